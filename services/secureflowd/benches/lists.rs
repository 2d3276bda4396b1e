//! Listing as dashboards and the CLI meet it once an organisation is large: a
//! release `secureflowd` started on its own (the embedded SQLite in a fresh
//! data directory, or `SECUREFLOW_BENCH_DATABASE_URL`), holding the
//! vulnerabilities of `shared/bench/gen_sarif.py --count 100000` uploaded with
//! the client library the `secureflow` CLI uses; then, for every documented
//! order of `ListVulnerabilities` in the FULL and the BASIC view, every filter
//! (in the BASIC view, as a dashboard's table asks), and the other list RPCs, 64
//! concurrent clients (over 4 connections) ask for the first page of 50 for
//! 3 s. Printed per case: requests per second, p50 and p99 latency, the page's
//! size and the total the server reported.
//!
//! Before the cases the organisation is given rows for the other lists, made
//! through their RPCs: `SECUREFLOW_BENCH_ROWS` (default 1,000) repositories and
//! pipelines, a tenth as many in-app channels, subscription and escalation
//! rules, and users (each bound to a role and all in one team, which a page
//! of users names), and `SECUREFLOW_BENCH_NOTIFICATIONS` (default 10,000) notifications
//! sent to one user, whose inbox (read with their own sign-in) then holds as
//! many items and the organisation as many deliveries (listed whole, and
//! filtered on the first notification, whose delivery is the oldest, and on
//! one that does not exist); every hundredth notification goes to a second
//! user too (the notifications listed filtered on that user, and on one who
//! got none). Then the bench waits
//! `SECUREFLOW_BENCH_SETTLE` seconds (default 15) for the services to take in
//! the events of what was made (the security service keeps a copy of each
//! repository; the notifications are delivered) before the cases start; on
//! PostgreSQL it then gathers the tables' statistics, as autovacuum would.
//!
//! The load generator reads each page of every list as load generators do
//! (h2load, ghz's binary mode): status, the number of items (and the total of
//! vulnerabilities), each item left encoded, so that the two cores this
//! machine shares between server and client go to the server. With
//! `SECUREFLOW_BENCH_DECODE=full` it decodes every field, as the CLI does.
//!
//! Run: `cargo bench -p secureflowd --bench lists`. Settings:
//! `SECUREFLOW_BENCH_FINDINGS` (default 100000), `SECUREFLOW_BENCH_SECONDS`
//! (default 3), `SECUREFLOW_BENCH_CLIENTS` (default 64),
//! `SECUREFLOW_BENCH_PAGE` (default 50), `SECUREFLOW_BENCH_DATABASE_URL`,
//! `SECUREFLOW_BENCH_DECODE` (`full`, or by default each vulnerability left encoded),
//! `SECUREFLOW_BENCH_ROWS`, `SECUREFLOW_BENCH_NOTIFICATIONS`,
//! `SECUREFLOW_BENCH_SETTLE`,
//! `SECUREFLOW_BENCH_ONLY` (run the cases
//! whose name contains this text, or one of several separated by `|`).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

mod common;

use secureflow_client::SecureFlow;
use secureflow_client::proto::secureflow::identity::v1 as identity;
use secureflow_client::proto::secureflow::notification::v1 as notification;
use secureflow_client::proto::secureflow::pipeline::v1 as pipeline;
use secureflow_client::proto::secureflow::repository::v1 as repository;
use secureflow_client::proto::secureflow::security::v1::{
    self as security, ListVulnerabilitiesRequest, ScanPhase, Severity, VulnerabilityStatus,
    VulnerabilityView,
};
use secureflow_client::upload::upload_file;

const TOKEN: &str = "sft_lists_bench_token_0123456789abcdef";
const CONNECTIONS: usize = 4;

/// The encoded size of the last page of vulnerabilities.
static PAGE_BYTES: AtomicUsize = AtomicUsize::new(0);

/// A page of vulnerabilities with each vulnerability left encoded (the
/// fields of `ListVulnerabilitiesResponse`).
#[derive(Clone, PartialEq, prost::Message)]
struct Skimmed {
    #[prost(bytes = "bytes", repeated, tag = "1")]
    vulnerabilities: Vec<bytes::Bytes>,
    #[prost(string, tag = "2")]
    next_page_token: String,
    #[prost(int64, tag = "3")]
    total_size: i64,
}

