//! Messages of what the charts say: series and axis names, legends, text alternatives, and the
//! type of a downloaded image (`chart_text`, `charts`, `svg_image`).

/// What the charts say in words.
pub(crate) trait ChartText {
    /// The applications series (yearly chart, legend, tooltip, table).
    fn applications(&self) -> &'static str;
    /// The legend entry for masked cells.
    fn masked_legend(&self) -> &'static str;
    /// The yearly chart's axis name for the compare chart.
    fn axis_applications(&self) -> &'static str;
    /// The difference chart's axis name.
    fn axis_difference(&self) -> &'static str;
    /// The yearly chart's text alternative when no year is selected.
    fn describe_yearly_empty(&self, name: &str) -> String;
    /// The yearly chart's text alternative: what it shows.
    fn describe_yearly(&self, name: &str, unit: &str, first: u16, last: u16) -> String;
    /// The yearly text alternative's total and peak of applications.
    fn describe_peak(&self, total: &str, year: u16, peak: &str) -> String;
    /// The yearly text alternative's change from the first to the last year with figures.
    fn describe_change(&self, from: &str, first: u16, to: &str, last: u16) -> String;
    /// One outcome's total in the yearly text alternative.
    fn describe_outcome(&self, label: &str, total: &str) -> String;
    /// The yearly text alternative's decisions in total.
    fn describe_decisions(&self, outcomes: &[String]) -> String;
    /// A gap sentence inside a text alternative.
    fn describe_gap(&self, gap: &str) -> String;
    /// The compare text alternative when no year has figures from both.
    fn agreement_none(&self) -> &'static str;
    /// How many of the compared years are equal.
    fn agreement(&self, equal: usize, compared: usize) -> String;
    /// How many more years are consistent within UNHCR's published range.
    fn agreement_rounding(&self, rounding: usize) -> String;
    /// The years UNHCR has no figures for (compare text alternative).
    fn agreement_unhcr_missing(&self, years: &str) -> String;
    /// The years the Home Office has no figures for (compare text alternative).
    fn agreement_ho_missing(&self, years: &str) -> String;
    /// A signed difference that is a range, its ends formatted: "−3 to +1".
    fn signed_range(&self, low: &str, high: &str) -> String;
    /// The compare chart's text alternative when no year is selected.
    fn describe_compare_empty(&self) -> &'static str;
    /// The compare chart's text alternative.
    fn describe_compare(
        &self,
        span: (u16, u16),
        unhcr: &str,
        homeoffice: &str,
        difference: &str,
        agreement: &str,
    ) -> String;
    /// The difference chart's text alternative.
    fn describe_difference(&self, ho_label: &str, difference: &str) -> String;

    /// The font stack of a downloaded SVG image.
    fn font_family(&self) -> &'static str;
}
