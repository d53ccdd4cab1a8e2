//! A user's sequences and the imagery of an area: filters by user, bounding box and dates.
//!
//! What each search sends (facts.md §3.1, §5.6, §5.11; workflows.md §6):
//! - [`Client::resolve_user`]: nothing for an id; `POST /1.0/user/details/` (`username`) for a
//!   name — the only lookup by name that a real client is seen using with a real answer.
//! - [`Client::sequences`]: `GET /2.0/sequence/` with `userId`, `tLeft`/`bRight`,
//!   `startDate`/`endDate`, `orderBy=dateAdded&orderDirection=desc`, paged over `hasMoreData`.
//! - [`Client::photos_in_area`]: `POST /1.0/list/nearby-photos/` with `bbTopLeft`/
//!   `bbBottomRight` (how iD, Rapid and JOSM ask), one page per tile; a tile whose answer is
//!   capped is split in four.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::num::NonZeroU64;
use std::str::FromStr;

use chrono::{Days, NaiveDate, NaiveDateTime};
use futures_util::{Stream, StreamExt, TryStreamExt, stream};
use kartaview_api::types;

use crate::error::{ApiCode, Error, Result};
use crate::models::{LatLng, Photo, Sequence, lenient};
use crate::transport::client::Client;
use crate::transport::operation::{OperationExt, PagedOperationExt};
use crate::transport::paginate::{MAX_PAGE_SIZE, Page, PageRequest, paginate};

/// A box on the map in decimal degrees, written `S,W,N,E` (south, west, north, east).
///
/// ```
/// use kartaview_ext::BoundingBox;
/// let area: BoundingBox = "46.785,23.53,46.815,23.59".parse()?;
/// assert_eq!(area.north, 46.815);
/// assert!("46.8,23.5,46.7,23.6".parse::<BoundingBox>().is_err()); // south above north
/// # Ok::<(), kartaview_ext::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct BoundingBox {
    /// Southern edge (latitude).
    pub south: f64,
    /// Western edge (longitude).
    pub west: f64,
    /// Northern edge (latitude).
    pub north: f64,
    /// Eastern edge (longitude).
    pub east: f64,
}

impl BoundingBox {
    /// A box, checked: latitudes within ±90, longitudes within ±180, south below north and
    /// west left of east (a box across the antimeridian is two boxes).
    pub fn new(south: f64, west: f64, north: f64, east: f64) -> Result<Self> {
        let bad = |reason: String| Err(Error::invalid("bbox", reason));
        if ![south, west, north, east].iter().all(|v| v.is_finite()) {
            return bad("every edge must be a number".into());
        }
        if !(-90.0..=90.0).contains(&south) || !(-90.0..=90.0).contains(&north) {
            return bad(format!(
                "latitudes must be within -90..90, not {south} and {north}"
            ));
        }
        if !(-180.0..=180.0).contains(&west) || !(-180.0..=180.0).contains(&east) {
            return bad(format!(
                "longitudes must be within -180..180, not {west} and {east}"
            ));
        }
        if south >= north {
            return bad(format!(
                "the south edge {south} must be below the north edge {north} (the order is S,W,N,E)"
            ));
        }
        if west >= east {
            return bad(format!(
                "the west edge {west} must be left of the east edge {east} (the order is S,W,N,E)"
            ));
        }
        Ok(BoundingBox {
            south,
            west,
            north,
            east,
        })
    }

    /// Whether a position lies in the box (edges included).
    pub fn contains(&self, p: LatLng) -> bool {
        (self.south..=self.north).contains(&p.lat) && (self.west..=self.east).contains(&p.lng)
    }

    /// Whether two boxes share a point.
    pub fn overlaps(&self, other: &BoundingBox) -> bool {
        self.south <= other.north
            && other.south <= self.north
            && self.west <= other.east
            && other.west <= self.east
    }

    /// The four quarters: south-west, south-east, north-west, north-east.
    pub fn quarters(&self) -> [BoundingBox; 4] {
        let lat = (self.south + self.north) / 2.0;
        let lng = (self.west + self.east) / 2.0;
        let b = |south, west, north, east| BoundingBox {
            south,
            west,
            north,
            east,
        };
        [
            b(self.south, self.west, lat, lng),
            b(self.south, lng, lat, self.east),
            b(lat, self.west, self.north, lng),
            b(lat, lng, self.north, self.east),
        ]
    }

