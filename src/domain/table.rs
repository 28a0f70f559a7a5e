//! The figures of each view as a table: shown as an HTML `<table>` and downloaded as CSV, so
//! the two can never disagree.

use super::compare::{signed, CompareYear};
use super::count::{Bounds, Count};
use super::dataset::Dataset;
use super::figures::{YearRange, Yearly};
use super::format;
use super::params::{View, ViewState};
use super::reconcile::Reason;

/// One cell, typed so that the page and the CSV can each format it their way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// A label or year.
    Text(String),
    /// A published count; `None` when the source has no row.
    Count(Option<Count>),
    /// A difference, possibly a range because of masking; `None` when not computable.
    Signed(Option<(i64, i64)>),
}

impl Cell {
    /// For the page: "1,328", "1–5", "no data", "+3".
    pub fn display(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Count(c) => format::cell(*c),
            Cell::Signed(Some(r)) => signed(*r),
            Cell::Signed(None) => "–".to_string(),
        }
    }

    /// For a CSV: plain digits, "1-5" for a masked cell, empty for no data.
    pub fn csv(&self) -> String {
        let range = |lo: i64, hi: i64| {
            if lo == hi {
                lo.to_string()
            } else {
                format!("{lo} to {hi}")
            }
        };
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Count(None) | Cell::Signed(None) => String::new(),
            Cell::Count(Some(c)) => {
                let Bounds { low, high } = c.bounds();
                if low == high {
                    low.to_string()
                } else {
                    format!("{low}-{high}")
                }
            }
            Cell::Signed(Some((lo, hi))) => range(*lo, *hi),
        }
    }
}

/// A table with a caption and column headers; the first column labels each row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// What the table shows, with source, unit and years.
    pub caption: String,
    /// Column headers.
    pub columns: Vec<String>,
    /// Rows of cells, one per column.
    pub rows: Vec<Vec<Cell>>,
}

/// Applications and decisions per year for one source.
pub fn yearly_table(y: &Yearly, source_name: &str) -> Table {
    let mut columns = vec!["Year".to_string(), "Applications".to_string()];
    columns.extend(y.outcomes.iter().map(|o| o.label.to_string()));
    let rows = y
        .years
        .iter()
        .enumerate()
        .map(|(i, year)| {
            let mut row = vec![Cell::Text(year.to_string()), Cell::Count(y.applications[i])];
            row.extend(y.outcomes.iter().map(|o| Cell::Count(o.values[i])));
            row
        })
        .collect();
    let span = match (y.years.first(), y.years.last()) {
        (Some(a), Some(b)) => format::year_span(*a, *b),
        _ => String::new(),
    };
    Table {
        caption: format!(
            "{source_name}: asylum applications and decisions per year, {}, {span}",
            y.unit
        ),
        columns,
        rows,
    }
}

/// Applications per year from both sources and their difference.
pub fn compare_table(rows: &[CompareYear], ho_unit: &str) -> Table {
    let first = rows.first().map(|r| r.year).unwrap_or_default();
    let last = rows.last().map(|r| r.year).unwrap_or_default();
    Table {
        caption: format!(
            "Asylum applications per year: UNHCR (persons) and Home Office ({ho_unit}), {}",
            format::year_span(first, last)
        ),
        columns: vec![
            "Year".into(),
            "UNHCR, persons".into(),
            format!("Home Office, {ho_unit}"),
            "Difference (UNHCR minus Home Office)".into(),
        ],
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    Cell::Text(r.year.to_string()),
                    Cell::Count(r.unhcr),
                    Cell::Count(r.homeoffice.map(Count::Exact)),
                    Cell::Signed(r.difference()),
                ]
            })
            .collect(),
    }
}

/// The numbers behind each reason the sources differ.
pub fn reasons_table(reasons: &[Reason], span: &str) -> Table {
    Table {
        caption: format!("Why UNHCR and the Home Office differ: the figures, {span}"),
        columns: vec!["Reason".into(), "Figure".into(), "Value".into()],
        rows: reasons
            .iter()
            .flat_map(|r| {
                r.figures.iter().map(|(what, value)| {
                    vec![
                        Cell::Text(r.title.into()),
                        Cell::Text(what.clone()),
                        Cell::Text(value.clone()),
                    ]
                })
            })
            .collect(),
    }
}

