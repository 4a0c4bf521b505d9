//! The theme: the default theme compiled into the binary, overridden file by file by a site's
//! `themes/<name>/` folder when there is one; loads the templates into tera with HTML
//! autoescaping, lists the static files, and turns tera's errors into errors that name the
//! template file (and the line, when tera knows it). It must not write anything.

use crate::error::{Error, Result};
use std::collections::HashMap;
use std::error::Error as _;
use std::path::{Path, PathBuf};
use tera::{Tera, Value};
use walkdir::WalkDir;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/theme.rs"));
}

/// The name of the theme compiled into the binary.
pub const DEFAULT_THEME: &str = "default";

/// The theme's page templates, by the name the page builders ask for. These are file names of the
/// theme, not addresses of the site (those are in [`crate::link::site_map`]).
pub mod templates {
    pub const INDEX: &str = "index.html";
    pub const PLAN: &str = "plan.html";
    pub const CHAPTER: &str = "chapter.html";
    pub const ANNEX: &str = "annex.html";
    pub const BOX: &str = "box.html";
    pub const PRINT: &str = "print.html";
    pub const CITED: &str = "cited.html";
    pub const BOXES: &str = "boxes.html";
    pub const SEARCH: &str = "search.html";
    pub const NOT_FOUND: &str = "404.html";
    pub const TOPICS: &str = "topics.html";
    pub const TOPIC: &str = "topic.html";
    pub const COMMITMENTS: &str = "commitments.html";
    pub const CATALOGUE: &str = "catalogue.html";
    pub const INDICATORS: &str = "indicators.html";
    pub const COMPARISON: &str = "comparison.html";
    pub const MATRIX: &str = "matrix.html";
    pub const DIGEST: &str = "digest.html";
}

/// Where error messages say a built-in file lives.
pub const BUILT_IN: &str = "<built-in theme>";

/// Every file of the built-in default theme: (path under the theme, e.g. `templates/base.html`,
/// bytes).
pub fn embedded_files() -> &'static [(&'static str, &'static [u8])] {
    embedded::FILES
}

/// One file of a theme: the site's own, or the built-in one.
#[derive(Debug, Clone)]
pub enum ThemeFile {
    Disk(PathBuf),
    BuiltIn(&'static [u8]),
}

/// A loaded theme.
/// A theme being parsed on a thread of the pool (see [`Theme::start`]): the build parses the
/// templates while it loads the content and starts the search index, and the pages wait for them
/// only when they are about to render.
pub struct ThemeParse(std::sync::Mutex<std::sync::mpsc::Receiver<Result<Theme>>>);

impl ThemeParse {
    /// The parsed theme (or its error), once; after that, an error. On a thread of the pool it
    /// never just blocks: while the theme is not ready it runs the pool's other work, the
    /// parse itself when it has not started (on one thread, or with the parse queued under the
    /// caller, a blocking wait would never end).
    pub fn take(&self) -> Result<Theme> {
        use std::sync::mpsc::TryRecvError;
        let rx = self.0.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            match rx.try_recv() {
                Ok(theme) => return theme,
                Err(TryRecvError::Disconnected) => {
                    return Err(Error::other("the theme's templates were not parsed"))
                }
                Err(TryRecvError::Empty) => match rayon::yield_now() {
                    Some(rayon::Yield::Executed) => {}
                    // Nothing else to run: the parse is under way on another thread.
                    Some(rayon::Yield::Idle) => std::thread::yield_now(),
                    // Not a thread of the pool: nothing of the pool waits for this one.
                    None => {
                        return rx.recv().unwrap_or_else(|_| {
                            Err(Error::other("the theme's templates were not parsed"))
                        })
                    }
                },
            }
        }
    }
}

pub struct Theme {
    pub tera: Tera,
    /// The site's theme folder (`themes/default`), which may not exist.
    pub dir: PathBuf,
    /// Each template: where it came from (for error messages) and its text.
    templates: HashMap<String, (PathBuf, String)>,
    /// Each static file under `static/`, by path relative to `static/`.
    statics: Vec<(String, ThemeFile)>,
}

impl Theme {
    /// Loads the built-in default theme with every file under `dir` (`templates/…`,
    /// `static/…`) in place of the built-in file of the same path; `dir` may be missing. A
    /// template that does not parse is an error naming its file and line.
    /// Starts parsing the theme of `dir` on a thread of the pool, as [`Theme::load`] does.
    pub fn start(dir: PathBuf) -> ThemeParse {
        let (tx, rx) = std::sync::mpsc::channel();
        rayon::spawn(move || {
            // The receiver is gone only when the build stopped before its pages.
            let _ = tx.send(Theme::load(&dir));
        });
        ThemeParse(std::sync::Mutex::new(rx))
    }

