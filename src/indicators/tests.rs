//! Tests over the indicator tables of both seeds.

use super::table::IndicatorTable;
use super::value::*;
use crate::model::RowKind;
use crate::testkit::{seed_site, seed_text, BEIJING, PUDONG};
use std::collections::BTreeMap;

/// A parsed value in one line: `≥ 98 %`, `≈ 80 % [稳定在|左右]`, `ratio 20:40:40`, `text ↑`.
pub(crate) fn describe(p: &Parsed) -> String {
    fn q(q: &Quantity) -> String {
        let mut s = String::new();
        if let Some(l) = &q.label {
            s.push_str(&format!("{l}: "));
        }
        s.push_str(&format!(
            "{} {}",
            q.comparator.symbol(),
            format_number(q.number)
        ));
        if let Some(u) = &q.unit {
            s.push_str(&format!(" {u}"));
        }
        if q.approx {
            s.push_str(" ~");
        }
        if q.cumulative {
            s.push_str(" Σ");
        }
        if q.change {
            s.push_str(" Δ");
        }
        if !q.qualifiers.is_empty() {
            s.push_str(&format!(" [{}]", q.qualifiers.join("|")));
        }
        s
    }
    match p {
        Parsed::Empty => String::new(),
        Parsed::Number(x) => q(x),
        Parsed::Ratio { parts } => format!(
            "ratio {}",
            parts
                .iter()
                .map(|x| format_number(*x))
                .collect::<Vec<_>>()
                .join(":")
        ),
        Parsed::Multi { parts } => parts.iter().map(q).collect::<Vec<_>>().join(" ; "),
        Parsed::Qualitative { direction } => match direction {
            None => "text".into(),
            Some(Direction::Increase) => "text ↑".into(),
            Some(Direction::Decrease) => "text ↓".into(),
            Some(Direction::Maintain) => "text →".into(),
        },
        Parsed::Range {
            low,
            high,
            unit,
            cumulative,
        } => format!(
            "range {}-{}{}{}",
            format_number(*low),
            format_number(*high),
            unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default(),
            if *cumulative { " cumulative" } else { "" }
        ),
        Parsed::Status { status } => format!("status {}", status.label()),
        Parsed::Placeholder => "placeholder".into(),
    }
}

/// Every distinct value string of both seeds' indicator tables, with its expected parse.
const PARSES: &[(&str, &str)] = &[
    // Beijing, 「“十三五”时期发展情况」: baseline, target, achieved.
    ("1.39", "= 1.39"),
    ("<4.0", "< 4 [<]"),
    ("2.56", "= 2.56"),
    ("3329", "= 3329"),
    ("稳步提高", "text ↑"),
    ("4420", "= 4420"),
    ("470", "= 470"),
    ("830", "= 830"),
    ("385", "= 385"),
    ("745", "= 745"),
    ("1176", "= 1176"),
    ("1870", "= 1870"),
    ("3712", "= 3712"),
    ("5458", "= 5458"),
    ("2322", "= 2322"),
    ("3579", "= 3579"),
    ("1856", "= 1856"),
    ("2626", "= 2626"),
    ("≥97", "≥ 97 [≥]"),
    ("≥98", "≥ 98 [≥]"),
    ("324.6", "= 324.6"),
    ("350", "= 350"),
    ("386.6", "= 386.6"),
    ("16.3 : 40 : 43.7", "ratio 16.3:40:43.7"),
    ("20 : 40 : 40", "ratio 20:40:40"),
    ("97.95", "= 97.95"),
    ("≥95", "≥ 95 [≥]"),
    ("98.4", "= 98.4"),
    ("95", "= 95"),
    ("≥85", "≥ 85 [≥]"),
    ("94.1", "= 94.1"),
    ("95.86", "= 95.86"),
    ("≥90", "≥ 90 [≥]"),
    ("98.3", "= 98.3"),
    ("46.04", "= 46.04"),
    ("≥40", "≥ 40 [≥]"),
    ("53.13", "= 53.13"),
    // Beijing, 「“十四五”时期主要目标」.
    ("<5", "< 5 [<]"),
    ("稳定控制在 4% 以内", "≤ 4 % [稳定控制在|以内]"),
    ("26", "= 26"),
    ("60 及以上", "≥ 60 [及以上]"),
    ("【350】", "= 350 Σ [【】]"),
    ("1871.9", "= 1871.9"),
    ("1370", "= 1370"),
    ("1288", "= 1288"),
    ("参考经济社会发展水平调整", "text"),
    ("稳定在 95 以上", "≥ 95 [稳定在|以上]"),
    ("收入规模与经济规模相适应", "text"),
    ("支出规模与经济发展水平、群众疾病健康需求相适应", "text"),
    ("保持合理水平", "text →"),
    ("稳定在 80% 左右", "≈ 80 % [稳定在|左右]"),
    ("稳定在 70% 左右", "≈ 70 % [稳定在|左右]"),
    ("70%", "= 70 %"),
    ("50% 以上", "≥ 50 % [以上]"),
    ("全病组", "text"),
    (
        "药品达到 90%、高值医用耗材达到 80%",
        "药品: ≥ 90 % [达到] ; 高值医用耗材: ≥ 80 % [达到]",
    ),
    (
        "和国家合计集中带量采购药品 500 个品种以上、高值医用耗材 5 类以上",
        "和国家合计集中带量采购药品: ≥ 500 个品种 [以上] ; 高值医用耗材: ≥ 5 类 [以上]",
    ),
    ("85% 以上", "≥ 85 % [以上]"),
    ("80%", "= 80 %"),
    ("100%", "= 100 %"),
    ("440", "= 440"),
    ("117", "= 117"),
    ("90", "= 90"),
    ("60", "= 60"),
    ("65", "= 65"),
    ("96", "= 96"),
    // Pudong, 「十四五”时期浦东新区就业和社会保障发展主要指标」.
    ("累计50万个以上", "≥ 50 万个 Σ [累计|以上]"),
    ("始终控制在市政府下达的指标范围内", "text"),
    ("参照市下达指标", "text"),
    ("累计1万人", "= 1 万人 Σ [累计]"),
    ("超过50万人次", "> 50 万人次 [超过]"),
    ("4万人以上", "≥ 4 万人 [以上]"),
    ("保持在1200家以上", "≥ 1200 家 [保持在|以上]"),
    ("不低于92%", "≥ 92 % [不低于]"),
    ("不低于98%", "≥ 98 % [不低于]"),
    ("稳定在850%左右以上", "≥ 850 % ~ [稳定在|左右|以上]"),
    ("稳定在705%左右以上", "≥ 705 % ~ [稳定在|左右|以上]"),
    ("稳定在70%以上", "≥ 70 % [稳定在|以上]"),
];

