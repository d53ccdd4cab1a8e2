//! The handwritten KartaView client layer.
//!
//! Re-exports the generated low-level client; the workflows built on it live in this crate.

pub use kartaview_api as api;
