//! A stateful fake of the KartaView (formerly OpenStreetCam) API for tests, benchmarks and
//! examples.
//!
//! [`MockServer::start`] binds two listeners on `127.0.0.1` with ephemeral ports: the **API**
//! ([`MockServer::base_url`]) answering API 1.0, 2.0 and `/auth` in the real envelopes, and
//! an **image host** ([`MockServer::image_base_url`], another origin) serving the image bytes
//! the photos' URLs point at. Data is generated deterministically from a seed and shared in
//! memory: uploads become visible to reads, deletes hide data, and [`MockServer::state`]
//! exposes it all for assertions. The server stops when the last handle is dropped or on
//! [`MockServer::shutdown`].
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use kartaview_mock::{Fault, MockServer, DEFAULT_SEQUENCE_ID};
//!
//! let mock = MockServer::start().await?;
//! mock.push_fault(Fault::status(503).times(2).on("GET", "/2.0/photo/"));
//! let url = format!("{}/2.0/photo/?sequenceId={DEFAULT_SEQUENCE_ID}", mock.base_url());
//! // ... point the client at `url`; the first two calls fail with 503 ...
//! assert_eq!(mock.requests().len(), 0);
//! # Ok(()) }
//! ```
//!
//! # Default dataset ([`Dataset::default`], seed [`DEFAULT_SEED`])
//!
//! | id | photos | kind | owner |
//! |---|---|---|---|
//! | [`DEFAULT_SEQUENCE_ID`] 1001 | 237 | video: 5 videos [`DEFAULT_VIDEO_IDS`] (5000001..=5000005) of 50, 50, 50, 50, 37 frames | 42 |
//! | [`MEDIUM_SEQUENCE_ID`] 1002 | 1000 | photos | 42 |
//! | [`LARGE_SEQUENCE_ID`] 1003 | 5000 | photos | 42 |
//! | [`SPHERE_SEQUENCE_ID`] 1004 | 24 | 360° photos (projection `SPHERE`) | 43 |
//! | [`AREA_SEQUENCES`] 1101..=1104 | 40, 60, 50, 30 | photos recorded 2023-05-02, 2023-05-20, 2023-06-11, 2024-03-09 | 44 |
//! | [`AREA_SEQUENCES`] 1105, 1106 | 45, 35 | photos recorded 2023-05-20, 2024-07-21 | 45 |
//!
//! Users: [`DEFAULT_USER_ID`] 42 `test-mapper` (the token's user, with metrics),
//! [`OTHER_USER_ID`] 43 `other-mapper`, [`AREA_USER_ID`] 44 `area-mapper` and
//! [`WEEKEND_USER_ID`] 45 `weekend-mapper`. The area sequences lie in [`AREA_BBOX`], north of
//! every other seeded photo, [`AREA_PHOTOS`] (260) photos in all, so that one tile of 100
//! cannot hold them. Photo ids start at [`DEFAULT_FIRST_PHOTO_ID`]
//! (100000001) and follow sequence by sequence in `sequenceIndex` order: 1001 has
//! 100000001..=100000237, 1002 100000238..=100001237, 1003 100001238..=100006237, 1004
//! 100006238..=100006261, and the area sequences follow from 100006262. Sequences created through the API get ids from
//! [`FIRST_CREATED_SEQUENCE_ID`] (9001); uploaded photos and videos continue after the
//! largest seeded id. The access token is [`DEFAULT_TOKEN`].
//!
//! Sentinels sit at fixed `sequenceIndex` positions of every seeded sequence, so tests can
//! find them: index `i` with `i % 97 == 13` has no GPS fix (`lat`/`lng` `"0.000000"`,
//! unmatched); `i % 89 == 7` has `shotDate` `"0000-00-00 00:00:00"`; `i % 53 == 5` has
//! `heading` `""`; indexes 30..=39, 100..=109, ... (`(i / 10) % 7 == 3`) are not map-matched
//! (`wayId`, `from`, `to`, `matchSegmentId` `"0"`, `matchLat`/`matchLng` null); `i % 11 == 4`
//! has an empty `qualityDetails`; indexes 25..=49, 75..=99, ... (`(i / 25) % 2 == 1`) also
//! carry `imageThUrl`/`imageLthUrl`/`imageProcUrl`.
//!
//! # Routes of the API listener
//!
//! Reads: `GET /2.0/sequence/` (`id`, `idInterval`, `userId`, `join=user|photo|photos`,
//! `tLeft`+`bRight` (sequences whose own box overlaps), `startDate`/`endDate` (upload days,
//! both inclusive), `orderBy=id|dateAdded`, `orderDirection=desc`, `page`, `itemsPerPage`; sequences created through the API are listed
//! for their user with the `uploadSource` they were created with), `GET /2.0/sequence/{id}` (`join`),
//! `GET /2.0/sequence/{id}/photos`, `GET /2.0/photo/` (`id` — first 100 used —, `idInterval`,
//! `sequenceId`, `sequenceIndex`, `videoIndex`, `lat`+`lng`+`radius` in metres (default 50),
//! `userId`, `projection`, `join=sequence|user|video`; refused with apiCode 610 unless one of
//! `id`, `idInterval`, `sequenceId` or `lat`+`lng` is given), `GET /2.0/photo/{id}`,
//! `GET /2.0/video/` (`id`, `idInterval`, `sequenceId`), `GET /2.0/video/{id}`,
//! `GET /2.0/user/`, `GET /2.0/user/{id or username}` (`join=metrics`),
//! `GET /2.0/user-metrics/{id}`, `POST /1.0/sequence/photo-list/` (`sequenceId`),
//! `POST /1.0/list/nearby-photos/` (`lat`,`lng`,`radius` or `bbTopLeft`,`bbBottomRight` or
//! `coordinate`; `date`: uploaded on or after that day; `page`, `ipp` default 40, no cap), `POST /1.0/user/details/` (`username`),
//! `POST /1.0/list/my-list/` (the token user's sequences, newest first, `access_token`,
//! `page`, `ipp` default 40; top-level `currentPageItems` with `user_id`,
//! `totalFilteredItems`, `tracksStatus`) and its alias `POST /my-list` (the same, or without
//! a token the sequences of the user named by `username` or `userId`; an unknown one → 612),
//! `GET /2.0/sequence/{id}/videos`, `POST /1.0/photo/full-details/` (`sequenceId`,
//! `sequenceIndex` → `osv.photoObject`), empty lists for `GET /2.0/sequence/{id}/attachments`,
//! `.../rawdatas`, `/2.0/sequence-attachment/`, `/2.0/sequence-rawdata/`, `/2.0/photo-part/` and
//! `/2.0/listener/maintenance` (the fake holds none), and
//! `GET /storageN/files/photo/...` (the 1.0 storage-relative image paths resolve against
//! the API host).
//!
//! Writes (2.0: header `X-Auth-Token`, or `access_token` in query or body; 1.0: the
//! `access_token` body field; wrong or missing → HTTP 401, apiCode 401):
//! `POST /1.0/sequence/` and `POST /2.0/sequence/` (form; 1.0 answers `osv.sequence`),
//! `POST /1.0/photo/` (multipart `sequenceId`, `sequenceIndex`, `coordinate`, `shotDate`,
//! `heading`/`headers`, `gpsAccuracy`, `projection`, `projectionYaw`, file `photo`),
//! `POST /2.0/photo/` (same, file `payload`), `POST /1.0/video/` (file `video`) and
//! `POST /2.0/video/` (file `payload`), `POST /1.0/sequence/finished-uploading/`,
//! `GET /2.0/sequence/{id}/finish`, `PUT /2.0/sequence/{id}` (form), `PUT /2.0/photo/{id}`
//! (multipart, optional `payload` replaces the image), `DELETE /2.0/photo/{id}`,
//! `DELETE /2.0/sequence/{id}`, `POST /1.0/sequence/remove/` (`sequenceId`) and
//! `POST /1.0/photo/remove/` (`photoId`) answering the status envelope alone, `POST /auth/{openstreetmap|google|facebook}/client_auth`
//! (`request_token`; `secret_token` too for openstreetmap) → `osv` user 42 with the token.
//! Upload rules: a second upload of the same (`sequenceId`, `sequenceIndex`) → HTTP 400
//! apiCode 660 "(sequenceIndex)" without storing again (a deleted photo frees its index);
//! unknown or deleted sequence → 612 "(sequenceId)"; another user's sequence → 618; missing
//! field → 610; unparsable field → 611; malformed body → 613. Videos are recorded (not split
//! into photos). Bodies may be urlencoded, multipart or a flat JSON object.
//!
//! Errors: the status envelope with HTTP 400 (401 for auth; 404 with apiCode 612 for an
//! unknown id in a 2.0 path). A route the fake does not serve (an operation of `openapi.yaml`
//! not listed above, or a path the API does not have) gets HTTP 501 with the plain-text body
//! `not implemented by the fake: METHOD /path` ([`NOT_IMPLEMENTED`]). Not served: a photo
//! part, attachment or raw data by id and their writes, `PUT`/`DELETE /2.0/video/{id}`,
//! `DELETE /2.0/user/{id}`, `GET /2.0/sequence/map-matched-tracks`, the tiles,
//! `POST /1.0/photo/details/`, `/1.0/photo/rotate/`, `/1.0/tracks/`, `/nearby-tracks`,
//! `/details` and `/gm-leaderboard`. 1.0 errors carry the apiCode as a
//! string and a padded message with the field in parentheses, e.g.
//! `" You are not allowed to add a duplicate entry (sequenceIndex)"` (exactly what real
//! clients compare against).
//!
//! # Quirks reproduced (facts.md §6)
//!
//! Numbers as strings; `cameraParameters` an object of 17-digit floats on sequences, `""` on
//! the photo of `join=photo`, null in `join=photos`, `[]` on `/2.0/photo/` answers;
//! `qualityDetails` a JSON string under `join=photo`, an array elsewhere; the sentinels above;
//! `fileurl`/`filepath` with the literal `{{sizeprefix}}` and `fileurl*` pointing at the image
//! listener (`{image_base_url}/files/photo/Y/M/D/{prefix}/{sequenceId}_{hash}.jpg`, prefixes
//! `proc`, `lth`, `th`, `ori`, `wrapped_proc`, `wrapped_lth`), `image*Url` in the CDN style
//! `{image_base_url}/pr:sharp/{base64url(fileurl)}`; `videoId`/`videoIndex` on video frames,
//! `"0"` otherwise; 2.0 JSON with PHP-escaped slashes (`\/`). Paging: `itemsPerPage` default
//! 40, above 100 a bare HTTP 400 with an empty body; photo pages shuffled deterministically
//! (never in `sequenceIndex` order); a full page always says `hasMoreData: true`, so an exact
//! multiple ends with an empty page saying false; `GET /2.0/sequence/?join=photos` answers
//! `result.data` as an object keyed by row index (`"0"` and the last photo's row, e.g.
//! `"236"` for 1001) holding identical copies. 1.0 answers: `apiCode` `"600"`, padded
//! `apiMessage`, storage-relative paths, `date_added` as `YYYY-MM-DD  (HH:MM)`,
//! `totalFilteredItems` `["n"]`. [`MockBuilder::v1_numeric_status`] switches 1.0 to the 2022
//! style (numeric 600, unpadded), as the live upload endpoints answered then.
//!
//! # A dense region ([`MockBuilder::dense_region`])
//!
//! For benchmarks of area harvests: [`DenseRegion::city`] is a box of about 20 km × 20 km
//! (44.34..44.52 N, 25.98..26.232 E) holding 1,000,000 photos, none of them stored. Its cells
//! of 0.001° each hold a number of photos fixed by the seed, and a photo's position, times
//! and heading follow from its id ([`DenseRegion`] gives the whole definition), so a query
//! costs time in proportion to the cells it touches (a cell wholly inside a box is counted
//! without generating it) and memory in proportion to the page it answers.
//! `POST /1.0/list/nearby-photos/` lists the region's photos after the dataset's, in id
//! order, with the same paging, shuffled pages and `totalFilteredItems`, a page cut to
//! [`DenseRegion::page_cap`] (2000 by default, an assumption); `date` keeps or drops a
//! cell's sequence whole. `GET /2.0/photo/{id}` (without joins) and both image listeners
//! serve its photos; nothing else lists them, and they cannot be changed or deleted.
//!
//! # Image listener
//!
//! `GET`/`HEAD /files/photo/Y/M/D/{prefix}/{name}` of an existing photo → `image/jpeg`: the
//! uploaded bytes, or a tiny valid JPEG with the photo id in a comment (bytes differ per
//! photo); `/pr:sharp/[options/]{base64url}` resolves to the same; the sequences'
//! `metadataFileUrl` serve a small text file; anything else → 404.
//!
//! # Faults and latency
//!
//! See [`Fault`]: a FIFO queue, each request takes the first matching fault; replacing faults
//! answer without processing, transport faults process first. [`MockServer::set_latency`]
//! delays every API answer after processing.
//!
//! # Answer log
//!
//! With the environment variable [`RECORD_ENV`] (`KARTAVIEW_MOCK_RECORD`) naming a file, every
//! API answer no fault shaped is appended to it as a JSON line (`method`, `path`, `query`,
//! `status`, `contentType`, `bodyLength`, and `body` as text for JSON and text answers). CI
//! sets it for the test suite and validates the log against `openapi.yaml` with
//! `.ci/validate_fake.py`. Unset, nothing is recorded.

