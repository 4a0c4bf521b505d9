//! Import, end to end: the two shipped seeds and fixture plans in other styles go through
//! `plansite import` into content/, are read back with the content loader, and are checked
//! against counts and text taken from the seeds.

use crate::kit::{files, repo as root, run, seed_site, seed_text, Project, BEIJING};
use plansite::import;
use plansite::model::{Block, Plan, RowKind, Site};
use std::fs;
use std::path::Path;

fn plan<'a>(site: &'a Site, slug: &str) -> &'a Plan {
    site.plans.iter().find(|p| p.slug == slug).unwrap()
}

/// A plan of `tests/fixtures/` imported on its own.
fn fixture(name: &str) -> Plan {
    let seed = root().join("tests/fixtures").join(name);
    Project::import_files(&[&seed]).site().plans.remove(0)
}

fn paragraphs(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.full_text()),
            _ => None,
        })
        .collect()
}

#[test]
fn beijing_outline_counts() {
    let site = seed_site();
    let bj = plan(&site, "beijing-hrss-14th");
    assert_eq!(bj.chapters.len(), 8);
    let sections: Vec<usize> = bj.chapters.iter().map(|c| c.sections.len()).collect();
    assert_eq!(sections, vec![3, 6, 5, 7, 4, 3, 3, 5]);
    assert_eq!(bj.chapters[0].label, "第一章");
    assert_eq!(bj.chapters[0].title, "站在历史新起点谋划事业新发展");
    assert_eq!(
        bj.chapters[3].sections[5].title,
        "稳步推进长期护理保险制度试点"
    );
    // 第八章 has an introduction before its first section.
    assert_eq!(paragraphs(&bj.chapters[7].blocks).len(), 1);
    assert!(paragraphs(&bj.chapters[7].blocks)[0].starts_with("实现“十四五”时期发展目标任务"));
}

#[test]
fn beijing_has_forty_boxes_with_their_titles_and_one_paragraph_each() {
    let site = seed_site();
    let bj = plan(&site, "beijing-hrss-14th");
    // Titles as the seed spells them (grep '^专栏' in the seed).
    let expected = "建立就业影响评估机制;建立就业政策评估制度;建立就业形势监测预警机制;支持新就业形态发展计划;高校毕业生就业创业促进计划;农村劳动力转移就业帮扶行动;引导外来务工人员有序输入行动计划;促进创业带动就业三年行动计划;完善多层次创业服务体系;职业技能提升行动;技能大赛引领计划;建立服务专员网格化就业服务工作机制;人力资源产业园区建设计划;雄安新区技能提升帮扶计划;深化全民参保计划;全面实现“多卡合一”;优化社保营商环境;完善退休人员社会化管理服务体系;推进市场化商业医疗保险发展;完善重大疾病救助工程;深化职工医保个人账户管理改革;做好医保目录药品监测评估;实施医药价格监测工程;实施医疗保障政务服务提升工程;推进医保京津冀协同发展;推进市场化职业技能等级认定;专业技术人才知识更新工程;建立技能人才与专业技术人才职业发展贯通机制;实施高技能人才培养带动项目;编制发布人力资源开发目录;实现职称评价便利化;建立事业单位管理人员职员等级晋升机制;建立全市劳动关系风险监测预警制度;调解仲裁效能提升行动;根治欠薪专项治理计划;农民充分就业工程;农民职业技能专项培训工程;支持灵活就业发展计划;建立义务教育教师薪酬精准激励机制;建立符合医疗行业特点的薪酬制度";
    let boxes = bj.boxes();
    assert_eq!(boxes.len(), 40);
    let titles: Vec<&str> = boxes.iter().map(|b| b.2.title.as_str()).collect();
    assert_eq!(titles, expected.split(';').collect::<Vec<_>>());
    for (i, (_, section, b)) in boxes.iter().enumerate() {
        assert_eq!(b.number, Some(i as u32 + 1));
        assert_eq!(b.blocks.len(), 1, "box {} has one paragraph", i + 1);
        assert!(matches!(b.blocks[0], Block::Paragraph(_)));
        assert!(section.is_some(), "box {} stands in a section", i + 1);
    }
    // 专栏15/16/17 are written without a space and keep their label as written.
    assert_eq!(boxes[14].2.label, "专栏15");
    assert_eq!(boxes[0].2.label, "专栏 1");
    // Where boxes stand: 专栏1 in 第二章第一节, 专栏40 in 第七章第三节.
    assert_eq!((boxes[0].0.number, boxes[0].1.unwrap().number), (2, 1));
    assert_eq!((boxes[39].0.number, boxes[39].1.unwrap().number), (7, 3));
}

