//! Acceptance on real plans: every corpus plan (`../shared/corpus/`), both shipped seeds and the
//! synthetic plans of `tests/fixtures/synthetic/` (written by authors who did not read the
//! importer) are imported and built with the real `plansite` binary, and the built site is compared with the
//! hand-written ground truth in `tests/fixtures/corpus/` (rules in its README): the overview's
//! JSON-LD, one page per chapter with every lower heading as a heading element, one page per 专栏,
//! every table's header, item rows and sample rows, annex pages, and every line of the source.
//!
//! It reads only what a reader or a crawler gets (the built HTML), never content/ or the plan model,
//! and it reports every mismatch of a plan at once. It must not soften the truth to fit the importer.

use crate::kit::repo;
use scraper::{ElementRef, Html, Node, Selector};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

// ------------------------------------------------------------------------------------------------
// The ground truth

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Truth {
    file: String,
    title: String,
    issuers: Vec<String>,
    doc_number: Option<String>,
    date: Option<String>,
    body_line: usize,
    #[serde(default = "four")]
    levels: u8,
    /// Only the number of 专栏 (instead of the list).
    boxes: Option<usize>,
    #[serde(default)]
    heading: Vec<Heading>,
    #[serde(default, rename = "box")]
    box_list: Vec<BoxTruth>,
    #[serde(default)]
    table: Vec<TableTruth>,
    #[serde(default)]
    annex: Vec<Annex>,
    /// The text is cut into pages (a PDF's): its page numbers are page furniture.
    #[serde(default)]
    paged: bool,
}

