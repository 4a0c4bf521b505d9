//! From the lines of a seed to a plan: recognises the notice of issue, the cover and web-page
//! metadata, the table of contents, the body's chapters / sections / 专栏 / tables and paragraphs,
//! and repairs page breaks. Every non-blank line of the seed gets a [`Role`], which the fidelity
//! check uses to prove that no text was lost.

use super::decode::Line;
use super::report::Report;
use super::tables::{self, ParsedTable, SrcLine};
use crate::grammar::{self, label, Label, Style};
use crate::model::{
    Block, Chapter, Correction, Paragraph, Plan, PlanBox, PlanMeta, Section, TableRef,
};
use crate::text::{is_cjk, is_space, strip_spaces};

/// What a non-blank seed line became.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Role {
    /// Text of the notice of issue.
    Notice,
    /// Text between the title and the first chapter.
    Preamble,
    /// Body text: headings, paragraphs, 专栏, tables.
    Body,
    /// A metadata value (title, issuer, date, source line …).
    Meta,
    /// The table of contents (the site derives its own).
    Toc,
    /// Set aside with a reason listed in the import report (page numbers, repeated table headers).
    Dropped(&'static str),
}

/// The result of parsing one seed.
#[derive(Debug)]
pub struct Parsed {
    pub plan: Plan,
    pub report: Report,
    /// Line number → role, for every non-blank line.
    pub roles: Vec<(usize, Role)>,
    /// Corrections the importer proposes (characters repeated at page breaks).
    pub corrections: Vec<Correction>,
}

/// Why a seed could not be parsed: the line and the message.
#[derive(Debug)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

/// A unit of the body before structure: a paragraph (possibly joined over page breaks) or a table.
#[derive(Debug, Clone)]
enum Piece {
    Para { text: String, lines: Vec<usize> },
    Table(Box<ParsedTable>),
}

impl Piece {
    fn first_line(&self) -> usize {
        match self {
            Piece::Para { lines, .. } => lines[0],
            Piece::Table(t) => t.lines[0],
        }
    }

    fn last_line(&self) -> Option<usize> {
        match self {
            Piece::Para { lines, .. } => lines.last().copied(),
            Piece::Table(t) => t.lines.last().copied(),
        }
    }
}

/// Whether line `b` is the line right after line `a`, with no blank line between.
fn next_line(a: usize, b: usize) -> bool {
    a.checked_add(1) == Some(b)
}

pub fn parse(slug: &str, seed_name: &str, lines: &[Line]) -> Result<Parsed, ParseError> {
    let mut p = Parser {
        lines,
        report: Report::new(seed_name, slug),
        roles: Vec::new(),
        corrections: Vec::new(),
        meta: PlanMeta {
            seed: Some(seed_name.to_string()),
            ..Default::default()
        },
        table_count: 0,
        chapter_style: Style::Chapter,
        page_numbers: Vec::new(),
        repeated_headers: false,
        decorated_page_number: false,
        running_heads: false,
        toc_pages: false,
        wrap: None,
    };
    let text = |i: usize| lines[i].text.trim_matches(is_space);
    let mut nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !text(i).is_empty()).collect();
    // 0. Running heads and feet that recur at page breaks (the title over each page of a
    // booklet), wherever they are: they never reach the outline. A single one, next to the only
    // page number, is known by the plan's title once the front is read (3b below).
    let furniture = running_heads(&nonblank, text, None);
    p.set_aside_running_heads(&furniture);
    nonblank.retain(|i| !furniture.contains(i));
    let tabbed = tab_rows(lines, &nonblank);

    // 1. The top-level heading style and where the body starts.
    let chapter_style = detect_chapter_style(lines, &nonblank, &tabbed).ok_or_else(|| ParseError {
        line: lines.first().map_or(1, |l| l.no),
        message: "no recognisable outline: expected chapter headings such as 第一章, 第一部分 or 一、 (numbered from one)".into(),
    })?;
    p.chapter_style = chapter_style;
    let toc_at = nonblank
        .iter()
        .position(|&i| grammar::is_toc_title(text(i)));
    let first_heading = |from: usize| {
        (from..nonblank.len()).find(|&k| {
            let i = nonblank[k];
            !tabbed[k] && is_heading_of(text(i), chapter_style, 1)
        })
    };
    let mut after_toc: &[usize] = &[];
    // The lines before a table of contents (the cover: title, issuer, date), by their text.
    let mut front_again = std::collections::HashSet::new();
    let (front_end, body_start) = match toc_at {
        Some(t) => {
            // The TOC lists the first chapter; the body starts where that heading comes again.
            let first_entry = first_heading(t + 1).ok_or_else(|| ParseError {
                line: lines[nonblank[t]].no,
                message: "a table of contents with no chapter heading after it".into(),
            })?;
            let again = first_heading(first_entry + 1).ok_or_else(|| ParseError {
                line: lines[nonblank[first_entry]].no,
                message: "the table of contents is never followed by the body: its first chapter heading does not appear again".into(),
            })?;
            // The lines after the entries (an introduction, a repeated title) are the preamble.
            // (A cover's title set on two lines is one line over the body: `汀源市地方志事业发展`
            // + `“十四五”规划`.)
            front_again = nonblank[..t]
                .iter()
                .map(|&i| strip_spaces(text(i)))
                .collect();
            front_again.extend(
                nonblank[..t]
                    .windows(2)
                    .map(|w| strip_spaces(text(w[0])) + &strip_spaces(text(w[1]))),
            );
            let end = toc_end(&nonblank, t, first_entry, again, &front_again, text);
            p.toc(&nonblank[t..end]);
            after_toc = &nonblank[end..again];
            (t, again)
        }
        None => {
            let b = first_heading(0).ok_or_else(|| ParseError {
                line: 1,
                message: "no first chapter heading".into(),
            })?;
            (b, b)
        }
    };

    // 2. The front: notice, cover, web metadata, preamble.
    let (notice, mut preamble_lines) = p.front(&nonblank[..front_end]);
    // The cover's lines again after the table of contents (the title over the text) are set aside.
    while let Some((&i, rest)) = after_toc.split_first() {
        if !front_again.contains(&strip_spaces(text(i))) {
            break;
        }
        p.role(i, Role::Dropped("cover-again"));
        p.report.set_aside(
            lines[i].no,
            "cover-again",
            "a line of the cover again after the table of contents (the title over the text); the site shows it once",
        );
        after_toc = rest;
    }
    preamble_lines.extend_from_slice(after_toc);

    // 3. Trailing chrome after the body (a page counter or page number on the last lines). A
    // bare number counts only after a line that ends a sentence: after a table's cells it is the
    // value of the last cell.
    let mut body_end = nonblank.len();
    while body_end > body_start
        && (grammar::is_web_controls(text(nonblank[body_end - 1]))
            || is_trailing_chrome(
                text(nonblank[body_end - 1]),
                body_end
                    .checked_sub(2)
                    .filter(|&k| k >= body_start)
                    .map(|k| text(nonblank[k])),
            ))
    {
        body_end -= 1;
        p.chrome(
            nonblank[body_end],
            "trailing page chrome after the body, kept in metadata",
        );
    }
    // 3a. The notice's 版记 on the last lines (`抄送：…`, `…2021年9月30日印发`) goes with the notice.
    let mut notice = notice;
    if !notice.is_empty() {
        let mut k = body_end;
        while k > body_start && body_end - k < 3 && grammar::is_colophon(text(nonblank[k - 1])) {
            k -= 1;
        }
        for &i in &nonblank[k..body_end] {
            notice.push(Block::Paragraph(Paragraph::plain(text(i))));
            p.role(i, Role::Notice);
        }
        body_end = k;
    }
    // 3b. The plan's title as a running head next to a page number.
    let title = Some(p.meta.title.as_str()).filter(|t| !t.is_empty());
    let mut furniture = running_heads(&preamble_lines, text, title);
    furniture.extend(running_heads(&nonblank[body_start..body_end], text, title));
    p.set_aside_running_heads(&furniture);
    preamble_lines.retain(|i| !furniture.contains(i));
    let body_idx: Vec<usize> = nonblank[body_start..body_end]
        .iter()
        .copied()
        .filter(|i| !furniture.contains(i))
        .collect();
    let body_idx = body_idx.as_slice();

    // 4. Pieces, tables, lines wrapped at a fixed width and page-break repair.
    p.wrap = wrap_width(lines, body_idx);
    let preamble_pieces = p.pieces(&preamble_lines, Role::Preamble)?;
    let preamble_pieces = p.join_wrapped(preamble_pieces);
    let body_pieces = p.pieces(body_idx, Role::Body)?;
    let body_pieces = p.join_wrapped(body_pieces);
    let body_pieces = p.join_split_headings(body_pieces);
    let paged = p.is_paged();
    let preamble_pieces = p.join_page_breaks(preamble_pieces, paged);
    let mut body_pieces = p.join_page_breaks(body_pieces, paged);
    // Annexes (附件) after the body: from the first annex caption on.
    let annex_pieces = match annex_start(&body_pieces, chapter_style) {
        Some(k) => body_pieces.split_off(k),
        None => Vec::new(),
    };

    // 5. Structure.
    let section_style = detect_section_style(&body_pieces, chapter_style);
    let mut plan = Plan {
        slug: slug.to_string(),
        notice,
        ..Default::default()
    };
    let mut tables = Vec::new();
    plan.preamble = p.structure_flat(preamble_pieces, &mut tables, Flat::Preamble);
    plan.chapters = p.structure(body_pieces, chapter_style, section_style, &mut tables)?;
    plan.annexes = p.annexes(annex_pieces, &mut tables);
    plan.tables = tables;
    p.check_toc(&plan);
    p.check_mid_sentence(&plan);
    // A plan published without notice or source line, signed at its end (`上海市松江区民政局`,
    // `2021年8月` after its 结语): the signature names its issuer and date; so it does for a
    // notice that has no signature of its own (its date is the one at the plan's end). The lines
    // stay text.
    if (p.meta.issuers.is_empty() || p.meta.date.is_none()) && p.meta.source.is_none() {
        if let Some((issuer, date)) = closing_signature(&plan) {
            if p.meta.issuers.is_empty() {
                p.meta.issuers.push(issuer);
            }
            if p.meta.date.is_none() {
                p.meta.date = Some(date);
            }
        }
    }
    if p.meta.issuers.is_empty() {
        if let Some(s) = &p.meta.source {
            p.meta.issuers.push(s.clone());
        }
    }
    if p.meta.title.is_empty() {
        return Err(ParseError {
            line: 1,
            message: "no plan title found: expected a title line (…规划) before the body or 《…》 in a notice".into(),
        });
    }
    plan.meta = p.meta;
    p.roles.sort_by_key(|r| r.0);
    p.report.count(&plan);
    Ok(Parsed {
        plan,
        report: p.report,
        roles: p.roles,
        corrections: p.corrections,
    })
}

/// Where the table of contents whose title is `nonblank[t]` ends (an index of `nonblank`), when its
/// first chapter entry is `nonblank[first_entry]` and the body starts at `nonblank[again]`: at the
/// first line after that entry that is no entry — text with no heading number that is a sentence
/// or longer than any heading, the TOC's first entry again (`前言` heads the TOC and then the
/// text), or one of the `front` lines before the TOC again (the title over the text) — or at the
/// body.
fn toc_end<'t>(
    nonblank: &[usize],
    t: usize,
    first_entry: usize,
    again: usize,
    front: &std::collections::HashSet<String>,
    text: impl Fn(usize) -> &'t str,
) -> usize {
    let first = nonblank
        .get(t + 1)
        .map(|&i| strip_spaces(&grammar::toc_entry(text(i))));
    for (k, &i) in nonblank
        .iter()
        .enumerate()
        .take(again)
        .skip(first_entry + 1)
    {
        let line = text(i);
        let entry = strip_spaces(&grammar::toc_entry(line));
        let numbered = label(line).is_some()
            || grammar::box_title(line).is_some()
            || grammar::annex_caption(line).is_some()
            || grammar::is_unnumbered_part(line);
        // (A line wrapped in a sentence, `…的资料性文献，`, is prose too.)
        let prose = !numbered
            && (entry.contains(['。', '；', '！', '？'])
                || entry.ends_with(['，', '、', ','])
                || entry.chars().count() > grammar::MAX_TITLE_CHARS);
        if prose || first.as_ref() == Some(&entry) || front.contains(&entry) {
            return k;
        }
    }
    again
}

/// Is `t` a heading of `style` whose title is short enough (run-in allowed) with number `n`?
fn is_heading_of(t: &str, style: Style, n: u32) -> bool {
    grammar::heading_label(t).is_some_and(|l| {
        l.style == style && l.number == n && grammar::split_run_in(&l.rest).is_some()
    })
}

/// The outermost style that numbers a heading from one: 第X部分 over 第X章 over 一、.
fn detect_chapter_style(lines: &[Line], nonblank: &[usize], tabbed: &[bool]) -> Option<Style> {
    [Style::Part, Style::Chapter, Style::CnEnum]
        .into_iter()
        .find(|&s| {
            nonblank
                .iter()
                .zip(tabbed)
                .any(|(&i, &row)| !row && is_heading_of(lines[i].text.trim_matches(is_space), s, 1))
        })
}

/// Per line of `nonblank`, whether it is a row of a tab-separated table: a line with a tab
/// between two cells ([`grammar::is_tab_row`]), and any line holding a tab right after such rows
/// (a category row, `一、就业\t\t\t\t`, has tabs only after its text).
fn tab_rows(lines: &[Line], nonblank: &[usize]) -> Vec<bool> {
    let mut rows = Vec::with_capacity(nonblank.len());
    let mut width: Option<usize> = None;
    for &i in nonblank {
        let t = &lines[i].text;
        width = if grammar::is_tab_row(t) {
            Some(width.unwrap_or_else(|| tabs(t)))
        } else {
            width.filter(|&w| continues_tab_table(t, w))
        };
        rows.push(width.is_some());
    }
    rows
}

/// The tabs in a line.
fn tabs(t: &str) -> usize {
    t.matches('\t').count()
}

/// Whether a line that is no tab row by itself continues a tab-separated table whose first row
/// has `width` tabs: a row with empty cells (a category, `一、就业\t\t\t\t`) has as many, or
/// at least two; one tab after a paragraph does not make it a row.
fn continues_tab_table(t: &str, width: usize) -> bool {
    let n = tabs(t);
    n > 0 && (n >= width || n >= 2)
}

/// The style below the chapter style that numbers a heading from one in the body.
fn detect_section_style(pieces: &[Piece], chapter: Style) -> Option<Style> {
    [
        Style::Chapter,
        Style::Section,
        Style::Decimal,
        Style::CnEnum,
        Style::CnParen,
    ]
    .into_iter()
    .filter(|s| *s > chapter && s.can_be_section())
    .find(|&s| {
        pieces
            .iter()
            .any(|p| matches!(p, Piece::Para { text, .. } if is_heading_of(text, s, 1)))
    })
}

/// Where the lines a table starting at each line of `src` may take end: at the next heading of
/// the numbered run it stands in (`3.健全联勤联动机制` after the heading `2、提升站点装备配置`
/// above the table), or at the end of `src`. A heading of a run is a title line alone over a
/// sentence; the next one numbers on from the last above the table, and no line between uses the
/// run's numbering (cells numbered `1.` `2.` `3.` are the table's).
fn run_heading_ends(src: &[SrcLine]) -> Vec<usize> {
    let labels: Vec<Option<Label>> = src
        .iter()
        .map(|l| {
            label(l.text).filter(|l| {
                matches!(
                    l.style,
                    Style::ArabicItem | Style::ArabicParen | Style::CnParen
                )
            })
        })
        .collect();
    let heading = |j: usize| {
        labels.get(j).and_then(Option::as_ref).filter(|l| {
            grammar::lower_heading(&l.rest).is_some_and(|(_, run_in)| run_in.is_none())
                && src.get(j + 1).is_some_and(|n| {
                    label(n.text).is_none() && ends_as_sentence(n.text) && !is_title_line(n.text)
                })
        })
    };
    // The next line of each style at or after each line, from the end.
    let mut next: Vec<[usize; 3]> = vec![[src.len(); 3]; src.len() + 1];
    for j in (0..src.len()).rev() {
        let mut n = next[j + 1];
        if let Some(l) = &labels[j] {
            n[style_slot(l.style)] = j;
        }
        next[j] = n;
    }
    let mut ends = Vec::with_capacity(src.len());
    let mut above: Option<&Label> = None;
    for k in 0..src.len() {
        let end = above.map_or(src.len(), |a| {
            let j = next[k + 1][style_slot(a.style)];
            match heading(j) {
                Some(l) if a.number.checked_add(1) == Some(l.number) => j,
                _ => src.len(),
            }
        });
        ends.push(end);
        if let Some(l) = heading(k) {
            above = Some(l);
        }
    }
    ends
}

fn style_slot(s: Style) -> usize {
    match s {
        Style::ArabicItem => 0,
        Style::ArabicParen => 1,
        _ => 2,
    }
}

/// Is the bare number at `src[k]` among the cells of a table the reader did not take (a short
/// line that is no heading on each side, or a number next to it)? Then it is a value, not a page
/// number.
fn among_cells(src: &[SrcLine], k: usize) -> bool {
    let cell = |t: &str| {
        let t = t.trim_matches(is_space);
        !t.is_empty()
            && t.chars().count() <= 20
            && !t.contains(['。', '；', '！', '？'])
            && label(t).is_none()
            && !is_structural(t)
    };
    let numberish = |t: &str| {
        let t = t.trim_matches(is_space);
        t.chars().next().is_some_and(|c| c.is_ascii_digit())
            && t.chars().count() <= 12
            && !t.contains('。')
    };
    // (A total's label, `合计`, before its figure: the table's last cells.)
    let total = |t: &str| {
        let t: String = t.chars().filter(|&c| !is_space(c)).collect();
        matches!(t.as_str(), "合计" | "总计" | "小计" | "共计")
    };
    let before = k.checked_sub(1).and_then(|j| src.get(j)).map(|l| l.text);
    let after = src.get(k + 1).map(|l| l.text);
    // (Or the last row's value, after its cells, a figure a row's width above it: `60` then
    // `砚川水上搜救志愿队` `市红十字会` `45`, a heading after it.)
    let row_above = (2..=4).any(|d| {
        k.checked_sub(d)
            .and_then(|j| src.get(j))
            .is_some_and(|l| numberish(l.text))
    });
    match (before, after) {
        (Some(b), _) if total(b) => true,
        (Some(b), _) if cell(b) && row_above => true,
        (Some(b), Some(a)) => (cell(b) && cell(a)) || numberish(b) || numberish(a),
        (Some(x), None) | (None, Some(x)) => numberish(x),
        (None, None) => false,
    }
}

