//! Tests against hand-made truth: the corpus header forms and cell forms read as the plans mean
//! them, the measure vocabulary, and the automatic alignment measured (precision and recall)
//! against which indicators really measure the same thing in the seeds and the corpus.

use super::align::{self, site_tables, Alignment, Loc, ScopeKind};
use super::chart::{self, BarForm};
use super::measure::{self, Basis, Vocabulary};
use super::table::{ColumnRole, IndicatorTable, Layout, TableKind};
use super::value::*;
use crate::model::{Plan, PlanMeta, RowKind, Site, Table, TableRow};
use crate::testkit::{seed_site, BEIJING, PUDONG};
use serde::Deserialize;
use std::collections::BTreeSet;

const CORPUS: &str = include_str!("../../tests/fixtures/indicators/corpus-indicators.toml");
const TRUTH: &str = include_str!("../../tests/fixtures/indicators/alignment-truth.toml");

#[derive(Deserialize)]
struct CorpusFile {
    plan: Vec<PlanT>,
}

#[derive(Deserialize)]
struct PlanT {
    slug: String,
    title: String,
    table: Vec<TableT>,
}

#[derive(Deserialize)]
struct TableT {
    id: String,
    #[serde(default)]
    title: String,
    columns: Vec<String>,
    rows: Vec<Vec<String>>,
    #[serde(default)]
    notes: Vec<String>,
}

/// A table as the reader gives it: column 0 in `name`, the rest in `cells`; a one-cell row is a
/// category row.
fn table(id: &str, title: &str, columns: &[&str], rows: &[&[&str]], notes: &[&str]) -> Table {
    Table {
        id: id.into(),
        title: title.into(),
        caption_below: false,
        continued: Vec::new(),
        column_groups: Vec::new(),
        columns: columns.iter().map(|s| s.to_string()).collect(),
        rows: rows
            .iter()
            .map(|r| TableRow {
                kind: if r.len() == 1 {
                    RowKind::Category
                } else {
                    RowKind::Item
                },
                number: None,
                name: r[0].to_string(),
                group: None,
                cells: r[1..].iter().map(|s| s.to_string()).collect(),
            })
            .collect(),
        notes: notes.iter().map(|s| s.to_string()).collect(),
    }
}

fn corpus_plans() -> Vec<Plan> {
    let file: CorpusFile = toml::from_str(CORPUS).unwrap();
    file.plan
        .into_iter()
        .map(|p| Plan {
            slug: p.slug,
            meta: PlanMeta {
                title: p.title,
                ..Default::default()
            },
            tables: p
                .table
                .iter()
                .map(|t| {
                    let rows: Vec<Vec<&str>> = t
                        .rows
                        .iter()
                        .map(|r| r.iter().map(String::as_str).collect())
                        .collect();
                    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
                    let cols: Vec<&str> = t.columns.iter().map(String::as_str).collect();
                    let notes: Vec<&str> = t.notes.iter().map(String::as_str).collect();
                    table(&t.id, &t.title, &cols, &rows, &notes)
                })
                .collect(),
            ..Default::default()
        })
        .collect()
}

/// The seeds and the corpus tables in one site.
pub(crate) fn truth_site() -> Site {
    let mut site = seed_site();
    site.plans.extend(corpus_plans());
    site
}

#[derive(Deserialize)]
struct TruthFile {
    same: Vec<Set>,
    different: Vec<Set>,
}

#[derive(Deserialize)]
struct Set {
    members: Vec<String>,
    #[allow(dead_code)]
    #[serde(default)]
    why: Option<String>,
}

fn locate(tables: &[IndicatorTable], r: &str) -> Loc {
    let mut it = r.splitn(3, '/');
    let (plan, table, row) = (it.next().unwrap(), it.next().unwrap(), it.next().unwrap());
    align::resolve(
        tables,
        &align::RowRef {
            plan: plan.into(),
            table: table.into(),
            row: row.into(),
        },
    )
    .unwrap_or_else(|e| panic!("{r}: {e}"))
}

