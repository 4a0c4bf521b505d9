//! Commitments: the quantified targets a plan states in its body text (到2025年…达到 2400 家,
//! 每年新建 5 个…, 不少于3万名, 95%以上), each with its subject, value, unit, comparator, period and
//! the sentence and paragraph it stands in. Indicator tables are left to [`crate::indicators`].
//!
//! What counts: a number followed by a unit of count, money or share (万人, 家, 个, 亿元, % …) in a
//! paragraph of the body. What does not: ordinals (第46届), durations and times (3年时间, 15分钟,
//! 24小时, 3个月), bare numbers (12333 热线), and text that reports the past — sections titled
//! 发展基础/面临形势/回顾 and sentences about the previous plan period (“十三五”, 五年来, 期末).
//! Pure: no I/O, no HTML. The JSON export is documented in `docs/commitments-data.md`.

use crate::link::{self, Region, UnitKind};
use crate::model::{Plan, Site};
use regex::Regex;
use serde::Serialize;
use std::sync::LazyLock;

/// How the target relates to the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    /// 不少于, 不低于, 以上, 超过 …
    AtLeast,
    /// 不超过, 以内, 以下, 控制在 …
    AtMost,
    /// 左右
    About,
    /// 达到, 新增, 提高至, or no word: the value itself is the target.
    Target,
}

impl Comparator {
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::AtLeast => "≥",
            Comparator::AtMost => "≤",
            Comparator::About => "≈",
            Comparator::Target => "=",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Comparator::AtLeast => "不少于",
            Comparator::AtMost => "不超过",
            Comparator::About => "约",
            Comparator::Target => "达到",
        }
    }
}

/// One quantified commitment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Commitment {
    /// Slug of the plan.
    pub plan: String,
    /// Anchor of the paragraph that states it, and the page it stands on.
    pub anchor: String,
    pub page: String,
    /// The paragraph's citation (《…》第二章第四节第2段).
    pub citation: String,
    /// What is counted, as worded in the sentence (新增参保创业主体).
    pub subject: String,
    pub value: f64,
    /// The number as written (`7.5`, `２４００`).
    pub value_text: String,
    /// The unit as written (万户, 家, %, 亿元).
    pub unit: String,
    pub comparator: Comparator,
    /// The words that set the comparator (`不少于`, `以上`, `保持在…以上`); empty when none.
    pub comparator_text: String,
    /// The year the target is due, when the sentence names one (到2025年, 2022年底前).
    pub year: Option<i32>,
    /// The period as written (`到2025年`, `每年`, `每2年`); none means the plan's period.
    pub period: Option<String>,
    /// The quantity as written (`350 万人次以上`).
    pub quantity: String,
    /// The whole sentence.
    pub sentence: String,
}

static QUANTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)
        \s*
        (?P<unit>万人次|万人|万户|万个|万名|万家|万元|亿元|万亩|个百分点|百分点|人次|%|％|家|个|名|人|户|项|所|元|件|种|类|次|批)
        (?:\s*(?P<post>及以上|以上|以下|以内|左右))?",
    )
    .expect("valid regex")
});

static DUE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:到|至)\s*(?P<y>[12][0-9]{3})\s*年(?:底|末)?|(?P<y2>[12][0-9]{3})\s*年(?:底|末)?(?:前|以前)")
        .expect("valid regex")
});

static EVERY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"每\s*(?P<n>[0-9]+)?\s*年").expect("valid regex"));

/// Sections and chapters whose titles mark a look back, not targets.
const RETROSPECTIVE_TITLES: &[&str] = &[
    "发展基础",
    "面临形势",
    "发展回顾",
    "回顾",
    "发展成就",
    "现状",
];
/// Sentences that speak of the previous period.
const RETROSPECTIVE_WORDS: &[&str] = &["十三五", "十二五", "五年来", "期末", "过去五年"];
/// Words after a count that make it a duration or a time, not a target.
const NOT_AFTER: &[&str] = &["月", "工作日", "小时", "分钟", "周年", "届", "季度"];

