//! The browser export: reads the tantivy index back (term dictionary, postings with positions,
//! field norms, token totals, stored fields) and writes it under `search/` with every thing stored
//! once. The format is described in `docs/search-index.md`; the browser client reads it in
//! `themes/default/js/search/` (joined into `static/search.js`).
//!
//! - `p/N.js`, postings shards: every term of the index in code-point order with its postings
//!   (documents, term frequency, positions; delta-coded), cut into files by size, so a frequent
//!   term sits in a file of its own and rare ones are bundled;
//! - `f/N.js`, fragments: the stored text, link, breadcrumb and citation of each unit once, in
//!   document order, cut into files by size; fetched only for the hits shown;
//! - `meta`: counts, plans (with their facets), per document its field norm and kind, the first
//!   term of each shard and the first document of each fragment; the client loads it first.
//!
//! Files are handed to a [`Sink`] while the index is read (postings term by term, fragments document by
//! document): memory holds one file at a time, not the export. Each file is
//! `window.__plansiteData("NAME", JSON);` so the client can load it with a `<script>` element,
//! which works from `file://` and under `Content-Security-Policy: default-src 'self'`. This module
//! must not decide what matches or how it ranks: that is tantivy's, and the client's replica.

use super::index::{DocKind, Facets, SearchIndex};
use crate::error::{Error, Result};
pub use crate::search_format::{
    decode_postings, decode_term_list, decode_terms, encode_postings, encode_term_list,
    encode_terms, is_bigram_of, is_unigram, push_num, read_js, read_nums, successor,
    unigram_postings, Posting,
};
use crate::sink::{Folder, Sink};
use serde::Serialize;
use serde_json::{json, Value as Json};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use tantivy::postings::Postings;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, DocSet, TantivyDocument, TERMINATED};

/// Version of the export format.
pub const FORMAT_VERSION: u32 = 8;
/// A document's field norm and kind are one number, `norm * KIND_SPAN + kind` (format 8: five
/// kinds, so eight codes).
pub const KIND_SPAN: u64 = 8;
/// Least and most bytes of a postings shard; the target in between grows with the index so the
/// number of files stays in the dozens for a small site and a shard stays small for a large one.
pub const SHARD_MIN_BYTES: usize = 6 * 1024;
pub const SHARD_MAX_BYTES: usize = 48 * 1024;
/// Bytes of text (and links) after which a fragment file is closed. A first query fetches one
/// fragment per fragment holding a hit it shows, so smaller fragments cost it fewer bytes (top 5
/// on the shipped site: 50–58 KiB at 3 KiB, 56–73 KiB at 6 KiB) for more files in all (69 against 53).
pub const FRAGMENT_BYTES: usize = 3 * 1024;

/// The target size of a postings shard for an index of `tokens` tokens.
pub fn shard_bytes(tokens: u64) -> usize {
    ((tokens / 12) as usize).clamp(SHARD_MIN_BYTES, SHARD_MAX_BYTES)
}

/// File name (without extension) of postings shard `i`.
pub fn shard_name(i: usize) -> String {
    format!("p/{i}")
}

/// File name (without extension) of fragment `i`.
pub fn fragment_name(i: usize) -> String {
    format!("f/{i}")
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
    let counts = counts(ix)?;
    let mut out = ReadBack {
        num_docs: counts.num_docs,
        total_tokens: counts.total_tokens,
        fieldnorms: counts.fieldnorms,
        ..ReadBack::default()
    };
    for_each_term(ix, |term, list| {
        out.terms.insert(term, list.to_vec());
        Ok(())
    })?;
    let searcher = ix.reader.searcher();
    for d in 0..out.num_docs {
        let doc: TantivyDocument = searcher.doc(DocAddress::new(0, d)).map_err(tantivy_err)?;
        out.docs.push(stored(&doc, ix));
    }
    Ok(out)
}

/// The counts of the index (its one segment).
#[derive(Default)]
struct Counts {
    num_docs: u32,
    total_tokens: u64,
    /// Decoded field norm of `text` per document.
    fieldnorms: Vec<u32>,
}