fn pairs_of(groups: impl Iterator<Item = Vec<Loc>>) -> BTreeSet<(Loc, Loc)> {
    let mut out = BTreeSet::new();
    for g in groups {
        for (i, a) in g.iter().enumerate() {
            for b in &g[i + 1..] {
                out.insert((*a.min(b), *a.max(b)));
            }
        }
    }
    out
}

/// (precision, recall, predicted, true, found) of the automatic guess on a site against truth
/// pairs restricted to the site's plans.
fn score(site: &Site) -> (f64, f64, usize, usize, usize, BTreeSet<(Loc, Loc)>) {
    let tables = site_tables(site);
    let truth: TruthFile = toml::from_str(TRUTH).unwrap();
    let in_site = |r: &String| {
        site.plans
            .iter()
            .any(|p| r.starts_with(&format!("{}/", p.slug)))
    };
    let pairs_in_site = |sets: &[Set]| {
        pairs_of(sets.iter().map(|s| {
            s.members
                .iter()
                .filter(|m| in_site(m))
                .map(|m| locate(&tables, m))
                .collect()
        }))
    };
    let same = pairs_in_site(&truth.same);
    let different = pairs_in_site(&truth.different);
    assert!(same.is_disjoint(&different), "the truth contradicts itself");
    let auto = Alignment::auto(site);
    let predicted = pairs_of(auto.groups.iter().map(|g| {
        g.members
            .iter()
            .map(|m| align::resolve(&tables, m).unwrap())
            .collect()
    }));
    let found = predicted.intersection(&same).count();
    let wrong: BTreeSet<(Loc, Loc)> = predicted.intersection(&different).copied().collect();
    let p = if predicted.is_empty() {
        1.0
    } else {
        found as f64 / predicted.len() as f64
    };
    let r = found as f64 / same.len().max(1) as f64;
    (p, r, predicted.len(), same.len(), found, wrong)
}

#[test]
fn automatic_alignment_meets_the_hand_made_truth() {
    let seeds = seed_site();
    let all = truth_site();
    for (what, site) in [("seeds", &seeds), ("seeds + corpus", &all)] {
        let (p, r, predicted, truth, found, wrong) = score(site);
        eprintln!(
            "alignment on {what}: {predicted} guessed pairs, {truth} true pairs, {found} found: \
             precision {p:.3}, recall {r:.3}"
        );
        assert!(
            wrong.is_empty(),
            "{what}: look-alikes guessed as one: {wrong:?}"
        );
        assert!(p >= 0.95, "{what}: precision {p}");
        assert!(r >= 0.8, "{what}: recall {r}");
    }
    // The seeds are matched exactly, the missed pair of the 13th/14th plan included.
    let (p, r, ..) = score(&seeds);
    assert_eq!((p, r), (1.0, 1.0));
}

#[test]
fn every_guess_shows_its_evidence() {
    let site = seed_site();
    let tables = site_tables(&site);
    let a = Alignment::auto(&site);
    let page = super::pages::comparison_page(&site, &tables, &a);
    assert_eq!(page.groups.len(), a.groups.len());
    for g in &page.groups {
        assert_eq!(g.evidence.len(), g.members.len(), "{}", g.title);
        for e in &g.evidence {
            assert!(e.contains("事项 ") && e.contains(" · "), "{e}");
        }
    }
    let mediation = page
        .groups
        .iter()
        .find(|g| g.members.iter().any(|m| m.name == "劳动人事争议调解成功率"))
        .expect("调解率 and 调解成功率 are one group");
    assert_eq!(mediation.members.len(), 2);
}

/// A corpus header whose attribute column (类型) comes last.
const TYPE_LAST: [&str; 6] = crate::testkit::corpus_headers::SH13_TARGETS;

