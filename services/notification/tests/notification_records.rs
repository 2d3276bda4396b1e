//! The notifications' contract: what every home of the notifications must do
//! — `notification_notifications` on SQLite and on PostgreSQL, and the
//! MongoDB collection `notifications` (`documents.collections =
//! ["notifications"]`), where the document is staged in the routing's SQL
//! transaction and forwarded after its commit, and the state stays in SQL.
//!
//! The MongoDB cases run against SecantusDB, which `scripts/dev-tools.sh`
//! installs and each case starts, or the MongoDB named by
//! `SECUREFLOW_TEST_MONGODB_URL` (see `services/identity/tests/audit_records.rs`).

use secureflow_notification::migrations::NOTIFICATION_MIGRATIONS;
use secureflow_notification::store::notifications::{
    self, NotificationFilters, NotificationRow, Notifications, sql,
};
use secureflow_platform::db::{Database, MigrationSet};
use secureflow_platform::documents::bson::{Document, doc};
use secureflow_platform::pagination::Page;
use secureflow_platform::testkit::{DocumentHome, TestDatabase};

/// The notifications of a case's home, where the service would keep them.
fn home_of(home: &DocumentHome) -> Notifications {
    let notifications = Notifications::new(&home.db, &home.documents);
    assert_eq!(
        matches!(notifications, Notifications::Mongo(_)),
        home.documents.uses_mongodb()
    );
    notifications
}

