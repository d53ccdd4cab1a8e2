//! `kartaview metrics [--user ID]`

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

/// A user's totals as `--json` prints them.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct MetricsJson {
    user_id: u64,
    rank: Option<u64>,
    rank_weekly: Option<u64>,
    total_distance_km: Option<f64>,
    total_obd_distance_km: Option<f64>,
    total_photos: Option<u64>,
    total_points: Option<f64>,
    total_sequences: Option<u64>,
    total_uploading_sequences: Option<u64>,
    total_processing_sequences: Option<u64>,
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
    let m = MetricsJson {
        user_id,
        rank: m.rank,
        rank_weekly: m.rank_weekly,
        total_distance_km: m.total_distance_km,
        total_obd_distance_km: m.total_obd_distance_km,
        total_photos: m.total_photos,
        total_points: m.total_points,
        total_sequences: m.total_sequences,
        total_uploading_sequences: m.total_uploading_sequences,
        total_processing_sequences: m.total_processing_sequences,
    };
    if out.json {
        return out.json_line(&m);
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
