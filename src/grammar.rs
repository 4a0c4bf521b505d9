//! The line grammar of Chinese plan documents: heading labels (第X章, 第X部分, 第X节, 一、, (一),
//! 1., 1、, (1), ——), 专栏 titles, lead sentences, metadata lines. Pure functions over one line
//! of text; deciding which style is a chapter in a given document is the outline's job.
//!
//! Both the importer (reading seeds) and the content loader (reading headings back from Markdown)
//! use it, so it sits below both and depends on nothing but [`crate::text`].

use crate::text::{is_space, parse_cn_numeral};
use regex::Regex;
use std::sync::LazyLock;

/// A numbering style found at the start of a line, in order of rank (outermost first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    /// 第X部分, 第X篇, 第X编
    Part,
    /// 第X章
    Chapter,
    /// 第X节
    Section,
    /// 1.1 (a decimal section number: chapter, then section)
    Decimal,
    /// 1.1.1 (a decimal number under a decimal section)
    SubDecimal,
    /// 一、
    CnEnum,
    /// (一) or （一）
    CnParen,
    /// 1. 1、 1．
    ArabicItem,
    /// (1), （1） or 1）
    ArabicParen,
    /// —— (a dash bullet)
    Dash,
}

impl Style {
    /// Styles that can be the top level of a plan.
    pub fn can_be_chapter(self) -> bool {
        matches!(self, Style::Part | Style::Chapter | Style::CnEnum)
    }
    /// Styles that can be the second level of a plan.
    pub fn can_be_section(self) -> bool {
        matches!(
            self,
            Style::Chapter | Style::Section | Style::Decimal | Style::CnEnum | Style::CnParen
        )
    }
}

/// A numbered label at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub style: Style,
    /// The label as written (`第一章`, `一、`, `（一）`, `1.`, `——`).
    pub text: String,
    /// Its value (0 for ——).
    pub number: u32,
    /// What follows the label, with leading whitespace removed.
    pub rest: String,
}

const CN: &str = "[一二三四五六七八九十百零〇两]+";

static RE_DI: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(第[ \u{{3000}}]*({CN}|[0-9０-９]+)[ \u{{3000}}]*(章|节|部分|篇|编)[：:、]?)"
    ))
    .unwrap()
});
static RE_CN_ENUM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(({CN})[、．.])")).unwrap());
static RE_CN_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^([(（]({CN})[)）])")).unwrap());
static RE_AR_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(([0-9０-９]{1,3})(?:[.．、]|\.\s))([^0-9０-９．.]|$)").unwrap()
});
/// An item number before a term that starts with a digit and a capital letter (`1.5G网络深度
///覆盖`, `2.3D打印`, `3.4K超高清`): the label `1.`, not the figure 1.5 (a figure's unit would go
/// on in letters, `1.5GW`).
/// So before a term that starts with digits of its own: `3.24小时便利店倍增工程`, `2.12345热线`,
/// `3.15分钟社区生活圈…` (two digits of minutes, then words),
/// before a year: `2.2026年汀溪镇…片区`, `4.2027—2028年…` (no figure has a year's four
/// decimals and then `年`), and before a numbered line, building or lot: `2.10号线…站周边地区`,
/// `3.5号楼` (no figure is counted in `号`).
static RE_AR_ITEM_TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(([0-9０-９]{1,3})[.．])(?:[0-9][A-Z](?:[^A-Za-z0-9.]|$)|24小时|[0-9]{2}分钟\p{Han}|123[0-9]{2}[^0-9]|(?:19|20)[0-9]{2}(?:年|[—–-](?:19|20)[0-9]{2}年)|[0-9]{1,3}号\p{Han})",
    )
    .unwrap()
});
/// `(1)`, `（1）`, or with the closing bracket only, `1）`.
static RE_AR_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([(（]?([0-9０-９]{1,3})[)）])").unwrap());

/// Digits as a number, full-width ones (`１２`) too.
fn digits(s: &str) -> Option<u32> {
    s.chars()
        .map(crate::text::fold_width)
        .collect::<String>()
        .parse()
        .ok()
}

/// The numbered label a line starts with, if any.
pub fn label(line: &str) -> Option<Label> {
    let line = line.trim_start_matches(is_space);
    let make = |style, text: &str, number| Label {
        style,
        text: text.to_string(),
        number,
        rest: line[text.len()..].trim_start_matches(is_space).to_string(),
    };
    if let Some(c) = RE_DI.captures(line) {
        let n = digits(&c[2]).or_else(|| parse_cn_numeral(&c[2]))?;
        let style = match &c[3] {
            "章" => Style::Chapter,
            "节" => Style::Section,
            _ => Style::Part,
        };
        return Some(make(style, &c[1], n));
    }
    if let Some(c) = RE_CN_ENUM.captures(line) {
        // (Not numbers listed, `三、四级排水管道…`, `一、二类水体`: the next number and its
        // grade or class.)
        let rest = &line[c[1].len()..];
        let mut after = rest.chars();
        let listed = after
            .next()
            .is_some_and(|d| "一二三四五六七八九十".contains(d))
            && after.next().is_some_and(|g| "级类等档星批".contains(g));
        if !listed {
            return Some(make(Style::CnEnum, &c[1], parse_cn_numeral(&c[2])?));
        }
    }
    if let Some(c) = RE_CN_PAREN.captures(line) {
        return Some(make(Style::CnParen, &c[1], parse_cn_numeral(&c[2])?));
    }
    if let Some(c) = RE_AR_PAREN.captures(line) {
        return Some(make(Style::ArabicParen, &c[1], digits(&c[2])?));
    }
    if let Some(c) = RE_AR_ITEM
        .captures(line)
        .or_else(|| RE_AR_ITEM_TERM.captures(line))
    {
        return Some(make(Style::ArabicItem, c[1].trim_end(), digits(&c[2])?));
    }
    if line.starts_with("——") {
        return Some(make(Style::Dash, "——", 0));
    }
    None
}

static RE_DECIMAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9０-９]{1,2})[.．]([0-9０-９]{1,2})(?:[.．]([0-9０-９]{1,2}))?").unwrap()
});

/// Characters a figure's unit, multiplier or qualifier starts with (`5.3万亩`, `2.1亿元`, `1.5倍`,
/// `81.5岁`, `5.5以内`, `3.5左右`): after a decimal number they make it a figure, not a heading
/// number.
const UNIT_STARTS: &str =
    "万亿千百%‰％个人元米吨倍次年月日天时分秒亩公平立克升度户家座条项件辆台套张名位所处株头只瓦岁以左约余多小级";

/// A decimal heading number at the start of a line (`1.1 自然和社会经济概况`, `3.1.2 …`,
/// `6.2信息化建设`): two or three numbers, then the title after a space or straight after, when
/// the title starts with a Chinese character that starts no unit (`5.3万亩坡耕地中，…` is a
/// figure). [`Style::Decimal`] numbers a section (its number is the second), [`Style::SubDecimal`]
/// what is under one (the third). Kept apart from [`label`]: a decimal is a heading number only
/// where the outline expects one; [`decimal_parent`] says what it is numbered under.
pub fn decimal_label(line: &str) -> Option<Label> {
    let line = line.trim_start_matches(is_space);
    let c = RE_DECIMAL.captures(line)?;
    let text = c.get(0)?.as_str();
    let after = &line[text.len()..];
    let rest = after.trim_start_matches(is_space);
    let first = rest.chars().next()?;
    let titled = crate::text::is_cjk(first) || first == '“' || first == '《';
    // (A chapter's number is small, and so is a section's: `45.00以上` is a figure.)
    let small = |i: usize, max: u32| {
        c.get(i)
            .is_none_or(|m| digits(m.as_str()).is_some_and(|n| (1..=max).contains(&n)))
    };
    if !titled
        || UNIT_STARTS.contains(first)
        || rest.chars().count() < 2
        || !(small(1, 30) && small(2, 60) && small(3, 60))
    {
        return None;
    }
    let (style, number) = match c.get(3) {
        Some(k) => (Style::SubDecimal, digits(k.as_str())?),
        None => (Style::Decimal, digits(&c[2])?),
    };
    Some(Label {
        style,
        text: text.to_string(),
        number,
        rest: rest.to_string(),
    })
}

/// A decimal heading number in half-width digits and full stops (`３．１` → `3.1`).
pub fn decimal_number(label: &str) -> String {
    label
        .trim_matches(is_space)
        .chars()
        .map(|c| {
            if c == '．' {
                '.'
            } else {
                crate::text::fold_width(c)
            }
        })
        .collect()
}

/// The number a decimal heading number is under: `1.1` → `1` (its chapter), `3.1.2` → `3.1` (its
/// section), in the form of [`decimal_number`].
pub fn decimal_parent(label: &str) -> String {
    let n = decimal_number(label);
    match n.rfind('.') {
        Some(i) => n[..i].to_string(),
        None => String::new(),
    }
}

