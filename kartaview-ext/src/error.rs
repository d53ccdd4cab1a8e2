//! The crate's one error type, and the status envelope that decides success.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use kartaview_api::types;

/// Everything that can go wrong talking to KartaView.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a status envelope whose `apiCode` is not 600.
    #[error("KartaView refused the request: {code} ({}){}", code.code(), fmt_message(.message))]
    Api {
        /// What went wrong, as the server says.
        code: ApiCode,
        /// The server's `apiMessage`, trimmed.
        message: String,
        /// The argument the server names at the end of `apiMessage` ("… (sequenceId)"), if any.
        argument: Option<String>,
        /// The HTTP status the envelope came with.
        http_status: u16,
    },
    /// An HTTP error whose body is not a KartaView envelope (an HTML error page, an empty 400).
    #[error("HTTP {status}{}", fmt_snippet(.snippet))]
    Http {
        /// The HTTP status.
        status: u16,
        /// The start of the body, whitespace folded.
        snippet: String,
    },
    /// A success body that is not JSON at all: cut short or garbled, as a dropped connection
    /// leaves it. Transient: an idempotent request is tried again.
    #[error("malformed response (HTTP {status}): {reason}{}", fmt_snippet(.snippet))]
    Malformed {
        /// The HTTP status.
        status: u16,
        /// What the JSON parser said.
        reason: String,
        /// The start of the body, whitespace folded.
        snippet: String,
    },
    /// Well-formed JSON of a shape the client does not understand.
    #[error("unexpected response (HTTP {status}): {reason}{}", fmt_snippet(.snippet))]
    Decode {
        /// The HTTP status.
        status: u16,
        /// What the decoder said.
        reason: String,
        /// The start of the body, whitespace folded.
        snippet: String,
    },
    /// The request did not complete within the configured timeout.
    #[error("request timed out")]
    Timeout,
    /// A connection or protocol failure; the cause is its [`source`](std::error::Error::source).
    #[error("network error")]
    Transport(#[source] TransportError),
    /// TLS cannot be set up: the platform's certificate store gives no usable root (for the
    /// image client and [`http_client_builder`](crate::http_client_builder), which read it
    /// when built; the API client reads it in the background, and its first request then fails
    /// with a [`Transport`](Error::Transport) error that is not transient).
    #[error("cannot set up TLS")]
    Tls(#[source] TlsError),
    /// The operation needs an access token and the client has none.
    #[error("invalid request: this operation needs an access token: log in first")]
    NoToken,
    /// A value the caller gave cannot be used (a base URL, a position, a page size, an id too
    /// large for the API, an empty code, nothing to upload).
    #[error("invalid request: {reason}")]
    InvalidArgument {
        /// The parameter (or field) holding the value.
        name: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// A local file cannot be used: not GPX, no readable EXIF, a damaged state, journal, plan
    /// or credentials file, or one of another version.
    #[error("{}: {reason}", path.display())]
    InvalidInput {
        /// The file.
        path: PathBuf,
        /// What is wrong with it, and what to do.
        reason: String,
    },
    /// Going on would mix an upload up with an earlier run of it.
    #[error(transparent)]
    UploadConflict(#[from] crate::local::upload::UploadConflict),
    /// The server no longer knows the sequence an upload goes into (apiCode 612 naming
    /// `sequenceId`), and re-creating it was not allowed or did not help.
    #[error(
        "sequence {sequence_id} no longer exists on the server; allow re-creating it to upload everything into a new sequence"
    )]
    SequenceGone {
        /// The vanished sequence.
        sequence_id: u64,
        /// The server's answer.
        source: Box<Error>,
    },
    /// A response lacks what the operation needs from it (a video naming no sequence, a photo
    /// without an image URL).
    #[error("{entity} {id} has no {field}")]
    Missing {
        /// What the response describes: "photo", "video".
        entity: &'static str,
        /// Its id.
        id: u64,
        /// What it lacks.
        field: &'static str,
    },
    /// A local file could not be read or written.
    #[error("{context}")]
    Io {
        /// What was being done, with the path.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

/// What kind of failure an [`Error`] is: what a program decides on (ask again later, log in,
/// fix the input, give up). Finer detail is in the variant and in
/// [`Error::api_code`] / [`Error::http_status`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The entity does not exist (HTTP 404, or apiCode 612 / 671: an unknown or deleted id).
    NotFound,
    /// A login is missing, expired or not allowed this (no token, HTTP 401/403, apiCode 401 or
    /// 618).
    Unauthorized,
    /// The server asks for fewer requests (HTTP 429).
    RateLimited,
    /// The server or the network failed in a way that may pass: 5xx, 408, apiCode 690, a
    /// timeout, a dropped connection, a body cut short. [`Error::is_retryable`] is true.
    Unavailable,
    /// A value the caller gave, or a request the server refused as malformed (apiCode 610,
    /// 611, 613, other HTTP 4xx).
    InvalidArgument,
    /// A local file cannot be used (not GPX, no readable EXIF, a damaged state file).
    InvalidInput,
    /// A local file could not be read or written.
    Io,
    /// An upload would mix with an earlier run of it, or its sequence is gone.
    UploadConflict,
    /// The server answered something this client does not understand (an unknown apiCode,
    /// JSON of another shape, a response lacking what the operation needs).
    UnexpectedResponse,
    /// TLS cannot be set up, or refused the server.
    Tls,
}

/// The network failure behind [`Error::Transport`]. Its `Display` and `source` are the HTTP
/// client's; [`TransportError::reqwest`] is the escape hatch to that client's own error.
#[derive(Debug)]
pub struct TransportError(reqwest::Error);

impl TransportError {
    /// The underlying `reqwest` error.
    pub fn reqwest(&self) -> &reqwest::Error {
        &self.0
    }

    /// Whether it failed while connecting (nothing reached the server).
    pub fn is_connect(&self) -> bool {
        self.0.is_connect()
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

/// Why TLS cannot be set up ([`Error::Tls`]): what failed, with the TLS library's or the
/// operating system's error as its `source`.
#[derive(Debug, thiserror::Error)]
#[error("{what}")]
pub struct TlsError {
    what: String,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl TlsError {
    pub(crate) fn new(
        what: impl Into<String>,
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        TlsError {
            what: what.into(),
            source,
        }
    }
}

/// Result with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

fn fmt_message(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {message}")
    }
}

fn fmt_snippet(snippet: &str) -> String {
    if snippet.is_empty() {
        " with an empty body".to_owned()
    } else {
        format!(": {snippet}")
    }
}

impl Error {
    /// The KartaView `apiCode`, when the server sent one.
    pub fn api_code(&self) -> Option<ApiCode> {
        match self {
            Error::Api { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// The HTTP status, when there was a response.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Error::Api { http_status, .. } => Some(*http_status),
            Error::Http { status, .. }
            | Error::Decode { status, .. }
            | Error::Malformed { status, .. } => Some(*status),
            Error::Transport(e) => e.0.status().map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// Whether trying the same idempotent request again may succeed: connection failures
    /// (not a server TLS refuses: its certificate, or no roots to judge it by), timeouts, bodies
    /// cut short, HTTP 408, 429 and 5xx, and apiCode 690 (an unexpected server error, whatever
    /// the HTTP status).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => !is_tls_refusal(&e.0),
            Error::Timeout | Error::Malformed { .. } => true,
            Error::Api {
                code: ApiCode::UnexpectedServerError,
                ..
            } => true,
            Error::Http { status, .. }
            | Error::Api {
                http_status: status,
                ..
            } => is_transient_status(*status),
            _ => false,
        }
    }

    /// This error and each of its causes, separated by `: `: for the text of a progress event,
    /// which carries no error chain.
    pub(crate) fn with_causes(&self) -> String {
        let mut text = self.to_string();
        let mut next = std::error::Error::source(self);
        while let Some(cause) = next {
            text.push_str(": ");
            text.push_str(&cause.to_string());
            next = cause.source();
        }
        text
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Api {
                code, http_status, ..
            } => match code {
                ApiCode::ArgumentOutOfRange | ApiCode::IncorrectStatus => ErrorKind::NotFound,
                ApiCode::AuthenticationRequired | ApiCode::NotAllowed => ErrorKind::Unauthorized,
                ApiCode::MissingArgument | ApiCode::WrongArgumentType | ApiCode::InvalidBody => {
                    ErrorKind::InvalidArgument
                }
                ApiCode::UnexpectedServerError => ErrorKind::Unavailable,
                _ => kind_of_status(*http_status),
            },
            Error::Http { status, .. } => kind_of_status(*status),
            Error::Transport(e) if is_tls_refusal(&e.0) => ErrorKind::Tls,
            Error::Malformed { .. } | Error::Timeout | Error::Transport(_) => {
                ErrorKind::Unavailable
            }
            Error::Decode { .. } | Error::Missing { .. } => ErrorKind::UnexpectedResponse,
            Error::Tls(_) => ErrorKind::Tls,
            Error::NoToken => ErrorKind::Unauthorized,
            Error::InvalidArgument { .. } => ErrorKind::InvalidArgument,
            Error::InvalidInput { .. } => ErrorKind::InvalidInput,
            Error::UploadConflict(_) | Error::SequenceGone { .. } => ErrorKind::UploadConflict,
            Error::Io { .. } => ErrorKind::Io,
        }
    }

    /// Whether the server answered that an argument is out of range (612) and named
    /// `sequenceId` (or named nothing at all): the sequence is unknown or deleted.
    pub fn is_sequence_unknown(&self) -> bool {
        match self {
            Error::Api {
                code: ApiCode::ArgumentOutOfRange,
                message,
                argument,
                ..
            } => match argument {
                Some(name) => name.eq_ignore_ascii_case("sequenceId"),
                None => message.is_empty(),
            },
            _ => false,
        }
    }

    pub(crate) fn invalid(name: &'static str, reason: impl Into<String>) -> Self {
        Error::InvalidArgument {
            name,
            reason: reason.into(),
        }
    }

    pub(crate) fn invalid_input(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        Error::InvalidInput {
            path: path.into(),
            reason: reason.into(),
        }
    }

    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// A response whose entity has no usable id.
    pub(crate) fn missing_id(what: &str) -> Self {
        Error::Decode {
            status: 200,
            reason: format!("the {what} in the response has no id"),
            snippet: String::new(),
        }
    }

    pub(crate) fn decode(status: u16, reason: impl fmt::Display, body: &[u8]) -> Self {
        Error::Decode {
            status,
            reason: reason.to_string(),
            snippet: snippet(body),
        }
    }
}

/// Whether TLS refused the server: its certificate, or no roots to judge it by. Asking again
/// gets the same answer.
fn is_tls_refusal(error: &reqwest::Error) -> bool {
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = next {
        if let Some(rustls::Error::InvalidCertificate(_) | rustls::Error::General(_)) =
            e.downcast_ref::<rustls::Error>()
        {
            return true;
        }
        // An `io::Error`'s `source` is that of the error it wraps, which it skips.
        next = match e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(wrapped) => Some(wrapped),
            None => e.source(),
        };
    }
    false
}

/// The kind an HTTP status says, for an answer that says nothing more precise.
fn kind_of_status(status: u16) -> ErrorKind {
    match status {
        404 | 410 => ErrorKind::NotFound,
        401 | 403 => ErrorKind::Unauthorized,
        429 => ErrorKind::RateLimited,
        s if is_transient_status(s) => ErrorKind::Unavailable,
        400..=499 => ErrorKind::InvalidArgument,
        _ => ErrorKind::UnexpectedResponse,
    }
}

pub(crate) fn is_transient_status(status: u16) -> bool {
    matches!(status, 408 | 429) || (500..=599).contains(&status)
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        if e.is_timeout() {
            Error::Timeout
        } else {
            // The URL never carries the token (it travels in a header or a form body).
            Error::Transport(TransportError(e))
        }
    }
}

/// KartaView's status codes (`status.apiCode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiCode {
    /// 600: processed without incidents.
    Ok,
    /// 601: empty result.
    EmptyResult,
    /// 602: processed, but with incidents.
    ProcessedWithIncidents,
    /// 610: a required argument is missing.
    MissingArgument,
    /// 611: an argument has the wrong type.
    WrongArgumentType,
    /// 612: an argument is out of range, e.g. an unknown or deleted `sequenceId`.
    ArgumentOutOfRange,
    /// 613: invalid request body.
    InvalidBody,
    /// 618: not allowed to perform this operation.
    NotAllowed,
    /// 660: duplicate entry, e.g. a `sequenceIndex` already uploaded.
    DuplicateEntry,
    /// 671: incorrect status (the entity is deleted or missing).
    IncorrectStatus,
    /// 690: unexpected server error.
    UnexpectedServerError,
    /// 401: authentication required.
    AuthenticationRequired,
    /// 406: duplicate key (API 2.0 uploads).
    DuplicateKey,
    /// Any other code.
    Other(i64),
}

impl ApiCode {
    /// The numeric code.
    pub fn code(self) -> i64 {
        match self {
            ApiCode::Ok => 600,
            ApiCode::EmptyResult => 601,
            ApiCode::ProcessedWithIncidents => 602,
            ApiCode::MissingArgument => 610,
            ApiCode::WrongArgumentType => 611,
            ApiCode::ArgumentOutOfRange => 612,
            ApiCode::InvalidBody => 613,
            ApiCode::NotAllowed => 618,
            ApiCode::DuplicateEntry => 660,
            ApiCode::IncorrectStatus => 671,
            ApiCode::UnexpectedServerError => 690,
            ApiCode::AuthenticationRequired => 401,
            ApiCode::DuplicateKey => 406,
            ApiCode::Other(code) => code,
        }
    }

    /// Whether an upload answered with this code is stored: 600, or a duplicate of an earlier
    /// upload whose answer was lost (660, and 406 on API 2.0).
    pub fn means_stored(self) -> bool {
        matches!(
            self,
            ApiCode::Ok | ApiCode::DuplicateEntry | ApiCode::DuplicateKey
        )
    }
}

impl From<i64> for ApiCode {
    fn from(code: i64) -> Self {
        match code {
            600 => ApiCode::Ok,
            601 => ApiCode::EmptyResult,
            602 => ApiCode::ProcessedWithIncidents,
            610 => ApiCode::MissingArgument,
            611 => ApiCode::WrongArgumentType,
            612 => ApiCode::ArgumentOutOfRange,
            613 => ApiCode::InvalidBody,
            618 => ApiCode::NotAllowed,
            660 => ApiCode::DuplicateEntry,
            671 => ApiCode::IncorrectStatus,
            690 => ApiCode::UnexpectedServerError,
            401 => ApiCode::AuthenticationRequired,
            406 => ApiCode::DuplicateKey,
            other => ApiCode::Other(other),
        }
    }
}

impl fmt::Display for ApiCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ApiCode::Ok => "ok",
            ApiCode::EmptyResult => "empty result",
            ApiCode::ProcessedWithIncidents => "processed with incidents",
            ApiCode::MissingArgument => "missing argument",
            ApiCode::WrongArgumentType => "wrong argument type",
            ApiCode::ArgumentOutOfRange => "argument out of range",
            ApiCode::InvalidBody => "invalid request body",
            ApiCode::NotAllowed => "not allowed",
            ApiCode::DuplicateEntry => "duplicate entry",
            ApiCode::IncorrectStatus => "incorrect status",
            ApiCode::UnexpectedServerError => "unexpected server error",
            ApiCode::AuthenticationRequired => "authentication required",
            ApiCode::DuplicateKey => "duplicate key",
            ApiCode::Other(_) => "unknown code",
        })
    }
}

