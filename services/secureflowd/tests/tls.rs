//! TLS 1.3 on the listener, with certificates made here (`rcgen`): gRPC
//! (HTTP/2) and REST (HTTP/1.1) over TLS, plaintext and TLS 1.2 refused, a
//! renewed certificate served without a restart; mutual TLS refusing a
//! client without a certificate, with one of another CA, an expired one and
//! one naming an identity not allowed; and split mode over mutual TLS, where
//! the gateway refuses an upstream whose certificate does not name the
//! service identity it expects, and presents a renewed client certificate to
//! its upstreams without a restart.

use crate::common;

use secureflow_platform::testkit::certificates::{Authority, write};

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use secureflow_platform::testkit::{TestDatabase, TestServer, wait_while, with_token};
use secureflow_proto::secureflow::security::v1::ListScansRequest;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use tonic::transport::{Certificate, ClientTlsConfig, Endpoint, Identity};

const ADMIN_TOKEN: &str = "sft_tls_admin_token_0123456789abcdef";

fn settings(
    cert: &Path,
    key: &Path,
    ca: &Path,
    extra: &[(&'static str, &str)],
) -> Vec<(&'static str, String)> {
    let mut all = vec![
        ("SECUREFLOW_TLS__CERT_FILE", cert.display().to_string()),
        ("SECUREFLOW_TLS__KEY_FILE", key.display().to_string()),
        ("SECUREFLOW_TLS__CA_FILE", ca.display().to_string()),
    ];
    all.extend(extra.iter().map(|(key, value)| (*key, (*value).to_owned())));
    all
}

/// A fresh directory holding a CA's certificate (`ca.crt`).
struct Deployment {
    dir: tempfile::TempDir,
    ca: Authority,
    ca_path: PathBuf,
}

impl Deployment {
    fn new(ca_name: &str) -> Self {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let dir = tempfile::tempdir().expect("dir");
        let ca = Authority::new(ca_name);
        let ca_path = dir.path().join("ca.crt");
        std::fs::write(&ca_path, &ca.pem).expect("write CA");
        Self { dir, ca, ca_path }
    }

    /// Identity and security on `database`, over TLS with `certificate` (as
    /// `server.crt`/`server.key`) and this CA, plus `extra` settings.
    async fn serve(
        &self,
        database: &TestDatabase,
        certificate: &(String, String),
        extra: &[(&'static str, &str)],
    ) -> (TestServer, PathBuf) {
        let (cert, key) = write(self.dir.path(), "server", certificate);
        let server = common::start(
            database,
            ADMIN_TOKEN,
            &["identity", "security"],
            &settings(&cert, &key, &self.ca_path, extra),
        )
        .await;
        (server, cert)
    }
}

/// Settings of a gateway-only process over TLS (browsers need no client
/// certificate) forwarding identity and security to `upstream`.
fn gateway(cert: &Path, key: &Path, ca: &Path, upstream: &str) -> Vec<(&'static str, String)> {
    let mut all = settings(
        cert,
        key,
        ca,
        &[("SECUREFLOW_TLS__CLIENT_CERTIFICATES", "none")],
    );
    all.push((
        "SECUREFLOW_GATEWAY__UPSTREAMS__SECURITY",
        upstream.to_owned(),
    ));
    all.push((
        "SECUREFLOW_GATEWAY__UPSTREAMS__IDENTITY",
        upstream.to_owned(),
    ));
    all
}

/// A gRPC call over TLS to `server` trusting `ca`, presenting `client`;
/// the call's outcome.
async fn list_scans(
    server: &TestServer,
    ca: &str,
    client: Option<&(String, String)>,
) -> Result<(), String> {
    let mut tls = ClientTlsConfig::new()
        .ca_certificate(Certificate::from_pem(ca))
        .domain_name("localhost");
    if let Some((cert, key)) = client {
        tls = tls.identity(Identity::from_pem(cert, key));
    }
    let channel = Endpoint::from_shared(format!("https://localhost:{}", server.address.port()))
        .expect("uri")
        .tls_config(tls)
        .expect("tls")
        .connect()
        .await
        .map_err(|error| format!("connect: {error:?}"))?;
    SecurityServiceClient::new(channel)
        .list_scans(with_token(ListScansRequest::default(), ADMIN_TOKEN))
        .await
        .map(|_| ())
        .map_err(|status| format!("{status:?}"))
}

/// A rustls client trusting `ca`, limited to `versions`.
fn client_config(
    ca: &str,
    versions: &[&'static rustls::SupportedProtocolVersion],
) -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(ca.as_bytes()) {
        roots.add(cert.expect("CA")).expect("root");
    }
    Arc::new(
        rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_protocol_versions(versions)
        .expect("versions")
        .with_root_certificates(roots)
        .with_no_client_auth(),
    )
}

/// The certificate the server presents to a new TLS 1.3 connection.
async fn presented(server: &TestServer, ca: &str) -> CertificateDer<'static> {
    let connector = tokio_rustls::TlsConnector::from(client_config(ca, &[&rustls::version::TLS13]));
    let stream = tokio::net::TcpStream::connect(server.address)
        .await
        .expect("connect");
    let tls = connector
        .connect(ServerName::try_from("localhost").expect("name"), stream)
        .await
        .expect("TLS 1.3 handshake");
    tls.get_ref().1.peer_certificates().expect("certificates")[0].clone()
}

fn der(pem: &str) -> CertificateDer<'static> {
    CertificateDer::from_pem_slice(pem.as_bytes()).expect("PEM")
}

#[tokio::test]
async fn the_listener_serves_tls_13_only_and_reloads_its_certificate() {
    let deployment = Deployment::new("test CA");
    let (dir, ca) = (&deployment.dir, &deployment.ca);
    let first = ca.issue(&["localhost"], false);
    let database = TestDatabase::sqlite();
    let (server, cert) = deployment
        .serve(
            &database,
            &first,
            &[("SECUREFLOW_TLS__CLIENT_CERTIFICATES", "none")],
        )
        .await;

    // gRPC over HTTP/2 and TLS.
    list_scans(&server, &ca.pem, None)
        .await
        .expect("a gRPC call over TLS");
    // REST over HTTP/1.1 and TLS.
    let http = reqwest::Client::builder()
        .use_preconfigured_tls(Arc::unwrap_or_clone(client_config(
            &ca.pem,
            &[&rustls::version::TLS13],
        )))
        .resolve("localhost", server.address)
        .build()
        .expect("client");
    let response = http
        .get(format!(
            "https://localhost:{}/api/v1/security/scans",
            server.address.port()
        ))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("REST over TLS");
    assert_eq!(response.status(), 200);
    assert_eq!(response.version(), reqwest::Version::HTTP_11);

    // Plaintext is not served on a TLS listener.
    let plaintext = Endpoint::from_shared(format!("http://{}", server.address))
        .expect("uri")
        .connect()
        .await;
    if let Ok(channel) = plaintext {
        let refused = SecurityServiceClient::new(channel)
            .list_scans(with_token(ListScansRequest::default(), ADMIN_TOKEN))
            .await;
        assert!(refused.is_err(), "plaintext answered: {refused:?}");
    }
    // TLS 1.2 is refused.
    let old = tokio_rustls::TlsConnector::from(client_config(&ca.pem, &[&rustls::version::TLS12]));
    let stream = tokio::net::TcpStream::connect(server.address)
        .await
        .expect("connect");
    let handshake = old
        .connect(ServerName::try_from("localhost").expect("name"), stream)
        .await;
    assert!(handshake.is_err(), "a TLS 1.2 handshake was accepted");

    // A renewed certificate is served to new connections, no restart.
    assert_eq!(presented(&server, &ca.pem).await, der(&first.0));
    let renewed = ca.issue(&["localhost"], false);
    write(dir.path(), "server", &renewed);
    wait_while(
        Duration::from_secs(10),
        Duration::from_millis(100),
        "the renewed certificate was never served",
        async || presented(&server, &ca.pem).await != der(&renewed.0),
    )
    .await;
    // A broken renewal keeps the current certificate.
    std::fs::write(&cert, "not a certificate").expect("write");
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(presented(&server, &ca.pem).await, der(&renewed.0));
    list_scans(&server, &ca.pem, None)
        .await
        .expect("still serving");
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn mutual_tls_refuses_clients_the_ca_did_not_vouch_for() {
    let deployment = Deployment::new("deployment CA");
    let ca = &deployment.ca;
    let other = Authority::new("someone else's CA");
    let database = TestDatabase::sqlite();
    let (server, _) = deployment
        .serve(
            &database,
            &ca.issue(&["localhost"], false),
            &[("SECUREFLOW_TLS__CLIENT_NAMES", "gateway,localhost")],
        )
        .await;

    let gateway = ca.issue(&["gateway"], false);
    list_scans(&server, &ca.pem, Some(&gateway))
        .await
        .expect("a client with a certificate of the CA naming an allowed identity");
    for (what, client) in [
        ("no certificate", None),
        (
            "a certificate of another CA",
            Some(other.issue(&["gateway"], false)),
        ),
        ("an expired certificate", Some(ca.issue(&["gateway"], true))),
        (
            "a certificate naming another identity",
            Some(ca.issue(&["intruder"], false)),
        ),
    ] {
        let outcome = list_scans(&server, &ca.pem, client.as_ref()).await;
        assert!(outcome.is_err(), "{what} was accepted");
    }
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn split_mode_runs_over_mutual_tls_and_checks_the_upstream_identity() {
    let deployment = Deployment::new("deployment CA");
    let (dir, ca, ca_path) = (&deployment.dir, &deployment.ca, &deployment.ca_path);
    // The service process: TLS, clients must show a certificate of the CA.
    let backend_db = TestDatabase::sqlite();
    let (backend, _) = deployment
        .serve(
            &backend_db,
            &ca.issue(&["localhost", "security"], false),
            &[],
        )
        .await;
    let port = backend.address.port();

    // The gateway reaches it by the name its certificate carries.
    let (gateway_cert, gateway_key) = write(
        dir.path(),
        "gateway",
        &ca.issue(&["localhost", "gateway"], false),
    );
    let gateway_settings = |host: &str| {
        gateway(
            &gateway_cert,
            &gateway_key,
            ca_path,
            &format!("https://{host}:{port}"),
        )
    };
    let gateway_db = TestDatabase::sqlite();
    let gateway = common::start(
        &gateway_db,
        ADMIN_TOKEN,
        &["gateway"],
        &gateway_settings("localhost"),
    )
    .await;
    SecurityServiceClient::new(gateway.channel().await)
        .list_scans(with_token(ListScansRequest::default(), ADMIN_TOKEN))
        .await
        .expect("forwarded over mutual TLS");

    // Reached by an address its certificate does not name, the upstream is
    // not the service expected there: refused, the call UNAVAILABLE.
    let wrong_db = TestDatabase::sqlite();
    let wrong = common::start(
        &wrong_db,
        ADMIN_TOKEN,
        &["gateway"],
        &gateway_settings("127.0.0.1"),
    )
    .await;
    let refused = SecurityServiceClient::new(wrong.channel().await)
        .list_scans(with_token(ListScansRequest::default(), ADMIN_TOKEN))
        .await
        .expect_err("an upstream with another identity");
    assert_eq!(refused.code(), tonic::Code::Unavailable, "{refused:?}");

    // An https:// upstream without a CA to check it against does not start.
    let mut unchecked = gateway_settings("localhost");
    unchecked.retain(|(key, _)| *key != "SECUREFLOW_TLS__CA_FILE");
    unchecked.retain(|(key, _)| !key.starts_with("SECUREFLOW_TLS__"));
    let unchecked_db = TestDatabase::sqlite();
    let error = common::try_start(&unchecked_db, ADMIN_TOKEN, &["gateway"], &unchecked)
        .await
        .expect_err("refused");
    assert!(error.contains("tls.ca_file"), "{error}");

    wrong.stop().await.expect("stop");
    gateway.stop().await.expect("stop");
    backend.stop().await.expect("stop");
}

#[tokio::test]
async fn a_renewed_client_certificate_reaches_upstreams_without_a_restart() {
    let deployment = Deployment::new("deployment CA");
    let (dir, ca, ca_path) = (&deployment.dir, &deployment.ca, &deployment.ca_path);
    // The service process admits only clients whose certificate names
    // `gateway` (or `security`: itself, as the test's readiness probe).
    let backend_db = TestDatabase::sqlite();
    let (backend, _) = deployment
        .serve(
            &backend_db,
            &ca.issue(&["localhost", "security"], false),
            &[("SECUREFLOW_TLS__CLIENT_NAMES", "gateway,security")],
        )
        .await;
    // The gateway's certificate (`localhost` for the test's calls to it)
    // does not carry that name yet.
    let (gateway_cert, gateway_key) =
        write(dir.path(), "gateway", &ca.issue(&["localhost"], false));
    let upstream = format!("https://localhost:{}", backend.address.port());
    let gateway_db = TestDatabase::sqlite();
    let gateway = common::start(
        &gateway_db,
        ADMIN_TOKEN,
        &["gateway"],
        &gateway(&gateway_cert, &gateway_key, ca_path, &upstream),
    )
    .await;
    let call = || async {
        SecurityServiceClient::new(gateway.channel().await)
            .list_scans(with_token(ListScansRequest::default(), ADMIN_TOKEN))
            .await
    };
    let refused = call()
        .await
        .expect_err("a client name the upstream does not admit");
    assert_eq!(refused.code(), tonic::Code::Unavailable, "{refused:?}");

    // The renewal (a new pair written over the files, as cert-manager does)
    // is what the gateway presents from then on: no restart.
    write(
        dir.path(),
        "gateway",
        &ca.issue(&["localhost", "gateway"], false),
    );
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        match call().await {
            Ok(_) => break,
            Err(status) => assert!(
                Instant::now() < deadline,
                "the renewed certificate was not presented within 15 s: {status:?}"
            ),
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    gateway.stop().await.expect("stop");
    backend.stop().await.expect("stop");
}
