//! The tantivy index: one document per paragraph, heading, 专栏 and indicator row of a site, in
//! document order, and the queries that answer `plansite search`. Ranking is tantivy's BM25 on the
//! `text` field; filters score nothing. Ties are broken by document order, as in the browser.

use super::analyzer::{PlansiteTokenizer, TOKENIZER_NAME};
use super::query::{parse, Clause};
use crate::error::{Error, Result};
use crate::link::{self, Unit, UnitKind};
use crate::model::{Plan, RowKind, Site, Table};
use serde::Serialize;
use std::collections::BTreeMap;
use tantivy::collector::TopDocs;
use tantivy::directory::RamDirectory;
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::tokenizer::TokenizerManager;
use tantivy::{DocAddress, Index, IndexReader, TantivyDocument, Term};

/// What a search document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    Paragraph,
    Heading,
    /// A 专栏: its title line or one of its paragraphs.
    Box,
    /// A row of an indicator table (name and values), or the table's caption.
    Indicator,
    /// A row of another table (a list of projects or tasks), or the table's caption.
    Table,
}

impl DocKind {
    pub const ALL: [DocKind; 5] = [
        DocKind::Paragraph,
        DocKind::Heading,
        DocKind::Box,
        DocKind::Indicator,
        DocKind::Table,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Paragraph => "paragraph",
            DocKind::Heading => "heading",
            DocKind::Box => "box",
            DocKind::Indicator => "indicator",
            DocKind::Table => "table",
        }
    }

    pub fn parse(s: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One searchable unit of a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchDoc {
    pub plan: String,
    pub plan_title: String,
    pub kind: DocKind,
    /// Breadcrumb joined with ` › ` (`第三章 › 第二节 › 专栏3`).
    pub title: String,
    pub citation: String,
    pub text: String,
    /// `page#anchor`, relative to the site root.
    pub url: String,
}

/// Every searchable unit of a site in document order (plans in site order).
pub fn documents(site: &Site) -> Vec<SearchDoc> {
    site.plans.iter().flat_map(plan_documents).collect()
}

/// Every searchable unit of `plan` in document order.
fn plan_documents(plan: &Plan) -> Vec<SearchDoc> {
    let mut out = Vec::new();
    for mut unit in link::units(plan) {
        let kind = match unit.kind {
            UnitKind::ChapterHeading
            | UnitKind::SectionHeading
            | UnitKind::Heading
            | UnitKind::AnnexHeading => DocKind::Heading,
            UnitKind::Paragraph if unit.plan_box.is_some() => DocKind::Box,
            UnitKind::Paragraph => DocKind::Paragraph,
            UnitKind::Box => DocKind::Box,
            UnitKind::Table => match unit.table {
                Some(t) if !crate::indicators::table::lists_indicators(t) => DocKind::Table,
                _ => DocKind::Indicator,
            },
        };
        let text = std::mem::take(&mut unit.text);
        if !text.trim().is_empty() {
            out.push(doc_of(plan, &unit, kind, text, &unit.anchor, None));
        }
        if let Some(table) = unit.table {
            table_rows(plan, &unit, table, kind, &mut out);
        }
    }
    out
}

fn table_rows(plan: &Plan, unit: &Unit, table: &Table, kind: DocKind, out: &mut Vec<SearchDoc>) {
    for (i, row) in table.rows.iter().enumerate() {
        let values: Vec<&str> = row
            .cells
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .collect();
        if row.kind == RowKind::Category || (row.kind == RowKind::Group && values.is_empty()) {
            continue;
        }
        let mut text = row.name.trim().to_string();
        if !values.is_empty() {
            text.push('：');
            text.push_str(&values.join("；"));
        }
        // A table with a caption adds it to the row's breadcrumb; one without is named by the
        // 专栏, annex or place the breadcrumb already shows.
        let mut crumbs = Vec::new();
        if !table.title.trim().is_empty() {
            crumbs.push(table.title.trim().to_string());
        }
        crumbs.extend(row.group.clone());
        let anchor = link::table_row_anchor(table, i);
        out.push(doc_of(plan, unit, kind, text, &anchor, Some(crumbs)));
    }
}

fn doc_of(
    plan: &Plan,
    unit: &Unit,
    kind: DocKind,
    text: String,
    anchor: &str,
    extra_crumbs: Option<Vec<String>>,
) -> SearchDoc {
    let mut crumbs = unit.breadcrumb.clone();
    crumbs.extend(extra_crumbs.unwrap_or_default());
    SearchDoc {
        plan: plan.slug.clone(),
        plan_title: plan.meta.title.clone(),
        kind,
        title: crumbs.join(" › "),
        citation: unit.citation.clone(),
        text,
        url: format!("{}#{}", unit.page, anchor),
    }
}

/// The citation of a hit: the unit's, and for a table row (anchor `t2-r5`, text
/// `name：value；value…`) the table's followed by the row's name in quotes, the text before the
/// first `：` (`《…》第一章第三节「“十四五”时期主要目标」“城镇调查失业率(%)”`), or the first cell
/// after it when that is only the row's 序号 (`1：人均公园绿地面积；…` → “人均公园绿地面积”). The index stores
/// the table's citation only; the client composes the same (`rowCitation` in `engine.js`).
pub fn row_citation(kind: &str, url: &str, citation: String, text: &str) -> String {
    let anchor = url.rsplit_once('#').map_or("", |(_, a)| a);
    let is_row = anchor
        .rsplit_once("-r")
        .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let table = kind == DocKind::Indicator.as_str() || kind == DocKind::Table.as_str();
    if !table || !is_row {
        return citation;
    }
    let (first, rest) = text.split_once('：').unwrap_or((text, ""));
    // A row named by its 序号 alone (`1：人均公园绿地面积；平方米；…`) is cited by the cell after it.
    let sequence = !first.is_empty()
        && first.chars().count() <= 3
        && first
            .chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let name = match rest.split('；').next() {
        Some(next) if sequence && !next.is_empty() => next,
        _ => first,
    };
    if name.is_empty() {
        citation
    } else {
        format!("{citation}“{name}”")
    }
}

/// The fields of the index.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub plan: Field,
    pub plan_title: Field,
    pub kind: Field,
    pub title: Field,
    pub citation: Field,
    pub text: Field,
    pub url: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text_options = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TOKENIZER_NAME)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let fields = Fields {
        plan: b.add_text_field("plan", STORED),
        plan_title: b.add_text_field("plan_title", STORED),
        kind: b.add_text_field("kind", STRING | STORED),
        title: b.add_text_field("title", STORED),
        citation: b.add_text_field("citation", STORED),
        text: b.add_text_field("text", text_options),
        url: b.add_text_field("url", STORED),
    };
    (b.build(), fields)
}