#![warn(missing_docs)]

mod api;
mod dataset;
mod dense;
mod fault;
mod forms;
mod http;
mod images;
mod record;
mod render;
mod state;
mod util;

use std::collections::VecDeque;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use dataset::*;
pub use dense::{DENSE_CELL_MICRODEGREES, DensePhoto, DenseRegion};
pub use fault::{Drift, Fault, Listener, Route};
pub use record::RECORD_ENV;

/// The start of the body of the fake's HTTP 501, its answer to every route it does not serve
/// (an operation of `openapi.yaml` it does not implement, or a path the API does not have).
pub const NOT_IMPLEMENTED: &str = "not implemented by the fake";
pub use state::{
    PhotoView, SequenceView, StateView, UploadAttempt, UploadKind, UploadOutcome, VideoView,
};

use crate::api::Config;
use crate::state::State;

/// A request as received, for assertions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The HTTP method.
    pub method: String,
    /// Path as sent, without the query.
    pub path: String,
    /// Raw query string, without `?`.
    pub query: Option<String>,
    /// Headers as sent, in order.
    pub headers: Vec<(String, String)>,
    /// The body after de-chunking.
    pub body: Vec<u8>,
    /// When the whole request had been read (for latency measurements).
    pub received_at: std::time::Instant,
}

