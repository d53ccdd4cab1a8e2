//! The whole `kartaview` process, as a user runs it: the release binary against the fake
//! KartaView (in this process, release-built) with 20 ms of latency per request, and `decode` of
//! a generated 10,000-photo list against Python's `json.load` of the same bytes.
//!
//! Writes `target/kartaview-bench/process.json`, which `cargo xtask bench` turns into the
//! whole-process table of `docs/PERFORMANCE.md`.
//!
//! `cargo bench -p kartaview-cli --bench process` (or `cargo xtask bench --process`). Set
//! `KARTAVIEW_BENCH_BASELINE=/path/to/another/kartaview` to measure a second binary in the same
//! run, interleaved with this one (before/after figures; `KARTAVIEW_BENCH_BASELINE_NAME` names
//! it in the report); `KARTAVIEW_BENCH_RUNS` sets the runs
//! per figure (default 7; medians are reported); `KARTAVIEW_BENCH_BINARY` the binary measured
//! as "this build" (`cargo xtask bench` passes the plain release build).
//!
//! The floor of *first request*: [`FLOOR_PROGRAM`], a std-only Rust program that connects and
//! sends one request, compiled here with `rustc -O` and measured the same way (left out, with
//! the reason printed, when `rustc` cannot build it).

use std::io::Read;
use std::os::unix::process::ExitStatusExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kartaview_mock::{
    DEFAULT_SEQUENCE_ID, DEFAULT_VIDEO_ID, Dataset, LARGE_SEQUENCE_ID, MEDIUM_SEQUENCE_ID,
    MockServer, SequenceSpec,
};
use serde_json::{Value, json};

const LATENCY: Duration = Duration::from_millis(20);

/// What any command costs before its first request can leave: a process that does nothing but
/// connect and send one request (`floor ADDRESS PATH`), then wait for the answer to begin.
const FLOOR_PROGRAM: &str = r#"
use std::io::{Read, Write};
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut stream = std::net::TcpStream::connect(&args[1]).expect("connect");
    let request = format!("GET {} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", args[2], args[1]);
    stream.write_all(request.as_bytes()).expect("write");
    let mut answer = [0u8; 1024];
    assert!(stream.read(&mut answer).expect("read") > 0, "no answer");
}
"#;

/// [`FLOOR_PROGRAM`] built in `dir`; `None` (with the reason printed) without a `rustc`.
fn floor_binary(dir: &Path) -> Option<PathBuf> {
    let source = dir.join("first_request_floor.rs");
    let binary = dir.join("first-request-floor");
    std::fs::write(&source, FLOOR_PROGRAM).expect("write the floor program");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let built = Command::new(&rustc)
        .args(["-O", "--edition", "2021", "-o"])
        .arg(&binary)
        .arg(&source)
        .status();
    match built {
        Ok(status) if status.success() => Some(binary),
        other => {
            eprintln!("no first-request floor: rustc could not build it ({other:?})");
            None
        }
    }
}

/// A program users might run instead of `kartaview` for the same request: a name with its
/// version, and the executable.
type Alternative = (String, PathBuf);

/// The programs users might run instead that this machine has, looked up once per run.
struct Alternatives {
    curl: Option<Alternative>,
    python_requests: Option<Alternative>,
    jq: Option<Alternative>,
}

impl Alternatives {
    fn find() -> Self {
        Self {
            curl: versioned_tool("curl"),
            python_requests: python_requests(),
            jq: versioned_tool("jq"),
        }
    }
}

/// `name` on `PATH`.
fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|path| path.is_file())
}