/// A built index, held in memory, with one segment whose document ids follow document order.
pub struct SearchIndex {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    /// Catalogue facets per plan slug (empty for an index built from bare documents).
    pub facets: BTreeMap<String, Facets>,
}

/// The catalogue facets of a plan (from its metadata), offered as search filters when set.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facets {
    pub period: Option<String>,
    pub region: Option<String>,
    pub issuers: Vec<String>,
}

fn tantivy_err(e: tantivy::TantivyError) -> Error {
    Error::other(format!("search index: {e}"))
}

/// Indexes every searchable unit of `site`, a plan's units at a time: the documents of the
/// whole site are never held at once.
pub fn build(site: &Site) -> Result<SearchIndex> {
    build_while(site, &|| true)
}

/// [`build`], indexing plan after plan while `go_on` says so (a build that was cancelled stops
/// at the next plan; the index then lacks the plans after it).
pub fn build_while(site: &Site, go_on: &dyn Fn() -> bool) -> Result<SearchIndex> {
    let mut ix = build_from_docs(
        site.plans
            .iter()
            .take_while(|_| go_on())
            .flat_map(plan_documents),
    )?;
    ix.facets = super::facets(site);
    Ok(ix)
}

/// The most memory the writer may use: just under what tantivy's indexing arena can address
/// (4 GiB).
const WRITER_MEMORY_LIMIT: usize = 4_000_000_000;

