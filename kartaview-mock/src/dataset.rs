//! What the mock is seeded with.

/// The user the mock's token belongs to: every write is made as this user, and
/// `/auth/{provider}/client_auth` logs in as this user.
pub const DEFAULT_USER_ID: i64 = 42;
/// Username of [`DEFAULT_USER_ID`].
pub const DEFAULT_USERNAME: &str = "test-mapper";
/// Full name of [`DEFAULT_USER_ID`].
pub const DEFAULT_FULL_NAME: &str = "Test Mapper";
/// A second seeded user, owner of [`SPHERE_SEQUENCE_ID`]; uploads into its sequences are
/// refused with apiCode 618.
pub const OTHER_USER_ID: i64 = 43;
/// Username of [`OTHER_USER_ID`].
pub const OTHER_USERNAME: &str = "other-mapper";
/// The token the mock accepts unless [`MockBuilder::token`](crate::MockBuilder::token) sets
/// another (64 hex digits, like the real ones).
pub const DEFAULT_TOKEN: &str = "6b617274617669657720206d6f636b20746f6b656e2020666f722074657374ff";
/// Default seed of the generated data.
pub const DEFAULT_SEED: u64 = 0x4B56_4D4F_434B;

/// Video sequence: 237 photos recorded as 5 videos of 50, 50, 50, 50 and 37 frames.
pub const DEFAULT_SEQUENCE_ID: i64 = 1001;
/// Number of photos of [`DEFAULT_SEQUENCE_ID`].
pub const DEFAULT_SEQUENCE_PHOTOS: usize = 237;
/// The first video of [`DEFAULT_SEQUENCE_ID`] (`videoIndex` 0).
pub const DEFAULT_VIDEO_ID: i64 = 5_000_001;
/// All videos of [`DEFAULT_SEQUENCE_ID`], in `videoIndex` order.
pub const DEFAULT_VIDEO_IDS: [i64; 5] = [5_000_001, 5_000_002, 5_000_003, 5_000_004, 5_000_005];
/// Photo sequence with exactly 1000 photos: 25 full pages of 40 and 10 full pages of 100, so
/// the "full last page says hasMoreData" quirk shows with the default page size.
pub const MEDIUM_SEQUENCE_ID: i64 = 1002;
/// Number of photos of [`MEDIUM_SEQUENCE_ID`].
pub const MEDIUM_SEQUENCE_PHOTOS: usize = 1000;
/// Photo sequence with 5000 photos, for paging and throughput.
pub const LARGE_SEQUENCE_ID: i64 = 1003;
/// Number of photos of [`LARGE_SEQUENCE_ID`].
pub const LARGE_SEQUENCE_PHOTOS: usize = 5000;
/// 360° sequence (projection `SPHERE`) of 24 photos by [`OTHER_USER_ID`].
pub const SPHERE_SEQUENCE_ID: i64 = 1004;
/// Number of photos of [`SPHERE_SEQUENCE_ID`].
pub const SPHERE_SEQUENCE_PHOTOS: usize = 24;
/// A user with several small sequences on several dates inside [`AREA_BBOX`]: the one to try
/// `sequences --user` and `download --user` on.
pub const AREA_USER_ID: i64 = 44;
/// Username of [`AREA_USER_ID`].
pub const AREA_USERNAME: &str = "area-mapper";
/// A second user with sequences inside [`AREA_BBOX`].
pub const WEEKEND_USER_ID: i64 = 45;
/// Username of [`WEEKEND_USER_ID`].
pub const WEEKEND_USERNAME: &str = "weekend-mapper";
/// One area sequence: (id, owner, photos, capture day `(year, month, day)`, start `(lat, lng)`).
pub type AreaSequence = (i64, i64, usize, (i64, u32, u32), (f64, f64));
/// The area sequences. Together they hold [`AREA_PHOTOS`] photos, north of every other seeded
/// photo.
pub const AREA_SEQUENCES: [AreaSequence; 6] = [
    (1101, AREA_USER_ID, 40, (2023, 5, 2), (46.7935, 23.5450)),
    (1102, AREA_USER_ID, 60, (2023, 5, 20), (46.8065, 23.5450)),
    (1103, AREA_USER_ID, 50, (2023, 6, 11), (46.7935, 23.5750)),
    (1104, AREA_USER_ID, 30, (2024, 3, 9), (46.8065, 23.5750)),
    (1105, WEEKEND_USER_ID, 45, (2023, 5, 20), (46.8000, 23.5600)),
    (1106, WEEKEND_USER_ID, 35, (2024, 7, 21), (46.7960, 23.5620)),
];
/// Photos of [`AREA_SEQUENCES`].
pub const AREA_PHOTOS: usize = 260;
/// A box `(south, west, north, east)` holding every photo of [`AREA_SEQUENCES`] and no other
/// seeded photo.
pub const AREA_BBOX: (f64, f64, f64, f64) = (46.785, 23.530, 46.815, 23.590);
/// Id of the first seeded photo; the others follow one by one, sequence after sequence in
/// dataset order, each sequence in `sequenceIndex` order (so in the default dataset sequence
/// 1001 has photos 100000001..=100000237, 1002 the next 1000, and so on).
pub const DEFAULT_FIRST_PHOTO_ID: i64 = 100_000_001;
/// Sequences created through the API get ids from here on (or above the largest seeded id).
pub const FIRST_CREATED_SEQUENCE_ID: i64 = 9001;

