//! The plan model: plain data that the importer produces from a seed and the content loader
//! produces from `content/`. Every later stage (link, render, search, indicators) reads it and
//! nothing else. No I/O and no presentation here.

use serde::{Deserialize, Serialize};

/// Every plan of a site, in display order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Site {
    pub plans: Vec<Plan>,
}

/// One plan (规划): metadata, the text before the body, the body outline and its tables.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Folder name under `content/`; also the URL segment of the plan.
    pub slug: String,
    pub meta: PlanMeta,
    /// The notice of issue (印发通知), kept as text of the plan; shown on the overview page.
    #[serde(default)]
    pub notice: Vec<Block>,
    /// Text between the title and the first chapter (引言); shown on the overview page.
    #[serde(default)]
    pub preamble: Vec<Block>,
    pub chapters: Vec<Chapter>,
    /// Every table of the plan; the body refers to them by id with [`Block::Table`].
    #[serde(default)]
    pub tables: Vec<Table>,
    /// Explicit, reader-visible corrections of the source text (content/<plan>/corrections.toml).
    #[serde(default)]
    pub corrections: Vec<Correction>,
    /// Annexes (附件) after the body, each on its own page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annexes: Vec<Annex>,
}

/// Facts about the document, from its cover, notice or web-page chrome.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanMeta {
    pub title: String,
    /// The title line(s) as the document writes them, when they differ from `title` (e.g. wrapped
    /// in 《 》 or spelled over two lines).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_as_written: Option<String>,
    /// Issuing bodies, e.g. 北京市人力资源和社会保障局.
    #[serde(default)]
    pub issuers: Vec<String>,
    /// Document number (发文字号), e.g. 京人社规字〔2021〕54号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<String>,
    /// Date of issue or publication, ISO `YYYY-MM-DD`, or `YYYY-MM` when the document gives its month only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Publisher named by a web source line (来源).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The source line exactly as found, e.g. `来源:… 发布时间:… 浏览量:18`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_line: Option<String>,
    /// The text is a draft (拟文稿, 征求意见稿 …).
    #[serde(default)]
    pub draft: bool,
    /// The marker that made it a draft, as written (e.g. `(拟文稿)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft_label: Option<String>,
    /// Series line of the cover, e.g. 北京市“十四五”一般专项规划.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    /// The date printed on the cover as written, e.g. 2021年9月.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_date: Option<String>,
    /// Web-page chrome that is not text of the plan (e.g. `浏览量:18`, a trailing counter).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chrome: Vec<String>,
    /// The seed file the plan was imported from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<String>,
    /// Catalogue: the region the plan covers, as named (北京市, 上海市黄浦区 …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Catalogue: administrative level of the issuer: `national`, `provincial`, `municipal` or
    /// `district`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// Catalogue: the five-year period, as written (十四五, 十五五 …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Catalogue: subject area (就业和社会保障, 城市更新, 绿化市容 …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

/// A top-level division: 第X章, 第X部分, or a part numbered 一、.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Chapter {
    /// 1-based position in the plan.
    pub number: u32,
    /// The numbering as written: 第一章, 第一部分, 一、.
    pub label: String,
    pub title: String,
    /// Blocks before the first section.
    #[serde(default)]
    pub blocks: Vec<Block>,
    #[serde(default)]
    pub sections: Vec<Section>,
}

/// A second-level division: 第X节 or a sub-part (一).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// 1-based position in its chapter.
    pub number: u32,
    /// The numbering as written: 第一节, (一), （一）.
    pub label: String,
    /// The title as written. A heading run into its paragraph keeps its closing mark
    /// (`发展基础。`); use [`Section::display_title`] for headings and tables of contents.
    pub title: String,
    #[serde(default)]
    pub blocks: Vec<Block>,
}

impl Section {
    /// The title without the sentence mark a run-in heading ends with.
    pub fn display_title(&self) -> &str {
        trim_heading_mark(&self.title)
    }
}

impl Chapter {
    pub fn display_title(&self) -> &str {
        trim_heading_mark(&self.title)
    }
}

/// Strips one trailing 。/./:/： from a heading.
pub fn trim_heading_mark(title: &str) -> &str {
    title
        .strip_suffix('。')
        .or_else(|| title.strip_suffix('：'))
        .or_else(|| title.strip_suffix(':'))
        .or_else(|| title.strip_suffix('.'))
        .unwrap_or(title)
}

