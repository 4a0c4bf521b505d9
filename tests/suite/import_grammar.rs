//! The importer's grammar on small hand-written plans, one per published form: the notice of issue
//! in its forms, four heading levels (standalone and run-in, restarting and running-on numbering),
//! list items that are not headings, page-break joins only in paged text, annexes, and a content
//! round trip of the new parts (each case is imported through the fidelity check).

use crate::kit::Project;
use plansite::import;
use plansite::model::{Block, Chapter, Plan};
use std::path::Path;

/// A plan text through the whole importer (parse, write, read back, fidelity check): the plan as
/// the loader reads it from content/, and the import report.
fn parse(text: &str) -> (Plan, import::report::Report) {
    let imported = import::import_bytes(Path::new("case.txt"), text.as_bytes())
        .unwrap_or_else(|e| panic!("{e}"));
    let plan = Project::import(&[("case", text)]).plan_raw("case");
    (plan, imported.report)
}

/// The outline of a chapter as `h1 label|title`, `h2 …`, `h3 …`, `h4 …` and `p text` lines.
fn outline_of(ch: &Chapter) -> Vec<String> {
    let mut out = vec![format!("h1 {}|{}", ch.label, ch.title)];
    let blocks = |bs: &[Block], out: &mut Vec<String>| {
        for b in bs {
            match b {
                Block::Heading(h) => out.push(format!("h{} {}|{}", h.level, h.label, h.title)),
                Block::Paragraph(p) => out.push(format!("p {}", p.full_text())),
                Block::Box(bx) => out.push(format!("box {}", bx.title)),
                Block::Table(t) => out.push(format!("table {}", t.id)),
            }
        }
    };
    blocks(&ch.blocks, &mut out);
    for s in &ch.sections {
        out.push(format!("h2 {}|{}", s.label, s.title));
        blocks(&s.blocks, &mut out);
    }
    out
}

/// The text of each paragraph of the 专栏 boxes among `blocks`, in order.
fn boxed_texts(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Box(b) => Some(texts(&b.blocks)),
            _ => None,
        })
        .flatten()
        .collect()
}

/// Each block as text: a paragraph's full text, anything else as debug output.
fn texts(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(x) => x.full_text(),
            other => format!("{other:?}"),
        })
        .collect()
}

fn all_outline(p: &Plan) -> Vec<String> {
    p.chapters.iter().flat_map(outline_of).collect()
}

/// The headings of [`all_outline`], without the other blocks.
fn all_headings(p: &Plan) -> Vec<String> {
    all_outline(p)
        .into_iter()
        .filter(|h| h.starts_with('h'))
        .collect()
}

const BODY: &str = "一、总体目标\n\n到2030年，绿化覆盖率达到40%。\n";

struct Front {
    name: &'static str,
    text: String,
    title: &'static str,
    issuers: &'static [&'static str],
    doc_number: Option<&'static str>,
    date: Option<&'static str>,
    notice_paragraphs: usize,
    preamble: &'static [&'static str],
}

#[test]
fn every_form_of_the_front_matter() {
    let cases = vec![
        Front {
            name: "issuer in the notice title, 特此通知, one signature line",
            text: format!("某某区人民政府办公室关于印发 《某某区绿化“十五五”规划》的通知\n\n区政府各委、办、局：\n\n《某某区绿化“十五五”规划》已经区政府同意，现印发给你们，请认真按照执行。\n\n特此通知。\n\n上海市某某区人民政府办公室\n\n2026年7月2日\n\n某某区绿化“十五五”规划\n\n为加快绿化建设，制定本规划。\n\n{BODY}"),
            title: "某某区绿化“十五五”规划",
            issuers: &["上海市某某区人民政府办公室"],
            doc_number: None,
            date: Some("2026-07-02"),
            notice_paragraphs: 6,
            preamble: &["为加快绿化建设，制定本规划。"],
        },
        Front {
            name: "issuers on their own lines, document number, no 特此通知, two signatures, 前言",
            text: format!("某某市住房和城乡建设管理委员会\n某某市规划和自然资源局\n关于印发《某某市绿色建筑“十四五”规划》的通知\n沪建建材〔2021〕694号\n各有关单位：\n现将《某某市绿色建筑“十四五”规划》印发给你们，请结合实际认真贯彻执行。\n某某市住房和城乡建设管理委员会\n某某市规划和自然资源局\n2021年11月3日\n\n某某市绿色建筑“十四五”规划\n\n前  言\n\n绿色建筑是建设领域的重要工作。\n\n{BODY}"),
            title: "某某市绿色建筑“十四五”规划",
            issuers: &["某某市住房和城乡建设管理委员会", "某某市规划和自然资源局"],
            doc_number: Some("沪建建材〔2021〕694号"),
            date: Some("2021-11-03"),
            notice_paragraphs: 9,
            preamble: &["前  言", "绿色建筑是建设领域的重要工作。"],
        },
        Front {
            name: "a bureau and a fire rescue detachment issue together",
            text: format!("某某区应急管理局\n某某区消防救援支队\n\n关于印发《某某区消防事业发展“十五五”规划》的通知\n\n某应急〔2026〕58号\n\n各有关单位：\n\n现将《某某区消防事业发展“十五五”规划》印发给你们，请认真贯彻落实。\n\n某某区应急管理局\n\n某某区消防救援支队\n\n2026年8月14日\n\n某某区消防事业发展“十五五”规划\n\n{BODY}"),
            title: "某某区消防事业发展“十五五”规划",
            issuers: &["某某区应急管理局", "某某区消防救援支队"],
            doc_number: Some("某应急〔2026〕58号"),
            date: Some("2026-08-14"),
            notice_paragraphs: 9,
            preamble: &[],
        },
        Front {
            name: "no signature: the issuer from the title; title in 《》 over two lines",
            text: format!("某某区人民政府关于印发《某某区公园城市建设“十五五”规划》的通知\n某府发 〔2026〕20号\n各镇人民政府、街道办事处：\n《某某区公园城市建设“十五五”规划》已经区政府同意，现印发给你们。\n2026年7月22日\n《某某区公园城市建设\n“十五五”规划》\n“十五五”时期是关键时期。\n{BODY}"),
            title: "某某区公园城市建设“十五五”规划",
            issuers: &["某某区人民政府"],
            doc_number: Some("某府发 〔2026〕20号"),
            date: Some("2026-07-22"),
            notice_paragraphs: 5,
            preamble: &["“十五五”时期是关键时期。"],
        },
        Front {
            name: "no signature: two issuers named jointly in the notice title",
            text: format!("某某区水务局、某某区建设和管理委员会关于印发《某某区海绵城市建设“十五五”规划》的通知\n\n某水务发〔2026〕18号\n\n各街道办事处、镇人民政府：\n《某某区海绵城市建设“十五五”规划》已经区政府同意，现印发给你们。\n\n2026年8月6日\n\n某某区海绵城市建设“十五五”规划\n\n{BODY}"),
            title: "某某区海绵城市建设“十五五”规划",
            issuers: &["某某区水务局", "某某区建设和管理委员会"],
            doc_number: Some("某水务发〔2026〕18号"),
            date: Some("2026-08-06"),
            notice_paragraphs: 5,
            preamble: &[],
        },
        Front {
            name: "notice title naming no issuer, no signature; straight into chapter one",
            text: format!("关于印发《某某区综合交通发展“十五五”规划》的通知\n\n各相关部门、各街镇：\n\n现将《某某区综合交通发展“十五五”规划》印发给你们，请认真组织实施。\n\n2026年7月7日\n\n某某区综合交通发展“十五五”规划\n\n{BODY}"),
            title: "某某区综合交通发展“十五五”规划",
            issuers: &[],
            doc_number: None,
            date: Some("2026-07-07"),
            notice_paragraphs: 4,
            preamble: &[],
        },
        Front {
            name: "notice title repeated as the first body line, then the document number",
            text: format!("某某市住房和城乡建设管理委员会关于印发《某某市绿色建筑“十四五”规划》的通知\n\n某某市住房和城乡建设管理委员会关于印发《某某市绿色建筑“十四五”规划》的通知\n\n沪建建材〔2021〕694号\n\n各有关单位：\n\n现将《某某市绿色建筑“十四五”规划》印发给你们。\n\n某某市住房和城乡建设管理委员会\n\n2021年11月3日\n\n某某市绿色建筑“十四五”规划\n\n{BODY}"),
            title: "某某市绿色建筑“十四五”规划",
            issuers: &["某某市住房和城乡建设管理委员会"],
            doc_number: Some("沪建建材〔2021〕694号"),
            date: Some("2021-11-03"),
            notice_paragraphs: 7,
            preamble: &[],
        },
        Front {
            name: "notice title and body without 《》; plan title over two lines",
            text: format!("某某区人民政府办公室关于印发某某区旧区改造和重大项目“十四五”规划的通知\n\n区政府各委、局、办：\n\n现将某某区旧区改造和重大项目“十四五”规划印发给你们。\n\n特此通知。\n\n上海市某某区人民政府办公室\n\n2021年6月30日\n\n某某区旧区改造和重大项目\n\n“十四五”规划\n\n{BODY}"),
            title: "某某区旧区改造和重大项目“十四五”规划",
            issuers: &["上海市某某区人民政府办公室"],
            doc_number: None,
            date: Some("2021-06-30"),
            notice_paragraphs: 6,
            preamble: &[],
        },
        Front {
            name: "a release note under the date, an 附件 line in the notice",
            text: format!("某某区人民政府关于印发《某某区城市数字化转型“十四五”规划》的通知\n\n某府发〔2021〕18号\n\n各街道办事处、镇人民政府：\n\n现将《某某区城市数字化转型“十四五”规划》印发给你们，请认真按照执行。\n\n附件：某某区城市数字化转型“十四五”规划\n\n某某区人民政府\n\n2021年9月30日\n\n（此件公开发布）\n\n某某区城市数字化转型“十四五”规划\n\n{BODY}"),
            title: "某某区城市数字化转型“十四五”规划",
            issuers: &["某某区人民政府"],
            doc_number: Some("某府发〔2021〕18号"),
            date: Some("2021-09-30"),
            notice_paragraphs: 8,
            preamble: &[],
        },
        Front {
            name: "no notice; the issuer and the month on one cover line",
            text: format!("某某区市容环境卫生\n\n“十四五”规划\n\n上海市某某区绿化和市容管理局 2021年10月\n\n为改善市容环境，制定本规划。\n\n{BODY}"),
            title: "某某区市容环境卫生“十四五”规划",
            issuers: &["上海市某某区绿化和市容管理局"],
            doc_number: None,
            date: Some("2021-10"),
            notice_paragraphs: 0,
            preamble: &["为改善市容环境，制定本规划。"],
        },
        Front {
            name: "no notice; the plan's term on a line under its title",
            text: format!("某某区养老服务体系建设规划\n\n（2021—2025年）\n\n为应对人口老龄化，制定本规划。\n\n{BODY}"),
            title: "某某区养老服务体系建设规划（2021—2025年）",
            issuers: &[],
            doc_number: None,
            date: None,
            notice_paragraphs: 0,
            preamble: &["为应对人口老龄化，制定本规划。"],
        },
        Front {
            name: "the notice quotes the title without the term that stands under the title line",
            text: format!("关于印发《某某区养老服务体系建设规划》的通知\n\n各街道：\n\n现将《某某区养老服务体系建设规划》印发给你们。\n\n某某区人民政府\n\n2021年9月30日\n\n某某区养老服务体系建设规划\n\n(2021-2025年)\n\n{BODY}"),
            title: "某某区养老服务体系建设规划(2021-2025年)",
            issuers: &["某某区人民政府"],
            doc_number: None,
            date: Some("2021-09-30"),
            notice_paragraphs: 5,
            preamble: &[],
        },
        Front {
            name: "a one-line notice title without 关于",
            text: format!("上海市某某区人民政府办公室印发《某某区公共服务发展“十四五”规划》的通知\n\n各街道：\n\n现将规划印发给你们。\n\n某某区人民政府办公室\n\n2021年8月1日\n\n某某区公共服务发展“十四五”规划\n\n{BODY}"),
            title: "某某区公共服务发展“十四五”规划",
            issuers: &["某某区人民政府办公室"],
            doc_number: None,
            date: Some("2021-08-01"),
            notice_paragraphs: 5,
            preamble: &[],
        },
        Front {
            name: "the superior's approval (批复) instead of a notice",
            text: format!("上海市人民政府关于同意《某某区国土空间总体规划（2021—2035年）》的批复\n\n沪府〔2023〕5号\n\n某某区人民政府：\n\n你区关于报请审批规划的请示收悉。现批复如下：同意《某某区国土空间总体规划（2021—2035年）》。\n\n上海市人民政府\n\n2023年2月1日\n\n某某区国土空间总体规划（2021—2035年）\n\n{BODY}"),
            title: "某某区国土空间总体规划（2021—2035年）",
            issuers: &["上海市人民政府"],
            doc_number: Some("沪府〔2023〕5号"),
            date: Some("2023-02-01"),
            notice_paragraphs: 6,
            preamble: &[],
        },
        Front {
            name: "the signature's date in Chinese numerals",
            text: format!("上海市某某区绿化和市容管理局关于印发《某某区绿化市容“十五五”规划》的通知\n\n各街道办事处、镇人民政府：\n\n《某某区绿化市容“十五五”规划》已经区政府同意，现印发给你们，请认真贯彻执行。\n\n上海市某某区绿化和市容管理局\n\n二〇二六年七月九日\n\n某某区绿化市容“十五五”规划\n\n为推进本区绿化建设，制定本规划。\n\n{BODY}"),
            title: "某某区绿化市容“十五五”规划",
            issuers: &["上海市某某区绿化和市容管理局"],
            doc_number: None,
            date: Some("2026-07-09"),
            notice_paragraphs: 5,
            preamble: &["为推进本区绿化建设，制定本规划。"],
        },
        Front {
            name: "no notice at all",
            text: format!("某某区绿色低碳产业发展“十五五”规划\n\n“十五五”时期是重要时期。\n\n{BODY}"),
            title: "某某区绿色低碳产业发展“十五五”规划",
            issuers: &[],
            doc_number: None,
            date: None,
            notice_paragraphs: 0,
            preamble: &["“十五五”时期是重要时期。"],
        },
    ];
    for c in cases {
        let (p, _) = parse(&c.text);
        let m = &p.meta;
        assert_eq!(m.title, c.title, "{}", c.name);
        assert_eq!(m.issuers, c.issuers, "{}", c.name);
        assert_eq!(m.doc_number.as_deref(), c.doc_number, "{}", c.name);
        assert_eq!(m.date.as_deref(), c.date, "{}", c.name);
        assert_eq!(
            p.notice.len(),
            c.notice_paragraphs,
            "{}: {:?}",
            c.name,
            p.notice
        );
        let pre = texts(&p.preamble);
        assert_eq!(pre, c.preamble, "{}", c.name);
        assert_eq!(p.chapters.len(), 1, "{}", c.name);
        assert_eq!(p.chapters[0].title, "总体目标", "{}", c.name);
    }
}

#[test]
fn four_heading_levels_standalone_and_run_in() {
    let cases: Vec<(&str, &str, Vec<&str>)> = vec![
        (
            "一、 › （一） › 1. standalone › （1） standalone, numbering restarting per parent",
            "规划\n\n一、主要任务\n\n（一）建设公园\n\n1.新建公园\n\n新建公园10座。\n\n（1）城市公园\n\n建设城市公园。\n\n（2）口袋公园\n\n建设口袋公园。\n\n2.改造公园\n\n改造公园5座。\n\n（二）建设绿道\n\n1.市级绿道\n\n建设市级绿道。\n",
            vec![
                "h1 一、|主要任务",
                "h2 （一）|建设公园",
                "h3 1.|新建公园",
                "p 新建公园10座。",
                "h4 （1）|城市公园",
                "p 建设城市公园。",
                "h4 （2）|口袋公园",
                "p 建设口袋公园。",
                "h3 2.|改造公园",
                "p 改造公园5座。",
                "h2 （二）|建设绿道",
                "h3 1.|市级绿道",
                "p 建设市级绿道。",
            ],
        ),
        (
            "ASCII (一), run-in 1.标题。正文 numbered on across parents",
            "规划\n\n一、主要任务\n\n(一)构筑产业生态\n\n1.加快平台建设。推动园区转型。\n\n2.培育特色产业。支持新兴产业。\n\n(二)健全管理体系\n\n3.优化先导管理。落实双控制度。\n",
            vec![
                "h1 一、|主要任务",
                "h2 (一)|构筑产业生态",
                "h3 1.|加快平台建设。",
                "p 推动园区转型。",
                "h3 2.|培育特色产业。",
                "p 支持新兴产业。",
                "h2 (二)|健全管理体系",
                "h3 3.|优化先导管理。",
                "p 落实双控制度。",
            ],
        ),
        (
            "第X部分 › 一、 › （一） › 1、",
            "规划\n\n第一部分 发展基础\n\n一、主要成效\n\n（一）就业稳定\n\n1、新增岗位\n\n新增岗位10万个。\n\n2、失业率下降\n\n失业率下降到5%。\n",
            vec![
                "h1 第一部分|发展基础",
                "h2 一、|主要成效",
                "h3 （一）|就业稳定",
                "h4 1、|新增岗位",
                "p 新增岗位10万个。",
                "h4 2、|失业率下降",
                "p 失业率下降到5%。",
            ],
        ),
        (
            "whole sentences, 一是, —— goal lines and bare lists are not headings",
            "规划\n\n一、主要任务\n\n（一）基本原则\n\n1.坚持条块协同，统筹推进全区城市更新和历史风貌保护工作，提升系统性。体现协同。\n\n2.内外整合；主次联动，增强整体性。需要联动。\n\n一是加强监管。二是完善制度。\n\n——到2030年，建成公园城市。\n\n（二）项目计划\n\n通过3个项目推进建设。\n\n1.甲公园建设工程\n\n2.乙绿道建设工程\n\n3.丙林地建设工程\n",
            vec![
                "h1 一、|主要任务",
                "h2 （一）|基本原则",
                "p 1.坚持条块协同，统筹推进全区城市更新和历史风貌保护工作，提升系统性。体现协同。",
                "p 2.内外整合；主次联动，增强整体性。需要联动。",
                "p 一是加强监管。二是完善制度。",
                "p ——到2030年，建成公园城市。",
                "h2 （二）|项目计划",
                "p 通过3个项目推进建设。",
                "p 1.甲公园建设工程",
                "p 2.乙绿道建设工程",
                "p 3.丙林地建设工程",
            ],
        ),
        (
            "第X章 › decimal sections 1.1 › 1.1.1, a figure that starts like the next number",
            "规划\n\n第一章 规划基础\n\n1.1 自然概况\n\n全县面积1486平方公里。\n\n1.2 水土流失现状\n\n1.2.1 流失面积\n\n流失面积294平方公里。\n\n1.2.2 流失强度\n\n以轻度为主。\n\n第二章 综合治理\n\n2.1 治理对象\n\n2.1万亩坡耕地中，已治理一半。\n\n2.2措施配置\n\n配置梯田和林草措施。\n",
            vec![
                "h1 第一章|规划基础",
                "h2 1.1|自然概况",
                "p 全县面积1486平方公里。",
                "h2 1.2|水土流失现状",
                "h3 1.2.1|流失面积",
                "p 流失面积294平方公里。",
                "h3 1.2.2|流失强度",
                "p 以轻度为主。",
                "h1 第二章|综合治理",
                "h2 2.1|治理对象",
                "p 2.1万亩坡耕地中，已治理一半。",
                "h2 2.2|措施配置",
                "p 配置梯田和林草措施。",
            ],
        ),
        (
            "a run whose next line is a whole sentence is a list, even if its first looks titled",
            "规划\n\n一、发展目标\n\n（一）主要目标\n\n（1）新建民用建筑执行绿色建筑标准。其中公共建筑执行二星级。\n\n（2）完善全过程监管体系，将绿色建筑纳入验收。\n",
            vec![
                "h1 一、|发展目标",
                "h2 （一）|主要目标",
                "p （1）新建民用建筑执行绿色建筑标准。其中公共建筑执行二星级。",
                "p （2）完善全过程监管体系，将绿色建筑纳入验收。",
            ],
        ),
    ];
    for (name, text, want) in cases {
        let (p, _) = parse(text);
        assert_eq!(all_outline(&p), want, "{name}");
    }
}

