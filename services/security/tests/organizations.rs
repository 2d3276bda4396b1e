//! The security service keeps its own copy of what it needs of each
//! organisation (the SLA policy), from identity's `identity.organizations`
//! events — never by reading identity's tables.

use crate::common;

use common::start_with;
use secureflow_platform::config::Overrides;
use secureflow_platform::testkit::TestDatabase;
use sqlx::Row;

/// The SLA policy security holds for `organization` (`None` before any event).
async fn kept_policy(
    server: &secureflow_platform::testkit::TestServer,
    organization: &str,
) -> Option<String> {
    let db = server.database().await;
    sqlx::query("SELECT sla_policy FROM security_organizations WHERE organization_id = $1")
        .bind(organization)
        .fetch_optional(db.pool())
        .await
        .expect("security's copy")
        .map(|row| row.get("sla_policy"))
}

async fn wait_for_policy(
    server: &secureflow_platform::testkit::TestServer,
    organization: &str,
    wanted: impl Fn(&str) -> bool,
) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Some(policy) = kept_policy(server, organization).await
            && wanted(&policy)
        {
            return policy;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "security never received the organisation's SLA policy"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

async fn an_organisation_set_before_the_events_existed_is_announced_at_the_next_start(
    database: TestDatabase,
) {
    // A server of this version made the organisation; then its SLA policy is
    // set as an earlier version stored it (no event), and security's copy lost.
    let data = tempfile::tempdir().expect("data directory");
    let overrides = || Overrides {
        data_dir: Some(data.path().to_path_buf()),
        ..Overrides::default()
    };
    let server = start_with(&database, overrides()).await;
    let db = server.database().await;
    let organization: String = sqlx::query("SELECT id FROM identity_organizations")
        .fetch_one(db.pool())
        .await
        .expect("the bootstrap organisation")
        .get("id");
    wait_for_policy(&server, &organization, |_| true).await;
    server.stop().await.expect("stop");
    let db = database.connect().await;
    sqlx::query(
        "UPDATE identity_organizations SET announced = 0,
             sla_policy = '{\"critical_days\":3,\"high_days\":14,\"medium_days\":60,\"low_days\":0}'",
    )
    .execute(db.pool())
    .await
    .expect("an earlier version's policy");
    sqlx::query("DELETE FROM security_organizations")
        .execute(db.pool())
        .await
        .expect("no copy yet");
    db.close().await;

    let server = start_with(&database, overrides()).await;
    let policy = wait_for_policy(&server, &organization, |policy| {
        policy.contains("\"critical_days\":3")
    })
    .await;
    let policy: serde_json::Value = serde_json::from_str(&policy).expect("JSON");
    assert_eq!(policy["high_days"], 14);
    assert_eq!(
        policy["low_days"], 0,
        "0 (no deadline) is kept, not replaced by a default"
    );
    server.finish(database).await;
}

#[tokio::test]
async fn an_organisation_set_before_the_events_existed_is_announced_at_the_next_start_sqlite() {
    an_organisation_set_before_the_events_existed_is_announced_at_the_next_start(
        TestDatabase::sqlite(),
    )
    .await;
}

#[tokio::test]
async fn an_organisation_set_before_the_events_existed_is_announced_at_the_next_start_postgres() {
    if let Some(database) = TestDatabase::postgres().await {
        an_organisation_set_before_the_events_existed_is_announced_at_the_next_start(database)
            .await;
    }
}
