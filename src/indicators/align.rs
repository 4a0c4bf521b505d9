//! Alignment: indicators that measure the same thing in different plans or periods (北京 职工医保
//! 政策范围内住院报销比例 and 浦东 参保职工医保…). A first guess is made from name similarity and
//! written to an editable file (`content/indicator-alignment.toml`) that a maintainer confirms,
//! corrects or rejects; the file is the authority. Differences of scope between aligned
//! indicators (per year vs five-year total, 万人 vs 万人次, 人数 vs 岗位 …) are computed and stated,
//! never compared away.

use super::table::{normalized_name, IndicatorRow, IndicatorTable, TableKind};
use super::value::Parsed;
use crate::error::{Error, Result};
use crate::model::Site;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use toml::Spanned;

/// Name similarity at or above which two indicators are guessed to be the same.
pub const THRESHOLD: f64 = 0.6;

/// How far a group is trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Guessed from names; not yet checked by a maintainer.
    Auto,
    /// Checked by a maintainer.
    Confirmed,
    /// Checked and found not to be the same indicator; kept so the guess is not made again.
    Rejected,
}

impl Status {
    fn name(self) -> &'static str {
        match self {
            Status::Auto => "auto",
            Status::Confirmed => "confirmed",
            Status::Rejected => "rejected",
        }
    }
}

/// A reference to a row of a plan's table.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct RowRef {
    /// Plan slug.
    pub plan: String,
    /// Table id (`t1`).
    pub table: String,
    /// The row's number as written (`14`), or its name for a row without a number.
    pub row: String,
}

/// A group of indicators measuring the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub status: Status,
    /// The lowest name similarity between linked members, for an automatic group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// A maintainer's note on how the members differ in scope, shown to readers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_note: Option<String>,
    pub members: Vec<RowRef>,
}

/// The alignment of a site: its groups, in file order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    pub groups: Vec<Group>,
}

/// A row located in the indicator tables of a site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    /// Index into the list of indicator tables.
    pub table: usize,
    /// Index into that table's rows.
    pub row: usize,
}

/// Every table of every plan of a site, read as indicators, in site order.
pub fn site_tables(site: &Site) -> Vec<IndicatorTable> {
    site.plans
        .iter()
        .flat_map(IndicatorTable::from_plan)
        .collect()
}

/// The reference a file uses for a row.
pub fn row_ref(t: &IndicatorTable, row: &IndicatorRow) -> RowRef {
    RowRef {
        plan: t.plan.clone(),
        table: t.table.clone(),
        row: row.number.clone().unwrap_or_else(|| row.name.clone()),
    }
}

