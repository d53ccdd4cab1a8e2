//! Arbitrary bytes and structurally mutated real responses never panic any response decoder.
//!
//! Every input goes through every decoder of `kartaview_ext::decode` (`response::<T>` for each
//! type of kartaview-ext's `with_enveloped_responses!` list, `sequence_list`, `photo_list`,
//! `any_photos`, and `any_photo_listings`, which must agree with `any_photos`), through the model conversions (`Photo::from_wire`, `Sequence::from_wire`,
//! `Video::from_wire`, `User::from`, `UserMetrics::from`, `Photo::from_v1_sequence_photo`,
//! `Photo::from_v1_nearby_photo`, every `ImageSize` URL, `full_size_url`) of every object in it,
//! and (one test) through the client as an HTTP error body. Each run is inside `catch_unwind`;
//! a panic fails the test with the input saved under the target dir (the path is printed).
//!
//! Strategies: arbitrary bytes; byte mutations of the seeds; truncation of the seeds at every
//! kind of position; JSON-tree mutations of the parsed seeds; bodies served to the client. The
//! seeds are the own fixtures (`tests/fixtures`) and, when present, the real captures in
//! `../shared/fixtures/real`, read at run time. The random seeds are fixed and printed.
//!
//! Each strategy prints `fuzz: <strategy>: N executions, M decoded ok, K rejected with an error`:
//! an execution is "decoded ok" when at least one decoder returned `Ok`, "rejected" when every
//! one returned an error.
//!
//! `KARTAVIEW_FUZZ_ITERATIONS` sets the executions per strategy (default 2000; the client
//! strategy runs half of them), `KARTAVIEW_FUZZ_SEED` another random seed.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, Once, OnceLock};
use std::time::Instant;

use kartaview_api::types;
use kartaview_ext::models::PhotoListing;
use kartaview_ext::{
    Client, Error, ImageSize, Photo, RetryPolicy, Sequence, User, UserMetrics, Video, decode,
};
use kartaview_tests::{own_fixtures_dir, real_fixtures_dir};
use serde::Deserialize;
use serde_json::{Map, Value};

const DEFAULT_ITERATIONS: usize = 2000;

fn iterations() -> usize {
    std::env::var("KARTAVIEW_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(DEFAULT_ITERATIONS)
}

/// The random seed of a strategy: fixed, or derived from `KARTAVIEW_FUZZ_SEED`.
fn seed_of(strategy: &str, fixed: u64) -> u64 {
    let seed = std::env::var("KARTAVIEW_FUZZ_SEED")
        .ok()
        .and_then(|v| {
            let v = v.trim();
            v.strip_prefix("0x")
                .map_or_else(|| v.parse().ok(), |h| u64::from_str_radix(h, 16).ok())
        })
        .map_or(fixed, |s: u64| s ^ fixed);
    println!("fuzz: {strategy}: seed {seed:#018x}");
    seed
}

// ---------------------------------------------------------------------------------------------
// Every decoder on one input
// ---------------------------------------------------------------------------------------------

const API_BASES: [&str; 3] = ["https://api.openstreetcam.org", "http://127.0.0.1:9/", ""];

/// At most this many object nodes of an input are converted as every wire model.
const MAX_MODEL_NODES: usize = 24;

/// What the decoders made of one input.
#[derive(Debug, Default, Clone, Copy)]
struct Verdict {
    /// Decoder calls that returned `Ok`.
    ok: usize,
    /// Decoder calls that returned an error.
    err: usize,
    /// Typed photos built (by the decoders and the node conversions).
    photos: usize,
    /// Image URLs produced.
    urls: usize,
    /// Sequences, videos, users and metrics built.
    entities: usize,
}

impl Verdict {
    fn record<T>(&mut self, result: kartaview_ext::Result<T>, then: impl FnOnce(&T, &mut Self)) {
        match result {
            Ok(value) => {
                self.ok += 1;
                then(&value, self);
            }
            Err(e) => {
                self.err += 1;
                touch_error(&e);
            }
        }
    }

    fn photo(&mut self, photo: &Photo) {
        self.photos += 1;
        for size in ImageSize::ALL {
            self.urls += usize::from(photo.image_url(size).is_some());
        }
        self.urls += usize::from(photo.full_size_url().is_some());
        let _ = photo.is_spherical();
        let _ = serde_json::to_string(photo);
    }

    fn sequence(&mut self, sequence: &Sequence) {
        self.entities += 1;
        sequence.photos.iter().for_each(|p| self.photo(p));
        let _ = serde_json::to_string(sequence);
    }
}

fn touch_error(e: &Error) {
    let _ = e.to_string();
    let _ = format!("{e:?}");
    if let Some(code) = e.api_code() {
        let _ = (code.code(), code.to_string(), code.means_stored());
    }
    let _ = (e.http_status(), e.is_retryable());
}

/// The models inside a decoded response.
trait Models {
    fn touch(&self, _verdict: &mut Verdict) {}
}

fn sequence_items(data: &types::SequenceListData) -> Vec<&types::Sequence> {
    match data {
        types::SequenceListData::Array(items) => items.iter().collect(),
        types::SequenceListData::Object(map) => map.values().collect(),
    }
}

fn photo_items(data: &types::PhotoListData) -> Vec<&types::Photo> {
    match data {
        types::PhotoListData::Array(items) => items.iter().collect(),
        types::PhotoListData::Object(map) => map.values().collect(),
    }
}

impl Models for types::SequenceListResponse {
    fn touch(&self, v: &mut Verdict) {
        for s in sequence_items(&self.result.data) {
            if let Some(s) = Sequence::from_wire(s) {
                v.sequence(&s);
            }
        }
    }
}

impl Models for types::SequenceResponse {
    fn touch(&self, v: &mut Verdict) {
        if let Some(s) = Sequence::from_wire(&self.result.data) {
            v.sequence(&s);
        }
        if let Some(u) = &self.result.data.user {
            let _ = User::from(u);
        }
    }
}

impl Models for types::PhotoListResponse {
    fn touch(&self, v: &mut Verdict) {
        for p in photo_items(&self.result.data) {
            if let Some(p) = Photo::from_wire(p) {
                v.photo(&p);
            }
        }
    }
}

impl Models for types::PhotoResponse {
    fn touch(&self, v: &mut Verdict) {
        if let Some(p) = Photo::from_wire(&self.result.data) {
            v.photo(&p);
        }
    }
}

impl Models for types::VideoListResponse {
    fn touch(&self, v: &mut Verdict) {
        let videos = self.result.data.iter().filter_map(Video::from_wire);
        v.entities += videos.count();
    }
}

impl Models for types::VideoResponse {
    fn touch(&self, v: &mut Verdict) {
        v.entities += usize::from(Video::from_wire(&self.result.data).is_some());
    }
}

impl Models for types::UserListResponse {
    fn touch(&self, v: &mut Verdict) {
        for u in &self.result.data {
            let _ = serde_json::to_string(&User::from(u));
            v.entities += 1;
        }
    }
}

impl Models for types::UserResponse {
    fn touch(&self, v: &mut Verdict) {
        let _ = serde_json::to_string(&User::from(&self.result.data));
        v.entities += 1;
    }
}

impl Models for types::UserMetricsResponse {
    fn touch(&self, v: &mut Verdict) {
        let _ = serde_json::to_string(&UserMetrics::from(&self.result.data));
        v.entities += 1;
    }
}

impl Models for types::V1SequencePhotoListResponse {
    fn touch(&self, v: &mut Verdict) {
        for p in &self.osv.photos {
            for base in API_BASES {
                if let Some(p) = Photo::from_v1_sequence_photo(p, base) {
                    v.photo(&p);
                }
            }
        }
    }
}

impl Models for types::V1NearbyPhotosResponse {
    fn touch(&self, v: &mut Verdict) {
        for p in &self.current_page_items {
            for base in API_BASES {
                if let Some(p) = Photo::from_v1_nearby_photo(p, base) {
                    v.photo(&p);
                }
            }
        }
    }
}

macro_rules! no_models {
    ($($ty:ident),+ $(,)?) => {
        $(impl Models for types::$ty {})+
    };
}

no_models!(
    PhotoPartListResponse,
    PhotoPartResponse,
    SequenceAttachmentListResponse,
    SequenceAttachmentResponse,
    SequenceRawDataListResponse,
    SequenceRawDataResponse,
    MaintenanceNoticeListResponse,
    StatusResponse,
    V1AuthResponse,
    V1SequenceCreateResponse,
    V1PhotoUploadResponse,
    V1VideoUploadResponse,
    V1FinishedUploadingResponse,
    V1NearbyTracksResponse,
    V1TracksResponse,
    V1MyListResponse,
    V1UserDetailsResponse,
    V1StatusResponse,
    V1OsvResponse,
    GmLeaderboardResponse,
);

macro_rules! every_response {
    ($($ty:ident),+ $(,)?) => {
        fn decode_every_response(input: &[u8], v: &mut Verdict) {
            $(v.record(decode::response::<types::$ty>(input), |r, v| r.touch(v));)+
        }
    };
}

kartaview_ext::with_enveloped_responses!(every_response);

/// Every object node (up to [`MAX_MODEL_NODES`]) read as every wire model and converted.
fn convert_every_node(root: &Value, v: &mut Verdict) {
    let mut stack = vec![root];
    let mut objects = 0;
    while let Some(node) = stack.pop() {
        match node {
            Value::Object(map) => {
                objects += 1;
                if objects > MAX_MODEL_NODES {
                    break;
                }
                convert_node(node, v);
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
}

fn convert_node(node: &Value, v: &mut Verdict) {
    if let Ok(p) = types::Photo::deserialize(node)
        && let Some(p) = Photo::from_wire(&p)
    {
        v.photo(&p);
    }
    if let Ok(s) = types::Sequence::deserialize(node)
        && let Some(s) = Sequence::from_wire(&s)
    {
        v.sequence(&s);
    }
    if let Ok(video) = types::Video::deserialize(node) {
        v.entities += usize::from(Video::from_wire(&video).is_some());
    }
    if let Ok(u) = types::User::deserialize(node) {
        let _ = serde_json::to_string(&User::from(&u));
    }
    if let Ok(u) = types::SequenceUser::deserialize(node) {
        let _ = serde_json::to_string(&User::from(&u));
    }
    if let Ok(m) = types::UserMetrics::deserialize(node) {
        let _ = serde_json::to_string(&UserMetrics::from(&m));
    }
    if let Ok(p) = types::V1SequencePhoto::deserialize(node)
        && let Some(p) = Photo::from_v1_sequence_photo(&p, API_BASES[0])
    {
        v.photo(&p);
    }
    if let Ok(p) = types::V1NearbyPhoto::deserialize(node)
        && let Some(p) = Photo::from_v1_nearby_photo(&p, API_BASES[1])
    {
        v.photo(&p);
    }
}

/// Runs every decoder and model conversion on `input`.
fn exercise(input: &[u8]) -> Verdict {
    let mut v = Verdict::default();
    decode_every_response(input, &mut v);
    v.record(decode::sequence_list(input), |sequences, v| {
        sequences.iter().for_each(|s| v.sequence(s));
    });
    v.record(decode::photo_list(input), |photos, v| {
        photos.iter().for_each(|p| v.photo(p));
    });
    for base in API_BASES {
        let photos = decode::any_photos(input, base);
        // The one-pass listings say exactly what the photos say.
        let expected = photos
            .as_ref()
            .map(|photos| photos.iter().map(PhotoListing::from).collect::<Vec<_>>())
            .map_err(ToString::to_string);
        let listings = decode::any_photo_listings(input, base).map_err(|e| e.to_string());
        assert_eq!(
            listings, expected,
            "any_photo_listings and any_photos disagree"
        );
        v.record(photos, |photos, v| {
            photos.iter().for_each(|p| v.photo(p));
        });
    }
    if let Ok(value) = serde_json::from_slice::<Value>(input) {
        convert_every_node(&value, &mut v);
    }
    v
}

// ---------------------------------------------------------------------------------------------
// Panics: caught, located, saved
// ---------------------------------------------------------------------------------------------

thread_local! {
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Records where a panic happened (for the failure message), then lets the default hook print it.
fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let location = info
                .location()
                .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
                .unwrap_or_default();
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(location));
            previous(info);
        }));
    });
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(non-string panic payload)".to_owned())
}

