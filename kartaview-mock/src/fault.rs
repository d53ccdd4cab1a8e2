//! Scripted failures: what a flaky gateway, a slow backend or a dropped connection looks like.

use std::time::Duration;

/// Which listener of the mock a [`Route`] applies to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Listener {
    /// The API origin ([`MockServer::base_url`](crate::MockServer::base_url)), including the
    /// storage-relative image paths served there for API 1.0.
    #[default]
    Api,
    /// The image origin ([`MockServer::image_base_url`](crate::MockServer::image_base_url)).
    Images,
}

/// The requests a [`Fault`] applies to: a listener, optionally an HTTP method and a path prefix.
///
/// The default matches every request on the API listener.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    /// The listener it came in on.
    pub listener: Listener,
    /// Upper-case method such as `"GET"`; `None` (or `"*"` given to [`Fault::on`]) matches any.
    pub method: Option<String>,
    /// Prefix of the request path (without the query), e.g. `"/2.0/photo/"`.
    pub path_prefix: Option<String>,
}

impl Route {
    pub(crate) fn matches(&self, listener: Listener, method: &str, path: &str) -> bool {
        self.listener == listener
            && self
                .method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self
                .path_prefix
                .as_deref()
                .is_none_or(|p| path.starts_with(p))
    }
}

/// A failure injected with [`MockServer::push_fault`](crate::MockServer::push_fault).
///
/// Faults wait in a FIFO queue. Each request takes the first queued fault whose [`Route`]
/// matches it (at most one per request) and uses up one of its `times`; a fault is removed
/// when its `times` reach zero, so `Fault::status(503).times(2)` fails exactly the next two
/// matching requests and lets the third through.
///
/// Build them with the constructors and refine with [`times`](Fault::times),
/// [`on`](Fault::on), [`on_path`](Fault::on_path) and [`on_images`](Fault::on_images):
///
/// ```
/// use kartaview_mock::Fault;
/// use std::time::Duration;
///
/// let flaky = Fault::status(503).times(2).on("GET", "/2.0/photo/");
/// let throttled = Fault::retry_after(429, 3).on_path("/1.0/photo/");
/// let lost_answer = Fault::drop_after_processing().on("POST", "/1.0/photo/");
/// let slow_image = Fault::delay(Duration::from_secs(5)).on_images();
/// # let _ = (flaky, throttled, lost_answer, slow_image);
/// ```
///
/// Two families:
/// - *Replacing* faults (`Status`, `StatusWithRetryAfter`, `HtmlError`, `EmptyBody`,
///   `ApiCode`) answer instead of the API: the request is recorded but **not processed**
///   (nothing is stored), as when a gateway fails in front of the backend.
/// - *Transport* faults (`Truncate`, `ResetMidBody`, `Delay`, `DropAfterProcessing`) let the
///   request be **processed** (an upload is stored) and then damage, delay or drop the answer;
///   `Drift` changes its JSON body as an API that no longer fits its spec would.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// A JSON error envelope with HTTP `code` (apiCode 690 for 5xx, 401 for 401, 612 for
    /// 404, 618 for 403, 613 for other 4xx). 1.0 paths get the 1.0 envelope.
    Status {
        /// The HTTP status.
        code: u16,
        /// How many matching requests it hits.
        times: usize,
        /// Which requests it hits.
        route: Route,
    },
    /// Like `Status` plus a `Retry-After: retry_after_secs` header (429 or 503 throttling).
    StatusWithRetryAfter {
        /// The HTTP status.
        code: u16,
        /// The `Retry-After` header, in seconds.
        retry_after_secs: u64,
        /// How many matching requests it hits.
        times: usize,
        /// Which requests it hits.
        route: Route,
    },
    /// HTTP `code` with an nginx-style HTML page, as a failing proxy sends.
    HtmlError {
        /// The HTTP status.
        code: u16,
        /// How many matching requests it hits.
        times: usize,
        /// Which requests it hits.
        route: Route,
    },
    /// HTTP `code` with `Content-Length: 0`.
    EmptyBody {
        /// The HTTP status.
        code: u16,
        /// How many matching requests it hits.
        times: usize,
        /// Which requests it hits.
        route: Route,
    },
    /// HTTP 200 whose status envelope carries `api_code` and `message` (e.g. 618 or 690).
    ApiCode {
        /// The envelope's `apiCode`.
        api_code: i64,
        /// The envelope's `apiMessage`.
        message: String,
        /// How many matching requests it hits.
        times: usize,
        /// Which requests it hits.
        route: Route,
    },
    /// The normal answer with its body cut in half; HTTP status kept and `Content-Length`
    /// honest for the cut body, so only decoding fails.
    Truncate {
        /// How many matching requests it hits.
        times: usize,
        /// Which requests it hits.
        route: Route,
    },
    /// The normal head (with the full `Content-Length`) and half of the body, then the
    /// connection is reset: the client's body read fails.
    ResetMidBody {
        /// How many matching requests it hits.
        times: usize,
        /// Which requests it hits.
        route: Route,
    },
    /// The normal answer after an extra `delay` (on top of the configured latency).
    Delay {
        /// The extra wait before the answer.
        delay: Duration,
        /// How many matching requests it hits.
        times: usize,
        /// Which requests it hits.
        route: Route,
    },
    /// The request is processed (an upload is stored), then the connection is closed without
    /// any answer: the client sees a connection error although the server did the work.
    DropAfterProcessing {
        /// How many matching requests it hits.
        times: usize,
        /// Which requests it hits.
        route: Route,
    },
    /// The normal answer with its JSON body changed as [`Drift`] says: the API drifting away
    /// from its spec (a transport fault: the request is processed).
    Drift {
        /// How the answer's JSON is changed.
        drift: Drift,
        /// How many matching requests it hits.
        times: usize,
        /// Which requests it hits.
        route: Route,
    },
}

