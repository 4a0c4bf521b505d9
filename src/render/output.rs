//! Writing the site: every file of a build goes into a staging folder next to the output (the
//! build's [`crate::sink::Sink`]), which replaces the output only once the whole build has
//! succeeded. A failed build leaves the previous site intact.

use crate::error::{Error, Result};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tempfile::TempDir;

/// A build that a newer change may make useless (`plansite serve` builds the whole site in the
/// background while edits come in): once cancelled, the build's writes fail and it never puts
/// its site in place of the output.
#[derive(Debug, Default)]
pub struct Cancel(Mutex<bool>);

impl Cancel {
    /// Cancels the build. Returns once the build can no longer replace the output: a swap it
    /// had begun is done by then, and none begins after.
    pub fn cancel(&self) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = true;
    }

    pub fn is_cancelled(&self) -> bool {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The error of a cancelled build.
fn cancelled() -> Error {
    Error::other("the build was cancelled by a newer change")
}

/// A staging folder for one build.
pub struct Staging {
    dir: TempDir,
    out: PathBuf,
    /// Stops the build when cancelled (see [`Cancel`]).
    cancel: Option<std::sync::Arc<Cancel>>,
    /// The output of the previous build, when there is one: a file the build writes unchanged is
    /// linked from it instead of written again (see [`Staging::write`]).
    previous: Option<PathBuf>,
    /// Folders of the staging folder made so far (relative, `/`-separated): each is made once,
    /// not once per file in it.
    made: Mutex<HashSet<String>>,
}

impl Staging {
    /// Creates `<out>.build-XXXX` beside `out` (same file system, so the swap is a rename).
    pub fn new(out: &Path) -> Result<Staging> {
        refuse_foreign_output(out)?;
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| Error::in_file(out, "the output must be a named folder"))?;
        remove_stale_staging(&parent, &name);
        let dir = tempfile::Builder::new()
            .prefix(&format!("{name}.build-"))
            .rand_bytes(STAGING_RANDOM)
            .tempdir_in(&parent)
            .map_err(|e| Error::io(&parent, e))?;
        crate::sink::write_file(&dir.path().join(MARKER), MARKER_TEXT.as_bytes())?;
        let previous = out.join(MARKER).is_file().then(|| out.to_path_buf());
        Ok(Staging {
            dir,
            out: out.to_path_buf(),
            cancel: None,
            previous,
            made: Mutex::new(HashSet::new()),
        })
    }

    /// The staging folder of a build that `cancel` may cancel.
    pub fn cancellable(self, cancel: Option<std::sync::Arc<Cancel>>) -> Staging {
        Staging { cancel, ..self }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file at `rel` (a path relative to the site root, `/`-separated).
    ///
    /// A file that the previous build wrote with the same bytes (and left readable by all) is
    /// hard-linked from the previous output instead: a rebuild then allocates no new inode for
    /// what did not change, which is most of the time a build takes in the kernel. The previous
    /// output is never written to, so a failed build still leaves it as it was, and the swap in
    /// [`Staging::commit`] is unchanged.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        if crate::sink::Sink::refuses(self) {
            return Err(cancelled());
        }
        let path = self.dir.path().join(rel);
        if let Some((folder, _)) = rel.rsplit_once('/') {
            self.make_folder(folder)?;
        }
        if let Some(previous) = &self.previous {
            let old = previous.join(rel);
            if unchanged(&old, bytes) && std::fs::hard_link(&old, &path).is_ok() {
                return Ok(());
            }
        }
        std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
    }

    /// Makes the folder `rel` of the staging folder, with its parents, unless this build made it.
    fn make_folder(&self, rel: &str) -> Result<()> {
        // A poisoned lock only means another write panicked; the set is still valid.
        let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
        if !made.contains(rel) {
            let dir = self.dir.path().join(rel);
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            made.insert(rel.to_string());
        }
        Ok(())
    }

    /// Puts the staged site in place of the output folder.
    pub fn commit(self) -> Result<()> {
        // Held until the swap is done: a cancel waits for it, and after a cancel none begins.
        let cancel = self.cancel.clone();
        let guard = match &cancel {
            Some(c) => {
                let g = c.0.lock().unwrap_or_else(|e| e.into_inner());
                if *g {
                    return Err(cancelled());
                }
                Some(g)
            }
            None => None,
        };
        let staged = self.dir.keep();
        let out = self.out;
        make_world_readable(&staged)?;
        if out.exists() {
            // Swap the two folders in one step, so the output is always a whole site: the old one
            // or the new one, even if the process is killed here.
            if let Err(e) = exchange(&staged, &out) {
                let _ = std::fs::remove_dir_all(&staged);
                return Err(Error::io(&out, e));
            }
            // The new site is in place: a cancel need not wait while the previous one (now in
            // `staged`) is removed.
            drop(guard);
            std::fs::remove_dir_all(&staged).map_err(|e| Error::io(&staged, e))?;
        } else if let Err(e) = std::fs::rename(&staged, &out) {
            let _ = std::fs::remove_dir_all(&staged);
            return Err(Error::io(&out, e));
        }
        Ok(())
    }
}

