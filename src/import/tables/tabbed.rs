//! Tab-separated tables (text copied from office documents): the first row is the header, or
//! the first two when the second fills the cells under groups of the first; a row whose only
//! text is its first cell is a category; an extra leading column holds a group name before its
//! sub-rows; the header repeated after a page break is removed and listed. Must not drop a cell
//! or panic on ragged rows.

use super::{item_row, numbered, ParsedTable};
use crate::model::{ColumnGroup, RowKind, TableRow};
use crate::text::{collapse_cjk_spacing, is_space};

fn cells_of(line: &str) -> Vec<String> {
    line.split('\t')
        .map(|c| c.trim_matches(is_space).to_string())
        .collect()
}

fn non_empty(cells: &[String]) -> Vec<String> {
    cells
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| collapse_cjk_spacing(c))
        .collect()
}

/// Parses a tab-separated table from `(line number, text)` rows; the first row is the header.
pub fn parse_tabbed(id: &str, rows: &[(usize, &str)]) -> ParsedTable {
    let mut out = ParsedTable::new(id, rows.iter().map(|r| r.0).collect());
    let Some((&(_, first), body)) = rows.split_first() else {
        return out;
    };
    let mut header = cells_of(first);
    let mut body = body;
    // A header of two rows: groups over empty cells (`分区` `近期（2025年）` `` `远期（2035年）`
    // ``), then their columns under them, the first cell empty (`` `面积` `比例` `面积`
    // `比例`).
    if let Some((lower, groups)) = body.first().and_then(|l| two_row_header(&header, l.1)) {
        header = lower;
        out.table.column_groups = groups;
        body = &body[1..];
    }
    let columns = non_empty(&header);
    let values = columns.len().saturating_sub(1);
    out.table.columns = columns.clone();
    let mut group: Option<String> = None;
    // A row over two lines, a cell broken by a line break (`…储罐及` / `配套气化、装卸设施`):
    // two lines each short of the header, whose cells make the header's with the break's two
    // halves as one.
    let mut lines: Vec<(usize, Vec<String>)> = Vec::with_capacity(body.len());
    let mut at = 0;
    while let Some(&(no, text)) = body.get(at) {
        let mut cells = cells_of(text);
        let width = header.len();
        if let Some(&(next_no, next)) = body.get(at + 1) {
            let more = cells_of(next);
            // (Not a category's line, with one cell filled, nor before a numbered row.)
            let goes_on = more.first().is_some_and(|c| {
                !c.is_empty() && numbered(c).0.is_none() && !c.chars().all(|ch| ch.is_ascii_digit())
            });
            if cells.len() < width
                && more.len() < width
                && cells.len() + more.len() == width + 1
                && cells.iter().filter(|c| !c.is_empty()).count() >= 2
                && goes_on
            {
                let (a, b) = (cells.pop().unwrap_or_default(), &more[0]);
                out.joins.push((
                    vec![no, next_no],
                    format!("row over two lines: `{a}` + `{b}` read as one cell"),
                ));
                cells.push(format!("{a}{b}"));
                cells.extend(more[1..].iter().cloned());
                at += 1;
            }
        }
        lines.push((no, cells));
        at += 1;
    }
    for (no, mut cells) in lines {
        if non_empty(&cells) == columns {
            out.repeated_headers.push(no);
            continue;
        }
        while cells.len() > 1
            && cells.last().is_some_and(|c| c.is_empty())
            && cells.len() > values + 1
        {
            cells.pop();
        }
        let filled: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
        // A row whose only text is its first cell is a category heading.
        if filled.len() == 1 && !cells[0].is_empty() {
            let (number, name) = numbered(&collapse_cjk_spacing(&cells[0]));
            group = None;
            out.table.rows.push(TableRow {
                kind: RowKind::Category,
                number,
                name,
                group: None,
                cells: Vec::new(),
            });
            continue;
        }
        // Two name cells: a group column before the indicator's name.
        let (first, name, vals) = if cells.len() >= values + 2 {
            (cells[0].clone(), cells[1].clone(), cells[2..].to_vec())
        } else {
            (String::new(), cells[0].clone(), cells[1..].to_vec())
        };
        let (row_group, name) = match (first.is_empty(), name.is_empty()) {
            // A group cell opens its group, again when the source repeats it on the next row:
            // every cell of the source stays in the table.
            (false, false) => {
                out.table.rows.push(TableRow {
                    kind: RowKind::Group,
                    number: None,
                    name: first.clone(),
                    group: None,
                    cells: Vec::new(),
                });
                group = Some(first.clone());
                (group.clone(), name)
            }
            (true, false) => (group.clone(), name),
            (false, true) => {
                group = None;
                (None, first)
            }
            (true, true) => (None, String::new()),
        };
        let mut vals = vals;
        if vals.len() < values {
            out.short_rows.push(no);
            vals.resize(values, String::new());
        }
        out.table.rows.push(item_row(&name, row_group, vals));
    }
    out
}

