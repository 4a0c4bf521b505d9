//! The link stage: gives every addressable unit of a plan (heading, paragraph, 专栏, table) its page,
//! its structural anchor, its breadcrumb and its citation. Anchors are derived from the outline's
//! positions (`ch2-s1-p3`, `box-17`), never from the text, so fixing a typo keeps every link.
//!
//! Pages are paths relative to the site root (`beijing-hrss-14th/ch2.html`), all made in
//! [`site_map`]; the render stage turns them into links relative to the page that holds them.
//! This module does no I/O and no HTML.

use crate::model::{Annex, Block, Chapter, Heading, Paragraph, Plan, PlanBox, Section, Table};
use crate::text::cn_numeral;
pub use crate::text::label_separator;
use serde::Serialize;
use std::collections::HashSet;

pub mod site_map;
pub use site_map::{
    annex_page, box_page, boxes_index_page, chapter_page, cited_index_page, cited_page, home_page,
    plan_page, print_page, search_page,
};

/// What a [`Unit`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    ChapterHeading,
    SectionHeading,
    /// A heading below the section (level 3 or 4), inside a chapter or an annex page.
    Heading,
    /// An annex's caption: the heading of its page.
    AnnexHeading,
    /// A body paragraph (also inside the notice, the preamble or a box).
    Paragraph,
    /// A 专栏 as a whole: its title line.
    Box,
    Table,
}

/// Where a unit stands in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    Notice,
    Preamble,
    Body,
    /// An annex (附件) after the body.
    Annex,
}

/// One addressable unit of a plan, in document order.
#[derive(Debug, Clone, Serialize)]
pub struct Unit<'a> {
    pub kind: UnitKind,
    pub region: Region,
    /// Page path relative to the site root.
    pub page: String,
    /// Fragment id on that page (unique within the page).
    pub anchor: String,
    /// Short labels from the plan down to the unit: `["第三章", "第二节", "专栏3"]`.
    pub breadcrumb: Vec<String>,
    /// Human citation, e.g. 《…》第二章第一节第3段.
    pub citation: String,
    /// The unit's whole text (heading: label and title; box: label and title).
    pub text: String,
    #[serde(skip)]
    pub chapter: Option<&'a Chapter>,
    #[serde(skip)]
    pub section: Option<&'a Section>,
    #[serde(skip)]
    pub plan_box: Option<&'a PlanBox>,
    #[serde(skip)]
    pub paragraph: Option<&'a Paragraph>,
    #[serde(skip)]
    pub table: Option<&'a Table>,
    /// The lower heading a [`UnitKind::Heading`] unit is.
    #[serde(skip)]
    pub heading: Option<&'a Heading>,
    /// The annex the unit stands in.
    #[serde(skip)]
    pub annex: Option<&'a Annex>,
}

pub fn chapter_anchor(ch: &Chapter) -> String {
    format!("ch{}", ch.number)
}

pub fn annex_anchor(a: &Annex) -> String {
    format!("annex{}", a.number)
}

/// What an annex is called in the page sequence: `附表` for an appended table, `附图` for a
/// figure, `附录` for an appendix, else `附件`.
pub fn annex_word(a: &Annex) -> &'static str {
    let c = a.caption.trim_start();
    if c.starts_with("附表") {
        "附表"
    } else if c.starts_with("附图") {
        "附图"
    } else if c.starts_with("附录") {
        "附录"
    } else {
        "附件"
    }
}

/// The annex's label as used in a citation: its caption up to the colon (`附件1`).
pub fn annex_cite_label(a: &Annex) -> String {
    let c = a.caption.trim();
    let short = c.split(['：', ':']).next().unwrap_or(c).trim();
    if short.is_empty() {
        format!("附件{}", a.number)
    } else {
        short
            .chars()
            .filter(|c| !crate::text::is_space(*c))
            .collect()
    }
}

pub fn section_anchor(ch: &Chapter, s: &Section) -> String {
    format!("ch{}-s{}", ch.number, s.number)
}