/// A last line of the seed that is page chrome rather than text: a page number in furniture
/// dress (`— 17 —`), or a bare one (`17`) after a line that ends a sentence; `before` is the
/// nonblank line above it, if the body has one. After a table's cells a bare number is the value
/// of the last cell.
fn is_trailing_chrome(t: &str, before: Option<&str>) -> bool {
    if !grammar::is_page_number(t) {
        return false;
    }
    if tables::one_cell::is_decorated_page_number(t) {
        return true;
    }
    before.is_none_or(|b| {
        b.trim_end_matches(|c: char| is_space(c) || "”’」』".contains(c))
            .ends_with(['。', '！', '？', '；', '!', '?', ';'])
    })
}

struct Parser<'a> {
    lines: &'a [Line],
    report: Report,
    roles: Vec<(usize, Role)>,
    corrections: Vec<Correction>,
    meta: PlanMeta,
    table_count: usize,
    chapter_style: Style,
    /// Seed lines set aside as page numbers.
    page_numbers: Vec<usize>,
    /// A table repeated its header after a page break.
    repeated_headers: bool,
    /// A page number in page furniture dress (`- 12 -`, `— 3 —`) was set aside.
    decorated_page_number: bool,
    /// A running head or foot was set aside ([`running_heads`]).
    running_heads: bool,
    /// An entry of the table of contents ends with its page number (contents copied from print;
    /// a web page's contents carry none).
    toc_pages: bool,
    /// The width the seed's lines were wrapped at ([`wrap_width`]), if they were.
    wrap: Option<Wrap>,
}

