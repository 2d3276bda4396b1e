//! The audit records' contract: what every home of the audit log must do —
//! `identity_audit_log` on SQLite and on PostgreSQL, and the MongoDB
//! collection `audit` (`documents.collections = ["audit"]`).
//!
//! The MongoDB cases run against the MongoDB named by
//! `SECUREFLOW_TEST_MONGODB_URL` (a replica set: each case uses a database of
//! its own and drops it), else against SecantusDB, a MongoDB-protocol server
//! from PyPI that `scripts/dev-tools.sh` installs and each case starts
//! (`secureflow_platform::testkit::MongoServer`). A real MongoDB, with Docker:
//! `docker compose -f deploy/compose.yaml up -d mongo mongo-replica-set` and
//! `SECUREFLOW_TEST_MONGODB_URL='mongodb://127.0.0.1:27017/?replicaSet=rs0&directConnection=true'`.

use std::sync::Arc;

use secureflow_identity::audit::{AuditLog, AuditRecords, AuditRow, record_hash};
use secureflow_identity::migrations::IDENTITY_MIGRATIONS;
use secureflow_platform::audit::AuditEntry;
use secureflow_platform::error::ErrorCode;
use secureflow_platform::pagination::Page;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::testkit::DocumentHome;

/// The records of a case's home, where the service would keep them.
fn records(home: &DocumentHome) -> AuditRecords {
    let records = AuditRecords::new(&home.db, &home.documents);
    assert_eq!(
        matches!(records, AuditRecords::Mongo(_)),
        home.documents.uses_mongodb()
    );
    records
}

secureflow_platform::document_store_tests!(
    "audit",
    IDENTITY_MIGRATIONS;
    chains_are_read_in_order_and_listed_newest_first,
    a_taken_place_refuses_the_whole_batch,
    concurrent_writers_build_one_intact_chain,
);

fn entry(organization_id: &str, actor: &str, action: &str, time_us: i64) -> AuditEntry {
    AuditEntry {
        organization_id: organization_id.to_owned(),
        actor: actor.to_owned(),
        action: action.to_owned(),
        resource: format!("id={time_us}"),
        result: "OK".to_owned(),
        correlation_id: format!("c{time_us}"),
        time_us,
        change_digest: format!("d{time_us}"),
    }
}

/// Records chained after `after` (sequence and hash of the head).
fn chain(entries: Vec<AuditEntry>, after: (i64, String)) -> Vec<AuditRow> {
    let (mut sequence, mut previous) = after;
    entries
        .into_iter()
        .map(|entry| {
            sequence += 1;
            let hash = record_hash(sequence, &entry, &previous);
            AuditRow {
                id: uuid::Uuid::now_v7().to_string(),
                sequence,
                mac: format!("mac-{sequence}"),
                entry,
                previous_hash: std::mem::replace(&mut previous, hash.clone()),
                hash,
            }
        })
        .collect()
}

fn sequences(records: &[AuditRow]) -> Vec<i64> {
    records.iter().map(|record| record.sequence).collect()
}

async fn chains_are_read_in_order_and_listed_newest_first(home: &DocumentHome) {
    let records = &records(home);
    assert_eq!(records.head("org-a").await.expect("head"), None);
    let actions = [
        "/secureflow.identity.v1.IdentityService/CreateUser",
        "/secureflow.identity.v1.IdentityService/CreateUser",
        "/secureflow.identityXv1.IdentityService/CreateUser",
        "/secureflow.identity.v1.IdentityService/Create_Team",
        "/secureflow.identity.v1.IdentityService/CreateXTeam",
    ];
    let a = chain(
        actions
            .iter()
            .zip(1..)
            .map(|(action, time)| {
                entry(
                    "org-a",
                    if time % 2 == 0 { "bob" } else { "ann" },
                    action,
                    time,
                )
            })
            .collect(),
        (0, String::new()),
    );
    let b = chain(
        vec![entry("org-b", "ann", actions[0], 10)],
        (0, String::new()),
    );
    records.insert_all(&a).await.expect("org-a stored");
    records.insert_all(&b).await.expect("org-b stored");

    let head = records.head("org-a").await.expect("head").expect("a head");
    assert_eq!(head, (5, a[4].hash.clone()));
    // Every field comes back as written.
    assert_eq!(records.read("org-a", 1, 100).await.expect("read"), a);
    assert_eq!(
        sequences(&records.read("org-a", 2, 2).await.expect("read")),
        [2, 3]
    );
    assert_eq!(records.read("org-b", 1, 100).await.expect("read"), b);
    assert!(
        records
            .read("org-c", 1, 100)
            .await
            .expect("read")
            .is_empty()
    );

    // Pages: newest first, limit + 1 fetched, then the rest.
    let page = |limit, offset| Page { limit, offset };
    let all = records
        .list("org-a", "", "", page(2, 0))
        .await
        .expect("list");
    assert_eq!(sequences(&all), [5, 4, 3]);
    let rest = records
        .list("org-a", "", "", page(2, 4))
        .await
        .expect("list");
    assert_eq!(sequences(&rest), [1]);
    let bob = records
        .list("org-a", "bob", "", page(10, 0))
        .await
        .expect("by actor");
    assert_eq!(sequences(&bob), [4, 2]);
    // A prefix is compared as text: `.` and `_` are themselves.
    let users = records
        .list(
            "org-a",
            "",
            "/secureflow.identity.v1.IdentityService/CreateU",
            page(10, 0),
        )
        .await
        .expect("by action");
    assert_eq!(sequences(&users), [2, 1]);
    let underscore = records
        .list(
            "org-a",
            "",
            "/secureflow.identity.v1.IdentityService/Create_",
            page(10, 0),
        )
        .await
        .expect("by action");
    assert_eq!(sequences(&underscore), [4]);
    let both = records
        .list("org-a", "ann", "/secureflow.identity.v1.", page(10, 0))
        .await
        .expect("by both");
    assert_eq!(sequences(&both), [5, 1]);
    assert!(
        records
            .unkeyed_records("org-a")
            .await
            .expect("unkeyed")
            .is_empty()
    );
    assert!(
        records
            .organizations_with_unkeyed_records()
            .await
            .expect("unkeyed")
            .is_empty()
    );
}

