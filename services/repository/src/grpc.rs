//! `secureflow.repository.v1.RepositoryService` handlers. Each converts, calls
//! the use case that does the work, and maps the result; the RPCs not built
//! yet keep the generated default (UNIMPLEMENTED).

use secureflow_platform::auth::{Reply, caller, event_context, ok};
use secureflow_platform::pagination::Page;
use secureflow_platform::update_mask;
use secureflow_proto::secureflow::repository::v1::repository_service_server::RepositoryService;
use secureflow_proto::secureflow::repository::v1::*;
use tonic::Request;

use crate::backfill::Backfills;
use crate::connections::Connections;
use crate::convert;
use crate::deliveries::{Deliveries, Received};
use crate::records::Records;
use crate::repositories::Repositories;
use crate::store::repositories::{Filters, RepositoryRow};
use crate::webhooks::Webhooks;

/// Handler of the repository service.
#[derive(Debug, Clone)]
pub struct RepositoryHandler {
    repositories: Repositories,
    webhooks: Webhooks,
    deliveries: Deliveries,
    records: Records,
    connections: Connections,
    backfills: Backfills,
}

impl RepositoryHandler {
    /// A handler over the repositories', webhooks' and deliveries' use cases
    /// (and the reads of what deliveries recorded).
    pub fn new(
        repositories: Repositories,
        webhooks: Webhooks,
        deliveries: Deliveries,
        connections: Connections,
        backfills: Backfills,
    ) -> Self {
        Self {
            records: Records::new(repositories.clone()),
            repositories,
            webhooks,
            deliveries,
            connections,
            backfills,
        }
    }

    fn message(&self, row: &RepositoryRow) -> Option<Repository> {
        Some(convert::repository(row, self.repositories.grace_us()))
    }
}

