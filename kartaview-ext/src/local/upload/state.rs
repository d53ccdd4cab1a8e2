//! The upload's progress on disk: a JSON snapshot plus an append-only journal beside it.
//!
//! What must survive any crash before the upload goes on (the marker written before the
//! sequence is created, the sequence id, the finish flags) is written to the snapshot: a whole
//! file, replaced atomically and synced. Each confirmed `sequenceIndex` is instead one line
//! appended to `<state file>.journal`, so that confirming a photo costs the same at the
//! 20,000th photo as at the first (rewriting the snapshot each time is quadratic). A line is
//! written with one `write` call, which survives the process being killed; it is synced to the
//! disk in groups, because a line lost to a power cut only means the server answers 660
//! (already stored) when the photo is sent again. Loading replays the journal into the
//! snapshot and compacts it (the snapshot is rewritten and the journal emptied); so does every
//! snapshot write. A torn last line (the process died mid-line) is ignored.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::UploadApi;
use crate::error::{Error, Result};
use crate::local::files::write_atomically;

/// Version 2: the snapshot has a journal beside it. Version 1 (a snapshot alone, rewritten
/// after every photo) has the same fields and is read as a snapshot without journal; it is
/// written back as version 2, which older releases refuse instead of ignoring the journal.
const STATE_VERSION: u32 = 2;
const OLDEST_READABLE: u32 = 1;

/// Journal lines written between two syncs, at most.
const SYNC_EVERY_LINES: u32 = 256;
/// Time between two syncs of the journal, at most (checked when a line is written).
const SYNC_EVERY: Duration = Duration::from_secs(1);

/// The upload's progress (the snapshot's content).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct UploadState {
    pub(crate) version: u32,
    pub(crate) api: UploadApi,
    pub(crate) sequence_id: Option<u64>,
    /// Written before the sequence is created, so that a run interrupted before saving the
    /// new id can find the sequence by it.
    pub(crate) upload_source: Option<String>,
    /// Confirmed `sequenceIndex` → fingerprint of what was uploaded there.
    pub(crate) confirmed: BTreeMap<u32, String>,
    /// Set before the finish call goes out: the server may have processed it.
    pub(crate) finishing: bool,
    pub(crate) finished: bool,
}

/// One journal line: `index` of `sequence` was confirmed holding `fingerprint`. The sequence
/// id keeps lines of a replaced sequence (apiCode 612, then re-created) from counting for the
/// new one.
#[derive(Serialize, Deserialize)]
struct JournalLine {
    s: u64,
    i: u32,
    f: String,
}

/// The state, where it is kept, and the open journal.
#[doc(hidden)]
pub struct StateStore {
    path: Option<PathBuf>,
    state: UploadState,
    journal: Option<File>,
    unsynced: u32,
    last_sync: Instant,
}

impl std::fmt::Debug for StateStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StateStore")
            .field("path", &self.path)
            .field("sequence_id", &self.state.sequence_id)
            .field("confirmed", &self.state.confirmed.len())
            .finish()
    }
}