#[test]
fn corpus_header_forms_give_column_roles() {
    use ColumnRole::*;
    let headers = |h: &[&str]| h.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let cases: &[(&[&str], &[ColumnRole])] = &[
        (
            &crate::testkit::corpus_headers::SH06_TARGETS,
            &[Baseline, Target],
        ),
        (
            &["指标名称", "2025年", "2030年", "指标性质"],
            &[Baseline, Target],
        ),
        (
            &crate::testkit::corpus_headers::SH07_TARGETS,
            &[Baseline, Target],
        ),
        (&TYPE_LAST, &[Baseline, Target]),
        (
            &["指标", "基期值", "规划目标", "指标类型"],
            &[Baseline, Target],
        ),
        (
            &["指标", "基准值（2020年）", "“十四五”完成值", "目标"],
            &[Baseline, Achieved, Target],
        ),
        (
            &[
                "序号",
                "指标名称",
                "单位",
                "属性",
                "松江区“十四五”指标",
                "完成情况",
            ],
            &[Target, Achieved],
        ),
        (
            &crate::testkit::corpus_headers::SH07_RESULTS,
            &[Target, Achieved, Assessment],
        ),
        (&["类别", "序号", "指标", "单位", "属性", "目标"], &[Target]),
        (&["序号", "指标", "单位", "“十五五”目标"], &[Target]),
    ];
    for (h, want) in cases {
        let l = Layout::of(&headers(h));
        let got: Vec<ColumnRole> = l.values.iter().map(|(_, r)| *r).collect();
        assert_eq!(&got, want, "{h:?}");
        assert!(
            ["指标名称", "指标项", "指标"].contains(&h[l.name]),
            "{h:?}: name column {}",
            h[l.name]
        );
    }
    let l = Layout::of(&headers(&["类别", "序号", "指标", "单位", "属性", "目标"]));
    assert_eq!(
        (l.category, l.number, l.name, l.unit, l.attribute),
        (Some(0), Some(1), 2, Some(3), Some(4))
    );
    let l = Layout::of(&headers(&TYPE_LAST));
    assert_eq!(l.attribute, Some(5), "类型 holds 约束性/预期性");
}

#[test]
fn corpus_tables_read_as_indicators() {
    let plans = corpus_plans();
    let get = |slug: &str, id: &str| {
        let p = plans.iter().find(|p| p.slug.starts_with(slug)).unwrap();
        let mut t = IndicatorTable::from_table(p, p.table(id).unwrap());
        super::verdict::judge_table(&mut t);
        t
    };
    // sh-01: merged 类别 column first, then 序号; units from the unit column.
    let t = get("sh-01", "t1");
    let r = &t.rows[1];
    assert_eq!(
        (
            r.number.as_deref(),
            r.name.as_str(),
            r.unit.as_deref(),
            r.category.as_deref()
        ),
        (Some("2"), "商办楼宇更新数量", Some("个"), Some("促发展"))
    );
    assert_eq!(r.attribute_raw.as_deref(), Some("预期性"));
    assert_eq!(describe_v(&t.rows[0].values[0]), "= 2");
    // A free-text target with a number in it is kept and flagged, never guessed at.
    let free = &t.rows[6];
    assert_eq!(free.values[0].raw, "2027年60%，2028年进一步优化布局");
    assert_eq!(free.anomalies.len(), 1, "{:?}", free.anomalies);
    assert!(free.anomalies[0].message.contains("2027年60%"));
    // sh-12: a results table with categories as rows; 完成情况 holds numbers.
    let t = get("sh-12", "t1");
    assert_eq!(t.kind, TableKind::Results);
    assert_eq!(t.rows.iter().filter(|r| r.is_indicator()).count(), 18);
    assert_eq!(t.rows[1].category.as_deref(), Some("建设指标"));
    assert!(t.rows[1].verdict.is_some());
    // sh-12 t2: `－` is a placeholder, not text; a missing unit cell leaves no unit.
    let t = get("sh-12", "t2");
    assert_eq!(t.rows[3].values[0].parsed, Parsed::Placeholder);
    assert_eq!(t.rows[3].unit, None);
    // sh-07: target and state of 2025 with the plan's own assessment; footnote digits glued to a
    // value are flagged; a status word is data and gives the verdict when nothing else can.
    let t = get("sh-07", "t1");
    assert_eq!(t.kind, TableKind::Results);
    assert_eq!(
        t.rows[0].values[2].parsed,
        Parsed::Status {
            status: Completion::Completed
        }
    );
    assert_eq!(t.rows[0].anomalies.len(), 2, "35%1 and 74.2%2");
    let v = t.rows[1].verdict.as_ref().unwrap();
    assert_eq!(v.outcome, super::verdict::Outcome::Met);
    assert!(v.reason.contains("已完成"), "{}", v.reason);
    // sh-07 t2: merged 类别 column after 序号.
    let t = get("sh-07", "t2");
    assert_eq!(t.rows[4].category.as_deref(), Some("水安全"));
    assert_eq!(t.rows[5].category.as_deref(), Some("水质量"));
    assert_eq!(describe_v(&t.rows[6].values[1]), "= 24 km");
    // sh-13: 类型 as the attribute column; `/` is a placeholder; units in cells.
    let t = get("sh-13", "t1");
    assert_eq!(t.rows[4].attribute_raw.as_deref(), Some("约束性"));
    assert_eq!(t.rows[4].values[0].parsed, Parsed::Placeholder);
    assert_eq!(describe_v(&t.rows[9].values[1]), "≥ 100 公里 [不低于]");
    // sh-14: 〔…〕-free five-year totals are named in the row name; ranges are ranges.
    let t = get("sh-14", "t1");
    assert_eq!(describe_v(&t.rows[1].values[0]), "range 2-3 家");
}

