//! The theme: loads `themes/<name>/templates/` into tera with HTML autoescaping, and turns tera's
//! errors into errors that name the template file (and the line, when tera knows it).

use crate::error::{Error, Result};
use std::collections::HashMap;
use std::error::Error as _;
use std::path::{Path, PathBuf};
use tera::{Tera, Value};
use walkdir::WalkDir;

/// A loaded theme.
pub struct Theme {
    pub tera: Tera,
    /// The theme's folder (`themes/default`).
    pub dir: PathBuf,
}

impl Theme {
    /// Loads every template under `dir/templates/`. A template that does not parse is an error
    /// naming its file and line.
    pub fn load(dir: &Path) -> Result<Theme> {
        let templates = dir.join("templates");
        if !templates.is_dir() {
            return Err(Error::in_file(&templates, "theme has no templates/ folder"));
        }
        let mut sources = Vec::new();
        for entry in WalkDir::new(&templates).sort_by_file_name() {
            let entry = entry.map_err(|e| Error::other(format!("{}: {e}", templates.display())))?;
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry
                .path()
                .strip_prefix(&templates)
                .expect("walkdir stays under its root");
            let name = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let text =
                std::fs::read_to_string(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
            sources.push((name, text));
        }
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".htm", ".xml"]);
        tera.set_escape_fn(escape_html);
        tera.register_filter("json_script", JsonScript);
        tera.add_raw_templates(sources)
            .map_err(|e| template_error(&e, &templates))?;
        Ok(Theme {
            tera,
            dir: dir.to_path_buf(),
        })
    }

    pub fn has_template(&self, name: &str) -> bool {
        self.tera.get_template_names().any(|n| n == name)
    }

    /// Renders a template; an error names the template file.
    pub fn render(&self, template: &str, ctx: &tera::Context, page: &str) -> Result<String> {
        self.tera.render(template, ctx).map_err(|e| {
            let err = template_error(&e, &self.dir.join("templates"));
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
        })
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
fn template_error(e: &tera::Error, templates: &Path) -> Error {
    let chain = error_chain(e);
    let name = chain
        .iter()
        .rev()
        .find_map(|m| quoted_template_name(m))
        .unwrap_or_default();
    let path_of = |n: &str| templates.join(n);
    let line = chain.iter().find_map(|m| parse_line(m)).or_else(|| {
        (!name.is_empty())
            .then(|| guess_line(&path_of(&name), &chain))
            .flatten()
    });
    let message = chain
        .iter()
        .map(|m| m.trim())
        .collect::<Vec<_>>()
        .join(": ");
    let path = if name.is_empty() {
        templates.to_path_buf()
    } else {
        templates.join(&name)
    };
    Error::Input {
        path,
        line,
        message,
    }
}

/// Tera's render errors name the template but not the line: the line where the expression the
/// error quotes in backticks (`` Variable `it.nope` not found ``) first appears in that template.
fn guess_line(path: &Path, chain: &[String]) -> Option<usize> {
    let quoted = chain.iter().rev().find_map(|m| {
        let start = m.find('`')? + 1;
        let len = m[start..].find('`')?;
        Some(m[start..start + len].to_string())
    })?;
    if quoted.is_empty() {
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
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

    #[test]
    fn parse_errors_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let t = dir.path().join("templates");
        std::fs::create_dir_all(&t).unwrap();
        std::fs::write(t.join("a.html"), "ok\nline two {{ oops ) }}\nthree\n").unwrap();
        let e = Theme::load(dir.path()).err().expect("parse error");
        let s = e.to_string();
        assert!(s.contains("a.html:2:"), "{s}");
    }

    #[test]
    fn render_errors_name_file_and_the_line_of_the_expression() {
        let dir = tempfile::tempdir().unwrap();
        let t = dir.path().join("templates");
        std::fs::create_dir_all(&t).unwrap();
        std::fs::write(t.join("page.html"), "a\n{% include \"inc.html\" %}\n").unwrap();
        std::fs::write(t.join("inc.html"), "b\nc\n{{ nope.field }}\n").unwrap();
        let theme = Theme::load(dir.path()).unwrap();
        let e = theme
            .render("page.html", &tera::Context::new(), "x/ch1.html")
            .unwrap_err();
        let s = e.to_string();
        assert!(s.contains("inc.html:3:"), "{s}");
        assert!(s.contains("x/ch1.html"), "{s}");
    }
}
