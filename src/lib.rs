//! plansite: turns long Chinese government plans into a cross-linked, searchable static website.
//!
//! The pipeline runs one way: `seeds/*.txt` → [`import`] → `content/` → [`content`] (the plan
//! [`model`]) → [`link`] → [`render`], [`search`], [`indicators`] → `public/`.

pub mod catalogue;
pub mod check;
pub mod commitments;
pub mod config;
pub mod content;
pub mod defects;
pub mod error;
pub mod import;
pub mod indicators;
pub mod link;
pub mod model;
pub mod progress;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
#[cfg(any(test, feature = "testkit"))]
pub mod testkit;
pub mod text;
pub mod topics;

pub use error::{Error, Result};
