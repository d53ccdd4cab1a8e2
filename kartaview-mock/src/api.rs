//! Routing and handlers of the API listener.

use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::{Map, Value, json};

use crate::dataset::DEFAULT_USER_ID;
use crate::dense::Area;
use crate::forms::{Fields, parse_body, parse_urlencoded};
use crate::http::{Request, Response};
use crate::render::{PhotoJoins, PhotoStyle, SeqJoins, to_json_bytes};
use crate::state::{PhotoRec, SeqRec, State, UploadAttempt, UploadKind, UploadOutcome, VideoRec};
use crate::util::{Rng, date_path, haversine_m, jpeg_dimensions, mix, parse_datetime};
use crate::{images, lock};

/// Settings of the API that do not change while it runs.
#[derive(Clone, Debug)]
pub(crate) struct Config {
    pub(crate) token: String,
    /// Send 1.0 envelopes with a numeric apiCode and unpadded messages (2022 style).
    pub(crate) v1_numeric: bool,
}

/// The two envelope dialects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ver {
    V1,
    V2,
}

/// 1.0 dialect for `/1.0/...`, `/auth/...` and the 1.0 storage paths, 2.0 for the rest.
pub(crate) fn version_of(path: &str) -> Ver {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if first == "1.0" || first == "auth" || first == "my-list" || first.starts_with("storage") {
        Ver::V1
    } else {
        Ver::V2
    }
}

/// An error answer with the apiCode it carries (0 for a bare answer).
pub(crate) struct Fail {
    code: i64,
    resp: Response,
}

type R = Result<Response, Fail>;

pub(crate) fn api_message(code: i64) -> &'static str {
    match code {
        600 => "The request has been processed without incidents",
        601 => "The request has an empty response",
        602 => "The request has been processed but there have been incidents",
        610 => "A required argument is missing",
        611 => "An argument has the wrong type",
        612 => "An argument is out of range",
        613 => "Invalid request body.",
        618 => "You are not allowed to perform this operation.",
        660 => "You are not allowed to add a duplicate entry",
        671 => "The status is incorrect.",
        401 => "You have to be authenticated in order to access this method",
        _ => "An unexpected server error has occurred",
    }
}

pub(crate) fn http_reason(code: u16) -> &'static str {
    match code {
        100 => "Continue",
        200 => "Success",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Payload Too Large",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Error",
    }
}

/// The status object. 1.0 pads messages with spaces and (unless `v1_numeric`) sends the
/// apiCode as a string; 2.0 sends a number and plain text.
fn status_value(ver: Ver, numeric_v1: bool, api_code: i64, message: &str, http: u16) -> Value {
    let (code, msg) = match ver {
        Ver::V1 if !numeric_v1 => (json!(api_code.to_string()), format!(" {message} ")),
        _ => (json!(api_code), message.to_string()),
    };
    json!({
        "apiCode": code,
        "apiMessage": msg,
        "httpCode": http,
        "httpMessage": http_reason(http),
    })
}

fn json_response(ver: Ver, http: u16, value: &Value) -> Response {
    Response::json(http, to_json_bytes(value, ver == Ver::V2))
}

/// An error envelope; the field, when given, is appended in parentheses as the real server
/// does (" You are not allowed to add a duplicate entry (sequenceIndex)").
pub(crate) fn error_response(
    cfg: &Config,
    ver: Ver,
    http: u16,
    api_code: i64,
    field: Option<&str>,
) -> Response {
    let text = api_message(api_code);
    let message = match (ver, field) {
        (Ver::V1, Some(f)) if !cfg.v1_numeric => format!(" {text} ({f})"),
        (Ver::V1, None) if !cfg.v1_numeric => format!(" {text} "),
        (_, Some(f)) => format!("{text} ({f})"),
        (_, None) => text.to_string(),
    };
    let status = json!({
        "apiCode": if ver == Ver::V1 && !cfg.v1_numeric { json!(api_code.to_string()) } else { json!(api_code) },
        "apiMessage": message,
        "httpCode": http,
        "httpMessage": http_reason(http),
    });
    json_response(ver, http, &json!({ "status": status }))
}

/// HTTP 200 carrying an error apiCode (the [`Fault::ApiCode`](crate::Fault::ApiCode) answer).
pub(crate) fn api_code_response(cfg: &Config, ver: Ver, api_code: i64, message: &str) -> Response {
    let status = status_value(ver, cfg.v1_numeric, api_code, message, 200);
    json_response(ver, 200, &json!({ "status": status }))
}

/// The answer to a route the fake does not serve, whether or not the real API has it: HTTP 501
/// with a plain-text body starting with [`NOT_IMPLEMENTED`](crate::NOT_IMPLEMENTED), which
/// `cargo xtask conformance` reports as skipped, not as a violation.
pub(crate) fn not_implemented(req: &Request) -> Response {
    let text = format!("{}: {} {}", crate::NOT_IMPLEMENTED, req.method, req.path);
    Response::bytes(501, "text/plain; charset=utf-8", text.into_bytes())
}

/// apiCode that goes with an HTTP error status in injected failures.
pub(crate) fn api_code_for_http(http: u16) -> i64 {
    match http {
        400 => 613,
        401 => 401,
        403 => 618,
        404 => 612,
        409 => 660,
        _ => 690,
    }
}

struct Api<'a> {
    st: &'a mut State,
    cfg: &'a Config,
    req: &'a Request,
    query: Fields,
    ver: Ver,
}

/// Answers one request of the API listener.
pub(crate) fn handle(state: &Mutex<State>, cfg: &Config, req: &Request) -> Response {
    let ver = version_of(&req.path);
    let query = match parse_urlencoded(req.query.as_deref().unwrap_or("").as_bytes()) {
        Ok(q) => q,
        Err(_) => return error_response(cfg, ver, 400, 613, Some("query")),
    };
    let mut st = lock(state);
    let mut api = Api {
        st: &mut st,
        cfg,
        req,
        query,
        ver,
    };
    match api.route() {
        Ok(r) => r,
        Err(f) => f.resp,
    }
}

