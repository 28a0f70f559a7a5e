//! What the charts' tooltips say, per series and year, formatted in Rust (thousands separators,
//! "1–5" for a masked cell, "no data") and escaped; `ui::echart` hands it to ECharts as the
//! tooltip formatter, and reads it aloud through a live region for keyboard users.

use super::compare::CompareYear;
use super::count::Count;
use super::figures::{Measure, Yearly};
use super::html::escape;
use super::i18n::{text, Catalogue, Lang};
use super::series::SeriesId;

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
    /// The series in the chart option.
    pub id: SeriesId,
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
            let id = SeriesId::parse(id);
            if let Some(s) = self.series.iter().find(|s| Some(s.id) == id) {
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

fn tooltip_series(id: SeriesId, label: &str, cells: &[Option<Count>], lang: Lang) -> TooltipSeries {
    TooltipSeries {
        id,
        label: label.to_string(),
        values: cells
            .iter()
            .map(|c| super::format::cell(*c, lang))
            .collect(),
    }
}

/// Tooltip texts for [`super::charts::yearly_chart`].
pub fn yearly_tooltip(y: &Yearly, lang: Lang) -> TooltipTable {
    let mut series = vec![tooltip_series(
        SeriesId::Measure(Measure::Applications),
        text(lang).applications(),
        &y.applications,
        lang,
    )];
    series.extend(
        y.outcomes
            .iter()
            .map(|o| tooltip_series(SeriesId::Measure(o.measure), o.label, &o.values, lang)),
    );
    TooltipTable {
        categories: y.years.iter().map(u16::to_string).collect(),
        series,
    }
}

/// Tooltip texts for [`super::charts::compare_chart`] and [`super::charts::difference_chart`].
pub fn compare_tooltip(
    rows: &[CompareYear],
    unhcr_label: &str,
    ho_label: &str,
    lang: Lang,
) -> TooltipTable {
    let t: &dyn Catalogue = text(lang);
    let unhcr: Vec<Option<Count>> = rows.iter().map(|r| r.unhcr).collect();
    let ho: Vec<Option<Count>> = rows
        .iter()
        .map(|r| r.homeoffice.map(Count::Exact))
        .collect();
    let difference = TooltipSeries {
        id: SeriesId::Difference,
        label: t.difference().into(),
        values: rows
            .iter()
            .map(|r| {
                r.difference().map_or_else(
                    || t.no_data().to_string(),
                    |d| super::chart_text::signed(t, d),
                )
            })
            .collect(),
    };
    TooltipTable {
        categories: rows.iter().map(|r| r.year.to_string()).collect(),
        series: vec![
            tooltip_series(SeriesId::Unhcr, unhcr_label, &unhcr, lang),
            tooltip_series(SeriesId::HomeOffice, ho_label, &ho, lang),
            difference,
        ],
    }
}

/// Keyboard exploration: the year a key moves to from `current`, among `years` categories.
/// `None`: the key is not ours. `Some(None)`: hide the tooltip (Escape).
pub fn step(current: Option<usize>, key: &str, years: usize) -> Option<Option<usize>> {
    if years == 0 {
        return None;
    }
    let last = years - 1;
    Some(match key {
        "ArrowRight" => Some(current.map_or(0, |i| (i + 1).min(last))),
        "ArrowLeft" => Some(current.map_or(last, |i| i.saturating_sub(1))),
        "Home" => Some(0),
        "End" => Some(last),
        "Escape" => None,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::step;

    #[test]
    fn arrows_step_through_the_years_and_stop_at_the_ends() {
        assert_eq!(step(None, "ArrowRight", 13), Some(Some(0)));
        assert_eq!(step(None, "ArrowLeft", 13), Some(Some(12)));
        assert_eq!(step(Some(12), "ArrowRight", 13), Some(Some(12)));
        assert_eq!(step(Some(0), "ArrowLeft", 13), Some(Some(0)));
        assert_eq!(step(Some(5), "End", 13), Some(Some(12)));
        assert_eq!(step(Some(5), "Escape", 13), Some(None));
        assert_eq!(step(Some(5), "a", 13), None);
        assert_eq!(step(None, "ArrowRight", 0), None);
    }
}
