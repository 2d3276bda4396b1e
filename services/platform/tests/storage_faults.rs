//! Start-up on storage the server cannot write says what is wrong, at once.

use std::time::{Duration, Instant};

use secureflow_platform::ErrorCode;
use secureflow_platform::db::Database;
use secureflow_platform::testkit::Tmpfs;

async fn open(path: &std::path::Path) -> secureflow_platform::Result<Database> {
    let url = format!("sqlite://{}?mode=rwc", path.display());
    Database::connect(&url, 2, Duration::from_secs(8)).await
}

#[tokio::test]
async fn an_empty_read_only_mount_is_refused_at_once_naming_the_directory() {
    let Some(mount) = Tmpfs::mount_or_skip(4) else {
        return;
    };
    mount.set_read_only(true).expect("read-only");
    let started = Instant::now();
    let error = open(&mount.path().join("secureflow.db"))
        .await
        .expect_err("nothing can be created there");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "no pool timeout"
    );
    assert_eq!(error.code(), ErrorCode::Unavailable);
    let message = error.message();
    assert!(
        message.contains("cannot create the database file"),
        "{message}"
    );
    assert!(
        message.contains(&mount.path().display().to_string()),
        "{message}"
    );
    assert!(message.contains("Read-only file system"), "{message}");
}

#[tokio::test]
async fn a_read_only_database_file_is_refused_saying_so() {
    let Some(mount) = Tmpfs::mount_or_skip(4) else {
        return;
    };
    let path = mount.path().join("secureflow.db");
    let db = open(&path).await.expect("a writable start");
    db.close().await;
    mount.set_read_only(true).expect("read-only");
    let started = Instant::now();
    let error = open(&path).await.expect_err("the file cannot be written");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "no pool timeout"
    );
    let message = error.message();
    assert!(message.contains("is not writable"), "{message}");
    assert!(message.contains("read-only"), "{message}");
}
