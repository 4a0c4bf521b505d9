//! The browser export: reads the tantivy index back (term dictionary, postings with positions,
//! field norms, token totals, stored fields) and writes it under `search/` as small files a query
//! fetches only when it needs them. The format is described in `docs/search-index.md`; the
//! browser client reads it in `themes/default/static/search.js`.
//!
//! Every file exists twice: `NAME.json` (plain JSON, for tools) and `NAME.js`, the same JSON
//! wrapped in `window.__plansiteData("NAME", …);` so the client can load it with a `<script>`
//! element, which works from `file://` and under `Content-Security-Policy: default-src 'self'`.

use super::index::{DocKind, SearchIndex};
use crate::error::{Error, Result};
use serde::Serialize;
use serde_json::{json, Value as Json};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use tantivy::postings::Postings;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, DocSet, TantivyDocument, TERMINATED};

/// Version of the export format.
pub const FORMAT_VERSION: u32 = 1;
/// Number of term shards (fixed by the format: the client computes a term's shard itself).
pub const SHARDS: u32 = 256;
/// Target size in bytes of a text chunk.
pub const CHUNK_BYTES: usize = 16 * 1024;

/// FNV-1a (32 bits) of the term's UTF-8 bytes, the shard function of the format.
pub fn shard_of(term: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in term.as_bytes() {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h % SHARDS
}

/// File name (without extension) of a shard.
pub fn shard_name(shard: u32) -> String {
    format!("s/{shard:02x}")
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

/// First document of each text chunk: chunks of about [`CHUNK_BYTES`] of text.
fn chunk_starts(docs: &[StoredDoc]) -> Vec<u32> {
    let mut starts = Vec::new();
    let mut size = usize::MAX;
    for (i, d) in docs.iter().enumerate() {
        let len = d.text.len() + d.title.len() + d.citation.len() + d.url.len();
        if size >= CHUNK_BYTES {
            starts.push(i as u32);
            size = 0;
        }
        size += len;
    }
    starts
}

fn kind_code(kind: &str) -> u32 {
    DocKind::ALL
        .iter()
        .position(|k| k.as_str() == kind)
        .unwrap_or(0) as u32
}

/// What was written.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ExportSummary {
    pub docs: u32,
    pub terms: usize,
    pub shards: u32,
    pub chunks: usize,
    /// Bytes of the `.js` files (what the browser loads).
    pub js_bytes: u64,
}

/// Writes the export of `ix` under `dir` (usually `<output>/search`).
pub fn write(ix: &SearchIndex, dir: &Path) -> Result<ExportSummary> {
    let rb = read_back(ix)?;
    write_read_back(&rb, dir)
}

/// The header every shard carries: what a client needs besides the postings.
pub fn header(rb: &ReadBack) -> Json {
    json!({
        "v": FORMAT_VERSION,
        "n": rb.num_docs,
        "tokens": rb.total_tokens,
        "shards": SHARDS,
        "kinds": DocKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
        "plans": plan_ranges(&rb.docs)
            .into_iter()
            .map(|(s, t, a, b)| json!([s, t, a, b]))
            .collect::<Vec<_>>(),
        "chunks": chunk_starts(&rb.docs),
    })
}

/// Postings of one term: `[doc delta, field norm, kind, first position, position deltas…]`.
fn encode_postings(rb: &ReadBack, postings: &[Posting]) -> Json {
    let mut prev_doc = 0;
    let list: Vec<Json> = postings
        .iter()
        .map(|p| {
            let mut row = vec![
                p.doc - prev_doc,
                rb.fieldnorms[p.doc as usize],
                kind_code(&rb.docs[p.doc as usize].kind),
            ];
            prev_doc = p.doc;
            let mut prev = 0;
            for &pos in &p.positions {
                row.push(pos - prev);
                prev = pos;
            }
            json!(row)
        })
        .collect();
    Json::Array(list)
}

/// Cuts a read-back index into shard and text files under `dir`.
pub fn write_read_back(rb: &ReadBack, dir: &Path) -> Result<ExportSummary> {
    let head = header(rb);
    let mut shards: Vec<serde_json::Map<String, Json>> =
        (0..SHARDS).map(|_| serde_json::Map::new()).collect();
    for (term, postings) in &rb.terms {
        shards[shard_of(term) as usize].insert(term.clone(), encode_postings(rb, postings));
    }
    let mut summary = ExportSummary {
        docs: rb.num_docs,
        terms: rb.terms.len(),
        shards: SHARDS,
        ..Default::default()
    };
    for (i, terms) in shards.into_iter().enumerate() {
        let body = json!({ "head": head, "terms": terms });
        summary.js_bytes += write_pair(dir, &shard_name(i as u32), &body)?;
    }
    let starts = chunk_starts(&rb.docs);
    for (c, &first) in starts.iter().enumerate() {
        let end = starts.get(c + 1).copied().unwrap_or(rb.num_docs);
        let docs: Vec<Json> = rb.docs[first as usize..end as usize]
            .iter()
            .map(|d| json!([d.url, d.title, short_citation(d), d.text]))
            .collect();
        let body = json!({ "v": FORMAT_VERSION, "first": first, "docs": docs });
        summary.js_bytes += write_pair(dir, &format!("t/{c}"), &body)?;
    }
    summary.chunks = starts.len();
    let manifest = json!({ "head": head, "terms": rb.terms.len() });
    summary.js_bytes += write_pair(dir, "manifest", &manifest)?;
    Ok(summary)
}

/// The citation without its leading `《plan title》`, which the client adds back from the header.
fn short_citation(d: &StoredDoc) -> &str {
    d.citation
        .strip_prefix('《')
        .and_then(|c| c.strip_prefix(d.plan_title.as_str()))
        .and_then(|c| c.strip_prefix('》'))
        .unwrap_or(&d.citation)
}

/// Writes `NAME.json` and `NAME.js`; returns the size of the `.js` file.
fn write_pair(dir: &Path, name: &str, body: &Json) -> Result<u64> {
    let json_text = serde_json::to_string(body).map_err(tantivy_err)?;
    let js = format!("window.__plansiteData({},{});\n", json!(name), json_text);
    let json_path = dir.join(format!("{name}.json"));
    if let Some(parent) = json_path.parent() {
        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    fs::write(&json_path, &json_text).map_err(|e| Error::io(&json_path, e))?;
    let js_path = dir.join(format!("{name}.js"));
    fs::write(&js_path, &js).map_err(|e| Error::io(&js_path, e))?;
    Ok(js.len() as u64)
}
