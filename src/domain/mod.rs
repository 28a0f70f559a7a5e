//! The pure core: the dataset format, figures, URL state, chart options, and the story model
//! (`story::build`) that gathers everything the page shows.
//! Nothing here touches the browser (no Leptos, web-sys, gloo or js-sys), so all of it runs and
//! is tested natively with `cargo test`; tests/boundary.rs keeps it that way.

pub mod chart_text;
pub mod charts;
pub mod compare;
pub mod count;
pub mod crosswalk;
pub mod data_error;
pub mod dataset;
pub mod embed;
pub mod embed_messages;
pub mod fallback;
pub mod figures;
pub mod first_view;
pub mod format;
pub mod html;
pub mod i18n;
pub mod ingest;
pub mod labels;
pub mod narrative;
pub mod notices;
pub mod option_update;
pub mod palette;
pub mod params;
pub mod reconcile;
pub mod scope;
pub mod series;
pub mod story;
pub mod svg_image;
pub mod table;
pub mod tally;
pub mod tooltip;