/// Anchor of a table row (`t2-r5`).
pub fn table_row_anchor(table: &Table, row_index: usize) -> String {
    format!("{}-r{}", table.id, row_index + 1)
}

/// Ids of the boxes of a plan in document order: `box-N` for a numbered box whose number is not
/// taken yet, `box-chC-K` (K-th such box of chapter C) otherwise.
pub fn box_ids(plan: &Plan) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut per_chapter = std::collections::HashMap::new();
    for (ch, _, bx) in plan.boxes() {
        let id = match bx.number {
            Some(n) if seen.insert(n) => format!("box-{n}"),
            _ => {
                let k = per_chapter.entry(ch.number).or_insert(0u32);
                *k += 1;
                format!("box-ch{}-{}", ch.number, k)
            }
        };
        out.push(id);
    }
    out
}

/// What the document a plan comes with is called: 批复 when its superior approved the plan
/// (`…关于同意《…规划》的批复`), else 印发通知.
pub fn notice_name(plan: &Plan) -> &'static str {
    let approval = match plan.notice.first() {
        Some(Block::Paragraph(p)) => p.full_text().trim_end().ends_with("批复"),
        _ => false,
    };
    if approval {
        "批复"
    } else {
        "印发通知"
    }
}

/// The anchor of the heading of a plan's text before its first chapter.
pub const PREAMBLE_HEADING: &str = "pre-h";

/// The line a plan's preamble opens with when it names it (`前言`, `序 言`): an unnumbered
/// part's name alone in the first paragraph. It heads the preamble rather than being its first
/// paragraph.
pub fn preamble_part(plan: &Plan) -> Option<&Paragraph> {
    match plan.preamble.first() {
        Some(Block::Paragraph(p))
            if p.marker.is_none()
                && p.lead.is_none()
                && crate::grammar::is_unnumbered_part(&p.text) =>
        {
            Some(p)
        }
        _ => None,
    }
}

/// The heading of the preamble: the name it opens with, as written (`前言`, `序 言`), else 引言.
/// Breadcrumbs and citations write it without spaces (`序言`).
pub fn preamble_name(plan: &Plan) -> String {
    preamble_part(plan).map_or_else(
        || "引言".to_string(),
        |p| p.text.trim_matches(crate::text::is_space).to_string(),
    )
}

/// What a table is called where it is listed or headed: its caption as written. A table printed
/// without one is named by the 专栏 that holds it (`专栏1 主要指标`), else by its place
/// (`第二章第一节中的表格`); its internal id is never shown.
pub fn table_name(plan: &Plan, id: &str) -> String {
    if let Some(t) = plan.table(id).filter(|t| !t.title.trim().is_empty()) {
        return t.title.clone();
    }
    units(plan)
        .into_iter()
        .find(|u| u.kind == UnitKind::Table && u.table.is_some_and(|t| t.id == id))
        .map_or_else(|| "表格".to_string(), |u| unit_table_name(&u))
}

/// [`table_name`] for a table's unit.
pub fn unit_table_name(u: &Unit) -> String {
    if let Some(t) = u.table.filter(|t| !t.title.trim().is_empty()) {
        return t.title.clone();
    }
    // The one table of an annex (`附表1` over `重大项目表`) is named by the annex.
    let annexed = u
        .annex
        .filter(|a| {
            a.blocks
                .iter()
                .filter(|b| matches!(b, Block::Table(_)))
                .count()
                == 1
        })
        .map(Annex::name)
        .filter(|name| !name.is_empty());
    match (u.plan_box, annexed) {
        (Some(bx), _) => format!("{}{}{}", bx.label, label_separator(&bx.label), bx.title),
        (None, Some(name)) => name,
        (None, None) if u.breadcrumb.is_empty() => "表格".to_string(),
        (None, None) => format!("{}中的表格", u.breadcrumb.concat()),
    }
}

/// A box's short label for breadcrumbs and citations: `专栏3` (no space).
pub fn box_short_label(bx: &PlanBox) -> String {
    match bx.number {
        Some(n) => format!("专栏{n}"),
        None => bx.label.split_whitespace().collect::<String>(),
    }
}

