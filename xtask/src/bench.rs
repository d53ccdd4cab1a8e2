//! `cargo xtask bench`: runs kartaview-ext's benchmarks and the whole-process benchmark of the
//! `kartaview` binary, and writes `docs/PERFORMANCE.md`, each figure a ratio against a baseline
//! measured in the same run. `cargo xtask bench --process`: the whole-process part alone;
//! `cargo xtask bench --recording`: the recording-metadata part alone.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};
use serde_json::Value;

/// The report, relative to the workspace root.
pub const PERFORMANCE_PATH: &str = "docs/PERFORMANCE.md";

const BENCHES: [&str; 5] = ["decode", "pagination", "upload", "download", "upload_state"];
const COMMAND: &str = "cargo xtask bench";

/// Runs the benchmarks, then writes the report. Returns the text to print.
pub fn run_bench(root: &Path) -> Result<String> {
    let mut cargo = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cargo
        .current_dir(root)
        .args(["bench", "-p", "kartaview-ext"]);
    for bench in BENCHES {
        cargo.args(["--bench", bench]);
    }
    let status = cargo.status().context("cannot run cargo bench")?;
    if !status.success() {
        bail!("cargo bench failed ({status})");
    }
    bench_recording(root)?;
    bench_process(root)?;
    let report = render(&target_dir(root), &machine())?;
    let path = root.join(PERFORMANCE_PATH);
    std::fs::write(&path, &report).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(format!("{PERFORMANCE_PATH}: written\n"))
}

/// `cargo xtask bench --process`: the whole-process benchmark alone (about a minute); its
/// section of the report is replaced, the rest left as it is.
pub fn run_process_bench(root: &Path) -> Result<String> {
    bench_process(root)?;
    let section = process_section(&target_dir(root))?;
    replace_section(root, PROCESS_BEGIN, PROCESS_END, &section, None)?;
    Ok(format!(
        "{PERFORMANCE_PATH}: whole-process section written\n"
    ))
}

/// `cargo xtask bench --recording`: the recording-metadata benchmark alone; its section of the
/// report is replaced, the rest left as it is.
pub fn run_recording_bench(root: &Path) -> Result<String> {
    bench_recording(root)?;
    let section = recording_section(&target_dir(root))?;
    // Where `render` puts it: before the whole-process section.
    replace_section(
        root,
        RECORDING_BEGIN,
        RECORDING_END,
        &section,
        Some(PROCESS_BEGIN),
    )?;
    Ok(format!(
        "{PERFORMANCE_PATH}: recording-metadata section written\n"
    ))
}

/// Replaces the report's section between `begin` and `end`; when absent, it goes before
/// `before` (if that is in the report) or at the end.
fn replace_section(
    root: &Path,
    begin_marker: &str,
    end_marker: &str,
    section: &str,
    before: Option<&str>,
) -> Result<()> {
    let path = root.join(PERFORMANCE_PATH);
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    let report = match (old.find(begin_marker), old.find(end_marker)) {
        // One blank line after the section, however many the file had.
        (Some(begin), Some(end)) if begin < end => format!(
            "{}{section}\n{}",
            &old[..begin],
            old[end + end_marker.len()..].trim_start_matches('\n')
        ),
        _ => match before.and_then(|marker| old.find(marker)) {
            Some(at) => format!("{}{section}\n{}", &old[..at], &old[at..]),
            None => format!("{old}\n{section}"),
        },
    };
    std::fs::write(&path, report).with_context(|| format!("cannot write {}", path.display()))
}

/// Runs `tests/benches/recording.rs`, which writes `target/kartaview-bench/recording.json`.
/// The official parser it compares with comes from the environment
/// (`KARTAVIEW_BENCH_UPLOAD_SCRIPTS`); without it that row says why it is missing.
fn bench_recording(root: &Path) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .current_dir(root)
        .args(["bench", "-p", "kartaview-tests", "--bench", "recording"])
        .status()
        .context("cannot run cargo bench")?;
    if !status.success() {
        bail!("cargo bench -p kartaview-tests --bench recording failed ({status})");
    }
    Ok(())
}

