//! The body of a page as a flat list of items (headings, paragraphs, 专栏 open/close, tables) that
//! templates walk in order. Built from the link stage's units, so every anchor, citation and page
//! comes from `link`; reader notes and links to cited documents are attached here. All text stays
//! plain text: the templates escape it.

use super::paths;
use crate::defects::ReaderNote;
use crate::link::{self, Unit, UnitKind};
use crate::model::{Plan, PlanBox, RowKind, Table};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// What the page builders know about one plan, computed once and shared by its pages.
pub struct PlanLinks<'a> {
    pub plan: &'a Plan,
    pub units: Vec<Unit<'a>>,
    /// Reader notes by the anchor they belong to (anchors are unique within a plan).
    pub notes: BTreeMap<String, Vec<&'a ReaderNote>>,
    /// Anchor on the plan's cited-documents page, by title key.
    pub cited: HashMap<String, String>,
    pub base_url: Option<String>,
    /// Whether a table of the plan lists indicators (it then has an indicator page).
    pub has_indicators: bool,
    /// The footnotes each paragraph calls, by its anchor: number, page and anchor of the note.
    note_calls: HashMap<String, Vec<(u32, String, String)>>,
    /// A footnote's way back, by the note's anchor: the page and id of its first call.
    note_backs: HashMap<String, (String, String)>,
    /// The printable whole plan, where a footnote and its calls stand on the one page.
    print: String,
}

impl<'a> PlanLinks<'a> {
    pub fn new(
        plan: &'a Plan,
        notes: &'a [ReaderNote],
        cited: &[link::CitedDocument],
        base_url: Option<&str>,
    ) -> Self {
        let mut by_anchor: BTreeMap<String, Vec<&ReaderNote>> = BTreeMap::new();
        for n in notes {
            by_anchor.entry(n.anchor.clone()).or_default().push(n);
        }
        let units = link::units(plan);
        let mut note_calls: HashMap<String, Vec<(u32, String, String)>> = HashMap::new();
        let mut note_backs = HashMap::new();
        for f in link::footnotes(&units) {
            let (Some(note), Some(first)) = (units.get(f.unit), f.callers.first()) else {
                continue;
            };
            if let Some(caller) = units.get(*first) {
                note_backs.insert(
                    note.anchor.clone(),
                    (caller.page.clone(), note_call_id(&caller.anchor, f.number)),
                );
            }
            for c in &f.callers {
                if let Some(caller) = units.get(*c) {
                    note_calls.entry(caller.anchor.clone()).or_default().push((
                        f.number,
                        note.page.clone(),
                        note.anchor.clone(),
                    ));
                }
            }
        }
        PlanLinks {
            plan,
            units,
            note_calls,
            note_backs,
            print: link::site_map::print_page(plan),
            has_indicators: plan
                .tables
                .iter()
                .any(crate::indicators::table::lists_indicators),
            notes: by_anchor,
            cited: cited
                .iter()
                .map(|d| (link::title_key(&d.title), d.anchor.clone()))
                .collect(),
            base_url: base_url.map(str::to_string),
        }
    }

    /// The citation of a unit as shown on `from`: its text, its address as a reader would copy it,
    /// and a link relative to `from`.
    pub fn cite(&self, from: &str, page: &str, anchor: &str, text: &str) -> CiteView {
        CiteView {
            text: text.to_string(),
            url: match &self.base_url {
                Some(b) => paths::absolute(b, page, Some(anchor)),
                None => format!("{page}#{anchor}"),
            },
            href: paths::relative(from, page, Some(anchor)),
        }
    }

    pub fn notes_at(&self, anchor: &str) -> Vec<NoteView> {
        self.notes
            .get(anchor)
            .map(|ns| ns.iter().map(|n| NoteView::from(*n)).collect())
            .unwrap_or_default()
    }

