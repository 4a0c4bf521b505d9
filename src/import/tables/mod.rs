//! Tables in plain text, in the two layouts plans are extracted with:
//! - tab-separated rows ([`tabbed`]), the header repeated after each page break, sometimes with
//!   an extra empty column where a group name stands before its sub-rows (工伤保险定期待遇);
//! - one cell per line ([`one_cell`]), as web pages are extracted: cells separated by blank lines
//!   or rows in blocks, rows found by their number sequence and attribute words, merged and split
//!   cells, group rows, notes and captions above or below.
//!
//! Both give typed rows with every cell as written. The readers never drop, reorder or invent
//! text: every character of the lines they are given ends up in the table (caption, header,
//! rows, notes) in seed order, or is left to the caller; page numbers inside a table are set
//! aside into [`ParsedTable::page_numbers`] for the caller to list. They never panic on any input.

pub mod one_cell;
pub mod tabbed;
#[cfg(test)]
mod tests;

pub use one_cell::{
    read as read_one_cell, read_with as read_one_cell_with, NotATable, Options, Read, SrcLine,
};
pub use tabbed::parse_tabbed;

use crate::grammar::{label, Style};
use crate::model::{RowKind, Table, TableRow};

/// A table read from the seed, with the seed lines it used.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedTable {
    pub table: Table,
    /// Seed lines of the table, caption and notes included.
    pub lines: Vec<usize>,
    /// Header lines repeated at page breaks (removed).
    pub repeated_headers: Vec<usize>,
    /// Rows with fewer cells than columns (a merged cell).
    pub short_rows: Vec<usize>,
    /// Cells split over several lines or paragraphs and read as one: the seed lines and what
    /// was joined.
    pub joins: Vec<(Vec<usize>, String)>,
    /// Places where the layout is ambiguous: the seed line and what the reader did.
    pub warnings: Vec<(usize, String)>,
    /// Page numbers inside the table (a page break), set aside: the seed line and its text. Not
    /// in `lines`.
    pub page_numbers: Vec<(usize, String)>,
}

impl ParsedTable {
    fn new(id: &str, lines: Vec<usize>) -> Self {
        ParsedTable {
            table: Table {
                id: id.to_string(),
                ..Default::default()
            },
            lines,
            repeated_headers: Vec::new(),
            short_rows: Vec::new(),
            joins: Vec::new(),
            warnings: Vec::new(),
            page_numbers: Vec::new(),
        }
    }
}

/// Splits `1. 城镇调查失业率(%)` into (`1.`, `城镇调查失业率(%)`), `一、就 业` into (`一、`, `就业`).
fn numbered(name: &str) -> (Option<String>, String) {
    match label(name) {
        Some(l) if matches!(l.style, Style::ArabicItem | Style::CnEnum) && !l.rest.is_empty() => {
            (Some(l.text), l.rest)
        }
        _ => (None, name.to_string()),
    }
}

/// An item row from its name as written (a leading `1.` becomes its number), group and cells.
fn item_row(name: &str, group: Option<String>, cells: Vec<String>) -> TableRow {
    let (number, name) = numbered(name);
    TableRow {
        kind: RowKind::Item,
        number,
        name,
        group,
        cells,
    }
}

/// A category row from its name as written (a leading `一、` becomes its number).
fn category_row(name: &str) -> TableRow {
    let (number, name) = numbered(name);
    TableRow {
        kind: RowKind::Category,
        number,
        name,
        group: None,
        cells: Vec::new(),
    }
}

/// A category cell that opens a group and the name after it, where the plan's own text names the
/// two as one (`毛竹林丰产培育` `示范基地面积` in a table whose text speaks of
/// `毛竹林丰产培育示范基地面积`): a name over two paragraphs, the row of the group above, and so
/// are the rows after it that the cell seemed to head. `told(t)`: whether the text outside the
/// table holds `t` (whitespace aside). `lines`: the seed's lines, for the repair's line numbers.
/// Returns the names joined.
pub fn names_told_by_the_text(
    parsed: &mut ParsedTable,
    lines: &[SrcLine],
    told: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut out = Vec::new();
    // (A category longer than every other by three characters at least: `东湖区` `湖东新村片区`
    // among places is a place and its area, which a text names together as well.)
    let categories: Vec<String> = parsed
        .table
        .rows
        .iter()
        .filter_map(|r| r.group.clone())
        .collect();
    let longest_other = |g: &str| {
        categories
            .iter()
            .filter(|c| c.as_str() != g)
            .map(|c| c.chars().count())
            .max()
            .unwrap_or(usize::MAX)
    };
    let rows = &mut parsed.table.rows;
    let mut previous: Option<String> = None;
    let mut i = 0;
    while i < rows.len() {
        let row = &rows[i];
        let Some(group) = row.group.clone().filter(|_| row.kind == RowKind::Item) else {
            previous = None;
            i += 1;
            continue;
        };
        let opens = previous.as_ref() != Some(&group);
        let at = row.cells.iter().position(|c| *c == group);
        let joined = at.and_then(|c| row.cells.get(c + 1).map(|n| (c, format!("{group}{n}"))));
        // (The text may name the thing without the measure: `毛竹林丰产培育示范基地` for
        // `…示范基地面积`; the name's first half at least.)
        let told_so = |c: usize| {
            rows[i].cells.get(c + 1).is_some_and(|n| {
                let half = n.chars().count().div_ceil(2).max(2);
                let head: String = n.chars().take(half).collect();
                told(&format!("{group}{head}"))
            })
        };
        match (opens, &previous, joined) {
            (true, Some(above), Some((c, name)))
                if name.chars().count() >= 8
                    && group.chars().count() > longest_other(&group).saturating_add(2)
                    && row.cells.get(c + 1).is_some_and(|n| !n.is_empty())
                    && told_so(c) =>
            {
                let above = above.clone();
                let first = rows[i].cells[c + 1].clone();
                let nos: Vec<usize> = [&group, &first]
                    .iter()
                    .filter_map(|t| {
                        parsed.lines.iter().copied().find(|&no| {
                            lines
                                .iter()
                                .any(|l| l.no == no && l.text.trim() == t.as_str())
                        })
                    })
                    .collect();
                parsed.joins.push((
                    nos,
                    format!("split cell: `{group}` + `{first}` read as one cell, as the plan's text names it"),
                ));
                let row = &mut rows[i];
                row.cells[c] = String::new();
                row.cells[c + 1] = name.clone();
                row.group = Some(above.clone());
                // (The rows the cell seemed to head are the group's above too.)
                let mut j = i + 1;
                while let Some(r) = rows.get_mut(j) {
                    if r.group.as_ref() != Some(&group)
                        || r.cells.get(c).is_some_and(|x| !x.is_empty())
                    {
                        break;
                    }
                    r.group = Some(above.clone());
                    j += 1;
                }
                out.push(name);
                i = j;
            }
            _ => {
                previous = Some(group);
                i += 1;
            }
        }
    }
    out
}
