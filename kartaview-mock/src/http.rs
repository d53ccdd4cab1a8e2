//! A small HTTP/1.1 server loop (keep-alive, Content-Length and chunked bodies,
//! `Expect: 100-continue`). Owning the socket is what lets faults cut bodies, reset
//! connections after the head, or close them without an answer.

use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

use crate::api::{self, Ver};
use crate::fault::{Fault, Listener};
use crate::{RecordedRequest, Shared, images, lock};

const MAX_HEAD: usize = 64 * 1024;
const MAX_BODY: usize = 256 * 1024 * 1024;

/// A parsed request.
#[derive(Clone, Debug)]
pub(crate) struct Request {
    pub(crate) method: String,
    /// Path as sent, without the query.
    pub(crate) path: String,
    pub(crate) query: Option<String>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
    close: bool,
}

impl Request {
    /// First value of a header, by case-insensitive name.
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// An answer about to be written.
#[derive(Clone, Debug)]
pub(crate) struct Response {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Response {
    pub(crate) fn bytes(status: u16, content_type: &str, body: Vec<u8>) -> Self {
        Response {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body,
        }
    }

    pub(crate) fn json(status: u16, body: Vec<u8>) -> Self {
        Self::bytes(status, "application/json", body)
    }

    /// No body at all (the live API's bare 400 for `itemsPerPage` > 100).
    pub(crate) fn empty(status: u16) -> Self {
        Response {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    fn head(&self, content_length: usize, close: bool) -> Vec<u8> {
        // The envelope says "Success"; the status line says what HTTP says.
        let reason = match self.status {
            200 => "OK",
            s => api::http_reason(s),
        };
        let mut h = format!("HTTP/1.1 {} {reason}\r\n", self.status);
        for (k, v) in &self.headers {
            h.push_str(&format!("{k}: {v}\r\n"));
        }
        h.push_str(&format!(
            "Content-Length: {content_length}\r\nServer: kartaview-mock\r\n"
        ));
        if close {
            h.push_str("Connection: close\r\n");
        }
        h.push_str("\r\n");
        h.into_bytes()
    }
}

/// Percent-decodes a path for routing; an invalid escape is kept as is.
pub(crate) fn percent_decode_path(path: &str) -> String {
    if !path.contains('%') {
        return path.to_string();
    }
    let b = path.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && let (Some(h), Some(l)) = (
                b.get(i + 1).copied().and_then(hex),
                b.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| path.to_string())
}

/// Accepts connections until the task is aborted; dropping the `JoinSet` then aborts every
/// connection task too.
pub(crate) async fn accept_loop(listener: TcpListener, shared: Arc<Shared>, which: Listener) {
    let mut conns = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    let _ = stream.set_nodelay(true);
                    conns.spawn(serve_conn(stream, shared.clone(), which));
                }
                // E.g. out of file descriptors: back off instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            },
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
        }
    }
}

enum ReadError {
    /// The peer went away; nothing to answer.
    Closed,
    /// Unparseable request: answer and close.
    Answer(Response),
}

async fn read_more(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Result<(), ReadError> {
    let mut chunk = [0u8; 16 * 1024];
    match stream.read(&mut chunk).await {
        Ok(0) | Err(_) => Err(ReadError::Closed),
        Ok(n) => {
            buf.extend_from_slice(&chunk[..n]);
            Ok(())
        }
    }
}

struct Head {
    len: usize,
    method: String,
    target: String,
    minor: u8,
    headers: Vec<(String, String)>,
}

fn parse_head(buf: &[u8]) -> Result<Option<Head>, ReadError> {
    let mut hdrs = [httparse::EMPTY_HEADER; 128];
    let mut req = httparse::Request::new(&mut hdrs);
    match req.parse(buf) {
        Ok(httparse::Status::Complete(len)) => Ok(Some(Head {
            len,
            method: req.method.unwrap_or("GET").to_string(),
            target: req.path.unwrap_or("/").to_string(),
            minor: req.version.unwrap_or(1),
            headers: req
                .headers
                .iter()
                .map(|h| {
                    (
                        h.name.to_string(),
                        String::from_utf8_lossy(h.value).into_owned(),
                    )
                })
                .collect(),
        })),
        Ok(httparse::Status::Partial) if buf.len() > MAX_HEAD => {
            Err(ReadError::Answer(Response::empty(431)))
        }
        Ok(httparse::Status::Partial) => Ok(None),
        Err(_) => Err(ReadError::Answer(Response::empty(400))),
    }
}

/// Decodes a complete chunked body at the start of `buf`: `Ok(None)` while incomplete,
/// otherwise the body and the number of bytes it took.
fn decode_chunked(buf: &[u8]) -> Result<Option<(Vec<u8>, usize)>, ()> {
    let mut body = Vec::new();
    let mut pos = 0;
    loop {
        let Some(eol) = buf[pos..].windows(2).position(|w| w == b"\r\n") else {
            return if buf.len() - pos > 1024 {
                Err(())
            } else {
                Ok(None)
            };
        };
        let line = std::str::from_utf8(&buf[pos..pos + eol]).map_err(|_| ())?;
        let size_hex = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_hex, 16).map_err(|_| ())?;
        pos += eol + 2;
        if size == 0 {
            // Trailers end with an empty line.
            loop {
                let Some(eol) = buf[pos..].windows(2).position(|w| w == b"\r\n") else {
                    return Ok(None);
                };
                pos += eol + 2;
                if eol == 0 {
                    return Ok(Some((body, pos)));
                }
            }
        }
        if size > MAX_BODY || body.len() + size > MAX_BODY {
            return Err(());
        }
        if buf.len() < pos + size + 2 {
            return Ok(None);
        }
        body.extend_from_slice(&buf[pos..pos + size]);
        if &buf[pos + size..pos + size + 2] != b"\r\n" {
            return Err(());
        }
        pos += size + 2;
    }
}

async fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Result<Request, ReadError> {
    let head = loop {
        if !buf.is_empty()
            && let Some(h) = parse_head(buf)?
        {
            break h;
        }
        read_more(stream, buf).await?;
    };
    buf.drain(..head.len);
    let find = |name: &str| {
        head.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_ascii_lowercase())
    };
    let chunked = find("transfer-encoding").is_some_and(|v| v.contains("chunked"));
    let length = match find("content-length") {
        None => 0,
        Some(v) => v
            .parse::<usize>()
            .map_err(|_| ReadError::Answer(Response::empty(400)))?,
    };
    if length > MAX_BODY {
        return Err(ReadError::Answer(Response::empty(413)));
    }
    if find("expect").is_some_and(|v| v == "100-continue") {
        stream
            .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
            .await
            .map_err(|_| ReadError::Closed)?;
    }
    let body = if chunked {
        loop {
            match decode_chunked(buf) {
                Ok(Some((body, used))) => {
                    buf.drain(..used);
                    break body;
                }
                Ok(None) => read_more(stream, buf).await?,
                Err(()) => return Err(ReadError::Answer(Response::empty(400))),
            }
        }
    } else {
        while buf.len() < length {
            read_more(stream, buf).await?;
        }
        buf.drain(..length).collect()
    };
    let connection = find("connection").unwrap_or_default();
    let close =
        connection.contains("close") || (head.minor == 0 && !connection.contains("keep-alive"));
    // Absolute-form targets (proxies) carry scheme and authority.
    let target = match head.target.strip_prefix("http://") {
        Some(rest) => rest
            .find('/')
            .map_or("/".to_string(), |i| rest[i..].to_string()),
        None => head.target,
    };
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (target, None),
    };
    Ok(Request {
        method: head.method,
        path,
        query,
        headers: head.headers,
        body,
        close,
    })
}