/// The chapter's label as used in a citation: `第二章`; a part numbered `三、` reads `第三部分`; an
/// unnumbered part (`结束语`) reads as its title.
pub fn chapter_cite_label(ch: &Chapter) -> String {
    let l = ch.label.trim();
    if l.is_empty() {
        crate::text::strip_spaces(&ch.title)
    } else if l.starts_with('第') {
        without_mark(l)
    } else {
        format!("第{}部分", cn_numeral(ch.number))
    }
}

/// The section's label as used in a citation: `第一节`, `(一)`.
pub fn section_cite_label(s: &Section) -> String {
    let l = s.label.trim();
    if l.starts_with('第') {
        without_mark(l)
    } else {
        l.to_string()
    }
}

/// A `第…章` label without the mark written after it (`第一章：` → `第一章`) or the spaces a
/// justified heading puts inside it (`第 一 章` → `第一章`).
fn without_mark(l: &str) -> String {
    crate::text::strip_spaces(l.trim_end_matches(['：', ':', '、']))
}

/// Words of a chapter title that announce the plan's major projects (重大事项, 重大工程 …): in plans
/// without 专栏, these sections play the same role.
const PROJECT_WORDS: [&str; 5] = ["重大事项", "重大工程", "重大项目", "重点项目", "重大行动"];

/// The sections that list the plan's major projects: every section of a chapter whose title
/// announces them.
pub fn project_sections(plan: &Plan) -> Vec<(&Chapter, &Section)> {
    plan.chapters
        .iter()
        .filter(|ch| PROJECT_WORDS.iter().any(|w| ch.title.contains(w)))
        .flat_map(|ch| ch.sections.iter().map(move |s| (ch, s)))
        .collect()
}

/// Every addressable unit of a plan, in document order.
pub fn units(plan: &Plan) -> Vec<Unit<'_>> {
    let mut w = Walker {
        plan,
        out: Vec::new(),
        box_ids: box_ids(plan).into_iter(),
    };
    w.walk();
    w.out
}

struct Walker<'a> {
    plan: &'a Plan,
    out: Vec<Unit<'a>>,
    box_ids: std::vec::IntoIter<String>,
}

#[derive(Clone, Default)]
struct Ctx<'a> {
    chapter: Option<&'a Chapter>,
    section: Option<&'a Section>,
    plan_box: Option<&'a PlanBox>,
    page: String,
    /// Prefix of paragraph anchors (`ch2-s1-`, `notice-`, `box-3-`).
    prefix: String,
    crumbs: Vec<String>,
    cite: String,
    annex: Option<&'a Annex>,
    /// Prefix of lower-heading anchors (`ch2-s1-`, `annex1-`).
    hprefix: String,
}

impl<'a> Walker<'a> {
    fn title_cite(&self) -> String {
        format!("《{}》", self.plan.meta.title)
    }

    fn walk(&mut self) {
        let plan = self.plan;
        let overview = plan_page(plan);
        let name = notice_name(plan);
        let notice = Ctx {
            page: overview.clone(),
            prefix: "notice-".into(),
            hprefix: "notice-".into(),
            crumbs: vec![name.into()],
            cite: format!("{}{name}", self.title_cite()),
            ..Default::default()
        };
        self.blocks(&plan.notice, &notice, Region::Notice);
        let written = preamble_name(plan);
        let name = crate::text::strip_spaces(&written);
        let pre = Ctx {
            page: overview,
            prefix: "pre-".into(),
            hprefix: "pre-".into(),
            crumbs: vec![name.clone()],
            cite: format!("{}{name}", self.title_cite()),
            ..Default::default()
        };
        let mut preamble = plan.preamble.as_slice();
        if preamble_part(plan).is_some() {
            // The name is the preamble's heading; its paragraphs are counted after it.
            self.push_heading_in(
                UnitKind::Heading,
                Region::Preamble,
                &pre,
                PREAMBLE_HEADING.into(),
                written,
            );
            preamble = preamble.get(1..).unwrap_or_default();
        }
        self.blocks(preamble, &pre, Region::Preamble);
        for ch in &plan.chapters {
            self.chapter(ch);
        }
        for a in &plan.annexes {
            self.annex(a);
        }
    }