fn reproducer_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz_decoders")
}

fn save_reproducer(name: &str, input: &[u8]) -> PathBuf {
    let dir = reproducer_dir();
    let path = dir.join(name);
    if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, input)) {
        println!("fuzz: could not save {}: {e}", path.display());
    }
    path
}

fn preview(input: &[u8]) -> String {
    let text = String::from_utf8_lossy(&input[..input.len().min(300)]).into_owned();
    if input.len() > 300 {
        format!("{text:?}… ({} bytes)", input.len())
    } else {
        format!("{text:?}")
    }
}

/// Counts of one strategy, and the panics it found.
struct Campaign {
    strategy: &'static str,
    seed: u64,
    started: Instant,
    executions: usize,
    decoded: usize,
    rejected: usize,
    totals: Verdict,
    panics: Vec<String>,
}

impl Campaign {
    fn new(strategy: &'static str, seed: u64) -> Self {
        install_panic_hook();
        Campaign {
            strategy,
            seed,
            started: Instant::now(),
            executions: 0,
            decoded: 0,
            rejected: 0,
            totals: Verdict::default(),
            panics: Vec::new(),
        }
    }

    /// Runs every decoder on `input` under `catch_unwind`; `what` says how it was made.
    fn run(&mut self, input: &[u8], what: &str) -> Option<Verdict> {
        self.run_with(input, what, exercise)
    }

    fn run_with(
        &mut self,
        input: &[u8],
        what: &str,
        decoders: impl FnOnce(&[u8]) -> Verdict,
    ) -> Option<Verdict> {
        self.executions += 1;
        match catch_unwind(AssertUnwindSafe(|| decoders(input))) {
            Ok(v) => {
                self.count(&v);
                Some(v)
            }
            Err(payload) => {
                let location = LAST_PANIC
                    .with(|p| p.borrow_mut().take())
                    .unwrap_or_default();
                self.panicked(input, what, &panic_message(&*payload), &location);
                None
            }
        }
    }

    fn count(&mut self, v: &Verdict) {
        if v.ok > 0 {
            self.decoded += 1;
        } else {
            self.rejected += 1;
        }
        self.totals.ok += v.ok;
        self.totals.err += v.err;
        self.totals.photos += v.photos;
        self.totals.urls += v.urls;
        self.totals.entities += v.entities;
    }

    fn panicked(&mut self, input: &[u8], what: &str, message: &str, location: &str) {
        let name = format!(
            "{}-{:016x}-{}.bin",
            self.strategy, self.seed, self.executions
        );
        let path = save_reproducer(&name, input);
        let report = format!(
            "{} execution {} ({what}) panicked at {location}: {message}\n  input saved to {}\n  input: {}",
            self.strategy,
            self.executions,
            path.display(),
            preview(input)
        );
        println!("fuzz: PANIC: {report}");
        self.panics.push(report);
    }

