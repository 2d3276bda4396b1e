//! A MongoDB-protocol server for the document-store tests: SecantusDB (from
//! PyPI: a single-node MongoDB-wire server over WiredTiger, MongoDB's own
//! storage engine, that answers as a one-member replica set, so MongoDB
//! transactions run), installed by `scripts/dev-tools.sh` into the
//! checkout's `.venv-scanners/mongodb`; or the MongoDB named by
//! `SECUREFLOW_TEST_MONGODB_URL` (a real one, left running).

use std::time::Duration;

/// A MongoDB-protocol server for one test, stopped when dropped (see the
/// module).
#[derive(Debug)]
pub struct MongoServer {
    /// The `mongodb://` URL to connect with.
    pub url: String,
    process: Option<std::process::Child>,
}

/// SecantusDB's server as `scripts/dev-tools.sh` installs it.
fn secantusd() -> std::path::PathBuf {
    super::tools_dir().join("mongodb/bin/secantusd-py")
}

impl MongoServer {
    /// `SECUREFLOW_TEST_MONGODB_URL`'s MongoDB, else SecantusDB started on a
    /// free loopback port with its data in memory; `None` (a failure under
    /// CI) when neither is there.
    pub async fn start() -> Option<Self> {
        if let Ok(url) = std::env::var("SECUREFLOW_TEST_MONGODB_URL")
            && !url.trim().is_empty()
        {
            return Some(Self { url, process: None });
        }
        Self::launch(&[], "127.0.0.1", "").await
    }

    /// SecantusDB (never an external MongoDB) serving TLS only, with the
    /// certificate and key in these PEM files (one for `localhost`); `None`
    /// (a failure under CI) when it is not installed. Its URL names
    /// `localhost` and asks for TLS; a test adds `tlsCAFile`.
    pub async fn start_tls(
        cert_file: &std::path::Path,
        key_file: &std::path::Path,
    ) -> Option<Self> {
        let files = [
            "--tls-cert-file".as_ref(),
            cert_file.as_os_str(),
            "--tls-key-file".as_ref(),
            key_file.as_os_str(),
        ];
        Self::launch(&files, "localhost", "&tls=true").await
    }

    /// SecantusDB on a free loopback port, its data in memory, with `args`;
    /// its URL names it `host`, with `options` added.
    async fn launch(args: &[&std::ffi::OsStr], host: &str, options: &str) -> Option<Self> {
        let binary = secantusd();
        if !binary.is_file() {
            assert!(
                !super::in_ci(),
                "the test MongoDB server (SecantusDB) is not installed at {} \
                 (run scripts/dev-tools.sh, or set SECUREFLOW_TEST_MONGODB_URL)",
                binary.display()
            );
            eprintln!(
                "skipping the MongoDB case: SecantusDB is not installed (run \
                 scripts/dev-tools.sh) and SECUREFLOW_TEST_MONGODB_URL is not set"
            );
            return None;
        }
        let port = super::free_port();
        let process = std::process::Command::new(&binary)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--storage-path", ":memory:", "--log-level", "WARNING"])
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|error| panic!("starting {}: {error}", binary.display()));
        let server = Self {
            url: format!("mongodb://{host}:{port}/?directConnection=true{options}"),
            process: Some(process),
        };
        super::wait_while(
            Duration::from_secs(30),
            Duration::from_millis(50),
            &format!("SecantusDB did not listen on port {port} within 30 s"),
            async || {
                tokio::net::TcpStream::connect(("127.0.0.1", port))
                    .await
                    .is_err()
            },
        )
        .await;
        Some(server)
    }
}

impl Drop for MongoServer {
    fn drop(&mut self) {
        if let Some(mut process) = self.process.take() {
            let _ = process.kill();
            let _ = process.wait();
        }
    }
}
