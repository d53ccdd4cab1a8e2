//! A dense synthetic region: a city-sized box holding up to millions of photos, none of them
//! stored. The box is cut into cells of [`DENSE_CELL_MICRODEGREES`]; each cell's photo count
//! and each photo's values follow from the seed and the cell or photo id, so a query costs
//! time in proportion to the cells it touches and memory in proportion to the page answered.
//!
//! The definition, which tests may rely on:
//! - Cells are numbered row by row from the south-west corner (`index = row * cols + col`).
//!   Each has a weight `(1 + h % 4)²` (1, 4, 9 or 16) from a hash `h` of the seed and its
//!   index; the region's photos are shared out in proportion to the weights, rounding down
//!   cumulatively, so the counts add up to the total exactly.
//! - Photo ids run from [`DenseRegion::first_photo_id`] cell after cell; the photos of a cell
//!   are one sequence (id [`DenseRegion::first_sequence_id`] + cell index), `sequenceIndex`
//!   0, 1, ... in id order, taken 2 s apart, uploaded an hour after the last one.
//! - A photo's position is a whole number of microdegrees inside its cell (south and west
//!   edges included, north and east edges excluded), so disjoint half-open boxes of
//!   microdegrees never share a photo.

use std::fmt;
use std::io;
use std::sync::Arc;

use crate::state::PhotoRec;
use crate::util::{date_path, days_from_civil, haversine_m, mix};

/// Side of a cell of a [`DenseRegion`] in microdegrees (0.001°: about 111 m north-south).
pub const DENSE_CELL_MICRODEGREES: i64 = 1_000;

/// Most cells a region may have (its index holds one number per cell).
const MAX_CELLS: u64 = 4_000_000;

/// Microdegrees per degree.
const MICRO: f64 = 1_000_000.0;

/// A dense synthetic region served by [`MockBuilder::dense_region`](crate::MockBuilder::dense_region).
///
/// ```
/// use kartaview_mock::DenseRegion;
/// let city = DenseRegion::city();
/// assert_eq!(city.photos(), 1_000_000);
/// let total: u64 = (0..city.rows())
///     .flat_map(|r| (0..city.cols()).map(move |c| (r, c)))
///     .map(|(r, c)| city.cell_count(r, c))
///     .sum();
/// assert_eq!(total, 1_000_000);
/// ```
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct DenseRegion {
    south_u: i64,
    west_u: i64,
    rows: u32,
    cols: u32,
    photos: u64,
    seed: u64,
    first_photo_id: i64,
    first_sequence_id: i64,
    page_cap: u64,
    /// Offset of each cell's first photo among the region's, and the total last
    /// (`rows * cols + 1` numbers).
    starts: Arc<[u64]>,
}

impl fmt::Debug for DenseRegion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DenseRegion")
            .field("bbox", &self.bbox())
            .field("rows", &self.rows)
            .field("cols", &self.cols)
            .field("photos", &self.photos)
            .field("seed", &self.seed)
            .field("first_photo_id", &self.first_photo_id)
            .field("first_sequence_id", &self.first_sequence_id)
            .field("page_cap", &self.page_cap)
            .finish_non_exhaustive()
    }
}

/// One photo of a [`DenseRegion`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct DensePhoto {
    /// The photo id.
    pub id: i64,
    /// Its sequence (one per cell).
    pub sequence_id: i64,
    /// Its `sequenceIndex` within the cell.
    pub sequence_index: i64,
    /// Degrees; a whole number of microdegrees (served with six decimals, exactly).
    pub lat: f64,
    /// Degrees, like `lat`.
    pub lng: f64,
    /// Compass heading in degrees, two decimals.
    pub heading: f64,
    /// Capture time, seconds since the Unix epoch, UTC.
    pub shot_date: i64,
    /// Upload time, seconds since the Unix epoch, UTC.
    pub date_added: i64,
}

/// Which photos a request asks for: a box, or a circle (and the box around it).
pub(crate) enum Area {
    /// `(south, west, north, east)`, edges included, as the 1.0 list reads `bbTopLeft` and
    /// `bbBottomRight`.
    Box(f64, f64, f64, f64),
    /// Centre and radius in metres.
    Circle(f64, f64, f64),
}

