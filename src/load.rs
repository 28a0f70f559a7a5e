//! Fetches the bundled dataset. gloo-net does not fail on an HTTP error status, so the status
//! is checked here; every failure becomes a [`LoadError`] the page can explain.

use crate::domain::dataset::{DataError, Dataset};
use gloo_net::http::Request;
use std::sync::Arc;

/// Where the dataset lives, relative to the page (so the app works from any sub-path).
pub const DATA_URL: &str = "data/nk-asylum.json";

/// Why the dataset could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
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
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status {
            status: response.status(),
            text: response.status_text(),
        });
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    Ok(Arc::new(Dataset::from_json(&text)?))
}