    /// Text split into plain runs and cited titles that link to the plan's cited-documents page.
    fn segments(&self, from: &str, text: &str) -> Vec<Seg> {
        let mut out = Vec::new();
        let mut at = 0;
        let cited_page = link::cited_page(self.plan);
        for (range, title) in link::cited_titles(text) {
            let Some(anchor) = self.cited.get(&link::title_key(title)) else {
                continue;
            };
            if range.start > at {
                out.push(Seg::text(&text[at..range.start]));
            }
            out.push(Seg {
                t: text[range.clone()].to_string(),
                href: Some(paths::relative(from, &cited_page, Some(anchor))),
                ..Seg::default()
            });
            at = range.end;
        }
        if at < text.len() || out.is_empty() {
            out.push(Seg::text(&text[at..]));
        }
        out
    }

    /// Items for `units` as shown on page `from`. Headings get levels from `base` (the level of a
    /// chapter heading); a 专栏's title is one level below the heading it stands under. Boxes link
    /// to their own pages unless `from` is that page.
    pub fn items(&self, from: &str, units: &[Unit<'a>], base: u8) -> Vec<Item> {
        let mut out = Vec::new();
        let mut open: Option<&PlanBox> = None;
        for u in units {
            if let Some(bx) = open {
                if !u.plan_box.is_some_and(|b| std::ptr::eq(b, bx)) || u.kind == UnitKind::Box {
                    out.push(Item::BoxClose);
                    open = None;
                }
            }
            let cite = self.cite(from, &u.page, &u.anchor, &u.citation);
            let notes = self.notes_at(&u.anchor);
            match u.kind {
                UnitKind::ChapterHeading | UnitKind::SectionHeading => {
                    let (label, title, level) = match (u.kind, u.chapter, u.section) {
                        (UnitKind::SectionHeading, _, Some(s)) => {
                            (s.label.clone(), s.title.clone(), base + 1)
                        }
                        (_, Some(c), _) => (c.label.clone(), c.title.clone(), base),
                        _ => (String::new(), u.text.clone(), base),
                    };
                    out.push(Item::heading(level, u, label, title, cite, notes));
                }
                UnitKind::Heading | UnitKind::AnnexHeading => {
                    let (label, title, level) = match (u.heading, u.annex) {
                        (Some(h), Some(_)) => (
                            h.label.clone(),
                            h.title.clone(),
                            base + h.level.saturating_sub(2),
                        ),
                        // In a chapter without sections a level 3 heading is the next below
                        // the chapter's: no heading level is skipped.
                        (Some(h), None) => (
                            h.label.clone(),
                            h.title.clone(),
                            base + h
                                .level
                                .saturating_sub(if u.section.is_some() { 1 } else { 2 }),
                        ),
                        (None, Some(_)) => (String::new(), u.text.clone(), base),
                        (None, None) => (String::new(), u.text.clone(), base),
                    };
                    out.push(Item::heading(level, u, label, title, cite, notes));
                }
                UnitKind::Paragraph => {
                    let p = u.paragraph.expect("paragraph unit has its paragraph");
                    let mut calls = NoteCalls::new(self.note_calls.get(&u.anchor), &u.anchor);
                    // (On the printable whole plan, a note and its calls link on the page.)
                    calls.on_page = from == self.print;
                    let lead = p
                        .lead
                        .as_deref()
                        .map(|l| calls.split(from, self.segments(from, l)))
                        .unwrap_or_default();
                    let text = calls.split(from, self.segments(from, &p.text));
                    out.push(Item::Para {
                        id: u.anchor.clone(),
                        marker: p.marker.clone(),
                        lead,
                        text,
                        back: self.note_backs.get(&u.anchor).map(|(page, id)| {
                            let page = if calls.on_page { from } else { page };
                            paths::relative(from, page, Some(id))
                        }),
                        cite,
                        notes,
                    });
                }
                UnitKind::Box => {
                    let bx = u.plan_box.expect("box unit has its box");
                    let level = if u.section.is_some() {
                        base + 2
                    } else {
                        base + 1
                    };
                    let page = link::box_page(self.plan, &u.anchor);
                    out.push(Item::BoxOpen {
                        id: u.anchor.clone(),
                        level: level.min(6),
                        label: bx.label.clone(),
                        sep: link::label_separator(&bx.label),
                        title: bx.title.clone(),
                        page_href: (page != from).then(|| paths::relative(from, &page, None)),
                        cite,
                        notes,
                    });
                    open = Some(bx);
                }
                UnitKind::Table => {
                    out.push(Item::Table(self.table(u, cite)));
                }
            }
        }
        if open.is_some() {
            out.push(Item::BoxClose);
        }
        // Heading elements never skip a level: a lower heading standing directly in a chapter
        // (no section above it, as `二、` › `1.`) is one level below the chapter's heading.
        let mut last = base.saturating_sub(1);
        for item in &mut out {
            if let Item::Heading { level, .. } | Item::BoxOpen { level, .. } = item {
                *level = (*level).min(last.saturating_add(1)).max(1);
                last = *level;
            }
        }
        out
    }

    fn table(&self, u: &Unit<'a>, cite: CiteView) -> TableView {
        let Some(t) = u.table else {
            return TableView {
                id: u.anchor.clone(),
                missing: true,
                title: String::new(),
                caption_below: false,
                name: String::new(),
                columns: Vec::new(),
                head: Vec::new(),
                width: 1,
                rows: Vec::new(),
                continued_end: Vec::new(),
                notes: Vec::new(),
                reader_notes: self.notes_at(&u.anchor),
                cite,
            };
        };
        let head = grouped_head(t);
        TableView {
            id: t.id.clone(),
            missing: false,
            title: t.title.clone(),
            caption_below: t.caption_below,
            name: link::unit_table_name(u),
            columns: t.columns.clone(),
            head,
            width: t
                .columns
                .len()
                .max(t.rows.iter().map(|r| r.cells.len() + 1).max().unwrap_or(1)),
            rows: t
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| self.row(t, i, r))
                .collect(),
            continued_end: continued_at(t, |b| b >= t.rows.len()),
            notes: t.notes.clone(),
            reader_notes: self.notes_at(&u.anchor),
            cite,
        }
    }

