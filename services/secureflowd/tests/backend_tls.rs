//! TLS from the services to their backends: PostgreSQL and Redis that accept
//! TLS connections only, with certificates of a CA made here (`rcgen`).
//!
//! - PostgreSQL: a private server (the machine's PostgreSQL binaries, run as
//!   the `postgres` user on a free port) whose `pg_hba.conf` admits TLS
//!   connections only; `secureflowd` runs on it with
//!   `sslmode=verify-full&sslrootcert=…` in `database.url`; a plaintext
//!   connection is refused, and so is one that trusts another CA.
//! - Redis: `redis-server` with only a TLS port; `rediss://` in
//!   `gateway.rate_limit_redis_url`, the CA trusted through `SSL_CERT_FILE`
//!   (the standard variable the Redis client reads its roots from): the
//!   process starts (it connects at start) and is ready (its readiness check
//!   PINGs Redis over TLS); the same server named with `redis://` cannot be
//!   reached, and the process does not start.
//! - MongoDB (the audit log's collection): SecantusDB serving TLS only
//!   ([`MongoServer::start_tls`]); `tls=true&tlsCAFile=…` in `documents.url`:
//!   the records are stored and read there and the process is ready; trusting
//!   another CA, or without TLS, it does not reach MongoDB and is not ready.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use secureflow_platform::db::Database;
use secureflow_platform::testkit::certificates::{Authority, write};
use secureflow_platform::testkit::{MongoServer, free_port, in_ci, wait_while};
use tonic_health::pb::health_check_response::ServingStatus;

const ADMIN_TOKEN: &str = "sft_backend_tls_admin_token_01234";

/// A child process killed when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The machine's PostgreSQL server binaries, or `None` (a failure under CI).
fn postgres_bin() -> Option<PathBuf> {
    let found = Command::new("pg_config")
        .arg("--bindir")
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map(|output| PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()))
        .filter(|bin| bin.join("initdb").exists() && bin.join("postgres").exists());
    if found.is_none() {
        let message = "PostgreSQL's server binaries (initdb, postgres) are not installed";
        assert!(!in_ci(), "{message} (CI requires them)");
        eprintln!("skipping: {message}");
    }
    found
}

fn chown_to_postgres(path: &Path) {
    let status = Command::new("chown")
        .args(["-R", "postgres:postgres"])
        .arg(path)
        .status()
        .expect("chown");
    assert!(status.success(), "chown {}", path.display());
}

/// A private PostgreSQL in `dir` on a free port, admitting TLS connections
/// only, with `certificate` (for `localhost`); its port.
async fn postgres_over_tls(
    bin: &Path,
    dir: &Path,
    certificate: &(String, String),
) -> (Running, u16) {
    let data = dir.join("data");
    let sockets = dir.join("sockets");
    std::fs::create_dir_all(&sockets).expect("socket dir");
    chown_to_postgres(dir);
    let initdb = Command::new("runuser")
        .args(["-u", "postgres", "--"])
        .arg(bin.join("initdb"))
        .args(["--auth=trust", "--username=postgres", "--no-sync", "-D"])
        .arg(&data)
        .stdout(Stdio::null())
        .status()
        .expect("initdb");
    assert!(initdb.success(), "initdb failed");
    let (cert, key) = write(&data, "server", certificate);
    std::fs::write(
        data.join("pg_hba.conf"),
        "local all all trust\n\
         hostssl all all 127.0.0.1/32 trust\n\
         hostnossl all all 127.0.0.1/32 reject\n",
    )
    .expect("pg_hba.conf");
    chown_to_postgres(&data);
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .expect("key mode");
    let port = free_port();
    let log = std::fs::File::create(dir.join("postgres.log")).expect("log");
    let child = Command::new("runuser")
        .args(["-u", "postgres", "--"])
        .arg(bin.join("postgres"))
        .arg("-D")
        .arg(&data)
        .args([
            "-p",
            &port.to_string(),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
        ])
        .arg(format!("unix_socket_directories={}", sockets.display()))
        .args([
            "-c",
            "ssl=on",
            "-c",
            "ssl_min_protocol_version=TLSv1.3",
            "-c",
        ])
        .arg(format!("ssl_cert_file={}", cert.display()))
        .arg("-c")
        .arg(format!("ssl_key_file={}", key.display()))
        .args(["-c", "fsync=off"])
        .stdout(log.try_clone().expect("log"))
        .stderr(log)
        .spawn()
        .expect("postgres starts");
    let running = Running(child);
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "PostgreSQL did not listen: {}",
            std::fs::read_to_string(dir.join("postgres.log")).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    (running, port)
}

