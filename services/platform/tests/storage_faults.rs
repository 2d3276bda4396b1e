//! Storage faults say what is wrong: start-up on storage the server cannot
//! write, at once; a transaction PostgreSQL aborted, as a change to retry.

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

/// Two transactions that each wait for a row the other wrote: PostgreSQL
/// breaks the deadlock by failing one, which the caller gets as ABORTED
/// (retry; nothing of it stored), never as an internal error.
#[tokio::test]
async fn a_deadlock_is_an_aborted_change_to_retry() {
    use secureflow_platform::testkit::TestDatabase;
    let Some(database) = TestDatabase::postgres().await else {
        return;
    };
    let db = database.connect().await;
    db.execute_trusted("CREATE TABLE places (id TEXT PRIMARY KEY)".into())
        .await
        .expect("table");
    let insert = |id: &'static str| sqlx::query("INSERT INTO places (id) VALUES ($1)").bind(id);
    let (mut first, mut second) = (db.begin().await.expect("tx"), db.begin().await.expect("tx"));
    insert("a").execute(&mut *first).await.expect("a");
    insert("b").execute(&mut *second).await.expect("b");
    // Each now waits for the other's uncommitted row.
    let (one, two) = tokio::join!(
        async {
            let result = insert("b").execute(&mut *first).await;
            (result, first)
        },
        async {
            let result = insert("a").execute(&mut *second).await;
            (result, second)
        }
    );
    let mut failed = Vec::new();
    for (result, transaction) in [one, two] {
        match result {
            Ok(_) => transaction.commit().await.expect("the survivor commits"),
            Err(error) => failed.push(secureflow_platform::Error::from(error)),
        }
    }
    assert_eq!(failed.len(), 1, "PostgreSQL fails exactly one of them");
    assert_eq!(failed[0].code(), ErrorCode::Aborted, "{}", failed[0]);
    assert!(failed[0].message().contains("retry"), "{}", failed[0]);
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM places")
        .fetch_one(db.pool())
        .await
        .expect("count");
    assert_eq!(stored, 2, "the survivor's two rows, none of the other's");
    db.close().await;
    database.cleanup().await;
}
