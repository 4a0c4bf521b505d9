//! The import report: what the importer did to a seed, with source line numbers — page-break
//! repairs, lines set aside (table of contents, page numbers, chrome), warnings, source defects.
//! Written to `content/<plan>/import-report.toml` and summarised on the terminal.

use crate::model::{Block, Plan};
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub seed: String,
    pub plan: String,
    pub counts: Counts,
    /// Page-break repairs: joins, repeated characters, repeated table headers.
    pub repairs: Vec<Repair>,
    /// Lines that are not text of the plan, and where they went.
    pub set_aside: Vec<SetAside>,
    /// Source defects found in the text (kept as written, shown to readers).
    pub defects: Vec<Defect>,
    /// Things a maintainer should look at.
    pub warnings: Vec<Warning>,
    /// The table of contents entries (line, text), checked against the body's headings.
    #[serde(skip)]
    pub toc: Vec<(usize, String)>,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub chapters: usize,
    pub sections: usize,
    pub boxes: usize,
    pub paragraphs: usize,
    pub tables: usize,
    pub table_rows: usize,
    /// Headings below the section, level 3.
    pub level3: usize,
    /// Headings below the section, level 4.
    pub level4: usize,
    pub annexes: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Repair {
    pub kind: String,
    pub lines: Vec<usize>,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SetAside {
    pub kind: String,
    pub line: usize,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Defect {
    pub kind: String,
    pub line: usize,
    pub excerpt: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Warning {
    /// Seed line, 0 when the warning is about the result as a whole.
    pub line: usize,
    pub message: String,
}

impl Report {
    pub fn new(seed: &str, plan: &str) -> Self {
        Report {
            seed: seed.to_string(),
            plan: plan.to_string(),
            ..Default::default()
        }
    }

    pub fn repair(&mut self, lines: Vec<usize>, kind: &str, detail: String) {
        self.repairs.push(Repair {
            kind: kind.to_string(),
            lines,
            detail,
        });
    }

    pub fn set_aside(&mut self, line: usize, kind: &str, detail: &str) {
        self.set_aside.push(SetAside {
            kind: kind.to_string(),
            line,
            detail: detail.to_string(),
        });
    }

    pub fn warn(&mut self, line: usize, message: String) {
        self.warnings.push(Warning { line, message });
    }

    /// Counts the outline of the imported plan.
    pub fn count(&mut self, plan: &Plan) {
        let mut c = Counts {
            chapters: plan.chapters.len(),
            sections: plan.chapters.iter().map(|ch| ch.sections.len()).sum(),
            boxes: plan.boxes().len(),
            tables: plan.tables.len(),
            table_rows: plan.tables.iter().map(|t| t.rows.len()).sum(),
            ..Default::default()
        };
        fn paragraphs(blocks: &[Block]) -> usize {
            blocks
                .iter()
                .map(|b| match b {
                    Block::Paragraph(_) => 1,
                    Block::Box(bx) => paragraphs(&bx.blocks),
                    Block::Table(_) | Block::Heading(_) => 0,
                })
                .sum()
        }
        for ch in &plan.chapters {
            for (_, h) in Plan::headings_of(ch) {
                match h.level {
                    3 => c.level3 += 1,
                    _ => c.level4 += 1,
                }
            }
        }
        c.annexes = plan.annexes.len();
        c.paragraphs = paragraphs(&plan.preamble)
            + plan
                .annexes
                .iter()
                .map(|a| paragraphs(&a.blocks))
                .sum::<usize>()
            + plan
                .chapters
                .iter()
                .map(|ch| {
                    paragraphs(&ch.blocks)
                        + ch.sections
                            .iter()
                            .map(|s| paragraphs(&s.blocks))
                            .sum::<usize>()
                })
                .sum::<usize>();
        self.counts = c;
    }

    /// A few lines for the terminal.
    pub fn summary(&self) -> String {
        let c = &self.counts;
        format!(
            "{}: {} chapters, {} sections, {}+{} lower headings, {} boxes, {} paragraphs, {} tables ({} rows), {} annexes; {} repairs, {} lines set aside, {} defects, {} warnings\n",
            self.plan,
            c.chapters,
            c.sections,
            c.level3,
            c.level4,
            c.boxes,
            c.paragraphs,
            c.tables,
            c.table_rows,
            c.annexes,
            self.repairs.len(),
            self.set_aside.len(),
            self.defects.len(),
            self.warnings.len()
        )
    }
}