/// `name` on `PATH`, named with the version its `--version` prints first (else `None`, with
/// the reason printed): "curl 7.88.1 (x86_64…" and "jq-1.6" give "curl 7.88.1" and "jq 1.6".
fn versioned_tool(name: &str) -> Option<Alternative> {
    let found = on_path(name).and_then(|path| {
        let output = Command::new(&path).arg("--version").output().ok()?;
        let text = String::from_utf8(output.stdout).ok()?;
        let line = text.lines().next()?;
        let version: String = line[line.find(|c: char| c.is_ascii_digit())?..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        Some((format!("{name} {version}"), path))
    });
    if found.is_none() {
        eprintln!("no {name} rows: no {name} on PATH that prints its version");
    }
    found
}

/// Python with `requests`, the HTTP library of KartaView's official upload-scripts, where this
/// machine has them (else `None`, with the reason printed). The interpreter itself, not a
/// version manager's shim in front of it, which would add its own start-up.
fn python_requests() -> Option<Alternative> {
    const ASK: &str = "import sys, requests; print(sys.executable); print(requests.__version__)";
    let found = Command::new("python3")
        .args(["-c", ASK])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .and_then(|output| {
            let text = String::from_utf8(output.stdout).ok()?;
            let mut lines = text.lines();
            let executable = PathBuf::from(lines.next()?);
            let version = lines.next()?;
            Some((format!("Python requests {version}"), executable))
        });
    if found.is_none() {
        eprintln!("no Python rows: python3 with requests is not on this machine");
    }
    found
}

/// One GET with `requests`, in a new interpreter: `python3 -c PYTHON_GET URL`.
const PYTHON_GET: &str = "import sys, requests\nrequests.get(sys.argv[1])";

/// A sequence's photos as a script on `requests` gets them (`python3 -c PYTHON_PAGES BASE ID`):
/// pages of 100 in turn until the server says there are no more, one JSON line per photo.
const PYTHON_PAGES: &str = r#"import json, sys, requests
base, sequence = sys.argv[1], sys.argv[2]
session = requests.Session()
page = 1
while True:
    answer = session.get(f"{base}/2.0/photo/", params={"sequenceId": sequence, "page": page, "itemsPerPage": 100})
    answer.raise_for_status()
    result = answer.json()["result"]
    for photo in result["data"]:
        print(json.dumps(photo))
    if not result["hasMoreData"] or not result["data"]:
        break
    page += 1
"#;

const DECODE_PHOTOS: usize = 10_000;

/// One run of a child process.
struct Run {
    wall: Duration,
    /// First byte on stdout, after the spawn.
    first_output: Option<Duration>,
    stdout_lines: usize,
    /// Peak resident set, KiB.
    max_rss_kib: u64,
}

/// Runs `program args`, reading its stdout. With `memory`, it runs under this bench started
/// afresh (`--measure-child`), which reports the program's peak resident set: a child spawned
/// from this big process would inherit its high-water mark (Linux keeps it across `exec`).
fn run(program: &Path, args: &[String], spawned: &mut Option<Instant>, memory: bool) -> Run {
    let rss_file = std::env::temp_dir().join(format!("kartaview-bench-rss-{}", std::process::id()));
    let mut command = if memory {
        let mut command = Command::new(std::env::current_exe().expect("this bench"));
        command.arg("--measure-child").arg(&rss_file).arg(program);
        command
    } else {
        Command::new(program)
    };
    let start = Instant::now();
    let mut child = as_a_script(&mut command)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
    *spawned = Some(start);
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut first = None;
        let mut lines = 0;
        let mut buf = vec![0u8; 1 << 16];
        loop {
            match stdout.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    first.get_or_insert_with(|| start.elapsed());
                    lines += buf[..n].iter().filter(|b| **b == b'\n').count();
                }
            }
        }
        (first, lines)
    });
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let status = child.wait().expect("wait");
    let wall = start.elapsed();
    let (first_output, stdout_lines) = reader.join().expect("stdout reader");
    let stderr = errors.join().expect("stderr reader");
    assert!(
        status.success(),
        "{} {args:?} failed ({status}): {stderr}",
        program.display()
    );
    let max_rss_kib = if memory {
        let text = std::fs::read_to_string(&rss_file).expect("the peak memory report");
        let _ = std::fs::remove_file(&rss_file);
        text.trim().parse().expect("a number of KiB")
    } else {
        0
    };
    Run {
        wall,
        first_output,
        stdout_lines,
        max_rss_kib,
    }
}

/// No stored credentials, no token, no JSON from the environment: what a script sees.
fn as_a_script(command: &mut Command) -> &mut Command {
    command
        .env(
            "KARTAVIEW_CREDENTIALS",
            "/nonexistent/kartaview-bench-credentials.json",
        )
        .env_remove("KARTAVIEW_TOKEN")
        .env_remove("KARTAVIEW_JSON")
}

