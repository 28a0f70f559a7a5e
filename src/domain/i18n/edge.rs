//! Messages at the page's edges: notices about the address (`notices`), why a data file was
//! refused (`DataError`) or could not be downloaded (`LoadError`), the loading and error
//! states (`ui::status`), the embed code's frame title (`embed`) and the no-JavaScript
//! figures' own words (`fallback`). Status and error messages are sentences in 합니다체.

use crate::domain::figures::YearRange;
use crate::domain::notices::Fallback;

/// What the page says at its edges, in one language. Values that come from outside (a parser's
/// detail, the server's reason phrase, a JSON field name) are quoted as they are, untranslated.
pub(crate) trait EdgeText {
    /// Notice: a value of one of our URL keys was not accepted; says what the address asked
    /// for, what is shown instead and the accepted values (never the address's own text).
    fn bad_value(&self, setting: Fallback) -> String;
    /// Notice, when the bad values are too many for a line each: the keys (URL ids) whose
    /// values were ignored.
    fn bad_values(&self, keys: &[&str]) -> String;
    /// Notice: `n` settings in the address are not ours and were ignored (counted, not named).
    fn unknown_settings(&self, n: usize) -> String;
    /// Notice: the years in the address were the wrong way round; `range` is what is shown.
    fn reversed_years(&self, range: YearRange) -> String;

    /// Data error: not JSON, truncated or the wrong shape; `detail` is the parser's, untranslated.
    fn malformed(&self, detail: &str) -> String;
    /// Data error: the file is larger than the page accepts, both in bytes.
    fn too_large(&self, bytes: usize, limit: usize) -> String;
    /// Data error: the file nests deeper than `limit` levels.
    fn too_deep(&self, limit: usize) -> String;
    /// Data error: the file's format version is not the one this page reads.
    fn schema_version(&self, found: u32, expected: u32) -> String;
    /// Data error: a source (its id, `unhcr` or `homeoffice`) has no years at all.
    fn no_figures(&self, source: &str) -> String;
    /// Data error: a source's year is out of order, repeated or implausible.
    fn bad_year(&self, source: &str, year: u16) -> String;
    /// Data error: a masked UNHCR cell (JSON `field` of `year`) is not published as 5 with 1–5.
    fn bad_masked_cell(&self, year: u16, field: &str) -> String;
    /// Data error: a year's UNHCR decisions add up to `sum`, but the published total is `total`.
    fn total_mismatch(&self, year: u16, sum: u32, total: u32) -> String;
    /// Data error: the source link at `field` (e.g. `sources.unhcr.url`) is not https.
    fn insecure_link(&self, field: &str) -> String;
    /// Data error: a Home Office year's number of quarters is not 1 to 4.
    fn bad_quarters(&self, year: u16, quarters: u8) -> String;

    /// Load error: the download took longer than `seconds`; the way forward.
    fn timeout(&self, seconds: u32) -> String;
    /// Load error: no response at all; `detail` is the browser's, untranslated; the way forward.
    fn network(&self, detail: &str) -> String;
    /// Load error: the server answered an error status (its reason phrase `text`, untranslated).
    fn http_status(&self, status: u16, text: &str) -> String;
    /// Load error: the file arrived but was refused; `reason` is a data error's message.
    fn bad_data(&self, reason: &str) -> String;

    /// Status while the dataset downloads.
    fn loading(&self) -> &'static str;
    /// Heading of the error panel when the figures could not be loaded.
    fn error_heading(&self) -> &'static str;
    /// The error panel's button that loads the figures again.
    fn try_again(&self) -> &'static str;
    /// Heading of the message that replaces the app after a crash.
    fn crash_heading(&self) -> &'static str;
    /// What happened after a crash, and the way forward.
    fn crash_text(&self) -> &'static str;
    /// The link that reloads the page after a crash.
    fn reload(&self) -> &'static str;

    /// The `title` of the embed code's iframe: the story's name.
    fn embed_title(&self) -> &'static str;
    /// No-JavaScript figures: their heading, "The figures, 2003–2015".
    fn fallback_heading(&self, range: YearRange) -> String;
    /// No-JavaScript figures: the caption of the totals table.
    fn fallback_totals_caption(&self, range: YearRange) -> String;
    /// No-JavaScript figures: the totals table's first column header (what each row measures).
    fn fallback_measure(&self) -> &'static str;
    /// No-JavaScript figures: the caption of the applications-per-year table.
    fn fallback_yearly_caption(&self, range: YearRange) -> String;
    /// No-JavaScript figures: the yearly table's first column header.
    fn fallback_year(&self) -> &'static str;
    /// No-JavaScript figures: the heading of the list of sources.
    fn fallback_sources(&self) -> &'static str;
    /// No-JavaScript figures: a source's licence, as the end of its entry in the list.
    fn fallback_licence(&self, licence: &str) -> String;
    /// Above the no-JavaScript figures, in this edition's language: this edition needs
    /// JavaScript, and the figures below are the English edition's (a page without JavaScript
    /// cannot read `lang=`).
    fn no_script_edition(&self) -> &'static str;
}

/// What every Korean edge message is checked for, against its English one.
#[cfg(test)]
pub(crate) mod check {
    /// Latin words a Korean edge message may hold: the URL syntax it quotes (`source=unhcr`,
    /// `lang=ko`…) and the scheme it names (`https://`).
    pub(crate) const URL_WORDS: [&str; 23] = [
        "source",
        "unhcr",
        "homeoffice",
        "view",
        "chart",
        "compare",
        "why",
        "table",
        "from",
        "to",
        "count",
        "main",
        "persons",
        "theme",
        "auto",
        "light",
        "dark",
        "embed",
        "title",
        "lang",
        "en",
        "ko",
        "https",
    ];

    /// The runs of digits in `text`, sorted: the numbers a message carries.
    pub(crate) fn numbers(text: &str) -> Vec<String> {
        let mut runs: Vec<String> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|r| !r.is_empty())
            .map(str::to_string)
            .collect();
        runs.sort();
        runs
    }

    /// `ko` is Korean (it has Hangul; its Latin words are [`URL_WORDS`] or `quoted`, text it
    /// quotes from outside) and carries exactly the numbers of `en`.
    pub(crate) fn korean(ko: &str, en: &str, quoted: &[&str]) {
        assert!(
            ko.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
            "no Hangul in {ko:?}"
        );
        for word in ko
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
        {
            assert!(
                URL_WORDS.contains(&word) || quoted.contains(&word),
                "English word {word:?} in {ko:?}"
            );
        }
        assert_eq!(numbers(ko), numbers(en), "{ko:?} and {en:?}");
    }
}