/// A unit of body text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph(Paragraph),
    Box(PlanBox),
    Table(TableRef),
    /// A heading below the section: level 3 (`（一）` under `一、` under a part, or `1.` under
    /// `（一）`) or level 4. It heads the blocks that follow it, up to the next heading.
    Heading(Heading),
}

/// A heading below the section level, kept in the flow of blocks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Heading {
    /// 3 or 4 (chapter headings are level 1, sections level 2).
    pub level: u8,
    /// The numbering as written: `（二）`, `1.`, `1、`, `(1)`.
    pub label: String,
    /// The title as written; a heading run into its paragraph keeps its closing mark (`标题。`).
    pub title: String,
}

impl Heading {
    pub fn display_title(&self) -> &str {
        trim_heading_mark(&self.title)
    }
}

/// An annex (附件) of the plan: its caption as written, then its text and tables.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Annex {
    /// 1-based position among the plan's annexes.
    pub number: u32,
    /// The caption line as written: `附件1：…`, `附件：…`, `附件`.
    pub caption: String,
    /// A title line under the caption, as written (may be empty).
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// A table's caption without the unit line read with it (`…项目表 单位：万元` → `…项目表`) and
/// the note in brackets on a line of its own under it (`…项目表 （按项目类型分类）`): the unit
/// and the note are the table's, not the annex's heading.
fn without_unit_line(title: &str) -> &str {
    let unit = ["单位：", "单位:", "（单位", "(单位"]
        .iter()
        .filter_map(|u| title.find(u))
        .min();
    let title = match unit {
        Some(at) => title[..at].trim_end_matches([' ', '\u{3000}']),
        None => title,
    };
    match title.rsplit_once(" （").or_else(|| title.rsplit_once(" (")) {
        Some((caption, note)) if !caption.is_empty() && note.ends_with(['）', ')']) => {
            caption.trim_end_matches([' ', '\u{3000}'])
        }
        _ => title,
    }
}

impl Annex {
    /// The heading of the annex page: caption and title. A bare caption (`附件：`, `附件1`, `附表`)
    /// whose annex opens with a captioned table is headed by that caption too
    /// (`附件：重点任务一览表`, `附件1 重点项目表`, `附表 重点项目表`), as the document reads.
    pub fn heading(&self, tables: &[Table]) -> String {
        match self.shown_title(tables) {
            Some(t) if self.title.is_empty() => format!(
                "{}{}{t}",
                self.caption,
                crate::text::label_separator(&self.caption)
            ),
            _ => self.name(),
        }
    }

    /// The title the annex is known by: its own, or under a bare caption the caption of the table
    /// it opens with, without the table's unit line (`重点项目表 单位：万元` → `重点项目表`).
    pub fn shown_title<'a>(&'a self, tables: &'a [Table]) -> Option<&'a str> {
        if !self.title.is_empty() {
            return Some(&self.title);
        }
        let caption = self.caption.trim_end_matches(['：', ':', ' ', '　']);
        let bare = caption
            .strip_prefix("附件")
            .or_else(|| caption.strip_prefix("附表"))
            .is_some_and(|n| {
                n.chars()
                    .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
            });
        match self.blocks.first() {
            Some(Block::Table(r)) if bare => tables
                .iter()
                .find(|t| t.id == r.id)
                .map(|t| without_unit_line(&t.title))
                .filter(|t| !t.is_empty()),
            _ => None,
        }
    }

    /// Caption and title as one name (`附表1 重大项目表`, `附表1：重大项目表`, `附件2 名词解释`):
    /// a space between them unless the caption ends with a mark.
    pub fn name(&self) -> String {
        let caption = self.caption.trim();
        let title = self.title.trim();
        if title.is_empty() || caption.is_empty() {
            format!("{caption}{title}")
        } else {
            format!("{caption}{}{title}", crate::text::label_separator(caption))
        }
    }
}

/// A paragraph: an optional item marker (`1.`, `1、`, `(1)`, `——`), an optional lead sentence
/// (set in bold in the original; it works as the clause's title), and the rest of the text.
/// The full text is `marker + lead + text`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    /// The lead sentence including its closing mark (`坚持经济发展就业导向。`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<String>,
    pub text: String,
}

