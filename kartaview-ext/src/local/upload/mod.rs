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

mod conflict;
mod item;
mod sequence;
mod state;

use std::collections::BTreeMap;
use std::path::PathBuf;

use futures_util::{StreamExt, stream};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::operations::multipart::PhotoFields;
use crate::transport::client::Client;
pub use conflict::UploadConflict;
use item::validate;
pub use item::{MediaKind, MediaSource, UploadItem};
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
#[non_exhaustive]
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
                            error: error.with_causes(),
                        });
                        gone.get_or_insert(error);
                    }
                    Outcome::Failed { index, error } => {
                        progress(&UploadEvent::Failed {
                            index,
                            error: error.with_causes(),
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
