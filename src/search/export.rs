//! The browser export: reads the tantivy index back (term dictionary, postings with positions,
//! field norms, token totals, stored fields) and writes it under `search/` so that a query word
//! is answered by one file, and the snippets of its hits by one more. The format is described
//! in `docs/search-index.md`; the browser client reads it in `themes/default/static/search.js`.
//!
//! Files are keyed by the **first character** of a token (a CJK character, or the first letter
//! or digit of a Latin/digit word):
//! - `m/KEY.js`: every occurrence of a token with that first character, with the tokens of the
//!   [`WINDOW`] positions after it, read back from tantivy's postings (positions, gaps left by
//!   punctuation), the document frequency of every term in those windows, and each document's
//!   field norm and kind: a query word starting with that character is matched, and ranked with
//!   BM25 exactly as tantivy ranks it, from this file alone;
//! - `x/KEY.js`: for the same documents, url, breadcrumb and citation, and the stored text
//!   around each occurrence (snippets).
//!
//! Each file is `window.__plansiteData("NAME", JSON);` so the client can load it with a
//! `<script>` element, which works from `file://` and under
//! `Content-Security-Policy: default-src 'self'`. `manifest.json` describes the whole export
//! (for tools).

use super::analyzer::{analyze, char_class, CharClass};
use super::index::{DocKind, SearchIndex};
use crate::error::{Error, Result};
use serde::Serialize;
use serde_json::{json, Value as Json};
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;
use tantivy::postings::Postings;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, DocSet, TantivyDocument, TERMINATED};

/// Version of the export format.
pub const FORMAT_VERSION: u32 = 2;
/// Positions kept after each occurrence: a word of up to `WINDOW + 1` positions is matched
/// from the file of its first character alone; longer words use one file per piece.
pub const WINDOW: u32 = 7;
/// Characters of stored text kept before and after each occurrence for snippets.
pub const SNIPPET_BEFORE: usize = 16;
pub const SNIPPET_AFTER: usize = 48;

/// The key of a token: its first character.
pub fn key_of(token: &str) -> char {
    token.chars().next().unwrap_or(' ')
}

/// File name (without extension) of the match file of a key: `m/` and the code point in hex.
pub fn match_name(key: char) -> String {
    format!("m/{:x}", key as u32)
}

/// File name (without extension) of the snippet file of a key.
pub fn snippet_name(key: char) -> String {
    format!("x/{:x}", key as u32)
}

/// Whether a term is a CJK bigram (two CJK characters) rather than a unigram or a word.
pub fn is_bigram(term: &str) -> bool {
    let mut chars = term.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(a), Some(b), None) if char_class(a) == CharClass::Cjk && char_class(b) == CharClass::Cjk
    )
}

/// Whether a token (a unigram or a word) is a CJK character.
pub fn is_cjk_token(token: &str) -> bool {
    char_class(key_of(token)) == CharClass::Cjk
}

/// Digits of the compact number strings: 90 printable ASCII characters that need no escape in
/// JSON or JavaScript (`#` to `}` without `\\`). A number is written in base 45, most
/// significant digit first: every digit but the last from the upper 45, the last from the lower.
fn digit(i: u64) -> char {
    let c = 0x23 + i as u32;
    char::from_u32(if c >= 0x5c { c + 1 } else { c }).unwrap_or('#')
}

/// Appends `v` to a compact number string.
pub fn push_num(out: &mut String, mut v: u64) {
    let mut digits = vec![v % 45];
    v /= 45;
    while v > 0 {
        digits.push(v % 45);
        v /= 45;
    }
    for (i, d) in digits.iter().enumerate().rev() {
        out.push(digit(if i == 0 { *d } else { 45 + d }));
    }
}

/// Reads a compact number string back.
pub fn read_nums(s: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut v = 0u64;
    for c in s.chars() {
        let mut i = c as u64 - 0x23;
        if c as u32 > 0x5c {
            i -= 1;
        }
        if i >= 45 {
            v = v * 45 + (i - 45);
        } else {
            out.push(v * 45 + i);
            v = 0;
        }
    }
    out
}

