//! Content: the editable form of plans under `content/`, read into the plan model and written
//! from it. One folder per plan:
//!
//! ```text
//! content/<plan>/_index.md         TOML front matter (metadata) + the preamble in Markdown
//! content/<plan>/_notice.md        the notice of issue (印发通知), if the plan has one
//! content/<plan>/01.md, 02.md …    one chapter per file: `number` in front matter, `# 第一章 …`,
//!                                  `## 第一节 …`, paragraphs, 专栏 as block quotes, table links
//!                                  (`###`/`####` outside a block quote: lower headings)
//! content/<plan>/annex1.md …       one annex (附件) per file: `number`, `caption`, `title` in
//!                                  front matter, then its paragraphs and table links
//! content/<plan>/tables/t1.toml    one table per file: columns and typed rows
//! content/<plan>/corrections.toml  explicit corrections shown to readers
//! content/<plan>/import-report.toml  what the importer did (not read by the build)
//! ```
//! This module reads and writes files; it does not interpret plan text beyond the grammar of
//! headings shared with the importer.

pub mod markdown;

use crate::error::{Error, Result};
use crate::grammar;
use crate::model::{
    Annex, Block, Chapter, Correction, Heading, Paragraph, Plan, PlanMeta, Section, Site, Table,
};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Files of a plan folder that the importer writes (and may replace on re-import).
pub fn is_generated(name: &str) -> bool {
    name == "_index.md"
        || name == "_notice.md"
        || name == "import-report.toml"
        || name == "tables"
        || (name.ends_with(".md") && name[..name.len() - 3].chars().all(|c| c.is_ascii_digit()))
        || is_annex_file(name)
}