#[test]
fn beijing_metadata_notice_and_toc() {
    let site = seed_site();
    let m = &plan(&site, "beijing-hrss-14th").meta;
    assert_eq!(
        m.title,
        "北京市“十四五”时期人力资源和社会保障发展规划(包括医疗保障)"
    );
    assert_eq!(
        m.issuers,
        vec!["北京市人力资源和社会保障局", "北京市医疗保障局"]
    );
    assert_eq!(m.doc_number.as_deref(), Some("京人社规字〔2021〕54号"));
    assert_eq!(m.date.as_deref(), Some("2021-09-22"));
    assert_eq!(m.series.as_deref(), Some("北京市“十四五”一般专项规划"));
    assert!(!m.draft);
    let bj = plan(&site, "beijing-hrss-14th");
    let notice = paragraphs(&bj.notice);
    assert_eq!(
        notice[2],
        "关于印发北京市“十四五”时期人力资源和社会保障发展规划(包括医疗保障)的通知"
    );
    assert_eq!(notice.last().unwrap(), "2021年9月22日");
    // The table of contents never becomes body text: 第一章's heading occurs once.
    let all: String = bj
        .chapters
        .iter()
        .map(|c| paragraphs(&c.blocks).concat())
        .collect();
    assert!(!all.contains("第一节 发展基础"));
    assert!(bj.preamble.is_empty());
}

#[test]
fn pudong_outline_metadata_and_run_in_headings() {
    let site = seed_site();
    let pd = plan(&site, "pudong-employment-14th");
    let m = &pd.meta;
    assert_eq!(m.title, "浦东新区就业和社会保障发展“十四五”规划");
    assert_eq!(m.issuers, vec!["上海浦东新区人民政府"]);
    assert_eq!(m.date.as_deref(), Some("2021-08-27"));
    assert!(m.draft);
    assert_eq!(m.draft_label.as_deref(), Some("(拟文稿)"));
    assert_eq!(
        m.source_line.as_deref(),
        Some("来源:上海浦东新区人民政府 发布时间:2021-08-27 浏览量:18")
    );
    assert!(m.chrome.contains(&"浏览量:18".to_string()));
    assert_eq!(pd.chapters.len(), 5);
    let labels: Vec<&str> = pd.chapters.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, vec!["一、", "二、", "三、", "四、", "五、"]);
    let sections: Vec<usize> = pd.chapters.iter().map(|c| c.sections.len()).collect();
    assert_eq!(sections, vec![2, 3, 3, 6, 4]);
    // The preamble before part 一 is text of the plan.
    assert!(paragraphs(&pd.preamble)[0].starts_with("十四五”时期是浦东新区"));
    // Run-in headings are split from their paragraph without losing a character.
    let s1 = &pd.chapters[0].sections[0];
    assert_eq!(
        (s1.label.as_str(), s1.title.as_str(), s1.display_title()),
        ("(一)", "发展基础。", "发展基础")
    );
    assert!(paragraphs(&s1.blocks)[0].starts_with("“十三五”时期,在区委区政府的正确领导下"));
    let s2 = &pd.chapters[0].sections[1];
    assert_eq!(s2.title, "面临形势");
    assert!(paragraphs(&s2.blocks)[0].starts_with("“十四五”时期,是我国全面建设"));
    // Numbered run-in titles (`1.标题。正文`) are third-level headings in their sub-part.
    let items: Vec<_> = s1
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => {
                assert_eq!(h.level, 3);
                Some((h.label.clone(), h.title.clone()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        items,
        vec![
            ("1.".to_string(), "就业形势总体平稳。".to_string()),
            ("2.".to_string(), "公共服务体系日趋完善。".to_string()),
            ("3.".to_string(), "劳动关系保持总体和谐稳定。".to_string()),
            ("4.".to_string(), "社会保障工作稳步推进。".to_string()),
        ]
    );
    // A run-in title may pair two phrases with a comma (`1.发挥政府引导作用,突出就业优先政策。…`):
    // part 三 (一) has six such headings, each followed by its text as a plain paragraph.
    let titled: Vec<_> = pd.chapters[2].sections[0]
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) if h.level == 3 => Some(h.title.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(titled.len(), 6, "part 三 (一) has headings 1–6: {titled:?}");
    assert_eq!(titled[0], "发挥政府引导作用,突出就业优先政策。");
    assert!(!pd.chapters[2].sections[0]
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Paragraph(p) if p.marker.is_some())));
}

