//! Import: plain-text plans (`seeds/*.txt`) → the plan model → editable `content/`.
//!
//! Each seed is decoded ([`decode`]), parsed by the document grammar (the shared line grammar
//! [`crate::grammar`], then [`outline`], [`tables`]), written as content files, read back, and
//! proven faithful ([`fidelity`]): the body text in content/ equals the seed's modulo whitespace,
//! or the import fails naming the seed line. Each seed imports on its own: a seed that fails is
//! reported with its file and line and nothing of it is written, while the other seeds of the batch
//! are (the command still exits non-zero). The new content/ is assembled in a temporary folder and
//! swapped in at the end. Files a maintainer owns (corrections.toml, anything that is not
//! generated) are carried over untouched.

pub mod decode;
pub mod fidelity;
pub mod layout;
pub mod outline;
pub mod report;
pub mod tables;

use crate::content;
use crate::error::{Error, Result};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// What an import did, for the terminal.
#[derive(Debug, Default)]
pub struct ImportSummary {
    pub plans: Vec<report::Report>,
    pub content: PathBuf,
}

impl fmt::Display for ImportSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in &self.plans {
            write!(f, "{}", r.summary())?;
        }
        writeln!(
            f,
            "imported {} plan(s) into {} (fidelity check passed; reports in <plan>/import-report.toml)",
            self.plans.len(),
            self.content.display()
        )
    }
}

/// One imported plan, ready to be written.
pub struct Imported {
    pub slug: String,
    pub files: std::collections::BTreeMap<String, String>,
    pub corrections: String,
    pub report: report::Report,
}

/// The seeds of a folder, sorted by name.
pub fn seed_files(seeds: &Path) -> Result<Vec<PathBuf>> {
    let entries = fs::read_dir(seeds).map_err(|e| Error::io(seeds, e))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::in_file(seeds, "no seed files (*.txt) found"));
    }
    Ok(files)
}

/// The plan slug of a seed file: its file name without `.txt`.
pub fn slug_of(path: &Path) -> Result<String> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if stem.is_empty()
        || stem.starts_with('.')
        || !stem
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(Error::in_file(
            path,
            "a seed's file name becomes the plan's URL slug: use ASCII letters, digits, `-` and `_` only",
        ));
    }
    Ok(stem.to_string())
}

/// Imports one seed: parse, write to a scratch folder, read back, check fidelity.
pub fn import_seed(path: &Path) -> Result<Imported> {
    slug_of(path)?;
    let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() as usize > decode::MAX_SEED_BYTES {
        return Err(Error::in_file(
            path,
            format!(
                "seed is {} bytes; the limit is {} bytes",
                meta.len(),
                decode::MAX_SEED_BYTES
            ),
        ));
    }
    if !meta.is_file() {
        return Err(Error::in_file(path, "not a regular file"));
    }
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    import_bytes(path, &bytes)
}

/// Imports the text of a seed read from `path` (the path names the plan and appears in errors).
pub fn import_bytes(path: &Path, bytes: &[u8]) -> Result<Imported> {
    let slug = slug_of(path)?;
    let mut lines = decode::decode(path, bytes)?;
    // Tables aligned with spaces are read as tab-separated ones (whitespace only changes).
    let aligned = layout::space_aligned_to_tabs(&mut lines);
    let seed_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let mut parsed = outline::parse(&slug, &seed_name, &lines)
        .map_err(|e| Error::at(path, e.line, e.message))?;
    crate::catalogue::fill(&mut parsed.plan.meta);
    crate::catalogue::qualify_district(
        &mut parsed.plan.meta,
        lines.iter().map(|l| l.text.as_str()),
    );
    let files = content::plan_files(&parsed.plan)?;
    let corrections = content::corrections_file(&parsed.corrections)?;

    // Read the written form back and prove it holds the seed's text.
    let scratch = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let dir = scratch.path().join(&slug);
    write_files(&dir, &files)?;
    fs::write(dir.join("corrections.toml"), &corrections)
        .map_err(|e| Error::io(dir.join("corrections.toml"), e))?;
    let raw = content::load_plan_raw(&dir)?;
    fidelity::check(path, &lines, &parsed.roles, &raw)?;
    // The corrections must apply to what was written.
    let mut corrected = raw.clone();
    content::apply_corrections(&mut corrected, &dir.join("corrections.toml"))?;

    let mut report = parsed.report;
    for (first, last) in aligned {
        report.warnings.push(report::Warning {
            line: first,
            message: format!(
                "lines {first}–{last}: a table aligned with spaces, read by where its cells \
                 stand under the header's: check the cells of rows with empty ones"
            ),
        });
    }
    report.defects = crate::defects::scan_plan(&raw)
        .into_iter()
        .map(|d| report::Defect {
            line: lines
                .iter()
                .find(|l| l.text.contains(&d.excerpt))
                .map_or(0, |l| l.no),
            kind: format!("{:?}", d.kind),
            excerpt: d.excerpt,
            message: d.message,
        })
        .collect();
    let mut files = files;
    files.insert(
        "import-report.toml".into(),
        format!(
            "# What `plansite import` did to seeds/{seed_name}. Generated; edits are overwritten.\n\n{}",
            toml::to_string(&report).map_err(|e| Error::other(format!("import report: {e}")))?
        ),
    );
    Ok(Imported {
        slug,
        files,
        corrections,
        report,
    })
}

