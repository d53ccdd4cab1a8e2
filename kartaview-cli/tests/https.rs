//! The API over `https`, as the production API is served: a TLS front (tokio-rustls) with a
//! certificate made by `openssl`, relaying to the fake; the binary trusts it through
//! `SSL_CERT_FILE`, as it would a system's or a company's root. The front speaks rustls, as the
//! client does; one test meets OpenSSL's own server (`openssl s_server`) instead.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{Fake, Run, kartaview_with};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

/// A root and a certificate for `127.0.0.1` signed by it, made by `openssl`; `None` (with the
/// reason printed, or a failure under `CI=true`) where it is missing.
fn certificates(dir: &Path) -> Option<(PathBuf, PathBuf, PathBuf)> {
    let ext = dir.join("server.ext");
    std::fs::write(
        &ext,
        "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n\
         extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n",
    )
    .expect("write the extensions");
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let steps: [Vec<&str>; 3] = [
        [
            &["req", "-x509"],
            &ec[..],
            &["-days", "2", "-subj", "/CN=kartaview test root"],
        ]
        .concat()
        .into_iter()
        .chain(["-keyout", "root.key", "-out", "root.pem"])
        .collect(),
        [
            &["req"],
            &ec[..],
            &["-subj", "/CN=127.0.0.1", "-keyout", "server.key"],
        ]
        .concat()
        .into_iter()
        .chain(["-out", "server.csr"])
        .collect(),
        vec![
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "root.pem",
            "-CAkey",
            "root.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "server.ext",
            "-out",
            "server.pem",
        ],
    ];
    for step in steps {
        match Command::new("openssl")
            .args(&step)
            .current_dir(dir)
            .output()
        {
            Ok(out) if out.status.success() => {}
            other => {
                return kartaview_tests::skip_unless_ci(format_args!(
                    "openssl could not make the test certificates ({other:?})"
                ));
            }
        }
    }
    Some((
        dir.join("root.pem"),
        dir.join("server.pem"),
        dir.join("server.key"),
    ))
}

/// A TLS front on 127.0.0.1 relaying each connection to the fake; counts the connections.
struct Front {
    base_url: String,
    connections: Arc<AtomicUsize>,
    _runtime: tokio::runtime::Runtime,
}

fn front(fake: &Fake, certificate: &Path, key: &Path) -> Front {
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(certificate)
        .expect("read the certificate")
        .collect::<Result<_, _>>()
        .expect("parse the certificate");
    let key = PrivateKeyDer::from_pem_file(key).expect("read the key");
    #[allow(deprecated)] // ring, as kartaview-ext uses it
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let upstream = fake
        .base_url()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind");
    let base_url = format!("https://{}", listener.local_addr().expect("address"));
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = connections.clone();
    runtime.spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            counted.fetch_add(1, Ordering::SeqCst);
            let (acceptor, upstream) = (acceptor.clone(), upstream.clone());
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                if let Ok(mut fake) = tokio::net::TcpStream::connect(&upstream).await {
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut fake).await;
                }
            });
        }
    });
    Front {
        base_url,
        connections,
        _runtime: runtime,
    }
}

/// The fake behind a TLS front, and the root that vouches for the front's certificate.
struct Served {
    fake: Fake,
    front: Front,
    root: PathBuf,
    dir: PathBuf,
}

fn served(name: &str) -> Option<Served> {
    let dir = common::scratch(name);
    let (root, certificate, key) = certificates(&dir)?;
    let fake = Fake::start();
    let front = front(&fake, &certificate, &key);
    Some(Served {
        fake,
        front,
        root,
        dir,
    })
}

/// `kartaview` trusting only the roots in `roots` (a file that may not exist).
fn trusting(roots: &Path, args: &[&str]) -> Run {
    kartaview_with(args, |command| {
        command
            .env("SSL_CERT_FILE", roots)
            .env("SSL_CERT_DIR", roots.with_extension("d"));
    })
}