/// Decides success from a status envelope: `apiCode` 600, whatever the HTTP status said.
pub(crate) fn check_status(status: &types::Status, http_status: u16) -> Result<()> {
    let code = api_code_of(&status.api_code).ok_or_else(|| Error::Decode {
        status: http_status,
        reason: "status.apiCode is not a number".to_owned(),
        snippet: String::new(),
    })?;
    if code == ApiCode::Ok {
        Ok(())
    } else {
        let message = status.api_message.as_deref().unwrap_or("").trim();
        Err(Error::Api {
            code,
            argument: named_argument(message).map(str::to_owned),
            message: message.to_owned(),
            http_status,
        })
    }
}

/// The argument an `apiMessage` names: KartaView appends it in parentheses, as in
/// "An argument is out of range (sequenceId)".
fn named_argument(message: &str) -> Option<&str> {
    let inner = message.strip_suffix(')')?;
    let name = &inner[inner.rfind('(')? + 1..];
    let name = name.trim();
    (!name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '[' | ']')))
    .then_some(name)
}

fn api_code_of(raw: &types::StringOrInteger) -> Option<ApiCode> {
    match raw {
        types::StringOrInteger::Int64(n) => Some(ApiCode::from(*n)),
        types::StringOrInteger::String(s) => s.trim().parse::<i64>().ok().map(ApiCode::from),
    }
}