impl RecordedRequest {
    /// First value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as text (lossy).
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panicking test thread must not take the server down with it.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Everything the connection tasks share.
pub(crate) struct Shared {
    pub(crate) state: Mutex<State>,
    pub(crate) config: Config,
    requests: Mutex<Vec<RecordedRequest>>,
    image_requests: Mutex<Vec<RecordedRequest>>,
    faults: Mutex<VecDeque<Fault>>,
    pub(crate) latency: Mutex<Duration>,
    pub(crate) image_latency: Mutex<Duration>,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    pub(crate) recorder: Option<record::Recorder>,
}

/// Counts an API request as in flight until dropped.
pub(crate) struct InFlight<'a>(&'a Shared);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Shared {
    pub(crate) fn enter(&self) -> InFlight<'_> {
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.max_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(self)
    }

    pub(crate) fn record(&self, which: Listener, req: &http::Request) {
        let list = match which {
            Listener::Api => &self.requests,
            Listener::Images => &self.image_requests,
        };
        lock(list).push(http::record_of(req));
    }

    /// Uses up one firing of the first queued fault matching the request.
    pub(crate) fn take_fault(&self, which: Listener, req: &http::Request) -> Option<Fault> {
        let mut faults = lock(&self.faults);
        let i = faults
            .iter()
            .position(|f| f.route_filter().matches(which, &req.method, &req.path))?;
        let fired = faults.get_mut(i)?.take_one();
        if faults.get(i).is_some_and(|f| f.remaining() == 0) {
            faults.remove(i);
        }
        Some(fired)
    }
}

