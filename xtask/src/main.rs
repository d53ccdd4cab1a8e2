//! `cargo xtask`: see the crate documentation of the `xtask` library.

use std::process::ExitCode;

use xtask::bench::{run_bench, run_process_bench};
use xtask::{Mode, run_codegen, run_coverage, workspace_root};

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  codegen           lint openapi.yaml, write kartaview-api/src/generated.rs and docs/api-coverage.md
  codegen --check   fail with a diff if either file differs from what codegen would write
  coverage          write docs/api-coverage.md only
  coverage --check  fail with a diff if docs/api-coverage.md is out of date
  bench             run the benchmarks and write docs/PERFORMANCE.md
  bench --process   the whole-process benchmark alone; rewrite its section of the report
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
        ["bench", "--process"] => run_process_bench(&root),
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
