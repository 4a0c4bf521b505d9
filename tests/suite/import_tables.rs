//! Tables through the whole importer: one-cell-per-line tables in plans (a table in a 专栏, a
//! caption below, notes, bare numbers next to a table), and every table of the development
//! corpus (`../shared/corpus`) checked for its columns, row count and cells under the right
//! column.

use crate::kit::{repo as root, Project};
use plansite::import;
use plansite::model::{Block, Plan, RowKind, Table};
use plansite::testkit::{NAME_VALUE_CELLS, NUMBERED_CELLS};
use std::path::Path;

/// Imports a seed text (the full importer, fidelity check included) and returns the plan and its
/// import report.
fn import_text(name: &str, text: &str) -> (Plan, String) {
    let slug = name.strip_suffix(".txt").unwrap_or(name);
    let project = Project::import(&[(slug, text)]);
    (project.plan_raw(slug), project.report(slug))
}

/// A plan file through the whole importer: the plan as content/ holds it, and the import report.
fn import_file(path: &Path) -> (Plan, import::report::Report) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let imported = import::import_bytes(path, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let plan = Project::import_files(&[path]).plan_raw(&imported.slug);
    (plan, imported.report)
}

fn cells(t: &Table, i: usize) -> Vec<String> {
    let items: Vec<_> = t.rows.iter().filter(|r| r.kind == RowKind::Item).collect();
    let r = items[i];
    let mut v = vec![r.name.clone()];
    v.extend(r.cells.iter().cloned());
    v
}

const PLAN_HEAD: &str = "某某区绿化“十五五”规划\n\n一、发展目标\n\n";

#[test]
fn a_table_inside_a_box_stays_in_the_box_with_its_notes() {
    let text = format!(
        "{PLAN_HEAD}专栏1  主要指标\n\n序号\n\n指标名称\n\n单位\n\n属性\n\n2030年目标\n\n1\n\n公园数量\n\n座\n\n预期性\n\n1600\n\n2\n\n森林覆盖率*\n\n%\n\n约束性\n\n14.6\n\n注：*按最新统计口径折算。\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n"
    );
    let (p, _) = import_text("box-table.txt", &text);
    let bx = p.boxes()[0].2;
    assert_eq!(bx.title, "主要指标");
    assert!(
        matches!(bx.blocks.as_slice(), [Block::Table(_)]),
        "{:?}",
        bx.blocks
    );
    let t = &p.tables[0];
    assert_eq!(
        t.columns,
        vec!["序号", "指标名称", "单位", "属性", "2030年目标"]
    );
    assert_eq!(cells(t, 1), vec!["2", "森林覆盖率*", "%", "约束性", "14.6"]);
    assert_eq!(t.notes, vec!["注：*按最新统计口径折算。"]);
}

/// A row's one missing value, the table under no note, goes under the column a sentence of the
/// text names when it says the row's figure is yet to be set (`…满意度指标的2030年目标值，待…
/// 另行确定`, in the chapter on the plan's review); the report says the text told it.
#[test]
fn the_text_saying_a_row_s_target_is_yet_to_be_set_places_its_gap() {
    let text = format!(
        "{PLAN_HEAD}主要指标如下表。\n\n表1 主要指标\n\n序号\n\n指标名称\n\n2025年\n\n2030年\n\n属性\n\n\
         1\n\n社区事务就近可办率（%）\n\n78\n\n≥95\n\n预期性\n\n\
         2\n\n居民对社区生活圈服务满意度（分）\n\n86.5\n\n预期性\n\n\
         3\n\n公园绿地服务半径覆盖率（%）\n\n89.2\n\n≥95\n\n约束性\n\n\
         二、保障措施\n\n建立规划评估机制。居民对社区生活圈服务满意度指标的2030年目标值，待全市统一的测评办法出台后另行确定。\n"
    );
    let (p, report) = import_text("text-told-gap.txt", &text);
    let t = &p.tables[0];
    assert_eq!(
        cells(t, 1),
        vec![
            "2",
            "居民对社区生活圈服务满意度（分）",
            "86.5",
            "",
            "预期性"
        ]
    );
    assert!(
        report.contains("where the text says it has no figure"),
        "{report}"
    );
}

/// The text before the table saying a row's indicator has no target set (`…为中期评估时新增的
/// 监测指标，未设定目标值`) places the row's missing value under the target's column, not the
/// result's: the figure it has is what was done.
#[test]
fn the_text_saying_a_row_s_target_was_not_set_places_its_gap() {
    let text = format!(
        "{PLAN_HEAD}主要指标共4项，其中3项已完成;医院停车预约服务覆盖数为中期评估时新增的监测指标，未设定目标值。\n\n\
         表1  主要指标完成情况\n\n序号\n\n类别\n\n指标名称\n\n单位\n\n“十四五”目标\n\n完成情况\n\n属性\n\n\
         1\n\n供给类\n\n公共停车泊位总量\n\n万个\n\n6.5\n\n6.82\n\n预期性\n\n\
         2\n\n新增公共停车泊位\n\n个\n\n12000\n\n13460\n\n预期性\n\n\
         3\n\n管理类\n\n道路停车泊位电子收费覆盖率\n\n%\n\n100\n\n100\n\n约束性\n\n\
         4\n\n医院停车预约服务覆盖数\n\n家\n\n9\n\n预期性\n\n\
         二、主要任务\n\n推进停车设施建设。\n"
    );
    let (p, report) = import_text("text-not-set.txt", &text);
    let t = &p.tables[0];
    assert_eq!(
        cells(t, 3),
        vec!["4", "", "医院停车预约服务覆盖数", "家", "", "9", "预期性"]
    );
    assert!(
        report.contains("where the text says it has no figure"),
        "{report}"
    );
}

/// A tab-separated table under a caption and a unit line takes both as its caption, as a table
/// set one cell per line does.
#[test]
fn a_tab_separated_table_takes_its_caption_over_a_unit_line() {
    let text = format!(
        "{PLAN_HEAD}全县水土流失以轻度为主。\n\n表1 各乡镇水土流失现状\n\n单位：平方公里\n\n乡镇\t土地总面积\t水土流失面积\n城关镇\t96.4\t12.8\n石门乡\t243.5\t58.6\n合计\t339.9\t71.4\n\n二、主要任务\n\n推进综合治理。\n"
    );
    let (p, _) = import_text("tab-caption.txt", &text);
    let t = &p.tables[0];
    assert_eq!(t.title, "表1 各乡镇水土流失现状 单位：平方公里");
    assert_eq!(t.columns, vec!["乡镇", "土地总面积", "水土流失面积"]);
    assert_eq!(cells(t, 1), vec!["石门乡", "243.5", "58.6"]);
}

/// The last row's name over two paragraphs and its last cell a dash, then the caption below the
/// table (and a note): the dash is the row's last cell, the caption the table's, nothing left
/// as text.
#[test]
fn a_dash_closing_the_last_row_over_the_caption_below_is_the_rows_cell() {
    let text = format!(
        "{PLAN_HEAD}主要指标总体完成良好。具体完成情况见下表。\n\n序号\n\n指标名称\n\n单位\n\n“十四五”目标\n\n\
         完成值\n\n完成情况\n\n1\n\n新增保障性租赁住房\n\n万套\n\n1.5\n\n1.62\n\n超额完成\n\n\
         2\n\n旧住房成套改造\n\n万平方米\n\n20\n\n18.6\n\n基本完成\n\n3\n\n保障性住房申请\n\n\
         “一网通办”办理率\n\n%\n\n—\n\n100\n\n—\n\n\
         某某区住房保障“十四五”规划主要指标完成情况\n\n注：第3项为中期评估新增指标。\n\n\
         二、主要任务\n\n推进保障性住房建设。\n"
    );
    let (p, report) = import_text("dash.txt", &text);
    let t = &p.tables[0];
    assert_eq!(t.title, "某某区住房保障“十四五”规划主要指标完成情况");
    assert!(t.caption_below);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(
        cells(t, 2),
        ["3", "保障性住房申请“一网通办”办理率", "%", "—", "100", "—"]
    );
    assert_eq!(t.notes, vec!["注：第3项为中期评估新增指标。"]);
    assert!(
        matches!(p.chapters[0].blocks.last(), Some(Block::Table(_))),
        "{:?}\n{report}",
        p.chapters[0].blocks
    );
}