#[test]
fn web_text_is_never_joined_and_paged_text_is_joined_at_page_numbers() {
    // Web text: a short unpunctuated numbered line followed by a paragraph is a heading.
    let web = "规划\n\n一、发展基础\n\n（一）重点项目\n\n1.旧区改造\n\n全年完成旧改10万平方米。\n";
    let (p, report) = parse(web);
    assert_eq!(
        all_outline(&p),
        vec![
            "h1 一、|发展基础",
            "h2 （一）|重点项目",
            "h3 1.|旧区改造",
            "p 全年完成旧改10万平方米。"
        ]
    );
    assert!(report.repairs.is_empty(), "{:?}", report.repairs);
    // Without page evidence, a paragraph that ends mid-sentence stays as written.
    let web_cut = "规划\n\n一、发展基础\n\n服务供给不足的问题\n\n依然突出。\n";
    let (p, report) = parse(web_cut);
    assert_eq!(p.chapters[0].blocks.len(), 2);
    assert!(report.repairs.is_empty());
    // It is listed; names in a numbered list or in a 专栏 are not (they end with no stop).
    let cut: Vec<&str> = report
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .filter(|m| m.contains("ends mid-sentence"))
        .collect();
    assert_eq!(cut, ["ch1-p1 ends mid-sentence: `…服务供给不足的问题`"]);
    let names = "规划\n\n一、主要任务\n\n推进绿化建设。\n\n1.松江新城绿环建设工程\n\n2.泖港片林湿地生态修复工程\n\n专栏1 重点工程\n\n滨江绿道贯通工程\n\n新建绿道10公里。\n";
    let (_, report) = parse(names);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // A web page's line broken inside a title it opened: one paragraph, the join listed.
    let quoted =
        "规划\n\n一、发展基础\n\n根据《上海市老龄事业发展“十四\n五”规划》的要求，编制本规划。\n";
    let (p, report) = parse(quoted);
    assert_eq!(
        all_outline(&p),
        vec![
            "h1 一、|发展基础",
            "p 根据《上海市老龄事业发展“十四五”规划》的要求，编制本规划。"
        ]
    );
    assert_eq!(report.repairs.len(), 1, "{:?}", report.repairs);
    assert_eq!(report.repairs[0].lines, vec![5, 6]);
    // A quotation over paragraphs opens each with `“`: each paragraph stays its own.
    let long = "规划\n\n一、发展基础\n\n“坚持人民至上。\n\n“坚持系统观念。”\n";
    let (p, _) = parse(long);
    assert_eq!(p.chapters[0].blocks.len(), 2);
    // Nor the list of the annexes closing the body, names of annexes, not sentences.
    let annexes =
        "规划\n\n一、保障措施\n\n加强组织领导。\n\n附件：1.沂水县应急物资保障名词解释\n\n\
                   2.沂水县应急物资保障重点项目表\n";
    let (_, report) = parse(annexes);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // A page number between the halves is the evidence: joined, listed, the number set aside.
    let paged = "规划\n\n一、发展基础\n\n服务供给不足的问题\n\n- 2 -\n\n依然突出。\n";
    let (p, report) = parse(paged);
    assert_eq!(
        all_outline(&p),
        vec!["h1 一、|发展基础", "p 服务供给不足的问题依然突出。"]
    );
    assert_eq!(report.repairs.len(), 1);
    assert_eq!(report.repairs[0].kind, "join");
    assert_eq!(report.repairs[0].lines, vec![5, 9]);
    assert_eq!(report.set_aside.len(), 1);
    assert_eq!(
        (report.set_aside[0].kind.as_str(), report.set_aside[0].line),
        ("page-number", 7)
    );
}

#[test]
fn a_second_source_date_or_draft_line_stays_as_text() {
    // The first of each is the plan's metadata; a second one of the same kind stays, as a
    // paragraph before the body (it once replaced the first, and the import failed its check).
    for (lines, first, second) in [
        (
            "来源：市政府办公厅\n\n来源：市发展改革委",
            "市政府办公厅",
            "来源：市发展改革委",
        ),
        ("2021年9月2日\n\n2021年9月", "2021-09-02", "2021年9月"),
        ("（征求意见稿）\n\n(拟文稿)", "（征求意见稿）", "(拟文稿)"),
    ] {
        let (p, _) = parse(&format!("某市就业规划\n\n{lines}\n\n{BODY}"));
        let meta = format!(
            "{:?} {:?} {:?}",
            p.meta.source, p.meta.date, p.meta.draft_label
        );
        assert!(meta.contains(first), "{lines}: {meta}");
        assert_eq!(texts(&p.preamble), vec![second.to_string()], "{lines}");
    }
}

#[test]
fn a_tab_table_takes_the_caption_below_it_only_before_a_heading() {
    let rows = "指标\t2025年\t2030年\n城镇新增就业(万人)\t50\t55\n调查失业率(%)\t5\t5";
    let below =
        format!("规划\n\n一、主要指标\n\n{rows}\n\n“十五五”主要指标\n\n二、任务\n\n加快建设。\n");
    let (p, _) = parse(&below);
    assert_eq!(p.tables[0].title, "“十五五”主要指标");
    assert!(p.tables[0].caption_below);
    // The caption of the next table is that table's.
    let next = format!("规划\n\n一、主要指标\n\n{rows}\n\n表2 “十四五”完成情况\n\n{rows}\n\n二、任务\n\n加快建设。\n");
    let (p, _) = parse(&next);
    assert_eq!(p.tables[0].title, "");
    assert_eq!(p.tables[1].title, "表2 “十四五”完成情况");
    assert!(!p.tables[1].caption_below);
}

/// The seed lines set aside as `kind`.
fn set_aside(report: &import::report::Report, kind: &str) -> Vec<usize> {
    report
        .set_aside
        .iter()
        .filter(|s| s.kind == kind)
        .map(|s| s.line)
        .collect()
}

#[test]
fn running_heads_and_feet_at_page_breaks_are_set_aside_and_nothing_else() {
    // The title over each page and an office's name under it, next to the page numbers: set
    // aside and listed; the paragraph the page cut is joined.
    let booklet = "某市“十五五”交通发展规划\n\n一、发展基础\n\n全市综合交通体系加快完善，运营里程达到\n\n\
                   某市交通委员会编制\n\n— 1 —\n\n某市“十五五”交通发展规划\n\n300公里。\n\n\
                   二、主要任务\n\n优化公交线网。\n\n加快建设地铁3号线、5号线，推进市域铁路建设，提升服务。\n\n\
                   某市交通委员会编制\n\n— 2 —\n\n某市“十五五”交通发展规划\n\n提高公交准点率。\n";
    let (p, report) = parse(booklet);
    assert_eq!(
        all_outline(&p),
        vec![
            "h1 一、|发展基础",
            "p 全市综合交通体系加快完善，运营里程达到300公里。",
            "h1 二、|主要任务",
            "p 优化公交线网。",
            "p 加快建设地铁3号线、5号线，推进市域铁路建设，提升服务。",
            "p 提高公交准点率。",
        ]
    );
    assert_eq!(set_aside(&report, "running-head"), vec![7, 11, 21, 25]);
    assert_eq!(set_aside(&report, "page-number"), vec![9, 23]);
    // One page break: the title is known from the cover, so its one running head is set aside.
    let one = "某市“十五五”交通发展规划\n\n一、发展基础\n\n运营里程达到\n\n— 1 —\n\n\
               某市“十五五”交通发展规划\n\n300公里。\n";
    let (p, report) = parse(one);
    assert_eq!(
        all_outline(&p),
        vec!["h1 一、|发展基础", "p 运营里程达到300公里。"]
    );
    assert_eq!(set_aside(&report, "running-head"), vec![9]);
    // A table's row names next to their bare values, twice, are the table's: nothing is set
    // aside as a running head, and every name and value stays in the table.
    let table = "规划\n\n一、主要指标\n\n指标\t2025年\t2030年\n\n城镇新增就业人数\n\n30\n\n35\n\n\
                 二、任务\n\n指标\t2025年\t2030年\n\n城镇新增就业人数\n\n40\n\n45\n";
    let (p, report) = parse(table);
    assert!(set_aside(&report, "running-head").is_empty(), "{report:?}");
    let cells: String = p
        .tables
        .iter()
        .flat_map(|t| t.rows.iter())
        .map(|r| format!("{}{}", r.name, r.cells.concat()))
        .collect();
    let body: String = all_outline(&p).concat();
    assert_eq!(
        format!("{body}{cells}").matches("城镇新增就业人数").count(),
        2,
        "{body} / {cells}"
    );
    // Two tables of one cell per line, with the same row name after a growing row number in
    // each: the row numbers are no page numbers, the names stay in their tables.
    let cells = |xs: &[&str]| xs.join("\n\n");
    let two = format!(
        "某市就业规划\n\n一、发展基础\n\n“十四五”期间就业形势稳定。\n\n表1 “十四五”主要指标完成情况\n\n{}\n\n\
         二、主要目标\n\n到2030年，就业更加充分。\n\n表2 “十五五”主要指标\n\n{}\n\n三、保障措施\n\n加强组织领导。\n",
        cells(&[
            "序号", "指标名称", "单位", "2020年", "2025年", "1", "城镇新增就业人数", "万人", "50",
            "55", "2", "城镇调查失业率", "%", "5", "5.5", "3", "职业技能培训人次", "万人次", "30",
            "35",
        ]),
        cells(&[
            "序号", "指标名称", "单位", "2025年", "2030年", "1", "就业困难人员就业", "万人", "3",
            "4", "2", "养老保险参保人数", "万人", "1500", "1600", "3", "城镇新增就业人数", "万人",
            "55", "60",
        ]),
    );
    let (p, report) = parse(&two);
    assert!(set_aside(&report, "running-head").is_empty(), "{report:?}");
    let kept = p
        .tables
        .iter()
        .flat_map(|t| t.rows.iter())
        .filter(|r| r.name == "城镇新增就业人数" || r.cells.iter().any(|c| c == "城镇新增就业人数"))
        .count();
    assert_eq!(kept, 2, "{:?}", p.tables);
    // A line that stands next to page numbers but also in the body is the body's.
    let quoted = "规划\n\n一、发展基础\n\n第一段内容在这里。\n\n— 1 —\n\n推进城乡融合发展\n\n\
                  第二段内容在这里。\n\n第三段内容在这里。\n\n推进城乡融合发展\n\n第四段内容在这里。\n\n\
                  第五段内容在这里。\n\n推进城乡融合发展\n\n— 2 —\n\n第六段内容在这里。\n";
    let (p, report) = parse(quoted);
    assert!(set_aside(&report, "running-head").is_empty(), "{report:?}");
    assert_eq!(
        all_outline(&p).concat().matches("推进城乡融合发展").count(),
        3
    );
}

#[test]
fn footers_of_page_n_of_m_are_page_numbers_in_the_text_and_after_a_table() {
    // A PDF's text whose pages end with `第 N 页 共 M 页`: the footer is set aside between the
    // two halves of a paragraph cut by the page break, which are joined, and after the notes of
    // the last table it is no note of that table.
    let text = "某市信用规划\n一、发展基础\n全市信用体系建设取得积极进展，\n第 1 页 共 2 页\n\u{c}                信用信息平台基本建成。\n二、重点项目\n表1 重点项目表\n序号\n项目名称\n总投资\n                1\n信用平台三期\n3200\n2\n信用监管系统\n1500\n                注：投资为估算数，以项目批复为准。\n第 2 页 共 2 页\n";
    let (p, report) = parse(text);
    assert_eq!(
        all_outline(&p)[..2],
        [
            "h1 一、|发展基础",
            "p 全市信用体系建设取得积极进展，信用信息平台基本建成。"
        ]
    );
    assert_eq!(set_aside(&report, "page-number"), vec![4]);
    assert_eq!(
        p.tables[0].notes,
        vec!["注：投资为估算数，以项目批复为准。"]
    );
    assert!(
        !all_outline(&p).concat().contains("第 2 页"),
        "{:?}",
        all_outline(&p)
    );
}

#[test]
fn an_annex_caption_over_a_unit_line_captions_its_table() {
    // `附件：…项目表` over `单位：万元` and the table: the table is captioned by the annex's
    // title with its unit, and the annex keeps its label, headed by that caption.
    let text = "某市信用规划\n\n一、主要任务\n\n加强信用建设。\n\n附件：某市信用建设重点项目表\n\n单位：万元\n\n                序号\n\n项目名称\n\n总投资\n\n1\n\n信用平台三期\n\n3200\n\n2\n\n信用监管系统\n\n1500\n";
    let (p, _) = parse(text);
    assert_eq!(p.tables.len(), 1, "{:?}", p.tables);
    assert_eq!(p.tables[0].title, "某市信用建设重点项目表 单位：万元");
    assert_eq!(p.annexes.len(), 1);
    assert_eq!(p.annexes[0].caption, "附件：");
    assert_eq!(
        p.annexes[0].heading(&p.tables),
        "附件：某市信用建设重点项目表"
    );
    // An annex with a title line of its own keeps its caption; the unit line stays the table's.
    let titled = text.replace("单位：万元", "某市信用建设重点项目表\n\n单位：万元");
    let (p, _) = parse(&titled);
    assert_eq!(p.annexes[0].caption, "附件：某市信用建设重点项目表");
}

#[test]
fn an_annex_caption_going_on_in_the_line_below_is_one_caption() {
    // `附件：…体系建设` / `“十五五”重点项目表`: the annex's caption is the two joined, the table
    // under the title line its own.
    let text = "某区垃圾分类规划\n\n一、主要任务\n\n推进分类。\n\n附件：某区生活垃圾全程分类体系建设\n“十五五”重点项目表\n\n某区生活垃圾全程分类体系建设“十五五”重点项目表\n\n序号\n\n项目名称\n\n总投资\n\n1\n\n分类驿站提升\n\n3200\n\n2\n\n湿垃圾处理厂\n\n1500\n";
    let (p, _) = parse(text);
    assert_eq!(p.annexes.len(), 1);
    assert_eq!(
        p.annexes[0].caption,
        "附件：某区生活垃圾全程分类体系建设“十五五”重点项目表"
    );
    assert_eq!(p.tables.len(), 1, "{:?}", p.tables);
    assert_eq!(p.tables[0].rows.len(), 2);
    // With no title line under it, the table right under the caption's second line: that line
    // is the caption's still, not the table's own (`附件：…“十五五”` / `重点项目清单`).
    let text = "某区养老规划\n\n一、主要任务\n\n完善设施。\n\n附件：某区养老服务设施“十五五”\n重点项目清单\n\n项目类型\n\n序号\n\n项目名称\n\n建设年限\n\n机构养老\n\n1\n\n区福利院改扩建\n\n2026—2028年\n\n2\n\n北片养老院新建\n\n2027—2029年\n";
    let (p, _) = parse(text);
    assert_eq!(p.annexes.len(), 1);
    assert_eq!(
        p.annexes[0].caption,
        "附件：某区养老服务设施“十五五”重点项目清单"
    );
    assert_eq!(p.tables.len(), 1, "{:?}", p.tables);
    assert_eq!(p.tables[0].title, "");
    assert_eq!(p.tables[0].columns[0], "项目类型");
    assert_eq!(p.tables[0].rows.len(), 2);
}

#[test]
fn a_caption_of_standards_under_a_box_title_captions_the_box_table() {
    // `专栏2 …配置指引` / `…分级配置标准` / the header: the second line is the table's caption,
    // not its first header cell.
    let text = "某区养老规划\n\n一、主要任务\n\n完善设施。\n\n专栏2  社区养老服务设施配置指引\n\n社区养老服务设施分级配置标准\n\n设施层级\n\n设施名称\n\n服务人口规模（万人）\n\n配置要求\n\n街镇级\n\n综合为老服务中心\n\n5—10\n\n每个街镇至少1处\n\n居村级\n\n日间照护机构\n\n1—1.5\n\n独立设置\n\n二、保障措施\n\n加强领导。\n";
    let (p, _) = parse(text);
    assert_eq!(p.tables.len(), 1, "{:?}", p.tables);
    assert_eq!(p.tables[0].title, "社区养老服务设施分级配置标准");
    assert_eq!(
        p.tables[0].columns,
        ["设施层级", "设施名称", "服务人口规模（万人）", "配置要求"]
    );
    assert_eq!(p.tables[0].rows.len(), 2);
}

#[test]
fn a_table_note_cut_by_a_page_number_is_joined_and_a_note_without_a_full_stop_is_not() {
    // A table of one cell per line, as web pages give them, with a note under it.
    let table = |note: &str| {
        let cells = [
            "序号",
            "指标名称",
            "单位",
            "属性",
            "2025年",
            "2030年",
            "1",
            "公园数量",
            "座",
            "预期性",
            "1100",
            "1600",
            "2",
            "森林覆盖率*",
            "%",
            "约束性",
            "14.1",
            "14.6",
        ];
        format!(
            "规划\n\n一、主要指标\n\n主要指标\n\n{}\n\n{note}",
            cells.join("\n\n")
        )
    };
    let cut = format!(
        "{}\n\n— 3 —\n\n林覆盖率14.1%。\n\n二、任务\n\n加快建设。\n",
        table("注：*指标测算分母调整为国土调查控制面积8617平方公里，森")
    );
    let (p, report) = parse(&cut);
    assert_eq!(
        p.tables[0].notes,
        vec!["注：*指标测算分母调整为国土调查控制面积8617平方公里，森林覆盖率14.1%。"]
    );
    assert!(
        report
            .repairs
            .iter()
            .any(|r| r.kind == "join" && r.detail.contains("note of table t1")),
        "{:?}",
        report.repairs
    );
    assert_eq!(set_aside(&report, "page-number").len(), 1);
    // Without a page number between them, a note that ends without a full stop stays as it is
    // and the paragraph after it a paragraph.
    let plain = format!(
        "{}\n\n全市森林覆盖率稳步提高。\n\n— 3 —\n\n二、任务\n\n加快建设。\n",
        table("注：*为约束性指标")
    );
    let (p, _) = parse(&plain);
    assert_eq!(p.tables[0].notes, vec!["注：*为约束性指标"]);
    assert!(all_outline(&p).contains(&"p 全市森林覆盖率稳步提高。".to_string()));
}

#[test]
fn annexes_become_their_own_parts() {
    // `附件：标题` then the page's repeated `附件` / `标题`, then numbered definitions.
    let text = "规划\n\n一、保障措施\n\n加强组织领导。\n\n附件：主要指标解释\n附件\n主要指标解释\n\n1.人均公园绿地面积：指城区内平均每个常住人口拥有的公园绿地面积。\n2.森林覆盖率：指森林面积占土地总面积的比例。\n";
    let (p, report) = parse(text);
    assert_eq!(p.chapters.len(), 1);
    assert_eq!(
        outline_of(&p.chapters[0]),
        vec!["h1 一、|保障措施", "p 加强组织领导。"]
    );
    assert_eq!(p.annexes.len(), 1);
    let a = &p.annexes[0];
    assert_eq!((a.number, a.caption.as_str()), (1, "附件：主要指标解释"));
    assert_eq!(
        texts(&a.blocks),
        vec![
            "附件",
            "主要指标解释",
            "1.人均公园绿地面积：指城区内平均每个常住人口拥有的公园绿地面积。",
            "2.森林覆盖率：指森林面积占土地总面积的比例。"
        ]
    );
    assert_eq!(report.counts.annexes, 1);

    // Numbered, twice: `附件1：…` / `附件1` / `…` repeats its caption as `附件：` does.
    let text = "规划\n\n一、保障措施\n\n加强组织领导。\n\n附件1：重点项目表\n附件1\n重点项目表\n甲项目，2026年开工。\n\n附件2：主要指标解释\n附件2\n主要指标解释\n1.森林覆盖率：指森林面积占土地总面积的比例。\n";
    let (p, _) = parse(text);
    let captions: Vec<&str> = p.annexes.iter().map(|a| a.caption.as_str()).collect();
    assert_eq!(captions, vec!["附件1：重点项目表", "附件2：主要指标解释"]);
    assert_eq!(
        texts(&p.annexes[1].blocks),
        vec![
            "附件2",
            "主要指标解释",
            "1.森林覆盖率：指森林面积占土地总面积的比例。"
        ]
    );

    // A list of annexes (`附件：` + `1. …`) stays in the text; each `附件N：` opens one.
    let text = "规划\n\n一、保障措施\n\n加强组织领导。\n\n附件：\n\n1.重点项目表\n\n2.指标解释\n\n附件1：重点项目表\n\n甲项目，2026年开工。\n\n附件2：指标解释\n\n绿地率：绿地面积占用地面积的比例。\n";
    let (p, _) = parse(text);
    assert_eq!(
        outline_of(&p.chapters[0]),
        vec![
            "h1 一、|保障措施",
            "p 加强组织领导。",
            "p 附件：",
            "p 1.重点项目表",
            "p 2.指标解释"
        ]
    );
    let captions: Vec<&str> = p.annexes.iter().map(|a| a.caption.as_str()).collect();
    assert_eq!(captions, vec!["附件1：重点项目表", "附件2：指标解释"]);
    // A figure's caption with a chapter after it stays where it is, as text of its chapter.
    let text = "规划\n\n一、空间布局\n\n构建多中心格局。\n\n附图：城市空间功能结构规划图\n\n二、保障措施\n\n加强组织领导。\n";
    let (p, _) = parse(text);
    assert!(p.annexes.is_empty());
    assert_eq!(
        outline_of(&p.chapters[0]),
        vec![
            "h1 一、|空间布局",
            "p 构建多中心格局。",
            "p 附图：城市空间功能结构规划图"
        ]
    );
    // After the last chapter, an appended figure is an annex, the lines a web page repeats under
    // its caption its text (the figure itself is not in the text).
    let text = "规划\n\n一、空间布局\n\n构建多中心格局。\n\n附图：城市空间功能结构规划图\n\n附图\n\n城市空间功能结构规划图\n";
    let (p, report) = parse(text);
    assert_eq!(
        outline_of(&p.chapters[0]),
        vec!["h1 一、|空间布局", "p 构建多中心格局。"]
    );
    let a = &p.annexes[0];
    assert_eq!(a.caption, "附图：城市空间功能结构规划图");
    assert_eq!(texts(&a.blocks), ["附图", "城市空间功能结构规划图"]);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // Its page says the figure itself is not on the site; an annex of text says nothing so.
    let project = Project::import(&[("figure", text)]);
    project.build();
    let page = std::fs::read_to_string(project.public().join("figure/annex1.html")).unwrap();
    assert!(
        page.contains("<span class=\"rn-l\">附图</span>原文此处为图，文本中没有，本站未收录。"),
        "{page}"
    );
    let project = Project::import(&[("text", "规划\n\n一、空间布局\n\n构建多中心格局。\n\n附件1：名词解释\n\n绿地率：绿地面积占用地面积的比例。\n")]);
    project.build();
    let page = std::fs::read_to_string(project.public().join("text/annex1.html")).unwrap();
    assert!(!page.contains("原文此处为图"), "{page}");
    // Figures listed one after another, each caption with its title: an annex each.
    let text = "规划\n\n一、空间布局\n\n构建多中心格局。\n\n附图1 地下空间现状图\n\n附图2 地下空间管制分区图\n\n附图3 地下交通设施规划图\n";
    let (p, _) = parse(text);
    let captions: Vec<&str> = p.annexes.iter().map(|a| a.caption.as_str()).collect();
    assert_eq!(
        captions,
        [
            "附图1 地下空间现状图",
            "附图2 地下空间管制分区图",
            "附图3 地下交通设施规划图"
        ]
    );
}