impl<'a> Parser<'a> {
    fn text(&self, i: usize) -> &'a str {
        self.lines[i].text.trim_matches(is_space)
    }

    fn no(&self, i: usize) -> usize {
        self.lines[i].no
    }

    /// Sets aside the seed lines `at` as running heads ([`running_heads`]).
    fn set_aside_running_heads(&mut self, at: &std::collections::BTreeSet<usize>) {
        for &i in at {
            self.role(i, Role::Dropped("running-head"));
            self.report.set_aside(
                self.no(i),
                "running-head",
                &format!("running head `{}` at a page break", self.text(i)),
            );
        }
        self.running_heads |= !at.is_empty();
    }

    /// Keeps seed line `i` in the plan's metadata as page chrome, and lists it as set aside.
    fn chrome(&mut self, i: usize, why: &str) {
        self.meta.chrome.push(self.text(i).to_string());
        self.role(i, Role::Meta);
        self.report.set_aside(self.no(i), "chrome", why);
    }

    fn role(&mut self, i: usize, role: Role) {
        let no = self.no(i);
        self.roles.push((no, role));
    }

    /// The table of contents: every entry is set aside and later checked against the body.
    fn toc(&mut self, idx: &[usize]) {
        for &i in idx {
            self.role(i, Role::Toc);
            if grammar::is_toc_title(self.text(i)) {
                continue;
            }
            let entry = grammar::toc_entry(self.text(i));
            self.toc_pages |= grammar::toc_entry_has_page(self.text(i));
            // An entry's number and title on two lines, as the headings of such a layout.
            if let Some((_, last)) = self.report.toc.last_mut() {
                if is_bare_number(last) && is_title_line(&entry) {
                    last.push(' ');
                    last.push_str(&entry);
                    continue;
                }
            }
            self.report.toc.push((self.no(i), entry));
        }
        if let (Some(&a), Some(&b)) = (idx.first(), idx.last()) {
            let (a, b) = (self.no(a), self.no(b));
            self.report.set_aside(
                a,
                "toc",
                &format!("table of contents, lines {a}–{b}; the site derives its own"),
            );
        }
    }

    /// Classifies the lines before the body. Returns the notice paragraphs and the preamble lines.
    fn front(&mut self, idx: &[usize]) -> (Vec<Block>, Vec<usize>) {
        let mut notice = Vec::new();
        let mut rest: Vec<usize> = idx.to_vec();
        // The notice of issue: issuers, 关于印发…的通知 (possibly over two lines, possibly naming
        // its issuer before 关于), number, addressee, body, signature, date.
        let title_at = idx.iter().position(|&i| is_notice_title(self.text(i)));
        if let Some(ti) = title_at {
            // (Above it, the issuers; in a red-headed copy the letterhead `…办公室文件` and the
            // document number under it.)
            let mut start = ti;
            while start > 0 && {
                let t = self.text(idx[start - 1]);
                grammar::is_organisation(t)
                    || grammar::letterhead(t).is_some()
                    || grammar::is_doc_number(t)
            } {
                start -= 1;
            }
            let mut title_end = ti;
            while !ends_notice_title(self.text(idx[title_end]))
                && title_end + 1 < idx.len()
                && title_end < ti + 2
            {
                title_end += 1;
            }
            if !ends_notice_title(self.text(idx[title_end])) {
                title_end = ti;
            }
            // (Else a date of a month only, `2021年12月`.)
            let date_at = (title_end + 1..idx.len())
                .find(|&k| {
                    let t = self.text(idx[k]);
                    grammar::cn_date(t).is_some() || grammar::signature_with_date(t).is_some()
                })
                .or_else(|| {
                    (title_end + 1..idx.len())
                        .find(|&k| grammar::cn_month(self.text(idx[k])).is_some())
                });
            // A release note right under the date (`（此件公开发布）`) closes the notice.
            let end = match date_at {
                Some(d)
                    if idx
                        .get(d + 1)
                        .is_some_and(|&i| grammar::is_release_note(self.text(i))) =>
                {
                    d + 1
                }
                Some(d) => d,
                None => idx.len().saturating_sub(1),
            };
            // The notice's attachment line under its date (`附件`, `附件：《…规划》`) is the
            // notice's.
            let mut end = end;
            while idx
                .get(end + 1)
                .is_some_and(|&i| is_notice_attachment(self.text(i)))
            {
                end += 1;
            }
            // Issuers: the signature (organisation lines just before the date), else the lines
            // before the title, else the issuer the title names.
            let mut signature = Vec::new();
            if let Some(d) = date_at {
                // (The last signer on the date's line.)
                if let Some((org, _)) = grammar::signature_with_date(self.text(idx[d])) {
                    signature.push(org);
                }
                let mut k = d;
                while k > title_end + 1 && grammar::is_organisation(self.text(idx[k - 1])) {
                    k -= 1;
                    signature.insert(0, self.text(idx[k]).to_string());
                }
            }
            let before: Vec<String> = idx[start..ti]
                .iter()
                .map(|&i| self.text(i))
                .filter_map(|t| {
                    grammar::letterhead(t)
                        .or_else(|| grammar::is_organisation(t).then(|| t.trim_matches(is_space)))
                })
                .map(str::to_string)
                .collect();
            let joined_title: String = idx[ti..=title_end].iter().map(|&j| self.text(j)).collect();
            let named = notice_title_issuers(&joined_title);
            let issuers = if !signature.is_empty() {
                signature
            } else if !before.is_empty() {
                before
            } else {
                named
            };
            for t in issuers {
                if !self.meta.issuers.contains(&t) {
                    self.meta.issuers.push(t);
                }
            }
            let mut k = start;
            while k <= end {
                let i = idx[k];
                let t = if k == ti {
                    for &j in &idx[ti..=title_end] {
                        self.role(j, Role::Notice);
                    }
                    k = title_end + 1;
                    joined_title.clone()
                } else {
                    self.role(i, Role::Notice);
                    k += 1;
                    self.text(i).to_string()
                };
                if grammar::is_doc_number(&t) && self.meta.doc_number.is_none() {
                    self.meta.doc_number = Some(t.clone());
                }
                if let Some(d) = grammar::cn_date(&t)
                    .or_else(|| grammar::signature_with_date(&t).map(|(_, d)| d))
                    .or_else(|| grammar::cn_month(&t).filter(|_| self.meta.date.is_none()))
                {
                    self.meta.date = Some(d);
                }
                if self.meta.title.is_empty() {
                    if let Some(title) = quoted_plan_title(&t) {
                        self.meta.title = title;
                    }
                }
                notice.push(Block::Paragraph(Paragraph::plain(t)));
            }
            if self.meta.title.is_empty() {
                if let Some(title) = notice_title_plan(&joined_title) {
                    self.meta.title = title;
                }
            }
            rest = idx[..start]
                .iter()
                .chain(&idx[(end + 1).min(idx.len())..])
                .copied()
                .collect();
        }
        // The cover and web metadata.
        let notice_title = title_at.is_some();
        let mut title_line_seen = false;
        let mut preamble = Vec::new();
        let mut k = 0;
        while k < rest.len() {
            let i = rest[k];
            let t = self.text(i);
            // The first source line is the page's, and a second one that gives what the first
            // lacks (`发布时间：…` then `信息来源：…`); another one is text before the body.
            let wanted = |s: &grammar::SourceLine| match &self.meta.source_line {
                None => true,
                Some(_) => {
                    (self.meta.source.is_none() && s.source.is_some() && s.date.is_none())
                        || (self.meta.date.is_none() && s.date.is_some() && s.source.is_none())
                }
            };
            if let Some(s) = grammar::source_line(t).filter(wanted) {
                self.meta.source_line = Some(match self.meta.source_line.take() {
                    Some(first) => format!("{first} {t}"),
                    None => t.to_string(),
                });
                self.meta.source = s.source.or(self.meta.source.take());
                if self.meta.date.is_none() {
                    self.meta.date = s.date;
                }
                self.meta.chrome.extend(s.chrome);
                self.role(i, Role::Meta);
                k += 1;
                continue;
            }
            // The header of an information disclosure page: kept in metadata, and read for the
            // document number, issuer and date the plan has no other source for.
            if let Some((name, value)) =
                grammar::disclosure_field(t).filter(|_| preamble.is_empty())
            {
                match name {
                    "发文字号" | "文号" if self.meta.doc_number.is_none() && !value.is_empty() =>
                    {
                        self.meta.doc_number = Some(value);
                    }
                    "发布机构" | "发文机关"
                        if grammar::is_organisation(&value) && self.meta.issuers.is_empty() =>
                    {
                        self.meta.issuers.push(value);
                    }
                    "成文日期" if self.meta.date.is_none() => {
                        self.meta.date =
                            grammar::cn_date(&value).or_else(|| grammar::digit_date(&value));
                    }
                    _ => {}
                }
                self.chrome(
                    i,
                    "a field of the page's information disclosure header, kept in metadata",
                );
                k += 1;
                continue;
            }
            if grammar::is_web_controls(t) || grammar::is_breadcrumb(t) {
                self.chrome(i, "web page controls or breadcrumb trail, kept in metadata");
                k += 1;
                continue;
            }
            if let Some(d) = grammar::draft_label(t).filter(|_| self.meta.draft_label.is_none()) {
                self.meta.draft = true;
                self.meta.draft_label = Some(d);
                self.role(i, Role::Meta);
                k += 1;
                continue;
            }
            // One cover date (or a web page's date in digits, `2026-01-05`); another date line
            // is text before the body.
            let cover_free = self.meta.cover_date.is_none();
            let date = grammar::cn_date(t).or_else(|| grammar::digit_date(t));
            if cover_free
                && (grammar::is_cover_month(t) || (date.is_some() && self.meta.date.is_some()))
            {
                // (A cover's month is the plan's date when nothing before gave one.)
                if self.meta.date.is_none() {
                    self.meta.date = grammar::cn_month(t);
                }
                self.meta.cover_date = Some(t.to_string());
                self.role(i, Role::Meta);
                k += 1;
                continue;
            }
            if let Some(d) = date.filter(|_| cover_free) {
                self.meta.date = Some(d);
                self.meta.cover_date = Some(t.to_string());
                self.role(i, Role::Meta);
                k += 1;
                continue;
            }
            // The issuer and the month on one cover line (`…管理局 2021年10月`).
            if let Some((org, d)) = grammar::signature_with_date(t)
                .filter(|_| cover_free && preamble.is_empty() && self.meta.issuers.is_empty())
            {
                self.meta.issuers.push(org);
                if self.meta.date.is_none() {
                    self.meta.date = Some(d);
                }
                self.meta.cover_date = Some(t.to_string());
                self.role(i, Role::Meta);
                k += 1;
                continue;
            }
            // (Not the first line of the title the notice quoted: `澄浦区消防车通道和微型消防站` /
            // `“十五五”建设规划` is the plan's title, not a body and a title.)
            let opens_title = {
                let (title, line) = (strip_spaces(&self.meta.title), strip_spaces(t));
                !line.is_empty() && title.len() > line.len() && title.starts_with(&line)
            };
            if grammar::is_organisation(t) && preamble.is_empty() && !opens_title {
                if !self.meta.issuers.iter().any(|x| x == t) {
                    self.meta.issuers.push(t.to_string());
                }
                self.role(i, Role::Meta);
                k += 1;
                continue;
            }
            // The title, possibly over several lines, possibly repeated.
            let next = rest.get(k + 1).map(|&j| self.text(j));
            // Short lines no rule above knew, before the title's first line (a portal's column
            // name): the title still comes first, and they are the page's.
            let stray = !title_line_seen
                && !preamble.is_empty()
                && preamble.iter().all(|&j| is_stray_front_line(self.text(j)));
            if !self.meta.title.is_empty() && (preamble.is_empty() || stray) {
                let mut n = self.matches_title(&rest[k..]);
                if n > 0 {
                    self.stray_front_lines(&mut preamble);
                    // The plan's term under the title the notice quoted without it.
                    if let Some(term) = rest
                        .get(k + n)
                        .map(|&j| self.text(j))
                        .filter(|t| grammar::is_term_line(t))
                    {
                        self.meta.title.push_str(term);
                        n += 1;
                    }
                    let written: String = rest[k..k + n].iter().map(|&j| self.text(j)).collect();
                    if strip_spaces(&written) != strip_spaces(&self.meta.title) {
                        self.meta.title_as_written = Some(written);
                    }
                    title_line_seen = true;
                    for &j in &rest[k..k + n] {
                        self.role(j, Role::Meta);
                    }
                    k += n;
                    continue;
                }
            }
            // The plan's own title line: it wins over a title quoted in the notice.
            if (self.meta.title.is_empty()
                || (notice_title && !title_line_seen && t.chars().count() <= 60))
                && (preamble.is_empty()
                    || (stray && (ends_like_title(t) || next.is_some_and(|n| title_goes_on(t, n)))))
                && is_title_like(t, next)
                && !self.is_series(t, &rest[k..])
                && !self.placed_title_follows(&rest[k..])
            {
                self.stray_front_lines(&mut preamble);
                let n = self.title_run(&rest[k..]);
                let written: String = rest[k..k + n].iter().map(|&j| self.text(j)).collect();
                // A draft marker written at the end of a line of the title.
                let mut heads = String::new();
                for &j in &rest[k..k + n] {
                    let line = self.text(j);
                    match grammar::split_draft_label(line)
                        .filter(|_| self.meta.draft_label.is_none())
                    {
                        Some((head, label)) => {
                            heads.push_str(head);
                            self.meta.draft = true;
                            self.meta.draft_label = Some(label);
                        }
                        None => heads.push_str(line),
                    }
                }
                let bare = strip_book_marks(&heads);
                if bare != written {
                    self.meta.title_as_written = Some(written);
                }
                self.meta.title = bare;
                title_line_seen = true;
                for &j in &rest[k..k + n] {
                    self.role(j, Role::Meta);
                }
                k += n;
                continue;
            }
            if preamble.is_empty() && self.meta.series.is_none() && self.is_series(t, &rest[k..]) {
                self.meta.series = Some(t.to_string());
                self.role(i, Role::Meta);
                k += 1;
                continue;
            }
            preamble.push(i);
            k += 1;
        }
        (notice, preamble)
    }

    /// Whether the title that starts `idx` names no place while a title that starts with its
    /// place (`上海市某区绿化市容“十五五”规划`) comes within the next lines: the first is a line of
    /// the page (a portal's column, `规划计划`), the second the plan's title.
    fn placed_title_follows(&self, idx: &[usize]) -> bool {
        let n = self.title_run(idx);
        let candidate: String = idx.iter().take(n).map(|&j| self.text(j)).collect();
        crate::catalogue::region_level(&candidate).is_none()
            && idx.iter().skip(n).take(3).any(|&j| {
                let t = self.text(j);
                t.chars().count() <= 60 && !t.contains('。') && is_placed_title(t)
            })
    }

    /// The lines of `preamble` (all before the plan's title line): the page's, kept in metadata,
    /// each listed with a warning to check.
    fn stray_front_lines(&mut self, preamble: &mut Vec<usize>) {
        for i in std::mem::take(preamble) {
            self.chrome(i, "a line before the plan's title, kept in metadata");
            self.report.warn(
                self.no(i),
                format!(
                    "`{}` before the plan's title read as the web page's, not the plan's text",
                    self.text(i)
                ),
            );
        }
    }

    /// A cover series line (北京市“十四五”一般专项规划): ends with 规划, is not the title known from
    /// the notice, and a title follows (the plan's title line, `上海市…规划` under a notice that
    /// quotes `《…区…规划》`, is no series).
    fn is_series(&self, t: &str, following: &[usize]) -> bool {
        if !t.ends_with("规划") || t.chars().count() > 30 {
            return false;
        }
        if !self.meta.title.is_empty()
            && (strip_spaces(t) == strip_spaces(&self.meta.title)
                || self.matches_title(following) > 0)
        {
            return false;
        }
        following.get(1).is_some_and(|&j| {
            let next = self.text(j);
            grammar::source_line(next).is_none()
                && grammar::draft_label(next).is_none()
                && is_title_like(next, following.get(2).map(|&x| self.text(x)))
        })
    }

    /// How many lines from the start of `idx` spell the known title (0 if they do not).
    fn matches_title(&self, idx: &[usize]) -> usize {
        let title = strip_book_marks(&strip_spaces(&self.meta.title));
        let mut acc = String::new();
        for (n, &i) in idx.iter().enumerate().take(4) {
            acc.push_str(&strip_book_marks(&strip_spaces(self.text(i))));
            if acc == title {
                return n + 1;
            }
            if !title.starts_with(&acc) {
                return 0;
            }
        }
        0
    }

    /// How many lines a title with no known text takes: the first line, plus a second one that
    /// completes it (a title wrapped on a cover ends with 规划/计划/纲要/方案).
    fn title_run(&self, idx: &[usize]) -> usize {
        let first = self.text(idx[0]);
        let n = if ends_like_title(first) {
            1
        } else {
            match idx.get(1) {
                Some(&j)
                    if ends_like_title(self.text(j))
                        && self.text(j).chars().count() <= 40
                        && title_goes_on(first, self.text(j)) =>
                {
                    2
                }
                _ => 1,
            }
        };
        // The plan's term on a line under the title (`（2021—2025年）`) is part of it.
        match idx.get(n) {
            Some(&j) if grammar::is_term_line(self.text(j)) => n + 1,
            _ => n,
        }
    }

    /// Sets the page number on line `i` aside, `place` saying where it stands.
    fn page_number(&mut self, i: usize, place: &str) {
        let t = self.text(i).to_string();
        self.page_numbers.push(self.no(i));
        if t.contains(['-', '—', '–']) {
            self.decorated_page_number = true;
        }
        self.role(i, Role::Dropped("page-number"));
        self.report.set_aside(
            self.no(i),
            "page-number",
            &format!("page number `{t}` {place}"),
        );
    }

    /// Paragraph and table pieces of `idx`, one paragraph per line; page numbers set aside.
    fn pieces(&mut self, idx: &[usize], role: Role) -> Result<Vec<Piece>, ParseError> {
        let mut out = Vec::new();
        // The lines with the blank lines between them, for the table reader.
        let src: Vec<SrcLine> = idx
            .iter()
            .enumerate()
            .map(|(m, &i)| SrcLine {
                no: self.no(i),
                text: self.lines[i].text.as_str(),
                blanks_before: m
                    .checked_sub(1)
                    .and_then(|p| idx.get(p))
                    .map_or(0, |&prev| i.saturating_sub(prev + 1)),
            })
            .collect();
        let ends = run_heading_ends(&src);
        let mut k = 0;
        while k < idx.len() {
            let i = idx[k];
            let t = self.text(i);
            if grammar::is_tab_row(&self.lines[i].text) {
                // A tab-separated table: from a row with a tab between two cells, every line
                // holding a tab (blank lines between them allowed).
                let mut rows = Vec::new();
                let lines = self.lines;
                let width = tabs(&lines[i].text);
                while let Some(&j) = idx.get(k) {
                    let line = lines[j].text.as_str();
                    if grammar::is_tab_row(line) || continues_tab_table(line, width) {
                        rows.push((self.no(j), line));
                        k += 1;
                    } else if grammar::is_page_number(line)
                        && idx
                            .get(k + 1)
                            .is_some_and(|&n| grammar::is_tab_row(&lines[n].text))
                    {
                        // A page break inside the table: its rows go on after the page number.
                        self.page_number(j, "inside a table");
                        k += 1;
                    } else {
                        break;
                    }
                }
                self.table_count += 1;
                let mut parsed = tables::parse_tabbed(&format!("t{}", self.table_count), &rows);
                // A caption below the table, with none above it: one caption line between the
                // table and the next heading (or the end).
                let above = matches!(out.last(), Some(Piece::Para { text, .. })
                    if is_caption_like(text) && !is_structural(text) && label(text).is_none());
                if let Some(below) = src.get(k).filter(|_| !above) {
                    let caption = below.text.trim_matches(is_space);
                    let stop = src.get(k + 1).is_none_or(|n| {
                        let n = n.text.trim_matches(is_space);
                        is_structural(n) || label(n).is_some()
                    });
                    if stop && tables::one_cell::is_caption(caption) && !is_structural(caption) {
                        parsed.table.title = caption.to_string();
                        parsed.table.caption_below = true;
                        parsed.lines.push(below.no);
                        k += 1;
                    }
                }
                self.table_roles(&parsed, &role);
                check_table_size(&parsed)?;
                out.push(Piece::Table(Box::new(parsed)));
                continue;
            }
            // The title under a heading number alone on its line is the heading's, not a
            // table's caption (see `join_split_headings`).
            let heading_title = k
                .checked_sub(1)
                .and_then(|j| src.get(j))
                .is_some_and(|prev| is_bare_number(prev.text) && is_title_line(t));
            if let Some((parsed, used)) = self
                .one_cell_table(&src, k, &ends)
                .filter(|_| !heading_title)
            {
                self.table_count += 1;
                self.table_roles(&parsed, &role);
                check_table_size(&parsed)?;
                out.push(Piece::Table(Box::new(parsed)));
                k += used.max(1);
                continue;
            }
            if grammar::annex_caption(t).is_some() {
                self.role(i, role.clone());
                out.push(Piece::Para {
                    text: t.to_string(),
                    lines: vec![self.no(i)],
                });
                k += 1;
                continue;
            }
            let near_table = matches!(out.last(), Some(Piece::Table(_)))
                || (k + 1 < src.len() && self.one_cell_table(&src, k + 1, &ends).is_some())
                || among_cells(&src, k);
            // A page number in page dress (`— 3 —`) is never a table's value.
            if grammar::is_page_number(t)
                && near_table
                && !tables::one_cell::is_decorated_page_number(t)
            {
                self.report.warn(
                    self.no(i),
                    format!("bare number `{t}` next to a table or among its cells kept as text"),
                );
            } else if grammar::is_page_number(t) {
                self.page_number(i, "between paragraphs");
                k += 1;
                continue;
            }
            self.role(i, role.clone());
            out.push(Piece::Para {
                text: t.to_string(),
                lines: vec![self.no(i)],
            });
            k += 1;
        }
        Ok(out)
    }

    /// A one-cell-per-line table starting at `src[k]`: its caption (a caption line followed by the
    /// header) or its header. Returns the table and how many lines it used.
    fn one_cell_table(
        &self,
        src: &[SrcLine],
        k: usize,
        ends: &[usize],
    ) -> Option<(ParsedTable, usize)> {
        // (No table reads past the next heading of the run it stands in.)
        let src = ends.get(k).and_then(|&end| src.get(..end)).unwrap_or(src);
        let line = src.get(k)?;
        let t = line.text.trim_matches(is_space);
        let id = format!("t{}", self.table_count + 1);
        let rest = src.get(k + 1..).unwrap_or(&[]);
        // A caption over two lines or paragraphs (`棠浦区农贸市场布局与提升` /
        // `“十五五”主要指标`), whether its first reads as one (`表2 嘉澜区生物医药产业“十五五”` /
        // `主要发展指标`) or not.
        let split_caption = rest.first().is_some_and(|n| {
            label(t).is_none()
                && !is_structural(t)
                && n.blanks_before <= 1
                && tables::one_cell::caption_goes_on(t, n.text)
        });
        // A caption is the last caption line before the header (an annex label or a numbered
        // heading above the caption is not), and never a numbered heading itself.
        let caption_follows = !tables::one_cell::is_numbered_caption(t)
            && !split_caption
            && rest.first().is_some_and(|n| {
                let n = n.text.trim_matches(is_space);
                tables::one_cell::is_caption(n)
                    && (n.chars().count() > 10
                        || tables::one_cell::is_numbered_caption(n)
                        || t.starts_with("附件"))
            });
        // The title line under an annex's label alone (`附件2` / `托育服务专项行动任务分工`) is
        // the caption of a table right under it, whatever its words; so is a title line under
        // an annex's caption with its own (`附件1：各区县能耗双控目标` /
        // `岚浦市各区县“十四五”能耗强度下降目标`).
        let annex_title = k
            .checked_sub(1)
            .and_then(|j| src.get(j))
            .is_some_and(|prev| {
                grammar::annex_caption(prev.text).is_some_and(|(_, title)| {
                    title.is_empty()
                        || (is_title_line(t)
                            && t.chars().count() >= 10
                            && !t.ends_with(['。', '：', ':']))
                })
            });
        // (A line pointing to the table, `…主要指标，具体如下：`, is the text's, neither its
        // caption nor its first cell: the caption may stand below the table.)
        if points_to_table_below(t) {
            return None;
        }
        // (Nor is a 专栏's lead sentence right under its title, `…重点实施以下…项目：`, also where
        // no blank line parts it from the header below: the table starts under it.)
        let under_box = k
            .checked_sub(1)
            .and_then(|j| src.get(j))
            .is_some_and(|prev| grammar::box_title(prev.text).is_some());
        if under_box && t.ends_with(['：', ':']) && t.chars().count() > 10 {
            return None;
        }
        // (A unit line right over cells whose caption stands below them, `单位：亿元` / `序号` …
        // / `…重大项目表`, is the text's: the table starts under it and takes the caption below.)
        if tables::one_cell::is_unit_line(t) && caption_below_cells(src, k + 1) {
            return None;
        }
        // (So is a title of words alone under a line that points to the table below, longer
        // than a header's cell: `…建设6处水文化展示空间，布局如下：` /
        // `“十五五”时期澜湖市水文化展示空间建设布局`, not `站点类型`.)
        let pointed_title = k
            .checked_sub(1)
            .and_then(|j| src.get(j))
            .is_some_and(|prev| points_to_table_below(prev.text.trim_matches(is_space)))
            && t.chars().count() > 10
            && tables::one_cell::is_caption_below(t);
        // (A header's first cell over cells whose caption stands below them, `指标名称` …
        // / `…主要指标完成情况`, is no caption above them.)
        // (Nor is one right under a 专栏's title, which heads the table: `专栏一：…主要指标` /
        // `指标名称` / `2025年` ….)
        // (Nor, right under a 专栏's title, a line short enough to be the names' header cell
        // itself, `指标` over `2025年目标` ….)
        let short_head = under_box
            && !tables::one_cell::is_numbered_caption(t)
            && t.trim_matches(is_space).chars().count() <= 4;
        let first_cell = (tables::one_cell::names_a_column(t) || short_head)
            && (caption_below_cells(src, k) || under_box);
        // (Or a title of words right over a header's number cell, longer than a column's name:
        // `重点行业用水定额控制目标` over `序号`.)
        let over_number = src
            .get(k + 1)
            .is_some_and(|n| tables::one_cell::is_number_header(n.text))
            && t.chars().count() > 8
            && !tables::one_cell::names_a_column(t)
            && tables::one_cell::is_caption_below(t);
        if (tables::one_cell::is_caption(t)
            || annex_title
            || pointed_title
            || split_caption
            || over_number)
            && !first_cell
            && !is_structural(t)
            && label(t).is_none()
            && !caption_follows
        {
            if let Ok(r) =
                tables::read_one_cell_with(&id, Some((line.no, t)), rest, self.table_options())
            {
                return Some((self.told_by_the_text(r.parsed, src), r.consumed + 1));
            }
        }
        // (The table starts at the caption line below, which may repeat this one: an annex's
        // title, then the table's caption, `…重点项目表` twice.)
        if !is_structural(t) && !caption_follows {
            // A 专栏 title right above heads the table as a caption would, also when its number
            // and its title stand on two lines (`专栏二` / `食品安全“守护”工程`) or its lead
            // sentence stands between; so does an
            // annex's caption with its title (`附件：河长名录`), which stays the annex's.
            let above = |back: usize| k.checked_sub(back).and_then(|j| src.get(j));
            let titled = above(1).is_some_and(|prev| {
                grammar::box_title(prev.text).is_some()
                    || grammar::annex_caption(prev.text).is_some_and(|(_, title)| !title.is_empty())
            }) || above(2).zip(above(1)).is_some_and(|(number, title)| {
                grammar::box_title(number.text).is_some()
                    && is_bare_number(number.text)
                    && is_title_line(title.text)
            })
                // (Or with the box's lead sentence between: `专栏2 …` / `“十四五”期间新建…。`,
                // `…每年组织实施以下培训项目：`.)
                || above(2).zip(above(1)).is_some_and(|(title, lead)| {
                    grammar::box_title(title.text).is_some()
                        && !is_bare_number(title.text)
                        && lead.text.trim_matches(is_space).ends_with(['。', '：', ':'])
                });
            if let Ok(r) = tables::read_one_cell_with(
                &id,
                None,
                src.get(k..).unwrap_or(&[]),
                tables::Options {
                    titled,
                    // A line that points to the table below it (`…安排如下表。`, `详见下表：`),
                    // or the table's caption below its cells.
                    pointed: above(1).is_some_and(|prev| points_to_table_below(prev.text))
                        || caption_below_cells(src, k),
                    ..self.table_options()
                },
            ) {
                return Some((self.told_by_the_text(r.parsed, src), r.consumed));
            }
        }
        None
    }

    /// A table as read, its names over two paragraphs that the plan's text outside it names
    /// whole joined ([`tables::names_told_by_the_text`]), and its rows' gaps under the columns
    /// that text says a figure is yet to be set for ([`tables::one_cell::gaps_told_by_the_text`]).
    fn told_by_the_text(&self, mut parsed: ParsedTable, src: &[SrcLine]) -> ParsedTable {
        // (The text outside the table, gathered only when a row asks: most tables have no
        // name a text could tell.)
        let inside: std::collections::HashSet<usize> = parsed.lines.iter().copied().collect();
        let prose = std::cell::OnceCell::new();
        let text = || -> String {
            (0..self.lines.len())
                .filter(|&i| !inside.contains(&self.no(i)))
                .map(|i| crate::text::strip_spaces(&self.lines[i].text))
                .collect()
        };
        tables::names_told_by_the_text(&mut parsed, src, |t| prose.get_or_init(text).contains(t));
        if parsed
            .table
            .rows
            .iter()
            .any(|r| r.cells.iter().any(|c| c.is_empty()))
        {
            tables::one_cell::gaps_told_by_the_text(&mut parsed, prose.get_or_init(text));
        }
        parsed
    }

    /// What the table reader may know of the seed so far: whether it shows pages (page numbers
    /// set aside so far, [`Parser::is_paged`] without its whole-seed scans) and the last page number.
    fn table_options(&self) -> tables::Options {
        let spread = self.page_numbers.windows(2).any(|w| w[1] >= w[0] + 15);
        let last_page = self.page_numbers.last().and_then(|&no| {
            let l = self.lines.get(self.lines.partition_point(|l| l.no < no))?;
            tables::one_cell::page_value(&l.text)
        });
        tables::Options {
            paged: spread || self.repeated_headers || self.decorated_page_number,
            last_page,
            titled: false,
            pointed: false,
        }
    }

    fn table_roles(&mut self, parsed: &ParsedTable, role: &Role) {
        for (no, t) in &parsed.page_numbers {
            self.page_numbers.push(*no);
            self.decorated_page_number |= tables::one_cell::is_decorated_page_number(t);
            self.roles.push((*no, Role::Dropped("page-number")));
            self.report.set_aside(
                *no,
                "page-number",
                &format!("page number `{t}` inside table {}", parsed.table.id),
            );
        }
        self.repeated_headers |= !parsed.table.continued.is_empty();
        for &no in &parsed.lines {
            if parsed.repeated_headers.contains(&no) {
                self.repeated_headers = true;
                self.roles.push((no, Role::Dropped("repeated-header")));
                self.report.repair(
                    vec![no],
                    "repeated-header",
                    format!(
                        "table {}: header row repeated after a page break, removed",
                        parsed.table.id
                    ),
                );
            } else {
                self.roles.push((no, role.clone()));
            }
        }
        for &no in &parsed.short_rows {
            self.report.warn(no, format!("table {}: a row with fewer cells than columns (merged cell); missing cells left empty", parsed.table.id));
        }
        for (lines, what) in &parsed.joins {
            self.report.repair(
                lines.clone(),
                "table-cell",
                format!("table {}: {what}", parsed.table.id),
            );
        }
        for (no, what) in &parsed.warnings {
            self.report
                .warn(*no, format!("table {}: {what}", parsed.table.id));
        }
    }

    /// Whether the seed shows that it was cut into pages (and so may have paragraphs cut at page
    /// breaks): a table of contents with page numbers and a page number set aside in the body (a
    /// web page may keep the printed document's contents, page numbers and all, over a body
    /// that has none), a table header repeated after a break, form feeds, or page numbers that
    /// recur through the text. Text extracted from a web page has none of these.
    fn is_paged(&self) -> bool {
        let form_feed = self.lines.windows(2).any(|w| w[0].no == w[1].no);
        let spread = self
            .page_numbers
            .windows(2)
            .filter(|w| w[1] >= w[0] + 15)
            .count();
        (self.toc_pages && !self.page_numbers.is_empty())
            || self.repeated_headers
            || form_feed
            || spread >= 1
            || self.decorated_page_number
            || self.running_heads
    }

    /// The raw seed line numbered `no` (indentation kept).
    fn raw(&self, no: usize) -> &'a str {
        let lines = self.lines;
        lines
            .get(lines.partition_point(|l| l.no < no))
            .map_or("", |l| l.text.as_str())
    }

    /// Joins the lines of a paragraph that a fixed width wrapped (text copied from a PDF without
    /// reflowing it; [`wrap_width`]): a line that reaches the margin goes on with the line right
    /// under it when paragraphs open indented and that line is not, or, where they do not, when it
    /// ends mid-sentence. Never a heading, 专栏 title or page number after it, nor a numbered line
    /// but after a line cut mid-sentence that is not itself a numbered line alone, nor across a blank
    /// line. One repair lists the lines joined.
    fn join_wrapped(&mut self, pieces: Vec<Piece>) -> Vec<Piece> {
        let Some(wrap) = self.wrap else {
            return pieces;
        };
        let mut joined = Vec::new();
        let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
        for piece in pieces {
            if let (
                Some(Piece::Para {
                    text: prev,
                    lines: plines,
                }),
                Piece::Para { text, lines },
            ) = (out.last_mut(), &piece)
            {
                let (Some(&last), Some(&first)) = (plines.last(), lines.first()) else {
                    out.push(piece);
                    continue;
                };
                let w = print_width(self.raw(last).trim_matches(is_space));
                let at_margin = w + MARGIN_SLACK >= wrap.width && w <= wrap.width + MARGIN_OVER;
                let opens = self.raw(first).starts_with(is_space);
                // Where paragraphs open indented, an unindented line goes on and an indented one
                // opens a paragraph; elsewhere a line goes on what ends mid-sentence.
                let goes_on = if wrap.indents {
                    !opens
                } else {
                    ends_mid_sentence(prev)
                };
                // (A numbered line goes on too after a line cut mid-sentence at the margin:
                // `…完成溪东华侨农场` / `一、二分场危旧房改造1260户，…` is no heading. Not after
                // a numbered line alone, an item or a title that ends with no stop:
                // `8.…系统改造项目` / `（二）软课题项目`.)
                let item = plines.len() == 1 && label(prev).is_some();
                let cut = ends_mid_sentence(prev) && !item;
                let numbered_on = cut
                    && label(text).is_some_and(|l| {
                        matches!(
                            l.style,
                            Style::CnEnum | Style::CnParen | Style::ArabicItem | Style::ArabicParen
                        )
                    });
                if at_margin
                    && first == last + 1
                    && goes_on
                    && (!is_structural(text) || numbered_on)
                    && (label(text).is_none() || cut)
                    && !grammar::is_page_number(text)
                {
                    joined.push(first);
                    prev.push_str(text);
                    plines.extend(lines);
                    continue;
                }
            }
            out.push(piece);
        }
        if !joined.is_empty() {
            let detail = format!(
                "{} lines wrapped at a width of {} joined to the lines before them",
                joined.len(),
                wrap.width
            );
            self.report.repair(joined, "wrap", detail);
        }
        out
    }

    /// Joins a paragraph cut mid-sentence at a page break to its continuation; only in a paged
    /// seed ([`Parser::is_paged`]).
    /// A heading's number alone on a line with its title on the next (`第一章` / `总体要求`,
    /// `（一）` / `主要成效`, `专栏1` / `公园建设工程`, as a layout that centres numbers writes
    /// them): one heading, listed as a repair. So is a numbered heading whose title runs on to the
    /// next line (`三、主要任务：建设干净整洁有序安全` / `的城市环境`) where the table of contents
    /// has the two lines as one entry and not the first alone, or where a few words with no
    /// punctuation follow a long title ([`is_title_run_on`]).
    fn join_split_headings(&mut self, pieces: Vec<Piece>) -> Vec<Piece> {
        let toc: std::collections::HashSet<String> =
            self.report.toc.iter().map(|(_, e)| toc_key(e)).collect();
        let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
        let mut pieces = pieces.into_iter().peekable();
        while let Some(piece) = pieces.next() {
            // (Words right before a numbered line stand alone between two headings: no
            // paragraph of their own.)
            let before_numbered =
                matches!(pieces.peek(), Some(Piece::Para { text, .. }) if label(text).is_some());
            let next_first = pieces.peek().map(Piece::first_line);
            // (The last line of the piece before the one `piece` may join.)
            let before_last = out
                .len()
                .checked_sub(2)
                .and_then(|i| out.get(i))
                .and_then(Piece::last_line);
            if let (
                Some(Piece::Para {
                    text: number,
                    lines: nlines,
                }),
                Piece::Para { text: title, lines },
            ) = (out.last_mut(), &piece)
            {
                // (The text between number and title, and what the report says.)
                let join = if is_bare_number(number) && is_title_line(title) {
                    Some((
                        " ",
                        format!(
                            "heading number `{number}` and its title `{title}` on two lines joined"
                        ),
                    ))
                } else if toc.contains(&toc_key(&format!("{number}{title}")))
                    && !toc.contains(&toc_key(number))
                    && label(number).is_some()
                {
                    Some((
                        "",
                        format!(
                            "heading `{number}` + `{title}` split over two lines joined, as the table of contents has it"
                        ),
                    ))
                } else if grammar::is_term_line(title)
                    && label(number).is_some_and(|l| {
                        titled_style(l.style)
                            && is_title_line(&l.rest)
                            && !grammar::is_term_line(&l.rest)
                    })
                {
                    // (A heading's term on a line of its own: `第六章 近期实施计划` /
                    // `（2021—2025年）`.)
                    Some((
                        "",
                        format!("heading `{number}` and its term `{title}` on two lines joined"),
                    ))
                } else if nlines.len() == 1
                    && lines.len() == 1
                    && is_centred_run_on(self.raw(nlines[0]), self.raw(lines[0]), number, title)
                {
                    Some((
                        "",
                        format!("heading `{number}` + `{title}` centred on two lines joined"),
                    ))
                } else if nlines.len() == 1
                    && lines.len() == 1
                    && (next_line(nlines[0], lines[0])
                        || is_short_title_words(title)
                        || is_last_clause_words(number, title))
                    && stops_inside_title(number, title)
                {
                    Some((
                        "",
                        format!(
                            "heading `{number}` + `{title}` split over two lines joined: the first stops inside its title (an open quotation or a comma)"
                        ),
                    ))
                } else if nlines.len() == 1
                    && lines.len() == 1
                    && is_title_run_on(
                        number,
                        title,
                        before_numbered,
                        // (On the very next line: no blank line between; the two lines alone
                        // between blank lines.)
                        next_line(nlines[0], lines[0]),
                        before_last.is_none_or(|b| !next_line(b, nlines[0]))
                            && next_first.is_none_or(|n| !next_line(lines[0], n)),
                    )
                {
                    Some((
                        "",
                        format!(
                            "heading `{number}` + `{title}` split over two lines joined: a few words with no punctuation under a long title go on with it"
                        ),
                    ))
                } else {
                    None
                };
                if let Some((between, detail)) = join {
                    let a = nlines.last().copied().unwrap_or(0);
                    let b = lines.first().copied().unwrap_or(a);
                    self.report.repair(vec![a, b], "heading", detail);
                    number.push_str(between);
                    number.push_str(title);
                    nlines.extend(lines);
                    continue;
                }
            }
            out.push(piece);
        }
        out
    }

    /// Joins the paragraphs the source cut: in a paged text, at a page break (mid-sentence, or
    /// a table's last note); in a web text, a paragraph that stops inside a title or a
    /// quotation it opened (`《上海市老龄事业发展“十四`) with the next, which closes it
    /// (`五”规划》的要求…`): the web page broke the line there. Each join listed.
    fn join_page_breaks(&mut self, pieces: Vec<Piece>, paged: bool) -> Vec<Piece> {
        let mut out: Vec<Piece> = Vec::new();
        for piece in pieces {
            // The title line under an annex's bare label (`附件` / `主要名词解释`) is no
            // paragraph cut at a break.
            let annex_title = out.len().checked_sub(2).and_then(|i| out.get(i)).is_some_and(
                |p| matches!(p, Piece::Para { text, .. } if grammar::annex_caption(text).is_some_and(|c| c.1.is_empty())),
            );
            if let (
                Some(Piece::Para {
                    text: prev,
                    lines: plines,
                }),
                Piece::Para { text, lines },
            ) = (out.last_mut(), &piece)
            {
                let joinable =
                    !is_structural(prev) && !is_structural(text) && label(text).is_none();
                if !paged && joinable && left_open(prev) && !left_open(&format!("{prev}{text}")) {
                    let (a, b) = (
                        plines.last().copied().unwrap_or(0),
                        lines.first().copied().unwrap_or(0),
                    );
                    self.report.repair(
                        vec![a, b],
                        "join",
                        format!(
                            "paragraph broken inside a title or quotation joined: `…{}` + `{}…`",
                            tail(prev, 8),
                            text.chars().take(8).collect::<String>()
                        ),
                    );
                    prev.push_str(text);
                    plines.extend(lines);
                    continue;
                }
                // A figure's or table's label line (`附图：…`, `附图`) is a caption, never a
                // paragraph cut at a break.
                if paged
                    && joinable
                    && ends_mid_sentence(prev)
                    && !annex_title
                    && grammar::appended_label(prev).is_none()
                    && grammar::appended_label(text).is_none()
                {
                    let (a, b) = (*plines.last().unwrap(), lines[0]);
                    let before: String = tail(prev, 8);
                    let after: String = text.chars().take(8).collect();
                    self.report.repair(
                        vec![a, b],
                        "join",
                        format!("paragraph cut at a page break joined: `…{before}` + `{after}…`"),
                    );
                    if let Some(c) = repeated_at_break(prev, text) {
                        let original = format!(
                            "{}{}",
                            tail(prev, 6),
                            text.chars().take(6).collect::<String>()
                        );
                        let corrected = format!(
                            "{}{}",
                            tail(prev, 6),
                            text.chars().skip(1).take(5).collect::<String>()
                        );
                        self.report.repair(vec![a, b], "repeated-character", format!("character `{c}` repeated across the page break; a correction removes one"));
                        self.corrections.push(Correction {
                            original,
                            corrected,
                            note: format!("原文在分页处重复“{c}”字(第{a}、{b}行),已删去一个。"),
                        });
                    } else if prev.chars().last() == text.chars().next() {
                        self.report.warn(b, "the same character ends and starts the two halves of a joined paragraph; kept (it may be a reduplication)".to_string());
                    }
                    prev.push_str(text);
                    plines.extend(lines);
                    continue;
                }
            }
            // A table's last note cut mid-sentence by a page number goes on after it (a note
            // may end without a full stop: only a page number between the two shows the cut).
            if let (true, Some(Piece::Table(t)), Piece::Para { text, lines }) =
                (paged, out.last_mut(), &piece)
            {
                let last = t.lines.last().copied().unwrap_or(0);
                let first = lines.first().copied().unwrap_or(0);
                let page_between = self.page_numbers.iter().any(|&no| no > last && no < first);
                if let Some(note) = t.table.notes.last_mut() {
                    if page_between
                        && ends_mid_sentence(note)
                        && !is_structural(text)
                        && label(text).is_none()
                    {
                        let before: String = tail(note, 8);
                        let after: String = text.chars().take(8).collect();
                        self.report.repair(
                            vec![last, first],
                            "join",
                            format!(
                                "note of table {} cut at a page break joined: `…{before}` + `{after}…`",
                                t.table.id
                            ),
                        );
                        note.push_str(text);
                        t.lines.extend(lines);
                        continue;
                    }
                }
            }
            out.push(piece);
        }
        out
    }

    fn new_table_block(
        &mut self,
        t: ParsedTable,
        container: &mut Vec<Block>,
        tables: &mut Vec<crate::model::Table>,
    ) {
        let mut table = t.table;
        // The caption is the short line just before a tab-separated table, with the unit line
        // under it if there is one (`表1 …` / `单位：平方公里`), read as one caption as a table
        // set one cell per line reads them.
        if table.title.is_empty() {
            let caption_like = |b: Option<&Block>| match b {
                // (Not a sentence leading in to the table, `…实施以下建设项目：`: the text's.)
                Some(Block::Paragraph(p))
                    if p.marker.is_none()
                        && p.lead.is_none()
                        && is_caption_like(&p.text)
                        && !p.text.ends_with(['：', ':']) =>
                {
                    Some(p.text.clone())
                }
                _ => None,
            };
            let n = container.len();
            let last = caption_like(container.last());
            let unit_under = last
                .as_deref()
                .is_some_and(tables::one_cell::is_unit_line)
                .then(|| {
                    n.checked_sub(2)
                        .and_then(|i| caption_like(container.get(i)))
                })
                .flatten()
                .filter(|c| !tables::one_cell::is_unit_line(c));
            if let (Some(caption), Some(unit)) = (unit_under, last.as_ref()) {
                table.title = format!("{caption} {unit}");
                container.truncate(n - 2);
            } else if let Some(caption) = last {
                table.title = caption;
                container.pop();
            }
        }
        container.push(Block::Table(TableRef {
            id: table.id.clone(),
        }));
        tables.push(table);
    }

    /// The annexes: each annex caption opens one; its paragraphs and tables follow. An appended
    /// figure's caption line (`附图：…`) opens one too, and an appended table (`附表1` over
    /// `重大项目表`, read as the table's caption) one of its own, whose caption is the label and
    /// whose title is the table's; neither right under a caption.
    fn annexes(
        &mut self,
        pieces: Vec<Piece>,
        tables: &mut Vec<crate::model::Table>,
    ) -> Vec<crate::model::Annex> {
        // (caption, title, pieces)
        let mut groups: Vec<(String, String, Vec<Piece>)> = Vec::new();
        for mut piece in pieces {
            // (Or under a bare annex caption and its title on the line below, `附件：` /
            // `…规划附表`: the appended tables after them are that annex's.)
            let under_caption = groups.last().is_some_and(|g| {
                g.2.is_empty()
                    || (grammar::annex_caption(&g.0).is_some_and(|(_, rest)| rest.is_empty())
                        && matches!(&g.2[..], [Piece::Para { text, .. }] if is_annex_title(text)))
            });
            // (Right under an appended figure's or table's caption that has its own title,
            // `附图1 …现状图`, the next one's caption with a title of its own, `附图2 …分区图`,
            // opens an annex of its own; a bare `附图` there repeats the caption, as web pages
            // print it. Under an annex's caption, `附件：重大项目安排`, a 附表 is that annex's.)
            let titled = |c: &str| {
                grammar::annex_caption(c).is_none()
                    && grammar::appended_label(c).is_some_and(|(_, t)| !t.is_empty())
            };
            let next_titled = appended_caption(&piece).is_some_and(|(_, title)| !title.is_empty());
            let opens_after_caption = groups
                .last()
                .is_some_and(|g| g.1.is_empty() && titled(&g.0))
                && next_titled;
            // (Nor after an appended table that is an annex's own: `附表2` after `附表1` under
            // `附件：重点项目和任务表` is that annex's too.)
            let annex_of_tables = groups.last().is_some_and(|g| {
                grammar::annex_caption(&g.0).is_some()
                    && g.2.iter().any(|p| {
                        matches!(p, Piece::Table(t) if grammar::appended_label(&t.table.title).is_some())
                    })
            });
            let appended = appended_caption(&piece)
                .filter(|_| (!under_caption || opens_after_caption) && !annex_of_tables);
            match &mut piece {
                Piece::Para { text, .. } => {
                    if let Some((number, rest)) = grammar::annex_caption(text) {
                        // A bare `附件` right under a caption repeats it (web pages print both);
                        // so does `附件1` under `附件1：…`, also where the caption's title goes on
                        // in the line below (`附件2：…“十五五”` / `重点项目表` / `附件2`).
                        let same_number = || {
                            groups.last().is_some_and(|g| {
                                grammar::annex_caption(&g.0).is_some_and(|(n, t)| {
                                    n == number
                                        && !t.is_empty()
                                        && match &g.2[..] {
                                            [] => true,
                                            [Piece::Para { text, .. }] => {
                                                tables::one_cell::caption_goes_on(&t, text)
                                            }
                                            _ => false,
                                        }
                                })
                            })
                        };
                        let repeat = rest.is_empty()
                            && ((number.is_none() && under_caption)
                                || (number.is_some() && same_number()));
                        if !repeat {
                            groups.push((text.clone(), String::new(), Vec::new()));
                            continue;
                        }
                    } else if appended.is_some() {
                        groups.push((text.clone(), String::new(), Vec::new()));
                        continue;
                    }
                }
                Piece::Table(t) => {
                    if let Some((label, title)) = appended {
                        self.caption_to_annex(t, &label);
                        groups.push((label, title, vec![piece]));
                        continue;
                    }
                }
            }
            match groups.last_mut() {
                Some(g) => g.2.push(piece),
                None => groups.push((String::new(), String::new(), vec![piece])),
            }
        }
        groups
            .into_iter()
            .enumerate()
            .map(|(i, (mut caption, mut title, mut pieces))| {
                // A caption with no title (`附件2`) over a title line (`名词解释`): the title.
                let untitled = title.is_empty()
                    && grammar::annex_caption(&caption)
                        .map(|c| c.1)
                        .or_else(|| grammar::appended_label(&caption).map(|c| c.1))
                        .is_some_and(|t| t.is_empty());
                // (A caption whose title goes on in the line below, `附件：…分类体系建设` /
                // `“十五五”重点项目表`: one caption.)
                // (Or in what the table under it at once took for its caption.)
                let own_title = grammar::annex_caption(&caption)
                    .map(|(_, t)| t)
                    .filter(|t| !t.is_empty());
                let goes_on = |text: &str| {
                    own_title
                        .as_deref()
                        .is_some_and(|t| tables::one_cell::caption_goes_on(t, text))
                };
                let table_goes_on = |title: &str| {
                    own_title
                        .as_deref()
                        .is_some_and(|t| tables::one_cell::table_caption_goes_on(t, title))
                };
                match pieces.first_mut() {
                    Some(Piece::Para { text, .. }) if untitled && is_annex_title(text) => {
                        title = text.trim_matches(is_space).to_string();
                        pieces.remove(0);
                    }
                    Some(Piece::Para { text, .. }) if !untitled && goes_on(text) => {
                        caption.push_str(text.trim_matches(is_space));
                        pieces.remove(0);
                    }
                    // (Or in what the table under it at once took for its caption: `附件：…
                    // “十五五”` / `重点项目清单`: the annex's caption, whole; the table has none
                    // of its own.)
                    Some(Piece::Table(t)) if !untitled && table_goes_on(&t.table.title) => {
                        caption.push_str(t.table.title.trim_matches(is_space));
                        t.table.title.clear();
                    }
                    Some(Piece::Table(t)) => caption = caption_over_unit_line(caption, t),
                    _ => {}
                }
                crate::model::Annex {
                    number: i as u32 + 1,
                    caption,
                    title,
                    blocks: self.structure_flat(pieces, tables, Flat::Annex),
                }
            })
            .collect()
    }

    /// Moves the caption of the appended table `t` (`附表1 重大项目表`) to the annex it opens,
    /// which is headed by it: the table keeps no title, and a join of the label's line with the
    /// title's is no longer one (the report drops it).
    fn caption_to_annex(&mut self, t: &mut ParsedTable, label: &str) {
        let joined = format!(
            "table {}: caption split over two lines: `{label}` + ",
            t.table.id
        );
        self.report
            .repairs
            .retain(|r| !(r.kind == "table-cell" && r.detail.starts_with(&joined)));
        t.table.title.clear();
    }

    /// Paragraphs and tables with no outline (the preamble).
    fn structure_flat(
        &mut self,
        pieces: Vec<Piece>,
        tables: &mut Vec<crate::model::Table>,
        part: Flat,
    ) -> Vec<Block> {
        let mut out = Vec::new();
        // An annex's heading styles in the order met: the first is level 3, the second level 4.
        let mut styles: Vec<Style> = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Para { text, .. } => {
                    if tables::one_cell::is_note_start(&text)
                        && matches!(out.last(), Some(Block::Table(_)))
                    {
                        if let Some(t) = tables.last_mut() {
                            t.notes.push(text);
                            continue;
                        }
                    }
                    if part == Flat::Annex {
                        if let Some(h) = annex_heading(&text, &mut styles) {
                            out.push(Block::Heading(h));
                            continue;
                        }
                    }
                    out.push(Block::Paragraph(match part {
                        Flat::Annex => paragraph(&text, &[]),
                        Flat::Preamble => paragraph_without_lead(&text, &[]),
                    }))
                }
                Piece::Table(t) => self.new_table_block(*t, &mut out, tables),
            }
        }
        out
    }

    /// Chapters, sections, 专栏 and paragraphs of the body.
    fn structure(
        &mut self,
        pieces: Vec<Piece>,
        chapter_style: Style,
        section_style: Option<Style>,
        tables: &mut Vec<crate::model::Table>,
    ) -> Result<Vec<Chapter>, ParseError> {
        let mut chapters: Vec<Chapter> = Vec::new();
        let mut open_box: Option<(PlanBox, bool)> = None;
        let mut last_section_number = 0u32;
        // Whether section numbers have run on from one chapter to the next (`（四）` opening a
        // chapter after `（三）`).
        let mut sections_run_on = false;
        let structural: Vec<Style> = [Some(chapter_style), section_style]
            .into_iter()
            .flatten()
            .collect();

        fn container(chapters: &mut [Chapter]) -> &mut Vec<Block> {
            let ch = chapters.last_mut().expect("the body starts with a chapter");
            match ch.sections.last_mut() {
                Some(s) => &mut s.blocks,
                None => &mut ch.blocks,
            }
        }
        fn close_box(chapters: &mut [Chapter], open_box: &mut Option<(PlanBox, bool)>) {
            if let Some((b, _)) = open_box.take() {
                container(chapters).push(Block::Box(b));
            }
        }

        // Lower heading styles open under the current section (level 3, level 4), and the last
        // number each style had.
        let mut lower: Vec<Style> = Vec::new();
        let mut last_lower: std::collections::HashMap<Style, u32> =
            std::collections::HashMap::new();
        // The last number of a style's run taken on by list items (`9.`–`11.`, sentences, after
        // the heading `8.`): the run's next heading follows them (`12.强化政策扶持，…。…`).
        let mut run_items: std::collections::HashMap<Style, u32> = std::collections::HashMap::new();
        // The lower styles whose numbers have run on from one section to the next (`7.` opening
        // a section after `6.`).
        let mut runs_on: std::collections::HashSet<Style> = std::collections::HashSet::new();
        let mut last_chapter_number = 0u32;
        // Styles whose current run of numbered lines are list items, not headings.
        let mut item_runs: Vec<Style> = Vec::new();
        // The last number each style's list items had.
        let mut last_item: std::collections::HashMap<Style, u32> = std::collections::HashMap::new();
        // Items left of a bare list in the sections' style (`一、县道升级改造工程` …).
        let mut bare_list_left = 0usize;
        let all = pieces;
        let mut at = 0;
        while let Some(piece) = all.get(at).cloned() {
            at += 1;
            let first_line = piece.first_line();
            let text = match piece {
                Piece::Table(t) => {
                    if chapters.is_empty() {
                        return Err(ParseError {
                            line: first_line,
                            message: "a table before the first chapter heading".into(),
                        });
                    }
                    match open_box.as_mut() {
                        Some((b, has)) => {
                            self.new_table_block(*t, &mut b.blocks, tables);
                            *has = true;
                        }
                        None => self.new_table_block(*t, container(&mut chapters), tables),
                    }
                    continue;
                }
                Piece::Para { text, .. } => text,
            };
            // The mark that closes a 专栏 (`（专栏完）`): the box's last line.
            if is_box_end_mark(&text) {
                if let Some((b, _)) = open_box.as_mut() {
                    b.blocks
                        .push(Block::Paragraph(paragraph(&text, &structural)));
                    close_box(&mut chapters, &mut open_box);
                    continue;
                }
            }
            let lab = grammar::heading_label(&text);
            // An entry of a numbered list the open 专栏 holds (`（一）消防站建设。…`, `（二）…`):
            // it stays in the box, also in the style of the plan's sections.
            if let (Some((b, has)), Some(l)) = (open_box.as_mut(), lab.as_ref()) {
                let next_structural = if l.style == chapter_style {
                    l.number == last_chapter_number.saturating_add(1)
                } else if Some(l.style) == section_style {
                    chapters
                        .last()
                        .is_some_and(|ch| is_next_section(ch, last_section_number, l.number))
                } else {
                    false
                };
                // The same section number again further on (`（二）市域铁路` in the box,
                // `（二）面临形势` after it): the heading is that one, not this. A chapter's number
                // is never taken for the box's this way.
                let repeated = next_structural
                    && l.style != chapter_style
                    && heading_number_follows(&all[at..], l, chapter_style);
                // Nor when every section of the chapter so far opens lower headings and this
                // line opens none before the next chapter or section (`三、城市治理`, the box's
                // third name, after sections 一、 and 二、 with their （一） （二）).
                // A mark ahead that closes the box (`（专栏完）`) before the next chapter: the line
                // is the box's.
                let closed_ahead = box_end_mark_follows(&all[at..], chapter_style);
                let next_structural = next_structural && !closed_ahead;
                let unlike_siblings = next_structural
                    && l.style != chapter_style
                    && chapters.last().is_some_and(|ch| {
                        unlike_sibling_sections(ch, &all[at..], chapter_style, l.style)
                    });
                if box_list_entry(b, l, next_structural && !repeated && !unlike_siblings) {
                    b.blocks
                        .push(Block::Paragraph(paragraph(&text, &structural)));
                    *has = true;
                    continue;
                }
            }
            // A chapter heading: the next number of the chapter style.
            if let Some(l) = lab.as_ref().filter(|l| l.style == chapter_style) {
                let expected = chapters.len() as u32 + 1;
                // The source may skip a number (一、 then 三、): a standalone heading one number
                // ahead of the last chapter's still opens the next chapter, and the report says so.
                let written_next = last_chapter_number.saturating_add(1);
                // (So does one that repeats the last chapter's number with a title of its own.)
                let slip = chapters.last().and_then(|c| {
                    numbering_slip(
                        l,
                        last_chapter_number,
                        &c.title,
                        &format!("chapter {}", c.label),
                    )
                });
                if let Some(said) = &slip {
                    self.report.warn(first_line, said.clone());
                }
                if l.number == written_next || slip.is_some() {
                    if let Some((title, run_in)) = grammar::split_run_in(&l.rest) {
                        close_box(&mut chapters, &mut open_box);
                        lower.clear();
                        item_runs.clear();
                        last_chapter_number = l.number;
                        chapters.push(Chapter {
                            number: expected,
                            label: l.text.clone(),
                            title,
                            blocks: run_in
                                .map(|t| vec![Block::Paragraph(paragraph(&t, &structural))])
                                .unwrap_or_default(),
                            sections: Vec::new(),
                        });
                        continue;
                    }
                } else if grammar::split_run_in(&l.rest).is_some() {
                    // (Not a sentence that names a chapter: `第三章提出的……，是……。`)
                    self.report.warn(first_line, format!("`{}` looks like a chapter heading but {} was expected; kept as a paragraph", l.text, written_next));
                }
            }
            if chapters.is_empty() {
                return Err(ParseError {
                    line: first_line,
                    message: "text before the first chapter heading".into(),
                });
            }
            // An unnumbered closing part (`结束语`) after the chapters is a chapter of its own.
            if grammar::is_closing_part(&text) {
                close_box(&mut chapters, &mut open_box);
                lower.clear();
                item_runs.clear();
                chapters.push(Chapter {
                    number: chapters.len() as u32 + 1,
                    label: String::new(),
                    title: text.trim_matches(is_space).to_string(),
                    blocks: Vec::new(),
                    sections: Vec::new(),
                });
                continue;
            }
            // A bare list in the sections' style under a line that introduces it (`…集中实施以下
            // 六大工程：` over `一、县道升级改造工程` `二、…` with nothing between, and no such
            // number after it in the chapter): its items are the chapter's text.
            if let (Some(l), Some(ss)) = (lab.as_ref(), section_style) {
                if l.style == ss && bare_list_left == 0 && l.number == 1 {
                    let introduced = at.checked_sub(2).and_then(|j| all.get(j)).is_some_and(
                        |p| matches!(p, Piece::Para { text, .. } if text.ends_with(['：', ':'])),
                    );
                    if introduced {
                        bare_list_left = bare_list_in_style(&all[at..], ss, chapter_style);
                    }
                }
                if l.style == ss && bare_list_left > 0 {
                    bare_list_left -= 1;
                    container(&mut chapters).push(Block::Paragraph(paragraph(&text, &structural)));
                    continue;
                }
            }
            // A section heading: numbered 1 in a new chapter, or the next number; a decimal one
            // under its own chapter's number (`2.1` in 第二章).
            if let (Some(l), Some(ss)) = (lab.as_ref(), section_style) {
                let under_chapter = l.style != Style::Decimal
                    || grammar::decimal_parent(&l.text) == last_chapter_number.to_string();
                if l.style == ss && under_chapter {
                    let ch = chapters.last().unwrap();
                    let expected_local = (ch.sections.len() as u32).saturating_add(1);
                    // The source may skip a number here too (二、 then 四、): a standalone
                    // heading one number ahead of the chapter's last section still opens the
                    // next section, and the report says so. (So may the first of a chapter where
                    // section numbers run on across chapters: `(九)` after the chapter before
                    // ended at `(七)`.)
                    let before = ch.sections.last().or_else(|| {
                        chapters
                            .len()
                            .checked_sub(2)
                            .and_then(|i| chapters.get(i))
                            .and_then(|c| c.sections.last())
                            .filter(|_| sections_run_on)
                    });
                    // (A run-in heading after a skipped number too, when the next piece is the
                    // run-in heading numbered after it: `（十三）加强组织领导。…` then
                    // `（十四）强化资金保障。…` after `（十一）`.)
                    let slip = before.and_then(|s| {
                        let follows = format!("section {}", s.label);
                        numbering_slip(l, last_section_number, &s.title, &follows).or_else(|| {
                            (last_section_number.checked_add(2) == Some(l.number)
                                && grammar::split_run_in(&l.rest).is_some_and(|(_, r)| r.is_some())
                                && next_in_run(all.get(at..).unwrap_or(&[]), l))
                            .then(|| skipped_number(&l.text, &follows))
                        })
                    });
                    if let Some(said) = &slip {
                        self.report.warn(first_line, said.clone());
                    }
                    if slip.is_some() || is_next_section(ch, last_section_number, l.number) {
                        if let Some((title, run_in)) = grammar::split_run_in(&l.rest) {
                            close_box(&mut chapters, &mut open_box);
                            lower.clear();
                            item_runs.clear();
                            last_section_number = l.number;
                            let ch = chapters.last_mut().unwrap();
                            sections_run_on |= ch.sections.is_empty() && l.number > 1;
                            ch.sections.push(Section {
                                number: ch.sections.len() as u32 + 1,
                                label: l.text.clone(),
                                title,
                                blocks: run_in
                                    .map(|t| vec![Block::Paragraph(paragraph(&t, &structural))])
                                    .unwrap_or_default(),
                            });
                            continue;
                        }
                    } else {
                        self.report.warn(first_line, format!("`{}` looks like a section heading but section {} was expected; kept as a paragraph", l.text, expected_local));
                    }
                }
            }
            // A 专栏 title opens a box.
            if let Some((blabel, number, title)) = grammar::box_title(&text) {
                close_box(&mut chapters, &mut open_box);
                open_box = Some((
                    PlanBox {
                        number,
                        label: blabel,
                        title,
                        blocks: Vec::new(),
                    },
                    false,
                ));
                continue;
            }
            // A paragraph: into the open box while it belongs there, else into the section.
            let para = paragraph(&text, &structural);
            if let Some((b, has)) = open_box.as_mut() {
                if tables::one_cell::is_note_start(&text)
                    && matches!(b.blocks.last(), Some(Block::Table(_)))
                {
                    if let Some(t) = tables.last_mut() {
                        t.notes.push(text);
                        continue;
                    }
                }
                // A list item (`1.`, `(1)`, `——`, `●`, `①`, `1）`); `一是` opens body
                // paragraphs too, and stays only beside entries of its shape (below).
                let item = lab.as_ref().is_some_and(|l| {
                    matches!(
                        l.style,
                        Style::ArabicItem | Style::ArabicParen | Style::Dash
                    )
                }) || grammar::list_mark(&text)
                    .is_some_and(|m| m != grammar::ListMark::Ordinal);
                // The text under a line that is only a title (`1. 新建公园建设工程`), or a cell
                // of a table set one cell per line that could not be read as one (`项目`, `3家`),
                // belongs to the box.
                // (Or a numbered entry that is only a title closed by its full stop, a few words
                // and no figure, `1.区博物馆新馆建设。` over its text.)
                let closed_title = |p: &Paragraph| {
                    let t = format!("{}{}", p.lead.as_deref().unwrap_or(""), p.text);
                    let words = t.trim_end_matches(is_space);
                    p.marker.is_some()
                        && words.ends_with('。')
                        && words.matches('。').count() == 1
                        && !words.contains(['，', '、', '；', '：', ',', ';', ':'])
                        && !words.chars().any(|c| c.is_ascii_digit())
                        && words.chars().count() <= MAX_CLOSED_TITLE_CHARS
                };
                let under_title_line = matches!(
                    b.blocks.last(),
                    Some(Block::Paragraph(p)) if (p.lead.is_none()
                        && !ends_as_sentence(&p.text)
                        && p.text.chars().count() <= grammar::MAX_TITLE_CHARS)
                        || closed_title(p)
                );
                // The next heading of the run the box stands in (`2.标题。…` after a box that
                // followed `1.标题。…`) ends the box.
                let next_outer_heading = lab.as_ref().is_some_and(|l| {
                    lower.contains(&l.style)
                        && last_lower
                            .get(&l.style)
                            .is_some_and(|&n| n.checked_add(1) == Some(l.number))
                        && grammar::lower_heading(&l.rest).is_some()
                });
                // Entries of one shape are the box's list: a `名称：内容` paragraph, a name line
                // over its text, or an entry with a list mark (`●`, `①`, `一是`) stays in a box
                // that has an entry of that shape.
                let parallel_entry = lab.is_none()
                    && box_entry_shape(&text).is_some_and(|shape| {
                        b.blocks.iter().any(|block| {
                            matches!(block, Block::Paragraph(p) if p.marker.is_none()
                                && box_entry_shape(&p.full_text()) == Some(shape))
                        })
                    });
                // A line that ends with a colon introduces what follows it
                // (`围绕以下方面实施重点工程：`).
                let introduced = matches!(
                    b.blocks.last(),
                    Some(Block::Paragraph(p)) if p.text.ends_with(['：', ':'])
                );
                // A line that ends with a colon right before list entries of a style the
                // chapter's headings do not use (`重点实施以下四类工程：` over `（1）…`)
                // introduces them: it stays, and they follow it.
                let introduces_entries = lab.is_none()
                    && text.ends_with(['：', ':'])
                    && matches!(all.get(at), Some(Piece::Para { text: next, .. })
                    if label(next).is_some_and(|l| {
                        matches!(l.style, Style::ArabicItem | Style::ArabicParen)
                            && !lower.contains(&l.style)
                    }));
                if !next_outer_heading
                    && (!*has
                        || item
                        || introduces_entries
                        || parallel_entry
                        || introduced
                        || (under_title_line && lab.is_none()))
                {
                    b.blocks.push(Block::Paragraph(para));
                    *has = true;
                    continue;
                }
                close_box(&mut chapters, &mut open_box);
            }
            // A lower heading (level 3 or 4): a short titled line of a numbering style below the
            // section's, numbered 1 or the next number of its style; standing alone it must head
            // some text.
            // (第X节 is one under 第X篇 and 第X章.)
            // (A decimal number under the open section's or chapter's: `3.1.2` under `3.1`.)
            let decimal_under = |l: &Label| {
                let parent = grammar::decimal_parent(&l.text);
                match l.style {
                    Style::Decimal => parent == last_chapter_number.to_string(),
                    Style::SubDecimal => chapters
                        .last()
                        .and_then(|ch| ch.sections.last())
                        .is_some_and(|s| grammar::decimal_number(&s.label) == parent),
                    _ => true,
                }
            };
            if let Some(l) = lab.as_ref().filter(|l| {
                !structural.contains(&l.style)
                    && matches!(
                        l.style,
                        Style::Section
                            | Style::Decimal
                            | Style::SubDecimal
                            | Style::CnEnum
                            | Style::CnParen
                            | Style::ArabicItem
                            | Style::ArabicParen
                    )
                    && decimal_under(l)
            }) {
                let follows =
                    |n: Option<&u32>| n.is_some_and(|&n| n.checked_add(1) == Some(l.number));
                let continues_run =
                    follows(last_lower.get(&l.style)) || follows(run_items.get(&l.style));
                let numbered = l.number == 1 || continues_run;
                let depth = match lower.iter().position(|s| *s == l.style) {
                    Some(d) => Some(d),
                    None if lower.len() < 2 => Some(lower.len()),
                    None => None,
                };
                let above = &lower[..depth.unwrap_or(lower.len()).min(lower.len())];
                // A sibling of an open heading (its run has started as headings) is one too.
                let run_open =
                    l.number > 1 && depth.is_some_and(|d| lower.get(d) == Some(&l.style));
                // (Or a finding closed by its full stop, a comma inside, standing over its
                // paragraph as every sibling of its run does: `1、存量老旧住房体量大，改造任务依然
                // 繁重。` / `全区…`, then `2、…。` / `…`.)
                let findings_run = l.number == 1
                    && finding(&l.rest)
                    && findings_over_paragraphs(&all[at..], l.style, l.number, &structural);
                let heading = grammar::lower_heading(&l.rest)
                    .or_else(|| {
                        (finding(&l.rest) && (run_open || findings_run))
                            .then(|| (l.rest.trim_matches(is_space).to_string(), None))
                    })
                    .filter(|(_, run_in)| {
                        run_in.is_some()
                            || run_open
                            || match all.get(at) {
                                Some(Piece::Table(_)) => true,
                                Some(Piece::Para { text: next, .. }) => {
                                    grammar::box_title(next).is_none()
                                        && grammar::annex_caption(next).is_none()
                                        && label(next).is_none_or(|n| {
                                            n.style != l.style
                                                && !structural.contains(&n.style)
                                                && !above.contains(&n.style)
                                                && (matches!(
                                                    n.style,
                                                    Style::CnParen
                                                        | Style::ArabicItem
                                                        | Style::ArabicParen
                                                        | Style::Dash
                                                ) || (l.style == Style::Section
                                                    && n.style == Style::CnEnum))
                                        })
                                }
                                None => false,
                            }
                    });
                // Numbered lines of one run are all headings or all list items: a run whose
                // first or next line is a whole sentence is a list.
                // (Unless it numbers on from the open headings and not from the items: `3.加强
                // 质量人才培养` after the heading `2.完善质量监管体系` and its list `1.`–`4.`.)
                let past_items = run_open
                    && follows(last_lower.get(&l.style))
                    && last_item
                        .get(&l.style)
                        .is_some_and(|&n| n.checked_add(1) != Some(l.number));
                let heading = heading.filter(|_| {
                    if item_runs.contains(&l.style) && !past_items {
                        return false;
                    }
                    // (Any of them: `（1）自然恢复类。…` `（2）辅助再生类。…` before `（3）对位于…的
                    // 废弃矿山，…。` are a list.)
                    // (Nor a finding over its paragraph among title lines over theirs: `2.打通河湖
                    // 水系和道路防护林廊，提升廊道连通性。` between `1.锚定…骨架` and `3.布局…网络`.)
                    let titled_first =
                        grammar::lower_heading(&l.rest).is_some_and(|(_, run_in)| run_in.is_none());
                    let sibling_is_item = l.number == 1
                        && run_siblings(&all[at..], l.style, &structural, above)
                            .iter()
                            .any(|(rest, over_paragraph)| {
                                grammar::lower_heading(rest).is_none()
                                    && !((findings_run || (titled_first && *over_paragraph))
                                        && finding(rest))
                            });
                    !sibling_is_item
                });
                if heading.is_none() && l.number == 1 && !item_runs.contains(&l.style) {
                    item_runs.push(l.style);
                }
                // A number skipped in the source (`（三）` after `（一）`): a title line of its own
                // in the open run is its next heading, kept as written and reported; so is a
                // title run into its text (`(四)加强区域执法协作。…` after `(二)强化证据衔接。…`).
                // (Or the first of a section, where the numbers run on from section to section:
                // `11.落实优待抚恤政策。…` after `9.…` closed the section before.)
                let opens_run_on = runs_on.contains(&l.style) && depth == Some(lower.len());
                let skipped = !numbered
                    && (run_open || opens_run_on)
                    && heading.is_some()
                    && last_lower
                        .get(&l.style)
                        .is_some_and(|&n| n.checked_add(2) == Some(l.number));
                if skipped {
                    let after = last_lower.get(&l.style).copied().unwrap_or(0);
                    self.report.warn(
                        first_line,
                        skipped_number(&l.text, &format!("number {after} of its run")),
                    );
                }
                // (Or a number written twice, a title line of its own in the open run after the
                // heading of that number and its text: `2、完善积水风险预警体系` after
                // `2.构建泵站群联合调度机制`.)
                let repeated = !numbered
                    && run_open
                    && heading.as_ref().is_some_and(|(_, run_in)| run_in.is_none())
                    && last_lower.get(&l.style) == Some(&l.number)
                    && matches!(container(&mut chapters).last(), Some(Block::Paragraph(_)));
                if repeated {
                    self.report.warn(
                        first_line,
                        format!(
                            "`{}{}` repeats the number of the heading before it in its run: the source numbers two headings alike; kept as written",
                            l.text,
                            l.rest.trim_matches(is_space)
                        ),
                    );
                }
                if let (true, Some(d), Some((title, run_in))) =
                    (numbered || skipped || repeated, depth, heading)
                {
                    item_runs.clear();
                    if l.number > 1 && !lower.contains(&l.style) {
                        runs_on.insert(l.style);
                    }
                    lower.truncate(d);
                    lower.push(l.style);
                    last_lower.insert(l.style, l.number);
                    run_items.remove(&l.style);
                    let c = container(&mut chapters);
                    c.push(Block::Heading(crate::model::Heading {
                        level: 3 + d as u8,
                        label: l.text.clone(),
                        title,
                    }));
                    if let Some(t) = run_in {
                        // The text run into the heading is plain: the heading is its title.
                        c.push(Block::Paragraph(Paragraph::plain(t)));
                    }
                    continue;
                }
                if continues_run && l.number > 1 {
                    run_items.insert(l.style, l.number);
                }
                last_item.insert(l.style, l.number);
            }
            let c = container(&mut chapters);
            if tables::one_cell::is_note_start(&text)
                && matches!(c.last(), Some(Block::Table(_)))
                && text.chars().count() <= 80
            {
                if let Some(t) = tables.last_mut() {
                    t.notes.push(text);
                    continue;
                }
            }
            c.push(Block::Paragraph(para));
        }
        close_box(&mut chapters, &mut open_box);
        for ch in &chapters {
            for b in ch
                .blocks
                .iter()
                .chain(ch.sections.iter().flat_map(|s| s.blocks.iter()))
            {
                if let Block::Box(bx) = b {
                    if bx.blocks.is_empty() {
                        self.report.warn(
                            0,
                            format!("{} {} in {} has no text", bx.label, bx.title, ch.label),
                        );
                    }
                }
            }
        }
        Ok(chapters)
    }

    /// Every TOC entry must name a heading of the body, or an unnumbered part (`前言`) that heads
    /// the preamble.
    fn check_toc(&mut self, plan: &Plan) {
        let mut headings: Vec<String> = plan
            .preamble
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) if grammar::is_unnumbered_part(&p.full_text()) => {
                    Some(toc_key(&p.full_text()))
                }
                _ => None,
            })
            .collect();
        for ch in &plan.chapters {
            headings.push(toc_key(&format!("{}{}", ch.label, ch.title)));
            for s in &ch.sections {
                headings.push(toc_key(&format!("{}{}", s.label, s.title)));
            }
        }
        for a in &plan.annexes {
            headings.push(toc_key(&a.heading(&plan.tables)));
        }
        let toc = std::mem::take(&mut self.report.toc);
        for (no, entry) in &toc {
            if !headings.contains(&toc_key(entry)) {
                self.report.warn(
                    *no,
                    format!("table of contents entry `{entry}` matches no heading of the body"),
                );
            }
        }
        self.report.toc = toc;
    }

    /// Lists body paragraphs that still end mid-sentence after repair. A numbered entry or a line
    /// in a 专栏 that is short with no punctuation inside is a name (`3.车墩镇松南休闲森林公园` in
    /// a list of projects, `滨江绿道贯通工程` in a box of works), not a sentence cut short, and is
    /// not listed; a plain paragraph is (`服务供给不足的问题` / `依然突出。`).
    fn check_mid_sentence(&mut self, plan: &Plan) {
        // In a list of the annexes (`附件：1.…名词解释`, then `2.…重点项目表`): names.
        let mut annex_list = false;
        for u in crate::link::units(plan) {
            if let (Some(p), crate::link::Region::Body) = (u.paragraph, u.region) {
                let t = p.full_text();
                let entry = p.marker.is_some() || u.plan_box.is_some();
                annex_list = lists_annexes(&t) || (annex_list && p.marker.is_some());
                // (A name in a list or a box, a figure's caption, a source line: no sentences.)
                let no_sentence = (entry && is_name_line(&t))
                    || annex_list
                    || is_figure_caption(&t)
                    || tables::one_cell::is_note_start(&t);
                if ends_mid_sentence(&t) && !no_sentence {
                    self.report.warn(
                        0,
                        format!("{} ends mid-sentence: `…{}`", u.anchor, tail(&t, 10)),
                    );
                }
            }
        }
    }
}