    /// The north-west corner as the API writes it, `lat,lng`.
    fn top_left(&self) -> Result<types::LatLngPair> {
        pair(self.north, self.west)
    }

    /// The south-east corner as the API writes it, `lat,lng`.
    fn bottom_right(&self) -> Result<types::LatLngPair> {
        pair(self.south, self.east)
    }
}

fn pair(lat: f64, lng: f64) -> Result<types::LatLngPair> {
    types::LatLngPair::try_from(format!("{lat:.6},{lng:.6}"))
        .map_err(|e| Error::invalid("bbox", format!("cannot write {lat},{lng}: {e}")))
}

impl FromStr for BoundingBox {
    type Err = Error;

    /// `S,W,N,E` in decimal degrees.
    fn from_str(s: &str) -> Result<Self> {
        let parts: Vec<&str> = s.split(',').map(str::trim).collect();
        let [south, west, north, east] = parts.as_slice() else {
            return Err(Error::invalid(
                "bbox",
                format!(
                    "{s:?} is not S,W,N,E: give four numbers (south, west, north, east) separated by commas"
                ),
            ));
        };
        let number = |v: &str| {
            v.parse::<f64>().map_err(|_| {
                Error::invalid("bbox", format!("{v:?} in {s:?} is not a number of degrees"))
            })
        };
        BoundingBox::new(number(south)?, number(west)?, number(north)?, number(east)?)
    }
}

impl fmt::Display for BoundingBox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{},{},{},{}",
            self.south, self.west, self.north, self.east
        )
    }
}

/// Inclusive calendar days, either end open.
///
/// ```
/// use kartaview_ext::DateRange;
/// let may = DateRange::parse(Some("2023-05-01"), Some("2023-05-31"))?;
/// assert!(may.contains_day("2023-05-31".parse().unwrap()));
/// assert!(DateRange::parse(Some("2023-06-01"), Some("2023-05-01")).is_err());
/// # Ok::<(), kartaview_ext::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct DateRange {
    /// The first day, if any.
    pub from: Option<NaiveDate>,
    /// The last day, if any.
    pub to: Option<NaiveDate>,
}

impl DateRange {
    /// A range, checked: `from` must not be after `to`.
    pub fn new(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Self> {
        if let (Some(f), Some(t)) = (from, to)
            && f > t
        {
            return Err(Error::invalid(
                "dates",
                format!("the first day {f} is after the last day {t}"),
            ));
        }
        Ok(DateRange { from, to })
    }

    /// A range from `YYYY-MM-DD` texts.
    pub fn parse(from: Option<&str>, to: Option<&str>) -> Result<Self> {
        let day = |name: &'static str, v: Option<&str>| {
            v.map(|v| {
                NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
                    .map_err(|_| Error::invalid(name, format!("{v:?} is not a date YYYY-MM-DD")))
            })
            .transpose()
        };
        DateRange::new(day("from", from)?, day("to", to)?)
    }

    /// Whether neither end is set.
    pub fn is_open(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// Whether a day lies in the range.
    pub fn contains_day(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| day >= f) && self.to.is_none_or(|t| day <= t)
    }

    /// Whether a time's day lies in the range.
    pub fn contains(&self, time: NaiveDateTime) -> bool {
        self.contains_day(time.date())
    }
}

/// A user named by id or by username.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserRef {
    /// A numeric id, used as it is.
    Id(u64),
    /// A username, looked up through the API.
    Name(String),
}

impl FromStr for UserRef {
    type Err = Error;

    /// Digits only are an id; anything else (not blank) is a username.
    fn from_str(s: &str) -> Result<Self> {
        let s = s.trim();
        if s.is_empty() {
            return Err(Error::invalid("user", "give a user id or a username"));
        }
        if s.bytes().all(|b| b.is_ascii_digit()) {
            return s
                .parse()
                .map(UserRef::Id)
                .map_err(|_| Error::invalid("user", format!("{s} is too large for a user id")));
        }
        Ok(UserRef::Name(s.to_owned()))
    }
}

