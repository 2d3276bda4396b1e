//! The repositories' store on SQLite and PostgreSQL: one repository per full
//! name (any case) within an organisation, listing filters, deletion that hides
//! a repository until it is purged, no read across organisations, and
//! commits listed by branch, author and time.

use secureflow_platform::db::Database;
use secureflow_platform::error::ErrorCode;
use secureflow_platform::pagination::Page;
use secureflow_platform::testkit::TestDatabase;
use secureflow_repository::domain::repository::{Criticality, Draft, Host, Settings};
use secureflow_repository::migrations::REPOSITORY_MIGRATIONS;
use secureflow_repository::store::commits::{self, CommitRow, Seen};
use secureflow_repository::store::repositories::{self, Filters, RepositoryRow};

const ORG: &str = "org-1";
const OTHER: &str = "org-2";

fn settings(full_name: &str, team_id: &str) -> Settings {
    Draft {
        full_name: full_name.into(),
        team_id: team_id.into(),
        clone_url: format!("https://github.com/{full_name}.git"),
        criticality: Some(Criticality::High),
        ..Draft::default()
    }
    .checked()
    .expect("valid")
}

async fn open(database: &TestDatabase) -> Database {
    let db = database.connect().await;
    db.migrate(&REPOSITORY_MIGRATIONS).await.expect("migrated");
    db
}

fn page() -> Page {
    Page::parse(50, "", 50, 500, "repositories").expect("page")
}

/// A repository that is not deleted.
async fn live(
    db: &Database,
    organization_id: &str,
    id: &str,
) -> secureflow_platform::Result<Option<RepositoryRow>> {
    let found = repositories::find(db, organization_id, id).await?;
    Ok(found.filter(|row| row.deleted_at_us.is_none()))
}

fn filters(team_id: &str, query: &str, include_archived: bool) -> Filters {
    Filters {
        team_id: team_id.into(),
        query: query.into(),
        include_archived,
        deleted: false,
    }
}

async fn names(db: &Database, organization_id: &str, filters: &Filters) -> Vec<String> {
    repositories::list(db, organization_id, filters, page())
        .await
        .expect("listed")
        .into_iter()
        .map(|row| row.settings.full_name)
        .collect()
}

async fn a_full_name_is_one_repository_in_any_case(database: TestDatabase) {
    let db = open(&database).await;
    let api = settings("Acme/Payments-API", "team-a");
    repositories::insert(db.pool(), ORG, "r-1", &api, 1)
        .await
        .expect("stored");
    let row = live(&db, ORG, "r-1").await.expect("read").expect("found");
    assert_eq!(row.settings, api);
    assert_eq!(row.settings.host, Host::GitHub);
    assert_eq!(
        (row.created_at_us, row.updated_at_us, row.deleted_at_us),
        (1, 1, None)
    );
    let found = repositories::by_full_name(&db, ORG, "acme/payments-api")
        .await
        .expect("read")
        .expect("found in another case");
    assert_eq!(found.id, "r-1");

    let again = repositories::insert(db.pool(), ORG, "r-2", &settings("acme/payments-api", ""), 2)
        .await
        .expect_err("same full name");
    assert_eq!(again.code(), ErrorCode::AlreadyExists);
    // Another organisation may hold the same name, and sees nothing of the first's.
    repositories::insert(db.pool(), OTHER, "r-3", &api, 3)
        .await
        .expect("other organisation");
    assert!(live(&db, OTHER, "r-1").await.expect("read").is_none());

    // Renaming onto another's name is refused and changes nothing.
    repositories::insert(db.pool(), ORG, "r-4", &settings("acme/ledger", ""), 4)
        .await
        .expect("stored");
    let clash = repositories::update(db.pool(), ORG, "r-4", &api, 5)
        .await
        .expect_err("clash");
    assert_eq!(clash.code(), ErrorCode::AlreadyExists);
    let kept = live(&db, ORG, "r-4").await.expect("read").expect("found");
    assert_eq!(
        (kept.settings.full_name.as_str(), kept.updated_at_us),
        ("acme/ledger", 4)
    );
    assert!(
        !repositories::update(db.pool(), OTHER, "r-4", &api, 6)
            .await
            .expect("no such")
    );
    drop(db);
    database.cleanup().await;
}

