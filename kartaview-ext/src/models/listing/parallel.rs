//! A large photo list read on several threads: the items are cut into runs where one item ends
//! and the next begins, each run read by [`PhotoSeed`] on its own thread, and the envelope
//! around them (status, `hasMoreData`, other keys) read as the one-thread path reads it.
//!
//! Only a body every run of which reads cleanly takes this path: any doubt (a cut that is not
//! between two items, an item that does not read, deep nesting) returns `None` and the caller
//! reads the body on one thread, which gives the answer or the error it always gave.

use std::cell::Cell;

use serde::de::{Deserialize, DeserializeSeed, Deserializer};

use super::{KEYS, ListingItems, PhotoListing, PhotoSeed};
use crate::error::{Result, check_status};
use crate::models::onepass;

/// Below this many bytes of items per thread, one thread is faster (a page of 100 photos, about
/// 230 KB, reads in about a millisecond; a thread costs tens of microseconds).
const MIN_RUN_BYTES: usize = 1 << 20;

/// At most this many threads.
const MAX_THREADS: usize = 8;

/// serde_json refuses values nested deeper than 128 levels, counted from where its read began.
/// An item of the one-thread read sits 3 levels down (the envelope, `result`, `data`), an item
/// of a run at the top, so a run would accept 3 levels more. An item whose bytes hold fewer
/// `{` and `[` than this cannot reach either limit.
const NESTING_CHECKED_BELOW: usize = 120;

/// The listings of a 2.0 photo list `body` whose items begin at `items`, in the body's order;
/// `None` when the body is small or cannot be cut (the caller reads it on one thread). Each run
/// checks its own bytes are UTF-8 (a cut falls before a `{`, never inside a character).
pub(super) fn photo_list(body: &[u8], items: usize) -> Option<Result<Vec<PhotoListing<'_>>>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(MAX_THREADS)
        .min(body.len().saturating_sub(items) / MIN_RUN_BYTES);
    on_threads(body, items, threads)
}

/// [`photo_list`] on up to `threads` threads.
fn on_threads(body: &[u8], items: usize, threads: usize) -> Option<Result<Vec<PhotoListing<'_>>>> {
    let starts = run_starts(body, items, threads);
    if starts.len() < 2 {
        return None;
    }
    let run = |i: usize| {
        let end = starts.get(i + 1).copied();
        let text = std::str::from_utf8(body.get(starts[i]..end.unwrap_or(body.len()))?).ok()?;
        let (photos, list_end) = read_run(text, end.is_none())?;
        Some((photos, starts[i] + list_end))
    };
    let runs = std::thread::scope(|scope| {
        let others: Vec<_> = (1..starts.len())
            .map(|i| scope.spawn(move || run(i)))
            .collect();
        let first = run(0);
        std::iter::once(first)
            .chain(others.into_iter().map(|run| run.join().ok().flatten()))
            .collect::<Vec<_>>()
    });
    let mut listings = Vec::new();
    let mut end = None;
    for run in runs {
        let (photos, run_end) = run?;
        listings.extend(photos);
        end = Some(run_end);
    }
    // The envelope: the body without its items, read by the one-thread path's rules.
    let envelope = String::from_utf8([&body[..items], body.get(end?..)?].concat()).ok()?;
    let (status, none) = onepass::list(
        serde_json::Deserializer::from_str(&envelope),
        ListingItems::new(),
    )?;
    debug_assert!(none.is_empty());
    Some(check_status(&status, 200).map(|()| listings))
}

/// Where each run begins: `items`, then up to `runs - 1` places spread over the body where an
/// item seems to begin: a `{` after `}` and `,`, then the first item's first key (the server
/// writes every photo's keys in the same order; nested objects have other keys). Whether an
/// item really begins there is proven by reading.
fn run_starts(bytes: &[u8], items: usize, runs: usize) -> Vec<usize> {
    let mut starts = vec![items];
    let Some(first_key) = first_key(bytes, items) else {
        return starts;
    };
    for i in 1..runs {
        let from = items + (bytes.len() - items) * i / runs;
        let Some(last) = starts.last().copied() else {
            break;
        };
        let Some(start) = item_start_from(bytes, from.max(last + 1), first_key) else {
            break;
        };
        starts.push(start);
    }
    starts
}

