//! Both sources side by side: applications per year, the per-year difference, and totals of
//! every measure over the selected years.

use super::count::Count;
use super::dataset::Dataset;
use super::figures::{headlines, HoCount, Measure, Source, Tally, YearRange};

/// One year of applications from both sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareYear {
    /// Calendar year.
    pub year: u16,
    /// UNHCR first-instance applications (persons); `None`: no row.
    pub unhcr: Option<Count>,
    /// Home Office applications in the chosen count; `None`: the edition does not cover the year.
    pub homeoffice: Option<u32>,
}

impl CompareYear {
    /// UNHCR minus Home Office, as a range when UNHCR's cell is masked; `None` when either
    /// source has no figure for the year. Signed: positive when UNHCR counts more.
    pub fn difference(&self) -> Option<(i64, i64)> {
        let b = self.unhcr?.bounds();
        let h = i64::from(self.homeoffice?);
        Some((b.low as i64 - h, b.high as i64 - h))
    }
}

/// Applications per year from both sources over the range.
pub fn applications_by_year(ds: &Dataset, count: HoCount, range: YearRange) -> Vec<CompareYear> {
    range
        .years()
        .map(|year| CompareYear {
            year,
            unhcr: ds.unhcr_year(year).and_then(|y| y.applied),
            homeoffice: ds.homeoffice_year(year).map(|y| match count {
                HoCount::MainApplicants => y.main_applicants.applications,
                HoCount::Persons => y.main_applicants.applications + y.dependants.applications,
            }),
        })
        .collect()
}

/// One measure's totals from both sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareTotal {
    /// What is compared.
    pub measure: Measure,
    /// A label that names both sources' terms, e.g. "Refused (UNHCR: rejected)".
    pub label: String,
    /// UNHCR's total.
    pub unhcr: Tally,
    /// The Home Office's total in the chosen count.
    pub homeoffice: Tally,
}

/// Totals of the measures both sources have, over the range. UNHCR's complementary protection
/// and the Home Office's other leave are both counted with "granted" here, so that the rows
/// compare like with like as far as the two classifications allow.
pub fn totals(ds: &Dataset, count: HoCount, range: YearRange) -> Vec<CompareTotal> {
    let u = headlines(ds, Source::Unhcr, count, range);
    let h = headlines(ds, Source::HomeOffice, count, range);
    let get = |list: &[super::figures::Headline], m: Measure| {
        list.iter()
            .find(|x| x.measure == m)
            .map(|x| x.value.clone())
            .unwrap_or_default()
    };
    let granted_unhcr = {
        let (g, c) = (get(&u, Measure::Granted), get(&u, Measure::Complementary));
        let mut missing = g.missing_years.clone();
        missing.extend(
            c.missing_years
                .iter()
                .filter(|y| !g.missing_years.contains(y)),
        );
        Tally {
            bounds: g.bounds + c.bounds,
            published: g.published + c.published,
            masked_cells: g.masked_cells + c.masked_cells,
            missing_years: missing,
        }
    };
    vec![
        CompareTotal {
            measure: Measure::Applications,
            label: "Applications".into(),
            unhcr: get(&u, Measure::Applications),
            homeoffice: get(&h, Measure::Applications),
        },
        CompareTotal {
            measure: Measure::Granted,
            label: "Granted any protection or leave".into(),
            unhcr: granted_unhcr,
            homeoffice: get(&h, Measure::Granted),
        },
        CompareTotal {
            measure: Measure::Refused,
            label: "Refused (UNHCR: rejected)".into(),
            unhcr: get(&u, Measure::Refused),
            homeoffice: get(&h, Measure::Refused),
        },
        CompareTotal {
            measure: Measure::Closed,
            label: "Withdrawn (UNHCR: otherwise closed)".into(),
            unhcr: get(&u, Measure::Closed),
            homeoffice: get(&h, Measure::Closed),
        },
    ]
}

/// Sum of UNHCR minus Home Office over the years where both have a figure.
pub fn total_difference(rows: &[CompareYear]) -> (i64, i64) {
    rows.iter()
        .filter_map(CompareYear::difference)
        .fold((0, 0), |(lo, hi), (l, h)| (lo + l, hi + h))
}

/// Years in which the two sources give exactly the same number (UNHCR exact, not masked).
pub fn equal_years(rows: &[CompareYear]) -> Vec<u16> {
    rows.iter()
        .filter(|r| matches!(r.difference(), Some((0, 0))))
        .map(|r| r.year)
        .collect()
}

/// A signed range as text: "+426", "−3", "0", "+1 to +5".
pub fn signed(range: (i64, i64)) -> String {
    let one = |n: i64| match n {
        0 => "0".to_string(),
        n if n > 0 => format!("+{}", super::format::thousands(n as u64)),
        n => format!("−{}", super::format::thousands(n.unsigned_abs())),
    };
    if range.0 == range.1 {
        one(range.0)
    } else {
        format!("{} to {}", one(range.0), one(range.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_are_signed_and_ranged() {
        let row = |unhcr, homeoffice| CompareYear {
            year: 2000,
            unhcr,
            homeoffice,
        };
        assert_eq!(
            row(Some(Count::Exact(41)), Some(38)).difference(),
            Some((3, 3))
        );
        assert_eq!(
            row(Some(Count::from_unhcr(5)), Some(4)).difference(),
            Some((-3, 1))
        );
        assert_eq!(row(None, Some(4)).difference(), None);
        assert_eq!(signed((426, 426)), "+426");
        assert_eq!(signed((-1003, -1003)), "−1,003");
        assert_eq!(signed((-3, 1)), "−3 to +1");
        assert_eq!(signed((0, 0)), "0");
    }
}
