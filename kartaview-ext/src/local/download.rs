//! Downloads of photo images into a directory: bounded concurrency, retries, resumable.
//!
//! Hygiene (workflows.md §5.6):
//! - Images are fetched with [`Client::storage_http`], which never carries the token: image
//!   hosts are other origins.
//! - File names come only from numbers the client parsed itself:
//!   `{sequenceId}_{sequenceIndex:05}.jpg`, or `{photoId}.jpg` when either is missing (or when
//!   two photos would share a name). The server's `name`, `filepath` and `fileurl` never name a
//!   file, so nothing lands outside the directory.
//! - Each body streams into `NAME.part` (created exclusively, so a planted symlink is never
//!   followed), is checked against `Content-Length`, and is renamed to `NAME` only when
//!   complete: the body's length matches `Content-Length` and its bytes are a whole image (a
//!   JPEG from its start marker to its end marker, or a PNG to its `IEND` chunk). A body that
//!   is empty or cut short is a failed attempt, retried; a failed attempt removes its `.part`.
//!   An existing `NAME` that passes the same check is skipped unless
//!   [`DownloadOptions::overwrite`] is set; one that does not (an interrupted copy, a file
//!   stored before this check) is fetched again.
//! - Transient failures (connection errors, timeouts, 408, 429, 5xx) are retried with the
//!   client's [`RetryPolicy`](crate::RetryPolicy), honouring `Retry-After`.
//! - With [`DownloadOptions::geotag`], each image gets the photo's position, heading and
//!   capture time in its EXIF ([`geotag_jpeg`]) while it is still `NAME.part`, and
//!   `download.geojson` beside the images lists every photo whose file is there. An image that
//!   cannot be tagged (no position, not a JPEG) is stored as it came and reported.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use futures_util::{StreamExt, stream};
use tokio::io::{AsyncSeekExt, AsyncWriteExt};
use tokio::sync::mpsc::UnboundedSender;

use crate::error::{Error, Result, retry_after, snippet};
use crate::local::files::write_atomically;
use crate::local::geojson::{Feature, Geometry, feature_collection};
use crate::local::geotag::{GeotagError, geotag_jpeg};
use crate::models::image::ImageSize;
use crate::models::{LatLng, Photo};
use crate::transport::client::Client;
use crate::transport::retry::{self, Failure};

/// How [`Client::download_photos`] runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadOptions {
    /// Where the images go; created if missing.
    pub dir: PathBuf,
    /// The rendition to fetch (default [`ImageSize::Proc`]). When a photo has no URL for it,
    /// the next of proc → lth → th that it has is fetched instead.
    pub size: ImageSize,
    /// Images in flight at once (default 16; 0 counts as 1).
    pub concurrency: usize,
    /// Replace files that already exist instead of skipping them (default false).
    pub overwrite: bool,
    /// Write each photo's position, heading and capture time into the EXIF of the images this
    /// run stores, and [`GEOJSON_FILE`] beside them (default false). Files that already
    /// existed are listed in the GeoJSON but not rewritten.
    pub geotag: bool,
}

/// The name of the GeoJSON file a geotagged download writes beside its images.
pub const GEOJSON_FILE: &str = "download.geojson";

impl Default for DownloadOptions {
    fn default() -> Self {
        DownloadOptions {
            dir: PathBuf::from("."),
            size: ImageSize::Proc,
            concurrency: 16,
            overwrite: false,
            geotag: false,
        }
    }
}

impl DownloadOptions {
    /// The defaults, into `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        DownloadOptions {
            dir: dir.into(),
            ..DownloadOptions::default()
        }
    }
}

/// Progress of a download, for a progress bar. Serializes as one JSON object tagged by `event`
/// (`{"event":"downloaded","photoId":7,...}`); `Failed`'s `error` may quote the server, so
/// redact secrets before printing it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(
    tag = "event",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[non_exhaustive]