/// One posting as read back from tantivy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Posting {
    pub doc: u32,
    pub positions: Vec<u32>,
}

/// The whole index as read back from tantivy, before it is cut into files.
#[derive(Debug, Clone, Default)]
pub struct ReadBack {
    pub num_docs: u32,
    pub total_tokens: u64,
    /// Decoded field norm of `text` per document (what tantivy scores with).
    pub fieldnorms: Vec<u32>,
    pub terms: BTreeMap<String, Vec<Posting>>,
    /// Stored fields per document: plan, plan title, kind, title, citation, text, url.
    pub docs: Vec<StoredDoc>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoredDoc {
    pub plan: String,
    pub plan_title: String,
    pub kind: String,
    pub title: String,
    pub citation: String,
    pub text: String,
    pub url: String,
}

fn tantivy_err(e: impl std::fmt::Display) -> Error {
    Error::other(format!("search index: {e}"))
}

/// Reads every term, posting, field norm and stored document of the index.
pub fn read_back(ix: &SearchIndex) -> Result<ReadBack> {
    let searcher = ix.reader.searcher();
    let segments = searcher.segment_readers();
    let mut out = ReadBack::default();
    let Some(seg) = segments.first() else {
        return Ok(out);
    };
    out.num_docs = seg.max_doc();
    let inverted = seg.inverted_index(ix.fields.text).map_err(tantivy_err)?;
    out.total_tokens = inverted.total_num_tokens();
    let norms = seg
        .get_fieldnorms_reader(ix.fields.text)
        .map_err(tantivy_err)?;
    out.fieldnorms = (0..out.num_docs).map(|d| norms.fieldnorm(d)).collect();
    let mut stream = inverted.terms().stream().map_err(tantivy_err)?;
    let mut positions = Vec::new();
    while stream.advance() {
        let term = String::from_utf8(stream.key().to_vec()).map_err(tantivy_err)?;
        let mut postings = inverted
            .read_postings_from_terminfo(stream.value(), IndexRecordOption::WithFreqsAndPositions)
            .map_err(tantivy_err)?;
        let mut list = Vec::new();
        while postings.doc() != TERMINATED {
            postings.positions(&mut positions);
            list.push(Posting {
                doc: postings.doc(),
                positions: positions.clone(),
            });
            postings.advance();
        }
        out.terms.insert(term, list);
    }
    let f = ix.fields;
    for d in 0..out.num_docs {
        let doc: TantivyDocument = searcher.doc(DocAddress::new(0, d)).map_err(tantivy_err)?;
        let get = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        out.docs.push(StoredDoc {
            plan: get(f.plan),
            plan_title: get(f.plan_title),
            kind: get(f.kind),
            title: get(f.title),
            citation: get(f.citation),
            text: get(f.text),
            url: get(f.url),
        });
    }
    Ok(out)
}

/// Plans as `[slug, title, first doc, end doc)`: documents of a plan are contiguous.
fn plan_ranges(docs: &[StoredDoc]) -> Vec<(String, String, u32, u32)> {
    let mut out: Vec<(String, String, u32, u32)> = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        match out.last_mut() {
            Some(last) if last.0 == d.plan => last.3 = i as u32 + 1,
            _ => out.push((d.plan.clone(), d.plan_title.clone(), i as u32, i as u32 + 1)),
        }
    }
    out
}

fn kind_code(kind: &str) -> u64 {
    DocKind::ALL
        .iter()
        .position(|k| k.as_str() == kind)
        .unwrap_or(0) as u64
}

/// What was written.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ExportSummary {
    pub docs: u32,
    pub terms: usize,
    /// Keys (first characters), each with a match and a snippet file.
    pub keys: usize,
    /// The keys as a compact number string of code point deltas (see [`key_list`]).
    #[serde(skip)]
    pub key_list: String,
    /// Bytes of the `.js` files (what the browser loads).
    pub js_bytes: u64,
}