/// A line that is a decimal heading's title line (`1.2 水土流失现状`): the number apart from the
/// title, or the title four characters at least without a digit (`6.2信息化建设`), and no
/// sentence. It ends a table and is never joined to the text before it.
pub fn is_decimal_title_line(line: &str) -> bool {
    let line = line.trim_start_matches(is_space);
    decimal_label(line).is_some_and(|l| {
        let spaced = line[l.text.len()..].starts_with(is_space);
        let worded = l.rest.chars().count() >= 4 && !l.rest.chars().any(|c| c.is_ascii_digit());
        (spaced || worded) && lower_heading(&l.rest).is_some_and(|(_, run_in)| run_in.is_none())
    })
}

/// A numbered label of [`label`], else a decimal heading number ([`decimal_label`]).
pub fn heading_label(line: &str) -> Option<Label> {
    label(line).or_else(|| decimal_label(line))
}

/// A list mark that is not a numbered label of [`label`]: the kind of mark a list's entries
/// share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListMark {
    /// A bullet symbol (`●`, `•`, `◆`, `■`, `▶`, `➢`, `√` …): the symbol itself.
    Bullet(char),
    /// A circled number (`①` … `⑳`).
    Circled,
    /// A number and a closing bracket (`1）`, `2)`).
    ClosingParen,
    /// A Chinese ordinal (`一是`, `二是`).
    Ordinal,
}

static RE_CLOSING_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9０-９]{1,3}[)）]").unwrap());
static RE_ORDINAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{CN}是[^是]")).unwrap());

/// The list mark a line starts with, when it is one of [`ListMark`] with text after it.
pub fn list_mark(line: &str) -> Option<ListMark> {
    let line = line.trim_start_matches(is_space);
    let first = line.chars().next()?;
    let after = line[first.len_utf8()..].trim_start_matches(is_space);
    if "●•◆◇■□▪▫▶►▸➢➤✓✔√○◎·".contains(first) && !after.is_empty()
    {
        return Some(ListMark::Bullet(first));
    }
    if ('①'..='⑳').contains(&first) && !after.is_empty() {
        return Some(ListMark::Circled);
    }
    if RE_CLOSING_PAREN.is_match(line) {
        return Some(ListMark::ClosingParen);
    }
    if RE_ORDINAL.is_match(line) {
        return Some(ListMark::Ordinal);
    }
    None
}

/// A row of a tab-separated table: a tab between two pieces of text. Tabs around a line, and the
/// tab a word processor puts after a heading's number (`一、\t总体要求`, `第一章\t总体要求`), do
/// not make a row; a numbered row (`1.\t城镇新增就业\t万人`) has tabs after its number too.
pub fn is_tab_row(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    if !t.contains('\t') {
        return false;
    }
    match label(t) {
        Some(l) if l.style != Style::Dash => l.rest.contains('\t'),
        _ => true,
    }
}

/// Characters that end a sentence or a clause a paragraph may end with.
pub fn is_terminal(c: char) -> bool {
    "。！？；：…”」』）)》.!?;:".contains(c)
}

/// The longest text a heading title (or a lead sentence) may have, in characters.
pub const MAX_TITLE_CHARS: usize = 40;
/// The longest lead sentence, in characters.
pub const MAX_LEAD_CHARS: usize = 32;

/// A heading's title and the text run into it: `发展基础。“十三五”时期…` → (`发展基础。`, `“十三五”时期…`);
/// `面临形势 “十四五”时期…` → (`面临形势`, `“十四五”时期…`). A short line is all title.
/// Returns `None` when the text is too long to be a heading and has no run-in split.
pub fn split_run_in(rest: &str) -> Option<(String, Option<String>)> {
    let rest = rest.trim_matches(is_space);
    let n = rest.chars().count();
    if n <= MAX_TITLE_CHARS && !rest.contains('。') && !rest.contains('；') {
        return Some((rest.to_string(), None));
    }
    // A short title closed by a colon before its text, `总体目标：到2025年，…。`, as
    // [`lower_heading`] reads one.
    if let Some((title, text)) = colon_title(rest) {
        if !title.contains(is_space) && text.contains('。') {
            return Some((title.to_string(), Some(text.to_string())));
        }
    }
    // Split at the first full stop or the first whitespace, whichever comes first.
    let stop = rest
        .find('。')
        .map(|i| (i + '。'.len_utf8(), i + '。'.len_utf8()));
    let space = rest.find(is_space).map(|i| {
        let after = rest[i..]
            .find(|c: char| !is_space(c))
            .map_or(rest.len(), |j| i + j);
        (i, after)
    });
    let (title_end, text_start) = match (stop, space) {
        (Some(a), Some(b)) => {
            if b.0 < a.0 {
                b
            } else {
                a
            }
        }
        (Some(a), None) => a,
        (None, Some(b)) => b,
        (None, None) => return None,
    };
    let title = &rest[..title_end];
    let title_chars = title.chars().count();
    if title_chars == 0 || title_chars > MAX_RUN_IN_TITLE_CHARS + 1 || title.contains(['；', ';'])
    {
        return None;
    }
    let text = rest[text_start..].to_string();
    Some((
        title.trim_matches(is_space).to_string(),
        (!text.is_empty()).then_some(text),
    ))
}

/// A short title closed by a colon, and the text after it (`优化停车供给结构：…`): the colon
/// before any full stop, the title of [`MAX_COLON_TITLE_CHARS`] characters at most, with no
/// `、` or `；` in it and at most one comma between two phrases of four characters or more
/// (`突出功能复合，满足多元需求`). The title keeps its colon.
fn colon_title(rest: &str) -> Option<(&str, &str)> {
    const PHRASE: usize = 4;
    let i = rest
        .find('：')
        .filter(|&i| rest.find('。').is_none_or(|s| i < s))?;
    let end = i + '：'.len_utf8();
    let title = &rest[..end];
    let n = title.chars().count().saturating_sub(1);
    let text = rest[end..].trim_start_matches(is_space);
    let words = &rest[..i];
    let phrases = match words.split_once('，') {
        None => true,
        Some((a, b)) => {
            a.chars().count() >= PHRASE && b.chars().count() >= PHRASE && !b.contains('，')
        }
    };
    // (Two phrases of one length may be longer: `传承队伍不断壮大，梯队结构持续优化：`; so may
    // a title of a task and its aim, `建设城市运行“一网统管”，提升感知能力：`, when it ends
    // as no lead-in does, `…提出如下要求：`.)
    let lead_in = ["如下", "以下", "下列", "意见", "通知", "原则", "要求"]
        .iter()
        .any(|w| words.ends_with(w));
    let longest = if paired_phrases(words) {
        MAX_COLON_TITLE_CHARS + 1
    } else if words.contains('，') && phrases && !lead_in {
        MAX_COLON_TITLE_CHARS + 4
    } else {
        MAX_COLON_TITLE_CHARS
    };
    // (A `、` inside quotation marks is a name's: `完善“街道吹哨、部门报到”机制：`; so is one
    // between two phrases of one length, four to six ideographs, a work's two ways
    // (`推进立体化、复合化利用：`), or a principle's pair after its verb (`坚持人民至上、生命至上：`).)
    let marks = unquoted(title);
    let pair = marks.matches('、').count() == 1
        && words.split_once('、').is_some_and(|(a, b)| {
            let (na, nb) = (a.chars().count(), b.chars().count());
            (nb == 4 && na == 6 || na == nb && (4..=6).contains(&na))
                && a.chars().chain(b.chars()).all(crate::text::is_cjk)
        });
    let marks: String = if pair {
        marks.replace('、', "")
    } else {
        marks
    };
    ((1..=longest).contains(&n) && phrases && !marks.contains([',', '、', '；', ';']))
        .then_some((title, text))
}