const RECORDING_BEGIN: &str = "<!-- recording: begin -->";
const RECORDING_END: &str = "<!-- recording: end -->";

/// The recording-metadata section, from `target/kartaview-bench/recording.json`.
pub fn recording_section(target: &Path) -> Result<String> {
    let path = target.join("kartaview-bench").join("recording.json");
    let r = read_json(&path)?;
    let num = |v: &Value, key: &str| v.get(key).and_then(Value::as_f64).unwrap_or(f64::NAN);
    let four = r.get("four_hours").cloned().unwrap_or(Value::Null);
    let official = r.get("official").cloned().unwrap_or(Value::Null);
    let mib = |bytes: f64| bytes / (1024.0 * 1024.0);
    let mut out = String::new();
    writeln!(out, "{RECORDING_BEGIN}")?;
    writeln!(
        out,
        "## Reading a recording's metadata (`kartaview_ext::recording`)"
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "A one-hour 2.0 video recording written by the tests' generator (`kartaview_tests::recording`, the Android writer's grammar): {} frames, a GPS row a second, a compass and three motion-sensor rows ten times a second, {} lines, {:.1} MiB. Baseline: the official uploader's parser on the same file in the same run, `metadata_parser(path, Local()).items_with_class(PhotoMetadata)` of kartaview/upload-scripts, timed inside its Python process (imports excluded). Times are the fastest of {} runs (ours) and of {} (theirs): the machine is shared, and the fastest run is the least disturbed. *Peak heap* is the most the reader held at once above what was allocated before it started (a counting allocator in the bench); the official parser's column is its process's maximum resident set, interpreter included.",
        num(&r, "frames"),
        num(&r, "lines"),
        mib(num(&r, "bytes")),
        num(&r, "runs"),
        num(&r, "official_runs"),
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "| reader | file | frames | time | ratio to the official parser | peak memory |"
    )?;
    writeln!(out, "| --- | --- | --- | --- | --- | --- |")?;
    let official_ms = official.get("ms").and_then(Value::as_f64);
    let ratio = |ms: f64| match official_ms {
        Some(base) => format!("{:.3}", ms / base),
        None => "–".to_owned(),
    };
    match official_ms {
        Some(ms) => writeln!(
            out,
            "| upload-scripts{} (Python {}), baseline | one hour, plain | {} | {ms:.1} ms | 1.000 | {:.1} MiB (resident) |",
            official
                .get("revision")
                .and_then(Value::as_str)
                .map(|r| format!(" {r}"))
                .unwrap_or_default(),
            official
                .get("python")
                .and_then(Value::as_str)
                .unwrap_or("?"),
            num(&official, "photos"),
            num(&official, "max_rss_mib"),
        )?,
        None => writeln!(
            out,
            "| upload-scripts: not measured ({}) | one hour, plain | – | – | – | – |",
            official
                .get("skipped")
                .and_then(Value::as_str)
                .unwrap_or("no result")
        )?,
    }
    // The official parser read the one-hour file only: no ratio for the four-hour one.
    for (file, ms, frames, peak, compared) in [
        (
            "one hour, plain",
            num(&r, "ours_ms"),
            num(&r, "frames"),
            num(&r, "ours_peak_heap_kib"),
            true,
        ),
        (
            "one hour, gzip",
            num(&r, "ours_gzip_ms"),
            num(&r, "frames"),
            num(&r, "ours_gzip_peak_heap_kib"),
            true,
        ),
        (
            "four hours, plain",
            num(&four, "ours_ms"),
            num(&four, "frames"),
            num(&four, "ours_peak_heap_kib"),
            false,
        ),
    ] {
        writeln!(
            out,
            "| `MetadataReader` | {file} | {frames} | {ms:.1} ms | {} | {peak:.0} KiB (heap) |",
            if compared {
                ratio(ms)
            } else {
                "–".to_owned()
            }
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "The reader holds a buffer of 64 KiB of the file (rows are read where they lie in it), the file's own read buffer and, for gzip, the decompressor's state, whatever the file's length: its peak heap is the same for four hours ({:.1} MiB, {} lines) as for one. Rerun this section alone: `KARTAVIEW_BENCH_UPLOAD_SCRIPTS=DIR cargo xtask bench --recording`, where DIR holds upload-scripts' source (`git archive HEAD | tar -x -C DIR` of kartaview/upload-scripts) and `target/kartaview-bench/upload-scripts-venv` a venv with its `requirements.txt` installed (`ExifRead==3.1.0`), or `KARTAVIEW_BENCH_PYTHON` names another interpreter; `KARTAVIEW_BENCH_UPLOAD_SCRIPTS_REV` labels the revision.",
        mib(num(&four, "bytes")),
        num(&four, "lines"),
    )?;
    writeln!(out, "{RECORDING_END}")?;
    Ok(out)
}

/// Builds the release `kartaview` as a user gets it and runs `kartaview-cli/benches/process.rs`
/// on a copy of it: the binary `cargo bench` builds beside the benchmark has the features of
/// the dev-dependencies too (another binary, about 2 MB larger).
fn bench_process(root: &Path) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .current_dir(root)
        .args([
            "build",
            "--release",
            "-p",
            "kartaview-cli",
            "--bin",
            "kartaview",
        ])
        .status()
        .context("cannot run cargo build")?;
    if !status.success() {
        bail!("cargo build --release -p kartaview-cli failed ({status})");
    }
    let target = target_dir(root);
    let built = target.join("release").join("kartaview");
    let measured = target.join("kartaview-bench").join("kartaview");
    std::fs::create_dir_all(target.join("kartaview-bench"))?;
    std::fs::copy(&built, &measured)
        .with_context(|| format!("cannot copy {} to {}", built.display(), measured.display()))?;
    let status = Command::new(&cargo)
        .current_dir(root)
        .args(["bench", "-p", "kartaview-cli", "--bench", "process"])
        .env("KARTAVIEW_BENCH_BINARY", &measured)
        .status()
        .context("cannot run cargo bench")?;
    if !status.success() {
        bail!("cargo bench -p kartaview-cli --bench process failed ({status})");
    }
    Ok(())
}

