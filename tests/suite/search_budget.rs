//! The search payload of the shipped site stays within a budget: everything under `search/` plus
//! the client (`static/search.js`; the index's meta data is `search/meta.js`) and the search page's
//! script (`static/search-page.js`), in bytes and in files.
//! A change to the index format or the client that makes the site heavier fails here.

use crate::kit::{repo as root, shipped_site};
use std::path::{Path, PathBuf};

/// Bytes of `search/` + `static/search.js` on the shipped site (269 KiB when this was set with
/// index format 7's bigrams as numbers; 283 KiB with format 6's bit-string postings, 289 KiB with
/// format 5, 295 KiB with format 4 and the minified client, 381 KiB with format 3, 7.3 MiB
/// with format 2). Pagefind 1.6 indexes the same pages in about 1.2 MiB (bench/RESULTS.md).
const BUDGET_BYTES: u64 = 276 * 1024;
/// Files of `search/` + the client (67 when this was set, with 3 KiB fragments; 53 with 6 KiB
/// fragments, 64 with format 3, 2,141 with format 2).
const BUDGET_FILES: usize = 72;
/// The payload may be at most this many times the text it indexes (2.64 when this was set; 2.77
/// with format 6, 2.83 with format 5, 2.89 with format 4, 2.96 with the joined client, 3.73 with
/// format 3).
const BUDGET_TEXT_RATIO: f64 = 2.72;

fn files_under(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}

#[test]
fn the_shipped_search_payload_stays_within_its_budget() {
    let out = shipped_site();
    let mut files = files_under(&out.join("search"));
    files.push(out.join("static").join("search.js"));
    files.push(out.join("static").join("search-page.js"));
    let bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).expect("file").len())
        .sum();
    let site = plansite::content::load_site(&root().join("content")).expect("content");
    let text: u64 = plansite::search::index::documents(&site)
        .iter()
        .map(|d| d.text.len() as u64)
        .sum();
    let ratio = bytes as f64 / text as f64;
    eprintln!(
        "search payload: {bytes} bytes in {} files; indexed text {text} bytes; ratio {ratio:.2}",
        files.len()
    );
    assert!(
        bytes <= BUDGET_BYTES,
        "search payload {bytes} bytes exceeds the budget of {BUDGET_BYTES}"
    );
    assert!(
        files.len() <= BUDGET_FILES,
        "search payload has {} files, over the budget of {BUDGET_FILES}",
        files.len()
    );
    assert!(
        ratio <= BUDGET_TEXT_RATIO,
        "search payload is {ratio:.2}× the indexed text, over {BUDGET_TEXT_RATIO}"
    );
    // Nothing else under search/: every file there is a data script the client can load.
    for f in &files {
        assert_eq!(
            f.extension().and_then(|e| e.to_str()),
            Some("js"),
            "{}",
            f.display()
        );
    }
}