/// Text that leaves a title (`《`) or a quotation (`“`) open at its end.
fn left_open(t: &str) -> bool {
    let n = |c: char| t.chars().filter(|&x| x == c).count();
    n('《') > n('》') || n('“') > n('”')
}

/// A line that lists a plan's annexes (`附件：1.焦作市…主要指标解释`, `附件: 1. …`).
fn lists_annexes(t: &str) -> bool {
    let t = crate::text::strip_spaces(t);
    ["附件：", "附件:"].iter().any(|w| t.starts_with(w))
}

/// The caption of a figure whose image the text lost: `图1 2016—2020年海洋生产总值`,
/// `图 2：…`, `图3-1 …` (a short line, no sentence).
fn is_figure_caption(t: &str) -> bool {
    let Some(rest) = t.trim_matches(is_space).strip_prefix('图') else {
        return false;
    };
    let digits = rest
        .chars()
        .take_while(|c| {
            c.is_ascii_digit() || "０１２３４５６７８９-－.．".contains(*c) || is_space(*c)
        })
        .count();
    let number = rest
        .chars()
        .take(digits)
        .any(|c| c.is_ascii_digit() || "０１２３４５６７８９".contains(c));
    number && t.chars().count() <= 60 && !t.contains(['。', '；'])
}

/// Tables past the content loader's limits are refused at import, naming the seed line.
fn check_table_size(t: &ParsedTable) -> Result<(), ParseError> {
    use crate::content::{MAX_TABLE_COLUMNS, MAX_TABLE_ROWS};
    let (rows, cols) = (t.table.rows.len(), t.table.columns.len());
    if rows > MAX_TABLE_ROWS
        || cols > MAX_TABLE_COLUMNS
        || t.table
            .rows
            .iter()
            .any(|r| r.cells.len() > MAX_TABLE_COLUMNS)
    {
        return Err(ParseError {
            line: t.lines[0],
            message: format!("a table of {rows} rows and {cols} columns; the limits are {MAX_TABLE_ROWS} rows and {MAX_TABLE_COLUMNS} columns"),
        });
    }
    Ok(())
}

