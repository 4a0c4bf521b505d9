//! The typed indicator model: a plan's [`Table`] read as indicators — each row with its name, unit,
//! category, attribute (约束性/预期性) and one parsed [`Value`] per value column, plus the anomalies
//! found in its cells and a place for the verdict of a results row, which the verdict step fills
//! in after the table is read (so this module does not depend on it).

use super::value::{Parsed, Value};
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
    /// What was reached (`“十三五”完成情况`, `“十四五”完成值`).
    Achieved,
    /// The plan's own assessment in words (`进展评价`: 已完成 / 超额完成 / 未完成).
    Assessment,
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

/// The outcome of a results row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Met,
    NotMet,
    /// Target and result cannot be compared; the reason says why.
    NotComparable,
}

impl Outcome {
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Met => "达到",
            Outcome::NotMet => "未达到",
            Outcome::NotComparable => "不可比",
        }
    }
}

/// A computed verdict with its reason (in Chinese, for readers); the verdict step fills it in
/// after the table is read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub outcome: Outcome,
    pub reason: String,
}

/// What is wrong with a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnomalyKind {
    /// A share above 100% (`稳定在850%左右以上`).
    PercentOver100,
    /// A cell with a number that the value parser does not understand (`35%1`); kept as written.
    Unparsed,
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
    /// Reads a plan's table as indicators. Columns get their role from their headers
    /// ([`Layout::of`]): the row-name column, a 序号 column, a merged 类别 column, a 单位 column,
    /// the attribute column (属性 / 指标性质 / 指标类型 / 类型) and value columns.
    pub fn from_table(plan: &Plan, table: &Table) -> IndicatorTable {
        let headers = table.headers();
        let layout = Layout::of(&headers);
        let columns: Vec<ValueColumn> = layout
            .values
            .iter()
            .map(|&(i, role)| ValueColumn {
                role,
                header: headers[i].clone(),
            })
            .collect();
        let has = |r| columns.iter().any(|c: &ValueColumn| c.role == r);
        let kind = if has(ColumnRole::Target)
            && (has(ColumnRole::Achieved) || has(ColumnRole::Assessment))
        {
            TableKind::Results
        } else {
            TableKind::Targets
        };
        let mut it = IndicatorTable {
            plan: plan.slug.clone(),
            table: table.id.clone(),
            title: table.title.clone(),
            kind,
            name_header: headers.get(layout.name).cloned().unwrap_or_default(),
            columns,
            rows: Vec::new(),
            notes: table.notes.clone(),
        };
        let mut category: Option<String> = None;
        for (i, row) in table.rows.iter().enumerate() {
            if row.kind == RowKind::Category {
                category = Some(category_name(&row.name));
            } else if let Some(c) = layout.category {
                // A merged category column: written on the first row of its group only.
                let v = cell_at(row, c).trim();
                if !v.is_empty() {
                    category = Some(category_name(v));
                }
            }
            let r = read_row(&it, table, i, row, category.clone(), &layout);
            it.rows.push(r);
        }
        it
    }

    /// Every table of a plan that lists indicators ([`lists_indicators`]), read as indicators.
    pub fn from_plan(plan: &Plan) -> Vec<IndicatorTable> {
        plan.tables
            .iter()
            .filter(|t| lists_indicators(t))
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

/// Where things stand in a table, by column index (0 = the first header, read from
/// [`TableRow::name`]; `i > 0` from `cells[i - 1]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The row-name column.
    pub name: usize,
    /// A 序号 column.
    pub number: Option<usize>,
    /// A 类别 column (merged: written on the first row of a group only).
    pub category: Option<usize>,
    /// A 单位 column.
    pub unit: Option<usize>,
    /// The attribute column (约束性/预期性).
    pub attribute: Option<usize>,
    /// An unnamed column holding a sub-row's name in a table with groups.
    pub subname: Option<usize>,
    /// Value columns with their roles, in order.
    pub values: Vec<(usize, ColumnRole)>,
}

/// What a header says a column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeaderKind {
    Number,
    Name,
    Category,
    Unit,
    Attribute,
    Empty,
    Value,
}