/// `redis-server` listening on TLS only, with `certificate`; its port.
async fn redis_over_tls(
    dir: &Path,
    certificate: &(String, String),
    ca: &Path,
) -> Option<(Running, u16)> {
    let Ok(_) = Command::new("redis-server").arg("--version").output() else {
        let message = "redis-server is not installed";
        assert!(!in_ci(), "{message} (CI requires it)");
        eprintln!("skipping: {message}");
        return None;
    };
    let (cert, key) = write(dir, "redis", certificate);
    let port = free_port();
    let child = Command::new("redis-server")
        .args([
            "--port",
            "0",
            "--tls-port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
        ])
        .arg("--tls-cert-file")
        .arg(&cert)
        .arg("--tls-key-file")
        .arg(&key)
        .arg("--tls-ca-cert-file")
        .arg(ca)
        .args([
            "--tls-auth-clients",
            "no",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(Stdio::null())
        .spawn()
        .expect("redis-server starts");
    let running = Running(child);
    wait_while(
        Duration::from_secs(10),
        Duration::from_millis(50),
        "redis-server did not listen",
        async || std::net::TcpStream::connect(("127.0.0.1", port)).is_err(),
    )
    .await;
    Some((running, port))
}

#[tokio::test]
async fn postgresql_and_redis_are_reached_over_tls() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let Some(bin) = postgres_bin() else {
        return;
    };
    let dir = tempfile::tempdir().expect("dir");
    let ca = Authority::new("backend CA");
    let ca_path = dir.path().join("ca.crt");
    std::fs::write(&ca_path, &ca.pem).expect("CA");
    // Readable by the postgres user too (its server runs as that user).
    std::fs::set_permissions(
        dir.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .expect("dir mode");
    let pg_dir = dir.path().join("pg");
    std::fs::create_dir_all(&pg_dir).expect("pg dir");
    let (_postgres, pg_port) =
        postgres_over_tls(&bin, &pg_dir, &ca.issue(&["localhost"], false)).await;
    let url = |mode: &str, root: &Path| {
        format!(
            "postgres://postgres@localhost:{pg_port}/postgres?sslmode={mode}&sslrootcert={}",
            root.display()
        )
    };

    // Plaintext is refused by the server; a server certificate of another CA by us.
    let plaintext = Database::connect(&url("disable", &ca_path), 1, Duration::from_secs(5)).await;
    assert!(plaintext.is_err(), "a plaintext connection was admitted");
    let other_ca = dir.path().join("other-ca.crt");
    std::fs::write(&other_ca, Authority::new("someone else's CA").pem).expect("other CA");
    let untrusted =
        Database::connect(&url("verify-full", &other_ca), 1, Duration::from_secs(5)).await;
    assert!(
        untrusted.is_err(),
        "a server certificate of another CA was trusted"
    );

    // secureflowd on it over TLS, with the rate limit's Redis over TLS (its
    // CA trusted through SSL_CERT_FILE, the standard variable).
    let Some((_redis, redis_port)) =
        redis_over_tls(dir.path(), &ca.issue(&["localhost"], false), &ca_path).await
    else {
        return;
    };
    let database_url = url("verify-full", &ca_path);
    let cert_file = ca_path.display().to_string();
    let start = |redis: String| {
        let env = [
            ("SECUREFLOW_DATABASE__URL", database_url.clone()),
            ("SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN", ADMIN_TOKEN.to_owned()),
            ("SECUREFLOW_GATEWAY__RATE_LIMIT_REDIS_URL", redis),
            ("SSL_CERT_FILE", cert_file.clone()),
        ];
        let work = dir.path().to_path_buf();
        async move {
            let env: Vec<(&str, &str)> = env
                .iter()
                .map(|(key, value)| (*key, value.as_str()))
                .collect();
            let (child, address) = common::spawn_binary(&work, &env).await;
            (child, common::connect(address).await)
        }
    };
    let (mut child, channel) = start(format!("rediss://localhost:{redis_port}")).await;
    common::identity::create_user(
        channel.clone(),
        ADMIN_TOKEN,
        "tls@example.test",
        &["viewer"],
    )
    .await;
    common::wait_for_health(&channel, ServingStatus::Serving).await;
    child.kill().await.expect("stopped");

    // The same Redis named without TLS: the server speaks only TLS, so the
    // process cannot reach it and does not start.
    let refused = tokio::process::Command::new(env!("CARGO_BIN_EXE_secureflowd"))
        .args(["--listen", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env_remove("SECUREFLOW_CONFIG")
        .env("SECUREFLOW_DATABASE__URL", &database_url)
        .env(
            "SECUREFLOW_GATEWAY__RATE_LIMIT_REDIS_URL",
            format!("redis://localhost:{redis_port}"),
        )
        .output();
    let refused = tokio::time::timeout(Duration::from_secs(60), refused)
        .await
        .expect("it gives up within a minute")
        .expect("ran");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success(), "{said}");
    assert!(said.contains("Redis is not reachable"), "{said}");
}

#[tokio::test]
async fn the_audit_logs_mongodb_is_reached_over_tls() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().expect("dir");
    let ca = Authority::new("document store CA");
    let ca_path = dir.path().join("ca.crt");
    std::fs::write(&ca_path, &ca.pem).expect("CA");
    let other_ca = dir.path().join("other-ca.crt");
    std::fs::write(&other_ca, Authority::new("someone else's CA").pem).expect("other CA");
    let (cert, key) = write(dir.path(), "mongodb", &ca.issue(&["localhost"], false));
    let Some(mongodb) = MongoServer::start_tls(&cert, &key).await else {
        return;
    };
    // Each start in a directory of its own (its SQLite database, its audit
    // journal), the audit log in MongoDB.
    let start = |name: &str, url: String| {
        let work = dir.path().join(name);
        std::fs::create_dir_all(&work).expect("work dir");
        async move {
            let env = [
                ("SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN", ADMIN_TOKEN),
                ("SECUREFLOW_DOCUMENTS__URL", url.as_str()),
                ("SECUREFLOW_DOCUMENTS__COLLECTIONS", "audit"),
            ];
            let (child, address) = common::spawn_binary(&work, &env).await;
            (child, common::connect(address).await)
        }
    };
    let quick = "&serverSelectionTimeoutMS=500";

    // Trusting another CA, or without TLS: MongoDB is out of reach, and the
    // process is not ready from the start.
    for (name, url) in [
        (
            "other-ca",
            format!("{}&tlsCAFile={}{quick}", mongodb.url, other_ca.display()),
        ),
        (
            "plaintext",
            format!("{}{quick}", mongodb.url.replace("&tls=true", "")),
        ),
    ] {
        let (mut child, channel) = start(name, url).await;
        assert_eq!(
            common::health(&channel).await,
            ServingStatus::NotServing,
            "{name}"
        );
        child.kill().await.expect("stopped");
    }

    // Trusting its CA: ready, and the records are stored and read there.
    let url = format!("{}&tlsCAFile={}", mongodb.url, ca_path.display());
    let (mut child, channel) = start("trusted", url).await;
    common::wait_for_health(&channel, ServingStatus::Serving).await;
    common::identity::create_user(
        channel.clone(),
        ADMIN_TOKEN,
        "mongodb-tls@example.test",
        &["viewer"],
    )
    .await;
    // Audit records are written after the call answers: wait for it.
    wait_while(
        Duration::from_secs(30),
        Duration::from_millis(100),
        "the CreateUser record was not read back from MongoDB within 30 s",
        async || {
            let records = common::identity::audit_records(channel.clone(), ADMIN_TOKEN)
                .await
                .expect("the log answers from MongoDB");
            !records
                .iter()
                .any(|record| record.action.ends_with("/CreateUser"))
        },
    )
    .await;
    child.kill().await.expect("stopped");
}
