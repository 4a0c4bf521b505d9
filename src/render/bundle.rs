//! The joined client files. A browser script the site ships is kept as source files by concern
//! under the theme's `js/` (`js/search/analyzer.js`, `format.js`, …), and the build joins them, in
//! the order listed here, into the one file pages load (`static/search.js`), inside one function
//! scope, so nothing but what the client publishes itself reaches a page's global scope. The
//! sources are plain scripts (no module syntax): the joined file runs from `file://` and under
//! `Content-Security-Policy: default-src 'self'`. The sources carry JSDoc types for the type
//! checker (`tsc --noEmit`) and comments for their readers; a page need not download either, so
//! the joined file leaves out comments that fill whole lines (`//` lines and `/* … */` blocks
//! from the start of a line) and each line's indentation. The sources use no template literals
//! and no string spans lines, so a line's leading white space and a line-starting comment are
//! never inside a string.
//!
//! Each source is the site theme's own file (`themes/<name>/js/…`) when there is one, else the
//! built-in one; a theme with its own `static/search.js` ships that file instead (a theme overrides
//! file by file). While every source is the built-in one (absent from the site theme, or a copy of
//! it, as `plansite theme eject` writes), the build ships the built-in sources minified instead:
//! `js/search.min.js`, written by `scripts/minify-client.mjs` (esbuild) from the same sources in
//! the same order and scope, which the JavaScript tests check is up to date. It is about 40 % smaller
//! than the joined sources, and it is the file the node and browser suites test.
//! This module only reads: the build writes what it returns.

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
    /// Its sources, in the order they are joined (`scripts/minify-client.mjs` reads this list).
    pub sources: &'static [&'static str],
    /// The built-in sources minified, shipped while every source is the built-in one.
    pub minified: &'static str,
}

/// Every joined file of the theme: the search client (all a query needs, window.plansite), and the
/// search page with the marks of a hit's words, which a page loads after the client when it needs
/// them (a first query through the API does not download it).
pub const BUNDLES: &[Bundle] = &[
    Bundle {
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
            "main.js",
        ],
        minified: "js/search.min.js",
    },
    Bundle {
        output: "search-page.js",
        dir: "js/search",
        sources: &["ui.js", "page.js"],
        minified: "js/search-page.min.js",
    },
];

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
        let text = if own_sources(dir, b)? {
            join(dir, b)?
        } else {
            let min = built_in(b.minified).ok_or_else(|| {
                Error::other(format!(
                    "theme: {} (of {}) is missing",
                    b.minified, b.output
                ))
            })?;
            String::from_utf8_lossy(min).into_owned()
        };
        out.push(OutFile::new(site_map::static_file(b.output), text));
    }
    Ok(out)
}

/// The sources of `b` joined and compacted, inside one function scope.
fn join(dir: &Path, b: &Bundle) -> Result<String> {
    let mut text = String::from(OPEN);
    for name in b.sources {
        let rel = format!("{}/{name}", b.dir);
        text.push_str(&compact(&source(dir, &rel, b.output)?));
        text.push('\n');
    }
    text.push_str(CLOSE);
    Ok(text)
}

