//! The audit trail shows truncation and rewriting, and records the refusals
//! no caller can be blamed for through the access layer: failed log-ins,
//! lockouts and refused setup tokens. On SQLite and PostgreSQL.

use crate::common;

use common::{ADMIN_TOKEN, PASSWORD, audit_records, client, create_user, start, verify};
use secureflow_identity::audit::record_hash;
use secureflow_platform::audit::AuditEntry;
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::identity::v1::*;
use sqlx::Row;

/// Makes a few audited changes.
async fn changes(server: &TestServer, count: usize) {
    for index in 0..count {
        create_user(
            server.channel().await,
            &format!("person{index}@example.test"),
            &["viewer"],
        )
        .await;
    }
}

async fn deleting_the_newest_records_is_reported_as_truncation(database: TestDatabase) {
    let server = start(&database).await;
    changes(&server, 4).await;
    let before = verify(server.channel().await).await;
    assert!(before.valid, "{before:?}");
    let db = server.database().await;
    let last: i64 = sqlx::query("SELECT MAX(sequence) AS last FROM identity_audit_log")
        .fetch_one(db.pool())
        .await
        .expect("last")
        .try_get("last")
        .expect("last");
    sqlx::query("DELETE FROM identity_audit_log WHERE sequence >= $1")
        .bind(last - 1)
        .execute(db.pool())
        .await
        .expect("truncated");
    let after = verify(server.channel().await).await;
    assert!(!after.valid, "truncation is seen: {after:?}");
    let broken = after.first_break.expect("a break");
    assert!(broken.reason.starts_with("truncated"), "{broken:?}");
    server.finish(database).await;
}

async fn a_rewritten_record_with_a_recomputed_chain_is_reported(database: TestDatabase) {
    let server = start(&database).await;
    changes(&server, 3).await;
    let db = server.database().await;
    // Rewrite the second record's actor and recompute every plain hash after it,
    // as someone with the database but not the audit key would.
    let rows = sqlx::query(
        "SELECT * FROM identity_audit_log WHERE sequence >= 2 ORDER BY organization_id, sequence",
    )
    .fetch_all(db.pool())
    .await
    .expect("rows");
    let mut previous: String =
        sqlx::query("SELECT hash FROM identity_audit_log WHERE sequence = 1")
            .fetch_one(db.pool())
            .await
            .expect("first")
            .try_get("hash")
            .expect("hash");
    for row in &rows {
        let sequence: i64 = row.try_get("sequence").expect("sequence");
        let mut entry = AuditEntry {
            organization_id: row.try_get("organization_id").expect("org"),
            actor: row.try_get("actor").expect("actor"),
            action: row.try_get("action").expect("action"),
            resource: row.try_get("resource").expect("resource"),
            result: row.try_get("result").expect("result"),
            correlation_id: row.try_get("correlation_id").expect("id"),
            time_us: row.try_get("time_us").expect("time"),
            change_digest: row.try_get("change_digest").expect("digest"),
        };
        if sequence == 2 {
            entry.actor = "someone-else".into();
        }
        let hash = record_hash(sequence, &entry, &previous);
        sqlx::query(
            "UPDATE identity_audit_log SET actor = $2, previous_hash = $3, hash = $4 WHERE sequence = $1",
        )
        .bind(sequence)
        .bind(&entry.actor)
        .bind(&previous)
        .bind(&hash)
        .execute(db.pool())
        .await
        .expect("rewritten");
        previous = hash;
    }
    let after = verify(server.channel().await).await;
    assert!(!after.valid, "a recomputed chain is seen: {after:?}");
    let broken = after.first_break.expect("a break");
    assert_eq!(broken.sequence, 2);
    assert!(broken.reason.starts_with("MAC mismatch"), "{broken:?}");
    server.finish(database).await;
}

