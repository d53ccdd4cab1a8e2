//! The upload's sequence on the server: created once (or found again after an interrupted
//! run, by the marker it carries), and finished exactly once.

use kartaview_api::types;

use super::state::StateStore;
use super::{UnresolvedCreate, UploadApi, UploadEvent, UploadItem, UploadOptions, UploadReport};
use crate::error::{Error, Result};
use crate::models::{LatLng, ProcessingStatus};
use crate::operations::multipart::coordinate;
use crate::transport::client::Client;
use crate::transport::operation::OperationExt;
use crate::transport::retry::{self, Failure};

/// What the search for an interrupted run's sequence found.
pub(super) enum Lookup {
    /// The sequence carrying the marker.
    Found(u64),
    /// The server has no such sequence: the create request never reached it.
    Absent,
    /// The search could not be made, and why.
    Unknown(String),
}

impl Client {
    /// Creates the sequence, saving a marker first and the id right after, so that an
    /// interruption in between can be recovered without creating a second sequence: when the
    /// state holds a marker but no id, the sequence carrying that marker is looked up first.
    /// Returns the id and whether it is an earlier run's sequence found by its marker.
    pub(super) async fn create_upload_sequence(
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
                crate::models::lenient::id(&response.osv.sequence.id)
            }
            UploadApi::V2 => {
                let mut form = types::SequenceForm::builder()
                    .upload_source(Some(source.clone()))
                    .device_name(options.device_name.clone());
                if let Some(position) = first {
                    form = form.current_coordinate(Some(lat_lng_pair(position)?));
                }
                let response = self.api().sequence_create().body(form).run(self).await?;
                crate::models::lenient::id(&response.result.data.id)
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
    pub(super) async fn find_earlier_sequence(
        &self,
        source: &str,
        user_id: Option<u64>,
    ) -> Result<Lookup> {
        let settle = |what: &str, error: Error| {
            if error.is_retryable() {
                Err(error)
            } else {
                Ok(Lookup::Unknown(format!(
                    "{what} failed: {}",
                    error.with_causes()
                )))
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
                match crate::models::lenient::id(&first.user_id) {
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
            .and_then(|s| crate::models::lenient::id(&s.id))
            .map_or(Lookup::Absent, Lookup::Found))
    }

    pub(super) fn token_text(&self) -> String {
        self.token()
            .map(|t| t.expose().to_owned())
            .unwrap_or_default()
    }

    /// Calls finish once. If an earlier call may have reached the server (its answer was lost,
    /// or the process stopped right after), the sequence's status decides instead of a second
    /// call.
    pub(super) async fn finish_once(&self, sequence_id: u64, store: &mut StateStore) -> Result<()> {
        let api = store.state().api;
        // Whether a finish call may have reached the server: one of an earlier run, or any
        // attempt of this one. Recorded durably before the first call.
        let reached = std::sync::atomic::AtomicBool::new(store.state().finishing);
        store
            .off_runtime(|store| store.update(|s| s.finishing = true))
            .await?;
        // Retried like any idempotent call: each attempt asks the server first whenever an
        // earlier finish call may have reached it.
        retry::run(self.retries(), "finishUpload", true, || async {
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
