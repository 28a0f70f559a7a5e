//! The "Compare" view: both sources' applications per year, their difference, and the totals
//! of every measure both publish.

use super::echart::{EChart, ImageText};
use super::legend::ChartLegend;
use crate::domain::compare::{CompareTotal, CompareYear};
use crate::domain::format;
use crate::domain::tooltip;
use crate::domain::{charts, palette::Palette};
use leptos::prelude::*;

/// Side-by-side bars, a difference chart and a totals table.
#[component]
pub fn ComparePanel(
    /// Applications per year from both sources.
    #[prop(into)]
    rows: Signal<Vec<CompareYear>>,
    /// Totals of both sources over the years.
    #[prop(into)]
    totals: Signal<Vec<CompareTotal>>,
    /// How the Home Office series is labelled (depends on the count).
    #[prop(into)]
    ho_label: Signal<&'static str>,
    /// Whether dark colours are in effect.
    #[prop(into)]
    dark: Signal<bool>,
    /// Text for the downloadable images.
    #[prop(into)]
    image: Signal<ImageText>,
) -> impl IntoView {
    let palette = move || Palette::for_dark(dark.get());
    let chart =
        Signal::derive(move || charts::compare_chart(&rows.get(), ho_label.get(), palette()));
    let difference = Signal::derive(move || charts::difference_chart(&rows.get(), palette()));
    let legend = Signal::derive(move || charts::compare_legend(ho_label.get(), palette()));
    let tooltip = Signal::derive(move || tooltip::compare_tooltip(&rows.get(), ho_label.get()));
    let label = Signal::derive(move || charts::describe_compare(&rows.get(), ho_label.get()));
    let diff_label =
        Signal::derive(move || charts::describe_difference(&rows.get(), ho_label.get()));
    let diff_image = Signal::derive(move || {
        let mut text = image.get();
        text.title = format!("{}: the difference", text.title);
        text.file_stem.push_str("-difference");
        text
    });
    let total_rows = move || {
        totals
            .get()
            .into_iter()
            .map(|t| {
                let mark = |masked: u32| (masked > 0).then_some("*");
                view! {
                    <tr data-measure=t.measure.id()>
                        <th scope="row">{t.label}</th>
                        <td>{format::bounds(t.unhcr.bounds)}{mark(t.unhcr.masked_cells)}</td>
                        <td>{format::bounds(t.homeoffice.bounds)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h2 class="panel-heading">"Applications per year, both sources"</h2>
        <ChartLegend entries=legend/>
        <EChart id="chart-compare" chart=chart label=label tooltip=tooltip image=image dark=dark/>
        <h3 class="panel-subheading">"UNHCR minus Home Office, per year"</h3>
        <EChart id="chart-difference" chart=difference label=diff_label tooltip=tooltip image=diff_image dark=dark/>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Totals, scrolls sideways">
            <table class="data-table compare-totals">
                <caption>"Totals over the selected years"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Measure"</th>
                        <th scope="col">"UNHCR (persons)"</th>
                        <th scope="col">{move || ho_label.get()}</th>
                    </tr>
                </thead>
                <tbody>{total_rows}</tbody>
            </table>
        </div>
        <p class="chart-notes">
            "UNHCR's granted figure adds refugee status and complementary protection. * A range: it includes values UNHCR publishes as 5 (1 to 5)."
        </p>
    }
}