/// The parts of a plan with no chapters. Paragraphs may open with a lead sentence set in bold
/// (`坚持就业导向。` before the rest) in the annexes, as in the body, not in the preamble, whose
/// first short sentence is prose; an annex may have headings of its own (`一、指标类`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flat {
    Preamble,
    Annex,
}

/// A heading inside an annex (`一、指标类`, `（一）约束性指标`): a line numbered `一、` or `（一）`
/// with a short title and nothing after it. The first of the two styles met is level 3, the other
/// level 4; a numbered sentence, or a third style, is a paragraph.
fn annex_heading(text: &str, styles: &mut Vec<Style>) -> Option<crate::model::Heading> {
    let l = label(text).filter(|l| matches!(l.style, Style::CnEnum | Style::CnParen))?;
    let (title, run_in) = grammar::lower_heading(&l.rest)?;
    if run_in.is_some() || title.contains('。') {
        return None;
    }
    if !styles.contains(&l.style) {
        if styles.len() >= 2 {
            return None;
        }
        styles.push(l.style);
    }
    let level = 3 + styles.iter().position(|s| *s == l.style)?;
    Some(crate::model::Heading {
        level: u8::try_from(level).ok()?,
        label: l.text,
        title,
    })
}

/// Splits a paragraph's text into item marker, lead sentence and the rest.
pub fn paragraph(text: &str, structural: &[Style]) -> Paragraph {
    let Paragraph {
        marker, text: rest, ..
    } = paragraph_without_lead(text, structural);
    match grammar::lead_len(&rest) {
        Some(n) => Paragraph {
            marker,
            lead: Some(rest[..n].to_string()),
            text: rest[n..].trim_start_matches(is_space).to_string(),
        },
        None => Paragraph {
            marker,
            lead: None,
            text: rest,
        },
    }
}