    fn annex(&mut self, a: &'a Annex) {
        let page = annex_page(self.plan, a);
        let label = annex_cite_label(a);
        let ctx = Ctx {
            page,
            prefix: format!("{}-", annex_anchor(a)),
            hprefix: format!("{}-", annex_anchor(a)),
            crumbs: vec![label.clone()],
            cite: format!("{}{}", self.title_cite(), label),
            annex: Some(a),
            ..Default::default()
        };
        self.push_heading_in(
            UnitKind::AnnexHeading,
            Region::Annex,
            &ctx,
            annex_anchor(a),
            a.heading(&self.plan.tables),
        );
        self.blocks(&a.blocks, &ctx, Region::Annex);
    }

    fn chapter(&mut self, ch: &'a Chapter) {
        let page = chapter_page(self.plan, ch);
        let label = chapter_cite_label(ch);
        let ctx = Ctx {
            chapter: Some(ch),
            page: page.clone(),
            prefix: format!("{}-", chapter_anchor(ch)),
            hprefix: format!("{}-", chapter_anchor(ch)),
            crumbs: vec![label.clone()],
            cite: format!("{}{}", self.title_cite(), label),
            ..Default::default()
        };
        self.push_heading(
            UnitKind::ChapterHeading,
            &ctx,
            chapter_anchor(ch),
            &ch.label,
            &ch.title,
        );
        self.blocks(&ch.blocks, &ctx, Region::Body);
        for s in &ch.sections {
            let slabel = section_cite_label(s);
            let sctx = Ctx {
                section: Some(s),
                prefix: format!("{}-", section_anchor(ch, s)),
                hprefix: format!("{}-", section_anchor(ch, s)),
                crumbs: vec![label.clone(), slabel.clone()],
                cite: format!("{}{}", ctx.cite, slabel),
                ..ctx.clone()
            };
            self.push_heading(
                UnitKind::SectionHeading,
                &sctx,
                section_anchor(ch, s),
                &s.label,
                &s.title,
            );
            self.blocks(&s.blocks, &sctx, Region::Body);
        }
    }

    fn push_heading(
        &mut self,
        kind: UnitKind,
        ctx: &Ctx<'a>,
        anchor: String,
        label: &str,
        title: &str,
    ) {
        self.push_heading_in(kind, Region::Body, ctx, anchor, join_label(label, title));
    }

    /// A heading of a page or a region (chapter, section, annex, preamble): what it stands in
    /// comes from `ctx`.
    fn push_heading_in(
        &mut self,
        kind: UnitKind,
        region: Region,
        ctx: &Ctx<'a>,
        anchor: String,
        text: String,
    ) {
        self.out.push(Unit {
            kind,
            region,
            page: ctx.page.clone(),
            anchor,
            breadcrumb: ctx.crumbs.clone(),
            citation: ctx.cite.clone(),
            text,
            chapter: ctx.chapter,
            section: ctx.section,
            plan_box: None,
            paragraph: None,
            table: None,
            heading: None,
            annex: ctx.annex,
        });
    }

