//! Verdicts for a results table (baseline → target → achieved): was the target met? Every verdict
//! carries its reason in words, and a row whose target cannot be compared with its result says so
//! and why, rather than guessing.
//!
//! Judging is a step after reading: [`judge_all`] fills the `verdict` of the rows of tables that
//! [`IndicatorTable::from_table`] built. This module reads the table model and never the reverse.

use super::table::{ColumnRole, IndicatorRow, IndicatorTable, TableKind};
pub use super::table::{Outcome, Verdict};
use super::value::{format_number, Comparator, Direction, Parsed, Quantity, Value};

fn verdict(outcome: Outcome, reason: impl Into<String>) -> Verdict {
    Verdict {
        outcome,
        reason: reason.into(),
    }
}

fn not_comparable(reason: impl Into<String>) -> Verdict {
    verdict(Outcome::NotComparable, reason)
}

/// Fills the verdict of every indicator row of every results table.
pub fn judge_all(tables: &mut [IndicatorTable]) {
    tables.iter_mut().for_each(judge_table);
}

/// Fills the verdict of every indicator row of one table, if it is a results table.
pub fn judge_table(table: &mut IndicatorTable) {
    if table.kind != TableKind::Results {
        return;
    }
    let verdicts: Vec<Option<Verdict>> = table
        .rows
        .iter()
        .map(|r| r.is_indicator().then(|| judge(table, r)))
        .collect();
    for (row, verdict) in table.rows.iter_mut().zip(verdicts) {
        row.verdict = verdict;
    }
}

/// Judges one indicator row of a results table.
pub fn judge(table: &IndicatorTable, row: &IndicatorRow) -> Verdict {
    let empty = Value::parse("");
    let baseline = row.value(table, ColumnRole::Baseline).unwrap_or(&empty);
    let target = row.value(table, ColumnRole::Target).unwrap_or(&empty);
    let achieved = row
        .value(table, ColumnRole::Achieved)
        .or_else(|| row.value(table, ColumnRole::Assessment))
        .unwrap_or(&empty);
    // The plan's own assessment (`进展评价`: 已完成), used when the values cannot be judged.
    let stated = row
        .value(table, ColumnRole::Assessment)
        .and_then(|v| match v.parsed {
            Parsed::Status { status } => Some(from_status(status, &v.raw)),
            _ => None,
        });
    if matches!(target.parsed, Parsed::Empty) {
        return not_comparable("没有目标值");
    }
    if matches!(achieved.parsed, Parsed::Empty) {
        return stated.unwrap_or_else(|| not_comparable("没有完成值"));
    }
    if !row.anomalies.is_empty() {
        return match stated {
            Some(mut v) => {
                v.reason
                    .push_str("；表中数值存疑（见标注），本站未另作判断");
                v
            }
            None => not_comparable("原文数值存疑（见标注），不作判断"),
        };
    }
    match (&target.parsed, &achieved.parsed) {
        (_, Parsed::Status { status }) => from_status(*status, &achieved.raw),
        (Parsed::Ratio { parts: t }, Parsed::Ratio { parts: a }) => ratio(t, a),
        (Parsed::Ratio { .. }, _) => not_comparable("目标为结构比例，完成值不是比例"),
        (Parsed::Qualitative { direction }, _) => {
            qualitative(row, &target.raw, *direction, baseline, achieved)
        }
        (Parsed::Number(t), Parsed::Number(a)) => {
            let b = baseline.quantity();
            numeric(row, t, a, b)
        }
        (Parsed::Multi { .. }, _) | (_, Parsed::Multi { .. }) => {
            not_comparable("多项目标，需逐项核对")
        }
        _ => not_comparable("完成值不是数值，无法与数值目标比较"),
    }
}

/// A result written as a status word: the plan's own assessment, reported as such.
fn from_status(status: super::value::Completion, raw: &str) -> Verdict {
    use super::value::Completion::*;
    let outcome = match status {
        Exceeded | Completed => Outcome::Met,
        NotCompleted => Outcome::NotMet,
        MostlyCompleted => Outcome::NotComparable,
    };
    verdict(outcome, format!("原文评价为“{}”", raw.trim()))
}

fn ratio(t: &[f64], a: &[f64]) -> Verdict {
    let show = |v: &[f64]| {
        v.iter()
            .map(|x| format_number(*x))
            .collect::<Vec<_>>()
            .join(":")
    };
    if t.len() != a.len() {
        return not_comparable(format!(
            "目标比例 {} 与完成比例 {} 的分项数不同",
            show(t),
            show(a)
        ));
    }
    if t.iter().zip(a).all(|(x, y)| (x - y).abs() < 1e-9) {
        verdict(
            Outcome::Met,
            format!(
                "结构比例逐项比较：完成 {} 与目标 {} 各分项相同",
                show(a),
                show(t)
            ),
        )
    } else {
        not_comparable(format!(
            "结构比例逐项比较：完成 {} 与目标 {} 不同；目标未说明各分项应高于还是低于目标，不作判断",
            show(a),
            show(t)
        ))
    }
}