pub enum DownloadEvent {
    /// The plan: distinct photos to consider.
    Planned {
        /// How many.
        total: usize,
    },
    /// An image was stored.
    Downloaded {
        /// The photo.
        photo_id: u64,
        /// Where it is.
        #[serde(serialize_with = "display_path")]
        path: PathBuf,
        /// Its size in bytes.
        bytes: u64,
        /// The rendition fetched (another than asked when the photo had no URL for that one).
        size: ImageSize,
    },
    /// The file already existed and was left alone.
    Skipped {
        /// The photo.
        photo_id: u64,
        /// The existing file.
        #[serde(serialize_with = "display_path")]
        path: PathBuf,
    },
    /// The image could not be stored.
    Failed {
        /// The photo.
        photo_id: u64,
        /// Why.
        error: String,
    },
    /// Bytes of an image arrived (also sent once with `received` 0 when its response
    /// starts). A retried image starts again from 0, so a progress bar keeps the latest
    /// `received` per photo.
    Receiving {
        /// The photo.
        photo_id: u64,
        /// Bytes of this attempt so far.
        received: u64,
        /// The response's `Content-Length`, when it has one.
        expected: Option<u64>,
    },
    /// With [`DownloadOptions::geotag`]: the image was stored (a `Downloaded` event came
    /// first) but without geotags.
    NotGeotagged {
        /// The photo.
        photo_id: u64,
        /// The file, as it came from the server.
        #[serde(serialize_with = "display_path")]
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// A path as text, lossily: serde's own impl refuses a name that is not UTF-8, and a
/// progress line must not fail over a file that was stored.
fn display_path<S: serde::Serializer>(
    path: &Path,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    serializer.collect_str(&path.display())
}

/// How a download ended.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct DownloadSummary {
    /// Images stored by this run.
    pub downloaded: usize,
    /// Files that existed already, whole.
    pub skipped: usize,
    /// Files that existed but were not a whole image, fetched again (also counted in
    /// `downloaded` when stored).
    pub refetched: usize,
    /// Bytes received by this run (the stored files of a geotagged download are larger by
    /// their EXIF).
    pub bytes: u64,
    /// Photos that could not be stored, with the reason.
    pub failed: Vec<(u64, Error)>,
    /// With [`DownloadOptions::geotag`]: images stored without geotags, with the reason.
    pub not_geotagged: Vec<(u64, GeotagError)>,
    /// With [`DownloadOptions::geotag`]: the GeoJSON file written.
    pub geojson: Option<PathBuf>,
}

/// The rendition asked for, then proc → lth → th.
fn fallback_sizes(size: ImageSize) -> impl Iterator<Item = ImageSize> {
    std::iter::once(size).chain(
        [ImageSize::Proc, ImageSize::Lth, ImageSize::Th]
            .into_iter()
            .filter(move |s| *s != size),
    )
}

/// The URL to fetch for a photo, and which rendition it is.
pub fn download_url(photo: &Photo, size: ImageSize) -> Option<(String, ImageSize)> {
    fallback_sizes(size).find_map(|s| photo.image_url(s).map(|url| (url, s)))
}

/// The file name of a photo's image: only numbers, never a separator or `..`.
pub fn file_name(photo: &Photo) -> String {
    match (photo.sequence_id, photo.sequence_index) {
        (Some(sequence), Some(index)) => format!("{sequence}_{index:05}.jpg"),
        _ => format!("{}.jpg", photo.id),
    }
}

struct Job<'a> {
    photo: &'a Photo,
    name: String,
}

enum Outcome {
    Downloaded {
        path: PathBuf,
        bytes: u64,
        size: ImageSize,
        not_geotagged: Option<GeotagError>,
        /// The file existed but was not a whole image.
        refetched: bool,
    },
    Skipped {
        path: PathBuf,
    },
}

/// What a fetch tells the loop that reports progress: events in the order they happened,
/// each photo's bytes before its outcome.
enum Message {
    Receiving {
        photo_id: u64,
        received: u64,
        expected: Option<u64>,
    },
    Done(u64, Result<Outcome>),
}

/// Where one fetch reports the bytes it received.
#[derive(Clone, Copy)]
struct Bytes<'a> {
    photo_id: u64,
    messages: &'a UnboundedSender<Message>,
}

impl Bytes<'_> {
    fn received(&self, received: u64, expected: Option<u64>) {
        // The receiver lives until every fetch is done.
        let _ = self.messages.send(Message::Receiving {
            photo_id: self.photo_id,
            received,
            expected,
        });
    }
}