fn describe_v(v: &Value) -> String {
    super::tests::describe(&v.parsed)
}

#[test]
fn cell_forms_of_real_tables_parse() {
    let cases = [
        ("〔350〕", "= 350 Σ [〔〕]"),
        ("【50】", "= 50 Σ [【】]"),
        ("3～5", "range 3-5"),
        ("85%-90%", "range 85-90 %"),
        ("完成", "status 完成"),
        ("超额完成", "status 超额完成"),
        ("未完成", "status 未完成"),
        ("已完成", "status 完成"),
        ("—", "placeholder"),
        ("－", "placeholder"),
        ("/", "placeholder"),
        ("增加20", "= 20 Δ [增加]"),
        ("新增5万平方米", "= 5 万平方米 Δ [新增]"),
        ("＞95", "> 95 [>]"),
        ("45.00以上", "≥ 45 [以上]"),
        ("21km", "= 21 km"),
        ("提高2个百分点", "= 2 个百分点 Δ [提高]"),
    ];
    for (raw, want) in cases {
        assert_eq!(super::tests::describe(&parse(raw)), want, "{raw}");
    }
}

#[test]
fn units_come_from_a_unit_column_or_the_name() {
    let plan = Plan {
        slug: "p".into(),
        ..Default::default()
    };
    let t = table(
        "t1",
        "表1 主要指标",
        &["指标名称", "2025年", "2030年", "指标性质"],
        &[
            &["建设用地总规模（平方公里）", "1820", "≤1820", "约束性"],
            &["耕地保有量（万亩）", "202", "≥202", "约束性"],
            &["城市生物多样性指数（鸟类）", "0.6", "0.6", "预期性"],
        ],
        &[],
    );
    let it = IndicatorTable::from_table(&plan, &t);
    let got: Vec<(&str, Option<&str>)> = it
        .rows
        .iter()
        .map(|r| (r.name.as_str(), r.unit.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("建设用地总规模", Some("平方公里")),
            ("耕地保有量", Some("万亩")),
            ("城市生物多样性指数（鸟类）", None)
        ]
    );
    assert_eq!(it.rows[0].attribute_raw.as_deref(), Some("约束性"));
    assert_eq!(
        it.columns.iter().map(|c| c.role).collect::<Vec<_>>(),
        [ColumnRole::Baseline, ColumnRole::Target]
    );
}

