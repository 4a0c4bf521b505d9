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
