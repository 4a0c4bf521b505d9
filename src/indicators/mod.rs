//! Indicators: a plan's indicator tables as typed data. Each cell is parsed into a value with its
//! comparator, unit and qualifiers ([`value`]), rows of a results table get a verdict
//! ([`verdict`]), indicators measuring the same thing in different plans or periods are aligned
//! with their differences of scope stated ([`align`]); [`outputs`] hands the build charts
//! ([`chart`]), open data ([`export`]) and page data for the theme's templates ([`pages`],
//! [`matrix`]). This module writes no file of the site: the build runner does.
//!
//! Output under the site root:
//! - `<plan>/indicators.html`, `<plan>/results.html` (plans with a results table);
//! - `<plan>/data/indicators.json`, `<plan>/data/indicators-<table>.csv|json`;
//! - `<plan>/charts/<row anchor>.svg`;
//! - `indicators.html` (comparison), `data/indicator-alignment.json`, `charts/compare-g<N>.svg`;
//! - `matrix/index.html`, `matrix/subject-<N>.html`, `matrix/region-<N>.html` (plans × measures)
//!   with `data/matrix-<key>.csv|json`.

pub mod align;
pub mod chart;
#[cfg(feature = "site")]
pub mod export;
pub mod matrix;
pub mod measure;
pub mod pages;
pub mod table;
pub mod value;
pub mod verdict;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod truth_tests;

pub use align::{Alignment, Group, RowRef, ScopeDifference, ScopeKind, Status};
pub use table::{Attribute, ColumnRole, IndicatorRow, IndicatorTable, TableKind};
pub use value::{Comparator, Direction, Parsed, Quantity, Value};
pub use verdict::{Outcome, Verdict};

use crate::error::{Error, Result};
#[cfg(feature = "site")]
use crate::link::site_map;
use crate::model::Site;
use crate::sink::write_file;
#[cfg(feature = "site")]
use crate::sink::OutFile;
#[cfg(feature = "site")]
use serde::Serialize;
use std::path::Path;

/// The maintainer's alignment file: loads it if it exists, else writes the automatic first guess
/// there and returns it.
pub fn ensure_alignment_file(path: &Path, site: &Site) -> Result<Alignment> {
    if path.exists() {
        return Alignment::load(path, site);
    }
    let a = Alignment::auto(site);
    write_file(path, a.to_toml(site).as_bytes())?;
    Ok(a)
}

/// `plansite align`: guesses again for every group that is not confirmed or rejected and writes
/// the file (created when missing). Returns the new alignment.
pub fn refresh_alignment_file(path: &Path, site: &Site) -> Result<Alignment> {
    let a = Alignment::load_or_auto(path, site)?.refresh(site);
    write_file(path, a.to_toml(site).as_bytes())?;
    Ok(a)
}