/// Splits a paragraph's text into item marker and the rest.
fn paragraph_without_lead(text: &str, structural: &[Style]) -> Paragraph {
    let (marker, rest) = match label(text) {
        Some(Label {
            style,
            text: l,
            rest,
            ..
        }) if !structural.contains(&style)
            && style != Style::Part
            && style != Style::Chapter
            && style != Style::Section =>
        {
            (Some(l), rest)
        }
        _ => (None, text.to_string()),
    };
    Paragraph {
        marker,
        lead: None,
        text: rest,
    }
}

/// A heading or a table of contents entry as the two are compared: without spaces, and without
/// the colon after an annex's number (`附件1：名词解释` lists `附件1 名词解释`).
fn toc_key(s: &str) -> String {
    strip_spaces(s).replace(['：', ':'], "")
}

fn tail(s: &str, n: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    chars[chars.len().saturating_sub(n)..].iter().collect()
}

/// The longest entry read as a name rather than a sentence cut short.
const MAX_NAME_LINE_CHARS: usize = 20;

/// A short line with no punctuation inside: a name, when it is an entry of a list or a box.
fn is_name_line(s: &str) -> bool {
    s.chars().count() <= MAX_NAME_LINE_CHARS
        && !s.contains(['，', ',', '、', '；', ';', '：', ':', '。', '！', '？'])
}

/// How many pieces ahead the importer looks for a heading number a 专栏's list repeats.
const LOOKAHEAD_PIECES: usize = 400;

/// A standalone heading (a title line, no text run into it) after the heading numbered `last`
/// and titled `title`, where the source slips: one number ahead of its next (`一、` then `三、`),
/// or `last` again with a title of its own (`（三）` then `（三）`). The report's line for it
/// (`follows`: the heading before, `chapter 二、`); kept as written.
fn numbering_slip(l: &Label, last: u32, title: &str, follows: &str) -> Option<String> {
    let (own, run_in) = grammar::split_run_in(&l.rest)?;
    if run_in.is_some() {
        return None;
    }
    if last.checked_add(2) == Some(l.number) {
        Some(skipped_number(&l.text, follows))
    } else if l.number == last && own != title {
        Some(format!(
            "`{}` follows {follows}: the source repeats its number; kept as written",
            l.text
        ))
    } else {
        None
    }
}

/// Whether the first of `pieces` is a run-in heading of `l`'s style numbered next after it.
fn next_in_run(pieces: &[Piece], l: &Label) -> bool {
    matches!(pieces.first(), Some(Piece::Para { text, .. }) if label(text).is_some_and(|n| {
        n.style == l.style
            && l.number.checked_add(1) == Some(n.number)
            && grammar::split_run_in(&n.rest).is_some_and(|(_, r)| r.is_some())
    }))
}

/// The report's line for a heading kept as written after a skipped number.
fn skipped_number(label: &str, follows: &str) -> String {
    format!("`{label}` follows {follows}: the source skips a number; kept as written")
}

/// Whether a section label numbered `number` opens the next section after those of `ch`: the
/// next in the chapter, or the next of a numbering that runs on across chapters.
fn is_next_section(ch: &Chapter, last_section_number: u32, number: u32) -> bool {
    number == (ch.sections.len() as u32).saturating_add(1)
        || number == last_section_number.saturating_add(1)
}

/// Whether a heading line of `l`'s style and number comes in `pieces` before the next chapter
/// or 专栏 (at most [`LOOKAHEAD_PIECES`] ahead).
fn heading_number_follows(pieces: &[Piece], l: &Label, chapter_style: Style) -> bool {
    pieces
        .iter()
        .take(LOOKAHEAD_PIECES)
        .map_while(|p| match p {
            Piece::Para { text, .. } if grammar::box_title(text).is_some() => None,
            Piece::Para { text, .. } => Some(label(text)),
            Piece::Table(_) => Some(None),
        })
        .flatten()
        .take_while(|n| n.style != chapter_style)
        .any(|n| {
            n.style == l.style && n.number == l.number && grammar::split_run_in(&n.rest).is_some()
        })
}

/// Text that ends as a sentence does: with a terminal mark, or with a closing quote or bracket
/// after one (`…。”`); a title that ends by closing its quote (`准入准营“一件事”`) does not.
fn ends_as_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(is_space);
    let bare = t.trim_end_matches(['”', '」', '』', '）', ')', '》', '’']);
    if bare.len() == t.len() {
        t.ends_with(grammar::is_terminal)
    } else {
        bare.ends_with(['。', '！', '？', '；', '!', '?', ';', '…'])
    }
}