/// `annex1.md`, `annex12.md`: an annex file.
pub fn is_annex_file(name: &str) -> bool {
    name.strip_prefix("annex")
        .and_then(|r| r.strip_suffix(".md"))
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// The largest content file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChapterFront {
    number: u32,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnnexFront {
    number: u32,
    caption: String,
    #[serde(default)]
    title: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CorrectionsFile {
    #[serde(default, rename = "correction")]
    corrections: Vec<Correction>,
}

// ---------------------------------------------------------------- writing

/// The files of a plan folder, path relative to the folder → contents. Deterministic.
pub fn plan_files(plan: &Plan) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    let meta = toml::to_string(&plan.meta)
        .map_err(|e| Error::other(format!("{}: metadata: {e}", plan.slug)))?;
    files.insert(
        "_index.md".to_string(),
        format!("+++\n{meta}+++\n\n{}", blocks_md(plan, &plan.preamble)),
    );
    if !plan.notice.is_empty() {
        files.insert("_notice.md".to_string(), blocks_md(plan, &plan.notice));
    }
    let width = plan.chapters.len().to_string().len().max(2);
    for ch in &plan.chapters {
        let mut md = format!(
            "+++\nnumber = {}\n+++\n\n# {}\n\n",
            ch.number,
            heading_md(&ch.label, &ch.title)
        );
        md.push_str(&blocks_md(plan, &ch.blocks));
        for s in &ch.sections {
            md.push_str(&format!("## {}\n\n", heading_md(&s.label, &s.title)));
            md.push_str(&blocks_md(plan, &s.blocks));
        }
        files.insert(format!("{:0width$}.md", ch.number), md);
    }
    for a in &plan.annexes {
        let front = toml::to_string(&AnnexFront {
            number: a.number,
            caption: a.caption.clone(),
            title: a.title.clone(),
        })
        .map_err(|e| Error::other(format!("{}: annex {}: {e}", plan.slug, a.number)))?;
        files.insert(
            format!("annex{}.md", a.number),
            format!("+++\n{front}+++\n\n{}", blocks_md(plan, &a.blocks)),
        );
    }
    for t in &plan.tables {
        let body = toml::to_string(t)
            .map_err(|e| Error::other(format!("{}: table {}: {e}", plan.slug, t.id)))?;
        files.insert(format!("tables/{}.toml", t.id), body);
    }
    Ok(files)
}

/// The corrections file for a list of corrections.
pub fn corrections_file(corrections: &[Correction]) -> Result<String> {
    let header = "# Explicit corrections of the source text, shown to readers where they apply.\n\
                  # Each entry: original = text as the source has it, corrected = text the site shows\n\
                  # (equal to original to only flag it), note = what readers are told.\n\n";
    let body = toml::to_string(&CorrectionsFile {
        corrections: corrections.to_vec(),
    })
    .map_err(|e| Error::other(format!("corrections: {e}")))?;
    Ok(format!("{header}{body}"))
}

fn heading_md(label: &str, title: &str) -> String {
    markdown::escape(&crate::link::join_label(label, title))
}

fn blocks_md(plan: &Plan, blocks: &[Block]) -> String {
    let mut md = String::new();
    for b in blocks {
        match b {
            Block::Paragraph(p) => {
                md.push_str(&markdown::paragraph(p));
                md.push_str("\n\n");
            }
            Block::Table(r) => {
                let caption = plan
                    .table(&r.id)
                    .map(|t| t.title.as_str())
                    .filter(|t| !t.is_empty());
                let text = caption
                    .map(markdown::escape)
                    .unwrap_or_else(|| format!("表 {}", r.id));
                md.push_str(&format!("[{text}](tables/{}.toml)\n\n", r.id));
            }
            Block::Heading(h) => {
                let hashes = if h.level >= 4 { "####" } else { "###" };
                md.push_str(&format!("{hashes} {}\n\n", heading_md(&h.label, &h.title)));
            }
            Block::Box(bx) => {
                md.push_str(&format!(
                    "> ### {}\n",
                    markdown::escape(&crate::link::join_label(&bx.label, &bx.title))
                ));
                for line in blocks_md(plan, &bx.blocks).trim_end().lines() {
                    md.push_str(if line.is_empty() { ">\n" } else { "> " });
                    if !line.is_empty() {
                        md.push_str(line);
                        md.push('\n');
                    }
                }
                md.push('\n');
            }
        }
    }
    md
}

// ---------------------------------------------------------------- reading

/// The most tables a plan may have, rows a table may have, and columns.
pub const MAX_TABLES: usize = 1_000;
pub const MAX_TABLE_ROWS: usize = 10_000;
pub const MAX_TABLE_COLUMNS: usize = 64;

fn read(path: &Path) -> Result<String> {
    let meta = fs::symlink_metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.file_type().is_symlink() {
        return Err(Error::in_file(
            path,
            "symbolic links are not followed under content/",
        ));
    }
    if !meta.is_file() {
        return Err(Error::in_file(path, "not a regular file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::in_file(
            path,
            format!(
                "file is {} bytes; the limit is {MAX_FILE_BYTES}",
                meta.len()
            ),
        ));
    }
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::at(path, line, "not valid UTF-8")
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(&text)
        .replace("\r\n", "\n");
    Ok(text)
}

/// Splits `+++ … +++` front matter from the body: (front matter, body, line where the body starts).
fn front_matter<'a>(path: &Path, text: &'a str) -> Result<(&'a str, &'a str, usize)> {
    let rest = text.strip_prefix("+++\n").ok_or_else(|| {
        Error::at(
            path,
            1,
            "expected TOML front matter: the file must start with a `+++` line",
        )
    })?;
    let end = rest
        .find("\n+++\n")
        .map(|i| (i, i + 5))
        .or_else(|| rest.strip_suffix("\n+++").map(|r| (r.len(), rest.len())))
        .ok_or_else(|| {
            Error::at(
                path,
                1,
                "front matter is not closed: expected a second `+++` line",
            )
        })?;
    let fm = &rest[..end.0 + 1];
    let body = &rest[end.1..];
    let body_line = fm.matches('\n').count() + 3;
    Ok((fm, body, body_line))
}

