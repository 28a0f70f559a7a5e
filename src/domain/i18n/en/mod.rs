//! The English edition.

mod chart;
mod compare;
mod edge;
mod page;
mod story;
mod why;

use super::common::{runs, Common};
use super::En;
use crate::domain::format;

impl Common for En {
    fn year_span(&self, from: u16, to: u16) -> String {
        format::year_span(from, to)
    }
    fn years(&self, list: &[u16]) -> String {
        let parts: Vec<String> = runs(list)
            .into_iter()
            .map(|(a, b)| self.year_span(a, b))
            .collect();
        self.list(&parts)
    }
    fn list(&self, items: &[String]) -> String {
        format::and_list(items)
    }
    fn no_data(&self) -> &'static str {
        "no data"
    }
}
