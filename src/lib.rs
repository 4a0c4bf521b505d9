//! plansite: turns long Chinese government plans into a cross-linked, searchable static website.
//!
//! The pipeline runs one way: `seeds/*.txt` → [`import`] → `content/` → [`content`] (the plan
//! [`model`]) → [`link`] → [`render`], [`search`], [`indicators`] → `public/`.
//!
//! The modules that build the site (rendering, indicators, topics, commitments, search, `serve`,
//! the scaffold) are behind the default feature `site`; without it the crate is the plan model, the
//! importer, the content loader and the site check, with none of the site builder's dependencies.

pub mod catalogue;
pub mod check;
#[cfg(feature = "site")]
pub mod commitments;
pub mod config;
pub mod content;
pub mod defects;
pub mod error;
pub mod import;
#[cfg(feature = "site")]
pub mod indicators;
pub mod link;
pub mod model;
pub mod progress;
#[cfg(feature = "site")]
pub mod render;
#[cfg(feature = "site")]
pub mod scaffold;
#[cfg(feature = "site")]
pub mod search;
#[cfg(feature = "site")]
pub mod serve;
pub mod sink;
#[cfg(any(test, feature = "testkit"))]
pub mod testkit;
pub mod text;
#[cfg(feature = "site")]
pub mod topics;

pub use error::{Error, Result};
