//! An inbox's unread count follows its items: counted from what is stored
//! when migrations 14 and 16 run on a database that already holds items,
//! then kept as items are added, read and removed (SQLite keeps a count per
//! user; PostgreSQL sums each user's changes, and the courier sums those into
//! one row). Every count is checked against the items themselves, before and
//! after the changes are summed.

use secureflow_notification::domain::deliveries::Status;
use secureflow_notification::migrations::NOTIFICATION_MIGRATIONS;
use secureflow_notification::store::deliveries::{self, DeliveryRow, Rendered};
use secureflow_platform::db::{Backend, Database, MigrationSet};
use secureflow_platform::testkit::TestDatabase;

const ORGANIZATION: &str = "org-unread";

/// An item for `user_id` on a channel of `channel_type`, read at `read_at_us`.
fn item(id: &str, user_id: &str, channel_type: &str, read_at_us: Option<i64>) -> DeliveryRow {
    DeliveryRow {
        id: id.to_owned(),
        organization_id: ORGANIZATION.to_owned(),
        notification_id: format!("notification-{id}"),
        channel_id: format!("{channel_type}-channel"),
        channel_type: channel_type.to_owned(),
        user_id: user_id.to_owned(),
        event_id: format!("event-{id}"),
        event_type: "scan.completed".to_owned(),
        rule_id: String::new(),
        escalation_level: 0,
        idempotency_key: format!("key-{id}"),
        status: Status::Delivered,
        attempts: 1,
        status_code: 0,
        error: String::new(),
        history: Vec::new(),
        next_attempt_at_us: None,
        last_attempt_at_us: None,
        delivered_at_us: Some(1_000),
        acknowledged_at_us: None,
        acknowledged_by: String::new(),
        created_at_us: 1_000,
        message: Rendered {
            subject: format!("Item {id}"),
            ..Rendered::default()
        },
        read_at_us,
        recipients: Vec::new(),
    }
}

async fn add(db: &Database, items: &[DeliveryRow]) {
    for item in items {
        assert!(deliveries::insert(db.writer(), item).await.expect("stored"));
    }
}

/// `user_id`'s unread count as the inbox reads it, after checking it against
/// the items themselves.
async fn unread(db: &Database, user_id: &str) -> i64 {
    let kept = deliveries::unread(db, ORGANIZATION, user_id)
        .await
        .expect("unread count");
    let counted: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM notification_deliveries
         WHERE organization_id = $1 AND user_id = $2 AND channel_type = 'in_app'
           AND read_at_us IS NULL",
    )
    .bind(ORGANIZATION)
    .bind(user_id)
    .fetch_one(db.pool())
    .await
    .expect("counted");
    assert_eq!(
        kept, counted,
        "{user_id}'s unread count against their items"
    );
    deliveries::sum_unread_changes(db).await.expect("summed");
    let summed = deliveries::unread(db, ORGANIZATION, user_id)
        .await
        .expect("unread count once summed");
    assert_eq!(
        summed, counted,
        "{user_id}'s unread count against their items once their changes are summed"
    );
    if db.backend() == Backend::Postgres {
        let rows: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM notification_unread_changes
             WHERE organization_id = $1 AND user_id = $2",
        )
        .bind(ORGANIZATION)
        .bind(user_id)
        .fetch_one(db.pool())
        .await
        .expect("rows");
        assert!(
            rows <= 1,
            "{user_id}'s changes are one row once summed, not {rows}"
        );
    }
    kept
}

async fn the_unread_count_follows_the_items_from_before_the_upgrade(database: TestDatabase) {
    let db = database.connect().await;
    // The schema before the count was kept, holding items already.
    let before = MigrationSet {
        service: NOTIFICATION_MIGRATIONS.service,
        steps: &NOTIFICATION_MIGRATIONS.steps[..13],
    };
    db.migrate(&before).await.expect("schema at migration 13");
    add(
        &db,
        &[
            item("a1", "ada", "in_app", None),
            item("a2", "ada", "in_app", None),
            item("a3", "ada", "in_app", None),
            item("a4", "ada", "in_app", Some(2_000)),
            item("a5", "ada", "email", None),
            item("b1", "bo", "in_app", None),
            item("b2", "bo", "in_app", None),
        ],
    )
    .await;
    db.migrate(&NOTIFICATION_MIGRATIONS)
        .await
        .expect("upgraded");
    assert_eq!(unread(&db, "ada").await, 3);
    assert_eq!(unread(&db, "bo").await, 2);
    assert_eq!(unread(&db, "cy").await, 0);

    // Added: unread in-app items count; read ones and e-mails do not.
    add(
        &db,
        &[
            item("a6", "ada", "in_app", None),
            item("a7", "ada", "in_app", Some(3_000)),
            item("a8", "ada", "email", None),
            item("c1", "cy", "in_app", None),
        ],
    )
    .await;
    assert_eq!(unread(&db, "ada").await, 4);
    assert_eq!(unread(&db, "cy").await, 1);

    // Read one, then the same again (nothing left to mark), then all.
    let one = deliveries::mark_read(db.writer(), ORGANIZATION, "ada", Some("a1"), 4_000)
        .await
        .expect("marked");
    assert_eq!(one, 1);
    assert_eq!(unread(&db, "ada").await, 3);
    let again = deliveries::mark_read(db.writer(), ORGANIZATION, "ada", Some("a1"), 5_000)
        .await
        .expect("marked again");
    assert_eq!(again, 0);
    assert_eq!(unread(&db, "ada").await, 3);
    let all = deliveries::mark_read(db.writer(), ORGANIZATION, "ada", None, 6_000)
        .await
        .expect("all marked");
    assert_eq!(all, 3);
    assert_eq!(unread(&db, "ada").await, 0);
    assert_eq!(
        unread(&db, "bo").await,
        2,
        "another user's items are theirs"
    );

    // Made unread again, and removed (no code path does either today; the
    // count must follow whatever changes the items).
    sqlx::query("UPDATE notification_deliveries SET read_at_us = NULL WHERE id IN ('a2', 'a4')")
        .execute(db.writer())
        .await
        .expect("unread again");
    assert_eq!(unread(&db, "ada").await, 2);
    sqlx::query("DELETE FROM notification_deliveries WHERE id IN ('a2', 'b1', 'b2', 'a5')")
        .execute(db.writer())
        .await
        .expect("removed");
    assert_eq!(unread(&db, "ada").await, 1);
    assert_eq!(unread(&db, "bo").await, 0);
    db.close().await;
    database.cleanup().await;
}

secureflow_platform::backend_tests!(the_unread_count_follows_the_items_from_before_the_upgrade);
