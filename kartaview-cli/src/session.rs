//! What a networked command runs with: the client, who is calling, and the embedded fake.

use kartaview_ext::{Client, CredentialsStore, ResolvedToken, RetryPolicy, Token, TokenSource};
#[cfg(feature = "mock")]
use kartaview_mock::MockServer;
#[cfg(not(feature = "mock"))]
use mock_absent::MockServer;

use crate::cli::{Global, Secret};
use crate::error::{CliError, Result, register_secret};
use crate::output::Out;

/// Where the token comes from, first match wins: `--token` or `KARTAVIEW_TOKEN` (clap reads
/// both into `global.token`), then the embedded fake's own token with `--mock`, then the
/// credentials stored by `kartaview login` for this base URL (the library's
/// [`resolve_token`](kartaview_ext::resolve_token), with the fake in front).
pub fn resolve_token(global: &Global, mock: Option<&MockServer>) -> Result<Option<ResolvedToken>> {
    let explicit = global
        .token
        .as_ref()
        .map(Secret::expose)
        .filter(|t| !t.trim().is_empty());
    if let (Some(mock), None) = (mock, explicit) {
        let token = Token::new(mock.token()).map_err(|e| CliError::with("the mock's token", e))?;
        return Ok(Some(ResolvedToken {
            token,
            source: TokenSource::Fake,
            user_id: Some(mock.token_user_id()),
        }));
    }
    if let Some(raw) = explicit {
        register_secret(raw.trim());
    }
    let store = if mock.is_some() {
        None
    } else {
        CredentialsStore::default_location()
    };
    let resolved = kartaview_ext::resolve_token(explicit, store.as_ref(), &global.base_url)
        .map_err(|e| match explicit {
            Some(_) => CliError::with("invalid --token", e),
            None => CliError::with("stored credentials", e),
        })?;
    Ok(resolved.map(|mut resolved| {
        register_secret(resolved.token.expose());
        // Only the fake knows whose its token is.
        if let Some(mock) = mock.filter(|m| m.token() == resolved.token.expose()) {
            resolved.user_id = Some(mock.token_user_id());
        }
        resolved
    }))
}

/// A connected command: the client, the caller, and the fake when `--mock` runs one.
pub struct Session {
    pub client: Client,
    pub identity: Option<ResolvedToken>,
    pub out: Out,
    // Kept alive for the command's duration; the fake stops when this is dropped.
    _mock: Option<MockServer>,
}

impl Session {
    /// A session with the caller's token, if any.
    pub async fn start(global: &Global) -> Result<Session> {
        Session::open(global, true).await
    }

    /// A session without a token, for logging in.
    pub async fn start_anonymous(global: &Global) -> Result<Session> {
        Session::open(global, false).await
    }

    async fn open(global: &Global, with_token: bool) -> Result<Session> {
        let out = Out::new(global);
        let mock = if global.mock() {
            let mock = MockServer::start()
                .await
                .map_err(|e| CliError::with("cannot start the embedded mock", e))?;
            tracing::debug!(base_url = %mock.base_url(), "embedded mock started");
            Some(mock)
        } else {
            None
        };
        let base_url = match &mock {
            Some(mock) => mock.base_url(),
            None => global.base_url.clone(),
        };
        let identity = if with_token {
            resolve_token(global, mock.as_ref())?
        } else {
            None
        };
        let mut builder = Client::builder()
            .base_url(base_url)
            .retry_policy(RetryPolicy::default().max_attempts(global.retries.saturating_add(1)));
        if let Some(identity) = &identity {
            builder = builder.token(identity.token.clone());
        }
        let client = builder.build()?;
        Ok(Session {
            client,
            identity,
            out,
            _mock: mock,
        })
    }
}

/// Stands in for the fake in a build without it (`--no-default-features`): `--mock` does not
/// exist there, so none is ever started.
#[cfg(not(feature = "mock"))]
mod mock_absent {
    pub enum MockServer {}

    impl MockServer {
        pub async fn start() -> std::io::Result<MockServer> {
            Err(std::io::Error::other(
                "this kartaview was built without the fake",
            ))
        }
        pub fn base_url(&self) -> String {
            match *self {}
        }
        pub fn token(&self) -> &str {
            match *self {}
        }
        pub fn token_user_id(&self) -> u64 {
            match *self {}
        }
    }
}
