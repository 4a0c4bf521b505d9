//! Open data: each indicator table as CSV (UTF-8 with a byte-order mark, so spreadsheet programs
//! read the Chinese text correctly) and as JSON with raw and parsed values and verdicts. The JSON
//! format is documented in `docs/indicators-data.md`.

use super::table::{IndicatorTable, TableKind};
use super::value::{format_number, Parsed};
use crate::error::{Error, Result};
use crate::model::RowKind;
use serde::Serialize;

/// The UTF-8 byte-order mark written at the start of every CSV file.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Version of the JSON format; raised when a field changes meaning or is removed.
pub const FORMAT_VERSION: u32 = 1;

/// The records of a table's CSV file, header first.
pub fn csv_records(t: &IndicatorTable) -> Vec<Vec<String>> {
    let mut header: Vec<String> = [
        "锚点",
        "行类型",
        "序号",
        "类别",
        "分组",
        "指标",
        "指标(原文)",
        "单位",
        "属性",
    ]
    .map(String::from)
    .to_vec();
    for c in &t.columns {
        let h = crate::text::strip_spaces(&c.header);
        header.push(h.clone());
        for suffix in ["形式", "比较", "数值", "数值单位", "五年累计"] {
            header.push(format!("{h}·{suffix}"));
        }
    }
    if t.kind == TableKind::Results {
        header.push("判定".into());
        header.push("判定理由".into());
    }
    header.push("异常".into());
    let mut out = vec![header];
    for r in &t.rows {
        let mut rec = vec![
            r.anchor.clone(),
            match r.kind {
                RowKind::Category => "类别",
                RowKind::Group => "分组",
                RowKind::Item => "指标",
            }
            .to_string(),
            r.number.clone().unwrap_or_default(),
            r.category.clone().unwrap_or_default(),
            r.group.clone().unwrap_or_default(),
            r.name.clone(),
            r.raw_name.clone(),
            r.unit.clone().unwrap_or_default(),
            r.attribute_raw.clone().unwrap_or_default(),
        ];
        for v in &r.values {
            rec.push(v.raw.clone());
            rec.push(v.parsed.kind_name().to_string());
            match &v.parsed {
                Parsed::Number(q) => {
                    rec.push(q.comparator.symbol().to_string());
                    rec.push(format_number(q.number));
                    rec.push(
                        r.effective_unit(q.unit.as_deref())
                            .unwrap_or("")
                            .to_string(),
                    );
                    rec.push(if q.cumulative { "是" } else { "" }.to_string());
                }
                Parsed::Ratio { parts } => {
                    rec.push(String::new());
                    rec.push(
                        parts
                            .iter()
                            .map(|x| format_number(*x))
                            .collect::<Vec<_>>()
                            .join(":"),
                    );
                    rec.push(String::new());
                    rec.push(String::new());
                }
                _ => rec.extend([String::new(), String::new(), String::new(), String::new()]),
            }
        }
        if t.kind == TableKind::Results {
            match &r.verdict {
                Some(v) => {
                    rec.push(v.outcome.label().to_string());
                    rec.push(v.reason.clone());
                }
                None => rec.extend([String::new(), String::new()]),
            }
        }
        rec.push(
            r.anomalies
                .iter()
                .map(|a| a.message.clone())
                .collect::<Vec<_>>()
                .join(" "),
        );
        out.push(rec);
    }
    out
}

/// CSV bytes (BOM first) for records.
pub fn write_csv(records: &[Vec<String>]) -> Result<Vec<u8>> {
    let mut buf = BOM.to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut buf);
        for r in records {
            w.write_record(r)
                .map_err(|e| Error::other(format!("writing CSV: {e}")))?;
        }
        w.flush()
            .map_err(|e| Error::other(format!("writing CSV: {e}")))?;
    }
    Ok(buf)
}

/// A table's CSV file.
pub fn table_csv(t: &IndicatorTable) -> Result<Vec<u8>> {
    write_csv(&csv_records(t))
}

/// The JSON file of one table.
#[derive(Debug, Serialize)]
pub struct TableJson<'a> {
    pub format_version: u32,
    pub plan_title: &'a str,
    #[serde(flatten)]
    pub table: &'a IndicatorTable,
}

/// The JSON file of a plan: every table.
#[derive(Debug, Serialize)]
pub struct PlanJson<'a> {
    pub format_version: u32,
    pub plan: &'a str,
    pub plan_title: &'a str,
    pub tables: Vec<&'a IndicatorTable>,
}

pub fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string_pretty(value)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| Error::other(format!("writing JSON: {e}")))
}
