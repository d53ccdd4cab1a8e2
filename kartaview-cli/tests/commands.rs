//! Every command against the embedded fake (`--mock`), and against a fake started here
//! (`--base-url`): stdout snapshotted with ports redacted.

mod common;

use common::{Fake, kartaview, kartaview_with};

#[test]
fn photos_of_a_sequence_as_json() {
    let run = kartaview(&["--mock", "--json", "photos", "--sequence", "1004"]);
    run.ok();
    let lines = run.json_lines();
    assert_eq!(lines.len(), 24);
    let keys: Vec<&str> = lines[0]
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = [
        "type",
        "id",
        "sequenceId",
        "sequenceIndex",
        "videoId",
        "videoIndex",
        "lat",
        "lng",
        "heading",
        "shotDate",
        "width",
        "height",
        "imageUrl",
    ];
    expected.sort_unstable();
    assert_eq!(keys, expected);
    // The key order on the wire is the documented one.
    assert!(
        run.stdout.starts_with("{\"type\":\"photo\",\"id\":"),
        "{}",
        run.stdout
    );
    snapshot!("photos_sequence_json", run.stdout);
}

#[test]
fn photos_of_a_sequence_as_a_table() {
    let run = kartaview(&["--mock", "photos", "--sequence", "1004"]);
    run.ok();
    assert_eq!(run.stderr, "");
    snapshot!("photos_sequence_table", run.stdout);
}

#[test]
fn global_options_are_taken_before_or_after_the_command() {
    // Each run has its own fake, on its own port: the image URLs are left out.
    let photos = |run: &common::Run| -> Vec<serde_json::Value> {
        run.ok();
        let mut lines = run.json_lines();
        for line in &mut lines {
            line.as_object_mut().expect("an object").remove("imageUrl");
        }
        lines
    };
    let before = photos(&kartaview(&[
        "--mock",
        "--json",
        "photos",
        "--sequence",
        "1004",
    ]));
    assert_eq!(before.len(), 24);
    let after = kartaview(&["photos", "--sequence", "1004", "--mock", "--json"]);
    assert_eq!(photos(&after), before);

    // Given on the command line before the command, an option is not undone by the environment,
    // which clap also reads in the command's place.
    let over_env = kartaview_with(&["--mock", "--json", "photos", "--sequence", "1004"], |c| {
        c.env("KARTAVIEW_JSON", "0");
    });
    assert_eq!(photos(&over_env), before);
    let from_env = kartaview_with(&["--mock", "photos", "--sequence", "1004"], |c| {
        c.env("KARTAVIEW_JSON", "1");
    });
    assert_eq!(photos(&from_env), before);
}

#[test]
fn photos_of_a_whole_sequence_are_ordered_and_sentinels_are_null() {
    let run = kartaview(&["--mock", "--json", "photos", "--sequence", "1001"]);
    run.ok();
    let lines = run.json_lines();
    assert_eq!(lines.len(), 237);
    let indexes: Vec<u64> = lines
        .iter()
        .map(|l| l["sequenceIndex"].as_u64().expect("index"))
        .collect();
    assert_eq!(indexes, (0..237).collect::<Vec<u64>>());
    // The fake's sentinels: no fix at i % 97 == 13, no shot date at i % 89 == 7, no heading
    // at i % 53 == 5.
    assert!(lines[13]["lat"].is_null() && lines[13]["lng"].is_null());
    assert!(lines[7]["shotDate"].is_null());
    assert!(lines[5]["heading"].is_null());
    assert_eq!(lines[0]["shotDate"], "2022-11-12T14:08:25Z");
}

#[test]
fn photos_of_a_video() {
    let run = kartaview(&["--mock", "--json", "photos", "--video", "5000005"]);
    run.ok();
    snapshot!("photos_video_json", run.stdout);
}

#[test]
fn photos_by_id_in_the_order_given() {
    let run = kartaview(&["--mock", "photos", "--id", "100000003,100000001"]);
    run.ok();
    snapshot!("photos_by_id_table", run.stdout);
}

