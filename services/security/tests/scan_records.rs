//! The scan records' contract: what every home of the scans must do —
//! `security_scans` on SQLite and on PostgreSQL, and the MongoDB collection
//! `scans` (`documents.collections = ["scans"]`), where a scan is staged in
//! the ingestion's SQL transaction and forwarded after its commit.
//!
//! The MongoDB cases run against SecantusDB, which `scripts/dev-tools.sh`
//! installs and each case starts, or the MongoDB named by
//! `SECUREFLOW_TEST_MONGODB_URL` (see `services/identity/tests/audit_records.rs`).

use base64::Engine;
use secureflow_platform::db::Database;
use secureflow_platform::pagination::Page;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::testkit::DocumentHome;
use secureflow_security::migrations::SECURITY_MIGRATIONS;
use secureflow_security::store::scans::{Filters, ScanRow, Scans};
use secureflow_security::store::{Scope, Summary};

/// The scans of a case's home, where the service would keep them.
fn scans(home: &DocumentHome) -> Scans {
    let scans = Scans::new(&home.db, &home.documents);
    assert_eq!(
        matches!(scans, Scans::Mongo(_)),
        home.documents.uses_mongodb()
    );
    scans
}

fn scan(id: &str, repository: &str, branch: &str, tool: &str, created_at_us: i64) -> ScanRow {
    ScanRow {
        id: id.to_owned(),
        scope: Scope {
            organization_id: "org-1".to_owned(),
            repository_id: repository.to_owned(),
            branch: branch.to_owned(),
            commit_sha: format!("sha-{id}"),
            pipeline_execution_id: String::new(),
            full_scan: true,
            base_branch: String::new(),
        },
        tool: tool.to_owned(),
        format: "sarif".to_owned(),
        report_bytes: 1_000 + created_at_us,
        summary: Summary {
            findings_parsed: 7,
            duplicates_in_report: 1,
            new: 3,
            updated: 2,
            reopened: 1,
            resolved: 4,
        },
        uploaded_by: "user-1".to_owned(),
        created_at_us,
        report_key: None,
    }
}

/// Stores `scan` as ingestion does: in a SQL transaction, then forwarded.
async fn store(db: &Database, scans: &Scans, scan: &ScanRow) {
    let mut tx = db.begin().await.expect("transaction");
    scans.insert(&mut tx, scan).await.expect("inserted");
    tx.commit().await.expect("committed");
    scans.forward(&scan.id).await;
}

/// The organisation's first page of every scan.
async fn list_all(scans: &Scans) -> Vec<ScanRow> {
    let page = Page {
        limit: 50,
        offset: 0,
    };
    scans
        .list("org-1", &Filters::default(), page)
        .await
        .expect("listed")
}

fn ids(rows: &[ScanRow]) -> Vec<&str> {
    rows.iter().map(|row| row.id.as_str()).collect()
}

secureflow_platform::document_store_tests!(
    "scans",
    SECURITY_MIGRATIONS;
    scans_are_read_back_whole_and_listed_newest_first,
    a_scan_rolled_back_with_its_transaction_is_not_kept,
    a_scan_not_forwarded_yet_is_read_and_forwarding_again_changes_nothing,
    scans_not_forwarded_yet_are_listed_in_their_place_on_every_page,
    a_branch_counts_as_scanned_once_a_scan_of_it_is_stored,
    a_purged_repositorys_scans_go_and_name_their_kept_originals,
    scans_under_a_full_name_move_to_the_repository_id,
    kept_originals_keys_move_to_the_active_key_version,
);

async fn scans_are_read_back_whole_and_listed_newest_first(home: &DocumentHome) {
    let scans = scans(home);
    let stored = [
        scan("s1", "repo-a", "main", "semgrep", 10),
        scan("s2", "repo-a", "dev", "trivy", 20),
        scan("s3", "repo-b", "main", "semgrep", 30),
        scan("s5", "repo-a", "main", "semgrep", 40),
        // The same time as s5: the larger id first.
        scan("s4", "repo-a", "main", "trivy", 40),
    ];
    let mut kept = scan("s6", "repo-b", "main", "gitleaks", 50);
    kept.report_key = Some("sealed-key".to_owned());
    for scan in stored.iter().chain([&kept]) {
        store(&home.db, &scans, scan).await;
    }

    let read = scans.get("org-1", "s2").await.expect("read");
    assert_eq!(read.as_ref(), Some(&stored[1]), "read back whole");
    let read = scans.get("org-1", "s6").await.expect("read");
    assert_eq!(read, Some(kept), "with its original's key");
    assert_eq!(
        scans.get("org-2", "s2").await.expect("read"),
        None,
        "another organisation's"
    );
    assert_eq!(scans.get("org-1", "s9").await.expect("read"), None);

    let all = Filters::default();
    let page = |limit, offset| Page { limit, offset };
    let listed = scans
        .list("org-1", &all, page(50, 0))
        .await
        .expect("listed");
    assert_eq!(ids(&listed), ["s6", "s5", "s4", "s3", "s2", "s1"]);
    // A page fetches one more than its limit (there is a next page).
    let listed = scans.list("org-1", &all, page(2, 2)).await.expect("listed");
    assert_eq!(ids(&listed), ["s4", "s3", "s2"]);
    assert!(
        scans
            .list("org-2", &all, page(50, 0))
            .await
            .expect("listed")
            .is_empty()
    );

    for (filters, expected) in [
        (
            Filters {
                repository_id: "repo-a".to_owned(),
                ..Filters::default()
            },
            vec!["s5", "s4", "s2", "s1"],
        ),
        (
            Filters {
                repository_id: "repo-a".to_owned(),
                branch: "main".to_owned(),
                ..Filters::default()
            },
            vec!["s5", "s4", "s1"],
        ),
        (
            Filters {
                tool: "semgrep".to_owned(),
                ..Filters::default()
            },
            vec!["s5", "s3", "s1"],
        ),
    ] {
        let listed = scans
            .list("org-1", &filters, page(50, 0))
            .await
            .expect("listed");
        assert_eq!(ids(&listed), expected, "{filters:?}");
    }
}