#[test]
fn lower_headings_and_annexes_survive_the_content_round_trip() {
    let text = "规划\n\n一、主要任务\n\n（一）建设公园\n\n1.新建公园\n\n新建公园10座。\n\n（1）城市公园\n\n建设城市公园。\n\n附件1：重点项目表\n\n甲项目，2026年开工。\n";
    let imported = import::import_bytes(Path::new("round.txt"), text.as_bytes()).unwrap();
    let chapter = &imported.files["01.md"];
    assert!(chapter.contains("\n### 1\\.新建公园\n"), "{chapter}");
    assert!(chapter.contains("\n#### （1）城市公园\n"), "{chapter}");
    let annex = &imported.files["annex1.md"];
    assert!(
        annex.starts_with("+++\nnumber = 1\ncaption = \"附件1：重点项目表\"\n"),
        "{annex}"
    );
    assert!(annex.contains("甲项目，2026年开工。"), "{annex}");
    // Read back through the loader.
    let plan = Project::import(&[("round", text)]).site().plans.remove(0);
    assert_eq!(
        all_outline(&plan),
        vec![
            "h1 一、|主要任务",
            "h2 （一）|建设公园",
            "h3 1.|新建公园",
            "p 新建公园10座。",
            "h4 （1）|城市公园",
            "p 建设城市公园。"
        ]
    );
    assert_eq!(plan.annexes.len(), 1);
    assert_eq!(plan.annexes[0].caption, "附件1：重点项目表");
    // Lower headings are units with anchors and citations that name every level.
    let units = plansite::link::units(&plan);
    let h: Vec<(&str, &str)> = units
        .iter()
        .filter(|u| u.kind == plansite::link::UnitKind::Heading)
        .map(|u| (u.anchor.as_str(), u.citation.as_str()))
        .collect();
    assert_eq!(
        h,
        vec![
            ("ch1-s1-h1", "《规划》第一部分（一）1."),
            ("ch1-s1-h2", "《规划》第一部分（一）1.（1）")
        ]
    );
    let a = units
        .iter()
        .find(|u| u.kind == plansite::link::UnitKind::AnnexHeading)
        .unwrap();
    assert_eq!(
        (a.page.as_str(), a.anchor.as_str()),
        ("round/annex1.html", "annex1")
    );
}

/// What a word processor or a web page adds to a plan: a table of contents before an
/// introduction, tabs after heading numbers and around paragraphs.
#[test]
fn a_table_of_contents_before_the_introduction_and_word_processor_tabs() {
    let title = "上海市某某区绿化“十五五”规划";
    let intro = "为推进本区绿化建设，根据有关规划，制定本规划。";
    let body = "一、发展基础\n\n（一）主要成效。新建公园20座。\n\n二、主要任务\n\n推进绿化建设。\n";
    // Entries of run-in headings end in 。 like sentences; their numbers tell them apart.
    let toc = "目 录\n\n一、发展基础\n\n（一）主要成效。\n\n二、主要任务\n\n";
    // The introduction after the entries, after a 前言 listed in them, after the title again.
    for (between, preamble) in [
        (format!("{intro}\n\n"), vec![intro]),
        (format!("前言\n\n{intro}\n\n"), vec!["前言", intro]),
        (format!("{title}\n\n{intro}\n\n"), vec![intro]),
    ] {
        let toc = if between.starts_with("前言") {
            "目 录\n\n前言\n\n一、发展基础\n\n（一）主要成效。\n\n二、主要任务\n\n".to_string()
        } else {
            toc.to_string()
        };
        let (plan, report) = parse(&format!("{title}\n\n{toc}{between}{body}"));
        assert_eq!(texts(&plan.preamble), preamble, "{between:?}");
        assert_eq!(
            all_outline(&plan),
            [
                "h1 一、|发展基础",
                "h2 （一）|主要成效。",
                "p 新建公园20座。",
                "h1 二、|主要任务",
                "p 推进绿化建设。"
            ],
            "{between:?}"
        );
        assert!(report.warnings.is_empty(), "{:?}", report.warnings);
        let again = report.set_aside.iter().filter(|s| s.kind == "cover-again");
        assert_eq!(again.count(), usize::from(between.starts_with(title)));
    }

    // Tabs after the numbers of headings, after a heading, around paragraphs.
    let tabbed = format!(
        "{title}\n\n一、\t总体要求\n\n\t{intro}\n\n（一）\t发展基础\t\n\n新建公园20座。\t\n\n\
         第二章是正文\n\n二、\t主要任务\n\n推进绿化建设。\n"
    );
    let (plan, _) = parse(&tabbed);
    assert!(plan.tables.is_empty(), "{:?}", plan.tables);
    assert_eq!(
        all_outline(&plan),
        [
            "h1 一、|总体要求",
            &format!("p {intro}"),
            "h2 （一）|发展基础",
            "p 新建公园20座。",
            "p 第二章是正文",
            "h1 二、|主要任务",
            "p 推进绿化建设。"
        ]
    );

    // A tab table whose category rows have tabs only after their text, then lines with one tab
    // after them (every line of a word processor's export may end in one).
    let table = format!(
        "{title}\n一、总体要求\t\n新建公园。\t\n指标\t单位\t目标\t属性\n（一）绿化\t\t\t\n\
         公园数\t座\t20\t预期性\n推进绿化建设。\t\n二、主要任务\t\n加强组织领导。\t\n"
    );
    let (plan, _) = parse(&table);
    assert_eq!(plan.tables.len(), 1);
    assert_eq!(plan.tables[0].rows.len(), 2, "{:?}", plan.tables[0].rows);
    assert_eq!(
        all_outline(&plan),
        [
            "h1 一、|总体要求",
            "p 新建公园。",
            "table t1",
            "p 推进绿化建设。",
            "h1 二、|主要任务",
            "p 加强组织领导。"
        ]
    );
}

/// A web page keeps a plan's contents without page numbers: nothing was cut at a page break, so
/// a 专栏's names over their text stay apart, and an annex's entry (`附件2：名词解释`) names
/// the annex captioned `附件2` over `名词解释`, or `附件1` over a table captioned `重点项目表`.
#[test]
fn a_web_page_s_contents_do_not_make_a_plan_paged() {
    let title = "某某区消防事业发展“十四五”规划";
    let body = "一、发展基础\n\n（一）主要成效\n\n新建消防站2个。\n\n专栏1 消防站改造\n\n\
                控江消防救援站\n\n对营房主体结构进行加固。\n\n平凉消防救援站\n\n实施营房综合修缮。\n\n\
                二、主要任务\n\n推进消防站建设。\n\n附件1\n\n{}\n附件2\n\n名词解释\n\n\
                1.小型消防站：指建筑面积较小的消防站。\n";
    let body = body.replace("{}", &project_table("重点项目表"));
    let toc = |page: bool| {
        let n = |k: u32| {
            if page {
                format!("……{k}")
            } else {
                String::new()
            }
        };
        format!(
            "目　录\n\n一、发展基础{}\n\n（一）主要成效{}\n\n二、主要任务{}\n\n\
             附件1：重点项目表\n\n附件2：名词解释\n\n",
            n(1),
            n(2),
            n(5)
        )
    };
    let (plan, report) = parse(&format!("{title}\n\n{}{body}", toc(false)));
    let bx = plan.boxes()[0].2;
    assert_eq!(
        texts(&bx.blocks),
        [
            "控江消防救援站",
            "对营房主体结构进行加固。",
            "平凉消防救援站",
            "实施营房综合修缮。"
        ]
    );
    assert!(report.repairs.is_empty(), "{:?}", report.repairs);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let headings: Vec<String> = plan
        .annexes
        .iter()
        .map(|a| a.heading(&plan.tables))
        .collect();
    assert_eq!(headings, ["附件1 重点项目表", "附件2 名词解释"]);
    // Contents with page numbers, copied from the printed document onto the web page, and a
    // body without page numbers: nothing was cut at a page break either.
    let (plan, report) = parse(&format!("{title}\n\n{}{body}", toc(true)));
    assert_eq!(texts(&plan.boxes()[0].2.blocks).len(), 4);
    assert!(report.repairs.is_empty(), "{:?}", report.repairs);
    // With page numbers in the body too, the seed is paged: a paragraph cut at a page break is
    // joined again, the page number set aside.
    let cut = body.replace(
        "新建消防站2个。",
        "全区新建消防站\n\n2\n\n和小型消防站5个。",
    );
    let (plan, report) = parse(&format!("{title}\n\n{}{cut}", toc(true)));
    assert!(
        report.repairs.iter().any(|r| r.kind == "join"),
        "{:?}",
        report.repairs
    );
    assert!(texts(&plan.chapters[0].sections[0].blocks)
        .contains(&"全区新建消防站和小型消防站5个。".to_string()));
}

/// Contents whose first entry has no number (`序言……1`) end before the text's `序言`: that line
/// is the body's, not one more entry set aside with the contents.
#[test]
fn contents_opening_with_an_unnumbered_entry_end_before_the_text() {
    let src = "某县国民经济和社会发展第十五个五年规划纲要\n\n目录\n序言………………1\n               第一章 发展基础………………2\n第二章 总体要求………………6\n\n序言\n\n               “十五五”时期是关键时期。\n\n第一章 发展基础\n\n成就显著。\n\n               第二章 总体要求\n\n坚持稳中求进。\n";
    let (plan, report) = parse(src);
    let preamble = texts(&plan.preamble);
    assert!(preamble.iter().any(|t| t == "序言"), "{preamble:?}");
    assert_eq!(set_aside(&report, "toc"), [3]);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
}

/// A layout that centres heading numbers writes them on a line of their own, the title on the
/// next: each pair is one heading, listed as a repair; a number followed by a sentence is not.
#[test]
fn heading_numbers_on_a_line_of_their_own() {
    let text = "北京市某某“十四五”规划\n\n第一章\n\n总体要求\n\n第一节\n\n发展基础\n\n\
                就业形势总体稳定。\n\n专栏1\n\n公园建设工程\n\n新建城市公园5座。\n\n\
                专栏2：\n\n稳就业，保民生\n\n实施就业优先政策。\n\n\
                第二章\n\n主要任务\n\n（一）\n\n稳定就业\n\n二、\n\n扩大就业容量，提升就业质量。\n";
    let (plan, report) = parse(text);
    assert_eq!(
        all_outline(&plan),
        [
            "h1 第一章|总体要求",
            "h2 第一节|发展基础",
            "p 就业形势总体稳定。",
            "box 公园建设工程",
            "box 稳就业，保民生",
            "h1 第二章|主要任务",
            "p （一）稳定就业",
            "p 二、",
            "p 扩大就业容量，提升就业质量。",
        ]
    );
    let joined = report.repairs.iter().filter(|r| r.kind == "heading");
    assert_eq!(joined.count(), 6);
}

/// A heading whose title runs on to the next line (`三、主要任务：建设干净整洁有序安全` / `的城市环境`)
/// is one heading where the table of contents has the two lines as one entry; a 专栏 numbered
/// within its chapter (`专栏3-1`) over its title is one box title; a sentence that opens with a
/// chapter's name (`第三章提出的…`) is a paragraph with no warning, and so is a figure's caption
/// with its image gone (`图1 …`) and its source line, none of them a sentence cut short.
#[test]
fn a_heading_split_as_the_contents_show_a_box_numbered_in_its_chapter_and_sentences_that_look_like_headings(
) {
    let text = "某区市容环境卫生“十四五”规划\n\n目录\n\n一、发展基础\n\n二、主要任务：建设干净整洁有序安全的城市环境\n\n\
                一、发展基础\n\n环境卫生水平稳步提升。\n\n图1 2016—2020年生活垃圾清运量\n\n资料来源：区绿化市容局\n\n\
                二、主要任务：建设干净整洁有序安全\n\n的城市环境\n\n（一）提升道路保洁水平\n\n\
                第一章提出的目标，是本章任务的依据，各部门要抓好落实，确保各项任务按期完成。\n\n\
                专栏3-1\n\n道路保洁提升工程\n\n新增机扫车辆20辆。\n\n（二）完善环卫设施\n\n新建公厕10座。\n";
    let (plan, report) = parse(text);
    assert_eq!(
        all_outline(&plan),
        [
            "h1 一、|发展基础",
            "p 环境卫生水平稳步提升。",
            "p 图1 2016—2020年生活垃圾清运量",
            "p 资料来源：区绿化市容局",
            "h1 二、|主要任务：建设干净整洁有序安全的城市环境",
            "h2 （一）|提升道路保洁水平",
            "p 第一章提出的目标，是本章任务的依据，各部门要抓好落实，确保各项任务按期完成。",
            "box 道路保洁提升工程",
            "h2 （二）|完善环卫设施",
            "p 新建公厕10座。",
        ]
    );
    let repairs: Vec<&str> = report.repairs.iter().map(|r| r.detail.as_str()).collect();
    assert!(
        repairs.contains(&"heading `二、主要任务：建设干净整洁有序安全` + `的城市环境` split over two lines joined, as the table of contents has it"),
        "{repairs:?}"
    );
    assert!(
        repairs.contains(
            &"heading number `专栏3-1` and its title `道路保洁提升工程` on two lines joined"
        ),
        "{repairs:?}"
    );
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // An appended table's bare label over its title and the table: the annex is headed by both.
    let annexed = format!(
        "{text}\n附表\n\n重点项目表\n\n序号\n\n项目名称\n\n建设内容\n\n1\n\n道路保洁中心\n\n新建保洁中心1处\n\n\
         2\n\n环卫停车场\n\n新建停车场2处\n"
    );
    let (plan, _) = parse(&annexed);
    let headings: Vec<String> = plan
        .annexes
        .iter()
        .map(|a| a.heading(&plan.tables))
        .collect();
    assert_eq!(headings, ["附表 重点项目表"]);
    let bx = plan.chapters[1].sections[0]
        .blocks
        .iter()
        .find_map(|b| match b {
            plansite::model::Block::Box(bx) => Some(bx),
            _ => None,
        });
    assert_eq!(bx.map(|b| b.label.as_str()), Some("专栏3-1"));
}

/// A plan in 篇, 章 and 节 (as national and provincial outlines are): 篇 are the chapters, 章 the
/// sections and 节 the headings below them, numbered again in each 章.
#[test]
fn parts_chapters_and_sections_are_three_levels() {
    let text = "北京市某某“十四五”规划纲要\n\n第一篇 总体要求\n\n第一章 发展基础\n\n第一节 主要成效\n\n\
                “十三五”时期，各项事业取得显著成效。\n\n第二节 面临形势\n\n机遇与挑战并存。\n\n\
                第二篇 主要任务\n\n第二章 推进就业\n\n第一节 强化就业优先政策\n\n实施就业优先战略。\n";
    let (plan, report) = parse(text);
    assert_eq!(
        all_outline(&plan),
        [
            "h1 第一篇|总体要求",
            "h2 第一章|发展基础",
            "h3 第一节|主要成效",
            "p “十三五”时期，各项事业取得显著成效。",
            "h3 第二节|面临形势",
            "p 机遇与挑战并存。",
            "h1 第二篇|主要任务",
            "h2 第二章|推进就业",
            "h3 第一节|强化就业优先政策",
            "p 实施就业优先战略。",
        ]
    );
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
}

/// The title under a 专栏 number alone on its line names the box even when it reads like a table
/// caption and a table follows.
#[test]
fn a_split_box_title_is_not_taken_for_the_caption_of_its_table() {
    let text = "上海市某某区绿化“十五五”规划\n\n一、主要任务\n\n新建城市公园5座。\n\n专栏3\n\n\
                “十五五”绿化主要指标\n\n序号\n\n指标名称\n\n单位\n\n目标值\n\n1\n\n公园数量\n\n座\n\n\
                20\n\n2\n\n绿道长度\n\n公里\n\n50\n\n二、保障措施\n\n加强组织领导。\n";
    let (plan, _) = parse(text);
    assert_eq!(
        all_outline(&plan),
        [
            "h1 一、|主要任务",
            "p 新建城市公园5座。",
            "box “十五五”绿化主要指标",
            "h1 二、|保障措施",
            "p 加强组织领导。"
        ]
    );
    assert_eq!(plan.tables.len(), 1);
    assert_eq!(plan.tables[0].rows.len(), 2);
    assert_eq!(plan.tables[0].title, "");
}

/// A plan that ends with an appended project table, cell per line: its label `附表` on a line of
/// its own, the caption under it, and a number as the last cell.
const APPENDED_TABLE: &str = "某区“十四五”规划\n\n第一章 总则\n\n加快建设。\n\n附表\n\n“十四五”重大项目表\n\n序号\n\n项目名称\n\n建设内容\n\n总投资（亿元）\n\n1\n\n轨道交通某号线\n\n新建线路20公里\n\n200\n\n2\n\n区中心医院扩建\n\n新增床位500张\n\n15\n";

#[test]
fn a_number_ending_the_seed_is_a_page_number_only_after_a_sentence() {
    let (p, report) = parse(APPENDED_TABLE);
    assert!(p.meta.chrome.is_empty(), "{:?}", p.meta.chrome);
    assert!(set_aside(&report, "chrome").is_empty());
    // The appended table is an annex, headed by its label and caption.
    let a = &p.annexes[0];
    assert_eq!(
        (a.caption.as_str(), a.title.as_str()),
        ("附表", "“十四五”重大项目表")
    );
    let t = &p.tables[0];
    assert_eq!(t.title, "");
    assert_eq!(
        t.columns,
        ["序号", "项目名称", "建设内容", "总投资（亿元）"]
    );
    let rows: Vec<String> = t
        .rows
        .iter()
        .map(|r| format!("{} {}", r.name, r.cells.join("|")))
        .collect();
    assert_eq!(
        rows,
        [
            "1 轨道交通某号线|新建线路20公里|200",
            "2 区中心医院扩建|新增床位500张|15"
        ]
    );
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // After the last paragraph, the last page's number is chrome; so is one in page dress.
    for last in ["17", "— 17 —"] {
        let (p, report) = parse(&format!("某市就业规划\n\n{BODY}\n{last}\n"));
        assert_eq!(p.meta.chrome, [last]);
        assert_eq!(set_aside(&report, "chrome").len(), 1);
    }
}

#[test]
fn lines_of_a_table_a_box_holds_stay_in_the_box_up_to_a_heading_or_a_sentence() {
    // Cells the reader does not take for a table (no numbers, rows not filled) stay in the box
    // as paragraphs.
    let plan = |cells: &str| {
        format!(
            "某区养老服务规划\n\n一、主要任务\n\n（一）完善社区服务\n\n推进服务设施建设。\n\n专栏1 社区养老服务设施建设\n\n{cells}\n\n（二）推进长期护理保险制度\n\n稳步推进试点。\n"
        )
    };
    // The blocks of the box that closes the first section.
    fn box_blocks(p: &Plan) -> Vec<Block> {
        match p.chapters[0].sections[0].blocks.last() {
            Some(Block::Box(b)) => b.blocks.clone(),
            other => panic!("no box: {other:?}"),
        }
    }
    let cells = "项目\n\n目标\n\n社区综合为老服务中心\n\n街镇全覆盖\n\n长者食堂";
    let (p, _) = parse(&plan(cells));
    let blocks = box_blocks(&p);
    assert_eq!(texts(&blocks).join("\n\n"), cells);
    assert_eq!(texts(&p.chapters[0].sections[1].blocks), ["稳步推进试点。"]);
    // Words that fill whole rows under a header of column names are the box's table.
    let (p, report) = parse(&plan(&format!("{cells}\n\n社区全覆盖")));
    let blocks = box_blocks(&p);
    assert!(matches!(blocks.as_slice(), [Block::Table(_)]), "{blocks:?}");
    assert_eq!(p.tables[0].columns, ["项目", "目标"]);
    assert_eq!(p.tables[0].rows[1].name, "长者食堂");
    assert_eq!(p.tables[0].rows[1].cells, ["社区全覆盖"]);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.message.contains("read by its header alone")),
        "{:?}",
        report.warnings
    );
    // With values that start with a number (`3家`), the box holds them as a table.
    let (p, _) = parse(&plan(
        "项目\n\n数量\n\n社区综合为老服务中心\n\n3家\n\n长者食堂\n\n15家",
    ));
    let blocks = box_blocks(&p);
    assert!(matches!(blocks.as_slice(), [Block::Table(_)]), "{blocks:?}");
    assert_eq!(p.tables[0].columns, ["项目", "数量"]);
    assert_eq!(p.tables[0].rows[1].cells, ["15家"]);
    assert_eq!(texts(&p.chapters[0].sections[1].blocks), ["稳步推进试点。"]);
    // A box whose text ends a sentence ends there: the next plain paragraph is the section's.
    let (p, _) = parse(
        "某区养老服务规划\n\n一、主要任务\n\n专栏1 重点工程\n\n新建长者食堂15家。\n\n以上工程由区民政局牵头实施。\n",
    );
    let blocks = &p.chapters[0].blocks;
    assert!(
        matches!(&blocks[0], Block::Box(b) if b.blocks.len() == 1),
        "{blocks:?}"
    );
    assert_eq!(texts(&blocks[1..]), ["以上工程由区民政局牵头实施。"]);
}

