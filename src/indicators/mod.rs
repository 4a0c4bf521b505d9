//! Indicators: a plan's indicator tables as typed data. Each cell is parsed into a value with its
//! comparator, unit and qualifiers ([`value`]), rows of a results table get a verdict
//! ([`verdict`]), indicators measuring the same thing in different plans or periods are aligned
//! with their differences of scope stated ([`align`]), and the build writes charts ([`chart`]),
//! open data ([`export`]) and page contexts ([`pages`]).

pub mod align;
pub mod table;
pub mod value;
pub mod verdict;

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod tests;

pub use table::{Attribute, ColumnRole, IndicatorRow, IndicatorTable, TableKind};
pub use value::{Comparator, Direction, Parsed, Quantity, Value};
pub use verdict::{Outcome, Verdict};
