//! The `plansite build` and `plansite check` commands as a user runs them: exit codes, messages,
//! and what they leave on disk.

use crate::kit::{plansite, repo, sample, shipped_content_copy};
use std::path::Path;
use std::process::Output;

fn repo_config() -> std::path::PathBuf {
    repo().join("plansite.toml")
}

/// `plansite build` of `content` into `out` with the repository's config.
fn build(content: &Path, out: &Path) -> Output {
    plansite()
        .arg("build")
        .arg("--content")
        .arg(content)
        .arg("--out")
        .arg(out)
        .arg("--config")
        .arg(repo_config())
        .output()
        .unwrap()
}

#[test]
fn build_with_unreadable_content_fails_and_keeps_the_previous_site() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("index.html"), "previous").unwrap();
    let missing = dir.path().join("no-such-content");
    let o = build(&missing, &out);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no-such-content"), "{err}");
    assert_eq!(
        std::fs::read_to_string(out.join("index.html")).unwrap(),
        "previous"
    );
}

#[test]
fn build_with_a_bad_config_names_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("site.toml");
    std::fs::write(&config, "title = \"甲\"\ntheme = 3\n").unwrap();
    let o = plansite()
        .args(["build", "--content", "x", "--out"])
        .arg(dir.path().join("public"))
        .arg("--config")
        .arg(&config)
        .output()
        .unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("site.toml:2"), "{err}");
}

#[test]
fn check_exits_non_zero_only_when_the_site_has_problems() {
    let project = sample();
    project.build();
    let out = project.public();
    let dir = project.root();
    let run = || {
        plansite()
            .arg("check")
            .arg("--out")
            .arg(&out)
            .arg("--content")
            .arg(dir.join("no-content"))
            .arg("--config")
            .arg(repo_config())
            .output()
            .unwrap()
    };
    let o = run();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{stdout}");
    assert!(stdout.contains("0 problems"), "{stdout}");

    // A link to a missing anchor, and a malformed escape cut by a multi-byte character: problems
    // to report (exit 1), not a crash.
    let page = out.join("plan-a/ch1.html");
    let html = std::fs::read_to_string(&page).unwrap();
    for (link, problem) in [
        ("#ch1-s1-p99", "plan-a/ch1.html: link #ch1-s1-p99"),
        ("b%a中.html", "link b%a中.html: malformed percent-encoding"),
    ] {
        let broken = html.replace("href=\"#ch1-s1-p1\"", &format!("href=\"{link}\""));
        std::fs::write(&page, broken).unwrap();
        let o = run();
        let stdout = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(1), "problems found: {stdout}");
        assert!(stdout.contains(problem), "{stdout}");
    }

    // No site where --out points: the check could not run.
    let o = plansite()
        .arg("check")
        .arg("--out")
        .arg(dir.join("nothing-here"))
        .arg("--config")
        .arg(repo_config())
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn build_with_bad_front_matter_names_the_content_file_and_line() {
    let (dir, content) = shipped_content_copy();
    let chapter = content.join("beijing-hrss-14th/02.md");
    let text = std::fs::read_to_string(&chapter).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "+++");
    lines[1] = "number = \"two\"";
    std::fs::write(&chapter, lines.join("\n")).unwrap();
    let out = dir.path().join("public");
    let o = build(&content, &out);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("02.md:2"), "{err}");
    assert!(!out.exists(), "nothing written");
}