fn counts(ix: &SearchIndex) -> Result<Counts> {
    let searcher = ix.reader.searcher();
    let Some(seg) = searcher.segment_readers().first() else {
        return Ok(Counts::default());
    };
    let num_docs = seg.max_doc();
    let inverted = seg.inverted_index(ix.fields.text).map_err(tantivy_err)?;
    let norms = seg
        .get_fieldnorms_reader(ix.fields.text)
        .map_err(tantivy_err)?;
    Ok(Counts {
        num_docs,
        total_tokens: inverted.total_num_tokens(),
        fieldnorms: (0..num_docs).map(|d| norms.fieldnorm(d)).collect(),
    })
}

/// Reads the term dictionary of the index in order, handing each term and its postings to `each`
/// (one term at a time: memory holds one postings list, not the index).
fn for_each_term(
    ix: &SearchIndex,
    mut each: impl FnMut(String, &[Posting]) -> Result<()>,
) -> Result<()> {
    let searcher = ix.reader.searcher();
    let Some(seg) = searcher.segment_readers().first() else {
        return Ok(());
    };
    let inverted = seg.inverted_index(ix.fields.text).map_err(tantivy_err)?;
    let mut stream = inverted.terms().stream().map_err(tantivy_err)?;
    // The postings of one term, in `list[..used]`; the entries past `used` keep their position
    // buffers for the next terms, so reading allocates only as lists grow.
    let mut list: Vec<Posting> = Vec::new();
    while stream.advance() {
        let term = String::from_utf8(stream.key().to_vec()).map_err(tantivy_err)?;
        let mut postings = inverted
            .read_postings_from_terminfo(stream.value(), IndexRecordOption::WithFreqsAndPositions)
            .map_err(tantivy_err)?;
        let mut used = 0;
        while postings.doc() != TERMINATED {
            if used == list.len() {
                list.push(Posting {
                    doc: 0,
                    positions: Vec::new(),
                });
            }
            let entry = &mut list[used];
            entry.doc = postings.doc();
            postings.positions(&mut entry.positions);
            used += 1;
            postings.advance();
        }
        each(term, &list[..used])?;
    }
    Ok(())
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
    pub shards: usize,
    pub fragments: usize,
    /// Files written under `search/`.
    pub files: usize,
    /// Bytes of the `.js` files under `search/` (what the browser may load).
    pub js_bytes: u64,
}

/// Writes the export of `ix` into the folder `dir` (as the site's `search/`), without facets.
pub fn write(ix: &SearchIndex, dir: &Path) -> Result<ExportSummary> {
    write_with(ix, &Folder(dir.to_path_buf()), &BTreeMap::new())
}

/// Collects terms into shards of about `target` bytes and writes each when full.
struct ShardWriter<'a> {
    sink: &'a dyn Sink,
    target: usize,
    terms: Vec<String>,
    postings: Vec<String>,
    bytes: usize,
    /// First term of every shard written or open.
    firsts: Vec<String>,
    written: u64,
    files: usize,
}

impl ShardWriter<'_> {
    fn push(&mut self, term: String, postings: String) -> Result<()> {
        let size = term.len() + postings.len() + 4;
        if !self.terms.is_empty() && self.bytes + size > self.target {
            self.flush()?;
        }
        if self.terms.is_empty() {
            self.firsts.push(term.clone());
        }
        self.bytes += size;
        self.terms.push(term);
        self.postings.push(postings);
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if self.terms.is_empty() {
            return Ok(());
        }
        let name = shard_name(self.firsts.len() - 1);
        let (t, b) = encode_term_list(&self.terms);
        let body = json!({ "t": t, "b": b, "p": self.postings.join(" ") });
        self.written += write_js(self.sink, &name, &body)?;
        self.files += 1;
        self.terms.clear();
        self.postings.clear();
        self.bytes = 0;
        Ok(())
    }
}

/// A unigram and the bigrams that start with it, which follow it in term order. A bigram `XY`
/// at a position means `X` stands there, so the unigram's postings are written with only the
/// positions no bigram starts at (its *tail*: before punctuation, a Latin word or the end);
/// the reader gets the unigram's postings back as the union of its tail and its bigrams.
struct Family {
    head: String,
    /// Documents of the index (the postings' gap codes depend on it).
    n: u64,
    /// The unigram's postings; its tail once the positions in `taken` are removed.
    tail: Vec<Posting>,
    /// The positions a bigram starts at: (index in `tail`, position).
    taken: Vec<(u32, u32)>,
    bigrams: Vec<(String, String)>,
}

