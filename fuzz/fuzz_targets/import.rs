//! Any bytes given to the importer as a seed: an error or a plan that passed the fidelity check,
//! never a panic, a hang or unbounded memory.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = plansite::import::import_bytes(std::path::Path::new("fuzz.txt"), data);
});