fn header_kind(h: &str) -> HeaderKind {
    let h: String = strip_spaces(h).chars().map(fold_width).collect();
    let h = h.trim_matches(['“', '”', '"']);
    match h {
        "" => HeaderKind::Empty,
        "序号" | "编号" | "序" => HeaderKind::Number,
        "指标名称" | "指标项" | "指标" | "指标项目" | "名称" | "指标名" | "项目" | "主要指标" => {
            HeaderKind::Name
        }
        "类别" | "分类" | "领域" | "指标类别" | "类" => HeaderKind::Category,
        "单位" | "计量单位" | "指标单位" => HeaderKind::Unit,
        // 属性, 指标属性, 性质, 指标类型; not the kind of a project or a place (`建设性质`,
        // `改造类型`, `湿地类型`).
        _ if h.contains("属性")
            || ["性质", "类型"]
                .iter()
                .any(|w| h == *w || h.strip_prefix("指标") == Some(w)) =>
        {
            HeaderKind::Attribute
        }
        _ => HeaderKind::Value,
    }
}

impl Layout {
    /// Reads the headers of a table.
    pub fn of(headers: &[String]) -> Layout {
        let kinds: Vec<HeaderKind> = headers.iter().map(|h| header_kind(h)).collect();
        let first = |k: HeaderKind| kinds.iter().position(|x| *x == k);
        // The name column: a header naming it, else the first column that is not a number or
        // a category column.
        let name = first(HeaderKind::Name)
            .or_else(|| {
                kinds
                    .iter()
                    .position(|k| !matches!(k, HeaderKind::Number | HeaderKind::Category))
            })
            .unwrap_or(0);
        let mut l = Layout {
            name,
            // A number column under an empty header cell stands first, before the name.
            number: first(HeaderKind::Number)
                .or_else(|| (name > 0 && kinds.first() == Some(&HeaderKind::Empty)).then_some(0))
                .filter(|&i| i != name),
            category: first(HeaderKind::Category).filter(|&i| i != name),
            unit: first(HeaderKind::Unit).filter(|&i| i != name),
            attribute: None,
            subname: None,
            values: Vec::new(),
        };
        for (i, k) in kinds.iter().enumerate() {
            if i == name || Some(i) == l.number || Some(i) == l.category || Some(i) == l.unit {
                continue;
            }
            match k {
                HeaderKind::Empty if i > name => {
                    l.subname.get_or_insert(i);
                }
                HeaderKind::Attribute => l.attribute = Some(i),
                HeaderKind::Empty => {}
                _ => l.values.push((i, column_role(&headers[i]))),
            }
        }
        year_roles(headers, &mut l.values);
        // A results table that gives the target of a year and the state of that same year
        // (`目标值（2025年）`, `现状值(2025年）`, `进展评价`): the state is what was reached.
        let role_of = |r: ColumnRole| l.values.iter().position(|(_, x)| *x == r);
        if let (Some(t), Some(b), Some(_), None) = (
            role_of(ColumnRole::Target),
            role_of(ColumnRole::Baseline),
            role_of(ColumnRole::Assessment),
            role_of(ColumnRole::Achieved),
        ) {
            let year = |k: usize| year_in(&headers[l.values[k].0]);
            if year(t).is_some() && year(t) == year(b) {
                l.values[b].1 = ColumnRole::Achieved;
            }
        }
        l
    }
}

/// Year-only headers (`2025年`, `2030年`) in a table without a target column: the latest year is
/// the target, earlier years the baseline.
fn year_roles(headers: &[String], values: &mut [(usize, ColumnRole)]) {
    if values.iter().any(|(_, r)| *r == ColumnRole::Target) {
        return;
    }
    let years: Vec<(usize, u32)> = values
        .iter()
        .enumerate()
        .filter(|(_, (_, r))| *r == ColumnRole::Other)
        .filter_map(|(k, (i, _))| year_in(&headers[*i]).map(|y| (k, y)))
        .collect();
    let Some(&(_, last)) = years.iter().max_by_key(|(_, y)| *y) else {
        return;
    };
    for (k, y) in years {
        values[k].1 = if y == last {
            ColumnRole::Target
        } else {
            ColumnRole::Baseline
        };
    }
}