impl Area {
    /// The box to pick cells from.
    fn bounds(&self) -> (f64, f64, f64, f64) {
        match *self {
            Area::Box(s, w, n, e) => (s, w, n, e),
            Area::Circle(lat, lng, r) => {
                // A little wider than the circle; photos are tested one by one.
                let dlat = r / 111_000.0 + 1e-5;
                let dlng = r / (111_000.0 * lat.to_radians().cos().max(1e-6)) + 1e-5;
                (lat - dlat, lng - dlng, lat + dlat, lng + dlng)
            }
        }
    }

    pub(crate) fn contains(&self, lat: f64, lng: f64) -> bool {
        match *self {
            Area::Box(s, w, n, e) => s <= lat && lat <= n && w <= lng && lng <= e,
            Area::Circle(clat, clng, r) => haversine_m(clat, clng, lat, lng) <= r,
        }
    }

    /// Whether every point of `[s, n] × [w, e]` is in the area. Only boxes say so: a
    /// circle's cells are generated and tested photo by photo (circles are not what an area
    /// harvest asks).
    fn covers(&self, s: f64, w: f64, n: f64, e: f64) -> bool {
        match self {
            Area::Box(..) => self.contains(s, w) && self.contains(n, e),
            Area::Circle(..) => false,
        }
    }
}

/// One page of the photos a query matched.
pub(crate) struct DensePage {
    pub(crate) total: u64,
    pub(crate) photos: Vec<DensePhoto>,
}

impl DenseRegion {
    /// About 20 km × 20 km around Bucharest (far from the default dataset near Cluj-Napoca)
    /// with 1,000,000 photos: 180 × 252 cells of 0.001°, about 22 photos each on average.
    pub fn city() -> DenseRegion {
        // 44.34..44.52 N, 25.98..26.232 E: whole cells, so `new` cannot refuse it.
        DenseRegion::with_cells(44_340_000, 25_980_000, 180, 252, 1_000_000)
    }

    /// A region over the box `south, west, north, east` (degrees, extended north and east to
    /// whole cells) holding `photos` photos. Refused: edges that are not numbers, out of
    /// range or out of order, more than 4,000,000 cells, more than 10⁹ photos.
    pub fn new(south: f64, west: f64, north: f64, east: f64, photos: u64) -> io::Result<Self> {
        let invalid = |why: String| Err(io::Error::new(io::ErrorKind::InvalidInput, why));
        if ![south, west, north, east].iter().all(|v| v.is_finite()) {
            return invalid("every edge of a dense region must be a number".into());
        }
        if !(-90.0..=90.0).contains(&south) || !(-90.0..=90.0).contains(&north) {
            return invalid(format!("latitudes {south} and {north} are not within ±90"));
        }
        if !(-180.0..=180.0).contains(&west) || !(-180.0..=180.0).contains(&east) {
            return invalid(format!("longitudes {west} and {east} are not within ±180"));
        }
        if south >= north || west >= east {
            return invalid(format!(
                "{south},{west},{north},{east} is not south,west,north,east with south < north and west < east"
            ));
        }
        if photos > 1_000_000_000 {
            return invalid(format!("{photos} photos is more than 10⁹"));
        }
        let south_u = (south * MICRO).round() as i64;
        let west_u = (west * MICRO).round() as i64;
        let cells_over = |from: i64, to: f64| {
            let span = (to * MICRO).round() as i64 - from;
            (span.max(1) + DENSE_CELL_MICRODEGREES - 1) / DENSE_CELL_MICRODEGREES
        };
        let rows = cells_over(south_u, north);
        let cols = cells_over(west_u, east);
        let cells = u64::try_from(rows.saturating_mul(cols)).unwrap_or(u64::MAX);
        if cells > MAX_CELLS {
            return invalid(format!(
                "{rows} × {cols} cells of 0.001° is more than {MAX_CELLS}"
            ));
        }
        let (Ok(rows), Ok(cols)) = (u32::try_from(rows), u32::try_from(cols)) else {
            return invalid("too many cells".into());
        };
        Ok(DenseRegion::with_cells(south_u, west_u, rows, cols, photos))
    }

