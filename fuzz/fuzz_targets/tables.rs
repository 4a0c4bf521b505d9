//! Any text given to the one-cell-per-line table reader alone, with and without a caption, in a
//! seed paged or not: no table, or a table that holds every character of the lines it used but
//! the page numbers it set aside, in order, with column groups that fit its columns; never a
//! panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plansite::import::tables::one_cell;
use plansite::text::strip_spaces;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines = plansite::testkit::src_lines(text);
    let paged = one_cell::Options {
        paged: true,
        last_page: Some(2),
        titled: false,
        pointed: false,
    };
    let titled = one_cell::Options {
        titled: true,
        ..Default::default()
    };
    let pointed = one_cell::Options {
        pointed: true,
        ..Default::default()
    };
    for (caption, opts) in [
        (None, one_cell::Options::default()),
        (Some((0, "表1 主要指标")), one_cell::Options::default()),
        (Some((0, "表1")), paged),
        (None, titled),
        (None, pointed),
    ] {
        if let Ok(r) = one_cell::read_with("t1", caption, &lines, opts) {
            assert!(r.consumed <= lines.len());
            assert_eq!(r.parsed.table.column_groups_problem(), None);
            let mut seed: String = caption.map(|c| strip_spaces(c.1)).unwrap_or_default();
            for l in &lines[..r.consumed] {
                if !r.parsed.page_numbers.iter().any(|p| p.0 == l.no) {
                    seed.push_str(&strip_spaces(l.text));
                }
            }
            assert_eq!(
                strip_spaces(&one_cell::stream(&r.parsed.table).concat()),
                seed
            );
        }
    }
});
