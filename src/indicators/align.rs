//! Alignment: indicators that measure the same thing in different plans or periods (北京 职工医保
//! 政策范围内住院报销比例 and 浦东 参保职工医保…). A first guess is made from the typed measures of
//! the rows ([`super::measure`]) and written to an editable file (`content/indicator-alignment.toml`) that a maintainer confirms,
//! corrects or rejects; the file is the authority. Differences of scope between aligned
//! indicators (per year vs five-year total, 万人 vs 万人次, 人数 vs 岗位 …) are computed and stated,
//! never compared away.

use super::measure::{self, Basis, DifferenceKind, Measure};
use super::table::{normalized_name, IndicatorRow, IndicatorTable, TableKind};
use super::verdict;
use crate::error::{Error, Result};
use crate::model::Site;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
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

/// Every table of every plan of a site, read as indicators and judged, in site order.
pub fn site_tables(site: &Site) -> Vec<IndicatorTable> {
    let mut tables: Vec<IndicatorTable> = site
        .plans
        .iter()
        .flat_map(IndicatorTable::from_plan)
        .collect();
    verdict::judge_all(&mut tables);
    tables
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

/// The indicator rows of a site filed by the references a file uses for them, so a reference is
/// found without going through every table: resolving the members of every group stays linear in
/// the number of plans. Finds exactly what [`resolve`] finds, and says the same when it finds
/// nothing.
pub struct RowIndex<'a> {
    tables: &'a [IndicatorTable],
    /// (plan, table id) → the first such table.
    by_table: HashMap<(&'a str, &'a str), usize>,
    /// Per table: row number as written → the first indicator row with it.
    by_number: Vec<HashMap<&'a str, usize>>,
    /// Per table: name, or name as written without surrounding spaces → the first indicator row
    /// with it.
    by_name: Vec<HashMap<&'a str, usize>>,
}

