//! `secureflow.repository.v1.RepositoryService` handlers. Each converts, calls
//! the use case that does the work, and maps the result; the RPCs not built
//! yet keep the generated default (UNIMPLEMENTED).

use secureflow_platform::auth::{Reply, caller, event_context, ok};
use secureflow_platform::pagination::Page;
use secureflow_platform::update_mask;
use secureflow_proto::secureflow::repository::v1::repository_service_server::RepositoryService;
use secureflow_proto::secureflow::repository::v1::*;
use tonic::Request;

use crate::convert;
use crate::repositories::Repositories;
use crate::store::repositories::{Filters, RepositoryRow};
use crate::webhooks::Webhooks;

/// Handler of the repository service.
#[derive(Debug, Clone)]
pub struct RepositoryHandler {
    repositories: Repositories,
    webhooks: Webhooks,
}

impl RepositoryHandler {
    /// A handler over the repositories' and webhooks' use cases.
    pub fn new(repositories: Repositories, webhooks: Webhooks) -> Self {
        Self {
            repositories,
            webhooks,
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
        let page = Page::parse(
            request.page_size,
            &request.page_token,
            50,
            500,
            "repositories",
        )?;
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
}
