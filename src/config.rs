//! Site configuration (`plansite.toml`): the site's title, its theme and the optional public
//! address. Only reading and validating the file; what the values mean is up to the render stage.

use crate::error::{Error, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The default config file, looked up in the working folder.
pub const DEFAULT_CONFIG: &str = "plansite.toml";

/// What `plansite.toml` holds.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The site's name, shown in every page header and title.
    #[serde(default = "default_title")]
    pub title: String,
    /// One line about the site, for the home page and its meta description.
    #[serde(default)]
    pub description: String,
    /// Folder name under `themes/`.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Public address of the site root (`https://example.org/plans/`), used only where a full
    /// address is required: canonical links, Open Graph, the sitemap, 404.html, citations.
    /// Internal links stay relative either way.
    #[serde(default)]
    pub base_url: Option<String>,
    /// The most entries a site-wide list page (专栏, cited documents, commitments, the indicator
    /// comparison, a topic) shows in full. A longer list is shown as each plan with its number of entries,
    /// linked to the plan's own list (the comparison: each group, on a page of its own), so those
    /// pages stay small however many plans the site holds.
    #[serde(default = "default_list_limit")]
    pub list_limit: usize,
}

/// The default of [`Config::list_limit`]: the full 专栏 index at this size is about 130 KB, the
/// commitments page about 240 KB.
pub const DEFAULT_LIST_LIMIT: usize = 500;

fn default_list_limit() -> usize {
    DEFAULT_LIST_LIMIT
}

fn default_title() -> String {
    "规划文本参考".into()
}

fn default_theme() -> String {
    "default".into()
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: default_title(),
            description: String::new(),
            theme: default_theme(),
            base_url: None,
            list_limit: DEFAULT_LIST_LIMIT,
        }
    }
}

/// A site address as the config and `build --base-url` take it: trimmed, `http(s)://`, ending in
/// `/`; empty means none. The error is the message to show.
pub fn normalise_base_url(url: &str) -> std::result::Result<Option<String>, String> {
    let u = url.trim();
    if u.is_empty() {
        Ok(None)
    } else if u.starts_with("https://") || u.starts_with("http://") {
        Ok(Some(if u.ends_with('/') {
            u.to_string()
        } else {
            format!("{u}/")
        }))
    } else {
        Err(format!(
            "base_url must start with https:// or http://, got {u:?}"
        ))
    }
}

impl Config {
    /// Parses a config text; `path` names the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            let message = e.message().to_string();
            match line {
                Some(l) => Error::at(path, l, message),
                None => Error::in_file(path, message),
            }
        })?;
        if config.theme.is_empty() || config.theme.contains(['/', '\\']) || config.theme == ".." {
            return Err(Error::in_file(
                path,
                format!(
                    "theme must be a folder name under themes/, got {:?}",
                    config.theme
                ),
            ));
        }
        config.base_url = match config.base_url.take() {
            None => None,
            Some(u) => normalise_base_url(&u).map_err(|m| Error::in_file(path, m))?,
        };
        Ok(config)
    }

    /// Reads the config file and tells the project folder it lives in (themes are looked up
    /// there). `None` means `plansite.toml` in the working folder, or the defaults when there is
    /// none; a file named explicitly must exist.
    pub fn locate(path: Option<&Path>) -> Result<(Config, PathBuf)> {
        let (path, explicit) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => (PathBuf::from(DEFAULT_CONFIG), false),
        };
        let root = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok((Config::parse(&text, &path)?, root)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
                Ok((Config::default(), root))
            }
            Err(e) => Err(Error::io(path, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_normalises_base_url() {
        let c = Config::parse(
            "title = \"甲\"\nbase_url = \"https://x.org/plans\"\n",
            Path::new("p.toml"),
        )
        .unwrap();
        assert_eq!(c.title, "甲");
        assert_eq!(c.theme, "default");
        assert_eq!(c.base_url.as_deref(), Some("https://x.org/plans/"));
        assert_eq!(c.list_limit, DEFAULT_LIST_LIMIT);
        let c = Config::parse("list_limit = 20\n", Path::new("p.toml")).unwrap();
        assert_eq!(c.list_limit, 20);
        let e = Config::parse("list_limit = -1\n", Path::new("p.toml")).unwrap_err();
        assert!(e.to_string().starts_with("p.toml:1:"), "{e}");
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let e = Config::parse("title = \"甲\"\nthem = \"x\"\n", Path::new("p.toml")).unwrap_err();
        assert!(e.to_string().starts_with("p.toml:2:"), "{e}");
        let e = Config::parse("theme = \"../x\"\n", Path::new("p.toml")).unwrap_err();
        assert!(e.to_string().contains("theme"), "{e}");
    }
}
