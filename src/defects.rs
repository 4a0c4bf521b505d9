//! Reader notes: source defects found in a plan's text (percentages over 100, masked words,
//! unbalanced quotes) and the explicit corrections applied to it, each located at the unit
//! (paragraph, heading, table row) where the reader meets it. (being written)

use crate::model::Plan;
use serde::Serialize;

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

/// Every reader note of a plan, in document order.
pub fn reader_notes(_plan: &Plan) -> Vec<ReaderNote> {
    Vec::new()
}
