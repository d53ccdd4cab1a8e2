//! `kartaview decode` on mutated and arbitrary inputs: every run ends with exit 0 and photos,
//! or exit 1 and one `error:` line; never a panic. Deterministic (the seed is printed);
//! `KARTAVIEW_FUZZ_ITERATIONS` sets the number of runs.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

fn seeds() -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| std::fs::read(p).expect("fixture"))
        .collect();
    seeds.sort();
    seeds
}

fn mutate(rng: &mut fastrand::Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    match rng.u8(0..5) {
        0 => bytes.truncate(rng.usize(0..=bytes.len())),
        1 => {
            for _ in 0..rng.usize(1..8) {
                if !bytes.is_empty() {
                    let at = rng.usize(0..bytes.len());
                    bytes[at] ^= 1 << rng.u8(0..8);
                }
            }
        }
        2 => {
            let at = rng.usize(0..=bytes.len());
            let junk: &[u8] = [
                &b"{"[..],
                b"}",
                b"[",
                b"]",
                b",",
                b"\"",
                b":",
                b"null",
                b"\xff",
                b"1e999",
            ][rng.usize(0..10)];
            bytes.splice(at..at, junk.iter().copied());
        }
        3 => {
            if bytes.len() > 2 {
                let a = rng.usize(0..bytes.len());
                let b = rng.usize(a..bytes.len());
                let span = bytes[a..b].to_vec();
                let at = rng.usize(0..=bytes.len());
                bytes.splice(at..at, span);
            }
        }
        _ => bytes = (0..rng.usize(0..256)).map(|_| rng.u8(..)).collect(),
    }
    bytes
}

#[test]
fn decode_never_panics() {
    let runs: usize = std::env::var("KARTAVIEW_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150);
    let seed = 0x6b61_7274;
    let mut rng = fastrand::Rng::with_seed(seed);
    let seeds = seeds();
    let (mut decoded, mut refused) = (0, 0);
    for i in 0..runs {
        let input = mutate(&mut rng, &seeds[i % seeds.len()]);
        let mut child = Command::new(common::BIN)
            .args(["--quiet", "--json", "decode", "-"])
            .env("KARTAVIEW_CREDENTIALS", "/nonexistent/credentials.json")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(&input);
        }
        let output = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let saved = || {
            let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("decode-fuzz-{i}.bin"));
            let _ = std::fs::write(&path, &input);
            path.display().to_string()
        };
        match output.status.code() {
            Some(0) => decoded += 1,
            Some(1) => {
                assert_eq!(stderr.lines().count(), 1, "input {}: {stderr}", saved());
                assert!(stderr.starts_with("error: "), "input {}: {stderr}", saved());
                refused += 1;
            }
            other => panic!("exit {other:?} on input {}: {stderr}", saved()),
        }
        assert!(!stderr.contains("panicked"), "input {}: {stderr}", saved());
    }
    println!(
        "fuzz: kartaview decode: seed {seed:#x}, {runs} runs, {decoded} decoded, {refused} refused with one error line"
    );
    assert!(
        decoded > 0 && refused > 0,
        "{decoded} decoded, {refused} refused"
    );
}
