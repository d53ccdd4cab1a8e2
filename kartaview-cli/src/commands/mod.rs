//! One module per command, each with its `Args` (clap) and `run`. To add a command: a module
//! here, a variant in `cli::Command`, an arm in `run`.

pub mod completions;
pub mod decode;
pub mod delete;
pub mod download;
pub mod export;
pub mod login;
pub mod metrics;
#[cfg(feature = "mock")]
pub mod mock;
pub mod nearby;
pub mod photos;
pub mod sequence;
pub mod sequences;
pub mod upload;
pub mod upload_plan;
pub mod video;

use futures_util::{StreamExt, TryStreamExt, stream};
use kartaview_ext::models::Photo;
use kartaview_ext::{Client, DateRange, Sequence};

use crate::cli::{Command, Global, SequenceOrVideo, Source};
use crate::error::{CliError, Result};
use crate::output::Out;
use crate::progress;

/// Runs the command the user asked for.
pub async fn run(command: &Command, global: &Global) -> Result<()> {
    match command {
        Command::Photos(args) => photos::run(args, global).await,
        Command::Nearby(args) => nearby::run(args, global).await,
        Command::Sequence(args) => sequence::run(args, global).await,
        Command::Sequences(args) => sequences::run(args, global).await,
        Command::Video(args) => video::run(args, global).await,
        Command::Download(args) => download::run(args, global).await,
        Command::Export(args) => export::run(args, global).await,
        Command::Metrics(args) => metrics::run(args, global).await,
        Command::Decode(args) => decode::run(args, global).await,
        #[cfg(feature = "mock")]
        Command::Mock(args) => mock::run(args, global).await,
        Command::Completions(args) => completions::run(args, global).await,
        Command::Upload(args) => upload::run(args, global).await,
        Command::Login(args) => login::run(args, global).await,
        Command::Logout(args) => login::logout(args, global).await,
        Command::Delete(args) => delete::run(args, global).await,
    }
}

/// The photos of a sequence or of a video, with what they are called in messages.
pub struct Loaded {
    pub photos: Vec<Photo>,
    pub label: String,
    pub sequence_id: Option<u64>,
}

/// Loads every photo of `--sequence` or `--video`, with a spinner for people.
pub async fn load(client: &Client, which: &SequenceOrVideo, out: &Out) -> Result<Loaded> {
    let loaded = match (which.sequence, which.video) {
        (Some(id), _) => {
            let spinner = progress::spinner(out, format!("fetching the photos of sequence {id}"));
            let result = client.sequence_photos(id).await;
            progress::finish(spinner);
            let result = result.map_err(|e| CliError::with(format!("sequence {id}"), e))?;
            Loaded {
                photos: result.photos,
                label: format!("sequence {id}"),
                sequence_id: Some(id),
            }
        }
        (None, Some(id)) => {
            let spinner = progress::spinner(out, format!("fetching the frames of video {id}"));
            let result = client.resolve_video(id).await;
            progress::finish(spinner);
            let result = result.map_err(|e| CliError::with(format!("video {id}"), e))?;
            Loaded {
                photos: result.photos,
                label: format!("video {id} of sequence {}", result.sequence_id),
                sequence_id: Some(result.sequence_id),
            }
        }
        // clap's group makes one of them required.
        (None, None) => return Err(CliError::msg("give --sequence ID or --video ID")),
    };
    Ok(loaded)
}

/// What `--sequence`, `--video` or `--user` names: one [`Loaded`] per sequence (a single one
/// but for `--user`).
pub struct Sources {
    /// `sequence ID`, `video ID of sequence ID` or `user NAME`.
    pub label: String,
    /// With `--user`: whose.
    pub user_id: Option<u64>,
    /// With `--user`, by sequence id.
    pub parts: Vec<Loaded>,
}

/// Loads what `source` names, with a spinner for people. A username costs one request; a
/// user's sequences are fetched `pagination().window` at a time.
pub async fn load_source(client: &Client, source: &Source, out: &Out) -> Result<Sources> {
    let Some(user) = &source.user else {
        let one = load(client, &source.which, out).await?;
        return Ok(Sources {
            label: one.label.clone(),
            user_id: None,
            parts: vec![one],
        });
    };
    let label = format!("user {user}");
    let user_id = client
        .resolve_user(user)
        .await
        .map_err(|e| CliError::with(label.clone(), e))?;
    let spinner = progress::spinner(out, format!("listing the sequences of {label}"));
    let listed = user_sequences(client, user_id).await;
    progress::finish(spinner);
    let sequences = listed.map_err(|e| CliError::with(format!("sequences of {label}"), e))?;
    let parts = sequences.into_iter().map(|(sequence, photos)| Loaded {
        photos,
        label: format!("sequence {}", sequence.id),
        sequence_id: Some(sequence.id),
    });
    Ok(Sources {
        label,
        user_id: Some(user_id),
        parts: parts.collect(),
    })
}

async fn user_sequences(
    client: &Client,
    user_id: u64,
) -> kartaview_ext::Result<Vec<(Sequence, Vec<Photo>)>> {
    let mut sequences: Vec<Sequence> = client
        .user_sequences(user_id, None, DateRange::default())
        .try_collect()
        .await?;
    sequences.sort_by_key(|s| s.id);
    let window = client.pagination().concurrency();
    // Futures built here, not by a closure inside the stream, keep this future `Send`.
    let fetches: Vec<_> = sequences
        .into_iter()
        .map(|sequence| async move {
            let photos = client.photos_of_sequence(&sequence).await?;
            Ok::<_, kartaview_ext::Error>((sequence, photos))
        })
        .collect();
    stream::iter(fetches).buffered(window).try_collect().await
}
