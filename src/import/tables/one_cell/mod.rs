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
//!
//! This module finds the table's region, its pieces (cells as the lines give them) and its
//! shape, and tries each row reader in turn; its parts: `header` fits the header's pieces to
//! columns; the row readers `numbered` (rows by their number), `labelled`, `value_rows`,
//! `words`, `attribute` (rows by their attribute words, and row blocks) and `schedule`;
//! `joins`, `gaps` and `profile` join split cells and place vanished ones by how well
//! each text fits its column; `notes` reads the notes and what they say of the cells.

use super::{category_row, item_row, ParsedTable};
use crate::grammar::{self, label, Style};
use crate::model::{ColumnGroup, Continued, RowKind, Table, TableRow};
use crate::text::{collapse_cjk_spacing, is_space, names_year, parse_cn_numeral, strip_spaces};

mod attribute;
mod gaps;
mod header;
mod joins;
mod labelled;
mod notes;
mod numbered;
mod profile;
mod schedule;
mod value_rows;
mod words;

use attribute::*;
use gaps::*;
use header::*;
use joins::*;
use labelled::*;
pub use notes::gaps_told_by_the_text;
use notes::*;
use numbered::*;
use profile::*;
use schedule::*;
use value_rows::*;
use words::*;

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
    // `全部达到D级`; nor a stage, `试点`, `全覆盖`.)
    let graded = [
        "良", "优", "好", "合格", "达标", "达到", "领先", "前列", "提升", "稳定", "保持", "先进",
        "一流", "试点", "覆盖", "部分",
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

/// Characters of units (`万人`, `%`, `公里`, `套`), the squared symbols among them (`万㎡`, `km²`).
const UNIT_CHARS: &str =
    "/%‰‱℃个人万亿元米里吨张岁次天年月日所家户台座套辆项条处亩度瓦时分秒钟件床位册部宗栋间名份克升斤标箱把株棵盏㎡㎢㎞㎝㎜㎏㎎㎥㎾²³";

/// A figure with its percent sign (`93.5%`, `≥60％`): a value, never a unit.
fn is_rate_value(t: &str) -> bool {
    let t = strip_spaces(t);
    let t = t.trim_start_matches(['≥', '≤', '>', '<', '＞', '＜']);
    t.strip_suffix(['%', '％'])
        .is_some_and(|n| !n.is_empty() && is_amount(n))
}

/// A state reached, written for a goal in words (`启动`, `建成`, `基本完成`, `全面实现`,
/// `创成`), or a work's stage at the baseline (`在建`, `筹建`) or a standard met (`达标`): never
/// a unit.
fn names_state(t: &str) -> bool {
    const STATES: [&str; 12] = [
        "启动", "建成", "完成", "实现", "开工", "竣工", "投用", "运行", "在建", "筹建", "达标",
        "创成",
    ];
    let t = strip_spaces(t);
    t.chars().count() <= 6 && STATES.iter().any(|w| t.ends_with(w))
}

/// A grade given for a goal or a result (`良好`, `优秀`, `良好以上`, `全国先进`): never a unit.
fn names_grade(t: &str) -> bool {
    let t = strip_spaces(t);
    t.chars().count() <= 6
        && [
            "良好", "优秀", "合格", "优良", "较好", "先进", "领先", "一流",
        ]
        .iter()
        .any(|w| t.contains(w))
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
    // (Or a unit of time in days of work, `办理时间（工作日）`; a unit may open with a
    // multiple, `千瓦`, `兆瓦`.)
    let units_only = unit.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || UNIT_CHARS.contains(c)
            || "千百兆平方公顷立小毫厘片".contains(c)
    }) || ["工作日", "个工作日", "自然日"].contains(&unit);
    // (A unit per a unit may be longer: `万立方米/日`.)
    let most = if unit.contains('/') { 7 } else { 5 };
    (!name.is_empty() && (1..=most).contains(&unit.chars().count()) && units_only)
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

pub(crate) fn is_number_header(t: &str) -> bool {
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
            || CAPTION_WORDS.iter().any(|w| t.contains(w))
            // (Or a title of the standards it sets out, `…设施分级配置标准`.)
            || (n >= 6 && t.ends_with("标准") && !t.contains(['，', ',', '：', ':', '、']))
            // (Or a title that names the plan's period and ends as a caption does:
            // `莼浦区产业园区转型升级“十五五”重点建设项目`.)
            || (ends_as_caption(t) && dated_title(t) && !t.contains(['，', ',', '：', ':'])))
}

