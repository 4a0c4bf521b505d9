//! Any text given to the one-cell-per-line table reader alone, with and without a caption: no
//! table, or a table that holds every character of the lines it used, in order; never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plansite::import::tables::{one_cell, SrcLine};
use plansite::text::strip_spaces;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut lines = Vec::new();
    let mut blanks = 0;
    for (i, l) in text.split('\n').enumerate() {
        if l.trim().is_empty() {
            blanks += 1;
            continue;
        }
        lines.push(SrcLine {
            no: i + 1,
            text: l,
            blanks_before: blanks,
        });
        blanks = 0;
    }
    for caption in [None, Some((0, "表1 主要指标"))] {
        if let Ok(r) = one_cell::read("t1", caption, &lines) {
            assert!(r.consumed <= lines.len());
            let mut seed: String = caption.map(|c| strip_spaces(c.1)).unwrap_or_default();
            for l in &lines[..r.consumed] {
                seed.push_str(&strip_spaces(l.text));
            }
            assert_eq!(strip_spaces(&one_cell::stream(&r.parsed.table).concat()), seed);
        }
    }
});