/// `plansite align --review`: every group not yet reviewed, numbered as in the file and on the
/// comparison page, with the evidence of the guess (each member's measure, the score and the
/// differences of measure), and how to confirm or reject it.
pub fn review(path: &Path, site: &Site) -> Result<String> {
    let a = Alignment::load_or_auto(path, site)?;
    let tables = align::site_tables(site);
    let index = align::RowIndex::new(&tables);
    let mut out = String::new();
    let mut n = 0;
    for (gi, g) in a.groups.iter().enumerate() {
        if g.status != Status::Auto {
            continue;
        }
        n += 1;
        let locs: Vec<align::Loc> = g
            .members
            .iter()
            .filter_map(|m| index.resolve(m).ok())
            .collect();
        out.push_str(&format!(
            "group {} (g{}): automatic guess, score {}\n",
            gi + 1,
            gi + 1,
            g.score.map_or("-".into(), |s| format!("{s}"))
        ));
        let mut labels = Vec::new();
        for l in &locs {
            let t = &tables[l.table];
            let r = &t.rows[l.row];
            let label = format!("{} {}", align::plan_label(site, &t.plan), r.name);
            out.push_str(&format!(
                "  - {} {} row {}: {}\n      measure: {}\n      values: {}\n",
                t.plan,
                t.table,
                r.number.as_deref().unwrap_or(&r.name),
                r.raw_name,
                measure::describe(r).summary(),
                t.columns
                    .iter()
                    .zip(&r.values)
                    .map(|(c, v)| format!("{} “{}”", text_one_line(&c.header), v.raw.trim()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            labels.push((l, label));
        }
        for (i, j) in pages::member_pairs(locs.len()) {
            let (la, a_label) = &labels[i];
            let (lb, b_label) = &labels[j];
            let d = align::scope_differences(
                &tables[la.table],
                &tables[la.table].rows[la.row],
                a_label,
                &tables[lb.table],
                &tables[lb.table].rows[lb.row],
                b_label,
            );
            if d.is_empty() {
                out.push_str(&format!("  {a_label} / {b_label}: 口径相同\n"));
            }
            for d in d {
                out.push_str(&format!("  {a_label} / {b_label}: {}\n", d.detail));
            }
        }
        out.push_str(&format!(
            "  plansite align --confirm {n0}   |   plansite align --reject {n0}\n\n",
            n0 = gi + 1
        ));
    }
    out.push_str(&format!(
        "{}: {} groups, {n} not yet reviewed\n",
        path.display(),
        a.groups.len()
    ));
    Ok(out)
}

/// `plansite align --confirm N` / `--reject N`: sets the status of group `n` (1-based, file
/// order) and writes the file. Returns a line saying what was done.
pub fn set_status(path: &Path, site: &Site, n: usize, status: Status) -> Result<String> {
    let mut a = Alignment::load_or_auto(path, site)?;
    let count = a.groups.len();
    let Some(g) = n.checked_sub(1).and_then(|i| a.groups.get_mut(i)) else {
        return Err(Error::in_file(
            path,
            format!("there is no group {n} (groups are numbered 1 to {count})"),
        ));
    };
    g.status = status;
    write_file(path, a.to_toml(site).as_bytes())?;
    Ok(format!(
        "{}: group {n} {}",
        path.display(),
        match status {
            Status::Confirmed => "confirmed",
            Status::Rejected => "rejected",
            Status::Auto => "reset to automatic",
        }
    ))
}

fn text_one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join("")
}

#[cfg(feature = "site")]
/// The JSON file of the comparison: every aligned group with its members and scope differences.
#[derive(Debug, Serialize)]
struct AlignmentJson<'a> {
    format_version: u32,
    groups: Vec<GroupJson<'a>>,
}

#[cfg(feature = "site")]
#[derive(Debug, Serialize)]
struct GroupJson<'a> {
    id: &'a str,
    status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope_note: Option<&'a str>,
    members: Vec<MemberJson<'a>>,
    pairs: &'a [pages::PairView],
}

#[cfg(feature = "site")]
#[derive(Debug, Serialize)]
struct MemberJson<'a> {
    plan: &'a str,
    table: &'a str,
    anchor: &'a str,
    row: &'a IndicatorRow,
}

#[cfg(feature = "site")]
/// A page of the indicators, as data for its template.
#[derive(Debug, Clone)]
pub enum Page {
    /// A plan's indicators page, or its results page (`indicators.html`).
    Plan(Box<pages::IndicatorsPage>),
    /// The comparison across plans (`comparison.html`).
    Comparison(Box<pages::ComparisonPage>),
    /// One aligned group of a split comparison (`comparison.html`).
    Group(Box<pages::ComparisonPage>),
    /// The index of a split comparison's groups (`digest.html`).
    Groups(Box<pages::GroupIndex>),
    /// The index of the matrices, in place of the matrix of all plans when the comparison is
    /// split (`digest.html`).
    Scopes(Box<matrix::ScopeIndex>),
    /// A matrix of plans × measures (`matrix.html`).
    Matrix(Box<matrix::MatrixPage>),
}

#[cfg(feature = "site")]
/// Everything the indicators add to a site: charts and open data as files, and pages as data for
/// the render stage to put through the theme.
#[derive(Debug, Clone, Default)]
pub struct Outputs {
    pub files: Vec<OutFile>,
    /// Each page with its path relative to the site root, in order.
    pub pages: Vec<(String, Page)>,
}