/// A line pointing to the table (`…具体如下：`) stays the text's when the table's numbered caption
/// stands below it; a `1` right before a value, under a header with no number column, is the
/// first row's value.
#[test]
fn a_pointer_above_leaves_the_caption_below_and_a_first_value_of_one_is_a_value() {
    let text = format!(
        "{PLAN_HEAD}规划设置三类主要指标，具体如下：\n\n类别\n\n指标名称\n\n2020年\n\n2025年\n\n指标属性\n\n勘查\n\n新发现矿产地（处）\n\n1\n\n[3]\n\n约束性\n\n新增查明资源量（万吨）\n\n860\n\n[2000]\n\n预期性\n\n开发利用\n\n矿山总数（个）\n\n41\n\n控制在35个以内\n\n约束性\n\n表3-1 主要指标\n\n注：[ ]内为规划期累计数。\n\n二、主要任务\n\n推进绿色矿山建设。\n"
    );
    let (p, _) = import_text("pointer.txt", &text);
    let t = &p.tables[0];
    assert_eq!(t.title, "表3-1 主要指标");
    assert!(t.caption_below);
    assert_eq!(
        t.columns,
        vec!["类别", "指标名称", "2020年", "2025年", "指标属性"]
    );
    assert_eq!(
        cells(t, 0),
        vec!["勘查", "新发现矿产地（处）", "1", "[3]", "约束性"]
    );
    assert_eq!(
        cells(t, 1)[1..],
        ["新增查明资源量（万吨）", "860", "[2000]", "预期性"]
    );
    assert_eq!(t.notes, vec!["注：[ ]内为规划期累计数。"]);
    let ch = &p.chapters[0];
    assert!(ch
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Paragraph(q) if q.text == "规划设置三类主要指标，具体如下：")));
}

/// A table's note may be headed 说明, 备注 or a source (资料来源, 数据来源, 来源) instead of 注,
/// in a box or not, and numbered notes go on after it; a sentence that only starts with 注
/// (`注重…`) is no note.
#[test]
fn notes_headed_otherwise_than_zhu_are_the_table_s_and_a_sentence_is_not() {
    let table = "序号\n\n指标名称\n\n单位\n\n2030年目标\n\n1\n\n公园数量\n\n座\n\n1600\n\n2\n\n森林覆盖率\n\n%\n\n20";
    for note in [
        "说明：新增公园含口袋公园。",
        "备注:按最新口径。",
        "资料来源：市统计局。",
        "数据来源：区绿化市容局",
    ] {
        for boxed in [true, false] {
            let head = if boxed {
                "专栏1 主要指标\n\n"
            } else {
                ""
            };
            let text = format!(
                "{PLAN_HEAD}{head}{table}\n\n{note}\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n"
            );
            let (p, _) = import_text("notes.txt", &text);
            assert_eq!(p.tables[0].notes, [note], "{note} {boxed}");
            let blocks = &p.chapters[0].blocks;
            assert_eq!(blocks.len(), 1, "{note} {boxed}: {blocks:?}");
        }
    }
    // Numbered notes go on after a first one so headed (`说明：1.…`, then `2.…`).
    let notes = [
        "说明：1.标注“累计”的为五年累计值。",
        "2.公园含口袋公园。",
        "3.“—”表示无单位。",
    ];
    let text = format!(
        "{PLAN_HEAD}{table}\n\n{}\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n",
        notes.join("\n\n")
    );
    let (p, _) = import_text("notes.txt", &text);
    assert_eq!(p.tables[0].notes, notes);
    assert_eq!(p.chapters[0].blocks.len(), 1, "{:?}", p.chapters[0].blocks);
    let text = format!(
        "{PLAN_HEAD}专栏1 主要指标\n\n{table}\n\n注重公园建设质量。\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n"
    );
    let (p, _) = import_text("notes.txt", &text);
    assert!(p.tables[0].notes.is_empty());
    assert!(
        matches!(
            p.chapters[0].blocks.as_slice(),
            [Block::Box(_), Block::Paragraph(_)]
        ),
        "{:?}",
        p.chapters[0].blocks
    );
}

/// A text with no blank lines: the notes under a table end at a line that ends a sentence or
/// before the next heading, and the chapters after it stay chapters.
#[test]
fn notes_of_a_text_without_blank_lines_end_before_the_next_heading() {
    let text = "上海市某某区绿化“十五五”规划\n一、发展目标\n到2030年，公园体系基本建成。\n序号\n指标名称\n\
                单位\n目标\n1\n公园数量\n座\n120\n2\n森林覆盖率*\n%\n20\n注：*按国家最新口径\n计算。\n\
                二、主要任务\n（一）推进公园建设\n新建城市公园5座。\n三、保障措施\n加强组织领导。\n";
    let (p, _) = import_text("noblank.txt", text);
    let chapters: Vec<&str> = p.chapters.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(chapters, ["发展目标", "主要任务", "保障措施"]);
    assert_eq!(p.tables.len(), 1);
    assert_eq!(p.tables[0].notes, vec!["注：*按国家最新口径计算。"]);
    assert_eq!(p.chapters[1].sections[0].title, "推进公园建设");
}

#[test]
fn row_blocks_with_a_caption_below_and_bare_numbers_kept_as_data() {
    // Paragraphs on single lines (no blank lines), rows in blocks, the caption after the table.
    let text = "某某区公园城市“十五五”规划\n一、发展目标\n锚定建设目标，提升生态品质。\n序号\n指标名称\n属性\n“十五五”目标\n\n1\n人均公园绿地面积\n约束性\n11.5\n\n2\n森林覆盖率\n约束性\n20\n\n“十五五”主要发展指标\n二、重点任务\n推进公园建设。\n";
    let (p, report) = import_text("row-blocks.txt", text);
    let t = &p.tables[0];
    assert_eq!(t.title, "“十五五”主要发展指标");
    assert!(t.caption_below);
    assert_eq!(cells(t, 0), vec!["1", "人均公园绿地面积", "约束性", "11.5"]);
    assert_eq!(cells(t, 1), vec!["2", "森林覆盖率", "约束性", "20"]);
    assert!(!report.contains("page-number"), "{report}");
}

/// A unit line right over the header of rows in blocks whose caption stands after them (single
/// lines, no blank lines between paragraphs): the unit line stays the text's, the caption is the
/// one below, and the whole area inside the last row's block (`全区` under 建设地点) is a place,
/// no total.
#[test]
fn a_unit_line_over_row_blocks_with_the_caption_below_and_the_whole_area_as_a_place() {
    let text = "某某区公园城市“十五五”规划\n一、重大项目\n重大项目安排如下：\n单位：亿元\n序号\n项目名称\n建设地点\n总投资\n建设周期\n\n\
                1\n汀泖湖公园二期工程\n芦汀镇\n6.8\n2026—2028年\n\n\
                2\n口袋公园建设工程\n各街道\n1.6\n2026—2030年\n\n\
                3\n镇级环卫基地建设工程\n芦汀镇、杉泾镇\n1.8\n2026—2029年\n\n\
                4\n绿容数字化管理平台建设项目\n全区\n0.6\n2026—2027年\n\n\
                某某区公园城市“十五五”重大项目表\n注：总投资为估算数。\n二、保障措施\n加强组织领导。\n";
    let (p, _report) = import_text("unit-line.txt", text);
    let t = &p.tables[0];
    assert_eq!(t.title, "某某区公园城市“十五五”重大项目表");
    assert!(t.caption_below);
    assert_eq!(t.rows.len(), 4, "{:?}", t.rows);
    assert_eq!(
        cells(t, 3),
        vec![
            "4",
            "绿容数字化管理平台建设项目",
            "全区",
            "0.6",
            "2026—2027年"
        ]
    );
}

/// A numbered caption under a table (`表1 …`) with notes under it: the caption heads the table
/// and the notes are its. The same caption followed by cells heads the next table instead.
#[test]
fn a_numbered_caption_below_a_table_heads_it_with_the_notes_under_it() {
    let cells = "序号\n\n指标名称\n\n单位\n\n2020年现状值\n\n2025年目标值\n\n属性\n\n\
                 1\n\n河湖水面率\n\n%\n\n9.6\n\n10.0\n\n约束性\n\n\
                 2\n\n城镇污水处理率\n\n%\n\n97.5\n\n99\n\n约束性\n\n";
    let caption = "表1 某区水务“十四五”主要指标";
    let notes = "注：1.河湖水面率以陆域面积为基数计算。\n\n2.城镇污水处理率含农村地区。\n\n";
    let text = format!("{PLAN_HEAD}{cells}{caption}\n\n{notes}二、主要任务\n\n推进河湖治理。\n");
    let (p, report) = import_text("caption-below.txt", &text);
    let t = &p.tables[0];
    assert_eq!(t.title, caption);
    assert!(t.caption_below);
    assert_eq!(
        t.notes,
        [
            "注：1.河湖水面率以陆域面积为基数计算。",
            "2.城镇污水处理率含农村地区。"
        ]
    );
    assert_eq!(p.chapters[0].blocks.len(), 1, "{:?}", p.chapters[0].blocks);
    assert!(!report.contains("mid-sentence"), "{report}");
    // A caption line between two tables, with none above the second, heads the second.
    let two = format!(
        "{PLAN_HEAD}{cells}表2 某区水务重点指标\n\n{cells}二、主要任务\n\n推进河湖治理。\n"
    );
    let (p, _) = import_text("caption-between.txt", &two);
    let titles: Vec<&str> = p.tables.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["", "表2 某区水务重点指标"]);
}

