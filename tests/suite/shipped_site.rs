//! The shipped `content/` through `plansite build` and `plansite check`: every page there, no
//! broken link, every reader note shown at its place, byte-identical rebuilds.

use crate::kit::{build, files, repo as root, shipped_site};
use plansite::check::{self, CheckOptions};
use plansite::config::Config;
use plansite::link;

fn build_into(out: &std::path::Path) -> plansite::render::BuildSummary {
    build(&root().join("content"), out)
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

/// The library's build and the binary's build of the shipped content, byte for byte.
#[test]
fn shipped_content_builds_byte_identically_twice() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a");
    build_into(&a);
    let (fa, fb) = (files(&a), files(shipped_site()));
    assert_eq!(fa.len(), fb.len());
    for ((na, ba), (nb, bb)) in fa.iter().zip(&fb) {
        assert_eq!(na, nb);
        assert!(ba == bb, "{na} differs");
    }
}
