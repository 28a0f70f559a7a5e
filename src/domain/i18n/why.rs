//! Messages of the "Why they differ" view: the five reasons (titles, texts, the labels of the
//! figures they rest on), the inferred mapping's "in N of M years", and the view's heading and
//! note.

use crate::domain::figures::{Measure, YearRange};

/// The reasons the two sources differ, as a language writes them.
pub(crate) trait WhyText {
    /// The view's heading: "Why the two sources differ".
    fn why_heading(&self) -> &'static str;
    /// The caveat under the reasons: the mapping is inferred, and each reason says how often
    /// it holds.
    fn why_note(&self) -> &'static str;

    /// How often the inferred mapping holds: "6 of 12 years"; `compared == 0`: no year.
    fn in_years(&self, inside: usize, compared: usize) -> String;
    /// Where the decision reasons compare: "In 2003–2015 (2004–2015, the years both sources
    /// have decision figures for)"; `both` is every year of `range` when they are the same.
    fn decision_scope(&self, range: YearRange, both: &[u16]) -> String;

    /// Reason 1's title: "People or main applicants".
    fn persons_title(&self) -> &'static str;
    /// Reason 1 when no year has application figures from both: which years each one has.
    fn persons_none_compared(&self, range: YearRange, unhcr: &[u16], homeoffice: &[u16]) -> String;
    /// Reason 1: the intro and both counts, over `both` (the years of `range` with figures
    /// from both), naming the `uncovered` years when there are any.
    fn persons_counts(
        &self,
        range: YearRange,
        both: &[u16],
        uncovered: &[u16],
        counts: [u64; 3],
        unhcr: &str,
    ) -> String;
    /// Reason 1: in how many of the `compared` years the two agree exactly (`equal` lists them).
    fn persons_agreement(&self, equal: &[u16], compared: usize) -> String;
    /// Reason 1, with a leading space: the years where the Home Office's figure lies inside
    /// UNHCR's published 1–5.
    fn persons_within_rounding(&self, years: &[u16]) -> String;
    /// Reason 1, with a leading space: the years the two differ, each with (year, Home Office,
    /// UNHCR).
    fn persons_differ(&self, years: &[(u16, u64, String)]) -> String;
    /// A figure of reason 1: UNHCR, all people.
    fn fig_unhcr_people(&self) -> &'static str;
    /// A figure of reason 1: Home Office, all people.
    fn fig_ho_people(&self) -> &'static str;
    /// A figure of reason 1: Home Office, main applicants.
    fn fig_ho_main(&self) -> &'static str;
    /// A figure of reason 1: Home Office, dependants.
    fn fig_ho_dependants(&self) -> &'static str;

    /// Reason 2's title: "What counts as refused".
    fn refused_title(&self) -> &'static str;
    /// Reason 2's explanation: what each source files as refused (the mapping is inferred).
    fn refused_explain(&self) -> &'static str;
    /// Reason 2 when no year has decision figures from both.
    fn refused_none(&self, range: YearRange) -> String;
    /// Reason 2 over the decision years (`scope`): refusals on the substance against UNHCR's
    /// rejected, and in how many years each half of the mapping holds.
    fn refused_compared(
        &self,
        scope: &str,
        substance: u64,
        rejected: &str,
        holds: [&str; 2],
    ) -> String;
    /// Reason 2's last sentence: the Home Office's refused for main applicants (`None`: no data).
    fn refused_main(&self, main: Option<&str>) -> String;
    /// A figure of reason 2: UNHCR, rejected.
    fn fig_rejected(&self) -> &'static str;
    /// A figure of reason 2: Home Office, refused on the substance (all people).
    fn fig_refused_substance(&self) -> &'static str;
    /// A figure of reason 2: Home Office, non-compliance and third-country refusals.
    fn fig_procedural(&self) -> &'static str;
    /// A figure of reason 2: Home Office, withdrawn (all people).
    fn fig_withdrawn(&self) -> &'static str;
    /// A figure of reason 2: UNHCR, otherwise closed.
    fn fig_closed(&self) -> &'static str;
    /// A figure of reason 2: Home Office, refused (main applicants).
    fn fig_refused_main(&self) -> &'static str;
    /// A figure of reason 2: in how many years rejected ↔ refusals on the substance holds.
    fn fig_holds_rejected(&self) -> &'static str;
    /// A figure of reason 2: in how many years otherwise closed ↔ the others holds.
    fn fig_holds_closed(&self) -> &'static str;

