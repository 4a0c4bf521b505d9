//! The one-cell-per-line reader, one small fixture per layout, and a property test: any
//! sequence of short lines gives a table that keeps every character, or no table, never a panic.

use super::one_cell::{read, read_with, stream, Options, Read, SrcLine};
use crate::model::{RowKind, Table, TableRow};
use crate::testkit::{NAME_VALUE_CELLS, NUMBERED_CELLS};
use crate::text::strip_spaces;

fn lines(src: &str) -> Vec<SrcLine<'_>> {
    crate::testkit::src_lines(src)
}

/// Cells one per paragraph (a blank line between cells).
fn blank_cells(cells: &[&str]) -> String {
    cells.join("\n\n")
}

/// The row named (numbered) `name`.
fn row_named<'t>(t: &'t Table, name: &str) -> &'t TableRow {
    t.rows
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("row {name}"))
}

/// The column groups of `t` as (title, first column, span).
fn group_spans(t: &Table) -> Vec<(&str, usize, usize)> {
    t.column_groups
        .iter()
        .map(|g| (g.title.as_str(), g.first, g.span))
        .collect()
}

fn rows(t: &Table) -> Vec<String> {
    t.rows
        .iter()
        .map(|r| {
            let kind = match r.kind {
                RowKind::Category => "C",
                RowKind::Group => "G",
                RowKind::Item => "I",
            };
            let mut s = format!("{kind}|{}|", r.group.as_deref().unwrap_or(""));
            if let Some(n) = &r.number {
                s.push_str(n);
                s.push(' ');
            }
            s.push_str(&r.name);
            for c in &r.cells {
                s.push('|');
                s.push_str(c);
            }
            s
        })
        .collect()
}

/// Every character of the consumed lines (and the caption) is in the table, in order.
fn assert_keeps_text(caption: Option<&str>, ls: &[SrcLine], consumed: usize, t: &Table) {
    assert_keeps_text_but(caption, ls, consumed, t, &[]);
}

/// Every character of the consumed lines (and the caption) but the lines `set_aside` (page
/// numbers) is in the table, in order.
fn assert_keeps_text_but(
    caption: Option<&str>,
    ls: &[SrcLine],
    consumed: usize,
    t: &Table,
    set_aside: &[(usize, String)],
) {
    let mut seed: String = caption.map(strip_spaces).unwrap_or_default();
    for l in ls.get(..consumed).unwrap_or(ls) {
        if !set_aside.iter().any(|s| s.0 == l.no) {
            seed.push_str(&strip_spaces(l.text));
        }
    }
    let got = strip_spaces(&stream(t).concat());
    assert_eq!(got, seed, "table text differs from the seed lines it used");
}

/// [`assert_keeps_text_but`] for a read: the page numbers it set aside are the lines it may skip.
fn assert_read_keeps_text(caption: Option<&str>, ls: &[SrcLine], r: &Read) {
    assert_keeps_text_but(
        caption,
        ls,
        r.consumed,
        &r.parsed.table,
        &r.parsed.page_numbers,
    );
}

struct Case {
    name: &'static str,
    caption: Option<&'static str>,
    src: String,
    columns: &'static [&'static str],
    rows: &'static [&'static str],
    notes: &'static [&'static str],
    /// Lines left to the caller after the table.
    left: usize,
}

fn check(c: &Case) -> Table {
    let ls = lines(&c.src);
    let r = read("t1", c.caption.map(|t| (0, t)), &ls)
        .unwrap_or_else(|e| panic!("{}: no table: {e:?}", c.name));
    let t = r.parsed.table.clone();
    assert_eq!(t.columns, c.columns, "{}: columns", c.name);
    assert_eq!(rows(&t), c.rows, "{}: rows", c.name);
    assert_eq!(t.notes, c.notes, "{}: notes", c.name);
    assert_eq!(ls.len() - r.consumed, c.left, "{}: lines left", c.name);
    assert_read_keeps_text(c.caption, &ls, &r);
    t
}

#[test]
fn blank_line_cells_with_a_merged_category_before_the_number() {
    // A value equal to the next row's number (`2` / `2`) must not start the next row.
    check(&Case {
        name: "category before number",
        caption: Some("城市更新主要指标一览表"),
        src: blank_cells(&[
            "类别",
            "序号",
            "指标",
            "单位",
            "属性",
            "目标",
            "促发展",
            "1",
            "片区更新数量",
            "个",
            "预期性",
            "2",
            "2",
            "楼宇更新数量",
            "个",
            "预期性",
            "25",
            "惠民生",
            "3",
            "住房修缮面积",
            "万平方米",
            "约束性",
            "90",
        ]),
        columns: &["类别", "序号", "指标", "单位", "属性", "目标"],
        rows: &[
            "I|促发展|促发展|1|片区更新数量|个|预期性|2",
            "I|促发展||2|楼宇更新数量|个|预期性|25",
            "I|惠民生|惠民生|3|住房修缮面积|万平方米|约束性|90",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn row_blocks_with_the_caption_below() {
    let src = "序号\n指标名称\n属性\n单位\n“十五五”目标\n\n1\n人均公园绿地面积\n约束性\n平方米\n11.5\n\n2\n森林覆盖率\n约束性\n%\n≥20.1\n\n“十五五”主要发展指标";
    let t = check(&Case {
        name: "row blocks",
        caption: None,
        src: src.into(),
        columns: &["序号", "指标名称", "属性", "单位", "“十五五”目标"],
        rows: &[
            "I||1|人均公园绿地面积|约束性|平方米|11.5",
            "I||2|森林覆盖率|约束性|%|≥20.1",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.title, "“十五五”主要发展指标");
    assert!(t.caption_below);
}

#[test]
fn header_cells_split_over_lines_and_paragraphs() {
    // `“十五五”` / `目标` on two lines is one cell; `松江区` / `“十四五”` / `指标` in three
    // paragraphs is one cell; the rows have a name split over two paragraphs.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "属性",
        "松江区",
        "“十四五”",
        "指标",
        "“十五五”\n目标",
        "1",
        "生活垃圾无害化",
        "处理率",
        "%",
        "约束性",
        "100",
        "100",
        "2",
        "森林覆盖率",
        "%",
        "约束性",
        "19.5",
        "20",
    ]);
    let t = check(&Case {
        name: "split header",
        caption: Some("主要指标"),
        src,
        columns: &[
            "序号",
            "指标名称",
            "单位",
            "属性",
            "松江区“十四五”指标",
            "“十五五”目标",
        ],
        rows: &[
            "I||1|生活垃圾无害化处理率|%|约束性|100|100",
            "I||2|森林覆盖率|%|约束性|19.5|20",
        ],
        notes: &[],
        left: 0,
    });
    let _ = t;
    // So is an area's name, `汐港区`, ending as a port area's does.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "汐港区",
        "“十四五”",
        "目标",
        "1",
        "跨境电商进出口额",
        "亿元",
        "300",
        "2",
        "跨境电商企业数量",
        "家",
        "500",
    ]);
    check(&Case {
        name: "area's header",
        caption: Some("主要指标"),
        src,
        columns: &["序号", "指标名称", "单位", "汐港区“十四五”目标"],
        rows: &[
            "I||1|跨境电商进出口额|亿元|300",
            "I||2|跨境电商企业数量|家|500",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_cell_split_after_a_comma_goes_on_in_the_next_piece() {
    // An address over two paragraphs, the first ending with `，`: one cell, not the name joined
    // to its first half, in a row of words with no attribute, and in a row with one.
    let src = blank_cells(&[
        "序号",
        "名称",
        "地址",
        "保护类别",
        "1",
        "山阴路风貌区",
        "东至四川北路，",
        "西至宝山路",
        "市级风貌区",
        "2",
        "提篮桥风貌区",
        "长阳路、霍山路",
        "市级风貌区",
    ]);
    check(&Case {
        name: "split after a comma",
        caption: Some("表1 保护对象一览表"),
        src,
        columns: &["序号", "名称", "地址", "保护类别"],
        rows: &[
            "I||1|山阴路风貌区|东至四川北路，西至宝山路|市级风貌区",
            "I||2|提篮桥风貌区|长阳路、霍山路|市级风貌区",
        ],
        notes: &[],
        left: 0,
    });
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "口径",
        "属性",
        "2030年目标",
        "1",
        "公园数量",
        "含城市公园、",
        "口袋公园",
        "预期性",
        "1600",
        "2",
        "森林覆盖率",
        "全域",
        "约束性",
        "20",
    ]);
    check(&Case {
        name: "split after an enumeration comma, attribute anchored",
        caption: Some("主要指标"),
        src,
        columns: &["序号", "指标名称", "口径", "属性", "2030年目标"],
        rows: &[
            "I||1|公园数量|含城市公园、口袋公园|预期性|1600",
            "I||2|森林覆盖率|全域|约束性|20",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn one_value_missing_before_the_attribute_is_the_baseline_s() {
    // An empty cell vanishes from the text: with a baseline column (`2020年现状值`) before a
    // target column (`2025年目标值`), the value left is the target; without, the last value
    // column is left empty as before.
    let cells = |v1: &str, v2: &str| {
        blank_cells(&[
            "序号",
            "指标名称",
            "单位",
            v1,
            v2,
            "属性",
            "1",
            "消防站数量",
            "个",
            "9",
            "13",
            "约束性",
            "2",
            "专业救援队伍",
            "支",
            "4",
            "预期性",
            "3",
            "微型消防站",
            "个",
            "95",
            "100",
            "约束性",
        ])
    };
    for (v1, v2, row2) in [
        (
            "2020年现状值",
            "2025年目标值",
            "I||2|专业救援队伍|支||4|预期性",
        ),
        ("2025年基期值", "2030年", "I||2|专业救援队伍|支||4|预期性"),
        ("甲", "乙", "I||2|专业救援队伍|支|4||预期性"),
    ] {
        // `Case` holds static slices: these are built per case.
        let columns: &'static [&'static str] =
            Vec::leak(vec!["序号", "指标名称", "单位", v1, v2, "属性"]);
        let rows: &'static [&'static str] = Vec::leak(vec![
            "I||1|消防站数量|个|9|13|约束性",
            row2,
            "I||3|微型消防站|个|95|100|约束性",
        ]);
        check(&Case {
            name: v1,
            caption: Some("表1 主要指标"),
            src: cells(v1, v2),
            columns,
            rows,
            notes: &[],
            left: 0,
        });
    }
}

#[test]
fn a_piece_too_many_is_joined_where_the_cells_fit_their_columns() {
    // Row blocks with no attribute: row 3's 配合单位 is over two lines. The join that leaves
    // each cell nearest its column's usual length is that one, not 牵头单位 with 配合单位.
    let src = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n\n\
               1\n推进保障性租赁住房建设\n区房管局\n区规划资源局、区建管委\n2028年\n\n\
               2\n完善住房租赁市场监管\n区房管局\n区市场监管局\n2027年\n\n\
               3\n完工既有多层住宅加装电梯\n区房管局\n区建管委、区市场监管局\n各街道（镇）\n2030年\n\n\
               4\n建设住房管理数据库\n区房管局\n区数据局、区公安分局\n2027年\n";
    check(&Case {
        name: "profile join",
        caption: Some("重点任务分解表"),
        src: src.to_string(),
        columns: &["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        rows: &[
            "I||1|推进保障性租赁住房建设|区房管局|区规划资源局、区建管委|2028年",
            "I||2|完善住房租赁市场监管|区房管局|区市场监管局|2027年",
            "I||3|完工既有多层住宅加装电梯|区房管局|区建管委、区市场监管局各街道（镇）|2030年",
            "I||4|建设住房管理数据库|区房管局|区数据局、区公安分局|2027年",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_first_row_with_a_piece_too_many_is_joined_by_the_rows_after_it() {
    // Row 1's 建设内容 is over two lines; with no row read before it, the rows after it give
    // the columns' usual lengths.
    let src = "序号\n项目名称\n建设内容\n建设年限\n总投资（亿元）\n\n\
               1\n南海区人民医院新院区\n新建门急诊医技楼、住院楼\n新增床位1200张\n2026—2030年\n38.5\n\n\
               2\n南海区中医院扩建工程\n新建住院综合楼，新增床位500张\n2026—2029年\n12.6\n\n\
               3\n南海区妇幼保健院综合楼\n新建妇儿综合楼，新增床位300张\n2027—2029年\n6.8\n";
    check(&Case {
        name: "first row joined by the rows after",
        caption: Some("重点建设项目表"),
        src: src.to_string(),
        columns: &["序号", "项目名称", "建设内容", "建设年限", "总投资（亿元）"],
        rows: &[
            "I||1|南海区人民医院新院区|新建门急诊医技楼、住院楼新增床位1200张|2026—2030年|38.5",
            "I||2|南海区中医院扩建工程|新建住院综合楼，新增床位500张|2026—2029年|12.6",
            "I||3|南海区妇幼保健院综合楼|新建妇儿综合楼，新增床位300张|2027—2029年|6.8",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_short_block_under_a_name_column_makes_no_group() {
    // The first column names indicators, not categories: a block one cell short is a row with
    // a value missing, never a row of a group named by the row above.
    let src = "指标\n2020年\n2025年\n2030年\n\n\
               城镇新增就业（万人）\n3\n3.5\n4\n\n\
               城镇调查失业率（%）\n4.5\n5\n\n\
               技能人才总量（万人）\n120\n150\n160\n";
    let ls = lines(src);
    if let Ok(r) = read("t1", Some((0, "表1 主要指标")), &ls) {
        assert!(
            r.parsed.table.rows.iter().all(|row| row.group.is_none()),
            "{:?}",
            r.parsed.table.rows
        );
        assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
    }
}

#[test]
fn group_rows_labelled_as_chapters_stay_in_the_table() {
    // `一、防汛安全工程` in the 序号 column, in the style of the plan's chapters: a group row,
    // since a row number follows it; the table does not end there.
    let src = blank_cells(&[
        "序号",
        "项目名称",
        "总投资（亿元）",
        "一、防汛安全工程",
        "1",
        "主海塘提标加固工程",
        "6.85",
        "2",
        "出海闸拆除重建工程",
        "3.20",
        "二、水环境治理工程",
        "3",
        "河道轮疏工程",
        "1.80",
    ]);
    let t = check(&Case {
        name: "labelled group rows",
        caption: Some("重点项目表"),
        src,
        columns: &["序号", "项目名称", "总投资（亿元）"],
        rows: &[
            "C||一、 防汛安全工程",
            "I||1|主海塘提标加固工程|6.85",
            "I||2|出海闸拆除重建工程|3.20",
            "C||二、 水环境治理工程",
            "I||3|河道轮疏工程|1.80",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 5);
    // Followed by text, such a line is a heading and ends the table.
    let src = blank_cells(&[
        "序号",
        "项目名称",
        "总投资（亿元）",
        "1",
        "主海塘提标加固工程",
        "6.85",
        "2",
        "出海闸拆除重建工程",
        "3.20",
        "二、主要任务",
        "推进海塘建设。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "重点项目表")), &ls).unwrap();
    assert_eq!(r.parsed.table.rows.len(), 2);
    assert_eq!(ls.len() - r.consumed, 2);
}

#[test]
fn row_numbers_written_as_section_labels_stay_in_the_table() {
    // `（一）` alone in the 序号 column, the style of the plan's sections: the rows' numbers,
    // not eight sections' labels that end the table at its first row.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "2020年现状",
        "2025年目标",
        "属性",
        "（一）",
        "成片二级旧里以下房屋改造完成率",
        "%",
        "92",
        "100",
        "约束性",
        "（二）",
        "零星旧区改造",
        "万平方米",
        "—",
        "8",
        "约束性",
        "（三）",
        "老旧住房综合修缮",
        "万平方米",
        "480",
        "500",
        "预期性",
        "注：第（二）项为累计数。",
        "（二）主要任务",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).unwrap();
    let rows: Vec<(String, Vec<String>)> = r
        .parsed
        .table
        .rows
        .iter()
        .map(|r| (r.name.clone(), r.cells.clone()))
        .collect();
    assert_eq!(
        rows,
        [
            (
                "（一）",
                ["成片二级旧里以下房屋改造完成率", "%", "92", "100", "约束性"]
            ),
            ("（二）", ["零星旧区改造", "万平方米", "—", "8", "约束性"]),
            (
                "（三）",
                ["老旧住房综合修缮", "万平方米", "480", "500", "预期性"]
            ),
        ]
        .map(|(n, c)| (n.to_string(), c.map(str::to_string).to_vec()))
    );
    assert_eq!(r.parsed.table.notes, ["注：第（二）项为累计数。"]);
    // The section after the note is the plan's again.
    assert_eq!(ls.len() - r.consumed, 1);
    // Under arabic row numbers, a bare `（二）` is a section's label still and ends the table.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "1",
        "公园数量",
        "座",
        "2",
        "绿道长度",
        "公里",
        "（二）",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).unwrap();
    assert_eq!(r.parsed.table.rows.len(), 2);
    assert_eq!(ls.len() - r.consumed, 1);
}

#[test]
fn a_total_in_words_in_one_cell_is_the_tables_last_row() {
    // `合计：新建6座、改建2座` under the last row: a total over the whole row, not the text after
    // the table (in a 专栏, the box would end before it).
    let src = "序号\n名称\n类型\n建设性质\n\n\
               1\n金汇消防救援站\n二级站\n新建\n\n\
               2\n青村消防救援站\n一级站\n改建\n\n\
               3\n庄行小型消防站\n小型站\n新建\n\n\
               合计：新建2座、改建1座\n\n\
               同步推进既有消防救援站营房改造。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "专栏1 消防救援站建设项目")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4);
    assert_eq!(t.rows[3].name, "合计：新建2座、改建1座");
    assert!(t.rows[3].cells.is_empty());
    assert_eq!(ls.len() - r.consumed, 1);
    assert_read_keeps_text(Some("专栏1 消防救援站建设项目"), &ls, &r);
    // A sentence after `合计：` is the text's.
    let src = src.replace("合计：新建2座、改建1座", "合计：三座站点均按期建成。");
    let ls = lines(&src);
    let r = read("t1", Some((0, "专栏1 消防救援站建设项目")), &ls).unwrap();
    assert_eq!(r.parsed.table.rows.len(), 3);
    assert_eq!(ls.len() - r.consumed, 2);
}

#[test]
fn a_vanished_empty_cell_goes_where_the_others_fit_their_columns() {
    // Row 4 has no 选址 (its cell held only a space and vanished): 新建 and 2029年 stay under
    // 建设性质 and 建成年份, where such cells stand in the rows above, not one column early.
    let src = blank_cells(&[
        "序号",
        "站名",
        "选址",
        "建设性质",
        "建成年份",
        "1",
        "顾村消防站",
        "顾村镇联谊路与沪太路交叉口西北侧",
        "新建",
        "2027年",
        "2",
        "大场消防站",
        "大场镇场北路南侧",
        "迁建",
        "2027年",
        "3",
        "宝山新城消防站",
        "杨行镇宝山新城西区",
        "新建",
        "2028年",
        "4",
        "罗泾小型消防站",
        "新建",
        "2029年",
        "5",
        "吴淞滨江消防站",
        "吴淞街道淞滨路东侧",
        "新建",
        "2029年",
    ]);
    let t = check(&Case {
        name: "vanished empty cell",
        caption: Some("专栏1 消防站建设项目"),
        src,
        columns: &["序号", "站名", "选址", "建设性质", "建成年份"],
        rows: &[
            "I||1|顾村消防站|顾村镇联谊路与沪太路交叉口西北侧|新建|2027年",
            "I||2|大场消防站|大场镇场北路南侧|迁建|2027年",
            "I||3|宝山新城消防站|杨行镇宝山新城西区|新建|2028年",
            "I||4|罗泾小型消防站||新建|2029年",
            "I||5|吴淞滨江消防站|吴淞街道淞滨路东侧|新建|2029年",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 5);
    // A unit missing in a row of values: the values stay under theirs.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "“十三五”目标",
        "2020年完成",
        "完成情况",
        "1",
        "防汛墙达标率",
        "%",
        "100",
        "100",
        "已完成",
        "2",
        "区域除涝达标率",
        "%",
        "75",
        "72",
        "基本完成",
        "3",
        "城镇新建地区雨水排水标准",
        "3—5年一遇",
        "3—5年一遇",
        "已完成",
    ]);
    check(&Case {
        name: "vanished unit",
        caption: Some("表1 主要指标完成情况"),
        src,
        columns: &[
            "序号",
            "指标",
            "单位",
            "“十三五”目标",
            "2020年完成",
            "完成情况",
        ],
        rows: &[
            "I||1|防汛墙达标率|%|100|100|已完成",
            "I||2|区域除涝达标率|%|75|72|基本完成",
            "I||3|城镇新建地区雨水排水标准||3—5年一遇|3—5年一遇|已完成",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn blocks_with_a_merged_category_and_totals_are_read_by_their_blocks() {
    // Row blocks under a caption: 领域 merged (written on its group's first row only), a 合计
    // over the first two columns first, 小计 rows inside their groups; `总投资` then
    // `“十五五”计划投资` are two columns, not one named over a period.
    let src = "领域\n项目类别\n项目数\n总投资\n“十五五”计划投资\n\n\
               合计\n50\n300.0\n200.0\n\n\
               产业发展\n先进制造业\n28\n212.6\n118.4\n\n\
               现代服务业\n12\n46.3\n41.5\n\n\
               小计\n40\n258.9\n159.9\n\n\
               基础设施\n交通\n10\n41.1\n40.1\n\n\
               小计\n10\n41.1\n40.1\n\n\
               注：重大项目实行动态管理。\n";
    let t = check(&Case {
        name: "merged blocks",
        caption: Some("重大项目汇总表"),
        src: src.to_string(),
        columns: &["领域", "项目类别", "项目数", "总投资", "“十五五”计划投资"],
        rows: &[
            "I||合计||50|300.0|200.0",
            "I|产业发展|产业发展|先进制造业|28|212.6|118.4",
            "I|产业发展||现代服务业|12|46.3|41.5",
            "I|产业发展||小计|40|258.9|159.9",
            "I|基础设施|基础设施|交通|10|41.1|40.1",
            "I|基础设施||小计|10|41.1|40.1",
        ],
        notes: &["注：重大项目实行动态管理。"],
        left: 0,
    });
    assert_eq!(t.rows.len(), 6);
}

#[test]
fn a_header_cell_over_two_lines_and_circled_notes() {
    // One cell per paragraph: `2030年` / `目标值` with no blank line between is one cell. Under
    // the table, notes numbered `①` `②` and a `资料来源：` after them are all the table's.
    let src = "序号\n\n指标名称\n\n单位\n\n2025年基期值\n\n2030年\n目标值\n\n属性\n\n\
               （一）\n\n粮食播种面积\n\n万亩\n\n152\n\n≥152\n\n约束性\n\n\
               （二）\n\n高标准农田面积①\n\n万亩\n\n98\n\n110\n\n约束性\n\n\
               注：①含新建和改造提升的面积。\n\n\
               ②按行政村计算。\n\n\
               资料来源：县统计局。\n\n\
               第三部分 主要任务\n";
    check(&Case {
        name: "header over two lines, circled notes",
        caption: Some("表1 主要指标"),
        src: src.to_string(),
        columns: &[
            "序号",
            "指标名称",
            "单位",
            "2025年基期值",
            "2030年目标值",
            "属性",
        ],
        rows: &[
            "I||（一）|粮食播种面积|万亩|152|≥152|约束性",
            "I||（二）|高标准农田面积①|万亩|98|110|约束性",
        ],
        notes: &[
            "注：①含新建和改造提升的面积。",
            "②按行政村计算。",
            "资料来源：县统计局。",
        ],
        left: 1,
    });
}

#[test]
fn group_rows_of_a_bare_chapter_label_and_a_name_in_row_blocks() {
    // `一、` alone on its line and the group's name under it, in row blocks under a 序号
    // header: a group row, its rows numbered from 1 again; not a chapter's label that ends the
    // table before its first row.
    let src = "序号\n项目名称\n建设年限\n总投资（亿元）\n\n\
               一、\n医疗服务体系建设项目\n\n\
               1\n区人民医院新院区\n2026—2030年\n38.5\n\n\
               2\n区中医院扩建工程\n2026—2029年\n12.6\n\n\
               二、\n公共卫生体系建设项目\n\n\
               1\n区疾病预防控制中心迁建工程\n2026—2028年\n5.2\n";
    let t = check(&Case {
        name: "bare chapter labels as group rows",
        caption: Some("重点建设项目表"),
        src: src.to_string(),
        columns: &["序号", "项目名称", "建设年限", "总投资（亿元）"],
        rows: &[
            "C||一、 医疗服务体系建设项目",
            "I||1|区人民医院新院区|2026—2030年|38.5",
            "I||2|区中医院扩建工程|2026—2029年|12.6",
            "C||二、 公共卫生体系建设项目",
            "I||1|区疾病预防控制中心迁建工程|2026—2028年|5.2",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 5);
}

#[test]
fn a_blank_line_inside_a_row_block_is_the_vanished_cell() {
    // Row 2's 2025年 cell was empty: its blank line splits the row's block where the cell was.
    let src = "序号\n指标名称\n单位\n2025年\n2030年\n属性\n\n\
               1\n数字经济核心产业增加值\n亿元\n300\n600\n预期性\n\n\
               2\n算力总规模\nEFLOPS\n\n10\n预期性\n\n\
               3\n5G基站数\n个\n8000\n15000\n预期性\n";
    check(&Case {
        name: "blank line inside a row block",
        caption: Some("表1 主要指标"),
        src: src.to_string(),
        columns: &["序号", "指标名称", "单位", "2025年", "2030年", "属性"],
        rows: &[
            "I||1|数字经济核心产业增加值|亿元|300|600|预期性",
            "I||2|算力总规模|EFLOPS||10|预期性",
            "I||3|5G基站数|个|8000|15000|预期性",
        ],
        notes: &[],
        left: 0,
    });
    // One value missing with no blank line to tell: the earlier year's, as a baseline's.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2025年",
        "2030年",
        "属性",
        "1",
        "数字经济核心产业增加值",
        "亿元",
        "300",
        "600",
        "预期性",
        "2",
        "算力总规模",
        "EFLOPS",
        "10",
        "预期性",
        "3",
        "5G基站数",
        "个",
        "8000",
        "15000",
        "预期性",
    ]);
    let t = check(&Case {
        name: "one value missing under two years",
        caption: Some("表1 主要指标"),
        src,
        columns: &["序号", "指标名称", "单位", "2025年", "2030年", "属性"],
        rows: &[
            "I||1|数字经济核心产业增加值|亿元|300|600|预期性",
            "I||2|算力总规模|EFLOPS||10|预期性",
            "I||3|5G基站数|个|8000|15000|预期性",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 3);
}

#[test]
fn a_goal_in_words_has_no_unit() {
    // Row 2 has no unit (its cell vanished): `初步建成` is no unit, so the unit is the cell
    // missing, not the 2025 value.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2025年",
        "2030年",
        "属性",
        "1",
        "人均预期寿命",
        "岁",
        "81.9",
        "82.5",
        "预期性",
        "2",
        "紧密型城市医疗集团建设",
        "初步建成",
        "全面建成",
        "预期性",
        "3",
        "孕产妇死亡率",
        "1/10万",
        "6.8",
        "≤8",
        "预期性",
    ]);
    check(&Case {
        name: "goal in words",
        caption: Some("表1 主要指标"),
        src,
        columns: &["序号", "指标名称", "单位", "2025年", "2030年", "属性"],
        rows: &[
            "I||1|人均预期寿命|岁|81.9|82.5|预期性",
            "I||2|紧密型城市医疗集团建设||初步建成|全面建成|预期性",
            "I||3|孕产妇死亡率|1/10万|6.8|≤8|预期性",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_first_cell_extending_the_first_columns_name_opens_the_rows() {
    // A 专栏's table of words without a caption: `北港区` ends with the first column's name
    // `港区` (a place's header, as `街道`): the first row's name, not a fourth column.
    let src = "港区\n\n功能定位\n\n重点工程\n\n北港区\n\n以集装箱运输为主，建设枢纽港区\n\n\
               集装箱码头三期工程、疏港铁路专用线\n\n南港区\n\n以大宗散货运输为主\n\n\
               矿石码头改造\n\n东屿港区\n\n以客运和港口物流为主\n\n东屿客运码头改造\n\n\
               第二节 提升港口集疏运能力\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["港区", "功能定位", "重点工程"]);
    assert_eq!(
        rows(t),
        [
            "I||北港区|以集装箱运输为主，建设枢纽港区|集装箱码头三期工程、疏港铁路专用线",
            "I||南港区|以大宗散货运输为主|矿石码头改造",
            "I||东屿港区|以客运和港口物流为主|东屿客运码头改造"
        ]
    );
    assert_eq!(ls.len() - r.consumed, 1);
}

#[test]
fn rows_in_blocks_under_a_box_title_are_read_by_their_blocks() {
    // Words and figures with no number column or attribute; a header cell over two lines
    // (`“十五五”` / `目标任务`); a sentence after the rows is text.
    let src = "改造类型\n“十五五”\n目标任务\n单位\n实施重点\n\n成套改造\n120\n万平方米\n不成套职工住宅\n\n\
               综合修缮\n5000\n万平方米\n老旧住宅小区\n\n推进旧住房更新改造与社区治理相结合，规范改造程序。\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["改造类型", "“十五五”目标任务", "单位", "实施重点"]
    );
    assert_eq!(
        rows(t),
        [
            "I||成套改造|120|万平方米|不成套职工住宅",
            "I||综合修缮|5000|万平方米|老旧住宅小区"
        ]
    );
    assert_eq!(ls.len() - r.consumed, 1);
    assert!(r.parsed.warnings[0].1.contains("row blocks"));
    // Not so read: one row; blocks of other sizes; a header block that does not fit the rows.
    for src in [
        "改造类型\n目标\n单位\n\n成套改造\n120\n万平方米\n",
        "改造类型\n目标\n单位\n\n成套改造\n120\n万平方米\n\n综合修缮\n5000\n",
        "改造类型\n目标\n单位\n实施重点\n说明\n备注\n\n成套改造\n120\n万平方米\n\n综合修缮\n5000\n万平方米\n",
    ] {
        let r = read_with("t1", None, &lines(src), titled);
        assert!(r.is_err(), "{src}: {r:?}");
    }
}

#[test]
fn two_header_cells_on_consecutive_lines_and_the_attribute_second() {
    // `指标名称` / `指标属性` without a blank line are two cells; the attribute column is the
    // second; a value continues on the next line (single newline).
    let src = blank_cells(&[
        "指标名称\n指标属性",
        "目标值（2025年）",
        "现状值(2025年）",
        "进展评价",
        "城市防洪标准",
        "预期性",
        "达到100年一遇",
        "达到100年一遇",
        "已完成",
        "地表水达到或好于Ⅲ类水体比例",
        "约束性",
        "50%",
        "100%（区管以上河道断面）\n100%（市考断面）",
        "已完成",
    ]);
    check(&Case {
        name: "attribute second",
        caption: Some("“十四五”指标完成情况"),
        src,
        columns: &crate::testkit::corpus_headers::SH07_RESULTS,
        rows: &[
            "I||城市防洪标准|预期性|达到100年一遇|达到100年一遇|已完成",
            "I||地表水达到或好于Ⅲ类水体比例|约束性|50%|100%（区管以上河道断面）100%（市考断面）|已完成",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn data_cells_split_into_unit_and_period_paragraphs_with_a_note() {
    let src = blank_cells(&[
        "指标名称",
        "2025年",
        "2030年",
        "指标性质",
        "建设用地总规模",
        "（平方公里）",
        "3139",
        "≤3200",
        "约束性",
        "年均土地储备计划",
        "规模（平方公里）",
        "30-40",
        "（2021年-2025年）",
        "50-60",
        "预期性",
        "注：存量土地供应比例，根据供地面积统计。",
        "二、强化土地全周期价值管理",
    ]);
    check(&Case {
        name: "split data cells",
        caption: Some("表1 加强土地管理主要指标"),
        src,
        columns: &["指标名称", "2025年", "2030年", "指标性质"],
        rows: &[
            "I||建设用地总规模（平方公里）|3139|≤3200|约束性",
            "I||年均土地储备计划规模（平方公里）|30-40（2021年-2025年）|50-60|预期性",
        ],
        notes: &["注：存量土地供应比例，根据供地面积统计。"],
        left: 1,
    });
}

#[test]
fn merged_category_after_the_number_with_placeholders_and_numbered_notes() {
    let header = crate::testkit::corpus_headers::SH07_TARGETS;
    let src = blank_cells(
        &[
            &header[..],
            &[
                "1",
                "水安全",
                "易积水点消除比例",
                "预期性",
                "100%",
                "100%",
                "2",
                "堤防达标率",
                "预期性",
                "—",
                "90%",
                "3",
                "水质量",
                "污泥无害化处理处置率",
                "约束性",
                "100%",
                "100%",
                "注： 1、易积水点消除比例采用模型评估。",
                "2.堤防达标率，即达标占比。",
                "四、主要任务",
            ],
        ]
        .concat(),
    );
    check(&Case {
        name: "category after number",
        caption: Some("“十五五”主要指标"),
        src,
        columns: &crate::testkit::corpus_headers::SH07_TARGETS,
        rows: &[
            "I|水安全|1|水安全|易积水点消除比例|预期性|100%|100%",
            "I|水安全|2||堤防达标率|预期性|—|90%",
            "I|水质量|3|水质量|污泥无害化处理处置率|约束性|100%|100%",
        ],
        notes: &[
            "注： 1、易积水点消除比例采用模型评估。",
            "2.堤防达标率，即达标占比。",
        ],
        left: 1,
    });
}

#[test]
fn group_rows_in_the_number_column_and_long_text_cells() {
    let src = blank_cells(&[
        "序号",
        "项目类型",
        "项目名称",
        "具体内容",
        "“十五五”目标",
        "一",
        "水安全",
        "1",
        "泵闸新改建工程",
        "蔡家浜泵闸建设工程",
        "新开蔡家浜河道，新建泵闸、桥梁。",
        "完成建设",
        "2",
        "真如泵闸建设工程",
        "拆除重建真如泵闸",
        "完成建设",
        "二",
        "水质量",
        "3",
        "管道检测修复",
        "周期性开展排水管道检测、修复",
        "持续开展排水管道检测、修复",
        "持续推进",
    ]);
    check(&Case {
        name: "group rows",
        caption: Some("重点项目清单"),
        src,
        columns: &["序号", "项目类型", "项目名称", "具体内容", "“十五五”目标"],
        rows: &[
            "C||一 水安全",
            "I|泵闸新改建工程|1|泵闸新改建工程|蔡家浜泵闸建设工程|新开蔡家浜河道，新建泵闸、桥梁。|完成建设",
            "I|泵闸新改建工程|2||真如泵闸建设工程|拆除重建真如泵闸|完成建设",
            "C||二 水质量",
            "I|管道检测修复|3|管道检测修复|周期性开展排水管道检测、修复|持续开展排水管道检测、修复|持续推进",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn numbered_names_with_categories_wrapped_names_and_merged_cells() {
    // No number column: names numbered `1.`; a category split over two lines; an empty cell
    // written as an extra blank line before a category; a name wrapped onto the next line.
    let src = "指标名称\n\n目标值\n\n指标属性\n\n就业创业\n\n培训\n\n1.城镇新增就业岗位\n\n累计50万个以上\n\n约束性\n\n2.帮扶引领成功创业人数\n\n约束性\n\n劳动关系\n\n\n3.重点救助对象符合规定的医疗费用住\n\n院救助比例\n\n稳定在70%以上\n\n预期性";
    check(&Case {
        name: "numbered names",
        caption: Some("主要指标"),
        src: src.into(),
        columns: &["指标名称", "目标值", "指标属性"],
        rows: &[
            "C||就业创业培训",
            "I||1. 城镇新增就业岗位|累计50万个以上|约束性",
            "I||2. 帮扶引领成功创业人数||约束性",
            "C||劳动关系",
            "I||3. 重点救助对象符合规定的医疗费用住院救助比例|稳定在70%以上|预期性",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn sub_rows_without_a_number_are_rows_of_their_own() {
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "属性",
        "目标",
        "1",
        "新增就业岗位",
        "万个",
        "预期性",
        "50",
        "其中：青年就业",
        "万个",
        "预期性",
        "20",
        "2",
        "职业技能培训",
        "万人次",
        "约束性",
        "30",
    ]);
    check(&Case {
        name: "其中 sub-row",
        caption: Some("主要指标"),
        src,
        columns: &["序号", "指标", "单位", "属性", "目标"],
        rows: &[
            "I||1|新增就业岗位|万个|预期性|50",
            "I|||其中：青年就业|万个|预期性|20",
            "I||2|职业技能培训|万人次|约束性|30",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_sub_row_whose_values_look_like_row_numbers_is_no_new_numbering() {
    // Under a merged category: the sub-row's name, its unit and its values `1` `2` are no group
    // row and no numbering started again; row 4 follows it.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "现状",
        "目标",
        "属性",
        "1",
        "基础设施",
        "消防站数量",
        "座",
        "11",
        "17",
        "约束性",
        "其中：特勤消防站",
        "座",
        "1",
        "2",
        "预期性",
        "2",
        "市政消火栓完好率",
        "%",
        "97.5",
        "99",
        "约束性",
        "3",
        "社会治理",
        "消防安全常识知晓率",
        "%",
        "78",
        "90",
        "预期性",
    ]);
    check(&Case {
        name: "其中 sub-row with small values",
        caption: Some("主要指标"),
        src,
        columns: &["序号", "类别", "指标名称", "单位", "现状", "目标", "属性"],
        rows: &[
            "I|基础设施|1|基础设施|消防站数量|座|11|17|约束性",
            "I|基础设施|||其中：特勤消防站|座|1|2|预期性",
            "I|基础设施|2||市政消火栓完好率|%|97.5|99|约束性",
            "I|社会治理|3|社会治理|消防安全常识知晓率|%|78|90|预期性",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_header_cell_broken_over_two_lines_of_a_row_block_is_one_cell() {
    // The header is one block, one cell per line; `2030年` / `目标值` is one cell broken at its
    // line break, as the rows' width and `2025年基准值` beside it show.
    let src = format!(
        "类别\n序号\n指标名称\n单位\n2025年基准值\n2030年\n目标值\n属性\n\n{}",
        blank_cells(&[
            "保护传承",
            "1",
            "保护规划编制率",
            "%",
            "85",
            "100",
            "约束性",
            "2",
            "历史建筑测绘建档率",
            "%",
            "90",
            "≥95",
            "约束性",
            "活化利用",
            "3",
            "历史建筑开放利用率",
            "%",
            "46",
            "60",
            "预期性",
            "4",
            "人均公共开放空间面积",
            "平方米",
            "3.5",
            "4.2",
            "预期性",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("table");
    assert_eq!(
        r.parsed.table.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "2025年基准值",
            "2030年目标值",
            "属性"
        ]
    );
    assert_eq!(
        rows(&r.parsed.table)[3],
        "I|活化利用||4|人均公共开放空间面积|平方米|3.5|4.2|预期性"
    );
    assert!(
        r.parsed
            .joins
            .iter()
            .any(|j| j.1.contains("`2030年` + `目标值`")),
        "{:?}",
        r.parsed.joins
    );
    assert_read_keeps_text(Some("主要指标"), &ls, &r);
}

#[test]
fn a_missing_cell_and_a_stray_cell_are_kept_and_reported() {
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "属性",
        "现状",
        "目标",
        "1",
        "人均公园绿地面积",
        "平方米",
        "约束性",
        "7.3",
        "8.6",
        "2",
        "城市生物多样性指数（鸟类）",
        "预期性",
        "－",
        "0.6",
        "3",
        "绿道长度",
        "公里",
        "约束性",
        "160",
        "210",
        "（另计）",
    ]);
    let (r, _) = read_warned(&src, "主要指标", "missing before the attribute");
    assert_eq!(
        rows(&r.parsed.table),
        vec![
            "I||1|人均公园绿地面积|平方米|约束性|7.3|8.6",
            "I||2|城市生物多样性指数（鸟类）||预期性|－|0.6",
            "I||3|绿道长度|公里|约束性|160|210（另计）",
        ]
    );
    assert!(r.parsed.joins.iter().any(|j| j.1.contains("（另计）")));
}

/// Reads the table of `src` under `caption`, checks that it keeps the text of the lines it used
/// and that a warning contains `warning`; returns the read and the number of lines offered.
fn read_warned(src: &str, caption: &str, warning: &str) -> (super::Read, usize) {
    let ls = lines(src);
    let r = read("t1", Some((0, caption)), &ls).expect("table");
    assert!(
        r.parsed.warnings.iter().any(|w| w.1.contains(warning)),
        "{warning}: {:?}",
        r.parsed.warnings
    );
    assert_keeps_text(Some(caption), &ls, r.consumed, &r.parsed.table);
    (r, ls.len())
}

#[test]
fn a_header_of_unknown_words_does_not_panic() {
    // Once a `capacity overflow`: no header word, so no column was counted.
    let src = blank_cells(&["甲", "乙", "丙", "1", "子", "丑", "2", "寅", "卯"]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 某表")), &ls).expect("a table");
    assert_eq!(r.parsed.table.columns, vec!["甲", "乙", "丙"]);
    assert_eq!(r.parsed.table.rows.len(), 2);
    assert_keeps_text(Some("表1 某表"), &ls, r.consumed, &r.parsed.table);
}

#[test]
fn prose_and_lists_are_not_tables() {
    for src in [
        "一是持续提升城市绿化环境品质。\n\n二是持续推进绿道建设。",
        "项目计划\n\n1.松江新城绿环建设工程\n\n2.泖港片林湿地生态修复工程\n\n3.车墩镇休闲森林公园",
        "主要指标解释\n\n1.人均公园绿地面积：指期末城区内平均每个人拥有的公园绿地面积。\n2.森林覆盖率：统计方法完善。",
        "",
    ] {
        let ls = lines(src);
        assert!(read("t1", None, &ls).is_err(), "{src}");
    }
}

/// A fixed pseudo-random sequence, so the property test needs no extra crate.
struct Rng<F: FnMut() -> u64>(F);

impl<F: FnMut() -> u64> Rng<F> {
    fn next(&mut self) -> u64 {
        (self.0)()
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn any_short_lines_give_a_table_that_keeps_every_character_or_none() {
    const WORDS: &[&str] = &[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "属性",
        "目标",
        "“十五五”",
        "松江区",
        "1",
        "2",
        "3",
        "4",
        "一",
        "二",
        "约束性",
        "预期性",
        "%",
        "（平方公里）",
        "（2021年）",
        "12.5",
        "≥95",
        "—",
        "/",
        "其中：",
        "1.城镇就业",
        "2.失业率",
        "注：说明。",
        "2.第二条注",
        "一、标题",
        "（一）标题",
        "附件1",
        "表1 主要指标",
        "专栏1 重点",
        "\t",
        "长句子，很长很长。",
        "甲",
        " ",
        "　",
        "0",
        "9999",
        "十",
        "（一",
        "注",
        "表",
        "指标",
        "— 3 —",
        "- 12 -",
        "单位：%",
        "（单位：万人）",
        "表2",
    ];
    let mut rng = Rng(crate::testkit::xorshift(0x9E37_79B9_7F4A_7C15));
    let mut tables = 0;
    for _ in 0..4000 {
        let n = rng.below(40);
        let mut text = String::new();
        for _ in 0..n {
            let w = WORDS[rng.below(WORDS.len())];
            text.push_str(w);
            if rng.below(4) == 0 {
                text.push_str(WORDS[rng.below(WORDS.len())]);
            }
            text.push_str(["\n", "\n\n", "\n\n\n"][rng.below(3)]);
        }
        let ls = lines(&text);
        let caption = [None, Some("表1 指标"), Some("表1")][rng.below(3)];
        let opts = Options {
            paged: rng.below(2) == 0,
            last_page: [None, Some(2)][rng.below(2)],
            titled: rng.below(2) == 0,
            pointed: rng.below(2) == 0,
        };
        if let Ok(r) = read_with("t1", caption.map(|c| (0, c)), &ls, opts) {
            tables += 1;
            assert!(r.consumed <= ls.len());
            assert_read_keeps_text(caption, &ls, &r);
            for (no, _) in &r.parsed.page_numbers {
                assert!(
                    !r.parsed.lines.contains(no),
                    "a page number is a table line"
                );
            }
        }
    }
    assert!(
        tables > 50,
        "the generator should also make tables ({tables})"
    );
}

#[test]
fn a_break_in_the_row_numbers_ends_the_table_and_is_reported() {
    // Row 3 is missing: rows 1–2 make the table; what follows stays text and is listed.
    let src = blank_cells(&[&NUMBERED_CELLS[..], &["4", "森林覆盖率", "%", "20"]].concat());
    let (r, offered) = read_warned(&src, "主要指标", "kept as text");
    assert_eq!(r.parsed.table.rows.len(), 2);
    assert_eq!(offered - r.consumed, 4);
}

/// The cells of the repros' table, in seed order: header, then two rows.
const REPRO_CELLS: [&str; 12] = [
    "序号",
    "指标名称",
    "单位",
    "目标",
    "1",
    "公园数量",
    "座",
    "120",
    "2",
    "森林覆盖率",
    "%",
    "20",
];

/// A two-indicator table laid out one cell per paragraph, as the layout probe found captions, unit
/// lines and page numbers around it: `before_header` cells, its cells from the header on (with
/// `insert.1` after the cell `insert.0`), then the next heading and a paragraph.
fn repro_table(before_header: &[&str], insert: Option<(&str, &str)>) -> String {
    let mut cells: Vec<&str> = before_header.to_vec();
    for c in REPRO_CELLS {
        cells.push(c);
        if let Some((after, x)) = insert {
            if c == after {
                cells.push(x);
            }
        }
    }
    cells.extend(["二、主要任务", "新建城市公园5座。"]);
    blank_cells(&cells)
}

const REPRO_COLUMNS: [&str; 4] = ["序号", "指标名称", "单位", "目标"];
const REPRO_ROWS: [&str; 2] = ["I||1|公园数量|座|120", "I||2|森林覆盖率|%|20"];

/// Reads `src` with `caption` and `opts`, checks the repro table's columns, rows and the two lines
/// left after it, and that it keeps the text of the lines it used.
fn read_repro(src: &str, caption: Option<&str>, opts: Options) -> Read {
    let ls = lines(src);
    let r = read_with("t1", caption.map(|c| (100, c)), &ls, opts).expect("a table");
    assert_eq!(r.parsed.table.columns, REPRO_COLUMNS, "{src}");
    assert_eq!(rows(&r.parsed.table), REPRO_ROWS, "{src}");
    assert_eq!(ls.len() - r.consumed, 2, "lines left: {src}");
    assert_read_keeps_text(caption, &ls, &r);
    r
}

#[test]
fn a_caption_number_on_its_own_line_is_joined_to_the_caption_line_under_it() {
    // table_caption_two_lines: `表1` ⏎ `“十五五”主要指标` ⏎ the header. Once the caption line was
    // read as a header cell, every column shifted by one and the last cell spilled out.
    let src = repro_table(&["“十五五”主要指标"], None);
    let r = read_repro(&src, Some("表1"), Options::default());
    assert_eq!(r.parsed.table.title, "表1 “十五五”主要指标");
    assert_eq!(
        r.parsed.joins,
        vec![(
            vec![100, 1],
            "caption split over two lines: `表1` + `“十五五”主要指标` read as one caption"
                .to_string()
        )]
    );
    assert!(r.parsed.warnings.is_empty(), "{:?}", r.parsed.warnings);
    assert_eq!(r.parsed.lines[..2], [100, 1]);
    // `表 2：` too; a caption with its text keeps the header under it.
    let r = read_repro(&src, Some("表 2："), Options::default());
    assert_eq!(r.parsed.table.title, "表 2： “十五五”主要指标");
    let src = repro_table(&[], None);
    let r = read_repro(&src, Some("表1"), Options::default());
    assert_eq!(r.parsed.table.title, "表1");
    assert!(r.parsed.joins.is_empty());
}

#[test]
fn a_unit_line_under_the_caption_is_read_with_the_caption() {
    // table_unit_line: `“十五五”主要指标` ⏎ `单位：%` ⏎ the header.
    for unit in [
        "单位：%",
        "单位：万人",
        "（单位：万人）",
        "(单位:亿元)",
        "计量单位：%",
    ] {
        let src = repro_table(&[unit], None);
        let r = read_repro(&src, Some("“十五五”主要指标"), Options::default());
        assert_eq!(r.parsed.table.title, format!("“十五五”主要指标 {unit}"));
        assert_eq!(
            r.parsed.joins,
            vec![(
                vec![100, 1],
                format!("unit line `{unit}` read with the caption")
            )]
        );
        assert!(r.parsed.warnings.is_empty(), "{:?}", r.parsed.warnings);
    }
    // After a caption in two lines.
    let src = repro_table(&["“十五五”主要指标", "单位：%"], None);
    let r = read_repro(&src, Some("表1"), Options::default());
    assert_eq!(r.parsed.table.title, "表1 “十五五”主要指标 单位：%");
    // No caption found: the unit line is the caption, and a short line above it is too.
    let src = repro_table(&["单位：%"], None);
    let r = read_repro(&src, None, Options::default());
    assert_eq!(r.parsed.table.title, "单位：%");
    assert!(!r.parsed.table.caption_below);
    let src = repro_table(&["公园城市建设目标", "单位：%"], None);
    let r = read_repro(&src, None, Options::default());
    assert_eq!(r.parsed.table.title, "公园城市建设目标 单位：%");
    // A 单位 header cell is no unit line.
    let src = repro_table(&[], None);
    assert_eq!(
        read_repro(&src, Some("主要指标"), Options::default())
            .parsed
            .table
            .title,
        "主要指标"
    );
}

#[test]
fn a_decorated_page_number_inside_a_table_is_set_aside() {
    // page_number_in_table: `— 3 —` after row 1 became a cell, and a "split cell" repair merged
    // `公园数量` + `座` to make room for it.
    for page in ["— 3 —", "- 3 -", "－3－", "—3—"] {
        for after in ["120", "公园数量", "序号", "20"] {
            let src = repro_table(&[], Some((after, page)));
            let r = read_repro(&src, Some("表1 “十五五”主要指标"), Options::default());
            let no = lines(&src)
                .iter()
                .find(|l| l.text == page)
                .map(|l| l.no)
                .expect("the page number line");
            assert_eq!(r.parsed.page_numbers, vec![(no, page.to_string())]);
            assert!(!r.parsed.lines.contains(&no));
            assert!(r.parsed.joins.is_empty(), "{after}: {:?}", r.parsed.joins);
            assert!(
                r.parsed.warnings.is_empty(),
                "{after}: {:?}",
                r.parsed.warnings
            );
        }
    }
    // Between the last row and the notes: set aside, and the notes are still the table's.
    let src = blank_cells(&[&REPRO_CELLS[..], &["— 3 —", "注：目标为期末值。"][..]].concat());
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("a table");
    assert_eq!(r.parsed.table.notes, vec!["注：目标为期末值。"]);
    assert_eq!(r.parsed.page_numbers.len(), 1);
    assert_eq!(r.consumed, ls.len());
    assert_read_keeps_text(Some("主要指标"), &ls, &r);
}

#[test]
fn a_bare_page_number_inside_a_table_is_set_aside_only_where_the_rows_prove_it_extra() {
    let paged = Options {
        paged: true,
        last_page: None,
        ..Default::default()
    };
    let after_page_2 = Options {
        paged: true,
        last_page: Some(2),
        ..Default::default()
    };
    // Mid-row in a paged seed after page 2: only without `3` do the rows fit.
    let src = repro_table(&[], Some(("公园数量", "3")));
    let r = read_repro(&src, Some("主要指标"), after_page_2);
    assert_eq!(r.parsed.page_numbers, vec![(13, "3".to_string())]);
    assert!(r.parsed.joins.is_empty(), "{:?}", r.parsed.joins);
    // A number that follows no page number seen is a value, however the rows fit: with no page
    // seen before, or after page 7.
    for opts in [
        paged,
        Options {
            paged: true,
            last_page: Some(7),
            ..Default::default()
        },
    ] {
        let ls = lines(&src);
        let r = read_with("t1", Some((0, "主要指标")), &ls, opts).expect("a table");
        assert!(
            r.parsed.page_numbers.is_empty(),
            "{:?}",
            r.parsed.page_numbers
        );
        assert_read_keeps_text(Some("主要指标"), &ls, &r);
    }
    // The same seed not known to be paged: the number stays a cell.
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("a table");
    assert!(r.parsed.page_numbers.is_empty());
    assert!(rows(&r.parsed.table).concat().contains('3'));
    assert_read_keeps_text(Some("主要指标"), &ls, &r);
    // After `120`, `120` or `3` could be the page number: the previous page number tells.
    let src = repro_table(&[], Some(("120", "3")));
    let r = read_repro(
        &src,
        Some("主要指标"),
        Options {
            paged: true,
            last_page: Some(2),
            ..Default::default()
        },
    );
    assert_eq!(r.parsed.page_numbers, vec![(17, "3".to_string())]);
    // Without it nothing is set aside.
    let ls = lines(&src);
    let r = read_with("t1", Some((0, "主要指标")), &ls, paged).expect("a table");
    assert!(r.parsed.page_numbers.is_empty());
    assert_read_keeps_text(Some("主要指标"), &ls, &r);
    // A name split over two paragraphs is no page number: `120` stays in its row.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "目标",
        "1",
        "公园",
        "数量",
        "座",
        "120",
        "2",
        "森林覆盖率",
        "%",
        "20",
    ]);
    let ls = lines(&src);
    let r = read_with("t1", Some((0, "主要指标")), &ls, paged).expect("a table");
    assert!(r.parsed.page_numbers.is_empty());
    assert_eq!(
        rows(&r.parsed.table),
        ["I||1|公园数量|座|120", "I||2|森林覆盖率|%|20"]
    );
}

#[test]
fn a_place_alone_over_the_next_header_cell_is_a_column_of_its_own() {
    // `县（区）` / `县级寄递公共配送中心` on two lines of one paragraph: two columns, as the rows
    // of a place and three counts say.
    let src = "县（区）\n县级寄递公共配送中心\n\n乡镇快递物流站点\n\n村级寄递物流综合服务站\n\n\
               澄湖区\n\n1\n\n6\n\n48\n\n临港区\n\n1\n\n3\n\n—\n\n云岭县\n\n2\n\n9\n\n121\n\n\
               注：“—”表示不涉及。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 县乡村三级寄递物流体系建设任务")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "县（区）",
            "县级寄递公共配送中心",
            "乡镇快递物流站点",
            "村级寄递物流综合服务站"
        ]
    );
    assert_eq!(
        rows(t),
        ["I||澄湖区|1|6|48", "I||临港区|1|3|—", "I||云岭县|2|9|121"]
    );
    assert_eq!(t.notes, ["注：“—”表示不涉及。"]);
}

#[test]
fn rows_of_a_name_and_values_under_a_caption() {
    // No number column, no attribute words: a name, then values, as wide as the header.
    let t = check(&Case {
        name: "name and values",
        caption: Some("表1 主要指标"),
        src: blank_cells(&[&NAME_VALUE_CELLS[..], &["完善就业服务体系。"]].concat()),
        columns: &["指标", "2020年", "2025年"],
        rows: &[
            "I||城镇新增就业（万人）|3|3.5",
            "I||调查失业率（%）|4.5|5以内",
            "I||职业技能培训（万人次）|2|3",
        ],
        notes: &[],
        left: 1,
    });
    assert!(t.column_groups.is_empty());
    // Without a caption, or with one row only, or with words for values, the lines are text.
    let src = blank_cells(&NAME_VALUE_CELLS[..6]);
    assert!(read("t1", Some((0, "表1 主要指标")), &lines(&src)).is_err());
    let src = blank_cells(&[
        "指标", "2020年", "2025年", "甲", "3", "3.5", "乙", "4.5", "5",
    ]);
    assert!(read("t1", None, &lines(&src)).is_err());
    let src = blank_cells(&[
        "指标",
        "现状",
        "目标",
        "甲",
        "2",
        "稳步提高",
        "乙",
        "基本建成",
        "全面建成",
    ]);
    let r = read("t1", Some((0, "表1 主要指标")), &lines(&src));
    assert!(r.is_err(), "{r:?}");
}

/// The header's cells as the reader gives them: columns, then each group as `title/first/span`.
fn head(t: &Table) -> (Vec<String>, Vec<String>) {
    let groups = t
        .column_groups
        .iter()
        .map(|g| format!("{}/{}/{}", g.title, g.first, g.span))
        .collect();
    (t.columns.clone(), groups)
}

#[test]
fn a_two_row_header_read_as_one_run_of_cells() {
    // (what, seed cells, columns, groups as `title/first/span`)
    type HeadCase<'a> = (&'a str, &'a [&'a str], &'a [&'a str], &'a [&'a str]);
    let cases: &[HeadCase] = &[
        (
            // Numbered rows; each value column has its year under it.
            "years under base and target",
            &[
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
            ],
            &["序号", "指标名称", "单位", "2020年", "2025年", "属性"],
            &["基期值/3/1", "目标值/4/1"],
        ),
        (
            // Attribute rows, no number column.
            "attribute rows",
            &[
                "指标",
                "单位",
                "现状值",
                "目标值",
                "属性",
                "2020年",
                "2025年",
                "PM2.5年均浓度",
                "微克/立方米",
                "32",
                "30",
                "约束性",
                "河湖水面率",
                "%",
                "3.2",
                "3.3",
                "预期性",
            ],
            &["指标", "单位", "2020年", "2025年", "属性"],
            &["现状值/2/1", "目标值/3/1"],
        ),
        (
            // One group over two years: the target, not the present value.
            "one group over two years",
            &[
                "序号",
                "指标",
                "单位",
                "现状",
                "目标值",
                "属性",
                "2023年",
                "2025年",
                "1",
                "PM2.5年均浓度",
                "微克/立方米",
                "32",
                "31",
                "30",
                "约束性",
                "2",
                "空气质量优良天数比率",
                "%",
                "87",
                "87.5",
                "88",
                "约束性",
                "3",
                "河湖水面率",
                "%",
                "3.2",
                "3.25",
                "3.3",
                "预期性",
            ],
            &["序号", "指标", "单位", "现状", "2023年", "2025年", "属性"],
            &["目标值/4/2"],
        ),
        (
            // Names numbered `1.`, no number column.
            "numbered names",
            &[
                "指标",
                "单位",
                "基期值",
                "目标值",
                "2020年",
                "2025年",
                "1.PM2.5年均浓度",
                "微克/立方米",
                "32",
                "30",
                "2.河湖水面率",
                "%",
                "3.2",
                "3.3",
                "3.森林覆盖率",
                "%",
                "18.3",
                "19.5",
            ],
            &["指标", "单位", "2020年", "2025年"],
            &["基期值/2/1", "目标值/3/1"],
        ),
        (
            // A year over value words.
            "value words under a year",
            &[
                "指标",
                "单位",
                "2020年",
                "2025年",
                "属性",
                "目标值",
                "预期值",
                "PM2.5年均浓度",
                "微克/立方米",
                "32",
                "30",
                "28",
                "约束性",
                "河湖水面率",
                "%",
                "3.2",
                "3.3",
                "3.4",
                "预期性",
            ],
            &["指标", "单位", "2020年", "目标值", "预期值", "属性"],
            &["2025年/3/2"],
        ),
        (
            // The group named in the cells under it.
            "一级指标 and 二级指标 under 指标",
            &[
                "序号",
                "指标",
                "单位",
                "目标",
                "属性",
                "一级指标",
                "二级指标",
                "1",
                "环境质量",
                "PM2.5年均浓度",
                "微克/立方米",
                "30",
                "约束性",
                "2",
                "环境质量",
                "空气质量优良天数比率",
                "%",
                "88",
                "约束性",
                "3",
                "水环境",
                "河湖水面率",
                "%",
                "3.3",
                "预期性",
            ],
            &["序号", "一级指标", "二级指标", "单位", "目标", "属性"],
            &["指标/1/2"],
        ),
        (
            // The attribute under the target, after its year: last of all the cells.
            "a year and the attribute under the target",
            &[
                "序号",
                "指标名称",
                "单位",
                "“十三五”完成情况",
                "“十四五”目标",
                "2025年",
                "属性",
                "1",
                "区域除涝标准达标率",
                "%",
                "68",
                "90",
                "预期性",
                "2",
                "供水水质达标率",
                "%",
                "99",
                "100",
                "约束性",
            ],
            &[
                "序号",
                "指标名称",
                "单位",
                "“十三五”完成情况",
                "2025年",
                "属性",
            ],
            &["“十四五”目标/4/2"],
        ),
    ];
    for (name, cells, columns, groups) in cases {
        let src = blank_cells(cells);
        let ls = lines(&src);
        let r = read("t1", Some((0, "表1 主要指标")), &ls)
            .unwrap_or_else(|e| panic!("{name}: no table: {e:?}"));
        let t = &r.parsed.table;
        let want = (
            columns.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            groups.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
        );
        assert_eq!(head(t), want, "{name}");
        assert!(t.column_groups_problem().is_none(), "{name}");
        for row in &t.rows {
            assert_eq!(row.cells.len() + 1, t.columns.len(), "{name}: {row:?}");
            assert!(
                row.cells.iter().all(|c| !c.is_empty()),
                "{name}: an empty cell in {row:?}"
            );
        }
        assert!(
            r.parsed
                .warnings
                .iter()
                .any(|w| w.1.contains("read as two rows")),
            "{name}: {:?}",
            r.parsed.warnings
        );
        // The stream gives the header in the seed's order: the upper row, then the lower.
        assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
    }
    // Rows of a name and values under a two-row header.
    let mut cells = vec!["指标", "基期值", "目标值"];
    cells.extend(&NAME_VALUE_CELLS[1..9]);
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        head(&r.parsed.table),
        (
            vec!["指标".to_string(), "2020年".into(), "2025年".into()],
            vec!["基期值/1/1".to_string(), "目标值/2/1".into()]
        )
    );
    assert_eq!(rows(&r.parsed.table)[1], "I||调查失业率（%）|4.5|5以内");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
    // Extra cells that name no year or value under no value column stay one row, as written.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "属性",
        "备注",
        "说明",
        "1",
        "甲",
        "%",
        "预期性",
        "2",
        "乙",
        "%",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert!(r.parsed.table.column_groups.is_empty());
    assert_eq!(r.parsed.table.columns.len(), 6);
}

#[test]
fn row_numbers_with_their_marks_anchor_the_rows() {
    // `1.`, `1、`, `（1）` in the number column, no attribute column to fall back on.
    for marks in [
        ["1.", "2.", "3."],
        ["1、", "2、", "3、"],
        ["（1）", "（2）", "（3）"],
    ] {
        let src = blank_cells(&[
            "序号",
            "指标",
            "单位",
            "2020年",
            "2025年",
            marks[0],
            "PM2.5年均浓度",
            "微克/立方米",
            "32",
            "30",
            marks[1],
            "河湖水面率",
            "%",
            "3.2",
            "3.3",
            marks[2],
            "森林覆盖率",
            "%",
            "18",
            "19",
        ]);
        let ls = lines(&src);
        let r = read("t1", Some((0, "表1 主要指标")), &ls)
            .unwrap_or_else(|e| panic!("{marks:?}: no table: {e:?}"));
        let t = &r.parsed.table;
        assert_eq!(t.columns, ["序号", "指标", "单位", "2020年", "2025年"]);
        assert_eq!(
            rows(t)[1],
            format!("I||{}|河湖水面率|%|3.2|3.3", marks[1]),
            "{marks:?}"
        );
        assert!(r.parsed.warnings.is_empty(), "{:?}", r.parsed.warnings);
        assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
    }
}

#[test]
fn a_number_column_the_header_does_not_name() {
    let t = check(&Case {
        name: "unnamed number column",
        caption: Some("表1 主要指标"),
        src: blank_cells(&[
            "指标",
            "单位",
            "2020年",
            "2025年",
            "属性",
            "1",
            "地区生产总值增速",
            "%",
            "3",
            "6左右",
            "预期性",
            "2",
            "研发投入强度",
            "%",
            "3.5",
            "4",
            "预期性",
        ]),
        columns: &["", "指标", "单位", "2020年", "2025年", "属性"],
        rows: &[
            "I||1|地区生产总值增速|%|3|6左右|预期性",
            "I||2|研发投入强度|%|3.5|4|预期性",
        ],
        notes: &[],
        left: 0,
    });
    assert!(t.column_groups.is_empty());
}

#[test]
fn a_merged_category_first_in_rows_anchored_by_the_attribute() {
    check(&Case {
        name: "merged category, attribute rows",
        caption: Some("表1 主要指标"),
        src: blank_cells(&[
            "类别",
            "指标",
            "2020年",
            "2025年",
            "属性",
            "经济发展",
            "地区生产总值（亿元）",
            "1200",
            "1600",
            "预期性",
            "全员劳动生产率（万元/人）",
            "25",
            "30",
            "预期性",
            "民生福祉",
            "城镇新增就业（万人）",
            "〔15〕",
            "〔16〕",
            "预期性",
        ]),
        columns: &["类别", "指标", "2020年", "2025年", "属性"],
        rows: &[
            "I|经济发展|经济发展|地区生产总值（亿元）|1200|1600|预期性",
            "I|经济发展||全员劳动生产率（万元/人）|25|30|预期性",
            "I|民生福祉|民生福祉|城镇新增就业（万人）|〔15〕|〔16〕|预期性",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn bracketed_five_year_totals_are_values() {
    check(&Case {
        name: "bracketed values",
        caption: Some("表1 主要指标"),
        src: blank_cells(&[
            "指标",
            "2020年",
            "2025年",
            "城镇新增就业（万人）",
            "〔15〕",
            "〔16〕",
            "新增绿地（公顷）",
            "〔200〕",
            "〔300〕",
            "人均公园绿地面积（平方米）",
            "8.5",
            "9",
        ]),
        columns: &["指标", "2020年", "2025年"],
        rows: &[
            "I||城镇新增就业（万人）|〔15〕|〔16〕",
            "I||新增绿地（公顷）|〔200〕|〔300〕",
            "I||人均公园绿地面积（平方米）|8.5|9",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_total_row_after_the_last_numbered_row_closes_the_table() {
    check(&Case {
        name: "total row",
        caption: Some("表1 重大项目投资"),
        src: blank_cells(&[
            "序号",
            "项目名称",
            "总投资（亿元）",
            "“十四五”投资（亿元）",
            "1",
            "轨道交通18号线",
            "200",
            "120",
            "2",
            "北横通道",
            "150",
            "90",
            "合 计",
            "350",
            "210",
            "加快推进重大项目建设。",
        ]),
        columns: &["序号", "项目名称", "总投资（亿元）", "“十四五”投资（亿元）"],
        rows: &[
            "I||1|轨道交通18号线|200|120",
            "I||2|北横通道|150|90",
            "I||合 计||350|210",
        ],
        notes: &[],
        left: 1,
    });
}

/// The header of the project tables of the total-row tests.
const INVESTMENT_COLUMNS: [&str; 5] =
    ["序号", "项目名称", "建设规模", "总投资（亿元）", "建设年限"];

/// Rows 1 and 2 of those tables, cell by cell.
const FIRST_PROJECTS: [&str; 10] = [
    "1",
    "环岛海塘达标提升工程",
    "30公里",
    "12.5",
    "2021-2025年",
    "2",
    "骨干河道整治工程",
    "45公里",
    "8.2",
    "2021-2024年",
];

/// A project table's rows under group rows `一` / `二`, each group closed by its `小计`, the
/// table by its `合计`; the investment column is followed by a column of years.
fn subtotal_cells(numbering_again: bool, subtotal_count: bool) -> String {
    let third = if numbering_again { "1" } else { "3" };
    let mut cells = INVESTMENT_COLUMNS.to_vec();
    cells.extend(["一", "防汛除涝"]);
    cells.extend(FIRST_PROJECTS);
    cells.push("小计");
    if subtotal_count {
        cells.push("2");
    }
    cells.extend([
        "20.7",
        "二",
        "供水安全",
        third,
        "陈行水库扩建工程",
        "库容增加100万立方米",
        "5.1",
        "2022-2025年",
        "小 计",
        "5.1",
        "合计",
        "25.8",
        "加强组织领导。",
    ]);
    blank_cells(&cells)
}

#[test]
fn subtotal_rows_close_each_group_and_their_amounts_stand_under_the_amount_column() {
    let expected: &[&str] = &[
        "C||一 防汛除涝",
        "I||1|环岛海塘达标提升工程|30公里|12.5|2021-2025年",
        "I||2|骨干河道整治工程|45公里|8.2|2021-2024年",
        "I||小计|||20.7|",
        "C||二 供水安全",
        "I||3|陈行水库扩建工程|库容增加100万立方米|5.1|2022-2025年",
        "I||小 计|||5.1|",
        "I||合计|||25.8|",
    ];
    let columns = &INVESTMENT_COLUMNS;
    let t = check(&Case {
        name: "subtotals",
        caption: Some("表2 重点项目表"),
        src: subtotal_cells(false, false),
        columns,
        rows: expected,
        notes: &[],
        left: 1,
    });
    assert!(t
        .rows
        .iter()
        .all(|r| r.kind == RowKind::Category || r.cells.len() == 4));
    // Numbering that starts again under each group.
    let again: Vec<String> = expected
        .iter()
        .map(|r| r.replace("I||3|", "I||1|"))
        .collect();
    let ls_src = subtotal_cells(true, false);
    let ls = lines(&ls_src);
    let r = read("t1", Some((0, "表2 重点项目表")), &ls).expect("a table");
    assert_eq!(rows(&r.parsed.table), again);
    assert_eq!(ls.len() - r.consumed, 1);
    assert_read_keeps_text(Some("表2 重点项目表"), &ls, &r);
    // The table's total under the header too, then the group row (fuzzing found its number lost).
    let first_src =
        subtotal_cells(false, false).replacen("建设年限\n\n", "建设年限\n\n合计\n\n25.8\n\n", 1);
    let ls = lines(&first_src);
    let r = read("t1", Some((0, "表2 重点项目表")), &ls).expect("a table");
    let mut with_first = vec!["I||合计|||25.8|".to_string()];
    with_first.extend(expected.iter().map(|r| r.to_string()));
    assert_eq!(rows(&r.parsed.table), with_first);
    assert_read_keeps_text(Some("表2 重点项目表"), &ls, &r);
}

#[test]
fn a_subtotal_of_two_numbers_does_not_take_a_row_number_for_its_own() {
    // `小计` `2` `20.7`: the count of projects and their investment, then row 3; a subtotal
    // equal to the next row's number is not that row.
    let t = check(&Case {
        name: "subtotal with a count",
        caption: Some("表2 重点项目表"),
        src: subtotal_cells(false, true),
        columns: &INVESTMENT_COLUMNS,
        rows: &[
            "C||一 防汛除涝",
            "I||1|环岛海塘达标提升工程|30公里|12.5|2021-2025年",
            "I||2|骨干河道整治工程|45公里|8.2|2021-2024年",
            "I||小计||2|20.7|",
            "C||二 供水安全",
            "I||3|陈行水库扩建工程|库容增加100万立方米|5.1|2022-2025年",
            "I||小 计|||5.1|",
            "I||合计|||25.8|",
        ],
        notes: &[],
        left: 1,
    });
    assert_eq!(t.rows.len(), 8);
}

/// The header of a small project table and its first row up to its years, then `rest`.
fn project_rows<'a>(rest: &[&'a str]) -> Vec<&'a str> {
    let mut cells = PROJECT_COLUMNS.to_vec();
    cells.extend(["1", "环岛海塘达标提升工程", "12.5"]);
    cells.extend(rest);
    cells
}

const PROJECT_COLUMNS: [&str; 4] = ["序号", "项目名称", "总投资（亿元）", "建设年限"];

#[test]
fn a_placeholder_does_not_keep_a_column_from_holding_amounts_and_years_are_none() {
    check(&Case {
        name: "total over a placeholder",
        caption: Some("表2 重点项目表"),
        src: blank_cells(&project_rows(&[
            "2021",
            "2",
            "河道保洁",
            "—",
            "2022",
            "合计",
            "12.5",
        ])),
        columns: &PROJECT_COLUMNS,
        rows: &[
            "I||1|环岛海塘达标提升工程|12.5|2021",
            "I||2|河道保洁|—|2022",
            "I||合计||12.5|",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_numbered_total_row_is_one_row() {
    // `3` `合计` `20.7`: the total is row 3, its number under the amount column.
    check(&Case {
        name: "numbered total",
        caption: Some("表2 重点项目表"),
        src: blank_cells(
            &[
                &INVESTMENT_COLUMNS[..],
                &FIRST_PROJECTS,
                &["3", "合计", "20.7"],
            ]
            .concat(),
        ),
        columns: &INVESTMENT_COLUMNS,
        rows: &[
            "I||1|环岛海塘达标提升工程|30公里|12.5|2021-2025年",
            "I||2|骨干河道整治工程|45公里|8.2|2021-2024年",
            "I||3|合计||20.7|",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn the_shares_under_a_total_are_rows_of_the_table() {
    check(&Case {
        name: "shares of a total",
        caption: Some("表2 重点项目表"),
        src: blank_cells(&project_rows(&[
            "2021-2025年",
            "2",
            "骨干河道整治工程",
            "8.2",
            "2021-2024年",
            "合计",
            "20.7",
            "其中：区级投资",
            "15.2",
            "加强组织领导。",
        ])),
        columns: &PROJECT_COLUMNS,
        rows: &[
            "I||1|环岛海塘达标提升工程|12.5|2021-2025年",
            "I||2|骨干河道整治工程|8.2|2021-2024年",
            "I||合计||20.7|",
            "I||其中：区级投资||15.2|",
        ],
        notes: &[],
        left: 1,
    });
}

#[test]
fn a_total_row_before_the_first_row() {
    // `合计` right under the header, one of its numbers equal to the first row's number.
    const COUNT_3: &[&str] = &[
        "I||合计||3|25.8",
        "I||1|防汛除涝|2|20.7",
        "I||2|供水安全|1|5.1",
    ];
    const COUNT_1: &[&str] = &[
        "I||合计||1|25.8",
        "I||1|防汛除涝|2|20.7",
        "I||2|供水安全|1|5.1",
    ];
    for (count, rows) in [("3", COUNT_3), ("1", COUNT_1)] {
        check(&Case {
            name: "total first",
            caption: Some("表3 投资汇总表"),
            src: blank_cells(&[
                "序号",
                "项目类别",
                "项目数（个）",
                "总投资（亿元）",
                "合计",
                count,
                "25.8",
                "1",
                "防汛除涝",
                "2",
                "20.7",
                "2",
                "供水安全",
                "1",
                "5.1",
                "三、保障措施",
            ]),
            columns: &["序号", "项目类别", "项目数（个）", "总投资（亿元）"],
            rows,
            notes: &[],
            left: 1,
        });
    }
}

#[test]
fn numbering_that_starts_again_under_each_group() {
    // Group rows in the number column.
    check(&Case {
        name: "group rows",
        caption: Some("表1 主要指标"),
        src: blank_cells(&[
            "序号",
            "指标",
            "单位",
            "2025年目标",
            "属性",
            "一",
            "水安全",
            "1",
            "堤防达标率",
            "%",
            "100",
            "约束性",
            "2",
            "排水能力达标率",
            "%",
            "90",
            "预期性",
            "二",
            "水环境",
            "1",
            "水功能区达标率",
            "%",
            "95",
            "约束性",
            "2",
            "河湖水面率",
            "%",
            "3.3",
            "预期性",
        ]),
        columns: &["序号", "指标", "单位", "2025年目标", "属性"],
        rows: &[
            "C||一 水安全",
            "I||1|堤防达标率|%|100|约束性",
            "I||2|排水能力达标率|%|90|预期性",
            "C||二 水环境",
            "I||1|水功能区达标率|%|95|约束性",
            "I||2|河湖水面率|%|3.3|预期性",
        ],
        notes: &[],
        left: 0,
    });
    // A merged category column before the number.
    check(&Case {
        name: "merged category",
        caption: Some("表1 主要指标"),
        src: blank_cells(&[
            "领域",
            "序号",
            "指标",
            "单位",
            "2025年目标",
            "水安全",
            "1",
            "堤防达标率",
            "%",
            "100",
            "2",
            "排水能力达标率",
            "%",
            "90",
            "水环境",
            "1",
            "水功能区达标率",
            "%",
            "95",
            "2",
            "河湖水面率",
            "%",
            "3.3",
        ]),
        columns: &["领域", "序号", "指标", "单位", "2025年目标"],
        rows: &[
            "I|水安全|水安全|1|堤防达标率|%|100",
            "I|水安全||2|排水能力达标率|%|90",
            "I|水环境|水环境|1|水功能区达标率|%|95",
            "I|水环境||2|河湖水面率|%|3.3",
        ],
        notes: &[],
        left: 0,
    });
    // A group of one row, then a group's `1` before its `2`: the new group, not a row `2` of
    // twelve cells; and a row whose unit vanished right before a group's category cell.
    check(&Case {
        name: "merged category, a group of one row, a short row",
        caption: Some("表1 主要指标"),
        src: blank_cells(&[
            "领域",
            "序号",
            "指标",
            "单位",
            "2020年",
            "2025年",
            "产业兴旺",
            "1",
            "粮食播种面积",
            "万亩",
            "26.5",
            "27",
            "2",
            "农业科技进步贡献率（%）",
            "78.5",
            "82",
            "乡风文明",
            "1",
            "文明村占比",
            "%",
            "62",
            "80",
            "生活富裕",
            "1",
            "人均可支配收入",
            "元",
            "35045",
            "49000",
            "2",
            "集体经济经营性收入",
            "亿元",
            "6.8",
            "9.5",
        ]),
        columns: &["领域", "序号", "指标", "单位", "2020年", "2025年"],
        rows: &[
            "I|产业兴旺|产业兴旺|1|粮食播种面积|万亩|26.5|27",
            "I|产业兴旺||2|农业科技进步贡献率（%）||78.5|82",
            "I|乡风文明|乡风文明|1|文明村占比|%|62|80",
            "I|生活富裕|生活富裕|1|人均可支配收入|元|35045|49000",
            "I|生活富裕||2|集体经济经营性收入|亿元|6.8|9.5",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_name_column_the_header_does_not_name() {
    // The header stands over the values only; the names' column gets an empty header cell.
    let mut cells = vec!["2020年", "2025年"];
    cells.extend(&NAME_VALUE_CELLS[3..]);
    check(&Case {
        name: "unnamed name column",
        caption: Some("表1 主要指标"),
        src: blank_cells(&cells),
        columns: &["", "2020年", "2025年"],
        rows: &[
            "I||城镇新增就业（万人）|3|3.5",
            "I||调查失业率（%）|4.5|5以内",
            "I||职业技能培训（万人次）|2|3",
        ],
        notes: &[],
        left: 0,
    });
    let src = blank_cells(&[
        "2025年目标",
        "城镇新增就业（万人）",
        "3.5",
        "调查失业率（%）",
        "5.5",
        "新增绿地（公顷）",
        "〔300〕",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(r.parsed.table.columns, ["", "2025年目标"]);
    assert_eq!(r.parsed.table.rows.len(), 3);
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
    // Under a caption that could be the names' header cell itself, no such reading: the
    // caption line is then read as that cell, or the lines stay text.
    let src = blank_cells(&cells);
    let ls = lines(&src);
    assert!(read("t1", Some((0, "指标")), &ls).is_err());
    assert!(read("t1", Some((0, "“十四五”时期主要指标")), &ls).is_ok());
}

#[test]
fn values_that_start_with_a_number_and_end_in_a_unit() {
    // `3家`, `15家`: values; `2025年` heads a column and is no value.
    check(&Case {
        name: "values with units",
        caption: Some("表1 重点工程"),
        src: blank_cells(&[
            "项目",
            "2025年",
            "社区综合为老服务中心",
            "3家",
            "长者食堂",
            "15家",
        ]),
        columns: &["项目", "2025年"],
        rows: &["I||社区综合为老服务中心|3家", "I||长者食堂|15家"],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_table_of_words_is_read_by_a_header_of_column_names() {
    // No number column, no attribute words, no number values: the header alone anchors the rows.
    const WORDS: [&str; 9] = [
        "项目名称",
        "建设内容",
        "完成时间",
        "区体育中心改造",
        "改造主体育场和游泳馆。",
        "2027年",
        "社区健身驿站",
        "新建健身驿站20个",
        "2028年",
    ];
    let t = check(&Case {
        name: "words",
        caption: Some("表2 重点项目"),
        src: blank_cells(&WORDS),
        columns: &["项目名称", "建设内容", "完成时间"],
        rows: &[
            "I||区体育中心改造|改造主体育场和游泳馆。|2027年",
            "I||社区健身驿站|新建健身驿站20个|2028年",
        ],
        notes: &[],
        left: 0,
    });
    assert!(t.column_groups.is_empty());
    // Column names with their unit in brackets, and longer ones.
    check(&Case {
        name: "words with units",
        caption: Some("表3 重大项目"),
        src: blank_cells(&[
            "项目名称",
            "总投资（亿元）",
            "建设起止年限",
            "牵头单位",
            "滨江绿道贯通工程",
            "约12",
            "2026—2028年",
            "区绿化市容局",
            "苏州河两岸公共空间提升",
            "约8",
            "2027—2029年",
            "区建管委",
        ]),
        columns: &["项目名称", "总投资（亿元）", "建设起止年限", "牵头单位"],
        rows: &[
            "I||滨江绿道贯通工程|约12|2026—2028年|区绿化市容局",
            "I||苏州河两岸公共空间提升|约8|2027—2029年|区建管委",
        ],
        notes: &[],
        left: 0,
    });
    let src = blank_cells(&WORDS);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 重点项目")), &ls).unwrap();
    assert!(
        r.parsed.warnings[0].1.contains("read by its header alone"),
        "{:?}",
        r.parsed.warnings
    );
    // A 专栏's title above heads it as a caption would.
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    assert!(read_with("t1", None, &ls, titled).is_ok());
    // A sentence after the last whole row is the text's again, and so is a numbered title line
    // of the text with what follows it (a 专栏's table, then the section's next heading).
    for (after, rows) in [
        (&["以上项目由区体育局牵头实施。"][..], 2),
        (&["4.推进体育设施建设", "新建市民球场10片。"][..], 2),
        (
            &[
                "以上项目由区体育局牵头实施。",
                "4.推进体育设施建设",
                "新建市民球场10片。",
            ][..],
            2,
        ),
    ] {
        let src = blank_cells(&[&WORDS[..], after].concat());
        let ls = lines(&src);
        let r = read("t1", Some((0, "表2 重点项目")), &ls).unwrap();
        assert_eq!(r.parsed.table.rows.len(), rows, "{src}");
        let left: Vec<&str> = ls[r.consumed..].iter().map(|l| l.text).collect();
        assert_eq!(left, after, "{src}");
    }
    // Not a table: without a caption; with cells that do not fill whole rows (one missing, or
    // a cell-like line after them); with one row; with a header cell that names no column; with a
    // column name among the rows.
    assert!(read("t1", None, &ls).is_err());
    let missing = blank_cells(&[&WORDS[..5], &WORDS[6..]].concat());
    let extra = blank_cells(&[&WORDS[..], &["区游泳馆"]].concat());
    let one_row = blank_cells(&WORDS[..6]);
    let unnamed = blank_cells(&[&["项目名称", "建设内容", "2027年"][..], &WORDS[3..]].concat());
    let named_cell = blank_cells(&[&WORDS[..8], &["责任单位"]].concat());
    for src in [missing, extra, one_row, unnamed, named_cell] {
        let r = read("t1", Some((0, "表2 重点项目")), &lines(&src));
        assert!(r.is_err(), "{src}: {r:?}");
    }
}

#[test]
fn a_line_after_a_last_row_with_no_cell_after_its_number_is_not_lost() {
    // The number column last: the last row has no cell after its number to take the line
    // after it as the rest of a cell. The line stays the caller's (a fuzzed input lost it).
    let src = "名称\n序号\n甲工程\n\n1\n乙";
    let ls = lines(src);
    for caption in [None, Some("表1 主要指标")] {
        if let Ok(r) = read("t1", caption.map(|c| (0, c)), &ls) {
            assert_read_keeps_text(caption, &ls, &r);
        }
    }
}

#[test]
fn words_tables_with_a_cell_of_two_paragraphs_or_a_vanished_cell() {
    // A cell over two paragraphs: one piece more than whole rows; the section's sentence after.
    let src = blank_cells(&[
        "领域",
        "重点任务",
        "2030年目标",
        "教育",
        "新建、改扩建中小学和幼儿园",
        "新增学位8000个",
        "卫生健康",
        "推进县域医共体建设",
        "县域就诊率",
        "达到90%",
        "养老服务",
        "建设乡镇（街道）区域养老服务中心",
        "乡镇（街道）全覆盖",
        "体育",
        "建设城市社区运动家园",
        "新建社区运动家园30个",
        "推动教育优质均衡发展，推进基本公共服务均等化。",
    ]);
    let t = check(&Case {
        name: "split cell",
        caption: Some("专栏6 公共服务优质共享工程"),
        src,
        columns: &["领域", "重点任务", "2030年目标"],
        rows: &[
            "I||教育|新建、改扩建中小学和幼儿园|新增学位8000个",
            "I||卫生健康|推进县域医共体建设|县域就诊率达到90%",
            "I||养老服务|建设乡镇（街道）区域养老服务中心|乡镇（街道）全覆盖",
            "I||体育|建设城市社区运动家园|新建社区运动家园30个",
        ],
        notes: &[],
        left: 1,
    });
    assert_eq!(t.rows.len(), 4);
    // A vanished empty cell, then the section's sentence: not a fifth cell of the last row.
    let src = blank_cells(&[
        "类别", "建设内容", "牵头单位", "完成时限", "综合性消防救援队伍",
        "新建特勤消防站1个、一级普通消防站4个，配齐特种救援装备", "市消防救援支队", "2024年",
        "专业应急救援队伍", "组建危险化学品专业救援队2支", "市应急管理局", "2025年",
        "航空应急救援", "在鄢陵县规划建设通用航空应急起降点1处", "市应急管理局、市交通运输局",
        "社会应急力量", "培育登记注册的社会应急救援组织，纳入统一调度", "市应急管理局", "持续推进",
        "加强应急救援队伍协同联动。建立信息共享、调度指挥和联合训练机制，定期开展联合演练，提高协同作战能力。",
    ]);
    check(&Case {
        name: "vanished cell",
        caption: Some("专栏2 应急救援力量建设重点"),
        src,
        columns: &["类别", "建设内容", "牵头单位", "完成时限"],
        rows: &[
            "I||综合性消防救援队伍|新建特勤消防站1个、一级普通消防站4个，配齐特种救援装备|市消防救援支队|2024年",
            "I||专业应急救援队伍|组建危险化学品专业救援队2支|市应急管理局|2025年",
            "I||航空应急救援|在鄢陵县规划建设通用航空应急起降点1处|市应急管理局、市交通运输局|",
            "I||社会应急力量|培育登记注册的社会应急救援组织，纳入统一调度|市应急管理局|持续推进",
        ],
        notes: &[],
        left: 1,
    });
}

#[test]
fn a_unit_column_before_the_values_and_a_table_continued_after_a_page_break() {
    let src = blank_cells(&[
        "指标",
        "单位",
        "2015年",
        "2020年",
        "接待游客总量",
        "万人次",
        "2480",
        "3120",
        "旅游总收入",
        "亿元",
        "226",
        "298",
        "A级旅游景区数量",
        "家",
        "58",
        "76",
    ]);
    check(&Case {
        name: "unit column",
        caption: Some("表1 主要指标完成情况"),
        src,
        columns: &["指标", "单位", "2015年", "2020年"],
        rows: &[
            "I||接待游客总量|万人次|2480|3120",
            "I||旅游总收入|亿元|226|298",
            "I||A级旅游景区数量|家|58|76",
        ],
        notes: &[],
        left: 0,
    });
    let src = "序号\n指标\n2020年\n2025年\n属性\n\n1\n接待游客总量（万人次）\n3120\n5000\n预期性\n\n\
               2\n城市书房数量（个）\n12\n60\n预期性\n\n续表\n\n序号\n指标\n2020年\n2025年\n属性\n\n\
               3\n旅游总收入（亿元）\n298\n560\n预期性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 主要指标")), &ls).expect("a table");
    assert_eq!(r.parsed.table.rows.len(), 3, "{:?}", r.parsed.table.rows);
    // The mark and the header written again stay in the table, where they stand: before row 3.
    assert_eq!(
        r.parsed.table.continued,
        vec![crate::model::Continued {
            before: 2,
            mark: "续表".into(),
            header: true
        }]
    );
    assert!(r.parsed.repeated_headers.is_empty());
    assert_eq!(ls.len(), r.consumed);
    let stream = super::one_cell::stream(&r.parsed.table).concat();
    assert!(
        stream.contains("预期性续表序号指标2020年2025年属性3旅游总收入"),
        "{stream}"
    );
}

#[test]
fn a_value_is_never_half_of_a_split_cell_and_a_number_is_never_a_unit() {
    let src = "序号\n项目名称\n建设内容\n建设年限\n总投资（亿元）\n责任单位\n\n\
               1\n杨浦滨江体育公园\n建设足球场、篮球场、水上运动中心及配套服务设施\n2026—2028年\n6.8\n区体育局\n\n\
               2\n新江湾城全民健身中心\n新建综合性全民健身中心，建筑面积约1.8万平方米\n2027—2030年\n9.5\n区体育局\n区建管委\n\n\
               3\n社区市民健身中心建设\n新建改建社区市民健身中心3处\n2026—2030年\n2.4\n各街道\n\n\
               4\n长阳创谷体育科技园\n改造存量厂房约3万平方米，集聚体育科技企业\n2026—2029年\n12.5\n区科委\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重大项目表")), &ls).expect("a table");
    let row = &r.parsed.table.rows[1];
    assert_eq!(
        row.cells.last().map(String::as_str),
        Some("区体育局区建管委"),
        "{row:?}"
    );
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "2025年",
        "2030年",
        "属性",
        "1",
        "经常参加体育锻炼人数比例",
        "%",
        "50",
        "≥53",
        "预期性",
        "2",
        "国民体质监测合格率（%）",
        "96.5",
        "≥97",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("a table");
    assert_eq!(
        r.parsed.table.rows[1].cells,
        ["国民体质监测合格率（%）", "", "96.5", "≥97", "预期性"]
    );
}

#[test]
fn a_row_one_value_short_under_three_years_leaves_out_its_interim_target() {
    // 2025年基期值 | “十五五”目标 over 2028年 2030年: row 2 has 58.3 and ≥65, its 2028年 cell empty.
    let src =
        "序号\n\n指标\n\n单位\n\n2025年基期值\n\n“十五五”目标\n\n属性\n\n2028年\n\n2030年\n\n\
               1\n\n高等教育毛入学率\n\n%\n\n68.5\n\n70\n\n72\n\n预期性\n\n\
               2\n\n中小学生体质健康优良率\n\n%\n\n58.3\n\n≥65\n\n约束性\n\n\
               3\n\n劳动年龄人口平均受教育年限\n\n年\n\n11.6\n\n11.8\n\n12\n\n预期性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "指标",
            "单位",
            "2025年基期值",
            "2028年",
            "2030年",
            "属性"
        ]
    );
    assert_eq!(
        t.rows[1].cells,
        ["中小学生体质健康优良率", "%", "58.3", "", "≥65", "约束性"]
    );
}

#[test]
fn a_two_row_header_over_rows_of_a_merged_category_column() {
    // The rows that open a category are one cell wider than the others; the header's eight cells
    // are two rows over the wider ones: `“十五五”目标` over `2030年` `属性`.
    let src = "序号\n\n类别\n\n指标\n\n单位\n\n2025年\n\n“十五五”目标\n\n2030年\n\n属性\n\n\
               1\n\n环境质量\n\n细颗粒物年均浓度\n\n微克/立方米\n\n27\n\n≤25\n\n约束性\n\n\
               2\n\n空气质量优良天数比率\n\n%\n\n88.5\n\n≥90\n\n约束性\n\n\
               3\n\n地表水达到或好于Ⅲ类水体比例\n\n%\n\n83.3\n\n≥90\n\n约束性\n\n\
               4\n\n绿色低碳\n\n单位生产总值二氧化碳排放降低\n\n%\n\n—\n\n完成市下达目标\n\n约束性\n\n\
               5\n\n挥发性有机物重点工程减排量\n\n吨\n\n—\n\n[1200]\n\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["序号", "类别", "指标", "单位", "2025年", "2030年", "属性"]
    );
    assert_eq!(t.column_groups.len(), 1);
    assert_eq!(t.column_groups[0].title, "“十五五”目标");
    assert_eq!(t.rows.len(), 5);
    assert_eq!(t.rows[1].group.as_deref(), Some("环境质量"));
    assert_eq!(
        t.rows[1].cells[1..],
        ["空气质量优良天数比率", "%", "88.5", "≥90", "约束性"]
    );
    assert_eq!(
        t.rows[4].cells[1..],
        ["挥发性有机物重点工程减排量", "吨", "—", "[1200]", "约束性"]
    );
}

#[test]
fn a_glossary_of_two_columns_is_a_table() {
    // An annex `名词解释` written as a table: 名词 | 解释, one cell per line.
    let src = "名词\n\n解释\n\n两网融合\n\n指城市环卫系统与再生资源回收系统两张网络的融合。\n\n\
               以克论净\n\n一种道路保洁质量考核方法，以单位面积道路上尘土的克数作为评价标准。\n\n\
               小压站\n\n生活垃圾小型压缩收集站的简称。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "名词解释")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["名词", "解释"]);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[1].name, "以克论净");
    assert_eq!(t.rows[2].cells, ["生活垃圾小型压缩收集站的简称。"]);
    assert_eq!(ls.len(), r.consumed);
}

#[test]
fn in_row_blocks_a_split_cell_keeps_the_next_value_in_its_row_and_a_vanished_cell_goes_under_its_column(
) {
    // Row 3's 建设内容 is written over two lines, so its block holds one line more than the
    // columns: `120.0` is still row 3's, not the category of row 4. Row 5 lacks its 建设年限.
    let src = "类别\n序号\n项目名称\n建设内容及规模\n建设年限\n总投资（亿元）\n“十四五”投资（亿元）\n\n\
               铁路\n1\n深江铁路江门段\n双线高速铁路，江门段长约38公里\n2021—2025\n165.0\n140.0\n\n\
               2\n珠肇高铁江门段\n双线高速铁路，江门段长约54公里\n2021—2025\n210.0\n160.0\n\n\
               公路\n3\n黄茅海跨海通道\n全长约31公里，其中跨海段约14公里，\n双向六车道高速公路\n2020—2024\n142.0\n120.0\n\n\
               4\n中开高速公路\n全长约65公里，双向六车道\n2021—2025\n98.0\n85.0\n\n\
               5\n崖门出海航道二期工程\n航道全长约22公里，满足5万吨级船舶乘潮通航\n31.0\n24.0\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "江门市交通运输重大项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = |n: &str| numbered_row(t, n);
    assert_eq!(
        row("3").cells,
        [
            "3",
            "黄茅海跨海通道",
            "全长约31公里，其中跨海段约14公里，双向六车道高速公路",
            "2020—2024",
            "142.0",
            "120.0"
        ]
    );
    assert_eq!(row("4").group.as_deref(), Some("公路"));
    assert_eq!(
        row("5").cells,
        [
            "5",
            "崖门出海航道二期工程",
            "航道全长约22公里，满足5万吨级船舶乘潮通航",
            "",
            "31.0",
            "24.0"
        ]
    );
    assert!(r
        .parsed
        .warnings
        .iter()
        .any(|(_, w)| w.contains("建设年限")));
}

#[test]
fn a_row_with_a_split_name_and_a_vanished_value_is_joined_and_leaves_out_its_interim_target() {
    // Row 3: its name over two lines and its 2023年 value gone; as many pieces as columns.
    let src = "序号\n指标\n单位\n2020年\n2023年\n2025年\n\n\
               1\n人才资源总量\n万人\n32\n36\n40\n\n\
               2\n高层次人才总量\n万人\n4.2\n5.1\n6\n\n\
               3\n累计引进培育国家级\n重点人才工程人选\n名\n46\n80\n\n\
               4\n每万名劳动者中研发人员数\n人年\n142\n165\n190\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 人才发展主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["序号", "指标", "单位", "2020年", "2023年", "2025年"]
    );
    assert_eq!(
        t.rows[2].cells,
        ["累计引进培育国家级重点人才工程人选", "名", "46", "", "80"]
    );
    assert_eq!(
        t.rows[3].cells,
        ["每万名劳动者中研发人员数", "人年", "142", "165", "190"]
    );
}

#[test]
fn a_short_row_under_a_task_column_no_row_merges_loses_its_last_cell() {
    // 重点任务 can name a merged category column, but here every row has its own task: row 3's
    // 配合单位 vanished, and its task is not left to the row above.
    let src = "序号\n\n重点任务\n\n牵头单位\n\n配合单位\n\n\
               1\n\n深化商事制度改革\n\n区市场监管局\n\n区政务服务办\n\n\
               2\n\n落实公平竞争审查制度\n\n区市场监管局\n\n区发展改革委、区司法局\n\n\
               3\n\n强化特种设备安全\n\n区市场监管局\n\n\
               4\n\n建设智慧监管平台\n\n区市场监管局\n\n区委网信办、区大数据中心\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点任务分工表")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = row_named(t, "3");
    assert_eq!(row.cells, ["强化特种设备安全", "区市场监管局", ""]);
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn a_row_one_cell_short_leaves_the_next_rows_category_to_it() {
    // Row 4 lost its 所在街镇; `公共厕所` after it opens row 5's category, it is no 建设时序.
    let src = "类别\n\n序号\n\n项目名称\n\n建设规模\n\n所在街镇\n\n建设时序\n\n\
               垃圾处理\n\n1\n\n区湿垃圾资源化处理厂二期\n\n新增处理能力500吨/日\n\n嘉定工业区\n\n2021—2023年\n\n\
               2\n\n建筑垃圾资源化利用中心扩建\n\n资源化利用能力300万吨/年\n\n外冈镇\n\n2022—2024年\n\n\
               中转设施\n\n3\n\n嘉定新城北部生活垃圾中转站\n\n设计规模800吨/日\n\n菊园新区\n\n2022—2025年\n\n\
               4\n\n小压站提标改造\n\n改造小压站30座\n\n2021—2025年\n\n\
               公共厕所\n\n5\n\n新城核心区公共厕所新建工程\n\n新建公共厕所24座\n\n新成路街道、马陆镇\n\n2021—2025年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = |n: &str| numbered_row(t, n);
    assert_eq!(
        row("4").cells,
        ["4", "小压站提标改造", "改造小压站30座", "", "2021—2025年"]
    );
    assert_eq!(row("4").group.as_deref(), Some("中转设施"));
    assert_eq!(row("5").name, "公共厕所");
}

#[test]
fn row_blocks_of_two_lines_are_rows_and_the_last_block_may_go_on() {
    // A glossary in blocks of two lines (名词 / 解释); the last explanation runs over two lines.
    let src = "名词\n解释\n\n证照分离\n指将涉企经营许可事项从营业执照中分离出来。\n\n\
               一业一证\n指将一个行业准入涉及的多张许可证整合为一张行业综合许可证。\n\n\
               高价值发明专利\n指符合下列任一条件的有效发明专利。\n该指标按国家知识产权局统计口径计算。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "名词解释")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["名词", "解释"]);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[2].name, "高价值发明专利");
    assert_eq!(
        t.rows[2].cells,
        ["指符合下列任一条件的有效发明专利。该指标按国家知识产权局统计口径计算。"]
    );
}

/// The row of `t` whose first cell is the number `n`.
fn numbered_row<'a>(t: &'a Table, n: &str) -> &'a TableRow {
    t.rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c == n))
        .unwrap_or_else(|| panic!("row {n} in {:?}", t.rows))
}

#[test]
fn row_blocks_anchored_by_attribute_under_a_merged_first_column_and_a_sparse_note_column() {
    // No number column; 一级指标 written on its group's first row only; 备注 mostly empty (the
    // cell vanished, the block ends at the attribute); years without 年 in the header.
    let src = "一级指标\n二级指标\n单位\n2020\n2025\n属性\n备注\n\n\
               服务体系\n服务站达标率\n%\n80\n100\n约束性\n\n\
               信息采集率\n%\n95\n100\n约束性\n\n\
               就业创业\n适应性培训参训率\n%\n90\n100\n约束性\n\n\
               职业技能培训人次\n人次\n620\n3000\n预期性\n五年累计\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "一级指标",
            "二级指标",
            "单位",
            "2020",
            "2025",
            "属性",
            "备注"
        ]
    );
    let rows = row_view(t);
    assert_eq!(
        rows,
        [
            (
                "服务体系",
                Some("服务体系"),
                vec!["服务站达标率", "%", "80", "100", "约束性", ""]
            ),
            (
                "",
                Some("服务体系"),
                vec!["信息采集率", "%", "95", "100", "约束性", ""]
            ),
            (
                "就业创业",
                Some("就业创业"),
                vec!["适应性培训参训率", "%", "90", "100", "约束性", ""]
            ),
            (
                "",
                Some("就业创业"),
                vec![
                    "职业技能培训人次",
                    "人次",
                    "620",
                    "3000",
                    "预期性",
                    "五年累计"
                ]
            ),
        ]
    );
    // The same table in blank-line cells: the pieces between two attributes are split between
    // a row's note and the next row.
    let blank = src.replace('\n', "\n\n");
    let ls = lines(&blank);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let again = row_view(&r.parsed.table);
    assert_eq!(again, rows);
    assert!(r.parsed.warnings.iter().any(|(_, w)| w.contains("`备注`")));
}

#[test]
fn a_sub_row_ends_at_its_attribute_and_a_category_like_the_others_opens_the_next_group() {
    // 其中 has no number and no 备注; `知识产权保护` before row 4 is its category, not row 3's 备注.
    let src = "类别\n\n序号\n\n指标名称\n\n单位\n\n2020年\n\n2025年\n\n属性\n\n备注\n\n\
               知识产权创造\n\n1\n\n高价值发明专利拥有量\n\n件\n\n0.62\n\n1.5\n\n预期性\n\n\
               2\n\n有效发明专利拥有量\n\n件\n\n1856\n\n3500\n\n预期性\n\n\
               其中：企业有效发明专利拥有量\n\n件\n\n1210\n\n2600\n\n预期性\n\n\
               知识产权运用\n\n3\n\n质押融资额\n\n亿元\n\n3.2\n\n20\n\n预期性\n\n五年累计\n\n\
               知识产权保护\n\n4\n\n社会满意度\n\n分\n\n76.5\n\n82\n\n预期性\n\n\
               5\n\n维权援助工作站\n\n个\n\n6\n\n20\n\n预期性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let sub = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c.starts_with("其中")))
        .expect("the sub-row");
    assert_eq!(
        sub.cells,
        [
            "",
            "其中：企业有效发明专利拥有量",
            "件",
            "1210",
            "2600",
            "预期性",
            ""
        ]
    );
    assert_eq!(sub.group.as_deref(), Some("知识产权创造"));
    assert_eq!(
        numbered_row(t, "3").cells.last().map(String::as_str),
        Some("五年累计")
    );
    assert_eq!(numbered_row(t, "4").group.as_deref(), Some("知识产权保护"));
    assert_eq!(numbered_row(t, "5").group.as_deref(), Some("知识产权保护"));
}

#[test]
fn a_vanished_cell_among_columns_that_fit_equally_is_the_later_one() {
    // Row 3 lacks its 配合单位: `区退役军人事务局` fits 责任单位 and 配合单位 alike.
    let src = "序号\n\n项目名称\n\n建设内容\n\n责任单位\n\n配合单位\n\n实施年限\n\n\
               1\n\n服务中心提质工程\n\n改造服务大厅600平方米\n\n区退役军人事务局\n\n区财政局\n\n2021—2022年\n\n\
               2\n\n服务站标准化建设工程\n\n各街道服务站完成提档升级\n\n各街道办事处\n\n区退役军人事务局\n\n2021—2023年\n\n\
               3\n\n就业创业孵化基地\n\n建设孵化基地1处\n\n区退役军人事务局\n\n2022—2025年\n\n\
               4\n\n优待证发放工程\n\n完成优待证申领发放\n\n区退役军人事务局\n\n各街道办事处\n\n2021—2025年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点项目表")), &ls).expect("a table");
    let row = row_named(&r.parsed.table, "3");
    assert_eq!(
        row.cells,
        [
            "就业创业孵化基地",
            "建设孵化基地1处",
            "区退役军人事务局",
            "",
            "2022—2025年"
        ]
    );
}

/// Each row of `t` as its name, group and cells.
fn row_view(t: &Table) -> Vec<(&str, Option<&str>, Vec<&str>)> {
    t.rows
        .iter()
        .map(|r| {
            (
                r.name.as_str(),
                r.group.as_deref(),
                r.cells.iter().map(String::as_str).collect(),
            )
        })
        .collect()
}

#[test]
fn sub_rows_numbered_in_brackets_under_a_row_keep_the_numbering_going() {
    // Row 2 has sub-rows `（1）` `（2）`; row 3 follows them.
    let src = "序号\n\n指标\n\n单位\n\n2020年\n\n2025年\n\n属性\n\n\
               1\n\n政务服务事项网上可办率\n\n%\n\n85\n\n98\n\n约束性\n\n\
               2\n\n“一件事一次办”事项数\n\n项\n\n46\n\n200\n\n预期性\n\n\
               （1）\n\n其中：企业类事项\n\n项\n\n18\n\n80\n\n预期性\n\n\
               （2）\n\n个人类事项\n\n项\n\n28\n\n120\n\n预期性\n\n\
               3\n\n政务服务满意度\n\n%\n\n95\n\n≥98\n\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let names: Vec<(&str, &str)> = r
        .parsed
        .table
        .rows
        .iter()
        .map(|r| (r.name.as_str(), r.cells.first().map_or("", String::as_str)))
        .collect();
    assert_eq!(
        names,
        [
            ("1", "政务服务事项网上可办率"),
            ("2", "“一件事一次办”事项数"),
            ("（1）", "其中：企业类事项"),
            ("（2）", "个人类事项"),
            ("3", "政务服务满意度"),
        ]
    );
}

#[test]
fn a_header_of_two_row_blocks_with_cells_split_inside_words() {
    // The upper block has `指标` / `名称`, `2020` / `年基数`, a group `“十四五”目标` and
    // `年均` / `增速（%）`; the lower block the group's cells `2023` / `年目标`, `2025` / `年目标`.
    let src = "序号\n指标\n名称\n单位\n2020\n年基数\n“十四五”目标\n年均\n增速（%）\n属性\n\n\
               2023\n年目标\n2025\n年目标\n\n\
               1\n慈善组织数量\n家\n46\n60\n75\n10.3\n预期性\n\n\
               2\n社会组织数量\n个\n7.8\n8.5\n9\n2.9\n预期性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "指标名称",
            "单位",
            "2020年基数",
            "2023年目标",
            "2025年目标",
            "年均增速（%）",
            "属性"
        ]
    );
    assert_eq!(group_spans(t), [("“十四五”目标", 4, 2)]);
    assert_eq!(t.rows.len(), 2);
    assert_eq!(
        t.rows[1].cells,
        ["社会组织数量", "个", "7.8", "8.5", "9", "2.9", "预期性"]
    );
}

#[test]
fn a_header_of_three_row_blocks_nests_a_group_in_a_group() {
    // `“十四五”目标` over the second block (`阶段目标`, `年均增速（%）`), `阶段目标` over the third
    // (`2023年`, `2025年`); the third row is one cell short, its growth rate not given, where
    // the rows after it write `—`.
    let src = "序号\n指标\n名称\n单位\n2020\n年基期值\n“十四五”目标\n属性\n\n\
               阶段目标\n年均增速\n（%）\n\n\
               2023年\n2025年\n\n\
               1\n快递业务量\n亿件\n1.12\n1.65\n2.10\n13.4\n预期性\n\n\
               2\n业务收入\n亿元\n18.6\n24.5\n30.2\n10.2\n预期性\n\n\
               3\n建制村通达率\n%\n68\n90\n100\n约束性\n\n\
               4\n电子运单使用率\n%\n98\n99\n≥99.5\n—\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "指标名称",
            "单位",
            "2020年基期值",
            "2023年",
            "2025年",
            "年均增速（%）",
            "属性"
        ]
    );
    assert_eq!(group_spans(t), [("“十四五”目标", 4, 3), ("阶段目标", 4, 2)]);
    assert_eq!(t.column_groups_problem(), None);
    assert_eq!(t.rows.len(), 4);
    assert_eq!(
        t.rows[2].cells,
        ["建制村通达率", "%", "68", "90", "100", "", "约束性"]
    );
    // Read row after row, the header gives the source's order back.
    assert_eq!(
        t.header_cells().concat(),
        "序号指标名称单位2020年基期值“十四五”目标属性阶段目标年均增速（%）2023年2025年"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_row_that_writes_its_own_placeholder_keeps_it_under_the_rate() {
    // Rows 1–2 write `/` under 年均增速; row 3, one value short, writes `/` too: that is its
    // rate, and the empty cell goes among the years.
    let src = "序号\n指标\n单位\n2020年\n2023年\n2025年\n年均增速（%）\n属性\n\n\
               1\n托育机构备案率\n%\n78\n90\n100\n/\n预期性\n\n\
               2\n持证上岗率\n%\n82\n95\n100\n/\n约束性\n\n\
               3\n育儿指导服务覆盖率\n%\n80\n≥90\n/\n预期性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[2].cells.len(), 7);
    assert_eq!(t.rows[2].cells[5], "/", "{:?}", t.rows[2].cells);
    assert!(t.rows[2].cells[2..5].contains(&String::new()));
}

#[test]
fn a_task_table_with_its_lead_unit_merged_keeps_each_task_its_own() {
    // 领域 before the number and 牵头单位 are merged over rows; row 2 writes no 牵头单位, row 3
    // neither 牵头单位 nor 配合单位: the tasks stay under 重点任务, the bodies under their columns.
    let src = "领域\n序号\n重点任务\n具体内容\n牵头单位\n配合单位\n完成时限\n\n\
               消费升级\n1\n提升嘉定新城商业能级\n推进远香湖商业综合体等项目建设，引进品牌首店20家以上\n区商务委\n嘉定新城发展公司、区规划资源局\n2024年底前\n\n\
               2\n发展夜间经济\n打造3个区级夜间经济集聚区，丰富夜间消费场景\n区文化旅游局、区市场监管局、相关街道和镇\n持续推进\n\n\
               3\n推进标准化菜市场改造\n完成全区标准化菜市场智慧化改造\n2022年底前\n\n\
               4\n打造汽车消费特色品牌\n办好汽车文化节，发展汽车后市场服务\n安亭镇人民政府\n区商务委、上海国际汽车城（集团）有限公司\n“十四五”期间\n\n\
               对外贸易\n5\n培育外贸主体\n实施外贸主体培育计划，引进贸易型总部\n区商务委\n区税务局、嘉定海关、区财政局\n持续推进\n\n\
               6\n推动服务贸易创新发展\n打造检验检测和认证服务平台，培育服务贸易示范企业\n区发展改革委\n区商务委、区科委\n“十四五”期间\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点任务分工表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 6);
    assert_eq!(
        t.rows[1].cells,
        [
            "2",
            "发展夜间经济",
            "打造3个区级夜间经济集聚区，丰富夜间消费场景",
            "",
            "区文化旅游局、区市场监管局、相关街道和镇",
            "持续推进"
        ]
    );
    assert_eq!(
        t.rows[2].cells,
        [
            "3",
            "推进标准化菜市场改造",
            "完成全区标准化菜市场智慧化改造",
            "",
            "",
            "2022年底前"
        ]
    );
    assert_read_keeps_text(Some("重点任务分工表"), &ls, &r);
}

#[test]
fn numbering_starts_again_after_a_group_row_that_follows_a_short_row() {
    // Row 5 lost its 2020年 value; `二、医养康养结合` then opens a group numbered from 1 again.
    let src = "序号\n指标名称\n单位\n2020年\n2025年\n属性\n\n\
               一、养老服务供给\n\n\
               1\n养老床位总数\n张\n8650\n10500\n约束性\n\n\
               2\n护理型床位占比\n%\n52\n≥60\n约束性\n\n\
               3\n认知障碍照护床位\n张\n1200\n预期性\n\n\
               二、医养康养结合\n\n\
               1\n养老机构医疗服务覆盖率\n%\n100\n100\n约束性\n\n\
               2\n家庭病床年服务量\n万人次\n1.8\n2.5\n预期性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let items: Vec<&str> = t
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Item)
        .map(|r| r.cells[0].as_str())
        .collect();
    assert_eq!(
        items,
        [
            "养老床位总数",
            "护理型床位占比",
            "认知障碍照护床位",
            "养老机构医疗服务覆盖率",
            "家庭病床年服务量"
        ]
    );
    assert_eq!(r.consumed, ls.len());
}

#[test]
fn group_rows_labelled_as_sections_stay_in_the_table() {
    // Blank-line cells; `（一）政务服务` and `（二）城市治理` open groups numbered from 1.
    let src = "序号\n\n指标名称\n\n单位\n\n2020年基数\n\n2025年目标\n\n属性\n\n\
               （一）政务服务\n\n1\n\n政务服务事项实际网办率\n\n%\n\n78.6\n\n85\n\n约束性\n\n\
               2\n\n“高效办成一件事”事项数\n\n个\n\n12\n\n40\n\n预期性\n\n\
               （二）城市治理\n\n1\n\n城运平台智能应用场景数\n\n个\n\n36\n\n80\n\n预期性\n\n\
               2\n\n“一网统管”街镇覆盖率\n\n%\n\n90\n\n100\n\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let kinds: Vec<(RowKind, &str)> = t.rows.iter().map(|r| (r.kind, r.name.as_str())).collect();
    assert_eq!(kinds.len(), 6, "{kinds:?}");
    assert_eq!(kinds[0], (RowKind::Category, "政务服务"));
    assert_eq!(kinds[3], (RowKind::Category, "城市治理"));
    assert_eq!(r.consumed, ls.len());
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_lone_list_of_bodies_goes_under_the_column_of_lists_and_the_next_category_opens_its_row() {
    // 牵头单位 names one body a row, 配合单位 lists several. Row 2 writes a list only (its
    // 牵头单位 merged above); row 3 too, then `队伍建设`, the next row's 领域 in a block of its
    // own; row 4 writes one body and a time (its 配合单位 vanished).
    let src = "领域\n序号\n重点任务\n具体内容\n牵头单位\n配合单位\n完成时限\n\n\
               智慧执法\n1\n建设智慧城管执法平台\n整合案件办理、执法监督、勤务管理等功能，接入区城运平台\n区城管执法局\n区大数据中心\n2022年底前\n\n\
               2\n健全执法协作机制\n建立城管执法与公安、市场监管等部门的信息共享和案件移送机制\n区公安分局、区市场监管局\n持续推进\n\n\
               3\n推广非现场执法\n在重点区域应用视频监控、智能识别等技术开展非现场执法\n区公安分局、区大数据中心\n持续推进\n\n\
               队伍建设\n4\n执法人员教育培训\n实施执法人员全员轮训，开展执法技能比武和岗位练兵\n区城管执法局\n每年\n\n\
               5\n执法监督和作风建设\n落实行政执法“三项制度”，开展执法质量评查\n区司法局\n区城管执法局、各街镇\n“十四五”期间\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点任务分工表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5);
    let under = |row: usize| (t.rows[row].cells[3].as_str(), t.rows[row].cells[4].as_str());
    assert_eq!(under(1), ("", "区公安分局、区市场监管局"));
    assert_eq!(under(2), ("", "区公安分局、区大数据中心"));
    assert_eq!(t.rows[2].cells[5], "持续推进");
    assert_eq!(t.rows[3].name, "队伍建设");
    assert_eq!(under(3), ("区城管执法局", ""));
    assert_eq!(t.rows[3].cells[5], "每年");
    assert_read_keeps_text(Some("重点任务分工表"), &ls, &r);
}

#[test]
fn a_wide_row_three_cells_short_does_not_end_the_table() {
    // Row 3 writes neither its 领域 nor its 牵头单位 (merged above) nor its 配合单位 (vanished):
    // four pieces where the header has seven, and rows go on after it.
    let src = "序号\n领域\n重点任务\n具体内容\n牵头单位\n配合单位\n完成时限\n\n\
               1\n公共交通\n优化地面公交线网\n每年优化调整公交线路不少于8条\n区交通委\n区公交公司、各街道、镇\n持续推进\n\n\
               2\n建设公交专用道\n建成公交专用道约20公里\n区公安分局交警支队、区建设管理委\n2024年底前\n\n\
               3\n推进枢纽和首末站建设\n建设青浦新城站交通枢纽及公交首末站5处\n2025年底前\n\n\
               4\n道路网络\n完善区域骨干路网\n建成崧泽大道西延伸等骨干道路\n区建设管理委\n区规划资源局、区财政局、相关镇\n2025年底前\n\n\
               5\n打通断头路\n打通断头路15条以上\n相关街道、镇\n2023年底前\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点任务分工表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5);
    assert_eq!(r.consumed, ls.len());
    assert_eq!(
        t.rows[2].cells,
        [
            "",
            "推进枢纽和首末站建设",
            "建设青浦新城站交通枢纽及公交首末站5处",
            "",
            "",
            "2025年底前"
        ]
    );
    assert_eq!(t.rows[3].cells[0], "道路网络");
    assert_read_keeps_text(Some("重点任务分工表"), &ls, &r);
}

#[test]
fn a_grand_total_on_top_and_each_group_opening_with_its_subtotal() {
    // Blank-line cells: `合计` right under the header, then each group's category and its
    // `小计` before the group's first row; the category of the next group follows a row.
    let src = "类别\n\n序号\n\n项目名称\n\n建设内容\n\n总投资\n\n建设周期\n\n\
               合计\n\n17400\n\n\
               机构养老\n\n小计\n\n9800\n\n\
               1\n\n新建控江路街道综合养老院\n\n新增养老床位220张\n\n6200\n\n2021—2023年\n\n\
               2\n\n五角场街道养老院改扩建\n\n床位由120张增加到200张\n\n3600\n\n2022—2024年\n\n\
               智慧养老\n\n小计\n\n7600\n\n\
               3\n\n智慧养老服务平台\n\n建设区级养老服务信息平台\n\n3100\n\n2021—2022年\n\n\
               4\n\n居家适老化改造\n\n完成适老化改造3000户\n\n4500\n\n2021—2025年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "附表1：重点项目投资安排")), &ls).expect("a table");
    let t = &r.parsed.table;
    let shape: Vec<(RowKind, &str, Option<&str>)> = t
        .rows
        .iter()
        .map(|r| (r.kind, r.name.as_str(), r.group.as_deref()))
        .collect();
    assert_eq!(
        shape,
        [
            (RowKind::Item, "合计", None),
            (RowKind::Category, "机构养老", None),
            (RowKind::Item, "小计", None),
            (RowKind::Item, "", Some("机构养老")),
            (RowKind::Item, "", Some("机构养老")),
            (RowKind::Category, "智慧养老", None),
            (RowKind::Item, "小计", None),
            (RowKind::Item, "", Some("智慧养老")),
            (RowKind::Item, "", Some("智慧养老")),
        ]
    );
    assert_eq!(
        t.rows[4].cells.last().map(String::as_str),
        Some("2022—2024年")
    );
    assert_eq!(r.consumed, ls.len());
    assert_read_keeps_text(Some("附表1：重点项目投资安排"), &ls, &r);
}

#[test]
fn unnumbered_sub_rows_one_after_another_are_a_row_each() {
    // Blank-line cells, 序号 written `1.`; two `其中：` sub-rows under row 1 (their 序号 and
    // 备注 vanished), then row 2; a closing total whose amount carries a note in brackets.
    let src = "序号\n\n指标名称\n\n2020年现状值\n\n2025年目标值\n\n属性\n\n备注\n\n\
               1.\n\n市场主体总量\n\n15.2万户\n\n17万户\n\n预期性\n\n\
               其中：企业数量\n\n11.6万户\n\n13.5万户\n\n预期性\n\n\
               其中：新开设企业数（年均）\n\n1.5万户\n\n1.8万户\n\n预期性\n\n\
               2.\n\n每千人拥有企业数\n\n175户\n\n200户\n\n预期性\n\n按常住人口计算\n\n\
               3.\n\n企业开办时间\n\n2个工作日\n\n1个工作日\n\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let names: Vec<String> = t
        .rows
        .iter()
        .map(|r| r.cells.first().cloned().unwrap_or_default())
        .collect();
    assert_eq!(
        names,
        [
            "市场主体总量",
            "其中：企业数量",
            "其中：新开设企业数（年均）",
            "每千人拥有企业数",
            "企业开办时间"
        ]
    );
    assert_eq!(r.consumed, ls.len());
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_closing_total_whose_amount_has_a_note_in_brackets_stays_in_the_table() {
    let src = "序号\n项目名称\n建设内容\n总投资（万元）\n\n\
               1\n湿垃圾处置设施\n建设处理站一座\n3650\n\n\
               2\n监测预警平台\n建设自动监测站点\n2400\n\n\
               合计\n6050\n（不含待定项目）\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 重点项目")), &ls).expect("a table");
    assert_eq!(r.consumed, ls.len());
    let last = r.parsed.table.rows.last().expect("rows");
    assert!(
        last.name.contains("合计") || last.cells.iter().any(|c| c.contains("合计")),
        "{last:?}"
    );
    assert!(
        last.cells.iter().any(|c| c == "6050（不含待定项目）"),
        "{last:?}"
    );
    // Amounts with their currency, each with a note.
    let src = "序号\n\n项目名称\n\n总投资\n\n其中财政资金\n\n\
               1\n\n养老院新建\n\n39200万元\n\n31400万元\n\n\
               2\n\n社区食堂\n\n12000万元\n\n12000万元\n\n\
               合计\n\n51200万元\n（不含社会投资）\n\n43400万元\n（含市级补助）\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 重点项目")), &ls).expect("a table");
    assert_eq!(r.consumed, ls.len());
    assert_eq!(r.parsed.table.rows.len(), 3);
}

#[test]
fn a_group_over_a_year_and_a_cumulative_value_after_the_attribute() {
    // Blank-line cells: `“十四五”目标` over `2025年` `五年累计`, which the source writes after
    // `属性`, the last cell of the upper row.
    let src = "类别\n\n序号\n\n指标名称\n\n单位\n\n2020年基数\n\n“十四五”目标\n\n属性\n\n2025年\n\n五年累计\n\n\
               空间更新\n\n1\n\n低效建设用地减量\n\n平方公里\n\n3.2\n\n—\n\n5\n\n约束性\n\n\
               2\n\n城市更新单元启动数量\n\n个\n\n4\n\n—\n\n12\n\n预期性\n\n\
               民生改善\n\n3\n\n旧住房成套改造面积\n\n万平方米\n\n18\n\n—\n\n40\n\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "2020年基数",
            "2025年",
            "五年累计",
            "属性"
        ]
    );
    assert_eq!(group_spans(t), [("“十四五”目标", 5, 2)]);
    assert_eq!(t.rows.len(), 3);
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_box_table_of_words_in_row_blocks_with_a_cell_over_two_lines() {
    // Under a 专栏 title, no caption: a header block naming its columns, then row blocks, one
    // of them a line longer (`工业遗存改造` / `为文化展示和创意空间`, one cell).
    let src = "项目名称\n更新方式\n实施期限\n\n\
               罗店古镇风貌区保护更新\n保护修缮、功能活化\n2021—2025年\n\n\
               吴淞工业遗存保护利用\n工业遗存改造\n为文化展示和创意空间\n2022—2025年\n\n\
               宝山城厢历史街区提升\n微更新、环境整治\n2021—2023年\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["项目名称", "更新方式", "实施期限"]);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(
        t.rows[1].cells,
        ["工业遗存改造为文化展示和创意空间", "2022—2025年"]
    );
    assert_eq!(r.consumed, ls.len());
}

#[test]
fn a_table_of_words_in_row_blocks_takes_its_header_block_whole() {
    // `年培训人次` names no column by its ending, but it stands in the header's block.
    let src = "培训项目\n培训对象\n年培训人次\n\n岗前培训\n新入职保育人员\n300\n\n\
               岗位技能提升培训\n在岗保育员、育婴员\n800\n\n管理人员研修\n托育机构负责人\n100\n";
    let ls = lines(src);
    let r = read_with(
        "t1",
        None,
        &ls,
        Options {
            titled: true,
            ..Options::default()
        },
    )
    .expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["培训项目", "培训对象", "年培训人次"]);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[2].cells, ["托育机构负责人", "100"]);
}

#[test]
fn a_vanished_cell_is_placed_by_the_rows_ahead_and_a_year_stays_under_a_column_of_years() {
    // Row 2 lost its 建设地点 before two rows were read: the rows after it place the gap.
    let src = "序号\n项目名称\n建设地点\n新增托位（个）\n建设年限\n\n\
               1\n区托育综合服务指导中心\n兴丰街道\n120\n2022—2023年\n\n\
               2\n社区嵌入式托育服务点（30个）\n900\n2021—2025年\n\n\
               3\n亦庄新城公办托育园\n亦庄镇\n200\n2023—2024年\n\n\
               4\n公办幼儿园托班扩容项目\n全区公办幼儿园\n1500\n2021—2025年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 托育服务设施建设项目表")), &ls).expect("a table");
    let row = row_named(&r.parsed.table, "2");
    assert_eq!(
        row.cells,
        ["社区嵌入式托育服务点（30个）", "", "900", "2021—2025年"]
    );
    // Row 6 lost its 配合单位; `2023年` is no body that cooperates, and `区卫生健康委` leads
    // in two rows above: the task stays the row's own.
    let src = "序号\n\n重点任务\n\n牵头单位\n\n配合单位\n\n完成时限\n\n\
               1\n\n制定普惠托育服务实施方案\n\n区卫生健康委\n\n区发展改革委、区财政局\n\n2022年\n\n\
               2\n\n开展托育服务资源普查和需求调查\n\n区卫生健康委\n\n各街道（乡镇）\n\n2022年\n\n\
               3\n\n推进公办幼儿园开设托班\n\n区教委\n\n区卫生健康委\n\n2021—2025年\n\n\
               4\n\n建设区托育综合服务指导中心\n\n区卫生健康委\n\n2023年\n\n\
               5\n\n支持用人单位和产业园区办托\n\n区总工会\n\n区妇联、区卫生健康委\n\n2021—2025年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 重点任务分工表")), &ls).expect("a table");
    let row = row_named(&r.parsed.table, "4");
    assert_eq!(
        row.cells,
        ["建设区托育综合服务指导中心", "区卫生健康委", "", "2023年"]
    );
}

#[test]
fn an_unnumbered_paragraph_about_the_cells_after_the_notes_is_a_note() {
    let src = "序号\n\n指标\n\n单位\n\n2020年\n\n2025年\n\n属性\n\n\
               1\n\n较大事故起数\n\n起\n\n3\n\n≤2\n\n约束性\n\n\
               2\n\n亿元生产总值死亡率下降\n\n%\n\n—\n\n33\n\n约束性\n\n\
               注：带*的为约束性指标，其余为预期性指标。\n\n\
               指标2的下降幅度以2020年为基数计算；“—”表示无基期数据。\n\n\
               全区安全生产形势总体平稳。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(
        r.parsed.table.notes,
        [
            "注：带*的为约束性指标，其余为预期性指标。",
            "指标2的下降幅度以2020年为基数计算；“—”表示无基期数据。"
        ]
    );
}

#[test]
fn a_sub_row_under_a_category_after_the_number_leaves_the_category_to_its_row() {
    // 序号 领域 指标 …: `其中：…` has no number and no 领域 (merged with the rows above).
    let src = blank_cells(&[
        "序号",
        "领域",
        "指标",
        "2020年",
        "2025年",
        "指标属性",
        "1",
        "教育就业",
        "高校毕业生就业率（%）",
        "95.6",
        "≥96",
        "预期性",
        "2",
        "新引进大学生数（万人）",
        "1.2",
        "2.0",
        "预期性",
        "其中：硕士研究生及以上学历人数（人）",
        "860",
        "1500",
        "预期性",
        "3",
        "青年创业项目扶持数（个）",
        "320",
        "500",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let sub = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c.starts_with("其中")))
        .expect("the sub-row");
    assert_eq!(
        sub.cells,
        [
            "",
            "其中：硕士研究生及以上学历人数（人）",
            "860",
            "1500",
            "预期性"
        ],
        "{:?}",
        rows(t)
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn rows_anchored_by_their_attribute_under_a_two_row_header_with_a_rate() {
    // No number column; `2025年目标` over `目标值` `年均增速`, written after 属性; 类别 merged;
    // the third row lacks its 2020 value (a new indicator): its 60 is the target, 〔60〕 the
    // rate's.
    let src = blank_cells(&[
        "类别",
        "指标",
        "单位",
        "2020年",
        "2025年目标",
        "属性",
        "目标值",
        "年均增速",
        "社会保障",
        "困难残疾人生活补贴覆盖率",
        "%",
        "100",
        "100",
        "—",
        "约束性",
        "城乡残疾人基本养老保险参保率",
        "%",
        "93.6",
        "96",
        "〔2.4〕",
        "预期性",
        "乡镇（街道）“残疾人之家”覆盖率",
        "%",
        "60",
        "〔60〕",
        "预期性",
        "康复教育",
        "残疾人基本康复服务覆盖率",
        "%",
        "82",
        "90",
        "〔8〕",
        "约束性",
        "残疾人辅助器具适配率",
        "%",
        "80",
        "88",
        "〔8〕",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "指标",
            "单位",
            "2020年",
            "目标值",
            "年均增速",
            "属性"
        ]
    );
    assert_eq!(
        rows(t),
        [
            "I|社会保障|社会保障|困难残疾人生活补贴覆盖率|%|100|100|—|约束性",
            "I|社会保障||城乡残疾人基本养老保险参保率|%|93.6|96|〔2.4〕|预期性",
            "I|社会保障||乡镇（街道）“残疾人之家”覆盖率|%||60|〔60〕|预期性",
            "I|康复教育|康复教育|残疾人基本康复服务覆盖率|%|82|90|〔8〕|约束性",
            "I|康复教育||残疾人辅助器具适配率|%|80|88|〔8〕|约束性",
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_row_of_a_merged_category_with_a_target_in_words_leaves_out_its_rate() {
    // `能源消费总量` `万吨标准煤` `215` `控制在自治区下达目标以内` `预期性`: two cells short of a
    // row that writes its category, it is a row of the group above (its first cell a name, not
    // a category over a unit), and a target in words has no rate of growth beside it.
    let src = blank_cells(&[
        "类别",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "年均增长（%）",
        "指标属性",
        "能源供应",
        "能源综合生产能力",
        "万吨标准煤",
        "1260",
        "2380",
        "13.6",
        "预期性",
        "电力总装机",
        "万千瓦",
        "318",
        "855",
        "21.9",
        "预期性",
        "能源消费",
        "全社会用电量",
        "亿千瓦时",
        "46",
        "78",
        "11.1",
        "预期性",
        "能源消费总量",
        "万吨标准煤",
        "215",
        "控制在自治区下达目标以内",
        "预期性",
        "单位地区生产总值能耗降低",
        "%",
        "—",
        "〔14〕",
        "—",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[3],
        "I|能源消费||能源消费总量|万吨标准煤|215|控制在自治区下达目标以内||预期性",
        "{:?}",
        rows(t)
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_grade_in_words_is_a_value_not_a_unit() {
    // Row 2 has no unit: `良好` is its 2020 value.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "1",
        "企业开办时间",
        "个工作日",
        "2",
        "0.5",
        "约束性",
        "2",
        "全省营商环境评价等次",
        "良好",
        "优秀",
        "预期性",
        "3",
        "政务服务事项网上可办率",
        "%",
        "90",
        "100",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要目标")), &ls).expect("a table");
    assert_eq!(
        r.parsed.table.rows[1].cells,
        ["全省营商环境评价等次", "", "良好", "优秀", "预期性"]
    );
}

#[test]
fn a_task_over_two_lines_is_not_joined_to_the_bodies_after_it() {
    // Row 3's 重点任务 is over two lines; its second line has a figure and is no body's name, so
    // it does not go with the 牵头单位 `市住房城乡建设局、市行政审批服务局` (a column that names
    // two bodies in row 2 too).
    let src = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n\n\
               1\n建设“无证明城市”，全面推行证明事项告知承诺制\n市司法局\n市行政审批服务局、市大数据局\n2022年底前\n\n\
               2\n推动高频政务服务事项“跨省通办”\n市行政审批服务局、市大数据局\n市直有关部门\n长期坚持\n\n\
               3\n深化工程建设项目审批制度改革，社会投资一般项目\n审批时间压减至25个工作日以内\n市住房城乡建设局、市行政审批服务局\n市自然资源和规划局\n2022年底前\n\n\
               4\n深化商事制度改革，企业开办全流程压缩至0.5个工作日\n市行政审批服务局\n市市场监管局\n2022年底前\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点任务分工表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2],
        "I||3|深化工程建设项目审批制度改革，社会投资一般项目审批时间压减至25个工作日以内|市住房城乡建设局、市行政审批服务局|市自然资源和规划局|2022年底前",
        "{:?}",
        rows(t)
    );
    assert_read_keeps_text(Some("重点任务分工表"), &ls, &r);
}

#[test]
fn a_header_of_three_rows_in_one_run_of_cells() {
    // `基期值` (two rows high) over `2020年`; `“十四五”目标` over `阶段目标` (over `2023年`) and
    // `2025年`; the source writes the rows one after another.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "基期值",
        "“十四五”目标",
        "属性",
        "阶段目标",
        "2025年",
        "2020年",
        "2023年",
        "1",
        "粮食综合生产能力",
        "万吨",
        "905",
        "910",
        "915",
        "约束性",
        "2",
        "高标准农田面积",
        "万亩",
        "780",
        "850",
        "920",
        "约束性",
        "3",
        "粮食完好仓容",
        "万吨",
        "320",
        "350",
        "380",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["序号", "指标", "单位", "2020年", "2023年", "2025年", "属性"]
    );
    assert_eq!(
        group_spans(t),
        [("基期值", 3, 1), ("“十四五”目标", 4, 2), ("阶段目标", 4, 1)]
    );
    assert_eq!(rows(t)[1], "I||2|高标准农田面积|万亩|780|850|920|约束性");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_header_of_three_rows_with_periods_in_the_middle_row() {
    // `指标值` over `“十三五”` (over `2020年目标` `2020年实际`) and `“十四五”` (over
    // `2025年目标`); 类别 merged over the rows of each group. 2020 is also the 14th plan's
    // baseline year: its own five years place `2020年实际` under `“十三五”`.
    let src = blank_cells(&[
        "类别",
        "指标",
        "单位",
        "指标值",
        "属性",
        "“十三五”",
        "“十四五”",
        "2020年目标",
        "2020年实际",
        "2025年目标",
        "设施建设",
        "公益性公墓覆盖率",
        "%",
        "75",
        "78.4",
        "95",
        "约束性",
        "殡仪馆火化炉达标率",
        "%",
        "80",
        "82",
        "100",
        "约束性",
        "惠民服务",
        "网上可办率",
        "%",
        "—",
        "38.6",
        "≥90",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "指标",
            "单位",
            "2020年目标",
            "2020年实际",
            "2025年目标",
            "属性"
        ]
    );
    assert_eq!(
        group_spans(t),
        [("指标值", 3, 3), ("“十三五”", 3, 2), ("“十四五”", 5, 1)]
    );
    assert_eq!(
        rows(t)[1],
        "I|设施建设||殡仪馆火化炉达标率|%|80|82|100|约束性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn an_attribute_merged_over_its_group_leaves_the_next_category_to_the_next_row() {
    // 类别 and 属性 written once per group: row 2 ends with its 2025 value, and `产业发展`
    // after it is the next group's category, not row 2's attribute.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "枢纽能级",
        "1",
        "旅客吞吐量",
        "万人次",
        "1016",
        "2000",
        "预期性",
        "2",
        "货邮吞吐量",
        "万吨",
        "16.5",
        "40",
        "产业发展",
        "3",
        "地区生产总值",
        "亿元",
        "486",
        "800",
        "预期性",
        "4",
        "临空产业增加值比重",
        "%",
        "41.5",
        "55",
        "注：同一类别指标属性相同，“属性”栏按类别合并填列。",
    ]);
    check(&Case {
        name: "attribute merged",
        caption: Some("表2 发展主要指标"),
        src,
        columns: &["类别", "序号", "指标", "单位", "2020年", "2025年", "属性"],
        rows: &[
            "I|枢纽能级|枢纽能级|1|旅客吞吐量|万人次|1016|2000|预期性",
            "I|枢纽能级||2|货邮吞吐量|万吨|16.5|40|",
            "I|产业发展|产业发展|3|地区生产总值|亿元|486|800|预期性",
            "I|产业发展||4|临空产业增加值比重|%|41.5|55|",
        ],
        notes: &["注：同一类别指标属性相同，“属性”栏按类别合并填列。"],
        left: 0,
    });
}

#[test]
fn a_total_one_short_stands_its_values_under_the_columns_they_sum() {
    // Rows are years; `合计` has no running total: `11800` sums the first column, `30` the
    // last. The places of the city head the names (`区（县）`).
    let src = blank_cells(&[
        "年份",
        "新增公共充电桩（个）",
        "累计公共充电桩（个）",
        "新增换电站（座）",
        "2021年",
        "1600",
        "4800",
        "4",
        "2022年",
        "2200",
        "7000",
        "6",
        "2023年",
        "8000",
        "15000",
        "20",
        "合计",
        "11800",
        "30",
    ]);
    check(&Case {
        name: "total by sums",
        caption: Some("表2 建设时序安排"),
        src,
        columns: &[
            "年份",
            "新增公共充电桩（个）",
            "累计公共充电桩（个）",
            "新增换电站（座）",
        ],
        rows: &[
            "I||2021年|1600|4800|4",
            "I||2022年|2200|7000|6",
            "I||2023年|8000|15000|20",
            "I||合计|11800||30",
        ],
        notes: &[],
        left: 0,
    });
    let src = blank_cells(&[
        "区（县）",
        "公共充电桩",
        "换电站",
        "花山区（含慈湖高新区）",
        "3100",
        "8",
        "博望区",
        "1500",
        "4",
        "合计",
        "4600",
        "12",
    ]);
    check(&Case {
        name: "places",
        caption: Some("表3 各区（县）充电设施布局规划"),
        src,
        columns: &["区（县）", "公共充电桩", "换电站"],
        rows: &[
            "I||花山区（含慈湖高新区）|3100|8",
            "I||博望区|1500|4",
            "I||合计|4600|12",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn the_last_row_block_ends_before_a_sentence_in_a_block_of_its_own() {
    // Row blocks; row 3 lacks its 备注, and the paragraph after the table is no cell of it.
    let src = "序号\n项目名称\n建设地点\n建设年限\n备注\n\n\
               1\n殡仪馆二期工程\n埇桥区\n2021—2023年\n续建\n\n\
               2\n殡仪馆迁建工程\n砀山县\n2022—2024年\n\n\
               3\n信息平台\n全市\n2021—2022年\n\n\
               各县区要落实殡葬设施建设主体责任，确保项目按期建成。";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 重点项目")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I||1|殡仪馆二期工程|埇桥区|2021—2023年|续建",
            "I||2|殡仪馆迁建工程|砀山县|2022—2024年|",
            "I||3|信息平台|全市|2021—2022年|",
        ]
    );
    assert_eq!(ls.len() - r.consumed, 1);
}

#[test]
fn a_numbered_row_with_a_target_in_words_leaves_out_its_rate() {
    // Row 2 writes its 2020 value and a target in words, and no rate: not its 2020 value
    // left out (the baseline), which a row one value short leaves out otherwise.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "年均增长（%）",
        "属性",
        "1",
        "能源综合生产能力",
        "万吨标准煤",
        "1260",
        "2380",
        "13.6",
        "预期性",
        "2",
        "能源消费总量",
        "万吨标准煤",
        "215",
        "控制在自治区下达目标以内",
        "预期性",
        "3",
        "电力总装机",
        "万千瓦",
        "318",
        "855",
        "21.9",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(
        row_named(&r.parsed.table, "2").cells,
        [
            "能源消费总量",
            "万吨标准煤",
            "215",
            "控制在自治区下达目标以内",
            "",
            "预期性"
        ]
    );
}

#[test]
fn a_header_is_split_in_rows_only_where_they_show_its_cells_in_the_order_written() {
    // (Found by fuzzing.) A reading of these cells as three rows would show `2020年` before
    // `2357年` where the source writes them the other way round: the text keeps its order.
    let src = "序号\n\n指标\n\n单位\n\n基期值\n\n“十四五”目标\n\n属性\n\n2阶段目标\n\n2357年\n\n\
               2020年\n\n2023年\n\n5\n\n粮食综合生产能力\n\n万吨\n\n905\u{b}\0\0\0\0\0\0\u{0}15\n\n\
               约束性\n\n2\n\n高标准农田面积\n\n万亩\n\n779\n\n850\n\n920\n\n约束性\n";
    let ls = lines(src);
    if let Ok(r) = read("t1", Some((0, "表1 主要指标")), &ls) {
        assert_eq!(r.parsed.table.column_groups_problem(), None);
        assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
    }
}

#[test]
fn a_table_of_places_and_numbers_under_a_line_that_points_to_it() {
    // In a 专栏, under `…安排如下表。`: `街道` names the places.
    let src = blank_cells(&[
        "街道",
        "泊位数（个）",
        "赤岗街道",
        "800",
        "新港街道",
        "600",
        "昌岗街道",
        "500",
        "合计",
        "1900",
    ]);
    let ls = lines(&src);
    let r = read_with(
        "t1",
        None,
        &ls,
        Options {
            pointed: true,
            ..Default::default()
        },
    )
    .expect("a table");
    assert_eq!(r.parsed.table.columns, ["街道", "泊位数（个）"]);
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I||赤岗街道|800",
            "I||新港街道|600",
            "I||昌岗街道|500",
            "I||合计|1900"
        ]
    );
}

#[test]
fn rows_grouped_by_a_place_after_the_number_leave_it_to_the_first_row() {
    // 所在街道 written on the first row of each street's group only.
    let src = blank_cells(&[
        "序号",
        "所在街道",
        "项目名称",
        "泊位数（个）",
        "建设性质",
        "建设年限",
        "1",
        "琶洲街道",
        "琶洲会展中心地下停车场",
        "800",
        "新建",
        "2021—2023年",
        "2",
        "琶洲西区公共停车楼",
        "450",
        "新建",
        "2022—2024年",
        "3",
        "南洲街道",
        "沥滘地铁站P+R停车场",
        "300",
        "新建",
        "2023—2025年",
        "4",
        "南洲路立体停车库",
        "260",
        "改建",
        "2021—2022年",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 公共停车场建设项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "2").cells,
        ["", "琶洲西区公共停车楼", "450", "新建", "2022—2024年"]
    );
    assert_eq!(row_named(t, "2").group.as_deref(), Some("琶洲街道"));
    assert_eq!(row_named(t, "4").group.as_deref(), Some("南洲街道"));
    assert_read_keeps_text(Some("表1 公共停车场建设项目表"), &ls, &r);
}

#[test]
fn rows_anchored_by_their_attribute_under_group_rows_of_their_own() {
    // No number column: `旅游经济`, `旅游服务` head their rows in a row of one cell, the first
    // right under the header; a table note after the last row.
    let src = blank_cells(&[
        "指标",
        "单位",
        "2020年",
        "2025年",
        "年均增长（%）",
        "属性",
        "旅游经济",
        "旅游总人次",
        "万人次",
        "1086",
        "2100",
        "14.1",
        "预期性",
        "旅游总收入",
        "亿元",
        "96.5",
        "210",
        "16.8",
        "预期性",
        "旅游服务",
        "A级旅游景区",
        "个",
        "9",
        "15",
        "—",
        "预期性",
        "旅游厕所达标率",
        "%",
        "85",
        "100",
        "—",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["指标", "单位", "2020年", "2025年", "年均增长（%）", "属性"]
    );
    assert_eq!(
        rows(t),
        [
            "C||旅游经济",
            "I||旅游总人次|万人次|1086|2100|14.1|预期性",
            "I||旅游总收入|亿元|96.5|210|16.8|预期性",
            "C||旅游服务",
            "I||A级旅游景区|个|9|15|—|预期性",
            "I||旅游厕所达标率|%|85|100|—|约束性",
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_share_one_value_short_leaves_out_its_rate_of_growth() {
    // `旅游业增加值占GDP比重` `%` `7.8` `12` `预期性`: a share has no rate of growth beside it.
    let src = blank_cells(&[
        "指标",
        "单位",
        "2020年",
        "2025年",
        "年均增长（%）",
        "属性",
        "旅游总人次",
        "万人次",
        "1086",
        "2100",
        "14.1",
        "预期性",
        "旅游总收入",
        "亿元",
        "96.5",
        "210",
        "16.8",
        "预期性",
        "旅游业增加值占GDP比重",
        "%",
        "7.8",
        "12",
        "预期性",
        "过夜游客人均停留天数",
        "天",
        "1.4",
        "2.0",
        "7.4",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table)[2],
        "I||旅游业增加值占GDP比重|%|7.8|12||预期性"
    );
}

#[test]
fn two_sub_rows_one_after_another_are_a_row_each() {
    // `其中：三级及以上公路` … `预期性`, then `四级公路` … `预期性`, neither numbered.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "1",
        "农村公路总里程",
        "公里",
        "3186",
        "3420",
        "预期性",
        "其中：三级及以上公路",
        "公里",
        "412",
        "530",
        "预期性",
        "四级公路",
        "公里",
        "2640",
        "2890",
        "预期性",
        "2",
        "乡镇通三级及以上公路比例",
        "%",
        "78",
        "100",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4, "{:?}", rows(t));
    assert_eq!(
        t.rows[2].cells,
        ["四级公路", "公里", "2640", "2890", "预期性"]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_box_s_table_of_words_one_cell_short_at_its_end() {
    // Under its 专栏 title: the last row's 责任单位 is written once for two rows, so the table
    // ends one cell short; the bodies stay under 责任单位 (`区工业和信息化局` is one body).
    let src = blank_cells(&[
        "项目",
        "主要内容",
        "责任单位",
        "企业职工岗位技能提升",
        "支持企业开展新型学徒制培训和岗位练兵，年均培训企业职工8000人次",
        "区人社局、区工业和信息化局",
        "农村劳动力技能培训",
        "围绕家政服务、养老护理、电子商务等开展培训，年均培训农村劳动力3000人次",
        "区农业农村委、区人社局",
        "高技能人才培训基地建设",
        "建设市级高技能人才培训基地2个、技能大师工作室10个",
        "区人社局、区总工会",
        "“北辰工匠”职业技能竞赛",
        "每年举办区级职业技能竞赛，选树一批“北辰工匠”",
        "第二节 加强技能人才队伍建设",
    ]);
    let ls = lines(&src);
    let r = read_with(
        "t1",
        None,
        &ls,
        Options {
            titled: true,
            ..Default::default()
        },
    )
    .expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4);
    assert_eq!(t.rows[0].cells[1], "区人社局、区工业和信息化局");
    assert_eq!(
        t.rows[3].cells,
        ["每年举办区级职业技能竞赛，选树一批“北辰工匠”", ""]
    );
}

#[test]
fn a_task_line_that_stops_at_a_conjunction_goes_on_in_the_next() {
    // Row blocks; the last row's 重点任务 is over two lines, the first ending in `和`: joined
    // there, not the bodies after it.
    let src = "序号\n重点任务\n牵头单位\n配合单位\n\n\
               1\n开展“安全生产月”活动\n区应急局\n各街道办事处\n\n\
               2\n推进企业安全生产标准化建设\n区经济信息委\n区应急局\n\n\
               3\n开展规划实施年度监测、中期评估和\n总结评估，强化评估结果运用\n区安委办\n区发展改革委、各街道办事处\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点任务分工")), &ls).expect("a table");
    assert_eq!(
        row_named(&r.parsed.table, "3").cells,
        [
            "开展规划实施年度监测、中期评估和总结评估，强化评估结果运用",
            "区安委办",
            "区发展改革委、各街道办事处"
        ]
    );
    assert_read_keeps_text(Some("重点任务分工"), &ls, &r);
}

#[test]
fn a_merged_cell_in_a_middle_column_is_left_to_the_row_above_where_the_endings_tell() {
    // 保护类别 merged over rows 2 and 3, written only in row 1: `第一批` … end as the batches
    // under 公布批次 do, not as the kinds (`一类`) under 保护类别.
    let src = blank_cells(&[
        "序号",
        "名称",
        "地址",
        "保护类别",
        "公布批次",
        "1",
        "大理石亭",
        "长宁路780号",
        "一类",
        "第一批",
        "2",
        "怀施堂旧址",
        "万航渡路1575号",
        "二类",
        "第二批",
        "3",
        "孙科住宅",
        "番禺路60号",
        "第三批",
        "4",
        "王伯群住宅",
        "愚园路1136弄31号",
        "第三批",
        "5",
        "乡村总会旧址",
        "延安西路1262号",
        "三类",
        "第四批",
    ]);
    check(&Case {
        name: "merged middle column",
        caption: Some("表1 保护名录"),
        src,
        columns: &["序号", "名称", "地址", "保护类别", "公布批次"],
        rows: &[
            "I||1|大理石亭|长宁路780号|一类|第一批",
            "I||2|怀施堂旧址|万航渡路1575号|二类|第二批",
            "I||3|孙科住宅|番禺路60号||第三批",
            "I||4|王伯群住宅|愚园路1136弄31号||第三批",
            "I||5|乡村总会旧址|延安西路1262号|三类|第四批",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_two_row_header_with_its_group_before_the_attribute_over_a_merged_category() {
    // `“十四五”目标` over `2025年` `年均增速`, written row by row: the group and 属性 in the
    // upper row, its two columns after them. 类别 is merged (written on a group's first row
    // only), so most rows are one cell short of the eight columns; `2020年现状` is a column of
    // its own, no group over `2025年`. A `其中` sub-row without a number stands between rows.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标",
        "单位",
        "2020年现状",
        "“十四五”目标",
        "属性",
        "2025年",
        "年均增速",
        "防汛安全",
        "1",
        "防汛墙达标率",
        "%",
        "92.6",
        "100",
        "—",
        "约束性",
        "2",
        "排水能力达标面积比例",
        "%",
        "32",
        "60",
        "—",
        "约束性",
        "水环境",
        "3",
        "河湖水质达标率",
        "%",
        "70",
        "90",
        "—",
        "约束性",
        "4",
        "雨污混接改造小区",
        "个",
        "120",
        "480",
        "—",
        "预期性",
        "其中：老旧住宅小区",
        "个",
        "150",
        "330",
        "17.1%",
        "预期性",
        "5",
        "污水处理率",
        "%",
        "96",
        "98",
        "—",
        "约束性",
    ]);
    let t = check(&Case {
        name: "group before the attribute",
        caption: Some("表1 主要指标"),
        src,
        columns: &[
            "类别",
            "序号",
            "指标",
            "单位",
            "2020年现状",
            "2025年",
            "年均增速",
            "属性",
        ],
        rows: &[
            "I|防汛安全|防汛安全|1|防汛墙达标率|%|92.6|100|—|约束性",
            "I|防汛安全||2|排水能力达标面积比例|%|32|60|—|约束性",
            "I|水环境|水环境|3|河湖水质达标率|%|70|90|—|约束性",
            "I|水环境||4|雨污混接改造小区|个|120|480|—|预期性",
            "I|水环境|||其中：老旧住宅小区|个|150|330|17.1%|预期性",
            "I|水环境||5|污水处理率|%|96|98|—|约束性",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.column_groups.len(), 1);
    assert_eq!(t.column_groups[0].title, "“十四五”目标");
}

#[test]
fn total_rows_with_a_placeholder_for_their_attribute_are_rows_of_the_table() {
    // Rows anchored by their attribute, no number column; 小计 and 合计 after the last row write
    // `—` where the attribute stands: two rows more, not cells after the attribute.
    let src = blank_cells(&[
        "住房类型",
        "“十三五”供应量",
        "“十四五”目标",
        "属性",
        "商品住房（万平方米）",
        "880",
        "900",
        "预期性",
        "市场化租赁住房（万平方米）",
        "36",
        "60",
        "预期性",
        "保障性租赁住房（万平方米）",
        "—",
        "120",
        "约束性",
        "共有产权保障住房（万平方米）",
        "24",
        "30",
        "约束性",
        "小计",
        "144",
        "150",
        "—",
        "合计",
        "1158",
        "1280",
        "—",
    ]);
    check(&Case {
        name: "total rows after the attribute rows",
        caption: Some("表1 住房供应目标"),
        src,
        columns: &["住房类型", "“十三五”供应量", "“十四五”目标", "属性"],
        rows: &[
            "I||商品住房（万平方米）|880|900|预期性",
            "I||市场化租赁住房（万平方米）|36|60|预期性",
            "I||保障性租赁住房（万平方米）|—|120|约束性",
            "I||共有产权保障住房（万平方米）|24|30|约束性",
            "I||小计|144|150|—",
            "I||合计|1158|1280|—",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_boxs_table_of_words_names_its_columns_by_place_year_or_measure() {
    // Under a 专栏 title, no caption: `所在街镇`/`所在街道` name where each row's project is,
    // `实施年度` when it is done, `房源（套）` a measure by its unit. Each a table of words.
    let cases: [(&[&str], &[&str], &[&str]); 2] = [
        (
            &[
                "项目名称",
                "所在街镇",
                "筹措方式",
                "房源（套）",
                "顾村大型居住社区租赁住房项目",
                "顾村镇",
                "新建",
                "1800",
                "南大智慧城人才公寓项目",
                "大场镇",
                "新建",
                "1500",
                "吴淞创新城存量厂房改建项目",
                "吴淞街道",
                "非居住存量房屋改建",
                "900",
                "2.规范发展市场化租赁住房",
            ],
            &["项目名称", "所在街镇", "筹措方式", "房源（套）"],
            &[
                "I||顾村大型居住社区租赁住房项目|顾村镇|新建|1800",
                "I||南大智慧城人才公寓项目|大场镇|新建|1500",
                "I||吴淞创新城存量厂房改建项目|吴淞街道|非居住存量房屋改建|900",
            ],
        ),
        (
            &[
                "项目名称",
                "所在街道",
                "实施年度",
                "愚园路历史建筑综合修缮",
                "江苏路街道、华阳路街道",
                "2021—2023年",
                "新华路花园住宅群保护修缮",
                "新华路街道",
                "2022—2024年",
                "道路标识系统更新",
                "—",
                "2021—2025年",
                "二、推进里弄住宅保护性综合改造",
            ],
            &["项目名称", "所在街道", "实施年度"],
            &[
                "I||愚园路历史建筑综合修缮|江苏路街道、华阳路街道|2021—2023年",
                "I||新华路花园住宅群保护修缮|新华路街道|2022—2024年",
                "I||道路标识系统更新|—|2021—2025年",
            ],
        ),
    ];
    for (cells, columns, want) in cases {
        let src = blank_cells(cells);
        let ls = lines(&src);
        let r = read_with(
            "t1",
            None,
            &ls,
            Options {
                titled: true,
                ..Default::default()
            },
        )
        .unwrap_or_else(|e| panic!("{}: no table: {e:?}", columns[1]));
        assert_eq!(r.parsed.table.columns, columns);
        assert_eq!(rows(&r.parsed.table), want);
        assert_eq!(
            ls.len() - r.consumed,
            1,
            "the heading after the table is left"
        );
        assert_read_keeps_text(None, &ls, &r);
    }
}

#[test]
fn in_row_blocks_a_rows_number_opens_its_block_though_a_value_inside_reads_the_same() {
    // Row 2 is one cell short (its 类别 merged above); row 3's block writes its number twice, its
    // number and its 2020 value (`3` here). The row starts at the `3` after the blank line.
    let src = [
        "序号\n类别\n指标名称\n2020年\n2025年目标\n指标属性",
        "1\n社会共治\n物联网接入率（%）\n65\n95\n预期性",
        "2\n宣传教育覆盖率（%）\n90\n100\n预期性",
        "3\n消防安全培训（万人次）\n3\n20\n预期性",
    ]
    .join("\n\n");
    let t = check(&Case {
        name: "row blocks, a value like the next number",
        caption: Some("表1 主要指标"),
        src,
        columns: &[
            "序号",
            "类别",
            "指标名称",
            "2020年",
            "2025年目标",
            "指标属性",
        ],
        rows: &[
            "I|社会共治|1|社会共治|物联网接入率（%）|65|95|预期性",
            "I|社会共治|2||宣传教育覆盖率（%）|90|100|预期性",
            "I|社会共治|3||消防安全培训（万人次）|3|20|预期性",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 3);
}

#[test]
fn a_unit_left_out_is_told_by_a_state_a_unit_in_the_name_or_where_the_rows_write_placeholders() {
    // Rows one cell short before the attribute: `启动` is a state, no unit; a name carrying its
    // unit in brackets has none in the unit column; `—` where the rows above write `—` as a
    // 2020 value and never as a unit is the 2020 value. The unit is left empty each time.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "1",
        "更新单元启动数量",
        "个",
        "—",
        "8",
        "预期性",
        "2",
        "零星旧里房屋改造",
        "启动",
        "基本完成",
        "约束性",
        "3",
        "加装电梯（五年累计）",
        "台",
        "213",
        "1000",
        "预期性",
        "4",
        "新增公共开放空间面积（万平方米）",
        "—",
        "30",
        "预期性",
        "5",
        "风貌保护街巷整治",
        "条",
        "12",
        "30",
        "预期性",
        "6",
        "城市更新数字化管理平台",
        "—",
        "建成",
        "预期性",
    ]);
    check(&Case {
        name: "unit left out",
        caption: Some("表1 主要指标"),
        src,
        columns: &["序号", "指标", "单位", "2020年", "2025年", "属性"],
        rows: &[
            "I||1|更新单元启动数量|个|—|8|预期性",
            "I||2|零星旧里房屋改造||启动|基本完成|约束性",
            "I||3|加装电梯（五年累计）|台|213|1000|预期性",
            "I||4|新增公共开放空间面积（万平方米）||—|30|预期性",
            "I||5|风貌保护街巷整治|条|12|30|预期性",
            "I||6|城市更新数字化管理平台||—|建成|预期性",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_table_of_words_with_a_cell_merged_over_three_rows_leaves_the_two_below_empty() {
    // 更新方式 `区域整体更新` written in the first of three rows only; `面积（公顷）` names a
    // measure's column; `实施时序` a column of times. Two cells vanished, not two cells written
    // over two paragraphs.
    let src = blank_cells(&[
        "片区名称",
        "面积（公顷）",
        "更新方式",
        "实施时序",
        "徐家汇商圈片区",
        "52.3",
        "区域整体更新",
        "2021—2025年",
        "徐汇滨江西岸传媒港片区",
        "38.6",
        "2021—2024年",
        "漕河泾开发区东部片区",
        "45.0",
        "2022—2025年",
        "衡复风貌区（徐汇部分）岳阳路片区",
        "18.2",
        "保护性更新",
        "2021—2025年",
        "田林社区老旧住区片区",
        "26.4",
        "零星更新与综合整治",
        "2022—2025年",
        "枫林生命健康片区",
        "29.5",
        "功能提升更新",
        "2022—2025年",
        "注：面积为片区规划研究范围，具体以经批准的更新单元规划为准。",
    ]);
    check(&Case {
        name: "merged over three rows",
        caption: Some("表2 重点片区一览表"),
        src,
        columns: &["片区名称", "面积（公顷）", "更新方式", "实施时序"],
        rows: &[
            "I||徐家汇商圈片区|52.3|区域整体更新|2021—2025年",
            "I||徐汇滨江西岸传媒港片区|38.6||2021—2024年",
            "I||漕河泾开发区东部片区|45.0||2022—2025年",
            "I||衡复风貌区（徐汇部分）岳阳路片区|18.2|保护性更新|2021—2025年",
            "I||田林社区老旧住区片区|26.4|零星更新与综合整治|2022—2025年",
            "I||枫林生命健康片区|29.5|功能提升更新|2022—2025年",
        ],
        notes: &["注：面积为片区规划研究范围，具体以经批准的更新单元规划为准。"],
        left: 0,
    });
}

#[test]
fn a_row_of_a_name_and_values_one_value_short_has_it_empty_and_the_next_row_its_name() {
    // Years for columns; `小梁薄板房屋改造` starts in 2022 and writes no 2021 value: its row
    // ends before the next name, which opens the next row, not a seventh cell.
    let src = blank_cells(&[
        "类型",
        "2021年",
        "2022年",
        "2023年",
        "2024年",
        "2025年",
        "合计",
        "保障性租赁住房建设筹措（万套）",
        "1.2",
        "1.5",
        "1.8",
        "1.8",
        "1.7",
        "8.0",
        "区筹公共租赁住房新增供应（套）",
        "300",
        "400",
        "400",
        "450",
        "450",
        "2000",
        "旧住房成套改造（万平方米）",
        "2.0",
        "2.5",
        "3.0",
        "3.0",
        "2.5",
        "13.0",
        "小梁薄板房屋改造（万平方米）",
        "1.0",
        "1.5",
        "1.5",
        "1.0",
        "5.0",
        "旧住房综合修缮（万平方米）",
        "200",
        "220",
        "220",
        "200",
        "160",
        "1000",
        "物业服务质量考评达标率（%）",
        "85",
        "87",
        "88",
        "89",
        "90",
        "—",
    ]);
    check(&Case {
        name: "a name and values, one short",
        caption: Some("表1 主要指标年度安排"),
        src,
        columns: &[
            "类型", "2021年", "2022年", "2023年", "2024年", "2025年", "合计",
        ],
        rows: &[
            "I||保障性租赁住房建设筹措（万套）|1.2|1.5|1.8|1.8|1.7|8.0",
            "I||区筹公共租赁住房新增供应（套）|300|400|400|450|450|2000",
            "I||旧住房成套改造（万平方米）|2.0|2.5|3.0|3.0|2.5|13.0",
            "I||小梁薄板房屋改造（万平方米）||1.0|1.5|1.5|1.0|5.0",
            "I||旧住房综合修缮（万平方米）|200|220|220|200|160|1000",
            "I||物业服务质量考评达标率（%）|85|87|88|89|90|—",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_table_of_amounts_headed_by_a_column_of_uses_is_read() {
    // `资金用途` names the rows' names; a 其中 sub-row and a 总计 row are rows.
    let src = blank_cells(&[
        "资金用途",
        "2021—2023年",
        "2024—2025年",
        "合计",
        "消防站点建设",
        "22600",
        "17800",
        "40400",
        "其中：新建消防救援站",
        "18900",
        "15200",
        "34100",
        "消防车辆装备购置",
        "9500",
        "7300",
        "16800",
        "总计",
        "32100",
        "25100",
        "57200",
    ]);
    check(&Case {
        name: "a column of uses",
        caption: Some("表2 经费投入测算"),
        src,
        columns: &["资金用途", "2021—2023年", "2024—2025年", "合计"],
        rows: &[
            "I||消防站点建设|22600|17800|40400",
            "I||其中：新建消防救援站|18900|15200|34100",
            "I||消防车辆装备购置|9500|7300|16800",
            "I||总计|32100|25100|57200",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_total_row_under_numbered_projects_with_a_placeholder_and_a_period_is_the_tables() {
    // `合计` spans 序号 and 项目名称; its 建设规模 is `—` and its 建设周期 the whole period.
    let src = blank_cells(&[
        "序号",
        "项目名称",
        "建设规模",
        "总投资（万元）",
        "建设周期",
        "1",
        "马陆消防站新建工程",
        "新建二级普通消防站1座",
        "6800",
        "2021—2023年",
        "2",
        "智慧消防物联网平台",
        "接入重点单位800家",
        "3200",
        "2022—2024年",
        "3",
        "老旧小区消防设施改造",
        "改造消防设施120个",
        "5400",
        "2021—2025年",
        "合计",
        "—",
        "15400",
        "2021—2025年",
    ]);
    let t = check(&Case {
        name: "a total after numbered projects",
        caption: Some("专栏3 重点建设项目"),
        src,
        columns: &["序号", "项目名称", "建设规模", "总投资（万元）", "建设周期"],
        rows: &[
            "I||1|马陆消防站新建工程|新建二级普通消防站1座|6800|2021—2023年",
            "I||2|智慧消防物联网平台|接入重点单位800家|3200|2022—2024年",
            "I||3|老旧小区消防设施改造|改造消防设施120个|5400|2021—2025年",
            "I||合计||—|15400|2021—2025年",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn a_value_of_a_sub_row_that_reads_as_the_next_number_is_the_sub_rows() {
    // Row 2 writes a 备注, then its `其中` sub-row `座` `3` `5`: that `3` is the sub-row's 2020
    // value; row 3 starts at the `3` after the sub-row's attribute.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "备注",
        "1",
        "十万人口火灾死亡率",
        "人/10万人",
        "0.11",
        "≤0.15",
        "约束性",
        "2",
        "消防救援站",
        "座",
        "12",
        "16",
        "约束性",
        "含小型消防救援站",
        "其中：小型消防救援站",
        "座",
        "3",
        "5",
        "预期性",
        "3",
        "市政消火栓完好率",
        "%",
        "95",
        "≥98",
        "约束性",
        "4",
        "新增市政消火栓",
        "个",
        "—",
        "1200",
        "预期性",
        "五年累计",
    ]);
    check(&Case {
        name: "a sub-row's value like the next number",
        caption: Some("表1 主要指标"),
        src,
        columns: &[
            "序号",
            "指标名称",
            "单位",
            "2020年",
            "2025年",
            "属性",
            "备注",
        ],
        rows: &[
            "I||1|十万人口火灾死亡率|人/10万人|0.11|≤0.15|约束性|",
            "I||2|消防救援站|座|12|16|约束性|含小型消防救援站",
            "I|||其中：小型消防救援站|座|3|5|预期性|",
            "I||3|市政消火栓完好率|%|95|≥98|约束性|",
            "I||4|新增市政消火栓|个|—|1200|预期性|五年累计",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_schedule_of_words_under_a_group_over_years_is_a_table_of_words() {
    // `实施安排` over `2021年` … `2023年`, written as one run of header cells; the cells are
    // words (`启动`, `推进`, `完成`, `—`); a name split over two lines is one cell.
    let src = blank_cells(&[
        "项目",
        "实施安排",
        "2021年",
        "2022年",
        "2023年",
        "江湾风貌区保护规划评估深化",
        "启动",
        "完成",
        "—",
        "风貌保护道路（街巷）整治",
        "启动",
        "推进",
        "完成",
        "长阳路沿线里弄房屋\n保留保护修缮",
        "启动",
        "推进",
        "完成",
        "历史建筑公众开放日",
        "开展",
        "开展",
        "开展",
        "注：“—”表示该年度无安排。",
    ]);
    let t = check(&Case {
        name: "a schedule of words",
        caption: Some("表2 重点工作安排"),
        src,
        columns: &["项目", "2021年", "2022年", "2023年"],
        rows: &[
            "I||江湾风貌区保护规划评估深化|启动|完成|—",
            "I||风貌保护道路（街巷）整治|启动|推进|完成",
            "I||长阳路沿线里弄房屋保留保护修缮|启动|推进|完成",
            "I||历史建筑公众开放日|开展|开展|开展",
        ],
        notes: &["注：“—”表示该年度无安排。"],
        left: 0,
    });
    assert_eq!(t.column_groups.len(), 1);
    assert_eq!(t.column_groups[0].title, "实施安排");
}

#[test]
fn a_task_title_line_numbered_on_from_the_notes_is_the_texts_not_a_note() {
    // Notes `1.` `2.` under the table, then `3.加强湿地用途管制` alone on its line (its paragraph
    // after it): the section's next heading, left to the outline; a short note numbered on
    // stays a note.
    let title = "3.加强湿地用途管制";
    let src = blank_cells(&[
        "序号",
        "湿地名称",
        "面积（公顷）",
        "1",
        "东湾湿地",
        "612.4",
        "2",
        "清溪源湿地",
        "527.6",
        "注：1.东湾湿地正在开展勘界工作，面积以勘界确认结果为准。",
        "2.鹭江河口湿地按主体所在区县列入。",
        title,
        "严格控制占用湿地，禁止擅自开垦、围垦、填埋湿地。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 重要湿地名录")), &ls).expect("a table");
    assert_eq!(r.parsed.table.notes.len(), 2, "{:?}", r.parsed.table.notes);
    assert_eq!(ls[r.consumed].text, title);
    for note in ["3.面积单位为公顷", "3.数据来源于湿地资源调查"] {
        let src = src.replace(title, note);
        let ls = lines(&src);
        let r = read("t1", Some((0, "表2 重要湿地名录")), &ls).expect("a table");
        assert_eq!(r.parsed.table.notes.len(), 3, "{note}");
    }
}

#[test]
fn a_run_in_task_numbered_on_from_the_notes_is_the_texts_not_a_note() {
    // Notes `1.` `2.` under the table, then `3.加强…管控。` with a paragraph: the section's next
    // run-in heading (its items 1. and 2. stand before the table), left to the outline.
    let heading = "3.加强风貌保护街坊管控。严格落实风貌保护街坊的规划管控要求，新建改建项目的高度、体量和色彩应与周边历史环境相协调。";
    let src = blank_cells(&[
        "序号",
        "道路名称",
        "长度（米）",
        "1",
        "国定路",
        "1200",
        "2",
        "政民路",
        "860",
        "注：1.道路按风貌保护要求分类。",
        "2.长度按道路中心线计算。",
        heading,
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 风貌保护道路一览表")), &ls).expect("a table");
    assert_eq!(r.parsed.table.notes.len(), 2, "{:?}", r.parsed.table.notes);
    let left: Vec<&str> = ls[r.consumed..].iter().map(|l| l.text).collect();
    assert_eq!(left, [heading]);
    // A note numbered on that is no task's title stays a note.
    let note = "3.第2项为“十四五”期间新增道路，长度按规划红线计算，不含支路和弄堂。";
    let src = src.replace(heading, note);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 风貌保护道路一览表")), &ls).expect("a table");
    assert_eq!(r.parsed.table.notes.len(), 3);
}

#[test]
fn a_total_row_last_without_its_words_column_is_the_tables() {
    // `合计` `1.8` `100` before the notes: no 主要供应区域 for a total, its empty cell last.
    let src = blank_cells(&[
        "住房类型",
        "供应套数（万套）",
        "占比（%）",
        "主要供应区域",
        "商品住房",
        "0.8",
        "44",
        "虹桥、临空、新泾地区",
        "保障性租赁住房",
        "0.7",
        "39",
        "临空经济示范区、中山公园周边",
        "征收安置住房",
        "0.1",
        "6",
        "周家桥、程家桥地区",
        "合计",
        "1.6",
        "89",
        "注：“—”表示根据实际需求统筹安排。",
    ]);
    check(&Case {
        name: "a total row last, one short",
        caption: Some("表2 住房供应结构安排"),
        src,
        columns: &["住房类型", "供应套数（万套）", "占比（%）", "主要供应区域"],
        rows: &[
            "I||商品住房|0.8|44|虹桥、临空、新泾地区",
            "I||保障性租赁住房|0.7|39|临空经济示范区、中山公园周边",
            "I||征收安置住房|0.1|6|周家桥、程家桥地区",
            "I||合计|1.6|89|",
        ],
        notes: &["注：“—”表示根据实际需求统筹安排。"],
        left: 0,
    });
}

#[test]
fn rows_of_a_merged_category_without_number_or_attribute_are_read_by_their_units() {
    // `类别` `指标` `单位` and values only: a group's first row has its category, the others
    // lack it, and one row lacks its unit (a standard in words, `50年一遇`).
    let src = blank_cells(&[
        "类别",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "防洪安全",
        "海塘达标率",
        "%",
        "92",
        "100",
        "防洪标准",
        "100年一遇",
        "200年一遇",
        "泵站排涝能力",
        "立方米/秒",
        "310",
        "420",
        "供水安全",
        "水厂供水能力",
        "万立方米/日",
        "60",
        "75",
        "管网漏损率",
        "%",
        "—",
        "9",
        "注：“—”表示无统计数据。",
    ]);
    check(&Case {
        name: "merged category, units as anchors",
        caption: Some("表1 水安全主要指标"),
        src,
        columns: &["类别", "指标", "单位", "2020年", "2025年"],
        rows: &[
            "I|防洪安全|防洪安全|海塘达标率|%|92|100",
            "I|防洪安全||防洪标准||100年一遇|200年一遇",
            "I|防洪安全||泵站排涝能力|立方米/秒|310|420",
            "I|供水安全|供水安全|水厂供水能力|万立方米/日|60|75",
            "I|供水安全||管网漏损率|%|—|9",
        ],
        notes: &["注：“—”表示无统计数据。"],
        left: 0,
    });
}

#[test]
fn rows_of_a_merged_category_without_a_unit_column_are_read_by_their_values() {
    // `类别` `指标名称` and values only: a group's first row has its category, the others lack
    // it, and a new indicator lacks its base, which the note places under `2020年`.
    let src = blank_cells(&[
        "类别",
        "指标名称",
        "2020年",
        "2025年",
        "年均增长",
        "标准供给",
        "主导制定国际标准数量（项）",
        "6",
        "15",
        "20.1%",
        "主导制定地方标准数量（项）",
        "48",
        "80",
        "10.8%",
        "标准实施",
        "企业标准“领跑者”数量（个）",
        "≥30",
        "—",
        "采用国际标准比例（%）",
        "35",
        "60",
        "11.4%",
        "基础保障",
        "标准化资助资金（万元）",
        "800",
        "1500",
        "13.4%",
        "注：1.“—”表示不测算年均增长率。",
        "2.企业标准“领跑者”数量为新设指标，2020年无基数。",
    ]);
    check(&Case {
        name: "merged category, no unit column",
        caption: Some("表1 标准化发展主要指标"),
        src,
        columns: &["类别", "指标名称", "2020年", "2025年", "年均增长"],
        rows: &[
            "I|标准供给|标准供给|主导制定国际标准数量（项）|6|15|20.1%",
            "I|标准供给||主导制定地方标准数量（项）|48|80|10.8%",
            "I|标准实施|标准实施|企业标准“领跑者”数量（个）||≥30|—",
            "I|标准实施||采用国际标准比例（%）|35|60|11.4%",
            "I|基础保障|基础保障|标准化资助资金（万元）|800|1500|13.4%",
        ],
        notes: &[
            "注：1.“—”表示不测算年均增长率。",
            "2.企业标准“领跑者”数量为新设指标，2020年无基数。",
        ],
        left: 0,
    });
}

#[test]
fn a_row_whose_name_carries_its_unit_lacks_the_unit_cell_before_its_attribute() {
    // `水产品总产量（万吨）` `35.2` `38` `预期性`: one short, and the unit is the cell that
    // vanished, not the baseline.
    let src = blank_cells(&[
        "指标",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "渔业经济总产值",
        "亿元",
        "86.5",
        "110",
        "预期性",
        "水产品总产量（万吨）",
        "35.2",
        "38",
        "预期性",
        "海洋捕捞产量",
        "万吨",
        "13.6",
        "≤12.5",
        "约束性",
    ]);
    check(&Case {
        name: "unit in the name, before an attribute",
        caption: Some("表2 渔业发展主要指标"),
        src,
        columns: &["指标", "单位", "2020年", "2025年", "属性"],
        rows: &[
            "I||渔业经济总产值|亿元|86.5|110|预期性",
            "I||水产品总产量（万吨）||35.2|38|预期性",
            "I||海洋捕捞产量|万吨|13.6|≤12.5|约束性",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_row_of_goals_in_words_is_a_row_between_rows_of_numbers_or_last() {
    // `社区家政服务网络` `初步形成` `基本建立` `全覆盖`: no number, but a row, last before the
    // notes; `…覆盖情况` `部分覆盖` … in the middle, before a row of numbers.
    let src = blank_cells(&[
        "指标",
        "2020年",
        "2022年",
        "2025年",
        "家政服务从业人员（万人）",
        "8.2",
        "10",
        "13",
        "家政服务人员持证上岗率（%）",
        "41",
        "55",
        "70",
        "家政服务信用信息覆盖情况",
        "部分覆盖",
        "基本覆盖",
        "全覆盖",
        "家政服务消费者满意度（%）",
        "86",
        "88",
        "90",
        "社区家政服务网络",
        "初步形成",
        "基本建立",
        "全覆盖",
        "注：1.技能培训为累计数。",
    ]);
    check(&Case {
        name: "rows in words",
        caption: Some("表1 家政服务业主要发展指标"),
        src,
        columns: &["指标", "2020年", "2022年", "2025年"],
        rows: &[
            "I||家政服务从业人员（万人）|8.2|10|13",
            "I||家政服务人员持证上岗率（%）|41|55|70",
            "I||家政服务信用信息覆盖情况|部分覆盖|基本覆盖|全覆盖",
            "I||家政服务消费者满意度（%）|86|88|90",
            "I||社区家政服务网络|初步形成|基本建立|全覆盖",
        ],
        notes: &["注：1.技能培训为累计数。"],
        left: 0,
    });
}

#[test]
fn a_table_headed_by_its_kinds_is_read_by_its_values() {
    // `品种` names the rows' column.
    let src = blank_cells(&[
        "品种",
        "养殖面积（亩）",
        "产量（吨）",
        "大黄鱼",
        "8600",
        "52300",
        "其中：深水网箱养殖",
        "2100",
        "16800",
        "缢蛏",
        "12500",
        "48200",
        "合计",
        "21100",
        "100500",
        "注：合计不含“其中”项。",
    ]);
    check(&Case {
        name: "kinds column",
        caption: Some("表1 海水养殖主要品种面积和产量"),
        src,
        columns: &["品种", "养殖面积（亩）", "产量（吨）"],
        rows: &[
            "I||大黄鱼|8600|52300",
            "I||其中：深水网箱养殖|2100|16800",
            "I||缢蛏|12500|48200",
            "I||合计|21100|100500",
        ],
        notes: &["注：合计不含“其中”项。"],
        left: 0,
    });
}

#[test]
fn rows_grouped_by_a_zone_of_a_long_name_end_with_a_total_over_zone_and_name() {
    // `分区名称` written on each zone's first row (names longer than a kind's), then `合计`
    // over the zone and the 乡镇 columns.
    let src = blank_cells(&[
        "分区名称",
        "乡镇",
        "土地面积（平方公里）",
        "水土流失面积（平方公里）",
        "北部中低山水源涵养区",
        "石门乡",
        "243.5",
        "58.6",
        "高岭乡",
        "201.5",
        "49.7",
        "中部丘陵水土流失综合治理区",
        "桐岭镇",
        "215.7",
        "41.5",
        "白沙镇",
        "188.2",
        "35.9",
        "合计",
        "848.9",
        "185.7",
    ]);
    check(&Case {
        name: "zones",
        caption: Some("附表2 水土保持分区情况表"),
        src,
        columns: &[
            "分区名称",
            "乡镇",
            "土地面积（平方公里）",
            "水土流失面积（平方公里）",
        ],
        rows: &[
            "I|北部中低山水源涵养区|北部中低山水源涵养区|石门乡|243.5|58.6",
            "I|北部中低山水源涵养区||高岭乡|201.5|49.7",
            "I|中部丘陵水土流失综合治理区|中部丘陵水土流失综合治理区|桐岭镇|215.7|41.5",
            "I|中部丘陵水土流失综合治理区||白沙镇|188.2|35.9",
            "I||合计||848.9|185.7",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn under_a_merged_category_a_rate_s_name_is_no_value_and_a_noun_is_the_next_category() {
    // `…覆盖率` `全覆盖` lacks its 2021 value: the rate's name is a row's name, not the row
    // above's target, and `成长空间` after it opens the next group, no value of that row.
    let src = blank_cells(&[
        "领域",
        "指标",
        "2021年",
        "2025年目标",
        "社会政策",
        "儿童优先原则纳入专项规划比例",
        "60%",
        "100%",
        "公共服务",
        "社区儿童之家覆盖率",
        "城区85%、农村62%",
        "城区100%、农村90%",
        "儿童青少年总体近视率",
        "52.3%",
        "每年降低0.5个百分点以上",
        "未成年人保护工作站覆盖率",
        "全覆盖",
        "成长空间",
        "城镇儿童游憩场地配置",
        "0.4处/万人",
        "≥1处/万人",
        "儿童友好学径建设",
        "—",
        "每个区县≥2条",
        "紧急报警装置安装率",
        "86%",
        "100%",
        "发展环境",
        "儿童友好社区（个）",
        "3",
        "60",
    ]);
    check(&Case {
        name: "rates and nouns",
        caption: Some("表1 主要指标"),
        src,
        columns: &["领域", "指标", "2021年", "2025年目标"],
        rows: &[
            "I|社会政策|社会政策|儿童优先原则纳入专项规划比例|60%|100%",
            "I|公共服务|公共服务|社区儿童之家覆盖率|城区85%、农村62%|城区100%、农村90%",
            "I|公共服务||儿童青少年总体近视率|52.3%|每年降低0.5个百分点以上",
            "I|公共服务||未成年人保护工作站覆盖率||全覆盖",
            "I|成长空间|成长空间|城镇儿童游憩场地配置|0.4处/万人|≥1处/万人",
            "I|成长空间||儿童友好学径建设|—|每个区县≥2条",
            "I|成长空间||紧急报警装置安装率|86%|100%",
            "I|发展环境|发展环境|儿童友好社区（个）|3|60",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_unit_merged_over_two_rows_is_missing_from_both() {
    // `%` written once for rows 4 and 5: row 5's `—` is its baseline, as row 4 lacks its unit.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "现状",
        "2025年目标",
        "1",
        "城市排水管网长度",
        "公里",
        "1865",
        "2450",
        "2",
        "雨水泵站排涝能力",
        "立方米/秒",
        "146",
        "212",
        "3",
        "雨水管渠设计重现期达标率",
        "%",
        "61",
        "85",
        "4",
        "海绵城市达标面积比例",
        "21",
        "45",
        "5",
        "智慧监测覆盖率",
        "—",
        "90",
        "注：单位栏中单位相同的相邻指标合并列示。",
    ]);
    check(&Case {
        name: "merged unit",
        caption: Some("表1 主要指标"),
        src,
        columns: &["序号", "指标", "单位", "现状", "2025年目标"],
        rows: &[
            "I||1|城市排水管网长度|公里|1865|2450",
            "I||2|雨水泵站排涝能力|立方米/秒|146|212",
            "I||3|雨水管渠设计重现期达标率|%|61|85",
            "I||4|海绵城市达标面积比例||21|45",
            "I||5|智慧监测覆盖率||—|90",
        ],
        notes: &["注：单位栏中单位相同的相邻指标合并列示。"],
        left: 0,
    });
}

#[test]
fn a_new_indicator_with_a_placeholder_rate_lacks_its_baseline_after_its_unit() {
    // `新增…注册证` `件` `120` `—`: one short (its `—` a rate's placeholder), and the cell it
    // lacks is the baseline after its unit, not the unit; `省级以上研发平台` opens the next row.
    let src = blank_cells(&[
        "指标",
        "单位",
        "2020年",
        "2025年",
        "年均增速（%）",
        "生物医药产业营业收入",
        "亿元",
        "412",
        "800",
        "14.2",
        "研发投入占营业收入比重",
        "%",
        "2.6",
        "4.0",
        "—",
        "新增二类及以上医疗器械注册证",
        "件",
        "120",
        "—",
        "省级以上研发平台",
        "个",
        "18",
        "36",
        "14.9",
    ]);
    check(&Case {
        name: "placeholder rate",
        caption: Some("表1 主要指标"),
        src,
        columns: &["指标", "单位", "2020年", "2025年", "年均增速（%）"],
        rows: &[
            "I||生物医药产业营业收入|亿元|412|800|14.2",
            "I||研发投入占营业收入比重|%|2.6|4.0|—",
            "I||新增二类及以上医疗器械注册证|件||120|—",
            "I||省级以上研发平台|个|18|36|14.9",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_total_of_pairs_stands_under_the_column_of_pairs() {
    // `10/20` (power over energy) in 规模: the total `63/146` stands there, not last.
    let src = blank_cells(&[
        "序号",
        "项目名称",
        "规模（万千瓦/万千瓦时）",
        "投产时间",
        "1",
        "澄阳电厂储能调频项目",
        "10/20",
        "2023年",
        "2",
        "滨江光伏配套储能电站",
        "20/40",
        "2024年",
        "3",
        "城西变电站储能项目",
        "33/86",
        "2025年",
        "合计",
        "63/146",
    ]);
    check(&Case {
        name: "pairs",
        caption: Some("表2 新型储能重点项目表"),
        src,
        columns: &["序号", "项目名称", "规模（万千瓦/万千瓦时）", "投产时间"],
        rows: &[
            "I||1|澄阳电厂储能调频项目|10/20|2023年",
            "I||2|滨江光伏配套储能电站|20/40|2024年",
            "I||3|城西变电站储能项目|33/86|2025年",
            "I||合计||63/146|",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn the_second_row_under_a_merged_category_may_lack_its_baseline_too() {
    // Row 2 lacks its category (merged) and its 2020 value (a new indicator): two short, with
    // one row above only; its first cell names a measure with its unit, so it is the name.
    let src = blank_cells(&[
        "类别",
        "指标名称",
        "2020年现状",
        "2025年目标",
        "2035年目标",
        "指标属性",
        "开发规模",
        "地下空间总建筑面积（万平方米）",
        "1486",
        "2300",
        "4200",
        "预期性",
        "新增地下空间占新增建筑面积比例（%）",
        "12",
        "15",
        "预期性",
        "设施配置",
        "轨道交通运营里程（公里）",
        "21.6",
        "96",
        "260",
        "预期性",
    ]);
    check(&Case {
        name: "two short",
        caption: Some("表3-1 主要指标"),
        src,
        columns: &[
            "类别",
            "指标名称",
            "2020年现状",
            "2025年目标",
            "2035年目标",
            "指标属性",
        ],
        rows: &[
            "I|开发规模|开发规模|地下空间总建筑面积（万平方米）|1486|2300|4200|预期性",
            "I|开发规模||新增地下空间占新增建筑面积比例（%）||12|15|预期性",
            "I|设施配置|设施配置|轨道交通运营里程（公里）|21.6|96|260|预期性",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn bracketed_sub_rows_under_plain_numbers_and_a_last_value_equal_to_the_next_number() {
    // `（2）` numbers a sub-row of row 1, not row 2; `8`, the last row's target, has no row's
    // room after it.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "1",
        "外贸进出口总额",
        "亿元",
        "1012",
        "1800",
        "预期性",
        "（1）",
        "其中：出口总额",
        "亿元",
        "386",
        "720",
        "预期性",
        "（2）",
        "其中：跨境电商进出口额",
        "亿元",
        "18.6",
        "80",
        "预期性",
        "2",
        "实际使用外资",
        "亿美元",
        "2.6",
        "5",
        "预期性",
        "3",
        "外籍人士服务站",
        "个",
        "—",
        "8",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I||1|外贸进出口总额|亿元|1012|1800|预期性",
            "I||（1）|其中：出口总额|亿元|386|720|预期性",
            "I||（2）|其中：跨境电商进出口额|亿元|18.6|80|预期性",
            "I||2|实际使用外资|亿美元|2.6|5|预期性",
            "I||3|外籍人士服务站|个|—|8|预期性",
        ]
    );
    // `国家` written on each country's first row: a row one short lacks it, not its city.
    let src = blank_cells(&[
        "序号",
        "国家",
        "城市",
        "缔结时间",
        "1",
        "马来西亚",
        "关丹市",
        "2011年4月",
        "2",
        "马六甲市",
        "2016年11月",
        "3",
        "越南",
        "下龙市",
        "2012年9月",
        "4",
        "海防市",
        "2017年5月",
        "5",
        "泰国",
        "罗勇府",
        "2015年9月",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 国际友好城市一览表")), &ls).expect("a table");
    let got = rows(&r.parsed.table);
    assert_eq!(got[1], "I|马来西亚|2||马六甲市|2016年11月", "{got:?}");
    assert_eq!(got[3], "I|越南|4||海防市|2017年5月", "{got:?}");
}

#[test]
fn a_row_under_a_merged_category_may_write_its_unit_and_lack_a_value() {
    // `…覆盖率` `%` `80` `100`: the unit written, the 2022 value vanished (a new indicator);
    // `农业与粮食` after it opens the next group. And a rate column that writes `%` (`7%`)
    // takes no plain number: `6` `12` are the base and the target, the rate vanished.
    let src = blank_cells(&[
        "领域",
        "指标",
        "单位",
        "2022年",
        "2025年",
        "2035年",
        "城市与健康",
        "城市内涝防治标准",
        "年一遇",
        "20",
        "30",
        "50",
        "高温热浪健康风险预警覆盖率",
        "%",
        "80",
        "100",
        "农业与粮食",
        "高标准农田面积",
        "万亩",
        "180",
        "220",
        "260",
        "农田灌溉水有效利用系数",
        "—",
        "0.52",
        "0.55",
        "0.6",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 主要指标")), &ls).expect("a table");
    let got = rows(&r.parsed.table);
    assert_eq!(
        got[1], "I|城市与健康||高温热浪健康风险预警覆盖率|%||80|100",
        "{got:?}"
    );
    assert_eq!(
        got[2], "I|农业与粮食|农业与粮食|高标准农田面积|万亩|180|220|260",
        "{got:?}"
    );
    let src = blank_cells(&[
        "类别",
        "指标",
        "2020年",
        "2025年",
        "年均增长",
        "属性",
        "经济发展",
        "地区生产总值（亿元）",
        "28.6",
        "40",
        "7%",
        "预期性",
        "规模以上工业增加值（亿元）",
        "9.8",
        "14.5",
        "8%",
        "预期性",
        "创新驱动",
        "研发费用占营业收入比重（%）",
        "1.6",
        "2",
        "—",
        "预期性",
        "高新技术企业数（家）",
        "6",
        "12",
        "预期性",
        "乡村振兴",
        "农业总产值（亿元）",
        "5.2",
        "6.3",
        "4%",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let got = rows(&r.parsed.table);
    assert_eq!(
        got[3], "I|创新驱动||高新技术企业数（家）|6|12||预期性",
        "{got:?}"
    );
}

#[test]
fn a_table_of_risks_in_words_is_read_under_its_header() {
    let src = blank_cells(&[
        "风险类型",
        "主要影响",
        "重点区域",
        "暴雨洪涝",
        "城市内涝、圩堤险情和山洪频发，威胁交通、电力等设施运行",
        "长江干流沿岸和中心城区低洼易涝片区",
        "高温热浪",
        "中暑及心脑血管疾病发病风险上升，用电负荷屡创新高",
        "中心城区和各县城建成区",
        "低温雨雪冰冻",
        "道路结冰、输电线路覆冰，经济作物和林木遭受冻害",
        "西部山区",
    ]);
    check(&Case {
        name: "risks",
        caption: Some("表1 主要气候变化风险"),
        src,
        columns: &["风险类型", "主要影响", "重点区域"],
        rows: &[
            "I||暴雨洪涝|城市内涝、圩堤险情和山洪频发，威胁交通、电力等设施运行|长江干流沿岸和中心城区低洼易涝片区",
            "I||高温热浪|中暑及心脑血管疾病发病风险上升，用电负荷屡创新高|中心城区和各县城建成区",
            "I||低温雨雪冰冻|道路结冰、输电线路覆冰，经济作物和林木遭受冻害|西部山区",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_first_row_one_short_under_years_as_rows_and_a_note_that_places_its_gap() {
    // `2024年` lacks 共有产权房: the first row may be one short when whole rows follow, and the
    // note, naming the row's year and the column, places the gap.
    const NOTE: &str = "注：1.共有产权房首批项目于2025年起供应，2024年无供应计划。";
    let src = blank_cells(&[
        "年份",
        "人才公寓（套）",
        "共有产权房（套）",
        "租赁补贴（人次）",
        "合计",
        "2024年",
        "3000",
        "8000",
        "11000",
        "2025年",
        "3500",
        "1200",
        "9000",
        "13700",
        "2026年",
        "3500",
        "1800",
        "10000",
        "15300",
        NOTE,
    ]);
    check(&Case {
        name: "years as rows",
        caption: Some("表1 房源筹集计划"),
        src,
        columns: &[
            "年份",
            "人才公寓（套）",
            "共有产权房（套）",
            "租赁补贴（人次）",
            "合计",
        ],
        rows: &[
            "I||2024年|3000||8000|11000",
            "I||2025年|3500|1200|9000|13700",
            "I||2026年|3500|1800|10000|15300",
        ],
        notes: &[NOTE],
        left: 0,
    });
}

#[test]
fn rows_may_leave_their_remarks_empty_one_after_another() {
    let src = blank_cells(&[
        "人才类别",
        "购房补贴（万元）",
        "租房补贴（元/月）",
        "备注",
        "A类",
        "300",
        "—",
        "免租入住人才公寓",
        "B类",
        "150",
        "5000",
        "C类",
        "80",
        "3000",
        "D类",
        "20",
        "2000",
        "限本市首次购房",
    ]);
    check(&Case {
        name: "remarks",
        caption: Some("表2 补贴标准"),
        src,
        columns: &["人才类别", "购房补贴（万元）", "租房补贴（元/月）", "备注"],
        rows: &[
            "I||A类|300|—|免租入住人才公寓",
            "I||B类|150|5000|",
            "I||C类|80|3000|",
            "I||D类|20|2000|限本市首次购房",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_last_row_one_short_before_the_notes_and_a_footer_of_pages_inside_a_table() {
    // `“十四五”年均增长（%）` lacks the length's rate, as the note says of `年均增长`.
    const NOTE: &str = "注：航道里程为年末通航里程，不计算年均增长。";
    let src = blank_cells(&[
        "年份",
        "港口吞吐量（万吨）",
        "集装箱吞吐量（万标箱）",
        "航道里程（公里）",
        "2015年",
        "4860",
        "—",
        "1128",
        "2020年",
        "7030",
        "10.5",
        "1142",
        "2025年（目标）",
        "9000",
        "25",
        "1150",
        "“十四五”年均增长（%）",
        "5.1",
        "18.9",
        NOTE,
    ]);
    check(&Case {
        name: "last row short",
        caption: Some("表1 港口航运主要指标"),
        src,
        columns: &[
            "年份",
            "港口吞吐量（万吨）",
            "集装箱吞吐量（万标箱）",
            "航道里程（公里）",
        ],
        rows: &[
            "I||2015年|4860|—|1128",
            "I||2020年|7030|10.5|1142",
            "I||2025年（目标）|9000|25|1150",
            "I||“十四五”年均增长（%）|5.1|18.9|",
        ],
        notes: &[NOTE],
        left: 0,
    });
    // `港区` heads the rows' names; `第 6 页 共 13 页` between rows is a page's footer.
    let src = blank_cells(&[
        "港区",
        "泊位数（个）",
        "设计通过能力（万吨）",
        "中心港区",
        "86",
        "2650",
        "柳河港区",
        "64",
        "1720",
        "第 6 页 共 13 页",
        "双沟港区",
        "38",
        "640",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 各港区泊位现状")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I||中心港区|86|2650",
            "I||柳河港区|64|1720",
            "I||双沟港区|38|640"
        ]
    );
}

#[test]
fn a_header_of_three_rows_with_stages_and_a_first_row_one_short() {
    // `基准年` over `2020年`; `目标年` over `中期` (over `2023年`) and `期末` (over `2025年`);
    // the first row carries its unit in its name and lacks the unit cell.
    let src = blank_cells(&[
        "指标",
        "单位",
        "基准年",
        "目标年",
        "属性",
        "中期",
        "期末",
        "2020年",
        "2023年",
        "2025年",
        "用水总量控制指标（亿立方米）",
        "3.05",
        "≤3.2",
        "≤3.2",
        "约束性",
        "万元GDP用水量",
        "立方米",
        "62",
        "56",
        "52",
        "约束性",
        "农田灌溉水有效利用系数",
        "—",
        "0.562",
        "0.57",
        "0.58",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["指标", "单位", "2020年", "2023年", "2025年", "属性"]
    );
    assert_eq!(
        group_spans(t),
        [
            ("基准年", 2, 1),
            ("目标年", 3, 2),
            ("中期", 3, 1),
            ("期末", 4, 1)
        ]
    );
    assert_eq!(
        rows(t)[0],
        "I||用水总量控制指标（亿立方米）||3.05|≤3.2|≤3.2|约束性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_table_of_words_with_its_first_column_merged_is_read_by_its_sentences() {
    // `类型` written on the first row of each group only; each row ends with a sentence.
    let src = blank_cells(&[
        "类型",
        "公园名称",
        "建设内容",
        "城市公园",
        "滨江公园",
        "贯通滨江岸线，增设亲水平台和慢行步道。",
        "中央绿地",
        "优化植物配置，完善夜间照明。",
        "口袋公园",
        "街角绿地",
        "利用边角地块，增设休憩座椅。",
        "社区小游园",
        "结合旧区改造，补齐儿童游乐设施。",
        "桥下空间",
        "整治桥下空间，建设运动场地。",
        "推进公园城市建设，提升绿地服务半径覆盖率。",
    ]);
    check(&Case {
        name: "words, first column merged",
        caption: Some("表3 公园建设重点"),
        src,
        columns: &["类型", "公园名称", "建设内容"],
        rows: &[
            "I|城市公园|城市公园|滨江公园|贯通滨江岸线，增设亲水平台和慢行步道。",
            "I|城市公园||中央绿地|优化植物配置，完善夜间照明。",
            "I|口袋公园|口袋公园|街角绿地|利用边角地块，增设休憩座椅。",
            "I|口袋公园||社区小游园|结合旧区改造，补齐儿童游乐设施。",
            "I|口袋公园||桥下空间|整治桥下空间，建设运动场地。",
        ],
        notes: &[],
        left: 1,
    });
}

#[test]
fn rows_of_a_name_and_values_whose_first_value_is_a_placeholder() {
    // `—` first under 2021年: the header still ends before the first row's name.
    let src = blank_cells(&[
        "项目",
        "2021年",
        "2022年",
        "2023年",
        "合计",
        "轨道交通",
        "—",
        "3.1",
        "4.0",
        "7.1",
        "公交专用道",
        "5.2",
        "6.0",
        "4.8",
        "16.0",
        "合计",
        "5.2",
        "9.1",
        "8.8",
        "23.1",
    ]);
    check(&Case {
        name: "first value a placeholder",
        caption: Some("表2 年度建设安排（单位：公里）"),
        src,
        columns: &["项目", "2021年", "2022年", "2023年", "合计"],
        rows: &[
            "I||轨道交通|—|3.1|4.0|7.1",
            "I||公交专用道|5.2|6.0|4.8|16.0",
            "I||合计|5.2|9.1|8.8|23.1",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn two_periods_side_by_side_are_groups_over_their_years() {
    // `“十三五”` `“十四五”` written together before the years: neither joins a neighbour, and
    // each stands over two columns.
    let src = blank_cells(&[
        "序号",
        "指标",
        "“十三五”",
        "“十四五”",
        "2015年",
        "2020年",
        "2025年",
        "属性",
        "1",
        "高中阶段毛入学率",
        "98.0%",
        "99.1%",
        "≥99%",
        "预期性",
        "2",
        "义务教育专任教师本科率",
        "85.2%",
        "92.4%",
        "96%",
        "约束性",
    ]);
    let t = check(&Case {
        name: "two periods as groups",
        caption: Some("表1 教育发展主要指标"),
        src,
        columns: &["序号", "指标", "2015年", "2020年", "2025年", "属性"],
        rows: &[
            "I||1|高中阶段毛入学率|98.0%|99.1%|≥99%|预期性",
            "I||2|义务教育专任教师本科率|85.2%|92.4%|96%|约束性",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(group_spans(&t), [("“十三五”", 2, 2), ("“十四五”", 4, 2)]);
}

#[test]
fn a_column_of_school_stages_or_road_sections_names_its_rows() {
    for first in ["学段", "路段"] {
        let src = blank_cells(&[
            first,
            "新建（所）",
            "新增学位（个）",
            "甲",
            "6",
            "5400",
            "乙",
            "—",
            "1200",
            "合计",
            "6",
            "6600",
        ]);
        let ls = lines(&src);
        let r = read("t1", Some((0, "表2 建设安排")), &ls).expect("a table");
        let t = &r.parsed.table;
        assert_eq!(t.columns, [first, "新建（所）", "新增学位（个）"]);
        assert_eq!(rows(t), ["I||甲|6|5400", "I||乙|—|1200", "I||合计|6|6600"]);
    }
}

#[test]
fn a_note_on_a_new_indicator_places_its_missing_cell() {
    // Row 2 lacks one year's value: by the values around it the empty cell would be the
    // 2020 one; the starred footnote says the indicator is new and had no 2015 figure.
    let cells = |note: &'static str| {
        blank_cells(&[
            "序号",
            "指标",
            "2015年",
            "2020年",
            "2025年",
            "属性",
            "1",
            "学前教育毛入园率",
            "98.5%",
            "99.2%",
            "≥99%",
            "预期性",
            "2",
            "开设托班的幼儿园占比*",
            "43.6%",
            "85%",
            "预期性",
            "3",
            "九年义务教育巩固率",
            "99.9%",
            "100%",
            "100%",
            "约束性",
            "注：数据为年度教育统计数。",
            note,
        ])
    };
    const NOTE: &str = "*开设托班的幼儿园占比为“十四五”新增指标，2015年未作统计。";
    check(&Case {
        name: "a note places the gap",
        caption: Some("表1 主要指标"),
        src: cells(NOTE),
        columns: &["序号", "指标", "2015年", "2020年", "2025年", "属性"],
        rows: &[
            "I||1|学前教育毛入园率|98.5%|99.2%|≥99%|预期性",
            "I||2|开设托班的幼儿园占比*||43.6%|85%|预期性",
            "I||3|九年义务教育巩固率|99.9%|100%|100%|约束性",
        ],
        notes: &["注：数据为年度教育统计数。", NOTE],
        left: 0,
    });
    // A note that says nothing of the row's figures leaves the gap where the values put it.
    let other = "*开设托班的幼儿园占比按公办和民办幼儿园合计。";
    let src = cells(other);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(r.parsed.table.rows[1].cells[1], "43.6%");
    assert_eq!(r.parsed.table.notes.len(), 2);
}

#[test]
fn a_note_naming_a_later_start_places_the_missing_year_it_names() {
    // `灵活就业人员新增缴存人数` lacks a year: the note names the indicator by its first words
    // and two years, the start (`自2022年起实施`) and the year with no figure (`2021年不设…`).
    const NOTE: &str = "注：灵活就业人员缴存试点自2022年起实施，2021年不设该项指标。";
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2021年",
        "2022年",
        "2023年",
        "1",
        "住房公积金缴存额",
        "亿元",
        "108",
        "116",
        "124",
        "2",
        "灵活就业人员新增缴存人数",
        "万人",
        "0.4",
        "0.6",
        "3",
        "高频服务事项网上办理率",
        "%",
        "96",
        "97",
        "98",
        NOTE,
    ]);
    check(&Case {
        name: "a later start",
        caption: Some("表2 主要业务指标年度安排"),
        src,
        columns: &["序号", "指标名称", "单位", "2021年", "2022年", "2023年"],
        rows: &[
            "I||1|住房公积金缴存额|亿元|108|116|124",
            "I||2|灵活就业人员新增缴存人数|万人||0.4|0.6",
            "I||3|高频服务事项网上办理率|%|96|97|98",
        ],
        notes: &[NOTE],
        left: 0,
    });
}

#[test]
fn a_row_short_of_its_rate_keeps_its_unit_and_a_note_names_the_empty_column() {
    // `市级旅游度假区` `个` `1` `3`: no 年均增长 (a new indicator, the note says); a `—` ending
    // the row before is its rate, no row's name.
    const NOTE: &str = "注：“市级旅游度假区”为新增指标，不测算年均增长。";
    let src = blank_cells(&[
        "指标",
        "单位",
        "2020年",
        "2025年",
        "年均增长（%）",
        "游客总人数",
        "万人次",
        "650",
        "1200",
        "13.0",
        "过夜游客占比",
        "%",
        "18",
        "30",
        "—",
        "游客停留天数",
        "天",
        "1.3",
        "1.8",
        "6.7",
        "市级旅游度假区",
        "个",
        "1",
        "3",
        "人均文化设施面积",
        "平方米",
        "0.35",
        "0.45",
        "5.2",
        NOTE,
    ]);
    check(&Case {
        name: "short of its rate",
        caption: Some("表1 主要指标"),
        src,
        columns: &["指标", "单位", "2020年", "2025年", "年均增长（%）"],
        rows: &[
            "I||游客总人数|万人次|650|1200|13.0",
            "I||过夜游客占比|%|18|30|—",
            "I||游客停留天数|天|1.3|1.8|6.7",
            "I||市级旅游度假区|个|1|3|",
            "I||人均文化设施面积|平方米|0.35|0.45|5.2",
        ],
        notes: &[NOTE],
        left: 0,
    });
}

#[test]
fn a_merged_first_column_over_descriptions_without_full_stops() {
    let src = blank_cells(&[
        "类型",
        "名称",
        "建设重点",
        "生态度假类",
        "东平森林公园",
        "提升森林度假、露营和康养功能",
        "西沙湿地",
        "完善湿地科普和游览设施建设水平",
        "乡村旅游类",
        "前卫村",
        "推动生态农庄和民宿集群提档升级",
        "瀛东村",
        "发展渔家乐和滩涂湿地观光项目",
    ]);
    check(&Case {
        name: "descriptions, no full stop",
        caption: Some("表2 重点景区"),
        src,
        columns: &["类型", "名称", "建设重点"],
        rows: &[
            "I|生态度假类|生态度假类|东平森林公园|提升森林度假、露营和康养功能",
            "I|生态度假类||西沙湿地|完善湿地科普和游览设施建设水平",
            "I|乡村旅游类|乡村旅游类|前卫村|推动生态农庄和民宿集群提档升级",
            "I|乡村旅游类||瀛东村|发展渔家乐和滩涂湿地观光项目",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_row_of_a_merged_group_with_a_cell_over_two_lines_leaves_its_category_above() {
    // Row blocks under 序号 项目类型 项目名称 实施地点 建设内容 实施年限: row 4 has as many
    // lines as the columns, yet no category of its own: its 建设内容 goes on over two lines.
    let src = "序号\n项目类型\n项目名称\n实施地点\n建设内容\n实施年限\n\n\
               1\n保障性租赁住房\n临空经济示范区租赁住房新建项目\n新泾镇\n新建保障性租赁住房约1500套\n2026—2028年\n\n\
               2\n天山路非居存量房屋改建项目\n天山路街道\n改建保障性租赁住房约400套\n2026—2027年\n\n\
               3\n旧住房更新改造\n仙霞新村不成套职工住宅改造\n仙霞新村街道\n原址改建约2.1万平方米\n2026—2029年\n\n\
               4\n华阳路街道老旧小区综合修缮\n华阳路街道\n实施屋面、外墙、管线等综合修缮\n约45万平方米\n2026—2030年\n\n\
               5\n既有多层住宅加装电梯\n全区各街道（镇）\n完工加装电梯1200台\n2026—2030年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "附件 重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I|保障性租赁住房|1|保障性租赁住房|临空经济示范区租赁住房新建项目|新泾镇|新建保障性租赁住房约1500套|2026—2028年",
            "I|保障性租赁住房|2||天山路非居存量房屋改建项目|天山路街道|改建保障性租赁住房约400套|2026—2027年",
            "I|旧住房更新改造|3|旧住房更新改造|仙霞新村不成套职工住宅改造|仙霞新村街道|原址改建约2.1万平方米|2026—2029年",
            "I|旧住房更新改造|4||华阳路街道老旧小区综合修缮|华阳路街道|实施屋面、外墙、管线等综合修缮约45万平方米|2026—2030年",
            "I|旧住房更新改造|5||既有多层住宅加装电梯|全区各街道（镇）|完工加装电梯1200台|2026—2030年",
        ]
    );
    assert!(r
        .parsed
        .joins
        .iter()
        .any(|(_, m)| m.contains("约45万平方米")));
}

#[test]
fn a_first_value_of_one_after_a_row_s_name_is_no_row_number() {
    // Every street's first value is `1`: the rows are a name and values, not numbered rows.
    let src = blank_cells(&[
        "街道",
        "综合为老服务中心（家）",
        "长者照护之家（家）",
        "社区食堂（家）",
        "华阳路街道",
        "1",
        "3",
        "4",
        "江苏路街道",
        "1",
        "2",
        "3",
        "新华路街道",
        "1",
        "—",
        "4",
        "合计",
        "3",
        "5",
        "11",
    ]);
    check(&Case {
        name: "first value one",
        caption: Some("表2 社区养老服务设施布局"),
        src,
        columns: &[
            "街道",
            "综合为老服务中心（家）",
            "长者照护之家（家）",
            "社区食堂（家）",
        ],
        rows: &[
            "I||华阳路街道|1|3|4",
            "I||江苏路街道|1|2|3",
            "I||新华路街道|1|—|4",
            "I||合计|3|5|11",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_sub_row_after_the_last_numbered_row_is_the_table_s() {
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "2020年基数",
        "2025年目标",
        "指标性质",
        "1",
        "市场主体总量（万户）",
        "6.8",
        "8.5",
        "预期性",
        "2",
        "每万人口发明专利拥有量（件）",
        "38",
        "55",
        "预期性",
        "其中：每万人口高价值发明专利拥有量（件）",
        "5.6",
        "12",
        "预期性",
        "注：1.市场主体总量含个体工商户。",
    ]);
    check(&Case {
        name: "sub-row last",
        caption: Some("表1 主要指标"),
        src,
        columns: &["序号", "指标名称", "2020年基数", "2025年目标", "指标性质"],
        rows: &[
            "I||1|市场主体总量（万户）|6.8|8.5|预期性",
            "I||2|每万人口发明专利拥有量（件）|38|55|预期性",
            "I|||其中：每万人口高价值发明专利拥有量（件）|5.6|12|预期性",
        ],
        notes: &["注：1.市场主体总量含个体工商户。"],
        left: 0,
    });
}

#[test]
fn a_word_table_under_a_box_title_whose_first_column_is_a_name() {
    // `村名`, `站名`: a column of things' names heads a table of words with no caption of its
    // own (the 专栏's title stands above it).
    let src = blank_cells(&[
        "村名",
        "类型",
        "主要任务",
        "完成年份",
        "廊下镇山塘村",
        "乡村振兴示范村",
        "推进农民相对集中居住，建设农文旅融合示范区",
        "2022年",
        "张堰镇百家村",
        "乡村振兴示范村",
        "保护水乡肌理，发展乡村民宿和生态农业",
        "2023年",
    ]);
    let ls = lines(&src);
    let opts = Options {
        titled: true,
        ..Default::default()
    };
    let r = read_with("t1", None, &ls, opts).expect("a table under the box title");
    assert_eq!(
        r.parsed.table.columns,
        ["村名", "类型", "主要任务", "完成年份"]
    );
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I||廊下镇山塘村|乡村振兴示范村|推进农民相对集中居住，建设农文旅融合示范区|2022年",
            "I||张堰镇百家村|乡村振兴示范村|保护水乡肌理，发展乡村民宿和生态农业|2023年",
        ]
    );
}

#[test]
fn periods_over_unequal_columns_and_a_total_with_its_attribute() {
    // `“十三五”` over `2020年实际`, `“十四五”` over `2025年目标` `年均增长`: each period over the
    // columns of its years; the total row has its attribute after its amounts.
    let t = check(&Case {
        name: "periods over one and two columns",
        caption: Some("主要指标"),
        src: blank_cells(&[
            "序号",
            "指标",
            "“十三五”",
            "“十四五”",
            "属性",
            "2020年实际",
            "2025年目标",
            "年均增长",
            "1",
            "竞争类企业营业收入（亿元）",
            "186",
            "270",
            "7.7%",
            "预期性",
            "2",
            "公共服务类企业营业收入（亿元）",
            "40",
            "52",
            "5.4%",
            "预期性",
            "合计",
            "226",
            "322",
            "7.3%",
            "预期性",
            "3",
            "区属企业利润总额（亿元）",
            "21.6",
            "30",
            "6.8%",
            "预期性",
            "4",
            "国有资本保值增值率（%）",
            "104.2",
            "≥105",
            "—",
            "约束性",
            "5",
            "研发经费投入（亿元）",
            "3.2",
            "5.1",
            "9.8%",
            "预期性",
        ]),
        columns: &[
            "序号",
            "指标",
            "2020年实际",
            "2025年目标",
            "年均增长",
            "属性",
        ],
        rows: &[
            "I||1|竞争类企业营业收入（亿元）|186|270|7.7%|预期性",
            "I||2|公共服务类企业营业收入（亿元）|40|52|5.4%|预期性",
            "I||合计||226|322|7.3%|预期性",
            "I||3|区属企业利润总额（亿元）|21.6|30|6.8%|预期性",
            "I||4|国有资本保值增值率（%）|104.2|≥105|—|约束性",
            "I||5|研发经费投入（亿元）|3.2|5.1|9.8%|预期性",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(group_spans(&t), [("“十三五”", 2, 1), ("“十四五”", 3, 2)]);
}

#[test]
fn a_merged_column_of_kinds_over_short_cells() {
    // `竞争类` … under `类别`: a row opens a group at a kind, the group's other rows are one
    // cell short; the header's last cell (`主责主业`) ends where the first kind stands.
    check(&Case {
        name: "merged kinds, short cells",
        caption: Some("附表1 区属企业功能分类表"),
        src: blank_cells(&[
            "类别",
            "企业名称",
            "主责主业",
            "竞争类",
            "上海某某商业发展（集团）有限公司",
            "商业零售、商业载体运营管理",
            "上海某某酒店管理有限公司",
            "酒店经营、餐饮服务",
            "功能保障类",
            "上海某某城市更新建设有限公司",
            "旧区改造、城市更新项目实施",
            "上海某某安居建设管理有限公司",
            "保障性住房建设和运营管理",
            "注：企业功能分类实行动态调整。",
        ]),
        columns: &["类别", "企业名称", "主责主业"],
        rows: &[
            "I|竞争类|竞争类|上海某某商业发展（集团）有限公司|商业零售、商业载体运营管理",
            "I|竞争类||上海某某酒店管理有限公司|酒店经营、餐饮服务",
            "I|功能保障类|功能保障类|上海某某城市更新建设有限公司|旧区改造、城市更新项目实施",
            "I|功能保障类||上海某某安居建设管理有限公司|保障性住房建设和运营管理",
        ],
        notes: &["注：企业功能分类实行动态调整。"],
        left: 0,
    });
}

#[test]
fn a_last_row_of_values_about_a_number_in_row_blocks() {
    // `约185`: a value about a number is a value, so the last row block is a row.
    check(&Case {
        name: "about values in the last row block",
        caption: Some("表2 常住人口规模预测"),
        src: [
            "年份\n常住人口（万人）\n户籍人口（万人）",
            "2023年\n184.4\n76.8",
            "2024年\n184.7\n77.4",
            "2025年\n约185\n约78",
        ]
        .join("\n\n"),
        columns: &["年份", "常住人口（万人）", "户籍人口（万人）"],
        rows: &[
            "I||2023年|184.4|76.8",
            "I||2024年|184.7|77.4",
            "I||2025年|约185|约78",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_column_of_kinds_merged_over_two_rows_in_every_group() {
    // `设施类型` over two rows each: a kind, its standard and service, then a row of the
    // kind's without it.
    check(&Case {
        name: "kinds over two rows",
        caption: Some("基层公共文化设施建设标准"),
        src: blank_cells(&[
            "设施类型",
            "建设标准",
            "服务内容",
            "街道文化活动中心",
            "建筑面积不少于4000平方米",
            "文艺演出、展览展示、培训讲座、阅读服务",
            "每周开放不少于56小时",
            "错时延时开放，节假日正常开放",
            "社区文化分中心",
            "建筑面积不少于800平方米",
            "就近提供阅读、培训和小型展演服务",
            "配备管理人员不少于2名",
            "承接街道中心配送的活动和课程",
        ]),
        columns: &["设施类型", "建设标准", "服务内容"],
        rows: &[
            "I|街道文化活动中心|街道文化活动中心|建筑面积不少于4000平方米|文艺演出、展览展示、培训讲座、阅读服务",
            "I|街道文化活动中心||每周开放不少于56小时|错时延时开放，节假日正常开放",
            "I|社区文化分中心|社区文化分中心|建筑面积不少于800平方米|就近提供阅读、培训和小型展演服务",
            "I|社区文化分中心||配备管理人员不少于2名|承接街道中心配送的活动和课程",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_row_block_of_words_after_rows_of_values() {
    // In row blocks a block as wide as the rows above is a row, its values words.
    check(&Case {
        name: "words in the last row block",
        caption: Some("表2 社会救助标准调整安排"),
        src: [
            "年份\n低保标准（元/月）\n特困供养标准（元/月）",
            "2023年\n1510\n2265",
            "2024年\n1600\n2400",
            "2025年\n按规定调整\n按规定调整",
            "注：标准以市政府公布的为准。",
        ]
        .join("\n\n"),
        columns: &["年份", "低保标准（元/月）", "特困供养标准（元/月）"],
        rows: &[
            "I||2023年|1510|2265",
            "I||2024年|1600|2400",
            "I||2025年|按规定调整|按规定调整",
        ],
        notes: &["注：标准以市政府公布的为准。"],
        left: 0,
    });
}

#[test]
fn a_cell_of_bodies_over_two_paragraphs_in_a_table_of_three_rows() {
    // `区科委（区科协）` / `各街道、华泾镇`: bodies go on into bodies, never into the next row's
    // name, and no cell goes on after a full stop.
    let src = blank_cells(&[
        "项目",
        "内容",
        "责任单位",
        "科普场馆提质",
        "推动区内科技类博物馆、专题科普场馆更新展教内容和展陈方式，建设特色科普场馆。",
        "区科委（区科协）、区文化旅游局",
        "社区科普阵地",
        "新建或改造提升社区科普活动室、科普画廊和智慧科普设施，实现社区科普阵地全覆盖。",
        "区科委（区科协）",
        "各街道、华泾镇",
        "科普教育基地",
        "围绕人工智能、生命健康等领域，新增认定区级科普教育基地7家以上，推动分类评估。",
        "区科委（区科协）",
    ]);
    let ls = lines(&src);
    let opts = Options {
        titled: true,
        ..Default::default()
    };
    let r = read_with("t1", None, &ls, opts).expect("a table under the box title");
    assert_eq!(
        rows(&r.parsed.table)
            .iter()
            .map(|r| r.rsplit('|').next().unwrap_or_default().to_string())
            .collect::<Vec<_>>(),
        [
            "区科委（区科协）、区文化旅游局",
            "区科委（区科协）各街道、华泾镇",
            "区科委（区科协）"
        ]
    );
}

#[test]
fn an_amount_to_be_determined_is_a_cell_of_its_own() {
    // `待定` under 投资: a value not given yet, not the end of the cell before it.
    check(&Case {
        name: "amount to be determined",
        caption: Some("表2 防汛重点工程"),
        src: blank_cells(&[
            "序号",
            "工程名称",
            "建设规模",
            "投资（亿元）",
            "建设年限",
            "1",
            "漕泾海塘达标工程",
            "加固海塘4.2公里",
            "6.8",
            "2021—2023年",
            "2",
            "山阳泵站新建工程",
            "新建泵站3座",
            "3.5",
            "2022—2024年",
            "3",
            "智慧防汛平台建设工程",
            "建设平台1套",
            "待定",
            "2022—2024年",
        ]),
        columns: &["序号", "工程名称", "建设规模", "投资（亿元）", "建设年限"],
        rows: &[
            "I||1|漕泾海塘达标工程|加固海塘4.2公里|6.8|2021—2023年",
            "I||2|山阳泵站新建工程|新建泵站3座|3.5|2022—2024年",
            "I||3|智慧防汛平台建设工程|建设平台1套|待定|2022—2024年",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_sub_row_without_its_share_right_after_the_first_row() {
    // `其中：淤泥质海滩` `41,205.2` with no 占比: one cell short as the second row, its share
    // left empty, the next row's name its own.
    check(&Case {
        name: "sub-row without its share",
        caption: Some("表1 湿地资源现状"),
        src: blank_cells(&[
            "湿地类型",
            "面积（公顷）",
            "占比（%）",
            "近海与海岸湿地",
            "52,318.6",
            "74.4",
            "其中：淤泥质海滩",
            "41,205.2",
            "河流湿地",
            "6,842.3",
            "9.7",
            "合计",
            "70,288.6",
            "100.0",
        ]),
        columns: &["湿地类型", "面积（公顷）", "占比（%）"],
        rows: &[
            "I||近海与海岸湿地|52,318.6|74.4",
            "I||其中：淤泥质海滩|41,205.2|",
            "I||河流湿地|6,842.3|9.7",
            "I||合计|70,288.6|100.0",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn the_last_row_with_a_cell_split_after_an_enumeration_comma() {
    // `区委宣传部、区教育局、` / `区融媒体中心` in the last row: one cell, and the time after it
    // is the row's.
    check(&Case {
        name: "last row, cell split after 、",
        caption: Some("表1 重点任务分工"),
        src: blank_cells(&[
            "序号",
            "重点任务",
            "牵头部门",
            "配合部门",
            "完成时间",
            "1",
            "推进公共建筑无障碍改造",
            "区建管委",
            "区房管局",
            "2023年底",
            "2",
            "营造无障碍环境共建共享氛围",
            "区残联",
            "区委宣传部、区教育局、",
            "区融媒体中心",
            "2025年底",
            "注：各街道负责辖区内相关任务的具体落实。",
        ]),
        columns: &["序号", "重点任务", "牵头部门", "配合部门", "完成时间"],
        rows: &[
            "I||1|推进公共建筑无障碍改造|区建管委|区房管局|2023年底",
            "I||2|营造无障碍环境共建共享氛围|区残联|区委宣传部、区教育局、区融媒体中心|2025年底",
        ],
        notes: &["注：各街道负责辖区内相关任务的具体落实。"],
        left: 0,
    });
}

#[test]
fn a_results_row_with_its_unit_in_its_name_and_a_last_row_of_words() {
    // `会展业直接收入（亿元）` `38` …: the unit cell vanished, the row one short; the last row's
    // unit and words (`届/年` `—` `1` `受疫情影响未举办` `未完成`) are a whole row.
    check(&Case {
        name: "unit in the name, words in the last row",
        caption: Some("表1 “十三五”会展业发展主要指标完成情况"),
        src: blank_cells(&[
            "指标",
            "单位",
            "2015年",
            "2020年目标",
            "2020年完成",
            "完成情况",
            "年举办展会数量",
            "个",
            "41",
            "60",
            "38",
            "未完成",
            "UFI认证展会数量",
            "个",
            "9",
            "15",
            "15",
            "完成",
            "会展业直接收入（亿元）",
            "38",
            "60",
            "41",
            "未完成",
            "国际会展业高峰论坛",
            "届/年",
            "—",
            "1",
            "受疫情影响未举办",
            "未完成",
        ]),
        columns: &[
            "指标",
            "单位",
            "2015年",
            "2020年目标",
            "2020年完成",
            "完成情况",
        ],
        rows: &[
            "I||年举办展会数量|个|41|60|38|未完成",
            "I||UFI认证展会数量|个|9|15|15|完成",
            "I||会展业直接收入（亿元）||38|60|41|未完成",
            "I||国际会展业高峰论坛|届/年|—|1|受疫情影响未举办|未完成",
        ],
        notes: &[],
        left: 0,
    });
}

#[test]
fn a_first_column_merged_over_groups_a_shared_ending_tells() {
    // `学校` over three, two and three rows: each row holds one `…专业群`, a row that opens a
    // group three pieces after the one before, a group's row two.
    let t = check(&Case {
        name: "schools over groups of unequal size",
        caption: Some("表2 职业院校重点专业群建设一览表"),
        src: blank_cells(&[
            "学校", "重点专业群", "对接产业",
            "上海市宝山职业技术学校", "智能制造专业群", "高端装备、工业机器人",
            "新能源汽车专业群", "新能源汽车",
            "工业互联网专业群", "工业互联网、软件信息服务",
            "上海市宝山区行知职业学校", "现代物流专业群", "港航物流、供应链管理",
            "邮轮服务专业群", "邮轮旅游",
            "上海市宝山区吴淞中等专业学校", "新材料专业群", "新材料",
            "注：重点专业群名单实行动态管理。",
        ]),
        columns: &["学校", "重点专业群", "对接产业"],
        rows: &[
            "I|上海市宝山职业技术学校|上海市宝山职业技术学校|智能制造专业群|高端装备、工业机器人",
            "I|上海市宝山职业技术学校||新能源汽车专业群|新能源汽车",
            "I|上海市宝山职业技术学校||工业互联网专业群|工业互联网、软件信息服务",
            "I|上海市宝山区行知职业学校|上海市宝山区行知职业学校|现代物流专业群|港航物流、供应链管理",
            "I|上海市宝山区行知职业学校||邮轮服务专业群|邮轮旅游",
            "I|上海市宝山区吴淞中等专业学校|上海市宝山区吴淞中等专业学校|新材料专业群|新材料",
        ],
        notes: &["注：重点专业群名单实行动态管理。"],
        left: 0,
    });
    assert_eq!(t.rows.len(), 6);
}

#[test]
fn a_division_of_tasks_is_a_caption_and_a_sentence_is_none() {
    use super::one_cell::is_caption;
    assert!(is_caption("重点任务责任分工"));
    assert!(is_caption("主要任务分工表"));
    assert!(!is_caption("明确各部门责任分工。"));
}

#[test]
fn a_place_merged_in_a_column_after_the_names_is_empty_below_its_first_row() {
    // `所在乡镇` written on the first reservoir of each town: a row one cell short lacks it,
    // and the total stands under the column it sums.
    let src = blank_cells(&[
        "水库名称",
        "所在乡镇",
        "总库容（万立方米）",
        "功能",
        "龙潭水库",
        "龙泉镇",
        "4860",
        "灌溉、供水、防洪",
        "石门水库",
        "1250",
        "灌溉、防洪",
        "白沙水库",
        "白沙镇",
        "2380",
        "供水、灌溉",
        "黄泥坳水库",
        "486",
        "灌溉",
        "合计",
        "8976",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 主要水库基本情况")), &ls).expect("a table");
    assert_eq!(
        r.parsed.table.columns,
        ["水库名称", "所在乡镇", "总库容（万立方米）", "功能"]
    );
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I|龙泉镇|龙潭水库|龙泉镇|4860|灌溉、供水、防洪",
            "I|龙泉镇|石门水库||1250|灌溉、防洪",
            "I|白沙镇|白沙水库|白沙镇|2380|供水、灌溉",
            "I|白沙镇|黄泥坳水库||486|灌溉",
            "I||合计||8976|",
        ]
    );
    assert_read_keeps_text(Some("表2 主要水库基本情况"), &ls, &r);
}

#[test]
fn a_row_of_the_whole_county_before_the_first_number_is_a_total() {
    let src = "序号\n乡镇\n2025年用水总量（万立方米）\n用水量下降率（%）\n灌溉水有效利用系数\n\n\
               全县\n32000\n16\n0.580\n\n1\n城关镇\n5600\n18\n—\n\n2\n龙泉镇\n4800\n16\n0.585\n\n\
               3\n白沙镇\n4100\n17\n0.590\n\n注：城关镇农业灌溉面积较小。\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "附件：用水总量控制指标分解表")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I||全县||32000|16|0.580",
            "I||1|城关镇|5600|18|—",
            "I||2|龙泉镇|4800|16|0.585",
            "I||3|白沙镇|4100|17|0.590",
        ]
    );
}

#[test]
fn groups_of_words_closed_by_short_totals_keep_their_rows() {
    // Each group closed by a `小计` of one number, the whole by a `合计`: the totals stand under
    // the column they sum, the rows stay whole.
    let cells: Vec<&str> = "设施名称|处理能力（吨/日）|所在街道|建成时间|\
        焚烧发电厂|1500|七星街道|2016年|焚烧发电厂（扩建）|750|七星街道|2023年（在建）|小计|2250|\
        餐厨垃圾处理中心|200|东栅街道|2018年|湿垃圾资源化处理厂|250|东栅街道、城南街道|2022年|\
        小计|450|大件垃圾拆解中心|50|长水街道|2021年|小计|50|合计|2750|\
        加强处理设施运行监管，推进提标改造。"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 处理设施一览表")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I||焚烧发电厂|1500|七星街道|2016年",
            "I||焚烧发电厂（扩建）|750|七星街道|2023年（在建）",
            "I||小计|2250||",
            "I||餐厨垃圾处理中心|200|东栅街道|2018年",
            "I||湿垃圾资源化处理厂|250|东栅街道、城南街道|2022年",
            "I||小计|450||",
            "I||大件垃圾拆解中心|50|长水街道|2021年",
            "I||小计|50||",
            "I||合计|2750||",
        ]
    );
}

#[test]
fn a_goal_in_words_is_no_unit_and_a_note_on_another_row_moves_no_gap() {
    // `生活垃圾分类处理体系` `初步建立` …: its unit vanished (`初步建立` is no unit, whatever the
    // column of figures beside it holds); the note on `高标准生活垃圾分类示范小区`, which shares
    // its first words, says nothing of this row.
    let cells: Vec<&str> = "指标|单位|2020年|2023年|2025年|属性|\
        城乡生活垃圾分类覆盖面|%|95|100|100|约束性|生活垃圾回收利用率|%|52|55|60|约束性|\
        城镇生活垃圾人均日产生量|千克|1.12|—|1.05|预期性|\
        生活垃圾分类处理体系|初步建立|基本建立|全面建立|预期性|\
        高标准生活垃圾分类示范小区|个|—|60|120|预期性|\
        注：“高标准生活垃圾分类示范小区”为新增指标，2020年无基数。"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(r.parsed.table.notes.len(), 1);
    assert_eq!(
        rows(&r.parsed.table)[3],
        "I||生活垃圾分类处理体系||初步建立|基本建立|全面建立|预期性",
        "{:?}",
        r.parsed.warnings
    );
}

#[test]
fn a_merged_category_over_rows_with_a_column_of_words_before_the_figures() {
    // `类型` between the name and the figures, `建设时序` after them: words where the header
    // names words, the category on each group's first row only.
    let cells: Vec<&str> = "类别|热源名称|类型|装机容量（MW）|供热能力（万平方米）|建设时序|\
        现状热源|第一热电厂|燃煤热电联产|1450|3200|现状保留|城东热电厂|燃煤热电联产|870|1920|现状保留|\
        规划热源|东山电厂余热长输供热工程|电厂余热|2100|4600|2021—2025年|\
        城西污水源热泵站|污水源热泵|100|220|2026—2035年|合计|4520|9940|—|\
        注：分散燃煤锅炉房未列入本表。"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 热源规划一览表")), &ls).expect("a table");
    assert_eq!(r.parsed.table.columns.len(), 6);
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I|现状热源|现状热源|第一热电厂|燃煤热电联产|1450|3200|现状保留",
            "I|现状热源||城东热电厂|燃煤热电联产|870|1920|现状保留",
            "I|规划热源|规划热源|东山电厂余热长输供热工程|电厂余热|2100|4600|2021—2025年",
            "I|规划热源||城西污水源热泵站|污水源热泵|100|220|2026—2035年",
            "I||合计|||4520|9940|—",
        ]
    );
}

#[test]
fn a_note_names_a_column_by_its_words_without_its_year() {
    // `远期不再设置目标值`: the vanished cell is the 远期（2035年） one, not the baseline.
    let cells: Vec<&str> = "指标名称|单位|现状（2020年）|近期（2025年）|远期（2035年）|属性|\
        集中供热面积|万平方米|6850|8600|12500|预期性|集中供热普及率|%|88.5|95|98|约束性|\
        燃煤供热锅炉房数量|座|46|0|约束性|智慧供热覆盖率|%|35|80|—|预期性|\
        注：燃煤供热锅炉房于2025年前全部关停，远期不再设置目标值，表中该项远期栏目空缺。"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table)[2],
        "I||燃煤供热锅炉房数量|座|46|0||约束性",
        "{:?}",
        r.parsed.warnings
    );
}

#[test]
fn a_number_followed_by_a_figure_is_a_value_under_rows_that_name_their_things() {
    // Row 2's three classes (`3`) come where row 3 would start: a row's number is followed by
    // its name, never by a figure (`3600`).
    let cells: Vec<&str> = "序号|项目名称|建设地点|办学规模（班）|总投资（万元）|建设年限|\
        1|雷城第三幼儿园|雷城街道|12|4500|2023—2024年|\
        2|梅菉街道公办幼儿园|梅菉街道|3|3600|2024—2025年|\
        合计|15|8100"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t2", Some((0, "附件 重点新建公办幼儿园项目表")), &ls).expect("a table");
    let got = rows(&r.parsed.table);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(
        got[1],
        "I||2|梅菉街道公办幼儿园|梅菉街道|3|3600|2024—2025年"
    );
}

#[test]
fn any_word_heads_the_names_before_columns_of_measures_with_units() {
    let cells: Vec<&str> = "作物|良种覆盖率（%）|自主选育品种占比（%）|主推品种（个）|\
        水稻|99|80|8|小麦|98|65|6|大豆|96|—|3"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 主要农作物良种化目标")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table),
        ["I||水稻|99|80|8", "I||小麦|98|65|6", "I||大豆|96|—|3"]
    );
}

#[test]
fn a_merged_category_over_rows_with_a_place_before_the_figure_and_words_after() {
    let cells: Vec<&str> = "基地类型|基地名称|所在镇（街道）|规划面积（万亩）|主要作物|\
        国家级制种基地|杂交水稻制种基地|三河镇、柳塘镇|8|杂交水稻|\
        其中：高标准核心示范区|三河镇|3.2|杂交水稻|小麦良种繁育基地|北圩镇|4|小麦|\
        区级特色种苗基地|设施蔬菜集约化育苗基地|柳塘镇|0.3|蔬菜|\
        食用菌菌种繁育中心|龙岗街道|—|食用菌|\
        说明：规划面积为2025年末数值。"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t3", Some((0, "表3 种子生产基地布局")), &ls).expect("a table");
    assert_eq!(r.parsed.table.columns.len(), 5);
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I|国家级制种基地|国家级制种基地|杂交水稻制种基地|三河镇、柳塘镇|8|杂交水稻",
            "I|国家级制种基地||其中：高标准核心示范区|三河镇|3.2|杂交水稻",
            "I|国家级制种基地||小麦良种繁育基地|北圩镇|4|小麦",
            "I|区级特色种苗基地|区级特色种苗基地|设施蔬菜集约化育苗基地|柳塘镇|0.3|蔬菜",
            "I|区级特色种苗基地||食用菌菌种繁育中心|龙岗街道|—|食用菌",
        ]
    );
}

#[test]
fn columns_of_words_between_the_name_and_the_figures() {
    // `口岸类型` `开放层级` before the figures: the header ends before the first row's name,
    // and a row one figure short lacks the first, as the note says.
    let cells: Vec<&str> = "口岸名称|口岸类型|开放层级|2020年过货量（万吨）|2025年目标（万吨）|\
        北澜公路口岸|公路|一类|78.6|150|北澜港水运口岸|水运|一类|92.4|160|\
        松屯铁路口岸|铁路|一类|100|青坎水运口岸|水运|二类|18.5|39|\
        注：松屯铁路口岸尚未正式开放，2020年无过货量。"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 口岸基本情况")), &ls).expect("a table");
    assert_eq!(r.parsed.table.columns.len(), 5);
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I||北澜公路口岸|公路|一类|78.6|150",
            "I||北澜港水运口岸|水运|一类|92.4|160",
            "I||松屯铁路口岸|铁路|一类||100",
            "I||青坎水运口岸|水运|二类|18.5|39",
        ]
    );
}

#[test]
fn the_first_row_may_carry_its_unit_in_its_name() {
    // `…产量（万辆）` `3.2` `20` first: no unit cell, as the rows after it that carry theirs in
    // their names; the next row writes its unit after its name.
    let cells: Vec<&str> = "指标|单位|2020年|2025年|\
        新能源汽车产量（万辆）|3.2|20|新能源汽车产业产值|亿元|186|800|\
        动力电池产能（GWh）|8|40|换电站|座|—|60"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I||新能源汽车产量（万辆）||3.2|20",
            "I||新能源汽车产业产值|亿元|186|800",
            "I||动力电池产能（GWh）||8|40",
            "I||换电站|座|—|60",
        ]
    );
}

#[test]
fn a_period_over_measures_written_in_one_run_with_the_header() {
    // `审计项目` `“十四五”计划` `项目数（个）` `覆盖率（%）` over rows of three: the period is a
    // group over the two measures, not a column.
    let cells: Vec<&str> = "审计项目|“十四五”计划|项目数（个）|覆盖率（%）|\
        预算执行审计|150|100|经济责任审计|130|100|政府投资审计|320|—|合计|600|—"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t1", Some((0, "专栏1 审计项目计划")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["审计项目", "项目数（个）", "覆盖率（%）"]);
    assert_eq!(group_spans(t), [("“十四五”计划", 1, 2)]);
    assert_eq!(rows(t).len(), 4);
}

#[test]
fn a_section_of_a_bureau_merged_over_tasks_is_a_body_not_a_task() {
    // `财政审计科` on the first task of its run only: a row one short lacks it, not its task.
    let cells: Vec<&str> = "序号|重点任务|责任科室|完成时限|\
        1|制定重大政策措施落实情况跟踪审计年度工作方案|财政审计科|每年3月底前|\
        2|开展区级预算执行和决算草案审计|长期坚持|\
        3|修订区管领导干部经济责任审计实施办法|经济责任审计科|2022年6月底前|\
        4|开展党政主要领导干部自然资源资产离任审计|长期坚持|\
        5|出台政府投资项目审计监督管理办法|固定资产投资审计科|2022年12月底前|\
        6|对重大政府投资项目开展全过程跟踪审计|长期坚持"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t2", Some((0, "重点任务分工表")), &ls).expect("a table");
    let got = rows(&r.parsed.table);
    assert_eq!(
        got[3], "I||4|开展党政主要领导干部自然资源资产离任审计||长期坚持",
        "{got:?}"
    );
    assert_eq!(
        got[5], "I||6|对重大政府投资项目开展全过程跟踪审计||长期坚持",
        "{got:?}"
    );
}

#[test]
fn a_table_in_full_width_figures_is_read_and_kept_as_written() {
    // Every figure full-width, as some sites publish: read as figures, written back as they
    // stand; under a merged category, the total's numbers under the columns they sum (a `—`
    // adding nothing).
    let cells: Vec<&str> = "类别|检验领域|２０２０年（项）|２０２５年（项）|承担单位|\
        药品|化学药品|２８６|３６０|市食品药品检验所|生物制品|—|４０|市食品药品检验所|\
        医疗器械|有源医疗器械|９５．５|１６０|市医疗器械检验中心|\
        无源医疗器械|１３２|２１０|市医疗器械检验中心|合计|５１３．５|７７０"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表２ 检验检测能力建设目标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.title, "表２ 检验检测能力建设目标");
    assert_eq!(t.columns[2], "２０２０年（项）");
    assert_eq!(
        rows(t),
        [
            "I|药品|药品|化学药品|２８６|３６０|市食品药品检验所",
            "I|药品||生物制品|—|４０|市食品药品检验所",
            "I|医疗器械|医疗器械|有源医疗器械|９５．５|１６０|市医疗器械检验中心",
            "I|医疗器械||无源医疗器械|１３２|２１０|市医疗器械检验中心",
            "I||合计||５１３．５|７７０|",
        ]
    );
    assert_read_keeps_text(Some("表２ 检验检测能力建设目标"), &ls, &r);
}

#[test]
fn group_rows_in_one_cell_between_rows_of_figures() {
    // `东部片区` before the first row and `西部片区` further on: group rows, not a header cell
    // and a row's name.
    let cells: Vec<&str> = "乡镇|常住人口（万人）|集中供水率2025年（%）|投资（万元）|\
        东部片区|城关镇|8.62|100|3860|青石镇|3.15|95.0|2150|小计|11.77|98.6|6010|\
        西部片区|白沙乡|1.46|90.0|1380|河口镇|2.30|94.0|1690|小计|3.76|92.4|3070|\
        合计|15.53|97.1|9080"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 各乡镇农村供水保障工程布局表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns.len(), 4);
    assert_eq!(
        rows(t),
        [
            "C||东部片区",
            "I||城关镇|8.62|100|3860",
            "I||青石镇|3.15|95.0|2150",
            "I||小计|11.77|98.6|6010",
            "C||西部片区",
            "I||白沙乡|1.46|90.0|1380",
            "I||河口镇|2.30|94.0|1690",
            "I||小计|3.76|92.4|3070",
            "I||合计|15.53|97.1|9080",
        ]
    );
}

#[test]
fn a_total_of_one_number_under_a_merged_category_stands_under_its_sum() {
    // `合计` `341.5` after rows of a name, a kind, an area and a way of building: the total
    // lacks the words, its number under the areas it sums.
    let cells: Vec<&str> = "分区|公园名称|类型|面积（公顷）|建设方式|\
        中心城区|滨江公园|综合公园|48.6|新建|人民公园|综合公园|15.8|改造提升|\
        东部新城|云湖湿地公园|湿地公园|86.0|新建|科创中心公园|综合公园|31.5|新建|\
        合计|181.9|注：面积为规划用地面积。"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 重点公园建设一览表")), &ls).expect("a table");
    let got = rows(&r.parsed.table);
    assert_eq!(got.len(), 5, "{got:?}");
    assert_eq!(got[3], "I|东部新城||科创中心公园|综合公园|31.5|新建");
    assert_eq!(got[4], "I||合计|||181.9|");
}

#[test]
fn zones_merged_over_rows_of_long_descriptions() {
    // `照明分区` heads zones written on their group's first row; `重点照明区` is the first zone,
    // not a column, and a long description under 区域范围 is a cell, not a row's end.
    let cells: Vec<&str> = "照明分区|区域范围|亮度等级|主要控制要求|\
        重点照明区|鹤湾江两岸滨水地区（鹤湾大桥至东湖大桥段）|E4（高亮度区）|以展现滨水界面为重点；平日22:30后关闭装饰性照明。|\
        老城历史文化街区和中心商业区|E4（高亮度区）|历史建筑照明以暖白光为主；招牌照明应与街区风貌相协调。|\
        限制照明区|凤凰山、云雾山等山体和郊野公园|E1（暗环境区）|禁止设置景观照明；保护动植物夜间生存环境。|\
        注：亮度等级依据规范划分。"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 照明分区控制要求")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["照明分区", "区域范围", "亮度等级", "主要控制要求"]
    );
    let got = rows(t);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(
        got[1],
        "I|重点照明区||老城历史文化街区和中心商业区|E4（高亮度区）|历史建筑照明以暖白光为主；招牌照明应与街区风貌相协调。"
    );
    assert_eq!(t.notes, ["注：亮度等级依据规范划分。"]);
}

#[test]
fn two_periods_over_years_with_the_attribute_between_and_a_note_on_a_short_name() {
    // `“十三五”` `“十四五”` `属性` then `2015年` `2020年` `2025年`: 2020 is the 13th plan's own
    // year, not the 14th's baseline.
    let cells: Vec<&str> = "指标|单位|“十三五”|“十四五”|属性|2015年|2020年|2025年|\
        农作物耕种收综合机械化率|%|62.3|74.6|85|预期性|\
        农机总动力|万千瓦|—|48.5|55|预期性"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["指标", "单位", "2015年", "2020年", "2025年", "属性"]
    );
    assert_eq!(group_spans(t), [("“十三五”", 2, 2), ("“十四五”", 4, 1)]);
    // `茶叶` has no 种 value; the note opens with its name and quotes the column.
    let cells: Vec<&str> = "作物|耕（%）|种（%）|收（%）|综合（%）|\
        水稻|98.6|52.7|97.3|84.4|玉米|95.0|76.8|70.2|82.1|茶叶|46.4|38.6|42.5|\
        花生|90.4|35.6|42.1|59.5|\
        注：茶叶为多年生作物，表中“种”一栏不作统计。"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 主要农作物耕种收机械化水平")), &ls).expect("a table");
    assert_eq!(rows(&r.parsed.table)[2], "I||茶叶|46.4||38.6|42.5");
}

#[test]
fn a_note_names_a_row_by_its_number_in_the_sentence_that_says_it_has_no_figure() {
    // `第4项…不计算年均增长`: row 4's gap under the rate. `第3项为定性指标，不设单位` says
    // nothing of a figure: row 3's empty unit stays.
    let cells: Vec<&str> = "序号|指标|单位|2020年|2025年|年均增长（%）|属性|\
        1|研发经费投入强度|%|2.12|2.8|—|预期性|\
        2|高新技术企业数量|家|520|1000|14|预期性|\
        3|科技服务体系|初步建立|基本建立|—|预期性|\
        4|省级以上新型研发机构数量|家|7|20|预期性|\
        注：1.“—”表示不计算年均增长。|\
        2.第3项为定性指标，不设单位；第4项按累计认定数统计，不计算年均增长，该栏空白。"
        .split('|')
        .collect();
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let got = rows(&r.parsed.table);
    assert_eq!(
        got[2], "I||3|科技服务体系||初步建立|基本建立|—|预期性",
        "{got:?}"
    );
    assert_eq!(
        got[3], "I||4|省级以上新型研发机构数量|家|7|20||预期性",
        "{got:?}"
    );
}

#[test]
fn rows_one_line_after_another_under_a_merged_category_end_at_their_attribute() {
    // No blank lines: the whole table is one block. The cell after row 4's attribute (the last
    // column) is row 5's category, and so after row 9.
    let src = "类别\n序号\n指标名称\n单位\n2020年\n2025年\n属性\n\
               防护工程\n1\n人均人防工程面积\n平方米\n1.32\n1.8\n预期性\n\
               2\n新增人防工程面积\n万平方米\n[86]\n[130]\n预期性\n\
               其中：医疗救护工程面积\n万平方米\n—\n[2.5]\n预期性\n\
               3\n防空地下室应建尽建率\n%\n96.5\n100\n约束性\n\
               4\n人防工程完好率\n%\n91\n≥95\n约束性\n\
               指挥通信\n5\n市、县两级基本指挥所建成率\n%\n75\n100\n约束性\n\
               6\n人防信息化建设水平\n全省中等水平\n达到全国平均水平\n预期性\n\
               警报疏散\n7\n城区防空警报音响覆盖率\n%\n97\n100\n约束性\n\
               8\n人口疏散基地（地域）数量\n个\n6\n10\n预期性\n\
               9\n防空防灾一体化避难场所面积\n万平方米\n2.8\n3.5\n预期性\n\
               队伍与宣教\n10\n人防专业队伍规模\n千人\n6.2\n8.5左右\n预期性\n\
               11\n中小学人防知识教育普及率\n%\n90\n100\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "2020年",
            "2025年",
            "属性"
        ]
    );
    assert_eq!(
        rows(t),
        [
            "I|防护工程|防护工程|1|人均人防工程面积|平方米|1.32|1.8|预期性",
            "I|防护工程||2|新增人防工程面积|万平方米|[86]|[130]|预期性",
            "I|防护工程|||其中：医疗救护工程面积|万平方米|—|[2.5]|预期性",
            "I|防护工程||3|防空地下室应建尽建率|%|96.5|100|约束性",
            "I|防护工程||4|人防工程完好率|%|91|≥95|约束性",
            "I|指挥通信|指挥通信|5|市、县两级基本指挥所建成率|%|75|100|约束性",
            "I|指挥通信||6|人防信息化建设水平||全省中等水平|达到全国平均水平|预期性",
            "I|警报疏散|警报疏散|7|城区防空警报音响覆盖率|%|97|100|约束性",
            "I|警报疏散||8|人口疏散基地（地域）数量|个|6|10|预期性",
            "I|警报疏散||9|防空防灾一体化避难场所面积|万平方米|2.8|3.5|预期性",
            "I|队伍与宣教|队伍与宣教|10|人防专业队伍规模|千人|6.2|8.5左右|预期性",
            "I|队伍与宣教||11|中小学人防知识教育普及率|%|90|100|约束性",
        ]
    );
    assert_eq!(r.consumed, ls.len());
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_word_sized_as_the_categories_before_a_number_opens_the_next_group() {
    // Row 5 has no 备注 (its cell vanished): 警报疏散, four characters as every category so far
    // and unlike every 备注 (新建, 续建, 改造), is row 6's category, not row 5's 备注.
    let src = "类别\n序号\n项目名称\n建设内容及规模\n建设年限\n总投资\n备注\n\
               人防工程\n1\n市中心医院地下医疗救护中心\n建筑面积1.2万平方米\n2021—2023年\n18600\n新建\n\
               2\n岚州新区人防疏散干道\n建设8.6公里\n2021—2025年\n52000\n续建\n\
               3\n早期人防工程加固改造\n改造早期人防工程42处\n2022—2025年\n9800\n改造\n\
               指挥通信\n4\n市人防基本指挥所信息化升级\n指挥信息系统升级\n2021—2022年\n6500\n改造\n\
               5\n县级人防指挥所建设\n建设县级指挥所3个\n2022—2025年\n7200\n\
               警报疏散\n6\n防空警报设施新建改造\n新建改造警报器260台\n2021—2025年\n3900\n新建\n\
               7\n人口疏散基地建设\n建设疏散基地4个\n2022—2025年\n8000\n新建\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "重点建设项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[4..],
        [
            "I|指挥通信||5|县级人防指挥所建设|建设县级指挥所3个|2022—2025年|7200|",
            "I|警报疏散|警报疏散|6|防空警报设施新建改造|新建改造警报器260台|2021—2025年|3900|新建",
            "I|警报疏散||7|人口疏散基地建设|建设疏散基地4个|2022—2025年|8000|新建",
        ]
    );
    assert_read_keeps_text(Some("重点建设项目表"), &ls, &r);
}

#[test]
fn a_whole_area_inside_a_row_block_is_the_row_s_place_not_a_total() {
    // `全市` (the whole city, a total's label in a table of districts) inside row 3's block is
    // that row's place; a total opens a block of its own.
    let src = "序号\n项目名称\n建设地点\n建设规模（套）\n总投资\n建设年限\n\n1\n临江新区人才公寓项目\n临江新区\n2600\n98000\n2026—2028年\n\n\
               2\n高新区产业园区配套宿舍项目\n沄川高新区\n3200\n76000\n2026—2027年\n\n3\n存量商品住房收购转化项目\n全市\n1500\n60000\n2026—2030年\n\n\
               4\n北湖片区城中村改造安置房项目\n北湖区\n2200\n132000\n2027—2030年\n\n合计\n\n9500\n\n366000\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 重点项目")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[2..],
        [
            "I||3|存量商品住房收购转化项目|全市|1500|60000|2026—2030年",
            "I||4|北湖片区城中村改造安置房项目|北湖区|2200|132000|2027—2030年",
            "I||合计|||9500|366000|",
        ]
    );
    assert!(r.parsed.warnings.is_empty(), "{:?}", r.parsed.warnings);
    assert_read_keeps_text(Some("表2 重点项目"), &ls, &r);
}

#[test]
fn a_list_in_row_blocks_with_a_vanished_cell_is_read_by_its_blocks() {
    // Parks in row blocks, no number column: names that end in figures (`3号地块绿地`, `一期`)
    // and a block one line short (its district left empty) are rows all the same.
    let src = "公园名称\n所在区\n面积\n类型\n\n栖桐湾中央公园\n滨湖区\n86.4\n综合公园\n\n\
               滨江公园二期\n江北区\n42.7\n带状公园\n\n3号地块绿地\n高新区\n3.5\n社区公园\n\n\
               凤栖山郊野公园\n凤栖区\n215.0\n郊野公园\n\n环城公园带1号节点\n24.5\n综合公园\n\n\
               临港生态林带A2\n临港区\n56.0\n防护绿地\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2：重点公园建设项目 单位：公顷")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 6, "{:?}", rows(t));
    assert_eq!(
        rows(t)[4..],
        [
            "I||环城公园带1号节点||24.5|综合公园",
            "I||临港生态林带A2|临港区|56.0|防护绿地"
        ]
    );
    assert_read_keeps_text(Some("表2：重点公园建设项目 单位：公顷"), &ls, &r);
}

#[test]
fn a_category_header_over_the_names_header_and_a_name_over_two_paragraphs() {
    // `类别` / `指标名称` on two lines of one paragraph are two columns; under a merged category,
    // `公园绿地服务半径` / `覆盖率` is one name split over two paragraphs, no new category.
    let src = format!(
        "类别\n指标名称\n\n{}",
        blank_cells(&[
            "单位",
            "2025年",
            "2030年",
            "属性",
            "生态空间",
            "森林覆盖率",
            "%",
            "31.6",
            "33",
            "约束性",
            "建成区绿化覆盖率",
            "%",
            "42.8",
            "≥44",
            "预期性",
            "公园体系",
            "人均公园绿地面积",
            "平方米",
            "7.9",
            "8.5左右",
            "约束性",
            "公园绿地服务半径",
            "覆盖率",
            "%",
            "88.6",
            "≥95",
            "预期性",
            "公园数量",
            "个",
            "420",
            "500",
            "预期性",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["类别", "指标名称", "单位", "2025年", "2030年", "属性"]
    );
    assert_eq!(
        rows(t)[3..],
        [
            "I|公园体系||公园绿地服务半径覆盖率|%|88.6|≥95|预期性",
            "I|公园体系||公园数量|个|420|500|预期性"
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn sub_rows_numbered_under_their_row_and_a_note_under_the_caption() {
    // `1.1`, `1.2` under `1` are sub-rows of row 1, then row 2 follows; `（按项目类型分类）`
    // under the caption is the caption's, before its unit line.
    let src = format!(
        "（按项目类型分类）\n\n单位：套\n\n{}",
        blank_cells(&[
            "序号",
            "指标",
            "单位",
            "目标",
            "属性",
            "1",
            "新增保障性住房",
            "套",
            "[3000]",
            "预期性",
            "1.1",
            "配售型保障性住房",
            "套",
            "[1200]",
            "预期性",
            "1.2",
            "保障性租赁住房",
            "套",
            "[1800]",
            "预期性",
            "2",
            "城中村改造",
            "户",
            "[2400]",
            "预期性",
            "3",
            "老旧小区改造",
            "个",
            "[96]",
            "约束性",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "重点项目表")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(t.title, "重点项目表 （按项目类型分类） 单位：套");
    assert_eq!(
        t.rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
        ["1", "1.1", "1.2", "2", "3"],
        "{:?}",
        rows(t)
    );
    assert_read_keeps_text(Some("重点项目表"), &ls, &r);
}

#[test]
fn row_blocks_whose_last_cell_vanished_are_no_merged_categories() {
    // `类别` heads the rows' own names here: the blocks one line short have lost their 备注,
    // not their category (`道路桥梁` under `项目数（个）` would be a word among numbers).
    let src = "单位：亿元\n\n类别\n项目数（个）\n总投资\n“十五五”计划投资\n备注\n\n轨道交通\n3\n286.5\n142.0\n按区级出资部分计列“十五五”计划投资\n\n道路桥梁\n26\n118.4\n96.7\n\n公共交通\n12\n9.6\n9.6\n含公交枢纽、场站及候车设施\n\n慢行交通和停车\n40\n7.3\n7.3\n含滨水慢行通道和公共停车场库\n\n水运和物流\n5\n15.2\n11.5\n\n智慧交通\n8\n3.5\n3.5\n\n注：项目数和投资额为规划估算。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 投资安排")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[..2],
        [
            "I||轨道交通|3|286.5|142.0|按区级出资部分计列“十五五”计划投资",
            "I||道路桥梁|26|118.4|96.7|",
        ]
    );
    assert_read_keeps_text(Some("表2 投资安排"), &ls, &r);
}

#[test]
fn a_header_of_one_cell_per_paragraph_over_rows_in_blocks() {
    // The header's cells each a paragraph, the rows (and a group row) blocks of lines.
    let src = format!(
        "{}\n\n一\n养老服务设施建设类\n\n1\n社会福利中心改扩建项目\n新增养老床位400张\n2026—2028年\n12000\n县民政局\n\n\
         2\n区域养老服务中心建设项目\n新建区域养老服务中心5个\n2026—2029年\n4500\n各乡镇人民政府\n\n\
         二\n医养结合类\n\n3\n老年康复中心项目\n设置康复床位150张\n2027—2029年\n9800\n县卫生健康局\n",
        blank_cells(&["序号", "项目名称", "建设内容及规模", "建设年限", "总投资", "责任单位"])
    );
    let ls = lines(&src);
    let r = read("t3", Some((0, "重点项目表")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "项目名称",
            "建设内容及规模",
            "建设年限",
            "总投资",
            "责任单位"
        ]
    );
    assert_eq!(
        t.rows.iter().filter(|r| r.kind == RowKind::Item).count(),
        3,
        "{:?}",
        rows(t)
    );
    assert_eq!(
        rows(t)[1],
        "I||1|社会福利中心改扩建项目|新增养老床位400张|2026—2028年|12000|县民政局"
    );
    assert_read_keeps_text(Some("重点项目表"), &ls, &r);
}

#[test]
fn a_header_in_one_block_over_cells_one_per_paragraph() {
    // The header on consecutive lines, the cells one per paragraph: a long cell broken after
    // `；` by a single line break is one cell.
    let src = "任务类别\n序号\n重点任务\n主要内容\n牵头单位\n\n公园城市建设\n\n1\n\n实施新一轮公园建设\n\n新建改建各类公园86座，其中口袋公园54座；推进环城森林公园带二期和云陵江滨江公园群建设，打通外环绿道断点，城市建成区公园绿地服务半径覆盖率达到90%以上。\n\n市绿化和市容管理局、各区人民政府\n\n2\n\n推动公园开放共享\n\n推进公园24小时开放和拆墙透绿，开放附属绿地40处以上，新增体育绿地60处，完善公园适儿化、适老化和无障碍设施。\n\n市公园管理中心、各区人民政府\n\n林湿资源保护\n\n3\n\n提升森林和湿地生态质量\n\n新增造林1.5万亩，完成公益林抚育15万亩；实施云陵江口湿地生态修复，新建小微湿地20处，持续开展外来入侵物种除治。\n\n市林业工作站、市野生动植物保护站\n\n垃圾综合治理\n\n4\n\n推进生活垃圾分类和资源化利用\n\n改造提升分类投放点3000个，建成可回收物回收服务点1200个；\n推进焚烧厂三期、东湖湿垃圾资源化处理厂扩建工程，生活垃圾资源化利用率达到95%以上。\n\n市环境卫生管理中心、各区人民政府\n\n5\n\n强化建筑垃圾全过程监管\n\n推行电子联单和运输车辆全过程监管，建设建筑垃圾资源化利用中心，推广资源化产品在市政和园林工程中的应用。\n\n市建筑垃圾管理处\n\n市容景观提升\n\n6\n\n建设“美丽街区”\n\n新建和提升“美丽街区”120个，创建市容环境示范街镇10个，推进背街小巷和农村地区环境容貌整治。\n\n各区人民政府\n\n7\n\n提升景观照明品质\n\n完成云陵江两岸景观照明提升，推进景观照明集中控制和节能改造，景观照明节能灯具使用率达到98%以上。\n\n市景观照明管理中心\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "重点任务分工表")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["任务类别", "序号", "重点任务", "主要内容", "牵头单位"]
    );
    assert_eq!(t.rows.len(), 7, "{:?}", rows(t));
    let fourth = &t.rows[3];
    assert_eq!(
        fourth.cells.get(2).map(String::as_str),
        Some("改造提升分类投放点3000个，建成可回收物回收服务点1200个；推进焚烧厂三期、东湖湿垃圾资源化处理厂扩建工程，生活垃圾资源化利用率达到95%以上。"),
        "{:?}",
        rows(t)
    );
    // (The category before the number groups the rows, not the task after it.)
    assert_eq!(
        t.rows
            .iter()
            .map(|r| r.group.as_deref().unwrap_or(""))
            .collect::<Vec<_>>(),
        [
            "公园城市建设",
            "公园城市建设",
            "林湿资源保护",
            "垃圾综合治理",
            "垃圾综合治理",
            "市容景观提升",
            "市容景观提升"
        ]
    );
    assert_read_keeps_text(Some("重点任务分工表"), &ls, &r);
}

#[test]
fn group_rows_numbered_in_brackets_over_rows_numbered_on() {
    // `（一）` `火灾防控`, then rows `1`, `2`; `（二）` `队伍力量`, then `3`, `4`: group rows, not
    // rows numbered `（一）`.
    let src = format!(
        "序号\n指标名称\n单位\n2025年基期值\n2030年目标值\n属性\n\n{}",
        blank_cells(&[
            "（一）",
            "火灾防控",
            "1",
            "年均十万人口火灾死亡率",
            "人/10万人",
            "0.18",
            "≤0.15",
            "约束性",
            "2",
            "城乡居民消防安全常识知晓率",
            "%",
            "85",
            "≥95",
            "预期性",
            "（二）",
            "队伍力量",
            "3",
            "每万人拥有消防救援人员数",
            "人",
            "3.5",
            "达到全国平均水平",
            "预期性",
            "4",
            "乡镇专职消防队建成率",
            "%",
            "76",
            "100",
            "约束性"
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table),
        [
            "C||（一） 火灾防控",
            "I||1|年均十万人口火灾死亡率|人/10万人|0.18|≤0.15|约束性",
            "I||2|城乡居民消防安全常识知晓率|%|85|≥95|预期性",
            "C||（二） 队伍力量",
            "I||3|每万人拥有消防救援人员数|人|3.5|达到全国平均水平|预期性",
            "I||4|乡镇专职消防队建成率|%|76|100|约束性",
        ]
    );
    assert!(r.parsed.warnings.is_empty(), "{:?}", r.parsed.warnings);
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn under_an_attribute_merged_over_its_rows_a_short_row_leaves_the_attribute_empty() {
    // `约束性` written on row 1 for rows 1–4, `预期性` on row 5 for rows 5–9 (row blocks): row 9's
    // target in words is no attribute, and row 8's bound `≥95` is its 2030 target (its 2025
    // figure vanished).
    let src = "序号\n指标\n单位\n2025年\n2030年\n属性\n\n1\n中心城区防洪标准\n年一遇\n100\n200\n约束性\n\n2\n城市公共供水管网漏损率\n%\n8.6\n≤8\n\n3\n城市生活污水集中收集率\n%\n72.4\n≥80\n\n4\n万元地区生产总值用水量下降\n%\n—\n[12]\n\n5\n城市再生水利用率\n%\n26.3\n35左右\n预期性\n\n6\n城市内涝防治标准\n年一遇\n20\n30\n\n7\n排水防涝应急抽排能力\n万立方米/小时\n3.5\n6\n\n8\n二次供水设施智能化监管覆盖率\n%\n≥95\n\n9\n节水型居民小区覆盖率\n%\n18.5\n达到全国平均水平\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 主要指标")), &ls).expect("table");
    let all = rows(&r.parsed.table);
    assert_eq!(
        all[7..],
        [
            "I||8|二次供水设施智能化监管覆盖率|%||≥95|",
            "I||9|节水型居民小区覆盖率|%|18.5|达到全国平均水平|"
        ],
        "{all:?}"
    );
    assert_read_keeps_text(Some("表2 主要指标"), &ls, &r);
}

#[test]
fn a_numbered_caption_over_blocks_of_words_under_a_merged_level() {
    // No number, attribute or figure: the numbered caption and the blocks make the table; a
    // block one line short has left its level (`区级`) to the block above.
    let src = "层级\n林长设置\n人员构成\n主要职责\n\n区级\n总林长\n区委书记、区长\n负责全区森林资源保护发展工作，签发总林长令，组织研究解决重大问题\n\n副总林长\n分管副区长\n协助总林长工作，统筹推进林长制年度重点任务，督促区林长办和成员单位履职\n\n区级林长\n区委、区政府有关负责同志\n分片联系镇（街道），协调解决责任区森林资源保护发展重点难点问题\n\n镇级\n镇级总林长\n镇党委书记、镇长\n负责本镇森林资源保护发展工作，组织实施本镇林长制各项任务\n\n镇级林长\n镇领导班子成员\n按责任区开展巡林，督促村级林长和护林员履职\n\n村级\n村级林长\n村党组织书记、村民委员会主任\n落实责任区森林资源日常巡护管理，及时发现、制止和报告破坏森林资源行为\n\n网格护林员\n专职护林员、生态护林员\n按网格每日巡护，开展火情监测、有害生物报告和林地变化巡查\n\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 林长体系组成")), &ls).expect("table");
    let all = rows(&r.parsed.table);
    assert_eq!(all.len(), 7, "{all:?}");
    assert!(
        all[1].starts_with("I|区级||副总林长|分管副区长|"),
        "{all:?}"
    );
    assert!(all[6].starts_with("I|村级||网格护林员|"), "{all:?}");
    assert_read_keeps_text(Some("表2 林长体系组成"), &ls, &r);
    // Without a numbered caption such blocks stay text.
    assert!(read("t2", Some((0, "林长体系组成")), &ls).is_err());
}

#[test]
fn a_column_name_that_stands_only_alone_is_a_cell_of_its_own() {
    // `指标` / `单位` on two lines of one paragraph: two columns; `指标` / `属性` stays one.
    let cells = [
        "2025年",
        "2030年",
        "属性",
        "森林覆盖率",
        "%",
        "21.6",
        "22.5",
        "约束性",
        "森林蓄积量",
        "万立方米",
        "86",
        "95",
        "预期性",
        "古树名木保护率",
        "%",
        "100",
        "100",
        "约束性",
    ];
    let src = format!("指标\n单位\n\n{}", blank_cells(&cells));
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        r.parsed.table.columns,
        ["指标", "单位", "2025年", "2030年", "属性"]
    );
    let src = format!(
        "序号\n\n指标名称\n\n单位\n\n2025年\n\n指标\n属性\n\n{}",
        blank_cells(&[
            "1",
            "森林覆盖率",
            "%",
            "22.5",
            "约束性",
            "2",
            "森林蓄积量",
            "万立方米",
            "95",
            "预期性",
            "3",
            "古树名木保护率",
            "%",
            "100",
            "约束性",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        r.parsed.table.columns,
        ["序号", "指标名称", "单位", "2025年", "指标属性"]
    );
}

#[test]
fn a_header_cell_broken_over_two_paragraphs_by_a_word_too_short_for_a_column() {
    // `规划` / `目标值` over two paragraphs: one column, as the rows one cell narrower show.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "现状（2025年）",
        "规划",
        "目标值",
        "属性",
        "保护对象",
        "1",
        "历史文化街区数量",
        "个",
        "4",
        "6",
        "预期性",
        "2",
        "历史建筑数量",
        "处",
        "186",
        "260",
        "约束性",
        "保护管理",
        "3",
        "保护规划编制率",
        "%",
        "80",
        "100",
        "约束性",
        "4",
        "公众满意度",
        "%",
        "85",
        "90",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        r.parsed.table.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "现状（2025年）",
            "规划目标值",
            "属性"
        ]
    );
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I|保护对象||2|历史建筑数量|处|186|260|约束性"
    );
}

#[test]
fn a_row_of_a_name_and_values_one_short_with_words_among_its_values() {
    // Pump stations under a 专栏 title: a 建设性质 in words between 规模 and 建成年份; one row
    // lost its 规模 and is one short, not the table's end.
    let src = blank_cells(&[
        "名称",
        "规模（立方米/秒）",
        "建设性质",
        "建成年份",
        "汐浦路雨水泵站",
        "12.6",
        "新建",
        "2027",
        "北塘港雨水泵站",
        "8.4",
        "改建",
        "2026",
        "临港一路雨水泵站",
        "3.5",
        "新建",
        "2028",
        "南塘老镇雨水泵站",
        "拆除重建",
        "2029",
        "东湖排涝泵站",
        "20.0",
        "新建",
        "2030",
        "注：南塘老镇雨水泵站规模待定。",
    ]);
    let ls = lines(&src);
    let opts = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t3", None, &ls, opts).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[3..],
        [
            "I||南塘老镇雨水泵站||拆除重建|2029",
            "I||东湖排涝泵站|20.0|新建|2030"
        ]
    );
}

#[test]
fn projects_with_a_column_of_works_between_their_names_and_amounts() {
    // `工程名称` `主要建设内容` over `投资估算` `实施年度`: a column of words before the amounts;
    // a content cell stopped after a comma goes on in the next paragraph; a row's own last
    // cell `2027—2029年` is no next row's name.
    let src = "单位：万元\n\n工程名称\n\n主要建设内容\n\n投资估算\n\n实施年度\n\n农村消防水源建设工程\n\n新建、改造消防水池（取水点）210处，\n\n增设室外消火栓360个\n\n2680\n\n2026—2028年\n\n消防车通道改造工程\n\n拓宽改造狭窄路段46公里，设置消防车回车场32处\n\n3150\n\n2026—2029年\n\n乡镇专职消防站建设工程\n\n新建石门、白沙、青坪、上溪、龙潭5个乡镇专职消防站\n\n4500\n\n2027—2029年\n\n村级微型消防站提升工程\n\n为186个行政村更新器材装备，配备消防巡逻车\n\n860\n\n2026—2027年\n\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 投资估算")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table),
        [
            "I||农村消防水源建设工程|新建、改造消防水池（取水点）210处，增设室外消火栓360个|2680|2026—2028年",
            "I||消防车通道改造工程|拓宽改造狭窄路段46公里，设置消防车回车场32处|3150|2026—2029年",
            "I||乡镇专职消防站建设工程|新建石门、白沙、青坪、上溪、龙潭5个乡镇专职消防站|4500|2027—2029年",
            "I||村级微型消防站提升工程|为186个行政村更新器材装备，配备消防巡逻车|860|2026—2027年",
        ]
    );
    assert!(
        r.parsed
            .joins
            .iter()
            .any(|j| j.1.contains("210处，` + `增设")),
        "{:?}",
        r.parsed.joins
    );
    assert_read_keeps_text(Some("表2 投资估算"), &ls, &r);
}

#[test]
fn a_note_saying_a_row_has_no_unit_moves_its_empty_cell_under_the_unit() {
    // Row 2 lost its unit (an index): `—` is its 2025 figure, as the note says.
    let table = |name: &str, target: &str, note: &str| {
        format!(
            "{}\n\n注：1.{note}\n",
            blank_cells(&[
                "序号",
                "指标名称",
                "单位",
                "2025年",
                "2030年",
                "属性",
                "1",
                "消防安全常识知晓率",
                "%",
                "78.4",
                "≥90",
                "预期性",
                "2",
                name,
                "—",
                target,
                "预期性",
                "3",
                "农村地区火灾起数",
                "起",
                "412",
                "370",
                "预期性",
            ])
        )
    };
    let src = table(
        "农村消防安全综合评价指数",
        "≥85",
        "第2项为指数，不设计量单位。",
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I||2|农村消防安全综合评价指数||—|≥85|预期性"
    );
    assert!(
        r.parsed.warnings.iter().any(|w| w.1.contains("no unit")),
        "{:?}",
        r.parsed.warnings
    );
    // A qualitative indicator, its target in words (`明显提升`): no unit, whatever the notes say.
    let src = table("农村群众自防自救能力", "明显提升", "“—”表示尚无统计。");
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I||2|农村群众自防自救能力||—|明显提升|预期性"
    );
}

#[test]
fn a_header_block_over_cells_under_a_merged_kind_with_figures_in_brackets() {
    // The header is its block (the first row's kind is no header cell); `620套（间）` is a
    // figure; a kind opens each group.
    let src = "类型\n项目名称\n所在街道（镇）\n房源规模\n计划供应时间\n\n新建\n\n新桥产业园区人才公寓\n\n新桥街道\n\n1800套\n\n2027年\n\n沧浦镇轨道交通站点租赁社区\n\n沧浦镇\n\n2400套\n\n2028年\n\n非居改建\n\n临江路原纺织厂厂房改建项目\n\n临江街道\n\n960套\n\n2026年\n\n望湖商务楼宇改建青年公寓\n\n望湖街道\n\n620套（间）\n\n2027年\n\n高桥科创园配套职工宿舍\n\n高桥镇\n\n3200张\n\n2026—2027年\n\n存量收购\n\n白鹭镇存量商品住房收购项目\n\n白鹭镇\n\n1500套\n\n分年度实施\n\n东城街道闲置安置房盘活项目\n\n东城街道\n\n580套\n\n2027年\n";
    let ls = lines(src);
    let opts = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t3", None, &ls, opts).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类型",
            "项目名称",
            "所在街道（镇）",
            "房源规模",
            "计划供应时间"
        ]
    );
    assert_eq!(
        rows(t)[2..5],
        [
            "I|非居改建|非居改建|临江路原纺织厂厂房改建项目|临江街道|960套|2026年",
            "I|非居改建||望湖商务楼宇改建青年公寓|望湖街道|620套（间）|2027年",
            "I|非居改建||高桥科创园配套职工宿舍|高桥镇|3200张|2026—2027年",
        ]
    );
}

#[test]
fn a_sub_row_with_its_unit_in_its_name_leaves_the_unit_empty() {
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "2025年",
        "2030年",
        "属性",
        "1",
        "累计筹措保障性租赁住房（万套）",
        "3.2",
        "6.7",
        "约束性",
        "其中：宿舍型保障性租赁住房床位（万张）",
        "0.9",
        "2.0",
        "预期性",
        "2",
        "新增筹措保障性租赁住房",
        "万套",
        "[2.5]",
        "[3.5]",
        "约束性",
        "3",
        "住房租赁合同网签备案率",
        "%",
        "81.6",
        "≥95",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I|||其中：宿舍型保障性租赁住房床位（万张）||0.9|2.0|预期性"
    );
}

#[test]
fn a_district_column_after_the_number_merged_over_its_rows() {
    // `区` written on its group's first row only; row 5 lacks its 区 (merged) and its 改造方式
    // (vanished).
    let src = "序号\n区\n项目名称\n涉及户数（户）\n改造方式\n实施周期\n\n1\n澄江区\n城西村城中村改造项目\n1860\n拆除新建\n2026—2029年\n\n\
               2\n南塘村城中村改造项目\n920\n整治提升\n2026—2027年\n\n3\n老码头片区城中村改造项目\n1340\n拆整结合\n2027—2030年\n\n\
               4\n临北区\n北关村城中村改造项目\n2150\n拆除新建\n2026—2030年\n\n5\n柳营村城中村改造项目\n760\n2027—2028年\n\n\
               6\n东湖区\n湖东村城中村改造项目\n1120\n整治提升\n2026—2028年\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "项目清单")), &ls).expect("table");
    let all = rows(&r.parsed.table);
    assert_eq!(
        all[1], "I|澄江区|2||南塘村城中村改造项目|920|整治提升|2026—2027年",
        "{all:?}"
    );
    assert_eq!(
        all[4], "I|临北区|5||柳营村城中村改造项目|760||2027—2028年",
        "{all:?}"
    );
}

#[test]
fn a_header_cell_broken_over_two_lines_over_rows_in_blocks_is_one_cell() {
    // Header one cell per paragraph, `2022年` / `基数` one cell on two lines; rows in blocks,
    // 类别 merged; the last row lacks its baseline.
    let src = "类别\n\n序号\n\n指标名称\n\n单位\n\n2022年\n基数\n\n2025年目标\n\n属性\n\n\
               改造提升\n1\n完成城镇老旧小区改造\n个\n46\n[92]\n约束性\n\n\
               2\n惠及居民户数\n万户\n1.2\n[2.5]\n预期性\n\n\
               安全韧性\n3\n改造小区消防设施完好率\n%\n83\n≥95\n约束性\n\n\
               4\n城市易涝积水点整治\n处\n全部完成整治\n约束性\n\n\
               注：第4项为新增指标，不设基数。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "2022年基数",
            "2025年目标",
            "属性"
        ]
    );
    assert_eq!(
        rows(t),
        [
            "I|改造提升|改造提升|1|完成城镇老旧小区改造|个|46|[92]|约束性",
            "I|改造提升||2|惠及居民户数|万户|1.2|[2.5]|预期性",
            "I|安全韧性|安全韧性|3|改造小区消防设施完好率|%|83|≥95|约束性",
            "I|安全韧性||4|城市易涝积水点整治|处||全部完成整治|约束性",
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_note_naming_a_project_places_its_vanished_cell_under_the_column_it_names() {
    // The note names the project by its name, not by its longer works, and says it adds no
    // land: its one figure is the investment, its land cell the one that vanished.
    let src = blank_cells(&[
        "序号",
        "项目名称",
        "主要建设内容",
        "用地面积",
        "总投资",
        "建设期限",
        "1",
        "城市中央公园",
        "新建综合公园，配套建设湿地科普馆",
        "68",
        "12.6",
        "2021—2024年",
        "2",
        "郊野公园",
        "建设登山步道、森林营地和观景平台",
        "320",
        "5.8",
        "2022—2025年",
        "3",
        "老旧公园无界化改造",
        "对32个老旧公园实施拆墙透绿、适老化和适儿化改造",
        "1.5",
        "2021—2025年",
        "注：老旧公园无界化改造项目在现有公园用地内实施，不新增用地面积。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 重点公园建设项目")), &ls).unwrap();
    assert_eq!(
        row_named(&r.parsed.table, "3").cells,
        [
            "老旧公园无界化改造",
            "对32个老旧公园实施拆墙透绿、适老化和适儿化改造",
            "",
            "1.5",
            "2021—2025年"
        ]
    );
    assert_read_keeps_text(Some("表2 重点公园建设项目"), &ls, &r);
}

#[test]
fn a_note_saying_a_cell_is_blank_places_it_past_the_row_s_dash() {
    // The row writes `—` as its unit; its baseline vanished, and the note says that cell is
    // blank: the dash stays the unit.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "保护体系",
        "1",
        "历史建筑挂牌率",
        "%",
        "80",
        "100",
        "约束性",
        "2",
        "新增公布历史建筑数量",
        "处",
        "—",
        "[80]",
        "预期性",
        "活化利用",
        "3",
        "名城保护数字化管理平台",
        "—",
        "建成",
        "预期性",
        "4",
        "历史文化遗产数字化展示覆盖率",
        "%",
        "35",
        "达到全国平均水平",
        "预期性",
        "注：1.[ ]内为累计数。",
        "2.第3项为新增指标，2020年无基期值，该栏空白。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).unwrap();
    assert_eq!(
        rows(&r.parsed.table)[2],
        "I|活化利用|活化利用|3|名城保护数字化管理平台|—||建成|预期性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_place_column_over_the_number_in_one_paragraph_is_a_merged_category() {
    // `区` / `序号` on two lines of one paragraph, the other header cells one per paragraph;
    // each district written once, on its first row.
    let src = "区\n序号\n\n项目名称\n\n建设内容\n\n建设长度\n\n估算投资\n\n\
               东湖区\n\n1\n\n东湖环湖绿道\n\n新建环湖慢行步道\n\n21.6\n\n2.4\n\n\
               2\n\n凤岭山地绿道\n\n改造提升现有林道\n\n13.2\n\n0.8\n\n\
               西塘区\n\n3\n\n西塘运河滨水绿道\n\n沿古运河两岸建设滨水绿道\n\n16.8\n\n1.9\n\n\
               4\n\n西塘老城社区绿道\n\n利用街巷空间建设社区绿道\n\n8.4\n\n0.5\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 绿道建设重点项目")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["区", "序号", "项目名称", "建设内容", "建设长度", "估算投资"]
    );
    assert_eq!(
        rows(t),
        [
            "I|东湖区|东湖区|1|东湖环湖绿道|新建环湖慢行步道|21.6|2.4",
            "I|东湖区||2|凤岭山地绿道|改造提升现有林道|13.2|0.8",
            "I|西塘区|西塘区|3|西塘运河滨水绿道|沿古运河两岸建设滨水绿道|16.8|1.9",
            "I|西塘区||4|西塘老城社区绿道|利用街巷空间建设社区绿道|8.4|0.5",
        ]
    );
    assert_read_keeps_text(Some("表2 绿道建设重点项目"), &ls, &r);
}

#[test]
fn rows_in_blocks_among_cells_one_per_paragraph_are_read_cell_by_cell() {
    // Most rows one cell per paragraph; row 3 in a block of lines, and row 5 in a block that
    // opens with its group's category.
    let src = "类别\n\n序号\n\n指标名称\n\n单位\n\n2020年\n\n2025年\n\n属性\n\n\
               排水防涝\n\n1\n\n城市内涝积水点消除率\n\n%\n\n62\n\n100\n\n约束性\n\n\
               2\n\n雨水管渠达标比例\n\n%\n\n41.5\n\n≥60\n\n预期性\n\n\
               3\n新建改造雨水管网长度\n公里\n—\n[120]\n预期性\n\n\
               4\n\n城市内涝防治标准\n\n年一遇\n\n20\n\n30\n\n约束性\n\n\
               污水治理\n5\n污水集中收集率\n%\n68\n75\n预期性\n\n\
               6\n\n污水处理厂出水达标率\n\n%\n\n98\n\n100\n\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "2020年",
            "2025年",
            "属性"
        ]
    );
    let got = rows(t);
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(
        got[2],
        "I|排水防涝||3|新建改造雨水管网长度|公里|—|[120]|预期性"
    );
    assert_eq!(
        got[4],
        "I|污水治理|污水治理|5|污水集中收集率|%|68|75|预期性"
    );
    assert_eq!(got[5], "I|污水治理||6|污水处理厂出水达标率|%|98|100|约束性");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_sub_row_after_a_row_without_its_merged_attribute_is_a_row_of_its_own() {
    // Row blocks; `预期性` written once for rows 2 and 3 and the sub-row between them.
    let src = "序号\n指标\n2020年\n2025年\n属性\n\n\
               1\n生产安全事故死亡人数下降率（%）\n—\n[15]\n约束性\n\n\
               2\n年均每百万人口因自然灾害死亡率（人）\n0.56\n＜1\n预期性\n\n\
               3\n人均应急避难场所面积（平方米）\n1.2\n≥1.5\n\n\
               其中：Ⅲ类以上应急避难场所数量（个）\n18\n30\n\n\
               4\n应急物资储备库总容积（万立方米）\n3.5\n8.5左右\n\n\
               5\n灾害事故预警信息公众覆盖率（%）\n85\n≥95\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).unwrap();
    let got = rows(&r.parsed.table);
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(got[2], "I||3|人均应急避难场所面积（平方米）|1.2|≥1.5|");
    assert_eq!(got[3], "I|||其中：Ⅲ类以上应急避难场所数量（个）|18|30|");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_body_after_a_row_s_figure_is_its_body_not_the_next_group_s_category() {
    // 类别 merged before the number; 责任单位 last, longer lists of bodies in the first rows:
    // `市应急局` and `市消防救援支队` close their rows.
    let src = blank_cells(&[
        "类别",
        "序号",
        "项目名称",
        "建设内容",
        "总投资",
        "责任单位",
        "监测预警",
        "1",
        "城市安全风险综合监测预警平台",
        "建设城市生命线安全运行监测系统，接入感知终端2万个以上",
        "3.5",
        "市应急局、市住房城乡建设局",
        "2",
        "自然灾害监测预警信息化工程",
        "建设地震、地质灾害、森林火险监测站点420个",
        "1.8",
        "市应急局、市自然资源和规划局、市气象局",
        "应急救援",
        "3",
        "市应急指挥中心",
        "新建市级应急指挥中心业务用房3.2万平方米",
        "4.6",
        "市应急局",
        "4",
        "区域性综合应急救援基地",
        "建设集训练、储备、救援于一体的综合应急救援基地1处",
        "2.9",
        "市消防救援支队",
        "物资保障",
        "5",
        "市级综合应急物资储备库",
        "新建市级综合应急物资储备库2.6万平方米",
        "2.1",
        "市发展改革委、市应急局",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 重点工程")), &ls).unwrap();
    let got = rows(&r.parsed.table);
    assert_eq!(
        got[2],
        "I|应急救援|应急救援|3|市应急指挥中心|新建市级应急指挥中心业务用房3.2万平方米|4.6|市应急局"
    );
    assert_eq!(
        got[3],
        "I|应急救援||4|区域性综合应急救援基地|建设集训练、储备、救援于一体的综合应急救援基地1处|2.9|市消防救援支队"
    );
    assert_read_keeps_text(Some("表2 重点工程"), &ls, &r);
}

#[test]
fn a_row_opening_a_group_without_one_value_keeps_its_category() {
    // No number column, 类别 merged, rows anchored by their attribute. The last group's first
    // row lacks its 2020 value: its category opens the group; `低效用地再开发面积` under a merged
    // category is a name.
    let src = blank_cells(&[
        "类别",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "2035年",
        "属性",
        "更新规模",
        "城镇老旧小区改造数量",
        "个",
        "236",
        "[580]",
        "[1350]",
        "约束性",
        "其中：完整社区建设试点",
        "个",
        "6",
        "[40]",
        "[120]",
        "预期性",
        "低效用地再开发面积",
        "平方公里",
        "3.5",
        "[12]",
        "[30]",
        "预期性",
        "人居环境",
        "社区15分钟生活圈覆盖率",
        "%",
        "71",
        "≥85",
        "≥95",
        "约束性",
        "实施机制",
        "城市更新项目公众参与率",
        "%",
        "≥90",
        "100",
        "预期性",
        "城市更新投资占固定资产投资比重",
        "%",
        "6.8",
        "8.5左右",
        "达到全国平均水平",
        "预期性",
        "注：“城市更新项目公众参与率”为新设指标，2020年无统计数据。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要目标指标")), &ls).unwrap();
    let got = rows(&r.parsed.table);
    assert_eq!(
        got[2],
        "I|更新规模||低效用地再开发面积|平方公里|3.5|[12]|[30]|预期性"
    );
    assert_eq!(
        got[4],
        "I|实施机制|实施机制|城市更新项目公众参与率|%||≥90|100|预期性"
    );
    assert_eq!(
        got[5],
        "I|实施机制||城市更新投资占固定资产投资比重|%|6.8|8.5左右|达到全国平均水平|预期性"
    );
    assert_read_keeps_text(Some("表1 主要目标指标"), &ls, &r);
    // A ratio with its unit in its name lacks its unit cell; the note names it in one sentence
    // and says a dash means no figure in another: the gap stays under the unit.
    let src = blank_cells(&[
        "指标类型",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "对外交通",
        "轨道交通运营里程",
        "公里",
        "71",
        "96",
        "预期性",
        "高速公路及快速路里程",
        "公里",
        "118",
        "138",
        "预期性",
        "公共交通",
        "公交出行比例（%）",
        "18",
        "25",
        "预期性",
        "新城中心区公交站点500米覆盖率（%）",
        "92",
        "100",
        "约束性",
        "公交线路条数",
        "条",
        "198",
        "230",
        "预期性",
        "道路交通",
        "区域干路网密度",
        "公里/平方公里",
        "1.62",
        "1.85",
        "预期性",
        "新建改建公共停车泊位",
        "个",
        "—",
        "10000",
        "预期性",
        "绿色智慧",
        "公共充电桩数量",
        "万个",
        "1.2",
        "3.5",
        "预期性",
        "新能源公交车占比（%）",
        "86",
        "100",
        "约束性",
        "注：1.公交出行比例指公共交通出行量占全方式出行量的比例；“—”表示2020年无统计基数。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 交通主要指标")), &ls).unwrap();
    assert_eq!(
        rows(&r.parsed.table)[2],
        "I|公共交通|公共交通|公交出行比例（%）||18|25|预期性"
    );
}

#[test]
fn notes_place_vanished_cells_by_an_indicator_s_number_and_a_blank_column() {
    // `指标7为新增指标，2020年未开展统计，现状栏空白`: row 7's gap under 现状.
    let src = r#"序号
指标名称
单位
现状（2020年）
近期（2025年）
远期（2035年）
属性

1
消防站总数
座
31
42
60
约束性

其中：特勤消防站
座
2
3
5
约束性

2
城市建成区消防站责任区面积达标率
%
68
≥85
100
约束性

3
新建消防站
座
—
[11]
[29]
预期性

4
每万人口消防救援人员数
人
2.6
3.5
达到全国平均水平
预期性

5
消防车平均到场时间
分钟
8.5左右
≤7
≤5
预期性

6
市政消火栓完好率
%
91
≥95
≥98
约束性

7
智慧消防物联网远程监控覆盖率
%
60
100
预期性

8
十万人口火灾死亡率
人/10万人
0.21
≤0.18
≤0.15
预期性

注：1.[ ]内数值为规划期内累计数，近期为2021—2025年累计，远期为2021—2035年累计。
2.指标7为新增指标，2020年未开展统计，现状栏空白。
"#;
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).unwrap();
    assert_eq!(
        row_named(&r.parsed.table, "7").cells,
        [
            "智慧消防物联网远程监控覆盖率",
            "%",
            "",
            "60",
            "100",
            "预期性"
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
    // `…2021年无年度任务，表中该栏空白`: the gap under 2021年.
    let src = r#"单位：万套

类别

2021年

2022年

2023年

2024年

2025年

合计

公租房

0.06

0.05

0.04

0.03

0.02

0.20

保障性租赁住房

0.8

1.2

1.5

1.3

1.2

6.0

其中：非居住存量房屋改建

0.2

0.3

0.4

0.3

0.3

1.5

共有产权住房

0.2

0.3

0.3

0.2

1.0

棚户区改造安置住房

（开工）

0.9

0.8

0.6

0.4

0.3

3.0

合计

1.76

2.25

2.44

2.03

1.72

10.20

注：1.共有产权住房自2022年起开展试点供应，2021年无年度任务，表中该栏空白。

2.“合计”不含“其中”项；保障性租赁住房含宿舍型房源，按套（间）统计；棚户区改造按当年开工套数统计。
"#;
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 年度建设筹集计划")), &ls).unwrap();
    let row = r
        .parsed
        .table
        .rows
        .iter()
        .find(|r| r.name == "共有产权住房")
        .unwrap();
    assert_eq!(row.cells, ["", "0.2", "0.3", "0.3", "0.2", "1.0"]);
    // `序号10为定性指标，无计量单位`: row 10's gap under 单位, its goal in words no unit.
    let src = r#"序号

指标

单位

基期值（2020年）

目标值
（2025年）

指标性质

1

建成区绿地率

%

36.8

≥40

约束性

2

建成区绿化覆盖率

%

40.2

42左右

预期性

3

人均公园绿地面积

平方米

11.6

≥13.5

约束性

4

公园绿地服务半径覆盖率

（500米）

%

78.5

≥90

预期性

5

城乡公园数量

个

42

60

预期性

其中：口袋公园

个

18

35

预期性

6

新增城乡绿地面积

公顷

—

[260]

预期性

7

森林覆盖率

%

58.3

58.5以上

约束性

8

村庄绿化覆盖率

%

31.5

35

预期性

9

城乡绿道总长度

公里

46

120

预期性

10

园林绿化数字化管理水平

初步建立管理台账

达到全市平均水平

预期性

说明：1.带[ ]的数值为“十四五”期间累计值。

2.序号10为定性指标，无计量单位。

3.序号5至9按县域统计，其余指标按中心城区统计。
"#;
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).unwrap();
    assert_eq!(
        row_named(&r.parsed.table, "10").cells,
        [
            "园林绿化数字化管理水平",
            "",
            "初步建立管理台账",
            "达到全市平均水平",
            "预期性"
        ]
    );
}

#[test]
fn a_group_of_measures_over_their_units_is_a_two_row_header() {
    // `规模` over `用地面积（公顷）` `建筑面积（万平方米）`, written after the first row's
    // cells; 所在区 written once for two rows.
    let src = blank_cells(&[
        "序号",
        "片区名称",
        "所在区",
        "规模",
        "更新方式",
        "用地面积（公顷）",
        "建筑面积（万平方米）",
        "1",
        "南门历史文化街区更新片区",
        "东城区",
        "46.8",
        "38.5",
        "保护修缮、微更新",
        "2",
        "纺织路老旧小区连片改造片区",
        "62.3",
        "71.2",
        "综合整治",
        "3",
        "河西老工业区转型片区",
        "河西区",
        "152.0",
        "96.3",
        "产业转型、功能置换",
        "4",
        "北塘机械厂片区",
        "北塘区",
        "74.5",
        "88.0",
        "拆除重建",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "重点片区一览表")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "片区名称",
            "所在区",
            "用地面积（公顷）",
            "建筑面积（万平方米）",
            "更新方式"
        ]
    );
    assert_eq!(group_spans(t), [("规模", 3, 2)]);
    assert_eq!(
        row_named(t, "2").cells,
        ["纺织路老旧小区连片改造片区", "", "62.3", "71.2", "综合整治"]
    );
    assert_read_keeps_text(Some("重点片区一览表"), &ls, &r);
}

#[test]
fn a_word_closing_a_row_s_block_is_the_row_s_not_the_next_group_s() {
    // Row blocks, 街道 merged; `文化创意` closes row 5's block, the size of a street's name;
    // row 6 lacks its last cell.
    let src = "街道\n序号\n建筑名称\n地址\n建成年代\n现状功能\n\n\
               城隍街道\n1\n府学宫大成殿\n府学街12号\n清乾隆年间\n展示馆\n\n\
               2\n周家大院\n城隍庙后街27号\n清末\n居住\n\n\
               沅江街道\n3\n沅江会馆\n码头街3号\n清光绪年间\n展示馆\n\n\
               4\n盐仓旧址\n盐仓巷1号\n1910年代\n文化创意\n\n\
               5\n太古洋行货栈\n沿江路56号\n1931年\n\n\
               6\n码头工人俱乐部\n沿江路88号\n1952年\n社区活动\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let got = rows(&r.parsed.table);
    assert_eq!(got[3], "I|沅江街道||4|盐仓旧址|盐仓巷1号|1910年代|文化创意");
    assert_eq!(got[4], "I|沅江街道||5|太古洋行货栈|沿江路56号|1931年|");
    assert_read_keeps_text(None, &ls, &r);
}

#[test]
fn a_short_sub_row_between_rows_without_their_merged_attribute_keeps_its_figures() {
    // Row blocks; 类别 and 属性 each written once for a run of rows; a sub-row
    // `其中：…（人）` `38` `90` with neither number nor attribute, under a row without its own.
    let src = "类别\n序号\n指标名称\n2020年基数\n2025年目标\n属性\n\n\
               救援力量\n1\n每万人口消防救援人员数（人）\n3.5\n5.0\n预期性\n\n\
               2\n政府专职消防员（人）\n96\n160\n\n\
               其中：乡镇专职消防员（人）\n38\n90\n\n\
               3\n城区接警至到场平均时间（分钟）\n9.5\n8.5左右\n约束性\n\n\
               社会治理\n4\n公众消防安全常识知晓率（%）\n78\n≥90\n预期性\n\n\
               5\n新建社区（村）微型消防站（个）\n—\n[120]\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).unwrap();
    let got = rows(&r.parsed.table);
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(got[1], "I|救援力量||2|政府专职消防员（人）|96|160|");
    assert_eq!(got[2], "I|救援力量|||其中：乡镇专职消防员（人）|38|90|");
    assert_eq!(
        got[3],
        "I|救援力量||3|城区接警至到场平均时间（分钟）|9.5|8.5左右|约束性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_sub_row_and_a_category_under_a_column_of_remarks_left_empty() {
    // Cells one per paragraph; 备注 empty in every row so far (vanished): the sub-row opens
    // after row 1's values, its unit after its name; `污水处理`, the size of `污水收集`, opens
    // the next group rather than filling row 3's 备注.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "2023年基准值",
        "2026年目标值",
        "备注",
        "污水收集",
        "1",
        "城市生活污水集中收集率",
        "%",
        "68.5",
        "≥75",
        "其中：澜江流域片区",
        "%",
        "71.2",
        "≥80",
        "2",
        "新建改造污水管网",
        "公里",
        "—",
        "[120]",
        "3",
        "建成区污水管网密度",
        "公里/平方公里",
        "3.5",
        "4.2",
        "污水处理",
        "4",
        "城市污水处理能力",
        "万吨/日",
        "42.5",
        "52.5",
        "5",
        "出水水质达到准Ⅳ类标准的处理规模占比",
        "%",
        "—",
        "60",
        "新增",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).unwrap();
    let got = rows(&r.parsed.table);
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(
        got[0],
        "I|污水收集|污水收集|1|城市生活污水集中收集率|%|68.5|≥75|"
    );
    assert_eq!(got[1], "I|污水收集|||其中：澜江流域片区|%|71.2|≥80|");
    assert_eq!(
        got[3],
        "I|污水收集||3|建成区污水管网密度|公里/平方公里|3.5|4.2|"
    );
    assert_eq!(
        got[4],
        "I|污水处理|污水处理|4|城市污水处理能力|万吨/日|42.5|52.5|"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_cell_stopped_after_a_comma_inside_a_full_row_block_goes_on_in_the_next_line() {
    // Row blocks; 完成时限 written once per group; row 3's task on two lines of its block.
    let src = "序号\n工作任务\n责任单位\n完成时限\n\n\
               1\n完成澜港污水处理厂扩建工程\n区水务局、区水务投资集团\n2025年12月底前\n\n\
               2\n建成澜江东岸截污干管12.6公里\n区水务局、区城投集团\n\n\
               3\n完成沙河涌片区86个老旧小区雨污分流改造，\n同步实施阳台立管改造\n区住房城乡建设局、区水务局\n\n\
               4\n建成北湾水质净化厂三期工程\n区水务局、区水务投资集团\n2026年12月底前\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "重点任务清单")), &ls).unwrap();
    let row = row_named(&r.parsed.table, "3");
    assert_eq!(
        row.cells
            .iter()
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>(),
        [
            "完成沙河涌片区86个老旧小区雨污分流改造，同步实施阳台立管改造",
            "区住房城乡建设局、区水务局"
        ]
    );
    assert_read_keeps_text(Some("重点任务清单"), &ls, &r);
}

#[test]
fn shares_under_qizhong_and_values_under_a_measure_make_two_row_headers() {
    // `其中` over `国家级` `省级` `市级`; the second row lacks its last share, a whole row after it.
    let src = blank_cells(&[
        "类别",
        "数量",
        "其中",
        "国家级",
        "省级",
        "市级",
        "历史文化街区",
        "6",
        "—",
        "2",
        "4",
        "历史文化名镇",
        "3",
        "1",
        "2",
        "历史文化名村",
        "11",
        "2",
        "5",
        "4",
        "传统村落",
        "27",
        "9",
        "18",
        "—",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 保护对象统计表")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["类别", "数量", "国家级", "省级", "市级"]);
    assert_eq!(group_spans(t), [("其中", 2, 3)]);
    assert_eq!(t.rows.len(), 4, "{:?}", rows(t));
    assert_eq!(row_named(t, "历史文化名村").cells, ["11", "2", "5", "4"]);
    assert_read_keeps_text(Some("表1 保护对象统计表"), &ls, &r);
    // `规模（万吨/日）` over `现状` `规划`, with 备注 after it in the upper row.
    let src = "序号\n水厂名称\n规模（万吨/日）\n备注\n现状\n规划\n\n\
               1\n第一水厂\n15\n15\n提标改造\n\n\
               2\n第二水厂\n10\n20\n扩建\n\n\
               3\n城东水厂\n5\n10\n\n\
               4\n南部区域水厂\n1\n3.5\n改扩建\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 水厂建设规划")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["序号", "水厂名称", "现状", "规划", "备注"]);
    assert_eq!(group_spans(t), [("规模（万吨/日）", 2, 2)]);
    assert_eq!(
        row_named(t, "4").cells,
        ["南部区域水厂", "1", "3.5", "改扩建"]
    );
}

#[test]
fn a_kind_column_over_years_alone_names_its_rows() {
    // Row blocks; `任务类别` over years and 合计 holds each row's name, no merged category: a
    // row one short lacks a year, which the note names.
    let src = "任务类别\n2022年\n2023年\n2024年\n2025年\n合计\n\n\
               历史建筑保护修缮\n5200\n8600\n9400\n6800\n30000\n\n\
               街区环境整治提升\n3800\n6200\n7100\n4900\n22000\n\n\
               业态活化利用\n2400\n3300\n2800\n8500\n\n\
               数字化保护管理\n300\n600\n500\n400\n1800\n\n\
               合计\n11700\n18700\n19800\n14900\n62300\n\n\
               注：“业态活化利用”自2023年起安排资金，2022年栏空白。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 年度计划")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "业态活化利用").cells,
        ["", "2400", "3300", "2800", "8500"]
    );
    assert!(t.rows.iter().all(|r| r.group.is_none()), "{:?}", rows(t));
    assert_read_keeps_text(Some("表2 年度计划"), &ls, &r);
}

#[test]
fn a_table_of_words_in_row_blocks_is_read_by_its_blocks() {
    // Header and rows in blocks, cells of sentences; one zone's range stops after a comma and
    // goes on in the next line of its block.
    let src = "分区名称\n范围\n管控要求\n\n\
               山水生态风貌区\n岚山及岚江上游生态保护区域\n严格保护山体轮廓线和自然岸线。新建建筑应低矮分散。\n\n\
               老城历史风貌区\n古城墙遗址以内及西门老街周边区域\n延续传统街巷格局。新建建筑采用坡屋顶。\n\n\
               滨江现代风貌区\n岚江两岸第一层面街区，\n北起岚江大桥，南至云渡湾\n建筑高度由滨江向腹地逐级升高。\n\n\
               产业新城风貌区\n经济技术开发区、高铁新城片区\n突出简洁大气的风貌特征。\n\n\
               城郊田园风貌区\n中心城区以外的乡镇和农村地区\n保护田园、水系和村落自然格局。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 风貌分区及管控要求")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(t));
    assert_eq!(
        t.rows[2].cells,
        [
            "岚江两岸第一层面街区，北起岚江大桥，南至云渡湾",
            "建筑高度由滨江向腹地逐级升高。"
        ]
    );
    assert!(t.rows.iter().all(|r| r.group.is_none()), "{:?}", rows(t));
    assert_read_keeps_text(Some("表2 风貌分区及管控要求"), &ls, &r);
}

#[test]
fn a_name_over_two_lines_of_its_block_is_one_cell() {
    // Header one cell per paragraph, rows in blocks of a name and figures; one name written
    // over two lines of its block (`禾川经济技术` / `开发区`), then a total.
    let src = "区（县）\n\n现状公园数量\n\n现状公园面积\n\n规划新增公园数量\n\n\
               清河区\n42\n318.5\n26\n\n\
               望山区\n35\n402.7\n38\n\n\
               临江区\n31\n356.2\n45\n\n\
               禾川经济技术\n开发区\n18\n187.0\n31\n\n\
               沙溪县\n36\n302.0\n22\n\n\
               合计\n162\n1566.4\n162\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "表3 公园建设规划指引")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 6, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "禾川经济技术开发区").cells,
        ["18", "187.0", "31"]
    );
    assert_eq!(row_named(t, "合计").cells, ["162", "1566.4", "162"]);
    assert_read_keeps_text(Some("表3 公园建设规划指引"), &ls, &r);
}

#[test]
fn a_value_cell_over_years_under_a_merged_category_with_rows_unlike_each_other() {
    // `指标值` over `2020年现状` `2025年目标`, written after 备注; 类别 merged, a 备注 vanished,
    // two sub-rows without number or category: the rows agree on no width, the first one is
    // one cell narrower than the header.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "指标值",
        "属性",
        "备注",
        "2020年现状",
        "2025年目标",
        "排水防涝",
        "1",
        "城市内涝防治标准",
        "年一遇",
        "20",
        "30",
        "约束性",
        "中心城区",
        "2",
        "易涝积水点消除比例",
        "%",
        "—",
        "100",
        "约束性",
        "2020年排查确定",
        "雨污分流",
        "3",
        "城市建成区雨污分流比例",
        "%",
        "61.8",
        "≥90",
        "约束性",
        "4",
        "城市生活污水集中收集率",
        "%",
        "57.2",
        "70以上",
        "约束性",
        "国家考核指标",
        "管网改造",
        "5",
        "新建改造排水管网长度",
        "公里",
        "[186]",
        "[420]",
        "预期性",
        "五年累计",
        "其中：雨水管网",
        "公里",
        "[74]",
        "[180]",
        "预期性",
        "五年累计",
        "污水管网",
        "公里",
        "[112]",
        "[240]",
        "预期性",
        "五年累计",
        "6",
        "建成区排水管网密度",
        "公里/平方公里",
        "8.7",
        "9.5",
        "预期性",
        "含雨水、污水管网",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "2020年现状",
            "2025年目标",
            "属性",
            "备注"
        ]
    );
    assert_eq!(
        rows(t)[4..],
        [
            "I|管网改造|管网改造|5|新建改造排水管网长度|公里|[186]|[420]|预期性|五年累计",
            "I|管网改造|||其中：雨水管网|公里|[74]|[180]|预期性|五年累计",
            "I|管网改造|||污水管网|公里|[112]|[240]|预期性|五年累计",
            "I|管网改造||6|建成区排水管网密度|公里/平方公里|8.7|9.5|预期性|含雨水、污水管网",
        ]
    );
    assert_eq!(
        rows(t)[2],
        "I|雨污分流|雨污分流|3|城市建成区雨污分流比例|%|61.8|≥90|约束性|"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_header_of_two_blocks_over_years_and_a_total_short_of_its_middle_cells() {
    // Row blocks: `级别` … `数量（个）` over `2020年` `2025年`; 合计 with its two counts only.
    let src = "级别\n服务半径（米）\n规模（公顷）\n数量（个）\n\n2020年\n2025年\n\n\
               市级综合公园\n2000—3000\n≥50\n5\n7\n\n区级综合公园\n1000—2000\n10—50\n14\n19\n\n\
               专类公园\n—\n≥2\n17\n22\n\n合计\n36\n48\n\n注：专类公园不设服务半径要求。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 公园分级配置")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["级别", "服务半径（米）", "规模（公顷）", "2020年", "2025年"]
    );
    assert_eq!(t.column_groups.len(), 1);
    assert_eq!(t.column_groups[0].title, "数量（个）");
    assert_eq!(
        rows(t),
        [
            "I||市级综合公园|2000—3000|≥50|5|7",
            "I||区级综合公园|1000—2000|10—50|14|19",
            "I||专类公园|—|≥2|17|22",
            "I||合计|||36|48",
        ]
    );
    assert_eq!(t.notes, ["注：专类公园不设服务半径要求。"]);
    assert_read_keeps_text(Some("表2 公园分级配置"), &ls, &r);
}

#[test]
fn a_total_after_rows_of_names_and_values_lacks_its_columns_of_words() {
    // `合计` `8.8` `21.0` after the last row: its figures sum the two columns of capacities (a
    // plant not yet built has `—`), the columns of words after them left empty.
    let src = blank_cells(&[
        "名称",
        "现状规模（万吨/日）",
        "规划规模（万吨/日）",
        "水源",
        "建设时序",
        "县城第一水厂",
        "4.0",
        "4.0",
        "岚溪水库",
        "2021—2022年提标改造",
        "县城第二水厂",
        "3.0",
        "8.0",
        "岚溪水库、白石塘水库",
        "2022—2024年扩建",
        "城东水厂",
        "—",
        "5.0",
        "白石塘水库",
        "2023—2025年新建",
        "青石镇水厂",
        "1.8",
        "4.0",
        "青石河",
        "2021—2023年扩建",
        "合计",
        "8.8",
        "21.0",
        "注：城东水厂为新建水厂，现状规模以“—”表示。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 水厂建设规划表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t).last().unwrap(), "I||合计|8.8|21.0||");
    assert_eq!(t.rows.len(), 5);
    assert_eq!(t.notes.len(), 1);
    assert_read_keeps_text(Some("表2 水厂建设规划表"), &ls, &r);
}

#[test]
fn a_measure_over_phases_beside_a_column_of_times() {
    // Header in two blocks, `设计规模（万吨/日）` over `现状` `提标后`; `完成时间` last names
    // no values though it says `完成`; rows one cell per paragraph.
    let src =
        "序号\n污水处理厂名称\n设计规模（万吨/日）\n出水执行标准\n完成时间\n\n现状\n提标后\n\n\
               1\n\n城西污水处理厂\n\n6\n\n8\n\n准地表水Ⅳ类\n\n2023年6月\n\n\
               2\n\n沙湾镇污水处理厂\n\n2.5\n\n4\n\n一级A\n\n2023年12月\n\n\
               3\n\n白塔镇污水处理厂\n\n1.5\n\n3\n\n一级A\n\n2023年12月\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 污水处理厂建设计划")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "污水处理厂名称",
            "现状",
            "提标后",
            "出水执行标准",
            "完成时间"
        ]
    );
    assert_eq!(t.column_groups[0].title, "设计规模（万吨/日）");
    assert_eq!(rows(t)[1], "I||2|沙湾镇污水处理厂|2.5|4|一级A|2023年12月");
    assert_read_keeps_text(Some("表2 污水处理厂建设计划"), &ls, &r);
}

#[test]
fn header_cells_broken_one_after_the_other_over_rows_in_blocks() {
    // `2021年` / `（基期）` and `2024年` / `（目标）`, each over two lines, side by side among
    // cells one per paragraph; the rows in blocks.
    let src =
        "类别\n\n序号\n\n指标名称\n\n单位\n\n2021年\n（基期）\n\n2024年\n（目标）\n\n属性\n\n\
               污水收集\n1\n城市生活污水集中收集率\n%\n61.8\n≥70\n约束性\n\n\
               2\n城市污水处理厂进水BOD5平均浓度\nmg/L\n76\n≥100\n预期性\n\n\
               污水处理\n3\n城市污水处理率\n%\n96.8\n≥98\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "2021年（基期）",
            "2024年（目标）",
            "属性"
        ]
    );
    assert_eq!(
        rows(t),
        [
            "I|污水收集|污水收集|1|城市生活污水集中收集率|%|61.8|≥70|约束性",
            "I|污水收集||2|城市污水处理厂进水BOD5平均浓度|mg/L|76|≥100|预期性",
            "I|污水处理|污水处理|3|城市污水处理率|%|96.8|≥98|约束性",
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_note_that_a_row_lists_no_count_places_its_gap() {
    // Row 3 lacks its 项目数量, the note says so (`不单列项目数量`): not the last column's.
    let src = "序号\n项目类别\n项目数量（个）\n估算投资\n\n1\n\n老旧小区改造\n\n460\n\n86.4\n\n\
               2\n\n城中村和棚户区改造\n\n12\n\n128.6\n\n3\n\n基础设施和公共服务设施补短板\n\n70.5\n\n\
               注：第3项按年度计划滚动安排，不单列项目数量。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表3 重点项目投资估算")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[2], "I||3|基础设施和公共服务设施补短板||70.5");
    assert_read_keeps_text(Some("表3 重点项目投资估算"), &ls, &r);
}

#[test]
fn a_note_places_a_gap_in_a_row_that_also_lacks_its_merged_attribute() {
    // 属性 merged over groups (written on a group's first row only); row 3 also lost its 2020
    // value, which the note says: its 1.5 is the 2025 target.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "1",
        "城区防洪标准",
        "年一遇",
        "50",
        "100",
        "约束性",
        "2",
        "区管堤防达标率",
        "%",
        "72.5",
        "≥95",
        "3",
        "人均应急避难场所有效面积",
        "平方米",
        "1.5",
        "4",
        "应急避难场所数量",
        "处",
        "28",
        "45",
        "预期性",
        "5",
        "物资储备总值",
        "万元",
        "1860",
        "3000左右",
        "注：“人均应急避难场所有效面积”为本规划新增指标，该项基期值暂缺。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[2], "I||3|人均应急避难场所有效面积|平方米||1.5|");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_row_opening_with_a_new_category_of_its_kind_lacks_a_value_not_its_category() {
    // 街道 merged after the number; row 5 opens 白沙街道's group and lost its area (the note
    // says so); row 4 lacks only its 街道, its names no cell split over two lines.
    let src = "序号\n街道\n场所名称\n类型\n面积（平方米）\n可容纳人数\n\n\
               1\n城关街道\n清溪公园\n中心避难场所\n86000\n21500\n\n\
               2\n人民广场\n固定避难场所\n24000\n8000\n\n\
               3\n龙潭街道\n龙潭中心小学\n紧急避难场所\n5400\n1800\n\n\
               4\n龙潭村山洪避险安置点\n山洪避险安置点\n1800\n600\n\n\
               5\n白沙街道\n白沙综合避难场所（选址待定）\n中心避难场所\n20000\n\n\
               6\n白沙河谷山洪避险安置点\n山洪避险安置点\n2400\n800\n\n\
               注：序号5正在开展选址论证，面积待选址确定后核定，表中暂未填列；可容纳人数按规划服务人口测算。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "应急避难场所规划建设名录")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(
        got[3],
        "I|龙潭街道|4||龙潭村山洪避险安置点|山洪避险安置点|1800|600"
    );
    assert_eq!(
        got[4],
        "I|白沙街道|5|白沙街道|白沙综合避难场所（选址待定）|中心避难场所||20000"
    );
    assert_eq!(
        got[5],
        "I|白沙街道|6||白沙河谷山洪避险安置点|山洪避险安置点|2400|800"
    );
    assert_read_keeps_text(Some("应急避难场所规划建设名录"), &ls, &r);
}

#[test]
fn a_name_over_two_lines_of_a_block_where_a_category_of_its_kind_would_stand() {
    // 街道 merged after the number; row 4's block is as long as a group's first row, but
    // `红星机械厂` / `职工住宅小区` are no 街道: one name over two lines.
    let src = "序号\n街道\n小区名称\n楼栋数\n户数\n建成年代\n\n\
               1\n鼓楼街道\n府前街3号院\n6\n168\n1986年\n\n\
               2\n文庙巷小区\n4\n96\n1982年\n\n\
               3\n西津街道\n西津新村（一期）\n14\n420\n1989年\n\n\
               4\n红星机械厂\n职工住宅小区\n12\n384\n20世纪80年代\n\n\
               5\n粮食局宿舍\n3\n72\n1991年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "老旧小区改造项目名单")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[3],
        "I|西津街道|4||红星机械厂职工住宅小区|12|384|20世纪80年代"
    );
    assert_eq!(rows(t)[4], "I|西津街道|5||粮食局宿舍|3|72|1991年");
    assert_read_keeps_text(Some("老旧小区改造项目名单"), &ls, &r);
}

#[test]
fn a_sub_row_without_its_count_under_a_column_of_names_after_the_number() {
    // `项目类别` names each row (no category left above); the sub-row lacks its number and its
    // 项目数量: its 13.8 is an amount, not a count.
    let src = "序号\n项目类别\n项目数量（个）\n估算投资\n2022—2023年\n2024—2025年\n\n\
               1\n源头减排\n24\n12.6\n5.2\n7.4\n\n\
               2\n排水管网建设\n38\n31.5\n14.3\n17.2\n\n\
               其中：雨污分流改造\n13.8\n6.1\n7.7\n\n\
               3\n排涝通道和调蓄设施\n16\n27.4\n10.6\n16.8\n\n\
               4\n易涝积水点整治\n46\n9.5\n6.3\n3.2\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 项目投资估算表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[2], "I|||其中：雨污分流改造||13.8|6.1|7.7");
    assert_read_keeps_text(Some("表2 项目投资估算表"), &ls, &r);
}

#[test]
fn a_category_opening_the_next_row_s_block_is_no_cell_of_the_row_above() {
    // Row blocks, 类别 merged before the number; row 3 lost its last cell (国家标准): the
    // block after it opens with the next group's category, then the number.
    let src = "类别\n序号\n指标\n单位\n现状值\n目标值\n国家标准\n\n\
               森林健康\n1\n乡土树种使用率\n%\n85.3\n≥90\n≥80%\n\n\
               2\n年森林抚育面积\n万亩\n1.2\n3.5\n—\n\n\
               3\n单位面积森林蓄积量\n立方米/公顷\n68.4\n达到全国平均水平\n—\n\n\
               生态福利\n4\n公园绿地服务半径覆盖率\n%\n82.0\n≥95\n≥80%\n\n\
               5\n村庄林木绿化率\n%\n28.5\n≥32\n≥30%（南方城市）\n\n\
               6\n森林康养基地数量\n个\n3\n8\n\n\
               生态文化\n7\n市民对森林城市建设的支持率\n%\n—\n≥90\n≥90%\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[5], "I|生态福利||6|森林康养基地数量|个|3|8|");
    assert_eq!(
        rows(t)[6],
        "I|生态文化|生态文化|7|市民对森林城市建设的支持率|%|—|≥90|≥90%"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn rows_of_a_name_and_values_under_an_attribute_written_once_per_group() {
    // No number column; 属性 on the first row of each group only; a name over two paragraphs.
    let src = blank_cells(&[
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "十万人口火灾死亡率",
        "人/10万人",
        "0.18",
        "≤0.16",
        "约束性",
        "消防站建设达标率",
        "%",
        "72",
        "100",
        "市政消火栓完好率",
        "%",
        "91",
        "≥95",
        "每万人口消防救援人员数",
        "人",
        "3.5",
        "5",
        "预期性",
        "高层建筑和大型商业综合体",
        "自动消防设施联网率",
        "%",
        "40",
        "≥90",
        "其中：老旧小区",
        "%",
        "12",
        "60",
        "注：“—”表示2020年无此项统计。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["指标名称", "单位", "2020年", "2025年", "属性"]);
    assert_eq!(
        rows(t),
        [
            "I||十万人口火灾死亡率|人/10万人|0.18|≤0.16|约束性",
            "I||消防站建设达标率|%|72|100|",
            "I||市政消火栓完好率|%|91|≥95|",
            "I||每万人口消防救援人员数|人|3.5|5|预期性",
            "I||高层建筑和大型商业综合体自动消防设施联网率|%|40|≥90|",
            "I||其中：老旧小区|%|12|60|",
        ]
    );
    assert_eq!(t.notes.len(), 1);
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn two_rows_in_one_block_and_a_year_a_note_leaves_blank() {
    // Row blocks of a place and its years; the blank line between 青湾县 and 桐岚经开区 is
    // missing; 东桥区 has no 2025 task, which the note says.
    let src = "区（县）\n2023年\n2024年\n2025年\n合计\n\n\
               桐城区\n1600\n1200\n800\n3600\n\n\
               东桥区\n1000\n600\n1600\n\n\
               青湾县\n1100\n1000\n800\n2900\n桐岚经开区\n1000\n900\n700\n2600\n\n\
               全市\n4700\n3700\n2300\n10700\n\n\
               注：东桥区改造任务于2024年全部完成，2025年不再安排新开工任务，表中该栏空白。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 改造任务分解表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I||桐城区|1600|1200|800|3600",
            "I||东桥区|1000|600||1600",
            "I||青湾县|1100|1000|800|2900",
            "I||桐岚经开区|1000|900|700|2600",
            "I||全市|4700|3700|2300|10700",
        ]
    );
    assert_read_keeps_text(Some("表2 改造任务分解表"), &ls, &r);
}

#[test]
fn a_cell_of_two_sentences_over_two_paragraphs_in_a_table_of_words() {
    // One cell per paragraph; row 2's 管控要求 is two sentences, two paragraphs; the last row's
    // 管控要求 is a sentence too, with no text after the table but its note.
    let src = blank_cells(&[
        "分区",
        "范围",
        "风貌定位",
        "管控要求",
        "古城历史风貌区",
        "东至东门路，南至岑江北岸，西至西关路，北至环城北路，面积约3.6平方公里",
        "青砖黛瓦、街巷纵横的传统古城风貌",
        "严格保护“一轴三街十八巷”的传统街巷格局和历史建筑，新建建筑高度原则上不超过12米，建筑色彩以青灰、白色为主色调，屋顶采用坡屋顶形式，禁止建设大体量、高层建筑。",
        "滨江现代风貌区",
        "岑江两岸滨江第一、第二层次街坊，长约14公里",
        "开放灵动、高低错落的现代滨江风貌",
        "沿江建筑应形成前低后高、错落有致的天际轮廓，严格控制板式高层建筑沿江布置，保持不少于30%的面江通透率。",
        "滨江第一层次建筑高度原则上不超过60米，重要节点地标建筑须经专家论证后确定，滨江绿地连续贯通，宽度不小于30米。",
        "东湖新城风貌区",
        "东湖新城核心区、高铁站片区，面积约18平方公里",
        "现代简约、集约高效的城市新区风貌",
        "鼓励建筑高低组合、塔楼与裙房协调布局，建筑色彩以浅暖色调为主，玻璃幕墙面积不超过立面面积的40%，沿主要道路建筑界面连续度不低于70%。",
        "产业园区风貌区",
        "岑阳高新区、岑北工业园",
        "简洁明快、绿色生态的产业风貌",
        "厂房建筑应体量规整、色彩淡雅，鼓励采用装配式建筑和屋顶光伏一体化设计，临主干道一侧设置不少于15米宽的绿化隔离带，严禁露天堆放物料。",
        "山水生态风貌区",
        "凤凰山、东湖及环城生态带",
        "山清水秀、城景交融的生态风貌",
        "严格控制开发强度和建筑高度，山体周边200米范围内建筑高度不超过24米，严禁破坏山体轮廓线和湖岸自然岸线，配套服务建筑应体量小巧、隐于绿荫。",
        "注：各分区具体边界以《岑阳市城市风貌专项规划》批准文本为准。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 风貌分区及管控要求")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(got.len(), 5, "{got:?}");
    assert!(got[1].starts_with("I||滨江现代风貌区|"), "{got:?}");
    assert!(got[1].ends_with("面江通透率。滨江第一层次建筑高度原则上不超过60米，重要节点地标建筑须经专家论证后确定，滨江绿地连续贯通，宽度不小于30米。"), "{got:?}");
    assert!(got[4].starts_with("I||山水生态风貌区|"), "{got:?}");
    assert_eq!(t.notes.len(), 1);
    assert_read_keeps_text(Some("表2 风貌分区及管控要求"), &ls, &r);
}

#[test]
fn a_remark_that_starts_with_qizhong_is_no_sub_row() {
    // 备注 holds sentences in some rows; row 2's is `其中农村公厕不少于45座。`, a remark.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "备注",
        "1",
        "生活垃圾回收利用率",
        "%",
        "35",
        "40左右",
        "预期性",
        "按住房城乡建设部口径统计。",
        "2",
        "新建改建公厕数量",
        "座",
        "—",
        "[120]",
        "预期性",
        "其中农村公厕不少于45座。",
        "3",
        "生活垃圾无害化处理率",
        "%",
        "100",
        "100",
        "约束性",
        "4",
        "餐厨垃圾处理能力",
        "吨/日",
        "60",
        "300",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4);
    assert_eq!(
        rows(t)[1],
        "I||2|新建改建公厕数量|座|—|[120]|预期性|其中农村公厕不少于45座。"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_merged_place_column_known_by_the_characters_its_name_holds() {
    // Row blocks; 乡镇 merged after the number, its places ending in 镇 or 乡; rows 2 and 3 lack
    // it (`上坪村` is no 乡镇), and row 5's last cell runs onto a second line after a comma.
    let src = "序号\n乡镇\n村落名称\n级别\n批次\n主要特色\n\n1\n石桥镇\n石桥村\n国家级\n第三批\n明清古街保存完整，现存石拱桥3座、传统民居86栋，\n“石桥灯会”为省级非遗项目\n\n2\n上坪村\n国家级\n第五批\n梯田与吊脚楼群相依，山地村寨格局典型\n\n3\n黄泥湾村\n省级\n第二批\n夯土民居集中成片\n\n4\n龙潭镇\n龙潭村\n国家级\n第四批\n沿溪而建，风雨桥、古码头与宗祠群落保存完好\n\n5\n下寨村\n省级\n第一批\n民国时期商贸集镇遗存，保留骑楼式店铺12栋，\n“下寨米酒酿造技艺”为市级非遗项目\n\n6\n枫木坪村\n省级\n第三批\n古枫林环绕，传统农耕文化浓厚\n\n7\n梅岭乡\n梅岭村\n省级\n第二批\n梅氏家族聚居村落，宗祠、书院、牌坊体系完整\n\n8\n杉树塘村\n省级\n第三批\n杉木穿斗式民居保存较多\n\n9\n云台乡\n云台村\n国家级\n第五批\n高山台地村落，石板古道、石砌民居与云海景观\n交融，是栖云山歌的主要流传地\n\n10\n岩门村\n省级\n第三批\n寨门、寨墙、哨楼等古代防御体系遗存完整，\n“岩门傩戏”传承至今\n\n注：市级传统村落名录由县住房和城乡建设局另行公布。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "传统村落名录")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(got.len(), 10, "{got:?}");
    assert!(
        got[1].starts_with("I|石桥镇|2||上坪村|国家级|第五批|"),
        "{got:?}"
    );
    assert!(
        got[4].starts_with("I|龙潭镇|5||下寨村|省级|第一批|民国时期"),
        "{got:?}"
    );
    assert!(
        got[4].ends_with("12栋，“下寨米酒酿造技艺”为市级非遗项目"),
        "{got:?}"
    );
    assert_read_keeps_text(Some("传统村落名录"), &ls, &r);
}

#[test]
fn a_note_that_sets_no_interim_target_places_the_gap() {
    // Row 2 has no 2023 target, which the note says (`不设阶段性目标`).
    let src = blank_cells(&[
        "指标",
        "单位",
        "2020年",
        "2023年",
        "2025年",
        "属性",
        "年径流总量控制率",
        "%",
        "62",
        "68",
        "75",
        "约束性",
        "城市内涝防治标准",
        "年一遇",
        "20",
        "30",
        "约束性",
        "可渗透地面面积比例",
        "%",
        "35",
        "38",
        "40",
        "预期性",
        "注：城市内涝防治标准2023年不设阶段性目标。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[1], "I||城市内涝防治标准|年一遇|20||30|约束性");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn an_address_broken_before_its_house_number_is_one_cell() {
    // One cell per paragraph; row 2's 地址 is `澄江区解放路` / `127号`; 计划年度 merged.
    let src = blank_cells(&[
        "序号",
        "建筑名称",
        "地址",
        "建成年代",
        "修缮类型",
        "计划年度",
        "1",
        "鹿鸣书院",
        "鹿鸣区书院街14号",
        "清",
        "重点修缮",
        "2022年",
        "2",
        "澄江邮政局旧址",
        "澄江区解放路",
        "127号",
        "1930年代",
        "重点修缮",
        "3",
        "青石码头货栈",
        "青石区沿河街16号",
        "民国",
        "抢救性修缮",
        "2024年",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表3 重点修缮计划")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[1],
        "I||2|澄江邮政局旧址|澄江区解放路127号|1930年代|重点修缮|"
    );
    assert_read_keeps_text(Some("表3 重点修缮计划"), &ls, &r);
}

#[test]
fn a_line_of_a_block_stopped_after_an_enumeration_comma_goes_on_in_the_next() {
    // Row blocks; row 2's 实施主体 is `区城投公司、` / `街道办事处` and its 总投资 vanished.
    let src = "序号\n项目名称\n实施主体\n总投资（亿元）\n实施年限\n\n\
               1\n老街微更新项目\n区城投公司\n2.4\n2024—2025年\n\n\
               2\n既有住宅加装电梯项目\n区城投公司、\n街道办事处\n2024—2026年\n\n\
               3\n口袋公园建设项目\n区园林中心\n0.8\n2024年\n\n\
               4\n社区食堂建设项目\n街道办事处\n0.6\n2025年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[1],
        "I||2|既有住宅加装电梯项目|区城投公司、街道办事处||2024—2026年"
    );
    assert_read_keeps_text(Some("重点项目表"), &ls, &r);
}

#[test]
fn a_count_over_its_levels_in_two_row_blocks_and_a_row_without_one() {
    // Row blocks: `传统村落（个）` over `国家级` `省级` `市级`; 合计 first; 梅岭乡 has no 国家级
    // (the note says so): no category merged, the rows named by their 乡镇.
    let src = "乡镇\n传统村落（个）\n传统建筑（栋）\n县级以上非遗项目（项）\n\n国家级\n省级\n市级\n\n合计\n4\n6\n7\n1286\n23\n\n石桥镇\n2\n1\n2\n412\n7\n\n龙潭镇\n1\n2\n1\n338\n6\n\n梅岭乡\n2\n3\n301\n5\n\n云台乡\n1\n1\n1\n235\n5\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 传统村落分布情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "乡镇",
            "国家级",
            "省级",
            "市级",
            "传统建筑（栋）",
            "县级以上非遗项目（项）"
        ]
    );
    assert_eq!(t.column_groups[0].title, "传统村落（个）");
    assert_eq!(rows(t)[3], "I||梅岭乡||2|3|301|5");
    assert_eq!(rows(t).len(), 5);
    assert_read_keeps_text(Some("表1 传统村落分布情况"), &ls, &r);
}

#[test]
fn a_total_after_the_group_over_years_spans_both_header_rows() {
    // Row blocks: `乡镇` `危房改造任务（户）` `合计` over `2021年` … `2023年`: the total is no group.
    let src = "乡镇\n危房改造任务（户）\n合计\n\n2021年\n2022年\n2023年\n\n\
               全县\n104\n91\n80\n275\n\n城关镇\n36\n32\n28\n96\n\n\
               桃花坪镇\n68\n59\n52\n179\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 危房改造任务分解表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["乡镇", "2021年", "2022年", "2023年", "合计"]);
    assert_eq!(t.column_groups[0].title, "危房改造任务（户）");
    assert_eq!(rows(t)[1], "I||城关镇|36|32|28|96");
    assert_read_keeps_text(Some("表2 危房改造任务分解表"), &ls, &r);
}

#[test]
fn a_sub_row_short_of_its_last_cell_is_as_wide_as_the_table() {
    // `其中：…补建` has no number and no 资金来源: its last cell empty.
    let src = blank_cells(&[
        "序号",
        "项目",
        "2024年",
        "2025年",
        "2026年",
        "资金来源",
        "1",
        "消防站建设",
        "800",
        "1200",
        "600",
        "区财政",
        "其中：老旧小区室外消火栓补建",
        "120",
        "150",
        "120",
        "2",
        "消防水源建设",
        "300",
        "260",
        "240",
        "区财政、社会资本",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 资金安排")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[1], "I|||其中：老旧小区室外消火栓补建|120|150|120|");
    assert_read_keeps_text(Some("表2 资金安排"), &ls, &r);
}

#[test]
fn a_cell_of_sentences_over_lines_of_its_block_is_one_cell() {
    // Row blocks; row 1's 建设内容 is two sentences, one per line of the block.
    let src = "序号\n项目名称\n建设内容\n总投资\n建设年限\n牵头单位\n\n\
               1\n城区段防洪提标工程\n新建和加固堤防18.6公里，其中新建堤防6.2公里。\n改造穿堤涵闸23座，同步建设滨河生态护岸。\n12.60\n2021—2024年\n市水利局\n\n\
               2\n水库除险加固工程\n完成23座小型病险水库除险加固。\n4.30\n2021—2023年\n市水利局\n\n\
               3\n中心城区排水防涝能力提升工程\n改造雨水管网126公里，新建排涝泵站5座。\n治理易涝积水点42处。\n建设调蓄设施8处，总容积12万立方米。\n15.20\n2021—2025年\n市住房城乡建设局\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[0],
        "I||1|城区段防洪提标工程|新建和加固堤防18.6公里，其中新建堤防6.2公里。改造穿堤涵闸23座，同步建设滨河生态护岸。|12.60|2021—2024年|市水利局"
    );
    assert_read_keeps_text(Some("重点项目表"), &ls, &r);
}

#[test]
fn a_subtotal_under_a_merged_category_is_its_group_s() {
    // 区 merged before the number; each group closed by `小计`, the table by `合计`.
    let src = "区\n序号\n城中村名称\n改造方式\n涉及户数（户）\n用地面积（公顷）\n\n\
               桐东区\n1\n张家湾村\n拆除重建\n1240\n18.6\n\n2\n柳塘村\n综合整治\n860\n12.4\n\n\
               小计\n2100\n31.0\n\n\
               桐西区\n3\n石桥村\n拆除重建\n1580\n22.7\n\n4\n西河沿村\n综合整治\n640\n8.9\n\n\
               小计\n2220\n31.6\n\n合计\n4320\n62.6\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 城中村改造项目")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(got[2], "I|桐东区||小计|||2100|31.0", "{got:?}");
    assert_eq!(got[5], "I|桐西区||小计|||2220|31.6", "{got:?}");
    assert_eq!(got[6], "I||合计||||4320|62.6", "{got:?}");
    assert_read_keeps_text(Some("表2 城中村改造项目"), &ls, &r);
}

#[test]
fn rows_ending_at_their_attribute_place_their_values_by_kind_where_cells_vanished() {
    // A 类别 merged over its rows; the 累计 column filled in two rows only (bracketed), empty
    // and vanished elsewhere; row 4 also lost its 2020 value; `户` is row 3's unit, not the
    // name before it that holds the same character.
    let src = blank_cells(&[
        "类别",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "累计",
        "属性",
        "住房供应",
        "商品住房年度供应面积",
        "万平方米",
        "19.6",
        "16左右",
        "预期性",
        "新增保障性租赁住房",
        "套",
        "1620",
        "3000",
        "[12500]",
        "预期性",
        "住房保障",
        "公租房在保户数",
        "户",
        "2860",
        "3300",
        "约束性",
        "共有产权房年供应量",
        "套",
        "150",
        "预期性",
        "住房品质",
        "城镇老旧小区改造",
        "个",
        "41",
        "—",
        "[186]",
        "约束性",
        "注：[ ]内为累计数。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["类别", "指标", "单位", "2020年", "2025年", "累计", "属性"]
    );
    assert_eq!(
        rows(t),
        [
            "I|住房供应|住房供应|商品住房年度供应面积|万平方米|19.6|16左右||预期性",
            "I|住房供应||新增保障性租赁住房|套|1620|3000|[12500]|预期性",
            "I|住房保障|住房保障|公租房在保户数|户|2860|3300||约束性",
            "I|住房保障||共有产权房年供应量|套||150||预期性",
            "I|住房品质|住房品质|城镇老旧小区改造|个|41|—|[186]|约束性",
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_sub_row_written_as_a_block_among_cells_one_per_paragraph_is_split_into_its_cells() {
    // Cells one per paragraph, then rows in blocks; the `其中` sub-row's block has no number.
    let src = "类别\n\n序号\n\n指标名称\n\n单位\n\n2025年基期值\n\n2030年目标值\n\n属性\n\n\
               设施网络\n\n1\n\n轨道交通运营里程\n\n公里\n\n18.6\n\n约45\n\n预期性\n\n\
               运输服务\n2\n公共交通机动化出行分担率\n%\n41.5\n≥50\n预期性\n\n\
               其中：轨道交通客运量占公共交通比重\n%\n22.0\n35-40\n预期性\n\n\
               3\n中心城区公交站点500米覆盖率\n%\n93\n100\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I|设施网络|设施网络|1|轨道交通运营里程|公里|18.6|约45|预期性",
            "I|运输服务|运输服务|2|公共交通机动化出行分担率|%|41.5|≥50|预期性",
            "I|运输服务|||其中：轨道交通客运量占公共交通比重|%|22.0|35-40|预期性",
            "I|运输服务||3|中心城区公交站点500米覆盖率|%|93|100|约束性",
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn the_last_row_of_cells_one_per_paragraph_keeps_a_one_sentence_cell() {
    // A table of words, cells one per paragraph; the last row's task is one sentence on one
    // line, a paragraph of its own as every cell is: no text under the table.
    let src = blank_cells(&[
        "序号",
        "工作任务",
        "牵头单位",
        "配合单位",
        "1",
        "严格落实固定资产投资项目节能审查制度，\n坚决遏制高耗能项目盲目发展。",
        "区发展改革委",
        "区工业和信息化局、区生态环境局",
        "2",
        "组织实施重点行业节能降碳改造，\n推动能效达到标杆水平。",
        "区工业和信息化局",
        "区发展改革委、区财政局",
        "3",
        "建立区级碳排放统计核算体系，加强重点用能单位能耗在线监测。",
        "区发展改革委、区统计局",
        "区市场监管局、区生态环境局",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "重点任务分工表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2],
        "I||3|建立区级碳排放统计核算体系，加强重点用能单位能耗在线监测。|区发展改革委、区统计局|区市场监管局、区生态环境局"
    );
    assert_read_keeps_text(Some("重点任务分工表"), &ls, &r);
}

#[test]
fn a_row_block_whose_name_goes_on_past_a_blank_line_keeps_the_figure_after_it() {
    // Rows in blocks under a merged 类型; row 2's name is split over two paragraphs, its
    // place and area on the lines after the second part, then row 3 opens its own block.
    let src = "类型\n序号\n名称\n位置\n面积\n\n\
               郊野公园\n1\n北塘湿地郊野公园\n北塘镇北塘村\n120.0\n\n\
               城市公园\n2\n澜湖新城中央\n\n公园（二期）\n澜湖街道，新城大道以南\n12.6\n\n\
               3\n白沙河公园\n白沙河两岸，桥北街道\n8.3\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 公园一览")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I|郊野公园|郊野公园|1|北塘湿地郊野公园|北塘镇北塘村|120.0",
            "I|城市公园|城市公园|2|澜湖新城中央公园（二期）|澜湖街道，新城大道以南|12.6",
            "I|城市公园||3|白沙河公园|白沙河两岸，桥北街道|8.3",
        ]
    );
    assert_read_keeps_text(Some("表2 公园一览"), &ls, &r);
}

#[test]
fn a_subtotal_that_sums_up_in_words_stands_in_the_last_columns_under_its_group() {
    // Rows in blocks under a merged 类别; each group closes with `小计`, a summary in words
    // under 建设内容, `—` under 实施年限 and its sums; its 序号 vanished.
    let src = "类别\n序号\n项目名称\n建设内容\n实施年限\n总投资\n\n\
               旧住房成套改造\n1\n滨河新村旧住房成套改造\n拆除重建3.2万平方米\n2021—2023年\n48000\n\n\
               2\n东湖路街道小梁薄板房屋改造\n原址改建2.6万平方米\n2022—2025年\n39500\n\n\
               小计\n共2个项目，改造建筑面积5.8万平方米\n—\n87500\n\n\
               保障性租赁住房\n3\n鹭港新城租赁社区\n新建保障性租赁住房1800套\n2021—2024年\n126000\n\n\
               小计\n共1个项目\n—\n126000\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表3 重点项目")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I|旧住房成套改造|旧住房成套改造|1|滨河新村旧住房成套改造|拆除重建3.2万平方米|2021—2023年|48000",
            "I|旧住房成套改造||2|东湖路街道小梁薄板房屋改造|原址改建2.6万平方米|2022—2025年|39500",
            "I|旧住房成套改造|||小计|共2个项目，改造建筑面积5.8万平方米|—|87500",
            "I|保障性租赁住房|保障性租赁住房|3|鹭港新城租赁社区|新建保障性租赁住房1800套|2021—2024年|126000",
            "I|保障性租赁住房|||小计|共1个项目|—|126000",
        ]
    );
    assert_read_keeps_text(Some("表3 重点项目"), &ls, &r);
}

#[test]
fn a_table_of_words_under_an_estimate_column_is_read_with_its_total() {
    // `投资估算` names its column; a content cell over two lines; `合计` and its one figure.
    let src = blank_cells(&[
        "项目名称",
        "主要建设内容",
        "投资估算",
        "建设年限",
        "区智慧物业综合管理平台",
        "建设物业企业、项目经理、业委会、专项维修资金等基础数据库，实现与市级平台、区城运中心数据互通",
        "680",
        "2021—2022年",
        "住宅小区智能安防提升",
        "在120个老旧住宅小区加装人脸识别门禁、高空抛物监控和电动自行车智能充电设施",
        "1260",
        "2021—2024年",
        "物业服务“码上办”应用",
        "开发业主线上议事表决、\n物业费缴纳、报事报修等移动端功能",
        "320",
        "2022—2023年",
        "电梯和消防设施物联感知",
        "对高层住宅电梯、消防水泵、烟感等设施加装物联感知设备，接入区城运平台",
        "540",
        "2022—2025年",
        "合计",
        "2800",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 重点项目投资估算")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["项目名称", "主要建设内容", "投资估算", "建设年限"]
    );
    assert_eq!(
        rows(t)[2],
        "I||物业服务“码上办”应用|开发业主线上议事表决、物业费缴纳、报事报修等移动端功能|320|2022—2023年"
    );
    assert_eq!(rows(t)[4], "I||合计||2800|");
    assert_read_keeps_text(Some("表2 重点项目投资估算"), &ls, &r);
}

#[test]
fn a_sub_rows_note_inside_its_block_is_the_sub_rows_not_the_next_category() {
    // Rows in blocks under a merged 类别; the `其中` sub-row's block ends with its 备注, after
    // its attribute; row 2 opens its own block.
    let src = "类别\n序号\n指标名称\n单位\n2020年\n2025年\n属性\n备注\n\n\
               服务覆盖\n1\n住宅小区物业管理覆盖率\n%\n86.3\n≥95\n约束性\n含业主自行管理\n\n\
               其中：老旧小区覆盖率\n%\n61.5\n85左右\n预期性\n2000年底前建成的住宅小区\n\n\
               2\n物业服务企业数量\n家\n120\n150\n预期性\n\n\
               3\n物业项目经理持证率\n%\n72\n90\n预期性\n\n\
               服务质量\n4\n物业服务满意度\n分\n78\n85左右\n预期性\n第三方测评\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(
        got[1],
        "I|服务覆盖|||其中：老旧小区覆盖率|%|61.5|85左右|预期性|2000年底前建成的住宅小区"
    );
    assert_eq!(got[2], "I|服务覆盖||2|物业服务企业数量|家|120|150|预期性|");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_first_rows_name_broken_inside_its_brackets_is_one_cell() {
    // Rows in blocks under a merged 镇; the first row's 村 is broken inside its brackets, its
    // block a line longer than the header.
    let src = "镇\n村\n耕地面积\n永久基本农田面积\n建设年度\n\n\
               白沙镇\n沙洲村（含原\n芦荡村）\n6850\n6120\n2024—2025年\n\n\
               新塘村\n4210\n3860\n2025年\n\n\
               柳湾镇\n柳湾村\n5320\n4870\n2025年\n\n\
               北圩村\n4760\n4300\n2026—2027年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 建设安排表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I|白沙镇|白沙镇|沙洲村（含原芦荡村）|6850|6120|2024—2025年",
            "I|白沙镇||新塘村|4210|3860|2025年",
            "I|柳湾镇|柳湾镇|柳湾村|5320|4870|2025年",
            "I|柳湾镇||北圩村|4760|4300|2026—2027年",
        ]
    );
    assert_read_keeps_text(Some("表2 建设安排表"), &ls, &r);
}

#[test]
fn a_row_one_value_short_beside_a_rate_column_lacks_its_rate() {
    // 2020年 2025年 年均增速 属性, units inside the cells; the rate vanished in most rows (row
    // 2 writes `—` as its baseline), and the `其中` sub-row's too: each row's attribute under
    // 属性, the gap under the rate.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "2020年",
        "2025年",
        "年均增速（%）",
        "属性",
        "总量控制",
        "1",
        "地下水开采量",
        "0.42亿立方米",
        "0.35亿立方米",
        "-3.6",
        "约束性",
        "2",
        "万元地区生产总值用水量下降",
        "—",
        "[16%]",
        "约束性",
        "用水效率",
        "3",
        "规模以上工业用水重复利用率",
        "90.5%",
        "≥92%",
        "预期性",
        "其中：火电行业用水重复利用率",
        "96.2%",
        "97%左右",
        "预期性",
        "4",
        "非常规水源利用量",
        "0.36亿立方米",
        "0.62亿立方米",
        "11.5",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I|总量控制|总量控制|1|地下水开采量|0.42亿立方米|0.35亿立方米|-3.6|约束性",
            "I|总量控制||2|万元地区生产总值用水量下降|—|[16%]||约束性",
            "I|用水效率|用水效率|3|规模以上工业用水重复利用率|90.5%|≥92%||预期性",
            "I|用水效率|||其中：火电行业用水重复利用率|96.2%|97%左右||预期性",
            "I|用水效率||4|非常规水源利用量|0.36亿立方米|0.62亿立方米|11.5|预期性",
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn years_on_lines_of_one_header_paragraph_are_the_lower_row_of_the_header() {
    // Header cells one per paragraph, `2028年` / `2030年` on two lines of the last: the lower
    // row under `目标值`.
    let src = "序号\n\n类别\n\n指标名称\n\n单位\n\n基期值（2025年）\n\n目标值\n\n属性\n\n2028年\n2030年\n\n\
               1\n\n防洪安全\n\n区管河道堤防达标率\n\n%\n\n86.5\n\n92\n\n≥95\n\n约束性\n\n\
               2\n\n城区排涝能力达标面积占比\n\n%\n\n70\n\n80\n\n90\n\n约束性\n\n\
               3\n\n水环境\n\n河湖水质优良比例\n\n%\n\n75\n\n80\n\n85\n\n预期性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "类别",
            "指标名称",
            "单位",
            "基期值（2025年）",
            "2028年",
            "2030年",
            "属性"
        ]
    );
    assert_eq!(
        rows(t)[0],
        "I|防洪安全|1|防洪安全|区管河道堤防达标率|%|86.5|92|≥95|约束性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_header_in_two_blocks_over_rows_whose_category_opens_the_block_keeps_its_cells() {
    // The upper row in one block, `“十四五”目标` over `总量` `年均` in the next; each group's
    // first row opens its block with its category before its number.
    let src = "类别\n序号\n指标名称\n单位\n2020年\n“十四五”目标\n属性\n\n总量\n年均\n\n\
               旧区改造\n1\n成片二级旧里以下房屋改造受益居民\n万户\n0.92\n[1.2]\n0.24\n约束性\n\n\
               2\n零星二级旧里以下房屋改造\n万平方米\n2.1\n[8]\n1.6\n约束性\n\n\
               安置保障\n3\n旧改基地居民签约率\n%\n97.2\n≥95\n≥95\n预期性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "2020年",
            "总量",
            "年均",
            "属性"
        ]
    );
    assert_eq!(
        rows(t)[0],
        "I|旧区改造|旧区改造|1|成片二级旧里以下房屋改造受益居民|万户|0.92|[1.2]|0.24|约束性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_table_of_words_with_a_vanished_cell_and_a_total_places_the_gap_where_no_date_is_a_name() {
    // `起讫点` names its column; row 4 lost its 起讫点; row 3's 建设内容 is over two paragraphs;
    // `合计` `59.6` after the rows.
    let src = blank_cells(&[
        "名称",
        "起讫点",
        "长度（公里）",
        "建设内容",
        "完成时间",
        "通溪河滨水绿道（二期）",
        "北环路—溪北大桥",
        "9.6",
        "新建滨水步道和自行车道，设置驿站4处、无障碍坡道及夜间照明",
        "2027年",
        "滨江大道慢行通廊",
        "江湾路—青石港",
        "7.8",
        "拓宽人行道，增设物理隔离的非机动车道，改造沿线公交站台",
        "2028年",
        "临川路林荫慢行道",
        "溪北火车站—科创园南门",
        "5.4",
        "压缩机动车道宽度，新建双向非机动车道，",
        "补植行道树，形成连续林荫空间",
        "2026—2027年",
        "老城街巷慢行微更新",
        "12.3",
        "整治老城区32条街巷人行道，清理占道停车，打通慢行断点18处",
        "2026—2028年",
        "科创大道非机动车快速路",
        "溪北地铁站—桐湾高新区北区",
        "8.2",
        "建设连续独立路权的非机动车专用道，设置非机动车信号优先",
        "2029年",
        "镜湖公园环湖绿道",
        "环镜湖一周",
        "6.5",
        "新建环湖步道与骑行道，建设观景平台和休憩设施",
        "2028年",
        "北部新城慢行网络完善工程",
        "北环路—新城大道",
        "9.8",
        "新建、改造支路慢行设施，结合沿街界面整治建设口袋公园",
        "2030年",
        "合计",
        "59.6",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 慢行道建设重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["名称", "起讫点", "长度（公里）", "建设内容", "完成时间"]
    );
    let got = rows(t);
    assert_eq!(got.len(), 8);
    assert!(
        got[2].ends_with(
            "|5.4|压缩机动车道宽度，新建双向非机动车道，补植行道树，形成连续林荫空间|2026—2027年"
        ),
        "{}",
        got[2]
    );
    assert_eq!(
        got[3],
        "I||老城街巷慢行微更新||12.3|整治老城区32条街巷人行道，清理占道停车，打通慢行断点18处|2026—2028年"
    );
    assert_eq!(got[7], "I||合计||59.6||");
    assert_read_keeps_text(Some("表2 慢行道建设重点项目表"), &ls, &r);
}

#[test]
fn a_place_short_of_a_value_under_a_place_column_is_its_own_row_and_a_note_names_the_share() {
    // Rows in blocks under `街镇`, each its own place (no group): 滨江街道 lost its share, which
    // the note names without `其中：`; 溪口镇's name goes on in brackets on the next line.
    let src = "街镇\n工程数量\n建筑面积\n其中：平战结合利用面积\n人均人防面积（平方米）\n\n\
               临溪街道\n42\n17.2\n13.1\n1.76\n\n\
               望江街道\n35\n14.3\n10.6\n1.66\n\n\
               滨江街道\n19\n8.9\n1.75\n\n\
               溪口镇\n（含临溪经济开发区）\n41\n11.2\n7.9\n1.17\n\n\
               合计\n137\n51.6\n31.6\n1.35\n\n\
               注：1.滨江街道平战结合利用面积尚未单独统计，该栏空白。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 人民防空工程现状统计表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I||临溪街道|42|17.2|13.1|1.76",
            "I||望江街道|35|14.3|10.6|1.66",
            "I||滨江街道|19|8.9||1.75",
            "I||溪口镇（含临溪经济开发区）|41|11.2|7.9|1.17",
            "I||合计|137|51.6|31.6|1.35",
        ]
    );
    assert_read_keeps_text(Some("表2 人民防空工程现状统计表"), &ls, &r);
}

#[test]
fn a_row_without_its_attribute_leaves_the_attribute_empty_as_its_note_says() {
    // Rows in blocks under a merged 类别; row 3 lost its attribute (the note says so, naming
    // 属性), not its baseline.
    let src = "类别\n序号\n指标名称\n单位\n2020年\n2025年\n属性\n\n\
               水生态\n1\n年径流总量控制率\n%\n65\n75\n约束性\n\n\
               2\n天然水域面积保持程度\n%\n100\n100\n约束性\n\n\
               水资源\n3\n污水再生利用率\n%\n18.6\n≥25\n\n\
               注：1.第3项为新增指标，其属性待考核办法出台后确定，表中暂空。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[2], "I|水资源|水资源|3|污水再生利用率|%|18.6|≥25|");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_table_of_words_under_a_measures_name_and_a_unit_over_two_paragraphs_is_read() {
    // `面积` / `（平方公里）` one header cell; `年径流总量控制率` a column's name before `主要措施`;
    // two rows lost their 主要措施.
    let src = blank_cells(&[
        "分区名称",
        "面积",
        "（平方公里）",
        "年径流总量控制率",
        "主要措施",
        "筠江老城片区",
        "9.86",
        "≥70%",
        "结合老旧小区改造和城市更新，推进雨污分流改造、屋顶绿化和透水铺装，重点解决积水内涝问题",
        "滨江新城片区",
        "14.52",
        "≥80%",
        "新建项目全面落实海绵城市建设管控指标，同步建设绿色屋顶、下沉式绿地和雨水调蓄设施",
        "高铁枢纽片区",
        "11.30",
        "≥75%",
        "白沙洲片区",
        "3.5",
        "≥85%",
        "保护洲岛自然岸线和滩涂湿地，建设生态驳岸，限制大面积硬化",
        "城北产业片区",
        "18.75",
        "≥72%",
        "推进工业厂区雨水收集回用和初期雨水治理，\n严格控制地块硬化率",
        "月湖生态片区",
        "24.40",
        "≥85%",
        "以月湖湿地保护修复为核心，恢复自然水系连通，建设生态缓冲带",
        "东郊农业片区",
        "16.05",
        "≥85%",
        "南山丘陵片区",
        "9.62",
        "≥90%",
        "保护山体植被和自然冲沟，推进水土保持和山洪沟治理",
        "注：1.面积为陆域面积，以国土空间规划“一张图”为准。",
        "2.未列主要措施的片区，按照本规划第四章有关要求执行，待片区控制性详细规划批复后予以细化。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 管控分区指引")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "分区名称",
            "面积（平方公里）",
            "年径流总量控制率",
            "主要措施"
        ]
    );
    let got = rows(t);
    assert_eq!(got.len(), 8);
    assert_eq!(got[2], "I||高铁枢纽片区|11.30|≥75%|");
    assert_eq!(got[6], "I||东郊农业片区|16.05|≥85%|");
    assert_read_keeps_text(Some("表2 管控分区指引"), &ls, &r);
}

#[test]
fn a_rows_number_and_name_on_two_lines_of_one_paragraph_are_two_cells() {
    // Cells one per paragraph; row 2's number and name stand on consecutive lines.
    let src = "类别\n\n序号\n\n指标名称\n\n单位\n\n2025年\n\n2030年\n\n属性\n\n\
               商贸规模\n\n1\n\n社会消费品零售总额\n\n亿元\n\n586\n\n760\n\n预期性\n\n\
               2\n社会消费品零售总额年均增长率\n\n%\n\n4.8\n\n5.5左右\n\n预期性\n\n\
               3\n\n新增限额以上商贸企业数量\n\n家\n\n[312]\n\n[400]\n\n预期性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I|商贸规模|商贸规模|1|社会消费品零售总额|亿元|586|760|预期性",
            "I|商贸规模||2|社会消费品零售总额年均增长率|%|4.8|5.5左右|预期性",
            "I|商贸规模||3|新增限额以上商贸企业数量|家|[312]|[400]|预期性",
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn rows_in_blocks_under_a_merged_grade_leave_it_to_the_grades_first_row() {
    // `等级` merged: a block one line short is a row of the grade above.
    let src = "等级\n商圈名称\n功能定位\n\n\
               市级商圈\n汀江天街商圈\n以汀江天街为核心，重点发展品牌首店。打造标杆商圈。\n\n\
               滨江新城商圈（规划培育）\n依托滨江中央商务区，布局大型购物中心。建成新城商业增长极。\n\n\
               区级商圈\n梧桐路商圈\n以社区型购物中心为主，满足居民日常消费需求。\n\n\
               北站商圈\n依托鹭川北站交通枢纽，发展交通商业。服务北部产业片区。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 商圈规划一览表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[1],
        "I|市级商圈||滨江新城商圈（规划培育）|依托滨江中央商务区，布局大型购物中心。建成新城商业增长极。"
    );
    assert_eq!(
        rows(t)[3],
        "I|区级商圈||北站商圈|依托鹭川北站交通枢纽，发展交通商业。服务北部产业片区。"
    );
    assert_read_keeps_text(Some("表2 商圈规划一览表"), &ls, &r);
}

#[test]
fn a_note_naming_a_project_by_number_places_its_gap_under_the_scale() {
    // Rows 3 and 7 lost their 建设规模 (`项目3、项目7的建设规模待…后确定`); their places hold
    // figures too.
    let src = blank_cells(&[
        "序号",
        "项目名称",
        "建设地点",
        "建设规模",
        "主要建设内容",
        "总投资",
        "建设年限",
        "1",
        "柏溪体育中心改扩建工程",
        "柏溪街道体育路18号",
        "总建筑面积42000平方米",
        "改造体育场看台和400米标准田径场，新建游泳馆和全民健身综合馆，\n配套建设地下停车场和运动康复中心",
        "56000",
        "2026—2029年",
        "2",
        "北湖体育公园",
        "北湖新区湖滨路以东、翠屏路以北",
        "用地面积12.6公顷",
        "建设11人制足球场2片、篮球场8片、网球场6片，环湖健身步道5.2公里及服务驿站",
        "18500",
        "2026—2028年",
        "3",
        "云台镇全民健身中心",
        "云台镇云台大道南侧约20亩地块",
        "新建室内综合馆、25米标准游泳池和室外5人制足球场",
        "9800",
        "2027—2029年",
        "4",
        "滨江健身步道贯通工程",
        "滨江大道沿线（澜川大桥至柏溪港段）",
        "全长28公里",
        "贯通滨江健身步道，配建健身驿站6处、公共厕所和休憩设施",
        "6500",
        "2026—2030年",
        "5",
        "社区嵌入式体育设施建设项目",
        "全区8个街道、4个镇",
        "新建社区多功能运动场30片",
        "利用边角地、屋顶、桥下空间建设多功能运动场，更新健身路径120条",
        "4800",
        "2026—2030年",
        "6",
        "区青少年体育训练基地",
        "柏溪新城学府路与青溪路交叉口西北角",
        "5000平方米",
        "建设田径、游泳、击剑训练馆及运动员宿舍",
        "7200",
        "2027—2028年",
        "7",
        "城市体育服务综合体",
        "原澜川第二纺织厂厂区，占地3.8公顷",
        "利用旧厂房改造建设攀岩馆、室内冰场、电竞馆等新兴运动场馆",
        "15000",
        "2028—2030年",
        "8",
        "智慧体育平台及场馆智能化改造",
        "区体育中心及各街道、镇全民健身中心",
        "改造场馆16座",
        "建设柏溪智慧体育服务平台，场馆加装智能门禁、客流监测和能耗管理设备",
        "2300",
        "2026—2027年",
        "注：项目3、项目7的建设规模待项目可行性研究报告批复后确定。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "重点建设项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2],
        "I||3|云台镇全民健身中心|云台镇云台大道南侧约20亩地块||新建室内综合馆、25米标准游泳池和室外5人制足球场|9800|2027—2029年"
    );
    assert_read_keeps_text(Some("重点建设项目表"), &ls, &r);
}

#[test]
fn blocks_one_short_that_open_with_a_value_leave_their_first_column_to_the_block_above() {
    // `学段` names no category, but each whole block opens with words and each short one with
    // a value, as the column after it holds.
    let src = "学段\n办学规模（班）\n用地面积\n校舍建筑面积\n\n\
               小学\n24\n19500\n8700\n\n\
               36\n27200\n12600\n\n\
               初中\n24\n23800\n11400\n\n\
               36\n33500\n16900\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 面积控制指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I|小学|小学|24|19500|8700",
            "I|小学||36|27200|12600",
            "I|初中|初中|24|23800|11400",
            "I|初中||36|33500|16900",
        ]
    );
    assert_read_keeps_text(Some("表2 面积控制指标"), &ls, &r);
}

#[test]
fn rows_whose_remarks_mostly_vanished_open_at_a_name_followed_by_a_value() {
    // 备注 given for two plants of eight; units in brackets over two lines; `10` / `（远期20）`.
    let src = blank_cells(&[
        "水厂名称",
        "现状规模",
        "（万立方米/日）",
        "规划规模\n（万立方米/日）",
        "建设性质",
        "备注",
        "临溪第一水厂",
        "10",
        "10",
        "提标改造",
        "临溪第二水厂",
        "15",
        "25",
        "扩建",
        "东湖新区水厂",
        "—",
        "10",
        "（远期20）",
        "新建",
        "2028年建成通水",
        "城北水厂",
        "8",
        "8",
        "保留",
        "石门水厂",
        "3.5",
        "3.5",
        "提标改造",
        "白沙水厂",
        "2",
        "—",
        "关停",
        "2027年底前关停，供水区域并入临溪第二水厂管网",
        "马坪镇水厂",
        "0.8",
        "1.5",
        "扩建",
        "青峰乡水厂",
        "0.3",
        "0.5",
        "改造",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 水厂布局规划表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "水厂名称",
            "现状规模（万立方米/日）",
            "规划规模（万立方米/日）",
            "建设性质",
            "备注"
        ]
    );
    let got = rows(t);
    assert_eq!(got.len(), 8);
    assert_eq!(got[1], "I||临溪第二水厂|15|25|扩建|");
    assert_eq!(got[2], "I||东湖新区水厂|—|10（远期20）|新建|2028年建成通水");
    assert_read_keeps_text(Some("表2 水厂布局规划表"), &ls, &r);
}

#[test]
fn zones_of_a_table_of_words_with_ranges_over_two_paragraphs_are_its_rows() {
    // `重点照明区` under `分区` is a kind, no column's name; each 范围 is over two paragraphs,
    // one stopped after `、`.
    let src = blank_cells(&[
        "分区",
        "范围",
        "照明要求",
        "核心照明区",
        "榕川江枫林段两岸第一界面建筑及滨江绿地，中央商务区核心地块（东至望江路、西至枫林大道、南至滨江路、北至新华路），",
        "以及枫林广场、区文化艺术中心周边200米范围内的公共建筑和开放空间",
        "实施整体设计、统一控制，可适度采用动态照明和媒体立面；主体建筑立面平均亮度不超过25cd/㎡，重大节日模式可增加灯光演绎",
        "重点照明区",
        "枫林大道、望江路、学府路三条夜景廊道两侧第一界面，枫林老街历史文化街区，",
        "以及万象城、云锦里等市级和区级商业中心周边区域",
        "以静态照明为主，突出建筑轮廓和文化元素，色温宜控制在2700K—4000K；商业街区店招、橱窗照明应与建筑立面照明相协调",
        "一般照明区",
        "除核心照明区、重点照明区、限制照明区和暗天空保护区以外的城市建成区，主要包括居住社区、",
        "产业园区、一般道路沿线及社区公园等区域",
        "以功能照明为主，景观照明宜简洁适度，不宜设置大面积泛光照明和动态照明",
        "限制照明区",
        "医院、学校、养老机构、居住建筑集中区域及其周边50米范围，",
        "以及榕川江湿地公园外围缓冲带、枫山森林公园外围等生态敏感区域",
        "严格控制照明亮度和照射方向，禁止设置动态、彩色光和直射居住建筑窗户的投光灯；22:00后关闭装饰性照明",
        "暗天空保护区",
        "榕川江湿地公园核心区、枫山森林公园及南部农田生态保育区，远期划定总面积约6.2平方公里，",
        "其中近期先行划定湿地公园核心区和枫山森林公园约3.5平方公里",
        "原则上不设置景观照明，确需设置的功能照明应采用截光型灯具和低色温光源，严禁向上投光",
        "各类照明分区的具体边界由区绿化市容局会同区规划资源局在控制性详细规划中予以落实，并根据城市建设情况动态调整。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 照明分区管控要求")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["分区", "范围", "照明要求"]);
    let got = rows(t);
    assert_eq!(got.len(), 5);
    assert!(got[2].starts_with("I||一般照明区|除核心照明区、重点照明区、限制照明区和暗天空保护区以外的城市建成区，主要包括居住社区、产业园区"), "{}", got[2]);
    assert_read_keeps_text(Some("表2 照明分区管控要求"), &ls, &r);
}

#[test]
fn a_row_one_short_that_fits_only_with_its_own_category_opens_a_group() {
    // Rows in blocks under 项目类别 merged after the number; row 7 opens 智慧管控 and lost its
    // 投资估算 (the note says so): not a row of 节能改造 with a period under 投资估算.
    let src = "序号\n\
               项目类别\n\
               项目名称\n\
               建设内容\n\
               建设年限\n\
               投资估算\n\
               责任单位\n\
               \n\
               1\n\
               滨江夜景\n\
               滨江天际线照明提升工程\n\
               统一两岸32幢高层建筑顶部照明色温及控制模式\n\
               2024—2025\n\
               4800\n\
               区绿化市容局\n\
               \n\
               2\n\
               滨江步道及亲水平台照明改造\n\
               改造滨江步道照明4.6公里，新增低位灯具1800套\n\
               2024—2026\n\
               2600\n\
               区绿化市容局、区建设管理委\n\
               \n\
               3\n\
               枫林大桥、望江大桥景观照明提升\n\
               实施桥体结构照明改造，\n\
               同步更新桥梁照明控制系统\n\
               2025—2026\n\
               3200\n\
               区建设管理委\n\
               \n\
               4\n\
               商圈街区\n\
               万象城商圈夜景一体化提升\n\
               建筑立面、广场及连廊照明一体化设计改造\n\
               2024—2025\n\
               1500\n\
               枫林街道\n\
               \n\
               5\n\
               枫林老街夜游街区照明工程\n\
               老街主街及6条支巷照明改造，设置互动灯光装置\n\
               2024—2025\n\
               1200\n\
               区文化旅游局、枫林街道\n\
               \n\
               6\n\
               节能改造\n\
               老旧景观灯具LED更新\n\
               更新高耗能景观灯具约1.2万套\n\
               2024—2025\n\
               2100\n\
               区绿化市容局\n\
               \n\
               7\n\
               智慧管控\n\
               景观照明集中控制平台二期\n\
               新增接入点位760处，增加能耗监测和故障报警功能\n\
               2024—2025\n\
               区绿化市容局、区大数据中心\n\
               \n\
               8\n\
               暗天空保护区光环境监测\n\
               设置夜间光环境监测点12处\n\
               2025—2030\n\
               360\n\
               区绿化市容局、区生态环境局\n\
               \n\
               注：序号7项目投资纳入区“一网统管”建设项目统筹安排，表中未单独列示。";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(
        got[6],
        "I|智慧管控|7|智慧管控|景观照明集中控制平台二期|新增接入点位760处，增加能耗监测和故障报警功能|2024—2025||区绿化市容局、区大数据中心"
    );
    assert_eq!(
        got[7],
        "I|智慧管控|8||暗天空保护区光环境监测|设置夜间光环境监测点12处|2025—2030|360|区绿化市容局、区生态环境局"
    );
    assert_read_keeps_text(Some("重点项目表"), &ls, &r);
}

#[test]
fn a_name_over_two_paragraphs_before_a_rows_values_is_one_name() {
    // `非居住存量房屋` / `改建`, then its three values; a later row lost its 已供应房源.
    let src = blank_cells(&[
        "筹措方式",
        "筹措房源",
        "已供应房源",
        "占筹措总量比重（%）",
        "集中新建",
        "6820",
        "4150",
        "35.1",
        "非居住存量房屋",
        "改建",
        "8460",
        "6930",
        "43.5",
        "其中：园区厂房改建宿舍",
        "2310",
        "1980",
        "11.9",
        "存量住房盘活",
        "3240",
        "2875",
        "16.7",
        "安置房源转化",
        "920",
        "4.7",
        "合计",
        "19440",
        "13955",
        "100",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 筹措情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(got.len(), 6);
    assert_eq!(got[1], "I||非居住存量房屋改建|8460|6930|43.5");
    assert_eq!(got[5], "I||合计|19440|13955|100");
    assert_read_keeps_text(Some("表1 筹措情况"), &ls, &r);
}

#[test]
fn years_each_over_the_same_cells_are_groups_over_them() {
    // `区（县）`, then 2021年 … 2024年, each over `小区数` `户数`.
    let mut cells = vec!["区（县）", "2021年", "2022年", "2023年", "2024年"];
    cells.extend(["小区数", "户数"].repeat(4));
    cells.extend([
        "棠城区",
        "62",
        "9860",
        "71",
        "11240",
        "68",
        "10530",
        "55",
        "8470",
        "东湖区",
        "48",
        "7210",
        "52",
        "7630",
        "57",
        "8120",
        "47",
        "6900",
        "溪口县",
        "21",
        "2770",
        "31",
        "4500",
        "33",
        "4230",
        "27",
        "3400",
        "合计",
        "131",
        "19840",
        "154",
        "23370",
        "158",
        "22880",
        "129",
        "18770",
    ]);
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表3 分年度任务")), &ls).expect("a table");
    let t = &r.parsed.table;
    let mut columns = vec!["区（县）"];
    columns.extend(["小区数", "户数"].repeat(4));
    assert_eq!(t.columns, columns);
    let groups: Vec<(&str, usize, usize)> = t
        .column_groups
        .iter()
        .map(|g| (g.title.as_str(), g.first, g.span))
        .collect();
    assert_eq!(
        groups,
        [
            ("2021年", 1, 2),
            ("2022年", 3, 2),
            ("2023年", 5, 2),
            ("2024年", 7, 2)
        ]
    );
    assert_eq!(rows(t)[1], "I||东湖区|48|7210|52|7630|57|8120|47|6900");
    assert_eq!(t.rows.len(), 4);
    assert_read_keeps_text(Some("表3 分年度任务"), &ls, &r);
}

#[test]
fn a_row_of_a_kinds_group_that_lost_its_sentence_keeps_its_name_alone() {
    // 类别 merged (`基础类`, `提升类`); names as long as a description, every requirement a
    // sentence; `智慧安防和智慧物业` lost its requirement (the note says so).
    let src = blank_cells(&[
        "类别",
        "改造内容",
        "改造要求",
        "基础类",
        "供水、排水、供电、燃气等管线设施",
        "对老化、破损的供水管网进行改造，实施雨污分流。",
        "小区道路和建筑物公共部位",
        "修复破损路面，疏通消防通道。",
        "提升类",
        "社区养老、托育\n等服务设施",
        "利用小区及周边存量房屋建设嵌入式养老托育服务设施。",
        "智慧安防和智慧物业",
        "便民商业服务设施",
        "因地制宜补齐便利店、早餐店等便民网点。",
        "注：“智慧安防和智慧物业”改造要求另行制定。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 改造内容清单")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I|基础类|基础类|供水、排水、供电、燃气等管线设施|对老化、破损的供水管网进行改造，实施雨污分流。",
            "I|基础类||小区道路和建筑物公共部位|修复破损路面，疏通消防通道。",
            "I|提升类|提升类|社区养老、托育等服务设施|利用小区及周边存量房屋建设嵌入式养老托育服务设施。",
            "I|提升类||智慧安防和智慧物业|",
            "I|提升类||便民商业服务设施|因地制宜补齐便利店、早餐店等便民网点。",
        ]
    );
    assert_read_keeps_text(Some("表2 改造内容清单"), &ls, &r);
}

#[test]
fn a_period_in_a_rows_block_before_a_subtotal_is_the_rows_not_the_next_groups() {
    // Rows in blocks under a merged 街道 before the number; row 3's name is split over two
    // lines, so its block has a line more, its last a period; `小计` closes the group.
    let src = "街道\n序号\n项目名称\n建设类型\n新增泊位\n总投资\n建设年限\n\n\
               东湖街道\n1\n东湖公园地下公共停车库\n地下停车库\n420\n16800\n2021—2023年\n\n\
               2\n区人民医院停车楼\n机械式立体停车库\n360\n10800\n2022—2024年\n\n\
               3\n湖滨路临时公共停车场\n临时停车场\n150\n600\n2021年\n\n\
               4\n桂园新村、枫林苑等老旧小区\n停车挖潜改造\n挖潜改造\n380\n2280\n2021—2025年\n\n\
               小计\n1310\n30480\n\n\
               新桥街道\n5\n新桥轨道交通站停车楼\n机械式立体停车库\n760\n27600\n2022—2025年\n\n\
               6\n新桥体育中心地下停车库\n地下停车库\n410\n15400\n2023—2025年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 重点建设项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(
        got[3],
        "I|东湖街道||4|桂园新村、枫林苑等老旧小区停车挖潜改造|挖潜改造|380|2280|2021—2025年"
    );
    assert_eq!(got[4], "I|东湖街道||小计|||1310|30480|");
    assert_eq!(got.len(), 7);
    assert_read_keeps_text(Some("表2 重点建设项目表"), &ls, &r);
}

#[test]
fn a_header_cell_broken_over_two_paragraphs_joins_where_the_first_row_is_a_cell_narrower() {
    // Header cells one per paragraph, `2025年` / `目标` one cell; rows in blocks under a merged
    // 类别, their 备注 often vanished, so the rows agree on no width but the first row's block.
    let src = "类别\n\n序号\n\n指标名称\n\n单位\n\n2020年\n\n2025年\n\n目标\n\n属性\n\n备注\n\n\
               服务覆盖\n1\n住宅小区物业管理覆盖率\n%\n86.3\n≥95\n约束性\n含业主自行管理\n\n\
               其中：老旧小区覆盖率\n%\n61.5\n85左右\n预期性\n2000年底前建成\n\n\
               2\n物业服务企业数量\n家\n120\n150\n预期性\n\n\
               3\n物业项目经理持证率\n%\n72\n90\n预期性\n\n\
               服务质量\n4\n物业服务满意度\n分\n78\n85左右\n预期性\n\n\
               5\n物业费收缴率\n%\n88\n≥92\n预期性\n\n\
               6\n投诉办结率\n%\n93\n≥98\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "2020年",
            "2025年目标",
            "属性",
            "备注"
        ]
    );
    assert_eq!(
        rows(t)[0],
        "I|服务覆盖|服务覆盖|1|住宅小区物业管理覆盖率|%|86.3|≥95|约束性|含业主自行管理"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_row_whose_attribute_stands_in_place_keeps_its_category_when_its_remark_vanished() {
    // 序号 then 类别 merged; 备注 given for a few rows: row 1 writes its category and lost its
    // remark, its attribute where the columns put it.
    let src = "序号\n类别\n指标名称\n单位\n2025年基准值\n2030年目标值\n属性\n备注\n\n\
               1\n环境卫生\n生活垃圾回收利用率\n%\n45.2\n≥50\n约束性\n\n\
               2\n生活垃圾资源化利用率\n%\n100\n100\n约束性\n\n\
               3\n万人拥有公共厕所数量\n座/万人\n3.2\n3.5\n预期性\n按常住人口计算\n\n\
               4\n市容环境\n道路清扫保洁达标率\n%\n95\n≥98\n预期性\n\n\
               5\n户外广告设施规范设置率\n%\n90\n100\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(
        got[0],
        "I|环境卫生|1|环境卫生|生活垃圾回收利用率|%|45.2|≥50|约束性|"
    );
    assert_eq!(
        got[2],
        "I|环境卫生|3||万人拥有公共厕所数量|座/万人|3.2|3.5|预期性|按常住人口计算"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn the_last_rows_cell_over_two_lines_inside_it_is_joined_where_the_others_fit() {
    // Row blocks; the last row writes its address over two lines, `东市河与文庙街` / `交汇处`, and
    // its 保护类别 and 公布批次 each as the rows above write them.
    let src = "序号\n名称\n地址\n保护类别\n公布批次\n\n\
               1\n瑶川书院旧址\n文庙街18号\n区级文物保护单位\n第一批\n\n\
               2\n泊江天主堂\n泊江路56号\n区级文物保护单位\n第一批\n\n\
               3\n瑞丰钱庄旧址\n泊江路102号\n优秀历史建筑\n第二批\n\n\
               4\n沈家花园住宅\n梧桐里24号\n历史建筑\n第三批\n\n\
               5\n北门邮电局旧址\n北门大街67号\n保留历史建筑\n第四批\n\n\
               6\n东市石桥\n东市河与文庙街\n交汇处\n保留历史建筑\n第四批\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "历史风貌保护对象名录")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 6);
    assert_eq!(
        rows(t)[5],
        "I||6|东市石桥|东市河与文庙街交汇处|保留历史建筑|第四批"
    );
    assert_read_keeps_text(Some("历史风貌保护对象名录"), &ls, &r);
}

#[test]
fn two_header_cells_each_over_two_lines_are_joined_where_the_rows_lack_two_cells() {
    // Row blocks under a merged 学段: the header writes `2020年` / `基期值` and `2025年` /
    // `目标值`, nine lines over rows of seven cells.
    let src = "学段\n序号\n指标名称\n单位\n2020年\n基期值\n2025年\n目标值\n属性\n\n\
               学前教育\n1\n学前三年毛入园率\n%\n93.6\n≥96\n预期性\n\n\
               2\n普惠性幼儿园覆盖率\n%\n84.2\n≥90\n约束性\n\n\
               3\n公办幼儿园在园幼儿占比\n%\n46.8\n≥50\n约束性\n\n\
               义务教育\n4\n九年义务教育巩固率\n%\n97.5\n≥98\n约束性\n\n\
               5\n新增义务教育公办学位\n万个\n—\n[3.2]\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "学段",
            "序号",
            "指标名称",
            "单位",
            "2020年基期值",
            "2025年目标值",
            "属性"
        ]
    );
    assert_eq!(t.rows.len(), 5);
    assert_eq!(
        rows(t)[4],
        "I|义务教育||5|新增义务教育公办学位|万个|—|[3.2]|约束性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_rank_for_baseline_and_target_leaves_the_unit_empty_in_rows_without_numbers() {
    // No 序号: each row opens with its name; the rank's row writes no unit.
    let src = blank_cells(&[
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "市场主体总量",
        "万户",
        "8.6",
        "12",
        "预期性",
        "企业开办时间",
        "工作日",
        "1",
        "0.5",
        "预期性",
        "营商环境评价位次",
        "全市第6位",
        "全市前3位",
        "预期性",
        "新增减税降费规模",
        "亿元",
        "—",
        "[15]",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4);
    assert_eq!(
        rows(t)[2],
        "I||营商环境评价位次||全市第6位|全市前3位|预期性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_figure_before_the_next_number_is_the_rows_and_a_new_indicator_lacks_its_baseline() {
    // Under a merged 领域, no attribute column: row 2's name is over two paragraphs, so its
    // target `4.5` stands where a category could; row 3 is new and has no 2020 value.
    let src = blank_cells(&[
        "领域",
        "序号",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "儿童与教育",
        "1",
        "普惠性幼儿园在园幼儿占比",
        "%",
        "82.3",
        "≥85",
        "托育服务",
        "2",
        "每千人口拥有3岁以下婴幼儿",
        "托位数",
        "个",
        "1.9",
        "4.5",
        "3",
        "新增托位数",
        "个",
        "[2400]",
        "4",
        "社区托育服务点街镇覆盖率",
        "%",
        "37.5",
        "100",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(
        got[1],
        "I|托育服务|托育服务|2|每千人口拥有3岁以下婴幼儿托位数|个|1.9|4.5"
    );
    assert_eq!(got[2], "I|托育服务||3|新增托位数|个||[2400]");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_name_and_its_unit_on_two_lines_of_one_paragraph_are_a_cell_each() {
    // One cell per paragraph; row 2's blank line between its name and unit is missing. (A
    // bracketed unit on the second line stays in the name: `…比例` / `（%）`.)
    let src = "序号\n\n指标\n\n单位\n\n2020年\n\n2025年\n\n\
               1\n\n孕产妇死亡率\n\n1/10万\n\n8.6\n\n保持在10以下\n\n\
               2\n\n婴儿死亡率\n‰\n\n2.41\n\n保持在3以下\n\n\
               3\n\n5岁以下儿童贫血患病率\n\n%\n\n7.8\n\n<10\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[1], "I||2|婴儿死亡率|‰|2.41|保持在3以下");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_name_over_two_lines_in_a_row_block_of_a_group_is_no_category() {
    // Row blocks under a merged 街镇: the second row's name is over two lines, its block as
    // long as a group's first row.
    let src = "街镇\n机构名称\n建设方式\n托位数\n建成年份\n\n\
               柘塘街道\n柘塘区婴幼儿照护服务指导中心\n新建\n200\n2022\n\n\
               柘塘区妇幼保健院医育结合\n示范托育园\n改建\n90\n2022\n\n\
               柘塘街道东门社区托育服务点\n改建\n60\n2021\n\n\
               东湖街道\n东湖街道托育服务中心\n新建\n120\n2023\n\n\
               东湖科创园区职工托育园\n新建\n80\n2023\n\n\
               桐林镇\n桐林镇中心托育园\n新建\n150\n2024\n\n\
               金桥村普惠托育点\n改建\n30\n2023\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 托育机构建设项目")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(t.rows.len(), 7);
    assert_eq!(
        got[1],
        "I|柘塘街道||柘塘区妇幼保健院医育结合示范托育园|改建|90|2022"
    );
    assert_eq!(
        got[2],
        "I|柘塘街道||柘塘街道东门社区托育服务点|改建|60|2021"
    );
    assert_read_keeps_text(Some("表2 托育机构建设项目"), &ls, &r);
}

#[test]
fn a_water_class_is_a_value_never_a_unit() {
    // Row 2 has no unit: its baseline `IV类` is a class, not the unit its place holds.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "1",
        "细颗粒物年均浓度",
        "微克/立方米",
        "32",
        "≤30",
        "约束性",
        "2",
        "云渚江出境断面水质",
        "IV类",
        "达到III类",
        "约束性",
        "3",
        "地表水达到或好于III类水体比例",
        "%",
        "70",
        "≥80",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[1], "I||2|云渚江出境断面水质||IV类|达到III类|约束性");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_vanished_cell_of_a_table_of_words_goes_where_values_stand_under_values() {
    // One cell per paragraph, no number (the first row's 建设性质 over two lines): the fifth
    // row has no 所在河道, its flow `1.2` goes under 设计流量 and `改建` under 建设性质, not at
    // the end.
    let src = blank_cells(&[
        "泵站名称",
        "所在河道",
        "设计流量（立方米/秒）",
        "建设性质",
        "珂城泵站",
        "珂溪",
        "24",
        "拆除重建\n（原址扩容）",
        "横塘泵站",
        "横塘河",
        "15",
        "新建",
        "长泾港泵闸",
        "长泾港",
        "30",
        "新建",
        "青龙港泵站",
        "青龙港",
        "12.5",
        "扩建",
        "人民路下立交泵站",
        "1.2",
        "改建",
        "北界河泵站",
        "北界河",
        "6",
        "新建",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "排涝泵站建设项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 6);
    assert_eq!(rows(t)[4], "I||人民路下立交泵站||1.2|改建");
    assert_read_keeps_text(Some("排涝泵站建设项目表"), &ls, &r);
}

#[test]
fn a_target_in_words_with_a_letter_is_no_unit() {
    // Row 2 has no unit; its target `全部达到D级` holds a Latin letter but reads as a state.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "目标值",
        "属性",
        "1",
        "生产安全事故死亡人数",
        "%",
        "下降15%",
        "约束性",
        "2",
        "化工园区安全风险等级",
        "全部达到D级",
        "约束性",
        "3",
        "高危行业企业安全生产标准化达标率",
        "%",
        "100",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[1], "I||2|化工园区安全风险等级||全部达到D级|约束性");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn row_blocks_under_a_merged_first_column_read_a_row_two_short_and_a_cell_stopped_after_a_semicolon(
) {
    // Row blocks under a merged 街道: `粮食局家属院` lost its 建成年代 too; `丝绸厂生活区` writes
    // its 改造内容 over two lines, stopped after `；`, as many lines as a group's first row.
    let src = "街道\n小区名称\n建成年代\n改造内容\n\n\
               溪口街道\n纺织新村\n1985—1992年\n屋面防水、外墙修缮、雨污分流改造\n\n\
               油泵厂宿舍\n1980年代\n楼道整治、强弱电线路规整、加装电梯4部\n\n\
               解放路45号院\n1990年代\n二次供水设施改造、消防设施完善\n\n\
               城南街道\n南苑小区\n1993—1998年\n雨污分流改造、小区道路修复\n\n\
               粮食局家属院\n屋面防水、外墙保温、新建非机动车棚\n\n\
               丝绸厂生活区\n1988—1995年\n基础类：供水管网、供电线路改造；\n完善类：加装电梯6部\n\n\
               望江街道\n望江一村\n1970年代末\n拆除违法搭建、整修小区道路\n\n\
               望江二村\n1980年代\n屋面平改坡、楼道整治\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "老旧小区改造项目清单")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(t.rows.len(), 8);
    assert_eq!(
        got[4],
        "I|城南街道||粮食局家属院||屋面防水、外墙保温、新建非机动车棚"
    );
    assert_eq!(
        got[5],
        "I|城南街道||丝绸厂生活区|1988—1995年|基础类：供水管网、供电线路改造；完善类：加装电梯6部"
    );
    assert_read_keeps_text(Some("老旧小区改造项目清单"), &ls, &r);
}

#[test]
fn a_rate_with_its_percent_sign_is_a_value_where_the_unit_vanished() {
    // Row 2 has no unit: its baseline `93.5%` writes the rate's sign itself.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "指标性质",
        "1",
        "每千人口中医类别执业医师数",
        "人",
        "0.48",
        "0.55",
        "预期性",
        "2",
        "社区卫生服务中心中医馆设置",
        "93.5%",
        "实现全覆盖",
        "约束性",
        "3",
        "二级以上中医医院设置治未病科比例",
        "%",
        "80",
        "100",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[1],
        "I||2|社区卫生服务中心中医馆设置||93.5%|实现全覆盖|约束性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_row_that_writes_its_own_category_before_its_name_and_unit_lacks_a_value() {
    // 类别 merged after the number; row 3 opens a group and has no 2020 value.
    let src = "序号\n类别\n指标\n单位\n2020年\n2025年\n属性\n\n\
               1\n市容环境\n城市道路机械化清扫率\n%\n88\n≥95\n预期性\n\n\
               2\n生活垃圾回收利用率\n%\n32.6\n38.5左右\n约束性\n\n\
               3\n执法服务\n城市管理综合评价得分\n分\n达到全市平均水平以上\n预期性\n\n\
               4\n市民对城市管理满意度\n%\n86.2\n90以上\n预期性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let got = rows(t);
    assert_eq!(
        got[2],
        "I|执法服务|3|执法服务|城市管理综合评价得分|分||达到全市平均水平以上|预期性"
    );
    assert_eq!(
        got[3],
        "I|执法服务|4||市民对城市管理满意度|%|86.2|90以上|预期性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn an_amount_with_a_remark_in_brackets_stays_under_its_column() {
    // Row blocks; row 3's 总投资 writes a remark after its amount, on a line of its own.
    let src = "序号\n项目名称\n建设内容\n总投资\n建设年限\n\n\
               1\n青溪区环卫综合基地\n新建环卫车辆停保场、作业人员休息用房及车辆清洗设施，占地1.2公顷\n8600\n2021—2023年\n\n\
               2\n城市道路提升改造工程\n实施青溪大道、人民路等12条道路路面及人行道改造\n15200\n2021—2025年\n\n\
               3\n智慧城管平台二期工程\n建设智能视频识别、环卫作业监管、市政设施感知等系统\n3500\n（含市级补助1200万元）\n2022—2023年\n\n\
               4\n公共厕所新建改造工程\n新建改造公共厕所120座\n4800\n2021—2025年\n\n\
               5\n老城区排水管网改造工程\n改造雨污管网85.6公里，消除易涝积水点12处\n21000\n2021—2025年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2],
        "I||3|智慧城管平台二期工程|建设智能视频识别、环卫作业监管、市政设施感知等系统|3500（含市级补助1200万元）|2022—2023年"
    );
    assert_read_keeps_text(Some("重点项目表"), &ls, &r);
}

#[test]
fn a_schedule_by_year_names_its_tasks_and_a_start_opens_after_the_empty_years() {
    // 序号 任务 then years: 任务 is the rows' names, not a merged category; row 2 starts in
    // 2022 (its 2021 cell vanished), row 3 has steps to 2023 only.
    let src = blank_cells(&[
        "序号",
        "任务",
        "2021年",
        "2022年",
        "2023年",
        "2024年",
        "2025年",
        "1",
        "临溪区全民健身中心建设",
        "完成选址",
        "开工建设",
        "续建",
        "完成",
        "—",
        "2",
        "锦屏体育公园二期",
        "启动建设",
        "续建",
        "完成",
        "—",
        "3",
        "社区多功能运动场",
        "新建8个",
        "新建8个",
        "新建8个",
        "新建8个",
        "新建8个",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 年度实施计划")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 3);
    assert_eq!(rows(t)[1], "I||2|锦屏体育公园二期||启动建设|续建|完成|—");
    assert_read_keeps_text(Some("表2 年度实施计划"), &ls, &r);
}

#[test]
fn a_sub_row_one_short_before_its_attribute_lacks_its_baseline() {
    // Row blocks, 类别 before the number; the `其中` sub-row has no 2020 value: `[40]` is its
    // target.
    let src = "类别\n序号\n指标名称\n单位\n2020年\n2025年\n属性\n\n\
               全民健身\n1\n经常参加体育锻炼人数比例\n%\n42.5\n≥46\n预期性\n\n\
               2\n城乡居民达到《国民体质测定标准》合格以上人数比例\n%\n91.8\n高于全市平均水平\n约束性\n\n\
               3\n每千人拥有社会体育指导员数\n人\n2.6\n3.5\n约束性\n\n\
               4\n“15分钟健身圈”覆盖率\n%\n85\n100\n约束性\n\n\
               场地设施\n5\n人均体育场地面积\n平方米\n2.12\n2.6\n约束性\n\n\
               6\n新建改建体育场地设施面积\n万平方米\n—\n[30]\n预期性\n\n\
               其中：社区多功能运动场\n个\n[40]\n预期性\n\n\
               7\n学校体育场地设施向社会开放率\n%\n62\n≥90\n约束性\n\n\
               竞技体育\n8\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let sub = rows(t)
        .into_iter()
        .find(|r| r.contains("其中："))
        .expect("the sub-row");
    assert_eq!(sub, "I|场地设施|||其中：社区多功能运动场|个||[40]|预期性");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_sub_row_one_short_before_its_attribute_lacks_its_baseline_before_an_interim_year() {
    // 2020年 2023年 2025年: the `其中` sub-row with two values lacks its baseline, not its
    // final target (`≥15`); a row with a rate of growth after its years is not so read.
    let src = "类别\n序号\n指标名称\n单位\n2020年\n2023年\n2025年\n属性\n\n\
               住房供应\n1\n新增保障性租赁住房\n万套（间）\n—\n[1.8]\n[3.2]\n预期性\n\n\
               2\n新增公共租赁住房\n万套\n[0.21]\n[0.12]\n[0.3]\n预期性\n\n\
               3\n新增共有产权保障住房\n万套\n[0.46]\n[0.2]\n[0.5]\n预期性\n\n\
               合计\n万套（间）\n[0.67]\n[2.12]\n[4.0]\n预期性\n\n\
               保障覆盖\n4\n新增保障性住房占新增住房\n供应总量比例\n%\n28\n35\n≥40\n预期性\n\n\
               5\n城镇住房保障受益覆盖率\n%\n20.3\n21.8\n23左右\n预期性\n\n\
               其中：新市民、青年人受益覆盖率\n%\n12.5\n≥15\n预期性\n\n\
               6\n公共租赁住房租赁补贴发放户数\n千户/年\n1.2\n1.4\n≥1.5\n预期性\n\n\
               管理服务\n7\n公共租赁住房准入审核办结时限\n工作日\n30\n20\n≤15\n约束性\n\n\
               8\n保障性租赁住房平均租金水平\n元/平方米·月\n—\n7.9\n8.5左右\n预期性\n\n\
               9\n住房保障服务群众满意度\n%\n86.3\n89.5\n高于全市平均水平\n预期性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let sub = rows(t)
        .into_iter()
        .find(|r| r.contains("其中："))
        .expect("the sub-row");
    assert_eq!(
        sub,
        "I|保障覆盖|||其中：新市民、青年人受益覆盖率|%||12.5|≥15|预期性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
    // 2020年 2025年 年均增长（%） 属性: the sub-row lacks its rate of growth.
    let src = "序号\n指标\n\n\
               单位\n\n\
               2020年\n\n\
               2025年\n\n\
               年均增长（%）\n\n\
               属性\n\n\
               1\n\n\
               金融业增加值\n\n\
               亿元\n\n\
               286.4\n\n\
               460\n\n\
               10左右\n\n\
               预期性\n\n\
               2\n\n\
               本外币存款余额\n\n\
               亿元\n\n\
               4120\n\n\
               6050\n\n\
               8\n\n\
               预期性\n\n\
               3\n\n\
               本外币贷款余额\n\n\
               亿元\n\n\
               3380\n\n\
               5200\n\n\
               9\n\n\
               预期性\n\n\
               其中：制造业中长期贷款余额\n\n\
               亿元\n\n\
               215\n\n\
               480\n\n\
               预期性\n\n\
               4\n\n\
               新增境内外上市企业\n\n\
               家\n\n\
               [9]\n\n\
               [15]\n\n\
               —\n\n\
               预期性\n\n\
               5\n\n\
               绿色贷款余额占各项贷款\n比重\n\n\
               %\n\n\
               5.5\n\n\
               ≥10\n\n\
               —\n\n\
               预期性\n\n\
               6\n\n\
               保险深度\n\n\
               %\n\n\
               3.5\n\n\
               达到全国平均水平\n\n\
               预期性\n\n\
               7\n\n\
               金融科技产业规模\n\n\
               亿元\n\n\
               420\n\n\
               形成千亿级产业集群\n\n\
               预期性\n\n\
               8\n\n\
               银行业不良贷款率\n\n\
               %\n\n\
               1.32\n\n\
               ≤1.5\n\n\
               —\n\n\
               约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let sub = rows(&r.parsed.table)
        .into_iter()
        .find(|r| r.contains("其中："))
        .expect("the sub-row");
    assert_eq!(sub, "I|||其中：制造业中长期贷款余额|亿元|215|480||预期性");
}

#[test]
fn rows_in_blocks_read_by_their_blocks_with_a_unit_in_brackets_under_a_header_cell() {
    // `面积` / `（平方公里）`, glued as one cell, leaves the header a block of one cell per line
    // all the same; the first column merged over two sub-zones.
    let src = "分区名称\n子分区\n面积\n（平方公里）\n年径流总量控制率目标\n主要措施\n\n\
               老城排水分区\n老城东片\n11.6\n70%\n以老旧小区改造和雨污分流改造为重点，同步实施屋面雨水断接和透水铺装改造，整治中山路、解放街等易涝积水点\n\n\
               老城西片\n9.2\n72%\n结合棚户区改造和背街小巷整治，建设雨水花园和地下调蓄池，提升老城区雨水管网排放标准\n\n\
               河西新区排水分区\n科创园片\n17.8\n80%\n新建项目全面落实海绵城市管控要求，构建“绿色屋顶+下沉式绿地+雨水湿地”源头控制体系\n\n\
               滨江片\n14.5\n80%\n保护涔水河滨江湿地，建设滨水生态缓冲带，新建道路同步建设生物滞留带\n\n\
               城北排水分区\n工业园片\n20.3\n75%\n推进工业企业初期雨水收集处理，建设雨水调蓄池和再生水回用设施\n\n\
               高铁新城片\n15.6\n78%\n高标准规划建设海绵型道路和公共建筑，预留雨水行泄通道和调蓄空间\n\n\
               南湖排水分区\n南湖片\n12.1\n85%\n以生态保护修复为主，严格控制开发强度，恢复南湖湖滨带和入湖沟渠生态功能\n\n\
               凤鸣山片\n9.7\n85%\n保护山体汇水区自然下垫面，建设截洪沟和山洪调蓄设施，防止客水进城\n\n\
               注：1.表中面积为各子分区规划建设用地面积，合计110.8平方公里。\n2.年径流总量控制率70%、75%、80%、85%对应的设计降雨量分别为19.8毫米、23.6毫米、28.4毫米、34.5毫米。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 中心城区排水分区")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "分区名称",
            "子分区",
            "面积（平方公里）",
            "年径流总量控制率目标",
            "主要措施"
        ]
    );
    let rs = rows(t);
    assert_eq!(rs.len(), 8);
    assert!(rs[0].starts_with("I|老城排水分区|老城排水分区|老城东片|11.6|70%|"));
    assert!(rs[7].starts_with("I|南湖排水分区||凤鸣山片|9.7|85%|"));
    assert_eq!(t.notes.len(), 2);
    assert_read_keeps_text(Some("表2 中心城区排水分区"), &ls, &r);
}

#[test]
fn a_ratio_is_never_a_unit_and_a_value_in_words_may_go_over_two_lines() {
    // Row 3 `1:21` `1:18`: its unit vanished, not its baseline; row 10 `元` `6850` `达到全省` /
    // `平均水平`: the value in words over two lines, not the name with the unit.
    let src = "序号\n指标\n单位\n2020年\n2025年\n属性\n\n\
               1\n中等职业学校在校生规模\n万人\n3.6\n≥4.0\n预期性\n\n\
               2\n高等职业院校在校生规模\n万人\n4.2\n≥5.5\n预期性\n\n\
               3\n中等职业学校师生比\n1:21\n1:18\n约束性\n\n\
               4\n“双师型”教师占专业课教师比例\n%\n52\n≥60\n约束性\n\n\
               5\n职业院校办学条件达标率\n%\n82\n100\n约束性\n\n\
               6\n职业本科专业点\n个\n—\n≥3\n预期性\n\n\
               7\n产教融合型企业数量\n家\n12\n≥50\n预期性\n\n\
               8\n职业院校开展职业技能培训\n万人次\n8.5\n[60]\n预期性\n\n\
               其中：面向企业职工培训\n万人次\n5.1\n[35]\n预期性\n\n\
               9\n高职毕业生本地就业率\n%\n58\n65左右\n预期性\n\n\
               10\n职业院校生均教学仪器设备值\n元\n6850\n达到全省\n平均水平\n约束性\n\n\
               注：1.[ ]内为“十四五”五年累计数。\n\n\
               2.师生比为专任教师数与在校生数之比。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let rs = rows(&r.parsed.table);
    assert!(
        rs.contains(&"I||3|中等职业学校师生比||1:21|1:18|约束性".to_string()),
        "{rs:?}"
    );
    assert!(
        rs.contains(
            &"I||10|职业院校生均教学仪器设备值|元|6850|达到全省平均水平|约束性".to_string()
        ),
        "{rs:?}"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn one_body_fits_a_column_of_one_body_rather_than_one_that_mostly_lists_several() {
    // 牵头单位 names one body a row, 配合单位 mostly lists several: the last row's one body
    // `区青年工作联席会议办公室` is its lead, its 配合单位 vanished as rows 3, 8 and 10's.
    let src = "序号\n工作任务\n牵头单位\n配合单位\n\n\
               1\n实施高校毕业生就业促进计划，每年开发见习岗位不少于400个\n区人力资源社会保障局\n区教育局、团区委、区国资委\n\n\
               2\n建设“望海青创汇”青年创业孵化基地\n团区委\n区科技局、区财政局\n\n\
               3\n开展新就业形态青年劳动权益保障试点\n区总工会\n\n\
               4\n建立青年就业失业动态监测机制\n区人力资源社会保障局\n区统计局\n\n\
               5\n新增筹集保障性租赁住房1.2万套，优先面向新就业青年\n区住房保障局\n区发展改革委、区规划资源局、\n区财政局、各街道办事处\n\n\
               6\n落实新就业高校毕业生租房补贴政策\n区住房保障局\n区财政局、区人力资源社会保障局\n\n\
               7\n开展住房租赁中介机构专项整治\n区住房保障局\n区市场监管局、区公安分局\n\n\
               8\n新建青年之家20个\n团区委\n\n\
               9\n举办“海风青年文化季”系列活动\n区文化旅游局\n团区委、区融媒体中心\n\n\
               10\n实施青年文艺人才培育计划\n区文联\n\n\
               11\n开展“望海有缘”青年婚恋交友服务\n团区委\n区妇联、区民政局\n\n\
               12\n开展规划实施年度监测和中期评估\n区青年工作联席会议办公室\n\n\
               附件2：名词解释\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "重点任务分工表")), &ls).expect("a table");
    let rs = rows(&r.parsed.table);
    assert_eq!(
        rs.last().map(String::as_str),
        Some("I||12|开展规划实施年度监测和中期评估|区青年工作联席会议办公室|")
    );
    assert_eq!(rs[2], "I||3|开展新就业形态青年劳动权益保障试点|区总工会|");
    assert_read_keeps_text(Some("重点任务分工表"), &ls, &r);
}

#[test]
fn rows_in_blocks_whose_first_block_is_one_over_take_the_size_most_blocks_have() {
    // The first row's last cell over two lines (`岚州市人民政府、` / `中国机械工业联合会`): its
    // block one over the header's four, as most blocks are; a block one short lost its 规模.
    let src = "展会名称\n举办时间\n规模（万平方米）\n主办单位\n\n\
               中国（岚州）国际装备制造业博览会\n每年5月\n12\n岚州市人民政府、\n中国机械工业联合会\n\n\
               岚州国际茶产业博览会\n每年5月\n6\n岚州市农业农村局、岚州市贸促会\n\n\
               中国（岚州）新能源汽车及零部件博览会\n两年一届\n8\n岚州市工业和信息化局、中国汽车工业协会\n\n\
               岚州国际陶瓷艺术博览会\n两年一届\n5\n岚州市文化广电旅游局\n\n\
               岚州通用航空产业博览会\n两年一届\n岚州市发展和改革委员会、岚州航空产业园管委会\n\n\
               岚州数字经济博览会\n两年一届\n3.5\n岚州市工业和信息化局、岚州市大数据中心\n\n\
               岚州国际汽车展览会\n每年5月\n10\n岚州会展集团有限公司\n\n\
               岚州国际家居建材博览会\n两年一届\n6\n岚州市家居建材商会\n\n\
               注：规模为单届展览面积。岚州通用航空产业博览会为“十四五”期间新创办展会，规模待首届举办后确定。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点培育展会一览表")), &ls).expect("a table");
    let rs = rows(&r.parsed.table);
    assert_eq!(rs.len(), 8);
    assert_eq!(
        rs[0],
        "I||中国（岚州）国际装备制造业博览会|每年5月|12|岚州市人民政府、中国机械工业联合会"
    );
    assert_eq!(
        rs[4],
        "I||岚州通用航空产业博览会|两年一届||岚州市发展和改革委员会、岚州航空产业园管委会"
    );
    assert_read_keeps_text(Some("重点培育展会一览表"), &ls, &r);
}

#[test]
fn rows_of_a_name_words_a_measure_and_words_after_it() {
    // 园区名称 所在区县 占地面积（亩） 功能定位: a measure, then a column of words again; a
    // 功能定位 over two paragraphs parted by a `；` is one cell.
    let src = "园区名称\n\n\
               所在区县\n\n\
               占地面积（亩）\n\n\
               功能定位\n\n\
               澄川空港快递物流园\n\n\
               临江区\n\n\
               1200\n\n\
               区域性快递分拨中心和航空快件集散基地\n\n\
               澄川电商快递产业园\n\n\
               东湖区\n\n\
               860\n\n\
               电商仓配一体化、快递企业区域总部集聚区\n\n\
               澄北冷链快递物流园\n\n\
               澄北区\n\n\
               650\n\n\
               冷链快递分拨、农产品上行集散；\n\n\
               生鲜电商前置仓配套服务\n\n\
               安平县电商快递物流园\n\n\
               安平县\n\n\
               约420\n\n\
               县域快递共同配送、电商快件集中分拣\n\n\
               清溪快递产业园\n\n\
               清溪县\n\n\
               380\n\n\
               茶叶、中药材等特色农产品寄递服务基地\n\n\
               注：占地面积为规划用地面积，含已建成部分。\n\n\
               ";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 快递物流园区布局")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["园区名称", "所在区县", "占地面积（亩）", "功能定位"]
    );
    let rs = rows(t);
    assert_eq!(rs.len(), 5);
    assert_eq!(
        rs[2],
        "I||澄北冷链快递物流园|澄北区|650|冷链快递分拨、农产品上行集散；生鲜电商前置仓配套服务"
    );
    assert_eq!(
        rs[3],
        "I||安平县电商快递物流园|安平县|约420|县域快递共同配送、电商快件集中分拣"
    );
    assert_read_keeps_text(Some("表2 快递物流园区布局"), &ls, &r);
    // A last cell that ends as the column's cells above do (`扩建` after `新建`) is the row's,
    // not the next row's name: the next row lacks its 所在河道.
    let src = "泵站名称\n\n\
               所在河道\n\n\
               设计流量\n（立方米/秒）\n\n\
               建设性质\n\n\
               珂城泵站\n\n\
               珂溪\n\n\
               24\n\n\
               拆除重建\n（原址扩容）\n\n\
               横塘泵站\n\n\
               横塘河\n\n\
               15\n\n\
               新建\n\n\
               长泾港泵闸\n\n\
               长泾港\n\n\
               30\n\n\
               新建\n\n\
               青龙港泵站\n\n\
               青龙港\n\n\
               12.5\n\n\
               扩建\n\n\
               人民路下立交泵站\n\n\
               1.2\n\n\
               改建\n\n\
               北界河泵站\n\n\
               北界河\n\n\
               6\n\n\
               新建\n\n\
               注：人民路下立交泵站为道路积水抽排泵站，出水接入市政雨水管网，不涉及河道。\n\n\
               ";
    let ls = lines(src);
    let r = read("t4", Some((0, "排涝泵站建设项目表")), &ls).expect("a table");
    let rs = rows(&r.parsed.table);
    assert!(
        rs.contains(&"I||青龙港泵站|青龙港|12.5|扩建".to_string()),
        "{rs:?}"
    );
    assert!(
        rs.contains(&"I||人民路下立交泵站||1.2|改建".to_string()),
        "{rs:?}"
    );
}

#[test]
fn a_header_block_as_wide_as_the_rows_leaves_the_first_rows_name_over_two_lines() {
    // Row blocks ending at their attribute: the header block's five cells, then the first
    // row's name over two lines, not a sixth header cell.
    let src = "指标\n单位\n2020年\n2025年\n属性\n\n\
               县镇村三级退役军人服务中心（站）\n规范化建设达标率\n%\n82\n100\n约束性\n\n\
               退役军人适应性培训参训率\n%\n86.5\n≥95\n预期性\n\n\
               退役军人职业技能培训人数\n人次\n[1860]\n[2500]\n预期性\n\n\
               其中：取得职业技能等级证书人数\n人次\n—\n[1200]\n预期性\n\n\
               退役军人就业率\n%\n91.3\n93左右\n预期性\n\n\
               重点优抚对象抚恤补助标准\n—\n不低于全市平均水平\n约束性\n\n\
               每千名退役军人配备专职服务人员数\n人\n3.5\n5\n预期性\n\n\
               烈士纪念设施集中管护率\n%\n76\n100\n约束性\n\n\
               注：1.带[]的数值为五年累计数，2020年栏为“十三五”时期累计数。\n2.重点优抚对象抚恤补助标准不设计量单位，2020年栏以“—”表示。\n\n\
               第三章 健全退役军人服务保障体系\n\n\
               第一节 推进服务中心（站）提质增效\n\n\
               ";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["指标", "单位", "2020年", "2025年", "属性"]);
    assert_eq!(
        rows(t)[0],
        "I||县镇村三级退役军人服务中心（站）规范化建设达标率|%|82|100|约束性"
    );
    // Under a merged 类别, `总投资` is the first value's column, not one of words between the
    // name and the values: five columns, 建设年限 the last.
    let src = "单位：万元\n\n\
               类别\n\n\
               项目名称\n\n\
               建设内容\n\n\
               总投资\n\n\
               建设年限\n\n\
               服务设施\n\n\
               县退役军人服务中心改造提升\n\n\
               改造办公服务用房1200平方米，配套建设信息化服务平台\n\n\
               680\n\n\
               2021—2022年\n\n\
               镇（街道）退役军人服务站标准化改造\n\n\
               改造14个镇（街道）服务站，每站服务用房不少于80平方米\n\n\
               420\n\n\
               2021—2023年\n\n\
               褒扬纪念\n\n\
               桐岚县烈士陵园提升改造\n\n\
               改造纪念广场，更新烈士纪念馆展陈，修缮烈士墓区\n\n\
               2600\n\n\
               2022—2024年\n\n\
               零散烈士纪念设施集中迁建\n\n\
               将散葬在各镇的烈士墓集中迁入县烈士陵园，\n对无法迁移的纪念设施实行就地保护\n\n\
               960\n\n\
               2021—2025年\n\n\
               就业创业\n\n\
               退役军人就业创业孵化基地\n\n\
               建设孵化场地3000平方米，入驻退役军人创业实体30家以上\n\n\
               1300\n\n\
               2022—2025年\n\n\
               退役军人技能实训基地\n\n\
               依托县职业教育中心改造实训车间2个\n\n\
               380\n\n\
               2023—2024年\n\n\
               注：项目投资额以最终批复为准。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 重点项目")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["类别", "项目名称", "建设内容", "总投资", "建设年限"]
    );
    assert_eq!(t.rows.len(), 6, "{:?}", rows(t));
}

#[test]
fn header_cells_split_into_paragraphs_year_over_values_and_indicator_over_attribute() {
    // Eleven header paragraphs over rows of six cells under a merged 类别: `2025年` / `基期值`,
    // `淞湄区` / `“十五五”` / `目标值` and `指标` / `属性` are one column each.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "2025年",
        "基期值",
        "淞湄区",
        "“十五五”",
        "目标值",
        "指标",
        "属性",
        "妇女与健康",
        "1",
        "女性人均预期寿命",
        "岁",
        "87.9",
        "≥88.5",
        "预期性",
        "2",
        "孕产妇死亡率",
        "1/10万",
        "2.86",
        "＜6",
        "约束性",
        "3",
        "适龄妇女宫颈癌和乳腺癌",
        "筛查覆盖率",
        "%",
        "85.6",
        "≥90",
        "预期性",
        "妇女与发展",
        "4",
        "女性就业人员占全部就业人员比例",
        "%",
        "45.2",
        "保持在45以上",
        "预期性",
        "5",
        "居委会成员中女性比例",
        "%",
        "71.3",
        "保持在50以上",
        "预期性",
        "6",
        "新建“妇女微家”数量",
        "个",
        "—",
        "[60]",
        "预期性",
        "注：“—”表示尚无统计数据。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "2025年基期值",
            "淞湄区“十五五”目标值",
            "指标属性"
        ]
    );
    assert_eq!(
        rows(t)[2],
        "I|妇女与健康||3|适龄妇女宫颈癌和乳腺癌筛查覆盖率|%|85.6|≥90|预期性"
    );
    assert_eq!(t.rows.len(), 6, "{:?}", rows(t));
}

#[test]
fn a_name_over_two_lines_where_a_merged_category_would_stand_stops_mid_phrase() {
    // Row blocks under a merged 类别 after 序号: row 5's block is as long as a group's first
    // row, but its first line stops on `的`, which no category ends with: a name over two lines.
    let src = "序号\n类别\n指标名称\n单位\n属性\n2020年\n2025年\n目标值\n\n\
               1\n创新投入\n全社会研发经费投入强度\n%\n预期性\n2.12\n2.8\n\n\
               2\n财政科技支出占一般公共预算支出比重\n%\n约束性\n3.1\n≥4.5\n\n\
               3\n创新主体\n高新技术企业数\n家\n预期性\n786\n1600\n\n\
               4\n入库科技型中小企业数\n家\n预期性\n1120\n2500\n\n\
               5\n规模以上工业企业中有研发机构的\n企业占比\n%\n预期性\n36.5\n50\n\n\
               6\n创新平台\n新增省级以上科技创新平台\n个\n预期性\n—\n[60]\n\n\
               7\n新型研发机构数\n家\n预期性\n18\n40\n\n\
               注：1.[ ]内数值为累计数。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "类别",
            "指标名称",
            "单位",
            "属性",
            "2020年",
            "2025年目标值"
        ]
    );
    assert_eq!(
        rows(t)[4],
        "I|创新主体|5||规模以上工业企业中有研发机构的企业占比|%|预期性|36.5|50"
    );
    assert_eq!(t.rows.len(), 7, "{:?}", rows(t));
}

#[test]
fn a_vanished_cell_goes_where_the_columns_sum_to_the_total_row() {
    // Row 8 lacks its 修复面积: `1200` could be either number; only under 估算投资 do both
    // columns sum to the 合计 row (12339.5 and 91000).
    let src = blank_cells(&[
        "序号",
        "工程名称",
        "实施地点",
        "主要建设内容",
        "修复面积（公顷）",
        "估算投资（万元）",
        "实施年限",
        "1",
        "北部山区水源涵养林建设与森林质量精准提升工程",
        "云台镇、龙溪乡、高坪乡",
        "营造水源涵养林1200公顷，实施退化林修复和森林抚育2600公顷",
        "3800",
        "9600",
        "2021—2025年",
        "2",
        "中部丘陵水土流失综合治理工程",
        "青龙镇、石门乡、平阳镇",
        "实施坡改梯、经济林地水土保持和小流域综合治理，治理水土流失面积48平方公里",
        "4800",
        "14400",
        "2021—2025年",
        "3",
        "历史遗留矿山生态修复工程",
        "青龙镇、石门乡、云台镇",
        "消除矿山地质安全隐患，实施地形重塑、土地复垦和植被重建",
        "386.5",
        "11200",
        "2021—2025年",
        "4",
        "岫江及主要支流河湖生态修复工程",
        "城关镇、河口镇、青龙镇、石门乡",
        "修复生态岸线46公里，清淤疏浚河道31公里，\n恢复河滨湿地和滩涂植被",
        "215",
        "16800",
        "2022—2025年",
        "5",
        "白鹭湖湿地保护与修复工程",
        "白鹭湖乡",
        "退养还湖、退耕还湿，恢复湿地植被和越冬候鸟栖息地",
        "320",
        "5600",
        "2021—2024年",
        "6",
        "全域土地综合整治试点工程",
        "河口镇、平阳镇",
        "农用地整理、建设用地复垦和乡村生态保护修复，新增耕地420公顷",
        "2650",
        "23500",
        "2021—2025年",
        "7",
        "城区山体水体生态修复工程",
        "城关镇",
        "修复凤凰山、笔架山受损山体，推进水系连通和口袋公园、绿道建设",
        "168",
        "8700",
        "2022—2025年",
        "8",
        "国土空间生态修复监测监管平台建设",
        "全县",
        "建设生态修复项目库、遥感监测和成效评估系统",
        "1200",
        "2022—2023年",
        "合计",
        "12339.5",
        "91000",
        "注：序号8为能力建设项目，不计修复面积。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 重点工程表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "8").cells,
        [
            "国土空间生态修复监测监管平台建设",
            "全县",
            "建设生态修复项目库、遥感监测和成效评估系统",
            "",
            "1200",
            "2022—2023年"
        ]
    );
    assert!(
        r.parsed
            .warnings
            .iter()
            .any(|(_, m)| m.contains("row 8:") && m.contains("sum to the total row")),
        "{:?}",
        r.parsed.warnings
    );
}

#[test]
fn a_sub_row_closes_a_group_before_the_next_group_row() {
    // Group rows of one cell (`一、储备能力`) over rows numbered on across them; the `其中` row
    // after row 3 is the last of its group, before `二、调运保障`.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2020年现状值",
        "2025年目标值",
        "指标属性",
        "一、储备能力",
        "1",
        "市级生活类救灾物资储备品种",
        "类",
        "9",
        "≥13",
        "预期性",
        "2",
        "全市生活类救灾物资储备可保障人数",
        "万人",
        "5",
        "12",
        "约束性",
        "其中：市级储备可保障人数",
        "万人",
        "2",
        "5",
        "约束性",
        "3",
        "乡镇（街道）应急物资储备点覆盖率",
        "%",
        "62",
        "100",
        "约束性",
        "其中：洪涝和地质灾害高风险村（社区）储备点覆盖率",
        "%",
        "35",
        "≥90",
        "预期性",
        "二、调运保障",
        "4",
        "重要应急物资调运到达时间",
        "小时",
        "24",
        "12",
        "预期性",
        "5",
        "应急物资运输车辆储备",
        "辆",
        "40",
        "≥80",
        "预期性",
        "注：1.[ ]内为累计数。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let items: Vec<String> = rows(t).into_iter().filter(|r| r.starts_with('I')).collect();
    assert_eq!(items.len(), 7, "{:?}", rows(t));
    assert_eq!(
        items[4],
        "I|||其中：洪涝和地质灾害高风险村（社区）储备点覆盖率|%|35|≥90|预期性"
    );
}

#[test]
fn a_sub_row_after_the_last_row_with_a_placeholder_baseline() {
    // The last row `12` and its `其中` sub-row, both with `—` as their baseline and a
    // cumulative target, then the notes.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "2020年\n基数",
        "2025年目标",
        "属性",
        "1",
        "常住人口年度终身学习参与率",
        "%",
        "55",
        "≥65",
        "预期性",
        "2",
        "老年教育办学点",
        "个",
        "277",
        "320",
        "预期性",
        "其中：养教结合学习点",
        "个",
        "46",
        "80",
        "预期性",
        "3",
        "新增市民终身学习体验基地",
        "个",
        "—",
        "[12]",
        "预期性",
        "4",
        "老年人智能技术运用培训",
        "万人次",
        "—",
        "[15]",
        "预期性",
        "其中：线下“手把手”培训",
        "万人次",
        "—",
        "[6]",
        "预期性",
        "注：1.[ ]内数值为“十四五”期间累计数；“—”表示该指标2020年无统计基数。",
        "2.第8项为比例关系，无计量单位。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 6, "{:?}", rows(t));
    assert_eq!(rows(t)[5], "I|||其中：线下“手把手”培训|万人次|—|[6]|预期性");
}

#[test]
fn a_header_cell_over_two_lines_before_its_unit_in_row_blocks() {
    // The header block has six lines for rows of five cells: `养教结合` / `学习点（个）` is one
    // column, the others each with its unit in brackets.
    let src = "街道（镇）\n社区学校（所）\n老年学校（所）\n居（村）委学习点（个）\n养教结合\n学习点（个）\n\n\
               澄湖街道\n1\n1\n32\n6\n\n\
               望湖路街道\n1\n1\n28\n5\n\n\
               枫林街道\n1\n1\n35\n7\n\n\
               滨江新城街道\n1\n18\n2\n\n\
               东沙镇\n1\n1\n46\n7\n\n\
               合计\n5\n4\n159\n27\n\n\
               注：滨江新城街道老年学校与街道社区学校合署办学，“老年学校”栏空白。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 分布情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "街道（镇）",
            "社区学校（所）",
            "老年学校（所）",
            "居（村）委学习点（个）",
            "养教结合学习点（个）"
        ]
    );
    assert_eq!(t.rows.len(), 6, "{:?}", rows(t));
    assert_eq!(row_named(t, "滨江新城街道").cells, ["1", "", "18", "2"]);
}

#[test]
fn a_cell_that_ends_as_its_column_is_never_joined_to_the_next() {
    // Rows in blocks under a merged 街道（镇）: `后塘村城中村改造项目` / `城中村` is a name and
    // its 改造类型, though `城中村` is unlike the 棚户区 above: the name ends as every name above
    // (`…项目`), so it is whole, and the row, six lines for six columns, has no cell split and
    // no gap.
    let src = "街道（镇）\n序号\n项目名称\n改造类型\n涉及户数\n建筑面积\n总投资\n\n\
               东湖街道\n1\n东湖片区棚户区改造项目\n棚户区\n1260\n14.8\n24.6\n\n\
               2\n老电厂职工住宅区改造项目\n棚户区\n420\n4.6\n7.9\n\n\
               3\n后塘村城中村改造项目\n城中村\n980\n12.2\n18.5\n\n\
               西岭街道\n4\n西岭片区棚户区改造项目\n棚户区\n860\n10.1\n16.3\n\n\
               5\n岭下村城中村改造项目\n城中村\n540\n8.1\n11.4\n\n\
               注：建筑面积单位为万平方米，总投资单位为亿元。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 改造项目")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2],
        "I|东湖街道||3|后塘村城中村改造项目|城中村|980|12.2|18.5"
    );
    assert_eq!(
        rows(t)[4],
        "I|西岭街道||5|岭下村城中村改造项目|城中村|540|8.1|11.4"
    );
}

#[test]
fn a_row_under_a_merged_place_lacks_a_later_value_not_its_kind() {
    // `雁湖县康复医院` `专科医院` `100`: a new hospital without its beds of 2020 (the note says
    // so); `河口镇` after it opens the next place's rows, no value of the row before.
    let src = blank_cells(&[
        "乡镇",
        "机构名称",
        "机构类别",
        "2020年床位数（张）",
        "2025年规划床位数（张）",
        "城关镇",
        "雁湖县人民医院",
        "综合医院",
        "520",
        "620",
        "雁湖县中医医院",
        "中医医院",
        "260",
        "320",
        "柳塘镇",
        "柳塘镇中心卫生院",
        "基层医疗卫生机构",
        "70",
        "80",
        "雁湖县康复医院",
        "专科医院",
        "100",
        "河口镇",
        "河口镇卫生院",
        "基层医疗卫生机构",
        "45",
        "50",
        "白沙乡",
        "白沙乡卫生院",
        "基层医疗卫生机构",
        "30",
        "35",
        "合计",
        "925",
        "1205",
        "注：1.雁湖县康复医院为新建机构，2020年无床位。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 床位配置")), &ls).expect("a table");
    let t = &r.parsed.table;
    let kangfu = t
        .rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c == "雁湖县康复医院"))
        .expect("the row");
    assert_eq!(kangfu.cells, ["雁湖县康复医院", "专科医院", "", "100"]);
    assert_eq!(kangfu.group.as_deref(), Some("柳塘镇"));
    assert!(t.rows.iter().any(|r| r.name == "河口镇"), "{:?}", rows(t));
}

#[test]
fn the_names_column_and_a_periods_values_on_two_lines_are_two_columns() {
    // `指标` / `“十四五”目标` on two lines of the header's first paragraph, as web pages leave
    // the first two header cells: two columns, as the rows of three cells say.
    let src = blank_cells(&[
        "指标\n“十四五”目标",
        "完成情况",
        "中心城区雨水排水能力达3～5年一遇面积占比",
        "35%1",
        "45.6%2",
        "海绵城市建设达标面积占建成区比例",
        "40%",
        "43.2%3",
        "河湖水面率",
        "4.15%",
        "4.18%",
        "注： 1、“十四五”目标值系按经验公式法评估口径确定。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "“十四五”规划主要指标完成情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["指标", "“十四五”目标", "完成情况"]);
    assert_eq!(rows(t)[2], "I||河湖水面率|4.15%|4.18%");
}

#[test]
fn a_row_under_a_merged_place_lacks_its_last_value_by_the_sums_and_a_count_totals_the_names() {
    // `城北应急备用水厂` `新建` `10000` lacks its 受益人口 (the note says so): only with
    // `10000` under 设计规模 do both columns sum to `合计`; the total's `10处` counts the 水厂.
    let src = blank_cells(&[
        "乡镇",
        "水厂名称",
        "建设性质",
        "设计规模（吨/日）",
        "受益人口（万人）",
        "城关镇",
        "县城第二水厂",
        "扩建",
        "30000",
        "6.20",
        "城北应急备用水厂",
        "新建",
        "10000",
        "溪口镇",
        "溪口水厂",
        "改扩建",
        "8000",
        "3.15",
        "茶陵坪水厂",
        "新建",
        "3000",
        "1.26",
        "麻田镇",
        "麻田水厂",
        "改扩建",
        "6000",
        "2.48",
        "合计",
        "5处",
        "57000",
        "13.09",
        "注：1.城北应急备用水厂为应急备用水源工程，不单独计算受益人口。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 供水工程布局")), &ls).expect("a table");
    let t = &r.parsed.table;
    let plant = t
        .rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c == "城北应急备用水厂"))
        .expect("the row");
    assert_eq!(plant.cells, ["城北应急备用水厂", "新建", "10000", ""]);
    assert_eq!(row_named(t, "合计").cells, ["5处", "", "57000", "13.09"]);
}

#[test]
fn rows_with_the_attribute_before_the_names_a_sub_row_and_figures_last() {
    // 类别 (merged) 序号 属性 指标 单位 目标: the `其中` sub-row opens with its attribute;
    // `[150]` and `[1200]，具备…` (a target over two paragraphs) end their rows, no category
    // of the next.
    let src = blank_cells(&[
        "类别",
        "序号",
        "属性",
        "指标",
        "单位",
        "目标",
        "成套改造",
        "1",
        "约束性",
        "不成套职工住宅改造",
        "个",
        "[20]",
        "2",
        "约束性",
        "旧住房成套改造面积",
        "万平方米",
        "[38]",
        "约束性",
        "其中：拆除重建面积",
        "万平方米",
        "[12]",
        "加装电梯",
        "3",
        "预期性",
        "既有多层住宅加装电梯",
        "台",
        "[1200]，",
        "具备条件的住宅楼做到“愿装尽装、能装尽装”",
        "4",
        "预期性",
        "加装电梯竣工验收后投入使用率",
        "%",
        "≥98",
        "长效治理",
        "5",
        "预期性",
        "低质低价小区物业服务费调价",
        "个",
        "[150]",
        "6",
        "预期性",
        "“美好家园”长效管理达标率",
        "%",
        "2027年底前达到70%",
        "注：1.[ ]内数值为累计数。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let all = rows(t);
    assert_eq!(all.len(), 7, "{all:?}");
    assert_eq!(
        all[2],
        "I|成套改造|||约束性|其中：拆除重建面积|万平方米|[12]"
    );
    assert_eq!(
        all[3],
        "I|加装电梯|加装电梯|3|预期性|既有多层住宅加装电梯|台|[1200]，具备条件的住宅楼做到“愿装尽装、能装尽装”"
    );
    assert_eq!(
        all[5],
        "I|长效治理|长效治理|5|预期性|低质低价小区物业服务费调价|个|[150]"
    );
    assert_eq!(
        all[6],
        "I|长效治理||6|预期性|“美好家园”长效管理达标率|%|2027年底前达到70%"
    );
}

#[test]
fn a_new_category_whose_name_opens_the_rows_name_is_no_split_cell() {
    // Under a merged 项目类别, `公共厕所` opens its group and `公共厕所新建改建工程` is the
    // row's name: a category and a name of its kind, not one name over two paragraphs.
    let src = blank_cells(&[
        "序号",
        "项目类别",
        "项目名称",
        "建设内容",
        "建设年限",
        "总投资",
        "1",
        "垃圾处理设施",
        "临湾区湿垃圾资源化处理厂扩能工程",
        "新增湿垃圾处理能力200吨/日，\n配套建设沼气利用和除臭设施",
        "2026—2028年",
        "38600",
        "2",
        "临湾区建筑垃圾资源化利用中心",
        "建设装修垃圾和拆房垃圾分拣、破碎生产线，年处理能力60万吨",
        "2027—2029年",
        "24500",
        "3",
        "环卫转运设施",
        "滨江生活垃圾中转站改造工程",
        "实施压缩工艺升级和全封闭改造，中转能力提升至600吨/日",
        "2026—2027年",
        "9800",
        "4",
        "小压站新建及改造工程",
        "新建小压站4座、改造提升10座",
        "2026—2030年",
        "5200",
        "5",
        "公共厕所",
        "公共厕所新建改建工程",
        "新建改建公共厕所80座，同步配置第三卫生间和母婴室",
        "2026—2030年",
        "12000",
        "6",
        "环卫作业保障",
        "环卫工人休息点建设工程",
        "新建改建环卫工人休息点35处",
        "2026—2030年",
        "3500",
        "注：项目投资以批复为准。",
    ]);
    let ls = lines(&src);
    let r = read("t3", Some((0, "附表1 重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "5").cells,
        [
            "公共厕所",
            "公共厕所新建改建工程",
            "新建改建公共厕所80座，同步配置第三卫生间和母婴室",
            "2026—2030年",
            "12000"
        ]
    );
}

#[test]
fn a_row_one_short_under_a_merged_category_with_a_name_over_two_paragraphs() {
    // Row 5 opens 建筑垃圾利用 with a name of its own (not one name with the category); row 6
    // lacks its category (merged) and its 投运年份 (the note says so) and has its name over two
    // paragraphs: as many pieces as a row without its category, but read so its place would
    // stand under 设计处理能力 and its figure under 建设性质.
    let src = blank_cells(&[
        "序号",
        "类别",
        "设施名称",
        "所在街镇",
        "设计处理能力\n(吨/日)",
        "建设性质",
        "投运年份",
        "1",
        "焚烧处置",
        "泖湾再生能源利用中心一期",
        "湾口镇",
        "1500",
        "现状保留",
        "2019年",
        "2",
        "泖湾再生能源利用中心二期",
        "湾口镇",
        "1000",
        "新建",
        "2028年",
        "3",
        "湿垃圾处理",
        "泖湾湿垃圾资源化处理厂",
        "湾口镇",
        "1200",
        "扩建",
        "2027年",
        "4",
        "北部湿垃圾处理站",
        "北塘镇",
        "100",
        "现状保留",
        "2022年",
        "5",
        "建筑垃圾利用",
        "石湖建筑垃圾资源化利用中心",
        "石湖镇",
        "1600",
        "现状保留",
        "2021年",
        "6",
        "青禾装修垃圾和拆房垃圾",
        "资源化利用中心",
        "青禾镇",
        "800",
        "新建",
        "7",
        "危险废物处置",
        "泖湾危险废物焚烧处置中心",
        "湾口镇",
        "100",
        "提标改造",
        "2027年",
        "8",
        "泖湾医疗废物集中处置中心",
        "湾口镇",
        "40",
        "扩建",
        "2026年",
        "注：青禾装修垃圾和拆房垃圾资源化利用中心的投运年份另行确定，表中暂未列明。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 设施规划一览表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "5").cells,
        [
            "建筑垃圾利用",
            "石湖建筑垃圾资源化利用中心",
            "石湖镇",
            "1600",
            "现状保留",
            "2021年"
        ]
    );
    assert_eq!(
        row_named(t, "6").cells,
        [
            "",
            "青禾装修垃圾和拆房垃圾资源化利用中心",
            "青禾镇",
            "800",
            "新建",
            ""
        ]
    );
    assert_eq!(row_named(t, "6").group.as_deref(), Some("建筑垃圾利用"));
}

#[test]
fn a_body_list_is_never_the_end_of_the_cell_before_it() {
    // Row blocks under a merged 服务领域: rows 4 and 5 open new fields, and row 5's 牵头单位
    // lists two bodies (`市生态环境局、市水利局`), unlike the one body of the rows above: still
    // its own cell, not the end of its 主要内容.
    let src = "序号\n服务领域\n项目名称\n主要内容\n牵头单位\n\n\
               1\n关爱老人\n“银龄相伴”为老志愿服务\n组织志愿者结对空巢、独居、失能老人，开展助餐、助洁、助医和精神慰藉服务\n市民政局\n\n\
               2\n“时间银行”互助养老\n在城区30个社区试点志愿服务时间储蓄，低龄老人服务时长可兑换养老服务\n市民政局\n\n\
               3\n关爱未成年人\n“护苗成长”志愿服务\n开展课后托管、心理辅导和假期陪伴，重点关爱农村留守儿童和困境儿童\n团市委\n\n\
               4\n文明交通\n“文明交通 你我同行”志愿服务\n在主要路口、公交站点开展文明交通劝导，纠正闯红灯、乱穿马路等不文明行为\n市公安局\n\n\
               5\n生态环保\n“绿水沅宁”护河志愿服务\n组建民间河长和护河志愿服务队伍，开展河道巡查、垃圾清理和节水护水宣传\n市生态环境局、市水利局\n\n\
               6\n文化惠民\n“文化沅宁”文艺志愿服务\n组织文艺志愿者开展送戏下乡、公益培训和群众文艺辅导\n市文化和旅游局\n\n\
               注：各项目由牵头单位会同有关部门组织实施。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 品牌项目一览表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "4").cells[..2],
        ["文明交通", "“文明交通 你我同行”志愿服务"]
    );
    assert_eq!(
        row_named(t, "5").cells,
        [
            "生态环保",
            "“绿水沅宁”护河志愿服务",
            "组建民间河长和护河志愿服务队伍，开展河道巡查、垃圾清理和节水护水宣传",
            "市生态环境局、市水利局"
        ]
    );
}

#[test]
fn a_vanished_cell_moves_where_every_column_sums_to_the_total_row() {
    // Row 7 lacks its 节水型居民小区 (the note says so); read first with its 小计 missing, the
    // numbers after the gap shift over once every column must sum to the 合计 row.
    let src = "序号\n县（区）\n节水型企业\n节水型公共机构\n节水型居民小区\n节水型学校\n小计\n\n\
               1\n湍城区\n12\n86\n40\n30\n168\n\n\
               2\n北湖区\n8\n64\n32\n24\n128\n\n\
               3\n新港区\n15\n52\n26\n18\n111\n\n\
               4\n云阳县\n6\n48\n12\n20\n86\n\n\
               5\n石溪县\n5\n40\n8\n15\n68\n\n\
               6\n龙渡县\n4\n38\n6\n12\n60\n\n\
               7\n临湍高新技术产业开发区\n18\n5\n3\n26\n\n\
               合计\n68\n333\n124\n122\n647\n\n\
               注：临湍高新技术产业开发区不承担节水型居民小区创建任务。\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "节水载体建设任务分解表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "7").cells,
        ["临湍高新技术产业开发区", "18", "5", "", "3", "26"]
    );
    assert!(
        r.parsed
            .warnings
            .iter()
            .any(|(_, m)| m.contains("row 7:") && m.contains("every column sum")),
        "{:?}",
        r.parsed.warnings
    );
}

#[test]
fn a_name_over_two_paragraphs_longer_than_the_categories_where_a_category_would_stand() {
    // Under a merged 类别 after 序号 (four characters each), row 11's `街镇认知障碍友好社区` /
    // `建设覆盖率` is one name: far longer than a category, its second part shorter than any
    // name and the end of a measure's.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标",
        "单位",
        "2025年",
        "2030年",
        "属性",
        "1",
        "设施供给",
        "养老床位总数",
        "张",
        "8640",
        "≥9800",
        "约束性",
        "2",
        "新增养老床位",
        "张",
        "—",
        "[1200]",
        "预期性",
        "3",
        "居家社区",
        "社区长者食堂和助餐点",
        "个",
        "118",
        "≥160",
        "预期性",
        "4",
        "家庭照护床位",
        "张",
        "350",
        "≥800",
        "预期性",
        "5",
        "医养康养",
        "养老机构医养结合服务覆盖率",
        "%",
        "100",
        "100",
        "约束性",
        "6",
        "街镇认知障碍友好社区",
        "建设覆盖率",
        "%",
        "/",
        "100",
        "预期性",
        "注：“/”表示2025年尚无统计。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[5],
        "I|医养康养|6||街镇认知障碍友好社区建设覆盖率|%|/|100|预期性"
    );
}

#[test]
fn a_periods_plan_over_what_it_adds_is_one_header_cell() {
    // `“十五五”规划` / `新增床位` on two lines of the header's block: one column; row 4 lacks
    // its new beds.
    let src = "序号\n街道（镇）\n养老机构数\n床位数\n护理型床位数\n“十五五”规划\n新增床位\n\n\
               1\n滨浦街道\n4\n520\n330\n120\n\n\
               2\n北淞街道\n3\n386\n240\n80\n\n\
               3\n新塘街道\n5\n742\n470\n150\n\n\
               4\n汇泉路街道\n2\n268\n172\n\n\
               5\n石桥街道\n4\n610\n388\n100\n\n\
               注：汇泉路街道“十五五”期间不新增床位。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 养老机构及床位布局")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "街道（镇）",
            "养老机构数",
            "床位数",
            "护理型床位数",
            "“十五五”规划新增床位"
        ]
    );
    assert_eq!(
        row_named(t, "4").cells,
        ["汇泉路街道", "2", "268", "172", ""]
    );
}

#[test]
fn a_house_number_range_over_two_lines_is_one_address() {
    // Row blocks: `临江路100—` / `120号` is one address, the block as long as the others then.
    let src = "序号\n名称\n地址\n修缮方式\n\n\
               1\n澜园\n澜园路8号\n保护性修缮\n\n\
               2\n鸿安里街坊\n临江路100—\n120号\n保护性修缮和功能置换\n\n\
               3\n原大通银行澜桥分行大楼\n澜川北路1126—\n1158号\n立面整修、结构加固\n\n\
               4\n原澜桥电车公司车库\n江浦路55号\n结构加固\n\n\
               注：修缮方式以设计方案为准。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 重点修缮项目")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "2").cells,
        ["鸿安里街坊", "临江路100—120号", "保护性修缮和功能置换"]
    );
    assert_eq!(
        row_named(t, "3").cells,
        [
            "原大通银行澜桥分行大楼",
            "澜川北路1126—1158号",
            "立面整修、结构加固"
        ]
    );
}

#[test]
fn indicators_in_words_without_units_open_a_category_and_keep_a_dash_baseline() {
    // Under a merged 类别: `人才环境` opens its group with an indicator in words whose unit
    // vanished (`初步建立` `全面建立`); the next rows lack their units too, and `—` before a goal
    // in words is the baseline, not the unit.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2025年基数",
        "2030年目标",
        "属性",
        "1",
        "人才效能",
        "人才贡献率",
        "%",
        "36.8",
        "40",
        "预期性",
        "2",
        "每万人口高价值发明专利拥有量",
        "件",
        "21.5",
        "35",
        "预期性",
        "3",
        "人才发展投入占一般公共预算支出比重",
        "%",
        "2.8",
        "≥3",
        "约束性",
        "4",
        "人才环境",
        "人才发展体制机制",
        "初步建立",
        "全面建立",
        "预期性",
        "5",
        "青年发展型城区",
        "初步形成",
        "基本形成",
        "预期性",
        "6",
        "人才创新创业全周期服务体系",
        "—",
        "全面建立",
        "预期性",
        "7",
        "人才安居房源累计筹措",
        "套",
        "8600",
        "≥15000",
        "约束性",
        "注：第4—6项为定性指标，不设计量单位，“—”表示该项为新设指标。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let all = rows(t);
    assert_eq!(
        all[3],
        "I|人才环境|4|人才环境|人才发展体制机制||初步建立|全面建立|预期性"
    );
    assert_eq!(
        all[4],
        "I|人才环境|5||青年发展型城区||初步形成|基本形成|预期性"
    );
    assert_eq!(
        all[5],
        "I|人才环境|6||人才创新创业全周期服务体系||—|全面建立|预期性"
    );
}

#[test]
fn a_periods_target_and_the_attribute_after_it_are_two_columns() {
    // `“十五五”目标` / `类型` are two columns (类型 holds 约束性/预期性), though the rows under the
    // merged 类别 are one cell narrower than the header.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标项",
        "现状值",
        "“十五五”目标",
        "类型",
        "1",
        "设施类",
        "区域干路（含国省道）实施率",
        "71.3%",
        "80%",
        "预期性",
        "2",
        "中心城区道路网密度（km/km²）",
        "5.12",
        "5.6",
        "预期性",
        "3",
        "新城任意一点进入高快速路网时间",
        "15分钟",
        "10分钟以内",
        "预期性",
        "4",
        "县道、乡道优良路率（MQI）",
        "96%、93%",
        "98%、95%",
        "约束性",
        "5",
        "停车类",
        "公共停车泊位总量（万个）",
        "3.86",
        "4.8",
        "预期性",
        "其中：P+R停车泊位（个）",
        "1260",
        "3200",
        "预期性",
        "6",
        "累计新增公共停车泊位（含道路停车泊位）",
        "/",
        "[12000个]",
        "约束性",
        "7",
        "居住小区夜间停车泊位供需比",
        "0.82",
        "≥0.9",
        "预期性",
        "8",
        "公共停车场（库）错峰共享泊位占比",
        "≥15%",
        "预期性",
        "9",
        "经营性停车场（库）接入市公共停车信息平台比例",
        "87%",
        "100%",
        "约束性",
        "10",
        "服务类",
        "新建轨道交通站点50米范围内配套公交站点覆盖率",
        "/",
        "100%",
        "约束性",
        "11",
        "建成区公交站点500米覆盖率",
        "95.4%",
        "≥98%",
        "预期性",
        "12",
        "轨道交通站点非机动车停放泊位",
        "1.1万个",
        "1.5万个",
        "预期性",
        "13",
        "绿色智慧类",
        "绿色交通出行比例",
        "68%",
        "≥75%",
        "预期性",
        "14",
        "公共停车场（库）充电泊位占比",
        "18%",
        "≥30%",
        "预期性",
        "15",
        "新城慢行网络密度",
        "8.35km/km²",
        "≥10km/km2",
        "预期性",
        "注：1.[ ]内数值为“十五五”期间累计值。",
        "2.第8项为“十五五”新增统计指标，现状值暂未统计。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1综合交通主要指标表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["序号", "类别", "指标项", "现状值", "“十五五”目标", "类型"]
    );
}

#[test]
fn a_note_places_the_gap_of_a_row_under_a_merged_category_and_a_name_over_two_paragraphs() {
    // 序号 before a merged 类别: row 4 lacks its 2030 target (the note names it by `第4项`),
    // its category left empty too; row 6's `电能占终端能源` / `消费比重` is one name where a
    // category would stand (longer than the categories, a measure's last words after it).
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2025年基准值",
        "2030年目标值",
        "属性",
        "1",
        "总量和强度",
        "单位生产总值能耗下降率",
        "%",
        "[16.2]",
        "完成市下达指标",
        "约束性",
        "2",
        "单位生产总值二氧化碳排放下降率",
        "%",
        "[18.7]",
        "完成市下达指标",
        "约束性",
        "3",
        "能源消费总量",
        "万吨标准煤",
        "186.3",
        "控制在市下达额度内",
        "约束性",
        "4",
        "碳排放总量",
        "万吨",
        "412.6",
        "约束性",
        "5",
        "能源结构",
        "可再生能源装机容量",
        "兆瓦",
        "86.5",
        "≥150",
        "预期性",
        "其中：光伏装机容量",
        "兆瓦",
        "78.2",
        "≥135",
        "预期性",
        "6",
        "电能占终端能源",
        "消费比重",
        "%",
        "38.6",
        "≥45",
        "预期性",
        "注：1.[ ]内数值为五年累计值。",
        "2.第4项指标2030年目标值待本市碳排放总量控制目标分解下达后另行确定。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "4").cells,
        ["", "碳排放总量", "万吨", "412.6", "", "约束性"]
    );
    assert_eq!(
        row_named(t, "6").cells,
        ["", "电能占终端能源消费比重", "%", "38.6", "≥45", "预期性"]
    );
    assert_eq!(row_named(t, "6").group.as_deref(), Some("能源结构"));
}

/// A note that says which column holds the empty cells (`配合单位空缺的任务…`) places a row's
/// vanished cell there, though the row's one list of bodies would fit the 配合单位 column better.
#[test]
fn a_note_names_the_column_of_empty_cells() {
    let src = blank_cells(&[
        "序号",
        "重点任务",
        "牵头单位",
        "配合单位",
        "完成时限",
        "1",
        "健全禁毒工作责任体系",
        "市禁毒办",
        "市委组织部、市委政法委",
        "2022年底前",
        "2",
        "实施青少年毒品预防教育工程",
        "市教育局",
        "团市委、市妇联、市禁毒办",
        "2025年底前",
        "3",
        "建设毒品查缉智能分析平台",
        "市公安局",
        "市大数据中心、市通信管理局",
        "2024年底前",
        "4",
        "推进吸毒人员网格化服务管理",
        "市委政法委、市公安局",
        "2025年底前",
        "注：配合单位空缺的任务，由牵头单位负责组织实施。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 重点任务分工")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "4").cells,
        [
            "推进吸毒人员网格化服务管理",
            "市委政法委、市公安局",
            "",
            "2025年底前"
        ]
    );
    assert!(r
        .parsed
        .warnings
        .iter()
        .any(|(_, m)| m.contains("row 4:") && m.contains("under `配合单位`, not `牵头单位`")));
}

/// A note that says a column is written once for the rows after it (`牵头单位只列示一次`) names
/// the column of a short row's gap: the one body it writes is its 配合单位.
#[test]
fn a_note_names_the_column_written_once() {
    let src = blank_cells(&[
        "序号",
        "重点任务",
        "牵头单位",
        "配合单位",
        "完成时限",
        "1",
        "创建民族团结进步示范县",
        "县民族宗教局",
        "县直有关单位、各乡镇人民政府",
        "2025年底前",
        "2",
        "完成宗教活动场所档案建设",
        "县统计局",
        "2022年底前",
        "3",
        "组织宗教教职人员轮训",
        "县委党校",
        "每年",
        "4",
        "申报文化生态保护实验区",
        "县文化广电旅游局",
        "县自然资源局",
        "2025年底前",
        "注：牵头单位相同的相邻事项，牵头单位只列示一次。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 重点任务分工")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "3").cells,
        ["组织宗教教职人员轮训", "", "县委党校", "每年"]
    );
    assert_eq!(
        row_named(t, "2").cells,
        ["完成宗教活动场所档案建设", "", "县统计局", "2022年底前"]
    );
}

#[test]
fn a_line_left_open_in_a_row_block_goes_on_in_the_next() {
    // Row blocks whose last column (建设状态) is merged over the rows after it: a route split at
    // its dash (`航空港—` / `东部会展中心`) makes a block as long as a whole row, but it is one
    // cell, and the block is a row without its status.
    let src = "线路名称\n起讫点\n长度（公里）\n车站数（座）\n建设状态\n\n\
               3号线二期\n澄江南站—凤栖湖\n12.6\n9\n在建\n\n\
               4号线一期\n西湖新城—高新区管委会\n24.3\n19\n\n\
               5号线一期\n航空港—\n东部会展中心\n29.8\n21\n\n\
               6号线一期\n临江大道—科学城\n26.5\n20\n新开工\n\n\
               2号线东延伸\n东湖公园—鹤鸣\n9.2\n6\n\n\
               8号线一期\n老城西—白沙洲\n18.9\n15\n前期研究\n\n\
               S2线\n澄州西站—青溪\n35.2\n10\n\n\
               注：线路长度以批复的建设规划为准。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 城市轨道交通建设线路表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "线路名称",
            "起讫点",
            "长度（公里）",
            "车站数（座）",
            "建设状态"
        ]
    );
    assert_eq!(t.rows.len(), 7);
    assert_eq!(
        row_named(t, "5号线一期").cells,
        ["航空港—东部会展中心", "29.8", "21", ""]
    );
    assert_eq!(
        row_named(t, "6号线一期").cells,
        ["临江大道—科学城", "26.5", "20", "新开工"]
    );
}

#[test]
fn a_bracket_opened_on_one_line_of_a_block_closes_on_the_next() {
    // A 专栏's table of words in row blocks, its middle column (级别) merged: `（霁川市` /
    // `采茶剧院）` is one 保护单位, not a 级别 and a 保护单位.
    let src = "项目\n级别\n保护单位\n\n霁川提线木偶戏\n国家级\n霁川市木偶剧团\n\n\
               霁川采茶戏\n霁川市采茶戏传承保护中心（霁川市\n采茶剧院）\n\n\
               沙溪竹编技艺\n沙溪县文化馆\n\n霁川十番锣鼓\n省级\n霁城区文化馆\n\n\
               云岩山歌\n云岩县文化馆\n\n（三）加强代表性传承人认定管理\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["项目", "级别", "保护单位"]);
    assert_eq!(
        row_named(t, "霁川采茶戏").cells,
        ["", "霁川市采茶戏传承保护中心（霁川市采茶剧院）"]
    );
    assert_eq!(row_named(t, "霁川十番锣鼓").cells, ["省级", "霁城区文化馆"]);
}

#[test]
fn a_target_not_set_yet_leaves_its_year_empty() {
    // `2035年远景值暂不设定`: the row's vanished cell is the 2035 one, not the 2030 one.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2025年",
        "2030年",
        "2035年远景",
        "属性",
        "1",
        "运营里程",
        "公里",
        "210",
        "437",
        "600",
        "预期性",
        "2",
        "日均客运量",
        "万人次",
        "96",
        "180",
        "260",
        "预期性",
        "3",
        "中心城区轨道站点800米人口覆盖率",
        "%",
        "34.6",
        "≥48",
        "预期性",
        "注：第3项指标统计口径将随规划实施评估调整，2035年远景值暂不设定。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "3").cells,
        [
            "中心城区轨道站点800米人口覆盖率",
            "%",
            "34.6",
            "≥48",
            "",
            "预期性"
        ]
    );
}

#[test]
fn a_reading_that_moves_text_over_a_break_is_no_reading() {
    // A row begun before `续表` and ended after the header written again would put `续表` before
    // its first cell: the lines stay text rather than change order.
    let src = "序号\n指标名称\n即000\n约束性\n\n储家\n预期性\n\n续表\n\n序号\n指标名称\n单\n";
    let ls = lines(src);
    assert!(read("t1", Some((0, "一、单")), &ls).is_err());
}

#[test]
fn a_measure_after_a_cell_ending_in_scale_is_a_column_and_districts_are_places() {
    // A 专栏's project table with no caption: `总投资` / `（亿元）` is the last column, not one
    // under a group `建设内容及规模`; `岳城区` under 建设地点 is a place, not a column's name.
    let src = blank_cells(&[
        "项目名称",
        "建设地点",
        "建设内容及规模",
        "总投资",
        "（亿元）",
        "岳屏古城历史文化街区保护提升工程",
        "岳城区",
        "修缮历史建筑126处，改造提升街巷4.2公里，建设古城数字展示中心和夜游灯光系统",
        "18.6",
        "青螺湖国家级旅游度假区创建项目",
        "青螺市",
        "新建环湖游览步道36公里、游客服务中心2处，",
        "配套建设度假酒店3家、房车营地1处和智慧停车场",
        "24.5",
        "岳屏文化创意产业园二期",
        "岳城区",
        "利用原岳屏纺织厂旧厂房改造建设文创办公、演艺和展览空间12万平方米",
        "7.5",
        "五、推进文旅融合发展",
    ]);
    let ls = lines(&src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["项目名称", "建设地点", "建设内容及规模", "总投资（亿元）"]
    );
    assert!(t.column_groups.is_empty());
    assert_eq!(
        row_named(t, "青螺湖国家级旅游度假区创建项目").cells,
        [
            "青螺市",
            "新建环湖游览步道36公里、游客服务中心2处，配套建设度假酒店3家、房车营地1处和智慧停车场",
            "24.5"
        ]
    );
    assert_eq!(row_named(t, "岳屏文化创意产业园二期").cells[0], "岳城区");
}

#[test]
fn a_group_in_the_middle_of_a_two_row_header_over_measures_with_long_names() {
    // `规划面积` over `总面积（公顷）` and `可开发面积（公顷）`, the lower row written after the
    // upper one; 备注 filled in two rows only.
    let src = blank_cells(&[
        "序号",
        "园区名称",
        "规划面积",
        "主导产业",
        "备注",
        "总面积（公顷）",
        "可开发面积（公顷）",
        "1",
        "沣溪经济技术开发区核心区",
        "682.4",
        "96.8",
        "智能装备、新能源汽车零部件",
        "2",
        "沣溪高新技术产业园",
        "415.6",
        "73.2",
        "集成电路、智能传感器",
        "2023年认定为市级特色产业园区",
        "3",
        "临江现代物流园",
        "236.0",
        "41.5",
        "冷链物流、供应链管理",
        "4",
        "青湾新材料产业园",
        "312.9",
        "28.4",
        "高性能膜材料、特种涂料",
        "注：备注栏仅2号园区有说明事项，其余园区空白。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 重点产业园区一览表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "园区名称",
            "总面积（公顷）",
            "可开发面积（公顷）",
            "主导产业",
            "备注"
        ]
    );
    assert_eq!(t.column_groups.len(), 1);
    assert_eq!(t.column_groups[0].title, "规划面积");
    assert_eq!(
        row_named(t, "2").cells,
        [
            "沣溪高新技术产业园",
            "415.6",
            "73.2",
            "集成电路、智能传感器",
            "2023年认定为市级特色产业园区"
        ]
    );
}

#[test]
fn a_block_short_of_a_figure_under_a_kind_column_keeps_its_name_and_lacks_its_baseline() {
    // `载体类型` reads as a category column, but `节水型灌区（处）` is words where the column after
    // it holds figures: the block's own name, its 2020 figure vanished (a baseline, as a plan
    // never leaves out a target).
    let src = "载体类型\n2020年已建成\n2025年累计目标\n牵头单位\n\n\
               节水型企业（家）\n14\n30\n县工业和信息化局\n\n\
               节水型公共机构（家）\n42\n88\n县机关事务服务中心\n\n\
               节水型居民小区（个）\n26\n≥50\n县住房和城乡建设局\n\n\
               节水型灌区（处）\n2\n县水利局\n\n\
               注：节水型灌区为“十四五”新开展的创建类型，2020年无已建成数。\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4);
    assert_eq!(
        row_named(t, "节水型灌区（处）").cells,
        ["", "2", "县水利局"]
    );
}

#[test]
fn a_first_column_named_by_the_things_it_lists_heads_a_table_of_words() {
    // `教育集团` names no column as `…名称` would, but two column names follow it.
    let src = "教育集团\n\n牵头学校\n\n成员学校\n\n东澜实验小学教育集团\n\n东澜实验小学\n\n\
               望江路小学、澄湖第二小学\n\n南湖教育集团\n\n南湖小学\n\n南湖第二小学\n\n\
               学前教育集团\n\n东澜区实验幼儿园\n\n桂园幼儿园等12所幼儿园\n\n（三）全面提升育人质量\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表3 首批紧密型教育集团一览")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["教育集团", "牵头学校", "成员学校"]);
    assert_eq!(
        row_named(t, "南湖教育集团").cells,
        ["南湖小学", "南湖第二小学"]
    );
}

#[test]
fn a_number_inside_the_last_whole_row_is_its_value() {
    // `3` `桂园幼儿园` `改扩建` `4` `桂园街道…` `2026年` and then the notes: one whole row whose
    // four classes are no row 4.
    let src = blank_cells(&[
        "序号",
        "学校名称",
        "建设性质",
        "办学规模（班）",
        "建设地点",
        "建成年份",
        "1",
        "澄湖新城第一小学",
        "新建",
        "36",
        "澄湖新城启明路以北",
        "2027年",
        "2",
        "东澜区第二高级中学",
        "新建",
        "48",
        "2030年",
        "3",
        "桂园幼儿园",
        "改扩建",
        "4",
        "桂园街道桂香路15号（现址）",
        "2026年",
        "注：第2项建设地点暂未列明。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "附表1 重点建设项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 3);
    assert_eq!(
        row_named(t, "3").cells,
        [
            "桂园幼儿园",
            "改扩建",
            "4",
            "桂园街道桂香路15号（现址）",
            "2026年"
        ]
    );
}

#[test]
fn a_name_over_two_lines_of_its_block_and_a_count_a_note_says_it_lacks() {
    // Row blocks of counts: `临湍经济技术` / `开发区` is one name, however long beside `湍城区`, and
    // the row lacks a count; the note says both zones undertake no 节水型居民小区.
    let src = "序号\n县（区）\n节水型企业\n节水型公共机构\n节水型居民小区\n节水型学校\n小计\n\n\
               1\n湍城区\n12\n86\n40\n30\n168\n\n2\n北湖区\n8\n64\n32\n24\n128\n\n\
               3\n新港区\n15\n52\n26\n18\n111\n\n4\n临湍经济技术\n开发区\n22\n6\n2\n30\n\n\
               5\n临湍高新技术产业开发区\n18\n5\n3\n26\n\n合计\n75\n213\n98\n77\n463\n\n\
               注：临湍经济技术开发区、临湍高新技术产业开发区不承担节水型居民小区创建任务。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "节水载体建设任务分解表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "4").cells,
        ["临湍经济技术开发区", "22", "6", "", "2", "30"]
    );
    assert_eq!(
        row_named(t, "5").cells,
        ["临湍高新技术产业开发区", "18", "5", "", "3", "26"]
    );
}

#[test]
fn the_clause_saying_no_figure_names_the_column_of_the_gap() {
    // `未设定规划目标值，不作完成情况评价`: the gap is the 规划目标's, though the sentence names
    // 完成情况 too (whose `—` the row writes).
    let src = blank_cells(&[
        "序号",
        "指标",
        "规划目标",
        "完成值",
        "完成情况",
        "1",
        "用水总量（亿立方米）",
        "≤15.60",
        "14.62",
        "完成",
        "2",
        "农田灌溉水有效利用系数",
        "0.565",
        "0.571",
        "完成",
        "3",
        "城市再生水利用率（%）",
        "≥20",
        "18.6",
        "未完成",
        "4",
        "非常规水源利用量（万立方米）",
        "3260",
        "—",
        "注：第4项为规划中期评估时增设的监测指标，未设定规划目标值，不作完成情况评价。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标完成情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "4").cells,
        ["非常规水源利用量（万立方米）", "", "3260", "—"]
    );
}

#[test]
fn a_schedule_by_year_places_its_vanished_years_by_the_sums() {
    // `城关镇` writes two years and its total; `双庙乡` four years and its total: only one placing
    // makes every column sum to the 合计 row and each row to its own 合计.
    let src = blank_cells(&[
        "乡镇",
        "2026年",
        "2027年",
        "2028年",
        "2029年",
        "合计",
        "城关镇",
        "0.30",
        "0.25",
        "0.55",
        "河埠镇",
        "0.90",
        "0.85",
        "0.80",
        "0.75",
        "3.30",
        "龙泉镇",
        "0.75",
        "0.70",
        "0.65",
        "0.60",
        "2.70",
        "双庙乡",
        "0.45",
        "0.50",
        "0.40",
        "1.35",
        "合计",
        "2.40",
        "2.30",
        "1.45",
        "1.75",
        "7.90",
        "注：表中空白表示该乡镇当年未安排建设任务。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 高标准农田建设任务分解表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["乡镇", "2026年", "2027年", "2028年", "2029年", "合计"]
    );
    assert_eq!(
        row_named(t, "城关镇").cells,
        ["0.30", "0.25", "", "", "0.55"]
    );
    assert_eq!(
        row_named(t, "双庙乡").cells,
        ["0.45", "0.50", "", "0.40", "1.35"]
    );
    assert_eq!(t.rows.len(), 5);
}

#[test]
fn a_cell_of_a_block_over_three_lines_stopped_at_semicolons() {
    // `…实施DRG实际付费；` / `2023年起扩大到…；` / `2025年实现…。`: one 主要内容 of the block.
    let src = "重点改革任务\n主要内容\n责任单位\n时间安排\n\n\
               落实医疗保障待遇清单制度\n全面清理规范与国家待遇清单不符的政策措施。\n市医保局、市财政局\n2023年底前\n\n\
               建立职工医保门诊共济保障机制\n改革职工医保个人账户，完善门诊慢特病保障政策。\n市医保局、市财政局\n2022年1月起\n\n\
               深化DRG付费改革\n2022年在市本级定点医疗机构实施DRG实际付费；\n2023年起扩大到各县（市、区）；\n\
               2025年实现全覆盖。\n市医保局、市卫生健康委\n2022—2025年\n\n\
               推进基本医疗保险基金市级统筹\n实行基本医疗保险基金市级统收统支。\n市医保局、市税务局\n2022年起\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "医疗保障重点改革任务分工表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4);
    assert_eq!(
        row_named(t, "深化DRG付费改革").cells,
        [
            "2022年在市本级定点医疗机构实施DRG实际付费；2023年起扩大到各县（市、区）；2025年实现全覆盖。",
            "市医保局、市卫生健康委",
            "2022—2025年"
        ]
    );
}

#[test]
fn a_note_that_a_new_channel_has_no_present_grade_places_its_gap() {
    // `新港河（新开段）` writes one grade: `无现状等级` says it is the planned one.
    let src = blank_cells(&[
        "航道名称",
        "起讫点",
        "里程（公里）",
        "现状等级",
        "规划等级",
        "泓申线",
        "泓州港—申江口",
        "42.6",
        "Ⅳ级",
        "Ⅲ级",
        "城东河",
        "城东枢纽—沙洲口",
        "23.1",
        "Ⅴ级",
        "Ⅳ级",
        "新港河（新开段）",
        "临江港区—泓申线",
        "8.2",
        "Ⅲ级",
        "白马荡航线",
        "白马镇—淞阳河口",
        "17.9",
        "等外级",
        "Ⅴ级",
        "注：新港河（新开段）为新辟航道，无现状等级。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 航道建设规划表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "新港河（新开段）").cells,
        ["临江港区—泓申线", "8.2", "", "Ⅲ级"]
    );
}

#[test]
fn goals_in_words_over_two_rows_between_rows_of_figures() {
    // Rows 3 and 4 hold goals in words (one with a `；` inside), between rows of figures.
    let src = "指标\n“十四五”目标\n\n完成情况\n\n\
               中心城区雨水排水能力达3～5年一遇面积占比\n\n35%\n\n45.6%\n\n\
               海绵城市建设达标面积占建成区比例\n\n40%\n\n43.2%\n\n\
               道路积水点改善\n\n完成已排摸的23处积水点改善\n\n完成23处，\n另动态消除新增积水点6处\n\n\
               雨污混接改造\n\n完成全区雨污混接普查及住宅小区混接改造\n\n完成普查；改造住宅小区412个\n\n\
               新增雨水调蓄规模\n\n3万立方米\n\n3.6万立方米\n\n河湖水面率\n\n4.15%\n\n4.18%\n\n\
               注：建成区面积按49.6平方公里计算。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "“十四五”规划主要指标完成情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 6);
    assert_eq!(
        row_named(t, "雨污混接改造").cells,
        [
            "完成全区雨污混接普查及住宅小区混接改造",
            "完成普查；改造住宅小区412个"
        ]
    );
    assert_eq!(row_named(t, "河湖水面率").cells, ["4.15%", "4.18%"]);
}

#[test]
fn a_name_ending_as_the_names_after_the_category_is_no_new_category() {
    // `纺织厂宿舍片区` ends in `区` as the districts do, but as every 片区名称 above (`…片区`) and
    // no district: row 3 leaves its district to the rows above.
    let src = blank_cells(&[
        "序号",
        "区（县）",
        "片区名称",
        "涉及小区（个）",
        "居民户数（户）",
        "改造年度",
        "1",
        "滢江区",
        "老城西片区",
        "38",
        "6420",
        "2021—2023年",
        "2",
        "滨江路片区",
        "26",
        "4180",
        "2022—2024年",
        "3",
        "纺织厂宿舍片区",
        "19",
        "3350",
        "2023—2025年",
        "4",
        "东湖区",
        "湖东新村片区",
        "31",
        "5260",
        "2021—2023年",
        "5",
        "北岭区",
        "矿机厂片区",
        "22",
        "3910",
        "2022—2025年",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "重点片区一览表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "3").cells,
        ["", "纺织厂宿舍片区", "19", "3350", "2023—2025年"]
    );
    assert_eq!(row_named(t, "3").group.as_deref(), Some("滢江区"));
}

#[test]
fn a_baseline_over_one_year_and_a_target_over_a_year_and_a_rate() {
    // `基期` over `2025年`, `目标` over `2030年` `年均增速`, `属性` spanning both rows in the
    // upper one: rows of seven cells, the attribute last.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "基期",
        "目标",
        "属性",
        "2025年",
        "2030年",
        "年均增速",
        "1",
        "能源消费总量",
        "万吨标准煤",
        "2860",
        "3280",
        "2.8%",
        "预期性",
        "2",
        "非化石能源消费比重",
        "%",
        "16.5",
        "25",
        "8.7%",
        "约束性",
        "3",
        "公共充电桩数量",
        "万个",
        "1.6",
        "4.5",
        "23.0%",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 能源发展主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "指标",
            "单位",
            "2025年",
            "2030年",
            "年均增速",
            "属性"
        ]
    );
    assert_eq!(t.column_groups.len(), 2);
    assert_eq!(
        row_named(t, "3").cells,
        ["公共充电桩数量", "万个", "1.6", "4.5", "23.0%", "预期性"]
    );
}

#[test]
fn short_words_between_two_column_names_name_a_column_of_a_table_of_words() {
    // `河湖长` names no column by its ending, but stands between `河湖名称` and `长度或面积`.
    let src = blank_cells(&[
        "河湖名称",
        "河湖长",
        "长度或面积",
        "建设内容",
        "完成年限",
        "泓水河",
        "县委书记",
        "68.5公里",
        "实施干流堤防提标加固23公里，建设城区段生态护岸和滨河绿道16公里",
        "2030年",
        "白鹭溪",
        "县长",
        "32.6公里",
        "实施河道清淤疏浚14公里，修复生态缓冲带9公里",
        "2027年",
        "镜湖",
        "县委常委、宣传部部长",
        "3.2平方公里",
        "实施底泥生态清淤和沉水植物群落重建",
        "2028年",
        "注：长度或面积栏中，河流为县境内河长，湖泊为水面面积。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 县级重点河湖幸福河湖建设任务")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["河湖名称", "河湖长", "长度或面积", "建设内容", "完成年限"]
    );
    assert_eq!(
        row_named(t, "镜湖").cells,
        [
            "县委常委、宣传部部长",
            "3.2平方公里",
            "实施底泥生态清淤和沉水植物群落重建",
            "2028年"
        ]
    );
}

#[test]
fn a_name_over_two_lines_beside_an_attribute_merged_over_the_rows() {
    // `约束性` written once for rows 1–3: row 3's block is as long as a whole row, its name over
    // two lines (`道路交通事故` / `万车死亡率`) and its attribute left to the row above.
    let src = "序号\n指标名称\n单位\n2020年\n2025年\n属性\n\n\
               1\n群众安全感\n%\n98.3\n≥98.5\n约束性\n\n\
               2\n八类严重暴力犯罪案件发案数\n起\n37\n≤30\n\n\
               3\n道路交通事故\n万车死亡率\n人/万车\n1.71\n≤1.55\n\n\
               4\n电信网络诈骗案件发案数累计下降幅度\n%\n—\n[30]\n预期性\n\n\
               5\n矛盾纠纷调解成功率\n%\n97.2\n≥98\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 平安建设主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "3").cells,
        ["道路交通事故万车死亡率", "人/万车", "1.71", "≤1.55", ""]
    );
}

#[test]
fn a_merged_place_column_in_the_middle_with_a_row_short_of_two_cells() {
    // 所在乡镇 (second) is written on the first row of each township only; 等级 holds a word
    // meaning none (`未评级`), 创建年份 a `—`; `省级旅游度假区` stands among the grades of a whole
    // row; 鹤鸣洞景区 lacks its township and its year (the note says so): read at the note, the
    // next row's name is no year of it.
    let src = blank_cells(&[
        "景区名称",
        "所在乡镇",
        "等级",
        "创建目标",
        "创建年份",
        "古城景区",
        "城关街道",
        "4A",
        "5A",
        "2029年",
        "状元街区",
        "3A",
        "4A",
        "2027年",
        "县博物馆",
        "未评级",
        "3A",
        "2026年",
        "云峰山景区",
        "云峰镇",
        "5A",
        "—",
        "—",
        "白龙潭景区",
        "3A",
        "4A",
        "2027年",
        "鹤鸣洞景区",
        "未评级",
        "3A",
        "桃源湖湿地公园",
        "桃源镇",
        "4A",
        "省级旅游度假区",
        "2028年",
        "桃花岭综合体",
        "未评级",
        "3A",
        "2027年",
        "注：鹤鸣洞景区创建年份待论证后确定，表中暂不列出。",
    ]);
    let ls = lines(&src);
    let t = read("t1", Some((0, "表2 景区创建计划")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(t.rows.len(), 8, "{:?}", rows(&t));
    assert_eq!(row_named(&t, "鹤鸣洞景区").cells, ["", "未评级", "3A", ""]);
    assert_eq!(row_named(&t, "鹤鸣洞景区").group.as_deref(), Some("云峰镇"));
    assert_eq!(
        row_named(&t, "桃源湖湿地公园").cells,
        ["桃源镇", "4A", "省级旅游度假区", "2028年"]
    );
    assert_eq!(
        row_named(&t, "云峰山景区").cells,
        ["云峰镇", "5A", "—", "—"]
    );
    assert_eq!(
        row_named(&t, "县博物馆").cells,
        ["", "未评级", "3A", "2026年"]
    );
}

#[test]
fn a_grade_shaped_as_the_target_after_it_is_no_unit() {
    // Row 3 has no unit (the note says so): `C类` before `D类` is its baseline, not a unit.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "1",
        "危险化学品事故起数",
        "起",
        "3",
        "≤2",
        "约束性",
        "2",
        "重大危险源在线监测率",
        "%",
        "92",
        "100",
        "约束性",
        "3",
        "化工园区安全风险等级",
        "C类",
        "D类",
        "约束性",
        "4",
        "专职救援队伍",
        "支",
        "2",
        "7",
        "预期性",
        "注：第3项指标为等级类指标，无计量单位。",
    ]);
    let ls = lines(&src);
    let t = read("t1", Some((0, "表1 主要指标")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(
        row_named(&t, "3").cells,
        ["化工园区安全风险等级", "", "C类", "D类", "约束性"]
    );
}

#[test]
fn a_row_block_short_of_a_merged_place_with_a_cell_over_two_lines() {
    // 所在区县 (second) is written on the first park of each county only; the second park's
    // block is as long as a row because its 整治任务 goes on after `，` in the next line.
    let src = "\n园区名称\n所在区县\n规划面积（平方公里）\n主导产业\n整治任务\n\n\
               临港化工园区\n港城区\n12.60\n石油化工、化工新材料\n建成园区公共管廊和封闭化管理系统，新建园区特勤消防站1座\n\n\
               精细化工园区\n3.85\n精细化工、电子化学品\n搬迁安全防护距离内居民286户，\n完成园区应急事故池建设\n\n\
               沙洲化工集中区\n沙洲区\n2.16\n涂料、胶粘剂\n规划面积压减至2.16平方公里，清退园区周边非化工企业12家\n\n\
               盐化工园区\n溧南县\n6.30\n盐化工、氯碱化工\n完成园区液氯输送管道安全整治，建设有毒有害气体监测预警系统\n\n\
               化工新材料产业园\n2.40\n有机硅、含氟新材料\n建成园区安全风险智能化管控平台，推动园区外3家化工企业迁入\n\n\
               医药化工园区\n石埠县\n2.95\n医药中间体、农药\n完成反应安全风险评估全覆盖，组建园区专职救援队伍\n\n\
               澴水县化工园区\n澴水县\n1.80\n精细化工、日用化学品\n设立园区安全监管机构，实施园区封闭化管理\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 化工园区基本情况")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 7, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "精细化工园区").cells,
        [
            "",
            "3.85",
            "精细化工、电子化学品",
            "搬迁安全防护距离内居民286户，完成园区应急事故池建设"
        ]
    );
    assert_eq!(
        row_named(t, "化工新材料产业园").cells,
        [
            "",
            "2.40",
            "有机硅、含氟新材料",
            "建成园区安全风险智能化管控平台，推动园区外3家化工企业迁入"
        ]
    );
}

#[test]
fn a_row_block_as_long_as_a_row_whose_place_stops_at_an_enumeration_comma_leaves_its_category() {
    // 项目类型 is written on the first project of each kind; project 2's block is as long as a
    // row because its 建设地点 goes on after `、` in the next line.
    let src = "\n序号\n项目类型\n项目名称\n建设地点\n新增泊位（个）\n实施年限\n\n\
               1\n公共停车场（库）\n金湖公园地下公共停车库\n金湖路以南、环湖东路以西\n420\n2026—2027年\n\n\
               2\n滨江绿地地下公共停车库\n滨江大道以东、\n汀溪路以北\n380\n2026—2028年\n\n\
               3\n老街片区机械式立体停车库\n老街路与南门路交叉口\n260\n2027—2028年\n\n\
               4\nP+R停车场\n汀溪新城站P+R停车场\n轨道交通17号线汀溪新城站东侧\n600\n2027—2029年\n\n\
               5\n望湖路站P+R停车场扩建\n轨道交通17号线望湖路站\n640\n2026—2027年\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "表2 公共停车设施重点建设项目表")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "2").cells,
        [
            "",
            "滨江绿地地下公共停车库",
            "滨江大道以东、汀溪路以北",
            "380",
            "2026—2028年"
        ]
    );
    assert_eq!(row_named(t, "2").group.as_deref(), Some("公共停车场（库）"));
    assert_eq!(row_named(t, "3").group.as_deref(), Some("公共停车场（库）"));
    assert_eq!(row_named(t, "5").group.as_deref(), Some("P+R停车场"));
}

#[test]
fn a_name_ending_as_the_name_column_does_is_no_new_category_of_its_kind() {
    // `汐江码头艺术区` ends in `区` as the districts under 所在区 do, but 园区名称 holds `区`
    // too: a park of 西江区, its district left to the row above, its level vanished nowhere.
    let src = blank_cells(&[
        "序号",
        "所在区",
        "园区名称",
        "建筑面积（万平方米）",
        "主导业态",
        "园区级别",
        "1",
        "东湖区",
        "锦纶1958文化创意园",
        "12.6",
        "创意设计、时尚消费",
        "省级",
        "2",
        "汐州老城文创街区",
        "8.3",
        "文化旅游、非遗展示",
        "市级",
        "3",
        "西江区",
        "红星机床厂1962创意工场",
        "9.8",
        "工业设计、文创研发",
        "省级",
        "4",
        "汐江码头艺术区",
        "5.2",
        "当代艺术、演艺",
        "市级",
    ]);
    let ls = lines(&src);
    let r = read("t3", Some((0, "表3 文化创意园区")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "4").cells,
        ["", "汐江码头艺术区", "5.2", "当代艺术、演艺", "市级"]
    );
    assert_eq!(row_named(t, "4").group.as_deref(), Some("西江区"));
}

#[test]
fn a_row_name_numbered_as_a_decimal_heading_after_its_row_number_stays_in_the_table() {
    // Row blocks under 所在街镇 (merged, first) and 序号: row 3's name `2.5产业园区配套菜市场`
    // reads as a decimal heading's title line, but follows the row number `3` after rows `1`
    // and `2`. The last row's 建设规模 vanished: `智慧化改造` is a kind of works, no figure,
    // though the column holds a `—` among its figures.
    let src = "\n所在街镇\n序号\n项目名称\n建设类型\n建设规模（平方米）\n实施年限\n\n\
               望江街道\n1\n望江路菜市场\n原址改造\n2800\n2026—2027年\n\n\
               2\n青桐坊社区菜市场\n新建\n1500\n2027—2028年\n\n\
               溪口镇\n3\n2.5产业园区配套菜市场\n新建\n2000\n2028—2029年\n\n\
               4\n溪口老街菜市场\n改建\n1800\n2026年\n\n\
               5\n临港路临时菜市场\n提升改造\n—\n2026年\n\n\
               全区\n6\n全区智慧菜场提升项目\n智慧化改造\n2026—2030年\n";
    let ls = lines(src);
    let r = read("t3", None, &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(r.consumed, ls.len(), "{:?}", rows(t));
    assert_eq!(t.rows.len(), 6, "{:?}", rows(t));
    let cells: Vec<&Vec<String>> = t.rows.iter().map(|r| &r.cells).collect();
    assert_eq!(
        cells[2],
        &["3", "2.5产业园区配套菜市场", "新建", "2000", "2028—2029年"]
    );
    assert_eq!(
        cells[5],
        &["6", "全区智慧菜场提升项目", "智慧化改造", "", "2026—2030年"]
    );
    assert_eq!(t.rows[5].group.as_deref(), Some("全区"));
}

#[test]
fn a_completion_table_without_numbers_reads_a_placeholder_evaluation_a_short_row_and_a_goal_in_words(
) {
    // No 序号: names with their units in brackets, some over two paragraphs; row 4 has no
    // baseline (the note says so) and `/` for its evaluation before the next row's name; row 5's
    // target is a goal in words with a figure in it.
    let src = blank_cells(&[
        "指标名称",
        "2020年",
        "“十四五”目标",
        "2025年",
        "完成情况",
        "农村卫生厕所普及率",
        "（%）",
        "99.2",
        "100",
        "100",
        "完成",
        "农村生活污水治理设施",
        "正常运行率（%）",
        "85.4",
        "≥90",
        "93.6",
        "完成",
        "年均创建美丽庭院",
        "（户）",
        "1420",
        "（2016年-2020年）",
        "1500",
        "1862",
        "（2021年-2025年）",
        "完成",
        "农村人居环境长效管护考核优良率（%）",
        "—",
        "95.2",
        "/",
        "自然村主要道路硬化率（%）",
        "96.5",
        "力争达到100（2025年底前）",
        "99.3",
        "基本完成",
        "注：1.长效管护考核自2022年起实施，无2020年数据，表中该栏空缺；“十四五”期间未设定目标值，以“—”表示。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标完成情况")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "农村生活污水治理设施正常运行率（%）").cells,
        ["85.4", "≥90", "93.6", "完成"]
    );
    assert_eq!(
        row_named(t, "年均创建美丽庭院（户）").cells,
        [
            "1420（2016年-2020年）",
            "1500",
            "1862（2021年-2025年）",
            "完成"
        ]
    );
    assert_eq!(
        row_named(t, "农村人居环境长效管护考核优良率（%）").cells,
        ["", "—", "95.2", "/"]
    );
    assert_eq!(
        row_named(t, "自然村主要道路硬化率（%）").cells,
        ["96.5", "力争达到100（2025年底前）", "99.3", "基本完成"]
    );
}

#[test]
fn a_village_under_a_column_of_towns_opens_no_group() {
    // 镇 merged: `金泾村` stands where a town would, but the town of the first row is of the
    // column's level and a village is not; its 建设重点 goes on in `和公共照明改造`.
    let src = blank_cells(&[
        "镇",
        "示范村",
        "建设重点",
        "建设年度",
        "荇川镇",
        "北港村",
        "水岸空间贯通、农村生活污水提标改造",
        "2026年",
        "沈家埭村",
        "美丽庭院连片创建、宅前屋后环境整治",
        "2027年",
        "西渚镇",
        "渚南村",
        "湿地生态修复、农房风貌管控",
        "2026年",
        "金泾村",
        "公共厕所提档升级、村内道路",
        "和公共照明改造",
        "2027—2028年",
        "南汀镇",
        "汀东村",
        "古镇周边风貌协调、垃圾分类示范",
        "2028年",
    ]);
    let ls = lines(&src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t3", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(t));
    let row = &t.rows[3];
    assert_eq!(row.name, "");
    assert_eq!(
        row.cells,
        [
            "金泾村",
            "公共厕所提档升级、村内道路和公共照明改造",
            "2027—2028年"
        ]
    );
    assert_eq!(row.group.as_deref(), Some("西渚镇"));
}

#[test]
fn a_completion_table_s_last_row_evaluated_as_on_schedule_is_a_row() {
    // `序时推进` (on schedule) is the last row's evaluation, as `已完成` is the others'.
    let src = blank_cells(&[
        "指标名称",
        "指标属性",
        "目标值（2025年）",
        "完成值(2025年）",
        "进展评价",
        "区、街镇、村居三级河湖长体系覆盖率",
        "约束性",
        "100%",
        "100%",
        "已完成",
        "河湖水面率",
        "约束性",
        "7.35%",
        "7.42%",
        "已完成",
        "美丽幸福河湖建成数量",
        "预期性",
        "15条",
        "18条",
        "已完成",
        "排水用户雨污混接达标率",
        "预期性",
        "80%",
        "72%",
        "序时推进",
        "注：完成值为2025年底数据。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "“十四五”主要指标完成情况")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "排水用户雨污混接达标率").cells,
        ["预期性", "80%", "72%", "序时推进"]
    );
    assert_eq!(t.notes.len(), 1);
}

#[test]
fn a_goal_in_words_before_the_next_number_is_the_short_row_s_target_no_category() {
    // 类别 merged before 序号, categories of four characters; row 6 has no unit and its baseline
    // and target are words (`基本建立` `全面建立`): the four-character target before `7` is
    // the row's, not the next group's category, as the last column holds figures.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "属性",
        "2025年",
        "基数",
        "2030年",
        "目标",
        "加梯规模",
        "1",
        "累计完工加装电梯",
        "台",
        "预期性",
        "1172",
        "≥2670",
        "其中：“十五五”期间新增完工",
        "台",
        "预期性",
        "/",
        "1500",
        "（2026—2030年）",
        "2",
        "具备条件门栋加装电梯覆盖率",
        "%",
        "预期性",
        "18.6",
        "40以上",
        "服务效能",
        "3",
        "加装电梯项目平均审批时限",
        "工作日",
        "约束性",
        "21",
        "≤15",
        "4",
        "加梯居民满意度",
        "%",
        "预期性",
        "92.4",
        "≥95",
        "安全运行",
        "5",
        "已投用加装电梯物联网",
        "监测覆盖率",
        "%",
        "约束性",
        "6.8",
        "100",
        "6",
        "建成电梯长效管理机制",
        "预期性",
        "基本建立",
        "全面建立",
        "7",
        "加装电梯年均困人故障率",
        "次/台·年",
        "预期性",
        "0.12",
        "≤0.08",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2  主要指标")), &ls).unwrap();
    let t = &r.parsed.table;
    let six = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "6"))
        .unwrap();
    assert_eq!(
        six.cells,
        [
            "6",
            "建成电梯长效管理机制",
            "",
            "预期性",
            "基本建立",
            "全面建立"
        ],
        "{:?}",
        rows(t)
    );
    assert_eq!(six.group.as_deref(), Some("安全运行"));
    let seven = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "7"))
        .unwrap();
    assert_eq!(seven.group.as_deref(), Some("安全运行"));
}

#[test]
fn a_goal_in_words_before_the_next_number_after_a_name_over_two_paragraphs_is_the_row_s() {
    // 类别 merged first, categories of four characters; row 8's name is over two paragraphs
    // (`托育机构“医育结合”` / `签约服务`), its unit vanished (a note says so), its values words:
    // `全覆盖` before `9` is its target, not the next group's category.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "属性",
        "2025年",
        "基期值",
        "2030年",
        "目标值",
        "托位供给",
        "1",
        "每千人口拥有3岁以下婴幼儿托位数",
        "个",
        "约束性",
        "4.62",
        "5.5",
        "2",
        "普惠性托位占比",
        "%",
        "约束性",
        "66.3",
        "≥75",
        "其中：公办托位占比",
        "%",
        "预期性",
        "30.5",
        "≥35",
        "3",
        "提供托育服务的幼儿园占比",
        "%",
        "预期性",
        "61",
        "80",
        "服务网络",
        "4",
        "街镇托育服务综合体",
        "个",
        "预期性",
        "3",
        "≥10",
        "5",
        "社区“宝宝屋”服务覆盖率",
        "%",
        "约束性",
        "82",
        "100",
        "6",
        "新建住宅小区托育服务设施",
        "配建达标率",
        "%",
        "约束性",
        "/",
        "100",
        "质量监管",
        "7",
        "托育从业人员持证上岗率",
        "%",
        "约束性",
        "96.8",
        "100",
        "8",
        "托育机构“医育结合”",
        "签约服务",
        "约束性",
        "基本覆盖",
        "全覆盖",
        "9",
        "家长对托育服务满意度",
        "%",
        "预期性",
        "92.5",
        "≥95",
        "注：1.第6项为“十五五”新增指标，2025年未纳入统计，基期值以“/”表示。",
        "2.第8项为定性指标，不设计量单位。",
        "3.带“≥”的指标为下限值。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2  主要指标")), &ls).unwrap();
    let t = &r.parsed.table;
    let eight = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "8"))
        .unwrap();
    assert_eq!(
        eight.cells,
        [
            "8",
            "托育机构“医育结合”签约服务",
            "",
            "约束性",
            "基本覆盖",
            "全覆盖"
        ],
        "{:?}",
        rows(t)
    );
    let nine = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "9"))
        .unwrap();
    assert_eq!(nine.group.as_deref(), Some("质量监管"));
}

#[test]
fn an_evaluation_before_the_next_number_is_the_row_s_not_the_next_group_s_category() {
    // 类别 merged first; row 7's name is over two paragraphs, and its evaluation `未完成`
    // stands before `8` where the rows so far end with `已完成`: the row's, no category.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "静浦区",
        "“十四五”",
        "规划目标",
        "2025年",
        "完成值",
        "完成情况",
        "设施供给",
        "1",
        "人均体育场地面积",
        "平方米",
        "2.6",
        "2.83",
        "已完成",
        "2",
        "街镇社区市民健身中心",
        "覆盖率",
        "%",
        "100",
        "100",
        "已完成",
        "3",
        "市民球场数量",
        "片",
        "350以上",
        "386",
        "已完成",
        "其中：笼式足球场",
        "片",
        "60",
        "64",
        "已完成",
        "4",
        "市民益智健身苑点",
        "个",
        "650",
        "712",
        "已完成",
        "5",
        "健身步道总长度",
        "公里",
        "120",
        "134.6",
        "已完成",
        "设施服务",
        "6",
        "公共体育场馆免费或",
        "低收费开放率",
        "%",
        "100",
        "100",
        "已完成",
        "7",
        "符合条件的学校体育场地",
        "向社会开放率",
        "%",
        "90.00以上",
        "86.5",
        "未完成",
        "8",
        "每千人社会体育指导员数",
        "人",
        "4.5",
        "4.8",
        "已完成",
        "健身参与",
        "9",
        "经常参加体育锻炼人数比例",
        "%",
        "45.00以上",
        "47.2",
        "已完成",
        "10",
        "国民体质监测合格率",
        "%",
        "96.5",
        "96.8",
        "（2024年）",
        "已完成",
        "11",
        "市民体育健身设施满意度",
        "分",
        "—",
        "87.3",
        "—",
        "注：第10项2025年国民体质监测数据尚未发布，采用2024年监测数据；第11项为“十四五”中期评估时增设的监测指标，未设规划目标，不作完成情况评价。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标完成情况")), &ls).unwrap();
    let t = &r.parsed.table;
    let seven = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "7"))
        .unwrap();
    assert_eq!(
        seven.cells,
        [
            "7",
            "符合条件的学校体育场地向社会开放率",
            "%",
            "90.00以上",
            "86.5",
            "未完成"
        ],
        "{:?}",
        rows(t)
    );
    let eight = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "8"))
        .unwrap();
    assert_eq!(eight.group.as_deref(), Some("设施服务"));
}

#[test]
fn a_state_created_where_the_unit_would_stand_is_the_target() {
    // Row blocks, caption below; row 8 has no unit (a note says so): `创成` (created), a
    // state reached, is its target, not a unit of two characters.
    let src = "序号\n\
               指标名称\n\
               单位\n\
               “十四五”\n\
               目标值\n\
               2025年\n\
               完成值\n\
               完成情况\n\
               \n\
               1\n\
               食品安全评价性抽检合格率\n\
               %\n\
               ≥98\n\
               98.6\n\
               已完成\n\
               \n\
               2\n\
               食品抽检量\n\
               批次/千人\n\
               5\n\
               6.2\n\
               已完成\n\
               \n\
               3\n\
               主要食用农产品质量安全\n\
               抽检合格率\n\
               %\n\
               ≥98\n\
               99.1\n\
               已完成\n\
               \n\
               4\n\
               食品生产企业风险分级管理覆盖率\n\
               %\n\
               100\n\
               100\n\
               已完成\n\
               \n\
               5\n\
               餐饮服务单位“明厨亮灶”覆盖率\n\
               %\n\
               90\n\
               93.7\n\
               已完成\n\
               \n\
               其中：学校食堂“互联网+明厨亮灶”覆盖率\n\
               %\n\
               100\n\
               100\n\
               已完成\n\
               \n\
               6\n\
               食品安全责任保险投保企业数\n\
               家\n\
               —\n\
               1260\n\
               /\n\
               \n\
               7\n\
               群众食品安全满意度\n\
               分\n\
               ≥80\n\
               84.5\n\
               已完成\n\
               \n\
               8\n\
               国家食品安全示范城区创建\n\
               创成\n\
               通过市级初审\n\
               基本完成\n\
               \n\
               澜泾区食品安全“十四五”规划主要指标完成情况\n\
               \n\
               注：1.第6项为规划中期评估时新增的监测性指标，未设定目标值，不作完成情况评价。\n\
               \n\
               2.第8项为定性指标，无计量单位。\n";
    let ls = lines(src);
    let r = read_with(
        "t1",
        None,
        &ls,
        Options {
            pointed: true,
            ..Options::default()
        },
    )
    .unwrap();
    let t = &r.parsed.table;
    let eight = t.rows.iter().find(|r| r.name == "8").unwrap();
    assert_eq!(
        eight.cells,
        [
            "国家食品安全示范城区创建",
            "",
            "创成",
            "通过市级初审",
            "基本完成"
        ],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_completion_table_s_last_row_of_work_going_on_before_the_notes_is_a_row() {
    // The last row's evaluation is `持续推进` (going on) and its target vanished (a note says
    // none was set): a row, its target empty.
    let src = blank_cells(&[
        "指标名称",
        "指标属性",
        "目标值（2025年）",
        "现状值(2025年）",
        "进展评价",
        "城市公共供水普及率",
        "约束性",
        "99%",
        "99.6%",
        "已完成",
        "城乡供水一体化覆盖率",
        "预期性",
        "90%",
        "100%",
        "已完成",
        "公共供水管网漏损率",
        "约束性",
        "9%",
        "8.7%",
        "已完成",
        "水厂深度处理能力占比",
        "预期性",
        "62.5%",
        "持续推进",
        "注：水厂深度处理能力占比为中期新增的监测指标，规划未设定2025年目标值，表中该格空缺。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1：主要指标完成情况")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "水厂深度处理能力占比").cells,
        ["预期性", "", "62.5%", "持续推进"]
    );
    assert_eq!(t.notes.len(), 1);
}

#[test]
fn bodies_under_a_last_column_of_bodies_close_the_first_row_and_open_no_group() {
    // 项目类别 merged first; the first row's content goes on in a paragraph opening with a
    // figure (`4500平方米，…`), so its last cell `区残联、区建设管理委` stands where the next
    // row's category would: bodies under 责任单位, the row's own.
    let src = blank_cells(&[
        "项目类别",
        "序号",
        "项目名称",
        "主要建设内容",
        "实施年限",
        "责任单位",
        "设施建设类",
        "1",
        "区残疾人综合服务中心改扩建",
        "对区残疾人综合服务中心实施改扩建，新增康复训练、职业培训和托养照护用房",
        "4500平方米，配置康复训练设备200余台（套）",
        "2026—2028年",
        "区残联、区建设管理委",
        "2",
        "街镇“残疾人之家”标准化提升",
        "对全区11个街镇“残疾人之家”开展标准化改造，完善无障碍设施和康复辅具配置",
        "2026—2027年",
        "各街道办事处、",
        "镇人民政府",
        "3",
        "15分钟助残服务圈建设",
        "依托社区综合服务设施和社区卫生服务中心布局助残服务点，提供康复、辅具、就业和政策咨询等就近服务",
        "2026—2030年",
        "区民政局、区残联",
        "服务提升类",
        "4",
        "“康复到家”精准服务项目",
        "为居家重度残疾人提供上门康复训练、护理指导和辅具适配服务，每年服务不少于800人",
        "2026—2030年",
        "区残联、区卫生健康委",
        "5",
        "残疾人就业创业孵化基地",
        "建设残疾人就业创业孵化基地1处，为残疾人创业提供场地、资金和指导服务",
        "2027—2028年",
        "区人力资源社会保障局、区残联",
        "6",
        "残疾人“喘息服务”试点",
        "在3个街镇试点开展重度残疾人家庭“喘息服务”，每年提供短期替代照护服务不少于2000人次",
        "2026—2027年",
        "区残联、区民政局",
        "数字赋能类",
        "7",
        "残疾人服务“一网通办”专区",
        "在“随申办”蕴江旗舰店建设残疾人服务专区，实现残疾人证办理、两项补贴申领等事项全程网办",
        "2026年",
        "区数据局、区残联",
        "8",
        "智慧助残地图",
        "整合全区无障碍设施和助残服务资源信息，为残疾人出行和办事提供无障碍导航服务",
        "区残联",
    ]);
    let ls = lines(&src);
    let r = read("t3", Some((0, "重点项目表")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.rows[0].cells,
        [
            "1",
            "区残疾人综合服务中心改扩建",
            "对区残疾人综合服务中心实施改扩建，新增康复训练、职业培训和托养照护用房4500平方米，配置康复训练设备200余台（套）",
            "2026—2028年",
            "区残联、区建设管理委"
        ],
        "{:?}",
        rows(t)
    );
    assert_eq!(t.rows[1].group.as_deref(), Some("设施建设类"));
}

#[test]
fn a_time_under_a_last_column_of_times_closes_its_row_and_opens_no_group() {
    // 项目类别 merged first; row 4's content goes on in a paragraph opening with a figure
    // (`310公里、立管50公里`), so its period `2026—2030年` stands where the next row's
    // category would: a time under 建设年限, the row's own.
    let src = blank_cells(&[
        "项目类别",
        "序号",
        "项目名称",
        "建设内容及规模",
        "建设年限",
        "气源及储气设施",
        "1",
        "榆滨西门站工程",
        "新建门站1座，设计接收能力200万立方米/日，配套建设DN600高压支线18公里",
        "2026—2027年",
        "2",
        "北岭LNG应急储备站二期工程",
        "新增储气能力240万立方米",
        "2027—2029年",
        "燃气管网",
        "3",
        "环城高压管道北段、西段工程",
        "1.新建高压管道42公里；2.配套建设高中压调压站3座。",
        "2026—2028年",
        "4",
        "城市燃气管道老化更新改造工程",
        "改造市政管道120公里、庭院管道",
        "310公里、立管50公里",
        "2026—2030年",
        "5",
        "临渠县、石桥县城乡燃气管网延伸工程",
        "新建中压管道96公里，新增农村管道燃气用户1.8万户",
        "供热热源及管网",
        "6",
        "榆滨热电厂供热能力提升工程",
        "实施汽轮机低真空循环水供热改造，新增供热能力350兆瓦",
        "2026—2027年",
        "7",
        "开发区工业余热长输供热管线工程",
        "新建DN1000供热管线2×12.6公里及中继泵站1座",
        "2027—2029年",
        "8",
        "老旧供热管网改造工程",
        "改造一级网35公里、二级网175公里",
        "2026—2030年",
        "智慧化及安全保障",
        "9",
        "城市生命线燃气和供热安全监测工程",
        "布设各类监测终端1.2万套，建成市级安全运行监测中心",
        "2026—2028年",
        "10",
        "燃气应急抢险中心工程",
        "建设市级应急抢险中心1处、片区抢险站4处",
        "2026—2028年",
        "注：第5项建设年限根据临渠县、石桥县燃气专项规划批复情况另行确定。",
    ]);
    let ls = lines(&src);
    let r = read("t4", Some((0, "重点项目表")), &ls).unwrap();
    let t = &r.parsed.table;
    let four = t
        .rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c == "4"))
        .unwrap();
    assert_eq!(
        four.cells,
        [
            "4",
            "城市燃气管道老化更新改造工程",
            "改造市政管道120公里、庭院管道310公里、立管50公里",
            "2026—2030年"
        ],
        "{:?}",
        rows(t)
    );
    let five = t
        .rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c == "5"))
        .unwrap();
    assert_eq!(five.group.as_deref(), Some("燃气管网"));
}

#[test]
fn a_share_s_name_over_two_paragraphs_ending_in_its_measure_and_unit_under_a_category_after_the_number(
) {
    // 类别 merged after 序号; the `其中` sub-row's name goes on in `消除率（%）`, a measure's end
    // with its unit in brackets: one name, no category of its own.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "2025年",
        "2030年",
        "指标性质",
        "1",
        "排水能力",
        "中心城区雨水排水能力达3～5年一遇面积占比",
        "（%）",
        "68.5",
        "≥85",
        "约束性",
        "2",
        "新建、改造雨水管渠长度",
        "（公里）",
        "1126",
        "（2021年—2025年）",
        "[800]",
        "预期性",
        "3",
        "内涝防治",
        "城市内涝防治标准",
        "（年一遇）",
        "30",
        "50",
        "约束性",
        "4",
        "易涝积水点动态消除率（%）",
        "100",
        "100",
        "约束性",
        "其中：下立交积水点",
        "消除率（%）",
        "100",
        "100",
        "约束性",
        "5",
        "雨水调蓄设施总规模",
        "（万立方米）",
        "52.4",
        "≥80",
        "预期性",
        "6",
        "源头减排",
        "城市建成区海绵城市达标面积比例（%）",
        "43.6",
        "≥80",
        "约束性",
        "7",
        "运行管理",
        "排水管道结构性缺陷修复率（%）",
        "72",
        "（三级、四级缺陷）",
        "100",
        "约束性",
        "8",
        "排水管网智能感知覆盖率（%）",
        "—",
        "≥60",
        "预期性",
        "9",
        "城市内涝预警信息发布时效",
        "（分钟）",
        "30",
        "≤15",
        "预期性",
        "10",
        "内涝灾害年均直接经济损失下降率（%）",
        "18",
        "（2025年较2020年下降）",
        "力争达到15左右（2030年较2025年下降）",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表1 主要指标")), &ls).unwrap();
    let t = &r.parsed.table;
    let share = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c.starts_with("其中")))
        .unwrap();
    assert_eq!(
        share.cells,
        ["", "其中：下立交积水点消除率（%）", "100", "100", "约束性"],
        "{:?}",
        rows(t)
    );
    assert_eq!(share.group.as_deref(), Some("内涝防治"));
}

#[test]
fn a_box_s_table_headed_by_a_column_of_sites_reads_its_row_blocks() {
    // Under a 专栏's title, a header naming the routes and their sites (`主要串联点位`, the
    // sites a route links) and rows in blocks, one cell over two lines after its `、`.
    let src = "线路名称\n主要串联点位\n主题特色\n\n\
               “稻香澜东”农耕体验线\n澜东镇稻米文化馆、万亩良田观光带、澜东农产品加工园区\n农耕文化、稻田研学\n\n\
               “桃源白鹭”花果采摘线\n白鹭黄桃主题农业公园、白鹭湖生态渔业示范基地、枫渚草莓园\n花果采摘、亲子休闲\n\n\
               “水韵泖湾”水乡民宿线\n泖湾古镇、泖湾水乡民宿集聚区、\n茭白田园综合体\n水乡风情、康养度假\n\n\
               “渔歌沙港”滨水渔趣线\n沙港渔港码头、青虾生态养殖基地、沿河滨水绿道\n渔事体验、滨水骑行\n\n\
               （四）培育乡村新产业新业态\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t3", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["线路名称", "主要串联点位", "主题特色"]);
    assert_eq!(t.rows.len(), 4, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "“水韵泖湾”水乡民宿线").cells,
        [
            "泖湾古镇、泖湾水乡民宿集聚区、茭白田园综合体",
            "水乡风情、康养度假"
        ]
    );
}

#[test]
fn names_over_two_paragraphs_after_a_first_line_far_longer_than_the_categories() {
    // 类别 merged first, categories of four; names go on in a paragraph with their unit in
    // brackets (`重点区域1:1万地质灾害` / `风险调查（平方公里）`) after a first line longer by
    // four than every category: one name, the category the group's.
    let src = "类别\n\
               \n\
               指标名称\n\
               \n\
               “十四五”\n\
               \n\
               目标\n\
               \n\
               完成情况\n\
               \n\
               指标性质\n\
               \n\
               调查评价\n\
               \n\
               1:5万地质灾害风险调查\n\
               \n\
               （县、区）\n\
               \n\
               9\n\
               \n\
               9\n\
               \n\
               约束性\n\
               \n\
               重点区域1:1万地质灾害\n\
               \n\
               风险调查（平方公里）\n\
               \n\
               1200\n\
               \n\
               1356\n\
               \n\
               预期性\n\
               \n\
               监测预警\n\
               \n\
               专业监测点\n\
               \n\
               （处）\n\
               \n\
               260\n\
               \n\
               312\n\
               \n\
               预期性\n\
               \n\
               地质灾害隐患点群测群防\n\
               \n\
               覆盖率（%）\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               综合治理\n\
               \n\
               隐患点工程治理\n\
               \n\
               （处）\n\
               \n\
               150\n\
               \n\
               168\n\
               \n\
               （2021年-2025年累计）\n\
               \n\
               预期性\n\
               \n\
               其中：威胁百人以上\n\
               \n\
               隐患点治理（处）\n\
               \n\
               —\n\
               \n\
               46\n\
               \n\
               预期性\n\
               \n\
               搬迁避让\n\
               \n\
               （户）\n\
               \n\
               3000\n\
               \n\
               3472\n\
               \n\
               预期性\n\
               \n\
               防治成效\n\
               \n\
               地质灾害成功避险\n\
               \n\
               （起/人）\n\
               \n\
               —\n\
               \n\
               11/386\n\
               \n\
               预期性\n\
               \n\
               地质灾害直接经济损失占\n\
               \n\
               地区生产总值比重（‰）\n\
               \n\
               ≤0.1\n\
               \n\
               0.03\n\
               （五年平均）\n\
               \n\
               预期性\n\
               \n\
               因地质灾害死亡（失踪）人数\n\
               \n\
               （人）\n\
               \n\
               力争为0\n\
               \n\
               0\n\
               \n\
               约束性\n\
               \n\
               注：“—”表示“十四五”规划未设定该项目标值，仅作统计监测；“11/386”表示成功避险11起、转移避险群众386人。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标完成情况")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 10, "{:?}", rows(t));
    let names: Vec<&str> = t.rows.iter().map(|r| r.cells[0].as_str()).collect();
    for name in [
        "重点区域1:1万地质灾害风险调查（平方公里）",
        "地质灾害隐患点群测群防覆盖率（%）",
        "地质灾害直接经济损失占地区生产总值比重（‰）",
    ] {
        assert!(names.contains(&name), "{name}: {:?}", rows(t));
    }
    let groups: Vec<&str> = t.rows.iter().filter_map(|r| r.group.as_deref()).collect();
    assert!(groups.iter().all(|g| g.chars().count() == 4), "{groups:?}");
}

#[test]
fn a_name_over_two_paragraphs_before_a_unit_of_one_character_keeps_the_unit_apart() {
    // 类别 merged first; row 4's name goes on in a paragraph (`省级及以上装配式建筑` /
    // `产业基地`) before its unit `家`: the name's two lines are one cell, the unit its own.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "“十四五”",
        "目标",
        "2025年",
        "完成值",
        "完成情况",
        "发展规模",
        "1",
        "新开工装配式建筑占新建建筑面积比例",
        "%",
        "40",
        "46.2",
        "超额完成",
        "2",
        "装配式建筑新开工面积（五年累计）",
        "万平方米",
        "1500",
        "1863",
        "超额完成",
        "其中：保障性住房",
        "万平方米",
        "400",
        "512",
        "超额完成",
        "3",
        "新开工全装修住宅占新建商品住宅比例",
        "%",
        "30",
        "34.5",
        "超额完成",
        "产业能力",
        "4",
        "省级及以上装配式建筑",
        "产业基地",
        "家",
        "8",
        "11",
        "超额完成",
        "5",
        "预制混凝土构件年设计产能",
        "万立方米",
        "80",
        "85.6",
        "完成",
        "技术应用",
        "6",
        "装配式建筑项目BIM技术应用比例",
        "%",
        "50",
        "58",
        "超额完成",
        "7",
        "装配化装修示范项目面积",
        "万平方米",
        "—",
        "12.4",
        "—",
        "8",
        "钢结构住宅试点项目",
        "个",
        "5",
        "4",
        "基本完成",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标完成情况")), &ls).unwrap();
    let t = &r.parsed.table;
    let four = t
        .rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c == "4"))
        .unwrap();
    assert_eq!(
        four.cells,
        [
            "4",
            "省级及以上装配式建筑产业基地",
            "家",
            "8",
            "11",
            "超额完成"
        ],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_row_with_only_a_goal_in_words_leaves_its_baseline_empty() {
    // 类别 merged first; row 6 has its unit and one value, `确保完成省下达目标`, a target in
    // words: its 2025年基数 is the cell that vanished, not the target's, where rows above write
    // placeholders among their values.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标",
        "单位",
        "2025年基数",
        "“十五五”目标",
        "属性",
        "规模发展",
        "1",
        "新开工装配式建筑占新建建筑面积比例（期末）",
        "%",
        "46.2",
        "50以上",
        "约束性",
        "2",
        "装配式建筑新开工面积（五年累计）",
        "万平方米",
        "1863",
        "力争2500",
        "预期性",
        "其中：保障性住房",
        "万平方米",
        "512",
        "800左右",
        "约束性",
        "3",
        "新开工装配化装修住宅面积（五年累计）",
        "万平方米",
        "—",
        "300",
        "预期性",
        "产业支撑",
        "4",
        "省级及以上装配式建筑产业基地（期末）",
        "家",
        "11",
        "新增5-6家",
        "预期性",
        "5",
        "预制构件年设计产能（期末）",
        "万立方米",
        "85.6",
        "120",
        "预期性",
        "6",
        "部品部件本地化配套率（期末）",
        "%",
        "确保完成省下达目标",
        "预期性",
        "品质效率",
        "7",
        "采用工程总承包模式的",
        "装配式建筑项目占比",
        "%",
        "38",
        "70",
        "预期性",
        "8",
        "装配式建筑评价等级达到A级及以上的项目占比",
        "%",
        "/",
        "30",
        "预期性",
        "9",
        "钢结构住宅新开工面积（五年累计）",
        "万平方米",
        "18.6",
        "60（其中保障性住房不少于20）",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表1：主要指标")), &ls).unwrap();
    let t = &r.parsed.table;
    let six = t
        .rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c == "6"))
        .unwrap();
    assert_eq!(
        six.cells,
        [
            "6",
            "部品部件本地化配套率（期末）",
            "%",
            "",
            "确保完成省下达目标",
            "预期性"
        ],
        "{:?}",
        rows(t)
    );
}

#[test]
fn the_last_row_s_goal_in_words_under_a_column_of_targets_is_its_target() {
    // The last row's name is over two paragraphs, and its target, `确保完成省下达目标`, a goal
    // in words, stands right before the next chapter: the row's last cell, under 目标.
    let src = "\n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               沣溪市\n\
               \n\
               2025年\n\
               \n\
               现状值\n\
               \n\
               “十五五”目标\n\
               \n\
               1\n\
               \n\
               受污染耕地安全利用率\n\
               \n\
               %\n\
               \n\
               95.6\n\
               \n\
               95以上\n\
               \n\
               2\n\
               \n\
               重点建设用地安全利用\n\
               \n\
               有效保障\n\
               \n\
               有效保障\n\
               \n\
               3\n\
               \n\
               新增土壤污染重点监管单位\n\
               \n\
               隐患排查完成率\n\
               \n\
               %\n\
               \n\
               —\n\
               \n\
               100\n\
               \n\
               4\n\
               \n\
               污染地块安全利用项目\n\
               \n\
               （五年累计）\n\
               \n\
               个\n\
               \n\
               —\n\
               \n\
               40左右\n\
               \n\
               5\n\
               \n\
               地下水国控点位\n\
               \n\
               Ⅴ类水比例\n\
               \n\
               %\n\
               \n\
               16.7\n\
               \n\
               确保完成省下达目标\n\
               \n\
               6\n\
               \n\
               农膜回收率\n\
               \n\
               %\n\
               \n\
               86.4\n\
               \n\
               ≥90\n\
               \n\
               7\n\
               \n\
               畜禽粪污综合利用率\n\
               \n\
               %\n\
               \n\
               93.1\n\
               \n\
               95\n\
               \n\
               8\n\
               \n\
               土壤和地下水环境监测点位\n\
               \n\
               个\n\
               \n\
               128\n\
               \n\
               150（含地下水点位45个）\n\
               \n\
               9\n\
               \n\
               重点行业重点重金属污染物\n\
               \n\
               排放量下降比例（较2025年）\n\
               \n\
               %\n\
               \n\
               /\n\
               \n\
               确保完成省下达目标\n\
               \n\
               三、主要任务\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表1：主要指标")), &ls).unwrap();
    let t = &r.parsed.table;
    let last = t.rows.last().unwrap();
    assert_eq!(
        last.cells,
        [
            "重点行业重点重金属污染物排放量下降比例（较2025年）",
            "%",
            "/",
            "确保完成省下达目标"
        ],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_title_line_opening_with_any_task_verb_after_the_notes_is_the_texts() {
    // `3、夯实居委老年学习点` after notes `注：1、…` `2、…`: the section's next heading.
    for title in [
        "3、夯实居委老年学习点",
        "3、拓展线上学习渠道",
        "3、畅通老年人学习通道",
        "3、盘活用好存量学习场所",
    ] {
        let src = blank_cells(&[
            "街道",
            "学校名称",
            "办学规模（人）",
            "青莲街道",
            "青莲街道老年学校",
            "1200",
            "望江街道",
            "望江街道老年学校",
            "900",
            "注：1、办学规模为年度在册学员人数。",
            "2、望江街道老年学校办学规模待批复后确定。",
            title,
            "按照“一居一点”的要求，依托居民区党群服务站设置老年学习点，到2025年达到205个。",
        ]);
        let ls = lines(&src);
        let r = read("t1", Some((0, "表2 老年学校")), &ls).expect("a table");
        assert_eq!(
            r.parsed.table.notes.len(),
            2,
            "{title}: {:?}",
            r.parsed.table.notes
        );
        assert_eq!(ls[r.consumed].text, title);
    }
}

#[test]
fn row_blocks_whose_names_go_over_two_lines_with_a_sub_row_and_a_row_short_of_a_cell() {
    // Every name over two lines of its block; the `其中` sub-row without its number is one
    // line wider than the columns after the number; row 3 has lost its baseline, its block as
    // long as the columns: its second line is words, not a unit (`个工作日` follows).
    let src = "\n序号\n指标名称\n单位\n2020年\n2025年\n属性\n\n\
               1\n无线电监测网\n县域监测覆盖率\n%\n52\n≥75\n约束性\n\n\
               其中：县城区\n监测覆盖率\n%\n85\n≥98\n约束性\n\n\
               2\n固定及小型\n无线电监测站数量\n个\n3\n6\n预期性\n\n\
               3\n无线电干扰申诉\n平均办结时限\n个工作日\n≤15\n预期性\n\n\
               4\n无线电管理执法人员\n持证上岗率\n%\n90\n100\n约束性\n\n\
";
    let ls = lines(src);
    let t = read("t1", Some((0, "表1 主要指标")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(
        rows(&t),
        [
            "I||1|无线电监测网县域监测覆盖率|%|52|≥75|约束性",
            "I|||其中：县城区监测覆盖率|%|85|≥98|约束性",
            "I||2|固定及小型无线电监测站数量|个|3|6|预期性",
            "I||3|无线电干扰申诉平均办结时限|个工作日||≤15|预期性",
            "I||4|无线电管理执法人员持证上岗率|%|90|100|约束性",
        ]
    );
}

#[test]
fn a_row_block_short_of_two_figures_with_a_cell_stopped_at_a_comma() {
    // Row 3: its 建设内容 over two lines, the first stopped at `，`, and both investments gone
    // (the note says so): the two lines are one cell, the figures left empty.
    let src = "\n序号\n项目名称\n建设内容\n建设年限\n总投资\n“十四五”投资\n责任单位\n\n\
               1\n氯碱副产氢提纯项目\n新建副产氢变压吸附提纯装置2套\n2021—2023年\n6.8\n6.8\n石港化工园区管委会\n\n\
               2\n风光制氢一体化示范项目\n建设风电20万千瓦、光伏10万千瓦，配套建设电解水制氢装置\n2022—2025年\n24.5\n18.6\n滨海新区管委会\n\n\
               3\n光伏制氢及绿氨合成示范项目\n开展光伏制氢及绿氨合成前期研究，\n适时启动一期示范工程建设\n2024—2025年\n临湾县人民政府\n\n\
               4\n加氢站建设项目\n新建加氢站6座\n2021—2025年\n3.6\n3.6\n市交通集团\n\n\
               注：序号3项目总投资和“十四五”投资待批复后确定，表中暂未列示。\n";
    let ls = lines(src);
    let t = read("t1", Some((0, "表3 重点项目表")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(
        row_named(&t, "3").cells,
        [
            "光伏制氢及绿氨合成示范项目",
            "开展光伏制氢及绿氨合成前期研究，适时启动一期示范工程建设",
            "2024—2025年",
            "",
            "",
            "临湾县人民政府"
        ]
    );
}

#[test]
fn a_total_after_a_row_whose_figure_vanished_sums_the_others() {
    // The 高坪 row has no 2025年产值 (set later, the note says, not in the total): the total
    // block `合计` `75` sums the others and ends the table.
    let src = "\n集群名称\n所在乡镇\n主导产品\n2025年产值（亿元）\n\n\
               篁城竹家居建材产业集群\n篁城镇\n竹集成材、竹地板\n32\n\n\
               云岭竹纤维新材料产业集群\n云岭镇\n竹浆纸、竹纤维\n18\n\n\
               桃源竹日用品产业集群\n桃源镇\n竹筷、竹砧板\n12\n\n\
               高坪竹炭产业集群\n高坪乡\n竹炭、竹醋液\n\n\
               双河竹工艺品产业集群\n双河镇\n竹编、竹雕\n13\n\n\
               合计\n75\n\n\
               注：高坪竹炭产业集群产值目标待项目落地后确定，未计入合计。\n";
    let ls = lines(src);
    let t = read("t2", Some((0, "表2 加工集群布局")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(t.rows.len(), 6, "{:?}", rows(&t));
    assert_eq!(row_named(&t, "合计").cells, ["", "", "75"]);
    assert_eq!(
        row_named(&t, "高坪竹炭产业集群").cells,
        ["高坪乡", "竹炭、竹醋液", ""]
    );
}

#[test]
fn a_header_cell_of_a_year_and_a_measure_over_its_values_and_unit() {
    // `2025年网络零售额` / `目标（万元）` is one column; the 合计 row comes first; 城南街道 has
    // no village station.
    let src = "\n乡镇\n村级服务站（个）\n快递网点（个）\n2025年网络零售额\n目标（万元）\n\n\
               合计\n44\n67\n141000\n\n\
               城关镇\n14\n28\n62000\n\n\
               城南街道\n19\n38000\n\n\
               柘溪镇\n16\n12\n41000\n\n\
               龙潭镇\n14\n8\n0\n";
    let ls = lines(src);
    let t = read("t2", Some((0, "表2 农村电商服务网络布局")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(
        t.columns,
        [
            "乡镇",
            "村级服务站（个）",
            "快递网点（个）",
            "2025年网络零售额目标（万元）"
        ]
    );
    assert_eq!(t.rows.len(), 5, "{:?}", rows(&t));
    assert_eq!(row_named(&t, "城南街道").cells, ["", "19", "38000"]);
}

#[test]
fn a_sub_row_whose_name_goes_over_two_lines_before_a_rate_unit() {
    // `其中：肺结核报告` / `发病率` before `1/10万` (a unit opening with a figure): one name.
    let src = "\n序号\n指标名称\n单位\n2020年\n2025年\n属性\n\n\
               1\n甲乙类传染病报告发病率\n1/10万\n186\n控制在220以内\n预期性\n\n\
               其中：肺结核报告\n发病率\n1/10万\n41.6\n下降10%\n约束性\n\n\
               2\n适龄儿童免疫规划疫苗接种率\n%\n98\n≥95%\n约束性\n\n\
               3\n居民健康素养水平\n%\n24.5\n32\n预期性\n";
    let ls = lines(src);
    let t = read("t1", Some((0, "表1 主要指标")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(
        rows(&t)[1],
        "I|||其中：肺结核报告发病率|1/10万|41.6|下降10%|约束性"
    );
}

#[test]
fn a_name_over_two_paragraphs_that_the_text_names_whole_is_no_category() {
    // Row 2 reads as a category `毛竹林丰产培育` of its own; the text speaks of
    // `毛竹林丰产培育示范基地`: the two paragraphs are one name, rows 2 and 3 of 资源培育.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "1",
        "资源培育",
        "竹林面积",
        "万亩",
        "86.5",
        "≥87",
        "约束性",
        "2",
        "毛竹林丰产培育",
        "示范基地面积",
        "万亩",
        "12.6",
        "25",
        "预期性",
        "3",
        "竹林道路密度",
        "米/亩",
        "4.2",
        "6.0",
        "预期性",
        "4",
        "产业发展",
        "竹产业总产值",
        "亿元",
        "68.4",
        "120",
        "预期性",
        "5",
        "竹产品加工企业",
        "家",
        "120",
        "150",
        "预期性",
    ]);
    let ls = lines(&src);
    let mut parsed = read("t1", Some((0, "表1 主要指标")), &ls).unwrap().parsed;
    assert_eq!(row_named(&parsed.table, "2").cells[0], "毛竹林丰产培育");
    let text = "累计建成毛竹林丰产培育示范基地12.6万亩。";
    let joined = super::names_told_by_the_text(&mut parsed, &ls, |t| text.contains(t));
    assert_eq!(joined, ["毛竹林丰产培育示范基地面积"]);
    let t = &parsed.table;
    assert_eq!(
        row_named(t, "2").cells[..2],
        ["", "毛竹林丰产培育示范基地面积"]
    );
    assert_eq!(row_named(t, "2").group.as_deref(), Some("资源培育"));
    assert_eq!(row_named(t, "3").group.as_deref(), Some("资源培育"));
    assert_eq!(row_named(t, "5").group.as_deref(), Some("产业发展"));
    // A text that does not name it so leaves the category.
    let mut parsed = read("t1", Some((0, "表1 主要指标")), &ls).unwrap().parsed;
    assert!(super::names_told_by_the_text(&mut parsed, &ls, |t| "竹林面积".contains(t)).is_empty());
}

#[test]
fn row_blocks_under_a_level_merged_over_its_rows() {
    // `林长层级` written on each level's first row; a row's task over two lines after `，`
    // beside a long name; a last row whose 林长 is `/`, of the level above.
    let src = "\n林长层级\n林长\n责任区域\n主要任务\n\n\
               县级\n县委书记、县长（总林长）\n全县行政区域\n负责全县林长制工作的组织领导和决策部署\n\n\
               县政协主席（县级林长）\n梧水源片区（含梧水源省级森林公园）\n负责片区内水源涵养林保护和森林公园建设管理\n\n\
               常务副县长（县级林长）\n白石岭片区（含国家储备林基地）\n负责片区内国家储备林建设和石漠化综合治理，\n统筹协调重大项目使用林地审核\n\n\
               村级\n村党组织书记、村委会主任（村级林长）\n本村行政区域\n组织开展日常巡林护林，管理和调度本村护林员\n\n\
               /\n县国有黛峰林场经营范围\n不设村级林长，由场长履行管护主体责任\n";
    let ls = lines(src);
    let t = read("t2", Some((0, "表2 各级林长设置")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(&t));
    assert_eq!(
        rows(&t),
        [
            "I|县级|县级|县委书记、县长（总林长）|全县行政区域|负责全县林长制工作的组织领导和决策部署",
            "I|县级||县政协主席（县级林长）|梧水源片区（含梧水源省级森林公园）|负责片区内水源涵养林保护和森林公园建设管理",
            "I|县级||常务副县长（县级林长）|白石岭片区（含国家储备林基地）|负责片区内国家储备林建设和石漠化综合治理，统筹协调重大项目使用林地审核",
            "I|村级|村级|村党组织书记、村委会主任（村级林长）|本村行政区域|组织开展日常巡林护林，管理和调度本村护林员",
            "I|村级||/|县国有黛峰林场经营范围|不设村级林长，由场长履行管护主体责任",
        ]
    );
}

#[test]
fn the_whole_area_as_a_projects_place_ends_no_row() {
    // Row 2's place is `全区`, then its investment and years: no total inside the row.
    let src = blank_cells(&[
        "序号",
        "项目名称",
        "建设内容",
        "建设地点",
        "总投资",
        "建设年限",
        "1",
        "农业大数据中心建设项目",
        "建设农业农村大数据中心和数据资源目录",
        "区农业农村局",
        "4800",
        "2021—2023年",
        "2",
        "农产品质量安全智慧监管项目",
        "升级区级农产品质量安全追溯平台",
        "全区",
        "1850",
        "2021—2023年",
        "3",
        "设施蔬菜智能化改造项目",
        "对1.2万亩设施蔬菜大棚实施智能化改造",
        "柳岸镇",
        "6200",
        "2021—2024年",
    ]);
    let ls = lines(&src);
    let t = read("t1", Some((0, "表3 重点项目表")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(t.rows.len(), 3, "{:?}", rows(&t));
    assert_eq!(
        row_named(&t, "2").cells,
        [
            "农产品质量安全智慧监管项目",
            "升级区级农产品质量安全追溯平台",
            "全区",
            "1850",
            "2021—2023年"
        ]
    );
}

#[test]
fn a_last_sub_row_keeps_its_figures_after_an_attribute_before_the_years() {
    // 属性 before the years: the last `其中` sub-row's `1` `6` after `预期性` are its figures;
    // row 2 has no baseline (the note says so), its target under 2025年.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "属性",
        "2020年",
        "2025年",
        "1",
        "快递业务量",
        "亿件",
        "预期性",
        "3.2",
        "6.5",
        "2",
        "电商快件不再二次包装率",
        "%",
        "约束性",
        "90",
        "3",
        "快递服务制造业项目业务收入",
        "亿元",
        "预期性",
        "3.2",
        "15",
        "其中：业务收入超亿元的项目",
        "个",
        "预期性",
        "1",
        "6",
        "注：1.电商快件不再二次包装率为2021年新设指标，2020年无基期值。",
    ]);
    let ls = lines(&src);
    let t = read("t1", Some((0, "表1 主要指标")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(
        rows(&t),
        [
            "I||1|快递业务量|亿件|预期性|3.2|6.5",
            "I||2|电商快件不再二次包装率|%|约束性||90",
            "I||3|快递服务制造业项目业务收入|亿元|预期性|3.2|15",
            "I|||其中：业务收入超亿元的项目|个|预期性|1|6",
        ]
    );
}

#[test]
fn row_blocks_under_two_measures_each_over_the_years_with_subtotals() {
    // Two groups side by side over their years; 类别 merged; a variety's name over two lines
    // left open in a bracket; 白及 without its 2020 产值 (placed by its group's 小计); 小计 rows
    // of their group, 合计 of none.
    let src = "\n类别\n品种\n种植面积（万亩）\n产值（亿元）\n\n\
               2020年\n2025年\n2020年\n2025年\n\n\
               根及根茎类\n天麻\n2.6\n5.0\n7.8\n16.5\n\n\
               黄精（多花黄精、\n滇黄精）\n3.4\n8.0\n4.1\n12.8\n\n\
               白及\n1.2\n3.0\n5.4\n\n\
               小计\n7.2\n16.0\n11.9\n34.7\n\n\
               果实种子类\n吴茱萸\n6.8\n9.0\n3.9\n6.3\n\n\
               栀子\n2.1\n4.0\n1.3\n2.8\n\n\
               小计\n8.9\n13.0\n5.2\n9.1\n\n\
               合计\n16.1\n29.0\n17.1\n43.8\n";
    let ls = lines(src);
    let t = read("t2", Some((0, "表2 重点品种种植面积和产值")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(
        t.columns,
        ["类别", "品种", "2020年", "2025年", "2020年", "2025年"]
    );
    assert_eq!(
        group_spans(&t),
        [("种植面积（万亩）", 2, 2), ("产值（亿元）", 4, 2)]
    );
    assert_eq!(
        rows(&t),
        [
            "I|根及根茎类|根及根茎类|天麻|2.6|5.0|7.8|16.5",
            "I|根及根茎类||黄精（多花黄精、滇黄精）|3.4|8.0|4.1|12.8",
            "I|根及根茎类||白及|1.2|3.0||5.4",
            "I|根及根茎类||小计|7.2|16.0|11.9|34.7",
            "I|果实种子类|果实种子类|吴茱萸|6.8|9.0|3.9|6.3",
            "I|果实种子类||栀子|2.1|4.0|1.3|2.8",
            "I|果实种子类||小计|8.9|13.0|5.2|9.1",
            "I||合计||16.1|29.0|17.1|43.8",
        ]
    );
}

#[test]
fn a_note_names_a_share_without_its_qizhong() {
    // The sub-row `其中：灵活就业人员缴存人数` has its target only; the note names it without
    // `其中：` and says 2020 has no base: the figure is the target.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "2020年",
        "2025年",
        "1",
        "制度覆盖",
        "实缴单位数",
        "2.36万个",
        "3.2万个",
        "2",
        "实缴职工人数",
        "68.4万人",
        "85万人",
        "其中：灵活就业人员缴存人数",
        "5万人",
        "3",
        "年缴存额",
        "126.8亿元",
        "190亿元",
        "4",
        "住房消费",
        "年提取额",
        "88.2亿元",
        "135亿元",
        "注：1.灵活就业人员自愿缴存试点自2021年起开展，2020年无基数。",
    ]);
    let ls = lines(&src);
    let t = read("t1", Some((0, "表1 主要指标")), &ls)
        .unwrap()
        .parsed
        .table;
    let share = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c.starts_with("其中")))
        .unwrap();
    assert_eq!(share.cells, ["", "其中：灵活就业人员缴存人数", "", "5万人"]);
}

#[test]
fn a_row_short_of_its_last_value_before_a_row_opening_with_a_mark() {
    // 青竹乡 has no trail figure (the note says so); the next row opens with `—`.
    let src = blank_cells(&[
        "乡镇",
        "全民健身中心",
        "多功能运动场",
        "健身步道（公里）",
        "枫岭镇",
        "2",
        "12",
        "16.5",
        "石桥镇",
        "1",
        "7",
        "9.2",
        "双河乡",
        "—",
        "3",
        "3.6",
        "青竹乡",
        "—",
        "2",
        "岩口乡",
        "—",
        "2",
        "6.4",
        "注：青竹乡境内健身步道纳入国家登山健身步道统一建设，表中空白。",
    ]);
    let ls = lines(&src);
    let t = read("t2", Some((0, "表2 乡镇全民健身设施")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(&t));
    assert_eq!(row_named(&t, "青竹乡").cells, ["—", "2", ""]);
    assert_eq!(row_named(&t, "岩口乡").cells, ["—", "2", "6.4"]);
}

#[test]
fn a_sub_row_name_over_two_lines_under_a_category_before_its_number() {
    // 类别 before 序号; the share's name goes on in `人数比例` before its unit `%`.
    let src = "\n类别\n序号\n指标名称\n单位\n2020年\n2025年\n属性\n\n\
               健身参与\n1\n经常参加体育锻炼人数比例\n%\n37.2\n≥40\n预期性\n\n\
               其中：60岁及以上老年人经常参加体育锻炼\n人数比例\n%\n23.6\n≥28\n预期性\n\n\
               2\n城乡居民体质合格以上人数比例\n%\n91.2\n≥93\n约束性\n\n\
               设施建设\n3\n人均体育场地面积\n平方米\n2.1\n2.6\n约束性\n";
    let ls = lines(src);
    let t = read("t1", Some((0, "表1 主要指标")), &ls)
        .unwrap()
        .parsed
        .table;
    let share = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c.starts_with("其中")))
        .unwrap();
    assert!(
        share
            .cells
            .contains(&"其中：60岁及以上老年人经常参加体育锻炼人数比例".to_string()),
        "{:?}",
        share
    );
    assert!(share.cells.contains(&"%".to_string()), "{:?}", share);
}

#[test]
fn a_cell_joined_at_its_comma_leaves_the_place_after_it_alone() {
    // Row 3's 建设内容 stops at `，` and goes on in the next line of its block: once joined the
    // row is whole, `白鹭镇、沙湾镇等8个乡镇` its place.
    let src = "\n序号\n项目名称\n建设内容及规模\n建设地点\n总投资\n建设年限\n\n\
               1\n化肥减量增效示范工程\n建设测土配方施肥示范区10万亩\n全县\n4600\n2021—2025年\n\n\
               2\n绿色防控与统防统治融合示范工程\n建设融合示范区10个、面积5万亩\n全县\n1850\n2022—2025年\n\n\
               3\n农田退水生态拦截工程\n新建生态拦截沟渠120公里、生态净化塘36处，\n配套建设植被缓冲带和小型湿地\n白鹭镇、沙湾镇等8个乡镇\n5600\n2022—2025年\n\n\
               4\n畜禽粪污资源化利用提升工程\n改造提升规模养殖场粪污处理设施126个\n青禾乡、马坊镇\n9800\n2021—2024年\n";
    let ls = lines(src);
    let t = read("t3", Some((0, "附表 重点工程项目表")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(
        row_named(&t, "3").cells,
        [
            "农田退水生态拦截工程",
            "新建生态拦截沟渠120公里、生态净化塘36处，配套建设植被缓冲带和小型湿地",
            "白鹭镇、沙湾镇等8个乡镇",
            "5600",
            "2022—2025年"
        ]
    );
}

#[test]
fn a_schedule_with_many_short_rows_is_placed_by_the_sums() {
    // Five townships leave out years (more placings than a product of choices could try); one
    // name holds its second line in brackets. Only one placing makes every column sum.
    let mut cells: Vec<&str> = vec![
        "乡镇", "2021年", "2022年", "2023年", "2024年", "2025年", "合计",
    ];
    let written: [&[&str]; 11] = [
        &["枧溪镇", "6.5", "4.3", "10.8"],
        &["白沙镇", "9.2", "10.5", "11.0", "8.6", "7.4", "46.7"],
        &["龙潭镇", "8.0", "9.6", "10.2", "9.5", "6.8", "44.1"],
        &["官庄乡", "5.4", "7.8", "6.6", "4.9", "24.7"],
        &["马鞍镇", "7.5", "8.8", "9.4", "8.2", "7.0", "40.9"],
        &["青山乡", "4.6", "5.2", "6.3", "5.8", "21.9"],
        &[
            "茶园乡\n（含国有茶场）",
            "6.2",
            "7.1",
            "7.7",
            "6.9",
            "5.5",
            "33.4",
        ],
        &["大坪镇", "10.4", "12.0", "12.6", "11.3", "9.8", "56.1"],
        &["黄土乡", "7.2", "8.5", "15.7"],
        &["枫木乡", "5.9", "6.7", "5.3", "17.9"],
        &["合计", "58.3", "62.9", "71.7", "63.6", "55.7", "312.2"],
    ];
    for r in written {
        cells.extend_from_slice(r);
    }
    let src = blank_cells(&cells);
    let ls = lines(&src);
    let t = read("t2", Some((0, "表2 提质改造任务分乡镇年度安排")), &ls)
        .unwrap()
        .parsed
        .table;
    assert_eq!(t.rows.len(), 11, "{:?}", rows(&t));
    assert_eq!(
        row_named(&t, "枧溪镇").cells,
        ["6.5", "4.3", "", "", "", "10.8"]
    );
    assert_eq!(
        row_named(&t, "黄土乡").cells,
        ["", "", "", "7.2", "8.5", "15.7"]
    );
    assert_eq!(
        row_named(&t, "官庄乡").cells,
        ["", "5.4", "7.8", "6.6", "4.9", "24.7"]
    );
    assert_eq!(
        row_named(&t, "青山乡").cells,
        ["4.6", "5.2", "6.3", "", "5.8", "21.9"]
    );
    assert_eq!(
        row_named(&t, "枫木乡").cells,
        ["5.9", "", "6.7", "5.3", "", "17.9"]
    );
    assert!(
        t.rows.iter().any(|r| r.name == "茶园乡（含国有茶场）"),
        "{:?}",
        rows(&t)
    );
}

#[test]
fn row_blocks_with_group_rows_labelled_as_chapters_and_no_number_column() {
    // No 序号: `一、…` and `二、…`, each a block of one line (the first right under the header),
    // are the table's group rows, not headings that end it; the rows are one per block.
    let src = "站点名称\n类型\n面积（平方米）\n建设方式\n完成年份\n\n一、中心城区站点\n\n\
               河西体育公园健身站\n室外\n1200\n新建\n2026年\n\n\
               东门社区健身中心\n室内\n860\n改建\n2027年\n\n\
               二、乡镇站点\n\n\
               白沙镇全民健身广场\n室外\n2400\n新建\n2027年\n\n\
               柳溪乡健身驿站\n室内\n520\n新建\n2028年\n\n\
               注：面积为规划规模。\n\n三、保障措施\n\n加强组织领导，落实工作责任。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 全民健身站点建设项目")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["站点名称", "类型", "面积（平方米）", "建设方式", "完成年份"]
    );
    assert_eq!(
        rows(t),
        [
            "C||一、 中心城区站点",
            "I||河西体育公园健身站|室外|1200|新建|2026年",
            "I||东门社区健身中心|室内|860|改建|2027年",
            "C||二、 乡镇站点",
            "I||白沙镇全民健身广场|室外|2400|新建|2027年",
            "I||柳溪乡健身驿站|室内|520|新建|2028年",
        ]
    );
    assert_eq!(t.notes, ["注：面积为规划规模。"]);
    // (The section after the notes, `三、保障措施`, is the text's.)
    assert_eq!(ls.len() - r.consumed, 2);
    assert_read_keeps_text(Some("表2 全民健身站点建设项目"), &ls, &r);
    // Without a caption, a chapter's label after cells ends them.
    assert!(read("t2", None, &ls).map_or(true, |r| r.parsed.table.rows.len() < 6));
}

#[test]
fn row_blocks_with_a_row_short_of_a_figure_place_its_gap_where_every_cell_keeps_its_kind() {
    // `提升改造` ends otherwise than the 建设方式 above it (`新建`, `改扩建`), but under the
    // figures of 建筑面积 it would be words among numbers: the gap is the area's. (A name over
    // two lines before it: the blocks, not the header alone, read the rows.)
    let src = "场馆名称\n类型\n建筑面积（平方米）\n建设方式\n建设年限\n\n\
               市图书馆新馆\n图书馆\n9200\n新建\n2026—2028年\n\n\
               市文化馆新馆\n文化馆\n6500\n新建\n2026—2027年\n\n\
               市博物馆\n博物馆\n7600\n改扩建\n2027—2029年\n\n\
               北区文化艺术中心（图书馆、\n文化馆）\n综合\n8100\n新建\n2026—2028年\n\n\
               南区图书馆\n图书馆\n8600\n新建\n2026—2028年\n\n\
               南区文化馆\n文化馆\n提升改造\n2026—2027年\n\n\
               北区图书馆\n图书馆\n5800\n新建\n2028—2030年\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 重点文化场馆项目")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 7, "{:?}", rows(t));
    assert_eq!(
        rows(t)[3],
        "I||北区文化艺术中心（图书馆、文化馆）|综合|8100|新建|2026—2028年"
    );
    assert_eq!(rows(t)[5], "I||南区文化馆|文化馆||提升改造|2026—2027年");
    assert_read_keeps_text(Some("表2 重点文化场馆项目"), &ls, &r);
}

#[test]
fn a_stage_of_works_at_the_baseline_is_no_unit_where_a_note_says_the_row_has_none() {
    // Row 2 lost its unit: `在建` is its 2020 stage and `达标` its goal, as the note says.
    let src = format!(
        "{}\n\n注：第2项为定性指标，无计量单位。\n",
        blank_cells(&[
            "序号",
            "指标名称",
            "单位",
            "2020年",
            "2025年",
            "属性",
            "1",
            "人防警报音响覆盖率",
            "%",
            "95.5",
            "100",
            "约束性",
            "2",
            "区应急指挥中心建设",
            "在建",
            "达标",
            "约束性",
            "3",
            "国防教育基地数量",
            "个",
            "4",
            "7",
            "预期性",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I||2|区应急指挥中心建设||在建|达标|约束性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_schedule_by_year_reads_a_route_name_over_two_lines_from_its_open_bracket() {
    // `12路（北站—青石镇—` / `白鹤乡）`: one name over two lines of its paragraph, the row then
    // short of two years, placed by the sums.
    let src = blank_cells(&[
        "线路名称",
        "2026年",
        "2027年",
        "2028年",
        "合计",
        "1路（北站—人民医院）",
        "4",
        "3",
        "2",
        "9",
        "2路（东站—新区）",
        "3",
        "2",
        "3",
        "8",
        "12路（北站—青石镇—\n白鹤乡）",
        "5",
        "5",
        "15路（环线）",
        "2",
        "4",
        "6",
        "合计",
        "9",
        "9",
        "10",
        "28",
        "注：表中空白表示该线路当年无新增车辆。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 新增公交车辆计划")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "12路（北站—青石镇—白鹤乡）").cells,
        ["", "", "5", "5"]
    );
    assert_eq!(row_named(t, "15路（环线）").cells, ["2", "4", "", "6"]);
    assert_read_keeps_text(Some("表2 新增公交车辆计划"), &ls, &r);
}

#[test]
fn a_row_two_short_before_its_attribute_under_a_merged_category_leaves_its_category_to_the_row_above(
) {
    // 属性 before the years: row 3 lost its category (merged) and its unit (a grade, as the
    // note says); `AAA级` after the attribute is its 2020 value, no unit.
    let src = format!(
        "{}\n\n注：第3项为等级类指标，无计量单位。\n",
        blank_cells(&[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "属性",
            "2020年",
            "2025年",
            "1",
            "设施保障",
            "公交专用道里程",
            "公里",
            "预期性",
            "3.6",
            "15",
            "2",
            "港湾式公交站台数量",
            "个",
            "预期性",
            "12",
            "40",
            "3",
            "城乡交通运输一体化发展水平",
            "预期性",
            "AAA级",
            "AAAA级",
            "4",
            "新增新能源公交车辆",
            "辆",
            "预期性",
            "—",
            "[128]",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2],
        "I|设施保障|3||城乡交通运输一体化发展水平||预期性|AAA级|AAAA级"
    );
    assert_eq!(
        rows(t)[3],
        "I|设施保障|4||新增新能源公交车辆|辆|预期性|—|[128]"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_row_two_short_before_the_total_is_placed_by_the_sums() {
    // `东港物流园区` writes its count and its way of building: its two `其中` cells vanished
    // (it has none, as the note says), then `合计` opens the total's row, which leaves its way
    // of building empty. The count is the first column's: only so does every column sum.
    let src = blank_cells(&[
        "区域",
        "监测井数量（眼）",
        "其中：国家级",
        "其中：省级",
        "建设方式",
        "城北区",
        "40",
        "11",
        "16",
        "新建专用监测井",
        "城南区",
        "35",
        "9",
        "12",
        "改建闲置机井",
        "西山县",
        "28",
        "6",
        "9",
        "新建与改建结合",
        "东港物流园区",
        "9",
        "新建专用监测井",
        "合计",
        "112",
        "26",
        "37",
        "注：东港物流园区暂无国家级、省级监测井，“其中”两栏空缺。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 地下水监测井布局")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "东港物流园区").cells,
        ["9", "", "", "新建专用监测井"]
    );
    assert_eq!(row_named(t, "合计").cells, ["112", "26", "37", ""]);
    assert!(
        r.parsed
            .warnings
            .iter()
            .any(|w| w.1.contains("东港物流园区") && w.1.contains("sum to the total")),
        "{:?}",
        r.parsed.warnings
    );
    assert_read_keeps_text(Some("表2 地下水监测井布局"), &ls, &r);
}

/// A note that says a column's cells are written together for the rows they share
/// (`牵头单位合并列示，不再逐项重复`) names the column of short rows' gaps; a row a note names by
/// number with another column (`第4项…无配合单位`) keeps its gap in that column.
#[test]
fn a_note_merging_a_column_names_its_gaps_but_a_row_named_with_another_column_keeps_its_own() {
    let src = blank_cells(&[
        "序号",
        "重点任务",
        "牵头单位",
        "配合单位",
        "1",
        "健全农产品质量安全监管网络",
        "区农业农村局",
        "各镇人民政府、街道办事处",
        "2",
        "创建农产品质量安全示范区",
        "区市场监管局、区财政局",
        "3",
        "培育绿色食品和地理标志农产品",
        "区市场监管局",
        "4",
        "开展农贸市场食用农产品快速检测",
        "区市场监管局",
        "5",
        "建立产地准出与市场准入衔接机制",
        "区农业农村局",
        "6",
        "打击危害农产品质量安全犯罪行为",
        "区公安分局",
        "区农业农村局、区市场监管局",
        "注：1.同一牵头单位承担的多项任务，牵头单位合并列示，不再逐项重复。",
        "2.第4项任务由区市场监管局独立组织实施，无配合单位。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "重点任务分工表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "3").cells,
        ["培育绿色食品和地理标志农产品", "", "区市场监管局"]
    );
    assert_eq!(
        row_named(t, "4").cells,
        ["开展农贸市场食用农产品快速检测", "区市场监管局", ""]
    );
    assert_eq!(
        row_named(t, "5").cells,
        ["建立产地准出与市场准入衔接机制", "", "区农业农村局"]
    );
    assert_read_keeps_text(Some("重点任务分工表"), &ls, &r);
}

#[test]
fn row_blocks_under_a_merged_middle_column_read_a_block_that_writes_its_place_and_lacks_another_cell(
) {
    // 所在乡镇 merged over its rows (`石溪镇` written once for two bases); `龙门三叶青…` writes its
    // place and lacks its 级别 (not yet rated): a block of four lines either way, read by the
    // kinds of its cells, the next block a row of its own.
    let src = "基地名称\n所在乡镇\n主导产业\n面积（亩）\n级别\n\n\
               云岭黄精种植示范基地\n云岭镇\n多花黄精\n3200\n国家级\n\n\
               石溪灵芝示范基地\n石溪镇\n灵芝、竹荪\n1200\n省级\n\n\
               石溪中蜂养殖示范基地\n中蜂\n2600\n市级\n\n\
               桐木生态鸡养殖示范基地\n桐木乡\n林下土鸡\n1800\n省级\n\n\
               龙门三叶青种植示范基地\n龙门镇\n三叶青\n600\n\n\
               白鹭湖森林康养示范基地\n白鹭乡\n森林康养\n5600\n省级\n\n\
               注：龙门三叶青种植示范基地为新建基地，尚未评定级别。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 林下经济示范基地")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 6, "{:?}", rows(t));
    assert_eq!(rows(t)[2], "I|石溪镇|石溪中蜂养殖示范基地||中蜂|2600|市级");
    assert_eq!(
        rows(t)[4],
        "I|龙门镇|龙门三叶青种植示范基地|龙门镇|三叶青|600|"
    );
    assert_eq!(
        rows(t)[5],
        "I|白鹭乡|白鹭湖森林康养示范基地|白鹭乡|森林康养|5600|省级"
    );
    assert_read_keeps_text(Some("表2 林下经济示范基地"), &ls, &r);
}

#[test]
fn row_blocks_under_a_place_column_end_in_a_total_whose_figures_stand_under_their_sums() {
    // `区` names every row (no category merged): `合计` `5230` `310` lacks its last cell, not
    // its name's; each figure stands under the column it sums.
    let src = "区\n电梯总量（台）\n需改造（台）\n其中：加装（台）\n\n\
               东城区\n1820\n98\n31\n\n\
               西城区\n1450\n112\n46\n\n\
               南湖区\n1260\n64\n18\n\n\
               北港区\n700\n36\n9\n\n\
               合计\n5230\n310\n\n\
               注：加装数量为预期数，不作汇总，“合计”栏该项空白。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 电梯改造任务分解")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(t));
    assert_eq!(row_named(t, "合计").cells, ["5230", "310", ""]);
    assert_eq!(row_named(t, "东城区").cells, ["1820", "98", "31"]);
    assert_read_keeps_text(Some("表2 电梯改造任务分解"), &ls, &r);
}

#[test]
fn a_box_table_of_words_and_measures_under_any_first_word_joins_names_listed_over_two_cells() {
    // `网格` names no column as such, but `覆盖区域` and two measures after it say the header is
    // one; `新港区、` / `青潭高新区` is one list of places over two paragraphs.
    let src = blank_cells(&[
        "网格",
        "覆盖区域",
        "救援驻点（个）",
        "承诺到场时间（分钟）",
        "城北网格",
        "东湖区、西城区北部",
        "9",
        "15",
        "城南网格",
        "西城区南部、临江区",
        "8",
        "15",
        "新港网格",
        "新港区、",
        "青潭高新区",
        "6",
        "20",
        "注：偏远乡镇可适当延长到场时间。",
    ]);
    let ls = lines(&src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t3", None, &ls, titled).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["网格", "覆盖区域", "救援驻点（个）", "承诺到场时间（分钟）"]
    );
    assert_eq!(
        row_named(t, "新港网格").cells,
        ["新港区、青潭高新区", "6", "20"]
    );
    assert_read_keeps_text(None, &ls, &r);
}

#[test]
fn a_numbered_row_one_line_over_joins_a_route_left_open_at_its_dash() {
    // Row 3's route goes on after `—`: `城关—石门—云雾村—龙潭—` / `白沙—青峰—城关`, not the name
    // joined to the route's first half.
    let src = "序号\n线路名称\n线路\n主题特色\n建议游览时间\n\n\
               1\n云雾茶香体验游\n城关—石门—云雾村\n茶园观光、采茶制茶\n1天\n\n\
               2\n龙潭峡谷探幽游\n城关—石门—龙潭\n峡谷漂流、农家美食\n1天\n\n\
               3\n全域山水环线游\n城关—石门—云雾村—龙潭—\n白沙—青峰—城关\n山水观光、民宿度假\n3天2晚\n\n\
               4\n古村陶韵研学游\n白沙—瓦窑村—沙洲村\n传统村落、陶艺体验\n1天\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "乡村旅游精品线路一览表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2],
        "I||3|全域山水环线游|城关—石门—云雾村—龙潭—白沙—青峰—城关|山水观光、民宿度假|3天2晚"
    );
    assert_read_keeps_text(Some("乡村旅游精品线路一览表"), &ls, &r);
}

#[test]
fn row_blocks_with_the_total_first_place_a_row_two_short_by_the_sums() {
    // `合计` right under the header; the zone's first two reductions are counted under another
    // county (the note), its block two lines short: only under the last two columns do the
    // figures let every column sum to the total.
    let src = "县区\n化学需氧量（吨）\n氨氮（吨）\n氮氧化物（吨）\n挥发性有机物（吨）\n\n\
               合计\n1500\n90\n1427\n825\n\n\
               东湖区\n620\n38\n540\n410\n\n\
               西林县\n480\n30\n520\n250\n\n\
               柳营县\n400\n22\n340\n140\n\n\
               高新技术产业开发区\n27\n25\n\n\
               注：高新区化学需氧量、氨氮减排量计入东湖区。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 各县区减排量目标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(t));
    assert_eq!(
        row_named(t, "高新技术产业开发区").cells,
        ["", "", "27", "25"]
    );
    assert!(
        r.parsed
            .warnings
            .iter()
            .any(|w| w.1.contains("高新技术产业开发区") && w.1.contains("sum to the total")),
        "{:?}",
        r.parsed.warnings
    );
    assert_read_keeps_text(Some("表2 各县区减排量目标"), &ls, &r);
}

#[test]
fn a_bound_under_the_unit_column_is_no_unit_where_a_note_says_the_row_has_none() {
    // 单位 after the years: row 2, a ratio, lost its unit; `≤1.25` would stand under 单位 with
    // its gap under 2020年, but a bound is no unit: the note's row has its gap under 单位.
    let src = format!(
        "{}\n\n注：第2项指标为比值，无计量单位。\n",
        blank_cells(&[
            "序号",
            "指标",
            "2020年",
            "2025年",
            "单位",
            "属性",
            "1",
            "基本药物配备使用率",
            "82",
            "≥90",
            "%",
            "约束性",
            "2",
            "城乡次均门诊药品费用之比",
            "1.36",
            "≤1.25",
            "预期性",
            "3",
            "药品追溯覆盖率",
            "60",
            "100",
            "%",
            "预期性",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I||2|城乡次均门诊药品费用之比|1.36|≤1.25||预期性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn row_blocks_under_a_merged_township_join_a_name_whose_last_characters_stand_alone() {
    // `杉木溪二级` / `水电站` is a station's name over two lines in a row of 青溪乡's group: it
    // ends as no township does, and `水电站` is no name of its own.
    let src = "乡镇\n电站名称\n装机容量（千瓦）\n整改类别\n完成时限\n\n\
               青溪乡\n青溪一级水电站\n800\n整改\n2022年12月底\n\n\
               杉木溪二级\n水电站\n320\n退出\n2022年6月底\n\n\
               石门镇\n石门水电站\n1250\n保留\n2023年6月底\n\n\
               龙潭乡\n龙潭水电站\n640\n整改\n2023年12月底\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 小水电站分类整改清单")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4, "{:?}", rows(t));
    assert_eq!(
        rows(t)[1],
        "I|青溪乡||杉木溪二级水电站|320|退出|2022年6月底"
    );
    assert_read_keeps_text(Some("表2 小水电站分类整改清单"), &ls, &r);
}

#[test]
fn words_with_a_figure_longer_than_an_amount_are_no_investment() {
    // `桥头镇` writes its station and works but no investment (the note): its works are no
    // amount under 投资（万元）, and the next row opens with its own township.
    let src = format!(
        "{}\n\n注：桥头镇畜牧兽医站由省级资金建设，其投资未列入本表。\n",
        blank_cells(&[
            "乡镇",
            "站点名称",
            "建设内容",
            "投资（万元）",
            "马坪镇",
            "马坪中心畜牧兽医站",
            "新建业务用房300平方米，配置疫苗冷藏柜",
            "72",
            "黄柏镇",
            "黄柏镇畜牧兽医站",
            "改扩建业务用房260平方米，配置冷链设备",
            "58",
            "桥头镇",
            "桥头镇畜牧兽医站",
            "新建业务用房320平方米，建设快速检测室",
            "双溪镇",
            "双溪镇畜牧兽医站",
            "改建业务用房240平方米，配置消毒设备",
            "46",
            "长坡镇",
            "长坡镇畜牧兽医站",
            "新建业务用房300平方米，配置检测设备",
            "70",
        ])
    );
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 乡镇畜牧兽医站建设安排")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(t));
    assert_eq!(
        rows(t)[2],
        "I||桥头镇|桥头镇畜牧兽医站|新建业务用房320平方米，建设快速检测室|"
    );
    assert_read_keeps_text(Some("表2 乡镇畜牧兽医站建设安排"), &ls, &r);
}

#[test]
fn a_table_of_words_under_a_merged_field_reads_a_row_short_of_its_lead_body_by_the_columns_kinds() {
    // 领域 merged over groups of three, two and one rows; `城市生命线监测` writes its scene and
    // works but no 牵头单位 (a note says so): the next cell is the next row's scene, no body.
    let src = format!(
        "{}\n\n注：城市生命线监测场景由市政府统筹，表中不单列牵头单位。\n",
        blank_cells(&[
            "领域",
            "应用场景",
            "建设内容",
            "牵头单位",
            "交通运输",
            "北斗+智慧公交",
            "为全市公交车更新北斗车载终端，实现车道级运行监测",
            "市交通运输局",
            "北斗+车路协同",
            "建设车路协同示范路段36公里，开展自动驾驶测试",
            "宁川高新区管委会",
            "城市治理",
            "北斗+智慧城管",
            "为环卫、执法车辆配置北斗定位标签，纳入城市运行平台",
            "市城市管理局",
            "城市生命线监测",
            "在燃气管网、桥梁布设北斗形变监测站点600个，实时预警",
            "北斗+应急通信",
            "为乡镇应急队伍配备北斗短报文终端3000台，保障通信",
            "市应急管理局",
            "农业农村",
            "北斗+精准农业",
            "推广北斗农机自动驾驶系统1500台套，实现作业精准计量",
            "市农业农村局",
        ])
    );
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 北斗应用重点场景")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 6, "{:?}", rows(t));
    assert_eq!(
        rows(t)[3],
        "I|城市治理||城市生命线监测|在燃气管网、桥梁布设北斗形变监测站点600个，实时预警|"
    );
    assert_eq!(
        rows(t)[4],
        "I|城市治理||北斗+应急通信|为乡镇应急队伍配备北斗短报文终端3000台，保障通信|市应急管理局"
    );
    assert!(
        r.parsed
            .warnings
            .iter()
            .any(|w| w.1.contains("城市生命线监测")),
        "{:?}",
        r.parsed.warnings
    );
    assert_read_keeps_text(Some("表2 北斗应用重点场景"), &ls, &r);
}

#[test]
fn a_two_row_header_over_numbered_rows_with_sub_rows_takes_the_rows_width() {
    // Two sub-rows (`其中：…`) after rows 1 and 2 make their steps nearly twice a row: left out,
    // the rows are seven cells wide, `基期` over `2020年` and `目标` over `2023年` `2025年`.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "基期",
        "目标",
        "属性",
        "2020年",
        "2023年",
        "2025年",
        "1",
        "科技企业孵化器数量",
        "家",
        "68",
        "85",
        "≥100",
        "预期性",
        "其中：国家级孵化器",
        "家",
        "12",
        "16",
        "≥20",
        "预期性",
        "2",
        "众创空间数量",
        "家",
        "96",
        "120",
        "≥140",
        "预期性",
        "其中：国家备案众创空间",
        "家",
        "21",
        "28",
        "≥35",
        "预期性",
        "3",
        "在孵企业数量",
        "家",
        "2860",
        "3500",
        "≥4000",
        "预期性",
        "4",
        "孵化器毕业企业数量",
        "家",
        "412",
        "520",
        "≥600",
        "预期性",
        "5",
        "孵化载体面积",
        "万平方米",
        "168",
        "210",
        "≥240",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "指标名称",
            "单位",
            "2020年",
            "2023年",
            "2025年",
            "属性"
        ]
    );
    assert_eq!(rows(t)[0], "I||1|科技企业孵化器数量|家|68|85|≥100|预期性");
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn row_blocks_under_a_long_category_keep_a_whole_name_after_it() {
    // `新能源汽车及零部件` is longer than the categories before it, but the line after it is a
    // name as long as the others: the block opens a group, no name over two lines.
    let src = "产业领域\n工作室名称\n依托单位\n级别\n\n\
               高端装备制造\n孙宏伟数控加工技能大师工作室\n潍川重型机床集团有限公司\n国家级\n\n\
               韩立军焊接技能大师工作室\n潍川锅炉压力容器有限公司\n省级\n\n\
               新能源汽车及零部件\n刘志刚汽车电气技能大师工作室\n潍川新能源汽车有限公司\n省级\n\n\
               王春燕汽车维修技能大师工作室\n潍川市交通技师学院\n省级\n\n\
               新材料\n赵永胜化工总控技能大师工作室\n潍川石化股份有限公司\n国家级\n\n\
               陈国良高分子材料技能大师工作室\n潍川华泰新材料有限公司\n市级\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 技能大师工作室布局")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 6, "{:?}", rows(t));
    assert_eq!(
        rows(t)[3],
        "I|新能源汽车及零部件||王春燕汽车维修技能大师工作室|潍川市交通技师学院|省级"
    );
    assert_read_keeps_text(Some("表2 技能大师工作室布局"), &ls, &r);
}

#[test]
fn a_table_of_words_under_a_merged_school_stage_ends_its_rows_at_their_dates() {
    // 学段 merged over its schools; each row ends with its date, so a short 建设重点 (as short
    // as a school's name) is still the row's words, and a 建设重点 over two paragraphs stopped
    // at `、` is one cell.
    let src = blank_cells(&[
        "学段",
        "学校名称",
        "建设重点",
        "完成时间",
        "小学",
        "青埠区实验小学",
        "智慧课堂常态化应用和课堂教学行为分析",
        "2022年12月",
        "青埠区南湖路小学",
        "校园物联感知与智能安防",
        "2022年12月",
        "青埠区柳塘镇中心小学",
        "“专递课堂”主讲端建设、",
        "教学点同步课堂",
        "2023年6月",
        "初中",
        "青埠区凤鸣中学",
        "基于学情数据的精准教学",
        "2023年6月",
        "青埠区第三中学",
        "人工智能教育实验室和创客空间",
        "2023年12月",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 智慧校园试点学校")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5, "{:?}", rows(t));
    assert_eq!(
        rows(t)[2],
        "I|小学||青埠区柳塘镇中心小学|“专递课堂”主讲端建设、教学点同步课堂|2023年6月"
    );
    assert_eq!(
        rows(t)[4],
        "I|初中||青埠区第三中学|人工智能教育实验室和创客空间|2023年12月"
    );
    assert_read_keeps_text(Some("表2 智慧校园试点学校"), &ls, &r);
}

#[test]
fn a_column_of_directions_is_named_by_the_header() {
    // `提升方向` names a column of words: the header is four cells, a long direction over two
    // paragraphs stopped at `，` one cell.
    let src = blank_cells(&[
        "商圈名称",
        "所在街道",
        "定位",
        "提升方向",
        "中心商圈",
        "府前街道",
        "市级",
        "推进百盛广场改造升级，引进区域首店和品牌旗舰店",
        "滨江湾商圈",
        "临江街道",
        "市级",
        "依托滨江岸线和游船码头，完善滨江夜景灯光和慢行步道，",
        "打造滨江消费目的地",
        "东门老街商圈",
        "东门街道",
        "区级",
        "保护利用历史街巷，发展老字号和文创零售",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 重点商圈布局")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["商圈名称", "所在街道", "定位", "提升方向"]);
    assert_eq!(
        row_named(t, "滨江湾商圈").cells,
        [
            "临江街道",
            "市级",
            "依托滨江岸线和游船码头，完善滨江夜景灯光和慢行步道，打造滨江消费目的地"
        ]
    );
    assert_read_keeps_text(Some("表2 重点商圈布局"), &ls, &r);
}

#[test]
fn two_groups_of_words_over_the_same_years_and_an_attribute_after_them() {
    // `小学` `初中`, each over `2020年` `2025年`, `属性` after them spanning both rows: the
    // columns are the years twice, then the attribute.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "小学",
        "初中",
        "属性",
        "2020年",
        "2025年",
        "2020年",
        "2025年",
        "1",
        "每百名学生拥有骨干教师数",
        "人",
        "3.86",
        "≥4.2",
        "4.71",
        "≥5.0",
        "预期性",
        "2",
        "生均体育运动场馆面积",
        "平方米",
        "6.2",
        "≥7.5",
        "7.4",
        "≥8.5",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "指标名称",
            "单位",
            "2020年",
            "2025年",
            "2020年",
            "2025年",
            "属性"
        ]
    );
    assert_eq!(group_spans(t), [("小学", 3, 2), ("初中", 5, 2)]);
    assert_eq!(
        rows(t)[1],
        "I||2|生均体育运动场馆面积|平方米|6.2|≥7.5|7.4|≥8.5|约束性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_numbered_row_two_short_keeps_its_year_under_the_years() {
    // Row 7 improves a school: no classes and no places; `2022` is its year, not a count of
    // classes (`36` `24`) nor of places (`1620` `1080`): the only placing where every cell
    // keeps its column's kind, and the cheapest, though `改造提升` ends as no 建设性质 above.
    let src = "序号\n学校名称\n建设性质\n班级规模（班）\n学位（个）\n建成年份\n\n\
               1\n青梧区实验小学\n新建\n36\n1620\n2022\n\n\
               2\n滨湖路小学\n新建\n30\n1350\n2023\n\n\
               3\n望江小学\n新建\n36\n1620\n2024\n\n\
               4\n云溪镇中心小学\n迁建\n24\n1080\n2023\n\n\
               5\n青梧区第三实验小学\n改扩建\n12\n540\n2022\n\n\
               6\n桂花园小学\n改扩建\n18\n810\n2024\n\n\
               7\n石塘小学\n改造提升\n2022\n\n\
               8\n临港新城第一小学\n新建\n48\n2160\n2025\n\n\
               注：石塘小学为改造提升项目，不新增班级和学位。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 学校建设项目")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[6], "I||7|石塘小学|改造提升|||2022");
    assert_read_keeps_text(Some("表2 学校建设项目"), &ls, &r);
}

/// A note that names the rows whose lead body is written once (`第3、4项任务牵头单位相同，合并
/// 列示`) moves only those rows' gaps under 牵头单位.
#[test]
fn a_note_naming_rows_merged_over_a_column_moves_only_their_gaps() {
    let src = format!(
        "{}\n\n注：第3、4项任务牵头单位相同，合并列示。\n",
        blank_cells(&[
            "序号",
            "任务",
            "牵头单位",
            "配合单位",
            "完成时限",
            "1",
            "建设地理信息公共服务平台",
            "市自然资源和规划局",
            "市大数据局",
            "2023年底前",
            "2",
            "培育地理信息龙头企业",
            "市发展改革委",
            "市科技局、市工业和信息化局",
            "2025年底前",
            "3",
            "推进实景三维城市建设",
            "市自然资源和规划局",
            "市住房城乡建设局",
            "2024年底前",
            "4",
            "建立基础地理数据库动态更新机制",
            "各区县人民政府",
            "持续推进",
            "5",
            "开展地理信息安全监管",
            "市国家保密局",
            "市公安局",
            "2022年底前",
        ])
    );
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 重点任务分工")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "4").cells,
        [
            "建立基础地理数据库动态更新机制",
            "",
            "各区县人民政府",
            "持续推进"
        ]
    );
    assert_read_keeps_text(Some("表2 重点任务分工"), &ls, &r);
}

#[test]
fn row_blocks_under_a_merged_township_join_a_first_line_far_longer_than_any_township() {
    // `马坪乡坳头村至石门乡石门村` / `联村供水工程` is one works' name over two lines in a row of
    // 马坪乡's group: twice as long as every township, it is none, though the line after it is
    // as long as the names.
    let src = "乡镇\n水厂名称\n供水规模（吨/日）\n受益人口（万人）\n建设性质\n\n\
               桐林镇\n桐林水厂\n10000\n4.3\n新建\n\n\
               桐林工业园区供水站\n3000\n0.9\n改扩建\n\n\
               马坪乡\n马坪水厂\n2000\n1.1\n改扩建\n\n\
               马坪乡坳头村至石门乡石门村\n联村供水工程\n1000\n0.5\n新建\n\n\
               三合镇\n三合水厂\n5000\n2.4\n新建\n\n\
               石门乡\n石门水厂\n2500\n1.2\n提质改造\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 规模化供水工程建设布局")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 6, "{:?}", rows(t));
    assert_eq!(
        rows(t)[3],
        "I|马坪乡||马坪乡坳头村至石门乡石门村联村供水工程|1000|0.5|新建"
    );
    assert_read_keeps_text(Some("表2 规模化供水工程建设布局"), &ls, &r);
}

#[test]
fn a_sub_row_under_a_merged_category_as_wide_as_a_row_has_its_name_over_two_paragraphs() {
    // No `其中` is a category: `其中：山洪和地质灾害` / `危险区村（社区）` is the sub-row's name,
    // its category merged from the row above and its number vanished.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "1",
        "储备能力",
        "市级应急物资储备库面积",
        "万平方米",
        "2.1",
        "3.4",
        "约束性",
        "2",
        "乡镇（街道）应急物资储备点覆盖率",
        "%",
        "78",
        "100",
        "约束性",
        "其中：山洪和地质灾害",
        "危险区村（社区）",
        "%",
        "52",
        "100",
        "约束性",
        "3",
        "调运能力",
        "应急物资运抵受灾点时限",
        "小时",
        "24",
        "≤12",
        "预期性",
        "4",
        "应急运力储备车辆",
        "辆",
        "120",
        "200",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2],
        "I|储备能力|||其中：山洪和地质灾害危险区村（社区）|%|52|100|约束性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_grade_one_letter_shorter_than_the_target_is_no_unit_where_a_note_says_the_row_has_none() {
    // Row 2 lost its unit: `AAA级` is its 2020 grade and `AAAA级` its target, as the note says.
    let src = format!(
        "{}\n\n注：第2项指标以评价等级表示，无计量单位。\n",
        blank_cells(&[
            "序号",
            "指标名称",
            "单位",
            "2020年",
            "2025年",
            "属性",
            "1",
            "建制村通客车率",
            "%",
            "100",
            "100",
            "约束性",
            "2",
            "城乡交通运输一体化发展水平",
            "AAA级",
            "AAAA级",
            "预期性",
            "3",
            "农村物流服务站点",
            "个",
            "86",
            "120",
            "预期性",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I||2|城乡交通运输一体化发展水平||AAA级|AAAA级|预期性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_note_naming_a_target_by_what_its_column_holds_places_the_gap_there() {
    // `第2项指标目标值待…另行确定`: the vanished cell is under `2025年目标值`, not the baseline's.
    let src = format!(
        "{}\n\n注：第2项指标目标值待省级下达考核目标后另行确定。\n",
        blank_cells(&[
            "序号",
            "指标名称",
            "单位",
            "2020年基准值",
            "2025年目标值",
            "属性",
            "1",
            "地表水达到或好于Ⅲ类水体比例",
            "%",
            "80",
            "85",
            "约束性",
            "2",
            "地下水质量Ⅴ类水比例",
            "%",
            "12.5",
            "预期性",
            "3",
            "城市空气质量优良天数比率",
            "%",
            "86.3",
            "88",
            "约束性",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I||2|地下水质量Ⅴ类水比例|%|12.5||预期性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_place_with_its_area_in_brackets_opens_its_row_and_a_counted_total_writes_every_value() {
    // `芦荡街道（沁湖经济开发区）` is a street like `东湖街道` (the bracket qualifies it);
    // `合计` `3个` `520` `25` counts the centres and sums both columns, so `湖滨街道` `98`
    // lacks its 自助终端 (the sums place the gap).
    let src = blank_cells(&[
        "街道",
        "便民服务中心",
        "进驻事项（项）",
        "自助终端（台）",
        "东湖街道",
        "东湖街道便民服务中心",
        "186",
        "10",
        "芦荡街道",
        "（沁湖经济开发区）",
        "芦荡街道便民服务中心",
        "203",
        "12",
        "西城街道",
        "西城街道便民服务中心",
        "33",
        "3",
        "湖滨街道",
        "湖滨街道便民服务中心",
        "98",
        "合计",
        "4个",
        "520",
        "25",
        "注：湖滨街道便民服务中心的自助终端待新址启用后配置。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 便民服务中心基本情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I|东湖街道|东湖街道|东湖街道便民服务中心|186|10",
            "I|芦荡街道（沁湖经济开发区）|芦荡街道（沁湖经济开发区）|芦荡街道便民服务中心|203|12",
            "I|西城街道|西城街道|西城街道便民服务中心|33|3",
            "I|湖滨街道|湖滨街道|湖滨街道便民服务中心|98|",
            "I||合计|4个|520|25",
        ]
    );
}

#[test]
fn a_unit_broken_at_its_slash_is_one_cell_not_the_name_s_end() {
    // `单位面积供热能耗` / `千克标准煤/` / `平方米`: the unit goes on after its slash.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "1",
        "集中供热普及率",
        "%",
        "86.5",
        "95",
        "预期性",
        "2",
        "单位面积供热能耗",
        "千克标准煤/",
        "平方米",
        "18.6",
        "≤16.5",
        "约束性",
        "3",
        "热力站自动化监控覆盖率",
        "%",
        "62",
        "100",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "2").cells,
        [
            "单位面积供热能耗",
            "千克标准煤/平方米",
            "18.6",
            "≤16.5",
            "约束性"
        ]
    );
}

#[test]
fn a_merged_column_of_townships_and_a_row_that_opens_its_group_without_its_year() {
    // `乡镇` written once over its stations (a place may read as a body: `城关镇`); `枫坪镇`
    // opens its group without a 建设年度 (the note says so): the cells' kinds place them.
    let src = blank_cells(&[
        "乡镇",
        "站点名称",
        "站点类型",
        "观测要素",
        "建设性质",
        "建设年度",
        "城关镇",
        "鹤屏国家基本气象站",
        "国家级地面气象观测站",
        "气温、气压、湿度、风向风速、降水、能见度",
        "升级改造",
        "2022年",
        "城南新区区域站",
        "区域自动气象站",
        "气温、湿度、风向风速、降水",
        "新建",
        "2021年",
        "岩口乡",
        "岩口村区域站",
        "区域自动气象站",
        "气温、降水",
        "升级改造",
        "2024年",
        "枫坪镇",
        "枫坪互通交通气象站",
        "交通气象站",
        "能见度、路面温度、路面状况、降水",
        "新建",
        "枫坪森林公园负氧离子站",
        "生态气象观测站",
        "负氧离子、PM2.5、气温、湿度",
        "新建",
        "2024年",
        "注：枫坪互通交通气象站的建设年度根据高速公路建设进度确定。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 重点气象观测站点建设布局")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[3..],
        [
            "I|枫坪镇|枫坪镇|枫坪互通交通气象站|交通气象站|能见度、路面温度、路面状况、降水|新建|",
            "I|枫坪镇||枫坪森林公园负氧离子站|生态气象观测站|负氧离子、PM2.5、气温、湿度|新建|2024年",
        ]
    );
}

#[test]
fn a_name_s_tail_joins_the_name_not_the_task_that_opens_with_its_verb() {
    // `嵘江港龙湾作业区铁水联运` / `专用线工程` / `新建铁路专用线…`: the short line ends the
    // name; the next cell opens with its verb.
    let src = "序号\n项目名称\n建设内容\n建设年限\n总投资\n责任单位\n\n（一）物流园区\n\n1\n嵘江国际陆港物流园（二期）\n新建保税仓库、国际分拨中心和铁路装卸场站，仓储面积28万平方米\n2026—2029年\n36.5\n嵘江国际陆港管委会\n\n2\n嵘北公路港物流园\n建设公路货运枢纽、零担快运中心和甩挂作业区，占地约1200亩\n2026—2028年\n18.2\n北湖区人民政府\n\n3\n临空经济区航空物流园\n建设航空货站、跨境电商监管中心和快件分拣中心\n2027—2030年\n22.8\n临空经济区管委会\n\n小计\n77.5\n\n（二）多式联运与枢纽设施\n\n4\n嵘江港龙湾作业区铁水联运\n专用线工程\n新建铁路专用线6.2公里，配套建设集装箱堆场15万平方米\n2026—2028年\n14.6\n市交通运输局、市港航集团\n\n5\n嵘江南站铁路物流基地扩能改造\n改造到发线4条，新建集装箱中心站作业区\n2026—2027年\n9.4\n市发展改革委\n\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "4").cells[..2],
        [
            "嵘江港龙湾作业区铁水联运专用线工程",
            "新建铁路专用线6.2公里，配套建设集装箱堆场15万平方米"
        ]
    );
}

#[test]
fn a_place_is_no_time_under_a_column_of_years_after_a_row_that_lacks_them() {
    // `白沙县粮食物流产业园储备库` `5.0` `新建` lacks its 建设年限 (the note says so): `青岗市`
    // after it opens the next group.
    let src = blank_cells(&[
        "县（市、区）",
        "库点名称",
        "仓容（万吨）",
        "建设性质",
        "建设年限",
        "云岭县",
        "云岭县粮食储备库",
        "3.0",
        "改扩建",
        "2027—2029年",
        "云岭县青石坳粮库",
        "1.0",
        "维修改造",
        "2028年",
        "白沙县",
        "白沙县城关粮库",
        "1.1",
        "维修改造",
        "2026—2027年",
        "白沙县粮食物流产业园储备库",
        "5.0",
        "新建",
        "青岗市",
        "青岗市粮食应急保障中心",
        "4.5",
        "新建",
        "2027—2029年",
        "青岗市马坪粮食储备库",
        "2.5",
        "改扩建",
        "2028—2029年",
        "注：白沙县粮食物流产业园储备库建设年限视用地报批进度另行确定。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 粮食仓储设施建设项目布局")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = t
        .rows
        .iter()
        .find(|r| {
            r.cells
                .first()
                .is_some_and(|c| c == "白沙县粮食物流产业园储备库")
        })
        .expect("the row");
    assert_eq!(row.cells, ["白沙县粮食物流产业园储备库", "5.0", "新建", ""]);
    assert_eq!(t.rows.len(), 6);
}

#[test]
fn a_note_naming_the_target_of_bare_year_columns_places_the_gap_there() {
    // `第2项目标值待…另行确定`: under `2020年` `2025年` the target's is the later year's.
    let src = format!(
        "{}\n\n注：第2项目标值待律师调解工作扩面方案出台后另行确定，表中暂空。\n",
        blank_cells(&[
            "序号",
            "指标",
            "2020年",
            "2025年",
            "属性",
            "1",
            "每万人拥有律师数（名）",
            "3.2",
            "4.5",
            "预期性",
            "2",
            "律师调解工作室数量（个）",
            "12",
            "预期性",
            "3",
            "法律援助案件结案率（%）",
            "98",
            "100",
            "约束性",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I||2|律师调解工作室数量（个）|12||预期性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn lines_named_by_their_number_over_a_route_split_at_its_zhi() {
    // `3号线二期` is the first row's name, not its first value; the header's measures end in a
    // time's column (`建设年限`); `汇川路站至` / `空港枢纽站` is one route.
    let src = "线路\n\n起讫点\n\n长度\n（公里）\n\n车站数（座）\n\n建设年限\n\n\
               3号线二期\n\n会展中心—科学城\n\n14.6\n\n10\n\n2026—2029年\n\n\
               5号线一期\n\n柳营—经开区东\n\n29.4\n\n23\n\n2026—2030年\n\n\
               1号线东延伸\n\n汇川路站至\n\n空港枢纽站\n\n11.9\n\n6\n\n2026—2028年\n\n\
               2号线南延伸\n\n职教城—南山\n\n8.7\n\n5\n\n2027—2029年\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 城市轨道交通建设项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["线路", "起讫点", "长度（公里）", "车站数（座）", "建设年限"]
    );
    assert_eq!(
        rows(t),
        [
            "I||3号线二期|会展中心—科学城|14.6|10|2026—2029年",
            "I||5号线一期|柳营—经开区东|29.4|23|2026—2030年",
            "I||1号线东延伸|汇川路站至空港枢纽站|11.9|6|2026—2028年",
            "I||2号线南延伸|职教城—南山|8.7|5|2027—2029年",
        ]
    );
    assert_read_keeps_text(Some("表2 城市轨道交通建设项目表"), &ls, &r);
}

#[test]
fn a_name_over_two_paragraphs_and_a_vanished_cell_in_rows_of_words_and_figures() {
    // As many pieces as whole rows: `白湖镇设施蔬菜` / `机械化示范基地` is one name, and the next
    // base lacks its 面积 (the note says so).
    let src = blank_cells(&[
        "基地名称",
        "所在乡镇",
        "面积（亩）",
        "主导作物",
        "机械化率（%）",
        "城关镇东郊稻麦全程机械化示范基地",
        "城关镇",
        "3200",
        "小麦、水稻",
        "97.6",
        "沙河镇稻渔综合种养机械化示范基地",
        "沙河镇",
        "2100",
        "水稻、小龙虾",
        "79.4",
        "白湖镇设施蔬菜",
        "机械化示范基地",
        "白湖镇",
        "860",
        "设施蔬菜",
        "63.8",
        "青岗乡丘岗茶园宜机化示范基地",
        "青岗乡",
        "茶叶",
        "52.7",
        "枣林镇饲草料生产机械化示范基地",
        "枣林镇",
        "1800",
        "青贮玉米、苜蓿",
        "88.5",
        "注：青岗乡丘岗茶园宜机化示范基地面积待核定后另行公布。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 农业机械化示范基地分布情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2..4],
        [
            "I||白湖镇设施蔬菜机械化示范基地|白湖镇|860|设施蔬菜|63.8",
            "I||青岗乡丘岗茶园宜机化示范基地|青岗乡||茶叶|52.7",
        ]
    );
    assert_read_keeps_text(Some("表2 农业机械化示范基地分布情况"), &ls, &r);
}

#[test]
fn a_note_that_leaves_the_unit_column_blank_for_numbered_rows_places_their_gaps_there() {
    // `第2、3项…“单位”栏未填写`: the values carry their units, the unit's cell vanished.
    let src = format!(
        "{}\n\n注：第2、3项指标的计量单位已在数值中注明，“单位”栏未填写。\n",
        blank_cells(&[
            "序号",
            "指标",
            "单位",
            "2020年",
            "2025年",
            "属性",
            "1",
            "用水总量",
            "亿立方米",
            "12.6",
            "≤13.8",
            "约束性",
            "2",
            "万元地区生产总值用水量",
            "41.6立方米",
            "≤35立方米",
            "约束性",
            "3",
            "城镇居民人均生活用水量",
            "121升/人·日",
            "≤130升/人·日",
            "预期性",
            "4",
            "农田灌溉水有效利用系数",
            "—",
            "0.552",
            "0.58",
            "约束性",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[1..3],
        [
            "I||2|万元地区生产总值用水量||41.6立方米|≤35立方米|约束性",
            "I||3|城镇居民人均生活用水量||121升/人·日|≤130升/人·日|预期性",
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_group_s_row_whose_name_is_over_two_lines_under_a_merged_column_of_streets() {
    // `澜江里邻里汇` / `老年助餐点` is one name under 江滨街道, not a street of its own.
    let src = "街道\n助餐点名称\n类型\n日供餐能力（份）\n\n\
               江滨街道\n江滨街道社区长者食堂\n长者食堂\n600\n\n\
               滨江花园助餐点\n助餐点\n150\n\n\
               澜江里邻里汇\n老年助餐点\n助餐点\n120\n\n\
               望湖街道\n望湖街道社区长者食堂\n长者食堂\n500\n\n\
               湖畔新村助餐点\n助餐点\n100\n\n\
               南门街道\n南门街道综合为老服务中心长者食堂\n长者食堂\n450\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 老年助餐服务点分布")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[..3],
        [
            "I|江滨街道|江滨街道|江滨街道社区长者食堂|长者食堂|600",
            "I|江滨街道||滨江花园助餐点|助餐点|150",
            "I|江滨街道||澜江里邻里汇老年助餐点|助餐点|120",
        ]
    );
    assert!(r
        .parsed
        .joins
        .iter()
        .any(|j| j.1.contains("`澜江里邻里汇` + `老年助餐点`")));
    assert_read_keeps_text(Some("表2 老年助餐服务点分布"), &ls, &r);
}

#[test]
fn a_park_without_its_level_among_rows_that_each_write_one() {
    // `青螺湾湿地公园` `枫桥区` `312.7` lacks its 级别 (the note says so): the next park's name
    // is no level; `汀兰县、` / `安澜县` is one cell over two lines.
    let src = format!(
        "{}\n\n注：青螺湾湿地公园级别待批复后确定，表中暂缺。\n",
        blank_cells(&[
            "名称",
            "所在区县",
            "面积（公顷）",
            "级别",
            "白鹭湖湿地公园",
            "澄湖区",
            "1286.4",
            "国家级",
            "青螺湾湿地公园",
            "枫桥区",
            "312.7",
            "柳浪河湿地公园",
            "南塘区",
            "198.5",
            "省级",
            "荷塘湿地公园",
            "南塘区",
            "126.3",
            "市级",
            "泓江湾湿地公园",
            "汀兰县、\n安澜县",
            "417.6",
            "市级",
            "云溪湿地公园",
            "云溪县",
            "236.9",
            "省级",
        ])
    );
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 湿地公园名录")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I||白鹭湖湿地公园|澄湖区|1286.4|国家级",
            "I||青螺湾湿地公园|枫桥区|312.7|",
            "I||柳浪河湿地公园|南塘区|198.5|省级",
            "I||荷塘湿地公园|南塘区|126.3|市级",
            "I||泓江湾湿地公园|汀兰县、安澜县|417.6|市级",
            "I||云溪湿地公园|云溪县|236.9|省级",
        ]
    );
    assert_read_keeps_text(Some("表2 湿地公园名录"), &ls, &r);
}

#[test]
fn a_sub_row_s_name_over_two_paragraphs_in_cells_one_per_paragraph() {
    // `其中：中心城区接警后5分钟` / `到达责任区边缘覆盖率` / `%`: one name, no number.
    let src = blank_cells(&[
        "序号",
        "指标",
        "单位",
        "2025年",
        "2030年",
        "属性",
        "1",
        "消防站责任区覆盖率",
        "%",
        "82",
        "≥95",
        "约束性",
        "其中：中心城区接警后5分钟",
        "到达责任区边缘覆盖率",
        "%",
        "78",
        "≥95",
        "预期性",
        "2",
        "消防车通道达标率",
        "%",
        "70",
        "≥90",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I|||其中：中心城区接警后5分钟到达责任区边缘覆盖率|%|78|≥95|预期性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_measure_s_name_with_a_unit_s_character_ends_a_name_over_two_paragraphs_under_its_category() {
    // `畜禽规模养殖场粪污处理设施` / `装备配套率` (`套` is a unit's character) under 农业农村,
    // the category left to the row above.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "1",
        "土壤环境质量",
        "受污染耕地安全利用率",
        "%",
        "90.6",
        "93左右",
        "约束性",
        "2",
        "重点建设用地安全利用率",
        "%",
        "95",
        "100",
        "约束性",
        "3",
        "农业农村",
        "主要农作物化肥利用率",
        "%",
        "40.2",
        "≥43",
        "预期性",
        "4",
        "农村生活污水治理率",
        "%",
        "28",
        "≥40",
        "预期性",
        "5",
        "畜禽规模养殖场粪污处理设施",
        "装备配套率",
        "%",
        "96",
        "100",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table)[4],
        "I|农业农村|5||畜禽规模养殖场粪污处理设施装备配套率|%|96|100|预期性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_cell_of_a_group_s_row_stopped_at_a_joining_word_goes_on_in_the_next_line() {
    // `智慧生活服务圈与` / `无人配送进社区`: one 试点内容 under 云谷街道, not `云谷社区` joined to
    // it.
    let src = "序号\n街道\n社区名称\n试点内容\n完成时间\n\n\
               1\n澜江街道\n滨江社区\n智慧养老“一键通”全覆盖\n2026年12月\n\n\
               2\n望湖社区\n电动自行车智能充电与火情预警\n2027年6月\n\n\
               3\n新港街道\n港湾社区\n“数字孪生小区”深化应用\n2026年12月\n\n\
               4\n海棠社区\n嵌入式智慧养老服务站\n2027年6月\n\n\
               5\n云谷街道\n创新社区\n“云上议事厅”线上协商\n2026年12月\n\n\
               6\n云谷社区\n智慧生活服务圈与\n无人配送进社区\n2027年12月\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 智慧社区试点名单")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table)[5],
        "I|云谷街道|6||云谷社区|智慧生活服务圈与无人配送进社区|2027年12月"
    );
    assert_read_keeps_text(Some("表2 智慧社区试点名单"), &ls, &r);
}

#[test]
fn a_merged_township_after_the_number_left_by_a_row_whose_last_cell_is_over_two_lines() {
    // `2` `柳河镇杂交水稻制种基地` … `柘阳县丰禾种业有限公司、` / `柳河镇金穗家庭农场`: a row of
    // 柳河镇 whose 建设主体 goes on over two lines, not a township of its own.
    let src = "序号\n乡镇\n基地名称\n繁育作物\n规划面积（亩）\n建设主体\n\n\
               1\n柳河镇\n柳河镇小麦良种繁育基地\n小麦\n15000\n柘阳县丰禾种业有限公司\n\n\
               2\n柳河镇杂交水稻制种基地\n杂交水稻\n8000\n柘阳县丰禾种业有限公司、\n柳河镇金穗家庭农场\n\n\
               3\n洧河南岸大豆良种繁育基地\n大豆\n5000\n柘阳县原种场\n\n\
               4\n大洼镇\n大洼镇杂交玉米制种基地\n杂交玉米\n10000\n江州金禾种业有限公司\n\n\
               5\n大洼镇小麦原种扩繁基地\n小麦\n6000\n柘阳县原种场\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 良种繁育核心基地布局")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table)[1..3],
        [
            "I|柳河镇|2||柳河镇杂交水稻制种基地|杂交水稻|8000|柘阳县丰禾种业有限公司、柳河镇金穗家庭农场",
            "I|柳河镇|3||洧河南岸大豆良种繁育基地|大豆|5000|柘阳县原种场",
        ]
    );
    assert_read_keeps_text(Some("表2 良种繁育核心基地布局"), &ls, &r);
}

#[test]
fn a_place_is_no_time_under_a_column_of_completion_times() {
    // `清溪镇生活垃圾转运站` `30` `新建` lacks its 建成时间: `双河镇` after it opens the next group.
    let src = blank_cells(&[
        "乡镇",
        "站点名称",
        "处理能力（吨/日）",
        "建设性质",
        "建成时间",
        "城关镇",
        "城关镇生活垃圾转运站",
        "150",
        "改扩建",
        "2022年",
        "城北生活垃圾转运站",
        "80",
        "新建",
        "2023年",
        "清溪镇",
        "清溪镇生活垃圾转运站",
        "30",
        "新建",
        "双河镇",
        "双河镇生活垃圾转运站",
        "40",
        "提标改造",
        "2024年",
        "注：清溪镇生活垃圾转运站建成时间待选址确定后明确。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 生活垃圾转运站建设布局")), &ls).expect("a table");
    let row = r
        .parsed
        .table
        .rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c == "清溪镇生活垃圾转运站"))
        .expect("the row");
    assert_eq!(row.cells, ["清溪镇生活垃圾转运站", "30", "新建", ""]);
}

#[test]
fn a_note_that_calls_a_row_by_what_tells_its_name_from_the_others_places_its_gap() {
    // `新港分馆…藏书量暂未统计` names `东湾区图书馆新港分馆` by what follows the name every row
    // shares: its gap is under 藏书, not 面积.
    let src = format!(
        "{}\n\n注：新港分馆2025年12月建成开放，藏书量暂未统计。\n",
        "街道\n分馆名称\n面积（平方米）\n藏书（万册）\n\n\
         海澄街道\n东湾区图书馆海澄分馆\n1850\n6.2\n\n\
         望潮街道\n东湾区图书馆望潮分馆\n1260\n4.8\n\n\
         新港街道\n东湾区图书馆新港分馆\n2300\n\n\
         梧桐街道\n东湾区图书馆梧桐分馆\n1040\n4.4\n\n\
         滨湖街道\n东湾区图书馆滨湖分馆\n1500\n5.6"
    );
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 分馆基本情况")), &ls).expect("a table");
    let row = r
        .parsed
        .table
        .rows
        .iter()
        .find(|r| r.name == "新港街道")
        .expect("the row");
    assert_eq!(row.cells, ["东湾区图书馆新港分馆", "2300", ""]);
}

#[test]
fn a_kind_that_ends_as_a_column_name_under_a_column_of_kinds_is_a_cell() {
    // `海关特殊监管区域` under 类型 ends as a column's name (`区域`) but is a kind of platform.
    let src = format!(
        "{}\n\n注：跨境电子商务综合试验区覆盖全市域，不列所在区。\n",
        blank_cells(&[
            "平台名称",
            "类型",
            "所在区",
            "建设目标",
            "溟州综合保税区",
            "海关特殊监管区域",
            "望海区",
            "进出口额突破400亿元，保税研发等新业态规模明显扩大",
            "望海港口岸",
            "开放口岸",
            "望海区",
            "国际集装箱航线达到31条，集装箱吞吐量达到360万标准箱",
            "跨境电子商务综合试验区",
            "贸易新业态平台",
            "跨境电商进出口额达到150亿元，建成跨境电商产业园6个",
            "溟州保税物流中心（B型）",
            "保税监管场所",
            "溟北区",
            "建成冷链和汽车零部件分拨中心，年货物吞吐量达到80万吨",
        ])
    );
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 重点外贸平台建设一览表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4);
    assert_eq!(
        t.rows[2].cells,
        [
            "贸易新业态平台",
            "",
            "跨境电商进出口额达到150亿元，建成跨境电商产业园6个"
        ]
    );
}

#[test]
fn a_box_s_table_headed_by_what_its_rows_are() {
    // `工程` `主要内容` under a 专栏's title: `工程` is what every row's name ends in.
    let src = "工程\n\n主要内容\n\n北礁港区30万吨级航道工程\n\n浚深拓宽北礁进港航道，航道有效宽度260米。\n\n\
               锚地扩容工程\n\n新建北礁外锚地，新增锚位12个。\n\n\
               航标和助航设施提升工程\n\n新增和改造公共航标46座，实现港区水域雷达信号全覆盖。\n";
    let ls = lines(src);
    let r = read_with(
        "t2",
        None,
        &ls,
        Options {
            titled: true,
            ..Default::default()
        },
    )
    .expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["工程", "主要内容"]);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[1].name, "锚地扩容工程");
}

#[test]
fn a_port_area_after_the_number_written_once_over_its_berths() {
    // `港区` is a column of places: `2` `石埠作业区粮食专用泊位（兼靠散货）` … lacks its 港区, left
    // to the row above.
    let src = "序号\n港区\n泊位名称\n等级（吨级）\n能力（万吨）\n建设年限\n\n\
               1\n石埠港区\n石埠作业区通用泊位\n5万吨级\n420\n2026—2028年\n\n\
               2\n石埠作业区粮食专用泊位\n（兼靠散货）\n7万吨级\n350\n2026—2028年\n\n\
               3\n凤屿港区\n凤屿作业区多用途泊位\n3万吨级\n260\n2027—2029年\n\n\
               4\n凤屿作业区滚装泊位\n1万吨级\n120\n2027—2029年\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "重点泊位建设项目表")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I|石埠港区|2||石埠作业区粮食专用泊位（兼靠散货）|7万吨级|350|2026—2028年"
    );
}

#[test]
fn a_total_s_number_goes_under_the_column_it_sums_past_a_row_s_empty_cell() {
    // `白岩村石门坳不稳定斜坡` lacks its 威胁人数 (the note says so); `合计` `580` sums the others,
    // under 威胁人数.
    let src = blank_cells(&[
        "乡镇",
        "隐患点名称",
        "灾害类型",
        "威胁人数",
        "治理方式",
        "城关镇",
        "北山路后山崩塌",
        "崩塌",
        "186",
        "工程治理",
        "县第一中学后山不稳定斜坡",
        "不稳定斜坡",
        "312",
        "工程治理",
        "白岩乡",
        "岩脚村滚石坡崩塌",
        "崩塌",
        "82",
        "搬迁避让",
        "白岩村石门坳不稳定斜坡",
        "不稳定斜坡",
        "排危除险",
        "合计",
        "580",
        "注：白岩村石门坳不稳定斜坡威胁县道行人，无常住居民，不列威胁人数。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 重点地质灾害隐患点治理清单")), &ls).expect("a table");
    let t = &r.parsed.table;
    let total = t.rows.last().expect("the total");
    assert_eq!(total.cells.iter().filter(|c| *c == "580").count(), 1);
    assert_eq!(
        total.cells.iter().position(|c| c == "580"),
        t.rows[0].cells.iter().position(|c| c == "186")
    );
}

#[test]
fn a_group_s_row_in_blocks_whose_last_cell_goes_on_over_two_lines() {
    // `百货公司宿舍` under 新华路街道: its 改造内容 goes on after `…改造，` in its block; the next
    // block's name is not joined to it.
    let src = "街道\n小区名称\n建成年代\n楼栋数（栋）\n户数（户）\n改造内容\n\n\
               柘溪街道\n柘溪一村\n1984年\n12\n432\n屋面防水、外墙保温、雨污分流改造\n\n\
               机床厂宿舍\n1987年\n6\n198\n供水管网和供电线路改造\n\n\
               新华路街道\n新华里\n1980年\n11\n386\n房屋结构加固、二次供水设施改造\n\n\
               百货公司宿舍\n1993年\n3\n96\n供水、供电、供气管线改造，\n屋面平改坡，增设智能门禁和监控系统\n\n\
               供电局家属院\n1995年\n7\n252\n加装电梯5部，新增停车泊位36个\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "老旧小区改造项目表")), &ls).expect("a table");
    assert_eq!(
        rows(&r.parsed.table)[3..],
        [
            "I|新华路街道||百货公司宿舍|1993年|3|96|供水、供电、供气管线改造，屋面平改坡，增设智能门禁和监控系统",
            "I|新华路街道||供电局家属院|1995年|7|252|加装电梯5部，新增停车泊位36个",
        ]
    );
    assert_read_keeps_text(Some("老旧小区改造项目表"), &ls, &r);
}

#[test]
fn two_sub_rows_one_after_another_without_an_attribute_column() {
    // `其中：国家级科技创新平台` `家` `8` `12`, then `省级科技创新平台` `家` `66` `100` with no
    // `其中`: two sub-rows, no number.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2020年基数",
        "2025年目标",
        "1",
        "研发经费投入强度",
        "%",
        "2.3",
        "3.0",
        "2",
        "科技创新平台总数",
        "家",
        "186",
        "260",
        "其中：国家级科技创新平台",
        "家",
        "8",
        "12",
        "省级科技创新平台",
        "家",
        "66",
        "100",
        "3",
        "高新技术企业数",
        "家",
        "520",
        "900",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2..4],
        [
            "I|||其中：国家级科技创新平台|家|8|12",
            "I|||省级科技创新平台|家|66|100",
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_share_s_mark_alone_in_the_header_goes_on_with_what_it_shares() {
    // `其中：` / `财政资金` over one column, the rows as wide as the header read so.
    let src = "序号\n项目名称\n建设地点\n总投资\n其中：\n财政资金\n建设年限\n\n\
               1\n创新药产业化基地\n云港高新区\n36.0\n4.5\n2021—2024年\n\n\
               2\n国际医疗器械产业园二期\n澄湖街道\n28.0\n—\n2021—2025年\n\n\
               3\n医药人才公寓\n云港高新区\n8.0\n2.5\n2022—2025年\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "重点建设项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "项目名称",
            "建设地点",
            "总投资",
            "其中：财政资金",
            "建设年限"
        ]
    );
    assert_eq!(
        rows(t)[1],
        "I||2|国际医疗器械产业园二期|澄湖街道|28.0|—|2021—2025年"
    );
}

#[test]
fn rows_in_blocks_as_wide_as_the_header_when_the_first_lacks_a_cell() {
    // The first block lacks its 所在景区 (the note says so): the rows are as wide as the header
    // and most blocks, not as the first.
    let src = "名称\n所在景区\n建设内容\n建设年限\n\n\
               苍岫县旅游集散中心\n依托高铁站站前广场新建集散中心3200平方米，设置旅游咨询等功能区\n2021—2023年\n\n\
               苍岫山景区游客中心\n苍岫山风景名胜区\n拆除重建游客中心2800平方米，配套建设生态停车场\n2021—2022年\n\n\
               白鹭湖北入口游客中心\n白鹭湖国家湿地公园\n新建游客中心1500平方米，设置湿地科普展厅，\n同步建设游船码头候船厅\n2022—2023年\n\n\
               石门古镇游客中心\n石门古镇景区\n利用古镇东门旧粮站改造游客中心900平方米\n2021—2022年\n\n\
               玉泉洞景区游客中心\n玉泉洞景区\n改造提升游客中心，增设智慧导览大屏\n2023年\n\n\
               注：苍岫县旅游集散中心位于县城高铁站片区，不在景区范围内。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 游客服务中心建设项目")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["名称", "所在景区", "建设内容", "建设年限"]);
    assert_eq!(
        t.rows[0].cells,
        [
            "",
            "依托高铁站站前广场新建集散中心3200平方米，设置旅游咨询等功能区",
            "2021—2023年"
        ]
    );
    assert_eq!(t.rows.len(), 5);
}

#[test]
fn categories_numbered_as_chapters_under_a_category_header_are_the_tables() {
    // `一、发展水平` is the first row's category, `二、服务质量` the next: merged cells of the
    // 类别 column, not chapters that end the table. The chapter after the table does end it.
    let src = blank_cells(&[
        "类别",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "一、发展水平",
        "公共交通机动化出行分担率",
        "%",
        "41.3",
        "≥50",
        "预期性",
        "公交专用道里程",
        "公里",
        "52.4",
        "≥120",
        "预期性",
        "二、服务质量",
        "公交乘客满意度",
        "分",
        "84.6",
        "≥90",
        "预期性",
        "三、保障能力",
        "公交车辆进场率",
        "%",
        "68",
        "≥90",
        "约束性",
        "三、构建多层次公共交通网络",
        "（一）优化公交线网结构",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 公交优先发展主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["类别", "指标", "单位", "2020年", "2025年", "属性"]
    );
    assert_eq!(
        rows(t),
        [
            "I|一、发展水平|一、发展水平|公共交通机动化出行分担率|%|41.3|≥50|预期性",
            "I|一、发展水平||公交专用道里程|公里|52.4|≥120|预期性",
            "I|二、服务质量|二、服务质量|公交乘客满意度|分|84.6|≥90|预期性",
            "I|三、保障能力|三、保障能力|公交车辆进场率|%|68|≥90|约束性",
        ]
    );
}

#[test]
fn a_count_of_one_in_a_table_of_words_is_no_row_number() {
    // Under a box title, no 序号: `1` is the first row's count (数量), the next rows count
    // `16` and `213`, no `2` follows. The rows are read by the header, each cell under its
    // column; `213` stays a count.
    let src = blank_cells(&[
        "层级",
        "平台名称",
        "数量（个）",
        "建设要求",
        "区级",
        "公共法律服务中心",
        "1",
        "服务大厅面积不少于1500平方米，设置综合窗口12个，入驻律师、公证、司法鉴定、仲裁等机构",
        "街镇级",
        "公共法律服务工作站",
        "16",
        "设置法律咨询、人民调解、法律援助受理窗口，",
        "配备专职工作人员不少于2名",
        "村（社区）级",
        "公共法律服务工作室",
        "213",
        "落实“一村（社区）一法律顾问”，每月驻点服务不少于4小时",
        "园区级",
        "企业法律服务站",
        "3",
        "依托经济开发区、科技园、物流园设立，提供合规审查和法律体检服务",
        "2.提升法律援助质效",
    ]);
    let ls = lines(&src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t2", None, &ls, titled).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["层级", "平台名称", "数量（个）", "建设要求"]);
    assert_eq!(t.rows.len(), 4);
    assert_eq!(
        t.rows[1].cells,
        [
            "公共法律服务工作站",
            "16",
            "设置法律咨询、人民调解、法律援助受理窗口，配备专职工作人员不少于2名"
        ]
    );
    assert_eq!(t.rows[2].name, "村（社区）级");
    assert_eq!(t.rows[2].cells[1], "213");
}

#[test]
fn a_row_opening_its_category_lacks_a_value_where_names_carry_their_units() {
    // No unit column: each name ends in its unit (`（%）`). Row 3, one short, writes its own
    // category `建筑垃圾` and its name; its baseline vanished (a new indicator). Filling the
    // category down would put the name under 2020年 and `建筑垃圾` under 指标名称.
    let src = blank_cells(&[
        "序号",
        "领域",
        "指标名称",
        "2020年现状值",
        "2025年目标值",
        "指标属性",
        "1",
        "农业废弃物",
        "农作物秸秆综合利用率（%）",
        "91.2",
        "≥93",
        "约束性",
        "2",
        "农膜回收率（%）",
        "80.3",
        "≥85",
        "预期性",
        "3",
        "建筑垃圾",
        "建筑垃圾资源化利用率（%）",
        "≥50",
        "预期性",
        "4",
        "危险废物",
        "工业危险废物利用处置率（%）",
        "100",
        "100",
        "约束性",
        "注：建筑垃圾资源化利用率为新增统计指标，无现状值。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2],
        "I|建筑垃圾|3|建筑垃圾|建筑垃圾资源化利用率（%）||≥50|预期性"
    );
    assert_eq!(
        rows(t)[1],
        "I|农业废弃物|2||农膜回收率（%）|80.3|≥85|预期性"
    );
}

#[test]
fn years_over_repeated_cells_before_an_attribute_spanning_both_rows() {
    // The upper row `2020年` `2025年` then `属性` (spanning both rows), the lower `数值` `排名`
    // twice: the columns are the years' cells in place, the attribute last. Row 3 lacks a
    // cell; the note says row 3 has no rank in 2020 (`2020年无排名`), so the gap is there.
    let src = blank_cells(&[
        "领域",
        "序号",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "属性",
        "数值",
        "排名",
        "数值",
        "排名",
        "群众普及",
        "1",
        "冰雪运动参与人数",
        "万人次",
        "18.6",
        "3",
        "40",
        "前2",
        "预期性",
        "2",
        "经常参加冰雪运动的人数比例",
        "%",
        "8.2",
        "4",
        "≥15",
        "前3",
        "预期性",
        "青少年冰雪",
        "3",
        "冰雪运动特色学校",
        "所",
        "6",
        "20",
        "前2",
        "约束性",
        "4",
        "冰雪产业总规模",
        "亿元",
        "4.3",
        "5",
        "12",
        "前3",
        "预期性",
        "5",
        "冰雪运动场地数量",
        "个",
        "14",
        "5",
        "30",
        "前3",
        "约束性",
        "6",
        "滑雪场雪道面积",
        "公顷",
        "42",
        "2",
        "70",
        "第1",
        "预期性",
        "注：1.排名为在全市10个县（市、区）中的位次。",
        "2.第3项指标全市自2021年起开展排名，2020年无排名。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "领域",
            "序号",
            "指标名称",
            "单位",
            "数值",
            "排名",
            "数值",
            "排名",
            "属性"
        ]
    );
    assert_eq!(
        rows(t)[2],
        "I|青少年冰雪|青少年冰雪|3|冰雪运动特色学校|所|6||20|前2|约束性"
    );
}

#[test]
fn counts_under_what_they_measure_in_a_two_row_header() {
    // `办学规模` over `班数` `学位数`, written before `建设年限`, which spans both rows: the
    // rows hold the counts before the years.
    let src = blank_cells(&[
        "序号",
        "学校名称",
        "建设性质",
        "办学规模",
        "建设年限",
        "班数",
        "学位数",
        "1",
        "柘湖中学",
        "改扩建",
        "48",
        "2400",
        "2026—2027年",
        "2",
        "柘湖区第二高级中学",
        "新建",
        "36",
        "1800",
        "2026—2028年",
        "3",
        "柘湖区艺术高级中学",
        "改扩建",
        "24",
        "1200",
        "2029—2030年",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 普通高中学校建设项目")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["序号", "学校名称", "建设性质", "班数", "学位数", "建设年限"]
    );
    assert_eq!(
        t.rows[2].cells,
        ["柘湖区艺术高级中学", "改扩建", "24", "1200", "2029—2030年"]
    );
}

#[test]
fn measures_with_their_units_under_what_they_measure_in_header_blocks() {
    // Row blocks, the header in two: `建设规模` over `长度（公里）` `管径（毫米）` (millimetres a
    // unit), `总投资（亿元）` a column of its own. Row 3's 管径 vanished (a utility tunnel).
    let src = "序号\n管网类别\n项目名称\n建设规模\n总投资（亿元）\n建设年限\n\n\
               长度（公里）\n管径（毫米）\n\n\
               1\n供水\n老城区供水管网更新改造工程\n126.0\nDN100—DN600\n9.45\n2026—2029年\n\n\
               2\n北部水厂至临港片区输水管道工程\n18.6\nDN1000—DN1200\n6.82\n2026—2028年\n\n\
               3\n排水\n老城区雨污分流改造工程\n92.4\nd300—d1200\n11.60\n2026—2030年\n\n\
               4\n沙河片区污水管网完善工程\n38.5\nDN300—DN800\n3.46\n2026—2028年\n\n\
               5\n综合管廊\n临港大道综合管廊工程\n6.8\n5.44\n2027—2030年\n\n\
               注：第5项为综合管廊工程，不设管径。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 地下管网建设改造重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "管网类别",
            "项目名称",
            "长度（公里）",
            "管径（毫米）",
            "总投资（亿元）",
            "建设年限"
        ]
    );
    assert_eq!(
        rows(t)[4],
        "I|综合管廊|5|综合管廊|临港大道综合管廊工程|6.8||5.44|2027—2030年"
    );
}

#[test]
fn a_cell_over_two_paragraphs_stopped_open_is_the_row_s_one_join() {
    // Row 5's 建设地点 goes on after its `、` in the next paragraph: that is the row's cell
    // over two paragraphs. The place list is long for its column, yet no other join (its
    // 建设内容 with the places) and gap (under 建设地点) is read.
    let src = blank_cells(&[
        "序号",
        "项目名称",
        "建设内容",
        "建设地点",
        "总投资",
        "建设年限",
        "1",
        "溱州市矛盾纠纷调处化解中心提升工程",
        "改造市级中心业务用房4200平方米，设置集中接待、联合调处、法律服务、心理疏导等功能区",
        "溱城区",
        "3800",
        "2026—2027年",
        "2",
        "乡镇（街道）矛盾纠纷调处化解中心标准化改造项目",
        "对24个未达标乡镇（街道）中心实施标准化改造，配齐视频调解、远程接访设备",
        "各区、县",
        "2880",
        "2026—2028年",
        "3",
        "“溱调通”矛盾纠纷化解信息平台",
        "建设集纠纷受理、分流交办、在线调解、研判预警于一体的信息平台，对接省级矛盾纠纷多元化解平台",
        "全市",
        "2600",
        "2026—2027年",
        "4",
        "市人民来访接待中心改造工程",
        "改造接待大厅、联合接访区和视频接访室，增设无障碍设施和母婴室",
        "溱城区",
        "2026年",
        "5",
        "行业性专业性人民调解阵地建设项目",
        "在医疗、道路交通、物业、劳动争议等领域建设标准化调解室20个",
        "溱城区、东渚区、",
        "柳塘区",
        "600",
        "2026—2028年",
        "6",
        "人民调解员实训基地",
        "依托市委党校东渚校区建设人民调解员实训基地1个，年培训能力5000人次",
        "东渚区",
        "1200",
        "2027—2028年",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 重点建设项目")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.rows[4].cells,
        [
            "行业性专业性人民调解阵地建设项目",
            "在医疗、道路交通、物业、劳动争议等领域建设标准化调解室20个",
            "溱城区、东渚区、柳塘区",
            "600",
            "2026—2028年"
        ]
    );
}

#[test]
fn dimensions_are_a_category_column_written_once_over_their_rows() {
    // `维度` after `序号`: `住房` written on the first row of its group only, the rows after
    // it one cell shorter; each row's name stays under 指标.
    let src = blank_cells(&[
        "序号",
        "维度",
        "指标",
        "单位",
        "现状值",
        "目标值",
        "评价标准",
        "1",
        "住房",
        "存在使用安全隐患的住宅数量",
        "栋",
        "146",
        "动态清零",
        "达标",
        "2",
        "存在燃气安全隐患的住宅数量",
        "栋",
        "2318",
        "动态清零",
        "达标",
        "3",
        "需要进行适老化改造的住宅比例",
        "%",
        "18.6",
        "≤8",
        "≤全国平均",
        "4",
        "小区（社区）",
        "城镇老旧小区改造数量",
        "个",
        "[612]",
        "[480]",
        "完成省定任务",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 城市体检主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[1],
        "I|住房|2||存在燃气安全隐患的住宅数量|栋|2318|动态清零|达标"
    );
}

#[test]
fn an_amount_with_a_remark_in_brackets_is_an_amount_a_total_adds() {
    // `12.6（含边坡3.2）` is an area: the 修复面积 column holds amounts, and the total's first
    // number stands under it, not under 主要建设内容.
    let src = "序号\n项目名称\n修复面积（公顷）\n主要建设内容\n总投资\n实施年限\n\n\
               1\n青龙山废弃采石场生态修复工程\n48.5\n削坡减载、危岩清除，坡面挂网客土喷播\n3860\n2021—2023年\n\n\
               2\n白石沟废弃铁矿区综合治理工程\n36.2\n回填采坑，修筑挡土墙和截排水沟\n2950\n2021—2024年\n\n\
               3\n国道沿线废弃采石场整治工程\n12.6\n（含边坡3.2）\n清除危岩，台阶式削坡，坡面客土喷播\n1820\n2022—2023年\n\n\
               合计\n97.3\n8630\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows[2].cells[1], "12.6（含边坡3.2）");
    let total = t.rows.last().expect("a total row");
    assert_eq!(total.cells, ["", "97.3", "", "8630", ""]);
}

#[test]
fn an_attribute_right_after_the_number_merged_over_its_rows() {
    // `属性` right after `序号`, written once over the rows of one kind: a `其中` sub-row and a
    // row without a unit (a ratio) leave it to the rows above; the sub-row's cells stand under
    // their columns, the ratio's gap under 单位.
    let src = blank_cells(&[
        "序号",
        "属性",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "1",
        "约束性",
        "养老机构护理型床位占比",
        "%",
        "48",
        "≥60",
        "2",
        "新建居住区配套建设养老服务设施达标率",
        "%",
        "—",
        "100",
        "3",
        "特殊困难老年人月探访率",
        "%",
        "86",
        "100",
        "4",
        "预期性",
        "养老服务床位总数",
        "张",
        "5620",
        "7200",
        "5",
        "普惠型养老床位数",
        "张",
        "1860",
        "≥3500",
        "其中：社区嵌入式普惠养老床位",
        "张",
        "420",
        "≥1200",
        "6",
        "普惠型养老机构月收费与城镇居民月人均可支配收入之比",
        "0.92",
        "≤0.80",
        "7",
        "街道（镇）综合为老服务中心数量",
        "个",
        "5",
        "9",
        "注：第6项为比值，无计量单位。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let rows = rows(t);
    assert_eq!(rows[5], "I||||其中：社区嵌入式普惠养老床位|张|420|≥1200");
    assert_eq!(
        rows[6],
        "I||6||普惠型养老机构月收费与城镇居民月人均可支配收入之比||0.92|≤0.80"
    );
}

#[test]
fn rows_open_with_their_place_under_a_places_column_and_a_total_counts_in_words() {
    // Row blocks under `街道（镇）`: rows 1 and 2 write their own places (`澜湾街道`, then
    // `东津街道`), their 备注 vanished, not the place left to the row above. The total ends
    // with the count its amounts make, `共28个`, under 备注.
    let src = "序号\n\
               街道（镇）\n\
               依托社区卫生服务中心\n\
               2026年\n\
               2027年\n\
               2028年\n\
               2029年\n\
               2030年\n\
               备注\n\
               \n\
               1\n\
               澜湾街道\n\
               澜湾街道社区卫生服务中心\n\
               1\n\
               —\n\
               1\n\
               —\n\
               —\n\
               \n\
               2\n\
               东津街道\n\
               东津街道社区卫生服务中心\n\
               —\n\
               1\n\
               —\n\
               1\n\
               —\n\
               \n\
               3\n\
               望江街道\n\
               望江街道社区卫生服务中心\n\
               1\n\
               1\n\
               —\n\
               —\n\
               1\n\
               结合望江新城住宅交付同步配建\n\
               \n\
               4\n\
               桂园街道\n\
               桂园街道社区卫生服务中心\n\
               —\n\
               —\n\
               1\n\
               —\n\
               —\n\
               \n\
               5\n\
               新港街道\n\
               新港街道社区卫生服务中心\n\
               2\n\
               1\n\
               1\n\
               1\n\
               —\n\
               服务中心2027年迁入新港路新址，\n\
               原址改设服务站\n\
               \n\
               6\n\
               临湖街道\n\
               临湖街道社区卫生服务中心\n\
               1\n\
               —\n\
               1\n\
               —\n\
               1\n\
               \n\
               7\n\
               北塘镇\n\
               北塘镇社区卫生服务中心、\n\
               溪口分中心\n\
               1\n\
               2\n\
               1\n\
               1\n\
               1\n\
               含村卫生室4个\n\
               \n\
               8\n\
               石埭镇\n\
               石埭镇社区卫生服务中心\n\
               1\n\
               1\n\
               2\n\
               1\n\
               1\n\
               含村卫生室5个\n\
               \n\
               合计\n\
               7\n\
               6\n\
               7\n\
               4\n\
               4\n\
               共28个\n\
               \n\
               注：备注未注明的均为社区卫生服务站。2029年、2030年计划将根据人口导入情况在中期评估时动态调整。\n";
    let ls = lines(src);
    let r = read("t2", Some((0, "表2 新增社区卫生服务站分年度计划")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[0],
        "I||1|澜湾街道|澜湾街道社区卫生服务中心|1|—|1|—|—|"
    );
    assert_eq!(
        rows(t)[1],
        "I||2|东津街道|东津街道社区卫生服务中心|—|1|—|1|—|"
    );
    let total = t.rows.last().expect("a total row");
    assert_eq!(total.cells, ["", "", "7", "6", "7", "4", "4", "共28个"]);
}

#[test]
fn an_attribute_between_unit_and_values_merged_over_its_rows() {
    // Row blocks, `属性` between 单位 and the values, written once over the rows of one kind:
    // the `其中` sub-row leaves it to the row above, its figures under the years.
    let src = "序号\n指标名称\n单位\n属性\n2025年基期值\n2030年目标值\n\n\
               1\n农产品加工业营业收入\n亿元\n预期性\n186\n300\n\n\
               其中：规模以上农产品加工企业营业收入\n亿元\n142\n240\n\n\
               2\n农产品加工业产值与农业总产值之比\n2.1\n2.8\n\n\
               3\n农产品加工转化率\n%\n68\n≥75\n\n\
               4\n规模以上农产品加工企业数量\n家\n96\n130\n\n\
               5\n县级以上农业产业化龙头企业\n家\n58\n80\n\n\
               注：第2项为比值，无计量单位。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[1],
        "I|||其中：规模以上农产品加工企业营业收入|亿元||142|240"
    );
}

#[test]
fn a_measure_s_name_broken_before_its_unit_is_one_header_cell() {
    // Row blocks; the header's measures carry their units, `2025年农村自来水` none: it is the
    // head of `普及率（%）`, one column, no group over two.
    let src = "序号\n县（市、区）\n巩固提升受益人口（万人）\n新建改造管网（公里）\n2025年农村自来水\n普及率（%）\n总投资（亿元）\n\n\
               1\n清河区\n6.2\n320\n99\n2.86\n\n\
               2\n安平区\n9.8\n560\n97\n5.12\n\n\
               3\n双峰市\n14.6\n780\n95\n7.35\n\n\
               4\n临溪县\n17.3\n960\n91\n8.94\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "农村饮水安全巩固提升任务分解表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "县（市、区）",
            "巩固提升受益人口（万人）",
            "新建改造管网（公里）",
            "2025年农村自来水普及率（%）",
            "总投资（亿元）"
        ]
    );
    assert!(t.column_groups.is_empty());
    assert_eq!(t.rows[3].cells, ["临溪县", "17.3", "960", "91", "8.94"]);
}

#[test]
fn parts_under_the_cell_they_all_name_in_header_blocks() {
    // Row blocks under a merged category first: `投资（亿元）` stands over `总投资` and
    // `“十四五”投资`, which both name it; the header's second block is no row.
    let src = "项目类别\n\
               序号\n\
               项目名称\n\
               建设内容\n\
               投资（亿元）\n\
               建设年限\n\
               \n\
               总投资\n\
               “十四五”投资\n\
               \n\
               市政交通设施\n\
               1\n\
               县城北环路新建工程\n\
               新建城市主干路4.6公里，红线宽度40米，同步敷设雨污水管网、路灯及绿化\n\
               6.8\n\
               6.8\n\
               2021—2023年\n\
               \n\
               2\n\
               老城区道路提质改造工程\n\
               改造文昌路、解放路、滨江路等道路12条共18.5公里，实施路面“白改黑”、人行道拓宽和架空线入地\n\
               3.2\n\
               3.2\n\
               2021—2024年\n\
               \n\
               3\n\
               岑江二桥及接线工程\n\
               新建跨岑江大桥1座，桥长680米、宽32米，建设两岸接线道路1.8公里\n\
               5.6\n\
               5.6\n\
               2022—2025年\n\
               \n\
               4\n\
               县城公共停车设施建设工程\n\
               新建公共停车场14处、公共停车泊位3200个（其中立体停车楼2座），配建充电桩600个\n\
               2.4\n\
               2.4\n\
               2021—2025年\n\
               \n\
               市政公用设施\n\
               5\n\
               县城第二水厂及配套管网工程\n\
               新建水厂1座，规模5万立方米/日，敷设输配水管网36公里\n\
               4.5\n\
               4.5\n\
               2021—2024年\n\
               \n\
               6\n\
               县城污水处理厂扩建及提标改造工程\n\
               扩建污水处理规模3万立方米/日，出水水质提标至一级A标准，新建配套污水管网22公里\n\
               2.8\n\
               2.8\n\
               2021—2023年\n\
               \n\
               7\n\
               县城北区地下综合管廊工程\n\
               沿北环路、工业大道建设干支线综合管廊6.2公里，同步建设监控中心1处\n\
               7.5\n\
               2026—2028年\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "县城建设重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "项目类别",
            "序号",
            "项目名称",
            "建设内容",
            "总投资",
            "“十四五”投资",
            "建设年限"
        ]
    );
    assert_eq!(t.column_groups.len(), 1);
    assert_eq!(t.column_groups[0].title, "投资（亿元）");
    assert_eq!(
        rows(t)[4],
        "I|市政公用设施|市政公用设施|5|县城第二水厂及配套管网工程|新建水厂1座，规模5万立方米/日，敷设输配水管网36公里|4.5|4.5|2021—2024年"
    );
}

#[test]
fn categories_of_one_kind_tell_split_names_and_a_group_of_one_row() {
    // `类别` after `序号`, each category ending `类`: row 9 opens 效率类, a group of one row, its
    // unit vanished (a figure where the unit would stand); rows 7 and 11 write names over two
    // paragraphs whose first lines end otherwise, under the category above.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2025年现状值",
        "“十五五”",
        "目标值",
        "属性",
        "1",
        "设施类",
        "轨道交通站点600米半径人口覆盖率",
        "%",
        "21.4",
        "≥28",
        "预期性",
        "2",
        "区域干路网实施率",
        "%",
        "72.6",
        "85",
        "预期性",
        "3",
        "新城路网密度",
        "km/km²",
        "5.12",
        "6.0",
        "预期性",
        "4",
        "累计新增公共停车泊位",
        "个",
        "/",
        "[6000]",
        "约束性",
        "5",
        "服务类",
        "公共交通占机动化出行比例",
        "%",
        "38.0",
        "45",
        "预期性",
        "6",
        "公共交通日均客运量",
        "万乘次",
        "41.5",
        "50",
        "预期性",
        "其中：轨道交通日均客运量",
        "万乘次",
        "26.8",
        "33",
        "预期性",
        "7",
        "新建轨道交通站点50米范围内",
        "公交接驳覆盖率",
        "%",
        "/",
        "100",
        "约束性",
        "8",
        "新城慢行网络密度[2]",
        "km/km2",
        "8.6",
        "≥10",
        "预期性",
        "9",
        "效率类",
        "高峰时段主要道路交通运行指数",
        "1.62",
        "≤1.55",
        "预期性",
        "10",
        "品质类",
        "县道、乡道优良中等路率",
        "%",
        "93.5、90.2",
        "≥95、≥92",
        "约束性",
        "11",
        "道路交通事故万车",
        "死亡率",
        "人/万车",
        "1.38",
        "持续下降",
        "约束性",
        "注：1.“/”表示该指标为“十五五”新增指标，暂无现状统计值；[ ]内数值为“十五五”期间累计值。",
        "2.第9项为无量纲指数，不设计量单位；第10项现状值和目标值依次对应县道、乡道。",
    ]);
    let ls = lines(&src);
    let r = read(
        "t1",
        Some((0, "表1云泽区综合交通“十五五”规划主要指标表")),
        &ls,
    )
    .expect("a table");
    let t = &r.parsed.table;
    let rows = rows(t);
    let row = |n: &str| {
        rows.iter()
            .find(|r| r.split('|').nth(2) == Some(n))
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(
        row("9"),
        "I|效率类|9|效率类|高峰时段主要道路交通运行指数||1.62|≤1.55|预期性"
    );
    assert_eq!(
        row("11"),
        "I|品质类|11||道路交通事故万车死亡率|人/万车|1.38|持续下降|约束性"
    );
    assert!(row("7").contains("|新建轨道交通站点50米范围内公交接驳覆盖率|%|"));
}

#[test]
fn a_measure_s_name_over_two_paragraphs_where_its_unit_vanished() {
    // Row 6 opens 市容景观: `市容环境社会公众满意度` / `测评指数` then its attribute in place,
    // the unit none (a note says so): the name is one cell and the unit left empty.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               属性\n\
               \n\
               荻浦区\n\
               \n\
               “十四五”\n\
               \n\
               现状值\n\
               \n\
               荻浦区\n\
               \n\
               “十五五”\n\
               \n\
               目标值\n\
               \n\
               生态空间\n\
               \n\
               1\n\
               \n\
               人均公园绿地面积\n\
               \n\
               平方米\n\
               \n\
               约束性\n\
               \n\
               9.1\n\
               \n\
               ≥10\n\
               \n\
               2\n\
               \n\
               公园数量\n\
               \n\
               座\n\
               \n\
               预期性\n\
               \n\
               138\n\
               \n\
               180\n\
               \n\
               3\n\
               \n\
               新建绿道长度\n\
               \n\
               公里\n\
               \n\
               预期性\n\
               \n\
               [36.5]\n\
               \n\
               [40]\n\
               \n\
               4\n\
               \n\
               森林覆盖率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               18.6\n\
               \n\
               19.2\n\
               \n\
               5\n\
               \n\
               公园绿地500米服务半径\n\
               \n\
               覆盖率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               88.5\n\
               \n\
               ≥95\n\
               \n\
               市容景观\n\
               \n\
               6\n\
               \n\
               市容环境社会公众满意度\n\
               \n\
               测评指数\n\
               \n\
               预期性\n\
               \n\
               82.6\n\
               \n\
               ≥85\n\
               \n\
               7\n\
               \n\
               “美丽街区”新建和提升数量\n\
               \n\
               个\n\
               \n\
               预期性\n\
               \n\
               [42]\n\
               \n\
               [30]\n\
               \n\
               8\n\
               \n\
               户外广告招牌设置\n\
               \n\
               审批（备案）率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               85\n\
               \n\
               ≥90\n\
               \n\
               环境卫生\n\
               \n\
               9\n\
               \n\
               生活垃圾回收利用率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               46.5\n\
               \n\
               ≥50\n\
               \n\
               10\n\
               \n\
               建筑垃圾综合利用率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               —\n\
               \n\
               95\n\
               \n\
               11\n\
               \n\
               新能源环卫作业车辆占比\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               63\n\
               \n\
               ≥90\n\
               \n\
               其中：道路清扫保洁车辆\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               75\n\
               \n\
               100\n\
               \n\
               注：1.[ ]内为五年累计数。\n\
               \n\
               2.第6项指标为百分制测评得分，不设计量单位。\n\
               \n\
               3.第10项指标自2026年起按新统计口径测算，无2025年可比数据。\n\
               \n";
    let ls = lines(src);
    let r = read("t1", Some((0, "荻浦区绿化市容“十五五”主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = rows(t)
        .into_iter()
        .find(|r| r.contains("测评指数"))
        .unwrap_or_default();
    assert_eq!(
        row,
        "I|市容景观|市容景观|6|市容环境社会公众满意度测评指数||预期性|82.6|≥85"
    );
}

#[test]
fn a_measure_s_name_over_two_paragraphs_ending_in_an_index_with_a_unit_s_character() {
    // Row 10 opens 特色指标: `市容环境卫生` / `公众满意度指数` then its attribute in place; the
    // second line holds `度`, a unit's character, but is a measure's name of seven.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "属性",
        "沅浦区",
        "“十四五”",
        "目标",
        "完成情况",
        "环境卫生",
        "1",
        "生活垃圾回收利用率",
        "%",
        "约束性",
        "45.00以上",
        "46.5",
        "2",
        "生活垃圾无害化",
        "处理率",
        "%",
        "约束性",
        "100",
        "100",
        "3",
        "原生生活垃圾填埋量",
        "万吨",
        "约束性",
        "0",
        "0",
        "4",
        "主要道路沿线公厕",
        "500米服务半径覆盖率",
        "%",
        "预期性",
        "95",
        "96.4",
        "5",
        "环卫作业车辆",
        "新能源化率",
        "%",
        "预期性",
        "80",
        "76.3",
        "市容景观",
        "6",
        "“美丽街区”建设数量",
        "个",
        "预期性",
        "35",
        "38",
        "7",
        "户外招牌备案率",
        "%",
        "预期性",
        "80",
        "81.6",
        "8",
        "重点区域景观照明",
        "集中控制纳控率",
        "%",
        "预期性",
        "90",
        "—",
        "9",
        "门责单位签约率",
        "%",
        "预期性",
        "95",
        "98.6",
        "特色指标",
        "10",
        "市容环境卫生",
        "公众满意度指数",
        "预期性",
        "85",
        "86.7",
        "注：第8项指标因市级考核口径于2024年调整，“十四五”期末未单独评估，以“—”表示；第10项为百分制测评指数，无计量单位。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标完成情况")), &ls).unwrap();
    let t = &r.parsed.table;
    let ten = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "10"))
        .unwrap();
    assert_eq!(
        ten.cells,
        [
            "10",
            "市容环境卫生公众满意度指数",
            "",
            "预期性",
            "85",
            "86.7"
        ],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_note_opening_with_a_row_s_place_names_the_column_by_what_it_measures() {
    // Row 1 lacks a value, placed by fit at the end; the note names the row by its first cell
    // (`澄州区`) and the column by what it measures (`永久基本农田保护`, its 面积 left out).
    let src = blank_cells(&[
        "序号",
        "区县（市）",
        "耕地保有量（万亩）",
        "永久基本农田保护面积（万亩）",
        "生态保护红线面积（平方公里）",
        "新增建设用地规模（公顷）",
        "1",
        "澄州区",
        "0.42",
        "8.6",
        "260",
        "2",
        "临江县",
        "44.62",
        "38.10",
        "133.9",
        "680",
        "3",
        "岚山县",
        "52.30",
        "45.20",
        "210.4",
        "520",
        "注：澄州区无永久基本农田保护任务，相应栏目空缺。",
    ]);
    let ls = lines(&src);
    let r = read("t2", Some((0, "表2 底线管控指标分解")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows[0].cells, ["澄州区", "0.42", "", "8.6", "260"]);
}

#[test]
fn a_name_with_a_qualifier_in_brackets_is_no_place_under_a_bracketed_place_header() {
    // Row blocks under `所在街道（镇）`, merged: row 3's name closes with a bracket, as the
    // header does, yet is no place; the street is the row above's.
    let src = "序号\n所在街道（镇）\n项目名称\n改造方式\n涉及居民\n实施年限\n\n\
               1\n南仓街道\n南仓路123街坊\n征收\n1520\n2021—2022年\n\n\
               2\n宝兴坊、同庆里地块\n征收\n2860\n2021—2022年\n\n\
               3\n大夫第周边地块\n（南仓风貌保护街坊）\n保护性征收\n1340\n2021—2022年\n\n\
               4\n北郊镇\n北郊老镇区地块\n征收\n980\n2023—2024年\n";
    let ls = lines(src);
    let r = read("t3", Some((0, "旧区改造重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2],
        "I|南仓街道|3||大夫第周边地块（南仓风貌保护街坊）|保护性征收|1340|2021—2022年"
    );
}

#[test]
fn a_name_over_two_paragraphs_ends_with_its_unit_under_a_merged_category() {
    // `类别` after `序号`, merged: row 4's `年均低效工业用地` is no category (longer than any,
    // its second line a measure's end with its unit, `盘活规模（公顷）`).
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "2025年现状值",
        "“十五五”目标值",
        "属性",
        "1",
        "规模效益",
        "产业园区规模以上工业总产值（亿元）",
        "2860",
        "3600",
        "预期性",
        "2",
        "园区单位土地规上工业产值（亿元/平方公里）",
        "96",
        "≥125",
        "预期性",
        "3",
        "集约利用",
        "工业用地保有规模（平方公里）",
        "38.6",
        "≥36",
        "约束性",
        "4",
        "年均低效工业用地",
        "盘活规模（公顷）",
        "52",
        "60左右",
        "约束性",
        "5",
        "工业用地地均税收（万元/亩）",
        "28.5",
        "≥35",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[3],
        "I|集约利用|4||年均低效工业用地盘活规模（公顷）|52|60左右|约束性"
    );
}

#[test]
fn a_row_with_a_cell_over_two_lines_opens_its_type_with_no_second_join() {
    // Row blocks under a merged 项目类型: row 5 opens `公交场站`, its 建设内容 over two lines
    // (`…4座，` / `同步配建…`); joined there, the row is whole, its type its own.
    let src = "序号\n\
               项目类型\n\
               项目名称\n\
               建设内容\n\
               总投资\n\
               实施年限\n\
               \n\
               一\n\
               轨道交通\n\
               \n\
               1\n\
               轨道交通线路\n\
               沿湖线二期工程（北站—科学城）\n\
               线路长14.6公里，设车站9座\n\
               96.5\n\
               2024—2026年\n\
               \n\
               2\n\
               临江市域线澄湖段\n\
               线路长11.8公里，设车站5座\n\
               82.0\n\
               2026—2029年\n\
               \n\
               3\n\
               有轨电车\n\
               T2线（湖东—澄湖新城）\n\
               线路长9.4公里，设车站15座，新建车辆段1座\n\
               28.3\n\
               2026—2028年\n\
               \n\
               4\n\
               T1线既有车站改造\n\
               改造车站18座，增设无障碍坡道和风雨连廊\n\
               0.6\n\
               2026—2027年\n\
               \n\
               二\n\
               地面公交\n\
               \n\
               5\n\
               公交场站\n\
               澄湖新城公交首末站\n\
               新建公交首末站4座，\n\
               同步配建充电桩120个和驾驶员休息用房\n\
               3.2\n\
               2026—2029年\n\
               \n\
               6\n\
               湖东公交停保场\n\
               占地2.8公顷，可停放公交车辆200辆，配建充电桩60个\n\
               2.4\n\
               2027—2029年\n\
               \n\
               7\n\
               公交专用道\n\
               公交专用道新建工程\n\
               新建环湖大道南段、科学城大道、湖东路等公交专用道25公里\n\
               1.1\n\
               2026—2030年\n\
               \n";
    let ls = lines(src);
    let r = read("t3", Some((0, "重点项目清单")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = rows(t)
        .into_iter()
        .find(|r| r.contains("澄湖新城公交首末站"))
        .unwrap_or_default();
    assert_eq!(
        row,
        "I|公交场站|5|公交场站|澄湖新城公交首末站|新建公交首末站4座，同步配建充电桩120个和驾驶员休息用房|3.2|2026—2029年"
    );
}

#[test]
fn a_category_that_ends_in_a_word_like_a_joining_one_is_a_category() {
    // As above, but row 6 opens `社会参与`: `参与` is a word, no line stopped on `与`, so the
    // row opens its category.
    let src = "序号\n类别\n指标名称\n单位\n属性\n2020年\n2025年\n\n\
               1\n创新投入\n全社会研发经费投入强度\n%\n预期性\n2.12\n2.8\n\n\
               2\n财政科技支出占一般公共预算支出比重\n%\n约束性\n3.1\n≥4.5\n\n\
               3\n创新主体\n高新技术企业数\n家\n预期性\n786\n1600\n\n\
               4\n入库科技型中小企业数\n家\n预期性\n1120\n2500\n\n\
               5\n社会参与\n注册科技志愿者人数\n万人\n预期性\n3.2\n≥5\n\n\
               6\n科普基地数\n个\n预期性\n12\n20\n\n\
               注：1.[ ]内数值为累计数。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[4],
        "I|社会参与|5|社会参与|注册科技志愿者人数|万人|预期性|3.2|≥5"
    );
}

#[test]
fn a_first_line_with_a_figure_is_no_category_even_before_one_was_left() {
    // `类别` after `序号`: row 2 is the first to leave its category to the row above, its name
    // over two paragraphs, the first with a figure (`2万㎡`), which no category carries.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2025年现状值",
        "“十五五”目标",
        "属性",
        "1",
        "公共建筑",
        "公共建筑节能改造面积",
        "万平方米",
        "[186]",
        "[260]",
        "约束性",
        "2",
        "单体建筑面积2万㎡以上公共建筑",
        "能源审计覆盖率",
        "%",
        "64",
        "100",
        "约束性",
        "3",
        "居住建筑",
        "既有居住建筑节能改造面积",
        "万平方米",
        "[98]",
        "[150]",
        "预期性",
        "4",
        "老旧小区节能改造完成率",
        "%",
        "52",
        "≥90",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[1],
        "I|公共建筑|2||单体建筑面积2万㎡以上公共建筑能源审计覆盖率|%|64|100|约束性"
    );
}

#[test]
fn a_column_of_bodies_is_not_glued_to_a_period_s_column_after_it() {
    // `实施主体`, then `“十五五”` / `计划投资` on two lines of one paragraph: two columns, the
    // second broken after its period mark.
    let src = blank_cells(&[
        "类别",
        "序号",
        "项目名称",
        "建设内容",
        "实施主体",
        "“十五五”\n计划投资",
        "森林生态",
        "1",
        "环城森林生态带（蕰川段）二期",
        "新建林带约1800亩，建设环城绿道26公里、驿站6座",
        "区绿化市容局、罗陵镇、潘湾镇",
        "9.6",
        "2",
        "蕰川河、顾泾河滨水生态廊道",
        "闭合林带缺口14公里，建设生态驳岸11公里",
        "区水务局、区绿化市容局",
        "8.2",
        "公园绿地",
        "3",
        "蕰川新城中央公园",
        "新建城市公园42.6公顷",
        "蕰川新城公司",
        "6.5",
        "4",
        "北塘滨江公园",
        "新建城市公园35.0公顷，建设滨江观景平台",
        "北塘镇",
        "4.8",
    ]);
    let ls = lines(&src);
    let r = read("t3", Some((0, "重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "项目名称",
            "建设内容",
            "实施主体",
            "“十五五”计划投资"
        ]
    );
}

#[test]
fn a_note_that_names_the_baseline_s_placeholder_and_a_pending_target() {
    // Row 3 writes `—` and lacks a cell; by fit the gap goes to the baseline. The note says the
    // baseline has no data (the `—`) and the target is yet to be set: the target vanished.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2025年现状值",
        "“十五五”目标",
        "属性",
        "1",
        "公共建筑节能改造面积",
        "万平方米",
        "[186]",
        "[260]",
        "约束性",
        "2",
        "既有居住建筑节能改造面积",
        "万平方米",
        "[98]",
        "[150]",
        "预期性",
        "3",
        "公共建筑碳排放限额管理覆盖率",
        "%",
        "—",
        "约束性",
        "4",
        "老旧小区节能改造完成率",
        "%",
        "52",
        "≥90",
        "预期性",
        "注：1.第3项指标为新增指标，2025年无统计数据，目标值待限额标准发布后另行确定。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.rows[2].cells,
        ["公共建筑碳排放限额管理覆盖率", "%", "—", "", "约束性"]
    );
}

#[test]
fn last_row_status_after_a_name_over_two_paragraphs_stays_in_the_table() {
    // The last row's name is over two paragraphs; its status `未完成` ends as every status
    // above it does and a note follows: the row's last cell, not text after the table.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "“十四五”目标",
        "2025年完成值",
        "完成情况",
        "产业规模",
        "1",
        "氢能产业总产值",
        "亿元",
        "150",
        "168.5",
        "已完成",
        "2",
        "燃料电池系统年产能",
        "套",
        "5000",
        "6200",
        "已完成",
        "示范应用",
        "3",
        "燃料电池汽车累计",
        "推广数量",
        "辆",
        "1500",
        "1320",
        "未完成",
        "注：燃料电池汽车推广数量未完成目标。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标完成情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 3);
    assert_eq!(
        t.rows[2].cells,
        [
            "3",
            "燃料电池汽车累计推广数量",
            "辆",
            "1500",
            "1320",
            "未完成"
        ]
    );
}

#[test]
fn a_count_short_of_its_row_goes_where_it_lies_in_the_columns_range() {
    // Every column after the place measures one thing in its unit: `5` lies among the
    // sports grounds (6 to 14), not the fitness centres (1 and 2).
    let src = blank_cells(&[
        "序号",
        "街镇",
        "新建市民健身中心（个）",
        "新建多功能运动场（片）",
        "新建健身步道（公里）",
        "1",
        "淞兴街道",
        "1",
        "6",
        "4.5",
        "2",
        "芦汀街道",
        "5",
        "3.8",
        "3",
        "沙洲街道",
        "1",
        "8",
        "6.2",
        "4",
        "湄浦镇",
        "1",
        "7",
        "7.5",
        "5",
        "金濠镇",
        "2",
        "14",
        "9.5",
    ]);
    let ls = lines(&src);
    let r = read("t1", None, &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows[1].cells, ["芦汀街道", "", "5", "3.8"]);
}

#[test]
fn a_name_broken_before_its_measure_and_unit_is_no_category() {
    // `海洋生产总值占地区生产总值` / `比重（%）` is one name under a merged category, and a name
    // with its unit in brackets never opens a group.
    let src = blank_cells(&[
        "类别",
        "指标名称",
        "2025年",
        "2030年",
        "指标属性",
        "综合实力",
        "海洋生产总值（亿元）",
        "2860",
        "4200左右",
        "预期性",
        "海洋生产总值占地区生产总值",
        "比重（%）",
        "24.6",
        "27以上",
        "预期性",
        "海洋生产总值年均增速（%）",
        "7.8",
        "7左右",
        "预期性",
        "产业结构",
        "海洋战略性新兴产业增加值（亿元）",
        "315",
        "600",
        "预期性",
        "港口货物吞吐量（亿吨）",
        "3.12",
        "3.8",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let groups: Vec<Option<&str>> = t.rows.iter().map(|r| r.group.as_deref()).collect();
    assert_eq!(
        groups,
        [
            Some("综合实力"),
            Some("综合实力"),
            Some("综合实力"),
            Some("产业结构"),
            Some("产业结构")
        ]
    );
    assert_eq!(t.rows[1].cells[0], "海洋生产总值占地区生产总值比重（%）");
    assert_eq!(
        t.rows[2].cells,
        ["海洋生产总值年均增速（%）", "7.8", "7左右", "预期性"]
    );
}

#[test]
fn a_continuation_mark_numbered_by_chapter_sets_the_header_aside() {
    // `续表4-1` and the header again between two rows: set aside, not glued to a cell.
    let src = blank_cells(&[
        "序号",
        "矿区名称",
        "矿种",
        "开采规模",
        "备注",
        "1",
        "白马冲砖瓦用页岩矿",
        "砖瓦用页岩",
        "小型",
        "保留",
        "2",
        "龙潭水泥用灰岩矿",
        "水泥用灰岩",
        "大型",
        "保留，市级发证",
        "续表4-1",
        "序号",
        "矿区名称",
        "矿种",
        "开采规模",
        "备注",
        "3",
        "东冲建筑用灰岩矿",
        "建筑用灰岩",
        "中型",
        "新设",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表4-1 矿山布局")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 3);
    assert_eq!(
        t.rows[1].cells,
        ["龙潭水泥用灰岩矿", "水泥用灰岩", "大型", "保留，市级发证"]
    );
    assert_eq!(t.continued.len(), 1);
    assert_eq!(
        (t.continued[0].before, t.continued[0].mark.as_str()),
        (2, "续表4-1")
    );
}

#[test]
fn the_header_again_without_a_mark_is_set_aside_and_categories_numbered_as_chapters_head_groups() {
    // No number column: categories `一、…` over names numbered `1.`, the header written again
    // after a page break with no `续表`.
    let src = blank_cells(&[
        "指 标",
        "2020年",
        "2025年",
        "属 性",
        "一、健康教育与预防保健",
        "1. 老年人健康素养水平(%)",
        "9.6",
        "≥15",
        "预期性",
        "2. 老年人健康管理服务率(%)",
        "63.4",
        "≥65",
        "约束性",
        "二、医养结合",
        "3. 医养结合机构数(家)",
        "36",
        "60",
        "预期性",
        "其中：两证齐全的医养结合机构(家)",
        "21",
        "40",
        "预期性",
        "指 标",
        "2020年",
        "2025年",
        "属 性",
        "4. 护理型床位占比(%)",
        "43",
        "≥55",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let kinds: Vec<RowKind> = t.rows.iter().map(|r| r.kind).collect();
    use RowKind::{Category as C, Item as I};
    assert_eq!(kinds, [C, I, I, C, I, I, I]);
    assert_eq!(t.rows[4].cells, ["36", "60", "预期性"]);
    assert_eq!(t.rows[5].name, "其中：两证齐全的医养结合机构(家)");
    assert_eq!(t.rows[6].cells, ["43", "≥55", "约束性"]);
    assert_eq!(t.continued.len(), 1);
    assert!(t.continued[0].mark.is_empty() && t.continued[0].header);
    assert_eq!(t.continued[0].before, 6);
}

#[test]
fn categories_numbered_as_chapters_over_unnumbered_rows_with_attributes() {
    let src = blank_cells(&[
        "指标项目",
        "“十二五”末基数",
        "“十三五”规划目标",
        "指标属性",
        "一、就业",
        "城镇新增就业人数(万人)",
        "【52.6】",
        "【50】",
        "预期性",
        "职业技能培训人数(万人次)",
        "【86】",
        "【100】",
        "预期性",
        "二、人才发展",
        "人才资源总量(万人)",
        "142.8",
        "180",
        "预期性",
        "企业劳动合同签订率(%)",
        "96.2",
        "≥95",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "“十三五”时期主要指标完成情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    let names: Vec<(RowKind, &str)> = t.rows.iter().map(|r| (r.kind, r.name.as_str())).collect();
    assert_eq!(names[0], (RowKind::Category, "一、就业"));
    assert_eq!(names[3], (RowKind::Category, "二、人才发展"));
    assert_eq!(t.rows[4].cells, ["142.8", "180", "预期性"]);
}

#[test]
fn a_caption_below_rows_in_blocks_is_not_the_last_rows_cell() {
    // The last row lost its unit: its block ends at its blank line, and the caption after it
    // is the table's, below it.
    let src = "类别\n序号\n指标名称\n属性\n单位\n2025年\n2030年\n\n改造任务\n1\n改造老旧小区数量\n约束性\n个\n120\n180\n\n2\n加装电梯\n预期性\n台\n350\n600\n\n3\n改造小区综合评价指数\n预期性\n85.6\n≥90\n\n栖浦区老旧小区改造主要指标\n注：第3项为综合评价指数，无计量单位。\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.title, "栖浦区老旧小区改造主要指标");
    assert!(t.caption_below);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(
        t.rows[2].cells,
        ["3", "改造小区综合评价指数", "预期性", "", "85.6", "≥90"]
    );
}

#[test]
fn a_body_is_never_the_next_rows_category_among_tasks() {
    // `市政务服务办` closes row 4 as its 配合单位; the categories name tasks, never bodies.
    let src = blank_cells(&[
        "重点任务",
        "序号",
        "主要举措",
        "牵头单位",
        "配合单位",
        "夯实数字底座",
        "1",
        "政务云扩容和同城灾备中心建设",
        "市大数据中心",
        "市财政局、市委网信办",
        "提升政务服务",
        "2",
        "“高效办成一件事”扩面增效",
        "市政务服务办",
        "市级各相关部门",
        "3",
        "政务服务“好差评”体系建设",
        "市政务服务办",
        "市大数据中心、市市场监管局",
        "4",
        "“岱川通”移动端迭代升级",
        "市大数据中心",
        "市政务服务办",
        "5",
        "线下政务服务中心“一窗综办”改革",
        "市政务服务办",
        "提升城市治理效能",
        "6",
        "城市运行数字体征系统建设",
        "市城运中心",
        "市公安局、市水务局",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "重点任务分工表")), &ls).expect("a table");
    let t = &r.parsed.table;
    let groups: Vec<&str> = t.rows.iter().filter_map(|r| r.group.as_deref()).collect();
    assert_eq!(
        groups,
        [
            "夯实数字底座",
            "提升政务服务",
            "提升政务服务",
            "提升政务服务",
            "提升政务服务",
            "提升城市治理效能"
        ]
    );
    assert_eq!(
        t.rows[3].cells.last().map(String::as_str),
        Some("市政务服务办")
    );
    assert_eq!(t.rows[4].cells.last().map(String::as_str), Some(""));
}

#[test]
fn a_list_broken_before_its_conjunction_is_one_cell_and_a_title_under_the_table_its_caption() {
    let src = "序号\n功能区\n范围\n主导功能\n面积\n（平方公里）\n\n1\n滨江体育休闲带\n汇澄江沿岸泗湾河至北塘港段\n水上运动、户外休闲、运动消费\n2.4\n\n2\n汇澄体育中心片区\n澄心路、澄北路、望潮路\n和汇澄江围合区域\n竞技赛事、全民健身、体育商业\n0.9\n\n3\n北塘港体育产业园\n北塘港以东、临渡路以北\n体育科技研发、智能运动装备\n1.8\n\n汇澄区“十五五”体育功能区布局\n（一）滨江体育休闲带\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.title, "汇澄区“十五五”体育功能区布局");
    assert!(t.caption_below);
    assert_eq!(
        t.rows[1].cells,
        [
            "汇澄体育中心片区",
            "澄心路、澄北路、望潮路和汇澄江围合区域",
            "竞技赛事、全民健身、体育商业",
            "0.9"
        ]
    );
}

#[test]
fn a_level_ending_a_measures_name_where_the_unit_stands_is_the_names_end() {
    // `发展水平` where the unit would stand, the attribute after it: the name's end, the
    // unit vanished (a level has no unit).
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "属性",
        "目标",
        "完成情况",
        "运输指标",
        "1",
        "具备条件的建制村通客车率",
        "%",
        "约束性",
        "100",
        "100",
        "2",
        "城乡交通运输一体化",
        "发展水平",
        "预期性",
        "4A级",
        "5A级",
        "3",
        "行政村物流快递服务网点覆盖率",
        "%",
        "预期性",
        "95以上",
        "97.3",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标完成情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.rows[1].cells,
        [
            "2",
            "城乡交通运输一体化发展水平",
            "",
            "预期性",
            "4A级",
            "5A级"
        ]
    );
}

#[test]
fn a_measures_end_with_its_unit_in_brackets_ends_a_name_not_a_unit() {
    // `新增港口集疏运道路` / `里程（公里）` under a merged category: one name.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "2025年",
        "2030年",
        "指标性质",
        "1",
        "港口能级",
        "港口货物吞吐量（亿吨）",
        "2.86",
        "3.3",
        "预期性",
        "2",
        "集装箱吞吐量（万标准箱）",
        "412",
        "600",
        "预期性",
        "3",
        "集疏运体系",
        "集装箱海铁联运量（万标准箱）",
        "9.6",
        "30",
        "预期性",
        "4",
        "集装箱水水中转比例（%）",
        "41.5",
        "≥45",
        "预期性",
        "5",
        "新增港口集疏运道路",
        "里程（公里）",
        "[56]",
        "[75]",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows[4].group.as_deref(), Some("集疏运体系"));
    assert_eq!(
        t.rows[4].cells,
        [
            "",
            "新增港口集疏运道路里程（公里）",
            "[56]",
            "[75]",
            "预期性"
        ]
    );
}

#[test]
fn a_group_name_stopped_mid_phrase_goes_on_over_the_next_line() {
    let src = "序号\n指标名称\n单位\n2020年\n2025年\n属性\n\n一、社会保障\n\n1\n养老保险参保率\n%\n95.6\n≥96\n约束性\n\n2\n医疗保险参保率\n%\n98.1\n≥98\n约束性\n\n二、托养照护和\n康复服务\n\n3\n托养服务人数\n万人\n2.1\n2.8\n预期性\n\n4\n基本康复服务覆盖率\n%\n85\n≥90\n约束性\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let items = t.rows.iter().filter(|r| r.kind == RowKind::Item).count();
    assert_eq!(items, 4);
    let categories: Vec<String> = t
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Category)
        .map(|r| format!("{}{}", r.number.as_deref().unwrap_or(""), r.name))
        .collect();
    assert_eq!(categories, ["一、社会保障", "二、托养照护和康复服务"]);
}

#[test]
fn a_box_table_of_places_reads_its_merged_column_a_cell_over_two_paragraphs_and_one_vanished() {
    // Under `所在地区` and what each row is, a place opens its group; `依托…，设置` /
    // `农民工…窗口` is one description; the last row lost its year.
    let src = blank_cells(&[
        "所在地区",
        "零工市场（驿站）",
        "主要建设内容",
        "建成年份",
        "江岸区",
        "江岸区滨江零工市场",
        "改造场地1500平方米，设置求职登记和临时休息区",
        "2022年",
        "江岸区白鹭洲零工驿站",
        "利用社区闲置用房设置零工信息发布屏",
        "2023年",
        "丰溪县",
        "丰溪县零工市场",
        "依托县人力资源市场改造提升，设置",
        "农民工服务专区和劳动维权窗口",
        "2022年",
        "丰溪县溪口镇零工驿站",
        "在集镇设立零工驿站，服务周边4个乡镇",
        "2024年",
        "乌石县",
        "乌石县零工市场",
        "结合县城老旧厂房改造建设，设置零工对接区",
    ]);
    let ls = lines(&src);
    let opts = Options {
        titled: true,
        ..Default::default()
    };
    let r = read_with("t1", None, &ls, opts).expect("a table");
    let t = &r.parsed.table;
    let groups: Vec<&str> = t.rows.iter().filter_map(|r| r.group.as_deref()).collect();
    assert_eq!(groups, ["江岸区", "江岸区", "丰溪县", "丰溪县", "乌石县"]);
    assert_eq!(
        t.rows[2].cells[t.rows[2].cells.len() - 2..],
        [
            "依托县人力资源市场改造提升，设置农民工服务专区和劳动维权窗口",
            "2022年"
        ]
    );
    assert_eq!(t.rows[4].cells.last().map(String::as_str), Some(""));
}

#[test]
fn two_column_names_opening_with_one_word_on_consecutive_lines_are_two_cells() {
    let src = "指标名称\n指标属性\n\n目标值（2025年）\n\n完成值（2025年）\n\n完成情况\n\n综合管廊建成里程\n\n预期性\n\n12km\n\n12.6km\n\n已完成\n\n新建缆线管廊长度\n\n预期性\n\n20km\n\n16.4km\n\n基本完成\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "“十四五”规划主要指标完成情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "指标名称",
            "指标属性",
            "目标值（2025年）",
            "完成值（2025年）",
            "完成情况"
        ]
    );
    assert_eq!(t.rows.len(), 2);
}

#[test]
fn a_share_before_the_next_category_ends_at_its_attribute() {
    // Names numbered `1.`, categories in cells of their own, a header cell `十四五”` / `目标`;
    // the `其中` row before `工资支付保障` ends at its attribute.
    let src = blank_cells(&[
        "指标名称",
        "2020年",
        "十四五”",
        "目标",
        "指标属性",
        "劳动合同与集体协商",
        "1.企业职工劳动合同签订率(%)",
        "96.8",
        "≥97",
        "约束性",
        "2.和谐劳动关系创建示范企业(家)",
        "【652】",
        "【800】",
        "预期性",
        "其中：省级和谐劳动关系示范企业(家)",
        "【118】",
        "【150】",
        "预期性",
        "工资支付保障",
        "3.工程建设领域实名制管理覆盖率(%)",
        "90",
        "≥98",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["指标名称", "2020年", "十四五”目标", "指标属性"]);
    let kinds: Vec<RowKind> = t.rows.iter().map(|r| r.kind).collect();
    use RowKind::{Category as C, Item as I};
    assert_eq!(kinds, [C, I, I, I, C, I]);
    assert_eq!(t.rows[3].cells, ["【118】", "【150】", "预期性"]);
    assert_eq!(t.rows[4].name, "工资支付保障");
}

#[test]
fn a_baselines_name_is_no_group_over_a_targets_column() {
    // `2025年` / `现状值` is one column, `“十五五”` / `目标值` / `（2030年）` another.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "2025年",
        "现状值",
        "“十五五”",
        "目标值",
        "（2030年）",
        "属性",
        "城镇化水平",
        "1",
        "常住人口城镇化率",
        "%",
        "52.6",
        "58",
        "预期性",
        "2",
        "县城建成区人口密度",
        "人/平方公里",
        "8200",
        "≥8500",
        "预期性",
        "特色产业",
        "3",
        "特色小镇主导产业产值",
        "亿元",
        "86",
        "150",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "2025年现状值",
            "“十五五”目标值（2030年）",
            "属性"
        ]
    );
    assert!(t.column_groups.is_empty());
}

#[test]
fn a_share_broken_before_its_unit_is_one_name() {
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "2025年",
        "2030年",
        "指标性质",
        "1",
        "年均举办全民阅读活动（万场次）",
        "1.6",
        "2",
        "预期性",
        "其中：面向少年儿童的阅读",
        "推广活动（万场次）",
        "0.7",
        "0.9",
        "预期性",
        "2",
        "公共图书馆总分馆制覆盖率（%）",
        "92",
        "100",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 3);
    assert!(t.rows[1]
        .cells
        .iter()
        .any(|c| c == "其中：面向少年儿童的阅读推广活动（万场次）"));
    assert_eq!(
        t.rows[1].cells[t.rows[1].cells.len() - 3..],
        ["0.7", "0.9", "预期性"]
    );
}

#[test]
fn a_grade_by_its_letter_is_no_unit() {
    // `B类` where the unit stands is the baseline; the note says the grade has no unit.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2025年",
        "2030年",
        "属性",
        "1",
        "安全治理",
        "无人驾驶航空器实名登记率",
        "%",
        "92",
        "100",
        "约束性",
        "2",
        "区低空飞行服务站服务能力等级",
        "B类",
        "A类",
        "约束性",
        "注：第2项为等级类指标，不设计量单位。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.rows[1].cells,
        [
            "",
            "区低空飞行服务站服务能力等级",
            "",
            "B类",
            "A类",
            "约束性"
        ]
    );
}

#[test]
fn a_grade_by_its_numeral_is_no_unit() {
    // `二级` where the unit stands is the baseline, `三级` the target, with no note to say so.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2025年",
        "2030年",
        "属性",
        "1",
        "服务供给",
        "农村养老服务设施覆盖率",
        "%",
        "85",
        "100",
        "约束性",
        "2",
        "县级特困人员供养服务机构等级",
        "二级",
        "三级",
        "预期性",
        "3",
        "护理型床位占比",
        "%",
        "45",
        "≥60",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.rows[1].cells,
        [
            "",
            "县级特困人员供养服务机构等级",
            "",
            "二级",
            "三级",
            "预期性"
        ]
    );
}

#[test]
fn numbered_names_with_a_value_over_two_paragraphs_and_a_new_indicators_gap() {
    let src = blank_cells(&[
        "指标名称",
        "2020年",
        "十四五”目标",
        "指标属性",
        "参保覆盖",
        "1.基本医疗保险参保率(%)",
        "96.5",
        "≥97",
        "约束性",
        "2.城乡居民医保人均财政补助标准(元)",
        "550",
        "按国家和省规定",
        "标准执行",
        "约束性",
        "3.DRG付费医疗机构住院费用占比(%)",
        "≥70",
        "预期性",
        "4.定点医药机构现场检查(家次)",
        "2860",
        "【15000】",
        "约束性",
        "注 : 第3项为“十四五”新增统计指标,2020年无基期数据。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows[2].cells, ["550", "按国家和省规定标准执行", "约束性"]);
    assert_eq!(t.rows[3].cells, ["", "≥70", "预期性"]);
}

#[test]
fn a_block_opening_its_own_group_is_no_name_over_two_lines() {
    // Row blocks under a merged 项目类型: the last block, as long as a row with its category,
    // opens `宣传演练`; its first line is no part of the name.
    let src = "序号\n项目类型\n项目名称\n建设内容\n估算投资\n建设年限\n\n1\n设施提标\n既有场所应急供水供电提升工程\n补建应急水源和储水设施\n3700\n2026—2029年\n\n2\n标识导引\n应急避难场所标识标牌规范化工程\n更新136处既有场所标识标牌\n420\n2026—2027年\n\n3\n疏散路线导引标识完善工程\n在主要道路设置疏散指示标识\n380\n2027—2028年\n\n4\n平台建设\n应急避难场所智慧管理平台建设项目\n建设场所“一张图”\n650\n2026—2027年\n\n5\n场所物联感知设施建设项目\n布设视频监控、客流统计等终端\n980\n2027—2029年\n\n6\n宣传演练\n应急避难科普体验馆建设项目\n建设应急避难科普体验馆1处\n560\n2026—2027年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点项目清单")), &ls).expect("a table");
    let t = &r.parsed.table;
    let last = t.rows.last().expect("rows");
    assert_eq!(last.group.as_deref(), Some("宣传演练"));
    assert!(last.cells.iter().any(|c| c == "应急避难科普体验馆建设项目"));
}

#[test]
fn a_header_again_found_both_ways_out_of_order_reads_without_panic() {
    // Found by the `tables` fuzz target: a header repeated after a mark and again without one,
    // its lines set aside out of order, once sliced backwards.
    let bytes =
        include_bytes!("../../../tests/fixtures/fuzz-found/tables-header-again-out-of-order.bin");
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    let ls = crate::testkit::src_lines(text);
    for (caption, opts) in [
        (None, Options::default()),
        (Some((0, "表1 主要指标")), Options::default()),
        (
            Some((0, "表1")),
            Options {
                paged: true,
                last_page: Some(2),
                ..Default::default()
            },
        ),
        (
            None,
            Options {
                titled: true,
                ..Default::default()
            },
        ),
    ] {
        if let Ok(r) = read_with("t1", caption, &ls, opts) {
            assert!(r.consumed <= ls.len());
        }
    }
}

#[test]
fn a_box_table_of_streets_over_areas_reads_figures_a_broken_list_and_a_vanished_year() {
    // `街道（镇）` / `片区名称` are two columns on two lines; `主要小区` names a column (no
    // district); areas (`延平路片区`) are no places opening groups; the figures stand under the
    // column naming its unit; `桐柏一村、桐柏二村、` / `桐柏三村` is one cell; `长乐路片区*` lost
    // its year.
    let src = format!(
        "街道（镇）\n片区名称\n\n{}",
        blank_cells(&[
            "主要小区",
            "建筑面积（万平方米）",
            "实施年度",
            "桐柏街道",
            "桐柏路片区",
            "桐柏一村、桐柏二村、",
            "桐柏三村",
            "38.6",
            "2026—2027年",
            "延平路片区",
            "延平小区、金鹰公寓、延平路12弄",
            "21.4",
            "2027—2028年",
            "西林街道",
            "西林新村片区",
            "西林一村、西林二村",
            "46.2",
            "2026—2028年",
            "长乐路片区*",
            "长乐坊、长乐新苑、福寿里",
            "17.8",
            "凌桥镇",
            "凌桥老镇片区",
            "凌桥新村、东风小区",
            "24.1",
            "2029—2030年",
        ])
    );
    let ls = lines(&src);
    let opts = Options {
        titled: true,
        ..Default::default()
    };
    let r = read_with("t1", None, &ls, opts).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "街道（镇）",
            "片区名称",
            "主要小区",
            "建筑面积（万平方米）",
            "实施年度"
        ]
    );
    let groups: Vec<&str> = t.rows.iter().filter_map(|r| r.group.as_deref()).collect();
    assert_eq!(
        groups,
        ["桐柏街道", "桐柏街道", "西林街道", "西林街道", "凌桥镇"]
    );
    let cells = |i: usize| t.rows[i].cells[t.rows[i].cells.len() - 4..].to_vec();
    assert_eq!(
        cells(0),
        [
            "桐柏路片区",
            "桐柏一村、桐柏二村、桐柏三村",
            "38.6",
            "2026—2027年"
        ]
    );
    assert_eq!(
        cells(1),
        [
            "延平路片区",
            "延平小区、金鹰公寓、延平路12弄",
            "21.4",
            "2027—2028年"
        ]
    );
    assert_eq!(
        cells(3),
        ["长乐路片区*", "长乐坊、长乐新苑、福寿里", "17.8", ""]
    );
}

#[test]
fn a_measure_over_two_paragraphs_is_no_unit_for_a_year_in_it() {
    // `口岸进出口贸易额` / `年均增长率`: `年` is a unit's character, but a measure's name is no
    // unit; its value's period paragraph joins the value.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "2025年",
        "2030年",
        "指标性质",
        "1",
        "口岸进出境货运量",
        "万吨",
        "1286",
        "2000",
        "预期性",
        "2",
        "口岸进出口贸易额",
        "年均增长率",
        "%",
        "8.6",
        "（2021年—2025年）",
        "10左右",
        "预期性",
        "3",
        "口岸查验基础设施达标率",
        "%",
        "82",
        "100",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = row_named(t, "2");
    assert_eq!(
        row.cells,
        [
            "口岸进出口贸易额年均增长率",
            "%",
            "8.6（2021年—2025年）",
            "10左右",
            "预期性"
        ]
    );
}

#[test]
fn a_block_short_of_one_of_two_figures_alike_keeps_its_own_first_cell() {
    // `片区名称` may head a merged column, but `新港科创商务片区` … `36` lost one of its two
    // areas: left empty under the first year, not its name left to the row above.
    let src = "片区名称\n四至范围\n主导功能\n2025年楼宇面积\n2030年楼宇面积\n\n滨江金融核心区\n浦江路以东、滨江大道以西\n金融服务、总部经济\n486\n520\n\n北站数字经济片区\n北站路以北、天目路以南、\n长兴路以东、浦阳北站以西\n数字经济、科技服务\n312\n338\n\n老城专业服务片区\n中山路、人民路围合区域\n法律、会计等专业服务\n268\n274\n\n新港科创商务片区\n新港大道以东、滨海路以西\n研发办公、科技金融\n36\n\n东湖生活性服务片区\n东湖路以东、运河路以西\n商贸服务、文化创意\n174\n182\n";
    let ls = lines(src);
    let opts = Options {
        titled: true,
        ..Default::default()
    };
    let r = read_with("t1", None, &ls, opts).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5);
    assert!(t.rows.iter().all(|r| r.group.is_none()));
    assert_eq!(t.rows[3].name, "新港科创商务片区");
    assert_eq!(
        t.rows[3].cells,
        ["新港大道以东、滨海路以西", "研发办公、科技金融", "", "36"]
    );
}

#[test]
fn a_list_of_places_under_a_column_of_places_is_no_name_over_two_lines() {
    // `县城影院提质扩容工程（8家）` then `青溪县、白鹭县、…`: as many pieces as columns, the
    // places longer than the column's others, yet under `所在地` as written.
    let src = "序号\n项目名称\n所在地\n新增银幕（块）\n\n1\n澜江区滨江商业中心影城\n澜江区\n12\n\n2\n东湖新城IMAX激光\n巨幕影城\n东湖区\n10\n\n3\n澜江影视城配套影城\n临川区\n8\n\n4\n新港区临港商务区影城\n新港区\n9\n\n5\n县城影院提质扩容工程（8家）\n青溪县、白鹭县、云岭县、石门县、澜西市\n40\n\n6\n乡镇数字影院建设工程（20家）\n各县（市）\n60\n";
    let ls = lines(src);
    let opts = Options {
        titled: true,
        ..Default::default()
    };
    let r = read_with("t1", None, &ls, opts).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "5").cells,
        [
            "县城影院提质扩容工程（8家）",
            "青溪县、白鹭县、云岭县、石门县、澜西市",
            "40"
        ]
    );
}

#[test]
fn a_year_over_its_base_figure_is_one_header_cell() {
    // `2020年` / `基数` is one column, as `2025年` / `现状值` is; `榆江市` / `“十四五”` /
    // `目标值` another.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "属性",
        "2020年",
        "基数",
        "榆江市",
        "“十四五”",
        "目标值",
        "种质资源保护",
        "1",
        "农作物种质资源保存总量",
        "份",
        "约束性",
        "4260",
        "≥6200",
        "2",
        "畜禽遗传资源保种场（区）",
        "个",
        "约束性",
        "3",
        "5",
        "科技创新",
        "3",
        "主要农作物良种覆盖率",
        "%",
        "约束性",
        "96.5",
        "≥98",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("a table");
    assert_eq!(
        r.parsed.table.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "属性",
            "2020年基数",
            "榆江市“十四五”目标值"
        ]
    );
}

#[test]
fn a_header_block_one_line_longer_than_the_rows_joins_a_qualifier_to_its_column() {
    // `建设` / `年限`: a word naming no column over the column word it qualifies, in a header
    // block one line longer than the rows of six (the second row's category left to the first).
    let src = "序号\n项目类别\n项目名称\n建设内容\n总投资\n建设\n年限\n\n1\n种质资源保护\n种质资源库建设项目\n新建种质资源中长期库\n8600\n2021—2023年\n\n2\n地方畜禽保种场提升项目\n改扩建省级保种场\n4200\n2022—2024年\n\n3\n育种创新\n种业创新中心建设项目\n建设分子育种实验室\n26000\n2021—2025年\n\n4\n核心育种场建设项目\n新建核心育种场2个\n18500\n2022—2025年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "项目类别",
            "项目名称",
            "建设内容",
            "总投资",
            "建设年限"
        ]
    );
    assert_eq!(
        row_named(t, "2").cells,
        [
            "",
            "地方畜禽保种场提升项目",
            "改扩建省级保种场",
            "4200",
            "2022—2024年"
        ]
    );
}

#[test]
fn a_town_among_groups_of_streets_opens_its_own_group() {
    // `青柳镇` under `街镇`, after groups of `…街道`: its own group, not a name beside a
    // vanished cell with the next two cells joined.
    let src = blank_cells(&[
        "序号",
        "街镇",
        "片区名称",
        "主要治理内容",
        "完成时限",
        "1",
        "滨江街道",
        "老码头片区",
        "砖木结构旧里房屋12幢解危处置，结合城市更新实施拆除重建",
        "2027年",
        "2",
        "船厂新村",
        "小梁薄板房屋结构加固改造3.2万平方米",
        "2028年",
        "3",
        "新河街道",
        "新河老街",
        "沿街经营性自建房隐患整治和历史建筑保护性加固",
        "2027年",
        "4",
        "青柳镇",
        "镇区老旧片区及周边6个行政村",
        "农村危房改造和农房安全隐患整治",
        "2030年",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 重点片区")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = row_named(t, "4");
    assert_eq!(row.group.as_deref(), Some("青柳镇"));
    assert_eq!(
        row.cells,
        [
            "青柳镇",
            "镇区老旧片区及周边6个行政村",
            "农村危房改造和农房安全隐患整治",
            "2030年"
        ]
    );
}

#[test]
fn a_years_end_over_what_was_done_is_one_header_cell() {
    // `2025年底` / `完成情况`: one column over the rows of seven, as `2025年` / `完成值` is.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "属性",
        "泓川区",
        "“十四五”",
        "规划目标",
        "2025年底",
        "完成情况",
        "改造任务",
        "1",
        "城中村改造项目启动数",
        "个",
        "预期性",
        "20",
        "23",
        "2",
        "完成拆除新建类改造的城中村数量",
        "个",
        "约束性",
        "8",
        "7",
        "民生保障",
        "3",
        "建成安置住房",
        "万平方米",
        "约束性",
        "180",
        "196.3",
        "4",
        "回迁安置房按期交付率",
        "%",
        "约束性",
        "100",
        "100",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标完成情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "属性",
            "泓川区“十四五”规划目标",
            "2025年底完成情况"
        ]
    );
    assert_eq!(t.rows.len(), 4);
    assert_eq!(t.rows[1].cells.last().map(String::as_str), Some("7"));
}

#[test]
fn a_numbered_name_opening_with_a_figure_is_the_next_row_after_an_attribute() {
    // `2.5岁以下儿童死亡率` after `1.婴儿死亡率` … `预期性`, and `10.3岁以下…` after a category:
    // rows 2 and 10, not decimals inside the row before.
    let src = blank_cells(&[
        "指标名称",
        "2020年",
        "2025年",
        "指标属性",
        "儿童健康水平",
        "1.婴儿死亡率（‰）",
        "2.61",
        "≤3.0",
        "预期性",
        "2.5岁以下儿童死亡率（‰）",
        "3.52",
        "≤4.5",
        "预期性",
        "3.儿童青少年总体近视率（%）",
        "52.6",
        "力争每年降低1个百分点以上",
        "约束性",
        "儿童保健服务",
        "4.3岁以下儿童系统管理率",
        "94.5%",
        "≥95%",
        "约束性",
        "5.新生儿遗传代谢性疾病筛查率",
        "99.6%",
        "≥99%",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let items: Vec<String> = t
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Item)
        .map(|r| r.cells.first().cloned().unwrap_or_default())
        .collect();
    assert_eq!(items, ["2.61", "3.52", "52.6", "94.5%", "99.6%"]);
}

#[test]
fn a_capacity_ends_a_name_over_two_paragraphs_under_a_merged_category() {
    // `建筑垃圾资源化利用设施` / `设计处理能力`: a measure's end (`能力`) after a first line unlike
    // every category, the category `资源化利用` left to the row above.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2025年现状值",
        "2030年目标值",
        "指标属性",
        "1",
        "源头减量",
        "新建建筑施工现场建筑垃圾排放量",
        "吨/万平方米",
        "300",
        "≤200",
        "约束性",
        "2",
        "资源化利用",
        "建筑垃圾资源化利用率",
        "%",
        "52",
        "≥75",
        "约束性",
        "3",
        "拆除垃圾资源化利用率",
        "%",
        "71",
        "≥85",
        "预期性",
        "4",
        "建筑垃圾资源化利用设施",
        "设计处理能力",
        "万吨/年",
        "610",
        "≥900",
        "预期性",
        "5",
        "政府投资工程再生产品使用比例",
        "%",
        "8",
        "≥15",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = &t.rows[3];
    assert_eq!(row.group.as_deref(), Some("资源化利用"));
    assert!(
        row.cells
            .iter()
            .any(|c| c == "建筑垃圾资源化利用设施设计处理能力"),
        "{:?}",
        row.cells
    );
}

#[test]
fn a_row_block_with_a_stopped_line_leaves_its_category_to_the_row_above() {
    // Row 3: no category, its content over two lines (the first ends in `、`): seven lines as a
    // row that writes its category, its name longer than every category.
    let src = "序号\n项目类别\n项目名称\n建设地点\n主要建设内容\n总投资\n建设期限\n\n1\n集聚区建设\n云岫山居民宿集聚区提升项目\n云岫镇\n提升改造民宿45家，新建游客服务中心1处\n18600\n2026—2028年\n\n2\n桃花溪民宿集聚区建设项目\n溪口镇\n改造闲置农房60幢，建设滨溪步道4.5公里\n12400\n2026—2029年\n\n3\n茶山里茶旅民宿集聚区建设项目\n石门乡、白沙乡\n改造利用闲置农房2.1万㎡，建设茶园观光栈道、\n茶事体验工坊和民宿管家服务中心\n9800\n2027—2030年\n\n4\n品质提升\n等级民宿创建提升项目\n全县\n支持300家民宿开展等级创建\n6000\n2026—2030年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = &t.rows[2];
    assert_eq!(row.group.as_deref(), Some("集聚区建设"));
    assert_eq!(
        row.cells[row.cells.len() - 5..],
        [
            "茶山里茶旅民宿集聚区建设项目",
            "石门乡、白沙乡",
            "改造利用闲置农房2.1万㎡，建设茶园观光栈道、茶事体验工坊和民宿管家服务中心",
            "9800",
            "2027—2030年"
        ]
    );
}

#[test]
fn one_category_naming_a_kind_tells_a_name_over_two_paragraphs() {
    // After `资源保护类` and a row that left it to the row above, `古树名木保护范围内违法` /
    // `侵占问题整改率` is one name: no category, ending otherwise than `…类`.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2025年基准",
        "2030年目标",
        "属性",
        "1",
        "资源保护类",
        "古树名木保存率",
        "%",
        "100",
        "100",
        "约束性",
        "2",
        "古树名木、古树后续资源建档率",
        "%",
        "100、62",
        "100、≥95",
        "约束性",
        "3",
        "古树名木保护范围内违法",
        "侵占问题整改率",
        "%",
        "/",
        "100",
        "约束性",
        "4",
        "养护管理类",
        "古树名木日常养护覆盖率",
        "%",
        "85",
        "100",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", None, &ls).expect("a table");
    let t = &r.parsed.table;
    let row = &t.rows[2];
    assert_eq!(row.group.as_deref(), Some("资源保护类"));
    assert!(
        row.cells
            .iter()
            .any(|c| c == "古树名木保护范围内违法侵占问题整改率"),
        "{:?}",
        row.cells
    );
}

#[test]
fn a_names_column_over_the_attribute_and_a_first_name_over_two_paragraphs() {
    // `指标名称` / `属性` on two lines are two columns; `2025年` / `目标值` one; the first row's
    // name `乡镇快递物流综合服务站` / `覆盖率` is no header cell.
    let src = format!(
        "指标名称\n属性\n\n{}",
        blank_cells(&[
            "2025年",
            "目标值",
            "2025年",
            "完成值",
            "完成情况",
            "乡镇快递物流综合服务站",
            "覆盖率",
            "预期性",
            "90%",
            "100%",
            "已完成",
            "村级寄递物流综合服务站点覆盖率",
            "预期性",
            "80%",
            "86.6%",
            "已完成",
            "县域冷库总库容",
            "预期性",
            "3万吨",
            "2.4万吨",
            "基本完成",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标完成情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "指标名称",
            "属性",
            "2025年目标值",
            "2025年完成值",
            "完成情况"
        ]
    );
    assert_eq!(t.rows[0].name, "乡镇快递物流综合服务站覆盖率");
    assert_eq!(t.rows.len(), 3);
}

#[test]
fn a_places_values_at_a_periods_end_are_one_header_cell() {
    // `云桐县` / `“十四五”末` / `现状值`: one column, as `云桐县` / `“十五五”` / `目标值`.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "属性",
        "云桐县",
        "“十四五”末",
        "现状值",
        "云桐县",
        "“十五五”",
        "目标值",
        "县级物流",
        "1",
        "县级物流配送中心数量",
        "个",
        "预期性",
        "1",
        "2",
        "2",
        "乡镇快递综合服务站覆盖率",
        "%",
        "约束性",
        "100",
        "100",
        "村级物流",
        "3",
        "村级寄递物流服务站点覆盖率",
        "%",
        "约束性",
        "86.6",
        "100",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("a table");
    assert_eq!(
        r.parsed.table.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "属性",
            "云桐县“十四五”末现状值",
            "云桐县“十五五”目标值"
        ]
    );
}

#[test]
fn a_first_name_over_two_paragraphs_that_counts_a_total_is_no_header_cell() {
    // `累计建成高标准农田` / `面积（万亩）`: the header fits the rows without it, though it names
    // values (`累计`).
    let src = blank_cells(&[
        "指标名称",
        "“十四五”目标",
        "2025年完成值",
        "指标性质",
        "累计建成高标准农田",
        "面积（万亩）",
        "85",
        "86.5",
        "约束性",
        "年均新建高标准农田面积（万亩）",
        "5.6",
        "6.1",
        "约束性",
        "农田灌溉水有效利用系数",
        "0.56",
        "0.572",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标完成情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["指标名称", "“十四五”目标", "2025年完成值", "指标性质"]
    );
    assert_eq!(t.rows[0].name, "累计建成高标准农田面积（万亩）");
}

#[test]
fn a_note_names_a_column_by_its_own_stem_of_two() {
    // `城关镇…不安排新建任务`: the vanished cell is `新建面积`'s, the only column with `新建`.
    let src = "序号\n乡镇\n新建面积\n改造提升面积\n主要建设内容\n投资估算\n\n1\n柳湾镇\n1.8\n2.6\n新建灌排渠道46公里、田间道路38公里\n9300\n\n2\n沙集镇\n1.6\n2.2\n新建灌排渠道40公里、田间道路33公里\n8100\n\n3\n新河镇\n1.4\n2.0\n新建灌排渠道35公里、田间道路29公里\n7200\n\n4\n城关镇\n1.2\n改造提升城郊连片农田，建设智能化灌溉示范区1处\n1800\n\n注：城关镇建设区域位于县城规划区周边，“十五五”期间不安排新建任务，仅实施已建高标准农田改造提升。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "任务分乡镇安排表")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = row_named(t, "4");
    assert_eq!(
        row.cells[..4],
        [
            "城关镇",
            "",
            "1.2",
            "改造提升城郊连片农田，建设智能化灌溉示范区1处"
        ]
    );
}

#[test]
fn a_first_piece_sized_as_the_categories_opens_its_group() {
    // `数字赋能` then `澜湾家政数字服务平台`: a category of four as `平台载体` and `人才培养` are,
    // before a longer name; not one name over two paragraphs with the category left above.
    let src = blank_cells(&[
        "序号",
        "项目类别",
        "项目名称",
        "主要建设内容",
        "总投资",
        "责任单位",
        "1",
        "平台载体",
        "澜湾区家政服务综合体",
        "改造商务楼宇约3000平方米，集成培训实训、供需对接等功能",
        "2600",
        "区商务委",
        "2",
        "街镇家政服务中心建设",
        "在6个街道、镇各建设1个家政服务中心",
        "1800",
        "各街道办事处、镇人民政府",
        "3",
        "人才培养",
        "区家政服务职业培训基地",
        "与澜湾职业技术学校共建实训基地，建设实训室8间",
        "950",
        "区人力资源社会保障局",
        "4",
        "家政技能“千人提升”计划",
        "每年遴选1000名家政服务骨干开展技能提升培训",
        "1500",
        "区人力资源社会保障局",
        "5",
        "数字赋能",
        "澜湾家政数字服务平台",
        "建设供需对接、订单管理和服务评价一体化平台",
        "800",
        "区商务委、区大数据中心",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "重点项目表")), &ls).expect("a table");
    let t = &r.parsed.table;
    let row = row_named(t, "5");
    assert_eq!(row.group.as_deref(), Some("数字赋能"));
    assert_eq!(row.cells[..2], ["数字赋能", "澜湾家政数字服务平台"]);
}

#[test]
fn a_note_saying_a_row_is_dimensionless_and_its_target_pending_places_the_gap_under_the_target() {
    // `第3项指标为无量纲指数，目标值待…另行确定`: its `/` is the unit, its target vanished.
    let src = format!(
        "{}\n\n注：第3项指标为无量纲指数，目标值待评价办法修订后另行确定。\n",
        blank_cells(&[
            "序号",
            "指标名称",
            "单位",
            "2025年基准",
            "2030年目标",
            "属性",
            "1",
            "公共艺术作品建档率",
            "%",
            "81",
            "100",
            "约束性",
            "2",
            "公共艺术作品完好率",
            "%",
            "90.5",
            "≥95",
            "约束性",
            "3",
            "城市公共艺术综合评价指数",
            "/",
            "0.71",
            "预期性",
            "4",
            "社区公共艺术空间数量",
            "个",
            "/",
            "200",
            "预期性",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[2],
        "I||3|城市公共艺术综合评价指数|/|0.71||预期性"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_note_saying_a_figure_is_to_be_verified_later_places_the_gap_under_its_column() {
    // `建筑面积待房屋移交后核定`: the vanished cell is the area's, the `300` the meals'.
    let src = format!(
        "{}\n\n注：第2项利用既有用房改造，建筑面积待房屋移交后核定；供餐能力按每日供餐人次测算。\n",
        blank_cells(&[
            "序号",
            "项目名称",
            "建设地址",
            "建筑面积（m2）",
            "供餐能力（客/日）",
            "1",
            "望湖社区长者食堂",
            "望湖路388弄3号",
            "620",
            "800",
            "2",
            "东风新村助餐点",
            "东风新村32号",
            "300",
            "3",
            "青塘镇中心厨房",
            "塘北路99号",
            "1500",
            "3000",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 助餐项目")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I||2|东风新村助餐点|东风新村32号||300"
    );
    assert_read_keeps_text(Some("表1 助餐项目"), &ls, &r);
}

#[test]
fn a_name_split_before_the_ending_every_name_of_its_column_has_keeps_it() {
    // Row 3's name is over two paragraphs, `葑金公路沿线中小桥` / `改造工程`: every name above
    // ends in `工程`, so the second piece ends the name and does not open the works.
    let src = blank_cells(&[
        "序号",
        "工程名称",
        "主要建设内容",
        "计划投资",
        "实施年度",
        "1",
        "金渡大桥维修加固工程",
        "更换支座48个，加固主梁及桥墩，修复伸缩缝及桥面铺装",
        "4200",
        "2026—2027年",
        "2",
        "望舟港桥拆除重建工程",
        "拆除原三跨简支梁桥，新建预应力混凝土连续箱梁桥，桥长186米",
        "6800",
        "2027—2028年",
        "3",
        "葑金公路沿线中小桥",
        "改造工程",
        "改造中小桥12座，提高设计荷载等级，更换防撞护栏",
        "5600",
        "2026—2029年",
        "4",
        "村道危旧桥梁改造工程",
        "改造村道危旧桥梁36座",
        "7550",
        "2026—2030年",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 桥梁养护重点工程")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[2],
        "I||3|葑金公路沿线中小桥改造工程|改造中小桥12座，提高设计荷载等级，更换防撞护栏|5600|2026—2029年"
    );
    assert_read_keeps_text(Some("表1 桥梁养护重点工程"), &ls, &r);
}

#[test]
fn a_group_s_first_row_without_a_unit_keeps_its_category_when_a_note_says_so() {
    // Row 3 opens its group (`队伍建设`) and has no unit, as the note says: its six cells are
    // number, category, name, attribute and two values, not a category left to the row above.
    let src = format!(
        "{}\n\n注：第3项指标为比例关系，无计量单位。\n",
        blank_cells(&[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "属性",
            "2025年基数",
            "2030年目标值",
            "1",
            "监督管理",
            "社区矫正对象再犯罪率",
            "%",
            "约束性",
            "0.08",
            "≤0.2",
            "2",
            "社区矫正对象脱管漏管人数",
            "人",
            "约束性",
            "0",
            "0",
            "3",
            "队伍建设",
            "专职社会工作者与社区矫正对象配比",
            "预期性",
            "1:13",
            "1:10",
            "4",
            "基层基础",
            "街镇社区矫正分中心规范化建设达标率",
            "%",
            "约束性",
            "75",
            "100",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        r.parsed.table.rows[2].cells,
        [
            "队伍建设",
            "专职社会工作者与社区矫正对象配比",
            "",
            "预期性",
            "1:13",
            "1:10"
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_last_cell_with_a_comma_and_figures_is_no_next_category_where_none_written_has_them() {
    // Row 4 ends `主体已完工，2026年投入使用`, row 5 lost its investment: the status is row 4's,
    // not the category of row 5 (the categories written, `儿童福利设施`, `未成年人保护阵地`,
    // hold no comma and no figure).
    let src = blank_cells(&[
        "类别",
        "序号",
        "项目名称",
        "建设内容",
        "总投资",
        "完成情况",
        "儿童福利设施",
        "1",
        "市儿童福利院迁建工程",
        "在汀州区滨江路新建养育楼、康复楼、特教楼及配套用房，总建筑面积2.36万平方米，设置床位400张",
        "21800",
        "已竣工投用",
        "2",
        "岫山县、青溪县儿童福利机构转型改造",
        "改造两县儿童福利院用房4600平方米，转型为县级未成年人救助保护机构",
        "1380",
        "已完成",
        "3",
        "市儿童福利院康复设备更新",
        "购置运动康复、言语认知、听力评估等设备186台（套）",
        "640",
        "已完成",
        "未成年人保护阵地",
        "4",
        "市未成年人救助保护中心建设",
        "改建临江区原救助管理站综合楼，设置临时监护床位80张，配套心理咨询室和家庭寄养指导中心",
        "3960",
        "主体已完工，2026年投入使用",
        "5",
        "乡镇（街道）未成年人保护工作站建设",
        "按照有场所、有人员、有制度、有服务的标准建成乡镇（街道）未成年人保护工作站75个",
        "建成75个，其余6个结转“十五五”实施",
        "6",
        "村（居）儿童之家提升改造",
        "对412个村（居）儿童之家进行提升改造，配置图书、文体器材和安全防护设施",
        "2470",
        "已完成",
        "信息化与关爱服务",
        "7",
        "“汀阳护苗”未成年人保护信息平台",
        "建设困境儿童动态管理、强制报告受理、个案转介等功能模块，接入市“一网统管”平台",
        "860",
        "已上线运行",
        "8",
        "困境儿童关爱服务项目",
        "通过政府购买服务方式，在汀州、望湖、临江三区和岫山、青溪两县开展困境儿童个案管理、",
        "心理疏导和学业辅导服务，累计服务1.2万人次",
        "1650",
        "已完成",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 重点项目完成情况")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.rows[3].cells.last().map(String::as_str),
        Some("主体已完工，2026年投入使用")
    );
    assert_eq!(t.rows[4].group.as_deref(), Some("未成年人保护阵地"));
    assert_read_keeps_text(Some("表1 重点项目完成情况"), &ls, &r);
}

#[test]
fn a_name_over_two_lines_ending_as_its_column_does_joins_before_a_vanished_figure() {
    // Row 4: `湖滨新城东片` / `社区商业中心` is one name (every name ends in `社区商业中心`, even
    // as the second line names a body) and its area vanished: the year stays under 建成年份.
    let src = "序号\n社区商业中心名称\n所在街镇\n建设方式\n商业建筑面积（万平方米）\n建成年份\n\n\
               1\n湖滨新城西片社区商业中心\n湖滨街道\n新建\n1.2\n2027年\n\n\
               2\n仙桥社区商业中心\n仙桥街道\n存量改造\n0.8\n2026年\n\n\
               3\n陆庄镇区社区商业中心\n陆庄镇\n新建\n1.5\n2028年\n\n\
               4\n湖滨新城东片\n社区商业中心\n湖滨街道\n新建\n2029年\n\n\
               5\n北渚路社区商业中心\n北渚街道\n存量改造\n0.9\n2027年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 社区商业中心建设布局")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[3],
        "I||4|湖滨新城东片社区商业中心|湖滨街道|新建||2029年"
    );
    assert_read_keeps_text(Some("表1 社区商业中心建设布局"), &ls, &r);
}

#[test]
fn a_year_over_its_value_word_joins_in_a_header_over_a_merged_category() {
    // `2020年` / `现状` is one header cell: the rows, most without their category (merged
    // after the number), are narrower than the header as written by that pair and the category.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2020年",
        "现状",
        "“十四五”目标",
        "属性",
        "1",
        "治理覆盖",
        "农村生活污水治理率",
        "%",
        "28.6",
        "≥60",
        "约束性",
        "其中：乡镇政府驻地和中心村生活污水治理率",
        "%",
        "61.2",
        "100",
        "约束性",
        "2",
        "农村黑臭水体整治数量",
        "条",
        "12",
        "40",
        "约束性",
        "3",
        "运行管护",
        "治理设施正常运行率",
        "%",
        "72.5",
        "≥90",
        "约束性",
        "4",
        "运维专业化覆盖率",
        "%",
        "35",
        "80",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "类别",
            "指标名称",
            "单位",
            "2020年现状",
            "“十四五”目标",
            "属性"
        ]
    );
    assert_eq!(
        t.rows.last().map(|r| r.cells.clone()),
        Some(vec![
            "".to_string(),
            "运维专业化覆盖率".to_string(),
            "%".to_string(),
            "35".to_string(),
            "80".to_string(),
            "预期性".to_string()
        ])
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_level_column_written_once_over_its_rows_is_a_merged_category() {
    // `层级` is written on each group's first row only: `凤栖机场旅游集散中心` is row 2's name,
    // under the level above, not its level.
    let src = "序号\n层级\n名称\n所在区县\n建设方式\n完成年限\n\n\
               1\n市级旅游集散中心\n沅湄东站旅游集散中心\n湄城区\n提升改造\n2027年\n\n\
               2\n凤栖机场旅游集散中心\n凤栖县\n改扩建\n2028年\n\n\
               3\n区县级游客服务中心\n青螺湖旅游度假区游客服务中心\n青螺湖旅游度假区\n改扩建\n2026年\n\n\
               4\n沅江百里画廊游客服务中心\n沅江区\n新建\n2028年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1 旅游集散服务体系布局")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(t.rows[1].group.as_deref(), Some("市级旅游集散中心"));
    assert_eq!(
        t.rows[1].cells,
        ["", "凤栖机场旅游集散中心", "凤栖县", "改扩建", "2028年"]
    );
    assert_eq!(t.rows[3].group.as_deref(), Some("区县级游客服务中心"));
    assert_read_keeps_text(Some("表1 旅游集散服务体系布局"), &ls, &r);
}

#[test]
fn a_one_in_a_sub_row_after_a_row_without_its_category_is_no_new_numbering() {
    // Row 2 lacks its category (merged above); its `其中` sub-row's baseline `1` stands where a
    // row with its category would end: a value, not numbering started again.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2020年基数",
        "2025年目标值",
        "属性",
        "1",
        "就业创业",
        "退役军人年度就业率",
        "%",
        "90.2",
        "≥92",
        "预期性",
        "2",
        "县级以上退役军人创业孵化基地",
        "个",
        "3",
        "10",
        "预期性",
        "其中：市级示范性创业孵化基地",
        "个",
        "1",
        "3",
        "预期性",
        "3",
        "优抚保障",
        "优抚对象医疗“一站式”结算定点医疗机构覆盖率",
        "%",
        "65",
        "100",
        "约束性",
        "4",
        "重点优抚对象重要节日走访慰问率",
        "%",
        "100",
        "100",
        "约束性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 5);
    assert_eq!(
        t.rows[2].cells,
        ["", "其中：市级示范性创业孵化基地", "个", "1", "3", "预期性"]
    );
    assert_eq!(t.rows[4].group.as_deref(), Some("优抚保障"));
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_name_over_two_paragraphs_where_a_merged_category_would_stand_is_the_row_s_name() {
    // Row 5 `河湖岸线“四乱”问题` / `动态清零率` (as long as the shortest name, after a first line
    // more than twice as long as every category); row 6 `农业废弃物…回收` / `处置率` (a rate's
    // short end before `%`): names over two paragraphs, the category left to the row above.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "属性",
        "2025年",
        "2030年",
        "1",
        "岸线管控",
        "岸线功能区划覆盖率",
        "%",
        "约束性",
        "85",
        "100",
        "2",
        "岸线利用",
        "岸线利用率",
        "%",
        "预期性",
        "40",
        "45",
        "3",
        "滨水空间",
        "滨水岸线贯通率",
        "%",
        "预期性",
        "60",
        "80",
        "4",
        "滨水公共空间开放率",
        "%",
        "预期性",
        "70",
        "90",
        "5",
        "河湖岸线“四乱”问题",
        "动态清零率",
        "%",
        "约束性",
        "—",
        "100",
        "6",
        "农业废弃物（农药包装物、废旧农膜）回收",
        "处置率",
        "%",
        "约束性",
        "85",
        "≥95",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.rows[4].cells,
        [
            "",
            "河湖岸线“四乱”问题动态清零率",
            "%",
            "约束性",
            "—",
            "100"
        ]
    );
    assert_eq!(t.rows[4].group.as_deref(), Some("滨水空间"));
    assert_eq!(
        t.rows[5].cells,
        [
            "",
            "农业废弃物（农药包装物、废旧农膜）回收处置率",
            "%",
            "约束性",
            "85",
            "≥95"
        ]
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn words_under_the_unit_of_a_row_a_note_says_has_none_end_its_name() {
    // Row 2: `乡村每万人专业技术人才` / `城乡比` / `预期性`: the note says row 2 has no unit, and
    // `城乡比` is no unit: the name's end, the unit's cell empty.
    let src = format!(
        "{}\n\n注：第2项指标为乡村与城镇每万名常住人口拥有专业技术人才数之比，无计量单位。\n",
        blank_cells(&[
            "序号",
            "指标名称",
            "单位",
            "属性",
            "2025年基数",
            "2030年目标",
            "1",
            "每千农村常住人口执业（助理）医师数",
            "人",
            "约束性",
            "1.42",
            "1.8",
            "2",
            "乡村每万人专业技术人才",
            "城乡比",
            "预期性",
            "0.46",
            "0.60",
            "3",
            "村党组织书记中大专及以上学历比例",
            "%",
            "约束性",
            "56.3",
            "≥70",
        ])
    );
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    assert_eq!(
        rows(&r.parsed.table)[1],
        "I||2|乡村每万人专业技术人才城乡比||预期性|0.46|0.60"
    );
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn lengths_alone_tell_a_split_name_where_the_first_row_left_no_category_yet() {
    // Row 2 `数字化教学资源` / `覆盖专业比例`: the first line longer by three than the one
    // category so far, the second shorter by two than every name; row 4 leaves its category to
    // the row above, so the column is a merged one. Row 3 keeps its own category.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "属性",
        "2025年",
        "2030年",
        "1",
        "办学条件",
        "中等职业学校生均校舍建筑面积",
        "平方米",
        "约束性",
        "26.4",
        "≥30",
        "2",
        "数字化教学资源",
        "覆盖专业比例",
        "%",
        "预期性",
        "72",
        "100",
        "3",
        "产教融合",
        "市域产教联合体数量",
        "个",
        "预期性",
        "—",
        "3",
        "4",
        "参与订单培养的在校生人数",
        "人",
        "预期性",
        "1200",
        "2000",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4);
    assert_eq!(
        t.rows[1].cells,
        ["", "数字化教学资源覆盖专业比例", "%", "预期性", "72", "100"]
    );
    assert_eq!(t.rows[1].group.as_deref(), Some("办学条件"));
    assert_eq!(t.rows[2].group.as_deref(), Some("产教融合"));
    assert_eq!(t.rows[3].group.as_deref(), Some("产教融合"));
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn lengths_alone_tell_a_split_name_before_a_unit_whatever_its_end() {
    // Row 4 `家政服务标准化` / `试点示范企业` / `家`: the second line ends in no measure's word,
    // but the lengths tell it and a unit follows under the unit column.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "属性",
        "2025年",
        "2030年",
        "1",
        "供给规模",
        "家政服务企业数量",
        "家",
        "预期性",
        "462",
        "≥550",
        "2",
        "家政从业人员规模",
        "万人",
        "预期性",
        "2.8",
        "3.5",
        "3",
        "服务质量",
        "员工制家政企业占比",
        "%",
        "预期性",
        "7.8",
        "≥15",
        "4",
        "家政服务标准化",
        "试点示范企业",
        "家",
        "预期性",
        "12",
        "完成市下达指标",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4);
    assert_eq!(
        t.rows[3].cells,
        [
            "",
            "家政服务标准化试点示范企业",
            "家",
            "预期性",
            "12",
            "完成市下达指标"
        ]
    );
    assert_eq!(t.rows[3].group.as_deref(), Some("服务质量"));
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_category_before_a_name_longer_than_itself_stays_a_category() {
    // Row 2 `小区（社区）` / `城镇老旧小区改造数量`: the first line is longer by three than the
    // one category so far, but a name breaks with its longer part first; the second is the
    // name, the first the row's own category (row 3 leaves its category to row 2).
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "2025年",
        "2030年",
        "1",
        "住房",
        "保障性租赁住房筹集数量套（间）",
        "万套",
        "1.86",
        "3",
        "2",
        "小区（社区）",
        "城镇老旧小区改造数量",
        "个",
        "612",
        "480",
        "3",
        "既有住宅加装电梯数量",
        "部",
        "386",
        "600",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[1].cells[1], "城镇老旧小区改造数量");
    assert_eq!(t.rows[1].group.as_deref(), Some("小区（社区）"));
    assert_eq!(t.rows[2].group.as_deref(), Some("小区（社区）"));
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn nothing_is_a_unit_in_a_table_without_a_unit_column() {
    // Row 4 `湿地自然教育活动` / `年参与人次` before `12万人次`: the second line reads like a unit
    // (`人次`), but no column holds units; under categories that all end in `类` it ends the
    // name, the category left to the row above.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标项",
        "2025年现状值",
        "2030年目标",
        "属性",
        "1",
        "资源保护类",
        "湿地保有量",
        "3284.6公顷",
        "不低于3300公顷",
        "约束性",
        "2",
        "湿地保护率",
        "58.3%",
        "60%以上",
        "约束性",
        "3",
        "监测管理类",
        "重要湿地生态监测站点覆盖率",
        "75%",
        "100%",
        "约束性",
        "4",
        "湿地自然教育活动",
        "年参与人次",
        "12万人次",
        "15万人次",
        "预期性",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 4);
    assert_eq!(
        t.rows[3].cells,
        [
            "",
            "湿地自然教育活动年参与人次",
            "12万人次",
            "15万人次",
            "预期性"
        ]
    );
    assert_eq!(t.rows[3].group.as_deref(), Some("监测管理类"));
    assert_read_keeps_text(Some("表1 主要指标"), &ls, &r);
}

#[test]
fn a_note_on_the_share_rows_places_their_gap() {
    // `“其中”项为…新增统计项，未设定规划目标，不评价完成情况`: the note names the share row by
    // what opens it, not by its number (it has none) or its name; its gap is the target's.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "“十四五”目标",
        "2025年完成值",
        "完成情况",
        "1",
        "湿地保护率",
        "%",
        "55",
        "58.3",
        "完成",
        "其中：自然湿地保护率",
        "%",
        "61.7",
        "—",
        "2",
        "自然岸线保有率",
        "%",
        "35",
        "36.2",
        "完成",
        "注：1.[ ]内为五年累计值。",
        "2.“其中”项为“十四五”中期新增统计项，未设定规划目标，不评价完成情况。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表1 主要指标完成情况")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 3);
    assert_eq!(
        t.rows[1].cells,
        ["其中：自然湿地保护率", "%", "", "61.7", "—"]
    );
    assert_read_keeps_text(Some("表1 主要指标完成情况"), &ls, &r);
}

#[test]
fn indicator_and_attribute_are_two_columns_where_no_other_names_the_indicators() {
    // `指标` / `属性` over rows of a name and an attribute are the names' and the attribute's
    // columns, so the header's one broken cell is `2025年` / `现状值`; and words with a figure
    // after a sub-row (`力争25%`) are its target, not the next row's category, where no
    // category has a figure.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标",
        "属性",
        "2025年",
        "现状值",
        "“十五五”目标",
        "设施网络",
        "1",
        "街镇殡仪服务站覆盖率",
        "约束性",
        "100%",
        "100%",
        "2",
        "新增公益性骨灰安放格位（五年累计）",
        "预期性",
        "—",
        "3万格",
        "生态安葬",
        "3",
        "节地生态安葬率（期末）",
        "约束性",
        "61.2%",
        "70%以上",
        "其中：不保留骨灰安葬占比",
        "预期性",
        "18.5%",
        "力争25%",
        "4",
        "新建公墓节地型墓位占比",
        "约束性",
        "100%",
        "100%",
        "惠民便民",
        "5",
        "基本殡葬服务费用减免覆盖率",
        "约束性",
        "100%",
        "100%",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2：主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标",
            "属性",
            "2025年现状值",
            "“十五五”目标"
        ]
    );
    assert_eq!(t.rows.len(), 6);
    assert_eq!(
        t.rows[3].cells,
        ["", "其中：不保留骨灰安葬占比", "预期性", "18.5%", "力争25%"]
    );
    assert_eq!(t.rows[3].group.as_deref(), Some("生态安葬"));
    assert_eq!(t.rows[4].group.as_deref(), Some("生态安葬"));
    assert_read_keeps_text(Some("表2：主要指标"), &ls, &r);
}

#[test]
fn a_column_of_towns_is_no_part_of_the_period_s_column_after_it() {
    // `街镇` before `“十五五”加装目标` / `（台）`: a column of places, not a place's own name
    // read with the period's column as `全市` / `“十四五”` would be.
    let src = blank_cells(&[
        "序号",
        "街镇",
        "“十五五”加装目标",
        "（台）",
        "重点推进小区",
        "1",
        "桐城街道",
        "320",
        "梅园新村、桂香苑、桐城一村",
        "2",
        "江滨街道",
        "260",
        "滨江花园、江滨二村",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "分街镇推进计划表")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["序号", "街镇", "“十五五”加装目标（台）", "重点推进小区"]
    );
    assert_eq!(t.rows.len(), 2);
    assert_eq!(t.rows[1].cells, ["江滨街道", "260", "滨江花园、江滨二村"]);
    assert_read_keeps_text(Some("分街镇推进计划表"), &ls, &r);
}

#[test]
fn what_is_done_over_when_is_one_header_cell() {
    // `计划完成` / `时间`, a paragraph each: one column, so every row fits six columns, the
    // category of a row filled from the one above.
    let src = blank_cells(&[
        "序号",
        "项目类别",
        "项目名称",
        "主要建设内容",
        "责任单位",
        "计划完成",
        "时间",
        "1",
        "服务体系建设",
        "区服务中心功能提升项目",
        "改造提升服务大厅和心理疏导室",
        "区退役军人事务局",
        "2027年",
        "2",
        "街镇服务站标准化建设项目",
        "对全区12个街镇服务站开展标准化改造",
        "各街镇",
        "2028年",
        "3",
        "就业创业",
        "创业孵化基地",
        "在科创园建设创业孵化基地",
        "区科委",
        "2028年",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "重点项目清单")), &ls).expect("table");
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "项目类别",
            "项目名称",
            "主要建设内容",
            "责任单位",
            "计划完成时间"
        ]
    );
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[1].cells.last().map(String::as_str), Some("2028年"));
    assert_eq!(t.rows[1].cells.len(), 5);
}

#[test]
fn cells_of_the_last_column_are_no_categories_and_words_unlike_them_are() {
    // Under a merged 类别 before the number and a 完成情况 column whose cells all end in `完成`:
    // `完成` after a name over two paragraphs is row 2's last cell; `超额完成` after a `其中`
    // sub-row is the sub-row's; `队伍装备` after row 7, short of its target, opens a group.
    let src = blank_cells(&[
        "类别",
        "序号",
        "指标名称",
        "单位",
        "目标值",
        "完成值",
        "完成情况",
        "预防管控",
        "1",
        "森林火灾受害率",
        "‰",
        "≤0.9",
        "0.21",
        "完成",
        "2",
        "森林火灾24小时",
        "扑灭率",
        "%",
        "≥95",
        "100",
        "完成",
        "3",
        "森林防火宣传教育覆盖率",
        "%",
        "100",
        "100",
        "完成",
        "基础设施",
        "4",
        "生物防火林带建设",
        "公里",
        "[120]",
        "[138.5]",
        "超额完成",
        "其中：新造生物防火林带",
        "公里",
        "[80]",
        "[91.2]",
        "超额完成",
        "5",
        "森林消防取水点",
        "处",
        "新增30",
        "新增34",
        "超额完成",
        "6",
        "新建和改造森林防火应急道路",
        "公里",
        "[46.8]",
        "/",
        "队伍装备",
        "7",
        "专业扑火队伍装备达标率",
        "%",
        "≥90",
        "93.5",
        "基本完成",
        "注：第6项为新增指标，未设定目标值。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标完成情况表")), &ls).expect("table");
    let t = &r.parsed.table;
    let row = |n: &str| {
        let r = t
            .rows
            .iter()
            .find(|r| r.cells.first().is_some_and(|c| c == n))
            .unwrap_or_else(|| panic!("row {n}: {:?}", t.rows));
        (r.group.clone().unwrap_or_default(), r.cells.clone())
    };
    assert_eq!(
        row("2"),
        (
            "预防管控".to_string(),
            ["2", "森林火灾24小时扑灭率", "%", "≥95", "100", "完成"]
                .map(String::from)
                .to_vec()
        )
    );
    assert_eq!(row("3").0, "预防管控");
    let sub = t
        .rows
        .iter()
        .find(|r| r.cells.get(1).is_some_and(|c| c.starts_with("其中")))
        .expect("sub-row");
    assert_eq!(sub.cells.last().map(String::as_str), Some("超额完成"));
    assert_eq!(row("5").0, "基础设施");
    assert_eq!(
        row("6"),
        (
            "基础设施".to_string(),
            ["6", "新建和改造森林防火应急道路", "公里", "", "[46.8]", "/"]
                .map(String::from)
                .to_vec()
        )
    );
    assert_eq!(row("7").0, "队伍装备");
}

#[test]
fn a_row_writing_its_category_with_its_unit_vanished_keeps_both_in_place() {
    // 类别 after 序号, written on a group's first row: `12` `责任落实` `粮食安全…考核等次`
    // `约束性` opens the group 责任落实, its unit vanished; the long name is no unit.
    let src = blank_cells(&[
        "序号",
        "类别",
        "指标名称",
        "单位",
        "属性",
        "2025年",
        "2030年",
        "1",
        "储备调控",
        "地方储备粮规模",
        "万吨",
        "约束性",
        "36.5",
        "40",
        "2",
        "绿色储粮仓容占比",
        "%",
        "预期性",
        "78.5",
        "≥90",
        "3",
        "节约减损",
        "粮食产后损失率",
        "%",
        "预期性",
        "4.6",
        "≤4",
        "4",
        "粮油加工转化率",
        "%",
        "预期性",
        "83",
        "≥88",
        "5",
        "责任落实",
        "粮食安全党政同责考核等次",
        "约束性",
        "优秀",
        "优秀",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标")), &ls).expect("table");
    let t = &r.parsed.table;
    let last = t.rows.last().expect("rows");
    assert_eq!(last.group.as_deref(), Some("责任落实"));
    assert_eq!(
        last.cells,
        [
            "责任落实",
            "粮食安全党政同责考核等次",
            "",
            "约束性",
            "优秀",
            "优秀"
        ]
    );
}

#[test]
fn a_share_after_a_row_with_its_name_over_two_paragraphs_is_a_row_of_its_own() {
    // `4` `新建改建农村` / `供水管网长度` `公里` … `完成`, then `其中：老旧管网更新改造` and its
    // cells: row 4 joined, the share its own row.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "单位",
        "目标",
        "完成值",
        "完成情况",
        "1",
        "农村集中供水率",
        "%",
        "98以上",
        "99.2",
        "完成",
        "2",
        "新建改建农村",
        "供水管网长度",
        "公里",
        "200",
        "241.6",
        "完成",
        "其中：老旧管网更新改造",
        "公里",
        "120",
        "105.3",
        "基本完成",
        "3",
        "农村供水管网漏损率",
        "%",
        "≤12",
        "11.6",
        "完成",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "主要指标完成情况")), &ls).expect("table");
    let t = &r.parsed.table;
    let cells: Vec<Vec<&str>> = t
        .rows
        .iter()
        .map(|r| {
            std::iter::once(r.name.as_str())
                .chain(r.cells.iter().map(String::as_str))
                .collect()
        })
        .collect();
    assert_eq!(
        cells[1..3],
        [
            vec![
                "2",
                "新建改建农村供水管网长度",
                "公里",
                "200",
                "241.6",
                "完成"
            ],
            vec![
                "",
                "其中：老旧管网更新改造",
                "公里",
                "120",
                "105.3",
                "基本完成"
            ],
        ]
    );
}

#[test]
fn the_last_row_with_its_name_over_two_paragraphs_ends_at_the_bodies_after_it() {
    // The last row's name over two paragraphs (`城市排水防涝监测预警` / `平台二期工程`): its
    // bodies after its years, before the note, are its last cell, as every row's last cell
    // names bodies, and the two halves of its name are one cell.
    check(&Case {
        name: "last row: name over two paragraphs, bodies last",
        caption: Some("表3 重点项目清单"),
        src: blank_cells(&[
            "序号",
            "项目名称",
            "建设内容",
            "建设年限",
            "责任单位",
            "1",
            "青龙港雨水泵站扩建工程",
            "扩建雨水泵站1座，新增抽排能力8立方米/秒",
            "2026—2027年",
            "市水利局",
            "2",
            "城关街道雨污分流改造工程",
            "改造管网约16.5公里",
            "2026—2027年",
            "市住房和城乡建设局、城关街道办事处",
            "3",
            "城市排水防涝监测预警",
            "平台二期工程",
            "新增积水监测点80个、管网液位计300台，建设城区内涝预报模型",
            "2026—2028年",
            "市住房和城乡建设局、市大数据发展中心",
            "注：第2项建设年限另行确定。",
        ]),
        columns: &["序号", "项目名称", "建设内容", "建设年限", "责任单位"],
        rows: &[
            "I||1|青龙港雨水泵站扩建工程|扩建雨水泵站1座，新增抽排能力8立方米/秒|2026—2027年|市水利局",
            "I||2|城关街道雨污分流改造工程|改造管网约16.5公里|2026—2027年|市住房和城乡建设局、城关街道办事处",
            "I||3|城市排水防涝监测预警平台二期工程|新增积水监测点80个、管网液位计300台，建设城区内涝预报模型|2026—2028年|市住房和城乡建设局、市大数据发展中心",
        ],
        notes: &["注：第2项建设年限另行确定。"],
        left: 0,
    });
}

#[test]
fn a_note_that_says_a_baseline_is_wanting_places_the_gap_under_it() {
    // Row 3 lacks its baseline: `现状值暂缺` in the note puts the gap under `现状值(2025年）`
    // (a column in mixed brackets), not under the target after it.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "指标属性",
        "现状值(2025年）",
        "目标值(2030年）",
        "1",
        "河湖长巡河履职率",
        "约束性",
        "99.2%",
        "100%",
        "2",
        "排水分区雨污混接达标率",
        "预期性",
        "72.4%",
        "90%以上",
        "3",
        "泵站放江量削减比例",
        "预期性",
        "较2025年削减20%",
        "4",
        "河湖水面率",
        "约束性",
        "4.18%",
        "4.25%",
        "注：泵站放江量削减比例以2025年全区雨水泵站放江总量为基数，基数正在核定，现状值暂缺。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t)[2],
        "I||3|泵站放江量削减比例|预期性||较2025年削减20%"
    );
}

#[test]
fn a_dash_in_a_row_without_a_unit_is_the_figure_a_note_says_is_wanting() {
    // Row 2 writes `—` and its target, its unit vanished; the note says it has no unit and
    // its baseline is wanting (`基期值暂缺`): the dash is the baseline, the gap the unit's.
    let src = blank_cells(&[
        "序号",
        "指标名称",
        "属性",
        "单位",
        "2025年基期值",
        "“十五五”目标值",
        "1",
        "国际贸易“单一窗口”主要业务应用率",
        "约束性",
        "%",
        "100",
        "100",
        "2",
        "口岸跨境贸易便利化评价指数",
        "预期性",
        "—",
        "≥85",
        "3",
        "口岸查验设施达标率",
        "约束性",
        "%",
        "92",
        "100",
        "注：第2项为指数型指标，无计量单位，2026年起开展首次评价，基期值暂缺。",
    ]);
    let ls = lines(&src);
    let r = read("t1", Some((0, "表2 主要指标")), &ls).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(rows(t)[1], "I||2|口岸跨境贸易便利化评价指数|预期性||—|≥85");
}

#[test]
fn one_character_after_a_row_is_its_cell_not_the_next_rows_category() {
    // Row 3's target is the unit alone, `台` (its figure left out): one character is no
    // category, so it is the row's last cell and row 4 stays under 居住品质.
    let t = check(&Case {
        name: "unit alone as a target",
        caption: Some("表2 主要指标"),
        src: blank_cells(&[
            "类别",
            "序号",
            "指标名称",
            "属性",
            "“十五五”目标",
            "住房安全",
            "1",
            "完成各类旧住房综合修缮面积",
            "预期性",
            "350万平方米",
            "2",
            "在册严重损坏房屋隐患处置",
            "约束性",
            "全面完成处置，实现动态清零",
            "居住品质",
            "3",
            "新增完工既有多层住宅加装电梯",
            "预期性",
            "台",
            "4",
            "新增老旧小区停车泊位",
            "预期性",
            "3000个",
        ]),
        columns: &["类别", "序号", "指标名称", "属性", "“十五五”目标"],
        rows: &[
            "I|住房安全|住房安全|1|完成各类旧住房综合修缮面积|预期性|350万平方米",
            "I|住房安全||2|在册严重损坏房屋隐患处置|约束性|全面完成处置，实现动态清零",
            "I|居住品质|居住品质|3|新增完工既有多层住宅加装电梯|预期性|台",
            "I|居住品质||4|新增老旧小区停车泊位|预期性|3000个",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn a_year_and_its_value_word_beside_a_period_and_its_are_one_column() {
    // `“十四五”` / `目标值` is one column; so is `2025年` / `实际值` beside it, not a year over a
    // measure: seven columns, the rows under a merged category before the number.
    let t = check(&Case {
        name: "year and value word",
        caption: Some("表1 主要指标完成情况"),
        src: blank_cells(&[
            "类别",
            "序号",
            "指标名称\n指标属性",
            "“十四五”",
            "目标值",
            "2025年",
            "实际值",
            "进展评价",
            "环卫设施",
            "1",
            "生活垃圾焚烧和湿垃圾",
            "资源化利用能力",
            "约束性",
            "3200吨/日",
            "3600吨/日",
            "已完成",
            "2",
            "公厕总数",
            "约束性",
            "500座",
            "523座",
            "已完成",
            "垃圾治理",
            "3",
            "生活垃圾回收利用率",
            "约束性",
            "45%",
            "46.8%",
            "已完成",
        ]),
        columns: &[
            "类别",
            "序号",
            "指标名称",
            "指标属性",
            "“十四五”目标值",
            "2025年实际值",
            "进展评价",
        ],
        rows: &[
            "I|环卫设施|环卫设施|1|生活垃圾焚烧和湿垃圾资源化利用能力|约束性|3200吨/日|3600吨/日|已完成",
            "I|环卫设施||2|公厕总数|约束性|500座|523座|已完成",
            "I|垃圾治理|垃圾治理|3|生活垃圾回收利用率|约束性|45%|46.8%|已完成",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 3);
}

#[test]
fn a_name_over_two_paragraphs_right_after_a_groups_first_row_is_no_category() {
    // Row 5 follows row 4, which opened `垃圾治理`: `生活垃圾分类` / `达标居住区比例` is its name
    // over two paragraphs (a category there would leave 垃圾治理 one row), though a name above,
    // `公厕总数`, is shorter than its second half.
    let t = check(&Case {
        name: "name after a group's first row",
        caption: Some("表2 主要指标"),
        src: blank_cells(&[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "属性",
            "2030年目标值",
            "1",
            "环卫设施",
            "生活垃圾焚烧能力",
            "吨/日",
            "约束性",
            "4200",
            "2",
            "公厕总数",
            "座",
            "预期性",
            "1350",
            "3",
            "城市化地区公厕设置密度",
            "座/平方公里",
            "预期性",
            "4.0",
            "4",
            "垃圾治理",
            "生活垃圾回收利用率",
            "%",
            "约束性",
            "≥50",
            "5",
            "生活垃圾分类",
            "达标居住区比例",
            "%",
            "约束性",
            "100",
            "6",
            "装修垃圾预约收运覆盖率",
            "%",
            "预期性",
            "≥95",
        ]),
        columns: &["序号", "类别", "指标名称", "单位", "属性", "2030年目标值"],
        rows: &[
            "I|环卫设施|1|环卫设施|生活垃圾焚烧能力|吨/日|约束性|4200",
            "I|环卫设施|2||公厕总数|座|预期性|1350",
            "I|环卫设施|3||城市化地区公厕设置密度|座/平方公里|预期性|4.0",
            "I|垃圾治理|4|垃圾治理|生活垃圾回收利用率|%|约束性|≥50",
            "I|垃圾治理|5||生活垃圾分类达标居住区比例|%|约束性|100",
            "I|垃圾治理|6||装修垃圾预约收运覆盖率|%|预期性|≥95",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 6);
}

#[test]
fn a_name_over_two_paragraphs_among_categories_of_one_kind_is_no_category() {
    // Every category so far ends in `类`; `新城片区任意一点` does not: with `到达区级体育场馆` it
    // is row 4's name, under 布局类.
    let t = check(&Case {
        name: "categories of one kind",
        caption: Some("表2 主要指标表"),
        src: blank_cells(&[
            "序号",
            "类型",
            "指标名称",
            "2025年",
            "2030年",
            "属性",
            "1",
            "设施类",
            "人均体育场地面积",
            "2.46平方米",
            "2.8平方米以上",
            "约束性",
            "2",
            "社区市民健身中心数量",
            "14个",
            "20个",
            "预期性",
            "3",
            "布局类",
            "城区“15分钟健身圈”覆盖率",
            "96%",
            "100%",
            "约束性",
            "4",
            "新城片区任意一点",
            "到达区级体育场馆",
            "20分钟",
            "15分钟以内",
            "预期性",
        ]),
        columns: &["序号", "类型", "指标名称", "2025年", "2030年", "属性"],
        rows: &[
            "I|设施类|1|设施类|人均体育场地面积|2.46平方米|2.8平方米以上|约束性",
            "I|设施类|2||社区市民健身中心数量|14个|20个|预期性",
            "I|布局类|3|布局类|城区“15分钟健身圈”覆盖率|96%|100%|约束性",
            "I|布局类|4||新城片区任意一点到达区级体育场馆|20分钟|15分钟以内|预期性",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn a_counts_name_over_two_paragraphs_after_a_groups_first_row_is_no_category() {
    // A count's name ends in `数`: `“一网统管”平台接入` / `部门业务系统数` after `城市治理`.
    let t = check(&Case {
        name: "a count's name",
        caption: Some("表2 主要指标"),
        src: blank_cells(&[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "属性",
            "2030年",
            "1",
            "政务服务",
            "政务服务事项全程网办率",
            "%",
            "约束性",
            "90",
            "2",
            "政务服务“好差评”好评率",
            "%",
            "预期性",
            "99",
            "3",
            "数据资源",
            "公共数据开放数据集数量",
            "个",
            "预期性",
            "1200",
            "4",
            "城市治理",
            "城市运行数字体征系统",
            "预期性",
            "全面建成",
            "5",
            "“一网统管”平台接入",
            "部门业务系统数",
            "个",
            "预期性",
            "150",
        ]),
        columns: &["序号", "类别", "指标名称", "单位", "属性", "2030年"],
        rows: &[
            "I|政务服务|1|政务服务|政务服务事项全程网办率|%|约束性|90",
            "I|政务服务|2||政务服务“好差评”好评率|%|预期性|99",
            "I|数据资源|3|数据资源|公共数据开放数据集数量|个|预期性|1200",
            "I|城市治理|4|城市治理|城市运行数字体征系统||预期性|全面建成",
            "I|城市治理|5||“一网统管”平台接入部门业务系统数|个|预期性|150",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 5);
}

#[test]
fn values_after_the_attribute_join_a_header_cell_broken_after_it() {
    // Names over two paragraphs and the next group's category after a row make the rows as
    // long as the header as written (`2025年` / `完成情况` two cells); but no row has more than
    // two values after its attribute: `2025年完成情况` is one column. The sub-row's name is over
    // two paragraphs too, its second a measure's end (`面积`), no unit.
    let t = check(&Case {
        name: "values after the attribute",
        caption: Some("表1 主要指标完成情况"),
        src: blank_cells(&[
            "类别",
            "序号",
            "指标名称",
            "单位",
            "属性",
            "泾岚区“十四五”目标",
            "2025年",
            "完成情况",
            "风险防控",
            "1",
            "年均因灾直接经济损失占",
            "地区生产总值比例",
            "%",
            "预期性",
            "<1",
            "0.21",
            "2",
            "年均每百万人口因灾死亡率",
            "人",
            "预期性",
            "<1",
            "0",
            "工程防御",
            "3",
            "应急避难场所人均有效",
            "避难面积",
            "平方米",
            "约束性",
            "1.5",
            "1.72",
            "其中：室内应急避难场所",
            "面积",
            "万平方米",
            "预期性",
            "—",
            "6.8",
            "4",
            "新建重点设防类建筑抗震设防达标率",
            "%",
            "约束性",
            "100",
            "100",
            "社会动员",
            "5",
            "全国综合减灾示范社区",
            "创建数量",
            "个",
            "预期性",
            "10",
            "12",
        ]),
        columns: &[
            "类别",
            "序号",
            "指标名称",
            "单位",
            "属性",
            "泾岚区“十四五”目标",
            "2025年完成情况",
        ],
        rows: &[
            "I|风险防控|风险防控|1|年均因灾直接经济损失占地区生产总值比例|%|预期性|<1|0.21",
            "I|风险防控||2|年均每百万人口因灾死亡率|人|预期性|<1|0",
            "I|工程防御|工程防御|3|应急避难场所人均有效避难面积|平方米|约束性|1.5|1.72",
            "I|工程防御|||其中：室内应急避难场所面积|万平方米|预期性|—|6.8",
            "I|工程防御||4|新建重点设防类建筑抗震设防达标率|%|约束性|100|100",
            "I|社会动员|社会动员|5|全国综合减灾示范社区创建数量|个|预期性|10|12",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 6);
}

#[test]
fn a_caption_below_the_cells_is_no_cell_of_a_short_last_row() {
    // The last row lacks its unit: the caption below it, a paragraph of its own before the
    // heading, is the table's caption, not the row's last cell.
    let src = format!(
        "{}\n\n（三）存在的问题\n",
        blank_cells(&[
            "类别",
            "序号",
            "指标名称",
            "属性",
            "单位",
            "泠川市",
            "“十四五”",
            "目标",
            "2025年",
            "完成情况",
            "网络建设",
            "1",
            "绿道总长度",
            "约束性",
            "公里",
            "600",
            "642",
            "其中：市级骨干绿道长度",
            "约束性",
            "公里",
            "260",
            "275",
            "管理运营",
            "2",
            "绿道养护管理达标率",
            "约束性",
            "%",
            "90",
            "93.2",
            "3",
            "市民绿道使用满意度",
            "预期性",
            "分",
            "85",
            "88.6",
            "4",
            "市级绿道管理信息平台",
            "预期性",
            "建成",
            "已建成",
            "泠川市城市绿道建设“十四五”主要指标完成情况",
        ])
    );
    let ls = lines(&src);
    let r = read_with(
        "t1",
        None,
        &ls,
        Options {
            pointed: true,
            ..Default::default()
        },
    )
    .expect("a table");
    let t = &r.parsed.table;
    assert_eq!(t.title, "泠川市城市绿道建设“十四五”主要指标完成情况");
    assert!(t.caption_below);
    assert_eq!(t.rows.len(), 5);
    // (And it lacks its unit: `建成` is a state reached, no unit.)
    assert_eq!(
        rows(t)[4],
        "I|管理运营||4|市级绿道管理信息平台|预期性||建成|已建成"
    );
}

#[test]
fn rows_of_words_in_blocks_a_line_longer_or_shorter_are_a_block_each() {
    // Block 2 holds its 主要配置设施 over two lines (the first stops at `、`); block 3 has no
    // 设置间距. The blocks are the rows.
    let src = "驿站等级\n服务层级\n设置间距\n主要配置设施\n\n一级驿站\n区域级\n10—15公里\n游客服务中心、管理用房、公共停车场、餐饮售卖、公共厕所\n\n二级驿站\n片区级\n5—8公里\n管理用房、售卖点、公共厕所、自行车停放点、\n直饮水点、休憩座椅\n\n三级驿站\n社区级\n休憩座椅、直饮水点、垃圾箱、标识指引牌\n";
    let t = check(&Case {
        name: "blocks of words",
        caption: Some("专栏2 绿道驿站分级配置指引"),
        src: src.to_string(),
        columns: &["驿站等级", "服务层级", "设置间距", "主要配置设施"],
        rows: &[
            "I||一级驿站|区域级|10—15公里|游客服务中心、管理用房、公共停车场、餐饮售卖、公共厕所",
            "I||二级驿站|片区级|5—8公里|管理用房、售卖点、公共厕所、自行车停放点、直饮水点、休憩座椅",
            "I||三级驿站|社区级||休憩座椅、直饮水点、垃圾箱、标识指引牌",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 3);
}

#[test]
fn bodies_after_a_name_over_two_paragraphs_are_the_rows_last_cell() {
    // Row 3's 举措 is over two paragraphs: its last piece, `区旧改办`, names bodies as every
    // 责任单位 so far does (no category does): the row's last cell, not row 4's category.
    let t = check(&Case {
        name: "bodies last",
        caption: Some("重点任务一览表"),
        src: blank_cells(&[
            "重点任务",
            "序号",
            "举措",
            "主要内容",
            "责任单位",
            "健全住房保障体系",
            "1",
            "做好兜底保障",
            "对城镇低保、低收入住房困难家庭做到应保尽保。",
            "区房管局、区民政局",
            "2",
            "扩大保障性租赁住房供给",
            "新增筹措保障性租赁住房1.2万套（间）。",
            "区房管局",
            "统筹推进城中村改造",
            "3",
            "推进北塘村、西汇村、东岚浜",
            "城中村改造",
            "统筹做好安置房源建设和保障性住房配建。",
            "区旧改办",
            "4",
            "推进旧住房成套改造",
            "完成不成套职工住宅改造5万平方米。",
            "区房管局",
        ]),
        columns: &["重点任务", "序号", "举措", "主要内容", "责任单位"],
        rows: &[
            "I|健全住房保障体系|健全住房保障体系|1|做好兜底保障|对城镇低保、低收入住房困难家庭做到应保尽保。|区房管局、区民政局",
            "I|健全住房保障体系||2|扩大保障性租赁住房供给|新增筹措保障性租赁住房1.2万套（间）。|区房管局",
            "I|统筹推进城中村改造|统筹推进城中村改造|3|推进北塘村、西汇村、东岚浜城中村改造|统筹做好安置房源建设和保障性住房配建。|区旧改办",
            "I|统筹推进城中村改造||4|推进旧住房成套改造|完成不成套职工住宅改造5万平方米。|区房管局",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn a_measures_name_and_its_unit_are_never_one_cell() {
    // Row 3 writes its category and its name over two paragraphs, one piece too many:
    // `非化石能源占能源消费` / `总量比重` is the name; `总量比重` / `%` is no cell, though the
    // lengths alone would rather join those.
    let t = check(&Case {
        name: "measure and unit",
        caption: Some("表1 主要指标完成情况"),
        src: blank_cells(&[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "“十四五”目标",
            "2025年完成值",
            "1",
            "开发规模",
            "可再生能源装机容量",
            "万千瓦",
            "30",
            "34.6",
            "2",
            "可再生能源发电量",
            "亿千瓦时",
            "3.2",
            "3.65",
            "3",
            "消费结构",
            "非化石能源占能源消费",
            "总量比重",
            "%",
            "完成市下达指标",
            "已完成",
            "4",
            "可再生能源供热面积",
            "万平方米",
            "60",
            "64.6",
            "5",
            "绿色电力证书交易量",
            "亿千瓦时",
            "0.5",
            "0.62",
        ]),
        columns: &[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "“十四五”目标",
            "2025年完成值",
        ],
        rows: &[
            "I|开发规模|1|开发规模|可再生能源装机容量|万千瓦|30|34.6",
            "I|开发规模|2||可再生能源发电量|亿千瓦时|3.2|3.65",
            "I|消费结构|3|消费结构|非化石能源占能源消费总量比重|%|完成市下达指标|已完成",
            "I|消费结构|4||可再生能源供热面积|万平方米|60|64.6",
            "I|消费结构|5||绿色电力证书交易量|亿千瓦时|0.5|0.62",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 5);
}

#[test]
fn a_placeholder_closing_a_sub_row_is_no_category() {
    // The sub-row ends at `/` under 完成情况: no category is a placeholder, so row 3 stays
    // under 物种保护 (and lacks its unit).
    let t = check(&Case {
        name: "placeholder after a sub-row",
        caption: Some("表1 主要指标完成情况"),
        src: blank_cells(&[
            "类别",
            "序号",
            "指标名称",
            "单位",
            "“十四五”目标值",
            "2025年完成值",
            "完成情况",
            "物种保护",
            "1",
            "重点保护野生动植物保护率",
            "%",
            "95",
            "97.2",
            "超额完成",
            "2",
            "野生动物重要栖息地数量",
            "处",
            "8",
            "9",
            "超额完成",
            "其中：市级野生动物重要栖息地",
            "处",
            "—",
            "3",
            "/",
            "3",
            "本地木本植物指数",
            "0.75",
            "0.78",
            "超额完成",
            "生态空间",
            "4",
            "森林覆盖率",
            "%",
            "18",
            "18.6",
            "完成",
        ]),
        columns: &[
            "类别",
            "序号",
            "指标名称",
            "单位",
            "“十四五”目标值",
            "2025年完成值",
            "完成情况",
        ],
        rows: &[
            "I|物种保护|物种保护|1|重点保护野生动植物保护率|%|95|97.2|超额完成",
            "I|物种保护||2|野生动物重要栖息地数量|处|8|9|超额完成",
            "I|物种保护|||其中：市级野生动物重要栖息地|处|—|3|/",
            "I|物种保护||3|本地木本植物指数||0.75|0.78|超额完成",
            "I|生态空间|生态空间|4|森林覆盖率|%|18|18.6|完成",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 5);
}

#[test]
fn a_word_of_two_before_a_unit_ends_the_name_and_a_note_places_the_gap() {
    // Row 3's block: `新增电动自行车充电` / `端口` / `个` / `12400` / `已完成`. `端口` has no
    // unit's character and a unit follows: it ends the name. The note says the row has no
    // target (`未设定目标值`): the gap is under `“十四五”规划目标`, the word its column ends in.
    let src = "类别\n序号\n指标名称\n单位\n“十四五”规划目标\n2025年完成值\n完成情况\n\n\
               设施提升\n1\n既有多层住宅加装电梯\n台\n600\n713\n超额完成\n\n\
               2\n新增停车泊位\n个\n3000\n2860\n基本完成\n\n\
               3\n新增电动自行车充电\n端口\n个\n12400\n已完成\n\n\
               4\n改造小区雨污分流改造完成率\n%\n100\n100\n已完成\n\n\
               注：第3项为规划中期评估时增设的监测指标，原规划未设定目标值。\n";
    let t = check(&Case {
        name: "name end before a unit",
        caption: Some("表1 主要指标完成情况"),
        src: src.to_string(),
        columns: &[
            "类别",
            "序号",
            "指标名称",
            "单位",
            "“十四五”规划目标",
            "2025年完成值",
            "完成情况",
        ],
        rows: &[
            "I|设施提升|设施提升|1|既有多层住宅加装电梯|台|600|713|超额完成",
            "I|设施提升||2|新增停车泊位|个|3000|2860|基本完成",
            "I|设施提升||3|新增电动自行车充电端口|个||12400|已完成",
            "I|设施提升||4|改造小区雨污分流改造完成率|%|100|100|已完成",
        ],
        notes: &["注：第3项为规划中期评估时增设的监测指标，原规划未设定目标值。"],
        left: 0,
    });
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn the_whole_area_is_a_place_under_a_column_of_places() {
    // `全区` opens row 4 under 街道（镇）, as `澄南街道` and `东湖镇` open theirs: a place of the
    // column, not the first half of the project's name.
    let t = check(&Case {
        name: "whole area",
        caption: Some("重点项目表"),
        src: blank_cells(&[
            "序号",
            "街道（镇）",
            "项目名称",
            "主要改造内容",
            "实施年度",
            "1",
            "澄南街道",
            "澄南新村综合改造",
            "房屋修缮、加装电梯、停车设施建设",
            "2026—2027年",
            "2",
            "东湖一村综合改造",
            "屋面防渗漏、外立面修缮",
            "2027—2028年",
            "3",
            "东湖镇",
            "望江苑综合改造",
            "房屋修缮、加装电梯、无障碍设施建设",
            "2028—2029年",
            "4",
            "全区",
            "老旧小区电动自行车充电设施建设",
            "新增电动自行车充电端口8000个",
            "2026—2030年",
        ]),
        columns: &["序号", "街道（镇）", "项目名称", "主要改造内容", "实施年度"],
        rows: &[
            "I|澄南街道|1|澄南街道|澄南新村综合改造|房屋修缮、加装电梯、停车设施建设|2026—2027年",
            "I|澄南街道|2||东湖一村综合改造|屋面防渗漏、外立面修缮|2027—2028年",
            "I|东湖镇|3|东湖镇|望江苑综合改造|房屋修缮、加装电梯、无障碍设施建设|2028—2029年",
            "I|全区|4|全区|老旧小区电动自行车充电设施建设|新增电动自行车充电端口8000个|2026—2030年",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn a_block_short_of_one_of_two_alike_columns_leaves_the_later_empty() {
    // `新城镇` `9` `社区服务综合体、…` under 新建设施（处） 改扩建设施（处）: the figure fits both
    // columns alike; the later is left empty (the note says so), and the blocks go on.
    let src = "街镇\n新建设施（处）\n改扩建设施（处）\n重点嵌入功能\n\n\
               滨江街道\n6\n4\n养老照护、托育、社区食堂、健康服务\n\n\
               老城街道\n2\n11\n助餐、日间照料、家政便民、文化休闲\n\n\
               渚东街道\n5\n6\n综合为老服务、托育、体育健身\n\n\
               新城镇\n9\n社区服务综合体、卫生服务、托育\n\n\
               白沙镇\n7\n乡村睦邻点、助餐、卫生服务\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).expect("a table");
    let t = &r.parsed.table;
    assert_eq!(
        rows(t),
        [
            "I||滨江街道|6|4|养老照护、托育、社区食堂、健康服务",
            "I||老城街道|2|11|助餐、日间照料、家政便民、文化休闲",
            "I||渚东街道|5|6|综合为老服务、托育、体育健身",
            "I||新城镇|9||社区服务综合体、卫生服务、托育",
            "I||白沙镇|7||乡村睦邻点、助餐、卫生服务",
        ]
    );
    assert_eq!(ls.len(), r.consumed);
}

#[test]
fn rows_of_a_completion_table_end_at_their_evaluation() {
    // No number and no attribute: each row is a name (over two paragraphs, or with its unit
    // in brackets after it), its figures each with a remark in brackets after it, and its
    // evaluation (`超额完成`), which ends the row. `1.1` is a figure, no section's number.
    let t = check(&Case {
        name: "completion rows",
        caption: Some("表1 主要指标完成情况"),
        src: blank_cells(&[
            "指标名称",
            "2020年",
            "“十四五”目标",
            "2025年",
            "完成情况",
            "规模以上工业总产值",
            "（亿元）",
            "1286",
            "1800",
            "1912",
            "超额完成",
            "园区工业用地平均",
            "容积率",
            "1.1",
            "1.5",
            "1.4",
            "基本完成",
            "年均低效工业用地",
            "减量化规模（公顷）",
            "46",
            "（2016年-2020年）",
            "40左右",
            "52",
            "（2021年-2025年）",
            "超额完成",
            "存量工业用地“二次开发”面积（公顷）",
            "—",
            "200",
            "186",
            "（其中已竣工112）",
            "基本完成",
        ]),
        columns: &["指标名称", "2020年", "“十四五”目标", "2025年", "完成情况"],
        rows: &[
            "I||规模以上工业总产值（亿元）|1286|1800|1912|超额完成",
            "I||园区工业用地平均容积率|1.1|1.5|1.4|基本完成",
            "I||年均低效工业用地减量化规模（公顷）|46（2016年-2020年）|40左右|52（2021年-2025年）|超额完成",
            "I||存量工业用地“二次开发”面积（公顷）|—|200|186（其中已竣工112）|基本完成",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn a_completion_table_s_last_row_with_no_evaluation_is_a_row() {
    // The last row is a measure with no target (`—` where the evaluation stands) right before
    // the notes: a row of its own, not text after the table.
    let t = check(&Case {
        name: "completion rows, last unevaluated",
        caption: Some("表1 主要指标完成情况"),
        src: blank_cells(&[
            "指标名称",
            "“十四五”",
            "规划目标",
            "2025年",
            "完成情况",
            "港口货物吞吐量",
            "（亿吨）",
            "2.6",
            "2.74",
            "完成",
            "铁路货物发送量",
            "（万吨）",
            "1500",
            "1328",
            "未完成",
            "A级物流企业数量",
            "（家）",
            "60",
            "73",
            "完成",
            "冷库总库容",
            "（万吨）",
            "—",
            "85",
            "—",
            "注：冷库总库容为新增监测指标，未设目标值。",
        ]),
        columns: &["指标名称", "“十四五”规划目标", "2025年", "完成情况"],
        rows: &[
            "I||港口货物吞吐量（亿吨）|2.6|2.74|完成",
            "I||铁路货物发送量（万吨）|1500|1328|未完成",
            "I||A级物流企业数量（家）|60|73|完成",
            "I||冷库总库容（万吨）|—|85|—",
        ],
        notes: &["注：冷库总库容为新增监测指标，未设目标值。"],
        left: 0,
    });
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn a_target_in_words_longer_than_every_category_is_no_category() {
    // Categories before the number, all of three characters: `完成市下达目标` before row 4's
    // number is row 3's target, not row 4's category; row 4 stays under `促绿色`.
    let t = check(&Case {
        name: "target in words before a number",
        caption: Some("主要指标一览表"),
        src: blank_cells(&[
            "类别",
            "序号",
            "指标",
            "单位",
            "属性",
            "2025年",
            "2030年",
            "提能级",
            "1",
            "规模以上工业总产值",
            "亿元",
            "预期性",
            "1912",
            "2600",
            "强创新",
            "2",
            "高新技术企业数量",
            "家",
            "预期性",
            "687",
            "1000以上",
            "促绿色",
            "3",
            "单位工业增加值能耗下降率",
            "%",
            "约束性",
            "15.2",
            "完成市下达目标",
            "4",
            "市级以上绿色工厂数量",
            "家",
            "预期性",
            "24",
            "40",
        ]),
        columns: &["类别", "序号", "指标", "单位", "属性", "2025年", "2030年"],
        rows: &[
            "I|提能级|提能级|1|规模以上工业总产值|亿元|预期性|1912|2600",
            "I|强创新|强创新|2|高新技术企业数量|家|预期性|687|1000以上",
            "I|促绿色|促绿色|3|单位工业增加值能耗下降率|%|约束性|15.2|完成市下达目标",
            "I|促绿色||4|市级以上绿色工厂数量|家|预期性|24|40",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn a_completion_table_with_an_attribute_column_reads_to_each_evaluation() {
    // `指标名称` `指标属性` … `进展评价`: the attribute ends each name, the values after it are
    // figures or words, and a row short of one leaves its target empty. No evaluation is a
    // category row.
    let t = check(&Case {
        name: "completion rows with attributes",
        caption: Some("“十四五”智慧水务主要指标完成情况"),
        src: blank_cells(&[
            "指标名称",
            "指标属性",
            "目标值（2025年）",
            "完成值（2025年）",
            "进展评价",
            "水务物联感知终端数量",
            "预期性",
            "8000个",
            "11260个",
            "已完成",
            "供水管网漏损率",
            "约束性",
            "9%以下",
            "8.6%",
            "已完成",
            "防汛指挥调度系统",
            "预期性",
            "建成区级防汛指挥调度系统",
            "建成区级防汛指挥调度系统",
            "已完成",
            "水务政务服务事项全程网办率",
            "预期性",
            "100%",
            "已完成",
        ]),
        columns: &[
            "指标名称",
            "指标属性",
            "目标值（2025年）",
            "完成值（2025年）",
            "进展评价",
        ],
        rows: &[
            "I||水务物联感知终端数量|预期性|8000个|11260个|已完成",
            "I||供水管网漏损率|约束性|9%以下|8.6%|已完成",
            "I||防汛指挥调度系统|预期性|建成区级防汛指挥调度系统|建成区级防汛指挥调度系统|已完成",
            "I||水务政务服务事项全程网办率|预期性||100%|已完成",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn the_first_row_after_a_group_row_writes_its_own_category() {
    // Group rows `一` / `感知体系`, `二` / `数据平台` over a merged 项目类型: the category above a
    // group row is another group's, so the first row after it opens its own (`数据底座`), not
    // a name over two paragraphs, even with a short row after it.
    let t = check(&Case {
        name: "category after a group row",
        caption: Some("重点项目清单"),
        src: blank_cells(&[
            "序号",
            "项目类型",
            "项目名称",
            "建设内容",
            "责任单位",
            "实施年限",
            "一",
            "感知体系",
            "1",
            "水务物联感知",
            "河湖水位水质监测站点加密工程",
            "新建河湖水位、水质自动监测站45处，实现区管河道在线监测全覆盖",
            "区水务局",
            "2026—2027年",
            "2",
            "排水管网液位流量监测工程",
            "在全区28个排水系统关键节点布设液位计、流量计不少于600套",
            "区排水管理所",
            "2026—2028年",
            "3",
            "易积水点和下立交视频监控补盲工程",
            "对全区易积水点、下立交实施积水监测和视频监控全覆盖",
            "区水务局、",
            "各街镇",
            "2026年",
            "4",
            "供水感知",
            "二次供水设施智能化改造",
            "对全区约1200座二次供水泵房实施远程监控和智能安防改造",
            "澜溪自来水公司",
            "2026—2030年",
            "二",
            "数据平台",
            "5",
            "数据底座",
            "水务数据资源中心建设",
            "建设水务数据资源中心，完成水务数据资源目录编制和存量数据治理",
            "区水务局、区大数据中心",
            "2026—2027年",
            "6",
            "水务“一张图”升级",
            "完成防汛排水、河湖水系、供水节水、水务工程设施四类专题图层建设",
            "区水务局",
            "7",
            "应用平台",
            "水务“一网统管”平台建设",
            "建设防汛调度、排水监管、河湖管理、供水保障四大应用模块，与区城运中心平台对接",
            "区水务局、区城运中心",
            "2026—2028年",
        ]),
        columns: &["序号", "项目类型", "项目名称", "建设内容", "责任单位", "实施年限"],
        rows: &[
            "C||一 感知体系",
            "I|水务物联感知|1|水务物联感知|河湖水位水质监测站点加密工程|新建河湖水位、水质自动监测站45处，实现区管河道在线监测全覆盖|区水务局|2026—2027年",
            "I|水务物联感知|2||排水管网液位流量监测工程|在全区28个排水系统关键节点布设液位计、流量计不少于600套|区排水管理所|2026—2028年",
            "I|水务物联感知|3||易积水点和下立交视频监控补盲工程|对全区易积水点、下立交实施积水监测和视频监控全覆盖|区水务局、各街镇|2026年",
            "I|供水感知|4|供水感知|二次供水设施智能化改造|对全区约1200座二次供水泵房实施远程监控和智能安防改造|澜溪自来水公司|2026—2030年",
            "C||二 数据平台",
            "I|数据底座|5|数据底座|水务数据资源中心建设|建设水务数据资源中心，完成水务数据资源目录编制和存量数据治理|区水务局、区大数据中心|2026—2027年",
            "I|数据底座|6||水务“一张图”升级|完成防汛排水、河湖水系、供水节水、水务工程设施四类专题图层建设|区水务局|",
            "I|应用平台|7|应用平台|水务“一网统管”平台建设|建设防汛调度、排水监管、河湖管理、供水保障四大应用模块，与区城运中心平台对接|区水务局、区城运中心|2026—2028年",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 9);
}

#[test]
fn a_row_with_its_category_and_a_name_over_two_paragraphs_joins_the_name() {
    // Under 类别 first, attributes closing the rows: `存量盘活` / `年均低效建设用地` /
    // `减量化规模（公顷）` is a category and a name over two paragraphs (the third a measure's
    // end with its unit), not a category over two.
    let t = check(&Case {
        name: "category and split name",
        caption: Some("表2 主要指标"),
        src: blank_cells(&[
            "类别",
            "指标名称",
            "2025年",
            "2030年",
            "指标性质",
            "规模管控",
            "建设用地总规模（平方公里）",
            "117.9",
            "≤119.5",
            "约束性",
            "年均土地供应规模（公顷）",
            "186",
            "160-200",
            "预期性",
            "存量盘活",
            "年均低效建设用地",
            "减量化规模（公顷）",
            "62.4",
            "50左右",
            "预期性",
            "闲置土地处置率（%）",
            "100",
            "100",
            "约束性",
        ]),
        columns: &["类别", "指标名称", "2025年", "2030年", "指标性质"],
        rows: &[
            "I|规模管控|规模管控|建设用地总规模（平方公里）|117.9|≤119.5|约束性",
            "I|规模管控||年均土地供应规模（公顷）|186|160-200|预期性",
            "I|存量盘活|存量盘活|年均低效建设用地减量化规模（公顷）|62.4|50左右|预期性",
            "I|存量盘活||闲置土地处置率（%）|100|100|约束性",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 4);
}

#[test]
fn a_remark_under_completion_longer_by_half_than_the_categories_is_the_row_s() {
    // `统计口径调整` closing row 3 under 完成情况 (its cells so far all end in 完成) is row 3's
    // remark, not row 4's category: the categories so far are all of four characters.
    let t = check(&Case {
        name: "remark under completion",
        caption: Some("表1：沄浦区“十四五”社区卫生服务主要指标完成情况"),
        src: blank_cells(&[
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
            "社区卫生服务中心（含分中心）数量",
            "个",
            "18",
            "20",
            "超额完成",
            "2",
            "社区卫生服务站（村卫生室）",
            "标准化建设率",
            "%",
            "100",
            "100",
            "完成",
            "服务能力",
            "3",
            "每万常住人口全科医生数",
            "人",
            "4",
            "4.3",
            "完成",
            "4",
            "社区卫生服务中心门急诊人次占全区比重",
            "%",
            "力争45",
            "43.6",
            "基本完成",
            "5",
            "达到“优质服务基层行”推荐标准的中心数",
            "个",
            "6",
            "8",
            "超额完成",
            "健康管理",
            "6",
            "常住人口家庭医生签约率",
            "%",
            "40",
            "41.5",
            "完成",
            "其中：重点人群签约率",
            "%",
            "75",
            "78.2",
            "完成",
            "7",
            "高血压患者基层规范管理服务率",
            "%",
            "65",
            "—",
            "统计口径调整",
            "8",
            "严重精神障碍患者规范管理率",
            "%",
            "完成市下达任务",
            "93.5",
            "完成",
        ]),
        columns: &[
            "类别",
            "序号",
            "指标",
            "单位",
            "“十四五”目标值",
            "2025年完成值",
            "完成情况",
        ],
        rows: &[
            "I|服务网络|服务网络|1|社区卫生服务中心（含分中心）数量|个|18|20|超额完成",
            "I|服务网络||2|社区卫生服务站（村卫生室）标准化建设率|%|100|100|完成",
            "I|服务能力|服务能力|3|每万常住人口全科医生数|人|4|4.3|完成",
            "I|服务能力||4|社区卫生服务中心门急诊人次占全区比重|%|力争45|43.6|基本完成",
            "I|服务能力||5|达到“优质服务基层行”推荐标准的中心数|个|6|8|超额完成",
            "I|健康管理|健康管理|6|常住人口家庭医生签约率|%|40|41.5|完成",
            "I|健康管理|||其中：重点人群签约率|%|75|78.2|完成",
            "I|健康管理||7|高血压患者基层规范管理服务率|%|65|—|统计口径调整",
            "I|健康管理||8|严重精神障碍患者规范管理率|%|完成市下达任务|93.5|完成",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 9);
}

#[test]
fn a_completion_table_with_categories_and_units_reads_by_kinds() {
    // 类别 first, written on a group's first row only, and 单位 after the name: each row's
    // category (when written), name (over two paragraphs after `重点领域`), unit, values and
    // evaluation; a target in words with no result leaves the result empty.
    let t = check(&Case {
        name: "a_completion_table_with_categories_and_units_reads_by_kinds",
        caption: Some("表1：岱溪区“十四五”节能降碳主要指标完成情况"),
        src: blank_cells(&[
            "类别",
            "指标名称",
            "单位",
            "“十四五”",
            "规划目标",
            "2025年完成值",
            "完成情况",
            "总量强度",
            "单位地区生产总值能源消耗降低",
            "%",
            "14",
            "14.6",
            "完成",
            "单位地区生产总值二氧化碳排放降低",
            "%",
            "完成市下达目标",
            "预计完成",
            "能源消费总量",
            "万吨标准煤",
            "控制在98以内",
            "93.4",
            "完成",
            "能源结构",
            "可再生能源装机容量",
            "万千瓦",
            "5",
            "8.2",
            "超额完成",
            "电能占终端能源消费比重",
            "%",
            "40",
            "42.5",
            "完成",
            "重点领域",
            "公共机构单位建筑面积",
            "能耗降低",
            "%",
            "5",
            "6.1",
            "完成",
            "新增超低能耗建筑面积",
            "万平方米",
            "15",
            "21.3",
            "超额完成",
            "新能源公交车占比",
            "%",
            "100",
            "100",
            "完成",
            "绿色出行比例",
            "%",
            "75",
            "76",
            "完成",
        ]),
        columns: &[
            "类别",
            "指标名称",
            "单位",
            "“十四五”规划目标",
            "2025年完成值",
            "完成情况",
        ],
        rows: &[
            "I|总量强度|总量强度|单位地区生产总值能源消耗降低|%|14|14.6|完成",
            "I|总量强度||单位地区生产总值二氧化碳排放降低|%|完成市下达目标||预计完成",
            "I|总量强度||能源消费总量|万吨标准煤|控制在98以内|93.4|完成",
            "I|能源结构|能源结构|可再生能源装机容量|万千瓦|5|8.2|超额完成",
            "I|能源结构||电能占终端能源消费比重|%|40|42.5|完成",
            "I|重点领域|重点领域|公共机构单位建筑面积能耗降低|%|5|6.1|完成",
            "I|重点领域||新增超低能耗建筑面积|万平方米|15|21.3|超额完成",
            "I|重点领域||新能源公交车占比|%|100|100|完成",
            "I|重点领域||绿色出行比例|%|75|76|完成",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 9);
}

#[test]
fn a_sub_row_s_placeholder_evaluation_ends_it_in_a_completion_table() {
    // Under 类别 and 单位, a `其中` row's evaluation is a placeholder (`—`), right before the
    // next row's name, which is over two paragraphs (`历史建筑结构安全隐患` / `整改率`, no
    // category: longer than every category); a row of states has no unit.
    let t = check(&Case {
        name: "a_sub_row_s_placeholder_evaluation_ends_it_in_a_completion_table",
        caption: Some("表1 澹溪区历史建筑保护利用“十四五”主要指标完成情况"),
        src: blank_cells(&[
            "类别",
            "指标名称",
            "单位",
            "“十四五”",
            "目标值",
            "2025年完成值",
            "完成情况",
            "名录保护",
            "历史建筑普查覆盖率",
            "%",
            "100",
            "100",
            "完成",
            "历史建筑挂牌保护数量",
            "处",
            "350",
            "386",
            "超额完成",
            "修缮保护",
            "历史建筑修缮面积",
            "万平方米",
            "12",
            "14.6",
            "（2021年-2025年累计）",
            "超额完成",
            "其中：优秀历史建筑修缮面积",
            "万平方米",
            "/",
            "3.8",
            "—",
            "历史建筑结构安全隐患",
            "整改率",
            "%",
            "100",
            "96.5",
            "基本完成",
            "活化利用",
            "历史建筑开放利用率",
            "%",
            "55",
            "63.5",
            "超额完成",
            "历史建筑活化利用示范项目",
            "个",
            "20",
            "24",
            "超额完成",
            "管理服务",
            "历史建筑保护管理信息平台建设",
            "建成",
            "建成",
            "完成",
        ]),
        columns: &[
            "类别",
            "指标名称",
            "单位",
            "“十四五”目标值",
            "2025年完成值",
            "完成情况",
        ],
        rows: &[
            "I|名录保护|名录保护|历史建筑普查覆盖率|%|100|100|完成",
            "I|名录保护||历史建筑挂牌保护数量|处|350|386|超额完成",
            "I|修缮保护|修缮保护|历史建筑修缮面积|万平方米|12|14.6（2021年-2025年累计）|超额完成",
            "I|修缮保护||其中：优秀历史建筑修缮面积|万平方米|/|3.8|—",
            "I|修缮保护||历史建筑结构安全隐患整改率|%|100|96.5|基本完成",
            "I|活化利用|活化利用|历史建筑开放利用率|%|55|63.5|超额完成",
            "I|活化利用||历史建筑活化利用示范项目|个|20|24|超额完成",
            "I|管理服务|管理服务|历史建筑保护管理信息平台建设||建成|建成|完成",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 8);
}

#[test]
fn a_first_cell_far_longer_than_the_categories_before_a_measure_s_end_is_a_name() {
    // Attributes closing the rows under 类别: `列入名录的历史建筑` / `挂牌保护率（%）` after
    // `名录保护` is a name over two paragraphs, its category merged, not a new category.
    let t = check(&Case {
        name: "a_first_cell_far_longer_than_the_categories_before_a_measure_s_end_is_a_name",
        caption: Some("表2 澹溪区历史建筑保护利用“十五五”主要指标"),
        src: blank_cells(&[
            "类别",
            "指标名称",
            "2025年",
            "2030年",
            "指标性质",
            "名录保护",
            "历史建筑保护名录数量",
            "（处）",
            "386",
            "≥420",
            "约束性",
            "列入名录的历史建筑",
            "挂牌保护率（%）",
            "100",
            "100",
            "约束性",
            "修缮保护",
            "历史建筑修缮面积",
            "（万平方米）",
            "14.6",
            "（2021年-2025年）",
            "15左右",
            "（2026年-2030年）",
            "预期性",
            "其中：优秀历史建筑修缮面积（万平方米）",
            "3.8",
            "（2021年-2025年）",
            "5左右",
            "预期性",
            "历史建筑结构安全隐患整改率（%）",
            "96.5",
            "100",
            "约束性",
            "活化利用",
            "历史建筑开放利用率（%）",
            "63.5",
            "≥75",
            "预期性",
            "历史建筑“微更新”示范点位",
            "（个）",
            "—",
            "[30]",
            "预期性",
            "管理服务",
            "历史建筑数字化档案建档率（%）",
            "77.2",
            "100",
            "约束性",
            "历史建筑空置率（%）",
            "12.4",
            "（较2020年下降5.1个百分点）",
            "力争降至8以下（2030年较2025年下降4个百分点以上）",
            "预期性",
        ]),
        columns: &["类别", "指标名称", "2025年", "2030年", "指标性质"],
        rows: &[
            "I|名录保护|名录保护|历史建筑保护名录数量（处）|386|≥420|约束性",
            "I|名录保护||列入名录的历史建筑挂牌保护率（%）|100|100|约束性",
            "I|修缮保护|修缮保护|历史建筑修缮面积（万平方米）|14.6（2021年-2025年）|15左右（2026年-2030年）|预期性",
            "I|修缮保护||其中：优秀历史建筑修缮面积（万平方米）|3.8（2021年-2025年）|5左右|预期性",
            "I|修缮保护||历史建筑结构安全隐患整改率（%）|96.5|100|约束性",
            "I|活化利用|活化利用|历史建筑开放利用率（%）|63.5|≥75|预期性",
            "I|活化利用||历史建筑“微更新”示范点位（个）|—|[30]|预期性",
            "I|管理服务|管理服务|历史建筑数字化档案建档率（%）|77.2|100|约束性",
            "I|管理服务||历史建筑空置率（%）|12.4（较2020年下降5.1个百分点）|力争降至8以下（2030年较2025年下降4个百分点以上）|预期性",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 9);
}

#[test]
fn a_measure_s_end_word_before_a_unit_ends_the_name_not_a_category() {
    // `3` `市级以上重要湿地` `数量` `处`: `数量` ends the name over two paragraphs, no unit, so
    // the row leaves its category to the one above rather than taking its name's first line.
    let t = check(&Case {
        name: "measure end word",
        caption: Some("“十四五”时期滨澜区湿地保护主要指标完成情况"),
        src: blank_cells(&[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "“十四五”",
            "目标",
            "2025年",
            "完成值",
            "完成情况",
            "1",
            "资源保护",
            "湿地保护率",
            "%",
            "55",
            "56.8",
            "已完成",
            "2",
            "自然湿地面积",
            "公顷",
            "不减少",
            "3126",
            "已完成",
            "3",
            "市级以上重要湿地",
            "数量",
            "处",
            "6",
            "7",
            "超额完成",
            "4",
            "生态修复",
            "退化湿地修复面积",
            "公顷",
            "[300]",
            "[342]",
            "超额完成",
            "5",
            "互花米草除治面积",
            "公顷",
            "—",
            "418",
            "新增任务",
            "6",
            "监测宣教",
            "湿地生态定位监测站(点)",
            "个",
            "12",
            "15",
            "超额完成",
            "7",
            "湿地科普宣教场馆",
            "个",
            "3",
            "3",
            "已完成",
        ]),
        columns: &[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "“十四五”目标",
            "2025年完成值",
            "完成情况",
        ],
        rows: &[
            "I|资源保护|1|资源保护|湿地保护率|%|55|56.8|已完成",
            "I|资源保护|2||自然湿地面积|公顷|不减少|3126|已完成",
            "I|资源保护|3||市级以上重要湿地数量|处|6|7|超额完成",
            "I|生态修复|4|生态修复|退化湿地修复面积|公顷|[300]|[342]|超额完成",
            "I|生态修复|5||互花米草除治面积|公顷|—|418|新增任务",
            "I|监测宣教|6|监测宣教|湿地生态定位监测站(点)|个|12|15|超额完成",
            "I|监测宣教|7||湿地科普宣教场馆|个|3|3|已完成",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 7);
}

#[test]
fn a_grade_where_the_unit_would_stand_leaves_the_unit_empty() {
    // The last row, `8` `农村供水保障水平综合评价等级` `良好` `良好` `完成`, one short: `良好` is a
    // grade, never a unit, so the unit's cell is the one that vanished.
    let t = check(&Case {
        name: "a_grade_where_the_unit_would_stand_leaves_the_unit_empty",
        caption: Some("浔川区农村供水“十四五”规划主要指标完成情况"),
        src: blank_cells(&[
            "序号",
            "指标名称",
            "单位",
            "“十四五”",
            "目标",
            "2025年",
            "完成值",
            "完成情况",
            "1",
            "农村集中供水率",
            "%",
            "98以上",
            "99.2",
            "完成",
            "2",
            "20户以上自然村",
            "通自来水比例",
            "%",
            "100",
            "100",
            "完成",
            "3",
            "农村供水水质达标率",
            "%",
            "95以上",
            "96.8",
            "完成",
            "4",
            "新建改建农村",
            "供水管网长度",
            "公里",
            "200",
            "241.6",
            "完成",
            "其中：老旧管网更新改造",
            "公里",
            "120",
            "105.3",
            "基本完成",
            "5",
            "“千吨万人”供水工程",
            "水源保护区划定率",
            "%",
            "100",
            "100",
            "完成",
            "6",
            "农村供水管网漏损率",
            "%",
            "≤12",
            "11.6",
            "完成",
            "7",
            "镇级水务服务站标准化建设",
            "个",
            "8",
            "6",
            "未完成",
            "8",
            "农村供水保障水平综合评价等级",
            "良好",
            "良好",
            "完成",
        ]),
        columns: &[
            "序号",
            "指标名称",
            "单位",
            "“十四五”目标",
            "2025年完成值",
            "完成情况",
        ],
        rows: &[
            "I||1|农村集中供水率|%|98以上|99.2|完成",
            "I||2|20户以上自然村通自来水比例|%|100|100|完成",
            "I||3|农村供水水质达标率|%|95以上|96.8|完成",
            "I||4|新建改建农村供水管网长度|公里|200|241.6|完成",
            "I|||其中：老旧管网更新改造|公里|120|105.3|基本完成",
            "I||5|“千吨万人”供水工程水源保护区划定率|%|100|100|完成",
            "I||6|农村供水管网漏损率|%|≤12|11.6|完成",
            "I||7|镇级水务服务站标准化建设|个|8|6|未完成",
            "I||8|农村供水保障水平综合评价等级||良好|良好|完成",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 9);
}

#[test]
fn a_name_over_two_where_the_category_would_stand_is_joined_once() {
    // `8` `第三方施工破坏管线` `事故起数` `逐年下降` …: the name over two paragraphs, the category
    // left to the row above; no second join of the name with its target.
    let t = check(&Case {
        name: "a_name_over_two_where_the_category_would_stand_is_joined_once",
        caption: Some("表1 淞澜区地下管线综合管理“十四五”主要指标完成情况"),
        src: blank_cells(&[
            "序号",
            "类别",
            "指标名称",
            "“十四五”",
            "目标值",
            "2025年",
            "完成值",
            "完成情况",
            "1",
            "底数摸查",
            "地下管线普查覆盖率",
            "100%",
            "100%",
            "完成",
            "2",
            "管线信息动态更新率",
            "90%",
            "93.5%",
            "完成",
            "3",
            "设施建设",
            "综合管廊累计建成里程",
            "18公里",
            "21.6公里",
            "超额完成",
            "4",
            "新城重点区域综合管廊密度",
            "0.35km/km2",
            "0.41km/km²",
            "超额完成",
            "5",
            "老旧燃气管道更新改造里程",
            "120公里",
            "126.4公里",
            "完成",
            "其中：街坊内老旧燃气管道",
            "/",
            "58.2公里",
            "/",
            "6",
            "雨污混接点整治",
            "1500处",
            "1688处",
            "完成",
            "7",
            "运行安全",
            "城镇燃气管道事故率",
            "≤0.5起/百公里·年",
            "0.32起/百公里·年",
            "完成",
            "8",
            "第三方施工破坏管线",
            "事故起数",
            "逐年下降",
            "年均下降6.9%",
            "完成",
            "9",
            "协同管理",
            "管线“一张图”接入权属单位",
            "25家",
            "23家",
            "基本完成",
            "10",
            "道路掘路计划统筹率",
            "95%",
            "—",
            "—",
        ]),
        columns: &[
            "序号",
            "类别",
            "指标名称",
            "“十四五”目标值",
            "2025年完成值",
            "完成情况",
        ],
        rows: &[
            "I|底数摸查|1|底数摸查|地下管线普查覆盖率|100%|100%|完成",
            "I|底数摸查|2||管线信息动态更新率|90%|93.5%|完成",
            "I|设施建设|3|设施建设|综合管廊累计建成里程|18公里|21.6公里|超额完成",
            "I|设施建设|4||新城重点区域综合管廊密度|0.35km/km2|0.41km/km²|超额完成",
            "I|设施建设|5||老旧燃气管道更新改造里程|120公里|126.4公里|完成",
            "I|设施建设|||其中：街坊内老旧燃气管道|/|58.2公里|/",
            "I|设施建设|6||雨污混接点整治|1500处|1688处|完成",
            "I|运行安全|7|运行安全|城镇燃气管道事故率|≤0.5起/百公里·年|0.32起/百公里·年|完成",
            "I|运行安全|8||第三方施工破坏管线事故起数|逐年下降|年均下降6.9%|完成",
            "I|协同管理|9|协同管理|管线“一张图”接入权属单位|25家|23家|基本完成",
            "I|协同管理|10||道路掘路计划统筹率|95%|—|—",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 11);
}

#[test]
fn a_name_s_second_line_closing_on_a_remark_before_a_unit_joins_the_name() {
    // `公共租赁住房租金补贴和实物配租` / `家庭（累计）` / `户`: the second line closes on a remark
    // in brackets, no unit, and `户` stands where the unit's column does: the name is over two
    // lines, not the unit.
    let t = check(&Case {
        name: "name with remark before unit",
        caption: Some("表1  溪宁区保障性租赁住房“十四五”主要指标完成情况"),
        src: blank_cells(&[
            "序号",
            "指标名称",
            "单位",
            "“十四五”目标",
            "完成情况",
            "1",
            "新增筹措保障性租赁住房",
            "套（间）",
            "22000",
            "24316",
            "其中：新时代城市建设者管理者之家床位",
            "张",
            "2000",
            "2584",
            "2",
            "新增供应（入市）保障性租赁住房",
            "套（间）",
            "15000",
            "17902",
            "3",
            "非居存量房屋改建项目",
            "个",
            "—",
            "21",
            "4",
            "公共租赁住房租金补贴和实物配租",
            "家庭（累计）",
            "户",
            "4500",
            "4862",
            "5",
            "保障性租赁住房平均出租率",
            "%",
            "85",
            "93.6",
        ]),
        columns: &["序号", "指标名称", "单位", "“十四五”目标", "完成情况"],
        rows: &[
            "I||1|新增筹措保障性租赁住房|套（间）|22000|24316",
            "I|||其中：新时代城市建设者管理者之家床位|张|2000|2584",
            "I||2|新增供应（入市）保障性租赁住房|套（间）|15000|17902",
            "I||3|非居存量房屋改建项目|个|—|21",
            "I||4|公共租赁住房租金补贴和实物配租家庭（累计）|户|4500|4862",
            "I||5|保障性租赁住房平均出租率|%|85|93.6",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 6);
}

#[test]
fn a_note_naming_a_period_places_the_gap_and_a_category_is_no_figure_s_size() {
    // `8` `再生资源回收服务点` / `覆盖率` `%` `预期性` `91.6` `源头减量` `9` …: `源头减量` is row 9's
    // category (of the categories' size; that `2400` has it too says nothing), and the note
    // `第8项…未设“十四五”目标值` leaves row 8's target empty, not its result.
    let t = check(&Case {
        name: "note with a period",
        caption: Some("表1 溱浦市生活垃圾治理“十四五”主要指标完成情况"),
        src: blank_cells(&[
            "类别",
            "序号",
            "指标名称",
            "单位",
            "属性",
            "溱浦市",
            "“十四五”",
            "目标",
            "2025年",
            "完成值",
            "分类投放",
            "1",
            "居住区生活垃圾",
            "分类达标率",
            "%",
            "约束性",
            "95",
            "98.6",
            "2",
            "单位生活垃圾分类达标率",
            "%",
            "预期性",
            "90",
            "95.2",
            "收运处置",
            "3",
            "生活垃圾无害化处理率",
            "%",
            "约束性",
            "100",
            "100",
            "4",
            "生活垃圾焚烧处理能力",
            "吨/日",
            "约束性",
            "6000",
            "6500",
            "5",
            "湿垃圾资源化处理能力",
            "吨/日",
            "约束性",
            "2200",
            "2400",
            "其中：集中处理设施",
            "处理能力",
            "吨/日",
            "预期性",
            "1800",
            "2050",
            "资源利用",
            "6",
            "生活垃圾回收利用率",
            "%",
            "约束性",
            "45.00以上",
            "47.3",
            "7",
            "可回收物日均回收量",
            "吨",
            "预期性",
            "3000",
            "2870",
            "8",
            "再生资源回收服务点",
            "覆盖率",
            "%",
            "预期性",
            "91.6",
            "源头减量",
            "9",
            "人均生活垃圾",
            "日清运量",
            "千克/人·日",
            "预期性",
            "0.95以下",
            "0.92",
            "注：1.第8项为2023年中期评估时增设的监测指标，未设“十四五”目标值。",
            "2.完成值为2025年统计快报数。",
            "3.第7项未完成，主要受废纸、废塑料价格下行及部分回收企业退出影响。",
        ]),
        columns: &[
            "类别",
            "序号",
            "指标名称",
            "单位",
            "属性",
            "溱浦市“十四五”目标",
            "2025年完成值",
        ],
        rows: &[
            "I|分类投放|分类投放|1|居住区生活垃圾分类达标率|%|约束性|95|98.6",
            "I|分类投放||2|单位生活垃圾分类达标率|%|预期性|90|95.2",
            "I|收运处置|收运处置|3|生活垃圾无害化处理率|%|约束性|100|100",
            "I|收运处置||4|生活垃圾焚烧处理能力|吨/日|约束性|6000|6500",
            "I|收运处置||5|湿垃圾资源化处理能力|吨/日|约束性|2200|2400",
            "I|收运处置|||其中：集中处理设施处理能力|吨/日|预期性|1800|2050",
            "I|资源利用|资源利用|6|生活垃圾回收利用率|%|约束性|45.00以上|47.3",
            "I|资源利用||7|可回收物日均回收量|吨|预期性|3000|2870",
            "I|资源利用||8|再生资源回收服务点覆盖率|%|预期性||91.6",
            "I|源头减量|源头减量|9|人均生活垃圾日清运量|千克/人·日|预期性|0.95以下|0.92",
        ],
        notes: &[
            "注：1.第8项为2023年中期评估时增设的监测指标，未设“十四五”目标值。",
            "2.完成值为2025年统计快报数。",
            "3.第7项未完成，主要受废纸、废塑料价格下行及部分回收企业退出影响。",
        ],
        left: 0,
    });
    assert_eq!(t.rows.len(), 10);
}

#[test]
fn a_project_s_name_is_never_glued_to_the_works_after_it() {
    // Row 6, `大件垃圾和装修垃圾` / `资源化利用中心` / `建设大件垃圾拆解线…`:
    // the name closes on what it builds (`中心`) and the works open with `建设`, so the name is
    // over the two lines before them.
    let t = check(&Case {
        name: "name before works",
        caption: Some("溱浦市生活垃圾治理“十五五”重点项目表"),
        src: blank_cells(&[
            "序号",
            "项目类型",
            "项目名称",
            "建设内容及规模",
            "建设期限",
            "1",
            "收运设施",
            "溱东生活垃圾转运站改扩建工程",
            "转运规模由1200吨/日提升至2000吨/日，同步建设除臭和渗滤液预处理系统",
            "2026—2027年",
            "2",
            "小压站和垃圾厢房标准化改造",
            "改造提升小型压缩站120座、垃圾厢房1500处",
            "2026—2030年",
            "3",
            "处置设施",
            "溱浦再生能源利用中心三期工程",
            "新增焚烧处理能力2250吨/日，配套建设烟气超低排放设施",
            "和飞灰稳定化处理线",
            "2026—2029年",
            "4",
            "南部湿垃圾资源化处理厂扩建工程",
            "新增湿垃圾处理能力800吨/日，沼气用于发电和制氢",
            "2027—2029年",
            "5",
            "焚烧飞灰资源化利用项目",
            "建设飞灰水洗脱氯及资源化利用生产线，规模10万吨/年",
            "6",
            "回收利用设施",
            "大件垃圾和装修垃圾",
            "资源化利用中心",
            "建设大件垃圾拆解线、装修垃圾分拣线各1条，年处理能力30万吨",
            "2026—2028年",
            "7",
            "低价值可回收物集散场",
            "每区至少建成1座集散场，全市总规模不低于1500吨/日",
            "2026—2030年",
            "8",
            "能力建设",
            "生活垃圾全程分类信息平台升级",
            "升级收运车辆定位、称重计量和品质监测模块，接入城市运行“一网统管”平台",
            "2026—2027年",
        ]),
        columns: &["序号", "项目类型", "项目名称", "建设内容及规模", "建设期限"],
        rows: &[
            "I|收运设施|1|收运设施|溱东生活垃圾转运站改扩建工程|转运规模由1200吨/日提升至2000吨/日，同步建设除臭和渗滤液预处理系统|2026—2027年",
            "I|收运设施|2||小压站和垃圾厢房标准化改造|改造提升小型压缩站120座、垃圾厢房1500处|2026—2030年",
            "I|处置设施|3|处置设施|溱浦再生能源利用中心三期工程|新增焚烧处理能力2250吨/日，配套建设烟气超低排放设施和飞灰稳定化处理线|2026—2029年",
            "I|处置设施|4||南部湿垃圾资源化处理厂扩建工程|新增湿垃圾处理能力800吨/日，沼气用于发电和制氢|2027—2029年",
            "I|处置设施|5||焚烧飞灰资源化利用项目|建设飞灰水洗脱氯及资源化利用生产线，规模10万吨/年|",
            "I|回收利用设施|6|回收利用设施|大件垃圾和装修垃圾资源化利用中心|建设大件垃圾拆解线、装修垃圾分拣线各1条，年处理能力30万吨|2026—2028年",
            "I|回收利用设施|7||低价值可回收物集散场|每区至少建成1座集散场，全市总规模不低于1500吨/日|2026—2030年",
            "I|能力建设|8|能力建设|生活垃圾全程分类信息平台升级|升级收运车辆定位、称重计量和品质监测模块，接入城市运行“一网统管”平台|2026—2027年",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 8);
}

#[test]
fn a_header_ending_at_the_attribute_s_column_is_the_whole_header() {
    // `类别` `指标名称` `2025年` `2030年` `指标性质`, then rows that end at their attribute, some
    // with a category, some with a name over two paragraphs or a unit or period of its own: the
    // header is the cells up to `指标性质`, not the first row's category and name as well.
    let t = check(&Case {
        name: "header to the attribute",
        caption: Some("表2 芷湾区数字经济发展“十五五”主要指标"),
        src: blank_cells(&[
            "类别",
            "指标名称",
            "2025年",
            "2030年",
            "指标性质",
            "产业发展",
            "数字经济核心产业增加值",
            "占地区生产总值比重（%）",
            "13.4",
            "16左右",
            "预期性",
            "数字经济核心产业营业收入",
            "（亿元）",
            "1620",
            "2500",
            "预期性",
            "其中：人工智能核心产业规模",
            "（亿元）",
            "120",
            "400",
            "预期性",
            "累计新增数字经济领域“专精特新”企业数（家）",
            "68",
            "（2021年-2025年）",
            "100",
            "预期性",
            "基础设施",
            "每万人拥有5G基站数",
            "（个）",
            "41.5",
            "60",
            "预期性",
            "算力规模",
            "（EFLOPS）",
            "2.4",
            "10",
            "预期性",
            "融合应用",
            "规模以上工业企业数字化",
            "转型覆盖率（%）",
            "72",
            "≥95",
            "约束性",
            "市级及以上智能工厂数量",
            "（家）",
            "18",
            "40",
            "预期性",
            "网络零售额年均增长率（%）",
            "8.6",
            "（2021年-2025年）",
            "8左右",
            "预期性",
            "数字治理",
            "公共数据开放数据集数",
            "（个）",
            "1260",
            "2000",
            "预期性",
            "场内数据交易额（亿元）",
            "—",
            "30",
            "预期性",
            "重点领域网络安全等级保护",
            "测评达标率（%）",
            "100",
            "100",
            "约束性",
            "政务服务事项平均办理时限压减比例（%）",
            "60",
            "（2025年较2020年压减）",
            "力争达到30左右（2030年较2025年压减）",
            "预期性",
        ]),
        columns: &["类别", "指标名称", "2025年", "2030年", "指标性质"],
        rows: &[
            "I|产业发展|产业发展|数字经济核心产业增加值占地区生产总值比重（%）|13.4|16左右|预期性",
            "I|产业发展||数字经济核心产业营业收入（亿元）|1620|2500|预期性",
            "I|产业发展||其中：人工智能核心产业规模（亿元）|120|400|预期性",
            "I|产业发展||累计新增数字经济领域“专精特新”企业数（家）|68（2021年-2025年）|100|预期性",
            "I|基础设施|基础设施|每万人拥有5G基站数（个）|41.5|60|预期性",
            "I|基础设施||算力规模（EFLOPS）|2.4|10|预期性",
            "I|融合应用|融合应用|规模以上工业企业数字化转型覆盖率（%）|72|≥95|约束性",
            "I|融合应用||市级及以上智能工厂数量（家）|18|40|预期性",
            "I|融合应用||网络零售额年均增长率（%）|8.6（2021年-2025年）|8左右|预期性",
            "I|数字治理|数字治理|公共数据开放数据集数（个）|1260|2000|预期性",
            "I|数字治理||场内数据交易额（亿元）|—|30|预期性",
            "I|数字治理||重点领域网络安全等级保护测评达标率（%）|100|100|约束性",
            "I|数字治理||政务服务事项平均办理时限压减比例（%）|60（2025年较2020年压减）|力争达到30左右（2030年较2025年压减）|预期性",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 13);
}

#[test]
fn a_time_in_working_days_is_a_unit_in_brackets() {
    // `获得电力平均办理` / `时间（工作日）` under 类别 after the number: `工作日` is a unit, so the
    // second line is a measure's end with its unit and the name is over two paragraphs.
    let t = check(&Case {
        name: "a_time_in_working_days_is_a_unit_in_brackets",
        caption: Some("表1 沅川市优化营商环境“十五五”主要指标"),
        src: blank_cells(&[
            "序号",
            "类别",
            "指标名称",
            "2025年",
            "2030年",
            "指标性质",
            "1",
            "政务服务",
            "企业开办全流程办理时间",
            "（工作日）",
            "0.5",
            "≤0.5",
            "约束性",
            "2",
            "政务服务事项“一网通办”可办率",
            "（%）",
            "97.4",
            "≥99",
            "约束性",
            "3",
            "高频事项“免申即享”",
            "数量（项）",
            "45",
            "100左右",
            "预期性",
            "4",
            "要素保障",
            "年均供应产业用地规模",
            "（公顷）",
            "320",
            "（2021年-2025年）",
            "350-400",
            "预期性",
            "5",
            "获得电力平均办理",
            "时间（工作日）",
            "6.8",
            "≤5",
            "预期性",
            "6",
            "普惠小微贷款余额年均增速（%）",
            "18.2",
            "（2021年-2025年）",
            "不低于各项贷款平均增速",
            "预期性",
            "7",
            "市场环境",
            "经营主体总量",
            "（万户）",
            "131.4",
            "160左右",
            "预期性",
            "其中：民营经济主体占比（%）",
            "95.8",
            "≥96",
            "预期性",
            "8",
            "涉企行政检查“综合查一次”覆盖率（%）",
            "57.3",
            "≥80",
            "约束性",
            "9",
            "商事纠纷案件平均审理周期缩短率（%）",
            "15",
            "（2025年较2020年缩短）",
            "力争达到20左右（2030年较2025年缩短）",
            "预期性",
            "10",
            "开放环境",
            "外商投资企业数量（家）",
            "2860",
            "3500以上",
            "预期性",
            "11",
            "进出口整体通关时间压缩比例（%）",
            "—",
            "完成省级考核要求",
            "预期性",
            "12",
            "综合评价",
            "营商环境便利度全省排名",
            "全省第二",
            "稳居全省前列",
            "预期性",
        ]),
        columns: &["序号", "类别", "指标名称", "2025年", "2030年", "指标性质"],
        rows: &[
            "I|政务服务|1|政务服务|企业开办全流程办理时间（工作日）|0.5|≤0.5|约束性",
            "I|政务服务|2||政务服务事项“一网通办”可办率（%）|97.4|≥99|约束性",
            "I|政务服务|3||高频事项“免申即享”数量（项）|45|100左右|预期性",
            "I|要素保障|4|要素保障|年均供应产业用地规模（公顷）|320（2021年-2025年）|350-400|预期性",
            "I|要素保障|5||获得电力平均办理时间（工作日）|6.8|≤5|预期性",
            "I|要素保障|6||普惠小微贷款余额年均增速（%）|18.2（2021年-2025年）|不低于各项贷款平均增速|预期性",
            "I|市场环境|7|市场环境|经营主体总量（万户）|131.4|160左右|预期性",
            "I|市场环境|||其中：民营经济主体占比（%）|95.8|≥96|预期性",
            "I|市场环境|8||涉企行政检查“综合查一次”覆盖率（%）|57.3|≥80|约束性",
            "I|市场环境|9||商事纠纷案件平均审理周期缩短率（%）|15（2025年较2020年缩短）|力争达到20左右（2030年较2025年缩短）|预期性",
            "I|开放环境|10|开放环境|外商投资企业数量（家）|2860|3500以上|预期性",
            "I|开放环境|11||进出口整体通关时间压缩比例（%）|—|完成省级考核要求|预期性",
            "I|综合评价|12|综合评价|营商环境便利度全省排名|全省第二|稳居全省前列|预期性",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 13);
}

#[test]
fn a_cell_listing_its_items_line_by_line_is_one_cell() {
    // In a 专栏's row blocks, `1.建设区级快递包装回收中心；` / `2.推广可循环快递箱（盒）5万个` is
    // one 主要内容 cell listing its items, and the row's 完成时限 vanished.
    let src = "序号
应用场景
主要内容
责任单位
完成时限

1
智慧物流园区
在岚江西物流园区、北塘公路港建设智能仓储和园区运营管理系统
岚江经济开发区管委会
2027年

2
无人配送
在滨湖片区、大学园区开展无人车、无人机末端配送试点，
开通无人配送线路不少于10条
区商务委
2028年

3
网络货运
培育网络货运平台企业3家以上，推动平台与区级物流公共信息平台数据对接
区交通委、
区数据局
2026—2030年

4
绿色包装
1.建设区级快递包装回收中心；
2.推广可循环快递箱（盒）5万个
区商务委

5
充换电设施
在物流园区和城市配送中心建设新能源物流车充换电设施
区发展改革委
2029年
";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["序号", "应用场景", "主要内容", "责任单位", "完成时限"]
    );
    assert_eq!(
        rows(t),
        [
            "I||1|智慧物流园区|在岚江西物流园区、北塘公路港建设智能仓储和园区运营管理系统|岚江经济开发区管委会|2027年",
            "I||2|无人配送|在滨湖片区、大学园区开展无人车、无人机末端配送试点，开通无人配送线路不少于10条|区商务委|2028年",
            "I||3|网络货运|培育网络货运平台企业3家以上，推动平台与区级物流公共信息平台数据对接|区交通委、区数据局|2026—2030年",
            "I||4|绿色包装|1.建设区级快递包装回收中心；2.推广可循环快递箱（盒）5万个|区商务委|",
            "I||5|充换电设施|在物流园区和城市配送中心建设新能源物流车充换电设施|区发展改革委|2029年",
        ]
    );
}

#[test]
fn a_measure_s_short_end_before_its_unit_after_one_category_ends_a_name() {
    // `3` `过夜游客平均` / `停留天数` / `天` after the one category `产业规模`: the second line is a
    // measure's short end before its unit and the first no measure of its own, so the name is over
    // two paragraphs and the category left to the row above (so too `重点景区智慧化` / `服务覆盖率`).
    let t = check(&Case {
        name: "a_measure_s_short_end_before_its_unit_after_one_category_ends_a_name",
        caption: Some("鹭汀区旅游业发展“十五五”主要指标"),
        src: blank_cells(&[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "属性",
            "2025年",
            "现状值",
            "2030年",
            "目标值",
            "1",
            "产业规模",
            "旅游总收入",
            "亿元",
            "预期性",
            "447.6",
            "600",
            "2",
            "接待游客总人次",
            "万人次",
            "预期性",
            "3416",
            "4200",
            "3",
            "过夜游客平均",
            "停留天数",
            "天",
            "预期性",
            "1.6",
            "2.0",
            "4",
            "产品供给",
            "国家4A级及以上旅游景区数量",
            "家",
            "约束性",
            "5",
            "7",
            "5",
            "市级及以上旅游休闲街区",
            "个",
            "预期性",
            "1",
            "3",
            "6",
            "年度品牌节庆和演艺活动",
            "项",
            "预期性",
            "－",
            "20",
            "7",
            "服务品质",
            "游客满意度指数",
            "预期性",
            "0.86",
            "0.90",
            "8",
            "重点景区智慧化",
            "服务覆盖率",
            "%",
            "约束性",
            "—",
            "100",
        ]),
        columns: &[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "属性",
            "2025年现状值",
            "2030年目标值",
        ],
        rows: &[
            "I|产业规模|1|产业规模|旅游总收入|亿元|预期性|447.6|600",
            "I|产业规模|2||接待游客总人次|万人次|预期性|3416|4200",
            "I|产业规模|3||过夜游客平均停留天数|天|预期性|1.6|2.0",
            "I|产品供给|4|产品供给|国家4A级及以上旅游景区数量|家|约束性|5|7",
            "I|产品供给|5||市级及以上旅游休闲街区|个|预期性|1|3",
            "I|产品供给|6||年度品牌节庆和演艺活动|项|预期性|－|20",
            "I|服务品质|7|服务品质|游客满意度指数||预期性|0.86|0.90",
            "I|服务品质|8||重点景区智慧化服务覆盖率|%|约束性|—|100",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 8);
}

#[test]
fn a_completion_table_with_a_category_and_an_attribute_reads_to_each_evaluation() {
    // 类别 first, then `指标名称` `指标属性` … `进展评价`: each row's category when written, its
    // name over one piece or more up to the attribute, its values and its evaluation; a row
    // whose evaluation is a placeholder (`—`) ends there, before the next row's name.
    let src = "类别

指标名称
指标属性

目标值

（2025年）

现状值(2025年）

进展评价

水生态

海绵城市建设达标面积占建成区比例

约束性

45%1

47.6%2

已完成

年径流总量

控制率

约束性

75%

76.3%

已完成

水环境

地表水达到或好于Ⅲ类水体比例

约束性

70%

100%（区管河道断面）
96.8%（镇管河道断面）

已完成

城市面源污染削减率（以SS计）

预期性

45%

/

待评估

水安全

内涝防治标准

预期性

有效应对 50年一遇降雨

有效应对 50年一遇降雨

已完成

城镇雨水排水达3—5年一遇能力的面积占比

预期性

55%

58.4%

已完成

水资源

雨水资源利用率

预期性

2.6%

—
";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "湄溪区海绵城市建设“十四五”指标完成情况")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "指标名称",
            "指标属性",
            "目标值（2025年）",
            "现状值(2025年）",
            "进展评价"
        ]
    );
    assert_eq!(
        rows(t),
        [
            "I|水生态|水生态|海绵城市建设达标面积占建成区比例|约束性|45%1|47.6%2|已完成",
            "I|水生态||年径流总量控制率|约束性|75%|76.3%|已完成",
            "I|水环境|水环境|地表水达到或好于Ⅲ类水体比例|约束性|70%|100%（区管河道断面）96.8%（镇管河道断面）|已完成",
            "I|水环境||城市面源污染削减率（以SS计）|预期性|45%|/|待评估",
            "I|水安全|水安全|内涝防治标准|预期性|有效应对 50年一遇降雨|有效应对 50年一遇降雨|已完成",
            "I|水安全||城镇雨水排水达3—5年一遇能力的面积占比|预期性|55%|58.4%|已完成",
            "I|水资源|水资源|雨水资源利用率|预期性||2.6%|—",
        ]
    );
}

#[test]
fn a_caption_below_over_two_lines_is_the_table_s() {
    // Row blocks with no caption above, then `苕川市公园城市建设“十五五”` / `主要指标` (no blank
    // between, the first ending in its period's mark) and the notes: the two lines are the
    // caption below, not a last row's cells.
    let src = "类别
序号
指标名称
属性
单位
2025年
基期值
2030年
目标值

公园体系
1
人均公园绿地面积
约束性
平方米
10.2
≥11.5

2
公园数量
预期性
座
486
增加120

其中：口袋公园
预期性
座
212
增加80

3
公园绿地服务半径覆盖率
约束性
%
88.6
＞95

4
绿道长度
预期性
公里
1260
1650

森林湿地
5
森林覆盖率*
约束性
%
21.4
22.0

6
湿地保护率
约束性
%
55.2
≥56

7
城市生物多样性指数（鸟类）
预期性
/
0.58
0.62

8
新造林中乡土适生树种
应用比例
预期性
%
78
≥85

城园融合
9
公园24小时开放率
预期性
%
76.5
≥90

10
单位附属绿地开放共享数量
预期性
处
—
[150]

11
城市公园无界化改造率
预期性
%
42.0

12
“公园+”特色场景数量
预期性
个
64
200

苕川市公园城市建设“十五五”
主要指标
注：1.[ ]内为五年累计值；带*的指标按国家林草局最新统计口径测算。
2.第10项为“十五五”新增指标，2025年暂无基期值。
3.第11项目标值待《苕川市城市绿地系统规划（2026—2035年）》批复后另行明确。
";
    let ls = lines(src);
    let opts = Options {
        pointed: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, opts).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.title, "苕川市公园城市建设“十五五”主要指标");
    assert!(t.caption_below);
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "属性",
            "单位",
            "2025年基期值",
            "2030年目标值"
        ]
    );
    assert_eq!(
        rows(t),
        [
            "I|公园体系|公园体系|1|人均公园绿地面积|约束性|平方米|10.2|≥11.5",
            "I|公园体系||2|公园数量|预期性|座|486|增加120",
            "I|公园体系|||其中：口袋公园|预期性|座|212|增加80",
            "I|公园体系||3|公园绿地服务半径覆盖率|约束性|%|88.6|＞95",
            "I|公园体系||4|绿道长度|预期性|公里|1260|1650",
            "I|森林湿地|森林湿地|5|森林覆盖率*|约束性|%|21.4|22.0",
            "I|森林湿地||6|湿地保护率|约束性|%|55.2|≥56",
            "I|森林湿地||7|城市生物多样性指数（鸟类）|预期性|/|0.58|0.62",
            "I|森林湿地||8|新造林中乡土适生树种应用比例|预期性|%|78|≥85",
            "I|城园融合|城园融合|9|公园24小时开放率|预期性|%|76.5|≥90",
            "I|城园融合||10|单位附属绿地开放共享数量|预期性|处|—|[150]",
            "I|城园融合||11|城市公园无界化改造率|预期性|%|42.0|",
            "I|城园融合||12|“公园+”特色场景数量|预期性|个|64|200",
        ]
    );
    assert_eq!(t.notes.len(), 3);
}

#[test]
fn a_share_s_name_over_two_before_its_unit_ending_in_a_work_is_joined() {
    // Under 类别 before 序号: `其中：非居存量房屋` / `改建项目` / `万套（间）`: `改建项目` names a
    // project, no unit for its `项`, so the share's name is over two paragraphs.
    let t = check(&Case {
        name: "a_share_s_name_over_two_before_its_unit_ending_in_a_work_is_joined",
        caption: Some("淞澜区住房发展“十四五”主要指标完成情况"),
        src: blank_cells(&[
            "类别",
            "序号",
            "指标名称",
            "单位",
            "属性",
            "“十四五”",
            "规划目标",
            "2025年",
            "实际完成",
            "住房保障",
            "1",
            "新增筹措保障性租赁住房",
            "万套（间）",
            "预期性",
            "2.0",
            "2.36",
            "其中：非居存量房屋",
            "改建项目",
            "万套（间）",
            "预期性",
            "0.6",
            "0.83",
            "2",
            "公共租赁住房(原廉租房)",
            "在保家庭数",
            "户",
            "预期性",
            "4000",
            "4315",
            "住房市场",
            "3",
            "新建商品住房供应面积",
            "万平方米",
            "预期性",
            "120",
            "96.5",
            "4",
            "住房租赁合同网签备案率",
            "%",
            "预期性",
            "80以上",
            "86.3",
            "旧房改造",
            "5",
            "旧住房成套改造",
            "万平方米",
            "约束性",
            "10",
            "10.6",
            "6",
            "各类旧住房综合修缮",
            "万平方米",
            "预期性",
            "600",
            "642.3",
            "7",
            "既有多层住宅加装电梯",
            "台",
            "预期性",
            "600",
            "684",
            "物业管理",
            "8",
            "住宅小区物业服务",
            "满意度测评得分",
            "分",
            "预期性",
            "—",
            "82.6",
        ]),
        columns: &[
            "类别",
            "序号",
            "指标名称",
            "单位",
            "属性",
            "“十四五”规划目标",
            "2025年实际完成",
        ],
        rows: &[
            "I|住房保障|住房保障|1|新增筹措保障性租赁住房|万套（间）|预期性|2.0|2.36",
            "I|住房保障|||其中：非居存量房屋改建项目|万套（间）|预期性|0.6|0.83",
            "I|住房保障||2|公共租赁住房(原廉租房)在保家庭数|户|预期性|4000|4315",
            "I|住房市场|住房市场|3|新建商品住房供应面积|万平方米|预期性|120|96.5",
            "I|住房市场||4|住房租赁合同网签备案率|%|预期性|80以上|86.3",
            "I|旧房改造|旧房改造|5|旧住房成套改造|万平方米|约束性|10|10.6",
            "I|旧房改造||6|各类旧住房综合修缮|万平方米|预期性|600|642.3",
            "I|旧房改造||7|既有多层住宅加装电梯|台|预期性|600|684",
            "I|物业管理|物业管理|8|住宅小区物业服务满意度测评得分|分|预期性|—|82.6",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 9);
}

#[test]
fn a_share_before_its_attribute_and_a_goal_in_words_read_as_written() {
    // `其中：新时代城市建设者` / `管理者之家床位` / `预期性` (the attribute's column after the name's) is
    // one share's name; `6` … `预期性` `全面启动，稳步推进` leaves its 完成值 empty, the goal under 目标.
    let t = check(&Case {
        name: "a_share_before_its_attribute_and_a_goal_in_words_read_as_written",
        caption: Some("表1  淞澜区“十五五”住房发展主要指标"),
        src: blank_cells(&[
            "类别",
            "序号",
            "指标名称",
            "属性",
            "“十四五”",
            "完成值",
            "“十五五”",
            "目标",
            "住房保障",
            "1",
            "新增筹措保障性租赁住房",
            "预期性",
            "2.36万套（间）",
            "1.8万套（间）",
            "其中：新时代城市建设者",
            "管理者之家床位",
            "预期性",
            "2860张",
            "3500张",
            "2",
            "新增供应配售型保障性住房",
            "预期性",
            "/",
            "1200套",
            "住房市场",
            "3",
            "供给新建商品住宅面积",
            "预期性",
            "96.5万平方米",
            "90万平方米",
            "4",
            "住房租赁合同网签备案率",
            "预期性",
            "86.3%",
            "90%以上",
            "旧房改造",
            "5",
            "基本完成不成套职工住宅改造",
            "约束性",
            "10.6万平方米",
            "2027年底完成小梁薄板改造，",
            "2030年底基本完成不成套职工住宅改造",
            "6",
            "启动在册严重损坏房屋隐患处置",
            "预期性",
            "全面启动，稳步推进",
            "7",
            "旧住房综合修缮",
            "预期性",
            "642.3万平方米",
            "500万平方米",
            "品质提升",
            "8",
            "既有多层住宅加装电梯",
            "预期性",
            "684台",
            "800台",
            "9",
            "“好房子”建设示范项目",
            "预期性",
            "—",
            "6个",
        ]),
        columns: &["类别", "序号", "指标名称", "属性", "“十四五”完成值", "“十五五”目标"],
        rows: &[
            "I|住房保障|住房保障|1|新增筹措保障性租赁住房|预期性|2.36万套（间）|1.8万套（间）",
            "I|住房保障|||其中：新时代城市建设者管理者之家床位|预期性|2860张|3500张",
            "I|住房保障||2|新增供应配售型保障性住房|预期性|/|1200套",
            "I|住房市场|住房市场|3|供给新建商品住宅面积|预期性|96.5万平方米|90万平方米",
            "I|住房市场||4|住房租赁合同网签备案率|预期性|86.3%|90%以上",
            "I|旧房改造|旧房改造|5|基本完成不成套职工住宅改造|约束性|10.6万平方米|2027年底完成小梁薄板改造，2030年底基本完成不成套职工住宅改造",
            "I|旧房改造||6|启动在册严重损坏房屋隐患处置|预期性||全面启动，稳步推进",
            "I|旧房改造||7|旧住房综合修缮|预期性|642.3万平方米|500万平方米",
            "I|品质提升|品质提升|8|既有多层住宅加装电梯|预期性|684台|800台",
            "I|品质提升||9|“好房子”建设示范项目|预期性|—|6个",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 10);
}

#[test]
fn the_first_row_s_last_cell_with_clauses_and_a_figure_is_no_category() {
    // Row 1's 完成情况, `县、乡、村三级责任全覆盖，签订责任书2.6万份`, before row 2's number and before
    // any category is read: clauses with a figure, no category, so the row keeps it.
    let t = check(&Case {
        name: "the_first_row_s_last_cell_with_clauses_and_a_figure_is_no_category",
        caption: Some("表1  桦沟县“十四五”森林草原防灭火主要指标完成情况"),
        src: blank_cells(&[
            "类别",
            "序号",
            "指标名称",
            "属性",
            "“十四五”目标",
            "完成情况",
            "防控责任",
            "1",
            "县乡村三级防火责任制落实情况",
            "约束性",
            "全面落实",
            "县、乡、村三级责任全覆盖，签订责任书2.6万份",
            "2",
            "森林火灾受害率",
            "约束性",
            "≤0.9‰",
            "0.12‰",
            "3",
            "草原火灾受害率",
            "约束性",
            "≤3‰",
            "0.41‰",
            "监测预警",
            "4",
            "重点林区和草原防火期视频监控覆盖率",
            "预期性",
            "70%",
            "78.6%",
            "基础设施",
            "5",
            "新建森林草原防火检查站",
            "预期性",
            "座",
            "14座",
            "6",
            "新建（改造）生物防火林带",
            "和工程阻隔带",
            "预期性",
            "200公里",
            "236公里",
            "扑救能力",
            "7",
            "森林草原火灾24小时扑灭率",
            "约束性",
            "≥95%",
            "100%",
            "8",
            "专业（半专业）扑火队员",
            "预期性",
            "300人",
            "326人",
        ]),
        columns: &["类别", "序号", "指标名称", "属性", "“十四五”目标", "完成情况"],
        rows: &[
            "I|防控责任|防控责任|1|县乡村三级防火责任制落实情况|约束性|全面落实|县、乡、村三级责任全覆盖，签订责任书2.6万份",
            "I|防控责任||2|森林火灾受害率|约束性|≤0.9‰|0.12‰",
            "I|防控责任||3|草原火灾受害率|约束性|≤3‰|0.41‰",
            "I|监测预警|监测预警|4|重点林区和草原防火期视频监控覆盖率|预期性|70%|78.6%",
            "I|基础设施|基础设施|5|新建森林草原防火检查站|预期性|座|14座",
            "I|基础设施||6|新建（改造）生物防火林带和工程阻隔带|预期性|200公里|236公里",
            "I|扑救能力|扑救能力|7|森林草原火灾24小时扑灭率|约束性|≥95%|100%",
            "I|扑救能力||8|专业（半专业）扑火队员|预期性|300人|326人",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 8);
}

#[test]
fn a_last_row_block_two_short_under_a_merged_level_leaves_its_last_cell_empty() {
    // A 专栏's row blocks under 层级 (merged): the last block, `百姓健身房` / `结合商务楼宇…设置`,
    // is two short, its level the one above and its 服务半径 vanished (the note says so): a
    // row, not text after the table.
    let src = "层级
设施类型
配置要求
服务半径

区级
体育中心
用地面积不小于10公顷，包含体育场、体育馆、游泳馆“一场两馆”
全区

专项运动场馆
结合赛事和项目需求设置，单个场馆建筑面积不小于5000平方米
—

街镇级
社区市民健身中心
建筑面积不小于2000平方米，
宜设置游泳池（馆）和综合健身馆
1000—1500米

街镇体育公园
用地面积不小于1公顷，运动场地面积占比不低于20%
1000米

社区级
嵌入式社区市民健身中心
建筑面积500—1000平方米，结合社区综合服务设施、商业综合体等设置
500米

市民多功能运动场
每个居住社区至少设置1处，可结合公园绿地、学校设置
500米

益智健身苑点
每个居住小区至少设置1处
300米

百姓健身房
结合商务楼宇、产业园区等空间灵活设置

注：百姓健身房按需灵活设置，不作服务半径要求。
";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.columns, ["层级", "设施类型", "配置要求", "服务半径"]);
    assert_eq!(
        rows(t),
        [
            "I|区级|区级|体育中心|用地面积不小于10公顷，包含体育场、体育馆、游泳馆“一场两馆”|全区",
            "I|区级||专项运动场馆|结合赛事和项目需求设置，单个场馆建筑面积不小于5000平方米|—",
            "I|街镇级|街镇级|社区市民健身中心|建筑面积不小于2000平方米，宜设置游泳池（馆）和综合健身馆|1000—1500米",
            "I|街镇级||街镇体育公园|用地面积不小于1公顷，运动场地面积占比不低于20%|1000米",
            "I|社区级|社区级|嵌入式社区市民健身中心|建筑面积500—1000平方米，结合社区综合服务设施、商业综合体等设置|500米",
            "I|社区级||市民多功能运动场|每个居住社区至少设置1处，可结合公园绿地、学校设置|500米",
            "I|社区级||益智健身苑点|每个居住小区至少设置1处|300米",
            "I|社区级||百姓健身房|结合商务楼宇、产业园区等空间灵活设置|",
        ]
    );
    assert_eq!(t.notes, ["注：百姓健身房按需灵活设置，不作服务半径要求。"]);
}

#[test]
fn a_first_line_far_longer_than_the_one_category_before_a_measure_is_a_name() {
    // `3` `历史文化街区和风貌区` / `保护规划实施评估完成率` after the one category `保护传承`: a first
    // line twice as long as every category and longer by five, before a measure's name, is the
    // name's first line, the category left to the row above.
    let t = check(&Case {
        name: "a_first_line_far_longer_than_the_one_category_before_a_measure_is_a_name",
        caption: Some("沧浦区文化遗产保护利用“十五五”主要指标"),
        src: blank_cells(&[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "指标属性",
            "现状值(2025年）",
            "目标值",
            "（2030年）",
            "1",
            "保护传承",
            "不可移动文物“四有”工作完成率",
            "%",
            "约束性",
            "100",
            "100",
            "2",
            "文物保护单位和历史建筑保存状况良好率",
            "%",
            "约束性",
            "93.6",
            "≥95",
            "3",
            "历史文化街区和风貌区",
            "保护规划实施评估完成率",
            "%",
            "预期性",
            "—",
            "100",
            "4",
            "活化利用",
            "文物建筑开放率",
            "%",
            "预期性",
            "68.5",
            "80",
            "5",
            "文博场馆年接待观众量",
            "万人次",
            "预期性",
            "126",
            "160",
            "其中：未成年观众",
            "万人次",
            "预期性",
            "31",
            "45",
            "6",
            "遗产主题步道和研学线路",
            "条",
            "预期性",
            "8",
            "15",
            "7",
            "非遗传承",
            "区级以上非遗代表性项目",
            "项",
            "预期性",
            "43",
            "50",
            "8",
            "非遗工坊",
            "家",
            "预期性",
            "/",
            "10",
            "9",
            "数字管理",
            "可移动文物数字化登录率",
            "%",
            "约束性",
            "76.3",
            "100",
            "10",
            "文化遗产数字化保护指数",
            "预期性",
            "0.62",
            "0.80",
        ]),
        columns: &[
            "序号",
            "类别",
            "指标名称",
            "单位",
            "指标属性",
            "现状值(2025年）",
            "目标值（2030年）",
        ],
        rows: &[
            "I|保护传承|1|保护传承|不可移动文物“四有”工作完成率|%|约束性|100|100",
            "I|保护传承|2||文物保护单位和历史建筑保存状况良好率|%|约束性|93.6|≥95",
            "I|保护传承|3||历史文化街区和风貌区保护规划实施评估完成率|%|预期性|—|100",
            "I|活化利用|4|活化利用|文物建筑开放率|%|预期性|68.5|80",
            "I|活化利用|5||文博场馆年接待观众量|万人次|预期性|126|160",
            "I|活化利用|||其中：未成年观众|万人次|预期性|31|45",
            "I|活化利用|6||遗产主题步道和研学线路|条|预期性|8|15",
            "I|非遗传承|7|非遗传承|区级以上非遗代表性项目|项|预期性|43|50",
            "I|非遗传承|8||非遗工坊|家|预期性|/|10",
            "I|数字管理|9|数字管理|可移动文物数字化登录率|%|约束性|76.3|100",
            "I|数字管理|10||文化遗产数字化保护指数||预期性|0.62|0.80",
        ],
        notes: &[],
        left: 0,
    });
    assert_eq!(t.rows.len(), 11);
}

#[test]
fn no_place_under_a_column_of_places_after_the_name_leaves_the_place_empty() {
    // Row 4, `收购存量商品住房用作保障性租赁住房` `收购` `500` `2026—2030年`, one short: `收购`
    // stands where every row so far has its street or town, and is none, so the place is the
    // cell missing and `收购` the 筹措方式.
    let src = "序号
项目名称
所在街镇
筹措方式
房源规模（套、间）
计划供应时间

1
滨江路Rr4地块租赁住房项目
澜西街道
新建
1260
2027年

2
淞北工业园区员工宿舍
改建项目
淞北镇
非居改建
880
2026年

3
澜东路新时代城市建设者管理者之家
澜东街道
非居改建
650
2026年

4
收购存量商品住房用作保障性租赁住房
收购
500
2026—2030年

5
桃溪路地铁上盖租赁社区
桃溪镇
新建
2100
2028年
（一期）

6
澜湾人才公寓
澜湾街道
新建
420
2027年
";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表2  淞澜区“十五五”保障性租赁住房重点项目")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "项目名称",
            "所在街镇",
            "筹措方式",
            "房源规模（套、间）",
            "计划供应时间"
        ]
    );
    assert_eq!(
        rows(t),
        [
            "I||1|滨江路Rr4地块租赁住房项目|澜西街道|新建|1260|2027年",
            "I||2|淞北工业园区员工宿舍改建项目|淞北镇|非居改建|880|2026年",
            "I||3|澜东路新时代城市建设者管理者之家|澜东街道|非居改建|650|2026年",
            "I||4|收购存量商品住房用作保障性租赁住房||收购|500|2026—2030年",
            "I||5|桃溪路地铁上盖租赁社区|桃溪镇|新建|2100|2028年（一期）",
            "I||6|澜湾人才公寓|澜湾街道|新建|420|2027年",
        ]
    );
}

#[test]
fn an_evaluation_with_nothing_before_it_reads_as_no_completion_row() {
    // Evaluations one after another, no name or figure between (`完成` `完成`): no row, and no
    // panic on the empty name.
    for cells in [
        &[
            "指标名称",
            "2025年",
            "完成情况",
            "公园数量",
            "12",
            "完成",
            "完成",
            "超额完成",
            "基本完成",
        ][..],
        &[
            "指标名称",
            "2025年",
            "完成情况",
            "公园数量",
            "完成",
            "绿道长度",
            "超额完成",
        ][..],
    ] {
        let src = blank_cells(cells);
        let ls = lines(&src);
        if let Ok(r) = read("t1", Some((0, "表1 主要指标完成情况")), &ls) {
            assert!(r.parsed.table.rows.iter().all(|row| row.cells.len() <= 3));
        }
    }
}

#[test]
fn a_completion_table_s_last_row_with_a_remark_for_its_evaluation_before_the_notes_is_a_row() {
    // The last row's result is missing and its evaluation is a remark in words
    // (`统计口径调整`), which a note explains: a row, its result empty, not paragraphs.
    let src = "类别\n\n\
               指标名称\n\n\
               “十四五”\n\n\
               目标值\n\n\
               2025年\n\n\
               完成值\n\n\
               完成情况\n\n\
               质量发展\n\n\
               制造业产品质量合格率（%）\n\n\
               ≥94\n\n\
               95.1\n\n\
               完成\n\n\
               每万人口高价值发明专利\n\n\
               拥有量（件）\n\n\
               12\n\n\
               14.7\n\n\
               （2024年）\n\n\
               完成\n\n\
               主导或参与制修订标准数量\n\n\
               （项）\n\n\
               [80]\n\n\
               [112]\n\n\
               超额完成\n\n\
               市场环境\n\n\
               经营主体总量（万户）\n\n\
               35\n\n\
               38.2\n\n\
               完成\n\n\
               企业开办平均时间\n\n\
               （工作日）\n\n\
               1以内\n\n\
               0.8\n\n\
               完成\n\n\
               “双随机、一公开”抽查覆盖率（%）\n\n\
               100\n\n\
               100\n\n\
               完成\n\n\
               安全监管\n\n\
               食品安全评价性抽检合格率（%）\n\n\
               ≥98\n\n\
               98.6\n\n\
               完成\n\n\
               药品抽检合格率（%）\n\n\
               ≥99\n\n\
               99.3\n\n\
               完成\n\n\
               特种设备万台死亡人数\n\n\
               （人）\n\n\
               ≤0.2\n\n\
               0.11\n（五年平均）\n\n\
               完成\n\n\
               消费维权\n\n\
               消费者投诉按时办结率（%）\n\n\
               98\n\n\
               统计口径调整\n\n\
               注：1.方括号内数值为五年累计数。\n\n\
               2.第2项完成值为2024年数据。\n\n\
               3.消费者投诉按时办结率自2023年起调整为“诉转案”全流程办结率统计，2025年完成值与原目标值不可比，表中空缺。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1 梧川区市场监管“十四五”规划主要指标完成情况")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 10, "{:?}", rows(t));
    let last = t.rows.last().unwrap();
    assert_eq!(last.name, "消费维权");
    assert_eq!(
        last.cells,
        ["消费者投诉按时办结率（%）", "98", "", "统计口径调整"]
    );
    assert_eq!(t.notes.len(), 3);
}

#[test]
fn a_first_row_s_name_over_two_paragraphs_before_its_figures_is_one_cell() {
    // Row 1 writes its name over two paragraphs (`每千名户籍老年人拥有` / `养老床位数`), one
    // piece more than the columns; the rows after it fit the columns: the name is one cell.
    let src = "序号\n\n\
               类别\n\n\
               指标项\n\n\
               “十四五”\n\n\
               规划目标\n\n\
               完成情况\n\n\
               类型\n\n\
               1\n\n\
               床位类\n\n\
               每千名户籍老年人拥有\n\n\
               养老床位数\n\n\
               38张\n\n\
               40.6张\n\n\
               约束性\n\n\
               2\n\n\
               护理型床位占养老机构床位比例\n\n\
               60%\n\n\
               66.3%\n\n\
               约束性\n\n\
               3\n\n\
               认知障碍照护床位\n\n\
               600张\n\n\
               728张\n\n\
               预期性\n\n\
               4\n\n\
               设施类\n\n\
               长者照护之家\n\n\
               街镇全覆盖\n\n\
               24家，街镇全覆盖\n\n\
               预期性\n\n\
               5\n\n\
               社区综合为老服务中心\n\n\
               10个\n\n\
               10个\n\n\
               约束性\n\n\
               6\n\n\
               医养类\n\n\
               养老机构内设医疗机构、签约服务比例\n\n\
               30%、100%\n\n\
               34.5%、100%\n\n\
               约束性\n\n\
               7\n\n\
               质量类\n\n\
               养老机构服务质量监测达标率\n\n\
               /\n\n\
               96.5%\n\n\
               预期性\n\n\
               8\n\n\
               二级以上等级养老机构占比\n\n\
               30%\n\n\
               35.2%\n\n\
               预期性\n\n\
               9\n\n\
               改革类\n\n\
               公建民营养老机构占公办养老机构比例\n\n\
               70%\n\n\
               63.6%\n\n\
               预期性\n\n\
               注：1.第7项为“十四五”规划中期评估时新增的监测指标，未设定规划目标值，以“/”表示。\n\n\
               2.第9项未达到规划目标，主要原因是部分镇级敬老院因改造提升暂停运营，相应的公建民营改革顺延至“十五五”时期实施。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1槐泾区养老服务机构“十四五”规划主要指标完成情况表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "1").cells,
        [
            "床位类",
            "每千名户籍老年人拥有养老床位数",
            "38张",
            "40.6张",
            "约束性"
        ]
    );
    assert!(t.rows.iter().all(|r| r.cells.len() + 1 == t.columns.len()));
}

#[test]
fn a_cell_s_line_opening_with_and_goes_on_from_the_line_before_in_a_row_block() {
    // Row 2's works go on over a line that opens with `和`; row 4's bodies over a line after
    // `、`: each a cell over two lines, not the works' second line glued to the bodies.
    let src = "序号\n\
               项目名称\n\
               建设内容\n\
               责任单位\n\
               实施年限\n\
               \n\
               1\n\
               漪浦区数字档案馆（二期）建设\n\
               完成数字档案馆系统国产化适配和存储扩容，建成集收集、管理、保存、利用于一体的数字档案馆（二期）\n\
               区档案馆\n\
               2026—2027年\n\
               \n\
               2\n\
               机关数字档案室全覆盖项目\n\
               推动全区党政机关建成数字档案室，实现电子文件在线归档\n\
               和电子档案在线移交进馆\n\
               区档案局\n\
               2026—2030年\n\
               \n\
               3\n\
               馆藏重点档案数字化项目\n\
               对馆藏民国档案、婚姻登记档案、知青档案等开展数字化扫描、目录著录和质量检查\n\
               区档案馆\n\
               \n\
               4\n\
               “档案+区块链”电子档案存证试点\n\
               在不动产登记、社会保险、医疗健康等领域开展电子档案区块链存证和可信利用试点\n\
               区档案局、区数据局、\n\
               区卫生健康委\n\
               2026—2028年\n\
               \n\
               5\n\
               档案数据共享利用平台\n\
               依托区大数据资源平台建设档案数据共享模块，实现民生档案“跨馆出证”“一网通查”\n\
               区档案馆、区数据局\n\
               2027—2029年\n\
               \n\
               注：第3项实施年限根据馆藏档案整理进度另行确定。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "专栏2  数字档案建设重点项目")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "2").cells,
        [
            "机关数字档案室全覆盖项目",
            "推动全区党政机关建成数字档案室，实现电子文件在线归档和电子档案在线移交进馆",
            "区档案局",
            "2026—2030年"
        ]
    );
    assert_eq!(
        row_named(t, "4").cells[2],
        "区档案局、区数据局、区卫生健康委"
    );
}

#[test]
fn one_category_written_over_two_groups_sets_no_pattern_of_category_endings() {
    // 项目类型 is merged over rows and written `新建` under two groups: one category twice,
    // not categories that all end in `建`; `提升改造`, `物资储备`, `智慧管理` are the next
    // rows' own categories, not the first lines of their names.
    let src = "序号\n\n\
               项目类型\n\n\
               项目名称\n\n\
               建设内容\n\n\
               实施年限\n\n\
               一\n\n\
               中心避难场所\n\n\
               1\n\n\
               新建\n\n\
               沄州奥体中心中心避难场所\n\n\
               依托奥体中心场馆及周边绿地建设，有效避难面积约18万平方米，配置应急指挥、医疗救护、直升机停机坪等设施\n\n\
               2026—2027年\n\n\
               2\n\n\
               北塘湿地公园中心避难场所\n\n\
               结合湿地公园二期建设，有效避难面积约15万平方米\n\n\
               2027—2028年\n\n\
               3\n\n\
               沄南新区中央公园中心避难场所\n\n\
               与中央公园同步规划建设，有效避难面积约12万平方米\n\n\
               2028—2029年\n\n\
               二\n\n\
               固定避难场所\n\n\
               4\n\n\
               新建\n\n\
               临江区滨江绿地固定避难场所\n\n\
               建设长期固定避难场所1处，有效避难面积约4.5万平方米\n\n\
               2027年\n\n\
               5\n\n\
               提升改造\n\n\
               中心城区公园固定避难场所提升改造\n\n\
               对人民公园、东湖公园等23处固定避难场所增设应急供电、应急通信设施，\n改造无障碍设施和母婴室\n\n\
               2026—2028年\n\n\
               6\n\n\
               学校体育场馆避难功能提升\n\n\
               对74所中小学体育场馆实施抗震加固和避难功能改造\n\n\
               持续推进\n\n\
               三\n\n\
               配套设施和智慧管理\n\n\
               7\n\n\
               物资储备\n\n\
               避难场所应急物资储备点建设\n\n\
               在固定避难场所设置物资储备点不少于150个\n\n\
               2026—2030年\n\n\
               8\n\n\
               智慧管理\n\n\
               沄州市应急避难场所智慧管理平台\n\n\
               建设场所信息、人流监测、物资管理和导航服务等功能模块\n\n\
               2027年\n\n\
               9\n\n\
               避难场所标识导引系统智慧化更新\n\n\
               按照国家标准更新避难场所标识、导引牌和场所平面图，设置二维码接入智慧管理平台\n\n\
               注：第9项实施年限结合各区城市道路标识更新计划另行确定。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "沄州市“十五五”应急避难场所重点建设项目清单")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(row_named(t, "5").cells[0], "提升改造", "{:?}", rows(t));
    assert_eq!(
        row_named(t, "5").cells[1],
        "中心城区公园固定避难场所提升改造"
    );
    assert_eq!(
        row_named(t, "7").cells[..2],
        ["物资储备", "避难场所应急物资储备点建设"]
    );
    assert_eq!(
        row_named(t, "8").cells[..2],
        ["智慧管理", "沄州市应急避难场所智慧管理平台"]
    );
}

#[test]
fn a_time_under_a_last_column_named_for_a_period_is_the_row_s_own() {
    // 项目类别 before 序号, merged; row 3's name is over two paragraphs (`汀湾家政服务业` /
    // `集聚区`), so its last piece `2026—2029年` stands where the next row's category would:
    // a time under 实施周期, the row's own.
    let src = "项目类别\n\n\
               序号\n\n\
               项目名称\n\n\
               主要内容\n\n\
               实施周期\n\n\
               平台建设\n\n\
               1\n\n\
               “汀浦家政”服务平台2.0版\n\n\
               升级线上预约、电子合同、服务评价、信用查询等功能，接入“一网通办”和社区治理平台\n\n\
               2026—2027年\n\n\
               2\n\n\
               家政服务数据监测中心\n\n\
               归集企业、从业人员、订单和投诉数据，开展行业运行监测分析\n\n\
               2027—2028年\n\n\
               载体建设\n\n\
               3\n\n\
               汀湾家政服务业\n\n\
               集聚区\n\n\
               集聚家政企业总部、培训机构和关联业态，提供办公、实训、孵化等一站式服务\n\n\
               2026—2029年\n\n\
               4\n\n\
               社区家政服务站点提升\n\n\
               新建和改造提升社区家政服务站点32个，\n配置服务接单、技能展示和休憩功能\n\n\
               2026—2030年\n\n\
               人才培育\n\n\
               5\n\n\
               区级家政公共实训基地\n\n\
               建设集母婴护理、养老照护、家居保洁等于一体的公共实训基地1个，年实训能力5000人次\n\n\
               2026—2028年\n\n\
               6\n\n\
               家政服务员“安居”工程\n\n\
               筹集保障性租赁住房床位300张，定向供应员工制家政企业一线服务人员\n\n\
               2027—2030年\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "汀浦区家政服务业“十五五”重点项目表")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "载体建设").cells,
        [
            "3",
            "汀湾家政服务业集聚区",
            "集聚家政企业总部、培训机构和关联业态，提供办公、实训、孵化等一站式服务",
            "2026—2029年"
        ],
        "{:?}",
        rows(t)
    );
    assert_eq!(
        t.rows[3].group.as_deref(),
        Some("载体建设"),
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_value_with_its_year_in_brackets_is_no_name_with_its_unit() {
    // Row 4 leaves its category to the rows above and writes its baseline with the year after
    // it (`85%` / `（2024年）`): the row is short of its category, not of a baseline whose name
    // would carry its unit in brackets.
    let src = "序号\n\n\
               类别\n\n\
               指标项\n\n\
               现状值\n\n\
               “十五五”\n\n\
               规划目标\n\n\
               类型\n\n\
               1\n\n\
               设施类\n\n\
               主要道路交通感知设备覆盖率\n\n\
               78%\n\n\
               95%\n\n\
               预期性\n\n\
               2\n\n\
               信号控制路口联网率\n\n\
               93.5%\n\n\
               100%\n\n\
               约束性\n\n\
               3\n\n\
               智能网联汽车开放测试道路里程\n\n\
               42.6公里\n\n\
               不低于150公里\n\n\
               预期性\n\n\
               4\n\n\
               重点交通场站5G网络覆盖率\n\n\
               85%\n\n\
               （2024年）\n\n\
               100%\n\n\
               预期性\n\n\
               5\n\n\
               服务类\n\n\
               公交线路实时到站信息\n\n\
               覆盖率\n\n\
               100%\n\n\
               100%\n\n\
               约束性\n\n\
               6\n\n\
               公共停车场（库）智慧化改造率\n\n\
               64%\n\n\
               90%\n\n\
               预期性\n\n\
               7\n\n\
               出行即服务（MaaS）平台注册用户数\n\n\
               /\n\n\
               50万人\n\n\
               预期性\n\n\
               8\n\n\
               重点枢纽出行信息“一屏通览”覆盖率\n\n\
               /\n\n\
               100%\n\n\
               约束性\n\n\
               9\n\n\
               治理类\n\n\
               交通事件自动检测平均发现时间\n\n\
               6分钟\n\n\
               3分钟以内\n\n\
               预期性\n\n\
               10\n\n\
               主要干道高峰时段平均车速\n\n\
               24.5km/h\n\n\
               不低于26km/h\n\n\
               预期性\n\n\
               11\n\n\
               创新类\n\n\
               交通公共数据开放数据集\n\n\
               48个\n\n\
               120个\n\n\
               预期性\n\n\
               12\n\n\
               累计打造智慧交通示范应用场景（含低空）\n\n\
               /\n\n\
               30个\n\n\
               预期性\n\n\
               注：1.“/”表示该指标为“十五五”新增指标，“十四五”期间未开展统计。\n\n\
               2.第4项现状值为2024年数据。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表2珑浦区智慧交通“十五五”规划主要指标表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "4").cells,
        [
            "",
            "重点交通场站5G网络覆盖率",
            "85%（2024年）",
            "100%",
            "预期性"
        ],
        "{:?}",
        rows(t)
    );
    assert_eq!(row_named(t, "4").group.as_deref(), Some("设施类"));
}

#[test]
fn a_note_places_a_row_s_gap_under_a_column_of_times() {
    // Row 8's 建设年限 vanished and a note says it is yet to be set (`第8项建设年限待…另行确定`):
    // the gap moves under 建设年限, `流量由…提升至9.5立方米/秒` back under 建设规模.
    let src = "序号\n\n\
               项目名称\n\n\
               主要建设内容\n\n\
               建设规模\n\n\
               建设年限\n\n\
               责任单位\n\n\
               一\n\n\
               高标准农田建设\n\n\
               1\n\n\
               泖北镇粮食生产功能区高标准农田改造提升项目\n\n\
               土地平整、土壤改良，更新灌排渠系、泵站和田间道路\n\n\
               1.8万亩\n\n\
               2026—2028年\n\n\
               泖北镇人民政府\n\n\
               2\n\n\
               枫荡镇高标准农田新建项目\n\n\
               新建灌排渠系、低压管道和机耕路，配套农田林网\n\n\
               2.2万亩\n\n\
               2026—2029年\n\n\
               枫荡镇人民政府\n\n\
               3\n\n\
               全区设施菜田灌排改造项目\n\n\
               改造设施菜田灌排系统，配套水肥一体化设施和蓄水池\n\n\
               0.9万亩\n\n\
               2027—2030年\n\n\
               区农业农村委、\n\n\
               相关镇人民政府\n\n\
               二\n\n\
               灌区续建配套与现代化改造\n\n\
               4\n\n\
               泖北中型灌区现代化改造项目\n\n\
               衬砌改造干支渠道，更新骨干灌溉泵站和节制闸\n\n\
               渠道28.5公里、泵站24座\n\n\
               2026—2028年\n\n\
               区水务局\n\n\
               5\n\n\
               泖南中型灌区现代化改造项目\n\n\
               拓宽疏浚干渠，改造支渠及配套建筑物，更新灌溉泵站\n\n\
               渠道21.3公里、泵站18座\n\n\
               2027—2029年\n\n\
               区水务局\n\n\
               6\n\n\
               泖北灌区数字孪生建设项目\n\n\
               建设感知、控制和平台体系，实现智能配水调度\n\n\
               监测站点86处\n\n\
               2026—2027年\n\n\
               区水务局\n\n\
               三\n\n\
               排涝减灾\n\n\
               7\n\n\
               北泖圩三号排涝泵站更新改造项目\n\n\
               拆除重建排涝泵站，配套进出水池和管理用房\n\n\
               流量12立方米/秒\n\n\
               2026—2027年\n\n\
               泖北镇人民政府\n\n\
               8\n\n\
               沈港圩排涝泵站扩容改造项目\n\n\
               扩建泵房，更换水泵机组和电气设备\n\n\
               流量由6立方米/秒提升至9.5立方米/秒\n\n\
               区水务局\n\n\
               9\n\n\
               农村河道疏浚整治项目\n\n\
               疏浚整治圩区内部河道和田间排水沟\n\n\
               320公里\n\n\
               2026—2030年\n\n\
               区水务局、各镇人民政府\n\n\
               四\n\n\
               节水与管护\n\n\
               10\n\n\
               高效节水灌溉推广项目\n\n\
               推广管道输水、喷微灌和水肥一体化灌溉\n\n\
               2.5万亩\n\n\
               2026—2030年\n\n\
               区农业农村委\n\n\
               11\n\n\
               小型农田水利工程标准化管护项目\n\n\
               开展工程标准化管护和专业化维修养护\n\n\
               覆盖全区9个镇\n\n\
               2026—2030年\n\n\
               区水务局\n\n\
               注：第8项建设年限待沈港圩区除涝规划修编完成后另行确定;各项目建设规模以项目批复为准。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "泖阳区农田水利建设“十五五”重点项目表")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "8").cells,
        [
            "沈港圩排涝泵站扩容改造项目",
            "扩建泵房，更换水泵机组和电气设备",
            "流量由6立方米/秒提升至9.5立方米/秒",
            "",
            "区水务局"
        ],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_caption_below_with_its_date_in_brackets_is_no_cell() {
    // `沅汀市殡葬服务设施现状分布（截至2025年底）` below the cells, before the notes: the
    // caption, with the date the figures stand at, not a cell of the total row.
    let src = "区（县）\n\n\
               殡仪馆（座）\n\n\
               火化炉（台）\n\n\
               城市公益性公墓（处）\n\n\
               农村公益性公墓\n\n\
               （骨灰堂）（处）\n\n\
               殡仪服务站\n\n\
               （点）（个）\n\n\
               汀州区\n\n\
               1\n\n\
               8\n\n\
               1\n\n\
               22\n\n\
               沅北区\n\n\
               1\n\n\
               4\n\n\
               1\n\n\
               27\n\n\
               12\n\n\
               临江区\n\n\
               1\n\n\
               3\n\n\
               1\n\n\
               31\n\n\
               9\n\n\
               溪口区\n\n\
               1\n\n\
               3\n\n\
               1\n\n\
               24\n\n\
               8\n\n\
               白沙县\n\n\
               1\n\n\
               4\n\n\
               1\n\n\
               35\n\n\
               7\n\n\
               梅岭县\n\n\
               —\n\n\
               —\n\n\
               1\n\n\
               29\n\n\
               6\n\n\
               合计\n\n\
               5\n\n\
               22\n\n\
               6\n\n\
               146\n\n\
               64\n\n\
               沅汀市殡葬服务设施现状分布（截至2025年底）\n\n\
               注：1.汀州区为中心城区，未规划建设农村公益性公墓（骨灰堂），表中该栏空缺。\n";
    let ls = lines(src);
    // (Under `…各区（县）殡葬服务设施分布如下：`, a line pointing to the table.)
    let pointed = Options {
        pointed: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, pointed).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.title, "沅汀市殡葬服务设施现状分布（截至2025年底）");
    assert!(t.caption_below);
    assert_eq!(
        t.rows.last().unwrap().cells,
        ["5", "22", "6", "146", "64"],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_list_of_places_is_no_half_of_a_cell_of_words() {
    // Row 3's name is over two lines (`临江区、溪口区殡仪馆` / `提标改造工程`), one line more than
    // the columns: the name is joined, not the places under 建设地点 to the works after them.
    let src = "序号\n项目名称\n建设地点\n主要建设内容\n建设期限\n\n\
               1\n梅岭县殡仪馆新建工程\n梅岭县\n新建殡仪馆1座，配置火化炉4台、告别厅5个，同步建设尾气处理设施和停车场\n2026—2028年\n\n\
               2\n沅汀市殡仪馆二期扩建工程\n汀州区\n扩建告别厅6个、守灵间12间，\n新增火化炉2台，建设遗体冷藏室\n2027—2029年\n\n\
               3\n临江区、溪口区殡仪馆\n提标改造工程\n临江区、溪口区\n更新火化设备5台，改造尾气处理设施，提升告别服务区环境\n2026—2027年\n\n\
               4\n农村公益性骨灰堂建设工程\n各区（县）\n新建、改扩建农村公益性骨灰堂60处\n2026—2030年\n\n\
               5\n城乡殡仪服务站（点）建设工程\n各区（县）\n新建殡仪服务站（点）56个，配置遗体冷藏、治丧接待等设施\n2026—2030年\n\n\
               6\n沅汀市生态安葬示范园\n沅北区\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "专栏1 殡葬服务设施补短板重点项目")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "3").cells,
        [
            "临江区、溪口区殡仪馆提标改造工程",
            "临江区、溪口区",
            "更新火化设备5台，改造尾气处理设施，提升告别服务区环境",
            "2026—2027年"
        ]
    );
}

#[test]
fn a_caption_below_the_cells_before_a_sentence_about_the_table_is_the_caption() {
    // Row blocks under `…实施安排如下。`, then the caption, then a sentence of the text about a
    // row (`其中，…确定。`): the caption is the table's; the sentence stays text after it.
    let src = "序号\n\
               更新单元名称\n\
               所在街镇\n\
               更新方式\n\
               实施期限\n\
               \n\
               1\n\
               槐荫里风貌街区更新单元\n\
               槐荫路街道\n\
               保护性更新\n\
               2026—2028年\n\
               \n\
               2\n\
               北仓滨江工业遗存更新单元\n\
               北仓街道\n\
               功能转换\n\
               2026—2029年\n\
               \n\
               3\n\
               汀湾老街更新单元\n\
               汀湾街道、\n\
               东塘街道\n\
               街区整体更新\n\
               2027—2030年\n\
               \n\
               4\n\
               南站TOD综合开发更新单元\n\
               南站街道\n\
               站城融合开发\n\
               2026—2030年\n\
               \n\
               5\n\
               龙渠镇低效工业用地转型更新单元\n\
               龙渠镇\n\
               产业用地转型\n\
               \n\
               6\n\
               云塘老旧住区更新单元\n\
               云塘镇\n\
               旧住房成套改造\n\
               2028—2030年\n\
               \n\
               汀湾区“十五五”首批城市更新单元实施安排\n\
               \n\
               其中，龙渠镇低效工业用地转型更新单元实施期限待区域控制性详细规划调整完成后确定。\n\
               \n";
    let ls = lines(src);
    let pointed = Options {
        pointed: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, pointed).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.title, "汀湾区“十五五”首批城市更新单元实施安排");
    assert!(t.caption_below);
    assert_eq!(t.rows.len(), 6);
    let sentence = ls
        .iter()
        .position(|l| l.text.starts_with("其中，"))
        .unwrap();
    assert!(
        r.consumed <= sentence,
        "the sentence after the caption is left to the text"
    );
}

#[test]
fn a_bound_opening_a_line_after_a_sentence_stopped_at_its_measure_goes_on_from_it() {
    // Row 2's works go on over a line opening with `不超过` after a line of sentences stopped
    // where the bound's measure stands (`…平均反应时间`): one cell, not a value of its own.
    let src = "序号\n\
               项目名称\n\
               建设内容\n\
               建设周期\n\
               责任单位\n\
               \n\
               1\n\
               区疾病预防控制中心新址建设\n\
               新建业务用房2.8万平方米，建成生物安全二级实验室和区域检验检测中心\n\
               2026—2028年\n\
               区卫生健康委\n\
               \n\
               2\n\
               区急救中心分站网络完善\n\
               新建急救分站4个，配置负压救护车12辆，实现城区急救平均反应时间\n\
               不超过12分钟\n\
               2026—2030年\n\
               区卫生健康委、区应急局\n\
               \n\
               3\n\
               区精神卫生中心改扩建\n\
               新增床位200张，建设儿童青少年心理门诊和精神康复中心\n\
               区卫生健康委\n\
               \n\
               4\n\
               公共卫生应急物资储备库\n\
               新建区级应急医疗物资储备库1座，储备能力满足30天满负荷运转需要\n\
               2027—2029年\n\
               区发展改革委、\n\
               区卫生健康委\n\
               \n\
               注：第3项建设周期待项目可行性研究批复后确定。\n";
    let ls = lines(src);
    // (Under the 专栏's title, `专栏二：公共卫生能力提升工程`.)
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "2").cells,
        [
            "区急救中心分站网络完善",
            "新建急救分站4个，配置负压救护车12辆，实现城区急救平均反应时间不超过12分钟",
            "2026—2030年",
            "区卫生健康委、区应急局"
        ],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_merged_category_over_two_paragraphs_before_the_number_is_one_cell() {
    // 类别 before 序号, merged; `污染物` / `减排` after row 4's last figure `[19.6]` is the next
    // group's category over two paragraphs, not a figure glued to words and a row of its own.
    let src = "类别\n\n\
               序号\n\n\
               指标名称\n\n\
               单位\n\n\
               “十四五”\n\n\
               目标\n\n\
               完成情况\n\n\
               能源利用\n\n\
               1\n\n\
               单位地区生产总值能耗降低\n\n\
               %\n\n\
               [14]\n\n\
               [15.3]\n\n\
               2\n\n\
               能源消费总量\n\n\
               万吨标准煤\n\n\
               420以内\n\n\
               407.6\n\n\
               3\n\n\
               非化石能源占能源\n\n\
               消费总量比重\n\n\
               %\n\n\
               11\n\n\
               13.1\n\n\
               碳排放\n\n\
               4\n\n\
               单位地区生产总值二氧化碳排放降低\n\n\
               %\n\n\
               [18]\n\n\
               [19.6]\n\n\
               污染物\n\n\
               减排\n\n\
               5\n\n\
               化学需氧量重点工程减排量\n\n\
               吨\n\n\
               1200\n\n\
               1346\n\n\
               6\n\n\
               氨氮重点工程减排量\n\n\
               吨\n\n\
               60\n\n\
               67.5\n\n\
               7\n\n\
               氮氧化物重点工程减排量\n\n\
               吨\n\n\
               450\n\n\
               512\n\n\
               8\n\n\
               挥发性有机物重点工程减排量\n\n\
               吨\n\n\
               300\n\n\
               —\n\n\
               表1  芗湾区“十四五”节能减排主要目标完成情况\n\n\
               注：[ ]内为五年累计数。第8项完成情况以市级核定数据为准，核定后另行公布。\n";
    let ls = lines(src);
    let pointed = Options {
        pointed: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, pointed).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.rows.len(), 8, "{:?}", rows(t));
    assert_eq!(row_named(t, "污染物减排").cells[0], "5", "{:?}", rows(t));
    assert_eq!(t.rows[3].cells.last().map(String::as_str), Some("[19.6]"));
    assert_eq!(t.rows[7].group.as_deref(), Some("污染物减排"));
}

#[test]
fn a_bound_alone_before_its_figure_is_one_cell_with_it() {
    // Row 11 writes its target over two paragraphs, `不少于` / `300个`, under a category merged
    // over its rows: one cell, and the row short of its category, not of its name.
    let src = "序号\n\n\
               类别\n\n\
               指标名称\n\n\
               2025年现状值\n\n\
               2030年目标值\n\n\
               指标属性\n\n\
               1\n\n\
               组织体系\n\n\
               基层供销合作社数量\n\n\
               32个\n\n\
               35个\n\n\
               预期性\n\n\
               2\n\n\
               规范化基层社占比\n\n\
               62%\n\n\
               ≥80%\n\n\
               预期性\n\n\
               3\n\n\
               领办创办农民专业合作社\n\n\
               46家\n\n\
               60家\n\n\
               预期性\n\n\
               4\n\n\
               为农服务\n\n\
               综合为农服务中心\n\n\
               14个\n\n\
               18个\n\n\
               预期性\n\n\
               5\n\n\
               农业社会化服务面积[2]\n\n\
               18.5万亩次\n\n\
               25万亩次\n\n\
               预期性\n\n\
               6\n\n\
               主要农资配送覆盖率\n\n\
               98.6%\n\n\
               保持在98%以上\n\n\
               约束性\n\n\
               7\n\n\
               流通网络\n\n\
               社有企业营业收入\n\n\
               91.6亿元\n\n\
               120亿元\n\n\
               预期性\n\n\
               8\n\n\
               农产品销售额\n\n\
               33.8亿元\n\n\
               45亿元\n\n\
               预期性\n\n\
               其中：农产品电商销售额\n\n\
               8.2亿元\n\n\
               15亿元\n\n\
               预期性\n\n\
               9\n\n\
               冷库库容\n\n\
               4.2万吨\n\n\
               6万吨\n\n\
               预期性\n\n\
               10\n\n\
               循环利用\n\n\
               废旧农膜回收率、农药包装废弃物回收处置率\n\n\
               95.2%、96.5%\n\n\
               98%、100%\n\n\
               约束性\n\n\
               11\n\n\
               社区可回收物“两网融合”服务点\n\n\
               /\n\n\
               不少于\n\n\
               300个\n\n\
               预期性\n\n\
               ";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表2汀澜区供销合作事业发展“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "11").cells,
        [
            "",
            "社区可回收物“两网融合”服务点",
            "/",
            "不少于300个",
            "预期性"
        ],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_first_line_far_longer_than_the_categories_before_a_measure_with_its_unit_is_a_name() {
    // Under 类别 after 序号, `年均新增地下空间` / `建筑面积（万平方米）` in the first group and
    // `地下空间安全隐患` / `整治完成率（%）` later are names over two paragraphs, each row short of
    // its category: the second line's words, without the unit in brackets, are shorter than
    // every name, the first line longer by three than every category.
    let src = "序号\n\n\
               类别\n\n\
               指标名称\n\n\
               2025年\n\n\
               2030年\n\n\
               指标性质\n\n\
               1\n\n\
               规模结构\n\n\
               地下空间开发总规模\n\n\
               （万平方米）\n\n\
               1460\n\n\
               ≥1800\n\n\
               预期性\n\n\
               其中：轨道交通站点周边\n\n\
               地下空间规模（万平方米）\n\n\
               385\n\n\
               ≥520\n\n\
               预期性\n\n\
               2\n\n\
               年均新增地下空间\n\n\
               建筑面积（万平方米）\n\n\
               62.5\n\n\
               （2021年-2025年）\n\n\
               70左右\n\n\
               预期性\n\n\
               3\n\n\
               地下空间公共服务功能占比（%）\n\n\
               18.6\n\n\
               25\n\n\
               预期性\n\n\
               4\n\n\
               交通设施\n\n\
               轨道交通站点周边地下空间\n\n\
               连通率（%）\n\n\
               46.3\n\n\
               60以上\n\n\
               预期性\n\n\
               5\n\n\
               地下公共停车泊位\n\n\
               （万个）\n\n\
               3.2\n（2025年末累计）\n\n\
               新增1.5（2026年-2030年）\n\n\
               预期性\n\n\
               6\n\n\
               市政安全\n\n\
               地下综合管廊长度\n\n\
               （公里）\n\n\
               10.0\n\n\
               25\n\n\
               约束性\n\n\
               7\n\n\
               人均人防工程面积\n\n\
               （平方米）\n\n\
               —\n\n\
               符合国家和本市标准\n\n\
               约束性\n\n\
               8\n\n\
               地下空间安全隐患\n\n\
               整治完成率（%）\n\n\
               —\n\n\
               100\n\n\
               约束性\n\n\
               9\n\n\
               智慧管理\n\n\
               地下空间信息平台数据覆盖率（%）\n\n\
               72.6\n\n\
               力争达到100\n\n\
               预期性\n\n\
               注： 1、人均人防工程面积现状值按有关规定不予公开，表中以“—”表示。\n\n\
               2.地下空间安全隐患整治完成率为新设指标，暂无现状值。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1 琮浦区地下空间开发利用“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        row_named(t, "2").cells[..2],
        ["", "年均新增地下空间建筑面积（万平方米）"],
        "{:?}",
        rows(t)
    );
    assert_eq!(row_named(t, "2").group.as_deref(), Some("规模结构"));
    assert_eq!(
        row_named(t, "8").cells[..2],
        ["", "地下空间安全隐患整治完成率（%）"]
    );
    assert_eq!(row_named(t, "8").group.as_deref(), Some("市政安全"));
}

#[test]
fn a_category_over_two_paragraphs_after_a_row_ending_in_its_bodies_is_one_cell() {
    // 重点任务 before 序号, merged; after row 4's lead body `区农业农村委`, `培育文旅商体展融合` /
    // `消费新场景` is the next group's task over two paragraphs, one cell.
    let src = "重点任务\n\n\
               序号\n\n\
               举措\n\n\
               主要内容\n\n\
               牵头单位\n\n\
               优化旅游空间布局\n\n\
               1\n\n\
               建设霞江滨水文化旅游带\n\n\
               贯通霞江沿线滨水步道，完善游客驿站、亲水平台和游船码头等配套设施。\n\n\
               区建设管理委\n\n\
               2\n\n\
               创建国家级旅游度假区\n\n\
               提升涟湖旅游度假区设施和服务品质，2028年前完成国家级旅游度假区创建申报。\n\n\
               涟湖旅游度假区管委会\n\n\
               丰富优质旅游产品供给\n\n\
               3\n\n\
               推进渚塘古镇保护更新\n\n\
               实施老街风貌修缮和河道综合整治，植入非遗展示、精品民宿等业态。\n\n\
               渚塘镇政府\n\n\
               4\n\n\
               发展乡村旅游和民宿经济\n\n\
               培育3个市级乡村民宿集聚区，打响“霞溪乡居”民宿品牌。\n\n\
               区农业农村委\n\n\
               培育文旅商体展融合\n\n\
               消费新场景\n\n\
               5\n\n\
               打造夜间文旅消费集聚区\n\n\
               打造2个以上市级夜间经济集聚区，推动重点景区和文化场馆延时开放。\n\n\
               区商务委\n\n\
               6\n\n\
               推动“旅游+”融合发展\n\n\
               引进和培育品牌赛事、行业展会和节庆活动，推动赛事、会展客流向旅游消费转化。\n\n\
               区文化旅游局、\n\n\
               区体育局\n\n\
               完善旅游公共服务体系\n\n\
               7\n\n\
               健全旅游集散体系\n\n\
               优化区旅游集散中心功能，加密旅游观光巴士线路，完善景区接驳公交。\n\n\
               区交通委\n\n\
               8\n\n\
               推进旅游厕所提档升级\n\n\
               持续推进旅游厕所新建改建，旅游厕所达标率保持100%。\n\n\
               区绿化市容局\n\n\
               推进智慧旅游和绿色旅游发展\n\n\
               9\n\n\
               升级“智游霞溪”平台\n\n\
               推进景区预约、票务、停车、导览等数据互联互通，提升监测预警能力。\n\n\
               区数据局\n\n\
               10\n\n\
               推广绿色低碳旅游\n\n\
               推动景区、酒店、民宿节能降碳改造，创建一批绿色旅游示范单位。\n\n\
               区生态环境局\n\n\
               加强旅游市场治理和安全监管\n\n\
               11\n\n\
               规范旅游市场秩序\n\n\
               开展“不合理低价游”、非法一日游等专项整治，\n\n\
               健全旅游投诉快速处理和先行赔付机制。\n\n\
               区市场监管局\n\n\
               12\n\n\
               强化旅游安全监管\n\n\
               加强景区大客流管控和水上游览、高风险项目安全监管。\n\n\
               区应急管理局\n\n\
               保障措施\n\n\
               13\n\n\
               健全旅游业发展工作机制\n\n\
               建立区旅游业发展工作协调机制，定期调度规划实施进展。\n\n\
               区文化旅游局\n\n\
               14\n\n\
               加强旅游人才队伍建设\n\n\
               开展导游、民宿管家、研学导师等专业人才培训。\n\n\
               区人力资源社会保障局\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "霞溪区旅游业发展“十五五”重点任务分工表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.rows[3].cells.last().map(String::as_str),
        Some("区农业农村委"),
        "{:?}",
        rows(t)
    );
    assert_eq!(
        t.rows[4].group.as_deref(),
        Some("培育文旅商体展融合消费新场景"),
        "{:?}",
        rows(t)
    );
    assert_eq!(
        t.rows[5].group.as_deref(),
        Some("培育文旅商体展融合消费新场景")
    );
}

#[test]
fn a_name_over_two_paragraphs_ending_in_its_unit_in_brackets_is_no_unit_cell() {
    // 单位 vanished from row 4, whose name goes on in a paragraph with the unit in brackets
    // (`年均公共文化设施` / `服务人次（万人次）`): one name, the unit's cell empty.
    let src = "序号\n\
               \n\
               类别\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               2025年基数\n\
               \n\
               2030年\n\
               \n\
               目标值\n\
               \n\
               属性\n\
               \n\
               1\n\
               \n\
               设施网络\n\
               \n\
               人均公共文化设施建筑面积\n\
               \n\
               平方米\n\
               \n\
               0.26\n\
               \n\
               0.30\n\
               \n\
               预期性\n\
               \n\
               2\n\
               \n\
               15分钟公共文化服务圈覆盖率\n\
               \n\
               %\n\
               \n\
               96.5\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               3\n\
               \n\
               全区备案博物馆、美术馆\n\
               \n\
               及非国有文化展馆总数\n\
               \n\
               家\n\
               \n\
               9\n\
               \n\
               12\n\
               \n\
               预期性\n\
               \n\
               4\n\
               \n\
               服务效能\n\
               \n\
               年均公共文化设施\n\
               \n\
               服务人次（万人次）\n\
               \n\
               386\n\
               \n\
               （2021年-2025年）\n\
               \n\
               450以上\n\
               \n\
               预期性\n\
               \n\
               5\n\
               \n\
               人均年到馆借阅图书\n\
               \n\
               册\n\
               \n\
               1.8\n\
               \n\
               2.5\n\
               \n\
               预期性\n\
               \n\
               6\n\
               \n\
               年均组织开展群众性文化活动\n\
               \n\
               场次\n\
               \n\
               3200\n\
               \n\
               4000以上\n\
               \n\
               预期性\n\
               \n\
               其中：“家门口”文化服务站点活动\n\
               \n\
               场次\n\
               \n\
               2100\n\
               \n\
               2800以上\n\
               \n\
               预期性\n\
               \n\
               7\n\
               \n\
               数字文化\n\
               \n\
               公共数字文化资源总量\n\
               \n\
               TB\n\
               \n\
               120\n\
               \n\
               200\n\
               \n\
               预期性\n\
               \n\
               8\n\
               \n\
               “云上棠溆”平台注册用户数\n\
               \n\
               万人\n\
               \n\
               /\n\
               \n\
               60\n\
               \n\
               预期性\n\
               \n\
               9\n\
               \n\
               社会参与\n\
               \n\
               注册文化志愿者人数占常住人口比例\n\
               \n\
               %\n\
               \n\
               2.1\n\
               \n\
               3\n\
               \n\
               预期性\n\
               \n\
               10\n\
               \n\
               公共文化设施社会化运营比例\n\
               \n\
               %\n\
               \n\
               32\n\
               （街镇文化活动中心）\n\
               \n\
               力争达到50左右（含区级场馆）\n\
               \n\
               预期性\n\
               \n\
               11\n\
               \n\
               区级、街镇级公共文化设施群众满意度\n\
               \n\
               分\n\
               \n\
               88.6、90.2\n\
               \n\
               ≥92、≥92\n\
               \n\
               约束性\n\
               \n\
               注：1.15分钟公共文化服务圈覆盖率按街镇常住人口覆盖情况汇总统计。\n\
               \n\
               2.年均公共文化设施服务人次基数为“十四五”期间年均值。\n\
               \n\
               3.“/”表示该指标为“十五五”新增指标，无基数。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1 棠溆区公共文化服务体系建设“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let four = row_named(t, "4");
    let name = "年均公共文化设施服务人次（万人次）";
    let at = four.cells.iter().position(|c| c == name);
    assert!(at.is_some(), "{:?}", rows(t));
    assert_eq!(
        at.and_then(|i| four.cells.get(i + 1)).map(String::as_str),
        Some(""),
        "{:?}",
        rows(t)
    );
    assert_eq!(four.cells.last().map(String::as_str), Some("预期性"));
}

#[test]
fn a_task_short_of_its_assisting_bodies_leaves_them_empty_before_the_next_group() {
    // 重点任务 merged before 序号; rows 2 and 9 lack 配合单位, the one column of bodies a task
    // may go without: `农村生活垃圾治理` after row 2 is the next group's, and row 9's one body
    // leads it.
    let src = "重点任务\n\
               \n\
               序号\n\
               \n\
               举措\n\
               \n\
               牵头单位\n\
               \n\
               配合单位\n\
               \n\
               农村生活污水治理\n\
               \n\
               1\n\
               \n\
               实施设施提标改造\n\
               \n\
               区水务局\n\
               \n\
               各镇人民政府\n\
               \n\
               2\n\
               \n\
               强化运行维护监管\n\
               \n\
               区水务局\n\
               \n\
               农村生活垃圾治理\n\
               \n\
               3\n\
               \n\
               深化源头分类减量\n\
               \n\
               区绿化市容局\n\
               \n\
               各镇人民政府\n\
               \n\
               4\n\
               \n\
               推进农业农村废弃物资源化利用\n\
               \n\
               区农业农村委\n\
               \n\
               区绿化市容局、区商务委\n\
               \n\
               农村厕所革命\n\
               \n\
               5\n\
               \n\
               提升户厕和公共厕所管护水平\n\
               \n\
               区农业农村委\n\
               \n\
               区卫生健康委、各镇人民政府\n\
               \n\
               村容村貌提升\n\
               \n\
               6\n\
               \n\
               深化美丽乡村建设\n\
               \n\
               区农业农村委\n\
               \n\
               区规划资源局、各镇人民政府\n\
               \n\
               7\n\
               \n\
               推进河道和村内道路整治\n\
               \n\
               区水务局、\n\
               区建设管理委\n\
               \n\
               各镇人民政府\n\
               \n\
               长效管护\n\
               \n\
               8\n\
               \n\
               建设数字化监管平台\n\
               \n\
               区农业农村委\n\
               \n\
               区大数据中心\n\
               \n\
               9\n\
               \n\
               激发村民主体作用\n\
               \n\
               各镇人民政府\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "重点任务分工表")), &ls).unwrap();
    let t = &r.parsed.table;
    let row = |n: &str| {
        t.rows
            .iter()
            .find(|r| r.cells.first().is_some_and(|c| c == n))
    };
    let cells = |n: &str| row(n).map(|r| r.cells.clone()).unwrap_or_default();
    assert_eq!(cells("2")[2..], ["区水务局", ""], "{:?}", rows(t));
    assert_eq!(
        row("3").and_then(|r| r.group.as_deref()),
        Some("农村生活垃圾治理")
    );
    assert_eq!(cells("4")[2..], ["区农业农村委", "区绿化市容局、区商务委"]);
    assert_eq!(cells("9")[2..], ["各镇人民政府", ""], "{:?}", rows(t));
}

#[test]
fn a_row_that_counts_what_the_plans_years_add_lacks_its_baseline_not_its_target() {
    // Row 5 writes one figure after its attribute, under `2025年基数` `2030年目标值`, with
    // the plan's years after it (`120` / `（2026-2030年累计）`): a target, its baseline missing.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               属性\n\
               \n\
               2025年\n\
               \n\
               基数\n\
               \n\
               2030年\n\
               目标值\n\
               \n\
               经济贡献\n\
               \n\
               1\n\
               \n\
               税收亿元楼宇数量\n\
               \n\
               幢\n\
               \n\
               预期性\n\
               \n\
               38\n\
               \n\
               50\n\
               \n\
               2\n\
               \n\
               重点商务楼宇税收总额\n\
               \n\
               亿元\n\
               \n\
               预期性\n\
               \n\
               312\n\
               \n\
               420\n\
               \n\
               其中：总部型楼宇税收占比\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               41\n\
               \n\
               ≥45\n\
               \n\
               3\n\
               \n\
               楼宇单位面积税收产出\n\
               \n\
               元/平方米\n\
               \n\
               预期性\n\
               \n\
               2850\n\
               \n\
               ＞3500\n\
               \n\
               载体品质\n\
               \n\
               4\n\
               \n\
               甲级及以上商务楼宇建筑面积\n\
               \n\
               万平方米\n\
               \n\
               预期性\n\
               \n\
               486\n\
               \n\
               620\n\
               \n\
               5\n\
               \n\
               既有商务楼宇更新改造面积\n\
               \n\
               万平方米\n\
               \n\
               约束性\n\
               \n\
               120\n\
               \n\
               （2026-2030年累计）\n\
               \n\
               6\n\
               \n\
               商务楼宇平均出租率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               84.6\n\
               \n\
               ≥90\n\
               \n\
               7\n\
               \n\
               获得绿色建筑标识的商务楼宇占比\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               52\n\
               \n\
               80\n\
               \n\
               服务治理\n\
               \n\
               8\n\
               \n\
               重点商务楼宇“楼长制”覆盖率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               9\n\
               \n\
               楼宇党群服务站点数量\n\
               \n\
               个\n\
               \n\
               预期性\n\
               \n\
               46\n\
               \n\
               60\n\
               \n\
               10\n\
               \n\
               楼宇经济运行监测平台\n\
               \n\
               预期性\n\
               \n\
               试运行\n\
               \n\
               全面建成\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "瑶泾区楼宇经济发展“十五五”主要指标")), &ls).unwrap();
    let t = &r.parsed.table;
    let five = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "既有商务楼宇更新改造面积"))
        .unwrap();
    assert_eq!(
        five.cells[five.cells.len() - 2..],
        ["", "120（2026-2030年累计）"],
        "{:?}",
        rows(t)
    );
    // (A row with both figures keeps them: `84.6` `≥90`.)
    let six = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "商务楼宇平均出租率"))
        .unwrap();
    assert_eq!(six.cells[six.cells.len() - 2..], ["84.6", "≥90"]);
}

#[test]
fn a_unit_missing_where_the_figures_write_their_units() {
    // Row 6 lacks its unit: its baseline and target write theirs (`0.38km/km²` `0.6km/km2`).
    let src = "序号\n\
               \n\
               类别\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               2025年现状值\n\
               \n\
               “十五五”\n\
               \n\
               目标\n\
               \n\
               属性\n\
               \n\
               1\n\
               \n\
               设施安全\n\
               \n\
               公共供水管网漏损率\n\
               \n\
               %\n\
               \n\
               9.6\n\
               \n\
               8.5以下\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               老旧燃气管道更新改造完成率\n\
               \n\
               %\n\
               \n\
               68\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               3\n\
               \n\
               排水管道混错接改造完成率\n\
               \n\
               %\n\
               \n\
               57\n\
               \n\
               100\n\
               \n\
               预期性\n\
               \n\
               4\n\
               \n\
               集约利用\n\
               \n\
               新建综合管廊长度\n\
               \n\
               公里\n\
               \n\
               /\n\
               \n\
               累计12\n\
               \n\
               预期性\n\
               \n\
               5\n\
               \n\
               架空线入地和合杆整治道路长度\n\
               \n\
               公里\n\
               \n\
               41.3\n\
               \n\
               累计新增30以上\n\
               \n\
               预期性\n\
               \n\
               6\n\
               \n\
               新城核心区综合管廊密度\n\
               \n\
               0.38km/km²\n\
               \n\
               0.6km/km2\n\
               \n\
               预期性\n\
               \n\
               7\n\
               \n\
               智慧管理\n\
               \n\
               地下管线信息动态更新及时率[2]\n\
               \n\
               %\n\
               \n\
               86\n\
               \n\
               98以上\n\
               \n\
               约束性\n\
               \n\
               8\n\
               \n\
               重点管线运行安全\n\
               \n\
               在线监测覆盖率\n\
               \n\
               %\n\
               \n\
               62\n\
               \n\
               95\n\
               \n\
               预期性\n\
               \n\
               9\n\
               \n\
               地下管线数字孪生平台\n\
               \n\
               /\n\
               \n\
               /\n\
               \n\
               建成并稳定运行\n\
               \n\
               预期性\n\
               \n\
               10\n\
               \n\
               应急保障\n\
               \n\
               管线突发事件应急处置到场时间\n\
               \n\
               分钟\n\
               \n\
               30\n\
               \n\
               20以内\n\
               \n\
               约束性\n\
               \n\
               11\n\
               \n\
               供水、燃气管线抢修及时率\n\
               \n\
               %\n\
               \n\
               96、95\n\
               \n\
               100、100\n\
               \n\
               约束性\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1砚浦区地下管线综合管理“十五五”主要指标表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let six = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "新城核心区综合管廊密度"))
        .unwrap();
    assert_eq!(
        six.cells[six.cells.len() - 4..],
        ["", "0.38km/km²", "0.6km/km2", "预期性"],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_target_in_figures_is_followed_by_the_next_groups_category_not_by_a_cell() {
    // 类别 merged before 序号; row 3 lacks its baseline, and `更新提升` after its target `42` is
    // the next group's category, no cell of a column of figures.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               属性\n\
               \n\
               2025年基准\n\
               \n\
               2030年\n\
               \n\
               目标\n\
               \n\
               保护传承\n\
               \n\
               1\n\
               \n\
               历史文化风貌区保护规划实施评估覆盖率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               2\n\
               \n\
               优秀历史建筑和保护建筑\n\
               \n\
               挂牌率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               96.5\n\
               \n\
               100\n\
               \n\
               3\n\
               \n\
               历史建筑保护修缮面积\n\
               \n\
               万平方米\n\
               \n\
               预期性\n\
               \n\
               42\n\
               \n\
               更新提升\n\
               \n\
               4\n\
               \n\
               里弄住宅综合改造户数\n\
               \n\
               户\n\
               \n\
               预期性\n\
               \n\
               11800\n\
               \n\
               ＞20000\n\
               \n\
               其中：卫生设施改造户数\n\
               \n\
               户\n\
               \n\
               约束性\n\
               \n\
               3600\n\
               \n\
               8000\n\
               \n\
               5\n\
               \n\
               风貌保护道路（街巷）整治数量\n\
               \n\
               条\n\
               \n\
               预期性\n\
               \n\
               26\n\
               \n\
               55\n\
               \n\
               6\n\
               \n\
               风貌区新增公共开放空间面积\n\
               \n\
               公顷\n\
               \n\
               预期性\n\
               \n\
               8.6\n\
               \n\
               ＞15\n\
               \n\
               活化利用\n\
               \n\
               7\n\
               \n\
               历史建筑开放率*\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               58\n\
               \n\
               ＞70\n\
               \n\
               8\n\
               \n\
               风貌区文旅特色线路\n\
               \n\
               条\n\
               \n\
               预期性\n\
               \n\
               16\n\
               \n\
               30\n\
               \n\
               9\n\
               \n\
               历史文化名人故居和红色遗址对外展示数量\n\
               \n\
               处\n\
               \n\
               预期性\n\
               \n\
               19\n\
               \n\
               32\n\
               \n\
               治理能力\n\
               \n\
               10\n\
               \n\
               历史建筑“一幢一档”数字化建档率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               72\n\
               \n\
               100\n\
               \n\
               11\n\
               \n\
               风貌保护公众参与指数\n\
               \n\
               /\n\
               \n\
               预期性\n\
               \n\
               0.68\n\
               \n\
               0.8\n\
               \n\
               注：*历史建筑开放率指以常态开放、预约开放或定期开放等方式向公众开放的历史建筑数量占具备开放条件的历史建筑总数的比例。第3项为“十五五”期间累计值，不设基准值。\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let three = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "历史建筑保护修缮面积"))
        .unwrap();
    assert_eq!(
        three.cells[three.cells.len() - 2..],
        ["", "42"],
        "{:?}",
        rows(t)
    );
    let four = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "里弄住宅综合改造户数"))
        .unwrap();
    assert_eq!(four.group.as_deref(), Some("更新提升"));
}

#[test]
fn one_figure_after_the_attribute_and_the_unit_is_the_target() {
    // Row blocks, 属性 before 单位; the last row writes one figure after its unit, under
    // `2025年基数` `2030年目标`: its target, the baseline missing.
    let src = "类别\n\
               序号\n\
               指标名称\n\
               属性\n\
               单位\n\
               2025年基数\n\
               2030年目标\n\
               \n\
               强能级\n\
               1\n\
               社会消费品零售总额\n\
               预期性\n\
               亿元\n\
               1268\n\
               1650\n\
               \n\
               2\n\
               市级和地区级商业中心数量\n\
               预期性\n\
               个\n\
               3\n\
               5\n\
               \n\
               3\n\
               年均引进首店数量\n\
               预期性\n\
               家\n\
               38\n\
               ≥45\n\
               \n\
               优布局\n\
               4\n\
               人均商业设施面积\n\
               预期性\n\
               平方米\n\
               2.62\n\
               控制在3.0以内\n\
               \n\
               5\n\
               新建大型商业设施规划符合率\n\
               约束性\n\
               %\n\
               100\n\
               100\n\
               \n\
               6\n\
               商业综合体周边公共交通\n\
               站点500米覆盖率\n\
               预期性\n\
               %\n\
               88\n\
               ≥95\n\
               \n\
               惠民生\n\
               7\n\
               “一刻钟便民生活圈”覆盖率\n\
               约束性\n\
               %\n\
               86\n\
               2027年100%，2030年持续巩固提升\n\
               \n\
               8\n\
               标准化菜市场占比\n\
               约束性\n\
               %\n\
               91\n\
               100\n\
               \n\
               9\n\
               社区早餐网点数量\n\
               预期性\n\
               个\n\
               412\n\
               增加80\n\
               \n\
               促更新\n\
               10\n\
               存量商业设施更新改造面积\n\
               预期性\n\
               万平方米\n\
               18\n\
               60\n\
               \n\
               增智慧\n\
               11\n\
               智慧商圈数量\n\
               预期性\n\
               个\n\
               1\n\
               4\n\
               \n\
               12\n\
               数字化改造商业网点数量\n\
               预期性\n\
               个\n\
               1200\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let twelve = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "数字化改造商业网点数量"))
        .unwrap();
    assert_eq!(
        twelve.cells[twelve.cells.len() - 3..],
        ["个", "", "1200"],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_note_that_sets_a_target_later_keeps_the_one_figure_the_baseline() {
    // Row 11 writes one figure after its unit; a note says its target is to be set later
    // (`第11项目标值待…批复后另行明确`): the figure is its baseline, the target missing.
    let src = "类别\n\
               序号\n\
               指标名称\n\
               属性\n\
               单位\n\
               2025年\n\
               基期值\n\
               2030年\n\
               目标值\n\
               \n\
               公园体系\n\
               1\n\
               人均公园绿地面积\n\
               约束性\n\
               平方米\n\
               10.2\n\
               ≥11.5\n\
               \n\
               2\n\
               公园数量\n\
               预期性\n\
               座\n\
               486\n\
               增加120\n\
               \n\
               其中：口袋公园\n\
               预期性\n\
               座\n\
               212\n\
               增加80\n\
               \n\
               3\n\
               公园绿地服务半径覆盖率\n\
               约束性\n\
               %\n\
               88.6\n\
               ＞95\n\
               \n\
               4\n\
               绿道长度\n\
               预期性\n\
               公里\n\
               1260\n\
               1650\n\
               \n\
               森林湿地\n\
               5\n\
               森林覆盖率*\n\
               约束性\n\
               %\n\
               21.4\n\
               22.0\n\
               \n\
               6\n\
               湿地保护率\n\
               约束性\n\
               %\n\
               55.2\n\
               ≥56\n\
               \n\
               7\n\
               城市生物多样性指数（鸟类）\n\
               预期性\n\
               /\n\
               0.58\n\
               0.62\n\
               \n\
               8\n\
               新造林中乡土适生树种\n\
               应用比例\n\
               预期性\n\
               %\n\
               78\n\
               ≥85\n\
               \n\
               城园融合\n\
               9\n\
               公园24小时开放率\n\
               预期性\n\
               %\n\
               76.5\n\
               ≥90\n\
               \n\
               10\n\
               单位附属绿地开放共享数量\n\
               预期性\n\
               处\n\
               —\n\
               [150]\n\
               \n\
               11\n\
               城市公园无界化改造率\n\
               预期性\n\
               %\n\
               42.0\n\
               \n\
               12\n\
               “公园+”特色场景数量\n\
               预期性\n\
               个\n\
               64\n\
               200\n\
               \n\
               苕川市公园城市建设“十五五”\n\
               主要指标\n\
               注：1.[ ]内为五年累计值；带*的指标按国家林草局最新统计口径测算。\n\
               2.第10项为“十五五”新增指标，2025年暂无基期值。\n\
               3.第11项目标值待《苕川市城市绿地系统规划（2026—2035年）》批复后另行明确。\n\
               三、完善城乡公园体系，构建全域公园新格局\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let eleven = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "城市公园无界化改造率"))
        .unwrap();
    assert_eq!(
        eleven.cells[eleven.cells.len() - 2..],
        ["42.0", ""],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_period_its_plan_and_its_values_over_three_paragraphs_are_one_header_cell() {
    // The header's period, its plan and the values it set in three paragraphs (`“十四五”` /
    // `规划` / `目标值`): one column.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               属性\n\
               \n\
               “十四五”\n\
               \n\
               规划\n\
               \n\
               目标值\n\
               \n\
               完成情况\n\
               \n\
               基础设施\n\
               \n\
               1\n\
               \n\
               消防救援站数量\n\
               \n\
               座\n\
               \n\
               约束性\n\
               \n\
               18\n\
               \n\
               18\n\
               \n\
               2\n\
               \n\
               市政消火栓\n\
               \n\
               新增数量\n\
               \n\
               个\n\
               \n\
               预期性\n\
               \n\
               600\n\
               \n\
               652\n\
               \n\
               3\n\
               \n\
               消防车通道\n\
               \n\
               标识划线率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               90以上\n\
               \n\
               93.5\n\
               \n\
               队伍装备\n\
               \n\
               4\n\
               \n\
               消防救援人员总数\n\
               \n\
               人\n\
               \n\
               预期性\n\
               \n\
               1100\n\
               \n\
               1126\n\
               \n\
               其中：政府专职消防员\n\
               \n\
               人\n\
               \n\
               预期性\n\
               \n\
               600\n\
               \n\
               618\n\
               \n\
               5\n\
               \n\
               消防车辆总数\n\
               \n\
               辆\n\
               \n\
               约束性\n\
               \n\
               95\n\
               \n\
               101\n\
               \n\
               6\n\
               \n\
               特种消防车辆\n\
               \n\
               占比\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               40以上\n\
               \n\
               42.6\n\
               \n\
               社会治理\n\
               \n\
               7\n\
               \n\
               年均火灾十万人口\n\
               \n\
               死亡率\n\
               \n\
               人/十万人\n\
               \n\
               约束性\n\
               \n\
               0.25以下\n\
               \n\
               0.21\n\
               \n\
               8\n\
               \n\
               区级消防工作考核等次\n\
               \n\
               约束性\n\
               \n\
               良好以上\n\
               \n\
               优秀\n\
               \n\
               9\n\
               \n\
               消防安全宣传教育\n\
               \n\
               覆盖率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               90以上\n\
               \n\
               92.8\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "渚湄区“十四五”消防事业主要指标完成情况")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "属性",
            "“十四五”规划目标值",
            "完成情况"
        ],
        "{:?}",
        rows(t)
    );
}

#[test]
fn rows_under_a_column_of_names_short_of_their_remark() {
    // Row blocks under `片区名称` (a column of names, not of a category merged over its rows):
    // the first row is short of its remark, not of a category, and so are the rows after it.
    let src = "序号\n\
               片区名称\n\
               涉及街镇\n\
               提升方式\n\
               规模（亩）\n\
               备注\n\
               \n\
               1\n\
               滨湾森林片区\n\
               北湾镇\n\
               林相改造、珍贵彩色树种补植\n\
               3200\n\
               \n\
               2\n\
               汇塘河生态廊道片区\n\
               泗汇镇、蓼泾镇\n\
               疏密调整、林下空间营造\n\
               2600\n\
               \n\
               3\n\
               外环西段防护林片区\n\
               新渚街道、枫林湾街道\n\
               低效林改造、防护功能提升\n\
               1800\n\
               结合外环绿带改造同步实施\n\
               \n\
               4\n\
               泗汇郊野林地片区\n\
               泗汇镇\n\
               抚育间伐、复层林构建\n\
               4100\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let one = row_named(t, "1");
    assert_eq!(
        one.cells,
        [
            "滨湾森林片区",
            "北湾镇",
            "林相改造、珍贵彩色树种补植",
            "3200",
            ""
        ],
        "{:?}",
        rows(t)
    );
    assert_eq!(
        row_named(t, "3").cells.last().map(String::as_str),
        Some("结合外环绿带改造同步实施")
    );
    assert_eq!(row_named(t, "4").cells.last().map(String::as_str), Some(""));
}

#[test]
fn an_index_has_no_unit_where_a_row_is_one_short() {
    // Row 4 measures an index, which has no unit: its `－` is the baseline, the unit missing.
    let src = "序号\n\
               \n\
               指标\n\
               \n\
               单位\n\
               \n\
               2025年现状\n\
               \n\
               蕖泾\n\
               \n\
               “十五五”\n\
               \n\
               目标\n\
               \n\
               1\n\
               \n\
               细颗粒物（PM2.5）年均浓度（期末）\n\
               \n\
               微克/立方米\n\
               \n\
               27\n\
               \n\
               25左右\n\
               \n\
               2\n\
               \n\
               环境空气质量优良天数比例（期末）\n\
               \n\
               %\n\
               \n\
               88.2\n\
               \n\
               力争90\n\
               \n\
               3\n\
               \n\
               地表水国考、市考断面\n\
               \n\
               达到或好于Ⅲ类水体比例（期末）\n\
               \n\
               %\n\
               \n\
               71.4\n\
               \n\
               80以上\n\
               \n\
               4\n\
               \n\
               水生生物完整性指数（期末）\n\
               \n\
               －\n\
               \n\
               0.55\n\
               \n\
               5\n\
               \n\
               主要污染物重点工程减排量（五年累计）\n\
               \n\
               吨\n\
               \n\
               —\n\
               \n\
               确保完成市下达目标\n\
               \n\
               6\n\
               \n\
               单位地区生产总值二氧化碳排放降低（五年累计）\n\
               \n\
               %\n\
               \n\
               —\n\
               \n\
               确保完成市下达目标\n\
               \n\
               7\n\
               \n\
               区域可再生能源装机规模（累计）\n\
               \n\
               千瓦\n\
               \n\
               38600\n\
               \n\
               60000（确保完成市下达目标）\n\
               \n\
               8\n\
               \n\
               森林覆盖率（期末）\n\
               \n\
               %\n\
               \n\
               18.9\n\
               \n\
               19.6\n\
               \n\
               9\n\
               \n\
               重点建设用地安全利用率（期末）\n\
               \n\
               %\n\
               \n\
               100\n\
               \n\
               有效保障\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1：蕖泾区生态环境保护“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let four = row_named(t, "4");
    assert_eq!(
        four.cells,
        ["水生生物完整性指数（期末）", "", "－", "0.55"],
        "{:?}",
        rows(t)
    );
}

#[test]
fn zones_in_a_table_of_words_without_numbers() {
    // A table of words without numbers: four zones, each a row of four cells; the last row's
    // target vanished (`不设…量化目标` in its 管控要点).
    let src = "管控分区\n\
               \n\
               涉及范围\n\
               \n\
               年径流总量控制率目标\n\
               \n\
               管控要点\n\
               \n\
               老城更新区\n\
               \n\
               城东、城西街道及临江街道老城片区\n\
               \n\
               不低于70%\n\
               \n\
               以问题为导向，结合老旧小区改造、背街小巷整治和道路更新，重点消除易涝积水点和雨污混接\n\
               \n\
               新城建设区\n\
               \n\
               湍溪新城及高铁站片区\n\
               \n\
               不低于80%\n\
               \n\
               以目标为导向，全面落实海绵城市规划管控指标，同步规划、同步设计、同步建设\n\
               \n\
               产业园区\n\
               \n\
               湍溪经济开发区、\n\
               滨江新材料产业园\n\
               \n\
               不低于75%\n\
               \n\
               强化初期雨水收集处理，推行厂区雨污分流和雨水回用\n\
               \n\
               生态涵养区\n\
               \n\
               北部丘陵及白鹭湖湿地周边\n\
               \n\
               严格保护山体、水体、林地和湿地，维持自然水文循环，不设年径流总量控制率量化目标\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "湍溪市“十五五”海绵城市建设分区管控指引")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        ["管控分区", "涉及范围", "年径流总量控制率目标", "管控要点"]
    );
    let last = t.rows.last().unwrap();
    assert_eq!(last.group.as_deref(), Some("生态涵养区"), "{:?}", rows(t));
    assert_eq!(
        last.cells[last.cells.len() - 2..],
        [
            "",
            "严格保护山体、水体、林地和湿地，维持自然水文循环，不设年径流总量控制率量化目标"
        ],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_guidance_by_zones_is_a_caption_and_a_sentence_is_none() {
    use super::one_cell::is_caption;
    assert!(is_caption("湍溪市“十五五”海绵城市建设分区管控指引"));
    assert!(!is_caption("实行差异化建设指引。"));
}

#[test]
fn a_time_in_words_ends_its_row_before_the_next_number() {
    // 任务类别 merged before 序号; row 6 ends on its time in words (`持续推进` under 完成时限,
    // after rows of `…年底前`): the row's, not the next group's category.
    let src = "任务类别\n\
               \n\
               序号\n\
               \n\
               重点任务\n\
               \n\
               主要内容\n\
               \n\
               牵头单位\n\
               \n\
               完成时限\n\
               \n\
               体制改革\n\
               \n\
               1\n\
               \n\
               动态调整区、街镇执法事项清单\n\
               \n\
               建立执法事项清单年度评估和动态调整机制，厘清区级执法大队与街镇综合执法队的职责边界。\n\
               \n\
               区城管执法局\n\
               \n\
               2026年底前\n\
               \n\
               2\n\
               \n\
               建设住宅小区城管执法工作室\n\
               \n\
               在全区住宅小区设立城管执法工作室，落实执法队员定点联系制度，\n\
               推动执法服务“进社区、到小区”。\n\
               \n\
               各街镇\n\
               \n\
               2028年底前\n\
               \n\
               智慧执法\n\
               \n\
               3\n\
               \n\
               建设智能感知前端\n\
               \n\
               在主要道路、重点商圈和轨交站点周边新增、改造智能感知设备，实现市容类违法行为自动识别。\n\
               \n\
               区城管执法局、区城运中心\n\
               \n\
               2028年底前\n\
               \n\
               4\n\
               \n\
               推广非现场执法\n\
               \n\
               在跨门营业、乱堆物、渣土运输等领域推行非现场执法，完善电子证据采集、审核和送达规则。\n\
               \n\
               区城管执法局\n\
               \n\
               5\n\
               \n\
               建设执法数据分析模型\n\
               \n\
               依托区城市运行管理平台，建立违法建筑、无序设摊等高发问题分析模型，定期形成执法态势研判报告。\n\
               \n\
               区城管执法局、区大数据中心\n\
               \n\
               2029年底前\n\
               \n\
               规范执法\n\
               \n\
               6\n\
               \n\
               落实行政执法“三项制度”\n\
               \n\
               执法全过程记录设备配备率、重大执法决定法制审核率保持100%，按时公开行政执法信息。\n\
               \n\
               区城管执法局、各街镇\n\
               \n\
               持续推进\n\
               \n\
               7\n\
               \n\
               推行轻微违法免罚清单\n\
               \n\
               动态完善城管执法领域轻微违法行为不予处罚清单，推广说服教育、劝导示范等柔性执法方式。\n\
               \n\
               区城管执法局、区司法局\n\
               \n\
               2026年底前\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "汐泾区城市管理综合执法“十五五”重点任务分工表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let row = |n: &str| {
        t.rows
            .iter()
            .find(|r| r.cells.first().is_some_and(|c| c == n))
    };
    assert_eq!(
        row("6").and_then(|r| r.cells.last()).map(String::as_str),
        Some("持续推进"),
        "{:?}",
        rows(t)
    );
    assert_eq!(row("7").and_then(|r| r.group.as_deref()), Some("规范执法"));
}

#[test]
fn a_measure_s_last_word_before_its_unit_and_a_bound_as_the_target() {
    // Row 5's name goes on in a measure's last word (`“15分钟科普服务圈”` / `覆盖率`) before its
    // unit `%`; its one figure before the attribute is a bound set as a goal (`90以上`): the
    // target's, the baseline missing.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               2025年\n\
               \n\
               2030年\n\
               \n\
               目标值\n\
               \n\
               属性\n\
               \n\
               素质提升\n\
               \n\
               1\n\
               \n\
               公民具备科学素质的比例\n\
               \n\
               %\n\
               \n\
               27.6\n\
               \n\
               32以上\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               青少年科技创新活动参与率\n\
               \n\
               %\n\
               \n\
               78\n\
               \n\
               ≥85\n\
               \n\
               预期性\n\
               \n\
               阵地设施\n\
               \n\
               3\n\
               \n\
               每万人拥有科普场馆\n\
               \n\
               展厅面积\n\
               \n\
               平方米\n\
               \n\
               215\n\
               \n\
               260\n\
               \n\
               预期性\n\
               \n\
               4\n\
               \n\
               区级及以上科普基地数量（累计）\n\
               \n\
               家\n\
               \n\
               46\n\
               \n\
               60\n\
               \n\
               预期性\n\
               \n\
               其中：市级科普基地\n\
               \n\
               家\n\
               \n\
               18\n\
               \n\
               24\n\
               \n\
               预期性\n\
               \n\
               5\n\
               \n\
               “15分钟科普服务圈”\n\
               \n\
               覆盖率\n\
               \n\
               %\n\
               \n\
               90以上\n\
               \n\
               预期性\n\
               \n\
               投入保障\n\
               \n\
               6\n\
               \n\
               人均科普专项经费\n\
               \n\
               元\n\
               \n\
               4.6\n\
               \n\
               6.0\n\
               \n\
               约束性\n\
               \n\
               7\n\
               \n\
               科普经费社会筹集额\n\
               \n\
               （五年累计）\n\
               \n\
               万元\n\
               \n\
               8600\n\
               \n\
               （2021年-2025年）\n\
               \n\
               12000\n\
               \n\
               预期性\n\
               \n\
               活动服务\n\
               \n\
               8\n\
               \n\
               年均科普活动参与人次\n\
               \n\
               万人次\n\
               \n\
               92\n\
               （“十四五”年均）\n\
               \n\
               力争达到110左右\n\
               \n\
               预期性\n\
               \n\
               9\n\
               \n\
               科普场馆年接待量\n\
               \n\
               万人次\n\
               \n\
               64\n\
               \n\
               80\n\
               \n\
               预期性\n\
               \n\
               10\n\
               \n\
               注册科普志愿者人数\n\
               \n\
               人\n\
               \n\
               5200\n\
               \n\
               确保完成市下达目标\n\
               \n\
               预期性\n\
               \n\
               注：1.第5项为“十五五”新增指标，2025年无基期值。\n\
               \n\
               2.人均科普专项经费按常住人口计算。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1：翊江区科普事业发展“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let five = t
        .rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c == "“15分钟科普服务圈”覆盖率"))
        .unwrap_or_else(|| panic!("{:?}", rows(t)));
    assert_eq!(
        five.cells[five.cells.len() - 4..],
        ["%", "", "90以上", "预期性"],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_project_s_name_may_open_with_its_places() {
    // Row 2's name opens with its places (`桃源一村、桃源二村` / `不成套住宅成套改造`): one
    // name, and its 主要建设内容 opens with its verb (`实施…`).
    let src = "项目类型\n\
               \n\
               序号\n\
               \n\
               项目名称\n\
               \n\
               主要建设内容\n\
               \n\
               实施主体\n\
               \n\
               实施期限\n\
               \n\
               旧住房更新\n\
               \n\
               1\n\
               \n\
               东明新村拆除重建\n\
               \n\
               拆除重建多层住宅11幢，新建住宅约6.8万平方米，同步配建社区服务中心和地下停车库\n\
               \n\
               区房管局、渌洲城更公司\n\
               \n\
               2026—2028年\n\
               \n\
               2\n\
               \n\
               桃源一村、桃源二村\n\
               \n\
               不成套住宅成套改造\n\
               \n\
               实施不成套住宅原址成套改造约5.2万平方米，惠及居民1300户\n\
               \n\
               区房管局\n\
               \n\
               2026—2029年\n\
               \n\
               3\n\
               \n\
               汀州路沿线老旧小区综合改造\n\
               \n\
               实施综合改造约42万平方米，加装电梯160台，新增停车泊位600个\n\
               \n\
               相关街道\n\
               \n\
               城中村改造\n\
               \n\
               4\n\
               \n\
               南塘村城中村改造\n\
               \n\
               实施整村拆除新建，建设安置住房约1500套，配建九年一贯制学校、社区卫生服务中心各1所\n\
               \n\
               区城市更新中心、\n\
               区城中村改造指挥部\n\
               \n\
               2026—2030年\n\
               \n\
               5\n\
               \n\
               石桥村城中村改造\n\
               \n\
               采取拆整结合方式实施改造，整治提升保留建筑，新建公共绿地3.5公顷\n\
               \n\
               石桥街道\n\
               \n\
               2027-2030年\n\
               \n\
               产业空间更新\n\
               \n\
               6\n\
               \n\
               渌北科创园二期\n\
               \n\
               盘活原渌北仓储基地用地约16公顷，建设研发办公和中试空间约25万平方米\n\
               \n\
               渌北科创园公司\n\
               \n\
               2026—2029年\n\
               \n\
               7\n\
               \n\
               渌洲机械厂旧址更新\n\
               \n\
               保留利用主要工业厂房，改造为数字创意产业园区，新增产业空间约12万平方米\n\
               \n\
               区城市更新中心\n\
               \n\
               2026—2028年\n\
               \n\
               8\n\
               \n\
               中环沿线商办楼宇焕新\n\
               \n\
               对建成20年以上的商办楼宇实施功能改造和节能改造约30万平方米\n\
               \n\
               相关业主单位\n\
               \n\
               2026—2030年\n\
               \n\
               风貌保护和公共空间\n\
               \n\
               9\n\
               \n\
               德馨里风貌保护街坊保护性更新\n\
               \n\
               保护修缮里弄建筑约4.6万平方米，\n\
               实施抽户改造和内部设施改善，植入文化展示和社区服务功能\n\
               \n\
               区城市更新中心、德馨街道\n\
               \n\
               2026—2030年\n\
               \n\
               10\n\
               \n\
               永安坊历史建筑修缮和活化利用\n\
               \n\
               修缮历史建筑14处，引入文化创意和艺术展演功能\n\
               \n\
               区文化旅游局\n\
               \n\
               2026—2027年\n\
               \n\
               11\n\
               \n\
               泖澄河滨水空间品质提升\n\
               \n\
               建设亲水平台和滨河驿站，优化滨河步道和骑行道约4.8公里\n\
               \n\
               区建设管理委\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "渌洲区城市更新行动“十五五”重点项目清单")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let row = |n: &str| {
        t.rows
            .iter()
            .find(|r| r.cells.first().is_some_and(|c| c == n))
    };
    let two = row("2").map(|r| r.cells.clone()).unwrap_or_default();
    assert_eq!(
        two.get(1).map(String::as_str),
        Some("桃源一村、桃源二村不成套住宅成套改造"),
        "{:?}",
        rows(t)
    );
}

#[test]
fn two_dated_value_columns_on_two_lines_of_one_paragraph() {
    // Two value columns, each dated by its own year or period, on two lines of one paragraph
    // (`现状值（2025年）` / `“十五五”目标值`): two header cells.
    let src = "序号\n\
               \n\
               类别\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               现状值（2025年）\n\
               “十五五”目标值\n\
               \n\
               指标属性\n\
               \n\
               1\n\
               \n\
               道路养护\n\
               \n\
               城市道路路面综合养护指数（PQI）优良率[2]\n\
               \n\
               %\n\
               \n\
               92.6\n\
               \n\
               95\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               主次干路平均路面综合养护指数\n\
               \n\
               88.4\n\
               \n\
               ≥90\n\
               \n\
               预期性\n\
               \n\
               3\n\
               \n\
               人行道设施完好率\n\
               \n\
               %\n\
               \n\
               96\n\
               \n\
               98\n\
               \n\
               预期性\n\
               \n\
               4\n\
               \n\
               道路预防性养护年均实施比例\n\
               \n\
               %\n\
               \n\
               6.5\n\
               \n\
               不低于8\n\
               \n\
               预期性\n\
               \n\
               5\n\
               \n\
               桥梁养护\n\
               \n\
               城市桥梁技术状况A、B级占比\n\
               \n\
               %\n\
               \n\
               94.1\n\
               \n\
               96\n\
               \n\
               约束性\n\
               \n\
               6\n\
               \n\
               四类、五类桥梁（D、E级）处置率\n\
               \n\
               %\n\
               \n\
               —\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               7\n\
               \n\
               重要桥梁结构健康监测覆盖率\n\
               \n\
               %\n\
               \n\
               38\n\
               \n\
               100\n\
               \n\
               预期性\n\
               \n\
               8\n\
               \n\
               服务品质\n\
               \n\
               县道、乡道优良路率(MQI)\n\
               \n\
               %\n\
               \n\
               96.1（县道）\n\
               93.4（乡道）\n\
               \n\
               98、96\n\
               \n\
               约束性\n\
               \n\
               9\n\
               \n\
               累计完成道路大中修里程\n\
               \n\
               公里\n\
               \n\
               /\n\
               \n\
               180\n\
               \n\
               预期性\n\
               \n\
               10\n\
               \n\
               智慧绿色\n\
               \n\
               养护作业沥青路面材料循环利用率\n\
               \n\
               %\n\
               \n\
               35\n\
               \n\
               50以上\n\
               \n\
               预期性\n\
               \n\
               11\n\
               \n\
               道路桥梁设施数字化建档率\n\
               \n\
               %\n\
               \n\
               60\n\
               \n\
               100\n\
               \n\
               预期性\n\
               \n\
               注： 1、城市道路路面综合养护指数（PQI）优良率以年度路况检测数据为准，检测范围为区管城市道路。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1蓼泾区道路桥梁养护“十五五”主要指标表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "类别",
            "指标名称",
            "单位",
            "现状值（2025年）",
            "“十五五”目标值",
            "指标属性"
        ],
        "{:?}",
        rows(t)
    );
}

#[test]
fn a_caption_below_before_a_run_in_item() {
    // The caption under the cells, and at once a run-in item of the text, no blank line
    // between (`…主要指标完成情况` / `1.绿道网络初具规模。…`): the caption is the table's.
    let src = "序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               “十四五”\n\
               \n\
               目标\n\
               \n\
               2025年完成值\n\
               \n\
               完成情况\n\
               \n\
               1\n\
               \n\
               绿道总长度\n\
               \n\
               公里\n\
               \n\
               180\n\
               \n\
               186\n\
               \n\
               超额完成\n\
               \n\
               2\n\
               \n\
               新增绿道长度\n\
               \n\
               公里\n\
               \n\
               60\n\
               \n\
               66\n\
               \n\
               超额完成\n\
               \n\
               3\n\
               \n\
               环区绿道主线贯通率\n\
               \n\
               %\n\
               \n\
               80\n\
               \n\
               82\n\
               \n\
               完成\n\
               \n\
               4\n\
               \n\
               绿道驿站数量\n\
               \n\
               座\n\
               \n\
               25\n\
               \n\
               23\n\
               \n\
               基本完成\n\
               \n\
               5\n\
               \n\
               绿道两侧500米范围居住人口覆盖率\n\
               \n\
               %\n\
               \n\
               70\n\
               \n\
               71.5\n\
               \n\
               完成\n\
               \n\
               6\n\
               \n\
               绿道沿线公共自行车租赁点\n\
               \n\
               个\n\
               \n\
               40\n\
               \n\
               46\n\
               \n\
               超额完成\n\
               \n\
               渼泾区“十四五”绿道建设主要指标完成情况\n\
               1.绿道网络初具规模。建成环区绿道主线52公里，沿渼江、泖塘河建成滨水绿道64公里，结合老旧小区改造和道路整治建成社区绿道70公里，“一环两带多廊”的绿道网络框架基本形成。\n\
               2.服务设施逐步完善。建成绿道驿站23座，配套公共厕所、休憩座椅、直饮水点和自行车停放设施，绿道两侧500米范围居住人口覆盖率达到71.5%。\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.title,
        "渼泾区“十四五”绿道建设主要指标完成情况",
        "{:?}",
        rows(t)
    );
    assert!(r.parsed.table.caption_below);
    // (The text's lines after it stay text: the table ends at the caption's line.)
    assert_eq!(r.consumed, 44);
}

#[test]
fn the_whole_area_is_a_cell_of_its_own() {
    // Row blocks; row 9 writes the whole area under 建设规模 (`全域`): a cell of its own, never
    // the end of the row's 建设内容.
    let src = "类别\n\
               序号\n\
               项目名称\n\
               建设内容\n\
               建设规模\n\
               （公里）\n\
               实施年限\n\
               责任单位\n\
               \n\
               环区绿道\n\
               1\n\
               渼泾环区绿道主线贯通工程\n\
               打通沪杭铁路下穿、泖塘河跨河等7处断点，提升主线铺装和标识系统\n\
               18.6\n\
               2026—2028年\n\
               区绿化市容局\n\
               \n\
               2\n\
               环区绿道北段生态提升工程\n\
               结合北部生态廊道建设增植乡土林带，完善休憩节点\n\
               9.2\n\
               2027—2029年\n\
               区绿化市容局、芦汀镇\n\
               \n\
               滨水绿道\n\
               3\n\
               渼江西岸滨水绿道贯通工程\n\
               建设滨水慢行步道和骑行道、\n\
               改造防汛通道兼作绿道，新建亲水平台6处\n\
               12.4\n\
               2026—2027年\n\
               区水务局、区绿化市容局\n\
               \n\
               4\n\
               泖塘河生态绿道工程\n\
               建设两岸生态绿道，新建慢行桥2座\n\
               8.5\n\
               2026—2030年\n\
               区水务局\n\
               \n\
               5\n\
               老城水巷慢行环线工程\n\
               整治水巷沿岸空间，恢复埠头和古桥节点景观\n\
               5.3\n\
               2028—2030年\n\
               渼城街道\n\
               \n\
               社区绿道\n\
               6\n\
               “15分钟社区生活圈”绿道织补工程\n\
               新建改建社区绿道，串联学校、菜场、社区公园和社区服务中心\n\
               26\n\
               2026—2030年\n\
               各街道办事处、镇人民政府\n\
               \n\
               7\n\
               科创园区共享绿道工程\n\
               开放园区附属绿地，建设园区与社区之间的共享慢行通道\n\
               4.8\n\
               2027—2028年\n\
               区科委、区规划资源局\n\
               \n\
               驿站及配套\n\
               8\n\
               绿道驿站提质扩容工程\n\
               新建绿道驿站15座，改造提升既有驿站10座\n\
               2026—2030年\n\
               区绿化市容局\n\
               \n\
               9\n\
               智慧绿道监测平台建设项目\n\
               建设客流监测、环境感知和设施巡检“一张图”平台\n\
               全域\n\
               2026—2028年\n\
               区绿化市容局、区城运中心\n\
               \n\
               10\n\
               绿道无障碍及标识系统更新工程\n\
               既有绿道出入口坡化改造，更新导向标识和解说系统\n\
               120\n\
               2026—2029年\n\
               区绿化市容局、区残联\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let nine = t
        .rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c == "9"))
        .unwrap_or_else(|| panic!("{:?}", rows(t)));
    assert_eq!(
        nine.cells[2..4],
        ["建设客流监测、环境感知和设施巡检“一张图”平台", "全域"],
        "{:?}",
        rows(t)
    );
}

#[test]
fn project_years_vanished_before_bodies_next_group_ends_as_a_body() {
    // A project's years vanished before a last column of bodies, the next group's category
    // ending as a body's name might (`枢纽场站`): the bodies are the row's last cell and the
    // words after them open the next group.
    let src = "项目类别\n\
               \n\
               序号\n\
               \n\
               项目名称\n\
               \n\
               建设内容\n\
               \n\
               建设年限\n\
               \n\
               责任单位\n\
               \n\
               轨道交通\n\
               \n\
               1\n\
               \n\
               轨道交通21号线南延伸\n\
               \n\
               新建线路约12.4公里，设站7座\n\
               \n\
               2026—2029年\n\
               \n\
               区交通委、区建设管理委\n\
               \n\
               2\n\
               \n\
               汭金线（汭浦段）\n\
               \n\
               新建线路约9.8公里，设站5座\n\
               \n\
               2026—2030年\n\
               \n\
               区交通委\n\
               \n\
               3\n\
               \n\
               汭浦新城局域线一期\n\
               \n\
               新建线路约14公里\n\
               \n\
               2027—2030年\n\
               \n\
               区交通委、新城公司\n\
               \n\
               地面公交\n\
               \n\
               4\n\
               \n\
               汭浦新城至北部枢纽中运量公交\n\
               \n\
               新建线路约11公里，全程设置公交专用道\n\
               \n\
               2026—2028年\n\
               \n\
               区交通委、区公交公司\n\
               \n\
               5\n\
               \n\
               骨干公交走廊建设\n\
               \n\
               建设公交专用道约30公里，\n\
               \n\
               并实施公交信号优先\n\
               \n\
               2026—2030年\n\
               \n\
               区交通委、公安汭浦分局\n\
               \n\
               6\n\
               \n\
               社区巴士线网优化\n\
               \n\
               新辟社区巴士线路20条\n\
               \n\
               区公交公司\n\
               \n\
               枢纽场站\n\
               \n\
               7\n\
               \n\
               汭浦北站综合交通枢纽\n\
               \n\
               建设公交枢纽及配套换乘设施\n\
               \n\
               2026—2028年\n\
               \n\
               区交通委、区规划资源局\n\
               \n\
               8\n\
               \n\
               公交首末站及停保场\n\
               \n\
               新建公交场站15座\n\
               \n\
               2026—2030年\n\
               \n\
               区交通委\n\
               \n\
               智慧绿色\n\
               \n\
               9\n\
               \n\
               区公共交通运行监测平台\n\
               \n\
               建设区级监测和决策支持平台\n\
               \n\
               2026—2027年\n\
               \n\
               区交通委、区数据局\n\
               \n\
               10\n\
               \n\
               公交充电及加氢设施\n\
               \n\
               新建公交充电桩300个、加氢站1座\n\
               \n\
               2026—2030年\n\
               \n\
               区公交公司\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "汭浦区公共交通“十五五”重点项目表")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(rs.len(), 10);
    assert_eq!(
        rs[5],
        "I|地面公交||6|社区巴士线网优化|新辟社区巴士线路20条||区公交公司"
    );
    assert_eq!(rs[6], "I|枢纽场站|枢纽场站|7|汭浦北站综合交通枢纽|建设公交枢纽及配套换乘设施|2026—2028年|区交通委、区规划资源局");
}

#[test]
fn plan_of_a_year_over_three_paragraphs_and_categories_in_quotes() {
    // `2030年` / `规划` / `目标值`: one header cell over three paragraphs. Categories in quotes
    // (`“经济数字化”` …) after the number: a name over two paragraphs whose first is no word in
    // quotes (`城市运行体征指标` / `实时接入率`) leaves its category to the row above, however
    // short; a row lacking its unit (`基层治理数字化平台街镇覆盖` `预期性`) too.
    let src = "序号\n\
               \n\
               类别\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               属性\n\
               \n\
               2025年现状值\n\
               \n\
               2030年\n\
               \n\
               规划\n\
               \n\
               目标值\n\
               \n\
               1\n\
               \n\
               “经济数字化”\n\
               \n\
               数字经济核心产业增加值占全区生产总值比重\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               11.2\n\
               \n\
               15左右\n\
               \n\
               2\n\
               \n\
               规模以上工业企业数字化转型覆盖率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               62\n\
               \n\
               ≥90\n\
               \n\
               3\n\
               \n\
               市级以上智能工厂数量\n\
               \n\
               家\n\
               \n\
               预期性\n\
               \n\
               4\n\
               \n\
               10\n\
               \n\
               4\n\
               \n\
               “生活数字化”\n\
               \n\
               数字生活标杆场景数量\n\
               \n\
               个\n\
               \n\
               预期性\n\
               \n\
               12\n\
               \n\
               30\n\
               \n\
               5\n\
               \n\
               “治理数字化”\n\
               \n\
               政务服务事项全程网办率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               92\n\
               \n\
               完成市下达任务\n\
               \n\
               6\n\
               \n\
               城市运行体征指标\n\
               \n\
               实时接入率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               65\n\
               \n\
               ≥90\n\
               \n\
               7\n\
               \n\
               基层治理数字化平台街镇覆盖\n\
               \n\
               预期性\n\
               \n\
               试点应用\n\
               \n\
               2027年全覆盖，2030年深化应用\n\
               \n\
               8\n\
               \n\
               网络安全等级保护测评达标率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               9\n\
               \n\
               数字底座\n\
               \n\
               千兆光网家庭覆盖率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               95\n\
               \n\
               100\n\
               \n\
               10\n\
               \n\
               每万人5G-A基站数\n\
               \n\
               个\n\
               \n\
               预期性\n\
               \n\
               —\n\
               \n\
               ≥25\n\
               \n\
               11\n\
               \n\
               人工智能公共算力规模\n\
               \n\
               PFlops\n\
               \n\
               预期性\n\
               \n\
               1200\n\
               \n\
               高于全市平均水平\n\
               \n\
               12\n\
               \n\
               数据要素\n\
               \n\
               公共数据开放数据集数量\n\
               \n\
               个\n\
               \n\
               预期性\n\
               \n\
               320\n\
               \n\
               ≥800\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "瀛湾区城市数字化转型“十五五”主要指标一览表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "序号",
            "类别",
            "指标名称",
            "单位",
            "属性",
            "2025年现状值",
            "2030年规划目标值"
        ]
    );
    let rs = rows(t);
    assert_eq!(rs.len(), 12);
    assert_eq!(
        rs[5],
        "I|“治理数字化”|6||城市运行体征指标实时接入率|%|预期性|65|≥90"
    );
    assert_eq!(rs[6], "I|“治理数字化”|7||基层治理数字化平台街镇覆盖||预期性|试点应用|2027年全覆盖，2030年深化应用");
}

#[test]
fn project_row_opening_with_its_category_before_a_name_of_the_names_kind() {
    // 项目类型 merged after the number, group rows of their own: row 5 one short, its second
    // cell ending as every project's name so far (`…工程`) and its first as none, opens with
    // its own category; its 建设内容 vanished.
    let src = "序号\n\
               \n\
               项目类型\n\
               \n\
               项目名称\n\
               \n\
               建设内容\n\
               \n\
               “十四五”目标\n\
               \n\
               一\n\
               \n\
               水源保障\n\
               \n\
               1\n\
               \n\
               水源地保护\n\
               \n\
               青溪水源地隔离防护工程\n\
               \n\
               新建隔离围网约9.5公里，完善界标、警示标志和视频监控设施\n\
               \n\
               完成建设\n\
               \n\
               2\n\
               \n\
               青溪应急备用水源扩容工程\n\
               \n\
               新增调蓄库容约180万立方米，配套改造取水泵站\n\
               \n\
               完成建设\n\
               \n\
               3\n\
               \n\
               原水输配\n\
               \n\
               渟东原水连通管工程\n\
               \n\
               新建DN2000原水连通管约6.2公里\n\
               \n\
               完成建设\n\
               \n\
               二\n\
               \n\
               制水能力\n\
               \n\
               4\n\
               \n\
               水厂扩建\n\
               \n\
               渟东水厂三期扩建工程\n\
               \n\
               新增供水规模7万立方米/日，同步建设深度处理和排泥水处理设施\n\
               \n\
               完成建设\n\
               \n\
               5\n\
               \n\
               水厂提标改造\n\
               \n\
               渟东水厂一、二期深度处理改造工程\n\
               \n\
               完成建设\n\
               \n\
               6\n\
               \n\
               渟西水厂排泥水处理系统提标改造\n\
               \n\
               对渟西水厂排泥水浓缩、脱水设施进行提标改造，提高污泥含固率\n\
               \n\
               完成建设\n\
               \n\
               三\n\
               \n\
               管网设施\n\
               \n\
               7\n\
               \n\
               管网更新\n\
               \n\
               中心城区老旧供水管网更新改造工程\n\
               \n\
               更新改造灰口铸铁管、镀锌管等老旧市政供水管网约80公里\n\
               \n\
               完成建设\n\
               \n\
               8\n\
               \n\
               渟北、沙泾等镇区老旧供水管网更新改造工程\n\
               \n\
               更新改造镇区老旧供水管网及小区内部庭院管网约40公里\n\
               \n\
               完成建设\n\
               \n\
               9\n\
               \n\
               输配水干管\n\
               \n\
               渟川大道DN1200输水干管工程\n\
               \n\
               新建DN1200输水干管约4.8公里\n\
               \n\
               完成建设\n\
               \n\
               10\n\
               \n\
               临江路—青溪路DN800联络管工程\n\
               \n\
               新建DN800联络管约3.1公里，实现东西片区管网互联\n\
               \n\
               完成建设\n\
               \n\
               11\n\
               \n\
               漏损控制\n\
               \n\
               供水管网分区计量（DMA）建设\n\
               \n\
               新建独立计量区域120个，配套安装远传流量计和压力监测设备\n\
               \n\
               持续推进\n\
               \n\
               四\n\
               \n\
               二次供水\n\
               \n\
               12\n\
               \n\
               设施改造\n\
               \n\
               2000年以后建成老旧住宅小区二次供水设施改造\n\
               \n\
               对排查评估确定的老旧住宅小区实施水箱、水泵、管道等设施改造\n\
               \n\
               分批实施\n\
               \n\
               13\n\
               \n\
               移交接管\n\
               \n\
               居民住宅二次供水设施移交接管\n\
               \n\
               持续推进已改造及新建住宅二次供水设施移交供水企业统一管理\n\
               \n\
               持续推进\n\
               \n\
               五\n\
               \n\
               智慧供水\n\
               \n\
               14\n\
               \n\
               智慧水务\n\
               \n\
               渟川区供水智慧调度平台建设\n\
               \n\
               建设覆盖水厂、泵站、管网、二次供水的智慧调度平台\n\
               \n\
               建成运行\n\
               \n\
               15\n\
               \n\
               智能水表推广应用\n\
               \n\
               推广安装居民智能水表约12万只\n\
               \n\
               持续推进\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "渟川区城市供水“十四五”重点项目清单")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let five = rs.iter().find(|r| r.contains("|5|")).unwrap();
    assert_eq!(
        five,
        "I|水厂提标改造|5|水厂提标改造|渟东水厂一、二期深度处理改造工程||完成建设"
    );
    let six = rs.iter().find(|r| r.contains("|6|")).unwrap();
    assert!(
        six.starts_with("I|水厂提标改造|6||渟西水厂排泥水处理系统提标改造|"),
        "{six}"
    );
}

#[test]
fn name_over_two_paragraphs_ending_in_a_work_before_content_opening_with_one() {
    // Row 6's name over two paragraphs, its second a work on the place the first names
    // (`区未成年人救助保护中心` / `标准化改造`), before a 主要建设内容 that opens with a work's
    // verb (`改造业务用房…`): the name is the cell over two paragraphs, not the content.
    let src = "序号\n\
               \n\
               项目名称\n\
               \n\
               主要建设内容\n\
               \n\
               建设性质\n\
               \n\
               责任单位\n\
               \n\
               建设年限\n\
               \n\
               一\n\
               \n\
               养老服务设施\n\
               \n\
               1\n\
               \n\
               泖湄区第二社会福利院\n\
               \n\
               新建养老床位500张，其中护理型床位不少于400张，配套建设认知障碍照护专区\n\
               \n\
               新建\n\
               \n\
               区民政局、区建设管理委\n\
               \n\
               2026—2028年\n\
               \n\
               2\n\
               \n\
               社区综合为老服务中心\n\
               \n\
               提升改造现有中心14家，\n\
               新建中心6家\n\
               \n\
               新建、改扩建\n\
               \n\
               各街道办事处、镇人民政府\n\
               \n\
               2026—2030年\n\
               \n\
               3\n\
               \n\
               长者照护之家\n\
               \n\
               新建长者照护之家8家，新增床位240张\n\
               \n\
               新建\n\
               \n\
               各街道办事处、镇人民政府\n\
               \n\
               2026—2030年\n\
               \n\
               4\n\
               \n\
               家庭照护床位试点\n\
               \n\
               在4个街道、镇建设家庭照护床位不少于500张\n\
               \n\
               区民政局、相关街道办事处、镇人民政府\n\
               \n\
               2026—2028年\n\
               \n\
               二\n\
               \n\
               社会救助和儿童福利设施\n\
               \n\
               5\n\
               \n\
               区救助管理站迁建\n\
               \n\
               迁建救助管理站，建筑面积约4200平方米，设置救助床位80张\n\
               \n\
               迁建\n\
               \n\
               区民政局\n\
               \n\
               2027—2029年\n\
               \n\
               6\n\
               \n\
               区未成年人救助保护中心\n\
               \n\
               标准化改造\n\
               \n\
               改造业务用房约1500平方米，完善临时监护照料、心理辅导等功能\n\
               \n\
               改建\n\
               \n\
               区民政局\n\
               \n\
               2026—2027年\n\
               \n\
               7\n\
               \n\
               区儿童福利院康复楼改建\n\
               \n\
               改建康复楼约3000平方米，增设特殊教育和康复训练功能区\n\
               \n\
               改建\n\
               \n\
               区民政局\n\
               \n\
               2027—2028年\n\
               \n\
               三\n\
               \n\
               社区治理和社会事务设施\n\
               \n\
               8\n\
               \n\
               区殡仪馆火化设备更新\n\
               \n\
               更新环保型火化机4台，同步建设尾气处理设施\n\
               \n\
               改建\n\
               \n\
               区民政局\n\
               \n\
               2026—2027年\n\
               \n\
               9\n\
               \n\
               生态节地安葬区建设\n\
               \n\
               在区公墓新建树葬、草坪葬等生态节地安葬区约30亩\n\
               \n\
               新建\n\
               \n\
               区民政局\n\
               \n\
               2026—2029年\n\
               \n\
               10\n\
               \n\
               智慧民政“一网统管”平台\n\
               \n\
               整合社会救助、养老服务、社会组织等业务系统，建设民政数据底座和综合监管场景\n\
               \n\
               新建\n\
               \n\
               区民政局、区大数据中心\n\
               \n\
               2026—2027年\n\
               \n\
               11\n\
               \n\
               社区公益服务空间\n\
               \n\
               依托“慈善超市”转型建设社区公益服务空间20个\n\
               \n\
               改建\n\
               \n\
               各街道办事处、镇人民政府\n\
               \n\
               2026—2030年\n\
               \n\
               注：项目具体建设内容和规模以最终批复为准。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "泖湄区民政事业发展“十五五”重点项目表")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let six = rs.iter().find(|r| r.contains("|6|")).unwrap();
    assert_eq!(six, "I||6|区未成年人救助保护中心标准化改造|改造业务用房约1500平方米，完善临时监护照料、心理辅导等功能|改建|区民政局|2026—2027年");
}

#[test]
fn a_title_naming_the_period_and_ending_in_projects_is_a_caption() {
    // `…“十五五”重点建设项目` right before its table's header: a caption, though no caption's
    // word (表, 指标, 清单 …) is in it; not a sentence that ends so, nor a title naming no period.
    use super::one_cell::is_caption;
    assert!(is_caption("莼浦区产业园区转型升级“十五五”重点建设项目"));
    assert!(is_caption("“十五五”时期澜湾区城市更新重点任务"));
    assert!(!is_caption("莼浦区产业园区转型升级重点建设项目"));
    assert!(!is_caption("围绕“十五五”发展目标，推进重点建设项目"));
}

#[test]
fn share_row_with_one_figure_after_its_attribute_lacks_its_baseline() {
    // 类别 merged before 序号, 属性 before `2025年现状` `“十五五”目标`: the `其中` sub-row one
    // short, one figure after its attribute (`预期性` `20个`), lacks its baseline, as a plan
    // never leaves out a target.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               属性\n\
               \n\
               2025年现状\n\
               \n\
               “十五五”目标\n\
               \n\
               供给保障\n\
               \n\
               1\n\
               \n\
               新增公共停车泊位（含道路停车泊位）\n\
               \n\
               预期性\n\
               \n\
               /\n\
               \n\
               个\n\
               \n\
               2\n\
               \n\
               新增“P+R”停车换乘泊位\n\
               \n\
               预期性\n\
               \n\
               1186个\n\
               \n\
               2000个\n\
               \n\
               3\n\
               \n\
               居住小区停车泊位与登记车辆比\n\
               \n\
               预期性\n\
               \n\
               0.82\n\
               \n\
               0.9以上\n\
               \n\
               共享利用\n\
               \n\
               4\n\
               \n\
               新增错峰共享停车项目\n\
               \n\
               预期性\n\
               \n\
               41个\n\
               \n\
               累计60个以上\n\
               \n\
               其中：医院、学校周边共享项目\n\
               \n\
               预期性\n\
               \n\
               20个\n\
               \n\
               5\n\
               \n\
               累计释放共享泊位\n\
               \n\
               预期性\n\
               \n\
               2735个\n\
               \n\
               5000个\n\
               \n\
               智慧管理\n\
               \n\
               6\n\
               \n\
               经营性公共停车场（库）信息联网率\n\
               \n\
               约束性\n\
               \n\
               98.6%\n\
               \n\
               100%\n\
               \n\
               7\n\
               \n\
               道路停车泊位智能化改造\n\
               \n\
               预期性\n\
               \n\
               35%\n\
               \n\
               全面完成，动态维护\n\
               \n\
               8\n\
               \n\
               医院停车预约服务覆盖率\n\
               \n\
               预期性\n\
               \n\
               9家\n\
               \n\
               二级以上医院全覆盖\n\
               \n\
               绿色发展\n\
               \n\
               9\n\
               \n\
               公共停车场（库）充电泊位占比\n\
               \n\
               约束性\n\
               \n\
               17.4%\n\
               \n\
               25%\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表2岚泾区停车设施“十五五”发展主要指标表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let share = rs.iter().find(|r| r.contains("其中：")).unwrap();
    assert_eq!(
        share,
        "I|共享利用|||其中：医院、学校周边共享项目|预期性||20个"
    );
}

#[test]
fn share_row_name_over_two_paragraphs_ending_in_a_measure_with_a_unit_character() {
    // 类别 merged after 序号; the `其中` sub-row's name over two paragraphs, its second a
    // measure's end holding a unit's character (`其中：取得职业技能等级证书` / `人员占比` / `%`):
    // one name, the unit after it.
    let src = "序号\n\
               \n\
               类别\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               属性\n\
               \n\
               2025年基数\n\
               \n\
               2030年\n\
               \n\
               目标值\n\
               \n\
               1\n\
               \n\
               思想引领\n\
               \n\
               退役军人思想政治教育覆盖率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               90\n\
               \n\
               ≥95\n\
               \n\
               2\n\
               \n\
               累计选树区级以上先进典型\n\
               \n\
               名\n\
               \n\
               预期性\n\
               \n\
               36\n\
               \n\
               50\n\
               \n\
               （2026—2030年累计）\n\
               \n\
               3\n\
               \n\
               就业创业\n\
               \n\
               退役军人年度就业率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               96.3\n\
               \n\
               完成市下达指标\n\
               \n\
               4\n\
               \n\
               退役士兵适应性培训参训率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               5\n\
               \n\
               退役军人职业技能培训\n\
               \n\
               人次\n\
               \n\
               预期性\n\
               \n\
               1720\n\
               \n\
               3000\n\
               \n\
               其中：取得职业技能等级证书\n\
               \n\
               人员占比\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               58\n\
               \n\
               ≥70\n\
               \n\
               6\n\
               \n\
               服务保障\n\
               \n\
               三级服务站点规范化建设达标率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               97\n\
               \n\
               100\n\
               \n\
               7\n\
               \n\
               服务事项“一网通办”网上可办率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               86\n\
               \n\
               ≥95\n\
               \n\
               8\n\
               \n\
               重点对象常态化联系走访覆盖率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               9\n\
               \n\
               权益维护\n\
               \n\
               涉军信访事项按期办结率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               98.5\n\
               \n\
               100\n\
               \n\
               10\n\
               \n\
               零散烈士纪念设施集中管护\n\
               \n\
               约束性\n\
               \n\
               基本完成\n\
               \n\
               巩固提升\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "澄岚区“十五五”期间退役军人服务保障主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let share = rs.iter().find(|r| r.contains("其中：")).unwrap();
    assert_eq!(
        share,
        "I|就业创业|||其中：取得职业技能等级证书人员占比|%|预期性|58|≥70"
    );
}

#[test]
fn caption_below_right_under_the_last_row_block_is_no_part_of_its_cell() {
    // Row blocks right under the plan's text, the caption below the last row's block with no
    // blank line between (`0.62` / `“十五五”珩沙区生态廊道建设主要指标`), a note after it: the
    // caption is no part of the last cell.
    let src = "类别\n\
               序号\n\
               指标名称\n\
               属性\n\
               单位\n\
               2025年基准\n\
               2030年目标\n\
               \n\
               空间格局\n\
               1\n\
               生态廊道总面积\n\
               约束性\n\
               平方公里\n\
               48.6\n\
               ≥52\n\
               \n\
               2\n\
               珩江滨岸生态化岸线比例\n\
               约束性\n\
               %\n\
               62\n\
               ≥80\n\
               \n\
               3\n\
               骨干河道两侧生态缓冲带\n\
               达标长度\n\
               预期性\n\
               公里\n\
               86\n\
               增加40\n\
               \n\
               生态质量\n\
               4\n\
               廊道林地覆盖率*\n\
               约束性\n\
               %\n\
               21.3\n\
               23.5\n\
               \n\
               5\n\
               大陆自然岸线保有率\n\
               约束性\n\
               %\n\
               18.2\n\
               ＞18.5\n\
               \n\
               6\n\
               滩涂湿地保护率\n\
               约束性\n\
               %\n\
               55\n\
               ≥60\n\
               \n\
               7\n\
               廊道重点监测鸟类种数\n\
               预期性\n\
               种\n\
               186\n\
               ＞190\n\
               \n\
               8\n\
               骨干河道断面水质优良比例\n\
               约束性\n\
               %\n\
               78\n\
               ≥85\n\
               \n\
               共享服务\n\
               9\n\
               滨江滨海公共岸线贯通长度\n\
               预期性\n\
               公里\n\
               31.5\n\
               增加15\n\
               \n\
               10\n\
               生态廊道绿道长度\n\
               预期性\n\
               公里\n\
               120\n\
               \n\
               11\n\
               廊道生物多样性综合指数\n\
               预期性\n\
               /\n\
               0.58\n\
               0.62\n\
               “十五五”珩沙区生态廊道建设主要指标\n\
               注：*廊道林地覆盖率按照国家林草局最新统计口径测算，统计范围为生态廊道控制线内的国土调查林地；第10项为“十五五”新增指标，2025年无基准值。\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(rs.len(), 11);
    assert_eq!(
        rs[10],
        "I|共享服务||11|廊道生物多样性综合指数|预期性|/|0.58|0.62"
    );
    assert_eq!(t.title, "“十五五”珩沙区生态廊道建设主要指标");
    assert!(t.caption_below);
}

#[test]
fn figure_closed_by_its_remark_is_no_half_of_a_cell() {
    // The last row's target a figure closed by its remark in brackets (`100%（确保完成市下达
    // 任务）`), its result words (`全面完成`) under a column of figures: two cells, as written,
    // not one joined with the result left empty.
    let src = "序号\n\
               \n\
               指标\n\
               \n\
               单位\n\
               \n\
               “十四五”目标\n\
               \n\
               完成情况\n\
               \n\
               1\n\
               \n\
               已建公共建筑无障碍设施覆盖率（期末）*\n\
               \n\
               %\n\
               \n\
               力争90%\n\
               \n\
               93.6\n\
               \n\
               2\n\
               \n\
               公共建筑无障碍改造点位\n\
               \n\
               （五年累计）\n\
               \n\
               处\n\
               \n\
               1000处\n\
               \n\
               1236\n\
               \n\
               3\n\
               \n\
               困难重度残疾人家庭无障碍改造（五年累计）*\n\
               \n\
               户\n\
               \n\
               2500户\n\
               \n\
               2650\n\
               \n\
               4\n\
               \n\
               公交候车亭无障碍改造率（期末）\n\
               \n\
               %\n\
               \n\
               80%\n\
               \n\
               85\n\
               \n\
               5\n\
               \n\
               过街音响提示装置（五年累计）\n\
               \n\
               套\n\
               \n\
               150-180套\n\
               \n\
               186\n\
               \n\
               6\n\
               \n\
               社区“无障碍服务驿站”试点\n\
               \n\
               个\n\
               \n\
               2-3个\n\
               \n\
               2\n\
               \n\
               7\n\
               \n\
               新增无障碍公共卫生间（五年累计）\n\
               \n\
               座\n\
               \n\
               60座\n\
               \n\
               72\n\
               \n\
               8\n\
               \n\
               政务新媒体适老化无障碍改造率*\n\
               \n\
               %\n\
               \n\
               100%（确保完成市下达任务）\n\
               \n\
               全面完成\n\
               \n\
               注：带“*”的指标为约束性指标。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1：琅汀区无障碍环境建设“十四五”规划主要指标完成情况")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(rs.len(), 8);
    assert_eq!(
        rs[7],
        "I||8|政务新媒体适老化无障碍改造率*|%|100%（确保完成市下达任务）|全面完成"
    );
}

#[test]
fn lead_in_force_keeps_its_place_and_a_time_in_words_closes_the_last_row() {
    // 牵头单位 配合单位 完成时限: row 3 one short, its bodies opening with the lead in force
    // above (`区统计局、区城运中心` after rows led by `区统计局`), a time after them: the lead's,
    // its assisting bodies missing. The last row's name over two paragraphs (`企业统计台账` /
    // `电子化推广`) and its time in words last (`持续推进` under 完成时限): the row's cells.
    let src = "序号\n\
               \n\
               任务名称\n\
               \n\
               主要内容\n\
               \n\
               牵头单位\n\
               \n\
               配合单位\n\
               \n\
               完成时限\n\
               \n\
               1\n\
               \n\
               街镇统计站所标准化建设\n\
               \n\
               按照“五有”标准完成全区9个街镇统计站所标准化建设，每个街镇配备不少于3名专职统计人员\n\
               \n\
               区统计局\n\
               \n\
               各街道办事处、镇人民政府\n\
               \n\
               2027年底前\n\
               \n\
               2\n\
               \n\
               村居统计员队伍建设\n\
               \n\
               建立村居统计员名录库和年度轮训制度，\n\
               推动村居统计员业务培训全覆盖\n\
               \n\
               区统计局\n\
               \n\
               区人力资源社会保障局\n\
               \n\
               2028年底前\n\
               \n\
               3\n\
               \n\
               “统计+网格”数据采集推广\n\
               \n\
               依托城市运行“一网统管”网格体系，在全区推广基层统计数据网格化采集\n\
               \n\
               区统计局、区城运中心\n\
               \n\
               2028年底前\n\
               \n\
               4\n\
               \n\
               企业统计台账\n\
               \n\
               电子化推广\n\
               \n\
               在规模以上企业全面推广统一的电子统计台账模板，实现台账数据与统计报表自动关联\n\
               \n\
               区统计局\n\
               \n\
               区经委、区商务委\n\
               \n\
               持续推进\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(rs.len(), 4);
    assert_eq!(rs[2], "I||3|“统计+网格”数据采集推广|依托城市运行“一网统管”网格体系，在全区推广基层统计数据网格化采集|区统计局、区城运中心||2028年底前");
    assert_eq!(rs[3], "I||4|企业统计台账电子化推广|在规模以上企业全面推广统一的电子统计台账模板，实现台账数据与统计报表自动关联|区统计局|区经委、区商务委|持续推进");
}

#[test]
fn row_block_bodies_over_two_lines_stopped_at_a_comma_of_list_leave_the_category() {
    // Row blocks under 项目类别 merged after the number: row 2 leaves its category to the row
    // above and writes its 责任单位 over two lines stopped at a `、` (`区绿化市容局、区规划资源局、`
    // / `杉城街道办事处`): one cell, the category the group's.
    let src = "序号\n\
               项目类别\n\
               项目名称\n\
               主要建设内容\n\
               建设年限\n\
               责任单位\n\
               \n\
               1\n\
               森林扩量\n\
               浦阳河生态廊道森林建设工程\n\
               沿浦阳河两岸新建生态廊道林带，新增森林面积1200亩，配套建设林间步道和生态驳岸\n\
               2026—2028年\n\
               区绿化市容局、汀溪镇人民政府\n\
               \n\
               2\n\
               杉浦新城环城林带（北段）建设工程\n\
               新建环城林带北段约6.5公里，宽度不少于100米，同步贯通林带内慢行绿道\n\
               2026—2029年\n\
               区绿化市容局、区规划资源局、\n\
               杉城街道办事处\n\
               \n\
               3\n\
               梓塘镇休闲森林公园\n\
               依托现状林地建设休闲森林公园约1500亩，完善游憩步道、自然教育和服务驿站设施\n\
               2027—2029年\n\
               梓塘镇人民政府\n\
               \n\
               4\n\
               2027年沙墩镇“四旁林”集中建设项目\n\
               在村旁、路旁、水旁、宅旁集中植绿，新增乡村“四旁林”约800亩\n\
               2027年\n\
               沙墩镇人民政府\n\
               \n\
               5\n\
               质量提升\n\
               大芦荡湿地保护修复工程\n\
               实施大芦荡湿地二期生态修复，恢复自然岸线和滩涂生境，\n\
               营造鸟类栖息地约300亩\n\
               2026—2028年\n\
               区绿化市容局、区水务局\n\
               \n\
               6\n\
               城区林荫道路提升工程\n\
               新建改建林荫道路20条，补植行道树，优化道路绿化断面和树种结构\n\
               2026—2030年\n\
               区绿化市容局、区建设管理委\n\
               \n\
               7\n\
               服务提升\n\
               杉浦区林长制智慧监管平台（二期）\n\
               拓展林地资源动态监测、林业有害生物和森林火情预警等功能模块，实现与区城运平台数据互通\n\
               区绿化市容局\n\
               \n\
               8\n\
               青枫镇森林康养基地\n\
               依托青枫镇现状片林，建设森林康养步道、康养驿站和自然疗愈场地\n\
               2028—2030年\n\
               青枫镇人民政府\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "杉浦区森林城市建设“十五五”重点项目表")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(rs.len(), 8);
    assert_eq!(rs[1], "I|森林扩量|2||杉浦新城环城林带（北段）建设工程|新建环城林带北段约6.5公里，宽度不少于100米，同步贯通林带内慢行绿道|2026—2029年|区绿化市容局、区规划资源局、杉城街道办事处");
}

#[test]
fn project_content_over_two_paragraphs_where_the_category_vanished() {
    // 项目类别 merged after the number, cells one per paragraph: row 4 leaves its category to
    // the row above (its first piece ends as every name so far, `…工程`) and writes its 建设内容
    // over two paragraphs (`…庭院燃气管道` / `130公里、立管40公里`), which no name column's
    // ending fits apart.
    let src = "序号\n\
               \n\
               项目类别\n\
               \n\
               项目名称\n\
               \n\
               建设内容及规模\n\
               \n\
               建设年限\n\
               \n\
               实施主体\n\
               \n\
               1\n\
               \n\
               气源储备\n\
               \n\
               蒹塘液化天然气应急储配站扩建工程\n\
               \n\
               新增液化天然气储罐2座，应急储气能力提升至5天日均用气量\n\
               \n\
               2026—2028年\n\
               \n\
               蒹塘燃气公司\n\
               \n\
               2\n\
               \n\
               西部高中压调压站新建工程\n\
               \n\
               新建高中压调压站1座，配套建设高压进站管道3.5公里\n\
               \n\
               2027—2029年\n\
               \n\
               蒹塘燃气公司\n\
               \n\
               3\n\
               \n\
               管网设施\n\
               \n\
               中压燃气管网联络线工程\n\
               \n\
               新建中压燃气管道48公里，打通管网末端和单气源供气区域\n\
               \n\
               2026—2030年\n\
               \n\
               蒹塘燃气公司\n\
               \n\
               4\n\
               \n\
               老旧燃气管道更新改造工程\n\
               \n\
               改造市政燃气管道150公里、庭院燃气管道\n\
               \n\
               130公里、立管40公里\n\
               \n\
               2026—2030年\n\
               \n\
               区建设管理委、蒹塘燃气公司\n\
               \n\
               5\n\
               \n\
               区域调压站（箱）标准化改造工程（一期）\n\
               \n\
               完成86座区域调压站（箱）标准化改造，同步加装在线监测设备\n\
               \n\
               2026-2027年\n\
               \n\
               蒹塘燃气公司\n\
               \n\
               6\n\
               \n\
               安全保障\n\
               \n\
               居民用户燃气安全装置提升工程\n\
               \n\
               为老旧住宅居民用户更换熄火保护灶具，加装燃气自闭阀和金属波纹管\n\
               \n\
               2026—2028年\n\
               \n\
               各街道办事处、镇人民政府\n\
               \n\
               7\n\
               \n\
               东部燃气应急抢险基地建设工程\n\
               \n\
               新建应急抢险基地1座，配置抢险车辆6台及带压封堵等专业装备\n\
               \n\
               区建设管理委\n\
               \n\
               8\n\
               \n\
               智慧服务\n\
               \n\
               燃气安全智慧监管平台二期工程\n\
               \n\
               扩展平台数据接入范围，建设风险监测预警、应急指挥调度等功能模块\n\
               \n\
               2026—2027年\n\
               \n\
               区建设管理委、区数据局\n\
               \n\
               9\n\
               \n\
               燃气服务网点标准化建设\n\
               \n\
               新建和改造燃气综合服务网点8个，推行“一站式”服务\n\
               \n\
               2026—2030年\n\
               \n\
               蒹塘燃气公司\n\
               \n\
               注：第7项建设年限根据选址落地情况另行确定。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "附件1：蒹塘区城市燃气“十五五”重点项目表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let four = rs.iter().find(|r| r.contains("|4|")).unwrap();
    assert_eq!(four, "I|管网设施|4||老旧燃气管道更新改造工程|改造市政燃气管道150公里、庭院燃气管道130公里、立管40公里|2026—2030年|区建设管理委、蒹塘燃气公司");
}

#[test]
fn name_over_two_paragraphs_before_words_of_no_unit_and_values_in_words() {
    // Row 6 as wide as the columns: its name over two paragraphs (`农民建房“一件事”` / `全程网办`)
    // where the unit would stand, no unit of the words, and its values words too (`全面实施`):
    // the name joined, the unit the cell missing.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               属性\n\
               \n\
               泖汀区\n\
               \n\
               “十四五”\n\
               \n\
               目标\n\
               \n\
               完成情况\n\
               \n\
               规划编制\n\
               \n\
               1\n\
               \n\
               实用性村庄规划\n\
               \n\
               编制覆盖率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               2\n\
               \n\
               保护村、保留村村庄设计\n\
               \n\
               完成数量\n\
               \n\
               个\n\
               \n\
               预期性\n\
               \n\
               40\n\
               \n\
               43\n\
               \n\
               3\n\
               \n\
               乡村责任规划师团队\n\
               \n\
               个\n\
               \n\
               预期性\n\
               \n\
               20以上\n\
               \n\
               23\n\
               \n\
               宅基地管理\n\
               \n\
               4\n\
               \n\
               农民相对集中居住户数\n\
               \n\
               户\n\
               \n\
               约束性\n\
               \n\
               4500\n\
               \n\
               4862\n\
               \n\
               其中：平移集中归并户数\n\
               \n\
               户\n\
               \n\
               预期性\n\
               \n\
               1800\n\
               \n\
               1945\n\
               \n\
               5\n\
               \n\
               宅基地复垦面积\n\
               \n\
               公顷\n\
               \n\
               预期性\n\
               \n\
               100\n\
               \n\
               118\n\
               \n\
               6\n\
               \n\
               农民建房“一件事”\n\
               \n\
               全程网办\n\
               \n\
               预期性\n\
               \n\
               全面实施\n\
               \n\
               全面实施\n\
               \n\
               7\n\
               \n\
               宅基地“一户一档”\n\
               \n\
               数据库入库率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               人居环境\n\
               \n\
               8\n\
               \n\
               农村生活污水处理设施覆盖率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               98以上\n\
               \n\
               99\n\
               \n\
               9\n\
               \n\
               美丽乡村示范村\n\
               \n\
               累计创建数量\n\
               \n\
               个\n\
               \n\
               预期性\n\
               \n\
               25\n\
               \n\
               26\n\
               \n\
               10\n\
               \n\
               市级乡村振兴示范村\n\
               \n\
               累计创建数量\n\
               \n\
               个\n\
               \n\
               预期性\n\
               \n\
               10\n\
               \n\
               11\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "泖汀区“十四五”村庄规划和宅基地管理主要指标完成情况")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let six = rs.iter().find(|r| r.contains("|6|")).unwrap();
    assert_eq!(
        six,
        "I|宅基地管理||6|农民建房“一件事”全程网办||预期性|全面实施|全面实施"
    );
}

#[test]
fn note_saying_no_plan_target_was_set_places_the_gap() {
    // Row 5 one short, its note saying no target was set (`…未设规划目标值`): the gap under
    // 规划目标, its figure the result.
    let src = "指标名称\n\
               \n\
               规划目标\n\
               \n\
               2025年完成值\n\
               \n\
               指标性质\n\
               \n\
               公共信用信息归集总量\n\
               \n\
               （万条）\n\
               \n\
               3000\n\
               \n\
               3426\n\
               \n\
               预期性\n\
               \n\
               行政许可和行政处罚信息\n\
               \n\
               “双公示”上报合规率（%）\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               信用承诺书归集数量\n\
               \n\
               （万份）\n\
               \n\
               8\n\
               \n\
               12.7\n\
               \n\
               （2021年-2025年累计）\n\
               \n\
               预期性\n\
               \n\
               “信易贷”平台授信金额（亿元）\n\
               \n\
               50\n\
               \n\
               68.3\n\
               \n\
               预期性\n\
               \n\
               信用修复平均办理时限\n\
               \n\
               （工作日）\n\
               \n\
               3\n\
               \n\
               预期性\n\
               \n\
               重点行业领域信用分级分类\n\
               \n\
               监管覆盖率（%）\n\
               \n\
               ≥80\n\
               \n\
               92.6\n\
               （按行业领域计）\n\
               \n\
               约束性\n\
               \n\
               注：信用修复平均办理时限为“十四五”中期新增监测指标，未设规划目标值。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1 “十四五”时期渟溪区社会信用体系建设主要指标完成情况")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let five = rs
        .iter()
        .find(|r| r.contains("信用修复平均办理时限"))
        .unwrap();
    assert_eq!(five, "I||信用修复平均办理时限（工作日）||3|预期性");
}

#[test]
fn sentence_after_the_last_row_is_text_where_no_cell_is_one() {
    // The last row short of its 所在街镇, and a sentence of the text right after it in cells one
    // per paragraph (`2026—2030年` / `严格落实项目建设管理。…`): the sentence is text, no cell,
    // where no cell above is a sentence.
    let src = "序号\n\
               \n\
               项目名称\n\
               \n\
               所在街镇\n\
               \n\
               建设规模\n\
               \n\
               建设性质\n\
               \n\
               实施年限\n\
               \n\
               一\n\
               \n\
               新建学校\n\
               \n\
               1\n\
               \n\
               萦塘新城中央社区九年一贯制学校\n\
               \n\
               萦塘新城\n\
               \n\
               45班\n\
               \n\
               新建\n\
               \n\
               2026—2028年\n\
               \n\
               2\n\
               \n\
               萦塘新城西片区小学\n\
               \n\
               萦塘新城\n\
               \n\
               30班\n\
               \n\
               新建\n\
               \n\
               2027—2029年\n\
               \n\
               3\n\
               \n\
               东塘镇荷溪社区\n\
               \n\
               配套初级中学\n\
               \n\
               东塘镇\n\
               \n\
               32班\n\
               \n\
               新建\n\
               \n\
               2027—2030年\n\
               \n\
               4\n\
               \n\
               北汇镇第二小学\n\
               \n\
               北汇镇\n\
               \n\
               25班\n\
               \n\
               迁建\n\
               \n\
               2028—2030年\n\
               \n\
               二\n\
               \n\
               改扩建学校\n\
               \n\
               5\n\
               \n\
               萦川中学\n\
               \n\
               萦川街道\n\
               \n\
               由24班扩至36班\n\
               \n\
               改扩建\n\
               \n\
               2026—2027年\n\
               \n\
               6\n\
               \n\
               望湖路小学\n\
               \n\
               望湖街道\n\
               \n\
               30班\n\
               \n\
               原址拆除重建\n\
               \n\
               2027—2029年\n\
               \n\
               7\n\
               \n\
               南漪中学体育馆及风雨操场\n\
               \n\
               南漪镇\n\
               \n\
               新增建筑面积0.8万平方米\n\
               \n\
               改扩建\n\
               \n\
               2028—2029年\n\
               \n\
               三\n\
               \n\
               校舍修缮及功能提升\n\
               \n\
               8\n\
               \n\
               老旧校舍综合修缮工程\n\
               \n\
               萦川街道、望湖街道、\n\
               枫垣街道\n\
               \n\
               1.5万平方米\n\
               \n\
               修缮\n\
               \n\
               2026—2030年\n\
               \n\
               9\n\
               \n\
               中小学校体育场地提升工程\n\
               \n\
               各街镇\n\
               \n\
               12所\n\
               \n\
               改造\n\
               \n\
               2026—2028年\n\
               \n\
               10\n\
               \n\
               智慧校园提升工程\n\
               \n\
               96所\n\
               \n\
               提升\n\
               \n\
               2026—2030年\n\
               \n\
               严格落实项目建设管理。建立重点项目“一项目一专班”推进机制，实行项目进度月报和节点督办制度，对前期手续、征收腾地、施工建设、竣工交付等关键环节实施全过程跟踪，确保项目按期建成投用。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表2  萦塘区“十五五”中小学重点建设项目")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let ten = rs.iter().find(|r| r.contains("|10|")).unwrap();
    assert_eq!(ten, "I||10|智慧校园提升工程||96所|提升|2026—2030年");
    assert!(
        r.consumed < ls.len(),
        "the sentence after the table is no row's"
    );
}

#[test]
fn time_in_words_ends_a_row_before_the_next_groups_category() {
    // 类别 merged before 序号; row 2 lacks its assisting bodies and ends on a time in words
    // (`长期坚持` under 完成时限); the words after it, no time and no bodies (`数据协同`), are the
    // next group's category.
    let src = "任务类别\n\
               \n\
               序号\n\
               \n\
               改革任务\n\
               \n\
               牵头单位\n\
               \n\
               配合单位\n\
               \n\
               完成时限\n\
               \n\
               集成服务\n\
               \n\
               1\n\
               \n\
               推行新生儿出生、入学入园、退休等个人事项“一件事”联办，实现一次告知、一表申请、一次办结\n\
               \n\
               区政务服务办\n\
               \n\
               区卫生健康委、区教育局、区人力资源社会保障局\n\
               \n\
               2027年底前\n\
               \n\
               2\n\
               \n\
               建立“一件事”事项清单动态更新和运行效能评估机制\n\
               \n\
               区政务服务办\n\
               \n\
               长期坚持\n\
               \n\
               数据协同\n\
               \n\
               3\n\
               \n\
               编制区级公共数据资源目录，推动高频电子证照和数据在政务服务中共享复用\n\
               \n\
               区数据局\n\
               \n\
               区各相关部门\n\
               \n\
               2026年底前\n\
               \n\
               4\n\
               \n\
               推行“两个免于提交”，对可通过数据共享获取的申请材料，\n\
               一律免于申请人提交\n\
               \n\
               区数据局\n\
               \n\
               区政务服务办、区司法局\n\
               \n\
               2028年底前\n\
               \n\
               渠道建设\n\
               \n\
               5\n\
               \n\
               推进街镇社区事务受理服务中心与村居服务站点业务延伸、系统贯通\n\
               \n\
               各街道办事处、\n\
               \n\
               各镇人民政府\n\
               \n\
               区政务服务办\n\
               \n\
               2028年底前\n\
               \n\
               6\n\
               \n\
               推广政务服务“帮办代办”和“远程虚拟窗口”，为特殊群体提供上门办、预约办服务\n\
               \n\
               区政务服务办\n\
               \n\
               区民政局、区残联\n\
               \n\
               每年\n\
               \n\
               企业服务\n\
               \n\
               7\n\
               \n\
               建设“企业服务云”栖澄专区，推动惠企政策精准推送、免申即享\n\
               \n\
               区商务委\n\
               \n\
               区市场监管局、区科委、区财政局\n\
               \n\
               2027年底前\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表2栖澄区政务服务“十五五”重点改革任务表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let two = rs.iter().find(|r| r.contains("|2|")).unwrap();
    assert_eq!(
        two,
        "I|集成服务||2|建立“一件事”事项清单动态更新和运行效能评估机制|区政务服务办||长期坚持"
    );
    let three = rs.iter().find(|r| r.contains("|3|")).unwrap();
    assert!(three.starts_with("I|数据协同|数据协同|3|"), "{three}");
}

#[test]
fn numbered_caption_below_before_a_numbered_heading_is_the_tables() {
    // No caption above; the numbered caption below the last row (`表2：…`), then a numbered
    // heading of the text (`7.泖西片区：…`): the caption is the table's.
    let src = "\n\
               片区\n\
               \n\
               序号\n\
               \n\
               镇（农场）\n\
               \n\
               新建面积（万亩）\n\
               \n\
               改造提升面积\n\
               （万亩）\n\
               \n\
               生态农田示范片区（个）\n\
               \n\
               泖西片区\n\
               \n\
               1\n\
               \n\
               泖西镇\n\
               \n\
               0.52\n\
               \n\
               0.86\n\
               \n\
               3\n\
               \n\
               2\n\
               \n\
               沈浜镇\n\
               \n\
               0.41\n\
               \n\
               0.74\n\
               \n\
               2\n\
               \n\
               泖东片区\n\
               \n\
               3\n\
               \n\
               蕴溪镇\n\
               \n\
               0.33\n\
               \n\
               0.62\n\
               \n\
               2\n\
               \n\
               4\n\
               \n\
               枫塘镇\n\
               \n\
               0.28\n\
               \n\
               0.55\n\
               \n\
               2\n\
               \n\
               5\n\
               \n\
               荻泾镇\n\
               \n\
               0.24\n\
               \n\
               0.48\n\
               \n\
               1\n\
               \n\
               国有农场\n\
               \n\
               6\n\
               \n\
               蕴泖农场\n\
               \n\
               0.12\n\
               \n\
               0.35\n\
               \n\
               表2：“十五五”时期各镇（农场）高标准农田建设任务分解\n\
               \n\
               7.泖西片区：建设集中连片优质稻米生产基地\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.title,
        "表2：“十五五”时期各镇（农场）高标准农田建设任务分解"
    );
    assert!(t.caption_below);
}

#[test]
fn dated_values_header_beside_a_place_period_and_plan_over_three_paragraphs() {
    // `澄溪区` / `“十四五”` / `规划值` and then `2025年` / `实际完成值` (a value's word of five):
    // two header cells, each over its paragraphs.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               属性\n\
               \n\
               澄溪区\n\
               \n\
               “十四五”\n\
               \n\
               规划值\n\
               \n\
               2025年\n\
               \n\
               实际完成值\n\
               \n\
               服务设施\n\
               \n\
               1\n\
               \n\
               社区综合为老服务中心\n\
               \n\
               家\n\
               \n\
               约束性\n\
               \n\
               14\n\
               \n\
               14\n\
               \n\
               2\n\
               \n\
               社区嵌入式养老服务设施\n\
               \n\
               街镇覆盖率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               3\n\
               \n\
               社区长者食堂\n\
               \n\
               家\n\
               \n\
               预期性\n\
               \n\
               20\n\
               \n\
               23\n\
               \n\
               服务供给\n\
               \n\
               4\n\
               \n\
               家庭养老照护床位\n\
               \n\
               张\n\
               \n\
               预期性\n\
               \n\
               1200\n\
               \n\
               1260\n\
               \n\
               5\n\
               \n\
               居家适老化改造\n\
               \n\
               户\n\
               \n\
               预期性\n\
               \n\
               5000以上\n\
               \n\
               6800\n\
               \n\
               6\n\
               \n\
               居家养老服务满意度\n\
               \n\
               预期性\n\
               \n\
               90.00以上\n\
               \n\
               92.7\n\
               \n\
               智慧赋能\n\
               \n\
               7\n\
               \n\
               独居老年人智能安全\n\
               \n\
               设备安装率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               80\n\
               \n\
               86.5\n\
               \n\
               8\n\
               \n\
               养老服务“一网通办”\n\
               \n\
               事项覆盖率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               90\n\
               \n\
               —\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "澄溪区“十四五”居家养老服务主要指标完成情况")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    assert_eq!(
        t.columns,
        [
            "类别",
            "序号",
            "指标名称",
            "单位",
            "属性",
            "澄溪区“十四五”规划值",
            "2025年实际完成值"
        ]
    );
}

#[test]
fn share_after_the_last_row_with_its_name_over_two_paragraphs_before_its_unit() {
    // The last row's `其中` share after it, as wide as a row after its number: its name over two
    // paragraphs before its unit (`其中：保税研发设计` / `业务收入` / `亿元`), one figure before
    // the attribute: the name joined, the baseline the cell missing.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               2025年\n\
               \n\
               基期值\n\
               \n\
               2030年\n\
               \n\
               目标值\n\
               \n\
               属性\n\
               \n\
               对外贸易\n\
               \n\
               1\n\
               \n\
               货物进出口总额\n\
               \n\
               亿元\n\
               \n\
               1680\n\
               \n\
               2100\n\
               \n\
               预期性\n\
               \n\
               2\n\
               \n\
               服务贸易进出口额\n\
               \n\
               亿元\n\
               \n\
               296\n\
               \n\
               400\n\
               \n\
               预期性\n\
               \n\
               3\n\
               \n\
               数字贸易额\n\
               \n\
               亿元\n\
               \n\
               —\n\
               \n\
               150\n\
               \n\
               预期性\n\
               \n\
               双向投资\n\
               \n\
               4\n\
               \n\
               实际使用外资\n\
               \n\
               亿美元\n\
               \n\
               34.2\n\
               \n\
               〔180〕\n\
               \n\
               预期性\n\
               \n\
               5\n\
               \n\
               跨国公司地区总部（累计）\n\
               \n\
               家\n\
               \n\
               56\n\
               \n\
               75以上\n\
               \n\
               预期性\n\
               \n\
               6\n\
               \n\
               对外直接投资额\n\
               \n\
               亿美元\n\
               \n\
               12.5\n\
               \n\
               年均增长5%\n\
               \n\
               预期性\n\
               \n\
               开放平台\n\
               \n\
               7\n\
               \n\
               综合保税区进出口额\n\
               \n\
               亿元\n\
               \n\
               420\n\
               \n\
               600\n\
               \n\
               预期性\n\
               \n\
               其中：保税研发设计\n\
               \n\
               业务收入\n\
               \n\
               亿元\n\
               \n\
               50\n\
               \n\
               预期性\n\
               \n\
               注：1.〔〕内为五年累计值。\n\
               \n\
               2.“其中”项为新增统计指标。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表1  沄江区“十五五”对外开放主要指标")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let share = rs.iter().find(|r| r.contains("其中：保税")).unwrap();
    assert_eq!(
        share,
        "I|开放平台|||其中：保税研发设计业务收入|亿元||50|预期性"
    );
}

#[test]
fn goal_in_words_with_its_years_after_the_attribute_is_the_target() {
    // Row blocks, 属性 before 单位: row 8 one short, a goal in words with its years after the
    // attribute and unit (`2027年达到60%，2030年全覆盖`) is the target, the baseline missing.
    let src = "类别\n\
               序号\n\
               指标名称\n\
               属性\n\
               单位\n\
               2025年基数\n\
               2030年\n\
               目标\n\
               \n\
               主体培育\n\
               1\n\
               全区市场主体总量\n\
               预期性\n\
               万户\n\
               18.6\n\
               23以上\n\
               \n\
               2\n\
               高新技术企业数量\n\
               预期性\n\
               家\n\
               1240\n\
               1800\n\
               \n\
               3\n\
               专精特新中小企业数量\n\
               预期性\n\
               家\n\
               365\n\
               600\n\
               \n\
               其中：国家级专精特新“小巨人”企业\n\
               预期性\n\
               家\n\
               28\n\
               50\n\
               \n\
               载体建设\n\
               4\n\
               市级以上孵化载体数量\n\
               预期性\n\
               家\n\
               21\n\
               30\n\
               \n\
               5\n\
               孵化载体总面积\n\
               预期性\n\
               万平方米\n\
               62\n\
               85\n\
               \n\
               6\n\
               在孵企业数量\n\
               预期性\n\
               家\n\
               1650\n\
               ≥2500\n\
               \n\
               服务效能\n\
               7\n\
               企业服务专员覆盖重点企业比例\n\
               约束性\n\
               %\n\
               85\n\
               100\n\
               \n\
               8\n\
               “一企一档”数字画像覆盖率*\n\
               预期性\n\
               %\n\
               2027年达到60%，2030年全覆盖\n\
               \n\
               9\n\
               企业诉求办结满意率\n\
               约束性\n\
               %\n\
               96.2\n\
               ≥98\n\
               \n\
               10\n\
               政策兑现“免申即享”事项占比\n\
               预期性\n\
               %\n\
               32\n\
               60\n\
               \n\
               澄浦区企业服务“十五五”主要发展指标\n\
               \n\
               注：标*的指标为“十五五”期间新设指标，无2025年基数。\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let eight = rs.iter().find(|r| r.contains("|8|")).unwrap();
    assert_eq!(
        eight,
        "I|服务效能||8|“一企一档”数字画像覆盖率*|预期性|%||2027年达到60%，2030年全覆盖"
    );
}

#[test]
fn a_longer_first_cell_before_a_measure_of_a_work_is_a_name_over_two() {
    // Blank-line cells, no number column, 类别 merged over categories of four characters: a whole
    // row whose first cell is longer by half than every category (`地质灾害风险区`) before a
    // measure of a work done on it with its unit (`管控覆盖率（%）`) is one name over two
    // paragraphs under the category above, not a group of its own.
    let src = "类别\n\
               \n\
               指标名称\n\
               \n\
               2025年\n\
               \n\
               “十五五”\n\
               目标\n\
               \n\
               指标性质\n\
               \n\
               沉降控制\n\
               \n\
               全市年均地面沉降量\n\
               \n\
               （毫米）\n\
               \n\
               4.6\n\
               \n\
               ＜5\n\
               \n\
               约束性\n\
               \n\
               中心城区年均地面沉降量\n\
               \n\
               （毫米）\n\
               \n\
               3.8\n\
               \n\
               ＜4\n\
               \n\
               约束性\n\
               \n\
               地下水累计开采量\n\
               \n\
               （万立方米）\n\
               \n\
               1865\n\
               \n\
               （2021年-2025年）\n\
               \n\
               ≤1500\n\
               \n\
               约束性\n\
               \n\
               地下水人工回灌量\n\
               \n\
               （万立方米/年）\n\
               \n\
               236\n\
               \n\
               ≥260\n\
               \n\
               预期性\n\
               \n\
               灾害防治\n\
               \n\
               地质灾害隐患点\n\
               \n\
               治理销号率（%）\n\
               \n\
               86\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               因地质灾害死亡人数（人）\n\
               \n\
               0\n\
               \n\
               0\n\
               \n\
               约束性\n\
               \n\
               地质灾害风险区\n\
               \n\
               管控覆盖率（%）\n\
               \n\
               —\n\
               \n\
               100\n\
               \n\
               预期性\n\
               \n\
               能力建设\n\
               \n\
               地面沉降监测站点数量（个）\n\
               \n\
               186\n\
               \n\
               260\n\
               \n\
               预期性\n\
               \n\
               其中：自动化监测站点（个）\n\
               \n\
               74\n\
               \n\
               ≥150\n\
               \n\
               预期性\n\
               \n\
               地质灾害群测群防覆盖率（%）\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               1:1万工程地质调查覆盖面积（平方公里）\n\
               \n\
               310\n\
               （累计）\n\
               \n\
               ≥680\n\
               \n\
               预期性\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        rs[6],
        "I|灾害防治||地质灾害风险区管控覆盖率（%）|—|100|预期性"
    );
    assert_eq!(
        rs[4],
        "I|灾害防治|灾害防治|地质灾害隐患点治理销号率（%）|86|100|约束性"
    );
    assert_eq!(rs.len(), 11);
}

#[test]
fn a_note_s_total_places_a_row_s_figure() {
    // Blank-line cells under group rows: `滨湖科创园区` `20` `2030年` is one figure short; read first
    // under 适建楼栋, but the note's total of the targets (`各街镇加装目标合计1214台`) is made by the
    // other rows' 1194 and this `20`: the figure is the target, 适建楼栋 left empty.
    let src = "序号\n\
               \n\
               街镇\n\
               \n\
               适建楼栋（幢）\n\
               \n\
               “十五五”\n\
               \n\
               加装目标（台）\n\
               \n\
               完成时限\n\
               \n\
               一\n\
               \n\
               中心片区\n\
               \n\
               1\n\
               \n\
               滨河街道\n\
               \n\
               412\n\
               \n\
               260\n\
               \n\
               （2026年-2028年）\n\
               \n\
               2028年\n\
               \n\
               2\n\
               \n\
               东桥街道\n\
               \n\
               386\n\
               \n\
               230\n\
               \n\
               2029年\n\
               \n\
               3\n\
               \n\
               南浦街道\n\
               \n\
               295\n\
               \n\
               170\n\
               \n\
               2029年\n\
               \n\
               4\n\
               \n\
               西塘街道\n\
               \n\
               263\n\
               \n\
               150\n\
               \n\
               2030年\n\
               \n\
               二\n\
               \n\
               北部片区\n\
               \n\
               5\n\
               \n\
               北湖街道\n\
               \n\
               188\n\
               \n\
               100\n\
               \n\
               2030年\n\
               \n\
               6\n\
               \n\
               芦荡镇\n\
               \n\
               142\n\
               \n\
               70\n\
               \n\
               2030年\n\
               \n\
               7\n\
               \n\
               新港镇\n\
               \n\
               121\n\
               \n\
               60\n\
               \n\
               2030年\n\
               \n\
               三\n\
               \n\
               滨湖片区\n\
               \n\
               8\n\
               \n\
               湖滨街道\n\
               \n\
               156\n\
               \n\
               60\n\
               \n\
               2029年\n\
               \n\
               9\n\
               \n\
               澄湖镇\n\
               \n\
               97\n\
               \n\
               40\n\
               \n\
               2030年\n\
               \n\
               10\n\
               \n\
               滨湖科创园区\n\
               \n\
               20\n\
               \n\
               2030年\n\
               \n\
               11\n\
               \n\
               望湖镇\n\
               \n\
               64\n\
               \n\
               30\n\
               \n\
               2030年\n\
               \n\
               12\n\
               \n\
               白沙镇\n\
               \n\
               58\n\
               \n\
               24\n\
               \n\
               2030年\n\
               \n\
               注：适建楼栋指经查勘具备加装电梯空间和结构条件、尚未加装电梯的既有多层住宅楼栋；各街镇加装目标合计1214台。\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let ten = rs.iter().find(|r| r.contains("滨湖科创园区")).unwrap();
    assert_eq!(ten, "I||10|滨湖科创园区||20|2030年");
    assert!(r
        .parsed
        .warnings
        .iter()
        .any(|(_, w)| w.contains("a note's total")));
}

#[test]
fn a_measure_s_last_words_under_the_unit_before_the_attribute() {
    // Blank-line cells under 类别 序号 指标名称 单位 属性 …: row 4 as wide as the columns holds a
    // measure's last words where its unit would stand (`县域医疗废物收集转运处置体系` / `覆盖率`)
    // right before the attribute: one name over two paragraphs, its unit vanished.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               属性\n\
               \n\
               岚江市\n\
               \n\
               “十四五”\n\
               \n\
               目标\n\
               \n\
               完成情况\n\
               \n\
               能力指标\n\
               \n\
               1\n\
               \n\
               危险废物利用处置能力\n\
               \n\
               万吨/年\n\
               \n\
               预期性\n\
               \n\
               60\n\
               \n\
               68.4\n\
               \n\
               2\n\
               \n\
               危险废物利用处置能力与\n\
               \n\
               产废量匹配度\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               ≥100\n\
               \n\
               118\n\
               \n\
               3\n\
               \n\
               医疗废物集中处置能力\n\
               \n\
               吨/日\n\
               \n\
               约束性\n\
               \n\
               60\n\
               \n\
               72\n\
               \n\
               4\n\
               \n\
               县域医疗废物收集转运处置体系\n\
               \n\
               覆盖率\n\
               \n\
               约束性\n\
               \n\
               全覆盖\n\
               \n\
               全覆盖1\n\
               \n\
               管理指标\n\
               \n\
               5\n\
               \n\
               危险废物经营单位规范化\n\
               \n\
               环境管理评估达标率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               90\n\
               \n\
               93.5\n\
               \n\
               6\n\
               \n\
               危险废物电子转移联单运行率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               7\n\
               \n\
               重点产废单位视频监控\n\
               \n\
               联网率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               95\n\
               \n\
               97.2\n\
               \n\
               注：1 指全市9个区县均建成医疗废物暂存转运站点，乡镇卫生院、村卫生室医疗废物实现定期收集、统一转运、集中处置。\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let four = rs.iter().find(|r| r.contains("县域")).unwrap();
    assert_eq!(
        four,
        "I|能力指标||4|县域医疗废物收集转运处置体系覆盖率||约束性|全覆盖|全覆盖1"
    );
}

#[test]
fn a_block_short_opening_with_a_level_opens_its_own_group() {
    // Row blocks under 层级 商圈名称 主导功能 2030年发展目标: the last block, one line short, opens
    // with a level as every category so far does (`社区级商业` after `市级商圈`, `区域级商圈`), no
    // name naming one: it opens its own group and lacks its last cell, not a row of the group above.
    let src = "层级\n\
               商圈名称\n\
               主导功能\n\
               2030年发展目标\n\
               \n\
               市级商圈\n\
               澄溪湾商圈\n\
               高端零售、首发经济、滨水休闲\n\
               年销售额突破260亿元\n\
               \n\
               江口路商圈\n\
               潮流消费、时尚文化\n\
               建成市级夜间经济示范集聚区\n\
               \n\
               区域级商圈\n\
               钟楼老街商圈\n\
               老字号、非遗体验、特色餐饮\n\
               年客流量达到2800万人次\n\
               \n\
               北站商圈\n\
               枢纽商业、\n\
               商务配套\n\
               完成站城一体化改造\n\
               \n\
               临湖新城商圈\n\
               购物中心、文体休闲\n\
               建成市级商圈\n\
               \n\
               社区级商业\n\
               社区商业中心（12个）\n\
               便民生活服务\n\
               \n\
               注：“两核”指澄溪湾商圈、江口路商圈；“三带”指滨江商业带、江口路—钟楼老街文商旅融合带、湖滨休闲商业带；“多点”指各社区商业中心。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(rs.len(), 6);
    assert_eq!(
        rs[5],
        "I|社区级商业|社区级商业|社区商业中心（12个）|便民生活服务|"
    );
    assert_eq!(
        rs[4],
        "I|区域级商圈||临湖新城商圈|购物中心、文体休闲|建成市级商圈"
    );
}

#[test]
fn a_share_under_a_row_one_short_has_its_row_s_gap() {
    // Row blocks under 指标名称 单位 规划目标 2025年完成: `低保对象` `人` `6820` has no target, and its
    // share right under it, `其中：重残无业人员` `人` `2105`, lacks the same figure: the share's gap is
    // its row's.
    let src = "指标名称\n\
               单位\n\
               规划目标\n\
               2025年完成\n\
               \n\
               城乡低保标准\n\
               元/人·月\n\
               ≥1500\n\
               1560\n\
               \n\
               特困人员基本生活标准\n\
               元/人·月\n\
               ≥2250\n\
               2340\n\
               \n\
               低保对象\n\
               人\n\
               6820\n\
               \n\
               其中：重残无业人员\n\
               人\n\
               2105\n\
               \n\
               临时救助\n\
               人次\n\
               ≥12000\n\
               15436\n\
               \n\
               年度慈善捐赠总额\n\
               亿元\n\
               5\n\
               6.3\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1  “十四五”时期澜泾区社会救助主要指标完成情况")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(rs[2], "I||低保对象|人||6820");
    assert_eq!(rs[3], "I||其中：重残无业人员|人||2105");
}

#[test]
fn a_field_and_its_task_after_the_notes_is_no_note() {
    // Blank-line cells, then notes `注：1.…` and `2.…`; the next line `3.应用设施：推动…协同布局建设`,
    // a field and its task with no sentence, numbers on the text's headings (`1.网络设施：…`,
    // `2.物流设施：…`), not the notes: the notes end before it.
    let src = "序号\n\
               \n\
               节点层级\n\
               \n\
               建设内容\n\
               \n\
               数量\n\
               \n\
               责任单位\n\
               \n\
               完成时限\n\
               \n\
               1\n\
               \n\
               县级\n\
               \n\
               改造提升县级电商物流分拨中心，新增智能分拣线2条，\n\
               \n\
               配套建设冷链暂存库1500立方米\n\
               \n\
               1个\n\
               \n\
               县商务局\n\
               \n\
               2027年\n\
               \n\
               2\n\
               \n\
               乡镇级\n\
               \n\
               建设乡镇快递物流综合服务站，推动“快快合作”“快邮合作”共同配送\n\
               \n\
               14个\n\
               \n\
               县商务局、\n\
               \n\
               县邮政管理部门\n\
               \n\
               2028年\n\
               \n\
               3\n\
               \n\
               村级\n\
               \n\
               建设村级寄递物流服务点，与村级电商服务站、便民超市融合运营\n\
               \n\
               186个\n\
               \n\
               各乡镇人民政府\n\
               \n\
               2029年\n\
               \n\
               4\n\
               \n\
               产地冷链\n\
               \n\
               建设农产品产地冷藏保鲜设施和田头预冷库\n\
               \n\
               60座\n\
               \n\
               县农业农村局\n\
               \n\
               2026—2030年\n\
               \n\
               （分年度实施）\n\
               \n\
               注：1.数量为“十五五”期间新建或改造提升的累计数。\n\
               \n\
               2.村级寄递物流服务点原则上与村级电商服务站、益农信息社合址建设。\n\
               \n\
               3.应用设施：推动智慧农业、农村电商和乡村公共服务数字化设施协同布局建设\n\
               \n\
               推进农业生产数字化改造，在茶叶、蔬菜、山地鸡等主导产业建设物联网监测点和智慧农业示范基地，推广水肥一体化、智能环境监测、无人机植保等技术装备。统筹布局村级电商服务站、数字便民服务点和数字文化服务点，推动一点多用、一站多能。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2：县乡村三级物流节点建设任务")), &ls).unwrap();
    let t = &r.parsed.table;
    assert_eq!(t.notes.len(), 2);
    assert!(!t.notes.iter().any(|n| n.contains("应用设施")));
}

#[test]
fn a_body_s_own_word_after_its_place_is_one_body() {
    // Blank-line cells under group rows: row 4 has a piece too many, `临港经济开发区` / `管委会`, a
    // body's own word alone after the place it is of: one body's name, not the works' end.
    let src = "序号\n\
               \n\
               项目名称\n\
               \n\
               建设内容\n\
               \n\
               责任单位\n\
               \n\
               完成时限\n\
               \n\
               一\n\
               \n\
               节水改造工程\n\
               \n\
               1\n\
               \n\
               澜东灌区现代化改造工程\n\
               \n\
               续建配套渠道86公里，新建高效节水灌溉面积4.2万亩，配套斗口量水设施\n\
               \n\
               市农业农村委\n\
               \n\
               2029年\n\
               \n\
               2\n\
               \n\
               中心城区老旧供水管网更新改造工程\n\
               \n\
               更新改造DN100以上老旧供水管网260公里，同步实施分区计量\n\
               \n\
               市水务集团\n\
               \n\
               2030年\n\
               \n\
               二\n\
               \n\
               再生水利用工程\n\
               \n\
               3\n\
               \n\
               城东再生水厂新建工程\n\
               \n\
               新建再生水厂一座，设计规模每日15万立方米\n\
               \n\
               市水务集团\n\
               \n\
               2028年\n\
               \n\
               4\n\
               \n\
               临港工业再生水管网工程\n\
               \n\
               敷设工业再生水输配管线42公里，新建加压泵站2座\n\
               \n\
               临港经济开发区\n\
               \n\
               管委会\n\
               \n\
               2027年\n\
               \n\
               5\n\
               \n\
               澜北尾水湿地净化工程\n\
               \n\
               建设尾水人工湿地120公顷\n\
               \n\
               澜北区人民政府\n\
               \n\
               2029年\n\
               \n\
               三\n\
               \n\
               智慧管理工程\n\
               \n\
               6\n\
               \n\
               全市智慧节水管理平台建设工程\n\
               \n\
               建设取用水在线监测、计划用水预警和再生水调度等功能模块\n\
               \n\
               市水务局\n\
               \n\
               2028年\n\
               \n\
               注：1.项目投资以可行性研究报告批复为准。\n\
               \n\
               2.项目完成时限可根据前期工作进展动态调整。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "临澜市“十五五”节水和再生水利用重点项目清单")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let four = rs.iter().find(|r| r.contains("|4|")).unwrap();
    assert_eq!(
        four,
        "I||4|临港工业再生水管网工程|敷设工业再生水输配管线42公里，新建加压泵站2座|临港经济开发区管委会|2027年"
    );
}

#[test]
fn a_first_piece_twice_as_long_as_every_category_opens_a_name() {
    // Blank-line cells under 序号 类别 指标名称 …, categories of four characters left to the rows
    // above: row 6 as wide as the columns opens with a piece twice as long as every category
    // (`城镇污水处理厂尾水`) and a few words after it (`生态补水量`): one name over two pieces, the
    // category the row above's.
    let src = "序号\n\
               \n\
               类别\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               现状值\n\
               \n\
               “十五五”\n\
               \n\
               目标值\n\
               \n\
               属性\n\
               \n\
               1\n\
               \n\
               总量控制\n\
               \n\
               用水总量\n\
               \n\
               亿立方米\n\
               \n\
               17.42\n\
               \n\
               ≤18.20\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               万元地区生产总值用水量下降率\n\
               \n\
               %\n\
               \n\
               /\n\
               \n\
               16\n\
               \n\
               （较2025年）\n\
               \n\
               约束性\n\
               \n\
               3\n\
               \n\
               用水效率\n\
               \n\
               城镇公共供水管网漏损率\n\
               \n\
               %\n\
               \n\
               8.6\n\
               \n\
               ≤8\n\
               \n\
               约束性\n\
               \n\
               4\n\
               \n\
               农田灌溉水有效利用系数\n\
               \n\
               0.738\n\
               \n\
               0.745\n\
               \n\
               约束性\n\
               \n\
               5\n\
               \n\
               再生利用\n\
               \n\
               城镇再生水利用率[2]\n\
               \n\
               %\n\
               \n\
               26.8\n\
               \n\
               35\n\
               \n\
               约束性\n\
               \n\
               其中：工业再生水利用量\n\
               \n\
               万立方米/日\n\
               \n\
               18.5\n\
               \n\
               30\n\
               \n\
               预期性\n\
               \n\
               6\n\
               \n\
               城镇污水处理厂尾水\n\
               \n\
               生态补水量\n\
               \n\
               万立方米/日\n\
               \n\
               42\n\
               \n\
               60\n\
               \n\
               预期性\n\
               \n\
               7\n\
               \n\
               管理服务\n\
               \n\
               水资源在线监控计量覆盖率\n\
               \n\
               %\n\
               \n\
               92\n\
               \n\
               98\n\
               \n\
               预期性\n\
               \n\
               8\n\
               \n\
               公共机构节水型单位建成率\n\
               \n\
               %\n\
               \n\
               71\n\
               \n\
               ≥85\n\
               \n\
               预期性\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1临澜市“十五五”水资源节约集约利用主要指标表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let six = rs.iter().find(|r| r.contains("|6|")).unwrap();
    assert_eq!(
        six,
        "I|再生利用|6||城镇污水处理厂尾水生态补水量|万立方米/日|42|60|预期性"
    );
}

#[test]
fn a_measure_with_its_unit_where_a_value_stands_ends_the_name() {
    // Blank-line cells under 类别 序号 指标名称 2025年 2030年 属性, no unit column: row 6 as wide as
    // the columns has a measure's last words with its unit in brackets and no figure where its 2025
    // value would stand (`消防车通道标识标线` / `施划完成率（%）` `≥90`): the name over two pieces,
    // the 2025 value missing (note 1 says it has none).
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               2025年\n\
               \n\
               2030年\n\
               \n\
               属性\n\
               \n\
               火灾防控\n\
               \n\
               1\n\
               \n\
               亿元地区生产总值火灾死亡率\n\
               \n\
               （人/亿元）\n\
               \n\
               0.021\n\
               \n\
               ＜0.02\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               十万人口火灾死亡率\n\
               \n\
               （人/10万人）\n\
               \n\
               0.18\n\
               \n\
               ≤0.15\n\
               \n\
               约束性\n\
               \n\
               3\n\
               \n\
               重点单位消防安全\n\
               \n\
               标准化管理达标率（%）\n\
               \n\
               68\n\
               \n\
               ≥95\n\
               \n\
               预期性\n\
               \n\
               基础设施\n\
               \n\
               4\n\
               \n\
               城乡消防站数量\n\
               \n\
               （个）\n\
               \n\
               9\n\
               \n\
               14\n\
               \n\
               约束性\n\
               \n\
               其中：乡镇专职消防队站（个）\n\
               \n\
               5\n\
               \n\
               10\n\
               \n\
               约束性\n\
               \n\
               5\n\
               \n\
               市政消火栓完好率（%）\n\
               \n\
               92\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               6\n\
               \n\
               消防车通道标识标线\n\
               \n\
               施划完成率（%）\n\
               \n\
               ≥90\n\
               \n\
               预期性\n\
               \n\
               宣传培训\n\
               \n\
               7\n\
               \n\
               全民消防安全\n\
               \n\
               知识知晓率（%）\n\
               \n\
               85\n\
               \n\
               ≥92\n\
               \n\
               预期性\n\
               \n\
               8\n\
               \n\
               社会单位消防安全\n\
               \n\
               责任人培训覆盖率（%）\n\
               \n\
               76\n\
               \n\
               （2021年-2025年累计）\n\
               \n\
               100\n\
               \n\
               预期性\n\
               \n\
               应急救援\n\
               \n\
               9\n\
               \n\
               119接警至到场平均时间（分钟）\n\
               \n\
               10.5\n\
               （城区8.2）\n\
               \n\
               城区≤8，乡镇≤15\n\
               \n\
               预期性\n\
               \n\
               10\n\
               \n\
               消防救援人员万人配备数\n\
               \n\
               （人）\n\
               \n\
               4.6\n\
               \n\
               ≥6\n\
               \n\
               预期性\n\
               \n\
               注：1.指标6为“十五五”新设指标，2025年无基期值。\n\
               \n\
               2.乡镇专职消防队站计入城乡消防站数量，其数值不单独设置序号。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1  梧川县消防安全和火灾防控“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let six = rs.iter().find(|r| r.contains("|6|")).unwrap();
    assert_eq!(
        six,
        "I|基础设施||6|消防车通道标识标线施划完成率（%）||≥90|预期性"
    );
}

#[test]
fn a_stage_in_words_is_no_unit() {
    // Blank-line cells under 序号 类别 指标名称 单位 2025年现状值 “十五五”目标值 属性: row 9 two
    // short, its category merged and its unit vanished: `试点` is a stage, no unit, the 2025 value
    // before `全覆盖`.
    let src = "序号\n\
               \n\
               类别\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               2025年现状值\n\
               \n\
               “十五五”\n\
               \n\
               目标值\n\
               \n\
               属性\n\
               \n\
               1\n\
               \n\
               保护类\n\
               \n\
               历史风貌街区保护规划编制率\n\
               \n\
               %\n\
               \n\
               40\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               历史建筑挂牌保护率\n\
               \n\
               %\n\
               \n\
               92\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               3\n\
               \n\
               不可移动文物“四有”工作完成率\n\
               \n\
               %\n\
               \n\
               86\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               4\n\
               \n\
               利用类\n\
               \n\
               工业遗产活化利用率[1]\n\
               \n\
               %\n\
               \n\
               38\n\
               \n\
               60\n\
               \n\
               预期性\n\
               \n\
               其中：对外开放的工业遗产点\n\
               \n\
               处\n\
               \n\
               7\n\
               \n\
               15\n\
               \n\
               预期性\n\
               \n\
               5\n\
               \n\
               历史建筑开放利用数量\n\
               \n\
               处\n\
               \n\
               24\n\
               \n\
               40\n\
               \n\
               预期性\n\
               \n\
               6\n\
               \n\
               环境类\n\
               \n\
               历史街区架空线入地率\n\
               \n\
               %\n\
               \n\
               61\n\
               \n\
               90\n\
               \n\
               预期性\n\
               \n\
               7\n\
               \n\
               街巷风貌整治提升长度\n\
               \n\
               公里\n\
               \n\
               /\n\
               \n\
               25\n\
               \n\
               （2026年—2030年累计）\n\
               \n\
               预期性\n\
               \n\
               8\n\
               \n\
               传承类\n\
               \n\
               历史文化展示馆（点）数量\n\
               \n\
               个\n\
               \n\
               12\n\
               \n\
               20\n\
               \n\
               预期性\n\
               \n\
               9\n\
               \n\
               历史风貌街区数字孪生建设\n\
               \n\
               试点\n\
               \n\
               全覆盖\n\
               \n\
               预期性\n\
               \n\
               注：属性为“约束性”的指标纳入区政府年度绩效考核。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1 澄溪区历史风貌街区和工业遗产保护“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let nine = rs.iter().find(|r| r.contains("|9|")).unwrap();
    assert_eq!(
        nine,
        "I|传承类|9||历史风貌街区数字孪生建设||试点|全覆盖|预期性"
    );
}

#[test]
fn a_work_s_site_before_a_name_s_end_is_one_name() {
    // Blank-line cells under 序号 项目类别 项目名称 … with its last header cell over two paragraphs
    // (`完成` / `时限` joins as before); row 2, as wide as the columns, opens with a work's site
    // longer than the one category written (`临澜港泵闸` after `防洪工程`) before words that end as
    // every name so far (`扩容改造工程`): the project's name over two pieces, its category the row
    // above's.
    let src = "序号\n\
               \n\
               项目类别\n\
               \n\
               项目名称\n\
               \n\
               建设内容\n\
               \n\
               责任单位\n\
               \n\
               完成\n\
               \n\
               时限\n\
               \n\
               1\n\
               \n\
               防洪工程\n\
               \n\
               澜江左岸堤防达标提升工程\n\
               \n\
               加高加固堤防14.6公里，改造穿堤闸涵9座\n\
               \n\
               市水务局\n\
               \n\
               2028年\n\
               \n\
               2\n\
               \n\
               临澜港泵闸\n\
               \n\
               扩容改造工程\n\
               \n\
               泵闸流量由60立方米/秒提升至120立方米/秒\n\
               \n\
               市水务局\n\
               \n\
               2027年\n\
               \n\
               3\n\
               \n\
               西山截洪沟建设工程\n\
               \n\
               新建截洪沟6.2公里，配套沉砂池4座\n\
               \n\
               西山区人民政府\n\
               \n\
               2029年\n\
               \n\
               4\n\
               \n\
               排水防涝\n\
               \n\
               中心城区雨水管网提标改造工程\n\
               \n\
               改造雨水管网86公里，新建调蓄设施12处\n\
               \n\
               市城投集团\n\
               \n\
               2030年\n\
               \n\
               5\n\
               \n\
               老城滨河片区调蓄池建设工程\n\
               \n\
               新建地下调蓄池2座，总调蓄容积4.5万立方米\n\
               \n\
               滨河区人民政府\n\
               \n\
               6\n\
               \n\
               城市生命线排水监测平台\n\
               \n\
               布设液位、流量监测点1200个，接入城市运行管理平台\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "临澜市“十五五”防洪排涝和海绵城市重点项目表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(t.columns.last().map(String::as_str), Some("完成时限"));
    let two = rs.iter().find(|r| r.contains("|2|")).unwrap();
    assert_eq!(
        two,
        "I|防洪工程|2||临澜港泵闸扩容改造工程|泵闸流量由60立方米/秒提升至120立方米/秒|市水务局|2027年"
    );
}

#[test]
fn a_doing_over_how_it_went_is_one_header_cell() {
    // Blank-line cells: the header's last cell over two paragraphs, `完成` / `情况` (how the work went),
    // is one column, `完成情况`, beside `临澜市` / `“十四五”` / `目标`.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               属性\n\
               \n\
               临澜市\n\
               \n\
               “十四五”\n\
               \n\
               目标\n\
               \n\
               完成\n\
               \n\
               情况\n\
               \n\
               防洪排涝\n\
               \n\
               1\n\
               \n\
               城市防洪标准\n\
               \n\
               年一遇\n\
               \n\
               约束性\n\
               \n\
               200\n\
               \n\
               200\n\
               \n\
               2\n\
               \n\
               中心城区排水管网\n\
               \n\
               覆盖率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               95\n\
               \n\
               96.4\n\
               \n\
               3\n\
               \n\
               易涝积水点整治数量\n\
               \n\
               处\n\
               \n\
               预期性\n\
               \n\
               60\n\
               \n\
               63\n\
               \n\
               其中：中心城区\n\
               \n\
               处\n\
               \n\
               预期性\n\
               \n\
               35\n\
               \n\
               38\n\
               \n\
               4\n\
               \n\
               排水泵站总抽排\n\
               \n\
               能力\n\
               \n\
               立方米/秒\n\
               \n\
               预期性\n\
               \n\
               420\n\
               \n\
               436.5\n\
               \n\
               海绵城市\n\
               \n\
               5\n\
               \n\
               建成区达到海绵城市\n\
               \n\
               要求的面积比例\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               40\n\
               \n\
               43.2\n\
               \n\
               6\n\
               \n\
               新建改建海绵型\n\
               \n\
               公园绿地\n\
               \n\
               个\n\
               \n\
               预期性\n\
               \n\
               30\n\
               \n\
               34\n\
               \n\
               7\n\
               \n\
               海绵城市建设监测评估体系\n\
               \n\
               预期性\n\
               \n\
               基本建成\n\
               \n\
               建成\n\
               \n\
               水系治理\n\
               \n\
               8\n\
               \n\
               河湖水面率\n\
               \n\
               %\n\
               \n\
               约束性\n\
               \n\
               10.5\n\
               \n\
               10.62\n\
               \n\
               9\n\
               \n\
               防汛预警信息\n\
               \n\
               发布覆盖率\n\
               \n\
               %\n\
               \n\
               预期性\n\
               \n\
               95.00以上\n\
               \n\
               98.1\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "临澜市“十四五”防洪排涝和海绵城市主要指标完成情况")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(t.columns.len(), 7);
    assert_eq!(t.columns.last().map(String::as_str), Some("完成情况"));
    assert!(rs
        .iter()
        .any(|r| r.contains("|其中：中心城区|处|预期性|35|38")));
}

#[test]
fn bodies_read_under_a_place_that_name_no_place_are_the_row_s_bodies() {
    // Blank-line cells under 类别 序号 项目名称 建设内容 建设地点 责任单位 完成时限: row 6 has its name
    // over two paragraphs and its 建设地点 vanished; the body `区林长制办公室`, read under 建设地点
    // beside an empty 责任单位, names no place: it is the row's 责任单位, its place the cell missing.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               项目名称\n\
               \n\
               建设内容\n\
               \n\
               建设地点\n\
               \n\
               责任单位\n\
               \n\
               完成时限\n\
               \n\
               造林绿化\n\
               \n\
               1\n\
               \n\
               北部生态廊道造林工程\n\
               \n\
               集中连片造林1600亩，建设巡护便道和防火隔离带\n\
               \n\
               北新镇、柳塘镇\n\
               \n\
               区林业和绿化管理局\n\
               \n\
               2028年\n\
               \n\
               2\n\
               \n\
               澄河沿岸防护林带建设工程\n\
               \n\
               加宽加密防护林带900亩，\n\
               \n\
               营造乔灌草复层结构\n\
               \n\
               澄河沿线\n\
               \n\
               区林业和绿化管理局、区水务局\n\
               \n\
               2029年\n\
               \n\
               3\n\
               \n\
               新城绿环林地贯通工程\n\
               \n\
               新增林地1100亩，设置林间游憩节点\n\
               \n\
               新城街道、南湖镇\n\
               \n\
               区林业和绿化管理局\n\
               \n\
               2030年\n\
               \n\
               质量提升\n\
               \n\
               4\n\
               \n\
               生态公益林分类抚育工程\n\
               \n\
               分类抚育生态公益林6万亩\n\
               \n\
               全区\n\
               \n\
               各街镇\n\
               \n\
               2026—2030年\n\
               \n\
               5\n\
               \n\
               林相改造和彩化珍贵化提升工程\n\
               \n\
               改造提升林相2000亩，增植珍贵和彩叶树种\n\
               \n\
               北新镇、南湖镇、澄河街道\n\
               \n\
               区林业和绿化管理局\n\
               \n\
               2029年\n\
               \n\
               保护监管\n\
               \n\
               6\n\
               \n\
               区林长制智慧管理平台\n\
               \n\
               （二期）\n\
               \n\
               整合资源监测、图斑核查、防火监控等数据，建设林业“一张图”\n\
               \n\
               区林长制办公室\n\
               \n\
               2027年\n\
               \n\
               7\n\
               \n\
               森林防火视频监控体系建设\n\
               \n\
               布设视频监控和烟火识别设备86套\n\
               \n\
               重点林区\n\
               \n\
               区林业和绿化管理局、区应急管理局\n\
               \n\
               2027年\n\
               \n\
               8\n\
               \n\
               野生动物重要栖息地保护修复工程\n\
               \n\
               修复栖息地生境，设置监测点位12处，建设收容救护站1处\n\
               \n\
               澄河湿地、北部廊道\n\
               \n\
               区林业和绿化管理局\n\
               \n\
               2028年\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "岚湾区“十五五”森林资源保护重点项目一览表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let six = rs.iter().find(|r| r.contains("|6|")).unwrap();
    assert_eq!(
        six,
        "I|保护监管|保护监管|6|区林长制智慧管理平台（二期）|整合资源监测、图斑核查、防火监控等数据，建设林业“一张图”||区林长制办公室|2027年"
    );
    assert!(r
        .parsed
        .warnings
        .iter()
        .any(|(_, w)| w.contains("name no place")));
}

#[test]
fn a_figure_with_its_unit_is_no_unit_beside_units_alone() {
    // Blank-line cells under 类别 序号 指标名称 单位 2025年基期 2030年目标 属性: row 9, two short (its
    // category merged, its unit vanished), holds a figure with its unit where the unit would stand
    // (`1480万吨`) while the rows above write units alone: the unit is the cell missing.
    let src = "类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               2025年基期\n\
               \n\
               2030年\n\
               目标\n\
               \n\
               属性\n\
               \n\
               绿色建筑\n\
               \n\
               1\n\
               \n\
               城镇新建民用建筑中绿色建筑占比\n\
               \n\
               %\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               新建民用建筑中星级绿色建筑占比\n\
               \n\
               %\n\
               \n\
               58\n\
               \n\
               ≥75\n\
               \n\
               预期性\n\
               \n\
               3\n\
               \n\
               绿色建筑运行标识项目面积（累计）\n\
               \n\
               万平方米\n\
               \n\
               412\n\
               \n\
               1200\n\
               \n\
               预期性\n\
               \n\
               超低能耗建筑\n\
               \n\
               4\n\
               \n\
               超低能耗建筑落地面积（五年累计）\n\
               \n\
               万平方米\n\
               \n\
               96\n\
               \n\
               （2021年-2025年）\n\
               \n\
               600\n\
               \n\
               约束性\n\
               \n\
               其中：近零能耗建筑\n\
               \n\
               万平方米\n\
               \n\
               12\n\
               \n\
               60\n\
               \n\
               预期性\n\
               \n\
               5\n\
               \n\
               超低能耗建筑集中示范区\n\
               \n\
               个\n\
               \n\
               2\n\
               \n\
               8\n\
               \n\
               预期性\n\
               \n\
               既有建筑与用能监管\n\
               \n\
               6\n\
               \n\
               既有公共建筑节能改造面积（五年累计）\n\
               \n\
               万平方米\n\
               \n\
               680\n\
               \n\
               900\n\
               \n\
               约束性\n\
               \n\
               7\n\
               \n\
               新建建筑可再生能源应用比例\n\
               \n\
               %\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               8\n\
               \n\
               纳入能耗监测平台的\n\
               \n\
               公共建筑面积\n\
               \n\
               万平方米\n\
               \n\
               3650\n\
               \n\
               ≥5000\n\
               \n\
               预期性\n\
               \n\
               9\n\
               \n\
               建筑领域碳排放总量\n\
               \n\
               1480万吨\n\
               \n\
               控制在1550万吨以内\n\
               \n\
               约束性\n\
               \n\
               注：1.超低能耗建筑落地面积指取得施工许可且按照超低能耗建筑标准设计的项目建筑面积。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1：澜江市绿色建筑和超低能耗建筑推广“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let nine = rs.iter().find(|r| r.contains("|9|")).unwrap();
    assert_eq!(
        nine,
        "I|既有建筑与用能监管||9|建筑领域碳排放总量||1480万吨|控制在1550万吨以内|约束性"
    );
}

#[test]
fn a_state_of_part_is_no_unit() {
    // Row blocks after a goal line, the caption below: row 8, its category merged and its unit
    // vanished, holds a stage in words where the unit would stand (`部分接入` before `全覆盖`): no
    // unit, the 2025 value.
    let src = "类别\n\
               序号\n\
               指标名称\n\
               单位\n\
               2025年基期\n\
               2030年目标\n\
               属性\n\
               \n\
               道路照明\n\
               1\n\
               城市道路装灯率\n\
               %\n\
               99.3\n\
               100\n\
               约束性\n\
               \n\
               2\n\
               城市照明设施完好率\n\
               %\n\
               97.8\n\
               ≥98\n\
               约束性\n\
               \n\
               3\n\
               道路照明LED灯具占比\n\
               %\n\
               71.5\n\
               95\n\
               预期性\n\
               \n\
               其中：次干路及支路LED灯具占比\n\
               %\n\
               63.2\n\
               90\n\
               预期性\n\
               \n\
               景观照明\n\
               4\n\
               景观照明集中控制纳控率\n\
               %\n\
               89\n\
               ≥98\n\
               预期性\n\
               \n\
               5\n\
               景观照明节能灯具使用率\n\
               %\n\
               93\n\
               ≥98\n\
               约束性\n\
               \n\
               6\n\
               夜景特色街区数量\n\
               个\n\
               3\n\
               8\n\
               预期性\n\
               \n\
               智慧管理\n\
               7\n\
               单灯控制覆盖率\n\
               %\n\
               35\n\
               80\n\
               预期性\n\
               \n\
               8\n\
               城市照明智慧管理平台街镇接入情况\n\
               部分接入\n\
               全覆盖\n\
               预期性\n\
               \n\
               9\n\
               照明设施故障平均修复时长\n\
               小时\n\
               24\n\
               ≤12\n\
               约束性\n\
               \n\
               澄溪区城市照明“十五五”主要指标\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let eight = rs.iter().find(|r| r.contains("接入情况")).unwrap();
    assert_eq!(
        eight,
        "I|智慧管理||8|城市照明智慧管理平台街镇接入情况||部分接入|全覆盖|预期性"
    );
}

#[test]
fn a_placeholder_before_a_rate_s_figure_is_its_baseline() {
    // Blank-line cells in a 专栏 under 序号 类别 指标名称 单位 2025年基期 2030年目标 属性: row 8, its
    // category merged and one more cell missing, writes a placeholder where the unit would stand
    // before a rate's figure (`易涝积水点动态清零率` `—` `100`): the rate needs a unit the row does not
    // write, so the unit is the cell missing and `—` the baseline.
    let src = "序号\n\
               \n\
               类别\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               2025年基期\n\
               \n\
               2030年目标\n\
               \n\
               属性\n\
               \n\
               1\n\
               \n\
               防洪安全\n\
               \n\
               骨干河道堤防达标率\n\
               \n\
               %\n\
               \n\
               93.4\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               区域除涝能力\n\
               \n\
               年一遇\n\
               \n\
               20\n\
               \n\
               20\n\
               （城镇化地区30）\n\
               \n\
               约束性\n\
               \n\
               3\n\
               \n\
               圩区达标\n\
               \n\
               圩区达标率\n\
               \n\
               %\n\
               \n\
               88.6\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               其中：城镇圩区达标率\n\
               \n\
               %\n\
               \n\
               91.2\n\
               \n\
               100\n\
               \n\
               预期性\n\
               \n\
               4\n\
               \n\
               圩区泵站外排能力\n\
               \n\
               立方米每秒\n\
               \n\
               1096\n\
               \n\
               1280\n\
               \n\
               预期性\n\
               \n\
               5\n\
               \n\
               水系蓄排\n\
               \n\
               河湖水面率\n\
               \n\
               %\n\
               \n\
               9.27\n\
               \n\
               9.45\n\
               \n\
               约束性\n\
               \n\
               6\n\
               \n\
               骨干河道规划蓝线贯通率\n\
               \n\
               %\n\
               \n\
               82\n\
               \n\
               95\n\
               \n\
               预期性\n\
               \n\
               7\n\
               \n\
               管理能力\n\
               \n\
               圩区泵闸远程集控覆盖率\n\
               \n\
               %\n\
               \n\
               46\n\
               \n\
               100\n\
               \n\
               预期性\n\
               \n\
               8\n\
               \n\
               易涝积水点动态清零率\n\
               \n\
               —\n\
               \n\
               100\n\
               \n\
               预期性\n\
               \n\
               注： 1、区域除涝能力以最大24小时面雨量计，城镇化地区指新城及镇区集中建设区。\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let eight = rs.iter().find(|r| r.contains("清零率")).unwrap();
    assert_eq!(eight, "I|管理能力|8||易涝积水点动态清零率||—|100|预期性");
}

#[test]
fn a_street_among_towns_opens_its_own_group() {
    // Row blocks under 序号 所在镇 圩区名称 达标建设内容 完成时限, the caption below: row 7 opens with a
    // street among the towns (`澄北街道` after `泖口镇`, `东湾镇`, `金墩镇`), a place of the column's
    // level: its own group, not the start of its 圩区's name.
    let src = "序号\n\
               所在镇\n\
               圩区名称\n\
               达标建设内容\n\
               完成时限\n\
               \n\
               1\n\
               泖口镇\n\
               泖口联圩\n\
               加固圩堤12.4公里，改建泵闸4座\n\
               2027年\n\
               \n\
               2\n\
               北庄圩\n\
               加固圩堤6.1公里，新建泵站1座\n\
               2028年\n\
               \n\
               3\n\
               东湾镇\n\
               东湾联圩\n\
               加固圩堤15.8公里，新改建泵闸6座\n\
               2028年\n\
               \n\
               4\n\
               沙泾圩\n\
               加固圩堤4.3公里\n\
               2027年\n\
               \n\
               5\n\
               红旗圩\n\
               改建水闸2座\n\
               2029年\n\
               \n\
               6\n\
               金墩镇\n\
               金墩联圩\n\
               加固圩堤9.7公里，更新泵站7座\n\
               2029年\n\
               \n\
               7\n\
               澄北街道\n\
               城北圩\n\
               新建防汛墙3.2公里，改建泵闸2座\n\
               2030年\n\
               \n\
               沥川区“十五五”圩区达标建设任务分解表\n";
    let ls = lines(src);
    let r = read("t1", Some((0, "")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let seven = rs.iter().find(|r| r.contains("城北圩")).unwrap();
    assert_eq!(
        seven,
        "I|澄北街道|7|澄北街道|城北圩|新建防汛墙3.2公里，改建泵闸2座|2030年"
    );
}

#[test]
fn a_placeholder_before_a_count_with_its_unit_is_its_baseline() {
    // Blank-line cells under 序号 类别 指标名称 单位 2025年基期 2030年目标 属性: row 11 opens its own
    // group and lacks a cell, a placeholder where the unit would stand before a count that writes
    // its own unit (`/` `累计300座`): the unit is the cell missing, `/` the baseline.
    let src = "序号\n\
               \n\
               类别\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               2025年基期值\n\
               \n\
               “十五五”\n\
               \n\
               目标\n\
               \n\
               属性\n\
               \n\
               1\n\
               \n\
               设施类\n\
               \n\
               市政消火栓总数\n\
               \n\
               座\n\
               \n\
               9862\n\
               \n\
               ≥11000\n\
               \n\
               预期性\n\
               \n\
               2\n\
               \n\
               建成区市政消火栓密度\n\
               \n\
               座/km²\n\
               \n\
               8.9\n\
               \n\
               ≥9.6\n\
               \n\
               预期性\n\
               \n\
               3\n\
               \n\
               建成区市政消火栓平均间距\n\
               \n\
               米\n\
               \n\
               112\n\
               \n\
               ≤120\n\
               \n\
               约束性\n\
               \n\
               4\n\
               \n\
               新建、改建道路同步配建市政消火栓比例\n\
               \n\
               （含城市更新片区道路）\n\
               \n\
               %\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               5\n\
               \n\
               天然水源消防取水点\n\
               \n\
               处\n\
               \n\
               58\n\
               \n\
               80\n\
               \n\
               预期性\n\
               \n\
               6\n\
               \n\
               消防水池（站）\n\
               \n\
               座\n\
               \n\
               6\n\
               \n\
               14\n\
               \n\
               预期性\n\
               \n\
               7\n\
               \n\
               管理类\n\
               \n\
               市政消火栓完好率\n\
               \n\
               %\n\
               \n\
               98.6\n\
               \n\
               ≥99\n\
               \n\
               约束性\n\
               \n\
               8\n\
               \n\
               消火栓故障平均处置时长\n\
               \n\
               小时\n\
               \n\
               36\n\
               \n\
               ≤24\n\
               \n\
               预期性\n\
               \n\
               9\n\
               \n\
               取水码头、取水井年度检查覆盖率\n\
               \n\
               %\n\
               \n\
               90\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               10\n\
               \n\
               智慧类\n\
               \n\
               市政消火栓智能监测终端覆盖率\n\
               \n\
               %\n\
               \n\
               41.5\n\
               \n\
               100\n\
               \n\
               预期性\n\
               \n\
               11\n\
               \n\
               更新类\n\
               \n\
               老旧小区周边补建市政消火栓\n\
               \n\
               /\n\
               \n\
               累计300座\n\
               \n\
               预期性\n\
               \n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1梧浦区消防水源和市政消火栓建设“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let eleven = rs.iter().find(|r| r.contains("补建市政消火栓")).unwrap();
    assert_eq!(
        eleven,
        "I|更新类|11|更新类|老旧小区周边补建市政消火栓||/|累计300座|预期性"
    );
}

#[test]
fn a_piece_longer_than_every_category_before_a_short_one_opens_a_name() {
    // Row blocks under 序号 项目类别 项目名称 …, categories of six characters left to the rows above:
    // row 5, as long as a group's first row, opens with a piece longer than every category
    // (`社区光储充一体化`) before words shorter than every name so far (`微电网试点`): one name over
    // two lines, its category the row above's.
    let src = "序号\n\
               项目类别\n\
               项目名称\n\
               建设内容\n\
               责任单位\n\
               完成时限\n\
               \n\
               1\n\
               社区建筑改造\n\
               既有住宅节能改造工程\n\
               外墙保温、门窗更换和屋面隔热改造150万平方米\n\
               区住房城乡建设管理委、各街镇\n\
               2026—2030年\n\
               \n\
               2\n\
               社区公共建筑节能诊断\n\
               对全区社区卫生服务中心、文化活动中心等58处公共建筑开展能源审计\n\
               区机管局\n\
               2027年\n\
               \n\
               3\n\
               新建住宅超低能耗示范项目\n\
               在港城片区建设超低能耗住宅示范项目不少于10万平方米\n\
               区住房城乡建设管理委\n\
               2029年\n\
               \n\
               4\n\
               社区能源利用\n\
               社区光伏倍增工程\n\
               居民小区公共屋面、车棚顶新增分布式光伏约7700千瓦\n\
               区发展改革委、区供电公司\n\
               2026—2030年\n\
               \n\
               5\n\
               社区光储充一体化\n\
               微电网试点\n\
               在滨湖苑、梧桐里社区建设光伏、储能、充电一体化微电网\n\
               区发展改革委、临江街道、澄南街道\n\
               2028年\n\
               \n\
               6\n\
               社区充电设施补短板工程\n\
               新建社区公共充电桩2400个以上\n\
               区交通委\n\
               2030年\n\
               \n\
               7\n\
               绿色生活培育\n\
               “两网融合”回收体系提升工程\n\
               新建可回收物服务点180个、中转站4座\n\
               区绿化市容局\n\
               2027年\n\
               \n\
               8\n\
               社区二手物品交换点建设\n\
               每个街镇建设不少于8个社区二手物品交换点\n\
               区商务委、各街镇\n\
               2028年\n\
               \n\
               9\n\
               社区慢行步道建设\n\
               新增社区慢行步道40公里，串联公园、学校和轨道交通站点\n\
               区交通委、区绿化市容局\n\
               2030年\n\
               \n\
               10\n\
               治理能力提升\n\
               社区碳普惠平台升级\n\
               扩展居民减排行为核算场景，接入商户500家以上\n\
               区生态环境局、区大数据中心\n\
               2027年\n\
               \n\
               11\n\
               社区碳排放监测平台\n\
               依托智能电表、燃气表数据建设社区用能监测和碳排放核算平台\n\
               区生态环境局\n\
               2028年\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "澄溪区“十五五”低碳社区和绿色生活重点项目表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let five = rs.iter().find(|r| r.contains("微电网")).unwrap();
    assert_eq!(
        five,
        "I|社区能源利用|5||社区光储充一体化微电网试点|在滨湖苑、梧桐里社区建设光伏、储能、充电一体化微电网|区发展改革委、临江街道、澄南街道|2028年"
    );
}

#[test]
fn a_whole_area_under_a_column_of_places_and_a_time_limit_column_read_as_words() {
    // A 专栏's table without a caption, `工程名称` `实施范围` `规模` `完成时限`: `全区` where
    // the work is done is no total's label, and `完成时限` names a time as `实施年限` does.

    let src = "\
               工程名称\n\
               \n\
               实施范围\n\
               \n\
               规模\n\
               \n\
               完成时限\n\
               \n\
               小梁薄板房屋改造\n\
               \n\
               北郭、鹭湾街道\n\
               \n\
               1.8万平方米\n\
               \n\
               2027年\n\
               \n\
               不成套职工住宅改造\n\
               \n\
               全区\n\
               \n\
               5.4万平方米\n\
               \n\
               2028年\n\
               \n\
               里弄房屋修缮更新\n\
               \n\
               北郭历史文化风貌区\n\
               \n\
               2.6万平方米\n\
               \n\
               2030年\n\
               \n";
    let ls = lines(src);
    let r = read_with(
        "t1",
        None,
        &ls,
        Options {
            titled: true,
            ..Options::default()
        },
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(t.columns, ["工程名称", "实施范围", "规模", "完成时限"]);
    assert_eq!(
        rs,
        [
            "I||小梁薄板房屋改造|北郭、鹭湾街道|1.8万平方米|2027年",
            "I||不成套职工住宅改造|全区|5.4万平方米|2028年",
            "I||里弄房屋修缮更新|北郭历史文化风貌区|2.6万平方米|2030年",
        ]
    );
}

#[test]
fn two_shares_after_a_row_are_a_row_each_the_second_without_its_mark() {
    // Two shares one after another, no number and no attribute column, each as wide as a row
    // after its number, the last cell what the last column above holds (`超额完成`): a row
    // each, the second without `其中`.
    let src = "\
               序号\n\
               \n\
               指标名称\n\
               \n\
               “十四五”\n\
               目标\n\
               \n\
               2025年完成值\n\
               \n\
               完成情况\n\
               \n\
               1\n\
               \n\
               新增筹措保障性租赁住房（万套（间））\n\
               \n\
               4.5\n\
               \n\
               5.12\n\
               \n\
               超额完成\n\
               \n\
               其中：集中新建（万套（间））\n\
               \n\
               2.8\n\
               \n\
               3.21\n\
               \n\
               超额完成\n\
               \n\
               非居存量房屋改建（万套（间））\n\
               \n\
               1.2\n\
               \n\
               1.46\n\
               \n\
               超额完成\n\
               \n\
               2\n\
               \n\
               公共租赁住房(含廉租住房)保障家庭（户）\n\
               \n\
               8000\n\
               \n\
               8642\n\
               \n\
               完成\n\
               \n\
               3\n\
               \n\
               共有产权保障住房供应（套）\n\
               \n\
               3000\n\
               \n\
               2215\n\
               \n\
               未完成\n\
               （因申请需求下降，按程序调减）\n\
               \n\
               4\n\
               \n\
               旧住房成套改造（万平方米）\n\
               \n\
               30\n\
               \n\
               31.6\n\
               \n\
               完成\n\
               \n\
               5\n\
               \n\
               住房租金补贴发放（万户次）\n\
               \n\
               —\n\
               \n\
               2.3\n\
               \n\
               —\n\
               \n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        &rs[..4],
        [
            "I||1|新增筹措保障性租赁住房（万套（间））|4.5|5.12|超额完成",
            "I|||其中：集中新建（万套（间））|2.8|3.21|超额完成",
            "I|||非居存量房屋改建（万套（间））|1.2|1.46|超额完成",
            "I||2|公共租赁住房(含廉租住房)保障家庭（户）|8000|8642|完成",
        ]
    );
}

#[test]
fn a_share_two_short_under_a_category_after_the_number_has_its_unit_in_its_name() {
    // Under 序号 类别 指标 单位 …, a share whose unit is in its name, `其中：…面积（万平方米）`
    // `0.8` `2.6` `约束性`: two short, of the category its row's and of the unit that vanished.
    let src = "\
               序号\n\
               \n\
               类别\n\
               \n\
               指标\n\
               \n\
               单位\n\
               \n\
               基期值\n\
               （2025年）\n\
               \n\
               目标值（2030年）\n\
               \n\
               属性\n\
               \n\
               1\n\
               \n\
               保护传承\n\
               \n\
               登录保护的历史建筑数量\n\
               \n\
               处\n\
               \n\
               146\n\
               \n\
               ≥170\n\
               \n\
               预期性\n\
               \n\
               2\n\
               \n\
               历史建筑累计修缮面积（万平方米）\n\
               \n\
               2.9\n\
               \n\
               8.5\n\
               \n\
               约束性\n\
               \n\
               其中：文物保护单位修缮面积（万平方米）\n\
               \n\
               0.8\n\
               \n\
               2.6\n\
               \n\
               约束性\n\
               \n\
               3\n\
               \n\
               非物质文化遗产代表性项目传承人\n\
               \n\
               名\n\
               \n\
               34\n\
               \n\
               45\n\
               \n\
               预期性\n\
               \n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let share = rs.iter().find(|r| r.contains("其中")).unwrap();
    assert_eq!(
        share,
        "I|保护传承|||其中：文物保护单位修缮面积（万平方米）||0.8|2.6|约束性"
    );
}

#[test]
fn a_name_closed_by_a_facility_on_its_second_line_is_the_names() {
    // An annex row one piece too wide, its name over two lines before its works: the line that
    // closes the name with a facility (`城市记忆展示馆`) is the name's, not the works'
    // (`建设工业遗存展示空间…`).
    let src = "\
               序号\n\
               \n\
               项目类别\n\
               \n\
               项目名称\n\
               \n\
               建设内容\n\
               \n\
               实施年限\n\
               \n\
               责任单位\n\
               \n\
               1\n\
               \n\
               修缮保护\n\
               \n\
               青砖里二期成片修缮\n\
               \n\
               修缮石库门里弄建筑2.3万平方米，同步改造公共部位和市政管线\n\
               \n\
               2026-2028年\n\
               \n\
               区房屋管理局\n\
               \n\
               2\n\
               \n\
               福安坊历史建筑修缮\n\
               \n\
               修缮历史建筑18幢，整治街坊环境\n\
               \n\
               2026-2027年\n\
               \n\
               梧溪街道\n\
               \n\
               3\n\
               \n\
               原恒昌面粉厂结构加固\n\
               \n\
               实施主体结构加固和屋面修复\n\
               \n\
               2027-2029年\n\
               \n\
               区国资委\n\
               \n\
               4\n\
               \n\
               活化利用\n\
               \n\
               原梧里纱厂仓库二期\n\
               \n\
               城市记忆展示馆\n\
               \n\
               建设工业遗存展示空间和滨水公共平台\n\
               \n\
               2027-2030年\n\
               \n\
               区文化旅游局\n\
               \n\
               5\n\
               \n\
               崇文路人文街区\n\
               \n\
               引入城市书房、非遗工坊和文化创意业态\n\
               \n\
               区商务委\n\
               \n\
               6\n\
               \n\
               原圣约翰堂保护利用\n\
               \n\
               修复教堂主体并改造为音乐厅\n\
               \n\
               2028-2030年\n\
               \n\
               区文化旅游局\n\
               \n\
               7\n\
               \n\
               数字管理\n\
               \n\
               历史建筑智慧监管平台\n\
               \n\
               建设数字档案库、“一张图”和物联监测系统\n\
               \n\
               2026-2027年\n\
               \n\
               区大数据中心\n\
               \n\
               8\n\
               \n\
               历史建筑三维扫描建档\n\
               \n\
               完成全部历史建筑三维扫描和信息建档\n\
               \n\
               2026-2028年\n\
               \n\
               区规划资源局\n\
               \n\
               注：项目实施年限以年度计划为准，可根据项目前期工作进展适时调整。\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let four = rs.iter().find(|r| r.contains("纱厂")).unwrap();
    assert_eq!(
        four,
        "I|活化利用|4|活化利用|原梧里纱厂仓库二期城市记忆展示馆|建设工业遗存展示空间和滨水公共平台|2027-2030年|区文化旅游局"
    );
}

#[test]
fn a_column_of_the_people_holding_a_post_is_a_column_of_words() {
    // A 专栏's table under a merged 层级, with a column of the people who hold each post
    // (`担任人员`) between the post and a figure: a column of words; the `其中` sub-row keeps its
    // level.
    let src = "\
               层级\n\
               \n\
               林长设置\n\
               \n\
               担任人员\n\
               \n\
               人数（名）\n\
               \n\
               巡林频次\n\
               \n\
               区级\n\
               \n\
               总林长\n\
               \n\
               区委书记、区长\n\
               \n\
               2\n\
               \n\
               每年不少于2次\n\
               \n\
               副总林长\n\
               \n\
               区委、区政府分管负责同志\n\
               \n\
               3\n\
               \n\
               每半年不少于1次\n\
               \n\
               镇（街道）级\n\
               \n\
               林长\n\
               \n\
               镇（街道）党（工）委书记、\n\
               镇长（主任）\n\
               \n\
               22\n\
               \n\
               每季度不少于1次\n\
               \n\
               副林长\n\
               \n\
               镇（街道）分管负责同志\n\
               \n\
               35\n\
               \n\
               每两个月不少于1次\n\
               \n\
               村（社区）级\n\
               \n\
               林长\n\
               \n\
               村（居）党组织书记\n\
               \n\
               134\n\
               \n\
               每月不少于1次\n\
               \n\
               其中：林区村林长\n\
               \n\
               林区村党组织书记\n\
               \n\
               41\n\
               \n\
               每月不少于2次\n\
               \n\
               基层网格\n\
               \n\
               护林员\n\
               \n\
               专职护林员、生态护林员\n\
               \n\
               236\n\
               \n\
               每日巡护\n\
               \n\
               注：人数为截至2025年12月底在岗人数，林区村林长包含在村（社区）级林长人数之内。\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        t.columns,
        ["层级", "林长设置", "担任人员", "人数（名）", "巡林频次"]
    );
    assert_eq!(rs.len(), 7);
    assert_eq!(
        rs[5],
        "I|村（社区）级||其中：林区村林长|林区村党组织书记|41|每月不少于2次"
    );
    assert_eq!(
        rs[2],
        "I|镇（街道）级|镇（街道）级|林长|镇（街道）党（工）委书记、镇长（主任）|22|每季度不少于1次"
    );
}

#[test]
fn a_share_of_words_as_wide_as_its_row_after_a_merged_category_is_a_row() {
    // A `其中` sub-row of words after a row that left its category to the one above, as wide as
    // that row up to the next number: a row of its own, not the row's extra cells.
    let src = "\
               序号\n\
               \n\
               项目类别\n\
               \n\
               项目名称\n\
               \n\
               建设内容\n\
               \n\
               建设年限\n\
               \n\
               总投资\n\
               （万元）\n\
               \n\
               责任单位\n\
               \n\
               1\n\
               \n\
               森林资源培育\n\
               \n\
               凤栖山林相改造提升工程\n\
               \n\
               改造低效林2800亩，补植枫香、木荷、乌桕等乡土彩叶树种\n\
               \n\
               2026—2028年\n\
               \n\
               4200\n\
               \n\
               区林业局\n\
               \n\
               2\n\
               \n\
               国土绿化造林工程\n\
               \n\
               新增造林6000亩，修复退化林1500亩\n\
               \n\
               2026—2030年\n\
               \n\
               7800\n\
               \n\
               区林业局、各镇人民政府\n\
               \n\
               其中：青螺岭废弃矿山复绿\n\
               \n\
               修复废弃矿山边坡12公顷\n\
               \n\
               2026—2027年\n\
               \n\
               1600\n\
               \n\
               区自然资源局\n\
               \n\
               3\n\
               \n\
               保障性苗圃建设工程\n\
               \n\
               建设乡土树种保障性苗圃300亩\n\
               \n\
               2027—2029年\n\
               \n\
               900\n\
               \n\
               区林业局\n\
               \n\
               4\n\
               \n\
               城市森林建设\n\
               \n\
               环城森林带建设工程\n\
               \n\
               建设环城森林带32公里，新增林地1200亩，\n\
               配套建设绿道和驿站6处\n\
               \n\
               2026—2030年\n\
               \n\
               15600\n\
               \n\
               区住房城乡建设局、区林业局\n\
               \n\
               5\n\
               \n\
               口袋公园和立体绿化工程\n\
               \n\
               新建口袋公园34座，新增立体绿化5万平方米\n\
               \n\
               2026—2030年\n\
               \n\
               6800\n\
               \n\
               区绿化管理所\n\
               \n\
               6\n\
               \n\
               沿河生态廊道建设工程\n\
               \n\
               建设枫溪、青螺河、白沙河沿岸生态廊道41公里\n\
               \n\
               2026—2029年\n\
               \n\
               12500\n\
               \n\
               区水务局\n\
               \n\
               7\n\
               \n\
               资源保护监管\n\
               \n\
               林长制智慧管理平台升级工程\n\
               \n\
               建设林业“一张图”，接入视频监控点位180个\n\
               \n\
               2026—2027年\n\
               \n\
               1350\n\
               \n\
               区林业局、区大数据中心\n\
               \n\
               8\n\
               \n\
               森林防火能力提升工程\n\
               \n\
               新建生物防火林带45公里、消防蓄水池30座\n\
               \n\
               2026—2028年\n\
               \n\
               3600\n\
               \n\
               区应急管理局、区林业局\n\
               \n\
               9\n\
               \n\
               青螺湖湿地保护修复工程\n\
               \n\
               修复退化湿地85公顷，建设鸟类栖息地监测站2处\n\
               \n\
               2027—2029年\n\
               \n\
               区林业局\n\
               \n\
               10\n\
               \n\
               生态文化惠民\n\
               \n\
               森林康养和自然教育基地建设工程\n\
               \n\
               建设凤栖山森林康养基地1处、自然教育基地5处\n\
               \n\
               2027—2030年\n\
               \n\
               7300\n\
               \n\
               区文化旅游局、区教育局\n\
               \n\
               注：青螺湖湿地保护修复工程总投资待可行性研究报告批复后确定，项目投资均为估算数。\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        &rs[1..3],
        [
            "I|森林资源培育|2||国土绿化造林工程|新增造林6000亩，修复退化林1500亩|2026—2030年|7800|区林业局、各镇人民政府",
            "I|森林资源培育|||其中：青螺岭废弃矿山复绿|修复废弃矿山边坡12公顷|2026—2027年|1600|区自然资源局",
        ]
    );
    assert!(
        rs[3].starts_with("I|森林资源培育|3||保障性苗圃建设工程|"),
        "{}",
        rs[3]
    );
}

#[test]
fn a_gap_goes_where_the_columns_difference_makes_the_figures_equal() {
    // Rows in blocks, the caption below: `新增床位数` is `2030年床位数` less `2025年床位数` in
    // every row, and a new centre's two equal figures (`150` `150`) lack the baseline.
    let src = "\
               序号\n\
               机构类别\n\
               2025年床位数（张）\n\
               2030年床位数（张）\n\
               新增床位数（张）\n\
               \n\
               1\n\
               县人民医院\n\
               680\n\
               900\n\
               220\n\
               \n\
               2\n\
               县中医医院\n\
               350\n\
               500\n\
               150\n\
               \n\
               3\n\
               县妇幼保健院\n\
               120\n\
               200\n\
               80\n\
               \n\
               4\n\
               县精神卫生中心（新建）\n\
               150\n\
               150\n\
               \n\
               5\n\
               乡镇卫生院\n\
               1180\n\
               1300\n\
               120\n\
               \n\
               其中：中心卫生院\n\
               520\n\
               600\n\
               80\n\
               \n\
               6\n\
               社会办医疗机构\n\
               420\n\
               650\n\
               230\n\
               \n\
               汾岚县“十五五”医疗卫生机构床位配置规划表\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let four = rs.iter().find(|r| r.contains("精神卫生")).unwrap();
    assert_eq!(four, "I||4|县精神卫生中心（新建）||150|150");
}

#[test]
fn figures_with_remarks_and_a_name_over_two_paragraphs_in_a_table_of_standards() {
    // Figures with remarks in brackets (`650-1000` / `（附设时不小于650）`), a name over two
    // paragraphs whose second ends as every name does (`战勤保障` / `消防救援站`) before words
    // among figures (`按需配置`), and a last row of figures in words (`陆上用地≥2000`).
    let src = "\
               站点类型\n\
               \n\
               用地面积\n\
               \n\
               （平方米）\n\
               \n\
               建筑面积\n\
               \n\
               （平方米）\n\
               \n\
               消防车辆（辆）\n\
               \n\
               布局要求\n\
               \n\
               一级普通消防救援站\n\
               \n\
               3900-5600\n\
               \n\
               2700-4000\n\
               \n\
               5-7\n\
               \n\
               城市建成区责任区面积不宜大于7平方公里\n\
               \n\
               二级普通消防救援站\n\
               \n\
               2300-3800\n\
               \n\
               1800-2700\n\
               \n\
               2-4\n\
               \n\
               用地受限的建成区和乡镇集镇\n\
               \n\
               小型普通消防救援站\n\
               \n\
               ≥1000\n\
               （独立占地时）\n\
               \n\
               650-1000\n\
               \n\
               （附设时不小于650）\n\
               \n\
               2\n\
               \n\
               老城厢、历史风貌区和大型商圈\n\
               \n\
               特勤消防救援站\n\
               \n\
               5600-7200\n\
               \n\
               4000-5600\n\
               \n\
               8-11\n\
               \n\
               每个片区至少布局1座\n\
               \n\
               战勤保障\n\
               \n\
               消防救援站\n\
               \n\
               6200-7900\n\
               \n\
               4600-6800\n\
               \n\
               按需配置\n\
               \n\
               全市布局2座，分设南北\n\
               \n\
               水上消防救援站\n\
               \n\
               陆上用地≥2000\n\
               \n\
               1000-1500\n\
               \n\
               消防艇2-3艘\n\
               \n\
               沄江干流每30公里岸线布局1座\n\
               \n";
    let ls = lines(src);
    let r = read("t1", Some((0, "表2 各类消防救援站建设标准")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        &rs[2..],
        [
            "I||小型普通消防救援站|≥1000（独立占地时）|650-1000（附设时不小于650）|2|老城厢、历史风貌区和大型商圈",
            "I||特勤消防救援站|5600-7200|4000-5600|8-11|每个片区至少布局1座",
            "I||战勤保障消防救援站|6200-7900|4600-6800|按需配置|全市布局2座，分设南北",
            "I||水上消防救援站|陆上用地≥2000|1000-1500|消防艇2-3艘|沄江干流每30公里岸线布局1座",
        ]
    );
}

#[test]
fn a_district_and_a_street_in_it_over_two_lines_are_one_place() {
    // Under 建设地点, a district and a street in it over two lines (`鼓楼区` / `南门街道`): one
    // place, though the works after it open with `与`.
    let src = "\
               \n\
               序号\n\
               \n\
               项目类别\n\
               \n\
               项目名称\n\
               \n\
               建设地点\n\
               \n\
               建设内容及规模\n\
               \n\
               建设年限\n\
               \n\
               1\n\
               \n\
               新建普通消防救援站\n\
               \n\
               北湖科技城消防救援站\n\
               \n\
               北湖区\n\
               \n\
               一级普通消防救援站，用地约5000平方米\n\
               \n\
               2026-2027年\n\
               \n\
               2\n\
               \n\
               翠屏新区消防救援站\n\
               \n\
               翠屏区\n\
               \n\
               一级普通消防救援站，用地约4800平方米\n\
               \n\
               2026-2028年\n\
               \n\
               3\n\
               \n\
               临港物流园消防救援站\n\
               \n\
               滨江区\n\
               \n\
               二级普通消防救援站，配备大跨度仓储火灾处置装备\n\
               \n\
               2027-2028年\n\
               \n\
               4\n\
               \n\
               西山消防救援站\n\
               \n\
               西山镇\n\
               \n\
               二级普通消防救援站，兼顾森林火灾扑救\n\
               和山岳救援\n\
               \n\
               2027-2029年\n\
               \n\
               5\n\
               \n\
               特勤和战勤保障站\n\
               \n\
               高新区特勤消防救援站\n\
               \n\
               高新区\n\
               \n\
               特勤消防救援站及市级综合应急救援训练基地\n\
               \n\
               2026-2028年\n\
               \n\
               6\n\
               \n\
               南郊战勤保障消防救援站\n\
               \n\
               南郊镇\n\
               \n\
               建设应急物资储备库和车辆装备维修中心\n\
               \n\
               2027-2029年\n\
               \n\
               7\n\
               \n\
               小型和水上站\n\
               \n\
               南门小型消防救援站\n\
               \n\
               鼓楼区\n\
               \n\
               南门街道\n\
               \n\
               与社区服务中心合建，建筑面积约800平方米\n\
               \n\
               2026-2027年\n\
               \n\
               8\n\
               \n\
               沄江水上消防救援站\n\
               \n\
               沄江白沙岸线\n\
               \n\
               消防趸船1艘、消防艇2艘\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let seven = rs.iter().find(|r| r.contains("南门小型")).unwrap();
    assert_eq!(
        seven,
        "I|小型和水上站|7|小型和水上站|南门小型消防救援站|鼓楼区南门街道|与社区服务中心合建，建筑面积约800平方米|2026-2027年"
    );
}

#[test]
fn a_doing_over_its_time_in_two_header_paragraphs_is_one_column() {
    // A header cell over two paragraphs, a doing over its time: `建设` / `年限` is `建设年限`.
    let src = "\
               序号\n\
               \n\
               项目类别\n\
               \n\
               项目名称\n\
               \n\
               建设内容及规模\n\
               \n\
               建设\n\
               \n\
               年限\n\
               \n\
               投资估算\n\
               \n\
               （万元）\n\
               \n\
               责任单位\n\
               \n\
               1\n\
               \n\
               监测预警\n\
               \n\
               林火智能监测预警系统提升工程\n\
               \n\
               新建高点视频监控塔20座，智能化改造探头112台，配备巡护无人机40架，建设县级智慧指挥平台\n\
               \n\
               2026-2027年\n\
               \n\
               1860\n\
               \n\
               县林业局\n\
               \n\
               2\n\
               \n\
               森林火险要素监测站建设项目\n\
               \n";
    let ls = lines(src);
    let r = read("t1", Some((0, "云岫县森林防火“十五五”重点建设项目表")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        t.columns,
        [
            "序号",
            "项目类别",
            "项目名称",
            "建设内容及规模",
            "建设年限",
            "投资估算（万元）",
            "责任单位"
        ]
    );
    assert!(rs[0].ends_with("|2026-2027年|1860|县林业局"), "{}", rs[0]);
}

#[test]
fn a_name_with_a_unit_per_unit_in_brackets_has_its_units_cell_vanished() {
    // The first row of a group, its name with a unit per unit in brackets
    // (`…处理能力（万立方米/日）`), the category `污水处理` holding a unit's character: its
    // own category, its unit's cell vanished.
    let src = "\
               序号\n\
               类别\n\
               指标名称\n\
               单位\n\
               基期值\n\
               （2025年）\n\
               目标值\n\
               （2030年）\n\
               属性\n\
               \n\
               1\n\
               污水收集\n\
               城镇污水处理率\n\
               %\n\
               98.6\n\
               ≥99\n\
               约束性\n\
               \n\
               2\n\
               城镇生活污水集中收集率\n\
               %\n\
               72.4\n\
               ≥80\n\
               预期性\n\
               \n\
               其中：建成区\n\
               %\n\
               79.3\n\
               ≥85\n\
               预期性\n\
               \n\
               3\n\
               城镇污水管网密度\n\
               公里/平方公里\n\
               11.8\n\
               13.5\n\
               预期性\n\
               \n\
               4\n\
               污水处理\n\
               污水处理厂设计处理能力（万立方米/日）\n\
               38\n\
               50\n\
               预期性\n\
               \n\
               5\n\
               出水达到准Ⅳ类标准的处理规模占比\n\
               %\n\
               63.2\n\
               100\n\
               约束性\n\
               \n\
               6\n\
               污泥处置\n\
               污泥无害化处置率\n\
               %\n\
               100\n\
               100\n\
               约束性\n\
               \n\
               7\n\
               污泥资源化利用率\n\
               %\n\
               45\n\
               ≥60\n\
               预期性\n\
               \n\
               8\n\
               再生利用\n\
               再生水利用率\n\
               %\n\
               18.5\n\
               ≥25\n\
               约束性\n\
               \n\
               9\n\
               智慧管理\n\
               重点排水户在线监测\n\
               覆盖率\n\
               %\n\
               —\n\
               90\n\
               预期性\n\
               \n\
               “十五五”城镇污水收集处理主要指标\n\
               \n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let four = rs.iter().find(|r| r.contains("设计处理能力")).unwrap();
    assert_eq!(
        four,
        "I|污水处理|4|污水处理|污水处理厂设计处理能力（万立方米/日）||38|50|预期性"
    );
}

#[test]
fn a_bare_count_is_no_time_under_a_time_limit() {
    // A 专栏's table under a merged 街镇, its last row short of its 完成时限: a bare count is
    // no time, so `6` stays under 数量.
    let src = "\
               街镇\n\
               \n\
               整治类型\n\
               \n\
               数量（个）\n\
               \n\
               完成时限\n\
               \n\
               沅溪街道\n\
               \n\
               住宅小区\n\
               \n\
               46\n\
               \n\
               2027年\n\
               \n\
               企事业单位\n\
               \n\
               128\n\
               \n\
               2026年\n\
               \n\
               临江街道\n\
               \n\
               住宅小区\n\
               \n\
               38\n\
               \n\
               2027年\n\
               \n\
               企事业单位\n\
               \n\
               97\n\
               \n\
               2026年\n\
               \n\
               沿街商户\n\
               \n\
               215\n\
               \n\
               2028年\n\
               \n\
               北塘镇\n\
               \n\
               住宅小区\n\
               \n\
               21\n\
               \n\
               2028年\n\
               \n\
               工业企业\n\
               \n\
               64\n\
               \n\
               2027年\n\
               \n\
               青塘镇\n\
               \n\
               住宅小区\n\
               \n\
               17\n\
               \n\
               2028年\n\
               \n\
               农贸市场\n\
               \n\
               6\n\
               \n\
               注：青塘镇农贸市场雨污混接整治结合市场改造同步实施，完成时限随改造计划确定。\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let last = rs.last().unwrap();
    assert_eq!(last, "I|青塘镇||农贸市场|6|");
}

#[test]
fn figures_bounded_in_words_are_figures() {
    // Figures bounded in words (`不少于3000`) are figures: the header ends before the first
    // row's level, `街镇级`.
    let src = "\
               层级\n\
               \n\
               设施名称\n\
               \n\
               建筑面积\n\
               \n\
               （平方米）\n\
               \n\
               服务半径\n\
               \n\
               街镇级\n\
               \n\
               社区综合服务中心\n\
               \n\
               不少于3000\n\
               \n\
               1000米\n\
               \n\
               社区卫生服务中心\n\
               \n\
               4000—7000\n\
               \n\
               1000米\n\
               \n\
               社区文化活动中心\n\
               \n\
               不少于4500\n\
               \n\
               1000米\n\
               \n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        t.columns,
        ["层级", "设施名称", "建筑面积（平方米）", "服务半径"]
    );
    assert_eq!(
        &rs[..2],
        [
            "I|街镇级|街镇级|社区综合服务中心|不少于3000|1000米",
            "I|街镇级||社区卫生服务中心|4000—7000|1000米"
        ]
    );
}

#[test]
fn a_gap_goes_where_each_figure_is_written_as_its_columns_are() {
    // A row short of its 服务半径 under a merged 层级: its range without a unit (`200—400`) is
    // written as the 建筑面积 column's figures are (`4000—7000`), not as 服务半径's (`1000米`).
    let src = "\
               层级\n\
               \n\
               设施名称\n\
               \n\
               建筑面积\n\
               \n\
               （平方米）\n\
               \n\
               服务半径\n\
               \n\
               街镇级\n\
               \n\
               社区综合服务中心\n\
               \n\
               不少于3000\n\
               \n\
               1000米\n\
               \n\
               社区卫生服务中心\n\
               \n\
               4000—7000\n\
               \n\
               1000米\n\
               \n\
               社区文化活动中心\n\
               \n\
               不少于4500\n\
               \n\
               1000米\n\
               \n\
               片区级\n\
               \n\
               社区嵌入式服务综合体\n\
               \n\
               不少于2000\n\
               \n\
               500米\n\
               \n\
               社区长者食堂\n\
               \n\
               200—400\n\
               \n\
               居村级\n\
               \n\
               居委会综合服务站（含党群服务站）\n\
               \n\
               不少于600\n\
               \n\
               300米\n\
               \n\
               村综合服务站\n\
               \n\
               不少于300\n\
               \n\
               按自然村落分布确定\n\
               \n\
               注：社区长者食堂服务半径结合老年人步行习惯和送餐范围灵活确定。\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let canteen = rs.iter().find(|r| r.contains("长者食堂")).unwrap();
    assert_eq!(canteen, "I|片区级||社区长者食堂|200—400|");
}

#[test]
fn rows_under_a_zone_header_each_writing_its_own_long_zone() {
    // A 专栏's table, one cell per paragraph, under `片区`: every row writes its own zone, one
    // longer than a kind's name (`滨河现代服务业集聚区`), before its streets (`滨河街道、澄江路街道`):
    // no zone merged, no name over two cells.
    let src = "\
               片区\n\
               \n\
               所在街镇\n\
               \n\
               新增房源（套（间））\n\
               \n\
               主要功能导向\n\
               \n\
               北澄枢纽片区\n\
               \n\
               北澄镇\n\
               \n\
               5600\n\
               \n\
               轨交上盖租赁社区\n\
               \n\
               澄浦科创走廊片区\n\
               \n\
               东浦镇\n\
               \n\
               4800\n\
               \n\
               科创人才公寓\n\
               \n\
               滨河现代服务业集聚区\n\
               \n\
               滨河街道、澄江路街道\n\
               \n\
               3600\n\
               \n\
               青年白领租赁住房\n\
               \n\
               南塘老城片区\n\
               \n\
               南塘街道\n\
               \n\
               2000\n\
               \n\
               非居改建和城市建设者管理者之家\n\
               \n\
               2.加强智慧化监管服务。完善区住房租赁智慧管理平台功能，实现房源认定、项目监管、资金监管、合同网签、人口管理全流程线上办理，推动保障性租赁住房项目全部接入平台，实现运营数据实时归集、动态监测。\n";
    let ls = lines(src);
    let r = read_with(
        "t1",
        None,
        &ls,
        Options {
            titled: true,
            ..Options::default()
        },
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        t.columns,
        ["片区", "所在街镇", "新增房源（套（间））", "主要功能导向"]
    );
    assert_eq!(
        rs,
        [
            "I||北澄枢纽片区|北澄镇|5600|轨交上盖租赁社区",
            "I||澄浦科创走廊片区|东浦镇|4800|科创人才公寓",
            "I||滨河现代服务业集聚区|滨河街道、澄江路街道|3600|青年白领租赁住房",
            "I||南塘老城片区|南塘街道|2000|非居改建和城市建设者管理者之家",
        ]
    );
}

#[test]
fn a_last_row_ending_on_a_list_of_names_as_its_column_s_cells() {
    // A 专栏's table, one cell per paragraph, whose last row names its road over two paragraphs
    // (`梅陇港沿河` / `景观路`) and ends on a list of trees, as the last column's cells do
    // (`乌桕、朴树` under `香樟、榉树` `银杏` `悬铃木、无患子`): the list is the row's last cell.
    let src = "\
               序号\n\
               \n\
               道路名称\n\
               \n\
               起止点\n\
               \n\
               长度（公里）\n\
               \n\
               主要树种\n\
               \n\
               1\n\
               \n\
               泖溪大道\n\
               \n\
               沪松公路—临湖路\n\
               \n\
               6.8\n\
               \n\
               香樟、榉树\n\
               \n\
               2\n\
               \n\
               望湖路\n\
               \n\
               溪园路—滨江大道\n\
               \n\
               4.2\n\
               \n\
               银杏\n\
               \n\
               3\n\
               \n\
               青松路\n\
               \n\
               3.5\n\
               \n\
               悬铃木、无患子\n\
               \n\
               4\n\
               \n\
               梅陇港沿河\n\
               \n\
               景观路\n\
               \n\
               梅陇港桥—新泖路\n\
               \n\
               2.9\n\
               \n\
               乌桕、朴树\n";
    let ls = lines(src);
    let r = read_with(
        "t1",
        None,
        &ls,
        Options {
            titled: true,
            ..Options::default()
        },
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        rs,
        [
            "I||1|泖溪大道|沪松公路—临湖路|6.8|香樟、榉树",
            "I||2|望湖路|溪园路—滨江大道|4.2|银杏",
            "I||3|青松路||3.5|悬铃木、无患子",
            "I||4|梅陇港沿河景观路|梅陇港桥—新泖路|2.9|乌桕、朴树",
        ]
    );
}

#[test]
fn a_column_of_batches_merged_over_their_rows() {
    // A 专栏's table under `批次`, each batch with its years over two lines (`第一批` /
    // `（2026—2027年）`) written once over its streets' rows: a merged column of batches.
    let src = "\
               批次\n\
               \n\
               实施街镇\n\
               \n\
               试点小区（个）\n\
               \n\
               新增共享桩（个）\n\
               \n\
               第一批\n\
               （2026—2027年）\n\
               \n\
               澜东街道\n\
               \n\
               6\n\
               \n\
               720\n\
               \n\
               滨湖街道\n\
               \n\
               5\n\
               \n\
               600\n\
               \n\
               湾北街道\n\
               \n\
               4\n\
               \n\
               480\n\
               \n\
               第二批\n\
               （2028—2030年）\n\
               \n\
               望潮镇\n\
               \n\
               7\n\
               \n\
               840\n\
               \n\
               梅溪镇\n\
               \n\
               4\n\
               \n\
               480\n";
    let ls = lines(src);
    let r = read_with(
        "t1",
        None,
        &ls,
        Options {
            titled: true,
            ..Options::default()
        },
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        t.columns,
        ["批次", "实施街镇", "试点小区（个）", "新增共享桩（个）"]
    );
    assert_eq!(
        rs,
        [
            "I|第一批（2026—2027年）|第一批（2026—2027年）|澜东街道|6|720",
            "I|第一批（2026—2027年）||滨湖街道|5|600",
            "I|第一批（2026—2027年）||湾北街道|4|480",
            "I|第二批（2028—2030年）|第二批（2028—2030年）|望潮镇|7|840",
            "I|第二批（2028—2030年）||梅溪镇|4|480",
        ]
    );
}

#[test]
fn bodies_under_a_last_column_open_as_its_cells_do_or_are_the_next_category() {
    // An annex's table, one cell per paragraph, its category merged before 序号: after a row
    // whose last cell names bodies as every last cell does, opening with `区` (`区教育局`), the
    // next piece, `文化体育场馆`, names no body so opened: it is the next group's category.
    let src = "\
               改造类别\n\
               \n\
               序号\n\
               \n\
               项目名称\n\
               \n\
               主要建设内容\n\
               \n\
               改造面积（万平方米）\n\
               \n\
               责任单位\n\
               \n\
               机关办公建筑\n\
               \n\
               1\n\
               \n\
               区行政中心综合楼深度节能改造\n\
               \n\
               更换高效冷水机组和变频水泵，实施外窗节能改造和照明系统改造，配套建设屋顶光伏。\n\
               \n\
               3.8\n\
               \n\
               区机管局\n\
               \n\
               2\n\
               \n\
               街镇办公用房集中节能改造\n\
               \n\
               对8个街镇办公用房实施空调、照明和围护结构改造。\n\
               \n\
               2.1\n\
               \n\
               区机管局\n\
               \n\
               医疗卫生建筑\n\
               \n\
               3\n\
               \n\
               区中心医院门急诊楼能源系统改造\n\
               \n\
               建设空气源热泵热水系统，改造手术部净化空调和蒸汽系统，实施余热回收。\n\
               \n\
               4.6\n\
               \n\
               区卫生健康委\n\
               \n\
               4\n\
               \n\
               区妇幼保健院超低能耗改造示范\n\
               \n\
               实施外保温、高性能外窗和新风热回收改造，按超低能耗标准验收。\n\
               \n\
               1.7\n\
               \n\
               区卫生健康委\n\
               \n\
               教育建筑\n\
               \n\
               5\n\
               \n\
               区属中小学照明和空调集中改造\n\
               \n\
               分两批实施31所学校教室照明、空调和食堂设备改造，\n\
               同步改善教室光环境。\n\
               \n\
               5.2\n\
               \n\
               区教育局\n\
               \n\
               文化体育场馆\n\
               \n\
               6\n\
               \n\
               区体育中心场馆节能改造\n\
               \n\
               改造场馆照明和空调系统，建设屋顶光伏和储能设施。\n\
               \n\
               2.9\n\
               \n\
               区文化旅游局\n\
               \n\
               7\n\
               \n\
               区图书馆零碳示范单位建设\n\
               \n\
               实施全电化改造和光伏建设，开展绿电交易。\n\
               \n\
               1.1\n\
               \n\
               区文化旅游局\n\
               \n\
               商务楼宇\n\
               \n\
               8\n\
               \n\
               滨江商务区楼宇集群能效提升\n\
               \n\
               对12栋商务楼宇实施冷热源和输配系统改造，推行绿色租约。\n\
               \n\
               11.5\n\
               \n\
               区住房城乡建设管理委\n\
               \n\
               9\n\
               \n\
               老城片区商业综合体超低能耗改造示范\n\
               \n\
               结合城市更新实施围护结构和能源系统整体改造。\n\
               \n\
               3.3\n\
               \n\
               泷湾城投集团\n\
               \n\
               平台建设\n\
               \n\
               10\n\
               \n\
               区公共建筑能碳智慧管理平台升级\n\
               \n\
               新增接入公共建筑面积280万平方米，建设能碳数据驾驶舱和异常预警功能。\n\
               \n\
               区住房城乡建设管理委\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "泷湾区公共建筑节能改造“十五五”重点项目一览表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let groups: Vec<(&str, &str, &str)> = t
        .rows
        .iter()
        .map(|r| {
            (
                r.group.as_deref().unwrap_or(""),
                r.cells.first().map_or("", String::as_str),
                r.cells.last().map_or("", String::as_str),
            )
        })
        .collect();
    assert_eq!(groups.len(), 10, "{rs:#?}");
    assert_eq!(groups[4], ("教育建筑", "5", "区教育局"));
    assert_eq!(groups[5], ("文化体育场馆", "6", "区文化旅游局"));
    assert_eq!(groups[6], ("文化体育场馆", "7", "区文化旅游局"));
}

#[test]
fn a_sub_row_in_the_place_of_the_next_number() {
    // A caption's table, one cell per paragraph, its category merged before 序号, whose `其中` sub-row
    // takes the place of the number after its row (`2` … `其中：标准化建设达标率` … `服务能力`
    // `4`, the note says so): the numbers go on from `4`, every row read.
    let src = "\
               类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               “十四五”\n\
               \n\
               目标\n\
               \n\
               完成情况\n\
               \n\
               属性\n\
               \n\
               设施网络\n\
               \n\
               1\n\
               \n\
               社区卫生服务中心（含分中心）数量\n\
               \n\
               个\n\
               \n\
               18\n\
               \n\
               19\n\
               \n\
               预期性\n\
               \n\
               2\n\
               \n\
               社区卫生服务站（村卫生室）数量\n\
               \n\
               个\n\
               \n\
               96\n\
               \n\
               101\n\
               \n\
               预期性\n\
               \n\
               其中：标准化建设达标率\n\
               \n\
               %\n\
               \n\
               90\n\
               \n\
               93.6\n\
               \n\
               约束性\n\
               \n\
               服务能力\n\
               \n\
               4\n\
               \n\
               每万常住人口全科医生数\n\
               \n\
               人\n\
               \n\
               4\n\
               \n\
               4.3\n\
               \n\
               约束性\n\
               \n\
               5\n\
               \n\
               社区门急诊人次占全区门急诊人次比例\n\
               \n\
               %\n\
               \n\
               40\n\
               \n\
               37.2\n\
               \n\
               预期性\n\
               \n\
               签约服务\n\
               \n\
               6\n\
               \n\
               常住人口家庭医生签约率\n\
               \n\
               %\n\
               \n\
               40\n\
               \n\
               45.8\n\
               \n\
               预期性\n\
               \n\
               7\n\
               \n\
               重点人群家庭医生签约率\n\
               \n\
               %\n\
               \n\
               75\n\
               \n\
               82.1\n\
               \n\
               约束性\n\
               \n\
               公共卫生\n\
               \n\
               8\n\
               \n\
               65岁及以上老年人健康管理率\n\
               \n\
               %\n\
               \n\
               70\n\
               \n\
               72.4\n\
               \n\
               约束性\n\
               \n\
               9\n\
               \n\
               高血压、糖尿病患者规范管理率\n\
               \n\
               %\n\
               \n\
               70、70\n\
               \n\
               73.5、71.2\n\
               \n\
               约束性\n\
               \n\
               10\n\
               \n\
               居民健康素养水平\n\
               \n\
               %\n\
               \n\
               35\n\
               \n\
               预期性\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1  澄浦区社区卫生服务“十四五”主要指标完成情况")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let numbers: Vec<&str> = t
        .rows
        .iter()
        .map(|r| r.cells.first().map_or("", String::as_str))
        .collect();
    assert_eq!(
        numbers,
        ["1", "2", "", "4", "5", "6", "7", "8", "9", "10"],
        "{rs:#?}"
    );
    assert_eq!(rs[9], "I|公共卫生||10|居民健康素养水平|%|35||预期性");
}

#[test]
fn a_note_naming_the_row_between_its_words_places_the_gap() {
    // A row one value short (`万平方米` `48`) under `“十四五”目标` and `2025年完成值`; the note names
    // the row between its words (`未对地源热泵和空气源热泵应用建筑面积设定目标值`): the gap is the
    // target's, `48` the value done.
    let src = "\
               序号\n\
               \n\
               指标\n\
               \n\
               单位\n\
               \n\
               “十四五”\n\
               目标\n\
               \n\
               2025年\n\
               完成值\n\
               \n\
               1\n\
               \n\
               可再生能源发电装机容量\n\
               \n\
               万千瓦\n\
               \n\
               18\n\
               \n\
               21.6\n\
               \n\
               其中：分布式光伏装机容量\n\
               \n\
               万千瓦\n\
               \n\
               15\n\
               \n\
               19.3\n\
               \n\
               2\n\
               \n\
               可再生能源发电量占全社会用电量比重\n\
               \n\
               %\n\
               \n\
               3.5\n\
               \n\
               4.1\n\
               \n\
               3\n\
               \n\
               党政机关屋顶光伏覆盖率\n\
               \n\
               %\n\
               \n\
               50\n\
               \n\
               62\n\
               \n\
               4\n\
               \n\
               光伏发电年上网电量（五年累计）\n\
               \n\
               亿千瓦时\n\
               \n\
               8\n\
               \n\
               9.7\n\
               \n\
               5\n\
               \n\
               地源热泵和空气源热泵应用建筑面积\n\
               \n\
               万平方米\n\
               \n\
               48\n\
               \n\
               6\n\
               \n\
               光储充一体化站点\n\
               \n\
               座\n\
               \n\
               20\n\
               \n\
               26\n\
               \n\
               注：“十四五”期间未对地源热泵和空气源热泵应用建筑面积设定目标值，2025年完成值为统计监测数。\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表1：澄湾区可再生能源“十四五”主要指标完成情况")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let row = t
        .rows
        .iter()
        .find(|r| {
            r.cells
                .iter()
                .any(|c| c == "地源热泵和空气源热泵应用建筑面积")
        })
        .unwrap_or_else(|| panic!("{rs:#?}"));
    assert_eq!(row.cells[row.cells.len() - 2..], ["", "48"], "{rs:#?}");
}

#[test]
fn a_name_over_two_paragraphs_with_its_unit_in_brackets_under_a_merged_category() {
    // Under `序号` `类别` `指标` `单位`, rows leaving their category to the row above whose name
    // goes over two paragraphs, its unit in brackets at the end and its unit cell vanished
    // (`新增社区公共服务设施` / `面积（万平方米）` `8.6` `15`): one name, the unit left empty.
    let src = "\
               序号\n\
               \n\
               类别\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               基期值\n\
               \n\
               （2025年）\n\
               \n\
               目标值\n\
               \n\
               （2030年）\n\
               \n\
               属性\n\
               \n\
               1\n\
               \n\
               改造推进\n\
               \n\
               城中村改造完成村数\n\
               \n\
               个\n\
               \n\
               21\n\
               \n\
               ≥45\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               累计改造腾地规模\n\
               \n\
               （公顷）\n\
               \n\
               218\n\
               \n\
               （“十四五”累计）\n\
               \n\
               ≥240\n\
               \n\
               预期性\n\
               \n\
               3\n\
               \n\
               城中村改造受益居民户数\n\
               \n\
               万户\n\
               \n\
               2.87\n\
               \n\
               5.2\n\
               \n\
               约束性\n\
               \n\
               其中：就地就近安置比例\n\
               \n\
               %\n\
               \n\
               62\n\
               \n\
               ≥70\n\
               \n\
               预期性\n\
               \n\
               4\n\
               \n\
               民生保障\n\
               \n\
               安置房建设竣工面积\n\
               \n\
               万平方米\n\
               \n\
               136.4\n\
               \n\
               180\n\
               \n\
               预期性\n\
               \n\
               5\n\
               \n\
               新增社区公共服务设施\n\
               \n\
               面积（万平方米）\n\
               \n\
               8.6\n\
               \n\
               15\n\
               \n\
               预期性\n\
               \n\
               6\n\
               \n\
               新增保障性租赁住房\n\
               \n\
               套\n\
               \n\
               3200\n\
               \n\
               ≥8000\n\
               \n\
               预期性\n\
               \n\
               其中：利用城中村存量房屋改建\n\
               \n\
               套\n\
               \n\
               /\n\
               \n\
               3000\n\
               \n\
               预期性\n\
               \n\
               7\n\
               \n\
               环境品质\n\
               \n\
               新增公共绿地和开放空间\n\
               \n\
               公顷\n\
               \n\
               31.5\n\
               \n\
               ≥40\n\
               \n\
               预期性\n\
               \n\
               8\n\
               \n\
               消除重大消防安全隐患\n\
               \n\
               点位比例（%）\n\
               \n\
               85\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               9\n\
               \n\
               治理保障\n\
               \n\
               违法建筑“零增长”街镇覆盖率\n\
               \n\
               %\n\
               \n\
               80\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               10\n\
               \n\
               城中村物业管理覆盖率（%）\n\
               \n\
               46\n\
               \n\
               ≥90\n\
               \n\
               预期性\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表2 樟溪区城中村改造和城市更新“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        rs[5],
        "I|民生保障|5||新增社区公共服务设施面积（万平方米）||8.6|15|预期性"
    );
    assert_eq!(
        rs[9],
        "I|环境品质|8||消除重大消防安全隐患点位比例（%）||85|100|约束性"
    );
    assert!(
        r.parsed
            .warnings
            .iter()
            .any(|(_, w)| w.contains("row 5: a name over two paragraphs joined")),
        "{:?}",
        r.parsed.warnings
    );
}

#[test]
fn a_name_over_two_paragraphs_ending_in_a_count_of_chairs() {
    // A name over two paragraphs under a merged category, its unit a count of chairs in brackets
    // (`城市公共空间休憩座椅` / `新增数量（把）`): `把` is a unit, the name one cell.
    let src = "\
               序号\n\
               \n\
               类别\n\
               \n\
               指标\n\
               \n\
               2025年\n\
               \n\
               基期值\n\
               \n\
               2030年\n\
               \n\
               目标值\n\
               \n\
               属性\n\
               \n\
               1\n\
               \n\
               美丽街区\n\
               \n\
               美丽街区覆盖率（%）\n\
               \n\
               58.3\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               城市公共空间休憩座椅\n\
               \n\
               新增数量（把）\n\
               \n\
               —\n\
               \n\
               3000\n\
               \n\
               预期性\n\
               \n\
               3\n\
               \n\
               市容景观\n\
               \n\
               户外招牌设置备案率（%）\n\
               \n\
               84.6\n\
               \n\
               ≥95\n\
               \n\
               预期性\n\
               \n\
               其中：特色招牌道路（条）\n\
               \n\
               6\n\
               \n\
               20\n\
               \n\
               预期性\n\
               \n\
               4\n\
               \n\
               架空线入地和合杆整治道路长度（公里）\n\
               \n\
               47.2\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               5\n\
               \n\
               景观照明集中控制纳控率（%）\n\
               \n\
               87.5\n\
               \n\
               ≥95\n\
               \n\
               预期性\n\
               \n\
               6\n\
               \n\
               环境卫生\n\
               \n\
               道路机械化清扫率（%）\n\
               \n\
               98.6\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               7\n\
               \n\
               环卫作业车辆新能源化率（%）\n\
               \n\
               61\n\
               \n\
               ≥95\n\
               \n\
               预期性\n\
               \n\
               8\n\
               \n\
               公厕服务综合评价指数\n\
               \n\
               93.2\n\
               \n\
               95\n\
               \n\
               预期性\n\
               \n\
               9\n\
               \n\
               社会共治\n\
               \n\
               门责单位履责测评达标率（%）\n\
               \n\
               92\n\
               \n\
               ≥95\n\
               \n\
               预期性\n\
               \n\
               10\n\
               \n\
               市容环境公众满意度（分）\n\
               \n\
               ≥90\n\
               \n\
               预期性\n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "涵川区美丽街区建设和市容环境提升“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        rs[1],
        "I|美丽街区|2||城市公共空间休憩座椅新增数量（把）|—|3000|预期性"
    );
}

#[test]
fn a_table_under_a_type_s_short_name() {
    // A 专栏's table, one cell per paragraph, under `户型` (a type's short name), its header cells'
    // units on paragraphs of their own (`建筑面积` / `（平方米）`): a table of ranges and words.
    let src = "\
               户型\n\
               \n\
               建筑面积\n\
               \n\
               （平方米）\n\
               \n\
               参考月租金\n\
               \n\
               （元）\n\
               \n\
               主要供应对象\n\
               \n\
               床位型（青年人才驿站）\n\
               \n\
               8—10\n\
               \n\
               800—1200\n\
               \n\
               来汀求职和新就业的高校毕业生\n\
               \n\
               二居室\n\
               \n\
               55—70\n\
               \n\
               3500—4800\n\
               \n\
               已婚青年人才、骨干人才\n\
               \n\
               三居室\n\
               \n\
               80—90\n\
               \n\
               5000—6500\n\
               \n\
               专家公寓\n\
               \n\
               120—140\n\
               \n\
               按市场租金70%\n\
               \n\
               （最高不超过12000）\n\
               \n\
               A、B类高层次人才\n\
               \n\
               注：参考月租金为2026年标准，以后年度由区人才安居工作领导小组办公室根据市场租金变化动态调整并公布。\n";
    let ls = lines(src);
    let r = read_with(
        "t1",
        None,
        &ls,
        Options {
            titled: true,
            ..Options::default()
        },
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(
        t.columns,
        [
            "户型",
            "建筑面积（平方米）",
            "参考月租金（元）",
            "主要供应对象"
        ]
    );
    assert_eq!(
        rs,
        [
            "I||床位型（青年人才驿站）|8—10|800—1200|来汀求职和新就业的高校毕业生",
            "I||二居室|55—70|3500—4800|已婚青年人才、骨干人才",
            "I||三居室|80—90|5000—6500|",
            "I||专家公寓|120—140|按市场租金70%（最高不超过12000）|A、B类高层次人才",
        ]
    );
}

#[test]
fn a_project_s_name_closing_on_its_phase_in_brackets_before_its_works() {
    // An annex's table in row blocks, its category merged before 序号, whose row names its project
    // over two lines closing on a phase in brackets (`青墩港—北泖泾林水廊道` / `贯通工程（一期）`)
    // before works that open with a doing (`打通廊道断点5处，…`): the two lines are the name.
    let src = "\
               类别\n\
               序号\n\
               项目名称\n\
               主要建设内容\n\
               牵头单位\n\
               实施年限\n\
               \n\
               生态廊道建设\n\
               1\n\
               汀溪河滨水生态廊道提升工程\n\
               沿汀溪河两岸建设滨水绿带，营造近自然驳岸和浅滩湿地，岸线长度约9.6公里\n\
               区绿化市容局\n\
               2026—2028年\n\
               \n\
               2\n\
               环城绿带汀溪段生态廊道工程\n\
               新建和改造林带120公顷，贯通环城绿道汀溪段\n\
               区绿化市容局、区规划资源局\n\
               2026—2030年\n\
               \n\
               3\n\
               青墩港—北泖泾林水廊道\n\
               贯通工程（一期）\n\
               打通廊道断点5处，建设生态涵洞和动物通道\n\
               区水务局\n\
               2027—2029年\n\
               \n\
               4\n\
               道路防护林廊提质工程\n\
               对沪渝高速、汀枫公路沿线防护林实施林相改造，补植乡土树种\n\
               区绿化市容局\n\
               2026—2030年\n\
               \n\
               生境保护修复\n\
               5\n\
               北湖湿地生态修复二期工程\n\
               实施微地形营造、水位调控和植被恢复，修复湿地面积约46公顷\n\
               区水务局\n\
               2026—2027年\n\
               \n\
               6\n\
               生境花园建设行动\n\
               新建生境花园64处，其中学校和医院生境花园28处\n\
               各街道（镇）\n\
               每年实施\n\
               \n\
               7\n\
               野生动物栖息地改建工程\n\
               改建獐、中华虎凤蝶等重点物种栖息地1处\n\
               区绿化市容局\n\
               \n\
               物种保护与监测\n\
               8\n\
               生物多样性观测网络建设项目\n\
               布设固定样线30条、样点50个，建设区级生物多样性数据平台\n\
               区生态环境局\n\
               2026—2027年\n\
               \n\
               9\n\
               外来入侵物种防控项目\n\
               对加拿大一枝黄花、福寿螺、红耳龟等开展分区分类治理\n\
               区农业农村委、区绿化市容局\n\
               2026—2030年\n\
               \n\
               10\n\
               北湖湿地自然教育基地建设项目\n\
               建设自然教育中心、观鸟屏和科普步道\n\
               区教育局\n\
               2027—2030年\n\
               \n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "汀溪区生态廊道建设和生物多样性保护“十五五”重点项目表")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let row = t
        .rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c == "3"))
        .unwrap_or_else(|| panic!("{rs:#?}"));
    assert_eq!(
        row.cells,
        [
            "3",
            "青墩港—北泖泾林水廊道贯通工程（一期）",
            "打通廊道断点5处，建设生态涵洞和动物通道",
            "区水务局",
            "2027—2029年"
        ],
        "{rs:#?}"
    );
    assert_eq!(row.group.as_deref(), Some("生态廊道建设"));
}

#[test]
fn a_first_cell_ending_as_a_category_is_a_category_not_a_name_split() {
    // A row's first cell twice as long as every category written, before a few words, is a
    // category of its own where it ends as a category written does (`特殊教育与终身教育` after
    // `学前教育`, `义务教育`), not a name over two pieces.
    let src = "\
               序号\n\
               类别\n\
               指标\n\
               单位\n\
               基期值（2025年）\n\
               目标值（2030年）\n\
               属性\n\
               \n\
               1\n\
               学前教育\n\
               公办幼儿园在园幼儿占比\n\
               %\n\
               52\n\
               ≥60\n\
               约束性\n\
               \n\
               2\n\
               普惠性幼儿园覆盖率\n\
               %\n\
               90.6\n\
               ≥95\n\
               约束性\n\
               \n\
               3\n\
               托幼一体化幼儿园\n\
               所\n\
               14\n\
               40\n\
               预期性\n\
               \n\
               其中：开设托班的公办幼儿园\n\
               所\n\
               11\n\
               32\n\
               预期性\n\
               \n\
               4\n\
               义务教育\n\
               小学学位数\n\
               万个\n\
               5.9\n\
               7.6\n\
               约束性\n\
               \n\
               5\n\
               初中学位数\n\
               万个\n\
               3.1\n\
               4.2\n\
               约束性\n\
               \n\
               其中：九年一贯制学校学位数\n\
               万个\n\
               0.6\n\
               1.3\n\
               预期性\n\
               \n\
               6\n\
               义务教育学校办学条件\n\
               标准化达标率\n\
               %\n\
               91\n\
               100\n\
               约束性\n\
               \n\
               7\n\
               高中阶段\n\
               普通高中学位数\n\
               个\n\
               11400\n\
               16800\n\
               预期性\n\
               \n\
               8\n\
               中等职业学校生均校舍建筑面积\n\
               平方米\n\
               19.5\n\
               ≥22\n\
               预期性\n\
               \n\
               9\n\
               特殊教育与终身教育\n\
               特殊教育学校\n\
               所\n\
               1\n\
               2\n\
               约束性\n\
               \n\
               10\n\
               街镇社区学校覆盖情况\n\
               基本覆盖\n\
               全覆盖\n\
               预期性\n\
               \n\
               11\n\
               区级老年大学学位数\n\
               个\n\
               3200\n\
               6000\n\
               预期性\n\
               \n\
               表2 各学段教育设施配置主要指标\n\
               注：1.第6项指标按照省级义务教育学校办学条件标准核定。\n\
               2.第10项指标为定性指标，不设计量单位。\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let row = t
        .rows
        .iter()
        .find(|r| r.name == "9")
        .unwrap_or_else(|| panic!("{rs:#?}"));
    assert_eq!(row.group.as_deref(), Some("特殊教育与终身教育"), "{rs:#?}");
    assert_eq!(
        row.cells,
        [
            "特殊教育与终身教育",
            "特殊教育学校",
            "所",
            "1",
            "2",
            "约束性"
        ],
        "{rs:#?}"
    );
    let next = t.rows.iter().find(|r| r.name == "10").unwrap();
    assert_eq!(next.group.as_deref(), Some("特殊教育与终身教育"), "{rs:#?}");
}

#[test]
fn a_figure_of_one_columns_size_places_the_gap_under_the_other() {
    // A row one value short whose figure is of the first column's size and far from the
    // second's (`0.5—1` among `5—10` `1—1.5` 万人, not among `≥3000` `60—120` 平方米): its
    // gap is under the second, the report says why.
    let src = "\
               \n\
               设施层级\n\
               \n\
               设施名称\n\
               \n\
               服务人口规模（万人）\n\
               \n\
               建筑面积（平方米）\n\
               \n\
               配置要求\n\
               \n\
               街镇级\n\
               \n\
               社区综合为老服务中心\n\
               \n\
               5—10\n\
               \n\
               ≥3000\n\
               \n\
               每个街镇至少设置1处，服务人口超过10万人的增设分中心\n\
               \n\
               长者照护之家\n\
               \n\
               3—5\n\
               \n\
               1500—3000\n\
               \n\
               可与社区综合为老服务中心合设\n\
               \n\
               居村级\n\
               \n\
               老年日间照护机构\n\
               \n\
               1—1.5\n\
               \n\
               ≥300\n\
               \n\
               独立设置或与社区卫生服务站点合设\n\
               \n\
               社区老年助餐点\n\
               \n\
               0.5—1\n\
               \n\
               可依托睦邻点、居村委会用房设置\n\
               \n\
               睦邻点\n\
               \n\
               0.3—0.5\n\
               \n\
               60—120\n\
               \n\
               利用居村委会用房或闲置公房设置\n\
               \n\
               注：建筑面积不含室外活动场地;社区老年助餐点建筑面积根据日均供餐规模确定。\n\
               \n";
    let ls = lines(src);
    let r = read("t1", Some((0, "社区嵌入式养老服务设施分级配置标准")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let row = t
        .rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c == "社区老年助餐点"))
        .unwrap_or_else(|| panic!("{rs:#?}"));
    assert_eq!(
        row.cells,
        [
            "社区老年助餐点",
            "0.5—1",
            "",
            "可依托睦邻点、居村委会用房设置"
        ],
        "{rs:#?}"
    );
    assert!(
        r.parsed.warnings.iter().any(|w| w.1.contains(
            "left empty under `建筑面积（平方米）`, where its figures are of their columns' sizes"
        )),
        "{:?}",
        r.parsed.warnings
    );
}

#[test]
fn a_note_naming_another_rows_target_leaves_a_missing_baseline_in_place() {
    // A note that says a row has no baseline in one sentence and names another row's target
    // in the next (`…新设指标，暂无基期统计值;老年人居家适老化改造目标值为…累计数`): the other
    // row's sentence names no column of this one, whose gap stays under the baseline.
    let src = "\
               类别\n\
               \n\
               序号\n\
               \n\
               指标名称\n\
               \n\
               单位\n\
               \n\
               2025年\n\
               基期值\n\
               \n\
               2030年\n\
               目标值\n\
               \n\
               属性\n\
               \n\
               机构养老\n\
               \n\
               1\n\
               \n\
               养老机构床位总数\n\
               \n\
               张\n\
               \n\
               11860\n\
               \n\
               13500\n\
               \n\
               约束性\n\
               \n\
               其中：护理型床位占比\n\
               \n\
               %\n\
               \n\
               63.4\n\
               \n\
               70以上\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               认知障碍照护床位\n\
               \n\
               张\n\
               \n\
               620\n\
               \n\
               1200\n\
               \n\
               预期性\n\
               \n\
               社区养老\n\
               \n\
               3\n\
               \n\
               社区综合为老服务中心（含分中心）\n\
               \n\
               个\n\
               \n\
               14\n\
               \n\
               22\n\
               \n\
               预期性\n\
               \n\
               4\n\
               \n\
               社区老年助餐服务场所（个）\n\
               \n\
               168\n\
               \n\
               230\n\
               \n\
               预期性\n\
               \n\
               5\n\
               \n\
               社区嵌入式养老服务综合体\n\
               \n\
               个\n\
               \n\
               8\n\
               \n\
               预期性\n\
               \n\
               6\n\
               \n\
               “15分钟养老服务圈”覆盖率\n\
               \n\
               %\n\
               \n\
               92\n\
               \n\
               2027年实现全覆盖，2030年服务品质显著提升\n\
               \n\
               预期性\n\
               \n\
               医养结合\n\
               \n\
               7\n\
               \n\
               养老机构与医疗机构签约服务率\n\
               \n\
               %\n\
               \n\
               100\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               8\n\
               \n\
               设置医务室或护理站的\n\
               社区综合为老服务中心占比\n\
               \n\
               %\n\
               \n\
               57\n\
               \n\
               90\n\
               \n\
               预期性\n\
               \n\
               智慧适老\n\
               \n\
               9\n\
               \n\
               老年人居家适老化改造\n\
               \n\
               户\n\
               \n\
               3420\n\
               \n\
               6000\n\
               \n\
               预期性\n\
               \n\
               10\n\
               \n\
               智慧养老院\n\
               \n\
               家\n\
               \n\
               6\n\
               \n\
               15\n\
               \n\
               预期性\n\
               \n\
               注：1、“其中”项为养老机构床位总数的组成部分，护理型床位占比按年末核定床位计算。\n\
               \n\
               2、社区嵌入式养老服务综合体为“十五五”新设指标，暂无基期统计值;老年人居家适老化改造目标值为2021年以来累计数。\n\
               \n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表2  枫澜区养老服务设施布局“十五五”主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let row = t
        .rows
        .iter()
        .find(|r| {
            r.cells
                .get(1)
                .is_some_and(|c| c == "社区嵌入式养老服务综合体")
        })
        .unwrap_or_else(|| panic!("{rs:#?}"));
    assert_eq!(
        row.cells,
        ["5", "社区嵌入式养老服务综合体", "个", "", "8", "预期性"],
        "{rs:#?}"
    );
    assert_eq!(t.notes.len(), 2, "{:?}", t.notes);
}

#[test]
fn the_first_row_under_a_merged_category_writes_its_own() {
    // The first row under a merged category, one cell short: no row above to leave its
    // category to, so it writes its own and its unit vanished (`1` `防洪安全` `城市防洪标准`
    // `浔江干流100年一遇` …).
    let src = "\
               序号\n\
               类别\n\
               指标名称\n\
               单位\n\
               2025年基期值\n\
               2030年目标值\n\
               属性\n\
               \n\
               1\n\
               防洪安全\n\
               城市防洪标准\n\
               浔江干流100年一遇\n\
               浔江干流100年一遇\n\
               约束性\n\
               \n\
               2\n\
               区管及以上河道堤防达标率\n\
               %\n\
               87.3\n\
               ≥95\n\
               约束性\n\
               \n\
               3\n\
               泵闸安全鉴定合格率\n\
               %\n\
               82\n\
               100\n\
               预期性\n\
               \n\
               4\n\
               除涝排水\n\
               城镇雨水排水能力达3～5年一遇面积占比\n\
               %\n\
               58.6\n\
               ≥75\n\
               预期性\n\
               \n\
               5\n\
               易积水点动态消除率\n\
               %\n\
               100\n\
               100\n\
               预期性\n\
               \n\
               其中：下立交积水点消除率\n\
               %\n\
               —\n\
               100\n\
               预期性\n\
               \n\
               6\n\
               河湖水面率\n\
               %\n\
               7.34\n\
               ≥7.45\n\
               约束性\n\
               \n\
               7\n\
               海绵城市建成区达标面积占比\n\
               %\n\
               45.2\n\
               ≥80\n\
               预期性\n\
               \n\
               8\n\
               应急管理\n\
               防汛物资储备达标率\n\
               %\n\
               90\n\
               100\n\
               预期性\n\
               \n\
               9\n\
               防汛预警信息公众覆盖率\n\
               %\n\
               95\n\
               ≥99\n\
               预期性\n\
               \n\
               10\n\
               智慧防汛感知点位数量\n\
               个\n\
               1260\n\
               3000\n\
               预期性\n\
               \n\
               临澜区防汛除涝“十五五”主要指标\n\
               注：1.带“≥”的指标目标值为下限值。\n";
    let ls = lines(src);
    let r = read("t1", None, &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let row = t
        .rows
        .iter()
        .find(|r| r.name == "1")
        .unwrap_or_else(|| panic!("{rs:#?}"));
    assert_eq!(row.group.as_deref(), Some("防洪安全"), "{rs:#?}");
    assert_eq!(
        row.cells,
        [
            "防洪安全",
            "城市防洪标准",
            "",
            "浔江干流100年一遇",
            "浔江干流100年一遇",
            "约束性"
        ],
        "{rs:#?}"
    );
}

#[test]
fn a_zone_ending_as_every_zone_is_not_joined_to_a_name_over_two_lines() {
    // A block one line longer than the columns, its first cell ending as every first cell
    // does (`高新区片区` under `港湾片区`, `西江物流片区`) and its name over two lines ending on a
    // station as every name does (`临澜高新区氢能产业园` / `站内制氢加氢站`): the name's two lines
    // are one cell, not the zone and the name's first line.
    let src = "\
               片区\n\
               站点名称\n\
               建设类型\n\
               日加注能力（公斤）\n\
               \n\
               港湾片区\n\
               临澜港综合能源站\n\
               油氢合建\n\
               1000\n\
               \n\
               港区北加氢母站\n\
               制加一体\n\
               2000\n\
               \n\
               西江物流片区\n\
               西江物流园加氢站\n\
               独立建站\n\
               1000\n\
               \n\
               冷链基地撬装加氢站\n\
               撬装\n\
               500\n\
               \n\
               高新区片区\n\
               临澜高新区氢能产业园\n\
               站内制氢加氢站\n\
               制加一体\n\
               1500\n\
               \n\
               城东公交枢纽加氢站\n\
               油氢合建\n\
               1000\n\
               \n";
    let ls = lines(src);
    let r = read("t1", Some((0, "专栏2 加氢站布局重点工程")), &ls).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let row = t
        .rows
        .iter()
        .find(|r| {
            r.cells
                .first()
                .is_some_and(|c| c.ends_with("站内制氢加氢站"))
        })
        .unwrap_or_else(|| panic!("{rs:#?}"));
    assert_eq!(row.group.as_deref(), Some("高新区片区"), "{rs:#?}");
    assert_eq!(row.name, "高新区片区", "{rs:#?}");
    assert_eq!(
        row.cells,
        ["临澜高新区氢能产业园站内制氢加氢站", "制加一体", "1500"],
        "{rs:#?}"
    );
    assert_eq!(t.rows.len(), 6, "{rs:#?}");
}

#[test]
fn a_long_category_of_words_opens_its_group_before_a_name_with_its_unit() {
    // A row one cell short under a merged category whose first piece is a category longer
    // than a column's name, of words that name no measure (`社会教育与` / `公共服务`), before a
    // name with its unit in brackets: the row opens that category, its unit vanished.
    let src = "\
               序号\n\
               \n\
               类别\n\
               \n\
               指标\n\
               \n\
               单位\n\
               \n\
               2025年\n\
               基期值\n\
               \n\
               2030年\n\
               目标值\n\
               \n\
               属性\n\
               \n\
               1\n\
               \n\
               文物保护\n\
               \n\
               不可移动文物保护状况良好率\n\
               \n\
               %\n\
               \n\
               93.6\n\
               \n\
               ≥95\n\
               \n\
               约束性\n\
               \n\
               2\n\
               \n\
               区级以上文物保护单位保护规划编制率\n\
               \n\
               %\n\
               \n\
               72\n\
               \n\
               100\n\
               \n\
               约束性\n\
               \n\
               3\n\
               \n\
               文物保护工程项目（个）\n\
               \n\
               18\n\
               \n\
               25\n\
               \n\
               预期性\n\
               \n\
               4\n\
               \n\
               文物安全责任事故\n\
               \n\
               起\n\
               \n\
               0\n\
               \n\
               0\n\
               \n\
               约束性\n\
               \n\
               5\n\
               \n\
               博物馆建设\n\
               \n\
               备案博物馆数量\n\
               \n\
               座\n\
               \n\
               15\n\
               \n\
               22\n\
               \n\
               预期性\n\
               \n\
               其中：非国有博物馆\n\
               \n\
               座\n\
               \n\
               6\n\
               \n\
               10\n\
               \n\
               预期性\n\
               \n\
               其中：挂牌类博物馆\n\
               \n\
               个\n\
               \n\
               12\n\
               \n\
               预期性\n\
               \n\
               6\n\
               \n\
               每十万人拥有博物馆数量\n\
               \n\
               座\n\
               \n\
               1.9\n\
               \n\
               2.6\n\
               \n\
               预期性\n\
               \n\
               7\n\
               \n\
               馆藏文物数字化率\n\
               \n\
               %\n\
               \n\
               58.2\n\
               \n\
               85\n\
               \n\
               预期性\n\
               \n\
               8\n\
               \n\
               社会教育与\n\
               公共服务\n\
               \n\
               博物馆年接待观众量（万人次）\n\
               \n\
               136.5\n\
               \n\
               180\n\
               \n\
               预期性\n\
               \n\
               9\n\
               \n\
               博物馆教育活动场次（场/年）\n\
               \n\
               1120\n\
               \n\
               1600\n\
               \n\
               预期性\n\
               \n\
               10\n\
               \n\
               中小学生博物馆研学活动覆盖率\n\
               \n\
               %\n\
               \n\
               70\n\
               \n\
               ＞90\n\
               \n\
               预期性\n\
               \n\
               注：1.文物保护工程项目为规划期内累计开工数，基期值为“十四五”期间累计数。\n\
               \n\
               2.挂牌类博物馆为本规划新设指标，无基期值。\n\
               \n\
               3.每十万人拥有博物馆数量按全区常住人口计算。\n\
               \n\
               四、主要任务\n\
               \n";
    let ls = lines(src);
    let r = read(
        "t1",
        Some((0, "表2 云溪区“十五五”文物保护和博物馆事业主要指标")),
        &ls,
    )
    .unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    let row = t
        .rows
        .iter()
        .find(|r| r.name == "8")
        .unwrap_or_else(|| panic!("{rs:#?}"));
    assert_eq!(row.group.as_deref(), Some("社会教育与公共服务"), "{rs:#?}");
    assert_eq!(
        row.cells,
        [
            "社会教育与公共服务",
            "博物馆年接待观众量（万人次）",
            "",
            "136.5",
            "180",
            "预期性"
        ],
        "{rs:#?}"
    );
    let next = t.rows.iter().find(|r| r.name == "9").unwrap();
    assert_eq!(next.group.as_deref(), Some("社会教育与公共服务"), "{rs:#?}");
}

#[test]
fn a_row_is_named_by_words_not_by_the_count_of_the_row_above() {
    // A 专栏's table of kinds, one cell short: its last row's 覆盖学校 vanished. Read with the gap
    // in its first row, every row after would be named by the count above it (`60` under
    // 类型); a row is named by words, so the gap is the last row's.
    let src = "\
               类型\n\
               \n\
               建设重点\n\
               \n\
               覆盖学校（所）\n\
               \n\
               基础型\n\
               \n\
               千兆到校、百兆到班，教室多媒体设备更新，基础业务系统全面上云\n\
               \n\
               全部中小学\n\
               \n\
               提升型\n\
               \n\
               智慧教室、创新实验室、数字化学习空间，学情数据采集与分析应用\n\
               \n\
               60\n\
               \n\
               示范型\n\
               \n\
               数据驱动的精准教学与教研，人工智能教育应用场景\n\
               \n\
               20\n\
               \n\
               特色型\n\
               \n\
               结合学校特色课程，建设数字化学科场馆和虚拟仿真实验室\n\
               \n\
               注：特色型学校由各校自主申报，经区教育局评审认定，不设数量指标。\n";
    let ls = lines(src);
    let titled = Options {
        titled: true,
        ..Options::default()
    };
    let r = read_with("t1", None, &ls, titled).unwrap();
    let t = &r.parsed.table;
    let rs = rows(t);
    assert_eq!(t.columns, ["类型", "建设重点", "覆盖学校（所）"]);
    assert_eq!(
        rs,
        [
            "I||基础型|千兆到校、百兆到班，教室多媒体设备更新，基础业务系统全面上云|全部中小学",
            "I||提升型|智慧教室、创新实验室、数字化学习空间，学情数据采集与分析应用|60",
            "I||示范型|数据驱动的精准教学与教研，人工智能教育应用场景|20",
            "I||特色型|结合学校特色课程，建设数字化学科场馆和虚拟仿真实验室|",
        ]
    );
}