#[test]
fn the_vocabulary_parses_and_rejects_bad_entries() {
    let v = Vocabulary::builtin();
    assert!(v.qualifier.iter().any(|w| w.word == "按期"));
    assert_eq!(v.unit_def("万人").unwrap().factor, 10000.0);
    assert_eq!(v.unit_def("公顷").unwrap().dimension, "平方米");
    assert!(
        Vocabulary::parse("[[unit]]\nunits = [\"x\"]\ndimension = \"x\"\nfactor = 0\n")
            .unwrap_err()
            .contains("factor")
    );
    assert!(Vocabulary::parse("[[synonym]]\nwords = [\"a\"]\n").is_err());
    assert!(Vocabulary::parse("colour = 1\n").is_err());
}

fn row_of<'a>(tables: &'a [IndicatorTable], t: usize, name: &str) -> &'a super::IndicatorRow {
    tables[t]
        .rows
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("{name}"))
}

#[test]
fn measures_are_typed_descriptions() {
    let tables = site_tables(&seed_site());
    let m = measure::describe(row_of(&tables, 1, "城镇新增就业人数"));
    assert_eq!(m.quantity.as_deref(), Some("count"));
    assert_eq!(m.object.as_deref(), Some("人"));
    assert_eq!(m.basis, Basis::PerYear);
    assert_eq!(m.scope, ["城镇"]);
    assert_eq!(m.qualifiers, ["新增"]);
    let jobs = measure::describe(row_of(&tables, 2, "城镇新增就业岗位"));
    assert_eq!(jobs.object.as_deref(), Some("岗位"));
    assert_eq!(jobs.basis, Basis::FiveYearTotal);
    assert!(!measure::compatible(&m, &jobs));
    let training = measure::describe(row_of(&tables, 1, "开展职业技能培训人数"));
    let scale = measure::describe(row_of(&tables, 2, "职业技能培训规模"));
    assert_eq!(training.object.as_deref(), Some("人次"));
    assert_eq!(scale.object.as_deref(), Some("人次"));
    assert_eq!(training.core, scale.core, "开展 is incidental");
    assert!(measure::compatible(&training, &scale));
    let on_time = measure::describe(row_of(&tables, 2, "劳动保障监察举报投诉按期结案率"));
    let closed = measure::describe(row_of(&tables, 1, "劳动保障监察举报投诉案件结案率"));
    assert_eq!(on_time.core, closed.core);
    assert_eq!(on_time.qualifiers, ["按期"]);
    assert!(!measure::compatible(&on_time, &closed));
}

#[test]
fn scope_notes_name_only_differences_of_measure() {
    let tables = site_tables(&seed_site());
    let diff = |ta: usize, a: &str, tb: usize, b: &str| {
        align::scope_differences(
            &tables[ta],
            row_of(&tables, ta, a),
            "北京市",
            &tables[tb],
            row_of(&tables, tb, b),
            "浦东新区",
        )
    };
    // Training: both in 万人次; the only difference is five-year total vs unstated basis.
    let d = diff(1, "开展职业技能培训人数", 2, "职业技能培训规模");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].kind, ScopeKind::Basis);
    assert_eq!(
        d[0].detail,
        "北京市为五年累计数（【350】），浦东新区为未注明按年或累计"
    );
    // 参保 and 案件 are incidental words, not differences.
    let d = diff(
        1,
        "居民医保政策范围内住院报销比例(含大病保险)",
        2,
        "参保居民医保政策范围内住院报销比例",
    );
    let details: Vec<&str> = d.iter().map(|d| d.detail.as_str()).collect();
    assert_eq!(
        details,
        ["范围不同：北京市注明“(含大病保险)”，浦东新区未注明"]
    );
    let d = diff(
        1,
        "劳动人事争议案件仲裁结案率",
        2,
        "劳动人事争议仲裁年度结案率",
    );
    assert!(d.is_empty(), "{d:?}");
    // 按期 is a difference of measure.
    let d = diff(
        1,
        "劳动保障监察举报投诉案件结案率",
        2,
        "劳动保障监察举报投诉按期结案率",
    );
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].kind, ScopeKind::Measure);
    assert!(d[0].detail.contains("“按期”"), "{}", d[0].detail);
    assert!(!d.iter().any(|x| x.detail.contains("案件")));
}

