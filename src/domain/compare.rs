//! Both sources side by side: applications per year, how each year's two figures relate
//! (equal, consistent within UNHCR's rounding, or different), totals of every measure, and which
//! years each side covers.

use super::count::Count;
use super::dataset::Dataset;
use super::figures::{
    headlines, homeoffice_group, unhcr_cell, Headline, HoCount, Measure, Source, Tally, YearRange,
};
use super::format::thousands;
use super::i18n::Lang;

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

/// How one year's two figures relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// Both exact and equal.
    Equal,
    /// UNHCR's cell is masked (1–5) and the Home Office's figure lies inside it.
    WithinRounding,
    /// The Home Office's figure lies outside UNHCR's published range.
    Differ,
    /// One source has no figure for the year.
    NotCompared,
}

impl CompareYear {
    /// UNHCR minus Home Office, as a range when UNHCR's cell is masked; `None` when either
    /// source has no figure for the year. Signed: positive when UNHCR counts more.
    pub fn difference(&self) -> Option<(i64, i64)> {
        let b = self.unhcr?.bounds();
        let h = i64::from(self.homeoffice?);
        Some((b.low as i64 - h, b.high as i64 - h))
    }

    /// How the two figures relate.
    pub fn agreement(&self) -> Agreement {
        match self.difference() {
            None => Agreement::NotCompared,
            Some((0, 0)) => Agreement::Equal,
            Some((lo, hi)) if lo <= 0 && hi >= 0 => Agreement::WithinRounding,
            Some(_) => Agreement::Differ,
        }
    }
}

/// Applications per year from both sources over the range.
pub fn applications_by_year(ds: &Dataset, count: HoCount, range: YearRange) -> Vec<CompareYear> {
    range
        .years()
        .map(|year| CompareYear {
            year,
            unhcr: unhcr_cell(ds, year, Measure::Applications),
            homeoffice: homeoffice_group(ds, count, year).map(|g| g.applications),
        })
        .collect()
}

/// The years of `rows` whose figures relate as `agreement`.
pub fn years_where(rows: &[CompareYear], agreement: Agreement) -> Vec<u16> {
    rows.iter()
        .filter(|r| r.agreement() == agreement)
        .map(|r| r.year)
        .collect()
}

/// Years in which the two sources give exactly the same number (UNHCR exact, not masked).
pub fn equal_years(rows: &[CompareYear]) -> Vec<u16> {
    years_where(rows, Agreement::Equal)
}

/// Which years each source covers in a comparison, and the longest run both cover.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// Years UNHCR has no application figure for.
    pub unhcr_missing: Vec<u16>,
    /// Years the Home Office has no row for.
    pub homeoffice_missing: Vec<u16>,
    /// The longest run of consecutive years both cover; `None` when there is none.
    pub both: Option<YearRange>,
}

impl Coverage {
    /// Whether both sources cover every year of the comparison.
    pub fn complete(&self) -> bool {
        self.unhcr_missing.is_empty() && self.homeoffice_missing.is_empty()
    }
}

/// The coverage of a comparison's rows.
pub fn coverage(rows: &[CompareYear]) -> Coverage {
    let missing = |f: fn(&CompareYear) -> bool| -> Vec<u16> {
        rows.iter().filter(|r| !f(r)).map(|r| r.year).collect()
    };
    let mut best: Option<YearRange> = None;
    let mut run: Option<YearRange> = None;
    for r in rows {
        if r.unhcr.is_some() && r.homeoffice.is_some() {
            run = Some(run.map_or(YearRange::new(r.year, r.year), |x| {
                YearRange::new(x.from(), r.year)
            }));
            if best.is_none_or(|b| run.is_some_and(|x| x.len() > b.len())) {
                best = run;
            }
        } else {
            run = None;
        }
    }
    Coverage {
        unhcr_missing: missing(|r| r.unhcr.is_some()),
        homeoffice_missing: missing(|r| r.homeoffice.is_some()),
        both: best,
    }
}

