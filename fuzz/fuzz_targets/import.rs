//! Any bytes given to the importer as a seed: an error or a plan that passed the fidelity check,
//! never a panic, a hang or unbounded memory; and never a plan that fails its own fidelity check
//! (the importer would have changed or lost text), except where a form feed inside a line gives
//! its parts different roles under one line number, which the line-level check cannot tell apart.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = plansite::import::import_bytes(std::path::Path::new("fuzz.txt"), data) {
        let m = e.to_string();
        if m.contains("fidelity") && !data.contains(&0x0c) {
            panic!("{m}");
        }
    }
});