/// A page of any list with its items left encoded: every list response holds
/// its items in field 1 (the other fields are skipped unread).
#[derive(Clone, PartialEq, prost::Message)]
struct Items {
    #[prost(bytes = "bytes", repeated, tag = "1")]
    items: Vec<bytes::Bytes>,
}

/// Calls `path` with `request` as `client` and reads the answer as `Answer`
/// (a [`Skimmed`] or [`Items`] reading of the RPC's response).
async fn skim<Request, Answer>(
    client: &SecureFlow,
    path: &'static str,
    request: Request,
) -> Result<Answer, tonic::Status>
where
    Request: prost::Message + Send + Sync + 'static,
    Answer: prost::Message + Default + Send + Sync + 'static,
{
    let mut grpc = tonic::client::Grpc::new(client.authorized());
    grpc.ready()
        .await
        .map_err(|error| tonic::Status::unknown(format!("not ready: {error}")))?;
    let codec = tonic_prost::ProstCodec::<Request, Answer>::default();
    let path = http::uri::PathAndQuery::from_static(path);
    Ok(grpc
        .unary(tonic::Request::new(request), path, codec)
        .await?
        .into_inner())
}

/// Whether pages are decoded to their last field (`SECUREFLOW_BENCH_DECODE=full`).
fn decode_fully() -> bool {
    static FULL: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *FULL
        .get_or_init(|| std::env::var("SECUREFLOW_BENCH_DECODE").is_ok_and(|value| value == "full"))
}

/// Page size (`SECUREFLOW_BENCH_PAGE`, default 50).
fn page_size() -> i32 {
    i32::try_from(common::setting("SECUREFLOW_BENCH_PAGE", 50)).unwrap_or(50)
}

/// One request of a case.
#[derive(Debug, Clone)]
enum Call {
    Vulnerabilities(Box<ListVulnerabilitiesRequest>),
    Scans,
    Policies,
    Reports,
    Users,
    Teams,
    Roles,
    Bindings,
    Tokens,
    Audit,
    Organizations,
    Repositories,
    Pipelines,
    Channels,
    Templates,
    SubscriptionRules,
    EscalationRules,
    Notifications,
    Deliveries,
    /// The deliveries of one notification.
    DeliveriesOf(String),
    /// Signed in as the user the notifications were sent to.
    Inbox(Box<SecureFlow>),
    /// The notifications sent to one user.
    NotificationsTo(String),
}

/// The first page of a list without a total: `$client` asks `$service`'s
/// `$rpc` (at `$path`) for `page_size()` items of `$request` (with the
/// `$field`s given); the number of items and -1. Read as [`Items`] unless
/// `SECUREFLOW_BENCH_DECODE=full`.
macro_rules! first_page {
    ($client:expr, $service:ident, $rpc:ident, $path:literal, $module:ident::$request:ident, $items:ident) => {
        first_page!($client, $service, $rpc, $path, $module::$request {}, $items)
    };
    ($client:expr, $service:ident, $rpc:ident, $path:literal, $module:ident::$request:ident { $($field:ident: $value:expr),* $(,)? }, $items:ident) => {{
        let client: &SecureFlow = $client;
        let request = $module::$request {
            page_size: page_size(),
            $($field: $value,)*
            ..Default::default()
        };
        if decode_fully() {
            let page = client.$service().$rpc(request).await?.into_inner();
            (page.$items.len(), -1)
        } else {
            let page: Items = skim(client, $path, request).await?;
            (page.items.len(), -1)
        }
    }};
}

