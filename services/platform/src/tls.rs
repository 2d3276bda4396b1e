//! TLS 1.3 on the listener, and to the processes of a split deployment.
//!
//! With `tls.cert_file` and `tls.key_file` the listener speaks only TLS 1.3
//! (HTTP/2 and HTTP/1.1 by ALPN: gRPC, grpc-web, REST and the web UI alike).
//! The files are watched: a renewed certificate is served to the next
//! connection, no restart; a renewal that cannot be read is logged and the
//! current certificate kept. With `tls.ca_file` the process also asks its
//! clients for a certificate that CA signed (mutual TLS, unless
//! `tls.client_certificates = "none"`), optionally naming one of
//! `tls.client_names`, and reaches `https://` upstreams only when their
//! certificate chains to that CA and names the upstream URL's host — the
//! service identity the process expects there — presenting its own
//! certificate in turn.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::server::{ClientHello, ParsedCertificate, ResolvesServerCert, WebPkiClientVerifier};
use rustls::sign::CertifiedKey;
use rustls::{DigitallySignedStruct, DistinguishedName, SignatureScheme};
use serde::{Deserialize, Serialize};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::server::TlsStream;

use crate::error::{Error, Result};

/// How often the certificate files are checked for a renewal.
pub const RELOAD_CHECK: Duration = Duration::from_secs(1);
/// Time a client gets to finish its handshake.
const HANDSHAKE_LIMIT: Duration = Duration::from_secs(10);

/// The `[tls]` section: TLS on the listener and to upstreams.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TlsConfig {
    /// PEM certificate chain of this process (leaf first); with `key_file`
    /// the listener serves TLS 1.3 only. Empty: plaintext.
    pub cert_file: String,
    /// PEM private key of `cert_file` (PKCS#8, PKCS#1 or SEC1).
    pub key_file: String,
    /// PEM certificate of the deployment's CA: clients must present a
    /// certificate it signed (see `client_certificates`), and `https://`
    /// upstreams must present one it signed naming the URL's host.
    pub ca_file: String,
    /// With `ca_file`: `required` (default; mutual TLS) or `none` (a process
    /// browsers reach directly, the gateway).
    pub client_certificates: ClientCertificates,
    /// With `ca_file`: accept only client certificates naming one of these
    /// (DNS names); empty accepts any the CA signed.
    pub client_names: Vec<String>,
}

/// Whether the listener asks clients for a certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClientCertificates {
    /// Every client presents a certificate the CA signed.
    #[default]
    Required,
    /// Clients are not asked.
    None,
}

impl TlsConfig {
    /// Whether the listener serves TLS.
    pub fn serves(&self) -> bool {
        !self.cert_file.is_empty()
    }

    /// Checks the section; the error names the key.
    pub fn check(&self) -> std::result::Result<(), (&'static str, String)> {
        if self.cert_file.is_empty() != self.key_file.is_empty() {
            let missing = if self.cert_file.is_empty() {
                "tls.cert_file"
            } else {
                "tls.key_file"
            };
            return Err((
                missing,
                "tls.cert_file and tls.key_file are set together".to_owned(),
            ));
        }
        if !self.client_names.is_empty() && self.ca_file.is_empty() {
            return Err(("tls.client_names", "needs tls.ca_file".to_owned()));
        }
        if let Some(name) = self
            .client_names
            .iter()
            .find(|name| ServerName::try_from(name.as_str()).is_err())
        {
            return Err((
                "tls.client_names",
                format!("`{name}` is not a DNS name or IP address"),
            ));
        }
        Ok(())
    }
}

/// `key` (the setting's full name) names a file that cannot be used.
fn unreadable(key: &str, path: &Path, error: impl std::fmt::Display) -> Error {
    Error::invalid_field(key, format!("cannot read {}: {error}", path.display()))
}

fn certificates(key: &str, path: &Path) -> Result<Vec<CertificateDer<'static>>> {
    let certificates = CertificateDer::pem_file_iter(path)
        .and_then(Iterator::collect::<std::result::Result<Vec<_>, _>>)
        .map_err(|error| unreadable(key, path, error))?;
    if certificates.is_empty() {
        return Err(unreadable(key, path, "no PEM certificate in it"));
    }
    Ok(certificates)
}

/// Reads the certificate chain and key of the `[tls]` section and pairs them
/// (the key must match).
fn certified_key(cert_file: &Path, key_file: &Path) -> Result<Arc<CertifiedKey>> {
    let chain = certificates("tls.cert_file", cert_file)?;
    let key = PrivateKeyDer::from_pem_file(key_file)
        .map_err(|error| unreadable("tls.key_file", key_file, error))?;
    let provider = rustls::crypto::ring::default_provider();
    let certified = CertifiedKey::from_der(chain, key, &provider).map_err(|error| {
        Error::invalid_field(
            "tls.key_file",
            format!("does not go with tls.cert_file: {error}"),
        )
    })?;
    Ok(Arc::new(certified))
}