/// Finds a referenced indicator row. `Err` says what is wrong with the reference.
pub fn resolve(tables: &[IndicatorTable], r: &RowRef) -> Result<Loc, String> {
    if !tables.iter().any(|t| t.plan == r.plan) {
        let known: BTreeSet<&str> = tables.iter().map(|t| t.plan.as_str()).collect();
        return Err(format!(
            "unknown plan {:?} (plans with tables: {})",
            r.plan,
            known.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    let Some(ti) = tables
        .iter()
        .position(|t| t.plan == r.plan && t.table == r.table)
    else {
        return Err(format!("plan {:?} has no table {:?}", r.plan, r.table));
    };
    let t = &tables[ti];
    let want = r.row.trim();
    let by_number = t
        .indicators()
        .find(|(_, row)| row.number.as_deref() == Some(want));
    let by_name = || {
        t.indicators()
            .find(|(_, row)| row.name == want || row.raw_name.trim() == want)
    };
    match by_number.or_else(by_name) {
        Some((ri, _)) => Ok(Loc { table: ti, row: ri }),
        None => Err(format!(
            "table {:?} of plan {:?} has no indicator row numbered or named {:?}",
            r.table, r.plan, r.row
        )),
    }
}

/// Character-bigram Dice similarity of two normalized names (0 to 1).
pub fn dice(a: &str, b: &str) -> f64 {
    fn grams(s: &str) -> BTreeSet<(char, char)> {
        let c: Vec<char> = s.chars().collect();
        if c.len() == 1 {
            return [(c[0], ' ')].into();
        }
        c.windows(2).map(|w| (w[0], w[1])).collect()
    }
    let (x, y) = (grams(a), grams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    2.0 * x.intersection(&y).count() as f64 / (x.len() + y.len()) as f64
}

/// The key names are compared on: the name without unit, number, parentheses and punctuation.
pub fn name_key(row: &IndicatorRow) -> String {
    normalized_name(&row.name)
}

impl Alignment {
    /// The automatic first guess for a site.
    pub fn auto(site: &Site) -> Alignment {
        Alignment::default().refresh(site)
    }

    /// Keeps confirmed and rejected groups and guesses again for everything else: rows in a
    /// confirmed group are not guessed again, and a rejected pairing is not proposed again.
    pub fn refresh(&self, site: &Site) -> Alignment {
        let tables = site_tables(site);
        let locate = |g: &Group| -> Vec<Loc> {
            g.members
                .iter()
                .filter_map(|m| resolve(&tables, m).ok())
                .collect()
        };
        let mut taken: BTreeSet<Loc> = BTreeSet::new();
        let mut rejected: Vec<BTreeSet<Loc>> = Vec::new();
        let mut kept = Vec::new();
        for g in &self.groups {
            match g.status {
                Status::Confirmed => {
                    taken.extend(locate(g));
                    kept.push(g.clone());
                }
                Status::Rejected => {
                    rejected.push(locate(g).into_iter().collect());
                    kept.push(g.clone());
                }
                Status::Auto => {}
            }
        }
        let is_rejected =
            |a: Loc, b: Loc| rejected.iter().any(|s| s.contains(&a) && s.contains(&b));
        let edges: Vec<(Loc, Loc, f64)> = candidate_links(&tables)
            .into_iter()
            .filter(|(a, b, _)| !taken.contains(a) && !taken.contains(b) && !is_rejected(*a, *b))
            .collect();
        let mut groups = kept;
        for (members, score) in components(&edges) {
            groups.push(Group {
                status: Status::Auto,
                score: Some((score * 100.0).round() / 100.0),
                scope_note: None,
                members: members
                    .iter()
                    .map(|l| row_ref(&tables[l.table], &tables[l.table].rows[l.row]))
                    .collect(),
            });
        }
        Alignment { groups }
    }

    /// Reads an alignment file and checks every reference against the site. Errors name the file
    /// and the line of the bad entry.
    pub fn load(path: &Path, site: &Site) -> Result<Alignment> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Alignment::parse(&text, path, site)
    }

    /// Reads the file if it exists, else makes the automatic first guess.
    pub fn load_or_auto(path: &Path, site: &Site) -> Result<Alignment> {
        if path.exists() {
            Alignment::load(path, site)
        } else {
            Ok(Alignment::auto(site))
        }
    }

    /// Parses alignment TOML; `path` is used in error messages.
    pub fn parse(text: &str, path: &Path, site: &Site) -> Result<Alignment> {
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let file: FileToml = toml::from_str(text).map_err(|e| match e.span() {
            Some(span) => Error::at(path, line_of(span.start), e.message().to_string()),
            None => Error::in_file(path, e.message().to_string()),
        })?;
        let tables = site_tables(site);
        let mut groups = Vec::new();
        for g in file.group {
            let status = match g.status.get_ref().as_str() {
                "auto" => Status::Auto,
                "confirmed" => Status::Confirmed,
                "rejected" => Status::Rejected,
                other => {
                    return Err(Error::at(
                        path,
                        line_of(g.status.span().start),
                        format!("unknown status {other:?} (expected auto, confirmed or rejected)"),
                    ))
                }
            };
            let mut members = Vec::new();
            let mut seen = HashMap::new();
            for m in g.members {
                let line = line_of(m.span().start);
                let m = m.into_inner();
                let r = RowRef {
                    plan: m.plan,
                    table: m.table,
                    row: m.row,
                };
                let loc = resolve(&tables, &r).map_err(|msg| Error::at(path, line, msg))?;
                if let Some(name) = m.name {
                    let row = &tables[loc.table].rows[loc.row];
                    if name.trim() != row.name && name.trim() != row.raw_name.trim() {
                        return Err(Error::at(
                            path,
                            line,
                            format!(
                                "row {:?} of table {:?} of plan {:?} is {:?}, not {:?}",
                                r.row, r.table, r.plan, row.raw_name, name
                            ),
                        ));
                    }
                }
                if let Some(first) = seen.insert(loc, line) {
                    return Err(Error::at(
                        path,
                        line,
                        format!("the group names this row twice (first on line {first})"),
                    ));
                }
                members.push(r);
            }
            if members.len() < 2 && status != Status::Rejected {
                return Err(Error::at(
                    path,
                    line_of(g.status.span().start),
                    "a group needs at least two members",
                ));
            }
            groups.push(Group {
                status,
                score: g.score,
                scope_note: g.scope_note.filter(|s| !s.trim().is_empty()),
                members,
            });
        }
        Ok(Alignment { groups })
    }

    /// The file a maintainer edits: one `[[group]]` per group, each member with its name as a
    /// check.
    pub fn to_toml(&self, site: &Site) -> String {
        let tables = site_tables(site);
        let q = |s: &str| toml::Value::String(s.to_string()).to_string();
        let mut out = String::from(
            "# Indicators that measure the same thing in different plans or periods.\n\
             # status: \"auto\" (guessed from names, not checked), \"confirmed\" (checked by a\n\
             # maintainer) or \"rejected\" (not the same; the guess is not made again).\n\
             # row: the row's number as written, or its name for a row without a number.\n\
             # name: the row's name, checked when the file is read.\n\
             # scope_note: optional; how the members differ in scope, shown to readers.\n",
        );
        for g in &self.groups {
            out.push_str("\n[[group]]\n");
            out.push_str(&format!("status = {}\n", q(g.status.name())));
            if let Some(s) = g.score {
                out.push_str(&format!("score = {s:?}\n"));
            }
            match &g.scope_note {
                Some(n) => out.push_str(&format!("scope_note = {}\n", q(n))),
                None => out.push_str("# scope_note = \"\"\n"),
            }
            out.push_str("members = [\n");
            for m in &g.members {
                let name = resolve(&tables, m)
                    .ok()
                    .map(|l| tables[l.table].rows[l.row].name.clone());
                out.push_str(&format!(
                    "  {{ plan = {}, table = {}, row = {}",
                    q(&m.plan),
                    q(&m.table),
                    q(&m.row)
                ));
                if let Some(n) = name.filter(|n| *n != m.row) {
                    out.push_str(&format!(", name = {}", q(&n)));
                }
                out.push_str(" },\n");
            }
            out.push_str("]\n");
        }
        out
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    #[serde(default)]
    group: Vec<GroupToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupToml {
    status: Spanned<String>,
    #[serde(default)]
    score: Option<f64>,
    #[serde(default)]
    scope_note: Option<String>,
    members: Vec<Spanned<RefToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RefToml {
    plan: String,
    table: String,
    row: String,
    #[serde(default)]
    name: Option<String>,
}

/// Links between indicator rows of different tables: each row's best match in the other table,
/// kept when the match is mutual, at least [`THRESHOLD`], and the names measure the same kind of
/// thing (a rate is never linked to a count).
pub fn candidate_links(tables: &[IndicatorTable]) -> Vec<(Loc, Loc, f64)> {
    let rows: Vec<Vec<(usize, String)>> = tables
        .iter()
        .map(|t| t.indicators().map(|(i, r)| (i, name_key(r))).collect())
        .collect();
    let best = |from: &(usize, String), to: &[(usize, String)]| -> Option<(usize, f64)> {
        let mut best: Option<(usize, f64)> = None;
        for (j, key) in to {
            let s = if compatible_measures(&from.1, key) {
                dice(&from.1, key)
            } else {
                0.0
            };
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((*j, s));
            }
        }
        best
    };
    let mut out = Vec::new();
    for a in 0..tables.len() {
        for b in a + 1..tables.len() {
            for ra in &rows[a] {
                let Some((rb, s)) = best(ra, &rows[b]) else {
                    continue;
                };
                if s < THRESHOLD {
                    continue;
                }
                let back = rows[b].iter().find(|(i, _)| *i == rb).expect("row");
                if best(back, &rows[a]).map(|(i, _)| i) == Some(ra.0) {
                    out.push((
                        Loc {
                            table: a,
                            row: ra.0,
                        },
                        Loc { table: b, row: rb },
                        s,
                    ));
                }
            }
        }
    }
    out
}

/// Connected components of the links, each with its members in site order and its lowest link.
fn components(edges: &[(Loc, Loc, f64)]) -> Vec<(Vec<Loc>, f64)> {
    let mut parent: HashMap<Loc, Loc> = HashMap::new();
    fn find(parent: &mut HashMap<Loc, Loc>, x: Loc) -> Loc {
        let p = *parent.entry(x).or_insert(x);
        if p == x {
            x
        } else {
            let r = find(parent, p);
            parent.insert(x, r);
            r
        }
    }
    for (a, b, _) in edges {
        let (ra, rb) = (find(&mut parent, *a), find(&mut parent, *b));
        if ra != rb {
            parent.insert(ra.max(rb), ra.min(rb));
        }
    }
    let mut groups: std::collections::BTreeMap<Loc, (Vec<Loc>, f64)> = Default::default();
    let nodes: BTreeSet<Loc> = edges.iter().flat_map(|(a, b, _)| [*a, *b]).collect();
    for n in nodes {
        let r = find(&mut parent, n);
        groups.entry(r).or_insert((Vec::new(), 1.0)).0.push(n);
    }
    for (a, _, s) in edges {
        let r = find(&mut parent, *a);
        let g = groups.get_mut(&r).expect("group");
        g.1 = g.1.min(*s);
    }
    groups.into_values().collect()
}

/// What kind of scope difference two aligned indicators have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeKind {
    /// Per year against a five-year total (`26 万人/年` vs `累计50万个以上`).
    Basis,
    /// Different units (`万人` vs `万人次`).
    Unit,
    /// Different things counted (`人数` vs `岗位`).
    Measure,
    /// A qualifier one name has and the other lacks (`按期`, `年度`, `(含大病保险)`).
    Coverage,
    /// Values from different planning periods (`十三五` result vs `十四五` target).
    Period,
}

impl ScopeKind {
    /// Whether values with this difference must not be drawn on one scale.
    pub fn blocks_comparison(self) -> bool {
        matches!(
            self,
            ScopeKind::Basis | ScopeKind::Unit | ScopeKind::Measure
        )
    }
}

/// One difference of scope between two aligned indicators, in words for readers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScopeDifference {
    pub kind: ScopeKind,
    pub detail: String,
}

/// The planning period a table speaks of (`十四五`), from its title or value headers.
pub fn period_of(t: &IndicatorTable) -> Option<String> {
    let texts = std::iter::once(t.title.as_str()).chain(
        t.columns
            .iter()
            .filter(|c| c.role != super::table::ColumnRole::Baseline)
            .map(|c| c.header.as_str()),
    );
    for s in texts {
        let c: Vec<char> = s.chars().collect();
        for w in c.windows(3) {
            if w[0] == '十' && w[2] == '五' && "一二三四五六七八九".contains(w[1]) {
                return Some(w.iter().collect());
            }
        }
    }
    None
}

/// How a value counts over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Basis {
    PerYear,
    Cumulative,
    Unstated,
}

fn basis(row: &IndicatorRow) -> Basis {
    let cumulative = row.values.iter().any(|v| match &v.parsed {
        Parsed::Number(q) => q.cumulative,
        Parsed::Multi { parts } => parts.iter().any(|q| q.cumulative),
        _ => false,
    });
    if cumulative {
        Basis::Cumulative
    } else if row.unit.as_deref().is_some_and(|u| u.ends_with("/年")) {
        Basis::PerYear
    } else {
        Basis::Unstated
    }
}

fn basis_words(row: &IndicatorRow, b: Basis) -> String {
    match b {
        Basis::PerYear => format!("每年数({})", row.unit.as_deref().unwrap_or("/年")),
        Basis::Cumulative => {
            let raw = row
                .values
                .iter()
                .find(|v| v.raw.contains('累') || v.raw.contains('【'))
                .map(|v| v.raw.trim().to_string())
                .unwrap_or_default();
            format!("五年累计数({raw})")
        }
        Basis::Unstated => "未注明按年或累计".into(),
    }
}

/// The unit of a row's first quantity, without a per-year suffix: cell unit, else name unit.
fn unit_of(row: &IndicatorRow) -> Option<String> {
    let cell = row.values.iter().find_map(|v| match &v.parsed {
        Parsed::Number(q) => Some(q.unit.clone()),
        _ => None,
    });
    let u = match cell {
        Some(Some(u)) => Some(u),
        _ => row.unit.clone(),
    }?;
    Some(u.trim_end_matches("/年").to_string())
}

/// What a name's last word says is counted, and its class: 0 a share or rate, 1 a count of
/// people or things, 2 an amount of money.
const MEASURES: &[(&str, u8)] = &[
    ("比例", 0),
    ("占比", 0),
    ("覆盖面", 0),
    ("率", 0),
    ("人数", 1),
    ("岗位", 1),
    ("规模", 1),
    ("数量", 1),
    ("总量", 1),
    ("企业数", 1),
    ("品种", 1),
    ("结余", 2),
    ("收入", 2),
    ("支出", 2),
    ("标准", 2),
    ("金", 2),
];

fn measure(key: &str) -> Option<&'static str> {
    MEASURES
        .iter()
        .find(|(m, _)| key.ends_with(m))
        .map(|(m, _)| *m)
}

/// Whether two names can measure the same thing: a rate is never a count or an amount of money.
/// A name without a known last word is compatible with anything.
pub fn compatible_measures(a: &str, b: &str) -> bool {
    let class = |k: &str| {
        MEASURES
            .iter()
            .find(|(m, _)| k.ends_with(m))
            .map(|(_, c)| *c)
    };
    match (class(a), class(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

const QUALIFIERS: &[&str] = &[
    "按期", "年度", "参保", "新增", "累计", "户籍", "本市", "案件", "仲裁", "开展", "重点", "城镇",
    "城乡", "企业", "职工", "居民",
];

fn parentheticals(name: &str) -> Vec<String> {
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

/// A short label for a plan in comparisons (`北京市`, `浦东新区`).
pub fn plan_label(site: &Site, slug: &str) -> String {
    let title = site
        .plans
        .iter()
        .find(|p| p.slug == slug)
        .map(|p| p.meta.title.as_str())
        .unwrap_or(slug);
    let head: String = title
        .chars()
        .take_while(|c| *c != '“' && *c != '"')
        .collect();
    if !head.is_empty() && head.chars().count() <= 6 {
        head
    } else {
        title.chars().take(4).collect()
    }
}

/// The differences of scope between two aligned indicators. `a_label`/`b_label` name each side
/// in the words (`北京市 城镇新增就业人数`).
pub fn scope_differences(
    ta: &IndicatorTable,
    a: &IndicatorRow,
    a_label: &str,
    tb: &IndicatorTable,
    b: &IndicatorRow,
    b_label: &str,
) -> Vec<ScopeDifference> {
    let mut out = Vec::new();
    let (ba, bb) = (basis(a), basis(b));
    if ba != bb
        && (ba == Basis::Cumulative
            || bb == Basis::Cumulative
            || ba == Basis::PerYear
            || bb == Basis::PerYear)
    {
        out.push(ScopeDifference {
            kind: ScopeKind::Basis,
            detail: format!(
                "{a_label}为{},{b_label}为{}",
                basis_words(a, ba),
                basis_words(b, bb)
            ),
        });
    }
    if let (Some(ua), Some(ub)) = (unit_of(a), unit_of(b)) {
        if ua != ub {
            out.push(ScopeDifference {
                kind: ScopeKind::Unit,
                detail: format!("单位不同:{a_label}为“{ua}”,{b_label}为“{ub}”"),
            });
        }
    }
    let (ka, kb) = (name_key(a), name_key(b));
    if let (Some(ma), Some(mb)) = (measure(&ka), measure(&kb)) {
        if ma != mb {
            out.push(ScopeDifference {
                kind: ScopeKind::Measure,
                detail: format!("计量对象不同:{a_label}计“{ma}”,{b_label}计“{mb}”"),
            });
        }
    }
    for w in QUALIFIERS {
        let (ha, hb) = (ka.contains(w), kb.contains(w));
        if ha != hb {
            let (who, other) = if ha {
                (a_label, b_label)
            } else {
                (b_label, a_label)
            };
            out.push(ScopeDifference {
                kind: ScopeKind::Coverage,
                detail: format!("“{w}”仅见于{who}的指标名称,{other}未写"),
            });
        }
    }
    let (pa, pb) = (parentheticals(&a.name), parentheticals(&b.name));
    for p in pa.iter().filter(|p| !pb.contains(p)) {
        out.push(ScopeDifference {
            kind: ScopeKind::Coverage,
            detail: format!("{a_label}注明“{p}”,{b_label}未注明"),
        });
    }
    for p in pb.iter().filter(|p| !pa.contains(p)) {
        out.push(ScopeDifference {
            kind: ScopeKind::Coverage,
            detail: format!("{b_label}注明“{p}”,{a_label}未注明"),
        });
    }
    if let (Some(pa), Some(pb)) = (period_of(ta), period_of(tb)) {
        if pa != pb {
            let what = |t: &IndicatorTable| match t.kind {
                TableKind::Results => "目标与完成情况",
                TableKind::Targets => "目标",
            };
            out.push(ScopeDifference {
                kind: ScopeKind::Period,
                detail: format!(
                    "时期不同:{a_label}为“{pa}”{},{b_label}为“{pb}”{}",
                    what(ta),
                    what(tb)
                ),
            });
        }
    }
    out
}