impl Api<'_> {
    fn fail(&self, http: u16, code: i64, field: &str) -> Fail {
        let field = (!field.is_empty()).then_some(field);
        Fail {
            code,
            resp: error_response(self.cfg, self.ver, http, code, field),
        }
    }

    fn bare_400() -> Fail {
        Fail {
            code: 0,
            resp: Response::empty(400),
        }
    }

    fn route(&mut self) -> R {
        let path = crate::http::percent_decode_path(&self.req.path);
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let method = match self.req.method.as_str() {
            "HEAD" => "GET",
            m => m,
        };
        match (method, segs.as_slice()) {
            ("GET", ["2.0", "sequence"]) => self.sequence_list(),
            ("POST", ["2.0", "sequence"]) => self.sequence_create(),
            // Not served, and not a sequence id either.
            ("GET", ["2.0", "sequence", "map-matched-tracks"]) => Ok(not_implemented(self.req)),
            ("GET", ["2.0", "sequence", id]) => self.sequence_get(id),
            ("PUT", ["2.0", "sequence", id]) => self.sequence_update(id),
            ("DELETE", ["2.0", "sequence", id]) => self.sequence_delete(id),
            ("GET", ["2.0", "sequence", id, "photos"]) => self.sequence_photos(id),
            ("GET", ["2.0", "sequence", id, "finish"]) => self.sequence_finish_v2(id),
            ("GET", ["2.0", "sequence", id, "videos"]) => self.sequence_videos(id),
            // The fake holds no attachments, raw data, photo parts or notices: empty lists.
            ("GET", ["2.0", "sequence", id, "attachments" | "rawdatas"]) => {
                self.live_seq_or_404(id)?;
                Ok(self.ok_list(Value::Array(vec![]), false))
            }
            (
                "GET",
                [
                    "2.0",
                    "sequence-attachment" | "sequence-rawdata" | "photo-part",
                ],
            )
            | ("GET", ["2.0", "listener", "maintenance"]) => {
                self.paging()?;
                Ok(self.ok_list(Value::Array(vec![]), false))
            }
            ("GET", ["2.0", "photo"]) => self.photo_list(),
            ("POST", ["2.0", "photo"]) => Ok(self.upload(UploadKind::Photo)),
            ("GET", ["2.0", "photo", id]) => self.photo_get(id),
            ("PUT", ["2.0", "photo", id]) => self.photo_update(id),
            ("DELETE", ["2.0", "photo", id]) => self.photo_delete(id),
            ("GET", ["2.0", "video"]) => self.video_list(),
            ("POST", ["2.0", "video"]) => Ok(self.upload(UploadKind::Video)),
            ("GET", ["2.0", "video", id]) => self.video_get(id),
            ("GET", ["2.0", "user"]) => self.user_list(),
            ("GET", ["2.0", "user", id]) => self.user_get(id),
            ("GET", ["2.0", "user-metrics", id]) => self.user_metrics(id),
            ("POST", ["1.0", "sequence"]) => self.v1_sequence_create(),
            ("POST", ["1.0", "photo"]) => Ok(self.upload(UploadKind::Photo)),
            ("POST", ["1.0", "video"]) => Ok(self.upload(UploadKind::Video)),
            ("POST", ["1.0", "sequence", "finished-uploading"]) => self.v1_finished(),
            ("POST", ["1.0", "sequence", "photo-list"]) => self.v1_photo_list(),
            ("POST", ["1.0", "sequence", "remove"]) => self.v1_sequence_remove(),
            ("POST", ["1.0", "photo", "remove"]) => self.v1_photo_remove(),
            ("POST", ["1.0", "photo", "full-details"]) => self.v1_photo_full_details(),
            ("POST", ["1.0", "list", "nearby-photos"]) => self.v1_nearby(),
            ("POST", ["1.0", "user", "details"]) => self.v1_user_details(),
            ("POST", ["1.0", "list", "my-list"]) => self.v1_my_list(false),
            ("POST", ["my-list"]) => self.v1_my_list(true),
            ("POST", ["auth", provider, "client_auth"]) => self.client_auth(provider),
            ("GET", [storage, "files", "photo", rest @ ..]) if storage.starts_with("storage") => {
                Ok(images::serve_file(self.st, rest, Some(storage)))
            }
            _ => Ok(not_implemented(self.req)),
        }
    }

    // ------------------------------------------------------------------ envelopes

    fn ok_data(&self, data: Value) -> Response {
        let status = status_value(self.ver, self.cfg.v1_numeric, 600, api_message(600), 200);
        json_response(
            self.ver,
            200,
            &json!({"status": status, "result": {"data": data}}),
        )
    }

    fn ok_list(&self, data: Value, has_more: bool) -> Response {
        let status = status_value(self.ver, self.cfg.v1_numeric, 600, api_message(600), 200);
        json_response(
            self.ver,
            200,
            &json!({"status": status, "result": {"data": data, "hasMoreData": has_more}}),
        )
    }

    /// 1.0 success: `extra` merged at the top level, `osv` when given.
    fn ok_v1(&self, osv: Option<Value>, extra: Map<String, Value>) -> Response {
        let mut top = extra;
        top.insert(
            "status".into(),
            status_value(Ver::V1, self.cfg.v1_numeric, 600, api_message(600), 200),
        );
        if let Some(osv) = osv {
            top.insert("osv".into(), osv);
        }
        json_response(Ver::V1, 200, &Value::Object(top))
    }

    // ------------------------------------------------------------------ inputs

    fn body(&self) -> Result<Fields, Fail> {
        parse_body(self.req.header("content-type"), &self.req.body)
            .map_err(|_| self.fail(400, 613, "body"))
    }

    /// 2.0 auth: `X-Auth-Token`, or `access_token` in the query or body (the site's way).
    fn auth_v2(&self, body: Option<&Fields>) -> Result<(), Fail> {
        let token = self.cfg.token.as_str();
        let ok = self.req.header("x-auth-token").map(str::trim) == Some(token)
            || self.query.get("access_token") == Some(token)
            || body.and_then(|b| b.get("access_token")) == Some(token);
        if ok {
            Ok(())
        } else {
            Err(self.fail(401, 401, ""))
        }
    }

    /// 1.0 auth: the `access_token` field of the body only, like the 2016 server.
    fn auth_v1(&self, body: &Fields) -> Result<(), Fail> {
        if body.get("access_token") == Some(self.cfg.token.as_str()) {
            Ok(())
        } else {
            Err(self.fail(401, 401, ""))
        }
    }

    fn auth(&self, body: &Fields) -> Result<(), Fail> {
        match self.ver {
            Ver::V1 => self.auth_v1(body),
            Ver::V2 => self.auth_v2(Some(body)),
        }
    }

    /// API 1.0 paging: `page` from 1 (default 1), `ipp` items per page (default 40).
    fn v1_paging(&self, f: &Fields) -> Result<(u64, u64), Fail> {
        let positive = |name: &str, default: u64| match self.int(f, name)? {
            None => Ok(default),
            Some(n) if n >= 1 => Ok(n.unsigned_abs()),
            Some(_) => Err(self.fail(400, 612, name)),
        };
        Ok((positive("page", 1)?, positive("ipp", 40)?))
    }

    fn int(&self, f: &Fields, name: &str) -> Result<Option<i64>, Fail> {
        f.get(name)
            .map(|v| v.parse::<i64>().map_err(|_| self.fail(400, 611, name)))
            .transpose()
    }

    fn req_int(&self, f: &Fields, name: &str) -> Result<i64, Fail> {
        self.int(f, name)?.ok_or_else(|| self.fail(400, 610, name))
    }

    fn float(&self, f: &Fields, name: &str) -> Result<Option<f64>, Fail> {
        f.get(name)
            .map(|v| {
                v.parse::<f64>()
                    .ok()
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| self.fail(400, 611, name))
            })
            .transpose()
    }

    /// A `lat,lng` pair.
    fn coordinate(&self, f: &Fields, name: &str) -> Result<Option<(f64, f64)>, Fail> {
        let Some(v) = f.get(name) else {
            return Ok(None);
        };
        let parsed = v.split_once(',').and_then(|(a, b)| {
            let lat = a.trim().parse::<f64>().ok().filter(|x| x.is_finite())?;
            let lng = b.trim().parse::<f64>().ok().filter(|x| x.is_finite())?;
            Some((lat, lng))
        });
        let (lat, lng) = parsed.ok_or_else(|| self.fail(400, 611, name))?;
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lng) {
            return Err(self.fail(400, 612, name));
        }
        Ok(Some((lat, lng)))
    }

    /// The days named by the fields `from` and `to` (`YYYY-MM-DD`, both inclusive; either may
    /// be absent, and an empty name is never present).
    fn day_range(&self, f: &Fields, from: &str, to: &str) -> Result<DayRange, Fail> {
        let day = |name: &str| -> Result<Option<i64>, Fail> {
            if name.is_empty() {
                return Ok(None);
            }
            f.get(name)
                .map(|v| {
                    parse_datetime(v)
                        .map(|t| t.div_euclid(86_400))
                        .ok_or_else(|| self.fail(400, 611, name))
                })
                .transpose()
        };
        Ok(DayRange {
            first: day(from)?,
            last: day(to)?,
        })
    }

    fn path_id(&self, seg: &str, field: &str) -> Result<i64, Fail> {
        seg.parse::<i64>().map_err(|_| self.fail(400, 611, field))
    }

    fn ids(&self, f: &Fields, name: &str) -> Result<Vec<i64>, Fail> {
        f.list(name)
            .iter()
            .map(|v| v.parse::<i64>().map_err(|_| self.fail(400, 611, name)))
            .collect()
    }

    fn id_interval(&self, f: &Fields) -> Result<Option<(i64, i64)>, Fail> {
        let Some(v) = f.get("idInterval") else {
            return Ok(None);
        };
        v.split_once('-')
            .and_then(|(a, b)| Some((a.trim().parse().ok()?, b.trim().parse().ok()?)))
            .map(Some)
            .ok_or_else(|| self.fail(400, 611, "idInterval"))
    }

    /// `page` and `itemsPerPage`: default 40, a bare HTTP 400 above 100 like the live API.
    fn paging(&self) -> Result<(u64, u64), Fail> {
        let ipp = match self.query.get("itemsPerPage") {
            None => 40,
            Some(v) => {
                let n: i64 = v.parse().map_err(|_| self.fail(400, 611, "itemsPerPage"))?;
                if n > 100 {
                    return Err(Self::bare_400());
                }
                if n < 1 {
                    return Err(self.fail(400, 612, "itemsPerPage"));
                }
                n as u64
            }
        };
        let page = match self.int(&self.query, "page")? {
            None => 1,
            Some(p) if p >= 1 => p as u64,
            Some(_) => return Err(self.fail(400, 612, "page")),
        };
        Ok((page, ipp))
    }

    fn joins(&self, allowed: &[&str]) -> Result<Vec<String>, Fail> {
        let joins = self.query.list("join");
        match joins.iter().find(|j| !allowed.contains(&j.as_str())) {
            Some(_) => Err(self.fail(400, 612, "join")),
            None => Ok(joins),
        }
    }

    fn owns(&self, sq: &SeqRec) -> Result<(), Fail> {
        if sq.user_id == DEFAULT_USER_ID {
            Ok(())
        } else {
            Err(self.fail(400, 618, "sequenceId"))
        }
    }

    fn live_seq_or_404(&self, seg: &str) -> Result<i64, Fail> {
        let id = self.path_id(seg, "sequenceId")?;
        match self.st.live_sequence(id) {
            Some(_) => Ok(id),
            None => Err(self.fail(404, 612, "sequenceId")),
        }
    }

    // ------------------------------------------------------------------ paging helpers

    /// A page of `items`; `hasMoreData` is true whenever the page is full, so a total that is
    /// a multiple of the page size ends with an empty page (the live API's behaviour).
    fn page<T: Copy>(items: &[T], page: u64, ipp: u64) -> (Vec<T>, bool) {
        let start = (page - 1).saturating_mul(ipp);
        let len = items.len() as u64;
        if start >= len {
            return (Vec::new(), false);
        }
        let end = start.saturating_add(ipp).min(len);
        let slice = items[start as usize..end as usize].to_vec();
        let full = slice.len() as u64 == ipp;
        (slice, full)
    }

    /// Deterministic shuffle within a page, never leaving it sorted (facts.md §6.12).
    fn shuffle(&self, ids: &mut [i64], page: u64) {
        if ids.len() < 2 {
            return;
        }
        let original = ids.to_vec();
        let mut r = Rng::new(mix(self.st.seed, mix(page, ids[0] as u64)));
        for i in (1..ids.len()).rev() {
            let j = r.below(i as u64 + 1) as usize;
            ids.swap(i, j);
        }
        if ids == original.as_slice() {
            ids.rotate_left(1);
        }
    }

    fn photo_page(&self, ids: &[i64], joins: PhotoJoins) -> Result<Response, Fail> {
        let (page, ipp) = self.paging()?;
        let (mut page_ids, more) = Self::page(ids, page, ipp);
        self.shuffle(&mut page_ids, page);
        let data = page_ids
            .iter()
            .filter_map(|id| self.st.photos.get(id))
            .map(|p| self.st.photo_json_joined(p, joins))
            .collect();
        Ok(self.ok_list(Value::Array(data), more))
    }

    // ------------------------------------------------------------------ 2.0 sequence

    fn seq_joins(&self) -> Result<SeqJoins, Fail> {
        let j = self.joins(&["user", "photo", "photos", "attachment", "attachments"])?;
        let has = |n: &str| j.iter().any(|x| x == n);
        Ok(SeqJoins {
            user: has("user"),
            photo: has("photo"),
            photos: has("photos"),
        })
    }

    fn sequence_list(&mut self) -> R {
        let (page, ipp) = self.paging()?;
        let joins = self.seq_joins()?;
        let ids = self.ids(&self.query, "id")?;
        let users = self.ids(&self.query, "userId")?;
        let interval = self.id_interval(&self.query)?;
        let top_left = self.coordinate(&self.query, "tLeft")?;
        let bottom_right = self.coordinate(&self.query, "bRight")?;
        let area = match (top_left, bottom_right) {
            (Some((n, w)), Some((s, e))) => Some((n, w, s, e)),
            (None, None) => None,
            (None, Some(_)) => return Err(self.fail(400, 610, "tLeft")),
            (Some(_), None) => return Err(self.fail(400, 610, "bRight")),
        };
        let days = self.day_range(&self.query, "startDate", "endDate")?;
        let by_date = match self.query.get("orderBy") {
            None | Some("id") => false,
            Some("dateAdded") => true,
            Some(_) => return Err(self.fail(400, 612, "orderBy")),
        };
        let mut found: Vec<&SeqRec> = self
            .st
            .sequences
            .values()
            .filter(|s| !s.deleted)
            .filter(|s| ids.is_empty() || ids.contains(&s.id))
            .filter(|s| users.is_empty() || users.contains(&s.user_id))
            .filter(|s| interval.is_none_or(|(a, b)| (a..=b).contains(&s.id)))
            .filter(|s| days.contains(s.date_added))
            .filter(|s| {
                // A sequence is in the box when its own box overlaps it.
                area.is_none_or(|(n, w, so, e)| {
                    self.st
                        .seq_stats(s.id)
                        .bbox
                        .is_some_and(|(sn, sw, ss, se)| sn >= so && ss <= n && se >= w && sw <= e)
                })
            })
            .collect();
        if by_date {
            found.sort_by_key(|s| (s.date_added, s.id));
        }
        let mut seqs: Vec<i64> = found.iter().map(|s| s.id).collect();
        if self
            .query
            .get("orderDirection")
            .is_some_and(|d| d.eq_ignore_ascii_case("desc"))
        {
            seqs.reverse();
        }
        let (page_ids, more) = Self::page(&seqs, page, ipp);
        let rendered = page_ids
            .iter()
            .filter_map(|id| self.st.sequences.get(id))
            .map(|s| {
                (
                    self.st.photos_of(s.id).len(),
                    self.st.sequence_json(s, joins),
                )
            });
        let data = if joins.photos {
            // One joined row per photo; the server keys copies by the first and last row.
            let mut obj = Map::new();
            let mut row = 0usize;
            for (n, seq) in rendered {
                if n > 1 {
                    obj.insert((row + n - 1).to_string(), seq.clone());
                }
                obj.insert(row.to_string(), seq);
                row += n.max(1);
            }
            Value::Object(obj)
        } else {
            Value::Array(rendered.map(|(_, v)| v).collect())
        };
        Ok(self.ok_list(data, more))
    }

    fn sequence_get(&mut self, seg: &str) -> R {
        let id = self.live_seq_or_404(seg)?;
        let joins = self.seq_joins()?;
        let sq = self
            .st
            .sequences
            .get(&id)
            .ok_or_else(|| self.fail(404, 612, "sequenceId"))?;
        Ok(self.ok_data(self.st.sequence_json(sq, joins)))
    }

    fn sequence_photos(&mut self, seg: &str) -> R {
        let id = self.live_seq_or_404(seg)?;
        let ids: Vec<i64> = self.st.photos_of(id).iter().map(|p| p.id).collect();
        self.photo_page(&ids, PhotoJoins::default())
    }

    fn apply_sequence_fields(&mut self, id: i64, f: &Fields) -> Result<(), Fail> {
        let coordinate = self.coordinate(f, "currentCoordinate")?;
        let text = |n: &str| f.get(n).map(str::to_string);
        let (device, platform, pversion, app, source) = (
            text("deviceName"),
            text("platformName"),
            text("platformVersion"),
            text("appVersion"),
            text("uploadSource"),
        );
        let (obd, total) = (text("obdInfo"), text("clientTotal"));
        let video = f
            .get("sequenceType")
            .map(|t| t.eq_ignore_ascii_case("video"));
        if let Some(sq) = self.st.sequences.get_mut(&id) {
            sq.device_name = device.or(sq.device_name.take());
            sq.platform_name = platform.or(sq.platform_name.take());
            sq.platform_version = pversion.or(sq.platform_version.take());
            sq.app_version = app.or(sq.app_version.take());
            sq.upload_source = source.or(sq.upload_source.take());
            sq.obd_info = obd.or(sq.obd_info.take());
            sq.client_total = total.or(sq.client_total.take());
            if let Some(c) = coordinate {
                sq.current = Some(c);
            }
            if let Some(v) = video {
                sq.is_video = v;
            }
        }
        Ok(())
    }

    /// A new empty sequence of the token's user.
    fn create_sequence(&mut self, f: &Fields) -> Result<i64, Fail> {
        // Validate before allocating anything.
        self.coordinate(f, "currentCoordinate")?;
        let id = self.st.next_sequence_id;
        self.st.next_sequence_id += 1;
        let now = self.st.tick();
        self.st.sequences.insert(
            id,
            SeqRec {
                id,
                user_id: DEFAULT_USER_ID,
                seeded: false,
                date_added: now,
                date_processed: None,
                device_name: None,
                platform_name: None,
                platform_version: None,
                app_version: None,
                upload_source: None,
                camera: None,
                storage: None,
                deleted: false,
                upload_status: "UPLOADING",
                image_processing_status: "NEW",
                processing_status: "NEW",
                sub_status: "NEW",
                current: None,
                is_video: false,
                address: None,
                country_code: None,
                state_code: None,
                client_total: None,
                obd_info: None,
                quality: None,
                metadata_file: None,
                metadata_photos: 0,
                finished_calls: 0,
            },
        );
        self.apply_sequence_fields(id, f)?;
        Ok(id)
    }

    fn sequence_create(&mut self) -> R {
        let f = self.body()?;
        self.auth_v2(Some(&f))?;
        let id = self.create_sequence(&f)?;
        let sq = self
            .st
            .sequences
            .get(&id)
            .ok_or_else(|| self.fail(500, 690, ""))?;
        Ok(self.ok_data(self.st.sequence_json(sq, SeqJoins::default())))
    }

    fn sequence_update(&mut self, seg: &str) -> R {
        let f = self.body()?;
        self.auth_v2(Some(&f))?;
        let id = self.live_seq_or_404(seg)?;
        if let Some(sq) = self.st.sequences.get(&id) {
            self.owns(sq)?;
        }
        self.apply_sequence_fields(id, &f)?;
        let sq = self
            .st
            .sequences
            .get(&id)
            .ok_or_else(|| self.fail(404, 612, "sequenceId"))?;
        Ok(self.ok_data(self.st.sequence_json(sq, SeqJoins::default())))
    }

    fn sequence_delete(&mut self, seg: &str) -> R {
        self.auth_v2(None)?;
        let id = self.live_seq_or_404(seg)?;
        if let Some(sq) = self.st.sequences.get(&id) {
            self.owns(sq)?;
        }
        self.st.delete_sequence(id);
        let sq = self
            .st
            .sequences
            .get(&id)
            .ok_or_else(|| self.fail(404, 612, "sequenceId"))?;
        Ok(self.ok_data(self.st.sequence_json(sq, SeqJoins::default())))
    }

    /// Counts a finish call; the upload of the sequence is then `FINISHED`.
    fn finish(&mut self, id: i64) -> Result<(), Fail> {
        let sq = self
            .st
            .live_sequence(id)
            .ok_or_else(|| self.fail(400, 612, "sequenceId"))?;
        self.owns(sq)?;
        if let Some(sq) = self.st.sequences.get_mut(&id) {
            sq.finished_calls += 1;
            if !sq.seeded {
                sq.upload_status = "FINISHED";
                sq.image_processing_status = "UPLOAD_FINISHED";
            }
        }
        Ok(())
    }

    fn sequence_finish_v2(&mut self, seg: &str) -> R {
        self.auth_v2(None)?;
        let id = self.live_seq_or_404(seg)?;
        self.finish(id)?;
        let sq = self
            .st
            .sequences
            .get(&id)
            .ok_or_else(|| self.fail(404, 612, "sequenceId"))?;
        Ok(self.ok_data(self.st.sequence_json(sq, SeqJoins::default())))
    }

    // ------------------------------------------------------------------ 2.0 photo

    fn photo_joins(&self) -> Result<PhotoJoins, Fail> {
        let j = self.joins(&["rawdata", "video", "sequence", "user"])?;
        let has = |n: &str| j.iter().any(|x| x == n);
        Ok(PhotoJoins {
            sequence: has("sequence"),
            user: has("user"),
            video: has("video"),
        })
    }

    fn photo_list(&mut self) -> R {
        self.paging()?;
        let joins = self.photo_joins()?;
        let q = &self.query;
        let mut ids = self.ids(q, "id")?;
        ids.truncate(100);
        let interval = self.id_interval(q)?;
        let seq = self.int(q, "sequenceId")?;
        let (lat, lng) = (self.float(q, "lat")?, self.float(q, "lng")?);
        let near = lat.zip(lng);
        if ids.is_empty() && interval.is_none() && seq.is_none() && near.is_none() {
            return Err(self.fail(400, 610, "id, idInterval, sequenceId or lat/lng"));
        }
        let seq_index = self.int(q, "sequenceIndex")?;
        let video_index = self.int(q, "videoIndex")?;
        let radius = self.float(q, "radius")?.unwrap_or(50.0);
        let users = self.ids(q, "userId")?;
        let projection = q.get("projection").map(str::to_ascii_uppercase);
        let st = &*self.st;
        let candidates: Vec<&PhotoRec> = if let Some(s) = seq {
            st.live_sequence(s)
                .map(|_| st.photos_of(s))
                .unwrap_or_default()
        } else if !ids.is_empty() {
            let mut sorted = ids.clone();
            sorted.sort_unstable();
            sorted.dedup();
            sorted.iter().filter_map(|id| st.live_photo(*id)).collect()
        } else {
            st.photos
                .values()
                .filter(|p| st.live_photo(p.id).is_some())
                .collect()
        };
        let matches = |p: &&PhotoRec| {
            (ids.is_empty() || ids.contains(&p.id))
                && interval.is_none_or(|(a, b)| (a..=b).contains(&p.id))
                && seq_index.is_none_or(|i| p.sequence_index == i)
                && video_index.is_none_or(|i| p.video_index == i)
                && projection.as_deref().is_none_or(|pr| p.projection == pr)
                && (users.is_empty()
                    || st
                        .sequences
                        .get(&p.sequence_id)
                        .is_some_and(|sq| users.contains(&sq.user_id)))
                && near.is_none_or(|(la, ln)| {
                    p.fix
                        .is_some_and(|(a, b)| haversine_m(la, ln, a, b) <= radius)
                })
        };
        let found: Vec<i64> = candidates
            .into_iter()
            .filter(matches)
            .map(|p| p.id)
            .collect();
        self.photo_page(&found, joins)
    }

    fn live_photo_or_404(&self, seg: &str) -> Result<i64, Fail> {
        let id = self.path_id(seg, "photoId")?;
        match self.st.live_photo(id) {
            Some(_) => Ok(id),
            None => Err(self.fail(404, 612, "photoId")),
        }
    }

    fn photo_get(&mut self, seg: &str) -> R {
        let joins = self.photo_joins()?;
        let dense = self.path_id(seg, "photoId").ok().and_then(|id| {
            let region = self.st.dense.as_ref()?;
            Some(region.record(&region.photo(id)?))
        });
        if let Some(p) = dense {
            return Ok(self.ok_data(self.st.photo_json_joined(&p, joins)));
        }
        let id = self.live_photo_or_404(seg)?;
        let p = self
            .st
            .photos
            .get(&id)
            .ok_or_else(|| self.fail(404, 612, "photoId"))?;
        Ok(self.ok_data(self.st.photo_json_joined(p, joins)))
    }

    fn check_photo_owner(&self, id: i64) -> Result<(), Fail> {
        let seq = self.st.photos.get(&id).map(|p| p.sequence_id);
        match seq.and_then(|s| self.st.sequences.get(&s)) {
            Some(sq) => self.owns(sq),
            None => Err(self.fail(404, 612, "photoId")),
        }
    }

    fn photo_update(&mut self, seg: &str) -> R {
        let f = self.body()?;
        self.auth_v2(Some(&f))?;
        let id = self.live_photo_or_404(seg)?;
        self.check_photo_owner(id)?;
        let coordinate = self.coordinate(&f, "coordinate")?;
        let shot = self.shot_date(&f)?;
        let heading = self.float(&f, "heading")?;
        let accuracy = self.float(&f, "gpsAccuracy")?;
        let yaw = self.float(&f, "projectionYaw")?;
        let payload = f.bytes("payload").map(<[u8]>::to_vec);
        if let Some(p) = self.st.photos.get_mut(&id) {
            if let Some(c) = coordinate {
                p.fix = Some(c);
            }
            if let Some(s) = shot {
                p.shot_date = Some(s);
            }
            if let Some(h) = heading {
                p.heading = Some(h);
            }
            if let Some(a) = accuracy {
                p.gps_accuracy = Some(a);
            }
            if let Some(y) = yaw {
                p.projection_yaw = y;
            }
            if let Some(bytes) = payload {
                p.size = jpeg_dimensions(&bytes).or(p.size);
                p.image = Some(bytes);
            }
        }
        self.st.tick();
        let p = self
            .st
            .photos
            .get(&id)
            .ok_or_else(|| self.fail(404, 612, "photoId"))?;
        Ok(self.ok_data(self.st.photo_json(p, PhotoStyle::Photo)))
    }

    fn photo_delete(&mut self, seg: &str) -> R {
        self.auth_v2(None)?;
        let id = self.live_photo_or_404(seg)?;
        self.check_photo_owner(id)?;
        self.st.delete_photo(id);
        let p = self
            .st
            .photos
            .get(&id)
            .ok_or_else(|| self.fail(404, 612, "photoId"))?;
        Ok(self.ok_data(self.st.photo_json(p, PhotoStyle::Photo)))
    }

    // ------------------------------------------------------------------ uploads

    fn shot_date(&self, f: &Fields) -> Result<Option<i64>, Fail> {
        f.get("shotDate")
            .map(|v| parse_datetime(v).ok_or_else(|| self.fail(400, 611, "shotDate")))
            .transpose()
    }

    /// Runs an upload handler and records the attempt with its outcome.
    fn upload(&mut self, kind: UploadKind) -> Response {
        let fields = self.body();
        let parsed = |n: &str| {
            fields
                .as_ref()
                .ok()
                .and_then(|f| f.get(n))
                .and_then(|v| v.parse::<i64>().ok())
        };
        let (sequence_id, sequence_index) = (parsed("sequenceId"), parsed("sequenceIndex"));
        let result = fields.and_then(|f| match kind {
            UploadKind::Photo => self.store_photo(&f),
            UploadKind::Video => self.store_video(&f),
        });
        let (resp, outcome) = match result {
            Ok((resp, id)) => (resp, UploadOutcome::Stored { id }),
            Err(Fail { code: 660, resp }) => (resp, UploadOutcome::Duplicate),
            Err(Fail { code, resp }) => (resp, UploadOutcome::Rejected { api_code: code }),
        };
        self.st.upload_attempts.push(UploadAttempt {
            kind,
            path: self.req.path.clone(),
            sequence_id,
            sequence_index,
            outcome,
        });
        resp
    }

    /// Checks shared by photo and video uploads; returns (sequenceId, sequenceIndex, file).
    fn upload_target(&self, f: &Fields, file_field: &str) -> Result<(i64, i64, Vec<u8>), Fail> {
        self.auth(f)?;
        let seq = self.req_int(f, "sequenceId")?;
        let idx = self.req_int(f, "sequenceIndex")?;
        let bytes = f
            .bytes(file_field)
            .or_else(|| f.bytes("payload"))
            .filter(|b| !b.is_empty())
            .ok_or_else(|| self.fail(400, 610, file_field))?
            .to_vec();
        if idx < 0 {
            return Err(self.fail(400, 612, "sequenceIndex"));
        }
        let sq = self
            .st
            .live_sequence(seq)
            .ok_or_else(|| self.fail(400, 612, "sequenceId"))?;
        self.owns(sq)?;
        Ok((seq, idx, bytes))
    }

    fn storage_for(&mut self, seq: i64) -> String {
        let seed = self.st.seed;
        let sq = self.st.sequences.get_mut(&seq);
        match sq {
            Some(sq) => sq
                .storage
                .get_or_insert_with(|| {
                    let n = Rng::new(mix(seed, seq as u64)).below(4);
                    ["storage1", "storage5", "storage9", "storage13"][n as usize].to_string()
                })
                .clone(),
            None => "storage1".to_string(),
        }
    }

    fn store_photo(&mut self, f: &Fields) -> Result<(Response, i64), Fail> {
        let file_field = if self.ver == Ver::V1 {
            "photo"
        } else {
            "payload"
        };
        self.auth(f)?;
        if f.get("coordinate").is_none() {
            // Missing arguments are reported before lookups, in form order.
            self.req_int(f, "sequenceId")?;
            self.req_int(f, "sequenceIndex")?;
            return Err(self.fail(400, 610, "coordinate"));
        }
        let (seq, idx, bytes) = self.upload_target(f, file_field)?;
        let (lat, lng) = self
            .coordinate(f, "coordinate")?
            .ok_or_else(|| self.fail(400, 610, "coordinate"))?;
        let shot = self.shot_date(f)?;
        let heading = match self.float(f, "heading")? {
            Some(h) => Some(h),
            None => self.float(f, "headers")?,
        };
        let accuracy = self.float(f, "gpsAccuracy")?;
        let yaw = self.float(f, "projectionYaw")?.unwrap_or(0.0);
        let projection = match f.get("projection").map(str::to_ascii_uppercase) {
            None => "PLANE".to_string(),
            // upload-scripts sends PLAIN for flat images.
            Some(p) if p == "PLAIN" => "PLANE".to_string(),
            Some(p) => p,
        };
        if self
            .st
            .by_seq
            .get(&seq)
            .is_some_and(|m| m.contains_key(&idx))
        {
            return Err(self.fail(400, 660, "sequenceIndex"));
        }
        let storage = self.storage_for(seq);
        let now = self.st.tick();
        let id = self.st.next_photo_id;
        let mut r = Rng::new(mix(self.st.seed, id as u64));
        let spherical = projection == "SPHERE";
        let photo = PhotoRec {
            id,
            sequence_id: seq,
            sequence_index: idx,
            video_id: 0,
            video_index: 0,
            fix: Some((lat, lng)).filter(|c| *c != (0.0, 0.0)),
            heading,
            gps_accuracy: accuracy,
            shot_date: shot,
            date_added: now,
            date_processed: None,
            matched: None,
            distance_next: 0.0,
            size: jpeg_dimensions(&bytes),
            spherical,
            projection,
            projection_yaw: yaw,
            quality_level: None,
            quality_details: Vec::new(),
            blurred: false,
            processed: false,
            storage,
            date_path: date_path(now),
            file_name: format!("{seq}_{}.jpg", r.hex(32)),
            cdn: false,
            deleted: false,
            image: Some(bytes),
        };
        let fix = photo.fix;
        self.st.insert_photo(photo);
        if let Some(sq) = self.st.sequences.get_mut(&seq)
            && sq.current.is_none()
        {
            sq.current = fix;
        }
        let p = self
            .st
            .photos
            .get(&id)
            .ok_or_else(|| self.fail(500, 690, ""))?;
        let resp = match self.ver {
            Ver::V1 => self.ok_v1(
                Some(json!({"photo": self.st.v1_uploaded_photo(p)})),
                Map::new(),
            ),
            Ver::V2 => self.ok_data(self.st.photo_json(p, PhotoStyle::Photo)),
        };
        Ok((resp, id))
    }

    fn store_video(&mut self, f: &Fields) -> Result<(Response, i64), Fail> {
        let file_field = if self.ver == Ver::V1 {
            "video"
        } else {
            "payload"
        };
        let (seq, idx, bytes) = self.upload_target(f, file_field)?;
        let duplicate = self
            .st
            .videos
            .values()
            .any(|v| v.sequence_id == seq && v.sequence_index == idx);
        if duplicate {
            return Err(self.fail(400, 660, "sequenceIndex"));
        }
        let now = self.st.tick();
        let id = self.st.next_video_id;
        self.st.next_video_id += 1;
        let mut r = Rng::new(mix(self.st.seed, id as u64));
        let video = VideoRec {
            id,
            sequence_id: seq,
            sequence_index: idx,
            date_added: now,
            name: format!("{seq}_{}.mp4", r.hex(13)),
            size: bytes.len(),
            uploaded: true,
        };
        let body = self.st.video_json(&video);
        self.st.videos.insert(id, video);
        if let Some(sq) = self.st.sequences.get_mut(&seq) {
            sq.is_video = true;
        }
        let resp = match self.ver {
            Ver::V1 => self.ok_v1(Some(json!({ "video": body })), Map::new()),
            Ver::V2 => self.ok_data(body),
        };
        Ok((resp, id))
    }

    // ------------------------------------------------------------------ 2.0 video, user

    fn video_list(&mut self) -> R {
        let (page, ipp) = self.paging()?;
        let ids = self.ids(&self.query, "id")?;
        let interval = self.id_interval(&self.query)?;
        let seq = self.int(&self.query, "sequenceId")?;
        let st = &*self.st;
        let found: Vec<i64> = st
            .videos
            .values()
            .filter(|v| st.live_sequence(v.sequence_id).is_some())
            .filter(|v| ids.is_empty() || ids.contains(&v.id))
            .filter(|v| interval.is_none_or(|(a, b)| (a..=b).contains(&v.id)))
            .filter(|v| seq.is_none_or(|s| v.sequence_id == s))
            .map(|v| v.id)
            .collect();
        let (page_ids, more) = Self::page(&found, page, ipp);
        let data = page_ids
            .iter()
            .filter_map(|id| st.videos.get(id))
            .map(|v| st.video_json(v))
            .collect();
        Ok(self.ok_list(Value::Array(data), more))
    }

    /// `GET /2.0/sequence/{id}/videos`: the sequence's videos in one page.
    fn sequence_videos(&mut self, seg: &str) -> R {
        let id = self.live_seq_or_404(seg)?;
        let st = &*self.st;
        let data = st
            .videos
            .values()
            .filter(|v| v.sequence_id == id)
            .map(|v| st.video_json(v))
            .collect();
        Ok(self.ok_list(Value::Array(data), false))
    }

    fn video_get(&mut self, seg: &str) -> R {
        let id = self.path_id(seg, "videoId")?;
        let st = &*self.st;
        let v = st
            .videos
            .get(&id)
            .filter(|v| st.live_sequence(v.sequence_id).is_some())
            .ok_or_else(|| self.fail(404, 612, "videoId"))?;
        Ok(self.ok_data(st.video_json(v)))
    }

    fn user_list(&mut self) -> R {
        let (page, ipp) = self.paging()?;
        let metrics = self.joins(&["metrics"])?.iter().any(|j| j == "metrics");
        let ids = self.ids(&self.query, "id")?;
        let found: Vec<i64> = self
            .st
            .users
            .keys()
            .copied()
            .filter(|id| ids.is_empty() || ids.contains(id))
            .collect();
        let (page_ids, more) = Self::page(&found, page, ipp);
        let data = page_ids
            .iter()
            .filter_map(|id| self.st.users.get(id))
            .map(|u| self.st.user_json(u, metrics))
            .collect();
        Ok(self.ok_list(Value::Array(data), more))
    }

    /// By id or by username (upload-scripts passes the username).
    fn user_get(&mut self, seg: &str) -> R {
        let metrics = self.joins(&["metrics"])?.iter().any(|j| j == "metrics");
        let u = match seg.parse::<i64>() {
            Ok(id) => self.st.users.get(&id),
            Err(_) => self.st.users.values().find(|u| u.username == seg),
        }
        .ok_or_else(|| self.fail(404, 612, "userId"))?;
        Ok(self.ok_data(self.st.user_json(u, metrics)))
    }

    fn user_metrics(&mut self, seg: &str) -> R {
        let id = self.path_id(seg, "userId")?;
        let u = self
            .st
            .users
            .get(&id)
            .ok_or_else(|| self.fail(404, 612, "userId"))?;
        Ok(self.ok_data(self.st.metrics_json(u)))
    }

    // ------------------------------------------------------------------ 1.0 and auth

    fn v1_sequence_create(&mut self) -> R {
        let f = self.body()?;
        self.auth_v1(&f)?;
        let id = self.create_sequence(&f)?;
        let sq = self
            .st
            .sequences
            .get(&id)
            .ok_or_else(|| self.fail(500, 690, ""))?;
        let body = json!({ "sequence": self.st.v1_created_sequence(sq) });
        Ok(self.ok_v1(Some(body), Map::new()))
    }

    fn v1_finished(&mut self) -> R {
        let f = self.body()?;
        self.auth_v1(&f)?;
        let id = self.req_int(&f, "sequenceId")?;
        self.finish(id)?;
        Ok(self.ok_v1(Some(json!({ "sequenceId": id.to_string() })), Map::new()))
    }

    /// `POST /1.0/sequence/remove/`: the status envelope alone on success.
    fn v1_sequence_remove(&mut self) -> R {
        let f = self.body()?;
        self.auth_v1(&f)?;
        let id = self.req_int(&f, "sequenceId")?;
        let sq = self
            .st
            .live_sequence(id)
            .ok_or_else(|| self.fail(400, 612, "sequenceId"))?;
        self.owns(sq)?;
        self.st.delete_sequence(id);
        Ok(self.ok_v1(None, Map::new()))
    }

    /// `POST /1.0/photo/remove/`: the status envelope alone on success.
    fn v1_photo_remove(&mut self) -> R {
        let f = self.body()?;
        self.auth_v1(&f)?;
        let id = self.req_int(&f, "photoId")?;
        if self.st.live_photo(id).is_none() {
            return Err(self.fail(400, 612, "photoId"));
        }
        self.check_photo_owner(id)?;
        self.st.delete_photo(id);
        Ok(self.ok_v1(None, Map::new()))
    }

    /// `POST /1.0/photo/full-details/`: the photo at (`sequenceId`, `sequenceIndex`) under
    /// `osv.photoObject`, in the photo-list item's shape.
    fn v1_photo_full_details(&mut self) -> R {
        let f = self.body()?;
        let id = self.req_int(&f, "sequenceId")?;
        let index = self.req_int(&f, "sequenceIndex")?;
        self.st
            .live_sequence(id)
            .ok_or_else(|| self.fail(400, 612, "sequenceId"))?;
        let photo = self
            .st
            .photos_of(id)
            .into_iter()
            .find(|p| p.sequence_index == index && !p.deleted)
            .ok_or_else(|| self.fail(400, 612, "sequenceIndex"))?;
        let osv = json!({ "photoObject": self.st.v1_photo_list_item(photo) });
        Ok(self.ok_v1(Some(osv), Map::new()))
    }

    fn v1_photo_list(&mut self) -> R {
        let f = self.body()?;
        let id = self.req_int(&f, "sequenceId")?;
        self.st
            .live_sequence(id)
            .ok_or_else(|| self.fail(400, 612, "sequenceId"))?;
        let photos: Vec<Value> = self
            .st
            .photos_of(id)
            .into_iter()
            .map(|p| self.st.v1_photo_list_item(p))
            .collect();
        let osv = json!({ "sequenceId": id.to_string(), "photos": photos });
        Ok(self.ok_v1(Some(osv), Map::new()))
    }

    fn v1_nearby(&mut self) -> R {
        let f = self.body()?;
        let (page, ipp) = self.v1_paging(&f)?;
        let top_left = self.coordinate(&f, "bbTopLeft")?;
        let bottom_right = self.coordinate(&f, "bbBottomRight")?;
        let centre = match (self.float(&f, "lat")?, self.float(&f, "lng")?) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => self.coordinate(&f, "coordinate")?,
        };
        let radius = self.float(&f, "radius")?.unwrap_or(50.0);
        // JOSM sends `date`: photos uploaded on or after that day.
        let uploaded = self.day_range(&f, "date", "")?;
        let area = match (top_left, bottom_right, centre) {
            (Some((n, w)), Some((s, e)), _) => Area::Box(s, w, n, e),
            (_, _, Some((cl, cg))) => Area::Circle(cl, cg, radius),
            _ => return Err(self.fail(400, 610, "lat")),
        };
        let st = &*self.st;
        // The dense region's assumed cap (see `DenseRegion::page_cap`); none otherwise.
        let ipp = st.dense.as_ref().map_or(ipp, |r| ipp.min(r.max_page()));
        let found: Vec<i64> = st
            .photos
            .values()
            .filter(|p| st.live_photo(p.id).is_some())
            .filter(|p| p.fix.is_some_and(|(a, b)| area.contains(a, b)))
            .filter(|p| uploaded.contains(p.date_added))
            .map(|p| p.id)
            .collect();
        let (mut page_ids, _) = Self::page(&found, page, ipp);
        let mut total = found.len() as u64;
        // The dense region's photos follow the stored ones, in id order.
        let mut dense = HashMap::new();
        if let Some(region) = &st.dense {
            let before = (page - 1).saturating_mul(ipp);
            let stored = found.len() as u64;
            // Dense photos to skip, and to take after the stored ones of this page.
            let skip = before.saturating_sub(stored);
            let take = ipp - page_ids.len() as u64;
            let answer = region.query(&area, |t| uploaded.contains(t), skip, take);
            total += answer.total;
            for p in answer.photos {
                page_ids.push(p.id);
                dense.insert(p.id, p);
            }
        }
        self.shuffle(&mut page_ids, page);
        let st = &*self.st;
        let items: Vec<Value> = page_ids
            .iter()
            .filter_map(|id| match (st.photos.get(id), dense.get(id), &st.dense) {
                (Some(p), _, _) => Some(st.v1_nearby_item(p)),
                (None, Some(p), Some(region)) => {
                    let mut item = st.v1_nearby_item(&region.record(p));
                    item["username"] = Value::String(region.username(p));
                    Some(item)
                }
                _ => None,
            })
            .collect();
        let mut top = Map::new();
        top.insert("currentPageItems".into(), Value::Array(items));
        top.insert("totalFilteredItems".into(), json!([total.to_string()]));
        Ok(self.ok_v1(None, top))
    }

    /// A user's sequences, newest first, in the shape of the real capture: the page at the top
    /// level (`currentPageItems`, `totalFilteredItems`, `tracksStatus`). `/1.0/list/my-list/`
    /// lists the token's user; the `/my-list` alias also lists a user named by `username` (the
    /// official uploader, no token) or `userId` (the site), and the token's user otherwise.
    fn v1_my_list(&mut self, alias: bool) -> R {
        let f = self.body()?;
        let named = if alias { self.my_list_user(&f)? } else { None };
        // A token, when sent, must be valid; without a named user it is required.
        if named.is_none() || f.get("access_token").is_some() {
            self.auth_v1(&f)?;
        }
        let user_id = named.unwrap_or(DEFAULT_USER_ID);
        let (page, ipp) = self.v1_paging(&f)?;
        let mine: Vec<&SeqRec> = self
            .st
            .sequences
            .values()
            .filter(|s| !s.deleted && s.user_id == user_id)
            .rev()
            .collect();
        let uploading = mine
            .iter()
            .filter(|s| s.upload_status == "UPLOADING")
            .count();
        let processing = mine
            .iter()
            .filter(|s| {
                s.upload_status != "UPLOADING" && s.image_processing_status != "PROCESSING_FINISHED"
            })
            .count();
        let ids: Vec<i64> = mine.iter().map(|s| s.id).collect();
        let (page_ids, _) = Self::page(&ids, page, ipp);
        let items: Vec<Value> = page_ids
            .iter()
            .filter_map(|id| self.st.sequences.get(id))
            .map(|sq| self.st.v1_my_list_item(sq))
            .collect();
        let mut top = Map::new();
        top.insert("currentPageItems".into(), Value::Array(items));
        top.insert("totalFilteredItems".into(), json!([ids.len().to_string()]));
        top.insert(
            "tracksStatus".into(),
            json!({"uploading": uploading, "processing": processing}),
        );
        Ok(self.ok_v1(None, top))
    }

    /// The user `/my-list` names by `username` or `userId`, if any; an unknown one is 612.
    fn my_list_user(&self, f: &Fields) -> Result<Option<i64>, Fail> {
        if let Some(name) = f.get("username") {
            return self
                .st
                .users
                .values()
                .find(|u| u.username == name)
                .map(|u| Some(u.id))
                .ok_or_else(|| self.fail(400, 612, "username"));
        }
        match self.int(f, "userId")? {
            Some(id) if self.st.users.contains_key(&id) => Ok(Some(id)),
            Some(_) => Err(self.fail(400, 612, "userId")),
            None => Ok(None),
        }
    }

    fn v1_user_details(&mut self) -> R {
        let f = self.body()?;
        let name = f
            .get("username")
            .ok_or_else(|| self.fail(400, 610, "username"))?;
        let u = self
            .st
            .users
            .values()
            .find(|u| u.username == name)
            .ok_or_else(|| self.fail(400, 612, "username"))?;
        let m = self.st.metrics_json(u);
        let osv = json!({
            "username": u.username,
            "full_name": u.full_name,
            "id": u.id.to_string(),
            "driver_type": u.driver_type,
            "type": "user",
            "totalDistance": m["totalDistance"],
            "obdDistance": "0.00",
            "totalPhotos": m["totalPhotos"],
            "overallRank": u.rank,
            "totalTracks": m["totalSequences"],
            "weeklyRank": u.rank_weekly,
        });
        Ok(self.ok_v1(Some(osv), Map::new()))
    }

    fn client_auth(&mut self, provider: &str) -> R {
        if !["openstreetmap", "google", "facebook"].contains(&provider) {
            return Err(self.fail(404, 612, "provider"));
        }
        let f = self.body()?;
        f.get("request_token")
            .ok_or_else(|| self.fail(400, 610, "request_token"))?;
        if provider == "openstreetmap" && f.get("secret_token").is_none() {
            return Err(self.fail(400, 610, "secret_token"));
        }
        let u = self
            .st
            .users
            .get(&DEFAULT_USER_ID)
            .ok_or_else(|| self.fail(500, 690, ""))?;
        let osv = json!({
            "access_token": self.cfg.token,
            "id": u.id.to_string(),
            "username": u.username,
            "full_name": u.full_name,
            "type": "user",
            "driver_type": u.driver_type,
            "role": "ROLE_USER",
            "externalUserId": "9001",
        });
        Ok(self.ok_v1(Some(osv), Map::new()))
    }
}

/// Inclusive days (since 1970-01-01) a timestamp must fall on.
struct DayRange {
    first: Option<i64>,
    last: Option<i64>,
}

impl DayRange {
    fn contains(&self, unix: i64) -> bool {
        let day = unix.div_euclid(86_400);
        self.first.is_none_or(|f| day >= f) && self.last.is_none_or(|l| day <= l)
    }
}
