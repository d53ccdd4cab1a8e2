//! Uploads that never lose or duplicate a photo.
//!
//! Create a sequence → upload every item → `finished-uploading` once, when every index is
//! confirmed. `sequenceIndex` is the idempotency key: the server stores an index once and
//! answers a repeat with apiCode 660, which counts as stored, so a retry after a lost answer is
//! safe. A state file (a snapshot plus a journal line per confirmed index, see `state.rs`)
//! makes the upload resumable: run it again after any interruption and only what is missing
//! is sent, into the same sequence, and the sequence is finished exactly once. A marker sent
//! as the sequence's `uploadSource` and saved before the create request lets a run that was
//! killed before saving the new id find that sequence instead of creating a second one.

mod state;

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDateTime;
use futures_util::{StreamExt, stream};
use kartaview_api::types;
use serde::{Deserialize, Serialize};

use crate::client::Client;
use crate::error::{Error, Result, UploadConflict};
use crate::models::{LatLng, ProcessingStatus, Projection};
use crate::multipart::{FilePart, PhotoFields, coordinate};
use crate::operation::OperationExt;
use crate::retry::{self, Failure};
#[doc(hidden)]
pub use state::StateStore;

/// Which API generation carries the upload.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UploadApi {
    /// API 1.0, what the official uploader uses: `access_token` in the form, file part
    /// `photo`/`video`, closed by `/1.0/sequence/finished-uploading/`.
    #[default]
    V1,
    /// API 2.0: `X-Auth-Token`, file part `payload`, closed by `/2.0/sequence/{id}/finish`.
    V2,
}

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    /// A JPEG photo.
    Photo,
    /// An MP4 video chunk of a recording.
    Video,
}

/// Where an item's bytes are.
#[derive(Clone)]
pub enum MediaSource {
    /// In memory, with the file name to send.
    Bytes {
        /// The name sent with the upload.
        file_name: String,
        /// The content.
        bytes: bytes::Bytes,
    },
    /// A file, read when its turn comes.
    File(PathBuf),
}

impl std::fmt::Debug for MediaSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MediaSource::Bytes { file_name, bytes } => {
                write!(f, "Bytes({file_name:?}, {} bytes)", bytes.len())
            }
            MediaSource::File(path) => write!(f, "File({})", path.display()),
        }
    }
}

/// One photo or video to upload.
#[derive(Debug, Clone)]
pub struct UploadItem {
    /// Its `sequenceIndex`: unique in the upload, and the same on every run over the same input.
    pub index: u32,
    /// Photo or video.
    pub kind: MediaKind,
    /// The bytes.
    pub source: MediaSource,
    /// Where it was taken (required for photos).
    pub position: Option<LatLng>,
    /// Capture time, UTC.
    pub shot_date: Option<NaiveDateTime>,
    /// Compass heading in degrees.
    pub heading: Option<f64>,
    /// GPS accuracy in metres.
    pub gps_accuracy: Option<f64>,
    /// How the photo maps the scene (`SPHERE` for 360° photos); the server's default
    /// otherwise.
    pub projection: Option<Projection>,
    /// Degrees the photo covers horizontally, e.g. 360 for a sphere.
    pub field_of_view: Option<f64>,
}

impl UploadItem {
    /// A photo held in memory.
    pub fn photo_bytes(
        index: u32,
        file_name: impl Into<String>,
        bytes: impl Into<bytes::Bytes>,
        position: LatLng,
    ) -> Self {
        UploadItem {
            index,
            kind: MediaKind::Photo,
            source: MediaSource::Bytes {
                file_name: file_name.into(),
                bytes: bytes.into(),
            },
            position: Some(position),
            shot_date: None,
            heading: None,
            gps_accuracy: None,
            projection: None,
            field_of_view: None,
        }
    }

    /// A photo file.
    pub fn photo_file(index: u32, path: impl Into<PathBuf>, position: LatLng) -> Self {
        UploadItem {
            index,
            kind: MediaKind::Photo,
            source: MediaSource::File(path.into()),
            position: Some(position),
            shot_date: None,
            heading: None,
            gps_accuracy: None,
            projection: None,
            field_of_view: None,
        }
    }

