//! Fetches the bundled dataset. gloo-net does not fail on an HTTP error status, so the status
//! is checked here; every failure becomes a [`LoadError`] the page can explain, in English for
//! logs (`Display`) and in the reader's language with [`LoadError::message`].

use crate::domain::dataset::{DataError, Dataset};
use crate::domain::i18n::Lang;
use gloo_net::http::Request;
use std::{
    future::Future,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
};

/// Where the dataset lives, relative to the page (so the app works from any sub-path).
pub const DATA_URL: &str = "data/nk-asylum.json";

/// How long the whole download (response and body) may take before the reader is told and
/// offered Try again.
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

impl LoadError {
    /// The message in the reader's language (the catalogue's), with its way forward; in English
    /// it equals `Display`. The browser's and the server's own words are quoted as they are.
    pub fn message(&self, lang: Lang) -> String {
        let text = crate::domain::i18n::text(lang);
        match self {
            LoadError::Timeout(seconds) => text.timeout(*seconds),
            LoadError::Network(detail) => text.network(detail),
            LoadError::Status {
                status,
                text: phrase,
            } => text.http_status(*status, phrase),
            LoadError::Data(error) => text.bad_data(&error.message(lang)),
        }
    }
}

/// Downloads, parses and validates the dataset at `url`. The deadline covers the body as well
/// as the response: a server that sends its headers and half the file, then nothing, ends in
/// [`LoadError::Timeout`] like one that never answers.
pub async fn dataset(url: &str) -> Result<Arc<Dataset>, LoadError> {
    let timeout = web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS);
    let text = First(Box::pin(download(url, &timeout)), Box::pin(deadline())).await?;
    Ok(Arc::new(Dataset::from_json(&text)?))
}

/// The response's status and its whole body, aborted by `timeout`.
async fn download(url: &str, timeout: &web_sys::AbortSignal) -> Result<String, LoadError> {
    let failed = |e: gloo_net::Error| {
        if timeout.aborted() {
            LoadError::Timeout(TIMEOUT_MS / 1000)
        } else {
            LoadError::Network(e.to_string())
        }
    };
    let response = Request::get(url)
        .abort_signal(Some(timeout))
        .send()
        .await
        .map_err(failed)?;
    if !response.ok() {
        return Err(LoadError::Status {
            status: response.status(),
            text: response.status_text(),
        });
    }
    response.text().await.map_err(failed)
}

/// [`LoadError::Timeout`] after [`TIMEOUT_MS`], whatever the fetch does. Chromium's abort signal
/// also ends a body that stalls halfway (the browser tests check it); the deadline makes that
/// hold where the signal does not reach a body already being read (engines that only abort the
/// request, a response adopted from the page's preload of the same file).
async fn deadline() -> Result<String, LoadError> {
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        // Without a timer (no window) the promise never settles: the abort signal still ends
        // the download.
        if let Some(window) = web_sys::window() {
            let ms = TIMEOUT_MS as i32;
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(timer).await;
    Err(LoadError::Timeout(TIMEOUT_MS / 1000))
}

/// The output of whichever of two futures finishes first (the other is dropped).
struct First<A, B>(Pin<Box<A>>, Pin<Box<B>>);

impl<T, A: Future<Output = T>, B: Future<Output = T>> Future for First<A, B> {
    type Output = T;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        if let Poll::Ready(value) = self.0.as_mut().poll(cx) {
            return Poll::Ready(value);
        }
        self.1.as_mut().poll(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::check;

    fn every_error() -> [(LoadError, &'static [&'static str]); 4] {
        [
            (LoadError::Timeout(TIMEOUT_MS / 1000), &[]),
            (
                LoadError::Network("TypeError: Failed to fetch".into()),
                &["TypeError", "Failed", "fetch"],
            ),
            (
                LoadError::Status {
                    status: 404,
                    text: "Not Found".into(),
                },
                &["Not", "Found"],
            ),
            (
                LoadError::Data(DataError::SchemaVersion {
                    found: 2,
                    expected: 1,
                }),
                &[],
            ),
        ]
    }

    #[test]
    fn english_messages_are_the_display_ones() {
        for (error, _) in every_error() {
            assert_eq!(error.message(Lang::En), error.to_string());
        }
    }

    #[test]
    fn every_load_error_is_said_in_korean_with_its_way_forward() {
        for (error, quoted) in every_error() {
            check::korean(&error.message(Lang::Ko), &error.to_string(), quoted);
        }
        let [timeout, network, status, data] = every_error().map(|(e, _)| e.message(Lang::Ko));
        assert_eq!(
            timeout,
            "수치를 내려받는 데 너무 오래 걸렸습니다(10초). 인터넷 연결을 확인하고 다시 시도하세요."
        );
        assert!(
            network.contains("(TypeError: Failed to fetch)")
                && network.ends_with("다시 시도하세요.")
        );
        assert_eq!(
            status,
            "데이터 파일을 불러오지 못했습니다. 서버 응답: 404 Not Found"
        );
        // The data error inside is Korean too.
        assert!(
            data.ends_with("데이터 파일 형식 버전은 2인데 이 페이지는 1 버전을 읽습니다."),
            "{data}"
        );
        // A server with no reason phrase (HTTP/2) leaves no dangling space.
        let bare = LoadError::Status {
            status: 503,
            text: String::new(),
        };
        assert!(bare.message(Lang::Ko).ends_with("서버 응답: 503"));
    }
}
