//! Where the stages put the files of a site. A stage hands each file over as it makes it (path
//! relative to the site root, `/`-separated, and its bytes) to a [`Sink`]; it never opens a file
//! itself. The build's sink is its staging folder (`render::output::Staging`); `plansite
//! search-index` and tests use a plain [`Folder`]. [`write_file`] is the one function that writes
//! a file to disk.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// One file of the site, made by a stage that returns its files rather than streaming them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    /// Path relative to the site root (`beijing-hrss-14th/data/indicators.json`).
    pub rel: String,
    pub bytes: Vec<u8>,
}

impl OutFile {
    pub fn new(rel: impl Into<String>, bytes: impl Into<Vec<u8>>) -> OutFile {
        OutFile {
            rel: rel.into(),
            bytes: bytes.into(),
        }
    }
}

/// Takes the files of a site, one at a time, from any thread.
pub trait Sink: Sync {
    /// Stores `bytes` as the file `rel` (relative to the site root, `/`-separated).
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()>;

    /// Stores every file of a list.
    fn put_all(&self, files: &[OutFile]) -> Result<()> {
        files.iter().try_for_each(|f| self.put(&f.rel, &f.bytes))
    }

    /// Whether the sink takes no more files (its build was cancelled): a stage may stop making
    /// them. Its next `put` fails.
    fn refuses(&self) -> bool {
        false
    }
}

/// A plain folder: `rel` is written under it, folders created as needed.
#[derive(Debug, Clone)]
pub struct Folder(pub PathBuf);

impl Sink for Folder {
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        write_file(&self.0.join(rel), bytes)
    }
}

/// The files under one folder of another sink: `put("p/0.js")` on `Under(sink, "search")` is
/// `sink.put("search/p/0.js")`.
pub struct Under<'a>(pub &'a dyn Sink, pub &'a str);

impl Sink for Under<'_> {
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.0.put(&format!("{}/{rel}", self.1), bytes)
    }

    fn refuses(&self) -> bool {
        self.0.refuses()
    }
}

/// Writes `bytes` to `path`, creating its folder first.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(path, bytes).map_err(|e| Error::io(path, e))
}

/// Files kept in memory, in the order they came (from any thread).
#[derive(Debug, Default)]
pub struct Memory(std::sync::Mutex<Vec<OutFile>>);

impl Sink for Memory {
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        // A poisoned lock only means another put panicked; the list is still valid.
        let mut files = self.0.lock().unwrap_or_else(|e| e.into_inner());
        files.push(OutFile::new(rel, bytes));
        Ok(())
    }
}

impl Memory {
    pub fn into_files(self) -> Vec<OutFile> {
        self.0.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}
