//! The typed indicator model: a plan's [`Table`] read as indicators — each row with its name, unit,
//! category, attribute (约束性/预期性) and one parsed [`Value`] per value column, plus the verdict
//! of a results row and the anomalies found in its cells.

use super::value::{Parsed, Value};
use super::verdict::{self, Verdict};
use crate::link::table_row_anchor;
use crate::model::{Plan, RowKind, Table, TableRow};
use crate::text::{fold_width, is_space, strip_spaces};
use serde::{Deserialize, Serialize};

/// What a value column holds, from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnRole {
    /// The state at the start of the period (`“十二五”末情况`).
    Baseline,
    /// The plan's goal (`“十三五”目标`, `目标`, `十四五”主要目标`).
    Target,
    /// What was reached (`“十三五”完成情况`).
    Achieved,
    /// Something else; kept as text.
    Other,
}

/// Binding force of an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribute {
    /// 约束性: binding.
    Binding,
    /// 预期性: expected.
    Expected,
}

impl Attribute {
    pub fn label(self) -> &'static str {
        match self {
            Attribute::Binding => "约束性",
            Attribute::Expected => "预期性",
        }
    }
}

/// What a table is, from its columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TableKind {
    /// Goals only (a plan's main targets).
    Targets,
    /// Baseline, target and result of a past period: rows get verdicts.
    Results,
}

/// A value column of the table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueColumn {
    /// The header as written.
    pub header: String,
    pub role: ColumnRole,
}

/// A plan's table read as indicators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorTable {
    /// The plan's slug.
    pub plan: String,
    /// The table's structural id (`t1`).
    pub table: String,
    pub title: String,
    pub kind: TableKind,
    /// The header of the row-name column, as written.
    pub name_header: String,
    /// Value columns, in order; every row has one value per column.
    pub columns: Vec<ValueColumn>,
    pub rows: Vec<IndicatorRow>,
    /// Notes under the table, as written.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// One row: an indicator, or a category or group heading (kept so the table reads as printed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorRow {
    /// Anchor of the row in the plan's pages (`t2-r5`).
    pub anchor: String,
    pub kind: RowKind,
    /// The row's number as written, without its trailing mark (`14`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The row's name as written.
    pub raw_name: String,
    /// The name without its unit and number (`城镇登记失业率`); scope notes such as `(含大病保险)`
    /// stay in it.
    pub name: String,
    /// The unit the name gives (`%`, `万人/年`, `元/月`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The category heading the row stands under, without its numbering (`就业`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The group the row belongs to (`工伤保险定期待遇`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute: Option<Attribute>,
    /// The attribute cell as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_raw: Option<String>,
    /// One value per value column of the table.
    pub values: Vec<Value>,
    /// For a results row: did the result meet the target?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// Cells that cannot be right as written; shown to readers, never corrected.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anomalies: Vec<Anomaly>,
}

impl IndicatorRow {
    pub fn is_indicator(&self) -> bool {
        self.kind == RowKind::Item
    }

    /// The value of the first column with this role.
    pub fn value(&self, table: &IndicatorTable, role: ColumnRole) -> Option<&Value> {
        let i = table.columns.iter().position(|c| c.role == role)?;
        self.values.get(i)
    }

    /// The unit of a quantity: the one written in the cell, else the one the name gives.
    pub fn effective_unit<'a>(&'a self, cell_unit: Option<&'a str>) -> Option<&'a str> {
        cell_unit.or(self.unit.as_deref())
    }
}

/// What is wrong with a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnomalyKind {
    /// A share above 100% (`稳定在850%左右以上`).
    PercentOver100,
}

/// A cell flagged for readers, with the text as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anomaly {
    pub kind: AnomalyKind,
    /// Header of the column the cell stands in.
    pub column: String,
    /// The cell as written.
    pub raw: String,
    /// The note for readers, in Chinese.
    pub message: String,
}

