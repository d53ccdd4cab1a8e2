//! The client: configuration, the token, and the one path every API call takes.

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use kartaview_api::{OperationSpec, types};
use progenitor_client::ResponseValue;
use reqwest::header::{HeaderMap, HeaderValue};

use crate::error::{Error, Result, check_status, error_from_body, retry_after};
use crate::transport::paginate::{Page, Pagination};
use crate::transport::retry::{self, Failure, Retries, RetryPolicy};
use crate::transport::tls::Roots;

/// The production API.
pub const DEFAULT_BASE_URL: &str = "https://api.openstreetcam.org";

/// `kartaview-rs/<version>`.
pub const USER_AGENT: &str = concat!("kartaview-rs/", env!("CARGO_PKG_VERSION"));

/// A KartaView access token. Never printed: `Debug` and `Display` show `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// Wraps a token; surrounding whitespace is dropped.
    pub fn new(token: impl Into<String>) -> Result<Self> {
        let token = token.into().trim().to_owned();
        if token.is_empty() || token.chars().any(|c| c.is_control() || c == ' ') {
            return Err(Error::invalid(
                "token",
                "an access token must be non-empty printable text without spaces",
            ));
        }
        Ok(Token(token))
    }

    /// The secret itself, for the few places that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Builds a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    token: Option<Token>,
    user_agent: String,
    connect_timeout: Duration,
    request_timeout: Duration,
    retry: RetryPolicy,
    pagination: Pagination,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            base_url: DEFAULT_BASE_URL.to_owned(),
            token: None,
            user_agent: USER_AGENT.to_owned(),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(60),
            retry: RetryPolicy::default(),
            pagination: Pagination::default(),
        }
    }
}

impl ClientBuilder {
    /// The API's base URL (default `https://api.openstreetcam.org`).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// The access token, sent as `X-Auth-Token` (and as `access_token` where API 1.0 wants it),
    /// only ever to the API's own origin.
    pub fn token(mut self, token: Token) -> Self {
        self.token = Some(token);
        self
    }

    /// The `User-Agent` (default `kartaview-rs/<version>`).
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = agent.into();
        self
    }

    /// How long to wait for a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long one request may take in all (default 60 s).
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// When idempotent requests are retried.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Page size and concurrency of the list workflows (default 100 items, 4 pages in flight).
    pub fn pagination(mut self, pagination: Pagination) -> Self {
        self.pagination = pagination;
        self
    }

    /// Builds the client. For an `https` base URL, the platform's TLS roots are read on a
    /// thread of their own from here on: the first request does not wait for them, only the
    /// check of the server's certificate does.
    pub fn build(self) -> Result<Client> {
        let base = reqwest::Url::parse(&self.base_url).map_err(|e| {
            Error::invalid(
                "base_url",
                format!("invalid base URL {:?}: {e}", self.base_url),
            )
        })?;
        if !matches!(base.scheme(), "http" | "https") || base.host_str().is_none() {
            return Err(Error::invalid(
                "base_url",
                format!(
                    "invalid base URL {:?}: expected http(s)://host",
                    self.base_url
                ),
            ));
        }
        let mut headers = HeaderMap::new();
        if let Some(token) = &self.token {
            let mut value = HeaderValue::from_str(token.expose()).map_err(|_| {
                Error::invalid("token", "the access token is not a valid header value")
            })?;
            value.set_sensitive(true);
            headers.insert("X-Auth-Token", value);
        }
        // The token rides on every request of this client, so it must never follow a redirect
        // to another origin.
        let roots = if base.scheme() == "http" {
            Roots::Unneeded
        } else {
            Roots::ReadInBackground
        };
        let api_http = super::tls::client_builder(roots)?
            .user_agent(self.user_agent.clone())
            .default_headers(headers)
            .connect_timeout(self.connect_timeout)
            .timeout(self.request_timeout)
            .redirect(same_origin_redirects())
            .build()
            .map_err(Error::from)?;
        let base_url = self.base_url.trim_end_matches('/').to_owned();
        Ok(Client {
            inner: Arc::new(Inner {
                api: kartaview_api::Client::new_with_client(&base_url, api_http),
                storage_http: std::sync::OnceLock::new(),
                storage_settings: StorageSettings {
                    user_agent: self.user_agent,
                    connect_timeout: self.connect_timeout,
                    request_timeout: self.request_timeout,
                },
                base_url,
                token: self.token,
                retries: Retries::new(self.retry),
                pagination: self.pagination,
            }),
        })
    }
}

fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if same_origin && attempt.previous().len() < 5 {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

/// The KartaView client. Cheap to clone; clones share connections.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    api: kartaview_api::Client,
    /// Built on first use: it loads the system's TLS roots, which most commands never need.
    storage_http: std::sync::OnceLock<reqwest::Client>,
    storage_settings: StorageSettings,
    base_url: String,
    token: Option<Token>,
    /// Every request path retries with these, drawing on one budget.
    retries: Retries,
    pagination: Pagination,
}

/// What the storage client is built with.
struct StorageSettings {
    user_agent: String,
    connect_timeout: Duration,
    request_timeout: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("token", &self.inner.token)
            .field("retry", &self.inner.retries.policy)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client of the production API without a token.
    pub fn new() -> Result<Self> {
        ClientBuilder::default().build()
    }

    /// Configures a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The generated low-level client, for every operation this crate does not wrap. It sends
    /// the token but neither retries nor checks the status envelope: see
    /// [`OperationExt::run`](crate::OperationExt::run).
    pub fn api(&self) -> &kartaview_api::Client {
        &self.inner.api
    }

    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The access token, if any.
    pub fn token(&self) -> Option<&Token> {
        self.inner.token.as_ref()
    }

    pub(crate) fn require_token(&self) -> Result<&Token> {
        self.token().ok_or(Error::NoToken)
    }

    /// When idempotent requests are retried.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retries.policy
    }

    pub(crate) fn retries(&self) -> &Retries {
        &self.inner.retries
    }

    /// The pagination settings of the list workflows.
    pub fn pagination(&self) -> &Pagination {
        &self.inner.pagination
    }

    /// An HTTP client without the token, for image storage and other origins. Built on first
    /// use (it reads the system's TLS roots); an error when they cannot be loaded.
    pub fn storage_http(&self) -> Result<&reqwest::Client> {
        if let Some(client) = self.inner.storage_http.get() {
            return Ok(client);
        }
        let settings = &self.inner.storage_settings;
        let client = super::tls::client_builder(Roots::ReadNow)?
            .user_agent(settings.user_agent.clone())
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.request_timeout)
            .build()
            .map_err(Error::from)?;
        // A racing caller may have set it first; either client is as good.
        Ok(self.inner.storage_http.get_or_init(|| client))
    }

    /// Runs one operation of the spec: retried when `spec` says a repeat is harmless, traced
    /// as its operationId, the status envelope deciding success. The one path of every call,
    /// generated ([`OperationExt::run`](crate::OperationExt::run)) or handwritten.
    pub(crate) async fn execute<T, F, Fut>(&self, spec: OperationSpec, mut send: F) -> Result<T>
    where
        T: Enveloped,
        F: FnMut() -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<T>, progenitor_client::Error<()>>>,
    {
        retry::run(&self.inner.retries, spec.id, spec.idempotent, || {
            let response = send();
            async move {
                match response.await {
                    Ok(value) => {
                        let status = value.status().as_u16();
                        let value = value.into_inner();
                        check_status(value.status(), status)?;
                        Ok(value)
                    }
                    Err(e) => Err(failure_from(e).await),
                }
            }
        })
        .await
    }
}