struct Inner {
    shared: Arc<Shared>,
    api_addr: SocketAddr,
    image_addr: SocketAddr,
    tasks: Mutex<Vec<JoinHandle<()>>>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        for t in lock(&self.tasks).drain(..) {
            t.abort();
        }
    }
}

/// A running mock. Cheap to clone; the server stops when the last clone is dropped, or at
/// once with [`shutdown`](MockServer::shutdown).
#[derive(Clone)]
pub struct MockServer {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("base_url", &self.base_url())
            .field("image_base_url", &self.image_base_url())
            .finish_non_exhaustive()
    }
}

/// URL origin of a bound address; an unspecified address is reached through loopback.
fn origin(addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}", SocketAddr::new(ip, addr.port()))
}

impl MockServer {
    /// Starts with the default dataset, seed and token.
    pub async fn start() -> std::io::Result<MockServer> {
        Self::builder().start().await
    }

    /// A builder, to choose the dataset, seed, token, latency or a dense region before starting.
    pub fn builder() -> MockBuilder {
        MockBuilder::default()
    }

    /// API origin, e.g. `http://127.0.0.1:40123` (no trailing slash).
    pub fn base_url(&self) -> String {
        origin(self.inner.api_addr)
    }

    /// Origin of the image host, a second listener.
    pub fn image_base_url(&self) -> String {
        origin(self.inner.image_addr)
    }

