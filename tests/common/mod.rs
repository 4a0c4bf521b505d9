//! A small site built in Rust for the tests: two plans with chapters, sections, 专栏 (numbered,
//! repeated and unnumbered), tables with category/group rows, a notice, a preamble, cited
//! documents, lead sentences, and hostile text that must come out as text.

#![allow(dead_code)]

use plansite::config::Config;
use plansite::defects::{NoteKind, ReaderNote};
use plansite::model::*;
use std::path::PathBuf;

pub const HOSTILE: &str =
    "<script>alert(1)</script> \"><img src=x onerror=alert(2)> {{ x }} {% raw %}";

pub fn para(text: &str) -> Block {
    Block::Paragraph(Paragraph::plain(text))
}

pub fn lead(marker: &str, lead: &str, text: &str) -> Block {
    Block::Paragraph(Paragraph {
        marker: Some(marker.into()),
        lead: Some(lead.into()),
        text: text.into(),
    })
}

fn bx(number: Option<u32>, label: &str, title: &str, blocks: Vec<Block>) -> Block {
    Block::Box(PlanBox {
        number,
        label: label.into(),
        title: title.into(),
        blocks,
    })
}

fn row(
    kind: RowKind,
    number: Option<&str>,
    name: &str,
    group: Option<&str>,
    cells: &[&str],
) -> TableRow {
    TableRow {
        kind,
        number: number.map(str::to_string),
        name: name.into(),
        group: group.map(str::to_string),
        cells: cells.iter().map(|c| c.to_string()).collect(),
    }
}

pub fn indicator_table() -> Table {
    Table {
        id: "t1".into(),
        title: "表1 “十四五”时期主要发展指标".into(),
        caption_below: false,
        columns: vec![
            "指标".into(),
            "2020年".into(),
            "2025年".into(),
            "属性".into(),
        ],
        rows: vec![
            row(RowKind::Category, Some("一、"), "就业", None, &[]),
            row(
                RowKind::Item,
                Some("1"),
                "城镇调查失业率(%)",
                None,
                &["5.0", "<5.5", "预期性"],
            ),
            row(
                RowKind::Item,
                Some("2"),
                "城镇新增就业人数(万人)",
                None,
                &["26.1", "[130]", "预期性"],
            ),
            row(RowKind::Category, None, "二、社会保障", None, &[]),
            row(RowKind::Group, Some("3"), "工伤保险定期待遇", None, &[]),
            row(
                RowKind::Item,
                None,
                "伤残津贴(元/月)",
                Some("工伤保险定期待遇"),
                &["4000", "5000", "预期性"],
            ),
        ],
        notes: vec!["注：[ ]内为五年累计数。".into()],
    }
}

