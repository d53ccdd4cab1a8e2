//! The typed seam: what the spec says of an operation, and how a generated builder is sent.
//! `operations.rs` (generated) implements these for every operation of openapi.yaml.

use std::future::Future;
use std::num::NonZeroU64;

use progenitor_client::{Error, ResponseValue};

/// An HTTP method, as the spec names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `PUT`
    Put,
    /// `POST`
    Post,
    /// `DELETE`
    Delete,
    /// `PATCH`
    Patch,
    /// `HEAD`
    Head,
    /// `OPTIONS`
    Options,
}

impl Method {
    /// The method's name, e.g. `"GET"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Patch => "PATCH",
            Method::Head => "HEAD",
            Method::Options => "OPTIONS",
        }
    }
}

/// One operation of openapi.yaml.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OperationSpec {
    /// The spec's `operationId`, e.g. `"photoGetAll"`.
    pub id: &'static str,
    /// Its method.
    pub method: Method,
    /// Its path template, e.g. `"/2.0/photo/{photoId}"`.
    pub path: &'static str,
    /// Whether repeating it is harmless (so a failed attempt may be retried): the method's
    /// meaning unless the spec's `x-kartaview-idempotent` says otherwise.
    pub idempotent: bool,
    /// Written by hand in kartaview-ext (multipart), not generated here.
    pub handwritten: bool,
}

/// A generated operation's builder, ready to send. Builders are `Clone`, so a caller can send
/// the same request again.
pub trait Operation: Clone + Send {
    /// What the spec says of the operation.
    const SPEC: OperationSpec;
    /// Its success body.
    type Response;
    /// Sends the request once.
    fn send(self) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send;
}

/// A list operation paged by `page` and `itemsPerPage`.
pub trait PagedOperation: Operation {
    /// The same request for another page.
    fn with_page(self, page: NonZeroU64, items_per_page: NonZeroU64) -> Self;
}
