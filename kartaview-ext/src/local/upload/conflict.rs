//! Why an upload cannot go on as asked: the refusals that keep a rerun from mixing an upload up
//! with an earlier run of it (another API, changed files, another split).

use std::path::PathBuf;

/// Why an upload cannot go on as asked without mixing it up with an earlier run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UploadConflict {
    /// The upload was started with the other API.
    #[error("this upload was started with API {started:?}; resume it with the same API")]
    OtherApi {
        /// The API the upload was started with.
        started: super::UploadApi,
    },
    /// A file differs from the one an earlier run uploaded under the same `sequenceIndex`.
    #[error(
        "the input changed since the upload started: index {index} was {recorded}, is now {now}"
    )]
    InputChanged {
        /// The `sequenceIndex`.
        index: u32,
        /// The fingerprint recorded when it was uploaded.
        recorded: String,
        /// Its fingerprint now.
        now: String,
    },
    /// An earlier run uploaded the folder as one sequence, and this plan splits it.
    #[error(
        "{}: an earlier run uploaded the folder as one sequence ({}), and this run would split it into {sequences}: rerun without --split-gap, or move {}/.kartaview-upload*.json away to upload the folder anew",
        folder.display(),
        crate::local::inputs::STATE_FILE,
        folder.display()
    )]
    SplitsWholeFolder {
        /// The folder.
        folder: PathBuf,
        /// How many sequences this plan makes of it.
        sequences: usize,
    },
    /// A photo would go into another sequence than on an earlier run.
    #[error(
        "{}: {photo} went into the sequence of {before} on an earlier run, and would now go into the sequence of {now}: the split changed (another --split-gap, or photos added or removed around a gap). Rerun with the earlier options, or move {}/.kartaview-upload*.json away to upload the folder anew",
        folder.display(),
        folder.display()
    )]
    PhotoMoved {
        /// The folder.
        folder: PathBuf,
        /// The photo's file name.
        photo: String,
        /// The state file of the sequence it went into before.
        before: String,
        /// The state file of the sequence it would go into now.
        now: String,
    },
}
