//! `kartaview metrics [--user ID]`

use kartaview_ext::models::UserMetrics;
use serde::Serialize;

use crate::cli::Global;
use crate::error::{CliError, Result};
use crate::output::print_fields;
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Whose totals (default: the user the token belongs to, when known).
    #[arg(long, value_name = "ID")]
    pub user: Option<u64>,
}

/// A user's totals as `--json` prints them: the library's own, with whose they are.
#[derive(Serialize)]
#[serde(tag = "type", rename = "metrics", rename_all = "camelCase")]
struct MetricsLine<'a> {
    user_id: u64,
    #[serde(flatten)]
    metrics: &'a UserMetrics,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let session = Session::start(global).await?;
    let out = &session.out;
    let user_id = match (args.user, &session.identity) {
        (Some(id), _) => id,
        (None, Some(identity)) => identity.user_id.ok_or_else(|| {
            CliError::msg("a token alone does not say whose metrics to show: give --user ID")
        })?,
        (None, None) => {
            return Err(CliError::msg(
                "whose metrics? give --user ID, or a token (--token or KARTAVIEW_TOKEN) of a known user",
            ));
        }
    };
    let m = session
        .client
        .user_metrics(user_id)
        .await
        .map_err(|e| CliError::with(format!("metrics of user {user_id}"), e))?;
    if out.json {
        return out.json_line(&MetricsLine {
            user_id,
            metrics: &m,
        });
    }
    let n = |v: Option<u64>| v.map(|v| v.to_string());
    print_fields(
        out,
        &format!("user {user_id}"),
        &[
            ("rank", n(m.rank)),
            ("rank this week", n(m.rank_weekly)),
            ("distance", m.total_distance_km.map(|d| format!("{d} km"))),
            (
                "OBD distance",
                m.total_obd_distance_km.map(|d| format!("{d} km")),
            ),
            ("photos", n(m.total_photos)),
            ("points", m.total_points.map(|p| p.to_string())),
            ("sequences", n(m.total_sequences)),
            ("uploading", n(m.total_uploading_sequences)),
            ("processing", n(m.total_processing_sequences)),
        ],
    )
}