    /// A video file; `index` is its number within the recording.
    pub fn video_file(index: u32, path: impl Into<PathBuf>) -> Self {
        UploadItem {
            index,
            kind: MediaKind::Video,
            source: MediaSource::File(path.into()),
            position: None,
            shot_date: None,
            heading: None,
            gps_accuracy: None,
            projection: None,
            field_of_view: None,
        }
    }

    /// Sets the capture time.
    pub fn shot_at(mut self, when: NaiveDateTime) -> Self {
        self.shot_date = Some(when);
        self
    }

    /// Sets the compass heading.
    pub fn heading(mut self, degrees: f64) -> Self {
        self.heading = Some(degrees);
        self
    }

    /// Marks a projected photo, e.g. a 360° sphere: `projected(Projection::Sphere, Some(360.0))`.
    pub fn projected(mut self, projection: Projection, field_of_view: Option<f64>) -> Self {
        self.projection = Some(projection);
        self.field_of_view = field_of_view;
        self
    }

    /// What identifies the item's content across runs (its name and size), and its size.
    fn fingerprint(&self) -> Result<(String, u64)> {
        Ok(match &self.source {
            MediaSource::Bytes { file_name, bytes } => {
                let len = bytes.len() as u64;
                (format!("{file_name}:{len}:{:016x}", fnv1a(bytes)), len)
            }
            MediaSource::File(path) => {
                let len = std::fs::metadata(path)
                    .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?
                    .len();
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default();
                (format!("{name}:{len}"), len)
            }
        })
    }

    async fn load(&self) -> Result<FilePart> {
        let (file_name, bytes) = match &self.source {
            MediaSource::Bytes { file_name, bytes } => (file_name.clone(), bytes.clone()),
            MediaSource::File(path) => {
                let bytes = tokio::fs::read(path)
                    .await
                    .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| format!("{}.bin", self.index));
                (name, bytes::Bytes::from(bytes))
            }
        };
        Ok(match self.kind {
            MediaKind::Photo => FilePart::jpeg(file_name, bytes),
            MediaKind::Video => FilePart::mp4(file_name, bytes),
        })
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// How an upload runs.
#[derive(Debug, Clone)]
pub struct UploadOptions {
    /// Which API carries it (default 1.0, the production path).
    pub api: UploadApi,
    /// Items in flight at once (default 8).
    pub concurrency: usize,
    /// Where progress is kept; without one the upload cannot be resumed.
    pub state_file: Option<PathBuf>,
    /// When the server says the sequence is gone (apiCode 612), create a new one and upload
    /// everything into it, once, instead of stopping.
    pub recreate_gone_sequence: bool,
    /// The uploader's user id, if known: saves a request when a resumed upload looks for the
    /// sequence whose creation was interrupted before its id could be saved. Without it the
    /// id is learnt from the token's own sequences (`my-list`).
    pub user_id: Option<u64>,
    /// Sent as the sequence's `deviceName`.
    pub device_name: Option<String>,
}

impl Default for UploadOptions {
    fn default() -> Self {
        UploadOptions {
            api: UploadApi::V1,
            concurrency: 8,
            state_file: None,
            recreate_gone_sequence: false,
            user_id: None,
            device_name: None,
        }
    }
}

/// Progress of an upload, for a progress bar. Serializes as one JSON object tagged by `event`
/// (`{"event":"stored","sequenceIndex":3,...}`); `Failed`'s `error` may quote the server, so
/// redact secrets before printing it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(
    tag = "event",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[non_exhaustive]
pub enum UploadEvent {
    /// The plan: items to send now, of how many, and their bytes.
    Planned {
        /// Items this run will send.
        pending: usize,
        /// Items in the upload.
        total: usize,
        /// Bytes this run will send.
        bytes: u64,
    },
    /// A new sequence was created.
    SequenceCreated {
        /// Its id.
        sequence_id: u64,
    },
    /// An earlier run's sequence is being continued.
    Resumed {
        /// Its id.
        sequence_id: u64,
        /// Items it already holds.
        confirmed: usize,
    },
    /// The server stored an item (or already had it).
    Stored {
        /// Its `sequenceIndex`.
        #[serde(rename = "sequenceIndex")]
        index: u32,
        /// Its size.
        bytes: u64,
        /// Whether the server already had it (an earlier answer was lost).
        duplicate: bool,
    },
    /// An item could not be stored.
    Failed {
        /// Its `sequenceIndex`.
        #[serde(rename = "sequenceIndex")]
        index: u32,
        /// Why.
        error: String,
    },
    /// The sequence was gone; everything goes into a new one.
    SequenceRecreated {
        /// The vanished sequence.
        old: u64,
        /// Its replacement.
        new: u64,
    },
    /// An interrupted run's sequence (created, its id never saved) was found by its marker
    /// and is continued.
    SequenceFound {
        /// Its id.
        sequence_id: u64,
    },
    /// An interrupted run's create request could not be matched to a sequence on the server;
    /// a new sequence is created, and the earlier one, if the server made it, stays behind.
    CreateUnresolved(UnresolvedCreate),
    /// The sequence was closed for upload.
    Finished {
        /// Its id.
        sequence_id: u64,
    },
}

/// How an upload ended.
#[derive(Debug)]
pub struct UploadReport {
    /// The sequence holding the items.
    pub sequence_id: u64,
    /// Items stored by this run.
    pub uploaded: usize,
    /// Items the server already had when this run sent them.
    pub duplicates: usize,
    /// Items confirmed by earlier runs and not sent again.
    pub resumed: usize,
    /// Bytes sent by this run.
    pub bytes: u64,
    /// Items that could not be stored, with the reason.
    pub failed: Vec<(u32, Error)>,
    /// Whether the sequence is closed for upload (only when every item is confirmed).
    pub finished: bool,
    /// Set when an interrupted run's sequence-create request could not be matched to a
    /// sequence on the server: that sequence, if the server created it, is left empty and
    /// unfinished (find it on the site by its upload source and delete it).
    pub unresolved_create: Option<UnresolvedCreate>,
}

/// A sequence-create request of an interrupted run (its answer was never saved) that could not
/// be matched to a sequence on the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UnresolvedCreate {
    /// The `uploadSource` the request carried, which names that sequence if it exists.
    pub upload_source: String,
    /// Why it could not be matched.
    pub reason: String,
}