async fn listings_filter_by_team_text_and_archived(database: TestDatabase) {
    let db = open(&database).await;
    let mut archived = settings("acme/old_tool", "team-b");
    archived.archived = true;
    for (id, repository) in [
        ("r-1", settings("acme/payments-api", "team-a")),
        ("r-2", settings("acme/ledger", "team-a")),
        ("r-3", settings("platform/payments/worker", "team-b")),
        ("r-4", archived),
        ("r-5", settings("acme/oldxtool", "team-b")),
    ] {
        repositories::insert(db.pool(), ORG, id, &repository, 1)
            .await
            .expect("stored");
    }
    assert_eq!(
        names(&db, ORG, &filters("", "", false)).await,
        [
            "acme/ledger",
            "acme/oldxtool",
            "acme/payments-api",
            "platform/payments/worker"
        ]
    );
    assert_eq!(
        names(&db, ORG, &filters("team-a", "", false)).await,
        ["acme/ledger", "acme/payments-api"]
    );
    assert_eq!(
        names(&db, ORG, &filters("", "PAYMENTS", false)).await,
        ["acme/payments-api", "platform/payments/worker"]
    );
    // `_` is a character here, not LIKE's wildcard.
    assert_eq!(
        names(&db, ORG, &filters("", "old_", true)).await,
        ["acme/old_tool"]
    );
    assert!(names(&db, OTHER, &filters("", "", true)).await.is_empty());
    // Deleted, an archived repository is listed with the deleted ones.
    assert!(
        repositories::mark_deleted(db.pool(), ORG, "r-4", 2)
            .await
            .expect("deleted")
    );
    let mut deleted = filters("", "", false);
    deleted.deleted = true;
    assert_eq!(names(&db, ORG, &deleted).await, ["acme/old_tool"]);
    drop(db);
    database.cleanup().await;
}

async fn a_deleted_repository_is_hidden_and_keeps_its_name_until_purged(database: TestDatabase) {
    let db = open(&database).await;
    let api = settings("acme/payments-api", "");
    repositories::insert(db.pool(), ORG, "r-1", &api, 1)
        .await
        .expect("stored");
    assert!(
        !repositories::mark_deleted(db.pool(), OTHER, "r-1", 10)
            .await
            .expect("not theirs")
    );
    assert!(
        repositories::mark_deleted(db.pool(), ORG, "r-1", 10)
            .await
            .expect("deleted")
    );
    assert!(
        !repositories::mark_deleted(db.pool(), ORG, "r-1", 11)
            .await
            .expect("once")
    );
    assert!(live(&db, ORG, "r-1").await.expect("read").is_none());
    assert!(names(&db, ORG, &filters("", "", true)).await.is_empty());
    assert!(
        !repositories::update(db.pool(), ORG, "r-1", &api, 12)
            .await
            .expect("hidden")
    );
    let held = repositories::by_full_name(&db, ORG, "acme/payments-api")
        .await
        .expect("read")
        .expect("name still held");
    assert_eq!(held.deleted_at_us, Some(10));
    let taken = repositories::insert(db.pool(), ORG, "r-2", &api, 13)
        .await
        .expect_err("held");
    assert_eq!(taken.code(), ErrorCode::AlreadyExists);
    let mut show = filters("", "", true);
    show.deleted = true;
    assert_eq!(names(&db, ORG, &show).await, ["acme/payments-api"]);
    assert!(names(&db, OTHER, &show).await.is_empty());

    // Restored, it is back; deleted again, it waits for its purge.
    let undelete =
        |organization_id, now_us| repositories::undelete(db.pool(), organization_id, "r-1", now_us);
    assert!(!undelete(OTHER, 11).await.expect("not theirs"));
    assert!(undelete(ORG, 11).await.expect("restored"));
    assert!(!undelete(ORG, 12).await.expect("not deleted"));
    let back = live(&db, ORG, "r-1").await.expect("read").expect("back");
    assert_eq!((back.deleted_at_us, back.updated_at_us), (None, 11));
    assert!(names(&db, ORG, &show).await.is_empty());
    assert!(
        repositories::mark_deleted(db.pool(), ORG, "r-1", 10)
            .await
            .expect("deleted again")
    );

    assert!(
        repositories::pending_purge(&db, 10, 10)
            .await
            .expect("read")
            .is_empty()
    );
    let due = repositories::pending_purge(&db, 11, 10)
        .await
        .expect("read");
    let due: Vec<&str> = due.iter().map(|row| row.id.as_str()).collect();
    assert_eq!(due, ["r-1"]);
    assert!(
        repositories::purge(db.pool(), ORG, "r-1")
            .await
            .expect("purged")
    );
    repositories::insert(db.pool(), ORG, "r-2", &api, 14)
        .await
        .expect("name free again");
    // A repository that is not deleted is never purged.
    assert!(
        !repositories::purge(db.pool(), ORG, "r-2")
            .await
            .expect("kept")
    );
    drop(db);
    database.cleanup().await;
}

