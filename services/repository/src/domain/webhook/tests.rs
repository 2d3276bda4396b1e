//! The readers and checks against the payloads both hosts document.

use super::*;

const GITHUB_PUSH: &[u8] = include_bytes!("../../../tests/payloads/github-push.json");
const GITLAB_PUSH: &[u8] = include_bytes!("../../../tests/payloads/gitlab-push.json");

fn github_signature(secret: &[u8], body: &[u8]) -> String {
    let mut mac = HmacSha256::new_from_slice(secret).expect("key");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

#[test]
fn a_forced_push_says_so_on_github_only() {
    assert!(!github_push(GITHUB_PUSH).expect("push").forced);
    let forced =
        String::from_utf8_lossy(GITHUB_PUSH).replacen("\"forced\": false", "\"forced\": true", 1);
    assert!(github_push(forced.as_bytes()).expect("push").forced);
    assert!(!gitlab_push(GITLAB_PUSH).expect("push").forced);
}

#[test]
fn github_signatures_are_checked_over_the_raw_body() {
    let secret = b"It's a Secret to Everybody";
    let good = github_signature(secret, GITHUB_PUSH);
    assert_eq!(verify_github(secret, Some(&good), GITHUB_PUSH), Ok(()));
    let mismatch = Err(Unverified::Mismatch(GITHUB_SIGNATURE));
    assert_eq!(
        verify_github(b"another secret", Some(&good), GITHUB_PUSH),
        mismatch
    );
    let mut changed = GITHUB_PUSH.to_vec();
    changed[10] ^= 1;
    assert_eq!(verify_github(secret, Some(&good), &changed), mismatch);
    for malformed in [
        "",
        "sha256=",
        "sha1=abc",
        "sha256=zz",
        &good[..good.len() - 2],
    ] {
        assert_eq!(
            verify_github(secret, Some(malformed), GITHUB_PUSH),
            mismatch,
            "{malformed}"
        );
    }
    assert_eq!(
        verify_github(secret, None, GITHUB_PUSH),
        Err(Unverified::Missing(GITHUB_SIGNATURE))
    );
}

#[test]
fn the_signature_github_documents_is_accepted() {
    // The worked example of GitHub's "Validating webhook deliveries": the
    // secret "It's a Secret to Everybody" and the payload "Hello, World!".
    let documented = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    let secret = b"It's a Secret to Everybody";
    assert_eq!(
        verify_github(secret, Some(documented), b"Hello, World!"),
        Ok(())
    );
    assert_eq!(github_signature(secret, b"Hello, World!"), documented);
}

#[test]
fn gitlab_tokens_are_compared_whole() {
    let secret = "gl-secret-token";
    assert_eq!(verify_gitlab(secret, Some(secret)), Ok(()));
    let mismatch = Err(Unverified::Mismatch(GITLAB_TOKEN));
    for wrong in ["", "gl-secret-toke", "gl-secret-token ", "GL-SECRET-TOKEN"] {
        assert_eq!(verify_gitlab(secret, Some(wrong)), mismatch, "{wrong}");
    }
    assert_eq!(
        verify_gitlab(secret, None),
        Err(Unverified::Missing(GITLAB_TOKEN))
    );
}

#[test]
fn a_github_push_carries_its_commits_in_order() {
    let push = github_push(GITHUB_PUSH).expect("push");
    assert_eq!(push.repository, "acme/payments-api");
    assert_eq!(push.branch(), Some("main"));
    assert!(!push.created() && !push.deleted());
    assert_eq!(push.pusher.email, "ada@acme.example");
    let shas: Vec<&str> = push.commits.iter().map(|c| c.sha.as_str()).collect();
    assert_eq!(
        shas,
        [
            "1b6c9c3a0a53b5c2e1b4f0c8f6d5e4a3b2c1d0e9",
            push.after.as_str()
        ]
    );
    let first = &push.commits[0];
    assert_eq!(first.author.name, "Ada Developer");
    assert_eq!(first.files_added, ["src/luhn.rs"]);
    assert_eq!(first.files_modified.len(), 2);
    // 2026-11-30T09:15:02-08:00 is 17:15:02 UTC.
    assert_eq!(first.authored_at_us, 1_796_058_902_000_000);
    assert_eq!(push.commits[1].committer.name, "GitHub");
}

#[test]
fn a_gitlab_push_of_a_new_branch_carries_its_commits() {
    let push = gitlab_push(GITLAB_PUSH).expect("push");
    assert_eq!(push.repository, "platform/payments/ledger");
    assert_eq!(push.branch(), Some("feature/ledger-export"));
    assert!(push.created() && !push.deleted());
    assert_eq!(push.pusher.name, "Grace Maintainer");
    assert_eq!(push.commits.len(), 2);
    assert_eq!(push.commits[0].committer, push.commits[0].author);
    assert_eq!(push.commits[1].files_added, ["export/csv_test.go"]);
}

#[test]
fn malformed_bodies_say_where() {
    let error = github_push(b"{\"ref\": \"refs/heads/main\",\n \"before\": 3}").expect_err("bad");
    assert!(error.0.contains("line 2"), "{error}");
    let error = gitlab_push(b"not json").expect_err("bad");
    assert!(error.0.contains("at line 1 column"), "{error}");
    let mut push: serde_json::Value = serde_json::from_slice(GITHUB_PUSH).expect("json");
    push["commits"][1]["timestamp"] = "yesterday".into();
    let body = serde_json::to_vec(&push).expect("json");
    let error = github_push(&body).expect_err("bad time");
    assert!(error.0.contains("commits[1].timestamp"), "{error}");
}

const GITHUB_PULL_REQUEST: &[u8] =
    include_bytes!("../../../tests/payloads/github-pull-request.json");
const GITLAB_MERGE_REQUEST: &[u8] =
    include_bytes!("../../../tests/payloads/gitlab-merge-request.json");

#[test]
fn a_merged_github_pull_request_says_who_merged_it_and_when() {
    let event = github_pull_request(GITHUB_PULL_REQUEST).expect("pull request");
    assert_eq!(event.repository, "acme/payments-api");
    assert_eq!(event.action, PullRequestAction::Merged);
    assert_eq!((event.number, event.state), (42, PullRequestState::Merged));
    assert_eq!(
        (event.source_branch.as_str(), event.target_branch.as_str()),
        ("feature/luhn", "main")
    );
    assert_eq!(event.author.as_deref(), Some("ada"));
    assert_eq!(event.merged_by.as_deref(), Some("grace"));
    assert_eq!(
        (event.additions, event.deletions, event.commits),
        (Some(57), Some(12), Some(2))
    );
    assert!(event.merged_at_us.is_some() && event.merged_at_us == event.closed_at_us);
    assert!(event.created_at_us < event.merged_at_us.unwrap_or_default());
    // The same pull request closed without merging.
    let mut closed: serde_json::Value = serde_json::from_slice(GITHUB_PULL_REQUEST).expect("json");
    closed["pull_request"]["merged"] = false.into();
    closed["pull_request"]["merged_at"] = serde_json::Value::Null;
    closed["pull_request"]["merged_by"] = serde_json::Value::Null;
    let closed = github_pull_request(&serde_json::to_vec(&closed).expect("json")).expect("closed");
    assert_eq!(
        (closed.action, closed.state),
        (PullRequestAction::Closed, PullRequestState::Closed)
    );
    assert_eq!((closed.merged_at_us, closed.merged_by), (None, None));
}

#[test]
fn a_gitlab_draft_merge_request_opened() {
    let event = gitlab_merge_request(GITLAB_MERGE_REQUEST).expect("merge request");
    assert_eq!(event.repository, "platform/payments/ledger");
    assert_eq!(event.action, PullRequestAction::Opened);
    assert_eq!(
        (event.number, event.state, event.draft),
        (7, PullRequestState::Open, true)
    );
    assert_eq!(event.head_sha, "da1560886d4f094c3e6c9ef40349f7d38b5d27d7");
    assert_eq!(
        (event.author.as_deref(), event.merged_by),
        (Some("grace"), None)
    );
    // Merged by someone else: who merged, not who wrote it.
    let mut merged: serde_json::Value = serde_json::from_slice(GITLAB_MERGE_REQUEST).expect("json");
    merged["object_attributes"]["action"] = "merge".into();
    merged["object_attributes"]["state"] = "merged".into();
    merged["user"]["username"] = "ada".into();
    let merged = gitlab_merge_request(&serde_json::to_vec(&merged).expect("json")).expect("merged");
    assert_eq!(
        (merged.author, merged.merged_by.as_deref()),
        (None, Some("ada"))
    );
    assert_eq!(merged.state, PullRequestState::Merged);
    // Older GitLab versions write times as `2026-11-29 13:35:00 UTC`.
    let mut older: serde_json::Value = serde_json::from_slice(GITLAB_MERGE_REQUEST).expect("json");
    older["object_attributes"]["created_at"] = "2026-11-29 13:35:00 UTC".into();
    let older = gitlab_merge_request(&serde_json::to_vec(&older).expect("json")).expect("older");
    assert_eq!(older.created_at_us, event.created_at_us);
}

#[test]
fn a_merge_request_time_that_is_not_one_is_named() {
    let mut broken: serde_json::Value = serde_json::from_slice(GITLAB_MERGE_REQUEST).expect("json");
    broken["object_attributes"]["created_at"] = "last tuesday".into();
    let error = gitlab_merge_request(&serde_json::to_vec(&broken).expect("json")).expect_err("bad");
    assert!(error.0.contains("object_attributes.created_at"), "{error}");
}

const GITHUB_REVIEW: &[u8] =
    include_bytes!("../../../tests/payloads/github-pull-request-review.json");
const GITHUB_REVIEW_COMMENT: &[u8] =
    include_bytes!("../../../tests/payloads/github-pull-request-review-comment.json");
const GITLAB_NOTE: &[u8] = include_bytes!("../../../tests/payloads/gitlab-note-merge-request.json");

#[test]
fn reviews_and_review_comments_are_read_from_both_hosts() {
    let review = github_review(GITHUB_REVIEW)
        .expect("review")
        .expect("submitted");
    assert_eq!(
        (
            review.repository.as_str(),
            review.number,
            review.reviewer.as_str()
        ),
        ("acme/payments-api", 42, "grace")
    );
    assert_eq!(review.kind, ReviewKind::Review(ReviewState::Approved));
    let comment = github_review_comment(GITHUB_REVIEW_COMMENT)
        .expect("comment")
        .expect("created");
    assert_eq!((comment.kind, comment.number), (ReviewKind::Comment, 42));
    assert!(comment.at_us < review.at_us);
    let note = gitlab_note(GITLAB_NOTE)
        .expect("note")
        .expect("on a merge request");
    assert_eq!(
        (
            note.repository.as_str(),
            note.number,
            note.reviewer.as_str(),
            note.kind
        ),
        ("platform/payments/ledger", 7, "ada", ReviewKind::Comment)
    );
}

#[test]
fn edits_system_notes_and_notes_elsewhere_are_not_review_activity() {
    let edit = |payload: &[u8], pointer: &str, value: serde_json::Value| {
        let mut event: serde_json::Value = serde_json::from_slice(payload).expect("json");
        *event.pointer_mut(pointer).expect("field") = value;
        serde_json::to_vec(&event).expect("json")
    };
    assert_eq!(
        github_review(&edit(GITHUB_REVIEW, "/action", "edited".into())),
        Ok(None)
    );
    let dismissed = github_review(&edit(GITHUB_REVIEW, "/action", "dismissed".into()))
        .expect("dismissed")
        .expect("a review");
    assert_eq!(dismissed.kind, ReviewKind::Review(ReviewState::Dismissed));
    let changes = github_review(&edit(
        GITHUB_REVIEW,
        "/review/state",
        "CHANGES_REQUESTED".into(),
    ))
    .expect("review")
    .expect("submitted");
    assert_eq!(
        changes.kind,
        ReviewKind::Review(ReviewState::ChangesRequested)
    );
    assert_eq!(
        github_review_comment(&edit(GITHUB_REVIEW_COMMENT, "/action", "deleted".into())),
        Ok(None)
    );
    let system = edit(GITLAB_NOTE, "/object_attributes/system", true.into());
    assert_eq!(gitlab_note(&system), Ok(None));
    let on_commit = edit(
        GITLAB_NOTE,
        "/object_attributes/noteable_type",
        "Commit".into(),
    );
    assert_eq!(gitlab_note(&on_commit), Ok(None));
}

const GITHUB_CREATE: &[u8] = include_bytes!("../../../tests/payloads/github-create.json");
const GITHUB_RELEASE: &[u8] = include_bytes!("../../../tests/payloads/github-release.json");
const GITLAB_RELEASE: &[u8] = include_bytes!("../../../tests/payloads/gitlab-release.json");

#[test]
fn branches_tags_and_releases_are_read_from_both_hosts() {
    let created = github_ref_change(GITHUB_CREATE, true).expect("create");
    assert_eq!(
        (
            created.repository.as_str(),
            created.kind,
            created.name.as_str(),
            created.created
        ),
        (
            "acme/payments-api",
            RefKind::Branch,
            "feature/refunds",
            true
        )
    );
    let mut tag: serde_json::Value = serde_json::from_slice(GITHUB_CREATE).expect("json");
    tag["ref_type"] = "tag".into();
    let deleted =
        github_ref_change(&serde_json::to_vec(&tag).expect("json"), false).expect("delete");
    assert_eq!((deleted.kind, deleted.created), (RefKind::Tag, false));
    tag["ref_type"] = "repository".into();
    let error = github_ref_change(&serde_json::to_vec(&tag).expect("json"), true).expect_err("bad");
    assert!(error.0.contains("ref_type"), "{error}");

    let release = github_release(GITHUB_RELEASE).expect("release");
    assert_eq!(release.action, ReleaseAction::Published);
    assert_eq!(
        (release.tag.as_str(), release.target.as_str()),
        ("v1.4.0", "main")
    );
    assert!(release.released_at_us.is_some() && !release.prerelease);
    let release = gitlab_release(GITLAB_RELEASE).expect("release");
    assert_eq!(
        (
            release.repository.as_str(),
            release.tag.as_str(),
            release.name.as_str()
        ),
        ("platform/payments/ledger", "v2.1.0", "Ledger 2.1")
    );
    assert_eq!(release.target, "da1560886d4f094c3e6c9ef40349f7d38b5d27d7");
    assert_eq!(release.action, ReleaseAction::Published);
}

#[test]
fn deliveries_are_read_by_their_event_header() {
    use crate::domain::repository::Host;
    assert!(matches!(
        read(Host::GitHub, "push", GITHUB_PUSH),
        Ok(Delivery::Push(_))
    ));
    assert!(matches!(
        read(Host::GitLab, "Merge Request Hook", GITLAB_MERGE_REQUEST),
        Ok(Delivery::PullRequest(_))
    ));
    assert!(matches!(
        read(Host::GitLab, "Note Hook", GITLAB_NOTE),
        Ok(Delivery::Review(_))
    ));
    assert_eq!(read(Host::GitHub, "ping", b"{}"), Ok(Delivery::Ping));
    // Unknown events are acknowledged whatever their body; known ones must parse.
    assert_eq!(
        read(Host::GitHub, "star", b"not json"),
        Ok(Delivery::Ignored("star".into()))
    );
    assert!(read(Host::GitHub, "push", b"not json").is_err());
    // A GitLab header is not a GitHub event, and the other way round.
    assert_eq!(
        read(Host::GitHub, "Push Hook", GITLAB_PUSH),
        Ok(Delivery::Ignored("Push Hook".into()))
    );
    assert_eq!(subscription(Host::GitLab, "Push Hook"), Some("push"));
    assert_eq!(
        subscription(Host::GitHub, "pull_request_review"),
        Some("pull_request_review")
    );
    assert_eq!(subscription(Host::GitHub, "star"), None);
}

#[test]
fn subscriptions_name_known_events() {
    assert_eq!(
        checked_events(vec!["push".into(), " pull_request ".into(), "push".into()]),
        Ok(vec!["push".to_owned(), "pull_request".to_owned()])
    );
    let (field, problem) =
        checked_events(vec!["push".into(), "deploy".into()]).expect_err("unknown");
    assert_eq!(field, "events");
    assert!(problem.starts_with("[1] `deploy`"), "{problem}");
    assert_eq!(checked_secret(""), Ok(None));
    assert!(checked_secret("short").is_err());
    assert!(checked_secret("a secret with spaces in it").is_err());
    let good = "0123456789abcdefghij";
    assert_eq!(checked_secret(good), Ok(Some(good)));
}

#[test]
fn tags_and_deletions_are_told_apart() {
    let mut push = github_push(GITHUB_PUSH).expect("push");
    push.git_ref = "refs/tags/v1.2.0".into();
    push.after = "0".repeat(40);
    assert_eq!((push.branch(), push.tag()), (None, Some("v1.2.0")));
    assert!(push.deleted());
}
