//! `plansite check`: reads a built site and reports what would break for a reader: internal links
//! (`href`, `src`, `action`) that do not resolve to a file, `#fragments` with no matching id,
//! links that only work at a domain root, requests to other hosts (pages and stylesheets), inline
//! scripts, styles and event handlers (the site must work under
//! `Content-Security-Policy: default-src 'self'`), duplicate ids, and pages without exactly one
//! `h1` or with skipped heading levels. It also lists the source defects (reader notes) of each
//! plan and checks that each has its place in the site.

use crate::error::{Error, Result};
use crate::text::percent_decode;
use rayon::prelude::*;
use scraper::{Html, Selector};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// What `plansite check` is asked to do.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub out: PathBuf,
    /// Content to list reader notes from; `None` skips that part.
    pub content: Option<PathBuf>,
    /// The site's public address: full links that start with it are checked as internal links.
    pub base_url: Option<String>,
}

/// One thing wrong with the built site.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The page, relative to the site root.
    pub file: String,
    pub message: String,
}

/// The reader notes of one plan, for the report.
#[derive(Debug, Clone)]
pub struct PlanNotes {
    pub title: String,
    pub notes: Vec<crate::defects::ReaderNote>,
}

/// What `check` found.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    pub pages: usize,
    pub links: usize,
    pub problems: Vec<Problem>,
    pub notes: Vec<PlanNotes>,
    /// Things that stopped part of the check (e.g. content that could not be read).
    pub warnings: Vec<String>,
}

impl CheckReport {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.notes {
            writeln!(f, "source notes in {}: {}", p.title, p.notes.len())?;
            for n in &p.notes {
                writeln!(
                    f,
                    "  {}#{}  {:?}  {}  「{}」",
                    n.page, n.anchor, n.kind, n.message, n.excerpt
                )?;
            }
        }
        for w in &self.warnings {
            writeln!(f, "warning: {w}")?;
        }
        for p in &self.problems {
            writeln!(f, "{}: {}", p.file, p.message)?;
        }
        writeln!(
            f,
            "checked {} pages, {} links: {} problem{}",
            self.pages,
            self.links,
            self.problems.len(),
            if self.problems.len() == 1 { "" } else { "s" }
        )
    }
}

/// `plansite check`: the site check, plus the reader notes of the content when given.
pub fn run(opts: &CheckOptions) -> Result<CheckReport> {
    let mut report = check_site(&opts.out, opts.base_url.as_deref())?;
    let Some(content) = &opts.content else {
        return Ok(report);
    };
    match crate::content::load_site(content) {
        Ok(site) => {
            let pages = collect_pages(&opts.out)?;
            for plan in &site.plans {
                let notes = crate::defects::reader_notes(plan);
                for n in &notes {
                    let placed = pages
                        .get(&n.page)
                        .is_some_and(|p| p.ids.contains(&n.anchor));
                    if !placed {
                        report.problems.push(Problem {
                            file: n.page.clone(),
                            message: format!(
                                "reader note ({:?}) belongs to #{} which the page does not have",
                                n.kind, n.anchor
                            ),
                        });
                    }
                }
                report.notes.push(PlanNotes {
                    title: plan.meta.title.clone(),
                    notes,
                });
            }
            report.problems.sort();
        }
        Err(e) => report.warnings.push(format!(
            "reader notes not listed: content not readable: {e}"
        )),
    }
    Ok(report)
}