/// Calls once: the page's size and the total the server reported (-1 for
/// lists without one).
async fn call(client: &SecureFlow, call: &Call) -> Result<(usize, i64), tonic::Status> {
    Ok(match call {
        Call::Vulnerabilities(request) if decode_fully() => {
            let page = client
                .security()
                .list_vulnerabilities(*request.clone())
                .await?;
            let page = page.into_inner();
            PAGE_BYTES.store(prost::Message::encoded_len(&page), Ordering::Relaxed);
            (page.vulnerabilities.len(), page.total_size)
        }
        Call::Vulnerabilities(request) => {
            let page: Skimmed = skim(
                client,
                "/secureflow.security.v1.SecurityService/ListVulnerabilities",
                *request.clone(),
            )
            .await?;
            PAGE_BYTES.store(prost::Message::encoded_len(&page), Ordering::Relaxed);
            (page.vulnerabilities.len(), page.total_size)
        }
        Call::Scans => first_page!(
            client,
            security,
            list_scans,
            "/secureflow.security.v1.SecurityService/ListScans",
            security::ListScansRequest,
            scans
        ),
        Call::Policies => first_page!(
            client,
            security,
            list_policies,
            "/secureflow.security.v1.SecurityService/ListPolicies",
            security::ListPoliciesRequest,
            policies
        ),
        Call::Reports => first_page!(
            client,
            security,
            list_reports,
            "/secureflow.security.v1.SecurityService/ListReports",
            security::ListReportsRequest,
            reports
        ),
        Call::Users => first_page!(
            client,
            identity,
            list_users,
            "/secureflow.identity.v1.IdentityService/ListUsers",
            identity::ListUsersRequest,
            users
        ),
        Call::Teams => first_page!(
            client,
            identity,
            list_teams,
            "/secureflow.identity.v1.IdentityService/ListTeams",
            identity::ListTeamsRequest,
            teams
        ),
        Call::Roles => first_page!(
            client,
            identity,
            list_roles,
            "/secureflow.identity.v1.IdentityService/ListRoles",
            identity::ListRolesRequest,
            roles
        ),
        Call::Bindings => first_page!(
            client,
            identity,
            list_role_bindings,
            "/secureflow.identity.v1.IdentityService/ListRoleBindings",
            identity::ListRoleBindingsRequest,
            role_bindings
        ),
        Call::Tokens => first_page!(
            client,
            identity,
            list_api_tokens,
            "/secureflow.identity.v1.IdentityService/ListApiTokens",
            identity::ListApiTokensRequest,
            api_tokens
        ),
        Call::Audit => first_page!(
            client,
            identity,
            list_audit_records,
            "/secureflow.identity.v1.IdentityService/ListAuditRecords",
            identity::ListAuditRecordsRequest,
            records
        ),
        Call::Organizations => first_page!(
            client,
            identity,
            list_organizations,
            "/secureflow.identity.v1.IdentityService/ListOrganizations",
            identity::ListOrganizationsRequest,
            organizations
        ),
        Call::Repositories => first_page!(
            client,
            repository,
            list_repositories,
            "/secureflow.repository.v1.RepositoryService/ListRepositories",
            repository::ListRepositoriesRequest,
            repositories
        ),
        Call::Pipelines => first_page!(
            client,
            pipeline,
            list_pipelines,
            "/secureflow.pipeline.v1.PipelineService/ListPipelines",
            pipeline::ListPipelinesRequest,
            pipelines
        ),
        Call::Channels => first_page!(
            client,
            notification,
            list_channels,
            "/secureflow.notification.v1.NotificationService/ListChannels",
            notification::ListChannelsRequest,
            channels
        ),
        Call::Templates => first_page!(
            client,
            notification,
            list_templates,
            "/secureflow.notification.v1.NotificationService/ListTemplates",
            notification::ListTemplatesRequest,
            templates
        ),
        Call::SubscriptionRules => first_page!(
            client,
            notification,
            list_subscription_rules,
            "/secureflow.notification.v1.NotificationService/ListSubscriptionRules",
            notification::ListSubscriptionRulesRequest,
            subscription_rules
        ),
        Call::EscalationRules => first_page!(
            client,
            notification,
            list_escalation_rules,
            "/secureflow.notification.v1.NotificationService/ListEscalationRules",
            notification::ListEscalationRulesRequest,
            escalation_rules
        ),
        Call::Notifications => first_page!(
            client,
            notification,
            list_notifications,
            "/secureflow.notification.v1.NotificationService/ListNotifications",
            notification::ListNotificationsRequest,
            notifications
        ),
        Call::NotificationsTo(user_id) => first_page!(
            client,
            notification,
            list_notifications,
            "/secureflow.notification.v1.NotificationService/ListNotifications",
            notification::ListNotificationsRequest {
                user_id: user_id.clone()
            },
            notifications
        ),
        Call::Deliveries => first_page!(
            client,
            notification,
            list_deliveries,
            "/secureflow.notification.v1.NotificationService/ListDeliveries",
            notification::ListDeliveriesRequest,
            deliveries
        ),
        Call::DeliveriesOf(notification_id) => first_page!(
            client,
            notification,
            list_deliveries,
            "/secureflow.notification.v1.NotificationService/ListDeliveries",
            notification::ListDeliveriesRequest {
                notification_id: notification_id.clone()
            },
            deliveries
        ),
        Call::Inbox(reader) => first_page!(
            reader,
            notification,
            list_inbox,
            "/secureflow.notification.v1.NotificationService/ListInbox",
            notification::ListInboxRequest,
            items
        ),
    })
}

