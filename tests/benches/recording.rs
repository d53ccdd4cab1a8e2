//! Reading a one-hour 2.0 recording's metadata (issue 22 item 6): `kartaview_ext::recording`
//! against the official uploader's parser, `metadata_parser(path, Local())
//! .items_with_class(PhotoMetadata)` of kartaview/upload-scripts, on the same generated file in
//! the same run, and our peak heap while reading a one-hour and a four-hour recording.
//!
//! The uploader is not fetched here: `KARTAVIEW_BENCH_UPLOAD_SCRIPTS=DIR` names a copy of its
//! source (without it the comparison is skipped, and the results say why);
//! `KARTAVIEW_BENCH_PYTHON` the interpreter with its requirements installed (default: the venv
//! `target/kartaview-bench/upload-scripts-venv` when it exists, else `python3`);
//! `KARTAVIEW_BENCH_UPLOAD_SCRIPTS_REV` an optional label of its revision.
//!
//! Writes `target/kartaview-bench/recording.json`, which `cargo xtask bench` turns into the
//! section of `docs/PERFORMANCE.md`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use kartaview_ext::recording::MetadataReader;
use kartaview_tests::recording::{Recording, Written};
use serde_json::{Value, json};

/// Counts the heap in use and its high-water mark.
struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grow(by: usize) {
    let now = CURRENT.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is passed to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
            grow(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const RUNS: usize = 9;
const OFFICIAL_RUNS: usize = 5;

const PYTHON: &str = r#"
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from parsers.osc_metadata.parser import metadata_parser
from io_storage.storage import Local
from common.models import PhotoMetadata
path, runs = sys.argv[2], int(sys.argv[3])
times = []
for _ in range(runs):
    start = time.perf_counter()
    items = metadata_parser(path, Local()).items_with_class(PhotoMetadata)
    times.append(time.perf_counter() - start)
print(json.dumps({"times_s": times, "photos": len(items),
                  "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "python": sys.version.split()[0]}))
"#;

/// The fastest run: on a machine shared with other work, the least disturbed one.
fn fastest(values: Vec<f64>) -> f64 {
    values.into_iter().fold(f64::INFINITY, f64::min)
}

/// Reads the whole file; returns (time, peak heap above what was in use before, frames).
fn read_once(path: &Path, written: &Written) -> (Duration, usize, usize) {
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let start = Instant::now();
    let mut reader = MetadataReader::open(path).expect("opens");
    let mut frames = 0;
    let mut last = None;
    for frame in reader.by_ref() {
        let frame = frame.expect("reads");
        frames += 1;
        last = Some(frame);
    }
    let elapsed = start.elapsed();
    let peak = PEAK.load(Ordering::Relaxed) - base;
    let last = last.expect("frames");
    let want = written.frames.last().expect("frames");
    assert_eq!(
        (last.frame_index, last.time.timestamp_millis()),
        (want.frame_index, want.time_ms)
    );
    assert!(reader.summary().trailer);
    (elapsed, peak, frames)
}

fn ours(path: &Path, written: &Written, runs: usize) -> (f64, usize) {
    let mut times = Vec::new();
    let mut peak = 0;
    for _ in 0..runs {
        let (elapsed, p, frames) = read_once(path, written);
        assert_eq!(frames, written.frames.len());
        times.push(elapsed.as_secs_f64() * 1e3);
        peak = peak.max(p);
    }
    (fastest(times), peak)
}

fn generate(dir: &Path, name: &str, recording: &Recording) -> (PathBuf, Written, u64) {
    let path = dir.join(name);
    let file = std::fs::File::create(&path).expect("create");
    let written = recording.write(file).expect("write");
    let bytes = std::fs::metadata(&path).expect("size").len();
    (path, written, bytes)
}

fn python(target: &Path, path: &Path, runs: usize) -> Value {
    let Some(scripts) = std::env::var_os("KARTAVIEW_BENCH_UPLOAD_SCRIPTS") else {
        return json!({"skipped": "KARTAVIEW_BENCH_UPLOAD_SCRIPTS is not set (a copy of kartaview/upload-scripts' source)"});
    };
    let venv = target.join("kartaview-bench/upload-scripts-venv/bin/python");
    let interpreter = std::env::var_os("KARTAVIEW_BENCH_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            if venv.exists() {
                venv
            } else {
                PathBuf::from("python3")
            }
        });
    let output = Command::new(&interpreter)
        .args(["-c", PYTHON])
        .arg(&scripts)
        .arg(path)
        .arg(runs.to_string())
        .output();
    let output = match output {
        Ok(o) if o.status.success() => o,
        Ok(o) => {
            return json!({"skipped": format!(
                "{} failed: {}",
                interpreter.display(),
                String::from_utf8_lossy(&o.stderr).lines().last().unwrap_or("")
            )});
        }
        Err(e) => {
            return json!({"skipped": format!("{} cannot run ({e})", interpreter.display())});
        }
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let Some(result) = stdout
        .lines()
        .last()
        .and_then(|l| serde_json::from_str::<Value>(l).ok())
    else {
        return json!({"skipped": format!("no result from the Python run: {stdout}")});
    };
    let times: Vec<f64> = result["times_s"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_f64)
                .map(|s| s * 1e3)
                .collect()
        })
        .unwrap_or_default();
    if times.is_empty() {
        return json!({"skipped": "the Python run gave no times"});
    }
    json!({
        "ms": fastest(times),
        "photos": result["photos"],
        "max_rss_mib": result["max_rss_kib"].as_f64().map(|k| k / 1024.0),
        "python": result["python"],
        "revision": std::env::var("KARTAVIEW_BENCH_UPLOAD_SCRIPTS_REV").ok(),
    })
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let dir = target.join("kartaview-bench/recording");
    std::fs::create_dir_all(&dir).expect("results directory");

    let hour = Recording::one_hour();
    let (path, written, bytes) = generate(&dir, "track.txt", &hour);
    let mut four = Recording::one_hour();
    four.frames *= 4;
    let (path_four, written_four, bytes_four) = generate(&dir, "track-4h.txt", &four);
    let gz = dir.join("track.txt.gz");
    {
        let mut encoder = flate2::write::GzEncoder::new(
            std::fs::File::create(&gz).expect("create"),
            flate2::Compression::default(),
        );
        std::io::copy(&mut std::fs::File::open(&path).expect("open"), &mut encoder).expect("gzip");
        encoder.finish().expect("gzip");
    }

    let (ms, peak) = ours(&path, &written, RUNS);
    let (ms_gz, peak_gz) = ours(&gz, &written, RUNS);
    let (ms_four, peak_four) = ours(&path_four, &written_four, 3);
    let python = python(&target, &path, OFFICIAL_RUNS);
    let ratio = python["ms"].as_f64().map(|p| ms / p);
    if let Some(p) = python["photos"].as_u64() {
        assert_eq!(
            p as usize,
            written.frames.len(),
            "the official parser's photo count"
        );
    }
    let report = json!({
        "runs": RUNS,
        "official_runs": OFFICIAL_RUNS,
        "frames": written.frames.len(),
        "lines": written.lines,
        "bytes": bytes,
        "ours_ms": ms,
        "ours_peak_heap_kib": peak as f64 / 1024.0,
        "ours_gzip_ms": ms_gz,
        "ours_gzip_peak_heap_kib": peak_gz as f64 / 1024.0,
        "four_hours": {
            "frames": written_four.frames.len(),
            "lines": written_four.lines,
            "bytes": bytes_four,
            "ours_ms": ms_four,
            "ours_peak_heap_kib": peak_four as f64 / 1024.0,
        },
        "official": python,
        "ratio_to_official": ratio,
    });
    println!("{}", serde_json::to_string_pretty(&report).expect("json"));
    match ratio {
        Some(r) => println!("ours / official parser: {r:.4}"),
        None => println!("official parser skipped: {}", report["official"]["skipped"]),
    }
    std::fs::write(
        target.join("kartaview-bench/recording.json"),
        serde_json::to_string_pretty(&report).expect("json"),
    )
    .expect("write results");
    for p in [path, path_four, gz] {
        std::fs::remove_file(p).ok();
    }
}