fn notification(id: &str, event_type: &str, created_at_us: i64) -> NotificationRow {
    NotificationRow {
        id: id.to_owned(),
        organization_id: "org-1".to_owned(),
        event_id: format!("event-{id}"),
        event_type: event_type.to_owned(),
        rule_id: "rule-1".to_owned(),
        template_id: "template-1".to_owned(),
        subject: format!("Subject of {id}: ünïcode and \"quotes\""),
        body: format!("The body of {id}\nover two lines"),
        priority: "high".to_owned(),
        channel_ids: vec!["channel-a".to_owned()],
        user_ids: vec!["user_1".to_owned()],
        team_ids: vec!["team-1".to_owned()],
        created_at_us,
        context: format!(r#"{{"event":{{"id":"event-{id}","count":3}}}}"#),
        ..NotificationRow::default()
    }
}

/// Stores `rows` as routing does: in one SQL transaction, then forwarded.
async fn store(home: &DocumentHome, notifications: &Notifications, rows: &[&NotificationRow]) {
    store_in(&home.db, notifications, rows).await;
}

/// [`store`] in `db`.
async fn store_in(db: &Database, notifications: &Notifications, rows: &[&NotificationRow]) {
    let mut tx = db.begin().await.expect("transaction");
    for row in rows {
        notifications.insert(&mut tx, row).await.expect("inserted");
    }
    tx.commit().await.expect("committed");
    notifications.forward(rows.iter().copied()).await;
}

async fn list(notifications: &Notifications, filters: NotificationFilters) -> Vec<NotificationRow> {
    let page = Page {
        limit: 50,
        offset: 0,
    };
    notifications
        .list("org-1", &filters, page)
        .await
        .expect("listed")
}

fn ids(rows: &[NotificationRow]) -> Vec<&str> {
    rows.iter().map(|row| row.id.as_str()).collect()
}

/// How many documents the MongoDB collection holds (SQL homes: none).
async fn in_mongodb(home: &DocumentHome) -> u64 {
    match home.documents.collection::<Document>("notifications") {
        Some(collection) => collection
            .inner()
            .count_documents(doc! {})
            .await
            .expect("counted"),
        None => 0,
    }
}

secureflow_platform::document_store_tests!(
    "notifications",
    NOTIFICATION_MIGRATIONS;
    notifications_are_read_back_whole_and_listed_newest_first,
    a_notification_rolled_back_with_its_transaction_is_not_kept,
    a_notification_not_forwarded_yet_is_read_whole_and_forwarding_again_changes_nothing,
    escalation_state_changes_in_sql_beside_the_document,
    notifications_stored_before_the_collection_moved_are_read_from_their_rows,
    more_notifications_than_a_forwarding_batch_all_arrive,
);

async fn notifications_are_read_back_whole_and_listed_newest_first(home: &DocumentHome) {
    let notifications = home_of(home);
    let first = notification("n1", "scan.completed", 10);
    let mut second = notification("n2", "pipeline.failed", 20);
    second.channel_ids = vec!["channel-b".to_owned()];
    second.user_ids = vec!["user-2".to_owned(), "user_1".to_owned()];
    let mut third = notification("n3", "scan.completed", 30);
    // An ad-hoc message: no event, no channel, a user only.
    third.event_id = String::new();
    third.channel_ids = Vec::new();
    third.user_ids = vec!["user-2".to_owned()];
    let mut other = notification("n4", "scan.completed", 40);
    other.organization_id = "org-2".to_owned();
    store(home, &notifications, &[&first, &second]).await;
    store(home, &notifications, &[&third, &other]).await;

    let read = notifications.get("org-1", "n2").await.expect("read");
    assert_eq!(read.as_ref(), Some(&second), "read back whole");
    assert_eq!(
        notifications.get("org-1", "n4").await.expect("read"),
        None,
        "another organisation's"
    );
    assert_eq!(notifications.get("org-1", "n9").await.expect("read"), None);

    let all = list(&notifications, NotificationFilters::default()).await;
    assert_eq!(all, [third.clone(), second.clone(), first.clone()]);
    for (filters, expected) in [
        (
            NotificationFilters {
                event_type: "scan.completed".to_owned(),
                ..NotificationFilters::default()
            },
            vec!["n3", "n1"],
        ),
        (
            NotificationFilters {
                user_id: "user_1".to_owned(),
                ..NotificationFilters::default()
            },
            vec!["n2", "n1"],
        ),
        (
            // `_` is itself, not any character.
            NotificationFilters {
                user_id: "user_2".to_owned(),
                ..NotificationFilters::default()
            },
            vec![],
        ),
        (
            NotificationFilters {
                channel_id: "channel-b".to_owned(),
                ..NotificationFilters::default()
            },
            vec!["n2"],
        ),
        (
            NotificationFilters {
                since_us: Some(20),
                until_us: Some(30),
                ..NotificationFilters::default()
            },
            vec!["n2"],
        ),
        (
            NotificationFilters {
                user_id: "user-2".to_owned(),
                channel_id: "channel-b".to_owned(),
                ..NotificationFilters::default()
            },
            vec!["n2"],
        ),
        (
            NotificationFilters {
                user_id: "user_1".to_owned(),
                channel_id: "channel-b".to_owned(),
                event_type: "scan.completed".to_owned(),
                ..NotificationFilters::default()
            },
            vec![],
        ),
        (
            NotificationFilters {
                user_id: "user-2".to_owned(),
                since_us: Some(21),
                ..NotificationFilters::default()
            },
            vec!["n3"],
        ),
        (
            NotificationFilters {
                channel_id: "channel-a".to_owned(),
                until_us: Some(20),
                ..NotificationFilters::default()
            },
            vec!["n1"],
        ),
        (
            // A user id that is a channel's is not that user's.
            NotificationFilters {
                user_id: "channel-a".to_owned(),
                ..NotificationFilters::default()
            },
            vec![],
        ),
    ] {
        let listed = list(&notifications, filters.clone()).await;
        assert_eq!(ids(&listed), expected, "{filters:?}");
    }

    // In MongoDB the documents are there, and the rows hold only the rest.
    if home.documents.uses_mongodb() {
        assert_eq!(in_mongodb(home).await, 4);
        let row = sql::get(&home.db, "org-1", "n2")
            .await
            .expect("read")
            .expect("a row");
        assert!(row.in_documents);
        assert_eq!(
            (
                row.notification.subject.as_str(),
                row.notification.body.as_str()
            ),
            ("", ""),
            "the document is not in the row"
        );
        assert_eq!(row.notification.user_ids, second.user_ids);
    }
}

async fn a_notification_rolled_back_with_its_transaction_is_not_kept(home: &DocumentHome) {
    let notifications = home_of(home);
    let mut tx = home.db.begin().await.expect("transaction");
    notifications
        .insert(&mut tx, &notification("n1", "scan.completed", 10))
        .await
        .expect("inserted");
    tx.rollback().await.expect("rolled back");

    assert_eq!(notifications.forward_staged().await.expect("forwarded"), 0);
    assert_eq!(notifications.get("org-1", "n1").await.expect("read"), None);
    assert!(
        list(&notifications, NotificationFilters::default())
            .await
            .is_empty()
    );
    assert_eq!(in_mongodb(home).await, 0);
}

async fn a_notification_not_forwarded_yet_is_read_whole_and_forwarding_again_changes_nothing(
    home: &DocumentHome,
) {
    let notifications = home_of(home);
    let mut waiting = notification("n1", "scan.completed", 10);
    waiting.escalation_rule_id = "escalation-1".to_owned();
    waiting.escalate_after_us = 5;
    // Committed, not forwarded: as when MongoDB was away at the commit.
    let mut tx = home.db.begin().await.expect("transaction");
    notifications
        .insert(&mut tx, &waiting)
        .await
        .expect("inserted");
    tx.commit().await.expect("committed");
    assert_eq!(in_mongodb(home).await, 0);
    let read = notifications.get("org-1", "n1").await.expect("read");
    assert_eq!(read.as_ref(), Some(&waiting), "read whole from the stage");
    let listed = list(&notifications, NotificationFilters::default()).await;
    assert_eq!(listed, [waiting.clone()]);
    // Due for escalation, with what its escalation renders from.
    notifications::first_deliveries(
        home.db.writer(),
        home.db.backend(),
        &[("org-1".to_owned(), "n1".to_owned(), 100)],
    )
    .await
    .expect("first delivery");
    let due = notifications
        .escalations_due(105, 10)
        .await
        .expect("due ones");
    assert_eq!(ids(&due), ["n1"]);
    assert_eq!(
        (&due[0].subject, &due[0].body, &due[0].context),
        (&waiting.subject, &waiting.body, &waiting.context)
    );

    // The periodic work forwards it once; again, there is nothing to do.
    let expected = usize::from(home.documents.uses_mongodb());
    assert_eq!(
        notifications.forward_staged().await.expect("forwarded"),
        expected
    );
    assert_eq!(notifications.forward_staged().await.expect("forwarded"), 0);
    notifications.forward([&waiting]).await;
    assert_eq!(in_mongodb(home).await, u64::try_from(expected).unwrap_or(0));
    let read = notifications
        .get("org-1", "n1")
        .await
        .expect("read")
        .expect("kept");
    assert_eq!(
        (
            &read.subject,
            &read.body,
            &read.context,
            read.first_delivered_at_us
        ),
        (&waiting.subject, &waiting.body, &waiting.context, Some(100))
    );
}

async fn escalation_state_changes_in_sql_beside_the_document(home: &DocumentHome) {
    let notifications = home_of(home);
    let mut escalating = notification("n1", "scan.completed", 10);
    escalating.escalation_rule_id = "escalation-1".to_owned();
    escalating.escalate_after_us = 50;
    let quiet = notification("n2", "scan.completed", 20);
    store(home, &notifications, &[&escalating, &quiet]).await;
    let (db, backend) = (&home.db, home.db.backend());
    let firsts = [
        ("org-1".to_owned(), "n1".to_owned(), 100),
        ("org-1".to_owned(), "n2".to_owned(), 100),
    ];
    notifications::first_deliveries(db.writer(), backend, &firsts)
        .await
        .expect("first deliveries");
    // A later first delivery changes nothing.
    notifications::first_deliveries(
        db.writer(),
        backend,
        &[("org-1".to_owned(), "n1".to_owned(), 120)],
    )
    .await
    .expect("first deliveries");
    assert_eq!(
        notifications::next_escalation(db).await.expect("read"),
        Some(150)
    );
    assert!(
        notifications
            .escalations_due(149, 10)
            .await
            .expect("due")
            .is_empty()
    );
    let due = notifications.escalations_due(150, 10).await.expect("due");
    assert_eq!(ids(&due), ["n1"], "only the one with an escalation rule");
    assert_eq!(due[0].subject, escalating.subject, "whole");

    let escalated =
        |from, to| notifications::escalated(db.writer(), "org-1", "n1", from, to, Some(300));
    assert!(escalated(0, 1).await.expect("escalated"));
    assert!(
        !escalated(0, 1).await.expect("asked"),
        "another process moved it already"
    );
    assert!(
        !notifications::escalated(db.writer(), "org-2", "n1", 1, 2, None)
            .await
            .expect("asked"),
        "another organisation's"
    );
    assert!(
        notifications::acknowledge(db.writer(), "org-1", "n1", 200, "user-1")
            .await
            .expect("acknowledged")
    );
    assert!(
        !notifications::acknowledge(db.writer(), "org-1", "n1", 210, "user-2")
            .await
            .expect("asked"),
        "acknowledged once"
    );
    assert!(
        notifications
            .escalations_due(i64::MAX, 10)
            .await
            .expect("due")
            .is_empty()
    );
    assert!(!escalated(1, 2).await.expect("asked"), "acknowledged");

    let read = notifications
        .get("org-1", "n1")
        .await
        .expect("read")
        .expect("kept");
    let expected = NotificationRow {
        escalation_level: 1,
        first_delivered_at_us: Some(100),
        escalate_at_us: None,
        acknowledged_at_us: Some(200),
        acknowledged_by: "user-1".to_owned(),
        ..escalating
    };
    assert_eq!(read, expected);
}

async fn notifications_stored_before_the_collection_moved_are_read_from_their_rows(
    home: &DocumentHome,
) {
    // Written while the documents were kept in SQL.
    let earlier = notification("n1", "scan.completed", 10);
    store(home, &Notifications::Sql(home.db.clone()), &[&earlier]).await;
    // Then the operator put the collection in MongoDB (in SQL homes: no change).
    let notifications = home_of(home);
    let later = notification("n2", "scan.completed", 20);
    store(home, &notifications, &[&later]).await;

    assert_eq!(
        notifications
            .get("org-1", "n1")
            .await
            .expect("read")
            .as_ref(),
        Some(&earlier)
    );
    let listed = list(&notifications, NotificationFilters::default()).await;
    assert_eq!(listed, [later, earlier]);
}

async fn more_notifications_than_a_forwarding_batch_all_arrive(home: &DocumentHome) {
    let notifications = home_of(home);
    // More than two of the stage's batches (200) each way: forwarded after
    // the commit, and left staged for the periodic work.
    let forwarded: Vec<NotificationRow> = (0..450)
        .map(|at| notification(&format!("f{at:03}"), "scan.completed", at))
        .collect();
    let left: Vec<NotificationRow> = (0..250)
        .map(|at| notification(&format!("s{at:03}"), "pipeline.failed", 1_000 + at))
        .collect();
    store(home, &notifications, &forwarded.iter().collect::<Vec<_>>()).await;
    let mut tx = home.db.begin().await.expect("transaction");
    for row in &left {
        notifications.insert(&mut tx, row).await.expect("inserted");
    }
    tx.commit().await.expect("committed");
    let mongodb = home.documents.uses_mongodb();
    assert_eq!(in_mongodb(home).await, if mongodb { 450 } else { 0 });
    let expected = if mongodb { 250 } else { 0 };
    assert_eq!(
        notifications.forward_staged().await.expect("forwarded"),
        expected
    );
    assert_eq!(in_mongodb(home).await, if mongodb { 700 } else { 0 });

    let page = Page {
        limit: 300,
        offset: 200,
    };
    let listed = notifications
        .list("org-1", &NotificationFilters::default(), page)
        .await
        .expect("listed");
    let newest_first = left.iter().rev().chain(forwarded.iter().rev());
    let expected: Vec<&NotificationRow> = newest_first.skip(200).take(301).collect();
    assert_eq!(
        listed.iter().collect::<Vec<_>>(),
        expected,
        "whole, in order"
    );
    // The same page read along the user's and the channel's rows.
    for filters in [
        NotificationFilters {
            user_id: "user_1".to_owned(),
            ..NotificationFilters::default()
        },
        NotificationFilters {
            channel_id: "channel-a".to_owned(),
            ..NotificationFilters::default()
        },
        NotificationFilters {
            user_id: "user_1".to_owned(),
            channel_id: "channel-a".to_owned(),
            ..NotificationFilters::default()
        },
    ] {
        let listed = notifications
            .list("org-1", &filters, page)
            .await
            .expect("listed");
        assert_eq!(listed.iter().collect::<Vec<_>>(), expected, "{filters:?}");
    }
}

secureflow_platform::backend_tests!(
    notifications_stored_before_the_upgrade_are_listed_by_their_users_and_channels
);

/// Migration 17 gives the notifications already stored their rows of
/// users and channels; those stored after it get theirs from its trigger.
async fn notifications_stored_before_the_upgrade_are_listed_by_their_users_and_channels(
    database: TestDatabase,
) {
    let db = database.connect().await;
    let before = MigrationSet {
        service: NOTIFICATION_MIGRATIONS.service,
        steps: &NOTIFICATION_MIGRATIONS.steps[..16],
    };
    db.migrate(&before).await.expect("schema at migration 16");
    let notifications = Notifications::Sql(db.clone());
    let first = notification("n1", "scan.completed", 10);
    let mut second = notification("n2", "pipeline.failed", 20);
    // A user named twice is listed once.
    second.user_ids = vec![
        "user-2".to_owned(),
        "user_1".to_owned(),
        "user-2".to_owned(),
    ];
    second.channel_ids = Vec::new();
    let mut other = notification("n3", "scan.completed", 30);
    other.organization_id = "org-2".to_owned();
    store_in(&db, &notifications, &[&first, &second, &other]).await;
    db.migrate(&NOTIFICATION_MIGRATIONS)
        .await
        .expect("upgraded");
    let later = notification("n4", "scan.completed", 40);
    store_in(&db, &notifications, &[&later]).await;

    let listed = |user_id: &str, channel_id: &str| {
        let filters = NotificationFilters {
            user_id: user_id.to_owned(),
            channel_id: channel_id.to_owned(),
            ..NotificationFilters::default()
        };
        let notifications = notifications.clone();
        async move { ids(&list(&notifications, filters).await).join(",") }
    };
    assert_eq!(listed("user_1", "").await, "n4,n2,n1");
    assert_eq!(listed("user-2", "").await, "n2");
    assert_eq!(listed("", "channel-a").await, "n4,n1");
    assert_eq!(listed("user-2", "channel-a").await, "");
    assert_eq!(listed("", "").await, "n4,n2,n1");

    // A notification removed takes its rows with it.
    for id in ["n2", "n4"] {
        sqlx::query("DELETE FROM notification_notifications WHERE id = $1")
            .bind(id)
            .execute(db.pool())
            .await
            .expect("removed");
    }
    let rows: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM notification_addressees WHERE organization_id = 'org-1'",
    )
    .fetch_one(db.pool())
    .await
    .expect("counted");
    assert_eq!(rows, 2, "n1's user and channel");
    assert_eq!(listed("user_1", "").await, "n1");
}
