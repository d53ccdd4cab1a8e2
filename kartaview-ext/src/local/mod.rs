//! The user's files: uploads planned from folders of photos and kept resumable, downloads,
//! EXIF and GPX inputs, stored credentials, and atomic writes.

pub mod credentials;
pub mod download;
pub mod exif;
pub mod files;
pub mod geojson;
pub mod geotag;
pub mod inputs;
pub mod recording;
pub mod upload;
