//! Measures: a typed description of what an indicator measures — the kind of quantity, what it
//! counts, its unit (with conversions), basis (per year, five-year total, change, level), scope
//! (population or territory) and the qualifiers that change the measure — read from the row's
//! name, unit and values with the maintained vocabulary `measures.toml`. Alignment and charts
//! compare measures, never the look of names. This module only describes and compares; it must
//! not decide what a page shows, and a word that is not in the vocabulary is never a difference.

use super::table::{normalized_name, IndicatorRow};
use super::value::Parsed;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The vocabulary shipped with plansite.
pub const BUILTIN: &str = include_str!("measures.toml");

/// The words that say what an indicator measures.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// Words that never make a difference.
    #[serde(default)]
    pub incidental: Vec<String>,
    #[serde(default)]
    pub quantity: Vec<QuantityWords>,
    #[serde(default)]
    pub unit: Vec<UnitDef>,
    #[serde(default)]
    pub qualifier: Vec<Word>,
    #[serde(default)]
    pub scope: Vec<Word>,
    #[serde(default)]
    pub synonym: Vec<Synonyms>,
}

/// Last words of a name that give the kind of quantity.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuantityWords {
    pub kind: String,
    pub words: Vec<String>,
    #[serde(default)]
    pub object: Option<String>,
}

/// Units of one dimension and their factor to its base unit.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitDef {
    pub units: Vec<String>,
    pub dimension: String,
    pub factor: f64,
}

/// A qualifier or scope word and what it means, for readers.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Word {
    pub word: String,
    pub meaning: String,
}

/// Spellings of one measure; the first is the one names are rewritten to.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Synonyms {
    pub words: Vec<String>,
}

impl Vocabulary {
    /// Parses a vocabulary file; the error says what is wrong and where.
    pub fn parse(text: &str) -> Result<Vocabulary, String> {
        let v: Vocabulary = toml::from_str(text).map_err(|e| e.to_string())?;
        for u in &v.unit {
            if !(u.factor.is_finite() && u.factor > 0.0) {
                return Err(format!("unit {:?}: factor must be above 0", u.units));
            }
        }
        for s in &v.synonym {
            if s.words.len() < 2 {
                return Err(format!("synonym {:?}: needs two spellings", s.words));
            }
        }
        Ok(v)
    }

    /// The vocabulary compiled into plansite.
    pub fn builtin() -> &'static Vocabulary {
        static V: OnceLock<Vocabulary> = OnceLock::new();
        V.get_or_init(|| Vocabulary::parse(BUILTIN).expect("the shipped measures.toml parses"))
    }

    /// The definition of a unit as written (`万人`, `平方米/人`).
    pub fn unit_def(&self, unit: &str) -> Option<&UnitDef> {
        self.unit.iter().find(|u| u.units.iter().any(|x| x == unit))
    }

    /// The quantity word a key ends with (longest first), with its kind and object.
    fn quantity_of(&self, key: &str) -> Option<(&str, &QuantityWords)> {
        self.quantity
            .iter()
            .flat_map(|q| q.words.iter().map(move |w| (w.as_str(), q)))
            .filter(|(w, _)| key.ends_with(w))
            .max_by_key(|(w, _)| w.chars().count())
    }
}

/// How a value counts over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Per year (`万人/年`, `年度`).
    PerYear,
    /// A total over the five years (`【350】`, `〔…〕`, `累计…`).
    FiveYearTotal,
    /// An increase over the start of the period (`增加20`).
    Change,
    /// A level or share at the end of the period.
    Level,
    /// Not stated.
    Unstated,
}

impl Basis {
    pub fn label(self) -> &'static str {
        match self {
            Basis::PerYear => "每年数",
            Basis::FiveYearTotal => "五年累计数",
            Basis::Change => "期内增加量",
            Basis::Level => "期末水平",
            Basis::Unstated => "未注明按年或累计",
        }
    }

    /// Whether two bases say different things (a level and an unstated basis do not).
    pub fn differs(self, other: Basis) -> bool {
        let norm = |b: Basis| {
            if b == Basis::Unstated {
                Basis::Level
            } else {
                b
            }
        };
        norm(self) != norm(other)
    }
}

