//! TLS for every HTTP client of the crate: rustls with the `ring` provider, configured here
//! rather than through rustls' process-wide default, so a program that installs its own
//! provider keeps it and one that installs none still works. (`ring` rather than rustls'
//! default `aws-lc-rs`: a 2 MB smaller binary that does no CPU probing at start-up, and a
//! shorter build.)

use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, SignatureScheme};
use rustls_platform_verifier::Verifier;

use crate::error::TlsError;
use crate::{Error, Result};

/// A `reqwest` client builder with this crate's TLS: servers verified against the platform's
/// roots, which are read here. For programs that want a client configured like the ones
/// [`Client`](crate::Client) builds (the crate enables no TLS provider in `reqwest` itself).
pub fn http_client_builder() -> Result<reqwest::ClientBuilder> {
    client_builder(Roots::ReadNow)
}

/// When a client reads the platform's TLS roots (hundreds of files on Linux).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Roots {
    /// Never: a client that never leaves an `http` origin.
    Unneeded,
    /// While it is built, which fails when none are usable.
    ReadNow,
    /// On a thread of their own from when it is built: its first connection does not wait for
    /// them, only its first certificate check does, a round trip or two later.
    ReadInBackground,
}

/// The crypto provider of every client: *ring*, which builds with a C compiler alone on every
/// platform. rustls 0.23.48 deprecates it for lacking post-quantum key exchange; that is the
/// one thing given up, knowingly.
#[allow(deprecated)]
pub(crate) fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

pub(crate) fn client_builder(roots: Roots) -> Result<reqwest::ClientBuilder> {
    let provider = provider();
    let versions = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(tls_error)?;
    let mut config = match roots {
        Roots::Unneeded => versions.with_root_certificates(rustls::RootCertStore::empty()),
        Roots::ReadNow => versions
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(
                Verifier::new(provider).map_err(tls_error)?,
            )),
        Roots::ReadInBackground => {
            let verifier =
                RootsInBackground::start(provider.clone(), move || Verifier::new(provider))
                    .map_err(|e| {
                        Error::Tls(TlsError::new(
                            "cannot start reading the TLS roots",
                            Some(Box::new(e)),
                        ))
                    })?;
            versions
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(verifier))
        }
    }
    .with_no_client_auth();
    // The clients speak HTTP/1.1 only (reqwest's `http2` feature is off).
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(reqwest::Client::builder().tls_backend_preconfigured(config))
}

fn tls_error(e: rustls::Error) -> Error {
    Error::Tls(match e {
        // Its display adds "unexpected error: " to a message that says it all.
        rustls::Error::General(message) => TlsError::new(message, None),
        other => TlsError::new("the TLS configuration is refused", Some(Box::new(other))),
    })
}

/// The platform's verifier, built on a thread of its own; every check but the list of
/// signature schemes (which the first message of a handshake carries) waits for it.
#[derive(Debug)]
struct RootsInBackground {
    provider: Arc<CryptoProvider>,
    reading: Mutex<Option<JoinHandle<std::result::Result<Verifier, rustls::Error>>>>,
    read: OnceLock<std::result::Result<Verifier, rustls::Error>>,
}

impl RootsInBackground {
    fn start(
        provider: Arc<CryptoProvider>,
        read: impl FnOnce() -> std::result::Result<Verifier, rustls::Error> + Send + 'static,
    ) -> std::io::Result<Self> {
        let reading = std::thread::Builder::new()
            .name("kartaview-tls-roots".to_owned())
            .spawn(read)?;
        Ok(RootsInBackground {
            provider,
            reading: Mutex::new(Some(reading)),
            read: OnceLock::new(),
        })
    }

    fn verifier(&self) -> std::result::Result<&Verifier, rustls::Error> {
        let read = self.read.get_or_init(|| {
            let reading = self
                .reading
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            match reading.map(JoinHandle::join) {
                Some(Ok(read)) => read,
                _ => Err(rustls::Error::General(
                    "reading the platform's TLS roots failed".to_owned(),
                )),
            }
        });
        read.as_ref().map_err(Clone::clone)
    }
}

impl ServerCertVerifier for RootsInBackground {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        self.verifier()?.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        )
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.verifier()?.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.verifier()?.verify_tls13_signature(message, cert, dss)
    }

    // What the platform's verifier answers too (its provider's algorithms), without the roots.
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error of a certificate check (none of these checks can pass).
    fn check(verifier: &RootsInBackground) -> rustls::Error {
        let name = ServerName::try_from("api.openstreetcam.org").expect("a name");
        verifier
            .verify_server_cert(
                &CertificateDer::from(vec![0x30, 0x00]),
                &[],
                &name,
                &[],
                UnixTime::now(),
            )
            .expect_err("no root vouches for it")
    }

    #[test]
    fn the_first_message_of_a_handshake_does_not_wait_for_the_roots() {
        let (release, released) = std::sync::mpsc::channel::<()>();
        let verifier = RootsInBackground::start(provider(), move || {
            // Bounded, so a check that waited for the roots fails below instead of hanging.
            let _ = released.recv_timeout(std::time::Duration::from_secs(10));
            Err(rustls::Error::General("released".to_owned()))
        })
        .expect("start");
        // Answered while the roots are still being read.
        assert!(!verifier.supported_verify_schemes().is_empty());
        assert!(verifier.read.get().is_none());
        release.send(()).expect("release");
        assert_eq!(
            check(&verifier),
            rustls::Error::General("released".to_owned())
        );
    }

    #[test]
    fn roots_that_cannot_be_read_fail_every_check() {
        let failed = rustls::Error::General("No CA certificates were loaded".to_owned());
        let answer = failed.clone();
        let verifier = RootsInBackground::start(provider(), move || Err(answer)).expect("start");
        assert_eq!(check(&verifier), failed);
        assert_eq!(check(&verifier), failed);
    }

    #[test]
    fn a_reader_that_panics_fails_the_check_instead() {
        let verifier =
            RootsInBackground::start(provider(), || panic!("reading the roots")).expect("start");
        assert_eq!(
            check(&verifier),
            rustls::Error::General("reading the platform's TLS roots failed".to_owned())
        );
    }
}
