//! The KartaView client that users call.
//!
//! [`Client`] wraps the generated [`kartaview_api`] client with what the raw API leaves to its
//! callers: the token sent only to the API's origin, retries with backoff for idempotent
//! requests, the status envelope turned into [`Error`], lenient typed [`models`] for a server
//! that sends numbers as strings, pagination over `hasMoreData` as a `Stream`, the
//! multi-request workflows (video → sequence → photos, whole sequences, batches by id), image
//! URLs ([`ImageSize`]), downloads ([`Client::download_photos`]), resumable uploads that never
//! lose or duplicate a photo ([`Client::upload`], [`inputs`] for EXIF and GPX), login
//! ([`Client::login`], [`OsmOAuth`], [`CredentialsStore`]) and offline [`decode`]rs.
//!
//! The spec's multipart operations, which progenitor cannot generate, are implemented here:
//! [`HANDWRITTEN`] lists them.
//!
//! ```no_run
//! # async fn f() -> kartaview_ext::Result<()> {
//! use kartaview_ext::{Client, ImageSize};
//!
//! let client = Client::new()?;
//! let resolved = client.resolve_video(16282313).await?;
//! for photo in &resolved.photos {
//!     println!("{:?} {:?}", photo.sequence_index, photo.image_url(ImageSize::Proc));
//! }
//! # Ok(()) }
//! ```
//!
//! The crate's `examples/` hold one program per common task (a sequence's photos, a video
//! resolved, an area between two days, a geotagged download, a resumable folder upload, a test
//! against the fake); the README lists them.

#![warn(missing_docs)]

// Layers, each using only those above it: the shared error, then transport (client, retries,
// pagination, the operation seam), models (wire → typed models), operations (workflows, writes,
// login, multipart), local (the user's files).
mod error;
mod local;
pub mod models;
mod operations;
mod transport;

pub use error::{ApiCode, Error, ErrorKind, Result, TlsError, TransportError};
pub use kartaview_api as api;
pub use local::credentials::{CredentialsStore, ResolvedToken, TokenSource, resolve_token};
pub use local::download::{DownloadEvent, DownloadOptions, DownloadSummary};
pub use local::recording;
pub use local::upload::{
    MediaKind, MediaSource, StateStore, UnresolvedCreate, UploadApi, UploadConflict, UploadEvent,
    UploadItem, UploadOptions, UploadReport,
};
pub use local::{download, exif, files, geojson, geotag, inputs};
pub use models::image::ImageSize;
pub use models::{LatLng, Photo, Sequence, User, UserMetrics, Video, decode, distance_m, image};
pub use operations::auth::{self, Credentials, OsmAuthorization, OsmOAuth, Provider};
pub use operations::multipart::{FilePart, HANDWRITTEN, PhotoFields, PhotoUpdate};
pub use operations::search::{AreaSearch, BoundingBox, DateRange, SequenceQuery, UserRef};
pub use operations::workflows::{ResolvedVideo, SequenceWithPhotos};
pub use operations::writes::SequenceUpdate;
pub use transport::client::{
    Client, ClientBuilder, DEFAULT_BASE_URL, Enveloped, ListResponse, Token, USER_AGENT,
};
pub use transport::operation::{ListItem, OperationExt, PagedOperationExt};
pub use transport::paginate::{MAX_PAGE_SIZE, Page, PageRequest, Pagination, paginate};
pub use transport::retry::RetryPolicy;
pub use transport::tls::http_client_builder;

/// The crate README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