#[test]
fn entries_of_one_shape_stay_in_their_box_and_a_sentence_of_the_section_ends_it() {
    let plan = |entries: &str| {
        format!(
            "某区养老服务规划\n\n一、主要任务\n\n（一）完善社区服务\n\n推进服务设施建设。\n\n专栏1 重点工程\n\n{entries}\n\n（二）推进长期护理保险制度\n\n稳步推进试点。\n"
        )
    };
    let section = |p: &Plan| texts(&p.chapters[0].sections[0].blocks);
    let in_box = |p: &Plan| match p.chapters[0].sections[0].blocks.get(1) {
        Some(Block::Box(b)) => texts(&b.blocks),
        other => panic!("no box: {other:?}"),
    };
    // `名称：内容` entries, one with a lead sentence, then a sentence of the section.
    let named = [
        "社区嵌入式服务设施建设工程：新增社区长者食堂200家。",
        "智慧养老建设工程：建设养老服务信息平台。推广智能照护设备应用。",
        "人才队伍建设工程：培训养老护理员5万人次。",
    ];
    let (p, report) = parse(&plan(&format!(
        "{}\n\n同时，持续加强养老服务综合监管。",
        named.join("\n\n")
    )));
    assert_eq!(in_box(&p), named);
    assert_eq!(section(&p)[2..], ["同时，持续加强养老服务综合监管。"]);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // Names alone on their lines, each over its text.
    let lines = [
        "轨道交通",
        "轨道交通18号线二期、19号线。",
        "市域铁路",
        "嘉闵线、南汇支线。",
        "高速公路",
        "G15嘉浏段拓宽。",
    ];
    let (p, report) = parse(&plan(&lines.join("\n\n")));
    assert_eq!(in_box(&p), lines);
    assert_eq!(section(&p).len(), 2);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // Entries that open with a list mark of one kind.
    for marks in [
        ["●", "●", "●"],
        ["①", "②", "③"],
        ["1）", "2）", "3）"],
        ["一是", "二是", "三是"],
    ] {
        let entries = marks.map(|m| format!("{m}新增社区长者食堂200家。"));
        let (p, _) = parse(&plan(&entries.join("\n\n")));
        assert_eq!(in_box(&p), entries, "{marks:?}");
        assert_eq!(section(&p).len(), 2, "{marks:?}");
    }
    // A line that ends with a colon introduces the entries under it.
    let (p, _) = parse(&plan(&format!(
        "围绕以下方面实施重点工程：\n\n{}\n\n同时，持续加强养老服务综合监管。",
        named[1..].join("\n\n")
    )));
    assert_eq!(in_box(&p)[1..], named[1..]);
    assert_eq!(section(&p)[2..], ["同时，持续加强养老服务综合监管。"]);
    // Items with a bullet stay after entries of another shape, as numbered items do; `一是`
    // does not (it opens body paragraphs too).
    let (p, _) = parse(&plan(&format!(
        "{}\n\n●推进医养结合。\n\n一是加强监管。",
        named[0]
    )));
    assert_eq!(in_box(&p), [named[0], "●推进医养结合。"]);
    assert_eq!(section(&p)[2..], ["一是加强监管。"]);
    // A box whose first entry is a sentence keeps one paragraph: the next, even named, is the
    // section's (a box's end is not marked in a web page's text).
    let (p, _) = parse(&plan("新建长者食堂15家。\n\n监管要求：加强日常检查。"));
    assert_eq!(in_box(&p), ["新建长者食堂15家。"]);
    assert_eq!(section(&p)[2..], ["监管要求：加强日常检查。"]);
}

#[test]
fn a_box_numbered_in_the_style_of_the_sections_keeps_its_list_and_the_next_section_stays_one() {
    let plan = |entries: &str| {
        format!(
            "某区消防事业规划\n\n一、发展基础\n\n（一）主要成效\n\n取得显著成效。\n\n（二）面临形势\n\n火灾风险日益复杂。\n\n专栏1 重点项目\n\n{entries}\n\n二、总体要求\n\n以人民为中心。\n"
        )
    };
    let outline = |p: &Plan| all_outline(p);
    // Run-in entries numbered （一）…（三）: the third has the number the next section would
    // have, and is still the box's.
    let run_in = "（一）消防站建设。新建消防站20座。\n\n（二）消防水源建设。新建市政消火栓1000个。\n\n（三）消防车辆装备。购置消防车100辆。";
    let (p, report) = parse(&plan(run_in));
    let Some(Block::Box(b)) = p.chapters[0].sections[1].blocks.last() else {
        panic!("{:?}", outline(&p));
    };
    assert_eq!(texts(&b.blocks).join("\n\n"), run_in);
    assert_eq!(p.chapters[0].sections.len(), 2);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // Standalone entries over their text; a standalone line with the next section's number
    // after them is that section.
    let (p, report) = parse(&plan(
        "（一）消防站建设\n\n新建消防站20座。\n\n（二）消防水源建设\n\n新建市政消火栓1000个。\n\n（三）存在问题\n\n仍有短板。",
    ));
    assert_eq!(
        outline(&p)[3..],
        [
            "h2 （二）|面临形势",
            "p 火灾风险日益复杂。",
            "box 重点项目",
            "h2 （三）|存在问题",
            "p 仍有短板。",
            "h1 二、|总体要求",
            "p 以人民为中心。",
        ]
    );
    let Some(Block::Box(b)) = p.chapters[0].sections[1].blocks.last() else {
        panic!("{:?}", outline(&p));
    };
    assert_eq!(b.blocks.len(), 4);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // In a box that stands in section （一）, a standalone `（二）` is the box's when the section
    // `（二）` comes after the box.
    let transport = |rest: &str| {
        format!(
            "某市交通规划\n\n一、发展基础\n\n（一）主要成效\n\n体系不断完善。\n\n专栏1 重大项目\n\n（一）轨道交通\n\n1.轨道交通19号线。\n\n{rest}"
        )
    };
    let head = [
        "h1 一、|发展基础",
        "h2 （一）|主要成效",
        "p 体系不断完善。",
        "box 重大项目",
        "h2 （二）|面临形势",
        "p 需求多元。",
    ];
    let (p, report) = parse(&transport(
        "（二）市域铁路\n\n1.嘉闵线。\n\n（二）面临形势\n\n需求多元。\n",
    ));
    assert_eq!(outline(&p), head);
    let Some(Block::Box(b)) = p.chapters[0].sections[0].blocks.last() else {
        panic!("{:?}", outline(&p));
    };
    assert_eq!(
        texts(&b.blocks),
        [
            "（一）轨道交通",
            "1.轨道交通19号线。",
            "（二）市域铁路",
            "1.嘉闵线。"
        ]
    );
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // A `（二）` in a later 专栏 does not count: the `（二）` after the first box is the section.
    let (p, _) = parse(&transport(
        "（二）面临形势\n\n需求多元。\n\n专栏2 重点工程\n\n（一）公交\n\n新辟线路。\n\n（二）慢行\n\n建设绿道。\n",
    ));
    assert_eq!(outline(&p)[..head.len()], head);
    assert_eq!(outline(&p)[head.len()..], ["box 重点工程"]);
}

#[test]
fn a_closing_part_after_the_chapters_is_a_chapter_of_its_own() {
    let (p, report) = parse(
        "某市卫生健康规划\n\n前言\n\n为推进健康建设，编制本规划。\n\n一、发展基础\n\n取得显著成效。\n\n二、主要任务\n\n（一）完善公共卫生体系\n\n加强疾控中心建设。\n\n结 束 语\n\n实现规划目标，需要全社会共同努力。\n",
    );
    assert_eq!(
        all_outline(&p),
        [
            "h1 一、|发展基础",
            "p 取得显著成效。",
            "h1 二、|主要任务",
            "h2 （一）|完善公共卫生体系",
            "p 加强疾控中心建设。",
            "h1 |结 束 语",
            "p 实现规划目标，需要全社会共同努力。",
        ]
    );
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let last = plansite::link::units(&p).pop().unwrap();
    assert!(
        last.citation.ends_with("》结束语第1段"),
        "{}",
        last.citation
    );
    // The opening part stays the first paragraph of the preamble.
    assert_eq!(texts(&p.preamble)[0], "前言");
}

#[test]
fn a_preamble_sets_no_lead_sentence_in_bold() {
    // The same short first sentence is a lead (a clause title, in bold) in the body, and prose in
    // the preamble.
    let para = "体育是提高人民健康水平的重要途径。为推动体育事业发展，制定本规划。";
    let (p, _) = parse(&format!(
        "某区体育发展规划\n\n前言\n\n{para}\n\n一、主要任务\n\n{para}\n"
    ));
    let Some(Block::Paragraph(pre)) = p.preamble.get(1) else {
        panic!("{:?}", p.preamble);
    };
    assert_eq!((pre.lead.as_deref(), pre.text.as_str()), (None, para));
    let Some(Block::Paragraph(body)) = p.chapters[0].blocks.first() else {
        panic!("{:?}", p.chapters[0].blocks);
    };
    assert_eq!(
        body.lead.as_deref(),
        Some("体育是提高人民健康水平的重要途径。")
    );
    assert_eq!(body.full_text(), para);
}

