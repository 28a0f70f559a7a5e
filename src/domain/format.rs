//! Numbers as an English-language reader expects them: 1,328; a range as 537–553.

use super::count::{Bounds, Count};
use super::i18n::Lang;

/// Groups thousands with commas: `1328` → `"1,328"`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A value that may be a range: `"1,328"` when exact, `"537–553"` (en dash) otherwise.
pub fn bounds(b: Bounds) -> String {
    if b.is_exact() {
        thousands(b.low)
    } else {
        format!("{}–{}", thousands(b.low), thousands(b.high))
    }
}

/// One cell for a table or tooltip: `"12"`, `"1–5"` for a masked cell, `"no data"` (in the
/// edition's language) for none.
pub fn cell(c: Option<Count>, lang: Lang) -> String {
    match c {
        Some(c) => bounds(c.bounds()),
        None => super::labels::no_data(lang).to_string(),
    }
}

/// `"2003–2015"`, or `"2010"` for a single year.
pub fn year_span(from: u16, to: u16) -> String {
    if from == to {
        from.to_string()
    } else {
        format!("{from}–{to}")
    }
}

/// Years as a reader scans them: runs joined by an en dash, e.g. `"2001–2002, 2021–2024"`.
pub fn years(list: &[u16]) -> String {
    let mut runs: Vec<(u16, u16)> = Vec::new();
    for &y in list {
        match runs.last_mut() {
            Some((_, to)) if *to + 1 == y => *to = y,
            _ => runs.push((y, y)),
        }
    }
    let parts: Vec<String> = runs.iter().map(|&(a, b)| year_span(a, b)).collect();
    and_list(&parts)
}

/// A list as a sentence writes it: `"a"`, `"a and b"`, `"a, b and c"`.
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1328), "1,328");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn ranges_and_cells() {
        assert_eq!(
            bounds(Bounds {
                low: 537,
                high: 553
            }),
            "537–553"
        );
        assert_eq!(bounds(Bounds::exact(1331)), "1,331");
        assert_eq!(cell(Some(Count::from_unhcr(5)), Lang::En), "1–5");
        assert_eq!(cell(None, Lang::En), "no data");
        assert_eq!(cell(None, Lang::Ko), "자료 없음");
        assert_eq!(year_span(2003, 2015), "2003–2015");
        assert_eq!(year_span(2010, 2010), "2010");
        assert_eq!(years(&[2021, 2022, 2023, 2024]), "2021–2024");
        assert_eq!(years(&[2001, 2002, 2025]), "2001–2002 and 2025");
        assert_eq!(years(&[2003, 2020, 2024]), "2003, 2020 and 2024");
        assert_eq!(years(&[]), "");
    }
}