fn qualitative(
    row: &IndicatorRow,
    target_raw: &str,
    direction: Option<Direction>,
    baseline: &Value,
    achieved: &Value,
) -> Verdict {
    let target_raw = target_raw.trim();
    let (Some(b), Some(a)) = (plain(baseline), plain(achieved)) else {
        return not_comparable(format!(
            "目标为定性表述“{target_raw}”，且缺少可比的基期值或完成值"
        ));
    };
    if !same_unit(row, b, a) {
        return not_comparable("基期值与完成值单位不同");
    }
    let (bn, an) = (format_number(b.number), format_number(a.number));
    let change = if b.number != 0.0 {
        format!("，变化 {:+.1}%", (a.number - b.number) / b.number * 100.0)
    } else {
        String::new()
    };
    match direction {
        Some(Direction::Increase) => {
            let outcome = if a.number > b.number {
                Outcome::Met
            } else {
                Outcome::NotMet
            };
            let rel = if a.number > b.number {
                "高于"
            } else {
                "未高于"
            };
            verdict(
                outcome,
                format!(
                    "目标为定性表述“{target_raw}”，以完成值是否高于基期值判定：完成 {an} {rel}基期 {bn}{change}"
                ),
            )
        }
        Some(Direction::Decrease) => {
            let outcome = if a.number < b.number {
                Outcome::Met
            } else {
                Outcome::NotMet
            };
            let rel = if a.number < b.number {
                "低于"
            } else {
                "未低于"
            };
            verdict(
                outcome,
                format!(
                    "目标为定性表述“{target_raw}”，以完成值是否低于基期值判定：完成 {an} {rel}基期 {bn}{change}"
                ),
            )
        }
        _ => not_comparable(format!("目标为定性表述“{target_raw}”，没有可量化的方向")),
    }
}

/// A single number with no comparator.
fn plain(v: &Value) -> Option<&Quantity> {
    v.quantity().filter(|q| q.comparator == Comparator::Eq)
}

fn same_unit(row: &IndicatorRow, x: &Quantity, y: &Quantity) -> bool {
    row.effective_unit(x.unit.as_deref()) == row.effective_unit(y.unit.as_deref())
}

/// A closed or open end of an interval; `None` is unbounded.
#[derive(Clone, Copy)]
struct End {
    at: f64,
    inclusive: bool,
}

/// The values a quantity allows: (lower end, upper end).
fn interval(q: &Quantity) -> Option<(Option<End>, Option<End>)> {
    let at = |inclusive| {
        Some(End {
            at: q.number,
            inclusive,
        })
    };
    Some(match q.comparator {
        Comparator::Eq => (at(true), at(true)),
        Comparator::Ge => (at(true), None),
        Comparator::Gt => (at(false), None),
        Comparator::Le => (None, at(true)),
        Comparator::Lt => (None, at(false)),
        Comparator::About => return None,
    })
}

fn numeric(row: &IndicatorRow, t: &Quantity, a: &Quantity, b: Option<&Quantity>) -> Verdict {
    if !same_unit(row, t, a) {
        return not_comparable(format!(
            "目标单位（{}）与完成值单位（{}）不同",
            row.effective_unit(t.unit.as_deref()).unwrap_or("无"),
            row.effective_unit(a.unit.as_deref()).unwrap_or("无")
        ));
    }
    if t.cumulative != a.cumulative {
        return not_comparable("目标与完成值一个是五年累计数，一个不是");
    }
    if a.approx || t.approx {
        return not_comparable("数值带“左右”，没有给出允许的偏差");
    }
    let tn = format_number(t.number);
    // The bound the target sets, and how it was read.
    let (bound, how) = match t.comparator {
        Comparator::About => return not_comparable(format!("目标“约 {tn}”没有给出允许的偏差")),
        Comparator::Eq => {
            match b.filter(|b| b.comparator == Comparator::Eq && same_unit(row, b, t)) {
                Some(b) if t.number > b.number => (
                    Comparator::Ge,
                    format!(
                        "目标 {tn} 高于基期 {}，按应达到的下限比较；",
                        format_number(b.number)
                    ),
                ),
                Some(b) if t.number < b.number => (
                    Comparator::Le,
                    format!(
                        "目标 {tn} 低于基期 {}，按不应超过的上限比较；",
                        format_number(b.number)
                    ),
                ),
                _ => {
                    return not_comparable(format!(
                        "目标为单一数值 {tn}，没有可比的基期值，无法判断应高于还是低于目标"
                    ))
                }
            }
        }
        c => (c, String::new()),
    };
    let Some((lo, hi)) = interval(a) else {
        return not_comparable("完成值带“左右”，没有给出允许的偏差");
    };
    let x = t.number;
    // met: every value the result allows satisfies the bound; not met: none does.
    let (met, not_met) = match bound {
        Comparator::Ge => (
            lo.is_some_and(|l| l.at >= x),
            hi.is_some_and(|h| h.at < x || (h.at == x && !h.inclusive)),
        ),
        Comparator::Gt => (
            lo.is_some_and(|l| l.at > x || (l.at == x && !l.inclusive)),
            hi.is_some_and(|h| h.at <= x),
        ),
        Comparator::Le => (
            hi.is_some_and(|h| h.at <= x),
            lo.is_some_and(|l| l.at > x || (l.at == x && !l.inclusive)),
        ),
        Comparator::Lt => (
            hi.is_some_and(|h| h.at < x || (h.at == x && !h.inclusive)),
            lo.is_some_and(|l| l.at >= x),
        ),
        Comparator::Eq | Comparator::About => (false, false),
    };
    let target_text = format!("{}{}", bound.symbol(), tn);
    let achieved_text = a.short();
    if met {
        verdict(
            Outcome::Met,
            format!("{how}完成 {achieved_text} 满足目标 {target_text}"),
        )
    } else if not_met {
        verdict(
            Outcome::NotMet,
            format!("{how}完成 {achieved_text} 未满足目标 {target_text}"),
        )
    } else {
        not_comparable(format!(
            "{how}完成值 {achieved_text} 是一个范围，不能确定是否满足目标 {target_text}"
        ))
    }
}