/// What one parsed page holds.
#[derive(Debug, Default)]
struct Page {
    ids: HashSet<String>,
    /// (attribute value, what it is) of every link and resource.
    links: Vec<(String, LinkKind)>,
    problems: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LinkKind {
    /// A link the reader follows (`a`, `area`, `form`).
    Navigation,
    /// Something the browser loads by itself (stylesheet, script, image …).
    Resource,
    /// `<link rel=canonical|alternate>`: an address, not loaded.
    Address,
}

/// Checks the site in `out`.
pub fn check_site(out: &Path, base_url: Option<&str>) -> Result<CheckReport> {
    if !out.join(crate::link::site_map::INDEX_FILE).is_file() {
        return Err(Error::in_file(
            out,
            "no built site here (index.html missing)",
        ));
    }
    let files = collect_files(out)?;
    let pages = collect_pages(out)?;
    let mut problems: Vec<Problem> = Vec::new();
    let mut links = 0;
    for (file, page) in &pages {
        for m in &page.problems {
            problems.push(Problem {
                file: file.clone(),
                message: m.clone(),
            });
        }
        for (value, kind) in &page.links {
            links += 1;
            if let Some(m) = check_link(file, value, *kind, base_url, &files, &pages) {
                problems.push(Problem {
                    file: file.clone(),
                    message: m,
                });
            }
        }
    }
    for css in files.iter().filter(|f| f.ends_with(".css")) {
        let text =
            std::fs::read_to_string(out.join(css)).map_err(|e| Error::io(out.join(css), e))?;
        for value in css_urls(&text) {
            links += 1;
            if let Some(m) = check_link(css, &value, LinkKind::Resource, None, &files, &pages) {
                problems.push(Problem {
                    file: css.clone(),
                    message: m,
                });
            }
        }
    }
    problems.sort();
    problems.dedup();
    Ok(CheckReport {
        pages: pages.len(),
        links,
        problems,
        notes: Vec::new(),
        warnings: Vec::new(),
    })
}

/// Every file of the site, as `/`-separated paths relative to the root.
fn collect_files(out: &Path) -> Result<BTreeSet<String>> {
    let mut files = BTreeSet::new();
    for e in WalkDir::new(out) {
        let e = e.map_err(|e| Error::other(format!("{}: {e}", out.display())))?;
        if e.file_type().is_file() {
            files.insert(rel_path(out, e.path()));
        }
    }
    Ok(files)
}

fn rel_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Parses every HTML page of the site.
fn collect_pages(out: &Path) -> Result<BTreeMap<String, Page>> {
    let html: Vec<PathBuf> = WalkDir::new(out)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect();
    html.par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
            Ok((rel_path(out, p), parse_page(&text)))
        })
        .collect()
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

/// Reads ids, links and page-level problems from one page.
fn parse_page(text: &str) -> Page {
    let doc = Html::parse_document(text);
    let mut page = Page::default();
    let mut seen_dup = BTreeSet::new();
    let mut headings = Vec::new();
    let mut h1 = 0;
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let v = el.value();
        let name = v.name();
        if let Some(id) = v.id() {
            if !page.ids.insert(id.to_string()) {
                seen_dup.insert(id.to_string());
            }
        }
        if name == "a" {
            if let Some(n) = v.attr("name") {
                page.ids.insert(n.to_string());
            }
        }
        if let Some(level) = name
            .strip_prefix('h')
            .and_then(|d| d.parse::<u8>().ok())
            .filter(|l| (1..=6).contains(l))
        {
            if level == 1 {
                h1 += 1;
            }
            headings.push(level);
        }
        for (attr, value) in v.attrs() {
            if attr.starts_with("on") {
                page.problems.push(format!(
                    "inline event handler {attr}= on <{name}> (blocked by CSP)"
                ));
            }
            if attr == "style" {
                page.problems.push(format!(
                    "inline style attribute on <{name}> (blocked by CSP)"
                ));
            }
            if value
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("javascript:")
            {
                page.problems
                    .push(format!("javascript: URL on <{name}> (blocked by CSP)"));
            }
        }
        let kind_attr = match name {
            "a" | "area" => Some((LinkKind::Navigation, "href")),
            "form" => Some((LinkKind::Navigation, "action")),
            "link" => {
                let rel = v.attr("rel").unwrap_or("").to_ascii_lowercase();
                let address = rel
                    .split_whitespace()
                    .all(|r| matches!(r, "canonical" | "alternate" | "author" | "license"));
                Some((
                    if address {
                        LinkKind::Address
                    } else {
                        LinkKind::Resource
                    },
                    "href",
                ))
            }
            "script" => {
                if v.attr("src").is_none() {
                    let ty = v.attr("type").unwrap_or("").to_ascii_lowercase();
                    if ty != "application/ld+json" && ty != "application/json" {
                        page.problems
                            .push("inline <script> (blocked by CSP)".to_string());
                    }
                }
                Some((LinkKind::Resource, "src"))
            }
            "style" => {
                page.problems
                    .push("inline <style> element (blocked by CSP)".to_string());
                None
            }
            "img" | "iframe" | "source" | "audio" | "video" | "track" | "embed" => {
                Some((LinkKind::Resource, "src"))
            }
            "object" => Some((LinkKind::Resource, "data")),
            _ => None,
        };
        if let Some((kind, attr)) = kind_attr {
            if let Some(value) = v.attr(attr) {
                page.links.push((value.to_string(), kind));
            }
        }
    }
    for d in seen_dup {
        page.problems
            .push(format!("id {d:?} is used more than once"));
    }
    if h1 != 1 {
        page.problems
            .push(format!("has {h1} h1 elements (a page has exactly one)"));
    }
    if let Some(first) = headings.first() {
        if *first != 1 {
            page.problems
                .push(format!("first heading is h{first}, not h1"));
        }
    }
    for w in headings.windows(2) {
        if w[1] > w[0] + 1 {
            page.problems
                .push(format!("heading level skips from h{} to h{}", w[0], w[1]));
        }
    }
    if doc
        .select(&sel("html[lang]"))
        .next()
        .is_none_or(|h| h.value().attr("lang") != Some("zh-CN"))
    {
        page.problems
            .push("the html element lacks lang=\"zh-CN\"".to_string());
    }
    page
}

