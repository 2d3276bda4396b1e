//! `StreamEvents`: the organisation's events live, limited to the types the
//! caller may read, never another tenant's; a backlog, a resume cursor
//! checked against the caller's organisation, envelopes without their data,
//! and streams that end when the server stops.

use crate::common;

use std::time::Duration;

use common::identity::{create_token, other_tenant_admin};
use common::repository::create_repository;
use common::security::{one_finding_sarif, upload_sarif};
use secureflow_platform::testkit::{TestDatabase, with_token};
use secureflow_proto::secureflow::analytics::v1::analytics_service_client::AnalyticsServiceClient;
use secureflow_proto::secureflow::analytics::v1::{StreamEventsRequest, StreamEventsResponse};
use secureflow_proto::secureflow::events::v1::Envelope;
use tonic::Streaming;
use tonic::transport::Channel;

const ADMIN_TOKEN: &str = "sft_live_events_test_admin_0123456";

/// How long an event may take to reach a stream (the log is polled every
/// poll interval for other processes' writes; this process wakes it).
const PATIENCE: Duration = Duration::from_secs(10);

async fn open(
    channel: Channel,
    token: &str,
    request: StreamEventsRequest,
) -> Result<Streaming<StreamEventsResponse>, tonic::Status> {
    AnalyticsServiceClient::new(channel)
        .stream_events(with_token(request, token))
        .await
        .map(tonic::Response::into_inner)
}

/// The next event of a stream (panics after [`PATIENCE`] or at its end).
async fn next(stream: &mut Streaming<StreamEventsResponse>) -> Envelope {
    tokio::time::timeout(PATIENCE, stream.message())
        .await
        .expect("an event in time")
        .expect("no error")
        .expect("the stream goes on")
        .event
        .expect("an event")
}

/// Events of a stream up to and including the first of `event_type`.
async fn until(stream: &mut Streaming<StreamEventsResponse>, event_type: &str) -> Vec<Envelope> {
    let mut seen = Vec::new();
    loop {
        let event = next(stream).await;
        let last = event.event_type == event_type;
        seen.push(event);
        if last {
            return seen;
        }
    }
}

fn types(events: &[Envelope]) -> Vec<&str> {
    events
        .iter()
        .map(|event| event.event_type.as_str())
        .collect()
}

fn organization(event: &Envelope) -> &str {
    event
        .metadata
        .as_ref()
        .map_or("", |metadata| metadata.organization_id.as_str())
}

