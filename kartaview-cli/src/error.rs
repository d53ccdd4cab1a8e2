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

    /// The whole chain on one line; causes already quoted by their parent are not repeated.
    pub fn line(&self) -> String {
        let mut line = self.message.clone();
        let mut next: Option<&(dyn StdError + 'static)> = match &self.source {
            Some(source) => {
                let text = source.to_string();
                if !line.is_empty() {
                    line.push_str(": ");
                }
                line.push_str(&text);
                source.source()
            }
            None => None,
        };
        while let Some(cause) = next {
            let text = cause.to_string();
            if !text.is_empty() && !line.contains(&text) {
                line.push_str(": caused by ");
                line.push_str(&text);
            }
            next = cause.source();
        }
        redact(&one_line(&line))
    }
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

    #[derive(Debug)]
    struct Layer(&'static str, Option<Box<Layer>>);

    impl fmt::Display for Layer {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
    }

    impl StdError for Layer {
        fn source(&self) -> Option<&(dyn StdError + 'static)> {
            self.1.as_deref().map(|l| l as &(dyn StdError + 'static))
        }
    }

    #[test]
    fn causes_on_one_line_without_repeats() {
        let inner = Layer("connection refused", None);
        let middle = Layer("network error: connection refused", Some(Box::new(inner)));
        let top = Layer("tcp connect error", Some(Box::new(middle)));
        let err = CliError::with("sequence 7", top);
        assert_eq!(
            err.line(),
            "sequence 7: tcp connect error: caused by network error: connection refused"
        );
        assert_eq!(CliError::msg("a\nb").line(), "a b");
    }
}