/// A change to a JSON answer, for [`Fault::Drift`]. Pointers are JSON pointers (RFC 6901)
/// into the answer body, e.g. `/result/data/0/id`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Drift {
    /// Replace the value at `pointer` (which must exist) by `value`.
    Set {
        /// The JSON pointer of the member.
        pointer: String,
        /// Its new value.
        value: serde_json::Value,
    },
    /// Rename the member at `pointer` to `to`, keeping its value.
    Rename {
        /// The JSON pointer of the member.
        pointer: String,
        /// Its new name.
        to: String,
    },
}

impl Drift {
    /// Applies the change to `body`; `false` when the pointer names nothing (the body is then
    /// left as it was).
    pub(crate) fn apply(&self, body: &mut serde_json::Value) -> bool {
        match self {
            Drift::Set { pointer, value } => match body.pointer_mut(pointer) {
                Some(slot) => {
                    *slot = value.clone();
                    true
                }
                None => false,
            },
            Drift::Rename { pointer, to } => {
                let Some((parent, name)) = pointer.rsplit_once('/') else {
                    return false;
                };
                let name = name.replace("~1", "/").replace("~0", "~");
                let Some(object) = body.pointer_mut(parent).and_then(|p| p.as_object_mut()) else {
                    return false;
                };
                match object.remove(&name) {
                    Some(value) => {
                        object.insert(to.clone(), value);
                        true
                    }
                    None => false,
                }
            }
        }
    }
}

impl Fault {
    /// [`Fault::Status`] once, on any API request.
    pub fn status(code: u16) -> Self {
        Fault::Status {
            code,
            times: 1,
            route: Route::default(),
        }
    }

    /// [`Fault::StatusWithRetryAfter`] once.
    pub fn retry_after(code: u16, retry_after_secs: u64) -> Self {
        Fault::StatusWithRetryAfter {
            code,
            retry_after_secs,
            times: 1,
            route: Route::default(),
        }
    }

    /// [`Fault::HtmlError`] once.
    pub fn html(code: u16) -> Self {
        Fault::HtmlError {
            code,
            times: 1,
            route: Route::default(),
        }
    }

    /// [`Fault::EmptyBody`] once.
    pub fn empty_body(code: u16) -> Self {
        Fault::EmptyBody {
            code,
            times: 1,
            route: Route::default(),
        }
    }

    /// [`Fault::ApiCode`] once.
    pub fn api_code(api_code: i64, message: impl Into<String>) -> Self {
        Fault::ApiCode {
            api_code,
            message: message.into(),
            times: 1,
            route: Route::default(),
        }
    }

    /// [`Fault::Truncate`] once.
    pub fn truncate() -> Self {
        Fault::Truncate {
            times: 1,
            route: Route::default(),
        }
    }

    /// [`Fault::ResetMidBody`] once.
    pub fn reset_mid_body() -> Self {
        Fault::ResetMidBody {
            times: 1,
            route: Route::default(),
        }
    }

    /// [`Fault::Delay`] once.
    pub fn delay(delay: Duration) -> Self {
        Fault::Delay {
            delay,
            times: 1,
            route: Route::default(),
        }
    }

    /// [`Fault::DropAfterProcessing`] once.
    pub fn drop_after_processing() -> Self {
        Fault::DropAfterProcessing {
            times: 1,
            route: Route::default(),
        }
    }

    /// [`Fault::Drift`] once.
    pub fn drift(drift: Drift) -> Self {
        Fault::Drift {
            drift,
            times: 1,
            route: Route::default(),
        }
    }

    /// Fire `n` times (0 makes the fault inert: it is never queued).
    pub fn times(mut self, n: usize) -> Self {
        *self.parts_mut().0 = n;
        self
    }

