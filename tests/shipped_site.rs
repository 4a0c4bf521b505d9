//! The shipped `content/` through `plansite build` and `plansite check`: every page there, no
//! broken link, every reader note shown at its place, byte-identical rebuilds.

use plansite::check::{self, CheckOptions};
use plansite::config::Config;
use plansite::link;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn build_into(out: &Path) -> plansite::render::BuildSummary {
    plansite::render::build(&plansite::render::BuildOptions {
        content: root().join("content"),
        out: out.to_path_buf(),
        config: Some(root().join("plansite.toml")),
    })
    .expect("the shipped content builds")
}

#[test]
fn shipped_content_builds_into_a_site_without_problems() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let summary = build_into(&out);
    let site = plansite::content::load_site(&root().join("content")).unwrap();
    assert_eq!(summary.plans, site.plans.len());
    assert!(site.plans.len() >= 2);
    for plan in &site.plans {
        for ch in &plan.chapters {
            assert!(out.join(link::chapter_page(plan, ch)).is_file());
        }
        for id in link::box_ids(plan) {
            assert!(out.join(link::box_page(plan, &id)).is_file(), "{id}");
        }
        assert!(out.join(link::print_page(plan)).is_file());
    }
    let (config, _) = Config::locate(Some(&root().join("plansite.toml"))).unwrap();
    let report = check::run(&CheckOptions {
        out: out.clone(),
        content: Some(root().join("content")),
        base_url: config.base_url,
    })
    .unwrap();
    assert!(report.is_ok(), "{report}");
    assert!(report.warnings.is_empty(), "{report}");
    assert!(report.links > 1000, "{report}");
    let notes: usize = report.notes.iter().map(|p| p.notes.len()).sum();
    assert!(notes > 0, "the shipped plans have known source defects");
    // Every reader note is shown as a note on its page.
    for plan in &site.plans {
        for n in plansite::defects::reader_notes(plan) {
            let html = std::fs::read_to_string(out.join(&n.page)).unwrap();
            assert!(
                html.contains(&plansite::render::theme::escape_html(&n.message)),
                "{} not shown on {}",
                n.message,
                n.page
            );
        }
    }
}

#[test]
fn shipped_content_builds_byte_identically_twice() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a");
    let b = dir.path().join("b");
    build_into(&a);
    build_into(&b);
    let files = |root: &Path| -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<_> = walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path()
                        .strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let (fa, fb) = (files(&a), files(&b));
    assert_eq!(fa.len(), fb.len());
    for ((na, ba), (nb, bb)) in fa.iter().zip(&fb) {
        assert_eq!(na, nb);
        assert!(ba == bb, "{na} differs");
    }
}
