//! `repos`: repositories as the repository service knows them.

use anyhow::{Result, bail};
use secureflow_client::SecureFlow;
use secureflow_client::proto::secureflow::repository::v1::{
    CreateRepositoryRequest, CreateWebhookRequest, Criticality, DeleteRepositoryRequest,
    DeleteWebhookRequest, GetRepositoryRequest, ListRepositoriesRequest,
    ListWebhookDeliveriesRequest, ListWebhooksRequest, Provider, Repository, Sync,
    SyncRepositoryRequest, SyncState, UndeleteRepositoryRequest, UpdateRepositoryRequest, Webhook,
};

use crate::args::{CriticalityArg, OutputFormat, ReposCommand, WebhookCommand};
use crate::{Context, output};

fn date(timestamp: Option<&pbjson_types::Timestamp>) -> String {
    timestamp
        .and_then(|t| serde_json::to_value(t).ok())
        .and_then(|v| v.as_str().map(|s| s.get(..10).unwrap_or(s).to_owned()))
        .unwrap_or_else(|| "—".to_owned())
}

fn criticality(level: i32) -> &'static str {
    match Criticality::try_from(level).unwrap_or_default() {
        Criticality::Unspecified => "—",
        Criticality::Low => "low",
        Criticality::Medium => "medium",
        Criticality::High => "high",
        Criticality::Critical => "critical",
    }
}

fn provider(host: i32) -> &'static str {
    match Provider::try_from(host).unwrap_or_default() {
        Provider::Unspecified => "—",
        Provider::Github => "github",
        Provider::Gitlab => "gitlab",
        Provider::Bitbucket => "bitbucket",
        Provider::AzureDevops => "azure-devops",
        Provider::GenericGit => "git",
    }
}

/// Prints one repository as the output format says.
fn print(context: &Context, repository: &Repository) -> Result<()> {
    if context.output == OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(repository)?);
        return Ok(());
    }
    let mut labels: Vec<String> = repository
        .labels
        .iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect();
    labels.sort();
    let mut table = output::table(&["field", "value"]);
    for (field, value) in [
        ("id", repository.id.clone()),
        ("full name", repository.full_name.clone()),
        ("name", repository.name.clone()),
        ("host", provider(repository.provider).to_owned()),
        ("clone URL", repository.clone_url.clone()),
        ("default branch", repository.default_branch.clone()),
        ("team", repository.team_id.clone()),
        (
            "criticality",
            criticality(repository.criticality).to_owned(),
        ),
        ("labels", labels.join(" ")),
        ("archived", repository.archived.to_string()),
        ("created", date(repository.create_time.as_ref())),
        ("deleted", date(repository.delete_time.as_ref())),
        ("purged on", date(repository.expire_time.as_ref())),
    ] {
        table.add_row(vec![field.to_owned(), value]);
    }
    println!("{table}");
    Ok(())
}

async fn get(secureflow: &SecureFlow, repository: &str) -> Result<Repository> {
    let found = secureflow
        .idempotent(|| {
            let mut client = secureflow.repository();
            let request = secureflow.request(GetRepositoryRequest {
                id: repository.to_owned(),
            });
            async move { client.get_repository(request).await }
        })
        .await?;
    Ok(found.into_inner().repository.unwrap_or_default())
}

/// `key=value` labels.
fn labels(given: Vec<String>) -> Result<std::collections::HashMap<String, String>> {
    let mut labels = std::collections::HashMap::new();
    for label in given {
        let Some((key, value)) = label.split_once('=') else {
            bail!("--label {label}: write it as key=value");
        };
        labels.insert(key.to_owned(), value.to_owned());
    }
    Ok(labels)
}

