//! The "Compare" view's part of the story model: both sources per year, their difference, the
//! totals, and what the reader is told when the two cover different years.

use super::{ChartView, ComparePanel, CoverageNote, ImageText, TotalRow, TotalsTable};
use crate::domain::chart_text::{compare_legend, describe_compare, describe_difference};
use crate::domain::charts::{compare_chart, difference_chart};
use crate::domain::compare::{self, CompareYear};
use crate::domain::dataset::Dataset;
use crate::domain::figures::{self, Source};
use crate::domain::format::{thousands, year_span};
use crate::domain::labels;
use crate::domain::narrative;
use crate::domain::palette::Palette;
use crate::domain::params::ViewState;
use crate::domain::tooltip::compare_tooltip;

/// The Compare view for `state`.
pub(super) fn panel(
    ds: &Dataset,
    state: &ViewState,
    rows: Vec<CompareYear>,
    palette: &Palette,
    image: ImageText,
) -> ComparePanel {
    let u = labels::compare_series(Source::Unhcr, state.count, state.lang);
    let h = labels::compare_series(Source::HomeOffice, state.count, state.lang);
    let tooltip = compare_tooltip(&rows, u, h, state.lang);
    let difference_image = ImageText {
        title: format!("{}: the difference", image.title),
        file_stem: format!("{}-difference", image.file_stem),
        ..image.clone()
    };
    let totals = compare::totals(ds, state.count, state.range, state.lang);
    let mut notes = vec![
        "UNHCR's granted figure adds refugee status and complementary protection.".to_string(),
    ];
    let procedural = figures::homeoffice_totals(ds, state.count, state.range);
    let d = procedural.decisions();
    let procedural = d.non_compliance_refusal + d.third_country_refusal;
    if procedural > 0 {
        notes.push(format!(
            "The Home Office's \"refused\" includes {} non-compliance and third-country refusals ({}) that UNHCR appears to count as \"otherwise closed\", not \"rejected\" (inferred from the figures; see Why they differ).",
            thousands(procedural.into()),
            labels::short_unit(Source::HomeOffice, state.count, state.lang)
        ));
    }
    if totals.iter().any(|t| t.unhcr.is_range()) {
        notes.push("* A range: it includes values UNHCR publishes as 5 (1 to 5).".to_string());
    }
    ComparePanel {
        heading: "Applications per year, both sources",
        chart: ChartView {
            id: "chart-compare",
            option: compare_chart(&rows, u, h, palette, state.lang).to_string(),
            legend: compare_legend(u, h),
            tooltip: tooltip.clone(),
            label: describe_compare(&rows, u, h, state.lang),
            image,
        },
        difference_heading: "UNHCR minus Home Office, per year",
        difference: ChartView {
            id: "chart-difference",
            option: difference_chart(&rows, palette, state.lang).to_string(),
            legend: Vec::new(),
            tooltip,
            label: describe_difference(&rows, h, state.lang),
            image: difference_image,
        },
        coverage: coverage_note(state, &rows, &totals),
        totals: TotalsTable {
            caption: "Totals over the selected years".to_string(),
            columns: ["Measure".to_string(), u.to_string(), h.to_string()],
            rows: totals
                .iter()
                .map(|t| TotalRow {
                    measure: t.measure,
                    label: t.label,
                    unhcr: t.unhcr.shown(),
                    homeoffice: t.homeoffice.shown(),
                })
                .collect(),
        },
        notes,
        rows,
    }
}

/// Which years each side of a comparison lacks, said once per kind of figure, and the years
/// both cover.
fn coverage_note(
    state: &ViewState,
    rows: &[CompareYear],
    totals: &[compare::CompareTotal],
) -> Option<CoverageNote> {
    let gaps: Vec<String> = Source::ALL
        .into_iter()
        .flat_map(|source| {
            let side = totals.iter().map(move |t| match source {
                Source::Unhcr => (t.measure, &t.unhcr),
                Source::HomeOffice => (t.measure, &t.homeoffice),
            });
            narrative::coverage_gaps(source, side, state.lang)
        })
        .map(|g| g.sentence)
        .collect();
    if gaps.is_empty() {
        return None;
    }
    let coverage = compare::coverage(rows);
    let offer = coverage
        .both
        .filter(|both| *both != state.range)
        .map(|both| {
            let span = year_span(both.from(), both.to());
            (both, format!("Compare {span} only, the years both cover"))
        });
    Some(CoverageNote {
        text: format!(
            "{}. The totals therefore cover different years for each source.",
            gaps.join(". ")
        ),
        offer,
    })
}
