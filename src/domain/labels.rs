//! Every label a measure, a source's unit or a series carries, in one table keyed by source,
//! measure and count. Figures, cards, tables, CSV headers, legends and tooltips all read it, so
//! a term is written once.

use super::figures::Measure;
use super::i18n::{text, Lang};
use super::scope::{HoCount, Source};

/// What one measure is called in one source's own terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MeasureLabel {
    /// On a headline card and in the compare totals.
    pub name: &'static str,
    /// On a chart series, a table column and a CSV header.
    pub series: &'static str,
    /// What the headline total includes (the Home Office's granted detail is computed instead).
    pub detail: &'static str,
    /// One word for the embed's strip of figures (screen readers hear `name`).
    pub short: &'static str,
}

/// A label whose short form is its name (the catalogues' tables are written with it).
pub(crate) const fn label(
    name: &'static str,
    series: &'static str,
    detail: &'static str,
) -> MeasureLabel {
    MeasureLabel {
        name,
        series,
        detail,
        short: name,
    }
}

/// The same label with its own short form.
pub(crate) const fn short(l: MeasureLabel, short: &'static str) -> MeasureLabel {
    MeasureLabel { short, ..l }
}

/// The label table, in the edition's language.
pub fn measure(source: Source, measure: Measure, count: HoCount, lang: Lang) -> MeasureLabel {
    text(lang).measure(source, measure, count)
}

/// Whom a source's figures count, in words.
pub fn unit(source: Source, count: HoCount, lang: Lang) -> &'static str {
    text(lang).unit(source, count)
}

/// The same, in one word or two, for an axis or a toggle.
pub fn short_unit(source: Source, count: HoCount, lang: Lang) -> &'static str {
    text(lang).short_unit(source, count)
}

/// A source's series when both are compared, e.g. "Home Office (main applicants)".
pub fn compare_series(source: Source, count: HoCount, lang: Lang) -> &'static str {
    text(lang).compare_series(source, count)
}

/// The difference series of the compare view: "UNHCR minus Home Office".
pub fn difference(lang: Lang) -> &'static str {
    text(lang).difference()
}

/// What a cell with no source row says, everywhere: "no data", never a zero.
pub fn no_data(lang: Lang) -> &'static str {
    text(lang).no_data()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_label() {
        for lang in Lang::ALL {
            for source in Source::ALL {
                for count in HoCount::ALL {
                    for m in Measure::ALL {
                        let l = measure(source, m, count, lang);
                        assert!(
                            !l.name.is_empty() && !l.series.is_empty(),
                            "{source:?} {m:?}"
                        );
                    }
                }
            }
        }
        assert_eq!(
            measure(
                Source::HomeOffice,
                Measure::Applications,
                HoCount::Persons,
                Lang::En
            )
            .detail,
            "persons (main applicants and dependants)"
        );
        assert_eq!(
            measure(Source::Unhcr, Measure::Refused, HoCount::Persons, Lang::Ko).name,
            "불인정"
        );
        assert_eq!(difference(Lang::Ko), "유엔난민기구 − 영국 내무부");
        assert_eq!(no_data(Lang::Ko), "자료 없음");
    }
}