/// What the search for an interrupted run's sequence found.
enum Lookup {
    /// The sequence carrying the marker.
    Found(u64),
    /// The server has no such sequence: the create request never reached it.
    Absent,
    /// The search could not be made, and why.
    Unknown(String),
}

enum Outcome {
    Stored {
        index: u32,
        bytes: u64,
        duplicate: bool,
    },
    Gone {
        index: u32,
        error: Error,
    },
    Failed {
        index: u32,
        error: Error,
    },
}

impl Client {
    /// Uploads `items` into one sequence and closes it, resumably (see the module docs).
    ///
    /// Photos without a position are refused before anything is sent. The report lists items
    /// that failed for good; the sequence is finished only when every item is confirmed.
    pub async fn upload(
        &self,
        items: &[UploadItem],
        options: &UploadOptions,
        progress: impl Fn(&UploadEvent),
    ) -> Result<UploadReport> {
        validate(items)?;
        self.require_token()?;
        let mut store = StateStore::open_off_runtime(options.state_file.clone()).await?;
        let state = store.state();
        if state.sequence_id.is_some() && state.api != options.api {
            return Err(UploadConflict::OtherApi { started: state.api }.into());
        }
        let fingerprints: Vec<(String, u64)> = items
            .iter()
            .map(UploadItem::fingerprint)
            .collect::<Result<_>>()?;
        for (item, (fingerprint, _)) in items.iter().zip(&fingerprints) {
            if let Some(recorded) = state.confirmed.get(&item.index)
                && recorded != fingerprint
            {
                return Err(UploadConflict::InputChanged {
                    index: item.index,
                    recorded: recorded.clone(),
                    now: fingerprint.clone(),
                }
                .into());
            }
        }
        let resumed = items
            .iter()
            .filter(|i| state.confirmed.contains_key(&i.index))
            .count();
        let mut report = UploadReport {
            sequence_id: 0,
            uploaded: 0,
            duplicates: 0,
            resumed,
            bytes: 0,
            failed: Vec::new(),
            finished: state.finished,
            unresolved_create: None,
        };

        let mut sequence_id = match state.sequence_id {
            Some(id) => {
                progress(&UploadEvent::Resumed {
                    sequence_id: id,
                    confirmed: resumed,
                });
                id
            }
            None => {
                let (id, found) = self
                    .create_upload_sequence(items, options, &mut store, &mut report, &progress)
                    .await?;
                progress(&if found {
                    UploadEvent::SequenceFound { sequence_id: id }
                } else {
                    UploadEvent::SequenceCreated { sequence_id: id }
                });
                id
            }
        };
        report.sequence_id = sequence_id;
        if store.state().finished {
            return Ok(report);
        }

        let mut recreated = false;
        loop {
            let pending: Vec<(&UploadItem, &(String, u64))> = items
                .iter()
                .zip(&fingerprints)
                .filter(|(item, _)| !store.state().confirmed.contains_key(&item.index))
                .collect();
            progress(&UploadEvent::Planned {
                pending: pending.len(),
                total: items.len(),
                bytes: pending.iter().map(|(_, (_, len))| len).sum(),
            });
            let by_index: BTreeMap<u32, &String> =
                pending.iter().map(|(i, (f, _))| (i.index, f)).collect();
            // The futures are built here rather than by a closure inside the stream, so that the
            // upload future stays `Send` (closures over borrowed items defeat the inference).
            let stores: Vec<_> = pending
                .iter()
                .map(|(item, _)| self.store_item(item, sequence_id, options.api))
                .collect();
            let mut outcomes = stream::iter(stores).buffer_unordered(options.concurrency.max(1));
            let mut gone = None;
            while let Some(outcome) = outcomes.next().await {
                match outcome {
                    Outcome::Stored {
                        index,
                        bytes,
                        duplicate,
                    } => {
                        if let Some(fingerprint) = by_index.get(&index) {
                            if store.confirm_may_block() {
                                let fingerprint = (*fingerprint).clone();
                                store
                                    .off_runtime(move |s| s.confirm(index, &fingerprint))
                                    .await?;
                            } else {
                                store.confirm(index, fingerprint)?;
                            }
                        }
                        if duplicate {
                            report.duplicates += 1;
                        } else {
                            report.uploaded += 1;
                        }
                        report.bytes += bytes;
                        progress(&UploadEvent::Stored {
                            index,
                            bytes,
                            duplicate,
                        });
                    }
                    Outcome::Gone { index, error } => {
                        progress(&UploadEvent::Failed {
                            index,
                            error: error.to_string(),
                        });
                        gone.get_or_insert(error);
                    }
                    Outcome::Failed { index, error } => {
                        progress(&UploadEvent::Failed {
                            index,
                            error: error.to_string(),
                        });
                        report.failed.push((index, error));
                    }
                }
            }
            drop(outcomes);
            let Some(error) = gone else { break };
            if !options.recreate_gone_sequence || recreated {
                store.off_runtime(StateStore::compact).await?;
                return Err(Error::SequenceGone {
                    sequence_id,
                    source: Box::new(error),
                });
            }
            recreated = true;
            // The old marker names the vanished sequence: the new one gets its own.
            store
                .off_runtime(|store| {
                    store.update(|s| {
                        s.sequence_id = None;
                        s.upload_source = None;
                        s.confirmed.clear();
                        s.finishing = false;
                    })
                })
                .await?;
            report.failed.clear();
            let (new, _) = self
                .create_upload_sequence(items, options, &mut store, &mut report, &progress)
                .await?;
            progress(&UploadEvent::SequenceRecreated {
                old: sequence_id,
                new,
            });
            sequence_id = new;
            report.sequence_id = new;
        }

        if report.failed.is_empty()
            && items
                .iter()
                .all(|i| store.state().confirmed.contains_key(&i.index))
        {
            self.finish_once(sequence_id, &mut store).await?;
            report.finished = true;
            progress(&UploadEvent::Finished { sequence_id });
        } else {
            store.off_runtime(StateStore::compact).await?;
        }
        report.failed.sort_by_key(|(index, _)| *index);
        Ok(report)
    }