/// Writes the export of `ix` under `dir` (usually `<output>/search`).
pub fn write(ix: &SearchIndex, dir: &Path) -> Result<ExportSummary> {
    let rb = read_back(ix)?;
    write_read_back(&rb, dir)
}

/// The header every match file carries: what a client needs besides the windows.
pub fn header(rb: &ReadBack) -> Json {
    json!({
        "v": FORMAT_VERSION,
        "n": rb.num_docs,
        "tokens": rb.total_tokens,
        "window": WINDOW,
        "kinds": DocKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
        "plans": plan_ranges(&rb.docs)
            .into_iter()
            .map(|(s, t, a, b)| json!([s, t, a, b]))
            .collect::<Vec<_>>(),
    })
}

/// The tokens of every document by position, rebuilt from tantivy's postings of unigrams and
/// words (`None`: a position left empty by punctuation).
pub fn token_positions(rb: &ReadBack) -> Vec<Vec<Option<&str>>> {
    let mut seq: Vec<Vec<Option<&str>>> = vec![Vec::new(); rb.num_docs as usize];
    for (term, postings) in &rb.terms {
        if is_bigram(term) {
            continue;
        }
        for p in postings {
            let s = &mut seq[p.doc as usize];
            for &pos in &p.positions {
                let pos = pos as usize;
                if pos >= s.len() {
                    s.resize(pos + 1, None);
                }
                s[pos] = Some(term.as_str());
            }
        }
    }
    seq
}

/// A run of consecutive positions `[start, end)` of one document kept in a match file.
struct Run {
    start: u32,
    end: u32,
}

/// Runs covering `[p, p + WINDOW]` for every occurrence `p`, merged when they touch.
fn runs_of(occurrences: &[u32], len: u32) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for &p in occurrences {
        let end = (p + WINDOW + 1).min(len);
        match runs.last_mut() {
            Some(last) if p <= last.end => last.end = last.end.max(end),
            _ => runs.push(Run { start: p, end }),
        }
    }
    runs
}

/// Per key: documents with their occurrences (positions), in document order.
type Occurrences = BTreeMap<char, Vec<(u32, Vec<u32>)>>;

fn occurrences(seq: &[Vec<Option<&str>>]) -> Occurrences {
    let mut out: Occurrences = BTreeMap::new();
    for (doc, tokens) in seq.iter().enumerate() {
        for (pos, t) in tokens.iter().enumerate() {
            let Some(t) = t else { continue };
            let docs = out.entry(key_of(t)).or_default();
            match docs.last_mut() {
                Some((d, list)) if *d == doc as u32 => list.push(pos as u32),
                _ => docs.push((doc as u32, vec![pos as u32])),
            }
        }
    }
    out
}

/// The match file of one key: `{head, d, t, f}` (see `docs/search-index.md`).
fn match_file(
    rb: &ReadBack,
    seq: &[Vec<Option<&str>>],
    df: &HashMap<&str, u64>,
    docs: &[(u32, Vec<u32>)],
    head: &Json,
) -> Json {
    let (mut d, mut t, mut f) = (String::new(), String::new(), String::new());
    let mut prev_doc = 0;
    for (doc, occ) in docs {
        let tokens = &seq[*doc as usize];
        let runs = runs_of(occ, tokens.len() as u32);
        push_num(&mut d, u64::from(doc - prev_doc));
        prev_doc = *doc;
        push_num(&mut d, u64::from(rb.fieldnorms[*doc as usize]));
        push_num(&mut d, kind_code(&rb.docs[*doc as usize].kind));
        push_num(&mut d, runs.len() as u64);
        let mut prev_end = 0;
        for r in &runs {
            push_num(&mut d, u64::from(r.start - prev_end));
            push_num(&mut d, u64::from(r.end - r.start));
            prev_end = r.end;
            for q in r.start..r.end {
                let Some(tok) = tokens[q as usize] else {
                    t.push(' ');
                    continue;
                };
                t.push_str(tok);
                if !is_cjk_token(tok) {
                    t.push('|');
                }
                push_num(&mut f, df.get(tok).copied().unwrap_or(0));
                let next = (q + 1 < r.end).then(|| tokens[q as usize + 1]).flatten();
                if let Some(next) = next.filter(|n| is_cjk_token(tok) && is_cjk_token(n)) {
                    let bigram = format!("{tok}{next}");
                    push_num(&mut f, df.get(bigram.as_str()).copied().unwrap_or(0));
                }
            }
        }
    }
    json!({ "head": head, "d": d, "t": t, "f": f })
}