impl Paragraph {
    pub fn plain(text: impl Into<String>) -> Self {
        Paragraph {
            marker: None,
            lead: None,
            text: text.into(),
        }
    }

    /// The paragraph's whole text, as in the source.
    pub fn full_text(&self) -> String {
        let mut s = String::new();
        if let Some(m) = &self.marker {
            s.push_str(m);
        }
        if let Some(l) = &self.lead {
            s.push_str(l);
        }
        s.push_str(&self.text);
        s
    }
}

/// A box (专栏): a numbered, titled aside that names a programme or project.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanBox {
    /// The box number, if the source numbers its boxes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The label as written, without the title: `专栏 1`, `专栏15`, `专栏`.
    pub label: String,
    pub title: String,
    /// Paragraphs and tables inside the box.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// A reference from the body to one of the plan's tables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableRef {
    pub id: String,
}

/// A table of the plan (usually an indicator table), as typed rows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// Structural id, `t1`, `t2` … in order of appearance.
    pub id: String,
    /// The caption line above the table, as written (may be empty).
    #[serde(default)]
    pub title: String,
    /// Header cells, one per column. The first names the row-name column. Under a two-row
    /// header these are the lower row's cells, and the cells that span both rows.
    pub columns: Vec<String>,
    /// The upper row's cells that stand over columns of the lower row (a two-row header:
    /// `基期值` over `2020年`), left to right; empty for a one-row header.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub column_groups: Vec<ColumnGroup>,
    pub rows: Vec<TableRow>,
    /// Notes printed under the table (`注 : █ 为五年累计数`).
    #[serde(default)]
    pub notes: Vec<String>,
    /// The caption stands below the table in the source; `title` is printed under it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub caption_below: bool,
    /// Where the source breaks the table and goes on (`续表`, then usually the header again), in
    /// row order: shown where it stands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub continued: Vec<Continued>,
}

/// A break in a table where the source goes on with `续表` (a page break of the printed plan).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Continued {
    /// The row it stands before (an index into `Table::rows`; the number of rows: after the last).
    pub before: usize,
    /// The mark as written (`续表`, `续表1`, `（续表）`).
    pub mark: String,
    /// The header is written again after the mark.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub header: bool,
}

/// A header cell over several columns of a table's lower header row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnGroup {
    /// The cell as written.
    pub title: String,
    /// The first column under it (an index into `Table::columns`, 0 for the row-name column).
    pub first: usize,
    /// How many columns it stands over (at least 1).
    pub span: usize,
}

impl Table {
    /// The innermost group over column `i`, if any.
    pub fn group_of(&self, i: usize) -> Option<&ColumnGroup> {
        self.groups_over(i).last().copied()
    }

    /// The groups over column `i`, outermost first (a header of three rows: `“十四五”目标`, then
    /// `阶段目标` over `2023年`).
    pub fn groups_over(&self, i: usize) -> Vec<&ColumnGroup> {
        let mut over: Vec<&ColumnGroup> = self
            .column_groups
            .iter()
            .filter(|g| i >= g.first && i - g.first < g.span)
            .collect();
        over.sort_by_key(|g| std::cmp::Reverse(g.span));
        over
    }

    /// The whole header of each column: the cells of the groups over it, outermost first, and
    /// the column's own (`基期值 2020年`, `“十四五”目标 阶段目标 2023年`).
    pub fn headers(&self) -> Vec<String> {
        (0..self.columns.len())
            .map(|i| {
                let mut parts: Vec<&str> = self
                    .groups_over(i)
                    .iter()
                    .map(|g| g.title.as_str())
                    .collect();
                parts.push(self.columns[i].as_str());
                parts.join(" ")
            })
            .collect()
    }