const PREFIX_AT_LEAST: &[&str] = &["不少于", "不低于", "超过", "高于", "大于"];
const PREFIX_AT_MOST: &[&str] = &["不超过", "不高于", "低于", "小于", "控制在"];
const PREFIX_TARGET: &[&str] = &[
    "逐步提高至",
    "提高至",
    "提高到",
    "提升至",
    "提升到",
    "增加到",
    "增加至",
    "增长到",
    "达到",
    "保持在",
    "稳定在",
    "增至",
    "达",
];
const LEAD_FILLERS: &[&str] = &["确保", "力争", "实现", "努力", "将"];

/// Every commitment of every plan, plans in site order.
pub fn extract_site(site: &Site) -> Vec<Vec<Commitment>> {
    site.plans.iter().map(extract).collect()
}

/// The commitments of one plan in document order.
pub fn extract(plan: &Plan) -> Vec<Commitment> {
    let mut out = Vec::new();
    for u in link::units(plan) {
        if u.kind != UnitKind::Paragraph || u.region == Region::Notice {
            continue;
        }
        let looks_back = |t: &str| RETROSPECTIVE_TITLES.iter().any(|w| t.contains(w));
        if u.section.is_some_and(|s| looks_back(&s.title))
            || u.chapter.is_some_and(|c| looks_back(&c.title))
        {
            continue;
        }
        for sentence in sentences(&u.text) {
            for mut c in in_sentence(sentence) {
                c.plan = plan.slug.clone();
                c.anchor = u.anchor.clone();
                c.page = u.page.clone();
                c.citation = u.citation.clone();
                out.push(c);
            }
        }
    }
    out
}

/// Splits a paragraph into sentences, each with its closing mark.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?') {
            let end = i + c.len_utf8();
            push_trimmed(&mut out, &text[start..end]);
            start = end;
        }
    }
    push_trimmed(&mut out, &text[start..]);
    out
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, s: &'a str) {
    let t = s.trim();
    if !t.is_empty() {
        out.push(t);
    }
}

fn folded(s: &str) -> String {
    s.chars().map(crate::text::fold_width).collect()
}

fn is_clause_mark(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':' | '；' | ';' | '。')
}

