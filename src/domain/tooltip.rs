//! What the charts' tooltips say, per series and year, formatted in Rust (thousands separators,
//! "1–5" for a masked cell, "no data") and escaped; `ui::echart` hands it to ECharts as the
//! tooltip formatter, and reads it aloud through a live region for keyboard users.

use super::compare::CompareYear;
use super::count::Count;
use super::figures::{Measure, Yearly};

/// What the tooltip says for each series at each category, formatted by us (thousands
/// separators, "1–5" for a masked cell, "no data") rather than by ECharts from raw values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TooltipTable {
    /// Category labels (years), by data index.
    pub categories: Vec<String>,
    /// One entry per series, matched by the series id.
    pub series: Vec<TooltipSeries>,
}

/// One series' tooltip texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooltipSeries {
    /// The series id in the chart option.
    pub id: String,
    /// The series label.
    pub label: String,
    /// Display text per data index.
    pub values: Vec<String>,
}

impl TooltipTable {
    /// The tooltip's HTML for data index `index`, listing the series in `shown` (series id and
    /// colour, as ECharts passes them). Everything is escaped, and the colour key is an SVG
    /// `fill` rather than ECharts' `style` attribute, which a strict CSP would block.
    pub fn html(&self, index: usize, shown: &[(String, String)]) -> String {
        let mut out = escape(self.categories.get(index).map_or("", String::as_str));
        for (id, colour) in shown {
            if let Some(s) = self.series.iter().find(|s| &s.id == id) {
                let value = s.values.get(index).map_or("", String::as_str);
                out.push_str(&format!(
                    "<br><svg class=\"tip-key\" width=\"10\" height=\"10\" aria-hidden=\"true\"><circle cx=\"5\" cy=\"5\" r=\"5\" fill=\"{}\"/></svg> {}: <b>{}</b>",
                    escape(colour),
                    escape(&s.label),
                    escape(value)
                ));
            }
        }
        out
    }
}

impl TooltipTable {
    /// The same content as plain text, for a live region: "2004. Applications: 27. …".
    pub fn text(&self, index: usize) -> String {
        let mut out = self.categories.get(index).cloned().unwrap_or_default();
        for s in &self.series {
            let value = s.values.get(index).map_or("", String::as_str);
            out.push_str(&format!(". {}: {}", s.label, value));
        }
        out.push('.');
        out
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn tooltip_series(id: &str, label: &str, cells: &[Option<Count>]) -> TooltipSeries {
    TooltipSeries {
        id: id.to_string(),
        label: label.to_string(),
        values: cells.iter().map(|c| super::format::cell(*c)).collect(),
    }
}

/// Tooltip texts for [`super::charts::yearly_chart`].
pub fn yearly_tooltip(y: &Yearly) -> TooltipTable {
    let mut series = vec![tooltip_series(
        Measure::Applications.id(),
        "Applications",
        &y.applications,
    )];
    series.extend(
        y.outcomes
            .iter()
            .map(|o| tooltip_series(o.measure.id(), o.label, &o.values)),
    );
    TooltipTable {
        categories: y.years.iter().map(u16::to_string).collect(),
        series,
    }
}

/// Tooltip texts for [`super::charts::compare_chart`] and [`super::charts::difference_chart`].
pub fn compare_tooltip(rows: &[CompareYear], ho_label: &str) -> TooltipTable {
    let unhcr: Vec<Option<Count>> = rows.iter().map(|r| r.unhcr).collect();
    let ho: Vec<Option<Count>> = rows
        .iter()
        .map(|r| r.homeoffice.map(Count::Exact))
        .collect();
    let difference = TooltipSeries {
        id: "difference".into(),
        label: "UNHCR minus Home Office".into(),
        values: rows
            .iter()
            .map(|r| {
                r.difference()
                    .map_or_else(|| "no data".to_string(), super::compare::signed)
            })
            .collect(),
    };
    TooltipTable {
        categories: rows.iter().map(|r| r.year.to_string()).collect(),
        series: vec![
            tooltip_series("unhcr", "UNHCR (persons)", &unhcr),
            tooltip_series("homeoffice", ho_label, &ho),
            difference,
        ],
    }
}
