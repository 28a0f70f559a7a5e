//! The pure core: the dataset format, figures, URL state and chart options.
//! Nothing here touches the browser (no Leptos, web-sys, gloo or js-sys), so all of it runs and
//! is tested natively with `cargo test`; tests/boundary.rs keeps it that way.

pub mod charts;
pub mod compare;
pub mod count;
pub mod dataset;
pub mod embed;
pub mod fallback;
pub mod figures;
pub mod format;
pub mod ingest;
pub mod narrative;
pub mod palette;
pub mod params;
pub mod reconcile;
pub mod table;
pub mod tooltip;
