//! The one seam between the generated client and this crate: every generated operation runs
//! through [`OperationExt::run`] (one answer) or [`PagedOperationExt::stream`] (a list over
//! `hasMoreData`). The operation's name, method and idempotency come from the spec through
//! [`kartaview_api::Operation::SPEC`]; nobody types them.
//!
//! ```no_run
//! # async fn f(client: kartaview_ext::Client) -> kartaview_ext::Result<()> {
//! use futures_util::TryStreamExt;
//! use kartaview_ext::{OperationExt, PagedOperationExt};
//!
//! // One answer: retried (a GET is idempotent), traced as `videoGetById`, envelope checked.
//! let video = client.api().video_get_by_id().video_id(16282313u64).run(&client).await?;
//! // Every video of a sequence, pages fetched a window at a time.
//! let videos: Vec<_> = client
//!     .api()
//!     .video_get_all()
//!     .sequence_id(7068281u64)
//!     .stream(&client)
//!     .try_collect()
//!     .await?;
//! # let _ = (video, videos); Ok(()) }
//! ```

use std::future::Future;
use std::num::NonZeroU64;

use futures_util::Stream;
use kartaview_api::{Operation, PagedOperation};

use crate::error::Result;
use crate::transport::client::{Client, Enveloped, ListResponse};
use crate::transport::paginate::{PageRequest, Pagination, paginate};

/// Runs a generated operation the way this crate runs its own.
pub trait OperationExt: Operation {
    /// Sends the request and returns the checked answer: retried by the client's
    /// [`RetryPolicy`](crate::RetryPolicy) when the spec says a repeat is harmless, traced as
    /// the spec's operationId, and failed with [`Error::Api`](crate::Error::Api) when the
    /// status envelope says so, even inside HTTP 200.
    fn run<'a>(
        self,
        client: &'a Client,
    ) -> impl Future<Output = Result<Self::Response>> + Send + 'a
    where
        Self: 'a,
        Self::Response: Enveloped + Send;
}

impl<O: Operation> OperationExt for O {
    fn run<'a>(self, client: &'a Client) -> impl Future<Output = Result<Self::Response>> + Send + 'a
    where
        Self: 'a,
        Self::Response: Enveloped + Send,
    {
        client.execute(O::SPEC, move || self.clone().send())
    }
}

/// Streams every item of a generated list operation.
pub trait PagedOperationExt: PagedOperation {
    /// The same request for one page.
    fn at_page(self, request: PageRequest) -> Self {
        let number = |n: u32| NonZeroU64::new(u64::from(n)).unwrap_or(NonZeroU64::MIN);
        self.with_page(number(request.page), number(request.size))
    }

    /// Every item, in page order, with the client's [`Pagination`]; an error is the stream's
    /// last item.
    fn stream<'a>(
        self,
        client: &'a Client,
    ) -> impl Stream<Item = Result<ListItem<Self>>> + Send + 'a
    where
        Self: 'a,
        Self::Response: ListResponse + Send,
        ListItem<Self>: Send,
    {
        let pagination = client.pagination().clone();
        self.stream_with(client, pagination)
    }

    /// Every item, in page order, with the given page size, window, limit and expected count.
    fn stream_with<'a>(
        self,
        client: &'a Client,
        pagination: Pagination,
    ) -> impl Stream<Item = Result<ListItem<Self>>> + Send + 'a
    where
        Self: 'a,
        Self::Response: ListResponse + Send,
        ListItem<Self>: Send,
    {
        paginate(pagination, move |request: PageRequest| {
            let page = self.clone().at_page(request);
            async move { Ok(page.run(client).await?.into_page()) }
        })
    }
}

/// What a list operation's pages hold.
pub type ListItem<O> = <<O as Operation>::Response as ListResponse>::Item;

impl<O: PagedOperation> PagedOperationExt for O {}
