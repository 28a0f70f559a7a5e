//! A source's description in an edition: as published in English; in Korean, the published
//! name, publisher, edition and licence each followed by its Korean gloss (issue 13: "the
//! sources' own names and licences appear as published, with a Korean gloss"), and our unit and
//! caveats in Korean. The Korean text is data, beside the English in `data/sources.json`.

use super::Lang;
use crate::domain::dataset::SourceMeta;

/// One source as the "Sources" section shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceText {
    /// Its heading.
    pub heading: String,
    /// The series' name as published (the link's text).
    pub name: String,
    /// "publisher. edition. Licence: licence." after the link, glossed in Korean.
    pub details: String,
    /// Whom it counts.
    pub unit: String,
    /// Its caveats.
    pub notes: Vec<String>,
}

/// `meta` in the edition `lang`; a Korean edition of a file without Korean glosses shows the
/// English.
pub fn source_text(meta: &SourceMeta, lang: Lang) -> SourceText {
    let english = || SourceText {
        heading: meta.short_name.clone(),
        name: meta.name.clone(),
        details: format!(
            ", {}. {}. Licence: {}.",
            meta.publisher, meta.edition, meta.licence
        ),
        unit: meta.unit.clone(),
        notes: meta.notes.clone(),
    };
    match (lang, &meta.ko) {
        (Lang::Ko, Some(ko)) => SourceText {
            heading: ko.short_name.clone(),
            name: meta.name.clone(),
            details: format!(
                " ({}), {}({}). {}({}). 라이선스: {}({}).",
                ko.name,
                meta.publisher,
                ko.publisher,
                meta.edition,
                ko.edition,
                meta.licence,
                ko.licence
            ),
            unit: ko.unit.clone(),
            notes: ko.notes.clone(),
        },
        _ => english(),
    }
}
