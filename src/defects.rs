//! Reader notes: source defects found in a plan's text (percentages over 100, masked words,
//! unbalanced quotes) and the explicit corrections applied to it, each located at the unit
//! (paragraph, heading, table row) where the reader meets it. Defects are reported, never fixed.

use crate::link::{self, UnitKind};
use crate::model::{Plan, RowKind};
use regex::Regex;
use serde::Serialize;
use std::sync::LazyLock;

/// What a note is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// An explicit correction from content/<plan>/corrections.toml.
    Correction,
    /// A percentage above 100 (`稳定在850%左右以上`).
    PercentOver100,
    /// Masked characters (`劳动**智慧服务平台`).
    MaskedText,
    /// Opening and closing quotation marks do not pair up.
    UnbalancedQuotes,
}

/// A note shown to readers where it applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReaderNote {
    pub kind: NoteKind,
    /// Page path relative to the site root (as in `link::Unit::page`).
    pub page: String,
    /// Anchor of the unit on that page (paragraph, heading, or table row `t2-r5`).
    pub anchor: String,
    /// The text the note is about, as it stands in the source.
    pub excerpt: String,
    /// The note in Chinese, for readers.
    pub message: String,
}

/// A defect found in a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: NoteKind,
    pub excerpt: String,
    pub message: String,
}

fn context(text: &str, start: usize, end: usize, around: usize) -> String {
    let before: Vec<char> = text[..start].chars().collect();
    let from = before.len().saturating_sub(around);
    let after: String = text[end..].chars().take(around).collect();
    format!(
        "{}{}{}",
        before[from..].iter().collect::<String>(),
        &text[start..end],
        after
    )
}

/// Defects in one piece of text.
pub fn scan_text(text: &str) -> Vec<Finding> {
    static PERCENT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"([0-9]+(?:\.[0-9]+)?)\s*[%％]").unwrap());
    static MASK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\*{2,}|＊{2,}").unwrap());
    let mut out = Vec::new();
    for c in PERCENT.captures_iter(text) {
        let v: f64 = c[1].parse().unwrap_or(0.0);
        if v > 100.0 {
            let m = c.get(0).unwrap();
            let excerpt = context(text, m.start(), m.end(), 4);
            out.push(Finding {
                kind: NoteKind::PercentOver100,
                message: format!(
                    "原文作“{excerpt}”：百分比超过100%，疑为原文笔误或修订痕迹，此处保留原文。"
                ),
                excerpt,
            });
        }
    }
    for m in MASK.find_iter(text) {
        let excerpt = context(text, m.start(), m.end(), 4);
        out.push(Finding {
            kind: NoteKind::MaskedText,
            message: format!(
                "原文此处有遮盖字符“{}”（见“{excerpt}”），保留原样。",
                m.as_str()
            ),
            excerpt,
        });
    }
    let open = text.matches('“').count();
    let close = text.matches('”').count();
    if open != close {
        let excerpt: String = text.chars().take(24).collect();
        out.push(Finding {
            kind: NoteKind::UnbalancedQuotes,
            message: format!("原文引号不成对：左引号“{open}个，右引号”{close}个。"),
            excerpt,
        });
    }
    out
}

/// Defects of a whole plan, without location (the import report locates them by seed line).
pub fn scan_plan(plan: &Plan) -> Vec<Finding> {
    reader_notes_of(plan, false)
        .into_iter()
        .map(|n| Finding {
            kind: n.kind,
            excerpt: n.excerpt,
            message: n.message,
        })
        .collect()
}

/// Every reader note of a plan, in document order: defects and applied corrections.
pub fn reader_notes(plan: &Plan) -> Vec<ReaderNote> {
    reader_notes_of(plan, true)
}

fn reader_notes_of(plan: &Plan, with_corrections: bool) -> Vec<ReaderNote> {
    let mut out = Vec::new();
    let units = link::units(plan);
    for u in &units {
        let texts: Vec<(String, String)> = match u.kind {
            UnitKind::Table => match u.table {
                Some(t) => {
                    let mut v = vec![(
                        u.anchor.clone(),
                        format!("{}\u{1}{}", t.title, t.columns.join("\u{1}")),
                    )];
                    for (i, r) in t.rows.iter().enumerate() {
                        let cells = if r.kind == RowKind::Item {
                            r.cells.join("\u{1}")
                        } else {
                            String::new()
                        };
                        v.push((
                            link::table_row_anchor(t, i),
                            format!("{}\u{1}{}", r.name, cells),
                        ));
                    }
                    v.extend(t.notes.iter().map(|n| (u.anchor.clone(), n.clone())));
                    v
                }
                None => Vec::new(),
            },
            _ => vec![(u.anchor.clone(), u.text.clone())],
        };
        for (anchor, text) in texts {
            // Cells are scanned one by one so quotes do not pair across cells.
            for piece in text.split('\u{1}') {
                for f in scan_text(piece) {
                    out.push(ReaderNote {
                        kind: f.kind,
                        page: u.page.clone(),
                        anchor: anchor.clone(),
                        excerpt: f.excerpt,
                        message: f.message,
                    });
                }
            }
            if with_corrections {
                for c in &plan.corrections {
                    if !c.corrected.is_empty() && text.contains(&c.corrected) {
                        out.push(ReaderNote {
                            kind: NoteKind::Correction,
                            page: u.page.clone(),
                            anchor: anchor.clone(),
                            excerpt: c.original.clone(),
                            message: c.note.clone(),
                        });
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_kind_of_defect() {
        let kinds = |t: &str| scan_text(t).into_iter().map(|f| f.kind).collect::<Vec<_>>();
        assert_eq!(kinds("稳定在850%左右以上"), vec![NoteKind::PercentOver100]);
        assert_eq!(kinds("确保100%获得帮扶,增长24.8%"), vec![]);
        assert_eq!(kinds("建设劳动**智慧服务平台"), vec![NoteKind::MaskedText]);
        assert_eq!(
            kinds("十四五”时期是浦东新区"),
            vec![NoteKind::UnbalancedQuotes]
        );
        assert_eq!(
            kinds("牢固树立“四个意识“,坚定“四个自信”"),
            vec![NoteKind::UnbalancedQuotes]
        );
        assert_eq!(kinds("“十三五”时期"), vec![]);
        let f = &scan_text("参保职工医保政策范围内住院报销比例稳定在850%左右以上")[0];
        assert_eq!(f.excerpt, "例稳定在850%左右以上");
    }
}
