//! Page contexts: serializable views of the indicator tables for the templates `indicators.html`
//! (a plan's indicators, and its results page with verdicts) and `comparison.html` (aligned
//! indicators across plans). Plan text stays plain text here (the templates escape it); only chart
//! markup, built with explicit escaping in [`super::chart`], is meant to be output as is.

use super::align::{
    period_of, plan_label, scope_differences, title_label, Alignment, Loc, RowIndex,
    ScopeDifference, Status,
};
use super::chart::{self, Bar, Chart};
use super::table::{Anomaly, IndicatorRow, IndicatorTable, TableKind};
use super::value::{Parsed, Value};
use super::verdict::Outcome;
use crate::model::{RowKind, Site};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Groups up to this size state the scope differences of every pair of members; larger groups
/// compare each member with the first one, so the page grows linearly with the number of plans.
pub const ALL_PAIRS_UP_TO: usize = 6;

/// The pairs of members (indices) whose scope differences a group states.
pub fn member_pairs(n: usize) -> Vec<(usize, usize)> {
    if n <= ALL_PAIRS_UP_TO {
        (0..n)
            .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
            .collect()
    } else {
        (1..n).map(|j| (0, j)).collect()
    }
}

/// A row's link to its group on a plan's page names up to this many other members; a larger
/// group's link names the first ones and says how many there are in all, and the comparison page
/// lists every member, so a plan's page grows linearly with the number of plans.
pub const ALIGNED_NAMED_UP_TO: usize = 8;

/// The words of a row's link to its group: the other members' labels, joined, or for more than
/// [`ALIGNED_NAMED_UP_TO`] the first ones and the count of all.
pub fn aligned_label(others: &[&str]) -> String {
    if others.len() <= ALIGNED_NAMED_UP_TO {
        others.join("、")
    } else {
        format!(
            "{}等{}个指标（全部列于对照页）",
            others[..ALIGNED_NAMED_UP_TO].join("、"),
            others.len()
        )
    }
}

use crate::link::site_map;
pub use crate::link::site_map::{
    indicators_page, results_page, root_prefix as root_of, COMPARISON_PAGE,
};

#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    pub slug: String,
    pub title: String,
    /// Short label (`北京市`).
    pub label: String,
}

/// A chart ready for a page: inline markup (built in Rust with every text escaped) and its file.
#[derive(Debug, Clone, Serialize)]
pub struct ChartView {
    pub svg: String,
    /// Path of the SVG file, relative to the page.
    pub href: String,
    #[serde(skip)]
    pub file: String,
}

/// One cell: as written and as parsed.
#[derive(Debug, Clone, Serialize)]
pub struct CellView {
    /// Header of the column.
    pub header: String,
    pub raw: String,
    /// `empty`, `number`, `ratio`, `multi`, `qualitative`.
    pub kind: &'static str,
    /// The parsed form in short (`≥ 98 %`, `≈ 80 %`, `20 : 40 : 40`, `药品 ≥ 90 %;…`); empty for
    /// an empty cell; `定性` for qualitative text.
    pub parsed: String,
    pub cumulative: bool,
    /// Words around the number as written (`稳定在`, `以上`).
    pub qualifiers: Vec<String>,
}