    /// Creates the sequence, saving a marker first and the id right after, so that an
    /// interruption in between can be recovered without creating a second sequence: when the
    /// state holds a marker but no id, the sequence carrying that marker is looked up first.
    /// Returns the id and whether it is an earlier run's sequence found by its marker.
    async fn create_upload_sequence(
        &self,
        items: &[UploadItem],
        options: &UploadOptions,
        store: &mut StateStore,
        report: &mut UploadReport,
        progress: &impl Fn(&UploadEvent),
    ) -> Result<(u64, bool)> {
        if let Some(source) = store.state().upload_source.clone() {
            match self.find_earlier_sequence(&source, options.user_id).await? {
                Lookup::Found(id) => {
                    store
                        .off_runtime(move |store| store.update(|s| s.sequence_id = Some(id)))
                        .await?;
                    return Ok((id, true));
                }
                Lookup::Absent => {}
                Lookup::Unknown(reason) => {
                    let unresolved = UnresolvedCreate {
                        upload_source: source,
                        reason,
                    };
                    tracing::warn!(
                        upload_source = %unresolved.upload_source,
                        reason = %unresolved.reason,
                        "an interrupted run's sequence could not be looked up; creating a new one"
                    );
                    progress(&UploadEvent::CreateUnresolved(unresolved.clone()));
                    report.unresolved_create = Some(unresolved);
                }
            }
        }
        let source = format!("{} upload {:016x}", crate::USER_AGENT, fastrand::u64(..));
        let (api, marker) = (options.api, source.clone());
        store
            .off_runtime(move |store| {
                store.update(|s| {
                    s.api = api;
                    s.upload_source = Some(marker);
                })
            })
            .await?;
        let first = items.iter().find_map(|i| i.position);
        let id = match options.api {
            UploadApi::V1 => {
                let token = self.require_token()?.expose().to_owned();
                let mut form = types::V1SequenceCreateForm::builder()
                    .access_token(token)
                    .upload_source(Some(source.clone()))
                    .device_name(options.device_name.clone());
                if let Some(position) = first {
                    form = form.current_coordinate(Some(lat_lng_pair(position)?));
                }
                let response = self.api().v1_sequence_create().body(form).run(self).await?;
                crate::lenient::id(&response.osv.sequence.id)
            }
            UploadApi::V2 => {
                let mut form = types::SequenceForm::builder()
                    .upload_source(Some(source.clone()))
                    .device_name(options.device_name.clone());
                if let Some(position) = first {
                    form = form.current_coordinate(Some(lat_lng_pair(position)?));
                }
                let response = self.api().sequence_create().body(form).run(self).await?;
                crate::lenient::id(&response.result.data.id)
            }
        }
        .ok_or_else(|| Error::missing_id("created sequence"))?;
        store
            .off_runtime(move |store| store.update(|s| s.sequence_id = Some(id)))
            .await?;
        Ok((id, false))
    }

