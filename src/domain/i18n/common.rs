//! Messages every part of the page uses: years, lists, a missing value.

/// Years, lists and the absence of a figure, as a language writes them.
pub(crate) trait Common {
    /// A span of years, "2003–2015" (one year alone when `from == to`).
    fn year_span(&self, from: u16, to: u16) -> String;
    /// Years as a reader scans them: runs of consecutive years as spans, then listed.
    fn years(&self, list: &[u16]) -> String;
    /// Items listed in a sentence.
    fn list(&self, items: &[String]) -> String;
    /// What a cell, tooltip or figure says when the source has no row: never a zero.
    fn no_data(&self) -> &'static str;
}

/// Runs of consecutive years, `(first, last)`.
pub(super) fn runs(list: &[u16]) -> Vec<(u16, u16)> {
    let mut runs: Vec<(u16, u16)> = Vec::new();
    for &y in list {
        match runs.last_mut() {
            Some((_, to)) if *to + 1 == y => *to = y,
            _ => runs.push((y, y)),
        }
    }
    runs
}
