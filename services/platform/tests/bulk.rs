//! Bulk rows come out of each backend as the values written: every column of
//! its type, in order, whatever the texts hold.

use secureflow_platform::bulk::{Bulk, BulkRows, Column};
use secureflow_platform::db::Placeholders;
use secureflow_platform::testkit::TestDatabase;

const COLUMNS: [(&str, Column); 5] = [
    ("label", Column::Text),
    ("number", Column::Integer),
    ("ratio", Column::Float),
    ("raw", Column::Bytes),
    ("note", Column::Text),
];

type Row = (String, i64, Option<f64>, Vec<u8>, String);

fn rows() -> Vec<Row> {
    vec![
        (
            "quote \" backslash \\ newline \n tab \t bell \u{7} é ∑ 🦀".to_owned(),
            -5,
            Some(9.8),
            vec![0, 255, 16],
            "long ".repeat(20_000),
        ),
        (String::new(), 0, None, Vec::new(), String::new()),
        (
            // The characters the delimited form's separators start with.
            "record \u{1e} unit \u{1f}".to_owned(),
            i64::MAX,
            Some(1e-7),
            vec![1],
            "\u{1e}\u{1f}\u{1e}".to_owned(),
        ),
        (
            "last".to_owned(),
            i64::MIN,
            Some(-0.5),
            vec![2],
            "{}".to_owned(),
        ),
    ]
}

async fn reads_back_what_was_written(database: TestDatabase) {
    let db = database.connect().await;
    let backend = db.backend();
    let mut marks = Placeholders::new(backend);
    let sql = format!(
        "SELECT label, number, ratio, raw, note FROM ({}) AS v",
        Bulk::new(backend).rows(&mut marks, &COLUMNS)
    );
    let mut written = BulkRows::new(backend);
    for (label, number, ratio, raw, note) in rows() {
        written
            .row()
            .text(&label)
            .integer(number)
            .float(ratio)
            .bytes(&raw)
            .text(&note);
    }
    let read: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
        .bind(written.finish())
        .fetch_all(db.pool())
        .await
        .expect("the rows are read");
    assert_eq!(read, rows(), "{backend:?}");
    let none: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(BulkRows::new(backend).finish())
        .fetch_all(db.pool())
        .await
        .expect("no rows are read");
    assert!(none.is_empty(), "{backend:?}: {none:?}");
    db.close().await;
    database.cleanup().await;
}

/// Nullable integers come back as written, nulls as nulls, between other
/// columns (so a null does not shift the values after it).
async fn nullable_integers_read_back(database: TestDatabase) {
    let db = database.connect().await;
    let backend = db.backend();
    let mut marks = Placeholders::new(backend);
    let sql = format!(
        "SELECT label, at, number FROM ({}) AS v",
        Bulk::new(backend).rows(
            &mut marks,
            &[
                ("label", Column::Text),
                ("at", Column::NullableInteger),
                ("number", Column::Integer),
            ],
        )
    );
    let rows: Vec<(String, Option<i64>, i64)> = vec![
        ("a".into(), Some(-7), 1),
        ("b".into(), None, 2),
        ("c".into(), Some(i64::MAX), 3),
    ];
    let mut written = BulkRows::new(backend);
    for (label, at, number) in &rows {
        written
            .row()
            .text(label)
            .nullable_integer(*at)
            .integer(*number);
    }
    let read: Vec<(String, Option<i64>, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(written.finish())
        .fetch_all(db.pool())
        .await
        .expect("the rows are read");
    assert_eq!(read, rows, "{backend:?}");
    db.close().await;
    database.cleanup().await;
}

#[tokio::test]
async fn sqlite_reads_nullable_integers_as_written() {
    nullable_integers_read_back(TestDatabase::sqlite()).await;
}

#[tokio::test]
async fn postgres_reads_nullable_integers_as_written() {
    if let Some(database) = TestDatabase::postgres().await {
        nullable_integers_read_back(database).await;
    }
}

#[tokio::test]
async fn sqlite_reads_bulk_rows_as_written() {
    reads_back_what_was_written(TestDatabase::sqlite()).await;
}

#[tokio::test]
async fn postgres_reads_bulk_rows_as_written() {
    if let Some(database) = TestDatabase::postgres().await {
        reads_back_what_was_written(database).await;
    }
}