    /// Looks for the sequence an interrupted run asked the server to create, by the marker it
    /// sent as `uploadSource`, among the token owner's sequences. The owner's id comes from
    /// `user_id` or, without it, from `my-list` (the token's own sequences, each carrying
    /// `user_id`; an empty list means the server never created it). A failure that may pass
    /// (timeout, 5xx) stops the upload so a later run can look again; any other gives
    /// [`Lookup::Unknown`].
    async fn find_earlier_sequence(&self, source: &str, user_id: Option<u64>) -> Result<Lookup> {
        let settle = |what: &str, error: Error| {
            if error.is_transient() {
                Err(error)
            } else {
                Ok(Lookup::Unknown(format!("{what} failed: {error}")))
            }
        };
        let user_id = match user_id {
            Some(id) => id,
            None => {
                let form = types::V1MyListForm::builder()
                    .access_token(self.token_text())
                    .page(std::num::NonZeroU64::new(1))
                    .ipp(std::num::NonZeroU64::new(1));
                let listed = self.api().v1_my_list().body(form).run(self).await;
                let first = match listed {
                    Ok(response) => response.current_page_items.into_iter().next(),
                    Err(error) => return settle("listing the token's sequences (my-list)", error),
                };
                let Some(first) = first else {
                    return Ok(Lookup::Absent);
                };
                match crate::lenient::id(&first.user_id) {
                    Some(id) => id,
                    None => {
                        return Ok(Lookup::Unknown(
                            "my-list named no user_id for the token's sequences".to_owned(),
                        ));
                    }
                }
            }
        };
        let response = match self
            .api()
            .sequence_get_all()
            .user_id(user_id.to_string())
            .order_direction(types::OrderDirection::Desc)
            .items_per_page(100u64)
            .run(self)
            .await
        {
            Ok(response) => response,
            Err(error) => return settle(&format!("listing user {user_id}'s sequences"), error),
        };
        let sequences: Vec<&types::Sequence> = match &response.result.data {
            types::SequenceListData::Array(items) => items.iter().collect(),
            types::SequenceListData::Object(map) => map.values().collect(),
        };
        Ok(sequences
            .into_iter()
            .find(|s| s.upload_source.as_deref() == Some(source))
            .and_then(|s| crate::lenient::id(&s.id))
            .map_or(Lookup::Absent, Lookup::Found))
    }

