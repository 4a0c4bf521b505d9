//! Tables in plain text, in the two layouts plans are extracted with:
//! - tab-separated rows, the header repeated after each page break, sometimes with an extra
//!   empty column where a group name stands before its sub-rows (工伤保险定期待遇);
//! - one cell per line (web pages), where a category name may wrap over two lines, a merged cell
//!   leaves a short row and a long name may wrap onto the next line.
//!
//! Both give typed rows: categories, groups and items, with every cell as written.

use super::grammar::{label, Style};
use crate::model::{RowKind, Table, TableRow};
use crate::text::{collapse_cjk_spacing, is_space};

/// A table read from the seed, with the seed lines it used.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedTable {
    pub table: Table,
    /// Seed lines of the table, caption included when the layout has one.
    pub lines: Vec<usize>,
    /// Header lines repeated at page breaks (removed).
    pub repeated_headers: Vec<usize>,
    /// Rows with fewer cells than columns (a merged cell).
    pub short_rows: Vec<usize>,
}

/// Words a header cell of an indicator table contains.
const HEADER_WORDS: [&str; 9] = [
    "指标", "名称", "目标", "属性", "单位", "序号", "类别", "项目", "完成",
];
/// Words a value of the attribute column is.
const ATTRIBUTE_WORDS: [&str; 2] = ["预期性", "约束性"];

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

/// Splits `1. 城镇调查失业率(%)` into (`1.`, `城镇调查失业率(%)`), `一、就 业` into (`一、`, `就业`).
fn numbered(name: &str) -> (Option<String>, String) {
    match label(name) {
        Some(l) if matches!(l.style, Style::ArabicItem | Style::CnEnum) && !l.rest.is_empty() => {
            (Some(l.text), l.rest)
        }
        _ => (None, name.to_string()),
    }
}

/// An item row from its name as written (a leading `1.` becomes its number), group and cells.
fn item_row(name: &str, group: Option<String>, cells: Vec<String>) -> TableRow {
    let (number, name) = numbered(name);
    TableRow {
        kind: RowKind::Item,
        number,
        name,
        group,
        cells,
    }
}