fn toml_error(path: &Path, text: &str, line_offset: usize, e: toml::de::Error) -> Error {
    let line = e
        .span()
        .map(|s| markdown::line_at(text, s.start))
        .unwrap_or(1)
        + line_offset;
    Error::at(path, line, e.message().to_string())
}

fn parse_toml<T: for<'de> Deserialize<'de>>(
    path: &Path,
    text: &str,
    line_offset: usize,
) -> Result<T> {
    toml::from_str(text).map_err(|e| toml_error(path, text, line_offset, e))
}

/// Reads a plan folder as written, without applying corrections.
pub fn load_plan_raw(dir: &Path) -> Result<Plan> {
    let slug = plan_slug(dir)?;
    refuse_links(dir)?;
    let index_path = dir.join("_index.md");
    if !index_path.is_file() {
        return Err(Error::in_file(
            dir,
            "not a plan folder: expected an `_index.md` with the plan's metadata",
        ));
    }
    let index = read(&index_path)?;
    let (fm, body, body_line) = front_matter(&index_path, &index)?;
    let meta: PlanMeta = parse_toml(&index_path, fm, 1)?;
    if meta.title.trim().is_empty() {
        return Err(Error::at(&index_path, 2, "`title` must not be empty"));
    }
    crate::catalogue::validate(&meta, &index_path, fm)?;
    let preamble = flat_blocks(&index_path, body, body_line)?;
    let notice_path = dir.join("_notice.md");
    let notice = if notice_path.is_file() {
        flat_blocks(&notice_path, &read(&notice_path)?, 1)?
    } else {
        Vec::new()
    };
    let chapters = load_numbered(
        dir,
        |name| {
            Path::new(name).extension().is_some_and(|x| x == "md")
                && !name.starts_with('_')
                && !is_annex_file(name)
        },
        load_chapter,
        |c| c.number,
        "chapter",
    )?;
    let annexes = load_numbered(dir, is_annex_file, load_annex, |a| a.number, "annex")?;
    let mut tables = Vec::new();
    let tables_dir = dir.join("tables");
    if tables_dir.is_dir() {
        let mut paths: Vec<PathBuf> = fs::read_dir(&tables_dir)
            .map_err(|e| Error::io(&tables_dir, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        if paths.len() > MAX_TABLES {
            return Err(Error::in_file(
                &tables_dir,
                format!("{} tables; the limit is {MAX_TABLES}", paths.len()),
            ));
        }
        for p in paths {
            let text = read(&p)?;
            let t: Table = parse_toml(&p, &text, 0)?;
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            if t.id != stem || !is_plain_name(&t.id) {
                return Err(Error::at(&p, 1, format!("table id `{}` must equal the file name `{stem}` and use only ASCII letters, digits, `-`, `_`", t.id)));
            }
            if t.rows.len() > MAX_TABLE_ROWS || t.columns.len() > MAX_TABLE_COLUMNS {
                return Err(Error::in_file(&p, format!("table has {} rows and {} columns; the limits are {MAX_TABLE_ROWS} rows and {MAX_TABLE_COLUMNS} columns", t.rows.len(), t.columns.len())));
            }
            if let Some(why) = t.column_groups_problem() {
                return Err(Error::in_file(&p, why));
            }
            if let Some(i) = t
                .rows
                .iter()
                .position(|r| r.cells.len() > MAX_TABLE_COLUMNS)
            {
                return Err(Error::in_file(
                    &p,
                    format!("row {} has more than {MAX_TABLE_COLUMNS} cells", i + 1),
                ));
            }
            tables.push(t);
        }
    }
    let corrections_path = dir.join("corrections.toml");
    let corrections = if corrections_path.is_file() {
        let f: CorrectionsFile = parse_toml(&corrections_path, &read(&corrections_path)?, 0)?;
        f.corrections
    } else {
        Vec::new()
    };
    let plan = Plan {
        slug,
        meta,
        notice,
        preamble,
        chapters,
        tables,
        corrections,
        annexes,
    };
    check_table_refs(dir, &plan)?;
    Ok(plan)
}

/// Reads a plan folder and applies its corrections to the text.
pub fn load_plan(dir: &Path) -> Result<Plan> {
    let mut plan = load_plan_raw(dir)?;
    apply_corrections(&mut plan, &dir.join("corrections.toml"))?;
    Ok(plan)
}

/// Loads every plan under `dir` (one folder per plan, sorted by folder name), corrections applied.
pub fn load_site(dir: &Path) -> Result<Site> {
    if !dir.is_dir() {
        return Err(Error::in_file(
            dir,
            "content folder not found (run `plansite import` first)",
        ));
    }
    let mut dirs: Vec<PathBuf> = Vec::new();
    for e in fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let e = e.map_err(|e| Error::io(dir, e))?;
        let ft = e.file_type().map_err(|err| Error::io(e.path(), err))?;
        if ft.is_dir() {
            dirs.push(e.path());
        } else if ft.is_symlink() {
            return Err(Error::in_file(
                e.path(),
                "symbolic links are not followed under content/",
            ));
        }
    }
    dirs.sort();
    let mut seen = std::collections::HashMap::new();
    for d in &dirs {
        let key = d
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if let Some(other) = seen.insert(key, d) {
            return Err(Error::in_file(
                d,
                format!(
                    "its slug collides with {} (slugs must differ in more than letter case)",
                    other.display()
                ),
            ));
        }
    }
    let bar = crate::progress::bar(dirs.len(), "loading");
    // The plans load side by side; the first error in folder order is the one reported.
    let loaded: Vec<Result<Plan>> = dirs
        .par_iter()
        .map(|d| {
            let t = std::time::Instant::now();
            let plan = load_plan(d)?;
            bar.inc(1);
            crate::progress::verbose(|| plan_line(&plan, t.elapsed()));
            Ok(plan)
        })
        .collect();
    bar.finish_and_clear();
    let mut plans = loaded.into_iter().collect::<Result<Vec<_>>>()?;
    crate::catalogue::unify_districts(&mut plans);
    if plans.is_empty() {
        return Err(Error::in_file(
            dir,
            "no plan folders found (each plan is a folder with an `_index.md`)",
        ));
    }
    Ok(Site { plans })
}

/// A verbose line about a loaded plan.
fn plan_line(plan: &Plan, took: std::time::Duration) -> String {
    let units = crate::link::units(plan);
    let n = |k: crate::link::UnitKind| units.iter().filter(|u| u.kind == k).count();
    format!(
        "{}: loaded in {} ms: {} chapters, {} sections, {} boxes, {} paragraphs, {} tables, {} corrections",
        plan.slug,
        took.as_millis(),
        plan.chapters.len(),
        n(crate::link::UnitKind::SectionHeading),
        n(crate::link::UnitKind::Box),
        n(crate::link::UnitKind::Paragraph),
        plan.tables.len(),
        plan.corrections.len()
    )
}

/// ASCII letters, digits, `-` and `_`, not empty: safe as a file name and in a URL.
pub fn is_plain_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Refuses symbolic links and special files anywhere in a plan folder: content is read from
/// regular files inside `content/` only.
fn refuse_links(dir: &Path) -> Result<()> {
    for entry in walkdir::WalkDir::new(dir).follow_links(false).max_depth(4) {
        let entry =
            entry.map_err(|e| Error::in_file(dir, format!("cannot read the plan folder: {e}")))?;
        let ft = entry.file_type();
        if ft.is_symlink() {
            return Err(Error::in_file(
                entry.path(),
                "symbolic links are not followed under content/",
            ));
        }
        if !ft.is_file() && !ft.is_dir() {
            return Err(Error::in_file(entry.path(), "not a regular file or folder"));
        }
    }
    Ok(())
}

fn plan_slug(dir: &Path) -> Result<String> {
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| Error::in_file(dir, "a plan folder name must be UTF-8"))?;
    if name.is_empty()
        || name.starts_with('.')
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(Error::in_file(
            dir,
            "a plan folder name is its URL slug: use ASCII letters, digits, `-` and `_` only",
        ));
    }
    Ok(name.to_string())
}