    /// The header's rows, top down, each a list of `(cell, columns spanned, rows spanned)`: a
    /// group's cell once, over its columns, one row high; a column's own cell in the row under
    /// its innermost group, down to the last row. One row (the columns) without groups. A group
    /// over one column only, innermost, stands down to the last row but one, its column's cell
    /// in the last row (`基期值` over `2020年` beside `“十四五”目标` over `阶段目标` over
    /// `2023年`: as such headers are written).
    pub fn header_rows(&self) -> Vec<Vec<(&str, usize, usize)>> {
        let over: Vec<Vec<&ColumnGroup>> = (0..self.columns.len())
            .map(|i| self.groups_over(i))
            .collect();
        let depth = over.iter().map(Vec::len).max().unwrap_or(0);
        let mut rows: Vec<Vec<(&str, usize, usize)>> = vec![Vec::new(); depth + 1];
        for (i, (c, groups)) in self.columns.iter().zip(&over).enumerate() {
            let n = groups.len();
            let stretched = groups.last().is_some_and(|g| g.span == 1) && n < depth;
            for (level, g) in groups.iter().enumerate() {
                if g.first == i {
                    let high = if stretched && level + 1 == n {
                        depth - level
                    } else {
                        1
                    };
                    rows[level].push((g.title.as_str(), g.span, high));
                }
            }
            if stretched {
                rows[depth].push((c.as_str(), 1, 1));
            } else {
                rows[n].push((c.as_str(), 1, depth + 1 - n));
            }
        }
        rows
    }

    /// The header's cells in reading order: row after row.
    pub fn header_cells(&self) -> Vec<&str> {
        self.header_rows()
            .into_iter()
            .flatten()
            .map(|(t, _, _)| t)
            .collect()
    }

    /// Why the column groups do not fit the columns (out of range, empty, out of order, or
    /// overlapping without one holding the other), if they do not.
    pub fn column_groups_problem(&self) -> Option<String> {
        for (n, g) in self.column_groups.iter().enumerate() {
            let end = g.first.checked_add(g.span);
            if g.span == 0 || end.is_none_or(|e| e > self.columns.len()) {
                return Some(format!(
                    "column group `{}` stands over columns {}..{} but the table has {} columns",
                    g.title,
                    g.first,
                    g.first.saturating_add(g.span),
                    self.columns.len()
                ));
            }
            let end = g.first + g.span;
            for h in &self.column_groups[..n] {
                let h_end = h.first + h.span;
                let before = h_end <= g.first;
                let holds = h.first <= g.first && end <= h_end;
                if !before && !holds {
                    return Some(format!(
                        "column group `{}` overlaps the group `{}` before it, or is out of order",
                        g.title, h.title
                    ));
                }
            }
        }
        None
    }
}

/// What a table row is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// A category heading row (`一、就业`, `医疗保障`): a name and no values.
    Category,
    /// A group heading whose indicators follow as sub-rows (工伤保险定期待遇).
    Group,
    /// An ordinary row: a name and one value per remaining column.
    #[default]
    Item,
}

/// One row of a table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TableRow {
    /// Defaults to `item` in hand-written tables.
    #[serde(default)]
    pub kind: RowKind,
    /// Row number as written (`1` for `1. 城镇调查失业率(%)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The row's name as written, without its number.
    pub name: String,
    /// For an item inside a group: the group's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Values for `columns[1..]`, as written (empty string for an empty cell).
    #[serde(default)]
    pub cells: Vec<String>,
}

/// An explicit correction of the source text, shown to readers where it applies.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// The text as the source has it (located by search in the plan's text).
    pub original: String,
    /// The text the site shows instead; equal to `original` when the note only flags it.
    pub corrected: String,
    /// The note shown to readers, e.g. 原文作“850%”,疑为修订痕迹.
    pub note: String,
}

