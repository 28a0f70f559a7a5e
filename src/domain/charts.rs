//! Chart options as values: one pure function per chart, tested natively through the JSON
//! that ECharts receives.

use super::compare::CompareYear;
use super::count::Count;
use super::figures::{Measure, Yearly};
use super::palette::Palette;
use charming::{
    component::{Aria, Axis, Decal, DecalItem, Grid},
    datatype::{CompositeValue, DataPoint, DataPointItem},
    element::{
        AxisLabel, AxisType, BorderType, ItemStyle, LineStyle, NameLocation, SplitLine, Symbol,
        TextStyle, Tooltip, Trigger,
    },
    series::{Bar, Line},
};
use serde::Serialize;
use std::fmt;

/// The option ECharts receives: charming's typed components, gathered in a struct of our own
/// instead of charming's `Chart`. Serialising a `Chart` compiles in every ECharts component and
/// series type it knows (about a tenth of the wasm); this holds only the parts the app's ECharts
/// build registers (js/echarts-entry.js; `tests/charts.rs` checks the two agree).
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChartOption {
    animation_duration_update: u32,
    aria: Aria,
    tooltip: Tooltip,
    grid: Grid,
    x_axis: Axis,
    y_axis: Axis,
    series: Vec<Series>,
}

/// The series types the app draws (boxed: each is kilobytes of options, mostly unset).
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub enum Series {
    Bar(Box<Bar>),
    Line(Box<Line>),
}

impl From<Bar> for Series {
    fn from(bar: Bar) -> Self {
        Series::Bar(Box::new(bar))
    }
}

impl From<Line> for Series {
    fn from(line: Line) -> Self {
        Series::Line(Box::new(line))
    }
}

impl ChartOption {
    fn series(mut self, series: impl Into<Series>) -> Self {
        self.series.push(series.into());
        self
    }
}

/// The option as JSON, as ECharts receives it.
impl fmt::Display for ChartOption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let json = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&json)
    }
}

/// Applications per year (a line) over decisions per year stacked by outcome (bars).
///
/// Series ids are the same for both sources, so an update in place replaces each series'
/// data rather than leaving the other source's series behind. A year with no source row is a
/// gap (`null`), never a zero; a masked UNHCR cell is drawn at its published 5, faded with a
/// dashed outline, and the page says it means 1–5.
pub fn yearly_chart(y: &Yearly, palette: &Palette) -> ChartOption {
    let mut chart = year_axes(&y.years, y.unit, palette);
    for outcome in &y.outcomes {
        let colour = palette.outcome(outcome.measure);
        chart = chart.series(
            Bar::new()
                .id(outcome.measure.id())
                .name(outcome.label)
                .stack("decisions")
                .item_style(ItemStyle::new().color(colour))
                .data(points(&outcome.values, colour)),
        );
    }
    chart.series(
        Line::new()
            .id(Measure::Applications.id())
            .name("Applications")
            .symbol(Symbol::Circle)
            .symbol_size(6)
            .z(3)
            .item_style(ItemStyle::new().color(palette.applications))
            .line_style(LineStyle::new().color(palette.applications).width(2))
            .data(points(&y.applications, palette.applications)),
    )
}

/// A value drawn faded with a dashed outline: published as 5 by UNHCR, true value 1–5.
fn masked_point(value: i64, colour: &str) -> DataPoint {
    DataPoint::Item(
        DataPointItem::new(value).item_style(
            ItemStyle::new()
                .color(colour)
                .opacity(0.45)
                .border_color(colour)
                .border_width(1)
                .border_type(BorderType::Dashed),
        ),
    )
}

/// Data points: `null` for no data, a styled item for a masked cell, a number otherwise.
fn points(cells: &[Option<Count>], colour: &str) -> Vec<DataPoint> {
    cells
        .iter()
        .map(|cell| match cell {
            None => DataPoint::Value(CompositeValue::OptionalNumber(None)),
            Some(c) if c.is_masked() => masked_point(i64::from(c.published()), colour),
            Some(c) => DataPoint::Value(i64::from(c.published()).into()),
        })
        .collect()
}