/// The error line of `kartaview sequence` against the front, trusting `roots`, which do not
/// vouch for it; one connection only, since a refusal is not a passing failure to retry.
fn refused(served: &Served, roots: &Path) -> String {
    let run = trusting(
        roots,
        &["--base-url", &served.front.base_url, "sequence", "1004"],
    );
    assert_eq!(run.code, Some(1), "stderr: {}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "stderr: {}", run.stderr);
    let connections = served.front.connections.load(Ordering::SeqCst);
    assert_eq!(connections, 1, "stderr: {}", run.stderr);
    run.stderr
}

#[test]
fn the_api_over_https_answers_as_over_http() {
    let Some(served) = served("https") else {
        return;
    };
    for args in [
        &["photos", "--sequence", "1004"][..],
        &["sequence", "1004"],
        &["video", "5000001"],
    ] {
        let plain = kartaview_with(
            &[&["--json", "--base-url", &served.fake.base_url()], args].concat(),
            |_| {},
        );
        plain.ok();
        let secure = trusting(
            &served.root,
            &[&["--json", "--base-url", &served.front.base_url], args].concat(),
        );
        secure.ok();
        assert_eq!(secure.stdout, plain.stdout, "{args:?}");
    }
}

#[test]
fn a_server_the_roots_do_not_vouch_for_is_refused_once() {
    let Some(served) = served("https-untrusted") else {
        return;
    };
    let other = common::scratch("https-other-root");
    let Some((other_root, _, _)) = certificates(&other) else {
        return;
    };
    let error = refused(&served, &other_root);
    assert!(error.contains("invalid peer certificate"), "{error}");
}

#[test]
fn no_usable_roots_is_one_clear_error() {
    let Some(served) = served("https-no-roots") else {
        return;
    };
    let error = refused(&served, &served.dir.join("no-such-roots.pem"));
    assert!(
        error.contains("No CA certificates were loaded from the system"),
        "{error}"
    );
}

/// `openssl s_server -WWW` in `dir` (a TLS server of another implementation than the client's
/// rustls, serving files by path); killed when dropped.
struct OpensslServer {
    child: std::process::Child,
    base_url: String,
}

impl OpensslServer {
    fn start(dir: &Path, certificate: &Path, key: &Path) -> Option<OpensslServer> {
        // A free port, then wait until it answers: s_server's own `ACCEPT` line is buffered
        // when its output is a pipe.
        let address = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|free| free.local_addr())
            .ok()?;
        let child = Command::new("openssl")
            .args(["s_server", "-quiet", "-WWW", "-accept"])
            .arg(address.to_string())
            .arg("-cert")
            .arg(certificate)
            .arg("-key")
            .arg(key)
            .current_dir(dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()?;
        let server = OpensslServer {
            child,
            base_url: format!("https://{address}"),
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::net::TcpStream::connect(address).is_err() {
            if std::time::Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        Some(server)
    }
}

impl Drop for OpensslServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn an_openssl_server_is_trusted_and_its_answer_read() {
    let Some(served) = served("https-openssl") else {
        return;
    };
    // The fake's answer, saved where `s_server -WWW` finds the request's path.
    let url = format!("{}/2.0/sequence/1004", served.fake.base_url());
    let body = served
        .fake
        .block_on(async { common::http_get(&url).await?.bytes().await })
        .expect("the fake's answer");
    let www = served.dir.join("www");
    std::fs::create_dir_all(www.join("2.0/sequence")).expect("www");
    std::fs::write(www.join("2.0/sequence/1004"), &body).expect("save the answer");
    let Some(openssl) = OpensslServer::start(
        &www,
        &served.dir.join("server.pem"),
        &served.dir.join("server.key"),
    ) else {
        kartaview_tests::skip_unless_ci::<()>("openssl s_server did not start");
        return;
    };
    let plain = kartaview_with(
        &[
            "--json",
            "--base-url",
            &served.fake.base_url(),
            "sequence",
            "1004",
        ],
        |_| {},
    );
    plain.ok();
    let secure = trusting(
        &served.root,
        &[
            "--json",
            "--base-url",
            &openssl.base_url,
            "sequence",
            "1004",
        ],
    );
    secure.ok();
    assert_eq!(secure.stdout, plain.stdout);
}
