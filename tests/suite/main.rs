//! The integration suite: one test binary, one module per concern, over the public API of the
//! `plansite` library and the real `plansite` binary. Plans for tests come from the test kit
//! ([`kit`], which adds the binary and the once-built shipped site to `plansite::testkit`).

mod kit;

mod catalogue;
mod cli;
mod cli_levels;
mod corpus_truth;
mod cross;
mod hostile;
mod import;
mod import_grammar;
mod import_tables;
mod import_variants;
mod indicators_site;
mod search_budget;
mod serve;
mod shipped_site;
mod site;
mod snapshots;