impl Client {
    /// Downloads the images of `photos` into `options.dir` (see the module docs for the file
    /// names and the guarantees). Photos repeated by id are fetched once.
    ///
    /// Fails as a whole only when the image client cannot be set up ([`Error::Tls`]: no usable
    /// root certificate), the directory cannot be created or, with
    /// [`DownloadOptions::geotag`], [`GEOJSON_FILE`] cannot be written (the images are stored
    /// by then); each photo that cannot be stored is listed in [`DownloadSummary::failed`]
    /// while the others go on.
    pub async fn download_photos(
        &self,
        photos: &[Photo],
        options: &DownloadOptions,
        progress: impl Fn(&DownloadEvent),
    ) -> Result<DownloadSummary> {
        // Once, before anything is written: without it no photo could be fetched.
        self.storage_http()?;
        let dir = options.dir.as_path();
        tokio::fs::create_dir_all(dir)
            .await
            .map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
        let jobs = plan(photos);
        progress(&DownloadEvent::Planned { total: jobs.len() });
        // The fetches send their progress and outcome through a channel to one loop that owns
        // the callback, so the callback needs no `Sync` and this future stays `Send` when the
        // callback is. Futures built here, not by a closure inside the stream, for the same
        // reason.
        let (messages, mut inbox) = tokio::sync::mpsc::unbounded_channel();
        let fetches: Vec<_> = jobs
            .iter()
            .map(|job| {
                let messages = messages.clone();
                async move {
                    let bytes = Bytes {
                        photo_id: job.photo.id,
                        messages: &messages,
                    };
                    let result = self
                        .download_one(job.photo, dir, &job.name, options, bytes)
                        .await;
                    let _ = messages.send(Message::Done(job.photo.id, result));
                }
            })
            .collect();
        drop(messages);
        let work = stream::iter(fetches)
            .buffer_unordered(options.concurrency.max(1))
            .for_each(|()| std::future::ready(()));
        let report = async move {
            let mut summary = DownloadSummary::default();
            while let Some(message) = inbox.recv().await {
                summarize(message, &mut summary, &progress);
            }
            summary
        };
        let ((), mut summary) = futures_util::future::join(work, report).await;
        summary.failed.sort_by_key(|(id, _)| *id);
        summary.not_geotagged.sort_by_key(|(id, _)| *id);
        if options.geotag {
            summary.geojson = Some(write_geojson(&jobs, dir).await?);
        }
        Ok(summary)
    }

    async fn download_one(
        &self,
        photo: &Photo,
        dir: &Path,
        name: &str,
        options: &DownloadOptions,
        bytes: Bytes<'_>,
    ) -> Result<Outcome> {
        let path = dir.join(name);
        let mut refetched = false;
        if !options.overwrite && tokio::fs::metadata(&path).await.is_ok_and(|m| m.is_file()) {
            if file_is_whole_image(&path).await {
                return Ok(Outcome::Skipped { path });
            }
            refetched = true;
        }
        let (url, size) = download_url(photo, options.size).ok_or(Error::Missing {
            entity: "photo",
            id: photo.id,
            field: "image URL",
        })?;
        let part = dir.join(format!("{name}.part"));
        let http = self.storage_http()?;
        let geotag = options.geotag.then_some(photo);
        let (received, not_geotagged) = retry::run(self.retries(), "imageDownload", true, || {
            fetch_to(http, &url, &part, bytes, geotag)
        })
        .await?;
        if let Err(e) = tokio::fs::rename(&part, &path).await {
            remove_quietly(&part).await;
            return Err(Error::io(format!("cannot rename to {}", path.display()), e));
        }
        Ok(Outcome::Downloaded {
            path,
            bytes: received,
            size,
            not_geotagged,
            refetched,
        })
    }
}

/// Counts one message into `summary` and tells `progress`.
fn summarize(message: Message, summary: &mut DownloadSummary, progress: impl Fn(&DownloadEvent)) {
    let (photo_id, result) = match message {
        Message::Receiving {
            photo_id,
            received,
            expected,
        } => {
            return progress(&DownloadEvent::Receiving {
                photo_id,
                received,
                expected,
            });
        }
        Message::Done(photo_id, result) => (photo_id, result),
    };
    match result {
        Ok(Outcome::Downloaded {
            path,
            bytes,
            size,
            not_geotagged,
            refetched,
        }) => {
            summary.downloaded += 1;
            summary.refetched += usize::from(refetched);
            summary.bytes += bytes;
            progress(&DownloadEvent::Downloaded {
                photo_id,
                path: path.clone(),
                bytes,
                size,
            });
            if let Some(reason) = not_geotagged {
                progress(&DownloadEvent::NotGeotagged {
                    photo_id,
                    path,
                    reason: reason.to_string(),
                });
                summary.not_geotagged.push((photo_id, reason));
            }
        }
        Ok(Outcome::Skipped { path }) => {
            summary.skipped += 1;
            progress(&DownloadEvent::Skipped { photo_id, path });
        }
        Err(error) => {
            progress(&DownloadEvent::Failed {
                photo_id,
                error: error.with_causes(),
            });
            summary.failed.push((photo_id, error));
        }
    }
}