/// The shas of the first page of `repository`'s commits in org-1 that
/// `filters` keep, newest first.
async fn shas(db: &Database, repository_id: &str, filters: commits::Filters) -> Vec<String> {
    commits::list(db, ORG, repository_id, &filters, page())
        .await
        .expect("listed")
        .into_iter()
        .map(|row| row.sha)
        .collect()
}

async fn commit_listings_filter_by_branch_author_and_time(database: TestDatabase) {
    let db = open(&database).await;
    let commit = |sha: &str, branch: &str, author_email: &str, authored_at_us: i64| CommitRow {
        sha: sha.into(),
        branch: branch.into(),
        author_email: author_email.into(),
        authored_at_us,
        ..CommitRow::default()
    };
    let ours = [
        commit("c1", "main", "Ann@Example.com", 100),
        commit("c2", "main", "bob@example.com", 200),
        commit("c3", "feature", "ann@example.com", 300),
        commit("c4", "main", "ann@example.com", 400),
    ];
    let mut tx = db.begin().await.expect("begun");
    commits::insert(&mut tx, (ORG, "r-1"), &ours, Seen::Keep, 1)
        .await
        .expect("ours");
    let theirs = [commit("c9", "main", "ann@example.com", 250)];
    commits::insert(&mut tx, (OTHER, "r-1"), &theirs, Seen::Keep, 1)
        .await
        .expect("theirs");
    commits::insert(&mut tx, (ORG, "r-2"), &theirs, Seen::Keep, 1)
        .await
        .expect("another repository's");
    tx.commit().await.expect("committed");

    let filters = |branch: &str, author_email: &str, start_us, end_us| commits::Filters {
        branch: branch.into(),
        author_email: author_email.into(),
        start_us,
        end_us,
    };
    assert_eq!(
        shas(&db, "r-1", filters("", "", None, None)).await,
        ["c4", "c3", "c2", "c1"]
    );
    assert_eq!(
        shas(&db, "r-1", filters("main", "", None, None)).await,
        ["c4", "c2", "c1"]
    );
    // An author's e-mail in any case.
    assert_eq!(
        shas(&db, "r-1", filters("", "ANN@example.COM", None, None)).await,
        ["c4", "c3", "c1"]
    );
    // From the start (held) to the end (not held).
    assert_eq!(
        shas(&db, "r-1", filters("", "", Some(200), Some(400))).await,
        ["c3", "c2"]
    );
    assert_eq!(
        shas(
            &db,
            "r-1",
            filters("main", "ann@example.com", Some(100), None)
        )
        .await,
        ["c4", "c1"]
    );
    assert!(
        shas(&db, "r-1", filters("release", "", None, None))
            .await
            .is_empty()
    );
    drop(db);
    database.cleanup().await;
}

secureflow_platform::backend_tests!(
    a_full_name_is_one_repository_in_any_case,
    listings_filter_by_team_text_and_archived,
    a_deleted_repository_is_hidden_and_keeps_its_name_until_purged,
    commit_listings_filter_by_branch_author_and_time,
);
