//! `photos --sequence` prints its first lines while a later page of photos is still on its
//! way, and the whole output is still in `sequenceIndex` order.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{BIN, Fake};
use kartaview_mock::{Fault, MEDIUM_SEQUENCE_ID};

#[test]
fn the_first_lines_come_before_a_late_page() {
    const DELAY: Duration = Duration::from_secs(3);
    let fake = Fake::start();
    // 1,000 photos take 11 page requests (the last page is full, so one more confirms the
    // end): the first nine pass, the tenth (one of the last pages) is answered DELAY late.
    fake.mock.push_fault(
        Fault::delay(Duration::ZERO)
            .times(9)
            .on("GET", "/2.0/photo/"),
    );
    fake.mock
        .push_fault(Fault::delay(DELAY).on("GET", "/2.0/photo/"));
    let start = Instant::now();
    let mut child = Command::new(BIN)
        .args([
            "--base-url",
            &fake.base_url(),
            "--json",
            "photos",
            "--sequence",
        ])
        .arg(MEDIUM_SEQUENCE_ID.to_string())
        .env_remove("KARTAVIEW_TOKEN")
        .env_remove("KARTAVIEW_MOCK")
        .env(
            "KARTAVIEW_CREDENTIALS",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-credentials-here.json"),
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run kartaview");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("the first line");
    let first_at = Instant::now();
    let pages_asked: Vec<Instant> = fake
        .mock
        .requests()
        .iter()
        .filter(|r| r.path == "/2.0/photo/")
        .map(|r| r.received_at)
        .collect();
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("the other lines");
    let status = child.wait().expect("wait");
    let wall = start.elapsed();
    assert!(status.success(), "{status}");

    // The delayed page was needed (the run waited for it), and the first line came before
    // it could have been answered: by events, the late page (the tenth to reach the fake) was
    // not asked for yet; else its answer leaves DELAY after it arrived, which is no earlier
    // than the first page request arrived.
    assert!(wall >= DELAY, "the run took {wall:?}");
    assert!(
        pages_asked.len() < 10 || first_at < pages_asked[0] + DELAY,
        "the first line came {:?} after the first page was asked for",
        first_at - pages_asked[0]
    );

    let indexes: Vec<u64> = std::iter::once(first.as_str())
        .chain(rest.lines())
        .map(|line| {
            let photo: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            photo["sequenceIndex"].as_u64().expect("an index")
        })
        .collect();
    assert_eq!(indexes, (0..1000).collect::<Vec<u64>>());
}
