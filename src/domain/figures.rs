//! Figures over a span of years, per source: the headline totals and the yearly rows that the
//! chart (and later the table and CSV) draw from. Masked UNHCR cells stay ranges throughout.

use super::count::{Bounds, Count};
use super::dataset::{ApplicantGroup, Dataset, HoDecisions};

/// Which organisation's figures are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Source {
    /// UNHCR, first instance, persons.
    #[default]
    Unhcr,
    /// UK Home Office, initial decisions.
    HomeOffice,
}

impl Source {
    /// Both sources, in toggle order.
    pub const ALL: [Source; 2] = [Source::Unhcr, Source::HomeOffice];

    /// The id used in URLs and file names.
    pub fn id(self) -> &'static str {
        match self {
            Source::Unhcr => "unhcr",
            Source::HomeOffice => "homeoffice",
        }
    }

    /// Parses a URL id.
    pub fn from_id(id: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Whom the Home Office figures count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum HoCount {
    /// Main applicants only, as in the article.
    #[default]
    MainApplicants,
    /// Main applicants plus dependants, the unit UNHCR uses.
    Persons,
}

impl HoCount {
    /// The id used in URLs.
    pub fn id(self) -> &'static str {
        match self {
            HoCount::MainApplicants => "main",
            HoCount::Persons => "persons",
        }
    }

    /// Parses a URL id.
    pub fn from_id(id: &str) -> Option<HoCount> {
        [HoCount::MainApplicants, HoCount::Persons]
            .into_iter()
            .find(|c| c.id() == id)
    }

    /// The Home Office series label when both sources are compared.
    pub fn series_label(self) -> &'static str {
        match self {
            HoCount::MainApplicants => "Home Office (main applicants)",
            HoCount::Persons => "Home Office (all people)",
        }
    }

    /// Plain-language unit for labels.
    pub fn unit(self) -> &'static str {
        match self {
            HoCount::MainApplicants => "main applicants",
            HoCount::Persons => "persons (main applicants and dependants)",
        }
    }

    fn pick(self, main: &ApplicantGroup, dependants: &ApplicantGroup) -> ApplicantGroup {
        match self {
            HoCount::MainApplicants => *main,
            HoCount::Persons => *main + *dependants,
        }
    }
}

/// An inclusive span of calendar years; `from <= to` always holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct YearRange {
    from: u16,
    to: u16,
}

impl YearRange {
    /// The article's window: 2003 to 2015.
    pub const ARTICLE: YearRange = YearRange {
        from: 2003,
        to: 2015,
    };

    /// A range from two years in either order.
    pub fn new(a: u16, b: u16) -> Self {
        YearRange {
            from: a.min(b),
            to: a.max(b),
        }
    }

    /// First year.
    pub fn from(self) -> u16 {
        self.from
    }

    /// Last year (inclusive).
    pub fn to(self) -> u16 {
        self.to
    }

    /// The years, in order.
    pub fn years(self) -> impl Iterator<Item = u16> {
        self.from..=self.to
    }

    /// Whether `year` lies in the range.
    pub fn contains(self, year: u16) -> bool {
        (self.from..=self.to).contains(&year)
    }

    /// Number of years.
    pub fn len(self) -> usize {
        usize::from(self.to - self.from) + 1
    }

    /// Never true: a range holds at least one year. (Here for clippy's `len_without_is_empty`.)
    pub fn is_empty(self) -> bool {
        false
    }

    /// The same range limited to `span` (inclusive); the whole span when they do not overlap.
    pub fn clamp_to(self, span: (u16, u16)) -> YearRange {
        let from = self.from.clamp(span.0, span.1);
        let to = self.to.clamp(span.0, span.1);
        if self.to < span.0 || self.from > span.1 {
            YearRange::new(span.0, span.1)
        } else {
            YearRange::new(from, to)
        }
    }
}

/// A total over years: its possible range, how many masked cells it includes, and which
/// years had no source row (and so are not in the total at all).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Range of the true total.
    pub bounds: Bounds,
    /// The total of the values as published.
    pub published: u64,
    /// Masked cells (published 5, true 1–5) inside the total.
    pub masked_cells: u32,
    /// Years in the range with no source row.
    pub missing_years: Vec<u16>,
}

