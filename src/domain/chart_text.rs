//! What the charts say in words and swatches: the HTML legends and the text alternatives,
//! built from the same rows as the chart options in `charts`.

use super::compare::{years_where, Agreement, CompareYear};
use super::count::{Bounds, Count};
use super::figures::Yearly;
use super::format::{bounds, years};
use super::labels;
use super::palette::Tone;

/// Legend for [`super::charts::compare_chart`].
pub fn compare_legend(unhcr_label: &'static str, ho_label: &'static str) -> Vec<LegendEntry> {
    vec![
        LegendEntry {
            label: unhcr_label,
            tone: Tone::Unhcr,
            mark: Mark::Bar,
        },
        LegendEntry {
            label: ho_label,
            tone: Tone::HomeOffice,
            mark: Mark::Bar,
        },
    ]
}

/// How a legend entry is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A filled square (a bar series).
    Bar,
    /// A line with a dot (a line series).
    Line,
    /// A faded square with a dashed outline (a masked cell).
    Masked,
}

/// One entry of the chart's legend, drawn in HTML so that it wraps on a narrow screen and can
/// be read by assistive technology.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    /// Text.
    pub label: &'static str,
    /// Its series' colour.
    pub tone: Tone,
    /// Shape.
    pub mark: Mark,
}

/// The legend for [`super::charts::yearly_chart`]: applications, each outcome, and the masked-cell style when
/// the chart has any masked cell.
pub fn legend(y: &Yearly) -> Vec<LegendEntry> {
    let mut entries = vec![LegendEntry {
        label: "Applications",
        tone: Tone::Applications,
        mark: Mark::Line,
    }];
    entries.extend(y.outcomes.iter().map(|o| LegendEntry {
        label: o.label,
        tone: Tone::outcome(o.measure),
        mark: Mark::Bar,
    }));
    if y.has_masked() {
        entries.push(LegendEntry {
            label: "Published as 5: between 1 and 5",
            tone: Tone::Closed,
            mark: Mark::Masked,
        });
    }
    entries
}

/// A text alternative for [`super::charts::yearly_chart`], built from the same figures: what it
/// shows, the years, the totals of every series, the peak year and the change from first to
/// last year; years without figures are named, never counted as zeros.
pub fn describe_yearly(y: &Yearly, source_name: &str) -> String {
    let (Some(first), Some(last)) = (y.years.first(), y.years.last()) else {
        return format!("Chart of {source_name} figures: no years selected.");
    };
    let total = |cells: &[Option<Count>]| -> String {
        if cells.iter().all(Option::is_none) {
            return labels::NO_DATA.to_string();
        }
        let sum: Bounds = cells.iter().flatten().map(|c| c.bounds()).sum();
        bounds(sum)
    };
    let with_data: Vec<(u16, Count)> = y
        .years
        .iter()
        .zip(&y.applications)
        .filter_map(|(year, c)| c.map(|c| (*year, c)))
        .collect();
    let mut text = format!(
        "Chart of {source_name} asylum applications per year ({}) from {first} to {last}, with decisions per year stacked by outcome.",
        y.unit
    );
    if let Some((peak_year, peak)) = with_data.iter().max_by_key(|(_, c)| c.published()) {
        text.push_str(&format!(
            " Applications total {}; they peaked in {peak_year} at {}.",
            total(&y.applications),
            bounds(peak.bounds())
        ));
    }
    if let (Some((y0, c0)), Some((y1, c1))) = (with_data.first(), with_data.last()) {
        if y0 != y1 {
            text.push_str(&format!(
                " They went from {} in {y0} to {} in {y1}.",
                bounds(c0.bounds()),
                bounds(c1.bounds())
            ));
        }
    }
    let gap = |kind: &str, missing: Vec<u16>| {
        super::narrative::gap_sentence(y.source, kind, &missing)
            .map(|g| format!(" {g}."))
            .unwrap_or_default()
    };
    text.push_str(&gap("application figures", y.application_gaps()));
    let decisions: Vec<String> = y
        .outcomes
        .iter()
        .map(|o| format!("{} {}", o.label.to_ascii_lowercase(), total(&o.values)))
        .collect();
    text.push_str(&format!(" Decisions in total: {}.", decisions.join(", ")));
    text.push_str(&gap("decision figures", y.decision_gaps()));
    text
}

/// How the two sources' yearly figures relate, in one sentence: "The two are equal in 12 of the
/// 13 years both cover."
fn agreement_sentence(rows: &[CompareYear]) -> String {
    let compared = rows
        .iter()
        .filter(|r| r.agreement() != Agreement::NotCompared)
        .count();
    if compared == 0 {
        return "No year has figures from both.".to_string();
    }
    let equal = years_where(rows, Agreement::Equal).len();
    let rounding = years_where(rows, Agreement::WithinRounding).len();
    let mut text = format!("The two are equal in {equal} of the {compared} years both cover");
    if rounding > 0 {
        text.push_str(&format!(
            ", and consistent within UNHCR's rounding in {rounding} more"
        ));
    }
    text.push('.');
    let missing = |f: fn(&CompareYear) -> bool| -> Vec<u16> {
        rows.iter().filter(|r| !f(r)).map(|r| r.year).collect()
    };
    let u = missing(|r| r.unhcr.is_some());
    let h = missing(|r| r.homeoffice.is_some());
    if !u.is_empty() {
        text.push_str(&format!(" UNHCR has no figures for {}.", years(&u)));
    }
    if !h.is_empty() {
        text.push_str(&format!(" The Home Office has none for {}.", years(&h)));
    }
    text
}

/// A text alternative for the comparison chart.
pub fn describe_compare(rows: &[CompareYear], unhcr_label: &str, ho_label: &str) -> String {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return "Comparison chart: no years selected.".to_string();
    };
    let (lo, hi) = super::compare::total_difference(rows);
    format!(
        "Bar chart comparing asylum applications per year from {} to {}: {unhcr_label} against {ho_label}. Over the years both cover, UNHCR's total differs from the Home Office's by {}. {}",
        first.year,
        last.year,
        super::compare::signed((lo, hi)),
        agreement_sentence(rows)
    )
}

/// A text alternative for the difference chart.
pub fn describe_difference(rows: &[CompareYear], ho_label: &str) -> String {
    format!(
        "Bar chart of UNHCR's applications minus the Home Office's ({ho_label}), per year, for the years both cover; in total {}.",
        super::compare::signed(super::compare::total_difference(rows))
    )
}
