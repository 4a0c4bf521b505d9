//! Writing the site: everything goes into a staging folder next to the output, which replaces the
//! output only once the whole build has succeeded. A failed build leaves the previous site intact.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use tempfile::TempDir;
use walkdir::WalkDir;

/// A staging folder for one build.
pub struct Staging {
    dir: TempDir,
    out: PathBuf,
}

impl Staging {
    /// Creates `<out>.build-XXXX` beside `out` (same file system, so the swap is a rename).
    pub fn new(out: &Path) -> Result<Staging> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let dir = tempfile::Builder::new()
            .prefix(&format!("{name}.build-"))
            .tempdir_in(&parent)
            .map_err(|e| Error::io(&parent, e))?;
        Ok(Staging {
            dir,
            out: out.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file at `rel` (a path relative to the site root, `/`-separated).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.dir.path().join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p).map_err(|e| Error::io(p, e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
    }

    /// Copies every file under `from` to `rel` inside the staging folder.
    pub fn copy_tree(&self, from: &Path, rel: &str) -> Result<usize> {
        if !from.is_dir() {
            return Ok(0);
        }
        let mut n = 0;
        for entry in WalkDir::new(from).sort_by_file_name() {
            let entry = entry.map_err(|e| Error::other(format!("{}: {e}", from.display())))?;
            if !entry.file_type().is_file() {
                continue;
            }
            let sub = entry.path().strip_prefix(from).expect("under its root");
            let to = self.dir.path().join(rel).join(sub);
            if let Some(p) = to.parent() {
                std::fs::create_dir_all(p).map_err(|e| Error::io(p, e))?;
            }
            std::fs::copy(entry.path(), &to).map_err(|e| Error::io(entry.path(), e))?;
            n += 1;
        }
        Ok(n)
    }

    /// Puts the staged site in place of the output folder.
    pub fn commit(self) -> Result<()> {
        let staged = self.dir.keep();
        let out = self.out;
        make_world_readable(&staged)?;
        let old = out.with_file_name(format!(
            "{}.old-{}",
            out.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "public".into()),
            std::process::id()
        ));
        let had_old = out.exists();
        if had_old {
            if old.exists() {
                std::fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
            }
            std::fs::rename(&out, &old).map_err(|e| Error::io(&out, e))?;
        }
        if let Err(e) = std::fs::rename(&staged, &out) {
            if had_old {
                let _ = std::fs::rename(&old, &out);
            }
            let _ = std::fs::remove_dir_all(&staged);
            return Err(Error::io(&out, e));
        }
        if had_old {
            std::fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
        }
        Ok(())
    }
}

/// A staging folder is created private; a published site must be readable by the web server.
#[cfg(unix)]
fn make_world_readable(dir: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))
        .map_err(|e| Error::io(dir, e))
}

#[cfg(not(unix))]
fn make_world_readable(_dir: &Path) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_uncommitted_build_leaves_the_output_alone() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("index.html"), "old").unwrap();
        {
            let s = Staging::new(&out).unwrap();
            s.write("index.html", b"new").unwrap();
        }
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "old"
        );
        let s = Staging::new(&out).unwrap();
        s.write("a/b.html", b"new").unwrap();
        s.commit().unwrap();
        assert!(!out.join("index.html").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("a/b.html")).unwrap(),
            "new"
        );
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "staging and old folders are removed");
    }
}