/// A 专栏 that is only a table of words (no number column, no figures to anchor its rows), then
/// the section's sentence and its next numbered heading: the box holds the table, the sentence
/// and the heading are the section's.
#[test]
fn a_box_s_table_of_words_ends_before_the_section_s_text() {
    let text = "某某市住房发展“十四五”规划\n\n一、主要任务\n\n（一）推进旧住房更新\n\n\
                3.推进旧住房成套改造\n\n实施旧住房成套改造。\n\n专栏2 旧住房更新改造主要目标\n\n\
                改造方式\n\n“十四五”目标\n\n重点区域\n\n\
                旧住房成套改造\n\n30万平方米\n\n中心城区各区\n\n\
                旧住房综合修缮\n\n约3600万平方米\n\n全市\n\n\
                建立健全项目储备和滚动推进机制。\n\n4.推进城中村改造\n\n统筹推进城中村改造。\n\n\
                二、保障措施\n\n加强组织领导。\n";
    let (p, _) = import_text("box-words.txt", text);
    let bx = p.boxes()[0].2;
    assert!(
        matches!(bx.blocks.as_slice(), [Block::Table(_)]),
        "{:?}",
        bx.blocks
    );
    let t = &p.tables[0];
    assert_eq!(t.columns, ["改造方式", "“十四五”目标", "重点区域"]);
    assert_eq!(t.rows.len(), 2);
    assert_eq!(cells(t, 1), ["旧住房综合修缮", "约3600万平方米", "全市"]);
    let section = &p.chapters[0].sections[0].blocks;
    let after: Vec<String> = section
        .iter()
        .skip_while(|b| !matches!(b, Block::Box(_)))
        .skip(1)
        .map(|b| match b {
            Block::Paragraph(x) => x.full_text(),
            Block::Heading(h) => format!("{}{}", h.label, h.title),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        after,
        [
            "建立健全项目储备和滚动推进机制。",
            "4.推进城中村改造",
            "统筹推进城中村改造。"
        ]
    );
}

#[test]
fn a_bare_number_next_to_a_table_is_kept_as_text() {
    // The last value stands after a complete row: kept as text, not set aside as a page number.
    let text = format!(
        "{PLAN_HEAD}主要指标表\n\n序号\n\n指标名称\n\n单位\n\n目标\n\n1\n\n公园数量\n\n座\n\n1600\n\n2\n\n绿道长度\n\n公里\n\n2636\n\n52\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n"
    );
    let (p, report) = import_text("bare-number.txt", &text);
    assert_eq!(p.tables[0].rows.len(), 2);
    assert!(!report.contains("kind = \"page-number\""), "{report}");
    assert!(
        report.contains("bare number `52` next to a table or among its cells kept as text"),
        "{report}"
    );
}

#[test]
fn a_figure_after_a_total_left_as_text_is_no_page_number() {
    // Cells the reader leaves as text (a 专栏's project table, a cell over two lines), its
    // `合计` and the total's figure last, before a heading: the figure stays in the text.
    let text = format!(
        "{PLAN_HEAD}\
         专栏3 智慧物业建设重点项目\n\n\
         表2 鹤汀区智慧物业建设重点项目投资估算\n\n\
         单位：万元\n\n\
         项目名称\n\n\
         主要建设内容\n\n\
         投资估算\n\n\
         建设年限\n\n\
         区智慧物业综合管理平台\n\n\
         建设物业企业、项目经理、业委会、专项维修资金等基础数据库，实现与市级平台、区城运中心数据互通\n\n\
         680\n\n\
         2021—2022年\n\n\
         住宅小区智能安防提升\n\n\
         在120个老旧住宅小区加装人脸识别门禁、高空抛物监控和电动自行车智能充电设施\n\n\
         1260\n\n\
         2021—2024年\n\n\
         物业服务“码上办”应用\n\n\
         开发业主线上议事表决、\n物业费缴纳、报事报修等移动端功能\n\n\
         320\n\n\
         2022—2023年\n\n\
         电梯和消防设施物联感知\n\n\
         对高层住宅电梯、消防水泵、烟感等设施加装物联感知设备，接入区城运平台\n\n\
         540\n\n\
         2022—2025年\n\n\
         合计\n\n\
         2800\n\n\
         （三）加强行业人才队伍建设\n\n\
         实施物业服务人才培育计划，支持区内职业院校开设物业管理相关专业。加强物业服务从业人员职业技能培训，每年开展项目经理轮训和物业服务技能竞赛，推动物业服务从业人员持证上岗。\n\n\
         实施人才培育计划。\n"
    );
    let (p, report) = import_text("total-figure.txt", &text);
    assert!(!report.contains("kind = \"page-number\""), "{report}");
    let body = format!("{p:?}");
    assert!(body.contains("2800"), "the total's figure is in the plan");
}

#[test]
fn an_annex_label_above_the_caption_stays_outside_the_table() {
    let text = format!(
        "{PLAN_HEAD}推进建设。\n\n附件：重点项目清单\n\n某某区重点项目清单\n\n序号\n\n项目名称\n\n目标\n\n1\n\n泵闸工程\n\n完成建设\n\n2\n\n管网工程\n\n持续推进\n"
    );
    let (p, _) = import_text("annex-table.txt", &text);
    let t = &p.tables[0];
    assert_eq!(t.title, "某某区重点项目清单");
    assert_eq!(t.columns, vec!["序号", "项目名称", "目标"]);
    assert_eq!(cells(t, 1), vec!["2", "管网工程", "持续推进"]);
}

#[test]
fn an_annex_title_repeated_as_the_tables_caption_heads_the_annex_and_the_table() {
    // `附件：` alone, the title, the title again as the table's caption, a unit line: the
    // annex is captioned by the label and the title, the table by the repeated line.
    let text = format!(
        "{PLAN_HEAD}推进建设。\n\n附件：\n\n某某区城市更新重点项目表\n\n某某区城市更新重点项目表\n\n单位：万元\n\n序号\n\n项目名称\n\n总投资\n\n1\n\n湖滨片区改造项目\n\n286000\n\n2\n\n红星印染厂改造项目\n\n42000\n"
    );
    let (p, _) = import_text("annex-repeated.txt", &text);
    assert_eq!(p.annexes.len(), 1);
    let a = &p.annexes[0];
    assert_eq!(
        format!("{}{}", a.caption, a.title),
        "附件：某某区城市更新重点项目表"
    );
    let t = &p.tables[0];
    assert_eq!(t.title, "某某区城市更新重点项目表 单位：万元");
    assert_eq!(t.columns, vec!["序号", "项目名称", "总投资"]);
    assert_eq!(cells(t, 1), vec!["2", "红星印染厂改造项目", "42000"]);
}

#[test]
fn a_title_line_under_an_annex_caption_with_its_own_title_heads_the_table() {
    // `附件1：各区县能耗双控目标`, then the table's own title line, then its header (a place,
    // then a column named with its period): the title line is the table's caption.
    let text = format!(
        "{PLAN_HEAD}推进建设。\n\n附件1：各区县“十四五”能耗双控目标\n\n某某市各区县“十四五”能耗强度下降目标\n\n区县\n\n“十四五”能耗强度降低（%）\n\n能耗增量控制目标\n\n（万吨标准煤）\n\n全市\n\n13.5\n\n430\n\n东湖区\n\n14.5\n\n26\n\n西岭区\n\n14.0\n\n58\n"
    );
    let (p, _) = import_text("annex-title.txt", &text);
    assert_eq!(p.annexes.len(), 1);
    let t = &p.tables[0];
    assert_eq!(t.title, "某某市各区县“十四五”能耗强度下降目标");
    assert_eq!(
        t.columns,
        vec![
            "区县",
            "“十四五”能耗强度降低（%）",
            "能耗增量控制目标（万吨标准煤）"
        ]
    );
    assert_eq!(cells(t, 2), vec!["西岭区", "14.0", "58"]);
}

/// A plan with a table of two indicators laid out one cell per paragraph: a caption `before`
/// the table, `inside` inserted after the cell `120`.
fn repro_plan(before: &str, inside: &str) -> String {
    format!(
        "上海市某某区绿化“十五五”规划\n\n一、发展目标\n\n到2030年，公园体系基本建成。\n\n{before}序号\n\n指标名称\n\n单位\n\n目标\n\n1\n\n公园数量\n\n座\n\n120\n\n{inside}2\n\n森林覆盖率\n\n%\n\n20\n\n二、主要任务\n\n新建城市公园5座。\n"
    )
}

/// The repros' table, whole: four columns, two rows, each value under its indicator; nothing
/// after it in the chapter.
fn assert_repro_table(p: &Plan, title: &str) {
    assert_eq!(p.tables.len(), 1);
    let t = &p.tables[0];
    assert_eq!(t.title, title);
    assert_eq!(t.columns, vec!["序号", "指标名称", "单位", "目标"]);
    assert_eq!(t.rows.len(), 2);
    assert_eq!(cells(t, 0), vec!["1", "公园数量", "座", "120"]);
    assert_eq!(cells(t, 1), vec!["2", "森林覆盖率", "%", "20"]);
    assert!(
        matches!(p.chapters[0].blocks.last(), Some(Block::Table(_))),
        "{:?}",
        p.chapters[0].blocks
    );
}

#[test]
fn a_caption_in_two_lines_heads_its_table() {
    // table_caption_two_lines.txt
    let text = repro_plan("表1\n\n“十五五”主要指标\n\n", "");
    let (p, report) = import_text("table_caption_two_lines.txt", &text);
    assert_repro_table(&p, "表1 “十五五”主要指标");
    assert!(!report.contains("split cell"), "{report}");
    assert!(report.contains("caption split over two lines"), "{report}");
}

#[test]
fn a_unit_line_under_the_caption_stays_with_the_caption() {
    // table_unit_line.txt
    for unit in ["单位：%", "单位：万人", "（单位：万人）"] {
        let text = repro_plan(&format!("“十五五”主要指标\n\n{unit}\n\n"), "");
        let (p, report) = import_text("table_unit_line.txt", &text);
        assert_repro_table(&p, &format!("“十五五”主要指标 {unit}"));
        assert!(!report.contains("split cell"), "{report}");
    }
}

#[test]
fn a_page_number_inside_a_table_is_set_aside_and_listed() {
    // page_number_in_table.txt
    for page in ["— 3 —", "- 3 -"] {
        let text = repro_plan("表1 “十五五”主要指标\n\n", &format!("{page}\n\n"));
        let (p, report) = import_text("page_number_in_table.txt", &text);
        assert_repro_table(&p, "表1 “十五五”主要指标");
        assert!(!report.contains("split cell"), "{report}");
        assert!(
            report.contains(&format!("page number `{page}` inside table t1")),
            "{report}"
        );
    }
    // A bare `3` in a seed with page numbers between its paragraphs (the one before is `2`).
    let mut text = String::from("上海市某某区绿化“十五五”规划\n\n一、发展目标\n\n");
    for page in 1..=2 {
        for i in 0..8 {
            text.push_str(&format!("第{page}页的第{i}段，推进公园建设。\n\n"));
        }
        text.push_str(&format!("{page}\n\n"));
    }
    text.push_str("到2030年，公园体系基本建成。\n\n");
    let table = repro_plan("表1 “十五五”主要指标\n\n", "3\n\n");
    text.push_str(&table[table.find("表1").expect("caption")..]);
    let (p, report) = import_text("bare_page_number.txt", &text);
    let t = &p.tables[0];
    assert_eq!(cells(t, 0), vec!["1", "公园数量", "座", "120"]);
    assert_eq!(cells(t, 1), vec!["2", "森林覆盖率", "%", "20"]);
    assert!(
        report.contains("page number `3` inside table t1"),
        "{report}"
    );
    // Not paged: the bare number stays in the table.
    let text = repro_plan("表1 “十五五”主要指标\n\n", "3\n\n");
    let (p, report) = import_text("bare_number_in_table.txt", &text);
    assert!(!report.contains("kind = \"page-number\""), "{report}");
    assert!(p.tables[0]
        .rows
        .iter()
        .any(|r| r.cells.iter().any(|c| c == "3")));
}

/// Sample rows of a table: item index, every cell (name first).
type Samples = &'static [(usize, &'static [&'static str])];
/// A table: title, columns, item rows, sample rows.
type TableExpect = (&'static str, &'static [&'static str], usize, Samples);

/// A corpus plan's tables.
struct Expect {
    file: &'static str,
    tables: &'static [TableExpect],
}

const CORPUS: &[Expect] = &[
    Expect {
        file: "sh-01-huangpu-chengshigengxin.txt",
        tables: &[(
            "“十五五”城市更新主要预期指标一览表",
            &["类别", "序号", "指标", "单位", "属性", "目标"],
            12,
            &[
                (0, &["促发展", "1", "片区更新数量", "个", "预期性", "2"]),
                (1, &["", "2", "商办楼宇更新数量", "个", "预期性", "25"]),
                (
                    6,
                    &[
                        "",
                        "7",
                        "完整社区建设覆盖率",
                        "%",
                        "预期性",
                        "2027年60%，2028年进一步优化布局",
                    ],
                ),
                (
                    11,
                    &["", "12", "公用人防工程维修养护数量", "个", "预期性", "78"],
                ),
            ],
        )],
    },
    Expect {
        file: "sh-05-shanghai-tudiguanli.txt",
        tables: &[(
            "表1 加强土地管理“十五五”规划主要指标",
            &["指标名称", "2025年", "2030年", "指标性质"],
            7,
            &[
                (
                    0,
                    &["建设用地总规模（平方公里）", "3139", "≤3200", "约束性"],
                ),
                (
                    2,
                    &[
                        "年均土地储备计划规模（平方公里）",
                        "30-40（2021年-2025年）",
                        "50-60",
                        "预期性",
                    ],
                ),
                (
                    6,
                    &[
                        "单位GDP建设用地使用面积下降率（%）",
                        "25（2025年较2020年下降）",
                        "力争达到20左右（2030年较2025年下降）",
                        "预期性",
                    ],
                ),
            ],
        )],
    },
    Expect {
        file: "sh-06-shanghai-shengtaikongjian.txt",
        tables: &[(
            "",
            &plansite::testkit::corpus_headers::SH06_TARGETS,
            10,
            &[
                (3, &["4", "森林覆盖率*", "%", "约束性", "14.1", "14.6"]),
                (
                    4,
                    &[
                        "5",
                        "城市生物多样性指数（鸟类）",
                        "/",
                        "预期性",
                        "0.6",
                        "0.6",
                    ],
                ),
            ],
        )],
    },
    Expect {
        file: "sh-07-putuo-shuiwu.txt",
        tables: &[
            (
                "“十四五”指标完成情况",
                &plansite::testkit::corpus_headers::SH07_RESULTS,
                4,
                &[
                    (
                        0,
                        &[
                            "中心城城镇雨水排水能力达3—5年一遇面积占比",
                            "预期性",
                            "35%1",
                            "74.2%2",
                            "已完成",
                        ],
                    ),
                    (
                        2,
                        &[
                            "地表水达到或好于Ⅲ类水体比例",
                            "约束性",
                            "50%",
                            "100%（区管以上河道断面）100%（市考断面）",
                            "已完成",
                        ],
                    ),
                ],
            ),
            (
                "“十五五”发展目标、主要指标",
                &plansite::testkit::corpus_headers::SH07_TARGETS,
                10,
                &[
                    (
                        0,
                        &[
                            "1",
                            "水安全",
                            "城镇雨水排水达3～5年一遇能力的面积占比",
                            "预期性",
                            "74.2%",
                            "完成市级考核要求",
                        ],
                    ),
                    (
                        2,
                        &[
                            "3",
                            "",
                            "区管以上河湖堤防（护岸）达标率",
                            "预期性",
                            "—",
                            "90%",
                        ],
                    ),
                    (
                        5,
                        &[
                            "6",
                            "水质量",
                            "排水污泥无害化处理处置率",
                            "约束性",
                            "100%",
                            "100%",
                        ],
                    ),
                ],
            ),
            (
                "普陀区水务“十五五”重点项目清单",
                &["序号", "项目类型", "项目名称", "具体内容", "“十五五”目标"],
                27,
                &[
                    (
                        1,
                        &["2", "", "真如泵闸建设工程", "拆除重建真如泵闸", "完成建设"],
                    ),
                    (
                        26,
                        &[
                            "27",
                            "水务现代化管理",
                            "市政基础设施数字化底座系统建设和使用",
                            "持续推进市政基础设施数字化底座系统建设和使用",
                            "持续推进",
                        ],
                    ),
                ],
            ),
        ],
    },
    Expect {
        file: "sh-08-putuo-zhufang.txt",
        tables: &[(
            "表1  普陀区“十五五”住房发展主要指标",
            &["类别", "序号", "指标名称", "属性", "“十五五”目标"],
            4,
            &[
                (
                    0,
                    &[
                        "住房保障",
                        "1",
                        "新增筹措供应新时代城市建设者管理者之家床位",
                        "预期性",
                        "张",
                    ],
                ),
                (
                    3,
                    &[
                        "",
                        "4",
                        "启动在册严重损坏房屋的隐患处置工作",
                        "预期性",
                        "全面启动，稳步推进",
                    ],
                ),
            ],
        )],
    },
    Expect {
        file: "sh-09-minhang-gongyuanchengshi.txt",
        tables: &[(
            "“十五五”主要发展指标",
            &["序号", "指标名称", "属性", "单位", "“十五五”目标"],
            8,
            &[(1, &["2", "森林覆盖率", "约束性", "%", "≥20.1"])],
        )],
    },
    Expect {
        file: "sh-10-changning-shengtaikongjian.txt",
        tables: &[(
            "“十五五”时期长宁区绿化和市容环境建设主要指标",
            &["序号", "指标名称", "单位", "属性", "“十五五”目标"],
            9,
            &[
                (0, &["1", "绿化覆盖率", "%", "约束性", "＞34.33"]),
                (8, &["9", "“美丽街区”提升和新建总量", "个", "约束性", "52"]),
            ],
        )],
    },
    Expect {
        file: "sh-11-changning-jienengjiangtan.txt",
        tables: &[
            (
                "长宁区“十五五”期间节能降碳和循环经济主要指标",
                &["序号", "类别", "指标名称", "单位", "属性", "目标值"],
                10,
                &[
                    (
                        0,
                        &[
                            "1",
                            "总量和强度",
                            "单位生产总值碳排放下降率",
                            "%",
                            "约束性",
                            "完成市下达指标",
                        ],
                    ),
                    (
                        4,
                        &[
                            "5",
                            "建筑节能",
                            "既有建筑节能改造面积",
                            "万平方米",
                            "预期性",
                            "100",
                        ],
                    ),
                ],
            ),
            (
                "重点任务一览表",
                &["重点任务", "序号", "举措", "主要内容"],
                22,
                &[(
                    6,
                    &[
                        "",
                        "7",
                        "深化CN100建筑碳中和倡议",
                        "拓展成员网络并提升减排实效。",
                    ],
                )],
            ),
        ],
    },
    Expect {
        file: "sh-12-songjiang-lvhuashirong.txt",
        tables: &[
            (
                "松江区“十四五”主要指标完成情况",
                &[
                    "类别",
                    "序号",
                    "指标名称",
                    "单位",
                    "属性",
                    "松江区“十四五”指标",
                    "完成情况",
                ],
                18,
                &[
                    (
                        1,
                        &[
                            "",
                            "2",
                            "3000平方米以上公园绿地500米服务半径覆盖率",
                            "%",
                            "预期性",
                            "90.00",
                            "92.96",
                        ],
                    ),
                    (
                        15,
                        &[
                            "特色指标",
                            "16",
                            "人均城乡公园绿地面积",
                            "平方米",
                            "预期性",
                            "20.18",
                            "25",
                        ],
                    ),
                ],
            ),
            (
                "松江区“十五五”绿化市容发展主要指标",
                &[
                    "序号",
                    "指标名称",
                    "单位",
                    "属性",
                    "松江“十四五”现状",
                    "松江“十五五”指标",
                ],
                9,
                &[(
                    3,
                    &["4", "城市生物多样性指数（鸟类）", "", "预期性", "－", "0.6"],
                )],
            ),
        ],
    },
    Expect {
        file: "sh-13-songjiang-zonghejiaotong.txt",
        tables: &[(
            "表1综合交通“十五五”规划主要指标表",
            &plansite::testkit::corpus_headers::SH13_TARGETS,
            11,
            &[
                (
                    2,
                    &[
                        "3",
                        "",
                        "新城全路网密度",
                        "4.65km/km²",
                        "4.8km/km2",
                        "预期性",
                    ],
                ),
                (
                    4,
                    &[
                        "5",
                        "服务类",
                        "新建轨道交通站点周边50米范围内有配套公交站点比例",
                        "/",
                        "100%",
                        "约束性",
                    ],
                ),
            ],
        )],
    },
    Expect {
        file: "sh-14-hongkou-lvseditan.txt",
        tables: &[(
            "表1：虹口区绿色低碳产业发展“十五五”规划主要指标",
            &["序号", "指标", "单位", "“十五五”目标"],
            7,
            &[(
                5,
                &[
                    "6",
                    "区域可再生能源并网量（累计）",
                    "千瓦",
                    "25000（确保完成市下达目标）",
                ],
            )],
        )],
    },
];

#[test]
fn every_corpus_table_has_its_columns_rows_and_cells_in_place() {
    let corpus = root().join("../shared/corpus");
    assert!(
        corpus.is_dir(),
        "the development corpus is at {}",
        corpus.display()
    );
    for e in CORPUS {
        let (plan, report) = import_file(&corpus.join(e.file));
        let tables = &plan.tables;
        assert_eq!(tables.len(), e.tables.len(), "{}: tables", e.file);
        for (t, (title, columns, items, samples)) in tables.iter().zip(e.tables) {
            assert_eq!(t.title, *title, "{}", e.file);
            assert_eq!(t.columns, *columns, "{} {}", e.file, t.id);
            let n = t.rows.iter().filter(|r| r.kind == RowKind::Item).count();
            assert_eq!(n, *items, "{} {}: item rows", e.file, t.id);
            for (i, want) in *samples {
                assert_eq!(cells(t, *i), *want, "{} {} row {i}", e.file, t.id);
            }
            // Every item row has a cell under every column.
            for r in t.rows.iter().filter(|r| r.kind == RowKind::Item) {
                assert_eq!(
                    r.cells.len() + 1,
                    t.columns.len(),
                    "{} {}: {r:?}",
                    e.file,
                    t.id
                );
            }
        }
        // No line of a table is set aside.
        assert!(
            !report.set_aside.iter().any(|s| s.kind == "page-number"),
            "{}: {:?}",
            e.file,
            report.set_aside
        );
    }
}

#[test]
fn plans_without_tables_get_none() {
    let corpus = root().join("../shared/corpus");
    for f in [
        "sh-02-huangpu-hengfu-fengmao.txt",
        "sh-03-huangpu-jiuqugaizao.txt",
        "sh-04-shanghai-lvsejianzhu.txt",
    ] {
        let (plan, _) = import_file(&corpus.join(f));
        assert!(plan.tables.is_empty(), "{f}");
    }
}

#[test]
fn bare_numbers_among_the_cells_of_a_table_not_read_are_kept_as_text() {
    // No caption, no line pointing to it, no number column and no attribute words: the reader
    // takes no table, and the cells stay paragraphs; the bare values among them are not page
    // numbers.
    let text = format!(
        "{PLAN_HEAD}到2025年，就业形势保持稳定。\n\n{}\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n",
        NAME_VALUE_CELLS.join("\n\n")
    );
    let (p, report) = import_text("cells.txt", &text);
    assert!(p.tables.is_empty());
    assert!(!report.contains("kind = \"page-number\""), "{report}");
    assert_eq!(
        report.matches("among its cells kept as text").count(),
        3,
        "{report}"
    );
    // A line that points to them (`…主要指标如下。`) heads them as a caption would.
    let text = text.replace("就业形势保持稳定。", "主要指标如下。");
    let (p, _) = import_text("cells.txt", &text);
    assert_eq!(p.tables.len(), 1);
    assert_eq!(
        cells(&p.tables[0], 1),
        vec!["调查失业率（%）", "4.5", "5以内"]
    );
}

#[test]
fn the_last_value_of_cells_not_read_before_a_heading_is_no_page_number() {
    // Cells the reader takes as no table, each row ending in a figure; the last figure stands
    // before the next heading, after its row's cells, a row's width below the figure above it.
    let text = format!(
        "{PLAN_HEAD}（一）发展专业应急救援队伍\n\n依托重点企业建设专业救援队伍。\n\n\
         队伍名称\n\n依托单位\n\n2025年规模\n\n危险化学品应急救援队\n\n砚川化工园区管委会\n\n120\n\n\
         砚川蓝天救援队\n\n市应急管理局\n\n60\n\n砚川水上搜救志愿队\n\n市红十字会\n\n45\n\n\
         （二）规范引导社会应急力量\n\n建立社会应急力量登记备案制度。\n"
    );
    let (_, report) = import_text("cells.txt", &text);
    assert!(!report.contains("kind = \"page-number\""), "{report}");
    assert!(
        report.contains("bare number `45` next to a table or among its cells kept as text"),
        "{report}"
    );
}

#[test]
fn a_captioned_table_of_names_and_values_is_a_table() {
    // The same cells under a caption: rows of a name and values, as wide as the header.
    let text = format!(
        "{PLAN_HEAD}表1 主要指标\n\n{}\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n",
        NAME_VALUE_CELLS.join("\n\n")
    );
    let (plan, report) = import_text("values.txt", &text);
    assert_eq!(plan.tables.len(), 1, "{report}");
    let t = &plan.tables[0];
    assert_eq!(t.title, "表1 主要指标");
    assert_eq!(t.columns, ["指标", "2020年", "2025年"]);
    assert_eq!(cells(t, 1), ["调查失业率（%）", "4.5", "5以内"]);
    assert!(!report.contains("kept as text"), "{report}");
}

#[test]
fn a_two_row_header_keeps_each_cell_over_its_column_through_to_the_page() {
    let seed_cells = [
        "序号",
        "指标名称",
        "单位",
        "基期值",
        "目标值",
        "属性",
        "2020年",
        "2025年",
        "1",
        "公交站点500米覆盖率",
        "%",
        "90",
        "95",
        "预期性",
        "2",
        "新能源公交车占比",
        "%",
        "80",
        "100",
        "约束性",
    ];
    let text = format!(
        "{PLAN_HEAD}表1 主要指标\n\n{}\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n",
        seed_cells.join("\n\n")
    );
    let project = Project::import(&[("two-rows", &text)]);
    let plan = project.plan_raw("two-rows");
    let report = project.report("two-rows");
    let t = &plan.tables[0];
    assert_eq!(
        t.columns,
        ["序号", "指标名称", "单位", "2020年", "2025年", "属性"]
    );
    assert_eq!(t.headers()[3], "基期值 2020年");
    assert_eq!(t.headers()[4], "目标值 2025年");
    assert_eq!(
        cells(t, 0),
        ["1", "公交站点500米覆盖率", "%", "90", "95", "预期性"]
    );
    assert!(report.contains("read as two rows"), "{report}");
    // The written table file keeps the groups, and a group that does not fit is refused with
    // the file's name.
    let file = project.plan_dir("two-rows").join("tables/t1.toml");
    let toml = std::fs::read_to_string(&file).unwrap();
    assert!(toml.contains("[[column_groups]]"), "{toml}");
    project.build();
    let page = std::fs::read_to_string(project.public().join("two-rows/ch1.html")).unwrap();
    assert!(
        page.contains(r#"<th scope="col" rowspan="2" class="short">单位</th><th scope="col" class="short">基期值</th>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<tr><th scope="col">2020年</th><th scope="col">2025年</th></tr></thead>"#),
        "{page}"
    );
    let data =
        std::fs::read_to_string(project.public().join("two-rows/data/indicators-t1.json")).unwrap();
    assert!(
        data.contains(
            r#""header": "基期值 2020年",
      "role": "baseline""#
        ),
        "{data}"
    );
    assert!(
        data.contains(
            r#""header": "目标值 2025年",
      "role": "target""#
        ),
        "{data}"
    );
    std::fs::write(&file, toml.replace("first = 4", "first = 6")).unwrap();
    let err = match plansite::content::load_site(&project.content()) {
        Ok(_) => panic!("a group past the last column is refused"),
        Err(e) => e.to_string(),
    };
    assert!(
        err.contains("t1.toml") && err.contains("column group `目标值`"),
        "{err}"
    );
}

#[test]
fn a_box_that_is_a_table_of_names_and_values_holds_the_table() {
    // The 专栏's title heads the table as a caption would; the title stays the box's.
    let text = format!(
        "{PLAN_HEAD}专栏1 主要指标\n\n{}\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n",
        NAME_VALUE_CELLS.join("\n\n")
    );
    let project = Project::import(&[("boxed", &text)]);
    let (plan, report) = (project.plan_raw("boxed"), project.report("boxed"));
    let boxes = plan.boxes();
    assert_eq!(boxes.len(), 1, "{report}");
    let (_, _, bx) = boxes[0];
    assert_eq!(bx.title, "主要指标");
    assert!(
        matches!(bx.blocks.as_slice(), [Block::Table(r)] if r.id == "t1"),
        "{:?}",
        bx.blocks
    );
    let t = &plan.tables[0];
    assert_eq!(t.title, "");
    assert_eq!(cells(t, 0), ["城镇新增就业（万人）", "3", "3.5"]);
    // The page shows no caption the source lacks (not the table's id); screen readers get one,
    // the table's name where it is listed.
    project.build();
    let page = std::fs::read_to_string(project.public().join("boxed/box-1.html")).unwrap();
    assert!(
        page.contains(r#"<caption id="t1-c" class="vh">专栏1 主要指标</caption>"#),
        "{page}"
    );
    assert!(!page.contains("表 t1"), "{page}");
    // Where it is listed or headed, it is named by its 专栏; a table printed without a caption
    // outside a box, by its place. Its id is never shown.
    let loose = format!(
        "{PLAN_HEAD}推进公园建设。\n\n{}\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n",
        NUMBERED_CELLS.join("\n\n")
    );
    let project = Project::import(&[("boxed", &text), ("loose", &loose)]);
    assert_eq!(project.plan_raw("loose").tables[0].title, "");
    project.build();
    for (slug, name) in [("boxed", "专栏1 主要指标"), ("loose", "第一部分中的表格")] {
        let overview =
            std::fs::read_to_string(project.public().join(slug).join("index.html")).unwrap();
        assert!(
            overview.contains(&format!(r#"<a href="ch1.html#t1">{name}</a>"#)),
            "{overview}"
        );
        let indicators =
            std::fs::read_to_string(project.public().join(slug).join("indicators.html")).unwrap();
        assert!(
            indicators.contains(&format!(r#"<h2 id="t1-title">{name}</h2>"#)),
            "{indicators}"
        );
        for page in [&overview, &indicators] {
            assert!(!page.contains("表 t1"), "{page}");
        }
    }
    // A row's breadcrumb in search names the 专栏 or place once, not again as the table's name.
    let site = plansite::content::load_site(&project.content()).unwrap();
    let rows: Vec<(String, String)> = plansite::search::index::documents(&site)
        .into_iter()
        .filter(|d| d.url.ends_with("#t1-r1"))
        .map(|d| (d.plan, d.title))
        .collect();
    assert_eq!(
        rows,
        [
            ("boxed".to_string(), "第一部分 › 专栏1".to_string()),
            ("loose".to_string(), "第一部分".to_string())
        ]
    );
}

#[test]
fn a_table_of_projects_is_the_plan_s_text_not_its_indicators() {
    // A 重点项目清单 of words under a header of column names: read as a table (for a check), shown
    // where the plan prints it, and not taken for indicators; a plan whose only table it is gets
    // no indicator page and no link to one.
    let projects = [
        "项目名称",
        "建设内容",
        "完成时间",
        "蔡家浜泵闸",
        "新建泵闸一座，规模30立方米每秒。",
        "2028年",
        "桃浦河整治",
        "河道疏浚5公里，新建护岸。",
        "2029年",
    ]
    .join("\n\n");
    let only_projects = format!(
        "{PLAN_HEAD}表3 重点项目清单\n\n{projects}\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n"
    );
    let indicators = format!(
        "{PLAN_HEAD}表1 主要指标\n\n{}\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n",
        NAME_VALUE_CELLS.join("\n\n")
    );
    let project = Project::import(&[("projects", &only_projects), ("both", &indicators)]);
    let t = &project.plan_raw("projects").tables[0];
    assert_eq!(t.columns, ["项目名称", "建设内容", "完成时间"]);
    assert_eq!(t.rows[1].cells, ["河道疏浚5公里，新建护岸。", "2029年"]);
    assert!(
        project
            .report("projects")
            .contains("read by its header alone"),
        "{}",
        project.report("projects")
    );
    project.build();
    let public = project.public();
    let chapter = std::fs::read_to_string(public.join("projects/ch1.html")).unwrap();
    assert!(
        chapter.contains("<td>河道疏浚5公里，新建护岸。</td>"),
        "{chapter}"
    );
    assert!(!public.join("projects/indicators.html").exists());
    assert!(!public.join("projects/data/indicators-t1.csv").exists());
    let overview = std::fs::read_to_string(public.join("projects/index.html")).unwrap();
    assert!(
        !overview.contains("indicators.html\">主要指标"),
        "{overview}"
    );
    assert!(public.join("both/indicators.html").exists());
    let overview = std::fs::read_to_string(public.join("both/index.html")).unwrap();
    assert!(
        overview.contains("indicators.html\">主要指标"),
        "{overview}"
    );
    plansite::testkit::assert_check_problems(&public, &[]);
}

/// The page shows a caption the source prints under its table under it too.
#[test]
fn a_caption_below_its_table_is_shown_below_it() {
    let text = "某某区公园城市“十五五”规划\n\n一、发展目标\n\n锚定建设目标。\n\n序号\n指标名称\n属性\n“十五五”目标\n\n1\n人均公园绿地面积\n约束性\n11.5\n\n2\n森林覆盖率\n约束性\n20\n\n“十五五”主要发展指标\n\n二、重点任务\n\n推进公园建设。\n";
    let project = Project::import(&[("below", text)]);
    project.build();
    let page = std::fs::read_to_string(project.public().join("below/ch1.html")).expect("page");
    assert!(
        page.contains(r#"<caption id="t1-c" class="below">“十五五”主要发展指标"#),
        "{page}"
    );
}

#[test]
fn a_table_aligned_with_spaces_is_read_by_where_its_cells_stand() {
    // As `pdftotext -layout` extracts a table: a row on a line, cells apart by runs of spaces, an
    // empty cell only more spaces; paragraphs indented with ideographic spaces.
    let text = format!(
        "{PLAN_HEAD}　　表1　主要指标\n\n\
         指标名称                  单位      2020年      2025年      属性\n\
         社有企业销售总额          亿元      268         400         预期性\n\
         其中：农产品销售额        亿元      96          160         预期性\n\
         县域集采集配中心          个                    12          预期性\n\
         为农服务中心              个        48          80          约束性\n\n\
         \u{3000}\u{3000}注：县域集采集配中心为新增指标，2020年无基数。\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n"
    );
    let (p, report) = import_text("aligned.txt", &text);
    let t = &p.tables[0];
    assert_eq!(t.columns, ["指标名称", "单位", "2020年", "2025年", "属性"]);
    assert_eq!(cells(t, 2), ["县域集采集配中心", "个", "", "12", "预期性"]);
    assert_eq!(cells(t, 3), ["为农服务中心", "个", "48", "80", "约束性"]);
    assert!(report.contains("a table aligned with spaces"), "{report}");
}

#[test]
fn a_sentence_naming_the_table_by_its_number_heads_cells_captioned_below() {
    // `…见表2。` right above the cells, the caption `表2 …` after the last row.
    let text = format!(
        "{PLAN_HEAD}各重点产业链质量提升重点见表2。\n\n产业类别\n\n重点产业链\n\n2020年规模（亿元）\n\n质量提升重点\n\n\
         先进制造业\n\n新能源汽车及零部件\n\n286\n\n整车可靠性\n\n电子信息\n\n215\n\n元器件良品率\n\n\
         传统优势产业\n\n食品加工\n\n164\n\n原料可追溯\n\n纺织服装\n\n97\n\n面料功能性\n\n\
         表2 重点产业链质量提升清单\n\n建立重点产业链质量提升工作台账。\n\n二、主要任务\n\n（一）建设公园。推进公园建设。\n"
    );
    let (p, _) = import_text("pointed.txt", &text);
    let t = &p.tables[0];
    assert_eq!(t.title, "表2 重点产业链质量提升清单");
    assert!(t.caption_below);
    assert_eq!(
        t.columns,
        [
            "产业类别",
            "重点产业链",
            "2020年规模（亿元）",
            "质量提升重点"
        ]
    );
    assert_eq!(cells(t, 1), ["", "电子信息", "215", "元器件良品率"]);
}

#[test]
fn a_caption_over_two_lines_or_paragraphs_is_one_caption() {
    // A title line that stops short of a caption's words, then a short line or paragraph that
    // ends in them: one caption, joined with nothing between, whether the first line reads as a
    // caption (`表1 …“十五五”`) or not; neither is a header cell.
    for (before, title) in [
        (
            "某某区农贸市场布局与提升\n“十五五”主要指标\n\n",
            "某某区农贸市场布局与提升“十五五”主要指标",
        ),
        (
            "某某区农贸市场布局与提升\n\n“十五五”主要指标\n\n",
            "某某区农贸市场布局与提升“十五五”主要指标",
        ),
        (
            "表1 某某区生物医药产业“十五五”\n主要发展指标\n\n",
            "表1 某某区生物医药产业“十五五”主要发展指标",
        ),
        // (Four characters after a numbered caption.)
        (
            "表2某某区人才发展“十五五”\n主要指标\n\n",
            "表2某某区人才发展“十五五”主要指标",
        ),
        // (A caption's last words on a line of their own after one that reads whole.)
        (
            "表1 某某市“十四五”新型基础设施主要指标\n完成情况\n\n",
            "表1 某某市“十四五”新型基础设施主要指标完成情况",
        ),
    ] {
        let (p, report) = import_text("caption-lines.txt", &repro_plan(before, ""));
        assert_repro_table(&p, title);
        assert!(report.contains("caption split over two lines"), "{report}");
    }
    // A header's first cell after a caption is the header's (`救助项目`), not the caption's.
    let text = format!(
        "{PLAN_HEAD}表2 某某县基本生活救助标准（2022年）\n\n救助项目\n\n城市标准（元/月）\n\n农村标准（元/月）\n\n最低生活保障\n\n1130\n\n900\n\n特困人员供养\n\n1469\n\n1170\n"
    );
    let (p, _) = import_text("caption-header.txt", &text);
    let t = &p.tables[0];
    assert_eq!(t.title, "表2 某某县基本生活救助标准（2022年）");
    assert_eq!(
        t.columns,
        vec!["救助项目", "城市标准（元/月）", "农村标准（元/月）"]
    );
}

#[test]
fn a_caption_over_two_paragraphs_under_an_annex_naming_both_is_one_caption() {
    // `附件：某某区…“十五五”重点任务清单`, then the same title over two paragraphs: the two are the
    // table's caption.
    let text = format!(
        "{PLAN_HEAD}推进建设。\n\n附件：某某区公共法律服务体系建设“十五五”重点任务清单\n\n某某区公共法律服务体系建设\n\n“十五五”重点任务清单\n\n序号\n\n重点任务\n\n牵头单位\n\n1\n\n建设公共法律服务中心\n\n区司法局\n\n2\n\n推进法律援助便民服务\n\n区司法局\n"
    );
    let (p, report) = import_text("annex-caption-paras.txt", &text);
    assert_eq!(p.annexes.len(), 1);
    let t = &p.tables[0];
    assert_eq!(t.title, "某某区公共法律服务体系建设“十五五”重点任务清单");
    assert_eq!(t.columns, vec!["序号", "重点任务", "牵头单位"]);
    assert_eq!(cells(t, 1), vec!["2", "推进法律援助便民服务", "区司法局"]);
    assert!(report.contains("caption split over two lines"), "{report}");
}

#[test]
fn a_lead_in_to_the_indicators_is_the_text_s_and_the_caption_below_heads_the_table() {
    // `具体指标：` right over the header is no caption (a caption has no colon at its end): it
    // points to the table, whose caption stands below it.
    let text = format!(
        "{PLAN_HEAD}到2030年，地名管理体系更加完善。\n\n具体指标：\n\n序号\n\n指标名称\n\n2025年\n\n2030年\n\n1\n\n地名标志设置率\n\n92%\n\n100%\n\n2\n\n地名文化遗产保护名录数量\n\n36项\n\n60项\n\n表2  某某区地名管理“十五五”主要指标\n\n二、主要任务\n\n推进地名标准化。\n"
    );
    let (p, _) = import_text("lead-in.txt", &text);
    let t = &p.tables[0];
    assert_eq!(t.title, "表2  某某区地名管理“十五五”主要指标");
    assert!(t.caption_below);
    assert_eq!(t.columns, vec!["序号", "指标名称", "2025年", "2030年"]);
    assert_eq!(
        cells(t, 1),
        vec!["2", "地名文化遗产保护名录数量", "36项", "60项"]
    );
    let text_blocks: Vec<_> = p.chapters[0]
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(t) => Some(t.text.as_str()),
            _ => None,
        })
        .collect();
    assert!(text_blocks.contains(&"具体指标："), "{text_blocks:?}");
}

#[test]
fn row_blocks_under_a_level_with_cells_stopped_at_commas() {
    // Row blocks under `等级`, written on its group's first row only, the caption below: a block
    // as long as a row with a line stopped at `，` or `、` is a row of its group with a cell over
    // two lines, and a block two short is a row of its group that lost its area.
    let text = format!(
        "{PLAN_HEAD}全区商业中心布局详见表3。\n\n等级\n名称\n所在街镇\n功能定位\n规划商业建筑面积（万平方米）\n\n\
         市级商业中心\n枫溪中心\n枫林街道、溪口街道\n区域消费中心，集聚首店首发和品质零售\n85\n\n\
         区级商业中心\n溪口商业中心\n溪口街道\n依托轨道交通枢纽的综合型商业中心\n42\n\n\
         望江商业中心\n望江街道\n滨水休闲消费和夜间经济集聚区，\n发展文商旅融合业态\n36\n\n\
         北塘商业中心\n北塘镇\n服务北部新城的综合型商业中心\n\n\
         地区级商业中心\n青枫地区中心\n青枫街道\n社区型购物中心与生活服务综合体\n12\n\n\
         梧桐路地区中心\n梧桐路街道、\n枫林街道\n存量商业更新与特色街区联动发展\n10\n\n\
         表3 枫溪区商业中心布局规划一览表\n\n二、主要任务\n\n优化商业网点布局。\n"
    );
    let (p, _) = import_text("level-blocks.txt", &text);
    assert_eq!(p.tables.len(), 1);
    let t = &p.tables[0];
    assert_eq!(t.title, "表3 枫溪区商业中心布局规划一览表");
    let rows: Vec<(Option<&str>, Vec<String>)> = t
        .rows
        .iter()
        .map(|r| (r.group.as_deref(), r.cells.clone()))
        .collect();
    let row = |g: &'static str, cells: [&str; 4]| {
        (
            Some(g),
            cells.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(rows.len(), 6);
    assert_eq!(
        rows[2],
        row(
            "区级商业中心",
            [
                "望江商业中心",
                "望江街道",
                "滨水休闲消费和夜间经济集聚区，发展文商旅融合业态",
                "36"
            ]
        )
    );
    assert_eq!(
        rows[3],
        row(
            "区级商业中心",
            ["北塘商业中心", "北塘镇", "服务北部新城的综合型商业中心", ""]
        )
    );
    assert_eq!(
        rows[5],
        row(
            "地区级商业中心",
            [
                "梧桐路地区中心",
                "梧桐路街道、枫林街道",
                "存量商业更新与特色街区联动发展",
                "10"
            ]
        )
    );
}

#[test]
fn a_period_over_its_word_stays_one_column_where_later_rows_lack_their_merged_category() {
    // `类别` `序号` … `“十四五”` / `目标值` `2025年完成值` `完成情况`: the first row writes its
    // category and fills the header as written; the later rows are one narrower because the
    // category is merged over them, not because `“十四五”目标值` is a group over the last two.
    let written = [
        "类别",
        "序号",
        "指标",
        "单位",
        "“十四五”",
        "目标值",
        "2025年完成值",
        "完成情况",
        "服务网络",
        "1",
        "社区卫生服务中心数量",
        "个",
        "18",
        "20",
        "超额完成",
        "2",
        "社区卫生服务站标准化建设率",
        "%",
        "100",
        "100",
        "完成",
        "3",
        "每万常住人口全科医生数",
        "人",
        "4",
        "4.3",
        "超额完成",
        "健康管理",
        "4",
        "家庭医生签约率",
        "%",
        "40",
        "45.6",
        "超额完成",
        "5",
        "老年人健康管理率",
        "%",
        "70",
        "72.1",
        "完成",
        "6",
        "孕产妇系统管理率",
        "%",
        "95",
        "96.8",
        "完成",
    ];
    let text = format!(
        "{PLAN_HEAD}表1 “十四五”主要指标完成情况\n\n{}\n\n二、主要任务\n\n做实家庭医生签约服务。\n",
        written.join("\n\n")
    );
    let (p, _) = import_text("merged-category-period.txt", &text);
    assert_eq!(p.tables.len(), 1);
    let t = &p.tables[0];
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标",
            "单位",
            "“十四五”目标值",
            "2025年完成值",
            "完成情况"
        ]
    );
    assert!(t.column_groups.is_empty());
    assert_eq!(t.rows.len(), 6);
    assert_eq!(
        cells(t, 4),
        ["", "5", "老年人健康管理率", "%", "70", "72.1", "完成"]
    );
    assert_eq!(t.rows[4].group.as_deref(), Some("健康管理"));
}

#[test]
fn a_shares_empty_number_is_no_gap_a_note_places() {
    // `其中：外贸集装箱吞吐量` under 类别 序号: no number, a dash for its target, and a note saying
    // it has no target. Its empty number is no missing cell to move under 2025年完成情况.
    let written = [
        "类别",
        "序号",
        "指标名称",
        "单位",
        "属性",
        "汀澜市“十四五”目标",
        "2025年完成情况",
        "总量规模",
        "1",
        "海洋生产总值",
        "亿元",
        "预期性",
        "1300",
        "1386",
        "2",
        "港口货物吞吐量",
        "亿吨",
        "预期性",
        "3.2",
        "3.45",
        "产业发展",
        "3",
        "集装箱吞吐量",
        "万标箱",
        "预期性",
        "260",
        "241.3",
        "其中：外贸集装箱吞吐量",
        "万标箱",
        "预期性",
        "—",
        "156.2",
        "4",
        "海洋新兴产业增加值",
        "亿元",
        "预期性",
        "300",
        "318",
        "注：1.带[ ]的为五年累计数。",
        "2.外贸集装箱吞吐量为“十四五”中期新增监测指标，规划未设目标值。",
    ];
    let text = format!(
        "{PLAN_HEAD}表1 “十四五”主要指标完成情况\n\n{}\n\n二、主要任务\n\n壮大海洋经济。\n",
        written.join("\n\n")
    );
    let (p, _) = import_text("share-number.txt", &text);
    assert_eq!(p.tables.len(), 1);
    let t = &p.tables[0];
    assert_eq!(t.rows.len(), 5);
    assert_eq!(
        cells(t, 3),
        [
            "",
            "",
            "其中：外贸集装箱吞吐量",
            "万标箱",
            "预期性",
            "—",
            "156.2"
        ]
    );
}

#[test]
fn a_caption_below_row_blocks_headed_by_the_names_column_before_its_notes() {
    // No caption above: `指标名称` opens the header (it is no caption, though it reads as one),
    // the rows are blocks, one value over two lines (`75.6%（建成区）` / `80.2%（新建地区）`),
    // and the caption stands below the last block, right before the notes.
    let blocks = [
        "指标名称\n指标属性\n目标值（2025年）\n现状值（2025年）\n进展评价",
        "海绵城市建设达标面积占建成区比例\n约束性\n40%\n45.2%\n已完成",
        "区域除涝标准\n预期性\n20年一遇\n20年一遇\n已完成",
        "年径流总量控制率\n约束性\n75%\n75.6%（建成区）\n80.2%（新建地区）\n已完成",
        "地表水达到或好于Ⅲ类水体比例\n约束性\n60%\n93.5%\n已完成",
        "某某区海绵城市建设“十四五”主要指标完成情况",
        "注： 1 指达到海绵城市建设要求的面积占建成区面积的比例。",
        "2 按排水分区模型评估测算。",
    ];
    let text = format!(
        "{PLAN_HEAD}“十四五”期间，海绵城市建设的主要指标总体完成。\n\n{}\n\n二、主要任务\n\n推进海绵城市建设。\n",
        blocks.join("\n\n")
    );
    let (p, _) = import_text("caption-below-blocks.txt", &text);
    assert_eq!(p.tables.len(), 1);
    let t = &p.tables[0];
    assert_eq!(t.title, "某某区海绵城市建设“十四五”主要指标完成情况");
    assert_eq!(
        t.columns,
        [
            "指标名称",
            "指标属性",
            "目标值（2025年）",
            "现状值（2025年）",
            "进展评价"
        ]
    );
    assert_eq!(t.rows.len(), 4);
    assert_eq!(
        cells(t, 2),
        [
            "年径流总量控制率",
            "约束性",
            "75%",
            "75.6%（建成区）80.2%（新建地区）",
            "已完成"
        ]
    );
    assert_eq!(cells(t, 3)[0], "地表水达到或好于Ⅲ类水体比例");
    assert_eq!(t.notes.len(), 2);
}

#[test]
fn a_caption_over_two_paragraphs_naming_its_period_ends_in_four_characters() {
    // `“十五五”时期某某区街区更新和功能品质提升` / `主要指标`: one caption, not a caption and a
    // header cell.
    let cells = [
        "序号",
        "指标名称",
        "单位",
        "属性",
        "2030年目标",
        "1",
        "旧住房成套改造面积",
        "万平方米",
        "约束性",
        "[20]",
        "2",
        "新增公共开放空间",
        "万平方米",
        "预期性",
        "[12]",
    ];
    let text = format!(
        "{PLAN_HEAD}3.主要指标\n\n“十五五”时期某某区街区更新和功能品质提升\n\n主要指标\n\n{}\n\n二、主要任务\n\n推进街区更新。\n",
        cells.join("\n\n")
    );
    let (p, _) = import_text("caption-two-paragraphs.txt", &text);
    assert_eq!(p.tables.len(), 1);
    let t = &p.tables[0];
    assert_eq!(t.title, "“十五五”时期某某区街区更新和功能品质提升主要指标");
    assert_eq!(
        t.columns,
        ["序号", "指标名称", "单位", "属性", "2030年目标"]
    );
    assert_eq!(t.rows.len(), 2);
}

#[test]
fn a_names_column_right_under_a_box_title_opens_the_header() {
    // `指标名称` reads as a caption, but right under the 专栏's title it is the header's first
    // cell: four columns, not three under a caption `指标名称`.
    let written = [
        "指标名称",
        "2025年",
        "2030年目标",
        "指标性质",
        "生态保护红线面积（平方公里）",
        "412.6",
        "不低于412.6",
        "约束性",
        "森林覆盖率（%）",
        "18.2",
        "19.5",
        "约束性",
    ];
    let text = format!(
        "{PLAN_HEAD}专栏一：某某市国土空间生态修复“十五五”主要指标\n\n{}\n\n二、主要任务\n\n推进生态修复。\n",
        written.join("\n\n")
    );
    let (p, _) = import_text("box-names-column.txt", &text);
    assert_eq!(p.tables.len(), 1);
    let t = &p.tables[0];
    assert_eq!(t.columns, ["指标名称", "2025年", "2030年目标", "指标性质"]);
    assert_eq!(t.rows.len(), 2);
    assert_eq!(cells(t, 1), ["森林覆盖率（%）", "18.2", "19.5", "约束性"]);
}
