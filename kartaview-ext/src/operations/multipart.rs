//! The spec's handwritten operations: multipart uploads, which progenitor cannot generate.
//!
//! Each function here implements one operation marked `x-kartaview-handwritten: true` in
//! `openapi.yaml` and sends it as its [`OperationSpec`] (from `kartaview_api::operations`)
//! says: method, path, retried only when the spec says a repeat is harmless. [`HANDWRITTEN`]
//! lists them; a test checks that it and the generated operations cover the spec.

use kartaview_api::operations::{
    PHOTO_CREATE, PHOTO_PART_CREATE, PHOTO_UPDATE_BY_ID, SEQUENCE_ATTACHMENT_CREATE,
    SEQUENCE_RAWDATA_CREATE, V1_PHOTO_CREATE, V1_VIDEO_CREATE, VIDEO_CREATE,
};
use kartaview_api::{ClientInfo, OperationSpec, types};
use reqwest::Method;
use reqwest::multipart::{Form, Part};

use crate::error::{Error, Result, error_from_body, retry_after};
use crate::models::decode;
use crate::models::{LatLng, Projection};
use crate::transport::client::{Client, Enveloped};
use crate::transport::retry::{self, Failure};

/// The spec's handwritten operations this crate implements, one function each.
pub const HANDWRITTEN: &[OperationSpec] = &[
    V1_PHOTO_CREATE,
    V1_VIDEO_CREATE,
    PHOTO_CREATE,
    PHOTO_UPDATE_BY_ID,
    VIDEO_CREATE,
    PHOTO_PART_CREATE,
    SEQUENCE_ATTACHMENT_CREATE,
    SEQUENCE_RAWDATA_CREATE,
];

/// A file to upload.
#[derive(Clone)]
pub struct FilePart {
    /// The name sent with the part (never a path).
    pub file_name: String,
    /// The MIME type, e.g. `image/jpeg`.
    pub mime: &'static str,
    /// The content.
    pub bytes: bytes::Bytes,
}

impl std::fmt::Debug for FilePart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FilePart")
            .field("file_name", &self.file_name)
            .field("mime", &self.mime)
            .field("len", &self.bytes.len())
            .finish()
    }
}

impl FilePart {
    /// A JPEG image.
    pub fn jpeg(file_name: impl Into<String>, bytes: impl Into<bytes::Bytes>) -> Self {
        FilePart {
            file_name: file_name.into(),
            mime: "image/jpeg",
            bytes: bytes.into(),
        }
    }

    /// An MP4 video.
    pub fn mp4(file_name: impl Into<String>, bytes: impl Into<bytes::Bytes>) -> Self {
        FilePart {
            file_name: file_name.into(),
            mime: "video/mp4",
            bytes: bytes.into(),
        }
    }
}

/// What a photo upload says about the photo.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PhotoFields {
    /// The sequence it goes to.
    pub sequence_id: u64,
    /// Its position in the sequence: the upload's idempotency key.
    pub sequence_index: u32,
    /// Where it was taken.
    pub position: LatLng,
    /// Capture time, UTC.
    pub shot_date: Option<chrono::NaiveDateTime>,
    /// Compass heading in degrees.
    pub heading: Option<f64>,
    /// GPS accuracy in metres.
    pub gps_accuracy: Option<f64>,
    /// How the photo maps the scene (`SPHERE` for 360° photos).
    pub projection: Option<Projection>,
    /// Degrees covered horizontally, e.g. 360 for a sphere.
    pub field_of_view: Option<f64>,
}

impl PhotoFields {
    /// The fields every upload has; the others start empty.
    pub fn new(sequence_id: u64, sequence_index: u32, position: LatLng) -> Self {
        PhotoFields {
            sequence_id,
            sequence_index,
            position,
            shot_date: None,
            heading: None,
            gps_accuracy: None,
            projection: None,
            field_of_view: None,
        }
    }