    /// Prints the counts and fails on any panic.
    fn finish(self) -> Self {
        let t = &self.totals;
        println!(
            "fuzz: {}: {} executions, {} decoded ok, {} rejected with an error \
             (decoder calls: {} ok, {} err; {} photos, {} image URLs, {} other models) in {:.2?}",
            self.strategy,
            self.executions,
            self.decoded,
            self.rejected,
            t.ok,
            t.err,
            t.photos,
            t.urls,
            t.entities,
            self.started.elapsed()
        );
        assert!(
            self.panics.is_empty(),
            "{} of {} inputs panicked a decoder:\n{}",
            self.panics.len(),
            self.executions,
            self.panics.join("\n")
        );
        self
    }
}

// ---------------------------------------------------------------------------------------------
// Seeds
// ---------------------------------------------------------------------------------------------

/// Seeds larger than this are mutated in a trimmed copy (long arrays cut to their first items).
const TRIM_ABOVE: usize = 32 * 1024;

struct Seed {
    name: String,
    /// Whether it is a real capture.
    real: bool,
    /// The file as it is.
    full: Vec<u8>,
    /// What the mutations start from: the file, or its trimmed copy.
    bytes: Vec<u8>,
    /// `bytes` parsed.
    value: Option<Value>,
}

fn json_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn trim(value: &mut Value) {
    match value {
        Value::Array(items) => {
            items.truncate(3);
            items.iter_mut().for_each(trim);
        }
        Value::Object(map) => {
            // `join=photos` keys its rows by index: keep a few rows.
            if map.len() > 3 && map.keys().all(|k| k.parse::<u64>().is_ok()) {
                let keep: Vec<String> = map.keys().take(3).cloned().collect();
                map.retain(|k, _| keep.contains(k));
            }
            map.values_mut().for_each(trim);
        }
        _ => {}
    }
}

fn seeds() -> &'static [Seed] {
    static SEEDS: OnceLock<Vec<Seed>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut files: Vec<(PathBuf, bool)> = json_files(&own_fixtures_dir())
            .into_iter()
            .map(|p| (p, false))
            .collect();
        match real_fixtures_dir() {
            Some(dir) => files.extend(json_files(&dir).into_iter().map(|p| (p, true))),
            None => println!("fuzz: the real captures are absent: seeding with own fixtures only"),
        }
        let seeds: Vec<Seed> = files
            .into_iter()
            .map(|(path, real)| {
                let full =
                    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let mut value = serde_json::from_slice::<Value>(&full).ok();
                let bytes = match value.as_mut() {
                    Some(v) if full.len() > TRIM_ABOVE => {
                        trim(v);
                        let bytes = serde_json::to_vec(v).unwrap_or_else(|_| full.clone());
                        println!(
                            "fuzz: seed {name}: {} bytes, mutated as a trimmed copy of {} bytes",
                            full.len(),
                            bytes.len()
                        );
                        bytes
                    }
                    _ => full.clone(),
                };
                Seed {
                    name,
                    real,
                    full,
                    bytes,
                    value,
                }
            })
            .collect();
        println!(
            "fuzz: {} seeds ({} own fixtures, {} real captures)",
            seeds.len(),
            seeds.iter().filter(|s| !s.real).count(),
            seeds.iter().filter(|s| s.real).count()
        );
        seeds
    })
}

fn pick<'a, T>(rng: &mut fastrand::Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

// ---------------------------------------------------------------------------------------------
// Interesting values
// ---------------------------------------------------------------------------------------------

/// Marks a string the writer emits verbatim (a number JSON values cannot hold, bad escapes).
const RAW: &str = "\u{1}RAW\u{1}";
/// Marks a key the writer emits without the marker: a duplicate of that key.
const DUP: &str = "\u{1}DUP\u{1}";

const RAW_TOKENS: &[&str] = &[
    "-0",
    "-0.0",
    "0e0",
    "1e308",
    "-1e308",
    "1e309",
    "-1e400",
    "1.7976931348623157e308",
    "4.9e-324",
    "1e-400",
    "18446744073709551615",
    "18446744073709551616",
    "9223372036854775807",
    "-9223372036854775808",
    "-9223372036854775809",
    "123456789012345678901234567890123456789",
    "9007199254740993",
    "12.00",
    "1E2",
    "600.0",
    "NaN",
    "Infinity",
    "-Infinity",
    "\"\\ud800\"",
    "\"\\udc00\\ud800\"",
    "\"\\u0000\"",
    "\"\\uD83D\\uDCA5\"",
    "01",
    "+1",
    ".5",
    "\"\\x41\"",
];

const NUMBER_STRINGS: &[&str] = &[
    "NaN",
    "nan",
    "-NaN",
    "inf",
    "-inf",
    "Infinity",
    "1e999",
    "-1e999",
    "1e308",
    "-0",
    "-0.0",
    "0",
    "0.000000",
    "00",
    "-1",
    "+5",
    " 7 ",
    "0x10",
    "1_000",
    "١٢",
    "12.00",
    "12.5",
    "9.0e15",
    "8999999999999999",
    "9223372036854775807",
    "-9223372036854775808",
    "9223372036854775808",
    "18446744073709551616",
    "4294967296",
    "4294967295",
    "256",
    "-2147483649",
    "1e-400",
    "",
    " ",
    "null",
    "true",
    "Y",
    "yes",
    "FALSE",
];

const DATES: &[&str] = &[
    "0000-00-00 00:00:00",
    "0000-00-00",
    "0000-00-00 00:00:00.000",
    "9999-12-31 23:59:59",
    "262143-12-31 23:59:59",
    "+262143-12-31T23:59:59Z",
    "-262144-01-01 00:00:00",
    "2024-02-30 00:00:00",
    "2024-13-01 00:00:00",
    "2024-05-01 10:00:60",
    "2024-05-01 24:00:00",
    "2024-05-01 10:00:04.",
    "2024-05-01 10:00:04.9999999999999999999",
    "2017-07-31  (13:12)",
    "2017-07-31  (25:99)",
    "2017-07-31  (13:12",
    "2024-01-02T03:04:05Z",
    "2024-01-02T03:04:05+25:00",
    "2024-01-02T03:04:05-23:59",
    "2024-01-02T03:04:05.123456789123Z",
    "1970-01-01 00:00:00",
    "-0001-01-01 00:00:00",
    "2024-1-2 3:4:5",
    "2024-05-01",
    "2024-05",
    "14 Jul 17",
    "",
    "  ",
    "1500387291",
    "-1",
    "9223372036854775807",
    "8210298412800",
    "8210298412799",
];

const TEXTS: &[&str] = &[
    "",
    " ",
    "\t\n",
    "é",
    "💥",
    "🇫🇷",
    "👩‍👩‍👧‍👦",
    "\u{200b}",
    "\u{202e}",
    "\u{feff}",
    "İ",
    "ß",
    "e\u{301}",
    "\u{0}",
    "\u{fffd}",
    "日本語",
    "{{sizeprefix}}",
    "[[sizeprefix]]",
    "{{sizeprefix",
    "{{{{sizeprefix}}}}",
    "{{sizeprefix}}{{sizeprefix}}",
    "{{SIZEPREFIX}}",
    "/lth/",
    "/lth//lth/",
    "https://",
    "http://",
    "//",
    "https://s/{{sizeprefix}}/lth/💥.jpg",
    "storage5/files/photo/{{sizeprefix}}/a.jpg",
    "/storage5/files/photo/2017/7/18/lth/x.jpg",
    "BLURRED",
    "blurred",
    "SPHERE",
    "sphere",
    "active",
    "deleted",
    "VIDEO_SPLIT",
    "{\"fLen\":\"x\"}",
    "{\"fLen\":1e400}",
    "[{\"label\":1,\"confidence\":\"NaN\"}]",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "{\"status\":{\"apiCode\":600}}",
];