    /// The access token the mock accepts.
    pub fn token(&self) -> &str {
        &self.inner.shared.config.token
    }

    /// The user [`token`](Self::token) belongs to ([`DEFAULT_USER_ID`]).
    pub fn token_user_id(&self) -> u64 {
        DEFAULT_USER_ID.unsigned_abs()
    }

    /// Every request received on the API listener, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.inner.shared.requests).clone()
    }

    /// Every request received on the image listener, in order.
    pub fn image_requests(&self) -> Vec<RecordedRequest> {
        lock(&self.inner.shared.image_requests).clone()
    }

    /// Forgets the recorded requests of both listeners, and resets [`max_in_flight`](Self::max_in_flight).
    pub fn clear_requests(&self) {
        lock(&self.inner.shared.requests).clear();
        lock(&self.inner.shared.image_requests).clear();
        let shared = &self.inner.shared;
        shared
            .max_in_flight
            .store(shared.in_flight.load(Ordering::SeqCst), Ordering::SeqCst);
    }

    /// The most API requests that were being answered at the same time since the start or
    /// the last [`clear_requests`](Self::clear_requests): what a client's concurrency bound
    /// is checked against (add latency so that requests overlap).
    pub fn max_in_flight(&self) -> usize {
        self.inner.shared.max_in_flight.load(Ordering::SeqCst)
    }

    /// Queues a fault (see [`Fault`] for the matching rules). A fault with `times` 0 is
    /// ignored.
    pub fn push_fault(&self, fault: Fault) {
        if fault.remaining() > 0 {
            lock(&self.inner.shared.faults).push_back(fault);
        }
    }

    /// Faults still queued, with their remaining counts.
    pub fn pending_faults(&self) -> Vec<Fault> {
        lock(&self.inner.shared.faults).iter().cloned().collect()
    }

    /// Drops every queued fault.
    pub fn clear_faults(&self) {
        lock(&self.inner.shared.faults).clear();
    }

    /// Added before every API answer (after processing); zero to disable.
    pub fn set_latency(&self, d: Duration) {
        *lock(&self.inner.shared.latency) = d;
    }

    /// Sets the delay added before every answer of the image listener (none by default).
    pub fn set_image_latency(&self, d: Duration) {
        *lock(&self.inner.shared.image_latency) = d;
    }

    /// A snapshot of the data and of what clients did.
    pub fn state(&self) -> StateView {
        lock(&self.inner.shared.state).view()
    }

    /// Stops both listeners and every open connection, even if clones of this handle remain.
    pub async fn shutdown(self) {
        let tasks: Vec<JoinHandle<()>> = lock(&self.inner.tasks).drain(..).collect();
        for t in &tasks {
            t.abort();
        }
        for t in tasks {
            let _ = t.await;
        }
    }
}