/// Checks one link of `file`; returns what is wrong with it.
fn check_link(
    file: &str,
    value: &str,
    kind: LinkKind,
    base_url: Option<&str>,
    files: &BTreeSet<String>,
    pages: &BTreeMap<String, Page>,
) -> Option<String> {
    let value = value.trim();
    let lower = value.to_ascii_lowercase();
    if lower.starts_with("mailto:") || lower.starts_with("tel:") {
        return None;
    }
    let (target, from_root) = match base_url {
        Some(b) if value.starts_with(b) => (&value[b.len()..], true),
        _ => (value, false),
    };
    if !from_root {
        let external =
            lower.starts_with("//") || lower.contains("://") || lower.starts_with("data:");
        if external {
            return match kind {
                LinkKind::Resource => Some(format!(
                    "loads {value} from outside the site (no external requests)"
                )),
                _ => None,
            };
        }
        if value.starts_with('/') {
            return Some(format!(
                "link {value} starts at the domain root: breaks under a sub-path and from file://"
            ));
        }
    }
    let (path_part, fragment) = match target.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (target, None),
    };
    let path_part = path_part.split('?').next().unwrap_or("");
    let resolved = if path_part.is_empty() {
        if from_root {
            crate::link::site_map::INDEX_FILE.to_string()
        } else {
            file.to_string()
        }
    } else {
        let base_dir = if from_root {
            ""
        } else {
            file.rsplit_once('/').map(|(d, _)| d).unwrap_or("")
        };
        let Some(decoded) = percent_decode(path_part) else {
            return Some(format!("link {value}: malformed percent-encoding"));
        };
        match resolve(base_dir, &decoded) {
            Some(p) => p,
            None => return Some(format!("link {value} leaves the site")),
        }
    };
    if path_part.ends_with('/') || resolved.is_empty() {
        return Some(format!(
            "link {value} points at a folder: write …/index.html so it works from file://"
        ));
    }
    if !files.contains(&resolved) {
        return Some(format!("link {value}: {resolved} does not exist"));
    }
    if let Some(frag) = fragment.filter(|f| !f.is_empty()) {
        if let Some(page) = pages.get(&resolved) {
            let Some(frag) = percent_decode(frag) else {
                return Some(format!("link {value}: malformed percent-encoding"));
            };
            if !page.ids.contains(&frag) {
                return Some(format!("link {value}: {resolved} has no id {frag:?}"));
            }
        }
    }
    None
}

/// The addresses a stylesheet loads: `url(…)` values and `@import "…"`.
fn css_urls(css: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = css;
    while let Some(i) = rest.find("url(") {
        rest = &rest[i + 4..];
        let end = rest.find(')').unwrap_or(rest.len());
        let v = rest[..end].trim().trim_matches(|c| c == '"' || c == '\'');
        if !v.is_empty() && !v.starts_with('#') {
            out.push(v.to_string());
        }
        rest = &rest[end..];
    }
    let mut rest = css;
    while let Some(i) = rest.find("@import") {
        rest = &rest[i + 7..];
        let t = rest.trim_start();
        if let Some(q) = t.chars().next().filter(|c| *c == '"' || *c == '\'') {
            if let Some(end) = t[1..].find(q) {
                out.push(t[1..1 + end].to_string());
            }
        }
    }
    out
}