    fn row(&self, t: &Table, i: usize, r: &crate::model::TableRow) -> RowView {
        let id = link::table_row_anchor(t, i);
        RowView {
            notes: self.notes_at(&id),
            id,
            kind: match r.kind {
                RowKind::Category => "category",
                RowKind::Group => "group",
                RowKind::Item => "item",
            },
            in_group: r.group.is_some(),
            name: match &r.number {
                Some(n) => row_name(n, &r.name),
                None => r.name.clone(),
            },
            cells: r.cells.clone(),
            continued: continued_at(t, |b| b == i),
        }
    }
}

/// A row's name with its number as the table writes it: `1. 城镇…` (number `1.` or `1`),
/// `一、就业`, `(1)伤残津贴`.
pub fn row_name(number: &str, name: &str) -> String {
    let n = number.trim();
    if n.is_empty() {
        name.to_string()
    } else if n.ends_with(['、', ')', '）']) {
        format!("{n}{name}")
    } else if n.ends_with(['.', '．']) {
        format!("{n} {name}")
    } else {
        format!("{n}. {name}")
    }
}

/// One piece of a page body, in document order.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Item {
    Heading {
        level: u8,
        id: String,
        label: String,
        /// Between label and title: `""` after `、` or `)`, a space otherwise.
        sep: &'static str,
        title: String,
        cite: CiteView,
        notes: Vec<NoteView>,
    },
    Para {
        id: String,
        marker: Option<String>,
        lead: Vec<Seg>,
        text: Vec<Seg>,
        /// For a footnote: the link back to where the text first calls it.
        back: Option<String>,
        cite: CiteView,
        notes: Vec<NoteView>,
    },
    /// The start of a 专栏 as it stands in the text; its contents follow until `BoxClose`.
    BoxOpen {
        id: String,
        level: u8,
        label: String,
        sep: &'static str,
        title: String,
        /// Link to the box's own page (absent on that page).
        page_href: Option<String>,
        cite: CiteView,
        notes: Vec<NoteView>,
    },
    BoxClose,
    Table(TableView),
}