/// `t` without what stands between quotation marks (`“…”`, `‘…’`).
fn unquoted(t: &str) -> String {
    let mut depth = 0usize;
    t.chars()
        .filter(|&c| match c {
            '“' | '‘' => {
                depth += 1;
                false
            }
            '”' | '’' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

/// Two phrases of the same length, four to eight ideographs each, parted by one comma
/// (`减量优先，源头防控`, `政府引导，多元共治`): a title's parallel pair, not a sentence. A
/// principle's `坚持` before the first does not count (`坚持需求导向，均衡布局`).
fn paired_phrases(t: &str) -> bool {
    let Some((a, b)) = t.split_once(['，', ',']) else {
        return false;
    };
    let n = b.chars().count();
    let a_len = a.strip_prefix("坚持").unwrap_or(a).chars().count();
    (4..=8).contains(&n) && a_len == n && a.chars().chain(b.chars()).all(crate::text::is_cjk)
}

/// The longest title of a heading run into its paragraph (`1.标题。正文…`), in characters,
/// without its closing 。. Run-in titles of published plans reach 27 characters; the first
/// sentences of numbered paragraphs that are not titles are 32 and longer.
pub const MAX_RUN_IN_TITLE_CHARS: usize = 30;

/// The longest title closed by a colon before its text (`1.优化停车供给结构：…`), in characters:
/// shorter than one closed by a full stop, as a colon also closes a sentence's lead-in
/// (`按照“统筹规划、分步实施”的原则：…`).
pub const MAX_COLON_TITLE_CHARS: usize = 16;

/// A heading below the section (level 3 or 4) after its label: the title and the text run into it.
/// A heading is short and titled: a line of at most [`MAX_TITLE_CHARS`] characters with no
/// sentence inside (no 。 or ；, not ending like a clause), or a short title of at most
/// [`MAX_RUN_IN_TITLE_CHARS`] characters with no ；, ending in 。 and followed by its text (a
/// title may pair two phrases with a comma: `1.结合区域特质，更新改造稳步推进。正文…`). A
/// numbered sentence of clauses (`1.加强…；…。`), a long one, or one standing alone with a comma is
/// not a heading.
pub fn lower_heading(rest: &str) -> Option<(String, Option<String>)> {
    let rest = rest.trim_matches(is_space);
    if rest.is_empty() {
        return None;
    }
    let clause_marks = ['；', ';'];
    // A short title closed by a colon, its text after it (`优化停车供给结构：…`): a run-in title
    // as one closed by a full stop, when the colon comes first.
    if let Some((title, text)) = colon_title(rest) {
        // (Not a title line whose words go on after a colon, `1.理念引领：系统治理…`: a text
        // after it is a sentence, or longer than a title.)
        if text.contains('。') || rest.chars().count() > MAX_TITLE_CHARS {
            return Some((title.to_string(), Some(text.to_string())));
        }
    }
    // A short title set off by a space from a long text run into it, `突出挑战 同时也要看到，…。`,
    // as [`split_run_in`] reads a section's.
    if let Some((title, text)) = spaced_title(rest) {
        return Some((title.to_string(), Some(text.to_string())));
    }
    match rest.find('。') {
        None => {
            let n = rest.chars().count();
            let ends_open =
                rest.ends_with(['，', ',', '、', '：', ':', '；', ';', '！', '？', '…']);
            (n <= MAX_TITLE_CHARS && !rest.contains(['；', ';']) && !ends_open)
                .then(|| (rest.to_string(), None))
        }
        Some(i) => {
            let end = i + '。'.len_utf8();
            let title = &rest[..end];
            let n = title.chars().count().saturating_sub(1);
            if n == 0 || n > MAX_RUN_IN_TITLE_CHARS || title.contains(clause_marks) {
                return None;
            }
            let text = rest[end..].trim_start_matches(is_space);
            // Standing alone, a line ending in 。 is a title only without a comma: a numbered
            // sentence of its own (`（2）完善监管体系，将绿色建筑纳入验收。`) is a list item.
            // (Unless it pairs two phrases of one length, as principles are titled:
            // `1、减量优先，源头防控。`.)
            if text.is_empty() && title.contains(['，', ',']) && !paired_phrases(&title[..i]) {
                return None;
            }
            Some((
                title.to_string(),
                (!text.is_empty()).then(|| text.to_string()),
            ))
        }
    }
}

/// A title of CJK characters only, 2 to [`MAX_SPACED_TITLE_CHARS`], set off by white space from
/// the text run into it, a sentence longer than a title line: `突出挑战 同时也要看到，…。`.
fn spaced_title(rest: &str) -> Option<(&str, &str)> {
    let i = rest.find(is_space)?;
    let title = &rest[..i];
    let text = rest[i..].trim_start_matches(is_space);
    let n = title.chars().count();
    ((2..=MAX_SPACED_TITLE_CHARS).contains(&n)
        && title.chars().all(crate::text::is_cjk)
        && text.contains('。')
        && text.chars().count() > MAX_TITLE_CHARS
        && text.starts_with(|c: char| crate::text::is_cjk(c) || "“‘《「".contains(c)))
    .then_some((title, text))
}

/// The longest title set off by a space from its text ([`spaced_title`]), in characters.
const MAX_SPACED_TITLE_CHARS: usize = 12;

/// An annex caption line: `附件`, `附件：`, `附件1：标题`, `附件一 标题`, `附件：标题`.
/// Returns (number as written, if any; the text after the label).
pub fn annex_caption(line: &str) -> Option<(Option<String>, String)> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^附件[ \t\u{{3000}}]*([0-9０-９]{{1,3}}|{CN})?[ \t\u{{3000}}]*(?:[：:][ \t\u{{3000}}]*(.*)|[ \t\u{{3000}}](.*))?$"
        ))
        .unwrap()
    });
    let s = line.trim_matches(is_space);
    let c = RE.captures(s)?;
    let rest = c
        .get(2)
        .or_else(|| c.get(3))
        .map_or("", |m| m.as_str())
        .trim_matches(is_space);
    if rest.chars().count() > MAX_TITLE_CHARS || rest.contains('。') || rest.starts_with('《') {
        return None;
    }
    Some((c.get(1).map(|m| m.as_str().to_string()), rest.to_string()))
}

/// The label of an appended table, figure or appendix at the head of a line or of a table's
/// caption: `附表`, `附表1`, `附表一：`, `附表 2 标题`, `附表3“十五五”重大项目表`, `附表：标题`,
/// `附图：标题`, `附录 名词解释`.
/// Returns (the label as written, its separator included; the title after it, which may be
/// empty). A sentence (`附表所列项目…。`) is none.
pub fn appended_label(line: &str) -> Option<(String, String)> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^(附[表图录][ \t\u{{3000}}]*(?:(?:[0-9０-９]{{1,3}}|{CN})[ \t\u{{3000}}]*[：:．.、]?|[：:])?)[ \t\u{{3000}}]*(.*)$"
        ))
        .unwrap()
    });
    let s = line.trim_matches(is_space);
    let c = RE.captures(s)?;
    let label = c.get(1).map_or("", |m| m.as_str());
    let rest = c.get(2).map_or("", |m| m.as_str()).trim_matches(is_space);
    // `附表所列…`: the label ends with a number, a separator or a space before any title.
    if (["附表", "附图", "附录"].contains(&label) && !rest.is_empty())
        || rest.chars().count() > MAX_TITLE_CHARS
        || rest.contains(['。', '；'])
        || rest.starts_with('《')
    {
        return None;
    }
    Some((
        label.trim_end_matches(is_space).to_string(),
        rest.to_string(),
    ))
}

/// A 专栏 title line: `专栏 1 建立就业影响评估机制`, `专栏15 深化全民参保计划`, `专栏1　标题`,
/// `专栏：标题`, `专栏一 标题`, numbered within a chapter, `专栏3-1 标题`, `专栏 2.1 标题`, and
/// with the label in brackets, `【专栏1】标题`.
/// Returns (label as written, number, title); a number within a chapter is in the label only.
pub fn box_title(line: &str) -> Option<(String, Option<u32>, String)> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^(专栏[ \t\u{{3000}}]*([0-9０-９]+|{CN})?[ \t\u{{3000}}]*[:：、.．]?)[ \t\u{{3000}}]*(.+)$"
        ))
        .unwrap()
    });
    static COMPOUND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(专栏[ \t\u{3000}]*[0-9０-９]+(?:[-－—–.．][0-9０-９]+)+[ \t\u{3000}]*[:：、]?)[ \t\u{3000}]*(.+)$",
        )
        .unwrap()
    });
    static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^([【\[［][ \t\u{{3000}}]*专栏[ \t\u{{3000}}]*([0-9０-９]+(?:[-－—–.．][0-9０-９]+)*|{CN})?[ \t\u{{3000}}]*[】\]］][:：]?)[ \t\u{{3000}}]*(.+)$"
        ))
        .unwrap()
    });
    let line = line.trim_matches(is_space);
    let short = |title: &str| title.chars().count() <= MAX_TITLE_CHARS && !title.contains('。');
    // `【专栏1】标题`: the label in brackets.
    if let Some(c) = BRACKETED.captures(line) {
        let title = c[3].trim_matches(is_space);
        if !short(title) {
            return None;
        }
        let number = c.get(2).and_then(|m| box_number(m.as_str()));
        return Some((c[1].to_string(), number, title.to_string()));
    }
    // `专栏3-1 标题`; not `专栏3.5G基站` (专栏3, title `5G基站`).
    if let Some(c) = COMPOUND.captures(line) {
        let title = c[2].trim_matches(is_space);
        let glued =
            !c[1].ends_with(is_space) && title.starts_with(|x: char| x.is_ascii_alphanumeric());
        if !glued && short(title) {
            return Some((
                c[1].trim_end_matches(is_space).to_string(),
                None,
                title.to_string(),
            ));
        }
    }
    let c = RE.captures(line)?;
    let title = c[3].trim_matches(is_space).to_string();
    if !short(&title) {
        return None;
    }
    let number = c.get(2).and_then(|m| box_number(m.as_str()));
    Some((c[1].trim_end_matches(is_space).to_string(), number, title))
}

/// A 专栏's number as written in its label (`3`, `３`, `三`); none for a number within a
/// chapter (`3-1`).
fn box_number(written: &str) -> Option<u32> {
    let folded: String = written.chars().map(crate::text::fold_width).collect();
    folded.parse().ok().or_else(|| parse_cn_numeral(&folded))
}

