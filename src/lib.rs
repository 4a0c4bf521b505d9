//! plansite: turns long Chinese government plans into a cross-linked, searchable static website.
//!
//! The pipeline runs one way: `seeds/*.txt` → [`import`] → `content/` → [`content`] (the plan
//! [`model`]) → [`link`] → [`render`], [`search`], [`indicators`] → `public/`.
//!
//! The modules that build the site (rendering, indicators, topics, commitments, search, `serve`,
//! the scaffold) are behind the default feature `site`; without it the crate is the plan model, the
//! importer, the content loader and the site check, with none of the site builder's dependencies.
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
//! 1  text, error, model, progress, sink, search_format
//! ```
//!
//! No two modules use each other, directly or round a cycle, and the same holds for the files of
//! one module directory (`indicators/verdict.rs` reads `indicators/table.rs`, never the reverse).
//! A module's `mod.rs` may use its own files; its files may use what `mod.rs` itself defines.
//! The test in `layer_tests.rs` reads every `crate::` / `super::` path of `src/` against this
//! table (test code and the test kit excluded) and fails naming the file and line of an upward
//! use or a cycle.

pub mod catalogue;
pub mod check;
#[cfg(feature = "site")]
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
#[cfg(feature = "site")]
pub mod render;
#[cfg(feature = "site")]
pub mod scaffold;
#[cfg(feature = "site")]
pub mod search;
pub mod search_format;
#[cfg(feature = "site")]
pub mod serve;
pub mod sink;
#[cfg(any(test, feature = "testkit"))]
pub mod testkit;
pub mod text;
#[cfg(feature = "site")]
pub mod topics;

pub use error::{Error, Result};