/// What an indicator measures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measure {
    /// The name with synonyms unified and the quantity word, qualifiers, scope and incidental
    /// words taken out: the thing measured (`劳动人事争议仲裁结案`).
    pub core: String,
    /// Kind of quantity (`share`, `count`, `area` …), from the name's last word.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<String>,
    /// The quantity word as written in the name (`人数`, `率`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity_word: Option<String>,
    /// What is counted: from the name's word (人数 → 人, 岗位 → 岗位) or, failing that, the
    /// unit's dimension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The unit as written (without `/年`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The unit's dimension (`人`, `平方米`, `%`); a unit not in the vocabulary is its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimension: Option<String>,
    /// Factor from the unit to its dimension's base unit (万人 → 10000).
    pub factor: f64,
    pub basis: Basis,
    /// Scope words of the name (城镇, 户籍, 职工 …).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scope: Vec<String>,
    /// Qualifiers that change the measure (按期, 人均, 新增 …).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub qualifiers: Vec<String>,
    /// Parenthesised notes of the name (`(含大病保险)`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Measure {
    /// The description in words, for reviewers and readers: `率(share) · 单位 % · 期末水平 ·
    /// 范围 职工 · 限定 按期 · 事项 医保政策范围内住院报销`.
    pub fn summary(&self) -> String {
        let mut parts = vec![match (&self.quantity_word, &self.quantity) {
            (Some(w), Some(k)) => format!("{w}({k})"),
            _ => "量的种类未识别".into(),
        }];
        if let Some(o) = &self.object {
            parts.push(format!("计 {o}"));
        }
        if let Some(u) = &self.unit {
            parts.push(format!("单位 {u}"));
        }
        parts.push(self.basis.label().into());
        if !self.scope.is_empty() {
            parts.push(format!("范围 {}", self.scope.join("、")));
        }
        if !self.notes.is_empty() {
            parts.push(format!("注明 {}", self.notes.join("")));
        }
        if !self.qualifiers.is_empty() {
            parts.push(format!("限定 {}", self.qualifiers.join("、")));
        }
        parts.push(format!("事项 {}", self.core));
        parts.join(" · ")
    }
}

/// Unifies spellings: every later spelling of a synonym set becomes the first.
fn apply_synonyms(v: &Vocabulary, key: &str) -> String {
    let mut key = key.to_string();
    for s in &v.synonym {
        let canon = normalized_name(&s.words[0]);
        let mut others: Vec<String> = s.words[1..].iter().map(|w| normalized_name(w)).collect();
        others.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        for w in others {
            if !w.is_empty() && key.contains(&w) && w != canon {
                key = key.replace(&w, &canon);
                break;
            }
        }
    }
    key
}

/// Parenthesised parts of a name as written, full width folded (`(含大病保险)`).
pub fn parentheticals(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let folded: String = name.chars().map(crate::text::fold_width).collect();
    let mut rest = folded.as_str();
    while let Some(i) = rest.find('(') {
        let Some(j) = rest[i..].find(')') else { break };
        out.push(rest[i..i + j + 1].to_string());
        rest = &rest[i + j + 1..];
    }
    out
}

/// Describes a row with the built-in vocabulary.
pub fn describe(row: &IndicatorRow) -> Measure {
    describe_with(Vocabulary::builtin(), row)
}

