//! The regeneration loop touches one file: an operation added to a copy of `openapi.yaml` is
//! classified as a read by conformance, reported as skipped by the fake that does not serve it,
//! listed in the coverage report, and callable through kartaview-ext's seam once regenerated.

use std::path::Path;
use std::process::Command;

use kartaview_mock::{DEFAULT_SEQUENCE_ID, DEFAULT_TOKEN, MockServer};
use xtask::conformance::{Options, Verdict, run};

/// A read the fake does not serve, answered by a schema the seam already knows.
const NEW_OPERATION: &str = r##"  /2.0/video-probe/{videoProbeId}:
    get:
      operationId: videoProbeGetById
      tags: [video]
      summary: Get a video probe
      x-kartaview-evidence:
        level: inferred
        reasoning: added by xtask/tests/regeneration.rs to a copy of the spec.
      parameters:
        - name: videoProbeId
          in: path
          required: true
          schema:
            type: integer
            format: int64
            minimum: 1
      responses:
        "200":
          description: The video.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/VideoResponse"
        4XX:
          $ref: "#/components/responses/Error"
"##;

fn spec_with_new_operation() -> String {
    let text = std::fs::read_to_string(xtask::workspace_root().join(xtask::SPEC_PATH))
        .expect("openapi.yaml");
    let (head, tail) = text.split_once("\npaths:\n").expect("a paths section");
    format!("{head}\npaths:\n{NEW_OPERATION}{tail}")
}

#[tokio::test]
async fn a_new_read_is_checked_by_conformance_and_skipped_by_the_fake() {
    let spec = xtask::parse_yaml(&spec_with_new_operation()).expect("spec parses");
    let mock = MockServer::start().await.expect("mock starts");
    let options = Options {
        base_url: mock.base_url(),
        token: Some(DEFAULT_TOKEN.to_string()),
        sequence: Some(DEFAULT_SEQUENCE_ID.to_string()),
        fake: true,
        ..Options::default()
    };
    let report = run(&spec, &options).await.expect("the mock is reachable");
    let new = report
        .operations
        .iter()
        .find(|o| o.operation == "videoProbeGetById")
        .expect("the new read is in the report");
    assert_eq!(new.verdict, Verdict::NotImplemented, "{}", report.text());
    // Called with a placeholder id, since no answer names a video probe.
    assert_eq!(new.call, "GET /2.0/video-probe/0");
    assert_eq!(report.exit_code(), 0, "{}", report.text());
    assert!(
        mock.requests()
            .iter()
            .any(|r| r.method == "GET" && r.path == "/2.0/video-probe/0")
    );
}

/// Writes only what differs, so that cargo finds the copies fresh on the next run.
fn write(path: &Path, contents: &[u8]) {
    if std::fs::read(path).ok().as_deref() != Some(contents) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            write(&target, &std::fs::read(entry.path()).unwrap());
        }
    }
}

#[test]
fn a_new_read_compiles_through_the_seam_after_regeneration() {
    let output = xtask::codegen(&spec_with_new_operation()).expect("codegen");
    assert!(
        output
            .operations_rs
            .contains("pub const VIDEO_PROBE_GET_BY_ID")
    );
    assert!(output.coverage_md.contains("videoProbeGetById"));

    // A workspace of copies of the SDK crates, with the regenerated client and a crate that
    // calls the new operation the way kartaview-ext's users do.
    let root = xtask::workspace_root();
    // Under the workspace's target directory, kept between runs: a second run checks nothing
    // again.
    let dir = root.join("target/regeneration-test");
    // `tests` too: kartaview-mock's tests use its helpers, and cargo loads every member's
    // dev-dependencies.
    for krate in ["kartaview-api", "kartaview-ext", "kartaview-mock", "tests"] {
        copy_dir(&root.join(krate), &dir.join(krate));
    }
    write(
        &dir.join("Cargo.lock"),
        &std::fs::read(root.join("Cargo.lock")).unwrap(),
    );
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let manifest: String = manifest
        .lines()
        .map(|line| {
            if line.starts_with("members = ") {
                r#"members = ["kartaview-api", "kartaview-ext", "kartaview-mock", "tests", "probe"]"#
            } else if line.starts_with("default-members = ") {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    write(&dir.join("Cargo.toml"), manifest.as_bytes());
    let api_src = dir.join("kartaview-api/src");
    write(
        &api_src.join("generated.rs"),
        output.generated_rs.as_bytes(),
    );
    write(
        &api_src.join("operations.rs"),
        output.operations_rs.as_bytes(),
    );
    write(
        &dir.join("probe/Cargo.toml"),
        b"[package]\nname = \"probe\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
          [dependencies]\nkartaview-ext.workspace = true\n",
    );
    write(
        &dir.join("probe/src/lib.rs"),
        b"use kartaview_ext::api::types::VideoResponse;\n\
          use kartaview_ext::{Client, OperationExt, Result};\n\n\
          pub async fn probe(client: &Client) -> Result<VideoResponse> {\n    \
              client.api().video_probe_get_by_id().video_probe_id(7u64).run(client).await\n}\n",
    );

    // The workspace's target directory: the dependencies are built already.
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args([
            "check",
            "--offline",
            "--quiet",
            "-p",
            "probe",
            "--manifest-path",
        ])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", root.join("target"));
    // What cargo set for this test, not for a build: build scripts that watch these (ring's
    // CARGO_MANIFEST_DIR) would see a change and check their dependants again.
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        let of_this_test = ["CARGO_PKG_", "CARGO_MANIFEST_", "CARGO_CRATE_"]
            .iter()
            .any(|p| name.starts_with(p))
            || name == "CARGO_PRIMARY_PACKAGE"
            || name == "CARGO_TARGET_TMPDIR";
        if of_this_test {
            command.env_remove(&*name);
        }
    }
    let out = command.output().expect("cargo runs");
    assert!(
        out.status.success(),
        "the call through the seam does not compile:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