/// The snippet file of one key: per document (same order as the match file) its page, anchor,
/// breadcrumb and citation, and the stored text around each occurrence.
fn snippet_file(rb: &ReadBack, docs: &[(u32, Vec<u32>)], starts: &[Vec<usize>]) -> Json {
    let mut pages: Vec<&str> = Vec::new();
    let mut titles: Vec<&str> = Vec::new();
    let mut rows = Vec::new();
    for (doc, occ) in docs {
        let sd = &rb.docs[*doc as usize];
        let (page, anchor) = sd.url.split_once('#').unwrap_or((sd.url.as_str(), ""));
        let page = index(&mut pages, page);
        let title = index(&mut titles, sd.title.as_str());
        let offsets: Vec<usize> = occ
            .iter()
            .filter_map(|p| starts[*doc as usize].get(*p as usize).copied())
            .collect();
        rows.push(json!([
            page,
            anchor,
            title,
            compact_citation(sd),
            windows(&sd.text, &offsets)
        ]));
    }
    json!({ "v": FORMAT_VERSION, "pages": pages, "titles": titles, "docs": rows })
}

/// Index of `s` in `list`, added when missing.
fn index<'a>(list: &mut Vec<&'a str>, s: &'a str) -> usize {
    list.iter().position(|x| *x == s).unwrap_or_else(|| {
        list.push(s);
        list.len() - 1
    })
}

/// Byte offset in the text where the token at each position starts.
fn position_starts(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for t in analyze(text) {
        let p = t.position as usize;
        if p >= out.len() {
            out.resize(p + 1, usize::MAX);
        }
        if out[p] == usize::MAX {
            out[p] = t.from;
        }
    }
    out
}

/// The text around each offset ([`SNIPPET_BEFORE`] characters before, [`SNIPPET_AFTER`] from
/// it), windows merged when they overlap, joined by `…`, with `…` where the text is cut.
pub fn windows(text: &str, offsets: &[usize]) -> String {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let char_at = |byte: usize| bounds.partition_point(|&b| b < byte);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for &o in offsets {
        let c = char_at(o);
        let a = c.saturating_sub(SNIPPET_BEFORE);
        let b = (c + SNIPPET_AFTER).min(bounds.len() - 1);
        match spans.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => spans.push((a, b)),
        }
    }
    let mut out = String::new();
    let mut end = 0;
    for (a, b) in spans {
        if a > end {
            out.push('…');
        }
        out.push_str(&text[bounds[a]..bounds[b]]);
        end = b;
    }
    if end + 1 < bounds.len() {
        out.push('…');
    }
    out
}

/// The citation without its leading `《plan title》` (the client adds it back from the plans),
/// as the part after the breadcrumb when it starts with it (a string), else whole (`[text]`).
fn compact_citation(d: &StoredDoc) -> Json {
    let short = d
        .citation
        .strip_prefix('《')
        .and_then(|c| c.strip_prefix(d.plan_title.as_str()))
        .and_then(|c| c.strip_prefix('》'))
        .unwrap_or(&d.citation);
    let crumbs = d.title.replace(" › ", "");
    match short.strip_prefix(crumbs.as_str()) {
        Some(rest) if short.len() < d.citation.len() => json!(rest),
        _ => json!([d.citation]),
    }
}

