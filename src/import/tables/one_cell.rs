//! One-cell-per-line tables, as web pages are extracted: a table is found by its shape (a run of
//! short header cells, then rows anchored by their number sequence `1`, `2`, … or by the
//! attribute words 约束性/预期性, or by names numbered `1.`, `2.` …, or, under a caption, rows
//! of a name and number values as wide as the header), not by a list of header words. A header
//! with more cells than the rows is read as two rows (`基期值` / `目标值` over `2020年` /
//! `2025年`). Cells are separated by blank lines, or stand one per line in row blocks; a cell may be
//! split over lines or paragraphs (`建设用地总规模` / `（平方公里）`, `“十五五”` / `目标`); a merged
//! category cell leaves short rows (filled down into the row's group); group rows stand in the
//! number column (`一` / `水安全`); `注：` lines after the table are its notes; the caption may
//! stand above or below, and the lines read with it above are the rest of a caption that is only
//! its number (`表1` / `“十五五”主要指标`) and unit lines (`单位：%`); page numbers inside the table
//! (a page break) are set aside.
//!
//! The reader must never drop, reorder or invent text: every character of the lines it consumes
//! is in the table it returns, in seed order (title, header, rows, notes), but the page numbers
//! it sets aside ([`ParsedTable::page_numbers`]). Where the layout is ambiguous it keeps every
//! cell, does what it can and says so in [`ParsedTable::warnings`]. It must not panic on any
//! input: every index is checked.

use super::{category_row, item_row, ParsedTable};
use crate::grammar::{self, label, Style};
use crate::model::{ColumnGroup, Continued, RowKind, Table, TableRow};
use crate::text::{collapse_cjk_spacing, is_space, names_year, parse_cn_numeral, strip_spaces};

/// A seed line offered to the reader: its number, its text and how many blank lines precede it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SrcLine<'a> {
    pub no: usize,
    pub text: &'a str,
    pub blanks_before: usize,
}

/// Why no table was read where one was tried (not an error of the seed: the lines are text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotATable(pub &'static str);

/// A table read from the start of the lines offered.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    pub parsed: ParsedTable,
    /// How many of the offered lines the table used (caption not counted).
    pub consumed: usize,
}

/// Lines a table may span at most; the rest is left to the caller.
const MAX_REGION_LINES: usize = 4000;
/// Pieces searched for the first row of a table.
const ANCHOR_WINDOW: usize = 40;
/// The longest header cell, in characters.
const MAX_HEADER_CHARS: usize = 25;
/// The longest caption, in characters.
const MAX_CAPTION_CHARS: usize = 40;

/// Words a header cell commonly holds; used only to fit header pieces to columns, never to
/// decide whether there is a table.
const HEADER_WORDS: &[&str] = &[
    "序", "编号", "类", "指标", "名称", "单位", "属性", "性质", "目标", "现状", "基准", "基期",
    "完成", "情况", "评价", "值", "年", "项目", "内容", "举措", "任务", "备注", "领域", "计划",
    "时间", "责任", "说明", "标准", "规模", "数量", "进展",
];

/// One cell candidate: a line (row-block layout) or a paragraph (blank-line layout).
#[derive(Debug, Clone)]
struct Piece {
    /// The lines as written, trimmed.
    parts: Vec<String>,
    /// Seed line numbers.
    nos: Vec<usize>,
    /// Blank lines before the piece.
    gap: usize,
    /// Index in the offered lines just after the piece's last line.
    end: usize,
}

impl Piece {
    fn text(&self) -> String {
        self.parts.concat()
    }
    fn first_no(&self) -> usize {
        self.nos.first().copied().unwrap_or(0)
    }
    fn absorb(&mut self, other: Piece) {
        self.parts.extend(other.parts);
        self.nos.extend(other.nos);
        self.end = self.end.max(other.end);
    }
}

fn clean(t: &str) -> &str {
    t.trim_matches(is_space)
}

/// A bare Arabic number: `12`.
fn int_of(t: &str) -> Option<u32> {
    let t = clean(t);
    (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// A row number in a number column: `12`, or with its mark, `12.`, `12、`, `（12）`, or a
/// Chinese numeral in brackets alone, `（三）`.
fn row_number(t: &str) -> Option<u32> {
    let t = clean(t);
    int_of(t)
        .or_else(|| {
            let inner = t.strip_suffix(['.', '、', '．']).or_else(|| {
                t.strip_prefix(['（', '('])
                    .and_then(|x| x.strip_suffix(['）', ')']))
            })?;
            int_of(inner).filter(|_| inner == clean(inner))
        })
        .or_else(|| paren_number(t))
}

/// A Chinese numeral in brackets alone on its line (`（三）`): a section's label with no title,
/// or, in a number column, a row number.
fn paren_number(t: &str) -> Option<u32> {
    label(clean(t))
        .filter(|l| l.style == Style::CnParen && l.rest.is_empty())
        .map(|l| l.number)
}

/// A bare Chinese numeral standing for a group row in the number column: `一`, `十二`, or with
/// its mark, `一、`, or in brackets, `（一）`.
fn cn_marker(t: &str) -> Option<u32> {
    let t = clean(t);
    let t = t
        .strip_prefix(['（', '('])
        .and_then(|x| x.strip_suffix(['）', ')']))
        .unwrap_or(t);
    let t = t.strip_suffix(['、', '.', '．']).unwrap_or(t);
    let n = t.chars().count();
    ((1..=3).contains(&n) && t.chars().all(|c| "一二三四五六七八九十".contains(c)))
        .then(|| parse_cn_numeral(t))
        .flatten()
}

/// A group row written in one cell with a chapter's or a section's label (`一、防汛安全工程`,
/// `（一）政务服务`): the label, the group's name and its number.
fn group_label(t: &str) -> Option<(String, String, u32)> {
    let t = clean(t);
    label(t)
        .filter(|l| {
            matches!(l.style, Style::CnEnum | Style::CnParen)
                && (1..=20).contains(&l.rest.chars().count())
                && !l.rest.contains(['。', '；', ';', '，', ','])
        })
        .map(|l| (l.text, l.rest, l.number))
}

/// A cell that can be a unit: one or two characters (`支`, `万人`), or short with a unit's
/// character (`平方公里`, `1/10万`, `EFLOPS`).
fn is_unit_like(t: &str) -> bool {
    let t = strip_spaces(t);
    let n = t.chars().count();
    // (Not a value in words, a grade or a state: `良好`, `优秀`, `达标`, `保持稳定`,
    // `全部达到D级`.)
    let graded = [
        "良", "优", "好", "合格", "达标", "达到", "领先", "前列", "提升", "稳定", "保持", "先进",
        "一流",
    ]
    .iter()
    .any(|w| t.contains(w));
    // (Nor a class or grade by its letter or numeral, `B类`, `4A级`, `二级`, `甲等`.)
    let lettered = t.strip_suffix(['类', '级', '等', '星']).is_some_and(|l| {
        (!l.is_empty()
            && l.chars().all(|c| c.is_ascii_alphanumeric())
            && l.chars().any(|c| c.is_ascii_uppercase()))
            || (l.chars().count() == 1 && l.chars().all(|c| "一二三四五甲乙丙丁特".contains(c)))
    });
    (1..=8).contains(&n)
        && !graded
        && !lettered
        && !names_roman_class(&t)
        && (n <= 2
            || t.chars()
                .any(|c| c.is_ascii_alphanumeric() || UNIT_CHARS.contains(c)))
}

/// A class numbered in Roman numerals, as water quality is graded (`IV类`, `Ⅲ类`, `劣V类`):
/// a value, never a unit.
fn names_roman_class(t: &str) -> bool {
    let t = t.strip_prefix('劣').unwrap_or(t);
    t.strip_suffix('类').is_some_and(|r| {
        !r.is_empty()
            && r.chars()
                .all(|c| matches!(c, 'I' | 'V' | 'X' | 'Ⅰ'..='Ⅻ' | 'Ｉ' | 'Ｖ'))
    })
}

/// Characters of units (`万人`, `%`, `公里`, `套`).
const UNIT_CHARS: &str =
    "/%‰‱℃个人万亿元米里吨张岁次天年月日所家户台座套辆项条处亩度瓦时分秒钟件床位册部宗栋间名份克升斤标箱";

/// A figure with its percent sign (`93.5%`, `≥60％`): a value, never a unit.
fn is_rate_value(t: &str) -> bool {
    let t = strip_spaces(t);
    let t = t.trim_start_matches(['≥', '≤', '>', '<', '＞', '＜']);
    t.strip_suffix(['%', '％'])
        .is_some_and(|n| !n.is_empty() && is_amount(n))
}

/// A state reached, written for a goal in words (`启动`, `建成`, `基本完成`, `全面实现`), or a
/// work's stage at the baseline (`在建`, `筹建`) or a standard met (`达标`): never a unit.
fn names_state(t: &str) -> bool {
    const STATES: [&str; 11] = [
        "启动", "建成", "完成", "实现", "开工", "竣工", "投用", "运行", "在建", "筹建", "达标",
    ];
    let t = strip_spaces(t);
    t.chars().count() <= 6 && STATES.iter().any(|w| t.ends_with(w))
}

/// A text and what its closing bracket holds at its end (`面积（公顷）`: `面积`, `公顷`).
fn bracket_tail(t: &str) -> Option<(&str, &str)> {
    let inner = t.strip_suffix(['）', ')'])?;
    let at = inner.rfind(['（', '('])?;
    Some((&inner[..at], inner[at..].trim_start_matches(['（', '('])))
}

/// A text without what its closing bracket holds at its end, when something stands before it
/// (`芦荡街道（沁湖经济开发区）`: `芦荡街道`).
fn without_bracket_tail(t: &str) -> &str {
    bracket_tail(t)
        .filter(|(name, _)| !name.is_empty())
        .map_or(t, |(name, _)| name)
}

/// The end of a measure's name, two to four characters, that no indicator is named by alone:
/// `数量`, `规模`, `比例`, `面积`, `覆盖率`.
fn names_measure_end(t: &str) -> bool {
    let t = strip_spaces(t);
    (2..=4).contains(&t.chars().count())
        && [
            "数量", "规模", "比例", "比重", "面积", "总量", "个数", "人数", "率", "长度", "里程",
        ]
        .iter()
        .any(|w| t.ends_with(w))
}

/// The name and unit of a text that carries a unit in brackets at its end
/// (`新增公共开放空间面积（万平方米）`: `万平方米`); unit characters only, not `（五年累计）` or
/// `（驿站）`.
fn bracketed_unit(t: &str) -> Option<(String, String)> {
    let t = strip_spaces(t);
    let (name, unit) = bracket_tail(&t)?;
    let units_only = unit.chars().all(|c| {
        c.is_ascii_alphanumeric() || UNIT_CHARS.contains(c) || "千百平方公顷立小毫厘片".contains(c)
    });
    (!name.is_empty() && (1..=5).contains(&unit.chars().count()) && units_only)
        .then(|| (name.to_string(), unit.to_string()))
}

/// An amount with a remark in brackets (`3500（含市级补助1200万元）`) as the amount alone, of the
/// kind of its column's amounts; any other text as it is.
fn amount_of(t: &str) -> &str {
    match bracket_tail(t) {
        Some((head, _)) if is_bare_amount(head) => head,
        _ => t,
    }
}

/// A number and nothing else (`96.5`, `≥97`, `[120]`, `1,200`): never a unit.
fn is_bare_amount(t: &str) -> bool {
    let t = strip_spaces(t);
    let t = t.trim_start_matches(['≥', '≤', '＞', '＜', '>', '<', '约']);
    let t = t
        .strip_prefix(['[', '［'])
        .and_then(|r| r.strip_suffix([']', '］']))
        .unwrap_or(t);
    t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// A value of the attribute column.
fn is_attr(t: &str) -> bool {
    matches!(strip_spaces(t).as_str(), "约束性" | "预期性")
}

/// A header cell naming the attribute column (`属性`, `指标属性`, `性质`).
fn names_attribute_column(t: &str) -> bool {
    t.contains("属性") || t.contains("性质")
}

/// A header cell that is the attribute column's name itself (`属性`, `指标属性`, `性质`), as a
/// header of two rows writes it spanning both.
fn is_attribute_header(t: &str) -> bool {
    matches!(strip_spaces(t).as_str(), "属性" | "指标属性" | "性质")
}

/// A header cell naming a column of remarks (`备注`, `说明`).
fn names_remarks_column(t: &str) -> bool {
    t.contains("备注") || t.contains("说明")
}

/// A name numbered `1.` / `1、`: its number.
fn labelled(t: &str) -> Option<u32> {
    label(t)
        .filter(|l| l.style == Style::ArabicItem && !l.rest.is_empty())
        .map(|l| l.number)
}

fn has_header_word(t: &str) -> bool {
    HEADER_WORDS.iter().any(|w| t.contains(w))
}

fn is_number_header(t: &str) -> bool {
    let t = strip_spaces(t);
    t.contains("序号") || t == "序" || t.contains("编号") || t.eq_ignore_ascii_case("no.")
}

/// `“十四五”`, `十五五`, `“十四五”时期`: a period mark that heads a split header cell.
fn is_period_mark(t: &str) -> bool {
    period_years(t).is_some()
}

/// The years a period mark's column group may hold: its own five years and the year before
/// them, its baseline (`“十四五”`: 2020–2025; `“十三五”`: 2015–2020).
fn period_years(t: &str) -> Option<std::ops::RangeInclusive<u32>> {
    let t: String = strip_spaces(t)
        .chars()
        .filter(|c| !"“”\"".contains(*c))
        .collect();
    let t = t
        .strip_suffix("时期")
        .or_else(|| t.strip_suffix("期间"))
        .unwrap_or(&t);
    let c: Vec<char> = t.chars().collect();
    let n = match c.as_slice() {
        ['十', x, '五'] => "一二三四五六七八九".chars().position(|d| d == *x)? as u32 + 11,
        _ => return None,
    };
    // The 13th plan's years are 2016–2020.
    let first = 2016 + 5 * n - 5 * 13;
    Some(first - 1..=first + 4)
}

fn ends_with_period_mark(t: &str) -> bool {
    let t = strip_spaces(t);
    // (Or the period's end, `“十四五”末`, `“十四五”期末`.)
    let t = t
        .strip_suffix("期末")
        .or_else(|| t.strip_suffix('末'))
        .unwrap_or(&t);
    let t = t.trim_end_matches(['”', '"']);
    let chars: Vec<char> = t.chars().collect();
    chars.len() >= 3 && is_period_mark(&chars[chars.len() - 3..].iter().collect::<String>())
}

fn starts_with_period_mark(t: &str) -> bool {
    let t = strip_spaces(t);
    let t = t.trim_start_matches(['“', '"']);
    let chars: Vec<char> = t.chars().take(3).collect();
    chars.len() == 3 && is_period_mark(&chars.iter().collect::<String>())
}

/// A year alone, `2020年`.
fn is_year_cell(t: &str) -> bool {
    let t = strip_spaces(t);
    let c: Vec<char> = t.chars().collect();
    c.len() == 5 && c[..4].iter().all(char::is_ascii_digit) && c[4] == '年'
}

/// A place's own name in a header, `苎溪县`, `澜江区`: three to six characters ending as a
/// county, a city, a district or a town does, and no column's name of places (`乡镇`, `区县`),
/// nor an area within one (`延平路片区`, `滨江园区`, `长乐小区`).
fn is_place_name(t: &str) -> bool {
    let t = strip_spaces(t);
    let n = t.chars().count();
    (3..=6).contains(&n)
        && t.ends_with(['省', '市', '县', '区', '镇', '乡'])
        && ![
            "乡镇", "区县", "县区", "街镇", "镇街", "地区", "所在", "城区", "各",
        ]
        .iter()
        .any(|w| t.contains(w))
        && ![
            "片区", "园区", "景区", "社区", "小区", "街区", "校区", "厂区", "港区",
        ]
        .iter()
        .any(|w| t.ends_with(w))
}

/// A short header cell that ends in a year, a place's or alone: `苎溪县2020年`, `2020年`.
fn ends_in_year(t: &str) -> bool {
    let c: Vec<char> = strip_spaces(t).chars().collect();
    let n = c.len();
    (5..=8).contains(&n)
        && c[n - 5..n - 1].iter().all(char::is_ascii_digit)
        && c[n - 1] == '年'
        && !c[..n - 5].iter().any(|x| x.is_ascii_digit())
}

/// A short cell that can stand in a header: no sentence, no number, no numbered name.
fn is_header_cell(p: &Piece) -> bool {
    let t = p.text();
    p.parts
        .iter()
        .all(|x| x.chars().count() <= MAX_HEADER_CHARS)
        && !t.is_empty()
        && !t.contains(['。', '；', ';', '！', '？'])
        && (row_number(&t).is_none() || is_bare_year(&t))
        && cn_marker(&t).is_none()
        && !is_attr(&t)
        && labelled(&t).is_none()
}

/// A year alone, as a header writes a column's year without `年` (`2020` `2025`).
fn is_bare_year(t: &str) -> bool {
    let t = clean(t);
    t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1949..=2100).contains(&y))
}

/// A line that ends the lines a table can take: a heading, a note, an annex or figure label, a
/// 专栏 title, another table's caption or a tab-separated row.
pub fn is_stop(t: &str) -> bool {
    let t = clean(t);
    t.contains('\t')
        || is_note_start(t)
        || t.starts_with("附件")
        || t.starts_with("附图")
        || t.starts_with("附表")
        || grammar::box_title(t).is_some()
        || grammar::is_toc_title(t)
        || is_numbered_caption(t)
        || label(t).is_some_and(|l| {
            matches!(
                l.style,
                Style::Part | Style::Chapter | Style::Section | Style::CnEnum | Style::CnParen
            )
        })
        // (A decimal heading's title line, `1.2 水土流失现状`.)
        || grammar::is_decimal_title_line(t)
}

/// `注：…`, `注:…`, `注 1 …`, `注1.…`, and `说明：…`, `备注：…`, `资料来源：…`,
/// `数据来源：…`, `来源：…`: the first note under a table.
pub fn is_note_start(t: &str) -> bool {
    let t = clean(t);
    let named = ["说明", "备注", "资料来源", "数据来源", "来源"]
        .iter()
        .any(|w| {
            t.strip_prefix(w)
                .is_some_and(|r| r.starts_with(['：', ':']))
        });
    let mut c = t.chars();
    named
        || (c.next() == Some('注')
            && c.next()
                .is_some_and(|x| "：: \u{3000}*＊①".contains(x) || x.is_ascii_digit() || x == '释'))
}

/// `表1 …`, `表 2：…`: a numbered table caption.
pub fn is_numbered_caption(t: &str) -> bool {
    let t = clean(t);
    let Some(rest) = t.strip_prefix('表') else {
        return false;
    };
    let rest = rest.trim_start_matches(is_space);
    rest.chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || "０１２３４５６７８９".contains(c))
        && t.chars().count() <= MAX_CAPTION_CHARS + 4
}

/// A line that reads as a table caption: `表1 …`, `…主要指标`, `…一览表`, `…清单`, `…责任分工`.
pub fn is_caption(t: &str) -> bool {
    let t = clean(t);
    let n = t.chars().count();
    (2..=MAX_CAPTION_CHARS).contains(&n)
        && !t.contains(['。', '；', '\t'])
        && (is_numbered_caption(t)
            || [
                "指标",
                "表",
                "清单",
                "一览",
                "情况",
                "分工",
                "名词解释",
                "术语",
            ]
            .iter()
            .any(|w| t.contains(w)))
}

/// A caption under a table with none above it: a caption's words, or a short title of words
/// alone, no sentence in it (`汇澄区“十五五”体育功能区布局`), that no label opens.
pub(crate) fn is_caption_below(t: &str) -> bool {
    let t = clean(t);
    is_caption(t)
        || ((4..=MAX_BELOW_CAPTION_CHARS).contains(&t.chars().count())
            && !t.contains(['。', '；', '，', '：', ';', ',', ':', '、', '！', '？'])
            && label(t).is_none()
            && !t.chars().any(|c| c.is_ascii_digit())
            && !is_unit_line(t)
            && !is_note_start(t))
}

/// The longest caption of words alone below a table, in characters.
const MAX_BELOW_CAPTION_CHARS: usize = 25;

/// What the caller knows of the seed around a table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// The seed was cut into pages (a table of contents, form feeds, page numbers between
    /// paragraphs): a bare number inside a table may be a page number.
    pub paged: bool,
    /// The last page number set aside before the table, if any.
    pub last_page: Option<u32>,
    /// The line above heads the table as a caption would without being part of it (a 专栏's
    /// title over a box that is a table): the rows may have no number column or attribute.
    pub titled: bool,
    /// The line above points to the table (`…安排如下表。`): the rows may have no number column
    /// or attribute, as under a caption, and the caption may stand below.
    pub pointed: bool,
}

/// Reads a one-cell-per-line table from the start of `lines` (its header, or its first line
/// after `caption`, the seed line number and text of a caption found above it), in a seed not
/// known to be paged.
pub fn read(
    id: &str,
    caption: Option<(usize, &str)>,
    lines: &[SrcLine],
) -> Result<Read, NotATable> {
    read_with(id, caption, lines, Options::default())
}

/// [`read`] with what the caller knows of the seed. Lines that belong with the caption are read
/// into the title: the rest of a caption whose first line is only its number (`表1` /
/// `“十五五”主要指标`), and unit lines (`单位：%`), which also make a short line just above them
/// the caption when none was found. Page numbers inside the table (a page break) are set aside
/// into [`ParsedTable::page_numbers`]: decorated ones (`— 3 —`) always, bare ones (`3`) only in a
/// paged seed when the row grid proves the line extra.
pub fn read_with(
    id: &str,
    caption: Option<(usize, &str)>,
    lines: &[SrcLine],
    opts: Options,
) -> Result<Read, NotATable> {
    let lines = &lines[..lines.len().min(MAX_REGION_LINES)];
    let read = read_full_width(id, caption, lines, opts)
        .map_or_else(|| read_as_written(id, caption, lines, opts), Ok)?;
    if !keeps_text(caption, lines, &read) {
        return Err(NotATable(
            "the reading would not keep the text in its order",
        ));
    }
    Ok(read)
}

/// Whether a table as read holds the text of its lines, every character in order (whitespace
/// aside): its caption, the lines it used but page numbers set aside, against the table's text
/// in reading order ([`stream`]). A reading that would move text over a break (a row begun
/// before `续表` and ended after it) or drop any is no reading: the lines stay text.
fn keeps_text(caption: Option<(usize, &str)>, lines: &[SrcLine], read: &Read) -> bool {
    let set_aside = &read.parsed.page_numbers;
    let source: String = caption
        .map(|(_, t)| t)
        .into_iter()
        .chain(
            lines
                .iter()
                .take(read.consumed)
                .filter(|l| !set_aside.iter().any(|(no, _)| *no == l.no))
                .map(|l| clean(l.text)),
        )
        .collect();
    strip_spaces(&source) == strip_spaces(&stream(&read.parsed.table).concat())
}

/// Full-width figures (`２０２５年`, `９５．５`, `％`) and their ASCII forms, one for one.
const FULL_WIDTH_FIGURES: [(char, char); 12] = [
    ('０', '0'),
    ('１', '1'),
    ('２', '2'),
    ('３', '3'),
    ('４', '4'),
    ('５', '5'),
    ('６', '6'),
    ('７', '7'),
    ('８', '8'),
    ('９', '9'),
    ('．', '.'),
    ('％', '%'),
];

/// `t` with its full-width figures in ASCII, or with `back`, the other way.
fn figures(t: &str, back: bool) -> String {
    t.chars()
        .map(|c| {
            FULL_WIDTH_FIGURES
                .iter()
                .find(|&&(w, a)| c == if back { a } else { w })
                .map_or(c, |&(w, a)| if back { w } else { a })
        })
        .collect()
}

/// A table written in full-width figures (`２０２０年` `９８．６`), as some sites publish: read
/// with its figures in ASCII, and every text of the table given back as written. Only when the
/// lines it takes (its caption too) hold no ASCII figure, so that giving back is exact; `None`
/// otherwise, and the lines are read as written.
fn read_full_width(
    id: &str,
    caption: Option<(usize, &str)>,
    lines: &[SrcLine],
    opts: Options,
) -> Option<Read> {
    let full_width = |t: &str| t.chars().any(|c| ('０'..='９').contains(&c));
    if !lines
        .iter()
        .take(ANCHOR_WINDOW * 2)
        .any(|l| full_width(l.text))
    {
        return None;
    }
    let texts: Vec<String> = lines.iter().map(|l| figures(l.text, false)).collect();
    let ascii: Vec<SrcLine> = lines
        .iter()
        .zip(&texts)
        .map(|(l, t)| SrcLine {
            no: l.no,
            text: t,
            blanks_before: l.blanks_before,
        })
        .collect();
    let title = caption.map(|(no, t)| (no, figures(t, false)));
    let mut read = read_as_written(
        id,
        title.as_ref().map(|(no, t)| (*no, t.as_str())),
        &ascii,
        opts,
    )
    .ok()?;
    let ascii_figure = |t: &str| {
        t.chars()
            .any(|c| FULL_WIDTH_FIGURES.iter().any(|&(_, a)| a == c))
    };
    let used = read.parsed.lines.iter().filter_map(|no| {
        lines
            .iter()
            .find(|l| l.no == *no)
            .map(|l| l.text)
            .or_else(|| caption.filter(|c| c.0 == *no).map(|c| c.1))
    });
    if caption.is_some_and(|c| ascii_figure(c.1)) || used.clone().any(ascii_figure) {
        return None;
    }
    let back = |t: &mut String| *t = figures(t, true);
    let table = &mut read.parsed.table;
    back(&mut table.title);
    table.columns.iter_mut().for_each(back);
    table
        .column_groups
        .iter_mut()
        .for_each(|g| back(&mut g.title));
    table.notes.iter_mut().for_each(back);
    table.continued.iter_mut().for_each(|c| back(&mut c.mark));
    for row in &mut table.rows {
        back(&mut row.name);
        row.number.iter_mut().for_each(back);
        row.group.iter_mut().for_each(back);
        row.cells.iter_mut().for_each(back);
    }
    read.parsed
        .page_numbers
        .iter_mut()
        .for_each(|(_, t)| back(t));
    Some(read)
}

/// [`read_with`] of the lines as written.
fn read_as_written(
    id: &str,
    caption: Option<(usize, &str)>,
    lines: &[SrcLine],
    opts: Options,
) -> Result<Read, NotATable> {
    let (head, lines) = lines.split_at(lead_lines(caption.map(|c| c.1), lines).min(lines.len()));
    let headed_above = caption.is_some() || !head.is_empty() || opts.titled;
    let captioned = headed_above || opts.pointed;
    // A caption short enough to be the names' header cell itself (`指标`, `主要指标`).
    let above = match caption.map(|c| clean(c.1)) {
        Some(c) if head.is_empty() && !is_numbered_caption(c) && c.chars().count() <= 6 => {
            Above::ShortCaption
        }
        _ if captioned => Above::Caption,
        _ => Above::Nothing,
    };
    let first = lines.first().ok_or(NotATable("no lines"))?;
    let t0 = clean(first.text);
    if t0.is_empty()
        || is_stop(t0)
        || t0.chars().count() > MAX_HEADER_CHARS
        || t0.contains(['。', '；', ';'])
    {
        return Err(NotATable("the first line is not a header cell"));
    }
    // A cheap look at the first lines before reading the whole region.
    let probe_len = lines.len().min(ANCHOR_WINDOW * 3);
    // Under a 序号 header, a group row labelled as a chapter (`一、防汛安全工程`) with a row
    // number after it is the table's, not a heading that ends it.
    let numbered = is_number_header(t0);
    // Under a 序号 header whose first row is numbered `（一）`, the rows' bare `（二）`, `（三）`
    // are the table's too, not sections' labels that end it.
    let paren_rows = numbered
        && (1..probe_len)
            .find(|&i| is_stop(lines[i].text))
            .is_some_and(|i| paren_number(lines[i].text) == Some(1));
    // Under a caption, group rows of a table in row blocks (`一、市级场馆`, each a block of one
    // line, the first right under the header) are the table's, not headings that end it.
    let block_groups = if caption.is_some() {
        block_group_lines(lines)
    } else {
        Vec::new()
    };
    // Under a category header (`类别`), the categories' labels (`一、发展水平` the first row,
    // `二、服务质量` … in sequence) are its merged cells, not headings that end it.
    // (Or, under a header of years or an attribute with no category column, `指 标` `2020年`
    // `2025年` `属 性`, category rows numbered as chapters whose first row's name is numbered
    // one: `一、健康教育与预防保健` / `1. 老年人健康素养水平(%)`.)
    let category_groups = if is_category_header(t0) {
        category_group_lines(lines)
    } else {
        let groups = category_group_lines(lines);
        let headed = groups.first().is_some_and(|&g| {
            lines[..g]
                .iter()
                .any(|l| is_year_header(clean(l.text)) || names_attribute_column(clean(l.text)))
        });
        // (Or whose first row is a name and its figures: `城镇新增就业人数(万人)` `【52.6】`.)
        let item_one = groups.first().is_some_and(|&g| {
            let next: Vec<&str> = lines
                .get(g + 1..)
                .unwrap_or(&[])
                .iter()
                .map(|n| clean(n.text))
                .filter(|t| !t.is_empty())
                .take(3)
                .collect();
            next.iter()
                .take(2)
                .any(|t| label(t).is_some_and(|l| l.style == Style::ArabicItem && l.number == 1))
                || (next.len() == 3
                    && !is_stop(next[0])
                    && next[0].chars().count() <= MAX_HEADER_CHARS
                    && next[1..].iter().all(|t| {
                        let t = t
                            .strip_prefix('【')
                            .and_then(|r| r.strip_suffix('】'))
                            .unwrap_or(t);
                        is_value_cell(t) || is_placeholder(t)
                    }))
        });
        if headed && item_one {
            groups
        } else {
            Vec::new()
        }
    };
    let stop_at = |i: usize| {
        is_stop(lines[i].text)
            && block_groups.binary_search(&i).is_err()
            && category_groups.binary_search(&i).is_err()
            && !(paren_rows && paren_number(lines[i].text).is_some())
            // (Or with its name's end on the line after it: `三、托养照护和` / `康复服务` / `9`.)
            && !(numbered
                && group_label(lines[i].text).is_some()
                && lines
                    .get(i + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .filter(|l| !clean(l.text).is_empty())
                    .take(2)
                    .enumerate()
                    .find(|(n, l)| *n == 1 || !stops_mid_phrase(clean(lines[i].text)) || int_of(clean(l.text)).is_some())
                    .is_some_and(|(_, l)| int_of(clean(l.text)).is_some()))
            // (`一、` alone, its group's name on the next line, then a row number.)
            && !(numbered
                && cn_marker(lines[i].text).is_some()
                && lines
                    .get(i + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .filter(|l| !clean(l.text).is_empty())
                    .take(2)
                    .any(|l| int_of(clean(l.text)).is_some()))
    };
    let probe_end = (1..probe_len)
        .position(stop_at)
        .map_or(probe_len, |p| p + 1);
    let probe = pieces(&lines[..probe_end]);
    let anchored = probe.iter().take(ANCHOR_WINDOW).any(|p| {
        let t = p.text();
        row_number(&t) == Some(1)
            || cn_marker(&t) == Some(1)
            || labelled(&t) == Some(1)
            || is_attr(&t)
    });
    let valued = captioned
        && probe
            .iter()
            .take(ANCHOR_WINDOW)
            .any(|p| is_value_cell(&p.text()));
    // A header of column names (`项目名称` `建设内容`) under a caption: a table of words.
    // (Its first a column of zones or kinds, `照明分区`, too.)
    let headed = captioned
        && probe
            .iter()
            .enumerate()
            .take_while(|(i, p)| {
                let t = p.text();
                p.parts.len() == 1
                    && (names_column(&t)
                        || (*i == 0
                            && is_category_header(&t)
                            && t.chars().count() <= MAX_COLUMN_NAME_CHARS)
                        || (*i == 0 && names_listed_things(&t, &probe[1..]))
                        || (*i == 0 && names_what_rows_are(&t, probe.get(2..).unwrap_or(&[])))
                        || things_after_places(&probe, *i))
            })
            .count()
            >= 2;
    // (Or a numbered caption, `表2 …`, over rows in blocks: the blocks are its rows.)
    let numbered_over_blocks = caption.is_some_and(|c| is_numbered_caption(c.1))
        && probe.len() >= 6
        && probe.iter().skip(1).filter(|p| p.gap > 0).count() >= 2
        && probe.iter().skip(1).filter(|p| p.gap == 0).count() >= probe.len() / 2;
    if !anchored && !valued && !headed && !numbered_over_blocks {
        return Err(NotATable("no row number or attribute word near the header"));
    }
    let end = if probe_end < probe_len {
        probe_end
    } else {
        (1..lines.len())
            .position(stop_at)
            .map_or(lines.len(), |p| p + 1)
    };
    let region = &lines[..end];
    let decorated: Vec<usize> = (0..end)
        .filter(|&i| is_decorated_page_number(region[i].text))
        .collect();
    // Where the table goes on after a page break (`续表`, the header again), those lines are
    // set aside and the rows read on.
    let continued = continuation_lines(region);
    let mut set_aside: Vec<usize> = decorated.iter().chain(&continued).copied().collect();
    set_aside.sort_unstable();
    let mut best = attempt(region, set_aside, above)?;
    if opts.paged && best.problems() > 0 {
        best = without_bare_page_number(region, best, above, opts.last_page);
    }
    let Attempt {
        ps,
        mut acc,
        used,
        skip,
    } = best;
    // The lines read with the caption, reported where they were joined to it.
    let mut lead_joins = Vec::new();
    let mut prev: Option<(usize, &str)> = caption.map(|(no, t)| (no, clean(t)));
    for l in head {
        let t = clean(l.text);
        let what = match prev {
            None if is_unit_line(t) => format!("unit line `{t}` read as the table's caption"),
            None => format!("`{t}` above a unit line read as the table's caption"),
            Some(_) if is_unit_line(t) => format!("unit line `{t}` read with the caption"),
            Some((_, p)) => {
                format!("caption split over two lines: `{p}` + `{t}` read as one caption")
            }
        };
        lead_joins.push((prev.map(|p| p.0).into_iter().chain([l.no]).collect(), what));
        prev = Some((l.no, t));
    }
    acc.joins.splice(0..0, lead_joins);
    let mut consumed = ps[used - 1].end;
    let mut line_nos: Vec<usize> = caption.map(|c| c.0).into_iter().collect();
    line_nos.extend(head.iter().map(|l| l.no));
    line_nos.extend(ps[..used].iter().flat_map(|p| p.nos.iter().copied()));
    let title: Vec<&str> = caption
        .map(|c| clean(c.1))
        .into_iter()
        .chain(head.iter().map(|l| clean(l.text)))
        .collect();
    let mut table = Table {
        id: id.to_string(),
        title: title.join(" "),
        columns: std::mem::take(&mut acc.columns),
        column_groups: std::mem::take(&mut acc.column_groups),
        rows: std::mem::take(&mut acc.rows),
        notes: Vec::new(),
        caption_below: false,
        continued: Vec::new(),
    };
    // A caption below the table: the one short caption line left before the next stop.
    if !headed_above && used + 1 == ps.len() {
        if let Some(p) = ps.get(used) {
            let t = p.text();
            if p.parts.len() == 1 && is_caption_below(&t) {
                table.title = t;
                table.caption_below = true;
                line_nos.extend(p.nos.iter().copied());
                consumed = p.end;
            }
        }
    }
    // Page numbers right after the table are set aside with it.
    while consumed < end && skip.binary_search(&consumed).is_ok() {
        consumed += 1;
    }
    // Lines left before the next heading: kept as text, and listed when they may be table data.
    if let Some(rest) = ps
        .get(used..)
        .filter(|r| !r.is_empty() && !table.caption_below)
    {
        if rest.iter().any(|p| {
            let t = p.text();
            int_of(&t).is_some() || is_attr(&t) || is_header_cell(p)
        }) {
            acc.warnings.push((
                rest[0].first_no(),
                format!(
                    "the table ends at line {}; the {} line(s) after it up to the next heading do not fit its rows and are kept as text",
                    ps[used - 1].nos.last().copied().unwrap_or(0),
                    rest.iter().map(|p| p.nos.len()).sum::<usize>()
                ),
            ));
        }
    }
    // A numbered caption below the table (`表1 …`, which ends the region as a stop), with none
    // above: the table's when no table follows it (a note, a heading, a sentence or the end
    // comes next; a caption followed by cells heads the next table).
    let mut notes_at = end;
    if !headed_above && !table.caption_below && consumed == end {
        let below = lines.get(end).filter(|l| {
            let t = clean(l.text);
            is_numbered_caption(t) && is_caption(t)
        });
        let after = lines.get(end + 1).map(|l| clean(l.text));
        if let Some(l) = below
            .filter(|_| after.is_none_or(|n| is_note_start(n) || is_stop(n) || n.contains('。')))
        {
            table.title = clean(l.text).to_string();
            table.caption_below = true;
            line_nos.push(l.no);
            consumed += 1;
            notes_at += 1;
        }
    }
    // Notes: a `注` paragraph right after the table, and the numbered notes that follow it.
    if consumed == notes_at {
        let (notes, used_lines, nos) = read_notes(&lines[notes_at..]);
        table.notes = notes;
        consumed += used_lines;
        line_nos.extend(nos);
        let first_no = line_nos.first().copied().unwrap_or(0);
        for m in gaps_placed_by_notes(&mut table, false)
            .into_iter()
            .chain(units_placed_by_notes(&mut table))
        {
            acc.warnings.push((first_no, m));
        }
        gaps_placed_by_column_notes(&mut table, &mut acc.warnings);
    }
    let kept: Vec<usize> = continued
        .iter()
        .copied()
        .filter(|&i| i < consumed)
        .collect();
    table.continued = breaks(&lines[..consumed], &kept, &table.rows);
    line_nos.extend(kept.iter().filter_map(|&i| lines.get(i)).map(|l| l.no));
    let mut parsed = ParsedTable::new(id, line_nos);
    parsed.table = table;
    parsed.short_rows = acc.short_rows;
    parsed.joins = acc.joins;
    parsed.warnings = acc.warnings;
    parsed.page_numbers = skip
        .iter()
        .filter(|&&i| i < consumed && continued.binary_search(&i).is_err())
        .filter_map(|&i| lines.get(i))
        .map(|l| (l.no, clean(l.text).to_string()))
        .collect();
    Ok(Read {
        parsed,
        consumed: consumed + head.len(),
    })
}

/// A line that says the table goes on from the page before: `续表`, `续表1`, `（续表）`,
/// `续上表`, `表2（续）`.
pub fn is_continuation_mark(t: &str) -> bool {
    let t = strip_spaces(clean(t));
    let t = t.trim_end_matches(['：', ':']);
    let t = t
        .strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']))
        .unwrap_or(t);
    // (A table's number by its chapter, `续表4-1`, too.)
    let numbered = |r: &str| {
        r.chars()
            .all(|c| c.is_ascii_digit() || "０１２３４５６７８９-－.．".contains(c))
            && !r.starts_with(['-', '－', '.', '．'])
            && !r.ends_with(['-', '－', '.', '．'])
    };
    t.strip_prefix("续表").is_some_and(numbered)
        || t == "续上表"
        || t.strip_prefix('表').is_some_and(|r| {
            r.strip_suffix("（续）")
                .or_else(|| r.strip_suffix("(续)"))
                .or_else(|| r.strip_suffix('续'))
                .is_some_and(|n| !n.is_empty() && numbered(n))
        })
}

/// Indexes in `region` of each continuation mark ([`is_continuation_mark`]) and of the header
/// lines repeated right after it: the lines after the mark that repeat the region's first lines,
/// two at least (the header as the table's start wrote it).
fn continuation_lines(region: &[SrcLine]) -> Vec<usize> {
    let filled: Vec<usize> = (0..region.len())
        .filter(|&i| !clean(region[i].text).is_empty())
        .collect();
    let mut out = Vec::new();
    for (f, &i) in filled.iter().enumerate() {
        // (Or the header again with no mark, three lines of it at least, after a page break:
        // `指 标` `2020年` `2025年` `属 性` between two rows.)
        if f >= 3 && !is_continuation_mark(region[i].text) {
            let t = clean(region[i].text);
            let again = filled[f..]
                .iter()
                .zip(&filled)
                .take_while(|&(&a, &h)| h < i && clean(region[a].text) == clean(region[h].text))
                .count();
            if again >= 3
                && clean(region[filled[0]].text) == t
                && !is_value_cell(t)
                && int_of(t).is_none()
            {
                out.extend(&filled[f..f + again]);
            }
            continue;
        }
        if f == 0 {
            continue;
        }
        let again = filled[f + 1..]
            .iter()
            .zip(&filled)
            .take_while(|&(&a, &h)| a != i && clean(region[a].text) == clean(region[h].text))
            .count();
        if again >= 2 {
            out.push(i);
            out.extend(&filled[f + 1..f + 1 + again]);
        }
    }
    // (In order and once each: a block found both ways is one.)
    out.sort_unstable();
    out.dedup();
    out
}

/// The table's breaks ([`Continued`]) from the indexes in `lines` of each continuation mark and
/// the header lines repeated after it ([`continuation_lines`]): each stands before the row that
/// the first line after it opens (its number, its name, or else its first cell or group).
fn breaks(lines: &[SrcLine], set_aside: &[usize], rows: &[TableRow]) -> Vec<Continued> {
    let mut out: Vec<Continued> = Vec::new();
    let mut k = 0;
    while let Some(&m) = set_aside.get(k) {
        // (A header written again with no mark: no mark, the header the lines that run on
        // from its first, blank lines between.)
        let marked = is_continuation_mark(lines[m].text);
        let mut last = m;
        let header = set_aside[k + 1..]
            .iter()
            .take_while(|&&i| {
                let on = !is_continuation_mark(lines[i].text)
                    && (marked
                        || lines
                            .get(last.saturating_add(1)..i)
                            .is_some_and(|ls| ls.iter().all(|l| clean(l.text).is_empty())));
                last = i;
                on
            })
            .count();
        k += 1 + header;
        let after = set_aside.get(k - 1).copied().unwrap_or(m);
        let first = lines
            .iter()
            .skip(after + 1)
            .map(|l| clean(l.text))
            .find(|t| !t.is_empty())
            .unwrap_or("");
        let from = out.last().map_or(0, |c| c.before);
        let first_bare = strip_spaces(first);
        let opens = |r: &TableRow| {
            let number = r.number.as_deref().unwrap_or("");
            !first.is_empty()
                && (number == first
                    || r.name == first
                    || format!("{number}{}", r.name).starts_with(first)
                    || r.name.starts_with(first)
                    // (`7. 护理型…` as written, the row's number and name apart.)
                    || strip_spaces(&format!("{number}{}", r.name)).starts_with(&first_bare))
        };
        let holds = |r: &TableRow| {
            !first.is_empty()
                && (r.group.as_deref() == Some(first)
                    || r.cells.first().is_some_and(|c| c.starts_with(first)))
        };
        let before = (from..rows.len())
            .find(|&i| opens(&rows[i]))
            .or_else(|| (from..rows.len()).find(|&i| holds(&rows[i])))
            .unwrap_or(rows.len());
        out.push(Continued {
            before,
            mark: if marked {
                clean(lines[m].text).to_string()
            } else {
                String::new()
            },
            header: header > 0 || !marked,
        });
    }
    out
}

/// How many of `lines` belong with the caption: the rest of a caption that is only its number
/// (`表1`), then unit lines; with no caption, a short line followed by a unit line is the caption.
fn lead_lines(caption: Option<&str>, lines: &[SrcLine]) -> usize {
    let text = |i: usize| lines.get(i).map(|l| clean(l.text));
    let mut n = 0;
    match caption {
        Some(c) if is_bare_caption(c) => {
            if text(0).is_some_and(|t| is_caption(t) && !is_stop(t) && !is_unit_line(t)) {
                n = 1;
            }
        }
        Some(_) => {}
        None => {
            let captionish = |t: &str| {
                (2..=MAX_CAPTION_CHARS).contains(&t.chars().count())
                    && !t.contains(['。', '；', ';', '\t'])
                    && !is_stop(t)
                    && !is_unit_line(t)
                    && int_of(t).is_none()
                    && !is_attr(t)
            };
            if text(0).is_some_and(captionish) && text(1).is_some_and(is_unit_line) {
                n = 1;
            }
        }
    }
    // (A note in brackets under the caption, `（按项目类型分类）`, is the caption's.)
    if (caption.is_some() || n > 0) && text(n).is_some_and(is_caption_note) {
        n += 1;
    }
    let units = n + 2;
    while n < units && text(n).is_some_and(is_unit_line) {
        n += 1;
    }
    n
}

/// A short note wholly in brackets that can stand under a table's caption: `（按项目类型分类）`,
/// `（2026—2030年）`; no unit line, no sentence, no number in brackets (`（1）`, `（一）`).
fn is_caption_note(t: &str) -> bool {
    const MAX_NOTE_CHARS: usize = 24;
    let t = clean(t);
    let inner = t
        .strip_prefix(['（', '('])
        .and_then(|x| x.strip_suffix(['）', ')']));
    inner.is_some_and(|x| {
        let n = x.chars().count();
        (2..=MAX_NOTE_CHARS).contains(&n)
            && !x.contains(['。', '；', ';', '（', '(', '）', ')'])
            && int_of(x).is_none()
            && cn_marker(x).is_none()
    }) && !is_unit_line(t)
}

/// A caption that is only the table's number: `表1`, `表 2：`, `附表3`, or the label of a plan's
/// one appended table, `附表`.
fn is_bare_caption(t: &str) -> bool {
    let t = clean(t);
    let (appended, t) = match t.strip_prefix('附') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let Some(rest) = t.strip_prefix('表') else {
        return false;
    };
    let rest = rest
        .trim_matches(is_space)
        .trim_end_matches(['：', ':', '.', '．'])
        .trim_end_matches(is_space);
    (appended || !rest.is_empty())
        && rest.chars().count() <= 3
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || "０１２３４５６７８９".contains(c))
}

/// A line giving the unit of a table: `单位：%`, `（单位：万人）`, `计量单位:亿元`.
pub fn is_unit_line(t: &str) -> bool {
    let t = clean(t);
    let t = t
        .strip_prefix(['（', '('])
        .and_then(|x| x.strip_suffix(['）', ')']))
        .unwrap_or(t)
        .trim_matches(is_space);
    let Some(rest) = t
        .strip_prefix("计量单位")
        .or_else(|| t.strip_prefix("单位"))
    else {
        return false;
    };
    let Some(rest) = rest.trim_start_matches(is_space).strip_prefix(['：', ':']) else {
        return false;
    };
    let rest = rest.trim_matches(is_space);
    !rest.is_empty() && rest.chars().count() <= 20 && !rest.contains(['。', '；', ';', '\t'])
}

/// A page number in page furniture dress: `— 3 —`, `- 12 -`, `－5－`.
pub fn is_decorated_page_number(t: &str) -> bool {
    if crate::grammar::page_of_pages(t).is_some() {
        return true;
    }
    let dash = |c: char| "-—–－".contains(c);
    let t = clean(t);
    let (Some(a), Some(b)) = (t.chars().next(), t.chars().last()) else {
        return false;
    };
    let inner = t.trim_matches(|c: char| dash(c) || is_space(c));
    dash(a)
        && dash(b)
        && (1..=4).contains(&inner.len())
        && inner.bytes().all(|x| x.is_ascii_digit())
}

/// The number of a page-number line: `3` of `— 3 —`, `3` or `第 3 页 共 20 页`.
pub fn page_value(t: &str) -> Option<u32> {
    if let Some(n) = crate::grammar::page_of_pages(t) {
        return Some(n);
    }
    let inner = clean(t).trim_matches(|c: char| "-—–－".contains(c) || is_space(c));
    int_of(inner)
}

/// One reading of a table's region with some lines set aside as page numbers.
struct Attempt {
    ps: Vec<Piece>,
    acc: Acc,
    /// Pieces used by the table (at least one).
    used: usize,
    /// Indices of the lines set aside, sorted.
    skip: Vec<usize>,
}

impl Attempt {
    /// Places the reader had to repair or guess.
    fn problems(&self) -> usize {
        self.acc.warnings.len() + self.acc.joins.len() + self.acc.short_rows.len()
    }
    fn items(&self) -> usize {
        self.acc
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Item)
            .count()
    }
    /// Index of the line after the last one used.
    fn end(&self) -> usize {
        self.ps.get(self.used.wrapping_sub(1)).map_or(0, |p| p.end)
    }
    /// How well the rows fit their columns: (repairs and guesses, cells out of their column's
    /// kind or beyond the columns).
    fn cost(&self) -> (usize, usize) {
        (
            self.problems(),
            grid_mismatch(&self.acc.columns, &self.acc.rows),
        )
    }
}

/// Reads the pieces of `region` without the lines `skip` (sorted indices).
fn attempt(region: &[SrcLine], skip: Vec<usize>, above: Above) -> Result<Attempt, NotATable> {
    let mut kept: Vec<SrcLine> = Vec::with_capacity(region.len());
    let mut index: Vec<usize> = Vec::with_capacity(region.len());
    let mut carry = 0usize;
    for (i, l) in region.iter().enumerate() {
        if skip.binary_search(&i).is_ok() {
            carry = carry.max(l.blanks_before);
            continue;
        }
        let mut l = *l;
        l.blanks_before = l.blanks_before.max(carry);
        carry = 0;
        kept.push(l);
        index.push(i);
    }
    let mut ps = pieces(&kept);
    for p in &mut ps {
        p.end = p
            .end
            .checked_sub(1)
            .and_then(|e| index.get(e))
            .map_or(p.end, |&i| i + 1);
    }
    // (Group rows of a table in row blocks are read apart from its rows, as categories.)
    if let Some(grouped) = attempt_grouped_blocks(&ps, above, &skip) {
        return Ok(grouped);
    }
    attempt_pieces(ps, above, skip)
}

/// Reads the pieces `ps` of a region (`skip`: the lines set aside).
fn attempt_pieces(
    mut ps: Vec<Piece>,
    above: Above,
    skip: Vec<usize>,
) -> Result<Attempt, NotATable> {
    let captioned = above != Above::Nothing;
    let mut acc = Acc::default();
    split_category_over_next(&mut ps);
    split_years_in_header(&mut ps);
    split_row_blocks(&mut ps);
    join_names_split_in_blocks(&mut ps, &mut acc);
    glue_parentheticals(&mut ps, &mut acc);
    glue_open_clauses(&mut ps, &mut acc);
    glue_list_tails(&mut ps, &mut acc);
    glue_group_tails(&mut ps, &mut acc);
    glue_house_numbers(&mut ps, &mut acc);
    let glued = acc.clone();
    let shape = match shape(&ps, above, &mut acc) {
        Ok(shape) => shape,
        Err(e) => {
            // (Where the table reads no other way: a cell broken inside its brackets,
            // `沙洲村（含原` / `芦荡村）`, joined first.)
            acc = glued;
            let n = ps.len();
            glue_unclosed_brackets(&mut ps, &mut acc);
            if ps.len() == n {
                return Err(e);
            }
            shape(&ps, above, &mut acc)?
        }
    };
    let used = shape.used.min(ps.len());
    if used == 0 {
        return Err(NotATable("no rows"));
    }
    gap_by_total(&mut acc);
    gaps_of_a_merged_column(&mut acc);
    let items = acc.rows.iter().filter(|r| r.kind == RowKind::Item).count();
    if items == 0 || acc.columns.len() < 2 {
        return Err(NotATable("no rows"));
    }
    if !captioned && (items < 2 || acc.columns.len() < 3) {
        return Err(NotATable(
            "too small to be a table without a caption: fewer than two rows or three columns",
        ));
    }
    Ok(Attempt {
        ps,
        acc,
        used,
        skip,
    })
}

/// The lines of `lines` (a header block and rows in blocks after it) that are group rows of the
/// table: each a block of one line labelled as a chapter (`一、市级场馆`), numbered `一` right
/// under the header block and on in sequence, each followed by a block of two lines or more.
fn block_group_lines(lines: &[SrcLine]) -> Vec<usize> {
    let block_end = |i: usize| {
        (i + 1..lines.len())
            .find(|&j| lines[j].blanks_before > 0)
            .unwrap_or(lines.len())
    };
    let mut groups = Vec::new();
    // The header: the first block, of two lines or more.
    let mut at = block_end(0);
    if at < 2 {
        return groups;
    }
    let mut next = 1;
    while let Some(l) = lines.get(at) {
        let end = block_end(at);
        let grouped = end == at + 1
            && group_label(l.text).is_some_and(|g| g.2 == next)
            && block_end(end) >= end + 2;
        if grouped {
            groups.push(at);
            next += 1;
        } else if groups.is_empty() || is_stop(l.text) {
            break;
        }
        at = end;
    }
    groups
}

/// The lines of a table under a category header that are its categories' labels numbered as
/// chapters: the first row's first cell numbered one (`一、发展水平`, every header cell before it
/// a column's name), then each label numbered next in sequence, each followed by a row's cell
/// rather than another label. Empty when the first row opens with no such label.
fn category_group_lines(lines: &[SrcLine]) -> Vec<usize> {
    let mut groups = Vec::new();
    let Some(first) = (1..lines.len().min(ANCHOR_WINDOW)).find(|&i| is_stop(lines[i].text)) else {
        return groups;
    };
    let header_names = (1..first)
        .map(|i| clean(lines[i].text))
        .filter(|t| !t.is_empty())
        // (Quotes aside: `“十三五”规划目标`.)
        .all(|t| {
            t.chars().filter(|c| !"“”\"".contains(*c)).count() <= MAX_COLUMN_NAME_CHARS
                && !is_value_cell(t)
        });
    if !header_names || first < 3 {
        return groups;
    }
    let mut next = 1;
    for (i, l) in lines.iter().enumerate().skip(first) {
        if !is_stop(l.text) {
            continue;
        }
        let in_sequence = group_label(l.text).is_some_and(|g| g.2 == next);
        let row_follows = lines
            .get(i + 1..)
            .unwrap_or(&[])
            .iter()
            .find(|n| !clean(n.text).is_empty())
            .is_some_and(|n| !is_stop(n.text));
        if !(in_sequence && row_follows) {
            break;
        }
        groups.push(i);
        next += 1;
    }
    groups
}

/// Reads a table in row blocks with group rows between them (`一、市级场馆` over its venues'
/// blocks): its rows read without the group lines, one row per block, each group row then
/// placed as a category before its blocks' rows. None when the table has no such group rows or
/// its rows are not one per block (the table is read as written).
fn attempt_grouped_blocks(ps: &[Piece], above: Above, skip: &[usize]) -> Option<Attempt> {
    if above == Above::Nothing || ps.len() < 4 {
        return None;
    }
    // The header block, then a group piece (a block of one piece) numbered in sequence.
    let header = 1 + ps.iter().skip(1).take_while(|p| p.gap == 0).count();
    if header < 2 {
        return None;
    }
    let one_block = |i: usize| {
        ps.get(i).is_some_and(|p| p.gap > 0 && p.parts.len() == 1)
            && ps.get(i + 1).is_none_or(|n| n.gap > 0)
    };
    let mut groups: Vec<(usize, (String, String, u32))> = Vec::new();
    for (i, p) in ps.iter().enumerate().skip(header) {
        let expected = u32::try_from(groups.len() + 1).ok()?;
        match group_label(&p.text()) {
            Some(g) if one_block(i) && g.2 == expected => groups.push((i, g)),
            _ if i == header => return None,
            _ => {}
        }
    }
    // Each group over a block of two pieces or more.
    if groups.iter().any(|&(i, _)| {
        ps.get(i + 1..i + 3)
            .is_none_or(|b| b.iter().skip(1).any(|p| p.gap > 0))
    }) {
        return None;
    }
    let grouped: Vec<usize> = groups.iter().map(|g| g.0).collect();
    let kept: Vec<Piece> = (0..ps.len())
        .filter(|i| grouped.binary_search(i).is_err())
        .map(|i| ps[i].clone())
        .collect();
    let mut a = attempt_pieces(kept, above, skip.to_vec()).ok()?;
    // (The last piece read, as the region's lines: the reader may have joined pieces.)
    let end = a.ps.get(a.used.checked_sub(1)?)?.end;
    let last = ps.iter().rposition(|p| p.end <= end)?;
    // Rows per group: the blocks from its line to the next group's or the last piece read.
    let bounds: Vec<usize> = grouped.iter().copied().chain([last + 1]).collect();
    let blocks: Vec<usize> = bounds
        .windows(2)
        .map(|w| (w[0] + 1..w[1]).filter(|&i| ps[i].gap > 0).count())
        .collect();
    let items = a
        .acc
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Item)
        .count();
    if a.acc.rows.len() != items || blocks.iter().sum::<usize>() != items || blocks.contains(&0) {
        return None;
    }
    let mut rows = std::mem::take(&mut a.acc.rows).into_iter();
    let mut next = 1;
    for ((i, g), n) in groups.into_iter().zip(blocks) {
        push_group_row(&mut a.acc, &ps[i], g, &mut next);
        a.acc.rows.extend(rows.by_ref().take(n));
    }
    a.ps = ps.to_vec();
    a.used = last + 1;
    Some(a)
}

/// Bare numbers tried as page numbers, at most this many.
const PAGE_NUMBER_TRIES: usize = 8;

/// In a paged seed: the reading without one bare number (`3`) inside the table, when it follows
/// a page number seen (`last_page`, or one set aside inside the table) and the row grid proves
/// that line extra (the rows fit with fewer repairs and no cell out of its column's kind). When
/// several numbers fit equally, the one following `last_page` is taken, else none and the place
/// is reported.
fn without_bare_page_number(
    region: &[SrcLine],
    base: Attempt,
    above: Above,
    last_page: Option<u32>,
) -> Attempt {
    // The lines the reader repaired or warned about.
    let mut trouble: Vec<usize> = base
        .acc
        .warnings
        .iter()
        .map(|w| w.0)
        .chain(base.acc.joins.iter().flat_map(|j| j.0.iter().copied()))
        .chain(base.acc.short_rows.iter().copied())
        .filter_map(|no| region.binary_search_by_key(&no, |l| l.no).ok())
        .collect();
    trouble.sort_unstable();
    trouble.dedup();
    let reach = base.acc.columns.len() + 2;
    // A page number follows the last one seen: before the table, or set aside inside it. A value
    // of the table that would make the rows fit is no page number for that alone.
    let seen: Vec<u32> = last_page
        .into_iter()
        .chain(
            base.skip
                .iter()
                .filter_map(|&i| page_value(region.get(i)?.text)),
        )
        .collect();
    let mut cands: Vec<(usize, usize)> = (0..base.end().min(region.len()))
        .filter(|i| base.skip.binary_search(i).is_err())
        .filter(|&i| {
            int_of(region[i].text)
                .is_some_and(|n| n > 0 && seen.iter().any(|&p| p.checked_add(1) == Some(n)))
        })
        .filter_map(|i| {
            // The nearest line in trouble, on either side.
            let at = trouble.partition_point(|&t| t < i);
            let d = [at.checked_sub(1), Some(at)]
                .into_iter()
                .flatten()
                .filter_map(|j| trouble.get(j))
                .map(|&t| t.abs_diff(i))
                .min()?;
            (d <= reach).then_some((d, i))
        })
        .collect();
    cands.sort_unstable();
    cands.truncate(PAGE_NUMBER_TRIES);
    let base_cost = base.cost();
    let mut fits: Vec<(Attempt, usize)> = Vec::new();
    for &(_, i) in &cands {
        let mut skip = base.skip.clone();
        skip.push(i);
        skip.sort_unstable();
        let Ok(a) = attempt(region, skip, above) else {
            continue;
        };
        let cost = a.cost();
        if a.end() >= base.end()
            && a.items() >= base.items()
            && cost.0 < base_cost.0
            && cost.1 <= base_cost.1
        {
            fits.push((a, i));
        }
    }
    let Some(best) = fits.iter().map(|f| f.0.cost()).min() else {
        return base;
    };
    fits.retain(|f| f.0.cost() == best);
    if fits.len() > 1 {
        let next = |f: &(Attempt, usize)| {
            last_page.is_some_and(|p| int_of(region[f.1].text) == Some(p + 1))
        };
        if fits.iter().filter(|f| next(f)).count() == 1 {
            fits.retain(next);
        }
    }
    if fits.len() == 1 {
        return fits.pop().map_or(base, |f| f.0);
    }
    let mut base = base;
    let nos: Vec<String> = fits
        .iter()
        .map(|f| format!("`{}` (line {})", clean(region[f.1].text), region[f.1].no))
        .collect();
    if let Some(first) = fits.first() {
        base.acc.warnings.push((
            region[first.1].no,
            format!(
                "one of the numbers {} may be a page number; the rows do not tell which, all kept as cells",
                nos.join(", ")
            ),
        ));
    }
    base
}

/// Whether a cell holds a number (`120`, `≥20.1`, `35%`), not words or a unit.
fn is_numberish(t: &str) -> bool {
    t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| {
            c.is_ascii_digit()
                || is_space(c)
                || ".%‰≥≤＞＜><~～-—–+＋/，,．:：〔〕［］[]（）()".contains(c)
        })
}

/// A ratio (`1:18`, `1∶21`, `1：2.5`): a value, never a unit.
fn is_ratio(t: &str) -> bool {
    let t = strip_spaces(t);
    let number = |x: &str| {
        x.chars().next().is_some_and(|c| c.is_ascii_digit())
            && x.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    t.split_once([':', '∶', '：'])
        .is_some_and(|(a, b)| number(a) && number(b))
}

/// A value cell of a row of a name and values: a number (`3.5`, `〔15〕`, or about one: `约185`),
/// or a short cell that starts with one (`15家`, `5以内`, `3.5万人`) and names no year (`2025年`
/// heads a column).
fn is_value_cell(t: &str) -> bool {
    let t = clean(t);
    is_numberish(t)
        || t.strip_prefix('约').is_some_and(is_numberish)
        || (t.starts_with(|c: char| c.is_ascii_digit())
            && t.chars().count() <= 12
            && !t.contains(['。', '；', '，'])
            && !names_year(t))
}

/// A name that opens with a thing's number: `3号线二期`, `1号线东延伸`, `3号地块绿地`.
fn numbered_name(t: &str) -> bool {
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.strip_prefix('号')
        .and_then(|r| r.chars().next())
        .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Cells out of their column's kind (a number where the other rows have words, or the other way
/// round), plus cells beyond the columns.
fn grid_mismatch(columns: &[String], rows: &[TableRow]) -> usize {
    let items: Vec<Vec<&str>> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item)
        .map(|r| {
            std::iter::once(r.name.as_str())
                .chain(r.cells.iter().map(String::as_str))
                .collect()
        })
        .collect();
    let k = columns.len();
    let mut bad: usize = items.iter().map(|r| r.len().saturating_sub(k)).sum();
    for c in 0..k {
        let kinds: Vec<bool> = items
            .iter()
            .filter_map(|r| r.get(c).filter(|t| !t.is_empty()).map(|t| is_numberish(t)))
            .collect();
        let num = kinds.iter().filter(|&&n| n).count();
        let words = kinds.len() - num;
        bad += kinds
            .iter()
            .filter(|&&n| if n { words > num - 1 } else { num > words - 1 })
            .count();
    }
    bad
}

/// Splits lines into pieces: one per line when the first paragraph holds three lines or more
/// (row blocks, or no blank lines at all) or when rows in blocks follow a header of one cell per
/// paragraph; one per line for a header in one block over cells one per paragraph, then one per
/// paragraph; else one per paragraph.
fn pieces(lines: &[SrcLine]) -> Vec<Piece> {
    // Lines of the first paragraphs: three, and those of a header of one cell per paragraph
    // with the three after it.
    const MOST_HEADER_CELLS: usize = 12;
    let mut paras: Vec<usize> = Vec::new();
    let mut blanks = 0usize;
    for l in lines {
        if clean(l.text).is_empty() {
            blanks += 1;
            continue;
        }
        let goes_on = blanks == 0 && l.blanks_before == 0;
        blanks = 0;
        if let (true, Some(n)) = (goes_on, paras.last_mut()) {
            *n += 1;
        } else {
            let singles = header_cells(&paras);
            let enough = paras.len() >= 3
                && if singles == paras.len() {
                    paras.len() >= MOST_HEADER_CELLS
                } else {
                    paras.len() >= singles + 3
                };
            if enough {
                break;
            }
            paras.push(1);
        }
    }
    // Row blocks of two cells (`名词` / `解释`) are paragraphs of two lines, three in a row.
    // (Under a header of one cell per paragraph, rows in blocks: of the three paragraphs after
    // it, two of three lines or more.)
    let singles = header_cells(&paras);
    let blocks_under_header = singles >= 2
        && paras
            .get(singles..)
            .is_some_and(|after| after.iter().take(3).filter(|&&n| n >= 3).count() >= 2);
    // (A header in one block over cells one per paragraph, `类别` `序号` … / `公园城市建设` /
    // `1`: the header's lines are cells, the paragraphs after it one each, so that a cell split
    // over two lines stays one.)
    let header_lines = match paras.as_slice() {
        [first, 1, 1] if *first >= 3 => *first,
        _ => 0,
    };
    let line_mode = blocks_under_header
        || match paras.as_slice() {
            [first, 1, 1] if *first >= 3 => false,
            [first, ..] if *first >= 3 => true,
            [2, b, c, ..] => *b >= 2 && *c >= 2,
            _ => false,
        };
    // (Over rows in blocks, a header cell broken over two lines, `2022年` / `基数`, is one.)
    let header_paras = if blocks_under_header { singles } else { 0 };
    let mut out: Vec<Piece> = Vec::new();
    let mut pending_blanks = 0usize;
    let mut seen = 0usize;
    let mut paras_seen = 0usize;
    for (i, l) in lines.iter().enumerate() {
        let t = clean(l.text);
        if t.is_empty() {
            pending_blanks += 1 + l.blanks_before;
            continue;
        }
        let gap = l.blanks_before + pending_blanks;
        pending_blanks = 0;
        seen += 1;
        if gap > 0 || seen == 1 {
            paras_seen += 1;
        }
        let joins = if line_mode {
            paras_seen <= header_paras
        } else {
            seen > header_lines
        };
        match out.last_mut() {
            Some(last) if joins && gap == 0 => {
                last.parts.push(t.to_string());
                last.nos.push(l.no);
                last.end = i + 1;
            }
            _ => out.push(Piece {
                parts: vec![t.to_string()],
                nos: vec![l.no],
                gap,
                end: i + 1,
            }),
        }
    }
    out
}

/// How many of the first paragraphs (their lengths in lines) may be a header's cells one per
/// paragraph: paragraphs of one line, and among them up to three of two lines after one of one,
/// header cells broken over two lines (`2022年` / `基数`, `2021年` / `（基期）`).
fn header_cells(paras: &[usize]) -> usize {
    // (`2021年` / `（基期）` and `2024年` / `（目标）`, one after the other.)
    const MOST_BROKEN: usize = 3;
    let mut broken = 0;
    paras
        .iter()
        .enumerate()
        .take_while(|&(i, &n)| {
            n == 1
                || (n == 2
                    && broken < MOST_BROKEN
                    && i > 0
                    && paras.get(i + 1).is_none_or(|&m| m <= 2)
                    && {
                        broken += 1;
                        true
                    })
        })
        .count()
}

/// What stands above a table's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Above {
    /// Nothing that heads it.
    Nothing,
    /// A caption, a caption's lead lines, or a 专栏 title.
    Caption,
    /// A caption alone, short enough to be the names' header cell itself (`指标`,
    /// `主要指标`): no reading may take the names' column as unnamed under it.
    ShortCaption,
}

/// What the shape readers build.
#[derive(Debug, Default, Clone)]
struct Acc {
    columns: Vec<String>,
    column_groups: Vec<ColumnGroup>,
    rows: Vec<TableRow>,
    short_rows: Vec<usize>,
    joins: Vec<(Vec<usize>, String)>,
    warnings: Vec<(usize, String)>,
}

impl Acc {
    fn join(&mut self, a: &Piece, b: &Piece, what: &str) {
        let mut nos = a.nos.clone();
        nos.extend(b.nos.iter().copied());
        nos.dedup();
        self.joins.push((
            nos,
            format!("{what}: `{}` + `{}` read as one cell", a.text(), b.text()),
        ));
    }
}

/// A cell wholly in parentheses (`（平方公里）`, `（2021年-2025年）`) continues the cell before it.
fn glue_parentheticals(ps: &mut Vec<Piece>, acc: &mut Acc) {
    glue_where(ps, acc, |prev, next| {
        let (prev, t) = (prev.text(), next.text());
        (t.starts_with('（') || t.starts_with('('))
            && label(&t).is_none()
            && t.chars().count() <= 30
            && cn_marker(&prev).is_none()
            && !is_attr(&prev)
            && !is_number_header(&prev)
    });
}

/// A list of names broken before its last, joined by a conjunction (`澄心路、澄北路、望潮路` /
/// `和汇澄江围合区域`), in one block of lines: one cell.
fn glue_list_tails(ps: &mut Vec<Piece>, acc: &mut Acc) {
    glue_where(ps, acc, |prev, next| {
        let (a, b) = (prev.text(), next.text());
        // (A list's `、`, not a label's: `三、人力资源服务` / `和劳动关系` is a category's
        // name over two lines, joined as such.)
        next.gap == 0
            && label(&a).map_or(a.contains('、'), |l| l.rest.contains('、'))
            && !a.ends_with(['。', '；', '，', '、', '：'])
            && ["和", "及", "以及", "与"].iter().any(|w| b.starts_with(w))
            && !b.contains('、')
            && !is_value_cell(&b)
            && !is_stop(&b)
            && !is_note_start(&b)
    });
}

/// A group's name numbered as a chapter, stopped mid-phrase at a line's end (`三、托养照护和` /
/// `康复服务`, in one block of lines): one name.
fn glue_group_tails(ps: &mut Vec<Piece>, acc: &mut Acc) {
    glue_where(ps, acc, |prev, next| {
        let (a, b) = (prev.text(), next.text());
        next.gap == 0
            && group_label(&a).is_some()
            && stops_mid_phrase(&a)
            && b.chars().count() <= MAX_COLUMN_NAME_CHARS
            && int_of(&b).is_none()
            && !is_value_cell(&b)
            && !is_stop(&b)
            && label(&b).is_none()
    });
}

/// Joins a piece that closes a bracket the piece before it left open (`沙洲村（含原` /
/// `芦荡村）`): one cell broken inside its brackets.
fn glue_unclosed_brackets(ps: &mut Vec<Piece>, acc: &mut Acc) {
    let depth = |t: &str| {
        t.chars().fold(0i32, |d, c| match c {
            '（' | '(' => d + 1,
            '）' | ')' => d - 1,
            _ => d,
        })
    };
    glue_where(ps, acc, |prev, next| {
        let (prev, t) = (prev.text(), next.text());
        depth(&prev) == 1
            && depth(&t) == -1
            && t.chars().count() <= 30
            && !is_value_cell(&t)
            && !is_numberish(&t)
            && !is_attr(&t)
            && !is_stop(&t)
            && !is_note_start(&t)
    });
}

/// A cell of words that stops after a comma (`新建、改造消防水池（取水点）210处，`, or a list of
/// names after its `、`, `新港区、`) goes on in the paragraph after it (`增设室外消火栓360个`,
/// `青潭高新区`), unless that is a figure, a placeholder, an
/// attribute, a row's number or a line that ends the table. (A cell over two lines of one
/// block is the row readers' to join, against the row's width.)
fn glue_open_clauses(ps: &mut Vec<Piece>, acc: &mut Acc) {
    const LEAST_CHARS: usize = 6;
    glue_where(ps, acc, |prev, next| {
        let (prev, t) = (prev.text(), next.text());
        // (A list of names stopped at its `、` goes on however short: `新港区、` / `青潭高新区`.)
        next.gap > 0
            && ((prev.ends_with(['，', '；']) && prev.chars().count() >= LEAST_CHARS)
                || (prev.ends_with('、') && prev.chars().count() >= 3))
            && !is_value_cell(&t)
            && !is_numberish(&t)
            && !is_placeholder(&t)
            && !is_attr(&t)
            && row_number(&t).is_none()
            && cn_marker(&t).is_none()
            && !is_stop(&t)
            && !is_note_start(&t)
    });
}

/// A house number alone (`127号`, `16号院`) after a street's name (`澄江区解放路`) goes on with it:
/// an address broken before its number.
fn glue_house_numbers(ps: &mut Vec<Piece>, acc: &mut Acc) {
    glue_where(ps, acc, |prev, next| {
        let (prev, t) = (prev.text(), next.text());
        let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
        let rest: String = t.chars().skip(digits).collect();
        // (Or the last of a range of numbers, `临江路100—` / `120号`.)
        let range_open = {
            let mut back = prev.chars().rev();
            back.next()
                .is_some_and(|c| ['—', '－', '-', '~', '～', '至'].contains(&c))
                && back.next().is_some_and(|c| c.is_ascii_digit())
        };
        digits >= 1
            && ["号", "号院", "号楼"].contains(&rest.as_str())
            && prev.chars().count() >= 3
            && (prev.ends_with(['路', '街', '巷', '道', '弄', '里']) || range_open)
    });
}

/// The header cells `ps` as column names, CJK spacing collapsed (`指 标` is `指标`).
fn column_names(ps: &[Piece]) -> Vec<String> {
    ps.iter().map(|p| collapse_cjk_spacing(&p.text())).collect()
}

/// Joins each piece to the one before it where `goes_on(before, piece)` says it continues that
/// cell, each join reported as a split cell.
fn glue_where(ps: &mut Vec<Piece>, acc: &mut Acc, goes_on: impl Fn(&Piece, &Piece) -> bool) {
    let mut i = 1;
    while i < ps.len() {
        if goes_on(&ps[i - 1], &ps[i]) {
            let p = ps.remove(i);
            acc.join(&ps[i - 1], &p, "split cell");
            ps[i - 1].absorb(p);
        } else {
            i += 1;
        }
    }
}

/// How many pieces the table used.
#[derive(Clone, Copy)]
struct Shape {
    used: usize,
}

/// Finds the first row anchor and reads the rows by the layout it implies.
fn shape(ps: &[Piece], above: Above, acc: &mut Acc) -> Result<Shape, NotATable> {
    let captioned = above != Above::Nothing;
    let window = &ps[..ps.len().min(ANCHOR_WINDOW)];
    let short_prefix = window.iter().take_while(|p| is_header_cell(p)).count();
    let find = |f: &dyn Fn(&str) -> bool| window.iter().position(|p| f(&p.text()));
    // (Under a category header and no number's, `一、发展水平` is the first row's category.)
    let category_label = |i: usize| {
        ps.first().is_some_and(|p| is_category_header(&p.text()))
            && !ps[..i].iter().any(|p| is_number_header(&p.text()))
    };
    // (Not a number of a total row before the first row: `合计` `1` `5.1` `1` `防汛除涝`.)
    let f_num = (0..window.len()).find(|&i| {
        let t = window[i].text();
        (row_number(&t) == Some(1)
            || cn_marker(&t) == Some(1)
            || group_label(&t).is_some_and(|g| g.2 == 1) && !category_label(i))
            && !in_total(ps, usize::MAX, 1, 0, i)
    });
    let f_lab = find(&|t| labelled(t) == Some(1));
    let f_attr = find(&is_attr);
    let ok = |f: Option<usize>| f.filter(|&f| f >= 2 && f <= short_prefix);
    // A total row (`合计` and its numbers) between the header and the first row.
    let f_num = f_num.filter(|&f| f <= short_prefix || leading_total(ps, f).is_some());
    // (A `1` before a value, `新发现矿产地（处）` `1` `[3]`, under a header that names no
    // number column, is the first row's value, not its number.)
    let f_num = f_num.filter(|&f| {
        ps[..f].iter().any(|p| is_number_header(&p.text()))
            || !ps.get(f + 1).is_some_and(|p| {
                let t = p.text();
                is_value_cell(&t) || is_placeholder(&t)
            })
    });
    let ok_num = f_num.filter(|&f| f >= 2);
    // A `1` right after a cell that names no column but reads as a row's name (`街道` …
    // `社区食堂（家）` over `华阳路街道` `1` `3` `4`) may be the first row's value: rows of a
    // name and values are tried first.
    let value_first = |n: usize| {
        captioned
            && n >= 3
            && !ps[..n].iter().any(|p| is_number_header(&p.text()))
            && ps.get(n - 1).is_some_and(|p| {
                let t = p.text();
                !has_header_word(&t)
                    && !names_column(&t)
                    && !names_year(&t)
                    && !names_values(&t)
                    && bracketed_unit(&t).is_none()
            })
    };
    // (A category numbered as a chapter, `一、就业`, over rows of a name, figures and an
    // attribute, under no number column: rows by their attributes, the category a row of its
    // own.)
    let ok_num = ok_num.filter(|&n| {
        !(f_lab.is_none()
            && f_attr.is_some()
            && row_number(&ps[n].text()).is_none()
            && !ps[..n].iter().any(|p| is_number_header(&p.text())))
    });
    match (ok_num, ok(f_lab)) {
        (Some(n), Some(l)) if l < n => labelled_rows(ps, l, acc),
        // (A category numbered as a chapter right before the first row's numbered name, under
        // no number column: `一、健康教育与预防保健` / `1. 老年人健康素养水平(%)`.)
        (Some(n), Some(l))
            if l > n
                && l <= n + 2
                && row_number(&ps[n].text()).is_none()
                && !ps[..n].iter().any(|p| is_number_header(&p.text())) =>
        {
            labelled_rows(ps, l, acc)
        }
        (Some(n), _) if value_first(n) => {
            let before = acc.clone();
            value_rows(ps, above != Above::ShortCaption, acc).or_else(|_| {
                *acc = before.clone();
                let numbered = numbered_rows(ps, n, acc);
                // (Or a table of words whose `1` is a count, not a number no other follows:
                // `区级` `公共法律服务中心` `1` `服务大厅…`, then `街镇级` … `16`: read by its
                // header, further than one numbered row.)
                let items = acc.rows.iter().filter(|r| r.kind == RowKind::Item).count();
                let mut worded = before;
                match (&numbered, word_rows(ps, &mut worded)) {
                    (Ok(s), Ok(w)) if items < 2 && w.used > s.used => {
                        *acc = worded;
                        Ok(w)
                    }
                    _ => numbered,
                }
            })
        }
        (Some(n), _) => numbered_rows(ps, n, acc),
        (None, Some(l)) => labelled_rows(ps, l, acc),
        (None, None) => match f_attr {
            Some(_) => {
                let before = acc.clone();
                // (Or, the attribute merged over most rows, rows of a name and values.)
                let read = if captioned {
                    merged_attribute_rows(ps, acc).or_else(|_| {
                        *acc = before.clone();
                        attribute_rows(ps, captioned, acc)
                    })
                } else {
                    attribute_rows(ps, captioned, acc)
                };
                // Rows some of whose value cells vanished, each ending at its attribute, where
                // the rows as wide as the header read otherwise under other columns.
                let mut sparse = before;
                match sparse_attribute_rows(ps, &mut sparse) {
                    Some(shape)
                        if read.is_err()
                            || sparse.columns != acc.columns
                            || misplaced_in_columns(&acc.columns, &acc.rows) > 0 =>
                    {
                        *acc = sparse;
                        Ok(shape)
                    }
                    _ => read,
                }
            }
            None if captioned => {
                let before = acc.clone();
                // (A schedule by year whose rows leave out years, its figures placed by the sums,
                // in blank-line cells or row blocks alike.)
                if let Some(shape) = schedule_rows(ps, acc) {
                    return Ok(shape);
                }
                *acc = before.clone();
                // (Rows in blocks read further by their blocks than as names and values, a
                // list of parks whose names end in figures, `3号地块绿地`; or as far, with fewer
                // cells out of their column's kind, the last cell of some blocks vanished
                // rather than a category merged, `道路桥梁` `26` `118.4` `96.7`.)
                let mut blocks = before.clone();
                let by_blocks = block_rows(ps, &mut blocks).ok();
                let valued = value_rows(ps, above != Above::ShortCaption, acc);
                if let (Ok(v), Some(b)) = (&valued, by_blocks) {
                    let fits_better = || {
                        grid_mismatch(&blocks.columns, &blocks.rows)
                            < grid_mismatch(&acc.columns, &acc.rows)
                    };
                    if b.used > v.used || (b.used == v.used && fits_better()) {
                        *acc = blocks;
                        return Ok(b);
                    }
                }
                valued.or_else(|e| {
                    *acc = before.clone();
                    let worded = word_rows(ps, acc);
                    // (Rows in blocks read by their blocks, as far as a table of words read by its
                    // header alone: `岚江两岸第一层面街区，` / `北起岚江大桥…` is one cell of a
                    // block, the next block a row.)
                    if let (Ok(w), Some(b)) = (&worded, by_blocks) {
                        if b.used >= w.used {
                            *acc = blocks;
                            return Ok(b);
                        }
                    }
                    worded
                        .or_else(|_| {
                            *acc = before;
                            block_rows(ps, acc)
                        })
                        .map_err(|_| e)
                })
            }
            None => Err(NotATable("no rows")),
        },
    }
}

/// Rows of a name, a unit and values under an attribute written only on the first row of its
/// group (`约束性` once for the rows under it): the header `指标名称` `单位` … `属性` (as many
/// cells as the first row, which has its attribute), each row its name (over two paragraphs
/// when the second stands before the unit: `高层建筑和大型商业综合体` / `自动消防设施联网率`), its
/// unit and values, then its attribute or none (left empty under the one above). Two rows at
/// least without their attribute.
fn merged_attribute_rows(ps: &[Piece], acc: &mut Acc) -> Result<Shape, NotATable> {
    const MOST_COLUMNS: usize = 8;
    let a = ps
        .iter()
        .take(2 * MOST_COLUMNS)
        .position(|p| is_attr(&p.text()))
        .ok_or(NotATable("no attribute"))?;
    // (The header and the first row, as wide: the attribute ends both.)
    let k = a.div_ceil(2);
    let attr_header = names_attribute_column;
    if a % 2 == 0
        || k < 4
        || !ps[..k].iter().all(is_header_cell)
        || !attr_header(&ps[k - 1].text())
        || !strip_spaces(&ps[1].text()).ends_with("单位")
    {
        return Err(NotATable(
            "no header of a name, a unit, values and an attribute",
        ));
    }
    let value = |p: &Piece| {
        let t = p.text();
        !t.is_empty()
            && !is_attr(&t)
            && !is_stop(&t)
            && !t.contains(['。', '；', ';'])
            && t.chars().count() <= MAX_VALUE_ROW_CELL
    };
    let word = |p: &Piece| {
        let t = p.text();
        value(p)
            && !is_unit_like(&t)
            && !is_numberish(&t)
            && !is_value_cell(&t)
            && !is_placeholder(&t)
    };
    let mut trial = acc.clone();
    let mut rows: Vec<TableRow> = Vec::new();
    let (mut with, mut without) = (0usize, 0usize);
    let mut s = k;
    while let Some(first) = ps.get(s).filter(|p| word(p)) {
        let mut cells = vec![first.clone()];
        let mut i = s + 1;
        // (A name over two paragraphs: words, then words before the unit.)
        if ps.get(i).is_some_and(&word) && ps.get(i + 1).is_some_and(|p| is_unit_like(&p.text())) {
            cells.push(ps[i].clone());
            merge_at(&mut cells, 0, &mut trial, "split cell");
            i += 1;
        }
        let Some(rest) = ps.get(i..i + k - 2) else {
            break;
        };
        if !is_unit_like(&rest[0].text()) || !rest.iter().all(&value) {
            break;
        }
        cells.extend(rest.iter().cloned());
        i += k - 2;
        match ps.get(i).filter(|p| is_attr(&p.text())) {
            Some(p) => {
                cells.push(p.clone());
                i += 1;
                with += 1;
            }
            None => {
                let last = cells.last().map_or(0, |p| p.end);
                cells.push(empty_piece(ps[i - 1].first_no(), last));
                without += 1;
            }
        }
        rows.push(named_row(texts(&cells), None));
        s = i;
    }
    let first_said = rows
        .first()
        .and_then(|r| r.cells.last())
        .is_some_and(|c| is_attr(c));
    if rows.len() < 3 || with == 0 || without < 2 || !first_said {
        return Err(NotATable("no rows under an attribute merged over groups"));
    }
    *acc = trial;
    acc.columns = column_names(&ps[..k]);
    acc.warnings.push((
        ps.first().map_or(0, Piece::first_no),
        format!(
            "the attribute written on the first row of its group only: {without} rows of {} left empty under `{}`, as the one above",
            rows.len(),
            acc.columns.last().map_or("", String::as_str)
        ),
    ));
    acc.rows = rows;
    Ok(Shape { used: s })
}

/// Whether two header lines, one under the other in one paragraph, are two columns: a category
/// column's name over the names' column (`类别` / `指标名称`), or a column name that stands only
/// alone (`指标` / `单位`, `序号` / `指标`, a place's column `区` / `序号`).
fn two_columns(a: &str, b: &str) -> bool {
    let alone = |x: &str| ["序号", "单位"].contains(&strip_spaces(x).as_str());
    let names = |x: &str| has_header_word(x) || is_category_header(x);
    (["类别", "分类", "领域", "类型"].contains(&strip_spaces(a).as_str())
        && (b.starts_with("指标") || b.starts_with("项目")))
        || (names(a) && names(b) && (alone(a) || alone(b)))
        // (A name's column over the attribute's: `指标名称` / `属性`; `指标` / `属性` is one.)
        || (strip_spaces(a).ends_with("名称") && is_attribute_header(b))
        // (A place alone is a whole cell: `县（区）` / `县级寄递公共配送中心` are two.)
        || (is_place_header(a) && !b.starts_with(['（', '(']))
        || names_then_period_values(a, b)
        // (Or two columns' names opening with one word: `指标名称` / `指标属性`.)
        || (strip_spaces(a).chars().take(2).eq(strip_spaces(b).chars().take(2))
            && strip_spaces(a).chars().count() >= 4
            && (names_column(a) || has_header_word(a))
            && (names_column(b) || has_header_word(b)))
}

/// The names' column and a period's values, two header cells on two lines: `指标` /
/// `“十四五”目标`.
fn names_then_period_values(a: &str, b: &str) -> bool {
    ["指标", "指标名称", "项目", "项目名称"].contains(&strip_spaces(a).as_str())
        && starts_with_period_mark(b)
        && names_values(b)
}

/// A merged category's column name over the next column's in the first paragraph of the header
/// (`区` / `序号`): two pieces, so that the category column is seen first.
fn split_category_over_next(ps: &mut Vec<Piece>) {
    let Some(first) = ps.first() else {
        return;
    };
    let [a, b] = first.parts.as_slice() else {
        return;
    };
    let (Some(&na), Some(&nb)) = (first.nos.first(), first.nos.get(1)) else {
        return;
    };
    // (Or a column of places over a column's name: `街道（镇）` / `片区名称`.)
    let places_over_names = names_place_column(a) && names_column(b) && !b.starts_with(['（', '(']);
    if !((is_category_header(a) && two_columns(a, b))
        || names_then_period_values(a, b)
        || places_over_names)
    {
        return;
    }
    let (a, b) = (a.clone(), b.clone());
    let gap = first.gap;
    let end = first.end;
    ps[0] = Piece {
        parts: vec![a],
        nos: vec![na],
        gap,
        end: end.saturating_sub(1),
    };
    ps.insert(
        1,
        Piece {
            parts: vec![b],
            nos: vec![nb],
            gap: 0,
            end,
        },
    );
}

/// Piece `i` as one piece per line, the first keeping the blank lines before it.
fn split_lines(ps: &mut Vec<Piece>, i: usize) {
    if i >= ps.len() {
        return;
    }
    let p = ps.remove(i);
    let n = p.parts.len();
    for (k, (text, no)) in p.parts.into_iter().zip(p.nos).enumerate().rev() {
        ps.insert(
            i,
            Piece {
                parts: vec![text],
                nos: vec![no],
                gap: if k == 0 { p.gap } else { 0 },
                end: p.end.saturating_sub(n - 1 - k),
            },
        );
    }
}

/// Years on lines of one paragraph among header cells one per paragraph (`2028年` / `2030年`
/// under `目标值`, the lower row of a header of two rows): a cell each.
fn split_years_in_header(ps: &mut Vec<Piece>) {
    let header = ps.iter().take_while(|p| is_header_cell(p)).count();
    if header < 3 || !ps[..header].iter().any(|p| p.parts.len() == 1) {
        return;
    }
    for i in (0..header).rev() {
        let p = &ps[i];
        if p.parts.len() < 2 || !p.parts.iter().all(|t| is_year_header(t) || is_bare_year(t)) {
            continue;
        }
        split_lines(ps, i);
    }
}

/// Rows written as blocks among cells one per paragraph (a web page that writes most rows' cells
/// one per paragraph and a few rows' on lines of one paragraph): a paragraph of three lines or
/// more that opens with a row number (or a category, then the number, or a `其中` sub-row's
/// name), where most paragraphs are one line, is that row's cells, one per line.
fn split_row_blocks(ps: &mut Vec<Piece>) {
    const BLOCK_LINES: usize = 3;
    let singles = ps.iter().filter(|p| p.parts.len() == 1).count();
    if singles * 4 < ps.len() * 3 {
        return;
    }
    let blocks: Vec<usize> = (0..ps.len())
        .filter(|&i| {
            let p = &ps[i];
            let number = |k: usize| p.parts.get(k).is_some_and(|t| int_of(t).is_some());
            // (Or with its merged category first: `服务品质` / `9` / …; or a sub-row without a
            // number, `其中：…` / `%` / `22.0`.)
            let sub_row = p.parts.first().is_some_and(|t| opens_sub_row(t))
                && p.parts
                    .iter()
                    .skip(1)
                    .any(|t| is_value_cell(t) || is_attr(t));
            // (Or a number and its row's name on two lines, `2` / `社会消费品零售总额年均增长率`.)
            let numbered_name = p.parts.len() == 2
                && number(0)
                && p.parts.get(1).is_some_and(|t| {
                    t.chars().count() > 4
                        && !t.starts_with(['（', '('])
                        && !is_unit_like(t)
                        && !is_value_cell(t)
                        && !is_numberish(t)
                        && !is_placeholder(t)
                });
            numbered_name
                || p.parts.len() >= BLOCK_LINES
                    && (number(0) || (number(1) && p.parts.len() > BLOCK_LINES) || sub_row)
                    && p.parts
                        .iter()
                        .all(|t| t.chars().count() <= MAX_CELL_IN_BLOCK)
        })
        .collect();
    for &i in blocks.iter().rev() {
        split_lines(ps, i);
    }
}

/// A row's name written over two lines of its block (`禾川经济技术` / `开发区`), in rows of
/// blocks one line per cell, where three blocks at least, the first row's among them, have one
/// line fewer and open with a name over figures alone: the two lines are one piece, each join
/// reported as a split cell.
fn join_names_split_in_blocks(ps: &mut Vec<Piece>, acc: &mut Acc) {
    let starts: Vec<usize> = (0..ps.len()).filter(|&i| i == 0 || ps[i].gap > 0).collect();
    let block = |b: usize| -> std::ops::Range<usize> {
        let end = starts.get(b + 1).copied().unwrap_or(ps.len());
        starts[b]..end
    };
    let words = |p: &Piece| {
        let t = p.text();
        p.parts.len() == 1 && !is_numberish(&t) && !is_value_cell(&t) && !is_placeholder(&t)
    };
    let figures = |r: std::ops::Range<usize>| {
        ps.get(r).is_some_and(|x| {
            x.iter()
                .all(|p| is_numberish(&p.text()) || is_value_cell(&p.text()))
        })
    };
    // Blocks of a name over figures alone, by size.
    let sized = |b: usize| {
        let r = block(b);
        (r.len() >= 3 && words(&ps[r.start]) && figures(r.start + 1..r.end)).then_some(r.len())
    };
    let sizes: Vec<usize> = (0..starts.len()).filter_map(sized).collect();
    let Some(n) = mode(&sizes) else {
        return;
    };
    if sizes.iter().filter(|&&x| x == n).count() < 3 {
        return;
    }
    // (The first row's block a name over figures, of that size: under a merged category the
    // first row's block opens with the category, one line more.)
    let first_row = (0..starts.len()).find(|&b| block(b).len() >= 3);
    if first_row.and_then(sized) != Some(n) {
        return;
    }
    let split: Vec<usize> = (0..starts.len())
        .filter(|&b| {
            let r = block(b);
            r.len() == n + 1
                && words(&ps[r.start])
                && words(&ps[r.start + 1])
                && figures(r.start + 2..r.end)
        })
        .map(|b| starts[b])
        .collect();
    for &i in split.iter().rev() {
        let p = ps.remove(i + 1);
        acc.join(&ps[i], &p, "split cell");
        ps[i].absorb(p);
    }
}

/// The longest line a row block split by [`split_row_blocks`] may hold, in characters.
const MAX_CELL_IN_BLOCK: usize = 60;

/// Fits header pieces to columns: a paragraph of header-word lines is several cells (`指标名称`
/// / `指标属性`), other split lines are one cell (`“十五五”` / `目标`); a period mark joins the
/// pieces around it (`松江区` / `“十四五”` / `指标`). With `target`, pieces are split or joined
/// further to reach that many columns, and a mismatch is reported.
fn fit_header(ps: &[Piece], target: Option<usize>, acc: &mut Acc) -> Vec<String> {
    // Entries: (text, lines, could be split further).
    let mut cells: Vec<(Vec<String>, Vec<usize>)> = Vec::new();
    for p in ps {
        // (Two lines among cells of one line each, one cell per paragraph, are one cell split
        // over two lines: `2030年` / `目标值`.)
        // (But a category column's name over the names' column, `类别` / `指标名称`, is two; so
        // is a column name that stands only alone, `指标` / `单位`, `序号` / `指标`.)
        // (`指标` / `属性` is one: `指标属性`.)
        let category_over_names = matches!(p.parts.as_slice(), [a, b] if two_columns(a, b));
        let split = category_over_names
            || (p.parts.len() > 1
                && p.parts.iter().all(|x| has_header_word(x))
                && (ps.len() == 1 || p.parts.len() >= 3 || ps.iter().any(|q| q.parts.len() >= 3)));
        if split {
            for (x, no) in p.parts.iter().zip(&p.nos) {
                cells.push((vec![x.clone()], vec![*no]));
            }
        } else {
            cells.push((p.parts.clone(), p.nos.clone()));
        }
    }
    let text = |c: &(Vec<String>, Vec<usize>)| c.0.concat();
    // Two period marks alone side by side (`“十三五”` `“十四五”`) are group cells over the
    // columns after them: neither is joined to a neighbour.
    let groups_run = cells
        .windows(2)
        .any(|w| is_period_mark(&text(&w[0])) && is_period_mark(&text(&w[1])));
    let mut i = 0;
    while i + 1 < cells.len() {
        let a = text(&cells[i]);
        let b = text(&cells[i + 1]);
        let glue = (ends_with_period_mark(&a) && !(groups_run && is_period_mark(&a)))
            || (!has_header_word(&a)
                && !names_values(&a)
                && !is_place_header(&a)
                // (Nor the name of a column of bodies, `实施主体` before `“十五五”` /
                // `计划投资`.)
                && !["主体", "部门", "单位"].iter().any(|w| a.ends_with(w))
                && !["投资", "资金", "金额", "规模", "数量", "面积"]
                    .iter()
                    .any(|w| a.contains(w))
                && a.chars().count() <= 4
                // (A place's own name or a word of two, `澄潮市` or `全市` before `“十四五”`;
                // not a column's name, `主导业态`.)
                // (Or a year after a place's own name, `苎溪县` / `2020年` / `现状值`: a
                // place's values of a year; not after `乡镇` or `期末`.)
                && ((starts_with_period_mark(&b) && (is_place_name(&a) || a.chars().count() <= 2))
                    || (is_year_cell(&b) && is_place_name(&a))))
            || ((b.starts_with('（') || b.starts_with('(')) && label(&b).is_none())
            // (A share's mark alone, `其中：`, goes on with what it shares: `财政资金`; not
            // `其中` without its colon, a group over the shares, `国家级` `省级` `市级`.)
            || matches!(strip_spaces(&a).as_str(), "其中：" | "其中:");
        if glue {
            let (bt, bn) = cells.remove(i + 1);
            let mut nos = cells[i].1.clone();
            nos.extend(bn.iter().copied());
            acc.joins.push((
                nos,
                format!("split header cell: `{a}` + `{b}` read as one column"),
            ));
            cells[i].0.extend(bt);
            cells[i].1.extend(bn);
        } else {
            i += 1;
        }
    }
    if let Some(k) = target {
        // Too few: split a cell written over several lines.
        while cells.len() < k {
            let Some(at) = cells.iter().position(|c| c.0.len() > 1) else {
                break;
            };
            let (parts, nos) = cells.remove(at);
            for (n, (x, no)) in parts.into_iter().zip(nos).enumerate() {
                cells.insert(at + n, (vec![x], vec![no]));
            }
        }
        if cells.len() > k {
            let texts: Vec<String> = cells
                .iter()
                .map(|c| collapse_cjk_spacing(&c.0.concat()))
                .collect();
            if let Some((columns, groups)) = split_header_rows(&texts, k) {
                note_two_row_header(ps, &columns, &groups, acc);
                acc.column_groups = groups;
                return columns;
            }
            // Else the cells that are halves of one column's name, when they are just as many
            // as the cells too many.
            let pairs: Vec<usize> = (1..texts.len().saturating_sub(1))
                .filter(|&i| halves_of_one_column(&texts[i], &texts[i + 1]))
                .collect();
            if pairs.windows(2).all(|w| w[0] + 1 < w[1]) && pairs.len() == cells.len() - k {
                for &i in pairs.iter().rev() {
                    let (bt, bn) = cells.remove(i + 1);
                    let mut nos = cells[i].1.clone();
                    nos.extend(bn.iter().copied());
                    acc.joins.push((
                        nos,
                        format!(
                            "split header cell: `{}` + `{}` read as one column",
                            texts[i],
                            texts[i + 1]
                        ),
                    ));
                    cells[i].0.extend(bt);
                    cells[i].1.extend(bn);
                }
            }
        }
        if cells.len() != k {
            let no = cells
                .first()
                .and_then(|c| c.1.first())
                .copied()
                .unwrap_or(0);
            acc.warnings.push((
                no,
                format!(
                    "the header has {} cells but the rows have {k}; header kept as written",
                    cells.len()
                ),
            ));
        }
    }
    cells
        .iter()
        .map(|c| collapse_cjk_spacing(&c.0.concat()))
        .collect()
}

/// Where a row's cells (`after`, its category first, filled down and empty) fit the columns of
/// the rows above clearly better with two of them joined as one cell and an empty cell put
/// elsewhere: the first of the two joined and the empty cell's place, when one such reading is
/// best by far.
fn split_and_gap(
    rows: &[TableRow],
    jc: usize,
    e: usize,
    after: &[Piece],
) -> Option<(usize, usize)> {
    let profile = Profile::of(rows, jc, e)?;
    let texts: Vec<String> = after.iter().skip(1).map(Piece::text).collect();
    let filled = profile.cost_with_gaps(&texts, &[0]);
    let mut choices: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..texts.len().saturating_sub(1) {
        if [&texts[i], &texts[i + 1]]
            .iter()
            .any(|t| is_value_cell(t) || is_placeholder(t))
        {
            continue;
        }
        let mut joined = texts.clone();
        let second = joined.remove(i + 1);
        joined[i].push_str(&second);
        for g in 1..e {
            choices.push((profile.cost_with_gaps(&joined, &[0, g]), i + 1, g));
        }
    }
    let best = choices.iter().map(|c| c.0).min_by(f64::total_cmp)?;
    let near: Vec<&(f64, usize, usize)> = choices.iter().filter(|c| c.0 - best < 0.25).collect();
    let [&(_, i, g)] = near.as_slice() else {
        return None;
    };
    // (And only where the filled row puts figures under words or words under figures, and the
    // other reading does not: `青禾镇` under 设计处理能力, `800` under 建设性质.)
    let figure = |t: &str| is_value_cell(t) || is_placeholder(t);
    // (Per column: `Some(true)` when every cell above is a figure, `Some(false)` when none is.)
    let figures: Vec<Option<bool>> = (0..e)
        .map(|c| {
            let cells: Vec<&String> = rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .filter_map(|r| r.cells.get(jc + c).filter(|t| !t.is_empty()))
                .collect();
            let n = cells.iter().filter(|t| figure(t)).count();
            match (cells.len(), n) {
                (0 | 1, _) => None,
                (all, n) if n == all => Some(true),
                (_, 0) => Some(false),
                _ => None,
            }
        })
        .collect();
    let misfits = |cells: &[String]| {
        cells
            .iter()
            .zip(&figures)
            .filter(|(t, kind)| !t.is_empty() && kind.is_some_and(|f| f != figure(t)))
            .count()
    };
    let mut as_filled = vec![String::new()];
    as_filled.extend(texts.iter().cloned());
    let mut split = as_filled.clone();
    let second = split.remove(i + 1);
    split[i].push_str(&second);
    split.insert(g.min(split.len()), String::new());
    (filled - best >= 2.0 && misfits(&as_filled) > 0 && misfits(&split) == 0).then_some((i, g))
}

/// Whether the first two pieces of a row (`建筑垃圾利用` `石湖建筑垃圾资源化利用中心`) joined
/// would be a name longer by half than any name of the rows above (names after the category
/// column at `jc + 1`, cells from `jc + 2`): a category of its own then, and a name.
fn joins_past_names(rows: &[TableRow], jc: usize, after: &[Piece]) -> bool {
    let longest = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item)
        .filter_map(|r| r.cells.get(jc + 1))
        .map(|c| c.chars().count())
        .max()
        .unwrap_or(0);
    let joined: usize = after.iter().take(2).map(|p| p.text().chars().count()).sum();
    longest >= 4 && joined * 2 > longest * 3
}

/// Two header cells after the first that are one column's name split over two lines or
/// paragraphs: words without a unit before a name with its unit in brackets (`养教结合` /
/// `学习点（个）`), a year before the values of that year (`2025年` / `基期值`, `2025年网络零售额`
/// / `目标（万元）`), or `指标` before its attribute (`指标` / `属性`).
fn halves_of_one_column(a: &str, b: &str) -> bool {
    let (a, b) = (strip_spaces(a), strip_spaces(b));
    let before_unit = bracketed_unit(&b).is_some()
        && !a.contains(['（', '(', '）', ')'])
        && !has_header_word(&a)
        && !is_place_header(&a)
        && !is_period_mark(&a)
        && (2..=6).contains(&a.chars().count());
    // (Or a year and what it counts before the values of it with their unit:
    // `2025年网络零售额` / `目标（万元）`.)
    let b_name = bracket_tail(&b).map_or(b.as_str(), |(name, _)| name);
    // (A place's year, `苎溪县2020年`, as a year: the year its end.)
    let year_last = ends_in_year(&a);
    let year_then_values = last_year(&a).is_some()
        && (a.chars().count() <= 6
            || (a.chars().count() <= 12
                && (bracketed_unit(&b).is_some() || year_last)
                && !a.contains(['（', '(', '）', ')'])))
        && names_values(b_name)
        && !b_name.chars().any(|c| c.is_ascii_digit())
        && !is_period_mark(b_name)
        && b_name.chars().count() <= 4;
    let attribute = indicator_over_attribute(&a, &b);
    before_unit
        || year_then_values
        || attribute
        || period_over_measure(&a, &b)
        || qualifies_column(&a, &b)
}

/// A word of two naming no column before the column word it qualifies, two lines of one
/// header cell: `建设` / `年限`, `实施` / `主体`.
fn qualifies_column(a: &str, b: &str) -> bool {
    let (a, b) = (strip_spaces(a), strip_spaces(b));
    a.chars().count() == 2
        && b.chars().count() == 2
        && !names_column(&a)
        && !has_header_word(&a)
        && names_column(&b)
        && names_column(&format!("{a}{b}"))
}

/// `指标` over its attribute, two lines of one header cell: `指标` / `属性` is `指标属性`.
fn indicator_over_attribute(a: &str, b: &str) -> bool {
    strip_spaces(a) == "指标" && ["属性", "性质", "类型"].contains(&strip_spaces(b).as_str())
}

/// A period's plan over what it adds, two lines of one header cell: `“十五五”规划` / `新增床位`.
fn period_over_measure(a: &str, b: &str) -> bool {
    let (a, b) = (strip_spaces(a), strip_spaces(b));
    let after_mark = a
        .trim_start_matches(['“', '"'])
        .chars()
        .skip(3)
        .collect::<String>();
    // (Not a column of its own after it: `“十五五”目标` / `类型` are two.)
    starts_with_period_mark(&a)
        && after_mark.trim_start_matches(['”', '"']).chars().count() <= 2
        && !b.chars().any(|c| c.is_ascii_digit())
        && !starts_with_period_mark(&b)
        && (2..=6).contains(&b.chars().count())
        && !names_column(&b)
        && !names_attribute_column(&b)
        && !has_header_word(&b)
}

/// A value cell in words, no figure or placeholder (`控制在自治区下达目标以内`): a target, with
/// no rate of growth beside it.
fn is_target_in_words(t: &str) -> bool {
    !t.is_empty() && !is_value_cell(t) && !is_placeholder(t)
}

/// A header cell naming a rate of growth (`年均增速`, `年均增长（%）`, `增幅`).
fn names_rate(t: &str) -> bool {
    ["年均", "增速", "增长率", "增幅"]
        .iter()
        .any(|w| t.contains(w))
}

/// A header cell naming what a value column holds (`基期值`, `目标`, `现状`).
fn names_values(t: &str) -> bool {
    [
        "值", "目标", "现状", "基期", "基准", "基数", "基线", "规划", "预期", "完成", "实际",
        "情况", "累计",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// A header cell naming a level of an administration (`国家级`, `省级`, `市级`, `县级`, `区级`):
/// the shares of a count under it.
fn names_level(t: &str) -> bool {
    ["国家级", "省级", "市级", "县级", "区级", "乡级", "镇级"].contains(&strip_spaces(t).as_str())
}

/// A header cell naming a time (`完成时间`, `建设年限`, `实施时序`): no value column, even when
/// it names one's words (`完成`).
fn names_time_column(t: &str) -> bool {
    ["时间", "时限", "年限", "时序"]
        .iter()
        .any(|w| t.contains(w))
}

/// A header cell naming a phase of the thing measured, as a lower header row writes it under
/// a measure (`设计规模（万吨/日）` over `现状` `提标后`, `设施（个）` over `现有` `新增`):
/// `现有`, `新增`, `新建`, `已建`, `在建`, `拟建`, or a short word for after or before a work
/// (`改造后`, `提标后`, `扩建前`).
fn names_phase(t: &str) -> bool {
    let t = strip_spaces(t);
    ["现有", "新增", "新建", "已建", "在建", "拟建"].contains(&t.as_str())
        || ((2..=4).contains(&t.chars().count())
            && (t.ends_with('后') || t.ends_with('前'))
            && !t.chars().any(|c| c.is_ascii_digit()))
}

/// Among the value columns `from..to` of a row's cells after its number (`columns[off + i]` for
/// cell `i`), the one of a baseline (`现状值`, `2025年基期值`, `“十三五”完成情况`, else the
/// earlier of two years, `2025年` before `2030年`, or a year before a target) that has a column
/// of a target after it (`目标值`, `2030年`: a later year).
fn baseline_column(columns: &[String], off: usize, from: usize, to: usize) -> Option<usize> {
    let header = |i: usize| columns.get(off + i).map_or("", String::as_str);
    let year = |t: &str| -> Option<u32> {
        let c: Vec<char> = t.chars().collect();
        c.windows(4)
            .find(|w| w.iter().all(char::is_ascii_digit))
            .and_then(|w| w.iter().collect::<String>().parse().ok())
    };
    let is_baseline = |t: &str| {
        ["现状", "基期", "基准", "基数", "完成"]
            .iter()
            .any(|w| t.contains(w))
    };
    // Else the first of two years (`2025年` before `2030年`), or a year before a target
    // (`2020年` before `目标值`).
    let b = (from..to).find(|&i| is_baseline(header(i))).or_else(|| {
        (from..to).find(|&i| {
            year(header(i)).is_some_and(|y0| {
                (i + 1..to).any(|j| {
                    let t = header(j);
                    year(t).is_some_and(|y| y > y0) || t.contains("目标")
                })
            })
        })
    })?;
    let target = (b + 1..to).any(|i| {
        let t = header(i);
        t.contains("目标")
            || t.contains("规划")
            || year(t).zip(year(header(b))).is_some_and(|(y, y0)| y > y0)
    });
    target.then_some(b)
}

/// Among the value columns `from..to` (as in [`baseline_column`]), with three years or more
/// (`2025年` `2028年` `2030年`: a baseline, an interim target, the final target), the interim
/// one before the last: a row with one value fewer leaves out its interim target, never its
/// baseline or its final target.
fn interim_column(columns: &[String], off: usize, from: usize, to: usize) -> Option<usize> {
    let years: Vec<usize> = (from..to)
        .filter(|&i| columns.get(off + i).is_some_and(|h| names_year(h)))
        .collect();
    match years.as_slice() {
        [_, .., interim, _] => Some(*interim),
        _ => None,
    }
}

/// Among the value columns `cols` (header `columns[off + i]`), the one column that is not a
/// year's (`年均增速（%）`, `累计`) and where another row of the table (`rows`, cells counted as
/// the columns) holds a placeholder (`—`): a value not given in some rows, where a row one cell
/// short left its cell empty, rather than a year's target.
fn rate_gap_column(
    columns: &[String],
    off: usize,
    cols: std::ops::Range<usize>,
    rows: &[TableRow],
) -> Option<usize> {
    let found: Vec<usize> = cols
        .filter(|&i| {
            columns
                .get(off + i)
                .is_some_and(|h| !names_year(h) && !is_bare_year(h) && !names_other_column(h))
                && rows
                    .iter()
                    .any(|r| r.cells.get(i).is_some_and(|c| is_placeholder(c)))
        })
        .collect();
    match found.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// A header cell of a column that is not a value column: number, name, unit, attribute, note.
fn names_other_column(t: &str) -> bool {
    is_number_header(t)
        || is_category_header(t)
        || ["名称", "单位", "属性", "性质", "备注", "责任", "说明"]
            .iter()
            .any(|w| t.contains(w))
}

/// A two-row header read as one run of cells: `序号 指标名称 单位 基期值 目标值 属性` over
/// `2020年 2025年`, with rows of `width` cells. The lower row's cells are the last ones (years,
/// else value words: `现状值 目标值` under `2025年`) and stand under the upper row's value
/// columns: one each when there are as many as the groups, else all under the one group (or
/// split evenly). The groups are chosen by their words: `指标` over `一级指标 二级指标`; value
/// columns over years, the targets when there are more (`目标值` rather than `现状`); the last
/// years over value words. Returns the columns (the lower row's cells in place of the groups')
/// and the groups; `None` when the cells do not read so.
fn split_two_row_header(cells: &[String], width: usize) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let k = cells.len();
    let g = k.checked_sub(width).filter(|&g| g >= 1 && width >= 2)?;
    if let Some(split) = years_over_repeats(cells, g).or_else(|| measures_over_years(cells, g)) {
        return Some(split);
    }
    let trailing = |f: &dyn Fn(&str) -> bool| cells.iter().rev().take_while(|c| f(c)).count();
    // An attribute cell last of all stands in the lower row, after its years (`“十四五”目标`
    // over `2025年` `属性`): a cell spanning both rows comes before every lower cell.
    let attr_last = cells.last().is_some_and(|c| is_attribute_header(c));
    let years = match trailing(&names_year) {
        0 if attr_last => match cells[..k - 1]
            .iter()
            .rev()
            .take_while(|c| names_year(c))
            .count()
        {
            0 => 0,
            y => y + 1,
        },
        y => y,
    };
    // (Or measures with their units under what they measure: `规模` over `用地面积（公顷）`
    // `建筑面积（万平方米）`.)
    // (Two at least: one measure under a cell that ends as a group's would, `建设内容及规模` /
    // `总投资（亿元）`, is a column of its own.)
    // (A measure's name may be longer here, under what it measures: `可开发面积（公顷）`.)
    let measure = |c: &str| {
        bracketed_unit(c).is_some_and(|(name, _)| {
            (2..=6).contains(&name.chars().count()) && !name.chars().any(|c| c.is_ascii_digit())
        })
    };
    let measures = match trailing(&measure) {
        1 => 0,
        m => m,
    };
    // (Or counts, two at least, under what they measure: `办学规模` over `班数` `学位数`.)
    let count = |c: &str| {
        let t = strip_spaces(c);
        (2..=5).contains(&t.chars().count())
            && t.ends_with(['数', '量'])
            && !names_other_column(&t)
            && !names_year(&t)
    };
    let counts = match trailing(&count) {
        1 => 0,
        m => m,
    };
    // (Or the parts of a count under `其中`, the upper row's last cell: `数量` `其中` over
    // `国家级` `省级` `市级`.)
    let parts = match cells.iter().rposition(|c| strip_spaces(c) == "其中") {
        Some(j) if g == 1 && j + 2 < k && j >= 2 => k - j - 1,
        _ => 0,
    };
    let lower_n = if years >= g {
        years
    } else {
        // (Value words, years and rates mixed: `“十四五”目标` over `2025年` `五年累计`,
        // `2025年目标` over `目标值` `年均增速`.)
        trailing(&|c: &str| {
            (names_values(c) && !names_time_column(c))
                || names_phase(c)
                || names_year(c)
                || names_rate(c)
                || c.contains("指标")
        })
        .max(years)
        .max(measures)
        .max(counts)
        .max(parts)
    };
    if lower_n < g {
        return None;
    }
    let upper_n = k - lower_n;
    if upper_n < g + 1 {
        return None;
    }
    let (upper, lower) = cells.split_at(upper_n);
    if lower_n % g != 0 {
        return period_groups(upper, lower, g).or_else(|| baseline_target_groups(upper, lower, g));
    }
    let per = lower_n / g;
    // The groups' cells: with one group, one that every cell under it names (`指标` over
    // `一级指标`), else the value columns of the upper row, when there are just enough.
    let contains_all = |j: usize| {
        let u = strip_spaces(&upper[j]);
        !u.is_empty() && lower.iter().all(|l| l.contains(u.as_str()))
    };
    let named: Vec<usize> = (1..upper_n).filter(|&j| contains_all(j)).collect();
    let chosen: Vec<usize> = if g == 1 && named.len() == 1 {
        named
    } else {
        let valued: Vec<usize> = (1..upper_n)
            .filter(|&j| {
                names_values(&upper[j])
                    && !names_other_column(&upper[j])
                    && !names_time_column(&upper[j])
            })
            .collect();
        // More value columns than groups: the targets (`现状` `目标值` over `2023年` `2025年`).
        let targets: Vec<usize> = valued
            .iter()
            .copied()
            .filter(|&j| upper[j].contains("目标") || upper[j].contains("规划"))
            .collect();
        // Value words under years: under the last ones (`2020年`, then `2025年` over `目标值`
        // `预期值`).
        // (A year with what it measures, `2025年农村自来水` / `普及率（%）`, is one cell broken
        // over two lines, no group.)
        let mut yeared: Vec<usize> = if years == 0 {
            (1..upper_n)
                .filter(|&j| {
                    names_year(&upper[j]) && (is_year_header(&upper[j]) || names_values(&upper[j]))
                })
                .collect()
        } else {
            Vec::new()
        };
        yeared.drain(..yeared.len().saturating_sub(g));
        // A schedule over years (`实施安排` over `2021年` … `2025年`).
        let scheduled: Vec<usize> = if years == lower_n {
            (1..upper_n)
                .filter(|&j| {
                    ["安排", "计划", "进度", "时序"]
                        .iter()
                        .any(|w| upper[j].contains(w))
                        && !names_year(&upper[j])
                })
                .collect()
        } else {
            Vec::new()
        };
        // Periods over their years (`“十三五”` `“十四五”` over `2015年` `2020年` `2025年` `属性`).
        let periods: Vec<usize> = (1..upper_n)
            .filter(|&j| is_period_mark(&upper[j]))
            .collect();
        // What measures stand over (`规模`, `投资`), over measures with their units, or with
        // its unit over value words (`规模（万吨/日）` over `现状` `规划`).
        let values_under = lower
            .iter()
            .all(|c| names_values(c) || names_phase(c) || names_year(c));
        // (Phases, `现有` `新增`, are of things, not of money.)
        let phases_under = lower.iter().any(|c| names_phase(c));
        let measured: Vec<usize> = if measures == lower_n || counts == lower_n || values_under {
            (1..upper_n)
                .filter(|&j| {
                    ["规模", "面积", "投资", "数量", "容量", "能力"]
                        .iter()
                        .any(|w| upper[j].contains(w))
                        && !(phases_under && upper[j].contains("投资"))
                        && (values_under || bracketed_unit(&upper[j]).is_none())
                        && !names_other_column(&upper[j])
                })
                .collect()
        } else {
            Vec::new()
        };
        // `其中` over the parts of the count before it.
        let shares: Vec<usize> = if parts == lower_n {
            (1..upper_n)
                .filter(|&j| strip_spaces(&upper[j]) == "其中")
                .collect()
        } else {
            Vec::new()
        };
        [
            valued, targets, yeared, scheduled, periods, measured, shares,
        ]
        .into_iter()
        .find(|c| c.len() == g)?
    };
    let mut columns = Vec::with_capacity(width);
    let mut groups = Vec::with_capacity(g);
    let mut under = lower.chunks(per);
    for (j, cell) in upper.iter().enumerate() {
        if chosen.contains(&j) {
            let subs = under.next()?;
            groups.push(ColumnGroup {
                title: cell.clone(),
                first: columns.len(),
                span: subs.len(),
            });
            columns.extend(subs.iter().cloned());
        } else {
            columns.push(cell.clone());
        }
    }
    // The years under their groups read in order (`2020年` before `2023年` before `2025年`), or
    // the lower cells do not stand under the groups this way.
    let years: Vec<u32> = columns.iter().filter_map(|c| last_year(c)).collect();
    let in_order = years.windows(2).all(|w| w[0] <= w[1]);
    // A group named by a year holds no column of another year (`2020年现状` is no group over
    // `2025年`).
    let groups_of_their_year = groups.iter().all(|g| {
        last_year(&g.title).is_none_or(|y| {
            columns
                .iter()
                .skip(g.first)
                .take(g.span)
                .all(|c| last_year(c).is_none_or(|x| x == y))
        })
    });
    (columns.len() == width && in_order && groups_of_their_year).then_some((columns, groups))
}

/// A header whose upper row ends in `g` years, each over the same cells of the lower row
/// (`2021年` … `2025年` over `小区数` `户数` five times): the columns before the years, then
/// each year's cells under it. `None` unless the lower cells repeat so, naming no year, under
/// years in order.
fn years_over_repeats(cells: &[String], g: usize) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    if g < 2 {
        return None;
    }
    (2..=4).find_map(|per| {
        let lower_n = g.checked_mul(per)?;
        let upper_n = cells.len().checked_sub(lower_n).filter(|&u| u > g)?;
        let (upper, lower) = cells.split_at(upper_n);
        // (The years last of the upper row, or before the cells that span both rows after
        // them, `属性`, `备注`: `2020年` `2025年` `属性` over `数值` `排名` `数值` `排名`.)
        let after = upper
            .iter()
            .rev()
            .take_while(|c| names_other_column(c) && !names_year(c))
            .count();
        let end = upper_n - after;
        let lead = end.checked_sub(g).filter(|&l| l >= 1)?;
        let years: Vec<u32> = upper[lead..end]
            .iter()
            .filter_map(|c| last_year(c))
            .collect();
        let first = lower.get(..per)?;
        let repeats = lower.chunks(per).all(|c| c == first)
            && !lower.iter().any(|c| names_year(c) || is_bare_year(c));
        let in_order = years.len() == g && years.windows(2).all(|w| w[0] < w[1]);
        let years_only = upper[lead..end]
            .iter()
            .all(|c| is_year_header(c) || is_bare_year(c));
        (repeats && in_order && years_only)
            .then(|| groups_side_by_side(upper, lead, end, lower, per))
    })
}

/// The columns and groups of a header of two rows whose upper cells `lead..end` each stand over
/// `per` cells of the lower row, side by side: the upper cells before them, then each group's
/// lower cells, then the upper cells after them (an attribute spanning both rows).
fn groups_side_by_side(
    upper: &[String],
    lead: usize,
    end: usize,
    lower: &[String],
    per: usize,
) -> (Vec<String>, Vec<ColumnGroup>) {
    let mut columns: Vec<String> = upper[..lead].to_vec();
    let mut groups = Vec::with_capacity(end.saturating_sub(lead));
    for (title, under) in upper[lead..end].iter().zip(lower.chunks(per)) {
        groups.push(ColumnGroup {
            title: title.clone(),
            first: columns.len(),
            span: per,
        });
        columns.extend(under.iter().cloned());
    }
    columns.extend(upper[end..].iter().cloned());
    (columns, groups)
}

/// A header whose upper row ends in `g` measures with their units, or a few words each (`小学`
/// `初中`), each over the same years of the lower row (`种植面积（万亩）` `产值（亿元）` over
/// `2020年` `2025年` twice), perhaps an attribute after them spanning both rows: the columns
/// before the groups, then each group's years under it, then the attribute. `None` unless the
/// lower cells are years in order, repeated for each group.
fn measures_over_years(cells: &[String], g: usize) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    if g < 2 {
        return None;
    }
    (2..=4).find_map(|per| {
        let lower_n = g.checked_mul(per)?;
        let upper_n = cells.len().checked_sub(lower_n).filter(|&u| u > g)?;
        let (upper, lower) = cells.split_at(upper_n);
        // (An attribute after the groups spans both rows, written where the page puts it:
        // `小学` `初中` `属性` over `2020年` `2025年` twice; it is the last column.)
        let attr_after = upper.last().is_some_and(|c| is_attribute_header(c));
        let groups_end = upper_n - usize::from(attr_after);
        let lead = groups_end.checked_sub(g).filter(|&l| l >= 1)?;
        let measures = upper[lead..groups_end].iter().all(|c| {
            bracketed_unit(c).is_some() && last_year(c).is_none() && !names_other_column(c)
        });
        // (Or a few words each, what the years are counted for: `小学` `初中`, `城市` `农村`.)
        let kinds = upper[lead..groups_end].iter().all(|c| {
            let t = strip_spaces(c);
            (2..=4).contains(&t.chars().count())
                && !t.chars().any(|c| c.is_ascii_digit())
                && !names_other_column(&t)
                && !names_values(&t)
                && !names_column(&t)
        });
        let first = lower.get(..per)?;
        let years: Vec<u32> = first.iter().filter_map(|c| last_year(c)).collect();
        let in_order = years.len() == per
            && years.windows(2).all(|w| w[0] < w[1])
            && first.iter().all(|c| is_year_header(c));
        let repeats = lower.chunks(per).all(|c| c == first);
        ((measures || kinds) && in_order && repeats)
            .then(|| groups_side_by_side(upper, lead, groups_end, lower, per))
    })
}

/// A header of two rows whose two groups are a baseline over its one year and a target over the
/// rest (`基期` over `2025年`, `目标` over `2030年` `年均增速`), the cells spanning both rows
/// written in the upper row wherever they stand (`属性` after `目标`).
fn baseline_target_groups(
    upper: &[String],
    lower: &[String],
    g: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let valued: Vec<usize> = (1..upper.len())
        .filter(|&j| {
            names_values(&upper[j])
                && !names_other_column(&upper[j])
                && !names_time_column(&upper[j])
        })
        .collect();
    let [b, t] = valued[..] else { return None };
    let baseline = ["基期", "现状", "基准", "基数"]
        .iter()
        .any(|w| upper[b].contains(w));
    let target = ["目标", "规划", "预期"]
        .iter()
        .any(|w| upper[t].contains(w));
    if g != 2 || !baseline || !target || lower.len() < 3 || last_year(lower.first()?).is_none() {
        return None;
    }
    let mut columns: Vec<String> = Vec::new();
    let mut groups: Vec<ColumnGroup> = Vec::new();
    for (j, cell) in upper.iter().enumerate() {
        let under: &[String] = if j == b {
            &lower[..1]
        } else if j == t {
            &lower[1..]
        } else {
            columns.push(cell.clone());
            continue;
        };
        groups.push(ColumnGroup {
            title: cell.clone(),
            first: columns.len(),
            span: under.len(),
        });
        columns.extend(under.iter().cloned());
    }
    Some((columns, groups))
}

/// A header of two rows whose groups are periods over unequal numbers of columns (`“十三五”`
/// `“十四五”` over `2020年实际` `2025年目标` `年均增长`): each period over the columns of its
/// years, a column without a year with the one before it; only when the years allow one
/// split alone.
fn period_groups(
    upper: &[String],
    lower: &[String],
    g: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let periods: Vec<(usize, std::ops::RangeInclusive<u32>)> = upper
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(j, c)| period_years(c).map(|y| (j, y)))
        .collect();
    if periods.len() != g || last_year(lower.first()?).is_none() {
        return None;
    }
    let fits = |spans: &[usize]| {
        let mut from = 0;
        spans.iter().zip(&periods).all(|(&n, (_, years))| {
            let cells = &lower[from..from + n];
            from += n;
            cells
                .iter()
                .filter_map(|c| last_year(c))
                .all(|y| years.contains(&y))
        })
    };
    // Of several splits, the one alone that puts the most years under the period they belong
    // to rather than the one they are the baseline of (`2020年` under `“十三五”`, not
    // `“十四五”`).
    let own = |spans: &[usize]| {
        let mut from = 0;
        spans
            .iter()
            .zip(&periods)
            .map(|(&n, (_, years))| {
                let cells = &lower[from..from + n];
                from += n;
                cells
                    .iter()
                    .filter_map(|c| last_year(c))
                    .filter(|y| y > years.start() && y <= years.end())
                    .count()
            })
            .sum::<usize>()
    };
    let splits: Vec<Vec<usize>> = compositions(lower.len(), g, 1)
        .into_iter()
        .filter(|s| fits(s))
        .collect();
    let best = splits.iter().map(|s| own(s)).max()?;
    let mut best_splits = splits.into_iter().filter(|s| own(s) == best);
    let spans = best_splits.next()?;
    if best_splits.next().is_some() {
        return None;
    }
    let mut columns = Vec::new();
    let mut groups = Vec::new();
    let mut spans = spans.into_iter();
    let mut under = lower.iter();
    for (j, cell) in upper.iter().enumerate() {
        if periods.iter().any(|(p, _)| *p == j) {
            let span = spans.next()?;
            groups.push(ColumnGroup {
                title: cell.clone(),
                first: columns.len(),
                span,
            });
            columns.extend(under.by_ref().take(span).cloned());
        } else {
            columns.push(cell.clone());
        }
    }
    Some((columns, groups))
}

/// A header of two rows or three read as one run of cells ([`split_two_row_header`], else
/// [`split_three_row_header`]).
/// Only a reading whose rows, as the page shows them, hold the cells in the order written.
fn split_header_rows(cells: &[String], width: usize) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let in_order = |(columns, groups): &(Vec<String>, Vec<ColumnGroup>)| {
        let t = Table {
            columns: columns.clone(),
            column_groups: groups.clone(),
            ..Default::default()
        };
        // (No baseline's group is over a target's column: `现状值` is never over
        // `“十五五”目标值（2030年）`.)
        let baseline = |t: &str| {
            ["现状", "基期", "基准", "基数"]
                .iter()
                .any(|w| t.contains(w))
        };
        let target = |t: &str| t.contains("目标");
        let values_over_values = groups.iter().any(|g| {
            let title = strip_spaces(&g.title);
            columns
                .get(g.first..g.first.saturating_add(g.span))
                .is_some_and(|cs| {
                    cs.iter()
                        .any(|c| baseline(&title) && !target(&title) && target(c) && !baseline(c))
                })
        });
        t.column_groups_problem().is_none() && t.header_cells() == cells && !values_over_values
    };
    split_two_row_header(cells, width)
        .filter(in_order)
        .or_else(|| split_three_row_header(cells, width).filter(in_order))
        .or_else(|| period_over_measures(cells, width).filter(in_order))
}

/// A header of two rows whose one group is a period (`“十四五”计划`) over every cell after it,
/// each a measure with its unit or a rate (`项目数（个）` `覆盖率（%）`), the cells before it
/// spanning both rows (`审计项目`).
fn period_over_measures(cells: &[String], width: usize) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    if cells.len() != width + 1 {
        return None;
    }
    // (The last period mark: the cells after it are the lower row.)
    let j = cells.iter().rposition(|c| starts_with_period_mark(c))?;
    let group = cells.get(j).filter(|_| j >= 1)?;
    let lower = cells.get(j + 1..)?;
    let measures = lower.len() >= 2
        && lower
            .iter()
            .all(|c| bracketed_unit(c).is_some() || names_rate(c) || names_values(c));
    if !measures {
        return None;
    }
    let columns: Vec<String> = cells[..j].iter().chain(lower).cloned().collect();
    let groups = vec![ColumnGroup {
        title: group.clone(),
        first: j,
        span: lower.len(),
    }];
    Some((columns, groups))
}

/// A header of three rows read as one run of cells, with rows of `width` cells: `序号 指标 单位
/// 基期值 “十四五”目标 属性`, then `阶段目标` `2025年` under `“十四五”目标`, then `2020年` under
/// `基期值` (which spans the two rows above it) and `2023年` under `阶段目标`. The lower cells are
/// the last ones (years, value words, rates); the groups are the upper row's value columns and
/// the value words among the lower cells that are no years (`阶段目标`), which stand in the
/// middle row. Of every way of standing the lower cells under the groups, the one where each
/// group holds a column, the years read in order and a baseline (`基期值`) holds one column
/// only; none when there is no such way or more than one.
fn split_three_row_header(
    cells: &[String],
    width: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let k = cells.len();
    let g = k.checked_sub(width).filter(|&g| g >= 2)?;
    // (A middle row may be periods, `“十三五”` `“十四五”` under `指标值`, or stages, `中期`
    // `期末` under `目标年`.)
    let period = |c: &str| {
        period_years(c).is_some()
            || ["中期", "期末", "近期", "远期", "末期"]
                .iter()
                .any(|w| strip_spaces(c) == *w)
    };
    let lower_like = |c: &str| names_values(c) || names_year(c) || names_rate(c) || period(c);
    let n_lower = cells.iter().rev().take_while(|c| lower_like(c)).count();
    let split = k.checked_sub(n_lower).filter(|&s| s >= 2 && n_lower >= 2)?;
    let (upper, lower) = cells.split_at(split);
    let ug: Vec<usize> = (0..upper.len())
        .filter(|&j| names_values(&upper[j]) && !names_other_column(&upper[j]))
        .collect();
    let sg: Vec<usize> = (0..lower.len())
        .filter(|&j| (names_values(&lower[j]) || period(&lower[j])) && !names_year(&lower[j]))
        .collect();
    // (A few groups over a dozen cells at most: the ways to try grow as their product.)
    if ug.is_empty() || sg.is_empty() || ug.len() + sg.len() != g || g > 4 || lower.len() > 10 {
        return None;
    }
    let baseline = |t: &str| {
        ["现状", "基期", "基准", "基数"]
            .iter()
            .any(|w| t.contains(w))
    };
    let mut readings = Vec::new();
    // `b`: the middle row's cells, every middle group among them.
    for b in sg.iter().max().map_or(1, |m| m + 1)..lower.len() {
        let (mid, low) = lower.split_at(b);
        for mid_parts in compositions(b, ug.len(), 0) {
            // (A baseline stands over its year alone, no stage under it.)
            if ug
                .iter()
                .zip(&mid_parts)
                .any(|(&u, &p)| p > 0 && baseline(&upper[u]))
            {
                continue;
            }
            // The groups over the lowest row, in column order: upper groups with no middle
            // cells under them, and the middle groups.
            let mut at = 0;
            let mut parents = 0;
            for &p in &mid_parts {
                parents += if p == 0 {
                    1
                } else {
                    sg.iter().filter(|&&m| m >= at && m < at + p).count()
                };
                at += p;
            }
            for low_parts in compositions(low.len(), parents, 1) {
                let mut columns: Vec<String> = Vec::with_capacity(width);
                let mut groups: Vec<ColumnGroup> = Vec::with_capacity(g);
                let (mut m_at, mut l_at, mut parent) = (0, 0, 0);
                let mut take_low = |columns: &mut Vec<String>| {
                    let n = low_parts.get(parent).copied().unwrap_or(0);
                    parent += 1;
                    columns.extend(low.get(l_at..l_at + n).unwrap_or(&[]).iter().cloned());
                    l_at += n;
                    n
                };
                for (j, cell) in upper.iter().enumerate() {
                    let Some(gi) = ug.iter().position(|&u| u == j) else {
                        columns.push(cell.clone());
                        continue;
                    };
                    let first = columns.len();
                    let at = groups.len();
                    groups.push(ColumnGroup {
                        title: cell.clone(),
                        first,
                        span: 0,
                    });
                    let p = mid_parts.get(gi).copied().unwrap_or(0);
                    if p == 0 {
                        take_low(&mut columns);
                    }
                    for (m, cell) in mid.iter().enumerate().skip(m_at).take(p) {
                        if sg.contains(&m) {
                            let first = columns.len();
                            let span = take_low(&mut columns);
                            groups.push(ColumnGroup {
                                title: cell.clone(),
                                first,
                                span,
                            });
                        } else {
                            columns.push(cell.clone());
                        }
                    }
                    m_at += p;
                    groups[at].span = columns.len() - first;
                }
                let years: Vec<u32> = columns.iter().filter_map(|c| last_year(c)).collect();
                let fits = columns.len() == width
                    && groups.iter().all(|g| g.span >= 1)
                    && years.windows(2).all(|w| w[0] <= w[1])
                    && groups.iter().all(|g| !baseline(&g.title) || g.span == 1);
                if fits {
                    readings.push((columns, groups));
                }
            }
        }
    }
    // Of several readings, the one whose periods hold the most columns of their own five years
    // (`2020年实际` under `“十三五”`, not `“十四五”`, whose baseline year it may also be).
    let own_years = |(columns, groups): &(Vec<String>, Vec<ColumnGroup>)| -> usize {
        groups
            .iter()
            .filter_map(|g| period_years(&g.title).map(|r| (g, r)))
            .map(|(g, r)| {
                let own = r.start() + 1..=*r.end();
                columns
                    .iter()
                    .skip(g.first)
                    .take(g.span)
                    .filter(|c| last_year(c).is_some_and(|y| own.contains(&y)))
                    .count()
            })
            .sum()
    };
    let best = readings.iter().map(own_years).max()?;
    let mut best_readings: Vec<_> = readings
        .into_iter()
        .filter(|r| own_years(r) == best)
        .collect();
    match best_readings.len() {
        1 => best_readings.pop(),
        _ => None,
    }
}

/// Every way of writing `n` as `parts` parts in order, each `min` at least.
fn compositions(n: usize, parts: usize, min: usize) -> Vec<Vec<usize>> {
    if parts == 0 {
        return if n == 0 { vec![Vec::new()] } else { Vec::new() };
    }
    let mut out = Vec::new();
    for first in min..=n {
        for mut rest in compositions(n - first, parts - 1, min) {
            rest.insert(0, first);
            out.push(rest);
        }
    }
    out
}

/// The last year a header cell names (`2025年`, `2021—2025年累计`: 2025).
fn last_year(t: &str) -> Option<u32> {
    if !names_year(t) {
        return None;
    }
    let c: Vec<char> = strip_spaces(t).chars().collect();
    c.windows(5)
        .rev()
        .find(|w| w[..4].iter().all(char::is_ascii_digit) && w[4] == '年')
        .and_then(|w| w[..4].iter().collect::<String>().parse().ok())
}

/// Cells of a row, as written.
fn texts(ps: &[Piece]) -> Vec<String> {
    ps.iter().map(Piece::text).collect()
}

/// Joins `cells[at]` and `cells[at + 1]` (a cell split over two pieces), reporting it.
fn merge_at(cells: &mut Vec<Piece>, at: usize, acc: &mut Acc, what: &str) -> bool {
    if at + 1 >= cells.len() {
        return false;
    }
    let b = cells.remove(at + 1);
    acc.join(&cells[at], &b, what);
    cells[at].absorb(b);
    true
}

/// An empty cell.
fn empty_piece(no: usize, end: usize) -> Piece {
    Piece {
        parts: vec![String::new()],
        nos: vec![no],
        gap: 0,
        end,
    }
}

/// The most frequent value (the smallest of equals).
fn mode(xs: &[usize]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for &x in xs {
        let n = xs.iter().filter(|&&y| y == x).count();
        if best.is_none_or(|(bx, bn)| n > bn || (n == bn && x < bx)) {
            best = Some((x, n));
        }
    }
    best.map(|b| b.0)
}

/// Category-like: a short cell without a sentence, that can be a merged category.
fn is_category_cell(t: &str) -> bool {
    let n = t.chars().count();
    n > 0 && n <= 30 && !t.contains(['。', '；']) && row_number(t).is_none() && !is_attr(t)
}

/// A header cell naming a category column (类别, 项目类型, 重点任务, 领域, 层级), or a place the
/// rows are grouped by (所在街道, 区域, 片区, 分区名称, 国家).
fn is_category_header(t: &str) -> bool {
    let t = strip_spaces(t);
    // (A place alone, `区`, `县（市、区）`, may be merged over its rows too.)
    if is_place_header(&t) {
        return true;
    }
    let zone = ["分区", "片区", "区域"].iter().any(|w| t.starts_with(w));
    (!t.contains("名称") || zone)
        && [
            "类", "领域", "任务", "方面", "所在", "街道", "区域", "片区", "分区", "街镇", "乡镇",
            "国家", "国别", "维度", "板块", "层级",
        ]
        .iter()
        .any(|w| t.contains(w))
}

/// A header cell that is a place alone (`区`, `县（市、区）`, `县（区）`): a column of its own.
fn is_place_header(t: &str) -> bool {
    [
        "区",
        "县",
        "镇",
        "乡",
        "区县",
        "县区",
        "县（市、区）",
        "区（县）",
        "县（区）",
        "县（市）",
    ]
    .contains(&strip_spaces(t).as_str())
}

/// A place's name as a column of places holds it: `江滨街道`, `城关镇`, `高新区`,
/// `芦荡街道（沁湖经济开发区）`.
fn names_a_place(t: &str) -> bool {
    let t = strip_spaces(t);
    let bare = without_bracket_tail(&t);
    ["街道", "镇", "乡", "区", "县", "市", "社区", "村", "场"]
        .iter()
        .any(|w| bare.ends_with(w))
}

/// Whether piece `i` of `pieces` is a place or a list of places (`青溪县、白鹭县、澜西市`) and
/// column `c` of `columns`, where it stands as written, a column of places (`所在地`, `街道`).
fn places_under_their_column(columns: &[String], c: usize, pieces: &[Piece], i: usize) -> bool {
    columns.get(c).is_some_and(|h| names_place_column(h))
        && pieces.get(i).is_some_and(|p| {
            let t = p.text();
            t.split(['、', '，'])
                .all(|x| !x.is_empty() && names_a_place(x))
        })
}

/// A place of the level a column of places (`header`) lists: a street or a township under
/// `街道` or `乡镇` (`新港街道`, `城关镇`), a district or county under `区县` (`高新区`); not a
/// community or a village under them.
fn place_of_the_column(header: &str, t: &str) -> bool {
    let t = strip_spaces(t);
    let ends: &[&str] = if header.contains(['街', '镇', '乡']) {
        &["街道", "镇", "乡"]
    } else if header.contains(['区', '县']) {
        &["区", "县", "市"]
    } else {
        &[]
    };
    ends.iter().any(|w| t.ends_with(w))
}

/// A header of a column of places: `区县`, `县（市、区）`, `乡镇`, `街道`, `镇（街道）`.
fn names_places(t: &str) -> bool {
    let t = strip_spaces(t);
    is_place_header(&t)
        || [
            "乡镇",
            "街镇",
            "镇街",
            "街道",
            "乡镇（街道）",
            "镇（街道）",
            "港区",
            "园区",
            "景区",
        ]
        .contains(&t.as_str())
        // (A place with another in brackets, `街道（镇）`.)
        || {
            let bare = without_bracket_tail(&t);
            bare.len() < t.len() && names_places(bare)
        }
}

/// An item row whose first cell is its name as written (no number taken from it); the rest are
/// its cells.
fn named_row(mut cells: Vec<String>, group: Option<String>) -> TableRow {
    let name = if cells.is_empty() {
        String::new()
    } else {
        cells.remove(0)
    };
    TableRow {
        kind: RowKind::Item,
        number: None,
        name,
        group,
        cells,
    }
}

/// The end of the header: `skip` pieces before piece `first`, leaving at least two header cells,
/// all of them short.
fn header_end(ps: &[Piece], first: usize, skip: usize) -> Result<usize, NotATable> {
    let end = first
        .checked_sub(skip)
        .filter(|&h| h >= 2)
        .ok_or(NotATable("header too short"))?;
    if !ps[..end].iter().all(is_header_cell) {
        return Err(NotATable("the header holds more than short cells"));
    }
    Ok(end)
}

/// How unlike every category so far a name's first line is, where a row may have left its
/// category to the row above: not at all, by its length, its ending or its second line
/// (`Yes`), or by the lengths alone (`ByLengths`), which tell it even before any row is seen to
/// leave its category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unlike {
    No,
    Yes,
    ByLengths,
}

/// Rows anchored by a number column holding `1`, `2`, … (group rows `一`, `二` … in the same
/// column); the first number is piece `f`.
fn numbered_rows(ps: &[Piece], f: usize, acc: &mut Acc) -> Result<Shape, NotATable> {
    let j = ps[..f]
        .iter()
        .position(|p| is_number_header(&p.text()))
        .unwrap_or(0);
    let lead = leading_total(ps, f).filter(|&t| t + j <= f);
    let h_end = match lead {
        Some(t) if t >= 2 && ps[..t].iter().all(is_header_cell) => t,
        _ => header_end(ps, f, j)?,
    };
    // A header in two row blocks (its cells split inside a word, a group over the lower row):
    // read against the width of the first row's block.
    let first_block = ps
        .get(h_end..)
        .unwrap_or(&[])
        .iter()
        .position(|p| row_number(&p.text()) == Some(1))
        .map(|f| h_end + f)
        .map(|f| {
            1 + ps
                .get(f + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|p| p.gap == 0)
                .count()
        });
    // (The first row's block holds its category before its number too, `旧区改造` / `1`.)
    let block_lead = ps
        .get(h_end..)
        .unwrap_or(&[])
        .iter()
        .position(|p| row_number(&p.text()) == Some(1))
        .map_or(0, |f| {
            ps.get(h_end + 1..=h_end + f)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take_while(|p| p.gap == 0)
                .count()
        });
    let blocks = first_block
        .filter(|&w| w >= 2)
        .and_then(|w| block_header(&ps[..h_end], w + block_lead, acc));
    // A header in one row block one line longer than the first row's block, as long as
    // another row's, two of its lines one column's name (`建设` / `年限` over rows of six).
    let one_block = ps
        .get(1..h_end)
        .is_some_and(|h| h.iter().all(|p| p.gap == 0));
    let sizes: Vec<usize> = ps
        .get(h_end..)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .filter(|(_, p)| p.gap > 0 && row_number(&p.text()).is_some())
        .map(|(i, _)| {
            1 + ps
                .get(h_end + i + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|p| p.gap == 0)
                .count()
        })
        .collect();
    let qualified = ps
        .get(..h_end)
        .unwrap_or(&[])
        .windows(2)
        .any(|w| qualifies_column(&w[0].text(), &w[1].text()));
    let split_header = first_block.map(|w| w + block_lead).filter(|&w| {
        one_block
            && qualified
            && blocks.is_none()
            && w >= 2
            && w + 1 == h_end
            && sizes.iter().filter(|&&s| s == w).count() >= 2
    });
    let mut columns = match (blocks, split_header) {
        (Some((columns, groups)), _) => {
            note_two_row_header(ps, &columns, &groups, acc);
            acc.column_groups = groups;
            columns
        }
        (None, Some(w)) => {
            // (Only where the header as written reads one cell too many, and the fit to the
            // rows finds the cell.)
            let mut as_written = acc.clone();
            let written = fit_header(&ps[..h_end], None, &mut as_written);
            let mut fitted = acc.clone();
            let columns = fit_header(&ps[..h_end], Some(w), &mut fitted);
            if written.len() == w + 1 && columns.len() == w {
                *acc = fitted;
                columns
            } else {
                *acc = as_written;
                written
            }
        }
        (None, None) => fit_header(&ps[..h_end], None, acc),
    };
    let mut k = columns.len();
    let number_column = |columns: &[String]| {
        columns
            .iter()
            .position(|c| is_number_header(c))
            .unwrap_or(0)
    };
    let mut jc = number_column(&columns);
    if k < 2 || jc >= k {
        return Err(NotATable("no number column"));
    }
    let body = &ps[h_end..];
    // (After a total row under the header, from where that row ends: piece `f` may be the
    // group row `一` before the first row.)
    let from = match lead {
        Some(t) if t == h_end => f - h_end,
        _ => 0,
    };
    let first = from
        + body
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take(jc + 4)
            .position(|p| row_number(&p.text()) == Some(1))
            .ok_or(NotATable("no first row"))?;
    // (A `（一）` with a name and then `1` after it is a group row over rows numbered `1`, `2`…
    // on across the groups, not the first row numbered `（一）`.)
    let first = match body.get(first + 2) {
        Some(p) if paren_number(&body[first].text()) == Some(1) && int_of(&p.text()) == Some(1) => {
            first + 2
        }
        _ => first,
    };
    let mut target = k - jc;
    let mut pos = number_chain(body, first, k, target);
    // Rows one cell wider than a header that names no number column: the number column's
    // header cell is empty (a blank cell over the numbers).
    if !columns.iter().any(|c| is_number_header(c)) && first == 0 {
        let wider = number_chain(body, first, k + 1, k + 1);
        let steps: Vec<usize> = wider.windows(2).map(|w| w[1] - w[0]).collect();
        if !steps.is_empty() && steps.iter().all(|&x| x == k + 1) {
            acc.warnings.push((
                body.first().map_or(0, Piece::first_no),
                "the rows have a number column the header does not name; its header cell left empty"
                    .to_string(),
            ));
            columns.insert(0, String::new());
            k += 1;
            jc = 0;
            target = k;
            pos = wider;
        }
    }
    if let Some((split, groups)) = narrower_rows(&pos, &columns, first.min(jc)) {
        note_two_row_header(ps, &split, &groups, acc);
        columns = split;
        acc.column_groups = groups;
        k = columns.len();
        jc = number_column(&columns);
        if jc >= k {
            return Err(NotATable("no number column"));
        }
        target = k - jc;
        pos = number_chain(body, first, k, target);
    } else if let Some(pairs) = broken_header_cells(&pos, first_block, &columns, jc) {
        // (Cells broken over two lines, where the header reads as no two rows.)
        for &i in pairs.iter().rev() {
            let second = columns.remove(i + 1);
            if let Some(w) = ps[..h_end]
                .windows(2)
                .find(|w| w[0].text() == columns[i] && w[1].text() == second)
            {
                acc.join(&w[0], &w[1], "header cell split over lines");
            }
            columns[i].push_str(&second);
        }
        k = columns.len();
        jc = number_column(&columns);
        target = k - jc;
        pos = number_chain(body, first, k, target);
    }
    // Where the attribute stands, as an offset from the number: the header's 属性 column, else
    // where the first row has it (a first row is complete: a merged cell starts there), else
    // the most frequent place.
    let first_attr = |p: usize| {
        body.get(p + 1..(p + target + 1).min(body.len()))
            .and_then(|s| s.iter().position(|x| is_attr(&x.text())))
            .map(|o| o + 1)
    };
    let offs: Vec<usize> = pos.iter().filter_map(|&p| first_attr(p)).collect();
    let attr_off = columns
        .iter()
        .position(|c| names_attribute_column(c))
        .and_then(|c| c.checked_sub(jc))
        .filter(|&o| o >= 1)
        .or_else(|| first_attr(first))
        .or_else(|| mode(&offs))
        .filter(|_| !offs.is_empty());
    let after_attr = attr_off.map(|o| target.saturating_sub(o + 1));
    // (Not when a category column stands before the number already: `任务类别` `序号` `重点任务`,
    // the tasks are the rows' names.)
    // (Nor when only years follow it, `序号` `任务` `2021年` … `2025年`: the tasks are the rows'
    // names, each row's cells its steps by year.)
    // (Or a column of places, `乡镇`, written once over its rows.)
    let cat_after = jc + 1 < k
        && (is_category_header(&columns[jc + 1]) || names_places(&columns[jc + 1]))
        && attr_off.is_none_or(|o| o != 1)
        && !(jc >= 1 && is_category_header(&columns[0]))
        && !columns[jc + 2..].iter().all(|c| is_year_header(c));
    let name_idx = usize::from(cat_after);
    let e = target - 1;
    acc.columns = columns;
    // The rows whose pieces fill their columns exactly, read ahead: the usual lengths of the
    // columns for a row before two such rows are read (a first row's cell split over two lines).
    // (With a column before the number, `领域`, the rows that write none: their cells start
    // with the number, as the rows read do.)
    // (Read once, when first asked for.)
    let whole_rows: std::cell::OnceCell<Vec<TableRow>> = std::cell::OnceCell::new();
    let whole = || -> &[TableRow] {
        whole_rows.get_or_init(|| {
            if jc > 1 {
                return Vec::new();
            }
            (0..pos.len())
                .filter_map(|ri| {
                    let a = pos[ri];
                    let b = pos.get(ri + 1).copied().unwrap_or(body.len());
                    let mut seg = body.get(a..b)?;
                    if jc == 1 && next_group_category(body, seg, b) {
                        seg = &seg[..seg.len() - 1];
                    }
                    // (In row blocks, a row that goes on into a block of its own is no whole row:
                    // its last piece is the next row's category.)
                    let cells = seg.get(1..).unwrap_or(&[]);
                    let one_layout =
                        cells.iter().all(|p| p.gap == 0) || cells.iter().all(|p| p.gap > 0);
                    (seg.len() == e + 1 && one_layout).then(|| TableRow {
                        kind: RowKind::Item,
                        cells: texts(&seg[1 - jc..]),
                        ..Default::default()
                    })
                })
                .collect()
        })
    };

    let mut pre_start = 0usize;
    let mut category: Option<String> = None;
    let mut merged = false;
    // The category column after the number has been left to the row above.
    let mut cat_merged = false;
    let mut next_group = 1u32;
    let mut used = 0usize;
    // The total rows (`小计`, `合计`), placed under their columns once all rows are read: each
    // row's index, and 1 when its label is its first cell after its number, else 0.
    let mut totals: Vec<(usize, usize)> = Vec::new();
    for (ri, &p) in pos.iter().enumerate() {
        // Before the number: a group row, then the cells of the columns before the number.
        let mut pre: Vec<Piece> = body.get(pre_start..p).unwrap_or(&[]).to_vec();
        // A total row (`小计` and its numbers) closing the group of the rows before.
        if let Some((row, n)) = total_row(&pre, k, is_total_label) {
            totals.push((acc.rows.len(), 0));
            acc.rows.push(row);
            pre.drain(..n.min(pre.len()));
        }
        if let Some(group) = pre.first().and_then(|x| group_label(&x.text())) {
            // A group row in one cell, labelled as a chapter (`一、防汛安全工程`).
            let marker = pre.remove(0);
            push_group_row(acc, &marker, group, &mut next_group);
            category = None;
        } else if pre.first().is_some_and(|x| cn_marker(&x.text()).is_some()) {
            let marker = pre.remove(0);
            let name = if pre.len() > jc {
                Some(pre.remove(0))
            } else {
                None
            };
            if let Some(n) = cn_marker(&marker.text()) {
                if n != next_group {
                    acc.warnings.push((
                        marker.first_no(),
                        format!("group row `{}` out of sequence", marker.text()),
                    ));
                }
                next_group = n + 1;
            }
            acc.rows.push(TableRow {
                kind: RowKind::Category,
                number: Some(marker.text()),
                name: name.as_ref().map(Piece::text).unwrap_or_default(),
                group: None,
                cells: Vec::new(),
            });
            category = None;
        }
        // A group's category cell, then the group's total before its first row (`机构养老`
        // `小计` `9800` `1` …): the category a row of its own over the group, then the total.
        if jc >= 1
            && pre.len() > jc
            && pre
                .first()
                .is_some_and(|x| !is_numberish(&x.text()) && is_category_cell(&x.text()))
        {
            if let Some((row, n)) = total_row(&pre[1..], k, is_total_label) {
                let name = pre.remove(0).text();
                acc.rows.push(TableRow {
                    kind: RowKind::Category,
                    number: None,
                    name: name.clone(),
                    group: None,
                    cells: Vec::new(),
                });
                category = Some(name);
                totals.push((acc.rows.len(), 0));
                acc.rows.push(row);
                pre.drain(..n.min(pre.len()));
            }
        }
        if pre.len() > jc {
            // More cells before the number than columns there: a row without a number (a
            // `其中` sub-row) or stray cells; kept as a row of their own, under the columns after
            // the number when they fit there.
            // (A sub-row's cells run to its attribute: the cell before the number is after it.)
            // (Nor is a figure after a sub-row a category: `其中：…（人）` `38` `90`, its
            // attribute merged above, then row 10.)
            let figures_last = pre
                .last()
                .is_some_and(|x| is_numberish(&x.text()) || is_value_cell(&x.text()))
                && pre.first().is_some_and(|x| opens_sub_row(&x.text()));
            // (Sub-rows one after another, each as wide as a row after its number and with its
            // attribute in the same place, `其中：雨水管网` … `预期性` `五年累计`, `污水管网` …
            // `预期性` `五年累计`: the last cell is the last sub-row's, no category.)
            let sub_width = k.saturating_sub(jc + 1);
            // (Or, no attribute column, each a name of words then its unit and figures:
            // `其中：国家级科技创新平台` `家` `8` `12`, `省级科技创新平台` `家` `66` `100`.)
            let figured = |c: &[Piece]| {
                c.split_first().is_some_and(|(name, rest)| {
                    let t = name.text();
                    !is_value_cell(&t)
                        && !is_placeholder(&t)
                        && !is_numberish(&t)
                        && rest.iter().all(|x| {
                            let t = x.text();
                            is_value_cell(&t) || is_placeholder(&t) || is_unit_like(&t)
                        })
                        && rest.iter().any(|x| is_value_cell(&x.text()))
                })
            };
            let whole_subs = sub_width >= 3
                && pre.len() >= 2 * sub_width
                && pre.len().is_multiple_of(sub_width)
                && pre.first().is_some_and(|x| opens_sub_row(&x.text()))
                && {
                    let attrs: Vec<Option<usize>> = pre
                        .chunks(sub_width)
                        .map(|c| c.iter().position(|x| is_attr(&x.text())))
                        .collect();
                    attrs.iter().all(|a| a.is_some() && *a == attrs[0])
                        || (attr_off.is_none() && pre.chunks(sub_width).all(figured))
                };
            // (Nor, in row blocks, a cell inside the sub-row's block when the next row's
            // number opens its own: its 备注 after its attribute, `2000年底前建成的住宅小区`.)
            let block_last = pre
                .first()
                .is_some_and(|x| x.gap > 0 && opens_sub_row(&x.text()))
                && pre.iter().skip(1).all(|x| x.gap == 0)
                && body.get(p).is_some_and(|x| x.gap > 0);
            let cut = pre
                .iter()
                .rposition(|x| is_attr(&x.text()))
                .map_or(0, |a| a + 1)
                .max(if figures_last || whole_subs || block_last {
                    pre.len()
                } else {
                    pre.len() - jc
                })
                .min(pre.len());
            let extra: Vec<Piece> = pre.drain(..cut).collect();
            // (Sub-rows one after another, `其中：企业数量` … `其中：新开设企业数` …, or the next
            // after the attribute that ends one, `四级公路` …: a row each.)
            let mut starts: Vec<usize> = vec![0];
            // (Not after the attribute alone, where the attribute comes before the names:
            // `约束性` `其中：拆除重建面积` `万平方米` `[12]` is one sub-row.)
            starts.extend((1..extra.len()).filter(|&i| {
                (opens_sub_row(&extra[i].text()) && !(i == 1 && is_attr(&extra[0].text())))
                    || (after_attr == Some(0) && is_attr(&extra[i - 1].text()))
                    || (whole_subs && i % sub_width == 0)
            }));
            for (n, &a) in starts.iter().enumerate() {
                let b = starts.get(n + 1).copied().unwrap_or(extra.len());
                let part = extra.get(a..b).unwrap_or(&[]);
                // (A group row after a sub-row that closes the group before it, `其中：…`
                // `预期性` `二、调运保障`: the next group's row.)
                if let ([marker], Some(group)) =
                    (part, part.first().and_then(|x| group_label(&x.text())))
                {
                    push_group_row(acc, marker, group, &mut next_group);
                    category = None;
                    continue;
                }
                // (In row blocks, a sub-row one cell wider than the columns after the number,
                // its name over two lines: joined.)
                let mut joined = part.to_vec();
                // (Or, under a category merged after the number, a sub-row as wide as a row after
                // its number: no `其中` is a category, so its name is over two paragraphs,
                // `其中：山洪和地质灾害` / `危险区村（社区）`.)
                let words_next = part.get(1).is_some_and(|x| {
                    let t = x.text();
                    !is_unit_like(&t) && !is_value_cell(&t) && !is_attr(&t) && !is_placeholder(&t)
                });
                let sub_over_two = cat_after
                    && part.len() == e
                    && part.first().is_some_and(|x| opens_sub_row(&x.text()))
                    && words_next;
                // (Or, in cells one per paragraph, over two paragraphs: `其中：中心城区接警后
                // 5分钟` / `到达责任区边缘覆盖率` / `%`.)
                let paragraphs = part.iter().all(|x| x.gap > 0);
                // (Or, one piece too many, its name broken mid-phrase or before its measure's
                // unit: `其中：面向少年儿童的阅读` / `推广活动（万场次）`.)
                let share_broken = part.len() == e + 1
                    && part.first().is_some_and(|x| opens_sub_row(&x.text()))
                    && part.get(1).is_some_and(|x| {
                        let t = x.text();
                        !is_value_cell(&t)
                            && !is_placeholder(&t)
                            && !is_attr(&t)
                            && (bracket_tail(&t).is_some_and(|(n, u)| {
                                n.chars().count() >= 2 && (1..=5).contains(&u.chars().count())
                            }) || part.first().is_some_and(|f| stops_mid_phrase(&f.text())))
                    });
                if share_broken
                    || (acc.columns.get(jc + 2).is_some_and(|c| is_unit_header(c))
                        && part.len() == e + 1
                        && part
                            .first()
                            .is_some_and(|x| x.gap > 0 && opens_sub_row(&x.text()))
                        && (name_over_two_lines(part, 0)
                            || (paragraphs && name_over_two_paragraphs(part, 0))))
                    || sub_over_two
                {
                    merge_at(&mut joined, 0, acc, "split cell");
                }
                let part = &joined[..];
                let t = texts(part);
                acc.warnings.push((
                    part.first().map_or(0, Piece::first_no),
                    format!(
                        "{} cell(s) without a row number between two rows: `{}`; kept as a row of their own",
                        t.len(),
                        t.join("` `")
                    ),
                ));
                let shape = RowShape {
                    jc,
                    e,
                    k,
                    cat_after,
                    unit_after_name: unit_after_name(&acc.columns, jc),
                    attr_at: attr_off.map(|o| jc + o),
                    baseline_at: baseline_before_attribute(&acc.columns, jc, attr_off),
                };
                // (A `其中` sub-row one short, under a column after the number that no row has
                // left to the one above: its gap where its figures fit their columns, `其中：雨污
                // 分流改造` `13.8` `6.1` `7.7` without its count.)
                let fitted = (cat_after
                    && !cat_merged
                    && attr_off.is_none()
                    && part.len() + 1 == e
                    && part.first().is_some_and(|x| opens_sub_row(&x.text())))
                .then(|| profile_gap(&acc.rows, jc, part, 1))
                .flatten()
                .map(|g| {
                    let mut cells = vec![String::new(); jc + 1];
                    let mut t = t.clone();
                    t.insert(g.min(t.len()), String::new());
                    cells.extend(t);
                    cells
                });
                let all = fitted.unwrap_or_else(|| shape.unnumbered(t, attr_off.is_some()));
                acc.rows.push(named_row(all, category.clone()));
            }
        }
        let no = body.get(p).map_or(0, Piece::first_no);
        let end_piece = body.get(p).map_or(0, |x| x.end);
        let mut pre_cells: Vec<String> = texts(&pre);
        if pre_cells.len() < jc {
            merged = true;
            while pre_cells.len() < jc {
                pre_cells.insert(0, String::new());
            }
        } else if let Some(c) = pre_cells.first() {
            if jc > 0 {
                category = Some(c.clone());
            }
        }
        // The row: from its number to where the next row's cells begin.
        let next = pos.get(ri + 1).copied().unwrap_or(body.len());
        let seg = body.get(p..next).unwrap_or(&[]);
        let last = ri + 1 == pos.len();
        let est = match (
            after_attr,
            seg.iter().skip(1).position(|x| is_attr(&x.text())),
        ) {
            // (The cells after the attribute, up to a `其中` sub-row: the row left them empty.)
            (Some(aa), Some(a)) => {
                a + 2
                    + seg
                        .get(a + 2..)
                        .unwrap_or(&[])
                        .iter()
                        .take(aa)
                        .take_while(|x| !opens_sub_row(&x.text()))
                        .count()
            }
            _ => target,
        };
        let group_at = seg
            .iter()
            .skip(1)
            .position(|x| cn_marker(&x.text()).is_some() || group_label(&x.text()).is_some())
            .map(|g| g + 1);
        let own_len = if last {
            // (The last row's cells split after `、` or a comma, `区委宣传部、区教育局、` /
            // `区融媒体中心`: a piece more for each, up to a note.)
            let base = est.min(seg.len());
            // (In row blocks, the last row's block ends at its blank line: a sentence in a block
            // of its own after it is the text under the table, not the row's last cell; a
            // number alone in its paragraph opens no block.)
            // (Nor the table's caption below it, a note or nothing after: `栖浦区…主要指标`.)
            let caption_below = |j: usize| {
                is_caption_below(&seg[j].text())
                    && seg
                        .get(j + 1)
                        .is_none_or(|x| is_note_start(&x.text()) || is_stop(&x.text()))
            };
            let base = if seg.first().is_some_and(|x| x.gap > 0) {
                (2..base)
                    .find(|&j| {
                        seg[j].gap > 0
                            && (seg[j].text().ends_with(['。', '！', '？']) || caption_below(j))
                            && seg[1..j].iter().all(|x| x.gap == 0)
                    })
                    .unwrap_or(base)
            } else {
                base
            };
            let open = seg
                .get(1..base)
                .unwrap_or(&[])
                .iter()
                .filter(|x| ends_open(&x.text()))
                .count();
            let more = seg
                .get(base..)
                .unwrap_or(&[])
                .iter()
                .take(open)
                .take_while(|x| {
                    let t = x.text();
                    !is_stop(&t) && !is_note_start(&t) && !t.ends_with(['。', '！', '？'])
                })
                .count();
            let own = base + more;
            // (And a piece more where the table ends after it, a note, a heading or nothing
            // next, that ends as the last column's cells all do: `未完成` under `已完成`, the
            // row's name over two paragraphs.)
            let ends_table = seg
                .get(own + 1)
                .is_none_or(|x| is_note_start(&x.text()) || is_stop(&x.text()));
            let closes = seg.get(own).is_some_and(|x| {
                let t = x.text();
                !is_stop(&t)
                    && !is_note_start(&t)
                    && !t.ends_with(['。', '！', '？'])
                    && ends_like_last_column(&acc.rows, &t)
            });
            own + usize::from(ends_table && closes)
        } else if let Some(g) = group_at {
            // (Up to a `其中` sub-row after the row's cells: the last of its group.)
            let l0 = est.min(seg.len());
            match seg.get(l0) {
                Some(x) if l0 < g && opens_sub_row(&x.text()) => l0,
                _ => g,
            }
        } else if let Some(j) = early_sub_row(seg, est) {
            j
        } else {
            let l0 = est.min(seg.len());
            let rest = &seg[l0..];
            let sub_row = rest.first().is_some_and(|x| opens_sub_row(&x.text()))
                || (rest.len() > jc && rest[..rest.len() - jc].iter().any(|x| is_attr(&x.text())));
            if sub_row {
                l0
            } else {
                let mut l = est.max(seg.len().saturating_sub(jc)).min(seg.len());
                // In row blocks the next row's cells before its number open a block of their
                // own: pieces that go on in this row's block (`120.0` after a content cell
                // split over two lines, or after a name split over two paragraphs) are this
                // row's. (Rows written one line after another, no blank line before the next
                // row's number, are no blocks.)
                let in_block = seg.get(l).is_some_and(|x| x.gap == 0)
                    && seg.get(l..).unwrap_or(&[]).iter().all(|x| x.gap == 0)
                    && body.get(next).is_some_and(|x| x.gap > 0);
                // (Nor is a figure ever the next row's category: `4.5`, a target after a name
                // over two paragraphs.)
                if in_block
                    || seg[l..].iter().any(|x| {
                        let t = x.text();
                        !is_category_cell(&t) || is_numberish(&t)
                    })
                {
                    l = seg.len();
                }
                // (Nor is a category where the attribute closes the row, when the attribute
                // is merged over the group: `2` `货邮吞吐量` `万吨` `16.5` `40` `产业发展`.)
                let attribute_merged = || {
                    let attribute_last = acc
                        .columns
                        .last()
                        .is_some_and(|c| names_attribute_column(c));
                    let said = rows_or_ahead(&acc.rows, &whole)
                        .iter()
                        .any(|r| r.cells.last().is_some_and(|c| is_attr(c)));
                    attribute_last
                        && said
                        && seg.len() == e + 1
                        && seg.last().is_some_and(|x| {
                            let t = x.text();
                            !is_attr(&t)
                                && is_category_cell(&t)
                                && !is_numberish(&t)
                                && !is_unit_like(&t)
                                && !is_value_cell(&t)
                                && !is_placeholder(&t)
                        })
                };
                // (In row blocks, a piece that opens the block of the next row's number, after
                // the row's own block: `13` `森林康养基地数量` `个` `3` `8` / `生态文化` `14` ….)
                let opens_next_block = || {
                    seg.split_last().is_some_and(|(last, own)| {
                        let t = last.text();
                        last.gap > 0
                            && body.get(next).is_some_and(|x| x.gap == 0)
                            && own.len() >= 3
                            && own[1..].iter().all(|x| x.gap == 0)
                            && is_category_cell(&t)
                            && !is_numberish(&t)
                            && !is_value_cell(&t)
                            && !is_placeholder(&t)
                    })
                };
                if jc >= 1
                    && l == seg.len()
                    && seg.len() > 2
                    && (next_group_category(body, seg, next)
                        || opens_next_block()
                        || (jc == 1
                            && next_category_ends(rows_or_ahead(&acc.rows, &whole), seg, e))
                        || attribute_merged())
                {
                    l -= 1;
                }
                l
            }
        };
        // A total row after the row's cells ends the row (right after the number, it is the
        // row: a numbered total, `3` `合计` `20.7`).
        // (In row blocks a total opens a block of its own: `全市` inside the row's block is
        // the row's place, `存量商品住房收购` `全市` `1500`.)
        // (The next row's block opens at its number, or at the merged category before it.)
        let opens_block = |i: usize| body.get(i).is_some_and(|x| x.gap > 0);
        let blocks = seg.get(1).is_some_and(|x| x.gap == 0)
            && (opens_block(next) || (jc >= 1 && next.checked_sub(1).is_some_and(opens_block)));
        // (Nor, in a row short of its cells so far, the whole area: `全区` `1850` `2021—2023年`
        // after a project's 建设内容 is its place, investment and years.)
        let total_at = (2..seg.len()).find(|&i| {
            let inside_block = blocks && seg[i].gap == 0;
            let place = i <= e && is_whole_area(&strip_spaces(&seg[i].text()));
            !inside_block && !place && total_len(&seg[i..], k, None) > 0
        });
        let numbered_total = k > 1 && total_len(seg.get(1..).unwrap_or(&[]), k - 1, None) > 0;
        let own_len = total_at.map_or(own_len, |t| own_len.min(t));
        // (And a category cell right before that total, past the row's own cells, opens the
        // next group: `2022—2024年` `社区养老` `小计` `14260`; in row blocks, only where it opens
        // a block.)
        let own_len = match total_at {
            Some(t)
                if jc >= 1
                    && own_len == t
                    && t >= e + 2
                    && seg.get(t - 1).is_some_and(|x| {
                        !is_numberish(&x.text())
                            && is_category_cell(&x.text())
                            && !(blocks && x.gap == 0)
                    }) =>
            {
                t - 1
            }
            _ => own_len,
        };
        // The last piece before the next row's number, after this row's attribute, is the next
        // row's merged category rather than this row's note when it reads as one of the
        // categories (`知识产权保护` after `知识产权创造`, `知识产权运用`).
        let named = jc >= 1
            && !last
            && own_len == seg.len()
            && own_len >= 3
            && seg[..own_len - 1]
                .iter()
                .skip(1)
                .any(|x| is_attr(&x.text()))
            && seg
                .last()
                .is_some_and(|x| reads_as_category(&x.text(), &acc.rows));
        // (Or by its size, as the categories and as no word of the last column.)
        let sized = jc >= 1
            && !last
            && own_len == seg.len()
            && own_len >= 3
            && seg.last().is_some_and(|x| {
                sized_as_category(&x.text(), &acc.rows, acc.columns.last().map(String::as_str))
            });
        // (In row blocks, never a piece of the row's own block: `文化创意` closing the block of
        // row 5, whose number opens it, is row 5's.)
        let in_own_block = seg.first().is_some_and(|x| x.gap > 0)
            && seg.get(1..).is_some_and(|r| r.iter().all(|x| x.gap == 0));
        let own_len = if (named || sized) && !in_own_block {
            own_len - 1
        } else {
            own_len
        };
        let own = seg.get(..own_len).unwrap_or(seg);
        // Fit the cells after the number to the columns after it.
        let mut after: Vec<Piece> = own.get(1..).unwrap_or(&[]).to_vec();
        // In row blocks, the last row's block may go on after its cells: its last cell is
        // written over two lines (`区司法局` / `各街道（镇）`).
        let tail = if last && e > 0 && after.len() == e && seg.first().is_some_and(|x| x.gap > 0) {
            seg.get(own.len()..)
                .unwrap_or(&[])
                .iter()
                .take_while(|x| x.gap == 0 && x.parts.len() == 1 && !is_stop(&x.text()))
                .count()
        } else {
            0
        };
        // (Unless a cell before stops where its words go on, `…中期评估和`: that one is over two
        // lines, and the rest move on a cell.)
        let mid_open = after
            .iter()
            .rev()
            .skip(1)
            .any(|x| stops_mid_phrase(&x.text()));
        // (Unless the line that goes on is one before, a cell over two lines inside the row:
        // `东市河与文庙街` / `交汇处` `保留历史建筑` `第四批`, each cell after it of its column.)
        let inside_join = if tail == 1 && !mid_open {
            seg.get(own.len()).and_then(|x| {
                let mut texts: Vec<String> = after.iter().map(Piece::text).collect();
                texts.push(x.text());
                join_within(&acc.rows, jc, &texts)
            })
        } else {
            None
        };
        if let (Some(i), Some(x)) = (inside_join, seg.get(own.len())) {
            after.push(x.clone());
            merge_at(&mut after, i, acc, "split cell");
        }
        for x in seg
            .get(own.len()..own.len() + tail)
            .unwrap_or(&[])
            .iter()
            .filter(|_| inside_join.is_none())
        {
            if mid_open {
                after.push(x.clone());
            } else if let Some(cell) = after.last_mut() {
                acc.join(cell, x, "split cell");
                cell.absorb(x.clone());
            }
        }
        pre_start = p + own.len() + tail;
        used = pre_start;
        // A cell split after a comma (`东至四川北路，` / `南至海宁路…`): no cell ends so, the
        // piece goes on in the next one.
        // (Whether a line left open was joined so: the row's cell over two lines, and no gap
        // then to place by joining two more.)
        let mut joined_open = false;
        while after.len() > e {
            let split = (0..after.len().saturating_sub(1)).find(|&i| ends_open(&after[i].text()));
            if !split.is_some_and(|i| merge_at(&mut after, i, acc, "split cell")) {
                break;
            }
            joined_open = true;
        }
        // (So in a row as wide as the columns, inside the row's block: `…雨污分流改造，` /
        // `同步实施…`, the row then a cell short, a cell merged over its group; or in a row
        // already short: `…前期研究，` / `适时启动…`, its investments vanished.)
        if after.len() <= e && seg.first().is_some_and(|x| x.gap > 0) {
            let split = (0..after.len().saturating_sub(1)).find(|&i| {
                let next = &after[i + 1];
                after[i].text().ends_with('，')
                    && next.gap == 0
                    && !is_numberish(&next.text())
                    && !is_value_cell(&next.text())
            });
            if let Some(i) = split {
                joined_open |= merge_at(&mut after, i, acc, "split cell");
            }
        }
        // In row blocks, a blank line inside a row's block stands where an empty cell vanished
        // (`4` `算力总规模` `EFLOPS`, a blank line, `10` `预期性`).
        if after.len() < e && seg.first().is_some_and(|x| x.gap > 0) {
            let inside: Vec<usize> = (1..after.len()).filter(|&i| after[i].gap > 0).collect();
            let tight = after.iter().filter(|x| x.gap == 0).count();
            if !inside.is_empty() && inside.len() == e - after.len() && tight * 2 >= after.len() {
                for &i in inside.iter().rev() {
                    let column = acc.columns.get(jc + 1 + i).cloned().unwrap_or_default();
                    acc.warnings.push((
                        after[i].first_no(),
                        format!(
                            "row {}: a blank line inside its block read as an empty cell under `{column}`",
                            body.get(p).map(Piece::text).unwrap_or_default()
                        ),
                    ));
                    after.insert(i, empty_piece(no, end_piece));
                }
            }
        }
        // The column after the name's is the unit's.
        let unit_next = acc
            .columns
            .get(jc + 2 + name_idx)
            .is_some_and(|c| c.contains("单位"));
        // (In row blocks, a name over two lines in a row as wide as the columns and with its
        // attribute, words under the unit and a unit after them: the row is short of a cell.)
        if after.len() == e
            && attr_off.is_some()
            && acc
                .columns
                .get(jc + 2 + name_idx)
                .is_some_and(|c| is_unit_header(c))
            && seg.first().is_some_and(|x| x.gap > 0)
            && after.get(name_idx).is_some_and(|x| x.gap == 0)
            && name_over_two_lines(&after, name_idx)
        {
            merge_at(&mut after, name_idx, acc, "split cell");
        }
        // A name and its unit on two lines of one paragraph, the blank line between them
        // missing (`婴儿死亡率` / `‰`), in a row short of a cell under a unit column: a cell each.
        if after.len() < e
            && after.get(name_idx).is_some_and(|x| {
                x.parts.len() == 2
                    && x.parts.get(1).is_some_and(|u| {
                        is_unit_like(u)
                            && u.chars().count() <= 4
                            && !u.chars().any(|c| c.is_ascii_digit())
                            && !u.starts_with(['（', '('])
                    })
            })
            && unit_next
        {
            split_lines(&mut after, name_idx);
        }
        let expected_attr = attr_off.map(|o| o - 1);
        let mut filled_cat = false;
        // Under a category column rows leave to the row above, a name over two lines where the
        // category would stand, its first line stopped mid-phrase (`规模以上工业企业中有研发机构
        // 的` / `企业占比`): no category ends so; the row leaves its own to the one above.
        // (Or a first line longer by a quarter than every category so far, and a second shorter
        // than every name so far that ends as a measure's name: `街镇认知障碍友好社区` / `建设覆盖率`
        // among `设施供给` `居家社区`; as long as the shortest, after a first line twice as long
        // as every category: `河湖岸线“四乱”问题` / `动态清零率`, not `非常规水源利用` /
        // `再生水利用率`.)
        let unlike_category = || -> Unlike {
            let lens = |c: usize| -> Vec<usize> {
                acc.rows
                    .iter()
                    .filter(|r| r.kind == RowKind::Item)
                    .filter_map(|r| r.cells.get(c).filter(|t| !t.is_empty()))
                    .map(|t| t.chars().count())
                    .collect()
            };
            let (cats, names) = (lens(jc), lens(jc + 1));
            let (Some(&most), Some(&least)) = (cats.iter().max(), names.iter().min()) else {
                return Unlike::No;
            };
            let first = after.first().map_or(0, |x| x.text().chars().count());
            let second = after
                .get(1)
                .map_or(usize::MAX, |x| x.text().chars().count());
            // (The second line the end of an indicator's name, `…覆盖率`, not a place,
            // `华阳路街道`.)
            // (Nor a first line that ends as every category so far, `绿色智慧类` after `设施类`
            // `停车类`: a category of their kind.)
            let ends: Vec<char> = acc
                .rows
                .iter()
                .filter_map(|r| r.cells.get(jc).and_then(|t| t.chars().last()))
                .collect();
            let of_kind = after
                .first()
                .and_then(|x| x.text().chars().last())
                .is_some_and(|l| ends.len() >= 2 && ends.iter().all(|&c| c == l));
            // (Where every category so far ends alike, `…类`, a first line that does not is no
            // category whatever the second's length: `新建轨道交通站点50米范围内` /
            // `公交接驳覆盖率`.)
            // (Or one category so far that names a kind, `资源保护类`, before a first line
            // that does not: `古树名木保护范围内违法` / `侵占问题整改率`.)
            let kind_ends = (ends.len() >= 2
                && ends.iter().all(|&c| Some(c) == ends.first().copied()))
                || (ends == ['类'] && after.first().is_some_and(|x| !x.text().ends_with('类')));
            // (Lengths that tell it alone: a first line longer by three than every category
            // and a second shorter by two than every name and no longer than the first, as a
            // name breaks, even after one category, or before a unit, not a measure's end:
            // `数字化教学资源` / `覆盖专业比例` after `办学条件`; `家政服务标准化` / `试点示范企业` /
            // `家`; not `小区（社区）` / `城镇老旧小区改造数量` after `住房`.)
            let told_by_lengths = first >= most + 3 && second + 2 <= least && second <= first;
            let unlike = (cats.len() >= 2 || kind_ends || told_by_lengths)
                && !of_kind
                && first * 4 > most * 5
                && first >= most + 2
                && (second < least || (second == least && first >= 2 * most) || kind_ends)
                && after.get(1).is_some_and(|x| {
                    // (Or a rate's short end before its unit: `死亡率` `人/万车`; or a
                    // measure's end with its unit, `盘活规模（公顷）`.)
                    let t = strip_spaces(&x.text());
                    let unit_after = after.get(2).is_some_and(|u| is_unit_like(&u.text()));
                    names_measure(&t)
                        || bracketed_unit(&t).is_some()
                        || ((2..=3).contains(&t.chars().count()) && t.ends_with('率') && unit_after)
                        || (told_by_lengths && unit_next && unit_after)
                });
            match (unlike, told_by_lengths) {
                (false, _) => Unlike::No,
                (true, false) => Unlike::Yes,
                (true, true) => Unlike::ByLengths,
            }
        };
        // (Told by lengths alone, the first row to leave its category to the one above, where
        // a row further on is short of a piece: `办学条件` on row 1, then `数字化教学资源` /
        // `覆盖专业比例`, and row 4 leaves its own.)
        let short_row_ahead = || {
            (ri + 1..pos.len()).any(|r| {
                let end = pos.get(r + 1).copied().unwrap_or(body.len());
                end.saturating_sub(pos[r]) < e + 1
            })
        };
        // (Or a first line with a figure in it, which no category has, before a measure's end:
        // `单体建筑面积2万㎡以上公共建筑` / `能源审计覆盖率`, even before any row has left its
        // category to the one above.)
        let figured_first = || {
            after.first().is_some_and(|x| {
                let t = x.text();
                t.chars().any(|c| c.is_ascii_digit()) && t.chars().count() > MAX_COLUMN_NAME_CHARS
            }) && after.get(1).is_some_and(|x| names_measure(&x.text()))
        };
        if cat_after
            && (cat_merged
                || figured_first()
                || (unlike_category() == Unlike::ByLengths && short_row_ahead()))
            && after.len() == e
            && after.first().is_some_and(|x| {
                stops_mid_phrase(&x.text()) || unlike_category() != Unlike::No || figured_first()
            })
            && after.get(1).is_some_and(|x| {
                let t = x.text();
                // (A measure's name is no unit for a unit's character in it, `装备配套率`
                // before `%`, after a first line unlike every category.)
                // (Or a rate's short end, `处置率` before `%`.)
                let rate_end = (2..=3).contains(&t.chars().count()) && t.ends_with('率');
                let measure_before_unit = (names_measure(&t) || rate_end)
                    && unlike_category() != Unlike::No
                    && after.get(2).is_some_and(|u| {
                        let u = u.text();
                        is_unit_like(&u) && u.chars().count() < t.chars().count()
                    });
                // (Nor is a measure's end with its unit in brackets, `里程（公里）`, a unit.)
                let named_measure = bracketed_unit(&t).is_some_and(|(n, _)| {
                    n.chars().count() >= 2 && n.chars().any(|c| !UNIT_CHARS.contains(c))
                });
                // (Nor is anything a unit where no column holds units: `湿地自然教育活动` /
                // `年参与人次` before `12万人次`.)
                let no_unit_column = !acc.columns.iter().any(|c| is_unit_header(c));
                !is_value_cell(&t)
                    && (!is_unit_like(&t) || measure_before_unit || named_measure || no_unit_column)
                    && !is_attr(&t)
            })
        {
            merge_at(&mut after, 0, acc, "split cell");
            after.insert(0, empty_piece(no, end_piece));
            filled_cat = true;
        }
        if let Some(ea) = expected_attr {
            if let Some(mut fa) = after.iter().position(|x| is_attr(&x.text())) {
                // (The name over two lines; or, when a unit follows it under the unit's
                // column, a value in words over two, `元` `6850` `达到全省` / `平均水平`.)
                while fa > ea && name_idx + 1 < fa {
                    let words = |x: &Piece| {
                        let t = x.text();
                        !t.is_empty() && !is_value_cell(&t) && !is_placeholder(&t) && !is_attr(&t)
                    };
                    // (A measure's name is no unit for a unit's character in it: `口岸进出口贸易额` /
                    // `年均增长率` is a name over two paragraphs.)
                    let in_words = (unit_next
                        && after.get(name_idx + 1).is_some_and(|u| {
                            let t = u.text();
                            is_unit_like(&t) && !is_value_cell(&t) && !names_measure(&t)
                        }))
                    .then(|| {
                        (name_idx + 2..fa.saturating_sub(1))
                            .find(|&i| after[i..i + 2].iter().all(words))
                    })
                    .flatten();
                    // (Or the unit broken at its slash: `千克标准煤/` / `平方米`.)
                    let unit_split = (unit_next
                        && name_idx + 2 < fa
                        && splits_open(&after[name_idx + 1].text(), &after[name_idx + 2].text()))
                    .then_some(name_idx + 1);
                    let at = unit_split.or(in_words).unwrap_or(name_idx);
                    if !merge_at(&mut after, at, acc, "split cell") {
                        break;
                    }
                    fa -= 1;
                }
                // (Unless the row writes its own category: its second piece no unit and its
                // third one, under a unit column after the name, `执法服务` `城市管理综合评价得分`
                // `分`, then a value vanished.)
                // (Or its unit vanished too, a goal in words where the unit would stand and a
                // name no unit where the name would: `人才环境` `人才发展体制机制` `初步建立`
                // `全面建立`, an indicator no figure measures.)
                // (Its unit before its attribute: where the attribute stands before the values,
                // `城乡交通运输一体化发展水平` `预期性` `AAA级`, a grade after it is none.)
                let own_category = || match (after.get(name_idx), after.get(name_idx + 1)) {
                    (Some(name), Some(unit)) if unit_next && name_idx + 1 < fa => {
                        let (name, unit) = (name.text(), unit.text());
                        // (A measure's name is no unit for a unit's character in it:
                        // `游客满意度指数`.)
                        let named =
                            (!is_unit_like(&name) || names_measure(&name)) && !is_value_cell(&name);
                        // (A unit is shorter than six characters; `人` in a name is no unit.)
                        let goal = || {
                            name.chars().count() >= 6
                                && !is_value_cell(&name)
                                && !is_unit_like(&unit)
                                && !names_measure(&unit)
                                && states_a_goal(&unit)
                                && after.first().is_some_and(|c| {
                                    let c = c.text();
                                    (2..=8).contains(&c.chars().count()) && !states_a_goal(&c)
                                })
                        };
                        // (Or its unit vanished, a figure where the unit would stand after a
                        // long name, the first piece short words: `效率类`
                        // `高峰时段主要道路交通运行指数` `1.62`, a group of one row.)
                        let unit_vanished = || {
                            let first = after[0].text();
                            named
                                && name.chars().count() >= 6
                                && (is_value_cell(&unit) || is_placeholder(&unit))
                                && (2..=MAX_COLUMN_NAME_CHARS).contains(&first.chars().count())
                                && !first.chars().any(|c| c.is_ascii_digit())
                                && !is_unit_like(&first)
                                && !is_value_cell(&first)
                        };
                        (named && is_unit_like(&unit) && !is_value_cell(&unit) && !is_attr(&unit))
                            || goal()
                            || unit_vanished()
                    }
                    // (Or, no unit column, the name carrying its unit in brackets where a value
                    // would stand, after a first piece that carries none: `建筑垃圾`
                    // `建筑垃圾资源化利用率（%）` `≥50`, its baseline vanished.)
                    (Some(name), Some(_)) if !unit_next && name_idx == 1 => {
                        let (first, name) = (after[0].text(), name.text());
                        bracketed_unit(&name).is_some()
                            && bracketed_unit(&first).is_none()
                            && !is_value_cell(&first)
                            && !is_placeholder(&first)
                    }
                    _ => false,
                };
                if fa < ea && cat_after && after.len() < e && !own_category() {
                    after.insert(0, empty_piece(no, end_piece));
                    filled_cat = true;
                    fa += 1;
                }
                if fa < ea && after.len() < e {
                    // One value missing where a baseline column stands before a target column:
                    // the baseline's (a new indicator has none; a plan's target is never left
                    // out).
                    // A unit column whose cell holds no unit (`紧密型城市医疗集团建设`
                    // `初步建成` `全面建成`: a goal in words has none; `国民体质监测合格率（%）`
                    // `96.5` `≥97`: the unit is in the name) is the one left empty.
                    // (So is one whose cell reads as a state reached, `启动` `基本完成`; or one
                    // whose cell is a placeholder where the rows above write placeholders among
                    // their values and never as a unit, `—` `建成`, or before a goal in words; or
                    // the first when the name
                    // carries its unit, `新增公共开放空间面积（万平方米）` `—` `30`.)
                    let placeholder_is_a_value = |u: usize| {
                        let items = || acc.rows.iter().filter(|r| r.kind == RowKind::Item);
                        let held = |r: &TableRow, c: usize| {
                            r.cells.get(jc + c).is_some_and(|x| is_placeholder(x))
                        };
                        !items().any(|r| held(r, u))
                            && items().any(|r| (u + 1..ea).any(|v| held(r, v)))
                    };
                    let unit_column = |u: usize| {
                        acc.columns
                            .get(jc + 1 + u)
                            .is_some_and(|c| c.contains("单位"))
                    };
                    let name_with_unit = after
                        .get(name_idx)
                        .is_some_and(|x| bracketed_unit(&x.text()).is_some());
                    // (Or before a target in words, `—` `全面建立`: an indicator no figure
                    // measures has no unit.)
                    let goal_last = || {
                        after.get(fa.wrapping_sub(1)).is_some_and(|x| {
                            let t = x.text();
                            is_target_in_words(&t) && states_a_goal(&t)
                        })
                    };
                    let baseline = (ea - fa == 1)
                        .then(|| {
                            let unitless = (name_idx + 1..fa)
                                .find(|&u| {
                                    unit_column(u)
                                        && after.get(u).is_some_and(|x| {
                                            let t = x.text();
                                            (!is_unit_like(&t) && !is_value_cell(&t))
                                                || is_bare_amount(&t)
                                                || is_rate_value(&t)
                                                || is_ratio(&t)
                                                || names_state(&t)
                                                || (is_placeholder(&t)
                                                    && (placeholder_is_a_value(u) || goal_last()))
                                        })
                                })
                                .or_else(|| {
                                    (name_idx + 1..fa)
                                        .find(|&u| unit_column(u))
                                        .filter(|_| name_with_unit)
                                });
                            unitless
                                .or_else(|| {
                                    // (Words for the last value, `控制在…以内`: a target, and
                                    // no rate of growth beside it.)
                                    let last = after
                                        .get(fa.wrapping_sub(1))
                                        .map(Piece::text)
                                        .unwrap_or_default();
                                    Some(fa)
                                        .filter(|&r| r > name_idx + 1)
                                        .filter(|&r| {
                                            acc.columns
                                                .get(jc + 1 + r)
                                                .is_some_and(|c| names_rate(c))
                                        })
                                        .filter(|_| is_target_in_words(&last))
                                })
                                .or_else(|| {
                                    // (One value short beside a rate's column, `年均增速（%）`
                                    // after `2020年` `2025年`: the rate's, which a row with a
                                    // baseline and a target may leave out, and one without a
                                    // baseline cannot have.)
                                    let rates: Vec<usize> = (name_idx + 1..ea)
                                        .filter(|&r| {
                                            acc.columns
                                                .get(jc + 1 + r)
                                                .is_some_and(|c| names_rate(c) && !names_year(c))
                                        })
                                        .collect();
                                    let years = (name_idx + 1..ea)
                                        .filter(|&r| {
                                            acc.columns
                                                .get(jc + 1 + r)
                                                .is_some_and(|c| names_year(c) && !names_rate(c))
                                        })
                                        .count();
                                    // (Not when the row's last value is a placeholder, `/`
                                    // before its attribute: that is its rate.)
                                    let rate_written = fa
                                        .checked_sub(1)
                                        .and_then(|l| after.get(l))
                                        .is_some_and(|x| is_placeholder(&x.text()));
                                    match rates.as_slice() {
                                        [r] if ea - fa == 1 && years >= 2 && !rate_written => {
                                            Some(*r)
                                        }
                                        _ => None,
                                    }
                                })
                                .or_else(|| {
                                    // (Not when the row writes a placeholder itself: that one
                                    // is likelier the rate's.)
                                    let own = after
                                        .get(name_idx + 1..fa)
                                        .unwrap_or(&[])
                                        .iter()
                                        .any(|x| is_placeholder(&x.text()));
                                    let cols = name_idx + 1..fa + 1;
                                    (!own)
                                        .then(|| {
                                            rate_gap_column(&acc.columns, jc + 1, cols, whole())
                                        })
                                        .flatten()
                                })
                                .or_else(|| {
                                    interim_column(&acc.columns, jc + 1, name_idx + 1, ea)
                                        .filter(|&b| b < fa)
                                })
                                .or_else(|| {
                                    baseline_column(&acc.columns, jc + 1, name_idx + 1, ea)
                                        .filter(|&b| b < fa)
                                })
                                .or_else(|| {
                                    // (Else where the cells fit the rows above clearly best:
                                    // `6` `20` `前2` under 数值 排名 数值 排名, the first rank
                                    // vanished and `前2` a rank as the last column's.)
                                    // (Never the unit's: a unit is no value.)
                                    profile_gap(&acc.rows, jc, &after, name_idx + 1)
                                        .filter(|&b| b < fa && !unit_column(b))
                                })
                        })
                        .flatten();
                    let left = baseline
                        .and_then(|b| acc.columns.get(jc + 1 + b))
                        .map_or(String::new(), |c| format!(" under `{c}`"));
                    acc.warnings.push((
                        no,
                        format!(
                            "row {}: {} cell(s) missing before the attribute; left empty{left}",
                            body.get(p).map(Piece::text).unwrap_or_default(),
                            ea - fa
                        ),
                    ));
                    if let Some(b) = baseline {
                        after.insert(b, empty_piece(no, end_piece));
                        fa += 1;
                    }
                    while fa < ea {
                        after.insert(fa, empty_piece(no, end_piece));
                        fa += 1;
                    }
                }
            }
        }
        if after.len() < e {
            // An empty cell written as an extra blank line.
            let mut i = 0;
            while i < after.len() && after.len() < e {
                if after[i].gap >= 2 && !filled_cat {
                    after.insert(i, empty_piece(no, end_piece));
                    i += 1;
                }
                i += 1;
            }
        }
        // A row one cell short under a category column that no row so far has left to the one
        // above (`5` `强化特种设备安全` `区市场监管局` under 重点任务 牵头单位 配合单位): its
        // category is filled down only when that fits the rows before better than any other gap.
        // (Or two or three cells short, `推进标准化菜市场改造` `完成…改造` `2022年底前` under
        // 重点任务 具体内容 牵头单位 配合单位 完成时限: the task its own, the units left out.)
        let short = e.saturating_sub(after.len());
        // (Under categories left to the rows above, a row one short that opens with a new
        // category of their kind, `白沙街道` after `城关街道` … `龙潭街道`, lacks a value, where
        // one fits its place clearly.)
        // (The kind of the categories written so far: each ends with a character their
        // column's name holds, `街道` under `街道`, `镇` or `乡` under `乡镇`.)
        let written: Vec<String> = acc
            .rows
            .iter()
            .filter_map(|r| r.cells.get(jc).filter(|c| !c.is_empty()))
            .cloned()
            .collect();
        let header = acc.columns.get(jc + 1).cloned().unwrap_or_default();
        // (Its last character before a qualifier in brackets, and never a bracket itself:
        // `大夫第周边地块（南仓风貌保护街坊）` is no place under `所在街道（镇）`.)
        let of_kind = |t: &str| {
            let t = without_bracket_tail(t);
            t.chars().count() >= 2
                && t.chars()
                    .last()
                    .is_some_and(|c| header.contains(c) && !"（）()".contains(c))
        };
        let kind_known = !written.is_empty() && written.iter().all(|c| of_kind(c));
        // (A first cell not of that kind is no category: the row left its own to the one
        // above, `上坪村` under `石桥镇`.)
        let not_of_kind = kind_known && after.first().is_some_and(|p| !of_kind(&p.text()));
        // (Not a cell that ends as every name of the column after the categories does and no
        // category: `纺织厂宿舍片区` after `老城西片区` `滨江路片区`, under `滢江区`.)
        let tail = last_two_chars;
        let names_after: Vec<&String> = acc
            .rows
            .iter()
            .filter_map(|r| r.cells.get(jc + 1).filter(|c| !c.is_empty()))
            .collect();
        let ends_as_names = |t: &str| {
            let end = tail(t);
            end.chars().count() == 2
                && names_after.len() >= 2
                && names_after.iter().all(|c| tail(c) == end)
                && !written.iter().any(|c| tail(c) == end)
        };
        let new_category_of_kind = cat_after
            && cat_merged
            && short == 1
            && kind_known
            && after.first().is_some_and(|p| {
                let t = p.text();
                t.chars().count() >= 3 && of_kind(&t) && !written.contains(&t) && !ends_as_names(&t)
            })
            && profile_gap(&acc.rows, jc, &after, 0).is_none_or(|g| g > 1);
        // (Or, under categories left to the rows above, a row one short whose cells fit their
        // columns by a whole misfit better with its first cell its own category and a value
        // vanished: `智慧管控` `景观照明集中控制平台二期` `新增…` `2024—2025` `区绿化市容局…`, a
        // period under 投资估算 and a sentence under 实施年限 otherwise.)
        // (No longer than the categories written so far: a name over two paragraphs,
        // `集中式饮用水水源地水质` / `达标率`, is no category.)
        let category_sized = || {
            let most = written.iter().map(|c| c.chars().count()).max().unwrap_or(0);
            after
                .first()
                .is_some_and(|p| p.text().chars().count() <= most + 2)
        };
        let own_by_fit = || {
            cat_after && cat_merged && short == 1 && !not_of_kind && category_sized() && {
                let profile = rows_or_ahead(&acc.rows, &whole);
                keeps_category(profile, jc, &after, short)
            }
        };
        // (Nor a row whose attribute stands where the columns put it, short only of the cells
        // after it: `1` `环境卫生` `…回收利用率` `%` `45.2` `≥50` `约束性`, its 备注 vanished.)
        let attribute_in_place = cat_after
            && !filled_cat
            && expected_attr.is_some_and(|ea| {
                after.iter().position(|x| is_attr(&x.text())) == Some(ea) && ea + 1 < e
            });
        // (Nor, under a column of places that no row so far has left to the one above, a row
        // opening with a place of its own, the next piece none: `澜湾街道`
        // `澜湾街道社区卫生服务中心` … its 备注 vanished; the first row, or one whose place ends as
        // every place written so far does, `东津街道` after `澜湾街道`.)
        let first_place = cat_after
            && short >= 1
            && !cat_merged
            && acc.columns.get(jc + 1).is_some_and(|c| names_places(c))
            && after.first().is_some_and(|x| {
                let t = x.text();
                let end = tail(&t);
                names_a_place(&t)
                    && (!acc.rows.iter().any(|r| r.kind == RowKind::Item)
                        || (!written.is_empty()
                            && written.iter().all(|w| *w != t && tail(w) == end)))
            })
            && !after.get(1).is_some_and(|x| names_a_place(&x.text()));
        let own_category = new_category_of_kind
            || first_place
            || own_by_fit()
            || attribute_in_place
            || !cat_merged
                && !not_of_kind
                && ((short == 1 && profile_gap(&acc.rows, jc, &after, 0).is_some_and(|g| g > 0))
                    || (cat_after && (1..=MOST_GAPS).contains(&short) && {
                        let profile = rows_or_ahead(&acc.rows, &whole);
                        keeps_category(profile, jc, &after, short)
                    }));
        // (The row one short of its category only: whole with it.)
        let category_left = after.len() + 1 == e && cat_after && !filled_cat && !own_category;
        if after.len() < e && cat_after && !filled_cat && !own_category {
            after.insert(0, empty_piece(no, end_piece));
            filled_cat = true;
        }
        // An empty cell put in column `g` after the number where one vanished, reported.
        let leave_empty = |after: &mut Vec<Piece>, acc: &mut Acc, g: usize, what: &str| {
            let column = acc.columns.get(jc + 1 + g).cloned().unwrap_or_default();
            acc.warnings.push((
                no,
                format!(
                    "row {}: {what} left empty under `{column}`, where the others fit their columns",
                    body.get(p).map(Piece::text).unwrap_or_default(),
                ),
            ));
            after.insert(g.min(after.len()), empty_piece(no, end_piece));
        };
        // A row one short under a merged category whose cells, the category filled down, fall
        // out of their columns, where a cell over two paragraphs joined and an empty cell
        // elsewhere fit them clearly better: `青禾装修垃圾和拆房垃圾` / `资源化利用中心` `青禾镇`
        // `800` `新建`, its 投运年份 vanished.
        if category_left && cat_merged && filled_cat {
            if let Some((i, g)) = split_and_gap(&acc.rows, jc, e, &after) {
                merge_at(&mut after, i, acc, "split cell");
                leave_empty(
                    &mut after,
                    acc,
                    g,
                    "a cell split over two lines joined, and the empty cell that vanished",
                );
            }
        }
        if after.len() == e && expected_attr.is_none() && !category_left {
            // As many pieces as columns, yet a cell split over two lines and an empty cell
            // vanished in the same row (`累计引进培育国家级` / `重点人才工程人选` `名` `46` `80`
            // under 指标 单位 2020年 2023年 2025年): the two pieces joined and the gap placed
            // where every cell fits its column clearly better than the row as written.
            let hint = |tied: &[usize]| {
                let from = name_idx + 1;
                [
                    interim_column(&acc.columns, jc + 1, from, e),
                    baseline_column(&acc.columns, jc + 1, from, e),
                ]
                .into_iter()
                .flatten()
                .find(|g| tied.contains(g))
            };
            // (Under a category column rows have left to the row above, the gap may be the
            // category's: `5` `华阳路…综合修缮` `华阳路街道` `实施…综合修缮` / `约45万平方米`
            // `2026—2030年`, a row of its group with its 建设内容 over two lines.)
            let grouped = cat_after && cat_merged && !filled_cat;
            // (In row blocks, a block as long as a row with its category whose first line is
            // sized as the categories so far opens its own group: `宣传演练` over
            // `应急避难科普体验馆建设项目`, no name over two lines beside a vanished cell.)
            let opens_own_block = || {
                let most = written.iter().map(|c| c.chars().count()).max().unwrap_or(0);
                body.get(p).is_some_and(|x| x.gap > 0)
                    && after.iter().all(|x| x.gap == 0)
                    && written.len() >= 2
                    && after.first().is_some_and(|x| {
                        let t = x.text();
                        is_category_cell(&t)
                            && (2..=most).contains(&t.chars().count())
                            && !written.contains(&t)
                    })
            };
            // (In cells one per paragraph too, a first piece as long as the categories written,
            // all of one length, before a name longer than any of them: `数字赋能` over
            // `澜湾家政数字服务平台` after `平台载体` and `人才培养`.)
            let sized_as_categories = || {
                let lens: Vec<usize> = written.iter().map(|c| c.chars().count()).collect();
                let (Some(&least), Some(&most)) = (lens.iter().min(), lens.iter().max()) else {
                    return false;
                };
                written.len() >= 2
                    && least == most
                    && after.first().is_some_and(|x| {
                        let t = x.text();
                        is_category_cell(&t) && t.chars().count() == most && !written.contains(&t)
                    })
                    && after
                        .get(1)
                        .is_some_and(|x| x.text().chars().count() > most + 2)
            };
            // (Under a column of places, a place of its level opens its own group: `青柳镇`
            // after groups of `…街道`, no name beside a vanished cell.)
            let place_opens = || {
                acc.columns.get(jc + 1).is_some_and(|h| {
                    names_places(h)
                        && after.first().is_some_and(|x| {
                            let t = x.text();
                            place_of_the_column(h, &t) && !written.contains(&t)
                        })
                        && !after
                            .get(1)
                            .is_some_and(|x| place_of_the_column(h, &x.text()))
                })
            };
            // (A name over two lines where a category would stand, neither line of the
            // categories' kind: `红星机械厂` / `职工住宅小区` among groups of `…街道`.)
            let no_category = grouped && not_of_kind;
            // (A line of its block stopped after a comma or a `、`, the row's one: it goes on in
            // the next, `…骑楼式店铺12栋，` / `“下寨米酒酿造技艺”…`, `区城投公司、` / `街道办事处`.)
            // (Or, after the row's first, at a word that joins it to the next: `智慧生活服务圈与`
            // / `无人配送进社区`.)
            let stopped: Vec<usize> = (0..after.len().saturating_sub(1))
                .filter(|&i| {
                    let t = after[i].text();
                    (t.ends_with(['、', '，', ','])
                        || (i > 0 && t.ends_with(['与', '和', '及', '并', '的', '至'])))
                        && after.get(i + 1).is_some_and(|x| x.gap == 0)
                })
                .collect();
            let name_over_two = no_category
                && after.iter().take(2).all(|p| {
                    let t = p.text();
                    !of_kind(&t) && !is_numberish(&t) && !is_value_cell(&t)
                });
            // (Or, under a column of places, a first cell that is none: `2`
            // `柳河镇杂交水稻制种基地` … under 柳河镇, the first row to leave its place.)
            let no_place = cat_after
                && !filled_cat
                && acc.columns.get(jc + 1).is_some_and(|c| names_places(c))
                && after.first().is_some_and(|x| !names_a_place(&x.text()));
            if let (true, [i]) = (no_category || no_place, stopped.as_slice()) {
                merge_at(&mut after, *i, acc, "split cell");
                after.insert(0, empty_piece(no, end_piece));
                filled_cat = true;
            } else if name_over_two {
                merge_at(&mut after, 0, acc, "split cell");
                after.insert(0, empty_piece(no, end_piece));
                filled_cat = true;
            } else if let Some((i, 0)) = (grouped
                && !joined_open
                && !glued_open(&after)
                && !opens_own_block()
                && !sized_as_categories()
                && !place_opens())
            .then(|| profile_join_gap(&acc.rows, jc, &after, true, |_| None))
            .flatten()
            .filter(|&(i, _)| i > 0 || !joins_past_names(&acc.rows, jc, &after))
            // (Not when the name after the first piece opens with it: a category and a
            // name of its kind, `公共厕所` `公共厕所新建改建工程`.)
            .filter(|_| {
                !matches!(after.as_slice(), [a, b, ..] if {
                    let (a, b) = (a.text(), b.text());
                    a.chars().count() >= 2 && b.len() > a.len() && b.starts_with(&a)
                })
            }) {
                merge_at(&mut after, i, acc, "split cell");
                after.insert(0, empty_piece(no, end_piece));
                filled_cat = true;
            } else if let [i] = stopped.as_slice() {
                // (Joined where the line stops; the gap then where the cells fit, below; but
                // one short under categories left to the rows above, a first piece longer than
                // every category written is the row's name, its category its group's:
                // `茶山里茶旅民宿集聚区建设项目` under `集聚区建设`.)
                merge_at(&mut after, *i, acc, "split cell");
                let longest = written.iter().map(|c| c.chars().count()).max();
                if grouped
                    && after.len() + 1 == e
                    && longest.is_some_and(|m| {
                        after
                            .first()
                            .is_some_and(|x| x.text().chars().count() > m + 2)
                    })
                {
                    after.insert(0, empty_piece(no, end_piece));
                    filled_cat = true;
                }
            } else if let Some((i, g)) = (!joined_open && !glued_open(&after))
                .then(|| profile_join_gap(&acc.rows, jc, &after, false, hint))
                .flatten()
                // (Never a list of places away from a column of places it stands under:
                // `县城影院提质扩容工程（8家）` `青溪县、白鹭县、…` under 项目名称 所在地.)
                .filter(|&(i, _)| {
                    !places_under_their_column(&acc.columns, jc + 1 + i + 1, &after, i + 1)
                })
            {
                merge_at(&mut after, i, acc, "split cell");
                leave_empty(
                    &mut after,
                    acc,
                    g,
                    "a cell split over two lines joined, and the empty cell that vanished",
                );
            }
        }
        // As many pieces as the columns, none an attribute, where the attribute is last and
        // the rows above write theirs (merged over the rows after them): a cell over two lines
        // and the attribute left to the row above (`5` `道路交通事故` / `万车死亡率` `人/万车`
        // `1.71` `≤1.55`): the two joined where the cells fit their columns best.
        if let Some(ea) = expected_attr.filter(|&ea| ea + 1 == e && after.len() == e) {
            let attributed = acc
                .rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .any(|r| r.cells.get(jc + ea).is_some_and(|c| is_attr(c)));
            if attributed && !after.iter().any(|x| is_attr(&x.text())) {
                if let Some(i) = profile_join(&acc.rows, jc, &after) {
                    merge_at(&mut after, i, acc, "split cell");
                }
            }
        }
        // As many pieces as the columns, the attribute in its place, and words that end a
        // measure's name where the unit would stand: the name over two paragraphs and the unit
        // vanished (`市容环境社会公众满意度` / `测评指数` `预期性` `82.6` `≥85`, an index with no
        // unit).
        if let Some(ea) = expected_attr.filter(|_| after.len() == e && unit_next) {
            let u = name_idx + 1;
            let tail = after.get(u).map(Piece::text).unwrap_or_default();
            if u < ea
                && after.get(ea).is_some_and(|x| is_attr(&x.text()))
                && after
                    .get(name_idx)
                    .is_some_and(|x| !is_value_cell(&x.text()) && !is_placeholder(&x.text()))
                && names_measure(&tail)
                && tail.chars().count() <= 8
                && !is_unit_like(&tail)
                && bracketed_unit(&tail).is_none()
                && merge_at(&mut after, name_idx, acc, "split cell")
            {
                leave_empty(
                    &mut after,
                    acc,
                    u,
                    "a name over two paragraphs joined, and the unit that vanished",
                );
            }
        }
        // One cell short and no attribute where the rows above write theirs: the attribute's
        // cell vanished (`10` `污水再生利用率` `%` `18.6` `≥25`, a note saying so).
        if let Some(ea) = expected_attr.filter(|&ea| ea <= after.len()) {
            let attributed = acc
                .rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .any(|r| r.cells.get(jc + ea).is_some_and(|c| is_attr(c)));
            // (Two short where the attribute stands right after the number, merged over its
            // rows: `6` `…之比` `0.92` `≤0.80`, its attribute the row above's and its unit none;
            // the attribute left empty first, the other cell then placed as one short is.)
            let short = e.saturating_sub(after.len());
            if (short == 1 || (short == 2 && ea == 0))
                && attributed
                && !after.iter().any(|x| is_attr(&x.text()))
            {
                let what = format!(
                    "{} of {e} cells after the number, no attribute; {} missing",
                    after.len(),
                    if short == 1 { "the one" } else { "one" }
                );
                leave_empty(&mut after, acc, ea, &what);
            }
        }
        if after.len() + 1 == e && expected_attr.is_none() {
            // One short in a schedule by year whose first step starts the task (`启动建设`
            // `续建` `完成` `—` under 2021年 … 2025年): the years before the start are empty,
            // the first vanished.
            let steps = name_idx + 1;
            let by_year = acc.columns.len() > jc + 1 + steps + 1
                && acc.columns[jc + 1 + steps..]
                    .iter()
                    .all(|c| is_year_header(c));
            let opens = after.get(steps).is_some_and(|x| {
                let t = x.text();
                ["启动", "开工", "前期", "筹备"]
                    .iter()
                    .any(|w| t.starts_with(w))
            });
            if by_year && opens {
                let what = format!(
                    "{} of {e} cells after the number, its first step a start; the one missing",
                    after.len()
                );
                leave_empty(&mut after, acc, steps, &what);
            }
        }
        if after.len() + 1 == e {
            // One cell short and nothing to anchor on: an empty cell that vanished from the
            // source (`罗泾小型消防站` `新建` `2029年` under 站名 选址 建设性质 建成年份) goes where
            // the others come nearest their columns in the rows before (or, before two rows
            // are read, in the whole rows ahead).
            let profile = rows_or_ahead(&acc.rows, &whole);
            // (Where every column after the name measures one thing in its unit,
            // `新建市民健身中心（个）` `新建多功能运动场（片）`, a figure goes where it lies in
            // the column's range: `5` among counts of 6 to 14, not of 1 and 2.)
            let units = acc.columns.get(jc + 1 + 1..).unwrap_or(&[]);
            let measured =
                units.len() == after.len() && units.iter().all(|c| bracketed_unit(c).is_some());
            let scaled: Vec<bool> = (0..=after.len()).map(|g| g >= 1 && measured).collect();
            if let Some(g) = profile_gap_scaled(profile, jc, &after, 1, scaled)
                .or_else(|| profile_gap_among_best(profile, jc, &after))
            {
                let what = format!(
                    "{} of {e} cells after the number; the one missing",
                    after.len()
                );
                leave_empty(&mut after, acc, g, &what);
            }
        }
        if after.len() + 1 == e {
            // Still one short, the columns undecided: where the row above lacks its one cell
            // (a cell merged over both, `%` written once for rows 8 and 9), unless that is the
            // last, where an empty cell goes anyway (an empty 备注 is no merged one).
            let above = acc.rows.last().and_then(|r| {
                let empty: Vec<usize> = (1..e.saturating_sub(1))
                    .filter(|&g| r.cells.get(jc + g).is_some_and(|c| c.is_empty()))
                    .collect();
                match (empty.as_slice(), r.cells.len() == jc + e) {
                    ([g], true) => Some(*g),
                    _ => None,
                }
            });
            if let Some(g) = above {
                let what = format!(
                    "{} of {e} cells after the number; the one missing, as in the row above (a cell merged over both),",
                    after.len()
                );
                leave_empty(&mut after, acc, g, &what);
            }
        }
        if after.len() + 1 == e && expected_attr.is_none() {
            // Still one short, the last two columns a baseline and its target (`2020年`
            // `2025年`, no attribute): the baseline's, as a plan never leaves out a target
            // (`新增托位数` `个` `[2400]`, a new indicator).
            let baseline = baseline_column(&acc.columns, jc + 1, name_idx + 1, e)
                .filter(|&b| b + 2 == e && b + 1 == after.len());
            if let Some(b) = baseline {
                let what = format!(
                    "{} of {e} cells after the number; the one missing, a new indicator's baseline,",
                    after.len()
                );
                leave_empty(&mut after, acc, b, &what);
            }
        }
        if after.len() + 1 < e && after.len() + MOST_GAPS >= e {
            // Two or three cells short: the empty cells go where the others fit their columns
            // clearly best.
            let profile = rows_or_ahead(&acc.rows, &whole);
            if let Some(gaps) = profile_gaps(profile, jc, &after, e - after.len(), 1) {
                let what = format!("{} of {e} cells after the number; one missing", after.len());
                for g in gaps {
                    leave_empty(&mut after, acc, g, &what);
                }
            }
        }
        if after.len() < e {
            acc.warnings.push((
                no,
                format!(
                    "row {}: {} of {e} cells after the number; the missing ones left empty at the end",
                    body.get(p).map(Piece::text).unwrap_or_default(),
                    after.len()
                ),
            ));
            while after.len() < e {
                after.push(empty_piece(no, end_piece));
            }
        }
        // In row blocks, a cell of sentences over lines of its block (`…新建堤防6.2公里。` /
        // `改造穿堤涵闸23座，…。`): each sentence line with the one before it, while the row has
        // more pieces than columns and they are its only such lines.
        if after.len() > e && expected_attr.is_none() {
            let sentence = |x: &Piece| x.text().ends_with('。') && x.text().chars().count() >= 6;
            let runs: Vec<usize> = (0..after.len() - 1)
                .filter(|&i| {
                    sentence(&after[i]) && sentence(&after[i + 1]) && after[i + 1].gap == 0
                })
                .collect();
            if let Some(&first) = runs.first() {
                let consecutive = runs.windows(2).all(|w| w[1] == w[0] + 1);
                let extra = after.len() - e;
                if consecutive && runs.len() == extra {
                    for _ in 0..extra {
                        merge_at(&mut after, first, acc, "split cell");
                    }
                }
            }
        }
        if after.len() == e + 1 && expected_attr.is_none() {
            // One piece more than the columns and nothing to anchor on: the two pieces joined are
            // those that leave every cell closest in length to its column in the rows before
            // (`区建管委、区市场监管局` / `各街道（镇）` under 配合单位, not `区房管局` under
            // 牵头单位 joined to it).
            // (A line that stops where its words go on, `…中期评估和`, or leaves a bracket or a
            // route's dash open, `城关—石门—…—桃源村—` / `白沙—…—城关`, is joined to the next.)
            let open: Vec<usize> = (0..after.len() - 1)
                .filter(|&i| {
                    stops_mid_phrase(&after[i].text())
                        || splits_open(&after[i].text(), &after[i + 1].text())
                })
                .collect();
            let profile = rows_or_ahead(&acc.rows, &whole);
            let at = match open.as_slice() {
                [i] => Some(*i),
                _ => profile_join(profile, jc, &after),
            };
            if let Some(i) = at {
                merge_at(&mut after, i, acc, "split cell");
            }
        }
        if after.len() > e && expected_attr.is_none() {
            // No attribute to anchor on: a long name split over pieces, when short.
            while after.len() > e
                && after
                    .get(name_idx + 1)
                    .is_some_and(|x| is_category_cell(&x.text()))
                && after
                    .get(name_idx)
                    .is_some_and(|x| is_category_cell(&x.text()))
                && merge_at(&mut after, name_idx, acc, "split cell")
            {}
        }
        if after.len() > e {
            acc.warnings.push((
                no,
                format!(
                    "row {}: {} cells after the number where the header has {e}; the extra ones kept at the end of the row",
                    body.get(p).map(Piece::text).unwrap_or_default(),
                    after.len()
                ),
            ));
        }
        if cat_after {
            if filled_cat {
                merged = true;
                cat_merged = true;
            } else if let Some(c) = after.first() {
                category = Some(c.text());
            }
        }
        let mut all = pre_cells;
        all.push(body.get(p).map(Piece::text).unwrap_or_default());
        all.extend(texts(&after));
        if numbered_total && jc == 0 {
            totals.push((acc.rows.len(), 1));
        }
        acc.rows.push(named_row(all, category.clone()));
    }
    // A `其中` sub-row after the last row, up to its attribute (`其中：…拥有量（件）` `5.6` `12`
    // `预期性`, then the notes): a row without a number, as between two rows. (After a total
    // row, a short one is a share of the total, below.)
    let after_total = totals.last().is_some_and(|&(i, _)| i + 1 == acc.rows.len());
    if let Some(rest) = body.get(used..).filter(|r| {
        r.first().is_some_and(|x| {
            opens_sub_row(&x.text()) && !(after_total && is_share_label(&x.text()))
        })
    }) {
        // (Where the attribute stands before the figures, `其中：…项目` `个` `预期性` `1` `6`
        // under 单位 属性 2020年 2025年, the figures after it are the sub-row's too.)
        let after_attr = attr_off.map_or(0, |o| e.saturating_sub(o));
        let cells = rest
            .iter()
            .take(e)
            .position(|x| is_attr(&x.text()))
            .map(|a| {
                let figures = rest
                    .get(a + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .take(after_attr)
                    .take_while(|x| {
                        let t = x.text();
                        is_value_cell(&t) || is_placeholder(&t)
                    })
                    .count();
                &rest[..=a + figures]
            })
            .filter(|c| {
                c.len() >= 2
                    && c.iter()
                        .all(|x| x.parts.len() == 1 && !x.text().contains('。'))
            });
        if let Some(c) = cells {
            let t = texts(c);
            acc.warnings.push((
                c[0].first_no(),
                format!(
                    "{} cell(s) without a row number after the last row: `{}`; kept as a row of their own",
                    t.len(),
                    t.join("` `")
                ),
            ));
            let shape = RowShape {
                jc,
                e,
                k,
                cat_after,
                unit_after_name: unit_after_name(&acc.columns, jc),
                attr_at: attr_off.map(|o| jc + o),
                baseline_at: baseline_before_attribute(&acc.columns, jc, attr_off),
            };
            acc.rows
                .push(named_row(shape.unnumbered(t, true), category.clone()));
            used += c.len();
        }
    }
    // The totals after the last row, and the shares of a total under it (`其中：区级投资`).
    loop {
        let rest = body.get(used..).unwrap_or(&[]);
        let after_total = totals.last().is_some_and(|&(i, _)| i + 1 == acc.rows.len());
        let Some((row, n)) = total_row(rest, k, is_total_label)
            .or_else(|| total_row(rest, k, is_share_label).filter(|_| after_total))
        else {
            break;
        };
        totals.push((acc.rows.len(), 0));
        acc.rows.push(row);
        used += n;
    }
    // A total in words, in one cell over the row, last (`合计：新建6座、改建2座`): a row of its
    // name alone, shown across the table.
    if let Some(p) = body
        .get(used)
        .filter(|p| p.parts.len() == 1 && is_worded_total(&p.text()))
    {
        acc.rows.push(named_row(vec![p.text()], None));
        used += 1;
    }
    place_totals(&mut acc.rows, &totals, jc);
    if merged && jc == 1 {
        group_subtotals(&mut acc.rows, &totals);
    }
    if !merged {
        for r in &mut acc.rows {
            r.group = None;
        }
    }
    Ok(Shape { used: h_end + used })
}

/// Under a category column merged over its rows, before the number, a group's subtotal (`小计`
/// after 北关村, whose 区 is 桐东区's) is the group's: its label under the number's column, the
/// category's cell left to the group's, as the rows above it leave theirs. A grand total
/// (`合计`) stays a row of its own across the category.
/// A group row in one cell (`一、防汛安全工程`, as `group_label` reads it) added as a category
/// row, with a warning when its number is not `next`, which becomes the number after it.
fn push_group_row(
    acc: &mut Acc,
    marker: &Piece,
    (number, name, n): (String, String, u32),
    next: &mut u32,
) {
    if n != *next {
        acc.warnings.push((
            marker.first_no(),
            format!("group row `{}` out of sequence", marker.text()),
        ));
    }
    *next = n + 1;
    acc.rows.push(TableRow {
        kind: RowKind::Category,
        number: Some(number),
        name,
        group: None,
        cells: Vec::new(),
    });
}

fn group_subtotals(rows: &mut [TableRow], totals: &[(usize, usize)]) {
    for &(t, _) in totals {
        let Some(prev) = t.checked_sub(1).and_then(|p| rows.get(p)) else {
            continue;
        };
        // (The row above left its category to its group's first row; or, for a subtotal in
        // the last columns as written, is the group's only row.)
        let item_group = prev.group.clone().filter(|_| prev.kind == RowKind::Item);
        let group = item_group.clone().filter(|_| prev.name.is_empty());
        let Some(row) = rows.get_mut(t) else {
            continue;
        };
        let subtotal =
            strip_spaces(&row.name) == "小计" && row.cells.first().is_some_and(|c| c.is_empty());
        // (A subtotal read in the last columns as written, its label before its words, has
        // left its category cell already.)
        let placed = row.name.is_empty() && row.cells.iter().any(|c| strip_spaces(c) == "小计");
        match group {
            Some(g) if subtotal => {
                let label = std::mem::take(&mut row.name);
                if let Some(c) = row.cells.first_mut() {
                    *c = label;
                }
                row.group = Some(g);
            }
            _ if placed => row.group = item_group,
            _ => {}
        }
    }
}

/// The shape of a numbered table's rows: `jc` columns before the number, `e` cells after it,
/// `k` in all, and whether a category column stands right after the number.
struct RowShape {
    jc: usize,
    e: usize,
    k: usize,
    cat_after: bool,
    /// The column after the names' is the unit's.
    unit_after_name: bool,
    /// The attribute's column (`属性`), in the whole row.
    attr_at: Option<usize>,
    /// A baseline's column right before its target's (or an interim year's between them), the
    /// attribute's after it (`2020年` `2025年` `属性`), in the whole row.
    baseline_at: Option<usize>,
}

/// The column of a baseline (`2020年`) right before its target's (`2025年`) right before the
/// attribute's (`attr_off` after the number column `jc`), in the whole row.
fn baseline_before_attribute(
    columns: &[String],
    jc: usize,
    attr_off: Option<usize>,
) -> Option<usize> {
    let a = attr_off?.checked_sub(1)?;
    // (Or with an interim year between them, `2020年` `2023年` `2025年` `属性`.)
    let interim = |b: usize| {
        b + 3 == a
            && (1..=2).all(|d| {
                columns
                    .get(jc + 1 + b + d)
                    .is_some_and(|h| is_year_header(h))
            })
    };
    baseline_column(columns, jc + 1, 0, a)
        .filter(|&b| b + 2 == a || interim(b))
        .map(|b| jc + 1 + b)
}

/// Whether the column after the names' (after the number column `jc`) is the unit's: `单位`.
/// A header naming the column of units (`单位`, `计量单位`), not of bodies (`牵头单位`).
fn is_unit_header(c: &str) -> bool {
    let c = strip_spaces(c);
    c == "单位" || c == "计量单位" || c == "指标单位"
}

/// In row blocks, a name over two lines of its block before its unit: `ps[i]` goes on in the
/// next line of the block, words that are no unit, figure or attribute, and a unit follows
/// (`无线电干扰申诉` / `平均办结时限` `个工作日`, `其中：县城区` / `监测覆盖率` `%`).
fn name_over_two_lines(ps: &[Piece], i: usize) -> bool {
    ps.get(i + 1).is_some_and(|b| b.gap == 0) && name_over_two_paragraphs(ps, i)
}

/// [`name_over_two_lines`], the two pieces on lines of their own or paragraphs alike.
fn name_over_two_paragraphs(ps: &[Piece], i: usize) -> bool {
    let (Some(b), Some(c)) = (ps.get(i + 1), ps.get(i + 2)) else {
        return false;
    };
    let (bt, ct) = (b.text(), c.text());
    // (Plain words longer than the unit after them are no unit, whatever they hold:
    // `平均办结时限`, `人数比例` before `%`; not `万立方米/日`, `万套（间）`.)
    let plain = |t: &str| {
        t.chars().count() >= 3
            && !t.contains(['/', '（', '(', '·', '%'])
            && !t.starts_with(['万', '亿', '千', '百', '元'])
    };
    // (A unit may open with a figure when it is a rate: `1/10万`.)
    (!is_unit_like(&bt) || (plain(&bt) && bt.chars().count() > ct.chars().count()))
        && !is_value_cell(&bt)
        && !is_placeholder(&bt)
        && !is_attr(&bt)
        && !bt.contains(['。', '；'])
        && is_unit_like(&ct)
        && !is_placeholder(&ct)
        && !is_attr(&ct)
        && (!is_value_cell(&ct) || ct.contains('/'))
}

fn unit_after_name(columns: &[String], jc: usize) -> bool {
    columns
        .get(jc + 2)
        .is_some_and(|c| strip_spaces(c).ends_with("单位"))
}

impl RowShape {
    /// The cells of a row without a number (a `其中` sub-row, stray cells), `t` as written: under
    /// the columns after the number when they fit there, the number's cell empty. A sub-row short
    /// of a cell, in a table whose category stands right after the number, leaves the category
    /// to its row (`其中：…` under `领域`); one that ends at its attribute (`to_attribute`), as
    /// its row may, has the cells after it vanished; so has any sub-row short of its last cells
    /// (`其中：…补建` `120` `150` `120` under a last column of 资金来源), the row as wide as the
    /// table.
    fn unnumbered(&self, t: Vec<String>, to_attribute: bool) -> Vec<String> {
        if t.len() > self.e {
            return t;
        }
        let lead = self.jc + 1 + usize::from(self.cat_after && t.len() < self.e);
        // (Nor, one short and with no attribute where the rows write theirs once over the
        // rows after them, the attribute: `其中：社区嵌入式普惠养老床位` `张` `420` `≥1200`
        // under 属性 指标名称 单位 …, or under 指标名称 单位 属性 2025年 2030年.)
        let attribute_left = self
            .attr_at
            .filter(|_| !self.cat_after && t.len() + 1 == self.e && !t.iter().any(|c| is_attr(c)));
        let mut all = vec![String::new(); lead];
        // (One short, ending at its attribute, its unit in its name: `其中：…床位（万张）` `0.9`
        // `2.0` `预期性`, the unit's cell vanished.)
        let unit_in_name = to_attribute
            && self.unit_after_name
            && !self.cat_after
            && t.len() + 1 == self.e
            && t.last().is_some_and(|c| is_attr(c))
            && t.first().is_some_and(|c| bracketed_unit(c).is_some());
        let mut t = t;
        if unit_in_name {
            t.insert(1, String::new());
        }
        all.extend(t);
        if let Some(a) = attribute_left.filter(|&a| a <= all.len()) {
            all.insert(a, String::new());
        }
        // (Short of cells before the attribute that ends it, `其中：…` `96.2%` `97%左右`
        // `预期性` under a rate's column before 属性: the attribute under its column, the cells
        // before it left empty.)
        if let Some(a) = self.attr_at.filter(|&a| a < self.k && to_attribute) {
            // (One short of a baseline and its target before it: the baseline's, as a plan
            // never leaves out a target, `其中：社区多功能运动场` `个` `[40]` `预期性`.)
            if let Some(b) = self
                .baseline_at
                .filter(|&b| all.len() == a && b < a && all.last().is_some_and(|c| is_attr(c)))
            {
                all.insert(b, String::new());
            }
            while all.len() <= a && all.last().is_some_and(|c| is_attr(c)) {
                let at = all.len() - 1;
                all.insert(at, String::new());
            }
        }
        // (Short of its last cells, the row leaves them empty.)
        all.resize(all.len().max(self.k), String::new());
        all
    }
}

/// A total row's label: `合计`, `总计`, `小计` or `共计` (spaced out or not: `合 计`).
fn is_total_label(t: &str) -> bool {
    let t = strip_spaces(t);
    matches!(t.as_str(), "合计" | "总计" | "小计" | "共计") || is_whole_area(&t)
}

/// The whole of the area a table breaks down (`全县`, `全区`, `全市`): a total's label in a
/// table of its parts.
fn is_whole_area(t: &str) -> bool {
    let mut cs = t.chars();
    cs.next() == Some('全')
        && cs.next().is_some_and(|c| "省市区县镇乡州盟旗".contains(c))
        && cs.next().is_none()
}

/// A total written in words in one cell: `合计：新建6座、改建2座` (a total's label, a colon and a
/// short phrase, no sentence).
fn is_worded_total(t: &str) -> bool {
    let t = strip_spaces(t);
    let Some((label, rest)) = t.split_once(['：', ':']) else {
        return false;
    };
    is_total_label(label)
        && !rest.is_empty()
        && rest.chars().count() <= 40
        && !rest.contains(['。', '；', ';'])
}

/// A cell that opens a sub-row: `其中：…`, `其中农村公厕`, not a sentence that starts so
/// (`其中农村公厕不少于45座。`, a remark).
fn opens_sub_row(t: &str) -> bool {
    t.starts_with("其中") && !t.trim_end_matches(is_space).ends_with(['。', '；', ';'])
}

/// The label of a share of a total, under it: `其中：区级投资`, `其中` (short).
fn is_share_label(t: &str) -> bool {
    let t = strip_spaces(t);
    t.starts_with("其中") && t.chars().count() <= 16
}

/// The pieces of the total row `rest` starts with, in a table of `k` columns: its label and the
/// numbers after it (at most one per column after the first, up to row `next` when a row
/// follows); 0 when it starts with none.
fn total_len(rest: &[Piece], k: usize, next: Option<u32>) -> usize {
    labelled_len(rest, k, next, is_total_label)
}

/// [`total_len`] for a row whose first piece is a label as `is_label` says.
fn labelled_len(rest: &[Piece], k: usize, next: Option<u32>, is_label: fn(&str) -> bool) -> usize {
    if !rest.first().is_some_and(|p| is_label(&p.text())) {
        return 0;
    }
    // (The whole area inside a row's block, `全区` under 建设地点, is a place, no total's label:
    // a total opens a block of its own.)
    if rest
        .first()
        .is_some_and(|p| p.gap == 0 && is_whole_area(&strip_spaces(&p.text())))
    {
        return 0;
    }
    // A number with a name after it is the next row's (`小计` `20.7` `3` `陈行水库扩建工程`).
    let values = rest.get(1..).unwrap_or(&[]);
    let n = values
        .iter()
        .enumerate()
        .take(k.saturating_sub(1))
        .take_while(|&(m, p)| {
            let t = p.text();
            // (An amount may carry a note in brackets: `46850（不含待定项目）`.)
            let bare = t
                .strip_suffix(['）', ')'])
                .and_then(|x| x.rfind(['（', '(']).map(|i| &x[..i]))
                .filter(|x| !x.is_empty())
                .unwrap_or(&t);
            // (Or an amount with its currency, `51200万元`; or, after an amount, a placeholder
            // or a time over every row, `—` `52200` `2021—2025年` under 建设规模 总投资 建设周期.)
            let amount = is_numberish(bare) || (is_value_cell(bare) && bare.ends_with('元'));
            let spanning = (is_placeholder(bare) || (m > 0 && names_period(bare)))
                && values.get(..=m).is_some_and(|upto| {
                    upto.iter().any(|q| is_numberish(&q.text()))
                        || values.get(m + 1).is_some_and(|q| is_numberish(&q.text()))
                });
            // (Or, after its amounts, the count they make in words, `共28个` under 备注.)
            let counted = m > 0 && bare.strip_prefix('共').is_some_and(counts_things);
            (amount || spanning || counted || (m == 0 && describes_total(values)))
                && !(next.is_some()
                    && row_number(&t) == next
                    && values.get(m + 1).is_some_and(|q| {
                        let u = q.text();
                        !is_numberish(&u) && cn_marker(&u).is_none() && !is_total_label(&u)
                    }))
        })
        .count();
    // (Its attribute after its amounts, as the rows have: `合计` `320` `450` `7.1%` `预期性`.)
    let attribute = n > 0 && n + 1 < k && values.get(n).is_some_and(|p| is_attr(&p.text()));
    match n {
        0 => 0,
        _ if attribute => n + 2,
        _ => n + 1,
    }
}

/// Whether `values`, the cells after a total's label, open with words that sum up what it
/// totals (`共2个项目，改造建筑面积5.8万平方米`) before its figures: a short text that counts,
/// then a figure among the next cells.
fn describes_total(values: &[Piece]) -> bool {
    let Some(t) = values.first().map(Piece::text) else {
        return false;
    };
    let t = strip_spaces(&t);
    t.starts_with('共')
        && t.chars()
            .nth(1)
            .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
        && t.chars().count() <= 40
        && !t.contains('。')
        && values
            .iter()
            .skip(1)
            .take(4)
            .any(|p| is_numberish(&p.text()))
}

/// A total row (`合计`, 总计, 小计, 共计) at the start of `rest`, in a table of `k` columns: the
/// label standing over the number and name columns, then its numbers in the columns after it,
/// under the last of them until [`place_totals`] places them; a total that sums up in words
/// before its figures (`小计` `共2个项目` `—` `87500`) stands in the last columns as written, its
/// label right before its words. Returns the row and the pieces it used.
fn total_row(rest: &[Piece], k: usize, is_label: fn(&str) -> bool) -> Option<(TableRow, usize)> {
    let used = labelled_len(rest, k, None, is_label);
    let first = rest.first().filter(|_| used > 0)?;
    let values = texts(rest.get(1..used).unwrap_or(&[]));
    let width = k.saturating_sub(1);
    if describes_total(rest.get(1..used).unwrap_or(&[])) && values.len() < width {
        let mut cells = vec![String::new(); k - 1 - values.len()];
        cells.push(first.text());
        cells.extend(values);
        return Some((named_row(cells, None), used));
    }
    let mut cells = vec![String::new(); width.saturating_sub(values.len())];
    cells.extend(values);
    Some((
        named_row(std::iter::once(first.text()).chain(cells).collect(), None),
        used,
    ))
}

/// Places the numbers of the total rows `totals` (indexes into `rows`, with 1 for a label in the
/// row's first cell) under the columns where
/// every other row holds an amount (`总投资（亿元）`, not `建设年限` after it), the last ones of
/// these when there are more; more numbers than such columns, the last ones under these and the
/// others in the columns just before them (`小计` `2` `20.7`: a count, then the amount). Without
/// any such column, a total row's numbers stay under the last columns. `jc`: the number column.
fn place_totals(rows: &mut [TableRow], totals: &[(usize, usize)], jc: usize) {
    let Some(width) = rows.iter().map(|r| r.cells.len()).max() else {
        return;
    };
    let amounts = amount_columns(rows, width, jc, totals);
    for &(t, skip) in totals {
        let Some(row) = rows.get_mut(t) else {
            continue;
        };
        // (`skip`: the label stands in the row's first cell, after its number; a row read
        // otherwise, say with an empty category cell put first, stays as it is.)
        if skip > 0 && !row.cells.first().is_some_and(|c| is_total_label(c)) {
            continue;
        }
        let values: Vec<String> = row
            .cells
            .iter()
            .skip(skip)
            .filter(|c| !c.is_empty())
            .cloned()
            .collect();
        // (A total that also writes a placeholder or a period, `—` `52200` `2021—2025年`,
        // fills the last columns as written, one cell each.)
        if values.iter().any(|v| is_placeholder(v) || names_period(v)) {
            continue;
        }
        // (The count its amounts make in words after them, `共28个`, in the column after
        // theirs.)
        let worded = values
            .iter()
            .rev()
            .take_while(|v| {
                strip_spaces(v)
                    .strip_prefix('共')
                    .is_some_and(counts_things)
            })
            .count();
        let n = values.len() - worded;
        let mut slots: Vec<usize> = match (amounts.len().checked_sub(n), amounts.first()) {
            (Some(spare), _) => amounts.get(spare..).unwrap_or(&[]).to_vec(),
            (None, Some(&a0)) if a0 + amounts.len() >= n => (a0 + amounts.len() - n..a0)
                .chain(amounts.iter().copied())
                .collect(),
            _ => continue,
        };
        if let Some(&last) = slots.last() {
            slots.extend(last + 1..last + 1 + worded);
        }
        let n = values.len();
        // (Every number needs a column of the row: rows with extra cells may be wider.)
        if slots.len() != n || slots.iter().any(|&s| s < skip || s >= row.cells.len()) {
            continue;
        }
        let mut cells: Vec<String> = row.cells.iter().take(skip).cloned().collect();
        cells.resize(row.cells.len(), String::new());
        for (slot, v) in slots.into_iter().zip(values) {
            if let Some(c) = cells.get_mut(slot) {
                *c = v;
            }
        }
        row.cells = cells;
    }
}

/// The columns (as indexes into a row's cells, of `width`) where every item row of `rows` but the
/// total rows `totals` that fills the column holds an amount (`12.5`, `1,200`, a pair `10/20`; a placeholder such as `—` fills none), at
/// least half of them fill it, and that is not the number column `jc`.
fn amount_columns(
    rows: &[TableRow],
    width: usize,
    jc: usize,
    totals: &[(usize, usize)],
) -> Vec<usize> {
    let items: Vec<&TableRow> = rows
        .iter()
        .enumerate()
        .filter(|&(i, r)| r.kind == RowKind::Item && !totals.iter().any(|t| t.0 == i))
        .map(|(_, r)| r)
        .collect();
    (0..width)
        .filter(|&c| jc == 0 || c + 1 != jc)
        .filter(|&c| {
            let filled: Vec<&str> = items
                .iter()
                .filter_map(|r| r.cells.get(c))
                .map(|s| s.trim())
                .filter(|s| !s.is_empty() && !crate::text::PLACEHOLDERS.contains(s))
                .collect();
            // (A column of years, `2026` `2027`, is no amount to add up.)
            let years = filled
                .iter()
                .all(|s| s.parse::<u32>().is_ok_and(|y| (1949..=2100).contains(&y)));
            // (Or amounts in pairs, power over energy: `10/20`; or with a remark in brackets,
            // `12.6（含边坡3.2）`.)
            let amount = |s: &str| {
                is_amount(amount_of(s)) || {
                    let parts: Vec<&str> = s.split('/').collect();
                    parts.len() == 2 && parts.iter().all(|p| is_amount(p))
                }
            };
            !filled.is_empty()
                && filled.len() * 2 >= items.len()
                && filled.iter().all(|s| amount(s))
                && !years
        })
        .collect()
}

/// A plain amount: digits, with thousands commas and one decimal point (`1,200.5`).
fn is_amount(t: &str) -> bool {
    let t = t.replace([',', '，'], "");
    let mut parts = t.split('.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next();
    parts.next().is_none()
        && !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()))
}

/// Rows narrower than the header by as many cells as it holds cells broken over two lines as
/// two: a year or a period alone (`2030年`, `“十五五”`), or a word too short for a column's
/// name (`规划`), before the word for the values it dates (`目标值`, `目标`), as `2025年基准值`
/// beside it, or `2020年` / `基期值` and `2025年` / `目标值` both; the rows' usual width or the
/// first row's. `pos`: where each row starts; `first_block`: in row blocks, the cells of the
/// first row's block from its number; `jc`: the number column. Returns the index of the first
/// half of each, in order, when the pairs read so are as many as the cells the rows lack.
fn broken_header_cells(
    pos: &[usize],
    first_block: Option<usize>,
    columns: &[String],
    jc: usize,
) -> Option<Vec<usize>> {
    let steps: Vec<usize> = pos.windows(2).map(|w| w[1] - w[0]).collect();
    // (A place's year too, `苎溪县2020年` / `现状值`; or a year's end, `2025年底` / `完成情况`.)
    let dated = |t: &str| {
        let t = clean(t);
        let year = t.strip_suffix(['底', '末']).unwrap_or(t);
        is_bare_year(year.strip_suffix('年').unwrap_or(year))
            || is_period_mark(t)
            || ends_in_year(t)
    };
    let values = |t: &str| {
        names_values(t)
            && t.chars().count() <= 4
            && !t.chars().any(|c| c.is_ascii_digit())
            && !starts_with_period_mark(t)
    };
    // (Or a word for values too short to be a column's name over a word for a value,
    // `规划` / `目标值`; `现状` `目标` are two columns.)
    let short_word = |a: &str, b: &str| {
        names_values(a) && clean(a).chars().count() <= 2 && clean(b).ends_with('值')
    };
    // (Or, where the header's measures carry their units, a name with none before the short
    // word and unit that end it: `2025年农村自来水` / `普及率（%）`.)
    let units = columns
        .iter()
        .filter(|c| bracketed_unit(c).is_some())
        .count();
    let measure_tail = |a: &str, b: &str| {
        units >= 3
            && bracketed_unit(a).is_none()
            && !names_other_column(a)
            && !names_values(a)
            && bracketed_unit(b).is_some_and(|(name, _)| (2..=4).contains(&name.chars().count()))
    };
    let pairs: Vec<usize> = columns
        .windows(2)
        .enumerate()
        .filter(|(_, w)| {
            ((dated(&w[0]) || short_word(&w[0], &w[1])) && values(&w[1]))
                || indicator_over_attribute(&w[0], &w[1])
                || period_over_measure(&w[0], &w[1])
                || measure_tail(&w[0], &w[1])
        })
        .map(|(i, _)| i)
        .collect();
    // (Or the first row's width, under merged columns that leave the later rows unlike: to
    // the next number, or, in row blocks, its block's.)
    // (Under a merged category column after the number, most rows lack their category: one
    // cell narrower still, `治理覆盖` written once over its rows.)
    let merged_category = columns.iter().skip(jc + 1).any(|c| is_category_header(c));
    let narrower = |w: usize| {
        w + jc + pairs.len() == columns.len()
            || (merged_category && w + 1 + jc + pairs.len() == columns.len())
    };
    let read = !pairs.is_empty()
        && pairs.windows(2).all(|w| w[0] + 1 < w[1])
        && (mode(&steps).is_some_and(narrower)
            || steps.first().is_some_and(|&w| narrower(w))
            || first_block.is_some_and(narrower));
    read.then_some(pairs)
}

/// Rows narrower than the header, most of them alike (`pos`: where each row starts): the
/// header read as two rows ([`split_two_row_header`]), if it reads so. Under a merged category
/// column the rows that open a group are one cell wider than the rest; the header may fit them.
/// Or the first row (`lead` cells before its number, its category) one cell narrower than the
/// header, where the header reads as two rows of one group (`指标值` over `2020年现状`
/// `2025年目标`) and no row after it is wider: rows that lack a merged category or a vanished
/// cell are too unlike to agree on a width.
fn narrower_rows(
    pos: &[usize],
    columns: &[String],
    lead: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let steps: Vec<usize> = pos.windows(2).map(|w| w[1] - w[0]).collect();
    let first_width = steps.first().map(|s| s + lead);
    if let Some(width) = first_width.filter(|&w| w + 1 == columns.len() && w >= 4) {
        // (A step over sub-rows, `其中：…`, is wider: those are left out.)
        let within = steps.iter().filter(|&&x| x <= width).count();
        if within >= 3 && within * 4 >= steps.len() * 3 {
            if let Some(split) = split_header_rows(columns, width) {
                return Some(split);
            }
        }
    }
    let w = mode(&steps).filter(|&w| w < columns.len())?;
    let alike = steps.iter().filter(|&&x| x == w).count();
    // (Steps over a sub-row, `其中：…`, nearly twice the width, are left out of the count.)
    let counted = steps.iter().filter(|&&x| x + 2 < 2 * w).count();
    let split = (alike * 3 >= counted * 2)
        .then(|| split_header_rows(columns, w))
        .flatten();
    // (Sub-rows without a number, `其中：…`, make a few steps longer.)
    split.or_else(|| {
        let wider = w + 1;
        let fit = steps.iter().filter(|&&x| x == w || x == wider).count();
        (wider < columns.len() && fit * 3 >= steps.len() * 2)
            .then(|| split_header_rows(columns, wider))
            .flatten()
    })
}

/// The pieces of rows `1`, `2`, … from the first row's number at `first`: for each next number,
/// the candidate whose distance is closest to a full row (`target` pieces from the number on).
/// Numbering may start again at `1` under each group: after a group row (`二` / `水环境`) or a
/// category cell (`水环境`) standing between a row and the next one.
fn number_chain(body: &[Piece], first: usize, k: usize, target: usize) -> Vec<usize> {
    let mut pos = vec![first];
    let mut n = 1u32;
    // (A row may lack two cells, merged above or vanished; a row of six or more, three.)
    let missing = if target >= 6 { 3 } else { 2 };
    // In row blocks (a blank line after each row only) a row's number opens a block: of two
    // pieces `12`, the one after the blank line rather than a value `12` inside the block.
    let blocks = body.iter().skip(first + 1).any(|p| p.gap == 0);
    let inside_block = |i: usize| blocks && body.get(i).is_some_and(|p| p.gap == 0);
    // Where numbering starts again after the row at `cur`.
    let restart = |cur: usize| -> Option<usize> {
        // Numbering started again: `1` one or two pieces after a full row, with only a group
        // row or a category cell between, or right after the group's total row.
        let end = cur + target;
        let total = total_len(body.get(end..).unwrap_or(&[]), k, Some(1));
        let from = if total > 0 { end + total } else { end + 1 };
        let to = (end + total + 2).min(body.len().saturating_sub(1));
        let between_ok = |a: usize, i: usize| {
            body.get(a..i).is_some_and(|ps| {
                // (A `其中` sub-row is no group: its values `1` `2` are no new numbering.)
                ps.iter().all(|p| {
                    let t = p.text();
                    cn_marker(&t).is_some()
                        || (is_category_cell(&t) && !is_numberish(&t) && !t.starts_with("其中"))
                })
            })
        };
        // (Nor a `1` after a `其中` sub-row that opens past the row's own cells, the row one
        // short of them: `6` `…创业孵化基地` `个` `3` `10` `预期性` / `其中：…` `个` `1` `3`.)
        let sub_row_before = |i: usize| {
            body.get(cur + 1..i)
                .is_some_and(|ps| ps.iter().any(|p| opens_sub_row(&p.text())))
        };
        (from..=to)
            .find(|&i| {
                row_number(&body[i].text()) == Some(1)
                    && between_ok(end + total, i)
                    && !sub_row_before(i)
            })
            .or_else(|| {
                // The row before one cell short (an empty cell vanished): `1` right after a
                // group row (`二、医养康养结合`) that stands where the row's last cell would,
                // or, when a category column stands before the numbers, the next group's
                // category cell (`生态宜居`).
                let i = end;
                let categories = target < k;
                (total == 0
                    && i < body.len()
                    && row_number(&body[i].text()) == Some(1)
                    && i.checked_sub(1).and_then(|j| body.get(j)).is_some_and(|p| {
                        let t = p.text();
                        cn_marker(&t).is_some()
                            || group_label(&t).is_some()
                            || (categories
                                && is_category_cell(&t)
                                && !is_numberish(&t)
                                && !is_unit_like(&t))
                    }))
                .then_some(i)
            })
    };
    while let Some(&cur) = pos.last() {
        let lo = cur + target.saturating_sub(missing).max(1);
        // (Sub-rows without a number, `其中：企业数量` …, stand between a row and the next:
        // a row's width more for each.)
        // (Sub-rows numbered in brackets, `（1）`, are read as such below.)
        let window = body
            .get(cur + 1..(cur + 4 * k).min(body.len()))
            .unwrap_or(&[])
            .iter()
            .take_while(|p| row_number(&p.text()) != Some(n + 1));
        let numbered_subs = window.clone().any(|p| bracket_number(&p.text()).is_some());
        let subs = if numbered_subs {
            0
        } else {
            window.filter(|p| opens_sub_row(&p.text())).count()
        };
        let hi = (cur + k + 6 + subs * k).min(body.len().saturating_sub(1));
        if lo > hi {
            break;
        }
        // (A number with too few pieces after it for a row is a value of the last row: `7`
        // `外籍人士服务站` `个` `—` `8` `预期性`.)
        let room = |i: usize| body.len() - i >= target.saturating_sub(missing).max(2);
        // (Nor a number inside the last row when the pieces from this row's number to the
        // end, notes aside, make one whole row: `11` `桂园幼儿园` `改扩建` `12` `桂园街道…`
        // `2026年` `注：…` is row 11's twelve classes.)
        let to_end = body
            .get(cur..)
            .unwrap_or(&[])
            .iter()
            .take_while(|p| !is_note_start(&p.text()))
            .count();
        let last_whole = cur + to_end == body.len() && to_end == target;
        // (Under plain row numbers, `（2）` numbers a sub-row, not row 2.)
        let plain = bracket_number(&body[first].text()).is_none();
        // (Where the first row's number is followed by words, a number followed by a figure
        // is a value: `8` `…幼儿园` `…街道` `9` `3600` is row 8's nine classes.)
        let figure_at = |i: usize| body.get(i).is_some_and(|p| is_numberish(&p.text()));
        let named_rows = !figure_at(first + 1);
        let best = (lo..=hi)
            .filter(|&i| {
                row_number(&body[i].text()) == Some(n + 1)
                    && !(plain && bracket_number(&body[i].text()).is_some())
                    && !in_total(body, k, n + 1, cur, i)
                    && room(i)
                    && !last_whole
                    && !(named_rows && figure_at(i + 1))
            })
            .min_by_key(|&i| {
                // (Each `其中` sub-row before the candidate, a row without its number, makes
                // the distance expected that much longer: a value `3` of the sub-row is no
                // row 3.)
                let subs_before = if numbered_subs {
                    0
                } else {
                    body.get(cur + 1..i)
                        .unwrap_or(&[])
                        .iter()
                        .filter(|p| opens_sub_row(&p.text()))
                        .count()
                };
                let expected = target + subs_before * target.saturating_sub(1);
                (
                    inside_block(i),
                    (i - cur).abs_diff(expected),
                    std::cmp::Reverse(i),
                )
            });
        // Numbering started again (see `restart`) before the next number: a new group's
        // `1`, not a value `2` further on.
        let again = restart(cur);
        if let Some(i) = best.filter(|&i| again.is_none_or(|r| r > i)) {
            pos.push(i);
            n += 1;
            continue;
        }
        if best.is_none() {
            // Sub-rows of the row, numbered in brackets (`3`, then `（1）` `（2）`), then `4`.
            let subs = sub_rows(body, cur, k, target, n + 1);
            if !subs.is_empty() {
                pos.extend(subs);
                continue;
            }
        }
        match again {
            Some(i) => {
                pos.push(i);
                n = 1;
            }
            None => break,
        }
    }
    pos
}

/// Where a `其中` sub-row opens inside a row's pieces before the row's expected end `est`: the
/// row left a cell empty (an attribute merged over the rows above, `6` `…面积（平方米）` `1.2`
/// `≥1.5` then `其中：…数量（个）` `18` `30`). Its name short, a figure or a unit after it, and a
/// figure before it in the row.
fn early_sub_row(seg: &[Piece], est: usize) -> Option<usize> {
    const MOST_SUB_ROW_CHARS: usize = 30;
    let figure = |x: &Piece| is_value_cell(&x.text()) || is_numberish(&x.text());
    (3..est.min(seg.len())).find(|&j| {
        let t = seg[j].text();
        t.starts_with("其中")
            && t.chars().count() <= MOST_SUB_ROW_CHARS
            && seg
                .get(j + 1)
                .is_some_and(|x| figure(x) || is_unit_like(&x.text()))
            && seg
                .get(2..j)
                .is_some_and(|before| before.iter().any(figure))
    })
}

/// A sub-row's number in brackets: `（1）`, `(2)`.
fn bracket_number(t: &str) -> Option<u32> {
    clean(t)
        .strip_prefix(['（', '('])
        .and_then(|x| x.strip_suffix(['）', ')']))
        .and_then(int_of)
}

/// The sub-rows after the row at `cur`, numbered in brackets from `（1）` or under the row's
/// number from `1.1`, each about a full row (`target` pieces) after the one before, when the row
/// numbered `next` follows the last of them; empty otherwise.
fn sub_rows(body: &[Piece], cur: usize, k: usize, target: usize, next: u32) -> Vec<usize> {
    // (Or numbered under the row's own number: `1.1`, `1.2` under `1`.)
    let parent = next.saturating_sub(1);
    let sub = |t: &str| {
        bracket_number(t).or_else(|| {
            let (whole, part) = clean(t).split_once(['.', '．'])?;
            (int_of(whole) == Some(parent))
                .then(|| int_of(part))
                .flatten()
        })
    };
    let near = |from: usize, want: &dyn Fn(&str) -> bool| {
        let lo = from + target.saturating_sub(2).max(1);
        let hi = (from + k + 6).min(body.len().saturating_sub(1));
        (lo..=hi)
            .filter(|&i| want(&body[i].text()))
            .min_by_key(|&i| ((i - from).abs_diff(target), std::cmp::Reverse(i)))
    };
    let mut subs = Vec::new();
    let mut at = cur;
    let mut m = 1;
    while let Some(i) = near(at, &|t| sub(t) == Some(m)) {
        subs.push(i);
        at = i;
        m += 1;
    }
    let goes_on = subs.is_empty()
        || near(at, &|t| row_number(t) == Some(next) && sub(t).is_none()).is_some()
        || at + target >= body.len();
    if goes_on {
        subs
    } else {
        Vec::new()
    }
}

/// Where a total row (`合计` `3` `25.8`) between a table's header and its first row starts, the
/// first row's number being piece `f`: right before that row, or before its group row (`一`
/// `防汛除涝`) or its category cell.
fn leading_total(ps: &[Piece], f: usize) -> Option<usize> {
    let t = (2..f).find(|&t| ps.get(t).is_some_and(|p| is_total_label(&p.text())))?;
    let end = t + total_len(ps.get(t..)?, usize::MAX, Some(1));
    if end <= t + 1 {
        return None;
    }
    // Between it and the first row: the first group's row or category cell, and the group's
    // own total (`合计` `31560` `机构养老` `小计` `9800` `1` …).
    let mut i = end;
    let mut cells = 0;
    while i < f {
        let rest = ps.get(i..f)?;
        let sub = total_len(rest, usize::MAX, Some(1));
        if sub > 1 {
            i += sub;
            continue;
        }
        let text = ps.get(i)?.text();
        if is_numberish(&text) || !is_category_cell(&text) {
            return None;
        }
        cells += 1;
        i += 1;
    }
    (i == f && cells <= 3).then_some(t)
}

/// Whether piece `i` is one of the numbers of a total row that starts after piece `cur`, in a
/// table of `k` columns whose next row is numbered `next`.
fn in_total(body: &[Piece], k: usize, next: u32, cur: usize, i: usize) -> bool {
    (cur + 1..i)
        .rev()
        .find(|&j| body.get(j).is_some_and(|p| !is_numberish(&p.text())))
        .is_some_and(|j| i < j + total_len(body.get(j..).unwrap_or(&[]), k, Some(next)))
}

/// A header written as row blocks over rows of `width` cells (row blocks too): each block but
/// the last holds one group (`“十四五”目标`) over the cells of the block under it, and the last
/// block holds cells only (`2023` / `年目标`, `2025` / `年目标`); in three blocks, a group over a
/// group (`“十四五”目标` over `阶段目标` and `年均增速（%）`, `阶段目标` over `2023年` `2025年`).
/// Cells split inside a word are joined: a year and what follows it (`2020` / `年基数`; a unit in
/// brackets, `年均增速` / `（%）`, is glued before), and, as many as the width asks, two short
/// pieces of words (`指标` / `名称`, `年均` / `增速（%）`), leftmost first, in the blocks that hold
/// a group. Returns the columns (each group's cell replaced by the cells under it) and the
/// groups, outermost first; `None` unless it reads so.
fn block_header(
    header: &[Piece],
    width: usize,
    acc: &mut Acc,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    const MOST_BLOCKS: usize = 4;
    let mut blocks: Vec<Vec<Piece>> = vec![Vec::new()];
    for (i, p) in header.iter().enumerate() {
        if i > 0 && p.gap > 0 {
            blocks.push(Vec::new());
        }
        blocks.last_mut()?.push(p.clone());
    }
    if blocks.len() < 2 || blocks.len() > MOST_BLOCKS {
        return None;
    }
    let mut trial = acc.clone();
    // (A unit in brackets is already glued to its cell: `glue_parentheticals`.)
    for block in blocks.iter_mut() {
        let mut i = 0;
        while i + 1 < block.len() {
            let (a, b) = (block[i].text(), block[i + 1].text());
            if is_bare_year(&a)
                && b.starts_with('年')
                && merge_at(block, i, &mut trial, "split cell")
            {
                continue;
            }
            i += 1;
        }
    }
    let lower = blocks.len() - 1;
    if blocks[lower].len() < 2 {
        return None;
    }
    // Each block with a group gives its cells but the group's, and the last block all of its.
    let need = width + lower;
    let count = |blocks: &[Vec<Piece>]| blocks.iter().map(Vec::len).sum::<usize>();
    if count(&blocks) < need {
        return None;
    }
    let whole = |t: &str| {
        is_number_header(t) || ["单位", "属性", "备注"].iter().any(|w| t.contains(w)) || is_attr(t)
    };
    let word_piece = |t: &str, most: usize| {
        let n = t.chars().count();
        n <= most
            && !t.chars().any(|c| c.is_ascii_digit())
            && !whole(t)
            && !is_period_mark(t)
            && !starts_with_period_mark(t)
    };
    while count(&blocks) > need {
        let (b, i) = blocks[..lower].iter().enumerate().find_map(|(b, block)| {
            (0..block.len().saturating_sub(1))
                .find(|&i| word_piece(&block[i].text(), 4) && word_piece(&block[i + 1].text(), 6))
                .map(|i| (b, i))
        })?;
        merge_at(&mut blocks[b], i, &mut trial, "split cell");
    }
    let group_like = |t: &str| {
        !t.chars().any(|c| c.is_ascii_digit())
            && (t.contains("目标") || t.contains("规划") || starts_with_period_mark(t))
            && !whole(t)
    };
    // (Over years or states (`现状` `提标后`) and no cell of the block above names a target or
    // a period: its one cell naming values (`指标值`), else its one measure (`设计规模（万吨/日）`),
    // else, over years, its last that spans no rows (`数量（个）` after `服务半径（米）`
    // `规模（公顷）`).)
    let years_under = blocks[lower]
        .iter()
        .all(|p| names_year(&p.text()) || is_bare_year(&p.text()));
    // (Levels, `国家级` `省级` `市级`, are the shares of the first count: `传统村落（个）`.)
    let levels_under = blocks[lower].iter().all(|p| names_level(&p.text()));
    let under_years = years_under
        || levels_under
        || blocks[lower].iter().all(|p| {
            let t = p.text();
            names_values(&t) || names_phase(&t)
        });
    // (Or measures with their units, `长度（公里）` `管径（毫米）`, under what they measure.)
    let measures_below = blocks[lower]
        .iter()
        .all(|p| bracketed_unit(&p.text()).is_some());
    let mut at = Vec::with_capacity(lower);
    for (b, block) in blocks[..lower].iter().enumerate() {
        let mut groups: Vec<usize> = (0..block.len())
            .filter(|&i| group_like(&block[i].text()))
            .collect();
        if groups.is_empty() && (under_years || measures_below) && b + 1 == lower {
            let open: Vec<usize> = (1..block.len())
                .filter(|&i| !whole(&block[i].text()))
                .collect();
            let valued: Vec<usize> = open
                .iter()
                .copied()
                .filter(|&i| names_values(&block[i].text()))
                .collect();
            let measures: Vec<usize> = open
                .iter()
                .copied()
                .filter(|&i| {
                    let t = block[i].text();
                    (bracketed_unit(&t).is_some()
                        || ["规模", "面积", "投资", "数量", "容量", "能力"]
                            .iter()
                            .any(|w| t.contains(w)))
                        && !names_other_column(&t)
                })
                .collect();
            groups = match (valued.as_slice(), measures.as_slice()) {
                ([one], _) | ([], [one]) => vec![*one],
                // (Not a total, `合计`, which spans both rows after the years.)
                _ if years_under => open
                    .iter()
                    .rev()
                    .find(|&&i| !is_total_label(&block[i].text()))
                    .copied()
                    .into_iter()
                    .collect(),
                ([], [first, ..]) if levels_under => vec![*first],
                // (Of measures over measures, the one with no unit of its own: `建设规模`, not
                // `总投资（亿元）`.)
                _ if measures_below => {
                    let bare: Vec<usize> = measures
                        .iter()
                        .copied()
                        .filter(|&i| bracketed_unit(&block[i].text()).is_none())
                        .collect();
                    if bare.len() == 1 {
                        bare
                    } else {
                        Vec::new()
                    }
                }
                _ => Vec::new(),
            };
        }
        // (Or the one cell every cell below names, what they are parts of: `投资（亿元）` over
        // `总投资` `“十四五”投资`.)
        if groups.is_empty() && b + 1 == lower {
            let named: Vec<usize> = (0..block.len())
                .filter(|&i| {
                    let t = strip_spaces(&block[i].text());
                    let bare = without_bracket_tail(&t);
                    bare.chars().count() >= 2
                        && !whole(bare)
                        && blocks[lower].iter().all(|p| {
                            let l = strip_spaces(&p.text());
                            l != bare && l.contains(bare)
                        })
                })
                .collect();
            if let [one] = named.as_slice() {
                groups = vec![*one];
            }
        }
        let [g] = groups.as_slice() else {
            return None;
        };
        at.push(*g);
    }
    // From the last block up: each group's cell gives way to the columns under it.
    let cell = |p: &Piece| collapse_cjk_spacing(&p.text());
    let mut columns: Vec<String> = blocks[lower].iter().map(cell).collect();
    let mut groups: Vec<ColumnGroup> = Vec::new();
    for (block, &g) in blocks[..lower].iter().zip(&at).rev() {
        let span = columns.len();
        for inner in groups.iter_mut() {
            inner.first += g;
        }
        groups.insert(
            0,
            ColumnGroup {
                title: cell(&block[g]),
                first: g,
                span,
            },
        );
        let mut wider: Vec<String> = block[..g].iter().map(cell).collect();
        wider.append(&mut columns);
        wider.extend(block[g + 1..].iter().map(cell));
        columns = wider;
    }
    *acc = trial;
    Some((columns, groups))
}

/// Says in the table's warnings how a header of several rows was read, so that a maintainer checks it.
fn note_two_row_header(ps: &[Piece], columns: &[String], groups: &[ColumnGroup], acc: &mut Acc) {
    let over: Vec<String> = groups
        .iter()
        .map(|g| {
            let under = columns.get(g.first..g.first + g.span).unwrap_or(&[]);
            format!("`{}` over `{}`", g.title, under.join("` `"))
        })
        .collect();
    let depth = (0..columns.len())
        .map(|i| {
            groups
                .iter()
                .filter(|g| i >= g.first && i - g.first < g.span)
                .count()
        })
        .max()
        .unwrap_or(0);
    let rows = match depth + 1 {
        2 => "two".to_string(),
        3 => "three".to_string(),
        n => n.to_string(),
    };
    acc.warnings.push((
        ps.first().map_or(0, Piece::first_no),
        format!(
            "the header has more cells than the rows: read as {rows} rows, {}",
            over.join(", ")
        ),
    ));
}

/// Rows whose names are numbered `1.`, `2.` … (no number column); lines between rows are
/// category rows; a name may wrap onto the next line; with an attribute column a row ends at
/// its attribute.
fn labelled_rows(ps: &[Piece], f: usize, acc: &mut Acc) -> Result<Shape, NotATable> {
    // (Header cells may be spaced out, `指 标` `属 性`; or a period's mark, `十四五”` over
    // `目标`.)
    let hp = ps[..f]
        .iter()
        .take_while(|p| {
            let t = strip_spaces(&p.text());
            (has_header_word(&t) || ends_with_period_mark(&t) || starts_with_period_mark(&t))
                && cn_marker(&t).is_none()
                && group_label(&t).is_none()
        })
        .count();
    let hp = if hp < 2 { f } else { hp };
    if hp < 2 || !ps[..hp].iter().all(is_header_cell) {
        return Err(NotATable("header too short"));
    }
    let mut columns = fit_header(&ps[..hp], None, acc);
    let mut k = columns.len();
    let has_attribute = ps[f..].iter().any(|p| is_attr(&p.text()));
    let mut pos = vec![f];
    // (Right after a row's attribute, or a category after it, the next number before a name
    // that opens with a figure is that row's label, no decimal: `2.5岁以下儿童死亡率` after
    // `1.婴儿死亡率` … `预期性`.)
    let after_attribute = |i: usize| {
        (i.saturating_sub(3)..i)
            .rev()
            .find(|&j| is_attr(&ps[j].text()))
            .is_some_and(|j| {
                ps[j + 1..i].iter().all(|p| {
                    let t = p.text();
                    !is_value_cell(&t) && !is_numberish(&t) && label(&t).is_none()
                })
            })
    };
    let labelled_after_attribute = |i: usize, n: u32| {
        has_attribute
            && after_attribute(i)
            && ps[i]
                .text()
                .strip_prefix(&format!("{n}."))
                .is_some_and(|rest| {
                    rest.starts_with(|c: char| c.is_ascii_digit())
                        && rest.chars().filter(|&c| crate::text::is_cjk(c)).count() >= 5
                })
    };
    while let Some(&cur) = pos.last() {
        let n = pos.len() as u32 + 1;
        let hi = (cur + k + 6).min(ps.len());
        match (cur + 1..hi)
            .find(|&i| labelled(&ps[i].text()) == Some(n) || labelled_after_attribute(i, n))
        {
            Some(i) => pos.push(i),
            None => break,
        }
    }
    if let Some((split, groups)) = narrower_rows(&pos, &columns, 0) {
        note_two_row_header(ps, &split, &groups, acc);
        k = split.len();
        columns = split;
        acc.column_groups = groups;
    }
    acc.columns = columns;
    let push_category = |acc: &mut Acc, lines: &[Piece]| {
        if lines.is_empty() {
            return;
        }
        for w in lines.windows(2) {
            acc.join(&w[0], &w[1], "category split over lines");
        }
        let name: String = lines.iter().map(Piece::text).collect();
        acc.rows.push(category_row(&collapse_cjk_spacing(&name)));
    };
    push_category(acc, &ps[hp..f]);
    let mut used = f;
    for (ri, &s) in pos.iter().enumerate() {
        let next = pos.get(ri + 1).copied().unwrap_or(ps.len());
        let seg = ps.get(s..next).unwrap_or(&[]);
        // (Up to the attribute before a `其中` sub-row, which closes the row.)
        let before_sub = seg.iter().enumerate().position(|(i, c)| {
            is_attr(&c.text()) && seg.get(i + 1).is_some_and(|x| opens_sub_row(&x.text()))
        });
        let row_len = if has_attribute {
            before_sub
                .or_else(|| seg.iter().rposition(|c| is_attr(&c.text())))
                .map(|i| i + 1)
                .unwrap_or(seg.len().min(k))
        } else {
            seg.len().min(k)
        };
        let (row, rest) = seg.split_at(row_len.min(seg.len()));
        let no = row.first().map_or(0, Piece::first_no);
        let cells = texts(row);
        // (One piece too many, its only two adjacent pieces of words after the name a value
        // over two paragraphs: `按国家和省规定` / `标准执行`.)
        let words =
            |t: &str| !is_value_cell(t) && !is_numberish(t) && !is_placeholder(t) && !is_attr(t);
        let value_split = (cells.len() == k + 1)
            .then(|| {
                let pairs: Vec<usize> = (0..cells.len() - 1)
                    .filter(|&i| words(&cells[i]) && words(&cells[i + 1]))
                    .collect();
                match pairs[..] {
                    [i] if i >= 1 => Some(i),
                    _ => None,
                }
            })
            .flatten();
        let (name, mut vals) = if let Some(i) = value_split {
            acc.join(&row[i], &row[i + 1], "split cell");
            let mut cells = cells.clone();
            let second = cells.remove(i + 1);
            cells[i].push_str(&second);
            (cells[0].clone(), cells[1..].to_vec())
        } else if cells.len() > k {
            let extra = cells.len() - k;
            for w in row[..=extra].windows(2) {
                acc.join(&w[0], &w[1], "name wrapped onto the next line");
            }
            (cells[..=extra].concat(), cells[extra + 1..].to_vec())
        } else {
            (
                cells.first().cloned().unwrap_or_default(),
                cells.get(1..).unwrap_or(&[]).to_vec(),
            )
        };
        let want = k.saturating_sub(1);
        if vals.len() < want {
            acc.short_rows.push(no);
            let at = if has_attribute && vals.last().is_some_and(|v| is_attr(v)) {
                vals.len() - 1
            } else {
                vals.len()
            };
            while vals.len() < want {
                vals.insert(at, String::new());
            }
        }
        acc.rows.push(item_row(&name, None, vals));
        used = s + row.len();
        if ri + 1 < pos.len() {
            if rest.first().is_some_and(|x| opens_sub_row(&x.text())) {
                // A sub-row without a number: its name, then its values, up to its attribute;
                // what follows it is the next group's category (`工资支付保障`).
                let sub_len = if has_attribute {
                    rest.iter()
                        .position(|c| is_attr(&c.text()))
                        .map_or(rest.len(), |i| i + 1)
                } else {
                    rest.len()
                };
                let (sub, after) = rest.split_at(sub_len.min(rest.len()));
                let mut vals = texts(sub);
                let name = vals.remove(0);
                while vals.len() < want {
                    vals.push(String::new());
                }
                acc.rows.push(item_row(&name, None, vals));
                push_category(acc, after);
            } else {
                push_category(acc, rest);
            }
            used = next;
        }
    }
    Ok(Shape { used })
}

/// The longest cell a row of names and values may hold, in characters.
const MAX_VALUE_ROW_CELL: usize = 40;

/// Rows with neither a number column nor attribute words, under a caption: a name, then values,
/// most of them numbers (`城镇新增就业（万人）` `3` `3.5`), as many cells as the header has. The
/// header is the short cells before the first value but the first row's name. Every row must
/// read so, and there must be two; the table ends at the first row that does not. With
/// `may_lack_names`, rows one cell wider than a header over the values only (`2020年` `2025年`)
/// have their names under an empty header cell.
fn value_rows(ps: &[Piece], may_lack_names: bool, acc: &mut Acc) -> Result<Shape, NotATable> {
    let window = &ps[..ps.len().min(ANCHOR_WINDOW)];
    // (The first row's first value may be a placeholder: `快速路` `—` `4.2`.)
    // (Not a name that opens with its number, `3号线二期`.)
    let v0 = window
        .iter()
        .position(|p| {
            let t = p.text();
            (is_value_cell(&t) && !numbered_name(&t)) || is_placeholder(&t)
        })
        .ok_or(NotATable("no rows"))?;
    // The header ends before the first row's name, right before its first value, or before its
    // unit when the header names a unit column (`指标` `单位` `2015年` … over `接待游客总量`
    // `万人次` `2480` …).
    let unit_first = v0 >= 3
        && is_unit_like(&ps[v0 - 1].text())
        && ps[..v0 - 2]
            .iter()
            .any(|p| strip_spaces(&p.text()).ends_with("单位"));
    let h_end = v0
        .checked_sub(if unit_first { 2 } else { 1 })
        .filter(|&h| h >= 1)
        .ok_or(NotATable("header too short"))?;
    // Columns of words between the name and the first value (`口岸名称` `口岸类型` `开放层级`
    // `2020年过货量（万吨）` … over `北澜公路口岸` `公路` `一类` `78.6`): the header ends that
    // many pieces earlier, where the header names them so.
    // (Not a group over values named by a period, `“十四五”计划`.)
    let word_header = |t: &str| {
        names_column(t)
            && !starts_with_period_mark(t)
            && !t.chars().any(|c| c.is_ascii_digit())
            && bracketed_unit(t).is_none()
            && !is_year_header(t)
            && !names_measure_column(t)
            && !strip_spaces(t).ends_with("单位")
    };
    let (h_end, words_between) = if unit_first {
        (h_end, 0)
    } else {
        (1..=2usize)
            .rev()
            .find_map(|w| {
                let h = h_end.checked_sub(w).filter(|&h| h >= 2)?;
                let named = ps.get(1..=w)?.iter().all(|p| word_header(&p.text()));
                let header = ps[..h].iter().all(is_header_cell);
                // (The value columns after them say what they measure.)
                // (Or, two of them at least, name an amount and a time: `投资估算` `实施年度`.)
                let amount_or_time = |t: &str| {
                    [
                        "投资", "金额", "资金", "年度", "年限", "时间", "规模", "面积",
                    ]
                    .iter()
                    .any(|x| t.contains(x))
                };
                let measure = |p: &Piece| {
                    let t = p.text();
                    !word_header(&t) && (bracketed_unit(&t).is_some() || last_year(&t).is_some())
                };
                // (Or a measure, then columns of words again: `占地面积（亩）` `功能定位`.)
                let values_named = ps.get(w + 1..h).is_some_and(|vs| {
                    !vs.is_empty()
                        && (vs.iter().all(measure)
                            // (Or measures, then a time's column: `长度（公里）` `车站数（座）`
                            // `建设年限`.)
                            || vs.split_last().is_some_and(|(t, ms)| {
                                !ms.is_empty()
                                    && ms.iter().all(measure)
                                    && names_time_column(&t.text())
                            })
                            || (vs.len() >= 2 && vs.iter().all(|p| amount_or_time(&p.text())))
                            || vs.split_first().is_some_and(|(m, rest)| {
                                measure(m)
                                    && !rest.is_empty()
                                    && rest.iter().all(|p| word_header(&p.text()))
                            }))
                });
                (named && header && values_named).then_some((h, w))
            })
            .unwrap_or((h_end, 0))
    };
    // Under a merged category (`类别` `指标` `单位` … over `水安全` `…达标率` `%` `86.5` `95`,
    // or `类别` `指标名称` `2020年` … over `标准供给` `…数量（项）` `6`), the first row's
    // category is before its name: the header ends one piece earlier.
    // (Or one or two pieces earlier, when columns of words stand between the name and the
    // first value: `类别` `热源名称` `类型` `装机容量（MW）` … over `现状热源` `朔原第一热电厂`
    // `燃煤热电联产` `1450`.)
    let merged_from = if unit_first { 3 } else { 2 };
    // (A header on lines of its own, one block before the rows: the block is the header.)
    let header_block = (1..ps.len())
        .find(|&i| ps[i].gap > 0)
        .filter(|&k| k >= 2 && ps[..k].iter().all(is_header_cell));
    if v0 > merged_from && is_category_header(&ps[0].text()) {
        // (The most columns of words first: a shorter reading takes the first row's cells
        // into the header.)
        for words in (0..=2).rev() {
            let Some(h) = (v0 - merged_from)
                .checked_sub(words)
                .filter(|&h| h >= 2 && header_block.is_none_or(|k| k == h))
            else {
                continue;
            };
            let mut tried = acc.clone();
            let columns = fit_header(&ps[..h], None, &mut tried);
            // (The columns between the name and the first value name words: `类型`.)
            // (Not an amount's, `总投资`, whose cells are the first value.)
            let between = (merged_from..merged_from + words).all(|c| {
                columns.get(c).is_some_and(|h| {
                    names_column(h)
                        && bracketed_unit(h).is_none()
                        && !is_year_header(h)
                        && !strip_spaces(h).ends_with("单位")
                        && !["投资", "金额", "资金"].iter().any(|w| h.contains(w))
                })
            });
            // (Nor a total's label as the first row's category: `合计` after the years is the
            // header's last column, `城关镇` the first row's name.)
            let total_first = ps.get(h).is_some_and(|p| is_total_label(&p.text()));
            if between && !total_first && ps[..h].iter().all(is_header_cell) {
                let mut joins = Vec::new();
                if let Some((rows, s, notes)) = merged_value_rows(ps, h, &columns, &mut joins) {
                    *acc = tried;
                    acc.columns = columns;
                    acc.rows = rows;
                    acc.warnings.extend(notes);
                    acc.joins.extend(joins);
                    return Ok(Shape { used: s });
                }
            }
        }
    }
    if let Some(shape) = inner_merged_rows(ps, v0, acc) {
        return Ok(shape);
    }
    // A group's row in one cell before the first row (`东部片区`), whose kind comes again as a
    // row of its own further on (`西部片区`): the header ends before it, and such cells are
    // group rows.
    let (h_end, group_ending) = match h_end.checked_sub(1).and_then(|g| ps.get(g)) {
        Some(g) if h_end >= 3 => {
            let t = g.text();
            let ending = last_two_chars(&t);
            let group_like = |p: &Piece| {
                let x = p.text();
                p.parts.len() == 1
                    && is_category_cell(&x)
                    && !is_value_cell(&x)
                    && !is_numberish(&x)
                    && !has_header_word(&x)
                    && bracketed_unit(&x).is_none()
                    && x.chars().count() <= 8
            };
            // (Not as far from it as whole rows of the header's width: then it is a row's name,
            // `岗前培训` … `岗位技能提升培训`.)
            let width = h_end - 1;
            let again = t.chars().count() >= 3
                && group_like(g)
                && ps
                    .iter()
                    .enumerate()
                    .skip(h_end + 1)
                    .find(|(_, p)| group_like(p) && p.text() != t && p.text().ends_with(&ending))
                    .is_some_and(|(x, _)| !(x - width).is_multiple_of(width));
            if again {
                (h_end - 1, Some(ending))
            } else {
                (h_end, None)
            }
        }
        _ => (h_end, None),
    };
    // (Its first cell names the names: `指标`, `项目`, the places, `街道`, `区域`, or another
    // column of names, `资金用途`.)
    // (Or any word, `作物`, before two columns or more that name a measure and its unit,
    // `良种覆盖率（%）` `主推品种（个）`.)
    let first = ps[0].text();
    let measures_after = h_end >= 3
        && ps[1..h_end]
            .iter()
            .all(|p| bracketed_unit(&p.text()).is_some() && !is_value_cell(&p.text()));
    // (Or any word before columns of words and measures the header names so, `网格` before
    // `覆盖区域` `救援驻点（个）` `承诺到场时间（分钟）`.)
    if !ps[..h_end].iter().all(is_header_cell)
        || !(has_header_word(&first)
            || is_category_header(&first)
            || names_column(&first)
            || measures_after
            || words_between > 0)
    {
        return Err(NotATable("no header"));
    }
    let columns = fit_header(&ps[..h_end], None, acc);
    let k = columns.len();
    let Some(first_header) = columns.first() else {
        return Err(NotATable("header too short"));
    };
    // A header over the values only (`2020年` `2025年`): the names' column has no header cell.
    let unnamed = may_lack_names && (names_year(first_header) || names_values(first_header));
    if k < 2 && !unnamed {
        return Err(NotATable("header too short"));
    }
    // (A `；` inside a cell parts two of its items, `冷链快递分拨、农产品上行集散；生鲜电商…`,
    // glued over two paragraphs; one ending a cell ends a clause of the text.)
    let short = |p: &Piece| {
        let t = p.text();
        !t.is_empty()
            && t.chars().count() <= MAX_VALUE_ROW_CELL
            && !t.contains('。')
            && !t.ends_with(['；', ';'])
            && (p.parts.len() > 1 || !t.contains(['；', ';']))
            && label(&t).is_none()
    };
    let name_like = |p: &Piece| {
        let t = p.text();
        short(p) && !is_numberish(&t) && !is_value_cell(&t) && !is_placeholder(&t)
    };
    // The unit column of rows `w` cells wide (`指标` `单位` `2020年` …), where a row one value
    // short still has its unit (`…集聚区` `个` `1` `3`, its rate vanished).
    let unit_at = |w: usize| {
        (w == columns.len())
            .then(|| {
                columns
                    .iter()
                    .position(|c| strip_spaces(c).ends_with("单位"))
            })
            .flatten()
    };
    let unit = |p: &Piece| is_unit_like(&p.text()) && !is_value_cell(&p.text());
    // Rows in blocks: each row's cells on lines of their own, a blank line after each row.
    let blocks =
        ps.get(h_end).is_some_and(|p| p.gap > 0) && ps.get(h_end + 1).is_some_and(|p| p.gap == 0);
    // The rows of `w` cells from the header's end, and where they end. A row one value short
    // (an empty cell vanished: `小梁薄板房屋改造` with no 2021年 value), its name and values
    // between two names, has the empty cell where its values fit the columns of the rows above
    // best, else first among the values (a task that starts later); one such row in three at
    // most, each reported.
    // (The remarks come last: any row may leave its remark empty.)
    let remarks_last = columns.last().is_some_and(|c| names_remarks_column(c));
    let rows_of = |w: usize, notes: &mut Vec<(usize, String)>| {
        let mut rows: Vec<TableRow> = Vec::new();
        let mut s = h_end;
        let mut short_rows = 0usize;
        while let Some(row) = ps.get(s..(s + w).min(ps.len())).filter(|r| r.len() >= 2) {
            // A group's row (`西部片区`), before a row.
            if let Some(ending) = &group_ending {
                let t = row[0].text();
                if row[0].parts.len() == 1
                    && t.ends_with(ending.as_str())
                    && is_category_cell(&t)
                    && !is_value_cell(&t)
                    && name_like(&row[1])
                {
                    rows.push(TableRow {
                        kind: RowKind::Category,
                        name: t,
                        ..Default::default()
                    });
                    s += 1;
                    continue;
                }
            }
            // One value short: the name, w - 2 values, then the next row's name and its value.
            let values = row.get(1..w - 1).unwrap_or(&[]);
            // (A row of a name and values, most of them numbers.)
            let numeric = |at: usize| {
                ps.get(at..at + w)
                    .filter(|r| r.len() >= 2)
                    .is_some_and(|r| {
                        let numbers = r[1..]
                            .iter()
                            .filter(|p| is_value_cell(&p.text()) || is_placeholder(&p.text()))
                            .count();
                        name_like(&r[0]) && r[1..].iter().all(short) && numbers * 2 >= w - 1
                    })
            };
            // (Words among the values where the rows above hold words among theirs: a 建设性质
            // `拆除重建` between a 规模 and a 建成年份.)
            let words_among = rows.iter().any(|r| {
                r.kind == RowKind::Item
                    && r.cells.iter().enumerate().any(|(c, x)| {
                        !x.is_empty()
                            && !is_value_cell(x)
                            && !is_placeholder(x)
                            && unit_at(w) != Some(c + 1)
                    })
            });
            let as_value = |j: usize, p: &Piece| {
                is_value_cell(&p.text())
                    || is_placeholder(&p.text())
                    || (unit_at(w) == Some(j + 1) && unit(p))
                    || j < words_between
            };
            // (What would be the next row's name is a time where the rows above end with a
            // time: the row's own last cell, `2027—2029年` under 实施年度.)
            let own_time = !rows.is_empty()
                && rows
                    .iter()
                    .all(|r| r.cells.last().is_some_and(|c| names_time(c)) && !names_time(&r.name))
                && ps.get(s + w - 1).is_some_and(|p| names_time(&p.text()));
            // (What would be the next row's name ends as the last column's cells above do and
            // no name does, `扩建` after `新建` `新建`: the row's own last cell.)
            let own_last = ps.get(s + w - 1).is_some_and(|p| {
                let t = p.text();
                let end = t.chars().last();
                t.chars().count() <= 6
                    && rows.iter().any(|r| {
                        r.kind == RowKind::Item
                            && r.cells.last().is_some_and(|c| c.chars().last() == end)
                    })
                    && !rows.iter().any(|r| r.name.chars().last() == end)
            });
            // (Every row above writes a level last, `国家级` `省级`.)
            let levels_above = !rows.is_empty()
                && rows.iter().all(|r| {
                    r.kind != RowKind::Item || r.cells.last().is_some_and(|c| names_level(c))
                });
            let one_short = !own_time
                && !own_last
                && w >= 3
                && name_like(&row[0])
                && values.len() == w - 2
                && values
                    .iter()
                    .enumerate()
                    .all(|(j, p)| short(p) && (as_value(j, p) || (words_among && name_like(p))))
                && ((ps.get(s + w - 1).is_some_and(name_like)
                    && ps.get(s + w).is_some_and(|p| {
                        // (Or a mark of no entry where a value stands: `岩口乡` `—` `2`.)
                        is_value_cell(&p.text())
                            || is_placeholder(&p.text())
                            || (unit_at(w) == Some(1) && unit(p))
                            // (Its words, then its first value where the rows have theirs.)
                            || (words_between > 0
                                && name_like(p)
                                && ps.get(s + w + words_between).is_some_and(|v| {
                                    is_value_cell(&v.text()) || is_placeholder(&v.text())
                                }))
                    }))
                    // (Or a row last, before the notes or the table's end, below two rows at
                    // least or a total: `合计` `1.8` `100` with no 主要供应区域,
                    // `“十四五”年均增长（%）` `5.1` `18.9` with no rate of a length.)
                    || ((is_total_label(&row[0].text()) || rows.len() >= 2)
                        && ps.get(s + w - 1).is_none_or(|p| is_note_start(&p.text()))))
                // (One such row in three at most, but a `其中` sub-row may lack a share
                // anywhere, `其中：淤泥质海滩` `41,205.2`, when the rows above hold a value
                // where the next row's name would stand.)
                && ((short_rows + 1) * 3 <= rows.len() + 1
                    // (The first row too, when a whole row of numbers follows it: a year with
                    // nothing supplied yet, `2024年` `3000` `8000` `11000`.)
                    || (rows.is_empty() && numeric(s + w - 1))
                    // (Or any row, when a whole row of a name and figures follows it:
                    // `历史文化名镇` `3` `1` `2`, then `历史文化名村` `11` `2` `5` `4`.)
                    || (ps.get(s + w - 1).is_some_and(|p| !is_numberish(&p.text()))
                        && ps.get(s + w..s + 2 * w - 1).is_some_and(|next| {
                            next.iter().all(|p| {
                                let t = p.text();
                                is_numberish(&t) || is_placeholder(&t)
                            })
                        })
                        && ps
                            .get(s + 2 * w - 1)
                            .is_none_or(|p| !is_numberish(&p.text())))
                    // (Any row may leave its remark empty, when the remarks come last.)
                    || remarks_last
                    // (Or its level, where every row above writes one and the next row's name
                    // stands where the level would: `青螺湾湿地公园` `枫桥区` `312.7`, then
                    // `柳浪河湿地公园`.)
                    || (levels_above
                        && ps.get(s + w - 1).is_some_and(|p| !names_level(&p.text())))
                    || (opens_sub_row(&row[0].text())
                        && !rows.is_empty()
                        && rows
                            .iter()
                            .all(|r| r.cells.last().is_some_and(|c| is_value_cell(c)))));
            // A row whose name carries its unit in brackets (`会展业直接收入（亿元）`) and a value
            // where every row above has its unit: the unit cell vanished, the row one short.
            // (The first row so when the next row writes its unit after its name.)
            let unit_vanished = unit_at(w) == Some(1)
                && !one_short
                && row.len() == w
                && bracketed_unit(&row[0].text()).is_some()
                && is_value_cell(&row[1].text())
                && if rows.is_empty() {
                    ps.get(s + w - 1).is_some_and(name_like)
                        && ps.get(s + w).is_some_and(unit)
                        && ps
                            .get(s + w + 1)
                            .is_some_and(|p| is_value_cell(&p.text()) || is_placeholder(&p.text()))
                } else {
                    // (Or left empty, a row above whose unit is in its name.)
                    rows.iter().all(|r| {
                        r.cells
                            .first()
                            .is_some_and(|c| c.is_empty() || is_unit_like(c) || is_placeholder(c))
                    })
                };
            if unit_vanished {
                rows.push(one_short_row(
                    &row[..w - 1],
                    1,
                    &columns,
                    notes,
                    "its unit in its name",
                ));
                s += w - 1;
                continue;
            }
            // A total of fewer numbers than a row one short has (`小计` `2250` under 设施名称
            // 处理能力 所在街道 建成时间): its numbers under the columns they sum.
            if let Some((total, n)) = (!one_short && !rows.is_empty())
                .then(|| short_total(&ps[s..], &rows, w, w.saturating_sub(3)))
                .flatten()
            {
                rows.push(total);
                s += n;
                continue;
            }
            // A name over two paragraphs (`非居住存量房屋` / `改建`), then as many values as the
            // rows above hold after theirs: one name.
            let valued = |p: &Piece| {
                let t = p.text();
                short(p) && (is_value_cell(&t) || is_placeholder(&t))
            };
            let name_over_two = !one_short
                && !blocks
                && row.get(1).is_some_and(|p| p.gap > 0)
                && w >= 3
                && row.len() == w
                && name_like(&row[0])
                && !rows.is_empty()
                && rows.iter().all(|r| {
                    r.kind != RowKind::Item || r.cells.first().is_some_and(|c| is_value_cell(c))
                })
                && {
                    let t = row[1].text();
                    row[1].parts.len() == 1
                        && (1..=6).contains(&t.chars().count())
                        && !t.chars().any(|c| c.is_ascii_digit())
                        && !is_placeholder(&t)
                        && !(unit_at(w) == Some(1) && unit(&row[1]))
                }
                && ps
                    .get(s + 2..s + w + 1)
                    .is_some_and(|v| v.len() == w - 1 && v.iter().all(valued));
            // A cell of words after the name left open over two pieces (`汇川路站至` /
            // `空港枢纽站`), then the row's values: one cell.
            let open_words = (!one_short && words_between > 0)
                .then(|| {
                    (1..=words_between).find(|&j| {
                        ps.get(s + j).zip(ps.get(s + j + 1)).is_some_and(|(a, b)| {
                            let (a, b) = (a.text(), b.text());
                            splits_open(&a, &b) && !is_value_cell(&b)
                        })
                    })
                })
                .flatten()
                .filter(|&j| {
                    ps.get(s + j + 2..s + w + 1).is_some_and(|vs| {
                        let valued = vs.iter().filter(|p| valued(p)).count();
                        vs.len() + j + 1 == w && vs.iter().all(short) && valued * 2 >= vs.len()
                    })
                });
            if let Some(j) = open_words {
                let mut cells = texts(&ps[s..s + w + 1]);
                let tail = cells.remove(j + 1);
                notes.push((
                    ps[s + j].first_no(),
                    format!("split cell: `{}` + `{tail}` read as one cell", cells[j]),
                ));
                cells[j].push_str(&tail);
                rows.push(named_row(cells, None));
                s += w + 1;
                continue;
            }
            if name_over_two {
                let mut cells = texts(&ps[s + 1..s + w + 1]);
                cells[0] = format!("{}{}", row[0].text(), row[1].text());
                notes.push((
                    row[0].first_no(),
                    format!(
                        "split cell: `{}` + `{}` read as one name",
                        row[0].text(),
                        row[1].text()
                    ),
                ));
                rows.push(named_row(cells, None));
                s += w + 1;
                continue;
            }
            // (A total's label among the values opens the total's row: `合计` is no value.)
            let whole = !one_short
                && row.len() == w
                && !row[1..].iter().any(|p| is_total_label(&p.text()))
                && {
                    let name_ok = short(&row[0]) && !is_numberish(&row[0].text());
                    let values = &row[1..];
                    // (A placeholder stands for a number: `—` `3` `区市场监管局…`; a unit under the
                    // unit column is neither: `届/年` `—` `1` `受疫情影响未举办` `未完成`.)
                    let numbers = values
                        .iter()
                        .filter(|p| is_value_cell(&p.text()) || is_placeholder(&p.text()))
                        .count();
                    let units = usize::from(unit_at(w) == Some(1) && unit(&row[1])) + words_between;
                    // (A row of goals in words, `社区家政服务网络` `初步形成` `基本建立` `全覆盖`,
                    // below two rows at least, before the notes, the table's end or a row of
                    // numbers.)
                    // (Or before more such rows, three at most, and then one of those: `道路积水点改善`
                    // `完成已排摸的23处积水点改善` `完成23处，…`, then `雨污混接改造` …, then
                    // `新增雨水调蓄规模` `3万立方米` `3.6万立方米`.)
                    // (A goal in words may hold a `；` between its parts: `完成普查；改造住宅小区412个`.)
                    let worded = |p: &Piece| {
                        let t = p.text();
                        name_like(p)
                            || (t.chars().count() <= MAX_VALUE_ROW_CELL
                                && !t.contains('。')
                                && !t.ends_with(['；', ';'])
                                && !is_numberish(&t)
                                && !is_value_cell(&t)
                                && !is_placeholder(&t))
                    };
                    let words_row = |at: usize| {
                        ps.get(at..at + w)
                            .filter(|r| r.len() == w)
                            .is_some_and(|r| {
                                name_like(&r[0])
                                    && r[1..].iter().all(|p| worded(p) && !is_numberish(&p.text()))
                            })
                    };
                    let ends_rows = |at: usize| {
                        ps.get(at).is_none_or(|p| is_note_start(&p.text())) || numeric(at)
                    };
                    let run_ends = || {
                        let mut at = s + w;
                        for _ in 0..3 {
                            if ends_rows(at) || !words_row(at) {
                                break;
                            }
                            at += w;
                        }
                        ends_rows(at)
                    };
                    let in_words = rows.len() >= 2
                        && name_like(&row[0])
                        && values.iter().all(|p| worded(p) && !is_numberish(&p.text()))
                        && run_ends();
                    // (In row blocks, a block as wide as the rows above is a row whatever its
                    // values: `2025年` `按规定调整` `按规定调整`.)
                    let block = blocks
                        && rows.len() >= 2
                        && row[0].gap > 0
                        && row[1..].iter().all(|p| p.gap == 0)
                        && ps.get(s + w).is_none_or(|p| p.gap > 0)
                        && !is_note_start(&row[0].text());
                    name_ok
                        && (values.iter().all(short) || in_words)
                        && (block || in_words || numbers * 2 >= values.len().saturating_sub(units))
                };
            if whole {
                rows.push(named_row(texts(row), None));
                s += w;
                continue;
            }
            // A row two or three cells short right before the table's total (`泽川经济技术开发区`
            // `12` `新建专用监测井`, then `合计`): its cells where they fit the rows above clearly
            // best.
            if !one_short && rows.len() >= 2 && name_like(&row[0]) {
                let before_total = (2..w.saturating_sub(1)).find(|&k| {
                    ps.get(s + k).is_some_and(|p| is_total_label(&p.text()))
                        && row[1..k]
                            .iter()
                            .all(|p| short(p) && !is_total_label(&p.text()))
                });
                // (The cheapest place, clearly best or not: the sums with the total then move
                // the gaps where only they make every column add up, `gap_by_total`.)
                let placed =
                    before_total.and_then(|k| Some((k, cheapest_gaps(&rows, &row[1..k], w - k)?)));
                if let Some((k, gaps)) = placed {
                    let why = format!("{} values missing before the total", gaps.len());
                    rows.push(row_with_gaps(&row[..k], &gaps, &columns, notes, &why));
                    short_rows += 1;
                    s += k;
                    continue;
                }
            }
            if !one_short {
                break;
            }
            // (A total lacks its last columns, words no total has; a `其中` sub-row its share.)
            // (A row that writes its unit lacks a value: the first after the unit, a new
            // indicator's baseline.)
            let fallback = if is_total_label(&row[0].text())
                || opens_sub_row(&row[0].text())
                || remarks_last
            {
                values.len()
            } else if unit_at(w) == Some(1) && values.first().is_some_and(&unit) {
                1
            } else {
                // (The first value's, after the columns of words.)
                words_between
            };
            // (A total's values stand under the columns they sum: `合计` `11800` `30` lacks
            // the running total between them.)
            let summed = is_total_label(&row[0].text())
                .then(|| total_gap(&rows, values))
                .flatten();
            // (A level that every row above writes last, where the row writes none: its
            // level's, `青螺湾湿地公园` `枫桥区` `312.7` under 级别 not yet given.)
            let level_last = (levels_above && !values.iter().any(|p| names_level(&p.text())))
                .then_some(values.len());
            let g = summed
                .or(level_last)
                .or_else(|| profile_gap(&rows, 0, values, 0))
                .unwrap_or(fallback);
            rows.push(one_short_row(
                &row[..w - 1],
                g + 1,
                &columns,
                notes,
                "one value missing",
            ));
            short_rows += 1;
            s += w - 1;
        }
        (rows, s)
    };
    let category_first = columns.first().is_some_and(|c| is_category_header(c));
    if let Some((rows, s)) = category_first
        .then(|| merged_blocks(ps, h_end, &columns, &short))
        .flatten()
    {
        acc.columns = columns;
        acc.rows = rows;
        return Ok(Shape { used: s });
    }
    let mut notes = Vec::new();
    let (rows, s) = if k >= 2 {
        rows_of(k, &mut notes)
    } else {
        (Vec::new(), h_end)
    };
    // (Unless a header of two rows read as one run of cells, `审计项目` `“十四五”计划`
    // `项目数（个）` `覆盖率（%）`, makes narrower rows that read further.)
    let narrower = (rows.len() >= 2)
        .then(|| {
            (2..k).rev().find_map(|w| {
                let (split, groups) = split_header_rows(&columns, w)?;
                let mut notes = Vec::new();
                let (rows, used) = rows_of(w, &mut notes);
                (rows.len() >= 2 && used > s).then_some((split, groups, rows, used, notes))
            })
        })
        .flatten();
    if let Some((split, groups, rows, used, notes)) = narrower {
        note_two_row_header(ps, &split, &groups, acc);
        acc.warnings.extend(notes);
        acc.columns = split;
        acc.column_groups = groups;
        acc.rows = rows;
        return Ok(Shape { used });
    }
    if rows.len() >= 2 {
        // (Then the table's total, short of more than one cell: `合计` `8.8` `21.0`.)
        let (rows, s) = match trailing_total(ps.get(s..).unwrap_or(&[]), &rows, k) {
            Some((total, n)) => (rows.into_iter().chain([total]).collect(), s + n),
            None => (rows, s),
        };
        acc.columns = columns;
        acc.rows = rows;
        acc.warnings.extend(notes);
        return Ok(Shape { used: s });
    }
    if unnamed {
        let mut notes = Vec::new();
        let (rows, s) = rows_of(k + 1, &mut notes);
        if rows.len() >= 2 {
            acc.warnings.extend(notes);
            acc.warnings.push((
                ps.first().map_or(0, Piece::first_no),
                "the rows have a name column the header does not name; its header cell left empty"
                    .to_string(),
            ));
            acc.columns = std::iter::once(String::new()).chain(columns).collect();
            acc.rows = rows;
            return Ok(Shape { used: s });
        }
    }
    // Rows narrower than the header: a two-row header read as one run of cells.
    for w in (2..k).rev() {
        let Some((split, groups)) = split_header_rows(&columns, w) else {
            continue;
        };
        let mut notes = Vec::new();
        let (rows, s) = rows_of(w, &mut notes);
        if rows.len() >= 2 {
            note_two_row_header(ps, &split, &groups, acc);
            acc.warnings.extend(notes);
            acc.columns = split;
            acc.column_groups = groups;
            acc.rows = rows;
            return Ok(Shape { used: s });
        }
    }
    Err(NotATable("fewer than two rows of a name and values"))
}

/// Rows of a name and cells whose column `m`, after the names, is a place or a category merged
/// over the rows of its group (`水库名称` `所在乡镇` `总库容（万立方米）` `功能` over `龙潭水库`
/// `龙泉镇` `4860` `灌溉、供水、防洪`, then `石门水库` `1250` `灌溉、防洪` in the same 乡镇): the
/// first row of a group writes every cell, the next ones lack the merged cell, left empty as in
/// the source. `v0` is the first value of the first row, some cells after its name: the header
/// is the pieces before that row, one per column, the shortest that reads rows. Every row's cells are of the kinds of the
/// first row's (a value under a value, words under words; the merged cell a category's), a row
/// starts with a name, and a total (`合计` `10408`) may end the rows, its numbers under the
/// columns they sum. Taken with two rows at least, one of them lacking the merged cell; each
/// such row reported. Rows are read as a whole, the reading that goes furthest (one row lacking
/// the merged cell and one more, or words among the values of a whole row, only in a reading
/// that runs to the notes or the end).
fn inner_merged_rows(ps: &[Piece], v0: usize, acc: &mut Acc) -> Option<Shape> {
    /// What a row lacks: the merged cell, that and one more column's, or one column's only (a
    /// vanished cell of a row that writes its merged cell).
    #[derive(Clone, Copy)]
    enum Lack {
        Merged,
        MergedAnd(usize),
        Cell(usize),
    }
    let value = |p: &Piece| {
        let t = p.text();
        is_value_cell(&t) || is_placeholder(&t)
    };
    // (A cell may go on over a second line from a line left open: `汀兰县、` / `安澜县`.)
    let short = |p: &Piece| {
        let t = p.text();
        (p.parts.len() == 1 || (p.parts.len() == 2 && ends_open(&p.parts[0])))
            && !t.is_empty()
            && t.chars().count() <= MAX_VALUE_ROW_CELL
            && !t.contains(['。', '；', ';'])
    };
    let name_like = |p: &Piece| {
        let t = p.text();
        short(p)
            && !value(p)
            && !is_numberish(&t)
            && !is_total_label(&t)
            && !is_note_start(&t)
            && label(&t).is_none()
    };
    // (The shortest header first: a header that takes a row's first cells in reads whole rows
    // no more.)
    for c in (1..=4usize).rev() {
        let Some(h) = v0.checked_sub(c).filter(|&h| h >= 3) else {
            continue;
        };
        let header = &ps[..h];
        let first_header = header[0].text();
        if is_category_header(&first_header)
            || !(names_column(&first_header) || has_header_word(&first_header))
            || !header
                .iter()
                .all(|p| p.parts.len() == 1 && is_header_cell(p))
        {
            continue;
        }
        let k = h;
        for m in (1..k).filter(|&m| is_category_header(&header[m].text())) {
            let Some(first) = ps.get(h..h + k) else {
                continue;
            };
            let kinds: Vec<bool> = first.iter().map(value).collect();
            if kinds[0] || kinds[m] || !kinds.iter().any(|&v| v) {
                continue;
            }
            // What a cell under column `col` costs: nothing when of the column's kind (a value
            // under a value, a year under a year or words, words under words; the merged cell
            // a category's; a mark of no entry, `—`, under any column but the merged one), 2
            // for words under a column of values or years (`省级旅游度假区` among 5A 4A, a
            // column of targets) in a whole row, else it does not fit.
            let year = |p: &Piece| {
                let t = strip_spaces(&p.text());
                t.chars().take(4).all(|c| c.is_ascii_digit()) && t.chars().nth(4) == Some('年')
            };
            let year_column: Vec<bool> = first.iter().map(&year).collect();
            // (A column of levels, `国家级` `省级`, holds levels only.)
            let level_column: Vec<bool> = first.iter().map(|p| names_level(&p.text())).collect();
            let cost = |p: &Piece, col: usize| -> Option<usize> {
                if !short(p) {
                    return None;
                }
                if col == 0 {
                    return name_like(p).then_some(0);
                }
                if col == m {
                    let t = p.text();
                    return (!value(p) && is_category_cell(&t) && !is_total_label(&t)).then_some(0);
                }
                if is_placeholder(&p.text()) {
                    return Some(0);
                }
                if level_column[col] {
                    return names_level(&p.text()).then_some(0);
                }
                match (kinds[col] || year_column[col], value(p), year(p)) {
                    (false, false, _) => Some(0),
                    (false, true, _) => None,
                    (true, true, _) => (!year_column[col]).then_some(0),
                    (true, false, true) => year_column[col].then_some(0),
                    (true, false, false) => Some(2),
                }
            };
            // (Rows in blocks, a blank line after each: a row ends where its block does, or
            // at the notes.)
            let blocks = ps.get(h).is_some_and(|p| p.gap > 0)
                && ps.get(h..).is_some_and(|r| r.iter().any(|p| p.gap == 0));
            let next_starts = |i: usize| {
                ps.get(i).is_none_or(|p| {
                    let t = p.text();
                    (name_like(p) || is_total_label(&t) || is_note_start(&t))
                        && (!blocks || p.gap > 0 || is_note_start(&t))
                })
            };
            let others: Vec<usize> = (0..k).filter(|&col| col != m).collect();
            // A row at `s`: whole (`None`), lacking the merged cell, or lacking it and the cell
            // of one more column `g`, its other cells where their kinds fit, in one way only
            // (`栖霞洞景区` `未评级` `3A` under 等级 and 创建目标, its 创建年份 vanished); in row
            // blocks, also a block that writes its merged cell and lacks one other, in one way
            // only (`…三叶青种植示范基地` `龙门镇` `三叶青` `600`, its 级别 not yet given). The
            // pieces it takes with each.
            let steps = |s: usize, two: bool| -> Vec<(usize, Option<Lack>, usize)> {
                // What `cols` cost over the pieces from `s`, when every one fits.
                let over = |cols: &mut dyn Iterator<Item = usize>| -> Option<usize> {
                    cols.enumerate()
                        .map(|(i, col)| ps.get(s + i).and_then(|p| cost(p, col)))
                        .sum::<Option<usize>>()
                        .filter(|&c| two || c == 0)
                };
                let mut out = Vec::new();
                if let Some(c) = over(&mut (0..k)).filter(|_| next_starts(s + k)) {
                    out.push((k, None, c));
                }
                // (A short row is placed by the kinds of its cells: they must all fit.)
                if let Some(c) =
                    over(&mut others.iter().copied()).filter(|&c| c == 0 && next_starts(s + k - 1))
                {
                    out.push((k - 1, Some(Lack::Merged), c));
                }
                // (Or, in cells one per paragraph, a last cell that vanished: `青螺湾湿地公园`
                // `枫桥区` `312.7` with no 级别, the next park's name after it.)
                if two && k >= 3 && next_starts(s + k - 1) {
                    let whole_fits = over(&mut (0..k)).is_some();
                    let placings: Vec<usize> = others[1..]
                        .iter()
                        .copied()
                        .filter(|&g| blocks || (g == k - 1 && !whole_fits))
                        .filter(|&g| {
                            over(&mut (0..k).filter(|&col| col != g)).is_some_and(|c| c == 0)
                        })
                        .collect();
                    if let [g] = placings[..] {
                        out.push((k - 1, Some(Lack::Cell(g)), 1));
                    }
                }
                if two && k >= 4 && next_starts(s + k - 2) {
                    let placings: Vec<(usize, usize)> = others[1..]
                        .iter()
                        .filter_map(|&g| {
                            over(&mut others.iter().copied().filter(|&col| col != g))
                                .filter(|&c| c == 0)
                                .map(|c| (g, c))
                        })
                        .collect();
                    if let [(g, _)] = placings[..] {
                        out.push((k - 2, Some(Lack::MergedAnd(g)), 1));
                    }
                }
                out
            };
            // The reading that goes furthest at the least cost (a row lacking two cells costs
            // 1, words out of their column's kind 2; then whole rows first): read row by row,
            // the first fit would take the next row's name for a vanished last cell.
            // `best[s]`: (where the rows from `s` end, their cost, the step taken).
            // A row lacking two cells, or words out of their column's kind, only in a reading
            // that runs to the table's end (its notes or the end of its lines): not where the
            // rows it leaves cannot be read on.
            type Best = (usize, usize, Option<(usize, Option<Lack>)>);
            let plan = |two: bool| -> Vec<Best> {
                let mut best: Vec<Best> = vec![(0, 0, None); ps.len() + 1];
                for at in (h..=ps.len()).rev() {
                    let mut b: Best = (at, 0, None);
                    for (len, lack, c) in steps(at, two) {
                        if at == h && lack.is_some() {
                            continue;
                        }
                        let Some(&(e, t, _)) = best.get(at + len) else {
                            continue;
                        };
                        if b.2.is_none() || e > b.0 || (e == b.0 && t + c < b.1) {
                            b = (e, t + c, Some((len, lack)));
                        }
                    }
                    best[at] = b;
                }
                best
            };
            // The rows a plan reads: (first piece, pieces, what it lacks).
            let path = |best: &[Best]| {
                let mut out = Vec::new();
                let mut s = h;
                while let Some((len, lack)) = best.get(s).and_then(|b| b.2) {
                    out.push((s, len, lack));
                    s += len;
                }
                out
            };
            let best = plan(true);
            let (end, cost, _) = best[h];
            let mut chosen = path(&best);
            // (Nor where a row's name is a cell of the merged column: `水运` after `北澜港水运口岸`
            // `水运` read as a row, its port taken for a figure of the row above.)
            let merged_cells: Vec<String> = chosen
                .iter()
                .filter(|(_, _, lack)| matches!(lack, None | Some(Lack::Cell(_))))
                .filter_map(|&(s, _, _)| ps.get(s + m).map(Piece::text))
                .collect();
            let named_as_merged = chosen
                .iter()
                .any(|&(s, _, _)| ps.get(s).is_some_and(|p| merged_cells.contains(&p.text())));
            // (And one row lacking two cells at most: a reading that needs more has taken a
            // header's cell or a sentence for a row's.)
            let twos = chosen
                .iter()
                .filter(|(_, _, lack)| matches!(lack, Some(Lack::MergedAnd(_))))
                .count();
            if cost > 0
                && (named_as_merged
                    || twos > 1
                    || ps.get(end).is_some_and(|p| !is_note_start(&p.text())))
            {
                chosen = path(&plan(false));
            }
            let mut rows: Vec<TableRow> = Vec::new();
            let mut notes: Vec<(usize, String)> = Vec::new();
            let mut group: Option<String> = None;
            let mut lacking = 0usize;
            let mut s = h;
            for (at, len, lack) in chosen {
                s = at;
                let Some(taken) = ps.get(s..s + len) else {
                    break;
                };
                let cells = match lack {
                    None => {
                        let cells = texts(taken);
                        group = cells.get(m).cloned();
                        rows.push(named_row(cells, group.clone()));
                        s += len;
                        continue;
                    }
                    Some(Lack::Cell(g)) => {
                        let mut cells = texts(taken);
                        cells.insert(g.min(cells.len()), String::new());
                        group = cells.get(m).cloned();
                        notes.push((
                            ps[s].first_no(),
                            format!(
                                "row {}: no cell under `{}`; left empty",
                                ps[s].text(),
                                header.get(g).map(Piece::text).unwrap_or_default()
                            ),
                        ));
                        rows.push(named_row(cells, group.clone()));
                        s += len;
                        continue;
                    }
                    Some(Lack::Merged) => {
                        let mut cells = texts(taken);
                        cells.insert(m, String::new());
                        cells
                    }
                    Some(Lack::MergedAnd(g)) => {
                        let mut cells = vec![String::new(); k];
                        let placed = others.iter().filter(|&&col| col != g);
                        for (&col, p) in placed.zip(taken) {
                            cells[col] = p.text();
                        }
                        cells
                    }
                };
                let also = match lack {
                    Some(Lack::MergedAnd(g)) => format!(
                        ", and none under `{}`, left empty",
                        header.get(g).map(Piece::text).unwrap_or_default()
                    ),
                    _ => String::new(),
                };
                notes.push((
                    ps[s].first_no(),
                    format!(
                        "row {}: no cell under `{}`, merged over the rows of `{}` above{also}",
                        ps[s].text(),
                        header[m].text(),
                        group.as_deref().unwrap_or_default()
                    ),
                ));
                rows.push(named_row(cells, group.clone()));
                lacking += 1;
                s += len;
            }
            if rows.len() < 2 {
                continue;
            }
            if lacking == 0 {
                // Whole rows: no cell merged, and no other header to try.
                return None;
            }
            // A total after the rows: its label, then numbers under the value columns.
            let value_columns: Vec<usize> = (1..k).filter(|&col| kinds[col]).collect();
            if let Some(t) = ps.get(s).filter(|p| is_total_label(&p.text())) {
                let numbers = ps[s + 1..]
                    .iter()
                    .take(value_columns.len())
                    .take_while(|p| value(p))
                    .count();
                let end = s + 1 + numbers;
                if numbers > 0 && ps.get(end).is_none_or(|p| is_note_start(&p.text())) {
                    let values = &ps[s + 1..end];
                    let places: Vec<usize> = if numbers == value_columns.len() {
                        value_columns.clone()
                    } else {
                        // (Fewer numbers than value columns: under the columns they sum.)
                        let item_cells: Vec<TableRow> = rows
                            .iter()
                            .map(|r| TableRow {
                                cells: value_columns
                                    .iter()
                                    .map(|&col| r.cells.get(col - 1).cloned().unwrap_or_default())
                                    .collect(),
                                ..r.clone()
                            })
                            .collect();
                        match (numbers, total_gap(&item_cells, values)) {
                            (1, Some(g)) => value_columns
                                .iter()
                                .enumerate()
                                .filter(|&(i, _)| i != g)
                                .map(|(_, &col)| col)
                                .take(1)
                                .collect(),
                            _ => value_columns[..numbers].to_vec(),
                        }
                    };
                    let mut cells = vec![String::new(); k - 1];
                    for (p, col) in values.iter().zip(places) {
                        cells[col - 1] = p.text();
                    }
                    let mut row = named_row(std::iter::once(t.text()).chain(cells).collect(), None);
                    row.group = None;
                    rows.push(row);
                    s = end;
                }
            }
            acc.columns = texts(header);
            acc.rows = rows;
            acc.warnings.extend(notes);
            return Some(Shape { used: s });
        }
    }
    None
}

/// A total row (`小计` `2250`, `合计` `2930`) at the start of `rest`, under `rows` read so far
/// of `w` cells: its label, then numbers (`most` at most), then no number: the next row's
/// name, a sentence, a note or the end. Each number stands under the column it sums (the items since the
/// last total, or all items), else the numbers under the first columns whose items hold
/// numbers, in order. The row and the pieces it takes.
fn short_total(
    rest: &[Piece],
    rows: &[TableRow],
    w: usize,
    most: usize,
) -> Option<(TableRow, usize)> {
    let label = rest.first().filter(|p| is_total_label(&p.text()))?;
    let value = |p: &Piece| {
        let t = p.text();
        is_value_cell(&t) || is_placeholder(&t)
    };
    let n = rest[1..]
        .iter()
        .take(most.min(w.saturating_sub(2)))
        .take_while(|p| value(p))
        .count();
    if n == 0 {
        return None;
    }
    let next = rest.get(1 + n);
    if next.is_some_and(|p| {
        let t = p.text();
        !is_note_start(&t) && (value(p) || is_numberish(&t))
    }) {
        return None;
    }
    let number = sum_amount;
    let items: Vec<&TableRow> = rows
        .iter()
        .filter(|r| {
            r.kind == RowKind::Item && !is_total_label(&r.name) && !r.name.starts_with("其中")
        })
        .collect();
    let since = rows
        .iter()
        .rposition(|r| is_total_label(&r.name))
        .map_or(0, |i| i + 1);
    let group: Vec<&TableRow> = rows[since..]
        .iter()
        .filter(|r| r.kind == RowKind::Item && !r.name.starts_with("其中"))
        .collect();
    // (A placeholder, `—` for a plant not yet built, adds nothing; nor a cell that vanished,
    // a target not yet set.)
    let figure =
        |t: &String| number(t).or_else(|| (is_placeholder(t) || t.is_empty()).then_some(0.0));
    let sum = |of: &[&TableRow], c: usize| -> Option<f64> {
        of.iter().map(|r| r.cells.get(c).and_then(figure)).sum()
    };
    let width = w - 1;
    let mut places = Vec::with_capacity(n);
    let mut from = 0;
    for p in &rest[1..=n] {
        let v = number(&p.text());
        let c = (from..width).find(|&c| {
            v.is_some_and(|v| {
                [sum(&group, c), sum(&items, c)]
                    .into_iter()
                    .flatten()
                    .any(|s| sums_close(v, s))
            })
        });
        match c {
            Some(c) => {
                places.push(c);
                from = c + 1;
            }
            None => break,
        }
    }
    if places.len() < n {
        // (Under the first columns of numbers, in order.)
        places = (0..width)
            .filter(|&c| {
                items
                    .iter()
                    .all(|r| r.cells.get(c).and_then(figure).is_some())
            })
            .take(n)
            .collect();
    }
    if places.len() < n {
        return None;
    }
    let mut cells = vec![String::new(); width];
    for (p, c) in rest[1..=n].iter().zip(places) {
        cells[c] = p.text();
    }
    Some((
        named_row(std::iter::once(label.text()).chain(cells).collect(), None),
        1 + n,
    ))
}

/// Rows of a table of words in groups closed by totals (`小计` `2250`, `合计` `2930`, fewer
/// cells than the columns): each group whole rows of `k` pieces, each total its label and
/// numbers under the columns they sum ([`short_total`]); after the last total, a sentence, a
/// note or nothing. Two rows and a total at least. The rows and the pieces they take.
fn rows_around_totals(rest: &[Piece], k: usize) -> Option<(Vec<TableRow>, usize)> {
    if k < 3 {
        return None;
    }
    let ends_table = |p: &Piece| {
        let t = p.text();
        is_note_start(&t) || t.ends_with(['。', '！', '？'])
    };
    let mut rows: Vec<TableRow> = Vec::new();
    let mut s = 0;
    let mut totals = 0;
    loop {
        let mut in_group = 0;
        while let Some(row) = rest.get(s..s + k) {
            let first = row[0].text();
            if is_total_label(&first) {
                break;
            }
            if is_value_cell(&first)
                || is_numberish(&first)
                || row
                    .iter()
                    .any(|p| is_total_label(&p.text()) || ends_table(p))
            {
                return None;
            }
            rows.push(named_row(texts(row), None));
            s += k;
            in_group += 1;
        }
        match rest.get(s) {
            // (A grand total after the last group's: `小计` … `合计`.)
            Some(p) if (in_group > 0 || totals > 0) && is_total_label(&p.text()) => {
                let (row, n) = short_total(&rest[s..], &rows, k, k.saturating_sub(2))?;
                rows.push(row);
                s += n;
                totals += 1;
            }
            _ => break,
        }
    }
    (totals > 0 && rows.len() >= totals + 2 && rest.get(s).is_none_or(ends_table))
        .then_some((rows, s))
}

/// Rows read, the piece after them, and the report's lines on them.
type ReadRows = (Vec<TableRow>, usize, Vec<(usize, String)>);

/// A reading of a row of [`merged_value_rows`].
#[derive(Clone, Copy)]
struct Reading {
    /// The pieces it takes.
    pieces: usize,
    cost: f64,
    /// Whether it opens a group (its first piece the group's category).
    opens: bool,
    /// The column of a vanished cell.
    vanished: Option<usize>,
    /// The first of two pieces that are one cell (a name or a last cell over two).
    join: Option<usize>,
}

impl Reading {
    /// A reading of `pieces` whole pieces.
    fn new(pieces: usize, cost: f64, opens: bool, vanished: Option<usize>) -> Reading {
        Reading {
            pieces,
            cost,
            opens,
            vanished,
            join: None,
        }
    }
}

/// A step of [`merged_value_rows`]' reading: its cost so far, the piece the row starts at, and
/// the row's reading.
type Step = (f64, usize, Reading);

/// Rows of a name, a unit and values under a merged category (`类别` `指标` `单位` `现状值`
/// `目标值`), one cell per piece from `start`: a row that opens a group has the category first
/// (`水安全` `…达标率` `%` `86.5` `95`), the group's other rows lack it (`…处理率` `%` `97.2`
/// `≥99`), and a row may lack its unit, an empty cell vanished (`区域除涝标准` `15～20年一遇`
/// `20年一遇`). Without a unit column (`类别` `指标名称` `2020年` `2025年` `年均增长`), a row
/// may lack its first value instead (a new indicator with no base: `…数量（个）` `≥30` `—`);
/// the table's notes may place that gap elsewhere. The rows are the reading of the most pieces
/// at the least cost: a unit must read as one, a value should be a number or a placeholder
/// (words cost half a cell), a vanished cell costs a cell. The first row opens a group, another
/// row does not, and half the values at least are numbers; `None` otherwise. Rows with a
/// vanished cell are reported. A group's row may write its name over two pieces (`澜江里邻里汇`
/// / `老年助餐点`), at half a cell's cost, joined into `joins`; under a column of places
/// (`街道`), a group that opens at no place's name costs a cell.
fn merged_value_rows(
    ps: &[Piece],
    start: usize,
    columns: &[String],
    joins: &mut Vec<(Vec<usize>, String)>,
) -> Option<ReadRows> {
    let k = columns.len();
    let has_unit = columns
        .get(2)
        .is_some_and(|c| strip_spaces(c).ends_with("单位"));
    if k < 4 {
        return None;
    }
    let values = if has_unit { k - 3 } else { k - 2 };
    let short = |i: usize| {
        ps.get(i).is_some_and(|p| {
            let t = p.text();
            !t.is_empty()
                && t.chars().count() <= MAX_VALUE_ROW_CELL
                && !t.contains(['。', '；', ';'])
                && label(&t).is_none()
                && !is_note_start(&t)
        })
    };
    // (Nor is a span of years a name: `2026—2035年` is the last cell of the row before.)
    let years_only = |t: &str| {
        let t = strip_spaces(t);
        grammar::year_range(&t).is_some()
            && t.chars()
                .all(|c| c.is_ascii_digit() || "年—–－-～~至到".contains(c))
    };
    let name = |i: usize| {
        short(i) && {
            let t = ps[i].text();
            !is_numberish(&t) && !is_value_cell(&t) && !is_placeholder(&t) && !years_only(&t)
        }
    };
    // (A kind is a few words, `水安全`; a zone may be longer, `中部丘陵水土流失综合治理区`.)
    let category_chars = if is_category_header(&columns[0]) && columns[0].contains("名称") {
        MAX_COLUMN_NAME_CHARS * 2
    } else {
        MAX_COLUMN_NAME_CHARS
    };
    // (A qualifier in brackets after a category, `芦荡街道（沁湖经济开发区）` among `东湖街道`,
    // is of it: the category is as long as what stands before it.)
    let places = names_places(&columns[0]);
    // (Rows in blocks: a blank line after each row.)
    let in_blocks = ps
        .get(start..)
        .is_some_and(|r| r.iter().any(|p| p.gap == 0));
    let short_words = |p: &Piece| {
        let t = p.text();
        !t.is_empty() && t.chars().count() <= MAX_VALUE_ROW_CELL && !is_value_cell(&t)
    };
    let category = |i: usize| {
        name(i) && { without_bracket_tail(&ps[i].text()).chars().count() <= category_chars }
    };
    let unit = |i: usize| short(i) && is_unit_like(&ps[i].text()) && !is_value_cell(&ps[i].text());
    // A column of words by its header (`类型`, `建设时序`; not `装机容量（MW）`): any short cell
    // fits it.
    let words_column = |c: usize| {
        columns.get(c).is_some_and(|h| {
            names_column(h)
                && bracketed_unit(h).is_none()
                && !is_year_header(h)
                && !names_measure_column(h)
                && !names_values(h)
        })
    };
    // The cost of `n` values from `i`, the first under column `col` (`None` if one is not a
    // cell, or is a name with its unit, `…数量（个）`).
    let value_cost = |i: usize, n: usize, col: usize| -> Option<f64> {
        (i..i + n).try_fold(0.0, |c, j| {
            let t = ps.get(j)?.text();
            // (A figure with its unit's other form in brackets, `620套（间）`, is a value.)
            let figure = t.starts_with(|c: char| c.is_ascii_digit());
            // (Under a column of a size or an amount, `房源规模`, words with no figure are out of
            // its kind; so is a time under a column of places, `所在街道（镇）`.)
            let column = strip_spaces(columns.get(col + j - i).map_or("", String::as_str));
            let sized = ["规模", "数量", "面积", "投资", "金额"]
                .iter()
                .any(|w| column.contains(w));
            // (Nor are words with a figure in them, longer than an amount is: `新建业务用房320
            // 平方米，…` under 投资.)
            let odd = (sized
                && !is_placeholder(&t)
                && (!t.chars().any(|c| c.is_ascii_digit())
                    || (!is_value_cell(&t) && t.chars().count() > 12)))
                || (column.starts_with("所在") && names_time(&t))
                // (Nor words that name no time under a column of years, `建设年限`: the next
                // group's place, `青岗市`, after a row that lacks its years.)
                || (["年限", "年度", "时间"].iter().any(|w| column.ends_with(w))
                    && !names_time(&t)
                    && !is_placeholder(&t)
                    && !t.chars().any(|c| c.is_ascii_digit()));
            (short(j) && (bracketed_unit(&t).is_none() || figure)).then(|| {
                c + if odd {
                    1.0
                } else if is_value_cell(&t) || is_placeholder(&t) || words_column(col + j - i) {
                    0.0
                } else if names_measure(&t) {
                    // (Words that name what is measured, `…覆盖率`, are a row's name.)
                    1.0
                } else if t.chars().any(|c| c.is_ascii_digit()) || states_a_goal(&t) {
                    0.5
                } else {
                    // (A noun in words, `成长空间`, is likelier the next group's category
                    // than a value, and a vanished cell likelier than that.)
                    1.5
                }
            })
        })
    };
    // Readings of a row at `i`: (pieces, cost, opens a group, the column of a vanished cell:
    // the unit's, or the first value's).
    let readings = |i: usize| -> Vec<Reading> {
        let mut out = Vec::new();
        for opens in [true, false] {
            let n = usize::from(opens);
            if opens && !category(i) {
                continue;
            }
            if !name(i + n) {
                continue;
            }
            // (A total may write fewer numbers than the rows have values, `合计` `341.5`: they
            // go under the columns they sum once the rows are read.)
            if !opens && is_total_label(&ps[i].text()) {
                // (Or a count of the names first and every value: `合计` `9个` `1409` `66`.)
                if ps.get(i + 1).is_some_and(|p| counts_things(&p.text())) {
                    if let Some(c) = value_cost(i + 2, values, 2) {
                        out.push(Reading::new(2 + values, c, false, None));
                    }
                }
                for m in 1..values.saturating_sub(1) {
                    if let Some(c) = value_cost(i + 1, m, 2).filter(|_| {
                        (i + 1..i + 1 + m).all(|j| {
                            ps.get(j).is_some_and(|p| {
                                is_value_cell(&p.text()) || is_placeholder(&p.text())
                            })
                        })
                    }) {
                        out.push(Reading::new(1 + m, c + 0.5, false, None));
                    }
                }
            }
            // (A group's row whose name is over two pieces, `澜江里邻里汇` / `老年助餐点`, then
            // its values: at a cost, as a split is rarer than a whole name.)
            if !opens
                && !has_unit
                && name(i + 1)
                && !is_total_label(&ps[i].text())
                && (!in_blocks || ps.get(i + 1).is_some_and(|p| p.gap == 0))
            {
                if let Some(c) = value_cost(i + 2, values, 2) {
                    out.push(Reading {
                        join: Some(0),
                        ..Reading::new(2 + values, c + 0.5, false, None)
                    });
                }
            }
            if !has_unit {
                if let Some(c) = value_cost(i + n + 1, values, 2) {
                    out.push(Reading::new(n + 1 + values, c, opens, None));
                }
                if let Some(c) = value_cost(i + n + 1, values - 1, 3) {
                    out.push(Reading::new(n + values, c + 1.0, opens, Some(2)));
                }
                // (Or a later value's: `雁湖县康复医院` `专科医院` `100`, a new hospital without
                // its beds of 2020, under 机构类别 2020年 2025年.)
                for g in 3..k {
                    let before = g - 2;
                    let first = value_cost(i + n + 1, before, 2);
                    let rest = value_cost(i + n + 1 + before, values - 1 - before, g + 1);
                    if let (Some(a), Some(b)) = (first, rest) {
                        out.push(Reading::new(n + values, a + b + 1.0, opens, Some(g)));
                    }
                }
                continue;
            }
            if unit(i + n + 1) {
                if let Some(c) = value_cost(i + n + 2, values, 3) {
                    out.push(Reading::new(n + 2 + values, c, opens, None));
                }
                // (A unit and one value short: a new indicator with no base.)
                if let Some(c) = value_cost(i + n + 2, values - 1, 4).filter(|_| values >= 2) {
                    out.push(Reading::new(n + 1 + values, c + 1.0, opens, Some(3)));
                }
            }
            if let Some(c) = value_cost(i + n + 1, values, 3) {
                out.push(Reading::new(n + 1 + values, c + 1.0, opens, Some(2)));
            }
        }
        // (Under a column of places, `街道`, a group opens at a place: `澜江里邻里汇` is none;
        // and a row named as such a place, `新港街道`, is no group's row.)
        if places && !names_a_place(&ps[i].text()) {
            for r in out.iter_mut().filter(|r| r.opens) {
                r.cost += 1.0;
            }
        }
        if places && place_of_the_column(&columns[0], &ps[i].text()) {
            for r in out.iter_mut().filter(|r| !r.opens) {
                r.cost += 1.0;
            }
        }
        if in_blocks {
            // (In row blocks a row's last cell may go on over the next line of its block,
            // stopped open: `供水、供电、供气管线改造，` / `屋面平改坡…`.)
            let mut more = Vec::new();
            for r in &out {
                let last = i + r.pieces - 1;
                let goes_on = ps.get(last).is_some_and(|p| stops_mid_phrase(&p.text()))
                    && ps
                        .get(last + 1)
                        .is_some_and(|p| p.gap == 0 && short_words(p));
                if r.join.is_none() && goes_on {
                    more.push(Reading {
                        pieces: r.pieces + 1,
                        cost: r.cost + 0.5,
                        join: Some(r.pieces - 1),
                        ..*r
                    });
                }
            }
            out.extend(more);
            // (And a row ends where its block does.)
            out.retain(|r| ps.get(i + r.pieces).is_none_or(|p| p.gap > 0));
        }
        out
    };
    // best[j]: the least cost of reading the pieces start..j as rows, and the row before.
    let end = ps.len();
    let mut best: Vec<Option<Step>> = vec![None; end + 1];
    best[start] = Some((0.0, start, Reading::new(0, 0.0, false, None)));
    let mut far = start;
    for i in start..end {
        let Some((cost, ..)) = best[i] else { continue };
        for r in readings(i) {
            // The first row opens a group.
            if i == start && !r.opens {
                continue;
            }
            let j = i + r.pieces;
            if j > end {
                continue;
            }
            let total = cost + r.cost;
            if best[j].is_none_or(|b| total < b.0) {
                best[j] = Some((total, i, r));
                far = far.max(j);
            }
        }
    }
    let mut spans = Vec::new();
    let mut j = far;
    while j > start {
        let (_, i, r) = best[j]?;
        spans.push((i, j, r.opens, r.vanished, r.join));
        j = i;
    }
    spans.reverse();
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let mut group: Option<String> = None;
    let (mut numbers, mut all) = (0usize, 0usize);
    for &(i, j, opens, vanished, join) in &spans {
        let mut cells = texts(&ps[i..j]);
        // (A cell over two pieces: one cell.)
        if let Some(a) = join.filter(|&a| a + 1 < cells.len()) {
            let second = cells.remove(a + 1);
            let mut nos: Vec<usize> = ps[i + a..i + a + 2]
                .iter()
                .flat_map(|p| p.nos.clone())
                .collect();
            nos.dedup();
            joins.push((
                nos,
                format!("split cell: `{}` + `{second}` read as one cell", cells[a]),
            ));
            cells[a].push_str(&second);
        }
        if opens {
            group = cells.first().cloned();
        } else if cells.first().is_some_and(|c| is_total_label(c)) {
            // A total (`合计` `1486.0` `294.4`) stands over the category and the name: no
            // group's row. (With fewer numbers, the cells after them empty, until the numbers
            // are placed under their sums.) (A count of things first, `合计` `10处` `67700`,
            // counts the names: it stands under their column.)
            let counted = cells.get(1).is_some_and(|c| counts_things(c));
            if cells.len() < k {
                cells.insert(if counted { 2 } else { 1 }, String::new());
            }
            group = None;
            if vanished.is_none() {
                while cells.len() < k {
                    cells.push(String::new());
                }
            }
        } else {
            cells.insert(0, String::new());
        }
        if let Some(at) = vanished {
            cells.insert(at.min(cells.len()), String::new());
            let column = columns.get(at).map_or("", String::as_str);
            // (A total's label stands in its first cell.)
            let named = cells
                .iter()
                .take(2)
                .rev()
                .find(|c| !c.is_empty())
                .cloned()
                .unwrap_or_default();
            notes.push((
                rows.len(),
                ps[i].first_no(),
                if has_unit && at == 2 {
                    format!("row {named}: no unit; left empty under `{column}`")
                } else if at == 2 || (has_unit && at == 3) {
                    format!("row {named}: one value short; the first, under `{column}`, left empty")
                } else {
                    format!("row {named}: one value short; left empty under `{column}`")
                },
            ));
        }
        // (Columns of words by their header, `所在镇（街道）`, hold no figures.)
        for (c, t) in cells.iter().enumerate().skip(if has_unit { 3 } else { 2 }) {
            if words_column(c) {
                continue;
            }
            all += 1;
            numbers += usize::from(is_value_cell(t) || is_placeholder(t));
        }
        rows.push(named_row(cells, group.clone()));
    }
    let merged = spans.iter().any(|s| !s.2);
    // (A total whose numbers moved under their sums is reported so, not as read first.)
    let moved = sums_placed(&mut rows);
    let notes = notes
        .into_iter()
        .map(|(r, no, message)| match moved.contains(&r) {
            true => (
                no,
                format!(
                    "row {}: its numbers under the columns they sum",
                    rows[r].name
                ),
            ),
            false => (no, message),
        })
        .collect();
    (merged && rows.len() >= 2 && numbers * 2 >= all).then_some((rows, far, notes))
}

/// A count of things, a total's figure for the names it counts: `10处`, `9个`.
fn counts_things(t: &str) -> bool {
    let t = strip_spaces(t);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits > 0
        && t.chars().skip(digits).count() == 1
        && t.ends_with(['处', '个', '座', '家', '所', '项', '条', '宗', '片'])
}

/// Each total row's numbers moved under the columns whose items they sum (`合计` `851` `1300`
/// under 2020年 and 2025年, not 2025年 and 承担单位), when every number finds its column, in
/// order. Returns the rows moved.
fn sums_placed(rows: &mut [TableRow]) -> Vec<usize> {
    let mut moved = Vec::new();
    let number = sum_amount;
    let items: Vec<&TableRow> = rows
        .iter()
        .filter(|r| {
            r.kind == RowKind::Item && !is_total_label(&r.name) && !r.name.starts_with("其中")
        })
        .filter(|r| !r.cells.first().is_some_and(|c| is_total_label(c)))
        .collect();
    if items.len() < 2 {
        return moved;
    }
    let width = items.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    // (A placeholder, `—`, or an empty cell adds nothing; words make no sum.)
    let sums: Vec<Option<f64>> = (0..width)
        .map(|c| {
            items
                .iter()
                .map(|r| {
                    r.cells.get(c).and_then(|t| {
                        number(t).or_else(|| (t.is_empty() || is_placeholder(t)).then_some(0.0))
                    })
                })
                .sum()
        })
        .collect();
    let total_at = |r: &TableRow| {
        if is_total_label(&r.name) {
            Some(0)
        } else {
            r.cells
                .iter()
                .position(|c| is_total_label(c))
                .map(|i| i + 1)
        }
    };
    for (r, row) in rows.iter_mut().enumerate() {
        let Some(from) = total_at(row) else { continue };
        let values: Vec<(usize, f64)> = row
            .cells
            .iter()
            .enumerate()
            .skip(from)
            .filter_map(|(c, t)| number(t).map(|v| (c, v)))
            .collect();
        if values.is_empty() || row.cells.len() != width {
            continue;
        }
        let mut places = Vec::with_capacity(values.len());
        let mut next = from;
        for &(_, v) in &values {
            let close = |s: f64| sums_close(v, s);
            match (next..width).find(|&c| sums[c].is_some_and(close)) {
                Some(c) => {
                    places.push(c);
                    next = c + 1;
                }
                None => break,
            }
        }
        if places.len() != values.len() || places.iter().zip(&values).all(|(p, v)| *p == v.0) {
            continue;
        }
        let texts: Vec<String> = values
            .iter()
            .map(|&(c, _)| std::mem::take(&mut row.cells[c]))
            .collect();
        for (c, t) in places.into_iter().zip(texts) {
            row.cells[c] = t;
        }
        moved.push(r);
    }
    moved
}

/// Rows of a name and values in blocks (one cell per line, a blank line after each row) from
/// `start`, under `k` columns whose first is a merged category (`领域` over `项目类别` and
/// amounts; the caller checks the header names it so): a block of `k` cells opens a group with its first cell; a block one cell short is a
/// row of the group above, its category cell left empty as in the source (`小计` too); before
/// any group, or labelled `合计` / `总计` / `共计`, such a block is a total over the first two
/// columns. The rows end at the first block that reads otherwise. `None` unless a block was one
/// cell short and two rows read so.
fn merged_blocks(
    ps: &[Piece],
    start: usize,
    columns: &[String],
    short: &dyn Fn(&Piece) -> bool,
) -> Option<(Vec<TableRow>, usize)> {
    let k = columns.len();
    if k < 3 || ps.get(start).is_none_or(|p| p.gap == 0) {
        return None;
    }
    let mut rows = Vec::new();
    let mut s = start;
    let mut group: Option<String> = None;
    let mut short_blocks = 0usize;
    while s < ps.len() {
        let n = 1 + ps
            .get(s + 1..)
            .unwrap_or(&[])
            .iter()
            .take_while(|p| p.gap == 0 && p.parts.len() == 1)
            .count();
        let Some(block) = ps.get(s..s + n) else {
            break;
        };
        if block.iter().any(|p| p.parts.len() != 1 || !short(p)) {
            break;
        }
        let cells = texts(block);
        let values = &cells[n.saturating_sub(k - 2)..];
        let numbers = values.iter().filter(|t| is_value_cell(t)).count();
        if numbers * 2 < values.len() || is_numberish(&cells[0]) {
            break;
        }
        let grand = matches!(strip_spaces(&cells[0]).as_str(), "合计" | "总计" | "共计");
        if n == k && !grand {
            group = Some(cells[0].clone());
            rows.push(named_row(cells, group.clone()));
        } else if n + 1 == k && (grand || group.is_none()) && is_total_label(&cells[0]) {
            // (Not where the rows hold a value right after their first cell: `区` names every
            // row, `东湖区` `16820` …, and `合计` `64900` `3455` is a total of its own whose
            // figures stand under the columns they sum.)
            let values_after = rows.len() >= 2
                && rows
                    .iter()
                    .all(|r: &TableRow| r.cells.first().is_some_and(|c| is_value_cell(c)));
            if values_after {
                return None;
            }
            let mut all = cells;
            all.insert(1, String::new());
            rows.push(named_row(all, None));
            group = None;
            short_blocks += 1;
        } else if n + 1 == k && group.is_some() {
            // (Not a word where the groups' rows hold a value after their category: `滨江街道`
            // `19` `8.9` `1.75` under `街镇` `工程数量` … is a row of its own that lost a value.)
            let values_after = rows
                .iter()
                .filter(|r: &&TableRow| !r.name.is_empty())
                .all(|r| r.cells.first().is_some_and(|c| is_value_cell(c)));
            if values_after && !is_value_cell(&cells[0]) {
                return None;
            }
            // (Nor a place of the column's own level, `新港街道` under 街道: a row of its own
            // that lacks a cell.)
            if columns
                .first()
                .is_some_and(|h| place_of_the_column(h, &cells[0]))
            {
                return None;
            }
            let all = std::iter::once(String::new()).chain(cells).collect();
            rows.push(named_row(all, group.clone()));
            short_blocks += 1;
        } else {
            break;
        }
        s += n;
    }
    (short_blocks > 0 && rows.len() >= 2).then_some((rows, s))
}

/// The longest cell that may name a column of a table of words, its unit left out.
const MAX_COLUMN_NAME_CHARS: usize = 8;

/// How much less a layout of a table of words must misfit its columns, per cell, than whole
/// rows to be read instead.
const CLEARLY_BETTER_PER_CELL: f64 = 0.2;

/// A cell that names a column of a table of words (`项目名称`, `建设内容`, `完成时间`,
/// `牵头单位`, `总投资（亿元）`, `赛事层级`, `重点赛事`, `村名`): short, and ending, before a unit in
/// brackets, in a word that names what a column holds, or naming the key things (`重点…`).
fn names_column(t: &str) -> bool {
    const ENDS: &[&str] = &[
        "名称", "内容", "时间", "时限", "年限", "期限", "周期", "年份", "节点", "进度", "安排",
        "计划", "单位", "部门", "主体", "地点", "位置", "范围", "对象", "类别", "类型", "领域",
        "任务", "举措", "措施", "事项", "项目", "目标", "成效", "要求", "标准", "方式", "规模",
        "投资", "金额", "备注", "说明", "区域", "地区", "地址", "街镇", "年代", "级别", "层级",
        "等级", "名词", "术语", "解释", "释义", "含义", "定义", "产业", "行业", "时序", "用途",
        "来源", "定位", "功能", "学段", "路段", "阶段", "重点", "学校", "院校", "品种", "种类",
        "影响", "问题", "风险", "作物", "估算", "概算", "预算", "讫点", "止点", "起讫", "起止",
        "性质", "面积", "长度", "里程", "场景", "方向", "行动", "专题",
    ];
    let t = strip_spaces(t);
    // `总投资（亿元）`, `规模(公里)`: the unit after the name.
    let name = bracket_tail(&t).map_or(t.as_str(), |(name, _)| name);
    // (A year before the name dates it, `2030年水质目标`: the name is what follows.)
    let name = match name.char_indices().nth(4) {
        Some((i, '年')) if name[..i].chars().all(|c| c.is_ascii_digit()) && name.len() > i + 3 => {
            &name[i + 3..]
        }
        _ => name,
    };
    let n = name.chars().count();
    // `重点赛事`, `重点工程`: the key things of a 专栏's table; `所在街道`, `所在地`: where each
    // row's thing is; `实施年度` (not `2021年度`); `村名`, `站名`, `姓名`: a thing's name;
    // `区（县）`, `县（市、区）`, `区县`: the places of a city; `港区`, `园区`, `景区`: areas.
    n <= MAX_COLUMN_NAME_CHARS
        && (ENDS.iter().any(|w| name.ends_with(w))
            || is_place_header(name)
            || matches!(name, "县市区" | "市县")
            || ((2..=3).contains(&n) && name.ends_with('区'))
            || (n == 2 && name.ends_with('名'))
            || ((name.starts_with("重点") || name.starts_with("所在")) && n <= 6)
            || (name.ends_with("年度") && !name.chars().any(|c| c.is_ascii_digit())))
}

/// Two to six characters of words: no digit, no ASCII mark, no `，、。；：`.
fn short_plain_words(t: &str) -> bool {
    (2..=6).contains(&t.chars().count())
        && t.chars()
            .all(|c| !c.is_ascii_digit() && !c.is_ascii_punctuation())
        && !t.contains(['，', '、', '。', '；', '：'])
}

/// A first header cell naming the things a table of words lists (`教育集团`): short plain words
/// before two cells that each name a column (`牵头学校` `成员学校`).
fn names_listed_things(t: &str, after: &[Piece]) -> bool {
    short_plain_words(t)
        && !t.contains('（')
        && after.len() >= 2
        && after
            .iter()
            .take(2)
            .all(|n| n.parts.len() == 1 && names_column(&n.text()))
}

/// A first header cell that names what the rows are by what their names end in: `工程` over
/// `北礁港区30万吨级航道工程` `锚地扩容工程` (two of the cells `after` at least).
fn names_what_rows_are(t: &str, after: &[Piece]) -> bool {
    short_plain_words(t)
        && t.chars().count() <= 4
        && after.iter().filter(|x| extends_name(t, &x.text())).count() >= 2
}

/// A header cell that is a year alone (`2021年`).
fn is_year_header(t: &str) -> bool {
    let t = strip_spaces(t);
    t.chars().count() <= 5 && last_year(&t).is_some()
}

/// A header cell naming a measure by its unit: a short name and a unit in brackets (`房源（套）`,
/// `面积（公顷）`). Only among the first cells of a header: a row's name may be written so too
/// (`商品住房（万平方米）`).
fn names_measure_column(t: &str) -> bool {
    bracketed_unit(t).is_some_and(|(name, _)| {
        (2..=4).contains(&name.chars().count()) && !name.chars().any(|c| c.is_ascii_digit())
    })
}

/// Rows of words under a caption, with neither a number column, nor attribute words, nor
/// number values (`项目名称` `建设内容` `完成时间` over rows of text). Nothing in the rows anchors
/// them, so the header alone must: two or more cells, each one line naming a column, then cells
/// that fill whole rows, two rows at least, none of them naming a column itself. The rows end
/// at the next heading, or before a numbered title line of the text (`4.推进城中村改造`) when
/// the rows' own first cell is not numbered; sentences after the last whole row, fewer than a
/// row, are the text's again (a 专栏's table, then the section's paragraph). Such a table is
/// reported for a check.
/// A header cell naming a column of places: `街道（镇）`, `乡镇`, or where each row's thing is,
/// `所在地区`.
fn names_place_column(t: &str) -> bool {
    let t = strip_spaces(t);
    names_places(&t) || (t.starts_with("所在") && names_column(&t))
}

/// A district's, a county's or a town's short name: two to four characters ending in `区`, `县`,
/// `市`, `镇` or `乡` (`岳城区`, `江岸区`), not opening with a column's qualifier (`主要小区`,
/// `重点片区`, `所在区`: columns of places).
fn short_district(t: &str) -> bool {
    (2..=4).contains(&t.chars().count())
        && t.ends_with(['区', '县', '市', '镇', '乡'])
        && !["主要", "重点", "所在", "涉及", "覆盖"]
            .iter()
            .any(|w| t.starts_with(w))
}

/// Whether header cell `i` of `ps` names what each row is, right after a first column of
/// places and before a cell that names a column: `所在地区` `零工市场（驿站）` `主要建设内容`.
fn things_after_places(ps: &[Piece], i: usize) -> bool {
    let places = ps.first().is_some_and(|p| names_place_column(&p.text()));
    i == 1
        && places
        && ps.get(1).is_some_and(|p| {
            p.parts.len() == 1
                && is_header_cell(p)
                && (3..=MAX_COLUMN_NAME_CHARS).contains(&p.text().chars().count())
        })
        && ps
            .get(2)
            .is_some_and(|n| n.parts.len() == 1 && names_column(&n.text()))
}

fn word_rows(ps: &[Piece], acc: &mut Acc) -> Result<Shape, NotATable> {
    // (Under a first column of places, a place's name, `江岸区`, is the first row's.)
    let places_first = ps.first().is_some_and(|p| names_place_column(&p.text()));
    // (A measure's column, `房源（套）`, `面积（公顷）`, or a year's, after the first.)
    let named = ps
        .iter()
        .enumerate()
        .take_while(|(i, p)| {
            let t = p.text();
            if *i > 0 && places_first && short_district(&t) {
                return false;
            }
            // (Or a first column of zones, `照明分区`; or a measure's name, `年径流总量控制率`,
            // before another column's name.)
            let measure_before_column = *i > 0
                && names_measure(&t)
                && t.chars().count() <= MAX_COLUMN_NAME_CHARS
                && ps.get(i + 1).is_some_and(|n| names_column(&n.text()));
            // (One line, or a name with its unit over two: `面积` / `（平方公里）`.)
            (p.parts.len() == 1
                || (p.parts.len() == 2
                    && p.parts.get(1).is_some_and(|u| u.starts_with(['（', '(']))))
                && (names_column(&t)
                    || (*i == 0
                        && is_category_header(&t)
                        && t.chars().count() <= MAX_COLUMN_NAME_CHARS)
                    || (*i == 0 && names_listed_things(&t, &ps[1..]))
                    || (*i == 0 && names_what_rows_are(&t, ps.get(2..).unwrap_or(&[])))
                    // (Or short plain words between two cells that name columns: `河湖长`
                    // between `河湖名称` and `长度或面积`.)
                    || (*i > 0
                        && short_plain_words(&t)
                        && ps.get(i - 1).is_some_and(|n| names_column(&n.text()))
                        && ps.get(i + 1).is_some_and(|n| {
                            n.parts.len() == 1 && names_column(&n.text())
                        }))
                    || (*i > 0 && (names_measure_column(&t) || is_year_header(&t)))
                    || things_after_places(ps, *i)
                    || measure_before_column)
        })
        .count();
    // A cell that ends with the first column's name and is longer is that column's first value,
    // not a column (`北港区` under `港区`, `华阳路街道` under `街道`).
    let named = match ps.first() {
        Some(first) => (2..named)
            .find(|&i| extends_name(&first.text(), &ps[i].text()))
            .unwrap_or(named),
        None => named,
    };
    // (Years as columns only two or more of them: a schedule, not one year that names no
    // column of words.)
    let year_at = |p: &Piece| is_year_header(&p.text());
    let named = match ps[..named].iter().filter(|p| year_at(p)).count() {
        1 => ps[..named].iter().position(year_at).unwrap_or(named),
        _ => named,
    };
    // Under a first column of kinds (`类别`), the header ends where its first kind stands
    // (`竞争类`): a short cell before it names a column too (`主责主业`).
    // (Or earlier, when the first kind reads as a column's name too: `重点照明区` under
    // `照明分区`.)
    let named = match ps.first() {
        Some(first) if named >= 2 => (2..(named + 2).min(ps.len()))
            .find(|&m| names_kind_value(&first.text(), &ps[m].text()))
            .filter(|&m| {
                ps.get(named..m).unwrap_or(&[]).iter().all(|p| {
                    let t = p.text();
                    p.parts.len() == 1
                        && t.chars().count() <= MAX_COLUMN_NAME_CHARS
                        && is_header_cell(p)
                        && !t.contains(['，', '、', '。', '；'])
                })
            })
            .unwrap_or(named),
        _ => named,
    };
    // A schedule over years written as one run of header cells (`项目` `实施安排` `2021年` …
    // `2025年`): the group over the years, the rows one cell narrower.
    let grouped = (named >= 3)
        .then(|| {
            let cells: Vec<String> = column_names(&ps[..named]);
            split_header_rows(&cells, named - 1)
        })
        .flatten();
    // In row blocks the header is the first block: short cells, two of them at least naming
    // their columns (`培训项目` `培训对象` `年培训人次`).
    let block = 1 + ps.iter().skip(1).take_while(|p| p.gap == 0).count();
    let k = if block > named
        && named >= 2
        && ps.get(1).is_some_and(|p| p.gap == 0)
        && ps[..block.min(ps.len())]
            .iter()
            .all(|p| p.parts.len() == 1 && is_header_cell(p))
    {
        block.min(ps.len())
    } else {
        named
    };
    if k < 2 {
        return Err(NotATable("no header of column names"));
    }
    let rest = ps.get(k..).unwrap_or_default();
    // (`hk` header pieces; rows of `k` cells.)
    let hk = k;
    let k = match &grouped {
        Some((columns, _)) if k == named => columns.len(),
        _ => k,
    };
    // (Groups closed by totals shorter than the rows: `小计` `2250`.)
    // Rows read by the header alone: its cells the columns, the reading listed as a warning.
    let by_header = |acc: &mut Acc, rows: Vec<TableRow>, used: usize, how: &str| {
        acc.columns = column_names(&ps[..hk]);
        acc.warnings.push((
            ps.first().map_or(0, Piece::first_no),
            format!(
                "a table of words read by its header alone ({k} columns, {} rows{how}): check that each cell is under its column",
                rows.len()
            ),
        ));
        acc.rows = rows;
        Shape { used: hk + used }
    };
    if let Some((rows, used)) = (grouped.is_none()
        && rest.iter().any(|p| is_total_label(&p.text())))
    .then(|| rows_around_totals(rest, k))
    .flatten()
    {
        return Ok(by_header(acc, rows, used, ", with totals"));
    }
    let numbered_cells = rest.first().is_some_and(|p| label(&p.text()).is_some());
    let end = if numbered_cells {
        rest.len()
    } else {
        rest.iter()
            .position(|p| {
                let t = p.text();
                is_title_of_text(&t) || is_note_start(&t)
            })
            .unwrap_or(rest.len())
    };
    // (A total after the rows, `合计` `59.6`, is read after them: the rows end before it.)
    let end = rest[..end]
        .iter()
        .rposition(|p| is_total_label(&p.text()))
        .filter(|&t| {
            let after = &rest[t + 1..end];
            t > 0
                && !after.is_empty()
                && after.len() < k
                && after.iter().all(|p| {
                    let t = p.text();
                    is_numberish(&t) || is_placeholder(&t)
                })
        })
        .unwrap_or(end);
    // Rows whose last column, remarks, most leave empty: each row from a name followed by a
    // value, its remark or none.
    if grouped.is_none() && k == hk {
        if let Some((rows, used)) = remark_rows(&rest[..end], &column_names(&ps[..hk])) {
            return Ok(by_header(acc, rows, used, ", its remarks mostly empty"));
        }
    }
    let sentence = |p: &Piece| p.text().ends_with(['。', '！', '？']);
    // (A first column of kinds or levels may be merged: `等级`, `类型`, `领域`; or of places,
    // `乡镇`, `街道`.)
    let kinds_first = ps.first().is_some_and(|p| {
        let t = strip_spaces(&p.text());
        is_category_header(&t)
            || names_place_column(&t)
            || ["等级", "级别", "层级", "类型", "学段", "年度", "年份"]
                .iter()
                .any(|w| t.ends_with(w))
    });
    // The rows: all cells up to `end` in whole rows, with the sentences after the last one the
    // text's again; or, when a sentence ends the cells (the section's paragraph after a 专栏's
    // table), the cells before it, with a cell of two paragraphs or one vanished empty cell.
    // Of two such readings, the one whose cells fit their columns clearly better.
    let whole_rows = (end - end % k, WordLayout::whole(end / k, k));
    let plain = rest[end - end % k..end]
        .iter()
        .all(sentence)
        .then_some(whole_rows);
    let trailing = rest[..end].iter().rev().take_while(|p| sentence(p)).count();
    let cells = end - trailing;
    let fitted = (trailing > 0 || plain.is_none())
        .then(|| WordLayout::fit(&rest[..cells], k).map(|l| (cells, l)))
        .flatten()
        // (Or, as many cells as whole rows, one over two paragraphs and one vanished, where
        // whole rows fit their columns badly enough that a layout could fit them clearly
        // better, as chosen below.)
        .or_else(|| {
            plain
                .as_ref()
                .filter(|(n, l)| l.misfit(&rest[..*n]).1 >= CLEARLY_BETTER_PER_CELL)
                .and_then(|_| WordLayout::fit_join_and_gap(&rest[..end], k).map(|(l, _)| (end, l)))
        });
    // (Any first column may be merged over groups a column's shared ending tells; against
    // the reading with a cell over two paragraphs or vanished, when there is one.)
    let other = fitted.as_ref().map(|(_, l)| l);
    let merged = || {
        let plain =
            |r: Option<(Vec<TableRow>, usize)>| r.map(|(rows, used)| (rows, used, Vec::new()));
        if kinds_first {
            let names = column_names(&ps[..hk]);
            (names.len() == k)
                .then(|| merged_kind_dp_rows(&rest[..end], &names))
                .flatten()
                .or_else(|| plain(merged_sentence_rows(&rest[..end], k, &ps[0].text())))
                .or_else(|| plain(merged_kind_rows(&rest[..end], k, &ps[0].text())))
                .or_else(|| plain(merged_regular_rows(&rest[..end], k, true, other)))
        } else {
            plain(merged_regular_rows(&rest[..end], k, false, other))
        }
    };
    if let Some((rows, used, notes)) = grouped.is_none().then(merged).flatten() {
        acc.warnings.extend(notes);
        return Ok(by_header(acc, rows, used, ", its first column merged"));
    }
    let (whole, layout) = match (plain, fitted) {
        (Some(a), Some(b)) if a.0 != b.0 || a.1 != b.1 => {
            let (ca, cb) = (a.1.misfit(&rest[..a.0]).1, b.1.misfit(&rest[..b.0]).1);
            if cb + CLEARLY_BETTER_PER_CELL <= ca {
                b
            } else {
                a
            }
        }
        (Some(a), _) => a,
        (None, Some(b)) => b,
        (None, None) => return Err(NotATable("the cells do not fill whole rows")),
    };
    // (Or all the cells, the sentences at their end too, with a cell over two paragraphs, when
    // that fits clearly better: `…面江通透率。` / `滨江第一层次建筑…。` is one 管控要求, the rows
    // after it in their columns again.)
    let (whole, layout) = match (trailing > 0)
        .then(|| WordLayout::fit(&rest[..end], k))
        .flatten()
    {
        Some(all) if all.misfit(&rest[..end]).1 + 0.2 <= layout.misfit(&rest[..whole]).1 => {
            (end, all)
        }
        _ => (whole, layout),
    };
    match grouped.filter(|(columns, _)| columns.len() == k && hk != k) {
        Some((columns, groups)) => {
            acc.columns = columns;
            acc.column_groups = groups;
        }
        None => {
            acc.columns = column_names(&ps[..hk]);
        }
    }
    let mut rows = layout.apply(&rest[..whole], acc);
    // In row blocks, the last row's block may go on after its cells: its last cell is written
    // over two lines (`指符合下列任一条件的…。` / `该指标按…计算。`).
    let mut whole = whole;
    if rest[..whole].iter().any(|p| p.gap == 0) {
        while let Some(x) = rest
            .get(whole)
            .filter(|x| x.gap == 0 && x.parts.len() == 1 && !is_stop(&x.text()))
        {
            let Some(cell) = rows.last_mut().and_then(|r| r.last_mut()) else {
                break;
            };
            acc.join(cell, x, "split cell");
            cell.absorb(x.clone());
            whole += 1;
        }
    }
    let body = &rest[..whole];
    if rows.len() < 2 {
        return Err(NotATable("the cells do not fill whole rows"));
    }
    // (A kind of the first column's, `重点照明区` under `分区`, or a value that extends its
    // name, `北港区` under `港区`, is no column's name; nor a district's, `岳城区`, under a
    // column of places, `建设地点`.)
    let places = ps[..hk].iter().any(|p| {
        let t = strip_spaces(&p.text());
        ["地点", "地址", "位置", "区域", "地区"]
            .iter()
            .any(|w| t.ends_with(w))
            || t.starts_with("所在")
    });
    let place = |t: &str| places && short_district(t);
    // (Nor a kind under a column of kinds, `海关特殊监管区域` under `类型`.)
    let kinds = |c: usize| {
        acc.columns.get(c).is_some_and(|h| {
            let h = strip_spaces(h);
            ["类型", "类别", "分类", "性质"]
                .iter()
                .any(|w| h.ends_with(w))
        })
    };
    let first = ps[0].text();
    let named_among = rows.iter().any(|row| {
        row.iter().enumerate().any(|(c, p)| {
            let t = p.text();
            names_column(&t)
                && !names_kind_value(&first, &t)
                && !extends_name(&first, &t)
                && !place(&t)
                && !kinds(c)
        })
    });
    if named_among || body.iter().any(|p| is_note_start(&p.text())) {
        return Err(NotATable("a column name among the rows"));
    }
    acc.rows = rows.iter().map(|row| named_row(texts(row), None)).collect();
    // The table's total after its rows, shorter than they are (`合计` `8.8` `21.0`).
    if let Some((row, n)) = trailing_total(&rest[whole..], &acc.rows, k) {
        acc.rows.push(row);
        whole += n;
    }
    acc.warnings.push((
        ps.first().map_or(0, Piece::first_no),
        format!(
            "a table of words read by its header alone ({k} columns, {} rows): check that each cell is under its column",
            acc.rows.len()
        ),
    ));
    Ok(Shape { used: hk + whole })
}

/// A cell that ends with a column's name and is longer (`北港区` under `港区`, `华阳路街道`
/// under `街道`): a value of that column, not another column's name.
fn extends_name(column: &str, t: &str) -> bool {
    let column = strip_spaces(column);
    let t = strip_spaces(t);
    !column.is_empty() && t.len() > column.len() && t.ends_with(column.as_str())
}

/// Rows of a table of words and values whose last column holds remarks (`备注`, `说明`) that
/// most rows leave empty, the empty cells vanished: a row opens at a name (words) followed by a
/// value (`临溪第一水厂` `10`), the column after the name's being one of values, and holds its
/// columns' cells, its remark or none. `None` unless every row reads so, two at least, one of
/// them with its remark and one without.
fn remark_rows(cells: &[Piece], columns: &[String]) -> Option<(Vec<TableRow>, usize)> {
    let k = columns.len();
    let remarks = columns
        .last()
        .is_some_and(|c| names_remarks_column(&strip_spaces(c)));
    if k < 3 || !remarks {
        return None;
    }
    let value = |p: &Piece| {
        let t = p.text();
        is_value_cell(&t) || is_placeholder(&t) || is_numberish(&t)
    };
    let opens = |i: usize| {
        cells
            .get(i)
            .is_some_and(|p| !value(p) && p.parts.len() == 1)
            && cells.get(i + 1).is_some_and(value)
    };
    let starts: Vec<usize> = (0..cells.len()).filter(|&i| opens(i)).collect();
    if starts.first() != Some(&0) || starts.len() < 2 {
        return None;
    }
    let mut rows = Vec::with_capacity(starts.len());
    let (mut with, mut without) = (0, 0);
    for (n, &a) in starts.iter().enumerate() {
        let b = starts.get(n + 1).copied().unwrap_or(cells.len());
        let row = cells.get(a..b)?;
        let mut texts = texts(row);
        match texts.len() {
            l if l == k => with += 1,
            l if l + 1 == k => {
                texts.push(String::new());
                without += 1;
            }
            _ => return None,
        }
        rows.push(named_row(texts, None));
    }
    (with >= 1 && without >= 1).then_some((rows, cells.len()))
}

/// The last two characters of `t` (all of it when shorter): what a kind of cell ends with,
/// `街道`, `完成`.
fn last_two_chars(t: &str) -> String {
    let c: Vec<char> = t.chars().collect();
    c[c.len().saturating_sub(2)..].iter().collect()
}

/// Whether `t` ends as the last cells of the item rows so far all do, two at least: an
/// attribute among attributes, or a short word with the same last two characters
/// (`未完成` under `已完成` `已完成`), placeholders aside.
fn ends_like_last_column(rows: &[TableRow], t: &str) -> bool {
    let word =
        |x: &str| (2..=6).contains(&x.chars().count()) && !x.chars().any(|c| c.is_ascii_digit());
    let last: Vec<&String> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item)
        .filter_map(|r| r.cells.last())
        .filter(|c| !c.is_empty() && !is_placeholder(c))
        .collect();
    if last.len() < 2 {
        return false;
    }
    (is_attr(t) && last.iter().all(|c| is_attr(c)))
        || (word(t)
            && last
                .iter()
                .all(|c| word(c) && last_two_chars(c) == last_two_chars(t)))
}

/// The table's total right after its last row (`rows`, of `k` cells), shorter than a row
/// ([`short_total`]: each figure under the column it sums), and then the table's end: nothing,
/// a note, a sentence or a line that ends a table.
fn trailing_total(rest: &[Piece], rows: &[TableRow], k: usize) -> Option<(TableRow, usize)> {
    let (row, n) = short_total(rest, rows, k, k.saturating_sub(2))?;
    rest.get(n)
        .is_none_or(|p| {
            let t = p.text();
            is_stop(&t) || t.ends_with(['。', '！', '？'])
        })
        .then_some((row, n))
}

/// The fewest characters of a description that ends a row of a table of words without a full
/// stop: more than a name of a place or a thing takes.
const MIN_DESCRIPTION_CHARS: usize = 13;

/// Where the empty cells of a row of a name and values `k` cells short go (its pieces after the
/// name, `values`): the cheapest placing among the columns after the name, clearly best or not.
fn cheapest_gaps(rows: &[TableRow], values: &[Piece], k: usize) -> Option<Vec<usize>> {
    gap_choices(rows, 0, values, k, 0, false)?
        .into_iter()
        .next()
        .map(|c| c.1)
}

/// A row of a name and values some cells short (`row`, its pieces): empty cells put in the
/// columns `gaps` after the name, reported with `why`.
fn row_with_gaps(
    row: &[Piece],
    gaps: &[usize],
    columns: &[String],
    notes: &mut Vec<(usize, String)>,
    why: &str,
) -> TableRow {
    let no = row.first().map_or(0, Piece::first_no);
    let end = row.last().map_or(0, |p| p.end);
    let mut cells = row.to_vec();
    for &g in gaps {
        cells.insert((g + 1).min(cells.len()), empty_piece(no, end));
    }
    let under: Vec<String> = gaps
        .iter()
        .map(|&g| format!("`{}`", columns.get(g + 1).map_or("", String::as_str)))
        .collect();
    let name = row.first().map(Piece::text).unwrap_or_default();
    notes.push((
        no,
        format!("row {name}: {why}; left empty under {}", under.join(", ")),
    ));
    named_row(texts(&cells), None)
}

/// A row of a name and values one cell short (`row`, its pieces): an empty cell put in column
/// `at` (after the name: 1 or more), reported with `why`.
fn one_short_row(
    row: &[Piece],
    at: usize,
    columns: &[String],
    notes: &mut Vec<(usize, String)>,
    why: &str,
) -> TableRow {
    row_with_gaps(row, &[at.saturating_sub(1)], columns, notes, why)
}

/// Rows of a table of words whose last column is sentences and whose first is merged (`等级`
/// `商圈名称` `功能定位` over `市级商业中心` `长寿商圈` `依托…。` then `真如…商圈` `结合…。`): each
/// row ends at a sentence or a description longer than a name; a row of `k` cells opens a group
/// with its first, a row of `k - 1` is the group's, its first cell left empty as in the source.
/// The rows end at the first that reads otherwise (a paragraph after the table is a sentence
/// alone). Under a header of kinds (`类别`) whose groups so far are all of its kind (`基础类`,
/// `完善类`), a row of `k` cells whose first is not (`智慧安防和智慧物业` `便民商业服务设施`
/// `…。`) is a row of the group that lost its sentence, the next row the group's too. `None`
/// unless the first row opens a group, another does not, and the rows take every cell of
/// `cells` but sentences after them.
fn merged_sentence_rows(cells: &[Piece], k: usize, header: &str) -> Option<(Vec<TableRow>, usize)> {
    if k < 3 {
        return None;
    }
    // (Or a description, longer than any name, with no full stop: `推动生态农庄和民宿集群提档升级`;
    // not where every row's description is a sentence, whose names may be as long:
    // `供水、排水、供电、燃气等管线设施`.)
    let stops = |p: &Piece| p.text().ends_with(['。', '！', '？']);
    let sentences_only = cells.iter().filter(|p| stops(p)).count() * k >= cells.len();
    let sentence = |p: &Piece| {
        stops(p) || (!sentences_only && p.text().chars().count() >= MIN_DESCRIPTION_CHARS)
    };
    let mut rows = Vec::new();
    let mut group: Option<String> = None;
    let mut s = 0;
    let mut merged = false;
    // (A row takes a group's cells but the category at least: a description before that,
    // `鹤湾江两岸滨水地区（…段）` under 区域范围, is a cell of the row, not its end.)
    while let Some(j) = cells
        .get(s + k - 2..)
        .and_then(|rest| rest.iter().position(sentence))
        .map(|j| s + k - 2 + j)
    {
        let row = &cells[s..=j];
        let short = row[..row.len() - 1]
            .iter()
            .all(|p| p.parts.len() <= 2 && !p.text().contains('。'));
        if !short {
            break;
        }
        let mut texts = texts(row);
        let of_kind = |t: &str| names_kind_value(header, t);
        let unlike_groups = group.is_some()
            && rows
                .iter()
                .all(|r: &TableRow| r.group.as_deref().is_some_and(of_kind))
            && !texts.first().is_some_and(|t| of_kind(t));
        if row.len() == k && unlike_groups {
            // (Its sentence vanished: the row's name alone, the next cell the next row's.)
            let mut texts = vec![String::new(); k];
            texts[1] = cells[s].text();
            rows.push(named_row(texts, group.clone()));
            merged = true;
            s += 1;
            continue;
        }
        if row.len() == k {
            group = texts.first().cloned();
        } else if row.len() + 1 == k && group.is_some() {
            texts.insert(0, String::new());
            merged = true;
        } else {
            break;
        }
        rows.push(named_row(texts, group.clone()));
        s = j + 1;
    }
    let rest_sentences = cells[s..].iter().all(sentence);
    (merged && rows.len() >= 2 && rest_sentences).then_some((rows, s))
}

/// A cell that reads as a value of a column of kinds or levels headed `header`: short, no
/// sentence or list, and named as the header names the column (`竞争类` under `类别`, `市级`
/// under `等级`, `重点型` under `类型`).
fn names_kind_value(header: &str, t: &str) -> bool {
    let header = strip_spaces(header);
    let t = strip_spaces(t);
    let n = t.chars().count();
    let kind_chars = [header.chars().next(), header.chars().last()];
    let is_kinds = [
        "类别", "类型", "等级", "级别", "层级", "分类", "分区", "片区",
    ]
    .iter()
    .any(|w| header.ends_with(w));
    is_kinds
        && (2..=MAX_COLUMN_NAME_CHARS).contains(&n)
        && t != header
        && !t.contains(['，', '、', '。', '；', ',', ';'])
        && !is_numberish(&t)
        && t.chars()
            .last()
            .is_some_and(|c| kind_chars.contains(&Some(c)))
}

/// What a cell of a table of words holds, by which its column is known: bodies (`市民政局`), a
/// description (a clause with a comma, or long), or a short name.
#[derive(Clone, Copy, PartialEq)]
enum WordKind {
    Bodies,
    Time,
    Description,
    Name,
    /// A figure (`38.6`), in a table of words that has a column of them.
    Figure,
}

fn word_kind(t: &str) -> WordKind {
    if names_bodies(t) {
        WordKind::Bodies
    } else if names_time(t) {
        WordKind::Time
    } else if t.contains(['，', ',']) || t.chars().count() >= MIN_DESCRIPTION_CHARS {
        WordKind::Description
    } else {
        WordKind::Name
    }
}

/// A cell's [`WordKind`] where a table of words may hold columns of figures: a figure's, or
/// [`word_kind`]'s.
fn cell_kind(t: &str) -> WordKind {
    if is_value_cell(t) {
        WordKind::Figure
    } else {
        word_kind(t)
    }
}

/// A column's kind where its name tells it: a measure with its unit in brackets
/// (`建筑面积（万平方米）`) holds figures, a year's or a time's column (`实施年度`, `建设时间`)
/// times.
fn column_kind(name: &str) -> Option<WordKind> {
    let t = strip_spaces(name);
    if names_measure_column(&t) {
        Some(WordKind::Figure)
    } else if names_time_column(&t)
        || (t.ends_with("年度") && !t.chars().any(|c| c.is_ascii_digit()))
    {
        Some(WordKind::Time)
    } else {
        None
    }
}

/// Whether a cell of kind `cell` fits a column of kind `column`: bodies and times each their
/// own; with `loose` (rows anchored by a column of bodies or times), names and descriptions,
/// words, either.
fn word_kind_fits(cell: WordKind, column: WordKind, loose: bool) -> bool {
    let words = |k: WordKind| matches!(k, WordKind::Description | WordKind::Name);
    cell == column || (loose && words(cell) && words(column))
}

/// Rows of a table of words whose first column (`领域`) is merged over groups of any size, read
/// as a whole by the kinds of its columns (the first row's: bodies, descriptions, short names):
/// a row opens a group with a short kind of words and `k` cells (`交通运输` `北斗+智慧公交` `为…`
/// `市交通运输局`), the group's rows have `k - 1` (their first cell left empty as in the source),
/// and one may lack one more cell, its others placed by their kinds (`城市生命线安全北斗监测`
/// `在燃气主干管网…` with no 牵头单位, a note saying so). The reading that takes every cell,
/// with the fewest rows lacking a cell; `None` unless one takes every cell but sentences after
/// them, one row at least is a group's, and two rows at most lack a cell.
fn merged_kind_dp_rows(cells: &[Piece], columns: &[String]) -> Option<ReadRows> {
    let k = columns.len();
    const MOST_SHORT: usize = 2;
    if !(3..=6).contains(&k) || cells.len() < 2 * k {
        return None;
    }
    // (Figures only under a column that names its unit: `38.6` under `建筑面积（万平方米）`.)
    let figures = columns
        .iter()
        .any(|c| column_kind(c) == Some(WordKind::Figure));
    let plain = |p: &Piece| {
        let t = p.text();
        !t.contains('。') && !is_note_start(&t) && (figures || !is_value_cell(&t))
    };
    let n = cells.iter().position(|p| !plain(p)).unwrap_or(cells.len());
    if cells[n..]
        .iter()
        .any(|p| !(p.text().ends_with(['。', '！', '？']) || is_note_start(&p.text())))
    {
        return None;
    }
    let body = &cells[..n];
    // The columns' kinds, the first row's (a kind of words: short, no comma, no body), or
    // what a column's name tells (figures, times).
    let kind_of = |t: &str| if figures { cell_kind(t) } else { word_kind(t) };
    let kinds: Vec<WordKind> = body
        .get(..k)?
        .iter()
        .zip(columns)
        .map(|(p, c)| {
            column_kind(c)
                .filter(|_| figures)
                .unwrap_or_else(|| kind_of(&p.text()))
        })
        .collect();
    // (A place, `城关镇`, under a column of places, `乡镇`, though it may name a body.)
    let places = names_place_column(&columns[0]);
    let category = |p: &Piece| {
        let t = p.text();
        (2..=MAX_COLUMN_NAME_CHARS).contains(&t.chars().count())
            && !t.contains(['，', '、', ',', '+', '＋'])
            && (places || !names_bodies(&t))
    };
    if !category(&body[0]) || kinds[1..].iter().all(|&c| c == kinds[1]) {
        return None;
    }
    // (Where a column of bodies or times ends the rows, a short description is words as a
    // name is: `校园物联感知与智能安防` under 建设重点.)
    let loose = kinds[1..]
        .iter()
        .any(|k| matches!(k, WordKind::Bodies | WordKind::Time));
    // (Where no column names bodies, a facility that ends as one, `…零工驿站`, is a name.)
    let no_bodies = !kinds.contains(&WordKind::Bodies);
    let fits_text = |t: &str, c: usize| {
        let w = kind_of(t);
        word_kind_fits(w, kinds[c], loose)
            || (no_bodies && w == WordKind::Bodies && kinds[c] == WordKind::Name)
    };
    let fits = |p: &Piece, c: usize| fits_text(&p.text(), c);
    // A step at `s`: (pieces, the column it lacks, whether it opens a group, the column whose
    // cell is over two paragraphs).
    type KindStep = (usize, Option<usize>, bool, Option<usize>);
    // (Under a column of places, a place's own name, `丰溪县`, opens its group: it is no row's
    // other cell.)
    let place_opens = |s: usize| places && body.get(s).is_some_and(|p| is_place_name(&p.text()));
    let steps = |s: usize| -> Vec<KindStep> {
        let mut out = Vec::new();
        let over = |cols: &mut dyn Iterator<Item = usize>, from: usize| {
            cols.enumerate()
                .all(|(i, c)| body.get(from + i).is_some_and(|p| fits(p, c)))
        };
        if body.get(s).is_some_and(category) && over(&mut (1..k), s + 1) {
            out.push((k, None, true, None));
        }
        if over(&mut (1..k), s) {
            out.push((k - 1, None, false, None));
        }
        let lacking: Vec<usize> = (2..k)
            .filter(|&g| over(&mut (1..k).filter(|&c| c != g), s))
            .collect();
        if let [g] = lacking[..] {
            out.push((k - 2, Some(g), false, None));
        }
        // (A row that opens its group may lack a cell too: `枫坪镇` `枫坪互通交通气象站` … `新建`
        // with no 建设年度.)
        if body.get(s).is_some_and(category) {
            let lacking: Vec<usize> = (2..k)
                .filter(|&g| over(&mut (1..k).filter(|&c| c != g), s + 1))
                .collect();
            if let [g] = lacking[..] {
                out.push((k - 1, Some(g), true, None));
            }
        }
        // (Or a description over two paragraphs, `依托县人力资源市场改造提升，设置` /
        // `农民工服务专区和劳动维权窗口`, in a row of a group or one that opens it.)
        for opens in [false, true] {
            if opens && !body.get(s).is_some_and(category) {
                continue;
            }
            let from = s + usize::from(opens);
            let joined_fits = |j: usize| {
                (1..k).all(|c| {
                    let at = from + c - 1 + usize::from(c > j);
                    if c != j {
                        return body.get(at).is_some_and(|p| fits(p, c));
                    }
                    match (body.get(at), body.get(at + 1)) {
                        (Some(a), Some(b)) => {
                            let (a, b) = (a.text(), b.text());
                            // (Or a list broken after its mark: `桐柏一村、桐柏二村、` /
                            // `桐柏三村`.)
                            let list = a.ends_with('、')
                                && kinds[c] == WordKind::Name
                                && kind_of(&b) == WordKind::Name;
                            (list
                                || (kinds[c] == WordKind::Description
                                    && word_kind(&a) == WordKind::Description))
                                && !a.ends_with(['。', '！', '？'])
                                && !names_time(&b)
                                && !names_bodies(&b)
                                && fits_text(&format!("{a}{b}"), c)
                        }
                        _ => false,
                    }
                })
            };
            let joins: Vec<usize> = (1..k).filter(|&j| joined_fits(j)).collect();
            if let [j] = joins[..] {
                out.push((k + usize::from(opens), None, opens, Some(j)));
            }
        }
        if place_opens(s) {
            out.retain(|step| step.2);
        }
        out
    };
    // best[s]: (rows lacking a cell from `s` to the end, the step), None where the end is out
    // of reach.
    let mut best: Vec<Option<(usize, KindStep)>> = vec![None; n + 1];
    best[n] = Some((0, (0, None, false, None)));
    for s in (0..n).rev() {
        for step in steps(s) {
            if let Some(&Some((c, _))) = best.get(s + step.0) {
                let cost = c + usize::from(step.1.is_some()) + usize::from(step.3.is_some());
                if best[s].is_none_or(|(b, _)| cost < b) {
                    best[s] = Some((cost, step));
                }
            }
        }
    }
    let (short, first) = best[0]?;
    if short > MOST_SHORT || !first.2 {
        return None;
    }
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let mut group: Option<String> = None;
    let mut merged = false;
    let mut s = 0;
    while s < n {
        let (_, (len, lack, opens, join)) = best[s]?;
        let mut texts = texts(&body[s..s + len]);
        if let Some(j) = join {
            // (Its cell over two paragraphs joined, reported.)
            let at = j - 1 + usize::from(opens);
            let second = texts.remove(at + 1);
            notes.push((
                body[s].first_no(),
                format!(
                    "row {}: `{}` + `{second}` read as one cell under `{}`",
                    body[s].text(),
                    texts[at],
                    columns.get(j).map_or("", String::as_str)
                ),
            ));
            texts[at].push_str(&second);
        }
        if let Some(g) = lack {
            // (A row that opens its group writes its first cell.)
            texts.insert(if opens { g } else { g - 1 }, String::new());
            notes.push((
                body[s].first_no(),
                format!(
                    "row {}: no cell under `{}`, its cells placed by their columns' kinds; left empty",
                    body[s].text(),
                    columns.get(g).map_or("", String::as_str)
                ),
            ));
        }
        rows.push(merged_row(texts, opens, &mut group, &mut merged));
        s += len;
    }
    merged.then_some((rows, n, notes))
}

/// A row of a table whose first column is merged: one that `opens` a group writes its group
/// first; another lacks it (its first cell left empty, as in the source) and is the group's.
fn merged_row(
    mut texts: Vec<String>,
    opens: bool,
    group: &mut Option<String>,
    merged: &mut bool,
) -> TableRow {
    if opens {
        *group = texts.first().cloned();
    } else {
        texts.insert(0, String::new());
        *merged = true;
    }
    named_row(texts, group.clone())
}

/// Rows of a table of words whose first column, of kinds (`类别`), is merged and whose other
/// cells are short (`竞争类` `上海…有限公司` `商业零售…` then `上海…有限公司` `酒店经营…`): a row
/// opens a group at a value of the kinds ([`names_kind_value`]) with `k` cells, else it is the
/// group's with `k - 1`, its first cell left empty as in the source. The rows end at the first
/// that reads otherwise; `None` unless the first row opens a group, another does not, and the
/// rows take every cell of `cells` but sentences after them.
fn merged_kind_rows(cells: &[Piece], k: usize, header: &str) -> Option<(Vec<TableRow>, usize)> {
    let kind = |p: &Piece| names_kind_value(header, &p.text());
    if k < 3 || !cells.first().is_some_and(kind) {
        return None;
    }
    let mut rows = Vec::new();
    let mut group: Option<String> = None;
    let mut s = 0;
    let mut merged = false;
    while s < cells.len() {
        let opens = kind(&cells[s]);
        let n = if opens { k } else { k - 1 };
        let Some(row) = cells.get(s..s + n) else {
            break;
        };
        let plain = row.iter().all(|p| {
            let t = p.text();
            p.parts.len() == 1 && !t.contains('。') && !is_note_start(&t)
        });
        if !plain || row[1..].iter().any(kind) || (!opens && group.is_none()) {
            break;
        }
        rows.push(merged_row(texts(row), opens, &mut group, &mut merged));
        s += n;
    }
    let rest_sentences = cells[s..]
        .iter()
        .all(|p| p.text().ends_with(['。', '！', '？']) || is_note_start(&p.text()));
    (merged && rows.len() >= 2 && rest_sentences).then_some((rows, s))
}

/// The rows of a table of words whose first column is merged over groups of any size, told by
/// a column whose cells all end alike (`智能制造专业群`, `新能源汽车专业群` under 重点专业群): each
/// row holds one such cell, a row that opens a group `k` pieces after the one before, a row of
/// the group `k - 1`; `None` unless every piece is so placed and one row at least is a group's.
fn anchored_layout(body: &[Piece], k: usize) -> Option<WordLayout> {
    let ending = |p: &Piece, n: usize| -> Option<String> {
        let t = p.text();
        let c: Vec<char> = t.chars().collect();
        (p.parts.len() == 1 && c.len() > n && !t.contains('。'))
            .then(|| c[c.len() - n..].iter().collect())
    };
    'endings: for n in [3, 2] {
        let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
        for e in body.iter().filter_map(|p| ending(p, n)) {
            *counts.entry(e).or_default() += 1;
        }
        let Some((suffix, count)) = counts.into_iter().max_by_key(|(_, c)| *c) else {
            continue;
        };
        if count < 3 {
            continue;
        }
        let anchors: Vec<usize> = (0..body.len())
            .filter(|&i| ending(&body[i], n).as_deref() == Some(suffix.as_str()))
            .collect();
        let (Some(&first), Some(&last)) = (anchors.first(), anchors.last()) else {
            continue;
        };
        // (The anchors' column `j`, after the merged one: the first row opens a group.)
        let j = first;
        if j == 0 || j >= k || last + (k - j) != body.len() {
            continue;
        }
        let mut rows = vec![(0, RowFix::Whole)];
        for w in anchors.windows(2) {
            match w[1] - w[0] {
                d if d == k => rows.push((w[1] - j, RowFix::Whole)),
                d if d + 1 == k => rows.push((w[1] + 1 - j, RowFix::Gap(0))),
                _ => continue 'endings,
            }
        }
        if rows.iter().any(|r| r.1 == RowFix::Gap(0)) {
            return Some(WordLayout { k, rows });
        }
    }
    None
}

/// Rows of a table of words whose first column is merged: with `kinds` (its header names kinds,
/// `设施类型`), over the same number of rows in every group (two rows each: `街道文化活动中心`
/// `建筑面积不少于4000平方米` `文艺演出…` then `每周开放不少于56小时` `错时延时开放…`); without,
/// over groups a column's shared ending tells ([`anchored_layout`]). A group is a row of `k`
/// cells and rows of `k - 1`, their first cell left empty as in the source. Taken when every
/// cell but sentences after them makes such groups and their cells fit their columns clearly
/// better than whole rows do (or than `other`, the reading of the cells with a cell over two
/// paragraphs or vanished, when they make no whole rows).
fn merged_regular_rows(
    cells: &[Piece],
    k: usize,
    kinds: bool,
    other: Option<&WordLayout>,
) -> Option<(Vec<TableRow>, usize)> {
    if k < 3 {
        return None;
    }
    let trailing = cells
        .iter()
        .rev()
        .take_while(|p| p.text().ends_with(['。', '！', '？']))
        .count();
    let n = cells.len() - trailing;
    let body = &cells[..n];
    let mut known = KindCache::default();
    // The reading as whole rows, or else as rows with a cell or two over two paragraphs or
    // vanished.
    let whole = if n.is_multiple_of(k) {
        Some(WordLayout::whole(n / k, k))
    } else {
        other.cloned()
    }
    .map(|l| l.misfit_with(body, &mut known).0);
    let regular = (2..=4usize).filter(|_| kinds).filter_map(|m| {
        let per_group = k + (m - 1) * (k - 1);
        let groups = n / per_group;
        if !n.is_multiple_of(per_group) || groups < 2 {
            return None;
        }
        let mut rows = Vec::new();
        for g in 0..groups {
            let at = g * per_group;
            rows.push((at, RowFix::Whole));
            rows.extend((1..m).map(|r| (at + k + (r - 1) * (k - 1), RowFix::Gap(0))));
        }
        Some(WordLayout { k, rows })
    });
    let best = regular
        .chain(anchored_layout(body, k).filter(|_| !kinds))
        .map(|layout| (layout.misfit_with(body, &mut known).0, layout))
        .min_by(|a, b| a.0.total_cmp(&b.0))?;
    // (Clearly better: by a cell's misfit at least, or with no other reading.)
    if whole.is_some_and(|w| best.0 + 1.0 > w) {
        return None;
    }
    let layout = best.1;
    // A group's kind is a name, no value.
    if layout.rows.iter().any(|&(at, fix)| {
        fix == RowFix::Whole && body.get(at).is_none_or(|p| is_value_cell(&p.text()))
    }) {
        return None;
    }
    let mut group = None;
    let rows = layout
        .cells(body)
        .into_iter()
        .map(|cells| {
            if let Some(first) = cells.first().filter(|c| !c.is_empty()) {
                group = Some(first.clone());
            }
            named_row(cells, group.clone())
        })
        .collect();
    Some((rows, n))
}

/// How the cells of a table of words make its rows: per row, its first piece and what is
/// done to its pieces to make it `k` cells.
#[derive(Debug, Clone, PartialEq)]
struct WordLayout {
    k: usize,
    rows: Vec<(usize, RowFix)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum RowFix {
    /// `k` pieces, one per cell.
    Whole,
    /// `k + 1` pieces: the two at `j` and `j + 1` are one cell (written over two paragraphs).
    Join(usize),
    /// `k - 1` pieces: the cell at `c` is empty (vanished from the source).
    Gap(usize),
}

impl RowFix {
    /// The pieces a row of `k` cells takes.
    fn pieces(self, k: usize) -> usize {
        match self {
            RowFix::Whole => k,
            RowFix::Join(_) => k + 1,
            RowFix::Gap(_) => k - 1,
        }
    }
}

/// Whether a cell's text is a value and whether it names bodies, by text, as the layouts of one
/// table are weighed.
type KindCache = std::collections::HashMap<String, (bool, bool, bool)>;

impl WordLayout {
    /// `n` whole rows of `k` cells.
    fn whole(n: usize, k: usize) -> WordLayout {
        WordLayout {
            k,
            rows: (0..n).map(|r| (r * k, RowFix::Whole)).collect(),
        }
    }

    /// The layout of `pieces` in rows of `k` cells with one or two cells written over two
    /// paragraphs (`县域就诊率` / `达到90%`), or one empty cell vanished (never the first, the
    /// row's name): the rows holding them and the places in these rows are those that leave
    /// every cell nearest its column (its usual length, values where the column holds values,
    /// never a value as half of a cell). Which rows must be clear; within them, the cheapest
    /// place, or of places about as cheap the last (a cell over two paragraphs, or left empty,
    /// is most often one of the cells at the right: a target, a date, the bodies responsible).
    /// Two rows at least for each such cell.
    ///
    /// Two empty cells vanished too (a cell merged over three rows, written in the first only:
    /// `区域整体更新` under 更新方式), where the pieces are also two more than whole rows: of the
    /// two readings, the one whose cells fit their columns clearly better on average, else the
    /// cells over two paragraphs.
    fn fit(pieces: &[Piece], k: usize) -> Option<WordLayout> {
        if k < 2 {
            return None;
        }
        let (n, extra) = (pieces.len() / k, pieces.len() % k);
        let joined = ((1..=2).contains(&extra) && extra < k - 1)
            .then(|| WordLayout::fit_fixes(pieces, k, n, extra, false))
            .flatten();
        // (Vanished cells: one piece short of whole rows, or two in a row of four or more.)
        let missing = k - extra;
        let vanished = (extra > 0 && ((missing == 1 && k >= 3) || (missing == 2 && k >= 4)))
            .then(|| WordLayout::fit_fixes(pieces, k, n + 1, missing, true))
            .flatten();
        match (joined, vanished) {
            (Some(j), Some(v)) => Some(if v.1 + 0.05 <= j.1 { v.0 } else { j.0 }),
            (j, v) => j.or(v).map(|x| x.0),
        }
    }

    /// [`WordLayout::fit`] for `n` rows with `fixes` cells over two paragraphs, or `fixes`
    /// empty cells vanished (`gap`): the layout and its misfit per cell.
    fn fit_fixes(
        pieces: &[Piece],
        k: usize,
        n: usize,
        fixes: usize,
        gap: bool,
    ) -> Option<(WordLayout, f64)> {
        if n < 2 * fixes || n > 40 {
            return None;
        }
        // A choice: for each fix, its row and its place in the row.
        let places: Vec<(usize, usize)> = (0..n)
            .flat_map(|r| (usize::from(gap)..k).map(move |j| (r, j)))
            .collect();
        let mut choices: Vec<Vec<(usize, usize)>> = Vec::new();
        for (a, &x) in places.iter().enumerate() {
            if fixes == 1 {
                choices.push(vec![x]);
            } else {
                choices.extend(
                    places[a + 1..]
                        .iter()
                        .filter(|y| y.0 > x.0)
                        .map(|&y| vec![x, y]),
                );
            }
        }
        let layout_of = |choice: &[(usize, usize)]| -> WordLayout {
            let mut rows = Vec::with_capacity(n);
            let mut at = 0;
            for r in 0..n {
                let fix = match choice.iter().find(|c| c.0 == r) {
                    Some(&(_, j)) if gap => RowFix::Gap(j),
                    Some(&(_, j)) => RowFix::Join(j),
                    None => RowFix::Whole,
                };
                rows.push((at, fix));
                at += fix.pieces(k);
            }
            WordLayout { k, rows }
        };
        let layouts: Vec<WordLayout> = choices.iter().map(|c| layout_of(c)).collect();
        let mut known = KindCache::default();
        let costs: Vec<f64> = layouts
            .iter()
            .map(|l| l.misfit_with(pieces, &mut known).0)
            .collect();
        let rows_of = |c: &[(usize, usize)]| c.iter().map(|x| x.0).collect::<Vec<usize>>();
        let mut groups: Vec<(Vec<usize>, f64)> = Vec::new();
        for (c, &v) in choices.iter().zip(&costs) {
            let key = rows_of(c);
            match groups.iter_mut().find(|g| g.0 == key) {
                Some(g) => g.1 = g.1.min(v),
                None => groups.push((key, v)),
            }
        }
        let group = clearly_best(groups.iter().enumerate().map(|(i, g)| (g.1, i)), 0.5)?;
        let (key, least) = &groups[group];
        let best = (0..choices.len())
            .filter(|&i| &rows_of(&choices[i]) == key && costs[i] <= least + 0.25)
            .max_by_key(|&i| choices[i].iter().map(|x| x.1).sum::<usize>())?;
        let layout = layouts.into_iter().nth(best)?;
        let per_cell = layout.misfit_with(pieces, &mut known).1;
        Some((layout, per_cell))
    }

    /// The layout of `pieces`, as many as whole rows of `k` cells, with one cell written over
    /// two paragraphs in one row and one empty cell vanished in another (`白湖镇设施蔬菜` /
    /// `机械化示范基地`, then a base without its 面积): the cheapest such layout by
    /// [`WordLayout::misfit`], and its misfit per cell. Small tables only (every pair of places
    /// is weighed).
    fn fit_join_and_gap(pieces: &[Piece], k: usize) -> Option<(WordLayout, f64)> {
        const MOST_ROWS: usize = 16;
        if !(3..=6).contains(&k) || !pieces.len().is_multiple_of(k) {
            return None;
        }
        let n = pieces.len() / k;
        if !(3..=MOST_ROWS).contains(&n) {
            return None;
        }
        let mut known = KindCache::default();
        let mut best: Option<(f64, WordLayout)> = None;
        for a in 0..n {
            for j in 0..k - 1 {
                for b in (0..n).filter(|&b| b != a) {
                    // (Never the row's name: the first cell.)
                    for g in 1..k {
                        let mut rows = Vec::with_capacity(n);
                        let mut at = 0;
                        for r in 0..n {
                            let fix = if r == a {
                                RowFix::Join(j)
                            } else if r == b {
                                RowFix::Gap(g)
                            } else {
                                RowFix::Whole
                            };
                            rows.push((at, fix));
                            at += fix.pieces(k);
                        }
                        let layout = WordLayout { k, rows };
                        let cost = layout.misfit_with(pieces, &mut known).0;
                        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                            best = Some((cost, layout));
                        }
                    }
                }
            }
        }
        let (_, layout) = best?;
        let per_cell = layout.misfit_with(pieces, &mut known).1;
        Some((layout, per_cell))
    }

    /// The cells of each row as texts (an empty cell empty).
    fn cells(&self, pieces: &[Piece]) -> Vec<Vec<String>> {
        self.rows
            .iter()
            .map(|&(at, fix)| {
                let size = fix.pieces(self.k);
                let mut row = texts(pieces.get(at..at + size).unwrap_or(&[]));
                match fix {
                    RowFix::Whole => {}
                    RowFix::Join(j) => {
                        if j + 1 < row.len() {
                            let second = row.remove(j + 1);
                            row[j].push_str(&second);
                        }
                    }
                    RowFix::Gap(c) => row.insert(c.min(row.len()), String::new()),
                }
                row
            })
            .collect()
    }

    /// How far the cells are from their columns, in all and a cell on average: each cell's
    /// length against its column's median, a value among words or words among values, and a
    /// value joined as half of a cell.
    fn misfit(&self, pieces: &[Piece]) -> (f64, f64) {
        self.misfit_with(pieces, &mut KindCache::default())
    }

    /// [`WordLayout::misfit`], the kinds of cells already met read from `known`.
    fn misfit_with(&self, pieces: &[Piece], known: &mut KindCache) -> (f64, f64) {
        let rows = self.cells(pieces);
        let mut total = 0.0;
        let mut counted = 0usize;
        for c in 0..self.k {
            let column: Vec<&str> = rows
                .iter()
                .filter_map(|r| r.get(c).map(String::as_str))
                .filter(|t| !t.is_empty())
                .collect();
            let usual = median_len(&column);
            // Each cell's kind once: a value (as [`kind_misfit`] weighs it), bodies.
            let kinds: Vec<(bool, bool, bool)> = column
                .iter()
                .map(|t| {
                    *known
                        .entry((*t).to_string())
                        .or_insert_with(|| (is_value_cell(t), names_bodies(t), names_period(t)))
                })
                .collect();
            let values = kinds.iter().filter(|k| k.0).count();
            let bodies = kinds.iter().filter(|k| k.1).count();
            let times = kinds.iter().filter(|k| k.2).count();
            for (t, &(value, body, time)) in column.iter().zip(&kinds) {
                // (A value where most of the column's cells, three at least, are words, or
                // words where most are values: `1.2` under 所在河道, `改建` under 设计流量.)
                let others = column.len() - 1;
                let kind = others >= 2
                    && if value {
                        values * 2 < column.len()
                    } else {
                        (column.len() - values) * 2 < column.len()
                    };
                // (Bodies where the column's other cells name none, or words where they all
                // name bodies: a 责任单位 column.)
                let odd = if body {
                    bodies == 1 && others >= 2
                } else {
                    others >= 2 && bodies == others
                };
                // (A time, `2026—2027年`, where the column's other cells name none: a date
                // never names a thing nor a place, so it weighs more than a length.)
                let untimely = time && times == 1 && others >= 2;
                total += length_misfit(t.chars().count() as f64, usual)
                    + if kind { 1.0 } else { 0.0 }
                    + if odd { 1.0 } else { 0.0 }
                    + if untimely { 1.5 } else { 0.0 };
                counted += 1;
            }
        }
        for &(at, fix) in &self.rows {
            if let RowFix::Join(j) = fix {
                // (Never a value as half of a cell, nor a sentence a cell goes on after, nor
                // bodies joined to words that name none: `各街道、华泾镇` / `科普教育基地`.)
                let half = |i: usize| pieces.get(i).map(Piece::text).unwrap_or_default();
                let (a, b) = (half(at + j), half(at + j + 1));
                if is_value_cell(&a)
                    || is_value_cell(&b)
                    || a.ends_with(['。', '！', '？'])
                    || names_bodies(&a) != names_bodies(&b)
                {
                    total += 1.0;
                }
            }
        }
        (total, total / counted.max(1) as f64)
    }

    /// The rows of `pieces` as this layout makes them, the joins listed in `acc` and each empty
    /// cell put in with a warning naming its column (of `acc.columns`).
    fn apply(&self, pieces: &[Piece], acc: &mut Acc) -> Vec<Vec<Piece>> {
        let mut out = Vec::with_capacity(self.rows.len());
        for &(at, fix) in &self.rows {
            let size = fix.pieces(self.k);
            let mut row = pieces.get(at..at + size).unwrap_or(&[]).to_vec();
            match fix {
                RowFix::Whole => {}
                RowFix::Join(j) => {
                    merge_at(&mut row, j, acc, "split cell");
                }
                RowFix::Gap(c) => {
                    let no = row.first().map_or(0, Piece::first_no);
                    let end = row.last().map_or(0, |p| p.end);
                    let column = acc.columns.get(c).cloned().unwrap_or_default();
                    acc.warnings.push((
                        no,
                        format!(
                            "row {}: one cell fewer than the columns; the cell under `{column}` read as empty",
                            row.first().map(Piece::text).unwrap_or_default(),
                        ),
                    ));
                    row.insert(c.min(row.len()), empty_piece(no, end));
                }
            }
            out.push(row);
        }
        out
    }
}

/// Where a row one short of its columns lacks its cell when the cells fit a gap under two
/// years or more alike ([`gap_choices`] within half a misfit of the best): the first year's, a
/// baseline not yet there, as a plan never leaves out a target. `shift`: the columns before
/// those the gaps count (1 where a merged category stands first).
fn first_year_gap(
    rows: &[TableRow],
    off: usize,
    cells: &[Piece],
    columns: &[String],
    shift: usize,
) -> Option<usize> {
    let choices = gap_choices(rows, off, cells, 1, 1, false)?;
    let best = choices.first()?.0;
    let near: Vec<usize> = choices
        .iter()
        .filter(|(cost, _)| cost - best < 0.5)
        .filter_map(|(_, gaps)| gaps.first().copied())
        .collect();
    let dated = |g: &usize| {
        columns
            .get(g + shift)
            .is_some_and(|c| last_year(c).is_some())
    };
    (near.len() >= 2 && near.iter().all(dated))
        .then(|| near.iter().min().copied())
        .flatten()
}

/// Rows in blocks (one cell per line, a blank line after each row) under a caption or a 专栏
/// title, with nothing else to anchor them: the first block is the header (one cell split over
/// two lines joined, `“十五五”` / `目标任务`), each next block of as many lines as the second a
/// row, two rows at least; the rows end at the first block of another size (a sentence after
/// the table). Such a table is reported for a check.
fn block_rows(ps: &[Piece], acc: &mut Acc) -> Result<Shape, NotATable> {
    // (A line in brackets glued to the one above is of its cell: `面积` / `（平方公里）`.)
    let one_cell = |p: &Piece| p.parts.iter().skip(1).all(|x| x.starts_with(['（', '(']));
    if !ps.iter().all(one_cell) {
        return Err(NotATable("not one cell per line"));
    }
    let gap_starts: Vec<usize> = (0..ps.len()).filter(|&i| i == 0 || ps[i].gap > 0).collect();
    let gap_size = |b: usize| gap_starts.get(b + 1).copied().unwrap_or(ps.len()) - gap_starts[b];
    if gap_starts.len() < 3 {
        return Err(NotATable("fewer than two row blocks"));
    }
    // A header of two blocks: a block of years under the one above (`级别` … `数量（个）` over
    // `2020年` `2025年`), the rows one cell narrower than the two together.
    // (Or of levels, the shares of a count: `传统村落（个）` over `国家级` `省级` `市级`.)
    let years_block = gap_size(1) >= 2
        && gap_starts.len() >= 4
        && ps[gap_starts[1]..gap_starts[1] + gap_size(1)]
            .iter()
            .all(|p| names_year(&p.text()) || is_bare_year(&p.text()) || names_level(&p.text()))
        && (1..=gap_size(1) / 2).any(|g| gap_size(2) + g == gap_size(0) + gap_size(1));
    let hb = if years_block { 2 } else { 1 };
    // The rows' size: the first row's, or the size most blocks have when the first is one
    // over it and the header that wide (`岚州市人民政府、` / `中国机械工业联合会`, its last
    // cell over two lines).
    let n = gap_size(hb);
    let sizes: Vec<usize> = (hb..gap_starts.len()).map(gap_size).collect();
    // (Or one under it, its empty cell vanished: `苍岫县旅游集散中心` with no 所在景区 first.)
    let n = match mode(&sizes) {
        Some(m) if (m + 1 == n || n + 1 == m) && gap_size(0) == m && hb == 1 => m,
        _ => n,
    };
    // Two or three rows in one block, the blank lines between them missing: a block of twice or
    // thrice the first row's lines, each row's share of them words and figures where the first
    // row has them (`青湾县` `1200` … `5400` `桐岚经开区` `1000` … `4700`).
    let figure = |i: usize| {
        let t = ps[i].text();
        is_numberish(&t) || is_value_cell(&t) || is_placeholder(&t)
    };
    let first_kinds: Vec<bool> = (gap_starts[hb]..gap_starts[hb] + n).map(figure).collect();
    let named_figures =
        first_kinds.first() == Some(&false) && first_kinds.iter().filter(|&&f| f).count() >= 2;
    let mut starts: Vec<usize> = Vec::with_capacity(gap_starts.len());
    for (b, &at) in gap_starts.iter().enumerate() {
        starts.push(at);
        let len = gap_size(b);
        let rows_in = len / n.max(1);
        if b > hb
            && named_figures
            && n >= 3
            && len.is_multiple_of(n)
            && (2..=3).contains(&rows_in)
            && (0..len).all(|j| figure(at + j) == first_kinds[j % n])
        {
            starts.extend((1..rows_in).map(|r| at + r * n));
        }
    }
    let size = |b: usize| starts.get(b + 1).copied().unwrap_or(ps.len()) - starts[b];
    // Blocks of `n` lines, or of one more where a cell is written over two lines (joined where
    // the cells fit the whole rows' columns best), or of one fewer where an empty cell vanished
    // (placed where the cells fit the whole rows' columns best).
    // (Or of two fewer under a merged first column, its category left to the block above and
    // an empty cell vanished: `粮食局家属院` `屋面防水…` under 街道 小区名称 建成年代 改造内容.)
    // (Or of two more, where one cell of words goes on over three lines, the first two
    // stopped at a `；` or a `，`: `…实施DRG实际付费；` / `2023年起扩大到…；` / `2025年实现…`.)
    let stopped_twice = |b: usize| -> Option<Vec<usize>> {
        let at = starts[b];
        let stopped: Vec<usize> = (1..size(b).saturating_sub(1))
            .filter(|&i| {
                let t = ps[at + i].text();
                t.ends_with(['；', '，']) && !is_value_cell(&ps[at + i + 1].text())
            })
            .collect();
        (size(b) == n + 2 && n >= 3 && stopped.len() == 2).then_some(stopped)
    };
    let fits = |b: usize| {
        size(b) == n
            || size(b) == n + 1
            || (n >= 3 && size(b) + 1 == n)
            || (n >= 4 && size(b) + 2 == n)
            || stopped_twice(b).is_some()
    };
    let blocks = (hb..starts.len()).take_while(|&b| fits(b)).count();
    // (A line left open, a bracket or a route's dash, goes on in the next: `…中心（霁川市` /
    // `采茶剧院）`, `航空港—` / `东部会展中心`; such a block is no whole row to measure by.)
    let split_at = |b: usize| -> Option<usize> {
        let at = starts[b];
        let mut open =
            (at..at + size(b) - 1).filter(|&i| splits_open(&ps[i].text(), &ps[i + 1].text()));
        let i = open.next()?;
        open.next().is_none().then_some(i - at)
    };
    // (A line stopped at a `，` that words go on from: `…居民286户，` / `完成园区…`; one such in a
    // block as long as a row may be a cell over two lines in a row short of one.)
    let comma_at = |b: usize| -> Option<usize> {
        let at = starts[b];
        let mut stopped = (1..size(b).saturating_sub(1)).filter(|&i| {
            let (t, next) = (ps[at + i].text(), ps[at + i + 1].text());
            t.ends_with(['，', ',']) && !is_value_cell(&next) && !is_placeholder(&next)
        });
        let i = stopped.next()?;
        stopped.next().is_none().then_some(i)
    };
    let whole: Vec<TableRow> = (hb..hb + blocks)
        .filter(|&b| size(b) == n && split_at(b).is_none() && comma_at(b).is_none())
        .map(|b| TableRow {
            kind: RowKind::Item,
            cells: texts(&ps[starts[b]..starts[b] + n]),
            ..Default::default()
        })
        .collect();
    let rows = if whole.len() >= 2 {
        blocks
    } else {
        (hb..starts.len()).take_while(|&b| size(b) == n).count()
    };
    let h = starts[hb];
    if n < 2 || rows < 2 || (hb == 1 && h != n && h != n + 1) {
        return Err(NotATable("the blocks are no header and rows"));
    }
    if ps[..h].iter().any(|p| {
        let t = p.text();
        t.chars().count() > MAX_HEADER_CHARS || t.contains(['。', '；', ';'])
    }) {
        return Err(NotATable("the first block is no header"));
    }
    let mut fitted = acc.clone();
    let (columns, groups) = if hb == 2 {
        // (Or groups side by side, each over years: `种植面积（万亩）` `产值（亿元）` over `2020年`
        // `2025年` `2020年` `2025年`.)
        let mut side = acc.clone();
        let columns = fit_header(&ps[..h], Some(n), &mut side);
        if side.column_groups.len() >= 2 && columns.len() == n {
            // (Its report of the two rows is made below, as for the groups one over another.)
            let groups = std::mem::take(&mut side.column_groups);
            fitted.joins = side.joins;
            (columns, groups)
        } else {
            block_header(&ps[..h], n, &mut fitted)
                .ok_or(NotATable("the first blocks are no header of two rows"))?
        }
    } else {
        (fit_header(&ps[..h], Some(n), &mut fitted), Vec::new())
    };
    if columns.len() != n || fitted.warnings.len() > acc.warnings.len() {
        return Err(NotATable("the first block does not fit the rows"));
    }
    let mut trial = fitted;
    let mut table_rows = Vec::with_capacity(rows);
    // Under a category column (`类别`, `层级`), a block one line short has left its category to
    // the block above (written on its group's first row only).
    // (Not where no column after it holds names: `任务类别` over years and 合计 names each
    // row.)
    let names_after = columns.iter().skip(1).any(|c| {
        !is_year_header(c)
            && !names_values(c)
            && !is_total_label(c)
            && !names_rate(c)
            && !names_level(c)
            && bracketed_unit(c).is_none()
    });
    // (Or, whatever the column's name, `学段`, where every whole block opens with words and
    // every block one short with a value, as the column after it holds: `小学` `24` `19500`
    // `8700`, then `36` `27200` `12600`.)
    // (Or where every whole block opens with a time and every block one short with none: a
    // year written once over its rows, `2021年` `校园食品安全守护行动` `中小学…`, then
    // `农村假冒伪劣食品专项整治` `农村集贸市场…`.)
    let opens_by_kind = || {
        let firsts = |len: usize, kind: &dyn Fn(&str) -> bool| -> Vec<bool> {
            (hb..hb + rows)
                .filter(|&b| size(b) == len)
                .filter_map(|b| ps.get(starts[b]).map(|p| kind(&p.text())))
                .collect()
        };
        let split = |kind: &dyn Fn(&str) -> bool, whole_is: bool| {
            let (whole_rows, short_rows) = (firsts(n, kind), firsts(n.saturating_sub(1), kind));
            !whole_rows.is_empty()
                && !short_rows.is_empty()
                && whole_rows.iter().all(|&v| v == whole_is)
                && short_rows.iter().all(|&v| v != whole_is)
        };
        split(&|t| is_value_cell(t), false) || split(&|t| names_time(t), true)
    };
    // (Or a level, `层级`, `林长层级`.)
    let category_first = names_after
        && (columns.first().is_some_and(|c| {
            let c = strip_spaces(c);
            is_category_header(&c)
                || ["层级", "级别", "等级"].contains(&c.as_str())
                || (c.chars().count() <= 6 && c.ends_with("层级"))
        }) || opens_by_kind());
    let mut category: Option<String> = None;
    let mut merged = false;
    for b in hb..hb + rows {
        let mut cells = ps[starts[b]..starts[b] + size(b)].to_vec();
        if let Some(stopped) = stopped_twice(b) {
            for &i in stopped.iter().rev() {
                merge_at(&mut cells, i, &mut trial, "split cell");
            }
        }
        if let Some(i) = split_at(b).filter(|_| cells.len() >= n) {
            merge_at(&mut cells, i, &mut trial, "split cell");
        }
        // (Unless the cells fit the columns clearly better with the gap elsewhere: a `类别` of
        // the rows' own names over rows that lost their last cell.)
        if cells.len() + 2 == n {
            // (Where the cells fit the rows read so far, two at least: their cells after the
            // first column's; else the whole blocks', the first column's among them.)
            let (read, off) = if table_rows.len() >= 2 {
                (&table_rows, 0)
            } else {
                (&whole, 1)
            };
            // (Where the cells fit a gap under two years or more alike, the first year's: a
            // baseline not yet there, `白及` `1.2` `3.0` `5.4` without its first 产值.)
            let first_dated = || first_year_gap(read, off, &cells, &columns, 1);
            let gap = category.as_ref().filter(|_| category_first).and_then(|c| {
                profile_gap(read, off, &cells, 1)
                    .or_else(first_dated)
                    .map(|g| (c.clone(), g))
            });
            // (Or, no category merged, a row of a name and figures two short where a total row
            // stands above or right below (`合计` first, right under the header): its figures
            // where they fit the rows best, the sums with the total then placing them,
            // `gap_by_total`.)
            let total_near = table_rows.iter().any(|r| is_total_label(&r.name))
                || starts
                    .get(b + 1)
                    .and_then(|&at| ps.get(at))
                    .is_some_and(|p| is_total_label(&p.text()));
            if gap.is_none() && !category_first && total_near && table_rows.len() >= 2 {
                if let Some(gaps) = cheapest_gaps(&table_rows, &cells[1..], 2) {
                    table_rows.push(row_with_gaps(
                        &cells,
                        &gaps,
                        &columns,
                        &mut trial.warnings,
                        "2 values missing",
                    ));
                    continue;
                }
            }
            let Some((c, g)) = gap else {
                break;
            };
            let mut row: Vec<String> = std::iter::once(String::new())
                .chain(texts(&cells))
                .collect();
            row.insert((g + 1).min(row.len()), String::new());
            trial.warnings.push((
                cells.first().map_or(0, Piece::first_no),
                format!(
                    "row {}: its category left to the row above and no cell under `{}`; left empty",
                    cells.first().map(Piece::text).unwrap_or_default(),
                    columns.get(g + 1).map_or("", String::as_str)
                ),
            ));
            table_rows.push(named_row(row, Some(c)));
            merged = true;
            continue;
        }
        // (Not where the block's first cell is out of the kind of the column after the
        // category's, words over a column of figures: `节水型灌区（处）` `2` `县水利局` under
        // 载体类型 2020年已建成 2025年累计目标 牵头单位 is a row of its own that lacks a figure.)
        let first_fits_next = || {
            Profile::of(&whole, 0, n).is_none_or(|p| {
                cells
                    .first()
                    .is_none_or(|c| p.kind_with(amount_of(&c.text()), 1, false) == 0.0)
            })
        };
        // (Of its kind however long: a name over two lines joined, `黄精（多花黄精、滇黄精）`
        // beside `天麻`.)
        if cells.len() + 1 == n && category_first && first_fits_next() {
            // (A mark of no entry, `/`, opens no category: the row's own first cell; nor does a
            // name over two lines left open, `黄精（多花黄精、` / `滇黄精）`.)
            let marked = cells.first().is_some_and(|c| is_placeholder(&c.text()));
            let split_name = split_at(b) == Some(0);
            // (A grand total, `合计`, is of no group: its label under the category's column,
            // the name's left empty; a `小计` is its group's.)
            let grand = cells.first().is_some_and(|c| {
                ["合计", "总计", "共计"].contains(&strip_spaces(&c.text()).as_str())
            });
            if grand && category.is_some() {
                let mut row = texts(&cells);
                row.insert(1, String::new());
                table_rows.push(named_row(row, None));
                category = None;
                continue;
            }
            // (Where no place fits clearly best, the first column's not far from the best: not
            // a row that lost one of two figures alike, `新港科创商务片区` … `36` under the 2025
            // and 2030 areas, its words fitting no column of figures.)
            let gap_first = || match profile_gap(&whole, 0, &cells, 0) {
                Some(g) => g == 0,
                None => gap_choices(&whole, 0, &cells, 1, 0, false).is_none_or(|choices| {
                    let best = choices.first().map_or(0.0, |c| c.0);
                    choices
                        .iter()
                        .any(|(cost, g)| cost - best < 1.0 && g.first() == Some(&0))
                }),
            };
            if let Some(c) = category
                .as_ref()
                .filter(|_| marked || split_name || gap_first())
            {
                let row = std::iter::once(String::new())
                    .chain(texts(&cells))
                    .collect();
                table_rows.push(named_row(row, Some(c.clone())));
                merged = true;
                continue;
            }
        }
        // (A name over two lines in a row of its group, as many lines as a group's first row:
        // `柘塘区妇幼保健院医育结合` / `示范托育园` under `柘塘街道`, longer than every category
        // and ending as none of the whole blocks' first cells does. Or a cell of the row
        // stopped after `；` that goes on in the next line: `丝绸厂生活区` `1988—1995年`
        // `基础类：…改造；` / `完善类：…`, under `城南街道`.)
        if cells.len() == n && n >= 3 && category_first && category.is_some() {
            let first = cells[0].text();
            let others: Vec<&String> = whole
                .iter()
                .filter_map(|r| r.cells.first())
                .filter(|c| **c != first)
                .collect();
            let longest = others.iter().map(|c| c.chars().count()).max().unwrap_or(0);
            let last = first.chars().last();
            let second = cells[1].text();
            let lone_ending = others.len() >= 2 && !others.iter().any(|c| c.chars().last() == last);
            // (Not where the second is as long as the names of its column usually are, a name
            // whole: `刘志刚汽车电气技能大师工作室` under a long category, `新能源汽车及零部件`;
            // `示范托育园` is a name's end. Unless the first is twice as long as every category,
            // no category at all: `马坪乡坳头村至石门乡石门村` / `联村供水工程` beside `马坪乡`.)
            let names: Vec<&str> = whole
                .iter()
                .filter_map(|r| r.cells.get(1).map(String::as_str))
                .collect();
            let named_whole =
                names.len() >= 2 && second.chars().count() as f64 * 3.0 >= median_len(&names) * 2.0;
            let far_longer = first.chars().count() >= 2 * longest;
            let long_name = first.chars().count() > longest + 2
                && !is_value_cell(&second)
                && !is_placeholder(&second)
                && (!named_whole || far_longer);
            let open: Vec<usize> = (1..n - 1)
                .filter(|&i| ends_open(&cells[i].text()))
                .collect();
            // (A line left open first: `…石漠化综合治理，` / `统筹协调…` after a long name.)
            // (Or a name's last few characters after it, no name of their own, as other names
            // end: `杉木溪二级` / `水电站` under `青溪乡`, beside `青溪一级水电站`; not `全区`
            // after `城市治理`, a place.)
            let short_tail = second.chars().count() <= 3
                && !is_value_cell(&second)
                && !is_placeholder(&second)
                && !is_numberish(&second)
                && whole.iter().any(|r| {
                    r.cells
                        .get(1)
                        .is_some_and(|c| c != &second && c.ends_with(second.as_str()))
                });
            let at = match open.as_slice() {
                [i] => Some(*i),
                _ if long_name || short_tail => Some(0),
                _ => None,
            };
            if lone_ending && at.is_some_and(|i| merge_at(&mut cells, i, &mut trial, "split cell"))
            {
                let row = std::iter::once(String::new())
                    .chain(texts(&cells))
                    .collect();
                table_rows.push(named_row(row, category.clone()));
                merged = true;
                continue;
            }
        }
        // (A block as long as a row whose cells are out of the whole rows' kinds, a figure
        // under a column of places, and that has a line stopped at a `，`: a row short of a cell,
        // the line going on in the next, `沔川港城精细化工园区` `3.85` … `…居民286户，` /
        // `完成园区…` where 所在区县 is left to the row above.)
        if cells.len() == n && n >= 4 {
            let profile = Profile::of(&whole, 0, n);
            let misfits = profile.as_ref().is_some_and(|p| {
                cells
                    .iter()
                    .enumerate()
                    .skip(1)
                    .any(|(c, x)| p.kind(amount_of(&x.text()), c) > 0.0)
            });
            if let Some(i) = comma_at(b).filter(|_| misfits) {
                let mut joined = cells.clone();
                let mut scratch = trial.clone();
                merge_at(&mut joined, i, &mut scratch, "split cell");
                if let Some(g) = profile_gap(&whole, 0, &joined, 1) {
                    trial = scratch;
                    table_rows.push(one_short_row(
                        &joined,
                        g,
                        &columns,
                        &mut trial.warnings,
                        "a cell over two lines and one cell missing",
                    ));
                    continue;
                }
            }
        }
        if cells.len() + 1 == n {
            // (Never the first column's: a row has its name. Where no place fits clearly, the
            // table ends before the block; but among columns of years alone, the first year's,
            // a new item's first year, which a note may move.)
            // (Or among columns of levels and counts, `国家级` … `传统建筑（栋）`, the first.)
            let years_only = !names_after
                && columns.iter().skip(1).all(|c| {
                    is_year_header(c)
                        || is_total_label(c)
                        || names_level(c)
                        || bracketed_unit(c).is_some()
                })
                && cells.iter().skip(1).all(|p| is_value_cell(&p.text()));
            // (Or, the cells fitting a gap under any of two or more years alike, the first
            // year's, a baseline, as a plan never leaves out a target: `节水型灌区（处）` `2`
            // `县水利局` under 2020年已建成 2025年累计目标.)
            let first_year = || first_year_gap(&whole, 0, &cells, &columns, 0);
            let Some(g) = profile_gap(&whole, 0, &cells, 1)
                .or(years_only.then_some(1))
                .or_else(first_year)
            else {
                break;
            };
            let mut row = texts(&cells);
            row.insert(g, String::new());
            trial.warnings.push((
                cells.first().map_or(0, Piece::first_no),
                format!(
                    "row {}: no cell under `{}`; left empty",
                    row[0],
                    columns.get(g).map_or("", String::as_str)
                ),
            ));
            table_rows.push(named_row(row, None));
            continue;
        }
        if cells.len() == n + 1 {
            // A line that opens with a word that goes on from the one before (`为文化展示…`
            // after `工业遗存改造`), or after a line stopped at a comma (`…第一层面街区，`),
            // else the join that fits the whole rows clearly best.
            let mut goes_on = (1..cells.len())
                .filter(|&i| {
                    cells[i]
                        .text()
                        .starts_with(['为', '及', '和', '与', '并', '的', '等'])
                        || stops_mid_phrase(&cells[i - 1].text())
                        || cells[i - 1].text().ends_with('，')
                })
                .map(|i| i - 1)
                .collect::<Vec<_>>();
            goes_on.dedup();
            let at = match goes_on.as_slice() {
                [i] => Some(*i),
                _ => profile_join(&whole, 0, &cells),
            };
            let Some(i) = at else {
                return Err(NotATable("a block one line longer with no cell to join"));
            };
            merge_at(&mut cells, i, &mut trial, "split cell");
        }
        if category_first {
            category = cells.first().map(Piece::text);
        }
        table_rows.push(named_row(texts(&cells), category.clone()));
    }
    let mut rows = table_rows.len();
    if rows < 2 {
        return Err(NotATable("the blocks are no header and rows"));
    }
    // A total's block after the rows, shorter than they are (`合计` `186` `260`), each figure
    // under the column it sums.
    if let Some(&at) = starts.get(hb + rows) {
        let len = starts.get(hb + rows + 1).copied().unwrap_or(ps.len()) - at;
        let total = trailing_total(&ps[at..], &table_rows, n).filter(|(_, used)| *used == len);
        if let Some((row, _)) = total {
            table_rows.push(row);
            rows += 1;
        }
    }
    if !merged {
        // (No category left to the row above: each row's first cell is its own.)
        table_rows.iter_mut().for_each(|r| r.group = None);
    }
    *acc = trial;
    let used = starts.get(hb + rows).copied().unwrap_or(ps.len());
    if !groups.is_empty() {
        note_two_row_header(ps, &columns, &groups, acc);
        acc.column_groups = groups;
    }
    acc.columns = columns;
    acc.rows = table_rows;
    acc.warnings.push((
        ps.first().map_or(0, Piece::first_no),
        format!("a table read by its row blocks ({n} columns, {rows} rows): check that each cell is under its column"),
    ));
    Ok(Shape { used })
}

/// A numbered title line of the text (`4.推进城中村改造`, `（2）加强监管`): a label and a short
/// title with no sentence in it.
fn is_title_of_text(t: &str) -> bool {
    label(t).is_some_and(|l| {
        let n = l.rest.chars().count();
        (2..=40).contains(&n) && !l.rest.contains(['。', '；', ';', '，', ','])
    })
}

/// Rows anchored by the attribute words only (no number column): the attribute column's
/// position comes from the cells after the last attribute, the row width from the distance
/// between attributes.
fn attribute_rows(ps: &[Piece], captioned: bool, acc: &mut Acc) -> Result<Shape, NotATable> {
    let before = acc.clone();
    if let Some(shape) = attribute_blocks(ps, acc) {
        return Ok(shape);
    }
    *acc = before.clone();
    if let Some(shape) = attribute_segments(ps, acc) {
        return Ok(shape);
    }
    *acc = before;
    let attrs: Vec<usize> = ps
        .iter()
        .enumerate()
        .filter(|(_, p)| is_attr(&p.text()))
        .map(|(i, _)| i)
        .collect();
    let attrs = with_total_rows(ps, attrs);
    let (Some(&a0), Some(&alast)) = (attrs.first(), attrs.last()) else {
        return Err(NotATable("no attribute words"));
    };
    if attrs.len() < 2 && !captioned {
        return Err(NotATable("one row only"));
    }
    let after_attr = ps[alast + 1..]
        .iter()
        .take_while(|p| {
            let t = p.text();
            let prose = t.chars().count() > 60 && t.contains('。');
            !prose && !is_attr(&t)
        })
        .count()
        .min(6);
    let dists: Vec<usize> = attrs.windows(2).map(|w| w[1] - w[0]).collect();
    // The row width: a distance between attributes (most frequent first) whose header, the
    // short cells before the first row, has as many columns.
    let mut widths: Vec<usize> = dists.clone();
    widths.sort_by_key(|&d| {
        (
            std::cmp::Reverse(dists.iter().filter(|&&x| x == d).count()),
            d,
        )
    });
    widths.dedup();
    // Narrower widths too: a row may hold a cell split in two.
    let narrower: Vec<usize> = widths
        .iter()
        .flat_map(|&d| [d.saturating_sub(1), d.saturating_sub(2)])
        .collect();
    widths.extend(narrower);
    // (More header cells than `k`: a header of two rows, `2025年目标` over `目标值` `年均增速`.)
    let fits = |h: &[Piece], k: usize| {
        h.len() >= 2
            && h.iter().all(is_header_cell)
            && match fit_header(h, None, &mut Acc::default()).len() {
                n if n > k => fit_header(h, Some(k), &mut Acc::default()).len() == k,
                n => n == k,
            }
    };
    // Category rows of their own (`旅游经济` over its rows, one cell): rows of `k` cells, two
    // of them at least (the first among them) one short group name longer, the header before the
    // first one.
    let group_rows = |k: usize| {
        let Some(before) = k.checked_sub(1 + after_attr) else {
            return false;
        };
        let Some(s0) = a0.checked_sub(before).filter(|&s| s >= 3) else {
            return false;
        };
        let opens = |from: usize, a: usize| {
            a.checked_sub(from) == Some(before + 1)
                && ps.get(from).is_some_and(|p| is_group_name(&p.text()))
        };
        let first = opens(s0 - 1, a0);
        let later = attrs
            .windows(2)
            .filter(|w| opens(w[0] + after_attr + 1, w[1]))
            .count();
        // (Not under a category column, whose cells open their groups' first rows.)
        let category_column = ps.first().is_some_and(|p| is_category_header(&p.text()));
        first && later >= 1 && !category_column && fits(&ps[..s0 - 1], k)
    };
    let header_fits = |k: usize| {
        let Some(before) = k.checked_sub(1 + after_attr) else {
            return false;
        };
        let Some(s0) = a0.checked_sub(before).filter(|&s| s >= 2) else {
            return false;
        };
        fits(&ps[..s0], k) || group_rows(k)
    };
    let k = match widths.iter().copied().find(|&k| header_fits(k)) {
        Some(k) => k,
        None => match mode(&dists) {
            Some(k) => k,
            None => {
                // One row: the header is every short cell before the row's cells.
                let h = ps[..a0]
                    .iter()
                    .take_while(|p| has_header_word(&p.text()))
                    .count();
                h.max(2)
            }
        },
    };
    let before = k.checked_sub(1 + after_attr).ok_or(NotATable(
        "rows narrower than the cells after the attribute",
    ))?;
    let grouped = group_rows(k) && !fits(&ps[..a0 - before], k);
    let mut start0 = header_end(ps, a0, before + usize::from(grouped))?;
    // (A header on lines of its own, a block as wide as the rows, and the first row one piece
    // over them: the first row's name over two lines, `县镇村三级退役军人服务中心（站）` /
    // `规范化建设达标率`, not a header cell.)
    if let Some(h) = (1..ps.len()).find(|&i| ps[i].gap > 0) {
        if h + 1 == start0 && h == k && a0 == h + before + 1 && fits(&ps[..h], k) {
            start0 = h;
        }
    }
    // (A year after the header so read is its last cell, the first row one short: `2025年`
    // before `用水总量控制指标（亿立方米）` `3.05` … with its unit in its name.)
    while start0 + 1 < a0
        && is_year_header(&ps[start0].text())
        && !is_year_header(&ps[start0 + 1].text())
        && ps[..start0].iter().any(|p| is_year_header(&p.text()))
    {
        start0 += 1;
    }
    // (A header that fits the rows only without its last piece: the first row's name over two
    // paragraphs, `乡镇快递物流综合服务站` / `覆盖率`, before its attribute.)
    if start0 >= 3 && !fits(&ps[..start0], k) && fits(&ps[..start0 - 1], k) && {
        let t = ps[start0 - 1].text();
        let short_values = names_values(&t) && t.chars().count() <= MAX_COLUMN_NAME_CHARS / 2;
        !(names_column(&t) || names_year(&t) || short_values)
    } {
        start0 -= 1;
    }
    acc.columns = fit_header(&ps[..start0], Some(k), acc);
    // A category column first (类别, 领域): a row one cell short has it merged with the rows
    // above (written on the first row of its group only).
    let category_first = acc.columns.first().is_some_and(|c| is_category_header(c));
    let grouped = grouped && !category_first;
    let mut category: Option<String> = None;
    let mut merged = false;
    let mut s = start0;
    let mut used = start0;
    for &a in &attrs {
        let e = (a + after_attr + 1).min(ps.len());
        if e <= s {
            continue;
        }
        let mut row: Vec<Piece> = ps[s..e].to_vec();
        let no = row.first().map_or(0, Piece::first_no);
        let mut fa = row
            .iter()
            .position(|p| is_attr(&p.text()))
            .unwrap_or(before);
        if grouped && fa == before + 1 && row.first().is_some_and(|p| is_group_name(&p.text())) {
            let name = row.remove(0).text();
            acc.rows.push(TableRow {
                kind: RowKind::Category,
                number: None,
                name,
                group: None,
                cells: Vec::new(),
            });
            fa -= 1;
        }
        while fa > before && fa > 1 && merge_at(&mut row, 0, acc, "split cell") {
            fa -= 1;
        }
        // (A whole row under a category whose first cell is longer than every category so
        // far and whose second is a name's last few characters, `公园绿地服务半径` / `覆盖率`,
        // or a measure's with its unit, `海洋生产总值占地区生产总值` / `比重（%）`: one name split
        // over two paragraphs, the category merged.)
        // (Or one short too, the measure's end with its unit, `耕地质量长期定位监测点` /
        // `数量（个）`, a value vanished as well.)
        // (Or a share's name, which no category is: `其中：改造提升高标准` / `农田面积（万亩）`.)
        let share_over_two = category_first
            && fa == before
            && fa >= 3
            && category.is_some()
            && row.first().is_some_and(|p| opens_sub_row(&p.text()))
            && row.get(1).is_some_and(|p| {
                let t = p.text();
                let named = bracketed_unit(&t).is_some_and(|(name, _)| name.chars().count() >= 2);
                !is_value_cell(&t)
                    && !is_placeholder(&t)
                    && !is_attr(&t)
                    && (!is_unit_like(&t) || named)
            });
        let split_name = category_first
            && (fa == before || fa + 1 == before)
            && fa >= 3
            && category.is_some()
            && row.get(1).is_some_and(|p| {
                let t = p.text();
                let measure = bracketed_unit(&t).is_some_and(|(name, _)| {
                    (2..=3).contains(&name.chars().count())
                        && !name.chars().any(|c| c.is_ascii_digit())
                }) || (fa + 1 == before
                    && bracketed_unit(&t).is_some_and(|(name, _)| names_measure_end(&name)));
                measure
                    || (t.chars().count() <= 3
                        && !is_value_cell(&t)
                        && !is_numberish(&t)
                        && !is_placeholder(&t)
                        && !is_unit_like(&t))
            })
            && row.first().is_some_and(|p| {
                let n = p.text().chars().count();
                acc.rows
                    .iter()
                    .filter_map(|r| r.group.as_deref())
                    .all(|c| c.chars().count() < n)
            });
        if (split_name || share_over_two) && merge_at(&mut row, 0, acc, "split cell") {
            fa -= 1;
        }
        // (Two short, the first cell a name: the category merged and a value left out.)
        let two_short = fa + 2 == before
            && category.is_some()
            && name_first_of_two_short(&acc.rows, &row[..fa]);
        // (One short, its first cell a new category rather than a name: the row opens a group
        // and lacks a value, `实施机制` `…公众参与率` `%` `≥90` `100` `预期性`, its cells fitting
        // the rows above clearly better so than shifted under a merged category.)
        // (Never a cell with its unit in brackets: `海洋生产总值年均增速（%）` is a name.)
        let opens_short = category_first
            && category.is_some()
            && fa + 1 == before
            && fa >= 3
            && row
                .first()
                .is_none_or(|p| bracketed_unit(&p.text()).is_none())
            && opens_group_one_short(&acc.rows, &row[..fa], before - 1);
        if category_first && category.is_some() && !opens_short && (fa + 1 == before || two_short) {
            row.insert(0, empty_piece(no, 0));
            acc.short_rows.push(no);
            merged = true;
            fa += 1;
        } else if category_first && (fa == before || opens_short) {
            category = row.first().map(Piece::text);
        }
        if fa < before {
            // One cell short: where the rows above show it belongs, else the unit's when the
            // name carries its unit (`水产品总产量（万吨）` `35.2`), else the rate's beside a
            // target in words, else the baseline's (a new indicator without a 2020 value), else
            // before the attribute.
            let from = usize::from(category_first) + 1;
            let gap = (fa + 1 == before && fa >= from)
                .then(|| {
                    // (A row's cells after its first, which is its name.)
                    profile_gap(&acc.rows, 0, &row[1..fa], from - 1)
                        .map(|g| g + 1)
                        .or_else(|| {
                            let name = row.get(from - 1).map(Piece::text).unwrap_or_default();
                            let unit_column = from;
                            let after = row.get(from).map(Piece::text).unwrap_or_default();
                            (bracketed_unit(&name).is_some()
                                && acc
                                    .columns
                                    .get(unit_column)
                                    .is_some_and(|c| strip_spaces(c).ends_with("单位"))
                                && (is_value_cell(&after) || !is_unit_like(&after)))
                            .then_some(unit_column)
                        })
                        .or_else(|| {
                            // (Or a cell with a figure where no unit above writes one, a rank
                            // for baseline and target, `全市第6位` `全市前3位`: the indicator has
                            // no unit.)
                            let unit_column = from;
                            let after = row.get(from).map(Piece::text).unwrap_or_default();
                            let figure = |t: &str| t.chars().any(|c| c.is_ascii_digit());
                            let units: Vec<&String> = acc
                                .rows
                                .iter()
                                .filter(|r| r.kind == RowKind::Item)
                                .filter_map(|r| r.cells.get(unit_column - 1))
                                .filter(|c| !c.is_empty())
                                .collect();
                            (acc.columns
                                .get(unit_column)
                                .is_some_and(|c| strip_spaces(c).ends_with("单位"))
                                && units.len() >= 2
                                && units.iter().all(|u| !figure(u) && is_unit_like(u))
                                && figure(&after)
                                && after.chars().count() >= 4
                                && !is_placeholder(&after))
                            .then_some(unit_column)
                        })
                        .or_else(|| {
                            // (Words for the last value, `控制在…以内`: a target, and no
                            // rate of growth beside it; nor beside a share or a rate, a ratio
                            // `…比重` `…覆盖率`, unless its last value is written as a rate's,
                            // `〔8〕`.)
                            let last = row.get(fa - 1).map(Piece::text).unwrap_or_default();
                            let name = row.get(from - 1).map(Piece::text).unwrap_or_default();
                            let ratio = ["比重", "占比", "比例", "率", "满意度"]
                                .iter()
                                .any(|w| name.contains(w))
                                && !last.contains(['〔', '［', '[', '%']);
                            Some(before - 1)
                                .filter(|&r| r >= from)
                                .filter(|&r| acc.columns.get(r).is_some_and(|c| names_rate(c)))
                                .filter(|_| is_target_in_words(&last) || ratio)
                        })
                        .or_else(|| baseline_column(&acc.columns, 0, from, before))
                })
                .flatten()
                .filter(|&g| g <= fa);
            let left = gap
                .and_then(|g| acc.columns.get(g))
                .map_or(String::new(), |c| format!(" under `{c}`"));
            acc.warnings.push((
                no,
                format!(
                    "row {}: {} cell(s) missing before the attribute; left empty{left}",
                    row.first().map(Piece::text).unwrap_or_default(),
                    before - fa
                ),
            ));
            if let Some(g) = gap {
                row.insert(g, empty_piece(no, 0));
                fa += 1;
            }
            while fa < before {
                row.insert(fa, empty_piece(no, 0));
                fa += 1;
            }
        }
        if row.len() > k {
            acc.warnings.push((
                no,
                format!("row {}: {} cells where the header has {k}; the extra ones kept at the end of the row", row.first().map(Piece::text).unwrap_or_default(), row.len()),
            ));
        }
        let mut cells = texts(&row);
        while cells.len() < k {
            cells.push(String::new());
        }
        acc.rows.push(named_row(
            cells,
            category.clone().filter(|_| category_first),
        ));
        s = e;
        used = e;
    }
    if !merged {
        for r in &mut acc.rows {
            r.group = None;
        }
    }
    Ok(Shape { used })
}

/// The attribute cells `attrs` with the placeholders that stand in the attribute column of total
/// rows (`小计` `242` `320` `—`): a total row a row's width (the usual distance between
/// attributes) after an attribute, its placeholder where the next attribute would be, between
/// two rows or after the last.
fn with_total_rows(ps: &[Piece], attrs: Vec<usize>) -> Vec<usize> {
    let dists: Vec<usize> = attrs.windows(2).map(|w| w[1] - w[0]).collect();
    let Some(w) = mode(&dists).filter(|&w| w >= 2) else {
        return attrs;
    };
    let total_at = |a: usize| {
        ps.get(a + 1).is_some_and(|p| is_total_label(&p.text()))
            && ps.get(a + w).is_some_and(|p| is_placeholder(&p.text()))
    };
    let mut out = Vec::with_capacity(attrs.len());
    for (i, &a) in attrs.iter().enumerate() {
        out.push(a);
        let mut at = a;
        let next = attrs.get(i + 1).copied();
        while next.is_none_or(|n| n > at + w) && total_at(at) {
            at += w;
            out.push(at);
        }
    }
    out
}

/// Pushes a row of a table anchored by attributes: a row of the group above (not `opens`) with
/// its merged first cell empty, else one that opens a group (`category`, kept for the rows after
/// it when the column is `merged`); the cells it lacks at its end empty. Whether it lacked some.
fn push_attribute_row(
    acc: &mut Acc,
    mut row: Vec<Piece>,
    opens: bool,
    k: usize,
    merged: bool,
    category: &mut Option<String>,
) -> bool {
    let no = row.first().map_or(0, Piece::first_no);
    let end = row.last().map_or(0, |p| p.end);
    if opens {
        *category = row.first().map(Piece::text);
    } else {
        row.insert(0, empty_piece(no, end));
        acc.short_rows.push(no);
    }
    let short = row.len() < k;
    while row.len() < k {
        row.push(empty_piece(no, end));
    }
    acc.rows
        .push(named_row(texts(&row), category.clone().filter(|_| merged)));
    short
}

/// A cell that can name a group of rows written as a row of its own: a few words, no figure,
/// bracket or punctuation (`旅游经济`, `生态环境`).
fn is_group_name(t: &str) -> bool {
    // (Its label aside, `一、就业`.)
    let labelled = group_label(t);
    let t = labelled.as_ref().map_or(t, |g| g.1.as_str());
    let n = t.chars().count();
    (2..=8).contains(&n)
        && !t
            .chars()
            .any(|c| c.is_ascii_digit() || "（）()【】[]，。、；：:,;%‰".contains(c) || is_space(c))
        && !is_attr(t)
        && !is_placeholder(t)
}

/// Whether a row two cells short before its attribute (`pieces`), under a category column,
/// reads as a row of the group above with one value left out, its first cell a name, rather than
/// as one that writes its own category and leaves out its last two values: that fits the rows
/// above (`rows`, their cells after the category) better by a whole misfit at least
/// (`能源消费总量` `万吨标准煤` `215` `控制在…以内`: a unit under 指标 and words under 2020年
/// otherwise).
fn name_first_of_two_short(rows: &[TableRow], pieces: &[Piece]) -> bool {
    let n = pieces.len();
    let Some(profile) = Profile::of(rows, 0, n + 1).filter(|_| n >= 2) else {
        // (Too few rows to compare with: a first cell that names a measure with its unit,
        // `…比例（%）`, is a name.)
        return n >= 2
            && pieces.first().is_some_and(|p| {
                let t = p.text();
                names_measure(bracket_tail(&t).map_or(t.as_str(), |(name, _)| name))
            });
    };
    let texts: Vec<String> = pieces.iter().map(Piece::text).collect();
    let as_name = (1..=n)
        .map(|g| profile.cost_with_gaps(&texts, &[g]))
        .min_by(f64::total_cmp)
        .unwrap_or(f64::INFINITY);
    let as_category = profile.cost_with_gaps(&texts[1..], &[n - 1, n]);
    as_category - as_name >= 1.0
}

/// Header cells after a 属性 column that name what rows may leave empty (`备注`, `说明`,
/// `责任单位`), not the lower row of a two-row header (`2020年` `2025年`, `现状值`).
fn notes_after_attribute(columns: &[String]) -> bool {
    // (Each names a column, `备注`, `责任单位`: not a group's name that opens the first row,
    // `旅游经济`.)
    !columns.is_empty()
        && columns.iter().all(|c| {
            !names_year(c)
                && !is_bare_year(c)
                && !names_values(c)
                && !c.is_empty()
                && (has_header_word(c)
                    || ["部门", "主体", "牵头", "配合", "依据", "来源", "口径"]
                        .iter()
                        .any(|w| c.contains(w)))
        })
}

/// Rows in cells separated by blank lines, anchored by their attribute word, under a header
/// whose 属性 column has columns after it (`备注`) that most rows leave empty, the empty cells
/// vanished: the pieces between two attributes are the cells after the first one's attribute
/// and the cells before the next one's. The next row takes as many as the columns before the
/// attribute (a new group's row, its first cell the merged category), or one fewer (a row of
/// the group above); the row before takes the rest, at most as many as the columns after the
/// attribute. Of two such readings, a new group's row, unless the piece is nearer in length to
/// the notes read so far than to the categories. `None` unless every row reads so, two at least.
fn attribute_segments(ps: &[Piece], acc: &mut Acc) -> Option<Shape> {
    let attrs: Vec<usize> = (0..ps.len()).filter(|&i| is_attr(&ps[i].text())).collect();
    let &a0 = attrs.first()?;
    let h = ps[..a0]
        .iter()
        .position(|p| p.parts.len() == 1 && names_attribute_column(&p.text()))?;
    // The first row holds its category: as many cells before its attribute as the header has.
    let s0 = a0.checked_sub(h).filter(|&s| s > h + 1)?;
    let after = s0 - h - 1;
    if attrs.len() < 2
        || h < 2
        || !ps[..s0]
            .iter()
            .all(|p| p.parts.len() == 1 && is_header_cell(p))
    {
        return None;
    }
    let columns: Vec<String> = column_names(&ps[..s0]);
    if !notes_after_attribute(&columns[h + 1..]) {
        return None;
    }
    let k = columns.len();
    // Each row: its pieces, and whether it opens a group.
    let mut rows: Vec<(Vec<Piece>, bool)> = vec![(ps[s0..=a0].to_vec(), true)];
    let len = |p: &Piece| p.text().chars().count() as f64;
    for w in attrs.windows(2) {
        let seg = &ps[w[0] + 1..w[1]];
        let n = seg.len();
        // (cells after the attribute, whether the next row opens a group)
        let options: Vec<(usize, bool)> = (0..=after.min(n))
            .filter_map(|x| match n - x {
                y if y == h => Some((x, true)),
                y if y + 1 == h => Some((x, false)),
                _ => None,
            })
            .collect();
        let (x, opens) = match options.as_slice() {
            [one] => *one,
            [a, b, ..] => {
                let mean =
                    |v: Vec<f64>| (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64);
                let notes = mean(
                    rows.iter()
                        .flat_map(|(r, _)| r.iter().skip(h + 1))
                        .map(len)
                        .collect(),
                );
                let categories = mean(
                    rows.iter()
                        .filter(|(_, o)| *o)
                        .filter_map(|(r, _)| r.first().map(len))
                        .collect(),
                );
                let first = seg.first().map_or(0.0, len);
                let note_like = matches!((notes, categories), (Some(nl), Some(cl))
                    if (first - nl).abs() < (first - cl).abs());
                let (new_group, note) = if a.1 { (*a, *b) } else { (*b, *a) };
                if note_like {
                    note
                } else {
                    new_group
                }
            }
            [] => return None,
        };
        if let Some((last, _)) = rows.last_mut() {
            last.extend_from_slice(&seg[..x]);
        }
        rows.push((ps[w[0] + 1 + x..=w[1]].to_vec(), opens));
    }
    // After the last attribute: its cells, up to a note or prose.
    let alast = *attrs.last()?;
    let tail = ps[alast + 1..]
        .iter()
        .take(after)
        .take_while(|p| {
            let t = p.text();
            p.parts.len() == 1 && !is_note_start(&t) && !is_stop(&t) && t.chars().count() <= 60
        })
        .count();
    if let Some((last, _)) = rows.last_mut() {
        last.extend_from_slice(&ps[alast + 1..alast + 1 + tail]);
    }
    acc.columns = columns;
    let merged = rows.iter().any(|(_, opens)| !opens);
    let mut category: Option<String> = None;
    let mut short = 0;
    for (row, opens) in rows {
        if push_attribute_row(acc, row, opens, k, merged, &mut category) {
            short += 1;
        }
    }
    if short > 0 {
        acc.warnings.push((
            ps.get(s0).map_or(0, Piece::first_no),
            format!(
                "{short} row(s) end at their attribute, before `{}`: the cells after it left empty",
                acc.columns[h + 1..].join("` `")
            ),
        ));
    }
    Some(Shape {
        used: alast + 1 + tail,
    })
}

/// Rows in blocks (one cell per line, a blank line after each row) anchored by their attribute
/// word, under a header block naming a 属性 column: each block is a row. Cells after the
/// attribute stand under the columns after it, and those a row lacks (an empty 备注 that
/// vanished) are empty; a block one cell short before its attribute is a row of a merged first
/// column (`一级指标`), its cell left to the block above that has it; more cells before the
/// attribute than columns, a name written over two lines. The rows end at the first block that
/// holds no attribute word or two. `None` unless the pieces are such blocks, two rows at least.
fn attribute_blocks(ps: &[Piece], acc: &mut Acc) -> Option<Shape> {
    // The blocks: from each piece after a blank line to the next.
    let starts: Vec<usize> = (0..ps.len()).filter(|&i| i == 0 || ps[i].gap > 0).collect();
    let block = |b: usize| -> &[Piece] {
        let from = starts.get(b).copied().unwrap_or(ps.len());
        let to = starts.get(b + 1).copied().unwrap_or(ps.len());
        ps.get(from..to).unwrap_or(&[])
    };
    let header = block(0);
    if header.len() < 3
        || ps.iter().any(|p| p.parts.len() != 1)
        || !header.iter().all(is_header_cell)
    {
        return None;
    }
    let columns: Vec<String> = column_names(header);
    let a = columns.iter().position(|c| names_attribute_column(c))?;
    let k = columns.len();
    if !notes_after_attribute(&columns[a + 1..]) {
        return None;
    }
    let after = k - a - 1;
    // Each row block: where its attribute stands.
    let mut rows: Vec<(&[Piece], usize)> = Vec::new();
    for b in 1..starts.len() {
        let cells = block(b);
        let attrs: Vec<usize> = (0..cells.len())
            .filter(|&i| is_attr(&cells[i].text()))
            .collect();
        match attrs.as_slice() {
            [i] if *i + 1 >= a && cells.len() - i - 1 <= after => rows.push((cells, *i)),
            _ => break,
        }
    }
    if rows.len() < 2 || rows.iter().all(|&(_, i)| i != a) {
        return None;
    }
    // A merged first column: some rows one cell short of it.
    let merged = a >= 2 && rows.iter().any(|&(_, i)| i + 1 == a);
    acc.columns = columns;
    let short: Vec<usize> = rows
        .iter()
        .filter(|(cells, i)| cells.len() - i - 1 < after)
        .filter_map(|(cells, _)| cells.first().map(Piece::first_no))
        .collect();
    if let Some(&first) = short.first() {
        acc.warnings.push((
            first,
            format!(
                "{} row(s) end at their attribute, before `{}`: the cells after it left empty",
                short.len(),
                acc.columns[a + 1..].join("` `")
            ),
        ));
    }
    let mut category: Option<String> = None;
    for (cells, i) in &rows {
        let mut row: Vec<Piece> = cells.to_vec();
        let mut fa = *i;
        let name_at = usize::from(merged);
        while fa > a && merge_at(&mut row, name_at.min(fa - 1), acc, "split cell") {
            fa -= 1;
        }
        let opens = !(merged && fa + 1 == a);
        push_attribute_row(acc, row, opens, k, merged, &mut category);
    }
    let used = starts.get(rows.len() + 1).copied().unwrap_or(ps.len());
    Some(Shape { used })
}

/// Rows of an indicator table whose cells stand one per paragraph, each row ending at its
/// attribute word under a header that ends at its 属性 column: `类别` (merged over its group,
/// optional) `指标` `单位`, value columns, `属性`. A row lacks the value cells the scraper dropped
/// (a 累计 column filled in two rows only, a baseline a new indicator has not), so its values
/// are placed by their kind: a bracketed figure (`[12500]`) under the column of totals over the
/// period, the gaps there first, then under the baseline; each row's name is the cells before its
/// unit, a category before the name where the column is one. `None` unless every row reads so,
/// two at least, and one of them lacks a value (rows as wide as the header are read by
/// [`attribute_rows`]).
fn sparse_attribute_rows(ps: &[Piece], acc: &mut Acc) -> Option<Shape> {
    let attrs: Vec<usize> = (0..ps.len()).filter(|&i| is_attr(&ps[i].text())).collect();
    let (&a0, &alast) = (attrs.first()?, attrs.last()?);
    let h = ps[..a0]
        .iter()
        .position(|p| names_attribute_column(&p.text()))?;
    if attrs.len() < 2
        || h < 3
        || !ps[..=h]
            .iter()
            .all(|p| p.parts.len() == 1 && is_header_cell(p))
    {
        return None;
    }
    let columns = column_names(&ps[..=h]);
    let cat = usize::from(is_category_header(&columns[0]));
    let unit = cat + 1;
    if !strip_spaces(&columns[unit]).contains("单位") {
        return None;
    }
    // The value columns: `unit + 1 .. h`.
    let m = h.checked_sub(unit + 1).filter(|&m| m >= 2)?;
    let total = (0..m).find(|&i| columns[unit + 1 + i].contains("累计"));
    let baseline = baseline_column(&columns, unit + 1, 0, m);
    let bracketed = |t: &str| {
        let t = strip_spaces(t);
        t.starts_with(['[', '［']) && t.ends_with([']', '］'])
    };
    let mut rows: Vec<TableRow> = Vec::new();
    let mut category: Option<String> = None;
    let mut short = Vec::new();
    let mut prev = h;
    for &a in &attrs {
        let seg = ps.get(prev + 1..a)?;
        prev = a;
        // The unit: of the cells that can be one after a name (and its category), with at
        // least a value after it, the shortest (`户`, not `公租房在保户数`).
        let u = (1..seg.len().min(4))
            .filter(|&i| {
                let t = seg[i].text();
                is_unit_like(&t) && !is_bare_amount(&t) && !is_placeholder(&t)
            })
            .min_by_key(|&i| seg[i].text().chars().count())?;
        let (pre, vals) = (&seg[..u], &seg[u + 1..]);
        if pre.is_empty() || pre.len() > 3 || vals.is_empty() || vals.len() > m {
            return None;
        }
        // A category opens the row where its column is one: a short group name before a name.
        let opens = cat == 1 && pre.len() >= 2 && is_group_name(&pre[0].text());
        if opens {
            category = Some(pre[0].text());
        } else if cat == 1 && category.is_none() {
            return None;
        }
        let name_parts = &pre[usize::from(opens)..];
        if name_parts.len() > 2 {
            return None;
        }
        if let [x, y] = name_parts {
            acc.join(x, y, "split cell");
        }
        let name: String = name_parts.iter().map(Piece::text).collect();
        // Where the values stand: the gaps under the period's total unless a value is one,
        // then under the baseline.
        let texts: Vec<String> = vals.iter().map(Piece::text).collect();
        let mut gaps: Vec<usize> = Vec::new();
        let mut left = m - vals.len();
        if left > 0 {
            if let Some(t) = total.filter(|_| !texts.iter().any(|t| bracketed(t))) {
                gaps.push(t);
                left -= 1;
            }
        }
        if left > 0 {
            if let Some(b) = baseline.filter(|b| !gaps.contains(b)) {
                gaps.push(b);
                left -= 1;
            }
        }
        if left > 0 {
            return None;
        }
        // The row's cells, one per column.
        let mut cells: Vec<String> = Vec::with_capacity(h + 1);
        if cat == 1 {
            cells.push(if opens { pre[0].text() } else { String::new() });
        }
        cells.push(name);
        cells.push(seg[u].text());
        let mut it = texts.into_iter();
        for i in 0..m {
            let cell = if gaps.contains(&i) {
                String::new()
            } else {
                it.next().unwrap_or_default()
            };
            // (A period's total under another column: not this layout.)
            if total.is_some_and(|t| t != i) && bracketed(&cell) {
                return None;
            }
            cells.push(cell);
        }
        cells.push(ps[a].text());
        if !gaps.is_empty() {
            short.push(seg[0].first_no());
        }
        rows.push(named_row(cells, category.clone().filter(|_| cat == 1)));
    }
    if short.is_empty() {
        return None;
    }
    let placed = match total {
        Some(t) => format!(
            "a period's total (`[…]`) under `{}`, the cells left empty there first, then under \
             the baseline",
            columns[unit + 1 + t]
        ),
        None => "the cells left empty under the baseline".to_string(),
    };
    acc.warnings.push((
        short[0],
        format!(
            "{} row(s) lack value cells: each value placed by its kind, {placed}",
            short.len()
        ),
    ));
    acc.columns = columns;
    acc.rows.extend(rows);
    Some(Shape { used: alast + 1 })
}

/// Item rows read out of their columns: a cell under the `单位` column (of `columns`) that is
/// neither empty nor a unit, or an attribute word (`预期性`) not under the `属性` column.
fn misplaced_in_columns(columns: &[String], rows: &[TableRow]) -> usize {
    let at = |w: &str| columns.iter().position(|c| strip_spaces(c).contains(w));
    let (unit, attr) = (at("单位"), at("属性"));
    rows.iter()
        .filter(|r| r.kind == RowKind::Item)
        .filter(|r| {
            let cells: Vec<&String> = std::iter::once(&r.name).chain(&r.cells).collect();
            let bad_unit = unit
                .and_then(|u| cells.get(u))
                .is_some_and(|t| !t.is_empty() && !is_unit_like(t) && !is_placeholder(t));
            let bad_attr =
                attr.is_some_and(|a| cells.iter().enumerate().any(|(i, t)| i != a && is_attr(t)));
            bad_unit || bad_attr
        })
        .count()
}

/// The notes under a table: a `注` paragraph, then paragraphs numbered on from the note's first
/// number (`注： 1 …` / `2 …`, `注：1、…` / `2.…`). Returns the notes, the lines used and their
/// seed numbers.
fn read_notes(lines: &[SrcLine]) -> (Vec<String>, usize, Vec<usize>) {
    let mut notes = Vec::new();
    let mut nos = Vec::new();
    let mut used = 0usize;
    let mut next: Option<u32> = None;
    let mut i = 0usize;
    while i < lines.len() {
        // A paragraph: a line and those after it with no blank line between, up to a line that
        // ends a sentence or before one the outline reads (a heading after the notes of a text
        // that leaves no blank lines).
        let start = i;
        if clean(lines[i].text).is_empty() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < lines.len()
            && lines[j].blanks_before == 0
            && !clean(lines[j].text).is_empty()
            && !clean(lines[j - 1].text).ends_with('。')
            && !is_stop(lines[j].text)
        {
            j += 1;
        }
        let para: Vec<&SrcLine> = lines[start..j].iter().collect();
        let text: String = para
            .iter()
            .map(|l| clean(l.text))
            .collect::<Vec<_>>()
            .join("");
        // After the first note: the next number's, or another note's name (`资料来源：…`);
        // not the text's next run-in heading numbered on from the notes (`3.加强风貌保护街坊
        // 管控。严格…`: a task's short title, then a paragraph).
        // (A footnote led by stars, `*开设托班的幼儿园占比为…`, for a starred cell.)
        let unstarred = text.trim_start_matches(['*', '＊']);
        let starred = unstarred.len() < text.len()
            && !unstarred.is_empty()
            && !unstarred.starts_with(is_space);
        let accept = if notes.is_empty() {
            is_note_start(&text) || starred
        } else if starred {
            true
        } else {
            (next.is_some_and(|n| note_number(&text) == Some(n))
                && !is_stop(&text)
                && !is_run_in_task(&text)
                && !is_task_title(&text))
                || is_note_start(&text)
                || (!is_stop(&text) && speaks_of_the_table(&text))
        };
        if !accept {
            break;
        }
        let body = if notes.is_empty() {
            note_body(&text).to_string()
        } else {
            text.clone()
        };
        next = note_number(&body).map(|n| n + 1);
        notes.push(text);
        nos.extend(para.iter().map(|l| l.no));
        used = j;
        i = j;
    }
    (notes, used, nos)
}

/// Words of a note saying an indicator has no figure for a year or a column: new in the plan,
/// not counted then, not worked out, not set for that year.
const NO_FIGURE: &[&str] = &[
    "新增指标",
    "新设指标",
    "暂无",
    "无供应",
    "不安排",
    "无基数",
    "不设基数",
    "无基期值",
    "无年度任务",
    "未开展统计",
    "空白",
    "不新增",
    "不设该项",
    "不设该指标",
    "未作统计",
    "不作统计",
    "未统计",
    "无统计",
    "无数据",
    "暂无数据",
    "不测算",
    "不计算",
    "不再设置",
    "不设置目标",
    "不设目标",
    "空缺",
    "不单列",
    "未填列",
    "不再安排",
    "不设阶段性目标",
    "不设年度目标",
    "未单独统计",
    "不单独统计",
    "后确定",
    "后核定",
    "另行确定",
    "待定",
    "不设定",
    "未设定",
    "未设目标",
    "无基期数据",
    "新增统计指标",
    "不承担",
    "无现状",
];

/// What a note says of a row with no unit.
const NO_UNIT: [&str; 5] = ["不设计量单位", "不设单位", "无计量单位", "无单位", "无量纲"];

/// Whether a note's sentence says a row has no figure: a word for it, and not one for a row
/// without a unit (`无计量单位，该栏空白` blanks the unit, [`units_placed_by_notes`]'s).
fn says_no_figure(sentence: &str) -> bool {
    NO_FIGURE.iter().any(|w| sentence.contains(w)) && !says_no_unit(sentence)
}

/// Whether a note's sentence that says a row has no unit says in a clause of its own that a
/// figure of the row is not given either: `第9项指标为无量纲指数，目标值待…另行确定`; not a
/// clause that speaks of the unit's cell, `无计量单位，该栏空白`.
fn says_no_figure_in_a_clause(sentence: &str) -> bool {
    says_no_unit(sentence)
        && sentence
            .split(['，', ','])
            .any(|c| says_no_figure(c) && !["该栏", "此栏", "单位"].iter().any(|w| c.contains(w)))
}

/// Whether a note's sentence says a row has no unit: a word for it (`无计量单位`), or the unit's
/// column left blank (`计量单位已在数值中注明，“单位”栏未填写`).
fn says_no_unit(sentence: &str) -> bool {
    NO_UNIT.iter().any(|w| sentence.contains(w))
        || ["“单位”栏", "单位栏"].iter().any(|c| {
            sentence.find(c).is_some_and(|at| {
                let after = &sentence[at..];
                ["未填写", "未填列", "空白", "不填", "留空"]
                    .iter()
                    .any(|w| after.contains(w))
            })
        })
}

/// Whether a note's sentence calls row `k` by its number: `第7项`, `指标7`, `序号7` (not `序号70`).
fn names_row_number(sentence: &str, k: u32) -> bool {
    let digits = k.to_string();
    // (Or among others: `第3、4、10项`.)
    if sentence.contains(&format!("第{digits}项")) || numbered_items(sentence).contains(&k) {
        return true;
    }
    ["指标", "序号", "项目"].iter().any(|w| {
        let mark = format!("{w}{digits}");
        sentence.match_indices(&mark).any(|(i, _)| {
            !sentence[i + mark.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
    })
}

/// What a note must hold to name a row by its indicator `key`: the indicator without its period
/// or its unit (`“十四五”年均增长（%）` is `年均增长` to a note) or a share's `其中：`
/// (`其中：灵活就业人员缴存人数` is `灵活就业人员…`), its first half and four characters at least.
fn note_head(key: &str) -> String {
    let key = key
        .strip_prefix("其中：")
        .or_else(|| key.strip_prefix("其中:"))
        .filter(|k| !k.is_empty())
        .unwrap_or(key);
    let c: Vec<char> = key.chars().collect();
    let from = if c.len() > 3 && c[0] == '十' && c[2] == '五' {
        3
    } else {
        0
    };
    let rest: String = c[from..].iter().collect();
    let core = bracket_tail(&rest).map_or(rest.clone(), |(name, _)| name.to_string());
    let len = core.chars().count();
    core.chars().take(len.div_ceil(2).max(4)).collect()
}

/// A row's one empty cell (a cell that vanished, placed by the values around it) moves to the
/// column a note names for it: the note names the row's indicator (whole, or its first half and
/// four characters at least: `灵活就业人员…` for `灵活就业人员新增缴存人数`) and says it has no figure,
/// for a column it names (`…为新增指标，2015年未作统计`, `…不测算年均增长`) or, naming none, for
/// the first year (a new indicator has no baseline). The cells between move over by one.
/// Returns the report's lines.
fn gaps_placed_by_notes(table: &mut Table, by_text: bool) -> Vec<String> {
    let mut out = Vec::new();
    let column = |j: usize| table.columns.get(j + 1).map_or("", String::as_str);
    // What a note calls column `j`: its year (`2015年`) or its name without the year or the
    // unit in brackets (`远期` for `远期（2035年）`).
    let called = |j: usize| -> Vec<String> {
        let c = strip_spaces(column(j));
        let name = bracket_tail(&c).map_or(c.as_str(), |(name, _)| name);
        // (A share's column by what it counts: `平战结合利用面积` for `其中：平战结合利用面积`.)
        let name = name
            .strip_prefix("其中：")
            .or_else(|| name.strip_prefix("其中:"))
            .filter(|n| !n.is_empty())
            .unwrap_or(name)
            .to_string();
        let year = last_year(&c).map(|y| format!("{y}年"));
        // (A name of one character only when a note quotes it: `表中“种”一栏`.)
        let quoted = |n: &str| {
            table
                .notes
                .iter()
                .any(|note| note.contains(&format!("“{n}”")))
        };
        let words = (last_year(&name).is_none()
            && (name.chars().count() >= 2 || (name.chars().count() == 1 && quoted(&name))))
        .then_some(name.clone());
        // (Or what the column holds after its year, where no other column holds it: `目标值`
        // of `2025年目标值` beside `2020年基准值`, not beside `2035年目标值`.)
        let held = |c: &str| -> Option<String> {
            let c = strip_spaces(c);
            c.split_once('年')
                .filter(|(y, _)| y.chars().count() == 4 && y.chars().all(|c| c.is_ascii_digit()))
                .map(|(_, rest)| rest.to_string())
                .filter(|rest| rest.chars().count() >= 2 && last_year(rest).is_none())
        };
        let after_year = held(&name).filter(|h| {
            table
                .columns
                .iter()
                .filter(|c| held(c).as_deref() == Some(h.as_str()))
                .count()
                == 1
        });
        // (Or what it measures without the measure's word, `永久基本农田保护` of
        // `永久基本农田保护面积`: `无永久基本农田保护任务`.)
        // (Or a stem of two, `新建` of `新建面积`, no other column's: `不安排新建任务`.)
        let stem = ["面积", "规模", "数量", "总量", "长度", "个数"]
            .iter()
            .find_map(|w| name.strip_suffix(w))
            .filter(|s| {
                let own = || {
                    table
                        .columns
                        .iter()
                        .filter(|c| strip_spaces(c).contains(*s))
                        .count()
                        == 1
                };
                last_year(s).is_none()
                    && (s.chars().count() >= 4 || (s.chars().count() >= 2 && own()))
            })
            .map(str::to_string);
        // (Or what it holds after the period it is of, `目标` of `“十三五”目标`: `规划未设目标值`.)
        let unquoted: String = name.chars().filter(|c| !"“”\"".contains(*c)).collect();
        let after_period = unquoted
            .char_indices()
            .nth(3)
            .filter(|_| {
                let c: Vec<char> = unquoted.chars().take(3).collect();
                c.len() == 3 && c[0] == '十' && c[2] == '五'
            })
            .map(|(i, _)| unquoted[i..].to_string())
            .filter(|rest| rest.chars().count() >= 2 && last_year(rest).is_none());
        year.into_iter()
            .chain(words)
            .chain(after_year)
            .chain(stem)
            .chain(after_period)
            .collect()
    };
    let width = table.columns.len().saturating_sub(1);
    // What a note that names no column calls a baseline's or a target's year, `2020年`
    // `2025年`, where no column names it: `目标值待…确定` names the target's.
    let years: Vec<usize> = (0..width)
        .filter(|&y| last_year(column(y)).is_some())
        .collect();
    let unnamed = |w: &str| !table.columns.iter().any(|c| c.contains(w));
    let role = |j: usize| -> &[&str] {
        match years[..] {
            [_, .., last] if j == last && unnamed("目标") => &["目标值", "目标"],
            [first, .., _] if j == first && unnamed("基") && unnamed("现状") => {
                &["基期值", "基数", "现状值"]
            }
            _ => &[],
        }
    };
    let first_year = (0..width).find(|&j| last_year(column(j)).is_some());
    let strip = |t: &str| -> String {
        strip_spaces(t)
            .chars()
            .filter(|c| !matches!(c, '*' | '＊' | '“' | '”'))
            .collect()
    };
    let notes: Vec<String> = table.notes.iter().map(|n| strip(n)).collect();
    // (Columns of amounts, named by what they measure, `用地面积` under `单位：公顷、亿元`.)
    let amounts = amount_columns(&table.rows, width, 0, &[]);
    let mut moves = Vec::new();
    // (A last column empty in two item rows at least, an attribute merged over its group or
    // remarks given for a few rows: a row's empty cell there is no gap a note places.)
    let last = width.checked_sub(1);
    let sparse_last = last.is_some_and(|l| {
        table
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Item && r.cells.get(l).is_some_and(|c| c.is_empty()))
            .count()
            >= 2
    });
    // (A category written in the first cell of its group's first row, left empty in the rows
    // after it, is no gap: `碳排放总量` `万吨` `412.6` under 总量和强度.)
    let category_first = table
        .rows
        .iter()
        .any(|r| r.group.is_some() && r.cells.first() == r.group.as_ref());
    for (r, row) in table.rows.iter().enumerate() {
        let from = usize::from(category_first && row.group.is_some());
        let Some(e) = only_empty_cell(row, from).or_else(|| {
            let l = last.filter(|_| sparse_last)?;
            let mut empty = (0..l).filter(|&j| row.cells.get(j).is_some_and(|c| c.is_empty()));
            let e = empty.next()?;
            (empty.next().is_none() && row.cells.get(l).is_some_and(|c| c.is_empty())).then_some(e)
        }) else {
            continue;
        };
        // The row's indicator: its longest cell of words that a note names (a project's name
        // rather than its longer works), else its longest, or the year it is (`2024年`).
        let mut words: Vec<String> = std::iter::once(&row.name)
            .chain(&row.cells)
            .map(|c| strip(c))
            .filter(|c| c.chars().count() >= 4 && !is_numberish(c) && !is_value_cell(c))
            .collect();
        // (Or what tells a cell from the others of its column, after what they all open with:
        // `新港分馆` of `东湾区图书馆新港分馆`, as a note calls it.)
        words.extend(row.cells.iter().enumerate().filter_map(|(j, c)| {
            let column: Vec<Vec<char>> = table
                .rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .filter_map(|r| r.cells.get(j).filter(|x| !x.is_empty()))
                .map(|x| strip(x).chars().collect())
                .collect();
            let first = column.first()?;
            let shared = (0..first.len())
                .take_while(|&i| column.iter().all(|x| x.get(i) == first.get(i)))
                .count();
            let tail: String = strip(c).chars().skip(shared).collect();
            (column.len() >= 3 && shared >= 2 && tail.chars().count() >= 3 && !is_value_cell(&tail))
                .then_some(tail)
        }));
        let named = |c: &&String| notes.iter().any(|n| n.contains(note_head(c).as_str()));
        // (A short name, `茶叶`, only when a note opens with it; or the first cell after a
        // row's number, `澄州区`, before its other words: `澜南区…不再安排新建任务`.)
        let opening = || {
            std::iter::once(&row.name)
                .chain(row.cells.first())
                .map(|n| strip(n))
                .find(|name| {
                    name.chars().count() >= 2
                        && !is_numberish(name)
                        && !is_total_label(name)
                        && notes
                            .iter()
                            .any(|n| note_body(n).starts_with(name.as_str()))
                })
        };
        let Some(key) = words
            .iter()
            .filter(named)
            .max_by_key(|c| c.chars().count())
            .cloned()
            .or_else(opening)
            .or_else(|| words.iter().max_by_key(|c| c.chars().count()).cloned())
            .or_else(|| {
                let name = strip(&row.name);
                (names_year(&name) && name.chars().count() <= 6).then_some(name)
            })
        else {
            continue;
        };
        let head = note_head(&key);
        // (Not a note that names another row whose name shares the head: `高标准生活垃圾分类
        // 示范小区` is not `生活垃圾分类处理体系`.)
        let names_another = |n: &str| {
            !n.contains(key.as_str())
                && table.rows.iter().enumerate().any(|(r2, other)| {
                    let name = strip(&other.name);
                    r2 != r
                        && name.chars().count() >= 4
                        && name.contains(head.as_str())
                        && n.contains(name.as_str())
                })
        };
        // (Or by its number, `第4项`.)
        let number = number_of_row(row).filter(|&n| n <= 99);
        // (In the sentence that says it has no figure: `第7项为定性指标，不设单位` says nothing
        // of a figure, `第6项为新增指标` nothing of row 7.)
        // (Or no figure of a column it names, `2020年无排名`.)
        let no_figure = |sentence: &str| {
            says_no_figure(sentence)
                || says_no_figure_in_a_clause(sentence)
                || (!says_no_unit(sentence)
                    && (0..width).any(|j| {
                        called(j).iter().any(|c| {
                            c.chars().count() >= 2
                                && !c.contains("单位")
                                && sentence.contains(&format!("无{c}"))
                        })
                    }))
        };
        let by_number = |n: &str| {
            number.is_some_and(|k| {
                n.split(['。', '；', ';'])
                    .any(|sentence| names_row_number(sentence, k) && no_figure(sentence))
            })
        };
        // (By its name in the sentence that says it has no figure: `公交出行比例指…的比例；“—”表示
        // 2020年无统计基数` says nothing of the ratio's figure.)
        let by_name = |n: &str| {
            n.split(['。', '；', ';'])
                .any(|sentence| sentence.contains(head.as_str()) && no_figure(sentence))
                && !names_another(n)
        };
        let Some(note) = notes.iter().find(|n| by_name(n) || by_number(n)) else {
            continue;
        };
        // (Not the first column after the name's: a number's name or a unit.) The columns the
        // clause saying "no figure" names, else the note (`…自2022年起实施，2021年不设该项指标`).
        let clauses: Vec<&str> = note
            .split(['，', '；', '。', ',', ';'])
            .filter(|c| no_figure(c))
            .collect();
        // (A year's column may be the first: `2021年` is no unit.)
        // (Only columns of values: a year's, a value's, a rate's, a measure's with its unit or
        // one of amounts; `指标` in `新增指标` names no column.)
        let values_column = |j: usize| {
            let c = column(j);
            last_year(c).is_some()
                || names_values(c)
                || names_rate(c)
                || bracketed_unit(c).is_some()
                || amounts.contains(&j)
                // (Or what a project measures, `建设规模`, cells of figures with their units.)
                || ["规模", "面积", "数量", "长度", "容量"]
                    .iter()
                    .any(|w| c.contains(w))
                // (Or any column whose cells are all figures, `新建任务` under `单位：万亩`.)
                || {
                    let figures: Vec<&String> = table
                        .rows
                        .iter()
                        .filter(|r| r.kind == RowKind::Item)
                        .filter_map(|r| r.cells.get(j))
                        .filter(|c| !c.is_empty())
                        .collect();
                    figures.len() >= 2 && figures.iter().all(|c| is_bare_amount(c))
                }
        };
        let columns = || {
            (0..width.min(row.cells.len()))
                // (Or one that names values, `“十三五”目标`, where no unit column comes first.)
                .filter(|&j| {
                    j >= 1
                        || last_year(column(j)).is_some()
                        || (names_values(column(j)) && !strip_spaces(column(j)).ends_with("单位"))
                })
                .filter(|&j| values_column(j))
        };
        let named_in = |texts: &[&str]| -> Vec<usize> {
            let named: Vec<usize> = columns()
                .filter(|&j| {
                    called(j)
                        .iter()
                        .any(|c| texts.iter().any(|t| t.contains(c.as_str())))
                })
                .collect();
            // (Of columns of one name under groups, `排名` under `2020年` and `2025年`, those
            // whose group the text names too: `2020年无排名`.)
            let in_group: Vec<usize> = named
                .iter()
                .copied()
                .filter(|&j| {
                    table.group_of(j + 1).is_some_and(|g| {
                        let title = strip_spaces(&g.title);
                        texts.iter().any(|t| t.contains(title.as_str()))
                    })
                })
                .collect();
            if named.len() > 1 && in_group.len() == 1 {
                in_group
            } else {
                named
            }
        };
        // (Else those its sentence saying so names: `面积待选址确定后核定，表中暂未填列；可容纳人数
        // 按…测算` names 面积.)
        let sentences: Vec<&str> = note
            .split(['；', '。', ';'])
            .filter(|c| no_figure(c))
            .collect();
        // (A note whose sentence names the column the row's gap is under already, a values'
        // column or not, `其属性待…确定，表中暂空`, leaves it there; where the clause saying
        // "no figure" names a column, only that clause counts: `未设定规划目标值，不作完成情况
        // 评价` moves the gap under 规划目标.)
        let in_clauses = named_in(&clauses);
        let names_gap_column = |texts: &[&str]| {
            called(e)
                .iter()
                .any(|c| texts.iter().any(|t| t.contains(c.as_str())))
        };
        if names_gap_column(if in_clauses.is_empty() {
            &sentences
        } else {
            &clauses
        }) {
            // (Unless the row writes its placeholder under a target's column and another clause
            // says the target is yet to be set: `2025年无统计数据，目标值待…另行确定` with `—`
            // under `“十五五”目标`: the `—` is the baseline's, the target vanished.)
            let pending = ["另行确定", "后确定", "待定", "另行制定"];
            let target_pending = clauses
                .iter()
                .any(|c| c.contains("目标") && pending.iter().any(|w| c.contains(w)));
            let placed: Vec<usize> = (0..width.min(row.cells.len()))
                .filter(|&j| j != e && row.cells.get(j).is_some_and(|c| is_placeholder(c)))
                .collect();
            if let ([t], true) = (placed.as_slice(), target_pending) {
                if *t > e && column(*t).contains("目标") && values_column(*t) {
                    moves.push((r, e, *t, key));
                }
            }
            continue;
        }
        let in_sentences = named_in(&sentences);
        // (A sentence of the text, not a note, names the column itself: the row's gap is not
        // the first year's for want of one.)
        if by_text && in_clauses.is_empty() && in_sentences.is_empty() {
            continue;
        }
        let named = if !in_clauses.is_empty() {
            in_clauses
        } else if !in_sentences.is_empty() {
            in_sentences
        } else {
            named_in(&[note.as_str()])
        };
        let named = if named.is_empty() {
            columns()
                .filter(|&j| {
                    role(j)
                        .iter()
                        .any(|w| sentences.iter().any(|t| t.contains(w)))
                })
                .collect()
        } else {
            named
        };
        // (A clause beside one saying the row has no unit must name its column: in
        // `…为无量纲指数，“十四五”规划未设定目标值` the gap under 单位 is the unit's.)
        let beside_no_unit = note
            .split(['；', '。', ';'])
            .filter(|s| no_figure(s))
            .all(says_no_unit);
        let f = match (named.as_slice(), first_year) {
            ([j], _) => *j,
            ([], _) if beside_no_unit => continue,
            ([], Some(y)) => y,
            _ => continue,
        };
        // (Not onto a placeholder the row writes itself, which the note explains:
        // `“—”表示2020年无统计基数`, unless the note says the cell is blank, `该栏空白`; nor from
        // a merged category's cell.)
        let blank = ["空白", "留空"].iter().any(|w| note.contains(w));
        if f != e
            && row
                .cells
                .get(f)
                .is_some_and(|c| blank || !is_placeholder(c))
            // (`改造提升任务` names a column of figures, not a merged category.)
            && (!is_category_header(column(e)) || values_column(e))
        {
            moves.push((r, e, f, key));
        }
    }
    for (r, e, f, key) in moves {
        let Some(row) = table.rows.get_mut(r) else {
            continue;
        };
        row.cells.remove(e);
        row.cells.insert(f, String::new());
        out.push(format!(
            "row {key}: its missing cell moved under `{}`, where a note says it has no figure",
            column(f)
        ));
    }
    out
}

/// A row's one empty cell moves to the column a sentence of the text outside the table names
/// for it, as `gaps_placed_by_notes` moves it by a note: the sentence names the row's
/// indicator (its first half, four characters at least), says its figure is yet to be set and
/// names the figure's column (`居民对社区生活圈服务满意度指标的2030年目标值，待…另行确定` in the
/// chapter on the plan's review, the table under no note). The first such sentence of the text decides, as the first
/// note does. The report says the text told it.
pub fn gaps_told_by_the_text(parsed: &mut ParsedTable, prose: &str) {
    let table = &mut parsed.table;
    let gapped: Vec<String> = table
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Item && r.cells.iter().any(|c| c.is_empty()))
        .filter_map(|r| {
            // (Its indicator: its longest cell of words, `12` being the row's number.)
            std::iter::once(&r.name)
                .chain(&r.cells)
                .map(|c| strip_spaces(c))
                .filter(|c| !is_numberish(c) && !is_value_cell(c))
                .max_by_key(|c| c.chars().count())
                .map(|c| note_head(&c))
        })
        .filter(|h| h.chars().count() >= 4)
        .collect();
    if gapped.is_empty() {
        return;
    }
    let sentences: Vec<String> = prose
        .split(['。', '；', ';'])
        .map(|s| {
            // (Without a list item's number, which names no row: `12.居民对…` in an annex.)
            let s = s.trim();
            label(s).map_or_else(|| s.to_string(), |l| l.rest)
        })
        .filter(|s| {
            // (Only a figure yet to be set: the text's other words for none may say something
            // else there, `填空白` of a network's gaps.)
            s.chars().count() <= 150
                && ["另行确定", "后确定", "后核定", "另行制定", "另行设定"]
                    .iter()
                    .any(|w| s.contains(w))
                && gapped.iter().any(|h| s.contains(h.as_str()))
        })
        .collect();
    if sentences.is_empty() {
        return;
    }
    let notes = std::mem::replace(&mut table.notes, sentences);
    let moved = gaps_placed_by_notes(table, true);
    table.notes = notes;
    let at = parsed.lines.first().copied().unwrap_or(0);
    parsed.warnings.extend(
        moved
            .into_iter()
            .map(|m| (at, m.replace("where a note says", "where the text says"))),
    );
}

/// Words of a note saying that cells of a column may be empty (`配合单位空缺的任务，由牵头单位负责`),
/// or written once for the rows after it (`牵头单位相同的相邻事项，牵头单位只列示一次`,
/// `牵头单位合并列示，不再逐项重复`).
const EMPTY_CELLS: &[&str] = &[
    "空缺",
    "空白",
    "为空",
    "暂空",
    "未填",
    "留空",
    "只列示一次",
    "仅列示一次",
    "只列一次",
    "仅列一次",
    "不重复列示",
    "不再重复列示",
    "合并列示",
    "不再逐项重复",
];

/// A row's cell that vanished, placed by the fit of the cells around it (its report says
/// `left empty under` its column), moves to the one column a note says holds empty cells, naming
/// it in the clause that says so and naming no row (`注：配合单位空缺的任务，由牵头单位负责组织实施`:
/// `市委政法委、市公安局` is row 8's 牵头单位, not a 配合单位 list with its lead gone). Only over
/// cells of words each of the kind of the column it moves into; the report says where and why.
fn gaps_placed_by_column_notes(table: &mut Table, warnings: &mut [(usize, String)]) {
    let width = table.columns.len().saturating_sub(1);
    let column = |j: usize| table.columns.get(j + 1).map_or("", String::as_str);
    // (What a note calls a column: its name without spaces or a unit in brackets, two
    // characters at least and no year.)
    let called = |j: usize| -> Option<String> {
        let c = strip_spaces(column(j));
        let name = bracket_tail(&c)
            .map_or(c.as_str(), |(name, _)| name)
            .to_string();
        (name.chars().count() >= 2 && last_year(&name).is_none()).then_some(name)
    };
    let names: Vec<Option<String>> = (0..width).map(called).collect();
    let mut named: Vec<(usize, &str)> = Vec::new();
    for note in &table.notes {
        for clause in note.split(['，', '；', '。', ',', ';', '：']) {
            if !EMPTY_CELLS.iter().any(|w| clause.contains(w))
                || (clause.contains('第') && clause.contains('项'))
                || table
                    .rows
                    .iter()
                    .filter_map(number_of_row)
                    .any(|k| names_row_number(clause, k))
            {
                continue;
            }
            let cols: Vec<usize> = (0..width)
                .filter(|&j| names[j].as_deref().is_some_and(|n| clause.contains(n)))
                .collect();
            if let [f] = cols[..] {
                named.push((f, note.as_str()));
            }
        }
    }
    // (Or a sentence that names the rows it speaks of and the column: `第3、4项任务牵头单位
    // 相同，合并列示`; then only those rows.)
    let mut scope: Option<Vec<u32>> = None;
    if named.is_empty() {
        for note in &table.notes {
            for sentence in note.split(['；', '。', ';']) {
                let rows = numbered_items(sentence);
                // (Not the rows' own column, which names them: `第3、4项任务` under 任务.)
                let cols: Vec<usize> = (1..width)
                    .filter(|&j| names[j].as_deref().is_some_and(|n| sentence.contains(n)))
                    .collect();
                if let ([f], false) = (&cols[..], rows.is_empty()) {
                    if EMPTY_CELLS.iter().any(|w| sentence.contains(w)) {
                        named.push((*f, note.as_str()));
                        scope = Some(rows);
                    }
                }
            }
        }
    }
    let [(f, note)] = named[..] else { return };
    let in_scope = |row: &TableRow| {
        scope
            .as_ref()
            .is_none_or(|s| number_of_row(row).is_some_and(|k| s.contains(&k)))
    };
    // (A row a note names by its number with another column, `第8项任务…无配合单位`, keeps
    // its gap there.)
    let excepted = |row: &TableRow| {
        number_of_row(row).is_some_and(|k| {
            table.notes.iter().any(|n| {
                n.split(['；', '。', ';']).any(|clause| {
                    // (Not the sentence that names the merged column itself: `第3、4项任务牵头
                    // 单位相同` names the rows' 任务 too.)
                    let names_f = names[f].as_deref().is_some_and(|c| clause.contains(c));
                    names_row_number(clause, k)
                        && !names_f
                        && (0..width).any(|j| {
                            j != f && names[j].as_deref().is_some_and(|c| clause.contains(c))
                        })
                })
            })
        })
    };
    // (A column of words: no item row writes a value, a placeholder or a time in it.)
    let words_column = |j: usize| {
        table
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Item)
            .filter_map(|r| r.cells.get(j))
            .all(|t| !is_value_cell(t) && !is_placeholder(t) && !names_time(t))
    };
    let mut moves = Vec::new();
    for (r, row) in table.rows.iter().enumerate() {
        if row.kind != RowKind::Item || row.cells.len() != width || excepted(row) || !in_scope(row)
        {
            continue;
        }
        let Some(e) = only_empty_cell(row, 0).filter(|&e| e != f) else {
            continue;
        };
        // (The cells between move over by one: each words, of its new column's kind.)
        let (lo, hi) = (e.min(f), e.max(f));
        let mut moved = row.cells.clone();
        let gap = moved.remove(e);
        moved.insert(f, gap);
        if !(lo..=hi).filter(|&j| j != f).all(|j| {
            let t = &moved[j];
            !is_value_cell(t) && !is_placeholder(t) && !names_time(t) && words_column(j)
        }) {
            continue;
        }
        let label = row_label(row);
        let was = column(e);
        // (The reader reported the row by its label, or by its first cell where the label is
        // the category its group opens with: `row 12:` under 保障措施.)
        let first = row.cells.first().filter(|c| !c.is_empty());
        let Some(w) = warnings.iter().position(|(_, m)| {
            (m.contains(&format!("row {label}:"))
                || first.is_some_and(|c| m.contains(&format!("row {c}:"))))
                && m.contains(&format!("left empty under `{was}`"))
        }) else {
            continue;
        };
        moves.push((r, moved, w, label, was.to_string()));
    }
    let now = column(f).to_string();
    for (r, moved, w, label, was) in moves {
        if let Some(row) = table.rows.get_mut(r) {
            row.cells = moved;
        }
        if let Some(m) = warnings.get_mut(w) {
            m.1 = format!(
                "row {label}: a cell missing; left empty under `{now}`, not `{was}`, where a note \
                 says cells are empty ({note})"
            );
        }
    }
}

/// The items a note names by their numbers in one `第…项`: `第3、4项` is 3 and 4, `第7项` 7;
/// none without such a mark.
fn numbered_items(sentence: &str) -> Vec<u32> {
    let Some(at) = sentence.find('第') else {
        return Vec::new();
    };
    let rest = &sentence[at + '第'.len_utf8()..];
    let Some(end) = rest.find('项') else {
        return Vec::new();
    };
    let inner = &rest[..end];
    let parts: Vec<&str> = inner.split(['、', '，', ',']).collect();
    let numbers: Vec<u32> = parts.iter().filter_map(|p| p.trim().parse().ok()).collect();
    if numbers.len() == parts.len() {
        numbers
    } else {
        Vec::new()
    }
}

/// What a report calls a row: its name, or its first cell under a merged category (whose rows
/// have no name of their own).
fn row_label(r: &TableRow) -> String {
    match r.name.as_str() {
        "" => r.cells.first().cloned().unwrap_or_default(),
        name => name.to_string(),
    }
}

/// The one empty cell of a row after its name from cell `from` on, if it has exactly one.
fn only_empty_cell(row: &TableRow, from: usize) -> Option<usize> {
    let mut empty = (from..row.cells.len()).filter(|&j| row.cells[j].is_empty());
    let e = empty.next()?;
    empty.next().is_none().then_some(e)
}

/// The number a note may call a row by (`第4项`): its number, or a bare number written as its
/// name or in its first two cells.
fn number_of_row(row: &TableRow) -> Option<u32> {
    // (A number written as a label, `9.`, or opening the name, `6.企业新型学徒制培训人数`,
    // before any figure of the cells: `8` under 2025年 is no row's number.)
    let labelled = |c: &String| {
        int_of(c).or_else(|| {
            label(c)
                .filter(|l| l.style == Style::ArabicItem)
                .map(|l| l.number)
        })
    };
    row.number
        .iter()
        .chain(std::iter::once(&row.name))
        .find_map(labelled)
        .or_else(|| row.cells.iter().take(2).find_map(|c| int_of(c)))
        .or_else(|| row.cells.first().and_then(labelled))
}

/// A row's one empty cell moves to the unit column when a note says the row has no unit
/// (`第8项为定性指标，不设计量单位`), naming the row by its number or its name, and the unit column
/// holds no unit in that row (`—`, the row's first value, stood there): the cells between move
/// over by one. Returns the report's lines.
fn units_placed_by_notes(table: &mut Table) -> Vec<String> {
    let Some(u) = table
        .columns
        .iter()
        .skip(1)
        .position(|c| strip_spaces(c).ends_with("单位"))
    else {
        return Vec::new();
    };
    let sentences: Vec<String> = table
        .notes
        .iter()
        .flat_map(|n| {
            n.split(['。', '；', ';'])
                .map(strip_spaces)
                .collect::<Vec<_>>()
        })
        .filter(|s| says_no_unit(s))
        .collect();
    // The longest cell of each column in the item rows.
    let longest: Vec<usize> = (0..table.columns.len())
        .map(|j| {
            table
                .rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .filter_map(|r| r.cells.get(j))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = Vec::new();
    // Whether a sentence saying "no unit" names the row (by its number or its longest words),
    // and those words.
    let names_row = |row: &TableRow| -> (bool, Option<String>) {
        let number = number_of_row(row);
        let name = row
            .cells
            .iter()
            .chain(std::iter::once(&row.name))
            .map(|c| strip_spaces(c))
            .filter(|c| c.chars().count() >= 4 && !is_numberish(c))
            .max_by_key(|c| c.chars().count());
        let naming: Vec<&String> = sentences
            .iter()
            .filter(|s| {
                number.is_some_and(|n| names_row_number(s, n))
                    || name.as_ref().is_some_and(|n| s.contains(n.as_str()))
            })
            .collect();
        // (Not when the sentence also says a figure of the row is not given: `第9项指标为无量纲
        // 指数，目标值待…另行确定` writes `/` for its unit, its target vanished.)
        let named = !naming.is_empty() && !naming.iter().any(|s| says_no_figure_in_a_clause(s));
        (named, name)
    };
    for row in &mut table.rows {
        let Some(e) = only_empty_cell(row, 0) else {
            // A row with every cell written whose unit's cell holds a few words that are no
            // unit, after its name, the note saying it has none: the name over two paragraphs,
            // its unit vanished (`乡村每万人专业技术人才` / `城乡比` / `预期性`). The words go on
            // the name; the unit's cell is empty.
            let tail = row.cells.get(u).cloned().unwrap_or_default();
            let words = (2..=6).contains(&tail.chars().count())
                && !tail.chars().any(|c| c.is_ascii_digit())
                && !is_unit_like(&tail)
                && !is_value_cell(&tail)
                && !is_placeholder(&tail)
                && !is_attr(&tail)
                && !states_a_goal(&tail);
            let full = row.kind == RowKind::Item && row.cells.iter().all(|c| !c.is_empty());
            let name_before = u
                .checked_sub(1)
                .and_then(|j| row.cells.get(j))
                .is_some_and(|n| n.chars().count() >= 4 && !is_numberish(n));
            if full && words && name_before && names_row(row).0 {
                if let Some(n) = u.checked_sub(1).and_then(|j| row.cells.get_mut(j)) {
                    n.push_str(&tail);
                }
                if let Some(c) = row.cells.get_mut(u) {
                    c.clear();
                }
                out.push(format!(
                    "row {}: `{tail}` under `{}` read as the end of its name, where a note says it has no unit",
                    row.cells.get(u.saturating_sub(1)).map_or("", String::as_str),
                    table.columns.get(u + 1).map_or("", String::as_str)
                ));
            }
            continue;
        };
        let (named, name) = names_row(row);
        // (A goal in words, `初步建立管理台账`, holds no unit; nor a grade shaped as a value after
        // it, `C类` before `D类`.)
        // (Or one letter longer, `AAA级` before `AAAA级`.)
        let graded = |c: &str| {
            row.cells.iter().skip(u + 1).any(|v| {
                v != c
                    && v.chars().count().abs_diff(c.chars().count()) <= 1
                    && v.chars().last() == c.chars().last()
            })
        };
        // (A figure, `≤1.25`, holds none.)
        let unit_held = row.cells.get(u).is_some_and(|c| {
            !c.is_empty()
                && is_unit_like(c)
                && !is_value_cell(c)
                && !is_placeholder(c)
                && !states_a_goal(c)
                && !graded(c)
        });
        // (Not a category's cell left to the row above, unless the row's name stands under
        // the unit and a category's words under the name: `队伍建设` / `专职社会工作者与社区矫正
        // 对象配比` / `预期性` under 类别 指标名称 单位 属性, the note saying it has no unit.)
        let category_written = || {
            let shifted = row.cells.get(e + 1).map_or(0, |c| c.chars().count());
            let under_unit = row.cells.get(u).map_or(0, |c| c.chars().count());
            e + 2 == u
                && longest.get(e).is_some_and(|&m| shifted <= m)
                && under_unit > shifted.max(6)
                && row.cells.get(u).is_some_and(|c| !is_value_cell(c))
        };
        let category = table
            .columns
            .get(e + 1)
            .is_some_and(|c| is_category_header(c))
            && !category_written();
        if named && e != u && u < row.cells.len() && !unit_held && !category {
            let cell = row.cells.remove(e);
            row.cells.insert(u, cell);
            out.push(format!(
                "row {}: its missing cell moved under `{}`, where a note says it has no unit",
                name.unwrap_or_default(),
                table.columns.get(u + 1).map_or("", String::as_str)
            ));
        }
    }
    out
}

/// A numbered run-in heading of a task: a short title opening with a task's verb, closed by a
/// full stop, then a paragraph (`3.加强风貌保护街坊管控。严格落实…`).
fn is_run_in_task(t: &str) -> bool {
    label(t).is_some_and(|l| {
        grammar::split_run_in(&l.rest).is_some_and(|(title, run_in)| {
            title.chars().count() <= 16
                && !title.contains(['，', ','])
                && TASK_VERBS.iter().any(|v| title.starts_with(v))
                && run_in.is_some_and(|r| r.chars().count() >= 30)
        })
    })
}

/// A numbered task's title line alone, no punctuation in it (`3.加强湿地用途管制` after notes
/// `注：1.…` `2.…`): the text's next heading, numbered on from the notes, not a note.
fn is_task_title(t: &str) -> bool {
    label(t).is_some_and(|l| {
        let rest = l.rest.trim();
        let n = rest.chars().count();
        (4..=16).contains(&n)
            && !rest.contains(|c: char| "。，；：、,;:（）()“”%".contains(c) || c.is_ascii_digit())
            && TASK_VERBS.iter().any(|v| rest.starts_with(v))
    })
}

/// A short paragraph after a table's notes that goes on about the table's cells, unnumbered:
/// `指标2的下降幅度以2020年为基数计算；“—”表示无基期数据。` (an indicator by its number, what a
/// mark in the cells means, `本表`, `表中`).
fn speaks_of_the_table(t: &str) -> bool {
    let t = strip_spaces(t);
    let by_number = t
        .strip_prefix("指标")
        .or_else(|| t.strip_prefix("第"))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let marks = [
        "“—”表示",
        "“/”表示",
        "“-”表示",
        "*表示",
        "★表示",
        "带*",
        "带★",
    ]
    .iter()
    .any(|m| t.contains(m));
    // (`第 6 页 共 6 页` is the page's footer, not a note on row 6.)
    t.chars().count() <= 120
        && (by_number || marks || t.starts_with("本表") || t.starts_with("表中"))
        && crate::grammar::page_of_pages(&t).is_none()
}

/// A first note without its name (`注：`, `说明：`, `资料来源：` …): `1.标注…` of
/// `说明：1.标注…`, so that the notes numbered on after it are read too.
fn note_body(t: &str) -> &str {
    ["资料来源", "数据来源", "来源", "说明", "备注", "注"]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .map_or(t, |r| r.trim_start_matches(['：', ':', ' ', '\u{3000}']))
}

/// Where to join two of a row's pieces, one more than its columns, so that each cell fits its
/// column in the item rows before (`cells[off + i]` for piece `i`) as [`Profile::fit`] measures
/// it: as long as the column's cells usually are, a value where the column holds values and words
/// where it holds words, bodies where it names bodies (`审批时间压减至25个工作日以内` is no part
/// of the 牵头单位 `市住房城乡建设局、市行政审批服务局`); and never
/// a value as half of a cell (`9.5` is no part of `2027—2030年`: `区体育局` / `区建管委` is the
/// cell over two lines). At least two such rows, and one join clearly better than every other.
fn profile_join(rows: &[TableRow], off: usize, after: &[Piece]) -> Option<usize> {
    if after.len() < 2 {
        return None;
    }
    let width = after.len() - 1;
    let profile = Profile::with_empty(rows, off, width, true)?;
    let texts: Vec<String> = after.iter().map(Piece::text).collect();
    let cost = |i: usize| -> f64 {
        let mut cells: Vec<String> = texts.clone();
        let second = cells.remove(i + 1);
        let halves_a_value = is_value_cell(&cells[i]) || is_value_cell(&second);
        // (Bodies and other words are not one cell either: `各街道（镇）` / `2030年`.)
        let halves_a_list = names_bodies(&cells[i]) != names_bodies(&second);
        // (Nor is a cell that opens with its task's verb the end of the one before, unless
        // that stops mid-phrase: `…铁水联运` / `专用线工程` / `新建铁路专用线…`.)
        let before_a_task = TASK_VERBS.iter().any(|v| second.starts_with(v))
            && (second.chars().count() > 8 || second.contains(['，', ',']))
            && !cells[i].ends_with(['，', '、', ',', '；', '：']);
        cells[i].push_str(&second);
        // (Nor one that leaves a cell without the words every cell of its column ends with
        // when the other join gives them: `葑金公路沿线中小桥` / `改造工程` under names that
        // all end in `工程`.)
        // (One misfit for each such cell: `青柳镇` may end otherwise than `…街道`, and
        // `区域供水厂青柳镇` than both columns.)
        let unlike_their_columns = cells
            .iter()
            .enumerate()
            .filter(|&(c, cell)| {
                column_ending(rows, off + c).is_some_and(|end| !cell.ends_with(end.as_str()))
            })
            .count();
        profile.cost_with_gaps(&cells, &[])
            + unlike_their_columns as f64
            + if halves_a_value || halves_a_list || before_a_task {
                1.0
            } else {
                0.0
            }
    };
    clearly_best((0..width).map(|i| (cost(i), i)), 0.25)
}

/// The words every cell of column `j` of the item rows ends with, two CJK characters at least,
/// where two rows or more write the column (`工程` of `金渡大桥维修加固工程`,
/// `望舟港桥拆除重建工程`).
fn column_ending(rows: &[TableRow], j: usize) -> Option<String> {
    let cells: Vec<Vec<char>> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item)
        .filter_map(|r| r.cells.get(j).filter(|c| !c.is_empty()))
        .map(|c| c.chars().collect())
        .collect();
    let first = cells.first()?;
    let shared = (0..first.len())
        .take_while(|&k| {
            let ch = first[first.len() - 1 - k];
            crate::text::is_cjk(ch)
                && cells
                    .iter()
                    .all(|c| c.len() > k && c[c.len() - 1 - k] == ch)
        })
        .count();
    (cells.len() >= 2 && shared >= 2).then(|| first[first.len() - shared..].iter().collect())
}

/// In a row of as many pieces as columns (`cells[off + c]` for column `c` after the number), a
/// cell split over two pieces together with an empty cell that vanished: the pieces `i` and
/// `i + 1` to join and the column `g` to leave empty, when that fits the item rows before (as
/// [`profile_gap`] measures it) better than the row as written by a whole misfit at least, and
/// no other join comes near. Of the gaps that fit equally (values under several year columns),
/// the one `hint` picks among them; none when it picks none. With `category`, the gap is the
/// first column's, a category the rows before have left to the row above, and the row need
/// not have a cell out of its column's kind.
fn profile_join_gap(
    rows: &[TableRow],
    off: usize,
    after: &[Piece],
    category: bool,
    hint: impl Fn(&[usize]) -> Option<usize>,
) -> Option<(usize, usize)> {
    let width = after.len();
    if width < 3 {
        return None;
    }
    let profile = Profile::of(rows, off, width)?;
    // (A row's name fits its column however long, where a cell as written is out of its
    // column's kind whatever its length and the name goes on in words: `临湍经济技术` /
    // `开发区` beside `湍城区`, `开发区` under figures. Not a piece with figures after the name:
    // `风电30万千瓦、光伏20万千瓦，…` under `100万千瓦` is the row's scale.)
    let misplaced = after
        .iter()
        .enumerate()
        .any(|(c, p)| profile.kind_with(amount_of(&p.text()), c, false) > 0.0);
    let words_after_name = after
        .get(1)
        .is_some_and(|p| !p.text().chars().any(|ch| ch.is_ascii_digit()));
    let by_length = |c: usize| c > 0 || category || !misplaced || !words_after_name;
    let kind = |t: &str, c: usize| profile.kind_with(t, c, by_length(c));
    let fit = |t: &str, c: usize| profile.fit_with(t, c, by_length(c));
    let texts: Vec<String> = after.iter().map(Piece::text).collect();
    // Only a row with a cell out of its column's kind as written (a unit under a year; not an
    // amount with a remark in brackets under amounts, `3500（含市级补助1200万元）`), or one that
    // may have left its category to the row above.
    if !category
        && texts
            .iter()
            .enumerate()
            .all(|(c, t)| kind(amount_of(t), c) == 0.0)
    {
        return None;
    }
    let as_written: f64 = texts.iter().enumerate().map(|(c, t)| fit(t, c)).sum();
    // (A cell that ends as every cell of its column above, `青石镇、柳塘镇、枫桥镇等7个乡镇` under
    // `城关镇` `柳塘镇`, is whole where it stands.)
    let ends_as_column = |i: usize| {
        let last = texts[i].chars().last();
        let ends: Vec<char> = rows
            .iter()
            .filter(|r| r.kind == RowKind::Item)
            .filter_map(|r| r.cells.get(off + i).and_then(|c| c.chars().last()))
            .collect();
        ends.len() >= 2 && ends.iter().all(|&c| Some(c) == last)
    };
    let mut choices: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..width - 1 {
        // Never a value or a placeholder halved, nor a cell joined to one.
        if [&texts[i], &texts[i + 1]]
            .iter()
            .any(|t| is_value_cell(t) || is_placeholder(t))
            || ends_as_column(i)
            || ends_as_column(i + 1)
            // (Nor bodies, `市生态环境局、市水利局`, the end of a sentence before them; nor
            // words after a name that ends as a body's, `…利用中心` `资源化利用`; unless the
            // second ends the first as every cell of its column ends, `湖滨新城东片` /
            // `社区商业中心` under names all ending in `社区商业中心`.)
            || (names_bodies(&texts[i + 1]) != names_bodies(&texts[i])
                && !column_ending(rows, off + i).is_some_and(|end| {
                    !texts[i].ends_with(end.as_str()) && texts[i + 1].ends_with(end.as_str())
                }))
        {
            continue;
        }
        let mut joined = texts.clone();
        let second = joined.remove(i + 1);
        joined[i].push_str(&second);
        // (Not the first column: a row keeps its name; with `category`, only that column, the
        // category's.)
        let gaps = if category { 0..1 } else { 1..width };
        for g in gaps {
            let at = |j: usize| if j < g { j } else { j + 1 };
            // Every cell of its column's kind once joined.
            if joined.iter().enumerate().any(|(j, t)| kind(t, at(j)) > 0.0) {
                continue;
            }
            let cost: f64 = joined.iter().enumerate().map(|(j, t)| fit(t, at(j))).sum();
            choices.push((cost, i, g));
        }
    }
    let best = choices.iter().map(|c| c.0).min_by(f64::total_cmp)?;
    if as_written - best < 1.0 {
        return None;
    }
    let near: Vec<&(f64, usize, usize)> = choices.iter().filter(|c| c.0 - best < 0.25).collect();
    let i = near.first()?.1;
    if near.iter().any(|c| c.1 != i) {
        return None;
    }
    let gaps: Vec<usize> = near.iter().map(|c| c.2).collect();
    match gaps.as_slice() {
        [g] => Some((i, *g)),
        _ => hint(&gaps).map(|g| (i, g)),
    }
}

/// Where a row's `texts`, one more than its cells in columns `off..` of the item rows read so
/// far, join when that is not at the last two: never a text some item row writes as a whole
/// cell (`保留历史建筑`, `第四批`), and every cell of its column's kind once joined. When the last
/// two may join, only where the row then fits its columns clearly better (by one misfit); when
/// they may not, where it fits best, a later join before an earlier one as good (`东市石桥`
/// `东市河与文庙街` `交汇处` `保留历史建筑` `第四批` under 名称 地址 保护类别 公布批次: `交汇处`
/// goes on the address).
fn join_within(rows: &[TableRow], off: usize, texts: &[String]) -> Option<usize> {
    let width = texts.len().checked_sub(1).filter(|&w| w >= 2)?;
    let profile = Profile::of(rows, off, width)?;
    let whole = |t: &str| {
        !is_placeholder(t)
            && rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .any(|r| r.cells.iter().any(|c| c == t))
    };
    let may_join = |i: usize| {
        [&texts[i], &texts[i + 1]]
            .iter()
            .all(|t| !is_value_cell(t) && !is_placeholder(t) && !whole(t))
    };
    let cost = |i: usize| -> Option<f64> {
        let mut joined = texts.to_vec();
        let second = joined.remove(i + 1);
        joined[i].push_str(&second);
        if joined
            .iter()
            .enumerate()
            .any(|(c, t)| profile.kind(t, c) > 0.0)
        {
            return None;
        }
        Some(
            joined
                .iter()
                .enumerate()
                .map(|(c, t)| profile.fit(t, c))
                .sum(),
        )
    };
    let at_end = width - 1;
    let choices: Vec<(usize, f64)> = (0..at_end)
        .filter(|&i| may_join(i))
        .filter_map(|i| cost(i).map(|c| (i, c)))
        .collect();
    let best = choices.iter().map(|c| c.1).min_by(f64::total_cmp)?;
    let i = choices.iter().rev().find(|c| c.1 - best < 0.25)?.0;
    if may_join(at_end) {
        let end_cost = cost(at_end).unwrap_or(f64::INFINITY);
        return (end_cost - best >= 1.0).then_some(i);
    }
    Some(i)
}

/// Whether the last piece of a row's pieces `seg` (its number first), which fill its `e` cells
/// after the number exactly, is rather the category cell of the next row under a merged
/// category column, the row having lost an empty cell (`4` `小压站提标改造` `改造小压站30座`
/// `2021—2025年`, then `公共厕所` `5` …): a short category-like cell that fits the item rows
/// before clearly worse in this row than the row does with a gap.
fn next_category_ends(rows: &[TableRow], seg: &[Piece], e: usize) -> bool {
    let Some((last, _)) = seg.split_last() else {
        return false;
    };
    // (Nor a figure, or words after one: `[150]`, `[1200]，具备条件的…`, a value.)
    let t = last.text();
    let figure_first = t
        .trim_start_matches(['[', '［', '〔', '≥', '≤', '约'])
        .starts_with(|c: char| c.is_ascii_digit());
    if seg.len() != e + 1 || e < 3 || last.gap == 0 || !is_category_cell(&t) || figure_first {
        return false;
    }
    // (Nor words with a comma or a figure where no category written so far has one:
    // `主体已完工，2026年投入使用` after `儿童福利设施`, `未成年人保护阵地`.)
    let unlike = |c: &str| c.contains(['，', ',']) || c.contains(|ch: char| ch.is_ascii_digit());
    let categories: Vec<&String> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item)
        .filter_map(|r| r.group.as_ref().filter(|c| !c.is_empty()))
        .collect();
    if unlike(&t) && !categories.is_empty() && !categories.iter().any(|c| unlike(c)) {
        return false;
    }
    let Some(profile) = Profile::of(rows, 1, e) else {
        return false;
    };
    // (Not a body where the column's cells so far all name bodies: `市应急局` under 责任单位,
    // shorter than `市应急局、市住房城乡建设局` above it.)
    let bodies = profile
        .columns
        .get(e - 1)
        .is_some_and(|c| !c.is_empty() && c.iter().all(|t| names_bodies(t)));
    if bodies && names_bodies(&last.text()) {
        return false;
    }
    let texts: Vec<String> = seg[1..].iter().map(Piece::text).collect();
    let as_read: f64 = texts
        .iter()
        .enumerate()
        .map(|(c, t)| profile.fit(t, c))
        .sum();
    let shorter = &texts[..texts.len() - 1];
    let with_gap = (1..e)
        .map(|g| profile.cost_with_gaps(shorter, &[g]))
        .min_by(f64::total_cmp);
    with_gap.is_some_and(|c| as_read - c >= 1.0)
}

/// Whether a row's pieces before its attribute, `row` (one fewer than the `width` cells after
/// the category plus the category), read better as a new category and `width - 1` cells with
/// one gap than as `width` cells under the category above: the first a category-like cell, and
/// the cells fitting the item rows read so far (`rows`) clearly better with the gap.
fn opens_group_one_short(rows: &[TableRow], row: &[Piece], width: usize) -> bool {
    let Some((first, rest)) = row.split_first() else {
        return false;
    };
    let t0 = first.text();
    // (Not an indicator's name, `低效用地再开发面积`, nor one before its unit.)
    let name_next = rest.first().is_some_and(|p| {
        let t = p.text();
        !is_unit_like(&t) && !is_numberish(&t) && !is_value_cell(&t) && !is_placeholder(&t)
    });
    if !is_category_cell(&t0)
        || is_numberish(&t0)
        || is_value_cell(&t0)
        || names_measure(&t0)
        || !name_next
        || rest.len() + 1 != width
    {
        return false;
    }
    let Some(profile) = Profile::of(rows, 0, width) else {
        return false;
    };
    let texts: Vec<String> = row.iter().map(Piece::text).collect();
    let as_merged: f64 = texts
        .iter()
        .enumerate()
        .map(|(c, t)| profile.fit(t, c))
        .sum();
    let with_gap = (1..width)
        .map(|g| profile.cost_with_gaps(&texts[1..], &[g]))
        .min_by(f64::total_cmp);
    with_gap.is_some_and(|c| as_merged - c >= 1.0)
}

/// Under a category column before the number, the last piece of a row's segment `seg` when
/// the next row, at `next`, numbers from 1 again: that group's first row has its category, the
/// piece right before its `1`.
fn next_group_category(body: &[Piece], seg: &[Piece], next: usize) -> bool {
    let restarts = body
        .get(next)
        .is_some_and(|x| row_number(&x.text()) == Some(1));
    restarts
        && seg.len() > 2
        && seg.last().is_some_and(|x| {
            let t = x.text();
            is_category_cell(&t) && !is_numberish(&t) && !is_unit_like(&t)
        })
}

/// A goal in words: a state reached or a change (`全覆盖`, `基本建立`, `稳步提高`,
/// `控制在…以内`).
fn states_a_goal(t: &str) -> bool {
    names_state(t)
        || [
            "覆盖", "建立", "形成", "完善", "健全", "实现", "达到", "提高", "提升", "增长", "降低",
            "下降", "减少", "保持", "稳定", "控制", "以上", "以内", "以下", "左右", "全面", "基本",
            "初步", "显著", "明显", "有效",
        ]
        .iter()
        .any(|w| t.contains(w))
}

/// Words that end as the name of what an indicator measures (`…覆盖率`, `…人数`, `…比重`), not
/// as a value in words (`全覆盖`, `基本建立`).
fn names_measure(t: &str) -> bool {
    let t = strip_spaces(t);
    t.chars().count() >= 4
        && [
            "率", "人数", "人次", "个数", "数量", "总量", "比例", "比重", "占比", "面积", "指数",
            "水平", "程度", "能力",
        ]
        .iter()
        .any(|w| t.ends_with(w))
}

/// A cell's amount as totals add it: a plain number, thousands commas aside (`1,200`).
fn sum_amount(t: &str) -> Option<f64> {
    // (An amount with a remark in brackets counts as the amount: `12.6（含边坡3.2）`.)
    let t: String = strip_spaces(amount_of(t.trim()))
        .chars()
        .filter(|&c| c != ',')
        .collect();
    t.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// A row whose vanished cell was left empty in the wrong place among its numbers, where only one
/// other place makes every column sum to the total row under them (or to the subtotal of its
/// group and the total, `白及` `1.2` `3.0` `5.4` without its 2020 产值) (`8` `监测监管平台建设`
/// `全县` `…` `1200` `2022—2023年` under 修复面积 and 估算投资, `合计` `12339.5` `91000`: `1200` is
/// the investment; `临湍高新技术产业开发区` `18` `5` `3` `26`, its 居民小区 vanished, not its
/// 小计). Its empty cell moves there, the numbers between it shifting over, and the report of the
/// gap says where and why.
fn gap_by_total(acc: &mut Acc) {
    let is_total = |r: &TableRow| {
        is_total_label(&r.name) || r.cells.first().is_some_and(|c| is_total_label(c))
    };
    let total_rows: Vec<usize> = (0..acc.rows.len())
        .filter(|&i| acc.rows[i].kind == RowKind::Item && is_total(&acc.rows[i]))
        .collect();
    if total_rows.is_empty() {
        return;
    }
    let sub =
        |r: &TableRow| r.name.starts_with("其中") || r.cells.iter().any(|c| c.starts_with("其中"));
    let is_item = |i: usize| {
        acc.rows[i].kind == RowKind::Item && !total_rows.contains(&i) && !sub(&acc.rows[i])
    };
    // (Subtotals, `小计` after each group, sum the items since the total before them; another
    // total, every item.)
    let subtotal = |r: &TableRow| {
        strip_spaces(&r.name) == "小计"
            || r.cells.first().is_some_and(|c| strip_spaces(c) == "小计")
    };
    let mut checks: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut from = 0;
    for &t in &total_rows {
        // (A lone total sums every item, before it or after.)
        let of = if subtotal(&acc.rows[t]) && total_rows.len() > 1 {
            from..t
        } else {
            0..acc.rows.len()
        };
        checks.push((t, of.filter(|&i| is_item(i)).collect()));
        from = t + 1;
    }
    let items: Vec<usize> = (0..acc.rows.len()).filter(|&i| is_item(i)).collect();
    if items.len() < 2 {
        return;
    }
    let rows = &acc.rows;
    // (An empty cell or a placeholder adds nothing; words make no sum.)
    let amount = |x: &str| match x {
        "" => Some(0.0),
        x if is_placeholder(x) => Some(0.0),
        x => sum_amount(x),
    };
    // Whether every total is its column's sum, row `r` read as `cells`.
    let sums_with = |r: usize, cells: &[String]| -> Option<bool> {
        let mut all = true;
        let mut any = false;
        for (t, of) in &checks {
            for (c, x, total) in rows[*t]
                .cells
                .iter()
                .enumerate()
                .filter_map(|(c, x)| sum_amount(x).map(|v| (c, x, v)))
            {
                let mut s = Some(0.0);
                for &i in of {
                    let row: &[String] = if i == r { cells } else { &rows[i].cells };
                    s = s
                        .zip(amount(row.get(c).map_or("", String::as_str)))
                        .map(|(a, b)| a + b);
                }
                // (A count of the names, `9个` under 便民服务中心, sums no column.)
                let s = match s {
                    None if counts_things(x) => continue,
                    s => s?,
                };
                any = true;
                all &= sums_close(total, s);
            }
        }
        any.then_some(all)
    };
    if sums_with(usize::MAX, &[]) != Some(false) {
        return;
    }
    // (The row, its empty cells, the places they move to.)
    let mut fits: Vec<(usize, Vec<usize>, Vec<usize>)> = Vec::new();
    for &i in &items {
        let cells = &rows[i].cells;
        let empty: Vec<usize> = (0..cells.len()).filter(|&c| cells[c].is_empty()).collect();
        if empty.is_empty() || empty.len() > MOST_GAPS {
            continue;
        }
        for places in choose_places(cells.len(), empty.len()) {
            if places == empty {
                continue;
            }
            let moved = with_gaps_at(cells, &places);
            // (Only numbers shift over.)
            let shifted_words = (0..cells.len()).any(|c| {
                moved[c] != cells[c] && !moved[c].is_empty() && sum_amount(&moved[c]).is_none()
            });
            if !shifted_words && sums_with(i, &moved) == Some(true) {
                fits.push((i, empty.clone(), places));
            }
        }
    }
    let [(i, ref was, ref now)] = fits[..] else {
        return;
    };
    let column = |c: usize| acc.columns.get(c + 1).cloned().unwrap_or_default();
    let names = |cs: &[usize]| {
        cs.iter()
            .map(|&c| format!("`{}`", column(c)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (was_names, now_names) = (names(was), names(now));
    let label = row_label(&rows[i]);
    // (The report of the gaps as first placed: under their columns, or at the row's end. A row
    // under a merged category is reported by its own name, its first cell.)
    let named = |m: &str| {
        m.contains(&format!("row {label}:"))
            || rows[i]
                .cells
                .first()
                .is_some_and(|c| !c.is_empty() && m.contains(&format!("row {c}:")))
    };
    let Some(w) = acc.warnings.iter().position(|(_, m)| {
        named(m)
            && (m.contains(&format!("under {was_names}")) || m.contains("left empty at the end"))
    }) else {
        return;
    };
    acc.rows[i].cells = with_gaps_at(&acc.rows[i].cells, now);
    acc.warnings[w].1 = if was.len() == 1 {
        format!(
            "row {label}: a cell missing; left empty under {now_names}, not {was_names}: only so \
             does every column sum to the total row"
        )
    } else {
        format!(
            "row {label}: {} cells missing; left empty under {now_names}, not {was_names}: only \
             so does every column sum to the total row",
            was.len()
        )
    };
}

/// Every choice of `k` places among `n`, in order.
fn choose_places(n: usize, k: usize) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new()];
    for _ in 0..k {
        out = out
            .into_iter()
            .flat_map(|c| {
                let from = c.last().map_or(0, |&l| l + 1);
                (from..n).map(move |g| {
                    let mut c = c.clone();
                    c.push(g);
                    c
                })
            })
            .collect();
    }
    out
}

/// `cells` with their empty cells at `places` instead, the others in order around them.
fn with_gaps_at(cells: &[String], places: &[usize]) -> Vec<String> {
    let mut written = cells.iter().filter(|c| !c.is_empty());
    (0..cells.len())
        .map(|c| {
            if places.contains(&c) {
                String::new()
            } else {
                written.next().cloned().unwrap_or_default()
            }
        })
        .collect()
}

/// Rows one cell short whose gap no row alone could place (each left empty at the end) lack
/// a cell merged over them from the row above, when one column takes every such gap so that
/// their cells fit the whole rows' columns as well as at the end and share clearly more of their
/// words, all rows together:
/// `保护类别` written once for its rows (`风貌保护街坊`, `优秀历史建筑`) and each row's
/// `修缮方式` after its address. Three such rows at least; each report says where and why.
fn gaps_of_a_merged_column(acc: &mut Acc) {
    let width = acc.columns.len().saturating_sub(1);
    if width < 3 {
        return;
    }
    let whole: Vec<TableRow> = acc
        .rows
        .iter()
        .filter(|r| {
            r.kind == RowKind::Item
                && r.cells.len() == width
                && r.cells.iter().all(|c| !c.is_empty())
        })
        .cloned()
        .collect();
    let Some(profile) = Profile::of(&whole, 0, width) else {
        return;
    };
    // (The rows, each with its report.)
    let short: Vec<(usize, usize)> = acc
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            r.kind == RowKind::Item
                && r.cells.len() == width
                && r.cells.last().is_some_and(String::is_empty)
                && r.cells.iter().filter(|c| c.is_empty()).count() == 1
        })
        .filter_map(|(i, r)| {
            let l = row_label(r);
            acc.warnings
                .iter()
                .position(|(_, m)| {
                    m.starts_with(&format!("row {l}: ")) && m.ends_with("left empty at the end")
                })
                .map(|w| (i, w))
        })
        .collect();
    if short.len() < 3 {
        return;
    }
    let cost = |g: usize| -> f64 {
        short
            .iter()
            .map(|&(i, _)| {
                let texts = &acc.rows[i].cells[..width - 1];
                profile.cost_with_gaps(texts, &[g])
            })
            .sum()
    };
    // The words the rows' cells share with the whole rows' cells of the columns they stand in
    // (`修缮` `改造` under 修缮方式, `历史建筑` under 保护类别): pairs of characters in common.
    let pairs = |t: &str| -> Vec<(char, char)> {
        let c: Vec<char> = t.chars().filter(|c| c.is_alphanumeric()).collect();
        let mut v: Vec<(char, char)> = c.windows(2).map(|w| (w[0], w[1])).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let vocabulary: Vec<Vec<(char, char)>> = (0..width)
        .map(|c| {
            let mut v: Vec<(char, char)> = whole.iter().flat_map(|r| pairs(&r.cells[c])).collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let shared = |g: usize| -> usize {
        short
            .iter()
            .map(|&(i, _)| {
                let texts = &acc.rows[i].cells[..width - 1];
                let mut columns = (0..width).filter(|&c| c != g);
                texts
                    .iter()
                    .map(|t| {
                        let c = columns.next().unwrap_or(0);
                        pairs(t)
                            .iter()
                            .filter(|p| vocabulary[c].binary_search(p).is_ok())
                            .count()
                    })
                    .sum::<usize>()
            })
            .sum()
    };
    let last = width - 1;
    let (at_end, shared_at_end) = (cost(last), shared(last));
    // A column (never the row's name's) where the cells fit their columns as well as with the
    // gaps at the end, and share clearly more words with them: one pair a row more at least,
    // and the one such column.
    let better: Vec<usize> = (1..last)
        .filter(|&g| cost(g) <= at_end + 0.25 && shared(g) >= shared_at_end + short.len())
        .collect();
    let [g] = better[..] else {
        return;
    };
    let column = acc.columns.get(g + 1).cloned().unwrap_or_default();
    let n = short.len();
    for (i, w) in short {
        let row = &mut acc.rows[i];
        row.cells.pop();
        row.cells.insert(g, String::new());
        let l = row_label(row);
        if let Some(m) = acc.warnings.get_mut(w) {
            m.1 = format!(
                "row {l}: a cell missing; left empty under `{column}`, merged over it from a row \
                 above: so the cells of the {n} rows so short share the words of their columns"
            );
        }
    }
}

/// The most steps of the search for the placing of a schedule's vanished cells that
/// [`schedule_rows`] takes (each step one row's placing tried, a sum over its total cutting the
/// rest of a branch).
const MOST_PLACINGS: usize = 200_000;

/// The placings of the short rows (`options`: each row's figures and the ways to place them)
/// that make every column sum to `totals`, depth first from option `o`, `sums` the column sums
/// so far: a sum over its total (figures are not negative) ends a branch. Stops at a second
/// placing found or when `steps` run out.
fn search_placings(
    o: usize,
    options: &[(&[f64], Vec<Vec<usize>>)],
    sums: &mut [f64],
    totals: &[f64],
    choice: &mut Vec<usize>,
    found: &mut Vec<Vec<usize>>,
    steps: &mut usize,
) {
    if found.len() > 1 || *steps == 0 {
        return;
    }
    let Some((values, fits)) = options.get(o) else {
        if sums.iter().zip(totals).all(|(s, t)| sums_close(*t, *s)) {
            found.push(choice.clone());
        }
        return;
    };
    for (f, at) in fits.iter().enumerate() {
        *steps = steps.saturating_sub(1);
        if *steps == 0 {
            return;
        }
        for (v, &c) in values.iter().zip(at) {
            sums[c] += v;
        }
        let over = sums
            .iter()
            .zip(totals)
            .any(|(s, t)| *s > *t && !sums_close(*t, *s));
        if !over {
            choice.push(f);
            search_placings(o + 1, options, sums, totals, choice, found, steps);
            choice.pop();
        }
        for (v, &c) in values.iter().zip(at) {
            sums[c] -= v;
        }
        if found.len() > 1 {
            return;
        }
    }
}

/// A schedule by year under a caption: a header of a name column, two years at least and perhaps
/// a total column (`乡镇` `2026年` … `2030年` `合计`), then rows of a name and its figures, where a
/// year with nothing to do has its cell vanished (`城关镇` `0.30` `0.25` `0.55`: two years and
/// the total), and a total row last. The figures of the rows short of cells go where every
/// column sums to the total row and each row's figures to its own total, when one placing
/// does so; the report says where each gap went and why. `None` when the pieces read so
/// otherwise, or no single placing fits.
fn schedule_rows(ps: &[Piece], acc: &mut Acc) -> Option<Shape> {
    let figure = |p: &Piece| {
        let t = p.text();
        sum_amount(&t).is_some()
    };
    // (A name may hold its second line in brackets: `茶园乡` / `（含国有茶场）`; or go on in
    // it from a bracket or a route's dash left open: `105路（县城—龙井乡—` / `桃坪乡）`.)
    let name = |p: &Piece| {
        let t = p.text();
        (p.parts.len() == 1
            || (p.parts.len() == 2
                && (p.parts[1].starts_with(['（', '(']) || splits_open(&p.parts[0], &p.parts[1]))))
            && !figure(p)
            && !is_placeholder(&t)
            && !is_note_start(&t)
            && !is_stop(&t)
    };
    // The header: a name column, then years, then perhaps a total.
    // (It ends before the first row's name, the piece before the first figure.)
    let h = ps.iter().position(figure)?.checked_sub(1)?;
    if !ps[..h].iter().all(is_header_cell) {
        return None;
    }
    let header: Vec<String> = column_names(ps.get(..h)?);
    let years = header.iter().skip(1).filter(|c| is_year_header(c)).count();
    let total_column = header.last().is_some_and(|c| is_total_label(c));
    if h < 3 || years < 2 || years + 1 + usize::from(total_column) != h {
        return None;
    }
    let width = h - 1;
    // (A schedule of a plan's years: a dozen columns at most keeps the placings few.)
    if width > 12 {
        return None;
    }
    // The rows: a name and one figure at least, as many as the columns at most.
    let mut rows: Vec<(usize, Vec<f64>, Vec<String>)> = Vec::new();
    let mut i = h;
    while ps.get(i).is_some_and(name) {
        let values: Vec<&Piece> = ps[i + 1..].iter().take_while(|v| figure(v)).collect();
        if values.is_empty() || values.len() > width {
            break;
        }
        rows.push((
            i,
            values
                .iter()
                .filter_map(|v| sum_amount(&v.text()))
                .collect(),
            values.iter().map(|v| v.text()).collect(),
        ));
        i += 1 + values.len();
    }
    let end = i;
    let whole = rows.iter().filter(|r| r.1.len() == width).count();
    let short = rows.len() - whole;
    if rows.len() < 3 || whole < 2 || short == 0 {
        return None;
    }
    // The total row: the last, whole, labelled as a total.
    let (last_at, last_values, _) = rows.last()?;
    if !is_total_label(&ps[*last_at].text()) || last_values.len() != width {
        return None;
    }
    let totals = last_values.clone();
    let items = &rows[..rows.len() - 1];
    // Every way to place each short row's figures, in order, among the columns.
    fn placings(n: usize, width: usize) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> = vec![Vec::new()];
        for k in 0..n {
            out = out
                .into_iter()
                .flat_map(|c| {
                    let from = c.last().map_or(0, |&l| l + 1);
                    // (Room for the figures after this one.)
                    let to = width - (n - k - 1);
                    (from..to).map(move |g| {
                        let mut c = c.clone();
                        c.push(g);
                        c
                    })
                })
                .collect();
        }
        out
    }
    // (Each row's figures to its own total first: it rules out most placings.)
    let own_total_ok = |values: &[f64], at: &[usize]| {
        !total_column || {
            let mut cells = vec![0.0; width];
            for (v, &c) in values.iter().zip(at) {
                cells[c] = *v;
            }
            sums_close(cells[width - 1], cells[..width - 1].iter().sum())
        }
    };
    // (Figures are not negative: a column summing over its total ends a branch.)
    if items.iter().any(|r| r.1.iter().any(|v| *v < 0.0)) {
        return None;
    }
    let mut options: Vec<(usize, Vec<Vec<usize>>)> = Vec::new();
    for (r, (_, values, _)) in items.iter().enumerate() {
        if values.len() == width {
            continue;
        }
        let fits: Vec<Vec<usize>> = placings(values.len(), width)
            .into_iter()
            .filter(|at| own_total_ok(values, at))
            .collect();
        if fits.is_empty() {
            return None;
        }
        options.push((r, fits));
    }
    // The column sums of the whole rows, then of each placing.
    let mut base = vec![0.0; width];
    for (_, values, _) in items.iter().filter(|r| r.1.len() == width) {
        for (c, v) in values.iter().enumerate() {
            base[c] += v;
        }
    }
    let searched: Vec<(&[f64], Vec<Vec<usize>>)> = options
        .iter()
        .map(|(r, fits)| (items[*r].1.as_slice(), fits.clone()))
        .collect();
    let mut found_all: Vec<Vec<usize>> = Vec::new();
    let mut steps = MOST_PLACINGS;
    search_placings(
        0,
        &searched,
        &mut base,
        &totals,
        &mut Vec::new(),
        &mut found_all,
        &mut steps,
    );
    // (One placing only, found within the steps: none else may fit either.)
    let found: Option<Vec<usize>> = match found_all.as_slice() {
        [one] if steps > 0 => Some(one.clone()),
        _ => None,
    };
    let found = found?;
    let mut table_rows: Vec<TableRow> = Vec::new();
    for (r, (at, _, written)) in rows.iter().enumerate() {
        let mut cells = vec![String::new(); width];
        let place: Vec<usize> = match options.iter().position(|(x, _)| *x == r) {
            Some(o) => options[o].1[found[o]].clone(),
            None => (0..written.len()).collect(),
        };
        for (t, &c) in written.iter().zip(&place) {
            cells[c] = t.clone();
        }
        let label = ps[*at].text();
        if place.len() < width {
            let empty: Vec<String> = (0..width)
                .filter(|c| !place.contains(c))
                .map(|c| format!("`{}`", header.get(c + 1).map_or("", String::as_str)))
                .collect();
            acc.warnings.push((
                ps[*at].first_no(),
                format!(
                    "row {label}: {} of {width} cells; left empty under {}: only so does every \
                     column sum to the total row{}",
                    place.len(),
                    empty.join(" "),
                    if total_column {
                        " and the row to its own total"
                    } else {
                        ""
                    }
                ),
            ));
        }
        table_rows.push(named_row(
            std::iter::once(label).chain(cells).collect(),
            None,
        ));
    }
    acc.columns = header;
    acc.rows = table_rows;
    Some(Shape { used: end })
}

/// Whether a written total `v` is the sum `s`: to a thousandth of it, or a cent at least
/// (figures rounded as printed).
fn sums_close(v: f64, s: f64) -> bool {
    (v - s).abs() <= (s.abs() * 1e-3).max(0.011)
}

/// Where a total row one cell short lacks its cell: the one place where each of its values
/// (`11800`, `30`) is the sum of the item rows' numbers in the column it falls under, every
/// such column all numbers. `None` when no place or more than one fits so.
fn total_gap(rows: &[TableRow], values: &[Piece]) -> Option<usize> {
    let number = sum_amount;
    let items: Vec<&TableRow> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item && !r.name.starts_with("其中"))
        .collect();
    if items.len() < 2 {
        return None;
    }
    let sum = |c: usize| -> Option<f64> {
        items
            .iter()
            .map(|r| r.cells.get(c).and_then(|t| number(t)))
            .sum()
    };
    let fits = |g: usize| {
        values.iter().enumerate().all(|(i, p)| {
            let c = if i < g { i } else { i + 1 };
            match (number(&p.text()), sum(c)) {
                (Some(v), Some(s)) => sums_close(v, s),
                _ => false,
            }
        })
    };
    let mut places = (0..=values.len()).filter(|&g| fits(g));
    let g = places.next()?;
    places.next().is_none().then_some(g)
}

/// A short cell that begins as a category of the rows read so far does (its first two
/// characters), without being one of them: a new group of the same kind (`知识产权保护` after
/// `知识产权创造` and `知识产权运用`).
fn reads_as_category(t: &str, rows: &[TableRow]) -> bool {
    let t = strip_spaces(t);
    let head: String = t.chars().take(2).collect();
    is_category_cell(&t)
        && head.chars().count() == 2
        && t.chars().count() <= 10
        && rows
            .iter()
            .filter_map(|r| r.group.as_deref())
            .any(|g| g != t && strip_spaces(g).starts_with(&head))
}

/// A word before the next row's number that reads as the categories read so far by its size
/// and as none of the last column's words (`警报疏散` after `人防工程`, `指挥通信`, where the last
/// column, 备注, holds `新建`, `续建`, `改造`): the next group's category, this row's last cell
/// being empty. Only when every category so far has its size and every last cell another one;
/// or, under a last column of remarks (`备注`) that every row so far left empty, two rows at
/// least, when it has the size of the one category so far (`污水处理` after `污水收集`).
fn sized_as_category(t: &str, rows: &[TableRow], last_column: Option<&str>) -> bool {
    let t = strip_spaces(t);
    let n = t.chars().count();
    let groups: std::collections::BTreeSet<String> = rows
        .iter()
        .filter_map(|r| r.group.as_deref())
        .map(strip_spaces)
        .collect();
    // (Of whole rows: a sub-row kept short ends on a value.)
    let widest = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let lasts: Vec<String> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item && r.cells.len() == widest)
        .filter_map(|r| r.cells.last())
        .map(|c| strip_spaces(c))
        .filter(|c| !c.is_empty())
        .collect();
    // (A unit by its characters, `污水处理` by its `处`, of four or more and no cell so far.)
    let seen = rows
        .iter()
        .any(|r| r.cells.iter().any(|c| strip_spaces(c) == t));
    let wordy = !is_unit_like(&t) || (n >= 4 && !seen);
    is_category_cell(&t)
        && !is_attr(&t)
        && !is_numberish(&t)
        && !is_value_cell(&t)
        && !is_placeholder(&t)
        && !groups.is_empty()
        && groups.iter().all(|g| g.chars().count() == n)
        // (Never a body where no category names one: `市政务服务办` beside `提升政务服务`.)
        && (!names_bodies(&t) || groups.iter().any(|g| names_bodies(g)))
        && ((groups.len() >= 2
            && !is_unit_like(&t)
            && lasts.len() >= 3
            && lasts.iter().all(|c| c.chars().count() != n && *c != t))
            || (wordy
                && lasts.is_empty()
                && rows.iter().filter(|r| r.kind == RowKind::Item).count() >= 2
                && last_column
                    .is_some_and(|c| ["备注", "说明"].contains(&strip_spaces(c).as_str()))))
}

/// The item rows read so far when two at least fill every column, else the whole rows ahead
/// (`whole`) when there are two, else the rows read: what a row's cells are measured against.
/// (Rows read with cells left empty, a unit merged over them, say little of the column.)
fn rows_or_ahead<'r, 'w: 'r>(
    rows: &'r [TableRow],
    whole: &dyn Fn() -> &'w [TableRow],
) -> &'r [TableRow] {
    let full = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item && r.cells.iter().all(|c| !c.is_empty()))
        .count();
    if full >= 2 {
        return rows;
    }
    let ahead = whole();
    if ahead.len() >= 2 {
        ahead
    } else {
        rows
    }
}

/// A cell that stands for a value not given ([`crate::text::PLACEHOLDERS`]: `—`, `/`, `无` …),
/// or not given yet (`待定`, `暂无`).
fn is_placeholder(t: &str) -> bool {
    let t: String = strip_spaces(t)
        .chars()
        .map(crate::text::fold_width)
        .collect();
    crate::text::PLACEHOLDERS.contains(&t.as_str())
        || ["待定", "暂无", "未评级", "未定级", "未评定"].contains(&t.as_str())
}

/// 1 for a value in a column whose cells (`column`, not empty) hold no value, or words in a
/// column whose cells are all values; 0 otherwise.
fn kind_misfit(t: &str, column: &[&str]) -> f64 {
    let values = column.iter().filter(|x| is_value_cell(x)).count();
    let misfit = if is_value_cell(t) {
        values == 0
    } else {
        !column.is_empty() && values == column.len()
    };
    if misfit {
        1.0
    } else {
        0.0
    }
}

/// The median length of `cells`, in characters (`cells` not empty).
fn median_len(cells: &[&str]) -> f64 {
    let mut lens: Vec<usize> = cells.iter().map(|t| t.chars().count()).collect();
    lens.sort_unstable();
    lens.get(lens.len() / 2).copied().unwrap_or(0) as f64
}

/// How far a cell of `len` characters is from its column's usual `usual`, on a log scale.
fn length_misfit(len: f64, usual: f64) -> f64 {
    ((len + 1.0) / (usual + 1.0)).ln().abs()
}

/// Of the choices `(cost, choice)`, the cheapest when it is cheaper than every other by `margin`
/// at least (and there are two to compare).
fn clearly_best(costs: impl Iterator<Item = (f64, usize)>, margin: f64) -> Option<usize> {
    let mut costs: Vec<(f64, usize)> = costs.collect();
    costs.sort_by(|a, b| a.0.total_cmp(&b.0));
    match costs.as_slice() {
        [(best, i), (next, _), ..] if next - best >= margin => Some(*i),
        _ => None,
    }
}

/// Where an empty cell goes in a row one piece short of its columns (`cells[off + i]` for column
/// `i` after the number), so that the pieces fit the columns of the item rows before: each
/// piece as long as its column's usually are, a value where the column holds values and words
/// where it holds words, and the same text as a cell of the column above counts for it; never
/// a column before `first` (1: never the row's name). At least two such rows, and one place
/// clearly better than every other.
fn profile_gap(rows: &[TableRow], off: usize, pieces: &[Piece], first: usize) -> Option<usize> {
    profile_gap_scaled(rows, off, pieces, first, Vec::new())
}

/// [`profile_gap`], `scaled` the columns of one measure in one unit ([`Profile::scaled`]).
fn profile_gap_scaled(
    rows: &[TableRow],
    off: usize,
    pieces: &[Piece],
    first: usize,
    scaled: Vec<bool>,
) -> Option<usize> {
    if pieces.is_empty() {
        return None;
    }
    let width = pieces.len() + 1;
    let profile = Profile::of(rows, off, width)?.scaled(scaled);
    let texts: Vec<String> = pieces.iter().map(Piece::text).collect();
    let costs = (first..width).map(|g| (profile.cost_with_gaps(&texts, &[g]), g));
    clearly_best(costs.clone(), 0.5).or_else(|| {
        // (Or the cheapest place where only it keeps every piece in its column's kind:
        // `提升改造` under 建设性质, not under 建筑面积 among figures, though it ends otherwise
        // than `新建` and `改扩建`.)
        let choices: Vec<(f64, Vec<usize>)> = costs.map(|(c, g)| (c, vec![g])).collect();
        near_fit_in_kind(&profile, &texts, &choices)?
            .first()
            .copied()
    })
}

/// Of `choices` (a misfit and the columns of the empty cells), the cheapest, when the pieces
/// `texts` fit it all but wholly (below [`NEAR_FIT`]) and it is the only choice that leaves
/// every piece in its column's kind ([`Profile::kind_misfits`]).
fn near_fit_in_kind(
    profile: &Profile,
    texts: &[String],
    choices: &[(f64, Vec<usize>)],
) -> Option<Vec<usize>> {
    let (cost, best) = choices.iter().min_by(|a, b| a.0.total_cmp(&b.0))?;
    let in_kind: Vec<&Vec<usize>> = choices
        .iter()
        .map(|c| &c.1)
        .filter(|g| profile.kind_misfits(texts, g) == 0)
        .collect();
    (*cost < NEAR_FIT && in_kind.as_slice() == [best]).then(|| best.clone())
}

/// How far a bare number (`5`, `3.8`) lies outside the range of a column of bare numbers,
/// three at least and none zero: twice the decades beyond its least or its greatest, at most 2
/// (`5` among counts of `1` and `2` beside a column of `6` to `14`).
fn magnitude_misfit(t: &str, column: &[&str]) -> f64 {
    let bare = |x: &str| -> Option<f64> {
        let x = x.trim();
        let plain = !x.is_empty()
            && x.chars().all(|c| c.is_ascii_digit() || c == '.')
            && x.chars().filter(|&c| c == '.').count() <= 1
            && x.chars().next().is_some_and(|c| c.is_ascii_digit());
        plain
            .then(|| x.parse::<f64>().ok())
            .flatten()
            .filter(|v| *v > 0.0)
    };
    let Some(v) = bare(t) else {
        return 0.0;
    };
    let values: Option<Vec<f64>> = column.iter().map(|x| bare(x)).collect();
    let Some(values) = values.filter(|v| v.len() >= 3) else {
        return 0.0;
    };
    let least = values.iter().copied().fold(f64::INFINITY, f64::min);
    let most = values.iter().copied().fold(0.0, f64::max);
    let decades = if v < least {
        (least / v).log10()
    } else if v > most {
        (v / most).log10()
    } else {
        0.0
    };
    (2.0 * decades).min(2.0)
}

/// A misfit below which the pieces of a row fit their places all but wholly.
const NEAR_FIT: f64 = 0.5;

/// The most cells a row may be short of for [`profile_gaps`] to place them.
const MOST_GAPS: usize = 3;

/// Where the empty cells go in a row `k` pieces short of its columns (`cells[off + i]` for
/// column `i` after the number), as [`profile_gap`] places one: the columns, in order, that
/// leave every piece fitting its column clearly better than any other choice; never a column
/// before `first`.
fn profile_gaps(
    rows: &[TableRow],
    off: usize,
    pieces: &[Piece],
    k: usize,
    first: usize,
) -> Option<Vec<usize>> {
    let choices = gap_choices(rows, off, pieces, k, first, false)?;
    match choices.as_slice() {
        [(best, gaps), (next, _), ..] if next - best >= 0.5 => Some(gaps.clone()),
        [(_, gaps)] => Some(gaps.clone()),
        // (Or the cheapest where only it keeps every piece in its column's kind, as
        // `profile_gap` takes one.)
        _ => {
            let profile = Profile::of(rows, off, pieces.len() + k)?;
            let texts: Vec<String> = pieces.iter().map(Piece::text).collect();
            near_fit_in_kind(&profile, &texts, &choices)
        }
    }
}

/// Every choice of `k` columns among `first..` for the empty cells of a row `k` pieces short
/// (only those holding `first` with `at_first`), with the misfit of the pieces in the columns
/// left, the least first; `None` without a profile of the rows.
fn gap_choices(
    rows: &[TableRow],
    off: usize,
    pieces: &[Piece],
    k: usize,
    first: usize,
    at_first: bool,
) -> Option<Vec<(f64, Vec<usize>)>> {
    if pieces.is_empty() || k == 0 || k > MOST_GAPS {
        return None;
    }
    let width = pieces.len() + k;
    let profile = Profile::of(rows, off, width)?;
    let texts: Vec<String> = pieces.iter().map(Piece::text).collect();
    let mut choices: Vec<Vec<usize>> = vec![Vec::new()];
    for _ in 0..k {
        choices = choices
            .into_iter()
            .flat_map(|c| {
                let from = c.last().map_or(first, |&l| l + 1);
                (from..width).map(move |g| {
                    let mut c = c.clone();
                    c.push(g);
                    c
                })
            })
            .collect();
    }
    if at_first {
        choices.retain(|c| c.first() == Some(&first));
    }
    let mut out: Vec<(f64, Vec<usize>)> = choices
        .into_iter()
        .map(|c| (profile.cost_with_gaps(&texts, &c), c))
        .collect();
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    Some(out)
}

/// Whether a row `k` pieces short under a category column (column 0 after the number) writes
/// its own category: leaving the category to the row above (the usual merged cell) fits the
/// rows before worse, by a whole misfit at least, than the best places for the empty cells
/// among the other columns (`发展夜间经济` is a task, not the 具体内容 it would be under).
fn keeps_category(rows: &[TableRow], off: usize, pieces: &[Piece], k: usize) -> bool {
    // The least misfit with the gaps among columns 1.., and with one of them in column 0.
    let least = |first: usize, at_first: bool| {
        gap_choices(rows, off, pieces, k, first, at_first)
            .and_then(|c| c.first().map(|(cost, _)| *cost))
    };
    match (least(1, false), least(0, true)) {
        (Some(own), Some(merged)) => merged - own >= 1.0,
        _ => false,
    }
}

/// Where an empty cell goes when [`profile_gap`] finds no place clearly best, but the best
/// places are some columns before the last: the one the rows before left empty most often, else
/// the last of them (`区退役军人事务局` the same under 责任单位 and 配合单位, `2022—2025年` under
/// 实施年限: the 配合单位 left empty, as a body that cooperates is more often left out than the
/// one responsible).
fn profile_gap_among_best(rows: &[TableRow], off: usize, pieces: &[Piece]) -> Option<usize> {
    let width = pieces.len() + 1;
    let profile = Profile::of(rows, off, width)?;
    let texts: Vec<String> = pieces.iter().map(Piece::text).collect();
    let costs: Vec<(f64, usize)> = (1..width)
        .map(|g| (profile.cost_with_gaps(&texts, &[g]), g))
        .collect();
    let best = costs.iter().map(|c| c.0).min_by(f64::total_cmp)?;
    let near: Vec<usize> = costs
        .iter()
        .filter(|c| c.0 - best < 0.5)
        .map(|c| c.1)
        .collect();
    // Only when the best places leave out the last column: else the end is as good a guess.
    // Among them, the column the rows before left empty most often (a unit merged over rows,
    // written once: `区城管执法局` leading three tasks), else the last.
    if near.len() < 2 || near.contains(&(width - 1)) {
        return None;
    }
    let empties = |c: usize| {
        rows.iter()
            .filter(|r| r.kind == RowKind::Item)
            .filter(|r| r.cells.get(off + c).is_some_and(|x| x.is_empty()))
            .count()
    };
    near.iter().copied().max_by_key(|&c| (empties(c), c))
}

/// How the cells of the item rows read so far fill columns `off..off + width` of their cells:
/// the non-empty cells of each column, two at least, and their usual length.
struct Profile<'a> {
    columns: Vec<Vec<&'a str>>,
    usual: Vec<f64>,
    /// The columns of one measure in one unit (a header `新建多功能运动场（片）`), where a
    /// figure far outside the column's range is out of place ([`magnitude_misfit`]).
    scaled: Vec<bool>,
}

impl<'a> Profile<'a> {
    fn of(rows: &'a [TableRow], off: usize, width: usize) -> Option<Profile<'a>> {
        Profile::with_empty(rows, off, width, false)
    }

    /// With `empty`, the empty cells count among a column's two and in its usual length.
    fn with_empty(
        rows: &'a [TableRow],
        off: usize,
        width: usize,
        empty: bool,
    ) -> Option<Profile<'a>> {
        let items: Vec<&TableRow> = rows.iter().filter(|r| r.kind == RowKind::Item).collect();
        if items.len() < 2 {
            return None;
        }
        let mut columns: Vec<Vec<&str>> = Vec::with_capacity(width);
        let mut usual = Vec::with_capacity(width);
        for c in 0..width {
            let cells: Vec<&str> = items
                .iter()
                .filter_map(|r| r.cells.get(off + c))
                .map(String::as_str)
                .filter(|t| empty || !t.is_empty())
                .collect();
            if cells.len() < 2 {
                return None;
            }
            usual.push(median_len(&cells));
            columns.push(cells.into_iter().filter(|t| !t.is_empty()).collect());
        }
        Some(Profile {
            columns,
            usual,
            scaled: Vec::new(),
        })
    }

    /// The profile, with `scaled` the columns of one measure in one unit.
    fn scaled(self, scaled: Vec<bool>) -> Profile<'a> {
        Profile { scaled, ..self }
    }

    /// [`magnitude_misfit`] of `t` in column `c`, when the column is of one measure.
    fn magnitude(&self, t: &str, c: usize) -> f64 {
        match (self.scaled.get(c), self.columns.get(c)) {
            (Some(true), Some(column)) => magnitude_misfit(t, column),
            _ => 0.0,
        }
    }

    /// 1 for `t` out of the kind of column `c` ([`kind_misfit`]), or words in a column of very
    /// short cells (units, `万人` `%`) more than twice as long as the longest (2 for words that
    /// read as no unit, `初步建立`, in a column of units); a placeholder
    /// (`—`, `/`) stands for a value.
    fn kind(&self, t: &str, c: usize) -> f64 {
        self.kind_with(t, c, true)
    }

    /// [`Profile::kind`], with `by_length` whether words far longer than a column of very short
    /// cells are out of its kind.
    fn kind_with(&self, t: &str, c: usize, by_length: bool) -> f64 {
        let Some(column) = self.columns.get(c).filter(|_| !is_placeholder(t)) else {
            return 0.0;
        };
        let longest = column.iter().map(|x| x.chars().count()).max().unwrap_or(0);
        let n = t.chars().count();
        if by_length && longest <= 4 && n > 2 * longest + 1 && !is_value_cell(t) {
            return 1.0;
        }
        // (Words that read as no unit, `初步建立`, in a column of units, each written with a
        // unit's characters, short and with no figure (`%`, `千克`, not `新建`, `2022年` nor
        // `区退役军人事务局`): twice, as a unit column never holds them
        // while a column of figures may hold a target in words.)
        if !is_unit_like(t)
            && !is_value_cell(t)
            && column.len() >= 2
            && column.iter().all(|x| {
                is_unit_like(x)
                    && x.chars().count() <= 6
                    && !x.chars().any(|c| c.is_ascii_digit())
                    && x.chars()
                        .any(|c| c.is_ascii_alphabetic() || UNIT_CHARS.contains(c))
            })
        {
            return 2.0;
        }
        kind_misfit(t, column)
    }

    /// How badly `t` fits column `c`: its length against the column's usual one, its kind, half
    /// a misfit for words with a figure in a column of words without (`改造小压站30座` under
    /// 所在街镇) or the other way round, and one less when a cell of the column above is the same
    /// text.
    fn fit(&self, t: &str, c: usize) -> f64 {
        self.fit_with(t, c, true)
    }

    /// [`Profile::fit`], with `by_length` whether the cell's length weighs (a row's name of
    /// words fits its column however long: `临湍经济技术开发区` beside `湍城区`).
    fn fit_with(&self, t: &str, c: usize, by_length: bool) -> f64 {
        let (Some(column), Some(&usual)) = (self.columns.get(c), self.usual.get(c)) else {
            return 0.0;
        };
        // (Half for each cell of the column that is the same text, one at most.)
        let same = (column.iter().filter(|x| **x == t).count() as f64 * 0.5).min(1.0);
        let figure = |x: &str| x.chars().any(|ch| ch.is_ascii_digit());
        let odd_by = |f: &dyn Fn(&str) -> bool| {
            let n = column.iter().filter(|x| f(x)).count();
            if f(t) {
                n == 0
            } else {
                n == column.len() && !is_placeholder(t)
            }
        };
        // A year (`2023年`, `2021—2025年`) where the column names none, or the other way round,
        // is out of the column's kind; other figures weigh half.
        let odd = if odd_by(&|x: &str| names_time(x)) {
            1.0
        } else if odd_by(&figure) {
            0.5
        } else {
            0.0
        };
        // A bound (`≥95`, `≤8`) where the column writes none, a baseline's measured figures
        // beside a target's bounds, weighs half too.
        let bound = |x: &str| x.starts_with(['≥', '≤', '＞', '＜', '>', '<']);
        let odd = odd + if bound(t) && odd_by(&bound) { 0.5 } else { 0.0 };
        // Bodies (`区文化旅游局、相关街道和镇`) where the column names none, or words where it
        // names only bodies (a 牵头单位 or 配合单位 column), are out of its kind too.
        let odd = odd + if odd_by(&names_bodies) { 1.0 } else { 0.0 };
        // Several bodies where the column names one in each row (a 牵头单位 beside a 配合单位 of
        // lists), or one where it lists several in each.
        let several = |x: &str| names_bodies(x) && x.contains(['、', '，', ',']);
        let odd = odd
            + if names_bodies(t) && odd_by(&several) {
                1.0
            } else {
                0.0
            };
        // (One body where most of a column's cells, four at least, list several: half.)
        let listing = column.iter().filter(|x| several(x)).count();
        let odd = odd
            + if names_bodies(t)
                && !several(t)
                && column.len() >= 4
                && listing * 4 >= column.len() * 3
                && listing < column.len()
            {
                0.5
            } else {
                0.0
            };
        // So are words where the column names only times (a 完成时限: `2022年底前`, `持续推进`,
        // `“十四五”期间`, `每年`), unless the year already told.
        let odd = odd
            + if odd < 1.0 && odd_by(&names_time) && !names_time(t) {
                1.0
            } else {
                0.0
            };
        let odd = odd + self.ending_misfit(t, c);
        // Anything but an attribute word under a column of them (`约束性` `预期性`, merged over
        // their groups or not) is out of its kind twice: a target in words, `达到全国平均水平`, is
        // never an attribute.
        let odd = odd
            + if column.len() >= 2
                && column.iter().all(|x| is_attr(x))
                && !is_attr(t)
                && !is_placeholder(t)
            {
                2.0
            } else {
                0.0
            };
        // A number without `%` in a column of rates that all write it (`7%` `8%` `—`) is out
        // of the column's kind.
        let percent = |x: &str| x.ends_with(['%', '％']);
        let written: Vec<&&str> = column.iter().filter(|x| !is_placeholder(x)).collect();
        let odd = odd
            + if written.len() >= 2
                && !is_placeholder(t)
                && !percent(t)
                && written.iter().all(|x| percent(x))
            {
                1.0
            } else {
                0.0
            };
        let length = if by_length {
            length_misfit(t.chars().count() as f64, usual)
        } else {
            0.0
        };
        length + self.kind_with(t, c, by_length) - same + odd + self.magnitude(t, c)
    }

    /// Half a misfit for a short word that does not end as every cell of column `c` does, when
    /// they are short words too, two at least, all ending in the same character: a column of
    /// kinds (`一类` `二类` under 保护类别) beside one of batches (`第一批` `第二批` under 公布批次).
    fn ending_misfit(&self, t: &str, c: usize) -> f64 {
        const SHORT: usize = 6;
        let word = |x: &str| {
            let n = x.chars().count();
            (2..=SHORT).contains(&n)
                && !x.chars().any(|ch| ch.is_ascii_digit())
                && !is_placeholder(x)
        };
        let Some(column) = self.columns.get(c).filter(|col| col.len() >= 2) else {
            return 0.0;
        };
        if !word(t) || !column.iter().all(|x| word(x)) {
            return 0.0;
        }
        let last = |x: &str| x.chars().last();
        let shared = last(column[0]);
        if column.iter().all(|x| last(x) == shared) && last(t) != shared {
            0.5
        } else {
            0.0
        }
    }

    /// How many of `texts`, in the columns from the first on with empty cells at `gaps`, are out
    /// of their column's kind ([`Profile::kind`], or a time among no times).
    fn kind_misfits(&self, texts: &[String], gaps: &[usize]) -> usize {
        let mut columns = (0..texts.len() + gaps.len()).filter(|c| !gaps.contains(c));
        // (A time where no cell of the column names one, or the other way round, is out of
        // its kind too: `2022` under 学位 among `1620` `1080`.)
        let time_odd = |t: &str, c: usize| {
            self.columns.get(c).is_some_and(|col| {
                !col.is_empty()
                    && !is_placeholder(t)
                    && col.iter().all(|x| names_time(x) != names_time(t))
            })
        };
        texts
            .iter()
            .filter(|t| {
                columns
                    .next()
                    .is_some_and(|c| self.kind(t, c) >= 1.0 || time_odd(t, c))
            })
            .count()
    }

    /// The misfit of `texts` in the columns from the first on, with empty cells at `gaps`.
    fn cost_with_gaps(&self, texts: &[String], gaps: &[usize]) -> f64 {
        let mut columns = (0..texts.len() + gaps.len()).filter(|c| !gaps.contains(c));
        texts
            .iter()
            .map(|t| columns.next().map_or(0.0, |c| self.fit(t, c)))
            .sum()
    }
}

/// A cell that names a time or a time limit (`2022年底前`, `2021—2025年`, `持续推进`,
/// `“十四五”期间`, `每年`, `长期`).
fn names_time(t: &str) -> bool {
    const WORDS: [&str; 9] = [
        "期间", "持续", "每年", "长期", "年底", "年内", "常态", "逐年", "年度",
    ];
    let t = strip_spaces(t);
    t.chars().count() <= 16
        && (names_year(&t) || is_bare_year(&t) || WORDS.iter().any(|w| t.contains(w)))
}

/// The verbs a task opens with (`建设…`, `加强…`): a task's title, never a body's name or a
/// table's note.
const TASK_VERBS: [&str; 63] = [
    "建设", "推进", "完善", "加强", "开展", "实施", "提升", "打造", "推动", "支持", "制定", "健全",
    "落实", "深化", "优化", "发展", "培育", "加快", "构建", "创建", "组织", "新建", "改建", "扩建",
    "引进", "形成", "强化", "规范", "探索", "建立", "设立", "成立", "夯实", "拓展", "增强", "提高",
    "促进", "扩大", "壮大", "激发", "营造", "弘扬", "丰富", "畅通", "筑牢", "拓宽", "做强", "做优",
    "补齐", "加大", "统筹", "鼓励", "引导", "聚焦", "改善", "盘活", "推广", "发挥", "挖掘", "做好",
    "抓好", "用好", "办好",
];

/// A time written as words or a range (`2021—2025年`, `“十四五”期间`), not a bare number
/// that reads as a year (`1950` is an amount as often).
fn names_period(t: &str) -> bool {
    names_time(t) && !is_numberish(t)
}

/// A cell that names bodies only, one or several (`区商务委`, `区税务局、嘉定海关、区财政局`,
/// `各街道、镇，各园区`, `上海国际汽车城（集团）有限公司`): each name short, with no figure, ending
/// as a body's name does or naming a kind of them (`各街道`, `相关部门`), and none a task that
/// opens with its verb (`建设区托育综合服务指导中心`).
fn names_bodies(t: &str) -> bool {
    // (`科`: a bureau's section, `财政审计科`.)
    const ENDS: [&str; 31] = [
        "局", "委", "办", "厅", "部", "院", "所", "队", "站", "署", "中心", "公司", "集团", "政府",
        "街道", "镇", "乡", "园区", "会", "处", "室", "社", "馆", "校", "联", "门", "单位", "企业",
        "机构", "海关", "科",
    ];
    let t = strip_spaces(t);
    if t.is_empty() || t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let body = |p: &str| {
        // (A body's other name in brackets after it: `区科委（区科协）`.)
        let p = p
            .strip_suffix(['）', ')'])
            .and_then(|x| x.rfind(['（', '(']).map(|i| &x[..i]))
            .filter(|x| !x.is_empty())
            .unwrap_or(p);
        p.chars().count() <= 16
            && !TASK_VERBS.iter().any(|v| p.starts_with(v))
            && (p.starts_with('各') || p.starts_with("相关") || ENDS.iter().any(|e| p.ends_with(e)))
    };
    // (A name with 和 in it, `区工业和信息化局`, or two names joined by it, `区发改委和区财政局`.)
    t.split(['、', '，', ',', '；', ';', '/', '／'])
        .filter(|p| !p.is_empty())
        .all(|p| body(p) || p.split('和').filter(|q| !q.is_empty()).all(body))
}

/// Text that stops where a phrase goes on: as [`ends_open`], or after a word that joins what
/// follows (`…中期评估和`, `…及`, `…与`, `…的`).
fn stops_mid_phrase(t: &str) -> bool {
    // (Not a word that ends so, `全民参与`, `全面普及`, `甚至`.)
    const WORDS: [&str; 13] = [
        "参与", "普及", "涉及", "波及", "危及", "目的", "缓和", "温和", "平和", "甚至", "乃至",
        "冬至", "夏至",
    ];
    let t = t.trim_end_matches(is_space);
    ends_open(t)
        || (t.ends_with(['和', '及', '与', '或', '并', '的', '至'])
            && !WORDS.iter().any(|w| t.ends_with(w)))
}

/// Whether a row's pieces hold a cell already joined where its first line stopped open
/// (`溱城区、东渚区、` / `柳塘区`): the row's cell over two lines, no other to join.
fn glued_open(pieces: &[Piece]) -> bool {
    pieces.iter().any(|p| {
        p.parts
            .split_last()
            .is_some_and(|(_, before)| before.iter().any(|x| ends_open(x)))
    })
}

/// Text that stops where a sentence goes on: after a comma, an enumeration comma, a semicolon or
/// a colon, or inside brackets or quotes left open.
fn ends_open(t: &str) -> bool {
    t.trim_end_matches(is_space)
        .ends_with(['，', ',', '、', '；', ';', '：', ':', '（', '(', '“', '《'])
}

/// Whether line `a` of a cell stops open and `b` goes on with it: a bracket opened in `a` and
/// closed in `b` (`霁川市采茶戏传承保护中心（霁川市` / `采茶剧院）`), or a route or span stopped at
/// its dash (`航空港—` / `东部会展中心`, `2021—` / `2025年`) before words.
fn splits_open(a: &str, b: &str) -> bool {
    let count = |t: &str, set: [char; 2]| t.chars().filter(|c| set.contains(c)).count();
    let (open, close) = (['（', '('], ['）', ')']);
    let bracket = count(a, open) > count(a, close) && count(b, close) > count(b, open);
    let a = a.trim_end_matches(is_space);
    // (Or at its `至`: `汇川路站至` / `空港枢纽站`.)
    let dash = a.chars().count() >= 2
        && a.ends_with(['—', '－', '-', '～', '~', '至'])
        && !a.ends_with("——")
        && !is_placeholder(a)
        && !b.is_empty()
        && !is_value_cell(b)
        && !is_placeholder(b);
    // (Or a unit broken at its slash: `千克标准煤/` / `平方米`.)
    let slash = a.chars().count() >= 2
        && a.ends_with(['/', '／'])
        && is_unit_like(b)
        && !is_value_cell(b)
        && !is_placeholder(b);
    bracket || dash || slash
}

/// The number a note starts with: `1 指…`, `2、…`, `3.…`, `②…`.
fn note_number(t: &str) -> Option<u32> {
    let t = clean(t);
    // A circled number: `①`–`⑳`.
    if let Some(n) = t
        .chars()
        .next()
        .map(|c| c as u32)
        .filter(|c| (0x2460..=0x2473).contains(c))
    {
        return Some(n - 0x2460 + 1);
    }
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let rest = &t[digits.len()..];
    rest.starts_with([' ', '\u{3000}', '、', '.', '．', '）', ')'])
        .then(|| digits.parse().ok())
        .flatten()
}

/// The text of a table in seed order: the caption above, the header, the rows, the caption
/// below, the notes. The fidelity check compares this with the seed.
pub fn stream(t: &Table) -> Vec<String> {
    let mut out = Vec::new();
    if !t.caption_below {
        out.push(t.title.clone());
    }
    let header = t.header_cells().concat();
    out.push(header.clone());
    // Where the source goes on: the mark, and the header written again.
    let breaks = |at: &dyn Fn(usize) -> bool, out: &mut Vec<String>| {
        for c in t.continued.iter().filter(|c| at(c.before)) {
            out.push(c.mark.clone());
            if c.header {
                out.push(header.clone());
            }
        }
    };
    for (i, row) in t.rows.iter().enumerate() {
        breaks(&|b| b == i, &mut out);
        let cells = if row.kind == RowKind::Item {
            row.cells.concat()
        } else {
            String::new()
        };
        out.push(format!(
            "{}{}{}",
            row.number.as_deref().unwrap_or(""),
            row.name,
            cells
        ));
    }
    breaks(&|b| b >= t.rows.len(), &mut out);
    if t.caption_below {
        out.push(t.title.clone());
    }
    out.extend(t.notes.iter().cloned());
    out
}