/// Configures a [`MockServer`] before starting it.
#[derive(Clone, Debug)]
pub struct MockBuilder {
    seed: u64,
    token: String,
    latency: Duration,
    dataset: Dataset,
    bind: SocketAddr,
    v1_numeric: bool,
    dense: Option<DenseRegion>,
}

impl Default for MockBuilder {
    fn default() -> Self {
        MockBuilder {
            seed: DEFAULT_SEED,
            token: DEFAULT_TOKEN.to_string(),
            latency: Duration::ZERO,
            dataset: Dataset::default(),
            bind: SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0),
            v1_numeric: false,
            dense: None,
        }
    }
}

impl MockBuilder {
    /// Seed of the generated data (hashes, coordinates, dates, page shuffles).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The access token to accept (and hand out at `/auth/.../client_auth`).
    pub fn token(mut self, token: &str) -> Self {
        self.token = token.to_string();
        self
    }

    /// Initial latency (see [`MockServer::set_latency`]).
    pub fn latency(mut self, d: Duration) -> Self {
        self.latency = d;
        self
    }

    /// The data to start with instead of the default dataset.
    pub fn dataset(mut self, dataset: Dataset) -> Self {
        self.dataset = dataset;
        self
    }

    /// Address of the API listener (default `127.0.0.1:0`); the image listener binds the same
    /// IP with an ephemeral port.
    pub fn bind(mut self, addr: SocketAddr) -> Self {
        self.bind = addr;
        self
    }

    /// Send API 1.0 success and error envelopes with a numeric `apiCode` and unpadded
    /// messages, like the 2022 captures of the upload endpoints.
    pub fn v1_numeric_status(mut self, numeric: bool) -> Self {
        self.v1_numeric = numeric;
        self
    }

    /// Adds a [`DenseRegion`], generated on demand: `POST /1.0/list/nearby-photos/` lists its
    /// photos after the dataset's, `GET /2.0/photo/{id}` and the image hosts serve them; they
    /// cannot be changed or deleted.
    pub fn dense_region(mut self, region: DenseRegion) -> Self {
        self.dense = Some(region);
        self
    }

    /// Binds both listeners on the chosen address and starts serving.
    pub async fn start(self) -> std::io::Result<MockServer> {
        let api = TcpListener::bind(self.bind).await?;
        let images = TcpListener::bind(SocketAddr::new(self.bind.ip(), 0)).await?;
        let api_addr = api.local_addr()?;
        let image_addr = images.local_addr()?;
        let mut state = State::new(&self.dataset, self.seed, origin(image_addr));
        state.dense = self.dense;
        let shared = Arc::new(Shared {
            state: Mutex::new(state),
            config: Config {
                token: self.token,
                v1_numeric: self.v1_numeric,
            },
            requests: Mutex::new(Vec::new()),
            image_requests: Mutex::new(Vec::new()),
            in_flight: AtomicUsize::new(0),
            max_in_flight: AtomicUsize::new(0),
            faults: Mutex::new(VecDeque::new()),
            latency: Mutex::new(self.latency),
            image_latency: Mutex::new(Duration::ZERO),
            recorder: record::Recorder::from_env(),
        });
        let tasks = vec![
            tokio::spawn(http::accept_loop(api, shared.clone(), Listener::Api)),
            tokio::spawn(http::accept_loop(images, shared.clone(), Listener::Images)),
        ];
        Ok(MockServer {
            inner: Arc::new(Inner {
                shared,
                api_addr,
                image_addr,
                tasks: Mutex::new(tasks),
            }),
        })
    }
}

/// The README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