/// Describes a row: name, unit and values read with a vocabulary.
pub fn describe_with(v: &Vocabulary, row: &IndicatorRow) -> Measure {
    let mut key = apply_synonyms(v, &normalized_name(&row.name));
    let (quantity, quantity_word, mut object) = match v.quantity_of(&key) {
        Some((w, q)) => {
            let cut = key.len() - w.len();
            let word = w.to_string();
            key.truncate(cut);
            (Some(q.kind.clone()), Some(word), q.object.clone())
        }
        None => (None, None, None),
    };
    let take = |words: &mut dyn Iterator<Item = &String>, key: &mut String| {
        let mut found = Vec::new();
        let mut ws: Vec<&String> = words.collect();
        ws.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        for w in ws {
            let n = normalized_name(w);
            if !n.is_empty() && key.contains(&n) {
                *key = key.replace(&n, "");
                found.push(w.clone());
            }
        }
        found.sort();
        found
    };
    let mut qualifiers = take(&mut v.qualifier.iter().map(|w| &w.word), &mut key);
    let scope = take(&mut v.scope.iter().map(|w| &w.word), &mut key);
    take(&mut v.incidental.iter(), &mut key);
    // The cell's unit wins over the name's; `/年` is a basis, not a unit.
    let cell_unit = row.values.iter().find_map(|v| match &v.parsed {
        Parsed::Number(q) => q.unit.clone(),
        Parsed::Range { unit, .. } => unit.clone(),
        _ => None,
    });
    let written = cell_unit.or_else(|| row.unit.clone());
    let per_year = row.unit.as_deref().is_some_and(|u| u.ends_with("/年"))
        || written.as_deref().is_some_and(|u| u.ends_with("/年"));
    let unit = written.map(|u| u.trim_end_matches("/年").to_string());
    let (dimension, factor) = match unit.as_deref() {
        Some(u) => match v.unit_def(u) {
            Some(d) => (Some(d.dimension.clone()), d.factor),
            None => (Some(u.to_string()), 1.0),
        },
        None => (None, 1.0),
    };
    // A count takes its object from its unit when its word does not say (规模 in 万人次), and a
    // count of people in 人次 counts person-times.
    if quantity.as_deref() == Some("count") {
        match (&object, dimension.as_deref()) {
            (None, Some(d)) if d != "个" => object = Some(d.to_string()),
            (Some(o), Some("人次")) if o == "人" => object = Some("人次".into()),
            _ => {}
        }
    }
    let quantities: Vec<_> = row
        .values
        .iter()
        .flat_map(|v| v.parsed.quantities())
        .collect();
    let basis = if row.values.iter().any(|v| v.parsed.is_cumulative()) {
        Basis::FiveYearTotal
    } else if per_year || row.name.contains("每年") {
        Basis::PerYear
    } else if quantities.iter().any(|q| q.change) {
        Basis::Change
    } else if quantity.as_deref() == Some("share") || dimension.as_deref() == Some("%") {
        Basis::Level
    } else {
        Basis::Unstated
    };
    qualifiers.dedup();
    Measure {
        core: key,
        quantity,
        quantity_word,
        object,
        unit,
        dimension,
        factor,
        basis,
        scope,
        qualifiers,
        notes: parentheticals(&row.name),
    }
}

/// A difference between two measures, in words for readers (the labels name each side).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeasureDifference {
    pub kind: DifferenceKind,
    pub detail: String,
}

/// What differs between two measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DifferenceKind {
    /// Different kinds of quantity or different things counted (人数 vs 岗位).
    Quantity,
    /// A qualifier that changes the measure (按期).
    Qualifier,
    /// Units of different dimensions (万人 vs 万个).
    Unit,
    /// Per year, five-year total, change or level.
    Basis,
    /// Population or territory (城镇 vs 城乡, `(含大病保险)`).
    Scope,
}