/// The header of two rows `upper` over `lower`: when `lower` leaves its first cell empty and
/// fills the cells under a group of `upper` (a cell followed by empty ones), words all, no
/// figure: the columns (the lower cell where there is one, else the upper) and the groups.
fn two_row_header(upper: &[String], lower: &str) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let lower = cells_of(lower);
    let width = upper.len().max(lower.len());
    let at = |cells: &[String], i: usize| cells.get(i).cloned().unwrap_or_default();
    let figure = |c: &str| {
        let c: String = c
            .chars()
            .filter(|ch| !is_space(*ch) && *ch != ',')
            .collect();
        !c.is_empty() && c.parse::<f64>().is_ok()
    };
    if !lower.first().is_some_and(|c| c.is_empty())
        || lower.iter().filter(|c| !c.is_empty()).count() < 2
        || lower.iter().any(|c| figure(c))
    {
        return None;
    }
    let mut columns = Vec::with_capacity(width);
    let mut groups: Vec<ColumnGroup> = Vec::new();
    let mut i = 0;
    while i < width {
        let top = at(upper, i);
        // The cells under `top`: its own and the empty ones after it.
        let span = 1
            + (i + 1..width)
                .take_while(|&j| at(upper, j).is_empty() && !at(&lower, j).is_empty())
                .count();
        let under: Vec<String> = (i..i + span).map(|j| at(&lower, j)).collect();
        if span >= 2 && !top.is_empty() && under.iter().all(|c| !c.is_empty()) {
            groups.push(ColumnGroup {
                title: collapse_cjk_spacing(&top),
                first: columns.len(),
                span,
            });
            columns.extend(under);
        } else if under.iter().any(|c| !c.is_empty()) && !top.is_empty() {
            // (A column with both rows written, neither a group: not this header.)
            return None;
        } else {
            columns.push(if top.is_empty() { at(&lower, i) } else { top });
        }
        i += span;
    }
    (!groups.is_empty() && columns.iter().all(|c| !c.is_empty())).then_some((columns, groups))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Table;

    fn rows(t: &Table) -> Vec<String> {
        t.rows
            .iter()
            .map(|r| {
                format!(
                    "{:?}|{}|{}|{}|{}",
                    r.kind,
                    r.number.as_deref().unwrap_or(""),
                    r.group.as_deref().unwrap_or(""),
                    r.name,
                    r.cells.join("/")
                )
            })
            .collect()
    }

    #[test]
    fn tabbed_table_with_repeated_header_and_group_rows() {
        let src = [
            "指标项目\t“十二五”末情况\t“十三五”目标\t“十三五”完成情况\t指标属性",
            "一、就业\t\t\t\t",
            "城镇登记失业率(%)\t1.39\t<4.0\t2.56\t预期性",
            "指标项目\t\t“十二五”末情况\t“十三五”目标\t“十三五”完成情况\t指标属性",
            "工伤保险定期待遇\t工伤职工伤残津贴(元/月)\t3712\t稳步提高\t5458\t预期性",
            "\t工伤职工护理费(元/月)\t2322\t稳步提高\t3579\t预期性",
            "企业职工基本养老保险基金收缴率(%)\t\t≥97\t≥98\t≥98\t约束性",
            "三、人才发展\t\t\t\t\t",
        ];
        let input: Vec<(usize, &str)> = src.iter().enumerate().map(|(i, s)| (i + 1, *s)).collect();
        let p = parse_tabbed("t1", &input);
        assert_eq!(
            p.table.columns,
            vec![
                "指标项目",
                "“十二五”末情况",
                "“十三五”目标",
                "“十三五”完成情况",
                "指标属性"
            ]
        );
        assert_eq!(p.repeated_headers, vec![4]);
        assert_eq!(
            rows(&p.table),
            vec![
                "Category|一、||就业|",
                "Item|||城镇登记失业率(%)|1.39/<4.0/2.56/预期性",
                "Group|||工伤保险定期待遇|",
                "Item||工伤保险定期待遇|工伤职工伤残津贴(元/月)|3712/稳步提高/5458/预期性",
                "Item||工伤保险定期待遇|工伤职工护理费(元/月)|2322/稳步提高/3579/预期性",
                "Item|||企业职工基本养老保险基金收缴率(%)|≥97/≥98/≥98/约束性",
                "Category|三、||人才发展|",
            ]
        );
    }

    #[test]
    fn a_header_of_two_rows_groups_the_columns_under_it() {
        let src = [
            "分区\t近期（2025年）\t\t远期（2035年）\t",
            "\t面积（万平方米）\t比例（%）\t面积（万平方米）\t比例（%）",
            "老城片区\t122\t15.0\t326\t12.0",
            "城东新区\t285\t35.0\t868\t32.0",
        ];
        let input: Vec<(usize, &str)> = src.iter().enumerate().map(|(i, s)| (i + 1, *s)).collect();
        let p = parse_tabbed("t1", &input);
        assert_eq!(
            p.table.columns,
            [
                "分区",
                "面积（万平方米）",
                "比例（%）",
                "面积（万平方米）",
                "比例（%）"
            ]
        );
        let groups: Vec<(&str, usize, usize)> = p
            .table
            .column_groups
            .iter()
            .map(|g| (g.title.as_str(), g.first, g.span))
            .collect();
        assert_eq!(groups, [("近期（2025年）", 1, 2), ("远期（2035年）", 3, 2)]);
        assert_eq!(
            rows(&p.table),
            [
                "Item|||老城片区|122/15.0/326/12.0",
                "Item|||城东新区|285/35.0/868/32.0"
            ]
        );
        assert!(p.table.column_groups_problem().is_none());
        // A second row of figures is a row, not a header.
        let input = [(1, src[0]), (2, "\t122\t15.0\t326\t12.0")];
        assert!(parse_tabbed("t1", &input).table.column_groups.is_empty());
    }

    #[test]
    fn a_group_cell_repeated_on_the_next_row_stays() {
        let src = [
            "指标\t2025年\t属性",
            "经济发展\t地区生产总值增速(%)\t6\t预期性",
            "经济发展\t研发投入强度(%)\t3\t预期性",
            "\t数字经济占比(%)\t40\t预期性",
        ];
        let input: Vec<(usize, &str)> = src.iter().enumerate().map(|(i, s)| (i + 1, *s)).collect();
        let p = parse_tabbed("t3", &input);
        assert_eq!(
            rows(&p.table),
            vec![
                "Group|||经济发展|",
                "Item||经济发展|地区生产总值增速(%)|6/预期性",
                "Group|||经济发展|",
                "Item||经济发展|研发投入强度(%)|3/预期性",
                "Item||经济发展|数字经济占比(%)|40/预期性",
            ]
        );
    }

    #[test]
    fn tabbed_numbered_rows_and_spaced_header() {
        let src = [
            "指 标\t目 标\t属 性",
            "一、就 业\t\t",
            "1. 城镇调查失业率(%)\t<5\t预期性",
            "5. 开展职业技能培训人数(万人次)\t【350】\t预期性",
        ];
        let input: Vec<(usize, &str)> = src.iter().enumerate().map(|(i, s)| (i + 1, *s)).collect();
        let p = parse_tabbed("t2", &input);
        assert_eq!(p.table.columns, vec!["指标", "目标", "属性"]);
        assert_eq!(
            rows(&p.table),
            vec![
                "Category|一、||就业|",
                "Item|1.||城镇调查失业率(%)|<5/预期性",
                "Item|5.||开展职业技能培训人数(万人次)|【350】/预期性"
            ]
        );
    }

    #[test]
    fn a_row_over_two_lines_is_one_row() {
        // Row 2's 建设内容 holds a line break: `…储罐及` ends its first line, the rest opens
        // the next.
        let src = [
            "序号\t项目名称\t建设内容\t建设地点\t总投资（亿元）\t建设年限",
            "1\t天然气高压外环管网工程\t新建高压管道约65公里\t信都区\t6.20\t2021—2024年",
            "2\t市级LNG应急储备调峰中心\t新建2座5000立方米LNG储罐及",
            "配套气化、装卸设施\t任泽区\t4.60\t2021—2023年",
            "3\t老旧燃气管网更新改造工程\t改造老旧管网120公里\t主城区\t3.10\t2021—2025年",
        ];
        let input: Vec<(usize, &str)> = src.iter().enumerate().map(|(i, s)| (i + 1, *s)).collect();
        let p = parse_tabbed("t2", &input);
        assert_eq!(
            rows(&p.table)[1],
            "Item|||2|市级LNG应急储备调峰中心/新建2座5000立方米LNG储罐及配套气化、装卸设施/任泽区/4.60/2021—2023年"
        );
        assert_eq!(p.table.rows.len(), 3);
        assert_eq!(p.joins.len(), 1);
    }
}