#[cfg(feature = "site")]
impl Outputs {
    fn json<T: Serialize>(&mut self, rel: String, data: &T) -> Result<()> {
        self.files.push(OutFile::new(rel, export::to_json(data)?));
        Ok(())
    }

    fn chart(&mut self, chart: &Option<pages::ChartView>) {
        if let Some(c) = chart {
            self.files.push(OutFile::new(c.file.clone(), c.svg.clone()));
        }
    }
}

#[cfg(feature = "site")]
/// Every indicator output of a site: per plan its tables as CSV and JSON, its charts and its
/// pages; the comparison with its charts and JSON; the matrices with their CSV and JSON.
///
/// A comparison whose groups hold more than `list_limit` member rows (the config's) is shown as a
/// page per group and an index of the groups.
pub fn outputs(site: &Site, alignment: &Alignment, list_limit: usize) -> Result<Outputs> {
    outputs_of(site, alignment, list_limit, None)
}

#[cfg(feature = "site")]
/// [`outputs`], or with `only` the outputs of those plans alone (their tables' data, charts and
/// pages, as [`outputs`] makes them), without the comparison and the matrices of the site.
pub fn outputs_of(
    site: &Site,
    alignment: &Alignment,
    list_limit: usize,
    only: Option<&std::collections::BTreeSet<String>>,
) -> Result<Outputs> {
    let tables = align::site_tables(site);
    let mut shared = pages::Shared::new(site, &tables, alignment);
    shared.split_over(list_limit);
    let mut by_plan: std::collections::HashMap<&str, Vec<&IndicatorTable>> = Default::default();
    for t in &tables {
        by_plan.entry(t.plan.as_str()).or_default().push(t);
    }
    let mut out = Outputs::default();
    for plan in &site.plans {
        if only.is_some_and(|slugs| !slugs.contains(&plan.slug)) {
            continue;
        }
        let mine: Vec<&IndicatorTable> =
            by_plan.get(plan.slug.as_str()).cloned().unwrap_or_default();
        if mine.is_empty() {
            continue;
        }
        for t in &mine {
            out.files.push(OutFile::new(
                site_map::table_data(&plan.slug, &t.table, "csv"),
                export::table_csv(t)?,
            ));
            out.json(
                site_map::table_data(&plan.slug, &t.table, "json"),
                &export::TableJson {
                    format_version: export::FORMAT_VERSION,
                    plan_title: &plan.meta.title,
                    table: t,
                },
            )?;
        }
        out.json(
            site_map::plan_indicators_data(&plan.slug),
            &export::PlanJson {
                format_version: export::FORMAT_VERSION,
                plan: &plan.slug,
                plan_title: &plan.meta.title,
                tables: mine.clone(),
            },
        )?;
        let has_results = mine.iter().any(|t| t.kind == TableKind::Results);
        for results in [false, true] {
            if results && !has_results {
                continue;
            }
            let page = pages::plan_page_in(&shared, &plan.slug, &tables, results);
            if !results {
                for row in page.tables.iter().flat_map(|t| &t.rows) {
                    out.chart(&row.chart);
                }
            }
            let rel = if results {
                site_map::results_page(&plan.slug)
            } else {
                site_map::indicators_page(&plan.slug)
            };
            out.pages.push((rel, Page::Plan(Box::new(page))));
        }
    }
    if only.is_some() {
        return Ok(out);
    }
    let cmp = pages::comparison_page_in(&shared, &tables, alignment);
    for g in &cmp.groups {
        out.chart(&g.chart);
    }
    out.json(
        site_map::alignment_data(),
        &AlignmentJson {
            format_version: export::FORMAT_VERSION,
            groups: cmp
                .groups
                .iter()
                .zip(group_members(&tables, &shared))
                // Same groups in the same order: both come from `pages::located`.
                .map(|(g, members)| GroupJson {
                    id: &g.id,
                    status: g.status,
                    score: g.score,
                    scope_note: g.scope_note.as_deref(),
                    members,
                    pairs: &g.pairs,
                })
                .collect(),
        },
    )?;
    if shared.is_split() {
        let (groups, index) = pages::split_comparison(cmp);
        out.pages.push((
            site_map::COMPARISON_PAGE.to_string(),
            Page::Groups(Box::new(index)),
        ));
        out.pages.extend(
            groups
                .into_iter()
                .map(|(path, page)| (path, Page::Group(Box::new(page)))),
        );
    } else {
        out.pages.push((
            site_map::COMPARISON_PAGE.to_string(),
            Page::Comparison(Box::new(cmp)),
        ));
    }
    let scopes = matrix::scopes(site, &tables);
    for s in &scopes {
        let page = matrix::page_in(site, &shared, &tables, s, &scopes);
        out.files.push(OutFile::new(
            site_map::matrix_data(&s.key, "csv"),
            export::write_csv(&matrix::csv_records(&page))?,
        ));
        out.json(
            site_map::matrix_data(&s.key, "json"),
            &MatrixJson {
                format_version: export::FORMAT_VERSION,
                scope: &page.scope.label,
                plans: &page.scope.plans,
                measures: &page.measures,
                rows: &page.rows,
            },
        )?;
        // Split, the matrix of all plans would be as long as the comparison: its page lists the
        // other matrices instead (when there are any).
        let index = (s.key == "all" && shared.is_split())
            .then(|| matrix::scope_index(&page, &scopes))
            .flatten();
        let page = match index {
            Some(index) => Page::Scopes(Box::new(index)),
            None => Page::Matrix(Box::new(page)),
        };
        out.pages.push((s.page.clone(), page));
    }
    Ok(out)
}