/// The cases: every order, every filter (riskiest first), the other lists
/// (the inbox read by the user the notifications went to).
fn cases(repository: &str, seeded: &Seeded) -> Vec<(String, Call)> {
    let base = ListVulnerabilitiesRequest {
        page_size: page_size(),
        ..Default::default()
    };
    let mut cases = Vec::new();
    for (view, named) in [
        (VulnerabilityView::Full, "full"),
        (VulnerabilityView::Basic, "basic"),
    ] {
        for order in [
            "severity desc",
            "risk desc",
            "first_detected desc",
            "last_seen desc",
            "sla_due asc",
        ] {
            let request = ListVulnerabilitiesRequest {
                order_by: order.into(),
                view: view as i32,
                ..base.clone()
            };
            cases.push((format!("vulnerabilities {named}, {order}"), request));
        }
    }
    // Filters as a dashboard's table asks for them.
    let risk = ListVulnerabilitiesRequest {
        order_by: "risk desc".into(),
        view: VulnerabilityView::Basic as i32,
        ..base
    };
    let filters: Vec<(&str, ListVulnerabilitiesRequest)> = vec![
        (
            "severity high",
            ListVulnerabilitiesRequest {
                severities: vec![Severity::High as i32],
                ..risk.clone()
            },
        ),
        (
            "status resolved (none)",
            ListVulnerabilitiesRequest {
                statuses: vec![VulnerabilityStatus::Resolved as i32],
                ..risk.clone()
            },
        ),
        (
            "tool Semgrep OSS",
            ListVulnerabilitiesRequest {
                tools: vec!["Semgrep OSS".into()],
                ..risk.clone()
            },
        ),
        (
            "tool trivy (none)",
            ListVulnerabilitiesRequest {
                tools: vec!["trivy".into()],
                ..risk.clone()
            },
        ),
        (
            "repository",
            ListVulnerabilitiesRequest {
                repository_id: repository.into(),
                ..risk.clone()
            },
        ),
        (
            "branch main",
            ListVulnerabilitiesRequest {
                branch: "main".into(),
                ..risk.clone()
            },
        ),
        (
            "cwe 89",
            ListVulnerabilitiesRequest {
                cwe_id: "CWE-89".into(),
                ..risk.clone()
            },
        ),
        (
            "cve (none)",
            ListVulnerabilitiesRequest {
                cve_id: "CVE-2021-44228".into(),
                ..risk.clone()
            },
        ),
        (
            "component (none)",
            ListVulnerabilitiesRequest {
                component: "log4j-core".into(),
                ..risk.clone()
            },
        ),
        (
            "assignee (none)",
            ListVulnerabilitiesRequest {
                assigned_to: "nobody".into(),
                ..risk.clone()
            },
        ),
        (
            "kind sast",
            ListVulnerabilitiesRequest {
                kinds: vec![security::FindingKind::Sast as i32],
                ..risk.clone()
            },
        ),
        (
            "query common (payments)",
            ListVulnerabilitiesRequest {
                query: "payments".into(),
                ..risk.clone()
            },
        ),
        (
            "query rare (no match)",
            ListVulnerabilitiesRequest {
                query: "no-such-text".into(),
                ..risk.clone()
            },
        ),
    ];
    for (name, request) in filters {
        cases.push((format!("vulnerabilities basic, risk desc, {name}"), request));
    }
    let mut cases: Vec<(String, Call)> = cases
        .into_iter()
        .map(|(name, request)| (name, Call::Vulnerabilities(Box::new(request))))
        .collect();
    for (name, call) in [
        ("scans", Call::Scans),
        ("policies", Call::Policies),
        ("reports", Call::Reports),
        ("users", Call::Users),
        ("teams", Call::Teams),
        ("roles", Call::Roles),
        ("role bindings", Call::Bindings),
        ("API tokens", Call::Tokens),
        ("audit records", Call::Audit),
        ("organizations", Call::Organizations),
        ("repositories", Call::Repositories),
        ("pipelines", Call::Pipelines),
        ("channels", Call::Channels),
        ("templates", Call::Templates),
        ("subscription rules", Call::SubscriptionRules),
        ("escalation rules", Call::EscalationRules),
        ("notifications", Call::Notifications),
        (
            "notifications to one user of a hundred",
            Call::NotificationsTo(seeded.copied.clone()),
        ),
        (
            "notifications to no user",
            Call::NotificationsTo("no-such-user".to_owned()),
        ),
        ("deliveries", Call::Deliveries),
        (
            "deliveries of the first notification",
            Call::DeliveriesOf(seeded.first_notification.clone()),
        ),
        (
            "deliveries of no notification",
            Call::DeliveriesOf("no-such-notification".to_owned()),
        ),
        ("inbox", Call::Inbox(Box::new(seeded.reader.clone()))),
    ] {
        cases.push((name.to_owned(), call));
    }
    cases
}

