//! What the latency benchmarks share: timing runs against the round-trip floor, and the
//! result file `cargo xtask bench` turns into `docs/PERFORMANCE.md`.

use std::cell::RefCell;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// One configuration's result.
#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    pub requests: usize,
    pub mean: Duration,
    pub floor: Duration,
    /// Items per run, for a throughput figure.
    pub items: u32,
}

/// Collects the runs of one configuration.
#[derive(Default)]
pub struct Runs {
    total: Duration,
    count: u32,
    requests: usize,
}

impl Runs {
    /// Times `iterations` runs of `run`, which returns the requests one run made.
    pub fn time(cell: &RefCell<Runs>, iterations: u64, mut run: impl FnMut() -> usize) -> Duration {
        let mut total = Duration::ZERO;
        for _ in 0..iterations {
            let started = Instant::now();
            let requests = run();
            let elapsed = started.elapsed();
            total += elapsed;
            let mut runs = cell.borrow_mut();
            runs.total += elapsed;
            runs.count += 1;
            runs.requests = requests;
        }
        total
    }

    /// The configuration's row: mean wall time, and the floor of `latency` per request.
    pub fn row(self, label: String, latency: Duration, items: u32) -> Row {
        let mean = self.total / self.count.max(1);
        Row {
            label,
            requests: self.requests,
            mean,
            floor: latency * u32::try_from(self.requests).unwrap_or(u32::MAX),
            items,
        }
    }
}

/// Prints the rows and writes them to `target/kartaview-bench/{bench}.json`.
pub fn report(bench: &str, latency: Duration, rows: &[Row]) {
    println!(
        "\n{bench}: round-trip floor = requests x {} ms latency",
        latency.as_millis()
    );
    let mut json = Vec::new();
    for row in rows {
        let ratio = row.mean.as_secs_f64() / row.floor.as_secs_f64();
        let per_second = f64::from(row.items) / row.mean.as_secs_f64();
        println!(
            "{:<28} {:>4} requests  mean {:>9.1} ms  floor {:>9.1} ms  wall/floor {:.3}  {:>7.1} items/s",
            row.label,
            row.requests,
            row.mean.as_secs_f64() * 1e3,
            row.floor.as_secs_f64() * 1e3,
            ratio,
            per_second
        );
        json.push(serde_json::json!({
            "label": row.label,
            "requests": row.requests,
            "mean_ms": row.mean.as_secs_f64() * 1e3,
            "floor_ms": row.floor.as_secs_f64() * 1e3,
            "wall_over_floor": ratio,
            "items": row.items,
            "items_per_second": per_second,
        }));
    }
    let dir = results_dir();
    let written = std::fs::create_dir_all(&dir).and_then(|()| {
        let body = serde_json::to_vec_pretty(&serde_json::json!({
            "bench": bench,
            "latency_ms": latency.as_millis() as u64,
            "rows": json,
        }))
        .unwrap_or_default();
        std::fs::write(dir.join(format!("{bench}.json")), body)
    });
    if let Err(e) = written {
        eprintln!("cannot write the {bench} results to {}: {e}", dir.display());
    }
}

fn results_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"))
        .join("kartaview-bench")
}