    fn blocks(&mut self, blocks: &'a [Block], ctx: &Ctx<'a>, region: Region) {
        let mut p = 0;
        let mut h = 0;
        // Labels of the open lower headings (level 3, level 4) for citations.
        let mut open: [Option<String>; 2] = [None, None];
        for b in blocks {
            match b {
                Block::Heading(hd) => {
                    h += 1;
                    let label = heading_cite_label(hd);
                    if hd.level <= 3 {
                        open = [Some(label), None];
                    } else {
                        open[1] = Some(label);
                    }
                    let path: String = open.iter().flatten().cloned().collect();
                    let mut crumbs = ctx.crumbs.clone();
                    crumbs.extend(open.iter().flatten().cloned());
                    self.out.push(Unit {
                        kind: UnitKind::Heading,
                        region,
                        page: ctx.page.clone(),
                        anchor: format!("{}h{}", ctx.hprefix, h),
                        breadcrumb: crumbs,
                        citation: format!("{}{}", ctx.cite, path),
                        text: join_label(&hd.label, &hd.title),
                        chapter: ctx.chapter,
                        section: ctx.section,
                        plan_box: ctx.plan_box,
                        paragraph: None,
                        table: None,
                        heading: Some(hd),
                        annex: ctx.annex,
                    });
                }
                Block::Paragraph(para) => {
                    p += 1;
                    let cite = if ctx.plan_box.is_some() && blocks.len() == 1 {
                        ctx.cite.clone()
                    } else {
                        format!("{}第{}段", ctx.cite, p)
                    };
                    self.out.push(Unit {
                        kind: UnitKind::Paragraph,
                        region,
                        page: ctx.page.clone(),
                        anchor: format!("{}p{}", ctx.prefix, p),
                        breadcrumb: ctx.crumbs.clone(),
                        citation: cite,
                        text: para.full_text(),
                        chapter: ctx.chapter,
                        section: ctx.section,
                        plan_box: ctx.plan_box,
                        paragraph: Some(para),
                        table: None,
                        heading: None,
                        annex: ctx.annex,
                    });
                }
                Block::Box(bx) => {
                    let id = self.box_ids.next().unwrap_or_else(|| "box".into());
                    let short = box_short_label(bx);
                    let mut crumbs = ctx.crumbs.clone();
                    crumbs.push(short.clone());
                    let bctx = Ctx {
                        plan_box: Some(bx),
                        prefix: format!("{id}-"),
                        hprefix: format!("{id}-"),
                        crumbs,
                        cite: format!("{}{}", ctx.cite, short),
                        ..ctx.clone()
                    };
                    self.out.push(Unit {
                        kind: UnitKind::Box,
                        region,
                        page: ctx.page.clone(),
                        anchor: id.clone(),
                        breadcrumb: bctx.crumbs.clone(),
                        citation: bctx.cite.clone(),
                        text: join_label(&bx.label, &bx.title),
                        chapter: ctx.chapter,
                        section: ctx.section,
                        plan_box: Some(bx),
                        paragraph: None,
                        table: None,
                        heading: None,
                        annex: ctx.annex,
                    });
                    self.blocks(&bx.blocks, &bctx, region);
                }
                Block::Table(r) => {
                    let table = self.plan.table(&r.id);
                    self.out.push(Unit {
                        kind: UnitKind::Table,
                        region,
                        page: ctx.page.clone(),
                        anchor: r.id.clone(),
                        breadcrumb: ctx.crumbs.clone(),
                        citation: match table {
                            Some(t) if !t.title.is_empty() => {
                                format!("{}「{}」", ctx.cite, t.title)
                            }
                            _ => ctx.cite.clone(),
                        },
                        text: table.map(|t| t.title.clone()).unwrap_or_default(),
                        chapter: ctx.chapter,
                        section: ctx.section,
                        plan_box: ctx.plan_box,
                        paragraph: None,
                        table,
                        heading: None,
                        annex: ctx.annex,
                    });
                }
            }
        }
    }
}

/// A lower heading's label as used in a citation: `（二）`, `1.`.
pub fn heading_cite_label(h: &Heading) -> String {
    h.label.trim().to_string()
}

/// `第一章` + `站在…` → `第一章 站在…`; `(一)` + `发展基础` → `(一)发展基础`.
pub fn join_label(label: &str, title: &str) -> String {
    format!("{}{}{title}", label.trim(), label_separator(label))
}

/// A document cited by title (《…》) in the text of one or more plans.
#[derive(Debug, Clone, Serialize)]
pub struct CitedDocument {
    /// The title as first written, without the book-title marks.
    pub title: String,
    /// Fragment id of the document on a cited-documents page (`doc-3`), by first appearance.
    pub anchor: String,
    /// Every paragraph that cites it, in document order (plans in site order).
    pub places: Vec<CitePlace>,
}