/// The common frame of every chart: axis tooltip, a category axis of years and a value axis in
/// `unit`. No canvas legend: the legend is HTML (`ui::legend`), and ECharts' legend component is
/// not in the app's ECharts build.
fn year_axes(years: &[u16], unit: &str, palette: &Palette) -> ChartOption {
    let text = TextStyle::new().color(palette.text);
    ChartOption {
        animation_duration_update: 300,
        // Decal patterns on bars, so that colour is never the only cue (colour-blind readers,
        // greyscale print). The text alternative is ours (EChart sets it), not ECharts' own.
        aria: Aria::new().enabled(true).decal(decals(palette)),
        tooltip: Tooltip::new().trigger(Trigger::Axis),
        grid: Grid::new()
            .left(4)
            .right(12)
            .top(28)
            .bottom(8)
            .contain_label(true),
        x_axis: Axis::new()
            .type_(AxisType::Category)
            .data(years.iter().map(|y| y.to_string()).collect())
            .axis_label(AxisLabel::new().color(palette.text)),
        y_axis: Axis::new()
            .type_(AxisType::Value)
            .name(unit)
            .name_location(NameLocation::End)
            .name_text_style(text.align("left"))
            .axis_label(AxisLabel::new().color(palette.text))
            .split_line(SplitLine::new().line_style(LineStyle::new().color(palette.grid))),
        series: Vec::new(),
    }
}

/// One pattern per bar series, in series order (ECharts' own default patterns, spelt out: with
/// charming's empty `decals` list ECharts finds no pattern and throws).
fn decals(palette: &Palette) -> Decal {
    use std::f64::consts::PI;
    let pair = |a: i64, b: i64| CompositeValue::from(vec![a, b]);
    let stripes = |x: CompositeValue, y: CompositeValue| {
        DecalItem::new()
            .color(palette.decal)
            .dash_array_x(x)
            .dash_array_y(y)
    };
    let dotted = CompositeValue::from(vec![
        CompositeValue::from(vec![8, 8]),
        CompositeValue::from(vec![0, 8, 8, 0]),
    ]);
    let checked = CompositeValue::from(vec![
        CompositeValue::from(vec![6, 6]),
        CompositeValue::from(vec![0, 6, 6, 0]),
    ]);
    Decal::new().show(true).decals(vec![
        stripes(pair(1, 0), pair(2, 5))
            .symbol_size(1.0)
            .rotation(PI / 6.0),
        stripes(dotted, pair(6, 0))
            .symbol(Symbol::Circle)
            .symbol_size(0.8),
        stripes(pair(1, 0), pair(4, 3)).rotation(-PI / 4.0),
        stripes(checked, pair(6, 0)),
    ])
}

/// Applications per year from both sources, side by side.
pub fn compare_chart(
    rows: &[CompareYear],
    ho_label: &'static str,
    palette: &Palette,
) -> ChartOption {
    let years: Vec<u16> = rows.iter().map(|r| r.year).collect();
    let unhcr: Vec<Option<Count>> = rows.iter().map(|r| r.unhcr).collect();
    let ho: Vec<Option<Count>> = rows
        .iter()
        .map(|r| r.homeoffice.map(Count::Exact))
        .collect();
    year_axes(&years, "applications", palette)
        .series(
            Bar::new()
                .id("unhcr")
                .name("UNHCR (persons)")
                .item_style(ItemStyle::new().color(palette.unhcr))
                .data(points(&unhcr, palette.unhcr)),
        )
        .series(
            Bar::new()
                .id("homeoffice")
                .name(ho_label)
                .item_style(ItemStyle::new().color(palette.homeoffice))
                .data(points(&ho, palette.homeoffice)),
        )
}

/// UNHCR minus Home Office per year; a masked UNHCR cell makes the difference uncertain, drawn
/// at its published value with the masked style.
pub fn difference_chart(rows: &[CompareYear], palette: &Palette) -> ChartOption {
    let years: Vec<u16> = rows.iter().map(|r| r.year).collect();
    let data = rows
        .iter()
        .map(|r| match (r.unhcr, r.homeoffice) {
            (Some(u), Some(h)) => {
                let value = i64::from(u.published()) - i64::from(h);
                if u.is_masked() {
                    masked_point(value, palette.applications)
                } else {
                    DataPoint::Value(value.into())
                }
            }
            _ => DataPoint::Value(CompositeValue::OptionalNumber(None)),
        })
        .collect();
    year_axes(&years, "difference", palette).series(
        Bar::new()
            .id("difference")
            .name("UNHCR minus Home Office")
            .item_style(ItemStyle::new().color(palette.applications))
            .data(data),
    )
}