impl fmt::Display for UserRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserRef::Id(id) => write!(f, "{id}"),
            UserRef::Name(name) => f.write_str(name),
        }
    }
}

/// Which sequences [`Client::sequences`] lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SequenceQuery {
    /// Only this user's.
    pub user_id: Option<u64>,
    /// Only those whose box overlaps this one.
    pub area: Option<BoundingBox>,
    /// Only those uploaded on these days (`dateAdded`).
    pub dates: DateRange,
}

/// How [`Client::photos_in_area_with`] tiles an area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaSearch {
    /// Photos asked per tile, one page each (default 100, the page cap of the 2.0 lists; the
    /// 1.0 list's own cap is not known). A tile whose total exceeds it is split in four.
    pub tile_cap: u32,
    /// How many times a tile may be split (default 12: a 1° box ends in tiles of about 27 m).
    /// A tile still capped at that depth is paged through instead.
    pub max_depth: u8,
    /// Tiles requested at once (default: the client's pagination window).
    pub concurrency: Option<usize>,
}

impl Default for AreaSearch {
    fn default() -> Self {
        AreaSearch {
            tile_cap: MAX_PAGE_SIZE,
            max_depth: 12,
            concurrency: None,
        }
    }
}

/// One tile's answer.
struct TileAnswer {
    photos: Vec<Photo>,
    /// `totalFilteredItems`, when the server sent it.
    total: Option<u64>,
}

impl Client {
    /// The id of a user: an id as it is (no request), a username through
    /// `POST /1.0/user/details/`. An unknown name is an [`Error::InvalidArgument`].
    pub async fn resolve_user(&self, user: &UserRef) -> Result<u64> {
        let name = match user {
            UserRef::Id(id) => return Ok(*id),
            UserRef::Name(name) => name,
        };
        let form = types::V1UserDetailsForm::builder().username(name.clone());
        let response = self.api().v1_user_details().body(form).run(self).await;
        let unknown = || Error::invalid("user", format!("no KartaView user is named {name:?}"));
        match response {
            Ok(response) => lenient::id(&response.osv.id).ok_or_else(unknown),
            Err(e)
                if matches!(
                    e.api_code(),
                    Some(ApiCode::ArgumentOutOfRange | ApiCode::EmptyResult)
                ) =>
            {
                Err(unknown())
            }
            Err(e) => Err(e),
        }
    }

