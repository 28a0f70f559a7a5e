//! 한국어판 (the Korean edition). Terms and why they were chosen: `docs/glossary-ko.md`.

mod chart;
mod compare;
mod edge;
mod page;
mod story;
mod why;

use super::common::{runs, Common};
use super::Ko;

impl Common for Ko {
    fn year_span(&self, from: u16, to: u16) -> String {
        if from == to {
            format!("{from}년")
        } else {
            format!("{from}–{to}년")
        }
    }
    // "2003년, 2020년과 2024년": every item ends in 년, whose final consonant takes 과.
    fn years(&self, list: &[u16]) -> String {
        let parts: Vec<String> = runs(list)
            .into_iter()
            .map(|(a, b)| self.year_span(a, b))
            .collect();
        match parts.as_slice() {
            [init @ .., last] if !init.is_empty() => format!("{}과 {last}", init.join(", ")),
            _ => parts.concat(),
        }
    }
    fn list(&self, items: &[String]) -> String {
        items.join(", ")
    }
    fn no_data(&self) -> &'static str {
        "자료 없음"
    }
}
