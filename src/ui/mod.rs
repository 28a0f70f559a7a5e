//! Leptos components: the effectful edge. Each takes narrow typed props and calls into
//! `crate::domain` for every figure it shows.

pub mod echart;
pub mod legend;
pub mod perf;
pub mod source_toggle;
pub mod sources;
pub mod status;
pub mod story;
pub mod summary;
pub mod theme;
pub mod url_state;
pub mod year_range;