#[test]
fn a_pair_of_different_measures_gets_no_chart_and_says_why() {
    use super::align::{Group, RowRef, Status};
    let site = seed_site();
    let tables = site_tables(&site);
    // A maintainer groups 结案率 with 按期结案率 (the old automatic guess): no chart, reason given.
    let a = Alignment {
        groups: vec![Group {
            status: Status::Confirmed,
            score: None,
            scope_note: None,
            members: vec![
                RowRef {
                    plan: BEIJING.into(),
                    table: "t2".into(),
                    row: "29".into(),
                },
                RowRef {
                    plan: PUDONG.into(),
                    table: "t1".into(),
                    row: "9".into(),
                },
            ],
        }],
    };
    let page = super::pages::comparison_page(&site, &tables, &a);
    let g = &page.groups[0];
    assert!(g.chart.is_none());
    let reason = g.no_chart_reason.as_deref().unwrap();
    assert!(reason.contains("按期"), "{reason}");
}

#[test]
fn bounds_and_ranges_are_drawn_as_such() {
    let tables = site_tables(&seed_site());
    // Beijing 13th plan: 城镇登记失业率 baseline 1.39, target <4.0, result 2.56.
    let t = &tables[0];
    let r = row_of(&tables, 0, "城镇登记失业率");
    let c = chart::results_row_chart(t, r).unwrap();
    let forms: Vec<BarForm> = c.bars.iter().map(|b| b.form).collect();
    assert_eq!(forms, [BarForm::Exact, BarForm::AtMost, BarForm::Exact]);
    let svg = chart::svg(&c);
    assert!(svg.contains("bar-at-most") && svg.contains("bound-marker"));
    assert!(
        svg.contains("stroke-dasharray"),
        "an upper bound is an open bar"
    );
    assert!(c.desc.contains("上限"), "{}", c.desc);
    // ≥98: a solid part to the bound and an open part to the end of the scale.
    let r = row_of(&tables, 0, "医疗保险基金收缴率");
    let c = chart::results_row_chart(t, r).unwrap();
    assert!(c.bars.iter().all(|b| b.form == BarForm::AtLeast));
    let svg = chart::svg(&c);
    assert_eq!(svg.matches("class=\"bar bar-0 bar-at-least\"").count(), 2);
    assert!(svg.contains("bound-arrow"));
    // A range is a bar from its lower to its upper end.
    let plan = Plan::default();
    let it = IndicatorTable::from_table(
        &plan,
        &table(
            "t1",
            "",
            &["指标", "基期值", "目标", "“十四五”完成值"],
            &[&["某比例（%）", "80", "85-90", "88"]],
            &[],
        ),
    );
    let c = chart::results_row_chart(&it, &it.rows[0]).unwrap();
    assert_eq!(c.bars[1].form, BarForm::Range { low: 85.0 });
    let svg = chart::svg(&c);
    assert!(svg.contains("bar-range"));
    assert!(c.desc.contains("85–90%（区间）"), "{}", c.desc);
}