/// The files of `dir` whose names `wanted` selects, each read by `load`, in the order of their
/// `number`; two files with the same number are an error naming the folder.
fn load_numbered<T>(
    dir: &Path,
    wanted: impl Fn(&str) -> bool,
    load: impl Fn(&Path) -> Result<T>,
    number: impl Fn(&T) -> u32,
    what: &str,
) -> Result<Vec<T>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&wanted))
        .collect();
    files.sort();
    let mut out = files.iter().map(|p| load(p)).collect::<Result<Vec<T>>>()?;
    out.sort_by_key(&number);
    for w in out.windows(2) {
        if number(&w[0]) == number(&w[1]) {
            return Err(Error::in_file(
                dir,
                format!("two {what} files have `number = {}`", number(&w[0])),
            ));
        }
    }
    Ok(out)
}

/// The Markdown items of a file's body, which starts at line `first_line` of the file; an error
/// names its line in the file.
fn parse_body(path: &Path, body: &str, first_line: usize) -> Result<Vec<markdown::Item>> {
    markdown::parse(body)
        .map_err(|e| Error::at(path, body_line_at(body, e.at, first_line), e.message))
}

/// The line in the file of byte `at` of a body that starts at line `first_line`.
fn body_line_at(body: &str, at: usize, first_line: usize) -> usize {
    markdown::line_at(body, at) + first_line - 1
}

