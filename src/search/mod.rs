//! Search: a tantivy index of every paragraph, heading, 专栏 and indicator, exported as JSON
//! shards for the browser client. (being written)

use crate::error::Result;
use crate::model::Site;
use std::path::Path;

/// Builds the index of `site` and writes its browser export under `out/search/`.
pub fn write_index(_site: &Site, _out: &Path) -> Result<()> {
    Ok(())
}
