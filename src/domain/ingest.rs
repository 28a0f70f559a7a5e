//! Builds the dataset from the source CSVs in `data/raw/` (rows copied unchanged from UNHCR and
//! the Home Office). Run natively by `cargo run --example build_dataset`; a test checks the
//! committed JSON equals what this produces, so the file cannot drift from its sources.
//!
//! The only arithmetic here is summing Home Office quarters into calendar years and detailed
//! rows into one count per outcome; UNHCR rows are taken one per year as published.

use super::count::Count;
use super::dataset::{
    ApplicantGroup, Dataset, HomeOfficeYear, SourceMeta, Sources, UnhcrDecisions, UnhcrYear,
    SCHEMA_VERSION,
};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Where the generated file lives, relative to the repository root.
pub const OUTPUT_PATH: &str = "public/data/nk-asylum.json";

/// The input files, relative to the `data/` folder.
pub const INPUT_FILES: [&str; 6] = [
    "sources.json",
    "raw/unhcr_asylum_applications_PRK_to_GBR.csv",
    "raw/unhcr_asylum_decisions_PRK_to_GBR.csv",
    "raw/unhcr_population_PRK_in_GBR.csv",
    "raw/homeoffice_asy_d01_applications_north_korea.csv",
    "raw/homeoffice_asy_d02_initial_decisions_north_korea.csv",
];

/// Reads the inputs from a `data/` folder and returns the dataset as pretty JSON text
/// (native builds only: it reads files).
pub fn generate_from_dir(dir: &std::path::Path) -> Result<String, IngestError> {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .map_err(|e| IngestError::Meta(format!("{name}: {e}")))
    };
    let texts = INPUT_FILES.map(read);
    let [meta, ua, ud, up, ha, hd] = texts;
    let inputs = RawInputs {
        sources_json: &meta?,
        unhcr_applications: &ua?,
        unhcr_decisions: &ud?,
        unhcr_population: &up?,
        ho_applications: &ha?,
        ho_decisions: &hd?,
    };
    let dataset = build(&inputs)?;
    let mut json =
        serde_json::to_string_pretty(&dataset).map_err(|e| IngestError::Meta(e.to_string()))?;
    json.push('\n');
    Ok(json)
}

/// The texts of every input file.
pub struct RawInputs<'a> {
    /// `data/sources.json`: descriptions of the two sources (text, no figures).
    pub sources_json: &'a str,
    /// UNHCR `asylum_applications` rows for PRK→GBR.
    pub unhcr_applications: &'a str,
    /// UNHCR `asylum_decisions` rows for PRK→GBR.
    pub unhcr_decisions: &'a str,
    /// UNHCR `population` rows for PRK in GBR.
    pub unhcr_population: &'a str,
    /// Home Office Asy_D01 rows for North Korea.
    pub ho_applications: &'a str,
    /// Home Office Asy_D02 rows for North Korea.
    pub ho_decisions: &'a str,
}

/// Why the source files could not be turned into a dataset.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// A CSV problem, with the file's role and 1-based line number.
    #[error("{file} line {line}: {message}")]
    Csv {
        /// Which input.
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// `sources.json` does not parse.
    #[error("sources.json: {0}")]
    Meta(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaFile {
    title: String,
    unhcr: SourceMeta,
    homeoffice: SourceMeta,
}

/// Builds and validates the dataset from the raw inputs.
pub fn build(inputs: &RawInputs) -> Result<Dataset, IngestError> {
    let meta: MetaFile =
        serde_json::from_str(inputs.sources_json).map_err(|e| IngestError::Meta(e.to_string()))?;
    let last_quarter = match &meta.homeoffice.last_quarter {
        Some(q) => Some(parse_quarter(q).ok_or_else(|| {
            IngestError::Meta(format!("homeoffice.last_quarter {q:?} is not \"YYYY Qn\""))
        })?),
        None => None,
    };
    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        title: meta.title,
        unhcr: unhcr_years(inputs)?,
        homeoffice: homeoffice_years(inputs, last_quarter)?,
        sources: Sources {
            unhcr: meta.unhcr,
            homeoffice: meta.homeoffice,
        },
    };
    dataset
        .validate()
        .map_err(|e| IngestError::Meta(format!("generated dataset is invalid: {e}")))?;
    Ok(dataset)
}

fn parse_quarter(text: &str) -> Option<(u16, u8)> {
    let (year, q) = text.split_once(" Q")?;
    let q: u8 = q.parse().ok()?;
    (1..=4).contains(&q).then_some((year.parse().ok()?, q))
}

/// A parsed CSV: header names and rows, with their line numbers for error messages.
struct Table {
    file: &'static str,
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    fn parse(file: &'static str, text: &str) -> Result<Table, IngestError> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty());
        let header = match lines.next() {
            Some((_, h)) => split_csv_line(h).map_err(|m| csv_err(file, 1, m))?,
            None => return Err(csv_err(file, 1, "empty file".into())),
        };
        let mut rows = Vec::new();
        for (i, line) in lines {
            let fields = split_csv_line(line).map_err(|m| csv_err(file, i + 1, m))?;
            if fields.len() != header.len() {
                let msg = format!("{} fields, header has {}", fields.len(), header.len());
                return Err(csv_err(file, i + 1, msg));
            }
            rows.push((i + 1, fields));
        }
        Ok(Table { file, header, rows })
    }

    fn col(&self, name: &str) -> Result<usize, IngestError> {
        self.header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| csv_err(self.file, 1, format!("no column {name:?}")))
    }

    /// Iterates rows as a lookup by column name.
    fn records(&self) -> impl Iterator<Item = Record<'_>> {
        self.rows.iter().map(move |(line, fields)| Record {
            table: self,
            line: *line,
            fields,
        })
    }
}

