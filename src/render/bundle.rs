//! The joined client files. A browser script the site ships is kept as source files by concern
//! under the theme's `js/` (`js/search/analyzer.js`, `format.js`, …), and the build joins them, in
//! the order listed here, into the one file pages load (`static/search.js`), inside one function
//! scope, so nothing but what the client publishes itself reaches a page's global scope. The
//! sources are plain scripts (no module syntax): the joined file runs from `file://` and under
//! `Content-Security-Policy: default-src 'self'`. The sources carry JSDoc types for the type
//! checker (`tsc --noEmit`); readers need not download them, so whole-line `/** … */` blocks and
//! `// @ts-check` lines are left out of the joined file (other comments stay).
//!
//! Each source is the site theme's own file (`themes/<name>/js/…`) when there is one, else the
//! built-in one; a theme with its own `static/search.js` ships that file instead (a theme overrides
//! file by file). This module only reads: the build writes what it returns.

use super::theme::embedded_files;
use crate::error::{Error, Result};
use crate::link::site_map;
use crate::sink::OutFile;
use std::path::Path;

/// A file the build joins from sources.
pub struct Bundle {
    /// Its name among the theme's and the site's static files.
    pub output: &'static str,
    /// The folder of its sources in the theme.
    pub dir: &'static str,
    /// Its sources, in the order they are joined.
    pub sources: &'static [&'static str],
}

/// Every joined file of the theme.
pub const BUNDLES: &[Bundle] = &[Bundle {
    output: "search.js",
    dir: "js/search",
    sources: &[
        "analyzer.js",
        "query.js",
        "format.js",
        "rank.js",
        "snippet.js",
        "engine.js",
        "loader.js",
        "api.js",
        "ui.js",
        "main.js",
    ],
}];

/// Opens the function scope the sources share.
const OPEN: &str = "(function () {\n'use strict';\n\n";
/// Closes it and runs it.
const CLOSE: &str = "})();\n";

/// The joined files of the theme in `dir` (which may not exist), leaving out a file the theme has
/// its own copy of (`static/<output>`).
pub fn joined(dir: &Path) -> Result<Vec<OutFile>> {
    let mut out = Vec::new();
    for b in BUNDLES {
        if dir.join("static").join(b.output).is_file() {
            continue;
        }
        let mut text = String::from(OPEN);
        for name in b.sources {
            let rel = format!("{}/{name}", b.dir);
            text.push_str(&without_type_comments(&source(dir, &rel, b.output)?));
            text.push('\n');
        }
        text.push_str(CLOSE);
        out.push(OutFile::new(site_map::static_file(b.output), text));
    }
    Ok(out)
}

/// One source: the theme's own file, else the built-in one.
fn source(dir: &Path, rel: &str, output: &str) -> Result<String> {
    let own = dir.join(rel);
    let bytes = if own.is_file() {
        std::fs::read(&own).map_err(|e| Error::io(&own, e))?
    } else {
        embedded_files()
            .iter()
            .find(|(r, _)| *r == rel)
            .map(|(_, bytes)| bytes.to_vec())
            .ok_or_else(|| {
                Error::other(format!("theme: {rel} (a source of {output}) is missing"))
            })?
    };
    String::from_utf8(bytes).map_err(|_| Error::in_file(own, "a script source must be UTF-8"))
}

/// The source without its JSDoc lines: blocks from a line that is only `/**` to the line that
/// ends with `*/`, lines that are one `/** … */` comment, and `// @ts-check`; each line kept ends
/// with a newline.
fn without_type_comments(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut in_doc = false;
    for line in source.lines() {
        let t = line.trim();
        let one_line_doc =
            t.starts_with("/**") && t.ends_with("*/") && t.find("*/") == Some(t.len() - 2);
        if in_doc {
            in_doc = !t.ends_with("*/");
        } else if t == "/**" {
            in_doc = true;
        } else if !(one_line_doc || t == "// @ts-check") {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::write_files;

    fn text(files: &[OutFile]) -> String {
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].rel, "static/search.js");
        String::from_utf8(files[0].bytes.clone()).unwrap()
    }

    #[test]
    fn the_built_in_sources_are_joined_in_order_inside_one_scope() {
        let tmp = tempfile::tempdir().unwrap();
        let js = text(&joined(tmp.path()).unwrap());
        assert!(js.starts_with(OPEN) && js.ends_with(CLOSE), "{}", &js[..40]);
        let mut at = 0;
        for name in BUNDLES[0].sources {
            let built_in = embedded_files()
                .iter()
                .find(|(r, _)| *r == format!("js/search/{name}"))
                .map(|(_, b)| without_type_comments(&String::from_utf8_lossy(b)))
                .unwrap();
            let found = js[at..].find(&built_in).map(|i| i + at);
            assert!(
                found.is_some(),
                "{name} is not joined after the sources before it"
            );
            at = found.unwrap_or(at) + built_in.len();
        }
        assert!(
            !js.contains("@ts-check") && !js.contains("@param"),
            "types are left out"
        );
        for module_syntax in ["\nimport ", "\nexport "] {
            assert!(!js.contains(module_syntax), "{module_syntax:?}");
        }
    }

    #[test]
    fn every_source_file_of_the_theme_is_joined() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/js/search");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".js"))
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = BUNDLES[0].sources.iter().map(|s| s.to_string()).collect();
        listed.sort();
        assert_eq!(on_disk, listed);
    }

    #[test]
    fn a_theme_overrides_a_source_or_the_whole_file() {
        let tmp = tempfile::tempdir().unwrap();
        write_files(tmp.path(), &[("js/search/ui.js", "// own page UI")]);
        let js = text(&joined(tmp.path()).unwrap());
        assert!(
            js.contains("// own page UI\n\n/* plansite search client"),
            "own ui.js, then main.js"
        );
        assert!(
            !js.contains("function bindPage("),
            "the built-in ui.js is left out"
        );

        write_files(tmp.path(), &[("static/search.js", "own client")]);
        assert!(joined(tmp.path()).unwrap().is_empty());
    }

    #[test]
    fn type_comments_are_left_out_and_code_is_kept() {
        let source = "// @ts-check\n/* what this file does */\n\n/**\n * Adds.\n * @param {number} a\n */\nfunction add(a) {\n  /** @type {number} */\n  var b = /** @type {number} */ (a);\n  /** @type {Node} */ (x).f();\n  return a + b; /** a trailing note */\n}";
        assert_eq!(
            without_type_comments(source),
            "/* what this file does */\n\nfunction add(a) {\n  var b = /** @type {number} */ (a);\n  /** @type {Node} */ (x).f();\n  return a + b; /** a trailing note */\n}\n"
        );
    }
}
