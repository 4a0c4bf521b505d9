//! The value parser: one cell of an indicator table (`<4.0`, `稳定在 95 以上`, `【350】`,
//! `20 : 40 : 40`, `药品达到 90%、高值医用耗材达到 80%`, `稳步提高`) → a typed value. The text as
//! written is always kept beside the parsed form; a string the parser does not understand as a
//! quantity is kept as qualitative text, never guessed at.

use crate::text::{fold_width, is_space};
use serde::{Deserialize, Serialize};

/// A cell as written and as parsed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Value {
    /// The cell exactly as the plan writes it.
    pub raw: String,
    pub parsed: Parsed,
}

impl Value {
    pub fn parse(raw: &str) -> Value {
        Value {
            raw: raw.to_string(),
            parsed: parse(raw),
        }
    }

    /// The single quantity of the value, if it is one.
    pub fn quantity(&self) -> Option<&Quantity> {
        match &self.parsed {
            Parsed::Number(q) => Some(q),
            _ => None,
        }
    }
}

/// What a cell says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Parsed {
    /// An empty cell.
    Empty,
    /// One number with its comparator, unit and qualifiers.
    Number(Quantity),
    /// A structure written as a ratio (`20 : 40 : 40`).
    Ratio { parts: Vec<f64> },
    /// Several quantities, each with a label (`药品达到 90%、高值医用耗材达到 80%`).
    Multi { parts: Vec<Quantity> },
    /// Text without a number (`稳步提高`, `保持合理水平`), with the direction it states, if any.
    Qualitative {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        direction: Option<Direction>,
    },
    /// A range between two numbers (`3～5`, `85%-90%`), a five-year total when marked as one
    /// (`[10-15]`, `累计4—5`).
    Range {
        low: f64,
        high: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        cumulative: bool,
    },
    /// A completion status written as words (`完成`, `超额完成`, `未完成`), kept as data.
    Status { status: Completion },
    /// A dash standing for "no figure" (`—`, `－`, `/`).
    Placeholder,
}

/// A completion status a results table writes in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Completion {
    /// 超额完成.
    Exceeded,
    /// 完成, 已完成, 全面完成.
    Completed,
    /// 基本完成.
    MostlyCompleted,
    /// 未完成.
    NotCompleted,
}

impl Completion {
    pub fn label(self) -> &'static str {
        match self {
            Completion::Exceeded => "超额完成",
            Completion::Completed => "完成",
            Completion::MostlyCompleted => "基本完成",
            Completion::NotCompleted => "未完成",
        }
    }

    /// Reads a cell that is only a status word.
    pub fn parse(s: &str) -> Option<Completion> {
        match s {
            "超额完成" => Some(Completion::Exceeded),
            "完成" | "已完成" | "全面完成" | "达标" | "已达标" => {
                Some(Completion::Completed)
            }
            "基本完成" | "基本达标" => Some(Completion::MostlyCompleted),
            "未完成" | "未达标" => Some(Completion::NotCompleted),
            _ => None,
        }
    }
}

impl Parsed {
    /// Short name of the form, as used in CSV and JSON (`number`, `ratio` …).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Parsed::Empty => "empty",
            Parsed::Number(_) => "number",
            Parsed::Ratio { .. } => "ratio",
            Parsed::Multi { .. } => "multi",
            Parsed::Qualitative { .. } => "qualitative",
            Parsed::Range { .. } => "range",
            Parsed::Status { .. } => "status",
            Parsed::Placeholder => "placeholder",
        }
    }

    /// Whether the value is a total over the five years: a number or part so marked, or a
    /// range so marked.
    pub fn is_cumulative(&self) -> bool {
        match self {
            Parsed::Range { cumulative, .. } => *cumulative,
            _ => self.quantities().iter().any(|q| q.cumulative),
        }
    }

    /// Every quantity of the value: one for a number, each part of a multi-part value.
    pub fn quantities(&self) -> Vec<&Quantity> {
        match self {
            Parsed::Number(q) => vec![q],
            Parsed::Multi { parts } => parts.iter().collect(),
            _ => Vec::new(),
        }
    }
}

/// How the number relates to what is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    /// A plain number (`26`, `70%`).
    Eq,
    /// About the number (`稳定在 80% 左右`).
    About,
    Lt,
    Le,
    /// More than (`超过50万人次`).
    Gt,
    /// At least (`≥98`, `50% 以上`, `60 及以上`, `不低于92%`, `药品达到 90%`).
    Ge,
}