/// A paragraph that cites a document.
#[derive(Debug, Clone, Serialize)]
pub struct CitePlace {
    /// Slug of the plan the paragraph belongs to.
    pub plan: String,
    pub page: String,
    pub anchor: String,
    /// The paragraph's citation (`《…》第二章第一节第3段`).
    pub citation: String,
}

/// Spans of the titles cited in `text`: byte ranges of `《…》` including the marks, with the
/// title between them. Nested marks (`《关于〈…〉的通知》`) stay inside their title.
pub fn cited_titles(text: &str) -> Vec<(std::ops::Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find('《') {
        let start = rest + open;
        let inner_start = start + '《'.len_utf8();
        let Some(close) = text[inner_start..].find(['》', '《']) else {
            break;
        };
        let inner_end = inner_start + close;
        if text[inner_end..].starts_with('《') {
            rest = inner_end;
            continue;
        }
        let end = inner_end + '》'.len_utf8();
        let title = &text[inner_start..inner_end];
        if !title.trim().is_empty() {
            out.push((start..end, title));
        }
        rest = end;
    }
    out
}

/// The key under which two spellings of one title count as the same document: whitespace removed,
/// full-width forms folded.
pub fn title_key(title: &str) -> String {
    title
        .chars()
        .filter(|c| !crate::text::is_space(*c))
        .map(crate::text::fold_width)
        .collect()
}

/// The documents a plan cites in its paragraphs, in order of first appearance; the plan's own
/// title is left out.
pub fn cited_documents(plan: &Plan) -> Vec<CitedDocument> {
    collect_cited(std::iter::once(plan))
}

/// The documents cited across all plans of a site, merged by title, in order of first appearance.
pub fn cited_across(plans: &[Plan]) -> Vec<CitedDocument> {
    collect_cited(plans.iter())
}

