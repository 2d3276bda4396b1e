//! Many writers at once: every transaction commits (on SQLite they queue for
//! the one writing connection rather than polling SQLite's lock), those run
//! through `Database::write` run on its own thread and see their errors, and
//! single writes outside a transaction interleave with them.

use secureflow_platform::db::Database;
use secureflow_platform::testkit::TestDatabase;
use secureflow_platform::{Error, Result};

const WRITERS: i64 = 64;

async fn insert_in_transaction(db: Database, n: i64) -> Result<String> {
    let mut tx = db.begin().await?;
    // Read, then write: a deferred SQLite transaction would fail here when
    // another writer committed in between.
    let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM writers_test")
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO writers_test (n, seen_before) VALUES ($1, $2)")
        .bind(n)
        .bind(before)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(std::thread::current().name().unwrap_or_default().to_owned())
}

async fn every_writer_commits(database: TestDatabase) {
    let db = database.connect().await;
    sqlx::query("CREATE TABLE writers_test (n BIGINT PRIMARY KEY, seen_before BIGINT NOT NULL)")
        .execute(db.writer())
        .await
        .expect("the table is created");
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..WRITERS {
        let db = db.clone();
        tasks.spawn(async move {
            match n % 3 {
                // Through the writing thread.
                0 => {
                    let inner = db.clone();
                    let thread = db.write(insert_in_transaction(inner, n)).await?;
                    assert_eq!(thread, "db-writer", "write() runs its work on its thread");
                }
                // On the caller's task.
                1 => {
                    insert_in_transaction(db, n).await?;
                }
                // One statement, no transaction.
                _ => {
                    sqlx::query("INSERT INTO writers_test (n, seen_before) VALUES ($1, -1)")
                        .bind(n)
                        .execute(db.writer())
                        .await?;
                }
            }
            Ok::<_, Error>(())
        });
    }
    while let Some(joined) = tasks.join_next().await {
        joined
            .expect("no writer panics")
            .expect("every writer commits");
    }
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM writers_test")
        .fetch_one(db.pool())
        .await
        .expect("counted");
    assert_eq!(count, WRITERS, "{:?}", db.backend());

    // An error inside write() comes back as it was, and its transaction is
    // rolled back (the connection serves the next writer).
    let failing = db.clone();
    let error = db
        .write(async move {
            let mut tx = failing.begin().await?;
            sqlx::query("INSERT INTO writers_test (n, seen_before) VALUES (1000, 0)")
                .execute(&mut *tx)
                .await?;
            Err::<(), _>(Error::invalid_field("n", "refused on purpose"))
        })
        .await
        .expect_err("the work's error");
    assert!(error.to_string().contains("refused on purpose"), "{error}");
    insert_in_transaction(db.clone(), 1001)
        .await
        .expect("the next writer commits");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM writers_test")
        .fetch_one(db.pool())
        .await
        .expect("counted");
    assert_eq!(count, WRITERS + 1, "the failed work left nothing behind");
    db.close().await;
    database.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_writers_all_commit() {
    every_writer_commits(TestDatabase::sqlite()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_writers_all_commit() {
    if let Some(database) = TestDatabase::postgres().await {
        every_writer_commits(database).await;
    }
}