impl Tally {
    fn add(&mut self, year: u16, cell: Option<Count>) {
        match cell {
            Some(c) => {
                self.bounds += c.bounds();
                self.published += u64::from(c.published());
                self.masked_cells += u32::from(c.is_masked());
            }
            None => self.missing_years.push(year),
        }
    }

    /// An exact total from Home Office counts.
    fn exact(n: u64) -> Tally {
        Tally {
            bounds: Bounds::exact(n),
            published: n,
            ..Tally::default()
        }
    }
}

/// What a headline figure measures; the same keys for both sources so a reader can compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// Claims lodged.
    Applications,
    /// UNHCR: recognised as refugees. Home Office: granted protection or other leave.
    Granted,
    /// UNHCR only: complementary protection.
    Complementary,
    /// UNHCR: rejected. Home Office: refused (all kinds).
    Refused,
    /// UNHCR: otherwise closed. Home Office: withdrawn.
    Closed,
}

impl Measure {
    /// Stable id for markup and CSV.
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

/// One headline figure with its source-specific wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    /// What it measures.
    pub measure: Measure,
    /// Label in the source's own terms.
    pub label: &'static str,
    /// The total.
    pub value: Tally,
    /// A short explanation of what is included.
    pub detail: String,
}

/// Home Office applications and decisions over the range, for main applicants or all people.
pub fn homeoffice_totals(ds: &Dataset, count: HoCount, range: YearRange) -> (u64, HoDecisions) {
    let mut applications = 0u64;
    let mut decisions = HoDecisions::default();
    for y in ds.homeoffice.iter().filter(|y| range.contains(y.year)) {
        let g = count.pick(&y.main_applicants, &y.dependants);
        applications += u64::from(g.applications);
        decisions = decisions + g.decisions;
    }
    (applications, decisions)
}

/// UNHCR first-instance totals over the range.
pub fn unhcr_totals(ds: &Dataset, range: YearRange) -> [(Measure, Tally); 5] {
    let mut t: [Tally; 5] = Default::default();
    for year in range.years() {
        let row = ds.unhcr_year(year);
        let decisions = row.and_then(|r| r.decisions);
        t[0].add(year, row.and_then(|r| r.applied));
        t[1].add(year, decisions.map(|d| d.recognized));
        t[2].add(year, decisions.map(|d| d.complementary));
        t[3].add(year, decisions.map(|d| d.rejected));
        t[4].add(year, decisions.map(|d| d.otherwise_closed));
    }
    let [a, g, c, r, o] = t;
    [
        (Measure::Applications, a),
        (Measure::Granted, g),
        (Measure::Complementary, c),
        (Measure::Refused, r),
        (Measure::Closed, o),
    ]
}