/// The signature a plan's body ends with: a body's name, then a date (a day's or a month's),
/// as its last two paragraphs.
fn closing_signature(plan: &Plan) -> Option<(String, String)> {
    let ch = plan.chapters.last()?;
    let blocks = ch.sections.last().map_or(&ch.blocks, |s| &s.blocks);
    // (Under it, a release note: `（此件公开发布）`.)
    let released = blocks.last().is_some_and(
        |b| matches!(b, Block::Paragraph(p) if grammar::is_release_note(&p.full_text())),
    );
    let paras: Vec<String> = blocks
        .iter()
        .rev()
        .skip(usize::from(released))
        .take(2)
        .map(|b| match b {
            Block::Paragraph(p) => Some(p.full_text()),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    let [date, issuer] = paras.as_slice() else {
        return None;
    };
    let date = grammar::cn_date(date).or_else(|| grammar::cn_month(date))?;
    grammar::is_organisation(issuer).then(|| (issuer.trim_matches(is_space).to_string(), date))
}

/// A line that closes a 专栏: `（专栏完）`, `【专栏完】`, `专栏结束`.
fn is_box_end_mark(t: &str) -> bool {
    let t = strip_spaces(t);
    let t = t
        .trim_start_matches(['（', '(', '【', '['])
        .trim_end_matches(['）', ')', '】', ']']);
    ["专栏完", "专栏结束", "专栏止"].contains(&t)
}

/// Whether a mark that closes a 专栏 comes in `pieces` before the next chapter heading or 专栏
/// title.
fn box_end_mark_follows(pieces: &[Piece], chapter_style: Style) -> bool {
    pieces
        .iter()
        .take(LOOKAHEAD_PIECES)
        .filter_map(|p| match p {
            Piece::Para { text, .. } => Some(text),
            Piece::Table(_) => None,
        })
        .take_while(|t| {
            grammar::box_title(t).is_none() && label(t).is_none_or(|l| l.style != chapter_style)
        })
        .any(|t| is_box_end_mark(t))
}

/// Whether the chapter's sections so far (two at least) each hold a lower heading, while the
/// pieces `ahead` (those after a line that would open the next section) hold no lower heading numbered 1
/// before the next chapter or section: the line is unlike the sections it would follow.
fn unlike_sibling_sections(
    ch: &Chapter,
    ahead: &[Piece],
    chapter_style: Style,
    section_style: Style,
) -> bool {
    let lower: Vec<Style> = ch
        .sections
        .iter()
        .filter_map(|s| {
            s.blocks.iter().find_map(|b| match b {
                Block::Heading(h) => label(&format!("{}{}", h.label, h.title)).map(|l| l.style),
                _ => None,
            })
        })
        .collect();
    if ch.sections.len() < 2 || lower.len() != ch.sections.len() {
        return false;
    }
    let Some(style) = lower
        .first()
        .copied()
        .filter(|s| lower.iter().all(|x| x == s))
    else {
        return false;
    };
    !ahead
        .iter()
        .take(LOOKAHEAD_PIECES)
        .filter_map(|p| match p {
            Piece::Para { text, .. } => label(text),
            Piece::Table(_) => None,
        })
        .take_while(|n| n.style != chapter_style && n.style != section_style)
        .any(|n| n.style == style && n.number == 1)
}

/// The form of a numbered line: a heading alone on its line, a title with its text run in, or a
/// sentence.
fn numbered_form(l: &Label) -> Option<bool> {
    grammar::split_run_in(&l.rest).map(|(_, run_in)| run_in.is_some())
}

/// Whether the numbered line `l` is an entry of a list that `b`, an open 专栏, holds: the box's
/// list starts at 1 inside it, `l` has the next number of its style and the form of the entry
/// before it (both standalone titles, both run-in titles, or both sentences). A box with no text
/// yet takes a line numbered 1 that cannot be the plan's next chapter or section.
/// `next_structural`: `l` has the number of the plan's next chapter or section in its style; a
/// standalone title with it is that heading, not the box's.
fn box_list_entry(b: &PlanBox, l: &Label, next_structural: bool) -> bool {
    let entries: Vec<Label> = b
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph(p) => label(&p.full_text()).filter(|e| e.style == l.style),
            _ => None,
        })
        .collect();
    let (Some(first), Some(last)) = (entries.first(), entries.last()) else {
        return b.blocks.is_empty() && l.number == 1 && !next_structural;
    };
    let form = numbered_form(l);
    // (Entries that each name a work before a colon, `1.综合公园建设工程：新建…`, have one form
    // however long the text after the colon: a short one reads as a run-in title.)
    let named = |e: &Label| box_entry_shape(&e.rest) == Some(EntryShape::Named);
    first.number == 1
        && last.number.checked_add(1) == Some(l.number)
        && (form == numbered_form(last) || (named(l) && named(last)))
        && !(form == Some(false) && next_structural)
}

/// The shape of an entry of a 专栏's list, when it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryShape {
    /// A name with its text after a colon: `智慧养老建设工程：建设养老服务信息平台…`.
    Named,
    /// A name alone on its line, its text under it: `轨道交通` over `18号线二期、19号线。`.
    NameLine,
    /// An entry that opens with a list mark of this kind: `●新增…`, `①建设…`, `一是…`.
    Marked(grammar::ListMark),
}

fn box_entry_shape(text: &str) -> Option<EntryShape> {
    let t = text.trim_matches(is_space);
    if let Some(mark) = grammar::list_mark(t) {
        return Some(EntryShape::Marked(mark));
    }
    if is_name_line(t) && ends_mid_sentence(t) {
        return Some(EntryShape::NameLine);
    }
    let (name, rest) = t.split_once(['：', ':'])?;
    let named = name.chars().count() >= 2
        && is_name_line(name)
        && !name.starts_with(is_space)
        && !name.ends_with(is_space)
        && !rest.trim_matches(is_space).is_empty();
    named.then_some(EntryShape::Named)
}

fn ends_mid_sentence(s: &str) -> bool {
    s.chars().last().is_some_and(|c| !grammar::is_terminal(c))
}

/// Headings, 专栏 titles and TOC titles are never joined to what follows.
/// A heading number with nothing after it: `第一章`, `一、`, `（一）`, `第一节`, `专栏1`, `专栏1：`,
/// `专栏3-1`.
fn is_bare_number(t: &str) -> bool {
    static BOX: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^专栏[ \t\u{3000}]*([0-9０-９]+(?:[-－—–.．][0-9０-９]+)*|[一二三四五六七八九十]+)[ \t\u{3000}:：、.．]*$",
        )
        .unwrap()
    });
    let t = t.trim_matches(is_space);
    BOX.is_match(t)
        || label(t).is_some_and(|l| {
            l.rest.is_empty()
                && matches!(
                    l.style,
                    Style::Part | Style::Chapter | Style::Section | Style::CnEnum | Style::CnParen
                )
        })
}

/// The most characters of a 专栏's numbered entry that is only a title closed by its full stop
/// (`区博物馆新馆建设。`), its text under it.
const MAX_CLOSED_TITLE_CHARS: usize = 16;

/// The numbering styles of headings whose title may go on onto the next line: part, chapter,
/// section, `一、`, `（一）`, `1.`, `（1）`.
fn titled_style(style: Style) -> bool {
    matches!(
        style,
        Style::Part
            | Style::Chapter
            | Style::Section
            | Style::CnEnum
            | Style::CnParen
            | Style::ArabicItem
            | Style::ArabicParen
    )
}

/// Words that open a title's last words on the line after it (`和策略措施`, `的城市环境`).
const JOINING_WORDS: [char; 7] = ['和', '与', '及', '的', '之', '暨', '或'];

/// Whether `words` may go on the title of `heading`, a numbered heading (part, chapter, section,
/// `一、`, `（一）`, `1.`, `（1）`) whose line is all title: words only (two characters or more,
/// no punctuation, no caption or note; with `listing`, a `、` between words or one `，` between
/// clauses), the two together
/// still a title. The length of the heading's title then.
fn heading_goes_on(heading: &str, words: &str, listing: bool) -> Option<usize> {
    let heading = heading.trim_matches(is_space);
    let words = words.trim_matches(is_space);
    // (A title that ends in a full stop, as some plans write theirs, `（四）加强政务诚信、…` /
    // `和司法公信建设。`: a few words that open with a joining word before it.)
    let words = match words.strip_suffix('。') {
        Some(w) if w.chars().count() <= 8 && w.starts_with(JOINING_WORDS) => w,
        _ => words,
    };
    let l = label(heading)?;
    let fits = titled_style(l.style)
        && is_title_line(&l.rest)
        && grammar::split_run_in(&l.rest).is_some_and(|(_, run_in)| run_in.is_none())
        && words.chars().count() >= 2
        && words.chars().all(|c| {
            c.is_alphanumeric()
                || matches!(c, '“' | '”' | '-' | '+' | '＋')
                || (listing && matches!(c, '、' | '，'))
        })
        // (One comma at most between its clauses: `产业，促进移民持续增收`.)
        && words.matches('，').count() <= 1
        && !words.starts_with(['表', '图', '附', '注'])
        && is_title_line(words)
        && is_title_line(&format!("{}{words}", l.rest));
    fits.then(|| l.rest.chars().count())
}

/// The end of a long heading's title broken off onto a paragraph of its own, as a web page
/// breaks a title (`（二）推进实体、热线、网络平台` / `深度融合`): after a numbered heading whose
/// title is long (10 characters or more), or words that open with a joining word (`和`, `的`),
/// a few words (2 to 8 characters) that go on its title ([`heading_goes_on`]; no `前言`, `结语` or
/// page number either). A short title (`一、总体要求`) keeps what follows, which may be a
/// heading of its own, unless the words stand right before a numbered line
/// (`before_numbered`: `三、构建安全可靠的城市` / `防洪排涝体系` / `（一）…`), where they would be
/// a paragraph of a few words between two headings (any title's worth of words when they stand
/// on the very next line, `next_line`). Where a web page's paragraphs have a blank line between
/// them, two lines alone between blank lines (`alone`, the words on the very next line) are one
/// heading: any title's worth of words, `、` between them, under a title of 6 characters or more
/// (`（四）水空间：强化河湖水域岸线` / `空间管控与保护利用`, `（三）有序推进城市更新` / `片区开发建设`,
/// `第四章 加快发展保障性租赁住房` / `有效缓解新市民、青年人住房困难`). A title whose last clause is cut short
/// (`（二）推进城市公园扩容提质，构建`) goes on with any title line (`全龄友好的公园服务体系`), as
/// does a title line that opens with a joining word (`和老年健康服务体系建设`). So do a few
/// ideographs alone (8 at most, no punctuation: no paragraph's worth) under a title of 6
/// characters or more, a blank line between (`第二节 推动口岸与开放平台` / `联动发展`).
fn is_title_run_on(
    heading: &str,
    words: &str,
    before_numbered: bool,
    next_line: bool,
    alone: bool,
) -> bool {
    const LONG_TITLE: usize = 10;
    const MAX_WORDS: usize = 8;
    const CUT_CLAUSE: usize = 4;
    const SHORT_TITLE: usize = 6;
    const SHORT_WORDS: usize = 8;
    let words = words.trim_matches(is_space);
    let alone = alone && next_line;
    // (Words that open with a joining word (`和策略措施`, `的城市环境`) go on with any title.)
    let joining = words.starts_with(JOINING_WORDS);
    // (A title whose last clause is cut short, `推进城市公园扩容提质，构建`, goes on with a
    // title's worth of words: `全龄友好的公园服务体系`.)
    // (So does one cut after a joining word, `推进乡镇专职消防队和` / `村级志愿消防队规范化建设`.)
    let cut = label(heading).is_some_and(|l| {
        let rest = l.rest.trim_matches(is_space);
        rest.rsplit_once('，')
            .is_some_and(|(_, last)| (1..=CUT_CLAUSE).contains(&last.chars().count()))
            || rest.ends_with(['和', '与', '及', '的', '或'])
    });
    // (Words of a few ideographs alone, no paragraph's worth: `第二节 推动口岸与开放平台` /
    // `联动发展`, a blank line between.)
    let tail = (2..=SHORT_WORDS).contains(&words.chars().count()) && words.chars().all(is_cjk);
    heading_goes_on(heading, words, alone).is_some_and(|title| {
        joining
            || before_numbered
            || cut
            || title >= LONG_TITLE
            || ((alone || tail) && title >= SHORT_TITLE)
    }) && (words.chars().count() <= MAX_WORDS
        || cut
        || joining
        || alone
        || (next_line && before_numbered))
        && !words.chars().all(|c| c.is_ascii_digit())
}

/// A numbered heading whose title stops inside itself, and the line that goes on with it: a
/// quotation it opens and does not close, cut after a `、` or a word (`（二）…，构建“租购并举、`),
/// and a line of words that closes it (`多元供给”的住房新格局`); or a title stopped at a comma
/// or a `、` (`（三）推进城镇节水降损，`, `第一节 发展现代物流、`) and a title line after it
/// (`打造节水型城区`). One title, no sentence in it.
fn stops_inside_title(heading: &str, words: &str) -> bool {
    let heading = heading.trim_matches(is_space);
    let words = words.trim_matches(is_space);
    let open = |t: &str| t.matches('“').count() as isize - t.matches('”').count() as isize;
    label(heading).is_some_and(|l| {
        let quoted = open(&l.rest) == 1
            && open(words) == -1
            && !words.contains(['。', '；', '，'])
            && label(words).is_none();
        let comma = l.rest.trim_matches(is_space).ends_with(['，', '、']) && is_title_line(words);
        titled_style(l.style)
            && !l.rest.contains(['。', '；'])
            && (l.rest.chars().count() + words.chars().count()) <= grammar::MAX_TITLE_CHARS
            && (quoted || comma)
    })
}

/// Words short enough to end a title on a paragraph of their own, a blank line after the part
/// before them (`（二）坚持依法阳光征收，` / `切实维护群众合法权益`): no punctuation, 16
/// characters at most.
fn is_short_title_words(t: &str) -> bool {
    const MOST: usize = 16;
    let t = t.trim_matches(is_space);
    (2..=MOST).contains(&t.chars().count())
        && t.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '“' | '”'))
        && is_title_line(t)
}

/// The last clause of a title stopped at its comma, on a paragraph of its own: words and `、`
/// only, 24 characters at most (`（一）构建“一核两带三心多点”商业空间结构，` /
/// `形成层级清晰、功能互补的城区商业体系`).
fn is_last_clause_words(heading: &str, t: &str) -> bool {
    const MOST: usize = 24;
    let t = t.trim_matches(is_space);
    label(heading.trim_matches(is_space))
        .is_some_and(|l| l.rest.trim_matches(is_space).ends_with('，'))
        && (2..=MOST).contains(&t.chars().count())
        && t.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '“' | '”' | '、'))
        && is_title_line(t)
}

/// A heading centred on two lines, as a PDF's text keeps its layout (`        第八章  构建现代环境
/// 治理体系` / `          全面提升生态环境治理能力`): a numbered heading set far in (eight columns
/// or more) and under it a line set as far in, with words that go on its title
/// ([`heading_goes_on`]).
fn is_centred_run_on(raw_heading: &str, raw_words: &str, heading: &str, words: &str) -> bool {
    const CENTRED: usize = 8;
    let indent = |raw: &str| -> usize {
        raw.chars()
            .take_while(|&c| is_space(c))
            .map(|c| if c.is_ascii() { 1 } else { 2 })
            .sum()
    };
    indent(raw_heading) >= CENTRED
        && indent(raw_words) >= CENTRED
        && heading_goes_on(heading, words, false).is_some()
}

/// A line that can be a heading's title on its own: short, no sentence punctuation, no number
/// of its own and nothing else the outline reads.
fn is_title_line(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    let n = t.chars().count();
    (1..=grammar::MAX_TITLE_CHARS).contains(&n)
        && !t.contains(['。', '；', '\t'])
        && !t.ends_with(['，', '、', '：', ':', ','])
        && label(t).is_none()
        && !t.starts_with("专栏")
        && !is_structural(t)
        && !grammar::is_page_number(t)
}

fn is_structural(t: &str) -> bool {
    grammar::box_title(t).is_some()
        || grammar::is_toc_title(t)
        || grammar::is_unnumbered_part(t)
        || grammar::annex_caption(t).is_some()
        || label(t).is_some_and(|l| {
            matches!(l.style, Style::ArabicItem | Style::ArabicParen)
                && grammar::lower_heading(&l.rest).is_some_and(|(_, run_in)| run_in.is_none())
        })
        || label(t).is_some_and(|l| {
            matches!(
                l.style,
                Style::Part | Style::Chapter | Style::Section | Style::CnEnum | Style::CnParen
            ) && grammar::split_run_in(&l.rest).is_some()
        })
        || grammar::is_decimal_title_line(t)
}

/// The character repeated across a page break (`…监管手段,严` / `严厉打击…`): the first half ends
/// with punctuation and one character, and the second half starts with that same character.
fn repeated_at_break(prev: &str, next: &str) -> Option<char> {
    let mut it = prev.chars().rev();
    let last = it.next()?;
    let before = it.next()?;
    let first = next.chars().next()?;
    (last == first && is_cjk(last) && "，,、；;：:".contains(before)).then_some(last)
}

/// A short line with no sentence punctuation: a table caption or a title.
fn is_caption_like(t: &str) -> bool {
    let n = t.chars().count();
    (2..=40).contains(&n) && !t.contains('。') && !t.contains('；') && !t.contains('\t')
}

/// A line that can be (the start of) the plan's title.
fn is_title_like(t: &str, next: Option<&str>) -> bool {
    let short = t.chars().count() <= 100 && !t.contains('。') && label(t).is_none();
    let named = ["规划", "计划", "纲要", "方案"]
        .iter()
        .any(|w| t.contains(w));
    short && (named || next.is_some_and(|n| title_goes_on(t, n)))
}

/// Whether a title written over two lines goes on from `first` to `next`: the two end as a title
/// does (`上海市某区绿化市容` / `“十五五”规划`), and `next` is not a whole title of its own that
/// starts with its place (`政府信息公开专栏` over `上海市某区绿化市容“十五五”规划`).
fn title_goes_on(first: &str, next: &str) -> bool {
    ends_like_title(&format!("{first}{next}")) && !is_placed_title(next)
}

/// A line that ends as a title does and starts with its place (`上海市某区绿化市容“十五五”规划`):
/// a whole title of its own.
fn is_placed_title(t: &str) -> bool {
    ends_like_title(t) && crate::catalogue::region_level(t).is_some()
}

/// A notice's line naming what it issues: `附件`, `附件：`, `附件：《上海市…规划》`, `附件1：…规划`.
fn is_notice_attachment(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    t.starts_with("附件") && t.chars().count() <= 80 && !t.contains(['。', '；'])
}

/// A line before the plan's title that is none of the cover's or the web page's known lines
/// (`政府信息公开专栏`, a portal's column name): short, no sentence, no heading number, no
/// named part (`前言`).
fn is_stray_front_line(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    t.chars().count() <= 30
        && !t.contains(['。', '；', '！', '？'])
        && !t.ends_with(['：', ':', '，', ','])
        && label(t).is_none()
        && !grammar::is_unnumbered_part(t)
        && !grammar::is_toc_title(t)
}

fn ends_like_title(t: &str) -> bool {
    let t = t.trim_end_matches(is_space);
    // (Without a period in brackets after it: `…实施方案（2021—2025年）`.)
    let core = match t.rfind(['（', '(']) {
        Some(i) if t.ends_with([')', '）']) => &t[..i],
        _ => t,
    };
    let t = t.trim_end_matches(|c: char| ")）".contains(c) || is_space(c));
    ["规划", "计划", "纲要", "方案"]
        .iter()
        .any(|w| t.ends_with(w) || core.ends_with(w))
        || t.contains("规划(")
        || t.contains("规划（")
}

/// The plan's title quoted in a notice: 《北京市“十四五”时期…规划(包括医疗保障)》.
fn quoted_plan_title(t: &str) -> Option<String> {
    let start = t.find('《')? + '《'.len_utf8();
    let end = start + t[start..].find('》')?;
    let title = &t[start..end];
    (title.contains("规划") || title.contains("计划") || title.contains("纲要"))
        .then(|| title.to_string())
}