/// A line that names a table's column (`指标名称`, `项目名称`, `序号`): a header's cell, though
/// it may read as a caption.
pub fn names_a_column(t: &str) -> bool {
    words::names_column(clean(t))
}

/// Words that make a line a caption wherever they stand in it ([`is_caption`]).
const CAPTION_WORDS: &[&str] = &[
    "指标",
    "表",
    "清单",
    "一览",
    "情况",
    "分工",
    "名词解释",
    "术语",
    "指引",
];

/// The words a caption ends in (`…主要指标`, `…一览表`, `…清单`, `…完成情况`, `…重点任务`).
fn ends_as_caption(t: &str) -> bool {
    let t = clean(t);
    CAPTION_WORDS
        .iter()
        .chain(&["计划", "项目", "任务"])
        .any(|w| t.ends_with(w))
}

/// A caption split over two lines or paragraphs: a title line that stops short of a
/// caption's words (`棠浦区农贸市场布局与提升`, `表2 嘉澜区生物医药产业“十五五”`), then a short
/// line that ends in them (`“十五五”主要指标`, `主要发展指标`). Joined with nothing between,
/// they are the caption.
/// Or a caption that reads whole, then the last words of a caption on a line of their own
/// (`表1 临澜市“十四五”新型基础设施主要指标` / `完成情况`).
pub fn caption_goes_on(first: &str, next: &str) -> bool {
    goes_on(first, next, false)
}

/// Whether a table's caption (`重点项目清单`, read as the caption over the table's header)
/// goes on from the title line above it (`附件：枫澜区养老服务设施“十五五”`), as
/// [`caption_goes_on`] says, though it reads as a column's name too: the table it heads is read.
pub fn table_caption_goes_on(first: &str, caption: &str) -> bool {
    goes_on(first, caption, true)
}

/// [`caption_goes_on`], `next` allowed to read as a column's name when `header_read`.
fn goes_on(first: &str, next: &str, header_read: bool) -> bool {
    const MAX_REST_CHARS: usize = 16;
    /// The last words of a caption that no header cell is.
    const TAILS: [&str; 4] = ["完成情况", "一览表", "汇总表", "分解表"];
    let (first, next) = (clean(first), clean(next));
    let sentence = |t: &str| t.contains(['。', '；', '，', '：', ';', ',', ':', '\t']);
    if TAILS.contains(&next)
        && ends_as_caption(first)
        && (4..=MAX_CAPTION_CHARS).contains(&first.chars().count())
        && !sentence(first)
        && !is_unit_line(first)
    {
        return true;
    }
    (4..=MAX_CAPTION_CHARS).contains(&first.chars().count())
        && !sentence(first)
        && !ends_as_caption(first)
        && (!is_stop(first) || is_numbered_caption(first))
        && !is_unit_line(first)
        // (Four characters after a numbered caption or a period's mark, `表2…“十五五”` /
        // `主要指标`, or after a title that names its period, `“十五五”时期…提升` /
        // `主要指标`; else five at least, no header cell, `救助项目`.)
        && ((5..=MAX_REST_CHARS).contains(&next.chars().count())
            || (next.chars().count() == 4
                && (is_numbered_caption(first)
                    || ends_with_period_mark(first)
                    || dated_title(first))))
        && !sentence(next)
        && ends_as_caption(next)
        // (Not a header's first cell, `救助项目`, `指标名称`.)
        && (header_read || !words::names_column(next))
        && !is_stop(next)
        && !is_unit_line(next)
        && first.chars().count() + next.chars().count() <= MAX_CAPTION_CHARS + 4
}