    pub(crate) fn form_fields(&self, v1: bool) -> Vec<(&'static str, String)> {
        let mut fields = vec![
            ("sequenceId", self.sequence_id.to_string()),
            ("sequenceIndex", self.sequence_index.to_string()),
            ("coordinate", coordinate(self.position)),
        ];
        if let Some(shot) = self.shot_date {
            fields.push(("shotDate", shot.format("%Y-%m-%d %H:%M:%S").to_string()));
        }
        if let Some(heading) = self.heading {
            fields.push(("heading", heading.to_string()));
            if v1 {
                // API 1.0 reads the compass from its legacy name.
                fields.push(("headers", heading.to_string()));
            }
        }
        if let Some(accuracy) = self.gps_accuracy {
            fields.push(("gpsAccuracy", accuracy.to_string()));
        }
        if let Some(projection) = &self.projection {
            fields.push(("projection", projection.as_str().to_owned()));
        }
        if let Some(degrees) = self.field_of_view {
            fields.push(("fieldOfView", degrees.to_string()));
        }
        fields
    }
}

pub(crate) fn coordinate(position: LatLng) -> String {
    format!("{:.7},{:.7}", position.lat, position.lng)
}

impl Client {
    /// `POST /1.0/photo/` ([`V1_PHOTO_CREATE`]): the production photo upload. A repeat of a
    /// stored `sequenceIndex` is answered apiCode 660 ([`ApiCode::means_stored`](crate::ApiCode::means_stored)).
    pub async fn v1_upload_photo(
        &self,
        fields: &PhotoFields,
        photo: FilePart,
    ) -> Result<types::V1PhotoUploadResponse> {
        let token = self.require_token()?.expose().to_owned();
        let mut form = fields.form_fields(true);
        form.push(("access_token", token));
        self.multipart(V1_PHOTO_CREATE, &[], form, Some(("photo", photo)))
            .await
    }

    /// `POST /1.0/video/` ([`V1_VIDEO_CREATE`]): a video chunk of a sequence.
    pub async fn v1_upload_video(
        &self,
        sequence_id: u64,
        sequence_index: u32,
        video: FilePart,
    ) -> Result<types::V1VideoUploadResponse> {
        let token = self.require_token()?.expose().to_owned();
        let form = vec![
            ("access_token", token),
            ("sequenceId", sequence_id.to_string()),
            ("sequenceIndex", sequence_index.to_string()),
        ];
        self.multipart(V1_VIDEO_CREATE, &[], form, Some(("video", video)))
            .await
    }

    /// `POST /2.0/photo/` ([`PHOTO_CREATE`]): the 2.0 photo upload, image in `payload`.
    pub async fn upload_photo(
        &self,
        fields: &PhotoFields,
        photo: FilePart,
    ) -> Result<types::PhotoResponse> {
        self.require_token()?;
        let form = fields.form_fields(false);
        self.multipart(PHOTO_CREATE, &[], form, Some(("payload", photo)))
            .await
    }

    /// `PUT /2.0/photo/{photoId}` ([`PHOTO_UPDATE_BY_ID`]): new position, time or heading, and
    /// optionally a replacement image.
    pub async fn update_photo(
        &self,
        photo_id: u64,
        update: &PhotoUpdate,
        image: Option<FilePart>,
    ) -> Result<types::PhotoResponse> {
        self.require_token()?;
        let mut form = Vec::new();
        if let Some(position) = update.position {
            form.push(("coordinate", coordinate(position)));
        }
        if let Some(shot) = update.shot_date {
            form.push(("shotDate", shot.format("%Y-%m-%d %H:%M:%S").to_string()));
        }
        if let Some(heading) = update.heading {
            form.push(("heading", heading.to_string()));
        }
        if let Some(accuracy) = update.gps_accuracy {
            form.push(("gpsAccuracy", accuracy.to_string()));
        }
        if form.is_empty() && image.is_none() {
            return Err(Error::invalid("update", "nothing to update"));
        }
        let path = [("photoId", photo_id.to_string())];
        self.multipart(
            PHOTO_UPDATE_BY_ID,
            &path,
            form,
            image.map(|i| ("payload", i)),
        )
        .await
    }

    /// `POST /2.0/video/` ([`VIDEO_CREATE`]): the 2.0 video upload, file in `payload`.
    pub async fn upload_video(
        &self,
        sequence_id: u64,
        sequence_index: u32,
        video: FilePart,
    ) -> Result<types::VideoResponse> {
        self.require_token()?;
        let form = vec![
            ("sequenceId", sequence_id.to_string()),
            ("sequenceIndex", sequence_index.to_string()),
        ];
        self.multipart(VIDEO_CREATE, &[], form, Some(("payload", video)))
            .await
    }