/// Cuts a read-back index into match and snippet files under `dir`.
pub fn write_read_back(rb: &ReadBack, dir: &Path) -> Result<ExportSummary> {
    let head = header(rb);
    let seq = token_positions(rb);
    let df: HashMap<&str, u64> = rb
        .terms
        .iter()
        .map(|(t, p)| (t.as_str(), p.len() as u64))
        .collect();
    let starts: Vec<Vec<usize>> = rb.docs.iter().map(|d| position_starts(&d.text)).collect();
    let occ = occurrences(&seq);
    let mut summary = ExportSummary {
        docs: rb.num_docs,
        terms: rb.terms.len(),
        keys: occ.len(),
        ..Default::default()
    };
    for (key, docs) in &occ {
        let m = match_file(rb, &seq, &df, docs, &head);
        summary.js_bytes += write_js(dir, &match_name(*key), &m)?;
        let x = snippet_file(rb, docs, &starts);
        summary.js_bytes += write_js(dir, &snippet_name(*key), &x)?;
    }
    summary.key_list = key_list(occ.keys().copied());
    let manifest = json!({
        "head": head,
        "terms": rb.terms.len(),
        "keys": occ.keys().map(|k| k.to_string()).collect::<String>(),
    });
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    write_json(dir, "manifest", &manifest)?;
    summary.js_bytes += write_js(dir, "manifest", &manifest)?;
    // Every document as stored (url, breadcrumb, citation, text), for tools; not loaded by the
    // client.
    let docs: Vec<Json> = rb
        .docs
        .iter()
        .map(|d| json!([d.url, d.title, d.citation, d.text]))
        .collect();
    write_json(dir, "docs", &Json::Array(docs))?;
    Ok(summary)
}

/// The keys as code point deltas in a compact number string (ascending).
pub fn key_list(keys: impl Iterator<Item = char>) -> String {
    let mut out = String::new();
    let mut prev = 0;
    for k in keys {
        push_num(&mut out, u64::from(k as u32 - prev));
        prev = k as u32;
    }
    out
}

/// Appends the key list to the site's copy of the client (`static/search.js`) when it is
/// there, so the client asks only for files that exist: `window.__plansiteData("keys", "…");`.
pub fn attach_keys(client: &Path, key_list: &str) -> Result<()> {
    if !client.is_file() {
        return Ok(());
    }
    let mut text = fs::read_to_string(client).map_err(|e| Error::io(client, e))?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!(
        "window.__plansiteData(\"keys\",{});\n",
        json!(key_list)
    ));
    fs::write(client, text).map_err(|e| Error::io(client, e))
}

/// Writes `NAME.json` (for tools).
fn write_json(dir: &Path, name: &str, body: &Json) -> Result<()> {
    let text = serde_json::to_string(body).map_err(tantivy_err)?;
    let path = dir.join(format!("{name}.json"));
    fs::write(&path, text).map_err(|e| Error::io(&path, e))
}

/// The JSON of a `.js` data file (`window.__plansiteData("NAME", JSON);`).
pub fn read_js(text: &str) -> Option<Json> {
    let body = text.strip_prefix("window.__plansiteData(")?;
    let body = body.trim_end().strip_suffix(");")?;
    let comma = body.find(',')?;
    serde_json::from_str(&body[comma + 1..]).ok()
}

/// Writes `NAME.js`; returns its size.
fn write_js(dir: &Path, name: &str, body: &Json) -> Result<u64> {
    let json_text = serde_json::to_string(body).map_err(tantivy_err)?;
    let js = format!("window.__plansiteData({},{});\n", json!(name), json_text);
    let path = dir.join(format!("{name}.js"));
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    fs::write(&path, &js).map_err(|e| Error::io(&path, e))?;
    Ok(js.len() as u64)
}
