//! Chart options as values: one pure function per chart, tested natively through the JSON
//! that ECharts receives.

use super::compare::CompareYear;
use super::count::Count;
use super::figures::{Measure, Yearly};
use super::i18n::{text, Lang};
use super::palette::Palette;
use super::series::SeriesId;
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
    aria: AriaOption,
    tooltip: Tooltip,
    grid: Grid,
    x_axis: Axis,
    y_axis: Axis,
    series: Vec<Series>,
}

/// ECharts' `aria`: its decal patterns on, its own generated description off (it is English
/// whatever the edition, and the chart's text alternative is ours: `chart_text`, set by the
/// page on the chart's `role="img"` wrapper).
#[derive(Clone, Debug, Serialize)]
struct AriaOption {
    #[serde(flatten)]
    decals: Aria,
    label: AriaLabel,
}

/// `aria.label`.
#[derive(Clone, Debug, Serialize)]
struct AriaLabel {
    enabled: bool,
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
pub fn yearly_chart(y: &Yearly, palette: &Palette, lang: Lang) -> ChartOption {
    let mut chart = year_axes(&y.years, y.unit, palette);
    for outcome in &y.outcomes {
        let colour = palette.outcome(outcome.measure);
        chart = chart.series(
            Bar::new()
                .id(SeriesId::Measure(outcome.measure).as_str())
                .name(outcome.label)
                .stack("decisions")
                .item_style(ItemStyle::new().color(colour))
                .data(points(&outcome.values, colour)),
        );
    }
    chart.series(
        Line::new()
            .id(SeriesId::Measure(Measure::Applications).as_str())
            .name(text(lang).applications())
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
        aria: AriaOption {
            decals: Aria::new().enabled(true).decal(decals(palette)),
            label: AriaLabel { enabled: false },
        },
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
    unhcr_label: &'static str,
    ho_label: &'static str,
    palette: &Palette,
    lang: Lang,
) -> ChartOption {
    let years: Vec<u16> = rows.iter().map(|r| r.year).collect();
    let unhcr: Vec<Option<Count>> = rows.iter().map(|r| r.unhcr).collect();
    let ho: Vec<Option<Count>> = rows
        .iter()
        .map(|r| r.homeoffice.map(Count::Exact))
        .collect();
    year_axes(&years, text(lang).axis_applications(), palette)
        .series(
            Bar::new()
                .id(SeriesId::Unhcr.as_str())
                .name(unhcr_label)
                .item_style(ItemStyle::new().color(palette.unhcr))
                .data(points(&unhcr, palette.unhcr)),
        )
        .series(
            Bar::new()
                .id(SeriesId::HomeOffice.as_str())
                .name(ho_label)
                .item_style(ItemStyle::new().color(palette.homeoffice))
                .data(points(&ho, palette.homeoffice)),
        )
}

/// UNHCR minus Home Office per year; a masked UNHCR cell makes the difference uncertain, drawn
/// at its published value with the masked style.
pub fn difference_chart(rows: &[CompareYear], palette: &Palette, lang: Lang) -> ChartOption {
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
    year_axes(&years, text(lang).axis_difference(), palette).series(
        Bar::new()
            .id(SeriesId::Difference.as_str())
            .name(text(lang).difference())
            .item_style(ItemStyle::new().color(palette.applications))
            .data(data),
    )
}