    /// Sequences matching `query`, asked newest first (`orderBy=dateAdded`, descending) and
    /// paged over `hasMoreData`, each once. What the server answers is checked again here:
    /// a sequence whose upload day or box is known and outside the query is left out, so a
    /// server that ignores a filter cannot widen the answer.
    ///
    /// `endDate` is sent one day after [`DateRange::to`], so the last day is included whether
    /// the server reads `endDate` as a day or as its midnight.
    pub fn sequences<'a>(
        &'a self,
        query: &SequenceQuery,
    ) -> impl Stream<Item = Result<Sequence>> + Send + use<'a> {
        let request = self.sequence_request(query);
        let query = query.clone();
        let mut seen = HashSet::new();
        stream::once(async move { request })
            .map_ok(move |request| request.stream(self))
            .try_flatten()
            .try_filter(move |s| {
                let keep = seen.insert(s.id) && matches_query(s, &query);
                std::future::ready(keep)
            })
    }

    /// A user's sequences, newest first: [`Client::sequences`] with `userId`.
    pub fn user_sequences<'a>(
        &'a self,
        user_id: u64,
        area: Option<BoundingBox>,
        dates: DateRange,
    ) -> impl Stream<Item = Result<Sequence>> + Send + 'a {
        self.sequences(&SequenceQuery {
            user_id: Some(user_id),
            area,
            dates,
        })
    }

    /// Every photo of a sequence already listed, ordered by `sequenceIndex`, each once: its
    /// photo count plans the pages of `GET /2.0/photo/?sequenceId=`, so a sequence of up to
    /// 100 photos takes one request (and one more when the last page is full).
    pub async fn photos_of_sequence(&self, sequence: &Sequence) -> Result<Vec<Photo>> {
        let pagination = self
            .pagination()
            .clone()
            .expected_items(sequence.photo_count);
        let mut photos: Vec<Photo> = self
            .api()
            .photo_get_all()
            .sequence_id(sequence.id)
            .stream_with(self, pagination)
            .try_collect()
            .await?;
        crate::models::sort_and_dedup_photos(&mut photos);
        Ok(photos)
    }

    fn sequence_request(
        &self,
        query: &SequenceQuery,
    ) -> Result<kartaview_api::builder::SequenceGetAll<'_>> {
        let mut request = self
            .api()
            .sequence_get_all()
            .order_by("dateAdded")
            .order_direction(types::OrderDirection::Desc);
        if let Some(user) = query.user_id {
            request = request.user_id(user.to_string());
        }
        if let Some(area) = &query.area {
            // Checked again: the fields are public.
            let area = BoundingBox::new(area.south, area.west, area.north, area.east)?;
            request = request
                .t_left(area.top_left()?)
                .b_right(area.bottom_right()?);
        }
        if let Some(from) = query.dates.from {
            request = request.start_date(from.format("%Y-%m-%d").to_string());
        }
        if let Some(to) = query.dates.to {
            let after = to.checked_add_days(Days::new(1)).unwrap_or(to);
            request = request.end_date(after.format("%Y-%m-%d").to_string());
        }
        Ok(request)
    }

    /// Photos in an area, with the default [`AreaSearch`]: ordered by sequence and index,
    /// each once, taken on a day of `dates`, at most `limit`.
    pub async fn photos_in_area(
        &self,
        area: BoundingBox,
        dates: DateRange,
        limit: Option<usize>,
    ) -> Result<Vec<Photo>> {
        self.photos_in_area_with(area, dates, limit, &AreaSearch::default())
            .await
    }

    /// Photos in an area: every tile asks `POST /1.0/list/nearby-photos/` for one page of
    /// `tile_cap` photos; a tile whose `totalFilteredItems` exceeds what came back (or whose
    /// page came back full, without a total) is split in four and its quarters asked instead,
    /// `concurrency` at a time. Photos on a shared edge come from two tiles and are kept once.
    ///
    /// Dates: the server is sent `date`, which JOSM uses for "uploaded after", set to the day
    /// before the first day, so that no photo taken since is dropped however the server reads
    /// "after" (a photo is uploaded after it is taken); each photo's day — its capture time,
    /// or its upload time when it has none — is then checked against both ends here.
    ///
    /// With a `limit`, no further tiles are asked once that many photos are held; which
    /// photos those are follows from the tiles' order, and the answer is the first `limit` by
    /// sequence and index.
    pub async fn photos_in_area_with(
        &self,
        area: BoundingBox,
        dates: DateRange,
        limit: Option<usize>,
        search: &AreaSearch,
    ) -> Result<Vec<Photo>> {
        // Checked again: the fields are public.
        let area = BoundingBox::new(area.south, area.west, area.north, area.east)?;
        if !(1..=10_000).contains(&search.tile_cap) {
            return Err(Error::invalid(
                "tile_cap",
                format!(
                    "photos per tile must be between 1 and 10000, not {}",
                    search.tile_cap
                ),
            ));
        }
        let concurrency = search
            .concurrency
            .unwrap_or_else(|| self.pagination().concurrency())
            .max(1);
        let uploaded_since = dates
            .from
            .map(|d| d.checked_sub_days(Days::new(1)).unwrap_or(d))
            .map(|d| types::Date::try_from(d.format("%Y-%m-%d").to_string()))
            .transpose()
            .map_err(|e| Error::invalid("from", e.to_string()))?;
        let cap = search.tile_cap;
        let mut found: HashMap<u64, Photo> = HashMap::new();
        let mut level = vec![area];
        let mut depth = 0u8;
        while !level.is_empty() && limit.is_none_or(|l| found.len() < l) {
            let asks: Vec<_> = level
                .iter()
                .map(|tile| {
                    let since = uploaded_since.clone();
                    async move {
                        let answer = self.area_page(tile, since, 1, cap).await;
                        (*tile, answer)
                    }
                })
                .collect();
            let answers: Vec<(BoundingBox, Result<TileAnswer>)> =
                stream::iter(asks).buffered(concurrency).collect().await;
            let mut next = Vec::new();
            for (tile, answer) in answers {
                let answer = answer?;
                let got = answer.photos.len() as u64;
                let capped = match answer.total {
                    Some(total) => total > got,
                    None => got >= u64::from(cap),
                };
                if capped && depth < search.max_depth {
                    next.extend(tile.quarters());
                    continue;
                }
                let mut photos = answer.photos;
                if capped {
                    // As small as tiles go: the rest of this tile, page by page.
                    let rest: Vec<Photo> = paginate(
                        self.pagination()
                            .clone()
                            .expected_items(answer.total.map(|t| t.saturating_sub(u64::from(cap)))),
                        |request: PageRequest| {
                            let since = uploaded_since.clone();
                            async move {
                                let page = self
                                    .area_page(&tile, since, request.page.saturating_add(1), cap)
                                    .await?;
                                let has_more = page.photos.len() as u64 >= u64::from(cap);
                                Ok(Page {
                                    items: page.photos,
                                    has_more,
                                })
                            }
                        },
                    )
                    .try_collect()
                    .await?;
                    photos.extend(rest);
                }
                for photo in photos {
                    let in_dates = match photo_day(&photo) {
                        Some(time) => dates.contains(time),
                        None => dates.is_open(),
                    };
                    if in_dates && photo.position.is_none_or(|p| area.contains(p)) {
                        found.entry(photo.id).or_insert(photo);
                    }
                }
            }
            level = next;
            depth = depth.saturating_add(1);
        }
        let mut photos: Vec<Photo> = found.into_values().collect();
        crate::models::sort_and_dedup_photos(&mut photos);
        if let Some(limit) = limit {
            photos.truncate(limit);
        }
        Ok(photos)
    }

    /// One page of the photos in a tile.
    async fn area_page(
        &self,
        tile: &BoundingBox,
        uploaded_since: Option<types::Date>,
        page: u32,
        ipp: u32,
    ) -> Result<TileAnswer> {
        let form = types::V1NearbyPhotosForm::builder()
            .bb_top_left(Some(tile.top_left()?))
            .bb_bottom_right(Some(tile.bottom_right()?))
            .date(uploaded_since)
            .page(NonZeroU64::new(u64::from(page)))
            .ipp(NonZeroU64::new(u64::from(ipp)));
        let response = self
            .api()
            .v1_nearby_photos_list()
            .body(form)
            .run(self)
            .await?;
        let base = self.base_url();
        Ok(TileAnswer {
            photos: response
                .current_page_items
                .iter()
                .filter_map(|p| Photo::from_v1_nearby_photo(p, base))
                .collect(),
            total: response
                .total_filtered_items
                .first()
                .and_then(|t| lenient::int(&Some(t.clone())))
                .and_then(|t| u64::try_from(t).ok()),
        })
    }
}