/// The first four-digit year (19xx/20xx) a header names.
fn year_in(h: &str) -> Option<u32> {
    let c: Vec<char> = h.chars().map(fold_width).collect();
    c.windows(4).find_map(|w| {
        let s: String = w.iter().collect();
        (w.iter().all(|c| c.is_ascii_digit()) && (s.starts_with("19") || s.starts_with("20")))
            .then(|| s.parse().ok())
            .flatten()
    })
}

/// Headers of a list of projects or tasks: the project's name, what it builds, its years. (A
/// cost or a responsible body is no sign: a table of figures may give them too.)
const PROJECT_HEADERS: &[&str] = &[
    "项目名称",
    "工程名称",
    "建设内容",
    "建设规模",
    "建设重点",
    "主要内容",
    "建设年限",
    "建设期限",
    "建设周期",
    "实施年限",
    "起止年限",
];

/// Whether a table lists indicators, not projects or tasks: its caption or a header says 指标,
/// or, when no header names a project's name, contents or years (`项目名称`, `建设内容`,
/// `建设年限`), it has an attribute column whose cells
/// say 约束性/预期性, a column of baselines, results or assessments, or at least half of its
/// value cells are figures (a number, a range or a ratio, in a short cell: `3.5万人`, `≥20.1`;
/// not `新增海绵城市面积2平方公里`, nor a date, `2028年`). A 重点任务一览表 (`重点任务` `举措`
/// `主要内容`) or a 重点项目清单 (`项目名称` `建设内容` `总投资` `建设年限`) is none: it stays a
/// table of the plan's text, with no indicator pages or data.
pub fn lists_indicators(table: &Table) -> bool {
    const MAX_FIGURE_CHARS: usize = 10;
    let headers = table.headers();
    if table.title.contains("指标") || headers.iter().any(|h| h.contains("指标")) {
        return true;
    }
    let folded: Vec<String> = headers
        .iter()
        .map(|h| strip_spaces(h).chars().map(fold_width).collect())
        .collect();
    if folded
        .iter()
        .any(|h| PROJECT_HEADERS.iter().any(|w| h.contains(w)))
    {
        return false;
    }
    let layout = Layout::of(&headers);
    let states = layout.values.iter().any(|(_, r)| {
        matches!(
            r,
            ColumnRole::Baseline | ColumnRole::Achieved | ColumnRole::Assessment
        )
    });
    // An attribute column says 约束性 or 预期性 in most of its cells.
    let attributes = layout.attribute.is_some_and(|i| {
        let cells: Vec<&str> = table
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Item)
            .map(|r| cell_at(r, i).trim_matches(is_space))
            .filter(|c| !c.is_empty())
            .collect();
        let said = cells
            .iter()
            .filter(|c| c.contains("约束") || c.contains("预期"))
            .count();
        said * 2 > cells.len()
    });
    if attributes || states {
        return true;
    }
    let (mut cells, mut figures) = (0usize, 0usize);
    for row in table.rows.iter().filter(|r| r.kind == RowKind::Item) {
        for &(i, _) in &layout.values {
            let raw = cell_at(row, i).trim_matches(is_space);
            if raw.is_empty() {
                continue;
            }
            cells += 1;
            // A date (`2028年`, `２０２８年`) is no figure.
            if raw.chars().count() <= MAX_FIGURE_CHARS
                && !crate::text::names_year(&raw.chars().map(fold_width).collect::<String>())
                && matches!(
                    super::value::parse(raw),
                    Parsed::Number(_)
                        | Parsed::Range { .. }
                        | Parsed::Ratio { .. }
                        | Parsed::Multi { .. }
                )
            {
                figures += 1;
            }
        }
    }
    cells > 0 && figures * 2 >= cells
}

/// The cell of a row in a column (0 = the name cell).
fn cell_at(row: &TableRow, col: usize) -> &str {
    if col == 0 {
        &row.name
    } else {
        row.cells.get(col - 1).map(String::as_str).unwrap_or("")
    }
}

/// A unit cell that says "no unit" (`/`, `—`).
fn real_unit(s: &str) -> Option<String> {
    let s = strip_spaces(s);
    (!s.is_empty() && !["/", "—", "-", "－", "——"].contains(&s.as_str())).then_some(s)
}