struct Record<'a> {
    table: &'a Table,
    line: usize,
    fields: &'a [String],
}

impl Record<'_> {
    fn get(&self, column: &str) -> Result<&str, IngestError> {
        Ok(self.fields[self.table.col(column)?].as_str())
    }

    fn number<T: std::str::FromStr>(&self, column: &str) -> Result<T, IngestError> {
        let raw = self.get(column)?;
        raw.trim()
            .parse()
            .map_err(|_| self.err(format!("{column} = {raw:?} is not a count")))
    }

    fn err(&self, message: String) -> IngestError {
        csv_err(self.table.file, self.line, message)
    }
}

fn csv_err(file: &'static str, line: usize, message: String) -> IngestError {
    IngestError::Csv {
        file,
        line,
        message,
    }
}

/// Splits one CSV line (RFC 4180 quoting, no embedded newlines).
fn split_csv_line(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.trim_end_matches('\r').chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err("unterminated quoted field".into());
    }
    fields.push(field);
    Ok(fields)
}

/// UNHCR: one first-instance, persons row per year and table; every year from the first to
/// the last with any row gets an entry, with `None` where a table has no row.
fn unhcr_years(inputs: &RawInputs) -> Result<Vec<UnhcrYear>, IngestError> {
    let mut years: BTreeMap<u16, UnhcrYear> = BTreeMap::new();
    fn entry(years: &mut BTreeMap<u16, UnhcrYear>, year: u16) -> &mut UnhcrYear {
        years.entry(year).or_insert_with(|| UnhcrYear {
            year,
            applied: None,
            decisions: None,
            refugees_end_year: None,
            asylum_seekers_end_year: None,
        })
    }

    let apps = Table::parse("unhcr_asylum_applications", inputs.unhcr_applications)?;
    for r in apps.records() {
        check_pair(&r, "coo_iso", "PRK", "coa_iso", "GBR")?;
        // First instance, persons. Appeal (AR) rows count cases; repeat (RA) rows are separate.
        if r.get("dec_level")? != "FI" || r.get("app_pc")? != "P" {
            continue;
        }
        let y = entry(&mut years, r.number("year")?);
        if y.applied.is_some() {
            return Err(r.err("a second first-instance application row for this year".into()));
        }
        y.applied = Some(Count::from_unhcr(r.number("applied")?));
    }

    let decs = Table::parse("unhcr_asylum_decisions", inputs.unhcr_decisions)?;
    for r in decs.records() {
        check_pair(&r, "coo_iso", "PRK", "coa_iso", "GBR")?;
        if r.get("dec_level")? != "FI" || r.get("dec_pc")? != "P" {
            continue;
        }
        let decisions = UnhcrDecisions {
            recognized: Count::from_unhcr(r.number("dec_recognized")?),
            complementary: Count::from_unhcr(r.number("dec_other")?),
            rejected: Count::from_unhcr(r.number("dec_rejected")?),
            otherwise_closed: Count::from_unhcr(r.number("dec_closed")?),
            total: r.number("dec_total")?,
        };
        let y = entry(&mut years, r.number("year")?);
        if y.decisions.replace(decisions).is_some() {
            return Err(r.err("a second first-instance decision row for this year".into()));
        }
    }

    let pop = Table::parse("unhcr_population", inputs.unhcr_population)?;
    for r in pop.records() {
        check_pair(&r, "coo_iso", "PRK", "coa_iso", "GBR")?;
        let y = entry(&mut years, r.number("year")?);
        if y.refugees_end_year.is_some() {
            return Err(r.err("a second population row for this year".into()));
        }
        y.refugees_end_year = Some(Count::from_unhcr(r.number("refugees")?));
        y.asylum_seekers_end_year = Some(Count::from_unhcr(r.number("asylum_seekers")?));
    }

    // Fill the gaps between the first and last year so that "no row" is explicit.
    if let (Some(&first), Some(&last)) = (years.keys().next(), years.keys().next_back()) {
        for year in first..=last {
            entry(&mut years, year);
        }
    }
    Ok(years.into_values().collect())
}

fn check_pair(r: &Record, c1: &str, v1: &str, c2: &str, v2: &str) -> Result<(), IngestError> {
    if r.get(c1)? != v1 || r.get(c2)? != v2 {
        return Err(r.err(format!("expected {c1}={v1} and {c2}={v2}")));
    }
    Ok(())
}