/// Keys the decoders read, to put where they are not expected.
const KNOWN_KEYS: &[&str] = &[
    "id",
    "sequenceId",
    "sequence_id",
    "sequenceIndex",
    "sequence_index",
    "videoId",
    "videoIndex",
    "lat",
    "lng",
    "matchLat",
    "matchLng",
    "match_lat",
    "wayId",
    "heading",
    "headers",
    "gpsAccuracy",
    "shotDate",
    "shot_date",
    "dateAdded",
    "date_added",
    "dateProcessed",
    "timestamp",
    "width",
    "height",
    "projection",
    "fieldOfView",
    "isUnwrapped",
    "isWrapped",
    "status",
    "visibility",
    "autoImgProcessingResult",
    "qualityLevel",
    "qualityDetails",
    "cameraParameters",
    "name",
    "fileurl",
    "fileurlProc",
    "fileurlLTh",
    "fileurlTh",
    "imageProcUrl",
    "imageLthUrl",
    "imageThUrl",
    "lth_name",
    "th_name",
    "ori_name",
    "photos",
    "photo",
    "user",
    "metrics",
    "countActivePhotos",
    "currentLat",
    "currentPageItems",
    "osv",
    "result",
    "data",
    "hasMoreData",
    "apiCode",
    "apiMessage",
    "totalFilteredItems",
];

fn random_text(rng: &mut fastrand::Rng) -> String {
    match rng.u8(..6) {
        0 => pick(rng, TEXTS).to_string(),
        1 => pick(rng, DATES).to_string(),
        2 => pick(rng, NUMBER_STRINGS).to_string(),
        3 => {
            // Very long, sometimes around a placeholder.
            let unit = pick(rng, &["a", "é", "💥", " ", "{{sizeprefix}}", "0"]);
            let n = if rng.u8(..8) == 0 {
                rng.usize(20_000..120_000)
            } else {
                rng.usize(100..2_000)
            };
            unit.repeat(n)
        }
        4 => (0..rng.usize(0..24))
            .map(|_| rng.char(..))
            .collect::<String>(),
        _ => (0..rng.usize(1..12))
            .map(|_| rng.alphanumeric())
            .collect::<String>(),
    }
}

fn raw(token: &str) -> Value {
    Value::String(format!("{RAW}{token}"))
}

fn random_scalar(rng: &mut fastrand::Rng) -> Value {
    match rng.u8(..10) {
        0 => Value::Null,
        1 => Value::Bool(rng.bool()),
        2 => Value::from(rng.i64(..)),
        3 => Value::from(*pick(
            rng,
            &[0i64, -1, 1, 600, 618, 660, i64::MAX, i64::MIN],
        )),
        4 => Value::from(rng.u64(..)),
        5 => serde_json::Number::from_f64(
            pick(
                rng,
                &[
                    0.5,
                    -0.0,
                    1e308,
                    -1e308,
                    5e-324,
                    90.0,
                    -180.0000001,
                    359.5,
                    12.0,
                ],
            )
            .to_owned(),
        )
        .map_or(Value::Null, Value::Number),
        6 => raw(pick::<&str>(rng, RAW_TOKENS)),
        _ => Value::String(random_text(rng)),
    }
}

fn random_value(rng: &mut fastrand::Rng, depth: usize) -> Value {
    if depth == 0 || rng.u8(..3) == 0 {
        return random_scalar(rng);
    }
    if rng.bool() {
        Value::Array(
            (0..rng.usize(0..4))
                .map(|_| random_value(rng, depth - 1))
                .collect(),
        )
    } else {
        let mut map = Map::new();
        for _ in 0..rng.usize(0..4) {
            let key = if rng.bool() {
                pick(rng, KNOWN_KEYS).to_string()
            } else {
                random_text(rng)
            };
            map.insert(key, random_value(rng, depth - 1));
        }
        Value::Object(map)
    }
}

fn deep_nesting(rng: &mut fastrand::Rng) -> Value {
    // serde_json refuses more than 128 levels: stay under it, at it, and beyond it.
    let depth = *pick(rng, &[20, 64, 100, 120, 126, 127, 128, 129, 200, 400]);
    let mut value = random_scalar(rng);
    for _ in 0..depth {
        value = match rng.u8(..3) {
            0 => Value::Array(vec![value]),
            1 => {
                let mut map = Map::new();
                map.insert(pick(rng, KNOWN_KEYS).to_string(), value);
                Value::Object(map)
            }
            _ => {
                let mut map = Map::new();
                map.insert("data".to_owned(), value);
                Value::Object(map)
            }
        };
    }
    value
}

// ---------------------------------------------------------------------------------------------
// JSON-tree mutations
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn all_paths(root: &Value) -> Vec<Vec<Step>> {
    let mut out = Vec::new();
    let mut stack = vec![(Vec::new(), root)];
    while let Some((path, node)) = stack.pop() {
        match node {
            Value::Object(map) => {
                for (k, v) in map {
                    let mut p = path.clone();
                    p.push(Step::Key(k.clone()));
                    stack.push((p, v));
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    let mut p = path.clone();
                    p.push(Step::Index(i));
                    stack.push((p, v));
                }
            }
            _ => {}
        }
        out.push(path);
        if out.len() > 20_000 {
            break;
        }
    }
    out
}

fn node_ref<'a>(root: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(root, |node, step| match step {
        Step::Key(k) => node.get(k.as_str()),
        Step::Index(i) => node.get(*i),
    })
}

fn node_mut<'a>(root: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(root, |node, step| match step {
        Step::Key(k) => node.get_mut(k.as_str()),
        Step::Index(i) => node.get_mut(*i),
    })
}

/// A random node of the tree, preferring the ones whose path ends with one of `keys`.
fn random_node<'a>(
    rng: &mut fastrand::Rng,
    root: &'a mut Value,
    keys: &[&str],
) -> Option<&'a mut Value> {
    let paths = all_paths(root);
    let preferred: Vec<&Vec<Step>> = paths
        .iter()
        .filter(|p| matches!(p.last(), Some(Step::Key(k)) if keys.iter().any(|w| k.contains(w))))
        .collect();
    let path = if !preferred.is_empty() && rng.u8(..4) != 0 {
        (*pick(rng, &preferred)).clone()
    } else {
        pick(rng, &paths).clone()
    };
    node_mut(root, &path)
}

fn random_object<'a>(
    rng: &mut fastrand::Rng,
    root: &'a mut Value,
) -> Option<&'a mut Map<String, Value>> {
    let paths: Vec<Vec<Step>> = all_paths(root)
        .into_iter()
        .filter(|p| node_ref(root, p).is_some_and(Value::is_object))
        .collect();
    if paths.is_empty() {
        return None;
    }
    let path = pick(rng, &paths).clone();
    node_mut(root, &path).and_then(Value::as_object_mut)
}

