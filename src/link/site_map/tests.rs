//! The address book is the only place that spells an address: these tests read the sources of
//! the library (outside their tests) and the built-in theme's templates.

use super::*;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, as (path relative to the repo, text).
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.expect("readable source tree");
        if e.path().extension().is_some_and(|x| x == "rs") {
            let rel = e
                .path()
                .strip_prefix(repo())
                .expect("under the repo")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((
                rel,
                std::fs::read_to_string(e.path()).expect("utf-8 source"),
            ));
        }
    }
    out
}

/// The modules a file declares for tests only (`#[cfg(test)] mod tests;`): their files are
/// test code.
fn test_modules(files: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in files {
        let dir = path
            .strip_suffix("/mod.rs")
            .or_else(|| path.strip_suffix("/lib.rs").map(|_| "src"))
            .map(str::to_string)
            .unwrap_or_else(|| path.trim_end_matches(".rs").to_string());
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for w in lines.windows(2) {
            if w[0] == "#[cfg(test)]" {
                if let Some(name) = w[1]
                    .strip_prefix("mod ")
                    .or_else(|| w[1].strip_prefix("pub mod "))
                    .or_else(|| w[1].strip_prefix("pub(crate) mod "))
                    .and_then(|n| n.strip_suffix(';'))
                {
                    out.push(format!("{dir}/{name}.rs"));
                }
            }
        }
    }
    out
}

/// The lines of `text` that are code outside tests: items marked `#[cfg(test)]` and comments are
/// left out. Returns (line number, code).
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut skipping = false;
    let mut depth = 0i32;
    let mut opened = false;
    for (i, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("").trim();
        if line.trim() == "#[cfg(test)]" {
            skipping = true;
            depth = 0;
            opened = false;
            continue;
        }
        if skipping {
            depth += code.matches('{').count() as i32 - code.matches('}').count() as i32;
            opened |= code.contains('{');
            if (opened && depth <= 0) || (!opened && code.ends_with(';')) {
                skipping = false;
            }
            continue;
        }
        if !code.is_empty() {
            out.push((i + 1, code.to_string()));
        }
    }
    out
}

/// Files allowed to spell a `.html` name: this module (addresses) and the theme (the file names
/// of its templates, which are not addresses).
const ALLOWED: [&str; 2] = ["src/link/site_map.rs", "src/render/theme.rs"];