fn collect_cited<'a>(plans: impl Iterator<Item = &'a Plan>) -> Vec<CitedDocument> {
    let mut docs: Vec<CitedDocument> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for plan in plans {
        let own = title_key(&plan.meta.title);
        for u in units(plan) {
            if u.kind != UnitKind::Paragraph {
                continue;
            }
            let mut seen_here = HashSet::new();
            for (_, title) in cited_titles(&u.text) {
                let key = title_key(title);
                if key == own || !seen_here.insert(key.clone()) {
                    continue;
                }
                let i = *index.entry(key).or_insert_with(|| {
                    docs.push(CitedDocument {
                        title: title.to_string(),
                        anchor: format!("doc-{}", docs.len() + 1),
                        places: Vec::new(),
                    });
                    docs.len() - 1
                });
                docs[i].places.push(CitePlace {
                    plan: plan.slug.clone(),
                    page: u.page.clone(),
                    anchor: u.anchor.clone(),
                    citation: u.citation.clone(),
                });
            }
        }
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    /// 第二章's 第一节 holds a paragraph, 专栏 3 with one paragraph, and a paragraph; 第一章 before
    /// it only a paragraph.
    const SAMPLE: &str = "某规划\n\n第一章 总则\n\n总则正文。\n\n第二章 就业\n\n\
        第一节 强化就业优先政策\n\n甲。\n\n专栏 3 计划\n\n乙。\n\n丙。\n";

    /// The sample plan through the real importer and loader.
    fn sample() -> Plan {
        crate::testkit::site_of(&[("p", SAMPLE)]).plans.remove(0)
    }

    #[test]
    fn a_mark_after_a_chapter_label_is_shown_but_not_cited() {
        let plan =
            crate::testkit::site_of(&[("p", "某规划\n\n第一章：总则\n\n第一节、目标\n\n甲。\n")])
                .plans
                .remove(0);
        let ch = &plan.chapters[0];
        assert_eq!((ch.label.as_str(), ch.title.as_str()), ("第一章：", "总则"));
        assert_eq!(label_separator(&ch.label), "");
        assert_eq!(label_separator("专栏一："), "");
        assert_eq!(label_separator("第一章"), " ");
        let cites: Vec<String> = units(&plan).into_iter().map(|u| u.citation).collect();
        assert_eq!(
            cites,
            [
                "《某规划》第一章",
                "《某规划》第一章第一节",
                "《某规划》第一章第一节第1段"
            ]
        );
    }

    #[test]
    fn anchors_and_citations_follow_the_outline() {
        let plan = sample();
        let u = units(&plan);
        let got: Vec<(&str, &str)> = u
            .iter()
            .map(|u| (u.anchor.as_str(), u.citation.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("ch1", "《某规划》第一章"),
                ("ch1-p1", "《某规划》第一章第1段"),
                ("ch2", "《某规划》第二章"),
                ("ch2-s1", "《某规划》第二章第一节"),
                ("ch2-s1-p1", "《某规划》第二章第一节第1段"),
                ("box-3", "《某规划》第二章第一节专栏3"),
                ("box-3-p1", "《某规划》第二章第一节专栏3"),
                ("ch2-s1-p2", "《某规划》第二章第一节第2段"),
            ]
        );
        assert_eq!(u[6].breadcrumb, vec!["第二章", "第一节", "专栏3"]);
        assert_eq!(u[6].page, "p/ch2.html");
    }

    #[test]
    fn a_part_numbered_with_a_numeral_is_cited_as_a_part() {
        let ch = Chapter {
            number: 3,
            label: "三、".into(),
            title: "重点任务".into(),
            ..Default::default()
        };
        assert_eq!(chapter_cite_label(&ch), "第三部分");
        let closing = Chapter {
            number: 4,
            title: "结 束 语".into(),
            ..Default::default()
        };
        assert_eq!(chapter_cite_label(&closing), "结束语");
    }

    #[test]
    fn a_plan_approved_by_its_superior_comes_with_a_批复() {
        let mut plan = sample();
        plan.notice = vec![Block::Paragraph(Paragraph::plain(
            "上海市人民政府关于同意《某区规划》的批复",
        ))];
        assert_eq!(notice_name(&plan), "批复");
        let u = units(&plan);
        assert!(u[0].citation.ends_with("》批复第1段"), "{}", u[0].citation);
        plan.notice = vec![Block::Paragraph(Paragraph::plain(
            "关于印发《某区规划》的通知",
        ))];
        assert_eq!(notice_name(&plan), "印发通知");
    }

    #[test]
    fn sections_of_a_chapter_of_major_projects_are_projects() {
        let mut plan = sample();
        assert!(project_sections(&plan).is_empty());
        plan.chapters[1].title = "“十四五”就业和社会保障事业发展的重大事项".into();
        let got: Vec<String> = project_sections(&plan)
            .iter()
            .map(|(c, s)| section_anchor(c, s))
            .collect();
        assert_eq!(got, vec!["ch2-s1"]);
    }

    #[test]
    fn duplicate_box_numbers_fall_back_to_positional_ids() {
        let mut plan = sample();
        let dup = plan.chapters[1].sections[0].blocks[1].clone();
        plan.chapters[1].sections[0].blocks.push(dup);
        assert_eq!(box_ids(&plan), vec!["box-3", "box-ch2-1"]);
    }

    #[test]
    fn cited_titles_find_book_title_marks() {
        let t = "根据《甲条例》和《关于〈乙〉的通知》《》及《未闭合";
        let got: Vec<&str> = cited_titles(t).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, vec!["甲条例", "关于〈乙〉的通知"]);
        let (r, _) = &cited_titles(t)[0];
        assert_eq!(&t[r.clone()], "《甲条例》");
    }

    #[test]
    fn cited_documents_skip_the_plans_own_title_and_merge_spellings() {
        let mut plan = sample();
        plan.chapters[1].sections[0].blocks = vec![
            Block::Paragraph(Paragraph::plain("依据《某规划》和《工资条例（2020）》。")),
            Block::Paragraph(Paragraph::plain(
                "落实《工资条例(2020)》《工资条例(2020)》。",
            )),
        ];
        let docs = cited_documents(&plan);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].title, "工资条例（2020）");
        assert_eq!(docs[0].anchor, "doc-1");
        let at: Vec<&str> = docs[0].places.iter().map(|p| p.anchor.as_str()).collect();
        assert_eq!(at, vec!["ch2-s1-p1", "ch2-s1-p2"]);
    }
}