fn load_annex(path: &Path) -> Result<Annex> {
    let text = read(path)?;
    let (fm, body, body_line) = front_matter(path, &text)?;
    let front: AnnexFront = parse_toml(path, fm, 1)?;
    if front.caption.trim().is_empty() && front.title.trim().is_empty() {
        return Err(Error::at(
            path,
            2,
            "an annex needs a `caption` (e.g. `附件1`) or a `title`",
        ));
    }
    let items = parse_body(path, body, body_line)?;
    let mut blocks = Vec::new();
    for item in items {
        match item {
            markdown::Item::Block(b, _) => blocks.push(b),
            markdown::Item::Heading { level, text, at } if level == 3 || level == 4 => {
                let (label, title) = split_heading(&text);
                blocks.push(Block::Heading(Heading { level, label, title }));
                let _ = at;
            }
            markdown::Item::Heading { at, .. } => {
                return Err(Error::at(
                    path,
                    body_line_at(body, at, body_line),
                    "an annex takes `###` and `####` headings only (its caption is in the front matter)",
                ))
            }
        }
    }
    Ok(Annex {
        number: front.number,
        caption: front.caption,
        title: front.title,
        blocks,
    })
}

fn flat_blocks(path: &Path, body: &str, first_line: usize) -> Result<Vec<Block>> {
    let items = parse_body(path, body, first_line)?;
    let mut out = Vec::new();
    for item in items {
        match item {
            markdown::Item::Block(b, _) => out.push(b),
            markdown::Item::Heading { at, .. } => {
                return Err(Error::at(
                    path,
                    body_line_at(body, at, first_line),
                    "headings belong in chapter files, not here",
                ))
            }
        }
    }
    Ok(out)
}