/// Runs a `repos` command.
pub async fn run(context: &Context, command: ReposCommand) -> Result<u8> {
    let secureflow = context.connect().await?;
    let mut client = secureflow.repository();
    match command {
        ReposCommand::List {
            query,
            team,
            archived,
            deleted,
        } => {
            let repositories = secureflow
                .every_page(|page_token| {
                    let mut client = secureflow.repository();
                    let request = secureflow.request(ListRepositoriesRequest {
                        page_size: 500,
                        page_token,
                        team_id: team.clone().unwrap_or_default(),
                        query: query.clone().unwrap_or_default(),
                        include_archived: archived,
                        show_deleted: deleted,
                    });
                    async move {
                        let page = client.list_repositories(request).await?.into_inner();
                        Ok((page.repositories, page.next_page_token))
                    }
                })
                .await?;
            if context.output == OutputFormat::Json {
                println!("{}", serde_json::to_string_pretty(&repositories)?);
                return Ok(0);
            }
            let mut table = output::table(&[
                "full name",
                "host",
                "default branch",
                "criticality",
                "archived",
                "id",
            ]);
            for repository in &repositories {
                table.add_row(vec![
                    repository.full_name.clone(),
                    provider(repository.provider).to_owned(),
                    repository.default_branch.clone(),
                    criticality(repository.criticality).to_owned(),
                    if repository.archived { "yes" } else { "" }.to_owned(),
                    repository.id.clone(),
                ]);
            }
            println!("{table}");
        }
        ReposCommand::Show { repository } => {
            print(context, &get(&secureflow, &repository).await?)?;
        }
        ReposCommand::Add {
            full_name,
            clone_url,
            default_branch,
            team,
            criticality: level,
            labels: given,
        } => {
            let level = match level {
                None => Criticality::Unspecified,
                Some(CriticalityArg::Low) => Criticality::Low,
                Some(CriticalityArg::Medium) => Criticality::Medium,
                Some(CriticalityArg::High) => Criticality::High,
                Some(CriticalityArg::Critical) => Criticality::Critical,
            };
            let repository = Repository {
                full_name,
                clone_url: clone_url.unwrap_or_default(),
                default_branch: default_branch.unwrap_or_default(),
                team_id: team.unwrap_or_default(),
                criticality: level as i32,
                labels: labels(given)?,
                ..Repository::default()
            };
            let created = client
                .create_repository(secureflow.request(CreateRepositoryRequest {
                    repository: Some(repository),
                }))
                .await?
                .into_inner()
                .repository
                .unwrap_or_default();
            eprintln!("registered {} ({})", created.full_name, created.id);
            print(context, &created)?;
        }
        ReposCommand::Archive { repository, undo } => {
            let current = get(&secureflow, &repository).await?;
            client
                .update_repository(secureflow.request(UpdateRepositoryRequest {
                    repository: Some(Repository {
                        id: current.id.clone(),
                        archived: !undo,
                        ..Repository::default()
                    }),
                    update_mask: Some(pbjson_types::FieldMask {
                        paths: vec!["archived".to_owned()],
                    }),
                }))
                .await?;
            let done = if undo { "unarchived" } else { "archived" };
            eprintln!("{done} {}", current.full_name);
        }
        ReposCommand::Delete { repository } => {
            client
                .delete_repository(secureflow.request(DeleteRepositoryRequest {
                    id: repository.clone(),
                }))
                .await?;
            let deleted = get(&secureflow, &repository).await?;
            eprintln!(
                "deleted {} ({}); restorable with `secureflow repos restore {}` until {}",
                deleted.full_name,
                deleted.id,
                deleted.id,
                date(deleted.expire_time.as_ref())
            );
        }
        ReposCommand::Restore { id } => {
            let restored = client
                .undelete_repository(secureflow.request(UndeleteRepositoryRequest { id }))
                .await?
                .into_inner()
                .repository
                .unwrap_or_default();
            eprintln!("restored {} ({})", restored.full_name, restored.id);
        }
        ReposCommand::Webhook(command) => webhook(context, &secureflow, command).await?,
        ReposCommand::Sync {
            repository,
            connection,
            full,
        } => return sync(context, &secureflow, repository, connection, full).await,
    }
    Ok(0)
}