/// Parses a tab-separated table from `(line number, text)` rows; the first row is the header.
pub fn parse_tabbed(id: &str, rows: &[(usize, &str)]) -> ParsedTable {
    let header = cells_of(rows[0].1);
    let columns = non_empty(&header);
    let values = columns.len().saturating_sub(1);
    let mut out = ParsedTable {
        table: Table {
            id: id.to_string(),
            title: String::new(),
            columns: columns.clone(),
            rows: Vec::new(),
            notes: Vec::new(),
        },
        lines: rows.iter().map(|r| r.0).collect(),
        repeated_headers: Vec::new(),
        short_rows: Vec::new(),
    };
    let mut group: Option<String> = None;
    for &(no, text) in &rows[1..] {
        let mut cells = cells_of(text);
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
            (false, false) => {
                if group.as_deref() != Some(first.as_str()) {
                    out.table.rows.push(TableRow {
                        kind: RowKind::Group,
                        number: None,
                        name: first.clone(),
                        group: None,
                        cells: Vec::new(),
                    });
                    group = Some(first.clone());
                }
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

/// A run of short lines that opens a one-cell-per-line table: at least two header cells, one of
/// them naming an indicator column. Returns how many lines the header has.
pub fn one_cell_header_len(lines: &[&str]) -> Option<usize> {
    let n = lines
        .iter()
        .take_while(|l| {
            let c = l.chars().count();
            c <= 15 && !l.contains('。') && !l.contains('\t') && label(l).is_none()
        })
        .count();
    let header = &lines[..n];
    let words = header
        .iter()
        .filter(|l| HEADER_WORDS.iter().any(|w| l.contains(w)))
        .count();
    (n >= 2 && words >= 2).then(|| {
        header
            .iter()
            .take_while(|l| HEADER_WORDS.iter().any(|w| l.contains(w)))
            .count()
    })
}

/// True for a line that can still belong to a one-cell-per-line table.
pub fn is_one_cell_line(line: &str) -> bool {
    let n = line.chars().count();
    let heading = label(line).is_some_and(|l| {
        matches!(
            l.style,
            Style::Part | Style::Chapter | Style::Section | Style::CnEnum | Style::CnParen
        ) && n > 15
    });
    n <= 40 && !line.contains('。') && !heading
}

/// Parses a one-cell-per-line table: `header` cells, then the cell lines.
pub fn parse_one_cell(id: &str, header: &[(usize, &str)], cells: &[(usize, &str)]) -> ParsedTable {
    let columns: Vec<String> = header.iter().map(|h| collapse_cjk_spacing(h.1)).collect();
    let k = columns.len();
    let has_attribute = columns.last().is_some_and(|c| c.contains("属性"));
    let mut out = ParsedTable {
        table: Table {
            id: id.to_string(),
            title: String::new(),
            columns,
            rows: Vec::new(),
            notes: Vec::new(),
        },
        lines: header.iter().chain(cells).map(|c| c.0).collect(),
        repeated_headers: Vec::new(),
        short_rows: Vec::new(),
    };
    let is_row_start = |t: &str| label(t).is_some_and(|l| l.style == Style::ArabicItem);
    // Segments: the lines before the first numbered row are category lines; each numbered row
    // runs to the next one.
    let starts: Vec<usize> = (0..cells.len())
        .filter(|&i| is_row_start(cells[i].1))
        .collect();
    let push_category = |out: &mut ParsedTable, lines: &[(usize, &str)]| {
        if lines.is_empty() {
            return;
        }
        let name: String = lines.iter().map(|l| l.1.trim_matches(is_space)).collect();
        let (number, name) = numbered(&collapse_cjk_spacing(&name));
        out.table.rows.push(TableRow {
            kind: RowKind::Category,
            number,
            name,
            group: None,
            cells: Vec::new(),
        });
    };
    if starts.is_empty() {
        // No numbered rows: rows of k cells.
        for chunk in cells.chunks(k.max(1)) {
            let mut vals: Vec<String> = chunk
                .iter()
                .map(|c| c.1.trim_matches(is_space).to_string())
                .collect();
            let name = vals.remove(0);
            if vals.len() < k - 1 {
                out.short_rows.push(chunk[0].0);
                vals.resize(k - 1, String::new());
            }
            out.table.rows.push(TableRow {
                kind: RowKind::Item,
                number: None,
                name,
                group: None,
                cells: vals,
            });
        }
        return out;
    }
    push_category(&mut out, &cells[..starts[0]]);
    for (si, &s) in starts.iter().enumerate() {
        let end = starts.get(si + 1).copied().unwrap_or(cells.len());
        let seg = &cells[s..end];
        // Where the row ends: at its attribute cell when the table has one, else after k cells.
        let row_len = if has_attribute {
            seg.iter()
                .rposition(|c| ATTRIBUTE_WORDS.contains(&c.1.trim_matches(is_space)))
                .map(|i| i + 1)
                .unwrap_or(seg.len().min(k))
        } else {
            seg.len().min(k)
        };
        let (row, rest) = seg.split_at(row_len);
        let texts: Vec<String> = row
            .iter()
            .map(|c| c.1.trim_matches(is_space).to_string())
            .collect();
        let (name_text, mut vals) = if texts.len() > k {
            // A long name wrapped onto the next line(s).
            let extra = texts.len() - k;
            (texts[..=extra].concat(), texts[extra + 1..].to_vec())
        } else {
            (texts[0].clone(), texts[1..].to_vec())
        };
        if vals.len() < k - 1 {
            out.short_rows.push(row[0].0);
            // The attribute, when present, is the last cell: pad before it.
            let at = if has_attribute && !vals.is_empty() {
                vals.len() - 1
            } else {
                vals.len()
            };
            while vals.len() < k - 1 {
                vals.insert(at, String::new());
            }
        }
        out.table.rows.push(item_row(&name_text, None, vals));
        push_category(&mut out, rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn one_cell(src: &[&str]) -> ParsedTable {
        let input: Vec<(usize, &str)> = src.iter().enumerate().map(|(i, s)| (i + 1, *s)).collect();
        let texts: Vec<&str> = src.to_vec();
        let h = one_cell_header_len(&texts).expect("header");
        parse_one_cell("t1", &input[..h], &input[h..])
    }

    #[test]
    fn one_cell_per_line_with_a_category_split_over_two_lines() {
        let p = one_cell(&[
            "指标名称",
            "十四五”主要目标",
            "指标属性",
            "就业创业",
            "培训",
            "1.城镇新增就业岗位",
            "累计50万个以上",
            "约束性",
            "2.帮扶引领成功创业人数",
            "累计1万人",
            "约束性",
            "劳动关系",
            "3.和谐劳动关系达标企业数",
            "保持在1200家以上",
            "预期性",
        ]);
        assert_eq!(
            p.table.columns,
            vec!["指标名称", "十四五”主要目标", "指标属性"]
        );
        assert_eq!(
            rows(&p.table),
            vec![
                "Category|||就业创业培训|",
                "Item|1.||城镇新增就业岗位|累计50万个以上/约束性",
                "Item|2.||帮扶引领成功创业人数|累计1万人/约束性",
                "Category|||劳动关系|",
                "Item|3.||和谐劳动关系达标企业数|保持在1200家以上/预期性",
            ]
        );
    }

    #[test]
    fn one_cell_per_line_with_a_merged_cell_and_a_wrapped_name() {
        let p = one_cell(&[
            "指标名称",
            "目标值",
            "指标属性",
            "1.城镇新增就业岗位",
            "累计50万个以上",
            "约束性",
            // merged target cell: the row has no value of its own
            "2.帮扶引领成功创业人数",
            "约束性",
            // the name wraps onto a second line
            "3.重点救助对象符合规定的医疗费用住",
            "院救助比例",
            "稳定在70%以上",
            "预期性",
        ]);
        assert_eq!(p.short_rows, vec![7]);
        assert_eq!(
            rows(&p.table),
            vec![
                "Item|1.||城镇新增就业岗位|累计50万个以上/约束性",
                "Item|2.||帮扶引领成功创业人数|/约束性",
                "Item|3.||重点救助对象符合规定的医疗费用住院救助比例|稳定在70%以上/预期性",
            ]
        );
    }

    #[test]
    fn a_header_needs_indicator_words() {
        assert_eq!(one_cell_header_len(&["就业创业", "培训", "劳动关系"]), None);
        assert_eq!(
            one_cell_header_len(&["指标名称", "十四五”主要目标", "指标属性", "就业创业"]),
            Some(3)
        );
    }
}