/// Every difference of measure between `a` and `b`, named in the vocabulary's words.
pub fn differences(
    v: &Vocabulary,
    a: &Measure,
    a_label: &str,
    b: &Measure,
    b_label: &str,
) -> Vec<MeasureDifference> {
    let mut out = Vec::new();
    let mut push = |kind, detail: String| out.push(MeasureDifference { kind, detail });
    match (&a.quantity, &b.quantity) {
        (Some(x), Some(y)) if x != y => push(
            DifferenceKind::Quantity,
            format!(
                "计量对象不同：{a_label}计“{}”，{b_label}计“{}”",
                a.quantity_word.as_deref().unwrap_or(x),
                b.quantity_word.as_deref().unwrap_or(y)
            ),
        ),
        _ => {
            if let (Some(x), Some(y)) = (&a.object, &b.object) {
                if x != y {
                    let word = |m: &Measure, o: &str| {
                        m.quantity_word
                            .clone()
                            .filter(|w| {
                                v.quantity
                                    .iter()
                                    .any(|q| q.object.as_deref() == Some(o) && q.words.contains(w))
                            })
                            .unwrap_or_else(|| o.to_string())
                    };
                    push(
                        DifferenceKind::Quantity,
                        format!(
                            "计量对象不同：{a_label}计“{}”，{b_label}计“{}”",
                            word(a, x),
                            word(b, y)
                        ),
                    );
                }
            }
        }
    }
    let meaning = |list: &[Word], w: &str| {
        list.iter()
            .find(|x| x.word == w)
            .map(|x| format!("（{}）", x.meaning))
            .unwrap_or_default()
    };
    for (mine, theirs, who, other) in [(a, b, a_label, b_label), (b, a, b_label, a_label)] {
        for q in mine
            .qualifiers
            .iter()
            .filter(|q| !theirs.qualifiers.contains(q))
        {
            push(
                DifferenceKind::Qualifier,
                format!(
                    "{who}的指标写“{q}”{}，{other}未写，衡量的不是同一事项",
                    meaning(&v.qualifier, q)
                ),
            );
        }
    }
    if let (Some(da), Some(db)) = (&a.dimension, &b.dimension) {
        if da != db {
            push(
                DifferenceKind::Unit,
                format!(
                    "单位不同：{a_label}为“{}”，{b_label}为“{}”",
                    a.unit.as_deref().unwrap_or(da),
                    b.unit.as_deref().unwrap_or(db)
                ),
            );
        }
    }
    if a.basis.differs(b.basis) {
        push(
            DifferenceKind::Basis,
            format!(
                "{a_label}为{}，{b_label}为{}",
                a.basis.label(),
                b.basis.label()
            ),
        );
    }
    for (mine, theirs, who, other) in [(a, b, a_label, b_label), (b, a, b_label, a_label)] {
        for s in mine.scope.iter().filter(|s| !theirs.scope.contains(s)) {
            push(
                DifferenceKind::Scope,
                format!(
                    "范围不同：{who}的指标限于“{s}”{}，{other}未写",
                    meaning(&v.scope, s)
                ),
            );
        }
        for n in mine.notes.iter().filter(|n| !theirs.notes.contains(n)) {
            push(
                DifferenceKind::Scope,
                format!("范围不同：{who}注明“{n}”，{other}未注明"),
            );
        }
    }
    out
}

/// Whether two measures may be the same, as far as their typed descriptions go: the same kind of
/// quantity counting the same thing, the same qualifiers, units of one dimension, and no
/// conflicting scope words (each side may leave its scope unstated).
pub fn compatible(a: &Measure, b: &Measure) -> bool {
    let same_or_unknown = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    same_or_unknown(&a.quantity, &b.quantity)
        && same_or_unknown(&a.object, &b.object)
        && same_or_unknown(&a.dimension, &b.dimension)
        && a.qualifiers == b.qualifiers
        && (a.scope.is_empty() || b.scope.is_empty() || a.scope == b.scope)
}

/// The key a measure is filed under for finding candidates: its kind of quantity and the last
/// character of its core. Two measures with different keys are never guessed to be the same, so
/// the guess compares only within a key (sub-quadratic across many plans).
pub fn block_key(m: &Measure) -> (String, Option<char>) {
    (
        m.quantity.clone().unwrap_or_default(),
        m.core.chars().last(),
    )
}