/// Turns a response that is not a decodable success into an [`Error`]: the envelope when the
/// body has one, else the status and the start of the body.
pub(crate) fn error_from_body(http_status: u16, body: &[u8], decode_error: Option<&str>) -> Error {
    if let Ok(envelope) = serde_json::from_slice::<types::ErrorEnvelope>(body) {
        match check_status(&envelope.status, http_status) {
            Err(e) => return e,
            // A 600 envelope on an error status, or a success body we failed to decode.
            Ok(()) if (200..300).contains(&http_status) => {}
            Ok(()) => {
                return Error::Http {
                    status: http_status,
                    snippet: snippet(body),
                };
            }
        }
    }
    match decode_error {
        Some(reason) if (200..300).contains(&http_status) => {
            if serde_json::from_slice::<serde::de::IgnoredAny>(body).is_err() {
                Error::Malformed {
                    status: http_status,
                    reason: reason.to_owned(),
                    snippet: snippet(body),
                }
            } else {
                Error::decode(http_status, reason, body)
            }
        }
        _ => Error::Http {
            status: http_status,
            snippet: snippet(body),
        },
    }
}

const SNIPPET_CHARS: usize = 160;

/// The start of a body for an error message: whitespace folded, cut at a character boundary.
pub(crate) fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(SNIPPET_CHARS * 4)]);
    let mut out = String::new();
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        if out.chars().count() >= SNIPPET_CHARS {
            break;
        }
    }
    if out.chars().count() > SNIPPET_CHARS {
        out = out.chars().take(SNIPPET_CHARS).collect::<String>() + "…";
    }
    out
}