/// `dir` + `rel` with `.` and `..` resolved; `None` when it climbs above the root.
fn resolve(dir: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(pages: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        crate::testkit::write_files(dir.path(), pages);
        dir
    }

    fn page(body: &str) -> String {
        format!("<!doctype html><html lang=\"zh-CN\"><head><title>t</title></head><body><h1 id=\"top\">t</h1>{body}</body></html>")
    }

    #[test]
    fn good_links_pass_and_broken_ones_are_named() {
        let ok = page(
            r##"<a href="p/ch1.html#x">a</a><a href="#top">b</a><a href="https://example.org/">c</a>"##,
        );
        let ch = page(
            r##"<p id="x">x</p><a href="../index.html">home</a><a href="ch2.html">gone</a><a href="#nope">n</a>"##,
        );
        let dir = site(&[("index.html", &ok), ("p/ch1.html", &ch)]);
        crate::testkit::assert_check_problems(
            dir.path(),
            &[
                "p/ch1.html: link ch2.html: p/ch2.html does not exist",
                "has no id \"nope\"",
            ],
        );
    }

    #[test]
    fn a_percent_escape_cut_by_a_multibyte_character_is_a_problem_not_a_panic() {
        let bad = page(
            r##"<a href="b%a中.html">x</a><a href="%E4%B8%AD.html">ok</a><a href="#%zz">f</a>"##,
        );
        let dir = site(&[("index.html", &bad), ("中.html", &page(""))]);
        let r = check_site(dir.path(), None).unwrap();
        let msgs: Vec<&str> = r.problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(
            msgs,
            [
                "link #%zz: malformed percent-encoding",
                "link b%a中.html: malformed percent-encoding",
            ],
            "{msgs:#?}"
        );
    }

    #[test]
    fn root_absolute_external_and_inline_code_are_problems() {
        let bad = page(
            r#"<a href="/p/ch1.html">r</a><a href="p/">d</a><script src="https://cdn.example/x.js"></script><script>alert(1)</script><p style="color:red" onclick="x()">s</p><h3>skip</h3>"#,
        );
        let dir = site(&[("index.html", &bad), ("p/index.html", &page(""))]);
        let r = check_site(dir.path(), None).unwrap();
        let all = r.to_string();
        for want in [
            "starts at the domain root",
            "points at a folder",
            "from outside the site",
            "inline <script>",
            "inline style",
            "inline event handler onclick",
            "skips from h1 to h3",
        ] {
            assert!(all.contains(want), "missing {want:?} in\n{all}");
        }
    }

    #[test]
    fn stylesheets_load_nothing_from_outside() {
        let css = "@import \"https://fonts.example/x.css\";\nbody { background: url('img/a.png') }\n.b { background: url(img/gone.png) }";
        let dir = site(&[
            ("index.html", &page("")),
            ("static/s.css", css),
            ("static/img/a.png", "png"),
        ]);
        let r = check_site(dir.path(), None).unwrap();
        let all = r.to_string();
        assert_eq!(r.problems.len(), 2, "{all}");
        assert!(
            all.contains("static/s.css: loads https://fonts.example/x.css"),
            "{all}"
        );
        assert!(all.contains("static/img/gone.png does not exist"), "{all}");
    }

    #[test]
    fn pages_need_one_h1_and_unique_ids() {
        let two = "<!doctype html><html lang=\"zh-CN\"><body><h1 id=a>x</h1><h1 id=a>y</h1></body></html>";
        let dir = site(&[("index.html", two)]);
        let all = check_site(dir.path(), None).unwrap().to_string();
        assert!(all.contains("has 2 h1"), "{all}");
        assert!(all.contains("id \"a\" is used more than once"), "{all}");
    }

    #[test]
    fn full_links_to_the_sites_own_address_are_checked() {
        let p = page(
            r#"<a href="https://x.org/p/index.html">ok</a><a href="https://x.org/p/gone.html">bad</a>"#,
        );
        let dir = site(&[("index.html", &p), ("p/index.html", &page(""))]);
        let r = check_site(dir.path(), Some("https://x.org/")).unwrap();
        assert_eq!(r.problems.len(), 1, "{r}");
        assert!(r.problems[0].message.contains("p/gone.html does not exist"));
    }
}