/// The lead sentence a paragraph opens with: the first sentence, ending in 。, when it is short
/// enough to be a clause title and more text follows. Returns its length in bytes. A sentence
/// with nothing before its 。 (a line that starts with the full stop of the line before) or with
/// white space at either end of its words is no lead: it could not be set in bold.
pub fn lead_len(text: &str) -> Option<usize> {
    let stop = text.find('。')?;
    let end = stop + '。'.len_utf8();
    let lead = &text[..end];
    let words = &text[..stop];
    if words.is_empty() || words.starts_with(is_space) || words.ends_with(is_space) {
        return None;
    }
    if end >= text.len() || lead.chars().count() > MAX_LEAD_CHARS || lead.contains('；') {
        return None;
    }
    if text[end..].trim_start_matches(is_space).is_empty() {
        return None;
    }
    Some(end)
}

/// A line that is only the name of an unnumbered part of a plan that heads its text (`前言`,
/// `序 言`, `结束语`): a title, never the first half of a sentence.
pub fn is_unnumbered_part(line: &str) -> bool {
    const NAMES: [&str; 9] = [
        "前言",
        "序言",
        "引言",
        "导言",
        "总则",
        "附则",
        "结语",
        "结束语",
        "后记",
    ];
    NAMES.contains(&crate::text::strip_spaces(line).as_str())
}

/// A line that is only the name of an unnumbered part that closes a plan after its chapters
/// (`结束语`, `结 语`, `后记`).
pub fn is_closing_part(line: &str) -> bool {
    is_unnumbered_part(line)
        && ["结语", "结束语", "后记"].contains(&crate::text::strip_spaces(line).as_str())
}

/// A line that is only a table of contents title (`目录`, `目 录`).
pub fn is_toc_title(line: &str) -> bool {
    crate::text::strip_spaces(line) == "目录"
}

/// A TOC entry with its list dash, dot leaders and page number removed.
pub fn toc_entry(line: &str) -> String {
    toc_parts(line).0
}

/// Whether a TOC entry ends with a page number (`第二章 推动就业……12`), as the contents of a
/// printed plan do; a web page's contents name the headings only.
pub fn toc_entry_has_page(line: &str) -> bool {
    toc_parts(line).1
}

/// A TOC entry without its list dash, dot leaders and page number, and whether it had a page
/// number.
fn toc_parts(line: &str) -> (String, bool) {
    static RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[.…·．\s]*[0-9]+\s*$").unwrap());
    let s = line.trim_matches(is_space);
    let s = s
        .strip_prefix("- ")
        .or_else(|| s.strip_prefix("-"))
        .unwrap_or(s);
    // (An entry with no number, `序言……1`, has its page number after a leader.)
    static LEADER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[.…·．]{2,}\s*[0-9]+\s*$").unwrap());
    let paged = (label(s).is_some_and(|l| l.style != Style::ArabicItem) && RE.is_match(s))
        || LEADER.is_match(s);
    let s = if paged {
        RE.replace(s, "").to_string()
    } else {
        s.to_string()
    };
    (s.trim_matches(is_space).to_string(), paged)
}

/// A full date, in digits or in Chinese numerals as signatures write it: `2021年9月22日`,
/// `二〇二一年九月二十二日` → `2021-09-22`.
pub fn cn_date(line: &str) -> Option<String> {
    static RE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\S{4})\s*年\s*(\S{1,3})\s*月\s*(\S{1,3})\s*日$").unwrap());
    let c = RE.captures(line.trim_matches(is_space))?;
    let (year, month) = year_month(&c[1], &c[2])?;
    let day = number_of(&c[3]).filter(|d| (1..=31).contains(d))?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// A signature and its date on one line, as some pages print a notice's end
/// (`上海市普陀区商务委员会  2021年9月18日`) and some covers their issuer (`…管理局 2021年10月`):
/// the organisation and the date (`2021-09-18`, `2021-10`).
pub fn signature_with_date(line: &str) -> Option<(String, String)> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\S.*?)\s+(\S{4}\s*年\s*\S{1,3}\s*月(?:\s*\S{1,3}\s*日)?)$").unwrap()
    });
    let c = RE.captures(line.trim_matches(is_space))?;
    let org = c[1].trim_matches(is_space);
    let date = cn_date(&c[2]).or_else(|| cn_month(&c[2]))?;
    is_organisation(org).then(|| (org.to_string(), date))
}

/// A date in digits alone on its line, as web pages print one: `2026-01-05`, `2026/1/5`,
/// `2026.01.05` → `2026-01-05`.
pub fn digit_date(line: &str) -> Option<String> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^([0-9]{4})([-/.])([0-9]{1,2})([-/.])([0-9]{1,2})$").unwrap()
    });
    let c = RE.captures(line.trim_matches(is_space))?;
    if c[2] != c[4] {
        return None;
    }
    let year: u32 = c[1].parse().ok()?;
    let month: u32 = c[3].parse().ok().filter(|m| (1..=12).contains(m))?;
    let day: u32 = c[5].parse().ok().filter(|d| (1..=31).contains(d))?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// A date of a month only, as some notices are dated: `2021年12月`, `二〇二一年十二月` →
/// `2021-12`.
pub fn cn_month(line: &str) -> Option<String> {
    static RE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\S{4})\s*年\s*(\S{1,3})\s*月$").unwrap());
    let c = RE.captures(line.trim_matches(is_space))?;
    let (year, month) = year_month(&c[1], &c[2])?;
    Some(format!("{year:04}-{month:02}"))
}

/// A month on a cover: `2021年9月`, `二〇二一年九月`.
pub fn is_cover_month(line: &str) -> bool {
    cn_month(line).is_some()
}

/// A year of four digits (`2021`, `二〇二一`) and a month (`9`, `九`, `十二`).
fn year_month(year: &str, month: &str) -> Option<(u32, u32)> {
    let year = year.chars().try_fold(0u32, |y, c| {
        let d = digit_value(c)
            .or_else(|| parse_cn_numeral(c.encode_utf8(&mut [0; 4])).filter(|d| *d < 10))?;
        Some(y * 10 + d)
    })?;
    let month = number_of(month).filter(|m| (1..=12).contains(m))?;
    Some((year, month))
}

/// The value of a digit, ASCII or full-width (`２`, as some pages print dates).
fn digit_value(c: char) -> Option<u32> {
    match c {
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => c.to_digit(10),
    }
}

/// A number in ASCII or full-width digits or in Chinese numerals (`22`, `２２`, `二十二`).
fn number_of(s: &str) -> Option<u32> {
    if !s.is_empty() && s.chars().all(|c| digit_value(c).is_some()) {
        s.chars()
            .try_fold(0u32, |n, c| n.checked_mul(10)?.checked_add(digit_value(c)?))
    } else {
        parse_cn_numeral(s)
    }
}

/// The years of a plan's term as written with its title: `2021—2025年`, `2021年-2025年`,
/// `2026～2030`; the first and last year.
pub fn year_range(text: &str) -> Option<(u32, u32)> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"((?:19|20)[0-9]{2})\s*年?\s*(?:[—–－\-～~至到]+)\s*((?:19|20)[0-9]{2})\s*年?")
            .unwrap()
    });
    let c = RE.captures(text)?;
    let a = c[1].parse().ok()?;
    let b = c[2].parse().ok()?;
    (a < b).then_some((a, b))
}

/// The text inside the brackets a line is wrapped in: `（…）`, `(…)`.
fn in_brackets(t: &str) -> Option<&str> {
    t.strip_prefix(['（', '('])
        .and_then(|x| x.strip_suffix(['）', ')']))
}

/// A line under a plan's title that only gives its term: `（2021—2025年）`, `(2026-2030)`.
pub fn is_term_line(line: &str) -> bool {
    let t = crate::text::strip_spaces(line);
    let Some(inner) = in_brackets(&t) else {
        return false;
    };
    year_range(inner).is_some_and(|_| {
        inner
            .chars()
            .all(|c| c.is_ascii_digit() || "年—–－-～~至到".contains(c))
    })
}

/// A notice's release note under its date: `（此件公开发布）`, `(此件主动公开)`.
pub fn is_release_note(line: &str) -> bool {
    let t = crate::text::strip_spaces(line);
    let inner = in_brackets(&t).unwrap_or(&t);
    inner.starts_with("此件") && inner.chars().count() <= 12 && !inner.contains('。')
}

/// A document number: `京人社规字〔2021〕54号` (or in full-width digits, `〔２０２１〕１２号`).
pub fn is_doc_number(line: &str) -> bool {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\S{1,16}\s?[〔\[［(（][0-9０-９]{4}[〕\]］)）]\s*[0-9０-９]+\s*号(?:[\s、，,]+\S{1,16}\s?[〔\[［(（][0-9０-９]{4}[〕\]］)）]\s*[0-9０-９]+\s*号)*$",
        )
        .unwrap()
    });
    RE.is_match(line.trim_matches(is_space))
}