    /// `POST /2.0/photo-part/` ([`PHOTO_PART_CREATE`]): a part of a photo, file in `payload`.
    pub async fn upload_photo_part(
        &self,
        photo_id: u64,
        image_part_projection: Option<&str>,
        part: FilePart,
    ) -> Result<types::PhotoPartResponse> {
        self.require_token()?;
        let mut form = vec![("photoId", photo_id.to_string())];
        if let Some(projection) = image_part_projection {
            form.push(("imagePartProjection", projection.to_owned()));
        }
        self.multipart(PHOTO_PART_CREATE, &[], form, Some(("payload", part)))
            .await
    }

    /// `POST /2.0/sequence-attachment/` ([`SEQUENCE_ATTACHMENT_CREATE`]): e.g. a tagged-roads
    /// GeoJSON.
    pub async fn upload_sequence_attachment(
        &self,
        sequence_id: u64,
        data_type: &str,
        file: FilePart,
    ) -> Result<types::SequenceAttachmentResponse> {
        // The Android app sends the token as a form part (KVApi.uploadTagging), not a header.
        let token = self.require_token()?.expose().to_owned();
        let form = vec![
            ("access_token", token),
            ("sequenceId", sequence_id.to_string()),
            ("dataType", data_type.to_owned()),
            ("sequenceIndex", "0".to_owned()),
        ];
        self.multipart(SEQUENCE_ATTACHMENT_CREATE, &[], form, Some(("file", file)))
            .await
    }

    /// `POST /2.0/sequence-rawdata/` ([`SEQUENCE_RAWDATA_CREATE`]): a raw recording (VDB, ZIP,
    /// MP4).
    pub async fn upload_sequence_rawdata(
        &self,
        sequence_id: u64,
        data_type: &str,
        file: FilePart,
    ) -> Result<types::SequenceRawDataResponse> {
        self.require_token()?;
        let form = vec![
            ("sequenceId", sequence_id.to_string()),
            ("dataType", data_type.to_owned()),
        ];
        self.multipart(SEQUENCE_RAWDATA_CREATE, &[], form, Some(("file", file)))
            .await
    }

    /// Sends one handwritten operation as its spec says (method, path with `path_params`
    /// filled in, retried only when a repeat is harmless) and decodes the envelope.
    async fn multipart<T>(
        &self,
        spec: OperationSpec,
        path_params: &[(&str, String)],
        fields: Vec<(&'static str, String)>,
        file: Option<(&'static str, FilePart)>,
    ) -> Result<T>
    where
        T: serde::de::DeserializeOwned + Enveloped,
    {
        let mut path = spec.path.to_owned();
        for (name, value) in path_params {
            path = path.replace(&format!("{{{name}}}"), value);
        }
        let method = Method::from_bytes(spec.method.as_str().as_bytes())
            .map_err(|e| Error::invalid("method", format!("{}: {e}", spec.id)))?;
        let url = format!("{}{path}", self.base_url());
        retry::run(self.retries(), spec.id, spec.idempotent, || {
            let mut form = Form::new();
            for (name, value) in &fields {
                form = form.text(*name, value.clone());
            }
            let file = file.clone();
            let request = self.api().client().request(method.clone(), &url);
            async move {
                if let Some((name, file)) = file {
                    let part = Part::stream_with_length(
                        reqwest::Body::from(file.bytes.clone()),
                        file.bytes.len() as u64,
                    )
                    .file_name(file.file_name)
                    .mime_str(file.mime)
                    .map_err(Error::from)?;
                    form = form.part(name, part);
                }
                let response = request.multipart(form).send().await.map_err(Error::from)?;
                let status = response.status().as_u16();
                let wait = retry_after(response.headers());
                let body = response.bytes().await.map_err(Error::from)?;
                let result = if (200..300).contains(&status) {
                    decode::response::<T>(&body)
                } else {
                    Err(error_from_body(status, &body, None))
                };
                result.map_err(|error| Failure {
                    error,
                    retry_after: wait,
                })
            }
        })
        .await
    }
}

/// Fields of a photo update; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PhotoUpdate {
    /// New position.
    pub position: Option<LatLng>,
    /// New capture time, UTC.
    pub shot_date: Option<chrono::NaiveDateTime>,
    /// New compass heading in degrees.
    pub heading: Option<f64>,
    /// New GPS accuracy in metres.
    pub gps_accuracy: Option<f64>,
}
