//! The bundled dataset's format: the serde types are its one definition, with a schema version.
//!
//! `public/data/nk-asylum.json` is generated from the source CSVs by `cargo run --example
//! build_dataset` (see [`crate::domain::ingest`]); [`Dataset::from_json`] parses and validates
//! it in the browser, and nothing from a file that fails validation is ever shown.

use super::count::{Count, UNHCR_MASKED_VALUE};
pub use super::data_error::DataError;
use serde::{Deserialize, Serialize};

/// Bump when the JSON shape changes; an old cached file is then refused by its version.
pub const SCHEMA_VERSION: u32 = 1;

/// A dataset file larger than this is refused unread (the real one is about 35 KB).
pub const MAX_BYTES: usize = 1024 * 1024;

/// The real file nests 6 levels deep; anything past this is refused unparsed.
pub const MAX_DEPTH: usize = 16;

/// Years outside this span are taken as a corrupt file, not as data.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<u16> = 1990..=2100;

/// Everything the app shows, per calendar year and per source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// What the data describes, in one line.
    pub title: String,
    /// Who publishes each source and what it counts.
    pub sources: Sources,
    /// UNHCR first-instance figures, one entry per year from the first to the last year with any
    /// row; a year or field with no source row is `None`, never 0.
    pub unhcr: Vec<UnhcrYear>,
    /// Home Office figures, one entry per year; a combination absent from the source is a true 0.
    pub homeoffice: Vec<HomeOfficeYear>,
}

/// Descriptions of both sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    /// UNHCR Refugee Population Statistics Database.
    pub unhcr: SourceMeta,
    /// UK Home Office immigration system statistics.
    pub homeoffice: SourceMeta,
}

/// Provenance of one source: text only, no figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceMeta {
    /// Short name shown in the toggle, e.g. "UNHCR".
    pub short_name: String,
    /// Full name of the statistical series.
    pub name: String,
    /// The organisation that publishes it.
    pub publisher: String,
    /// The edition or release the figures come from.
    pub edition: String,
    /// Where a reader can find it.
    pub url: String,
    /// Licence of the data.
    pub licence: String,
    /// What one unit of count is (persons, main applicants, cases).
    pub unit: String,
    /// The last quarter the edition covers, as "YYYY Qn", when the source is quarterly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_quarter: Option<String>,
    /// Caveats a reader needs.
    pub notes: Vec<String>,
    /// The CSV files in `data/raw/` the figures were generated from.
    pub files: Vec<String>,
    /// The same description for the Korean edition: Korean glosses of the published name,
    /// publisher, edition and licence (which are shown as published), and our unit and notes in
    /// Korean. `None` in a file written before the Korean edition: it then shows the English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ko: Option<SourceGloss>,
}

/// A source's description in Korean (`SourceMeta::ko`); `docs/glossary-ko.md` §1 gives why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceGloss {
    /// The source's name on screen, with its own in brackets: "유엔난민기구(UNHCR)".
    pub short_name: String,
    /// A gloss of the series' published name.
    pub name: String,
    /// A gloss of the publisher.
    pub publisher: String,
    /// A gloss of the edition.
    pub edition: String,
    /// A gloss of the licence's name.
    pub licence: String,
    /// What one unit of count is.
    pub unit: String,
    /// The caveats, in the order of `SourceMeta::notes`.
    pub notes: Vec<String>,
}

/// One calendar year of UNHCR figures for North Koreans in the UK, first instance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnhcrYear {
    /// Calendar year.
    pub year: u16,
    /// Asylum applications lodged (persons, including dependants); `None`: no source row.
    #[serde(default)]
    pub applied: Option<Count>,
    /// First-instance decisions (persons); `None`: no source row.
    #[serde(default)]
    pub decisions: Option<UnhcrDecisions>,
    /// Refugees from North Korea living in the UK at year end (a stock, not a flow).
    #[serde(default)]
    pub refugees_end_year: Option<Count>,
    /// Asylum seekers with a pending case at year end (a stock).
    #[serde(default)]
    pub asylum_seekers_end_year: Option<Count>,
}

/// UNHCR first-instance decisions in one year, persons.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnhcrDecisions {
    /// Recognised as refugees (Convention status).
    pub recognized: Count,
    /// Complementary protection (UK Humanitarian Protection, Discretionary Leave, ...).
    pub complementary: Count,
    /// Rejected on substance.
    pub rejected: Count,
    /// Otherwise closed: withdrawals, abandonment, non-compliance, third-country cases.
    pub otherwise_closed: Count,
    /// Total decisions as published; equals the sum of the published components.
    pub total: u32,
}

