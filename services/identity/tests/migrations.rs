//! Upgrades keep existing data working, on SQLite and PostgreSQL.

use secureflow_identity::migrations::IDENTITY_MIGRATIONS;
use secureflow_platform::db::MigrationSet;
use secureflow_platform::migrations::PLATFORM_MIGRATIONS;
use secureflow_platform::testkit::TestDatabase;
use sqlx::Row;

async fn tokens_made_with_a_token_come_to_belong_to_its_owner(database: TestDatabase) {
    let db = database.connect().await;
    db.migrate(&PLATFORM_MIGRATIONS).await.expect("platform");
    let before_owners = MigrationSet {
        service: IDENTITY_MIGRATIONS.service,
        steps: &IDENTITY_MIGRATIONS.steps[..8],
    };
    db.migrate(&before_owners)
        .await
        .expect("schema as of version 8");
    sqlx::query(
        "INSERT INTO identity_organizations (id, slug, display_name, created_at_us, updated_at_us)
         VALUES ('o', 'o', 'O', 0, 0)",
    )
    .execute(db.pool())
    .await
    .expect("organisation");
    // bootstrap → ci (made with the bootstrap token) → nightly (made with ci);
    // person → own (made by a person).
    for (id, creator) in [
        ("bootstrap-token", "bootstrap"),
        ("ci", "bootstrap-token"),
        ("nightly", "ci"),
        ("own", "user-1"),
    ] {
        sqlx::query(
            "INSERT INTO identity_api_tokens (id, organization_id, name, secret_hash, prefix,
                 permissions, created_by, expire_at_us, created_at_us)
             VALUES ($1, 'o', $1, $1, 'sft_', '[]', $2, 0, 0)",
        )
        .bind(id)
        .bind(creator)
        .execute(db.pool())
        .await
        .expect("token");
    }
    db.migrate(&IDENTITY_MIGRATIONS).await.expect("upgraded");
    let owners: Vec<(String, String)> =
        sqlx::query("SELECT id, created_by FROM identity_api_tokens ORDER BY id")
            .fetch_all(db.pool())
            .await
            .expect("tokens")
            .iter()
            .map(|row| (row.get("id"), row.get("created_by")))
            .collect();
    let expected = [
        ("bootstrap-token", "bootstrap"),
        ("ci", "bootstrap"),
        ("nightly", "bootstrap"),
        ("own", "user-1"),
    ];
    assert_eq!(
        owners,
        expected
            .iter()
            .map(|(id, owner)| ((*id).to_owned(), (*owner).to_owned()))
            .collect::<Vec<_>>()
    );
    db.close().await;
    database.cleanup().await;
}

secureflow_platform::backend_tests!(tokens_made_with_a_token_come_to_belong_to_its_owner,);