/// Writes `files` into the site that a build left in `out`, in place: each file whole (written
/// beside its place, then renamed over it, so a reader gets the old file or the new one), a file
/// with the same bytes left untouched, every other file of the site as it is. Returns the number
/// of files written. Refuses a folder that is not a site plansite built.
///
/// This is how `plansite serve` publishes the pages of an edited plan at once; the whole build
/// that follows puts the site in place with [`Staging::commit`] as usual.
pub fn update_in_place(out: &Path, files: &[crate::sink::OutFile]) -> Result<usize> {
    if !out.join(MARKER).is_file() {
        return Err(Error::in_file(
            out,
            format!("not a site built by plansite (no {MARKER}): nothing is updated in place"),
        ));
    }
    let mut written = 0;
    for f in files {
        let path = out.join(&f.rel);
        if std::fs::read(&path).is_ok_and(|b| b == f.bytes) {
            continue;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let part = path.with_file_name(format!(".{name}.part-{}", std::process::id()));
        crate::sink::write_file(&part, &f.bytes)?;
        if let Err(e) = std::fs::rename(&part, &path) {
            let _ = std::fs::remove_file(&part);
            return Err(Error::io(&path, e));
        }
        written += 1;
    }
    Ok(written)
}

/// Whether `old` is a regular file, readable by all, holding exactly `bytes`.
fn unchanged(old: &Path, bytes: &[u8]) -> bool {
    let Ok(meta) = std::fs::symlink_metadata(old) else {
        return false;
    };
    if !meta.is_file() || meta.len() != bytes.len() as u64 || !readable_by_all(&meta) {
        return false;
    }
    std::fs::read(old).is_ok_and(|b| b == bytes)
}

#[cfg(unix)]
fn readable_by_all(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o444 == 0o444
}

#[cfg(not(unix))]
fn readable_by_all(_meta: &std::fs::Metadata) -> bool {
    true
}

/// The file that marks a folder as a site written by plansite (so a build may replace it).
pub const MARKER: &str = ".plansite-site";
const MARKER_TEXT: &str =
    "This folder was written by `plansite build` and is replaced by the next build.\n";

/// Refuses to replace an existing folder that plansite did not write: `--out src` must never
/// delete sources.
fn refuse_foreign_output(out: &Path) -> Result<()> {
    let Ok(meta) = std::fs::symlink_metadata(out) else {
        return Ok(());
    };
    if !meta.is_dir() {
        return Err(Error::in_file(
            out,
            "the output exists and is not a folder; choose another --out",
        ));
    }
    let mut entries = std::fs::read_dir(out).map_err(|e| Error::io(out, e))?;
    if entries.next().is_none() || out.join(MARKER).is_file() {
        return Ok(());
    }
    Err(Error::in_file(
        out,
        format!("refusing to replace this folder: it is not empty and was not written by plansite (no {MARKER}); remove it or choose another --out"),
    ))
}

/// The random characters of a staging folder's name (`public.build-a1B2c3`).
const STAGING_RANDOM: usize = 6;

/// Removes staging folders left beside the output by builds that were killed.
fn remove_stale_staging(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        let stale =
            n.starts_with(&format!("{name}.build-")) || n.starts_with(&format!("{name}.old-"));
        if stale && e.path().join(MARKER).is_file() {
            let _ = std::fs::remove_dir_all(e.path());
        } else if n.strip_prefix(&format!("{name}.build-")).is_some_and(|r| {
            r.len() == STAGING_RANDOM && r.chars().all(|c| c.is_ascii_alphanumeric())
        }) {
            // A build killed between making its staging folder and marking it leaves the folder
            // empty, named as this function names them; an empty folder only (`remove_dir`).
            let _ = std::fs::remove_dir(e.path());
        }
    }
}