impl Family {
    fn new(head: String, n: u64, list: &[Posting]) -> Family {
        Family {
            head,
            n,
            tail: list.to_vec(),
            taken: Vec::new(),
            bigrams: Vec::new(),
        }
    }

    fn holds(&self, term: &str) -> bool {
        is_bigram_of(term, &self.head)
    }

    fn add(&mut self, term: String, list: &[Posting]) {
        // A bigram starts where its unigram stands: those positions leave the tail when the
        // family is written.
        let mut from = 0;
        for p in list {
            let Some(rest) = self.tail.get(from..) else {
                break;
            };
            if let Ok(i) = rest.binary_search_by_key(&p.doc, |t| t.doc) {
                let at = from + i;
                // The tail has one entry per document: its index fits a document number.
                let index = u32::try_from(at).unwrap_or(u32::MAX);
                self.taken.extend(p.positions.iter().map(|&q| (index, q)));
                from = at + 1;
            }
        }
        self.bigrams.push((term, encode_postings(list, self.n)));
    }

    fn write(mut self, shards: &mut ShardWriter<'_>) -> Result<()> {
        self.taken.sort_unstable();
        let mut taken = self.taken.as_slice();
        for (i, p) in self.tail.iter_mut().enumerate() {
            let (here, rest) = taken.split_at(taken.partition_point(|t| t.0 as usize <= i));
            taken = rest;
            if !here.is_empty() {
                p.positions
                    .retain(|q| here.binary_search_by_key(q, |t| t.1).is_err());
            }
        }
        self.tail.retain(|p| !p.positions.is_empty());
        shards.push(self.head, encode_postings(&self.tail, self.n))?;
        for (term, postings) in self.bigrams {
            shards.push(term, postings)?;
        }
        Ok(())
    }
}

/// Collects documents into fragments of about [`FRAGMENT_BYTES`] and writes each when full.
#[derive(Default)]
struct FragmentWriter {
    from: u32,
    pages: Vec<String>,
    titles: Vec<String>,
    rows: Vec<Json>,
    /// The previous row of this fragment: page, anchor, breadcrumb, citation.
    last: Option<(usize, String, usize, Json)>,
    bytes: usize,
    /// First document of every fragment written.
    firsts: Vec<u32>,
    written: u64,
}

impl FragmentWriter {
    fn push(&mut self, sink: &dyn Sink, doc: u32, d: &StoredDoc) -> Result<()> {
        if self.rows.is_empty() {
            self.from = doc;
        }
        let (page, anchor) = d.url.split_once('#').unwrap_or((d.url.as_str(), ""));
        let page = position_or_push(&mut self.pages, page);
        let title = position_or_push(&mut self.titles, &d.title);
        let citation = compact_citation(d);
        self.bytes += d.text.len() + anchor.len() + 16;
        let follows = self.last.as_ref().is_some_and(|(p, a, t, c)| {
            *p == page
                && *t == title
                && successor(a).as_deref() == Some(anchor)
                && matches!((c.as_str().and_then(successor), citation.as_str()), (Some(x), Some(y)) if x == y)
        });
        if follows {
            self.rows.push(json!(d.text));
        } else {
            self.rows
                .push(json!([page, anchor, title, citation, d.text]));
        }
        self.last = Some((page, anchor.to_string(), title, citation));
        if self.bytes >= FRAGMENT_BYTES {
            self.flush(sink)?;
        }
        Ok(())
    }

    fn flush(&mut self, sink: &dyn Sink) -> Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let name = fragment_name(self.firsts.len());
        self.firsts.push(self.from);
        let body = json!({
            "from": self.from,
            "pages": std::mem::take(&mut self.pages),
            "titles": std::mem::take(&mut self.titles),
            "docs": std::mem::take(&mut self.rows),
        });
        self.written += write_js(sink, &name, &body)?;
        self.bytes = 0;
        self.last = None;
        Ok(())
    }
}