impl IndicatorTable {
    /// Reads a plan's table as indicators.
    pub fn from_table(plan: &Plan, table: &Table) -> IndicatorTable {
        let header_of = |i: usize| table.columns.get(i).map(|h| strip_spaces(h));
        // Value columns are the columns after the name, minus the attribute column and unnamed
        // columns (a sub-row's name column in a table with groups).
        let mut columns = Vec::new();
        let mut value_index = Vec::new();
        let mut attribute_index = None;
        let mut subname_index = None;
        for i in 1..table.columns.len() {
            let h = header_of(i).unwrap_or_default();
            if h.is_empty() {
                subname_index.get_or_insert(i - 1);
            } else if h.contains("属性") {
                attribute_index = Some(i - 1);
            } else {
                value_index.push(i - 1);
                columns.push(ValueColumn {
                    role: column_role(&h),
                    header: table.columns[i].clone(),
                });
            }
        }
        let has = |r| columns.iter().any(|c: &ValueColumn| c.role == r);
        let kind =
            if has(ColumnRole::Baseline) && has(ColumnRole::Target) && has(ColumnRole::Achieved) {
                TableKind::Results
            } else {
                TableKind::Targets
            };
        let mut it = IndicatorTable {
            plan: plan.slug.clone(),
            table: table.id.clone(),
            title: table.title.clone(),
            kind,
            name_header: table.columns.first().cloned().unwrap_or_default(),
            columns,
            rows: Vec::new(),
            notes: table.notes.clone(),
        };
        let mut category: Option<String> = None;
        for (i, row) in table.rows.iter().enumerate() {
            if row.kind == RowKind::Category {
                category = Some(category_name(&row.name));
            }
            let r = read_row(
                &it,
                table,
                i,
                row,
                category.clone(),
                &value_index,
                attribute_index,
                subname_index,
            );
            it.rows.push(r);
        }
        it
    }

    /// Every table of a plan, read as indicators.
    pub fn from_plan(plan: &Plan) -> Vec<IndicatorTable> {
        plan.tables
            .iter()
            .map(|t| IndicatorTable::from_table(plan, t))
            .collect()
    }

    /// Indicator rows only (no category or group headings).
    pub fn indicators(&self) -> impl Iterator<Item = (usize, &IndicatorRow)> {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.is_indicator())
    }

    /// The column index of the first column with a role.
    pub fn column(&self, role: ColumnRole) -> Option<usize> {
        self.columns.iter().position(|c| c.role == role)
    }
}

#[allow(clippy::too_many_arguments)]
fn read_row(
    it: &IndicatorTable,
    table: &Table,
    index: usize,
    row: &TableRow,
    category: Option<String>,
    value_index: &[usize],
    attribute_index: Option<usize>,
    subname_index: Option<usize>,
) -> IndicatorRow {
    let cell = |i: usize| row.cells.get(i).map(String::as_str).unwrap_or("");
    // A sub-row whose name stands in the unnamed column.
    let raw_name = match subname_index {
        Some(i) if row.name.trim().is_empty() && !cell(i).trim().is_empty() => cell(i).to_string(),
        _ => row.name.clone(),
    };
    let (name, unit) = split_unit(&raw_name);
    let is_item = row.kind == RowKind::Item;
    let values: Vec<Value> = value_index
        .iter()
        .map(|&i| {
            if is_item {
                Value::parse(cell(i))
            } else {
                Value::parse("")
            }
        })
        .collect();
    let attribute_raw = attribute_index
        .map(|i| cell(i).trim().to_string())
        .filter(|s| !s.is_empty());
    let attribute = attribute_raw.as_deref().and_then(|a| {
        let a = strip_spaces(a);
        if a.contains("约束") {
            Some(Attribute::Binding)
        } else if a.contains("预期") {
            Some(Attribute::Expected)
        } else {
            None
        }
    });
    let mut r = IndicatorRow {
        anchor: table_row_anchor(table, index),
        kind: row.kind,
        number: row
            .number
            .as_ref()
            .map(|n| n.trim().trim_end_matches(['.', '、', '．']).to_string()),
        raw_name,
        name: if row.kind == RowKind::Category {
            category_name(&name)
        } else {
            name
        },
        unit,
        category: if row.kind == RowKind::Category {
            None
        } else {
            category
        },
        group: row.group.clone(),
        attribute,
        attribute_raw,
        values,
        verdict: None,
        anomalies: Vec::new(),
    };
    r.anomalies = anomalies(it, &r);
    if it.kind == TableKind::Results && is_item {
        r.verdict = Some(verdict::judge(it, &r));
    }
    r
}

