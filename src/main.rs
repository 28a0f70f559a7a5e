//! Entry point of the browser app.

fn main() {
    nk_asylum::ui::status::install_panic_hook();
    nk_asylum::mount();
}