#[test]
fn photos_by_id_reports_the_missing_ones() {
    let run = kartaview(&["--mock", "--json", "photos", "--id", "100000001,7,8"]);
    assert_eq!(run.json_lines().len(), 1);
    snapshot!("photos_by_id_missing", run.one_error_line());
}

#[test]
fn nearby_photos_nearest_first() {
    let json = kartaview(&[
        "--mock", "--json", "nearby", "--lat", "46.7632", "--lng", "23.5853", "--radius", "30",
        "--limit", "3",
    ]);
    json.ok();
    snapshot!("nearby_json", json.stdout);
    let table = kartaview(&[
        "--mock", "nearby", "--lat", "46.7632", "--lng", "23.5853", "--radius", "30", "--limit",
        "3",
    ]);
    table.ok();
    snapshot!("nearby_table", table.stdout);
}

#[test]
fn nearby_refuses_a_point_off_the_globe() {
    let run = kartaview(&["--mock", "nearby", "--lat", "-91", "--lng", "0"]);
    snapshot!("nearby_bad_point", run.one_error_line());
}

#[test]
fn sequence_details() {
    let json = kartaview(&["--mock", "--json", "sequence", "1001"]);
    json.ok();
    snapshot!("sequence_json", json.stdout);
    let human = kartaview(&["--mock", "sequence", "1001"]);
    human.ok();
    snapshot!("sequence_human", human.stdout);
}

#[test]
fn video_details() {
    let json = kartaview(&["--mock", "--json", "video", "5000002"]);
    json.ok();
    snapshot!("video_json", json.stdout);
    let human = kartaview(&["--mock", "video", "5000002"]);
    human.ok();
    snapshot!("video_human", human.stdout);
}

#[test]
fn metrics_of_the_mocks_user_and_of_another() {
    let own = kartaview(&["--mock", "--json", "metrics"]);
    own.ok();
    snapshot!("metrics_own_json", own.stdout);
    let other = kartaview(&["--mock", "metrics", "--user", "43"]);
    other.ok();
    snapshot!("metrics_other_human", other.stdout);
}

#[test]
fn metrics_without_user_or_token_is_a_clear_error() {
    let fake = Fake::start();
    let run = kartaview(&["--base-url", &fake.base_url(), "metrics"]);
    snapshot!("metrics_no_user", run.one_error_line());
    assert!(fake.mock.requests().is_empty());
    // A token alone does not name its user (only stored credentials will).
    let run = kartaview(&[
        "--base-url",
        &fake.base_url(),
        "--token",
        fake.mock.token(),
        "metrics",
    ]);
    snapshot!("metrics_token_only", run.one_error_line());
}

#[test]
fn against_a_separately_started_fake() {
    let fake = Fake::start();
    let run = kartaview_with(&["--json", "photos", "--video", "5000001"], |c| {
        c.env("KARTAVIEW_BASE_URL", fake.base_url());
    });
    run.ok();
    assert_eq!(run.json_lines().len(), 50);
    let paths = fake.request_paths();
    assert_eq!(paths, ["/2.0/video/5000001", "/2.0/photo/"]);
}