#[test]
fn a_preamble_that_opens_with_its_name_is_headed_by_it() {
    use plansite::link::{Region, UnitKind};
    let named = "某市卫生健康规划\n\n序 言\n\n为推进健康建设，编制本规划。\n\n一、发展基础\n\n取得显著成效。\n";
    let unnamed = named.replace("序 言\n\n", "");
    let project = Project::import(&[("named", named), ("unnamed", &unnamed)]);
    let preamble = |slug: &str| -> Vec<(UnitKind, String, String, String)> {
        plansite::link::units(&project.plan_raw(slug))
            .into_iter()
            .filter(|u| u.region == Region::Preamble)
            .map(|u| (u.kind, u.anchor, u.text, u.citation))
            .collect()
    };
    // The name heads the preamble (its anchor is the heading's on the page); the paragraphs are
    // counted and cited after it, under the plan's own word for them.
    assert_eq!(
        preamble("named"),
        [
            (
                UnitKind::Heading,
                "pre-h".to_string(),
                "序 言".to_string(),
                "《某市卫生健康规划》序言".to_string()
            ),
            (
                UnitKind::Paragraph,
                "pre-p1".to_string(),
                "为推进健康建设，编制本规划。".to_string(),
                "《某市卫生健康规划》序言第1段".to_string()
            ),
        ]
    );
    assert_eq!(
        preamble("unnamed"),
        [(
            UnitKind::Paragraph,
            "pre-p1".to_string(),
            "为推进健康建设，编制本规划。".to_string(),
            "《某市卫生健康规划》引言第1段".to_string()
        )]
    );
    project.build();
    let page = |slug: &str, file: &str| {
        std::fs::read_to_string(project.public().join(slug).join(file)).unwrap()
    };
    for file in ["index.html", "print.html"] {
        let named = page("named", file);
        assert!(named.contains(r#"<h2 id="pre-h">序 言</h2>"#), "{named}");
        assert!(!named.contains("<p>序 言"), "{named}");
        assert!(!named.contains(">引言<"), "{named}");
        let unnamed = page("unnamed", file);
        assert!(unnamed.contains(r#"<h2 id="pre-h">引言</h2>"#), "{unnamed}");
    }
}

#[test]
fn boxes_numbered_within_their_chapter_keep_their_number_in_the_label() {
    let (p, _) = parse(
        "某区规划\n\n第一章 主要任务\n\n推进建设。\n\n专栏1-1 重点工程\n\n1.甲工程。建设甲。\n\n专栏1-2 重点项目\n\n1.乙项目。建设乙。\n\n第二章 保障措施\n\n加强组织领导。\n",
    );
    let labels: Vec<(String, Option<u32>, String)> = p
        .boxes()
        .iter()
        .map(|(_, _, b)| (b.label.clone(), b.number, b.title.clone()))
        .collect();
    assert_eq!(
        labels,
        [
            ("专栏1-1".to_string(), None, "重点工程".to_string()),
            ("专栏1-2".to_string(), None, "重点项目".to_string())
        ]
    );
    assert_eq!(plansite::link::box_ids(&p), ["box-ch1-1", "box-ch1-2"]);
    let cites: Vec<String> = plansite::link::units(&p)
        .into_iter()
        .filter(|u| u.kind == plansite::link::UnitKind::Box)
        .map(|u| u.citation)
        .collect();
    assert!(cites[0].ends_with("第一章专栏1-1"), "{cites:?}");
}

#[test]
fn a_title_line_under_a_bare_annex_caption_titles_the_annex() {
    let (p, _) = parse(
        "某区养老服务规划\n\n一、主要任务\n\n完善服务体系。\n\n附件1\n\n名词解释\n\n1.长者食堂：为老年人提供助餐服务的社区食堂。\n\n附件2\n\n建设单位应当按期完成任务。\n",
    );
    let annexes: Vec<(String, String, Vec<String>)> = p
        .annexes
        .iter()
        .map(|a| (a.caption.clone(), a.title.clone(), texts(&a.blocks)))
        .collect();
    assert_eq!(
        annexes,
        [
            (
                "附件1".to_string(),
                "名词解释".to_string(),
                vec!["1.长者食堂：为老年人提供助餐服务的社区食堂。".to_string()]
            ),
            // A sentence under a bare caption is the annex's text, not its title.
            (
                "附件2".to_string(),
                String::new(),
                vec!["建设单位应当按期完成任务。".to_string()]
            ),
        ]
    );
}

#[test]
fn a_draft_marker_at_the_end_of_the_title_line_marks_a_draft() {
    let (p, _) = parse(&format!(
        "某某区养老服务体系建设“十四五”规划（征求意见稿）\n\n{BODY}"
    ));
    assert_eq!(p.meta.title, "某某区养老服务体系建设“十四五”规划");
    assert!(p.meta.draft);
    assert_eq!(p.meta.draft_label.as_deref(), Some("（征求意见稿）"));
    assert_eq!(
        p.meta.title_as_written.as_deref(),
        Some("某某区养老服务体系建设“十四五”规划（征求意见稿）")
    );
    // Also on the first of two title lines, the term under it.
    let (p, _) = parse(&format!(
        "某某区养老服务体系建设规划（征求意见稿）\n\n（2021—2025年）\n\n{BODY}"
    ));
    assert_eq!(p.meta.title, "某某区养老服务体系建设规划（2021—2025年）");
    assert_eq!(p.meta.draft_label.as_deref(), Some("（征求意见稿）"));
    // A term in brackets is part of the title.
    let (p, _) = parse(&format!(
        "某某区养老服务体系建设规划（2021—2025年）\n\n{BODY}"
    ));
    assert_eq!(p.meta.title, "某某区养老服务体系建设规划（2021—2025年）");
    assert!(!p.meta.draft);
}

#[test]
fn web_page_controls_before_and_after_the_plan_are_chrome() {
    let (p, report) = parse(&format!(
        "首页 > 政务公开 > 规划计划\n\n【字体：大 中 小】\n\n某某区养老服务“十四五”规划\n\n{BODY}\n【打印本页】 【关闭窗口】\n"
    ));
    assert_eq!(
        p.meta.chrome,
        [
            "首页 > 政务公开 > 规划计划",
            "【字体：大 中 小】",
            "【打印本页】 【关闭窗口】"
        ]
    );
    assert_eq!(set_aside(&report, "chrome"), [1, 3, 11]);
    assert_eq!(
        texts(&p.chapters[0].blocks),
        ["到2030年，绿化覆盖率达到40%。"]
    );
}

#[test]
fn an_information_disclosure_header_is_metadata() {
    let header = "名称：某某区养老服务“十四五”规划\n\n索引号：SH0100-2021-000123\n\n发布机构：上海市某某区人民政府\n\n发文字号：某府发〔2021〕18号\n\n成文日期：2021年9月30日";
    let (p, report) = parse(&format!("{header}\n\n某某区养老服务“十四五”规划\n\n{BODY}"));
    assert_eq!(p.meta.title, "某某区养老服务“十四五”规划");
    assert_eq!(p.meta.issuers, ["上海市某某区人民政府"]);
    assert_eq!(p.meta.doc_number.as_deref(), Some("某府发〔2021〕18号"));
    assert_eq!(p.meta.date.as_deref(), Some("2021-09-30"));
    assert_eq!(p.meta.chrome.len(), 5);
    assert_eq!(set_aside(&report, "chrome"), [1, 3, 5, 7, 9]);
    assert!(p.preamble.is_empty());
    // A county portal's fields: a category and a validity before the issuer, a date in digits.
    let header = "索引号：11522636009345712G/2021-00327\n\n信息分类：旅游\n\n发布机构：某某县文体广电旅游局\n\n成文日期：2021-12-20\n\n文号：某文旅发〔2021〕32号\n\n是否有效：是\n\n信息名称：某某县全域旅游发展“十四五”规划";
    let (p, _) = parse(&format!(
        "{header}\n\n某某县全域旅游发展“十四五”规划\n\n{BODY}"
    ));
    assert_eq!(p.meta.issuers, ["某某县文体广电旅游局"]);
    assert_eq!(p.meta.doc_number.as_deref(), Some("某文旅发〔2021〕32号"));
    assert_eq!(p.meta.date.as_deref(), Some("2021-12-20"));
    assert_eq!(p.meta.chrome.len(), 7);
}

#[test]
fn a_notices_colophon_at_the_end_of_the_seed_goes_with_the_notice() {
    let colophon = [
        "抄送：区委各部门，区人大常委会办公室。",
        "某某区人民政府办公室　2021年9月30日印发",
    ];
    let (p, _) = parse(&format!(
        "关于印发《某某区数字化转型“十四五”规划》的通知\n\n各街道：\n\n现将规划印发给你们。\n\n某某区人民政府办公室\n\n2021年9月30日\n\n某某区数字化转型“十四五”规划\n\n{BODY}\n{}\n\n{}\n",
        colophon[0], colophon[1]
    ));
    let notice = texts(&p.notice);
    assert_eq!(notice[notice.len() - 2..], colophon);
    assert_eq!(
        texts(&p.chapters[0].blocks),
        ["到2030年，绿化覆盖率达到40%。"]
    );
    // Without a notice, the lines stay where they are.
    let (p, _) = parse(&format!(
        "某某区数字化转型“十四五”规划\n\n{BODY}\n{}\n",
        colophon[0]
    ));
    assert_eq!(texts(&p.chapters[0].blocks)[1], colophon[0]);
}

/// A project table laid out one cell per paragraph, under `caption` (one or two lines).
fn project_table(caption: &str) -> String {
    format!("{caption}\n\n序号\n\n项目名称\n\n总投资（亿元）\n\n1\n\n区中心医院扩建\n\n15\n\n2\n\n社区养老服务中心\n\n3.2\n")
}

#[test]
fn appended_tables_after_the_last_chapter_are_annexes() {
    // `附表` over its title, after the closing part: an annex headed by both, the table untitled
    // under it; the closing part keeps only its own text.
    let head = "某区养老服务发展“十四五”规划\n\n一、主要任务\n\n完善社区服务。\n\n结束语\n\n实现规划目标，需要全社会共同努力。\n\n";
    let text = format!("{head}{}", project_table("附表\n\n“十四五”重大项目表"));
    let (p, report) = parse(&text);
    assert_eq!(
        outline_of(&p.chapters[1]),
        vec!["h1 |结束语", "p 实现规划目标，需要全社会共同努力。"]
    );
    assert_eq!(p.annexes.len(), 1, "{:?}", p.chapters[1]);
    let a = &p.annexes[0];
    assert_eq!(
        (a.caption.as_str(), a.title.as_str()),
        ("附表", "“十四五”重大项目表")
    );
    assert!(matches!(a.blocks.as_slice(), [Block::Table(r)] if r.id == "t1"));
    assert_eq!(p.tables[0].title, "");
    assert_eq!(p.tables[0].rows.len(), 2);
    // The two caption lines are the annex's caption and title, not a caption joined.
    assert!(
        !report
            .repairs
            .iter()
            .any(|r| r.detail.contains("caption split")),
        "{:?}",
        report.repairs
    );
    assert_eq!(report.counts.annexes, 1);

    // Numbered appended tables, one line each: an annex each.
    let text = format!(
        "{head}{}\n{}",
        project_table("附表1 重大项目表"),
        project_table("附表2：续建项目表")
    );
    let (p, _) = parse(&text);
    let annexes: Vec<(&str, &str)> = p
        .annexes
        .iter()
        .map(|a| (a.caption.as_str(), a.title.as_str()))
        .collect();
    assert_eq!(
        annexes,
        [("附表1", "重大项目表"), ("附表2：", "续建项目表")]
    );
    // Headed as written: a space after the number, none after a colon.
    let headings: Vec<String> = p.annexes.iter().map(|a| a.heading(&p.tables)).collect();
    assert_eq!(headings, ["附表1 重大项目表", "附表2：续建项目表"]);

    // A table captioned `附表1` with a chapter after it stays where it stands, captioned.
    let text = format!(
        "某区规划\n\n一、主要任务\n\n完善社区服务。\n\n{}\n二、保障措施\n\n加强组织领导。\n",
        project_table("附表1 重大项目表")
    );
    let (p, _) = parse(&text);
    assert!(p.annexes.is_empty());
    assert_eq!(p.tables[0].title, "附表1 重大项目表");
    assert_eq!(
        outline_of(&p.chapters[0]),
        vec!["h1 一、|主要任务", "p 完善社区服务。", "table t1"]
    );

    // Right under an annex caption, a 附表 table is that annex's, its caption its own.
    let text = format!(
        "{head}附件：重大项目安排\n\n{}",
        project_table("附表1 重大项目表")
    );
    let (p, _) = parse(&text);
    assert_eq!(p.annexes.len(), 1);
    assert_eq!(p.annexes[0].caption, "附件：重大项目安排");
    assert_eq!(p.tables[0].title, "附表1 重大项目表");

    // On the site: the annex page is headed by label and title, the overview lists it, and the
    // table is named by it (its hidden caption, the indicator pages).
    let text = format!("{head}{}", project_table("附表\n\n“十四五”重大项目表"));
    let project = Project::import(&[("appended", &text)]);
    project.build();
    let page = std::fs::read_to_string(project.public().join("appended/annex1.html")).unwrap();
    assert!(
        page.contains("附表 “十四五”重大项目表<a class=\"pl\""),
        "{page}"
    );
    assert!(
        page.contains(r#"<caption id="t1-c" class="vh">附表 “十四五”重大项目表</caption>"#),
        "{page}"
    );
    let overview = std::fs::read_to_string(project.public().join("appended/index.html")).unwrap();
    assert!(overview.contains("附表 “十四五”重大项目表"), "{overview}");
    let last = std::fs::read_to_string(project.public().join("appended/ch2.html")).unwrap();
    assert!(!last.contains("区中心医院扩建"), "{last}");
    // The last chapter leads on to it as to a 附表.
    assert!(
        last.contains("<span>附表</span>附表 “十四五”重大项目表</a>"),
        "{last}"
    );
}

#[test]
fn short_unknown_lines_before_the_title_are_the_pages() {
    let body = "上海市某区绿化市容“十五五”规划\n\n一、发展目标\n\n到2030年，公园体系基本建成。\n";
    // A portal's column name over the title is not joined to it, and two such lines do not
    // refuse the import: the title is the plan's, the lines the page's, each listed to check.
    for front in ["政府信息公开专栏\n\n", "政府信息公开专栏\n\n规划计划\n\n"] {
        let (p, report) = parse(&format!("{front}{body}"));
        assert_eq!(p.meta.title, "上海市某区绿化市容“十五五”规划", "{front}");
        let lines: Vec<&str> = front.split("\n\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(p.meta.chrome, lines);
        assert_eq!(report.warnings.len(), lines.len(), "{:?}", report.warnings);
        assert!(p.preamble.is_empty(), "{:?}", p.preamble);
    }
    // The same before a notice: the plan's title line is still the title.
    let notice = "关于印发《上海市某区绿化市容“十五五”规划》的通知\n\n各街道办事处：\n\n现将《上海市某区绿化市容“十五五”规划》印发给你们，请认真按照执行。\n\n某区人民政府\n\n2026年1月5日\n\n";
    let (p, _) = parse(&format!("政府信息公开专栏\n\n{notice}{body}"));
    assert_eq!(p.meta.title, "上海市某区绿化市容“十五五”规划");
    assert_eq!(p.meta.chrome, ["政府信息公开专栏"]);
    assert!(p.preamble.is_empty(), "{:?}", p.preamble);
    // A title over two lines is still one title.
    let (p, report) = parse(&format!(
        "上海市某区绿化市容\n\n“十五五”规划\n\n{}",
        &body[body.find("一、").unwrap()..]
    ));
    assert_eq!(p.meta.title, "上海市某区绿化市容“十五五”规划");
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // A sentence before the title is not the page's: the import still refuses it.
    let err = import::import_bytes(
        Path::new("case.txt"),
        format!("本规划依据有关文件编制。\n\n{body}").as_bytes(),
    )
    .err()
    .map(|e| e.to_string());
    assert!(err.is_some_and(|e| e.contains("no plan title found")));
}

#[test]
fn a_justified_chapter_label_is_a_chapter_and_cited_without_its_spaces() {
    let (p, _) = parse(
        "某市卫生健康事业发展“十四五”规划\n\n第 一 章  发展基础\n\n第 一 节  主要成就\n\n服务能力显著提升。\n\n第　二　章　总体要求\n\n到2025年，健康水平进一步提高。\n",
    );
    assert_eq!(
        all_outline(&p),
        [
            "h1 第 一 章|发展基础",
            "h2 第 一 节|主要成就",
            "p 服务能力显著提升。",
            "h1 第　二　章|总体要求",
            "p 到2025年，健康水平进一步提高。"
        ]
    );
    let ch = &p.chapters[0];
    assert_eq!(plansite::link::chapter_cite_label(ch), "第一章");
    assert_eq!(
        plansite::link::section_cite_label(&ch.sections[0]),
        "第一节"
    );
}

#[test]
fn the_notices_attachment_line_under_its_date_is_the_notices() {
    let notice = "关于印发《上海市某区绿化市容“十五五”规划》的通知\n\n各街道办事处：\n\n现将《上海市某区绿化市容“十五五”规划》印发给你们，请认真按照执行。\n\n某区人民政府\n\n2026年1月5日\n\n";
    let body = "一、发展目标\n\n到2030年，公园体系基本建成。\n";
    let title = "上海市某区绿化市容“十五五”规划\n\n";
    for (attachment, then) in [
        ("附件", title),
        ("附件：上海市某区绿化市容“十五五”规划", title),
        // The attachment line is the only title line: the notice's quotation gives the title.
        ("附件：《上海市某区绿化市容“十五五”规划》", ""),
    ] {
        let (p, report) = parse(&format!("{notice}{attachment}\n\n{then}{body}"));
        assert_eq!(
            p.meta.title, "上海市某区绿化市容“十五五”规划",
            "{attachment}"
        );
        assert_eq!(p.meta.series, None, "{attachment}");
        assert!(
            p.meta.chrome.is_empty(),
            "{attachment}: {:?}",
            p.meta.chrome
        );
        assert!(
            report.warnings.is_empty(),
            "{attachment}: {:?}",
            report.warnings
        );
        assert!(p.preamble.is_empty(), "{attachment}: {:?}", p.preamble);
        let last = match p.notice.last() {
            Some(Block::Paragraph(x)) => x.full_text(),
            other => format!("{other:?}"),
        };
        assert_eq!(last, attachment);
    }
}

#[test]
fn table_of_contents_entries_naming_annexes_match_them() {
    let text = format!(
        "某区水务“十五五”规划\n\n目  录\n\n一、主要任务\n\n附件1：名词解释\n\n附表1 重大项目表\n\n一、主要任务\n\n推进建设。\n\n附件1：名词解释\n\n绿地率：绿地面积占用地面积的比例。\n\n{}",
        project_table("附表1 重大项目表")
    );
    let (p, report) = parse(&text);
    assert_eq!(p.annexes.len(), 2);
    assert_eq!(report.toc.len(), 3, "{:?}", report.toc);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    // An entry naming no part of the body is still listed.
    let (_, report) = parse(&text.replacen("附件1：名词解释", "附件1：指标解释", 1));
    let warned: Vec<&str> = report.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        warned,
        ["table of contents entry `附件1：指标解释` matches no heading of the body"]
    );
}

#[test]
fn a_web_pages_date_in_digits_by_the_title_is_the_plans_date() {
    let body = "一、发展目标\n\n到2030年，公园体系基本建成。\n";
    let title = "上海市某区绿化市容“十五五”规划\n\n";
    for text in [
        format!("2026-01-05\n\n{title}{body}"),
        format!("{title}2026/1/5\n\n{body}"),
    ] {
        let (p, report) = parse(&text);
        assert_eq!(p.meta.title, "上海市某区绿化市容“十五五”规划", "{text}");
        assert_eq!(p.meta.date.as_deref(), Some("2026-01-05"), "{text}");
        assert!(p.preamble.is_empty(), "{text}: {:?}", p.preamble);
        assert!(report.warnings.is_empty(), "{text}: {:?}", report.warnings);
    }
}

#[test]
fn an_annex_has_headings_of_its_own() {
    let (p, _) = parse(
        "某区养老服务规划\n\n一、主要任务\n\n完善服务体系。\n\n附件\n\n名词解释\n\n一、指标类\n\n（一）约束性指标\n\n1.养老床位数：指养老机构床位总数。\n\n二、服务类\n\n1.长者食堂：为老年人提供助餐服务的社区食堂。\n\n三、本附件所列指标按年度统计。\n",
    );
    let a = &p.annexes[0];
    let outline: Vec<String> = a
        .blocks
        .iter()
        .map(|b| match b {
            Block::Heading(h) => format!("h{} {}|{}", h.level, h.label, h.title),
            Block::Paragraph(x) => format!("p {}", x.full_text()),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        outline,
        [
            "h3 一、|指标类",
            "h4 （一）|约束性指标",
            "p 1.养老床位数：指养老机构床位总数。",
            "h3 二、|服务类",
            "p 1.长者食堂：为老年人提供助餐服务的社区食堂。",
            // A numbered sentence is no heading.
            "p 三、本附件所列指标按年度统计。"
        ]
    );
    // Each is a unit with its anchor and a citation under the annex.
    let units = plansite::link::units(&p);
    let h = units
        .iter()
        .find(|u| u.text.contains("服务类") && u.heading.is_some())
        .expect("the annex heading is a unit");
    assert_eq!(h.page, "case/annex1.html");
    assert!(
        h.citation.starts_with("《某区养老服务规划》附件"),
        "{}",
        h.citation
    );
}

#[test]
fn an_annex_label_over_its_title_in_a_paged_seed_is_no_paragraph_cut_at_a_break() {
    // A page number in page dress makes the seed paged, where a line that ends mid-sentence is
    // joined to the next; an annex's title under its bare label is not such a line.
    let text = "某市社会信用体系建设规划\n\n一、总体要求\n\n加强信用体系建设，提升治理能力\n\n— 1 —\n\n\
                推动信用信息共享。\n\n附件\n\n主要名词解释\n\n信用承诺：指行政相对人作出的书面承诺。\n";
    let (plan, report) = parse(text);
    let annex = plan.annexes.first().expect("an annex");
    assert_eq!(
        (annex.caption.as_str(), annex.title.as_str()),
        ("附件", "主要名词解释")
    );
    let joins: Vec<&str> = report.repairs.iter().map(|r| r.detail.as_str()).collect();
    assert!(
        joins
            .iter()
            .any(|d| d.contains("paragraph cut at a page break")),
        "the body's cut paragraph is still joined: {joins:?}"
    );
    assert!(
        !joins.iter().any(|d| d.contains("主要名词解释")),
        "{joins:?}"
    );
}

#[test]
fn a_box_with_numbered_names_of_its_own_keeps_them() {
    // The box's names `一、` … `三、` over their text; `二、` and `三、` would also be the
    // chapter's next sections. A closing mark ahead (`（专栏完）`) keeps them in the box, a name
    // that closes its quote (`“一件事”`) is a title the text under it belongs to.
    let marked = "规划\n\n第一章 优化营商环境\n\n一、深化改革\n\n（一）推进改革\n\n推进改革。\n\n专栏1 重点行动\n\n一、准入准营“一件事”\n\n围绕高频事项实现一次办成。\n\n二、“双随机、一公开”全覆盖\n\n推动联合抽查。\n\n三、信用修复“一网通办”\n\n建立线上通道。\n\n（专栏完）\n\n二、强化竞争政策\n\n落实公平竞争审查。\n";
    let (p, _) = parse(marked);
    let sections: Vec<&str> = p.chapters[0]
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(
        sections,
        ["深化改革", "强化竞争政策"],
        "{:?}",
        all_outline(&p)
    );
    let boxed = boxed_texts(&p.chapters[0].sections[0].blocks);
    assert_eq!(boxed.len(), 7, "{boxed:?}");
    assert_eq!(boxed.last().map(String::as_str), Some("（专栏完）"));
    // Without a mark, at the end of a chapter whose sections each open lower headings: the
    // third name opens none, unlike them, and stays the box's.
    let unmarked = "规划\n\n第一章 文旅产业\n\n一、文化创意\n\n（一）数字文化\n\n发展数字文化。\n\n二、文旅消费\n\n（一）夜间经济\n\n发展夜间经济。\n\n专栏2 重点项目\n\n一、前滩文化地标\n\n建设文化地标。\n\n二、世博文化公园\n\n建成开放。\n\n三、国际旅游度假区\n\n推进二期建设。\n\n第二章 保障措施\n\n加强领导。\n";
    let (p, _) = parse(unmarked);
    assert_eq!(p.chapters[0].sections.len(), 2, "{:?}", all_outline(&p));
}

#[test]
fn a_plan_signed_at_its_end_takes_its_issuer_and_date_from_the_signature() {
    let text = "松江区民政事业发展“十四五”规划\n\n一、发展基础\n\n民政事业稳步发展。\n\n结语\n\n让我们共同努力。\n\n上海市松江区民政局\n\n2021年8月\n";
    let (p, _) = parse(text);
    assert_eq!(p.meta.issuers, ["上海市松江区民政局"]);
    assert_eq!(p.meta.date.as_deref(), Some("2021-08"));
    // The signature stays on the page, as written.
    let last: Vec<String> = all_outline(&p).into_iter().rev().take(2).collect();
    assert_eq!(last, ["p 2021年8月", "p 上海市松江区民政局"]);
    // A notice with no signature of its own (its issuer in its title), the plan signed and
    // dated at its end, with a release note under the date: the date is that one.
    let text = "梧州市规划和自然资源局关于印发《梧州市名城保护规划》的通知\n\n各有关单位：\n\n现将规划印发给你们，请认真贯彻执行。\n\n\
                梧州市名城保护规划\n\n一、发展基础\n\n名城保护稳步推进。\n\n二、保障措施\n\n加强组织领导。\n\n\
                梧州市规划和自然资源局\n\n2026年9月18日\n\n（此件公开发布）\n";
    let (p, _) = parse(text);
    assert_eq!(p.meta.issuers, ["梧州市规划和自然资源局"]);
    assert_eq!(p.meta.date.as_deref(), Some("2026-09-18"));
}

#[test]
fn a_box_line_ending_in_a_colon_keeps_the_entries_it_introduces() {
    // 专栏2: a paragraph, `重点实施以下四类工程：`, then `（1）`–`（2）` run-in entries of a style
    // no heading of the chapter uses; the section's `三、` after them ends the box.
    let text = "规划\n\n第一章 能源供应\n\n一、发展风电\n\n（一）建设风电基地\n\n建设基地。\n\n\
                二、发展光伏\n\n（一）推广分布式光伏\n\n推进屋顶光伏建设。\n\n专栏2 光伏发电重点工程\n\n\
                “十四五”期间，全县新增光伏装机233万千瓦。\n\n重点实施以下两类工程：\n\n\
                （1）光伏治沙示范工程。在南部沙区建设光伏治沙项目100万千瓦。\n\n\
                （2）农牧光互补工程。在农牧区建设农光互补项目20万千瓦。\n\n\
                三、推动煤炭清洁高效利用\n\n严格控制新增煤炭消费。\n";
    let (p, _) = parse(text);
    let boxed = boxed_texts(&p.chapters[0].sections[1].blocks);
    assert_eq!(boxed.len(), 4, "{boxed:?} {:?}", all_outline(&p));
    assert!(boxed[3].contains("农牧光互补工程"), "{boxed:?}");
    let sections: Vec<&str> = p.chapters[0]
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(sections, ["发展风电", "发展光伏", "推动煤炭清洁高效利用"]);
}

#[test]
fn a_section_of_a_chapter_under_a_part_heads_the_numbered_items_right_under_it() {
    // 第X篇 › 第X章 › 第X节 › 一、: `第一节` followed at once by `一、标题。正文` is a heading
    // over them, as where a paragraph stands between.
    let text = "规划\n\n第一篇 发展基础\n\n第一章 发展环境\n\n总体形势良好。\n\n\
                第二篇 主要任务\n\n第二章 健全金融组织体系\n\n第一节 做强地方法人金融机构\n\n\
                一、深化农村商业银行改革。支持农村商业银行坚守支农支小定位。\n\n\
                二、规范发展村镇银行。推动村镇银行回归本源。\n\n\
                第二节 引进集聚各类金融机构\n\n积极引进全国性股份制银行。\n";
    let (p, _) = parse(text);
    let outline = all_outline(&p);
    let headings: Vec<&str> = outline
        .iter()
        .filter(|h| h.starts_with('h'))
        .map(String::as_str)
        .collect();
    assert_eq!(
        headings,
        [
            "h1 第一篇|发展基础",
            "h2 第一章|发展环境",
            "h1 第二篇|主要任务",
            "h2 第二章|健全金融组织体系",
            "h3 第一节|做强地方法人金融机构",
            "h4 一、|深化农村商业银行改革。",
            "h4 二、|规范发展村镇银行。",
            "h3 第二节|引进集聚各类金融机构",
        ],
        "{outline:?}"
    );
}

#[test]
fn an_annex_title_over_its_table_is_the_table_s_caption() {
    // `附件2` alone, its title (no caption word: `…任务分工`), then a table one cell per
    // line: the title is the annex's and the table's caption, never a header cell.
    let text =
        "规划\n\n一、总体要求\n\n加快发展托育服务。\n\n附件2\n\n托育服务专项行动任务分工\n\n\
                序号\n\n工作任务\n\n责任单位\n\n完成时限\n\n\
                1\n\n制定普惠托育服务实施办法\n\n区卫健局\n\n2022年底前\n\n\
                2\n\n新建住宅小区配建托育服务设施\n\n区住建局\n\n持续推进\n\n\
                3\n\n每个街道建成1个综合托育服务中心\n\n各街道办事处\n\n2025年底前\n";
    let (p, _) = parse(text);
    assert_eq!(p.annexes.len(), 1);
    let t = p.tables.first().expect("a table");
    assert_eq!(t.columns, ["序号", "工作任务", "责任单位", "完成时限"]);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.title, "托育服务专项行动任务分工");
}

#[test]
fn a_short_title_closed_by_a_colon_runs_into_its_text() {
    // `1.优化停车供给结构：…。` is a run-in heading as `1.标题。…` is; a title line with a colon
    // inside and no sentence after it stays whole.
    let text = "规划\n\n一、发展基础\n\n（一）主要成效\n\n\
                1.理念引领：系统治理与绿色转型重塑发展路径\n\n系统治理理念深入人心。\n\n\
                2.战略赋能：区域能级提升带来新契机\n\n重大战略叠加。\n\n\
                二、主要任务\n\n（一）扩大停车设施有效供给\n\n\
                1.优化停车供给结构：坚持“以需定供”，新增停车泊位向居住区倾斜。\n\n\
                2.加快公共停车场建设：五年新建公共停车场20处。\n";
    let (p, _) = parse(text);
    let headings = all_headings(&p);
    assert_eq!(
        headings,
        [
            "h1 一、|发展基础",
            "h2 （一）|主要成效",
            "h3 1.|理念引领：系统治理与绿色转型重塑发展路径",
            "h3 2.|战略赋能：区域能级提升带来新契机",
            "h1 二、|主要任务",
            "h2 （一）|扩大停车设施有效供给",
            "h3 1.|优化停车供给结构：",
            "h3 2.|加快公共停车场建设：",
        ]
    );
}

#[test]
fn a_table_under_a_line_that_points_to_it_keeps_its_caption_below() {
    // `…主要目标见下表。` over a table whose caption stands under it.
    let text = "规划\n\n一、发展目标\n\n“十四五”时期主要目标见下表。\n\n\
                序号\n\n指标名称\n\n单位\n\n2020年\n\n2025年\n\n属性\n\n\
                1\n\n企业开办时间\n\n个工作日\n\n2\n\n0.5\n\n约束性\n\n\
                2\n\n政务服务事项网上可办率\n\n%\n\n90\n\n100\n\n预期性\n\n\
                表1 主要目标\n\n二、主要任务\n\n深化改革。\n";
    let (p, _) = parse(text);
    let t = p.tables.first().expect("a table");
    assert_eq!(t.title, "表1 主要目标");
    assert!(t.caption_below);
    assert_eq!(t.rows.len(), 2);
}

#[test]
fn a_heading_stopped_at_its_comma_goes_on_with_a_listing_clause_after_a_blank_line() {
    // `（一）构建…商业空间结构，` / `形成层级清晰、功能互补的城区商业体系`: the second paragraph,
    // words and `、` only, is the title's last clause.
    let text = "规划\n\n一、总体要求\n\n坚持规划引领。\n\n二、商业网点空间布局\n\n构建商业网点空间布局。\n\n\
                （一）构建“一核两带三心多点”商业空间结构，\n\n\
                形成层级清晰、功能互补的城区商业体系\n\n\
                1.一核：桐浜中心商圈\n\n以桐浜广场为核心，建设市级商业中心。\n\n\
                2.两带：滨水商业带\n\n串联滨河商业设施。\n";
    let (p, _) = parse(text);
    let headings = all_headings(&p);
    assert_eq!(
        headings,
        [
            "h1 一、|总体要求",
            "h1 二、|商业网点空间布局",
            "h2 （一）|构建“一核两带三心多点”商业空间结构，形成层级清晰、功能互补的城区商业体系",
            "h3 1.|一核：桐浜中心商圈",
            "h3 2.|两带：滨水商业带",
        ]
    );
}

#[test]
fn a_title_of_words_under_a_line_that_points_to_the_table_is_its_caption() {
    // `…布局如下：` over `“十五五”时期…展示空间建设布局`, no caption's word in it, then the
    // header: the title line is the table's caption, not a paragraph.
    let text = "规划\n\n一、打造滨水文化空间\n\n\
                “十五五”期间重点建设3处水文化展示空间，布局如下：\n\n\
                “十五五”时期澜湖市水文化展示空间建设布局\n\n\
                序号\n\n名称\n\n所在区\n\n建设方式\n\n\
                1\n\n澜江水利博物馆(二期)\n\n澜江区\n\n扩建\n\n\
                2\n\n古运河水文化展示馆\n\n临湖区\n\n新建\n\n\
                3\n\n龙口闸遗址公园\n\n澄浦区\n\n改建\n\n\
                二、保障措施\n\n加强组织领导。\n";
    let (p, _) = parse(text);
    let t = p.tables.first().expect("a table");
    assert_eq!(t.title, "“十五五”时期澜湖市水文化展示空间建设布局");
    assert!(!t.caption_below);
    assert_eq!(t.columns, ["序号", "名称", "所在区", "建设方式"]);
    assert_eq!(t.rows.len(), 3);
    assert!(!texts(&p.chapters[0].blocks)
        .contains(&"“十五五”时期澜湖市水文化展示空间建设布局".to_string()));
}

#[test]
fn a_bare_list_in_the_sections_style_under_a_line_that_introduces_it_is_text() {
    // `…集中实施以下三大工程：` over `一、` `二、` `三、` short names with nothing between and no
    // `一、` after them in the chapter: a list, not sections.
    let text = "规划\n\n第一章 发展基础\n\n一、发展成效\n\n路网持续完善。\n\n\
                第二章 重点建设工程\n\n集中实施以下三大工程：\n\n一、县道升级改造工程\n\n\
                二、乡村道路提质工程\n\n三、危桥改造工程\n\n三大工程共安排项目12个。\n\n\
                第三章 保障措施\n\n一、加强组织领导\n\n建立工作机制。\n";
    let (p, _) = parse(text);
    let headings = all_headings(&p);
    assert_eq!(
        headings,
        [
            "h1 第一章|发展基础",
            "h2 一、|发展成效",
            "h1 第二章|重点建设工程",
            "h1 第三章|保障措施",
            "h2 一、|加强组织领导",
        ]
    );
    assert!(texts(&p.chapters[1].blocks).contains(&"二、乡村道路提质工程".to_string()));
}

#[test]
fn a_bare_list_of_phrases_closed_by_semicolons_in_the_sections_style_is_text() {
    // Under section （三）, `…实现“四个全覆盖”：` over `（一）…；` … `（四）…。`: the last item,
    // numbered as the next section would be and closed by `。`, is the list's too.
    let text = "规划\n\n一、总体要求\n\n（一）指导思想\n\n坚持需求导向。\n\n（二）基本原则\n\n\
                统筹兼顾。\n\n（三）规划目标\n\n近期重点实现“四个全覆盖”：\n\n\
                （一）街镇综合为老服务中心全覆盖；\n\n（二）城镇社区养老服务站全覆盖；\n\n\
                （三）农村互助养老点行政村全覆盖；\n\n（四）老年助餐服务城乡社区全覆盖。\n\n\
                二、主要任务\n\n（一）完善设施布局\n\n补齐短板。\n";
    let (p, _) = parse(text);
    let headings = all_headings(&p);
    assert_eq!(
        headings,
        [
            "h1 一、|总体要求",
            "h2 （一）|指导思想",
            "h2 （二）|基本原则",
            "h2 （三）|规划目标",
            "h1 二、|主要任务",
            "h2 （一）|完善设施布局",
        ]
    );
}

#[test]
fn a_section_one_number_ahead_is_the_next_section_and_the_report_says_so() {
    // `一、` `二、` then `四、` (the source skips `三、`): a heading all the same, numbered as
    // written; a `（一）` after it belongs to it.
    let text = "规划\n\n第一章 保护体系\n\n一、整体保护\n\n严格管控。\n\n二、街巷保护\n\n\
                保护肌理。\n\n四、夯实保护基础\n\n（一）开展补充调查\n\n摸清底数。\n\n\
                第二章 保障措施\n\n一、加强组织领导\n\n建立机制。\n";
    let (p, report) = parse(text);
    let headings = all_headings(&p);
    assert_eq!(
        headings,
        [
            "h1 第一章|保护体系",
            "h2 一、|整体保护",
            "h2 二、|街巷保护",
            "h2 四、|夯实保护基础",
            "h3 （一）|开展补充调查",
            "h1 第二章|保障措施",
            "h2 一、|加强组织领导",
        ]
    );
    assert!(report
        .warnings
        .iter()
        .any(|w| w.message.contains("`四、` follows section 二、")));
}

#[test]
fn a_heading_repeating_the_last_number_is_a_heading_and_the_report_says_so() {
    // `(二)` `(三)` then `(三)` again (a numbering slip) with a title of its own, then `(五)`:
    // every one a heading as written; a chapter `三、` written twice likewise.
    let text = "规划\n\n一、主要任务\n\n(一)扩大覆盖面\n\n开展排摸。\n\n(二)完善协商机制\n\n\
                强化协商。\n\n(三)提升技术水平\n\n推广标准化设计。\n\n(三)强化安全监管\n\n\
                1.落实使用管理责任。明确使用管理人。\n\n2.建设智慧监管平台。推动应装尽装。\n\n\
                (五)推动协同融合\n\n统筹推进。\n\n二、重点项目\n\n推进项目。\n\n\
                二、保障措施\n\n加强组织领导。\n";
    let (p, report) = parse(text);
    let headings = all_headings(&p);
    assert_eq!(
        headings,
        [
            "h1 一、|主要任务",
            "h2 (一)|扩大覆盖面",
            "h2 (二)|完善协商机制",
            "h2 (三)|提升技术水平",
            "h2 (三)|强化安全监管",
            "h3 1.|落实使用管理责任。",
            "h3 2.|建设智慧监管平台。",
            "h2 (五)|推动协同融合",
            "h1 二、|重点项目",
            "h1 二、|保障措施",
        ]
    );
    for said in ["`(三)` follows section (三)", "`二、` follows chapter 二、"] {
        assert!(
            report.warnings.iter().any(|w| w.message.contains(said)),
            "{said}"
        );
    }
}

#[test]
fn a_run_in_title_one_number_ahead_is_the_next_heading_and_the_report_says_so() {
    // `(一)` `(二)` run into their text, then `(四)` (the source skips `(三)`): a heading all
    // the same, as a title line would be.
    let text = "规划\n\n第一章 执法方式\n\n第一节 衔接机制\n\n(一)完善案件移送机制。严格执行移送规定。\n\n\
                (二)强化证据衔接。规范证据移交。\n\n(四)加强区域执法协作。建立联合执法机制。\n\n\
                第二节 精准执法\n\n完善正面清单。\n";
    let (p, report) = parse(text);
    let headings = all_headings(&p);
    assert_eq!(
        headings,
        [
            "h1 第一章|执法方式",
            "h2 第一节|衔接机制",
            "h3 (一)|完善案件移送机制。",
            "h3 (二)|强化证据衔接。",
            "h3 (四)|加强区域执法协作。",
            "h2 第二节|精准执法",
        ]
    );
    assert!(report
        .warnings
        .iter()
        .any(|w| w.message.contains("`(四)` follows number 2 of its run")));
}

#[test]
fn a_run_numbered_across_sections_goes_on_after_list_items_that_took_its_numbers() {
    // Tasks `1.`–`2.` are headings, `3.`–`4.` under the next section whole sentences (a list),
    // then `5.` under the third a title run into its text: the run's next heading.
    let text = "规划\n\n一、主要任务\n\n(一)推动精品创作\n\n1.加强题材统筹。建立重大题材库。\n\n\
                2.扶持青年人才。实施扶持计划。\n\n(二)促进电影消费\n\n\
                3.支持影院与商业综合体、文旅街区、体育场馆联动开展主题消费活动，每年举办电影消费季。\n\n\
                4.推动电影与旅游深度融合，依托影视城和民国街区等取景地开发影视主题旅游线路十条以上。\n\n\
                (三)优化发展生态\n\n5.强化政策扶持，用足用好专项资金。修订专项资金管理办法。\n\n\
                6.加强人才培养，建设人才实训基地。开设专业方向。\n";
    let (p, _) = parse(text);
    let headings = all_headings(&p);
    assert_eq!(
        headings,
        [
            "h1 一、|主要任务",
            "h2 (一)|推动精品创作",
            "h3 1.|加强题材统筹。",
            "h3 2.|扶持青年人才。",
            "h2 (二)|促进电影消费",
            "h2 (三)|优化发展生态",
            "h3 5.|强化政策扶持，用足用好专项资金。",
            "h3 6.|加强人才培养，建设人才实训基地。",
        ]
    );
}

#[test]
fn a_notice_signed_and_dated_on_one_line_ends_there_and_the_title_line_wins() {
    // The signature and date share a line; the title line under the notice names the city the
    // notice's quotation leaves out.
    let text = "上海市长宁区体育局关于印发《长宁区体育发展“十四五”规划》的通知\n\n\
                长体〔2021〕12号\n\n各街道办事处：\n\n现将《长宁区体育发展“十四五”规划》印发给你们，请认真贯彻执行。\n\n\
                上海市长宁区体育局  2021年7月9日\n\n上海市长宁区体育发展“十四五”规划\n\n\
                一、发展基础\n\n全民健身蓬勃发展。\n";
    let (p, _) = parse(text);
    assert_eq!(p.meta.title, "上海市长宁区体育发展“十四五”规划");
    assert_eq!(p.meta.issuers, ["上海市长宁区体育局"]);
    assert_eq!(p.meta.date.as_deref(), Some("2021-07-09"));
    assert_eq!(p.meta.series, None);
    // The notice keeps its last line as written, and nothing after it.
    let notice = texts(&p.notice);
    assert_eq!(
        notice.last().map(String::as_str),
        Some("上海市长宁区体育局  2021年7月9日")
    );
    assert_eq!(p.chapters.len(), 1, "{:?}", all_outline(&p));
    // Signed and dated on two lines, the title line still wins and is no series line.
    let text = text.replace("体育局  2021", "体育局\n\n2021");
    let (p, _) = parse(&text);
    assert_eq!(p.meta.title, "上海市长宁区体育发展“十四五”规划");
    assert_eq!(p.meta.series, None);
}

#[test]
fn a_cover_month_dates_a_plan_published_without_notice() {
    let text =
        "上海市金山区文化旅游发展\n\n“十四五”规划\n\n2021年6月\n\n前言\n\n文化旅游加快融合。\n\n\
                第一章 发展基础\n\n旅游接待稳步增长。\n";
    let (p, _) = parse(text);
    assert_eq!(p.meta.title, "上海市金山区文化旅游发展“十四五”规划");
    assert_eq!(p.meta.date.as_deref(), Some("2021-06"));
    assert_eq!(p.meta.cover_date.as_deref(), Some("2021年6月"));
    // Under a notice, the notice's date stays the plan's.
    let noticed = format!(
        "上海市金山区文化和旅游局关于印发《上海市金山区文化旅游发展“十四五”规划》的通知\n\n\
         各有关单位：\n\n现印发给你们，请遵照执行。\n\n上海市金山区文化和旅游局\n\n2021年7月2日\n\n{text}"
    );
    let (p, _) = parse(&noticed);
    assert_eq!(p.meta.date.as_deref(), Some("2021-07-02"));
}

#[test]
fn a_placeholder_counts_as_a_value_in_row_blocks_of_a_name_and_values() {
    // Row blocks under `“十四五”目标` over `2023年` `2025年`: `—` `3` and a body's name are two
    // values of three, as in the rows above, and the rows go on past it.
    let text = "规划\n\n第一章 食品安全\n\n表2 虹口区食品安全重点工作目标\n\n\
                项目\n“十四五”目标\n责任单位\n\n2023年\n2025年\n\n\
                食品生产经营单位量化分级覆盖率\n95%\n100%\n区市场监管局\n\n\
                食品抽检量（批次/千人）\n5.5\n6\n区市场监管局\n\n\
                食品安全示范街区（条）\n—\n3\n区市场监管局、相关街道办事处\n\n\
                网络订餐入网餐饮单位实地核查率\n90%\n100%\n区市场监管局\n\n\
                第二章 药品安全\n\n强化药品安全监管。\n";
    let (p, _) = parse(text);
    let t = &p.tables[0];
    assert_eq!(t.columns, ["项目", "2023年", "2025年", "责任单位"]);
    let names: Vec<&str> = t.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "食品生产经营单位量化分级覆盖率",
            "食品抽检量（批次/千人）",
            "食品安全示范街区（条）",
            "网络订餐入网餐饮单位实地核查率"
        ]
    );
    assert_eq!(t.rows[2].cells, ["—", "3", "区市场监管局、相关街道办事处"]);
}

/// A title whose last line carries its period in brackets (`…实施方案（2021—2025年）`) ends as a
/// plan's title does.
#[test]
fn a_title_ending_in_its_period_after_its_kind_is_the_plan_s_title() {
    let text = "某县人民政府办公室关于印发《某县农村人居环境整治提升五年行动实施方案（2021—2025年）》的通知\n\n某政办发〔2021〕58号\n\n各乡镇人民政府：\n\n现将方案印发给你们，请认真贯彻执行。\n\n某县人民政府办公室\n\n2021年12月28日\n\n某县农村人居环境整治提升五年行动\n\n实施方案（2021—2025年）\n\n改善农村人居环境是实施乡村振兴战略的重点任务。\n\n一、总体要求\n\n（一）指导思想。坚持以人民为中心。\n";
    let (p, _) = parse(text);
    assert_eq!(
        p.meta.title,
        "某县农村人居环境整治提升五年行动实施方案（2021—2025年）"
    );
}

#[test]
fn a_numbered_item_at_the_margin_is_not_cut_and_the_next_heading_stands() {
    // Text copied from a PDF: paragraphs open with two ideographic spaces and wrap at 70
    // columns; a list item of 64 columns with no stop is followed by the next heading.
    let sentence = "推进生态环境保护和城乡绿化建设，提升人居环境品质。";
    let mut lines = vec![
        "某区绿化规划".to_string(),
        "一、重点项目".to_string(),
        "（一）重点工程项目".to_string(),
    ];
    for _ in 0..6 {
        let para: Vec<char> = format!("\u{3000}\u{3000}{}", sentence.repeat(4))
            .chars()
            .collect();
        lines.extend(para.chunks(35).map(|c| c.iter().collect::<String>()));
    }
    lines.push("1.车墩镇休闲森林公园".to_string());
    lines.push("2.上海天马生活垃圾末端处置综合利用中心飞灰资源化提标系统改造项目".to_string());
    lines.push("（二）软课题项目".to_string());
    lines.push("1.绿化空间专项规划".to_string());
    lines.push("\u{3000}\u{3000}明确绿化空间布局。".to_string());
    let text = lines.join("\n") + "\n";
    let plan = Project::import(&[("margin", &text)]).site().plans.remove(0);
    assert_eq!(
        all_headings(&plan),
        vec![
            "h1 一、|重点项目",
            "h2 （一）|重点工程项目",
            "h2 （二）|软课题项目",
            "h3 1.|绿化空间专项规划",
        ]
    );
    let outline = all_outline(&plan);
    assert!(
        outline.contains(
            &"p 2.上海天马生活垃圾末端处置综合利用中心飞灰资源化提标系统改造项目".to_string()
        ),
        "{outline:?}"
    );
}

#[test]
fn a_long_heading_broken_off_onto_a_paragraph_of_its_own_is_one_heading() {
    // A web page broke a long title; a short title keeps the unnumbered line under it.
    let text = "某县公共法律服务规划\n\n一、总体要求\n\n指导思想\n\n坚持以人民为中心，完善公共法律服务体系。\n\n二、主要任务\n\n（一）推进实体、热线、网络平台\n\n深度融合\n\n推动三大平台数据互通、服务互动、业务协同。\n\n（二）健全覆盖城乡的公共法律服务网络体系\n\n推进乡镇工作站标准化建设。\n\n三、主要目标\n\n和策略措施\n\n到2025年，基本建成公共法律服务体系。\n\n结语\n\n让人民群众享有更加优质的法律服务。\n";
    let plan = Project::import(&[("runon", text)]).site().plans.remove(0);
    assert_eq!(
        all_headings(&plan),
        vec![
            "h1 一、|总体要求",
            "h1 二、|主要任务",
            "h2 （一）|推进实体、热线、网络平台深度融合",
            "h2 （二）|健全覆盖城乡的公共法律服务网络体系",
            "h1 三、|主要目标和策略措施",
            "h1 |结语",
        ]
    );
    let outline = all_outline(&plan);
    assert!(outline.contains(&"p 指导思想".to_string()), "{outline:?}");
    // A title of six characters or more and a few ideographs alone after it, blank lines
    // around them: one heading (a paragraph is never four characters without punctuation).
    // (Eight at most: `（一）多渠道扩大普惠性` / `学前教育资源供给`.) A title stopped at a `、` goes
    // on with the title line under it.
    let text = "某市口岸规划\n\n第一章 优化口岸布局\n\n第一节 推动口岸与开放平台\n\n联动发展\n\n强化口岸与开放平台的功能联动。\n\n第二节 发展壮大口岸经济\n\n培育口岸经济集聚区。\n\n第二章 做强服务业\n\n第一节 发展现代物流、\n现代金融和科技服务\n\n建设区域性物流枢纽。\n\n第二节 多渠道扩大普惠性\n\n学前教育资源供给\n\n新建幼儿园。\n";
    let plan = Project::import(&[("runon3", text)]).site().plans.remove(0);
    assert_eq!(
        all_headings(&plan),
        vec![
            "h1 第一章|优化口岸布局",
            "h2 第一节|推动口岸与开放平台联动发展",
            "h2 第二节|发展壮大口岸经济",
            "h1 第二章|做强服务业",
            "h2 第一节|发展现代物流、现代金融和科技服务",
            "h2 第二节|多渠道扩大普惠性学前教育资源供给",
        ]
    );
    // A title line that ends in a full stop, as some plans write theirs: a few words before it
    // go on with it.
    let text = "某市信用规划\n\n一、主要任务\n\n（一）完善信用制度。\n\n加快地方信用立法。\n\n（二）加强政务诚信、商务诚信、社会诚信\n和司法公信建设。\n\n1.政务诚信。建立政务失信记录，将各级政府和公务员在履职过程中的失信行为纳入信用档案。\n\n2.商务诚信。推进重点领域信用建设，建立市场主体信用档案，实施信用分级分类监管。\n";
    let plan = Project::import(&[("runon4", text)]).site().plans.remove(0);
    assert_eq!(
        all_headings(&plan),
        vec![
            "h1 一、|主要任务",
            "h2 （一）|完善信用制度。",
            "h2 （二）|加强政务诚信、商务诚信、社会诚信和司法公信建设。",
            "h3 1.|政务诚信。",
            "h3 2.|商务诚信。",
        ]
    );
    // A short title whose few words stand right before the next numbered heading: no paragraph
    // of a few words between two headings, one heading.
    let text = "某区水务规划\n\n一、发展基础\n\n供水能力稳步提升。\n\n三、构建安全可靠的城市\n防洪排涝体系\n\n（一）提升防洪能力\n\n加固堤防。\n";
    let plan = Project::import(&[("runon2", text)]).site().plans.remove(0);
    assert_eq!(
        all_headings(&plan),
        vec![
            "h1 一、|发展基础",
            "h1 三、|构建安全可靠的城市防洪排涝体系",
            "h2 （一）|提升防洪能力",
        ]
    );
    // A title line opening with a joining word goes on with any title.
    let text = "某县养老规划\n\n第一章 完善服务网络\n\n第一节 建设设施\n\n加快建设。\n\n第二章 推进医养康养结合\n\n和老年健康服务体系建设\n\n第一节 深化医养结合\n\n推进签约合作。\n";
    let plan = Project::import(&[("runon4", text)]).site().plans.remove(0);
    assert!(
        all_headings(&plan)
            .contains(&"h1 第二章|推进医养康养结合和老年健康服务体系建设".to_string()),
        "{:?}",
        all_headings(&plan)
    );
    // A lower heading goes on only with words that open with a joining word.
    let text = "某市名城规划\n\n一、保护街区\n\n（一）推进有机更新\n\n1.骑楼城街区\n\n（1）开展结构安全排查\n\n开展排查。\n\n（2）推进沿街建筑立面修缮\n和招牌整治\n\n推进修缮。\n";
    let plan = Project::import(&[("runon5", text)]).site().plans.remove(0);
    assert!(
        all_headings(&plan).contains(&"h4 （2）|推进沿街建筑立面修缮和招牌整治".to_string()),
        "{:?}",
        all_headings(&plan)
    );
    // A title cut after a joining word goes on with the next title line; so does a long `1.`
    // title with a few words.
    let text = "某县消防方案\n\n一、重点任务\n\n（一）推进乡镇专职消防队和\n村级志愿消防队规范化建设\n\n加强队伍建设。\n\n二、主要工程\n\n1.推进租赁住房与产业园区\n配套建设\n\n推进建设。\n";
    let plan = Project::import(&[("runon6", text)]).site().plans.remove(0);
    let headings = all_headings(&plan);
    assert!(
        headings.contains(&"h2 （一）|推进乡镇专职消防队和村级志愿消防队规范化建设".to_string())
            && headings.contains(&"h3 1.|推进租赁住房与产业园区配套建设".to_string()),
        "{headings:?}"
    );
    // A title's worth of words on the very next line, right before the next numbered line.
    let text = "某市城中村改造规划\n\n第一章 总体要求\n\n第一节 指导思想\n\n坚持以人民为中心。\n\n第二章 完善配套设施\n提升片区综合承载能力\n\n第一节 补齐市政基础设施短板\n\n推进道路建设。\n";
    let plan = Project::import(&[("runon7", text)]).site().plans.remove(0);
    assert!(
        all_headings(&plan).contains(&"h1 第二章|完善配套设施提升片区综合承载能力".to_string()),
        "{:?}",
        all_headings(&plan)
    );
    // A title's worth of words on the very next line, the two lines alone between blank lines
    // as a web page's paragraphs are: one heading; the same words run into a paragraph's lines
    // are no title's.
    let text = "某区河湖规划\n\n一、主要任务\n\n（一）水安全：筑牢防洪屏障\n\n加固堤防。\n\n（二）水空间：强化河湖水域岸线\n空间管控与保护利用\n\n严格管控岸线。\n\n（三）水管理：提升河湖治理效能\n深化河湖长制改革任务\n推进智慧河湖建设。\n";
    let plan = Project::import(&[("runon8", text)]).site().plans.remove(0);
    let headings = all_headings(&plan);
    assert!(
        headings.contains(&"h2 （二）|水空间：强化河湖水域岸线空间管控与保护利用".to_string())
            && headings.contains(&"h2 （三）|水管理：提升河湖治理效能".to_string()),
        "{headings:?}"
    );
    // So are a shorter title and words with `、` between them, alone between blank lines; a
    // generic title of four characters keeps its line.
    let text = "某区更新方案\n\n第一章 总体要求\n\n加快更新。\n\n第二章 加快发展保障性租赁住房\n有效缓解新市民、青年人住房困难\n\n扩大供给。\n\n第三章 有序推进城市更新\n片区开发建设\n\n分片推进。\n\n第四章 保障措施\n加强组织领导\n\n压实责任。\n";
    let plan = Project::import(&[("runon9", text)]).site().plans.remove(0);
    assert_eq!(
        all_headings(&plan),
        vec![
            "h1 第一章|总体要求",
            "h1 第二章|加快发展保障性租赁住房有效缓解新市民、青年人住房困难",
            "h1 第三章|有序推进城市更新片区开发建设",
            "h1 第四章|保障措施",
        ]
    );
    // Or a title's worth of words with one comma between two clauses (`产业，促进移民持续增收`),
    // alone between blank lines; the same words ending a paragraph's first line are its.
    let text = "某县移民规划\n\n一、主要任务\n\n（一）加强库区基础设施建设\n\n改善条件。\n\n（二）大力发展库区和移民安置区特色\n产业，促进移民持续增收\n\n扶持产业。\n\n（三）加强移民就业扶持\n开展培训，提升技能\n组织劳务输出。\n";
    let plan = Project::import(&[("runon10", text)]).site().plans.remove(0);
    let headings = all_headings(&plan);
    assert!(
        headings
            .contains(&"h2 （二）|大力发展库区和移民安置区特色产业，促进移民持续增收".to_string())
            && headings.contains(&"h2 （三）|加强移民就业扶持".to_string()),
        "{headings:?}"
    );
    // A title cut inside a quotation it opens goes on with the line that closes it.
    let text = "某区住房规划\n\n一、发展租赁住房\n\n（一）扩大保障性租赁住房供给\n\n新增房源。\n\n（二）培育发展住房租赁市场，构建“租购并举、\n多元供给”的住房新格局\n\n培育机构。\n";
    let plan = Project::import(&[("runon10", text)]).site().plans.remove(0);
    assert!(
        all_headings(&plan).contains(
            &"h2 （二）|培育发展住房租赁市场，构建“租购并举、多元供给”的住房新格局".to_string()
        ),
        "{:?}",
        all_headings(&plan)
    );
    // So does a title stopped at a comma.
    let text = "某区节水规划\n\n一、重点领域节水\n\n（一）推进农业节水\n\n推广高效节灌。\n\n（三）推进城镇节水降损，\n打造节水型城区\n\n降低管网漏损。\n";
    let plan = Project::import(&[("runon11", text)]).site().plans.remove(0);
    assert!(
        all_headings(&plan).contains(&"h2 （三）|推进城镇节水降损，打造节水型城区".to_string()),
        "{:?}",
        all_headings(&plan)
    );
    // A title whose last clause is cut short goes on with a title's worth of words.
    let text = "某市绿化规划\n\n一、主要任务\n\n（一）推进城市公园扩容提质，构建\n全龄友好的公园服务体系\n\n实施公园提质行动。\n";
    let plan = Project::import(&[("runon3", text)]).site().plans.remove(0);
    assert_eq!(
        all_headings(&plan),
        vec![
            "h1 一、|主要任务",
            "h2 （一）|推进城市公园扩容提质，构建全龄友好的公园服务体系",
        ]
    );
}

#[test]
fn an_annex_headed_by_its_table_s_caption_leaves_the_unit_line_to_the_table() {
    let cells = [
        "序号",
        "项目名称",
        "总投资",
        "1",
        "甲项目",
        "100",
        "2",
        "乙项目",
        "200",
        "3",
        "丙项目",
        "300",
    ];
    let text = format!(
        "某区规划\n\n一、主要任务\n\n推进重点项目建设。\n\n附件1\n\n重点项目表\n\n单位：万元\n\n{}\n",
        cells.join("\n\n")
    );
    let plan = Project::import(&[("unit", &text)]).site().plans.remove(0);
    let headings: Vec<String> = plan
        .annexes
        .iter()
        .map(|a| a.heading(&plan.tables))
        .collect();
    assert_eq!(headings, ["附件1 重点项目表"]);
    assert!(
        plan.tables[0].title.contains("单位：万元"),
        "{:?}",
        plan.tables[0].title
    );
}

#[test]
fn an_annex_caption_with_its_title_heads_the_table_right_under_it() {
    // Header words the table reader does not know (`层级`, `河长职务`) and a merged first
    // column: under an annex's caption, a table all the same, which the caption heads.
    let cells = [
        "层级",
        "河湖名称",
        "河长职务",
        "区级",
        "东塘河",
        "区委书记",
        "青溪河",
        "区长",
        "镇级",
        "小湾浜",
        "潆川镇镇长",
        "沈家沟",
        "花溪街道办事处主任",
    ];
    let text = format!(
        "某区河湖规划\n\n一、主要任务\n\n加强河湖管护。\n\n附件：河长名录\n\n{}\n",
        cells.join("\n\n")
    );
    let plan = Project::import(&[("roster", &text)]).site().plans.remove(0);
    assert_eq!(plan.annexes.len(), 1);
    assert_eq!(plan.annexes[0].heading(&plan.tables), "附件：河长名录");
    let [table] = plan.tables.as_slice() else {
        panic!("one table: {:?}", plan.tables);
    };
    assert_eq!(table.columns, ["层级", "河湖名称", "河长职务"]);
    let rows: Vec<(Option<&str>, &[String])> = table
        .rows
        .iter()
        .map(|r| (r.group.as_deref(), r.cells.as_slice()))
        .collect();
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert_eq!(
        rows[1],
        (
            Some("区级"),
            &["青溪河".to_string(), "区长".to_string()][..]
        )
    );
    assert_eq!(
        rows[3],
        (
            Some("镇级"),
            &["沈家沟".to_string(), "花溪街道办事处主任".to_string()][..]
        )
    );
}

#[test]
fn the_contents_end_at_the_cover_title_again_and_at_a_line_wrapped_in_a_sentence() {
    let text = "汀源市地方志事业发展\n“十四五”规划\n\n目录\n第一章 发展基础 1\n第二章 总体要求 2\n\n汀源市地方志事业发展“十四五”规划\n地方志是记述一地历史与现状的资料性文献，\n是存史、育人、资政的重要载体。\n\n第一章 发展基础\n\n成效明显。\n\n第二章 总体要求\n\n目标明确。\n";
    let project = Project::import(&[("toc", text)]);
    let site = project.site();
    let plan = &site.plans[0];
    assert_eq!(
        all_headings(plan),
        vec!["h1 第一章|发展基础", "h1 第二章|总体要求"]
    );
    let preamble: Vec<String> = plan
        .preamble
        .iter()
        .filter_map(|b| match b {
            plansite::model::Block::Paragraph(p) => Some(p.text.clone()),
            _ => None,
        })
        .collect();
    assert!(
        preamble.iter().any(|p| p.starts_with("地方志是记述")),
        "{preamble:?}"
    );
}

#[test]
fn a_heading_centred_on_two_lines_is_one_heading() {
    let text = "某区生态环境保护规划\n\n                        第一章  发展基础\n    “十三五”以来，生态环境质量持续改善。\n\n                        第二章  构建现代环境治理体系\n                          全面提升生态环境治理能力\n    健全环境治理领导责任体系。\n\n                        第三章  保障措施\n                          表1  重点工程\n    加强组织领导。\n";
    let plan = Project::import(&[("centred", text)]).site().plans.remove(0);
    let headings = all_headings(&plan);
    assert_eq!(
        headings[..3],
        [
            "h1 第一章|发展基础",
            "h1 第二章|构建现代环境治理体系全面提升生态环境治理能力",
            "h1 第三章|保障措施",
        ]
    );
}

#[test]
fn a_table_after_a_box_s_lead_sentence_is_the_box_s_table() {
    // `专栏2 …`, a lead sentence, then a table with no caption, one cell per paragraph.
    let cells = [
        "乡镇",
        "建设内容",
        "建成年份",
        "桃花坪镇",
        "新建营房800平方米，配备水罐消防车2辆",
        "2022年",
        "青石铺镇",
        "新建营房600平方米，配备抢险救援车1辆",
        "2022年",
        "白沙渡镇",
        "改造营房500平方米，配备水罐消防车2辆",
        "2023年",
    ];
    let text = format!(
        "某县消防规划\n\n第一章 加强消防力量建设\n\n第一节 发展多种形式消防队伍\n\n推进乡镇专职消防队建设。\n\n专栏2 乡镇专职消防队建设工程\n\n“十四五”期间新建乡镇专职消防队3支。\n\n{}\n\n第二节 提升装备水平\n\n配齐装备。\n",
        cells.join("\n\n")
    );
    let plan = Project::import(&[("boxtable", &text)])
        .site()
        .plans
        .remove(0);
    let [table] = plan.tables.as_slice() else {
        panic!("one table: {:?}", plan.tables);
    };
    assert_eq!(table.columns, ["乡镇", "建设内容", "建成年份"]);
    assert_eq!(table.rows.len(), 3);
    assert_eq!(
        table.rows[2].cells,
        ["改造营房500平方米，配备水罐消防车2辆", "2023年"]
    );
}

#[test]
fn a_table_after_a_box_s_lead_ending_in_a_colon_with_its_year_written_once_over_its_rows() {
    // `专栏2 …`, a lead ending in `：`, then rows in blocks: `2021年` written once over its two
    // campaigns, a cell over two lines left open at `、`.
    let table = "年度\n专项行动\n重点对象\n\n\
                 2021年\n校园食品安全守护行动\n中小学、幼儿园食堂及校外供餐单位\n\n\
                 农村假冒伪劣食品专项整治\n农村集贸市场、食杂店、小作坊\n\n\
                 2022年\n燃气用具及配件质量安全整治\n燃气具生产企业、销售门店、\n餐饮场所用气单位\n\n\
                 2023年\n老旧电梯安全隐患排查治理\n使用15年以上的住宅小区电梯";
    let text = format!(
        "某区市场监管规划\n\n一、强化安全监管\n\n（一）守牢食品安全底线\n\n严格落实食品安全责任。\n\n专栏2 安全监管专项整治行动安排\n\n“十四五”期间，每年集中开展1至2项专项整治行动，具体安排如下：\n\n{table}\n\n（二）加强特种设备监管\n\n开展隐患排查。\n"
    );
    let plan = Project::import(&[("boxyears", &text)])
        .site()
        .plans
        .remove(0);
    let [table] = plan.tables.as_slice() else {
        panic!("one table: {:?}", plan.tables);
    };
    assert_eq!(table.columns, ["年度", "专项行动", "重点对象"]);
    let rows: Vec<(Option<&str>, &[String])> = table
        .rows
        .iter()
        .map(|r| (r.group.as_deref(), r.cells.as_slice()))
        .collect();
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert_eq!(rows[1].0, Some("2021年"));
    assert_eq!(
        rows[1].1,
        ["农村假冒伪劣食品专项整治", "农村集贸市场、食杂店、小作坊"]
    );
    assert_eq!(
        rows[2].1,
        [
            "燃气用具及配件质量安全整治",
            "燃气具生产企业、销售门店、餐饮场所用气单位"
        ]
    );
}

#[test]
fn a_box_s_named_entry_after_numbered_headings_stays_in_the_box() {
    // Headings 1. 2. before the box, the box's own list 1. 2. of `名称：…` entries, then its
    // entry 3. with a shorter text: the box's, not the headings' third.
    let text = "某市公园规划\n\n一、构建公园体系\n\n（一）推进公园建设\n\n1.加快综合公园建设\n\n推进湿地公园建设。\n\n2.实施老旧公园改造提升\n\n对老旧公园开展分批改造，完善无障碍设施、儿童游乐设施和健身场地。\n专栏1 公园建设重点工程\n\n1.综合公园建设工程：新建城南中央公园、高铁新城公园，实施湿地公园二期、青龙山森林公园南入口改造。\n\n2.社区公园建设工程：新建望湖、锦屏、双溪等社区公园24个，改造提升老旧社区公园18个。\n\n3.专类公园建设工程：新建植物园、体育公园、儿童公园。\n\n（二）推动公园开放共享\n\n推进公园无界化改造。\n";
    let (plan, _) = parse(text);
    assert_eq!(
        all_headings(&plan),
        [
            "h1 一、|构建公园体系",
            "h2 （一）|推进公园建设",
            "h3 1.|加快综合公园建设",
            "h3 2.|实施老旧公园改造提升",
            "h2 （二）|推动公园开放共享",
        ]
    );
    let boxed = boxed_texts(&plan.chapters[0].sections[0].blocks);
    assert_eq!(boxed.len(), 3, "{boxed:?}");
    assert!(boxed[2].starts_with("3.专类公园建设工程："), "{boxed:?}");
}

#[test]
fn a_title_cut_after_a_joining_word_goes_on_with_a_quoted_plus() {
    let text = "某市公园规划\n\n一、构建公园体系\n\n（一）推动公园绿地开放共享与\n“公园+”场景融合\n\n推进公园无界化改造，拆除封闭围墙。\n";
    let (plan, _) = parse(text);
    assert_eq!(
        all_headings(&plan),
        [
            "h1 一、|构建公园体系",
            "h2 （一）|推动公园绿地开放共享与“公园+”场景融合",
        ]
    );
}

#[test]
fn a_heading_s_term_on_a_paragraph_of_its_own_goes_on_its_title() {
    let text = "某市城市更新规划\n\n第一章 规划总则\n\n为推进城市更新，制定本规划。\n\n第二章 近期实施计划\n\n（2021—2025年）\n\n第一节 近期更新目标\n\n到2025年，完成老旧小区改造120个。\n";
    let (plan, _) = parse(text);
    assert_eq!(
        all_headings(&plan),
        [
            "h1 第一章|规划总则",
            "h1 第二章|近期实施计划（2021—2025年）",
            "h2 第一节|近期更新目标",
        ]
    );
}

#[test]
fn a_section_s_title_closed_by_a_colon_runs_into_its_text() {
    let text = "某市管廊规划\n\n一、发展目标\n\n（一）总体目标：到2025年，基本建成布局合理、安全可靠的地下综合管廊体系。\n\n——到2023年，新建综合管廊16公里以上。\n\n（二）远景展望：到2035年，全面建成现代化地下管线体系。\n\n二、保障措施\n\n加强组织领导。\n";
    let (plan, _) = parse(text);
    assert_eq!(
        all_outline(&plan)[..5],
        [
            "h1 一、|发展目标",
            "h2 （一）|总体目标：",
            "p 到2025年，基本建成布局合理、安全可靠的地下综合管廊体系。",
            "p ——到2023年，新建综合管廊16公里以上。",
            "h2 （二）|远景展望：",
        ]
    );
}

#[test]
fn a_title_stopped_at_a_comma_goes_on_past_a_blank_line() {
    let text = "某市棚改规划\n\n一、推进征收改造\n\n（一）科学确定改造范围\n\n合理确定改造范围。\n\n（二）坚持依法阳光征收，\n\n切实维护群众合法权益\n\n严格执行征收补偿政策。\n";
    let (plan, _) = parse(text);
    assert_eq!(
        all_headings(&plan),
        [
            "h1 一、|推进征收改造",
            "h2 （一）|科学确定改造范围",
            "h2 （二）|坚持依法阳光征收，切实维护群众合法权益",
        ]
    );
}

#[test]
fn a_run_in_title_of_two_phrases_closed_by_a_colon_is_a_heading() {
    let text = "某区口袋公园实施方案\n\n一、主要任务\n\n（一）高标准建设口袋公园\n\n1.突出功能复合，满足多元需求：统筹考虑老年人、儿童和上班族的使用需求，合理配置休憩、健身和游戏设施。\n\n2.彰显地域特色：深入挖掘码头文化和古镇文化，融入景观小品设计。\n\n3.推行海绵化建设：优先选用乡土植物和透水铺装材料。\n";
    let (plan, _) = parse(text);
    assert_eq!(
        all_headings(&plan),
        [
            "h1 一、|主要任务",
            "h2 （一）|高标准建设口袋公园",
            "h3 1.|突出功能复合，满足多元需求：",
            "h3 2.|彰显地域特色：",
            "h3 3.|推行海绵化建设：",
        ]
    );
}

#[test]
fn appended_tables_under_an_annex_caption_are_that_annexs_tables() {
    // `附件：…重点项目和任务表` over `附表1 …` and, after its rows, `附表2 …`: one annex of two
    // tables, not an annex for the second.
    let text = "某区“十五五”规划\n\n一、总体要求\n\n加快建设。\n\n附件：某区“十五五”重点项目和任务表\n\n\
                附表1 某区重点项目表\n\n序号\n\n项目名称\n\n建设内容\n\n1\n\n中转站改造\n\n改造中转站3座\n\n\
                2\n\n公厕新建\n\n新建公厕12座\n\n附表2 某区重点任务表\n\n序号\n\n任务名称\n\n完成时限\n\n\
                1\n\n美丽街区建设\n\n2030年\n\n2\n\n景观照明提升\n\n2028年\n";
    let (p, _) = parse(text);
    assert_eq!(p.annexes.len(), 1, "{:?}", p.annexes);
    assert_eq!(p.tables.len(), 2);
    assert_eq!(p.tables[1].columns, ["序号", "任务名称", "完成时限"]);
    // So are they under a bare `附件：` whose title stands on the line below.
    let text = text.replace(
        "附件：某区“十五五”重点项目和任务表",
        "附件：\n\n某区“十五五”规划附表",
    );
    let (p, _) = parse(&text);
    assert_eq!(p.annexes.len(), 1, "{:?}", p.annexes);
    assert_eq!(p.annexes[0].title, "某区“十五五”规划附表");
    assert_eq!(p.tables.len(), 2);
}

#[test]
fn a_run_is_a_list_when_any_of_its_items_is_a_sentence() {
    // `（1）自然恢复类。…` and `（2）辅助再生类。…` read as run-in titles, but `（3）` is one whole
    // sentence: the run is a list, not headings (siblings agree), whichever item is the
    // sentence.
    let text = "规划\n\n一、主要任务\n\n（一）推进历史遗留矿山生态修复\n\n分类实施修复治理。\n\n\
                （1）自然恢复类。对位于偏远山区的图斑，采取封育管护等措施。\n\n\
                （2）辅助再生类。对生态受损较轻的图斑，采取削坡减载等措施。\n\n\
                （3）对位于城镇周边、具备开发利用条件的废弃矿山，鼓励社会资本参与，因地制宜开展生态修复与综合利用。\n\n\
                （二）加强监测评估\n\n\
                （1）完善监测网络。建设生态修复监测站点。\n\n\
                （2）开展成效评估。每年开展一次评估。\n";
    let (p, _) = parse(text);
    assert_eq!(
        all_headings(&p),
        [
            "h1 一、|主要任务",
            "h2 （一）|推进历史遗留矿山生态修复",
            "h2 （二）|加强监测评估",
            "h3 （1）|完善监测网络。",
            "h3 （2）|开展成效评估。",
        ]
    );
}

#[test]
fn a_run_numbered_across_sections_may_skip_a_number_where_a_section_opens() {
    // Tasks numbered on from section to section (`3.` opens the second), then `6.` opens the
    // third after `4.` (the source skips `5.`): a heading all the same, and the report says so.
    let text = "规划\n\n一、主要任务\n\n(一)健全服务体系\n\n1.推进站点提质。推动站点达标。\n\n\
                2.深化网上办理。梳理服务事项。\n\n(二)维护合法权益\n\n3.落实优待政策。执行补助标准。\n\n\
                4.畅通诉求渠道。健全工作机制。\n\n(三)加强数字赋能\n\n6.建设服务平台。整合业务系统。\n\n\
                7.完善数据共享。健全采集机制。\n";
    let (p, report) = parse(text);
    let headings = all_headings(&p);
    assert_eq!(
        headings,
        [
            "h1 一、|主要任务",
            "h2 (一)|健全服务体系",
            "h3 1.|推进站点提质。",
            "h3 2.|深化网上办理。",
            "h2 (二)|维护合法权益",
            "h3 3.|落实优待政策。",
            "h3 4.|畅通诉求渠道。",
            "h2 (三)|加强数字赋能",
            "h3 6.|建设服务平台。",
            "h3 7.|完善数据共享。",
        ]
    );
    assert!(report
        .warnings
        .iter()
        .any(|w| w.message.contains("`6.` follows number 4 of its run")));
}

#[test]
fn sections_numbered_across_chapters_may_skip_a_number_where_a_chapter_opens() {
    // Sections numbered on from chapter to chapter (`(三)` opens the second), then `(五)` opens
    // the third after `(三)` (the source skips `(四)`): a section all the same, and the report
    // says so.
    let text = "规划\n\n一、总体要求\n\n(一)指导思想\n\n坚持系统治理。\n\n(二)基本原则\n\n坚持统筹兼顾。\n\n\
                二、主要任务\n\n(三)完善排水设施\n\n推进管网建设。\n\n\
                三、保障措施\n\n(五)加强组织领导\n\n健全工作机制。\n\n(六)强化资金保障\n\n加大投入力度。\n";
    let (p, report) = parse(text);
    let headings = all_headings(&p);
    assert_eq!(
        headings,
        [
            "h1 一、|总体要求",
            "h2 (一)|指导思想",
            "h2 (二)|基本原则",
            "h1 二、|主要任务",
            "h2 (三)|完善排水设施",
            "h1 三、|保障措施",
            "h2 (五)|加强组织领导",
            "h2 (六)|强化资金保障",
        ]
    );
    assert!(report
        .warnings
        .iter()
        .any(|w| w.message.contains("`(五)` follows section (三)")));
}

#[test]
fn a_heading_numbered_on_past_a_list_of_its_style_is_a_heading() {
    // Under the heading `2.`, a bare list numbered `1.`–`4.` in the headings' style; then `3.`
    // numbers on from the headings, not from the list: the next heading, not a list item.
    let text = "规划\n\n一、主要任务\n\n（一）营造良好质量发展环境\n\n健全质量政策体系。\n\n\
                1.深化质量品牌培育\n\n实施区域品牌培育计划。\n\n\
                2.完善质量监管体系\n\n重点推进以下监管制度建设：\n\n\
                1.产品质量安全风险监测制度\n\n2.质量信用分级分类监管制度\n\n\
                3.缺陷产品召回协作制度\n\n4.质量安全事故应急处置制度\n\n\
                3.加强质量人才培养\n\n实施首席质量官制度。\n";
    let (p, _) = parse(text);
    assert_eq!(
        all_headings(&p),
        [
            "h1 一、|主要任务",
            "h2 （一）|营造良好质量发展环境",
            "h3 1.|深化质量品牌培育",
            "h3 2.|完善质量监管体系",
            "h3 3.|加强质量人才培养",
        ]
    );
}

#[test]
fn findings_each_over_their_paragraphs_are_headings() {
    // `1、…，…。` findings closed by their full stop, a comma inside, each over its paragraph
    // (the problems a plan faces): headings; the same sentences one after another are a list.
    let text = "规划\n\n一、发展基础\n\n（一）面临的主要问题\n\n全区仍存在一些短板。\n\n\
                1、存量老旧住房体量大，改造任务依然繁重。\n\n全区2000年以前建成的住宅小区共计412个。\n\n\
                2、设施配置不均衡，完整社区覆盖仍有差距。\n\n部分片区社区用房普遍不足。\n\n\
                3、居民诉求日趋多元，群众工作难度加大。\n\n居民对改造内容的期待差异明显。\n\n\
                （二）发展目标\n\n到2030年：\n\n\
                1、完善监管体系，将绿色建筑纳入验收。\n\n2、推进既有建筑改造，提升能效水平。\n";
    let (p, _) = parse(text);
    assert_eq!(
        all_headings(&p),
        [
            "h1 一、|发展基础",
            "h2 （一）|面临的主要问题",
            "h3 1、|存量老旧住房体量大，改造任务依然繁重。",
            "h3 2、|设施配置不均衡，完整社区覆盖仍有差距。",
            "h3 3、|居民诉求日趋多元，群众工作难度加大。",
            "h2 （二）|发展目标",
        ]
    );
}

#[test]
fn an_annex_caption_ending_in_the_period_goes_on_with_a_name_of_projects() {
    // `附件1：…“十五五”` / `重点项目表`: a table's name is no column's, though it opens with
    // `重点` as `重点工程` does; the caption is the two joined.
    let text = "某区风貌规划\n\n一、主要任务\n\n推进保护。\n\n附件1：南塘区历史风貌保护“十五五”\n重点项目表\n南塘区历史风貌保护“十五五”重点项目表\n\n序号\n\n项目名称\n\n总投资\n\n1\n\n分类驿站提升\n\n3200\n\n2\n\n湿垃圾处理厂\n\n1500\n";
    let (p, _) = parse(text);
    assert_eq!(
        p.annexes[0].caption,
        "附件1：南塘区历史风貌保护“十五五”重点项目表"
    );
}

#[test]
fn a_title_whose_first_line_reads_as_a_body_is_the_plans_title() {
    // Under the signature and date, `…微型消防站` / `“十五五”建设规划`: the title the notice
    // quoted, over two lines, not a third issuer (`…站`) and the rest a title.
    let text = "澄浦区消防安全委员会办公室关于印发《澄浦区消防车通道和微型消防站“十五五”建设规划》的通知\n\n各街道办事处：\n\n《澄浦区消防车通道和微型消防站“十五五”建设规划》已经审议通过，现印发给你们。\n\n江州市澄浦区消防安全委员会办公室\n\n江州市澄浦区消防救援大队\n\n2026年9月14日\n\n澄浦区消防车通道和微型消防站\n\n“十五五”建设规划\n\n为提升火灾防控能力，制定本规划。\n\n一、发展基础\n\n全区建成微型消防站120个。\n";
    let (p, _) = parse(text);
    assert_eq!(p.meta.title, "澄浦区消防车通道和微型消防站“十五五”建设规划");
    assert_eq!(
        p.meta.issuers,
        [
            "江州市澄浦区消防安全委员会办公室",
            "江州市澄浦区消防救援大队"
        ]
    );
}

#[test]
fn a_box_table_s_last_cell_over_a_single_newline_ends_at_the_next_heading_of_its_run() {
    // `2、提升站点装备配置` over its text, a 专栏 with a table one cell per paragraph whose last
    // cell goes on after a single newline, then `3.健全联勤联动机制`, the run's next heading,
    // over its paragraph.
    let cells = [
        "站点类型",
        "用房面积（平方米）",
        "队员人数（人）",
        "基本装备",
        "社区微型消防站",
        "≥20",
        "≥6",
        "灭火器、水带水枪、破拆工具、电动消防巡查车",
        "重点单位微型消防站",
        "≥15",
        "≥6",
        "灭火器、消防头盔、防烟面罩、对讲机",
        "商圈（园区）联勤微型消防站",
        "≥30",
        "≥10",
        "配备小型水罐消防车1辆\n并配齐个人防护装备",
    ];
    let text = format!(
        "某区消防规划\n\n一、加强消防力量建设\n\n（一）加快建设微型消防站\n\n1.优化站点空间布局\n\n按照“居民区步行3分钟”的覆盖要求加密布点。\n\n2、提升站点装备配置\n\n对照微型消防站建设标准，分类配齐灭火、破拆和个人防护装备。\n\n专栏2  微型消防站建设标准\n\n{}\n\n3.健全联勤联动机制\n\n依托区消防救援指挥中心，将微型消防站全部接入一体化调度平台。\n\n（二）夯实基层消防治理\n\n推动街镇消防工作站达标。\n",
        cells.join("\n\n")
    );
    let plan = Project::import(&[("boxrun", &text)]).site().plans.remove(0);
    let [table] = plan.tables.as_slice() else {
        panic!("one table: {:?}", plan.tables);
    };
    assert_eq!(table.rows.len(), 3);
    assert_eq!(
        table.rows[2].cells,
        ["≥30", "≥10", "配备小型水罐消防车1辆并配齐个人防护装备"]
    );
    let outline = outline_of(&plan.chapters[0]);
    assert!(
        outline.contains(&"h3 3.|健全联勤联动机制".to_string()),
        "{outline:#?}"
    );
    assert!(
        !outline.iter().any(|l| l.contains("并配齐个人防护装备")),
        "{outline:#?}"
    );
}

#[test]
fn a_finding_over_its_paragraph_among_title_lines_over_theirs_is_a_heading_too() {
    // `1.` and `3.` title lines with a comma inside, `2.` one closed by its full stop, each over
    // its paragraph, then a 专栏 numbering its own items: the three are the section's headings.
    let text = "某区生物多样性保护规划\n\n一、主要任务\n\n（一）构建生态廊道网络\n\n1.锚定滨江生态带和环城绿带，筑牢区域生态安全骨架\n\n依托滨江地区和环城绿带，建设两条东西向生态带。\n\n2.打通河湖水系和道路防护林廊，提升廊道连通性。\n\n以汀溪河、沪渝高速防护林带为主体，建设三条南北向生态廊道。\n\n3.布局生态踏脚石和小微生境，织密城市生境网络\n\n在廊道之间的建成区内布局生态踏脚石。\n\n专栏2 生态廊道建设工程\n\n1. 汀溪河滨水生态廊道\n\n沿汀溪河两岸建设滨水绿带。\n\n2. 环城绿带生态廊道\n\n新建和改造林带120公顷。\n\n（二）加强重要生境保护修复\n\n保护河口滩涂。\n";
    let (plan, _) = parse(text);
    let outline = outline_of(&plan.chapters[0]);
    for h in [
        "h3 1.|锚定滨江生态带和环城绿带，筑牢区域生态安全骨架",
        "h3 2.|打通河湖水系和道路防护林廊，提升廊道连通性。",
        "h3 3.|布局生态踏脚石和小微生境，织密城市生境网络",
    ] {
        assert!(outline.contains(&h.to_string()), "{h}: {outline:#?}");
    }
    assert!(
        outline.contains(&"box 生态廊道建设工程".to_string())
            && outline.iter().filter(|l| l.starts_with("h3 ")).count() == 3,
        "{outline:#?}"
    );
}

#[test]
fn a_heading_numbered_as_the_one_before_it_is_kept_as_written_and_reported() {
    // `1.` and `2.` title lines over their paragraphs, then `2、`, the number written twice, over
    // its own: a third heading of the run, as the source numbers it.
    let text = "某区排水泵站规划\n\n一、主要任务\n\n（一）推进智慧泵站建设\n\n1.建设泵站智能监控系统\n\n对全区泵站实施自动化改造。\n\n2.构建泵站群联合调度机制\n\n建立泵站群联合调度规则。\n\n2、完善积水风险预警体系\n\n布设积水监测点120处。\n\n（二）健全防汛应急体系\n\n完善防汛应急预案。\n";
    let (plan, report) = parse(text);
    let outline = outline_of(&plan.chapters[0]);
    assert!(
        outline.contains(&"h3 2、|完善积水风险预警体系".to_string()),
        "{outline:#?}"
    );
    assert!(
        report.warnings.iter().any(|w| w
            .message
            .contains("`2、完善积水风险预警体系` repeats the number")),
        "{:?}",
        report.warnings
    );
}

#[test]
fn a_box_entry_that_is_only_a_title_closed_by_its_full_stop_keeps_its_text() {
    // `1.区博物馆新馆建设。` over its text, `2.…。` over its: the box's entries and their texts,
    // all the box's, and the number after them no heading of the section's run.
    let text = "某区规划\n\n一、主要任务\n\n（一）完善博物馆体系\n\n1.优化空间布局。构建博物馆空间布局。\n\n2.推进场馆建设。加快新馆建设。\n\n3.支持类博物馆发展。探索挂牌制度。\n\n专栏2 “博物馆之城”建设行动\n\n1.区博物馆新馆建设。\n\n新建区博物馆新馆，设置基本陈列和专题展厅。\n\n2.遗址博物馆建设。\n\n建设长庆寺遗址博物馆，对遗迹进行原址展示。\n\n3.类博物馆培育。\n\n在溪口古镇等区域培育类博物馆12个。\n\n（二）深化价值阐释\n\n1.加强研究阐释。开展专题研究。\n";
    let (p, report) = parse(text);
    let section = &p.chapters[0].sections[0];
    let boxed = boxed_texts(&section.blocks);
    assert_eq!(boxed.len(), 6, "{boxed:?}");
    assert_eq!(boxed[1], "新建区博物馆新馆，设置基本陈列和专题展厅。");
    assert_eq!(boxed[5], "在溪口古镇等区域培育类博物馆12个。");
    assert_eq!(
        outline_of(&p.chapters[0]),
        [
            "h1 一、|主要任务",
            "h2 （一）|完善博物馆体系",
            "h3 1.|优化空间布局。",
            "p 构建博物馆空间布局。",
            "h3 2.|推进场馆建设。",
            "p 加快新馆建设。",
            "h3 3.|支持类博物馆发展。",
            "p 探索挂牌制度。",
            "box “博物馆之城”建设行动",
            "h2 （二）|深化价值阐释",
            "h3 1.|加强研究阐释。",
            "p 开展专题研究。",
        ],
        "{:?}",
        report.warnings
    );
}

#[test]
fn a_boxs_lead_sentence_right_above_its_table_heads_no_column() {
    // In a page of single line breaks, a 专栏's lead sentence (`…建设项目：`) stands right above
    // the header block: it introduces the table and stays the box's text, the header beginning
    // at `序号`.
    let text = "某区儿童友好城区规划\n\n一、主要任务\n\n推进儿童友好空间建设。\n专栏2  儿童友好空间建设工程\n“十五五”期间重点实施以下儿童友好空间建设项目：\n序号\n工程名称\n建设内容\n建设规模\n\n1\n儿童友好社区全覆盖工程\n配置儿童活动室、户外游戏场地和儿童之家\n新增儿童友好社区42个\n\n2\n公园适儿化改造工程\n增设自然探索区、沙水游戏区和无动力游乐设施\n改造公园18座\n\n3\n儿童友好学径工程\n建设护学通道、安全过街设施和学径驿站\n改造点位300处\n\n二、保障措施\n\n加强组织领导。\n";
    let (p, _) = parse(text);
    assert_eq!(p.tables.len(), 1, "{:?}", p.tables);
    assert_eq!(p.tables[0].title, "");
    assert_eq!(
        p.tables[0].columns,
        ["序号", "工程名称", "建设内容", "建设规模"]
    );
    assert_eq!(p.tables[0].rows.len(), 3, "{:?}", p.tables[0].rows);
    assert!(
        boxed_texts(&p.chapters[0].blocks)
            .contains(&"“十五五”期间重点实施以下儿童友好空间建设项目：".to_string()),
        "{:?}",
        boxed_texts(&p.chapters[0].blocks)
    );
}

#[test]
fn a_short_line_right_under_a_boxs_title_is_its_tables_first_header_cell() {
    // 专栏1's table has no caption of its own: `指标`, right under the box's title, is the names'
    // header cell over `2025年目标` `2025年完成情况` `评价`, not the table's caption.
    let text = "某区青年发展规划\n\n一、发展基础\n\n青年发展成效显著。\n\n\
                专栏1 “十四五”青年发展主要指标完成情况\n\n指标\n\n2025年目标\n\n2025年完成情况\n\n评价\n\n\
                青年大学习年度参学人次（万人次）\n\n35\n\n42.6\n\n已完成\n\n\
                注册青年志愿者人数（万人）\n\n10\n\n11.4\n\n已完成\n\n\
                青年友好型社区创建数（个）\n\n8\n\n6\n\n未完成\n\n\
                二、总体要求\n\n坚持党的领导。\n";
    let (p, _) = parse(text);
    assert_eq!(p.tables.len(), 1, "{:?}", p.tables);
    assert_eq!(p.tables[0].title, "");
    assert_eq!(
        p.tables[0].columns,
        ["指标", "2025年目标", "2025年完成情况", "评价"]
    );
    assert_eq!(p.tables[0].rows.len(), 3, "{:?}", p.tables[0].rows);
    assert_eq!(p.tables[0].rows[2].name, "青年友好型社区创建数（个）");
    assert_eq!(p.tables[0].rows[2].cells, ["8", "6", "未完成"]);
}

#[test]
fn an_annex_label_repeated_under_a_caption_over_two_lines_opens_no_annex() {
    // `附件2：…“十五五”` / `重点项目表`, then the page's repeat `附件2` and the table's caption:
    // one annex, its caption the two lines joined, the repeat kept as its first paragraph.
    let text = "某区消防规划\n\n一、主要任务\n\n建设消防站。\n\n附件1：主要指标解释\n\n1.消防站：指城市消防站。\n\n附件2：某区消防救援事业发展“十五五”\n重点项目表\n附件2\n某区消防救援事业发展“十五五”重点项目表\n\n序号\n\n项目名称\n\n总投资\n\n1\n\n澄西消防救援站\n\n3200\n\n2\n\n特勤消防站\n\n1500\n";
    let (p, _) = parse(text);
    assert_eq!(p.annexes.len(), 2, "{:?}", p.annexes);
    assert_eq!(
        p.annexes[1].caption,
        "附件2：某区消防救援事业发展“十五五”重点项目表"
    );
    assert_eq!(p.tables.len(), 1);
    assert_eq!(p.tables[0].title, "某区消防救援事业发展“十五五”重点项目表");
}

#[test]
fn run_in_sections_after_a_skipped_number_are_sections() {
    // Sections numbered on across chapters, `（三）` the last, then a chapter of run-in sections
    // from `（五）`: each is the next section, the skip reported, because the next piece is the
    // run-in section numbered after it.
    let text = "某区规划\n\n一、主要任务\n\n（一）健全权益保障机制\n\n完善法律服务。\n\n（二）加强思想政治引领\n\n坚持经常性工作。\n\n二、重点工程\n\n（三）建设服务中心\n\n新建服务中心。\n\n三、保障措施\n\n（五）加强组织领导。健全工作机制。\n\n（六）强化资金保障。将经费纳入预算。\n\n（七）严格监测评估。开展中期评估。\n";
    let (p, report) = parse(text);
    assert_eq!(
        all_headings(&p),
        [
            "h1 一、|主要任务",
            "h2 （一）|健全权益保障机制",
            "h2 （二）|加强思想政治引领",
            "h1 二、|重点工程",
            "h2 （三）|建设服务中心",
            "h1 三、|保障措施",
            "h2 （五）|加强组织领导。",
            "h2 （六）|强化资金保障。",
            "h2 （七）|严格监测评估。",
        ]
    );
    assert!(
        report.warnings.iter().any(|w| w
            .message
            .contains("`（五）` follows section （三）: the source skips a number")),
        "{:?}",
        report.warnings
    );
    // A lone run-in item after a skip, the next piece no run-in section, stays text.
    let lone = text.replace(
        "（六）强化资金保障。将经费纳入预算。\n\n（七）严格监测评估。开展中期评估。\n",
        "",
    );
    let (p, _) = parse(&lone);
    assert!(!all_headings(&p).iter().any(|h| h.contains("（五）")));
}

#[test]
fn a_title_over_a_number_cell_captions_its_table() {
    // `重点行业用水定额控制目标` right over `序号`: the table's caption, not its first header
    // cell, so the columns are read from `序号` on and the numbered notes after the table are
    // its notes, not headings.
    let text = "某区节水规划\n\n一、主要任务\n\n（一）健全节水管理制度\n\n1.严格落实用水总量控制\n将指标分解到各街镇。\n2.深化定额管理\n扩大计划用水管理范围。\n\n重点行业用水定额控制目标\n\n序号\n\n行业类别\n\n产品名称\n\n现行定额\n\n控制值\n\n1\n\n工业\n\n化学原料药（立方米/吨）\n\n68\n\n60\n\n2\n\n印染布（立方米/百米）\n\n2.1\n\n1.8\n\n注： 1、定额值均为单位产品取水量。\n\n2.农业用水定额按50%水文年型计算。\n\n3.数据中心定额以水利用效率表示。\n\n3、完善节水评价制度\n全面落实节水评价。\n";
    let (p, _) = parse(text);
    assert_eq!(p.tables.len(), 1, "{:?}", p.tables);
    assert_eq!(p.tables[0].title, "重点行业用水定额控制目标");
    assert_eq!(
        p.tables[0].columns,
        ["序号", "行业类别", "产品名称", "现行定额", "控制值"]
    );
    assert_eq!(p.tables[0].notes.len(), 3, "{:?}", p.tables[0].notes);
    let headings = all_headings(&p);
    assert_eq!(
        headings.last().map(String::as_str),
        Some("h3 3、|完善节水评价制度"),
        "{headings:?}"
    );
}
