//! Pagination over API 2.0's `hasMoreData`, as a `Stream` with a window of concurrent pages.

use std::collections::VecDeque;
use std::future::Future;

use futures_util::stream::{self, FuturesOrdered, Stream, StreamExt};

use crate::error::{Error, Result};

/// The most items the live API serves per page; above it answers a bare HTTP 400.
pub const MAX_PAGE_SIZE: u32 = 100;

/// One page as the server answered it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The page's items, in the server's order.
    pub items: Vec<T>,
    /// The server's `hasMoreData`.
    pub has_more: bool,
}

/// Which page to fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    /// 1-based page number.
    pub page: u32,
    /// Items per page.
    pub size: u32,
}

/// How a list is paged.
///
/// Latency dominates this API, so up to `window` pages are requested at once while items are
/// still yielded in page order. With [`expected_items`](Pagination::expected_items) (or a
/// [`limit`](Pagination::limit)) the stream plans the exact number of pages and fetches past
/// them one at a time, so at most one request is spent past the end. Without either it asks for
/// the first page alone, so a list that fits in one page costs one request, then opens the
/// window; up to `window - 1` requests may then be spent past the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pagination {
    page_size: u32,
    window: usize,
    limit: Option<usize>,
    expected_items: Option<u64>,
}

impl Default for Pagination {
    fn default() -> Self {
        Pagination {
            page_size: MAX_PAGE_SIZE,
            window: 4,
            limit: None,
            expected_items: None,
        }
    }
}

impl Pagination {
    /// Items per page, 1 to 100 (default 100).
    pub fn page_size(mut self, size: u32) -> Result<Self> {
        if !(1..=MAX_PAGE_SIZE).contains(&size) {
            return Err(Error::invalid(
                "page_size",
                format!("page size must be between 1 and {MAX_PAGE_SIZE}, not {size}"),
            ));
        }
        self.page_size = size;
        Ok(self)
    }

    /// Pages in flight at once (default 4; 0 counts as 1).
    pub fn window(mut self, window: usize) -> Self {
        self.window = window.max(1);
        self
    }

    /// Stop after this many items.
    pub fn limit(mut self, limit: Option<usize>) -> Self {
        self.limit = limit;
        self
    }

    /// How many items the list should hold, when the caller knows (a sequence's photo count).
    pub fn expected_items(mut self, expected: Option<u64>) -> Self {
        self.expected_items = expected;
        self
    }

    /// The configured page size.
    pub fn size(&self) -> u32 {
        self.page_size
    }

    /// Pages in flight at once.
    pub fn concurrency(&self) -> usize {
        self.window
    }

    /// The last page worth requesting concurrently, if the end is predictable.
    fn planned_pages(&self) -> Option<u32> {
        let by_limit = self.limit.map(|l| l as u64);
        let items = match (self.expected_items, by_limit) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }?;
        let pages = items.div_ceil(u64::from(self.page_size)).max(1);
        Some(u32::try_from(pages).unwrap_or(u32::MAX))
    }
}

struct State<T, F, Fut: Future> {
    fetch: F,
    in_flight: FuturesOrdered<Fut>,
    next_page: u32,
    pages_received: u32,
    buffer: VecDeque<T>,
    yielded: usize,
    finished: bool,
    options: Pagination,
    planned: Option<u32>,
}

impl<T, F, Fut> State<T, F, Fut>
where
    F: FnMut(PageRequest) -> Fut,
    Fut: Future<Output = Result<Page<T>>>,
{
    fn top_up(&mut self) {
        loop {
            let allowed = match self.planned {
                Some(last) if self.next_page > last => 1,
                Some(_) => self.options.window,
                // Slow start: a list that fits in one page costs one request.
                None if self.pages_received == 0 => 1,
                None => self.options.window,
            };
            if self.in_flight.len() >= allowed {
                return;
            }
            let request = PageRequest {
                page: self.next_page,
                size: self.options.page_size,
            };
            self.in_flight.push_back((self.fetch)(request));
            self.next_page = self.next_page.saturating_add(1);
        }
    }
}