#[test]
fn decode_a_saved_response_like_photos() {
    let fake = Fake::start();
    let url = format!(
        "{}/2.0/photo/?sequenceId=1004&itemsPerPage=100",
        fake.base_url()
    );
    let body = fake
        .block_on(async { common::http_get(&url).await?.bytes().await })
        .expect("saved body");
    let dir = common::scratch("decode");
    let file = dir.join("photos.json");
    std::fs::write(&file, &body).expect("write");
    let decoded = kartaview(&["--json", "decode", file.to_str().expect("utf-8 path")]);
    decoded.ok();
    let listed = kartaview(&[
        "--json",
        "--base-url",
        &fake.base_url(),
        "photos",
        "--sequence",
        "1004",
    ]);
    listed.ok();
    assert_eq!(decoded.stdout, listed.stdout);

    // `-` reads stdin.
    let mut child = std::process::Command::new(common::BIN)
        .args(["decode", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(&body).expect("feed stdin");
    }
    let output = child.wait_with_output().expect("wait");
    assert!(output.status.success());
    let table = String::from_utf8(output.stdout).expect("utf-8");
    assert!(table.ends_with("24 photos\n"), "{table}");
}

#[test]
fn decode_refuses_what_holds_no_photos() {
    let dir = common::scratch("decode-bad");
    let file = dir.join("error.json");
    std::fs::write(
        &file,
        r#"{"status":{"apiCode":"612","apiMessage":" argument is out of range (sequenceId) "}}"#,
    )
    .expect("write");
    let run = kartaview(&["decode", file.to_str().expect("utf-8 path")]);
    snapshot!("decode_error_envelope", run.one_error_line());
    let run = kartaview(&["decode", &dir.join("missing.json").to_string_lossy()]);
    snapshot!("decode_missing_file", run.one_error_line());
}

#[test]
fn mock_serves_until_interrupted() {
    use std::io::BufRead;
    let mut child = std::process::Command::new(common::BIN)
        .args(["mock", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = String::new();
    let stdout = child.stdout.take().expect("stdout");
    std::io::BufReader::new(stdout)
        .read_line(&mut first)
        .expect("first line");
    let started: serde_json::Value = serde_json::from_str(&first).expect("json");
    let base = started["baseUrl"].as_str().expect("baseUrl").to_owned();
    assert_eq!(started["token"], kartaview_mock::DEFAULT_TOKEN);
    assert!(
        started["tokenNote"]
            .as_str()
            .expect("note")
            .contains("fake")
    );

    let run = kartaview(&["--base-url", &base, "--json", "sequence", "1003"]);
    run.ok();
    assert_eq!(run.json_lines()[0]["photoCount"], 5000);

    // Ctrl-C: SIGINT to this very child.
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let output = child.wait_with_output().expect("wait");
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "note: fake KartaView stopped\n"
    );
}

#[test]
fn mock_human_output_says_the_token_is_the_fakes() {
    let mut child = std::process::Command::new(common::BIN)
        .args(["mock"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let lines: Vec<String> = std::io::BufRead::lines(std::io::BufReader::new(stdout))
        .take(5)
        .map(|l| l.expect("line"))
        .collect();
    let _ = child.kill();
    let _ = child.wait();
    snapshot!("mock_human", lines.join("\n"));
}

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = kartaview(&["completions", shell]);
        run.ok();
        assert!(run.stdout.contains("kartaview"), "{shell}");
        assert!(run.stdout.contains("download"), "{shell}");
    }
}

#[test]
fn help_and_bad_usage() {
    let help = kartaview(&["--help"]);
    help.ok();
    snapshot!("help", help.stdout);
    let bad = kartaview(&["photos", "--sequence", "1", "--video", "2"]);
    assert_eq!(bad.code, Some(2));
    assert_eq!(
        bad.stderr
            .lines()
            .filter(|l| l.starts_with("error:"))
            .count(),
        1,
        "{}",
        bad.stderr
    );
}

/// The commands' arguments are built only for the command run (`#[command(defer)]`); each
/// command's own help still begins with the summary `kartaview --help` lists for it.
#[test]
fn each_command_help_begins_with_its_listed_summary() {
    let top = common::kartaview(&["--help"]);
    let listed: Vec<(String, String)> = top
        .ok()
        .stdout
        .lines()
        .skip_while(|line| *line != "Commands:")
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| {
            let (name, summary) = line.trim().split_once(' ')?;
            Some((name.to_owned(), summary.trim().to_owned()))
        })
        .filter(|(name, _)| name != "help")
        .collect();
    assert!(listed.len() >= 10, "commands listed: {listed:?}");
    for (name, summary) in listed {
        let help = common::kartaview(&[&name, "--help"]);
        let first = help
            .ok()
            .stdout
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned();
        // The list shows the summary's first sentence without its full stop.
        assert!(
            first
                .trim_end_matches('.')
                .starts_with(summary.trim_end_matches('.')),
            "`{name} --help` begins {first:?}, the list says {summary:?}"
        );
    }
}