async fn a_scan_rolled_back_with_its_transaction_is_not_kept(home: &DocumentHome) {
    let scans = scans(home);
    let lost = scan("s1", "repo-a", "main", "semgrep", 10);
    let mut tx = home.db.begin().await.expect("transaction");
    scans.insert(&mut tx, &lost).await.expect("inserted");
    tx.rollback().await.expect("rolled back");
    scans.forward(&lost.id).await;
    assert_eq!(scans.forward_staged().await.expect("forwarded"), 0);

    assert_eq!(scans.get("org-1", "s1").await.expect("read"), None);
    let listed = list_all(&scans).await;
    assert!(listed.is_empty());
}

async fn a_scan_not_forwarded_yet_is_read_and_forwarding_again_changes_nothing(
    home: &DocumentHome,
) {
    let scans = scans(home);
    let waiting = scan("s1", "repo-a", "main", "semgrep", 10);
    // Committed, not forwarded: as when MongoDB was away at the commit.
    let mut tx = home.db.begin().await.expect("transaction");
    scans.insert(&mut tx, &waiting).await.expect("inserted");
    tx.commit().await.expect("committed");
    assert_eq!(
        scans.get("org-1", "s1").await.expect("read").as_ref(),
        Some(&waiting)
    );
    let mut connection = home.db.pool().acquire().await.expect("connection");
    assert!(
        scans
            .branch_scanned(&mut connection, "org-1", "repo-a", "main")
            .await
            .expect("asked")
    );
    drop(connection);

    // The periodic work forwards it once; again, there is nothing to do.
    let expected = usize::from(home.documents.uses_mongodb());
    assert_eq!(scans.forward_staged().await.expect("forwarded"), expected);
    assert_eq!(scans.forward_staged().await.expect("forwarded"), 0);
    scans.forward(&waiting.id).await;
    assert_eq!(
        scans.get("org-1", "s1").await.expect("read").as_ref(),
        Some(&waiting)
    );
    let listed = list_all(&scans).await;
    assert_eq!(listed, [waiting], "listed once");
}

async fn scans_not_forwarded_yet_are_listed_in_their_place_on_every_page(home: &DocumentHome) {
    let scans = scans(home);
    // Even times forwarded, odd ones only committed (MongoDB away at their
    // commit); s04 twice at the same time, staged and stored (the larger id
    // first).
    let mut all = Vec::new();
    for at in 1..=12 {
        let repository = if at % 3 == 0 { "repo-b" } else { "repo-a" };
        let scan = scan(&format!("s{at:02}"), repository, "main", "semgrep", at * 10);
        if at % 2 == 0 {
            store(&home.db, &scans, &scan).await;
        } else {
            let mut tx = home.db.begin().await.expect("transaction");
            scans.insert(&mut tx, &scan).await.expect("inserted");
            tx.commit().await.expect("committed");
        }
        all.push(scan);
    }
    let twin = scan("s04a", "repo-a", "main", "semgrep", 40);
    let mut tx = home.db.begin().await.expect("transaction");
    scans.insert(&mut tx, &twin).await.expect("inserted");
    tx.commit().await.expect("committed");
    all.push(twin);
    all.sort_by(|a, b| (b.created_at_us, &b.id).cmp(&(a.created_at_us, &a.id)));

    for filters in [
        Filters::default(),
        Filters {
            repository_id: "repo-b".to_owned(),
            ..Filters::default()
        },
    ] {
        let expected: Vec<&ScanRow> = all
            .iter()
            .filter(|scan| {
                filters.repository_id.is_empty()
                    || scan.scope.repository_id == filters.repository_id
            })
            .collect();
        for limit in [1, 2, 3, 5, 50] {
            for offset in 0..=expected.len() as i64 {
                let listed = scans
                    .list("org-1", &filters, Page { limit, offset })
                    .await
                    .expect("listed");
                let wanted: Vec<&str> = expected
                    .iter()
                    .skip(offset as usize)
                    .take(limit as usize + 1)
                    .map(|scan| scan.id.as_str())
                    .collect();
                assert_eq!(
                    ids(&listed),
                    wanted,
                    "{filters:?}, limit {limit}, offset {offset}"
                );
            }
        }
    }
    // Forwarded, the same listing.
    scans.forward_staged().await.expect("forwarded");
    let listed = list_all(&scans).await;
    assert_eq!(listed, all);
}

