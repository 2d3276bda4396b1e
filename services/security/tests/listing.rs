//! Listings read the page along the order's index and keep their totals
//! between changes: every change of the vulnerabilities a filter selects
//! (ingestion, triage, assignment) shows in the next total, and a change of
//! what a stored rank is made of (the SLA policy) shows in the next order,
//! though the pages asked for are kept between changes, as does a change of
//! the threat intelligence a kept page's scores are computed from; the BASIC
//! view is the FULL one without its long texts.

use crate::common;

use std::time::{Duration, Instant};

use common::*;
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::identity::v1::SlaPolicy;
use secureflow_proto::secureflow::security::v1::*;

const REPO: &str = "listing/app";

/// The total of a one-row page (so it is counted, not read off the page).
async fn total(server: &TestServer, request: ListVulnerabilitiesRequest) -> i64 {
    let page = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            page_size: 1,
            ..request
        },
    )
    .await;
    page.total_size
}

async fn assign(server: &TestServer, id: &str, user: &str) {
    client(server.channel().await)
        .assign_vulnerability(with_token(
            AssignVulnerabilityRequest {
                id: id.into(),
                assigned_to: user.into(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("assigned");
}

/// Marks a vulnerability a false positive.
async fn false_positive(channel: tonic::transport::Channel, id: &str) {
    client(channel)
        .update_vulnerability_status(with_token(
            UpdateVulnerabilityStatusRequest {
                id: id.into(),
                status: VulnerabilityStatus::FalsePositive as i32,
                justification: "test code".into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("triaged");
}

async fn totals_follow_every_change(database: TestDatabase) {
    let server = start(&database).await;
    let five: Vec<(usize, usize, u32)> = (0..5).map(|i| (i, i, 10)).collect();
    upload(server.channel().await, REPO, &sarif(&five))
        .await
        .expect("uploaded");
    let open = ListVulnerabilitiesRequest::default;
    assert_eq!(total(&server, open()).await, 5);
    // Asked again with nothing changed: the same total.
    assert_eq!(total(&server, open()).await, 5);

    // Triage.
    // Ids by rule: `rule-0` first.
    let listed = vulnerabilities(server.channel().await, open()).await;
    let mut rules: Vec<(String, String)> = listed
        .vulnerabilities
        .iter()
        .map(|v| (v.rule_id.clone(), v.id.clone()))
        .collect();
    rules.sort();
    let ids: Vec<String> = rules.into_iter().map(|(_, id)| id).collect();
    false_positive(server.channel().await, &ids[0]).await;
    assert_eq!(total(&server, open()).await, 4);

    // Assignment, to a person of the organisation.
    let me = triager(server.channel().await).await;
    let assigned = || ListVulnerabilitiesRequest {
        assigned_to: me.clone(),
        ..Default::default()
    };
    // Known to match nothing, until something changes.
    assert_eq!(total(&server, assigned()).await, 0);
    assert_eq!(total(&server, assigned()).await, 0);
    for id in &ids[1..4] {
        assign(&server, id, &me).await;
    }
    assert_eq!(total(&server, assigned()).await, 3);
    assign(&server, &ids[3], "").await;
    assert_eq!(total(&server, assigned()).await, 2);

    // Ingestion: a full scan without `rule-4` resolves it.
    upload(server.channel().await, REPO, &sarif(&five[..4]))
        .await
        .expect("uploaded again");
    let resolved = ListVulnerabilitiesRequest {
        statuses: vec![VulnerabilityStatus::Resolved as i32],
        ..Default::default()
    };
    let open_now = total(&server, open()).await;
    let resolved_now = total(&server, resolved).await;
    assert_eq!(
        (open_now, resolved_now),
        (3, 1),
        "one false positive, one resolved: {open_now} open, {resolved_now} resolved"
    );
    server.finish(database).await;
}

/// The severities of the `sla_due asc` listing.
async fn by_deadline(server: &TestServer) -> Vec<i32> {
    let page = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest {
            order_by: "sla_due asc".into(),
            ..Default::default()
        },
    )
    .await;
    page.vulnerabilities.iter().map(|v| v.severity).collect()
}

async fn an_sla_change_reorders_the_deadlines(database: TestDatabase) {
    let server = start(&database).await;
    for (repository, cve, severity) in [
        ("listing/a", "CVE-2024-0001", "CRITICAL"),
        ("listing/b", "CVE-2024-0002", "LOW"),
    ] {
        upload(server.channel().await, repository, &trivy(cve, severity))
            .await
            .expect("uploaded");
    }
    let (critical, low) = (Severity::Critical as i32, Severity::Low as i32);
    assert_eq!(by_deadline(&server).await, [critical, low]);

    // Critical vulnerabilities lose their deadline: they list last now.
    set_sla_policy(
        server.channel().await,
        SlaPolicy {
            critical_days: 0,
            high_days: 30,
            medium_days: 90,
            low_days: 180,
        },
    )
    .await
    .expect("updated");
    // Security learns of it from identity's events: within moments.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let order = by_deadline(&server).await;
        if order == [low, critical] {
            break;
        }
        assert!(Instant::now() < deadline, "never reordered: {order:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    server.finish(database).await;
}

async fn the_basic_view_is_the_full_one_without_its_texts(database: TestDatabase) {
    let server = start(&database).await;
    let three: Vec<(usize, usize, u32)> = (0..3).map(|i| (i, i, 10)).collect();
    upload(server.channel().await, REPO, &sarif(&three))
        .await
        .expect("uploaded");
    upload(
        server.channel().await,
        REPO,
        &trivy("CVE-2024-0001", "HIGH"),
    )
    .await
    .expect("uploaded");
    let in_view = |view: VulnerabilityView| ListVulnerabilitiesRequest {
        order_by: "risk desc".into(),
        view: view as i32,
        ..Default::default()
    };
    let full = vulnerabilities(server.channel().await, in_view(VulnerabilityView::Full)).await;
    let default = vulnerabilities(
        server.channel().await,
        in_view(VulnerabilityView::Unspecified),
    )
    .await;
    assert_eq!(default, full, "the default view is FULL");
    assert_eq!(full.vulnerabilities.len(), 4);
    assert!(
        full.vulnerabilities.iter().all(|v| !v.snippet.is_empty()
            || !v.references.is_empty()
            || !v.description.is_empty())
    );
    assert!(
        full.vulnerabilities
            .iter()
            .all(|v| v.risk.as_ref().is_some_and(|risk| !risk.factors.is_empty()))
    );

    let basic = vulnerabilities(server.channel().await, in_view(VulnerabilityView::Basic)).await;
    let mut expected = full.clone();
    for vulnerability in &mut expected.vulnerabilities {
        vulnerability.description.clear();
        vulnerability.snippet.clear();
        vulnerability.remediation.clear();
        vulnerability.references.clear();
        if let Some(risk) = vulnerability.risk.as_mut() {
            risk.factors.clear();
        }
    }
    assert_eq!(basic, expected);

    let refused = client(server.channel().await)
        .list_vulnerabilities(with_token(
            ListVulnerabilitiesRequest {
                view: 7,
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("an unknown view");
    assert_eq!(refused.code(), tonic::Code::InvalidArgument);
    assert!(refused.message().contains("view"), "{}", refused.message());
    server.finish(database).await;
}

/// Kept pages asked for by many callers at once share their looks at the
/// organisation's version; a change answered before a call is made still shows
/// in that call, with other calls asking all the while.
async fn concurrent_listings_see_every_change_made_before_them(database: TestDatabase) {
    let server = start(&database).await;
    let six: Vec<(usize, usize, u32)> = (0..6).map(|i| (i, i, 10)).collect();
    upload(server.channel().await, REPO, &sarif(&six))
        .await
        .expect("uploaded");
    let page = || ListVulnerabilitiesRequest {
        order_by: "risk desc".into(),
        page_size: 2,
        ..Default::default()
    };
    let listed = vulnerabilities(server.channel().await, page()).await;
    assert_eq!(listed.total_size, 6);
    let channel = server.channel().await;
    // Callers asking for the kept page all the time.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut askers = Vec::new();
    for _ in 0..8 {
        let (channel, stop) = (channel.clone(), stop.clone());
        askers.push(tokio::spawn(async move {
            let mut asked = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                vulnerabilities(channel.clone(), page()).await;
                asked += 1;
            }
            asked
        }));
    }
    let all = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest::default(),
    )
    .await;
    for (settled, vulnerability) in all.vulnerabilities.iter().take(4).enumerate() {
        false_positive(channel.clone(), &vulnerability.id).await;
        let open = i64::try_from(6 - settled - 1).expect("small");
        let calls = (0..8).map(|_| vulnerabilities(channel.clone(), page()));
        for answer in futures::future::join_all(calls).await {
            assert_eq!(answer.total_size, open, "a page from before the change");
            assert!(
                answer
                    .vulnerabilities
                    .iter()
                    .all(|v| v.id != vulnerability.id),
                "the settled vulnerability still listed"
            );
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for asker in askers {
        assert!(asker.await.expect("asker") > 0);
    }
    server.finish(database).await;
}

/// The EPSS factor of the only vulnerability listed (FULL view).
async fn epss_factor(server: &TestServer) -> String {
    let listed = vulnerabilities(
        server.channel().await,
        ListVulnerabilitiesRequest::default(),
    )
    .await
    .vulnerabilities;
    assert_eq!(listed.len(), 1, "{listed:#?}");
    let risk = listed[0].risk.as_ref().expect("risk");
    let factor = risk.factors.iter().find(|factor| factor.name == "epss");
    factor.expect("an EPSS factor").value.clone()
}

async fn a_kept_page_shows_new_threat_intelligence(database: TestDatabase) {
    let server = start(&database).await;
    upload(server.channel().await, REPO, &trivy("CVE-2023-1111", "LOW"))
        .await
        .expect("uploaded");
    assert_eq!(epss_factor(&server).await, "");
    // Kept: asked again with nothing changed.
    assert_eq!(epss_factor(&server).await, "");
    // Each import moves the score by far less than a stored rank is written
    // again for, so no branch's version changes: the page's facts must still
    // be read again.
    for probability in ["0.0001", "0.0002"] {
        let epss = format!("cve,epss,percentile\nCVE-2023-1111,{probability},0.01\n");
        import(&server, ThreatIntelSource::Epss, epss.as_bytes()).await;
        assert_eq!(epss_factor(&server).await, probability);
        assert_eq!(epss_factor(&server).await, probability);
    }
    server.finish(database).await;
}

/// `repository_ids` lists several repositories as one (a team's): any of
/// them, with `repository_id` too both; an empty id or more than 1,000 are
/// refused naming the field.
async fn several_repositories_list_as_one(database: TestDatabase) {
    let server = start(&database).await;
    for (repository, count) in [("listing/a", 2), ("listing/b", 3), ("listing/c", 4)] {
        let results: Vec<(usize, usize, u32)> = (0..count).map(|i| (i, i, 10)).collect();
        upload(server.channel().await, repository, &sarif(&results))
            .await
            .expect("uploaded");
    }
    let among = |ids: &[&str]| ListVulnerabilitiesRequest {
        repository_ids: ids.iter().map(|id| (*id).to_owned()).collect(),
        page_size: 100,
        ..Default::default()
    };
    let listed = vulnerabilities(server.channel().await, among(&["listing/a", "listing/b"])).await;
    assert_eq!(listed.total_size, 5);
    let mut repositories: Vec<&str> = listed
        .vulnerabilities
        .iter()
        .map(|v| v.repository_id.as_str())
        .collect();
    repositories.sort_unstable();
    repositories.dedup();
    assert_eq!(repositories, ["listing/a", "listing/b"]);
    assert_eq!(total(&server, among(&["listing/c"])).await, 4);
    assert_eq!(total(&server, among(&["listing/c", "nowhere"])).await, 4);
    let both = ListVulnerabilitiesRequest {
        repository_id: "listing/b".into(),
        ..among(&["listing/a", "listing/b"])
    };
    assert_eq!(total(&server, both).await, 3);
    let neither = ListVulnerabilitiesRequest {
        repository_id: "listing/c".into(),
        ..among(&["listing/a"])
    };
    assert_eq!(total(&server, neither).await, 0);

    let refused = |request: ListVulnerabilitiesRequest| {
        let server = &server;
        async move {
            client(server.channel().await)
                .list_vulnerabilities(with_token(request, ADMIN_TOKEN))
                .await
                .expect_err("refused")
        }
    };
    let empty = refused(among(&["listing/a", " "])).await;
    assert_eq!(empty.code(), tonic::Code::InvalidArgument);
    assert!(empty.message().contains("repository_ids[1]"), "{empty:?}");
    let many: Vec<String> = (0..1001).map(|i| format!("listing/{i}")).collect();
    let too_many = refused(ListVulnerabilitiesRequest {
        repository_ids: many,
        ..Default::default()
    })
    .await;
    assert_eq!(too_many.code(), tonic::Code::InvalidArgument);
    assert!(
        too_many.message().contains("repository_ids"),
        "{too_many:?}"
    );
    assert!(too_many.message().contains("1001"), "{too_many:?}");
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    a_kept_page_shows_new_threat_intelligence,
    several_repositories_list_as_one,
    totals_follow_every_change,
    concurrent_listings_see_every_change_made_before_them,
    an_sla_change_reorders_the_deadlines,
    the_basic_view_is_the_full_one_without_its_texts
);