/// The value of a circled number `①`–`⑳`.
pub fn circled_number(c: char) -> Option<u32> {
    let v = c as u32;
    (0x2460..=0x2473).contains(&v).then(|| v - 0x2460 + 1)
}

/// Whether a circled number standing after `prev` (the character before it, `None` at the start
/// of a text) calls a footnote: it follows a word or a figure (`3.1人①`, `医疗集团③`), not the
/// start, a stop, colon, semicolon, comma or opening bracket, where circled numbers enumerate
/// (`三类工程：①……；②……`).
pub fn calls_note(prev: Option<char>) -> bool {
    prev.is_some_and(|c| {
        !c.is_whitespace()
            && circled_number(c).is_none()
            && !"：:；;，,、。！？!?（(“‘《【[—-".contains(c)
    })
}

/// A footnote of a plan: a paragraph opening with its circled number (`①按2025年末常住人口计算`)
/// in a run of such paragraphs numbered from ①, and the paragraphs before the run (after the run
/// before it) whose text calls it (`…执业（助理）医师数达到3.1人①，…`).
#[derive(Debug, Clone, PartialEq)]
pub struct Footnote {
    pub number: u32,
    /// The note's paragraph, as an index into the units.
    pub unit: usize,
    /// The paragraphs that call it, as indexes into the units, in document order.
    pub callers: Vec<usize>,
}

/// The footnotes of `units` ([`units`] of a plan) that some paragraph calls. A run of circled
/// paragraphs that nothing calls is a list, not notes.
pub fn footnotes(units: &[Unit]) -> Vec<Footnote> {
    let opening = |u: &Unit| {
        (u.kind == UnitKind::Paragraph)
            .then(|| u.text.chars().next().and_then(circled_number))
            .flatten()
    };
    // Runs of note paragraphs: (first unit, the notes' units by number).
    let mut runs: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, u) in units.iter().enumerate() {
        match (opening(u), runs.last_mut()) {
            (Some(1), _) => runs.push((i, vec![i])),
            (Some(n), Some((_, notes)))
                if notes.last().is_some_and(|&l| l + 1 == i) && notes.len() + 1 == n as usize =>
            {
                notes.push(i);
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let mut from = 0;
    for (start, notes) in runs {
        let callers_of = |n: u32| -> Vec<usize> {
            (from..start)
                .filter(|&i| {
                    let u = &units[i];
                    u.kind == UnitKind::Paragraph && calls(&u.text).any(|m| m == n)
                })
                .collect()
        };
        for (k, &unit) in notes.iter().enumerate() {
            let number = k as u32 + 1;
            let callers = callers_of(number);
            if !callers.is_empty() {
                out.push(Footnote {
                    number,
                    unit,
                    callers,
                });
            }
        }
        from = notes.last().map_or(start, |l| l + 1);
    }
    out
}

/// The circled numbers of `text` that call a footnote ([`calls_note`]), in order.
pub fn calls(text: &str) -> impl Iterator<Item = u32> + '_ {
    calls_at(text, None).map(|(_, _, n)| n)
}

/// The calls of footnotes in `text` ([`calls_note`]), `prev` being the character before it (the
/// end of the run before, `None` at a paragraph's start): each call's byte offset, its circled
/// number as written, and its value.
pub fn calls_at(text: &str, prev: Option<char>) -> impl Iterator<Item = (usize, char, u32)> + '_ {
    let mut prev = prev;
    text.char_indices().filter_map(move |(at, c)| {
        let called = circled_number(c).filter(|_| calls_note(prev));
        prev = Some(c);
        called.map(|n| (at, c, n))
    })
}
