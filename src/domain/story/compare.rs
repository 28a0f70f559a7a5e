//! The "Compare" view's part of the story model: both sources per year, their difference, the
//! totals, and what the reader is told when the two cover different years.

use super::{ChartView, ComparePanel, CoverageNote, ImageText, TotalRow, TotalsTable};
use crate::domain::chart_text::{compare_legend, describe_compare, describe_difference};
use crate::domain::charts::{compare_chart, difference_chart};
use crate::domain::compare::{self, CompareYear};
use crate::domain::dataset::Dataset;
use crate::domain::figures::{self, Source};
use crate::domain::figures::{Measure, Tally};
use crate::domain::i18n::{text, Catalogue, Lacks};
use crate::domain::labels;
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
    let t = text(state.lang);
    let u = labels::compare_series(Source::Unhcr, state.count, state.lang);
    let h = labels::compare_series(Source::HomeOffice, state.count, state.lang);
    let tooltip = compare_tooltip(&rows, u, h, state.lang);
    let difference_image = ImageText {
        title: t.difference_title(&image.title),
        file_stem: format!("{}-difference", image.file_stem),
        ..image.clone()
    };
    let totals = compare::totals(ds, state.count, state.range, state.lang);
    let mut notes = vec![t.note_granted().to_string()];
    let procedural = figures::homeoffice_totals(ds, state.count, state.range);
    let d = procedural.decisions();
    let procedural = d.non_compliance_refusal + d.third_country_refusal;
    if procedural > 0 {
        notes.push(t.note_procedural(procedural, state.count));
    }
    if totals.iter().any(|t| t.unhcr.is_range()) {
        notes.push(t.note_range().to_string());
    }
    ComparePanel {
        heading: t.compare_heading(),
        chart: ChartView {
            id: "chart-compare",
            option: compare_chart(&rows, u, h, palette, state.lang).to_string(),
            legend: compare_legend(u, h),
            tooltip: tooltip.clone(),
            label: describe_compare(&rows, u, h, state.lang),
            image,
        },
        difference_heading: t.difference_heading(),
        difference: ChartView {
            id: "chart-difference",
            option: difference_chart(&rows, palette, state.lang).to_string(),
            legend: Vec::new(),
            tooltip,
            label: describe_difference(&rows, h, state.lang),
            image: difference_image,
        },
        coverage: coverage_note(t, state, &rows, &totals),
        totals: TotalsTable {
            caption: t.totals_caption().to_string(),
            columns: [
                t.column_measure().to_string(),
                t.column_source(Source::Unhcr, state.count).to_string(),
                t.column_source(Source::HomeOffice, state.count).to_string(),
            ],
            rows: totals
                .iter()
                .map(|row| TotalRow {
                    measure: row.measure,
                    label: t.total_row(row.measure),
                    unhcr: row.unhcr.shown_in(state.lang),
                    homeoffice: row.homeoffice.shown_in(state.lang),
                })
                .collect(),
        },
        notes,
        rows,
    }
}

/// The gaps of one source's totals, each said once: one when applications and decisions lack
/// the same years (a missing row), one per kind otherwise.
fn gaps<'a>(
    source: Source,
    totals: impl IntoIterator<Item = (Measure, &'a Tally)>,
) -> Vec<(Source, Lacks, Vec<u16>)> {
    let (mut apps, mut decisions): (Option<&Tally>, Option<&Tally>) = (None, None);
    for (m, t) in totals {
        match m {
            Measure::Applications => apps = apps.or(Some(t)),
            _ => decisions = decisions.or(Some(t)),
        }
    }
    let sides = match (apps, decisions) {
        (Some(a), Some(d)) if a.missing_years == d.missing_years => vec![(Lacks::Figures, a)],
        (a, d) => [(Lacks::Applications, a), (Lacks::Decisions, d)]
            .into_iter()
            .filter_map(|(lacks, t)| Some((lacks, t?)))
            .collect(),
    };
    sides
        .into_iter()
        .filter(|(_, t)| !t.missing_years.is_empty())
        .map(|(lacks, t)| (source, lacks, t.missing_years.clone()))
        .collect()
}

/// Which years each side of a comparison lacks, said once per kind of figure, and the years
/// both cover.
fn coverage_note(
    t: &dyn Catalogue,
    state: &ViewState,
    rows: &[CompareYear],
    totals: &[compare::CompareTotal],
) -> Option<CoverageNote> {
    let gaps: Vec<String> = Source::ALL
        .into_iter()
        .flat_map(|source| {
            let side = totals.iter().map(move |row| match source {
                Source::Unhcr => (row.measure, &row.unhcr),
                Source::HomeOffice => (row.measure, &row.homeoffice),
            });
            gaps(source, side)
        })
        .map(|(source, lacks, missing)| t.coverage_gap(source, lacks, &missing))
        .collect();
    if gaps.is_empty() {
        return None;
    }
    let coverage = compare::coverage(rows);
    let offer = coverage
        .both
        .filter(|both| *both != state.range)
        .map(|both| (both, t.compare_offer(both)));
    Some(CoverageNote {
        text: t.coverage_note(&gaps),
        offer,
    })
}
