//! The figures of each view as a table: shown as an HTML `<table>` and downloaded as CSV, so
//! the two can never disagree.

use super::compare::{signed, CompareYear};
use super::count::{Bounds, Count};
use super::dataset::Dataset;
use super::figures::{YearRange, Yearly};
use super::format;
use super::i18n::{text, Lang};
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
    /// For the page: "1,328", "1–5", "no data" (in the edition's language), "+3".
    pub fn display(&self, lang: Lang) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Count(c) => format::cell(*c, lang),
            Cell::Signed(Some(r)) => signed(*r),
            Cell::Signed(None) => text(lang).no_difference().to_string(),
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
    /// The edition it is written for (its cells say "no data" in its language).
    pub lang: Lang,
}

/// Applications and decisions per year for one source.
pub fn yearly_table(y: &Yearly, source_name: &str, lang: Lang) -> Table {
    let t = text(lang);
    let mut columns = vec![
        t.year_column().to_string(),
        t.count_column(t.applications()),
    ];
    columns.extend(y.outcomes.iter().map(|o| t.count_column(o.label)));
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
        (Some(a), Some(b)) => t.year_span(*a, *b),
        _ => String::new(),
    };
    Table {
        caption: t.yearly_caption(source_name, y.unit, &span),
        columns,
        rows,
        lang,
    }
}

/// Applications per year from both sources and their difference.
pub fn compare_table(rows: &[CompareYear], ho_unit: &str, lang: Lang) -> Table {
    let t = text(lang);
    let first = rows.first().map(|r| r.year).unwrap_or_default();
    let last = rows.last().map(|r| r.year).unwrap_or_default();
    Table {
        caption: t.compare_caption(ho_unit, &t.year_span(first, last)),
        columns: vec![
            t.year_column().into(),
            t.compare_unhcr_column(),
            t.compare_ho_column(ho_unit),
            t.compare_difference_column(),
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
        lang,
    }
}

/// The numbers behind each reason the sources differ.
pub fn reasons_table(reasons: &[Reason], span: &str, lang: Lang) -> Table {
    let t = text(lang);
    Table {
        caption: t.reasons_caption(span),
        columns: t.reasons_columns().map(String::from).to_vec(),
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
        lang,
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

/// The `#` lines a CSV starts with: each source's publisher, edition, licence and link, what a
/// `1-5` and an empty cell mean, and that the matching of outcomes is inferred.
///
/// The English CSV is exactly these lines, its header row and its rows. The Korean CSV's
/// caption, provenance lines and header row are Korean (count columns carry "(명)"), with the
/// published names and licences as published and a Korean gloss; its column order and cell
/// formats are the English one's, and it carries one more line, `# columns: Year,Applications,…`,
/// listing the English CSV's header cells (`english_columns`) in the same order, quoted as the
/// header row quotes them, so that a script can map the columns of either edition.
pub fn provenance(ds: &Dataset, english_columns: &[String], lang: Lang) -> Vec<String> {
    let t = text(lang);
    let mut lines = vec![
        t.provenance_unhcr(&ds.sources.unhcr),
        t.provenance_homeoffice(&ds.sources.homeoffice),
        t.provenance_masked().to_string(),
        t.provenance_inferred().to_string(),
    ];
    if let Some(label) = t.csv_columns_label() {
        let header: Vec<String> = english_columns.iter().map(|c| quote(c)).collect();
        lines.push(format!("{label}: {}", header.join(",")));
    }
    lines
}

/// One line naming both sources and their licences, for the foot of a downloaded image.
pub fn credit(ds: &Dataset, lang: Lang) -> String {
    text(lang).credit(&ds.sources.unhcr, &ds.sources.homeoffice)
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
            (masked.display(Lang::En), masked.csv()),
            ("1–5".into(), "1-5".into())
        );
        let big = Cell::Count(Some(Count::Exact(1328)));
        assert_eq!(
            (big.display(Lang::Ko), big.csv()),
            ("1,328".into(), "1328".into())
        );
        assert_eq!(Cell::Count(None).display(Lang::Ko), "자료 없음");
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
            lang: Lang::En,
        };
        let csv = to_csv(&t, &["Source: X (CC BY 4.0)".into()]);
        assert_eq!(
            csv,
            "# Caption\r\n# Source: X (CC BY 4.0)\r\nA,\"B, with comma\"\r\n\"say \"\"hi\"\"\",\"'=1+1\"\r\n"
        );
    }
}