/// Frames per video in generated video sequences (the last video is shorter).
pub const FRAMES_PER_VIDEO: usize = 50;

/// One seeded user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserSpec {
    /// The user id.
    pub id: i64,
    /// The username.
    pub username: String,
    /// The full name.
    pub full_name: String,
}

impl UserSpec {
    /// A user with this id and names.
    pub fn new(id: i64, username: &str, full_name: &str) -> Self {
        UserSpec {
            id,
            username: username.to_string(),
            full_name: full_name.to_string(),
        }
    }
}

/// One seeded sequence. Everything not given is generated from the seed.
///
/// ```
/// use kartaview_mock::{Dataset, SequenceSpec};
/// let data = Dataset::new()
///     .sequence(SequenceSpec { id: 7, photos: 120, videos: true, ..SequenceSpec::default() })
///     .sequence(SequenceSpec::new(8, 3).user(99).start(52.52, 13.40));
/// # let _ = data;
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct SequenceSpec {
    /// The sequence id.
    pub id: i64,
    /// Number of photos (`sequenceIndex` 0..photos).
    pub photos: usize,
    /// Recorded as videos: photos carry `videoId`/`videoIndex` of their video (one video per
    /// [`frames_per_video`](Self::frames_per_video) frames), and the sequence `isVideo` "1".
    pub videos: bool,
    /// Owner; unknown users are created as `user{id}`.
    pub user_id: i64,
    /// 360° imagery: projection `SPHERE`, fieldOfView "360", 5760×2880.
    pub spherical: bool,
    /// First position `(lat, lng)`; generated near Cluj-Napoca when `None`.
    pub start: Option<(f64, f64)>,
    /// Id of the photo at `sequenceIndex` 0 (others follow by one); next free id when `None`.
    pub first_photo_id: Option<i64>,
    /// Id of the first video (others follow by one); next free id when `None`.
    pub first_video_id: Option<i64>,
    /// Frames per video when [`videos`](Self::videos) is set.
    pub frames_per_video: usize,
    /// Capture day `(year, month, day)`; generated from the seed when `None`.
    pub day: Option<(i64, u32, u32)>,
}

impl Default for SequenceSpec {
    fn default() -> Self {
        SequenceSpec {
            id: 0,
            photos: 0,
            videos: false,
            user_id: DEFAULT_USER_ID,
            spherical: false,
            start: None,
            first_photo_id: None,
            first_video_id: None,
            frames_per_video: FRAMES_PER_VIDEO,
            day: None,
        }
    }
}

impl SequenceSpec {
    /// A photo sequence of `photos` photos by [`DEFAULT_USER_ID`].
    pub fn new(id: i64, photos: usize) -> Self {
        SequenceSpec {
            id,
            photos,
            ..SequenceSpec::default()
        }
    }