async fn failure_from<E>(error: progenitor_client::Error<E>) -> Failure {
    use progenitor_client::Error as P;
    match error {
        // The generated builders refuse a missing or unconvertible parameter.
        P::InvalidRequest(message) | P::Custom(message) => {
            Error::invalid("request", message).into()
        }
        P::CommunicationError(e) | P::ResponseBodyError(e) | P::InvalidUpgrade(e) => {
            Error::from(e).into()
        }
        P::InvalidResponsePayload(body, e) => {
            error_from_body(200, &body, Some(&e.to_string())).into()
        }
        P::ErrorResponse(response) => {
            let retry_after = retry_after(response.headers());
            Failure {
                error: Error::Http {
                    status: response.status().as_u16(),
                    snippet: String::new(),
                },
                retry_after,
            }
        }
        P::UnexpectedResponse(response) => {
            let status = response.status().as_u16();
            let retry_after = retry_after(response.headers());
            let error = match response.bytes().await {
                Ok(body) => error_from_body(status, &body, None),
                Err(e) => Error::from(e),
            };
            Failure { error, retry_after }
        }
    }
}

/// A response with the status envelope.
pub trait Enveloped {
    /// The envelope's `status`.
    fn status(&self) -> &types::Status;
}

/// A 2.0 list response: its items and `hasMoreData`.
pub trait ListResponse: Enveloped {
    /// What the list holds.
    type Item;
    /// The page's items and whether there are more.
    fn into_page(self) -> Page<Self::Item>;
}

macro_rules! enveloped {
    ($($ty:ident),+ $(,)?) => {
        $(impl Enveloped for types::$ty {
            fn status(&self) -> &types::Status {
                &self.status
            }
        })+
    };
}

/// Calls the macro `$callback` with every generated response type that has the status
/// envelope: the one list of them, for this crate's [`Enveloped`] impls and for code that must
/// cover every response type (the decoder fuzzing).
#[doc(hidden)]
#[macro_export]
macro_rules! with_enveloped_responses {
    ($callback:ident) => {
        $callback!(
            SequenceListResponse,
            SequenceResponse,
            PhotoListResponse,
            PhotoResponse,
            VideoListResponse,
            VideoResponse,
            PhotoPartListResponse,
            PhotoPartResponse,
            SequenceAttachmentListResponse,
            SequenceAttachmentResponse,
            SequenceRawDataListResponse,
            SequenceRawDataResponse,
            UserListResponse,
            UserResponse,
            UserMetricsResponse,
            MaintenanceNoticeListResponse,
            StatusResponse,
            V1AuthResponse,
            V1SequenceCreateResponse,
            V1PhotoUploadResponse,
            V1VideoUploadResponse,
            V1FinishedUploadingResponse,
            V1SequencePhotoListResponse,
            V1NearbyPhotosResponse,
            V1NearbyTracksResponse,
            V1TracksResponse,
            V1MyListResponse,
            V1UserDetailsResponse,
            V1StatusResponse,
            V1OsvResponse,
            GmLeaderboardResponse,
        );
    };
}

with_enveloped_responses!(enveloped);

macro_rules! plain_list {
    ($($ty:ident => $item:ident),+ $(,)?) => {
        $(impl ListResponse for types::$ty {
            type Item = types::$item;
            fn into_page(self) -> Page<Self::Item> {
                Page {
                    has_more: self.result.has_more_data.unwrap_or(false),
                    items: self.result.data,
                }
            }
        })+
    };
}

plain_list!(
    VideoListResponse => Video,
    PhotoPartListResponse => PhotoPart,
    SequenceAttachmentListResponse => SequenceAttachment,
    SequenceRawDataListResponse => SequenceRawData,
    UserListResponse => User,
    MaintenanceNoticeListResponse => MaintenanceNotice,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_never_prints() {
        let token = Token::new("  deadbeef  ").unwrap();
        assert_eq!(format!("{token:?} {token}"), "Token(***) ***");
        assert_eq!(token.expose(), "deadbeef");
        assert!(Token::new("").is_err());
        assert!(Token::new("a b").is_err());
        let client = Client::builder().token(token).build().unwrap();
        let debug = format!("{client:?}");
        assert!(!debug.contains("deadbeef"), "{debug}");
    }

    #[test]
    fn base_url_is_validated() {
        assert!(Client::builder().base_url("not a url").build().is_err());
        assert!(Client::builder().base_url("ftp://x").build().is_err());
        let client = Client::builder()
            .base_url("http://127.0.0.1:9/")
            .build()
            .unwrap();
        assert_eq!(client.base_url(), "http://127.0.0.1:9");
    }
}