    /// Only requests with this method (`"*"` for any) whose path starts with `path_prefix`.
    pub fn on(mut self, method: &str, path_prefix: &str) -> Self {
        let route = self.parts_mut().1;
        route.method = (method != "*" && !method.is_empty()).then(|| method.to_ascii_uppercase());
        route.path_prefix = Some(path_prefix.to_string());
        self
    }

    /// Only requests whose path starts with `path_prefix`, any method.
    pub fn on_path(mut self, path_prefix: &str) -> Self {
        self.parts_mut().1.path_prefix = Some(path_prefix.to_string());
        self
    }

    /// Apply to the image listener instead of the API listener (combine with
    /// [`on_path`](Fault::on_path) to narrow it further).
    pub fn on_images(mut self) -> Self {
        self.parts_mut().1.listener = Listener::Images;
        self
    }

    /// Replace the whole route filter.
    pub fn route(mut self, route: Route) -> Self {
        *self.parts_mut().1 = route;
        self
    }

    /// Remaining number of requests this fault will hit.
    pub fn remaining(&self) -> usize {
        self.parts().0
    }

    /// The requests this fault applies to.
    pub fn route_filter(&self) -> &Route {
        self.parts().1
    }

    fn parts(&self) -> (usize, &Route) {
        match self {
            Fault::Status { times, route, .. }
            | Fault::StatusWithRetryAfter { times, route, .. }
            | Fault::HtmlError { times, route, .. }
            | Fault::EmptyBody { times, route, .. }
            | Fault::ApiCode { times, route, .. }
            | Fault::Truncate { times, route }
            | Fault::ResetMidBody { times, route }
            | Fault::Delay { times, route, .. }
            | Fault::DropAfterProcessing { times, route }
            | Fault::Drift { times, route, .. } => (*times, route),
        }
    }

    fn parts_mut(&mut self) -> (&mut usize, &mut Route) {
        match self {
            Fault::Status { times, route, .. }
            | Fault::StatusWithRetryAfter { times, route, .. }
            | Fault::HtmlError { times, route, .. }
            | Fault::EmptyBody { times, route, .. }
            | Fault::ApiCode { times, route, .. }
            | Fault::Truncate { times, route }
            | Fault::ResetMidBody { times, route }
            | Fault::Delay { times, route, .. }
            | Fault::DropAfterProcessing { times, route }
            | Fault::Drift { times, route, .. } => (times, route),
        }
    }

    /// Takes one use of the fault; returns the copy that fires.
    pub(crate) fn take_one(&mut self) -> Fault {
        let fired = self.clone().times(1);
        let t = self.parts_mut().0;
        *t = t.saturating_sub(1);
        fired
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builders_set_route_and_times() {
        let f = Fault::status(503).times(2).on("get", "/2.0/photo/");
        assert_eq!(f.remaining(), 2);
        let r = f.route_filter();
        assert_eq!(r.method.as_deref(), Some("GET"));
        assert!(r.matches(Listener::Api, "GET", "/2.0/photo/1"));
        assert!(!r.matches(Listener::Api, "POST", "/2.0/photo/1"));
        assert!(!r.matches(Listener::Api, "GET", "/2.0/sequence/"));
        assert!(!r.matches(Listener::Images, "GET", "/2.0/photo/1"));
        let any = Fault::truncate().on("*", "/1.0/");
        assert!(
            any.route_filter()
                .matches(Listener::Api, "POST", "/1.0/photo/")
        );
        let img = Fault::reset_mid_body().on_images();
        assert!(
            img.route_filter()
                .matches(Listener::Images, "GET", "/files/x")
        );
        assert!(!img.route_filter().matches(Listener::Api, "GET", "/files/x"));
    }

    #[test]
    fn drift_sets_and_renames_members() {
        let mut body = serde_json::json!({"result": {"data": [{"id": "1"}], "hasMoreData": false}});
        let set = Drift::Set {
            pointer: "/result/hasMoreData".into(),
            value: serde_json::json!("false"),
        };
        assert!(set.apply(&mut body));
        let rename = Drift::Rename {
            pointer: "/result/data/0/id".into(),
            to: "photoId".into(),
        };
        assert!(rename.apply(&mut body));
        assert_eq!(
            body,
            serde_json::json!({"result": {"data": [{"photoId": "1"}], "hasMoreData": "false"}})
        );
        let missing = Drift::Rename {
            pointer: "/nothing/here".into(),
            to: "x".into(),
        };
        assert!(!missing.apply(&mut body));
    }

    #[test]
    fn take_one_counts_down() {
        let mut f = Fault::html(502).times(2);
        assert_eq!(f.take_one().remaining(), 1);
        assert_eq!(f.remaining(), 1);
        f.take_one();
        assert_eq!(f.remaining(), 0);
    }
}