#[test]
fn lead_sentences_are_marked() {
    let site = seed_site();
    let bj = plan(&site, "beijing-hrss-14th");
    let first = match &bj.chapters[1].sections[0].blocks[0] {
        Block::Paragraph(p) => p.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(first.lead.as_deref(), Some("坚持经济发展就业导向。"));
    assert!(first.text.starts_with("健全财政、金融、就业"));
}

#[test]
fn beijing_tables_are_typed_rows() {
    let site = seed_site();
    let bj = plan(&site, "beijing-hrss-14th");
    assert_eq!(bj.tables.len(), 2);
    let t1 = &bj.tables[0];
    assert_eq!(t1.title, "“十三五”时期发展情况");
    assert_eq!(
        t1.columns,
        vec![
            "指标项目",
            "“十二五”末情况",
            "“十三五”目标",
            "“十三五”完成情况",
            "指标属性"
        ]
    );
    let cats: Vec<&str> = t1
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Category)
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(cats, vec!["就业", "社会保障", "人才发展", "劳动关系"]);
    let group: Vec<&str> = t1
        .rows
        .iter()
        .filter(|r| r.group.as_deref() == Some("工伤保险定期待遇"))
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(
        group,
        vec![
            "工伤职工伤残津贴(元/月)",
            "工伤职工护理费(元/月)",
            "工伤职工供养亲属抚恤金(元/月)"
        ]
    );
    assert_eq!(
        t1.rows.iter().filter(|r| r.kind == RowKind::Group).count(),
        1
    );
    let row = |name: &str| {
        t1.rows
            .iter()
            .find(|r| r.name == name)
            .unwrap()
            .cells
            .clone()
    };
    assert_eq!(
        row("城镇登记失业率(%)"),
        vec!["1.39", "<4.0", "2.56", "预期性"]
    );
    assert_eq!(
        row("高、中、初级专业技术人才比例"),
        vec!["16.3 : 40 : 43.7", "20 : 40 : 40", "20 : 40 : 40", "预期性"]
    );
    assert_eq!(
        row("企业职工基本养老保险基金收缴率(%)"),
        vec!["≥97", "≥98", "≥98", "约束性"]
    );
    assert_eq!(
        t1.rows.iter().filter(|r| r.kind == RowKind::Item).count(),
        18
    );

    let t2 = &bj.tables[1];
    assert_eq!(t2.title, "“十四五”时期主要目标");
    assert_eq!(t2.columns, vec!["指标", "目标", "属性"]);
    let items: Vec<_> = t2.rows.iter().filter(|r| r.kind == RowKind::Item).collect();
    assert_eq!(items.len(), 29);
    for (i, r) in items.iter().enumerate() {
        assert_eq!(r.number.as_deref(), Some(format!("{}.", i + 1).as_str()));
    }
    assert_eq!(items[4].cells, vec!["【350】", "预期性"]);
    let cats: Vec<&str> = t2
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Category)
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(
        cats,
        vec!["就业", "社会保障", "医疗保障", "人才发展", "劳动关系"]
    );
    assert_eq!(t2.notes, vec!["注 : █ 为五年累计数"]);
}