/// Checks the client files of a section whose client is not rustls (say
/// `events.kafka`, read by librdkafka): the CA file holds PEM certificates
/// (a directory of them is the client's to read), and the certificate and
/// key, when given, are PEM and do not belong to different pairs (a key type
/// rustls cannot load is the client's to judge). An error names the setting
/// and the file.
pub fn check_client_files(
    section: &str,
    ca_file: &str,
    cert_file: &str,
    key_file: &str,
) -> Result<()> {
    let (ca_file, cert_file, key_file) = (ca_file.trim(), cert_file.trim(), key_file.trim());
    if !ca_file.is_empty() && !Path::new(ca_file).is_dir() {
        certificates(&format!("{section}.ca_file"), Path::new(ca_file))?;
    }
    if cert_file.is_empty() && key_file.is_empty() {
        return Ok(());
    }
    let chain = certificates(&format!("{section}.cert_file"), Path::new(cert_file))?;
    let key = PrivateKeyDer::from_pem_file(key_file)
        .map_err(|error| unreadable(&format!("{section}.key_file"), Path::new(key_file), error))?;
    let provider = rustls::crypto::ring::default_provider();
    if let Err(rustls::Error::InconsistentKeys(rustls::InconsistentKeys::KeyMismatch)) =
        CertifiedKey::from_der(chain, key, &provider)
    {
        return Err(Error::invalid_field(
            format!("{section}.key_file"),
            format!("does not go with {section}.cert_file: it is another certificate's key"),
        ));
    }
    Ok(())
}

/// When and how large a file was last seen: a change means a renewal.
fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// Files watched for a renewal: whether any changed since the last state
/// accepted. A renewal may be written in steps (a certificate, then its key),
/// so the caller accepts the files' state only once they can be used together,
/// and asks again at the next check until then.
#[derive(Debug, Clone)]
pub struct WatchedFiles {
    files: Vec<PathBuf>,
    seen: Vec<Option<(SystemTime, u64)>>,
}

impl WatchedFiles {
    /// Watches the non-empty paths of `files`, as they are now.
    pub fn new<'a>(files: impl IntoIterator<Item = &'a str>) -> Self {
        let files: Vec<PathBuf> = files
            .into_iter()
            .map(str::trim)
            .filter(|file| !file.is_empty())
            .map(PathBuf::from)
            .collect();
        let seen = Self::stamps(&files);
        Self { files, seen }
    }

    fn stamps(files: &[PathBuf]) -> Vec<Option<(SystemTime, u64)>> {
        files.iter().map(|file| stamp(file)).collect()
    }

    /// Whether no file is watched.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The files' state now, when it differs from the one last accepted.
    pub fn changed(&self) -> Option<Vec<Option<(SystemTime, u64)>>> {
        let now = Self::stamps(&self.files);
        (now != self.seen).then_some(now)
    }

    /// Takes `state` (from [`WatchedFiles::changed`]) as the files' state.
    pub fn accept(&mut self, state: Vec<Option<(SystemTime, u64)>>) {
        self.seen = state;
    }
}

/// Serves the current certificate; [`ReloadingCertificate::watch`] replaces
/// it when its files change.
#[derive(Debug)]
pub struct ReloadingCertificate {
    cert_file: PathBuf,
    key_file: PathBuf,
    current: RwLock<Arc<CertifiedKey>>,
}

impl ReloadingCertificate {
    /// Reads the files now (an error names the key and the file).
    pub fn load(cert_file: &Path, key_file: &Path) -> Result<Arc<Self>> {
        Ok(Arc::new(Self {
            cert_file: cert_file.to_owned(),
            key_file: key_file.to_owned(),
            current: RwLock::new(certified_key(cert_file, key_file)?),
        }))
    }

    /// Reads the files again; the served certificate changes only when both read.
    pub fn reload(&self) -> Result<()> {
        let fresh = certified_key(&self.cert_file, &self.key_file)?;
        *self
            .current
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = fresh;
        Ok(())
    }

    /// Checks the files every [`RELOAD_CHECK`] and reloads them when either
    /// changed, until `stopped` turns true.
    pub async fn watch(self: Arc<Self>, mut stopped: tokio::sync::watch::Receiver<bool>) {
        let mut files = WatchedFiles::new(
            [&self.cert_file, &self.key_file]
                .into_iter()
                .filter_map(|file| file.to_str()),
        );
        loop {
            tokio::select! {
                () = tokio::time::sleep(RELOAD_CHECK) => {}
                _ = stopped.changed() => return,
            }
            let Some(now) = files.changed() else {
                continue;
            };
            // A renewal may be written in two steps (certificate, then key):
            // a pair that does not match yet is tried again at the next check.
            match self.reload() {
                Ok(()) => {
                    tracing::info!(cert_file = %self.cert_file.display(), "TLS certificate reloaded");
                    files.accept(now);
                }
                Err(error) => {
                    tracing::warn!(%error, "the renewed TLS certificate cannot be used yet; serving the current one");
                }
            }
        }
    }
}