async fn write_response(
    stream: &mut TcpStream,
    resp: &Response,
    head_only: bool,
    close: bool,
) -> std::io::Result<()> {
    let mut out = resp.head(resp.body.len(), close);
    if !head_only {
        out.extend_from_slice(&resp.body);
    }
    stream.write_all(&out).await?;
    stream.flush().await
}

/// The answer of a replacing fault, or `None` for the transport faults.
fn replacement(shared: &Shared, fault: &Fault, which: Listener, path: &str) -> Option<Response> {
    let ver = match which {
        Listener::Api => api::version_of(path),
        Listener::Images => Ver::V2,
    };
    let cfg = &shared.config;
    match fault {
        Fault::Status { code, .. } => Some(api::error_response(
            cfg,
            ver,
            *code,
            api::api_code_for_http(*code),
            None,
        )),
        Fault::StatusWithRetryAfter {
            code,
            retry_after_secs,
            ..
        } => {
            let mut r = api::error_response(cfg, ver, *code, api::api_code_for_http(*code), None);
            r.headers
                .push(("Retry-After".into(), retry_after_secs.to_string()));
            Some(r)
        }
        Fault::HtmlError { code, .. } => {
            let title = format!("{code} {}", api::http_reason(*code));
            let page = format!(
                "<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
            );
            Some(Response::bytes(*code, "text/html", page.into_bytes()))
        }
        Fault::EmptyBody { code, .. } => Some(Response::empty(*code)),
        Fault::ApiCode {
            api_code, message, ..
        } => Some(api::api_code_response(cfg, ver, *api_code, message)),
        Fault::Truncate { .. }
        | Fault::ResetMidBody { .. }
        | Fault::Delay { .. }
        | Fault::DropAfterProcessing { .. }
        | Fault::Drift { .. } => None,
    }
}