pub fn plan_a() -> Plan {
    Plan {
        slug: "plan-a".into(),
        meta: PlanMeta {
            title: "某市“十四五”时期人力资源和社会保障发展规划".into(),
            issuers: vec!["某市人力资源和社会保障局".into(), "某市医疗保障局".into()],
            doc_number: Some("某人社规字〔2021〕54号".into()),
            date: Some("2021-09-22".into()),
            series: Some("某市“十四五”一般专项规划".into()),
            cover_date: Some("2021年9月".into()),
            ..Default::default()
        },
        notice: vec![para(
            "《某市“十四五”时期人力资源和社会保障发展规划》已经市政府批准，现印发给你们。",
        )],
        preamble: vec![para(
            "本规划根据《某市国民经济和社会发展第十四个五年规划纲要》编制。",
        )],
        chapters: vec![
            Chapter {
                number: 1,
                label: "第一章".into(),
                title: "站在历史新起点谋划事业新发展".into(),
                blocks: vec![para("“十三五”时期，全市就业形势保持稳定。")],
                sections: vec![
                    Section {
                        number: 1,
                        label: "第一节".into(),
                        title: "发展基础".into(),
                        blocks: vec![
                            lead(
                                "1.",
                                "就业局势保持稳定。",
                                "认真落实《保障农民工工资支付条例》，城镇新增就业持续增长。",
                            ),
                            Block::Table(TableRef { id: "t1".into() }),
                            para(HOSTILE),
                        ],
                    },
                    Section {
                        number: 2,
                        label: "第二节".into(),
                        title: "发展目标。".into(),
                        blocks: vec![para("到2025年，就业更加充分。")],
                    },
                ],
            },
            Chapter {
                number: 2,
                label: "第二章".into(),
                title: "推动实现更加充分更高质量就业".into(),
                blocks: vec![bx(None, "专栏", "章首专栏", vec![para("章首专栏正文。")])],
                sections: vec![Section {
                    number: 1,
                    label: "第一节".into(),
                    title: "强化就业优先政策".into(),
                    blocks: vec![
                        para("落实《保障农民工工资支付条例》和《就业促进法》。"),
                        bx(
                            Some(1),
                            "专栏 1",
                            "就业促进工程",
                            vec![
                                lead("1.", "创业带动就业。", "实施创业担保贷款。"),
                                para("依据《就业促进法》开展职业培训。"),
                                Block::Table(TableRef { id: "t2".into() }),
                            ],
                        ),
                        para("加强就业服务。"),
                        bx(Some(1), "专栏 1", "重复编号的专栏", vec![para(HOSTILE)]),
                    ],
                }],
            },
            Chapter {
                number: 3,
                label: "三、".into(),
                title: "保障措施".into(),
                blocks: vec![
                    para("加强组织领导。"),
                    Block::Table(TableRef { id: "t9".into() }),
                ],
                sections: vec![],
            },
        ],
        tables: vec![
            indicator_table(),
            Table {
                id: "t2".into(),
                title: String::new(),
                caption_below: false,
                columns: vec!["项目".into(), "目标".into()],
                rows: vec![row(RowKind::Item, None, "培训人次", None, &["10万"])],
                notes: vec![],
            },
        ],
        corrections: vec![],
        annexes: vec![],
    }
}

pub fn plan_b() -> Plan {
    Plan {
        slug: "plan-b".into(),
        meta: PlanMeta {
            title: "某区就业和社会保障发展“十四五”规划".into(),
            source: Some("某区人民政府".into()),
            source_line: Some("来源:某区人民政府 发布时间:2021-08-27 浏览量:18".into()),
            date: Some("2021-08-27".into()),
            draft: true,
            draft_label: Some("(拟文稿)".into()),
            ..Default::default()
        },
        preamble: vec![para(
            "根据《某市“十四五”时期人力资源和社会保障发展规划》制定本规划。",
        )],
        chapters: vec![Chapter {
            number: 1,
            label: "一、".into(),
            title: "发展基础".into(),
            blocks: vec![],
            sections: vec![Section {
                number: 1,
                label: "(一)".into(),
                title: "就业形势".into(),
                blocks: vec![
                    para("落实《保障农民工工资支付条例》。"),
                    bx(Some(1), "专栏1", "稳就业行动", vec![para("稳就业。")]),
                ],
            }],
        }],
        ..Default::default()
    }
}

pub fn site() -> Site {
    Site {
        plans: vec![plan_a(), plan_b()],
    }
}

/// Reader notes located on a paragraph, a heading and a table row of plan A.
pub fn notes() -> Vec<Vec<ReaderNote>> {
    vec![
        vec![
            ReaderNote {
                kind: NoteKind::PercentOver100,
                page: "plan-a/ch1.html".into(),
                anchor: "ch1-s1-p1".into(),
                excerpt: "850%".into(),
                message: "百分比超过100%，疑为原文错误".into(),
            },
            ReaderNote {
                kind: NoteKind::MaskedText,
                page: "plan-a/ch1.html".into(),
                anchor: "t1-r3".into(),
                excerpt: "26.1".into(),
                message: "原文此行有遮挡字符".into(),
            },
        ],
        vec![],
    ]
}

pub fn theme_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("themes/default")
}

pub fn config() -> Config {
    Config {
        title: "规划文本参考".into(),
        ..Config::default()
    }
}

/// Builds the test site into `out`.
pub fn build(out: &std::path::Path) -> plansite::render::BuildSummary {
    plansite::render::render(
        plansite::render::Inputs::new(&site(), &config(), &theme_dir()).notes(&notes()),
        out,
    )
    .expect("test site builds")
}