impl ResolvesServerCert for ReloadingCertificate {
    fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        Some(
            self.current
                .read()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .clone(),
        )
    }
}

/// Accepts only client certificates that the CA signed *and* that name one
/// of the configured identities.
#[derive(Debug)]
struct NamedClients {
    inner: Arc<dyn ClientCertVerifier>,
    names: Vec<ServerName<'static>>,
}

impl ClientCertVerifier for NamedClients {
    fn offer_client_auth(&self) -> bool {
        self.inner.offer_client_auth()
    }

    fn client_auth_mandatory(&self) -> bool {
        self.inner.client_auth_mandatory()
    }

    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        self.inner.root_hint_subjects()
    }

    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> std::result::Result<ClientCertVerified, rustls::Error> {
        let verified = self
            .inner
            .verify_client_cert(end_entity, intermediates, now)?;
        let parsed = ParsedCertificate::try_from(end_entity)?;
        if self
            .names
            .iter()
            .any(|name| rustls::client::verify_server_name(&parsed, name).is_ok())
        {
            Ok(verified)
        } else {
            Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::NotValidForName,
            ))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// The listener's TLS: the server configuration and the certificate it
/// serves (to be watched for renewals).
pub struct ServerTls {
    /// For the acceptor.
    pub config: Arc<rustls::ServerConfig>,
    /// The served certificate.
    pub certificate: Arc<ReloadingCertificate>,
}

/// Makes `ring` the process's default rustls crypto provider unless one is
/// installed already. Clients that take the default instead of being given a
/// provider (reqwest's, under `object_store`'s S3 client) panic without one.
pub fn install_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Losing a race to another installer leaves that one: as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

/// The listener's TLS from the section, or `None` when it serves plaintext.
pub fn server(tls: &TlsConfig) -> Result<Option<ServerTls>> {
    if !tls.serves() {
        return Ok(None);
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let certificate =
        ReloadingCertificate::load(Path::new(&tls.cert_file), Path::new(&tls.key_file))?;
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(Error::internal)?;
    let builder = if tls.ca_file.is_empty() || tls.client_certificates == ClientCertificates::None {
        builder.with_no_client_auth()
    } else {
        let mut roots = rustls::RootCertStore::empty();
        for ca in certificates("tls.ca_file", Path::new(&tls.ca_file))? {
            roots
                .add(ca)
                .map_err(|error| Error::invalid_field("tls.ca_file", error.to_string()))?;
        }
        let verifier = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
            .build()
            .map_err(|error| Error::invalid_field("tls.ca_file", error.to_string()))?;
        let verifier: Arc<dyn ClientCertVerifier> = if tls.client_names.is_empty() {
            verifier
        } else {
            let names = tls
                .client_names
                .iter()
                .filter_map(|name| ServerName::try_from(name.clone()).ok())
                .collect();
            Arc::new(NamedClients {
                inner: verifier,
                names,
            })
        };
        builder.with_client_cert_verifier(verifier)
    };
    let mut config = builder.with_cert_resolver(certificate.clone());
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Some(ServerTls {
        config: Arc::new(config),
        certificate,
    }))
}