impl StateStore {
    /// Loads the state kept at `path` (a fresh one when there is no file, or no path: then
    /// nothing is written), replays its journal and compacts it.
    pub fn open(path: Option<&Path>) -> Result<Self> {
        let fresh = UploadState {
            version: STATE_VERSION,
            ..UploadState::default()
        };
        let mut store = StateStore {
            path: path.map(Path::to_path_buf),
            state: fresh.clone(),
            journal: None,
            unsynced: 0,
            last_sync: Instant::now(),
        };
        let Some(path) = path else { return Ok(store) };
        store.state = match std::fs::read(path) {
            Ok(bytes) => parse_snapshot(path, &bytes)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => fresh,
            Err(e) => return Err(Error::io(format!("cannot read {}", path.display()), e)),
        };
        let journal = journal_path(path);
        let replayed = match std::fs::read(&journal) {
            Ok(bytes) => store.replay(&journal, &bytes)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::io(format!("cannot read {}", journal.display()), e)),
        };
        if replayed.is_some() || store.state.version != STATE_VERSION {
            store.save()?;
        }
        Ok(store)
    }

    /// [`open`](Self::open) on tokio's blocking pool (it may replay, write and sync).
    pub(crate) async fn open_off_runtime(path: Option<PathBuf>) -> Result<Self> {
        if path.is_none() {
            return Self::open(None);
        }
        joined(tokio::task::spawn_blocking(move || Self::open(path.as_deref())).await)?
    }

    /// Runs a write on tokio's blocking pool when it touches the disk. A sync takes
    /// milliseconds (far more on a busy disk); on the runtime it would stall the uploads in
    /// flight, and on a current-thread runtime everything else too.
    pub(crate) async fn off_runtime<T: Send + 'static>(
        &mut self,
        write: impl FnOnce(&mut StateStore) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        if self.path.is_none() {
            return write(self);
        }
        // The store travels to the pool and back; a pathless one stands in meanwhile.
        let mut owned = std::mem::replace(self, StateStore::detached());
        let (owned, result) = joined(
            tokio::task::spawn_blocking(move || {
                let result = write(&mut owned);
                (owned, result)
            })
            .await,
        )?;
        *self = owned;
        result
    }

    /// Whether [`confirm`](Self::confirm) would do more than hand one line to the page cache:
    /// open the journal, or sync it.
    pub(crate) fn confirm_may_block(&self) -> bool {
        self.path.is_some()
            && (self.journal.is_none()
                || self.unsynced + 1 >= SYNC_EVERY_LINES
                || self.last_sync.elapsed() >= SYNC_EVERY)
    }

    fn detached() -> Self {
        StateStore {
            path: None,
            state: UploadState::default(),
            journal: None,
            unsynced: 0,
            last_sync: Instant::now(),
        }
    }

    /// The state.
    pub(crate) fn state(&self) -> &UploadState {
        &self.state
    }

    /// Changes the state and writes it durably (snapshot synced, journal emptied) before
    /// returning: for what must not be lost (marker, sequence id, finish flags).
    pub(crate) fn update(&mut self, change: impl FnOnce(&mut UploadState)) -> Result<()> {
        change(&mut self.state);
        self.save()
    }

    /// Records that `index` holds `fingerprint` on the server: one journal line.
    pub fn confirm(&mut self, index: u32, fingerprint: &str) -> Result<()> {
        self.state.confirmed.insert(index, fingerprint.to_owned());
        let (Some(path), Some(sequence)) = (self.path.as_deref(), self.state.sequence_id) else {
            return Ok(());
        };
        let journal_file = journal_path(path);
        let fail = |e| Error::io(format!("cannot write {}", journal_file.display()), e);
        let mut line = serde_json::to_vec(&JournalLine {
            s: sequence,
            i: index,
            f: fingerprint.to_owned(),
        })
        .map_err(|e| Error::io("cannot encode the upload state", e.into()))?;
        line.push(b'\n');
        let journal = match &mut self.journal {
            Some(file) => file,
            slot => slot.insert(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&journal_file)
                    .map_err(fail)?,
            ),
        };
        // One write call per line: a killed process leaves whole lines (or a torn last one).
        journal.write_all(&line).map_err(fail)?;
        self.unsynced += 1;
        if self.unsynced >= SYNC_EVERY_LINES || self.last_sync.elapsed() >= SYNC_EVERY {
            journal.sync_data().map_err(fail)?;
            self.unsynced = 0;
            self.last_sync = Instant::now();
        }
        Ok(())
    }

    /// Folds the journal into the snapshot.
    pub fn compact(&mut self) -> Result<()> {
        if self.unsynced > 0 || self.journal.is_some() {
            self.save()
        } else {
            Ok(())
        }
    }

    /// Sets the sequence id durably (for benchmarks, which have no server to create one).
    pub fn set_sequence(&mut self, sequence_id: u64) -> Result<()> {
        self.update(|s| s.sequence_id = Some(sequence_id))
    }

    /// Writes the snapshot, then empties the journal (every line of it is in the snapshot).
    /// A crash in between replays lines already in the snapshot, which changes nothing.
    fn save(&mut self) -> Result<()> {
        let Some(path) = self.path.clone() else {
            return Ok(());
        };
        self.state.version = STATE_VERSION;
        let bytes = serde_json::to_vec_pretty(&self.state)
            .map_err(|e| Error::io("cannot encode the upload state", e.into()))?;
        crate::local::files::create_parent(&path)?;
        write_atomically(&path, &bytes, false)?;
        let journal = journal_path(&path);
        let emptied = match &self.journal {
            Some(file) => file.set_len(0),
            None => match std::fs::remove_file(&journal) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                other => other,
            },
        };
        emptied.map_err(|e| Error::io(format!("cannot empty {}", journal.display()), e))?;
        self.unsynced = 0;
        self.last_sync = Instant::now();
        Ok(())
    }

    /// Applies the journal's lines of the current sequence. `Some(lines)` when there were any.
    fn replay(&mut self, journal: &Path, bytes: &[u8]) -> Result<Option<usize>> {
        if bytes.is_empty() {
            return Ok(None);
        }
        let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
        // After the last newline: empty, or a line torn by a crash. Either way not a record.
        let complete = &lines[..lines.len() - 1];
        let mut applied = 0;
        for (n, line) in complete.iter().enumerate() {
            match serde_json::from_slice::<JournalLine>(line) {
                Ok(entry) => {
                    if Some(entry.s) == self.state.sequence_id {
                        self.state.confirmed.insert(entry.i, entry.f);
                        applied += 1;
                    }
                }
                // A power cut can leave garbage at the end of an appended file.
                Err(_) if n + 1 == complete.len() => {}
                Err(e) => {
                    return Err(Error::invalid_input(
                        journal,
                        format!(
                            "the upload journal is damaged at line {} ({e}); move it away to start over (photos already on the server are then only answered as duplicates)",
                            n + 1
                        ),
                    ));
                }
            }
        }
        Ok(Some(applied))
    }
}