#[test]
fn pudong_one_cell_per_line_table() {
    let site = seed_site();
    let pd = plan(&site, "pudong-employment-14th");
    assert_eq!(pd.tables.len(), 1);
    let t = &pd.tables[0];
    assert_eq!(t.columns, vec!["指标名称", "十四五”主要目标", "指标属性"]);
    let cats: Vec<&str> = t
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Category)
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(cats, vec!["就业创业培训", "劳动关系", "医疗保障"]);
    let items: Vec<_> = t.rows.iter().filter(|r| r.kind == RowKind::Item).collect();
    assert_eq!(items.len(), 12);
    assert_eq!(items[0].name, "城镇新增就业岗位");
    assert_eq!(items[0].cells, vec!["累计50万个以上", "约束性"]);
    assert_eq!(items[9].cells, vec!["稳定在850%左右以上", "约束性"]);
    assert_eq!(items[11].name, "重点救助对象符合规定的医疗费用住院救助比例");
}

#[test]
fn no_body_paragraph_ends_mid_sentence() {
    let site = seed_site();
    for p in &site.plans {
        for u in plansite::link::units(p) {
            if let (Some(par), plansite::link::Region::Body | plansite::link::Region::Preamble) =
                (u.paragraph, u.region)
            {
                let t = par.full_text();
                let last = t.chars().last().unwrap();
                assert!(
                    "。；：:！？”）)".contains(last),
                    "{} {} ends mid-sentence: …{}",
                    p.slug,
                    u.anchor,
                    t.chars().rev().take(12).collect::<String>()
                );
            }
        }
    }
}

#[test]
fn page_break_repairs_are_reported_with_line_numbers() {
    let project = Project::import(&[("bj", &seed_text(BEIJING))]);
    let report = project.report("bj");
    // …根治欠薪工作 (line 110) / 连续被国务院考核评为… (line 112)
    assert!(report.contains("lines = [110, 112]"), "{report}");
    assert!(report.contains("根治欠薪工作"));
    // The repeated 严 at lines 328/330 is reported and becomes an explicit correction.
    assert!(report.contains("kind = \"repeated-character\""));
    let corrections = fs::read_to_string(project.plan_dir("bj").join("corrections.toml")).unwrap();
    assert!(
        corrections.contains("original = \"监管手段,严严厉打击就业\""),
        "{corrections}"
    );
    let site = project.site();
    let text: String = plansite::link::units(&site.plans[0])
        .iter()
        .map(|u| u.text.clone())
        .collect();
    assert!(text.contains("探索创新网络招聘等领域监管手段,严厉打击就业歧视"));
    assert!(!text.contains("严严厉"));
    // Repeated table headers are removed and listed.
    assert!(report.contains("lines = [125]"));
}

#[test]
fn source_defects_are_reported_not_fixed() {
    let site = seed_site();
    let pd = plan(&site, "pudong-employment-14th");
    let notes = plansite::defects::reader_notes(pd);
    let kinds = |k: plansite::defects::NoteKind| notes.iter().filter(|n| n.kind == k).count();
    use plansite::defects::NoteKind::*;
    assert_eq!(kinds(PercentOver100), 2);
    assert!(kinds(MaskedText) >= 4);
    assert!(kinds(UnbalancedQuotes) >= 2);
    assert!(notes
        .iter()
        .any(|n| n.excerpt.contains("850%") && n.anchor.starts_with("t1-r")));
    // The text keeps what the source says.
    assert_eq!(
        pd.tables[0]
            .rows
            .iter()
            .filter(|r| r.cells.iter().any(|c| c.contains("850%")))
            .count(),
        1
    );
}

