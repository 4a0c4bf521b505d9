//! plansite: turns long Chinese government plans into a cross-linked, searchable static website.
//!
//! The pipeline runs one way: `seeds/*.txt` → [`import`] → `content/` → [`content`] (the plan
//! [`model`]) → [`link`] → [`render`], [`search`], [`indicators`] → `public/`.
//!
//! # Layers
//!
//! The modules form layers, and a module uses only modules of its own layer or of the layers
//! below it (numbered from the bottom):
//!
//! ```text
//! 6  serve, scaffold
//! 5  render
//! 4  import, indicators, commitments, search, check
//! 3  content, topics
//! 2  config, catalogue, grammar, link, defects
//! 1  text, error, model, progress
//! ```
//!
//! No two modules use each other, directly or round a cycle, and the same holds for the files of
//! one module directory (`indicators/verdict.rs` reads `indicators/table.rs`, never the reverse).
//! A module's `mod.rs` may use its own files; its files may use what `mod.rs` itself defines.
//! The test in `layer_tests.rs` reads every `crate::` / `super::` path of `src/` against this
//! table (test-only files excluded) and fails naming the file and line of an upward use or a
//! cycle.

pub mod catalogue;
pub mod check;
pub mod commitments;
pub mod config;
pub mod content;
pub mod defects;
pub mod error;
pub mod grammar;
pub mod import;
pub mod indicators;
#[cfg(test)]
mod layer_tests;
pub mod link;
pub mod model;
pub mod progress;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod text;
pub mod topics;

pub use error::{Error, Result};
