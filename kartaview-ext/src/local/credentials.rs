//! The credentials kept on disk between runs, and which token a caller uses.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::local::files::write_atomically;
use crate::operations::auth::Credentials;
use crate::transport::client::Token;

/// The credentials file: `kartaview/credentials.json` in the user's config directory, one
/// entry per API base URL, mode 0600, written atomically.
#[derive(Debug, Clone)]
pub struct CredentialsStore {
    path: PathBuf,
}

impl CredentialsStore {
    /// The store at its usual place: `KARTAVIEW_CREDENTIALS` when set, else
    /// `kartaview/credentials.json` in the user's config directory, if that is known.
    pub fn default_location() -> Option<Self> {
        match std::env::var_os("KARTAVIEW_CREDENTIALS") {
            Some(path) if !path.is_empty() => Some(CredentialsStore::at(path)),
            _ => dirs::config_dir().map(|dir| CredentialsStore {
                path: dir.join("kartaview").join("credentials.json"),
            }),
        }
    }

    /// A store at a given path.
    pub fn at(path: impl Into<PathBuf>) -> Self {
        CredentialsStore { path: path.into() }
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn read_all(&self) -> Result<BTreeMap<String, Credentials>> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                Error::invalid_input(
                    &self.path,
                    format!("the credentials file is damaged ({e}); log in again"),
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
            Err(e) => Err(Error::io(format!("cannot read {}", self.path.display()), e)),
        }
    }

    /// The credentials stored for an API base URL.
    pub fn load(&self, base_url: &str) -> Result<Option<Credentials>> {
        Ok(self.read_all()?.remove(&key(base_url)))
    }

    /// Stores credentials for an API base URL, keeping the others.
    pub fn save(&self, base_url: &str, credentials: &Credentials) -> Result<()> {
        let mut all = self.read_all()?;
        all.insert(key(base_url), credentials.clone());
        let bytes = serde_json::to_vec_pretty(&all)
            .map_err(|e| Error::io("cannot encode credentials", e.into()))?;
        crate::local::files::create_parent(&self.path)?;
        write_atomically(&self.path, &bytes, true)
    }

    /// Forgets the credentials of an API base URL; whether there were any.
    pub fn remove(&self, base_url: &str) -> Result<bool> {
        let mut all = self.read_all()?;
        if all.remove(&key(base_url)).is_none() {
            return Ok(false);
        }
        if all.is_empty() {
            std::fs::remove_file(&self.path)
                .map_err(|e| Error::io(format!("cannot remove {}", self.path.display()), e))?;
        } else {
            let bytes = serde_json::to_vec_pretty(&all)
                .map_err(|e| Error::io("cannot encode credentials", e.into()))?;
            write_atomically(&self.path, &bytes, true)?;
        }
        Ok(true)
    }
}

fn key(base_url: &str) -> String {
    base_url.trim().trim_end_matches('/').to_owned()
}

/// Where a token came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TokenSource {
    /// Given explicitly (a flag or argument).
    Explicit,
    /// The `KARTAVIEW_TOKEN` environment variable.
    Environment,
    /// The credentials store.
    Stored,
    /// A fake server's own test token (kartaview-mock's), not a user's secret.
    Fake,
}

/// The token a caller uses, where it came from, and whose it is when that is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedToken {
    /// The token.
    pub token: Token,
    /// Where it came from.
    pub source: TokenSource,
    /// Its user, when the credentials store recorded it.
    pub user_id: Option<u64>,
}

/// The token to use: an explicit one, else `KARTAVIEW_TOKEN`, else the stored credentials of
/// `base_url`.
pub fn resolve_token(
    explicit: Option<&str>,
    store: Option<&CredentialsStore>,
    base_url: &str,
) -> Result<Option<ResolvedToken>> {
    let given = |token: &str, source| {
        Ok(Some(ResolvedToken {
            token: Token::new(token)?,
            source,
            user_id: None,
        }))
    };
    if let Some(token) = explicit.filter(|t| !t.trim().is_empty()) {
        return given(token, TokenSource::Explicit);
    }
    if let Ok(token) = std::env::var("KARTAVIEW_TOKEN")
        && !token.trim().is_empty()
    {
        return given(&token, TokenSource::Environment);
    }
    match store {
        Some(store) => Ok(store.load(base_url)?.map(|c| ResolvedToken {
            token: c.access_token,
            source: TokenSource::Stored,
            user_id: c.user_id,
        })),
        None => Ok(None),
    }
}
