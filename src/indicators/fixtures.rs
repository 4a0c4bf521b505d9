//! Test plans built from the exact strings of the two seed texts' indicator tables, standing in
//! for the importer's output.

use crate::model::{Plan, PlanMeta, RowKind, Site, Table, TableRow};

pub const BEIJING: &str = "beijing-hrss-14th";
pub const PUDONG: &str = "pudong-employment-14th";

pub const BEIJING_SEED: &str = include_str!("../../seeds/beijing-hrss-14th.txt");
pub const PUDONG_SEED: &str = include_str!("../../seeds/pudong-employment-14th.txt");

fn category(name: &str, width: usize) -> TableRow {
    TableRow {
        kind: RowKind::Category,
        number: None,
        name: name.into(),
        group: None,
        cells: vec![String::new(); width],
    }
}

/// An item whose name may start with its number as written (`1. 城镇调查失业率(%)`).
fn item(name: &str, cells: &[&str]) -> TableRow {
    let (number, name) = match name.split_once('.') {
        Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) => {
            (Some(n.to_string()), rest.trim_start().to_string())
        }
        _ => (None, name.to_string()),
    };
    TableRow {
        kind: RowKind::Item,
        number,
        name,
        group: None,
        cells: cells.iter().map(|s| s.to_string()).collect(),
    }
}

fn in_group(group: &str, name: &str, cells: &[&str]) -> TableRow {
    TableRow {
        group: Some(group.into()),
        ..item(name, cells)
    }
}

/// Beijing's 「“十三五”时期发展情况」 as one table (the seed prints it in two parts across a page).
pub fn beijing_13th() -> Table {
    let g = "工伤保险定期待遇";
    Table {
        id: "t1".into(),
        title: "“十三五”时期发展情况".into(),
        caption_below: false,
        columns: [
            "指标项目",
            "“十二五”末情况",
            "“十三五”目标",
            "“十三五”完成情况",
            "指标属性",
        ]
        .map(String::from)
        .to_vec(),
        rows: vec![
            category("一、就业", 4),
            item("城镇登记失业率(%)", &["1.39", "<4.0", "2.56", "预期性"]),
            category("二、社会保障", 4),
            item(
                "企业职工基本养老保险基本养老金(元/月)",
                &["3329", "稳步提高", "4420", "预期性"],
            ),
            item(
                "城乡居民基础养老金(元/月)",
                &["470", "稳步提高", "830", "预期性"],
            ),
            item(
                "城乡居民福利养老金(元/月)",
                &["385", "稳步提高", "745", "预期性"],
            ),
            item(
                "失业保险金平均标准(元/月)",
                &["1176", "稳步提高", "1870", "预期性"],
            ),
            TableRow {
                kind: RowKind::Group,
                number: None,
                name: g.into(),
                group: None,
                cells: vec![String::new(); 4],
            },
            in_group(
                g,
                "工伤职工伤残津贴(元/月)",
                &["3712", "稳步提高", "5458", "预期性"],
            ),
            in_group(
                g,
                "工伤职工护理费(元/月)",
                &["2322", "稳步提高", "3579", "预期性"],
            ),
            in_group(
                g,
                "工伤职工供养亲属抚恤金(元/月)",
                &["1856", "稳步提高", "2626", "预期性"],
            ),
            item(
                "企业职工基本养老保险基金收缴率(%)",
                &["≥97", "≥98", "≥98", "约束性"],
            ),
            item("医疗保险基金收缴率(%)", &["≥97", "≥98", "≥98", "约束性"]),
            item("失业保险基金收缴率(%)", &["≥97", "≥98", "≥98", "约束性"]),
            item("工伤保险基金收缴率(%)", &["≥97", "≥98", "≥98", "约束性"]),
            category("三、人才发展", 4),
            item(
                "专业技术人才总量(万人)",
                &["324.6", "350", "386.6", "预期性"],
            ),
            item(
                "高、中、初级专业技术人才比例",
                &["16.3 : 40 : 43.7", "20 : 40 : 40", "20 : 40 : 40", "预期性"],
            ),
            category("四、劳动关系", 4),
            item(
                "企业职工劳动合同签订率(%)",
                &["97.95", "≥95", "98.4", "预期性"],
            ),
            item(
                "城镇职工劳动合同续订率(%)",
                &["95", "≥85", "94.1", "预期性"],
            ),
            item(
                "劳动人事争议案件结案率(%)",
                &["95.86", "≥90", "98.3", "预期性"],
            ),
            item(
                "劳动人事争议案件调解率(%)",
                &["46.04", "≥40", "53.13", "预期性"],
            ),
        ],
        notes: vec![],
    }
}