    async fn store_item(&self, item: &UploadItem, sequence_id: u64, api: UploadApi) -> Outcome {
        let index = item.index;
        let file = match item.load().await {
            Ok(file) => file,
            Err(error) => return Outcome::Failed { index, error },
        };
        let bytes = file.bytes.len() as u64;
        // Each call is retried on its own: the spec marks these uploads idempotent, keyed by
        // sequenceIndex.
        let result: Result<()> = match (item.kind, api) {
            (MediaKind::Photo, api) => {
                let Some(position) = item.position else {
                    return Outcome::Failed {
                        index,
                        error: Error::invalid("position", "a photo needs a position"),
                    };
                };
                let fields = PhotoFields {
                    sequence_id,
                    sequence_index: index,
                    position,
                    shot_date: item.shot_date,
                    heading: item.heading,
                    gps_accuracy: item.gps_accuracy,
                    projection: item.projection.clone(),
                    field_of_view: item.field_of_view,
                };
                match api {
                    UploadApi::V1 => self.v1_upload_photo(&fields, file).await.map(drop),
                    UploadApi::V2 => self.upload_photo(&fields, file).await.map(drop),
                }
            }
            (MediaKind::Video, UploadApi::V1) => self
                .v1_upload_video(sequence_id, index, file)
                .await
                .map(drop),
            (MediaKind::Video, UploadApi::V2) => {
                self.upload_video(sequence_id, index, file).await.map(drop)
            }
        };
        match result {
            Ok(()) => Outcome::Stored {
                index,
                bytes,
                duplicate: false,
            },
            Err(Error::Api { code, .. }) if code.means_stored() => Outcome::Stored {
                index,
                bytes,
                duplicate: true,
            },
            Err(error) if error.is_sequence_unknown() => Outcome::Gone { index, error },
            Err(error) => Outcome::Failed { index, error },
        }
    }

    fn token_text(&self) -> String {
        self.token()
            .map(|t| t.expose().to_owned())
            .unwrap_or_default()
    }

    /// Calls finish once. If an earlier call may have reached the server (its answer was lost,
    /// or the process stopped right after), the sequence's status decides instead of a second
    /// call.
    async fn finish_once(&self, sequence_id: u64, store: &mut StateStore) -> Result<()> {
        let api = store.state().api;
        // Whether a finish call may have reached the server: one of an earlier run, or any
        // attempt of this one. Recorded durably before the first call.
        let reached = std::sync::atomic::AtomicBool::new(store.state().finishing);
        store
            .off_runtime(|store| store.update(|s| s.finishing = true))
            .await?;
        // Retried like any idempotent call: each attempt asks the server first whenever an
        // earlier finish call may have reached it.
        retry::run(self.retry_policy(), "finishUpload", true, || async {
            if reached.swap(true, std::sync::atomic::Ordering::Relaxed)
                && self.is_finished(sequence_id).await?
            {
                return Ok(());
            }
            self.finish_call(sequence_id, api)
                .await
                .map_err(Failure::from)
        })
        .await?;
        store
            .off_runtime(|store| store.update(|s| s.finished = true))
            .await
    }