#[test]
fn import_is_deterministic_and_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    import::run(&root().join("seeds"), &content).unwrap();
    let first = snapshot(&content);
    import::run(&root().join("seeds"), &content).unwrap();
    assert_eq!(first, snapshot(&content), "a second import changes nothing");
    // The committed content is what the importer produces from the committed seeds.
    assert_eq!(
        first,
        snapshot(&root().join("content")),
        "content/ is out of date: run `plansite import`"
    );
}

/// The files of a content folder the importer owns (those inside a plan's folder).
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    files(dir)
        .into_iter()
        .filter(|(rel, _)| rel.contains('/'))
        .collect()
}

#[test]
fn maintainer_files_survive_a_reimport() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    let seeds = dir.path().join("seeds");
    fs::create_dir(&seeds).unwrap();
    fs::copy(
        root().join("tests/fixtures/boxes-plan.txt"),
        seeds.join("boxes-plan.txt"),
    )
    .unwrap();
    import::run(&seeds, &content).unwrap();
    let corrections = content.join("boxes-plan/corrections.toml");
    fs::write(&corrections, "[[correction]]\noriginal = \"稳住就业基本盘\"\ncorrected = \"稳住就业基本盘\"\nnote = \"核对原文无误\"\n").unwrap();
    fs::write(content.join("topics.toml"), "# maintainer file\n").unwrap();
    import::run(&seeds, &content).unwrap();
    assert!(fs::read_to_string(&corrections)
        .unwrap()
        .contains("核对原文无误"));
    assert!(content.join("topics.toml").exists());
}

#[test]
fn fidelity_errors_name_the_seed_line() {
    use plansite::import::{decode, fidelity, outline};
    let path = root().join("seeds/beijing-hrss-14th.txt");
    let lines = decode::decode(&path, &fs::read(&path).unwrap()).unwrap();
    let parsed = outline::parse("bj", "bj.txt", &lines).unwrap();
    let mut plan = parsed.plan.clone();
    fidelity::check(&path, &lines, &parsed.roles, &plan).unwrap();
    // Drop one character of 专栏 3's paragraph: the check names that seed line.
    if let Block::Box(b) = &mut plan.chapters[1].sections[0].blocks[5] {
        if let Block::Paragraph(p) = &mut b.blocks[0] {
            p.text = p.text.replacen("借助", "借", 1);
        }
    } else {
        panic!("expected 专栏 3");
    }
    let e = fidelity::check(&path, &lines, &parsed.roles, &plan)
        .unwrap_err()
        .to_string();
    let seed_line = fs::read_to_string(&path)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("强化企业跟踪监测"))
        .unwrap()
        + 1;
    assert!(
        e.contains(&format!("beijing-hrss-14th.txt:{seed_line}: fidelity")),
        "{e}"
    );
}

