//! What a figure is about: whose count ([`Source`]), whom the Home Office counts ([`HoCount`]),
//! and over which calendar years ([`YearRange`]). Labels for these live in `labels`.

use super::dataset::ApplicantGroup;

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
    /// Both counts, in switch order.
    pub const ALL: [HoCount; 2] = [HoCount::MainApplicants, HoCount::Persons];

    /// The id used in URLs.
    pub fn id(self) -> &'static str {
        match self {
            HoCount::MainApplicants => "main",
            HoCount::Persons => "persons",
        }
    }

    /// Parses a URL id.
    pub fn from_id(id: &str) -> Option<HoCount> {
        HoCount::ALL.into_iter().find(|c| c.id() == id)
    }

    /// The Home Office figures of one year in this count: main applicants alone, or main
    /// applicants and dependants together. The one place that makes the choice.
    pub fn pick(self, main: &ApplicantGroup, dependants: &ApplicantGroup) -> ApplicantGroup {
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

    /// The years both `self` and `other` include; `None` when they do not overlap.
    pub fn intersect(self, other: YearRange) -> Option<YearRange> {
        let (from, to) = (self.from.max(other.from), self.to.min(other.to));
        (from <= to).then_some(YearRange { from, to })
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
        assert_eq!(
            YearRange::new(2016, 2025).intersect(YearRange::new(2001, 2024)),
            Some(YearRange::new(2016, 2024))
        );
        assert_eq!(
            YearRange::new(2001, 2002).intersect(YearRange::new(2003, 2025)),
            None
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
