//! The test kit: plans for tests are made the way a maintainer makes them. Plan text in the seed
//! format is written to a `seeds/` folder, imported by the real importer ([`crate::import::run`])
//! into a `content/` folder, and read back by the real loader ([`crate::content::load_site`]).
//! Nothing here builds model structs by hand, so a test plan is always one the importer can make.
//!
//! Rules: every helper takes plan text or a path and returns what the public API returns; a kit
//! helper panics with the importer's or loader's own error when a test plan is wrong (a test plan
//! that does not import is a broken test, not a case to handle). Compiled for the crate's own
//! tests and, with the `testkit` feature, for the integration suite.

use crate::model::{Block, Plan, Site};
use std::fs;
use std::path::{Path, PathBuf};

/// The slugs of the two shipped seeds.
pub const BEIJING: &str = "beijing-hrss-14th";
pub const PUDONG: &str = "pudong-employment-14th";

/// A table of names and values (no 序号 column, no attribute words), one cell per entry, for
/// the table reader's tests and the suite's.
pub const NAME_VALUE_CELLS: [&str; 12] = [
    "指标",
    "2020年",
    "2025年",
    "城镇新增就业（万人）",
    "3",
    "3.5",
    "调查失业率（%）",
    "4.5",
    "5以内",
    "职业技能培训（万人次）",
    "2",
    "3",
];

/// A numbered table without a caption (序号 指标 单位 目标, two rows), one cell per entry.
pub const NUMBERED_CELLS: [&str; 12] = [
    "序号",
    "指标",
    "单位",
    "目标",
    "1",
    "公园数量",
    "座",
    "1600",
    "2",
    "绿道长度",
    "公里",
    "2636",
];

/// The repository's root folder (where `seeds/`, `content/` and `plansite.toml` are).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The text of a shipped seed, `seeds/<slug>.txt`.
pub fn seed_text(slug: &str) -> String {
    let p = repo().join("seeds").join(format!("{slug}.txt"));
    fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// A folder holding `seeds/` with one `<slug>.txt` per plan and `content/` imported from them.
pub struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    /// Writes each `(slug, text)` as a seed and imports them all with `plansite import`'s code.
    pub fn import(plans: &[(&str, &str)]) -> Project {
        let project = Project::empty();
        fs::create_dir_all(project.seeds()).expect("seeds folder");
        for (slug, text) in plans {
            fs::write(project.seeds().join(format!("{slug}.txt")), text).expect("seed written");
        }
        project.run_import();
        project
    }

    /// Copies seed files (any folder, any name) into `seeds/` and imports them all.
    pub fn import_files(files: &[&Path]) -> Project {
        let project = Project::empty();
        fs::create_dir_all(project.seeds()).expect("seeds folder");
        for f in files {
            let name = f.file_name().expect("a seed file name");
            fs::copy(f, project.seeds().join(name))
                .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        }
        project.run_import();
        project
    }

    /// Runs the importer over `seeds/` into `content/`.
    fn run_import(&self) {
        if let Err(e) = crate::import::run(&self.seeds(), &self.content()) {
            panic!("test plans import: {e}");
        }
    }

    /// A project folder with nothing in it yet.
    pub fn empty() -> Project {
        Project {
            dir: tempfile::tempdir().expect("temp folder"),
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn seeds(&self) -> PathBuf {
        self.root().join("seeds")
    }

    pub fn content(&self) -> PathBuf {
        self.root().join("content")
    }

    /// The output folder [`Project::build`] writes.
    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    /// The folder of one plan in content/.
    pub fn plan_dir(&self, slug: &str) -> PathBuf {
        self.content().join(slug)
    }

    /// The content read back by the loader, corrections applied.
    pub fn site(&self) -> Site {
        crate::content::load_site(&self.content())
            .unwrap_or_else(|e| panic!("test content loads: {e}"))
    }

    /// One plan as written to content/, before its corrections are applied.
    pub fn plan_raw(&self, slug: &str) -> Plan {
        crate::content::load_plan_raw(&self.plan_dir(slug))
            .unwrap_or_else(|e| panic!("test plan loads: {e}"))
    }

    /// The import report the importer wrote for one plan (`import-report.toml`).
    pub fn report(&self, slug: &str) -> String {
        let p = self.plan_dir(slug).join("import-report.toml");
        fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    /// Builds the content into [`Project::public`] with the repository's `plansite.toml` and theme.
    #[cfg(feature = "site")]
    pub fn build(&self) -> crate::render::BuildSummary {
        build(&self.content(), &self.public())
    }
}

/// Plan A of the kit's sample site (`tests/fixtures/kit/plan-a.txt`): a plan issued with a notice,
/// a cover and a preamble; 第X章 chapters with 第X节 sections, lead sentences, an indicator table
/// with category and group rows and a note, a 专栏 before the first section, a numbered 专栏 with
/// a table, a 专栏 whose number repeats, cited documents, text that looks like markup or template
/// code, and two source defects (a percentage over 100, a masked character in a table row).
pub const PLAN_A: &str = include_str!("../tests/fixtures/kit/plan-a.txt");
/// Plan B of the sample site (`tests/fixtures/kit/plan-b.txt`): a web page's text, a draft with a
/// source line, 一、 parts with (一) sections, citing plan A.
pub const PLAN_B: &str = include_str!("../tests/fixtures/kit/plan-b.txt");

/// The sample site: plans A and B imported as `plan-a` and `plan-b`.
pub fn sample() -> Project {
    Project::import(&[("plan-a", PLAN_A), ("plan-b", PLAN_B)])
}

/// Plan text through the real importer and loader: the [`Site`] of the given `(slug, text)` plans.
pub fn site_of(plans: &[(&str, &str)]) -> Site {
    Project::import(plans).site()
}

/// Both shipped seeds, imported and loaded (imported once per test binary).
pub fn seed_site() -> Site {
    static SITE: std::sync::OnceLock<Site> = std::sync::OnceLock::new();
    SITE.get_or_init(|| {
        let texts = [(BEIJING, seed_text(BEIJING)), (PUDONG, seed_text(PUDONG))];
        let plans: Vec<(&str, &str)> = texts.iter().map(|(s, t)| (*s, t.as_str())).collect();
        site_of(&plans)
    })
    .clone()
}

/// The site with each plan cut to its first `n` chapters (and the tables those chapters show).
pub fn first_chapters(mut site: Site, n: usize) -> Site {
    for plan in &mut site.plans {
        plan.chapters.truncate(n);
        plan.annexes.clear();
        let mut shown = Vec::new();
        table_refs(&plan.notice, &mut shown);
        table_refs(&plan.preamble, &mut shown);
        for ch in &plan.chapters {
            table_refs(&ch.blocks, &mut shown);
            for s in &ch.sections {
                table_refs(&s.blocks, &mut shown);
            }
        }
        plan.tables.retain(|t| shown.contains(&t.id));
    }
    site
}

/// The ids of the tables that `blocks` show, boxes included.
fn table_refs(blocks: &[Block], out: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::Table(r) => out.push(r.id.clone()),
            Block::Box(bx) => table_refs(&bx.blocks, out),
            Block::Paragraph(_) | Block::Heading(_) => {}
        }
    }
}

/// Builds `content` into `out` with the repository's `plansite.toml` and theme, as
/// `plansite build --content … --out … --config plansite.toml` does.
#[cfg(feature = "site")]
pub fn build(content: &Path, out: &Path) -> crate::render::BuildSummary {
    crate::render::build(&crate::render::BuildOptions {
        content: content.to_path_buf(),
        out: out.to_path_buf(),
        config: Some(repo().join("plansite.toml")),
    })
    .unwrap_or_else(|e| panic!("test site builds: {e}"))
}

/// Runs the site check over the built site `out` and asserts that it reports as many problems as
/// `expected` holds, one containing each (matched against `file: message`).
pub fn assert_check_problems(out: &Path, expected: &[&str]) {
    let report = crate::check::check_site(out, None).expect("the check runs");
    let msgs: Vec<String> = report
        .problems
        .iter()
        .map(|p| format!("{}: {}", p.file, p.message))
        .collect();
    assert_eq!(msgs.len(), expected.len(), "{msgs:#?}");
    for e in expected {
        assert!(msgs.iter().any(|m| m.contains(e)), "{e:?} in {msgs:#?}");
    }
}

/// Lines of a table fixture as the table readers take them: blank lines become the next line's
/// `blanks_before`; lines are numbered from 1.
pub fn src_lines(text: &str) -> Vec<crate::import::tables::SrcLine<'_>> {
    let mut out = Vec::new();
    let mut blanks = 0;
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            blanks += 1;
            continue;
        }
        out.push(crate::import::tables::SrcLine {
            no: i + 1,
            text: l,
            blanks_before: blanks,
        });
        blanks = 0;
    }
    out
}

