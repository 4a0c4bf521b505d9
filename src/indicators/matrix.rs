//! The comparison matrix: plans × measures, each cell the plan's latest target and latest result
//! for an aligned measure, linked to the rows they come from — for all plans, and per subject and
//! per region of the catalogue. The same data is written as CSV and JSON. Values are shown as
//! written; this module only arranges them and must not compare or convert them.

use super::align::{period_of, Alignment, Loc};
use super::pages::{indicators_page, root_of, PageHead, Shared, COMPARISON_PAGE};
use super::table::{ColumnRole, IndicatorTable, TableKind};
use super::value::Parsed;
use crate::link::site_map;
use crate::model::Site;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// A set of plans a matrix covers.
#[derive(Debug, Clone, Serialize)]
pub struct MatrixScope {
    /// `all`, `subject-1`, `region-2` …: the file stem.
    pub key: String,
    /// What the set is, for readers (`全部规划`, `主题:绿化市容`, `地区:上海市松江区`).
    pub label: String,
    /// Plan slugs, in site order.
    #[serde(skip)]
    pub plans: Vec<String>,
    /// Path of the page, relative to the site root.
    pub page: String,
}

/// Every matrix of a site: all plans first, then one per subject and one per region of the
/// catalogue (in order of first appearance), each over the plans with indicator tables.
pub fn scopes(site: &Site, tables: &[IndicatorTable]) -> Vec<MatrixScope> {
    let with_tables: Vec<&crate::model::Plan> = site
        .plans
        .iter()
        .filter(|p| tables.iter().any(|t| t.plan == p.slug))
        .collect();
    let mut out = vec![MatrixScope {
        key: "all".into(),
        label: "全部规划".into(),
        plans: with_tables.iter().map(|p| p.slug.clone()).collect(),
        page: site_map::matrix_page("all"),
    }];
    for (kind, word) in [("subject", "主题"), ("region", "地区")] {
        let mut values: Vec<String> = Vec::new();
        for p in &with_tables {
            let v = if kind == "subject" {
                &p.meta.subject
            } else {
                &p.meta.region
            };
            if let Some(v) = v.as_ref().map(|v| v.trim()).filter(|v| !v.is_empty()) {
                if !values.iter().any(|x| x == v) {
                    values.push(v.to_string());
                }
            }
        }
        for (i, v) in values.iter().enumerate() {
            let key = format!("{kind}-{}", i + 1);
            out.push(MatrixScope {
                page: site_map::matrix_page(&key),
                key,
                label: format!("{word}:{v}"),
                plans: with_tables
                    .iter()
                    .filter(|p| {
                        let pv = if kind == "subject" {
                            &p.meta.subject
                        } else {
                            &p.meta.region
                        };
                        pv.as_deref().map(str::trim) == Some(v.as_str())
                    })
                    .map(|p| p.slug.clone())
                    .collect(),
            });
        }
    }
    out
}

/// One column: an aligned measure.
#[derive(Debug, Clone, Serialize)]
pub struct MeasureColumn {
    /// `g3`: the group's id on the comparison page.
    pub id: String,
    pub title: String,
    /// The group on the comparison page.
    pub href: String,
    /// How many plans of the matrix have the measure.
    pub plans: usize,
}

/// A value of a cell, as written, with the row it comes from.
#[derive(Debug, Clone, Serialize)]
pub struct CellValue {
    /// The cell as written.
    pub raw: String,
    /// The row's unit, if the cell does not write one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The period of the table (`十五五`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The row's name in this plan.
    pub name: String,
    /// The row on the plan's indicators page.
    pub href: String,
    /// `plan/table/anchor`.
    pub row: String,
}

/// A cell: the plan's latest target and latest result for the measure.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MatrixCell {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<CellValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<CellValue>,
}

/// One row: a plan.
#[derive(Debug, Clone, Serialize)]
pub struct MatrixRow {
    pub slug: String,
    pub title: String,
    pub href: String,
    /// One cell per measure column.
    pub cells: Vec<MatrixCell>,
}

/// Context of `matrix.html`.
#[derive(Debug, Clone, Serialize)]
pub struct MatrixPage {
    pub page_kind: &'static str,
    #[serde(flatten)]
    pub head: PageHead,
    pub scope: MatrixScope,
    pub measures: Vec<MeasureColumn>,
    pub rows: Vec<MatrixRow>,
    pub csv_href: String,
    pub json_href: String,
    pub comparison_href: String,
    /// Every matrix of the site, for navigation.
    pub others: Vec<MatrixScope>,
}