async fn a_stream_shows_its_organisations_events_the_caller_may_read(database: TestDatabase) {
    let server = common::start(
        &database,
        ADMIN_TOKEN,
        &["identity", "repository", "security", "analytics"],
        &[],
    )
    .await;
    let channel = server.channel().await;
    let (other_admin, other_user) = other_tenant_admin(&server, ADMIN_TOKEN).await;
    // Reads findings, not repositories, users or the audit trail.
    let (_, reader) = create_token(
        channel.clone(),
        ADMIN_TOKEN,
        &["analytics.read", "security.read"],
        Duration::from_secs(3600),
    )
    .await;

    let mut everything = open(channel.clone(), &reader, StreamEventsRequest::default())
        .await
        .expect("stream");
    let mut scans_only = open(
        channel.clone(),
        &reader,
        StreamEventsRequest {
            event_types: vec!["scan.completed".into()],
            omit_data: true,
            ..Default::default()
        },
    )
    .await
    .expect("stream");
    let mut admins = open(channel.clone(), ADMIN_TOKEN, StreamEventsRequest::default())
        .await
        .expect("stream");

    // A repository is registered (the reader may not read repositories),
    // then the other tenant works: none of it reaches this organisation.
    create_repository(channel.clone(), ADMIN_TOKEN, "acme/live", "").await;
    let theirs = upload_sarif(
        channel.clone(),
        &other_admin,
        "r-theirs",
        "main",
        one_finding_sarif("python.eval", "theirs.py", 1),
    )
    .await;
    let ours = upload_sarif(
        channel.clone(),
        ADMIN_TOKEN,
        "r-ours",
        "main",
        one_finding_sarif("python.eval", "ours.py", 2),
    )
    .await;
    assert_ne!(theirs.organization_id, ours.organization_id);

    let seen = until(&mut everything, "scan.completed").await;
    for event in &seen {
        assert_eq!(organization(event), ours.organization_id, "{event:?}");
        assert!(
            matches!(
                event.event_type.as_str(),
                "scan.started" | "scan.completed" | "vulnerabilities.detected" | "gate.changed"
            ),
            "a reader of findings got {}",
            event.event_type
        );
        assert!(event.data.is_some());
    }
    assert!(types(&seen).contains(&"scan.started"), "{:?}", types(&seen));

    let completed = next(&mut scans_only).await;
    assert_eq!(completed.event_type, "scan.completed");
    assert_eq!(completed.aggregate_id, ours.id);
    assert!(completed.data.is_none(), "asked without data");

    // The admin also sees what the reader may not: the new repository.
    let admin_saw = until(&mut admins, "scan.completed").await;
    assert!(
        admin_saw
            .iter()
            .all(|event| organization(event) == ours.organization_id)
    );
    assert_eq!(
        admin_saw[0].event_type,
        "repository.repositories",
        "{:?}",
        types(&admin_saw)
    );

    // Resumed after the first event: the same events follow.
    let mut resumed = open(
        channel.clone(),
        &reader,
        StreamEventsRequest {
            after_event_id: seen[0].event_id.clone(),
            ..Default::default()
        },
    )
    .await
    .expect("resumed");
    let again = until(&mut resumed, "scan.completed").await;
    assert_eq!(again, seen[1..].to_vec());

    // A backlog: the latest events the reader may see, oldest first.
    let mut recent = open(
        channel.clone(),
        &reader,
        StreamEventsRequest {
            backlog: 2,
            ..Default::default()
        },
    )
    .await
    .expect("backlog");
    let latest = [next(&mut recent).await, next(&mut recent).await];
    let visible_so_far: Vec<&Envelope> = seen.iter().collect();
    assert!(latest.iter().all(|event| visible_so_far.contains(&event)
        || matches!(event.event_type.as_str(), "gate.changed" | "scan.completed")));
    assert_eq!(latest[1].event_type, seen.last().expect("seen").event_type);

    // Another tenant's event is no cursor here; unknown types are named.
    let mut their_stream = open(
        channel.clone(),
        &other_admin,
        StreamEventsRequest {
            backlog: 1,
            ..Default::default()
        },
    )
    .await
    .expect("theirs");
    let their_event = next(&mut their_stream).await;
    assert_eq!(organization(&their_event), other_user.organization_id);
    let refused = open(
        channel.clone(),
        &reader,
        StreamEventsRequest {
            after_event_id: their_event.event_id.clone(),
            ..Default::default()
        },
    )
    .await
    .expect_err("not our event");
    assert_eq!(refused.code(), tonic::Code::InvalidArgument);
    assert!(refused.message().contains("after_event_id"), "{refused:?}");
    let unknown = open(
        channel.clone(),
        &reader,
        StreamEventsRequest {
            event_types: vec!["scan.completed".into(), "scan.done".into()],
            ..Default::default()
        },
    )
    .await
    .expect_err("unknown type");
    assert_eq!(unknown.code(), tonic::Code::InvalidArgument);
    assert!(unknown.message().contains("event_types[1]"), "{unknown:?}");

    // Stopping the server ends the streams instead of waiting for them.
    let stopping = std::time::Instant::now();
    server.stop().await.expect("stopped");
    assert!(
        stopping.elapsed() < Duration::from_secs(5),
        "stopping took {:?} with streams open",
        stopping.elapsed()
    );
    let ended = tokio::time::timeout(PATIENCE, everything.message()).await;
    assert!(
        matches!(ended, Ok(Ok(None)) | Ok(Err(_))),
        "the stream ended: {ended:?}"
    );
    database.cleanup().await;
}

secureflow_platform::backend_tests!(a_stream_shows_its_organisations_events_the_caller_may_read);

/// A stream lasts as long as what opened it: revoking the API token ends it
/// (within a recheck, not at the next reconnect), and a reconnect is refused.
async fn a_revoked_credential_ends_its_stream(database: TestDatabase) {
    use secureflow_proto::secureflow::identity::v1::RevokeApiTokenRequest;
    use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;

    let server = common::start(&database, ADMIN_TOKEN, &["identity", "analytics"], &[]).await;
    let channel = server.channel().await;
    let (token_id, reader) = create_token(
        channel.clone(),
        ADMIN_TOKEN,
        &["analytics.read", "security.read"],
        Duration::from_secs(3600),
    )
    .await;
    let mut stream = open(channel.clone(), &reader, StreamEventsRequest::default())
        .await
        .expect("stream");
    // Still open after a recheck while the token holds.
    let early = tokio::time::timeout(
        secureflow_analytics::live::RECHECK + Duration::from_secs(2),
        stream.message(),
    )
    .await;
    assert!(early.is_err(), "the stream went on: {early:?}");

    IdentityServiceClient::new(channel.clone())
        .revoke_api_token(with_token(
            RevokeApiTokenRequest { id: token_id },
            ADMIN_TOKEN,
        ))
        .await
        .expect("revoked");
    let ended = tokio::time::timeout(
        secureflow_analytics::live::RECHECK * 2 + Duration::from_secs(2),
        stream.message(),
    )
    .await
    .expect("the stream ended within two rechecks");
    assert!(matches!(ended, Ok(None)), "ended cleanly: {ended:?}");
    let again = open(channel.clone(), &reader, StreamEventsRequest::default())
        .await
        .expect_err("refused");
    assert_eq!(again.code(), tonic::Code::Unauthenticated, "{again:?}");
    server.finish(database).await;
}

secureflow_platform::backend_tests!(a_revoked_credential_ends_its_stream);
