//! The page's edges in English: URL notices, data and load errors, status, embed title.

use super::super::common::Common;
use super::super::edge::EdgeText;
use super::super::page::PageText;
use super::super::En;
use crate::domain::figures::{HoCount, Source, YearRange};
use crate::domain::notices::Fallback;

impl EdgeText for En {
    fn bad_value(&self, setting: Fallback) -> String {
        let (what, shown, accepted) = match setting {
            Fallback::Source(source) => (
                "a source",
                match source {
                    Source::Unhcr => "UNHCR".to_string(),
                    Source::HomeOffice => "the Home Office".to_string(),
                },
                "source=unhcr or source=homeoffice",
            ),
            Fallback::View(view) => (
                "a view",
                self.view_name(view).to_string(),
                "view=chart, compare, why or table",
            ),
            Fallback::From(year) => (
                "a first year",
                format!("from {year}"),
                "from= and a four-digit year, such as from=2003",
            ),
            Fallback::To(year) => (
                "a last year",
                format!("to {year}"),
                "to= and a four-digit year, such as to=2015",
            ),
            Fallback::Count(count) => (
                "a count",
                match count {
                    HoCount::MainApplicants => "main applicants".to_string(),
                    HoCount::Persons => "all people".to_string(),
                },
                "count=main or count=persons",
            ),
            Fallback::Theme(theme) => (
                "a colour scheme",
                theme.id().to_string(),
                "theme=auto, light or dark",
            ),
            Fallback::Embed(embed) => (
                "a layout",
                if embed {
                    "the embed layout"
                } else {
                    "the full page"
                }
                .to_string(),
                "embed=1 or embed=0",
            ),
            Fallback::Title(title) => (
                "a headline setting",
                if title { "the headline" } else { "no headline" }.to_string(),
                "title=1 or title=0",
            ),
            Fallback::Lang(lang) => ("a language", lang.name().to_string(), "lang=en or lang=ko"),
        };
        format!("The address asked for {what} that this page does not have; showing {shown}. Accepted: {accepted}.")
    }
    fn bad_values(&self, keys: &[&str]) -> String {
        format!(
            "The values given for {} in the address were not accepted and were ignored.",
            crate::domain::format::and_list(keys)
        )
    }
    fn unknown_settings(&self, n: usize) -> String {
        match n {
            1 => "1 setting in the address was not recognised and was ignored.".into(),
            n => format!("{n} settings in the address were not recognised and were ignored."),
        }
    }
    fn reversed_years(&self, range: YearRange) -> String {
        format!(
            "The years in the address were the wrong way round; showing {}–{}.",
            range.from(),
            range.to()
        )
    }

    fn malformed(&self, detail: &str) -> String {
        format!("the data file is not valid: {detail}")
    }
    fn too_large(&self, bytes: usize, limit: usize) -> String {
        format!("the data file is {bytes} bytes, more than the {limit} this page accepts")
    }
    fn too_deep(&self, limit: usize) -> String {
        format!("the data file nests more than {limit} levels deep, which no dataset does")
    }
    fn schema_version(&self, found: u32, expected: u32) -> String {
        format!("the data file has format version {found}, but this page reads version {expected}")
    }
    fn no_figures(&self, source: &str) -> String {
        format!("the data file has no {source} figures")
    }
    fn bad_year(&self, source: &str, year: u16) -> String {
        format!("{source} year {year} is out of order, repeated or implausible")
    }
    fn bad_masked_cell(&self, year: u16, field: &str) -> String {
        format!("UNHCR {year} {field}: a masked cell must be published as 5 with a range of 1–5")
    }
    fn total_mismatch(&self, year: u16, sum: u32, total: u32) -> String {
        format!(
            "UNHCR {year} decisions: the components add up to {sum}, but the total says {total}"
        )
    }
    fn insecure_link(&self, field: &str) -> String {
        format!("{field}: a source link must be an https:// address")
    }
    fn bad_quarters(&self, year: u16, quarters: u8) -> String {
        format!("Home Office {year}: quarters must be between 1 and 4, not {quarters}")
    }

    fn timeout(&self, seconds: u32) -> String {
        format!("The figures took too long to download ({seconds} seconds). Check your connection and try again.")
    }
    fn network(&self, detail: &str) -> String {
        format!(
            "The figures could not be downloaded ({detail}). Check your connection and try again."
        )
    }
    fn http_status(&self, status: u16, text: &str) -> String {
        format!("The data file could not be loaded: the server answered {status} {text}.")
    }
    fn bad_data(&self, reason: &str) -> String {
        format!("The data file is damaged or out of date, so no figures are shown: {reason}.")
    }

    fn loading(&self) -> &'static str {
        "Loading the figures…"
    }
    fn error_heading(&self) -> &'static str {
        "The figures could not be shown"
    }
    fn try_again(&self) -> &'static str {
        "Try again"
    }
    fn crash_heading(&self) -> &'static str {
        "Something went wrong"
    }
    fn crash_text(&self) -> &'static str {
        "The interactive stopped because of an error in this page. Reloading usually helps."
    }
    fn reload(&self) -> &'static str {
        "Reload the page"
    }

    fn embed_title(&self) -> &'static str {
        "North Korean asylum in the UK: two sources, two counts"
    }
    fn fallback_heading(&self, range: YearRange) -> String {
        format!("The figures, {}", self.year_span(range.from(), range.to()))
    }
    fn fallback_totals_caption(&self, range: YearRange) -> String {
        format!(
            "North Koreans seeking asylum in the UK, {}: totals by source",
            self.year_span(range.from(), range.to())
        )
    }
    fn fallback_measure(&self) -> &'static str {
        "Measure"
    }
    fn fallback_yearly_caption(&self, range: YearRange) -> String {
        format!(
            "Asylum applications per year, {}",
            self.year_span(range.from(), range.to())
        )
    }
    fn fallback_year(&self) -> &'static str {
        "Year"
    }
    fn fallback_sources(&self) -> &'static str {
        "Sources"
    }
    fn fallback_licence(&self, licence: &str) -> String {
        format!("Licence: {licence}.")
    }
    fn no_script_edition(&self) -> &'static str {
        "This edition needs JavaScript and WebAssembly; below are the figures of the English edition."
    }
}
