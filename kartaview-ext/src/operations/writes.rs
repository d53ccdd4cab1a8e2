//! Writes beyond uploads: sequence update and delete, photo delete (photo update with a new
//! image is in `multipart`). Deletion comes in both API generations: the 1.0 `remove` calls
//! are what the official site and apps use (confirmed), the 2.0 `DELETE`s follow the doc.

use kartaview_api::types;

use crate::error::{Error, Result};
use crate::models::{LatLng, Sequence};
use crate::operations::multipart::coordinate;
use crate::transport::client::Client;
use crate::transport::operation::OperationExt;

/// Fields of a sequence update; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SequenceUpdate {
    /// Recording device.
    pub device_name: Option<String>,
    /// Platform, e.g. `Android`.
    pub platform_name: Option<String>,
    /// Platform version.
    pub platform_version: Option<String>,
    /// Recording app version.
    pub app_version: Option<String>,
    /// First position.
    pub current_coordinate: Option<LatLng>,
}

impl Client {
    /// Updates a sequence's details.
    pub async fn update_sequence(
        &self,
        sequence_id: u64,
        update: &SequenceUpdate,
    ) -> Result<Sequence> {
        self.require_token()?;
        let mut form = types::SequenceForm::builder()
            .device_name(update.device_name.clone())
            .platform_name(update.platform_name.clone())
            .platform_version(update.platform_version.clone())
            .app_version(update.app_version.clone());
        if let Some(position) = update.current_coordinate {
            let pair = types::LatLngPair::try_from(coordinate(position))
                .map_err(|e| Error::invalid("position", format!("invalid position: {e}")))?;
            form = form.current_coordinate(Some(pair));
        }
        let response = self
            .api()
            .sequence_update_by_id()
            .sequence_id(sequence_id)
            .body(form)
            .run(self)
            .await?;
        Sequence::from_wire(&response.result.data)
            .ok_or_else(|| Error::missing_id("updated sequence"))
    }

    /// Deletes a sequence and its photos.
    pub async fn delete_sequence(&self, sequence_id: u64) -> Result<()> {
        self.require_token()?;
        self.api()
            .sequence_delete_by_id()
            .sequence_id(sequence_id)
            .run(self)
            .await
            .map(drop)
    }

    /// Deletes a photo.
    pub async fn delete_photo(&self, photo_id: u64) -> Result<()> {
        self.require_token()?;
        self.api()
            .photo_delete_by_id()
            .photo_id(photo_id)
            .run(self)
            .await
            .map(drop)
    }

    /// Deletes a sequence with its photos through API 1.0 (`POST /1.0/sequence/remove/`), the
    /// call the official site and apps make.
    pub async fn remove_sequence(&self, sequence_id: u64) -> Result<()> {
        let token = self.require_token()?.expose().to_owned();
        let id = i64::try_from(sequence_id).map_err(|_| {
            Error::invalid(
                "sequence_id",
                format!("sequence id {sequence_id} is too large"),
            )
        })?;
        let body = types::V1SequenceIdForm::builder()
            .access_token(token)
            .sequence_id(id);
        self.api()
            .v1_sequence_remove()
            .body(body)
            .run(self)
            .await
            .map(drop)
    }

    /// Deletes a photo through API 1.0 (`POST /1.0/photo/remove/`).
    pub async fn remove_photo(&self, photo_id: u64) -> Result<()> {
        let token = self.require_token()?.expose().to_owned();
        let id = i64::try_from(photo_id)
            .map_err(|_| Error::invalid("photo_id", format!("photo id {photo_id} is too large")))?;
        let body = types::V1PhotoIdForm::builder()
            .access_token(token)
            .photo_id(id);
        self.api()
            .v1_photo_remove()
            .body(body)
            .run(self)
            .await
            .map(drop)
    }
}