/// A stream of every item of a paged list, in page order; an error is the stream's last item.
///
/// `fetch` gets the page to load. The stream stops when a page says `hasMoreData: false`,
/// when a page is empty (even if the server said there was more), or at the item limit.
pub fn paginate<T, F, Fut>(options: Pagination, fetch: F) -> impl Stream<Item = Result<T>>
where
    F: FnMut(PageRequest) -> Fut,
    Fut: Future<Output = Result<Page<T>>>,
{
    let state = State {
        fetch,
        in_flight: FuturesOrdered::new(),
        next_page: 1,
        pages_received: 0,
        buffer: VecDeque::new(),
        yielded: 0,
        finished: false,
        planned: options.planned_pages(),
        options,
    };
    stream::unfold(state, |mut state| async move {
        loop {
            if state.options.limit.is_some_and(|l| state.yielded >= l) {
                return None;
            }
            if let Some(item) = state.buffer.pop_front() {
                state.yielded += 1;
                return Some((Ok(item), state));
            }
            if state.finished {
                return None;
            }
            state.top_up();
            match state.in_flight.next().await {
                Some(Ok(page)) => {
                    state.pages_received += 1;
                    if page.items.is_empty() || !page.has_more {
                        state.finished = true;
                        // Dropping the pages still in flight cancels their requests.
                        state.in_flight = FuturesOrdered::new();
                    }
                    state.buffer.extend(page.items);
                }
                Some(Err(e)) => {
                    state.finished = true;
                    state.in_flight = FuturesOrdered::new();
                    return Some((Err(e), state));
                }
                None => return None,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::TryStreamExt;
    use std::sync::{Arc, Mutex};

    /// A list of `total` numbered items served in pages; records the pages requested.
    fn server(
        total: u32,
        full_last_page_says_more: bool,
        log: Arc<Mutex<Vec<u32>>>,
    ) -> impl FnMut(PageRequest) -> std::future::Ready<Result<Page<u32>>> {
        move |req: PageRequest| {
            log.lock().unwrap().push(req.page);
            let start = (req.page - 1) * req.size;
            let end = (start + req.size).min(total);
            let items: Vec<u32> = (start..end.max(start)).collect();
            let has_more =
                end < total || (full_last_page_says_more && end == total && !items.is_empty());
            std::future::ready(Ok(Page { items, has_more }))
        }
    }

    #[tokio::test]
    async fn yields_every_item_in_order_with_a_window() {
        let log = Arc::new(Mutex::new(Vec::new()));
        let opts = Pagination::default().page_size(10).unwrap().window(3);
        let items: Vec<u32> = paginate(opts, server(95, false, log.clone()))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(items, (0..95).collect::<Vec<_>>());
        // Pages 11 and 12 were already in flight when page 10 said it was the last.
        assert_eq!(*log.lock().unwrap(), (1..=12).collect::<Vec<_>>());
    }

    #[tokio::test]
    async fn a_list_that_fits_in_one_page_costs_one_request() {
        let log = Arc::new(Mutex::new(Vec::new()));
        let opts = Pagination::default().window(8);
        let items: Vec<u32> = paginate(opts, server(37, false, log.clone()))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(items.len(), 37);
        assert_eq!(*log.lock().unwrap(), vec![1]);
    }

    #[tokio::test]
    async fn expected_items_waste_at_most_one_request() {
        let log = Arc::new(Mutex::new(Vec::new()));
        let opts = Pagination::default()
            .page_size(10)
            .unwrap()
            .window(4)
            .expected_items(Some(100));
        // A full last page that still says hasMoreData: true.
        let items: Vec<u32> = paginate(opts, server(100, true, log.clone()))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(items.len(), 100);
        assert_eq!(*log.lock().unwrap(), (1..=11).collect::<Vec<_>>());
    }

    #[tokio::test]
    async fn stops_on_an_empty_page_and_at_the_limit() {
        let log = Arc::new(Mutex::new(Vec::new()));
        let opts = Pagination::default().page_size(10).unwrap().window(1);
        let items: Vec<u32> = paginate(opts, server(20, true, log.clone()))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(items.len(), 20);
        assert_eq!(*log.lock().unwrap(), vec![1, 2, 3]);

        let log = Arc::new(Mutex::new(Vec::new()));
        let opts = Pagination::default()
            .page_size(10)
            .unwrap()
            .window(4)
            .limit(Some(15));
        let items: Vec<u32> = paginate(opts, server(1000, false, log.clone()))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(items, (0..15).collect::<Vec<_>>());
        assert_eq!(*log.lock().unwrap(), vec![1, 2]);
    }

    #[tokio::test]
    async fn an_error_is_the_last_item() {
        let opts = Pagination::default().page_size(2).unwrap().window(2);
        let results: Vec<Result<u32>> = paginate(opts, move |req: PageRequest| {
            std::future::ready(if req.page == 2 {
                Err(Error::Timeout)
            } else {
                Ok(Page {
                    items: vec![req.page * 10, req.page * 10 + 1],
                    has_more: true,
                })
            })
        })
        .collect()
        .await;
        assert_eq!(results.len(), 3);
        assert_eq!(results[0].as_ref().unwrap(), &10);
        assert_eq!(results[1].as_ref().unwrap(), &11);
        assert!(matches!(results[2], Err(Error::Timeout)));
    }

    #[test]
    fn page_size_is_capped() {
        assert!(Pagination::default().page_size(101).is_err());
        assert!(Pagination::default().page_size(0).is_err());
        assert_eq!(Pagination::default().size(), 100);
    }
}