/// The commitments stated in one sentence (plan and place left empty).
pub fn in_sentence(sentence: &str) -> Vec<Commitment> {
    let mut out = Vec::new();
    if RETROSPECTIVE_WORDS.iter().any(|w| sentence.contains(w)) {
        return out;
    }
    let mut prev_end = 0;
    for m in QUANTITY.captures_iter(sentence) {
        let whole = m.get(0).expect("match");
        let num = m.name("num").expect("num");
        let unit = m.name("unit").expect("unit").as_str();
        let post = m.name("post").map_or("", |p| p.as_str());
        let before_all = &sentence[..num.start()];
        let after_all = &sentence[whole.end()..];
        let skip = before_all.trim_end().ends_with('第')
            || NOT_AFTER.iter().any(|w| after_all.starts_with(w))
            // A digit right before: part of a longer number the regex split (e.g. 2025年 …).
            || before_all.ends_with(|c: char| c.is_ascii_digit() || c == '.');
        if skip {
            prev_end = whole.end();
            continue;
        }
        let Ok(value) = folded(num.as_str()).parse::<f64>() else {
            continue;
        };
        // The clause holding the quantity, from the last mark (or the previous quantity).
        let clause_start = before_all
            .char_indices()
            .rev()
            .find(|(_, c)| is_clause_mark(*c))
            .map_or(0, |(i, c)| i + c.len_utf8())
            .max(prev_end);
        let before = sentence[clause_start..num.start()].trim();
        let clause_end = after_all
            .char_indices()
            .find(|(_, c)| is_clause_mark(*c))
            .map_or(after_all.len(), |(i, _)| i);
        let mut after = after_all[..clause_end].trim();
        if let Some(next) = QUANTITY.find(after) {
            after = after[..next.start()].trim();
        }
        prev_end = whole.end();

        // Comparator: a word right before the number, or one right after the unit.
        let mut subject = before.to_string();
        let mut cmp = Comparator::Target;
        let mut cmp_words = Vec::new();
        // Longest word first: 不超过 before 超过, 不低于 before 低于.
        let mut prefixes: Vec<(&str, Comparator)> = PREFIX_AT_LEAST
            .iter()
            .map(|w| (*w, Comparator::AtLeast))
            .chain(PREFIX_AT_MOST.iter().map(|w| (*w, Comparator::AtMost)))
            .chain(PREFIX_TARGET.iter().map(|w| (*w, Comparator::Target)))
            .collect();
        prefixes.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        if let Some((w, c)) = prefixes.iter().find(|(w, _)| subject.ends_with(w)) {
            subject.truncate(subject.len() - w.len());
            cmp = *c;
            cmp_words.push(w.to_string());
        }
        match post {
            "以上" | "及以上" => cmp = Comparator::AtLeast,
            "以下" | "以内" => cmp = Comparator::AtMost,
            "左右" => cmp = Comparator::About,
            _ => {}
        }
        if !post.is_empty() {
            cmp_words.push(post.to_string());
        }
        // Period: 每年 / 每N年 in the clause, else the due year of the sentence.
        let mut period = None;
        let mut year = None;
        if let Some(e) = EVERY.captures(&subject) {
            let n = e
                .name("n")
                .map_or(String::new(), |n| n.as_str().to_string());
            period = Some(format!("每{n}年"));
            let r = e.get(0).expect("match").range();
            if r.start == 0 {
                subject.replace_range(r, "");
            }
        }
        if let Some(d) = DUE_BY
            .captures_iter(before_all)
            .last()
            .or_else(|| DUE_BY.captures(sentence))
        {
            let y = d.name("y").or_else(|| d.name("y2")).expect("year");
            year = y.as_str().parse().ok();
            if period.is_none() {
                period = Some(crate::text::strip_spaces(d.get(0).expect("match").as_str()));
            }
        }
        let mut subject = subject.trim().to_string();
        loop {
            let before = subject.len();
            for w in LEAD_FILLERS {
                if let Some(rest) = subject.strip_prefix(w) {
                    subject = rest.trim_start().to_string();
                }
            }
            if let Some(rest) = subject.strip_suffix('的') {
                subject = rest.trim_end().to_string();
            }
            if subject.len() == before {
                break;
            }
        }
        let after = after.trim_start_matches('的').trim();
        if !after.is_empty() && after.chars().count() <= 24 {
            subject.push_str(after);
        }
        if subject.is_empty() {
            continue;
        }
        out.push(Commitment {
            plan: String::new(),
            anchor: String::new(),
            page: String::new(),
            citation: String::new(),
            subject,
            value,
            value_text: num.as_str().to_string(),
            unit: unit.to_string(),
            comparator: cmp,
            comparator_text: cmp_words.join("…"),
            year,
            period,
            quantity: whole.as_str().to_string(),
            sentence: sentence.to_string(),
        });
    }
    out
}

/// The number as readers write it: no trailing `.0`.
pub fn format_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Version of the JSON format; raised when a field changes meaning or is removed.
pub const FORMAT_VERSION: u32 = 1;

/// The CSV records of a plan's commitments, header first.
pub fn csv_records(list: &[Commitment]) -> Vec<Vec<String>> {
    let mut out = vec![[
        "锚点",
        "主体",
        "比较",
        "数值",
        "单位",
        "比较(原文)",
        "年份",
        "期限",
        "数量(原文)",
        "原句",
        "引用",
    ]
    .map(String::from)
    .to_vec()];
    for c in list {
        out.push(vec![
            c.anchor.clone(),
            c.subject.clone(),
            c.comparator.symbol().to_string(),
            format_value(c.value),
            c.unit.clone(),
            c.comparator_text.clone(),
            c.year.map(|y| y.to_string()).unwrap_or_default(),
            c.period.clone().unwrap_or_default(),
            c.quantity.clone(),
            c.sentence.clone(),
            c.citation.clone(),
        ]);
    }
    out
}