#[tonic::async_trait]
impl RepositoryService for RepositoryHandler {
    async fn get_repository(
        &self,
        request: Request<GetRepositoryRequest>,
    ) -> Reply<GetRepositoryResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        let row = self.repositories.get(&caller.organization_id, &id).await?;
        ok(GetRepositoryResponse {
            repository: self.message(&row),
        })
    }

    async fn list_repositories(
        &self,
        request: Request<ListRepositoriesRequest>,
    ) -> Reply<ListRepositoriesResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "repositories")?;
        let filters = Filters {
            team_id: request.team_id,
            query: request.query,
            include_archived: request.include_archived,
            deleted: request.show_deleted,
        };
        let rows = self
            .repositories
            .list(&caller.organization_id, &filters, page)
            .await?;
        let (rows, next_page_token) = page.finish(rows, "repositories");
        ok(ListRepositoriesResponse {
            repositories: rows.iter().filter_map(|row| self.message(row)).collect(),
            next_page_token,
        })
    }

    async fn create_repository(
        &self,
        request: Request<CreateRepositoryRequest>,
    ) -> Reply<CreateRepositoryResponse> {
        let context = event_context(&request)?;
        let draft = convert::repository_from(request.into_inner().repository.unwrap_or_default());
        let row = self.repositories.create(&context, draft).await?;
        ok(CreateRepositoryResponse {
            repository: self.message(&row),
        })
    }

    async fn update_repository(
        &self,
        request: Request<UpdateRepositoryRequest>,
    ) -> Reply<UpdateRepositoryResponse> {
        let context = event_context(&request)?;
        let request = request.into_inner();
        let repository = request.repository.unwrap_or_default();
        let mask = update_mask::paths(request.update_mask);
        let id = repository.id.clone();
        let change = convert::repository_from(repository);
        let row = self
            .repositories
            .update(&context, &id, change, &mask)
            .await?;
        ok(UpdateRepositoryResponse {
            repository: self.message(&row),
        })
    }

    async fn delete_repository(
        &self,
        request: Request<DeleteRepositoryRequest>,
    ) -> Reply<DeleteRepositoryResponse> {
        let context = event_context(&request)?;
        let id = request.into_inner().id;
        self.repositories.delete(&context, &id).await?;
        ok(DeleteRepositoryResponse {})
    }

    async fn undelete_repository(
        &self,
        request: Request<UndeleteRepositoryRequest>,
    ) -> Reply<UndeleteRepositoryResponse> {
        let context = event_context(&request)?;
        let id = request.into_inner().id;
        let row = self.repositories.undelete(&context, &id).await?;
        ok(UndeleteRepositoryResponse {
            repository: self.message(&row),
        })
    }

    async fn list_webhooks(
        &self,
        request: Request<ListWebhooksRequest>,
    ) -> Reply<ListWebhooksResponse> {
        let caller = caller(&request)?;
        let repository = request.into_inner().repository_id;
        let rows = self
            .webhooks
            .list(&caller.organization_id, &repository)
            .await?;
        ok(ListWebhooksResponse {
            webhooks: rows.iter().map(convert::webhook).collect(),
        })
    }

    async fn create_webhook(
        &self,
        request: Request<CreateWebhookRequest>,
    ) -> Reply<CreateWebhookResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let webhook = request.webhook.unwrap_or_default();
        let (row, secret) = self
            .webhooks
            .create(
                &caller.organization_id,
                &request.repository_id,
                webhook.events,
                &webhook.secret,
            )
            .await?;
        ok(CreateWebhookResponse {
            webhook: Some(convert::webhook(&row)),
            secret,
        })
    }

    async fn delete_webhook(
        &self,
        request: Request<DeleteWebhookRequest>,
    ) -> Reply<DeleteWebhookResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        self.webhooks
            .delete(&caller.organization_id, &request.repository_id, &request.id)
            .await?;
        ok(DeleteWebhookResponse {})
    }

    async fn receive_webhook(
        &self,
        request: Request<ReceiveWebhookRequest>,
    ) -> Reply<ReceiveWebhookResponse> {
        let request = request.into_inner();
        let receipt = self
            .deliveries
            .receive(Received {
                webhook_id: request.webhook_id,
                provider: request.provider,
                event: request.event,
                signature: Some(request.signature).filter(|header| !header.is_empty()),
                delivery_id: request.delivery_id,
                body: request.payload,
            })
            .await?;
        ok(convert::receipt(receipt))
    }

    async fn list_webhook_deliveries(
        &self,
        request: Request<ListWebhookDeliveriesRequest>,
    ) -> Reply<ListWebhookDeliveriesResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "deliveries")?;
        let rows = self
            .deliveries
            .list(
                &caller.organization_id,
                &request.repository_id,
                &request.webhook_id,
                page,
            )
            .await?;
        let (rows, next_page_token) = page.finish(rows, "deliveries");
        ok(ListWebhookDeliveriesResponse {
            deliveries: rows.iter().map(convert::delivery).collect(),
            next_page_token,
        })
    }

    async fn list_branches(
        &self,
        request: Request<ListBranchesRequest>,
    ) -> Reply<ListBranchesResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::sized(&request, 100, 1000, "branches")?;
        let (repository, rows) = self
            .records
            .branches(&caller.organization_id, &request.repository_id, page)
            .await?;
        let default_branch = self
            .repositories
            .get(&caller.organization_id, &repository)
            .await?
            .settings
            .default_branch;
        let (rows, next_page_token) = page.finish(rows, "branches");
        ok(ListBranchesResponse {
            branches: rows
                .iter()
                .map(|row| convert::branch(row, &default_branch))
                .collect(),
            next_page_token,
        })
    }

    async fn list_contributors(
        &self,
        request: Request<ListContributorsRequest>,
    ) -> Reply<ListContributorsResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let what = "contributors";
        let page = Page::sized(&request, 100, 1000, what)?;
        let rows = self
            .records
            .contributors(&caller.organization_id, &request.repository_id, page)
            .await?;
        let (rows, next_page_token) = page.finish(rows, what);
        ok(ListContributorsResponse {
            contributors: rows.iter().map(convert::contributor).collect(),
            next_page_token,
        })
    }

    async fn list_commits(
        &self,
        request: Request<ListCommitsRequest>,
    ) -> Reply<ListCommitsResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "commits")?;
        let filters = convert::commit_filters_from(&request);
        let (repository, rows) = self
            .records
            .commits(
                &caller.organization_id,
                &request.repository_id,
                &filters,
                page,
            )
            .await?;
        let (rows, next_page_token) = page.finish(rows, "commits");
        ok(ListCommitsResponse {
            commits: rows
                .iter()
                .map(|row| convert::commit(&repository, row))
                .collect(),
            next_page_token,
        })
    }

    async fn get_commit(&self, request: Request<GetCommitRequest>) -> Reply<GetCommitResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let (repository, row) = self
            .records
            .commit(
                &caller.organization_id,
                &request.repository_id,
                &request.sha,
            )
            .await?;
        ok(GetCommitResponse {
            commit: Some(convert::commit(&repository, &row)),
        })
    }

    async fn list_pull_requests(
        &self,
        request: Request<ListPullRequestsRequest>,
    ) -> Reply<ListPullRequestsResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "pull requests")?;
        let state = convert::pull_request_state_name(request.state)?;
        let (repository, rows, users) = self
            .records
            .pull_requests(
                &caller.organization_id,
                &request.repository_id,
                (state, &request.target_branch),
                page,
            )
            .await?;
        let (rows, next_page_token) = page.finish(rows, "pull requests");
        ok(ListPullRequestsResponse {
            pull_requests: rows
                .iter()
                .map(|row| convert::pull_request(&repository, row, &[], &users))
                .collect(),
            next_page_token,
        })
    }

    async fn get_pull_request(
        &self,
        request: Request<GetPullRequestRequest>,
    ) -> Reply<GetPullRequestResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let (repository, (row, reviewers), users) = self
            .records
            .pull_request(
                &caller.organization_id,
                &request.repository_id,
                request.number,
            )
            .await?;
        ok(GetPullRequestResponse {
            pull_request: Some(convert::pull_request(&repository, &row, &reviewers, &users)),
        })
    }

    async fn list_connections(
        &self,
        request: Request<ListConnectionsRequest>,
    ) -> Reply<ListConnectionsResponse> {
        let caller = caller(&request)?;
        let rows = self.connections.list(&caller.organization_id).await?;
        ok(ListConnectionsResponse {
            connections: rows.iter().map(convert::connection).collect(),
        })
    }

    async fn create_connection(
        &self,
        request: Request<CreateConnectionRequest>,
    ) -> Reply<CreateConnectionResponse> {
        let caller = caller(&request)?;
        let draft = convert::connection_from(request.into_inner().connection.unwrap_or_default());
        let row = self
            .connections
            .create(&caller.organization_id, draft)
            .await?;
        ok(CreateConnectionResponse {
            connection: Some(convert::connection(&row)),
        })
    }

    async fn delete_connection(
        &self,
        request: Request<DeleteConnectionRequest>,
    ) -> Reply<DeleteConnectionResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        self.connections
            .delete(&caller.organization_id, &id)
            .await?;
        ok(DeleteConnectionResponse {})
    }

    async fn sync_repository(
        &self,
        request: Request<SyncRepositoryRequest>,
    ) -> Reply<tonic::codegen::BoxStream<SyncRepositoryResponse>> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let progress = self
            .backfills
            .start(
                &caller.organization_id,
                &request.repository_id,
                &request.connection_id,
                request.full,
            )
            .await?;
        ok(convert::sync_stream(progress))
    }

    async fn get_sync(&self, request: Request<GetSyncRequest>) -> Reply<GetSyncResponse> {
        let caller = caller(&request)?;
        let repository = request.into_inner().repository_id;
        let sync = self
            .backfills
            .get(&caller.organization_id, &repository)
            .await?;
        ok(GetSyncResponse {
            sync: Some(convert::sync(&sync)),
        })
    }
}
