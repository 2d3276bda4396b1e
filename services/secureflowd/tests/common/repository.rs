//! Repositories for the access tests, registered through the public API.

use secureflow_platform::testkit::with_token;
use secureflow_proto::secureflow::repository::v1 as repository;
use secureflow_proto::secureflow::repository::v1::repository_service_client::RepositoryServiceClient;
use tonic::transport::Channel;

/// Registers `full_name` (owned by `team_id`, when not empty) as `token`.
pub async fn create_repository(
    channel: Channel,
    token: &str,
    full_name: &str,
    team_id: &str,
) -> repository::Repository {
    RepositoryServiceClient::new(channel)
        .create_repository(with_token(
            repository::CreateRepositoryRequest {
                repository: Some(repository::Repository {
                    full_name: full_name.into(),
                    team_id: team_id.into(),
                    ..Default::default()
                }),
            },
            token,
        ))
        .await
        .unwrap_or_else(|status| panic!("registering {full_name}: {status:?}"))
        .into_inner()
        .repository
        .expect("repository")
}

/// Registers `full_name` on `provider` with a webhook whose secret is
/// `secret`, as `token`; (repository id, webhook id, delivery path).
pub async fn with_webhook(
    channel: Channel,
    token: &str,
    full_name: &str,
    provider: repository::Provider,
    secret: &str,
) -> (String, String, String) {
    let registered = repository::Repository {
        full_name: full_name.into(),
        provider: provider as i32,
        ..Default::default()
    };
    register_with_webhook(channel, token, registered, secret).await
}

/// Registers `registered` with a webhook whose secret is `secret`, as
/// `token`; (repository id, webhook id, delivery path).
pub async fn register_with_webhook(
    channel: Channel,
    token: &str,
    registered: repository::Repository,
    secret: &str,
) -> (String, String, String) {
    let mut client = RepositoryServiceClient::new(channel);
    let created = client
        .create_repository(with_token(
            repository::CreateRepositoryRequest {
                repository: Some(registered),
            },
            token,
        ))
        .await
        .expect("registered")
        .into_inner()
        .repository
        .expect("repository");
    let hook = client
        .create_webhook(with_token(
            repository::CreateWebhookRequest {
                repository_id: created.id.clone(),
                webhook: Some(repository::Webhook {
                    secret: secret.into(),
                    ..Default::default()
                }),
            },
            token,
        ))
        .await
        .expect("webhook")
        .into_inner()
        .webhook
        .expect("webhook");
    (created.id, hook.id, hook.delivery_path)
}