/// The answer of a blocking task; a panic in it goes on in the caller.
fn joined<T>(result: std::result::Result<T, tokio::task::JoinError>) -> Result<T> {
    match result {
        Ok(value) => Ok(value),
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        // Only when the runtime shuts down.
        Err(e) => Err(Error::io(
            "the upload state was not written",
            std::io::Error::other(e),
        )),
    }
}

/// Where the journal of the state file `path` is kept.
pub(crate) fn journal_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".journal");
    PathBuf::from(name)
}

fn parse_snapshot(path: &Path, bytes: &[u8]) -> Result<UploadState> {
    let state: UploadState = serde_json::from_slice(bytes).map_err(|e| {
        Error::invalid_input(
            path,
            format!("the upload state file is damaged ({e}); move it away to start over"),
        )
    })?;
    if !(OLDEST_READABLE..=STATE_VERSION).contains(&state.version) {
        return Err(Error::invalid_input(
            path,
            format!(
                "the upload state file has version {}; this version reads {OLDEST_READABLE} to {STATE_VERSION}",
                state.version
            ),
        ));
    }
    Ok(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        crate::local::files::test_dir(name)
    }

    #[test]
    fn confirmed_indexes_survive_a_reload_through_the_journal() {
        let dir = temp_dir("reload");
        let path = dir.join("state.json");
        let mut store = StateStore::open(Some(&path)).expect("open");
        store.set_sequence(9001).expect("sequence");
        for i in 0..5 {
            store
                .confirm(i, &format!("IMG_{i}.jpg:10"))
                .expect("confirm");
        }
        // Not compacted: the snapshot has no index yet, the journal has five lines.
        let snapshot: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).expect("snapshot")).expect("json");
        assert_eq!(snapshot["confirmed"], serde_json::json!({}));
        let journal = std::fs::read_to_string(journal_path(&path)).expect("journal");
        assert_eq!(journal.lines().count(), 5);
        assert_eq!(
            journal.lines().next(),
            Some(r#"{"s":9001,"i":0,"f":"IMG_0.jpg:10"}"#)
        );
        drop(store);

        let store = StateStore::open(Some(&path)).expect("reopen");
        assert_eq!(store.state().sequence_id, Some(9001));
        assert_eq!(
            store.state().confirmed.keys().copied().collect::<Vec<_>>(),
            vec![0, 1, 2, 3, 4]
        );
        // Loading compacted it: the snapshot holds the indexes, the journal is gone.
        let snapshot: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).expect("snapshot")).expect("json");
        assert_eq!(snapshot["version"], 2);
        assert_eq!(snapshot["confirmed"]["4"], "IMG_4.jpg:10");
        assert!(!journal_path(&path).exists());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_torn_last_line_is_ignored_and_other_sequences_lines_do_not_count() {
        let dir = temp_dir("torn");
        let path = dir.join("state.json");
        std::fs::write(
            &path,
            r#"{"version":2,"api":"v1","sequenceId":9002,"uploadSource":"x","confirmed":{"0":"a:1"},"finishing":false,"finished":false}"#,
        )
        .expect("snapshot");
        std::fs::write(
            journal_path(&path),
            "{\"s\":9001,\"i\":7,\"f\":\"old:1\"}\n{\"s\":9002,\"i\":1,\"f\":\"b:1\"}\n{\"s\":9002,\"i\":2,\"f\":\"c",
        )
        .expect("journal");
        let store = StateStore::open(Some(&path)).expect("open");
        let confirmed: Vec<(u32, &str)> = store
            .state()
            .confirmed
            .iter()
            .map(|(i, f)| (*i, f.as_str()))
            .collect();
        assert_eq!(confirmed, vec![(0, "a:1"), (1, "b:1")]);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test]
    async fn writes_off_the_runtime_come_back_with_the_store() {
        let dir = temp_dir("off-runtime");
        let path = dir.join("state.json");
        let mut store = StateStore::open_off_runtime(Some(path.clone()))
            .await
            .expect("open");
        store
            .off_runtime(|s| s.set_sequence(9003))
            .await
            .expect("sequence");
        // The journal is opened by the first confirm, then lines only go to the page cache.
        assert!(store.confirm_may_block());
        store
            .off_runtime(|s| s.confirm(4, "e:1"))
            .await
            .expect("confirm");
        assert!(!store.confirm_may_block());
        assert_eq!(store.state().sequence_id, Some(9003));
        store
            .off_runtime(StateStore::compact)
            .await
            .expect("compact");
        let reread = StateStore::open(Some(&path)).expect("reopen");
        assert_eq!(reread.state().sequence_id, Some(9003));
        assert_eq!(
            reread.state().confirmed.get(&4).map(String::as_str),
            Some("e:1")
        );
        let mut memory = StateStore::open_off_runtime(None).await.expect("in memory");
        assert!(!memory.confirm_may_block());
        memory
            .off_runtime(|s| s.confirm(1, "a:1"))
            .await
            .expect("in memory");
        assert_eq!(memory.state().confirmed.len(), 1);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_damaged_line_before_the_end_is_refused_with_its_number() {
        let dir = temp_dir("damaged");
        let path = dir.join("state.json");
        std::fs::write(
            &path,
            r#"{"version":2,"api":"v1","sequenceId":9002,"uploadSource":null,"confirmed":{},"finishing":false,"finished":false}"#,
        )
        .expect("snapshot");
        std::fs::write(
            journal_path(&path),
            "{\"s\":9002,\"i\":1,\"f\":\"b:1\"}\nnot json\n{\"s\":9002,\"i\":2,\"f\":\"c:1\"}\n",
        )
        .expect("journal");
        let error = StateStore::open(Some(&path)).expect_err("damaged");
        let text = error.to_string();
        assert!(text.contains("damaged at line 2"), "{text}");
        assert!(
            matches!(&error, Error::InvalidInput { path: p, .. } if *p == journal_path(&path)),
            "{error:?}"
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_version_1_file_is_read_and_written_back_as_version_2() {
        let dir = temp_dir("v1");
        let path = dir.join("state.json");
        // The shape the previous release wrote (snapshot only, rewritten per photo).
        std::fs::write(
            &path,
            r#"{"version":1,"api":"v2","sequenceId":77,"uploadSource":"s","confirmed":{"3":"f:9"},"finishing":true,"finished":false}"#,
        )
        .expect("v1 file");
        let store = StateStore::open(Some(&path)).expect("open");
        assert_eq!(store.state().api, UploadApi::V2);
        assert_eq!(store.state().sequence_id, Some(77));
        assert_eq!(
            store.state().confirmed.get(&3).map(String::as_str),
            Some("f:9")
        );
        assert!(store.state().finishing);
        let written: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
        assert_eq!(written["version"], 2);

        std::fs::write(&path, r#"{"version":3,"api":"v1","confirmed":{}}"#).expect("v3");
        let newer = StateStore::open(Some(&path)).expect_err("newer");
        assert!(
            matches!(&newer, Error::InvalidInput { path: p, .. } if *p == path),
            "{newer:?}"
        );
        let text = newer.to_string();
        assert!(text.contains("has version 3"), "{text}");
        let _ = std::fs::remove_dir_all(dir);
    }
}
