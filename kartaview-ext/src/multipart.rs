//! The spec's handwritten operations: multipart uploads, which progenitor cannot generate.
//!
//! Each function here implements one operation marked `x-kartaview-handwritten: true` in
//! `openapi.yaml`; [`HANDWRITTEN_OPERATIONS`] lists them, and a test checks the list against
//! the spec.

use kartaview_api::{ClientInfo, types};
use reqwest::Method;
use reqwest::multipart::{Form, Part};

use crate::client::{Client, Enveloped};
use crate::decode;
use crate::error::{Error, Result, error_from_body, retry_after};
use crate::models::LatLng;
use crate::retry::{self, Failure};

/// `operationId`s of the spec's handwritten operations, with the function implementing each.
pub const HANDWRITTEN_OPERATIONS: &[(&str, &str)] = &[
    ("v1PhotoCreate", "Client::v1_upload_photo"),
    ("v1VideoCreate", "Client::v1_upload_video"),
    ("photoCreate", "Client::upload_photo"),
    ("photoUpdateById", "Client::update_photo"),
    ("videoCreate", "Client::upload_video"),
    ("photoPartCreate", "Client::upload_photo_part"),
    (
        "sequenceAttachmentCreate",
        "Client::upload_sequence_attachment",
    ),
    ("sequenceRawdataCreate", "Client::upload_sequence_rawdata"),
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
}

impl PhotoFields {
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
        fields
    }
}

pub(crate) fn coordinate(position: LatLng) -> String {
    format!("{:.7},{:.7}", position.lat, position.lng)
}

impl Client {
    /// `POST /1.0/photo/` (v1PhotoCreate): the production photo upload.
    pub async fn v1_upload_photo(
        &self,
        fields: &PhotoFields,
        photo: FilePart,
    ) -> Result<types::V1PhotoUploadResponse> {
        let token = self.require_token()?.expose().to_owned();
        let mut form = fields.form_fields(true);
        form.push(("access_token", token));
        self.multipart(
            "v1PhotoCreate",
            Method::POST,
            "/1.0/photo/",
            form,
            Some(("photo", photo)),
            false,
        )
        .await
    }

    /// `POST /1.0/video/` (v1VideoCreate): a video chunk of a sequence.
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
        self.multipart(
            "v1VideoCreate",
            Method::POST,
            "/1.0/video/",
            form,
            Some(("video", video)),
            false,
        )
        .await
    }

    /// `POST /2.0/photo/` (photoCreate): the 2.0 photo upload, image in `payload`.
    pub async fn upload_photo(
        &self,
        fields: &PhotoFields,
        photo: FilePart,
    ) -> Result<types::PhotoResponse> {
        self.require_token()?;
        self.multipart(
            "photoCreate",
            Method::POST,
            "/2.0/photo/",
            fields.form_fields(false),
            Some(("payload", photo)),
            false,
        )
        .await
    }

    /// `PUT /2.0/photo/{id}` (photoUpdateById): new position, time or heading, and optionally
    /// a replacement image.
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
            return Err(Error::InvalidRequest("nothing to update".to_owned()));
        }
        let path = format!("/2.0/photo/{photo_id}");
        self.multipart(
            "photoUpdateById",
            Method::PUT,
            &path,
            form,
            image.map(|i| ("payload", i)),
            false,
        )
        .await
    }

    /// `POST /2.0/video/` (videoCreate): the 2.0 video upload, file in `payload`.
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
        self.multipart(
            "videoCreate",
            Method::POST,
            "/2.0/video/",
            form,
            Some(("payload", video)),
            false,
        )
        .await
    }

    /// `POST /2.0/photo-part/` (photoPartCreate): a part of a photo, file in `payload`.
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
        self.multipart(
            "photoPartCreate",
            Method::POST,
            "/2.0/photo-part/",
            form,
            Some(("payload", part)),
            false,
        )
        .await
    }

    /// `POST /2.0/sequence-attachment/` (sequenceAttachmentCreate): e.g. a tagged-roads GeoJSON.
    pub async fn upload_sequence_attachment(
        &self,
        sequence_id: u64,
        data_type: &str,
        file: FilePart,
    ) -> Result<types::SequenceAttachmentResponse> {
        // The Android app sends the token in the form as well as the header.
        let token = self.require_token()?.expose().to_owned();
        let form = vec![
            ("access_token", token),
            ("sequenceId", sequence_id.to_string()),
            ("dataType", data_type.to_owned()),
            ("sequenceIndex", "0".to_owned()),
        ];
        self.multipart(
            "sequenceAttachmentCreate",
            Method::POST,
            "/2.0/sequence-attachment/",
            form,
            Some(("file", file)),
            false,
        )
        .await
    }

    /// `POST /2.0/sequence-rawdata/` (sequenceRawdataCreate): a raw recording (VDB, ZIP, MP4).
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
        self.multipart(
            "sequenceRawdataCreate",
            Method::POST,
            "/2.0/sequence-rawdata/",
            form,
            Some(("file", file)),
            false,
        )
        .await
    }

    /// Sends a multipart request and decodes the envelope. Retried by the client's policy only
    /// when `idempotent`: the public upload functions are not, because only the caller knows
    /// whether a second upload of the same `sequenceIndex` is what it wants.
    pub(crate) async fn multipart<T>(
        &self,
        operation: &'static str,
        method: Method,
        path: &str,
        fields: Vec<(&'static str, String)>,
        file: Option<(&'static str, FilePart)>,
        idempotent: bool,
    ) -> Result<T>
    where
        T: serde::de::DeserializeOwned + Enveloped,
    {
        let url = format!("{}{path}", self.base_url());
        retry::run(self.retry_policy(), operation, idempotent, || {
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
