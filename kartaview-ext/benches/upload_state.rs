//! What keeping an upload resumable costs per confirmed photo, when 1,000 and 20,000 photos
//! are already confirmed: the state layer `Client::upload` uses (one journal line per photo,
//! the snapshot rewritten only at the end) against the strategy it replaced, measured in the
//! same run as the baseline (the whole state file rewritten, synced and renamed after every
//! photo). Files go to the target folder's scratch space, on a real disk, so syncs cost what
//! they cost there.
//!
//! `cargo bench -p kartaview-ext --bench upload_state`

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use kartaview_ext::StateStore;
use serde::Serialize;

const SIZES: [u32; 2] = [1_000, 20_000];

fn fingerprint(i: u32) -> String {
    format!("IMG_{i:05}.jpg:2048")
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("upload-state-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// The state file of the previous release, field for field.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OldState {
    version: u32,
    api: &'static str,
    sequence_id: Option<u64>,
    upload_source: Option<String>,
    confirmed: BTreeMap<u32, String>,
    finishing: bool,
    finished: bool,
}

/// The previous release's save after each photo: pretty JSON of the whole state, a temporary
/// file beside it, synced, renamed over it.
fn old_save(path: &Path, state: &OldState) {
    let bytes = serde_json::to_vec_pretty(state).expect("encode");
    let tmp = path.with_extension("tmp");
    let mut file = std::fs::File::create(&tmp).expect("create");
    file.write_all(&bytes).expect("write");
    file.sync_all().expect("sync");
    std::fs::rename(&tmp, path).expect("rename");
}

fn state_per_photo(c: &mut Criterion) {
    let mut group = c.benchmark_group("upload_state_per_photo");
    // Both costs are dominated by fsync latency, which varies with the disk's other load:
    // more samples over a longer time.
    group.sample_size(20);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(4));
    for n in SIZES {
        let dir = scratch(&format!("rewrite-{n}"));
        let path = dir.join("state.json");
        let mut state = OldState {
            version: 1,
            api: "v1",
            sequence_id: Some(9001),
            upload_source: Some("kartaview-rs upload 0123456789abcdef".to_owned()),
            confirmed: (0..n).map(|i| (i, fingerprint(i))).collect(),
            finishing: false,
            finished: false,
        };
        old_save(&path, &state);
        let mut next = 0u32;
        group.bench_function(BenchmarkId::new("rewrite", n), |b| {
            b.iter(|| {
                // Confirming index `next` again keeps the state at `n` photos.
                state.confirmed.insert(next % n, fingerprint(next % n));
                old_save(&path, &state);
                next += 1;
            })
        });
        let _ = std::fs::remove_dir_all(dir);

        let dir = scratch(&format!("journal-{n}"));
        let path = dir.join("state.json");
        let mut store = StateStore::open(Some(&path)).expect("open");
        store.set_sequence(9001).expect("sequence id");
        for i in 0..n {
            store.confirm(i, &fingerprint(i)).expect("confirm");
        }
        store.compact().expect("compact");
        let mut next = n;
        group.bench_function(BenchmarkId::new("journal", n), |b| {
            b.iter(|| {
                store.confirm(next, &fingerprint(next)).expect("confirm");
                next += 1;
            })
        });
        store.compact().expect("compact");
        drop(store);
        let reopened = StateStore::open(Some(&path)).expect("reopen");
        assert!(
            format!("{reopened:?}").contains(&format!("confirmed: {next}")),
            "every confirmed photo is in the compacted state: {reopened:?}"
        );
        let _ = std::fs::remove_dir_all(dir);
    }
    group.finish();
}

criterion_group!(benches, state_per_photo);
criterion_main!(benches);