/// Whether the theme in `dir` has a source of `b` that differs from the built-in one.
fn own_sources(dir: &Path, b: &Bundle) -> Result<bool> {
    for name in b.sources {
        let rel = format!("{}/{name}", b.dir);
        let own = dir.join(&rel);
        if !own.is_file() {
            continue;
        }
        let bytes = std::fs::read(&own).map_err(|e| Error::io(&own, e))?;
        if built_in(&rel) != Some(&bytes[..]) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The built-in theme's file `rel`.
fn built_in(rel: &str) -> Option<&'static [u8]> {
    embedded_files()
        .iter()
        .find(|(r, _)| *r == rel)
        .map(|(_, bytes)| *bytes)
}

/// One source: the theme's own file, else the built-in one.
fn source(dir: &Path, rel: &str, output: &str) -> Result<String> {
    let own = dir.join(rel);
    let bytes = if own.is_file() {
        std::fs::read(&own).map_err(|e| Error::io(&own, e))?
    } else {
        built_in(rel).map(<[u8]>::to_vec).ok_or_else(|| {
            Error::other(format!("theme: {rel} (a source of {output}) is missing"))
        })?
    };
    String::from_utf8(bytes).map_err(|_| Error::in_file(own, "a script source must be UTF-8"))
}

/// The source without whole-line comments and indentation: each line is trimmed; empty lines,
/// `//` lines and `/* … */` blocks that start a line are left out (code after a block's `*/`
/// on its last line is kept); each line kept ends with a newline. Comments after code on a
/// line stay (a `//` there may be inside a string).
fn compact(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut in_block = false;
    for line in source.lines() {
        let mut t = line.trim();
        if in_block {
            match t.find("*/") {
                Some(end) => {
                    in_block = false;
                    t = t[end + 2..].trim();
                }
                None => continue,
            }
        } else if let Some(rest) = t.strip_prefix("/*") {
            match rest.find("*/") {
                Some(end) => t = rest[end + 2..].trim(),
                None => {
                    in_block = true;
                    continue;
                }
            }
        }
        if t.is_empty() || t.starts_with("//") {
            continue;
        }
        out.push_str(t);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::write_files;

    /// The file `static/<output>` of the joined files.
    fn file(files: &[OutFile], output: &str) -> String {
        let rel = format!("static/{output}");
        let f = files.iter().find(|f| f.rel == rel).expect("joined");
        String::from_utf8(f.bytes.clone()).unwrap()
    }

    /// The search page's script (the bundle holding ui.js) of the joined files.
    fn text(files: &[OutFile]) -> String {
        assert_eq!(files.len(), BUNDLES.len());
        file(files, "search-page.js")
    }

    #[test]
    fn the_built_in_sources_ship_minified_also_from_an_ejected_copy() {
        let tmp = tempfile::tempdir().unwrap();
        for b in BUNDLES {
            let min = String::from_utf8_lossy(built_in(b.minified).unwrap()).into_owned();
            let head = min.lines().next().unwrap();
            assert!(
                head.contains(&format!("js/search/ {} joined", b.sources.join(" "))),
                "the minified file names the sources in this order: {head}"
            );
            assert_eq!(file(&joined(tmp.path()).unwrap(), b.output), min);
        }
        let min = String::from_utf8_lossy(built_in(BUNDLES[1].minified).unwrap()).into_owned();
        assert_eq!(text(&joined(tmp.path()).unwrap()), min);
        // An ejected theme holds copies of the built-in sources: still the minified file.
        let ui = String::from_utf8_lossy(built_in("js/search/ui.js").unwrap()).into_owned();
        write_files(tmp.path(), &[("js/search/ui.js", &ui)]);
        assert_eq!(text(&joined(tmp.path()).unwrap()), min);
        // One changed source: the sources are joined.
        write_files(
            tmp.path(),
            &[("js/search/ui.js", &format!("{ui}\nvar changed = 1;\n"))],
        );
        let js = text(&joined(tmp.path()).unwrap());
        assert_ne!(js, min);
        assert!(js.starts_with(OPEN) && js.contains("var changed = 1;"));
    }

    #[test]
    fn the_built_in_sources_are_joined_in_order_inside_one_scope() {
        let tmp = tempfile::tempdir().unwrap();
        for b in BUNDLES {
            joined_in_order(tmp.path(), b);
        }
    }

    fn joined_in_order(dir: &Path, b: &Bundle) {
        let js = join(dir, b).unwrap();
        assert!(js.starts_with(OPEN) && js.ends_with(CLOSE), "{}", &js[..40]);
        let mut at = 0;
        for name in b.sources {
            let built_in = embedded_files()
                .iter()
                .find(|(r, _)| *r == format!("js/search/{name}"))
                .map(|(_, b)| compact(&String::from_utf8_lossy(b)))
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
        // Each source in one joined file.
        let mut listed: Vec<String> = BUNDLES
            .iter()
            .flat_map(|b| b.sources.iter().map(|s| s.to_string()))
            .collect();
        listed.sort();
        assert_eq!(on_disk, listed);
    }

    #[test]
    fn a_theme_overrides_a_source_or_the_whole_file() {
        let tmp = tempfile::tempdir().unwrap();
        write_files(tmp.path(), &[("js/search/ui.js", "function ownUi() {}\n")]);
        let js = text(&joined(tmp.path()).unwrap());
        let page = compact(
            &source(
                Path::new("/nonexistent"),
                "js/search/page.js",
                "search-page.js",
            )
            .unwrap(),
        );
        assert!(
            js.contains(&format!("function ownUi() {{}}\n\n{page}")),
            "own ui.js, then page.js"
        );
        assert!(
            !js.contains("function bindPage("),
            "the built-in ui.js is left out"
        );

        write_files(tmp.path(), &[("static/search-page.js", "own page")]);
        let files = joined(tmp.path()).unwrap();
        assert_eq!(
            files.len(),
            1,
            "the theme's own search-page.js is not joined"
        );
        write_files(tmp.path(), &[("static/search.js", "own client")]);
        assert!(joined(tmp.path()).unwrap().is_empty());
    }

    #[test]
    fn comments_and_indentation_are_left_out_and_code_is_kept() {
        let source = "// @ts-check\n/* what this file does,\n * on two lines */\n\n/**\n * Adds.\n * @param {number} a\n */\nfunction add(a) {\n  /** @type {number} */\n  var b = /** @type {number} */ (a);\n  /* x */ var url = 'http://a/b'; // a note\n  /** @type {Node} */ (x).f();\n  return a + b; /** a trailing note */\n}";
        assert_eq!(
            compact(source),
            "function add(a) {\nvar b = /** @type {number} */ (a);\nvar url = 'http://a/b'; // a note\n(x).f();\nreturn a + b; /** a trailing note */\n}\n"
        );
    }
}