impl<'a> RowIndex<'a> {
    pub fn new(tables: &'a [IndicatorTable]) -> RowIndex<'a> {
        let mut by_table = HashMap::new();
        let mut by_number = Vec::with_capacity(tables.len());
        let mut by_name = Vec::with_capacity(tables.len());
        for (ti, t) in tables.iter().enumerate() {
            by_table
                .entry((t.plan.as_str(), t.table.as_str()))
                .or_insert(ti);
            let mut numbers = HashMap::new();
            let mut names = HashMap::new();
            for (ri, row) in t.indicators() {
                if let Some(n) = row.number.as_deref() {
                    numbers.entry(n).or_insert(ri);
                }
                names.entry(row.name.as_str()).or_insert(ri);
                names.entry(row.raw_name.trim()).or_insert(ri);
            }
            by_number.push(numbers);
            by_name.push(names);
        }
        RowIndex {
            tables,
            by_table,
            by_number,
            by_name,
        }
    }

    /// Finds a referenced indicator row, as [`resolve`] does.
    pub fn resolve(&self, r: &RowRef) -> Result<Loc, String> {
        let found = self
            .by_table
            .get(&(r.plan.as_str(), r.table.as_str()))
            .and_then(|&ti| {
                let want = r.row.trim();
                self.by_number[ti]
                    .get(want)
                    .or_else(|| self.by_name[ti].get(want))
                    .map(|&ri| Loc { table: ti, row: ri })
            });
        match found {
            Some(l) => Ok(l),
            // Not found: the slow path says why, in the same words.
            None => resolve(self.tables, r),
        }
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
        let index = RowIndex::new(&tables);
        let locate = |g: &Group| -> Vec<Loc> {
            g.members
                .iter()
                .filter_map(|m| index.resolve(m).ok())
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
        let index = RowIndex::new(&tables);
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
                let loc = index
                    .resolve(&r)
                    .map_err(|msg| Error::at(path, line, msg))?;
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
        let index = RowIndex::new(&tables);
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
                let name = index
                    .resolve(m)
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
/// kept when the match is mutual and scores at least [`THRESHOLD`]. Only rows whose typed
/// measures are compatible ([`measure::compatible`]) are scored: a rate is never linked to a
/// count, 人数 never to 岗位, 按期结案率 never to 结案率. Rows are filed by
/// [`measure::block_key`] and compared only within their block. Rows whose measures agree in
/// everything the comparison looks at (what is measured, kind, thing counted, dimension,
/// qualifiers, scope and notes) score alike against any row, so each such class's best match in
/// each table is worked out once: when many plans share indicator names the work grows with the
/// number of plans times the number of distinct measures, not with the square of the number of
/// rows. The ties go as they would row by row: the best score, then the first row in site order.
pub fn candidate_links(tables: &[IndicatorTable]) -> Vec<(Loc, Loc, f64)> {
    let described: Vec<(Loc, Measure)> = tables
        .iter()
        .enumerate()
        .flat_map(|(ti, t)| {
            t.indicators().map(move |(ri, r)| {
                let mut m = measure::describe(r);
                if own_caliber(t, r) {
                    m.qualifiers.push(OWN_CALIBER.into());
                }
                (Loc { table: ti, row: ri }, m)
            })
        })
        .collect();
    // Classes of alike measures: each row's class, and each class's first row.
    type ClassKey<'m> = (
        &'m str,
        &'m Option<String>,
        &'m Option<String>,
        &'m Option<String>,
        &'m [String],
        &'m [String],
        &'m [String],
    );
    let mut class_ids: HashMap<ClassKey, usize> = HashMap::new();
    let mut class_first: Vec<usize> = Vec::new();
    let mut class_of: Vec<usize> = Vec::with_capacity(described.len());
    for (i, (_, m)) in described.iter().enumerate() {
        let key: ClassKey = (
            &m.core,
            &m.quantity,
            &m.object,
            &m.dimension,
            &m.qualifiers,
            &m.scope,
            &m.notes,
        );
        let next = class_first.len();
        let c = *class_ids.entry(key).or_insert(next);
        if c == next {
            class_first.push(i);
        }
        class_of.push(c);
    }
    // Blocks: their rows and their classes, in site order.
    type Members = (Vec<usize>, Vec<usize>);
    let mut blocks: BTreeMap<(String, Option<char>), Members> = BTreeMap::new();
    for (c, &i) in class_first.iter().enumerate() {
        blocks
            .entry(measure::block_key(&described[i].1))
            .or_default()
            .1
            .push(c);
    }
    for (i, (_, m)) in described.iter().enumerate() {
        if let Some(b) = blocks.get_mut(&measure::block_key(m)) {
            b.0.push(i);
        }
    }
    // Best match of each class in each table: class → table → (match, score), the match as its
    // position in `described`, which is in site order.
    let mut best: Vec<HashMap<usize, (usize, f64)>> = vec![HashMap::new(); class_first.len()];
    let mut out = Vec::new();
    for (rows, classes) in blocks.values() {
        // Each row's class as a position among the block's classes.
        let local: HashMap<usize, usize> =
            classes.iter().enumerate().map(|(k, &c)| (c, k)).collect();
        let row_local: Vec<usize> = rows
            .iter()
            .map(|&j| local.get(&class_of[j]).copied().unwrap_or(0))
            .collect();
        let mut scores: Vec<Option<f64>> = vec![None; classes.len()];
        for &c in classes {
            let mc = &described[class_first[c]].1;
            for (k, &d) in classes.iter().enumerate() {
                let md = &described[class_first[d]].1;
                scores[k] = measure::compatible(mc, md).then(|| similarity(mc, md));
            }
            let mine = &mut best[c];
            for (&j, &k) in rows.iter().zip(&row_local) {
                let Some(s) = scores[k] else {
                    continue;
                };
                let e = mine.entry(described[j].0.table).or_insert((j, s));
                if s > e.1 || (s == e.1 && j < e.0) {
                    *e = (j, s);
                }
            }
        }
        // Mutual best matches: a row's best in another table whose best in the row's table is
        // the row itself.
        for &i in rows {
            let a = described[i].0;
            for (&tb, &(j, s)) in &best[class_of[i]] {
                if a.table < tb
                    && s >= THRESHOLD
                    && best[class_of[j]].get(&a.table).map(|x| x.0) == Some(i)
                {
                    out.push((a, described[j].0, s));
                }
            }
        }
    }
    out.sort_by_key(|x| (x.0, x.1));
    out
}

/// The qualifier given to a row whose name carries a mark (`森林覆盖率*`) that a note under its
/// table explains as a different statistical caliber (`注：*…统计口径…`).
pub const OWN_CALIBER: &str = "另行口径（见表注）";

/// Whether a row is counted on a caliber of its own, as its table's note says.
pub fn own_caliber(t: &IndicatorTable, r: &IndicatorRow) -> bool {
    let marked = r.raw_name.trim_end().ends_with(['*', '＊']);
    marked
        && t.notes.iter().any(|n| {
            (n.contains('*') || n.contains('＊')) && (n.contains("口径") || n.contains("折算"))
        })
}

/// How alike two compatible measures are: the bigram similarity of what they measure, less a
/// tenth for each scope word or note only one of them states.
pub fn similarity(a: &Measure, b: &Measure) -> f64 {
    let base = if a.core == b.core {
        1.0
    } else {
        dice(&a.core, &b.core)
    };
    let one_sided = a.scope.iter().filter(|s| !b.scope.contains(s)).count()
        + b.scope.iter().filter(|s| !a.scope.contains(s)).count()
        + a.notes.iter().filter(|s| !b.notes.contains(s)).count()
        + b.notes.iter().filter(|s| !a.notes.contains(s)).count();
    (base - 0.1 * one_sided as f64).max(0.0)
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
    /// Different things measured (`人数` vs `岗位`, `按期结案率` vs `结案率`).
    Measure,
    /// A population or territory one name states and the other does not (`城镇`,
    /// `(含大病保险)`).
    Coverage,
    /// Values from different planning periods (`十三五` result vs `十四五` target).
    Period,
}

impl ScopeKind {
    /// Whether values with this difference must not be drawn on one scale.
    pub fn blocks_comparison(self) -> bool {
        !matches!(self, ScopeKind::Period)
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

/// A short label for a plan in comparisons (`北京市`, `浦东新区`).
pub fn plan_label(site: &Site, slug: &str) -> String {
    let title = site
        .plans
        .iter()
        .find(|p| p.slug == slug)
        .map(|p| p.meta.title.as_str())
        .unwrap_or(slug);
    title_label(title)
}

/// The short label of a plan with this title ([`plan_label`]).
pub fn title_label(title: &str) -> String {
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

/// The differences of measure between two aligned indicators, named in the words of the
/// measure vocabulary ([`measure::differences`]), and of period. `a_label`/`b_label` name each
/// side in the words (`北京市 城镇新增就业人数`). Words that are not in the vocabulary are never
/// differences.
pub fn scope_differences(
    ta: &IndicatorTable,
    a: &IndicatorRow,
    a_label: &str,
    tb: &IndicatorTable,
    b: &IndicatorRow,
    b_label: &str,
) -> Vec<ScopeDifference> {
    let v = measure::Vocabulary::builtin();
    let (mut ma, mut mb) = (measure::describe(a), measure::describe(b));
    for (m, t, r) in [(&mut ma, ta, a), (&mut mb, tb, b)] {
        if own_caliber(t, r) {
            m.qualifiers.push(OWN_CALIBER.into());
        }
    }
    let mut out: Vec<ScopeDifference> = measure::differences(v, &ma, a_label, &mb, b_label)
        .into_iter()
        .map(|d| ScopeDifference {
            kind: match d.kind {
                DifferenceKind::Quantity | DifferenceKind::Qualifier => ScopeKind::Measure,
                DifferenceKind::Unit => ScopeKind::Unit,
                DifferenceKind::Basis => ScopeKind::Basis,
                DifferenceKind::Scope => ScopeKind::Coverage,
            },
            detail: d.detail,
        })
        .collect();
    // Say what the basis words stand for in this pair (`五年累计数(【350】)`).
    for d in out.iter_mut().filter(|d| d.kind == ScopeKind::Basis) {
        for (m, row) in [(&ma, a), (&mb, b)] {
            let raw = match m.basis {
                Basis::FiveYearTotal => row
                    .values
                    .iter()
                    .find(|v| v.parsed.is_cumulative())
                    .map(|v| v.raw.trim().to_string()),
                Basis::PerYear => Some(row.unit.clone().unwrap_or_else(|| "/年".into())),
                Basis::Change => row
                    .values
                    .iter()
                    .find(|v| v.parsed.quantities().iter().any(|q| q.change))
                    .map(|v| v.raw.trim().to_string()),
                _ => None,
            };
            if let Some(raw) = raw {
                let word = m.basis.label();
                d.detail = d.detail.replacen(word, &format!("{word}（{raw}）"), 1);
            }
        }
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
                    "时期不同：{a_label}为“{pa}”{}，{b_label}为“{pb}”{}",
                    what(ta),
                    what(tb)
                ),
            });
        }
    }
    out
}
