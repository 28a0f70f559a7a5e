//! Figures over a span of years, per source: the totals and the yearly rows that every view
//! draws from. Coverage is part of every figure: a total knows the years it covers and the
//! years its source has no row for; masked UNHCR cells stay ranges throughout.

use super::count::{Bounds, Count};
use super::dataset::{ApplicantGroup, Dataset, HoDecisions, UnhcrDecisions};
use super::i18n::{text, Lang};
use super::labels;
pub use super::scope::{HoCount, Source, YearRange};
pub use super::tally::{Shown, Tally};

/// What a figure measures; the same keys for both sources so a reader can compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// Claims lodged.
    Applications,
    /// UNHCR: recognised as refugees. Home Office: grant of protection.
    Granted,
    /// UNHCR: complementary protection. Home Office: grant of other leave.
    Complementary,
    /// UNHCR: rejected. Home Office: refused (all kinds).
    Refused,
    /// UNHCR: otherwise closed. Home Office: withdrawn.
    Closed,
}

impl Measure {
    /// Every measure, applications first, then the outcomes in stacking order.
    pub const ALL: [Measure; 5] = [
        Measure::Applications,
        Measure::Granted,
        Measure::Complementary,
        Measure::Refused,
        Measure::Closed,
    ];

    /// The decision outcomes, in stacking order.
    pub const OUTCOMES: [Measure; 4] = [
        Measure::Granted,
        Measure::Complementary,
        Measure::Refused,
        Measure::Closed,
    ];

    /// Stable id for markup, series and CSV.
    pub fn id(self) -> &'static str {
        match self {
            Measure::Applications => "applications",
            Measure::Granted => "granted",
            Measure::Complementary => "complementary",
            Measure::Refused => "refused",
            Measure::Closed => "closed",
        }
    }
}

/// One year of Home Office figures in the chosen count; `None` where the edition has no row.
pub fn homeoffice_group(ds: &Dataset, count: HoCount, year: u16) -> Option<ApplicantGroup> {
    ds.homeoffice_year(year)
        .map(|r| count.pick(&r.main_applicants, &r.dependants))
}

/// Home Office applications and decisions over a range, with the years the edition covers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HoTotals {
    /// Applications and every decision, summed over the covered years.
    pub group: ApplicantGroup,
    /// Years with a row, in order.
    pub covered: Vec<u16>,
    /// Years of the range with no row (the edition ends before them), in order.
    pub missing_years: Vec<u16>,
}

impl HoTotals {
    /// An exact total of one of the sums, carrying these totals' coverage.
    pub fn tally(&self, n: u32) -> Tally {
        Tally {
            bounds: Bounds::exact(n.into()),
            published: n.into(),
            masked_cells: 0,
            covered: self.covered.clone(),
            missing_years: self.missing_years.clone(),
        }
    }

    /// The decisions summed.
    pub fn decisions(&self) -> &HoDecisions {
        &self.group.decisions
    }
}

/// Home Office applications and decisions over the range, for main applicants or all people.
pub fn homeoffice_totals(ds: &Dataset, count: HoCount, range: YearRange) -> HoTotals {
    let mut t = HoTotals::default();
    for year in range.years() {
        match homeoffice_group(ds, count, year) {
            Some(g) => {
                t.group = t.group + g;
                t.covered.push(year);
            }
            None => t.missing_years.push(year),
        }
    }
    t
}

/// A UNHCR decision cell of one year, `None` where the year has no decision row.
fn unhcr_decision(ds: &Dataset, year: u16, measure: Measure) -> Option<Count> {
    let d: &UnhcrDecisions = ds.unhcr_year(year)?.decisions.as_ref()?;
    match measure {
        Measure::Applications => None,
        Measure::Granted => Some(d.recognized),
        Measure::Complementary => Some(d.complementary),
        Measure::Refused => Some(d.rejected),
        Measure::Closed => Some(d.otherwise_closed),
    }
}

/// UNHCR's cell for a measure and year; `None` where it publishes no figure.
pub fn unhcr_cell(ds: &Dataset, year: u16, measure: Measure) -> Option<Count> {
    match measure {
        Measure::Applications => ds.unhcr_year(year).and_then(|r| r.applied),
        m => unhcr_decision(ds, year, m),
    }
}

/// The Home Office's cell for a measure and year in a count; `None` where it has no row.
pub fn homeoffice_cell(ds: &Dataset, count: HoCount, year: u16, m: Measure) -> Option<Count> {
    let g = homeoffice_group(ds, count, year)?;
    let d = &g.decisions;
    Some(Count::Exact(match m {
        Measure::Applications => g.applications,
        Measure::Granted => d.grant_of_protection(),
        Measure::Complementary => d.grant_of_other_leave(),
        Measure::Refused => d.refused(),
        Measure::Closed => d.withdrawn,
    }))
}

/// One source's cell for a measure and year.
pub fn cell(ds: &Dataset, source: Source, count: HoCount, year: u16, m: Measure) -> Option<Count> {
    match source {
        Source::Unhcr => unhcr_cell(ds, year, m),
        Source::HomeOffice => homeoffice_cell(ds, count, year, m),
    }
}