/// Writes [`GEOJSON_FILE`] into `dir` atomically, listing the jobs whose file is there.
async fn write_geojson(jobs: &[Job<'_>], dir: &Path) -> Result<PathBuf> {
    let path = dir.join(GEOJSON_FILE);
    let mut on_disk = Vec::new();
    for job in jobs {
        if tokio::fs::metadata(dir.join(&job.name))
            .await
            .is_ok_and(|m| m.is_file())
        {
            on_disk.push(job);
        }
    }
    let cannot = |e| Error::io(format!("cannot write {}", path.display()), e);
    let body = geojson(&on_disk).map_err(|e| cannot(e.into()))?;
    let target = path.clone();
    tokio::task::spawn_blocking(move || write_atomically(&target, &body, false))
        .await
        .map_err(|e| cannot(std::io::Error::other(e)))??;
    Ok(path)
}

/// The GeoJSON of the files of a download, laid out as `kartaview export` writes its
/// GeoJSON (one feature per line, `kind` `track` or `photo`): a LineString per sequence of
/// two or more placed photos, in `sequenceIndex` order, then a Point per photo in the order
/// of the photo list. A photo without a position is a feature without geometry, so that
/// every file is listed.
fn geojson(on_disk: &[&Job<'_>]) -> serde_json::Result<Vec<u8>> {
    let mut tracks: BTreeMap<u64, Vec<(u32, LatLng)>> = BTreeMap::new();
    for job in on_disk {
        let p = job.photo;
        if let (Some(sequence), Some(index), Some(at)) =
            (p.sequence_id, p.sequence_index, p.position)
        {
            tracks.entry(sequence).or_default().push((index, at));
        }
    }
    let mut features = Vec::with_capacity(tracks.len() + on_disk.len());
    for (sequence_id, mut points) in tracks {
        if points.len() < 2 {
            continue;
        }
        points.sort_by_key(|(index, _)| *index);
        features.push(Feature {
            id: None,
            geometry: Some(Geometry::line(points.iter().map(|(_, at)| *at))),
            properties: Properties::Track {
                kind: "track",
                sequence_id,
                photos: points.len(),
            },
        });
    }
    features.extend(on_disk.iter().map(|job| {
        let photo = job.photo;
        Feature {
            id: Some(photo.id),
            geometry: photo.position.map(Geometry::point),
            properties: Properties::Photo {
                kind: "photo",
                id: photo.id,
                sequence_id: photo.sequence_id,
                sequence_index: photo.sequence_index,
                shot_date: photo.shot_date.map(|d| {
                    d.and_utc()
                        .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
                }),
                heading: photo.heading,
                file: &job.name,
            },
        }
    }));
    feature_collection(&features)
}

#[derive(serde::Serialize)]
#[serde(untagged, rename_all_fields = "camelCase")]
enum Properties<'a> {
    Track {
        kind: &'static str,
        sequence_id: u64,
        photos: usize,
    },
    Photo {
        kind: &'static str,
        id: u64,
        sequence_id: Option<u64>,
        sequence_index: Option<u32>,
        shot_date: Option<String>,
        heading: Option<f64>,
        file: &'a str,
    },
}

/// One job per distinct photo; a name already taken falls back to `{photoId}.jpg`.
fn plan(photos: &[Photo]) -> Vec<Job<'_>> {
    let mut seen_ids = HashSet::new();
    let mut names: HashMap<String, u64> = HashMap::new();
    let mut jobs = Vec::new();
    for photo in photos {
        if !seen_ids.insert(photo.id) {
            continue;
        }
        let mut name = file_name(photo);
        if names.contains_key(&name) {
            name = format!("{}.jpg", photo.id);
        }
        names.insert(name.clone(), photo.id);
        jobs.push(Job { photo, name });
    }
    jobs
}

/// One attempt: GET `url` into `part`, geotagged for `geotag` when given. Leaves no `part`
/// behind when it fails. Returns the bytes received and, when the image could not be tagged,
/// why (the image is then stored as it came).
async fn fetch_to(
    http: &reqwest::Client,
    url: &str,
    part: &Path,
    bytes: Bytes<'_>,
    geotag: Option<&Photo>,
) -> std::result::Result<(u64, Option<GeotagError>), Failure> {
    let result = fetch_to_inner(http, url, part, bytes, geotag).await;
    if result.is_err() {
        remove_quietly(part).await;
    }
    result
}