impl Comparator {
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Eq => "=",
            Comparator::About => "≈",
            Comparator::Lt => "<",
            Comparator::Le => "≤",
            Comparator::Gt => ">",
            Comparator::Ge => "≥",
        }
    }
}

/// The direction a qualitative target states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// 提高, 增长, 提升, 增加.
    Increase,
    /// 降低, 下降, 减少.
    Decrease,
    /// 保持, 稳定.
    Maintain,
}

/// One number of a cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// What the number counts, for one part of a multi-part cell (`药品`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub comparator: Comparator,
    /// `左右` written beside another comparator (`稳定在850%左右以上`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approx: bool,
    pub number: f64,
    /// The unit written in the cell (`%`, `万个`, `万人次`, `家`); the indicator's name may give one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// A total over the five years (`累计…`, or `【…】`/`〔…〕` per the table's note).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cumulative: bool,
    /// An increase over the start of the period (`增加20`, `新增5`), not a level.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub change: bool,
    /// The words around the number, as written (`稳定控制在`, `以内`, `累计`, `【】`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualifiers: Vec<String>,
}

impl Quantity {
    /// The comparator and number for display: `≥ 98`, `≈ 80`, `26`.
    pub fn short(&self) -> String {
        let n = format_number(self.number);
        match (self.comparator, self.approx) {
            (Comparator::Eq, _) => n,
            (c, true) if c != Comparator::About => format!("{}≈{n}", c.symbol()),
            (c, _) => format!("{}{n}", c.symbol()),
        }
    }
}

