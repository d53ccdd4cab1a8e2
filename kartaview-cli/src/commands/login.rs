//! `kartaview login --provider openstreetmap|google|facebook ...` and `kartaview logout`

use std::io::BufRead;

use kartaview_ext::{CredentialsStore, OsmOAuth, Provider, Token};
use serde::Serialize;

use crate::cli::Global;
use crate::error::{CliError, Result, register_secret};
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Who vouches for you.
    #[arg(long, value_enum)]
    pub provider: Provider,
    /// The provider's access token, when you already have one (Google, Facebook, or an
    /// OpenStreetMap OAuth 2.0 token). Without it, OpenStreetMap logins run the OAuth flow.
    #[arg(
        long,
        env = "KARTAVIEW_REQUEST_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN"
    )]
    pub request_token: Option<String>,
    /// OpenStreetMap: the client secret of your registered OSM application.
    #[arg(
        long,
        env = "KARTAVIEW_OSM_CLIENT_SECRET",
        hide_env_values = true,
        value_name = "SECRET"
    )]
    pub osm_client_secret: Option<String>,
    /// OpenStreetMap: the client id of your registered OSM application (for the OAuth flow).
    #[arg(long, env = "KARTAVIEW_OSM_CLIENT_ID", value_name = "ID")]
    pub osm_client_id: Option<String>,
    /// OpenStreetMap: the OSM site.
    #[arg(
        long,
        env = "KARTAVIEW_OSM_URL",
        value_name = "URL",
        default_value = "https://www.openstreetmap.org"
    )]
    pub osm_url: String,
}

#[derive(Serialize)]
#[serde(tag = "type", rename = "login", rename_all = "camelCase")]
struct LoginJson<'a> {
    user_id: Option<u64>,
    username: Option<&'a str>,
    stored: Option<String>,
}

#[derive(Serialize)]
#[serde(tag = "type", rename = "logout", rename_all = "camelCase")]
struct LogoutJson<'a> {
    base_url: &'a str,
    removed: bool,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let session = Session::start_anonymous(global).await?;
    let out = &session.out;
    for secret in [&args.request_token, &args.osm_client_secret]
        .into_iter()
        .flatten()
    {
        register_secret(secret.trim());
    }
    let credentials = match (args.provider, &args.request_token) {
        (Provider::Google, Some(token)) => session.client.login(Provider::Google, token, None).await,
        (Provider::Facebook, Some(token)) => session.client.login(Provider::Facebook, token, None).await,
        (Provider::Google | Provider::Facebook, None) => {
            return Err(CliError::msg("give the provider's access token with --request-token"));
        }
        (Provider::OpenStreetMap, Some(token)) => {
            let secret = args.osm_client_secret.as_deref().ok_or_else(|| {
                CliError::msg("OpenStreetMap logins need --osm-client-secret (your OSM application's client secret)")
            })?;
            session.client.login(Provider::OpenStreetMap, token, Some(secret)).await
        }
        (Provider::OpenStreetMap, None) => {
            let (Some(client_id), Some(secret)) = (&args.osm_client_id, &args.osm_client_secret) else {
                return Err(CliError::msg(
                    "the OpenStreetMap flow needs --osm-client-id and --osm-client-secret of your registered OSM application (or give --request-token)",
                ));
            };
            let oauth = OsmOAuth {
                base_url: args.osm_url.clone(),
                ..OsmOAuth::new(client_id.clone(), Token::new(secret.as_str())?)
            };
            // PKCE ties the code to this attempt: it is read here, on standard input (a
            // terminal, or a pipe in scripts), never taken from an earlier run.
            let attempt = oauth.authorize()?;
            eprintln!(
                "Open this address, allow the access, and paste the code shown:\n\n  {}\n",
                attempt.url
            );
            eprint!("code: ");
            let mut code = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut code)
                .map_err(|e| CliError::with("cannot read the code", e))?;
            register_secret(code.trim());
            session.client.login_with_openstreetmap(&oauth, &attempt, &code).await
        }
    }
    .map_err(|e| CliError::with("login", e))?;
    register_secret(credentials.access_token.expose());

    // The embedded fake's port changes every run: nothing worth keeping.
    let stored = if global.mock() {
        None
    } else {
        let store = CredentialsStore::default_location()
            .ok_or_else(|| CliError::msg("no config directory to keep the credentials in (set HOME or KARTAVIEW_CREDENTIALS)"))?;
        store
            .save(session.client.base_url(), &credentials)
            .map_err(|e| CliError::with("cannot store the credentials", e))?;
        Some(store.path().display().to_string())
    };
    let who = credentials.username.as_deref();
    if out.json {
        out.json_line(&LoginJson {
            user_id: credentials.user_id,
            username: who,
            stored: stored.clone(),
        })?;
    } else if !out.quiet {
        out.line(&format!(
            "logged in as {} (user {}){}",
            who.unwrap_or("?"),
            credentials
                .user_id
                .map_or("?".to_owned(), |id| id.to_string()),
            match &stored {
                Some(path) => format!("; credentials stored in {path}"),
                None => "; not stored (--mock)".to_owned(),
            }
        ))?;
    }
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct LogoutArgs {}

pub async fn logout(_args: &LogoutArgs, global: &Global) -> Result<()> {
    let out = crate::output::Out::new(global);
    let base_url = global.base_url.trim_end_matches('/');
    let store: CredentialsStore = CredentialsStore::default_location()
        .ok_or_else(|| CliError::msg("no config directory: nothing is stored"))?;
    let removed = store
        .remove(base_url)
        .map_err(|e| CliError::with("cannot update the credentials", e))?;
    if out.json {
        out.json_line(&LogoutJson { base_url, removed })?;
    } else if !out.quiet {
        out.line(&if removed {
            format!("logged out of {base_url}")
        } else {
            format!("no stored credentials for {base_url}")
        })?;
    }
    Ok(())
}
