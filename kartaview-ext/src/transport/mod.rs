//! How every call travels: the client and its token, the one seam every operation runs
//! through, retries, and pagination.

pub mod client;
pub mod operation;
pub mod paginate;
pub(crate) mod retry;
pub(crate) mod tls;