/// How long the server asked us to wait (`Retry-After` in seconds; HTTP dates are ignored).
/// `Retry-After` in seconds, or as an HTTP date (a date in the past means now).
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_string_code_and_padded_message() {
        let body = br#"{"status":{"apiCode":"660","apiMessage":" You are not allowed to add a duplicate entry (sequenceIndex) ","httpCode":400,"httpMessage":"Bad Request"}}"#;
        let err = error_from_body(400, body, None);
        assert_eq!(err.api_code(), Some(ApiCode::DuplicateEntry));
        assert_eq!(
            err.to_string(),
            "KartaView refused the request: duplicate entry (660): You are not allowed to add a duplicate entry (sequenceIndex)"
        );
        assert!(ApiCode::DuplicateEntry.means_stored());
    }

    #[test]
    fn retry_after_in_seconds_or_as_an_http_date() {
        use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(RETRY_AFTER, HeaderValue::from_str(value).unwrap());
            retry_after(&headers)
        };
        assert_eq!(with(" 7 "), Some(Duration::from_secs(7)));
        let in_a_minute = std::time::SystemTime::now() + Duration::from_secs(60);
        let waited = with(&httpdate::fmt_http_date(in_a_minute)).expect("a date");
        assert!(
            (Duration::from_secs(58)..=Duration::from_secs(60)).contains(&waited),
            "{waited:?}"
        );
        assert_eq!(with("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO));
        assert_eq!(with("soon"), None);
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }

    #[test]
    fn error_code_inside_http_200() {
        let body = br#"{"status":{"apiCode":618,"apiMessage":"You are not allowed to perform this operation","httpCode":200}}"#;
        let err = error_from_body(200, body, Some("missing field `result`"));
        assert_eq!(err.api_code(), Some(ApiCode::NotAllowed));
        assert_eq!(err.http_status(), Some(200));
        assert!(!err.is_retryable());
    }

    #[test]
    fn html_page_and_empty_body() {
        let html =
            b"<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>";
        let err = error_from_body(502, html, None);
        assert_eq!(
            err.to_string(),
            "HTTP 502: <html> <head><title>502 Bad Gateway</title></head> <body>nginx</body></html>"
        );
        assert!(err.is_retryable());
        assert_eq!(
            error_from_body(400, b"", None).to_string(),
            "HTTP 400 with an empty body"
        );
    }

    #[test]
    fn truncated_success_body() {
        let cut = br#"{"status":{"apiCode":600},"result":{"da"#;
        let err = error_from_body(200, cut, Some("EOF"));
        assert!(matches!(err, Error::Malformed { status: 200, .. }));
        assert!(
            err.to_string()
                .starts_with("malformed response (HTTP 200): EOF")
        );
        assert!(err.is_retryable());
        let shape = error_from_body(
            200,
            br#"{"status":{"apiCode":600},"result":7}"#,
            Some("bad"),
        );
        assert!(matches!(shape, Error::Decode { status: 200, .. }));
        assert!(!shape.is_retryable());
    }

    #[test]
    fn snippet_is_bounded_and_utf8_safe() {
        let long = "é".repeat(1000);
        let s = snippet(long.as_bytes());
        assert_eq!(s.chars().count(), SNIPPET_CHARS + 1);
        assert!(s.ends_with('…'));
    }

    fn api_error(code: i64, message: &str) -> Error {
        let body = serde_json::json!({"status": {"apiCode": code, "apiMessage": message}});
        error_from_body(404, body.to_string().as_bytes(), None)
    }

    #[test]
    fn the_argument_named_by_api_message_is_parsed_once() {
        let padded = api_error(612, " An argument is out of range (sequenceId) ");
        assert!(
            matches!(&padded, Error::Api { argument: Some(a), message, .. }
                if a == "sequenceId" && message == "An argument is out of range (sequenceId)"),
            "{padded:?}"
        );
        assert_eq!(
            named_argument("A required argument is missing (photo[lat])"),
            Some("photo[lat]")
        );
        assert_eq!(named_argument("Invalid request body."), None);
        assert_eq!(named_argument("(not an argument name)"), None);
        assert_eq!(named_argument("()"), None);
        assert_eq!(named_argument(""), None);
    }

    #[test]
    fn only_a_612_naming_the_sequence_means_the_sequence_is_unknown() {
        assert!(api_error(612, "An argument is out of range (sequenceId)").is_sequence_unknown());
        assert!(api_error(612, "An argument is out of range (SEQUENCEID)").is_sequence_unknown());
        // A bare 612 on a call keyed by the sequence: nothing else can be out of range.
        assert!(api_error(612, "").is_sequence_unknown());
        assert!(!api_error(612, "An argument is out of range (photoId)").is_sequence_unknown());
        assert!(!api_error(612, "An argument is out of range").is_sequence_unknown());
        assert!(!api_error(671, "The status is incorrect. (sequenceId)").is_sequence_unknown());
        assert!(!Error::NoToken.is_sequence_unknown());
    }

    #[test]
    fn typed_variants_say_what_went_wrong() {
        assert_eq!(
            Error::NoToken.to_string(),
            "invalid request: this operation needs an access token: log in first"
        );
        let gone = Error::SequenceGone {
            sequence_id: 9001,
            source: Box::new(api_error(612, "An argument is out of range (sequenceId)")),
        };
        // The cause is the source, not part of the message: a chain prints it once.
        assert_eq!(
            gone.with_causes(),
            "sequence 9001 no longer exists on the server; allow re-creating it to upload everything into a new sequence: KartaView refused the request: argument out of range (612): An argument is out of range (sequenceId)"
        );
        assert!(!gone.is_retryable());
        assert_eq!(gone.kind(), ErrorKind::UploadConflict);
        let io = Error::io(
            "cannot read trip/a.jpg",
            std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
        );
        assert_eq!(io.to_string(), "cannot read trip/a.jpg");
        assert_eq!(io.with_causes(), "cannot read trip/a.jpg: no such file");
        let input = Error::invalid_input("/tmp/s.json", "the upload state file is damaged");
        assert_eq!(
            input.to_string(),
            "/tmp/s.json: the upload state file is damaged"
        );
        let missing = Error::Missing {
            entity: "video",
            id: 5,
            field: "sequence",
        };
        assert_eq!(missing.to_string(), "video 5 has no sequence");
    }

    #[test]
    fn kinds_a_program_can_act_on() {
        let http = |status| Error::Http {
            status,
            snippet: String::new(),
        };
        assert_eq!(http(404).kind(), ErrorKind::NotFound);
        assert_eq!(http(401).kind(), ErrorKind::Unauthorized);
        assert_eq!(http(429).kind(), ErrorKind::RateLimited);
        assert_eq!(http(503).kind(), ErrorKind::Unavailable);
        assert_eq!(http(400).kind(), ErrorKind::InvalidArgument);
        assert_eq!(api_error(612, "").kind(), ErrorKind::NotFound);
        assert_eq!(api_error(618, "").kind(), ErrorKind::Unauthorized);
        assert_eq!(api_error(610, "").kind(), ErrorKind::InvalidArgument);
        assert_eq!(api_error(690, "").kind(), ErrorKind::Unavailable);
        // An unknown code takes the kind of its HTTP status (404 here).
        assert_eq!(api_error(999, "").kind(), ErrorKind::NotFound);
        assert_eq!(Error::NoToken.kind(), ErrorKind::Unauthorized);
        assert_eq!(Error::Timeout.kind(), ErrorKind::Unavailable);
        // Every Unavailable error is retryable, and these are not.
        for e in [http(503), api_error(690, ""), Error::Timeout] {
            assert!(e.is_retryable(), "{e:?}");
        }
        for e in [http(404), http(400), api_error(612, ""), Error::NoToken] {
            assert!(!e.is_retryable(), "{e:?}");
        }
    }

    #[test]
    fn which_bad_value_gives_which_argument() {
        let name = |result: Result<()>| match result {
            Err(Error::InvalidArgument { name, .. }) => name,
            other => panic!("expected InvalidArgument, got {other:?}"),
        };
        assert_eq!(name(crate::Token::new(" ").map(drop)), "token");
        assert_eq!(
            name(
                crate::Client::builder()
                    .base_url("ftp://example")
                    .build()
                    .map(drop)
            ),
            "base_url"
        );
        assert_eq!(
            name(crate::Pagination::default().page_size(0).map(drop)),
            "page_size"
        );
        assert_eq!(name("huge".parse::<crate::ImageSize>().map(drop)), "size");
        assert_eq!(
            name("myspace".parse::<crate::Provider>().map(drop)),
            "provider"
        );
        assert_eq!(
            name(crate::local::inputs::GpxTrack::parse("<gpx/>").map(drop)),
            "gpx"
        );
        assert!(matches!(
            crate::Client::builder()
                .build()
                .map(|c| c.require_token().map(drop)),
            Ok(Err(Error::NoToken))
        ));
    }

    #[test]
    fn a_local_file_that_cannot_be_used_is_invalid_input_naming_it() {
        let dir = crate::local::files::test_dir("invalid-input");
        let gpx = dir.join("track.gpx");
        std::fs::write(&gpx, "<gpx><trk/></gpx>").expect("gpx");
        let not_jpeg = dir.join("photo.jpg");
        std::fs::write(&not_jpeg, b"not a jpeg").expect("jpeg");
        for (path, error) in [
            (&gpx, crate::local::inputs::GpxTrack::read(&gpx).map(drop)),
            (
                &not_jpeg,
                crate::local::exif::read_photo_metadata(&not_jpeg).map(drop),
            ),
        ] {
            match error {
                Err(Error::InvalidInput { path: named, .. }) => assert_eq!(&named, path),
                other => panic!(
                    "expected InvalidInput for {}, got {other:?}",
                    path.display()
                ),
            }
        }
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn unknown_codes_keep_their_number() {
        assert_eq!(ApiCode::from(777), ApiCode::Other(777));
        assert_eq!(ApiCode::from(777).code(), 777);
        for code in [
            600, 601, 602, 610, 611, 612, 613, 618, 660, 671, 690, 401, 406,
        ] {
            assert_eq!(ApiCode::from(code).code(), code);
        }
    }
}