/// One source's total of a measure over the range.
pub fn total(ds: &Dataset, source: Source, count: HoCount, range: YearRange, m: Measure) -> Tally {
    Tally::over(range.years().map(|y| (y, cell(ds, source, count, y, m))))
}

/// One headline figure with its source-specific wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    /// What it measures.
    pub measure: Measure,
    /// Label in the source's own terms.
    pub label: &'static str,
    /// The same in a word, for the embed's strip.
    pub short: &'static str,
    /// The total, with the years it covers.
    pub value: Tally,
    /// A short explanation of what is included.
    pub detail: String,
}

/// The headline figures for a source over a range: UNHCR's five measures; the Home Office's
/// applications, grants (protection and other leave together, as in the article), refusals and
/// withdrawals.
pub fn headlines(
    ds: &Dataset,
    source: Source,
    count: HoCount,
    range: YearRange,
    lang: Lang,
) -> Vec<Headline> {
    let headline = |measure: Measure, value: Tally, detail: String| Headline {
        measure,
        label: labels::measure(source, measure, count, lang).name,
        short: labels::measure(source, measure, count, lang).short,
        value,
        detail,
    };
    let plain = |m: Measure| labels::measure(source, m, count, lang).detail.to_string();
    match source {
        Source::Unhcr => Measure::ALL
            .into_iter()
            .map(|m| headline(m, total(ds, source, count, range, m), plain(m)))
            .collect(),
        Source::HomeOffice => {
            let t = homeoffice_totals(ds, count, range);
            let d = t.decisions();
            let (protection, other) = (d.grant_of_protection(), d.grant_of_other_leave());
            let granted = text(lang).granted_detail(
                &super::format::thousands(protection.into()),
                &super::format::thousands(other.into()),
            );
            vec![
                headline(
                    Measure::Applications,
                    t.tally(t.group.applications),
                    plain(Measure::Applications),
                ),
                headline(Measure::Granted, t.tally(protection + other), granted),
                headline(
                    Measure::Refused,
                    t.tally(d.refused()),
                    plain(Measure::Refused),
                ),
                headline(
                    Measure::Closed,
                    t.tally(d.withdrawn),
                    plain(Measure::Closed),
                ),
            ]
        }
    }
}

/// One outcome's values per year, aligned with [`Yearly::years`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeSeries {
    /// What it measures.
    pub measure: Measure,
    /// Label in the source's own terms.
    pub label: &'static str,
    /// One cell per year; `None` where the source has no row.
    pub values: Vec<Option<Count>>,
}

/// Yearly applications and decisions by outcome for one source, ready for a chart or table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Yearly {
    /// Whose figures these are.
    pub source: Source,
    /// Calendar years, in order.
    pub years: Vec<u16>,
    /// Applications per year.
    pub applications: Vec<Option<Count>>,
    /// Decisions per year, one series per outcome, in stacking order.
    pub outcomes: Vec<OutcomeSeries>,
    /// What one unit is, for axis and table labels.
    pub unit: &'static str,
}

impl Yearly {
    /// Every cell of the rows, applications and outcomes.
    pub fn cells(&self) -> impl Iterator<Item = &Option<Count>> {
        self.applications
            .iter()
            .chain(self.outcomes.iter().flat_map(|o| o.values.iter()))
    }

    /// The years whose cell in `cells` (one of this table's series) is missing.
    fn gaps(&self, cells: &[Option<Count>]) -> Vec<u16> {
        self.years
            .iter()
            .zip(cells)
            .filter(|(_, c)| c.is_none())
            .map(|(year, _)| *year)
            .collect()
    }

    /// The years without an application figure.
    pub fn application_gaps(&self) -> Vec<u16> {
        self.gaps(&self.applications)
    }

    /// The years without decision figures (a source has all four outcomes or none).
    pub fn decision_gaps(&self) -> Vec<u16> {
        self.outcomes
            .first()
            .map(|o| self.gaps(&o.values))
            .unwrap_or_default()
    }

    /// Whether any cell is masked.
    pub fn has_masked(&self) -> bool {
        self.cells().any(|c| c.is_some_and(Count::is_masked))
    }
}

/// The yearly rows for a source over a range.
pub fn yearly(
    ds: &Dataset,
    source: Source,
    count: HoCount,
    range: YearRange,
    lang: Lang,
) -> Yearly {
    let years: Vec<u16> = range.years().collect();
    let values = |m: Measure| -> Vec<Option<Count>> {
        years
            .iter()
            .map(|&y| cell(ds, source, count, y, m))
            .collect()
    };
    Yearly {
        source,
        applications: values(Measure::Applications),
        outcomes: Measure::OUTCOMES
            .into_iter()
            .map(|measure| OutcomeSeries {
                measure,
                label: labels::measure(source, measure, count, lang).series,
                values: values(measure),
            })
            .collect(),
        unit: match source {
            Source::Unhcr => labels::short_unit(source, count, lang),
            Source::HomeOffice => labels::unit(source, count, lang),
        },
        years,
    }
}