const PROCESS_BEGIN: &str = "<!-- whole-process: begin -->";
const PROCESS_END: &str = "<!-- whole-process: end -->";

/// The whole-process section, from `target/kartaview-bench/process.json`.
pub fn process_section(target: &Path) -> Result<String> {
    let path = target.join("kartaview-bench").join("process.json");
    let results = read_json(&path)?;
    let num = |v: &Value, key: &str| v.get(key).and_then(Value::as_f64).unwrap_or(f64::NAN);
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).unwrap_or("?").to_owned();
    let rows = |v: &Value, key: &str| {
        v.get(key)
            .and_then(Value::as_array)
            .cloned()
            .with_context(|| format!("{} has no {key}", path.display()))
    };
    let latency = num(&results, "latency_ms");
    let round_trip = num(&results, "round_trip_ms");
    // Absent when the bench could not build its floor program.
    let floor = results
        .get("first_request_floor_ms")
        .and_then(Value::as_f64);
    let mut out = String::new();
    writeln!(out, "{PROCESS_BEGIN}")?;
    writeln!(out, "## The whole `kartaview` process")?;
    writeln!(out)?;
    writeln!(
        out,
        "The release binary as a user runs it (`kartaview --json ...`, stdout read through a pipe), against the fake KartaView answering every request after {latency:.0} ms; medians of {} runs. *Round trips* is wall time ÷ one round trip, {round_trip:.1} ms: the median time of one request for a page of 100 photos from a client inside the benchmark's process (the latency plus the fake's own work), the floor of any command that needs the network. *First request* is from the spawn to the fake having read the first request{}; *first output* to the first byte on stdout. Rows of another binary, when present, were measured in the same run, runs alternating, each round beginning with the next binary (`KARTAVIEW_BENCH_BASELINE`, named by `KARTAVIEW_BENCH_BASELINE_NAME`).",
        num(&results, "runs"),
        match floor {
            Some(floor) => format!(
                ", and its ratio to the floor, {floor:.2} ms: the same time for a std-only Rust program that only connects and sends one request (`FLOOR_PROGRAM` in the bench, built with `rustc -O`)"
            ),
            None => String::new(),
        }
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "| command | program | wall | round trips | requests | first request | first output |"
    )?;
    writeln!(out, "| --- | --- | --- | --- | --- | --- | --- |")?;
    for row in rows(&results, "photos")? {
        writeln!(
            out,
            "| `{}` | {} | {:.1} ms | {:.2} | {} | {:.1} ms{} | {:.1} ms |",
            text(&row, "label"),
            text(&row, "binary"),
            num(&row, "wall_ms"),
            num(&row, "round_trips"),
            num(&row, "requests"),
            num(&row, "first_request_ms"),
            floor.map_or(String::new(), |floor| format!(
                " ({:.1}×)",
                num(&row, "first_request_ms") / floor
            )),
            num(&row, "first_output_ms"),
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "`photos --sequence` asks for the sequence and the first window of 4 pages of 100 photos at once, so a sequence of up to 400 photos costs one round trip; up to window − 1 = 3 of those page requests can fall past the end (1 for 237 photos, counted in *requests*). The photo count then plans the remaining pages, 4 in flight, and one more request confirms the end when the last page is full (the server says `hasMoreData: true` on it). The pages are not in `sequenceIndex` order across pages, so a small reorder buffer prints the contiguous run of indexes 0, 1, 2, ... as soon as it is complete (*first output* well before the last page), and sorts what is left at the end if the indexes have a gap or a repeat: the output is the same as sorting everything, unless a later page brings a photo that sorts before lines already printed (one index sent on two pages), which then comes with the sorted rest and a logged warning. `photos --video` needs the video before it can ask for its frames: two round trips. Rows named *Python requests, pages in turn* run, where the machine has `python3` with `requests` (the HTTP library of KartaView's official upload-scripts), the script a user of that library would write instead: pages of 100 in turn until the server says there are no more, one JSON line per photo (`PYTHON_PAGES` in the bench; it asks for no sequence, and for no page before it has read the one before)."
    )?;
    writeln!(out)?;
    // Absent in results written before this measurement existed.
    if let Some(leaves) = results
        .get("first_request_leaves")
        .and_then(Value::as_array)
    {
        let floor = leaves
            .iter()
            .find(|row| text(row, "binary") == "floor")
            .map(|row| num(row, "first_request_leaves_ms"));
        writeln!(
            out,
            "*First request leaves*, measured without any server's scheduling: `kartaview --retries 0 --json photos --sequence 1` pointed at a listener of the bench's own, which only reads the kernel's receive timestamp (`SO_TIMESTAMPNS`) of the first bytes to arrive; on loopback the kernel takes it while the sender's write runs. Time after the spawn, medians of {} runs, runs alternating with the floor program measured the same way, each round beginning with the next program: on this VM the first process of a round (after the floor program or a pause) starts slower, and a fixed order gave that to the same binary every time (a run with this build as its own baseline shows it). Rows marked *https URL* point the program at `https://` instead (the production API's scheme): the first bytes are then the TLS handshake's first message, so the row shows whether anything TLS needs, such as the certificate store, is read before the first request can leave. Rows named *curl* and *Python requests* send the same request from the programs users might run instead, where the machine has them: `curl --silent --output /dev/null URL`, and `requests.get(URL)` in a new `python3`. *Page faults* are the kernel's count for the process (`wait4`) until it is stopped, 50 ms after its first connection (for an `https` row, with the thread reading the certificate store beside the first connection); *size* is the program's file, a dash for curl and Python, which load most of their code from shared libraries or an interpreter's modules.",
            num(&results, "runs"),
        )?;
        writeln!(out)?;
        writeln!(
            out,
            "| program | first request leaves | ratio to the floor | page faults | size |"
        )?;
        writeln!(out, "| --- | --- | --- | --- | --- |")?;
        // Results written before a column existed show a dash there.
        let or_dash = |value: f64, shown: String| {
            if value.is_nan() {
                "–".to_owned()
            } else {
                shown
            }
        };
        for row in leaves {
            let ms = num(row, "first_request_leaves_ms");
            let faults = num(row, "page_faults");
            let bytes = num(row, "binary_bytes");
            writeln!(
                out,
                "| {} | {ms:.2} ms | {} | {} | {} |",
                text(row, "binary"),
                floor.map_or("?".to_owned(), |floor| format!("{:.2}", ms / floor)),
                or_dash(faults, format!("{faults:.0}")),
                or_dash(bytes, format!("{:.2} MB", bytes / 1e6)),
            )?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "What the first request waits for, counted with `valgrind --tool=callgrind kartaview --retries 0 --base-url http://127.0.0.1:9 photos --sequence 1` (instructions are reproducible where times are not): over a third of the instructions is the dynamic loader, most of it applying the binary's relocations (pointers in constant tables: vtables, string tables, panic locations), which also copy every page of those tables on write; a link without PIE saves both at the price of address-space randomisation for the program's own code, a trade this project does not make (rows named so, when present, measure it). About a sixth is clap: the top-level command, then the arguments of the command that runs (no other command's are built: each is deferred), with the global options (clap's `global = true`, which copies them into the command that runs: a fraction of a millisecond, against a whole job of round trips). The rest is the runtime, the client and the requests. The TLS roots are not read for an `http` URL; for an `https` one they are read on a thread of their own while the first connection opens (only the check of the server's certificate, a round trip later, waits for them), and the TLS provider (rustls with `ring`) does no CPU probing at start-up. The rest of the time is the kernel starting the process: its page faults (the table), most of them mapping pages of the binary and its libraries. The release profile links with fat LTO and one codegen unit (`Cargo.toml`): a smaller binary with fewer relocations, for a fresh release build about a minute longer. (Packed relocations, linked in where the build machine's glibc allowed it, were dropped with the probe of glibc they needed: they saved about a millisecond of start-up in busy runs and nothing in quiet ones, well under 5% of a 237-photo `photos --sequence` at a 20 ms round trip.)"
    )?;
    writeln!(out)?;
    let decode = results
        .get("decode")
        .with_context(|| format!("{} has no decode results", path.display()))?;
    writeln!(
        out,
        "`kartaview --json decode FILE` of a generated 2.0 photo list of {} photos ({:.1} MB, the fake's own pages joined). Baseline: {}, {:.1} ms on the same file in the same run. `decode` maps the file into memory (copying 22 MB out of the page cache cost about as much as parsing it) and parses it once, straight into what it prints: each photo's printed fields, its strings borrowed from the file, every other field only checked against the type the generated decoder gives it (a body it is unsure of takes the general path). A list this large is cut into one run of items per core where one item ends and the next begins, each run parsed on its own thread; a cut is kept only when the run before it ends exactly there, and any doubt parses the body on one thread. A *jq* row, where the machine has jq, runs `jq -c '.result.data[]' FILE`: a line per photo, as a shell user would get it instead (each photo whole, where `kartaview` prints its chosen fields). Peak memory is the process's maximum resident set (`wait4` in a small process started for the purpose: Linux carries a parent's high-water mark across `exec`).",
        num(decode, "photos"),
        num(decode, "input_bytes") / 1e6,
        text(decode, "baseline"),
        num(decode, "baseline_ms"),
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "| program | wall (whole process) | ratio to baseline | peak memory | peak ÷ input size |"
    )?;
    writeln!(out, "| --- | --- | --- | --- | --- |")?;
    for row in rows(decode, "rows")? {
        writeln!(
            out,
            "| {} | {:.1} ms | {:.2} | {:.1} MiB | {:.2} |",
            text(&row, "binary"),
            num(&row, "wall_ms"),
            num(&row, "ratio_to_baseline"),
            num(&row, "max_rss_mib"),
            num(&row, "rss_over_input"),
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "Rerun this section alone: `cargo xtask bench --process` (builds the release binary, about a minute). Before/after in one run: build the other version's `kartaview` in its own directory with its own target dir (`git archive COMMIT | tar -x -C DIR`, then `cargo build --release` there), then `KARTAVIEW_BENCH_BASELINE=DIR/target/release/kartaview KARTAVIEW_BENCH_BASELINE_NAME=\"main COMMIT (before)\" cargo xtask bench --process`."
    )?;
    writeln!(out, "{PROCESS_END}")?;
    Ok(out)
}

/// Where cargo puts build output and the benchmarks their results.
pub fn target_dir(root: &Path) -> std::path::PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(Into::into)
        .unwrap_or_else(|| root.join("target"))
}

fn read_json(path: &Path) -> Result<Value> {
    let bytes = std::fs::read(path)
        .with_context(|| format!("cannot read {} (did the benchmark run?)", path.display()))?;
    serde_json::from_slice(&bytes).with_context(|| format!("{} is not JSON", path.display()))
}

/// Criterion's mean estimate of one benchmark, in nanoseconds.
fn criterion_mean_ns(target: &Path, group: &str, name: &str) -> Result<f64> {
    let path = target
        .join("criterion")
        .join(group)
        .join(name)
        .join("new/estimates.json");
    read_json(&path)?
        .pointer("/mean/point_estimate")
        .and_then(Value::as_f64)
        .with_context(|| format!("{} has no mean estimate", path.display()))
}

/// The report's text, from the results of the last run found under `target`.
pub fn render(target: &Path, machine: &str) -> Result<String> {
    let mut out = String::new();
    writeln!(out, "# Performance")?;
    writeln!(out)?;
    writeln!(
        out,
        "Written by `{COMMAND}`, which runs kartaview-ext's criterion benchmarks (`kartaview-ext/benches/`) and the whole-process benchmark of the `kartaview` binary (`kartaview-cli/benches/process.rs`) and reads their results. Every figure is a ratio against a baseline measured in the same run, so the numbers compare across machines better than the raw times (which are listed too). Rerun the command to refresh this file."
    )?;
    writeln!(out)?;
    writeln!(out, "Machine: {machine}")?;
    writeln!(out)?;

    writeln!(out, "## Decoding the 484-photo `join=photos` response")?;
    writeln!(out)?;
    writeln!(
        out,
        "The real 2 MB capture of `GET /2.0/sequence/?id=7068281&join=photos` (two keyed copies of a sequence with 484 photos) when `../shared/fixtures/real/` exists, else a synthetic body of the same shape. Baseline: parsing the same bytes into a `serde_json::Value`."
    )?;
    writeln!(out)?;
    writeln!(out, "| decoder | mean | ratio to `serde_json::Value` |")?;
    writeln!(out, "| --- | --- | --- |")?;
    let baseline = criterion_mean_ns(target, "decode_join_photos", "serde_json_value")?;
    for (name, what) in [
        ("serde_json_value", "`serde_json::Value` (baseline)"),
        ("generated_types", "generated `types::SequenceListResponse`"),
        (
            "typed_models",
            "`kartaview_ext::decode::sequence_list` (generated types, then the typed models, de-duplicated)",
        ),
    ] {
        let mean = criterion_mean_ns(target, "decode_join_photos", name)?;
        writeln!(
            out,
            "| {what} | {:.2} ms | {:.2} |",
            mean / 1e6,
            mean / baseline
        )?;
    }
    writeln!(out)?;

    for (bench, title, baseline) in [
        (
            "pagination",
            "Every photo of a sequence (`Client::sequence_photos`)",
            "one sequence request, then pages of 100 photos; the fake answers each request after 20 ms",
        ),
        (
            "upload",
            "Uploading 500 photos of 2 KiB (`Client::upload`, API 1.0)",
            "create, 500 photo uploads and the finish call; 20 ms per request",
        ),
        (
            "download",
            "Downloading 500 images (`Client::download_photos`)",
            "500 image requests to the fake's image host, 20 ms each",
        ),
    ] {
        let path = target.join("kartaview-bench").join(format!("{bench}.json"));
        let results = read_json(&path)?;
        writeln!(out, "## {title}")?;
        writeln!(out)?;
        writeln!(
            out,
            "Baseline: the round-trip floor, requests × latency: what the requests would cost one after another with no other work ({baseline}). Below 1, requests overlapped; the ideal at concurrency *c* is 1/*c*."
        )?;
        writeln!(out)?;
        writeln!(
            out,
            "| configuration | requests | mean wall time | floor | wall / floor | items per second |"
        )?;
        writeln!(out, "| --- | --- | --- | --- | --- | --- |")?;
        let rows = results
            .get("rows")
            .and_then(Value::as_array)
            .with_context(|| format!("{} has no rows", path.display()))?;
        for row in rows {
            let text = |key: &str| {
                row.get(key)
                    .and_then(Value::as_str)
                    .unwrap_or("?")
                    .to_owned()
            };
            let num = |key: &str| row.get(key).and_then(Value::as_f64).unwrap_or(f64::NAN);
            writeln!(
                out,
                "| {} | {} | {:.1} ms | {:.1} ms | {:.3} | {:.1} |",
                text("label"),
                num("requests"),
                num("mean_ms"),
                num("floor_ms"),
                num("wall_over_floor"),
                num("items_per_second"),
            )?;
        }
        writeln!(out)?;
    }
    upload_state(&mut out, target)?;
    out.push_str(&recording_section(target)?);
    writeln!(out)?;
    out.push_str(&process_section(target)?);
    writeln!(out)?;
    writeln!(out, "## Rerun")?;
    writeln!(out)?;
    writeln!(out, "```sh\n{COMMAND}\n```")?;
    writeln!(out)?;
    writeln!(
        out,
        "One benchmark alone: `cargo bench -p kartaview-ext --bench decode` (or `pagination`, `upload`, `download`, `upload_state`); the whole-process one: `cargo xtask bench --process`; the recording metadata one: `cargo xtask bench --recording` (or `cargo bench -p kartaview-tests --bench recording`). The latency benchmarks run the fake KartaView (`kartaview-mock`) in the same process on 127.0.0.1."
    )?;
    Ok(out)
}

/// The upload state's cost per confirmed photo, journal against whole-file rewrite.
fn upload_state(out: &mut String, target: &Path) -> Result<()> {
    const GROUP: &str = "upload_state_per_photo";
    writeln!(
        out,
        "## Keeping an upload resumable: state cost per confirmed photo"
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "What `Client::upload` spends on its state file for each confirmed photo when 1,000 or 20,000 photos are already confirmed (`benches/upload_state.rs`, on the target folder's disk). Baseline: the previous strategy, measured in the same run: the whole state file rewritten, synced and renamed after every photo. Now: one line appended to a journal beside the snapshot (synced every 256 lines or every second), the snapshot rewritten only when the upload ends or is loaded."
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "| photos confirmed | whole-file rewrite (baseline) | journal line | journal / rewrite |"
    )?;
    writeln!(out, "| --- | --- | --- | --- |")?;
    let mut means = Vec::new();
    for n in [1_000u32, 20_000] {
        let rewrite = criterion_mean_ns(target, GROUP, &format!("rewrite/{n}"))?;
        let journal = criterion_mean_ns(target, GROUP, &format!("journal/{n}"))?;
        writeln!(
            out,
            "| {n} | {:.1} µs | {:.2} µs | {:.4} |",
            rewrite / 1e3,
            journal / 1e3,
            journal / rewrite
        )?;
        means.push((rewrite, journal));
    }
    if let [
        (rewrite_small, journal_small),
        (rewrite_large, journal_large),
    ] = means[..]
    {
        writeln!(out)?;
        writeln!(
            out,
            "From 1,000 to 20,000 photos the cost per photo changes by {:.2}× with the journal, which writes one line whatever the count, and by {:.2}× with the whole-file rewrite, which writes every entry each time on top of a fixed sync cost (so its total over an upload grows with the square of the photo count).",
            journal_large / journal_small,
            rewrite_large / rewrite_small
        )?;
    }
    writeln!(out)?;
    Ok(())
}

/// A one-line description of this machine.
fn machine() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            let kb: f64 = info
                .lines()
                .next()?
                .split_whitespace()
                .nth(1)?
                .parse()
                .ok()?;
            Some(format!("{:.0} GiB", kb / 1024.0 / 1024.0))
        })
        .unwrap_or_else(|| "unknown memory".to_owned());
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|v| v.trim().to_owned())
        .unwrap_or_else(|| "unknown rustc".to_owned());
    format!(
        "{cpus} × {model}, {memory}, {} {}, {rustc}, release profile.",
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}
