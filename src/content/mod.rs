//! Content: reads `content/` (TOML front matter + Markdown + table data) into the plan model, and
//! writes a model back as content files. (being written)

use crate::error::Result;
use crate::model::Site;
use std::path::Path;

/// Loads every plan under `dir` (one folder per plan), with corrections applied to the text.
pub fn load_site(dir: &Path) -> Result<Site> {
    Err(crate::Error::in_file(
        dir,
        "the content loader is not written yet",
    ))
}
