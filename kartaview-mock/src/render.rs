//! Entities rendered the way the real API sends them: strings for almost every scalar, the
//! documented sentinels and the context-dependent shapes of `cameraParameters` and
//! `qualityDetails` (facts.md §6).

use serde_json::{Map, Value, json};

use crate::state::{PhotoRec, SeqRec, State, UserRec, VideoRec};
use crate::util::{base64url_encode, fmt_datetime, fmt_v1_date, sig17};

/// Marker of a number to be written verbatim (see [`to_json_bytes`]); serde_json would print
/// the shortest form, while the real server leaks 17 significant digits.
const RAW: &str = "\u{1}raw:";

fn raw_number(text: String) -> Value {
    Value::String(format!("{RAW}{text}"))
}

/// Serialises `value`, splicing in raw numbers; with `php_slashes` every `/` becomes `\/`
/// like PHP's `json_encode` (valid JSON: `/` only ever occurs inside strings).
pub(crate) fn to_json_bytes(value: &Value, php_slashes: bool) -> Vec<u8> {
    let text = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_string());
    let marker = "\"\\u0001raw:";
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find(marker) {
        out.push_str(&rest[..i]);
        let after = &rest[i + marker.len()..];
        match after.find('"') {
            Some(j) => {
                out.push_str(&after[..j]);
                rest = &after[j + 1..];
            }
            None => {
                out.push_str(&rest[i..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    if php_slashes {
        out = out.replace('/', "\\/");
    }
    out.into_bytes()
}

/// Which response a photo is part of; the real API changes shapes with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PhotoStyle {
    /// `/2.0/photo/...` and `/2.0/sequence/{id}/photos`: `cameraParameters` `[]`,
    /// `qualityDetails` an array.
    Photo,
    /// The `photo` of a sequence with `join=photo`: `cameraParameters` `""`,
    /// `qualityDetails` a JSON string.
    JoinPhoto,
    /// The `photos` of a sequence with `join=photos`: `cameraParameters` null,
    /// `qualityDetails` an array.
    JoinPhotos,
}

/// Joins of a sequence.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct SeqJoins {
    pub(crate) user: bool,
    pub(crate) photo: bool,
    pub(crate) photos: bool,
}

/// Joins of a photo.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PhotoJoins {
    pub(crate) sequence: bool,
    pub(crate) user: bool,
    pub(crate) video: bool,
}

fn s<T: ToString>(v: T) -> Value {
    Value::String(v.to_string())
}

fn opt_s(v: Option<&String>) -> Value {
    v.map_or(Value::Null, |x| Value::String(x.clone()))
}

/// Removes the members among `keys` that are null.
fn drop_nulls(o: &mut Map<String, Value>, keys: &[&str]) {
    for key in keys {
        if o.get(*key).is_some_and(Value::is_null) {
            o.remove(*key);
        }
    }
}

/// Turns the members among `keys` that are null into `""`.
fn nulls_to_empty(o: &mut Map<String, Value>, keys: &[&str]) {
    for key in keys {
        if let Some(v) = o.get_mut(*key).filter(|v| v.is_null()) {
            *v = Value::String(String::new());
        }
    }
}

fn coord(v: Option<f64>) -> Value {
    s(format!("{:.6}", v.unwrap_or(0.0)))
}

/// Size prefixes the storage hosts serve.
pub(crate) const SIZE_PREFIXES: [&str; 6] =
    ["proc", "lth", "th", "ori", "wrapped_proc", "wrapped_lth"];

/// Aggregates of a sequence's active photos.
pub(crate) struct SeqStats {
    count: usize,
    /// (max lat, min lng, min lat, max lng)
    pub(crate) bbox: Option<(f64, f64, f64, f64)>,
    distance_km: f64,
}

impl State {
    fn photo_file_base(&self, p: &PhotoRec) -> String {
        format!("{}/files/photo/{}/", self.image_base, p.date_path)
    }

    /// A URL in the style of the imgproxy CDN, served by the image listener.
    fn cdn_url(&self, url: &str) -> String {
        format!(
            "{}/pr:sharp/{}",
            self.image_base,
            base64url_encode(url.as_bytes())
        )
    }

    fn quality_value(p: &PhotoRec, as_string: bool) -> Value {
        if as_string {
            let items: Vec<String> = p
                .quality_details
                .iter()
                .map(|(label, c)| {
                    format!("{{\"label\":{label},\"confidence\":{c:.10},\"presence_level\":1}}")
                })
                .collect();
            s(format!("[{}]", items.join(",")))
        } else {
            Value::Array(
                p.quality_details
                    .iter()
                    .map(|(label, c)| {
                        json!({"label": label, "confidence": raw_number(sig17(*c)), "presence_level": 1})
                    })
                    .collect(),
            )
        }
    }

    pub(crate) fn photo_json(&self, p: &PhotoRec, style: PhotoStyle) -> Value {
        let base = self.photo_file_base(p);
        let name = &p.file_name;
        let dp = &p.date_path;
        let m = p.matched;
        let mut o = Map::new();
        let mut put = |k: &str, v: Value| {
            o.insert(k.to_string(), v);
        };
        put(
            "autoImgProcessingResult",
            s(if p.blurred { "BLURRED" } else { "ORIGINAL" }),
        );
        put(
            "autoImgProcessingStatus",
            s(if p.processed { "FINISHED" } else { "NEW" }),
        );
        put(
            "cameraParameters",
            match style {
                PhotoStyle::Photo => json!([]),
                PhotoStyle::JoinPhoto => s(""),
                PhotoStyle::JoinPhotos => Value::Null,
            },
        );
        put("dateAdded", s(fmt_datetime(p.date_added)));
        put(
            "dateProcessed",
            p.date_processed.map_or(Value::Null, |d| s(fmt_datetime(d))),
        );
        put("distance", s(format!("{:.2}", p.distance_next)));
        put("fieldOfView", s(if p.spherical { "360" } else { "0" }));
        put("filepath", s(format!("{dp}/{{{{sizeprefix}}}}/{name}")));
        put("filepathLTh", s(format!("{dp}/lth/{name}")));
        put("filepathProc", s(format!("{dp}/proc/{name}")));
        put("filepathTh", s(format!("{dp}/th/{name}")));
        put("fileurl", s(format!("{base}{{{{sizeprefix}}}}/{name}")));
        put("fileurlLTh", s(format!("{base}lth/{name}")));
        put("fileurlProc", s(format!("{base}proc/{name}")));
        put("fileurlTh", s(format!("{base}th/{name}")));
        put("from", s(m.map_or(0, |m| m.from)));
        put(
            "gpsAccuracy",
            s(format!("{:.4}", p.gps_accuracy.unwrap_or(0.0))),
        );
        put("hasObd", s("0"));
        put("headers", s("0.00"));
        put(
            "heading",
            s(p.heading.map_or(String::new(), |h| format!("{h:.2}"))),
        );
        put("height", p.size.map_or(Value::Null, |(_, h)| s(h)));
        put("id", s(p.id));
        put("imagePartProjection", s("NONE"));
        put("isUnwrapped", s(if p.spherical { "1" } else { "0" }));
        put("isWrapped", s("0"));
        put("lat", coord(p.fix.map(|f| f.0)));
        put("lng", coord(p.fix.map(|f| f.1)));
        put(
            "matchLat",
            m.map_or(Value::Null, |m| s(format!("{:.15}", m.lat))),
        );
        put(
            "matchLng",
            m.map_or(Value::Null, |m| s(format!("{:.15}", m.lng))),
        );
        put("matchSegmentId", s(m.map_or(0, |m| m.segment_id)));
        put("name", s(name));
        put("orgCode", s("CMNT"));
        put("projection", s(&p.projection));
        put(
            "projectionYaw",
            s(format!("{}", p.projection_yaw.round() as i64)),
        );
        put(
            "qualityDetails",
            Self::quality_value(p, style == PhotoStyle::JoinPhoto),
        );
        put("qualityLevel", p.quality_level.map_or(Value::Null, s));
        put(
            "qualityStatus",
            s(if p.processed { "FINISHED" } else { "NEW" }),
        );
        put("rawDataId", s("0"));
        put("sequenceId", s(p.sequence_id));
        put("sequenceIndex", s(p.sequence_index));
        put(
            "shotDate",
            s(p.shot_date
                .map_or("0000-00-00 00:00:00".to_string(), fmt_datetime)),
        );
        put("status", s(if p.deleted { "deleted" } else { "active" }));
        put("storage", s(&p.storage));
        put("to", s(m.map_or(0, |m| m.to)));
        put("unwrapVersion", s("0"));
        put("videoId", s(p.video_id));
        put("videoIndex", s(p.video_index));
        put("visibility", s("public"));
        put("wayId", s(m.map_or(0, |m| m.way_id)));
        put("width", p.size.map_or(Value::Null, |(w, _)| s(w)));
        put("wrapVersion", s("0"));
        if p.cdn {
            let th = self.cdn_url(&format!("{base}th/{name}"));
            let lth = self.cdn_url(&format!("{base}lth/{name}"));
            let proc = self.cdn_url(&format!("{base}proc/{name}"));
            put("imageThUrl", s(th));
            put("imageLthUrl", s(lth));
            put("imageProcUrl", s(proc));
        }
        // Unknown until processed (an upload): left out, as openapi.yaml has them never null.
        drop_nulls(&mut o, &["height", "qualityLevel", "width"]);
        Value::Object(o)
    }

    pub(crate) fn photo_json_joined(&self, p: &PhotoRec, joins: PhotoJoins) -> Value {
        let mut v = self.photo_json(p, PhotoStyle::Photo);
        if let Value::Object(o) = &mut v {
            let seq = self.sequences.get(&p.sequence_id);
            if joins.sequence
                && let Some(sq) = seq
            {
                o.insert(
                    "sequence".into(),
                    self.sequence_json(sq, SeqJoins::default()),
                );
            }
            if joins.user
                && let Some(sq) = seq
            {
                o.insert("user".into(), self.seq_user_json(sq.user_id));
            }
            if joins.video
                && p.video_id != 0
                && let Some(video) = self.videos.get(&p.video_id)
            {
                o.insert("video".into(), self.video_json(video));
            }
        }
        v
    }

    pub(crate) fn seq_stats(&self, id: i64) -> SeqStats {
        let photos = self.photos_of(id);
        let mut bbox: Option<(f64, f64, f64, f64)> = None;
        let mut dist = 0.0;
        for p in &photos {
            dist += p.distance_next;
            if let Some((lat, lng)) = p.fix {
                bbox = Some(match bbox {
                    None => (lat, lng, lat, lng),
                    Some((n, w, so, e)) => (n.max(lat), w.min(lng), so.min(lat), e.max(lng)),
                });
            }
        }
        SeqStats {
            count: photos.len(),
            bbox,
            distance_km: dist / 1000.0,
        }
    }

    pub(crate) fn sequence_json(&self, sq: &SeqRec, joins: SeqJoins) -> Value {
        let stats = self.seq_stats(sq.id);
        let videos = self.videos_of(sq.id).len();
        let meta_dir = crate::util::date_path(sq.date_added);
        let mut o = Map::new();
        let mut put = |k: &str, v: Value| {
            o.insert(k.to_string(), v);
        };
        put("id", s(sq.id));
        put("userId", s(sq.user_id));
        put("address", opt_s(sq.address.as_ref()));
        put("appVersion", opt_s(sq.app_version.as_ref()));
        put("blurBuild", s("0"));
        put("blurVersion", s("v1"));
        put(
            "cameraParameters",
            match sq.camera {
                Some([f_len, aperture, h_fov, v_fov]) => json!({
                    "fLen": raw_number(sig17(f_len)),
                    "aperture": raw_number(sig17(aperture)),
                    "hFoV": raw_number(sig17(h_fov)),
                    "vFoV": raw_number(sig17(v_fov)),
                }),
                None => Value::Null,
            },
        );
        put("clientTotal", opt_s(sq.client_total.as_ref()));
        put("countActivePhotos", s(stats.count));
        put(
            "countMetadataPhotos",
            s(if sq.seeded {
                sq.metadata_photos
            } else {
                stats.count
            }),
        );
        put("countMetadataVideos", s(videos));
        put("countryCode", opt_s(sq.country_code.as_ref()));
        put("currentLat", coord(sq.current.map(|c| c.0)));
        put("currentLng", coord(sq.current.map(|c| c.1)));
        put("dateAdded", s(fmt_datetime(sq.date_added)));
        put(
            "dateProcessed",
            sq.date_processed
                .map_or(Value::Null, |d| s(fmt_datetime(d))),
        );
        put("deviceName", opt_s(sq.device_name.as_ref()));
        put(
            "distance",
            if stats.count > 0 {
                s(format!("{:.2}", stats.distance_km))
            } else {
                Value::Null
            },
        );
        put("fieldOfView", Value::Null);
        put("hasRawData", s("0"));
        put("imageProcessingStatus", s(sq.image_processing_status));
        put("isVideo", s(if sq.is_video { "1" } else { "0" }));
        put("matchStatus", s(sq.sub_status));
        put("matched", Value::Null);
        put("metaDataFilename", opt_s(sq.metadata_file.as_ref()));
        put(
            "metadataFilePath",
            sq.metadata_file
                .as_ref()
                .map_or(Value::Null, |f| s(format!("{meta_dir}/{f}"))),
        );
        put(
            "metadataFileUrl",
            sq.metadata_file.as_ref().map_or(Value::Null, |f| {
                s(format!("{}/files/photo/{meta_dir}/{f}", self.image_base))
            }),
        );
        put("metadataStatus", s(sq.sub_status));
        let bb = |f: fn((f64, f64, f64, f64)) -> f64| {
            stats
                .bbox
                .map_or(Value::Null, |b| s(format!("{:.6}", f(b))))
        };
        put("nwLat", bb(|b| b.0));
        put("nwLng", bb(|b| b.1));
        put("seLat", bb(|b| b.2));
        put("seLng", bb(|b| b.3));
        put("obdInfo", opt_s(sq.obd_info.as_ref()));
        put("orgCode", s("CMNT"));
        put("platformName", opt_s(sq.platform_name.as_ref()));
        put("platformVersion", opt_s(sq.platform_version.as_ref()));
        put("processingStatus", s(sq.processing_status));
        put("quality", opt_s(sq.quality.as_ref()));
        put(
            "qualityStatus",
            s(if sq.seeded { "FINISHED" } else { "NEW" }),
        );
        put(
            "sequenceType",
            if sq.is_video { s("video") } else { Value::Null },
        );
        put("stateCode", opt_s(sq.state_code.as_ref()));
        put("status", s(if sq.deleted { "deleted" } else { "active" }));
        put("storage", opt_s(sq.storage.as_ref()));
        put("uploadSource", opt_s(sq.upload_source.as_ref()));
        put("uploadStatus", s(sq.upload_status));
        if joins.user {
            put("user", self.seq_user_json(sq.user_id));
        }
        if joins.photo
            && let Some(first) = self.photos_of(sq.id).first()
        {
            put("photo", self.photo_json(first, PhotoStyle::JoinPhoto));
        }
        if joins.photos {
            let photos = self
                .photos_of(sq.id)
                .into_iter()
                .map(|p| self.photo_json(p, PhotoStyle::JoinPhotos))
                .collect();
            put("photos", Value::Array(photos));
        }
        // Unknown for a sequence created without them: left out, as in the real answer to a
        // creation (fixtures/real/v2-sequence-create-response.json has no metadata paths).
        drop_nulls(
            &mut o,
            &["deviceName", "metadataFilePath", "metadataFileUrl"],
        );
        Value::Object(o)
    }

    /// The `user` embedded by `join=user`.
    pub(crate) fn seq_user_json(&self, user_id: i64) -> Value {
        match self.users.get(&user_id) {
            Some(u) => json!({
                "id": s(u.id),
                "username": u.username,
                "fullName": u.full_name,
                "category": "REGULAR",
                "driverType": u.driver_type,
            }),
            None => Value::Null,
        }
    }

    pub(crate) fn user_json(&self, u: &UserRec, metrics: bool) -> Value {
        let mut v = json!({
            "id": s(u.id),
            "username": u.username,
            "fullName": u.full_name,
            "category": "REGULAR",
            "driverType": u.driver_type,
            "type": "user",
            "role": "ROLE_USER",
        });
        if metrics && let Value::Object(o) = &mut v {
            o.insert("metrics".into(), self.metrics_json(u));
        }
        v
    }

    pub(crate) fn metrics_json(&self, u: &UserRec) -> Value {
        let seqs: Vec<&SeqRec> = self
            .sequences
            .values()
            .filter(|sq| sq.user_id == u.id && !sq.deleted)
            .collect();
        let mut photos = 0;
        let mut km = 0.0;
        for sq in &seqs {
            let st = self.seq_stats(sq.id);
            photos += st.count;
            km += st.distance_km;
        }
        let uploading = seqs
            .iter()
            .filter(|sq| sq.upload_status == "UPLOADING")
            .count();
        json!({
            "rank": s(u.rank),
            "rankWeekly": s(u.rank_weekly),
            "totalDistance": s(format!("{km:.2}")),
            "totalOBDDistance": "0.000000",
            "totalPhotos": s(photos),
            "totalPoints": s(photos * 2 + seqs.len() * 10),
            "totalProcessingSequences": "0",
            "totalSequences": s(seqs.len()),
            "totalUploadingSequences": s(uploading),
            "totalWaylensDistance": "0.000000",
            "totalWaylensPoints": "0",
        })
    }

    pub(crate) fn video_json(&self, v: &VideoRec) -> Value {
        json!({
            "id": s(v.id),
            "sequenceId": s(v.sequence_id),
            "sequenceIndex": s(v.sequence_index),
            "dateAdded": fmt_datetime(v.date_added),
            "videoName": v.name,
            "status": "active",
        })
    }

    fn v1_paths(p: &PhotoRec) -> (String, String, String, String) {
        let dir = format!("{}/files/photo/{}", p.storage, p.date_path);
        let n = &p.file_name;
        (
            format!("{dir}/proc/{n}"),
            format!("{dir}/lth/{n}"),
            format!("{dir}/th/{n}"),
            format!("{dir}/ori/{n}"),
        )
    }

    fn v1_heading(p: &PhotoRec) -> Value {
        s(p.heading.map_or(String::new(), |h| format!("{h:.2}")))
    }

    fn v1_match(p: &PhotoRec) -> (Value, Value, Value) {
        match p.matched {
            Some(m) => (
                s(m.way_id),
                s(format!("{:.15}", m.lat)),
                s(format!("{:.15}", m.lng)),
            ),
            None => (Value::Null, Value::Null, Value::Null),
        }
    }

    fn v1_shot_date(p: &PhotoRec) -> Value {
        s(p.shot_date
            .map_or("0000-00-00 00:00:00".to_string(), fmt_datetime))
    }

    /// A photo of `/1.0/sequence/photo-list/`: snake_case, storage-relative paths.
    pub(crate) fn v1_photo_list_item(&self, p: &PhotoRec) -> Value {
        let (proc, lth, th, ori) = Self::v1_paths(p);
        let (way, mlat, mlng) = Self::v1_match(p);
        json!({
            "id": s(p.id),
            "sequence_id": s(p.sequence_id),
            "sequence_index": s(p.sequence_index),
            "lat": coord(p.fix.map(|f| f.0)),
            "lng": coord(p.fix.map(|f| f.1)),
            "fileName": p.file_name,
            "name": proc,
            "lth_name": lth,
            "th_name": th,
            "ori_name": ori,
            "path": p.date_path,
            "date_added": fmt_v1_date(p.date_added),
            "timestamp": s(p.date_added),
            "way_id": way,
            "match_lat": mlat,
            "match_lng": mlng,
            "heading": Self::v1_heading(p),
            "gps_accuracy": s(format!("{:.4}", p.gps_accuracy.unwrap_or(0.0))),
            "storage": p.storage,
            "shot_date": Self::v1_shot_date(p),
            "projection": p.projection,
        })
    }

    /// A photo of `/1.0/list/nearby-photos/`.
    pub(crate) fn v1_nearby_item(&self, p: &PhotoRec) -> Value {
        let (proc, lth, th, _) = Self::v1_paths(p);
        let (way, mlat, mlng) = Self::v1_match(p);
        let username = self
            .sequences
            .get(&p.sequence_id)
            .and_then(|sq| self.users.get(&sq.user_id))
            .map_or(String::new(), |u| u.username.clone());
        json!({
            "id": s(p.id),
            "sequence_id": s(p.sequence_id),
            "sequence_index": s(p.sequence_index),
            "lat": coord(p.fix.map(|f| f.0)),
            "lng": coord(p.fix.map(|f| f.1)),
            "name": proc,
            "lth_name": lth,
            "th_name": th,
            "heading": Self::v1_heading(p),
            "headers": Self::v1_heading(p),
            "shot_date": Self::v1_shot_date(p),
            "date_added": fmt_v1_date(p.date_added),
            "username": username,
            "field_of_view": s(if p.spherical { "360" } else { "0" }),
            "projection": p.projection,
            "match_lat": mlat,
            "match_lng": mlng,
            "gps_accuracy": s(format!("{:.4}", p.gps_accuracy.unwrap_or(0.0))),
            "way_id": way,
        })
    }

    /// An item of `POST /1.0/list/my-list/` (snake_case, numbers as strings, like the real
    /// capture; its `upload_history` is reduced to the ids).
    pub(crate) fn v1_my_list_item(&self, sq: &SeqRec) -> Value {
        let photos = self.photos_of(sq.id);
        let fixes: Vec<(f64, f64)> = photos.iter().filter_map(|p| p.fix).collect();
        let bound = |pick: fn((f64, f64)) -> f64, north_or_east: bool| {
            let values = fixes.iter().map(|f| pick(*f));
            let best = if north_or_east {
                values.fold(None, |m: Option<f64>, v| Some(m.map_or(v, |m| m.max(v))))
            } else {
                values.fold(None, |m: Option<f64>, v| Some(m.map_or(v, |m| m.min(v))))
            };
            coord(best)
        };
        let mut item = json!({
            "id": s(sq.id),
            "date_added": fmt_v1_date(sq.date_added),
            "country_code": opt_s(sq.country_code.as_ref()),
            "current_lat": coord(sq.current.map(|c| c.0)),
            "current_lng": coord(sq.current.map(|c| c.1)),
            "nw_lat": bound(|f| f.0, true),
            "nw_lng": bound(|f| f.1, false),
            "se_lat": bound(|f| f.0, false),
            "se_lng": bound(|f| f.1, true),
            "location": opt_s(sq.address.as_ref()),
            "photo_no": s(photos.len()),
            "distance": "0.00",
            "image_processing_status": sq.image_processing_status,
            "obd_info": s(sq.obd_info.as_deref().unwrap_or("0")),
            "platform_name": opt_s(sq.platform_name.as_ref()),
            "platform_version": opt_s(sq.platform_version.as_ref()),
            "app_version": opt_s(sq.app_version.as_ref()),
            "reviewed": "0",
            "changes": "0",
            "recognitions": "0",
            "user_id": s(sq.user_id),
            "meta_data_filename": opt_s(sq.metadata_file.as_ref()),
            // The first photo's thumbnail, as the live API names it; "" while there is none.
            "thumb_name": photos.first().map_or_else(String::new, |p| Self::v1_paths(p).2),
            "upload_history": {
                "sequence_id": s(sq.id),
                "user_id": s(sq.user_id),
            },
        });
        // Unknown for a sequence created without them: "" (the real capture has every item
        // carry them, openapi.yaml never null).
        if let Value::Object(o) = &mut item {
            nulls_to_empty(
                o,
                &[
                    "country_code",
                    "location",
                    "meta_data_filename",
                    "platform_name",
                    "platform_version",
                ],
            );
        }
        item
    }

    /// `osv.sequence` of `POST /1.0/sequence/`.
    pub(crate) fn v1_created_sequence(&self, sq: &SeqRec) -> Value {
        json!({
            "id": s(sq.id),
            "userId": s(sq.user_id),
            "dateAdded": fmt_datetime(sq.date_added),
            "currentLat": coord(sq.current.map(|c| c.0)),
            "currentLng": coord(sq.current.map(|c| c.1)),
            "countryCode": opt_s(sq.country_code.as_ref()),
            "stateCode": opt_s(sq.state_code.as_ref()),
            "status": if sq.deleted { "deleted" } else { "active" },
            "imagesStatus": "NEW",
            "metaDataFilename": format!("/files/photo/{}/", crate::util::date_path(sq.date_added)),
            "detectedSignsFilename": null,
            "clientTotal": opt_s(sq.client_total.as_ref()),
            "clientTotalDetails": null,
            "obdInfo": opt_s(sq.obd_info.as_ref()),
            "platformName": opt_s(sq.platform_name.as_ref()),
            "platformVersion": opt_s(sq.platform_version.as_ref()),
            "appVersion": opt_s(sq.app_version.as_ref()),
            "track": null,
            "matchTrack": null,
            "reviewed": null,
            "changes": null,
            "recognitions": null,
            "address": opt_s(sq.address.as_ref()),
            "sequenceType": null,
            "uploadSource": opt_s(sq.upload_source.as_ref()),
            "distance": null,
            "processingStatus": sq.processing_status,
            "countActivePhotos": s(self.photos_of(sq.id).len()),
        })
    }

    /// `osv.photo` of `POST /1.0/photo/`.
    pub(crate) fn v1_uploaded_photo(&self, p: &PhotoRec) -> Value {
        json!({
            "id": s(p.id),
            "sequenceId": s(p.sequence_id),
            "dateAdded": fmt_datetime(p.date_added),
            "sequenceIndex": s(p.sequence_index),
            "photoName": p.file_name,
            "lat": coord(p.fix.map(|f| f.0)),
            "lng": coord(p.fix.map(|f| f.1)),
            "gpsAccuracy": p.gps_accuracy.map_or(Value::Null, |g| s(format!("{g:.4}"))),
            "headers": p.heading.map_or(Value::Null, |h| s(format!("{h:.2}"))),
            "autoImgProcessingResult": "ORIGINAL",
            "status": "active",
            "multipleInsert": [],
            "path": format!("{}/files/photo/{}", p.storage, p.date_path),
            "projection": p.projection,
            "videoIndex": null,
            "visibility": "public",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_numbers_and_php_slashes() {
        let v = json!({"a": raw_number("5.0999999999999996".into()), "u": "http://x/y", "b": [raw_number("1.5".into())]});
        let text = String::from_utf8(to_json_bytes(&v, true)).unwrap();
        assert_eq!(
            text,
            r#"{"a":5.0999999999999996,"b":[1.5],"u":"http:\/\/x\/y"}"#
        );
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["u"], "http://x/y");
    }
}