async fn serve_conn(mut stream: TcpStream, shared: Arc<Shared>, which: Listener) {
    let mut buf = Vec::new();
    loop {
        let req = match read_request(&mut stream, &mut buf).await {
            Ok(r) => r,
            Err(ReadError::Closed) => return,
            Err(ReadError::Answer(resp)) => {
                let _ = write_response(&mut stream, &resp, false, true).await;
                return;
            }
        };
        shared.record(which, &req);
        // Held until the answer is written (or the connection dropped), so that concurrency
        // bounds of clients can be checked.
        let _in_flight = (which == Listener::Api).then(|| shared.enter());
        let fault = shared.take_fault(which, &req);
        let replaced = fault
            .as_ref()
            .and_then(|f| replacement(&shared, f, which, &req.path));
        let mut resp = match (replaced, which) {
            (Some(r), _) => r,
            (None, Listener::Api) => api::handle(&shared.state, &shared.config, &req),
            (None, Listener::Images) => images::handle(&lock(&shared.state), &req),
        };
        // Answers a fault shaped are not the fake's own: only the others go to the log.
        if let (Some(recorder), None, Listener::Api) = (&shared.recorder, &fault, which) {
            recorder.record(&req, &resp);
        }
        // Latency and delays come after processing: a client that times out has still had its
        // upload stored, as can happen with the real API.
        let latency = match which {
            Listener::Api => *lock(&shared.latency),
            Listener::Images => *lock(&shared.image_latency),
        };
        if !latency.is_zero() {
            tokio::time::sleep(latency).await;
        }
        let head_only = req.method == "HEAD";
        match fault {
            Some(Fault::Delay { delay, .. }) => tokio::time::sleep(delay).await,
            Some(Fault::Truncate { .. }) => {
                let half = resp.body.len() / 2;
                resp.body.truncate(half);
            }
            Some(Fault::ResetMidBody { .. }) => {
                let declared = resp.body.len().max(2);
                let mut out = resp.head(declared, false);
                out.extend_from_slice(&resp.body[..resp.body.len() / 2]);
                if stream.write_all(&out).await.is_ok() {
                    let _ = stream.flush().await;
                    // Let the client take the head before the reset hits it.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                let _ = stream.set_zero_linger();
                return;
            }
            Some(Fault::DropAfterProcessing { .. }) => {
                let _ = stream.set_zero_linger();
                return;
            }
            Some(Fault::Drift { drift, .. }) => {
                // A body that is not JSON, or lacks the pointer, goes out unchanged.
                if let Ok(mut body) = serde_json::from_slice::<serde_json::Value>(&resp.body)
                    && drift.apply(&mut body)
                    && let Ok(bytes) = serde_json::to_vec(&body)
                {
                    resp.body = bytes;
                }
            }
            _ => {}
        }
        if write_response(&mut stream, &resp, head_only, req.close)
            .await
            .is_err()
            || req.close
        {
            return;
        }
    }
}

/// Converts a parsed request into its public record.
pub(crate) fn record_of(req: &Request) -> RecordedRequest {
    RecordedRequest {
        method: req.method.clone(),
        path: req.path.clone(),
        query: req.query.clone(),
        headers: req.headers.clone(),
        body: req.body.clone(),
        received_at: std::time::Instant::now(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_decode_incrementally() {
        let full = b"4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\nNEXT";
        assert_eq!(decode_chunked(&full[..10]), Ok(None));
        let (body, used) = decode_chunked(full).unwrap().unwrap();
        assert_eq!(body, b"Wikipedia");
        assert_eq!(&full[used..], b"NEXT");
        assert_eq!(decode_chunked(b"zz\r\n"), Err(()));
        assert_eq!(decode_chunked(b"2\r\nabXY"), Err(()));
    }

    #[test]
    fn paths_decode_leniently() {
        assert_eq!(percent_decode_path("/pr%3Asharp/x"), "/pr:sharp/x");
        assert_eq!(percent_decode_path("/bad%zz"), "/bad%zz");
        assert_eq!(percent_decode_path("/%ff"), "/%ff");
    }
}