/// The memory budget handed to tantivy's single-segment writer, which only sizes its term table
/// from it (a third of it): 2^15 slots to start, doubled as terms arrive. A larger budget makes
/// every build allocate and scan a table of 2^19 slots for a few thousand terms.
const INITIAL_TABLE_BUDGET: usize = 1 << 20;

/// Indexes `docs` in order (document id = position in `docs`).
pub fn build_from_docs<D: std::borrow::Borrow<SearchDoc>>(
    docs: impl IntoIterator<Item = D>,
) -> Result<SearchIndex> {
    let (schema, f) = schema();
    let tokenizers = TokenizerManager::default();
    tokenizers.register(TOKENIZER_NAME, PlansiteTokenizer::default());
    // tantivy's single-segment writer indexes on this thread, in insertion order, into one
    // segment: no indexing, merging or commit threads, no channel between them, and no commit
    // (the build makes one segment and reads it back). Its entry point is public but hidden
    // from tantivy's documentation (tantivy's own tests use it): check it when upgrading. It
    // never flushes on its own, so the memory limit is checked here after each document.
    // The stored documents are read back once, by the export, from memory: compressing them
    // (lz4, on a thread of its own) cost a build of the shipped site about a tenth of its CPU time
    // and saved nothing that is written.
    let settings = tantivy::IndexSettings {
        docstore_compression: tantivy::store::Compressor::None,
        docstore_compress_dedicated_thread: false,
        ..Default::default()
    };
    let mut writer = Index::builder()
        .schema(schema)
        .settings(settings)
        .tokenizers(tokenizers)
        .single_segment_index_writer::<TantivyDocument>(
            RamDirectory::create(),
            INITIAL_TABLE_BUDGET,
        )
        .map_err(tantivy_err)?;
    for (n, d) in docs.into_iter().enumerate() {
        let d = d.borrow();
        let mut doc = TantivyDocument::default();
        doc.add_text(f.plan, &d.plan);
        doc.add_text(f.plan_title, &d.plan_title);
        doc.add_text(f.kind, d.kind.as_str());
        doc.add_text(f.title, &d.title);
        doc.add_text(f.citation, &d.citation);
        doc.add_text(f.text, &d.text);
        doc.add_text(f.url, &d.url);
        writer.add_document(doc).map_err(tantivy_err)?;
        if writer.mem_usage() >= WRITER_MEMORY_LIMIT {
            return Err(Error::other(format!(
                "search index: {} documents need more than {} MB of index memory; the site is \
                 larger than the search index supports",
                n + 1,
                WRITER_MEMORY_LIMIT / 1_000_000
            )));
        }
    }
    let index = writer.finalize().map_err(tantivy_err)?;
    let reader = index.reader().map_err(tantivy_err)?;
    Ok(SearchIndex {
        index,
        reader,
        fields: f,
        facets: BTreeMap::new(),
    })
}

/// Options of a search.
#[derive(Debug, Clone, Default)]
pub struct SearchOptions {
    pub plan: Option<String>,
    pub kind: Option<DocKind>,
    /// Only plans of this period (`PlanMeta::period`, e.g. 十四五).
    pub period: Option<String>,
    /// Only plans of this region (`PlanMeta::region`).
    pub region: Option<String>,
    /// Only plans with this issuer among their issuers.
    pub issuer: Option<String>,
    /// Hits to return; `None` for all.
    pub limit: Option<usize>,
}

/// One hit.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub doc: u32,
    pub score: f32,
    pub url: String,
    pub title: String,
    pub plan: String,
    pub kind: String,
    pub citation: String,
    pub text: String,
}

/// The answer to a query.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub query: String,
    /// Matching units before the plan filter and the limit.
    pub total: usize,
    /// Matching units per plan (before the plan and facet filters).
    pub per_plan: BTreeMap<String, usize>,
    /// Matching units per value of each facet offered (`period`, `region`, `issuer`), before the
    /// plan and facet filters; a facet no plan has a value for is absent.
    pub per_facet: BTreeMap<String, BTreeMap<String, usize>>,
    /// Matches after every filter, before the limit.
    pub count: usize,
    pub hits: Vec<Hit>,
}