#[test]
fn candidate_links_compare_only_within_blocks() {
    // 200 plans with the same 10 measures and 10 of their own: the number of pairs scored grows
    // with the blocks, and every plan's 10 shared measures are linked.
    let names = [
        "人均公园绿地面积",
        "森林覆盖率",
        "绿道长度",
        "公园数量",
        "生活垃圾回收利用率",
        "建筑垃圾综合利用率",
        "城镇登记失业率",
        "专业技术人才总量",
        "河湖水面率",
        "户外招牌建档率",
    ];
    let plans: Vec<Plan> = (0..200u32)
        .map(|i| {
            let rows: Vec<Vec<String>> = names
                .iter()
                .map(|n| vec![n.to_string(), "1".into()])
                .chain((0..10).map(|k| {
                    // A name of its own: three characters no other plan uses.
                    let base = 0x4E00 + 3 * (i * 10 + k);
                    let own: String = (0..3).filter_map(|d| char::from_u32(base + d)).collect();
                    vec![own, "1".into()]
                }))
                .collect();
            let rows: Vec<Vec<&str>> = rows
                .iter()
                .map(|r| r.iter().map(String::as_str).collect())
                .collect();
            let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
            Plan {
                slug: format!("p{i}"),
                tables: vec![table("t1", "", &["指标", "目标"], &rows, &[])],
                ..Default::default()
            }
        })
        .collect();
    let site = Site { plans };
    let tables = site_tables(&site);
    let links = align::candidate_links(&tables);
    let a = Alignment::auto(&site);
    assert_eq!(a.groups.len(), 10, "one group per shared measure");
    assert!(a.groups.iter().all(|g| g.members.len() == 200));
    assert!(links.len() >= 10 * 199);
}

fn theme() -> tera::Tera {
    let mut t = super::tests::indicator_templates("{% block content %}{% endblock content %}");
    t.autoescape_on(vec![".html"]);
    t
}

/// A site of `n` plans: three subjects, five regions, eight shared measures each (two of them in
/// a results table of the previous period), and two of each plan's own.
pub(crate) fn generated_site(n: usize) -> Site {
    let shared = [
        ("人均公园绿地面积", "平方米"),
        ("森林覆盖率", "%"),
        ("绿道长度", "公里"),
        ("生活垃圾回收利用率", "%"),
        ("建筑垃圾综合利用率", "%"),
        ("城镇登记失业率", "%"),
        ("专业技术人才总量", "万人"),
        ("河湖水面率", "%"),
    ];
    let plans = (0..n)
        .map(|i| {
            let mut targets: Vec<Vec<String>> = shared
                .iter()
                .enumerate()
                .map(|(k, (name, unit))| {
                    vec![
                        (k + 1).to_string(),
                        name.to_string(),
                        unit.to_string(),
                        "预期性".into(),
                        format!("≥{}", 10 + (i + k) % 50),
                    ]
                })
                .collect();
            for k in 0..2u32 {
                let base = 0x5000 + 3 * (i as u32 * 2 + k);
                let own: String = (0..3).filter_map(|d| char::from_u32(base + d)).collect();
                targets.push(vec![
                    (9 + k).to_string(),
                    own,
                    "个".into(),
                    "预期性".into(),
                    "5".into(),
                ]);
            }
            let targets: Vec<Vec<&str>> = targets
                .iter()
                .map(|r| r.iter().map(String::as_str).collect())
                .collect();
            let targets: Vec<&[&str]> = targets.iter().map(Vec::as_slice).collect();
            let results: [&[&str]; 2] = [
                &["1", "人均公园绿地面积", "平方米", "约束性", "9", "9.5"],
                &["2", "森林覆盖率", "%", "约束性", "18", "完成"],
            ];
            Plan {
                slug: format!("plan-{i:02}"),
                meta: PlanMeta {
                    title: format!("第{i}区绿化市容“十五五”规划"),
                    subject: Some(["绿化市容", "就业", "水务"][i % 3].into()),
                    region: Some(format!("上海市第{}区", i % 5)),
                    ..Default::default()
                },
                tables: vec![
                    table(
                        "t1",
                        "“十四五”主要指标完成情况",
                        &[
                            "序号",
                            "指标名称",
                            "单位",
                            "属性",
                            "“十四五”目标",
                            "完成情况",
                        ],
                        &results,
                        &[],
                    ),
                    table(
                        "t2",
                        "“十五五”主要指标",
                        &["序号", "指标名称", "单位", "属性", "“十五五”目标"],
                        &targets,
                        &[],
                    ),
                ],
                ..Default::default()
            }
        })
        .collect();
    Site { plans }
}