/// Rank of a period for "latest" (`十五五` > `十四五`); unknown periods rank lowest.
fn period_rank(p: Option<&str>) -> u32 {
    let digits = "一二三四五六七八九";
    p.and_then(|p| p.chars().nth(1))
        .and_then(|c| digits.chars().position(|d| d == c))
        .map_or(0, |i| i as u32 + 1)
}

/// The matrix of one scope.
pub fn page(
    site: &Site,
    tables: &[IndicatorTable],
    alignment: &Alignment,
    scope: &MatrixScope,
    all: &[MatrixScope],
) -> MatrixPage {
    page_in(
        site,
        &Shared::new(site, tables, alignment),
        tables,
        scope,
        all,
    )
}

/// [`page`] with what the pages share worked out already.
pub fn page_in(
    site: &Site,
    shared: &Shared,
    tables: &[IndicatorTable],
    scope: &MatrixScope,
    all: &[MatrixScope],
) -> MatrixPage {
    let root = root_of(&scope.page);
    let scope_plans: HashSet<&str> = scope.plans.iter().map(String::as_str).collect();
    let in_scope = |l: &Loc| scope_plans.contains(tables[l.table].plan.as_str());
    let mut measures = Vec::new();
    let mut columns: Vec<Vec<Loc>> = Vec::new();
    for (gi, locs) in &shared.groups {
        let mine: Vec<Loc> = locs.iter().copied().filter(in_scope).collect();
        if mine.is_empty() {
            continue;
        }
        let mut plans: Vec<&str> = mine.iter().map(|l| tables[l.table].plan.as_str()).collect();
        plans.dedup();
        let first = locs[0];
        measures.push(MeasureColumn {
            id: format!("g{}", gi + 1),
            title: tables[first.table].rows[first.row].name.clone(),
            href: shared.group_href(&root, *gi),
            plans: plans.len(),
        });
        columns.push(mine);
    }
    // Measures most plans share first; ties in group order.
    let mut order: Vec<usize> = (0..measures.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(measures[i].plans));
    let measures: Vec<MeasureColumn> = order.iter().map(|&i| measures[i].clone()).collect();
    let columns: Vec<Vec<Loc>> = order.iter().map(|&i| columns[i].clone()).collect();
    let value = |l: Loc, role: ColumnRole| -> Option<(u32, CellValue)> {
        let t = &tables[l.table];
        let r = &t.rows[l.row];
        let v = r.value(t, role)?;
        let raw = v.raw.trim();
        if raw.is_empty() {
            return None;
        }
        let period = period_of(t);
        Some((
            period_rank(period.as_deref()),
            CellValue {
                raw: raw.to_string(),
                // A unit only beside a number, never beside words (`完成`).
                unit: r.unit.clone().filter(|_| {
                    matches!(
                        v.parsed,
                        Parsed::Number(_) | Parsed::Multi { .. } | Parsed::Range { .. }
                    )
                }),
                period,
                name: r.name.clone(),
                href: format!("{root}{}#{}", indicators_page(&t.plan), r.anchor),
                row: format!("{}/{}/{}", t.plan, t.table, r.anchor),
            },
        ))
    };
    let latest = |c: Vec<(u32, CellValue)>| c.into_iter().max_by_key(|(p, _)| *p).map(|x| x.1);
    // Each column's members by plan, in column order.
    let by_plan: Vec<HashMap<&str, Vec<Loc>>> = columns
        .iter()
        .map(|locs| {
            let mut m: HashMap<&str, Vec<Loc>> = HashMap::new();
            for l in locs {
                m.entry(tables[l.table].plan.as_str()).or_default().push(*l);
            }
            m
        })
        .collect();
    let mut titles: HashMap<&str, &str> = HashMap::new();
    for p in &site.plans {
        titles
            .entry(p.slug.as_str())
            .or_insert(p.meta.title.as_str());
    }
    let rows = scope
        .plans
        .iter()
        .map(|slug| MatrixRow {
            slug: slug.clone(),
            title: titles
                .get(slug.as_str())
                .map(|t| t.to_string())
                .unwrap_or_default(),
            href: format!("{root}{}", indicators_page(slug)),
            cells: by_plan
                .iter()
                .map(|m| {
                    let mine: &[Loc] = m.get(slug.as_str()).map_or(&[], Vec::as_slice);
                    MatrixCell {
                        target: latest(
                            mine.iter()
                                .filter_map(|l| value(*l, ColumnRole::Target))
                                .collect(),
                        ),
                        result: latest(
                            mine.iter()
                                .filter(|l| tables[l.table].kind == TableKind::Results)
                                .filter_map(|l| {
                                    value(*l, ColumnRole::Achieved)
                                        .or_else(|| value(*l, ColumnRole::Assessment))
                                })
                                .collect(),
                        ),
                    }
                })
                .collect(),
        })
        .collect();
    MatrixPage {
        page_kind: "matrix",
        csv_href: format!("{root}{}", site_map::matrix_data(&scope.key, "csv")),
        json_href: format!("{root}{}", site_map::matrix_data(&scope.key, "json")),
        comparison_href: format!("{root}{COMPARISON_PAGE}"),
        others: all
            .iter()
            .map(|s| MatrixScope {
                page: format!("{root}{}", s.page),
                ..s.clone()
            })
            .collect(),
        scope: scope.clone(),
        measures,
        rows,
        head: PageHead {
            root,
            title: format!("指标总表：{}", scope.label),
            description: format!(
                "{}的规划 × 已对照的指标：各规划最新的目标值与完成值（按原文），链接到所在表行。",
                scope.label
            ),
        },
    }
}

