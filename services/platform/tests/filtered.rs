//! Statements built from the filters given read the same rows on each
//! backend: only the organisation's, only what each filter given keeps, `LIKE`
//! texts taken literally, time windows with their ends where documented, and
//! pages in order.

use secureflow_platform::db::Database;
use secureflow_platform::filtered::Filtered;
use secureflow_platform::pagination::Page;
use secureflow_platform::testkit::TestDatabase;
use sqlx::Row;

/// `(organization, kind, name, at_us, id)`.
const ROWS: [(&str, &str, &str, i64, &str); 7] = [
    ("org-a", "job", "build 50% off", 10, "a1"),
    ("org-a", "job", "build 50 of 100", 20, "a2"),
    ("org-a", "task", "lint a_b", 30, "a3"),
    ("org-a", "task", "lint axb", 40, "a4"),
    ("org-a", "job", "path c:\\ci", 50, "a5"),
    ("org-a", "task", "deploy", 60, "a6"),
    ("org-b", "job", "build 50% off", 10, "b1"),
];

async fn stored(database: &TestDatabase) -> Database {
    let db = database.connect().await;
    sqlx::query(
        "CREATE TABLE items (organization_id TEXT NOT NULL, kind TEXT NOT NULL,
             name TEXT NOT NULL, at_us BIGINT NOT NULL, id TEXT PRIMARY KEY)",
    )
    .execute(db.pool())
    .await
    .expect("table");
    for (organization_id, kind, name, at_us, id) in ROWS {
        sqlx::query("INSERT INTO items VALUES ($1, $2, $3, $4, $5)")
            .bind(organization_id)
            .bind(kind)
            .bind(name)
            .bind(at_us)
            .bind(id)
            .execute(db.pool())
            .await
            .expect("row");
    }
    db
}

/// What a listing of items may be asked for.
#[derive(Default)]
struct Ask<'a> {
    kind: &'a str,
    text: &'a str,
    since: Option<i64>,
    until: Option<i64>,
}

/// The ids of the first page of `size` (fetching one more) of org-a's items
/// that `ask` keeps, newest first.
async fn ids(db: &Database, ask: Ask<'_>, size: i32) -> Vec<String> {
    let page = Page::parse(size, "", 50, 500, "items").expect("page");
    Filtered::new("SELECT id FROM items")
        .bound("organization_id = ?", "org-a")
        .given("kind = ?", ask.kind)
        .containing(
            "name LIKE ? ESCAPE '\\' OR kind LIKE ? ESCAPE '\\'",
            ask.text,
        )
        .window("at_us", ask.since, ask.until)
        .page(
            db,
            "at_us DESC, id DESC",
            page,
            |row| Ok(row.try_get("id")?),
        )
        .await
        .expect("listed")
}

async fn filters_given_keep_what_they_say(database: TestDatabase) {
    let db = stored(&database).await;
    let all = ["a6", "a5", "a4", "a3", "a2", "a1"];
    assert_eq!(
        ids(&db, Ask::default(), 50).await,
        all,
        "no filter: all of org-a's"
    );
    assert_eq!(
        ids(&db, Ask::default(), 2).await,
        all[..3],
        "a page fetches one more than its size"
    );
    let jobs = Ask {
        kind: "job",
        ..Ask::default()
    };
    assert_eq!(ids(&db, jobs, 50).await, ["a5", "a2", "a1"]);

    // LIKE's own characters are taken as themselves, in either column the
    // one bound value is compared with.
    for (text, expected) in [
        ("50%", &["a1"][..]),
        ("a_b", &["a3"]),
        ("c:\\", &["a5"]),
        ("ask", &["a6", "a4", "a3"]),
        ("none of these", &[]),
    ] {
        let ask = Ask {
            text,
            ..Ask::default()
        };
        assert_eq!(ids(&db, ask, 50).await, expected, "text {text:?}");
    }

    // The window holds its start and not its end.
    let window = Ask {
        since: Some(20),
        until: Some(50),
        ..Ask::default()
    };
    assert_eq!(ids(&db, window, 50).await, ["a4", "a3", "a2"]);
    let since = Ask {
        since: Some(60),
        ..Ask::default()
    };
    assert_eq!(ids(&db, since, 50).await, ["a6"]);
    let until = Ask {
        until: Some(20),
        ..Ask::default()
    };
    assert_eq!(ids(&db, until, 50).await, ["a1"]);

    // Everything together.
    let together = Ask {
        kind: "task",
        text: "lint",
        since: Some(35),
        until: None,
    };
    assert_eq!(ids(&db, together, 50).await, ["a4"]);
}

secureflow_platform::columns! {
    /// An item as [`Filtered::page_as`] reads it.
    #[derive(Debug, PartialEq)]
    struct Item {
        id: String,
        name: String,
        at_us: i64,
    }
}

/// The items of org-a of `kind` (all when empty), a page of `size` at
/// `offset`, newest first (not the order they were written in), read with
/// [`Filtered::page_as`].
async fn items(db: &Database, kind: &str, size: i64, offset: i64) -> Vec<Item> {
    let page = Page {
        limit: size,
        offset,
    };
    Filtered::new("SELECT i.* FROM items i")
        .bound("i.organization_id = ?", "org-a")
        .given("i.kind = ?", kind)
        .page_as::<Item>(db, ("i.at_us DESC, i.id DESC", "at_us DESC, id DESC"), page)
        .await
        .expect("listed")
}

async fn pages_read_as_one_value_keep_their_order_and_texts(database: TestDatabase) {
    let db = stored(&database).await;
    let expected = |ids: &[&str]| -> Vec<Item> {
        ids.iter()
            .map(|id| {
                let (_, _, name, at_us, _) =
                    ROWS.iter().find(|row| row.4 == *id).expect("a row of ROWS");
                Item {
                    id: (*id).to_owned(),
                    name: (*name).to_owned(),
                    at_us: *at_us,
                }
            })
            .collect()
    };
    assert_eq!(
        items(&db, "", 2, 0).await,
        expected(&["a6", "a5", "a4"]),
        "a page fetches one more than its size, in order"
    );
    assert_eq!(
        items(&db, "", 2, 4).await,
        expected(&["a2", "a1"]),
        "the last page, from its offset"
    );
    // Texts with backslashes and `%` come back as they are.
    assert_eq!(
        items(&db, "job", 50, 0).await,
        expected(&["a5", "a2", "a1"])
    );
    assert_eq!(items(&db, "no such kind", 50, 0).await, []);
}

secureflow_platform::backend_tests!(
    filters_given_keep_what_they_say,
    pages_read_as_one_value_keep_their_order_and_texts,
);