#[test]
fn the_matrix_stays_readable_at_50_plans() {
    let site = generated_site(50);
    let alignment = Alignment::auto(&site);
    let dir = tempfile::tempdir().unwrap();
    let tera = theme();
    let render = |name: &str, ctx: &tera::Context, out: &std::path::Path| -> crate::Result<()> {
        let html = tera
            .render(name, ctx)
            .map_err(|e| crate::Error::other(format!("{name}: {e:?}")))?;
        std::fs::create_dir_all(out.parent().unwrap()).unwrap();
        std::fs::write(out, html).unwrap();
        Ok(())
    };
    super::write_outputs(&site, &alignment, dir.path(), &render).unwrap();
    let read = |rel: &str| std::fs::read_to_string(dir.path().join(rel)).unwrap();
    let html = read("matrix/index.html");
    // 50 plan rows, 8 shared measures as columns (the plans' own indicators are not aligned).
    assert_eq!(html.matches("<th scope=\"row\">").count(), 50);
    assert_eq!(html.matches("<th scope=\"col\" id=\"m-g").count(), 8);
    assert!(
        html.contains("<span class=\"nw\">50 个规划</span> × <span class=\"nw\">8 项指标</span>")
    );
    // The latest target is the 十五五 one; the result comes from the 十四五 results table.
    assert!(
        html.contains("目标（“十五五”）：≥10 平方米"),
        "latest target shown"
    );
    assert!(
        html.contains("完成（“十四五”）：9.5 平方米"),
        "result shown"
    );
    assert!(
        html.contains("完成（“十四五”）：完成"),
        "a status word is shown as written"
    );
    // Every link of a cell points at a row that exists on the plan's page.
    for href in html
        .split("href=\"../")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
    {
        if let Some((page, anchor)) = href.split_once('#') {
            if page.ends_with("/indicators.html") {
                assert!(read(page).contains(&format!("id=\"{anchor}\"")), "{href}");
            }
        }
    }
    // Readable: a bounded page per plan, and one matrix per subject and per region.
    assert!(html.len() < 50 * 8 * 600, "{} bytes", html.len());
    let subjects = read("matrix/subject-1.html");
    assert_eq!(subjects.matches("<th scope=\"row\">").count(), 17);
    assert!(subjects.contains("主题:绿化市容"));
    let region = read("matrix/region-5.html");
    assert_eq!(region.matches("<th scope=\"row\">").count(), 10);
    // The same data as CSV (one record per plan and measure, no blank field) and JSON.
    let csv = std::fs::read(dir.path().join("data/matrix-all.csv")).unwrap();
    let mut r = csv::Reader::from_reader(&csv[3..]);
    let records: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(records.len(), 50 * 8);
    assert!(records.iter().all(|rec| rec.iter().all(|f| !f.is_empty())));
    let json: serde_json::Value = serde_json::from_str(&read("data/matrix-all.json")).unwrap();
    assert_eq!(json["rows"].as_array().unwrap().len(), 50);
    assert_eq!(json["measures"].as_array().unwrap().len(), 8);
    // The comparison page grows linearly: large groups compare each member with the first.
    let cmp = read("indicators.html");
    assert!(
        cmp.matches("class=\"pair\"").count() <= 8 * 100,
        "pairs stay linear"
    );
}

#[test]
fn csv_gives_one_record_per_part_of_a_multi_part_target() {
    let tables = site_tables(&seed_site());
    let t = &tables[1];
    let records = super::export::csv_records(t);
    let header = &records[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let parts: Vec<&Vec<String>> = records
        .iter()
        .filter(|r| r[col("指标")].starts_with("公立医疗机构通过集中采购平台"))
        .collect();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0][col("分项")], "1/2 药品");
    assert_eq!(parts[1][col("分项")], "2/2 高值医用耗材");
    assert_eq!(
        (
            parts[0][col("目标·比较")].as_str(),
            parts[0][col("目标·数值")].as_str()
        ),
        ("≥", "90")
    );
    assert_eq!(
        (
            parts[1][col("目标·比较")].as_str(),
            parts[1][col("目标·数值")].as_str()
        ),
        ("≥", "80")
    );
    assert_eq!(parts[0][col("目标·数值单位")], "%");
}