async fn fetch_to_inner(
    http: &reqwest::Client,
    url: &str,
    part: &Path,
    bytes: Bytes<'_>,
    geotag: Option<&Photo>,
) -> std::result::Result<(u64, Option<GeotagError>), Failure> {
    let mut response = http.get(url).send().await.map_err(Error::from)?;
    let status = response.status().as_u16();
    if !response.status().is_success() {
        let retry_after = retry_after(response.headers());
        let mut head = Vec::new();
        // The start of the error page is enough for the message.
        while head.len() < 2048 {
            match response.chunk().await {
                Ok(Some(chunk)) => head.extend_from_slice(&chunk),
                _ => break,
            }
        }
        return Err(Failure {
            error: Error::Http {
                status,
                snippet: snippet(&head),
            },
            retry_after,
        });
    }
    let expected = response.content_length();
    bytes.received(0, expected);
    // A stale `.part` (an interrupted run, or a planted symlink) is removed, then the file is
    // created exclusively so that nothing is written through a link.
    remove_quietly(part).await;
    let mut file = tokio::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(part)
        .await
        .map_err(|e| Error::io(format!("cannot create {}", part.display()), e))?;
    let write_error = |e| Error::io(format!("cannot write {}", part.display()), e);
    let mut written: u64 = 0;
    let mut ends = Ends::default();
    // A geotagged image is kept in memory too, to be tagged without reading it back.
    let mut image = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(Error::from)? {
        file.write_all(&chunk).await.map_err(write_error)?;
        ends.push(&chunk);
        if geotag.is_some() {
            image.extend_from_slice(&chunk);
        }
        written += chunk.len() as u64;
        bytes.received(written, expected);
    }
    file.flush().await.map_err(write_error)?;
    if let Some(expected) = expected
        && expected != written
    {
        return Err(Error::Decode {
            status,
            reason: format!("image body has {written} bytes, Content-Length said {expected}"),
            snippet: String::new(),
        }
        .into());
    }
    if let Err(reason) = ends.whole_image() {
        // Cut short by the server or on the way: another attempt may bring it whole.
        return Err(Error::Malformed {
            status,
            reason: format!("image body of {written} bytes {reason}"),
            snippet: String::new(),
        }
        .into());
    }
    let Some(photo) = geotag else {
        return Ok((written, None));
    };
    match geotag_jpeg(&image, photo) {
        Ok(tagged) => {
            // Through the file this attempt created, never by its name again.
            file.seek(std::io::SeekFrom::Start(0))
                .await
                .map_err(write_error)?;
            file.write_all(&tagged).await.map_err(write_error)?;
            file.set_len(tagged.len() as u64)
                .await
                .map_err(write_error)?;
            file.flush().await.map_err(write_error)?;
            Ok((written, None))
        }
        Err(reason) => Ok((written, Some(reason))),
    }
}

/// The first and last bytes of a body: enough to tell a whole image from one cut short.
#[derive(Default)]
struct Ends {
    head: Vec<u8>,
    tail: Vec<u8>,
}

const JPEG_START: &[u8] = &[0xFF, 0xD8];
const JPEG_END: &[u8] = &[0xFF, 0xD9];
const PNG_START: &[u8] = b"\x89PNG\r\n\x1a\n";
/// The `IEND` chunk's type and CRC, the last 8 bytes of every PNG.
const PNG_END: &[u8] = &[0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
const ENDS: usize = 8;

impl Ends {
    fn push(&mut self, chunk: &[u8]) {
        let room = ENDS.saturating_sub(self.head.len());
        self.head.extend_from_slice(&chunk[..room.min(chunk.len())]);
        self.tail
            .extend_from_slice(&chunk[chunk.len().saturating_sub(ENDS)..]);
        let excess = self.tail.len().saturating_sub(ENDS);
        self.tail.drain(..excess);
    }

    /// `Ok` for a JPEG from SOI to EOI or a PNG from its signature to `IEND`; otherwise what
    /// the bytes are.
    fn whole_image(&self) -> std::result::Result<(), &'static str> {
        if self.head.is_empty() {
            Err("is empty")
        } else if self.head.starts_with(JPEG_START) {
            if self.tail.ends_with(JPEG_END) {
                Ok(())
            } else {
                Err("is a JPEG without its end marker: cut short")
            }
        } else if self.head.starts_with(PNG_START) {
            if self.tail.ends_with(PNG_END) {
                Ok(())
            } else {
                Err("is a PNG without its IEND chunk: cut short")
            }
        } else {
            Err("is neither a JPEG nor a PNG image")
        }
    }
}

/// Whether the file at `path` passes [`Ends::whole_image`]; reads its first and last bytes only.
async fn file_is_whole_image(path: &Path) -> bool {
    use tokio::io::AsyncReadExt;
    async fn ends(path: &Path) -> std::io::Result<Ends> {
        let mut file = tokio::fs::File::open(path).await?;
        let len = file.metadata().await?.len();
        let mut ends = Ends::default();
        let mut head = vec![0; ENDS.min(len as usize)];
        file.read_exact(&mut head).await?;
        ends.push(&head);
        let tail_at = len.saturating_sub(ENDS as u64);
        file.seek(std::io::SeekFrom::Start(tail_at)).await?;
        let mut tail = Vec::new();
        file.read_to_end(&mut tail).await?;
        ends.push(&tail);
        Ok(ends)
    }
    // A file that cannot be read is fetched again, which reports why if it cannot be replaced.
    ends(path).await.is_ok_and(|e| e.whole_image().is_ok())
}