impl UnhcrDecisions {
    /// The four components in publication order, with their JSON names.
    pub fn components(&self) -> [(&'static str, Count); 4] {
        [
            ("recognized", self.recognized),
            ("complementary", self.complementary),
            ("rejected", self.rejected),
            ("otherwise_closed", self.otherwise_closed),
        ]
    }
}

/// One calendar year of Home Office figures for North Korean nationals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeOfficeYear {
    /// Calendar year.
    pub year: u16,
    /// Quarters of the year the edition covers (4 for a complete year).
    pub quarters: u8,
    /// Main applicants: the person who lodges the claim.
    pub main_applicants: ApplicantGroup,
    /// Dependants: family members included in a main applicant's claim.
    pub dependants: ApplicantGroup,
}

/// Applications and initial decisions for one applicant type in one year (persons).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicantGroup {
    /// Asylum claims lodged in the year (Asy_D01).
    pub applications: u32,
    /// Initial decisions made in the year, by calendar year of decision (Asy_D02).
    pub decisions: HoDecisions,
}

/// Initial decisions by detailed outcome, as the Home Office names them (Asy_D02).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HoDecisions {
    /// Grant of Protection: Refugee Permission (asylum).
    pub refugee_permission: u32,
    /// Grant of Protection: Humanitarian Protection.
    pub humanitarian_protection: u32,
    /// Grant of Other Leave: Discretionary Leave.
    pub discretionary_leave: u32,
    /// Grant of Other Leave: Exceptional Leave to Remain (pre-2003).
    pub exceptional_leave_to_remain: u32,
    /// Grant of Other Leave: UASC Leave.
    pub uasc_leave: u32,
    /// Grant of Other Leave: Other Grants.
    pub other_grants: u32,
    /// Refused: Other Refusals.
    pub other_refusals: u32,
    /// Refused: Certified Refusal.
    pub certified_refusal: u32,
    /// Refused: Non-Compliance Refusal (UNHCR counts these as "otherwise closed").
    pub non_compliance_refusal: u32,
    /// Refused: 3rd Country Refusal (UNHCR counts these as "otherwise closed").
    pub third_country_refusal: u32,
    /// Withdrawn: explicit, implicit, other, and the pre-2010 total.
    pub withdrawn: u32,
    /// Administrative Outcome: Admin – Void.
    pub admin_void: u32,
}

impl HoDecisions {
    /// Outcome group "Grant of Protection".
    pub fn grant_of_protection(&self) -> u32 {
        self.refugee_permission + self.humanitarian_protection
    }
    /// Outcome group "Grant of Other Leave".
    pub fn grant_of_other_leave(&self) -> u32 {
        self.discretionary_leave
            + self.exceptional_leave_to_remain
            + self.uasc_leave
            + self.other_grants
    }
    /// Outcome group "Refused", all four kinds.
    pub fn refused(&self) -> u32 {
        self.other_refusals
            + self.certified_refusal
            + self.non_compliance_refusal
            + self.third_country_refusal
    }
    /// Every initial decision of the year.
    pub fn total(&self) -> u32 {
        self.grant_of_protection()
            + self.grant_of_other_leave()
            + self.refused()
            + self.withdrawn
            + self.admin_void
    }
}

impl std::ops::Add for HoDecisions {
    type Output = HoDecisions;
    fn add(self, o: HoDecisions) -> HoDecisions {
        HoDecisions {
            refugee_permission: self.refugee_permission + o.refugee_permission,
            humanitarian_protection: self.humanitarian_protection + o.humanitarian_protection,
            discretionary_leave: self.discretionary_leave + o.discretionary_leave,
            exceptional_leave_to_remain: self.exceptional_leave_to_remain
                + o.exceptional_leave_to_remain,
            uasc_leave: self.uasc_leave + o.uasc_leave,
            other_grants: self.other_grants + o.other_grants,
            other_refusals: self.other_refusals + o.other_refusals,
            certified_refusal: self.certified_refusal + o.certified_refusal,
            non_compliance_refusal: self.non_compliance_refusal + o.non_compliance_refusal,
            third_country_refusal: self.third_country_refusal + o.third_country_refusal,
            withdrawn: self.withdrawn + o.withdrawn,
            admin_void: self.admin_void + o.admin_void,
        }
    }
}

impl std::ops::Add for ApplicantGroup {
    type Output = ApplicantGroup;
    fn add(self, o: ApplicantGroup) -> ApplicantGroup {
        ApplicantGroup {
            applications: self.applications + o.applications,
            decisions: self.decisions + o.decisions,
        }
    }
}

#[derive(Deserialize)]
struct VersionProbe {
    schema_version: Option<u32>,
}