/// Index of `s` in `list`, added when missing (lists of a fragment are short).
fn position_or_push(list: &mut Vec<String>, s: &str) -> usize {
    list.iter().position(|x| x == s).unwrap_or_else(|| {
        list.push(s.to_string());
        list.len() - 1
    })
}

/// Writes the export of `ix` to `sink` (file names relative to the `search/` folder), each
/// plan's facets from `facets` (by slug).
pub fn write_with(
    ix: &SearchIndex,
    sink: &dyn Sink,
    facets: &BTreeMap<String, Facets>,
) -> Result<ExportSummary> {
    let Counts {
        num_docs,
        total_tokens,
        fieldnorms,
    } = counts(ix)?;
    // The postings and the stored documents are read and written side by side: the two share
    // nothing until the meta data, and the postings alone are the longest step of a build.
    let (postings, documents) = rayon::join(
        || write_postings(ix, sink, num_docs, total_tokens),
        || write_documents(ix, sink, num_docs, &fieldnorms),
    );
    let (shards, terms) = postings?;
    let Documents {
        fragments,
        plans,
        codes,
    } = documents?;
    let (plans_json, facet_values) = plan_entries(&plans, facets);
    let mut fragment_starts = String::new();
    let mut prev = 0;
    for &s in &fragments.firsts {
        push_num(&mut fragment_starts, u64::from(s - prev));
        prev = s;
    }
    let (code_table, code_indexes) = code_table(&codes);
    let meta = json!({
        "v": FORMAT_VERSION,
        "n": num_docs,
        "tokens": total_tokens,
        "kinds": DocKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
        "plans": plans_json,
        "fv": facet_values,
        "dk": code_table,
        "d": code_indexes,
        "s": shards.firsts.join(" "),
        "fr": fragment_starts,
    });
    let meta_bytes = write_js(sink, "meta", &meta)?;
    Ok(ExportSummary {
        docs: num_docs,
        terms,
        shards: shards.files,
        fragments: fragments.firsts.len(),
        files: shards.files + fragments.firsts.len() + 1,
        js_bytes: shards.written + fragments.written + meta_bytes,
    })
}

/// Every term's postings, in term order, into shards; the shard writer (first terms, files and
/// bytes written) and the number of terms.
fn write_postings<'a>(
    ix: &SearchIndex,
    sink: &'a dyn Sink,
    num_docs: u32,
    total_tokens: u64,
) -> Result<(ShardWriter<'a>, usize)> {
    let mut shards = ShardWriter {
        sink,
        target: shard_bytes(total_tokens),
        terms: Vec::new(),
        postings: Vec::new(),
        bytes: 0,
        firsts: Vec::new(),
        written: 0,
        files: 0,
    };
    let mut terms = 0usize;
    let mut family: Option<Family> = None;
    for_each_term(ix, |term, list| {
        terms += 1;
        if let Some(f) = family.as_mut() {
            if f.holds(&term) {
                f.add(term, list);
                return Ok(());
            }
        }
        if let Some(f) = family.take() {
            f.write(&mut shards)?;
        }
        if is_unigram(&term) {
            family = Some(Family::new(term, u64::from(num_docs), list));
            Ok(())
        } else {
            shards.push(term, encode_postings(list, u64::from(num_docs)))
        }
    })?;
    if let Some(f) = family.take() {
        f.write(&mut shards)?;
    }
    shards.flush()?;
    Ok((shards, terms))
}

/// What [`write_documents`] gathers for the meta data.
struct Documents {
    fragments: FragmentWriter,
    /// Each plan: slug, title, first document, end of its documents.
    plans: Vec<(String, String, u32, u32)>,
    /// Each document's field norm and kind, as `norm * KIND_SPAN + kind`.
    codes: Vec<u64>,
}