    pub fn load(dir: &Path) -> Result<Theme> {
        let mut files: std::collections::BTreeMap<String, ThemeFile> = embedded_files()
            .iter()
            .map(|(rel, bytes)| (rel.to_string(), ThemeFile::BuiltIn(bytes)))
            .collect();
        if dir.is_dir() {
            for entry in WalkDir::new(dir).sort_by_file_name() {
                let entry = entry.map_err(|e| Error::other(format!("{}: {e}", dir.display())))?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let rel = entry
                    .path()
                    .strip_prefix(dir)
                    .expect("walkdir stays under its root")
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                if rel.starts_with("templates/") || rel.starts_with("static/") {
                    files.insert(rel, ThemeFile::Disk(entry.path().to_path_buf()));
                }
            }
        }
        let mut templates = HashMap::new();
        let mut statics = Vec::new();
        for (rel, file) in files {
            if let Some(name) = rel.strip_prefix("templates/") {
                let (path, text) = match &file {
                    ThemeFile::Disk(p) => (
                        p.clone(),
                        std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?,
                    ),
                    ThemeFile::BuiltIn(b) => (
                        Path::new(BUILT_IN).join(&rel),
                        String::from_utf8_lossy(b).into_owned(),
                    ),
                };
                templates.insert(name.to_string(), (path, text));
            } else if let Some(name) = rel.strip_prefix("static/") {
                statics.push((name.to_string(), file));
            }
        }
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".htm", ".xml"]);
        tera.set_escape_fn(escape_html);
        tera.register_filter("json_script", JsonScript);
        let mut theme = Theme {
            tera: Tera::default(),
            dir: dir.to_path_buf(),
            templates,
            statics,
        };
        let mut sources: Vec<(&str, &str)> = theme
            .templates
            .iter()
            .map(|(n, (_, t))| (n.as_str(), t.as_str()))
            .collect();
        sources.sort();
        tera.add_raw_templates(sources)
            .map_err(|e| template_error(&e, &theme))?;
        theme.tera = tera;
        Ok(theme)
    }

    /// The static files (`static/…`), by path relative to `static/`, in path order.
    pub fn static_files(&self) -> &[(String, ThemeFile)] {
        &self.statics
    }

    /// Where a template comes from: the site's file or the built-in one.
    pub fn template_path(&self, name: &str) -> PathBuf {
        self.templates
            .get(name)
            .map_or_else(|| self.dir.join("templates").join(name), |(p, _)| p.clone())
    }

    pub fn has_template(&self, name: &str) -> bool {
        self.tera.get_template_names().any(|n| n == name)
    }

    /// Renders `template` for the page `page`: its UTF-8 bytes, as tera writes them (not checked
    /// again). An error names the template file and the page.
    pub fn render(&self, template: &str, ctx: &tera::Context, page: &str) -> Result<Vec<u8>> {
        let mut html = Vec::new();
        self.tera.render_to(template, ctx, &mut html).map_err(|e| {
            let err = template_error(&e, self);
            match err {
                Error::Input {
                    path,
                    line,
                    message,
                } => Error::Input {
                    path,
                    line,
                    message: format!("{message} (while rendering {page})"),
                },
                other => other,
            }
        })?;
        Ok(html)
    }
}

/// HTML escaping for text and quoted attribute values. Unlike tera's default it leaves `/` alone,
/// so relative links stay readable in the page source.
pub fn escape_html(input: &str) -> String {
    crate::text::escape_markup(input)
}

/// `{{ value | json_script }}`: the value as JSON that is safe inside a `<script>` data block
/// (`<`, `>` and `&` written as `\u003c` …, so `</script>` can never close the element).
struct JsonScript;