async fn a_taken_place_refuses_the_whole_batch(home: &DocumentHome) {
    let records = &records(home);
    let first = chain(
        (1..=2)
            .map(|time| entry("org-a", "ann", "a", time))
            .collect(),
        (0, String::new()),
    );
    records.insert_all(&first).await.expect("stored");
    // Another writer read the head before `first` landed: its batch reuses
    // place 2 after taking place 3 — none of it may be stored.
    let mut late = chain(
        vec![entry("org-a", "bob", "b", 3)],
        (2, first[1].hash.clone()),
    );
    late.extend(chain(
        vec![entry("org-a", "bob", "b", 4)],
        (1, first[0].hash.clone()),
    ));
    let error = records
        .insert_all(&late)
        .await
        .expect_err("place 2 is taken");
    assert!(
        matches!(error.code(), ErrorCode::AlreadyExists | ErrorCode::Aborted),
        "{error}"
    );
    assert_eq!(records.read("org-a", 1, 100).await.expect("read"), first);
    // One record alone is refused the same way.
    let single = chain(vec![entry("org-a", "bob", "b", 5)], (0, String::new()));
    let error = records
        .insert_all(&single)
        .await
        .expect_err("place 1 is taken");
    assert!(
        matches!(error.code(), ErrorCode::AlreadyExists | ErrorCode::Aborted),
        "{error}"
    );
    // Places are per organisation.
    records
        .insert_all(&chain(
            vec![entry("org-b", "bob", "b", 6)],
            (0, String::new()),
        ))
        .await
        .expect("org-b's place 1 is free");
    assert_eq!(
        sequences(&records.read("org-a", 1, 100).await.expect("read")),
        [1, 2]
    );
}

async fn concurrent_writers_build_one_intact_chain(home: &DocumentHome) {
    let secrets =
        Arc::new(Secrets::from_keys(&[format!("1:{}", "A".repeat(43) + "=")], 0).expect("key"));
    let directory = tempfile::tempdir().expect("directory");
    // Two logs over the same records stand for two processes: their appends
    // race for the same places and the losers chain again after the winner.
    let log = |name: &str| {
        AuditLog::new(
            home.db.clone(),
            secrets.clone(),
            &directory.path().join(name),
        )
        .with_records(records(home))
    };
    let (one, two) = (log("one"), log("two"));
    one.ensure_key().await.expect("key");
    let mut appends = Vec::new();
    for index in 0..60 {
        let log = if index % 2 == 0 {
            one.clone()
        } else {
            two.clone()
        };
        appends.push(tokio::spawn(async move {
            let organization = if index % 3 == 0 { "org-b" } else { "org-a" };
            log.append(&entry(organization, "ann", "a", index)).await
        }));
    }
    for append in appends {
        append.await.expect("joined").expect("appended");
    }
    for (organization, count) in [("org-a", 40), ("org-b", 20)] {
        let (checked, broken) = one.verify(organization).await.expect("verified");
        assert_eq!((checked, broken), (count, None), "{organization}");
        let (checked, broken) = two.verify(organization).await.expect("verified");
        assert_eq!((checked, broken), (count, None), "{organization}");
    }
}