impl Item {
    /// A heading at `level` (kept within `h1`…`h6`) for unit `u`.
    fn heading(
        level: u8,
        u: &Unit,
        label: String,
        title: String,
        cite: CiteView,
        notes: Vec<NoteView>,
    ) -> Item {
        Item::Heading {
            level: level.clamp(1, 6),
            id: u.anchor.clone(),
            sep: link::label_separator(&label),
            label,
            title,
            cite,
            notes,
        }
    }
}

/// A run of text; a cited title (`《…》`) links to the cited-documents page, a footnote's
/// circled number (`note`) to the note.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Seg {
    pub t: String,
    pub href: Option<String>,
    /// A call of a footnote.
    pub note: bool,
    /// The id of the first call of a footnote in its paragraph (the note links back to it).
    pub id: Option<String>,
}

impl Seg {
    fn text(t: &str) -> Seg {
        Seg {
            t: t.to_string(),
            ..Seg::default()
        }
    }
}

/// The id of the call of footnote `n` in the paragraph `anchor`.
fn note_call_id(anchor: &str, n: u32) -> String {
    format!("{anchor}-fn{n}")
}

/// Splits a paragraph's runs where it calls a footnote ([`link::calls_note`]), across its lead
/// and its text in turn.
struct NoteCalls<'n> {
    /// The notes the paragraph calls: number, page, anchor.
    notes: &'n [(u32, String, String)],
    anchor: &'n str,
    /// Whether the notes stand on the page the paragraph is shown on.
    on_page: bool,
    prev: Option<char>,
    /// The numbers whose first call has its id.
    seen: Vec<u32>,
}

impl<'n> NoteCalls<'n> {
    fn new(notes: Option<&'n Vec<(u32, String, String)>>, anchor: &'n str) -> Self {
        NoteCalls {
            notes: notes.map_or(&[], Vec::as_slice),
            anchor,
            on_page: false,
            prev: None,
            seen: Vec::new(),
        }
    }

    fn split(&mut self, from: &str, segs: Vec<Seg>) -> Vec<Seg> {
        if self.notes.is_empty() {
            return segs;
        }
        let mut out = Vec::new();
        for seg in segs {
            if seg.href.is_some() {
                self.prev = seg.t.chars().last().or(self.prev);
                out.push(seg);
                continue;
            }
            let mut start = 0;
            for (at, c, n) in link::calls_at(&seg.t, self.prev) {
                let Some((n, page, anchor)) = self.notes.iter().find(|x| x.0 == n) else {
                    continue;
                };
                if at > start {
                    out.push(Seg::text(&seg.t[start..at]));
                }
                let first = !self.seen.contains(n);
                self.seen.push(*n);
                out.push(Seg {
                    t: c.to_string(),
                    href: Some(paths::relative(
                        from,
                        if self.on_page { from } else { page },
                        Some(anchor),
                    )),
                    note: true,
                    id: first.then(|| note_call_id(self.anchor, *n)),
                });
                start = at + c.len_utf8();
            }
            self.prev = seg.t.chars().last().or(self.prev);
            if start < seg.t.len() {
                out.push(Seg::text(&seg.t[start..]));
            }
        }
        out
    }
}

/// How to cite a unit: the citation text, the address to copy, and a link to it.
#[derive(Debug, Clone, Serialize)]
pub struct CiteView {
    pub text: String,
    pub url: String,
    pub href: String,
}