/// The JSON file of a plan's commitments.
#[derive(Debug, Serialize)]
pub struct PlanCommitmentsJson<'a> {
    pub format_version: u32,
    pub plan: &'a str,
    pub plan_title: &'a str,
    pub commitments: &'a [Commitment],
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Commitment {
        let v = in_sentence(s);
        assert_eq!(v.len(), 1, "{s}: {v:#?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn a_due_year_and_two_targets_in_one_sentence() {
        let v = in_sentence("到 2025 年，新增参保创业主体 20 万户，带动就业岗位 100 万个。");
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].subject, "新增参保创业主体");
        assert_eq!((v[0].value, v[0].unit.as_str()), (20.0, "万户"));
        assert_eq!(v[0].year, Some(2025));
        assert_eq!(v[0].period.as_deref(), Some("到2025年"));
        assert_eq!(v[1].subject, "带动就业岗位");
        assert_eq!((v[1].value, v[1].unit.as_str()), (100.0, "万个"));
        assert_eq!(v[1].comparator, Comparator::Target);
    }

    #[test]
    fn comparators_before_and_after() {
        let c = one("每年培训高层次、急需紧缺和骨干专业技术人才不少于3万名；");
        assert_eq!(c.comparator, Comparator::AtLeast);
        assert_eq!(c.period.as_deref(), Some("每年"));
        assert_eq!(c.subject, "培训高层次、急需紧缺和骨干专业技术人才");
        let c = one("北京生源高校毕业生就业率保持在95%以上。");
        assert_eq!(c.comparator, Comparator::AtLeast);
        assert_eq!(c.comparator_text, "保持在…以上");
        assert_eq!(c.subject, "北京生源高校毕业生就业率");
        let c = one("每 2 年评选不超过 100 名享受市政府技师特殊津贴人员,");
        assert_eq!(c.comparator, Comparator::AtMost);
        assert_eq!(c.period.as_deref(), Some("每2年"));
        assert_eq!(c.subject, "评选享受市政府技师特殊津贴人员");
        let c = one("住院报销比例稳定在 80% 左右。");
        assert_eq!(c.comparator, Comparator::About);
    }

    #[test]
    fn the_counted_thing_after_the_number_joins_the_subject() {
        let c = one("推行名师带徒制度,依托企业、院校,每年新建 5 个市级技能大师工作室。");
        assert_eq!(c.subject, "新建市级技能大师工作室");
        assert_eq!((c.value, c.unit.as_str()), (5.0, "个"));
        let c = one("确保有就业意愿的困难家庭毕业生100%获得帮扶。");
        assert_eq!(c.subject, "有就业意愿的困难家庭毕业生获得帮扶");
    }

    #[test]
    fn not_commitments() {
        for s in [
            "建设“15 分钟公共就业服务圈”，促进职住平衡。",
            "提升 12333 热线咨询服务系统智能化水平。",
            "力争通过 3 年时间，形成创业扶持链条。",
            "以上海市承办第46届世界技能大赛为契机。",
            "坚持“24小时接受举报,365天监察无休”。",
            "从业人员总量比“十二五”期末增长 24.8%。",
            "2022年底前实现与国家基本医保药品目录的基本统一。",
            "办理时限压缩至3个月。",
        ] {
            assert!(in_sentence(s).is_empty(), "{s}: {:#?}", in_sentence(s));
        }
    }

    #[test]
    fn full_width_digits_and_decimals() {
        let c = one("取得高级工以上职业资格证书人数７.５万人。");
        assert_eq!(c.value, 7.5);
        assert_eq!(c.value_text, "７.５");
        assert_eq!(format_value(c.value), "7.5");
        assert_eq!(format_value(2400.0), "2400");
    }

    #[test]
    fn sentences_keep_their_marks() {
        assert_eq!(sentences("甲。乙；丙"), vec!["甲。", "乙；", "丙"]);
    }
}
