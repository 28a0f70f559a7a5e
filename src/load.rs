//! Fetches the bundled dataset. gloo-net does not fail on an HTTP error status, so the status
//! is checked here; every failure becomes a [`LoadError`] the page can explain.

use crate::domain::dataset::{DataError, Dataset};
use gloo_net::http::Request;
use std::sync::Arc;

/// Where the dataset lives, relative to the page (so the app works from any sub-path).
pub const DATA_URL: &str = "data/nk-asylum.json";

/// How long the download may take before the reader is told and offered Try again.
pub const TIMEOUT_MS: u32 = 10_000;

/// Why the dataset could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// No complete response within [`TIMEOUT_MS`].
    #[error(
        "The figures took too long to download ({0} seconds). Check your connection and try again."
    )]
    Timeout(u32),
    /// No response at all: offline, blocked, or the server is down.
    #[error("The figures could not be downloaded ({0}). Check your connection and try again.")]
    Network(String),
    /// The server answered with an error status.
    #[error("The data file could not be loaded: the server answered {status} {text}.")]
    Status {
        /// HTTP status code.
        status: u16,
        /// Its reason phrase.
        text: String,
    },
    /// The file arrived but is not a dataset this page can read.
    #[error("The data file is damaged or out of date, so no figures are shown: {0}.")]
    Data(#[from] DataError),
}

/// Downloads, parses and validates the dataset at `url`.
pub async fn dataset(url: &str) -> Result<Arc<Dataset>, LoadError> {
    // The same signal aborts a stalled body as well as a stalled response.
    let timeout = web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS);
    let failed = |e: gloo_net::Error| {
        if timeout.aborted() {
            LoadError::Timeout(TIMEOUT_MS / 1000)
        } else {
            LoadError::Network(e.to_string())
        }
    };
    let response = Request::get(url)
        .abort_signal(Some(&timeout))
        .send()
        .await
        .map_err(failed)?;
    if !response.ok() {
        return Err(LoadError::Status {
            status: response.status(),
            text: response.status_text(),
        });
    }
    let text = response.text().await.map_err(failed)?;
    Ok(Arc::new(Dataset::from_json(&text)?))
}
