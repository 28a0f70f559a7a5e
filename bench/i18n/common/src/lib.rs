//! What every variant shares, so that only the catalogue differs: the app's thousands grouping
//! and year span (src/domain/format.rs), and the made-up figures each message is given.

/// Groups thousands with commas: `1328` → `"1,328"` (as src/domain/format.rs).
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

/// `"2003–2015"`, or `"2010"` for a single year (as src/domain/format.rs).
pub fn year_span(from: u16, to: u16) -> String {
    if from == to {
        from.to_string()
    } else {
        format!("{from}–{to}")
    }
}

/// The figures the messages are filled with, derived from `render`'s arguments at run time so
/// that no message can be folded into a constant.
pub struct Figures {
    pub from: u16,
    pub to: u16,
    pub unhcr: u64,
    pub main: u64,
    pub persons: u64,
    pub settings: usize,
    pub outcomes: u64,
    pub pct: u32,
    pub gap_years: u16,
    pub file: String,
}

impl Figures {
    pub fn new(a: u32, b: u32, from: u16, to: u16) -> Self {
        let (a, b) = (u64::from(a), u64::from(b));
        Figures {
            from,
            to,
            unhcr: a,
            main: b,
            persons: b + b / 5,
            settings: (a % 4) as usize,
            outcomes: b % 3,
            pct: (b * 100 / a.max(1)) as u32,
            gap_years: to.saturating_sub(from) % 4,
            file: format!("nk-asylum-{from}-{to}.csv"),
        }
    }
}