    /// The finish call itself, sent once.
    async fn finish_call(&self, sequence_id: u64, api: UploadApi) -> Result<()> {
        match api {
            UploadApi::V1 => {
                let body = types::V1SequenceIdForm::builder()
                    .access_token(self.token_text())
                    .sequence_id(i64::try_from(sequence_id).unwrap_or(i64::MAX));
                self.api()
                    .v1_sequence_finished_uploading()
                    .body(body)
                    .run(self)
                    .await
                    .map(drop)
            }
            UploadApi::V2 => self
                .api()
                .sequence_finish_by_id()
                .sequence_id(sequence_id)
                .run(self)
                .await
                .map(drop),
        }
    }

    async fn is_finished(&self, sequence_id: u64) -> Result<bool> {
        let sequence = self.sequence(sequence_id).await?;
        Ok(matches!(
            sequence.upload_status,
            Some(ProcessingStatus::Finished | ProcessingStatus::UploadFinished)
        ) || matches!(
            sequence.image_processing_status,
            Some(
                ProcessingStatus::UploadFinished
                    | ProcessingStatus::Processing
                    | ProcessingStatus::ProcessingFinished
                    | ProcessingStatus::ProcessingFailed
                    | ProcessingStatus::VideoSplit
            )
        ))
    }
}

fn lat_lng_pair(position: LatLng) -> Result<types::LatLngPair> {
    types::LatLngPair::try_from(coordinate(position))
        .map_err(|e| Error::invalid("position", format!("invalid position: {e}")))
}

fn validate(items: &[UploadItem]) -> Result<()> {
    if items.is_empty() {
        return Err(Error::invalid("items", "nothing to upload"));
    }
    let mut seen = std::collections::HashSet::new();
    let mut without_position = Vec::new();
    for item in items {
        if !seen.insert(item.index) {
            return Err(Error::invalid(
                "items",
                format!("sequenceIndex {} appears twice", item.index),
            ));
        }
        if item.kind == MediaKind::Photo && item.position.is_none() {
            without_position.push(item.index.to_string());
        }
    }
    if without_position.is_empty() {
        Ok(())
    } else {
        Err(Error::invalid(
            "items",
            format!(
                "photos without a position cannot be uploaded (sequenceIndex {})",
                without_position.join(", ")
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_serialize_as_tagged_json_lines() {
        let line = |event: &UploadEvent| serde_json::to_string(event).expect("json");
        assert_eq!(
            line(&UploadEvent::Stored {
                index: 3,
                bytes: 2048,
                duplicate: false,
            }),
            r#"{"event":"stored","sequenceIndex":3,"bytes":2048,"duplicate":false}"#
        );
        assert_eq!(
            line(&UploadEvent::Failed {
                index: 4,
                error: "HTTP 500".to_owned(),
            }),
            r#"{"event":"failed","sequenceIndex":4,"error":"HTTP 500"}"#
        );
        assert_eq!(
            line(&UploadEvent::Resumed {
                sequence_id: 1001,
                confirmed: 2,
            }),
            r#"{"event":"resumed","sequenceId":1001,"confirmed":2}"#
        );
        assert_eq!(
            line(&UploadEvent::SequenceRecreated { old: 1, new: 2 }),
            r#"{"event":"sequenceRecreated","old":1,"new":2}"#
        );
        assert_eq!(
            line(&UploadEvent::CreateUnresolved(UnresolvedCreate {
                upload_source: "kartaview-rs 1".to_owned(),
                reason: "timed out".to_owned(),
            })),
            r#"{"event":"createUnresolved","uploadSource":"kartaview-rs 1","reason":"timed out"}"#
        );
    }
}