fn read_row(
    it: &IndicatorTable,
    table: &Table,
    index: usize,
    row: &TableRow,
    category: Option<String>,
    layout: &Layout,
) -> IndicatorRow {
    let cell = |i: usize| cell_at(row, i);
    // A sub-row whose name stands in the unnamed column.
    let raw_name = match layout.subname {
        Some(i) if cell(layout.name).trim().is_empty() && !cell(i).trim().is_empty() => {
            cell(i).to_string()
        }
        _ if row.kind == RowKind::Category => row.name.clone(),
        _ => cell(layout.name).to_string(),
    };
    let (name, name_unit) = split_unit(&raw_name);
    let unit = layout.unit.and_then(|i| real_unit(cell(i))).or(name_unit);
    let is_item = row.kind == RowKind::Item;
    let values: Vec<Value> = layout
        .values
        .iter()
        .map(|&(i, _)| {
            if is_item {
                Value::parse(cell(i))
            } else {
                Value::parse("")
            }
        })
        .collect();
    let number = layout
        .number
        .map(|i| cell(i).trim().to_string())
        .filter(|n| !n.is_empty())
        .or_else(|| row.number.clone());
    let attribute_raw = layout
        .attribute
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
        number: number.map(|n| n.trim().trim_end_matches(['.', '、', '．']).to_string()),
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
    r
}

/// The role of a value column from its header, in the forms plans use: `“十二五”末情况`,
/// `现状值`, `基期值`, `基准值（2020年）`, `2025年基准` (baseline); `“十三五”目标`, `目标值（2030年）`,
/// `2030年目标`, `“十五五”目标`, `规划目标`, `目标`, `“十四五”指标` (target); `“十三五”完成情况`,
/// `“十四五”完成值`, `完成情况` (achieved). A header with a year only is settled by
/// [`year_roles`]; one naming a time (`完成时间`, `实施年限`) holds no value of these.
pub fn column_role(header: &str) -> ColumnRole {
    let h = strip_spaces(header);
    let has = |w: &[&str]| w.iter().any(|x| h.contains(x));
    if has(&["时间", "时限", "年限", "期限", "节点"]) {
        // When a thing is done (`完成时间`), not what was done.
        ColumnRole::Other
    } else if has(&["评价", "进展", "评估"]) {
        ColumnRole::Assessment
    } else if has(&["完成", "实际", "实现"]) {
        ColumnRole::Achieved
    } else if has(&["末", "基期", "基数", "基准", "现状", "基线", "现值"]) {
        ColumnRole::Baseline
    } else if has(&["目标", "规划值", "预期值"]) || (h.contains("指标") && has(&["十", "年"]))
    {
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
        && s.chars().count() <= 8
        && s.chars().any(|c| !"/年月日天".contains(c))
        && s.chars().all(|c| {
            "%‰万亿千百十元人次个家户件项岗位年月日天/平方米公里顷座亩吨辆张套处点立克瓦时标煤㎡²³"
                .contains(c)
                || c.is_ascii_alphanumeric()
        })
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
            c if is_space(c) || c.is_ascii_punctuation() || "、,。:;“”—～".contains(c) => {
            }
            c => out.push(c),
        }
    }
    out
}

fn anomalies(it: &IndicatorTable, r: &IndicatorRow) -> Vec<Anomaly> {
    let mut out = Vec::new();
    for (col, v) in it.columns.iter().zip(&r.values) {
        if matches!(v.parsed, Parsed::Qualitative { .. })
            && v.raw.chars().map(fold_width).any(|c| c.is_ascii_digit())
            && !super::value::is_date(&v.raw)
        {
            out.push(Anomaly {
                kind: AnomalyKind::Unparsed,
                column: col.header.clone(),
                raw: v.raw.clone(),
                message: format!(
                    "原文作“{}”，含数字但未能读作数值，按原文照录，未作比较。",
                    v.raw.trim()
                ),
            });
            continue;
        }
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
                        "原文作“{}”，比例超过100%，疑有误；按原文照录，未作比较。",
                        v.raw.trim()
                    ),
                });
            }
        }
    }
    out
}