/// The first item's first key, quotes included (`"id"`), when it has no escapes.
fn first_key(bytes: &[u8], items: usize) -> Option<&[u8]> {
    let open = skip_whitespace(bytes, items).filter(|i| bytes[*i] == b'{')?;
    let quote = skip_whitespace(bytes, open + 1).filter(|i| bytes[*i] == b'"')?;
    let len = bytes.get(quote + 1..)?.iter().position(|b| *b == b'"')?;
    let key = bytes.get(quote..quote + len + 2)?;
    (!key.contains(&b'\\')).then_some(key)
}

/// The first `{` at or after `from` that follows a `}` and a `,` and begins with `first_key`
/// (whitespace allowed between).
fn item_start_from(bytes: &[u8], from: usize, first_key: &[u8]) -> Option<usize> {
    let mut at = from;
    while at < bytes.len() {
        let close = at + bytes.get(at..)?.iter().position(|b| *b == b'}')?;
        let open = skip_whitespace(bytes, close + 1)
            .filter(|i| bytes[*i] == b',')
            .and_then(|i| skip_whitespace(bytes, i + 1))
            .filter(|i| bytes[*i] == b'{');
        if let Some(open) = open
            && skip_whitespace(bytes, open + 1)
                .is_some_and(|key| bytes[key..].starts_with(first_key))
        {
            return Some(open);
        }
        at = close + 1;
    }
    None
}

/// The first byte at or after `at` that is not JSON whitespace.
fn skip_whitespace(bytes: &[u8], at: usize) -> Option<usize> {
    let offset = bytes
        .get(at..)?
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))?;
    Some(at + offset)
}

/// The photos of a run of items, `text` beginning with the first: items and commas to its very
/// end, where the next run's first item begins; or, for the `last` run, up to the `]` that
/// closes the list (its offset is returned). `None` for anything else.
fn read_run(text: &str, last: bool) -> Option<(Vec<PhotoListing<'_>>, usize)> {
    let bytes = text.as_bytes();
    let mut photos = Vec::new();
    let mut at = skip_whitespace(bytes, 0)?;
    loop {
        let mut stream =
            serde_json::Deserializer::from_str(text.get(at..)?).into_iter::<RunPhoto>();
        let RunPhoto(photo) = stream.next()?.ok()?;
        let item = bytes.get(at..at + stream.byte_offset())?;
        if item.first() != Some(&b'{') || opened(item) >= NESTING_CHECKED_BELOW {
            return None;
        }
        photos.extend(photo);
        let next = skip_whitespace(bytes, at + item.len())?;
        match bytes[next] {
            b',' if !last && next + 1 + whitespace(&bytes[next + 1..]) == bytes.len() => {
                return Some((photos, bytes.len()));
            }
            b',' => at = skip_whitespace(bytes, next + 1)?,
            b']' if last => return Some((photos, next)),
            _ => return None,
        }
    }
}

/// How many bytes of `item` are `{` or `[` (which differ in one bit), counted in byte lanes so
/// that the loop runs 16 bytes at a time.
fn opened(item: &[u8]) -> usize {
    item.chunks(255)
        .map(|chunk| {
            let in_chunk = chunk
                .iter()
                .fold(0u8, |n, b| n.wrapping_add(u8::from(b | 0x20 == b'{')));
            usize::from(in_chunk)
        })
        .sum()
}

/// How many bytes of JSON whitespace `bytes` begins with.
fn whitespace(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .count()
}

thread_local! {
    /// This thread's guesses of the key that follows each key (see `ListingItems::after`).
    static GUESSES: Cell<[Option<u8>; KEYS.len()]> = const { Cell::new([None; KEYS.len()]) };
}

