//! Any text as the value cells of an indicator table: every cell parses to a value that keeps its
//! text, with finite numbers and ranges in order; the table's rows, doubts and verdicts are
//! computed without a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plansite::indicators::table::IndicatorTable;
use plansite::indicators::value::{is_date, Parsed, Value};
use plansite::model::{Plan, Table, TableRow};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines: Vec<&str> = text.lines().take(64).collect();
    for line in &lines {
        let v = Value::parse(line);
        assert_eq!(v.raw, *line);
        let _ = is_date(line);
        for q in v.parsed.quantities() {
            assert!(q.number.is_finite() && q.number >= 0.0, "{line:?}");
        }
        if let Parsed::Range { low, high, .. } = v.parsed {
            assert!(low <= high, "{line:?}");
        }
    }
    // Rows of a name and three values, under a results table's columns.
    let rows = lines
        .chunks(4)
        .map(|c| TableRow {
            name: c[0].to_string(),
            cells: c[1..].iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        })
        .collect();
    let table = Table {
        id: "t1".into(),
        columns: ["指标", "“十三五”目标", "2020年", "“十四五”目标"]
            .map(String::from)
            .to_vec(),
        rows,
        ..Default::default()
    };
    let mut t = IndicatorTable::from_table(&Plan::default(), &table);
    plansite::indicators::verdict::judge_table(&mut t);
    assert_eq!(t.rows.len(), table.rows.len());
});
