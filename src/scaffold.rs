//! New sites and ejected themes: `plansite init [DIR]` lays out an empty site (a commented
//! `plansite.toml`, `seeds/`, `content/`), `plansite theme eject [DIR]` writes the built-in theme
//! out for editing. Both refuse to overwrite anything that exists; neither reads content.

use crate::error::{Error, Result};
use crate::render::theme;
use std::path::{Path, PathBuf};

/// The `plansite.toml` written by `init`: every setting, commented.
pub const CONFIG_TEMPLATE: &str = r#"# plansite site configuration. Every setting is optional.

# The site's name, shown in every page header and title.
title = "规划文本参考"

# One line about the site, for the home page and its meta description.
# description = "本市“十五五”专项规划全文、指标与专栏"

# Public address of the site root. Used only where a full address is required: canonical
# links, the sitemap, the Atom feed, 404.html. Internal links stay relative, so the site also
# works under any sub-path and opened from disk. `plansite build --base-url URL` overrides it.
# base_url = "https://example.org/plans/"

# Theme: the built-in "default". A folder themes/<name>/ overrides its files one by one
# (`plansite theme eject` writes the built-in theme out to start from).
# theme = "default"

# The 专栏 index, the cited-documents index, the commitments page, the indicator comparison and
# each topic list every entry of every plan while there are at most this many; beyond, they list
# each plan with its number of entries, linked to the plan's own list (the comparison: each
# group, on a page of its own).
# list_limit = 500
"#;

/// What `init` created.
#[derive(Debug, Clone)]
pub struct Created {
    pub dir: PathBuf,
    pub paths: Vec<PathBuf>,
}

/// `plansite init [DIR]`: creates `DIR` if needed, then `plansite.toml`, `seeds/` and
/// `content/` in it. Refuses (and creates nothing) when any of them exists.
pub fn init(dir: &Path) -> Result<Created> {
    let config = dir.join(crate::config::DEFAULT_CONFIG);
    let seeds = dir.join("seeds");
    let content = dir.join("content");
    for p in [&config, &seeds, &content] {
        if std::fs::symlink_metadata(p).is_ok() {
            return Err(Error::in_file(
                p,
                "already exists; `plansite init` never overwrites (choose an empty folder)",
            ));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    write_new(&config, CONFIG_TEMPLATE.as_bytes())?;
    for d in [&seeds, &content] {
        std::fs::create_dir(d).map_err(|e| Error::io(d, e))?;
    }
    Ok(Created {
        dir: dir.to_path_buf(),
        paths: vec![config, seeds, content],
    })
}

/// The commands to run after `init`, for printing.
pub fn next_steps(dir: &Path) -> String {
    let mut s = String::from("Next:\n");
    if dir != Path::new(".") && !dir.as_os_str().is_empty() {
        s.push_str(&format!("  cd {}\n", dir.display()));
    }
    s.push_str(
        "  # put plan texts (*.txt, UTF-8 or GB18030) into seeds/, then\n  \
         plansite import     # seeds/ -> content/ (editable Markdown and TOML)\n  \
         plansite build      # content/ -> public/ (static files, open public/index.html)\n  \
         plansite serve      # preview on http://127.0.0.1:8000/, rebuilt on every change\n",
    );
    s
}

/// `plansite theme eject [DIR]`: writes every file of the built-in theme under `dir`
/// (`templates/…`, `static/…`). Refuses (and writes nothing) when any of them exists.
pub fn eject(dir: &Path) -> Result<Vec<PathBuf>> {
    let files = theme::embedded_files();
    for (rel, _) in files {
        let p = dir.join(rel);
        if std::fs::symlink_metadata(&p).is_ok() {
            return Err(Error::in_file(
                &p,
                "already exists; `plansite theme eject` never overwrites (move it away or eject \
                 into another folder)",
            ));
        }
    }
    let mut written = Vec::new();
    for (rel, bytes) in files {
        let p = dir.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        write_new(&p, bytes)?;
        written.push(p);
    }
    Ok(written)
}

/// Writes a file that must not exist yet.
fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write as _;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    f.write_all(bytes).map_err(|e| Error::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_lays_out_a_site_and_refuses_to_overwrite() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        let c = init(&dir).unwrap();
        assert_eq!(c.paths.len(), 3);
        assert!(dir.join("seeds").is_dir() && dir.join("content").is_dir());
        let text = std::fs::read_to_string(dir.join("plansite.toml")).unwrap();
        let config = crate::config::Config::parse(&text, Path::new("plansite.toml")).unwrap();
        assert_eq!(config, crate::config::Config::default());
        assert!(text.contains("# base_url"), "commented settings");
        std::fs::write(dir.join("plansite.toml"), "title = \"mine\"\n").unwrap();
        let e = init(&dir).unwrap_err().to_string();
        assert!(
            e.contains("plansite.toml") && e.contains("overwrite"),
            "{e}"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("plansite.toml")).unwrap(),
            "title = \"mine\"\n"
        );
        // A folder holding only content/ is refused too, and nothing is created.
        let other = tmp.path().join("other");
        std::fs::create_dir_all(other.join("content")).unwrap();
        assert!(init(&other).is_err());
        assert!(!other.join("plansite.toml").exists());
    }

    #[test]
    fn eject_writes_the_built_in_theme_once() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("themes/default");
        let files = eject(&dir).unwrap();
        assert!(files.len() >= 10);
        let base = std::fs::read(dir.join("templates/base.html")).unwrap();
        let built_in = theme::embedded_files()
            .iter()
            .find(|(r, _)| *r == "templates/base.html")
            .unwrap()
            .1;
        assert_eq!(base, built_in);
        assert!(dir.join("static/style.css").is_file());
        std::fs::write(dir.join("static/style.css"), "body{}").unwrap();
        let e = eject(&dir).unwrap_err().to_string();
        assert!(e.contains("overwrite"), "{e}");
        assert_eq!(
            std::fs::read(dir.join("static/style.css")).unwrap(),
            b"body{}"
        );
    }
}
