//! The story once the data is in: one memo of the story model (`crate::domain::story`), the
//! reader's choices as callbacks, and one of two layouts (`layout`): the full page, or the
//! compact embed.

use super::layout::{self, Parts};
use crate::domain::{
    dataset::Dataset,
    figures::{HoCount, Source, YearRange},
    params::{View, ViewState},
    story,
};
use leptos::prelude::*;
use std::sync::Arc;

/// Everything below the page's static header, for a loaded dataset.
#[component]
pub fn Story(
    /// The validated dataset.
    dataset: Arc<Dataset>,
    /// The reader's choices (mirrored in the URL).
    state: RwSignal<ViewState>,
    /// Whether dark colours are in effect.
    #[prop(into)]
    dark: Signal<bool>,
) -> impl IntoView {
    let span = dataset.year_span();
    let model = Memo::new(move |_| story::build(&dataset, &state.get(), dark.get()));
    let parts = Parts {
        model,
        // Which panel is mounted; a change of anything else updates the panel in place.
        view: Memo::new(move |_| model.with(|m| m.state.view)),
        state,
        span,
        set_source: Callback::new(move |s: Source| state.update(|st| st.source = s)),
        set_range: Callback::new(move |r: YearRange| state.update(|st| st.range = r)),
        set_count: Callback::new(move |c: HoCount| state.update(|st| st.count = c)),
        set_view: Callback::new(move |v: View| state.update(|st| st.view = v)),
    };
    // Once rendered, the story replaces the build-time first view, if the page has one.
    Effect::new(|_| super::first_view::take_over());
    // The layout is chosen once: `embed` comes from the embed code's URL.
    if state.with_untracked(|s| s.embed) {
        layout::embedded(parts).into_any()
    } else {
        layout::full(parts).into_any()
    }
}