/// The issuer a red-headed copy's letterhead names (`岚州市人民政府办公室文件` →
/// `岚州市人民政府办公室`).
pub fn letterhead(line: &str) -> Option<&str> {
    let s = line.trim_matches(is_space);
    let org = s.strip_suffix("文件")?.trim_end_matches(is_space);
    is_organisation(org).then_some(org)
}

/// A line naming an organisation only (issuer of a notice or cover), possibly with its second
/// name in brackets (`临澜区市场监督管理局（临澜区知识产权局）`: one body under two names).
pub fn is_organisation(line: &str) -> bool {
    let s = line.trim_matches(is_space);
    if let Some(inner) = s.strip_suffix(['）', ')']) {
        return inner.rfind(['（', '(']).is_some_and(|open| {
            let alias = inner[open..].trim_start_matches(['（', '(']);
            names_organisation(&inner[..open]) && names_organisation(alias)
        });
    }
    names_organisation(s)
}

/// A name of one organisation, nothing before or after it.
fn names_organisation(s: &str) -> bool {
    let n = s.chars().count();
    (4..=30).contains(&n)
        && !s.contains(|c: char| "，,。；：:“”《》".contains(c))
        && [
            "局",
            "委",
            "厅",
            "政府",
            "办公室",
            "委员会",
            "部",
            "院",
            "办",
            "中心",
            "署",
            "支队",
            "总队",
            "大队",
            "管委会",
            "联合会",
            "联合社",
            "合作社",
            "总社",
            "联社",
            "协会",
            "科协",
            "妇联",
            "残联",
            "工会",
            "站",
            "所",
            "处",
            "馆",
            "公司",
            "集团",
            "银行",
            "分行",
            "支行",
        ]
        .iter()
        .any(|suffix| s.ends_with(suffix))
        // (A title's `…设施布局`, `…发展格局`, `…活动场所` end in a body's character, not its name.)
        && !["布局", "格局", "场所"].iter().any(|w| s.ends_with(w))
}

/// A draft marker line: `(拟文稿)`, `（征求意见稿）`.
pub fn draft_label(line: &str) -> Option<String> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[(（](拟文稿|征求意见稿|草案|送审稿|讨论稿|代拟稿|草稿)[)）]$").unwrap()
    });
    let s = line.trim_matches(is_space);
    RE.is_match(s).then(|| s.to_string())
}

/// A title with a draft marker at its end (`…规划（征求意见稿）`): the title before it and the marker.
pub fn split_draft_label(title: &str) -> Option<(&str, String)> {
    let t = title.trim_end_matches(is_space);
    let open = t.rfind(['（', '('])?;
    let label = draft_label(&t[open..])?;
    let head = t[..open].trim_end_matches(is_space);
    (!head.is_empty()).then_some((head, label))
}

/// A line of a web page's controls, not of the document: `【打印本页】 【关闭窗口】`,
/// `[打印] [关闭]`, `【字体：大 中 小】`, `分享到：`, `返回顶部`.
pub fn is_web_controls(line: &str) -> bool {
    const WORDS: [&str; 22] = [
        "打印",
        "打印本页",
        "打印此页",
        "关闭",
        "关闭窗口",
        "关闭本页",
        "返回",
        "返回顶部",
        "回到顶部",
        "返回首页",
        "分享",
        "分享到",
        "收藏",
        "保存",
        "保存本页",
        "纠错",
        "我要纠错",
        "扫一扫",
        "字体",
        "字号",
        "大中小",
        "阅读全文",
    ];
    let mut any = false;
    let words = line
        .split(|c: char| is_space(c) || "【】[]|｜/".contains(c))
        .filter(|w| !w.is_empty());
    for w in words {
        // `字体：大 中 小` splits into `字体：大`, `中`, `小`.
        let w = w.trim_end_matches(['：', ':']);
        if ["大", "中", "小"].contains(&w) {
            continue;
        }
        let ok = WORDS.contains(&w)
            || w.split_once(['：', ':'])
                .is_some_and(|(a, b)| WORDS.contains(&a) && b == "大");
        if !ok {
            return false;
        }
        any = true;
    }
    any
}

/// A line of a notice's 版记, printed after the document: `抄送：区委各部门…`,
/// `某区人民政府办公室 2021年9月30日印发`.
pub fn is_colophon(line: &str) -> bool {
    static PRINTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*印发$").unwrap()
    });
    let t = line.trim_matches(is_space);
    let copied = ["抄送", "抄报"].iter().any(|w| {
        t.strip_prefix(w)
            .is_some_and(|r| r.trim_start_matches(is_space).starts_with(['：', ':']))
    });
    t.chars().count() <= 120 && (copied || PRINTED.is_match(t))
}

/// A web page's breadcrumb trail: `首页 > 政务公开 > 规划计划`, `当前位置：首页 » 政策文件`.
pub fn is_breadcrumb(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    ["首页", "当前位置", "您的位置", "您现在的位置", "你的位置"]
        .iter()
        .any(|w| t.starts_with(w))
        && t.contains(['>', '＞', '»', '→'])
        && !t.contains('。')
}

/// A field of a government information disclosure page's header (`发文字号：沪府发〔2021〕12号`,
/// `索引号：…`, `成文日期：2021年7月5日`): the field's name and its value.
pub fn disclosure_field(line: &str) -> Option<(&'static str, String)> {
    const NAMES: [&str; 23] = [
        "名称",
        "标题",
        "信息名称",
        "索引号",
        "信息分类",
        "组配分类",
        "所属主题",
        "关键词",
        "是否有效",
        "生成日期",
        "发布机构",
        "发文机关",
        "发文字号",
        "文号",
        "成文日期",
        "发布日期",
        "公开日期",
        "主题分类",
        "主题词",
        "公文种类",
        "体裁分类",
        "有效性",
        "公开方式",
    ];
    let t = line.trim_matches(is_space);
    let (name, value) = t.split_once(['：', ':'])?;
    let name = crate::text::strip_spaces(name);
    let known = NAMES.iter().find(|n| **n == name)?;
    Some((*known, value.trim_matches(is_space).to_string()))
}

/// Fields of a web source line: `来源:上海浦东新区人民政府 发布时间:2021-08-27 浏览量:18`.
#[derive(Debug, Default, PartialEq)]
pub struct SourceLine {
    pub source: Option<String>,
    pub date: Option<String>,
    /// Page chrome such as `浏览量:18`.
    pub chrome: Vec<String>,
}

pub fn source_line(line: &str) -> Option<SourceLine> {
    static FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(来源|发布时间|发布日期|浏览量|浏览次数|阅读量|访问量|字号)\s*[:：]\s*(\S+)")
            .unwrap()
    });
    let s = line.trim_matches(is_space);
    if !["来源", "信息来源", "文章来源", "发布时间", "发布日期"]
        .iter()
        .any(|w| s.starts_with(w))
    {
        return None;
    }
    let mut out = SourceLine::default();
    for c in FIELD.captures_iter(s) {
        match &c[1] {
            "来源" => out.source = Some(c[2].to_string()),
            "发布时间" | "发布日期" => out.date = Some(c[2].chars().take(10).collect()),
            _ => out.chrome.push(c[0].to_string()),
        }
    }
    (out.source.is_some() || out.date.is_some()).then_some(out)
}

/// A line that is only a page number (`17`, `- 12 -`, `— 3 —`, `第 3 页 共 20 页`).
pub fn is_page_number(line: &str) -> bool {
    static RE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[-—–\s]*[0-9]{1,4}[-—–\s]*$").unwrap());
    RE.is_match(line.trim_matches(is_space)) || page_of_pages(line).is_some()
}

