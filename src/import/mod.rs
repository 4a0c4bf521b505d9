//! Import: plain-text plans (seeds) → the plan model → content/. (being written)
use crate::error::Result;
use std::path::Path;

pub struct ImportSummary;
impl std::fmt::Display for ImportSummary {
    fn fmt(&self, _f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

pub fn run(_seeds: &Path, _content: &Path) -> Result<ImportSummary> {
    Err(crate::Error::other("import is not written yet"))
}
