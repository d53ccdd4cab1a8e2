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

pub mod auth;
mod client;
pub mod decode;
pub mod download;
mod error;
pub mod exif;
pub mod files;
pub mod image;
pub mod inputs;
mod lenient;
pub mod models;
mod multipart;
mod onepass;
mod operation;
mod paginate;
mod retry;
mod upload;
mod workflows;
mod writes;

pub use auth::{
    Credentials, CredentialsStore, OsmAuthorization, OsmOAuth, Provider, ResolvedToken,
    TokenSource, resolve_token,
};
pub use client::{
    Client, ClientBuilder, DEFAULT_BASE_URL, Enveloped, ListResponse, Token, USER_AGENT,
};
pub use download::{DownloadEvent, DownloadOptions, DownloadSummary};
pub use error::{ApiCode, Error, Result};
pub use image::ImageSize;
pub use kartaview_api as api;
pub use models::{LatLng, Photo, Sequence, User, UserMetrics, Video};
pub use multipart::{FilePart, HANDWRITTEN, PhotoFields, PhotoUpdate};
pub use operation::{ListItem, OperationExt, PagedOperationExt};
pub use paginate::{MAX_PAGE_SIZE, Page, PageRequest, Pagination, paginate};
pub use retry::RetryPolicy;
pub use upload::{
    MediaKind, MediaSource, StateStore, UnresolvedCreate, UploadApi, UploadEvent, UploadItem,
    UploadOptions, UploadReport,
};
pub use workflows::{ResolvedVideo, SequenceWithPhotos, distance_m};
pub use writes::SequenceUpdate;

/// The crate README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