fn four() -> u8 {
    4
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Heading {
    level: u8,
    text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BoxTruth {
    title: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TableTruth {
    caption: String,
    columns: Vec<String>,
    merged: Option<String>,
    rows: usize,
    #[serde(default)]
    sample: Vec<Sample>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sample {
    cells: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Annex {
    title: String,
}

fn fixtures_dir() -> PathBuf {
    repo().join("tests/fixtures/corpus")
}

fn corpus_dir() -> PathBuf {
    repo().join("../shared/corpus")
}

fn load_truth(stem: &str) -> Truth {
    let path = fixtures_dir().join(format!("{stem}.toml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The plan text a fixture describes: a bare name is a corpus file, a path is relative to the repo.
fn source_path(truth: &Truth) -> PathBuf {
    if truth.file.contains('/') {
        repo().join(&truth.file)
    } else {
        corpus_dir().join(&truth.file)
    }
}

// ------------------------------------------------------------------------------------------------
// Text as a reader sees it

/// Text without any whitespace (the comparisons ignore line breaks and spaces only).
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Heading text for comparison: no whitespace, no trailing `。` or `：` (a run-in title may
/// keep what closes it).
fn heading_key(s: &str) -> String {
    let s = squash(s);
    s.strip_suffix(['。', '：'])
        .map(str::to_string)
        .unwrap_or(s)
}

/// Classes of page furniture inside the text: permalinks, screen-reader labels, citation lines and
/// reader notes are the site's, not the plan's.
const FURNITURE: [&str; 4] = ["pl", "vh", "cite", "rn"];

fn is_furniture(el: &ElementRef) -> bool {
    let v = el.value();
    if matches!(v.name(), "nav" | "script" | "style") {
        return true;
    }
    v.classes().any(|c| FURNITURE.contains(&c))
}

/// The reader's text of an element: every text node except those inside page furniture.
fn text_of(el: ElementRef) -> String {
    let mut out = String::new();
    collect_text(el, &mut out);
    out
}

fn collect_text(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(_) => {
                if let Some(c) = ElementRef::wrap(child) {
                    if !is_furniture(&c) {
                        collect_text(c, out);
                    }
                }
            }
            _ => {}
        }
    }
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn has_ancestor(el: &ElementRef, names: &[&str]) -> bool {
    let mut node = el.parent();
    while let Some(n) = node {
        if let Some(e) = n.value().as_element() {
            if names.contains(&e.name()) {
                return true;
            }
        }
        node = n.parent();
    }
    false
}

struct Page {
    name: String,
    doc: Html,
}

impl Page {
    fn read(dir: &Path, name: &str) -> Option<Page> {
        let text = std::fs::read_to_string(dir.join(name)).ok()?;
        Some(Page {
            name: name.to_string(),
            doc: Html::parse_document(&text),
        })
    }

    /// The page's main text (or the body when there is no `main`).
    fn main(&self) -> ElementRef<'_> {
        self.doc
            .select(&sel("main"))
            .next()
            .or_else(|| self.doc.select(&sel("body")).next())
            .unwrap_or_else(|| self.doc.root_element())
    }

    /// The page's headings of the text in document order, `(level, text)`: outside 专栏 boxes,
    /// navigation and tables.
    fn headings(&self) -> Vec<(u8, String)> {
        self.main()
            .select(&sel("h1, h2, h3, h4, h5, h6"))
            .filter(|h| !has_ancestor(h, &["aside", "nav", "table", "figure"]))
            .map(|h| {
                let level = h.value().name()[1..].parse::<u8>().unwrap_or(0);
                (level, heading_key(&text_of(h)))
            })
            .collect()
    }

    fn h1(&self) -> Option<String> {
        self.headings()
            .into_iter()
            .find(|(l, _)| *l == 1)
            .map(|(_, t)| t)
    }
}

// ------------------------------------------------------------------------------------------------
// Import and build with the real binary

struct Built {
    _dir: tempfile::TempDir,
    /// `public/<slug>/`
    plan_dir: PathBuf,
    /// `content/<slug>/`
    content_dir: PathBuf,
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run plansite: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "exit {:?}\n{}{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// Copies the plan text to a fresh `seeds/<stem>.txt`, imports it and builds the site.
fn import_and_build(stem: &str, truth: &Truth) -> Result<Built, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let seeds = dir.path().join("seeds");
    std::fs::create_dir(&seeds).map_err(|e| e.to_string())?;
    let src = source_path(truth);
    std::fs::copy(&src, seeds.join(format!("{stem}.txt")))
        .map_err(|e| format!("{}: {e}", src.display()))?;
    let content = dir.path().join("content");
    let out = dir.path().join("public");
    let bin = env!("CARGO_BIN_EXE_plansite");
    run(Command::new(bin)
        .current_dir(repo())
        .args(["-q", "import", "--seeds"])
        .arg(&seeds)
        .arg("--content")
        .arg(&content))
    .map_err(|e| format!("plansite import failed: {e}"))?;
    run(Command::new(bin)
        .current_dir(repo())
        .args(["-q", "build", "--content"])
        .arg(&content)
        .arg("--out")
        .arg(&out)
        .arg("--config")
        .arg(repo().join("plansite.toml")))
    .map_err(|e| format!("plansite build failed: {e}"))?;
    Ok(Built {
        plan_dir: out.join(stem),
        content_dir: content.join(stem),
        _dir: dir,
    })
}

// ------------------------------------------------------------------------------------------------
// The comparison

/// Every mismatch of one plan, collected before the test fails.
#[derive(Default)]
struct Report {
    problems: Vec<String>,
}

impl Report {
    fn add(&mut self, what: impl Into<String>) {
        self.problems.push(what.into());
    }
}

fn check_plan(stem: &str) {
    let truth = load_truth(stem);
    let mut report = Report::default();
    match import_and_build(stem, &truth) {
        Err(e) => report.add(e),
        Ok(built) => {
            let dir = &built.plan_dir;
            match Page::read(dir, "index.html") {
                None => report.add(format!("{stem}/index.html: no overview page")),
                Some(overview) => check_front(&truth, &overview, &mut report),
            }
            let chapters = check_chapters(&truth, dir, &mut report);
            let annexes = check_annexes(&truth, dir, &mut report);
            check_boxes(&truth, dir, &mut report);
            let mut pages: Vec<Page> = Page::read(dir, "index.html").into_iter().collect();
            pages.extend(chapters);
            pages.extend(annexes);
            check_tables(&truth, &pages, &mut report);
            let aside = set_aside(&built.content_dir);
            let mut chrome = chrome_lines(&aside);
            if truth.paged {
                chrome.extend(page_number_lines(&aside));
            }
            let toc = toc_lines(&aside);
            check_text(&truth, &pages, &chrome, &toc, &mut report);
        }
    }
    if !report.problems.is_empty() {
        panic!(
            "{stem}: {} mismatch(es) with tests/fixtures/corpus/{stem}.toml\n\n{}\n",
            report.problems.len(),
            report.problems.join("\n\n")
        );
    }
}

/// The schema.org `Legislation` object of the overview.
fn legislation(page: &Page) -> Option<serde_json::Value> {
    page.doc
        .select(&sel(r#"script[type="application/ld+json"]"#))
        .filter_map(|s| serde_json::from_str::<serde_json::Value>(&s.inner_html()).ok())
        .flat_map(|v| match v {
            serde_json::Value::Array(a) => a,
            serde_json::Value::Object(_) => {
                if let Some(serde_json::Value::Array(g)) = v.get("@graph") {
                    g.clone()
                } else {
                    vec![v]
                }
            }
            _ => vec![],
        })
        .find(|v| v.get("@type").and_then(|t| t.as_str()) == Some("Legislation"))
}

fn names(v: Option<&serde_json::Value>) -> BTreeSet<String> {
    match v {
        Some(serde_json::Value::Array(a)) => a.iter().flat_map(|x| names(Some(x))).collect(),
        Some(serde_json::Value::Object(o)) => o
            .get("name")
            .and_then(|n| n.as_str())
            .map(|n| BTreeSet::from([n.to_string()]))
            .unwrap_or_default(),
        Some(serde_json::Value::String(s)) => BTreeSet::from([s.clone()]),
        _ => BTreeSet::new(),
    }
}

fn check_front(truth: &Truth, overview: &Page, report: &mut Report) {
    let Some(ld) = legislation(overview) else {
        report.add("index.html: no schema.org Legislation JSON-LD");
        return;
    };
    let name = ld.get("name").and_then(|v| v.as_str()).unwrap_or("");
    if squash(name) != squash(&truth.title) {
        report.add(format!(
            "JSON-LD name\n  expected: {}\n  got:      {name}",
            truth.title
        ));
    }
    let authors: BTreeSet<String> = names(ld.get("author")).iter().map(|s| squash(s)).collect();
    let issuers: BTreeSet<String> = truth.issuers.iter().map(|s| squash(s)).collect();
    if authors != issuers {
        report.add(format!(
            "JSON-LD author (issuers)\n  expected: {:?}\n  got:      {:?}",
            truth.issuers,
            names(ld.get("author"))
        ));
    }
    for (key, want) in [
        ("legislationIdentifier", &truth.doc_number),
        ("legislationDate", &truth.date),
    ] {
        let got = ld.get(key).and_then(|v| v.as_str()).map(str::to_string);
        if got.as_deref().map(squash) != want.as_deref().map(squash) {
            report.add(format!(
                "JSON-LD {key}\n  expected: {want:?}\n  got:      {got:?}"
            ));
        }
    }
}

/// Truth headings grouped by chapter: (chapter heading, lower headings up to `levels`).
fn chapters_of(truth: &Truth) -> Vec<(&Heading, Vec<&Heading>)> {
    let mut out: Vec<(&Heading, Vec<&Heading>)> = Vec::new();
    for h in &truth.heading {
        if h.level == 1 {
            out.push((h, Vec::new()));
        } else if h.level <= truth.levels {
            match out.last_mut() {
                Some((_, lower)) => lower.push(h),
                None => panic!("fixture: heading {:?} before the first chapter", h.text),
            }
        }
    }
    out
}

/// The plan's pages named `<prefix>N.html` (`ch1.html`, `annex2.html`), in the order of N. The
/// number is the site's; a plan whose numbering skips (sh-10 has no 二、) may keep the gap.
fn numbered_pages(dir: &Path, prefix: &str) -> Vec<(u32, String)> {
    let mut out: Vec<(u32, String)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter_map(|n| {
                    let num = n.strip_prefix(prefix)?.strip_suffix(".html")?;
                    if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) {
                        return None;
                    }
                    Some((num.parse().ok()?, n))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn check_chapters(truth: &Truth, dir: &Path, report: &mut Report) -> Vec<Page> {
    let mut pages = Vec::new();
    let chapters = chapters_of(truth);
    let built = numbered_pages(dir, "ch");
    if built.len() != chapters.len() {
        report.add(format!(
            "chapter pages: {} in the truth, {} built: {:?}",
            chapters.len(),
            built.len(),
            built.iter().map(|(_, n)| n).collect::<Vec<_>>()
        ));
    }
    for (k, (ch, lower)) in chapters.iter().enumerate() {
        let Some((_, name)) = built.get(k) else {
            report.add(format!("chapter {} ({}): no page", k + 1, ch.text));
            continue;
        };
        let Some(page) = read_with_h1(dir, name, &ch.text, format!("{name}: unreadable"), report)
        else {
            continue;
        };
        // The element of a heading is `h` + its outline level, except that heading elements never
        // skip a level (accessibility): lower headings standing directly under a chapter, with no
        // section above them, are one element up (a level-3 heading is an h2), and a heading whose
        // parent level is missing (`（一）` right under `第二节`) is one element below its
        // nearest ancestor's, all siblings alike.
        let mut ancestors: Vec<(u8, u8)> = Vec::new(); // (outline level, element)
        let mut in_section = false;
        let want: Vec<String> = lower
            .iter()
            .map(|h| {
                in_section |= h.level == 2;
                let level = if in_section {
                    h.level
                } else {
                    h.level.saturating_sub(1)
                };
                while ancestors.last().is_some_and(|&(l, _)| l >= level) {
                    ancestors.pop();
                }
                let parent = ancestors.last().map_or(1, |&(_, e)| e);
                let element = level.min(parent + 1);
                ancestors.push((level, element));
                format!("h{element} {}", heading_key(&h.text))
            })
            .collect();
        let got: Vec<String> = page
            .headings()
            .into_iter()
            .filter(|(l, _)| *l >= 2 && *l <= truth.levels)
            .map(|(l, t)| format!("h{l} {t}"))
            .collect();
        if want != got {
            report.add(format!(
                "{name} ({}): headings differ (- expected, + built)\n{}",
                ch.text,
                diff(&want, &got)
            ));
        }
        pages.push(page);
    }
    pages
}

fn check_annexes(truth: &Truth, dir: &Path, report: &mut Report) -> Vec<Page> {
    let mut pages = Vec::new();
    let built = numbered_pages(dir, "annex");
    if built.len() != truth.annex.len() {
        report.add(format!(
            "annex pages: {} in the truth, {} built: {:?}",
            truth.annex.len(),
            built.len(),
            built.iter().map(|(_, n)| n).collect::<Vec<_>>()
        ));
    }
    for (k, annex) in truth.annex.iter().enumerate() {
        let name = format!("annex{}.html", k + 1);
        let missing = format!("{name}: missing (annex {})", annex.title);
        if let Some(page) = read_with_h1(dir, &name, &annex.title, missing, report) {
            pages.push(page);
        }
    }
    pages
}

/// Page `name` of `dir`, its h1 checked against the heading `want`; `missing` is the problem
/// reported when the page cannot be read.
fn read_with_h1(
    dir: &Path,
    name: &str,
    want: &str,
    missing: String,
    report: &mut Report,
) -> Option<Page> {
    let Some(page) = Page::read(dir, name) else {
        report.add(missing);
        return None;
    };
    let got = page.h1().unwrap_or_default();
    if got != heading_key(want) {
        report.add(format!("{name}: h1\n  expected: {want}\n  got:      {got}"));
    }
    Some(page)
}

/// Every page of the plan folder with its h1, in file-name order.
fn h1_pages(dir: &Path) -> Vec<(String, String)> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".html"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
        .into_iter()
        .filter_map(|n| {
            let page = Page::read(dir, &n)?;
            let h1 = page.h1()?;
            Some((n, h1))
        })
        .collect()
}

fn check_boxes(truth: &Truth, dir: &Path, report: &mut Report) {
    let pages = h1_pages(dir);
    let box_pages: Vec<&(String, String)> = pages
        .iter()
        .filter(|(_, h1)| h1.starts_with("专栏"))
        .collect();
    let want = truth.boxes.unwrap_or(truth.box_list.len());
    if box_pages.len() != want {
        report.add(format!(
            "专栏 pages: expected {want}, built {}: {:?}",
            box_pages.len(),
            box_pages.iter().map(|(n, _)| n).collect::<Vec<_>>()
        ));
    }
    let mut used = BTreeSet::new();
    for b in &truth.box_list {
        let key = heading_key(&b.title);
        match pages
            .iter()
            .find(|(n, h1)| !used.contains(n) && h1.contains(&key))
        {
            Some((n, _)) => {
                used.insert(n.clone());
            }
            None => report.add(format!(
                "专栏 {}: no page whose h1 holds this title",
                b.title
            )),
        }
    }
}

/// A table as built: caption, header cells, body rows (cells), all as reader text.
struct BuiltTable {
    page: String,
    caption: String,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn built_tables(pages: &[Page]) -> Vec<BuiltTable> {
    let mut out = Vec::new();
    for page in pages {
        for table in page.main().select(&sel("table")) {
            let caption = table
                .select(&sel("caption"))
                .next()
                .map(|c| squash(&text_of(c)))
                .unwrap_or_default();
            // Under a header of several rows, the cells a reader reads as columns: in each column
            // the lowest cell over it (`目标值` over `2028年` `2030年`; `“十四五”目标` over `阶段目标`
            // over `2023年`), placed by their row and column spans.
            let mut head_rows: Vec<_> = table.select(&sel("thead tr")).collect();
            if head_rows.is_empty() {
                head_rows.extend(table.select(&sel("tr")).next());
            }
            let span_of = |c: &scraper::ElementRef, attr: &str| -> usize {
                c.value()
                    .attr(attr)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1)
                    .max(1)
            };
            let mut grid: Vec<Vec<Option<String>>> = vec![Vec::new(); head_rows.len()];
            for (r, row) in head_rows.iter().enumerate() {
                let mut col = 0;
                for c in row.select(&sel("th, td")) {
                    while grid[r].get(col).is_some_and(Option::is_some) {
                        col += 1;
                    }
                    let text = squash(&text_of(c));
                    let (rows, cols) = (span_of(&c, "rowspan"), span_of(&c, "colspan"));
                    for line in grid.iter_mut().skip(r).take(rows) {
                        if line.len() < col + cols {
                            line.resize(col + cols, None);
                        }
                        for slot in &mut line[col..col + cols] {
                            *slot = Some(text.clone());
                        }
                    }
                    col += cols;
                }
            }
            let header: Vec<String> = grid
                .last()
                .map(|line| line.iter().map(|c| c.clone().unwrap_or_default()).collect())
                .unwrap_or_default();
            let has_thead = table.select(&sel("thead")).next().is_some();
            let mut rows = Vec::new();
            for (i, tr) in table.select(&sel("tr")).enumerate() {
                if has_ancestor(&tr, &["thead"]) || (!has_thead && i == 0) {
                    continue;
                }
                // A reader's note, and where the source goes on after `续表` (the mark and the
                // header written again): no rows of the table's data.
                if tr.value().classes().any(|c| c == "rn-row" || c == "cont") {
                    continue;
                }
                let cells: Vec<ElementRef> = tr.select(&sel("th, td")).collect();
                if !cells.is_empty()
                    && cells
                        .iter()
                        .all(|c| matches!(c.value().attr("scope"), Some("col" | "colgroup")))
                {
                    continue;
                }
                rows.push(
                    tr.select(&sel("th, td"))
                        .filter(|c| c.parent().map(|p| p.id()) == Some(tr.id()))
                        .map(|c| squash(&text_of(c)))
                        .collect(),
                );
            }
            out.push(BuiltTable {
                page: page.name.clone(),
                caption,
                header,
                rows,
            });
        }
    }
    out
}

fn check_tables(truth: &Truth, pages: &[Page], report: &mut Report) {
    let tables = built_tables(pages);
    let mut used = vec![false; tables.len()];
    for (k, t) in truth.table.iter().enumerate() {
        let label = if t.caption.is_empty() {
            format!("table {} (no caption; header {:?})", k + 1, t.columns)
        } else {
            format!("table {} «{}»", k + 1, t.caption)
        };
        let columns: Vec<String> = t.columns.iter().map(|c| squash(c)).collect();
        let merged_idx = t
            .merged
            .as_ref()
            .and_then(|m| t.columns.iter().position(|c| c == m));
        let without_merged: Option<Vec<String>> = merged_idx.map(|i| {
            let mut v = columns.clone();
            v.remove(i);
            v
        });
        let header_ok = |h: &Vec<String>| *h == columns || Some(h) == without_merged.as_ref();
        let caption = squash(&t.caption);
        let found = (0..tables.len())
            .find(|&i| !used[i] && !caption.is_empty() && captioned(&caption, &tables[i]))
            .or_else(|| (0..tables.len()).find(|&i| !used[i] && header_ok(&tables[i].header)));
        let Some(i) = found else {
            report.add(format!(
                "{label}: not found on the plan's pages (built tables: {:?})",
                tables
                    .iter()
                    .map(|b| format!("{}: {}", b.page, b.caption))
                    .collect::<Vec<_>>()
            ));
            continue;
        };
        used[i] = true;
        let b = &tables[i];
        let where_ = format!("{label} on {}", b.page);
        if !caption.is_empty() && !captioned(&caption, b) {
            report.add(format!(
                "{where_}: caption\n  expected: {}\n  got:      {}",
                t.caption, b.caption
            ));
        }
        if !header_ok(&b.header) {
            report.add(format!(
                "{where_}: header\n  expected: {:?}\n  got:      {:?}",
                t.columns, b.header
            ));
        }
        // Item rows: a row of one cell is a category, group or note row.
        let items = b.rows.iter().filter(|r| r.len() >= 2).count();
        if items != t.rows {
            report.add(format!(
                "{where_}: {items} item rows built, the source has {}",
                t.rows
            ));
        }
        for s in &t.sample {
            check_sample(&where_, merged_idx, s, b, report);
        }
    }
}

/// Whether a built table bears the truth's caption (squashed): as written, or, on an annex
/// page, the annex's title without its label (`附件：重点项目表` over a unit line: the page heads
/// the annex `附件：` and the table's caption, `重点项目表 单位：万元`, so each character shows
/// once).
fn captioned(caption: &str, b: &BuiltTable) -> bool {
    let bare = caption
        .strip_prefix("附件")
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit() || "：:".contains(c)))
        .filter(|r| !r.is_empty());
    b.caption.contains(caption)
        || (b.page.starts_with("annex") && bare.is_some_and(|r| b.caption.contains(r)))
}

fn check_sample(
    where_: &str,
    merged_idx: Option<usize>,
    s: &Sample,
    b: &BuiltTable,
    report: &mut Report,
) {
    let want: Vec<String> = s.cells.iter().map(|c| squash(c)).collect();
    let short: Option<(Vec<String>, String)> = merged_idx.map(|i| {
        let mut v = want.clone();
        let cat = v.remove(i);
        (v, cat)
    });
    // The category a row belongs to as the reader sees it: the last group row (one cell) above it,
    // or the category cell of the last full row (a filled-down or `rowspan` category).
    let mut context = String::new();
    // The last cell written in each column above the row: a cell merged over several rows
    // (`区商务委` leading three tasks) is shown once, the cells under it empty.
    let mut above: Vec<String> = Vec::new();
    for row in &b.rows {
        if row.len() == 1 {
            context = row[0].clone();
            continue;
        }
        if *row == want {
            return;
        }
        let merged_above = row.len() == want.len()
            && row.iter().enumerate().all(|(j, c)| {
                *c == want[j] || (c.is_empty() && above.get(j).is_some_and(|a| *a == want[j]))
            });
        if merged_above {
            return;
        }
        above.resize(above.len().max(row.len()), String::new());
        for (j, c) in row.iter().enumerate() {
            if !c.is_empty() {
                above[j] = c.clone();
            }
        }
        if let (Some(i), Some((cells, cat))) = (merged_idx, &short) {
            let empty_cat = row.len() == want.len()
                && row[i].is_empty()
                && row.iter().enumerate().all(|(j, c)| j == i || *c == want[j]);
            if (row == cells || empty_cat) && context.contains(cat.as_str()) {
                return;
            }
            // (A total row's label, `小计` under the group's category, names no category.)
            let cell = row.get(i).map_or("", String::as_str);
            let total = ["合计", "小计", "总计"].contains(&cell);
            if row.len() == want.len() && !cell.is_empty() && !total {
                context = cell.to_string();
            }
        }
    }
    // Show the built row that shares the most cells, to make the mismatch readable.
    let closest = b
        .rows
        .iter()
        .max_by_key(|r| r.iter().filter(|c| want.contains(c)).count())
        .cloned()
        .unwrap_or_default();
    report.add(format!(
        "{where_}: sample row not built as one row\n  expected: {:?}\n  closest:  {:?}",
        s.cells, closest
    ));
}

/// The import report's `[[set_aside]]` entries (none when it cannot be read).
fn set_aside(content_dir: &Path) -> Vec<toml::Value> {
    std::fs::read_to_string(content_dir.join("import-report.toml"))
        .ok()
        .and_then(|text| toml::from_str::<toml::Table>(&text).ok())
        .and_then(|mut report| report.remove("set_aside"))
        .and_then(|v| match v {
            toml::Value::Array(entries) => Some(entries),
            _ => None,
        })
        .unwrap_or_default()
}

/// Lines the import report sets aside as page numbers (`kind = "page-number"`), exempt from the
/// text check in a text cut into pages only.
fn page_number_lines(entries: &[toml::Value]) -> BTreeSet<usize> {
    entries
        .iter()
        .filter(|e| e.get("kind").and_then(|k| k.as_str()) == Some("page-number"))
        .filter_map(|e| e.get("line").and_then(|l| l.as_integer()))
        .filter_map(|n| usize::try_from(n).ok())
        .collect()
}

/// Lines the import report sets aside as web-page chrome (`kind` containing `chrome`): page
/// furniture that is exempt from the text check. Nothing else set aside is exempt: a page number
/// or any other set-aside line must still be on the pages (web texts have no pages).
fn chrome_lines(entries: &[toml::Value]) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    for e in entries {
        let kind = e.get("kind").and_then(|k| k.as_str()).unwrap_or("");
        if !kind.contains("chrome") {
            continue;
        }
        let one = e.get("line").and_then(|l| l.as_integer());
        let many = e.get("lines").and_then(|l| l.as_array());
        let all = one
            .into_iter()
            .chain(many.into_iter().flatten().filter_map(|l| l.as_integer()));
        out.extend(all.filter_map(|n| usize::try_from(n).ok()));
    }
    out
}

/// The lines of the source's table of contents, as the import report sets them aside (`kind =
/// "toc"`, `table of contents, lines A–B`).
fn toc_lines(entries: &[toml::Value]) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    for e in entries {
        if e.get("kind").and_then(|k| k.as_str()) != Some("toc") {
            continue;
        }
        let detail = e.get("detail").and_then(|d| d.as_str()).unwrap_or("");
        let range = detail
            .split_once("lines ")
            .and_then(|(_, r)| r.split_once('–'))
            .and_then(|(a, b)| {
                let b: String = b.chars().take_while(char::is_ascii_digit).collect();
                Some((a.parse::<usize>().ok()?, b.parse::<usize>().ok()?))
            });
        if let Some((a, b)) = range {
            out.extend(a..=b);
        }
    }
    out
}

/// A table of contents entry without its dot leaders and page number
/// (`第一章　发展基础…………3` → `第一章　发展基础`).
fn toc_entry_words(line: &str) -> &str {
    line.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace())
        .trim_end_matches(['…', '.', '·', '．', '-', '—', ' ', '　'])
}

/// Every non-blank line of the body is on the plan's pages. A run-in heading line (`（一）标题。正文…`)
/// may be split into its heading and its paragraph. A line of the source's table of contents
/// (`toc`) is there when its entry's words are (the site makes its own table of contents; dot
/// leaders and page numbers have no place on the web).
fn check_text(
    truth: &Truth,
    pages: &[Page],
    chrome: &BTreeSet<usize>,
    toc: &BTreeSet<usize>,
    report: &mut Report,
) {
    let text: String = pages.iter().map(|p| squash(&text_of(p.main()))).collect();
    let src = std::fs::read_to_string(source_path(truth)).unwrap_or_default();
    let mut missing = Vec::new();
    for (n, line) in src
        .lines()
        .enumerate()
        .skip(truth.body_line.saturating_sub(1))
    {
        let l = squash(line);
        if l.is_empty() || chrome.contains(&(n + 1)) || text.contains(&l) {
            continue;
        }
        let words = squash(toc_entry_words(line.trim()));
        if toc.contains(&(n + 1)) && !words.is_empty() && text.contains(&words) {
            continue;
        }
        let split_ok = l.split_once('。').is_some_and(|(head, rest)| {
            !rest.is_empty() && text.contains(head) && text.contains(rest)
        });
        if !split_ok && !cells_in_order(line, &text) {
            missing.push(format!("  line {}: {}", n + 1, clip(line.trim(), 60)));
        }
    }
    if !missing.is_empty() {
        report.add(format!(
            "{} source line(s) not on the overview, chapter and annex pages:\n{}",
            missing.len(),
            missing.join("\n")
        ));
    }
}

/// A row of a table aligned with spaces (`类别  序号  指标名称  …`): two cells or more apart by
/// runs of two spaces, each on the pages after the one before it. (A cell wrapped onto the next
/// line is one cell on the page, `2020年` + `基期值`, so the line's cells are there but not
/// side by side.)
fn cells_in_order(line: &str, text: &str) -> bool {
    let cells = space_cells(line);
    let mut from = 0;
    cells.len() >= 2
        && cells.iter().all(|c| match text[from..].find(c.as_str()) {
            Some(at) => {
                from += at + c.len();
                true
            }
            None => false,
        })
}

/// The cells of a line of a table aligned with spaces: apart by runs of two spaces, whitespace
/// removed.
fn space_cells(line: &str) -> Vec<String> {
    line.trim()
        .split("  ")
        .map(squash)
        .filter(|c| !c.is_empty())
        .collect()
}

fn clip(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

/// A line diff (longest common subsequence): `-` expected only, `+` built only, `=` both.
fn diff(want: &[String], got: &[String]) -> String {
    let (n, m) = (want.len(), got.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if want[i] == got[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < n || j < m {
        if i < n && j < m && want[i] == got[j] {
            out.push(format!("  = {}", want[i]));
            i += 1;
            j += 1;
        } else if i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(format!("  - {}", want[i]));
            i += 1;
        } else {
            out.push(format!("  + {}", got[j]));
            j += 1;
        }
    }
    out.join("\n")
}

// ------------------------------------------------------------------------------------------------
// One test per plan

macro_rules! plans {
    ($($name:ident => $stem:literal,)*) => {
        const STEMS: &[&str] = &[$($stem),*];
        $(
            #[test]
            fn $name() {
                check_plan($stem);
            }
        )*
    };
}

plans! {
    sh_01 => "sh-01-huangpu-chengshigengxin",
    sh_02 => "sh-02-huangpu-hengfu-fengmao",
    sh_03 => "sh-03-huangpu-jiuqugaizao",
    sh_04 => "sh-04-shanghai-lvsejianzhu",
    sh_05 => "sh-05-shanghai-tudiguanli",
    sh_06 => "sh-06-shanghai-shengtaikongjian",
    sh_07 => "sh-07-putuo-shuiwu",
    sh_08 => "sh-08-putuo-zhufang",
    sh_09 => "sh-09-minhang-gongyuanchengshi",
    sh_10 => "sh-10-changning-shengtaikongjian",
    syn_u60 => "syn-u60-lengliang",
    syn_r60 => "syn-r60-yuanqu",
    syn_o60 => "syn-o60-dizhizaihai",
    syn_n60 => "syn-n60-renkou",
    syn_q60 => "syn-q60-dangan",
    syn_s60 => "syn-s60-gongshui",
    syn_m60 => "syn-m60-fuer",
    syn_l60 => "syn-l60-haimian",
    syn_k60 => "syn-k60-zhishichanquan",
    syn_j60 => "syn-j60-nongcungonglu",
    syn_i60 => "syn-i60-yuedu",
    syn_h60 => "syn-h60-wuliu",
    syn_g60 => "syn-g60-zhaoming",
    syn_f60 => "syn-f60-yiliao",
    syn_e60 => "syn-e60-shequ",
    syn_d60 => "syn-d60-xiaofang",
    syn_c60 => "syn-c60-zhihuichengshi",
    syn_b60 => "syn-b60-nongye",
    syn_a60 => "syn-a60-tuiyijunren",
    syn_z59 => "syn-z59-daqi",
    syn_y59 => "syn-y59-yingshang",
    syn_x59 => "syn-x59-gongjiao",
    syn_w59 => "syn-w59-ranqi",
    syn_v59 => "syn-v59-canji",
    syn_u59 => "syn-u59-shidi",
    syn_t59 => "syn-t59-shangye",
    syn_s59 => "syn-s59-qingneng",
    syn_r59 => "syn-r59-jingshenweisheng",
    syn_q59 => "syn-q59-daolu",
    syn_p59 => "syn-p59-jiuye",
    syn_o59 => "syn-o59-anquanshengchan",
    syn_n59 => "syn-n59-jieshui",
    syn_m59 => "syn-m59-wenlv",
    syn_l59 => "syn-l59-shipinanquan",
    syn_k59 => "syn-k59-rencai",
    syn_j59 => "syn-j59-yibao",
    syn_i59 => "syn-i59-lajifenlei",
    syn_h59 => "syn-h59-jiaoyu",
    syn_f59 => "syn-f59-shuzijingji",
    syn_g59 => "syn-g59-xiangcun",
    syn_e59 => "syn-e59-fangxun",
    syn_d59 => "syn-d59-shequweisheng",
    syn_c59 => "syn-c59-qingnian",
    syn_b59 => "syn-b59-gangkou",
    syn_a59 => "syn-a59-kepu",
    syn_z58 => "syn-z58-turangwuran",
    syn_y58 => "syn-y58-baozhangfang",
    syn_x58 => "syn-x58-chongdian",
    syn_w58 => "syn-w58-yanglaofuwu",
    syn_v58 => "syn-v58-lindi",
    syn_u58 => "syn-u58-zhiliangtisheng",
    syn_t58 => "syn-t58-wenwubaohu",
    syn_s58 => "syn-s58-dixiaguanwang",
    syn_r58 => "syn-r58-yingjibinan",
    syn_q58 => "syn-q58-liangshianquan",
    syn_p58 => "syn-p58-tiyusheshi",
    syn_o58 => "syn-o58-zhengwufuwu",
    syn_i58 => "syn-i58-jinengpeixun",
    syn_m58 => "syn-m58-qixiangfangzai",
    syn_l58 => "syn-l58-tingchesheshi",
    syn_k58 => "syn-k58-nongcungongshui",
    syn_j58 => "syn-j58-tushuguanfuwu",
    syn_h58 => "syn-h58-hedaozhengzhi",
    syn_g58 => "syn-g58-shequyanglao",
    syn_f58 => "syn-f58-gongrefazhan",
    syn_e58 => "syn-e58-shangmaoliutong",
    syn_d58 => "syn-d58-anquanshengchan",
    syn_c58 => "syn-c58-lvyougonggong",
    syn_b58 => "syn-b58-wuzhangaihuanjing",
    syn_a58 => "syn-a58-daoluyanghu",
    syn_z57 => "syn-z57-weishengrencai",
    syn_y57 => "syn-y57-gaobiaozhun",
    syn_x57 => "syn-x57-shujukaifang",
    syn_w57 => "syn-w57-dianwang",
    syn_v57 => "syn-v57-ertongyouhao",
    syn_u57 => "syn-u57-nongchanpin",
    syn_t57 => "syn-t57-chuangxinpingtai",
    syn_s57 => "syn-s57-jiaotonganquan",
    syn_r57 => "syn-r57-kuajingdianshang",
    syn_q57 => "syn-q57-shengtaixiufu",
    syn_p57 => "syn-p57-jiaoyuxinxihua",
    syn_o57 => "syn-o57-newinfra",
    syn_k57 => "syn-k57-hospital",
    syn_h57 => "syn-h57-market",
    syn_l57 => "syn-l57-museum",
    syn_m57 => "syn-m57-hydrogen",
    syn_j57 => "syn-j57-flood",
    syn_g57 => "syn-g57-noise",
    syn_e57 => "syn-e57-underground",
    syn_d57 => "syn-d57-schools",
    syn_c57 => "syn-c57-lighting",
    syn_b57 => "syn-b57-sports",
    syn_a57 => "syn-a57-shelter",
    syn_z56 => "syn-z56-eldercare",
    syn_y56 => "syn-y56-bengzhan",
    syn_s56 => "syn-s56-shengwuduoyang",
    syn_t56 => "syn-t56-rencaigongyu",
    syn_w56 => "syn-w56-kezaisheng",
    syn_v56 => "syn-v56-shirong",
    syn_u56 => "syn-u56-luwang",
    syn_r56 => "syn-r56-shuzizhili",
    syn_l56 => "syn-l56-shequweisheng",
    syn_m56 => "syn-m56-lajifenlei",
    syn_q56 => "syn-q56-jienenggaizao",
    syn_o56 => "syn-o56-hezhang",
    syn_n56 => "syn-n56-chanyeyongdi",
    syn_k56 => "syn-k56-chengzhongcun",
    syn_j56 => "syn-j56-chongdian",
    syn_i56 => "syn-i56-lishifengmao",
    syn_h56 => "syn-h56-nongtian",
    syn_g56 => "syn-g56-xingdaoshu",
    syn_f56 => "syn-f56-tingche",
    syn_e56 => "syn-e56-laojiuxiaoqu",
    syn_d56 => "syn-d56-haimian",
    syn_c56 => "syn-c56-baozhangfang",
    syn_b56 => "syn-b56-binshui",
    syn_a56 => "syn-a56-koudaigongyuan",
    syn_z55 => "syn-z55-tandafeng",
    syn_y55 => "syn-y55-gongjiao",
    syn_x55 => "syn-x55-shidi",
    syn_w55 => "syn-w55-lvsejianzhu",
    syn_v55 => "syn-v55-tudizhengzhi",
    syn_p55 => "syn-p55-xiaofangtongdao",
    syn_o55 => "syn-o55-shequ",
    syn_u55 => "syn-u55-changfang",
    syn_s55 => "syn-s55-gongyeyichan",
    syn_q55 => "syn-q55-jieshui",
    syn_n55 => "syn-n55-jiaoyu",
    syn_m55 => "syn-m55-lvdao",
    syn_l55 => "syn-l55-fengmaodaolu",
    syn_k55 => "syn-k55-chengzhongcun",
    syn_j55 => "syn-j55-fangdichan",
    syn_i55 => "syn-i55-wushui",
    syn_h55 => "syn-h55-senlinfanghuo",
    syn_a55 => "syn-a55-gongshui",
    syn_g55 => "syn-g55-weijian",
    syn_f55 => "syn-f55-hehu",
    syn_e55 => "syn-e55-senlin",
    syn_d55 => "syn-d55-lishijianzhu",
    syn_c55 => "syn-c55-jiequ",
    syn_b55 => "syn-b55-zulin",
    syn_z54 => "syn-z54-xiaofangzhan",
    syn_y54 => "syn-y54-jiugai",
    syn_x54 => "syn-x54-yingji",
    syn_w54 => "syn-w54-yanglao",
    syn_v54 => "syn-v54-gongyuan",
    syn_u54 => "syn-u54-mingzhen",
    syn_t54 => "syn-t54-baozhangfang",
    syn_s54 => "syn-s54-paishui",
    syn_r54 => "syn-r54-xiaofang2",
    syn_q54 => "syn-q54-jieneng",
    syn_p54 => "syn-p54-jiaotong",
    syn_o54 => "syn-o54-lvhua",
    syn_n54 => "syn-n54-fengmao",
    syn_m54 => "syn-m54-gengxin",
    syn_l54 => "syn-l54-zhufang",
    syn_k54 => "syn-k54-shuiwu",
    syn_j54 => "syn-j54-xiaofang",
    syn_g54 => "syn-g54-liangjiu",
    syn_f54 => "syn-f54-dianti3",
    syn_e54 => "syn-e54-liuyu",
    syn_d54 => "syn-d54-chongdian3",
    syn_c54 => "syn-c54-langdao",
    syn_b54 => "syn-b54-yuwu",
    syn_a54 => "syn-a54-zhihuishui",
    syn_z53 => "syn-z53-weigeng2",
    syn_y53 => "syn-y53-zhangzhe",
    syn_x53 => "syn-x53-renxingcs",
    syn_v53 => "syn-v53-ditanshequ",
    syn_w53 => "syn-w53-erci",
    syn_u53 => "syn-u53-xiaohuoshuan",
    syn_t53 => "syn-t53-xingdaoshu",
    syn_r53 => "syn-r53-xiushan2",
    syn_q53 => "syn-q53-guangchang",
    syn_p53 => "syn-p53-weiqu",
    syn_o53 => "syn-o53-guidao",
    syn_n53 => "syn-n53-renxing",
    syn_m53 => "syn-m53-meili",
    syn_l53 => "syn-l53-tudi3",
    syn_k53 => "syn-k53-chaodi",
    syn_j53 => "syn-j53-wanzheng",
    syn_i53 => "syn-i53-nongwu",
    syn_h53 => "syn-h53-dengguang",
    syn_g53 => "syn-g53-gongjiao3",
    syn_f53 => "syn-f53-heichou",
    syn_e53 => "syn-e53-linzhang2",
    syn_d53 => "syn-d53-jiexiang",
    syn_b53 => "syn-b53-ranqi3",
    syn_a53 => "syn-a53-xiaofangzhan",
    syn_z52 => "syn-z52-lingxing",
    syn_y52 => "syn-y52-gongjijin2",
    syn_x52 => "syn-x52-mingzhen",
    syn_w52 => "syn-w52-jingxi",
    syn_v52 => "syn-v52-binshui3",
    syn_u52 => "syn-u52-wuye3",
    syn_t52 => "syn-t52-jiankang3",
    syn_s52 => "syn-s52-haimian3",
    syn_r52 => "syn-r52-manxing3",
    syn_q52 => "syn-q52-jiaoye",
    syn_p52 => "syn-p52-wushui3",
    syn_o52 => "syn-o52-jiejing",
    syn_n52 => "syn-n52-yichan3",
    syn_m52 => "syn-m52-zulin3",
    syn_l52 => "syn-l52-gongshui3",
    syn_k52 => "syn-k52-huozai",
    syn_j52 => "syn-j52-cunliang",
    syn_i52 => "syn-i52-jiangtan2",
    syn_h52 => "syn-h52-shirong2",
    syn_g52 => "syn-g52-jiugai",
    syn_f52 => "syn-f52-lvhua5",
    syn_e52 => "syn-e52-shuiwu5",
    syn_d52 => "syn-d52-zhufang5",
    syn_c52 => "syn-c52-fengmao3",
    syn_b52 => "syn-b52-xiaofang4",
    syn_a52 => "syn-a52-zaisheng",
    syn_z51 => "syn-z51-tuoyou3",
    syn_y51 => "syn-y51-shanglou",
    syn_x51 => "syn-x51-lishijiequ",
    syn_w51 => "syn-w51-yunxing",
    syn_v51 => "syn-v51-dianshang",
    syn_u51 => "syn-u51-zhongyi2",
    syn_t51 => "syn-t51-jiuzai",
    syn_s51 => "syn-s51-canlian",
    syn_r51 => "syn-r51-gongre2",
    syn_q51 => "syn-q51-zhiliang2",
    syn_p51 => "syn-p51-koudai",
    syn_o51 => "syn-o51-jiuzhu2",
    syn_n51 => "syn-n51-daoqiao",
    syn_m51 => "syn-m51-laonianjiaoyu",
    syn_l51 => "syn-l51-nongtian2",
    syn_k51 => "syn-k51-heshengtai",
    syn_j51 => "syn-j51-yeshi",
    syn_i51 => "syn-i51-jianneng",
    syn_h51 => "syn-h51-shengwu",
    syn_g51 => "syn-g51-baozu",
    syn_f51 => "syn-f51-jiaoan",
    syn_e51 => "syn-e51-wenhua3",
    syn_d51 => "syn-d51-weifei2",
    syn_c51 => "syn-c51-shuju",
    syn_b51 => "syn-b51-xiushan",
    syn_a51 => "syn-a51-chenjiang",
    syn_z50 => "syn-z50-minsu",
    syn_y50 => "syn-y50-quanmin",
    syn_x50 => "syn-x50-shenghuoquan",
    syn_w50 => "syn-w50-shewei2",
    syn_v50 => "syn-v50-renju3",
    sh_11 => "sh-11-changning-jienengjiangtan",
    sh_12 => "sh-12-songjiang-lvhuashirong",
    sh_13 => "sh-13-songjiang-zonghejiaotong",
    sh_14 => "sh-14-hongkou-lvseditan",
    seed_beijing => "beijing-hrss-14th",
    seed_pudong => "pudong-employment-14th",
    syn_a1 => "syn-a1-fire",
    syn_b1 => "syn-b1-housing",
    syn_b2 => "syn-b2-heritage",
    syn_c1 => "syn-c1-greening",
    syn_c2 => "syn-c2-renewal",
    syn_d2 => "syn-d2-housing2",
    syn_a2 => "syn-a2-water",
    syn_d1 => "syn-d1-fire2",
    syn_e1 => "syn-e1-water2",
    syn_e2 => "syn-e2-fire3",
    syn_f1 => "syn-f1-housing3",
    syn_g3 => "syn-g3-health",
    syn_h1 => "syn-h1-elder",
    syn_h2 => "syn-h2-digital",
    syn_h3 => "syn-h3-farm",
    syn_g1 => "syn-g1-edu",
    syn_g2 => "syn-g2-county",
    syn_i1 => "syn-i1-sport",
    syn_i2 => "syn-i2-culture",
    syn_j1 => "syn-j1-safety",
    syn_j2 => "syn-j2-env",
    syn_k1 => "syn-k1-tech",
    syn_k2 => "syn-k2-civil",
    syn_m1 => "syn-m1-water",
    syn_n1 => "syn-n1-ocean",
    syn_l1 => "syn-l1-transport",
    syn_l2 => "syn-l2-talent",
    syn_m2 => "syn-m2-market",
    syn_n2 => "syn-n2-city",
    syn_p1 => "syn-p1-stats",
    syn_p2 => "syn-p2-veterans",
    syn_q1 => "syn-q1-ip",
    syn_q2 => "syn-q2-archives",
    syn_r1 => "syn-r1-weather",
    syn_r2 => "syn-r2-forest",
    syn_s1 => "syn-s1-credit",
    syn_s2 => "syn-s2-services",
    syn_t1 => "syn-t1-science",
    syn_t2 => "syn-t2-women",
    syn_u1 => "syn-u1-housing",
    syn_u2 => "syn-u2-soil",
    syn_v1 => "syn-v1-water",
    syn_w1 => "syn-w1-charity",
    syn_w2 => "syn-w2-mapping",
    syn_x1 => "syn-x1-airdefense",
    syn_x2 => "syn-x2-postal",
    syn_o1 => "syn-o1-sports",
    syn_o2 => "syn-o2-emergencysupplies",
    syn_z1 => "syn-z1-watersaving",
    syn_z2 => "syn-z2-legalservice",
    syn_y1 => "syn-y1-port",
    syn_y2 => "syn-y2-placenames",
    syn_u3 => "syn-u3-commerce",
    syn_s3 => "syn-s3-digitalgov",
    syn_t3 => "syn-t3-citymgmt",
    syn_v3 => "syn-v3-eldercare",
    syn_t4 => "syn-t4-education",
    syn_x4 => "syn-x4-ecology",
    syn_u4 => "syn-u4-culture",
    syn_w4 => "syn-w4-market",
    syn_v4 => "syn-v4-civil",
    syn_t5 => "syn-t5-renewal",
    syn_x3 => "syn-x3-transport",
    syn_w3 => "syn-w3-health",
    syn_a6 => "syn-a6-disability",
    syn_b6 => "syn-b6-youth",
    syn_c6 => "syn-c6-energy",
    syn_d6 => "syn-d6-bizenv",
    syn_e6 => "syn-e6-grain",
    syn_f6 => "syn-f6-finance",
    syn_g6 => "syn-g6-logistics",
    syn_h6 => "syn-h6-quake",
    syn_i6 => "syn-i6-community",
    syn_j6 => "syn-j6-gas",
    syn_k6 => "syn-k6-childcare",
    syn_l6 => "syn-l6-sponge",
    syn_m6 => "syn-m6-parking",
    syn_n6 => "syn-n6-watersupply",
    syn_o6 => "syn-o6-tourism",
    syn_p6 => "syn-p6-jobs",
    syn_q6 => "syn-q6-ruralroads",
    syn_r6 => "syn-r6-smartcity",
    syn_s6 => "syn-s6-urbanization",
    syn_t6 => "syn-t6-worksafety",
    syn_u6 => "syn-u6-medinsurance",
    syn_x6 => "syn-x6-housing",
    syn_z6 => "syn-z6-heritage",
    syn_a7 => "syn-a7-greening",
    syn_v6 => "syn-v6-fire",
    syn_w6 => "syn-w6-water",
    syn_y6 => "syn-y6-renewal",
    syn_e7 => "syn-e7-renewal",
    syn_b7 => "syn-b7-fire",
    syn_k7 => "syn-k7-heritage",
    syn_h7 => "syn-h7-water",
    syn_x7 => "syn-x7-tcm",
    syn_y7 => "syn-y7-sanitation",
    syn_z7 => "syn-z7-rural",
    syn_a8 => "syn-a8-soe",
    syn_c8 => "syn-c8-population",
    syn_d8 => "syn-d8-trade",
    syn_e8 => "syn-e8-lawgov",
    syn_f8 => "syn-f8-culture",
    syn_g8 => "syn-g8-newtown",
    syn_h8 => "syn-h8-assistance",
    syn_i8 => "syn-i8-power",
    syn_j8 => "syn-j8-vocational",
    syn_k8 => "syn-k8-utilitytunnel",
    syn_l8 => "syn-l8-roadsafety",
    syn_m8 => "syn-m8-expo",
    syn_p8 => "syn-p8-floodcontrol",
    syn_n8 => "syn-n8-accessibility",
    syn_o8 => "syn-o8-wetland",
    syn_q8 => "syn-q8-sciliteracy",
    syn_s8 => "syn-s8-standardization",
    syn_u8 => "syn-u8-broadcasting",
    syn_v8 => "syn-v8-housingfund",
    syn_r8 => "syn-r8-carbonpeak",
    syn_t8 => "syn-t8-fishery",
    syn_s50 => "syn-s50-hehu",
    syn_r50 => "syn-r50-qifu",
    syn_t50 => "syn-t50-kaifang",
    syn_u50 => "syn-u50-jujia",
    syn_p50 => "syn-p50-yichan",
    syn_q50 => "syn-q50-manxing",
    syn_n50 => "syn-n50-jieneng2",
    syn_o50 => "syn-o50-shipin2",
    syn_g50 => "syn-g50-jingshen",
    syn_l50 => "syn-l50-sheji",
    syn_h50 => "syn-h50-zhiyuan",
    syn_j50 => "syn-j50-wuye",
    syn_i50 => "syn-i50-wuliu",
    syn_f50 => "syn-f50-xinji",
    syn_m50 => "syn-m50-shitang",
    syn_k50 => "syn-k50-nongtian",
    syn_c50 => "syn-c50-zhengwu",
    syn_e50 => "syn-e50-xuexiao",
    syn_b50 => "syn-b50-huizhan",
    syn_x49 => "syn-x49-laonian2",
    syn_d50 => "syn-d50-binshui",
    syn_y49 => "syn-y49-zhongye",
    syn_a50 => "syn-a50-paolao",
    syn_z49 => "syn-z49-xinyong",
    syn_q49 => "syn-q49-yiyao",
    syn_w49 => "syn-w49-jiankang",
    syn_p49 => "syn-p49-yuedu",
    syn_u49 => "syn-u49-jingqu",
    syn_t49 => "syn-t49-keji",
    syn_v49 => "syn-v49-huanwei",
    syn_s49 => "syn-s49-anquan",
    syn_r49 => "syn-r49-cunzhuang",
    syn_j49 => "syn-j49-fuer",
    syn_n49 => "syn-n49-zhufang2",
    syn_k49 => "syn-k49-shangquan",
    syn_h49 => "syn-h49-falv",
    syn_m49 => "syn-m49-jiuye",
    syn_o49 => "syn-o49-shuniu",
    syn_i49 => "syn-i49-ranqi2",
    syn_l49 => "syn-l49-senlin",
    syn_g49 => "syn-g49-tongji",
    syn_c49 => "syn-c49-dixia",
    syn_a49 => "syn-a49-zhichan",
    syn_e49 => "syn-e49-liangshi",
    syn_f49 => "syn-f49-haiyang",
    syn_z48 => "syn-z48-wenwu",
    syn_b49 => "syn-b49-nonglu",
    syn_d49 => "syn-d49-wuzhangai",
    syn_y48 => "syn-y48-langdao",
    syn_r48 => "syn-r48-tuoyu",
    syn_w48 => "syn-w48-lenglian",
    syn_v48 => "syn-v48-jiceng",
    syn_x48 => "syn-x48-tejiao",
    syn_s48 => "syn-s48-qingneng",
    syn_u48 => "syn-u48-daqi",
    syn_t48 => "syn-t48-tuiyi",
    syn_j48 => "syn-j48-tingche",
    syn_p48 => "syn-p48-yuanqu",
    syn_q48 => "syn-q48-shuili",
    syn_o48 => "syn-o48-qingnian",
    syn_n48 => "syn-n48-gangkou",
    syn_m48 => "syn-m48-turang",
    syn_k48 => "syn-k48-xinnengyuan",
    syn_l48 => "syn-l48-minzheng",
    syn_t47 => "syn-t47-gongshui",
    syn_i48 => "syn-i48-dangan",
    syn_h48 => "syn-h48-nongye",
    syn_g48 => "syn-g48-rencai",
    syn_f48 => "syn-f48-shichang",
    syn_e48 => "syn-e48-weijian",
    syn_d48 => "syn-d48-wenlv",
    syn_c48 => "syn-c48-shipin",
    syn_b48 => "syn-b48-shuzihua",
    syn_y47 => "syn-y47-binzang",
    syn_z47 => "syn-z47-zhaoming",
    syn_v47 => "syn-v47-lajifenlei",
    syn_x47 => "syn-x47-shidi",
    syn_a48 => "syn-a48-zhijiao",
    syn_w47 => "syn-w47-yingji",
    syn_u47 => "syn-u47-gongjiao",
    syn_z46 => "syn-z46-lvdao",
    syn_e47 => "syn-e47-daoluyanghu",
    syn_p47 => "syn-p47-gengxinxingdong",
    syn_y46 => "syn-y46-kepu",
    syn_s46 => "syn-s46-chengguanzhifa",
    syn_q47 => "syn-q47-tiyugongyuan",
    syn_o47 => "syn-o47-haimian",
    syn_r47 => "syn-r47-jiazhuangdianti",
    syn_n47 => "syn-n47-yejianjingji",
    syn_m47 => "syn-m47-qianrushi",
    syn_l47 => "syn-l47-hezhangzhi",
    syn_s47 => "syn-s47-shengtaihuanjing",
    syn_j47 => "syn-j47-lvhualinye",
    syn_i47 => "syn-i47-baozhangfang",
    syn_h47 => "syn-h47-xiaofang",
    syn_r46 => "syn-r46-shangyewangdian",
    syn_k47 => "syn-k47-chonghuandian",
    syn_g47 => "syn-g47-fengmaobaohu",
    syn_f47 => "syn-f47-yingshang",
    syn_d47 => "syn-d47-shequyanglao",
    syn_x46 => "syn-x46-dixiaguanxian",
    syn_b47 => "syn-b47-zhufangzulin",
    syn_w46 => "syn-w46-yanglaosheshi",
    syn_v46 => "syn-v46-paishui",
    syn_c47 => "syn-c47-shuihuanjing",
    syn_a47 => "syn-a47-louyujingji",
    syn_q46 => "syn-q46-shequweisheng",
    syn_p46 => "syn-p46-renjuhuanjing",
    syn_u46 => "syn-u46-jianzhulaji",
    syn_t46 => "syn-t46-xueqianjiaoyu",
    syn_o46 => "syn-o46-gonggongwenhua",
    syn_n46 => "syn-n46-gongre",
    syn_m46 => "syn-m46-ranqi",
    syn_l46 => "syn-l46-lvyou",
    syn_k46 => "syn-k46-rencai",
    syn_j43 => "syn-j43-keji",
    syn_d46 => "syn-d46-dixiakongjian",
    syn_i46 => "syn-i46-gongxiao",
    syn_h46 => "syn-h46-fangzaijianzai",
    syn_g46 => "syn-g46-shuzijingji",
    syn_f46 => "syn-f46-liangshi",
    syn_c46 => "syn-c46-tuoyu",
    syn_b46 => "syn-b46-tingche",
    syn_a46 => "syn-a46-zhongxiaoxue",
    syn_z45 => "syn-z45-jienengjianpai",
    syn_y45 => "syn-y45-quanminjianshen",
    syn_x45 => "syn-x45-nongchanpin",
    syn_w45 => "syn-w45-zhaoming",
    syn_v45 => "syn-v45-xiangcunrencai",
    syn_u45 => "syn-u45-xinjijian",
    syn_t45 => "syn-t45-falvfuwu",
    syn_m43 => "syn-m43-jieshui",
    syn_s45 => "syn-s45-shequzhili",
    syn_r45 => "syn-r45-shengtaihuanjing",
    syn_q45 => "syn-q45-wuliu",
    syn_p45 => "syn-p45-laonianjiaoyu",
    syn_o45 => "syn-o45-shuitubaochi",
    syn_m45 => "syn-m45-zhishichanquan",
    syn_l45 => "syn-l45-chengshigengxin",
    syn_i45 => "syn-i45-binzang",
    syn_h45 => "syn-h45-nongtianshuili",
    syn_f45 => "syn-f45-zhihuijiaotong",
    syn_j45 => "syn-j45-jiazheng",
    syn_g45 => "syn-g45-haimian",
    syn_e45 => "syn-e45-tushuguan",
    syn_d45 => "syn-d45-tiyuchangguan",
    syn_q44 => "syn-q44-binan",
    syn_a45 => "syn-a45-dangan",
    syn_c45 => "syn-c45-shuzixiangcun",
    syn_b45 => "syn-b45-qixiang",
    syn_z44 => "syn-z44-tuiyijunren",
    syn_y44 => "syn-y44-lajifenlei",
    syn_x44 => "syn-x44-nongcungonglu",
    syn_w44 => "syn-w44-yanglao",
    syn_v44 => "syn-v44-yingji",
    syn_r44 => "syn-r44-shichang",
    syn_u44 => "syn-u44-lindi",
    syn_s44 => "syn-s44-zhufangbaozhang",
    syn_o44 => "syn-o44-turang",
    syn_e43 => "syn-e43-zhuangpeishi",
    syn_k44 => "syn-k44-dizhi",
    syn_m44 => "syn-m44-zhijiao",
    syn_l44 => "syn-l44-shangquan",
    syn_j44 => "syn-j44-fuer",
    syn_h44 => "syn-h44-qingnian",
    syn_g44 => "syn-g44-jianzhulaji",
    syn_f44 => "syn-f44-zhihui",
    syn_w43 => "syn-w43-xiangcun",
    syn_y43 => "syn-y43-paishui",
    syn_e44 => "syn-e44-wenlv",
    syn_d44 => "syn-d44-jianzhujieneng",
    syn_c44 => "syn-c44-shidi",
    syn_b44 => "syn-b44-laojiu",
    syn_a44 => "syn-a44-xinnengyuan",
    syn_z43 => "syn-z43-shequweisheng",
    syn_x43 => "syn-x43-yejian",
    syn_s43 => "syn-s43-ranqi",
    syn_u43 => "syn-u43-canji",
    syn_q43 => "syn-q43-gongshui",
    syn_t43 => "syn-t43-shipin",
    syn_p43 => "syn-p43-tiyu",
    syn_v43 => "syn-v43-yuanqu",
    syn_r43 => "syn-r43-falv",
    syn_d43 => "syn-d43-tuoyu",
    syn_i43 => "syn-i43-shirong",
    syn_l43 => "syn-l43-dianti",
    syn_k43 => "syn-k43-hezhang",
    syn_n43 => "syn-n43-nongcun",
    syn_o43 => "syn-o43-jiaotong",
    syn_h43 => "syn-h43-renfang",
    syn_c43 => "syn-c43-shangye",
    syn_b43 => "syn-b43-tingche",
    syn_g43 => "syn-g43-anquan",
    syn_f43 => "syn-f43-lvdao",
    syn_a43 => "syn-a43-fangxun",
    syn_z42 => "syn-z42-zhucan",
    syn_q42 => "syn-q42-zhufangfazhan",
    syn_y42 => "syn-y42-shengtaihuanjing",
    syn_x42 => "syn-x42-wenhuayichan",
    syn_w42 => "syn-w42-daolujiaotong",
    syn_u42 => "syn-u42-xinjijian",
    syn_s42 => "syn-s42-tuiyijunren",
    syn_r42 => "syn-r42-kouanjingji",
    syn_u41 => "syn-u41-tiyusheshi",
    syn_n42 => "syn-n42-gongyuanchengshi",
    syn_p42 => "syn-p42-jienengjianpai",
    syn_o42 => "syn-o42-laojiuxiaoqu",
    syn_m42 => "syn-m42-rencaifazhan",
    syn_l42 => "syn-l42-hedaozhengzhi",
    syn_k42 => "syn-k42-shehuijiuzhu",
    syn_j42 => "syn-j42-chengshizhaoming",
    syn_w41 => "syn-w41-haimianchengshi",
    syn_d42 => "syn-d42-lvyoufazhan",
    syn_i42 => "syn-i42-yingshanghuanjing",
    syn_f42 => "syn-f42-wuliufazhan",
    syn_h42 => "syn-h42-xiaofangshiye",
    syn_g42 => "syn-g42-nongyenongcun",
    syn_e42 => "syn-e42-daqifangzhi",
    syn_c42 => "syn-c42-dixiakongjian",
    syn_b42 => "syn-b42-yiliaosheshi",
    syn_v41 => "syn-v41-shuzijingji",
    syn_y41 => "syn-y41-lajizhili",
    syn_a42 => "syn-a42-shuitubaochi",
    syn_x41 => "syn-x41-jiuyecujin",
    syn_t41 => "syn-t41-gonggongwenhua",
    syn_w37 => "syn-w37-guanxian",
    syn_u38 => "syn-u38-nongcungongshui",
    syn_z40 => "syn-z40-lishijianzhu",
    syn_r41 => "syn-r41-tandafeng",
    syn_q41 => "syn-q41-shidibaohu",
    syn_s41 => "syn-s41-nongcungonglu",
    syn_o41 => "syn-o41-chongdiansheshi",
    syn_n41 => "syn-n41-bijnanchangsuo",
    syn_m41 => "syn-m41-chengshigengxin",
    syn_l41 => "syn-l41-shequweisheng",
    syn_l39 => "syn-l39-shequweisheng",
    syn_f38 => "syn-f38-shujuyaosu",
    syn_h41 => "syn-h41-tudijieyue",
    syn_d41 => "syn-d41-zhihuishuiwu",
    syn_e41 => "syn-e41-yanglaosheshi",
    syn_k41 => "syn-k41-fengmaoqu",
    syn_j41 => "syn-j41-jiaotongshuniu",
    syn_i41 => "syn-i41-linyindao",
    syn_g41 => "syn-g41-jianzhujieneng",
    syn_f41 => "syn-f41-hehuhuanjing",
    syn_t40 => "syn-t40-chanyeyuanqu",
    syn_x39 => "syn-x39-wuliushuniu",
    syn_p40 => "syn-p40-qianrushi",
    syn_g40 => "syn-g40-jiuxiaoqu",
    syn_s40 => "syn-s40-shengwuduoyang",
    syn_q40 => "syn-q40-kezaisheng",
    syn_j40 => "syn-j40-shengtaixiufu",
    syn_y40 => "syn-y40-jiequ",
    syn_i39 => "syn-i39-shuzizhengfu",
    syn_x40 => "syn-x40-baozhangfang",
    syn_c41 => "syn-c41-gongjiao",
    syn_a41 => "syn-a41-ditanshequ",
    syn_w40 => "syn-w40-jiaoye",
    syn_v40 => "syn-v40-jianzhulaji",
    syn_h39 => "syn-h39-tiyusheshi",
    syn_f40 => "syn-f40-lvdao",
    syn_n40 => "syn-n40-haimian",
    syn_u40 => "syn-u40-renjuhuanjing",
    syn_r40 => "syn-r40-manxing",
    syn_o40 => "syn-o40-jingguan",
    syn_m40 => "syn-m40-fangzai",
    syn_l40 => "syn-l40-wenlv",
    syn_k40 => "syn-k40-linye",
    syn_i40 => "syn-i40-tingche",
    syn_h40 => "syn-h40-gonggongjigou",
    syn_z39 => "syn-z39-shirongweisheng",
    syn_e40 => "syn-e40-laojiuxiaoqu",
    syn_c40 => "syn-c40-haiyangjingji",
    syn_a40 => "syn-a40-rengongzhineng",
    syn_d40 => "syn-d40-jiuyecujin",
    syn_y39 => "syn-y39-jiaoyushiye",
    syn_w39 => "syn-w39-zhufangzulin",
    syn_r39 => "syn-r39-shangyewangdian",
    syn_s39 => "syn-s39-xinjijian",
    syn_v39 => "syn-v39-jieyueyongshui",
    syn_u39 => "syn-u39-yingshanghuanjing",
    syn_t39 => "syn-t39-canjiren",
    syn_q39 => "syn-q39-shengtaihuanjing",
    syn_p39 => "syn-p39-zhiyejiaoyu",
    syn_o39 => "syn-o39-gonggongwenhua",
    syn_n39 => "syn-n39-anquanshengchan",
    syn_m39 => "syn-m39-nongyenongcun",
    syn_g39 => "syn-g39-yanglaofuwu",
    syn_j39 => "syn-j39-hehuzhi",
    syn_k39 => "syn-k39-fengmaobaohu",
    syn_s38 => "syn-s38-yingjiwuzi",
    syn_h38 => "syn-h38-neilao",
    syn_e39 => "syn-e39-rencaifazhan",
    syn_d39 => "syn-d39-quanyulvyou",
    syn_c39 => "syn-c39-liangshianquan",
    syn_b39 => "syn-b39-xiaofangjiuyuan",
    syn_a39 => "syn-a39-wenwubaohu",
    syn_z38 => "syn-z38-laonianzhucan",
    syn_y38 => "syn-y38-haimianchengshi",
    syn_x38 => "syn-x38-zhihuijiaotong",
    syn_w38 => "syn-w38-zhishichanquan",
    syn_v38 => "syn-v38-tuiyijunren",
    syn_t38 => "syn-t38-senlinfanghuo",
    syn_r38 => "syn-r38-zhufangbaozhang",
    syn_p38 => "syn-p38-jiazhuangdianti",
    syn_o38 => "syn-o38-weihua",
    syn_n38 => "syn-n38-jianshen",
    syn_m38 => "syn-m38-gonggongwenhua",
    syn_u37 => "syn-u37-binzang",
    syn_j38 => "syn-j38-laozihao",
    syn_i38 => "syn-i38-kouan",
    syn_e38 => "syn-e38-diming",
    syn_d38 => "syn-d38-caishichang",
    syn_c38 => "syn-c38-shengwuyiyao",
    syn_b38 => "syn-b38-jiazheng",
    syn_z37 => "syn-z37-lenglian",
    syn_y37 => "syn-y37-zhijiao",
    syn_x37 => "syn-x37-cishan",
    syn_t37 => "syn-t37-shidi",
    syn_s37 => "syn-s37-renfang",
    syn_r37 => "syn-r37-chongdian",
    syn_q37 => "syn-q37-falvfuwu",
    syn_p37 => "syn-p37-wuzhangai",
    syn_o37 => "syn-o37-chengshizhaoming",
    syn_n37 => "syn-n37-qiyefuwu",
    syn_m37 => "syn-m37-shuiwenzhan",
    syn_l37 => "syn-l37-tese",
    syn_k37 => "syn-k37-yejianwenlv",
    syn_j37 => "syn-j37-changguan",
    syn_i37 => "syn-i37-anxian",
    syn_h37 => "syn-h37-xiangcunrencai",
    syn_g37 => "syn-g37-anning",
    syn_f37 => "syn-f37-qingshaonian",
    syn_e37 => "syn-e37-fanghuo",
    syn_d37 => "syn-d37-lvyougonggong",
    syn_c37 => "syn-c37-fenlei",
    syn_b37 => "syn-b37-gongyehulianwang",
    syn_a37 => "syn-a37-wushui",
    syn_z36 => "syn-z36-xinlijiankang",
    syn_y36 => "syn-y36-dianti",
    syn_x36 => "syn-x36-baozhuang",
    syn_w36 => "syn-w36-weishengyuan",
    syn_v36 => "syn-v36-shangyewangdian",
    syn_u36 => "syn-u36-hunsu",
    syn_t36 => "syn-t36-puhuijinrong",
    syn_s36 => "syn-s36-xiaoyuantiyu",
    syn_r36 => "syn-r36-shehuihua",
    syn_p36 => "syn-p36-zhaijidi",
    syn_o36 => "syn-o36-zhengwugongkai",
    syn_n36 => "syn-n36-shuiwenhua",
    syn_m36 => "syn-m36-shenghuoquan",
    syn_l36 => "syn-l36-jicengyingji",
    syn_k36 => "syn-k36-jiancai",
    syn_j36 => "syn-j36-tushuguan",
    syn_i36 => "syn-i36-shilaohua",
    syn_h36 => "syn-h36-xiaoyuanshipin",
    syn_g36 => "syn-g36-jiaozheng",
    syn_f36 => "syn-f36-gongxiao",
    syn_e36 => "syn-e36-weishengrencai",
    syn_d36 => "syn-d36-xueliang",
    syn_c36 => "syn-c36-shengzhu",
    syn_b36 => "syn-b36-ertongfuli",
    syn_a36 => "syn-a36-shuishang",
    syn_z35 => "syn-z35-xiaowai",
    syn_y35 => "syn-y35-yanghu",
    syn_x35 => "syn-x35-gongshui",
    syn_w35 => "syn-w35-nongchang",
    syn_v35 => "syn-v35-zhaopai",
    syn_u35 => "syn-u35-shitang",
    syn_t35 => "syn-t35-tuiyi",
    syn_s35 => "syn-s35-gongce",
    syn_j34 => "syn-j34-gonggongyishu",
    syn_f34 => "syn-f34-jiazheng",
    syn_p35 => "syn-p35-gaobiaozhun",
    syn_k35 => "syn-k35-sanjiwuliu",
    syn_m35 => "syn-m35-gushu",
    syn_r35 => "syn-r35-shuiyuandi",
    syn_q35 => "syn-q35-shangquan",
    syn_o35 => "syn-o35-huizhan",
    syn_n35 => "syn-n35-shineng",
    syn_l35 => "syn-l35-minying",
    syn_q34 => "syn-q34-minsu",
    syn_g35 => "syn-g35-jianzhulaji",
    syn_j35 => "syn-j35-ertongyiliao",
    syn_d35 => "syn-d35-chengzhongcun",
    syn_i35 => "syn-i35-yiliaofeiwu",
    syn_h35 => "syn-h35-haiyangfangzai",
    syn_f35 => "syn-f35-zhihuishequ",
    syn_e35 => "syn-e35-nongmingong",
    syn_c35 => "syn-c35-shuiku",
    syn_w34 => "syn-w34-weifang",
    syn_v34 => "syn-v34-nongcunyanglao",
    syn_z34 => "syn-z34-jiedao",
    syn_b35 => "syn-b35-yingjiguangbo",
    syn_y34 => "syn-y34-chengshiyunxing",
    syn_x34 => "syn-x34-zhihuijiaotong",
    syn_u34 => "syn-u34-kejiyuanqu",
    syn_n34 => "syn-n34-zhongye2",
    syn_t34 => "syn-t34-shebao",
    syn_s34 => "syn-s34-wenchuang",
    syn_r34 => "syn-r34-jieshui2",
    syn_p34 => "syn-p34-ruanjian",
    syn_o34 => "syn-o34-ranqi",
    syn_m34 => "syn-m34-shequtiyu",
    syn_g34 => "syn-g34-dianying",
    syn_k34 => "syn-k34-huanjingzhifa",
    syn_l34 => "syn-l34-chuzuche",
    syn_i34 => "syn-i34-shuichan",
    syn_e34 => "syn-e34-qiche",
    syn_w33 => "syn-w33-louyu",
    syn_a34 => "syn-a34-kouan",
    syn_d34 => "syn-d34-xinfang",
    syn_c34 => "syn-c34-hangdao",
    syn_b34 => "syn-b34-jiguan",
    syn_z33 => "syn-z33-diming",
    syn_y33 => "syn-y33-afterschool",
    syn_x33 => "syn-x33-laozihao",
    syn_k32 => "syn-k32-laojiu",
    syn_q33 => "syn-q33-binan",
    syn_r33 => "syn-r33-yibao",
    syn_v33 => "syn-v33-xueqian",
    syn_u33 => "syn-u33-shuxiang",
    syn_t33 => "syn-t33-dikong",
    syn_s33 => "syn-s33-xiaozhen",
    syn_p33 => "syn-p33-shuwen",
    syn_o33 => "syn-o33-weihua",
    syn_n33 => "syn-n33-lvyou",
    syn_m33 => "syn-m33-qingnian",
    syn_l33 => "syn-l33-linzhang",
    syn_k33 => "syn-k33-guanxian",
    syn_j33 => "syn-j33-laodong",
    syn_i33 => "syn-i33-gengdi",
    syn_p31 => "syn-p31-jobsecurity",
    syn_h33 => "syn-h33-lishi",
    syn_g33 => "syn-g33-xinji",
    syn_f33 => "syn-f33-shequwei",
    syn_e33 => "syn-e33-gangkou",
    syn_d33 => "syn-d33-laji",
    syn_c33 => "syn-c33-canjiren",
    syn_b33 => "syn-b33-ronghe",
    syn_a33 => "syn-a33-feiyi",
    syn_z32 => "syn-z32-jieneng",
    syn_y32 => "syn-y32-tiyu",
    syn_x32 => "syn-x32-hezhang",
    syn_w32 => "syn-w32-shuzheng",
    syn_v32 => "syn-v32-shipin",
    syn_u32 => "syn-u32-nonglu",
    syn_t32 => "syn-t32-gongjijin",
    syn_s32 => "syn-s32-tuoyu",
    syn_x31 => "syn-x31-hrtalent",
    syn_r32 => "syn-r32-dianwang",
    syn_q32 => "syn-q32-tejiao",
    syn_p32 => "syn-p32-yejian",
    syn_o32 => "syn-o32-turang",
    syn_n32 => "syn-n32-laonian",
    syn_m32 => "syn-m32-shangye",
    syn_j32 => "syn-j32-jineng",
    syn_l32 => "syn-l32-qingneng",
    syn_i32 => "syn-i32-haiyang",
    syn_h32 => "syn-h32-jianshen",
    syn_g32 => "syn-g32-lenglian",
    syn_f32 => "syn-f32-wenhua",
    syn_e32 => "syn-e32-paishui",
    syn_w31 => "syn-w31-retrofit",
    syn_z31 => "syn-z31-communityfac",
    syn_d32 => "syn-d32-historicbldg",
    syn_c32 => "syn-c32-energy4",
    syn_b32 => "syn-b32-greennet",
    syn_a32 => "syn-a32-roadsparking",
    syn_y31 => "syn-y31-floods4",
    syn_v31 => "syn-v31-streetscape",
    syn_u31 => "syn-u31-parks4",
    syn_t31 => "syn-t31-publicfacilities",
    syn_s31 => "syn-s31-wetland3",
    syn_r31 => "syn-r31-housingsec3",
    syn_q31 => "syn-q31-transit3",
    syn_o31 => "syn-o31-lowcarbon3",
    syn_m31 => "syn-m31-heritage4",
    syn_l31 => "syn-l31-greenbuilding2",
    syn_k31 => "syn-k31-oldarea2",
    syn_j31 => "syn-j31-ecospace3",
    syn_i31 => "syn-i31-sponge3",
    syn_h31 => "syn-h31-transport4",
    syn_g31 => "syn-g31-cityscape3",
    syn_f31 => "syn-f31-carbon3",
    syn_e31 => "syn-e31-parkcity3",
    syn_b31 => "syn-b31-landspace",
    syn_a31 => "syn-a31-renewal4",
    syn_z30 => "syn-z30-riverrestore",
    syn_y30 => "syn-y30-medcare",
    syn_x30 => "syn-x30-consumption2",
    syn_w30 => "syn-w30-smartfarming",
    syn_v30 => "syn-v30-healthemergency",
    syn_t30 => "syn-t30-oldfactories",
    syn_s30 => "syn-s30-eduplaces",
    syn_r30 => "syn-r30-hazwaste",
    syn_q30 => "syn-q30-grainfields",
    syn_p30 => "syn-p30-urbanization2",
    syn_o30 => "syn-o30-ruraldrinking",
    syn_n30 => "syn-n30-bizenv3",
    syn_m30 => "syn-m30-digitalcore",
    syn_l30 => "syn-l30-youthjobs",
    syn_k30 => "syn-k30-countyseat",
    syn_j30 => "syn-j30-watersupply3",
    syn_i30 => "syn-i30-silvereconomy",
    syn_h30 => "syn-h30-watersociety",
    syn_g30 => "syn-g30-grassfire",
    syn_f30 => "syn-f30-creativeparks",
    syn_e30 => "syn-e30-ruralhousing2",
    syn_d30 => "syn-d30-communitygov",
    syn_c30 => "syn-c30-transithub",
    syn_b30 => "syn-b30-geothermal",
    syn_a30 => "syn-a30-highways",
    syn_z29 => "syn-z29-inclusiveeldercare",
    syn_y29 => "syn-y29-sanitationfacilities",
    syn_x29 => "syn-x29-shoppingdistricts",
    syn_w29 => "syn-w29-techschools",
    syn_v29 => "syn-v29-resettlers",
    syn_u29 => "syn-u29-windpower",
    syn_t29 => "syn-t29-techfinance",
    syn_s29 => "syn-s29-minerestore",
    syn_r29 => "syn-r29-prefab",
    syn_q29 => "syn-q29-familydoctor",
    syn_p29 => "syn-p29-datamarket",
    syn_o29 => "syn-o29-cityhealthcheck",
    syn_n29 => "syn-n29-lakes",
    syn_m29 => "syn-m29-salineland",
    syn_l29 => "syn-l29-ebike",
    syn_k29 => "syn-k29-campussafety",
    syn_j29 => "syn-j29-primaryhealth",
    syn_i29 => "syn-i29-forestwellness",
    syn_h29 => "syn-h29-pipelines",
    syn_g29 => "syn-g29-mediation",
    syn_f29 => "syn-f29-chempark",
    syn_e29 => "syn-e29-revitalization",
    syn_d29 => "syn-d29-govservices",
    syn_c29 => "syn-c29-agroprocessing",
    syn_b29 => "syn-b29-highschool",
    syn_a29 => "syn-a29-gaspipe",
    syn_z28 => "syn-z28-fishingport",
    syn_y28 => "syn-y28-socialwork",
    syn_x28 => "syn-x28-redheritage",
    syn_v28 => "syn-v28-blood",
    syn_u28 => "syn-u28-pairing",
    syn_t28 => "syn-t28-chips",
    syn_s28 => "syn-s28-zerowaste",
    syn_r28 => "syn-r28-justice",
    syn_q28 => "syn-q28-museums",
    syn_p28 => "syn-p28-testing",
    syn_o28 => "syn-o28-snowsports",
    syn_x27 => "syn-x27-gongjiao",
    syn_n28 => "syn-n28-zhaoming",
    syn_m28 => "syn-m28-yibao",
    syn_l28 => "syn-l28-shuili",
    syn_k28 => "syn-k28-gaizao",
    syn_j28 => "syn-j28-chuangxin",
    syn_i28 => "syn-i28-dizai",
    syn_h28 => "syn-h28-yiyao",
    syn_g28 => "syn-g28-lvfu",
    syn_f28 => "syn-f28-waimao",
    syn_e28 => "syn-e28-fanghong",
    syn_d28 => "syn-d28-yuedu",
    syn_c28 => "syn-c28-daqi",
    syn_b28 => "syn-b28-rencai",
    syn_a28 => "syn-a28-gangkou",
    syn_z27 => "syn-z27-tiyu",
    syn_y27 => "syn-y27-laji",
    syn_w27 => "syn-w27-zhongye",
    syn_v27 => "syn-v27-gengxin",
    syn_u27 => "syn-u27-xinli",
    syn_t27 => "syn-t27-dianshang",
    syn_s27 => "syn-s27-xiaofang",
    syn_r27 => "syn-r27-zhihui",
    syn_q27 => "syn-q27-turang",
    syn_p27 => "syn-p27-nongji",
    syn_o27 => "syn-o27-guidao",
    syn_n27 => "syn-n27-jiuye",
    syn_m27 => "syn-m27-wenwu",
    syn_l27 => "syn-l27-jieshui",
    syn_k27 => "syn-k27-zhucan",
    syn_j27 => "syn-j27-yanghu",
    syn_i27 => "syn-i27-qingneng",
    syn_f27 => "syn-f27-yejian",
    syn_e27 => "syn-e27-tanhui",
    syn_d27 => "syn-d27-tuoyu",
    syn_c27 => "syn-c27-haimian",
    syn_b27 => "syn-b27-lvyou",
    syn_a27 => "syn-a27-falv",
    syn_z26 => "syn-z26-hezhang",
    syn_y26 => "syn-y26-baozhang",
    syn_x26 => "syn-x26-liangshi",
    syn_v26 => "syn-v26-binzang",
    syn_u26 => "syn-u26-wuliu",
    syn_t26 => "syn-t26-shuzheng",
    syn_s26 => "syn-s26-shidi",
    syn_r26 => "syn-r26-shichang",
    syn_q26 => "syn-q26-fangzhen",
    syn_o26 => "syn-o26-gongre",
    syn_n26 => "syn-n26-tuiyi",
    syn_m26 => "syn-m26-dangan",
    syn_l26 => "syn-l26-qixiang",
    syn_k26 => "syn-k26-zhichan",
    syn_m25 => "syn-m25-onenet",
    syn_j26 => "syn-j26-ecocivil",
    syn_i26 => "syn-i26-countytransport",
    syn_h26 => "syn-h26-employment3",
    syn_g26 => "syn-g26-emergencysupplies2",
    syn_d26 => "syn-d26-newinfra2",
    syn_c26 => "syn-c26-touristfacilities",
    syn_b26 => "syn-b26-geoinfo",
    syn_z25 => "syn-z25-exhibitions2",
    syn_y25 => "syn-y25-ruralwater2",
    syn_x25 => "syn-x25-culturalind",
    syn_w25 => "syn-w25-civildefense3",
    syn_v25 => "syn-v25-landconsol",
    syn_u25 => "syn-u25-agefriendly",
    syn_t25 => "syn-t25-countycommerce",
    syn_s25 => "syn-s25-consumption",
    syn_r25 => "syn-r25-drainage3",
    syn_q25 => "syn-q25-ruraltalent",
    syn_p25 => "syn-p25-schools2",
    syn_o25 => "syn-o25-greenway3",
    syn_n25 => "syn-n25-coldchain2",
    syn_l25 => "syn-l25-transitmerge",
    syn_k25 => "syn-k25-scipop3",
    syn_j25 => "syn-j25-forestfire2",
    syn_i25 => "syn-i25-skills",
    syn_h25 => "syn-h25-lighting3",
    syn_g25 => "syn-g25-irrigation",
    syn_f25 => "syn-f25-opendata",
    syn_e25 => "syn-e25-population2",
    syn_d25 => "syn-d25-flashflood",
    syn_c25 => "syn-c25-incubators",
    syn_b25 => "syn-b25-workers",
    syn_a25 => "syn-a25-drugsupply",
    syn_z24 => "syn-z24-animalhealth",
    syn_y24 => "syn-y24-foodwaste",
    syn_x24 => "syn-x24-beidou",
    syn_w24 => "syn-w24-smallhydro",
    syn_v24 => "syn-v24-ruraltourism",
    syn_u24 => "syn-u24-constech",
    syn_s24 => "syn-s24-emissions",
    syn_r24 => "syn-r24-distribution",
    syn_q24 => "syn-q24-ruralenv",
    syn_p24 => "syn-p24-watersecurity",
    syn_o24 => "syn-o24-rehab",
    syn_n24 => "syn-n24-fuelstations",
    syn_m24 => "syn-m24-elevators",
    syn_l24 => "syn-l24-brands",
    syn_k24 => "syn-k24-nutrition",
    syn_i24 => "syn-i24-toilets",
    syn_h24 => "syn-h24-eduit",
    syn_g24 => "syn-g24-bridges",
    syn_e24 => "syn-e24-underforest",
    syn_d24 => "syn-d24-bigdata",
    syn_c24 => "syn-c24-vegetables",
    syn_b24 => "syn-b24-grid",
    syn_a24 => "syn-a24-resettle",
    syn_x23 => "syn-x23-defense",
    syn_w23 => "syn-w23-ems",
    syn_v23 => "syn-v23-agriquality",
    syn_u23 => "syn-u23-groundwater",
    syn_t23 => "syn-t23-solarpv",
    syn_s23 => "syn-s23-transit",
    syn_r23 => "syn-r23-reading",
    syn_q23 => "syn-q23-ports2",
    syn_l23 => "syn-l23-pubculture2",
    syn_p23 => "syn-p23-fitness2",
    syn_n23 => "syn-n23-housingfund2",
    syn_k23 => "syn-k23-ruralroads2",
    syn_i23 => "syn-i23-multimodal",
    syn_h23 => "syn-h23-hrservices",
    syn_g23 => "syn-g23-familyedu",
    syn_f23 => "syn-f23-express",
    syn_e23 => "syn-e23-homestay",
    syn_d23 => "syn-d23-hydrology",
    syn_c23 => "syn-c23-smartagri",
    syn_b23 => "syn-b23-herbs",
    syn_a23 => "syn-a23-forestchief",
    syn_z22 => "syn-z22-software",
    syn_y22 => "syn-y22-cdc",
    syn_x22 => "syn-x22-patriotichealth",
    syn_w22 => "syn-w22-pubtrading",
    syn_v22 => "syn-v22-ruralecom",
    syn_u22 => "syn-u22-bamboo",
    syn_t22 => "syn-t22-hydrogen",
    syn_s22 => "syn-s22-occhealth",
    syn_d22 => "syn-d22-alltourism",
    syn_r22 => "syn-r22-tea",
    syn_p22 => "syn-p22-radio",
    syn_o22 => "syn-o22-senioredu",
    syn_n22 => "syn-n22-hazchem",
    syn_m22 => "syn-m22-mentalhealth",
    syn_l22 => "syn-l22-coop",
    syn_k22 => "syn-k22-ethnic",
    syn_f22 => "syn-f22-publicsafety",
    syn_i22 => "syn-i22-sciliteracy2",
    syn_h22 => "syn-h22-happyrivers",
    syn_j22 => "syn-j22-veterans2",
    syn_g22 => "syn-g22-housingsecurity2",
    syn_e22 => "syn-e22-energy3",
    syn_c22 => "syn-c22-oldcommunities",
    syn_b22 => "syn-b22-ruralhabitat",
    syn_a22 => "syn-a22-waterway",
    syn_z21 => "syn-z21-sportsindustry",
    syn_y21 => "syn-y21-marketreg",
    syn_x21 => "syn-x21-communityservice",
    syn_w21 => "syn-w21-cyber",
    syn_v21 => "syn-v21-farmland3",
    syn_u21 => "syn-u21-medsecurity",
    syn_t21 => "syn-t21-education3",
    syn_s21 => "syn-s21-infrastructure",
    syn_r21 => "syn-r21-tradeflow",
    syn_q21 => "syn-q21-waterefficiency",
    syn_p21 => "syn-p21-metrology",
    syn_o21 => "syn-o21-industrialparks",
    syn_n21 => "syn-n21-countyhealth",
    syn_m21 => "syn-m21-culturetourism",
    syn_v20 => "syn-v20-watersaving",
    syn_o20 => "syn-o20-drainage",
    syn_y20 => "syn-y20-heritage",
    syn_c20 => "syn-c20-ich",
    syn_l21 => "syn-l21-noise",
    syn_k21 => "syn-k21-digitalvillage",
    syn_j21 => "syn-j21-socialorgs",
    syn_i21 => "syn-i21-railtransit",
    syn_a21 => "syn-a21-ecoprotect",
    syn_h21 => "syn-h21-biodiversity",
    syn_g21 => "syn-g21-coldchain",
    syn_f21 => "syn-f21-antidrug",
    syn_e21 => "syn-e21-specialedu",
    syn_d21 => "syn-d21-parkcity",
    syn_c21 => "syn-c21-lowcarbon",
    syn_b21 => "syn-b21-parking",
    syn_u20 => "syn-u20-talent",
    syn_z20 => "syn-z20-housingdev",
    syn_w20 => "syn-w20-urbanrenewal",
    syn_x20 => "syn-x20-firesafety",
    syn_t20 => "syn-t20-transport",
    syn_s20 => "syn-s20-eldercare",
    syn_r20 => "syn-r20-publicculture",
    syn_q20 => "syn-q20-watersupply",
    syn_p20 => "syn-p20-commerce",
    syn_n20 => "syn-n20-healthservice",
    syn_m20 => "syn-m20-greenway",
    syn_l20 => "syn-l20-emergencystock",
    syn_k20 => "syn-k20-oldhousing",
    syn_j20 => "syn-j20-innovation",
    syn_i20 => "syn-i20-sportsvenue",
    syn_h20 => "syn-h20-ecorestore",
    syn_g20 => "syn-g20-socialaid",
    syn_f20 => "syn-f20-riverlake",
    syn_e20 => "syn-e20-lowaltitude",
    syn_d20 => "syn-d20-lifelong",
    syn_b20 => "syn-b20-solidwaste",
    syn_a20 => "syn-a20-digitalgov",
    syn_z19 => "syn-z19-tcm",
    syn_y19 => "syn-y19-womenchild",
    syn_x19 => "syn-x19-agrimodern",
    syn_w19 => "syn-w19-smartcity",
    syn_v19 => "syn-v19-fitness",
    syn_u19 => "syn-u19-education2",
    syn_m19 => "syn-m19-energysaving",
    syn_t19 => "syn-t19-services",
    syn_s19 => "syn-s19-ruralliving",
    syn_q19 => "syn-q19-credit2",
    syn_o19 => "syn-o19-citymgmt",
    syn_l19 => "syn-l19-vocational",
    syn_k19 => "syn-k19-earthquake",
    syn_j19 => "syn-j19-biopharma",
    syn_h19 => "syn-h19-exhibition",
    syn_f19 => "syn-f19-nighteconomy",
    syn_e19 => "syn-e19-postal",
    syn_b19 => "syn-b19-wetland",
    syn_z18 => "syn-z18-port",
    syn_y18 => "syn-y18-seeds",
    syn_x18 => "syn-x18-quality",
    syn_t18 => "syn-t18-youth",
    syn_r18 => "syn-r18-sponge",
    syn_o18 => "syn-o18-archives",
    syn_n18 => "syn-n18-civility",
    syn_m18 => "syn-m18-commerce",
    syn_l18 => "syn-l18-geohazard",
    syn_k18 => "syn-k18-manufacturing",
    syn_j18 => "syn-j18-foodsafety",
    syn_i18 => "syn-i18-veterans",
    syn_h18 => "syn-h18-weather",
    syn_g18 => "syn-g18-housing",
    syn_f18 => "syn-f18-farmland",
    syn_e18 => "syn-e18-talent",
    syn_d18 => "syn-d18-energy",
    syn_c18 => "syn-c18-lawgov",
    syn_b18 => "syn-b18-logistics",
    syn_a18 => "syn-a18-forestry",
    syn_z17 => "syn-z17-renewal",
    syn_y17 => "syn-y17-water",
    syn_a17 => "syn-a17-transport",
    syn_w17 => "syn-w17-relics",
    syn_v17 => "syn-v17-scipop",
    syn_u17 => "syn-u17-citymgmt",
    syn_t17 => "syn-t17-tcm",
    syn_s17 => "syn-s17-jobs",
    syn_r17 => "syn-r17-newinfra",
    syn_q17 => "syn-q17-parking2",
    syn_p17 => "syn-p17-greenspace",
    syn_o17 => "syn-o17-safety",
    syn_m17 => "syn-m17-credit",
    syn_l17 => "syn-l17-access",
    syn_k17 => "syn-k17-renewal2",
    syn_j17 => "syn-j17-marine",
    syn_i17 => "syn-i17-market2",
    syn_h17 => "syn-h17-flood",
    syn_g17 => "syn-g17-ipr",
    syn_f17 => "syn-f17-civil",
    syn_e17 => "syn-e17-grain",
    syn_d17 => "syn-d17-finance",
    syn_c17 => "syn-c17-publichealth",
    syn_b17 => "syn-b17-ecoenv",
    syn_z16 => "syn-z16-outline",
    syn_y16 => "syn-y16-childcare",
    syn_x16 => "syn-x16-carbonpeak",
    syn_w16 => "syn-w16-labour",
    syn_v16 => "syn-v16-market",
    syn_u16 => "syn-u16-eldercare",
    syn_t16 => "syn-t16-sports",
    syn_r16 => "syn-r16-tourism",
    syn_n16 => "syn-n16-commerce",
    syn_l16 => "syn-l16-education",
    syn_k16 => "syn-k16-health",
    syn_g16 => "syn-g16-heritage3",
    syn_j15 => "syn-j15-cityscape2",
    syn_i16 => "syn-i16-greenway",
    syn_j16 => "syn-j16-construction",
    syn_h16 => "syn-h16-watersupply2",
    syn_f16 => "syn-f16-sanitation2",
    syn_d16 => "syn-d16-lighting2",
    syn_c16 => "syn-c16-roads",
    syn_b16 => "syn-b16-sports3",
    syn_z15 => "syn-z15-charging",
    syn_x15 => "syn-x15-retail2",
    syn_w15 => "syn-w15-healthfacilities",
    syn_v15 => "syn-v15-schools",
    syn_t15 => "syn-t15-oldarea",
    syn_s15 => "syn-s15-forest2",
    syn_r15 => "syn-r15-slowtraffic",
    syn_q15 => "syn-q15-rivers2",
    syn_p15 => "syn-p15-solidwaste",
    syn_o15 => "syn-o15-sponge2",
    syn_n15 => "syn-n15-underground2",
    syn_m15 => "syn-m15-civildefense",
    syn_f15 => "syn-f15-ecoenv2",
    syn_l15 => "syn-l15-renewal3",
    syn_k15 => "syn-k15-property",
    syn_i15 => "syn-i15-farmland2",
    syn_h15 => "syn-h15-parking2",
    syn_g15 => "syn-g15-watersaving2",
    syn_e15 => "syn-e15-citymgmt2",
    syn_j14 => "syn-j14-oldhousing",
    syn_d15 => "syn-d15-parkcity2",
    syn_c15 => "syn-c15-housing4",
    syn_b15 => "syn-b15-water3",
    syn_a15 => "syn-a15-lowcarbon",
    syn_z14 => "syn-z14-transport2",
    syn_y14 => "syn-y14-ecospace2",
    syn_x14 => "syn-x14-landuse",
    syn_w14 => "syn-w14-greenbuilding",
    syn_m14 => "syn-m14-housingsecurity",
    syn_u14 => "syn-u14-urbanregeneration",
    syn_v14 => "syn-v14-stormwater",
    syn_s14 => "syn-s14-ruralhousing",
    syn_e14 => "syn-e14-villages",
    syn_p14 => "syn-p14-greenspace",
    syn_o14 => "syn-o14-historicbuildings",
    syn_l14 => "syn-l14-floodcontrol",
    syn_k14 => "syn-k14-firestations",
    syn_i14 => "syn-i14-rainwater",
    syn_h14 => "syn-h14-cityscape",
    syn_g14 => "syn-g14-shantytown",
    syn_f14 => "syn-f14-firerescue",
    syn_c14 => "syn-c14-utilitytunnel",
    syn_a14 => "syn-a14-disaster",
    syn_v13 => "syn-v13-urbanrenewal",
    syn_y13 => "syn-y13-waterlogging",
    syn_x13 => "syn-x13-forestcity",
    syn_u13 => "syn-u13-rental",
    syn_t13 => "syn-t13-sewage",
    syn_s13 => "syn-s13-firesafety",
    syn_m13 => "syn-m13-housing",
    syn_q13 => "syn-q13-water",
    syn_l13 => "syn-l13-drainage",
    syn_r13 => "syn-r13-flood",
    syn_n13 => "syn-n13-renewal",
    syn_p13 => "syn-p13-parks",
    syn_o13 => "syn-o13-heritage",
    syn_k13 => "syn-k13-fire",
    syn_i13 => "syn-i13-fire",
    syn_h13 => "syn-h13-renewal",
    syn_g13 => "syn-g13-water",
    syn_f13 => "syn-f13-landscape",
    syn_e13 => "syn-e13-housing",
    syn_d13 => "syn-d13-flood",
    syn_b13 => "syn-b13-heritage",
    syn_a13 => "syn-a13-greening",
    syn_z12 => "syn-z12-renewal",
    syn_y12 => "syn-y12-housing",
    syn_x12 => "syn-x12-water",
    syn_w12 => "syn-w12-fire",
    syn_v12 => "syn-v12-shelters",
    syn_r12 => "syn-r12-heritage",
    syn_q12 => "syn-q12-housing",
    syn_p12 => "syn-p12-water",
    syn_o12 => "syn-o12-fire",
    syn_n12 => "syn-n12-renewal",
    syn_m12 => "syn-m12-forest",
    syn_l12 => "syn-l12-villages",
    syn_k12 => "syn-k12-shantytown",
    syn_j12 => "syn-j12-water",
    syn_i12 => "syn-i12-fire",
    syn_h12 => "syn-h12-safety",
    syn_g12 => "syn-g12-drainage",
    syn_f12 => "syn-f12-greening",
    syn_e12 => "syn-e12-heritage",
    syn_d12 => "syn-d12-renewal",
    syn_c12 => "syn-c12-housing",
    syn_b12 => "syn-b12-water",
    syn_a12 => "syn-a12-fire",
    syn_u11 => "syn-u11-rivers",
    syn_v11 => "syn-v11-village",
    syn_q11 => "syn-q11-rental",
    syn_t11 => "syn-t11-fire3",
    syn_s11 => "syn-s11-flood",
    syn_r11 => "syn-r11-heritage2",
    syn_n11 => "syn-n11-water2",
    syn_o11 => "syn-o11-renewal2",
    syn_m11 => "syn-m11-fire2",
    syn_k11 => "syn-k11-ecospace",
    syn_l11 => "syn-l11-eldercare",
    syn_j11 => "syn-j11-transport",
    syn_i11 => "syn-i11-affordable",
    syn_h11 => "syn-h11-greening",
    syn_g11 => "syn-g11-renewal",
    syn_d11 => "syn-d11-housing",
    syn_f11 => "syn-f11-water",
    syn_e11 => "syn-e11-heritage",
    syn_c11 => "syn-c11-fire",
    syn_a11 => "syn-a11-credit",
    syn_b11 => "syn-b11-energysaving",
    syn_z10 => "syn-z10-ecoenv",
    syn_x10 => "syn-x10-barrierfree",
    syn_w10 => "syn-w10-women",
    syn_v10 => "syn-v10-chronicles",
    syn_t10 => "syn-t10-airdefense",
    syn_u10 => "syn-u10-legalservices",
    syn_r10 => "syn-r10-socialaid",
    syn_q10 => "syn-q10-retail",
    syn_s10 => "syn-s10-scitech",
    syn_p10 => "syn-p10-qiaowu",
    syn_o10 => "syn-o10-farmmachinery",
    syn_n10 => "syn-n10-lighting",
    syn_l10 => "syn-l10-forestfire",
    syn_k10 => "syn-k10-air",
    syn_j10 => "syn-j10-quality",
    syn_g10 => "syn-g10-parkcity",
    syn_i10 => "syn-i10-ruralwater",
    syn_h10 => "syn-h10-drugsafety",
    syn_f10 => "syn-f10-digitaleconomy",
    syn_e10 => "syn-e10-audit",
    syn_d10 => "syn-d10-nev",
    syn_c10 => "syn-c10-ports",
    syn_a10 => "syn-a10-livestock",
    syn_x9 => "syn-x9-geohazard",
    syn_v9 => "syn-v9-heating",
    syn_z9 => "syn-z9-seedindustry",
    syn_y9 => "syn-y9-preschool",
    syn_w9 => "syn-w9-wastesorting",
    syn_q9 => "syn-q9-waterresources",
    syn_r9 => "syn-r9-talenthousing",
    syn_s9 => "syn-s9-inlandport",
    syn_t9 => "syn-t9-volunteer",
    syn_u9 => "syn-u9-grainlogistics",
    syn_n9 => "syn-n9-township",
    syn_m9 => "syn-m9-openingup",
    syn_o9 => "syn-o9-ruralliving",
    syn_l9 => "syn-l9-climate",
    syn_p9 => "syn-p9-chronicles",
    syn_g9 => "syn-g9-biomedicine",
    syn_h9 => "syn-h9-energystorage",
    syn_i9 => "syn-i9-publichealth",
    syn_j9 => "syn-j9-underground",
    syn_k9 => "syn-k9-annualprojects",
    syn_c9 => "syn-c9-minerals",
    syn_d9 => "syn-d9-childfriendly",
    syn_e9 => "syn-e9-drainage",
    syn_b9 => "syn-b9-evcharging",
    syn_f9 => "syn-f9-markets",
    syn_w8 => "syn-w8-funeral",
    syn_x8 => "syn-x8-soilconservation",
    syn_z8 => "syn-z8-airport",
    syn_a9 => "syn-a9-homeservices",
    syn_y8 => "syn-y8-privateeconomy",
    syn_b8 => "syn-b8-foodsafety",
    syn_w7 => "syn-w7-market",
    syn_v7 => "syn-v7-civil",
    syn_u7 => "syn-u7-sports",
    syn_i7 => "syn-i7-housing",
    syn_q7 => "syn-q7-health",
    syn_r7 => "syn-r7-tourism",
    syn_s7 => "syn-s7-science",
    syn_t7 => "syn-t7-emergency",
    syn_l7 => "syn-l7-elderly",
    syn_m7 => "syn-m7-ecoenv",
    syn_n7 => "syn-n7-transport",
    syn_o7 => "syn-o7-education",
    syn_p7 => "syn-p7-commerce",
    syn_g7 => "syn-g7-fire",
    syn_j7 => "syn-j7-renewal",
    syn_d7 => "syn-d7-housing",
    syn_c7 => "syn-c7-water",
    syn_f7 => "syn-f7-greening",
}

// ------------------------------------------------------------------------------------------------
// The truth itself

/// Every fixture has its test above, and every corpus plan has a fixture.
#[test]
fn every_plan_has_its_truth_and_its_test() {
    let fixtures: BTreeSet<String> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".toml").map(str::to_string))
        .collect();
    let tested: BTreeSet<String> = STEMS.iter().map(|s| s.to_string()).collect();
    assert_eq!(fixtures, tested, "fixtures vs. test functions");
    let corpus: BTreeSet<String> = std::fs::read_dir(corpus_dir())
        .unwrap_or_else(|e| panic!("{}: {e}", corpus_dir().display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_string))
        .collect();
    assert_eq!(corpus.len(), 14, "the corpus has 14 plans");
    for stem in &corpus {
        assert!(fixtures.contains(stem), "{stem}.txt has no ground truth");
        assert_eq!(load_truth(stem).file, format!("{stem}.txt"));
    }
}

/// The truth agrees with its source: every heading starts a line of the body, in order; every
/// title, caption, 专栏, annex, issuer and sample cell is text of the source; the sample rows have
/// one cell per column; the date is the one written in the text.
#[test]
fn the_truth_is_taken_from_its_source() {
    let mut problems = Vec::new();
    for stem in STEMS {
        let truth = load_truth(stem);
        let src = std::fs::read_to_string(source_path(&truth)).unwrap();
        let lines: Vec<String> = src.lines().map(squash).collect();
        let all = squash(&src);
        let body = truth.body_line.saturating_sub(1);
        let mut p = |what: String| problems.push(format!("{stem}: {what}"));
        let mut at = body;
        for h in &truth.heading {
            if !(1..=4).contains(&h.level) {
                p(format!("heading {:?}: level {}", h.text, h.level));
            }
            let key = squash(&h.text);
            // A heading starts a line, or a line and the next one or two hold it (a number and
            // its title on two lines, or a title that runs on).
            let starts_at = |i: usize| {
                let mut joined = lines[i].clone();
                let mut next = (i + 1..lines.len())
                    .filter(|&j| !lines[j].is_empty())
                    .take(2);
                while !joined.is_empty() && key.starts_with(&joined) && joined != key {
                    match next.next() {
                        Some(j) => joined.push_str(&lines[j]),
                        None => break,
                    }
                }
                joined.starts_with(&key)
            };
            match (at..lines.len()).find(|&i| starts_at(i)) {
                Some(i) => at = i + 1,
                None => p(format!(
                    "heading {:?} does not start a line after line {at}",
                    h.text
                )),
            }
        }
        let texts = std::iter::once(&truth.title)
            .chain(&truth.issuers)
            .chain(truth.box_list.iter().map(|b| &b.title))
            .chain(truth.annex.iter().map(|a| &a.title))
            .chain(truth.table.iter().map(|t| &t.caption))
            .chain(truth.table.iter().flat_map(|t| &t.columns))
            .chain(
                truth
                    .table
                    .iter()
                    .flat_map(|t| &t.sample)
                    .flat_map(|s| &s.cells),
            );
        for t in texts {
            if !all.contains(&squash(t)) && !wrapped_cell(&squash(t), &src) {
                p(format!("{t:?} is not in the source"));
            }
        }
        for t in &truth.table {
            for s in &t.sample {
                if s.cells.len() != t.columns.len() {
                    p(format!("sample {:?}: {} columns", s.cells, t.columns.len()));
                }
            }
            if let Some(m) = &t.merged {
                if !t.columns.contains(m) {
                    p(format!("merged column {m:?} is not a column"));
                }
            }
        }
        if let Some(d) = &truth.date {
            let parts: Vec<u32> = d.split('-').filter_map(|x| x.parse().ok()).collect();
            match parts.as_slice() {
                [y, m, day] => {
                    // (Or in Chinese numerals, `二〇二一年十二月十日`.)
                    let cn = format!(
                        "{}年{}月{}日",
                        cn_digits(*y),
                        cn_number(*m),
                        cn_number(*day)
                    );
                    // (Or in full-width digits, `２０２１年１２月３０日`.)
                    let digits = format!("{y}年{m}月{day}日");
                    let wide: String = digits
                        .chars()
                        .map(|c| match c.to_digit(10) {
                            Some(v) => char::from_u32('０' as u32 + v).unwrap_or(c),
                            None => c,
                        })
                        .collect();
                    if !all.contains(&digits)
                        && !all.contains(d.as_str())
                        && !all.contains(&cn)
                        && !all.contains(&wide)
                    {
                        p(format!("date {d} is not written in the source"));
                    }
                }
                // A notice or a cover dated by its month only (`2021年12月`, `二〇二二年三月`).
                [y, m] => {
                    let cn = format!("{}年{}月", cn_digits(*y), cn_number(*m));
                    if !all.contains(&format!("{y}年{m}月")) && !all.contains(&cn) {
                        p(format!("date {d} is not written in the source"));
                    }
                }
                _ => p(format!("date {d} is not YYYY-MM-DD or YYYY-MM")),
            }
        }
        if let Some(n) = &truth.doc_number {
            if !all.contains(&squash(n)) {
                p(format!("document number {n} is not in the source"));
            }
        }
        if truth.body_line == 0 || truth.body_line > lines.len() {
            p(format!("body_line {} outside the text", truth.body_line));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A cell of a table aligned with spaces wrapped onto the next lines (`2025年` over `目标值`,
/// `2.编纂《…》等专` over `题志`): its start is a cell of one line (cells apart by runs of two
/// spaces) and each of its next parts a cell of one of the two lines after the part before.
fn wrapped_cell(cell: &str, src: &str) -> bool {
    let rows: Vec<Vec<String>> = src.lines().map(space_cells).collect();
    // The rest of the cell from the line after `at`: one part, or a part and what follows it.
    fn rest_from(rest: &str, at: usize, rows: &[Vec<String>], depth: usize) -> bool {
        rows.iter()
            .enumerate()
            .skip(at + 1)
            .take(2)
            .any(|(i, row)| {
                row.iter().any(|c| {
                    c == rest
                        || (depth > 0
                            && rest.len() > c.len()
                            && rest.starts_with(c.as_str())
                            && rest_from(&rest[c.len()..], i, rows, depth - 1))
                })
            })
    }
    rows.iter().enumerate().any(|(i, row)| {
        row.iter().any(|head| {
            cell.len() > head.len()
                && cell.starts_with(head.as_str())
                && rest_from(&cell[head.len()..], i, &rows, 2)
        })
    })
}

/// A year in Chinese digits: 2021 → 二〇二一.
fn cn_digits(n: u32) -> String {
    const D: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    n.to_string()
        .chars()
        .filter_map(|c| c.to_digit(10).map(|d| D[d as usize]))
        .collect()
}

/// A month or day in Chinese numerals: 10 → 十, 12 → 十二, 23 → 二十三.
fn cn_number(n: u32) -> String {
    let unit = |d: u32| cn_digits(d);
    match n {
        0..=9 => unit(n),
        10 => "十".into(),
        11..=19 => format!("十{}", unit(n % 10)),
        _ if n.is_multiple_of(10) => format!("{}十", unit(n / 10)),
        _ => format!("{}十{}", unit(n / 10), unit(n % 10)),
    }
}
