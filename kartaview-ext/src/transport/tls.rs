//! TLS for every HTTP client of the crate: rustls with the `ring` provider, configured here
//! rather than through rustls' process-wide default, so a program that installs its own
//! provider keeps it and one that installs none still works. (`ring` rather than rustls'
//! default `aws-lc-rs`: a 2 MB smaller binary that does no CPU probing at start-up, and a
//! shorter build.)

use std::sync::Arc;

use rustls::ClientConfig;

use crate::{Error, Result};

/// A `reqwest` client builder with this crate's TLS: servers verified against the platform's
/// roots, which are read here. For programs that want a client configured like the ones
/// [`Client`](crate::Client) builds (the crate enables no TLS provider in `reqwest` itself).
pub fn http_client_builder() -> Result<reqwest::ClientBuilder> {
    client_builder(false)
}

/// With `plain_http_only`, no roots at all: for a client that never leaves an `http` origin,
/// so start-up reads no certificate store (hundreds of files).
pub(crate) fn client_builder(plain_http_only: bool) -> Result<reqwest::ClientBuilder> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let versions = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(tls_error)?;
    let mut config = if plain_http_only {
        versions
            .with_root_certificates(rustls::RootCertStore::empty())
            .with_no_client_auth()
    } else {
        let verifier = rustls_platform_verifier::Verifier::new(provider).map_err(tls_error)?;
        versions
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth()
    };
    // The clients speak HTTP/1.1 only (reqwest's `http2` feature is off).
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(reqwest::Client::builder().tls_backend_preconfigured(config))
}

fn tls_error(e: rustls::Error) -> Error {
    Error::Tls(match e {
        // Its display adds "unexpected error: " to a message that says it all.
        rustls::Error::General(message) => message,
        other => other.to_string(),
    })
}
