//! The page's own words: the masthead, controls, buttons, their labels for assistive
//! technology, the sharing and embedding panel, and what the chart says when it cannot draw.

use crate::domain::figures::HoCount;
use crate::domain::params::View;

/// Words of the page around the story's computed text.
pub(crate) trait PageText {
    /// The document's `<title>`.
    fn page_title(&self) -> &'static str;
    /// The line above the headline: "Data story · Asylum".
    fn kicker(&self) -> &'static str;
    /// The story's headline.
    fn headline(&self) -> &'static str;
    /// The paragraph under the headline.
    fn standfirst(&self) -> &'static str;
    /// The page's first link, to the figures.
    fn skip_to_figures(&self) -> &'static str;
    /// The static page's line until the app has started.
    fn loading_interactive(&self) -> &'static str;

    /// The controls' group label.
    fn choose_figures(&self) -> &'static str;
    /// The phone's link past the headline figures.
    fn skip_to_chart(&self) -> &'static str;
    /// Read after the embed's year span, on its disclosure.
    fn change_the_years(&self) -> &'static str;
    /// The source toggle's group label.
    fn source_of_figures(&self) -> &'static str;
    /// The count switch's label.
    fn home_office_counts(&self) -> &'static str;
    /// A count switch button.
    fn count_name(&self, count: HoCount) -> &'static str;
    /// The year pickers' legend.
    fn years_legend(&self) -> &'static str;
    /// The first year's label.
    fn year_from(&self) -> &'static str;
    /// The last year's label.
    fn year_to(&self) -> &'static str;
    /// The tab list's label.
    fn views_label(&self) -> &'static str;
    /// A tab.
    fn view_name(&self, view: View) -> &'static str;
    /// The chart legend's label.
    fn legend_label(&self) -> &'static str;
    /// A scrolling table's label.
    fn table_scrolls(&self) -> &'static str;
    /// The Compare totals' scrolling label.
    fn totals_scroll(&self) -> &'static str;

    /// How to explore the chart by keyboard.
    fn chart_keys_hint(&self) -> &'static str;
    /// The chart's PNG download.
    fn download_png(&self) -> &'static str;
    /// The chart's SVG download.
    fn download_svg(&self) -> &'static str;
    /// When ECharts fails to draw.
    fn chart_failed(&self) -> &'static str;
    /// When ECharts never arrived.
    fn chart_library_missing(&self) -> &'static str;
    /// When the image download cannot be made.
    fn image_failed(&self) -> &'static str;

    /// The toolbar's group label.
    fn share_and_download(&self) -> &'static str;
    /// Copy link.
    fn copy_link(&self) -> &'static str;
    /// After copying.
    fn link_copied(&self) -> &'static str;
    /// When the clipboard refused.
    fn copy_link_below(&self) -> &'static str;
    /// The link field's label.
    fn link_to_view(&self) -> &'static str;
    /// Download CSV.
    fn download_csv(&self) -> &'static str;
    /// After a download, with the file's name.
    fn downloaded(&self, file: &str) -> String;
    /// When the page's settings block downloads.
    fn download_blocked(&self) -> &'static str;
    /// The same, in the embed.
    fn download_blocked_here(&self) -> &'static str;
    /// Download the whole dataset.
    fn download_dataset(&self) -> &'static str;
    /// The embed's data button.
    fn get_the_data(&self) -> &'static str;
    /// The embed's disclosure of notes and sources.
    fn notes_and_sources(&self) -> &'static str;
    /// The embed's link to the standalone page.
    fn open_full_story(&self) -> &'static str;

    /// The sources' heading.
    fn sources_heading(&self) -> &'static str;
    /// Before whom a source counts.
    fn counts(&self) -> &'static str;

    /// The embed panel's button.
    fn embed(&self) -> &'static str;
    /// The embed panel's heading.
    fn embed_heading(&self) -> &'static str;
    /// How the codes work, with the frame's fallback height in CSS pixels.
    fn embed_intro(&self, height: u32) -> String;
    /// Heading of the code for a story on its own origin.
    fn own_origin(&self) -> &'static str;
    /// What that code is for.
    fn own_origin_help(&self) -> &'static str;
    /// Heading of the code for a story on the article's origin.
    fn article_origin(&self) -> &'static str;
    /// What that code is for.
    fn article_origin_help(&self) -> &'static str;
    /// A code field's label, with its heading.
    fn embed_code_label(&self, heading: &str) -> String;
    /// Copy code.
    fn copy_code(&self) -> &'static str;
    /// After copying a code.
    fn code_copied(&self) -> &'static str;
    /// When the clipboard refused a code.
    fn code_selected(&self) -> &'static str;
    /// A preview's caption: the phone's (`phone`) or the article column's frame, its width and
    /// its measured height in CSS pixels, once known.
    fn preview_caption(&self, phone: bool, width: u32, height: Option<u32>) -> String;
    /// A preview frame's title.
    fn preview_title(&self, width: u32) -> String;

    /// The loader's heading when the app stopped after it started (a trap, an uncaught error).
    fn stopped_heading(&self) -> &'static str;
    /// What that means and what Try again does.
    fn stopped_text(&self) -> &'static str;
    /// The loader's heading when the app could not start.
    fn start_failed_heading(&self) -> &'static str;
    /// Why, with the browser's own reason (machine text, quoted as it is).
    fn start_failed(&self, reason: &str) -> String;
    /// The heading when a host's sandbox refuses the app its files.
    fn sandbox_heading(&self) -> &'static str;
    /// What the host must change.
    fn sandbox_text(&self) -> &'static str;
    /// The link from a failed frame to the story's own page.
    fn open_own_page(&self) -> &'static str;
}
