//! docs/json-output.md against real output: every `--json` line of the commands, run against
//! kartaview-mock, has a documented `type`, only documented keys, every key not marked
//! optional, and values of the documented JSON types; and every documented shape is printed
//! by some run here, but for the few named below that need an interrupted upload.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::{BIN, Fake, GOOGLE_LOGIN, kartaview, kartaview_stored, photo_dir, scratch};
use kartaview_mock::Fault;
use serde_json::Value;

/// Documented shapes this test does not provoke, and where they are exercised instead.
const NOT_PROVOKED: [(&str, &str); 3] = [
    (
        "progress (upload): sequenceRecreated",
        "needs a sequence deleted mid-upload: tests/tests/upload.rs",
    ),
    (
        "progress (upload): sequenceFound",
        "needs a run killed during the create: kartaview-cli/tests/upload.rs",
    ),
    (
        "progress (upload): createUnresolved",
        "needs a killed run whose sequence cannot be found: tests/tests/crash_resume.rs",
    ),
];

#[derive(Debug)]
struct Field {
    /// The one value the key has (`type`, `event`), else the JSON types it may have.
    constant: Option<String>,
    kinds: Vec<String>,
    optional: bool,
}

/// The doc's sections by heading without backticks (`progress (download): failed`), each
/// with its keys.
fn documented() -> BTreeMap<String, BTreeMap<String, Field>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/json-output.md");
    let text = std::fs::read_to_string(path).expect("docs/json-output.md");
    let mut sections = BTreeMap::new();
    let mut current: Option<(String, BTreeMap<String, Field>)> = None;
    for line in text.lines() {
        if let Some(heading) = line.strip_prefix("### ") {
            if let Some((name, fields)) = current.take() {
                sections.insert(name, fields);
            }
            current = Some((heading.replace('`', ""), BTreeMap::new()));
            continue;
        }
        let Some((_, fields)) = current.as_mut() else {
            continue;
        };
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // | `key` | type | meaning |
        if cells.len() < 4 || !cells[1].starts_with('`') {
            continue;
        }
        let key = cells[1].trim_matches('`').to_owned();
        let (kinds, optional) = match cells[2].strip_suffix(", optional") {
            Some(kinds) => (kinds, true),
            None => (cells[2], false),
        };
        let constant = kinds
            .strip_prefix("`\"")
            .and_then(|k| k.strip_suffix("\"`"))
            .map(str::to_owned);
        let kinds: Vec<String> = kinds.split(" or ").map(str::to_owned).collect();
        if constant.is_none() {
            for kind in &kinds {
                assert!(
                    [
                        "string", "integer", "number", "boolean", "object", "array", "null"
                    ]
                    .contains(&kind.as_str()),
                    "{key}: unknown JSON type {kind:?} in docs/json-output.md"
                );
            }
        }
        fields.insert(
            key,
            Field {
                constant,
                kinds,
                optional,
            },
        );
    }
    if let Some((name, fields)) = current {
        sections.insert(name, fields);
    }
    sections
}

fn has_kind(value: &Value, kind: &str) -> bool {
    match kind {
        "string" => value.is_string(),
        "integer" => value.is_u64() || value.is_i64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "null" => value.is_null(),
        _ => false,
    }
}

/// Checks one line of `command`; returns the section it matched.
fn check(docs: &BTreeMap<String, BTreeMap<String, Field>>, command: &str, text: &str) -> String {
    let line: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"));
    let object = line.as_object().expect("a JSON object per line");
    assert!(text.starts_with("{\"type\":"), "`type` comes first: {text}");
    let kind = object["type"].as_str().expect("type is a string");
    let candidates = match object.get("event").and_then(Value::as_str) {
        Some(event) if kind == "progress" => {
            vec![
                format!("{kind} ({command}): {event}"),
                format!("{kind}: {event}"),
            ]
        }
        _ => vec![format!("{kind} ({command})"), kind.to_owned()],
    };
    let Some((name, fields)) = candidates
        .iter()
        .find_map(|c| docs.get_key_value(c.as_str()))
    else {
        panic!("`{command}` printed an undocumented shape ({candidates:?}): {text}");
    };
    for (key, value) in object {
        let field = fields
            .get(key)
            .unwrap_or_else(|| panic!("{name}: key `{key}` is not documented: {text}"));
        match &field.constant {
            Some(constant) => assert_eq!(value, constant.as_str(), "{name}.{key}: {text}"),
            None => assert!(
                field.kinds.iter().any(|k| has_kind(value, k)),
                "{name}.{key} is {value}, documented as {:?}: {text}",
                field.kinds
            ),
        }
    }
    for (key, field) in fields {
        assert!(
            field.optional || object.contains_key(key),
            "{name}: key `{key}` is missing: {text}"
        );
    }
    name.clone()
}