async fn remove_quietly(path: &Path) {
    // Missing is fine; anything else will surface when the file is created.
    let _ = tokio::fs::remove_file(path).await;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::image::ImageUrls;
    use std::io::{Read, Write};
    use std::net::TcpListener;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    fn photo(id: u64, seq: Option<u64>, index: Option<u32>, urls: ImageUrls) -> Photo {
        let body = format!(
            r#"{{"status":{{"apiCode":600}},"result":{{"data":[{{"id":{id}}}],"hasMoreData":false}}}}"#
        );
        let mut photo = crate::models::decode::photo_list(body.as_bytes())
            .ok()
            .and_then(|mut v| v.pop())
            .expect("photo");
        photo.sequence_id = seq;
        photo.sequence_index = index;
        photo.urls = urls;
        photo
    }

    #[test]
    fn events_serialize_as_tagged_json_lines() {
        let line = |event: &DownloadEvent| serde_json::to_string(event).expect("json");
        assert_eq!(
            line(&DownloadEvent::Downloaded {
                photo_id: 7,
                path: PathBuf::from("out/1001_00007.jpg"),
                bytes: 1536,
                size: ImageSize::WrappedLth,
            }),
            r#"{"event":"downloaded","photoId":7,"path":"out/1001_00007.jpg","bytes":1536,"size":"wrapped_lth"}"#
        );
        assert_eq!(
            line(&DownloadEvent::Skipped {
                photo_id: 8,
                path: PathBuf::from("out/8.jpg"),
            }),
            r#"{"event":"skipped","photoId":8,"path":"out/8.jpg"}"#
        );
        assert_eq!(
            line(&DownloadEvent::Failed {
                photo_id: 9,
                error: "HTTP 404".to_owned(),
            }),
            r#"{"event":"failed","photoId":9,"error":"HTTP 404"}"#
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_path_that_is_not_utf8_still_serializes() {
        use std::os::unix::ffi::OsStrExt;
        let path = PathBuf::from(std::ffi::OsStr::from_bytes(b"out/caf\xe9.jpg"));
        let event = DownloadEvent::Skipped { photo_id: 1, path };
        assert_eq!(
            serde_json::to_string(&event).expect("json"),
            "{\"event\":\"skipped\",\"photoId\":1,\"path\":\"out/caf\u{FFFD}.jpg\"}"
        );
    }

    #[test]
    fn whole_images_are_told_from_cut_ones_across_chunk_boundaries() {
        let check = |chunks: &[&[u8]]| {
            let mut ends = Ends::default();
            chunks.iter().for_each(|c| ends.push(c));
            ends.whole_image()
        };
        let jpeg: &[u8] = b"\xff\xd8\xff\xe0 sixteen bytes of scan \xff\xd9";
        assert_eq!(check(&[jpeg]), Ok(()));
        // Split in every place, so the ends come in pieces.
        for at in 0..=jpeg.len() {
            assert_eq!(check(&[&jpeg[..at], &jpeg[at..]]), Ok(()), "split at {at}");
        }
        assert!(check(&[&jpeg[..jpeg.len() - 1]]).is_err());
        assert!(check(&[&jpeg[..jpeg.len() / 2]]).is_err());
        assert_eq!(check(&[]), Err("is empty"));
        assert_eq!(
            check(&[b"<html>oops</html>"]),
            Err("is neither a JPEG nor a PNG image")
        );
        let mut png = b"\x89PNG\r\n\x1a\n....IHDR....".to_vec();
        png.extend_from_slice(&[0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]);
        assert_eq!(check(&[&png]), Ok(()));
        assert!(check(&[&png[..png.len() - 4]]).is_err());
    }

    #[test]
    fn names_are_numeric() {
        let urls = ImageUrls::default();
        assert_eq!(
            file_name(&photo(9, Some(1001), Some(7), urls.clone())),
            "1001_00007.jpg"
        );
        assert_eq!(
            file_name(&photo(9, Some(1001), Some(123_456), urls.clone())),
            "1001_123456.jpg"
        );
        assert_eq!(file_name(&photo(9, None, Some(7), urls.clone())), "9.jpg");
        assert_eq!(file_name(&photo(9, Some(1), None, urls)), "9.jpg");
    }

    #[test]
    fn repeated_ids_once_and_clashing_names_by_id() {
        let urls = ImageUrls::default();
        let photos = [
            photo(1, Some(5), Some(0), urls.clone()),
            photo(1, Some(5), Some(0), urls.clone()),
            photo(2, Some(5), Some(0), urls),
        ];
        let names: Vec<String> = plan(&photos).into_iter().map(|j| j.name).collect();
        assert_eq!(names, ["5_00000.jpg", "2.jpg"]);
    }

    #[test]
    fn size_falls_back_proc_lth_th() {
        let urls = ImageUrls {
            th: Some("http://x/th.jpg".into()),
            lth: Some("http://x/lth.jpg".into()),
            ..ImageUrls::default()
        };
        let p = photo(1, None, None, urls);
        assert_eq!(
            download_url(&p, ImageSize::Proc),
            Some(("http://x/lth.jpg".into(), ImageSize::Lth))
        );
        assert_eq!(
            download_url(&p, ImageSize::Th),
            Some(("http://x/th.jpg".into(), ImageSize::Th))
        );
        assert_eq!(
            download_url(&photo(2, None, None, ImageUrls::default()), ImageSize::Ori),
            None
        );
    }

    /// A tiny image host on a std thread that counts requests in flight.
    fn slow_host(delay: Duration) -> (String, Arc<AtomicUsize>) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        let in_flight = Arc::new(AtomicUsize::new(0));
        let max = Arc::new(AtomicUsize::new(0));
        let max_out = max.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (in_flight, max) = (in_flight.clone(), max.clone());
                std::thread::spawn(move || serve(stream, delay, &in_flight, &max));
            }
        });
        (format!("http://{addr}"), max_out)
    }

    fn serve(
        mut stream: std::net::TcpStream,
        delay: Duration,
        in_flight: &AtomicUsize,
        max: &AtomicUsize,
    ) {
        let mut buf = [0u8; 4096];
        let mut pending = Vec::new();
        loop {
            while !pending.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buf) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => pending.extend_from_slice(&buf[..n]),
                }
            }
            pending.clear();
            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            max.fetch_max(now, Ordering::SeqCst);
            std::thread::sleep(delay);
            in_flight.fetch_sub(1, Ordering::SeqCst);
            let body = b"\xff\xd8jpeg\xff\xd9";
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: {}\r\n\r\n",
                body.len()
            );
            if stream.write_all(head.as_bytes()).is_err() || stream.write_all(body).is_err() {
                return;
            }
        }
    }

    /// A folder that does not exist yet: the download creates it.
    fn scratch(name: &str) -> PathBuf {
        crate::local::files::test_dir(name).join("out")
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrency_is_bounded_and_used() {
        let (host, max) = slow_host(Duration::from_millis(60));
        let photos: Vec<Photo> = (0..12)
            .map(|i| {
                let urls = ImageUrls {
                    proc: Some(format!("{host}/img/{i}.jpg")),
                    ..ImageUrls::default()
                };
                photo(100 + i, Some(7), Some(i as u32), urls)
            })
            .collect();
        let dir = scratch("bounded");
        let options = DownloadOptions {
            concurrency: 3,
            ..DownloadOptions::new(&dir)
        };
        let client = Client::new().expect("client");
        let summary = client
            .download_photos(&photos, &options, |_| {})
            .await
            .expect("summary");
        assert_eq!(summary.downloaded, 12, "{:?}", summary.failed);
        let peak = max.load(Ordering::SeqCst);
        assert!((2..=3).contains(&peak), "peak {peak}");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        assert_eq!(files.len(), 12);
        assert_eq!(files[0], "7_00000.jpg");
        assert!(files.iter().all(|f| !f.ends_with(".part")));

        // A second run skips everything.
        let again = client
            .download_photos(&photos, &options, |_| {})
            .await
            .expect("summary");
        assert_eq!((again.downloaded, again.skipped), (0, 12));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[tokio::test]
    async fn a_missing_url_and_a_refused_connection_fail_that_photo_only() {
        let (host, _) = slow_host(Duration::ZERO);
        let ok = photo(
            1,
            Some(7),
            Some(0),
            ImageUrls {
                proc: Some(format!("{host}/a.jpg")),
                ..ImageUrls::default()
            },
        );
        let none = photo(2, Some(7), Some(1), ImageUrls::default());
        let refused = photo(
            3,
            Some(7),
            Some(2),
            ImageUrls {
                proc: Some("http://127.0.0.1:9/x.jpg".into()),
                ..ImageUrls::default()
            },
        );
        let dir = scratch("partial");
        let client = Client::builder()
            .retry_policy(crate::RetryPolicy::none())
            .build()
            .expect("client");
        let events = std::sync::Mutex::new(Vec::new());
        let summary = client
            .download_photos(&[ok, none, refused], &DownloadOptions::new(&dir), |e| {
                events.lock().expect("lock").push(e.clone())
            })
            .await
            .expect("summary");
        assert_eq!(summary.downloaded, 1);
        let failed: Vec<u64> = summary.failed.iter().map(|(id, _)| *id).collect();
        assert_eq!(failed, [2, 3]);
        assert!(matches!(
            summary.failed[0].1,
            Error::Missing {
                entity: "photo",
                field: "image URL",
                ..
            }
        ));
        assert!(summary.failed[1].1.is_retryable());
        let events = events.into_inner().expect("lock");
        assert_eq!(events[0], DownloadEvent::Planned { total: 3 });
        let receiving = |received| DownloadEvent::Receiving {
            photo_id: 1,
            received,
            expected: Some(8),
        };
        // The bytes of photo 1 (0 when its response starts, then its 8 bytes), before it is
        // reported stored.
        let stored = events
            .iter()
            .position(|e| matches!(e, DownloadEvent::Downloaded { photo_id: 1, .. }))
            .expect("stored");
        let bytes: Vec<&DownloadEvent> = events
            .iter()
            .filter(|e| matches!(e, DownloadEvent::Receiving { .. }))
            .collect();
        assert_eq!(bytes, [&receiving(0), &receiving(8)]);
        assert!(events[..stored].contains(&receiving(8)));
        assert_eq!(events.len(), 4 + 2);
        let files: Vec<_> = std::fs::read_dir(&dir).expect("dir").flatten().collect();
        assert_eq!(files.len(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// The host's bytes are no real JPEG: each is stored as it came, reported, and listed in
    /// the GeoJSON with those of an earlier run.
    #[tokio::test]
    async fn an_image_that_cannot_be_tagged_is_kept_and_the_geojson_lists_earlier_runs() {
        let (host, _) = slow_host(Duration::ZERO);
        let placed = |id: u64, index: u32| {
            let mut p = photo(
                id,
                Some(7),
                Some(index),
                ImageUrls {
                    proc: Some(format!("{host}/{id}.jpg")),
                    ..ImageUrls::default()
                },
            );
            p.position = Some(LatLng {
                lat: 46.5,
                lng: 23.25 + f64::from(index),
            });
            p
        };
        let dir = scratch("geotag");
        let options = DownloadOptions {
            geotag: true,
            ..DownloadOptions::new(&dir)
        };
        let client = Client::new().expect("client");
        let first = client
            .download_photos(&[placed(1, 0)], &options, |_| {})
            .await
            .expect("first");
        assert_eq!(first.downloaded, 1);
        let events = std::sync::Mutex::new(Vec::new());
        let second = client
            .download_photos(&[placed(1, 0), placed(2, 1)], &options, |e| {
                events.lock().expect("lock").push(e.clone())
            })
            .await
            .expect("second");
        assert_eq!((second.downloaded, second.skipped), (1, 1));
        let untagged: Vec<(u64, &GeotagError)> = second
            .not_geotagged
            .iter()
            .map(|(id, e)| (*id, e))
            .collect();
        assert!(
            matches!(untagged[..], [(2, GeotagError::NotJpeg(_))]),
            "{untagged:?}"
        );
        assert!(events.into_inner().expect("lock").iter().any(|e| matches!(
            e,
            DownloadEvent::NotGeotagged { photo_id: 2, reason, .. } if reason.starts_with("not a JPEG")
        )));
        assert_eq!(
            std::fs::read(dir.join("7_00001.jpg")).expect("image"),
            b"\xff\xd8jpeg\xff\xd9"
        );
        let geojson: serde_json::Value = serde_json::from_slice(
            &std::fs::read(second.geojson.expect("geojson path")).expect("geojson"),
        )
        .expect("json");
        assert_eq!(
            geojson,
            serde_json::json!({"type": "FeatureCollection", "features": [
                {"type": "Feature",
                 "geometry": {"type": "LineString", "coordinates": [[23.25, 46.5], [24.25, 46.5]]},
                 "properties": {"kind": "track", "sequenceId": 7, "photos": 2}},
                {"type": "Feature", "id": 1,
                 "geometry": {"type": "Point", "coordinates": [23.25, 46.5]},
                 "properties": {"kind": "photo", "id": 1, "sequenceId": 7, "sequenceIndex": 0,
                                "shotDate": null, "heading": null, "file": "7_00000.jpg"}},
                {"type": "Feature", "id": 2,
                 "geometry": {"type": "Point", "coordinates": [24.25, 46.5]},
                 "properties": {"kind": "photo", "id": 2, "sequenceId": 7, "sequenceIndex": 1,
                                "shotDate": null, "heading": null, "file": "7_00001.jpg"}}
            ]})
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn a_planted_part_symlink_is_not_followed() {
        let (host, _) = slow_host(Duration::ZERO);
        let dir = scratch("symlink");
        let outside = scratch("symlink-target");
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(&outside, b"keep").expect("target");
        std::os::unix::fs::symlink(&outside, dir.join("7_00000.jpg.part")).expect("symlink");
        let p = photo(
            1,
            Some(7),
            Some(0),
            ImageUrls {
                proc: Some(format!("{host}/a.jpg")),
                ..ImageUrls::default()
            },
        );
        let summary = Client::new()
            .expect("client")
            .download_photos(&[p], &DownloadOptions::new(&dir), |_| {})
            .await
            .expect("summary");
        assert_eq!(summary.downloaded, 1, "{:?}", summary.failed);
        assert_eq!(std::fs::read(&outside).expect("target"), b"keep");
        assert!(!dir.join("7_00000.jpg.part").exists());
        assert_eq!(
            std::fs::read(dir.join("7_00000.jpg")).expect("image"),
            b"\xff\xd8jpeg\xff\xd9"
        );
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::remove_file(&outside);
    }
}
