//! The one error line: `error: what failed: why: caused by ...`, with the token redacted.

use std::error::Error as StdError;
use std::fmt;
use std::sync::Mutex;

type Source = Box<dyn StdError + Send + Sync + 'static>;

/// A failure of a command: what was being done, and the error underneath.
#[derive(Debug)]
pub struct CliError {
    message: String,
    source: Option<Source>,
    kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Failure,
    /// stdout was closed by its reader (`| head`): stop quietly.
    BrokenPipe,
}

pub type Result<T, E = CliError> = std::result::Result<T, E>;

impl CliError {
    /// A failure described by this tool alone.
    pub fn msg(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            source: None,
            kind: Kind::Failure,
        }
    }

    /// A failure while doing `context`.
    pub fn with(context: impl Into<String>, source: impl Into<Source>) -> Self {
        CliError {
            message: context.into(),
            source: Some(source.into()),
            kind: Kind::Failure,
        }
    }

    /// A failed write to stdout.
    pub fn stdout(error: std::io::Error) -> Self {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            CliError {
                message: String::new(),
                source: None,
                kind: Kind::BrokenPipe,
            }
        } else {
            CliError::with("cannot write to stdout", error)
        }
    }

    /// Whether the reader went away; nothing more to say then.
    pub fn is_broken_pipe(&self) -> bool {
        self.kind == Kind::BrokenPipe
    }

    /// The whole chain on one line: each error in it says only what it adds (the library's
    /// errors never quote their source), so each cause is printed once.
    pub fn line(&self) -> String {
        let mut line = self.message.clone();
        if let Some(source) = &self.source {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&with_causes(source.as_ref()));
        }
        redact(&one_line(&line))
    }
}

/// An error and each of its causes: `error: caused by cause: caused by ...`.
pub fn with_causes(error: &(dyn StdError + 'static)) -> String {
    let mut text = error.to_string();
    let mut next = error.source();
    while let Some(cause) = next {
        let cause_text = cause.to_string();
        if !cause_text.is_empty() {
            text.push_str(": caused by ");
            text.push_str(&cause_text);
        }
        next = cause.source();
    }
    text
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line())
    }
}

impl From<kartaview_ext::Error> for CliError {
    fn from(error: kartaview_ext::Error) -> Self {
        CliError::with(String::new(), error)
    }
}

/// Adds what was being done to an error.
pub trait Context<T> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T>;
}

impl<T, E: Into<Source>> Context<T> for std::result::Result<T, E> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T> {
        self.map_err(|e| CliError::with(what(), e))
    }
}

/// Control characters (a server's message may hold newlines) become spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

static SECRETS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Shorter strings are not real secrets, and hiding them would garble every message.
const MIN_SECRET_LEN: usize = 6;

/// Remembers a secret (a token, a client secret) so that no error line can show it, whatever
/// an error quotes.
pub fn register_secret(secret: &str) {
    let secret = secret.trim();
    if secret.len() >= MIN_SECRET_LEN {
        let mut secrets = SECRETS
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if !secrets.iter().any(|s| s == secret) {
            secrets.push(secret.to_owned());
        }
    }
}

/// The text with every registered secret replaced by `***`.
pub fn redact(text: &str) -> String {
    let secrets = SECRETS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    secrets.iter().fold(text.to_owned(), |text, secret| {
        text.replace(secret.as_str(), "***")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cause_of_a_library_error_once() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "no such file");
        let error = kartaview_ext::Error::Io {
            context: "cannot read trip/a.jpg".to_owned(),
            source: io,
        };
        let err = CliError::with("upload", error);
        assert_eq!(
            err.line(),
            "upload: cannot read trip/a.jpg: caused by no such file"
        );
        assert_eq!(CliError::msg("a\nb").line(), "a b");
    }
}