impl crate::sink::Sink for Staging {
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.write(rel, bytes)
    }

    fn refuses(&self) -> bool {
        self.cancel.as_ref().is_some_and(|c| c.is_cancelled())
    }
}

/// Atomically exchanges two folders (Linux `renameat2(RENAME_EXCHANGE)`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let ca = CString::new(a.as_os_str().as_bytes())?;
    let cb = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both pointers are valid NUL-terminated paths for the duration of the call.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Elsewhere: two renames (a kill between them leaves the previous site as `<out>.old-*`).
#[cfg(not(target_os = "linux"))]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    let old = b.with_file_name(format!(
        "{}.old-{}",
        b.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        std::process::id()
    ));
    std::fs::rename(b, &old)?;
    if let Err(e) = std::fs::rename(a, b) {
        let _ = std::fs::rename(&old, b);
        return Err(e);
    }
    std::fs::rename(&old, a)
}

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
    use crate::testkit::write_files;

    #[test]
    fn a_cancelled_build_writes_nothing_more_and_never_replaces_the_output() {
        use crate::sink::Sink;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_files(&out, &[("index.html", "old"), (MARKER, "")]);
        let cancel = std::sync::Arc::new(Cancel::default());
        let s = Staging::new(&out)
            .unwrap()
            .cancellable(Some(cancel.clone()));
        s.put("index.html", b"new").unwrap();
        assert!(!s.refuses());
        cancel.cancel();
        assert!(cancel.is_cancelled() && s.refuses());
        assert!(s.put("a.html", b"a").is_err());
        assert!(s.commit().is_err());
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "old"
        );
        // Its staging folder is gone too.
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(left.len(), 1, "{left:?}");
        // Not cancelled, the same build replaces the output; a cancel after that changes nothing.
        let cancel = std::sync::Arc::new(Cancel::default());
        let s = Staging::new(&out)
            .unwrap()
            .cancellable(Some(cancel.clone()));
        s.put("index.html", b"new").unwrap();
        s.commit().unwrap();
        cancel.cancel();
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "new"
        );
    }

    #[test]
    fn an_uncommitted_build_leaves_the_output_alone() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_files(&out, &[("index.html", "old"), (MARKER, "")]);
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

    #[test]
    fn a_folder_plansite_did_not_write_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("src");
        write_files(&out, &[("main.rs", "fn main() {}")]);
        let e = Staging::new(&out).err().expect("refused").to_string();
        assert!(e.contains("refusing to replace"), "{e}");
        assert!(out.join("main.rs").exists());
        // An empty folder, or one a build wrote, may be replaced.
        std::fs::remove_file(out.join("main.rs")).unwrap();
        Staging::new(&out).unwrap().commit().unwrap();
        assert!(out.join(MARKER).is_file());
        Staging::new(&out).unwrap().commit().unwrap();
    }

    #[test]
    fn folders_left_by_a_killed_build_are_removed_by_the_next() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let stale = dir.path().join("public.build-abc123");
        write_files(&stale, &[(MARKER, "")]);
        let unrelated = dir.path().join("public.build-notes");
        std::fs::create_dir_all(&unrelated).unwrap();
        // Killed before it marked its folder: empty, named as a staging folder is.
        let unmarked = dir.path().join("public.build-Xy12z9");
        std::fs::create_dir_all(&unmarked).unwrap();
        // Named so, but holding files plansite did not mark: kept.
        let foreign = dir.path().join("public.build-Ab34c5");
        write_files(&foreign, &[("notes.txt", "mine")]);
        Staging::new(&out).unwrap().commit().unwrap();
        assert!(!stale.exists());
        assert!(
            !unmarked.exists(),
            "an empty unmarked staging folder is removed"
        );
        assert!(foreign.join("notes.txt").is_file());
        assert!(
            unrelated.exists(),
            "only folders plansite wrote are removed"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_rebuild_links_unchanged_files_and_writes_the_others() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let s = Staging::new(&out).unwrap();
        for (rel, text) in [
            ("index.html", "same"),
            ("a/page.html", "before"),
            ("a/other.html", "same size"),
            ("private.html", "same"),
        ] {
            s.write(rel, text.as_bytes()).unwrap();
        }
        s.commit().unwrap();
        std::fs::set_permissions(
            out.join("private.html"),
            std::fs::Permissions::from_mode(0o600),
        )
        .unwrap();
        let inode = |rel: &str| std::fs::metadata(out.join(rel)).unwrap().ino();
        let before: Vec<u64> = ["index.html", "a/page.html", "a/other.html", "private.html"]
            .iter()
            .map(|r| inode(r))
            .collect();

        let s = Staging::new(&out).unwrap();
        s.write("index.html", b"same").unwrap();
        s.write("a/page.html", b"after, longer").unwrap();
        s.write("a/other.html", b"same SIZE").unwrap();
        s.write("private.html", b"same").unwrap();
        s.write("new.html", b"new").unwrap();
        // Until the commit, the previous site is as it was.
        assert_eq!(
            std::fs::read_to_string(out.join("a/page.html")).unwrap(),
            "before"
        );
        s.commit().unwrap();

        assert_eq!(
            inode("index.html"),
            before[0],
            "unchanged: linked, not written"
        );
        assert_eq!(
            std::fs::metadata(out.join("index.html")).unwrap().nlink(),
            1
        );
        for (rel, text) in [
            ("a/page.html", "after, longer"),
            ("a/other.html", "same SIZE"),
            ("private.html", "same"),
            ("new.html", "new"),
        ] {
            assert_eq!(
                std::fs::read_to_string(out.join(rel)).unwrap(),
                text,
                "{rel}"
            );
        }
        assert_ne!(
            inode("a/other.html"),
            before[2],
            "same size, other bytes: written"
        );
        assert_ne!(
            inode("private.html"),
            before[3],
            "not readable by all: written"
        );
        let mode = std::fs::metadata(out.join("private.html"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o444, 0o444, "the new file is readable by all");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "staging and old folders are removed");
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_in_the_previous_output_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let outside = dir.path().join("outside.html");
        std::fs::write(&outside, "same").unwrap();
        write_files(&out, &[(MARKER, "")]);
        std::os::unix::fs::symlink(&outside, out.join("index.html")).unwrap();
        let s = Staging::new(&out).unwrap();
        s.write("index.html", b"same").unwrap();
        s.commit().unwrap();
        let meta = std::fs::symlink_metadata(out.join("index.html")).unwrap();
        assert!(meta.is_file(), "a file of its own, not the link");
        std::fs::write(&outside, "changed").unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "same"
        );
    }
}