fn load_chapter(path: &Path) -> Result<Chapter> {
    let text = read(path)?;
    let (fm, body, body_line) = front_matter(path, &text)?;
    let front: ChapterFront = parse_toml(path, fm, 1)?;
    let items = parse_body(path, body, body_line)?;
    let line = |at: usize| body_line_at(body, at, body_line);
    let mut chapter: Option<Chapter> = None;
    for item in items {
        match item {
            markdown::Item::Heading { level: 1, text, at } => {
                if chapter.is_some() {
                    return Err(Error::at(path, line(at), "a second `#` heading: one chapter per file"));
                }
                let (label, title) = split_heading(&text);
                chapter = Some(Chapter { number: front.number, label, title, blocks: Vec::new(), sections: Vec::new() });
            }
            markdown::Item::Heading { level: 2, text, at } => {
                let ch = chapter.as_mut().ok_or_else(|| Error::at(path, line(at), "a `##` section before the chapter's `#` heading"))?;
                let (label, title) = split_heading(&text);
                ch.sections.push(Section { number: ch.sections.len() as u32 + 1, label, title, blocks: Vec::new() });
            }
            markdown::Item::Heading { level, text, at } if level == 3 || level == 4 => {
                let ch = chapter.as_mut().ok_or_else(|| Error::at(path, line(at), "a lower heading before the chapter's `#` heading"))?;
                let (label, title) = split_heading(&text);
                let h = Block::Heading(Heading { level, label, title });
                match ch.sections.last_mut() {
                    Some(s) => s.blocks.push(h),
                    None => ch.blocks.push(h),
                }
            }
            markdown::Item::Heading { level, at, .. } => {
                return Err(Error::at(path, line(at), format!("a level-{level} heading: chapters use `#`, sections `##`, lower headings `###` and `####`; a `###` inside `>` opens a 专栏")))
            }
            markdown::Item::Block(b, at) => {
                let ch = chapter.as_mut().ok_or_else(|| Error::at(path, line(at), "text before the chapter's `#` heading"))?;
                match ch.sections.last_mut() {
                    Some(s) => s.blocks.push(b),
                    None => ch.blocks.push(b),
                }
            }
        }
    }
    chapter.ok_or_else(|| {
        Error::at(
            path,
            body_line,
            "no chapter heading: expected a `# 第一章 标题` line",
        )
    })
}

/// `第一章 站在…` → (`第一章`, `站在…`); `(一)发展基础。` → (`(一)`, `发展基础。`); no label → (``, text).
pub fn split_heading(text: &str) -> (String, String) {
    match grammar::heading_label(text) {
        Some(l) if !l.rest.is_empty() && l.style != grammar::Style::Dash => (l.text, l.rest),
        _ => (String::new(), text.trim().to_string()),
    }
}