/// Connections of `listener` after their TLS handshake, each handshake on a
/// task of its own (a slow client delays no other); failed handshakes are
/// logged and dropped. Ends when the listener fails.
pub fn accept(
    listener: TcpListener,
    config: Arc<rustls::ServerConfig>,
) -> tokio_stream::wrappers::ReceiverStream<io::Result<TlsStream<TcpStream>>> {
    let (sender, receiver) = tokio::sync::mpsc::channel(64);
    let acceptor = tokio_rustls::TlsAcceptor::from(config);
    tokio::spawn(async move {
        loop {
            let (stream, peer) = match listener.accept().await {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of descriptors and the like: try again shortly.
                    tracing::warn!(%error, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            };
            if sender.is_closed() {
                return;
            }
            // As the plaintext listener does: responses written in two parts
            // must not wait for the client's delayed ACK.
            let _ = stream.set_nodelay(true);
            let acceptor = acceptor.clone();
            let sender = sender.clone();
            tokio::spawn(async move {
                match tokio::time::timeout(HANDSHAKE_LIMIT, acceptor.accept(stream)).await {
                    Ok(Ok(stream)) => {
                        let _ = sender.send(Ok(stream)).await;
                    }
                    Ok(Err(error)) => {
                        tracing::debug!(%peer, %error, "TLS handshake refused");
                    }
                    Err(_) => tracing::debug!(%peer, "TLS handshake not finished in time"),
                }
            });
        }
    });
    tokio_stream::wrappers::ReceiverStream::new(receiver)
}

/// How this process reaches an `https://` upstream: the CA its certificate
/// must chain to, the name it must carry (the URL's host), and this
/// process's certificate to present. `None` for `http://` upstreams.
pub fn upstream(
    tls: &TlsConfig,
    key: &str,
    url: &http::Uri,
) -> Result<Option<tonic::transport::ClientTlsConfig>> {
    if url.scheme_str() != Some("https") {
        return Ok(None);
    }
    if tls.ca_file.is_empty() {
        return Err(Error::invalid_field(
            key,
            "an https:// upstream needs tls.ca_file, the CA its certificate must chain to",
        ));
    }
    let read = |key: &str, path: &str| {
        std::fs::read(path)
            .map_err(|error| unreadable(&format!("tls.{key}"), Path::new(path), error))
    };
    let host = url.host().unwrap_or_default().trim_matches(['[', ']']);
    let mut config = tonic::transport::ClientTlsConfig::new()
        .ca_certificate(tonic::transport::Certificate::from_pem(read(
            "ca_file",
            &tls.ca_file,
        )?))
        .domain_name(host);
    if tls.serves() {
        // The pair must go together (what tonic would find out at the first
        // connection, and a renewal written half-way would not).
        certified_key(Path::new(&tls.cert_file), Path::new(&tls.key_file))?;
        config = config.identity(tonic::transport::Identity::from_pem(
            read("cert_file", &tls.cert_file)?,
            read("key_file", &tls.key_file)?,
        ));
    }
    Ok(Some(config))
}

/// The endpoint of the upstream at `url` (`key` names its setting), with
/// [`upstream`]'s TLS when it is `https://`.
pub fn upstream_endpoint(
    tls: &TlsConfig,
    key: &str,
    url: &str,
) -> Result<tonic::transport::Endpoint> {
    let mut endpoint = tonic::transport::Endpoint::from_shared(url.to_owned())
        .map_err(|error| Error::invalid_field(key, error.to_string()))?;
    if let Some(client) = upstream(tls, key, endpoint.uri())? {
        endpoint = endpoint
            .tls_config(client)
            .map_err(|error| Error::invalid_field(key, error.to_string()))?;
    }
    Ok(endpoint)
}

/// A channel to an upstream process (split mode), connected lazily. Over TLS
/// it is built again when this process's certificate, key or CA file changes
/// (checked every [`RELOAD_CHECK`], as the listener's are), so a renewed
/// client certificate is presented to upstreams from the next connection on,
/// without a restart; a renewal that cannot be used yet (a certificate
/// without its new key) is logged and the current channel kept.
#[derive(Clone, Debug)]
pub struct UpstreamChannel {
    current: Arc<RwLock<tonic::transport::Channel>>,
}

impl UpstreamChannel {
    /// The channel to `url` (`key` names its setting in errors); over TLS,
    /// watched from the current runtime until the last clone is dropped.
    pub fn new(tls: &TlsConfig, key: &str, url: &str) -> Result<Self> {
        let endpoint = upstream_endpoint(tls, key, url)?;
        let https = endpoint.uri().scheme_str() == Some("https");
        let current = Arc::new(RwLock::new(endpoint.connect_lazy()));
        if https && let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(renew_upstream(
                Arc::downgrade(&current),
                tls.clone(),
                key.to_owned(),
                url.to_owned(),
            ));
        }
        Ok(Self { current })
    }

    /// The channel to send the next call on.
    pub fn channel(&self) -> tonic::transport::Channel {
        self.current
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }
}

/// Rebuilds an upstream's channel when the TLS files change, until the
/// channel is dropped.
async fn renew_upstream(
    channel: std::sync::Weak<RwLock<tonic::transport::Channel>>,
    tls: TlsConfig,
    key: String,
    url: String,
) {
    let mut files = WatchedFiles::new([
        tls.cert_file.as_str(),
        tls.key_file.as_str(),
        tls.ca_file.as_str(),
    ]);
    loop {
        tokio::time::sleep(RELOAD_CHECK).await;
        let Some(current) = channel.upgrade() else {
            return;
        };
        let Some(now) = files.changed() else {
            continue;
        };
        match upstream_endpoint(&tls, &key, &url) {
            Ok(endpoint) => {
                *current
                    .write()
                    .unwrap_or_else(|poisoned| poisoned.into_inner()) = endpoint.connect_lazy();
                files.accept(now);
                tracing::info!(upstream = %url, "TLS files changed: new connections to the upstream use them");
            }
            Err(error) => {
                tracing::warn!(upstream = %url, %error, "the renewed TLS files cannot be used yet; keeping the current ones");
            }
        }
    }
}