/// The stored documents, one at a time, into fragments; the plans and the per-document table.
fn write_documents(
    ix: &SearchIndex,
    sink: &dyn Sink,
    num_docs: u32,
    fieldnorms: &[u32],
) -> Result<Documents> {
    let mut fragments = FragmentWriter::default();
    let mut plans: Vec<(String, String, u32, u32)> = Vec::new();
    let mut codes: Vec<u64> = Vec::with_capacity(num_docs as usize);
    let searcher = ix.reader.searcher();
    for d in 0..num_docs {
        let doc: TantivyDocument = searcher.doc(DocAddress::new(0, d)).map_err(tantivy_err)?;
        let sd = stored(&doc, ix);
        match plans.last_mut() {
            Some(last) if last.0 == sd.plan => last.3 = d + 1,
            _ => plans.push((sd.plan.clone(), sd.plan_title.clone(), d, d + 1)),
        }
        let norm = fieldnorms.get(d as usize).copied().unwrap_or(0);
        codes.push(u64::from(norm) * KIND_SPAN + kind_code(&sd.kind));
        fragments.push(sink, d, &sd)?;
    }
    fragments.flush(sink)?;
    Ok(Documents {
        fragments,
        plans,
        codes,
    })
}

/// The plans of the meta data, in document order, each `[slug, title, number of documents, period,
/// region, issuers]` with its facets as indexes into the facet values (`null` for none), and those
/// values, each once in order of first use: at a thousand plans a region or an issuer is written
/// once, not once per plan.
fn plan_entries(
    plans: &[(String, String, u32, u32)],
    facets: &BTreeMap<String, Facets>,
) -> (Vec<Json>, Vec<String>) {
    let mut values: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut code = |v: &str| -> usize {
        *index.entry(v.to_string()).or_insert_with(|| {
            values.push(v.to_string());
            values.len() - 1
        })
    };
    let entries = plans
        .iter()
        .map(|(slug, title, first, end)| {
            let fc = facets.get(slug).cloned().unwrap_or_default();
            let period = fc.period.as_deref().map(&mut code);
            let region = fc.region.as_deref().map(&mut code);
            let issuers: Vec<usize> = fc.issuers.iter().map(|i| code(i)).collect();
            json!([
                slug,
                title,
                end.saturating_sub(*first),
                period,
                region,
                issuers
            ])
        })
        .collect();
    (entries, values)
}

/// The per-document codes (field norm × 8 + kind) as a table of their distinct values, the most
/// frequent first, and each document's index in it: a site has a few dozen distinct field norms,
/// so most documents take one character instead of two.
fn code_table(codes: &[u64]) -> (String, String) {
    let mut counts: BTreeMap<u64, usize> = BTreeMap::new();
    for &c in codes {
        *counts.entry(c).or_default() += 1;
    }
    let mut table: Vec<(u64, usize)> = counts.into_iter().collect();
    table.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let index: BTreeMap<u64, u64> = table
        .iter()
        .enumerate()
        .map(|(i, &(c, _))| (c, i as u64))
        .collect();
    let mut t = String::new();
    for &(c, _) in &table {
        push_num(&mut t, c);
    }
    let mut d = String::new();
    for c in codes {
        push_num(&mut d, index.get(c).copied().unwrap_or(0));
    }
    (t, d)
}

