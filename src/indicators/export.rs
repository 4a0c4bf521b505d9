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
        "分项",
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
        // A multi-part value (`药品达到 90%、高值医用耗材达到 80%`) gives one record per part,
        // each with its label in 分项 and its own comparator and number.
        let parts = r
            .values
            .iter()
            .map(|v| match &v.parsed {
                Parsed::Multi { parts } => parts.len(),
                _ => 1,
            })
            .max()
            .unwrap_or(1)
            .max(1);
        for k in 0..parts {
            out.push(record(t, r, k, parts));
        }
    }
    out
}

/// The CSV record of part `k` (of `parts`) of a row.
fn record(
    t: &IndicatorTable,
    r: &super::table::IndicatorRow,
    k: usize,
    parts: usize,
) -> Vec<String> {
    {
        let part_label = r.values.iter().find_map(|v| match &v.parsed {
            Parsed::Multi { parts } => parts.get(k).and_then(|q| q.label.clone()),
            _ => None,
        });
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
            if parts > 1 {
                format!("{}/{parts} {}", k + 1, part_label.unwrap_or_default())
                    .trim_end()
                    .to_string()
            } else {
                String::new()
            },
        ];
        let number = |rec: &mut Vec<String>, q: &super::value::Quantity| {
            rec.push(q.comparator.symbol().to_string());
            rec.push(format_number(q.number));
            rec.push(
                r.effective_unit(q.unit.as_deref())
                    .unwrap_or("")
                    .to_string(),
            );
            rec.push(if q.cumulative { "是" } else { "" }.to_string());
        };
        for v in &r.values {
            rec.push(v.raw.clone());
            rec.push(v.parsed.kind_name().to_string());
            match &v.parsed {
                Parsed::Number(q) => number(&mut rec, q),
                Parsed::Multi { parts } => match parts.get(k) {
                    Some(q) => number(&mut rec, q),
                    None => {
                        rec.extend([String::new(), String::new(), String::new(), String::new()])
                    }
                },
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
                Parsed::Range {
                    low,
                    high,
                    unit,
                    cumulative,
                } => {
                    rec.push("区间".into());
                    rec.push(format!("{}-{}", format_number(*low), format_number(*high)));
                    rec.push(unit.clone().or_else(|| r.unit.clone()).unwrap_or_default());
                    rec.push(if *cumulative { "是" } else { "" }.to_string());
                }
                Parsed::Status { status } => {
                    rec.push(String::new());
                    rec.push(status.label().to_string());
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
        rec
    }
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
