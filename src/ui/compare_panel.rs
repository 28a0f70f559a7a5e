//! The "Compare" view: both sources' applications per year, their difference, and the totals
//! of every measure both publish; when the sources cover different years, it says so and offers
//! the years both cover.

use super::echart::EChart;
use super::legend::ChartLegend;
use super::notes::Notes;
use crate::domain::figures::YearRange;
use crate::domain::story::{ComparePanel as CompareModel, CoverageNote, TotalRow};
use leptos::prelude::*;

/// Side-by-side bars, a difference chart and a totals table.
#[component]
pub fn ComparePanel(
    /// The compare slice of the story model.
    #[prop(into)]
    panel: Signal<CompareModel>,
    /// Called with the years both sources cover, when the reader takes the offer.
    on_range: Callback<YearRange>,
) -> impl IntoView {
    let text = super::lang::text();
    let chart = super::part(panel, |p| &p.chart);
    let difference = super::part(panel, |p| &p.difference);
    let coverage = move || {
        panel.with(|p| p.coverage.clone()).map(|CoverageNote { text, offer }| {
            let button = offer.map(|(range, label)| {
                let take = move |_| on_range.run(range);
                view! {
                    <button type="button" class="link-button" data-action="common-years" on:click=take>
                        {label}
                    </button>
                }
            });
            view! { <p class="coverage-note" role="note">{text} " " {button}</p> }
        })
    };
    let row = |t: TotalRow| {
        let mark = |masked: bool| masked.then_some("*");
        view! {
            <tr data-measure=t.measure.id()>
                <th scope="row">{t.label}</th>
                <td>{t.unhcr.text}{mark(t.unhcr.masked)}</td>
                <td>{t.homeoffice.text}{mark(t.homeoffice.masked)}</td>
            </tr>
        }
    };
    let totals = move || panel.with(|p| p.totals.clone());
    let column = move |i: usize| move || totals().columns[i].clone();
    view! {
        <h2 class="panel-heading">{move || panel.with(|p| p.heading)}</h2>
        {coverage}
        <ChartLegend entries=super::part(chart, |c| &c.legend)/>
        <EChart chart=chart/>
        <h3 class="panel-subheading">{move || panel.with(|p| p.difference_heading)}</h3>
        <EChart chart=difference/>
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || text().totals_scroll()>
            <table class="data-table compare-totals">
                <caption>{move || totals().caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{column(0)}</th>
                        <th scope="col">{column(1)}</th>
                        <th scope="col">{column(2)}</th>
                    </tr>
                </thead>
                <tbody>{move || totals().rows.into_iter().map(row).collect_view()}</tbody>
            </table>
        </div>
        <Notes class="chart-notes" notes=super::part(panel, |p| &p.notes)/>
    }
}