    fn with_cells(south_u: i64, west_u: i64, rows: u32, cols: u32, photos: u64) -> Self {
        let mut region = DenseRegion {
            south_u,
            west_u,
            rows,
            cols,
            photos,
            seed: crate::DEFAULT_SEED,
            first_photo_id: 3_000_000_001,
            first_sequence_id: 3_000_001,
            page_cap: 2000,
            starts: Arc::from(Vec::new()),
        };
        region.index();
        region
    }

    /// Shares the photos out over the cells (see the module docs).
    fn index(&mut self) {
        let cells = u64::from(self.rows) * u64::from(self.cols);
        let mut cumulative = Vec::with_capacity(cells as usize + 1);
        let mut weight = 0u64;
        for cell in 0..cells {
            cumulative.push(weight);
            let w = 1 + mix(self.seed ^ 0x4345_4c4c, cell) % 4;
            weight += w * w;
        }
        cumulative.push(weight);
        let total = u128::from(self.photos);
        let all = u128::from(weight.max(1));
        for c in &mut cumulative {
            *c = (total * u128::from(*c) / all) as u64;
        }
        self.starts = Arc::from(cumulative);
    }

    /// Seed of the counts and of every photo's values (default [`DEFAULT_SEED`](crate::DEFAULT_SEED)).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self.index();
        self
    }

    /// Most photos one page of `POST /1.0/list/nearby-photos/` holds (at least 1); a larger
    /// `ipp` is cut to it, and pages are counted in the cut size.
    ///
    /// Assumed, not observed: the live cap of the 1.0 list is unknown (facts.md §5.6, and
    /// kartaview-ext's `AreaSearch::tile_cap` says so too). The default, 2000, is the largest
    /// page a real client is seen asking for (JOSM's configuration; iD and Rapid ask 1000),
    /// so the live API serves at least that much; `totalFilteredItems` always counts every
    /// match, as the live answers do.
    pub fn page_cap(mut self, cap: u64) -> Self {
        self.page_cap = cap.max(1);
        self
    }

    /// Ids of the first photo and the first sequence (defaults 3,000,000,001 and 3,000,001,
    /// far above the default dataset's and the uploads' ids; each kept within 1..=2⁶⁰ so that
    /// the ids after it fit). They must not meet the dataset's ids.
    pub fn first_ids(mut self, photo: i64, sequence: i64) -> Self {
        self.first_photo_id = photo.clamp(1, 1 << 60);
        self.first_sequence_id = sequence.clamp(1, 1 << 60);
        self
    }

    /// `(south, west, north, east)` in degrees, whole cells.
    pub fn bbox(&self) -> (f64, f64, f64, f64) {
        let cell = DENSE_CELL_MICRODEGREES;
        (
            self.south_u as f64 / MICRO,
            self.west_u as f64 / MICRO,
            (self.south_u + i64::from(self.rows) * cell) as f64 / MICRO,
            (self.west_u + i64::from(self.cols) * cell) as f64 / MICRO,
        )
    }

    /// Photos in the region.
    pub fn photos(&self) -> u64 {
        self.photos
    }

    /// Rows of cells, south to north.
    pub fn rows(&self) -> u32 {
        self.rows
    }

    /// Columns of cells, west to east.
    pub fn cols(&self) -> u32 {
        self.cols
    }

    /// The id of the region's first photo.
    pub fn first_photo_id(&self) -> i64 {
        self.first_photo_id
    }

    /// The id of the region's first sequence.
    pub fn first_sequence_id(&self) -> i64 {
        self.first_sequence_id
    }

    /// Page size above which pages are cut (see [`page_cap`](Self::page_cap)).
    pub fn max_page(&self) -> u64 {
        self.page_cap
    }

    fn cell_index(&self, row: u32, col: u32) -> Option<usize> {
        (row < self.rows && col < self.cols)
            .then(|| row as usize * self.cols as usize + col as usize)
    }

    /// Photos of the cell at `row`, `col` (0 outside the region).
    pub fn cell_count(&self, row: u32, col: u32) -> u64 {
        self.cell_index(row, col).map_or(0, |i| self.count_of(i))
    }

    fn count_of(&self, cell: usize) -> u64 {
        match (self.starts.get(cell), self.starts.get(cell + 1)) {
            (Some(a), Some(b)) => b - a,
            _ => 0,
        }
    }

    /// The photo with this id, if the region has it.
    pub fn photo(&self, id: i64) -> Option<DensePhoto> {
        let offset = u64::try_from(id.checked_sub(self.first_photo_id)?).ok()?;
        if offset >= self.photos {
            return None;
        }
        // The last cell starting at or before the offset that is not empty.
        let cell = self
            .starts
            .partition_point(|&s| s <= offset)
            .checked_sub(1)?;
        Some(self.photo_at(cell, offset - self.starts.get(cell)?))
    }

    /// The `index`-th photo of a cell (the caller checks the index).
    fn photo_at(&self, cell: usize, index: u64) -> DensePhoto {
        let cols = self.cols as usize;
        let (row, col) = ((cell / cols) as i64, (cell % cols) as i64);
        let start = self.starts.get(cell).copied().unwrap_or(0);
        let id = self.first_photo_id + (start + index) as i64;
        let sequence_id = self.first_sequence_id + cell as i64;
        let h = mix(self.seed ^ 0x5048_4f54, id as u64);
        let cell_u = DENSE_CELL_MICRODEGREES as u64;
        let lat_u = self.south_u + row * DENSE_CELL_MICRODEGREES + (h % cell_u) as i64;
        let lng_u = self.west_u + col * DENSE_CELL_MICRODEGREES + ((h >> 32) % cell_u) as i64;
        let first_shot = self.first_shot(sequence_id);
        DensePhoto {
            id,
            sequence_id,
            sequence_index: index as i64,
            lat: lat_u as f64 / MICRO,
            lng: lng_u as f64 / MICRO,
            heading: (mix(h, 7) % 36_000) as f64 / 100.0,
            shot_date: first_shot + 2 * index as i64,
            date_added: self.cell_date_added(cell),
        }
    }

    /// When a cell's sequence began: a day of 2023-2024, between 07:00 and 17:00 UTC.
    fn first_shot(&self, sequence_id: i64) -> i64 {
        let h = mix(self.seed ^ 0x0053_4551, sequence_id as u64);
        let day = days_from_civil(2023, 1, 1) + (h % 730) as i64;
        day * 86_400 + 7 * 3600 + ((h >> 20) % (10 * 3600)) as i64
    }

    /// A cell's upload time, shared by all its photos: a cell passes an upload-day filter
    /// whole or not at all.
    fn cell_date_added(&self, cell: usize) -> i64 {
        let sequence_id = self.first_sequence_id + cell as i64;
        self.first_shot(sequence_id) + 2 * self.count_of(cell) as i64 + 3600
    }

    /// Range of cells along one axis that may hold points of `[lo, hi]` degrees.
    fn span(origin_u: i64, cells: u32, lo: f64, hi: f64) -> Option<(u32, u32)> {
        // One microdegree of slack on each side; photos are tested exactly afterwards. The
        // bounds of a huge radius are clamped, so that nothing overflows.
        let lo_u = (lo.clamp(-360.0, 360.0) * MICRO).floor() as i64 - 1 - origin_u;
        let hi_u = (hi.clamp(-360.0, 360.0) * MICRO).ceil() as i64 + 1 - origin_u;
        let last = i64::from(cells) - 1;
        let first = lo_u.div_euclid(DENSE_CELL_MICRODEGREES).max(0);
        let end = hi_u.div_euclid(DENSE_CELL_MICRODEGREES).min(last);
        (first <= end).then_some((first as u32, end as u32))
    }

    /// The photos in `area` uploaded at a time `uploaded` accepts, in id order: how many in
    /// all, and up to `take` of them after the first `skip`.
    pub(crate) fn query(
        &self,
        area: &Area,
        uploaded: impl Fn(i64) -> bool,
        mut skip: u64,
        take: u64,
    ) -> DensePage {
        let mut photos = Vec::new();
        let mut total = 0u64;
        let (s, w, n, e) = area.bounds();
        let spans =
            Self::span(self.south_u, self.rows, s, n).zip(Self::span(self.west_u, self.cols, w, e));
        let Some(((r0, r1), (c0, c1))) = spans else {
            return DensePage { total, photos };
        };
        let cell = DENSE_CELL_MICRODEGREES;
        for row in r0..=r1 {
            let cs = self.south_u + i64::from(row) * cell;
            for col in c0..=c1 {
                let Some(i) = self.cell_index(row, col) else {
                    continue;
                };
                let count = self.count_of(i);
                if count == 0 || !uploaded(self.cell_date_added(i)) {
                    continue;
                }
                let cw = self.west_u + i64::from(col) * cell;
                let whole = area.covers(
                    cs as f64 / MICRO,
                    cw as f64 / MICRO,
                    (cs + cell - 1) as f64 / MICRO,
                    (cw + cell - 1) as f64 / MICRO,
                );
                let wanted = (photos.len() as u64) < take;
                if whole && (!wanted || skip >= count) {
                    // Counted without generating a photo.
                    total += count;
                    if wanted {
                        skip -= count;
                    }
                    continue;
                }
                for k in 0..count {
                    let p = self.photo_at(i, k);
                    if !whole && !area.contains(p.lat, p.lng) {
                        continue;
                    }
                    total += 1;
                    if skip > 0 {
                        skip -= 1;
                    } else if (photos.len() as u64) < take {
                        photos.push(p);
                    }
                }
            }
        }
        DensePage { total, photos }
    }

    /// The photo a file name of [`file_name`](Self::file_name) belongs to.
    pub(crate) fn photo_by_file_name(&self, name: &str) -> Option<DensePhoto> {
        let stem = name.strip_suffix(".jpg")?;
        let (_, hex) = stem.split_once('_')?;
        let id = u64::from_str_radix(hex.get(16..)?, 16).ok()?;
        let photo = self.photo(i64::try_from(id).ok()?)?;
        (self.file_name(&photo) == name).then_some(photo)
    }

    /// `{sequenceId}_{32 hex}.jpg` like the real names; the last 16 digits are the photo id,
    /// so that the image host finds the photo without an index.
    fn file_name(&self, p: &DensePhoto) -> String {
        let scramble = mix(self.seed ^ 0x4649_4c45, p.id as u64);
        format!("{}_{scramble:016x}{:016x}.jpg", p.sequence_id, p.id as u64)
    }

    /// The photo as the fake's renderers take it: processed, not map-matched, 4032×3024.
    pub(crate) fn record(&self, p: &DensePhoto) -> PhotoRec {
        let h = mix(self.seed ^ 0x0052_4543, p.id as u64);
        PhotoRec {
            id: p.id,
            sequence_id: p.sequence_id,
            sequence_index: p.sequence_index,
            video_id: 0,
            video_index: 0,
            fix: Some((p.lat, p.lng)),
            heading: Some(p.heading),
            gps_accuracy: Some(2.0 + (h % 1000) as f64 / 100.0),
            shot_date: Some(p.shot_date),
            date_added: p.date_added,
            date_processed: Some(p.date_added + 1800),
            matched: None,
            distance_next: 0.0,
            size: Some((4032, 3024)),
            spherical: false,
            projection: "PLANE".to_string(),
            projection_yaw: 0.0,
            quality_level: Some(1 + (h >> 40) as u8 % 3),
            quality_details: Vec::new(),
            blurred: false,
            processed: true,
            storage: ["storage1", "storage5", "storage9", "storage13"]
                [(p.sequence_id.rem_euclid(4)) as usize]
                .to_string(),
            date_path: date_path(p.date_added),
            file_name: self.file_name(p),
            cdn: false,
            deleted: false,
            image: None,
        }
    }

    /// The username the 1.0 list shows for a photo: one of 50 mappers, by sequence.
    pub(crate) fn username(&self, p: &DensePhoto) -> String {
        format!("dense-mapper-{}", p.sequence_id.rem_euclid(50))
    }
}