impl SearchOptions {
    /// Whether a plan with `facets` passes the period, region and issuer filters.
    pub fn facets_allow(&self, facets: Option<&Facets>) -> bool {
        let empty = Facets::default();
        let f = facets.unwrap_or(&empty);
        self.period
            .as_ref()
            .is_none_or(|p| f.period.as_ref() == Some(p))
            && self
                .region
                .as_ref()
                .is_none_or(|r| f.region.as_ref() == Some(r))
            && self.issuer.as_ref().is_none_or(|i| f.issuers.contains(i))
    }
}

impl SearchIndex {
    /// The tantivy query for `clauses`, restricted to `kind` (filters add 0 to the score).
    pub fn query(&self, clauses: &[Clause], kind: Option<DocKind>) -> Box<dyn Query> {
        let mut parts: Vec<(Occur, Box<dyn Query>)> = clauses
            .iter()
            .map(|c| (Occur::Must, self.clause_query(c)))
            .collect();
        if let Some(k) = kind {
            let t = Term::from_field_text(self.fields.kind, k.as_str());
            let q = TermQuery::new(t, IndexRecordOption::Basic);
            parts.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(Box::new(q), 0.0)),
            ));
        }
        Box::new(BooleanQuery::new(parts))
    }

    fn clause_query(&self, c: &Clause) -> Box<dyn Query> {
        let terms: Vec<(usize, Term)> = c
            .terms
            .iter()
            .map(|(o, t)| (*o as usize, Term::from_field_text(self.fields.text, t)))
            .collect();
        if terms.len() == 1 {
            let t = terms.into_iter().next().map(|(_, t)| t).expect("one term");
            Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs))
        } else {
            Box::new(PhraseQuery::new_with_offset(terms))
        }
    }

    /// Answers `query` with tantivy: every matching unit, ranked by BM25, ties in document order.
    pub fn search(&self, query: &str, opts: &SearchOptions) -> Result<SearchResults> {
        let clauses = parse(query);
        let searcher = self.reader.searcher();
        let mut scored: Vec<(f32, DocAddress)> = Vec::new();
        let n = searcher.num_docs() as usize;
        if !clauses.is_empty() && n > 0 {
            let q = self.query(&clauses, opts.kind);
            scored = searcher
                .search(&q, &TopDocs::with_limit(n).order_by_score())
                .map_err(tantivy_err)?;
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.doc_id.cmp(&b.1.doc_id)));
        let mut per_plan = BTreeMap::new();
        let mut per_facet: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut hits = Vec::new();
        let mut count = 0;
        let total = scored.len();
        for (score, addr) in scored {
            let doc: TantivyDocument = searcher.doc(addr).map_err(tantivy_err)?;
            let get = |f: Field| {
                doc.get_first(f)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            let plan = get(self.fields.plan);
            *per_plan.entry(plan.clone()).or_insert(0) += 1;
            let facets = self.facets.get(&plan);
            if let Some(f) = facets {
                let mut add = |name: &str, value: &str| {
                    *per_facet
                        .entry(name.to_string())
                        .or_default()
                        .entry(value.to_string())
                        .or_insert(0) += 1;
                };
                if let Some(p) = &f.period {
                    add("period", p);
                }
                if let Some(r) = &f.region {
                    add("region", r);
                }
                for i in &f.issuers {
                    add("issuer", i);
                }
            }
            if opts.plan.as_ref().is_some_and(|p| *p != plan) || !opts.facets_allow(facets) {
                continue;
            }
            count += 1;
            if opts.limit.is_some_and(|l| hits.len() >= l) {
                continue;
            }
            let (url, kind, text) = (
                get(self.fields.url),
                get(self.fields.kind),
                get(self.fields.text),
            );
            let citation = row_citation(&kind, &url, get(self.fields.citation), &text);
            hits.push(Hit {
                doc: addr.doc_id,
                score,
                url,
                title: get(self.fields.title),
                plan,
                kind,
                citation,
                text,
            });
        }
        Ok(SearchResults {
            query: query.to_string(),
            total,
            per_plan,
            per_facet,
            count,
            hits,
        })
    }
}