/// A title of ten characters at least that names a plan's period in marks (`“十五五”时期汀湄区
/// 街区更新和功能品质提升`): the first line of a caption, never a header's cell.
fn dated_title(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    chars.len() >= 10
        && chars.windows(5).any(|w| {
            w[0] == '“' && w[4] == '”' && is_period_mark(&w[1..4].iter().collect::<String>())
        })
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
    // (A bare decimal before another figure is a value, `容积率` / `1.1` / `1.5`: no
    // section's number.)
    let figure_before_figure = |i: usize| {
        let t = clean(lines[i].text);
        t.chars().all(|c| c.is_ascii_digit() || c == '.')
            && lines
                .get(i + 1..)
                .unwrap_or(&[])
                .iter()
                .map(|l| clean(l.text))
                .find(|n| !n.is_empty())
                .is_some_and(|n| is_value_cell(n) || is_placeholder(n))
    };
    // (A decimal title line right after a row number that goes on from one before it is the
    // row's name, `3` / `2.5产业园区配套菜市场` after rows `1` and `2`: no section's heading.)
    let name_after_number = |i: usize| {
        let before = lines.get(..i).unwrap_or(&[]);
        let mut filled = before
            .iter()
            .rev()
            .map(|l| clean(l.text))
            .filter(|t| !t.is_empty());
        grammar::is_decimal_title_line(clean(lines[i].text))
            && filled
                .next()
                .and_then(int_of)
                .is_some_and(|n| n >= 2 && filled.any(|t| int_of(t) == Some(n - 1)))
    };
    let stop_at = |i: usize| {
        is_stop(lines[i].text)
            && !figure_before_figure(i)
            && !name_after_number(i)
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
    // A caption below the cells with none above them, a paragraph of its own right before
    // the stop that ends them (`…主要指标完成情况` / `注：…`): no cell of the last row.
    // (Or over two lines with no blank between, the first ending in its period's mark:
    // `苕川市公园城市建设“十五五”` / `主要指标`.)
    let last_line = (!headed_above)
        .then(|| (0..end).rev().find(|&i| !clean(lines[i].text).is_empty()))
        .flatten();
    // (Or words of a caption below with the date it stands at in brackets: `…现状分布` /
    // `（截至2025年底）`.)
    let dated_caption = |t: &str| {
        bracket_tail(t).is_some_and(|(core, date)| {
            !core.is_empty() && names_time(date) && is_caption_below(core)
        })
    };
    let caption_at = |i: usize, n: usize| {
        let t: String = lines[i..i + n].iter().map(|l| clean(l.text)).collect();
        i >= 6
            && lines[i].blanks_before > 0
            && (is_caption(&t) || dated_caption(&t))
            && t.chars().count() > 10
            && !lines[i..i + n].iter().any(|l| is_stop(l.text))
    };
    let below: Option<(usize, usize)> = last_line.and_then(|i| {
        if caption_at(i, 1) {
            return Some((i, 1));
        }
        let first = i.checked_sub(1)?;
        let second = clean(lines[i].text);
        (lines[i].blanks_before == 0
            && ends_with_period_mark(clean(lines[first].text))
            && (2..=8).contains(&second.chars().count())
            && caption_at(first, 2))
        .then_some((first, 2))
    });
    let below_at = below.map(|(i, _)| i);
    let cells_end = below_at.unwrap_or(end);
    let region = &lines[..cells_end];
    let decorated: Vec<usize> = (0..cells_end)
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
    // (The rest of a caption that stops short of its words joins it with nothing between,
    // `…布局与提升` / `“十五五”主要指标`; a caption's number, a note in brackets and a unit
    // line with a space.)
    let mut title = caption.map(|c| clean(c.1).to_string()).unwrap_or_default();
    for l in head {
        let t = clean(l.text);
        if !title.is_empty() && !caption_goes_on(&title, t) {
            title.push(' ');
        }
        title.push_str(t);
    }
    let mut table = Table {
        id: id.to_string(),
        title,
        columns: std::mem::take(&mut acc.columns),
        column_groups: std::mem::take(&mut acc.column_groups),
        rows: std::mem::take(&mut acc.rows),
        notes: Vec::new(),
        caption_below: false,
        continued: Vec::new(),
    };
    // A caption below the table: the one short caption line left before the next stop.
    if let Some((b, n)) = below.filter(|_| used == ps.len()) {
        table.title = lines[b..b + n].iter().map(|l| clean(l.text)).collect();
        table.caption_below = true;
        line_nos.extend(lines[b..b + n].iter().map(|l| l.no));
        consumed = b + n;
    } else if !headed_above
        && (used + 1 == ps.len()
            // (Or before a sentence of the text about the table: `其中，…待…确定后确定。`.)
            || (used + 2 == ps.len()
                && ps.last().is_some_and(|p| {
                    let t = p.text();
                    t.ends_with('。') && !is_note_start(&t) && t.chars().count() > 10
                })))
    {
        if let Some(p) = ps.get(used) {
            let t = p.text();
            // (Or the first line of the text right under it, no blank line between, the
            // lines after it sentences of the text: `…主要指标完成情况` /
            // `1.绿道网络初具规模。建成…`.)
            let first = p.parts.first().map(String::as_str).unwrap_or("");
            let text_after = p.parts.len() >= 2
                && p.parts.len() == p.nos.len()
                && p.parts[1..]
                    .iter()
                    .all(|x| x.ends_with('。') && !is_note_start(x) && x.chars().count() > 10);
            if p.parts.len() == 1 && is_caption_below(&t) {
                table.title = t;
                table.caption_below = true;
                line_nos.extend(p.nos.iter().copied());
                consumed = p.end;
            } else if text_after && is_caption_below(first) {
                table.title = first.to_string();
                table.caption_below = true;
                line_nos.extend(p.nos.first().copied());
                consumed = p.end.saturating_sub(p.parts.len() - 1);
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
    // comes next, or a numbered line, `7.泖西片区：…`; a caption followed by cells heads the next
    // table).
    let mut notes_at = end;
    if !headed_above && !table.caption_below && consumed == end {
        let below = lines.get(end).filter(|l| {
            let t = clean(l.text);
            is_numbered_caption(t) && is_caption(t)
        });
        let after = lines.get(end + 1).map(|l| clean(l.text));
        if let Some(l) = below.filter(|_| {
            after.is_none_or(|n| {
                is_note_start(n) || is_stop(n) || n.contains('。') || label(n).is_some()
            })
        }) {
            table.title = clean(l.text).to_string();
            table.caption_below = true;
            line_nos.push(l.no);
            consumed += 1;
            notes_at += 1;
        }
    }
    // (Notes or none, the table's own figures may place a row's gap; a note that says where a
    // row has no figure places it after them.)
    let first_no = line_nos.first().copied().unwrap_or(0);
    for m in gaps_placed_by_differences(&mut table) {
        acc.warnings.push((first_no, m));
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
            .chain(gaps_placed_by_totals(&mut table))
            .chain(bodies_out_of_places(&mut table))
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
/// (`表1`) or that stops short of a caption's words ([`caption_goes_on`], on the next line or
/// paragraph), then unit lines; with no caption, a short line followed by a unit line is the
/// caption.
fn lead_lines(caption: Option<&str>, lines: &[SrcLine]) -> usize {
    let text = |i: usize| lines.get(i).map(|l| clean(l.text));
    let mut n = 0;
    match caption {
        Some(c) if is_bare_caption(c) => {
            if text(0).is_some_and(|t| is_caption(t) && !is_stop(t) && !is_unit_line(t)) {
                n = 1;
            }
        }
        Some(c)
            if lines
                .first()
                .is_some_and(|l| l.blanks_before <= 1 && caption_goes_on(c, l.text)) =>
        {
            n = 1;
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
    glue_open_quotes(&mut ps, &mut acc);
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
    /// Words of a bound before a figure: `不少于3000` is `≥3000`.
    const BOUNDS: [&str; 7] = [
        "不少于",
        "不低于",
        "不小于",
        "不多于",
        "不超过",
        "不高于",
        "不大于",
    ];
    let t = clean(t);
    is_numberish(t)
        || t.strip_prefix('约').is_some_and(is_numberish)
        || BOUNDS
            .iter()
            .any(|b| t.strip_prefix(b).is_some_and(is_numberish))
        || (t.starts_with(|c: char| c.is_ascii_digit())
            && t.chars().count() <= 12
            && !t.contains(['。', '；', '，'])
            && !names_year(t)
            && !code_named(t))
}

/// A name that opens with a code of digits and Latin letters, then words: `5G基站总数（个）`,
/// `5G-A基站`, `4K超高清频道`, `5A级景区`. (A figure with its unit is digits and then the unit:
/// `15家`, `3.5万人`, `10kV`.)
fn code_named(t: &str) -> bool {
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
    let code = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '-');
    code.len() < rest.len() && code.chars().take_while(|&c| crate::text::is_cjk(c)).count() >= 2
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

/// A cell broken inside a quotation (`餐饮服务单位“互联网+` / `明厨亮灶”覆盖率（%）`): a piece
/// that opens a quotation mark it does not close, then one that closes it before opening any,
/// is one cell.
fn glue_open_quotes(ps: &mut Vec<Piece>, acc: &mut Acc) {
    let depth = |t: &str| {
        t.chars().fold(0i32, |d, c| match c {
            '“' => d + 1,
            '”' => d - 1,
            _ => d,
        })
    };
    let closes_first = |t: &str| {
        t.find('”')
            .is_some_and(|c| t.find('“').is_none_or(|o| c < o))
    };
    glue_where(ps, acc, |prev, next| {
        let (prev, t) = (prev.text(), next.text());
        depth(&prev) == 1
            && depth(&t) == -1
            && closes_first(&t)
            && t.chars().count() <= 30
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
    // A completion table whose rows end at their evaluation (`超额完成`), no number to anchor
    // on, with or without an attribute column after the name.
    if captioned {
        let before = acc.clone();
        if let Some(shape) = evaluated_rows(ps, acc) {
            return Ok(shape);
        }
        *acc = before;
    }
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
        || two_dated_values(a, b)
        // (Or two columns' names opening with one word: `指标名称` / `指标属性`.)
        || (strip_spaces(a).chars().take(2).eq(strip_spaces(b).chars().take(2))
            && strip_spaces(a).chars().count() >= 4
            && (names_column(a) || has_header_word(a))
            && (names_column(b) || has_header_word(b)))
}

/// Two value columns each dated by its own year or period, two header cells on two lines:
/// `现状值（2025年）` / `“十五五”目标值` (not `2025年` / `目标值`, one cell).
fn two_dated_values(a: &str, b: &str) -> bool {
    let dated_values = |x: &str| {
        let x = strip_spaces(x);
        let name = bracket_tail(&x).map_or(x.as_str(), |(name, _)| name);
        let dated = last_year(&x).is_some() || starts_with_period_mark(&x);
        dated
            && names_values(name)
            && !is_period_mark(name)
            && last_year(name).is_none_or(|_| name.chars().count() > 5)
    };
    dated_values(a) && dated_values(b)
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
            "国家", "国别", "维度", "板块", "层级", "批次",
        ]
        .iter()
        .any(|w| t.contains(w))
}

/// A header cell naming the level the rows are grouped by (`层级`, `级别`, `等级`, `林长层级`),
/// not what a column grades (`水质等级`).
fn names_level_column(t: &str) -> bool {
    let t = strip_spaces(t);
    ["层级", "级别", "等级"].contains(&t.as_str())
        || (t.chars().count() <= 6 && t.ends_with("层级"))
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
        "街镇",
        "街道",
        "乡镇",
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

/// Whether a line of a cell opens with a word that goes on from the line before (`为文化展示…`
/// after `工业遗存改造`, `和电子档案在线移交进馆` after `…在线归档`).
fn goes_on_from_before(t: &str) -> bool {
    t.starts_with(['为', '及', '和', '与', '并', '的', '等'])
}

/// Bounds in words a figure follows: `不少于`, `不超过`.
const WORD_BOUNDS: [&str; 4] = ["不少于", "不低于", "不超过", "不高于"];

/// A bound written alone, its figure on the next line: `不少于` / `300个`.
fn bare_bound(t: &str) -> bool {
    let t = strip_spaces(t);
    WORD_BOUNDS.contains(&t.as_str())
        || [
            "不大于",
            "不小于",
            "力争达到",
            "力争",
            "达到",
            "超过",
            "≥",
            "≤",
            "＞",
            "＜",
            ">",
            "<",
        ]
        .contains(&t.as_str())
}

/// Whether a line opening with a bound (`不超过12分钟`) goes on from a line of sentences before
/// it that stops where the bound's measure stands (`…实现城区急救平均反应时间`): one cell over
/// two lines, not a value of its own (`不少于3万亩` after a name is one).
fn bound_goes_on(before: &str, t: &str) -> bool {
    let before = before.trim_end_matches(is_space);
    WORD_BOUNDS
        .iter()
        .chain(&["控制在"])
        .any(|w| t.starts_with(w))
        && before.contains(['，', ','])
        && !before.ends_with(|c: char| !crate::text::is_cjk(c))
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