    /// Reason 3's title: "What counts as accepted".
    fn granted_title(&self) -> &'static str;
    /// Reason 3's explanation: recognised means refugee status only; granted adds the rest.
    fn granted_explain(&self) -> &'static str;
    /// Reason 3 when no year has decision figures from both, with the Home Office's granted
    /// for main applicants (`None`: no data).
    fn granted_none(&self, range: YearRange, main: Option<&str>) -> String;
    /// Reason 3 over the decision years (`scope`): recognised against refugee permission, the
    /// granted for main applicants, and in how many years each half of the mapping holds.
    fn granted_compared(
        &self,
        scope: &str,
        recognised: &str,
        refugee_permission: u64,
        main: Option<&str>,
        holds: [&str; 2],
    ) -> String;
    /// A figure of reason 3: UNHCR, recognised as refugees.
    fn fig_recognised(&self) -> &'static str;
    /// A figure of reason 3: Home Office, refugee permission (all people).
    fn fig_refugee_permission(&self) -> &'static str;
    /// A figure of reason 3: UNHCR, complementary protection.
    fn fig_complementary(&self) -> &'static str;
    /// A figure of reason 3: Home Office, humanitarian protection and other leave.
    fn fig_protection_other(&self) -> &'static str;
    /// A figure of reason 3: Home Office, granted (main applicants).
    fn fig_granted_main(&self) -> &'static str;
    /// A figure of reason 3: in how many years recognised ↔ refugee permission holds.
    fn fig_holds_recognised(&self) -> &'static str;
    /// A figure of reason 3: in how many years complementary ↔ the other grants holds.
    fn fig_holds_complementary(&self) -> &'static str;

    /// Reason 4's title: "Small numbers are blurred".
    fn masking_title(&self) -> &'static str;
    /// Reason 4 when UNHCR has no figure at all for the years.
    fn masking_none(&self, range: YearRange) -> String;
    /// Reason 4 when none of UNHCR's `cells` figures is published as 5.
    fn masking_unaffected(&self, range: YearRange, cells: usize) -> String;
    /// Reason 4: `masked` of UNHCR's `cells` figures are 5s; `example` is a measure whose total
    /// is a range, its published total and its true range.
    fn masking_text(
        &self,
        range: YearRange,
        masked: usize,
        cells: usize,
        example: Option<(&str, u64, &str)>,
    ) -> String;
    /// A UNHCR measure's name inside reason 4's example sentence ("rejected").
    fn masking_measure(&self, measure: Measure) -> &'static str;
    /// A figure of reason 4: how many UNHCR figures are published as 5.
    fn fig_masked(&self) -> &'static str;
    /// A figure of reason 4: how many yearly UNHCR figures the years have.
    fn fig_cells(&self) -> &'static str;

    /// Reason 5's title: "Flows and stocks".
    fn stock_title(&self) -> &'static str;
    /// Reason 5: flows against the stock at the end of `year`; `applications` is
    /// [`WhyText::stock_applications`].
    fn stock_text(&self, year: u16, stock: &str, applications: &str) -> String;
    /// Reason 5's aside: UNHCR's applications over the years (`None`: no data), and the years
    /// it has no application figures for.
    fn stock_applications(&self, range: YearRange, total: Option<&str>, missing: &[u16]) -> String;
    /// Reason 5 when UNHCR has no refugee population figure for the years.
    fn stock_none(&self, range: YearRange) -> String;
    /// A figure of reason 5: refugees living in the UK at the end of `year`.
    fn fig_stock(&self, year: u16) -> String;
}
