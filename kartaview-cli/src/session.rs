//! What a networked command runs with: the client, who is calling, and the embedded fake.

use kartaview_ext::{Client, CredentialsStore, RetryPolicy, Token};
#[cfg(feature = "mock")]
use kartaview_mock::MockServer;
#[cfg(not(feature = "mock"))]
use mock_absent::MockServer;

use crate::cli::Global;
use crate::error::{CliError, Result, register_secret};
use crate::output::Out;

/// The caller: a token, and the user it belongs to when that is known.
#[derive(Debug, Clone)]
pub struct Identity {
    pub token: Token,
    pub user_id: Option<u64>,
}

/// The credentials file: `KARTAVIEW_CREDENTIALS` when set, else `kartaview/credentials.json`
/// in the user's config directory.
pub fn credentials_store() -> Option<CredentialsStore> {
    match std::env::var_os("KARTAVIEW_CREDENTIALS") {
        Some(path) if !path.is_empty() => Some(CredentialsStore::at(path)),
        _ => CredentialsStore::default_location(),
    }
}

/// Where the token comes from, first match wins: `--token`, then `KARTAVIEW_TOKEN` (clap reads
/// both into `global.token`), then the embedded fake's own token with `--mock`, then the
/// credentials stored by `kartaview login` for this base URL.
pub fn resolve_token(global: &Global, mock: Option<&MockServer>) -> Result<Option<Identity>> {
    if let Some(raw) = global.token.as_deref() {
        register_secret(raw.trim());
        let token = Token::new(raw).map_err(|e| CliError::with("invalid --token", e))?;
        // Only the fake knows whose its token is.
        let user_id = mock
            .filter(|m| m.token() == token.expose())
            .map(MockServer::token_user_id);
        return Ok(Some(Identity { token, user_id }));
    }
    if let Some(mock) = mock {
        let token = Token::new(mock.token()).map_err(|e| CliError::with("the mock's token", e))?;
        return Ok(Some(Identity {
            token,
            user_id: Some(mock.token_user_id()),
        }));
    }
    let Some(store) = credentials_store() else {
        return Ok(None);
    };
    let stored = store
        .load(&global.base_url)
        .map_err(|e| CliError::with("stored credentials", e))?;
    Ok(stored.map(|credentials| {
        register_secret(credentials.access_token.expose());
        Identity {
            token: credentials.access_token,
            user_id: credentials.user_id,
        }
    }))
}

/// A connected command: the client, the caller, and the fake when `--mock` runs one.
pub struct Session {
    pub client: Client,
    pub identity: Option<Identity>,
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
            .retry_policy(RetryPolicy {
                max_attempts: global.retries.saturating_add(1),
                ..RetryPolicy::default()
            });
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
