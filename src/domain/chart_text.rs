//! What the charts say in words and swatches: the HTML legends and the text alternatives,
//! built from the same rows as the chart options in `charts`.

use super::compare::{years_where, Agreement, CompareYear};
use super::count::{Bounds, Count};
use super::figures::Yearly;
use super::format::bounds;
use super::i18n::{text, Catalogue, Lang};
use super::narrative::{gap_sentence, FigureKind};
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
pub fn legend(y: &Yearly, lang: Lang) -> Vec<LegendEntry> {
    let t = text(lang);
    let mut entries = vec![LegendEntry {
        label: t.applications(),
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
            label: t.masked_legend(),
            tone: Tone::Closed,
            mark: Mark::Masked,
        });
    }
    entries
}

/// A signed difference, possibly a range, as a sentence says it: "+426", "−3 to +1".
pub(crate) fn signed(t: &dyn Catalogue, (lo, hi): (i64, i64)) -> String {
    let one = |n: i64| super::compare::signed((n, n));
    if lo == hi {
        t.people(&one(lo))
    } else {
        t.signed_range(&one(lo), &one(hi))
    }
}

/// A text alternative for [`super::charts::yearly_chart`], built from the same figures: what it
/// shows, the years, the totals of every series, the peak year and the change from first to
/// last year; years without figures are named, never counted as zeros.
pub fn describe_yearly(y: &Yearly, source_name: &str, lang: Lang) -> String {
    let t: &dyn Catalogue = text(lang);
    let (Some(first), Some(last)) = (y.years.first(), y.years.last()) else {
        return t.describe_yearly_empty(source_name);
    };
    let people = |b: Bounds| t.people(&bounds(b));
    let total = |cells: &[Option<Count>]| -> String {
        if cells.iter().all(Option::is_none) {
            return t.no_data().to_string();
        }
        people(cells.iter().flatten().map(|c| c.bounds()).sum())
    };
    let with_data: Vec<(u16, Count)> = y
        .years
        .iter()
        .zip(&y.applications)
        .filter_map(|(year, c)| c.map(|c| (*year, c)))
        .collect();
    let mut text = t.describe_yearly(source_name, y.unit, *first, *last);
    if let Some((peak_year, peak)) = with_data.iter().max_by_key(|(_, c)| c.published()) {
        text.push_str(&t.describe_peak(
            &total(&y.applications),
            *peak_year,
            &people(peak.bounds()),
        ));
    }
    if let (Some((y0, c0)), Some((y1, c1))) = (with_data.first(), with_data.last()) {
        if y0 != y1 {
            text.push_str(&t.describe_change(&people(c0.bounds()), *y0, &people(c1.bounds()), *y1));
        }
    }
    let gap = |kind: FigureKind, missing: Vec<u16>| {
        gap_sentence(y.source, kind, &missing, lang)
            .map(|g| t.describe_gap(&g))
            .unwrap_or_default()
    };
    text.push_str(&gap(FigureKind::Applications, y.application_gaps()));
    let decisions: Vec<String> = y
        .outcomes
        .iter()
        .map(|o| t.describe_outcome(o.label, &total(&o.values)))
        .collect();
    text.push_str(&t.describe_decisions(&decisions));
    text.push_str(&gap(FigureKind::Decisions, y.decision_gaps()));
    text
}

/// How the two sources' yearly figures relate, in one sentence: "The two are equal in 12 of the
/// 13 years both cover."
fn agreement_sentence(rows: &[CompareYear], t: &dyn Catalogue) -> String {
    let compared = rows
        .iter()
        .filter(|r| r.agreement() != Agreement::NotCompared)
        .count();
    if compared == 0 {
        return t.agreement_none().to_string();
    }
    let equal = years_where(rows, Agreement::Equal).len();
    let rounding = years_where(rows, Agreement::WithinRounding).len();
    let mut text = t.agreement(equal, compared);
    if rounding > 0 {
        text.push_str(&t.agreement_rounding(rounding));
    }
    text.push('.');
    let missing = |f: fn(&CompareYear) -> bool| -> Vec<u16> {
        rows.iter().filter(|r| !f(r)).map(|r| r.year).collect()
    };
    let u = missing(|r| r.unhcr.is_some());
    let h = missing(|r| r.homeoffice.is_some());
    if !u.is_empty() {
        text.push_str(&t.agreement_unhcr_missing(&t.years(&u)));
    }
    if !h.is_empty() {
        text.push_str(&t.agreement_ho_missing(&t.years(&h)));
    }
    text
}

/// A text alternative for the comparison chart.
pub fn describe_compare(
    rows: &[CompareYear],
    unhcr_label: &str,
    ho_label: &str,
    lang: Lang,
) -> String {
    let t: &dyn Catalogue = text(lang);
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return t.describe_compare_empty().to_string();
    };
    t.describe_compare(
        (first.year, last.year),
        unhcr_label,
        ho_label,
        &signed(t, super::compare::total_difference(rows)),
        &agreement_sentence(rows, t),
    )
}

/// A text alternative for the difference chart.
pub fn describe_difference(rows: &[CompareYear], ho_label: &str, lang: Lang) -> String {
    let t: &dyn Catalogue = text(lang);
    t.describe_difference(ho_label, &signed(t, super::compare::total_difference(rows)))
}