/// One measure's totals from both sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareTotal {
    /// What is compared.
    pub measure: Measure,
    /// UNHCR's total.
    pub unhcr: Tally,
    /// The Home Office's total in the chosen count.
    pub homeoffice: Tally,
}

/// Totals of the measures both sources have, over the range. UNHCR's complementary protection
/// and the Home Office's other leave are both counted with "granted" here, so that the rows
/// compare like with like as far as the two classifications allow.
pub fn totals(ds: &Dataset, count: HoCount, range: YearRange, lang: Lang) -> Vec<CompareTotal> {
    let u = headlines(ds, Source::Unhcr, count, range, lang);
    let h = headlines(ds, Source::HomeOffice, count, range, lang);
    let get = |list: &[Headline], m: Measure| {
        list.iter()
            .find(|x| x.measure == m)
            .map(|x| x.value.clone())
            .unwrap_or_default()
    };
    let row = |measure: Measure, unhcr: Tally| CompareTotal {
        measure,
        unhcr,
        homeoffice: get(&h, measure),
    };
    vec![
        row(Measure::Applications, get(&u, Measure::Applications)),
        row(
            Measure::Granted,
            get(&u, Measure::Granted).plus(&get(&u, Measure::Complementary)),
        ),
        row(Measure::Refused, get(&u, Measure::Refused)),
        row(Measure::Closed, get(&u, Measure::Closed)),
    ]
}

/// Sum of UNHCR minus Home Office over the years where both have a figure.
pub fn total_difference(rows: &[CompareYear]) -> (i64, i64) {
    rows.iter()
        .filter_map(CompareYear::difference)
        .fold((0, 0), |(lo, hi), (l, h)| (lo + l, hi + h))
}

/// A signed range as text: "+426", "−3", "0", "−3 to +1".
pub fn signed(range: (i64, i64)) -> String {
    let one = |n: i64| match n {
        0 => "0".to_string(),
        n if n > 0 => format!("+{}", thousands(n as u64)),
        n => format!("−{}", thousands(n.unsigned_abs())),
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

    fn row(year: u16, unhcr: Option<Count>, homeoffice: Option<u32>) -> CompareYear {
        CompareYear {
            year,
            unhcr,
            homeoffice,
        }
    }

    #[test]
    fn differences_are_signed_and_ranged() {
        assert_eq!(
            row(2000, Some(Count::Exact(41)), Some(38)).difference(),
            Some((3, 3))
        );
        assert_eq!(
            row(2000, Some(Count::from_unhcr(5)), Some(4)).difference(),
            Some((-3, 1))
        );
        assert_eq!(row(2000, None, Some(4)).difference(), None);
        assert_eq!(signed((426, 426)), "+426");
        assert_eq!(signed((-1003, -1003)), "−1,003");
        assert_eq!(signed((-3, 1)), "−3 to +1");
        assert_eq!(signed((0, 0)), "0");
    }

    #[test]
    fn a_figure_inside_the_masked_range_agrees_within_rounding() {
        let masked = Some(Count::from_unhcr(5));
        assert_eq!(
            row(2019, masked, Some(5)).agreement(),
            Agreement::WithinRounding
        );
        assert_eq!(row(2019, masked, Some(7)).agreement(), Agreement::Differ);
        assert_eq!(row(2019, masked, Some(0)).agreement(), Agreement::Differ);
        assert_eq!(
            row(2019, Some(Count::Exact(5)), Some(5)).agreement(),
            Agreement::Equal
        );
        assert_eq!(row(2024, None, Some(2)).agreement(), Agreement::NotCompared);
    }

    #[test]
    fn coverage_finds_the_longest_run_both_cover() {
        let e = |n| Some(Count::Exact(n));
        let rows = [
            row(2016, e(1), Some(1)),
            row(2017, e(1), Some(1)),
            row(2018, None, Some(1)),
            row(2019, e(1), None),
        ];
        let c = coverage(&rows);
        assert_eq!(c.unhcr_missing, [2018]);
        assert_eq!(c.homeoffice_missing, [2019]);
        assert_eq!(c.both, Some(YearRange::new(2016, 2017)));
        assert!(!c.complete());
    }
}