#[cfg(feature = "site")]
/// The JSON file of a matrix: the same data as its page and CSV.
#[derive(Debug, Serialize)]
struct MatrixJson<'a> {
    format_version: u32,
    scope: &'a str,
    plans: &'a [String],
    measures: &'a [matrix::MeasureColumn],
    rows: &'a [matrix::MatrixRow],
}

#[cfg(feature = "site")]
/// Members of each group shown on the comparison page, in its order.
fn group_members<'a>(
    tables: &'a [IndicatorTable],
    shared: &pages::Shared,
) -> Vec<Vec<MemberJson<'a>>> {
    shared
        .groups
        .iter()
        .map(|(_, locs)| {
            locs.iter()
                .map(|l| {
                    let t = &tables[l.table];
                    let row = &t.rows[l.row];
                    MemberJson {
                        plan: &t.plan,
                        table: &t.table,
                        anchor: &row.anchor,
                        row,
                    }
                })
                .collect()
        })
        .collect()
}

/// Writes every indicator output of a site under `out` (a test's folder): files as they are,
/// pages through `render` (template name, context, output file). Returns the files written, pages
/// included, in order.
#[cfg(test)]
pub(crate) fn write_outputs(
    site: &Site,
    alignment: &Alignment,
    out: &Path,
    render: &dyn Fn(&str, &tera::Context, &Path) -> Result<()>,
) -> Result<Vec<std::path::PathBuf>> {
    // The comparison whole: its split pages are rendered by the site build (`render`), as
    // digests.
    let all = outputs(site, alignment, usize::MAX)?;
    let mut written = Vec::new();
    for f in &all.files {
        write_file(&out.join(&f.rel), &f.bytes)?;
        written.push(out.join(&f.rel));
    }
    for (rel, page) in &all.pages {
        let (template, ctx) = match page {
            Page::Plan(p) => ("indicators.html", tera::Context::from_serialize(p)),
            Page::Comparison(p) | Page::Group(p) => {
                ("comparison.html", tera::Context::from_serialize(p))
            }
            Page::Matrix(p) => ("matrix.html", tera::Context::from_serialize(p)),
            Page::Groups(_) | Page::Scopes(_) => {
                return Err(Error::other(format!("{rel}: a split comparison's index")));
            }
        };
        let mut ctx = ctx.map_err(|e| Error::other(format!("page context: {e}")))?;
        ctx.insert(
            "nav",
            &site_map::Nav::from_root(&site_map::root_prefix(rel)),
        );
        render(template, &ctx, &out.join(rel))?;
        written.push(out.join(rel));
    }
    Ok(written)
}
