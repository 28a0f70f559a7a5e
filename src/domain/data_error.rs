//! Why a dataset file was refused ([`DataError`]): each message names what is wrong and where,
//! so that the reader (and the newsroom developer behind them) knows what to fix. `Display`
//! is English, for logs and tests; [`DataError::message`] says it in the reader's language.

use super::i18n::{text, Lang};

/// Why a dataset file was refused. Each message names what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DataError {
    /// Not JSON, truncated, or not the expected shape; the message names where.
    #[error("the data file is not valid: {0}")]
    Malformed(String),
    /// Larger than [`MAX_BYTES`](super::dataset::MAX_BYTES): refused before parsing.
    #[error("the data file is {bytes} bytes, more than the {limit} this page accepts")]
    TooLarge {
        /// Size of the file.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Nested deeper than [`MAX_DEPTH`](super::dataset::MAX_DEPTH): refused before parsing.
    #[error("the data file nests more than {limit} levels deep, which no dataset does")]
    TooDeep {
        /// The limit.
        limit: usize,
    },
    /// A file written for another version of the app (often a stale cached copy).
    #[error("the data file has format version {found}, but this page reads version {expected}")]
    SchemaVersion {
        /// Version in the file.
        found: u32,
        /// Version this build reads.
        expected: u32,
    },
    /// A source has no years at all.
    #[error("the data file has no {source_name} figures")]
    Empty {
        /// `unhcr` or `homeoffice`.
        source_name: &'static str,
    },
    /// Years must be strictly increasing and plausible.
    #[error("{source_name} year {year} is out of order, repeated or implausible")]
    BadYear {
        /// `unhcr` or `homeoffice`.
        source_name: &'static str,
        /// The offending year.
        year: u16,
    },
    /// A masked UNHCR cell whose range is not 1–5.
    #[error("UNHCR {year} {field}: a masked cell must be published as 5 with a range of 1–5")]
    BadMaskedCell {
        /// Calendar year.
        year: u16,
        /// JSON field name.
        field: &'static str,
    },
    /// The published total does not equal the sum of its components.
    #[error("UNHCR {year} decisions: the components add up to {sum}, but the total says {total}")]
    TotalMismatch {
        /// Calendar year.
        year: u16,
        /// Sum of the published components.
        sum: u32,
        /// Published total.
        total: u32,
    },
    /// A source link (it becomes an `href` on the page) that is not an `https://` address:
    /// `javascript:`, `data:`, plain `http:` or no address at all.
    #[error("{field}: a source link must be an https:// address")]
    InsecureLink {
        /// Where in the file, e.g. `sources.unhcr.url`.
        field: &'static str,
    },
    /// A Home Office year must cover 1 to 4 quarters.
    #[error("Home Office {year}: quarters must be between 1 and 4, not {quarters}")]
    BadQuarters {
        /// Calendar year.
        year: u16,
        /// The value found.
        quarters: u8,
    },
}

impl DataError {
    /// The message in the reader's language (the catalogue's); in English it equals `Display`.
    /// What comes from the file or the parser (a field name, serde's detail) is quoted as it is.
    pub fn message(&self, lang: Lang) -> String {
        let text = text(lang);
        match self {
            DataError::Malformed(detail) => text.malformed(detail),
            DataError::TooLarge { bytes, limit } => text.too_large(*bytes, *limit),
            DataError::TooDeep { limit } => text.too_deep(*limit),
            DataError::SchemaVersion { found, expected } => text.schema_version(*found, *expected),
            DataError::Empty { source_name } => text.no_figures(source_name),
            DataError::BadYear { source_name, year } => text.bad_year(source_name, *year),
            DataError::BadMaskedCell { year, field } => text.bad_masked_cell(*year, field),
            DataError::TotalMismatch { year, sum, total } => {
                text.total_mismatch(*year, *sum, *total)
            }
            DataError::InsecureLink { field } => text.insecure_link(field),
            DataError::BadQuarters { year, quarters } => text.bad_quarters(*year, *quarters),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::check;

    /// One of each variant, with the Latin text each quotes from the file or the parser.
    fn every_error() -> Vec<(DataError, &'static [&'static str])> {
        vec![
            (
                DataError::Malformed("expected value at line 1 column 2".into()),
                &["expected", "value", "at", "line", "column"],
            ),
            (
                DataError::TooLarge {
                    bytes: 2_000_001,
                    limit: 2_000_000,
                },
                &[],
            ),
            (DataError::TooDeep { limit: 64 }, &[]),
            (
                DataError::SchemaVersion {
                    found: 0,
                    expected: 1,
                },
                &[],
            ),
            (
                DataError::Empty {
                    source_name: "unhcr",
                },
                &[],
            ),
            (
                DataError::BadYear {
                    source_name: "homeoffice",
                    year: 2001,
                },
                &[],
            ),
            (
                DataError::BadMaskedCell {
                    year: 2004,
                    field: "recognized",
                },
                &["recognized"],
            ),
            (
                DataError::TotalMismatch {
                    year: 2008,
                    sum: 77,
                    total: 1,
                },
                &[],
            ),
            (
                DataError::InsecureLink {
                    field: "sources.unhcr.url",
                },
                &["sources", "url"],
            ),
            (
                DataError::BadQuarters {
                    year: 2024,
                    quarters: 5,
                },
                &[],
            ),
        ]
    }

    #[test]
    fn english_messages_are_the_display_ones() {
        for (error, _) in every_error() {
            assert_eq!(error.message(Lang::En), error.to_string());
        }
    }

    #[test]
    fn every_error_is_said_in_korean_with_the_same_numbers() {
        for (error, quoted) in every_error() {
            let ko = error.message(Lang::Ko);
            check::korean(&ko, &error.to_string(), quoted);
            assert!(ko.ends_with("니다") || ko.contains("니다:"), "{ko}");
        }
        let ko = |e: DataError| e.message(Lang::Ko);
        assert_eq!(
            ko(DataError::SchemaVersion {
                found: 0,
                expected: 1
            }),
            "데이터 파일 형식 버전은 0인데 이 페이지는 1 버전을 읽습니다"
        );
        assert_eq!(
            ko(DataError::Empty {
                source_name: "unhcr"
            }),
            "데이터 파일에 유엔난민기구 수치가 없습니다"
        );
        assert!(ko(DataError::BadYear {
            source_name: "homeoffice",
            year: 2001
        })
        .starts_with("영국 내무부 자료의 2001년이 "));
    }
}