/// A number as the plans write it: no trailing `.0`, at most 4 decimals.
pub fn format_number(n: f64) -> String {
    let s = format!("{n:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// Words before a number, longest first: (word, comparator it implies, marks a cumulative total).
const PREFIX_WORDS: &[(&str, Option<Comparator>, bool)] = &[
    ("始终控制在", Some(Comparator::Le), false),
    ("稳定控制在", Some(Comparator::Le), false),
    ("控制在", Some(Comparator::Le), false),
    ("稳定在", None, false),
    ("保持在", None, false),
    ("维持在", None, false),
    ("不低于", Some(Comparator::Ge), false),
    ("不少于", Some(Comparator::Ge), false),
    ("不高于", Some(Comparator::Le), false),
    ("不超过", Some(Comparator::Le), false),
    ("超过", Some(Comparator::Gt), false),
    ("高于", Some(Comparator::Gt), false),
    ("低于", Some(Comparator::Lt), false),
    ("达到", Some(Comparator::Ge), false),
    ("力争", None, false),
    ("大约", Some(Comparator::About), false),
    ("约", Some(Comparator::About), false),
    ("累计", None, true),
    ("≤", Some(Comparator::Le), false),
    ("<=", Some(Comparator::Le), false),
    ("≥", Some(Comparator::Ge), false),
    (">=", Some(Comparator::Ge), false),
    ("<", Some(Comparator::Lt), false),
    (">", Some(Comparator::Gt), false),
    ("=", Some(Comparator::Eq), false),
];

/// Words that make a number an increase over the start of the period.
const CHANGE_WORDS: &[&str] = &["增加", "新增", "净增", "提高", "提升"];

/// Words after a number (and its unit).
const SUFFIX_WORDS: &[(&str, Option<Comparator>)] = &[
    ("及以上", Some(Comparator::Ge)),
    ("及以下", Some(Comparator::Le)),
    ("以上", Some(Comparator::Ge)),
    ("以下", Some(Comparator::Le)),
    ("以内", Some(Comparator::Le)),
    ("左右", None),
];

/// Units a cell may write after its number (`%`, `个`, `平方公里`, `个工作日`, `年一遇`): a
/// multiplier may stand before one (`万人次`, `亿元`, `万亩`) or alone (`15万`), and a unit may be
/// per another or per a time (`万吨/日`, `元/月`, `批次/千人`). A year (`2025年`) is not a unit.
const BASE_UNITS: &[&str] = &[
    "个百分点",
    "百分点",
    "平方公里",
    "平方米",
    "立方米",
    "公里",
    "公顷",
    "千瓦时",
    "千瓦",
    "个工作日",
    "工作日",
    "个月",
    "分钟",
    "小时",
    "年一遇",
    "个品种",
    "品种",
    "标准箱",
    "标箱",
    "人次",
    "乘次",
    "批次",
    "车次",
    "架次",
    "艘次",
    "床位",
    "%",
    "‰",
    "㎡",
    "m³",
    "个",
    "家",
    "类",
    "人",
    "元",
    "项",
    "件",
    "户",
    "种",
    "座",
    "亩",
    "吨",
    "辆",
    "张",
    "套",
    "处",
    "米",
    "分",
    "所",
    "床",
    "台",
    "部",
    "条",
    "间",
    "名",
    "位",
    "册",
    "篇",
    "株",
    "棵",
    "艘",
    "架",
    "次",
    "天",
    "岁",
    "倍",
    "度",
    "宗",
    "块",
    "片",
    "栋",
    "幢",
    "对",
    "例",
    "起",
    "批",
    "场",
    "支",
    "只",
    "头",
];

/// Multipliers written before a unit or alone (`万人`, `15万`).
const MULTIPLIERS: &[&str] = &["万", "亿", "千", "百"];

/// Times a unit may be per (`吨/日`, `元/月`).
const PER_TIMES: &[&str] = &["小时", "年", "月", "日", "天", "周", "时"];

/// The longest of `words` that `s` starts with: its length in bytes.
fn longest(s: &str, words: &[&str]) -> Option<usize> {
    words
        .iter()
        .filter(|w| s.starts_with(**w))
        .map(|w| w.len())
        .max()
}

/// A Latin unit (`km`, `km²`, `MW`, `m3`, `μg`): a letter, then letters, digits and `²³`.
fn latin_unit_len(s: &str) -> Option<usize> {
    let letter = |c: char| c.is_ascii_alphabetic() || c == 'μ' || c == 'µ';
    if !s.starts_with(letter) {
        return None;
    }
    Some(
        s.find(|c: char| !(letter(c) || c.is_ascii_digit() || c == '²' || c == '³'))
            .unwrap_or(s.len()),
    )
}

/// A unit without `/`: a Latin one, a base unit, or a multiplier with or without one.
fn simple_unit_len(s: &str) -> Option<usize> {
    if let Some(n) = latin_unit_len(s).or_else(|| longest(s, BASE_UNITS)) {
        return Some(n);
    }
    let m = longest(s, MULTIPLIERS)?;
    Some(m + longest(&s[m..], BASE_UNITS).unwrap_or(0))
}

/// The unit `s` starts with, if any: its length in bytes.
fn unit_len(s: &str) -> Option<usize> {
    let head = simple_unit_len(s)?;
    let per = s[head..]
        .strip_prefix('/')
        .and_then(|after| simple_unit_len(after).or_else(|| longest(after, PER_TIMES)));
    Some(head + per.map_or(0, |n| 1 + n))
}

/// Whether `s` is a whole unit.
fn is_unit(s: &str) -> bool {
    unit_len(s) == Some(s.len())
}

/// Marks after a value that refer to the table's notes (`97.2①`, `≥99*`).
fn is_note_mark(c: char) -> bool {
    matches!(c, '①'..='⑳' | '*' | '※')
}

/// What may close a value after its unit and words: a note mark, a parenthesis saying the
/// value is a total over the period (`（累计）`, `（五年累计）`, `（2021年-2025年）`), or one
/// naming the years a rate of change is over (`（2025年较2020年下降）`). Returns the words as
/// written, whether they make the value cumulative, and the rest.
fn closing_words(s: &str) -> Option<(&str, bool, &str)> {
    if s.starts_with(is_note_mark) && s.chars().all(is_note_mark) {
        return Some((s, false, ""));
    }
    let inner = s.strip_prefix('(')?;
    let close = inner.find(')')?;
    let words = &inner[..close];
    let cumulative = words.ends_with("累计") && words.chars().count() <= 4;
    let written = &s[..close + 2];
    let rest = &inner[close + 1..];
    if cumulative || years_written(words) == Some(2) {
        Some((written, true, rest))
    } else {
        compared_years(words).then_some((written, false, rest))
    }
}

/// `2025年较2020年下降`, `2030年较2025年`: a year compared with an earlier one, with the
/// direction of the change or without.
fn compared_years(s: &str) -> bool {
    let Some((a, b)) = s.split_once('较') else {
        return false;
    };
    let Some(year_end) = b.find('年') else {
        return false;
    };
    let direction = &b[year_end + '年'.len_utf8()..];
    years_written(a) == Some(1)
        && years_written(&b[..year_end]) == Some(1)
        && (direction.is_empty()
            || direction_of(direction).is_some() && direction.chars().count() <= 2)
}

/// How many years `s` is (`2025`, `2021年-2025年`, `2021—2025`: one or two years of four digits,
/// joined by a range mark), if it is only years.
fn years_written(s: &str) -> Option<usize> {
    let years: Vec<&str> = s.split(['-', '—', '～', '~', '至']).collect();
    let all = years.len() <= 2
        && years.iter().all(|y| {
            let y = y.strip_suffix('年').unwrap_or(y);
            y.len() == 4 && y.chars().all(|c| c.is_ascii_digit())
        });
    all.then_some(years.len())
}

/// A cell without its spaces, full-width letters and digits folded (`５０％` → `50%`).
fn folded(raw: &str) -> String {
    raw.chars()
        .filter(|c| !is_space(*c))
        .map(fold_width)
        .collect()
}

/// Whether a cell is a date or a period (`2025年`, `2021—2023年`, `2024年底前`): text that
/// holds digits but is no quantity to read.
pub fn is_date(raw: &str) -> bool {
    let s = folded(raw);
    let Some(end) = s.rfind('年') else {
        return false;
    };
    let tail = &s[end + '年'.len_utf8()..];
    if ![
        "",
        "底",
        "末",
        "前",
        "底前",
        "末前",
        "内",
        "以前",
        "上半年",
        "下半年",
    ]
    .contains(&tail)
    {
        return false;
    }
    years_written(&s[..end]).is_some()
}

/// Parses one cell.
pub fn parse(raw: &str) -> Parsed {
    let s = folded(raw);
    if s.is_empty() {
        return Parsed::Empty;
    }
    if crate::text::PLACEHOLDERS.contains(&s.as_str()) {
        return Parsed::Placeholder;
    }
    if let Some(status) = Completion::parse(&s) {
        return Parsed::Status { status };
    }
    if let Some(parts) = parse_ratio(&s) {
        return Parsed::Ratio { parts };
    }
    if let Some(r) = parse_range(&s) {
        return r;
    }
    if let Some(r) = total_range(&s) {
        return r;
    }
    let pieces: Vec<&str> = s.split(['、', ';', '；']).collect();
    if pieces.len() > 1 {
        let parts: Option<Vec<Quantity>> = pieces.iter().map(|p| parse_quantity(p)).collect();
        if let Some(parts) = parts {
            if parts.iter().all(|q| q.label.is_some()) {
                return Parsed::Multi { parts };
            }
        }
    } else if let Some(q) = parse_quantity(&s) {
        return Parsed::Number(q);
    }
    Parsed::Qualitative {
        direction: direction_of(&s),
    }
}

/// `3～5`, `85%-90%`, `5~6万人`: two plain numbers joined by a range mark, one unit.
fn parse_range(s: &str) -> Option<Parsed> {
    let (a, b) = s
        .split_once(['～', '~', '—', '-', '至'])
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())?;
    let unit_of = |x: &str| -> Option<(f64, Option<String>)> {
        let end = x
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(x.len());
        let n = plain_number(&x[..end])?;
        let rest = &x[end..];
        if rest.is_empty() {
            return Some((n, None));
        }
        is_unit(rest).then(|| (n, Some(rest.to_string())))
    };
    let (low, ua) = unit_of(a)?;
    let (high, ub) = unit_of(b)?;
    let unit = match (ua, ub) {
        (Some(x), Some(y)) if x != y => return None,
        (x, y) => x.or(y),
    };
    (low <= high).then_some(Parsed::Range {
        low,
        high,
        unit,
        cumulative: false,
    })
}

/// A range marked as a five-year total: in brackets (`[10-15]`, `【3～5】`), after `累计`
/// (`累计4—5`), or before a parenthesis that says so (`10-15（累计）`).
fn total_range(s: &str) -> Option<Parsed> {
    let bracketed = [('【', '】'), ('〔', '〕'), ('[', ']')]
        .iter()
        .find_map(|&(open, close)| s.strip_prefix(open)?.strip_suffix(close));
    let inner = bracketed.or_else(|| s.strip_prefix("累计")).or_else(|| {
        let open = s.find('(')?;
        let (words, cumulative, rest) = closing_words(&s[open..])?;
        (cumulative && rest.is_empty() && !words.is_empty()).then_some(&s[..open])
    })?;
    match parse_range(inner)? {
        Parsed::Range {
            low, high, unit, ..
        } => Some(Parsed::Range {
            low,
            high,
            unit,
            cumulative: true,
        }),
        _ => None,
    }
}

fn parse_ratio(s: &str) -> Option<Vec<f64>> {
    let parts: Vec<&str> = s.split(':').collect();
    if parts.len() < 2 {
        return None;
    }
    parts.iter().map(|p| plain_number(p)).collect()
}

/// `12`, `4.0`, `16.3`: digits with at most one decimal point, nothing else, of a finite value.
fn plain_number(s: &str) -> Option<f64> {
    let ok = !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_digit())
        && s.ends_with(|c: char| c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_digit() || c == '.')
        && s.matches('.').count() <= 1;
    // A run of digits too long for a float is no figure of a plan.
    s.parse().ok().filter(|n: &f64| ok && n.is_finite())
}

