//! The answer log: when [`RECORD_ENV`] names a file, every answer of the API listener that no
//! fault shaped is appended to it as one JSON line, so that a validator that is not this
//! project's own (`.ci/validate_fake.py`) can check the fake against `openapi.yaml`. Off unless
//! the variable is set.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::sync::Mutex;

use serde_json::{Value, json};

use crate::http::{Request, Response};
use crate::lock;

/// The environment variable naming the JSON-lines file answers are appended to.
pub const RECORD_ENV: &str = "KARTAVIEW_MOCK_RECORD";

pub(crate) struct Recorder {
    file: Mutex<File>,
}

impl Recorder {
    /// The recorder [`RECORD_ENV`] asks for, if any. A file that cannot be opened is said on
    /// stderr and records nothing: the validator then fails on the operations it never saw.
    pub(crate) fn from_env() -> Option<Recorder> {
        let path = std::env::var_os(RECORD_ENV).filter(|p| !p.is_empty())?;
        match OpenOptions::new().create(true).append(true).open(&path) {
            Ok(file) => Some(Recorder {
                file: Mutex::new(file),
            }),
            Err(e) => {
                eprintln!(
                    "kartaview-mock: cannot open {} for {RECORD_ENV}: {e}",
                    path.display()
                );
                None
            }
        }
    }

    pub(crate) fn record(&self, req: &Request, resp: &Response) {
        let content_type = resp
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
            .map(|(_, v)| v.as_str());
        let textual = content_type.is_some_and(|t| t.contains("json") || t.starts_with("text/"));
        let body = match std::str::from_utf8(&resp.body) {
            Ok(text) if textual => Value::String(text.to_string()),
            _ => Value::Null,
        };
        let entry = json!({
            "method": req.method,
            "path": req.path,
            "query": req.query,
            "status": resp.status,
            "contentType": content_type,
            "bodyLength": resp.body.len(),
            "body": body,
        });
        let Ok(mut line) = serde_json::to_vec(&entry) else {
            return;
        };
        line.push(b'\n');
        // One write of the whole line to a file opened for appending: lines of test
        // processes running at the same time do not interleave.
        let _ = lock(&self.file).write_all(&line);
    }
}
