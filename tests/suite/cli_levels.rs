//! Global `--quiet` and `--verbose`, progress output off a terminal, and errors in
//! `content/topics.toml` as the command line reports them.

use crate::kit::{run as plansite, shipped_content_copy, text};
use std::path::Path;

#[test]
fn quiet_build_prints_nothing_and_verbose_build_tells_per_plan_and_timings() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let out = out.to_str().unwrap();
    let o = plansite(&["--quiet", "build", "--out", out]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "");
    assert_eq!(text(&o.stderr), "", "no warnings, no bars");

    let o = plansite(&["build", "--verbose", "--out", out]);
    assert!(o.status.success());
    let err = text(&o.stderr);
    for want in [
        "beijing-hrss-14th: loaded in",
        "pudong-employment-14th: loaded in",
        "commitments",
        "rendered",
        "search index in",
        "indicator alignment in",
        " units, ",
        " terms, ",
    ] {
        assert!(err.contains(want), "{want} in {err}");
    }
    // stderr is a pipe here: no progress bar is drawn.
    assert!(!err.contains('\r') && !err.contains("\x1b["), "{err:?}");
    assert!(text(&o.stdout).contains("built 2 plans"));

    // Normal: the summary, no per-plan lines.
    let o = plansite(&["build", "--out", out]);
    assert!(text(&o.stdout).contains("built 2 plans"));
    assert!(!text(&o.stderr).contains("loaded in"));
}

#[test]
fn verbose_import_counts_repairs_and_quiet_import_is_silent() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    let content = content.to_str().unwrap();
    let o = plansite(&["-v", "import", "--content", content]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(
        err.contains("beijing-hrss-14th: imported in") && err.contains("repairs"),
        "{err}"
    );
    let o = plansite(&["-q", "import", "--content", content]);
    assert!(o.status.success());
    assert_eq!(text(&o.stdout), "");
    assert_eq!(text(&o.stderr), "");
}

#[test]
fn quiet_still_reports_errors_and_excludes_verbose() {
    let o = plansite(&[
        "--quiet",
        "build",
        "--content",
        "no-such-folder",
        "--out",
        "/nonexistent/x",
    ]);
    assert!(!o.status.success());
    assert!(text(&o.stderr).contains("error:"), "{}", text(&o.stderr));
    let o = plansite(&["--quiet", "--verbose", "build"]);
    assert!(!o.status.success(), "the two levels conflict");
}

#[test]
fn a_bad_anchor_in_topics_toml_names_the_file_and_line() {
    let (dir, content) = shipped_content_copy();
    let topics = content.join("topics.toml");
    let mut t = std::fs::read_to_string(&topics).unwrap();
    t.push_str("\n[[topic]]\nid = \"x\"\nname = \"甲\"\nkeywords = [\"甲\"]\ninclude = [\"beijing-hrss-14th#ch99-s1\"]\n");
    let line = t.lines().count();
    std::fs::write(&topics, t).unwrap();
    let out = dir.path().join("public");
    let o = plansite(&[
        "build",
        "--content",
        content.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    let err = text(&o.stderr);
    assert!(err.contains(&format!("topics.toml:{line}:")), "{err}");
    assert!(err.contains("ch99-s1"), "{err}");
    assert!(!Path::new(&out).exists(), "nothing written");
}
