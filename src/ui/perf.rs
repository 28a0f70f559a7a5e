//! Performance marks the benchmark reads (`bench/`): when the reader first sees the headline
//! figures, and when the first chart has finished drawing. Each is set once per page load.

/// Headline figures are in the page.
pub const FIGURES_VISIBLE: &str = "nk:figures-visible";
/// ECharts reported its first render finished.
pub const CHART_DRAWN: &str = "nk:chart-drawn";

/// Sets the mark `name` unless it is already set.
pub fn mark_once(name: &str) {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    if perf.get_entries_by_name(name).length() == 0 {
        let _ = perf.mark(name);
    }
}