#[test]
fn only_the_address_book_spells_a_page_name() {
    let files = sources(&repo().join("src"));
    let tests = test_modules(&files);
    let mut found = Vec::new();
    for (path, text) in &files {
        if ALLOWED.contains(&path.as_str()) || tests.contains(path) {
            continue;
        }
        for (n, code) in code_lines(text) {
            if code.contains(".html\"") || code.contains(".html#") || code.contains(".html{") {
                found.push(format!("{path}:{n}: {code}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "page names belong in src/link/site_map.rs:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_sees_code_and_skips_tests_and_comments() {
    let text = "let a = \"x.html\";\n// \"c.html\"\n#[cfg(test)]\nmod tests {\n    \"t.html\"\n}\nlet b = 1;\n";
    let lines = code_lines(text);
    assert_eq!(
        lines,
        vec![
            (1, "let a = \"x.html\";".to_string()),
            (7, "let b = 1;".to_string())
        ]
    );
    let files = vec![(
        "src/a/mod.rs".to_string(),
        "#[cfg(test)]\nmod tests;\n".to_string(),
    )];
    assert_eq!(test_modules(&files), vec!["src/a/tests.rs".to_string()]);
}

/// A template without its `{# … #}` comments.
fn without_comments(template: &str) -> String {
    let mut text = template.to_string();
    while let Some(a) = text.find("{#") {
        let Some(len) = text[a..].find("#}") else {
            break;
        };
        text.replace_range(a..a + len + 2, "");
    }
    text
}

/// The parts of a template a reader's browser sees as addresses: every `href`, `src` and
/// `action` value, with tera comments left out.
fn address_attributes(template: &str) -> Vec<String> {
    let text = without_comments(template);
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\"", "action=\""] {
        let mut rest = text.as_str();
        while let Some(at) = rest.find(attr) {
            rest = &rest[at + attr.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            out.push(rest[..end].to_string());
        }
    }
    out
}

/// An address a template may write: one value from its data (`{{ x.href }}`), or a fragment
/// of the same page (`#main`, `#{{ it.id }}`).
fn from_data(value: &str) -> bool {
    match value.strip_prefix('#') {
        Some(fragment) => {
            !fragment.contains('/') && (fragment.starts_with("{{") || !fragment.contains('.'))
        }
        None => {
            value.starts_with("{{") && value.ends_with("}}") && value.matches("{{").count() == 1
        }
    }
}

#[test]
fn templates_take_every_address_from_their_data() {
    let dir = repo().join("themes/default/templates");
    let mut found = Vec::new();
    for e in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let e = e.expect("readable theme");
        if !e.file_type().is_file() {
            continue;
        }
        let text = std::fs::read_to_string(e.path()).expect("utf-8 template");
        let name = e.path().strip_prefix(&dir).expect("under the theme");
        for v in address_attributes(&text) {
            if !from_data(&v) {
                found.push(format!("{}: {v}", name.display()));
            }
        }
        let outside_tags: String = without_comments(&text)
            .split("{%")
            .map(|part| part.split_once("%}").map_or(part, |(_, after)| after))
            .collect();
        for reserved in RESERVED_DIRS {
            if outside_tags.contains(&format!("{reserved}/")) {
                found.push(format!("{}: spells {reserved}/", name.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "templates must take addresses from their data:\n{}",
        found.join("\n")
    );
    assert!(!from_data("{{ root }}static/style.css"));
    assert!(!from_data("search.html"));
    assert!(from_data("#{{ it.id }}"));
    assert!(from_data("#main"));
    assert!(!from_data("#x/static/a.css"));
}

#[test]
fn reserved_names_are_the_sites_top_level_folders() {
    for page in [
        topics_index_page(),
        topic_page("t1"),
        catalogue_page("period-14"),
        matrix_page("all"),
        matrix_page("region-2"),
        matrix_data("all", "csv"),
        static_file("style.css"),
        search_file("meta.js"),
        group_chart("g1"),
        alignment_data(),
    ] {
        let top = page.split('/').next().unwrap_or_default();
        assert!(RESERVED_DIRS.contains(&top), "{page}");
    }
    let nav = Nav::from_root("../");
    assert_eq!(nav.home, "../index.html");
    assert_eq!(nav.topics, "../topics/index.html");
    assert_eq!(nav.assets.style_css, "../static/style.css");
    assert_eq!(
        relative("p/ch2.html", "topics/t1.html", None),
        "../topics/t1.html"
    );
}

#[test]
fn a_plans_own_pages_are_told_from_the_sites() {
    let text = "某规划\n\n第一章 总体要求\n\n第一节 目标\n\n甲。\n";
    let plan = crate::testkit::site_of(&[("p", text)]).plans.remove(0);
    let slug = plan.slug.as_str();
    let own = [
        plan_page(&plan),
        plan_index(slug),
        chapter_page(&plan, &plan.chapters[0]),
        print_page(&plan),
        cited_page(&plan),
        commitments_page(slug),
        indicators_page(slug),
        results_page(slug),
        plan_indicators_data(slug),
        row_chart(slug, "t1-r1"),
        topic_plan_page("employment", slug),
    ];
    for page in &own {
        assert_eq!(plan_of_page(page), Some(slug), "{page}");
    }
    let site = [
        home_page(),
        boxes_index_page(),
        cited_index_page(),
        search_page(),
        topics_index_page(),
        topic_page("employment"),
        commitments_index_page(),
        catalogue_page("period-14"),
        comparison_group_page("g1"),
        group_chart("g1"),
        alignment_data(),
        matrix_page("all"),
        static_file("style.css"),
        search_file("p/0.js"),
        NOT_FOUND_PAGE.to_string(),
        SITEMAP.to_string(),
        COMPARISON_PAGE.to_string(),
    ];
    for page in &site {
        assert_eq!(plan_of_page(page), None, "{page}");
    }
    for odd in [
        "",
        "/",
        "/x.html",
        "topics/",
        "topics/a/.html",
        "topics/a/b/c.html",
        "a/",
    ] {
        assert_eq!(plan_of_page(odd), None, "{odd:?}");
    }
}