/// `--measure-child RSS_FILE PROGRAM ARGS...`: runs the program with this process's stdio,
/// writes its peak resident set (KiB, from `wait4`) to RSS_FILE, and exits as it did.
fn measure_child(args: &[String]) -> ! {
    let [rss_file, program, rest @ ..] = args else {
        panic!("usage: --measure-child RSS_FILE PROGRAM ARGS...");
    };
    let child = Command::new(program)
        .args(rest)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let (status, usage) = reap(child);
    std::fs::write(rss_file, usage.ru_maxrss.to_string()).expect("write the peak memory");
    std::process::exit(status.code().unwrap_or(1));
}

/// Waits for `child` and returns what the kernel counted for it (peak memory, page faults).
fn reap(child: std::process::Child) -> (std::process::ExitStatus, libc::rusage) {
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: a zeroed rusage is a valid value; wait4 fills it for this child (and reaps it,
    // so `child` is never waited on again).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4 failed");
    (std::process::ExitStatus::from_raw(status), usage)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The `kartaview` to measure: `KARTAVIEW_BENCH_BINARY` (`cargo xtask bench` sets it to the
/// plain release build, as users get it), else the one cargo built for this bench (with the
/// dev-dependencies' features); and optionally a baseline binary.
fn binaries() -> Vec<(String, PathBuf)> {
    let this = std::env::var_os("KARTAVIEW_BENCH_BINARY")
        .filter(|p| !p.is_empty())
        .map_or_else(
            || PathBuf::from(env!("CARGO_BIN_EXE_kartaview")),
            PathBuf::from,
        );
    let mut binaries = vec![("this build".to_owned(), this)];
    if let Some(path) = std::env::var_os("KARTAVIEW_BENCH_BASELINE").filter(|p| !p.is_empty()) {
        // `KARTAVIEW_BENCH_BASELINE_NAME` says which version it is, for the report.
        let name = std::env::var("KARTAVIEW_BENCH_BASELINE_NAME")
            .ok()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| "baseline".to_owned());
        binaries.insert(0, (name, PathBuf::from(path)));
    }
    binaries
}

/// A program the bench runs: its name in the report, its executable and its arguments.
struct Program {
    name: String,
    path: PathBuf,
    args: Vec<String>,
    /// Whether its file is the whole program (not so for one loading most of its code from
    /// shared libraries, or an interpreter), so its size says something.
    sized: bool,
}

impl Program {
    /// Each `kartaview` of [`binaries`], with `args`.
    fn kartaviews(args: &[String]) -> Vec<Program> {
        binaries()
            .into_iter()
            .map(|(name, path)| Program {
                name,
                path,
                args: args.to_vec(),
                sized: true,
            })
            .collect()
    }

    /// A program users might run instead, with `args`.
    fn alternative((name, path): &Alternative, args: &[&str]) -> Program {
        Program {
            name: name.clone(),
            path: path.clone(),
            args: args.iter().map(|s| (*s).to_owned()).collect(),
            sized: false,
        }
    }
}

/// The order of the programs in round `round`: each round begins with the next one. On this
/// VM the first process of a round (after the floor program or a pause) starts slower: with
/// this build as its own baseline, a fixed order put the two rows 0.26 ms apart, this 0.04 ms.
fn rotation(round: usize, programs: usize) -> impl Iterator<Item = usize> {
    (0..programs).map(move |k| (round + k) % programs)
}

/// One round trip as a client in this process sees it: a page of 100 photos (the largest
/// answer these commands get), latency and the fake's own work included.
fn round_trip_ms(runtime: &tokio::runtime::Runtime, base: &str, runs: usize) -> f64 {
    let http = http_client();
    let url = format!("{base}/2.0/photo/?sequenceId={DEFAULT_SEQUENCE_ID}&page=1&itemsPerPage=100");
    let once = || {
        let start = Instant::now();
        let body = runtime
            .block_on(async { http.get(&url).send().await?.bytes().await })
            .expect("a page of photos");
        assert!(body.len() > 1000, "a page of photos");
        ms(start.elapsed())
    };
    once();
    median((0..runs).map(|_| once()).collect())
}

/// An HTTP client with the SDK's TLS set-up (the workspace gives `reqwest` no provider).
fn http_client() -> reqwest::Client {
    kartaview_ext::http_client_builder()
        .and_then(|b| b.build().map_err(kartaview_ext::Error::from))
        .expect("an HTTP client")
}

/// When the first request of `program args` (pointed at `probe`) left, measured by the kernel:
/// the receive timestamp (`SO_TIMESTAMPNS`) of the first bytes on any of its connections,
/// which on loopback is taken while the sender's write runs, so neither this process's nor a
/// server's scheduling is counted. Milliseconds after the spawn; the child is then killed, and
/// its page faults up to then come with it.
fn first_request_leaves(
    probe: &std::net::TcpListener,
    program: &Path,
    args: &[String],
) -> (f64, f64) {
    use std::os::fd::AsRawFd;
    let spawned = std::time::SystemTime::now();
    let mut child = as_a_script(&mut Command::new(program))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
    if !readable_within(probe, Duration::from_secs(10)) {
        let _ = child.kill();
        reap(child);
        panic!("{} {args:?} made no connection in 10 s", program.display());
    }
    let (first, _) = probe.accept().expect("the first connection");
    // Every request of the first burst is out well within this.
    std::thread::sleep(Duration::from_millis(50));
    let mut connections = vec![first];
    probe.set_nonblocking(true).expect("non-blocking accept");
    while let Ok((connection, _)) = probe.accept() {
        connections.push(connection);
    }
    let left = connections
        .iter()
        .filter_map(|c| receive_timestamp(c.as_raw_fd()))
        .min()
        .expect("a request with its receive timestamp");
    let _ = child.kill();
    let (_, usage) = reap(child);
    // Connections it opened after the ones read here must not count for the next run.
    while let Ok((late, _)) = probe.accept() {
        drop(late);
    }
    let left = ms(left
        .duration_since(spawned)
        .expect("a request received after the spawn"));
    (left, usage.ru_minflt as f64)
}

/// Whether `socket` becomes readable (for a listener: has a connection) within `timeout`.
fn readable_within(socket: &impl std::os::fd::AsRawFd, timeout: Duration) -> bool {
    let mut poll = libc::pollfd {
        fd: socket.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let millis = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
    // SAFETY: one valid pollfd, for the duration of the call.
    unsafe { libc::poll(&mut poll, 1, millis) == 1 }
}

/// The kernel's receive timestamp of the bytes waiting on `fd` (read without waiting).
fn receive_timestamp(fd: std::os::fd::RawFd) -> Option<std::time::SystemTime> {
    let mut data = [0u8; 4096];
    let mut iov = libc::iovec {
        iov_base: data.as_mut_ptr().cast(),
        iov_len: data.len(),
    };
    let mut control = [0u64; 16];
    // SAFETY: msghdr is plain data; zeroed is a valid empty header, filled in below.
    let mut message: libc::msghdr = unsafe { std::mem::zeroed() };
    message.msg_iov = &mut iov;
    message.msg_iovlen = 1;
    message.msg_control = control.as_mut_ptr().cast();
    message.msg_controllen = std::mem::size_of_val(&control);
    // SAFETY: `message` points at `iov` and `control`, which outlive the call.
    let read = unsafe { libc::recvmsg(fd, &mut message, libc::MSG_DONTWAIT) };
    if read <= 0 {
        return None;
    }
    // SAFETY: the kernel filled `message` with control messages inside `control`; the
    // CMSG_* walk stays within `msg_controllen`.
    unsafe {
        let mut header = libc::CMSG_FIRSTHDR(&message);
        while !header.is_null() {
            if (*header).cmsg_level == libc::SOL_SOCKET
                && (*header).cmsg_type == libc::SCM_TIMESTAMPNS
            {
                let stamp =
                    std::ptr::read_unaligned(libc::CMSG_DATA(header).cast::<libc::timespec>());
                return Some(
                    std::time::UNIX_EPOCH
                        + Duration::new(stamp.tv_sec as u64, stamp.tv_nsec as u32),
                );
            }
            header = libc::CMSG_NXTHDR(&message, header);
        }
    }
    None
}

/// A listener whose connections carry receive timestamps.
fn timestamp_probe() -> std::net::TcpListener {
    use std::os::fd::AsRawFd;
    let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("probe listener");
    let on: libc::c_int = 1;
    // SAFETY: a valid socket and a c_int option value of the right size. Accepted
    // connections inherit it; setting it also turns on the kernel's receive timestamps.
    let set = unsafe {
        libc::setsockopt(
            probe.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_TIMESTAMPNS,
            (&on as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    assert_eq!(set, 0, "SO_TIMESTAMPNS");
    probe
}

/// Medians of when the first request leaves, by the kernel's receive timestamp: `kartaview
/// photos --sequence 1` of each binary, the same request from the programs users might run
/// instead (curl; Python's `requests`), each with an `http` and an `https` URL (the production
/// API's scheme; the first bytes are then the TLS handshake's first message), and the floor
/// program, runs alternating.
fn leaves_rows(runs: usize, floor: Option<&Path>, alternatives: &Alternatives) -> Vec<Value> {
    let probe = timestamp_probe();
    let address = probe.local_addr().expect("probe address").to_string();
    // Every program with a base URL of one scheme.
    let at = |base: &str| {
        let kartaview = ["--retries", "0", "--base-url", base, "--json"]
            .into_iter()
            .chain(["photos", "--sequence", "1"])
            .map(str::to_owned)
            .collect::<Vec<_>>();
        let url = format!("{base}/2.0/sequence/1");
        let mut programs = Program::kartaviews(&kartaview);
        if let Some(curl) = &alternatives.curl {
            let args = ["--silent", "--output", "/dev/null", &url];
            programs.push(Program::alternative(curl, &args));
        }
        if let Some(python) = &alternatives.python_requests {
            programs.push(Program::alternative(python, &["-c", PYTHON_GET, &url]));
        }
        programs
    };
    let mut programs = Vec::new();
    let (http, https) = (
        at(&format!("http://{address}")),
        at(&format!("https://{address}")),
    );
    for (http, mut https) in http.into_iter().zip(https) {
        https.name.push_str(", https URL");
        programs.extend([http, https]);
    }
    if let Some(floor) = floor {
        programs.push(Program {
            name: "floor".to_owned(),
            path: floor.to_owned(),
            args: vec![address.clone(), "/2.0/sequence/1".to_owned()],
            sized: true,
        });
    }
    let mut samples = vec![(Vec::new(), Vec::new()); programs.len()];
    for round in 0..runs {
        for i in rotation(round, programs.len()) {
            let (left, faults) = first_request_leaves(&probe, &programs[i].path, &programs[i].args);
            samples[i].0.push(left);
            samples[i].1.push(faults);
        }
    }
    programs
        .into_iter()
        .zip(samples)
        .map(|(program, (lefts, faults))| {
            let bytes = std::fs::metadata(&program.path)
                .ok()
                .filter(|_| program.sized)
                .map(|m| m.len() as f64);
            json!({
                "binary": program.name,
                "first_request_leaves_ms": median(lefts),
                "page_faults": median(faults),
                "binary_bytes": bytes,
            })
        })
        .inspect(|row| eprintln!("{row}"))
        .collect()
}

/// The median time from spawning [`FLOOR_PROGRAM`] to the fake having read its request.
fn floor_first_request_ms(mock: &MockServer, floor: &Path, runs: usize) -> f64 {
    let address = mock.base_url().trim_start_matches("http://").to_owned();
    let args = [address, format!("/2.0/sequence/{DEFAULT_SEQUENCE_ID}")];
    let firsts = (0..runs)
        .map(|_| {
            mock.clear_requests();
            let mut spawned = None;
            run(floor, &args, &mut spawned, false);
            let first = mock.requests().iter().map(|r| r.received_at).min();
            let first = first.expect("the floor's request");
            ms(first.saturating_duration_since(spawned.expect("spawned")))
        })
        .collect();
    median(firsts)
}

fn photos_rows(
    runtime: &tokio::runtime::Runtime,
    runs: usize,
    floor: Option<&Path>,
    alternatives: &Alternatives,
) -> (f64, Option<f64>, Vec<Value>) {
    let mock = runtime
        .block_on(MockServer::builder().latency(LATENCY).start())
        .expect("mock");
    let base = mock.base_url();
    let round_trip = round_trip_ms(runtime, &base, runs);
    eprintln!("one round trip: {round_trip:.1} ms");
    let floor = floor.map(|floor| floor_first_request_ms(&mock, floor, runs));
    if let Some(floor) = floor {
        eprintln!("first-request floor: {floor:.2} ms");
    }
    let cases: [(&str, &str, u64, usize); 4] = [
        (
            "photos --sequence, 237 photos",
            "--sequence",
            DEFAULT_SEQUENCE_ID as u64,
            237,
        ),
        (
            "photos --sequence, 1,000 photos",
            "--sequence",
            MEDIUM_SEQUENCE_ID as u64,
            1000,
        ),
        (
            "photos --sequence, 5,000 photos",
            "--sequence",
            LARGE_SEQUENCE_ID as u64,
            5000,
        ),
        (
            "photos --video, 50 frames",
            "--video",
            DEFAULT_VIDEO_ID as u64,
            50,
        ),
    ];
    let mut rows = Vec::new();
    for (label, flag, id, photos) in cases {
        let id = id.to_string();
        let kartaview = ["--base-url", &base, "--json", "photos", flag, &id].map(str::to_owned);
        let mut programs = Program::kartaviews(&kartaview);
        // A video's frames are not a list a script pages through on its own.
        let python = alternatives.python_requests.as_ref();
        if let Some(python) = python.filter(|_| flag == "--sequence") {
            programs.push(Program {
                name: format!("{}, pages in turn", python.0),
                ..Program::alternative(python, &["-c", PYTHON_PAGES, &base, &id])
            });
        }
        // Runs alternate between the programs, so a busy moment of the machine hits all.
        let mut samples = vec![(vec![], vec![], vec![], vec![]); programs.len()];
        for round in 0..runs {
            for i in rotation(round, programs.len()) {
                let program = &programs[i];
                let (walls, firsts, outputs, requests) = &mut samples[i];
                mock.clear_requests();
                let mut spawned = None;
                let result = run(&program.path, &program.args, &mut spawned, false);
                let spawned = spawned.expect("spawned");
                assert_eq!(result.stdout_lines, photos, "{label}: one line per photo");
                let log = mock.requests();
                let first = log
                    .iter()
                    .map(|r| r.received_at)
                    .min()
                    .expect("at least one request");
                walls.push(ms(result.wall));
                firsts.push(ms(first.saturating_duration_since(spawned)));
                outputs.push(result.first_output.map_or(f64::NAN, ms));
                requests.push(log.len() as f64);
            }
        }
        for (program, (walls, firsts, outputs, requests)) in programs.into_iter().zip(samples) {
            let wall = median(walls);
            rows.push(json!({
                "label": label,
                "binary": program.name,
                "photos": photos,
                "wall_ms": wall,
                "round_trips": wall / round_trip,
                "first_request_ms": median(firsts),
                "first_output_ms": median(outputs),
                "requests": median(requests),
            }));
            eprintln!("{}", rows.last().expect("row"));
        }
    }
    (round_trip, floor, rows)
}

/// A 2.0 photo list of `DECODE_PHOTOS` photos: the mock's own pages of a generated sequence,
/// joined into one body.
fn decode_input(runtime: &tokio::runtime::Runtime, path: &Path) -> usize {
    const ID: i64 = 7001;
    let mock = runtime
        .block_on(
            MockServer::builder()
                .dataset(Dataset::new().sequence(SequenceSpec {
                    id: ID,
                    photos: DECODE_PHOTOS,
                    videos: true,
                    ..SequenceSpec::default()
                }))
                .start(),
        )
        .expect("mock");
    let http = http_client();
    let mut data = Vec::with_capacity(DECODE_PHOTOS);
    let mut envelope = Value::Null;
    for page in 1..=DECODE_PHOTOS.div_ceil(100) {
        let url = format!(
            "{}/2.0/photo/?sequenceId={ID}&page={page}&itemsPerPage=100",
            mock.base_url()
        );
        let body: Value = runtime
            .block_on(async { http.get(&url).send().await?.json().await })
            .expect("a page of photos");
        let items = body
            .pointer("/result/data")
            .and_then(Value::as_array)
            .expect("result.data")
            .clone();
        data.extend(items);
        envelope = body;
    }
    assert_eq!(data.len(), DECODE_PHOTOS);
    envelope["result"]["data"] = Value::Array(data);
    envelope["result"]["hasMoreData"] = Value::Bool(false);
    let bytes = serde_json::to_vec(&envelope).expect("JSON");
    std::fs::write(path, &bytes).expect("write the decode input");
    runtime.block_on(mock.shutdown());
    bytes.len()
}

const PYTHON_JSON_LOAD: &str = "import json,sys,time\nf=open(sys.argv[1],'rb')\nt=time.perf_counter()\njson.load(f)\nprint(time.perf_counter()-t)";

/// Python's in-process `json.load` of the file, in ms, if python3 runs.
fn python_json_load_ms(path: &Path) -> Option<f64> {
    let output = Command::new("python3")
        .arg("-c")
        .arg(PYTHON_JSON_LOAD)
        .arg(path)
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let seconds: f64 = String::from_utf8(output.stdout).ok()?.trim().parse().ok()?;
    Some(seconds * 1e3)
}

fn decode_rows(
    runtime: &tokio::runtime::Runtime,
    runs: usize,
    dir: &Path,
    alternatives: &Alternatives,
) -> Value {
    let path = dir.join("decode-10000-photos.json");
    let input_bytes = decode_input(runtime, &path);
    let bytes = std::fs::read(&path).expect("read the decode input");
    let (baseline_name, baseline_ms) = match (0..runs)
        .map(|_| python_json_load_ms(&path))
        .collect::<Option<Vec<f64>>>()
    {
        Some(times) => ("Python `json.load`, in-process".to_owned(), median(times)),
        None => {
            let times = (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    let value: Value = serde_json::from_slice(&bytes).expect("JSON");
                    std::hint::black_box(value);
                    ms(start.elapsed())
                })
                .collect();
            (
                "`serde_json::Value` parse, in-process".to_owned(),
                median(times),
            )
        }
    };
    let file = path.display().to_string();
    let kartaview = ["--json", "decode", &file].map(str::to_owned);
    let mut programs = Program::kartaviews(&kartaview);
    // The tool a shell user would pick instead: each photo of the list on a line of its own.
    if let Some(jq) = &alternatives.jq {
        programs.push(Program {
            name: format!("{}, `-c .result.data[]`", jq.0),
            ..Program::alternative(jq, &["-c", ".result.data[]", &file])
        });
    }
    let mut rows = Vec::new();
    let mut samples = vec![(vec![], vec![]); programs.len()];
    for round in 0..runs {
        for i in rotation(round, programs.len()) {
            let program = &programs[i];
            let (walls, rss) = &mut samples[i];
            let result = run(&program.path, &program.args, &mut None, true);
            assert_eq!(result.stdout_lines, DECODE_PHOTOS, "one line per photo");
            walls.push(ms(result.wall));
            rss.push(result.max_rss_kib as f64 * 1024.0);
        }
    }
    for (program, (walls, rss)) in programs.into_iter().zip(samples) {
        let wall = median(walls);
        let peak = median(rss);
        rows.push(json!({
            "binary": program.name,
            "wall_ms": wall,
            "ratio_to_baseline": wall / baseline_ms,
            "max_rss_mib": peak / 1024.0 / 1024.0,
            "rss_over_input": peak / input_bytes as f64,
        }));
        eprintln!("{}", rows.last().expect("row"));
    }
    json!({
        "photos": DECODE_PHOTOS,
        "input_bytes": input_bytes,
        "baseline": baseline_name,
        "baseline_ms": baseline_ms,
        "rows": rows,
    })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(rest) = args.strip_prefix(&["--measure-child".to_owned()]) {
        measure_child(rest);
    }
    // `cargo bench` passes `--bench`; `cargo test --benches` would run this too, so only a
    // real bench run measures.
    if !args.iter().any(|a| a == "--bench") {
        return;
    }
    let runs: usize = std::env::var("KARTAVIEW_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .filter(|r| *r > 0)
        .unwrap_or(7);
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let dir = target.join("kartaview-bench");
    std::fs::create_dir_all(&dir).expect("results directory");
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    let floor = floor_binary(&dir);
    let alternatives = Alternatives::find();
    let leaves = leaves_rows(runs, floor.as_deref(), &alternatives);
    let (round_trip, first_request_floor, photos) =
        photos_rows(&runtime, runs, floor.as_deref(), &alternatives);
    let decode = decode_rows(&runtime, runs, &dir, &alternatives);
    let report = json!({
        "latency_ms": ms(LATENCY),
        "round_trip_ms": round_trip,
        "first_request_floor_ms": first_request_floor,
        "first_request_leaves": leaves,
        "runs": runs,
        "photos": photos,
        "decode": decode,
    });
    let path = dir.join("process.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&report).expect("JSON"))
        .expect("write process.json");
    eprintln!("written {}", path.display());
}
