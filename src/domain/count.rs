//! Counts as the sources publish them, and the ranges they imply.
//!
//! UNHCR replaces every value from 1 to 4 with 5 before publishing (disclosure control), so a
//! published 5 only tells us the true value lies in 1..=5. The Home Office publishes small counts
//! unrounded. [`Count`] keeps that distinction, and [`Bounds`] carries it through every sum.

use serde::{Deserialize, Serialize};
use std::ops::{Add, AddAssign};

/// The only value UNHCR publishes for a masked cell.
pub const UNHCR_MASKED_VALUE: u32 = 5;

/// One published cell: either an exact count, or a masked one whose true value lies in a range.
///
/// JSON: a plain integer for an exact count; `{"published": 5, "low": 1, "high": 5}` for a
/// masked one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Count {
    /// Published unrounded; the true value.
    Exact(u32),
    /// Published after masking; the true value is somewhere in `low..=high`.
    Masked(MaskedCount),
}

/// A masked cell: what was published, and the range the true value is known to lie in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaskedCount {
    /// The value in the source file (always 5 for UNHCR).
    pub published: u32,
    /// Smallest possible true value.
    pub low: u32,
    /// Largest possible true value.
    pub high: u32,
}

impl Count {
    /// A UNHCR cell as read from the source: a published 5 is masked (true value 1–5).
    pub fn from_unhcr(published: u32) -> Self {
        if published == UNHCR_MASKED_VALUE {
            Count::Masked(MaskedCount {
                published,
                low: 1,
                high: UNHCR_MASKED_VALUE,
            })
        } else {
            Count::Exact(published)
        }
    }

    /// The value printed in the source file.
    pub fn published(self) -> u32 {
        match self {
            Count::Exact(n) => n,
            Count::Masked(m) => m.published,
        }
    }

    /// The range the true value lies in.
    pub fn bounds(self) -> Bounds {
        match self {
            Count::Exact(n) => Bounds::exact(n.into()),
            Count::Masked(m) => Bounds {
                low: m.low.into(),
                high: m.high.into(),
            },
        }
    }

    /// Whether the source masked this cell.
    pub fn is_masked(self) -> bool {
        matches!(self, Count::Masked(_))
    }
}

/// An inclusive range of possible true values; `low == high` when every input was exact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Bounds {
    /// Smallest possible value.
    pub low: u64,
    /// Largest possible value.
    pub high: u64,
}

impl Bounds {
    /// A known value.
    pub fn exact(n: u64) -> Self {
        Bounds { low: n, high: n }
    }

    /// True when the value is known exactly.
    pub fn is_exact(self) -> bool {
        self.low == self.high
    }
}

impl Add for Bounds {
    type Output = Bounds;
    fn add(self, rhs: Bounds) -> Bounds {
        Bounds {
            low: self.low + rhs.low,
            high: self.high + rhs.high,
        }
    }
}

impl AddAssign for Bounds {
    fn add_assign(&mut self, rhs: Bounds) {
        *self = *self + rhs;
    }
}

impl std::iter::Sum for Bounds {
    fn sum<I: Iterator<Item = Bounds>>(iter: I) -> Bounds {
        iter.fold(Bounds::default(), Add::add)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unhcr_five_is_a_range_and_other_values_are_exact() {
        assert_eq!(Count::from_unhcr(5).bounds(), Bounds { low: 1, high: 5 });
        assert!(Count::from_unhcr(5).is_masked());
        assert_eq!(Count::from_unhcr(0), Count::Exact(0));
        assert_eq!(Count::from_unhcr(6).bounds(), Bounds::exact(6));
        assert_eq!(Count::from_unhcr(5).published(), 5);
    }

    #[test]
    fn bounds_add_up_componentwise() {
        let total: Bounds = [Count::Exact(10), Count::from_unhcr(5), Count::from_unhcr(5)]
            .iter()
            .map(|c| c.bounds())
            .sum();
        assert_eq!(total, Bounds { low: 12, high: 20 });
        assert!(!total.is_exact());
    }

    #[test]
    fn json_shape_is_an_integer_or_a_masked_object() {
        assert_eq!(serde_json::to_string(&Count::Exact(7)).unwrap(), "7");
        assert_eq!(
            serde_json::to_string(&Count::from_unhcr(5)).unwrap(),
            r#"{"published":5,"low":1,"high":5}"#
        );
        let back: Count = serde_json::from_str(r#"{"published":5,"low":1,"high":5}"#).unwrap();
        assert!(back.is_masked());
        assert!(serde_json::from_str::<Count>("-1").is_err());
        assert!(serde_json::from_str::<Count>("1.5").is_err());
    }
}