/// The table as CSV (RFC 4180, CRLF line ends), preceded by `#` lines naming the table, the
/// sources and their licences, so a downloaded file carries its provenance.
pub fn to_csv(table: &Table, provenance: &[String]) -> String {
    let mut out = String::new();
    for line in std::iter::once(&table.caption).chain(provenance) {
        out.push_str("# ");
        out.push_str(&line.replace(['\r', '\n'], " "));
        out.push_str("\r\n");
    }
    let mut line = |cells: Vec<String>| {
        out.push_str(&cells.iter().map(|c| quote(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    line(table.columns.clone());
    for row in &table.rows {
        line(row.iter().map(Cell::csv).collect());
    }
    out
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n'])
        || field.starts_with(['=', '+', '-', '@']) && field.parse::<f64>().is_err()
    {
        // Quoted; a leading formula character is also neutralised for spreadsheet safety.
        let safe = if field.starts_with(['=', '+', '@']) {
            format!("'{field}")
        } else {
            field.to_string()
        };
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// The `#` lines a CSV starts with: each source's publisher, edition, licence and link.
pub fn provenance(ds: &Dataset) -> Vec<String> {
    [&ds.sources.unhcr, &ds.sources.homeoffice]
        .iter()
        .map(|m| format!("Source: {}, {}. {}. Licence: {}. {}", m.publisher, m.name, m.edition, m.licence, m.url))
        .chain(std::iter::once(
            "Values written 1-5 were published by UNHCR as 5, which stands for any number from 1 to 5; empty cells mean the source has no figure (not zero)."
                .to_string(),
        ))
        .chain(std::iter::once(
            "Where Home Office outcomes are matched to UNHCR's categories, the matching is inferred from the figures: neither organisation publishes it."
                .to_string(),
        ))
        .collect()
}

/// One line naming both sources and their licences, for the foot of a downloaded image.
pub fn credit(ds: &Dataset) -> String {
    let (u, h) = (&ds.sources.unhcr, &ds.sources.homeoffice);
    format!(
        "Sources: {}, {} ({}); {}, {} ({})",
        u.publisher, u.edition, u.licence, h.publisher, h.edition, h.licence
    )
}

/// A file name for the current view's download, e.g. `nk-asylum-homeoffice-chart-2003-2015`.
pub fn file_stem(state: &ViewState, range: YearRange) -> String {
    let source = match state.view {
        View::Compare | View::Why => "both",
        _ => state.source.id(),
    };
    format!(
        "nk-asylum-{source}-{}-{}-{}",
        state.view.id(),
        range.from(),
        range.to()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_format_for_page_and_csv() {
        let masked = Cell::Count(Some(Count::from_unhcr(5)));
        assert_eq!(
            (masked.display(), masked.csv()),
            ("1–5".into(), "1-5".into())
        );
        let big = Cell::Count(Some(Count::Exact(1328)));
        assert_eq!((big.display(), big.csv()), ("1,328".into(), "1328".into()));
        assert_eq!(Cell::Count(None).csv(), "");
        assert_eq!(Cell::Signed(Some((-3, 1))).csv(), "-3 to 1");
    }

    #[test]
    fn csv_quotes_and_carries_provenance() {
        let t = Table {
            caption: "Caption".into(),
            columns: vec!["A".into(), "B, with comma".into()],
            rows: vec![vec![
                Cell::Text("say \"hi\"".into()),
                Cell::Text("=1+1".into()),
            ]],
        };
        let csv = to_csv(&t, &["Source: X (CC BY 4.0)".into()]);
        assert_eq!(
            csv,
            "# Caption\r\n# Source: X (CC BY 4.0)\r\nA,\"B, with comma\"\r\n\"say \"\"hi\"\"\",\"'=1+1\"\r\n"
        );
    }
}
