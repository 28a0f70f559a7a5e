//! What the charts say, in English.

use super::super::chart::ChartText;
use super::super::En;

impl ChartText for En {
    fn applications(&self) -> &'static str {
        "Applications"
    }
    fn masked_legend(&self) -> &'static str {
        "Published as 5: between 1 and 5"
    }
    fn axis_applications(&self) -> &'static str {
        "applications"
    }
    fn axis_difference(&self) -> &'static str {
        "difference"
    }
    fn describe_yearly_empty(&self, name: &str) -> String {
        format!("Chart of {name} figures: no years selected.")
    }
    fn describe_yearly(&self, name: &str, unit: &str, first: u16, last: u16) -> String {
        format!("Chart of {name} asylum applications per year ({unit}) from {first} to {last}, with decisions per year stacked by outcome.")
    }
    fn describe_peak(&self, total: &str, year: u16, peak: &str) -> String {
        format!(" Applications total {total}; they peaked in {year} at {peak}.")
    }
    fn describe_change(&self, from: &str, first: u16, to: &str, last: u16) -> String {
        format!(" They went from {from} in {first} to {to} in {last}.")
    }
    fn describe_outcome(&self, label: &str, total: &str) -> String {
        format!("{} {total}", label.to_ascii_lowercase())
    }
    fn describe_decisions(&self, outcomes: &[String]) -> String {
        format!(" Decisions in total: {}.", outcomes.join(", "))
    }
    fn describe_gap(&self, gap: &str) -> String {
        format!(" {gap}.")
    }
    fn agreement_none(&self) -> &'static str {
        "No year has figures from both."
    }
    fn agreement(&self, equal: usize, compared: usize) -> String {
        format!("The two are equal in {equal} of the {compared} years both cover")
    }
    fn agreement_rounding(&self, rounding: usize) -> String {
        format!(", and consistent within UNHCR's rounding in {rounding} more")
    }
    fn agreement_unhcr_missing(&self, years: &str) -> String {
        format!(" UNHCR has no figures for {years}.")
    }
    fn agreement_ho_missing(&self, years: &str) -> String {
        format!(" The Home Office has none for {years}.")
    }
    fn signed_range(&self, low: &str, high: &str) -> String {
        format!("{low} to {high}")
    }
    fn describe_compare_empty(&self) -> &'static str {
        "Comparison chart: no years selected."
    }
    fn describe_compare(
        &self,
        span: (u16, u16),
        unhcr: &str,
        homeoffice: &str,
        difference: &str,
        agreement: &str,
    ) -> String {
        format!(
            "Bar chart comparing asylum applications per year from {} to {}: {unhcr} against {homeoffice}. Over the years both cover, UNHCR's total differs from the Home Office's by {difference}. {agreement}",
            span.0, span.1
        )
    }
    fn describe_difference(&self, ho_label: &str, difference: &str) -> String {
        format!("Bar chart of UNHCR's applications minus the Home Office's ({ho_label}), per year, for the years both cover; in total {difference}.")
    }
    fn font_family(&self) -> &'static str {
        "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
    }
}