impl tera::Filter for JsonScript {
    fn filter(&self, value: &Value, _args: &HashMap<String, Value>) -> tera::Result<Value> {
        let json = serde_json::to_string(value).map_err(tera::Error::json)?;
        Ok(Value::String(json_for_script(&json)))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// Escapes JSON text for a `<script>` element.
pub fn json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// Every message of a tera error's chain, outermost first.
pub fn error_chain(e: &tera::Error) -> Vec<String> {
    let mut out = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(s) = cur {
        out.push(s.to_string());
        cur = s.source();
    }
    out
}

/// A tera error as an error naming the template file: the innermost template the chain names,
/// the line when a parse error gives one, and the whole chain as the message.
fn template_error(e: &tera::Error, theme: &Theme) -> Error {
    let chain = error_chain(e);
    let name = chain
        .iter()
        .rev()
        .find_map(|m| quoted_template_name(m))
        .unwrap_or_default();
    let line = chain.iter().find_map(|m| parse_line(m)).or_else(|| {
        theme
            .templates
            .get(&name)
            .and_then(|(_, text)| guess_line(text, &chain))
    });
    let message = chain
        .iter()
        .map(|m| m.trim())
        .collect::<Vec<_>>()
        .join(": ");
    let path = if name.is_empty() {
        theme.dir.join("templates")
    } else {
        theme.template_path(&name)
    };
    Error::Input {
        path,
        line,
        message,
    }
}

/// Tera's render errors name the template but not the line: the line where the expression the
/// error quotes in backticks (`` Variable `it.nope` not found ``) first appears in that template.
fn guess_line(text: &str, chain: &[String]) -> Option<usize> {
    let quoted = chain.iter().rev().find_map(|m| {
        let start = m.find('`')? + 1;
        let len = m[start..].find('`')?;
        Some(m[start..start + len].to_string())
    })?;
    if quoted.is_empty() {
        return None;
    }
    text.lines()
        .position(|l| l.contains(&quoted))
        .map(|i| i + 1)
}

/// `Failed to render 'chapter.html'` → `chapter.html`.
fn quoted_template_name(message: &str) -> Option<String> {
    let start = message.find('\'')? + 1;
    let len = message[start..].find('\'')?;
    let name = &message[start..start + len];
    (!name.is_empty() && name.contains('.')).then(|| name.to_string())
}

/// The line of a parse error (`--> 3:5`).
fn parse_line(message: &str) -> Option<usize> {
    let at = message.find("--> ")? + 4;
    let rest = &message[at..];
    let end = rest.find(':')?;
    rest[..end].trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::write_files;

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(
            escape_html(r#""><img onerror='x'>&"#),
            "&quot;&gt;&lt;img onerror=&#39;x&#39;&gt;&amp;"
        );
        assert_eq!(escape_html("../static/a.css"), "../static/a.css");
    }

    #[test]
    fn json_for_script_cannot_close_the_element() {
        let j = json_for_script(r#"{"t":"</script><b>&"}"#);
        assert!(!j.contains("</"), "{j}");
        assert!(!j.contains('<') && !j.contains('&'), "{j}");
    }

    /// A theme parse taken on a pool of one thread, queued under the taker (started from inside
    /// the pool): a blocking wait would never end; the taker runs the parse itself.
    #[test]
    fn a_parse_is_taken_on_a_pool_of_one_thread() {
        let dir = tempfile::tempdir().unwrap();
        write_files(&dir.path().join("templates"), &[("a.html", "{{ 1 + 1 }}")]);
        let (tx, rx) = std::sync::mpsc::channel();
        let path = dir.path().to_path_buf();
        std::thread::spawn(move || {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(1)
                .build()
                .unwrap();
            let theme = pool.install(|| Theme::start(path).take());
            let _ = tx.send(theme.map(|t| t.has_template("a.html")));
        });
        let got = rx
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("the parse was never taken");
        assert!(got.unwrap());
        // Errors come through as the parse's own.
        write_files(&dir.path().join("templates"), &[("b.html", "{{ oops ) }}")]);
        let e = Theme::start(dir.path().to_path_buf()).take().err().unwrap();
        assert!(e.to_string().contains("b.html:1:"), "{e}");
    }

    #[test]
    fn parse_errors_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let t = dir.path().join("templates");
        write_files(&t, &[("a.html", "ok\nline two {{ oops ) }}\nthree\n")]);
        let e = Theme::load(dir.path()).err().expect("parse error");
        let s = e.to_string();
        assert!(s.contains("a.html:2:"), "{s}");
    }

    #[test]
    fn render_errors_name_file_and_the_line_of_the_expression() {
        let dir = tempfile::tempdir().unwrap();
        let t = dir.path().join("templates");
        write_files(
            &t,
            &[
                ("page.html", "a\n{% include \"inc.html\" %}\n"),
                ("inc.html", "b\nc\n{{ nope.field }}\n"),
            ],
        );
        let theme = Theme::load(dir.path()).unwrap();
        let e = theme
            .render("page.html", &tera::Context::new(), "x/ch1.html")
            .unwrap_err();
        let s = e.to_string();
        assert!(s.contains("inc.html:3:"), "{s}");
        assert!(s.contains("x/ch1.html"), "{s}");
    }
}
