//! Search: a tantivy index of every paragraph, heading, 专栏 and indicator row, answered by
//! `plansite search` and exported as small JSON files for the browser client
//! (`themes/default/static/search.js`), which ranks exactly as tantivy does.
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
use std::path::Path;

pub use index::{build, DocKind, SearchIndex, SearchOptions, SearchResults};

/// Builds the index of `site` and writes its browser export under `out/search/`; the list of
/// its keys goes at the end of `out/static/search.js` when the client is there.
pub fn write_index(site: &Site, out: &Path) -> Result<export::ExportSummary> {
    let ix = build(site)?;
    let summary = export::write(&ix, &out.join("search"))?;
    export::attach_keys(&out.join("static").join("search.js"), &summary.key_list)?;
    Ok(summary)
}

#[cfg(test)]
mod testkit;
#[cfg(test)]
mod tests;