impl Dataset {
    /// Parses and validates the JSON text of a dataset file.
    pub fn from_json(text: &str) -> Result<Dataset, DataError> {
        if text.len() > MAX_BYTES {
            return Err(DataError::TooLarge {
                bytes: text.len(),
                limit: MAX_BYTES,
            });
        }
        if nesting_exceeds(text, MAX_DEPTH) {
            return Err(DataError::TooDeep { limit: MAX_DEPTH });
        }
        // Check the version first, so that an old file gets a version message rather than a
        // confusing complaint about a missing field.
        let probe: VersionProbe =
            serde_json::from_str(text).map_err(|e| DataError::Malformed(e.to_string()))?;
        match probe.schema_version {
            Some(SCHEMA_VERSION) => {}
            Some(found) => {
                return Err(DataError::SchemaVersion {
                    found,
                    expected: SCHEMA_VERSION,
                })
            }
            None => {
                return Err(DataError::Malformed(
                    "missing field `schema_version`".into(),
                ))
            }
        }
        // serde_path_to_error names the field that failed, e.g. `homeoffice[3].year`.
        let mut de = serde_json::Deserializer::from_str(text);
        let dataset: Dataset = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            DataError::Malformed(if path == "." {
                e.into_inner().to_string()
            } else {
                format!("{path}: {}", e.into_inner())
            })
        })?;
        de.end().map_err(|e| DataError::Malformed(e.to_string()))?;
        dataset.validate()?;
        Ok(dataset)
    }

    /// Checks the invariants serde cannot express.
    pub fn validate(&self) -> Result<(), DataError> {
        for (field, meta) in [
            ("sources.unhcr.url", &self.sources.unhcr),
            ("sources.homeoffice.url", &self.sources.homeoffice),
        ] {
            if !is_https_link(&meta.url) {
                return Err(DataError::InsecureLink { field });
            }
        }
        check_years("unhcr", self.unhcr.iter().map(|y| y.year))?;
        check_years("homeoffice", self.homeoffice.iter().map(|y| y.year))?;
        for y in &self.unhcr {
            let cells = [
                ("applied", y.applied),
                ("refugees_end_year", y.refugees_end_year),
                ("asylum_seekers_end_year", y.asylum_seekers_end_year),
            ];
            let decision_cells = y.decisions.iter().flat_map(|d| d.components());
            for (field, cell) in cells
                .into_iter()
                .filter_map(|(f, c)| c.map(|c| (f, c)))
                .chain(decision_cells)
            {
                if let Count::Masked(m) = cell {
                    if m.published != UNHCR_MASKED_VALUE
                        || m.low != 1
                        || m.high != UNHCR_MASKED_VALUE
                    {
                        return Err(DataError::BadMaskedCell {
                            year: y.year,
                            field,
                        });
                    }
                }
            }
            if let Some(d) = &y.decisions {
                let sum = d
                    .components()
                    .iter()
                    .map(|(_, c)| c.published())
                    .sum::<u32>();
                if sum != d.total {
                    return Err(DataError::TotalMismatch {
                        year: y.year,
                        sum,
                        total: d.total,
                    });
                }
            }
        }
        for y in &self.homeoffice {
            if !(1..=4).contains(&y.quarters) {
                return Err(DataError::BadQuarters {
                    year: y.year,
                    quarters: y.quarters,
                });
            }
        }
        Ok(())
    }

    /// The UNHCR entry for a year, if the file has one.
    pub fn unhcr_year(&self, year: u16) -> Option<&UnhcrYear> {
        self.unhcr.iter().find(|y| y.year == year)
    }

    /// The Home Office entry for a year, if the file has one.
    pub fn homeoffice_year(&self, year: u16) -> Option<&HomeOfficeYear> {
        self.homeoffice.iter().find(|y| y.year == year)
    }

    /// First and last year covered by either source (inclusive).
    pub fn year_span(&self) -> (u16, u16) {
        let years = || {
            self.unhcr
                .iter()
                .map(|y| y.year)
                .chain(self.homeoffice.iter().map(|y| y.year))
        };
        // validate() guarantees both lists are non-empty
        (years().min().unwrap_or(0), years().max().unwrap_or(0))
    }
}

/// Whether `url` is an `https://` address with a host: the scheme in lower case, as every real
/// link is written, and no whitespace or control character anywhere.
fn is_https_link(url: &str) -> bool {
    url.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Whether brackets outside strings nest deeper than `limit` (a linear scan, no recursion).
fn nesting_exceeds(text: &str, limit: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in text.bytes() {
        match (in_string, escaped, b) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (true, false, b'"') => in_string = false,
            (true, false, _) => {}
            (false, _, b'"') => in_string = true,
            (false, _, b'[' | b'{') => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            (false, _, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

fn check_years(
    source_name: &'static str,
    years: impl Iterator<Item = u16>,
) -> Result<(), DataError> {
    let mut previous: Option<u16> = None;
    let mut any = false;
    for year in years {
        any = true;
        if !PLAUSIBLE_YEARS.contains(&year) || previous.is_some_and(|p| year <= p) {
            return Err(DataError::BadYear { source_name, year });
        }
        previous = Some(year);
    }
    if any {
        Ok(())
    } else {
        Err(DataError::Empty { source_name })
    }
}
