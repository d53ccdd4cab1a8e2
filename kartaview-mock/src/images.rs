//! The storage side: image bytes for `fileurl*`, the CDN-style `image*Url`, the 1.0
//! storage-relative paths, and the sequences' metadata files.

use crate::http::{Request, Response};
use crate::render::SIZE_PREFIXES;
use crate::state::State;
use crate::util::{base64url_decode, jpeg};

/// Answers one request of the image listener.
pub(crate) fn handle(st: &State, req: &Request) -> Response {
    if req.method != "GET" && req.method != "HEAD" {
        return not_found();
    }
    let path = crate::http::percent_decode_path(&req.path);
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match segs.as_slice() {
        ["files", "photo", rest @ ..] => serve_file(st, rest, None),
        // imgproxy style: /pr:sharp/[options/]<base64url of the storage URL>
        ["pr:sharp", .., encoded] => serve_cdn(st, encoded),
        _ => not_found(),
    }
}

fn serve_cdn(st: &State, encoded: &str) -> Response {
    let Some(url) = base64url_decode(encoded).and_then(|b| String::from_utf8(b).ok()) else {
        return not_found();
    };
    let Some(rest) = url.strip_prefix(&st.image_base) else {
        return not_found();
    };
    let segs: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    match segs.as_slice() {
        ["files", "photo", rest @ ..] => serve_file(st, rest, None),
        _ => not_found(),
    }
}

/// `rest` is what follows `files/photo/`: `Y/M/D/{prefix}/{name}` for images, `Y/M/D/{name}`
/// for metadata. `storage` is the `storageN` segment of 1.0 relative paths, which must match.
pub(crate) fn serve_file(st: &State, rest: &[&str], storage: Option<&str>) -> Response {
    match rest {
        [y, m, d, prefix, name] => {
            let dense;
            let p = match st.files.get(*name).and_then(|id| st.live_photo(*id)) {
                Some(p) => p,
                None => {
                    let region = st.dense.as_ref();
                    match region.and_then(|r| Some(r.record(&r.photo_by_file_name(name)?))) {
                        Some(rec) => {
                            dense = rec;
                            &dense
                        }
                        None => return not_found(),
                    }
                }
            };
            let dir_ok = p.date_path == format!("{y}/{m}/{d}");
            let storage_ok = storage.is_none_or(|s| s == p.storage);
            if !dir_ok || !storage_ok || !SIZE_PREFIXES.contains(prefix) {
                return not_found();
            }
            let bytes = match &p.image {
                Some(uploaded) => uploaded.clone(),
                None => jpeg(&format!("kartaview-mock photo {} {prefix} {name}", p.id)),
            };
            Response::bytes(200, "image/jpeg", bytes)
        }
        [y, m, d, name] if name.ends_with(".txt") => {
            let dir = format!("{y}/{m}/{d}");
            let seq = st.sequences.values().find(|s| {
                !s.deleted
                    && s.metadata_file.as_deref() == Some(*name)
                    && crate::util::date_path(s.date_added) == dir
            });
            match seq {
                Some(s) => Response::bytes(200, "text/plain", metadata(st, s.id)),
                None => not_found(),
            }
        }
        _ => not_found(),
    }
}

/// A small OSC-style metadata file: one line per photo (time;lng;lat;...).
fn metadata(st: &State, sequence_id: i64) -> Vec<u8> {
    let mut out = String::from("METADATA:2.0\n");
    for p in st.photos_of(sequence_id) {
        let (lat, lng) = p.fix.unwrap_or((0.0, 0.0));
        let time = p.shot_date.unwrap_or(p.date_added);
        out.push_str(&format!("{time}.000;{lng:.6};{lat:.6};;;;;;;;;;;;;\n"));
    }
    out.push_str("DONE\n");
    out.into_bytes()
}

/// What a storage host sends for a missing file.
pub(crate) fn not_found() -> Response {
    Response::bytes(
        404,
        "text/html",
        b"<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n".to_vec(),
    )
}