    /// Recorded as videos.
    pub fn videos(mut self) -> Self {
        self.videos = true;
        self
    }

    /// Owned by `user_id`.
    pub fn user(mut self, user_id: i64) -> Self {
        self.user_id = user_id;
        self
    }

    /// 360° imagery.
    pub fn spherical(mut self) -> Self {
        self.spherical = true;
        self
    }

    /// Starting at `(lat, lng)`.
    pub fn start(mut self, lat: f64, lng: f64) -> Self {
        self.start = Some((lat, lng));
        self
    }

    /// Recorded on this day.
    pub fn day(mut self, year: i64, month: u32, day: u32) -> Self {
        self.day = Some((year, month, day));
        self
    }

    /// First photo id.
    pub fn first_photo_id(mut self, id: i64) -> Self {
        self.first_photo_id = Some(id);
        self
    }

    /// First video id.
    pub fn first_video_id(mut self, id: i64) -> Self {
        self.first_video_id = Some(id);
        self
    }
}

/// The users and sequences the mock starts with.
///
/// [`Dataset::default()`] is the documented default dataset (see the crate docs);
/// [`Dataset::new()`] is empty except for the token's user [`DEFAULT_USER_ID`], which always
/// exists.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub(crate) users: Vec<UserSpec>,
    pub(crate) sequences: Vec<SequenceSpec>,
}

impl Dataset {
    /// No sequences; only the token's user.
    pub fn new() -> Self {
        Dataset {
            users: vec![UserSpec::new(
                DEFAULT_USER_ID,
                DEFAULT_USERNAME,
                DEFAULT_FULL_NAME,
            )],
            sequences: Vec::new(),
        }
    }

    /// Adds a sequence (replacing one with the same id).
    pub fn sequence(mut self, spec: SequenceSpec) -> Self {
        self.sequences.retain(|s| s.id != spec.id);
        self.sequences.push(spec);
        self
    }

    /// Adds a user (replacing one with the same id).
    pub fn user(mut self, spec: UserSpec) -> Self {
        self.users.retain(|u| u.id != spec.id);
        self.users.push(spec);
        self
    }

    /// The seeded sequences.
    pub fn sequences(&self) -> &[SequenceSpec] {
        &self.sequences
    }

    /// The seeded users.
    pub fn users(&self) -> &[UserSpec] {
        &self.users
    }
}

impl Default for Dataset {
    fn default() -> Self {
        let seeded = Dataset::new()
            .user(UserSpec::new(OTHER_USER_ID, OTHER_USERNAME, "Other Mapper"))
            .sequence(
                SequenceSpec::new(DEFAULT_SEQUENCE_ID, DEFAULT_SEQUENCE_PHOTOS)
                    .videos()
                    .first_video_id(DEFAULT_VIDEO_ID),
            )
            .sequence(SequenceSpec::new(
                MEDIUM_SEQUENCE_ID,
                MEDIUM_SEQUENCE_PHOTOS,
            ))
            .sequence(SequenceSpec::new(LARGE_SEQUENCE_ID, LARGE_SEQUENCE_PHOTOS))
            .sequence(
                SequenceSpec::new(SPHERE_SEQUENCE_ID, SPHERE_SEQUENCE_PHOTOS)
                    .spherical()
                    .user(OTHER_USER_ID),
            )
            .user(UserSpec::new(AREA_USER_ID, AREA_USERNAME, "Area Mapper"))
            .user(UserSpec::new(
                WEEKEND_USER_ID,
                WEEKEND_USERNAME,
                "Weekend Mapper",
            ));
        // After the others, so that their ids and generated values stay as they were.
        AREA_SEQUENCES.iter().fold(
            seeded,
            |data, &(id, user, photos, (y, m, d), (lat, lng))| {
                data.sequence(
                    SequenceSpec::new(id, photos)
                        .user(user)
                        .day(y, m, d)
                        .start(lat, lng),
                )
            },
        )
    }
}