/// The page of a footer written in words: `第 3 页`, `第 3 页 共 20 页`, `第3页/共20页`.
pub fn page_of_pages(line: &str) -> Option<u32> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^第\s*([0-9]{1,4})\s*页(?:\s*[,，/、]?\s*共\s*[0-9]{1,4}\s*页)?$").unwrap()
    });
    let c = RE.captures(line.trim_matches(is_space))?;
    c.get(1)?.as_str().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_heading_numbers_and_figures_that_look_like_them() {
        let read = |t: &str| decimal_label(t).map(|l| (l.style, l.text, l.number, l.rest));
        assert_eq!(
            read("1.2 水土流失现状"),
            Some((Style::Decimal, "1.2".into(), 2, "水土流失现状".into()))
        );
        assert_eq!(
            read("3.1.2 中部丘陵水土流失综合治理区"),
            Some((
                Style::SubDecimal,
                "3.1.2".into(),
                2,
                "中部丘陵水土流失综合治理区".into()
            ))
        );
        assert_eq!(read("6.2信息化建设").map(|r| r.2), Some(2));
        assert_eq!(read("２．１ 指导思想").map(|r| r.0), Some(Style::Decimal));
        // Figures: a unit, a multiplier or a qualifier after the number, a number too large to
        // be a chapter's, a one-character rest, or no title at all.
        for figure in [
            "5.3万亩坡耕地中，已治理3.1万亩。",
            "81.5岁",
            "5.5以内",
            "1.80以内",
            "45.00以上",
            "12.5（含征收）",
            "2.4K/8K超高清：分辨率",
            "3.5岁以下儿童死亡率",
            "4.65km/km²",
            "1.5",
            "2.3 年",
        ] {
            assert_eq!(read(figure), None, "{figure}");
        }
        assert_eq!(decimal_parent("3.1.2"), "3.1");
        assert_eq!(decimal_parent("２．１"), "2");
        assert!(is_decimal_title_line("1.2 水土流失现状"));
        assert!(is_decimal_title_line("6.2信息化建设"));
        assert!(!is_decimal_title_line("6.2城区"));
        assert!(!is_decimal_title_line("1.2 开展监测。全县建成站点5个。"));
    }

    #[test]
    fn an_item_number_before_a_term_of_a_digit_and_a_capital() {
        let read = |t: &str| label(t).map(|l| (l.style, l.text, l.number, l.rest));
        assert_eq!(
            read("1.5G网络深度覆盖"),
            Some((Style::ArabicItem, "1.".into(), 1, "5G网络深度覆盖".into()))
        );
        assert_eq!(read("2.4K/8K超高清：分辨率").map(|r| r.2), Some(2));
        assert_eq!(
            read("3.3D打印产业园").map(|r| r.3),
            Some("3D打印产业园".into())
        );
        // Figures: a unit in letters, a decimal going on, lower case.
        for figure in ["1.5GW光伏项目建成投运。", "2.35G", "1.5g", "1.5万亩"] {
            assert_eq!(read(figure), None, "{figure}");
        }
    }

    #[test]
    fn an_item_number_before_a_term_that_starts_with_digits() {
        let read = |t: &str| label(t).map(|l| (l.style, l.text, l.number, l.rest));
        assert_eq!(
            read("3.24小时便利店倍增工程。新增24小时便利店245家以上。"),
            Some((
                Style::ArabicItem,
                "3.".into(),
                3,
                "24小时便利店倍增工程。新增24小时便利店245家以上。".into()
            ))
        );
        assert_eq!(read("2.12345热线整合工程").map(|r| r.2), Some(2));
        // A year after the number: `2.` and the year's text.
        assert_eq!(
            read("2.2026年汀溪镇西部村域管网并网片区").map(|r| (r.1, r.3)),
            Some(("2.".into(), "2026年汀溪镇西部村域管网并网片区".into()))
        );
        assert_eq!(read("4.2027—2028年推进项目").map(|r| r.2), Some(4));
        // A metro line or a building after the number: `2.` and its name.
        assert_eq!(
            read("2.10号线琅湖路站周边地区TOD综合开发项目").map(|r| (r.1, r.3)),
            Some(("2.".into(), "10号线琅湖路站周边地区TOD综合开发项目".into()))
        );
        // Minutes of a term: `3.` and `15分钟社区生活圈…`.
        assert_eq!(
            read("3.15分钟社区生活圈建设成效显现").map(|r| (r.1, r.3)),
            Some(("3.".into(), "15分钟社区生活圈建设成效显现".into()))
        );
        // Figures: a decimal with its unit.
        for figure in [
            "3.24小",
            "2.5小时",
            "3.15分钟",
            "4.5分钟到场",
            "1.12345",
            "2.2026万元",
            "1.2026",
            "2.10号",
        ] {
            assert_eq!(read(figure), None, "{figure}");
        }
    }

    #[test]
    fn a_title_line_closed_by_a_full_stop_pairs_two_phrases_or_is_a_sentence() {
        assert_eq!(
            lower_heading("减量优先，源头防控。"),
            Some(("减量优先，源头防控。".into(), None))
        );
        assert!(lower_heading("政府引导，多元共治。").is_some());
        // A principle's `坚持` before its pair does not count in the lengths.
        assert!(lower_heading("坚持需求导向，均衡布局。").is_some());
        assert!(lower_heading("需求导向为主，均衡布局。").is_none());
        // Closed by a colon, such a pair may be one character longer than another title.
        assert_eq!(
            lower_heading("传承队伍不断壮大，梯队结构持续优化：全市现有传承人4人。")
                .map(|(t, _)| t),
            Some("传承队伍不断壮大，梯队结构持续优化：".into())
        );
        assert!(colon_title("传承队伍不断壮大，梯队结构持续优化：全市现有传承人4人。").is_some());
        assert!(colon_title("按照统筹规划和分步实施原则全面推进：全市现有传承人4人。").is_none());
        // A task and its aim, closed by a colon, may be longer still; a lead-in may not.
        assert_eq!(
            colon_title("建设城市运行“一网统管”，提升感知能力：整合各部门数据资源。")
                .map(|(t, _)| t),
            Some("建设城市运行“一网统管”，提升感知能力：")
        );
        assert!(colon_title("为加快推进城市更新工作，现提出如下要求：一是加强统筹。").is_none());
        // A `、` in quotation marks is a name's, no list's.
        assert_eq!(
            colon_title("完善“街道吹哨、部门报到”机制：对涉及多个部门的难题限时处置。")
                .map(|(t, _)| t),
            Some("完善“街道吹哨、部门报到”机制：")
        );
        assert!(colon_title("完善街道、部门协同机制：对涉及多个部门的难题限时处置。").is_none());
        // So is one between a principle's two phrases of four.
        assert_eq!(
            colon_title("坚持人民至上、生命至上：把保护人民群众生命安全摆在首位。").map(|(t, _)| t),
            Some("坚持人民至上、生命至上：")
        );
        // So is one between two phrases of one length, a work's two ways.
        assert_eq!(
            colon_title("推进立体化、复合化利用：鼓励利用公园绿地地下空间建设公共停车库。")
                .map(|(t, _)| t),
            Some("推进立体化、复合化利用：")
        );
        assert!(colon_title("推进河道、湖泊、水库综合治理：全面开展清淤。").is_none());
        for sentence in [
            "完善监管体系，将绿色建筑纳入验收。",
            "减量优先，源头防控，系统治理。",
            "减量优先，2025年底前完成。",
        ] {
            assert_eq!(lower_heading(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn unnumbered_parts_are_whole_lines() {
        assert!(is_unnumbered_part("前言"));
        assert!(is_unnumbered_part("结 束 语"));
        assert!(is_unnumbered_part("\u{3000}序言\u{3000}"));
        assert!(!is_unnumbered_part("前言部分说明了规划的背景"));
        assert!(!is_unnumbered_part("一、前言"));
        assert!(is_closing_part("结 束 语"));
        assert!(!is_closing_part("前言"));
        assert!(!is_closing_part("结束语部分"));
    }

    #[test]
    fn lines_of_a_notice_and_of_a_web_page_around_the_plan() {
        assert!(is_release_note("（此件公开发布）"));
        assert!(is_release_note("(此件主动公开)"));
        assert!(!is_release_note(
            "此件已经区政府常务会议审议通过，现印发给你们。"
        ));
        assert!(is_colophon("抄送：区委各部门，区人大常委会办公室。"));
        assert!(is_colophon("某区人民政府办公室　　　　2021年9月30日印发"));
        assert!(!is_colophon("抄送工作情况报告。"));
        assert!(!is_colophon("2021年9月30日"));
        assert_eq!(
            disclosure_field("发文字号：沪府发〔2021〕12号"),
            Some(("发文字号", "沪府发〔2021〕12号".to_string()))
        );
        assert_eq!(
            disclosure_field("索 引 号: SH0100"),
            Some(("索引号", "SH0100".to_string()))
        );
        assert_eq!(
            disclosure_field("信息分类：旅游"),
            Some(("信息分类", "旅游".to_string()))
        );
        assert_eq!(disclosure_field("主要目标：到2025年建成体系。"), None);
        assert!(is_breadcrumb("首页 > 政务公开 > 规划计划"));
        assert!(is_breadcrumb("当前位置：首页 » 政策文件"));
        assert!(!is_breadcrumb("首页显示规划全文。"));
        for controls in [
            "【打印本页】 【关闭窗口】",
            "[打印] [关闭]",
            "【字体：大 中 小】",
            "分享到：",
            "返回顶部",
        ] {
            assert!(is_web_controls(controls), "{controls}");
        }
        for text in [
            "大",
            "中 小",
            "加强组织领导。",
            "【重点任务】",
            "打印机",
            "",
        ] {
            assert!(!is_web_controls(text), "{text}");
        }
    }

    #[test]
    fn a_title_line_with_a_draft_marker_or_a_term() {
        assert_eq!(
            split_draft_label("某区规划（征求意见稿）"),
            Some(("某区规划", "（征求意见稿）".to_string()))
        );
        assert_eq!(split_draft_label("某区规划（2021—2025年）"), None);
        assert_eq!(split_draft_label("（草案）"), None);
        assert!(is_term_line("（2021—2025年）"));
        assert!(is_term_line("(2026 - 2030)"));
        assert!(is_term_line("（2021年-2025年）"));
        assert!(!is_term_line("（2021年完成）"));
        assert!(!is_term_line("2021—2025年"));
        assert_eq!(year_range("规划（2021年～2025年）"), Some((2021, 2025)));
    }

    #[test]
    fn a_tab_row_has_a_tab_between_cells() {
        for row in [
            "指标\t单位\t2020年",
            "1.\t城镇新增就业\t万人\t50",
            "（一）就业\t万人",
            "\t城镇调查失业率\t%\t5.5\t",
        ] {
            assert!(is_tab_row(row), "{row:?}");
        }
        for line in [
            "一、\t总体要求",
            "第一章\t\t发展基础",
            "（一）\t主要成效\t",
            "\t为推进本区绿化建设，制定本规划。",
            "推进绿化建设。\t",
            "没有制表符",
        ] {
            assert!(!is_tab_row(line), "{line:?}");
        }
    }

    #[test]
    fn numbers_listed_with_their_grade_are_no_label() {
        // `三、四级排水管道…` (grades three and four), `一、二类水体`: no chapter's label.
        assert!(label("三、四级排水管道结构性缺陷修复率").is_none());
        assert!(label("一、二类水体比例").is_none());
        // A chapter whose title starts otherwise is one.
        assert_eq!(
            label("三、四大行动").map(|l| (l.style, l.number)),
            Some((Style::CnEnum, 3))
        );
        assert_eq!(label("三、优化排水防涝空间格局").map(|l| l.number), Some(3));
    }

    #[test]
    fn labels_of_every_heading_style() {
        let cases: &[(&str, Style, &str, u32, &str)] = &[
            ("一．发展基础", Style::CnEnum, "一．", 1, "发展基础"),
            ("十二.保障措施", Style::CnEnum, "十二.", 12, "保障措施"),
            (
                "１．公园体系不断完善",
                Style::ArabicItem,
                "１．",
                1,
                "公园体系不断完善",
            ),
            ("１２、绿道", Style::ArabicItem, "１２、", 12, "绿道"),
            (
                "（３）口袋公园",
                Style::ArabicParen,
                "（３）",
                3,
                "口袋公园",
            ),
            (
                "第一章 站在历史新起点谋划事业新发展",
                Style::Chapter,
                "第一章",
                1,
                "站在历史新起点谋划事业新发展",
            ),
            (
                "第十二章　保障措施",
                Style::Chapter,
                "第十二章",
                12,
                "保障措施",
            ),
            ("第三部分 主要任务", Style::Part, "第三部分", 3, "主要任务"),
            ("第二篇 发展环境", Style::Part, "第二篇", 2, "发展环境"),
            ("第一节 发展基础", Style::Section, "第一节", 1, "发展基础"),
            ("第2章 就业", Style::Chapter, "第2章", 2, "就业"),
            // Spaces a justified heading puts inside its label, full-width digits.
            (
                "第 一 章  发展基础",
                Style::Chapter,
                "第 一 章",
                1,
                "发展基础",
            ),
            (
                "第　三　节　保障措施",
                Style::Section,
                "第　三　节",
                3,
                "保障措施",
            ),
            ("第１２章 附则", Style::Chapter, "第１２章", 12, "附则"),
            // A mark after the label is the label's.
            (
                "第一章：发展基础",
                Style::Chapter,
                "第一章：",
                1,
                "发展基础",
            ),
            (
                "第二节、面临形势",
                Style::Section,
                "第二节、",
                2,
                "面临形势",
            ),
            (
                "一、“十四五”就业和社会保障事业发展基础和面临形势",
                Style::CnEnum,
                "一、",
                1,
                "“十四五”就业和社会保障事业发展基础和面临形势",
            ),
            ("十一、保障措施", Style::CnEnum, "十一、", 11, "保障措施"),
            (
                "(一)发展基础。“十三五”时期",
                Style::CnParen,
                "(一)",
                1,
                "发展基础。“十三五”时期",
            ),
            ("（二）面临形势", Style::CnParen, "（二）", 2, "面临形势"),
            (
                "1.就业形势总体平稳。",
                Style::ArabicItem,
                "1.",
                1,
                "就业形势总体平稳。",
            ),
            (
                "12.重点救助对象",
                Style::ArabicItem,
                "12.",
                12,
                "重点救助对象",
            ),
            ("3、加强监管", Style::ArabicItem, "3、", 3, "加强监管"),
            (
                "1. 城镇调查失业率(%)",
                Style::ArabicItem,
                "1.",
                1,
                "城镇调查失业率(%)",
            ),
            ("(1)开展培训", Style::ArabicParen, "(1)", 1, "开展培训"),
            ("（2）开展培训", Style::ArabicParen, "（2）", 2, "开展培训"),
            ("3）开展培训", Style::ArabicParen, "3）", 3, "开展培训"),
            (
                "——实现更加充分更高质量就业。",
                Style::Dash,
                "——",
                0,
                "实现更加充分更高质量就业。",
            ),
        ];
        for (line, style, text, number, rest) in cases {
            let l = label(line).unwrap_or_else(|| panic!("no label in {line}"));
            assert_eq!(
                (l.style, l.text.as_str(), l.number, l.rest.as_str()),
                (*style, *text, *number, *rest),
                "{line}"
            );
        }
    }

    #[test]
    fn text_that_is_not_a_label() {
        for line in [
            "2035 年的远景目标:",
            "2.5万人",
            "第一次全国会议召开",
            "一是加强监管",
            "“十三五”时期是我市",
            "12333热线",
            "专栏 1 建立就业影响评估机制",
        ] {
            assert_eq!(label(line), None, "{line}");
        }
    }

    #[test]
    fn run_in_headings_split_without_losing_text() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("发展基础。“十三五”时期,在区委区政府的正确领导下,新区就业和社会保障事业实现快速发展,取得明显成效。", "发展基础。", Some("“十三五”时期,在区委区政府的正确领导下,新区就业和社会保障事业实现快速发展,取得明显成效。")),
            ("面临形势 “十四五”时期,是我国全面建设社会主义现代化国家、实现第二个百年奋斗目标的起步时期", "面临形势", Some("“十四五”时期,是我国全面建设社会主义现代化国家、实现第二个百年奋斗目标的起步时期")),
            ("基本原则", "基本原则", None),
            ("发展目标", "发展目标", None),
            ("实施就业促进提升计划。贯彻落实国家、上海市、浦东新区的促进就业各项政策,加大援企稳岗扩就业力度。", "实施就业促进提升计划。", Some("贯彻落实国家、上海市、浦东新区的促进就业各项政策,加大援企稳岗扩就业力度。")),
        ];
        for (rest, title, text) in cases {
            let (t, x) = split_run_in(rest).unwrap();
            assert_eq!((t.as_str(), x.as_deref()), (*title, *text));
        }
        // A long sentence with no short title is not a heading.
        assert_eq!(split_run_in("坚持以习近平新时代中国特色社会主义思想为指导,立足于“两个一百年”奋斗目标,服务于上海市建设。"), None);
    }

    #[test]
    fn box_titles() {
        let cases: &[(&str, &str, Option<u32>, &str)] = &[
            // Punctuation after the label's own mark is the title's (only spaces are dropped).
            ("专栏：.重点工程", "专栏：", None, ".重点工程"),
            ("专栏1、 、重点工程", "专栏1、", Some(1), "、重点工程"),
            (
                "专栏 1 建立就业影响评估机制",
                "专栏 1",
                Some(1),
                "建立就业影响评估机制",
            ),
            (
                "专栏15 深化全民参保计划",
                "专栏15",
                Some(15),
                "深化全民参保计划",
            ),
            ("专栏1　标题", "专栏1", Some(1), "标题"),
            (
                "专栏 40 建立符合医疗行业特点的薪酬制度",
                "专栏 40",
                Some(40),
                "建立符合医疗行业特点的薪酬制度",
            ),
            ("专栏：重大工程", "专栏：", None, "重大工程"),
            ("专栏一：生态复合单元", "专栏一：", Some(1), "生态复合单元"),
            ("专栏三 重点项目", "专栏三", Some(3), "重点项目"),
            // Numbered within a chapter: the number is the label's.
            ("专栏3-1 重点工程", "专栏3-1", None, "重点工程"),
            ("专栏 2.1 重大政策", "专栏 2.1", None, "重大政策"),
            ("专栏1－2：重点项目", "专栏1－2：", None, "重点项目"),
            // A title that opens with a number written against the label's.
            ("专栏3.5G基站建设", "专栏3.", Some(3), "5G基站建设"),
            // The label in brackets.
            (
                "【专栏1】体育设施建设工程",
                "【专栏1】",
                Some(1),
                "体育设施建设工程",
            ),
            ("[专栏 2] 重点项目", "[专栏 2]", Some(2), "重点项目"),
            ("【专栏3-1】重点工程", "【专栏3-1】", None, "重点工程"),
            ("【专栏】重点工程", "【专栏】", None, "重点工程"),
        ];
        for (line, l, n, t) in cases {
            assert_eq!(
                box_title(line),
                Some((l.to_string(), *n, t.to_string())),
                "{line}"
            );
        }
        assert_eq!(box_title("专栏建设取得成效。各区积极推进。"), None);
    }

    #[test]
    fn lead_sentences() {
        assert_eq!(
            lead_len("坚持经济发展就业导向。健全财政、金融政策。")
                .map(|n| &"坚持经济发展就业导向。健全财政、金融政策。"[..n]),
            Some("坚持经济发展就业导向。")
        );
        assert_eq!(lead_len("“十三五”时期是我市人力社保事业取得重大突破，实现高质量、跨越式发展的五年之后的一个重要时期。其后"), None);
        assert_eq!(lead_len("只有一句。"), None);
        assert_eq!(lead_len("没有句号"), None);
        // The full stop of the line before, and words with a space before their full stop.
        assert_eq!(lead_len("。主动对接国际先进理念，开展专项研究。"), None);
        assert_eq!(lead_len("坚持就业导向 。健全政策。"), None);
        assert_eq!(lead_len(" 坚持就业导向。健全政策。"), None);
    }

    #[test]
    fn metadata_lines() {
        assert_eq!(cn_date("2021年9月22日").as_deref(), Some("2021-09-22"));
        assert_eq!(cn_date("二〇二六年七月九日").as_deref(), Some("2026-07-09"));
        assert_eq!(
            cn_date("二〇二一年十二月三十一日").as_deref(),
            Some("2021-12-31")
        );
        assert_eq!(
            cn_date("二零二一年十月二十日").as_deref(),
            Some("2021-10-20")
        );
        for not in [
            "2021年13月1日",
            "二〇二一年九月三十二日",
            "某某某某年九月一日",
            "2021年9月",
        ] {
            assert_eq!(cn_date(not), None, "{not}");
        }
        assert!(is_cover_month("2021年9月"));
        assert!(is_cover_month("二〇二一年九月"));
        assert!(!is_cover_month("二〇二一年十三月"));
        assert!(is_doc_number("京人社规字〔2021〕54号"));
        assert_eq!(
            letterhead("岚州市人民政府办公室文件"),
            Some("岚州市人民政府办公室")
        );
        assert_eq!(
            letterhead("  汀源市地方志编纂委员会办公室文件"),
            Some("汀源市地方志编纂委员会办公室")
        );
        assert_eq!(letterhead("关于印发规划的通知文件"), None);
        assert_eq!(letterhead("岚州市人民政府办公室"), None);
        assert!(is_doc_number("宁市监发〔２０２１〕１２号"));
        assert_eq!(
            cn_date("２０２１年１２月３０日").as_deref(),
            Some("2021-12-30")
        );
        assert_eq!(cn_date("２０２１年１３月３０日"), None);
        // A joint notice's two numbers on one line.
        assert!(is_doc_number("黄市监〔2021〕58号 黄发改〔2021〕41号"));
        assert!(!is_doc_number("黄市监〔2021〕58号 关于印发"));
        assert!(is_organisation("北京市人力资源和社会保障局"));
        assert!(!is_organisation("桦浦区社区养老服务设施布局"));
        // A supply and marketing cooperative's head office.
        assert!(is_organisation("汀澜区供销合作总社"));
        // One body under two names; a bracket that is no second name is no organisation.
        assert!(is_organisation("临澜区市场监督管理局（临澜区知识产权局）"));
        assert!(is_organisation("某区应急管理局(某区地震局)"));
        assert!(!is_organisation("区住房保障中心（2026年）"));
        assert!(!is_organisation("（临澜区知识产权局）"));
        assert!(!is_organisation(
            "各区人民政府,市政府各有关部门,各有关单位:"
        ));
        assert_eq!(draft_label("(拟文稿)").as_deref(), Some("(拟文稿)"));
        assert_eq!(
            source_line("来源:上海浦东新区人民政府 发布时间:2021-08-27 浏览量:18"),
            Some(SourceLine {
                source: Some("上海浦东新区人民政府".into()),
                date: Some("2021-08-27".into()),
                chrome: vec!["浏览量:18".into()]
            })
        );
        assert_eq!(
            source_line("信息来源：镇江市民政局").and_then(|s| s.source),
            Some("镇江市民政局".into())
        );
        assert!(source_line("来源于群众的意见").is_none());
        assert!(is_page_number("17"));
        assert!(is_page_number("- 12 -"));
        assert!(!is_page_number("2035 年"));
        assert!(is_toc_title("目 录"));
        assert_eq!(
            toc_entry("- 第一节 健全多层次医疗保障体系"),
            "第一节 健全多层次医疗保障体系"
        );
        assert_eq!(toc_entry("第二章 推动就业……………… 12"), "第二章 推动就业");
        assert!(toc_entry_has_page("第二章 推动就业……………… 12"));
        assert!(toc_entry_has_page("（一）主要成效\t3"));
        assert!(!toc_entry_has_page("第二章 推动就业"));
        assert!(!toc_entry_has_page("附件1：重点项目表"));
        // An entry with no number: its page number after a leader.
        assert_eq!(toc_entry("序言…………………1"), "序言");
        assert!(toc_entry_has_page("序言…………………1"));
        assert_eq!(toc_entry("2025年目标100"), "2025年目标100");
    }

    #[test]
    fn dates_in_digits() {
        assert_eq!(digit_date("2026-01-05").as_deref(), Some("2026-01-05"));
        assert_eq!(digit_date("　2026/1/5 ").as_deref(), Some("2026-01-05"));
        assert_eq!(digit_date("2026.12.31").as_deref(), Some("2026-12-31"));
        assert_eq!(digit_date("2026-13-05"), None);
        assert_eq!(digit_date("2026-01/05"), None);
        assert_eq!(digit_date("2026-01-05 10:30"), None);
        assert_eq!(digit_date("1.2.3"), None);
    }

    #[test]
    fn dates_of_a_month_only_and_signing_bodies() {
        assert_eq!(cn_month("2021年12月").as_deref(), Some("2021-12"));
        assert_eq!(cn_month("二〇二一年十二月").as_deref(), Some("2021-12"));
        assert_eq!(cn_month("2021年12月24日"), None);
        assert_eq!(cn_month("2021年13月"), None);
        assert!(is_organisation("九江市科学技术协会"));
        assert!(is_organisation("淇县妇女联合会"));
        assert!(is_organisation("某县残联"));
        assert!(is_organisation("澄阳市供销合作社联合社"));
        assert!(is_organisation("某县农村信用合作联社"));
        assert!(is_organisation("澄州市岚溪区林业站"));
        assert!(is_organisation("某市建筑垃圾管理处"));
        assert!(is_organisation("某市城市规划设计研究所"));
        assert!(!is_organisation("加强协会建设，发挥作用"));
    }

    #[test]
    fn a_bank_s_branch_signs_as_a_body() {
        // (A plan issued with the central bank's branch: `中国人民银行云泽市中心支行`.)
        assert!(is_organisation("中国人民银行云泽市中心支行"));
        assert!(is_organisation("国家开发银行澄州分行"));
        assert!(is_organisation("澄州农村商业银行"));
    }

    #[test]
    fn appended_labels() {
        let a = appended_label;
        let pair = |x: &str, y: &str| Some((x.to_string(), y.to_string()));
        assert_eq!(a("附表"), pair("附表", ""));
        assert_eq!(a("附表1"), pair("附表1", ""));
        assert_eq!(a("附表 2 重大项目表"), pair("附表 2", "重大项目表"));
        assert_eq!(a("附表一：主要指标"), pair("附表一：", "主要指标"));
        assert_eq!(
            a("附表3“十五五”重大项目表"),
            pair("附表3", "“十五五”重大项目表")
        );
        assert_eq!(a("附表：重点任务一览表"), pair("附表：", "重点任务一览表"));
        assert_eq!(
            a("附表 “十四五”重大项目表"),
            pair("附表", "“十四五”重大项目表")
        );
        assert_eq!(a("附录 名词解释"), pair("附录", "名词解释"));
        assert_eq!(a("附录：名词解释"), pair("附录：", "名词解释"));
        assert_eq!(a("附录所列术语按国家标准解释"), None);
        assert_eq!(a("附表所列项目按年度推进"), None);
        assert_eq!(a("附表1所列项目按年度推进。"), None);
        assert_eq!(
            a("附图：城市空间功能结构规划图"),
            pair("附图：", "城市空间功能结构规划图")
        );
        assert_eq!(a("附图所示"), None);
        assert_eq!(a("附件1 重大项目表"), None);
        assert_eq!(a("表1 主要指标"), None);
    }

    #[test]
    fn a_short_title_set_off_by_a_space_runs_its_text_in() {
        let text = "同时也要看到，我省职业技能培训与经济社会高质量发展的要求相比仍有较大差距，技能人才总量不足。";
        assert_eq!(
            lower_heading(&format!("突出挑战 {text}")),
            Some(("突出挑战".to_string(), Some(text.to_string())))
        );
        // A title line with a space and no sentence after it stays a title line.
        assert_eq!(
            lower_heading("夜购 推动商圈夜间延时"),
            Some(("夜购 推动商圈夜间延时".to_string(), None))
        );
        // Not words with figures or punctuation before the space, nor a short text after it.
        assert_eq!(lower_heading(&format!("2025年 {text}")), None);
        assert_eq!(lower_heading(&format!("挑战， {text}")), None);
    }
}