/// The same value as another JSON type: number ↔ string ↔ null ↔ bool ↔ array ↔ object.
fn change_type(rng: &mut fastrand::Rng, value: &Value) -> Value {
    let text = match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    };
    match rng.u8(..7) {
        0 => Value::Null,
        1 => Value::Bool(!text.is_empty() && text != "0"),
        2 => text
            .trim()
            .parse::<i64>()
            .map(Value::from)
            .ok()
            .or_else(|| {
                text.trim()
                    .parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                    .map(Value::Number)
            })
            .unwrap_or_else(|| Value::from(rng.i64(-5..5))),
        3 => Value::String(match value {
            Value::Array(_) | Value::Object(_) => value.to_string(),
            _ => text,
        }),
        4 => Value::Array(vec![value.clone()]),
        5 => {
            let mut map = Map::new();
            map.insert("0".to_owned(), value.clone());
            Value::Object(map)
        }
        _ => Value::Array(Vec::new()),
    }
}

/// `result.data` (or any array) as the object keyed by row index that `join=photos` sends.
fn keyed(rng: &mut fastrand::Rng, items: &[Value]) -> Value {
    let mut map = Map::new();
    for (i, item) in items.iter().enumerate() {
        let key = match rng.u8(..6) {
            0 => pick(
                rng,
                &[
                    "-1",
                    "",
                    "abc",
                    "18446744073709551616",
                    "007",
                    " 1",
                    "💥",
                    "1e3",
                ],
            )
            .to_string(),
            _ => i.to_string(),
        };
        map.insert(key, item.clone());
        if rng.u8(..3) == 0 {
            // The identical copy the server adds.
            map.insert((items.len() + i).to_string(), item.clone());
        }
    }
    Value::Object(map)
}

fn insert_at_char(s: &str, at: usize, piece: &str) -> String {
    let cut = s
        .char_indices()
        .map(|(i, _)| i)
        .chain([s.len()])
        .nth(at)
        .unwrap_or(s.len());
    format!("{}{piece}{}", &s[..cut], &s[cut..])
}

const URL_KEYS: &[&str] = &["url", "Url", "name", "Name", "path", "Path"];
const DATE_KEYS: &[&str] = &["Date", "date", "timestamp"];
const NUMBER_KEYS: &[&str] = &[
    "id",
    "Id",
    "lat",
    "Lat",
    "lng",
    "Lng",
    "Index",
    "index",
    "heading",
    "width",
    "height",
    "Level",
    "apiCode",
    "total",
    "rank",
    "distance",
    "fieldOfView",
    "Accuracy",
];