#[test]
fn every_json_line_is_documented_and_every_documented_shape_is_printed() {
    let docs = documented();
    assert!(docs.len() > 20, "sections: {:?}", docs.keys());
    let fake = Fake::start();
    let base = fake.base_url();
    let token = fake.mock.token();
    let dir = scratch("json-output");
    let with = |args: &[&str]| {
        let mut all = vec!["--json", "--base-url", base.as_str(), "--token", token];
        all.extend_from_slice(args);
        all.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>()
    };
    let path = |p: &std::path::Path| p.to_str().expect("utf-8 path").to_owned();

    let mut runs: Vec<(&str, Vec<String>)> = vec![
        ("photos", with(&["photos", "--sequence", "1004"])),
        ("photos", with(&["photos", "--video", "5000005"])),
        (
            "nearby",
            with(&[
                "nearby", "--lat", "46.7632", "--lng", "23.5853", "--radius", "30",
            ]),
        ),
        ("sequence", with(&["sequence", "1001"])),
        ("sequences", with(&["sequences", "--user", "area-mapper"])),
        (
            "photos",
            with(&[
                "photos",
                "--bbox",
                "46.785,23.530,46.815,23.590",
                "--limit",
                "5",
            ]),
        ),
        ("video", with(&["video", "5000005"])),
        ("metrics", with(&["metrics", "--user", "42"])),
    ];
    let export = dir.join("track.gpx");
    runs.push((
        "export",
        with(&[
            "export",
            "--sequence",
            "1001",
            "--format",
            "gpx",
            "-o",
            &path(&export),
        ]),
    ));
    // Twice: the second run finds every file there; one image fails on the first, and one
    // photo has no position to geotag.
    let images = dir.join("images");
    let download = with(&[
        "--retries",
        "0",
        "download",
        "--video",
        "5000005",
        "--geotag",
        "--dir",
        &path(&images),
    ]);
    let photos_dir = photo_dir("json-output-photos", 4);
    let plan = dir.join("plan.geojson");
    let upload = with(&["--retries", "0", "upload", &path(&photos_dir)]);

    let mut seen = BTreeSet::new();
    let mut record = |command: &str, run: &common::Run| {
        assert!(!run.stdout.is_empty(), "`{command}` printed nothing");
        for line in run.stdout.lines() {
            seen.insert(check(&docs, command, line));
        }
    };
    for (command, args) in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = kartaview(&args);
        run.ok();
        record(command, &run);
    }

    // decode: a saved 2.0 photo page.
    let url = format!("{base}/2.0/photo/?sequenceId=1004&itemsPerPage=100");
    let body = fake
        .block_on(async { common::http_get(&url).await?.bytes().await })
        .expect("saved body");
    let saved = dir.join("photos.json");
    std::fs::write(&saved, &body).expect("write");
    let decoded = kartaview(&["--json", "decode", &path(&saved)]);
    decoded.ok();
    record("decode", &decoded);

    fake.mock
        .push_fault(Fault::status(404).times(1).on_images());
    let args: Vec<&str> = download.iter().map(String::as_str).collect();
    let first = kartaview(&args);
    assert_eq!(first.code, Some(1), "one image fails: {}", first.stderr);
    record("download", &first);
    let again = kartaview(&args);
    again.ok();
    record("download", &again);

    let user_images = dir.join("user-images");
    let args = with(&[
        "download",
        "--user",
        "weekend-mapper",
        "--dir",
        &path(&user_images),
    ]);
    let by_user = kartaview(&args.iter().map(String::as_str).collect::<Vec<_>>());
    by_user.ok();
    record("download", &by_user);

    let dry = kartaview(&[
        "--json",
        "upload",
        "--dry-run",
        "--geojson",
        &path(&plan),
        &path(&photos_dir),
    ]);
    dry.ok();
    record("upload", &dry);
    // One photo refused (400 is not retried), then the rerun resumes and stores it.
    fake.mock
        .push_fault(Fault::status(400).times(1).on("POST", "/1.0/photo/"));
    let args: Vec<&str> = upload.iter().map(String::as_str).collect();
    let first = kartaview(&args);
    assert_eq!(first.code, Some(1), "one photo fails: {}", first.stderr);
    record("upload", &first);
    let again = kartaview(&args);
    again.ok();
    record("upload", &again);

    let deleted = kartaview(
        &with(&["delete", "--yes", "--photo", "100000004"])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    deleted.ok();
    record("delete", &deleted);
    let deleted = kartaview(
        &with(&["delete", "--yes", "--sequence", "1002"])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    deleted.ok();
    record("delete", &deleted);

    let store = dir.join("credentials.json");
    let login = kartaview_stored(
        &[&["--json", "--base-url", &base][..], &GOOGLE_LOGIN].concat(),
        &store,
    );
    login.ok();
    record("login", &login);
    let logout = kartaview_stored(&["--json", "--base-url", &base, "logout"], &store);
    logout.ok();
    record("logout", &logout);

    // `mock` runs until stopped: read its first line, then stop it.
    let mut child = Command::new(BIN)
        .args(["--json", "mock"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("kartaview mock");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("its first line");
    let _ = child.kill();
    let _ = child.wait();
    seen.insert(check(&docs, "mock", line.trim_end()));

    let skipped: BTreeSet<&str> = NOT_PROVOKED.iter().map(|(name, _)| *name).collect();
    let unprinted: Vec<&String> = docs
        .keys()
        .filter(|name| !seen.contains(*name) && !skipped.contains(name.as_str()))
        .collect();
    assert!(
        unprinted.is_empty(),
        "documented but printed by no run: {unprinted:?}"
    );
    for name in skipped {
        assert!(docs.contains_key(name), "{name} is no longer documented");
        assert!(
            !seen.contains(name),
            "{name} is printed here now: drop it from NOT_PROVOKED"
        );
    }
}