fn column_role(header: &str) -> ColumnRole {
    if header.contains("完成") || header.contains("实际") || header.contains("实现") {
        ColumnRole::Achieved
    } else if header.contains("末") || header.contains("基期") || header.contains("基数") {
        ColumnRole::Baseline
    } else if header.contains("目标") {
        ColumnRole::Target
    } else {
        ColumnRole::Other
    }
}

/// `一、就 业` → `就业`.
pub fn category_name(s: &str) -> String {
    let s = strip_spaces(s);
    if let Some((i, c)) = s.char_indices().find(|(_, c)| "、.．".contains(*c)) {
        let numbered = i > 0
            && s[..i]
                .chars()
                .all(|c| "一二三四五六七八九十".contains(c) || c.is_ascii_digit());
        if numbered {
            return s[i + c.len_utf8()..].to_string();
        }
    }
    s
}

/// Splits a trailing unit in parentheses off a name: `城镇登记失业率(%)` → (`城镇登记失业率`, `%`),
/// `城镇新增就业人数(万人/年)` → (…, `万人/年`). A parenthesis that is not a unit (`(含大病保险)`)
/// stays in the name.
pub fn split_unit(raw: &str) -> (String, Option<String>) {
    let s: String = raw.trim_matches(is_space).to_string();
    let folded: String = s.chars().map(fold_width).collect();
    if folded.ends_with(')') {
        if let Some(open) = folded.rfind('(') {
            let inner = strip_spaces(&folded[open + 1..folded.len() - 1]);
            if is_unit(&inner) {
                // Keep the original (unfolded) spelling of the name part.
                let name_chars = folded[..open].chars().count();
                let orig: String = s.chars().take(name_chars).collect();
                return (orig.trim_matches(is_space).to_string(), Some(inner));
            }
        }
    }
    (s, None)
}

fn is_unit(s: &str) -> bool {
    !s.is_empty()
        && s.chars().count() <= 6
        && s.chars()
            .all(|c| "%‰万亿千百十元人次个家户件项岗位年月日天/".contains(c))
}

/// A key for comparing names across plans: no spaces, no parentheses or what is in them, no
/// punctuation, full-width folded.
pub fn normalized_name(name: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in name.chars().map(fold_width) {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            _ if depth > 0 => {}
            c if is_space(c) || c.is_ascii_punctuation() || "、,。:;“”".contains(c) => {}
            c => out.push(c),
        }
    }
    out
}

fn anomalies(it: &IndicatorTable, r: &IndicatorRow) -> Vec<Anomaly> {
    let mut out = Vec::new();
    for (col, v) in it.columns.iter().zip(&r.values) {
        let quantities: Vec<&super::value::Quantity> = match &v.parsed {
            Parsed::Number(q) => vec![q],
            Parsed::Multi { parts } => parts.iter().collect(),
            _ => vec![],
        };
        for q in quantities {
            let percent = match q.unit.as_deref() {
                Some(u) => u == "%",
                None => r.unit.as_deref() == Some("%"),
            };
            if percent && q.number > 100.0 {
                out.push(Anomaly {
                    kind: AnomalyKind::PercentOver100,
                    column: col.header.clone(),
                    raw: v.raw.clone(),
                    message: format!(
                        "原文作“{}”,比例超过100%,疑有误;按原文照录,未作比较。",
                        v.raw.trim()
                    ),
                });
            }
        }
    }
    out
}