/// Beijing's 「“十四五”时期主要目标」.
pub fn beijing_14th() -> Table {
    Table {
        id: "t2".into(),
        title: "“十四五”时期主要目标".into(),
        caption_below: false,
        columns: ["指 标", "目 标", "属 性"].map(String::from).to_vec(),
        rows: vec![
            category("一、就 业", 2),
            item("1. 城镇调查失业率(%)", &["<5", "预期性"]),
            item("2. 城镇登记失业率(%)", &["稳定控制在 4% 以内", "预期性"]),
            item("3. 城镇新增就业人数(万人/年)", &["26", "预期性"]),
            item("4. 城镇登记失业人员就业率(%)", &["60 及以上", "预期性"]),
            item("5. 开展职业技能培训人数(万人次)", &["【350】", "预期性"]),
            category("二、社会保障", 2),
            item("6. 职工基本养老保险参保人数(万人)", &["1871.9", "约束性"]),
            item("7. 失业保险参保人数(万人)", &["1370", "约束性"]),
            item("8. 工伤保险参保人数(万人)", &["1288", "约束性"]),
            item(
                "9. 社会保障待遇水平",
                &["参考经济社会发展水平调整", "预期性"],
            ),
            category("三、医疗保障", 2),
            item("10. 基本医疗保险参保率(%)", &["稳定在 95 以上", "约束性"]),
            item(
                "11. 基本医疗保险(含生育)基金收入",
                &["收入规模与经济规模相适应", "预期性"],
            ),
            item(
                "12. 基本医疗保险(含生育)基金支出",
                &["支出规模与经济发展水平、群众疾病健康需求相适应", "预期性"],
            ),
            item("13. 基本医疗保险基金累计结余", &["保持合理水平", "预期性"]),
            item(
                "14. 职工医保政策范围内住院报销比例",
                &["稳定在 80% 左右", "约束性"],
            ),
            item(
                "15. 居民医保政策范围内住院报销比例(含大病保险)",
                &["稳定在 70% 左右", "约束性"],
            ),
            item(
                "16. 重点救助对象符合规定的医疗费用住院救助比例",
                &["70%", "预期性"],
            ),
            item("17. 住院费用跨省直接结算率", &["50% 以上", "预期性"]),
            item(
                "18. 住院费用按疾病相关分组或按病种付费覆盖面",
                &["全病组", "预期性"],
            ),
            item(
                "19. 公立医疗机构通过集中采购平台线上采购药品、高值医用耗材数量占比",
                &["药品达到 90%、高值医用耗材达到 80%", "预期性"],
            ),
            item(
                "20. 药品、医用耗材集中带量采购品种",
                &[
                    "和国家合计集中带量采购药品 500 个品种以上、高值医用耗材 5 类以上",
                    "预期性",
                ],
            ),
            item("21. 医疗保障经办政务服务满意率", &["85% 以上", "预期性"]),
            item("22. 医疗保障经办政务服务事项线上可办率", &["80%", "预期性"]),
            item(
                "23. 医疗保障经办政务服务事项窗口可办率",
                &["100%", "约束性"],
            ),
            category("四、人才发展", 2),
            item("24. 专业技术人才总量(万人)", &["440", "预期性"]),
            item("25. 高级工及以上高技能人才总量(万人)", &["117", "预期性"]),
            category("五、劳动关系", 2),
            item("26. 劳动人事争议案件仲裁结案率(%)", &["90", "预期性"]),
            item("27. 劳动人事争议调解成功率(%)", &["60", "预期性"]),
            item("28. 劳动人事争议仲裁终结率(%)", &["65", "预期性"]),
            item("29. 劳动保障监察举报投诉案件结案率(%)", &["96", "预期性"]),
        ],
        notes: vec!["注 : █ 为五年累计数".into()],
    }
}

/// Pudong's 「十四五”时期浦东新区就业和社会保障发展主要指标」 (one cell per line in the seed).
pub fn pudong_14th() -> Table {
    Table {
        id: "t1".into(),
        title: "十四五”时期浦东新区就业和社会保障发展主要指标".into(),
        caption_below: false,
        columns: ["指标名称", "十四五”主要目标", "指标属性"]
            .map(String::from)
            .to_vec(),
        rows: vec![
            category("就业创业培训", 2),
            item("1.城镇新增就业岗位", &["累计50万个以上", "约束性"]),
            item(
                "2.本市户籍城乡登记失业人数",
                &["始终控制在市政府下达的指标范围内", "约束性"],
            ),
            item("3.帮助长期失业青年就业创业", &["参照市下达指标", "约束性"]),
            item("4.帮扶引领成功创业人数", &["累计1万人", "约束性"]),
            item("5.职业技能培训规模", &["超过50万人次", "约束性"]),
            item("6.新增高技能人才数量", &["4万人以上", "预期性"]),
            category("劳动关系", 2),
            item("7.和谐劳动关系达标企业数", &["保持在1200家以上", "预期性"]),
            item("8.劳动人事争议仲裁年度结案率", &["不低于92%", "约束性"]),
            item("9.劳动保障监察举报投诉按期结案率", &["不低于98%", "约束性"]),
            category("医疗保障", 2),
            item(
                "10.参保职工医保政策范围内住院报销比例",
                &["稳定在850%左右以上", "约束性"],
            ),
            item(
                "11.参保居民医保政策范围内住院报销比例",
                &["稳定在705%左右以上", "约束性"],
            ),
            item(
                "12.重点救助对象符合规定的医疗费用住院救助比例",
                &["稳定在70%以上", "预期性"],
            ),
        ],
        notes: vec![],
    }
}

pub fn beijing() -> Plan {
    Plan {
        slug: BEIJING.into(),
        meta: PlanMeta {
            title: "北京市“十四五”时期人力资源和社会保障发展规划(包括医疗保障)".into(),
            ..Default::default()
        },
        tables: vec![beijing_13th(), beijing_14th()],
        ..Default::default()
    }
}

pub fn pudong() -> Plan {
    Plan {
        slug: PUDONG.into(),
        meta: PlanMeta {
            title: "浦东新区就业和社会保障发展“十四五”规划".into(),
            ..Default::default()
        },
        tables: vec![pudong_14th()],
        ..Default::default()
    }
}

pub fn site() -> Site {
    Site {
        plans: vec![beijing(), pudong()],
    }
}