impl Plan {
    /// The table with this id.
    pub fn table(&self, id: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// Every lower heading (level 3 and 4) of a chapter, in document order, with its section.
    pub fn headings_of(ch: &Chapter) -> Vec<(Option<&Section>, &Heading)> {
        let mut out = Vec::new();
        for b in &ch.blocks {
            if let Block::Heading(h) = b {
                out.push((None, h));
            }
        }
        for s in &ch.sections {
            for b in &s.blocks {
                if let Block::Heading(h) = b {
                    out.push((Some(s), h));
                }
            }
        }
        out
    }

    /// Every box of the plan in document order, with the chapter and section it stands in.
    pub fn boxes(&self) -> Vec<(&Chapter, Option<&Section>, &PlanBox)> {
        let mut out = Vec::new();
        for ch in &self.chapters {
            for b in &ch.blocks {
                if let Block::Box(bx) = b {
                    out.push((ch, None, bx));
                }
            }
            for s in &ch.sections {
                for b in &s.blocks {
                    if let Block::Box(bx) = b {
                        out.push((ch, Some(s), bx));
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_annex_under_a_bare_caption_is_headed_by_its_table_s_caption_alone() {
        let tables = |title: &str| {
            vec![Table {
                id: "t3".into(),
                title: title.into(),
                ..Default::default()
            }]
        };
        let annex = Annex {
            number: 1,
            caption: "附件".into(),
            title: String::new(),
            blocks: vec![Block::Table(TableRef { id: "t3".into() })],
        };
        for (title, heading) in [
            ("重点项目表 单位：万元", "附件 重点项目表"),
            (
                "重点项目表 （按项目类型分类） 单位：万元",
                "附件 重点项目表",
            ),
            (
                "重点项目表（2026—2030年）",
                "附件 重点项目表（2026—2030年）",
            ),
            ("单位：万元", "附件"),
        ] {
            assert_eq!(annex.heading(&tables(title)), heading, "{title}");
        }
    }

    fn table(columns: &[&str], groups: &[(&str, usize, usize)]) -> Table {
        Table {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            column_groups: groups
                .iter()
                .map(|&(t, first, span)| ColumnGroup {
                    title: t.to_string(),
                    first,
                    span,
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn a_group_in_a_group_makes_a_header_of_three_rows() {
        let t = table(
            &["指标", "2020年", "2023年", "2025年", "年均增速", "属性"],
            &[("“十四五”目标", 2, 3), ("阶段目标", 2, 2)],
        );
        assert_eq!(t.column_groups_problem(), None);
        assert_eq!(
            t.header_rows(),
            [
                vec![
                    ("指标", 1, 3),
                    ("2020年", 1, 3),
                    ("“十四五”目标", 3, 1),
                    ("属性", 1, 3)
                ],
                vec![("阶段目标", 2, 1), ("年均增速", 1, 2)],
                vec![("2023年", 1, 1), ("2025年", 1, 1)],
            ]
        );
        assert_eq!(t.headers()[2], "“十四五”目标 阶段目标 2023年");
        assert_eq!(t.headers()[4], "“十四五”目标 年均增速");
        assert_eq!(t.group_of(3).map(|g| g.title.as_str()), Some("阶段目标"));
        assert_eq!(t.group_of(1), None);
    }

    #[test]
    fn a_group_over_one_column_stands_down_to_the_last_row_but_one() {
        // `基期值` over `2020年` beside `“十四五”目标` over `阶段目标` (over `2023年`) and
        // `2025年`: 基期值 two rows high, 2020年 in the last row.
        let t = table(
            &["指标", "2020年", "2023年", "2025年", "属性"],
            &[("基期值", 1, 1), ("“十四五”目标", 2, 2), ("阶段目标", 2, 1)],
        );
        assert_eq!(t.column_groups_problem(), None);
        assert_eq!(
            t.header_rows(),
            [
                vec![
                    ("指标", 1, 3),
                    ("基期值", 1, 2),
                    ("“十四五”目标", 2, 1),
                    ("属性", 1, 3)
                ],
                vec![("阶段目标", 1, 1), ("2025年", 1, 2)],
                vec![("2020年", 1, 1), ("2023年", 1, 1)],
            ]
        );
        // In a header of two rows it is one row high, as every group.
        let two = table(&["指标", "2020年", "2025年"], &[("基期值", 1, 1)]);
        assert_eq!(
            two.header_rows(),
            [
                vec![("指标", 1, 2), ("基期值", 1, 1), ("2025年", 1, 2)],
                vec![("2020年", 1, 1)],
            ]
        );
    }

    #[test]
    fn groups_that_cross_or_stand_out_of_order_are_refused() {
        let crossing = table(&["a", "b", "c", "d"], &[("x", 0, 2), ("y", 1, 2)]);
        assert!(crossing.column_groups_problem().is_some());
        let inner_first = table(&["a", "b", "c", "d"], &[("y", 1, 1), ("x", 0, 3)]);
        assert!(inner_first.column_groups_problem().is_some());
        let beyond = table(&["a", "b"], &[("x", 1, 2)]);
        assert!(beyond.column_groups_problem().is_some());
        let side_by_side = table(&["a", "b", "c", "d"], &[("x", 0, 2), ("y", 2, 2)]);
        assert_eq!(side_by_side.column_groups_problem(), None);
        assert_eq!(side_by_side.header_rows().len(), 2);
    }
}