/// An annex caption that names its table (`附件：重点项目表`) over the table's unit line
/// (`单位：万元`), which the table reader took for the whole caption: the title goes to the table
/// (`重点项目表 单位：万元`) and the annex keeps the label (`附件：`), headed by the table's
/// caption as a bare label over a captioned table is ([`crate::model::Annex::heading`]). Each
/// character stays once, where the page shows it. Any other caption is returned as it is.
fn caption_over_unit_line(caption: String, t: &mut ParsedTable) -> String {
    let Some((_, rest)) = grammar::annex_caption(&caption) else {
        return caption;
    };
    let line = caption.trim_matches(is_space);
    let label = line
        .strip_suffix(rest.as_str())
        .map(|l| l.trim_end_matches(is_space));
    match label {
        Some(label)
            if !rest.is_empty()
                && !label.is_empty()
                && tables::one_cell::is_unit_line(&t.table.title) =>
        {
            t.table.title = format!("{rest} {}", t.table.title.trim_matches(is_space));
            label.to_string()
        }
        _ => caption,
    }
}

/// A line under a bare annex caption that titles the annex (`名词解释`, `重大项目清单`): short,
/// no sentence, no number or label of its own.
fn is_annex_title(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    !t.is_empty()
        && t.chars().count() <= grammar::MAX_TITLE_CHARS
        && !t.ends_with(grammar::is_terminal)
        && !t.contains(['。', '；', '，', '：', ':'])
        && label(t).is_none()
        && !is_structural(t)
        && !grammar::is_page_number(t)
}

/// The title line of a notice of issue: `关于印发《…》的通知`, `××局关于印发…规划的通知`.
fn is_notice_title(t: &str) -> bool {
    let Some(at) = notice_verb_at(t) else {
        return false;
    };
    t[..at].chars().count() <= 40
        && !t.contains('。')
        && t.chars().count() <= 150
        && ["印发", "转发", "发布", "通知", "批复"]
            .iter()
            .any(|w| t[at..].contains(w))
}

/// Where a notice title's own words start after its issuer: at 关于 (`…办公室关于印发…的通知`),
/// else, in a one-line title ending in 通知, at the verb (`…办公室印发《…》的通知`).
fn notice_verb_at(t: &str) -> Option<usize> {
    t.find("关于").or_else(|| {
        ends_notice_title(t.trim_end_matches(is_space))
            .then(|| ["印发", "转发"].iter().filter_map(|w| t.find(w)).min())
            .flatten()
    })
}

/// The last words of a notice title: 通知, or 批复 for a plan approved by its superior.
fn ends_notice_title(t: &str) -> bool {
    t.ends_with("通知") || t.ends_with("批复")
}

/// The issuers a notice title names before 关于: `黄浦区人民政府办公室关于印发…` →
/// `黄浦区人民政府办公室`; bodies issuing jointly each one, `渚泾区水务局、渚泾区建设和管理委员会`.
fn notice_title_issuers(t: &str) -> Vec<String> {
    let Some(at) = notice_verb_at(t) else {
        return Vec::new();
    };
    let issuer = t[..at].trim_matches(is_space);
    let parts: Vec<&str> = issuer
        .split(['、', '，'])
        .map(|p| p.trim_matches(is_space))
        .collect();
    if parts.len() > 1 && parts.iter().all(|p| grammar::is_organisation(p)) {
        parts.into_iter().map(str::to_string).collect()
    } else if grammar::is_organisation(issuer) {
        vec![issuer.to_string()]
    } else {
        Vec::new()
    }
}

/// The plan a notice title issues when it does not quote it: `…关于印发X规划的通知` → `X规划`,
/// `…印发X规划的通知`, `…关于同意X规划的批复`.
fn notice_title_plan(t: &str) -> Option<String> {
    let at = notice_verb_at(t)?;
    let rest = t[at..].trim_matches(is_space);
    let rest = rest
        .strip_prefix("关于")
        .unwrap_or(rest)
        .trim_start_matches(is_space);
    let rest = ["印发", "转发", "发布", "同意", "批准"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))?;
    let rest = ["的通知", "通知", "的批复", "批复"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))?;
    let title = strip_book_marks(rest.trim_matches(is_space));
    ends_like_title(&title).then_some(title)
}

/// How far short of the wrap width a line may end and still have reached the margin (a word or
/// number that did not fit moved to the next line), in [`print_width`] units.
const MARGIN_SLACK: usize = 4;

/// How far past the wrap width a wrapped line may end (a closing mark let past the margin); a
/// wider line was never wrapped.
const MARGIN_OVER: usize = 2;

/// Lines wrapped at a fixed width ([`wrap_width`]).
#[derive(Debug, Clone, Copy)]
struct Wrap {
    /// The widest lines' [`print_width`].
    width: usize,
    /// Whether paragraphs open with an indent (so an unindented line after a full line goes on
    /// with it).
    indents: bool,
}

/// The width of a line as a page sets it: two for a character outside ASCII (CJK and full-width
/// forms), one for ASCII.
fn print_width(t: &str) -> usize {
    t.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// The width the lines `idx` were wrapped at, when they were: at least a dozen lines of 15
/// characters or more, and half of all of them, end within a few columns of one width (text copied
/// from a PDF keeps the printed lines). Text from a web page, a paragraph per line, has no such
/// width.
fn wrap_width(lines: &[Line], idx: &[usize]) -> Option<Wrap> {
    const MIN_WIDTH: usize = 30;
    const MAX_WIDTH: usize = 400;
    let texts = || {
        idx.iter()
            .filter_map(|&i| lines.get(i))
            .map(|l| l.text.as_str())
            .filter(|t| !grammar::is_tab_row(t))
    };
    let mut counts = vec![0usize; MAX_WIDTH + 1];
    let mut long = 0usize;
    for t in texts() {
        let w = print_width(t.trim_matches(is_space));
        if w >= MIN_WIDTH {
            long += 1;
            if let Some(c) = counts.get_mut(w) {
                *c += 1;
            }
        }
    }
    // The widest of the widths whose window (MARGIN_SLACK below, MARGIN_OVER above) holds the
    // most lines.
    let (width, held) = (MIN_WIDTH..=MAX_WIDTH)
        .map(|w| {
            let from = w.saturating_sub(MARGIN_SLACK);
            let to = (w + MARGIN_OVER).min(MAX_WIDTH);
            (w, counts[from..=to].iter().sum::<usize>())
        })
        .max_by_key(|&(w, n)| (n, w))?;
    if held < 12 || held * 2 < long {
        return None;
    }
    let indents = texts().filter(|t| t.starts_with(is_space)).count() >= 5;
    Some(Wrap { width, indents })
}

/// Page furniture among the lines `idx` (seed line indexes, blank lines left out): a running head
/// or foot (`某市“十五五”交通发展规划` over every page of a booklet) next to a page number line (the
/// nearest line before or after it). Without a `title`, a line whose text stands next to page
/// numbers at least twice and elsewhere only before the first page number (on the cover); such
/// page numbers are in page dress (`— 3 —`): a table's row name next to its bare row numbers in
/// two tables is not furniture. With a `title`, a line that is that title. A heading, a numbered
/// line, a sentence and a line of a few characters (a table's last cell) are never furniture.
/// Seed line indexes.
fn running_heads<'l>(
    idx: &[usize],
    text: impl Fn(usize) -> &'l str,
    title: Option<&str>,
) -> std::collections::BTreeSet<usize> {
    use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
    let key = |t: &str| strip_book_marks(&strip_spaces(t));
    let could_be = |t: &str| {
        (6..=60).contains(&t.chars().count())
            && t.chars().filter(|&c| is_cjk(c)).count() >= 4
            && !grammar::is_page_number(t)
            && !grammar::is_tab_row(t)
            && !is_structural(t)
            && label(t).is_none()
            && !t.ends_with(|c: char| "。；：，、！？;:,.!?".contains(c))
    };
    // Per candidate text: where it stands (position in `idx`) and the page number beside it.
    let mut next_to: HashMap<String, BTreeMap<usize, &str>> = HashMap::new();
    for (k, &i) in idx.iter().enumerate() {
        let page = text(i);
        if !grammar::is_page_number(page) {
            continue;
        }
        for n in [k.checked_sub(1), k.checked_add(1)].into_iter().flatten() {
            if let Some(&j) = idx.get(n) {
                if could_be(text(j)) {
                    next_to.entry(key(text(j))).or_default().insert(n, page);
                }
            }
        }
    }
    if next_to.is_empty() {
        return BTreeSet::new();
    }
    let first_page = idx
        .iter()
        .position(|&i| grammar::is_page_number(text(i)))
        .unwrap_or(0);
    let elsewhere: HashSet<String> = idx
        .iter()
        .enumerate()
        .skip(first_page)
        .map(|(k, &i)| (k, key(text(i))))
        .filter(|(k, t)| next_to.get(t).is_some_and(|at| !at.contains_key(k)))
        .map(|(_, t)| t)
        .collect();
    // Repeated furniture only beside page numbers in page dress: a bare number may be a table's
    // value or row number, and the same row name beside two of them is a table's row twice.
    let paged = |at: &BTreeMap<usize, &str>| {
        at.len() >= 2
            && at
                .values()
                .all(|p| tables::one_cell::is_decorated_page_number(p))
    };
    let title = title.map(key);
    next_to
        .iter()
        .filter(|(k, at)| match &title {
            None => paged(at) && !elsewhere.contains(*k),
            Some(title) => *k == title,
        })
        .flat_map(|(_, at)| at.keys().filter_map(|&n| idx.get(n).copied()))
        .collect()
}

/// Text without the book-title marks 《 》 that may wrap a title.
fn strip_book_marks(t: &str) -> String {
    t.chars().filter(|c| !matches!(c, '《' | '》')).collect()
}

/// Where the annexes start among the body's pieces: the first annex caption after the first
/// piece (the body opens with a chapter). A caption with no number followed by numbered ones is a
/// list of the annexes, left in the text; the annexes start at the first numbered one. An
/// appended table or figure (`附表1`, `附图：…`: a caption line, or a table captioned so) after
/// which no chapter opens starts them too, when it comes first.
fn annex_start(pieces: &[Piece], chapter_style: Style) -> Option<usize> {
    let captions: Vec<(usize, bool)> = pieces
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(k, p)| match p {
            Piece::Para { text, .. } => grammar::annex_caption(text).map(|(n, _)| (k, n.is_some())),
            Piece::Table(_) => None,
        })
        .collect();
    let attached = captions.first().map(|&(first, numbered)| {
        if numbered {
            return first;
        }
        captions.iter().find(|c| c.1).map_or(first, |c| c.0)
    });
    let last_chapter = pieces
        .iter()
        .rposition(|p| opens_chapter(p, chapter_style))
        .unwrap_or(0);
    let appended = pieces
        .iter()
        .enumerate()
        .skip(last_chapter + 1)
        .find(|(_, p)| appended_caption(p).is_some())
        .map(|(k, _)| k);
    match (attached, appended) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether `p` may open a chapter in `chapter_style`, or is an unnumbered part (`结束语`).
fn opens_chapter(p: &Piece, chapter_style: Style) -> bool {
    let Piece::Para { text, .. } = p else {
        return false;
    };
    grammar::is_unnumbered_part(text)
        || label(text).is_some_and(|l| {
            (l.style == chapter_style || l.style == Style::Part)
                && grammar::split_run_in(&l.rest).is_some()
        })
}

/// The appended table's or figure's label and title of `p`: a caption line (`附表1 重大项目表`,
/// `附图：城市空间功能结构规划图`) or a table captioned above so.
fn appended_caption(p: &Piece) -> Option<(String, String)> {
    match p {
        Piece::Para { text, .. } => grammar::appended_label(text),
        Piece::Table(t) if !t.table.caption_below => grammar::appended_label(&t.table.title),
        Piece::Table(_) => None,
    }
}

/// A finding closed by its full stop: one sentence, a comma inside, no longer than a run-in
/// title (`存量老旧住房体量大，改造任务依然繁重。`).
fn finding(rest: &str) -> bool {
    let t = rest.trim_matches(is_space);
    t.strip_suffix('。').is_some_and(|body| {
        let n = body.chars().count();
        (6..=grammar::MAX_RUN_IN_TITLE_CHARS).contains(&n)
            && body.contains(['，', ','])
            && !body.contains(['。', '；', ';', '：', ':', '！', '？'])
    })
}

/// Whether the line before `pieces` (numbered `number` in `style`, a [`finding`]) heads a run of
/// findings each over its paragraphs: a plain paragraph right after it, and each next number of
/// the run, one at least, a finding after a plain paragraph and before one. A run of sentences
/// one after another (`（1）…。` `（2）…。`) is a list.
fn findings_over_paragraphs(
    pieces: &[Piece],
    style: Style,
    number: u32,
    structural: &[Style],
) -> bool {
    let plain = |p: &Piece| {
        matches!(p, Piece::Para { text, .. } if label(text).is_none()
            && grammar::box_title(text).is_none()
            && grammar::annex_caption(text).is_none())
    };
    let mut next = number;
    let mut siblings = 0;
    let mut after_text = false;
    for p in pieces {
        if plain(p) {
            after_text = true;
            continue;
        }
        let Piece::Para { text, .. } = p else {
            break;
        };
        let Some(l) = label(text) else { break };
        if l.style == style && next.checked_add(1) == Some(l.number) {
            if !after_text || !finding(&l.rest) {
                return false;
            }
            next = l.number;
            siblings += 1;
            after_text = false;
        } else if l.style == style || structural.contains(&l.style) || l.style == Style::Section {
            break;
        } else {
            return false;
        }
    }
    siblings >= 1 && after_text
}

/// The texts after the labels of the lines that go on numbering a run in `style` (`2`, `3`, …)
/// among `pieces`, before any heading of a style that stands above it; each with whether a plain
/// paragraph follows the line.
fn run_siblings(
    pieces: &[Piece],
    style: Style,
    structural: &[Style],
    above: &[Style],
) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut number = 1u32;
    for (i, p) in pieces.iter().enumerate() {
        let Piece::Para { text, .. } = p else {
            continue;
        };
        if grammar::box_title(text).is_some() || grammar::annex_caption(text).is_some() {
            break;
        }
        if let Some(l) = label(text) {
            if l.style == style {
                if number.checked_add(1) != Some(l.number) {
                    break;
                }
                number = l.number;
                let over_paragraph = matches!(pieces.get(i + 1), Some(Piece::Para { text, .. })
                    if label(text).is_none()
                        && grammar::box_title(text).is_none()
                        && grammar::annex_caption(text).is_none());
                out.push((l.rest, over_paragraph));
            } else if structural.contains(&l.style) || above.contains(&l.style) {
                break;
            }
        }
    }
    out
}

/// Short lines from `src[k]` on, the last of them a table's caption right before a heading, a
/// sentence or the end (`指标名称` `“十四五”目标` … `486`, then `“十四五”时期住房发展主要指标完成情况`,
/// then `（二）…`): the cells of a table whose caption stands below it, with nothing above to say
/// so. Looks at most a few hundred lines ahead.
fn caption_below_cells(src: &[SrcLine], k: usize) -> bool {
    const MIN_CELLS: usize = 6;
    const MAX_CELL_CHARS: usize = 40;
    const MAX_LINES: usize = 400;
    let figure = |t: &str| {
        t.chars()
            .all(|c| c.is_ascii_digit() || is_space(c) || ".%‰≥≤＞＜><~～-—–+/[]（）()".contains(c))
    };
    let mut cells = 0usize;
    let mut last = "";
    for l in src.get(k..).unwrap_or(&[]).iter().take(MAX_LINES) {
        let t = l.text.trim_matches(is_space);
        if t.is_empty() {
            continue;
        }
        let cell = t.chars().count() <= MAX_CELL_CHARS
            && !t.contains(['。', '；', ';', '\t'])
            && !is_structural(t)
            && (label(t).is_none() || figure(t));
        if !cell {
            break;
        }
        cells += 1;
        last = t;
    }
    cells > MIN_CELLS && last.chars().count() > 10 && tables::one_cell::is_caption(last)
}

/// A line that points to a table right below it: `…安排如下表。`, `详见下表：`, `见下表`,
/// `…主要指标，具体如下：`, `具体指标：`.
fn points_to_table_below(raw: &str) -> bool {
    let t = raw.trim_end_matches(|c: char| is_space(c) || "。：:；;".contains(c));
    // (Or names it by its number, `…见表2`, `…如表3所示`: the caption may stand below it.)
    let numbered = {
        let u = t.strip_suffix("所示").unwrap_or(t);
        let u =
            u.trim_end_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
        u.len() < t.len() && ["见表", "如表", "见附表"].iter().any(|w| u.ends_with(w))
    };
    // (Or leads in to the indicators by a colon, `具体指标：`, `主要指标：`.)
    let leads_in = t.ends_with("指标") && t.chars().count() <= 8 && {
        let raw = raw.trim_end_matches(is_space);
        raw.ends_with(['：', ':'])
    };
    numbered
        || leads_in
        || ["如下表", "见下表", "下表所示", "详见下表", "如下"]
            .iter()
            .any(|w| t.ends_with(w))
}

/// A short phrase closed as a list item is (`城镇社区养老服务站全覆盖；`, the last one with `。`):
/// one clause, no other stop inside.
fn list_phrase(rest: &str) -> bool {
    let t = rest.trim_end_matches(is_space);
    let Some(body) = t.strip_suffix(['；', ';', '。']) else {
        return false;
    };
    (2..=30).contains(&body.chars().count()) && !body.contains(['。', '；', ';', '：', ':'])
}

/// How many items a bare list in the style `style` holds, counting the one before `rest` (numbered
/// 1): the lines right after it numbered 2, 3 … in that style, each a short title (or a short
/// phrase closed by `；` or `。`) with nothing between, two at least, and no line of that style
/// after them before the next chapter. 0 when they are not such a list.
fn bare_list_in_style(rest: &[Piece], style: Style, chapter_style: Style) -> usize {
    let mut n = 1u32;
    for p in rest {
        let Piece::Para { text, .. } = p else {
            break;
        };
        match label(text) {
            Some(l)
                if l.style == style
                    && l.number == n + 1
                    && (grammar::split_run_in(&l.rest).is_some_and(|(_, r)| r.is_none())
                        || list_phrase(&l.rest)) =>
            {
                n += 1;
            }
            _ => break,
        }
    }
    let after = rest.get(n as usize - 1..).unwrap_or(&[]);
    let more = after
        .iter()
        .filter_map(|p| match p {
            Piece::Para { text, .. } => label(text),
            Piece::Table(_) => None,
        })
        .take_while(|l| l.style != chapter_style)
        .any(|l| l.style == style);
    if n >= 3 && !more {
        n as usize
    } else {
        0
    }
}