fn all_tables() -> Vec<IndicatorTable> {
    super::align::site_tables(&seed_site())
}

#[test]
fn every_value_string_of_both_seeds_parses_as_listed() {
    let expected: BTreeMap<&str, &str> = PARSES.iter().copied().collect();
    assert_eq!(expected.len(), PARSES.len(), "a string is listed twice");
    let mut seen = std::collections::BTreeSet::new();
    let mut failures = Vec::new();
    for t in all_tables() {
        for (_, row) in t.indicators() {
            for v in &row.values {
                let want = expected.get(v.raw.as_str()).unwrap_or_else(|| {
                    panic!(
                        "{}: value {:?} is not in the parse table",
                        row.raw_name, v.raw
                    )
                });
                seen.insert(v.raw.as_str().to_owned());
                let got = describe(&v.parsed);
                if got != *want {
                    failures.push(format!("{:?}: got {got:?}, want {want:?}", v.raw));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let unused: Vec<_> = expected.keys().filter(|k| !seen.contains(**k)).collect();
    assert!(unused.is_empty(), "listed but not in any table: {unused:?}");
}

#[test]
fn the_parse_table_covers_numeric_and_qualitative_strings() {
    let numeric = PARSES
        .iter()
        .filter(|(raw, _)| !matches!(parse(raw), Parsed::Qualitative { .. }))
        .count();
    let qualitative = PARSES.len() - numeric;
    assert_eq!((numeric, qualitative), (70, 8));
}

/// Values the plans of the corpus write with units, multipliers, rates, note marks and totals
/// that no seed has.
const MORE_PARSES: &[(&str, &str)] = &[
    ("15.2万户", "= 15.2 万户"),
    ("≤1个工作日", "≤ 1 个工作日 [≤]"),
    ("38万乘次", "= 38 万乘次"),
    ("10分钟以内", "≤ 10 分钟 [以内]"),
    ("4.65km/km²", "= 4.65 km/km²"),
    ("2600吨/日", "= 2600 吨/日"),
    ("3万吨/日", "= 3 万吨/日"),
    ("1240元/月", "= 1240 元/月"),
    ("6批次/千人", "= 6 批次/千人"),
    ("100万千瓦", "= 100 万千瓦"),
    ("20万立方米/日", "= 20 万立方米/日"),
    ("20年一遇", "= 20 年一遇"),
    ("15～20年一遇", "range 15-20 年一遇"),
    ("5 MW", "= 5 MW"),
    ("加装电梯约1.9万台", "加装电梯: ≈ 1.9 万台 [约]"),
    ("[100]", "= 100 Σ [[]]"),
    ("［5］", "= 5 Σ [[]]"),
    ("45（五年累计）", "= 45 Σ [(五年累计)]"),
    ("300（累计）", "= 300 Σ [(累计)]"),
    ("12.6（2021年-2025年）", "= 12.6 Σ [(2021年-2025年)]"),
    ("97.2①", "= 97.2 [①]"),
    ("≥99*", "≥ 99 [≥|*]"),
    // Not quantities: a year is no unit, a street number is no count, 节约 is no `about`, a
    // remark in brackets is neither a total nor a span of years, a mark is last or nothing.
    ("2025年", "text"),
    ("2021—2023年", "text"),
    ("长宁路780号", "text"),
    ("节约1万吨", "节约: = 1 万吨"),
    ("25（2025年较2020年下降）", "= 25 [(2025年较2020年下降)]"),
    (
        "力争达到20左右（2030年较2025年下降）",
        "≥ 20 ~ [力争|达到|左右|(2030年较2025年下降)]",
    ),
    ("[10-15]", "range 10-15 cumulative"),
    ("【3～5】", "range 3-5 cumulative"),
    ("累计4—5", "range 4-5 cumulative"),
    ("10-15（累计）", "range 10-15 cumulative"),
    ("30-40万人（五年累计）", "range 30-40 万人 cumulative"),
    ("2025年较2020年下降", "text ↓"),
    ("25（较上年下降）", "text ↓"),
    ("[10-15", "text"),
    ("97.2①以上", "text"),
    ("35%1", "text"),
];

#[test]
fn units_totals_and_note_marks_of_the_corpus_parse() {
    for (raw, want) in MORE_PARSES {
        assert_eq!(describe(&parse(raw)), *want, "{raw}");
    }
    // Too many digits for a number: text, not infinity.
    assert_eq!(describe(&parse(&"8".repeat(400))), "text");
}

#[test]
fn dates_and_periods_are_told_from_values() {
    for date in [
        "2025年",
        "2021—2023年",
        "2022-2024年",
        "2021年—2025年",
        "2024年底前",
        "2025年底",
        " 2027 年 ",
    ] {
        assert!(is_date(date), "{date}");
    }
    for other in [
        "2025",
        "25年",
        "20年一遇",
        "2021—2023",
        "约2025年",
        "2027年60%",
        "12345年",
    ] {
        assert!(!is_date(other), "{other}");
    }
}

#[test]
fn only_cells_that_hold_an_unread_number_are_doubted() {
    use crate::model::{Plan, Table, TableRow};
    let row = |name: &str, cells: &[&str]| TableRow {
        name: name.to_string(),
        cells: cells.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    };
    let table = Table {
        id: "t1".into(),
        columns: ["指标", "现状值", "目标值", "完成时间"]
            .map(String::from)
            .to_vec(),
        rows: vec![
            row("公共交通日客运量", &["38万乘次", "42万乘次", "2025年"]),
            row("进入高快速路时间", &["15分钟", "10分钟以内", "2023—2025年"]),
            row("新城路网密度", &["4.65km/km²", "4.8km/km2", "2024年底前"]),
            row("优良路率", &["98%、98%", "[96]", ""]),
        ],
        ..Default::default()
    };
    let t = IndicatorTable::from_table(&Plan::default(), &table);
    let doubted: Vec<(&str, &str)> = t
        .rows
        .iter()
        .flat_map(|r| {
            r.anomalies
                .iter()
                .map(|a| (r.name.as_str(), a.raw.as_str()))
        })
        .collect();
    assert_eq!(doubted, [("优良路率", "98%、98%")]);
    let q = t.rows[0].values[0]
        .quantity()
        .expect("38万乘次 is a number");
    assert_eq!((q.number, q.unit.as_deref()), (38.0, Some("万乘次")));
}

/// The imported tables keep the seeds' strings as written.
#[test]
fn imported_table_strings_stand_in_the_seeds() {
    let seeds = [(BEIJING, seed_text(BEIJING)), (PUDONG, seed_text(PUDONG))];
    for plan in seed_site().plans {
        let seed = seeds
            .iter()
            .find(|(s, _)| *s == plan.slug)
            .map(|(_, t)| t.as_str())
            .unwrap();
        for t in &plan.tables {
            assert!(seed.contains(&t.title), "title {:?}", t.title);
            for h in &t.columns {
                assert!(seed.contains(h.as_str()), "header {h:?}");
            }
            for r in t.rows.iter().filter(|r| r.kind == RowKind::Item) {
                // The number as written (`1.` or `1`), then the name, with or without a space.
                let named = match &r.number {
                    Some(n) => ["", " ", ".", ". "]
                        .iter()
                        .any(|sep| seed.contains(&format!("{n}{sep}{}", r.name))),
                    None => seed.contains(&r.name),
                };
                assert!(named, "row {:?}", r.name);
                for c in &r.cells {
                    assert!(seed.contains(c.as_str()), "cell {c:?} of {:?}", r.name);
                }
            }
        }
    }
}

#[test]
fn rows_carry_name_unit_category_group_and_attribute() {
    let tables = all_tables();
    let bj13 = &tables[0];
    let bj14 = &tables[1];
    let pd = &tables[2];
    let find = |t: &IndicatorTable, name: &str| {
        t.rows
            .iter()
            .find(|r| r.name == name)
            .unwrap_or_else(|| panic!("no row {name}"))
            .clone()
    };
    let r = find(bj14, "城镇新增就业人数");
    assert_eq!(r.unit.as_deref(), Some("万人/年"));
    assert_eq!(r.number.as_deref(), Some("3"));
    assert_eq!(r.category.as_deref(), Some("就业"));
    assert_eq!(r.attribute, Some(super::Attribute::Expected));
    assert_eq!(r.anchor, "t2-r4");
    let r = find(bj14, "居民医保政策范围内住院报销比例(含大病保险)");
    assert_eq!(r.unit, None, "(含大病保险) is a scope note, not a unit");
    assert_eq!(r.category.as_deref(), Some("医疗保障"));
    assert_eq!(r.attribute, Some(super::Attribute::Binding));
    assert_eq!(
        find(bj14, "开展职业技能培训人数").unit.as_deref(),
        Some("万人次")
    );
    assert_eq!(
        find(bj13, "城乡居民基础养老金").unit.as_deref(),
        Some("元/月")
    );
    let sub = find(bj13, "工伤职工护理费");
    assert_eq!(sub.group.as_deref(), Some("工伤保险定期待遇"));
    assert_eq!(sub.category.as_deref(), Some("社会保障"));
    let group = find(bj13, "工伤保险定期待遇");
    assert_eq!(group.kind, RowKind::Group);
    assert!(group.verdict.is_none());
    assert_eq!(
        find(pd, "职业技能培训规模").category.as_deref(),
        Some("就业创业培训")
    );
    assert_eq!(bj13.kind, super::TableKind::Results);
    assert_eq!(bj14.kind, super::TableKind::Targets);
    assert_eq!(
        bj13.columns.iter().map(|c| c.role).collect::<Vec<_>>(),
        [
            super::ColumnRole::Baseline,
            super::ColumnRole::Target,
            super::ColumnRole::Achieved
        ]
    );
}

#[test]
fn percentages_over_100_are_flagged_with_the_raw_text() {
    let tables = all_tables();
    let flagged: Vec<(String, String)> = tables
        .iter()
        .flat_map(|t| t.rows.iter())
        .flat_map(|r| {
            r.anomalies
                .iter()
                .map(move |a| (r.name.clone(), a.raw.clone()))
        })
        .collect();
    assert_eq!(
        flagged,
        [
            (
                "参保职工医保政策范围内住院报销比例".to_string(),
                "稳定在850%左右以上".to_string()
            ),
            (
                "参保居民医保政策范围内住院报销比例".to_string(),
                "稳定在705%左右以上".to_string()
            ),
        ]
    );
    // Kept as written: the parsed number is 850, not a corrected 85.
    let r = tables[2]
        .rows
        .iter()
        .find(|r| !r.anomalies.is_empty())
        .unwrap();
    assert_eq!(r.values[0].quantity().unwrap().number, 850.0);
    assert!(r.anomalies[0].message.contains("稳定在850%左右以上"));
}

/// The verdict of every indicator row of Beijing's 13th-plan results table.
#[test]
fn verdicts_of_the_13th_plan_results_table() {
    use super::Outcome::*;
    let want: &[(&str, super::Outcome, &str)] = &[
        ("城镇登记失业率", Met, "完成 2.56 满足目标 <4"),
        (
            "企业职工基本养老保险基本养老金",
            Met,
            "完成 4420 高于基期 3329",
        ),
        ("城乡居民基础养老金", Met, "完成 830 高于基期 470"),
        ("城乡居民福利养老金", Met, "完成 745 高于基期 385"),
        ("失业保险金平均标准", Met, "完成 1870 高于基期 1176"),
        ("工伤职工伤残津贴", Met, "完成 5458 高于基期 3712"),
        ("工伤职工护理费", Met, "完成 3579 高于基期 2322"),
        ("工伤职工供养亲属抚恤金", Met, "完成 2626 高于基期 1856"),
        (
            "企业职工基本养老保险基金收缴率",
            Met,
            "完成 ≥98 满足目标 ≥98",
        ),
        ("医疗保险基金收缴率", Met, "完成 ≥98 满足目标 ≥98"),
        ("失业保险基金收缴率", Met, "完成 ≥98 满足目标 ≥98"),
        ("工伤保险基金收缴率", Met, "完成 ≥98 满足目标 ≥98"),
        (
            "专业技术人才总量",
            Met,
            "按应达到的下限比较；完成 386.6 满足目标 ≥350",
        ),
        ("高、中、初级专业技术人才比例", Met, "各分项相同"),
        ("企业职工劳动合同签订率", Met, "完成 98.4 满足目标 ≥95"),
        ("城镇职工劳动合同续订率", Met, "完成 94.1 满足目标 ≥85"),
        ("劳动人事争议案件结案率", Met, "完成 98.3 满足目标 ≥90"),
        ("劳动人事争议案件调解率", Met, "完成 53.13 满足目标 ≥40"),
    ];
    let t = &all_tables()[0];
    let got: Vec<_> = t
        .indicators()
        .map(|(_, r)| (r.name.clone(), r.verdict.clone().expect("verdict")))
        .collect();
    assert_eq!(got.len(), want.len());
    for ((name, v), (wname, wout, wreason)) in got.iter().zip(want) {
        assert_eq!(name, wname);
        assert_eq!(v.outcome, *wout, "{name}: {}", v.reason);
        assert!(
            v.reason.contains(wreason),
            "{name}: {:?} lacks {wreason:?}",
            v.reason
        );
    }
    assert!(got[1].1.reason.contains("目标为定性表述“稳步提高”"));
}

#[test]
fn verdicts_that_fail_or_cannot_be_judged_say_why() {
    use super::Outcome::*;
    use crate::model::{Plan, Table, TableRow};
    // (name, baseline, target, achieved) → (outcome, words the reason must contain)
    let cases: &[(&str, [&str; 3], super::Outcome, &str)] = &[
        (
            "续订率(%)",
            ["95", "≥85", "80"],
            NotMet,
            "完成 80 未满足目标 ≥85",
        ),
        (
            "失业率(%)",
            ["1.39", "<4.0", "4.0"],
            NotMet,
            "未满足目标 <4",
        ),
        ("失业率(%)", ["1.39", "<4.0", "≤3"], Met, "满足目标 <4"),
        (
            "收缴率(%)",
            ["≥97", "≥98", "≥97"],
            NotComparable,
            "是一个范围",
        ),
        (
            "养老金(元/月)",
            ["3329", "稳步提高", "3000"],
            NotMet,
            "未高于基期 3329",
        ),
        (
            "待遇水平",
            ["", "保持合理水平", "12"],
            NotComparable,
            "定性表述“保持合理水平”",
        ),
        (
            "人才总量(万人)",
            ["", "350", "386.6"],
            NotComparable,
            "没有可比的基期值",
        ),
        (
            "人才总量(万人)",
            ["400", "350", "340"],
            Met,
            "按不应超过的上限比较",
        ),
        (
            "比例",
            ["16.3 : 40 : 43.7", "20 : 40 : 40", "18 : 40 : 42"],
            NotComparable,
            "逐项比较",
        ),
        (
            "比例",
            ["", "20 : 40 : 40", "20"],
            NotComparable,
            "完成值不是比例",
        ),
        (
            "报销比例(%)",
            ["", "80% 左右", "81"],
            NotComparable,
            "允许的偏差",
        ),
        (
            "培训(万人次)",
            ["", "【350】", "360"],
            NotComparable,
            "五年累计数",
        ),
        ("参保率(%)", ["", "≥95", "960%"], NotComparable, "数值存疑"),
        ("就业(万人)", ["", "26", ""], NotComparable, "没有完成值"),
    ];
    for (name, cells, outcome, words) in cases {
        let table = Table {
            id: "t9".into(),
            title: String::new(),
            caption_below: false,
            continued: Vec::new(),
            columns: ["指标", "“十二五”末情况", "“十三五”目标", "“十三五”完成情况"]
                .map(String::from)
                .to_vec(),
            rows: vec![TableRow {
                name: name.to_string(),
                cells: cells.iter().map(|s| s.to_string()).collect(),
                ..Default::default()
            }],
            notes: vec![],
            ..Default::default()
        };
        let plan = Plan::default();
        let mut t = IndicatorTable::from_table(&plan, &table);
        super::verdict::judge_table(&mut t);
        let v = t.rows[0].verdict.clone().unwrap();
        assert_eq!(v.outcome, *outcome, "{name} {cells:?}: {}", v.reason);
        assert!(
            v.reason.contains(words),
            "{name} {cells:?}: {:?} lacks {words:?}",
            v.reason
        );
    }
}

#[test]
fn a_table_printed_with_an_unnamed_sub_row_column_reads_the_same() {
    use crate::model::{Plan, Table, TableRow};
    // The seed's second part of the results table: `指标项目 | (empty) | “十二五”末情况 …`.
    let cells = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let table = Table {
        id: "t1".into(),
        title: String::new(),
        caption_below: false,
        continued: Vec::new(),
        column_groups: Vec::new(),
        columns: cells(&[
            "指标项目",
            "",
            "“十二五”末情况",
            "“十三五”目标",
            "“十三五”完成情况",
            "指标属性",
        ]),
        rows: vec![
            TableRow {
                kind: RowKind::Group,
                name: "工伤保险定期待遇".into(),
                cells: cells(&[
                    "工伤职工伤残津贴(元/月)",
                    "3712",
                    "稳步提高",
                    "5458",
                    "预期性",
                ]),
                ..Default::default()
            },
            TableRow {
                name: String::new(),
                group: Some("工伤保险定期待遇".into()),
                cells: cells(&[
                    "工伤职工护理费(元/月)",
                    "2322",
                    "稳步提高",
                    "3579",
                    "预期性",
                ]),
                ..Default::default()
            },
            TableRow {
                name: "专业技术人才总量(万人)".into(),
                cells: cells(&["", "324.6", "350", "386.6", "预期性"]),
                ..Default::default()
            },
        ],
        notes: vec![],
    };
    let mut t = IndicatorTable::from_table(&Plan::default(), &table);
    super::verdict::judge_table(&mut t);
    assert_eq!(t.columns.len(), 3);
    let r = &t.rows[1];
    assert_eq!(
        (r.name.as_str(), r.unit.as_deref()),
        ("工伤职工护理费", Some("元/月"))
    );
    assert_eq!(r.values[2].raw, "3579");
    assert_eq!(r.attribute_raw.as_deref(), Some("预期性"));
    assert_eq!(t.rows[2].values[0].raw, "324.6");
    assert_eq!(
        t.rows[2].verdict.as_ref().unwrap().outcome,
        super::Outcome::Met
    );
}

fn refs(g: &super::align::Group) -> Vec<String> {
    g.members
        .iter()
        .map(|m| {
            format!(
                "{}/{}/{}",
                m.plan.split('-').next().unwrap(),
                m.table,
                m.row
            )
        })
        .collect()
}

#[test]
fn automatic_alignment_links_the_same_indicators_across_plans_and_periods() {
    use super::align::*;
    let a = Alignment::auto(&seed_site());
    let got: Vec<Vec<String>> = a.groups.iter().map(refs).collect();
    let want: Vec<Vec<&str>> = vec![
        vec!["beijing/t1/城镇登记失业率", "beijing/t2/2"],
        vec!["beijing/t1/专业技术人才总量", "beijing/t2/24"],
        vec![
            "beijing/t1/劳动人事争议案件结案率",
            "beijing/t2/26",
            "pudong/t1/8",
        ],
        // 调解率 and 调解成功率: one measure (missed when names were compared).
        vec!["beijing/t1/劳动人事争议案件调解率", "beijing/t2/27"],
        // Not 城镇新增就业人数 / 城镇新增就业岗位 (people per year vs jobs over five years).
        vec!["beijing/t2/5", "pudong/t1/5"],
        vec!["beijing/t2/14", "pudong/t1/10"],
        vec!["beijing/t2/15", "pudong/t1/11"],
        vec!["beijing/t2/16", "pudong/t1/12"],
        // Not 举报投诉案件结案率 / 举报投诉按期结案率 (按期 changes the measure).
    ];
    assert_eq!(got, want);
    assert!(a.groups.iter().all(|g| g.status == Status::Auto));
    assert_eq!(a.groups[2].score, Some(0.75));
}

#[test]
fn alignment_file_round_trips_and_names_each_member() {
    use super::align::*;
    let site = seed_site();
    let mut a = Alignment::auto(&site);
    a.groups[4].status = Status::Confirmed;
    a.groups[4].scope_note = Some("北京为五年累计培训人次,浦东未注明".into());
    let text = a.to_toml(&site);
    assert!(text.contains(
        "{ plan = \"pudong-employment-14th\", table = \"t1\", row = \"5\", name = \"职业技能培训规模\" }"
    ));
    let back = Alignment::parse(
        &text,
        std::path::Path::new("content/indicator-alignment.toml"),
        &site,
    )
    .unwrap();
    assert_eq!(back, a);
}

#[test]
fn alignment_file_errors_name_the_file_and_line() {
    use super::align::*;
    let site = seed_site();
    let path = std::path::Path::new("content/indicator-alignment.toml");
    let head = "[[group]]\nstatus = \"confirmed\"\nmembers = [\n  { plan = \"beijing-hrss-14th\", table = \"t2\", row = \"3\" },\n";
    let cases = [
        (
            "  { plan = \"shanghai\", table = \"t1\", row = \"1\" },\n]\n",
            "content/indicator-alignment.toml:5: unknown plan \"shanghai\"",
        ),
        (
            "  { plan = \"pudong-employment-14th\", table = \"t7\", row = \"1\" },\n]\n",
            "content/indicator-alignment.toml:5: plan \"pudong-employment-14th\" has no table \"t7\"",
        ),
        (
            "  { plan = \"pudong-employment-14th\", table = \"t1\", row = \"13\" },\n]\n",
            "content/indicator-alignment.toml:5: table \"t1\" of plan \"pudong-employment-14th\" has no indicator row numbered or named \"13\"",
        ),
        (
            "  { plan = \"pudong-employment-14th\", table = \"t1\", row = \"1\", name = \"城镇新增就业人数\" },\n]\n",
            "content/indicator-alignment.toml:5: row \"1\" of table \"t1\" of plan \"pudong-employment-14th\" is \"城镇新增就业岗位\"",
        ),
        (
            "  { plan = \"beijing-hrss-14th\", table = \"t2\", row = \"城镇新增就业人数\" },\n]\n",
            "content/indicator-alignment.toml:5: the group names this row twice (first on line 4)",
        ),
        (
            "  { plan = \"pudong-employment-14th\", table = \"t1\", rows = \"1\" },\n]\n",
            "content/indicator-alignment.toml:5:",
        ),
    ];
    for (tail, want) in cases {
        let err = Alignment::parse(&format!("{head}{tail}"), path, &site)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with(want), "{err}\n  wanted: {want}");
    }
    let err = Alignment::parse("[[group]]\nstatus = \"maybe\"\nmembers = []\n", path, &site)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("content/indicator-alignment.toml:2: unknown status \"maybe\""),
        "{err}"
    );
}

#[test]
fn refreshing_keeps_confirmed_and_rejected_groups() {
    use super::align::*;
    let site = seed_site();
    let mut a = Alignment::auto(&site);
    a.groups[4].status = Status::Rejected; // 开展职业技能培训人数 / 职业技能培训规模
    a.groups[3].status = Status::Confirmed; // 调解率 / 调解成功率, corrected by hand:
    a.groups[3].members = vec![
        RowRef {
            plan: "beijing-hrss-14th".into(),
            table: "t2".into(),
            row: "3".into(),
        },
        RowRef {
            plan: "pudong-employment-14th".into(),
            table: "t1".into(),
            row: "4".into(),
        },
    ];
    let r = a.refresh(&site);
    let got: Vec<(Status, Vec<String>)> = r.groups.iter().map(|g| (g.status, refs(g))).collect();
    assert_eq!(
        got[0],
        (
            Status::Confirmed,
            vec!["beijing/t2/3".into(), "pudong/t1/4".into()]
        )
    );
    assert_eq!(
        got[1],
        (
            Status::Rejected,
            vec!["beijing/t2/5".into(), "pudong/t1/5".into()]
        )
    );
    // Neither the rejected pairing nor a row of the confirmed group is guessed again.
    let autos: Vec<&Vec<String>> = got
        .iter()
        .filter(|g| g.0 == Status::Auto)
        .map(|g| &g.1)
        .collect();
    assert_eq!(autos.len(), 7);
    assert!(autos
        .iter()
        .all(|m| !m.contains(&"beijing/t2/5".to_string())
            && !m.contains(&"beijing/t2/3".to_string())
            && !m.contains(&"pudong/t1/4".to_string())));
}

#[test]
fn scope_differences_are_stated_for_aligned_pairs() {
    use super::align::*;
    let tables = all_tables();
    let find = |t: usize, name: &str| tables[t].rows.iter().find(|r| r.name == name).unwrap();
    let kinds = |d: &[ScopeDifference]| d.iter().map(|d| d.kind).collect::<Vec<_>>();
    let jobs = scope_differences(
        &tables[1],
        find(1, "城镇新增就业人数"),
        "北京市",
        &tables[2],
        find(2, "城镇新增就业岗位"),
        "浦东新区",
    );
    assert_eq!(
        kinds(&jobs),
        [ScopeKind::Measure, ScopeKind::Unit, ScopeKind::Basis]
    );
    assert_eq!(
        jobs[2].detail,
        "北京市为每年数（万人/年），浦东新区为五年累计数（累计50万个以上）"
    );
    assert_eq!(jobs[1].detail, "单位不同：北京市为“万人”，浦东新区为“万个”");
    assert_eq!(
        jobs[0].detail,
        "计量对象不同：北京市计“人数”，浦东新区计“岗位”"
    );
    let training = scope_differences(
        &tables[1],
        find(1, "开展职业技能培训人数"),
        "北京市",
        &tables[2],
        find(2, "职业技能培训规模"),
        "浦东新区",
    );
    // Both count 万人次: the basis is the only difference (not 人数 vs 规模, not 开展).
    assert_eq!(kinds(&training), [ScopeKind::Basis]);
    assert!(training[0].detail.contains("五年累计数（【350】）"));
    let inpatient = scope_differences(
        &tables[1],
        find(1, "居民医保政策范围内住院报销比例(含大病保险)"),
        "北京市",
        &tables[2],
        find(2, "参保居民医保政策范围内住院报销比例"),
        "浦东新区",
    );
    let details: Vec<&str> = inpatient.iter().map(|d| d.detail.as_str()).collect();
    // 参保 is an incidental word, not a difference.
    assert_eq!(
        details,
        ["范围不同：北京市注明“(含大病保险)”，浦东新区未注明"]
    );
    let periods = scope_differences(
        &tables[0],
        find(0, "城镇登记失业率"),
        "北京市",
        &tables[1],
        find(1, "城镇登记失业率"),
        "北京市",
    );
    assert_eq!(kinds(&periods), [ScopeKind::Period]);
}

#[test]
fn csv_round_trips_through_the_csv_crate() {
    use super::export::*;
    for t in all_tables() {
        let records = csv_records(&t);
        let bytes = write_csv(&records).unwrap();
        assert!(bytes.starts_with(BOM), "{}: no BOM", t.table);
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(bytes.as_slice());
        let back: Vec<Vec<String>> = rdr
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        assert_eq!(back, records, "{}", t.table);
        // One record per row, and one more for each further part of a multi-part value.
        let extra: usize = t
            .rows
            .iter()
            .map(|r| {
                r.values
                    .iter()
                    .map(|v| match &v.parsed {
                        Parsed::Multi { parts } => parts.len(),
                        _ => 1,
                    })
                    .max()
                    .unwrap_or(1)
                    - 1
            })
            .sum();
        assert_eq!(back.len(), t.rows.len() + 1 + extra);
    }
    let bj13 = csv_records(&all_tables()[0]);
    assert_eq!(
        bj13[0][0], "锚点",
        "the BOM is not part of the first header"
    );
    let row = &bj13[2];
    let col = |h: &str| {
        bj13[0]
            .iter()
            .position(|x| x == h)
            .unwrap_or_else(|| panic!("{h}"))
    };
    assert_eq!(row[col("指标")], "城镇登记失业率");
    assert_eq!(row[col("“十三五”目标")], "<4.0");
    assert_eq!(row[col("“十三五”目标·比较")], "<");
    assert_eq!(row[col("“十三五”目标·数值")], "4");
    assert_eq!(row[col("“十三五”目标·数值单位")], "%");
    assert_eq!(row[col("判定")], "达到");
}

#[test]
fn json_keeps_raw_and_parsed_values_and_verdicts() {
    use super::export::*;
    let tables = all_tables();
    let json = to_json(&TableJson {
        format_version: FORMAT_VERSION,
        plan_title: "北京",
        table: &tables[0],
    })
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["format_version"], 1);
    assert_eq!(v["kind"], "results");
    let row = &v["rows"][1];
    assert_eq!(row["name"], "城镇登记失业率");
    assert_eq!(row["unit"], "%");
    assert_eq!(row["attribute"], "expected");
    assert_eq!(row["values"][1]["raw"], "<4.0");
    assert_eq!(row["values"][1]["parsed"]["kind"], "number");
    assert_eq!(row["values"][1]["parsed"]["comparator"], "lt");
    assert_eq!(row["values"][1]["parsed"]["number"], 4.0);
    assert_eq!(row["verdict"]["outcome"], "met");
    let pd: serde_json::Value = serde_json::from_str(
        &to_json(&TableJson {
            format_version: FORMAT_VERSION,
            plan_title: "浦东",
            table: &tables[2],
        })
        .unwrap(),
    )
    .unwrap();
    let r = &pd["rows"][1];
    assert_eq!(r["values"][0]["parsed"]["cumulative"], true);
    assert_eq!(r["values"][0]["parsed"]["unit"], "万个");
    assert_eq!(pd["rows"][12]["anomalies"][0]["kind"], "percent_over100");
    // The typed table reads back from its JSON.
    let back: IndicatorTable = serde_json::from_value(pd.clone()).unwrap();
    assert_eq!(back, tables[2]);
}

#[test]
fn charts_have_a_text_alternative_escape_text_and_are_deterministic() {
    use super::chart::*;
    let tables = all_tables();
    let t = &tables[0];
    let row = &t.rows[1];
    let c = results_row_chart(t, row).expect("chart");
    let labels: Vec<(&str, &str)> = c
        .bars
        .iter()
        .map(|b| (b.label.as_str(), b.text.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            ("“十二五”末情况", "1.39%"),
            ("“十三五”目标", "<4%"),
            ("“十三五”完成情况", "2.56%")
        ]
    );
    let s = svg(&c);
    assert!(s.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(s.contains("role=\"img\""));
    assert!(s.contains("<title id=\"t1-r2-chart-title\">城镇登记失业率(%)</title>"));
    assert!(s.contains("<desc id=\"t1-r2-chart-desc\">城镇登记失业率：“十二五”末情况 1.39%，“十三五”目标 &lt;4%（上限，不高于此值），“十三五”完成情况 2.56%。判定：达到。"));
    assert_eq!(s, svg(&results_row_chart(t, row).unwrap()), "deterministic");
    // A qualitative target is not drawn but is named in the description.
    let pension = results_row_chart(t, &t.rows[3]).unwrap();
    assert_eq!(pension.bars.len(), 2);
    assert!(pension
        .desc
        .contains("“十三五”目标 “稳步提高”（非单一数值，未绘出）"));
    // Ratios and group headings get no chart.
    assert!(results_row_chart(t, &t.rows[17]).is_none());
    assert!(results_row_chart(t, &t.rows[7]).is_none());
    // Every text is escaped.
    let evil = Chart {
        id: "x\"y".into(),
        title: "<script>alert(1)</script>".into(),
        desc: "a & b".into(),
        unit: None,
        bars: vec![Bar {
            label: "'<'".into(),
            value: 1.0,
            text: "\"1\"".into(),
            form: BarForm::AtLeast,
        }],
    };
    let s = svg(&evil);
    assert!(!s.contains("<script>"));
    assert!(s.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(s.contains("a &amp; b"));
    assert!(s.contains("&#39;&lt;&#39;"));
    assert!(s.contains("&quot;1&quot;"));
    assert!(s.contains("aria-labelledby=\"x&quot;y-title x&quot;y-desc\""));
}

/// A stand-in for the theme's base template, with the blocks of its contract.
const BASE: &str = "<!doctype html><html><head><title>{% block title %}{% endblock title %}</title>\
<meta name=\"description\" content=\"{% block description %}{% endblock description %}\">\
{% block head %}{% endblock head %}</head><body>{% block breadcrumb %}{% endblock breadcrumb %}\
<main>{% block content %}{% endblock content %}</main>{% block scripts %}{% endblock scripts %}</body></html>";

fn tera() -> tera::Tera {
    indicator_templates(BASE)
}

/// The theme's indicator templates over the base template `base`.
pub(super) fn indicator_templates(base: &str) -> tera::Tera {
    let mut t = tera::Tera::default();
    t.add_raw_templates(vec![
        ("base.html", base),
        (
            "indicators.html",
            include_str!("../../themes/default/templates/indicators.html"),
        ),
        (
            "comparison.html",
            include_str!("../../themes/default/templates/comparison.html"),
        ),
        (
            "matrix.html",
            include_str!("../../themes/default/templates/matrix.html"),
        ),
    ])
    .unwrap();
    t
}

#[test]
fn outputs_are_written_and_pages_render_with_escaped_plan_text() {
    use super::align::Alignment;
    use std::cell::RefCell;
    let mut site = seed_site();
    // Plan text with markup must come out escaped.
    site.plans[1].tables[0].rows[2].name = "2.<b>本市户籍</b>城乡登记失业人数".into();
    let alignment = Alignment::auto(&site);
    let dir = tempfile::tempdir().unwrap();
    let tera = tera();
    let rendered: RefCell<Vec<(String, std::path::PathBuf, String)>> = RefCell::new(vec![]);
    let render = |name: &str, ctx: &tera::Context, out: &std::path::Path| -> crate::Result<()> {
        let html = tera
            .render(name, ctx)
            .map_err(|e| crate::Error::other(format!("{name}: {e:?}")))?;
        std::fs::create_dir_all(out.parent().unwrap()).unwrap();
        std::fs::write(out, &html).unwrap();
        rendered
            .borrow_mut()
            .push((name.into(), out.to_path_buf(), html));
        Ok(())
    };
    let written = super::write_outputs(&site, &alignment, dir.path(), &render).unwrap();
    let rel: Vec<String> = written
        .iter()
        .map(|p| {
            p.strip_prefix(dir.path())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    for f in [
        "beijing-hrss-14th/data/indicators-t1.csv",
        "beijing-hrss-14th/data/indicators-t2.json",
        "beijing-hrss-14th/data/indicators.json",
        "beijing-hrss-14th/charts/t1-r2.svg",
        "beijing-hrss-14th/indicators.html",
        "beijing-hrss-14th/results.html",
        "pudong-employment-14th/indicators.html",
        "pudong-employment-14th/data/indicators-t1.csv",
        "charts/compare-g1.svg",
        "data/indicator-alignment.json",
        "indicators.html",
    ] {
        assert!(rel.contains(&f.to_string()), "{f} not written: {rel:?}");
        assert!(dir.path().join(f).exists(), "{f} missing");
    }
    assert!(!rel.contains(&"pudong-employment-14th/results.html".to_string()));
    let csv = std::fs::read(
        dir.path()
            .join("pudong-employment-14th/data/indicators-t1.csv"),
    )
    .unwrap();
    assert!(csv.starts_with(super::export::BOM));

    let rendered = rendered.into_inner();
    let page = |suffix: &str| {
        rendered
            .iter()
            .find(|(_, p, _)| *p == dir.path().join(suffix))
            // tera escapes `/` in text it outputs; browsers read `&#x2F;` as `/`.
            .map(|(_, _, h)| h.replace("&#x2F;", "/"))
            .unwrap_or_else(|| panic!("{suffix} not rendered"))
    };
    let pd = page("pudong-employment-14th/indicators.html");
    assert!(
        pd.contains("&lt;b&gt;本市户籍&lt;/b&gt;城乡登记失业人数"),
        "plan text escaped"
    );
    assert!(!pd.contains("<b>本市户籍"));
    assert!(pd.contains("数值存疑：</strong>原文作“稳定在850%左右以上”"));
    assert!(pd.contains("href=\"../pudong-employment-14th/data/indicators-t1.csv\""));
    assert!(pd.contains("<link rel=\"stylesheet\" href=\"../static/indicators.css\">"));
    assert!(
        pd.contains("href=\"../indicators.html#g5\""),
        "row links to its comparison group"
    );
    let results = page("beijing-hrss-14th/results.html");
    assert!(
        results.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "chart inline"
    );
    assert!(results.contains(
        "逐项判定：达到 <span class=\"nw\">18 项</span>，未达到 <span class=\"nw\">0 项</span>，不可比 <span class=\"nw\">0 项</span>。"
    ));
    assert!(results.contains("目标为定性表述“稳步提高”，以完成值是否高于基期值判定"));
    assert!(
        !results.contains("“十四五”时期主要目标"),
        "results page shows results tables only"
    );
    let cmp = page("indicators.html");
    assert!(cmp.contains("id=\"g4\""));
    assert!(cmp.contains("北京市“十四五” 开展职业技能培训人数为五年累计数（【350】），浦东新区“十四五” 职业技能培训规模为未注明按年或累计"));
    assert!(cmp.contains("口径不同，不作图比较"));
    assert!(cmp.contains("href=\"beijing-hrss-14th/indicators.html#t2-r6\""));
    assert!(
        !cmp.contains("城镇新增就业岗位"),
        "people and jobs are not one measure"
    );
    assert!(cmp.contains("<title id=\"g1-chart-title\">城镇登记失业率(%)</title>"));
}

/// The shipped content reads as a fresh import of the seeds does: same indicators, same parses,
/// verdicts, anomalies and automatic alignment.
#[test]
fn shipped_content_reads_like_a_fresh_import() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let site = crate::content::load_site(&dir).unwrap();
    let tables = super::align::site_tables(&site);
    let key = |t: &IndicatorTable| {
        t.indicators()
            .map(|(_, r)| {
                (
                    r.anchor.clone(),
                    r.number.clone(),
                    r.name.clone(),
                    r.unit.clone(),
                    r.category.clone(),
                    r.group.clone(),
                    r.attribute,
                    r.values.clone(),
                    r.verdict.clone(),
                    r.anomalies.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    let want = all_tables();
    assert_eq!(tables.len(), want.len());
    for (got, want) in tables.iter().zip(&want) {
        assert_eq!(
            (&got.plan, &got.table, got.kind),
            (&want.plan, &want.table, want.kind)
        );
        let headers = |t: &IndicatorTable| {
            t.columns
                .iter()
                .map(|c| (crate::text::strip_spaces(&c.header), c.role))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            headers(got),
            headers(want),
            "spacing aside, the same columns"
        );
        pretty_assertions::assert_eq!(key(got), key(want), "{} {}", got.plan, got.table);
    }
    let auto = super::align::Alignment::auto(&site);
    assert_eq!(auto, super::align::Alignment::auto(&seed_site()));
}

#[test]
fn shipped_alignment_file_loads_against_shipped_content() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = crate::content::load_site(&root.join("content")).unwrap();
    let path = root.join("content/indicator-alignment.toml");
    let a = super::align::Alignment::load(&path, &site).unwrap();
    // Reviewed: the eight groups of the hand-made truth confirmed, two look-alikes rejected.
    use super::align::Status;
    let count = |s| a.groups.iter().filter(|g| g.status == s).count();
    assert_eq!(
        (
            count(Status::Confirmed),
            count(Status::Rejected),
            count(Status::Auto)
        ),
        (8, 2, 0)
    );
    assert_eq!(a.to_toml(&site), std::fs::read_to_string(&path).unwrap());
}

#[test]
fn a_rows_link_names_every_other_member_of_a_small_group_and_counts_a_large_one() {
    use super::pages::{aligned_label, ALIGNED_NAMED_UP_TO};
    assert_eq!(
        aligned_label(&["北京市 甲", "浦东新区 乙"]),
        "北京市 甲、浦东新区 乙"
    );
    let names: Vec<String> = (0..ALIGNED_NAMED_UP_TO)
        .map(|i| format!("规划{i} 甲"))
        .collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    assert_eq!(aligned_label(&refs), refs.join("、"));
    let names: Vec<String> = (0..30).map(|i| format!("规划{i} 甲")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let label = aligned_label(&refs);
    assert_eq!(
        label,
        format!(
            "{}等30个指标（全部列于对照页）",
            refs[..ALIGNED_NAMED_UP_TO].join("、")
        )
    );
    assert!(!label.contains(&names[ALIGNED_NAMED_UP_TO]));
}

#[test]
fn a_large_groups_comparison_says_its_members_are_compared_with_the_first_only() {
    use super::pages::ALL_PAIRS_UP_TO;
    let text = crate::testkit::seed_text("pudong-employment-14th");
    let build = |n: usize| {
        let slugs: Vec<String> = (0..n).map(|i| format!("plan-{i}")).collect();
        let plans: Vec<(&str, &str)> = slugs.iter().map(|s| (s.as_str(), text.as_str())).collect();
        let p = crate::testkit::Project::import(&plans);
        p.build();
        std::fs::read_to_string(p.public().join("indicators.html")).expect("comparison page")
    };
    let rule = "逐一与第一个";
    let large = build(ALL_PAIRS_UP_TO + 1);
    assert!(
        large.contains(&format!(
            "本组共<span class=\"nw\">{}个指标</span>，{rule}",
            ALL_PAIRS_UP_TO + 1
        )),
        "a group of {} members does not say how its pairs are chosen",
        ALL_PAIRS_UP_TO + 1
    );
    let small = build(ALL_PAIRS_UP_TO);
    assert!(small.contains("口径差异") && !small.contains(rule));
}

#[test]
fn only_tables_that_list_indicators_are_read_as_indicators() {
    use super::table::lists_indicators;
    use crate::model::{Table, TableRow};
    let table = |title: &str, columns: &[&str], rows: &[&[&str]]| Table {
        id: "t1".into(),
        title: title.into(),
        columns: columns.iter().map(|s| s.to_string()).collect(),
        rows: rows
            .iter()
            .map(|r| TableRow {
                name: r[0].to_string(),
                cells: r[1..].iter().map(|s| s.to_string()).collect(),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    // Indicators: by the word 指标, an attribute column, a column of states, or figures.
    let indicators = [
        table(
            "主要指标",
            &["名称", "目标"],
            &[&["绿化覆盖率（%）", "稳步提高"]],
        ),
        table(
            "",
            &["项目", "目标", "属性"],
            &[&["森林覆盖率", "稳步提高", "约束性"]],
        ),
        table(
            "",
            &["项目", "2025年", "2030年"],
            &[&["新建绿道（公里）", "基本建成", "全面建成"]],
        ),
        table(
            "重点工程",
            &["项目", "数量"],
            &[&["社区综合为老服务中心", "3家"], &["长者食堂", "15家"]],
        ),
        // A body beside yearly targets does not make them a list of tasks.
        table(
            "食品安全重点工作目标",
            &["项目", "2023年", "2025年", "责任单位"],
            &[
                &["食品抽检合格率", "95%", "100%", "区市场监管局"],
                &["学校食堂明厨亮灶覆盖率", "100%", "100%", "区教育局"],
            ],
        ),
        table(
            "",
            &["项目", "目标", "类型"],
            &[&["森林覆盖率", "稳步提高", "约束性"]],
        ),
    ];
    for t in &indicators {
        assert!(lists_indicators(t), "{t:?}");
    }
    // Tasks and projects: words, or numbers inside sentences.
    let others = [
        table(
            "重点任务一览表",
            &["重点任务", "序号", "举措", "主要内容"],
            &[&["绿色转型", "1", "推进节能改造", "完成既有建筑节能改造。"]],
        ),
        table(
            "重点项目清单",
            &["项目名称", "建设内容", "“十五五”目标"],
            &[
                &["蔡家浜泵闸", "新建泵闸一座", "完成建设"],
                &["桃浦河整治", "河道疏浚", "完成建设"],
            ],
        ),
        table(
            "",
            &["工程名称", "主要内容"],
            &[
                &["雨污混接改造", "完成200个小区改造"],
                &["海绵城市建设", "新增海绵城市面积2平方公里"],
            ],
        ),
        // Projects with figures: the name of a project says it; `建设性质` is no attribute.
        table(
            "变电站建设项目",
            &[
                "电压等级",
                "序号",
                "项目名称",
                "建设性质",
                "主变容量（万千伏安）",
            ],
            &[
                &["500千伏", "1", "西岑500千伏输变电工程", "新建", "200"],
                &["220千伏", "1", "华新220千伏输变电工程", "新建", "72"],
            ],
        ),
        table(
            "",
            &["序号", "岸段", "长度（公里）", "实施年限"],
            &[
                &["1", "崇明岛南沿", "14.5", "2021—2023年"],
                &["2", "崇明岛东滩", "16.2", "2022—2025年"],
            ],
        ),
        // A column of kinds headed 类型 is no attribute column.
        table(
            "",
            &["站名", "类型", "建成年份"],
            &[
                &["顾村消防站", "特勤站", "2027年"],
                &["大场消防站", "一级站", "2028年"],
            ],
        ),
    ];
    for t in &others {
        assert!(!lists_indicators(t), "{t:?}");
    }
    let plan = crate::model::Plan {
        tables: [&indicators[..], &others[..]].concat(),
        ..Default::default()
    };
    assert_eq!(IndicatorTable::from_plan(&plan).len(), indicators.len());
}
