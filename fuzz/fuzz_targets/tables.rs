//! Any text given to the one-cell-per-line table reader alone, with and without a caption: no
//! table, or a table that holds every character of the lines it used, in order; never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plansite::import::tables::one_cell;
use plansite::text::strip_spaces;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines = plansite::testkit::src_lines(text);
    for caption in [None, Some((0, "表1 主要指标"))] {
        if let Ok(r) = one_cell::read("t1", caption, &lines) {
            assert!(r.consumed <= lines.len());
            let mut seed: String = caption.map(|c| strip_spaces(c.1)).unwrap_or_default();
            for l in &lines[..r.consumed] {
                seed.push_str(&strip_spaces(l.text));
            }
            assert_eq!(
                strip_spaces(&one_cell::stream(&r.parsed.table).concat()),
                seed
            );
        }
    }
});