#[test]
fn fixture_parts_with_restarting_numerals_and_a_notice() {
    let p = fixture("parts-plan.txt");
    assert_eq!(p.meta.title, "某某市“十四五”养老服务体系建设规划");
    assert_eq!(p.meta.doc_number.as_deref(), Some("某政办发〔2022〕3号"));
    assert_eq!(p.meta.date.as_deref(), Some("2022-01-05"));
    assert_eq!(p.meta.issuers, vec!["某某市人民政府办公厅"]);
    assert_eq!(
        paragraphs(&p.preamble),
        vec!["为积极应对人口老龄化，制定本规划。"]
    );
    let outline: Vec<(String, Vec<String>)> = p
        .chapters
        .iter()
        .map(|c| {
            (
                format!("{}{}", c.label, c.title),
                c.sections
                    .iter()
                    .map(|s| format!("{}{}", s.label, s.title))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        outline,
        vec![
            (
                "第一部分发展基础".to_string(),
                vec!["一、取得的成效".to_string(), "二、面临的挑战".to_string()]
            ),
            (
                "第二部分主要任务".to_string(),
                vec![
                    "一、完善居家养老服务".to_string(),
                    "二、提升机构养老服务".to_string()
                ]
            ),
        ]
    );
    // 1、 under 一、 under 第一部分 is a third-level heading; its run-in text follows it.
    let blocks: Vec<String> = p.chapters[0].sections[0]
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(x) => x.full_text(),
            Block::Heading(h) => format!("h{} {}|{}", h.level, h.label, h.title),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        blocks,
        vec![
            "养老服务体系不断完善。",
            "h3 1、|床位数量稳步增加。",
            "全市养老床位达到5万张。",
            "h3 2、|服务质量持续提升。"
        ]
    );
    // A paragraph cut at a page break (the seed has a page number there) is joined.
    assert_eq!(
        paragraphs(&p.chapters[0].sections[1].blocks),
        vec!["老龄化程度加深，需求快速增长，服务供给不足的问题依然突出。"]
    );
    let dashes = p.chapters[1].sections[0]
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Paragraph(x) if x.marker.as_deref() == Some("——")))
        .count();
    assert_eq!(dashes, 2);
    let parens: Vec<Option<String>> = p.chapters[1].sections[1]
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(x) => x.marker.clone(),
            _ => None,
        })
        .collect();
    assert_eq!(parens, vec![Some("(1)".into()), Some("(2)".into())]);
}