/// One random mutation of the tree.
fn mutate_tree(rng: &mut fastrand::Rng, root: &mut Value) {
    match rng.u8(..16) {
        // Replace a random node by a scalar, an array or object, or deep nesting.
        0 => {
            if let Some(node) = random_node(rng, root, &[]) {
                *node = random_scalar(rng);
            }
        }
        1 => {
            if let Some(node) = random_node(rng, root, &[]) {
                *node = random_value(rng, 3);
            }
        }
        2 => {
            if let Some(node) = random_node(rng, root, &[]) {
                *node = deep_nesting(rng);
            }
        }
        // Change a value's type.
        3 | 4 => {
            if let Some(node) = random_node(rng, root, NUMBER_KEYS) {
                *node = change_type(rng, node);
            }
        }
        // Delete a key.
        5 => {
            if let Some(map) = random_object(rng, root)
                && !map.is_empty()
            {
                let key = map
                    .keys()
                    .nth(rng.usize(..map.len()))
                    .cloned()
                    .unwrap_or_default();
                map.remove(&key);
            }
        }
        // Duplicate a key (the writer emits it twice), with the same or another value.
        6 => {
            if let Some(map) = random_object(rng, root)
                && !map.is_empty()
            {
                let (key, value) = map
                    .iter()
                    .nth(rng.usize(..map.len()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .unwrap_or_default();
                let value = if rng.bool() {
                    value
                } else {
                    random_scalar(rng)
                };
                map.insert(format!("{DUP}{key}"), value);
            }
        }
        // Numbers at their limits, as numbers or as strings.
        7 => {
            if let Some(node) = random_node(rng, root, NUMBER_KEYS) {
                *node = if rng.bool() {
                    raw(pick::<&str>(rng, RAW_TOKENS))
                } else {
                    Value::String(pick(rng, NUMBER_STRINGS).to_string())
                };
            }
        }
        // Very long strings, non-ASCII, emoji.
        8 => {
            if let Some(node) = random_node(rng, root, URL_KEYS) {
                *node = match node {
                    Value::String(s) => {
                        let at = rng.usize(..=s.chars().count());
                        Value::String(insert_at_char(s, at, &random_text(rng)))
                    }
                    _ => Value::String(random_text(rng)),
                };
            }
        }
        // `{{sizeprefix}}` in odd places: in any string, as a key, as an id.
        9 => {
            let piece = *pick(
                rng,
                &[
                    "{{sizeprefix}}",
                    "[[sizeprefix]]",
                    "{{sizeprefix",
                    "/lth/",
                    "{{sizeprefix}}/lth/",
                ],
            );
            match rng.u8(..3) {
                0 => {
                    if let Some(map) = random_object(rng, root) {
                        map.insert(piece.to_owned(), Value::String(piece.to_owned()));
                    }
                }
                _ => {
                    if let Some(node) = random_node(rng, root, URL_KEYS) {
                        *node = match node {
                            Value::String(s) => {
                                let at = rng.usize(..=s.chars().count());
                                Value::String(insert_at_char(s, at, piece))
                            }
                            _ => Value::String(piece.to_owned()),
                        };
                    }
                }
            }
        }
        // Dates the parsers may choke on.
        10 => {
            if let Some(node) = random_node(rng, root, DATE_KEYS) {
                *node = Value::String(pick(rng, DATES).to_string());
            }
        }
        // `data` (or any array) keyed by row index.
        11 => {
            if let Some(data) = root.pointer_mut("/result/data")
                && rng.bool()
            {
                let items = match &*data {
                    Value::Array(items) => items.clone(),
                    Value::Object(map) => map.values().cloned().collect(),
                    other => vec![other.clone()],
                };
                *data = keyed(rng, &items);
            } else if let Some(node) =
                random_node(rng, root, &["data", "photos", "osv", "currentPageItems"])
                && let Value::Array(items) = node
            {
                let items = items.clone();
                *node = keyed(rng, &items);
            }
        }
        // A field the decoders read, where it is not expected.
        12 => {
            if let Some(map) = random_object(rng, root) {
                map.insert(pick(rng, KNOWN_KEYS).to_string(), random_value(rng, 2));
            }
        }
        // The status envelope.
        13 => {
            let code = match rng.u8(..3) {
                0 => raw(pick::<&str>(rng, RAW_TOKENS)),
                1 => Value::String(
                    pick(
                        rng,
                        &[
                            "600",
                            " 600 ",
                            "600.0",
                            "6e2",
                            "",
                            "618",
                            "abc",
                            "-600",
                            "99999999999999999999",
                        ],
                    )
                    .to_string(),
                ),
                _ => random_scalar(rng),
            };
            match root.pointer_mut("/status") {
                Some(Value::Object(status)) if rng.u8(..4) != 0 => {
                    status.insert("apiCode".to_owned(), code);
                }
                Some(status) => *status = random_value(rng, 2),
                None => {
                    if let Value::Object(map) = root {
                        let mut status = Map::new();
                        status.insert("apiCode".to_owned(), code);
                        map.insert("status".to_owned(), Value::Object(status));
                    }
                }
            }
        }
        // Rename a key (case, spaces, emoji).
        14 => {
            if let Some(map) = random_object(rng, root)
                && !map.is_empty()
            {
                let key = map
                    .keys()
                    .nth(rng.usize(..map.len()))
                    .cloned()
                    .unwrap_or_default();
                if let Some(value) = map.remove(&key) {
                    let renamed = match rng.u8(..4) {
                        0 => key.to_uppercase(),
                        1 => format!(" {key}"),
                        2 => format!("{key}💥"),
                        _ => key.to_lowercase(),
                    };
                    map.insert(renamed, value);
                }
            }
        }
        // Duplicate an array item, or empty an array.
        _ => {
            if let Some(node) = random_node(rng, root, &["data", "photos"])
                && let Value::Array(items) = node
            {
                if items.is_empty() || rng.u8(..4) == 0 {
                    items.clear();
                } else {
                    let item = items[rng.usize(..items.len())].clone();
                    items.insert(rng.usize(..=items.len()), item);
                }
            }
        }
    }
}

/// Writes JSON, emitting `RAW` strings verbatim and `DUP` keys as duplicates.
fn write_json(value: &Value, out: &mut String) {
    match value {
        Value::String(s) if s.starts_with(RAW) => out.push_str(&s[RAW.len()..]),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                let key = k.strip_prefix(DUP).unwrap_or(k);
                out.push_str(&Value::String(key.to_owned()).to_string());
                out.push(':');
                write_json(v, out);
            }
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

// ---------------------------------------------------------------------------------------------
// Byte mutations
// ---------------------------------------------------------------------------------------------

const PUNCTUATION: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b",",
    b"\"",
    b"\\",
    b"\\u",
    b"\\ud800",
    b"\"\"",
    b"{}",
    b"[]",
    b"null",
    b"true",
    b"false",
    b"-0",
    b"1e308",
    b"1e999",
    b"-",
    b".",
    b"e",
    b"\0",
    b"\xff",
    b"\xc3",
    b"\xf0\x9f\x92\xa5",
    b"\xef\xbb\xbf",
    b" ",
    b"\n",
    b"{{sizeprefix}}",
    b",,",
    b"::",
    b"\"id\":",
    b"\"status\":{\"apiCode\":600},",
];

fn mutate_bytes(rng: &mut fastrand::Rng, input: &mut Vec<u8>, other: &[u8]) {
    let len = input.len();
    match rng.u8(..9) {
        // Bit flips.
        0 if len > 0 => {
            for _ in 0..rng.usize(1..=8) {
                let at = rng.usize(..len);
                input[at] ^= 1 << rng.u8(..8);
            }
        }
        // An interesting byte.
        1 if len > 0 => {
            let at = rng.usize(..len);
            input[at] = *pick(rng, b"\0\xff\x7f\x80\"\\{}[]:,0-e.9 \n\xc3\xa9");
        }
        // JSON punctuation inserted.
        2 | 3 => {
            let at = rng.usize(..=len);
            let piece = pick(rng, PUNCTUATION);
            input.splice(at..at, piece.iter().copied());
        }
        // A span deleted.
        4 if len > 0 => {
            let from = rng.usize(..len);
            let to = (from + rng.usize(1..=64)).min(len);
            input.drain(from..to);
        }
        // A span duplicated, in place or elsewhere.
        5 if len > 0 => {
            let from = rng.usize(..len);
            let to = (from + rng.usize(1..=256)).min(len);
            let span = input[from..to].to_vec();
            let at = if rng.bool() { to } else { rng.usize(..=len) };
            input.splice(at..at, span);
        }
        // Truncated.
        6 if len > 0 => input.truncate(rng.usize(..len)),
        // Spliced with another seed.
        7 if !other.is_empty() => {
            let at = rng.usize(..=len);
            let from = rng.usize(..other.len());
            let to = (from + rng.usize(1..=512)).min(other.len());
            if rng.bool() {
                input.truncate(at);
            }
            input.splice(
                at.min(input.len())..at.min(input.len()),
                other[from..to].iter().copied(),
            );
        }
        // A digit run replaced by an extreme number.
        _ => {
            let digits: Vec<usize> = (0..len).filter(|&i| input[i].is_ascii_digit()).collect();
            if !digits.is_empty() {
                let start = *pick(rng, &digits);
                let end = (start..len)
                    .find(|&i| !input[i].is_ascii_digit())
                    .unwrap_or(len);
                let token = pick(rng, RAW_TOKENS).as_bytes();
                input.splice(start..end, token.iter().copied());
            }
        }
    }
}

/// Where a cut can fall: inside or outside a string, after which kind of byte.
fn position_class(in_string: bool, previous: u8) -> (bool, &'static str) {
    let kind = match previous {
        b'{' => "{",
        b'}' => "}",
        b'[' => "[",
        b']' => "]",
        b':' => ":",
        b',' => ",",
        b'"' => "quote",
        b'\\' => "backslash",
        b'0'..=b'9' => "digit",
        b'-' | b'+' | b'.' | b'e' | b'E' => "number sign",
        b' ' | b'\n' | b'\r' | b'\t' => "whitespace",
        0xc0..=0xff => "utf-8 lead byte",
        0x80..=0xbf => "utf-8 continuation",
        b'a'..=b'z' | b'A'..=b'Z' => "letter",
        _ => "other",
    };
    (in_string, kind)
}

/// Every cut position of `bytes`, grouped by [`position_class`].
fn cuts_by_class(bytes: &[u8]) -> std::collections::BTreeMap<(bool, &'static str), Vec<usize>> {
    let mut classes: std::collections::BTreeMap<(bool, &'static str), Vec<usize>> =
        std::collections::BTreeMap::new();
    let mut in_string = false;
    let mut escaped = false;
    for (i, &b) in bytes.iter().enumerate() {
        // Cutting after byte i leaves bytes[..=i].
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if b == b'"' {
            in_string = true;
        }
        classes
            .entry(position_class(in_string, b))
            .or_default()
            .push(i + 1);
    }
    classes
}

// ---------------------------------------------------------------------------------------------
// The strategies
// ---------------------------------------------------------------------------------------------

/// The harness itself: a panic is caught, located, and its input saved where the report says.
#[test]
fn a_panic_is_caught_and_its_input_saved() {
    let mut campaign = Campaign::new("self-test-expected-panic", 0);
    let input = b"{\"boom\":1}";
    let verdict = campaign.run_with(input, "self-test", |_| panic!("boom on purpose"));
    assert!(verdict.is_none());
    assert_eq!(campaign.panics.len(), 1);
    let report = &campaign.panics[0];
    assert!(report.contains("boom on purpose"), "{report}");
    assert!(
        report.contains("fuzz_decoders.rs:"),
        "no location: {report}"
    );
    let path = reproducer_dir().join("self-test-expected-panic-0000000000000000-1.bin");
    assert!(report.contains(&path.display().to_string()), "{report}");
    assert_eq!(std::fs::read(&path).ok().as_deref(), Some(&input[..]));
}

/// Every seed that is a response body decodes unmutated (or is the API error it records): the
/// harness is not vacuous.
#[test]
fn unmutated_seeds_decode() {
    let mut campaign = Campaign::new("seeds", 0);
    let mut photos = 0;
    let mut urls = 0;
    for seed in seeds() {
        let full = campaign.run(&seed.full, &seed.name);
        if seed.bytes != seed.full {
            campaign.run(&seed.bytes, &format!("{} (trimmed)", seed.name));
        }
        let Some(v) = full else {
            continue;
        };
        if seed.value.as_ref().and_then(|v| v.get("status")).is_none() {
            println!(
                "fuzz: seed {}: not a response body (no status envelope): only checked not to panic",
                seed.name
            );
            continue;
        }
        let api_error = decode::any_photos(&seed.full, API_BASES[0])
            .err()
            .and_then(|e| e.api_code());
        assert!(
            v.ok > 0 || api_error.is_some(),
            "{}: no decoder accepts it and it is no API error",
            seed.name
        );
        println!(
            "fuzz: seed {}: {} decoders ok, {} errors, {} photos, {} image URLs",
            seed.name, v.ok, v.err, v.photos, v.urls
        );
        photos += v.photos;
        urls += v.urls;
    }
    campaign.finish();
    assert!(
        photos > 0 && urls > 0,
        "the seeds built no photo with a URL"
    );
}

/// (a) Arbitrary bytes: uniform, from the JSON alphabet, and token soup.
#[test]
fn arbitrary_bytes() {
    let seed = seed_of("arbitrary bytes", 0x6b61_7274_6100_0001);
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut campaign = Campaign::new("arbitrary bytes", seed);
    const ALPHABET: &[u8] = b"{}[]:,\"\\ 0123456789-+.eEtrufalsn\n\xc3\xa9";
    const TOKENS: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\"status\"",
        "\"apiCode\"",
        "600",
        "\"600\"",
        "\"result\"",
        "\"data\"",
        "\"id\"",
        "\"1\"",
        "\"osv\"",
        "\"photos\"",
        "\"currentPageItems\"",
        "null",
        "true",
        "\"{{sizeprefix}}\"",
        "\"0000-00-00 00:00:00\"",
        "-0",
        "1e308",
        "\"lat\"",
        "\"fileurl\"",
        "\"photo\"",
    ];
    for i in 0..iterations() {
        let len = if rng.u8(..16) == 0 {
            rng.usize(..8192)
        } else {
            rng.usize(..256)
        };
        let input: Vec<u8> = match i % 3 {
            0 => std::iter::repeat_with(|| rng.u8(..)).take(len).collect(),
            1 => std::iter::repeat_with(|| *pick(&mut rng, ALPHABET))
                .take(len)
                .collect(),
            _ => std::iter::repeat_with(|| *pick(&mut rng, TOKENS))
                .take(len / 4)
                .collect::<String>()
                .into_bytes(),
        };
        campaign.run(&input, "arbitrary");
    }
    let campaign = campaign.finish();
    assert!(campaign.rejected > 0, "arbitrary bytes were all accepted");
}

/// (b) Byte mutations of the seeds: bit flips, interesting bytes, JSON punctuation inserted,
/// spans deleted and duplicated, truncation, splices of two seeds, extreme numbers.
#[test]
fn byte_mutations_of_the_seeds() {
    let seed = seed_of("byte mutations", 0x6b61_7274_6100_0002);
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut campaign = Campaign::new("byte mutations", seed);
    let seeds = seeds();
    for _ in 0..iterations() {
        let base = pick(&mut rng, seeds);
        let other = &pick(&mut rng, seeds).bytes;
        let mut input = base.bytes.clone();
        for _ in 0..rng.usize(1..=4) {
            mutate_bytes(&mut rng, &mut input, other);
        }
        campaign.run(&input, &base.name);
    }
    let campaign = campaign.finish();
    assert!(
        campaign.decoded > 0 && campaign.rejected > 0,
        "byte mutations should leave some inputs decodable and break others"
    );
}

/// (b) Truncation of every seed at every kind of position: after each kind of byte, inside and
/// outside strings (mid-escape, mid-number, mid-UTF-8 character, after `{`, `:`, `,`, ...).
#[test]
fn truncation_at_every_kind_of_position() {
    let seed = seed_of("truncation", 0x6b61_7274_6100_0003);
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut campaign = Campaign::new("truncation", seed);
    let seeds = seeds();
    let classes: Vec<_> = seeds.iter().map(|s| cuts_by_class(&s.bytes)).collect();
    let kinds: usize = classes.iter().map(|c| c.len()).sum();
    let per_kind = (iterations() / kinds.max(1)).max(1);
    let mut kinds_seen = std::collections::BTreeSet::new();
    for (seed, classes) in seeds.iter().zip(&classes) {
        for (kind, cuts) in classes {
            kinds_seen.insert(*kind);
            // The first and last cut of the kind, then random ones.
            let mut chosen = vec![cuts[0], cuts[cuts.len() - 1]];
            chosen.extend((2..per_kind).map(|_| *pick(&mut rng, cuts)));
            chosen.truncate(per_kind.max(1));
            for cut in chosen {
                campaign.run(
                    &seed.bytes[..cut],
                    &format!("{} cut at {cut} ({kind:?})", seed.name),
                );
            }
        }
    }
    println!(
        "fuzz: truncation: {} kinds of position: {kinds_seen:?}",
        kinds_seen.len()
    );
    campaign.finish();
}

/// (c) JSON-tree mutations of the parsed seeds: nodes replaced by scalars, containers and deep
/// nesting, types changed, keys deleted, duplicated and renamed, extreme numbers, very long and
/// non-ASCII strings, `{{sizeprefix}}` in odd places, odd dates, keyed `data`, the envelope.
#[test]
fn json_tree_mutations_of_the_seeds() {
    let seed = seed_of("json-tree mutations", 0x6b61_7274_6100_0004);
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut campaign = Campaign::new("json-tree mutations", seed);
    let parsed: Vec<(&Seed, Value)> = seeds()
        .iter()
        .filter_map(|s| {
            let mut value = s.value.clone()?;
            if s.full.len() > TRIM_ABOVE {
                trim(&mut value);
            }
            Some((s, value))
        })
        .collect();
    let mut photos_decoded = 0;
    for _ in 0..iterations() {
        let (base, value) = pick(&mut rng, &parsed);
        let mut value = value.clone();
        for _ in 0..rng.usize(1..=3) {
            mutate_tree(&mut rng, &mut value);
        }
        let mut input = String::new();
        write_json(&value, &mut input);
        if let Some(v) = campaign.run(input.as_bytes(), &base.name) {
            photos_decoded += usize::from(v.photos > 0);
        }
    }
    let campaign = campaign.finish();
    assert!(
        campaign.decoded * 4 > campaign.executions,
        "most tree mutations keep a decodable response: only {} of {}",
        campaign.decoded,
        campaign.executions
    );
    assert!(photos_decoded > 0, "no mutated input still yields photos");
    assert!(campaign.rejected > 0, "no tree mutation was rejected");
}

/// HTTP bodies, error statuses or not, served to the client: the error path
/// (`error_from_body` through `Client::call`) and the typed success path never panic.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_error_bodies_through_the_client() {
    use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

    #[derive(Clone)]
    struct Served(Arc<Mutex<(u16, Vec<u8>)>>);
    impl Respond for Served {
        fn respond(&self, _: &Request) -> ResponseTemplate {
            let (status, body) = self.0.lock().unwrap_or_else(|e| e.into_inner()).clone();
            ResponseTemplate::new(status).set_body_raw(body, "application/json")
        }
    }

    install_panic_hook();
    let seed = seed_of("http bodies", 0x6b61_7274_6100_0005);
    let mut rng = fastrand::Rng::with_seed(seed);
    let served = Served(Arc::new(Mutex::new((200, Vec::new()))));
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(served.clone())
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    const STATUSES: [u16; 11] = [200, 201, 400, 401, 403, 404, 409, 429, 500, 502, 503];

    let seeds = seeds();
    let parsed: Vec<Value> = seeds
        .iter()
        .filter(|s| s.bytes.len() <= TRIM_ABOVE)
        .filter_map(|s| s.value.clone())
        .collect();
    let started = Instant::now();
    let runs = (iterations() / 2).max(STATUSES.len());
    let (mut ok, mut rejected, mut api_errors, mut panics) = (0, 0, 0, Vec::new());
    for i in 0..runs + 2 {
        let (status, body, operation) = match i {
            // Known answers first: the harness is not vacuous.
            0 => (400, own(seeds, "v1-error-duplicate.json"), 0),
            1 => (200, own(seeds, "v2-sequence-get.json"), 1),
            _ => {
                let body = match rng.u8(..5) {
                    0 => pick(&mut rng, seeds).bytes.clone(),
                    1 => {
                        let mut body = pick(&mut rng, seeds).bytes.clone();
                        let other = pick(&mut rng, seeds).bytes.clone();
                        for _ in 0..rng.usize(1..=3) {
                            mutate_bytes(&mut rng, &mut body, &other);
                        }
                        body
                    }
                    2 => pick(
                        &mut rng,
                        &[
                            &b""[..],
                            b"<html><body>502 Bad Gateway</body></html>",
                            b"null",
                            b"{}",
                            b"\xff\xfe\x00",
                            b"{\"status\":{\"apiCode\":600}}",
                            b"{\"status\":{\"apiCode\":\"6e2\",\"apiMessage\":null}}",
                        ],
                    )
                    .to_vec(),
                    _ => {
                        let mut value = pick(&mut rng, &parsed).clone();
                        for _ in 0..rng.usize(1..=3) {
                            mutate_tree(&mut rng, &mut value);
                        }
                        let mut out = String::new();
                        write_json(&value, &mut out);
                        out.into_bytes()
                    }
                };
                (*pick(&mut rng, &STATUSES), body, rng.u8(..5))
            }
        };
        *served.0.lock().unwrap_or_else(|e| e.into_inner()) = (status, body.clone());
        let c = client.clone();
        let task = tokio::spawn(async move {
            match operation {
                0 => c.photo(1).await.map(|p| p.id),
                1 => c.sequence(1).await.map(|s| s.id),
                2 => c.video(1).await.map(|v| v.id),
                3 => c.user_metrics(1).await.map(|m| m.rank.unwrap_or(0)),
                _ => c.user("someone").await.map(|u| u.id.unwrap_or(0)),
            }
        });
        match task.await {
            Ok(Ok(_)) => {
                assert!(status < 300, "HTTP {status} was taken for a success");
                ok += 1;
            }
            Ok(Err(e)) => {
                touch_error(&e);
                api_errors += usize::from(e.api_code().is_some());
                if i == 0 {
                    assert_eq!(
                        e.api_code(),
                        Some(kartaview_ext::ApiCode::DuplicateEntry),
                        "{e}"
                    );
                }
                rejected += 1;
            }
            Err(join) => {
                let message = if join.is_panic() {
                    panic_message(&*join.into_panic())
                } else {
                    "cancelled".to_owned()
                };
                let path =
                    save_reproducer(&format!("http-{seed:016x}-{i}-status{status}.bin"), &body);
                let report = format!(
                    "HTTP {status} body (operation {operation}) panicked: {message}\n  input saved to {}\n  input: {}",
                    path.display(),
                    preview(&body)
                );
                println!("fuzz: PANIC: {report}");
                panics.push(report);
            }
        }
        if i == 1 {
            assert_eq!(
                ok, 1,
                "the unmutated sequence did not decode through the client"
            );
        }
    }
    println!(
        "fuzz: http bodies through the client: {} executions, {ok} decoded ok, {rejected} rejected \
         with an error ({api_errors} of them API errors) in {:.2?}",
        runs + 2,
        started.elapsed()
    );
    assert!(
        panics.is_empty(),
        "{} bodies panicked the client:\n{}",
        panics.len(),
        panics.join("\n")
    );
    assert!(api_errors > 0 && rejected > 0);
}

fn own(seeds: &[Seed], name: &str) -> Vec<u8> {
    seeds
        .iter()
        .find(|s| !s.real && s.name == name)
        .map(|s| s.full.clone())
        .unwrap_or_else(|| panic!("own fixture {name} is missing"))
}

/// Hand-made edge cases, nesting at serde_json's depth limit, and (marked in `EDGE_CASES`) the
/// inputs cargo-fuzz found: none may panic.
#[test]
fn regression_inputs() {
    let mut campaign = Campaign::new("regressions", 0);
    let mut cases: Vec<(String, Vec<u8>)> = EDGE_CASES
        .iter()
        .map(|c| ((*c).to_owned(), c.as_bytes().to_vec()))
        .collect();
    for depth in [126usize, 127, 128, 129] {
        let nested = format!(
            "{{\"status\":{{\"apiCode\":600}},\"result\":{{\"data\":{}1{}}}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        cases.push((format!("data nested {depth} deep"), nested.into_bytes()));
        let tracks = format!(
            "{{\"status\":{{\"apiCode\":600}},\"tracksStatus\":{}1{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        cases.push((
            format!("tracksStatus nested {depth} deep"),
            tracks.into_bytes(),
        ));
    }
    for (name, input) in &cases {
        campaign.run(input, name);
    }
    campaign.finish();
}

const EDGE_CASES: &[&str] = &[
    "",
    "{",
    "{\"status\":{\"apiCode\":600},\"result\":{\"data\":[{\"id\":\"1\",\"shotDate\":\"+262143-12-31T23:59:59Z\"}]}}",
    "{\"status\":{\"apiCode\":600},\"result\":{\"data\":[{\"id\":\"1\",\"shotDate\":\"262143-12-31 23:59:59\"}]}}",
    "{\"status\":{\"apiCode\":600},\"osv\":{\"photos\":[{\"id\":\"1\",\"timestamp\":\"9223372036854775807\"}]}}",
    "{\"status\":{\"apiCode\":600},\"osv\":{\"photos\":[{\"id\":\"1\",\"timestamp\":\"8210298412800\"}]}}",
    "{\"status\":{\"apiCode\":600},\"result\":{\"data\":{\"-1\":{\"id\":\"1\"},\"\":{\"id\":\"1\"},\"18446744073709551616\":{\"id\":2}}}}",
    "{\"status\":{\"apiCode\":600},\"result\":{\"data\":[{\"id\":9000000000000001,\"lat\":1e308,\"lng\":-1e308}]}}",
    "{\"status\":{\"apiCode\":600},\"result\":{\"data\":[{\"id\":\"8999999999999999.0\",\"sequenceIndex\":\"-0\"}]}}",
    "{\"status\":{\"apiCode\":600},\"result\":{\"data\":[{\"id\":\"1\",\"fileurl\":\"{{sizeprefix}}{{sizeprefix}}[[sizeprefix]]\",\"fileurlLTh\":\"/lth/\"}]}}",
    "{\"status\":{\"apiCode\":600},\"result\":{\"data\":[{\"id\":\"1\",\"qualityDetails\":\"[{\\\"label\\\":\\\"x\\\"}]\",\"cameraParameters\":\"{\\\"fLen\\\":1e999}\"}]}}",
    "{\"status\":{\"apiCode\":\"6e2\"}}",
    "{\"status\":{\"apiCode\":\"99999999999999999999\"}}",
    "{\"status\":{\"apiCode\":-9223372036854775808,\"apiMessage\":\"💥\"}}",
    "{\"status\":{\"apiCode\":600},\"status\":{\"apiCode\":618}}",
    "{\"status\":{\"apiCode\":600},\"currentPageItems\":[{\"id\":\"1\",\"name\":\"\",\"lth_name\":\"💥/lth/x\"}]}",
    // Inputs that crash a cargo-fuzz target (fuzz/README.md) belong here, minimized, with the
    // target and date; the runs recorded in docs/RELIABILITY.md found none.
];