/// A reader note shown next to the unit it belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct NoteView {
    pub kind: String,
    pub label: &'static str,
    pub excerpt: String,
    pub message: String,
}

impl From<&ReaderNote> for NoteView {
    fn from(n: &ReaderNote) -> Self {
        use crate::defects::NoteKind;
        let label = match n.kind {
            NoteKind::Correction => "更正",
            NoteKind::PercentOver100 => "存疑",
            NoteKind::MaskedText => "原文缺字",
            NoteKind::UnbalancedQuotes => "引号不成对",
        };
        NoteView {
            kind: serde_json::to_value(n.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            label,
            excerpt: n.excerpt.clone(),
            message: n.message.clone(),
        }
    }
}

/// A table as it stands in the text.
#[derive(Debug, Clone, Serialize)]
pub struct TableView {
    pub id: String,
    /// The body refers to a table the plan does not have.
    pub missing: bool,
    pub title: String,
    /// The caption stands below the table in the source: the page shows it there too.
    pub caption_below: bool,
    /// What the table is called where it has no caption ([`link::unit_table_name`]): the
    /// hidden caption that names it to screen readers.
    pub name: String,
    pub columns: Vec<String>,
    /// The rows of a header with column groups, top down: a group's cell spans its columns, a
    /// column's own cell the rows down to the last; empty for a one-row header (`columns`).
    pub head: Vec<Vec<HeadCell>>,
    /// Number of columns (for category rows that span the table).
    pub width: usize,
    pub rows: Vec<RowView>,
    /// Where the source goes on after the last row (`续表` with nothing after it).
    pub continued_end: Vec<ContinuedView>,
    pub notes: Vec<String>,
    /// Reader notes about the table as a whole (its caption, its notes).
    pub reader_notes: Vec<NoteView>,
    pub cite: CiteView,
}

/// A cell of a table header of several rows.
#[derive(Debug, Clone, Serialize)]
pub struct HeadCell {
    pub text: String,
    /// Columns it spans: more than 1 for a group's cell.
    pub colspan: usize,
    /// Rows it spans: more than 1 for a column's cell beside a group.
    pub rowspan: usize,
}

/// The rows of a header with column groups (see [`TableView::head`]); none for a one-row header.
fn grouped_head(t: &crate::model::Table) -> Vec<Vec<HeadCell>> {
    if t.column_groups.is_empty() {
        return Vec::new();
    }
    t.header_rows()
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|(text, colspan, rowspan)| HeadCell {
                    text: text.to_string(),
                    colspan,
                    rowspan,
                })
                .collect()
        })
        .collect()
}

#[derive(Debug, Clone, Serialize)]
pub struct RowView {
    pub id: String,
    pub kind: &'static str,
    pub in_group: bool,
    pub name: String,
    pub cells: Vec<String>,
    pub notes: Vec<NoteView>,
    /// Where the source breaks the table before this row and goes on (`续表`, the header again).
    pub continued: Vec<ContinuedView>,
}

/// A break in a table where the source goes on ([`crate::model::Continued`]).
#[derive(Debug, Clone, Serialize)]
pub struct ContinuedView {
    pub mark: String,
    /// The header is written again after the mark.
    pub header: bool,
}

fn continued_at(t: &Table, at: impl Fn(usize) -> bool) -> Vec<ContinuedView> {
    t.continued
        .iter()
        .filter(|c| at(c.before))
        .map(|c| ContinuedView {
            mark: c.mark.clone(),
            header: c.header,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_numbers_read_as_written() {
        assert_eq!(row_name("1.", "城镇新增就业"), "1. 城镇新增就业");
        assert_eq!(row_name("1", "城镇新增就业"), "1. 城镇新增就业");
        assert_eq!(row_name("一、", "就业"), "一、就业");
        assert_eq!(row_name("(1)", "伤残津贴"), "(1)伤残津贴");
        assert_eq!(row_name("", "合计"), "合计");
    }
}
