//! Leptos components: the effectful edge. Each takes narrow typed props and calls into
//! `crate::domain` for every figure it shows.

use leptos::prelude::{Signal, With};

pub mod chart_panel;
pub mod clipboard;
pub mod compare_panel;
pub mod count_switch;
pub mod data_table;
pub mod download;
pub mod echart;
pub mod embed;
pub mod embed_preview;
pub mod first_view;
pub mod lang;
pub mod layout;
pub mod legend;
pub mod notes;
pub mod perf;
pub mod source_toggle;
pub mod sources;
pub mod status;
pub mod story;
pub mod summary;
pub mod tabs;
pub mod theme;
pub mod toolbar;
pub mod url_state;
pub mod why_panel;
pub mod year_range;

/// A part of a reactive value, as a memo: its readers borrow one copy of it, made once per
/// change of the whole, and hear of a change only when this part changed.
pub(crate) fn part<S, T>(whole: Signal<S>, part: fn(&S) -> &T) -> Signal<T>
where
    S: Send + Sync + 'static,
    T: Clone + PartialEq + Send + Sync + 'static,
{
    leptos::prelude::Memo::new(move |_| whole.with(|w| part(w).clone())).into()
}

/// Whether this code runs in a browser. Outside one (the build-time first view,
/// `examples/prerender.rs`, renders the components to HTML) nothing may call into JavaScript;
/// effects do not run there.
pub const fn in_browser() -> bool {
    cfg!(target_arch = "wasm32")
}