/// The headline figures for a source over a range.
pub fn headlines(ds: &Dataset, source: Source, count: HoCount, range: YearRange) -> Vec<Headline> {
    match source {
        Source::Unhcr => unhcr_totals(ds, range)
            .into_iter()
            .map(|(measure, value)| {
                let (label, detail) = match measure {
                    Measure::Applications => ("Applications", "persons, including dependants"),
                    Measure::Granted => ("Recognised as refugees", "refugee status"),
                    Measure::Complementary => {
                        ("Complementary protection", "e.g. humanitarian protection")
                    }
                    Measure::Refused => ("Rejected", "on the substance of the claim"),
                    Measure::Closed => (
                        "Otherwise closed",
                        "withdrawn, non-compliance, third country",
                    ),
                };
                Headline {
                    measure,
                    label,
                    value,
                    detail: detail.to_string(),
                }
            })
            .collect(),
        Source::HomeOffice => {
            let (applications, d) = homeoffice_totals(ds, count, range);
            let granted = u64::from(d.grant_of_protection() + d.grant_of_other_leave());
            vec![
                Headline {
                    measure: Measure::Applications,
                    label: "Applications",
                    value: Tally::exact(applications),
                    detail: count.unit().to_string(),
                },
                Headline {
                    measure: Measure::Granted,
                    label: "Granted",
                    value: Tally::exact(granted),
                    detail: format!(
                        "{} protection + {} other leave",
                        super::format::thousands(d.grant_of_protection().into()),
                        super::format::thousands(d.grant_of_other_leave().into())
                    ),
                },
                Headline {
                    measure: Measure::Refused,
                    label: "Refused",
                    value: Tally::exact(d.refused().into()),
                    detail: "including non-compliance and third-country refusals".to_string(),
                },
                Headline {
                    measure: Measure::Closed,
                    label: "Withdrawn",
                    value: Tally::exact(d.withdrawn.into()),
                    detail: "claims withdrawn before a decision".to_string(),
                },
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
    /// Calendar years, in order.
    pub years: Vec<u16>,
    /// Applications per year.
    pub applications: Vec<Option<Count>>,
    /// Decisions per year, one series per outcome, in stacking order.
    pub outcomes: Vec<OutcomeSeries>,
    /// What one unit is, for axis and table labels.
    pub unit: &'static str,
}

/// The yearly rows for a source over a range.
pub fn yearly(ds: &Dataset, source: Source, count: HoCount, range: YearRange) -> Yearly {
    let years: Vec<u16> = range.years().collect();
    match source {
        Source::Unhcr => {
            let rows: Vec<_> = years.iter().map(|&y| ds.unhcr_year(y)).collect();
            let decision = |f: fn(&super::dataset::UnhcrDecisions) -> Count| -> Vec<Option<Count>> {
                rows.iter()
                    .map(|r| r.and_then(|r| r.decisions.as_ref()).map(f))
                    .collect()
            };
            Yearly {
                applications: rows.iter().map(|r| r.and_then(|r| r.applied)).collect(),
                outcomes: vec![
                    series(
                        Measure::Granted,
                        "Recognised as refugees",
                        decision(|d| d.recognized),
                    ),
                    series(
                        Measure::Complementary,
                        "Complementary protection",
                        decision(|d| d.complementary),
                    ),
                    series(Measure::Refused, "Rejected", decision(|d| d.rejected)),
                    series(
                        Measure::Closed,
                        "Otherwise closed",
                        decision(|d| d.otherwise_closed),
                    ),
                ],
                years,
                unit: "persons",
            }
        }
        Source::HomeOffice => {
            let groups: Vec<Option<ApplicantGroup>> = years
                .iter()
                .map(|&y| {
                    ds.homeoffice_year(y)
                        .map(|r| count.pick(&r.main_applicants, &r.dependants))
                })
                .collect();
            let cells = |f: fn(&ApplicantGroup) -> u32| -> Vec<Option<Count>> {
                groups
                    .iter()
                    .map(|g| g.as_ref().map(|g| Count::Exact(f(g))))
                    .collect()
            };
            Yearly {
                applications: cells(|g| g.applications),
                outcomes: vec![
                    series(
                        Measure::Granted,
                        "Granted protection",
                        cells(|g| g.decisions.grant_of_protection()),
                    ),
                    series(
                        Measure::Complementary,
                        "Granted other leave",
                        cells(|g| g.decisions.grant_of_other_leave()),
                    ),
                    series(
                        Measure::Refused,
                        "Refused",
                        cells(|g| g.decisions.refused()),
                    ),
                    series(
                        Measure::Closed,
                        "Withdrawn",
                        cells(|g| g.decisions.withdrawn),
                    ),
                ],
                years,
                unit: count.unit(),
            }
        }
    }
}

fn series(measure: Measure, label: &'static str, values: Vec<Option<Count>>) -> OutcomeSeries {
    OutcomeSeries {
        measure,
        label,
        values,
    }
}

/// Home Office administrative outcomes (void cases) in the range: not part of any headline
/// group, so the page says how many were left out.
pub fn ho_admin_outcomes(ds: &Dataset, count: HoCount, range: YearRange) -> u64 {
    homeoffice_totals(ds, count, range).1.admin_void.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_range_orders_and_clamps() {
        let r = YearRange::new(2015, 2003);
        assert_eq!((r.from(), r.to(), r.len()), (2003, 2015, 13));
        assert_eq!(
            YearRange::new(1990, 2010).clamp_to((2001, 2025)),
            YearRange::new(2001, 2010)
        );
        assert_eq!(
            YearRange::new(1950, 1960).clamp_to((2001, 2025)),
            YearRange::new(2001, 2025)
        );
        assert_eq!(
            YearRange::new(2030, 2040).clamp_to((2001, 2025)),
            YearRange::new(2001, 2025)
        );
    }

    #[test]
    fn ids_round_trip() {
        for s in Source::ALL {
            assert_eq!(Source::from_id(s.id()), Some(s));
        }
        assert_eq!(Source::from_id("UNHCR"), None);
        assert_eq!(HoCount::from_id("persons"), Some(HoCount::Persons));
    }
}
