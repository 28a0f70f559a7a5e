//! The inferred crosswalk between the Home Office's outcomes and UNHCR's categories. Neither
//! organisation publishes it: it is read off the figures (data/SOURCES.md), so every use says it
//! is inferred and shows how often it holds, year by year.

use super::dataset::{Dataset, HoDecisions};
use super::figures::{homeoffice_group, unhcr_cell, HoCount, Measure, YearRange};
use super::i18n::WhyText;

/// The Home Office figure (all people) that corresponds to one UNHCR category under the
/// inferred mapping: recognised ↔ refugee permission; complementary ↔ humanitarian protection
/// and other leave; rejected ↔ refusals on the substance; otherwise closed ↔ non-compliance and
/// third-country refusals and withdrawals.
pub fn mapped_homeoffice(d: &HoDecisions, measure: Measure) -> Option<u32> {
    Some(match measure {
        Measure::Applications => return None,
        Measure::Granted => d.refugee_permission,
        Measure::Complementary => d.humanitarian_protection + d.grant_of_other_leave(),
        Measure::Refused => d.other_refusals + d.certified_refusal,
        Measure::Closed => d.non_compliance_refusal + d.third_country_refusal + d.withdrawn,
    })
}

/// How often the inferred mapping holds for one category: in how many of the years with a
/// figure from both sources the mapped Home Office value lies inside UNHCR's published range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MappingAgreement {
    /// Years where the mapped value lies inside UNHCR's range.
    pub inside: usize,
    /// Years with figures from both.
    pub compared: usize,
}

impl MappingAgreement {
    /// "6 of 12 years", or "no year" when nothing could be compared, in the catalogue's
    /// language.
    pub(crate) fn text(&self, t: &dyn WhyText) -> String {
        t.in_years(self.inside, self.compared)
    }
}

/// The agreement of the mapping for `measure` over `range`.
pub fn mapping_agreement(ds: &Dataset, range: YearRange, measure: Measure) -> MappingAgreement {
    let mut a = MappingAgreement {
        inside: 0,
        compared: 0,
    };
    for year in range.years() {
        let Some(u) = unhcr_cell(ds, year, measure) else {
            continue;
        };
        let Some(h) = homeoffice_group(ds, HoCount::Persons, year)
            .and_then(|g| mapped_homeoffice(&g.decisions, measure))
        else {
            continue;
        };
        let b = u.bounds();
        a.compared += 1;
        a.inside += usize::from((b.low..=b.high).contains(&u64::from(h)));
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::{text, Lang};

    #[test]
    fn how_often_the_mapping_holds_in_both_languages() {
        let a = |inside, compared| MappingAgreement { inside, compared };
        let (en, ko) = (text(Lang::En), text(Lang::Ko));
        assert_eq!(a(6, 12).text(en), "6 of 12 years");
        assert_eq!(a(6, 12).text(ko), "12년 중 6년");
        assert_eq!(a(0, 1).text(en), "0 of 1 year");
        assert_eq!(a(0, 1).text(ko), "1년 중 0년");
        assert_eq!(a(0, 0).text(en), "no year with figures from both");
        assert_eq!(a(0, 0).text(ko), "두 출처 모두 수치가 있는 해 없음");
    }
}
