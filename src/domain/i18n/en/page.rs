//! The page's own words in English.

use super::super::page::PageText;
use super::super::En;
use crate::domain::figures::HoCount;
use crate::domain::params::View;

impl PageText for En {
    fn page_title(&self) -> &'static str {
        "North Korean asylum in the UK: two sources, two counts"
    }
    fn kicker(&self) -> &'static str {
        "Data story · Asylum"
    }
    fn headline(&self) -> &'static str {
        "North Korean asylum in the UK: two sources, two counts"
    }
    fn standfirst(&self) -> &'static str {
        "UNHCR and the UK Home Office publish different counts of the North Koreans who asked \
         Britain for asylum. Both are right: they count different people and group decisions \
         differently. Switch between the two, year by year, and see where the gap comes from."
    }
    fn skip_to_figures(&self) -> &'static str {
        "Skip to the figures"
    }
    fn loading_interactive(&self) -> &'static str {
        "Loading the interactive chart…"
    }
    fn choose_figures(&self) -> &'static str {
        "Choose the figures"
    }
    fn skip_to_chart(&self) -> &'static str {
        "Skip to the chart"
    }
    fn change_the_years(&self) -> &'static str {
        ", change the years"
    }
    fn source_of_figures(&self) -> &'static str {
        "Source of the figures"
    }
    fn home_office_counts(&self) -> &'static str {
        "Home Office counts"
    }
    fn count_name(&self, count: HoCount) -> &'static str {
        match count {
            HoCount::MainApplicants => "Main applicants",
            HoCount::Persons => "All people",
        }
    }
    fn years_legend(&self) -> &'static str {
        "Years"
    }
    fn year_from(&self) -> &'static str {
        "From "
    }
    fn year_to(&self) -> &'static str {
        "to "
    }
    fn views_label(&self) -> &'static str {
        "Views"
    }
    fn view_name(&self, view: View) -> &'static str {
        match view {
            View::Chart => "Chart",
            View::Compare => "Compare",
            View::Why => "Why they differ",
            View::Table => "Table",
        }
    }
    fn legend_label(&self) -> &'static str {
        "Legend"
    }
    fn table_scrolls(&self) -> &'static str {
        "Table, scrolls sideways"
    }
    fn totals_scroll(&self) -> &'static str {
        "Totals, scrolls sideways"
    }
    fn chart_keys_hint(&self) -> &'static str {
        "Use the left and right arrow keys to hear each year's figures."
    }
    fn download_png(&self) -> &'static str {
        "Download image (PNG)"
    }
    fn download_svg(&self) -> &'static str {
        "Download image (SVG)"
    }
    fn chart_failed(&self) -> &'static str {
        "The chart could not be drawn in this browser. The figures above are not affected."
    }
    fn chart_library_missing(&self) -> &'static str {
        "The chart could not be drawn because the charting library did not load. \
         The figures above are not affected; reloading the page may help."
    }
    fn image_failed(&self) -> &'static str {
        "The image could not be made in this browser. The table view has every figure."
    }
    fn share_and_download(&self) -> &'static str {
        "Share and download"
    }
    fn copy_link(&self) -> &'static str {
        "Copy link"
    }
    fn link_copied(&self) -> &'static str {
        "Link copied."
    }
    fn copy_link_below(&self) -> &'static str {
        "Copy the link below."
    }
    fn link_to_view(&self) -> &'static str {
        "Link to this view"
    }
    fn download_csv(&self) -> &'static str {
        "Download CSV"
    }
    fn downloaded(&self, file: &str) -> String {
        format!("Downloaded {file}.")
    }
    fn download_blocked(&self) -> &'static str {
        "The download was blocked by this page's settings. The Table view has every figure."
    }
    fn download_blocked_here(&self) -> &'static str {
        "The download was blocked here: the Table view has every figure."
    }
    fn download_dataset(&self) -> &'static str {
        "Download the full dataset (JSON)"
    }
    fn get_the_data(&self) -> &'static str {
        "Get the data"
    }
    fn notes_and_sources(&self) -> &'static str {
        "Notes and sources"
    }
    fn open_full_story(&self) -> &'static str {
        "Open the full story"
    }
    fn sources_heading(&self) -> &'static str {
        "Sources and notes"
    }
    fn counts(&self) -> &'static str {
        "Counts: "
    }
    fn embed(&self) -> &'static str {
        "Embed"
    }
    fn embed_heading(&self) -> &'static str {
        "Embed this view in your page"
    }
    fn embed_intro(&self, height: u32) -> String {
        format!(
            "Paste one of these codes into your article's HTML. The script keeps the frame as tall \
             as the story at any width; without it the frame stays {height} px tall, the height of \
             this view on a phone."
        )
    }
    fn own_origin(&self) -> &'static str {
        "If the story is on its own origin"
    }
    fn own_origin_help(&self) -> &'static str {
        "For a story whose address has another host name than your article's. Its sandbox allows \
         same-origin, so the story must live on its own origin: on your article's origin, the \
         frame could reach into the article."
    }
    fn article_origin(&self) -> &'static str {
        "If the story is on your article's origin"
    }
    fn article_origin_help(&self) -> &'static str {
        "For a story served from your article's own site (for example under /graphics/). The \
         frame is sandboxed without allow-same-origin, so it cannot reach the article; the \
         story's server must send Access-Control-Allow-Origin: * for its files."
    }
    fn embed_code_label(&self, heading: &str) -> String {
        format!("Embed code: {}", heading.trim_start_matches("If "))
    }
    fn copy_code(&self) -> &'static str {
        "Copy code"
    }
    fn code_copied(&self) -> &'static str {
        "Copied. Paste it into the HTML of your page."
    }
    fn code_selected(&self) -> &'static str {
        "The code is selected: press Ctrl+C (⌘C on a Mac) to copy it."
    }
    fn preview_caption(&self, phone: bool, width: u32, height: Option<u32>) -> String {
        let label = if phone { "Phone" } else { "Article column" };
        match height {
            Some(h) => format!("{label}, {width} px wide: {h} px tall"),
            None => format!("{label}, {width} px wide: loading…"),
        }
    }
    fn preview_title(&self, width: u32) -> String {
        format!("Preview of the embed, {width} px wide")
    }
    fn stopped_heading(&self) -> &'static str {
        "The interactive stopped working"
    }
    fn stopped_text(&self) -> &'static str {
        "An error stopped the chart and its controls. The figures on screen are as they were, \
         but they no longer change. Try again to reload it."
    }
    fn start_failed_heading(&self) -> &'static str {
        "The interactive could not start"
    }
    fn start_failed(&self, reason: &str) -> String {
        format!(
            "This interactive needs a browser with JavaScript modules and WebAssembly, and its \
             files from the same server ({reason}). Reloading may help."
        )
    }
    fn sandbox_heading(&self) -> &'static str {
        "This chart needs a less strict sandbox"
    }
    fn sandbox_text(&self) -> &'static str {
        "The page around this frame sandboxes it without \"allow-same-origin\", so the browser \
         refuses the chart its own program files. The frame needs \
         sandbox=\"allow-scripts allow-same-origin allow-popups\" (as in the embed code), or the \
         server must allow cross-origin requests to these files."
    }
    fn open_own_page(&self) -> &'static str {
        "Open the chart in its own page"
    }
}
