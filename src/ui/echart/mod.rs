//! The one place that talks to ECharts: initialise once, update in place with `setOption`,
//! resize when the container changes size, dispose on unmount. Its concerns have a file each:
//! `draw` declares the calls into ECharts and applies an option, `library` waits for the
//! ECharts script, `keyboard` lets a keyboard reader step through the years, `export` makes the
//! downloadable image.
//!
//! The option comes from the story model as JSON (`crate::domain::story::ChartView`). The calls
//! into ECharts that can throw are declared with `catch` (in `draw`), so a failed render becomes
//! a message beside the chart, not a dead page.

mod draw;
mod export;
mod keyboard;
mod library;

use crate::domain::{
    i18n::Catalogue, option_update::option_update, story::ChartView, tooltip::TooltipTable,
};
use draw::{draw, tooltip_html, EchartsInstance};
use leptos::{html::Div, prelude::*, reactive::effect::ImmediateEffect};
use library::Library;
use std::{cell::RefCell, rc::Rc};
use wasm_bindgen::{prelude::*, JsCast};

/// Why a chart is not on screen, or an image of it not saved; said in the edition's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// ECharts failed to draw.
    Render,
    /// The charting library never arrived.
    Library,
    /// The image download could not be made or saved.
    Image,
}

impl Failure {
    fn text(self, t: &dyn Catalogue) -> &'static str {
        match self {
            Failure::Render => t.chart_failed(),
            Failure::Library => t.chart_library_missing(),
            Failure::Image => t.image_failed(),
        }
    }
}

/// The tooltip formatter handed to ECharts, and the texts it reads.
type Formatter = (
    Closure<dyn Fn(JsValue) -> String>,
    Rc<RefCell<TooltipTable>>,
);

/// The observer that resizes the chart with its container, and its callback.
type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut()>);

/// The chart's ECharts instance, once drawn; shared by the lifecycle, the keyboard and export.
type Instance = StoredValue<Option<EchartsInstance>, LocalStorage>;

/// A download the reader asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Export {
    Png,
    Svg,
}

