//! Search: a tantivy index of every paragraph, heading, 专栏 and indicator row, answered by
//! `plansite search` and exported as small JSON files for the browser client
//! (joined from `themes/default/js/search/` into `static/search.js`), which ranks exactly as tantivy does.
//!
//! - [`analyzer`]: the terms of a text (CJK unigrams + bigrams at character positions, Latin and
//!   digit words), identical in Rust and in the client;
//! - [`query`]: the query language and the terms each clause is looked up with;
//! - [`index`]: the documents, the tantivy index and its queries;
//! - [`export`]: reading the index back and writing `search/` for the browser;
//! - [`score`]: BM25 computed from the exported data, as the client does it.

pub mod analyzer;
pub mod cli;
pub mod export;
pub mod index;
pub mod query;
pub mod score;

use crate::error::Result;
use crate::model::Site;
use crate::sink::{Sink, Under};
use std::collections::BTreeMap;

pub use index::{build, DocKind, SearchIndex, SearchOptions, SearchResults};

/// Builds the index of `site` and hands its browser export to `sink` as the site's `search/`
/// folder, file by file while the index is read.
pub fn write_index(site: &Site, sink: &dyn Sink) -> Result<export::ExportSummary> {
    // A sink that refuses files (a cancelled build) ends the indexing at the next plan.
    let ix = index::build_while(site, &|| !sink.refuses())?;
    if sink.refuses() {
        return Err(crate::error::Error::other("the build was cancelled"));
    }
    export::write_with(
        &ix,
        &Under(sink, crate::link::site_map::SEARCH_DIR),
        &facets(site),
    )
}

/// The catalogue facets of every plan, from its metadata.
pub fn facets(site: &Site) -> BTreeMap<String, index::Facets> {
    site.plans
        .iter()
        .map(|p| {
            let clean = |v: &Option<String>| {
                v.as_deref()
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
            };
            let facets = index::Facets {
                period: clean(&p.meta.period),
                region: clean(&p.meta.region),
                issuers: p
                    .meta
                    .issuers
                    .iter()
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
            };
            (p.slug.clone(), facets)
        })
        .collect()
}

#[cfg(test)]
mod tests;