impl CellView {
    pub fn new(header: &str, v: &Value, name_unit: Option<&str>) -> CellView {
        let q_text = |q: &super::value::Quantity| {
            let unit = q.unit.as_deref().or(name_unit);
            let mut s = String::new();
            if let Some(l) = &q.label {
                s.push_str(l);
                s.push(' ');
            }
            s.push_str(&q.short());
            if let Some(u) = unit {
                s.push(' ');
                s.push_str(u);
            }
            s
        };
        let (parsed, cumulative, qualifiers) = match &v.parsed {
            Parsed::Empty => (String::new(), false, vec![]),
            Parsed::Number(q) => (q_text(q), q.cumulative, q.qualifiers.clone()),
            Parsed::Ratio { parts } => (
                parts
                    .iter()
                    .map(|x| super::value::format_number(*x))
                    .collect::<Vec<_>>()
                    .join(" : "),
                false,
                vec![],
            ),
            Parsed::Multi { parts } => (
                parts.iter().map(q_text).collect::<Vec<_>>().join(";"),
                parts.iter().any(|q| q.cumulative),
                parts.iter().flat_map(|q| q.qualifiers.clone()).collect(),
            ),
            Parsed::Qualitative { .. } => ("定性".into(), false, vec![]),
            Parsed::Range {
                low,
                high,
                unit,
                cumulative,
            } => (
                format!(
                    "{}–{}{}",
                    super::value::format_number(*low),
                    super::value::format_number(*high),
                    unit.as_deref()
                        .or(name_unit)
                        .map(|u| format!(" {u}"))
                        .unwrap_or_default()
                ),
                *cumulative,
                vec![],
            ),
            Parsed::Status { status } => (status.label().into(), false, vec![]),
            Parsed::Placeholder => ("无数值".into(), false, vec![]),
        };
        CellView {
            header: crate::text::collapse_cjk_spacing(header),
            raw: v.raw.clone(),
            kind: v.parsed.kind_name(),
            parsed,
            cumulative,
            qualifiers,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct VerdictView {
    /// `met`, `not_met`, `not_comparable`.
    pub outcome: Outcome,
    /// 达到 / 未达到 / 不可比.
    pub label: &'static str,
    pub reason: String,
}

/// A link to a group on the comparison page.
#[derive(Debug, Clone, Serialize)]
pub struct AlignedLink {
    pub href: String,
    /// The other members, e.g. `浦东新区:城镇新增就业岗位`.
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RowView {
    pub anchor: String,
    /// `category`, `group`, `item`.
    pub kind: RowKind,
    pub number: Option<String>,
    pub name: String,
    pub raw_name: String,
    pub category: Option<String>,
    pub group: Option<String>,
    #[serde(flatten)]
    pub values: RowValues,
    pub chart: Option<ChartView>,
    pub aligned: Vec<AlignedLink>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct VerdictSummary {
    pub met: usize,
    pub not_met: usize,
    pub not_comparable: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct TableView {
    pub id: String,
    pub title: String,
    /// `targets` or `results`.
    pub kind: TableKind,
    pub name_header: String,
    pub columns: Vec<String>,
    pub notes: Vec<String>,
    /// Data files, relative to the page.
    pub csv_href: String,
    pub json_href: String,
    pub rows: Vec<RowView>,
    pub verdicts: Option<VerdictSummary>,
    pub anomaly_count: usize,
    /// Number of columns of the rendered table (name, unit, values, attribute, verdict).
    pub span: usize,
}

/// What an indicator page says about itself, and its way back to the site root (`""`, `"../"`).
#[derive(Debug, Clone, Serialize)]
pub struct PageHead {
    /// Used to make the page's links; templates get the way back to the root from the common
    /// part of every page.
    #[serde(skip)]
    pub root: String,
    pub title: String,
    pub description: String,
}

/// Context of `indicators.html`: a plan's indicator tables (`page = "indicators"`), or its results
/// tables with verdicts (`page = "results"`).
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorsPage {
    #[serde(flatten)]
    pub head: PageHead,
    /// `indicators` or `results`.
    pub page_kind: &'static str,
    pub plan: PlanView,
    pub tables: Vec<TableView>,
    /// Path of the plan-wide JSON file, relative to the page.
    pub json_href: String,
    /// The other page of the pair, relative to this one (`results.html` / `indicators.html`).
    pub results_href: Option<String>,
    pub indicators_href: String,
    pub comparison_href: String,
}

/// One member of an aligned group.
#[derive(Debug, Clone, Serialize)]
pub struct MemberView {
    pub plan: PlanView,
    pub table_title: String,
    /// The planning period of the table (`十四五`).
    pub period: Option<String>,
    pub name: String,
    /// The row on its plan's indicators page, relative to the comparison page.
    pub href: String,
    #[serde(flatten)]
    pub values: RowValues,
}

/// What a row of an indicator table says, wherever it is shown: its unit and attribute, its
/// cells, its verdict and the doubts about its values.
#[derive(Debug, Clone, Serialize)]
pub struct RowValues {
    pub unit: Option<String>,
    /// 约束性 / 预期性 as written.
    pub attribute: Option<String>,
    pub cells: Vec<CellView>,
    pub verdict: Option<VerdictView>,
    pub anomalies: Vec<Anomaly>,
}

impl RowValues {
    fn of(t: &IndicatorTable, r: &IndicatorRow) -> RowValues {
        RowValues {
            unit: r.unit.clone(),
            attribute: r.attribute_raw.clone(),
            cells: cells(t, r),
            verdict: verdict_view(r),
            anomalies: r.anomalies.clone(),
        }
    }
}

/// Scope differences between two members.
#[derive(Debug, Clone, Serialize)]
pub struct PairView {
    pub a: String,
    pub b: String,
    pub scope_differences: Vec<ScopeDifference>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    /// `g1`, `g2` … in file order (fragment id on the comparison page).
    pub id: String,
    pub status: Status,
    /// 自动匹配,待核对 / 已核对.
    pub status_label: &'static str,
    pub score: Option<f64>,
    pub scope_note: Option<String>,
    pub title: String,
    pub members: Vec<MemberView>,
    pub pairs: Vec<PairView>,
    /// The pairs compare each member with the first only (a group of more than
    /// [`ALL_PAIRS_UP_TO`] members); the page says so.
    pub pairs_with_first: bool,
    pub chart: Option<ChartView>,
    /// Why no chart is drawn, when none is.
    pub no_chart_reason: Option<String>,
    /// The evidence of the match: each member's measure in words.
    pub evidence: Vec<String>,
}

/// Context of `comparison.html`.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonPage {
    #[serde(flatten)]
    pub head: PageHead,
    pub groups: Vec<GroupView>,
    pub json_href: String,
    /// The matrix of every plan × measure.
    pub matrix_href: String,
    /// Plans with indicator pages, for navigation.
    pub plans: Vec<PlanLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanLink {
    pub plan: PlanView,
    pub href: String,
    pub results_href: Option<String>,
}

fn plan_view(site: &Site, slug: &str) -> PlanView {
    let title = site
        .plans
        .iter()
        .find(|p| p.slug == slug)
        .map(|p| p.meta.title.clone())
        .unwrap_or_default();
    PlanView {
        slug: slug.to_string(),
        title,
        label: plan_label(site, slug),
    }
}

/// What the indicator pages of a site share, worked out once for all of them: the groups with
/// their members located, the groups each row is in, each member's label and each plan's title
/// and label. Looking these up instead of searching the site for every page and row keeps the
/// pages linear in the number of plans.
pub struct Shared<'a> {
    site: &'a Site,
    /// [`located`]: (group index, members located), in file order.
    pub(crate) groups: Vec<(usize, Vec<Loc>)>,
    /// Row → positions in `groups` of the groups it is in, in order.
    by_row: HashMap<Loc, Vec<usize>>,
    /// Per entry of `groups`: each member's label ([`member_label`]).
    labels: Vec<Vec<String>>,
    /// Plan slug → (title, short label), for the first plan with the slug.
    plans: HashMap<&'a str, (&'a str, String)>,
    /// Plans with indicator tables, and those with a results table.
    with_tables: HashSet<&'a str>,
    with_results: HashSet<&'a str>,
    /// The comparison is shown as one page per group, with an index of the groups
    /// ([`Shared::split_over`]).
    split: bool,
}

impl<'a> Shared<'a> {
    pub fn new(site: &'a Site, tables: &'a [IndicatorTable], alignment: &Alignment) -> Shared<'a> {
        let mut plans = HashMap::new();
        for p in &site.plans {
            plans
                .entry(p.slug.as_str())
                .or_insert_with(|| (p.meta.title.as_str(), title_label(&p.meta.title)));
        }
        let groups = located(tables, alignment);
        let mut by_row: HashMap<Loc, Vec<usize>> = HashMap::new();
        for (k, (_, locs)) in groups.iter().enumerate() {
            for l in locs {
                let v = by_row.entry(*l).or_default();
                if v.last() != Some(&k) {
                    v.push(k);
                }
            }
        }
        let mut shared = Shared {
            site,
            groups,
            by_row,
            labels: Vec::new(),
            plans,
            with_tables: tables.iter().map(|t| t.plan.as_str()).collect(),
            with_results: tables
                .iter()
                .filter(|t| t.kind == TableKind::Results)
                .map(|t| t.plan.as_str())
                .collect(),
            split: false,
        };
        shared.labels = shared
            .groups
            .iter()
            .map(|(_, locs)| {
                locs.iter()
                    .map(|l| shared.member_label(&tables[l.table], &tables[l.table].rows[l.row]))
                    .collect()
            })
            .collect();
        shared
    }

    /// Shows the comparison as a page per group and an index of the groups when its groups hold
    /// more than `limit` member rows in all (the config's `list_limit`), so that no page grows
    /// with the number of plans. Returns whether it does.
    pub fn split_over(&mut self, limit: usize) -> bool {
        let rows: usize = self.groups.iter().map(|(_, locs)| locs.len()).sum();
        self.split = rows > limit;
        self.split
    }

    /// What pages call a table: its title, or for a table printed without one, the 专栏 or the
    /// place that holds it ([`crate::link::table_name`]).
    pub fn table_name(&self, t: &IndicatorTable) -> String {
        if !t.title.trim().is_empty() {
            return t.title.clone();
        }
        self.site
            .plans
            .iter()
            .find(|p| p.slug == t.plan)
            .map_or_else(
                || "表格".to_string(),
                |p| crate::link::table_name(p, &t.table),
            )
    }

    /// Whether the comparison is shown as a page per group ([`Shared::split_over`]).
    pub fn is_split(&self) -> bool {
        self.split
    }

    /// The address of aligned group `gi` (an index into the alignment's groups) from a page
    /// whose way back to the site root is `root`: its section of the comparison page, or its
    /// own page when the comparison is split.
    pub fn group_href(&self, root: &str, gi: usize) -> String {
        let id = format!("g{}", gi + 1);
        if self.split {
            format!("{root}{}", site_map::comparison_group_page(&id))
        } else {
            format!("{root}{COMPARISON_PAGE}#{id}")
        }
    }

    /// [`plan_label`], looked up.
    pub fn plan_label(&self, slug: &str) -> String {
        match self.plans.get(slug) {
            Some((_, label)) => label.clone(),
            None => plan_label(self.site, slug),
        }
    }

    /// [`plan_view`], looked up.
    fn plan_view(&self, slug: &str) -> PlanView {
        match self.plans.get(slug) {
            Some((title, label)) => PlanView {
                slug: slug.to_string(),
                title: title.to_string(),
                label: label.clone(),
            },
            None => plan_view(self.site, slug),
        }
    }

    fn member_label(&self, t: &IndicatorTable, r: &IndicatorRow) -> String {
        let period = period_of(t).map(|p| format!("“{p}”")).unwrap_or_default();
        format!("{}{period} {}", self.plan_label(&t.plan), r.name)
    }
}

fn verdict_view(r: &IndicatorRow) -> Option<VerdictView> {
    r.verdict.as_ref().map(|v| VerdictView {
        outcome: v.outcome,
        label: v.outcome.label(),
        reason: v.reason.clone(),
    })
}

fn cells(t: &IndicatorTable, r: &IndicatorRow) -> Vec<CellView> {
    t.columns
        .iter()
        .zip(&r.values)
        .map(|(c, v)| CellView::new(&c.header, v, r.unit.as_deref()))
        .collect()
}

/// Resolved groups: (group index, members located), skipping references that no longer resolve.
pub(crate) fn located(tables: &[IndicatorTable], alignment: &Alignment) -> Vec<(usize, Vec<Loc>)> {
    let index = RowIndex::new(tables);
    alignment
        .groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.status != Status::Rejected)
        .map(|(i, g)| {
            (
                i,
                g.members
                    .iter()
                    .filter_map(|m| index.resolve(m).ok())
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, m)| m.len() >= 2)
        .collect()
}

/// The context of a plan's indicators page (`results == false`) or results page.
pub fn plan_page(
    site: &Site,
    slug: &str,
    tables: &[IndicatorTable],
    alignment: &Alignment,
    results: bool,
) -> IndicatorsPage {
    plan_page_in(&Shared::new(site, tables, alignment), slug, tables, results)
}

/// [`plan_page`] with what the pages share worked out already.
pub fn plan_page_in(
    shared: &Shared,
    slug: &str,
    tables: &[IndicatorTable],
    results: bool,
) -> IndicatorsPage {
    let page_path = if results {
        results_page(slug)
    } else {
        indicators_page(slug)
    };
    let root = root_of(&page_path);
    let plan = shared.plan_view(slug);
    let has_results = shared.with_results.contains(slug);
    let mut views = Vec::new();
    for (ti, t) in tables.iter().enumerate() {
        if t.plan != slug || (results && t.kind != TableKind::Results) {
            continue;
        }
        let mut summary = VerdictSummary::default();
        let mut rows = Vec::new();
        for (ri, r) in t.rows.iter().enumerate() {
            if let Some(v) = &r.verdict {
                match v.outcome {
                    Outcome::Met => summary.met += 1,
                    Outcome::NotMet => summary.not_met += 1,
                    Outcome::NotComparable => summary.not_comparable += 1,
                }
            }
            let chart = chart::results_row_chart(t, r).map(|c| {
                let file = site_map::row_chart(slug, &r.anchor);
                ChartView {
                    svg: chart::svg(&c),
                    href: format!("{root}{file}"),
                    file,
                }
            });
            let here = Loc { table: ti, row: ri };
            let aligned = shared
                .by_row
                .get(&here)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|&k| {
                    let (gi, m) = &shared.groups[k];
                    AlignedLink {
                        href: shared.group_href(&root, *gi),
                        label: aligned_label(
                            &m.iter()
                                .zip(&shared.labels[k])
                                .filter(|(l, _)| **l != here)
                                .map(|(_, label)| label.as_str())
                                .collect::<Vec<_>>(),
                        ),
                    }
                })
                .collect();
            rows.push(RowView {
                anchor: r.anchor.clone(),
                kind: r.kind,
                number: r.number.clone(),
                name: r.name.clone(),
                raw_name: r.raw_name.clone(),
                category: r.category.clone(),
                group: r.group.clone(),
                values: RowValues::of(t, r),
                chart,
                aligned,
            });
        }
        views.push(TableView {
            id: t.table.clone(),
            title: shared.table_name(t),
            kind: t.kind,
            name_header: t.name_header.clone(),
            columns: t.columns.iter().map(|c| c.header.clone()).collect(),
            notes: t.notes.clone(),
            csv_href: format!("{root}{}", site_map::table_data(slug, &t.table, "csv")),
            json_href: format!("{root}{}", site_map::table_data(slug, &t.table, "json")),
            anomaly_count: t.rows.iter().map(|r| r.anomalies.len()).sum(),
            verdicts: (t.kind == TableKind::Results).then_some(summary),
            span: t.columns.len() + 3 + usize::from(t.kind == TableKind::Results),
            rows,
        });
    }
    let (title, description) = if results {
        (
            format!("{}：规划目标完成情况", plan.title),
            format!(
                "《{}》所列上一规划期指标的基期值、目标值、完成值与逐项判定。",
                plan.title
            ),
        )
    } else {
        (
            format!("{}：主要指标", plan.title),
            format!(
                "《{}》的指标表：原文与解析后的数值、单位、属性，可下载 CSV 与 JSON。",
                plan.title
            ),
        )
    };
    IndicatorsPage {
        page_kind: if results { "results" } else { "indicators" },
        tables: views,
        json_href: format!("{root}{}", site_map::plan_indicators_data(slug)),
        results_href: has_results.then(|| format!("{root}{}", results_page(slug))),
        indicators_href: format!("{root}{}", indicators_page(slug)),
        comparison_href: format!("{root}{COMPARISON_PAGE}"),
        plan,
        head: PageHead {
            root,
            title,
            description,
        },
    }
}

/// The context of the comparison page.
pub fn comparison_page(
    site: &Site,
    tables: &[IndicatorTable],
    alignment: &Alignment,
) -> ComparisonPage {
    comparison_page_in(&Shared::new(site, tables, alignment), tables, alignment)
}

/// [`comparison_page`] with what the pages share worked out already.
pub fn comparison_page_in(
    shared: &Shared,
    tables: &[IndicatorTable],
    alignment: &Alignment,
) -> ComparisonPage {
    let site = shared.site;
    let root = root_of(COMPARISON_PAGE);
    let mut groups = Vec::new();
    for ((gi, locs), labels) in shared.groups.iter().zip(&shared.labels) {
        let gi = *gi;
        let g = &alignment.groups[gi];
        let id = format!("g{}", gi + 1);
        let members: Vec<(&IndicatorTable, &IndicatorRow)> = locs
            .iter()
            .map(|l| (&tables[l.table], &tables[l.table].rows[l.row]))
            .collect();
        let mut pairs = Vec::new();
        for (i, j) in member_pairs(members.len()) {
            {
                let (ta, a) = members[i];
                let (tb, b) = members[j];
                pairs.push(PairView {
                    a: labels[i].clone(),
                    b: labels[j].clone(),
                    scope_differences: scope_differences(ta, a, &labels[i], tb, b, &labels[j]),
                });
            }
        }
        let bar_labels: Vec<String> = members
            .iter()
            .map(|(t, _)| shared.plan_label(&t.plan))
            .collect();
        let (chart, no_chart_reason) = match group_chart(&id, &members, &bar_labels, &pairs) {
            Ok(c) => {
                let file = site_map::group_chart(&id);
                (
                    Some(ChartView {
                        svg: chart::svg(&c),
                        href: format!("{root}{file}"),
                        file,
                    }),
                    None,
                )
            }
            Err(reason) => (None, Some(reason)),
        };
        groups.push(GroupView {
            id,
            status: g.status,
            status_label: match g.status {
                Status::Auto => "自动匹配，待核对",
                Status::Confirmed => "已核对",
                Status::Rejected => "已否定",
            },
            score: g.score,
            scope_note: g.scope_note.clone(),
            title: members[0].1.name.clone(),
            members: members
                .iter()
                .map(|(t, r)| MemberView {
                    plan: shared.plan_view(&t.plan),
                    table_title: t.title.clone(),
                    period: period_of(t),
                    name: r.name.clone(),
                    href: format!("{root}{}#{}", indicators_page(&t.plan), r.anchor),
                    values: RowValues::of(t, r),
                })
                .collect(),
            evidence: members
                .iter()
                .zip(labels)
                .map(|((_, r), l)| format!("{l}:{}", super::measure::describe(r).summary()))
                .collect(),
            pairs,
            pairs_with_first: members.len() > ALL_PAIRS_UP_TO,
            chart,
            no_chart_reason,
        });
    }
    let mut plans = Vec::new();
    for p in &site.plans {
        if shared.with_tables.contains(p.slug.as_str()) {
            plans.push(PlanLink {
                plan: shared.plan_view(&p.slug),
                href: format!("{root}{}", indicators_page(&p.slug)),
                results_href: shared
                    .with_results
                    .contains(p.slug.as_str())
                    .then(|| format!("{root}{}", results_page(&p.slug))),
            });
        }
    }
    ComparisonPage {
        groups,
        json_href: format!("{root}{}", site_map::alignment_data()),
        matrix_href: format!("{root}{}", site_map::matrix_page("all")),
        plans,
        head: PageHead {
            root,
            title: "指标对照：各规划、各时期的同类指标".into(),
            description: "把不同规划、不同规划期中衡量同一事项的指标并列，注明口径差异。".into(),
        },
    }
}

/// Context of the comparison's index when the comparison is split ([`Shared::split_over`]): each
/// aligned group with its number of members and a link to its own page.
#[derive(Debug, Clone, Serialize)]
pub struct GroupIndex {
    #[serde(flatten)]
    pub head: PageHead,
    /// Member rows of all groups: what the single comparison page would show.
    pub entries: usize,
    pub groups: Vec<GroupEntry>,
    pub json_href: String,
    pub matrix_href: String,
}

/// An aligned group on the comparison's index.
#[derive(Debug, Clone, Serialize)]
pub struct GroupEntry {
    pub title: String,
    pub status_label: &'static str,
    /// The group's page, relative to the index.
    pub href: String,
    pub members: usize,
}

/// The comparison split into a page per group (path and context, in group order) and the index
/// of the groups, from the whole comparison `cmp` (whose links start at the site root, where
/// the comparison page is).
pub fn split_comparison(cmp: ComparisonPage) -> (Vec<(String, ComparisonPage)>, GroupIndex) {
    let index_root = root_of(COMPARISON_PAGE);
    let mut entries = 0;
    let mut index = Vec::new();
    let mut pages = Vec::new();
    for g in cmp.groups {
        let path = site_map::comparison_group_page(&g.id);
        let root = root_of(&path);
        entries += g.members.len();
        index.push(GroupEntry {
            title: g.title.clone(),
            status_label: g.status_label,
            href: format!("{index_root}{path}"),
            members: g.members.len(),
        });
        let head = PageHead {
            root: root.clone(),
            title: format!("指标对照：{}", g.title),
            description: format!(
                "各规划中衡量“{}”的{}个指标并列，注明口径差异。",
                g.title,
                g.members.len()
            ),
        };
        pages.push((
            path,
            ComparisonPage {
                groups: vec![g.seen_from(&root)],
                json_href: format!("{root}{}", site_map::alignment_data()),
                matrix_href: format!("{root}{}", site_map::matrix_page("all")),
                // The plans are listed on the index's pages, not on every group's.
                plans: Vec::new(),
                head,
            },
        ));
    }
    let index = GroupIndex {
        head: cmp.head,
        entries,
        groups: index,
        json_href: cmp.json_href,
        matrix_href: cmp.matrix_href,
    };
    (pages, index)
}

impl GroupView {
    /// The group as shown on a page whose way back to the site root is `root`, from the group
    /// as made for the comparison page at the site root.
    fn seen_from(mut self, root: &str) -> GroupView {
        for m in &mut self.members {
            m.href = format!("{root}{}", m.href);
        }
        if let Some(c) = &mut self.chart {
            c.href = format!("{root}{}", c.href);
        }
        self
    }
}

/// Side-by-side bars of an aligned group, or why none is drawn. Bars are drawn only when every
/// member's value is a single number in the same unit, on the same basis, counting the same thing,
/// and no value is flagged. `plans` holds each member's plan label.
fn group_chart(
    id: &str,
    members: &[(&IndicatorTable, &IndicatorRow)],
    plans: &[String],
    pairs: &[PairView],
) -> Result<Chart, String> {
    let blocking: Vec<&str> = pairs
        .iter()
        .flat_map(|p| &p.scope_differences)
        .filter(|d| d.kind.blocks_comparison())
        .map(|d| d.detail.as_str())
        .collect();
    if !blocking.is_empty() {
        return Err(format!("口径不同，不作图比较：{}", blocking.join("；")));
    }
    let mut bars = Vec::new();
    // The chart's unit: the first member's; other members' values are converted to it when their
    // units are of the same dimension (万人 ↔ 人).
    let mut unit: Option<(Option<String>, f64)> = None;
    let mut words = Vec::new();
    for ((t, r), plan) in members.iter().zip(plans) {
        if !r.anomalies.is_empty() {
            return Err(format!("{plan} {}的数值存疑（见标注），不作图比较", r.name));
        }
        let m = super::measure::describe(r);
        let period = period_of(t);
        for (c, v) in t.columns.iter().zip(&r.values) {
            if matches!(
                c.role,
                super::table::ColumnRole::Baseline | super::table::ColumnRole::Assessment
            ) {
                continue;
            }
            let (low, high, form, q_unit, shown) = match &v.parsed {
                Parsed::Empty | Parsed::Placeholder => continue,
                Parsed::Number(q) if !q.approx => (
                    q.number,
                    q.number,
                    chart::BarForm::of(q.comparator),
                    q.unit.clone(),
                    q.short(),
                ),
                Parsed::Range {
                    low, high, unit, ..
                } => (
                    *low,
                    *high,
                    chart::BarForm::Range { low: *low },
                    unit.clone(),
                    format!(
                        "{}–{}",
                        super::value::format_number(*low),
                        super::value::format_number(*high)
                    ),
                ),
                _ => {
                    return Err(format!(
                        "{plan} {}的“{}”不是数值或区间，不作图比较",
                        r.name,
                        v.raw.trim()
                    ))
                }
            };
            let u = q_unit
                .or_else(|| r.unit.clone())
                .map(|u| u.trim_end_matches("/年").to_string());
            let factor = u
                .as_deref()
                .and_then(|u| super::measure::Vocabulary::builtin().unit_def(u))
                .map_or(m.factor, |d| d.factor);
            let (chart_unit, chart_factor) = unit.get_or_insert((u.clone(), factor)).clone();
            let scale = if chart_unit == u {
                1.0
            } else {
                let dim = |x: &Option<String>| {
                    x.as_deref().map(|x| {
                        super::measure::Vocabulary::builtin()
                            .unit_def(x)
                            .map_or(x.to_string(), |d| d.dimension.clone())
                    })
                };
                if dim(&chart_unit) != dim(&u) || chart_unit.is_none() || u.is_none() {
                    return Err("单位不同，不作图比较".into());
                }
                factor / chart_factor
            };
            let mut text = shown;
            if let Some(u) = &u {
                text.push_str(if u == "%" { "" } else { " " });
                text.push_str(u);
            }
            if scale != 1.0 {
                text.push_str(&format!(
                    "（合{}{}）",
                    super::value::format_number(high * scale),
                    chart_unit.as_deref().unwrap_or("")
                ));
            }
            let mut header = crate::text::strip_spaces(&c.header);
            match &period {
                Some(p) if !header.contains(p.as_str()) => header = format!("“{p}”{header}"),
                _ => {}
            }
            words.push(format!("{plan} {} {header} {text}{}", r.name, form.words()));
            let form = match form {
                chart::BarForm::Range { .. } => chart::BarForm::Range { low: low * scale },
                f => f,
            };
            bars.push(Bar {
                label: format!("{plan} {header}"),
                value: high * scale,
                text,
                form,
            });
        }
    }
    if bars.len() < 2 {
        return Err("可作图的数值不足两个".into());
    }
    let unit = unit.and_then(|(u, _)| u);
    Ok(Chart {
        id: format!("{id}-chart"),
        title: match &unit {
            Some(u) => format!("{}({u})", members[0].1.name),
            None => members[0].1.name.clone(),
        },
        desc: format!("{}。", words.join("；")),
        unit,
        bars,
    })
}