/// One item of a run, read by [`PhotoSeed`] with this thread's guesses.
struct RunPhoto<'de>(Option<PhotoListing<'de>>);

impl<'de> Deserialize<'de> for RunPhoto<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut guesses = GUESSES.get();
        let photo = PhotoSeed(&mut guesses).deserialize(deserializer);
        GUESSES.set(guesses);
        photo.map(RunPhoto)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    fn photo(id: u64) -> Value {
        json!({
            "autoImgProcessingStatus": "FINISHED",
            "cameraParameters": [],
            "fileurlProc": format!("https://cdn.example/proc/{id}.jpg"),
            "heading": "91.5",
            "id": id.to_string(),
            "lat": "46.7712",
            "lng": 23.6236,
            "name": format!("{id}.jpg"),
            "qualityDetails": [{"detail": "x"}, {"detail": "y"}],
            "sequenceId": "7",
            "sequenceIndex": id,
            "shotDate": "2023-04-06 04:16:15",
        })
    }

    fn body(photos: Vec<Value>) -> Vec<u8> {
        let envelope = json!({
            "status": {"apiCode": 600, "apiMessage": "ok", "httpCode": 200, "httpMessage": "OK"},
            "result": {"data": photos, "hasMoreData": false},
        });
        serde_json::to_vec(&envelope).expect("JSON")
    }

    /// The one-thread read, as `photo_list` falls back to it.
    fn one_thread(body: &[u8]) -> Option<Result<Vec<PhotoListing<'_>>>> {
        super::super::on_one_thread(body)
    }

    fn items(body: &[u8]) -> usize {
        onepass::photo_list_items(body)
            .flatten()
            .expect("a photo list whose items begin at a known place")
    }

    /// Whether the threads' answer is the one thread's (compared through `Debug`: errors have
    /// no `PartialEq`); `None` from the threads (the caller reads on one thread) also agrees.
    fn agrees(body: &[u8], threads: usize) -> bool {
        match on_threads(body, items(body), threads) {
            answer @ Some(_) => format!("{answer:?}") == format!("{:?}", one_thread(body)),
            None => true,
        }
    }

    #[test]
    fn a_list_cut_in_runs_reads_as_on_one_thread() {
        let body = body((1..=400).map(photo).collect());
        for threads in 2..=MAX_THREADS {
            let answer = on_threads(&body, items(&body), threads).expect("cut and read");
            let answer = answer.expect("photos");
            assert_eq!(answer.len(), 400);
            assert_eq!(Some(answer), one_thread(&body).map(|r| r.expect("photos")));
        }
    }

    #[test]
    fn pretty_printed_lists_are_cut_too() {
        let envelope = json!({
            "status": {"apiCode": 600, "apiMessage": "ok", "httpCode": 200, "httpMessage": "OK"},
            "result": {"data": (1..=50).map(photo).collect::<Vec<_>>(), "hasMoreData": false},
        });
        let body = serde_json::to_vec_pretty(&envelope).expect("JSON");
        let answer = on_threads(&body, items(&body), 3).expect("cut and read");
        assert_eq!(answer.expect("photos").len(), 50);
        assert!(agrees(&body, 3));
    }

    #[test]
    fn look_alike_cuts_inside_strings_and_nested_objects_are_refused_or_agree() {
        // Every photo carries what a cut looks for, inside a string and as a nested object
        // beginning with the first key, so some cut lands inside an item.
        let photos = (1..=60)
            .map(|id| {
                let mut p = photo(id);
                p["name"] = json!("},{\"autoImgProcessingStatus\":\"FINISHED\"},{");
                p["unknown"] =
                    json!([{"autoImgProcessingStatus": "a"}, {"autoImgProcessingStatus": "b"}]);
                p
            })
            .collect();
        let body = body(photos);
        for threads in 2..=MAX_THREADS {
            assert!(agrees(&body, threads), "{threads} threads");
        }
    }

    #[test]
    fn an_item_nested_too_deep_for_one_thread_is_not_read_on_several() {
        let photos: Vec<Value> = (1..=40).map(photo).collect();
        // An attachment's `processingResult` is read as a `serde_json::Value`, which counts
        // its levels: at 4 levels down for the item, 3 for the attachment's sequence and list,
        // 122 arrays put it beyond the one-thread read's limit of 128, within a run's.
        let nested = |levels: usize| {
            let mut photos = photos.clone();
            let mut value = json!(1);
            for _ in 0..levels {
                value = json!([value]);
            }
            photos[30]["sequence"] = json!({"attachments": [{"processingResult": value}]});
            body(photos)
        };
        let deep = nested(122);
        assert!(
            one_thread(&deep).is_none(),
            "the one-thread read refuses it"
        );
        assert!(on_threads(&deep, items(&deep), 2).is_none());
        // The same body, less deep, is cut and read.
        let shallow = nested(100);
        let answer = on_threads(&shallow, items(&shallow), 2).expect("cut and read");
        assert_eq!(answer.expect("photos").len(), 40);
    }

    #[test]
    fn a_refusal_envelope_and_a_bad_item_give_the_one_thread_answer() {
        let mut refused: Value =
            serde_json::from_slice(&body((1..=30).map(photo).collect())).expect("JSON");
        refused["status"]["apiCode"] = json!(601);
        let refused = serde_json::to_vec(&refused).expect("JSON");
        assert!(matches!(
            on_threads(&refused, items(&refused), 2),
            Some(Err(_))
        ));
        assert!(agrees(&refused, 2));

        let mut photos: Vec<Value> = (1..=30).map(photo).collect();
        photos[25]["sequenceIndex"] = json!({"not": "a number"});
        let bad = body(photos);
        assert!(on_threads(&bad, items(&bad), 2).is_none());
        assert!(agrees(&bad, 2));
    }

    /// The photo of KartaView's own documentation (`../shared/fixtures/real`, pretty-printed, its
    /// keys in the server's order, `id` first), its bytes repeated with new ids into a list: cut
    /// and read, it gives what the general path (`serde_json::Value`, then the generated types)
    /// gives.
    #[test]
    fn the_documented_photo_repeated_is_cut_and_read_as_the_general_path_reads_it() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures/real");
        let Ok(example) = std::fs::read_to_string(dir.join("v2-doc-example-photo-list.json"))
        else {
            // As `kartaview_tests::skip_unless_ci`, which this crate's own tests cannot use (the
            // tests crate depends on this one): CI must not pass a check it skipped.
            let reason = format!(
                "{} does not exist (the real captures live in ../shared beside the checkout)",
                dir.display()
            );
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("CI=true and {reason}: .ci/run must provide it");
            }
            println!("skipped: {reason}");
            return;
        };
        let start = example.find("\"data\": [").expect("data") + "\"data\": [".len();
        let end = example.rfind(']').expect("the end of data");
        let item = example[start..end].trim();
        assert!(
            item.starts_with('{') && item.contains("\"id\": 112,"),
            "one documented photo"
        );
        let photos: Vec<String> = (1..=60)
            .map(|id| item.replace("\"id\": 112,", &format!("\"id\": {id},")))
            .collect();
        let body = format!(
            "{}{}{}",
            &example[..start],
            photos.join(",\n      "),
            &example[end..]
        );
        let body = body.as_bytes();
        let general: Vec<PhotoListing<'_>> = crate::decode::any_photos(body, "")
            .expect("the general path reads it")
            .iter()
            .map(PhotoListing::from)
            .collect();
        assert_eq!(general.len(), 60);
        for threads in 2..=4 {
            // Body order is the general path's sorted order here (same sequence and index, ids
            // rising).
            let cut = on_threads(body, items(body), threads)
                .expect("cut and read")
                .expect("photos");
            assert_eq!(cut, general, "{threads} threads");
        }
    }

    #[test]
    fn small_bodies_stay_on_one_thread() {
        let body = body((1..=100).map(photo).collect());
        assert!(photo_list(&body, items(&body)).is_none());
    }
}
