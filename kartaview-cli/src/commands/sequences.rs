//! `kartaview sequences (--user ID|USERNAME | --bbox S,W,N,E) [--from DATE] [--to DATE]`

use futures_util::TryStreamExt;
use kartaview_ext::{BoundingBox, Sequence, SequenceQuery, UserRef};

use crate::cli::{Dates, Global};
use crate::error::{CliError, Result};
use crate::output::{Typed, count, or_dash};
use crate::progress;
use crate::session::Session;

#[derive(Debug, clap::Args)]
// The group is named, not the struct's: the flattened dates would join it.
#[command(group(clap::ArgGroup::new("whose").required(true).multiple(true)))]
pub struct Args {
    /// A user's sequences, by id or username.
    #[arg(long, value_name = "ID|USERNAME", group = "whose")]
    pub user: Option<UserRef>,
    /// Sequences that pass through a box: south, west, north, east in decimal degrees.
    #[arg(
        long,
        value_name = "S,W,N,E",
        allow_hyphen_values = true,
        group = "whose"
    )]
    pub bbox: Option<BoundingBox>,
    #[command(flatten)]
    pub dates: Dates,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let dates = args.dates.range()?;
    let session = Session::start(global).await?;
    let out = &session.out;
    let client = &session.client;
    let user_id = match &args.user {
        Some(user) => Some(
            client
                .resolve_user(user)
                .await
                .map_err(|e| CliError::with(format!("user {user}"), e))?,
        ),
        None => None,
    };
    let query = SequenceQuery {
        user_id,
        area: args.bbox,
        dates,
    };
    let spinner = progress::spinner(out, "listing sequences");
    let listed: std::result::Result<Vec<Sequence>, _> =
        client.sequences(&query).try_collect().await;
    progress::finish(spinner);
    let mut sequences = listed.map_err(|e| CliError::with(describe(args, user_id), e))?;
    newest_first(&mut sequences);
    print(out, &sequences)
}

/// Newest first, then by id; undated sequences last.
fn newest_first(sequences: &mut [Sequence]) {
    sequences.sort_by_key(|s| std::cmp::Reverse((s.date_added, s.id)));
}

fn describe(args: &Args, user_id: Option<u64>) -> String {
    match (user_id, &args.bbox) {
        (Some(id), Some(bbox)) => format!("sequences of user {id} in {bbox}"),
        (Some(id), None) => format!("sequences of user {id}"),
        (None, Some(bbox)) => format!("sequences in {bbox}"),
        (None, None) => "sequences".to_owned(),
    }
}

fn print(out: &crate::output::Out, sequences: &[Sequence]) -> Result<()> {
    let mut lines = out.lines();
    if out.json {
        for s in sequences {
            lines.json(&Typed::new("sequence", s))?;
        }
        return lines.finish();
    }
    lines.line(&format!(
        "{:>10}  {:<10}  {:>6}  {:>9}  {:<8}  PLACE",
        "ID", "DATE (UTC)", "PHOTOS", "KM", "STATUS"
    ))?;
    for s in sequences {
        let row = format!(
            "{:>10}  {:<10}  {:>6}  {:>9}  {:<8}  {}",
            s.id,
            or_dash(s.date_added.map(|t| t.format("%Y-%m-%d"))),
            or_dash(s.photo_count),
            or_dash(s.distance_km.map(|d| format!("{d:.2}"))),
            or_dash(s.status.as_ref()),
            or_dash(s.address.as_deref()),
        );
        lines.line(row.trim_end())?;
    }
    lines.line(&count(sequences.len(), "sequence"))?;
    lines.finish()
}