/// A chart that follows `chart`, sized by its container (CSS sets the height).
#[component]
pub fn EChart(
    /// The chart from the story model: option, tooltip texts, text alternative, image text.
    /// Each change is applied in place; its `id` is read once.
    #[prop(into)]
    chart: Signal<ChartView>,
) -> impl IntoView {
    let id = chart.with_untracked(|c| c.id);
    let node = NodeRef::<Div>::new();
    // The build-time picture of this chart (`crate::ui::first_view`), until ECharts has drawn.
    let picture = NodeRef::<Div>::new();
    let instance: Instance = StoredValue::new_local(None);
    let failure = RwSignal::new(None::<Failure>);
    let t = crate::ui::lang::text();
    let tooltip = crate::ui::part(chart, |c| &c.tooltip);
    // One formatter for the chart's lifetime, reading the latest texts: ECharts may call the
    // formatter of a tooltip that is open while the option changes. Made with the first draw
    // (a JavaScript closure exists only in the browser).
    let formatter: StoredValue<Option<Formatter>, LocalStorage> = StoredValue::new_local(None);
    let library = library::watch();
    // The option ECharts holds, once it has drawn one.
    let applied: StoredValue<Option<String>> = StoredValue::new(None);
    // The option the first view's picture shows, while it stands in for the chart.
    let pictured: StoredValue<Option<String>> = StoredValue::new(None);
    // A download asked for before ECharts had drawn: made once it has.
    let queued: StoredValue<Option<Export>> = StoredValue::new(None);
    let export = move |kind: Export| {
        let text = chart.with_untracked(|c| c.image.clone());
        match kind {
            Export::Png => export::download_png(instance, text, failure),
            Export::Svg => {
                let option = chart.with_untracked(|c| c.option.clone());
                export::download_svg(node.get_untracked(), &option, text, failure)
            }
        }
    };

    // Draws the chart's current option (untracked), creating the instance on first use.
    let paint = move || {
        let Some(element) = node.get_untracked() else {
            return;
        };
        let result = chart.with_untracked(|c| {
            formatter
                .try_update_value(|slot| {
                    let (f, current) = slot.get_or_insert_with(|| {
                        let texts = Rc::new(RefCell::new(TooltipTable::default()));
                        let current = texts.clone();
                        let f = Closure::new(move |params: JsValue| {
                            tooltip_html(&current.borrow(), &params)
                        });
                        (f, texts)
                    });
                    *current.borrow_mut() = c.tooltip.clone();
                    instance.try_update_value(|slot| {
                        let picture = picture
                            .get_untracked()
                            .filter(|p| p.child_element_count() > 0);
                        // What ECharts holds already is not sent again.
                        let option = applied.with_value(|held| match (&*slot, held) {
                            (Some(_), Some(held)) => option_update(held, &c.option),
                            _ => c.option.clone(),
                        });
                        let drawn =
                            draw(slot, &element, &option, f.as_ref().unchecked_ref(), picture);
                        applied.set_value(drawn.is_ok().then(|| c.option.clone()));
                        drawn
                    })
                })
                .flatten()
                .unwrap_or(Ok(()))
        });
        if let Err(error) = result {
            web_sys::console::error_2(&"chart render failed:".into(), &error);
            failure.set(Some(Failure::Render));
        } else {
            // Drawn: a failure said before (the library late, a render that failed) is over.
            if failure.get_untracked().is_some_and(|f| f != Failure::Image) {
                failure.set(None);
            }
            if let Some(kind) = queued.try_update_value(Option::take).flatten() {
                export(kind);
            }
        }
    };
    let has_instance = move || instance.try_with_value(Option::is_some).unwrap_or(false);

    // Until ECharts has an instance here: wait for the library (asking for it when the picture
    // no longer shows the chart), then draw the first time.
    Effect::new(move |_| {
        match library.get() {
            // Without a picture, or for another option than the picture's, the chart needs
            // ECharts now; the loader may be waiting to be asked.
            Library::Pending => {
                let shown = picture
                    .get_untracked()
                    .is_some_and(|p| p.child_element_count() > 0);
                let option = chart.with(|c| c.option.clone());
                let first = pictured.try_update_value(|p| p.get_or_insert(option.clone()).clone());
                if !shown || first.is_some_and(|first| first != option) {
                    library::want();
                }
                return;
            }
            Library::Missing => {
                queued.set_value(None);
                return failure.set(Some(Failure::Library));
            }
            Library::Ready => {}
        }
        // Drawn once: every later change is drawn by the effect below.
        if has_instance() {
            return;
        }
        node.track();
        chart.track();
        paint();
    });

    // Once there is an instance: each change of the chart is drawn as it happens, in the
    // reader's own input event, before the rest of the page is updated (in the effects that
    // run next, before the same frame). ECharts' drawing is the longest part of a change,
    // and it reads the page's styles: drawn first, it finds them clean (bench/README.md, the
    // toggle). A change that leaves this chart as it was draws nothing.
    let current = Memo::new(move |_| chart.get());
    ImmediateEffect::new_scoped(move || {
        // Read, not only tracked: a memo that is never read is never computed, and never
        // hears of a change.
        current.with(|_| ());
        if has_instance() {
            paint();
        }
    });

    // Follow the container's width (and height) without polling.
    let observer: StoredValue<Option<Observer>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            instance.try_with_value(|slot| slot.as_ref().map(|ec| ec.resize()));
        });
        if let Ok(o) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            o.observe(&element);
            observer.set_value(Some((o, on_resize)));
        }
    });
    on_cleanup(move || {
        observer.try_with_value(|o| o.as_ref().map(|(o, _)| o.disconnect()));
        instance.try_update_value(|slot| slot.take().map(|ec| ec.dispose()));
    });

    let ask = move |kind: Export| {
        if instance.try_with_value(Option::is_some).unwrap_or(false) {
            export(kind);
        } else {
            queued.set_value(Some(kind));
            library::want();
        }
    };
    let download = move |_| ask(Export::Png);
    let download_svg = move |_| ask(Export::Svg);
    // A reader reaching for the chart (a pointer over it, a tap, the keyboard) gets the live one.
    fn reach<E>(_: E) {
        library::want();
    }
    let keys = keyboard::Explorer::new(instance, tooltip);
    let hint_id = format!("{id}-hint");

    view! {
        <div class="chart-frame" on:pointerenter=reach on:pointerdown=reach on:focusin=reach>
            // role="img" with our description; its children (ECharts' canvas and its own
            // aria-label) are presentational, so a screen reader hears only ours.
            <div
                class="chart-a11y"
                role="img"
                tabindex="0"
                aria-label=move || chart.with(|c| c.label.clone())
                aria-describedby=hint_id.clone()
                on:keydown=move |ev| keys.key(ev)
                on:blur=move |_| keys.blur()
            >
                <div id=id class="chart" node_ref=node></div>
                <div class="chart-first-paint" data-first-paint=id node_ref=picture></div>
            </div>
            <p id=hint_id class="sr-only">{move || t().chart_keys_hint()}</p>
            <p class="sr-only" aria-live="polite">{move || keys.spoken()}</p>
            {move || failure.get().map(|f| view! { <p class="chart-error" role="alert">{move || f.text(t())}</p> })}
            <span class="chart-downloads">
                <button type="button" class="link-button" data-action="download-image" on:click=download>
                    {move || t().download_png()}
                </button>
                <button type="button" class="link-button" data-action="download-svg" on:click=download_svg>
                    {move || t().download_svg()}
                </button>
            </span>
        </div>
    }
}