fn write_files(dir: &Path, files: &std::collections::BTreeMap<String, String>) -> Result<()> {
    for (name, body) in files {
        let p = dir.join(name);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        fs::write(&p, body).map_err(|e| Error::io(&p, e))?;
    }
    Ok(())
}

/// Imports every seed of `seeds` into `content`. Either every seed imports and content/ is
/// replaced at once, or nothing is written.
pub fn run(seeds: &Path, content_dir: &Path) -> Result<ImportSummary> {
    let files = seed_files(seeds)?;
    let mut seen: std::collections::HashMap<String, &PathBuf> = std::collections::HashMap::new();
    for f in &files {
        if let Some(other) = seen.insert(slug_of(f)?.to_ascii_lowercase(), f) {
            return Err(Error::in_file(
                f,
                format!(
                    "its slug collides with {} (slugs must differ in more than letter case)",
                    other.display()
                ),
            ));
        }
    }
    let bar = crate::progress::bar(files.len(), "importing");
    // Each seed imports on its own: a seed that cannot be imported is reported and the others are
    // still written.
    let mut imported = Vec::new();
    let mut failed: Vec<Error> = Vec::new();
    for p in &files {
        let t = std::time::Instant::now();
        match import_seed(p) {
            Ok(imp) => {
                crate::progress::verbose(|| {
                    format!(
                        "{}: imported in {} ms: {} repairs, {} warnings, {} defects, {} lines set aside",
                        imp.slug,
                        t.elapsed().as_millis(),
                        imp.report.repairs.len(),
                        imp.report.warnings.len(),
                        imp.report.defects.len(),
                        imp.report.set_aside.len()
                    )
                });
                imported.push(imp);
            }
            Err(e) => failed.push(e),
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    if imported.is_empty() {
        return Err(batch_error(&files, &[], failed));
    }
    let parent = match content_dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
    let staging = tempfile::Builder::new()
        .prefix(".content-import-")
        .tempdir_in(&parent)
        .map_err(|e| Error::io(&parent, e))?;
    let next = staging.path().join("content");
    if content_dir.exists() {
        copy_tree(content_dir, &next)?;
    } else {
        fs::create_dir_all(&next).map_err(|e| Error::io(&next, e))?;
    }
    for imp in &imported {
        let dir = next.join(&imp.slug);
        if dir.is_dir() {
            for e in fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))? {
                let e = e.map_err(|e| Error::io(&dir, e))?;
                let name = e.file_name().to_string_lossy().to_string();
                if content::is_generated(&name) {
                    let p = e.path();
                    if p.is_dir() {
                        fs::remove_dir_all(&p).map_err(|err| Error::io(&p, err))?;
                    } else {
                        fs::remove_file(&p).map_err(|err| Error::io(&p, err))?;
                    }
                }
            }
        }
        write_files(&dir, &imp.files)?;
        let corrections = dir.join("corrections.toml");
        if !corrections.exists() {
            fs::write(&corrections, &imp.corrections).map_err(|e| Error::io(&corrections, e))?;
        }
    }
    // The maintainer's corrections must still apply to the new text.
    content::load_site(&next)?;
    swap_into_place(&next, content_dir, staging.path())?;
    let summary = ImportSummary {
        plans: imported.into_iter().map(|i| i.report).collect(),
        content: content_dir.to_path_buf(),
    };
    if !failed.is_empty() {
        return Err(batch_error(&files, &summary.plans, failed));
    }
    Ok(summary)
}

/// The error of a batch in which some seeds could not be imported: what was imported, then every
/// seed that failed with its file and line.
fn batch_error(files: &[PathBuf], done: &[report::Report], failed: Vec<Error>) -> Error {
    let mut msg = String::new();
    for r in done {
        msg.push_str(&r.summary());
    }
    msg.push_str(&format!(
        "imported {} of {} plan(s); {} could not be imported (nothing of them was written):\n",
        done.len(),
        files.len(),
        failed.len()
    ));
    for e in &failed {
        msg.push_str(&format!("  {e}\n"));
    }
    Error::other(msg.trim_end().to_string())
}

/// Moves `next` to `target`, keeping the old tree until the new one is in place.
fn swap_into_place(next: &Path, target: &Path, staging: &Path) -> Result<()> {
    let old = staging.join("previous");
    if target.exists() {
        fs::rename(target, &old).map_err(|e| Error::io(target, e))?;
    }
    if let Err(e) = fs::rename(next, target) {
        if old.exists() {
            let _ = fs::rename(&old, target);
        }
        return Err(Error::io(target, e));
    }
    Ok(())
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    for entry in walkdir::WalkDir::new(from).follow_links(false) {
        let entry = entry.map_err(|e| Error::in_file(from, format!("cannot read content: {e}")))?;
        let rel = entry.path().strip_prefix(from).expect("under root");
        let dest = to.join(rel);
        let ft = entry.file_type();
        if ft.is_dir() {
            fs::create_dir_all(&dest).map_err(|e| Error::io(&dest, e))?;
        } else if ft.is_file() {
            fs::copy(entry.path(), &dest).map_err(|e| Error::io(entry.path(), e))?;
        } else {
            return Err(Error::in_file(
                entry.path(),
                "not a regular file or folder (symbolic links are not followed under content/)",
            ));
        }
    }
    Ok(())
}