/// One quantity: `[label][prefix words]number[unit][suffix words]`, or `【number】`.
fn parse_quantity(s: &str) -> Option<Quantity> {
    let mut q = Quantity {
        label: None,
        comparator: Comparator::Eq,
        approx: false,
        number: 0.0,
        unit: None,
        cumulative: false,
        change: false,
        qualifiers: Vec::new(),
    };
    let mut s = s;
    for (open, close, mark) in [('【', '】', "【】"), ('〔', '〕', "〔〕"), ('[', ']', "[]")]
    {
        if let Some(inner) = s.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            q.cumulative = true;
            q.qualifiers.push(mark.into());
            s = inner;
        }
    }
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let len = s[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len() - start);
    q.number = plain_number(&s[start..start + len])?;

    // Words before the number, nearest first; what is left is the label.
    let mut prefix = &s[..start];
    let mut before: Vec<String> = Vec::new();
    let mut comparators: Vec<Comparator> = Vec::new();
    'strip: loop {
        for (w, cmp, cumulative) in PREFIX_WORDS {
            if let Some(rest) = prefix.strip_suffix(w) {
                // 约 of a word (节约, 制约, 集约) is no `about`.
                if *w == "约" && rest.ends_with(|c: char| "节制签预集简契合条公".contains(c))
                {
                    continue;
                }
                before.push(w.to_string());
                comparators.extend(cmp);
                q.cumulative |= cumulative;
                prefix = rest;
                continue 'strip;
            }
        }
        break;
    }
    // A leading 累计 before a label (`累计新增…`) counts too.
    if let Some(rest) = prefix.strip_prefix("累计") {
        before.push("累计".into());
        q.cumulative = true;
        prefix = rest;
    }
    // An increase over the start of the period (`增加20`, `新增5`, `累计新增`).
    for w in CHANGE_WORDS {
        if let Some(rest) = prefix.strip_prefix(w) {
            if rest.is_empty() {
                before.push(w.to_string());
                q.change = true;
                prefix = rest;
                break;
            }
        }
    }
    before.reverse();
    if !prefix.is_empty() {
        if prefix.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
        q.label = Some(prefix.to_string());
    }
    q.qualifiers.extend(before);

    // Unit and words after the number; anything else makes the cell text, not a quantity.
    let mut rest = &s[start + len..];
    if let Some(n) = unit_len(rest) {
        q.unit = Some(rest[..n].to_string());
        rest = &rest[n..];
    }
    'suffix: while !rest.is_empty() {
        for (w, cmp) in SUFFIX_WORDS {
            if let Some(r) = rest.strip_prefix(w) {
                q.qualifiers.push(w.to_string());
                match cmp {
                    Some(c) => comparators.push(*c),
                    None => q.approx = true,
                }
                rest = r;
                continue 'suffix;
            }
        }
        let (words, cumulative, r) = closing_words(rest)?;
        q.qualifiers.push(words.to_string());
        q.cumulative |= cumulative;
        rest = r;
    }

    // A stated comparator wins over `左右`; `控制在…以内` states the same bound twice.
    q.comparator = match comparators.first() {
        Some(c) => *c,
        None if q.approx => {
            q.approx = false;
            Comparator::About
        }
        None => Comparator::Eq,
    };
    Some(q)
}

/// The direction a qualitative text states, if it states one.
pub fn direction_of(s: &str) -> Option<Direction> {
    const UP: [&str; 4] = ["提高", "增长", "提升", "增加"];
    const DOWN: [&str; 3] = ["降低", "下降", "减少"];
    if UP.iter().any(|w| s.contains(w)) {
        Some(Direction::Increase)
    } else if DOWN.iter().any(|w| s.contains(w)) {
        Some(Direction::Decrease)
    } else if s.starts_with("保持") || s.starts_with("稳定") {
        Some(Direction::Maintain)
    } else {
        None
    }
}