/// Header rows of real indicator tables of the corpus (`../shared/corpus/`), cell by cell, for
/// the table reader's, the indicators' and the corpus tests.
pub mod corpus_headers {
    /// sh-06's main indicators: a unit column, the attribute (属性) before the two values.
    pub const SH06_TARGETS: [&str; 6] = [
        "序号",
        "指标名称",
        "单位",
        "属性",
        "2025年基准",
        "2030年目标",
    ];
    /// sh-07's “十四五”指标完成情况: the attribute second, the target before the status quo.
    pub const SH07_RESULTS: [&str; 5] = [
        "指标名称",
        "指标属性",
        "目标值（2025年）",
        "现状值(2025年）",
        "进展评价",
    ];
    /// sh-07's “十五五” main indicators: a merged category column after the number.
    pub const SH07_TARGETS: [&str; 6] = [
        "序号",
        "类别",
        "指标名称",
        "指标属性",
        "现状值(2025年）",
        "目标值(2030年）",
    ];
    /// sh-13's main indicators: the attribute column (类型) last.
    pub const SH13_TARGETS: [&str; 6] = [
        "序号",
        "类别",
        "指标项",
        "现状值",
        "“十五五”规划目标",
        "类型",
    ];
}

/// Writes each `(path, bytes)` below `dir` (paths relative to it), creating folders as needed.
pub fn write_files<B: AsRef<[u8]>>(dir: &Path, files: &[(&str, B)]) {
    for (name, bytes) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{}: {e}", parent.display()));
        }
        fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

/// A file of a fixed set: its path and its bytes.
pub type NamedBytes<'a> = (&'a str, &'a [u8]);

/// Fuzz input as one file of a fixed set: the first byte of `data` picks the file (modulo their
/// number) and the rest becomes its bytes. Returns that first byte and the files, or `None` for
/// empty input.
pub fn one_file_replaced<'a>(
    data: &'a [u8],
    files: &[NamedBytes<'a>],
) -> Option<(u8, Vec<NamedBytes<'a>>)> {
    let (&which, body) = data.split_first()?;
    let mut files = files.to_vec();
    if !files.is_empty() {
        let k = which as usize % files.len();
        files[k].1 = body;
    }
    Some((which, files))
}

/// A fixed pseudo-random sequence (xorshift64) for property tests: the same numbers on every run,
/// so a failure repeats. `seed` must not be 0.
pub fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}