/// When a photo was taken, or uploaded when that is unknown.
fn photo_day(photo: &Photo) -> Option<NaiveDateTime> {
    photo.shot_date.or(photo.date_added)
}

/// Whether what is known of a sequence agrees with the query.
fn matches_query(s: &Sequence, query: &SequenceQuery) -> bool {
    let user = query
        .user_id
        .is_none_or(|u| s.user_id.is_none_or(|id| id == u));
    let day = s.date_added.is_none_or(|t| query.dates.contains(t));
    let area = match (&query.area, s.bbox_north_west, s.bbox_south_east) {
        (Some(area), Some(nw), Some(se)) => area.overlaps(&BoundingBox {
            south: se.lat,
            west: nw.lng,
            north: nw.lat,
            east: se.lng,
        }),
        _ => true,
    };
    user && day && area
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(s: &str) -> String {
        s.parse::<BoundingBox>()
            .expect_err("should be refused")
            .to_string()
    }

    #[test]
    fn bounding_boxes_are_read_and_checked() {
        let b: BoundingBox = " 46.7 , 23.5,46.8,23.6".parse().expect("box");
        assert_eq!(
            b,
            BoundingBox {
                south: 46.7,
                west: 23.5,
                north: 46.8,
                east: 23.6
            }
        );
        assert_eq!(b.to_string(), "46.7,23.5,46.8,23.6");
        assert_eq!(b.top_left().expect("pair").as_str(), "46.800000,23.500000");
        assert_eq!(
            b.bottom_right().expect("pair").as_str(),
            "46.700000,23.600000"
        );
        assert_eq!(
            err("46.7,23.5,46.8"),
            "invalid request: \"46.7,23.5,46.8\" is not S,W,N,E: give four numbers (south, west, north, east) separated by commas"
        );
        assert_eq!(
            err("46.8,23.5,46.7,23.6"),
            "invalid request: the south edge 46.8 must be below the north edge 46.7 (the order is S,W,N,E)"
        );
        assert_eq!(
            err("46.7,23.6,46.8,23.5"),
            "invalid request: the west edge 23.6 must be left of the east edge 23.5 (the order is S,W,N,E)"
        );
        assert_eq!(
            err("46.7,x,46.8,23.6"),
            "invalid request: \"x\" in \"46.7,x,46.8,23.6\" is not a number of degrees"
        );
        assert_eq!(
            err("-91,0,1,1"),
            "invalid request: latitudes must be within -90..90, not -91 and 1"
        );
        assert_eq!(
            err("0,0,1,181"),
            "invalid request: longitudes must be within -180..180, not 0 and 181"
        );
        assert_eq!(
            err("0,NaN,1,1"),
            "invalid request: every edge must be a number"
        );
    }

    #[test]
    fn quarters_cover_the_box_and_meet_on_its_middle() {
        let b = BoundingBox::new(0.0, 10.0, 2.0, 14.0).expect("box");
        let q = b.quarters();
        assert_eq!(q[0], BoundingBox::new(0.0, 10.0, 1.0, 12.0).expect("box"));
        assert_eq!(q[3], BoundingBox::new(1.0, 12.0, 2.0, 14.0).expect("box"));
        let middle = LatLng {
            lat: 1.0,
            lng: 12.0,
        };
        assert!(q.iter().all(|t| t.contains(middle)));
        assert!(q.iter().all(|t| t.overlaps(&b)));
        let area: f64 = q
            .iter()
            .map(|t| (t.north - t.south) * (t.east - t.west))
            .sum();
        assert_eq!(area, 8.0);
    }

    #[test]
    fn date_ranges_are_inclusive_and_ordered() {
        let r = DateRange::parse(Some("2023-05-02"), Some("2023-05-20")).expect("range");
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("day");
        assert!(r.contains_day(day("2023-05-02")));
        assert!(r.contains_day(day("2023-05-20")));
        assert!(!r.contains_day(day("2023-05-21")));
        assert!(!r.contains_day(day("2023-05-01")));
        assert!(DateRange::parse(None, None).expect("open").is_open());
        assert_eq!(
            DateRange::parse(Some("2023-05-21"), Some("2023-05-20"))
                .expect_err("reversed")
                .to_string(),
            "invalid request: the first day 2023-05-21 is after the last day 2023-05-20"
        );
        assert_eq!(
            DateRange::parse(Some("2023-13-01"), None)
                .expect_err("no month 13")
                .to_string(),
            "invalid request: \"2023-13-01\" is not a date YYYY-MM-DD"
        );
        assert_eq!(
            DateRange::parse(None, Some("20.5.2023"))
                .expect_err("not ISO")
                .to_string(),
            "invalid request: \"20.5.2023\" is not a date YYYY-MM-DD"
        );
    }

    #[test]
    fn users_are_ids_or_names() {
        assert_eq!("44".parse::<UserRef>().expect("id"), UserRef::Id(44));
        assert_eq!(
            " area-mapper ".parse::<UserRef>().expect("name"),
            UserRef::Name("area-mapper".into())
        );
        assert_eq!(
            "4a".parse::<UserRef>().expect("name"),
            UserRef::Name("4a".into())
        );
        assert!("".parse::<UserRef>().is_err());
        assert!("99999999999999999999999".parse::<UserRef>().is_err());
    }
}