/// `repos sync`: starts or joins the backfill and shows its progress (a
/// spinner on a terminal, a line per change of phase or state otherwise);
/// exit code 1 when it fails.
async fn sync(
    context: &Context,
    secureflow: &SecureFlow,
    repository: String,
    connection: Option<String>,
    full: bool,
) -> Result<u8> {
    let mut stream = secureflow
        .repository()
        .sync_repository(secureflow.request(SyncRepositoryRequest {
            repository_id: repository.clone(),
            connection_id: connection.unwrap_or_default(),
            full,
        }))
        .await?
        .into_inner();
    let spinner = crate::progress::interactive().then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    });
    let mut last = Sync::default();
    let mut said = String::new();
    while let Some(message) = stream.message().await? {
        let Some(sync) = message.sync else { continue };
        let state = SyncState::try_from(sync.state).unwrap_or_default();
        let line = match state {
            SyncState::RateLimited => format!(
                "{repository}: rate limited by the host, resuming at {}",
                sync.resume_time
                    .as_ref()
                    .and_then(|t| serde_json::to_value(t).ok())
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            ),
            _ => format!(
                "{repository}: {} — {} branches, {} commits, {} contributors, {} pull requests, {} reviews ({} requests)",
                if sync.phase.is_empty() {
                    "done"
                } else {
                    sync.phase.as_str()
                },
                sync.branches,
                sync.commits,
                sync.contributors,
                sync.pull_requests,
                sync.reviews,
                sync.requests
            ),
        };
        match &spinner {
            Some(bar) => bar.set_message(line),
            None => {
                // Plain output: a line when the phase or state changes.
                let key = format!("{}/{}", sync.state, sync.phase);
                if key != said {
                    eprintln!("{line}");
                    said = key;
                }
            }
        }
        last = sync;
    }
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    if context.output == OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(&last)?);
    }
    if last.state == SyncState::Failed as i32 {
        eprintln!("{repository}: backfill failed: {}", last.error);
        return Ok(1);
    }
    eprintln!(
        "{repository}: backfilled {} branches, {} commits, {} contributors, {} pull requests, {} reviews in {} requests",
        last.branches,
        last.commits,
        last.contributors,
        last.pull_requests,
        last.reviews,
        last.requests
    );
    Ok(0)
}

/// Runs a `repos webhook` command.
async fn webhook(
    context: &Context,
    secureflow: &SecureFlow,
    command: WebhookCommand,
) -> Result<()> {
    let mut client = secureflow.repository();
    match command {
        WebhookCommand::Create { repository, events } => {
            let created = client
                .create_webhook(secureflow.request(CreateWebhookRequest {
                    repository_id: repository,
                    webhook: Some(Webhook {
                        events,
                        ..Webhook::default()
                    }),
                }))
                .await?
                .into_inner();
            let webhook = created.webhook.unwrap_or_default();
            let server = secureflow.config().server.trim_end_matches('/');
            eprintln!(
                "created webhook {}; give the host this URL and secret (the secret is shown only now):",
                webhook.id
            );
            println!("{server}{}", webhook.delivery_path);
            println!("{}", created.secret);
        }
        WebhookCommand::List { repository } => {
            let webhooks = secureflow
                .idempotent(|| {
                    let mut client = secureflow.repository();
                    let request = secureflow.request(ListWebhooksRequest {
                        repository_id: repository.clone(),
                    });
                    async move { client.list_webhooks(request).await }
                })
                .await?
                .into_inner()
                .webhooks;
            if context.output == OutputFormat::Json {
                println!("{}", serde_json::to_string_pretty(&webhooks)?);
                return Ok(());
            }
            let mut table = output::table(&["id", "events", "path", "last delivery"]);
            for webhook in &webhooks {
                let events = match webhook.events.is_empty() {
                    true => "all".to_owned(),
                    false => webhook.events.join(" "),
                };
                table.add_row(vec![
                    webhook.id.clone(),
                    events,
                    webhook.delivery_path.clone(),
                    date(webhook.last_delivery_time.as_ref()),
                ]);
            }
            println!("{table}");
        }
        WebhookCommand::Deliveries {
            repository,
            id,
            limit,
        } => {
            let deliveries = secureflow
                .idempotent(|| {
                    let mut client = secureflow.repository();
                    let request = secureflow.request(ListWebhookDeliveriesRequest {
                        repository_id: repository.clone(),
                        webhook_id: id.clone(),
                        page_size: limit,
                        page_token: String::new(),
                    });
                    async move { client.list_webhook_deliveries(request).await }
                })
                .await?
                .into_inner()
                .deliveries;
            if context.output == OutputFormat::Json {
                println!("{}", serde_json::to_string_pretty(&deliveries)?);
                return Ok(());
            }
            let mut table = output::table(&["received", "delivery", "event", "outcome", "detail"]);
            for delivery in &deliveries {
                let received = delivery
                    .receive_time
                    .as_ref()
                    .and_then(|t| serde_json::to_value(t).ok())
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                table.add_row(vec![
                    received,
                    delivery.delivery_id.clone(),
                    delivery.event.clone(),
                    delivery.outcome.clone(),
                    delivery.detail.clone(),
                ]);
            }
            println!("{table}");
        }
        WebhookCommand::Delete { repository, id } => {
            client
                .delete_webhook(secureflow.request(DeleteWebhookRequest {
                    repository_id: repository,
                    id: id.clone(),
                }))
                .await?;
            eprintln!("deleted webhook {id}");
        }
    }
    Ok(())
}
