//! A total over years that knows which years it covers ([`Tally`]), and how the page prints it
//! ([`Shown`]): the one place that decides "no data", a range and its `*`.

use super::count::{Bounds, Count};
use super::i18n::Lang;
use super::labels;

/// A total over years: its possible range, how many masked cells it includes, and which years
/// it covers and lacks (a year with no source row is not in the total at all; it is not a 0).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Range of the true total.
    pub bounds: Bounds,
    /// The total of the values as published.
    pub published: u64,
    /// Masked cells (published 5, true 1–5) inside the total.
    pub masked_cells: u32,
    /// Years in the range with a source figure, in order.
    pub covered: Vec<u16>,
    /// Years in the range with no source row, in order.
    pub missing_years: Vec<u16>,
}

/// A total as the page prints it. [`Tally::shown`] is the one place that decides "no data", a
/// range and its `*`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// "1,328", "537–553" or "no data".
    pub text: String,
    /// Whether the total includes cells UNHCR published as 5 (shown with a `*`).
    pub masked: bool,
}

impl Tally {
    /// Adds one year's cell (or its absence).
    pub fn add(&mut self, year: u16, cell: Option<Count>) {
        match cell {
            Some(c) => {
                self.bounds += c.bounds();
                self.published += u64::from(c.published());
                self.masked_cells += u32::from(c.is_masked());
                self.covered.push(year);
            }
            None => self.missing_years.push(year),
        }
    }

    /// A total over the cells of `years`, `None` where the source has no figure.
    pub fn over(cells: impl IntoIterator<Item = (u16, Option<Count>)>) -> Tally {
        let mut t = Tally::default();
        for (year, cell) in cells {
            t.add(year, cell);
        }
        t
    }

    /// Whether any year of the range has a figure.
    pub fn has_data(&self) -> bool {
        !self.covered.is_empty()
    }

    /// Whether the true total is a range because of masking.
    pub fn is_range(&self) -> bool {
        self.masked_cells > 0
    }

    /// The total as printed, in English.
    pub fn shown(&self) -> Shown {
        self.shown_in(Lang::En)
    }

    /// The total as printed in an edition ("no data" in its language).
    pub fn shown_in(&self, lang: Lang) -> Shown {
        if self.has_data() {
            Shown {
                text: super::format::bounds(self.bounds),
                masked: self.is_range(),
            }
        } else {
            Shown {
                text: labels::no_data(lang).to_string(),
                masked: false,
            }
        }
    }

    /// Two totals of the same years added (e.g. recognised + complementary).
    pub fn plus(&self, other: &Tally) -> Tally {
        let mut covered = self.covered.clone();
        covered.retain(|y| other.covered.contains(y));
        let mut missing: Vec<u16> = self
            .missing_years
            .iter()
            .chain(&other.missing_years)
            .copied()
            .collect();
        missing.sort_unstable();
        missing.dedup();
        Tally {
            bounds: self.bounds + other.bounds,
            published: self.published + other.published,
            masked_cells: self.masked_cells + other.masked_cells,
            covered,
            missing_years: missing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_year_is_not_a_zero() {
        let t = Tally::over([(2020, Some(Count::Exact(3))), (2021, None)]);
        assert_eq!(
            (t.covered.clone(), t.missing_years.clone()),
            (vec![2020], vec![2021])
        );
        assert_eq!(t.shown().text, "3");
        let none = Tally::over([(2021, None), (2022, None)]);
        assert!(!none.has_data());
        assert_eq!(none.shown().text, "no data");
        let masked = Tally::over([(2019, Some(Count::from_unhcr(5)))]);
        assert_eq!(
            masked.shown(),
            Shown {
                text: "1–5".into(),
                masked: true
            }
        );
    }
}
