//! Keyboard exploration of a chart: arrows show each year's tooltip and say it through a live
//! region, Home and End jump, Escape and leaving the chart hide it. Which year comes next is
//! decided by `crate::domain::tooltip::step`; the same figures are in the table for everyone.

use super::{draw::to_js, Instance};
use crate::domain::tooltip::{step, TooltipTable};
use leptos::prelude::*;
use serde::Serialize;

/// ECharts' `showTip` / `hideTip` actions.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
enum TipAction {
    #[serde(rename_all = "camelCase")]
    ShowTip {
        series_index: u32,
        data_index: u32,
    },
    HideTip,
}

/// The keyboard state of one chart.
#[derive(Clone, Copy)]
pub struct Explorer {
    instance: Instance,
    tooltip: Signal<TooltipTable>,
    index: RwSignal<Option<usize>>,
    spoken: RwSignal<String>,
}

impl Explorer {
    /// For the chart drawn in `instance`, whose tooltip says `tooltip`.
    pub fn new(instance: Instance, tooltip: Signal<TooltipTable>) -> Explorer {
        Explorer {
            instance,
            tooltip,
            index: RwSignal::new(None),
            spoken: RwSignal::new(String::new()),
        }
    }

    /// What the live region says now.
    pub fn spoken(&self) -> String {
        self.spoken.get()
    }

    fn show(&self, next: Option<usize>) {
        self.index.set(next);
        let action = match next {
            Some(i) => TipAction::ShowTip {
                series_index: 0,
                data_index: u32::try_from(i).unwrap_or(u32::MAX),
            },
            None => TipAction::HideTip,
        };
        if let Ok(action) = to_js(&action) {
            self.instance
                .try_with_value(|slot| slot.as_ref().map(|ec| ec.dispatch_action(&action)));
        }
    }

    /// Handles a key pressed on the chart.
    pub fn key(&self, ev: leptos::ev::KeyboardEvent) {
        let years = self.tooltip.with_untracked(|t| t.categories.len());
        let Some(next) = step(self.index.get_untracked(), &ev.key(), years) else {
            return;
        };
        ev.prevent_default();
        self.show(next);
        self.spoken.set(
            next.map(|i| self.tooltip.with_untracked(|t| t.text(i)))
                .unwrap_or_default(),
        );
    }

    /// Hides the tooltip when focus leaves the chart.
    pub fn blur(&self) {
        if self.index.get_untracked().is_some() {
            self.show(None);
        }
    }
}