/// Legend for [`compare_chart`].
pub fn compare_legend(ho_label: &'static str, palette: &Palette) -> Vec<LegendEntry> {
    vec![
        LegendEntry {
            label: "UNHCR (persons)",
            colour: palette.unhcr,
            mark: Mark::Bar,
        },
        LegendEntry {
            label: ho_label,
            colour: palette.homeoffice,
            mark: Mark::Bar,
        },
    ]
}

/// How a legend entry is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A filled square (a bar series).
    Bar,
    /// A line with a dot (a line series).
    Line,
    /// A faded square with a dashed outline (a masked cell).
    Masked,
}

/// One entry of the chart's legend, drawn in HTML so that it wraps on a narrow screen and can
/// be read by assistive technology.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    /// Text.
    pub label: &'static str,
    /// CSS colour.
    pub colour: &'static str,
    /// Shape.
    pub mark: Mark,
}

/// The legend for [`yearly_chart`]: applications, each outcome, and the masked-cell style when
/// the chart has any masked cell.
pub fn legend(y: &Yearly, palette: &Palette) -> Vec<LegendEntry> {
    let mut entries = vec![LegendEntry {
        label: "Applications",
        colour: palette.applications,
        mark: Mark::Line,
    }];
    entries.extend(y.outcomes.iter().map(|o| LegendEntry {
        label: o.label,
        colour: palette.outcome(o.measure),
        mark: Mark::Bar,
    }));
    let cells = || {
        y.applications
            .iter()
            .chain(y.outcomes.iter().flat_map(|o| o.values.iter()))
    };
    if cells().any(|c| c.is_some_and(Count::is_masked)) {
        entries.push(LegendEntry {
            label: "Published as 5: between 1 and 5",
            colour: palette.closed,
            mark: Mark::Masked,
        });
    }
    entries
}

/// A text alternative for [`yearly_chart`], built from the same figures: what it shows, the
/// years, the totals of every series, the peak year and the change from first to last year.
pub fn describe_yearly(y: &Yearly, source_name: &str) -> String {
    use super::format::bounds;
    let (Some(first), Some(last)) = (y.years.first(), y.years.last()) else {
        return format!("Chart of {source_name} figures: no years selected.");
    };
    let total = |cells: &[Option<Count>]| -> String {
        let sum: super::count::Bounds = cells.iter().flatten().map(|c| c.bounds()).sum();
        bounds(sum)
    };
    let with_data: Vec<(u16, Count)> = y
        .years
        .iter()
        .zip(&y.applications)
        .filter_map(|(year, c)| c.map(|c| (*year, c)))
        .collect();
    let mut text = format!(
        "Chart of {source_name} asylum applications per year ({}) from {first} to {last}, with decisions per year stacked by outcome.",
        y.unit
    );
    if let Some((peak_year, peak)) = with_data.iter().max_by_key(|(_, c)| c.published()) {
        text.push_str(&format!(
            " Applications total {}; they peaked in {peak_year} at {}.",
            total(&y.applications),
            bounds(peak.bounds())
        ));
    }
    if let (Some((y0, c0)), Some((y1, c1))) = (with_data.first(), with_data.last()) {
        if y0 != y1 {
            text.push_str(&format!(
                " They went from {} in {y0} to {} in {y1}.",
                bounds(c0.bounds()),
                bounds(c1.bounds())
            ));
        }
    }
    let decisions: Vec<String> = y
        .outcomes
        .iter()
        .map(|o| format!("{} {}", o.label.to_ascii_lowercase(), total(&o.values)))
        .collect();
    text.push_str(&format!(" Decisions in total: {}.", decisions.join(", ")));
    text
}

/// A text alternative for the comparison charts.
pub fn describe_compare(rows: &[CompareYear], ho_label: &str) -> String {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return "Comparison chart: no years selected.".to_string();
    };
    let (lo, hi) = super::compare::total_difference(rows);
    let equal = super::compare::equal_years(rows).len();
    format!(
        "Bar chart comparing asylum applications per year from {} to {}: UNHCR (persons) against {ho_label}. Over these years UNHCR's total differs from the Home Office's by {}; the two are equal in {equal} of {} years.",
        first.year,
        last.year,
        super::compare::signed((lo, hi)),
        rows.len()
    )
}

/// A text alternative for [`difference_chart`].
pub fn describe_difference(rows: &[CompareYear], ho_label: &str) -> String {
    format!(
        "Bar chart of UNHCR's applications minus the Home Office's ({ho_label}), per year; in total {}.",
        super::compare::signed(super::compare::total_difference(rows))
    )
}
