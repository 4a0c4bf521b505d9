//! Snapshots of what the program writes, so that any change of output is a visible diff in review:
//! the manifest of the shipped site (every file's SHA-256, size and path, as
//! `scripts/site-manifest` prints it), four rendered pages as they are (a plan overview, a
//! chapter, a 专栏 page, the 404 page) and the import of each shipped seed (a digest per content
//! file and the whole import report).
//!
//! The snapshots live in `tests/suite/snapshots/` and are committed. A missing or different
//! snapshot fails the test; `scripts/test` sets `INSTA_UPDATE=no` so that no run writes one.
//! After a deliberate change of output, review and accept the new snapshots with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test --test suite snapshots`).

use crate::kit::{files, repo, shipped_site, Project};
use sha2::{Digest, Sha256};
use std::fmt::Write;

/// One line per file: SHA-256, size (right-aligned in 8 columns) and path, sorted by path.
fn manifest(files: &[(String, Vec<u8>)]) -> String {
    let mut out = String::new();
    for (path, bytes) in files {
        let digest = Sha256::digest(bytes);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        let _ = writeln!(out, "{hex} {:8} {path}", bytes.len());
    }
    out
}

#[test]
fn the_shipped_site_manifest() {
    insta::assert_snapshot!("shipped_site_manifest", manifest(&files(shipped_site())));
}

#[test]
fn rendered_pages_of_the_shipped_site() {
    for (name, page) in [
        ("page_overview", "beijing-hrss-14th/index.html"),
        ("page_chapter", "beijing-hrss-14th/ch2.html"),
        ("page_box", "beijing-hrss-14th/box-1.html"),
        ("page_404", "404.html"),
    ] {
        let text = std::fs::read_to_string(shipped_site().join(page))
            .unwrap_or_else(|e| panic!("{page}: {e}"));
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn the_import_of_each_seed() {
    for seed in plansite::import::seed_files(&repo().join("seeds")).expect("shipped seeds") {
        let slug = plansite::import::slug_of(&seed).expect("a slug");
        let project = Project::import_files(&[&seed]);
        let mut snap = format!("content/{slug}/\n");
        snap.push_str(&manifest(&files(&project.plan_dir(&slug))));
        snap.push_str("\nimport-report.toml:\n");
        snap.push_str(&project.report(&slug));
        insta::assert_snapshot!(format!("import_{slug}"), snap);
    }
}