/// Runs `make(n)` for `n` in `0..count`, eight at a time; what each made, in
/// the order of `n`.
async fn made<T, F, Fut>(count: usize, make: F) -> Vec<T>
where
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = T>,
{
    use futures::StreamExt;
    futures::stream::iter((0..count).map(make))
        .buffered(8)
        .collect()
        .await
}

/// What [`seed`] made that the cases name.
struct Seeded {
    /// Signed in as the user the notifications went to.
    reader: SecureFlow,
    /// The first notification sent (its delivery is the organisation's oldest).
    first_notification: String,
    /// The user every hundredth notification went to besides the reader.
    copied: String,
}

/// Gives the organisation rows for the other lists (see the module's
/// documentation), each made with its RPC.
async fn seed(admin: &SecureFlow, config: &secureflow_client::ClientConfig) -> Seeded {
    let rows = common::setting("SECUREFLOW_BENCH_ROWS", 1_000);
    let sent = common::setting("SECUREFLOW_BENCH_NOTIFICATIONS", 10_000);
    let started = Instant::now();
    made(rows, |n| async move {
        let request = repository::CreateRepositoryRequest {
            repository: Some(repository::Repository {
                full_name: format!("acme/service-{n:05}"),
                provider: repository::Provider::Github as i32,
                ..Default::default()
            }),
        };
        admin
            .repository()
            .create_repository(request)
            .await
            .expect("repository");
    })
    .await;
    made(rows, |n| async move {
        let definition = format!(
            "name: build-{n:05}\nstages: [{{name: test, steps: [{{name: unit, command: 'true'}}]}}]\n"
        );
        let request = pipeline::CreatePipelineRequest {
            pipeline: Some(pipeline::Pipeline {
                definition,
                ..Default::default()
            }),
        };
        admin.pipeline().create_pipeline(request).await.expect("pipeline");
    })
    .await;
    let (email, password) = ("reader@bench.example", "a bench reader's passphrase");
    let user = identity::User {
        email: email.into(),
        display_name: "Reader".into(),
        ..Default::default()
    };
    let request = identity::CreateUserRequest {
        user: Some(user),
        password: password.into(),
    };
    let user = admin.identity().create_user(request).await.expect("user");
    let user_id = user.into_inner().user.expect("user").id;
    let copied = identity::CreateUserRequest {
        user: Some(identity::User {
            email: "copied@bench.example".into(),
            display_name: "Copied".into(),
            ..Default::default()
        }),
        password: password.into(),
    };
    let copied = admin.identity().create_user(copied).await.expect("user");
    let copied = copied.into_inner().user.expect("user").id;
    let members = made(rows / 10, |n| async move {
        let request = identity::CreateUserRequest {
            user: Some(identity::User {
                email: format!("member-{n:04}@bench.example"),
                display_name: format!("Member {n}"),
                role_ids: vec!["developer".into()],
                ..Default::default()
            }),
            password: password.into(),
        };
        let member = admin.identity().create_user(request).await.expect("member");
        member.into_inner().user.expect("user").id
    })
    .await;
    let team = identity::CreateTeamRequest {
        team: Some(identity::Team {
            name: "members".into(),
            member_ids: members,
            ..Default::default()
        }),
    };
    admin.identity().create_team(team).await.expect("team");
    let channels: Vec<String> = made(rows / 10, |n| async move {
        let request = notification::CreateChannelRequest {
            channel: Some(notification::Channel {
                name: format!("in-app-{n:04}"),
                r#type: notification::ChannelType::InApp as i32,
                enabled: true,
                ..Default::default()
            }),
        };
        let created = admin.notification().create_channel(request).await;
        created
            .expect("channel")
            .into_inner()
            .channel
            .expect("channel")
            .id
    })
    .await;
    let channels = &channels;
    made(rows / 10, |n| async move {
        let rule = notification::SubscriptionRule {
            name: format!("rule-{n:04}"),
            event_types: vec!["pipeline.failed".into()],
            channel_ids: vec![channels[n].clone()],
            enabled: true,
            ..Default::default()
        };
        let request = notification::CreateSubscriptionRuleRequest {
            subscription_rule: Some(rule),
        };
        admin
            .notification()
            .create_subscription_rule(request)
            .await
            .expect("rule");
    })
    .await;
    made(rows / 10, |n| async move {
        let level = notification::EscalationLevel {
            after: Some(pbjson_types::Duration {
                seconds: 3_600,
                nanos: 0,
            }),
            channel_ids: vec![channels[n].clone()],
            ..Default::default()
        };
        let rule = notification::EscalationRule {
            name: format!("escalation-{n:04}"),
            event_type: "gate.changed".into(),
            levels: vec![level],
            enabled: true,
            ..Default::default()
        };
        let request = notification::CreateEscalationRuleRequest {
            escalation_rule: Some(rule),
        };
        admin
            .notification()
            .create_escalation_rule(request)
            .await
            .expect("escalation");
    })
    .await;
    let (user_id, copied_id) = (&user_id, &copied);
    let notifications = made(sent, |n| async move {
        let mut user_ids = vec![user_id.clone()];
        if n % 100 == 0 {
            user_ids.push(copied_id.clone());
        }
        let message = notification::Notification {
            user_ids,
            subject: format!("Build {n} failed"),
            body: "The unit tests of build-00001 failed on main.".into(),
            ..Default::default()
        };
        let request = notification::SendNotificationRequest {
            notification: Some(message),
        };
        admin
            .notification()
            .send_notification(request)
            .await
            .expect("sent")
            .into_inner()
            .notification
            .map(|sent| sent.id)
            .unwrap_or_default()
    })
    .await;
    let login = identity::LoginRequest {
        organization: "default".into(),
        email: email.into(),
        password: password.into(),
    };
    let tokens = admin.identity().login(login).await.expect("signed in");
    let tokens = tokens.into_inner().tokens.expect("tokens");
    let mut signed_in = config.clone();
    signed_in.token = Some(tokens.access_token);
    let settle = common::setting("SECUREFLOW_BENCH_SETTLE", 15);
    println!(
        "{rows} repositories and pipelines, {} channels, subscription and escalation rules and users, {sent} notifications to one user: made in {:.1} s, then {settle} s for the services to take in their events",
        rows / 10,
        started.elapsed().as_secs_f64()
    );
    // What was made is taken in by other services after it is answered (the
    // security service's copy of the repositories, the notifications'
    // deliveries): the cases measure the organisation after a quiet moment,
    // not that work.
    tokio::time::sleep(Duration::from_secs(settle as u64)).await;
    Seeded {
        reader: SecureFlow::connect(&signed_in).await.expect("connects"),
        first_notification: notifications.into_iter().next().unwrap_or_default(),
        copied,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1e3
}

/// What one case measured.
struct Measured {
    /// Successful requests per second.
    rate: f64,
    /// Median latency of the successful ones, ms.
    p50: f64,
    /// 99th percentile, ms.
    p99: f64,
    /// Requests that failed (e.g. timed out waiting for the database).
    failed: usize,
}

/// `clients` concurrent callers for `seconds`.
async fn measure(
    connections: &[SecureFlow],
    call: &Call,
    clients: usize,
    seconds: u64,
) -> Measured {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let call = Arc::new(call.clone());
    let workers: Vec<_> = (0..clients)
        .map(|worker| {
            let client = connections[worker % connections.len()].clone();
            let call = call.clone();
            tokio::spawn(async move {
                let (mut times, mut failed) = (Vec::new(), 0);
                while Instant::now() < deadline {
                    let started = Instant::now();
                    match self::call(&client, &call).await {
                        Ok(_) => times.push(started.elapsed()),
                        Err(_) => failed += 1,
                    }
                }
                (times, failed)
            })
        })
        .collect();
    let (mut times, mut failed) = (Vec::new(), 0);
    for worker in workers {
        let (done, errors) = worker.await.expect("worker");
        times.extend(done);
        failed += errors;
    }
    times.sort();
    Measured {
        rate: times.len() as f64 / seconds as f64,
        p50: percentile(&times, 0.5),
        p99: percentile(&times, 0.99),
        failed,
    }
}

#[tokio::main]
async fn main() {
    let findings = common::setting("SECUREFLOW_BENCH_FINDINGS", 100_000);
    let seconds = common::setting("SECUREFLOW_BENCH_SECONDS", 3).max(1) as u64;
    let clients = common::setting("SECUREFLOW_BENCH_CLIENTS", 64).max(1);
    let only = std::env::var("SECUREFLOW_BENCH_ONLY").unwrap_or_default();
    let dir = tempfile::tempdir().expect("scratch");
    let path = common::report(dir.path(), findings);
    let (mut server, config, backend) = common::serve(dir.path(), TOKEN);
    let mut connections = Vec::new();
    for _ in 0..CONNECTIONS {
        connections.push(SecureFlow::connect(&config).await.expect("connects"));
    }
    let repository = format!("bench/lists-{}", std::process::id());
    let request = common::upload_to(&repository);
    let last = upload_file(&connections[0], &path, request, |_| {})
        .await
        .expect("uploaded");
    assert_eq!(last.phase, ScanPhase::Completed as i32, "{last:?}");
    let seeded = seed(&connections[0], &config).await;
    common::analyze(&server).await;
    println!(
        "lists, an organisation of {findings} vulnerabilities, release secureflowd on {backend}; first page of {}, {clients} concurrent clients, {seconds} s per case",
        page_size()
    );
    for (name, call) in cases(&repository, &seeded) {
        if !only.split('|').any(|part| name.contains(part)) {
            continue;
        }
        let (size, total) = self::call(&connections[0], &call).await.expect("listed");
        let Measured {
            rate,
            p50,
            p99,
            failed,
        } = measure(&connections, &call, clients, seconds).await;
        let failed = if failed > 0 {
            format!("  {failed} FAILED")
        } else {
            String::new()
        };
        let bytes = match &call {
            Call::Vulnerabilities(_) => {
                format!(
                    ", {:.1} KiB",
                    PAGE_BYTES.load(Ordering::Relaxed) as f64 / 1024.0
                )
            }
            _ => String::new(),
        };
        println!(
            "  {name:<52} {rate:>7.0} req/s  p50 {p50:>7.2} ms  p99 {p99:>7.2} ms  ({size} of {total}{bytes}){failed}"
        );
    }
    let _ = server.kill();
    let _ = server.wait();
}