#[tokio::test]
async fn an_edited_checkpoint_is_reported() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    changes(&server, 2).await;
    let folder = server
        .data_dir
        .join(secureflow_identity::audit::CHECKPOINT_DIR);
    let file = std::fs::read_dir(&folder)
        .expect("checkpoints")
        .next()
        .expect("one")
        .expect("entry")
        .path();
    let mut checkpoint: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("read")).expect("JSON");
    checkpoint["sequence"] = serde_json::json!(1);
    std::fs::write(&file, checkpoint.to_string()).expect("edited");
    let after = verify(server.channel().await).await;
    assert!(!after.valid);
    assert!(
        after
            .first_break
            .expect("break")
            .reason
            .starts_with("checkpoint forged")
    );
    server.stop().await.expect("stop");
}

async fn failed_log_ins_lockouts_and_refused_setup_tokens_are_audited(database: TestDatabase) {
    let server = start(&database).await;
    let user = create_user(server.channel().await, "dev@example.test", &["developer"]).await;
    for _ in 0..6 {
        let refused = client(server.channel().await)
            .login(LoginRequest {
                organization: "default".into(),
                email: "dev@example.test".into(),
                password: "not the password".into(),
            })
            .await;
        assert!(refused.is_err());
    }
    client(server.channel().await)
        .login(LoginRequest {
            organization: "default".into(),
            email: "nobody@example.test".into(),
            password: "whatever it is".into(),
        })
        .await
        .expect_err("no such person");
    let records = audit_records(server.channel().await).await;
    let logins: Vec<(&str, &str)> = records
        .iter()
        .filter(|record| record.action.ends_with("IdentityService/Login"))
        .map(|record| (record.actor.as_str(), record.result.as_str()))
        .collect();
    let own = |result: &str| {
        logins
            .iter()
            .filter(|(actor, got)| *actor == user.id && *got == result)
            .count()
    };
    assert_eq!(own("LOGIN_FAILED"), 4, "{logins:?}");
    assert_eq!(
        own("ACCOUNT_LOCKED"),
        2,
        "the locking failure and one while locked"
    );
    assert!(
        logins.contains(&("anonymous", "LOGIN_FAILED")),
        "an unknown e-mail is recorded too: {logins:?}"
    );
    assert!(
        records
            .iter()
            .all(|record| !record.resource.contains("not the password")),
        "passwords are never recorded"
    );

    // A spent setup token, tried again, is recorded in its organisation.
    let created = client(server.channel().await)
        .create_organization(with_token(
            CreateOrganizationRequest {
                organization: Some(Organization {
                    slug: "acme".into(),
                    display_name: "Acme".into(),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("tenant")
        .into_inner();
    let redeem = |email: &str| RedeemSetupTokenRequest {
        setup_token: created.setup_token.clone(),
        email: email.into(),
        display_name: "Admin".into(),
        password: PASSWORD.into(),
    };
    let first = client(server.channel().await)
        .redeem_setup_token(redeem("admin@acme.test"))
        .await
        .expect("first admin")
        .into_inner();
    client(server.channel().await)
        .redeem_setup_token(redeem("intruder@acme.test"))
        .await
        .expect_err("spent");
    let theirs = client(server.channel().await)
        .list_audit_records(with_token(
            ListAuditRecordsRequest::default(),
            &first.tokens.expect("tokens").access_token,
        ))
        .await
        .expect("their audit")
        .into_inner()
        .records;
    assert!(
        theirs
            .iter()
            .any(|record| record.action.ends_with("RedeemSetupToken")
                && record.result == "SETUP_TOKEN_INVALID"
                && record.resource.contains("intruder@acme.test")),
        "{theirs:?}"
    );
    assert!(verify(server.channel().await).await.valid);
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    deleting_the_newest_records_is_reported_as_truncation,
    a_rewritten_record_with_a_recomputed_chain_is_reported,
    failed_log_ins_lockouts_and_refused_setup_tokens_are_audited,
);
