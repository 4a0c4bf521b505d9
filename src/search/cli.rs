//! What `plansite search`, `plansite search-index` and `plansite analyze` do, kept out of
//! main.rs: loading a site, answering a query with tantivy, printing the answer.

use super::analyzer::analyze;
use super::index::{build, SearchOptions, SearchResults};
use super::query::{match_spans, parse};
use crate::error::{Error, Result};
use crate::model::Site;
use std::fmt::Write as _;
use std::path::Path;

/// Loads a site from a content folder, or from a JSON file of the plan model (test fixtures).
pub fn load_site(content: &Path) -> Result<Site> {
    if content.extension().is_some_and(|e| e == "json") {
        let text = std::fs::read_to_string(content).map_err(|e| Error::io(content, e))?;
        serde_json::from_str(&text).map_err(|e| Error::in_file(content, e.to_string()))
    } else {
        crate::content::load_site(content)
    }
}

/// Answers `query` over the site in `content`, with an index built in memory.
pub fn search(content: &Path, query: &str, opts: &SearchOptions) -> Result<SearchResults> {
    let site = load_site(content)?;
    build(&site)?.search(query, opts)
}

/// Writes only the search export of the site in `content` under `out/search/`, as the build does.
pub fn write_export(content: &Path, out: &Path) -> Result<super::export::ExportSummary> {
    let site = load_site(content)?;
    super::write_index(&site, &crate::sink::Folder(out.to_path_buf()))
}

/// The answer as text: a summary line, then each hit with its place, link, citation (an
/// indicator row's names the row, as on the search page) and snippet, the matching words
/// between 【】.
pub fn format_text(r: &SearchResults) -> String {
    let mut out = String::new();
    let per_plan: Vec<String> = r.per_plan.iter().map(|(p, n)| format!("{p} {n}")).collect();
    let _ = writeln!(
        out,
        "{} results for {} ({})",
        r.total,
        r.query,
        per_plan.join(", ")
    );
    let clauses = parse(&r.query);
    for (i, h) in r.hits.iter().enumerate() {
        let _ = writeln!(
            out,
            "{:>3}. {:.4}  {}  {}  {}\n     {}\n     {}\n     {}",
            i + 1,
            h.score,
            h.plan,
            h.kind,
            h.title,
            h.url,
            h.citation,
            snippet(&h.text, &match_spans(&h.text, &clauses), 60)
        );
    }
    out
}

/// Up to `context` characters either side of the first match, matches marked with 【】.
pub fn snippet(text: &str, spans: &[(usize, usize)], context: usize) -> String {
    let first = spans.first().map_or(0, |s| s.0);
    let start = text[..first]
        .char_indices()
        .rev()
        .nth(context.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let end = text[first..]
        .char_indices()
        .nth(context * 2)
        .map_or(text.len(), |(i, _)| first + i);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut at = start;
    for &(a, b) in spans.iter().filter(|s| s.0 >= start && s.1 <= end) {
        out.push_str(&text[at..a]);
        out.push('【');
        out.push_str(&text[a..b]);
        out.push('】');
        at = b;
    }
    out.push_str(&text[at..end]);
    if end < text.len() {
        out.push('…');
    }
    out
}

/// For each line, as one JSON line: the analyzer's terms `[[term, position], …]` and the query
/// clauses `[[[offset, term], …], …]` (for the client's analyzer test).
pub fn analyze_lines(input: &str) -> String {
    let mut out = String::new();
    for line in input.lines() {
        let terms: Vec<(String, u32)> = analyze(line)
            .into_iter()
            .map(|t| (t.text, t.position))
            .collect();
        let clauses: Vec<Vec<(u32, String)>> = parse(line).into_iter().map(|c| c.terms).collect();
        let row = serde_json::json!({ "terms": terms, "clauses": clauses });
        out.push_str(&row.to_string());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_mark_matches_and_cut_long_text() {
        let text = format!("{}长期护理保险{}", "甲".repeat(100), "乙".repeat(100));
        let spans = match_spans(&text, &parse("护理保险"));
        let s = snippet(&text, &spans, 10);
        assert_eq!(
            s,
            format!("…{}长期【护理保险】{}…", "甲".repeat(8), "乙".repeat(16))
        );
    }
}
