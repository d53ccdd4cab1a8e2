//! Progress bars count bytes, with the rate and the time left, on stderr when it is a terminal
//! (a pseudo-terminal here), and never with `--json` or `--quiet` or when stderr is a pipe.
#![cfg(unix)]

mod common;

use std::fs::File;
use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::Stdio;

use common::{Fake, Run, kartaview_with, scratch};

/// Runs `kartaview` with stderr on a pseudo-terminal; returns the run and what the terminal
/// received.
fn on_terminal(args: &[&str]) -> (Run, String) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 24,
        ws_col: 120,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two descriptors into the integers given; the name is not asked
    // for, and the settings pointer may be null.
    let status = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(status, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: both descriptors were just opened and are owned by nothing else.
    let (master, slave) = unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    let reader = std::thread::spawn(move || {
        let mut master = master;
        let mut seen = Vec::new();
        // Ends with EIO once every copy of the slave side is closed.
        let _ = master.read_to_end(&mut seen);
        String::from_utf8_lossy(&seen).into_owned()
    });
    let run = kartaview_with(args, |command| {
        command.env("TERM", "xterm").stderr(Stdio::from(slave));
    });
    let terminal = reader.join().expect("reader");
    (run, terminal)
}

#[test]
fn a_download_shows_bytes_rate_and_eta_on_a_terminal_only() {
    let dir = scratch("progress-download");
    let d = dir.join("a").to_string_lossy().into_owned();
    let args = ["--mock", "download", "--video", "5000005", "--dir", &d];
    let (run, terminal) = on_terminal(&args);
    run.ok();
    assert!(terminal.contains("downloading"), "{terminal:?}");
    assert!(terminal.contains("/37 photos"), "{terminal:?}");
    assert!(terminal.contains("B/s"), "a rate: {terminal:?}");

    for extra in ["--json", "--quiet"] {
        let d = dir.join(extra.trim_start_matches('-'));
        let d = d.to_string_lossy();
        let args = [
            "--mock", extra, "download", "--video", "5000005", "--dir", &d,
        ];
        let (run, terminal) = on_terminal(&args);
        run.ok();
        assert_eq!(terminal, "", "{extra}: nothing on the terminal");
    }
    // And nothing when stderr is a pipe.
    let d = dir.join("piped");
    let piped = common::kartaview(&[
        "--mock",
        "download",
        "--video",
        "5000005",
        "--dir",
        &d.to_string_lossy(),
    ]);
    piped.ok();
    assert_eq!(piped.stderr, "");
}

#[test]
fn an_upload_shows_bytes_on_a_terminal_only() {
    let dir = common::geotagged_dir("progress-upload", 4);
    let fake = Fake::start();
    let base = fake.base_url();
    let d = dir.to_string_lossy();
    let (run, terminal) = on_terminal(&[
        "--base-url",
        &base,
        "--token",
        fake.mock.token(),
        "upload",
        &d,
    ]);
    run.ok();
    assert!(terminal.contains("uploading"), "{terminal:?}");
    assert!(terminal.contains("B/s"), "a rate: {terminal:?}");

    // A second run resumes (nothing to send) with --json: nothing on the terminal.
    let (run, terminal) = on_terminal(&[
        "--base-url",
        &base,
        "--token",
        fake.mock.token(),
        "--json",
        "upload",
        &d,
    ]);
    run.ok();
    assert_eq!(terminal, "");
}