async fn a_branch_counts_as_scanned_once_a_scan_of_it_is_stored(home: &DocumentHome) {
    let scans = scans(home);
    let scanned = |repository: &'static str, branch: &'static str| {
        let (db, scans) = (home.db.clone(), scans.clone());
        async move {
            let mut connection = db.pool().acquire().await.expect("connection");
            scans
                .branch_scanned(&mut connection, "org-1", repository, branch)
                .await
                .expect("asked")
        }
    };
    assert!(!scanned("repo-a", "main").await);
    store(
        &home.db,
        &scans,
        &scan("s1", "repo-a", "main", "semgrep", 10),
    )
    .await;
    assert!(scanned("repo-a", "main").await);
    assert!(!scanned("repo-a", "dev").await);
    assert!(!scanned("repo-b", "main").await);
}

async fn a_purged_repositorys_scans_go_and_name_their_kept_originals(home: &DocumentHome) {
    let scans = scans(home);
    let mut with_original = scan("s1", "repo-a", "main", "semgrep", 10);
    with_original.report_key = Some("sealed-key".to_owned());
    store(&home.db, &scans, &with_original).await;
    store(&home.db, &scans, &scan("s2", "repo-a", "dev", "trivy", 20)).await;
    store(
        &home.db,
        &scans,
        &scan("s3", "repo-b", "main", "semgrep", 30),
    )
    .await;

    let mut tx = home.db.begin().await.expect("transaction");
    let originals = scans
        .purge_repository(&mut tx, "org-1", "repo-a")
        .await
        .expect("purged");
    tx.commit().await.expect("committed");
    assert_eq!(originals, ["s1"]);

    let listed = list_all(&scans).await;
    assert_eq!(ids(&listed), ["s3"], "the other repository's stay");
    assert_eq!(scans.get("org-1", "s1").await.expect("read"), None);
}

async fn scans_under_a_full_name_move_to_the_repository_id(home: &DocumentHome) {
    let scans = scans(home);
    store(
        &home.db,
        &scans,
        &scan("s1", "acme/api", "main", "semgrep", 10),
    )
    .await;
    store(
        &home.db,
        &scans,
        &scan("s2", "acme/web", "main", "semgrep", 20),
    )
    .await;

    let mut tx = home.db.begin().await.expect("transaction");
    scans
        .rekey_repository(&mut tx, "org-1", "acme/api", "repo-1")
        .await
        .expect("moved");
    tx.commit().await.expect("committed");

    let moved = scans.get("org-1", "s1").await.expect("read").expect("kept");
    assert_eq!(moved.scope.repository_id, "repo-1");
    let other = scans.get("org-1", "s2").await.expect("read").expect("kept");
    assert_eq!(other.scope.repository_id, "acme/web");
    let filters = Filters {
        repository_id: "repo-1".to_owned(),
        ..Filters::default()
    };
    let listed = scans
        .list(
            "org-1",
            &filters,
            Page {
                limit: 50,
                offset: 0,
            },
        )
        .await
        .expect("listed");
    assert_eq!(ids(&listed), ["s1"]);
}

async fn kept_originals_keys_move_to_the_active_key_version(home: &DocumentHome) {
    let encode = |byte: u8| base64::engine::general_purpose::STANDARD.encode([byte; 32]);
    let (k1, k2) = (format!("1:{}", encode(1)), format!("2:{}", encode(2)));
    let old = Secrets::from_keys(std::slice::from_ref(&k1), 1).expect("key 1");
    let (sealed_key, content) = old.seal_content(b"report", "scan").expect("sealed");
    let scans = scans(home);
    let mut kept = scan("s1", "repo-a", "main", "semgrep", 10);
    kept.report_key = Some(sealed_key);
    store(&home.db, &scans, &kept).await;
    store(
        &home.db,
        &scans,
        &scan("s2", "repo-a", "main", "semgrep", 20),
    )
    .await;

    let both = Secrets::from_keys(&[k1, k2.clone()], 2).expect("both keys");
    scans.prepare(&both).await.expect("prepared");

    let read = scans.get("org-1", "s1").await.expect("read").expect("kept");
    let rewrapped = read.report_key.expect("still kept");
    assert_eq!(Secrets::version_of(&rewrapped), Some(2));
    let new = Secrets::from_keys(std::slice::from_ref(&k2), 2).expect("key 2");
    let opened = new.open_content(&rewrapped, &content, "scan");
    assert_eq!(opened.expect("opens with key 2 alone"), b"report");
    let other = scans.get("org-1", "s2").await.expect("read").expect("kept");
    assert_eq!(other.report_key, None, "nothing kept, nothing sealed");
}