/// CSV records of a matrix: one record per plan and measure that has a target or a result.
pub fn csv_records(m: &MatrixPage) -> Vec<Vec<String>> {
    let mut out = vec![[
        "规划",
        "规划标识",
        "指标组",
        "指标组名称",
        "本规划指标名称",
        "最新目标(原文)",
        "目标单位",
        "目标所属时期",
        "目标所在行",
        "最新完成值(原文)",
        "完成值单位",
        "完成所属时期",
        "完成值所在行",
    ]
    .map(String::from)
    .to_vec()];
    let none = "无".to_string();
    for r in &m.rows {
        for (c, col) in r.cells.iter().zip(&m.measures) {
            if c.target.is_none() && c.result.is_none() {
                continue;
            }
            let name = c
                .target
                .as_ref()
                .or(c.result.as_ref())
                .map(|v| v.name.clone())
                .unwrap_or_default();
            let mut rec = vec![
                r.title.clone(),
                r.slug.clone(),
                col.id.clone(),
                col.title.clone(),
                name,
            ];
            for v in [&c.target, &c.result] {
                match v {
                    Some(v) => rec.extend([
                        v.raw.clone(),
                        v.unit.clone().unwrap_or_else(|| none.clone()),
                        v.period.clone().unwrap_or_else(|| "未注明".into()),
                        v.row.clone(),
                    ]),
                    None => rec.extend([none.clone(), none.clone(), none.clone(), none.clone()]),
                }
            }
            out.push(rec);
        }
    }
    out
}

/// Context of the matrix of all plans when the comparison is split ([`Shared::split_over`]): the
/// other matrices (per subject and per region), each with its number of plans, in place of the
/// table of every plan; the data of all plans stays downloadable.
#[derive(Debug, Clone, Serialize)]
pub struct ScopeIndex {
    #[serde(flatten)]
    pub head: PageHead,
    /// Cells with a value in the matrix of all plans: what its page would show.
    pub entries: usize,
    pub scopes: Vec<ScopeEntry>,
    pub csv_href: String,
    pub json_href: String,
}

/// A matrix of a subject or a region, on the index of the matrices.
#[derive(Debug, Clone, Serialize)]
pub struct ScopeEntry {
    pub label: String,
    /// Its page, relative to the index.
    pub href: String,
    pub plans: usize,
}

/// The index of the other matrices, for the matrix of all plans `page`; `None` when there is no
/// other matrix to send a reader to (the plans name no subject or region).
pub fn scope_index(page: &MatrixPage, all: &[MatrixScope]) -> Option<ScopeIndex> {
    let root = &page.head.root;
    let scopes: Vec<ScopeEntry> = all
        .iter()
        .filter(|s| s.key != page.scope.key)
        .map(|s| ScopeEntry {
            label: s.label.clone(),
            href: format!("{root}{}", s.page),
            plans: s.plans.len(),
        })
        .collect();
    if scopes.is_empty() {
        return None;
    }
    let entries = page
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .filter(|c| c.target.is_some() || c.result.is_some())
        .count();
    Some(ScopeIndex {
        head: page.head.clone(),
        entries,
        scopes,
        csv_href: page.csv_href.clone(),
        json_href: page.json_href.clone(),
    })
}