fn check_table_refs(dir: &Path, plan: &Plan) -> Result<()> {
    fn walk(blocks: &[Block], out: &mut Vec<String>) {
        for b in blocks {
            match b {
                Block::Table(r) => out.push(r.id.clone()),
                Block::Box(bx) => walk(&bx.blocks, out),
                Block::Paragraph(_) | Block::Heading(_) => {}
            }
        }
    }
    let mut refs = Vec::new();
    walk(&plan.preamble, &mut refs);
    for ch in &plan.chapters {
        walk(&ch.blocks, &mut refs);
        for s in &ch.sections {
            walk(&s.blocks, &mut refs);
        }
    }
    for a in &plan.annexes {
        walk(&a.blocks, &mut refs);
    }
    for r in &refs {
        if plan.table(r).is_none() {
            return Err(Error::in_file(
                dir.join("tables"),
                format!("the text links to table `{r}` but tables/{r}.toml does not exist"),
            ));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- corrections

/// Every piece of text of a plan a correction can apply to, mutable.
fn for_each_text(plan: &mut Plan, f: &mut dyn FnMut(&mut String)) {
    fn blocks(bs: &mut [Block], f: &mut dyn FnMut(&mut String)) {
        for b in bs {
            match b {
                Block::Paragraph(p) => paragraph(p, f),
                Block::Box(bx) => {
                    f(&mut bx.title);
                    blocks(&mut bx.blocks, f);
                }
                Block::Heading(h) => f(&mut h.title),
                Block::Table(_) => {}
            }
        }
    }
    fn paragraph(p: &mut Paragraph, f: &mut dyn FnMut(&mut String)) {
        let mut full = p.full_text();
        let before = full.clone();
        f(&mut full);
        if full == before {
            return;
        }
        let marker = p.marker.take().filter(|m| full.starts_with(m.as_str()));
        let rest = &full[marker.as_ref().map_or(0, |m| m.len())..];
        let lead = p.lead.take().filter(|l| rest.starts_with(l.as_str()));
        let text = rest[lead.as_ref().map_or(0, |l| l.len())..].to_string();
        *p = Paragraph { marker, lead, text };
    }
    blocks(&mut plan.notice, f);
    blocks(&mut plan.preamble, f);
    for ch in &mut plan.chapters {
        f(&mut ch.title);
        blocks(&mut ch.blocks, f);
        for s in &mut ch.sections {
            f(&mut s.title);
            blocks(&mut s.blocks, f);
        }
    }
    for a in &mut plan.annexes {
        f(&mut a.title);
        blocks(&mut a.blocks, f);
    }
    for t in &mut plan.tables {
        f(&mut t.title);
        for r in &mut t.rows {
            f(&mut r.name);
            for c in &mut r.cells {
                f(c);
            }
        }
        for n in &mut t.notes {
            f(n);
        }
    }
}

/// Applies each correction to every place its original text occurs; a correction whose text is
/// not found is an error (it would silently do nothing).
pub fn apply_corrections(plan: &mut Plan, path: &Path) -> Result<()> {
    let corrections = plan.corrections.clone();
    for (i, c) in corrections.iter().enumerate() {
        if c.original.is_empty() {
            return Err(Error::in_file(
                path,
                format!("correction {}: `original` must not be empty", i + 1),
            ));
        }
        let mut found = 0;
        for_each_text(plan, &mut |s: &mut String| {
            let n = s.matches(c.original.as_str()).count();
            if n > 0 {
                found += n;
                *s = s.replace(c.original.as_str(), &c.corrected);
            }
        });
        if found == 0 {
            return Err(Error::in_file(
                path,
                format!(
                    "correction {}: the text `{}` does not occur in the plan",
                    i + 1,
                    c.original
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_split_into_label_and_title() {
        assert_eq!(
            split_heading("第一章 站在历史新起点"),
            ("第一章".into(), "站在历史新起点".into())
        );
        assert_eq!(
            split_heading("(一)发展基础。"),
            ("(一)".into(), "发展基础。".into())
        );
        assert_eq!(
            split_heading("一、“十四五”发展基础"),
            ("一、".into(), "“十四五”发展基础".into())
        );
        assert_eq!(split_heading("附录"), ("".into(), "附录".into()));
    }

    #[test]
    fn front_matter_errors_name_the_line() {
        let e = parse_toml::<PlanMeta>(
            Path::new("content/p/_index.md"),
            "title = \"x\"\ndraft = \"yes\"\n",
            1,
        )
        .unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("content/p/_index.md:3:"), "{msg}");
        let e = front_matter(Path::new("a.md"), "title = 1\n").unwrap_err();
        assert!(e.to_string().starts_with("a.md:1:"));
    }
}

#[cfg(test)]
mod load_order_tests {
    use super::*;

    /// Plans load side by side, but of several broken plan folders the error is always about the
    /// first in folder order.
    #[test]
    fn the_first_broken_plan_in_folder_order_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let names = ["plan-a", "plan-b", "plan-c", "plan-d", "plan-e", "plan-f"];
        for n in names {
            // A plan folder with front matter that does not parse.
            std::fs::create_dir(dir.path().join(n)).unwrap();
            std::fs::write(dir.path().join(n).join("_index.md"), "+++\ntitle = \n+++\n").unwrap();
        }
        for _ in 0..20 {
            let e = load_site(dir.path()).unwrap_err().to_string();
            assert!(e.contains("plan-a"), "{e}");
        }
    }
}
