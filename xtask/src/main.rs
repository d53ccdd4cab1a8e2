//! `cargo xtask`: see the crate documentation of the `xtask` library.

use std::process::ExitCode;

use std::path::Path;

use xtask::bench::{run_bench, run_process_bench, run_recording_bench};
use xtask::conformance::{Options, run};
use xtask::{Mode, run_codegen, run_coverage, workspace_root};

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  codegen           lint openapi.yaml, write kartaview-api/src/generated.rs, docs/api-coverage.md and docs/evidence.md
  codegen --check   fail with a diff if any of those files differs from what codegen would write
  coverage          write docs/api-coverage.md only
  coverage --check  fail with a diff if docs/api-coverage.md is out of date
  dependent         check kartaview-ext's examples as a crate outside the workspace, resolved
                    afresh (the newest semver-compatible dependencies), warnings as errors
  public-api        write docs/public-api/CRATE.txt: every public item of the library crates
  public-api --check  fail with a diff if the public API differs from the committed listing
  bench             run the benchmarks and write docs/PERFORMANCE.md
  bench --process   the whole-process benchmark alone; rewrite its section of the report
  bench --recording the recording-metadata benchmark alone (against the official parser
                    when KARTAVIEW_BENCH_UPLOAD_SCRIPTS names its source); rewrite its section
  conformance (--base-url URL | --mock) [--token TOKEN] [--sequence ID] [--video ID]
              [--photo ID] [--user ID] [--lat LAT --lng LNG] [--strict] [--report FILE]
                    call every read operation of openapi.yaml that the ids (given or found in
                    answers) can fill, and validate each answer against its schema; exit 0 when
                    all fit, 1 when any violates the spec, 2 on usage errors or an unreachable
                    server. --mock serves kartaview-mock in-process (its default ids and token)
                    and also exits 1 when a read the fake implements comes back skipped.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let root = workspace_root();
    let result = match args.as_slice() {
        ["codegen"] => run_codegen(&root, Mode::Write),
        ["codegen", "--check"] => run_codegen(&root, Mode::Check),
        ["coverage"] => run_coverage(&root, Mode::Write),
        ["coverage", "--check"] => run_coverage(&root, Mode::Check),
        ["bench"] => run_bench(&root),
        ["public-api"] => xtask::public_api::run_public_api(&root, Mode::Write),
        ["public-api", "--check"] => xtask::public_api::run_public_api(&root, Mode::Check),
        ["dependent"] => xtask::dependent::run_dependent(&root),
        ["conformance", rest @ ..] => return conformance(&root, rest),
        ["bench", "--process"] => run_process_bench(&root),
        ["bench", "--recording"] => run_recording_bench(&root),
        ["help" | "--help" | "-h"] => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprint!("error: unknown arguments {args:?}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

struct ConformanceArgs {
    options: Options,
    mock: bool,
    report: Option<String>,
}

fn parse_conformance(args: &[&str]) -> Result<ConformanceArgs, String> {
    let mut parsed = ConformanceArgs {
        options: Options::default(),
        mock: false,
        report: None,
    };
    let (mut lat, mut lng) = (None, None);
    let mut args = args.iter();
    while let Some(&flag) = args.next() {
        let mut value = || {
            args.next()
                .map(|v| v.to_string())
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        let o = &mut parsed.options;
        match flag {
            "--base-url" => o.base_url = value()?,
            "--token" => o.token = Some(value()?),
            "--sequence" => o.sequence = Some(value()?),
            "--video" => o.video = Some(value()?),
            "--photo" => o.photo = Some(value()?),
            "--user" => o.user = Some(value()?),
            "--lat" | "--lng" => {
                let text = value()?;
                let number: f64 = text
                    .parse()
                    .map_err(|_| format!("{flag} {text:?} is not a number"))?;
                if flag == "--lat" {
                    lat = Some(number);
                } else {
                    lng = Some(number);
                }
            }
            "--strict" => o.strict = true,
            "--mock" => parsed.mock = true,
            "--report" => parsed.report = Some(value()?),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    parsed.options.lat_lng = match (lat, lng) {
        (Some(lat), Some(lng)) => Some((lat, lng)),
        (None, None) => None,
        _ => return Err("--lat and --lng go together".to_string()),
    };
    let has_base_url = !parsed.options.base_url.is_empty();
    if parsed.mock == has_base_url {
        return Err("give exactly one of --base-url URL and --mock".to_string());
    }
    Ok(parsed)
}

fn conformance(root: &Path, args: &[&str]) -> ExitCode {
    let mut parsed = match parse_conformance(args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprint!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let spec = match std::fs::read_to_string(root.join(xtask::SPEC_PATH))
        .map_err(anyhow::Error::from)
        .and_then(|text| xtask::parse_yaml(&text))
    {
        Ok(spec) => spec,
        Err(error) => {
            eprintln!("error: cannot read {}: {error:#}", xtask::SPEC_PATH);
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start an async runtime: {error}");
            return ExitCode::from(2);
        }
    };
    let result = runtime.block_on(async {
        // Kept alive until the run ends: dropping it stops the server.
        let _mock = if parsed.mock {
            let mock = kartaview_mock::MockServer::start().await.map_err(|e| {
                xtask::conformance::Unreachable(format!("cannot start the mock: {e}"))
            })?;
            let o = &mut parsed.options;
            o.base_url = mock.base_url();
            o.fake = true;
            o.sequence
                .get_or_insert(kartaview_mock::DEFAULT_SEQUENCE_ID.to_string());
            o.token
                .get_or_insert(kartaview_mock::DEFAULT_TOKEN.to_string());
            Some(mock)
        } else {
            None
        };
        run(&spec, &parsed.options).await
    });
    let report = match result {
        Ok(report) => report,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    print!("{}", report.text());
    if let Some(path) = &parsed.report
        && let Err(error) = std::fs::write(path, report.markdown())
    {
        eprintln!("error: cannot write {path}: {error}");
        return ExitCode::from(2);
    }
    ExitCode::from(report.exit_code())
}
