//! What the API offers, typed: workflows over several requests, writes, login, and the spec's
//! handwritten (multipart) operations.

pub mod auth;
pub mod multipart;
pub mod search;
pub mod workflows;
pub mod writes;