#[test]
fn fixture_boxes_with_a_table_several_paragraphs_and_no_number() {
    let p = fixture("boxes-plan.txt");
    let boxes = p.boxes();
    assert_eq!(boxes.len(), 3);
    let (_, _, b1) = boxes[0];
    assert_eq!(
        (b1.label.as_str(), b1.number, b1.title.as_str()),
        ("专栏1", Some(1), "主要指标")
    );
    assert!(
        matches!(b1.blocks.as_slice(), [Block::Table(_)]),
        "{:?}",
        b1.blocks
    );
    let t = &p.tables[0];
    assert_eq!(t.columns, vec!["指标", "2020年", "2025年", "属性"]);
    assert_eq!(t.rows.len(), 2);
    assert_eq!(t.notes, vec!["注：【】内为五年累计数。"]);
    let (_, _, b2) = boxes[1];
    assert_eq!(b2.title, "重大工程");
    assert_eq!(
        paragraphs(&b2.blocks),
        vec![
            "1.就业服务提升工程。建设零工市场10个。",
            "2.技能培训工程。培训劳动者10万人次。"
        ]
    );
    let (_, _, b3) = boxes[2];
    assert_eq!(
        (b3.label.as_str(), b3.number, b3.title.as_str()),
        ("专栏", None, "重点项目清单")
    );
    // The text after box 2 that is not one of its items is body text again.
    let s2 = paragraphs(&p.chapters[0].sections[1].blocks);
    assert!(
        s2.contains(&"以上工程由区人社局牵头实施。".to_string()),
        "{s2:?}"
    );
    // Full-width (一) below 第X节 is a third-level heading run into its paragraph.
    match &p.chapters[0].sections[1].blocks[..2] {
        [Block::Heading(h), Block::Paragraph(x)] => {
            assert_eq!(
                (h.level, h.label.as_str(), h.title.as_str()),
                (3, "（一）", "稳定就业。")
            );
            assert_eq!(x.full_text(), "实施就业优先政策，稳住就业基本盘。");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn fixture_web_page_with_a_one_cell_table_merged_and_wrapped_cells() {
    let p = fixture("web-table-plan.txt");
    assert_eq!(p.meta.title, "某某县社会保障事业发展“十四五”规划");
    assert!(p.meta.draft);
    assert_eq!(p.meta.date.as_deref(), Some("2021-06-30"));
    assert!(p.meta.chrome.contains(&"浏览次数：42".to_string()));
    assert_eq!(p.chapters.len(), 2);
    assert_eq!(p.chapters[1].title, "主要任务");
    let t = &p.tables[0];
    assert_eq!(t.title, "某某县“十四五”社会保障主要指标");
    let rows: Vec<(RowKind, String, Vec<String>)> = t
        .rows
        .iter()
        .map(|r| (r.kind, r.name.clone(), r.cells.clone()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (RowKind::Category, "社会保险".into(), vec![]),
            (
                RowKind::Item,
                "基本养老保险参保率".into(),
                vec!["95%以上".into(), "约束性".into()]
            ),
            (
                RowKind::Item,
                "失业保险参保人数".into(),
                vec!["".into(), "约束性".into()]
            ),
            (
                RowKind::Item,
                "城乡居民医保政策范围内住院费用报销比例".into(),
                vec!["稳定在70%左右".into(), "预期性".into()]
            ),
        ]
    );
}

#[test]
fn bad_input_is_refused_by_name_and_the_rest_of_the_batch_is_imported() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "gbk",
            vec![0xB5, 0xDA, 0xD2, 0xBB, 0xD5, 0xC2, b'\n'],
            "gbk.txt:1: not valid UTF-8",
        ),
        (
            "utf16",
            vec![0xFF, 0xFE, 0x2C, 0x7B, 0x00, 0x4E],
            "utf16.txt:1: the file is UTF-16",
        ),
        ("empty", vec![], "empty.txt: the file is empty"),
        (
            "binary",
            vec![b'a', b'\n', 0, 1, 2, 3],
            "binary.txt:2: binary data",
        ),
        (
            "prose",
            "这是一段没有任何章节结构的文字。\n\n它只是普通的段落。\n"
                .as_bytes()
                .to_vec(),
            "prose.txt:1: no recognisable outline",
        ),
    ];
    for (name, bytes, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        let seeds = dir.path().join("seeds");
        let content = dir.path().join("content");
        fs::create_dir(&seeds).unwrap();
        fs::create_dir_all(&content).unwrap();
        fs::write(content.join("keep.md"), "kept").unwrap();
        fs::copy(
            root().join("tests/fixtures/boxes-plan.txt"),
            seeds.join("a-good.txt"),
        )
        .unwrap();
        fs::write(seeds.join(format!("{name}.txt")), bytes).unwrap();
        let out = run(&[
            "import",
            "--seeds",
            seeds.to_str().unwrap(),
            "--content",
            content.to_str().unwrap(),
        ]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name}: should fail");
        assert!(err.contains(expected), "{name}: {err}");
        assert_eq!(fs::read_to_string(content.join("keep.md")).unwrap(), "kept");
        // The good seed of the batch is still imported; nothing of the bad one is written.
        assert!(
            content.join("a-good/_index.md").is_file(),
            "{name}: the good seed of the batch is imported"
        );
        assert!(
            !content.join(name).exists(),
            "{name}: nothing of it is written"
        );
        assert!(err.contains("imported 1 of 2 plan(s)"), "{name}: {err}");
    }
}

#[test]
fn bom_and_crlf_are_accepted() {
    let text = fs::read_to_string(root().join("tests/fixtures/boxes-plan.txt")).unwrap();
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(text.replace('\n', "\r\n").into_bytes());
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("crlf-plan.txt");
    fs::write(&p, bytes).unwrap();
    let site = Project::import_files(&[&p]).site();
    assert_eq!(site.plans[0].boxes().len(), 3);
    assert_eq!(site.plans[0].meta.title, "某某区“十四五”就业促进规划");
}