/// Home Office: quarterly rows summed to calendar years, per applicant type.
fn homeoffice_years(
    inputs: &RawInputs,
    last_quarter: Option<(u16, u8)>,
) -> Result<Vec<HomeOfficeYear>, IngestError> {
    let mut years: BTreeMap<u16, [ApplicantGroup; 2]> = BTreeMap::new();

    let apps = Table::parse("homeoffice_asy_d01", inputs.ho_applications)?;
    for r in apps.records() {
        check_nationality(&r)?;
        let slot = applicant_slot(&r)?;
        let n: u32 = r.number("Applications")?;
        years.entry(r.number("Year")?).or_default()[slot].applications += n;
    }

    let decs = Table::parse("homeoffice_asy_d02", inputs.ho_decisions)?;
    for r in decs.records() {
        check_nationality(&r)?;
        if r.get("Case type")? != "Asylum Case" {
            return Err(r.err(format!("unexpected case type {:?}", r.get("Case type")?)));
        }
        let slot = applicant_slot(&r)?;
        let n: u32 = r.number("Decisions")?;
        let d = &mut years.entry(r.number("Year")?).or_default()[slot].decisions;
        let group = r.get("Case outcome group")?;
        let field = match (group, r.get("Case outcome")?) {
            ("Grant of Protection", "Refugee Permission") => &mut d.refugee_permission,
            ("Grant of Protection", "Humanitarian Protection") => &mut d.humanitarian_protection,
            ("Grant of Other Leave", "Discretionary Leave") => &mut d.discretionary_leave,
            ("Grant of Other Leave", "Exceptional Leave to Remain") => {
                &mut d.exceptional_leave_to_remain
            }
            ("Grant of Other Leave", "UASC Leave") => &mut d.uasc_leave,
            ("Grant of Other Leave", "Other Grants") => &mut d.other_grants,
            ("Refused", "Other Refusals") => &mut d.other_refusals,
            ("Refused", "Certified Refusal") => &mut d.certified_refusal,
            ("Refused", "Non-Compliance Refusal") => &mut d.non_compliance_refusal,
            ("Refused", "3rd Country Refusal") => &mut d.third_country_refusal,
            ("Withdrawn", _) => &mut d.withdrawn,
            ("Administrative Outcome", "Admin - Void") => &mut d.admin_void,
            (g, o) => return Err(r.err(format!("unknown outcome {g:?} / {o:?}"))),
        };
        *field += n;
    }

    let (Some(&first), Some(&last)) = (years.keys().next(), years.keys().next_back()) else {
        return Ok(Vec::new());
    };
    Ok((first..=last)
        .map(|year| {
            // Combinations absent from the Home Office file are true zeros (it publishes small
            // counts unrounded), so a year with no rows at all is a year of zeros.
            let [main_applicants, dependants] = years.get(&year).copied().unwrap_or_default();
            let quarters = match last_quarter {
                Some((y, q)) if y == year => q,
                _ => 4,
            };
            HomeOfficeYear {
                year,
                quarters,
                main_applicants,
                dependants,
            }
        })
        .collect())
}

fn check_nationality(r: &Record) -> Result<(), IngestError> {
    match r.get("Nationality")? {
        "North Korea" | "Korea (North)" => Ok(()),
        other => Err(r.err(format!("unexpected nationality {other:?}"))),
    }
}

fn applicant_slot(r: &Record) -> Result<usize, IngestError> {
    match r.get("Applicant type")? {
        "Main applicant" => Ok(0),
        "Dependant" => Ok(1),
        other => Err(r.err(format!("unknown applicant type {other:?}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_lines_split_with_quotes() {
        assert_eq!(split_csv_line("a,b,,c").unwrap(), ["a", "b", "", "c"]);
        assert_eq!(
            split_csv_line(r#"1,"x, y","say ""hi""""#).unwrap(),
            ["1", "x, y", r#"say "hi""#]
        );
        assert!(split_csv_line(r#"1,"open"#).is_err());
    }

    #[test]
    fn quarters_parse() {
        assert_eq!(parse_quarter("2024 Q3"), Some((2024, 3)));
        assert_eq!(parse_quarter("2024 Q5"), None);
        assert_eq!(parse_quarter("2024"), None);
    }

    #[test]
    fn an_unknown_outcome_is_an_error_not_a_silent_drop() {
        let header =
            "Year,Nationality,Case type,Case outcome group,Case outcome,Applicant type,Decisions";
        let csv = format!(
            "{header}\n2010,North Korea,Asylum Case,Granted,Something New,Main applicant,3\n"
        );
        let inputs = RawInputs {
            sources_json: "",
            unhcr_applications: "",
            unhcr_decisions: "",
            unhcr_population: "",
            ho_applications: "Year,Nationality,Applicant type,Applications\n",
            ho_decisions: &csv,
        };
        let err = homeoffice_years(&inputs, None).unwrap_err().to_string();
        assert!(
            err.contains("line 2") && err.contains("Something New"),
            "{err}"
        );
    }
}
