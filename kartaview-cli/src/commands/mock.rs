//! `kartaview mock [--port PORT]` — the fake KartaView in the foreground.

use std::net::{Ipv4Addr, SocketAddr};

use kartaview_mock::MockServer;
use serde::Serialize;

use crate::cli::Global;
use crate::error::{CliError, Result};
use crate::output::Out;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The API's port on 127.0.0.1 (default: any free port); the image host takes another.
    #[arg(long, value_name = "PORT", default_value_t = 0)]
    pub port: u16,
}

#[derive(Serialize)]
#[serde(tag = "type", rename = "mock", rename_all = "camelCase")]
struct Started<'a> {
    base_url: &'a str,
    image_base_url: &'a str,
    token: &'a str,
    token_note: &'a str,
}

const TOKEN_NOTE: &str = "the fake's built-in test token, not a user secret";

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let out = Out::new(global);
    if global.mock() {
        return Err(CliError::msg(
            "--mock runs commands against a private fake; `kartaview mock` serves one: use one or the other",
        ));
    }
    let mock = MockServer::builder()
        .bind(SocketAddr::from((Ipv4Addr::LOCALHOST, args.port)))
        .start()
        .await
        .map_err(|e| CliError::with(format!("cannot listen on 127.0.0.1:{}", args.port), e))?;
    let (base, images) = (mock.base_url(), mock.image_base_url());
    if out.json {
        out.json_line(&Started {
            base_url: &base,
            image_base_url: &images,
            token: mock.token(),
            token_note: TOKEN_NOTE,
        })?;
    } else {
        out.line("fake KartaView running; Ctrl-C stops it")?;
        out.line(&format!("  base URL   {base}"))?;
        out.line(&format!("  image URL  {images}"))?;
        out.line(&format!("  token      {} ({TOKEN_NOTE})", mock.token()))?;
        out.line(&format!(
            "  try        kartaview --base-url {base} photos --sequence {}",
            kartaview_mock::DEFAULT_SEQUENCE_ID
        ))?;
    }
    tokio::signal::ctrl_c()
        .await
        .map_err(|e| CliError::with("cannot wait for Ctrl-C", e))?;
    mock.shutdown().await;
    out.note("fake KartaView stopped");
    Ok(())
}
