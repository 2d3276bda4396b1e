//! Repositories through the contract, on SQLite and PostgreSQL: registered with
//! defaults filled, read by id or full name, listed with filters, updated by
//! mask, refused with the field named (and nothing stored), owned by a team of
//! the organisation, deleted and restored, purged after the grace period, every
//! change published as `repository.repositories`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use secureflow_platform::auth::NoAuthenticator;
use secureflow_platform::events::EventLog;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::testkit::{TestDatabase, TestServer, people, with_token};
use secureflow_proto::secureflow::events::v1::envelope::Data;
use secureflow_proto::secureflow::identity::v1::Team;
use secureflow_proto::secureflow::repository::v1::repository_service_client::RepositoryServiceClient;
use secureflow_proto::secureflow::repository::v1::*;
use secureflow_repository::config::RepositoryConfig;
use secureflow_repository::repositories::Repositories;
use tonic::transport::Channel;

const ADMIN_TOKEN: &str = "sft_repository_test_admin_0123456789";

async fn start(database: &TestDatabase) -> TestServer {
    TestServer::on(database)
        .modules([secureflow_identity::MODULE, secureflow_repository::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN)
        .start()
        .await
}

/// [`start`] with the secrets service's keys (`VERSION:BASE64`, comma-separated).
async fn start_with_keys(database: &TestDatabase, keys: &str) -> TestServer {
    TestServer::on(database)
        .modules([secureflow_identity::MODULE, secureflow_repository::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN)
        .setting("SECUREFLOW_SECRETS__KEYS", keys)
        .start()
        .await
}

async fn client(server: &TestServer) -> RepositoryServiceClient<Channel> {
    RepositoryServiceClient::new(server.channel().await)
}

fn repository(full_name: &str) -> Repository {
    Repository {
        full_name: full_name.into(),
        ..Repository::default()
    }
}

async fn create(server: &TestServer, repository: Repository) -> Result<Repository, tonic::Status> {
    let request = CreateRepositoryRequest {
        repository: Some(repository),
    };
    let created = client(server)
        .await
        .create_repository(with_token(request, ADMIN_TOKEN))
        .await?;
    Ok(created.into_inner().repository.expect("repository"))
}

async fn get(server: &TestServer, id: &str) -> Result<Repository, tonic::Status> {
    let request = GetRepositoryRequest { id: id.into() };
    let found = client(server)
        .await
        .get_repository(with_token(request, ADMIN_TOKEN))
        .await?;
    Ok(found.into_inner().repository.expect("repository"))
}

async fn update(
    server: &TestServer,
    repository: Repository,
    paths: &[&str],
) -> Result<Repository, tonic::Status> {
    let request = UpdateRepositoryRequest {
        repository: Some(repository),
        update_mask: Some(pbjson_types::FieldMask {
            paths: paths.iter().map(|path| (*path).to_owned()).collect(),
        }),
    };
    let updated = client(server)
        .await
        .update_repository(with_token(request, ADMIN_TOKEN))
        .await?;
    Ok(updated.into_inner().repository.expect("repository"))
}

async fn list(server: &TestServer, request: ListRepositoriesRequest) -> Vec<String> {
    client(server)
        .await
        .list_repositories(with_token(request, ADMIN_TOKEN))
        .await
        .expect("listed")
        .into_inner()
        .repositories
        .into_iter()
        .map(|repository| repository.full_name)
        .collect()
}

async fn delete(server: &TestServer, id: &str) -> Result<(), tonic::Status> {
    let request = DeleteRepositoryRequest { id: id.into() };
    client(server)
        .await
        .delete_repository(with_token(request, ADMIN_TOKEN))
        .await?;
    Ok(())
}

async fn undelete(server: &TestServer, id: &str) -> Result<Repository, tonic::Status> {
    let request = UndeleteRepositoryRequest { id: id.into() };
    let restored = client(server)
        .await
        .undelete_repository(with_token(request, ADMIN_TOKEN))
        .await?;
    Ok(restored.into_inner().repository.expect("repository"))
}

/// The `repository.repositories` events in the log: (repository, change).
async fn changes(server: &TestServer) -> Vec<(String, String)> {
    let db = server.database().await;
    let log = EventLog::new(db, Duration::from_millis(50), 100);
    log.read_after(0, 1000)
        .await
        .expect("read the log")
        .into_iter()
        .filter_map(|event| match event.envelope.data {
            Some(Data::RepositoryChanged(changed)) => Some((changed.repository_id, changed.change)),
            _ => None,
        })
        .collect()
}

fn refused_naming(status: &tonic::Status, code: tonic::Code, field: &str) {
    assert_eq!(status.code(), code, "{status:?}");
    assert!(status.message().contains(field), "{}", status.message());
}

async fn registered_read_listed_and_updated_through_the_contract(database: TestDatabase) {
    let server = start(&database).await;
    let created = create(
        &server,
        Repository {
            clone_url: "git@github.com:Acme/Payments-API.git".into(),
            ..repository("Acme/Payments-API")
        },
    )
    .await
    .expect("created");
    assert_eq!(created.name, "Payments-API");
    assert_eq!(created.default_branch, "main");
    assert_eq!(created.provider, Provider::Github as i32);
    assert_eq!(created.criticality, Criticality::Unspecified as i32);
    assert!(created.delete_time.is_none() && created.create_time.is_some());
    assert_eq!(get(&server, &created.id).await.expect("by id"), created);
    assert_eq!(
        get(&server, "acme/payments-api")
            .await
            .expect("by full name"),
        created
    );
    let missing = get(&server, "acme/nothing").await.expect_err("missing");
    assert_eq!(missing.code(), tonic::Code::NotFound);

    // A mask changes what it names and nothing else.
    let mut change = Repository {
        id: created.id.clone(),
        criticality: Criticality::Critical as i32,
        default_branch: "develop".into(),
        labels: HashMap::from([("tier".to_owned(), "1".to_owned())]),
        ..Repository::default()
    };
    let updated = update(&server, change.clone(), &["criticality", "labels"])
        .await
        .expect("updated");
    assert_eq!(updated.criticality, Criticality::Critical as i32);
    assert_eq!(updated.labels, change.labels);
    assert_eq!(
        (updated.default_branch.as_str(), updated.full_name.as_str()),
        ("main", "Acme/Payments-API")
    );
    assert_eq!(get(&server, &created.id).await.expect("read"), updated);

    // Archived repositories are listed only when asked for.
    create(&server, repository("acme/ledger"))
        .await
        .expect("created");
    change.archived = true;
    update(&server, change, &["archived"])
        .await
        .expect("archived");
    assert_eq!(
        list(&server, ListRepositoriesRequest::default()).await,
        ["acme/ledger"]
    );
    let archived_too = ListRepositoriesRequest {
        include_archived: true,
        ..ListRepositoriesRequest::default()
    };
    assert_eq!(
        list(&server, archived_too).await,
        ["acme/ledger", "Acme/Payments-API"]
    );
    let by_text = ListRepositoriesRequest {
        query: "LEDG".into(),
        ..ListRepositoriesRequest::default()
    };
    assert_eq!(list(&server, by_text).await, ["acme/ledger"]);
    // Pages of one.
    let first = client(&server)
        .await
        .list_repositories(with_token(
            ListRepositoriesRequest {
                page_size: 1,
                include_archived: true,
                ..ListRepositoriesRequest::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("page")
        .into_inner();
    assert_eq!(first.repositories.len(), 1);
    assert!(!first.next_page_token.is_empty());
    server.finish(database).await;
}

async fn bad_input_is_refused_naming_the_field_and_nothing_is_stored(database: TestDatabase) {
    let server = start(&database).await;
    let invalid = tonic::Code::InvalidArgument;
    for (given, field) in [
        (repository("payments-api"), "repository.full_name"),
        (repository(""), "repository.full_name"),
        (
            Repository {
                clone_url: "https://ghp_secret@github.com/acme/api.git".into(),
                ..repository("acme/api")
            },
            "repository.clone_url",
        ),
        (
            Repository {
                default_branch: "a..b".into(),
                ..repository("acme/api")
            },
            "repository.default_branch",
        ),
        (
            Repository {
                team_id: "no-such-team".into(),
                ..repository("acme/api")
            },
            "repository.team_id",
        ),
    ] {
        let refused = create(&server, given).await.expect_err("refused");
        refused_naming(&refused, invalid, field);
    }
    assert!(
        !format!(
            "{:?}",
            create(
                &server,
                Repository {
                    clone_url: "https://ghp_secret@github.com/acme/api.git".into(),
                    ..repository("acme/api")
                }
            )
            .await
            .expect_err("refused")
        )
        .contains("ghp_secret"),
        "a refused clone URL's credentials are not echoed"
    );
    let kept = create(&server, repository("acme/api"))
        .await
        .expect("created");
    let again = create(&server, repository("ACME/API"))
        .await
        .expect_err("same name");
    refused_naming(&again, tonic::Code::AlreadyExists, "acme/api");
    let bad_mask = update(&server, kept.clone(), &["id"])
        .await
        .expect_err("bad mask");
    refused_naming(&bad_mask, invalid, "update_mask.paths[0]");
    let bad_rename = update(
        &server,
        Repository {
            id: kept.id.clone(),
            ..repository("x")
        },
        &["full_name"],
    )
    .await
    .expect_err("bad name");
    refused_naming(&bad_rename, invalid, "repository.full_name");
    assert_eq!(get(&server, &kept.id).await.expect("unchanged"), kept);
    assert_eq!(
        list(&server, ListRepositoriesRequest::default()).await,
        ["acme/api"]
    );
    // Only the one repository's creation was published.
    assert_eq!(changes(&server).await, [(kept.id, "created".to_owned())]);
    server.finish(database).await;
}

async fn a_team_of_the_organisation_owns_repositories(database: TestDatabase) {
    let server = start(&database).await;
    let team = Team {
        name: "payments".into(),
        ..Team::default()
    };
    let team = people::create_team(server.channel().await, ADMIN_TOKEN, team).await;
    create(
        &server,
        Repository {
            team_id: team.id.clone(),
            ..repository("acme/api")
        },
    )
    .await
    .expect("owned by the team");
    create(&server, repository("acme/docs"))
        .await
        .expect("no team");
    let owned = ListRepositoriesRequest {
        team_id: team.id,
        ..ListRepositoriesRequest::default()
    };
    assert_eq!(list(&server, owned).await, ["acme/api"]);
    let unknown = client(&server)
        .await
        .list_repositories(with_token(
            ListRepositoriesRequest {
                team_id: "no-such-team".into(),
                ..ListRepositoriesRequest::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("unknown team");
    refused_naming(&unknown, tonic::Code::InvalidArgument, "team_id");
    server.finish(database).await;
}

async fn deleted_repositories_are_restorable_until_purged(database: TestDatabase) {
    let server = start(&database).await;
    let gitlab = Repository {
        provider: Provider::Gitlab as i32,
        ..repository("acme/api")
    };
    let created = create(&server, gitlab).await.expect("created");
    delete(&server, "ACME/API")
        .await
        .expect("deleted by full name");
    let deleted = get(&server, &created.id).await.expect("still readable");
    let (deleted_at, expires_at) = (
        deleted.delete_time.expect("delete time"),
        deleted.expire_time.expect("expire time"),
    );
    assert_eq!(expires_at.seconds - deleted_at.seconds, 30 * 86_400);
    assert!(
        list(&server, ListRepositoriesRequest::default())
            .await
            .is_empty()
    );
    let show_deleted = ListRepositoriesRequest {
        show_deleted: true,
        ..ListRepositoriesRequest::default()
    };
    assert_eq!(list(&server, show_deleted.clone()).await, ["acme/api"]);
    let precondition = tonic::Code::FailedPrecondition;
    let edit = update(&server, created.clone(), &["criticality"])
        .await
        .expect_err("deleted");
    refused_naming(&edit, precondition, "UndeleteRepository");
    refused_naming(
        &delete(&server, &created.id).await.expect_err("once"),
        precondition,
        "is deleted",
    );
    refused_naming(
        &create(&server, repository("acme/api"))
            .await
            .expect_err("name held"),
        tonic::Code::AlreadyExists,
        "restore it with UndeleteRepository",
    );

    let restored = undelete(&server, &created.id).await.expect("restored");
    assert!(restored.delete_time.is_none() && restored.expire_time.is_none());
    refused_naming(
        &undelete(&server, &created.id)
            .await
            .expect_err("not deleted"),
        precondition,
        "is not deleted",
    );
    assert_eq!(
        list(&server, ListRepositoriesRequest::default()).await,
        ["acme/api"]
    );

    // Past the grace period (none here), a deleted repository is purged,
    // with its webhooks.
    create_webhook(&server, &created.id, Webhook::default())
        .await
        .expect("webhook");
    delete(&server, &created.id).await.expect("deleted again");
    let db = server.database().await;
    let events = EventLog::new(db.clone(), Duration::from_millis(50), 100);
    let config = RepositoryConfig {
        deletion_grace_days: 0,
    };
    let repositories = Repositories::new(db, events, Arc::new(NoAuthenticator), config);
    assert_eq!(repositories.purge_due().await.expect("purged"), 1);
    assert_eq!(repositories.purge_due().await.expect("nothing left"), 0);
    let left: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) AS n FROM repository_webhooks")
            .fetch_one(server.database().await.pool())
            .await
            .expect("count"),
        "n",
    );
    assert_eq!(left, 0, "the purged repository's webhooks went with it");
    assert_eq!(
        get(&server, &created.id).await.expect_err("gone").code(),
        tonic::Code::NotFound
    );
    assert!(list(&server, show_deleted).await.is_empty());
    create(&server, repository("acme/api"))
        .await
        .expect("the name is free again");
    let seen: Vec<String> = changes(&server)
        .await
        .into_iter()
        .filter(|(id, _)| *id == created.id)
        .map(|(_, change)| change)
        .collect();
    assert_eq!(
        seen,
        ["created", "deleted", "undeleted", "deleted", "purged"]
    );
    server.finish(database).await;
}

async fn create_webhook(
    server: &TestServer,
    repository: &str,
    webhook: Webhook,
) -> Result<CreateWebhookResponse, tonic::Status> {
    let request = CreateWebhookRequest {
        repository_id: repository.into(),
        webhook: Some(webhook),
    };
    Ok(client(server)
        .await
        .create_webhook(with_token(request, ADMIN_TOKEN))
        .await?
        .into_inner())
}

async fn webhooks(server: &TestServer, repository: &str) -> Result<Vec<Webhook>, tonic::Status> {
    let request = ListWebhooksRequest {
        repository_id: repository.into(),
    };
    Ok(client(server)
        .await
        .list_webhooks(with_token(request, ADMIN_TOKEN))
        .await?
        .into_inner()
        .webhooks)
}

async fn a_webhook_shows_its_secret_once_and_keeps_it_sealed(database: TestDatabase) {
    let server = start(&database).await;
    let api = create(
        &server,
        Repository {
            clone_url: "https://github.com/acme/api.git".into(),
            ..repository("acme/api")
        },
    )
    .await
    .expect("created");
    let subscribed = Webhook {
        events: vec!["push".into(), "pull_request".into()],
        ..Webhook::default()
    };
    let created = create_webhook(&server, "acme/api", subscribed.clone())
        .await
        .expect("created");
    let webhook = created.webhook.expect("webhook");
    assert_eq!(
        created.secret.len(),
        64,
        "a generated secret: 32 bytes in hex"
    );
    assert!(webhook.secret.is_empty());
    assert_eq!(
        webhook.delivery_path,
        format!("/webhooks/github/{}", webhook.id)
    );
    assert_eq!((webhook.events.len(), webhook.active), (2, true));
    assert_eq!(webhook.repository_id, api.id);
    let listed = webhooks(&server, &api.id).await.expect("listed");
    assert_eq!(
        listed,
        std::slice::from_ref(&webhook),
        "never the secret again"
    );

    // Sealed at rest: the row holds no trace of it, and opens to it.
    let db = server.database().await;
    let row = sqlx::query("SELECT secret_sealed FROM repository_webhooks WHERE id = $1")
        .bind(webhook.id.clone())
        .fetch_one(db.pool())
        .await
        .expect("row");
    let sealed: String = sqlx::Row::try_get(&row, "secret_sealed").expect("sealed");
    assert!(!sealed.contains(&created.secret));
    let secrets = Secrets::load(&server.config.secrets, &server.data_dir).expect("secrets");
    let opened = secrets
        .open(
            &sealed,
            &secureflow_repository::webhooks::secret_context(&webhook.id),
        )
        .expect("opens");
    assert_eq!(opened, created.secret.as_bytes());

    // A secret of the caller's is kept as given.
    let chosen = "a-secret-of-our-own-0123456789";
    let own = create_webhook(
        &server,
        &api.id,
        Webhook {
            secret: chosen.into(),
            ..Webhook::default()
        },
    )
    .await
    .expect("created");
    assert_eq!(own.secret, chosen);

    let invalid = tonic::Code::InvalidArgument;
    let unknown_event = Webhook {
        events: vec!["push".into(), "deploy".into()],
        ..Webhook::default()
    };
    refused_naming(
        &create_webhook(&server, "acme/api", unknown_event)
            .await
            .expect_err("event"),
        invalid,
        "webhook.events",
    );
    let short = Webhook {
        secret: "short".into(),
        ..Webhook::default()
    };
    let refused = create_webhook(&server, "acme/api", short)
        .await
        .expect_err("short");
    refused_naming(&refused, invalid, "webhook.secret");
    assert!(
        !refused.message().contains("short"),
        "the secret is not echoed"
    );
    create(&server, repository("acme/elsewhere"))
        .await
        .expect("created");
    refused_naming(
        &create_webhook(&server, "acme/elsewhere", Webhook::default())
            .await
            .expect_err("no host to deliver"),
        tonic::Code::FailedPrecondition,
        "GitHub and GitLab",
    );
    let missing = create_webhook(&server, "acme/missing", Webhook::default())
        .await
        .expect_err("no repository");
    assert_eq!(missing.code(), tonic::Code::NotFound);
    assert_eq!(
        webhooks(&server, "acme/api").await.expect("listed").len(),
        2
    );

    let delete = |id: String| DeleteWebhookRequest {
        repository_id: api.id.clone(),
        id,
    };
    client(&server)
        .await
        .delete_webhook(with_token(delete(webhook.id.clone()), ADMIN_TOKEN))
        .await
        .expect("deleted");
    let again = client(&server)
        .await
        .delete_webhook(with_token(delete(webhook.id.clone()), ADMIN_TOKEN))
        .await
        .expect_err("once");
    assert_eq!(again.code(), tonic::Code::NotFound);
    assert_eq!(
        webhooks(&server, "acme/api").await.expect("listed").len(),
        1
    );
    server.finish(database).await;
}

async fn webhook_secrets_move_to_the_new_key_when_the_server_starts(database: TestDatabase) {
    use base64::Engine;
    let encode = |byte: u8| base64::engine::general_purpose::STANDARD.encode([byte; 32]);
    let (k1, k2) = (format!("1:{}", encode(1)), format!("2:{}", encode(2)));
    let server = start_with_keys(&database, &k1).await;
    let gitlab = Repository {
        provider: Provider::Gitlab as i32,
        ..repository("acme/api")
    };
    create(&server, gitlab).await.expect("created");
    let created = create_webhook(&server, "acme/api", Webhook::default())
        .await
        .expect("webhook");
    let id = created.webhook.expect("webhook").id;
    server.stop().await.expect("stop");

    // Key 2 active beside key 1: the start re-wraps the secret.
    let server = start_with_keys(&database, &format!("{k1},{k2}")).await;
    server.stop().await.expect("stop");
    let db = database.connect().await;
    let row = sqlx::query("SELECT secret_sealed FROM repository_webhooks WHERE id = $1")
        .bind(id.clone())
        .fetch_one(db.pool())
        .await
        .expect("row");
    let sealed: String = sqlx::Row::get(&row, "secret_sealed");
    db.close().await;
    assert_eq!(Secrets::version_of(&sealed), Some(2));
    let opened = Secrets::from_keys(std::slice::from_ref(&k2), 2)
        .expect("key 2")
        .open(
            &sealed,
            &secureflow_repository::webhooks::secret_context(&id),
        )
        .expect("opens with key 2 alone");
    assert_eq!(opened, created.secret.as_bytes());
    database.cleanup().await;
}

secureflow_platform::backend_tests!(
    webhook_secrets_move_to_the_new_key_when_the_server_starts,
    a_webhook_shows_its_secret_once_and_keeps_it_sealed,
    registered_read_listed_and_updated_through_the_contract,
    bad_input_is_refused_naming_the_field_and_nothing_is_stored,
    a_team_of_the_organisation_owns_repositories,
    deleted_repositories_are_restorable_until_purged,
);
