//! App recordings in the OpenStreetCam / KartaView "OSC" format: the metadata file
//! (`track.txt` or `track.txt.gz`) that the apps write beside the photos or videos of a
//! recording.
//!
//! [`MetadataReader`] reads it as a stream, whatever its version (2.0 and every 1.x layout),
//! plain or gzip: the [`Device`] up front, then one [`Frame`] per photo or video frame with
//! its time, position, heading, accuracy and speed, and after the last frame a [`Summary`] of
//! what was skipped. Memory does not grow with the file.
//!
//! ```no_run
//! use kartaview_ext::recording::MetadataReader;
//!
//! # fn f() -> kartaview_ext::Result<()> {
//! let mut reader = MetadataReader::open("SEQ_1/track.txt.gz")?;
//! if let Some(device) = reader.device() {
//!     println!("{:?} {:?}", device.model, device.recording_type);
//! }
//! for frame in reader.by_ref() {
//!     let frame = frame?;
//!     println!("{}.mp4 #{} {} {:?}", frame.video_index, frame.frame_index, frame.time, frame.position);
//! }
//! let summary = reader.summary();
//! if !summary.trailer {
//!     eprintln!("the recording ends without its trailer: the app was stopped while recording");
//! }
//! # Ok(()) }
//! ```

mod metadata;

pub use metadata::{Device, Frame, MetadataReader, Position, RecordingType, Summary};