fn stored(doc: &TantivyDocument, ix: &SearchIndex) -> StoredDoc {
    let f = ix.fields;
    let get = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    StoredDoc {
        plan: get(f.plan),
        plan_title: get(f.plan_title),
        kind: get(f.kind),
        title: get(f.title),
        citation: get(f.citation),
        text: get(f.text),
        url: get(f.url),
    }
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

fn data_script(name: &str, body: &Json) -> Result<String> {
    let json_text = serde_json::to_string(body).map_err(tantivy_err)?;
    Ok(format!(
        "window.__plansiteData({},{});\n",
        json!(name),
        json_text
    ))
}

/// Writes `NAME.js`; returns its size.
fn write_js(sink: &dyn Sink, name: &str, body: &Json) -> Result<u64> {
    let js = data_script(name, body)?;
    sink.put(&format!("{name}.js"), js.as_bytes())?;
    Ok(js.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn successor_raises_the_last_number() {
        assert_eq!(successor("ch2-s1-p3").as_deref(), Some("ch2-s1-p4"));
        assert_eq!(successor("第9段").as_deref(), Some("第10段"));
        assert_eq!(successor("box-12-r99").as_deref(), Some("box-12-r100"));
        assert_eq!(successor("7").as_deref(), Some("8"));
        assert_eq!(successor("p07").as_deref(), Some("p8"));
        assert_eq!(successor("第三段"), None);
        assert_eq!(successor(""), None);
        assert_eq!(successor("p1234567890123456"), None);
        assert_eq!(
            successor("p999999999999999").as_deref(),
            Some("p1000000000000000")
        );
    }

    #[test]
    fn plan_entries_name_each_facet_value_once() {
        let plans = vec![
            ("a".to_string(), "甲".to_string(), 0, 3),
            ("b".to_string(), "乙".to_string(), 3, 10),
            ("c".to_string(), "丙".to_string(), 10, 10),
        ];
        let facets = BTreeMap::from([
            (
                "a".to_string(),
                Facets {
                    period: Some("十四五".into()),
                    region: Some("北京市".into()),
                    issuers: vec!["市人社局".into(), "市医保局".into()],
                },
            ),
            (
                "b".to_string(),
                Facets {
                    period: Some("十四五".into()),
                    region: None,
                    issuers: vec!["市医保局".into()],
                },
            ),
        ]);
        let (entries, values) = plan_entries(&plans, &facets);
        assert_eq!(values, ["十四五", "北京市", "市人社局", "市医保局"]);
        assert_eq!(
            entries,
            [
                json!(["a", "甲", 3, 0, 1, [2, 3]]),
                json!(["b", "乙", 7, 0, null, [3]]),
                json!(["c", "丙", 0, null, null, []]),
            ]
        );
    }

    #[test]
    fn postings_round_trip() {
        let list = vec![
            Posting {
                doc: 0,
                positions: vec![0, 5, 90],
            },
            Posting {
                doc: 7,
                positions: vec![3000],
            },
            Posting {
                doc: 200_000,
                positions: vec![1, 2],
            },
        ];
        for n in [1, 8, 300_000, u64::from(u32::MAX)] {
            assert_eq!(
                decode_postings(&encode_postings(&list, n), n),
                Some(list.clone())
            );
        }
        assert_eq!(decode_postings("", 10), Some(vec![]));
    }

    #[test]
    fn cut_postings_are_refused_not_misread() {
        // The last character or group always holds a bit of the last document, so every
        // shorter string is refused, and so is one with more than padding after it.
        let list = [
            Posting {
                doc: 3,
                positions: vec![1, 9],
            },
            Posting {
                doc: 70,
                positions: vec![400],
            },
        ];
        for n in [4, 71, 5_000] {
            let s = encode_postings(&list, n);
            for len in 0..s.len() {
                assert_eq!(
                    decode_postings(&s[..len], n),
                    if len == 0 { Some(vec![]) } else { None }
                );
            }
            assert_eq!(decode_postings(&format!("{s}#"), n), None, "{s}");
            assert_eq!(decode_postings(&format!("{s}!!"), n), None, "{s}");
        }
    }

    #[test]
    fn front_coded_terms_round_trip() {
        let terms: Vec<String> = ["2025", "2026", "保", "保障", "保险", "就", "就业", "𠀀𠀁"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let s = encode_terms(&terms);
        assert_eq!(s, "02025 36 0保 障 险 0就 业 0𠀀𠀁");
        assert_eq!(decode_terms(&s), Some(terms));
        // A rest starting with a digit keeps its `1`.
        let digits: Vec<String> = ["a1", "a2b"].iter().map(|s| s.to_string()).collect();
        assert_eq!(encode_terms(&digits), "0a1 12b");
        assert_eq!(decode_terms("0a1 12b"), Some(digits));
        assert_eq!(decode_terms("2x"), None);
        // A first term cannot share a character with none.
        assert_eq!(decode_terms("x"), None);
        assert_eq!(decode_terms(""), Some(vec![]));
    }

    #[test]
    fn bigrams_after_their_unigram_are_numbers_in_b() {
        let terms: Vec<String> = [
            // A family continued from the shard before: its bigrams stay in `t`.
            "业务", "业绩", "2025", "保", "保险", "保障", "就", "就业", "就医", "局", "𠀀", "𠀀𠀁",
            "㐀", "㐀㐁", "dr",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let (t, b) = encode_term_list(&terms);
        assert_eq!(t, "0业务 绩 02025 0保 0就 0局 0𠀀 0㐀 0dr");
        // 保: two bigrams, 险 (U+9669) as 2 × (0x9669 − 0x4E00), then 障 (U+969C) as its
        // distance from 险 less one; 局: none; 𠀁 above U+4E00; 㐁 (U+3401) below it, odd.
        assert_eq!(
            read_nums(&b),
            [
                2,
                2 * (0x9669 - 0x4E00),
                0x969C - 0x9669 - 1,
                2,
                2 * (0x4E1A - 0x4E00),
                0x533B - 0x4E1A - 1,
                0,
                1,
                2 * (0x20001 - 0x4E00),
                1,
                2 * (0x4E00 - 0x3401) - 1,
            ]
        );
        assert_eq!(decode_term_list(&t, &b), Some(terms));
        // Numbers left over, too few, or an unlisted family are refused.
        assert_eq!(decode_term_list(&t, &format!("{b}!")), None);
        assert_eq!(decode_term_list(&t, &b[..b.len() - 1]), None);
        assert_eq!(decode_term_list("0保", ""), None);
        assert_eq!(decode_term_list("", ""), Some(vec![]));
        // Bigrams out of order stay in `t`, so any list comes back as it was.
        let odd: Vec<String> = ["保", "保障", "保险", "保险"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (t, b) = encode_term_list(&odd);
        assert_eq!(decode_term_list(&t, &b), Some(odd));
    }

    #[test]
    fn compact_numbers_round_trip() {
        let mut s = String::new();
        let values = [
            0u64,
            1,
            77,
            78,
            1_091,
            1_092,
            15_287,
            15_288,
            4_000_000_000,
            u64::MAX,
        ];
        for v in values {
            push_num(&mut s, v);
        }
        assert_eq!(read_nums(&s), values);
        assert!(!s.contains('\\') && !s.contains('"') && !s.contains(' '));
        // One character below 78, two below 78 × 14, three below 78 × 14².
        let width = |v: u64| {
            let mut t = String::new();
            push_num(&mut t, v);
            t.len()
        };
        assert_eq!(
            [0, 77, 78, 1_091, 1_092, 15_287, 15_288].map(width),
            [1, 1, 2, 2, 3, 3, 4]
        );
    }

    #[test]
    fn damaged_data_is_read_without_a_panic() {
        // Random strings over the characters the files use (and a few others): decoding
        // answers or refuses, never panics, and what decodes re-encodes to the same string.
        let alphabet: Vec<char> = "#$%0129:;[]}~ \\\"就业医𠀀a"
            .chars()
            .chain((0x23u8..0x7e).map(char::from))
            .collect();
        let mut random = crate::testkit::xorshift(0x9E37_79B9_7F4A_7C15);
        let mut next = |n: usize| (random() % n as u64) as usize;
        for _ in 0..20_000 {
            let len = next(24);
            let s: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            let _ = read_nums(&s);
            if let Some(terms) = decode_terms(&s) {
                let sorted = terms.windows(2).all(|w| w[0] < w[1]);
                if sorted && terms.iter().all(|t| !t.is_empty() && !t.contains(' ')) {
                    assert_eq!(decode_terms(&encode_terms(&terms)), Some(terms), "{s:?}");
                }
            }
            if let Some((t, b)) = s.split_once(' ') {
                if let Some(terms) = decode_term_list(t, b) {
                    let (t2, b2) = encode_term_list(&terms);
                    assert_eq!(decode_term_list(&t2, &b2), Some(terms), "{s:?}");
                }
            }
            let n = [1, 40, 100_000][next(3)];
            if let Some(list) = decode_postings(&s, n) {
                let ordered = list.windows(2).all(|w| w[0].doc < w[1].doc)
                    && list
                        .iter()
                        .all(|p| p.positions.windows(2).all(|w| w[0] < w[1]));
                if ordered {
                    assert_eq!(
                        decode_postings(&encode_postings(&list, n), n),
                        Some(list),
                        "{s:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn shard_size_grows_with_the_index_within_bounds() {
        assert_eq!(shard_bytes(0), SHARD_MIN_BYTES);
        assert_eq!(shard_bytes(u64::MAX), SHARD_MAX_BYTES);
        assert!(shard_bytes(200_000) > SHARD_MIN_BYTES);
    }
}
