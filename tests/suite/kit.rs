//! The suite's part of the test kit: the `plansite` binary, the shipped content built once for
//! every module that only reads it, and file-tree helpers. Plans are made by `plansite::testkit`
//! (the real importer and loader), re-exported here.
//!
//! Rules: a helper that fails panics with the command's own error output; nothing here writes
//! outside a temporary folder.

#![allow(unused_imports)]

pub use plansite::testkit::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The `plansite` binary built for this test run, run from the repository root.
pub fn plansite() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_plansite"));
    c.current_dir(repo());
    c
}

/// Runs `plansite` with `args`.
pub fn run(args: &[&str]) -> Output {
    plansite().args(args).output().expect("plansite runs")
}

/// Output bytes as text.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The shipped content (`content/`) built once by `plansite build` with the repository's
/// `plansite.toml`, shared by every test that only reads the built site.
pub fn shipped_site() -> &'static Path {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, out) = OUT.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp folder");
        let out = dir.path().join("public");
        let o = plansite()
            .args(["build", "--out"])
            .arg(&out)
            .output()
            .expect("plansite runs");
        assert!(o.status.success(), "{}", text(&o.stderr));
        (dir, out)
    });
    out
}

/// A page (or any text file) of the shipped site.
pub fn shipped_page(rel: &str) -> String {
    std::fs::read_to_string(shipped_site().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Copies the tree `from` into `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from) {
        let e = e.expect("readable tree");
        let rel = e.path().strip_prefix(from).expect("below the root");
        let dest = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("folder created");
        } else {
            std::fs::copy(e.path(), &dest).expect("file copied");
        }
    }
}

/// Every file below `root` with its bytes, by path relative to `root`, sorted.
pub fn files(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(root).expect("below the root");
            (
                rel.to_string_lossy().replace('\\', "/"),
                std::fs::read(e.path()).expect("readable file"),
            )
        })
        .collect();
    v.sort();
    v
}

/// Runs `cmd`, asserts that it succeeded (showing what it printed) and returns its standard
/// output.
pub fn succeed(cmd: &mut Command) -> String {
    let o = cmd.output().expect("the command runs");
    assert!(
        o.status.success(),
        "{cmd:?} failed:\n{}\n{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    text(&o.stdout)
}

/// A temporary folder holding a copy of the shipped content as `content/`, and that path.
pub fn shipped_content_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp folder");
    let content = dir.path().join("content");
    copy_dir(&repo().join("content"), &content);
    (dir, content)
}
