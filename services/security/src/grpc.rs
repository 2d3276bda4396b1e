//! `secureflow.security.v1.SecurityService` handlers built so far: report upload
//! as one body (`CreateScan`), scans and vulnerabilities reads. The rest answer
//! `UNIMPLEMENTED` until built.

use secureflow_platform::auth::{Caller, Reply, caller, reply};
use secureflow_platform::pagination::Page;
use secureflow_platform::server::ServiceContext;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::security::v1::security_service_server::SecurityService;
use secureflow_proto::secureflow::security::v1::*;
use tonic::Request;

use crate::domain::formats::Format;
use crate::store::{self, Filters, Scope};
use crate::{convert, ingest};

/// Handler of the security service.
#[derive(Debug, Clone)]
pub struct SecurityHandler {
    context: ServiceContext,
}

impl SecurityHandler {
    /// A handler over the service context.
    pub fn new(context: ServiceContext) -> Self {
        Self { context }
    }
}

fn correlation_id<T>(request: &Request<T>) -> String {
    request
        .metadata()
        .get("x-correlation-id")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// `auto`/empty → detect; otherwise a known format name.
pub fn requested_format(name: &str) -> Result<Option<Format>> {
    match name.trim() {
        "" | "auto" => Ok(None),
        name => Format::from_name(name).map(Some).ok_or_else(|| {
            let known: Vec<&str> = Format::ALL.iter().map(|format| format.name()).collect();
            Error::invalid_field(
                "format",
                format!("unknown format `{name}`; known: auto, {}", known.join(", ")),
            )
        }),
    }
}

/// The scope of an upload, in the caller's organisation.
pub fn scope_of(caller: &Caller, scope: Option<ScanScope>) -> Scope {
    let scope = scope.unwrap_or_default();
    Scope {
        organization_id: caller.organization_id.clone(),
        repository_id: scope.repository_id,
        branch: scope.branch,
        commit_sha: scope.commit_sha,
        pipeline_execution_id: scope.pipeline_execution_id,
        full_scan: !scope.partial,
    }
}

#[tonic::async_trait]
impl SecurityService for SecurityHandler {
    async fn create_scan(&self, request: Request<CreateScanRequest>) -> Reply<CreateScanResponse> {
        let caller = caller(&request)?;
        let correlation = correlation_id(&request);
        let request = request.into_inner();
        reply(
            async {
                let format = requested_format(&request.format)?;
                let report = request.report.map(|body| body.data).unwrap_or_default();
                let scope = scope_of(&caller, request.scope);
                let scan = ingest::ingest(
                    &self.context.db,
                    &self.context.events,
                    scope,
                    format,
                    &report,
                    &caller.subject,
                    &correlation,
                )
                .await?;
                Ok(CreateScanResponse {
                    scan: Some(convert::scan(&scan)),
                })
            }
            .await,
        )
    }

    async fn get_scan(&self, request: Request<GetScanRequest>) -> Reply<GetScanResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        reply(
            async {
                let scan = store::scan(&self.context.db, &caller.organization_id, &id)
                    .await?
                    .ok_or_else(|| Error::not_found("scan", &id))?;
                Ok(GetScanResponse {
                    scan: Some(convert::scan(&scan)),
                })
            }
            .await,
        )
    }

    async fn get_vulnerability(
        &self,
        request: Request<GetVulnerabilityRequest>,
    ) -> Reply<GetVulnerabilityResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        reply(
            async {
                let row = store::vulnerability(&self.context.db, &caller.organization_id, &id)
                    .await?
                    .ok_or_else(|| Error::not_found("vulnerability", &id))?;
                Ok(GetVulnerabilityResponse {
                    vulnerability: Some(convert::vulnerability(&row, &caller.organization_id)),
                })
            }
            .await,
        )
    }

    async fn list_vulnerabilities(
        &self,
        request: Request<ListVulnerabilitiesRequest>,
    ) -> Reply<ListVulnerabilitiesResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        reply(
            async {
                let page = Page::parse(
                    request.page_size,
                    &request.page_token,
                    50,
                    1000,
                    "vulnerabilities",
                )?;
                let mut statuses: Vec<_> = request
                    .statuses
                    .iter()
                    .filter_map(|s| convert::status_from(*s))
                    .collect();
                if request.statuses.is_empty() {
                    statuses = vec![
                        crate::domain::lifecycle::Status::Open,
                        crate::domain::lifecycle::Status::InProgress,
                    ];
                }
                let filters = Filters {
                    statuses,
                    severities: request
                        .severities
                        .iter()
                        .filter_map(|s| convert::severity_from(*s))
                        .collect(),
                    tools: request.tools,
                    repository_id: request.repository_id,
                    branch: request.branch,
                    cve_id: request.cve_id,
                    cwe: crate::domain::finding::find_cwe(&request.cwe_id)
                        .or_else(|| request.cwe_id.parse().ok()),
                    query: request.query,
                };
                let (rows, total_size) =
                    store::list(&self.context.db, &caller.organization_id, &filters, page).await?;
                let (rows, next_page_token) = page.finish(rows, "vulnerabilities");
                let vulnerabilities = rows
                    .iter()
                    .map(|row| convert::vulnerability(row, &caller.organization_id))
                    .collect();
                Ok(ListVulnerabilitiesResponse {
                    vulnerabilities,
                    next_page_token,
                    total_size,
                })
            }
            .await,
        )
    }

    async fn update_vulnerability_status(
        &self,
        request: Request<UpdateVulnerabilityStatusRequest>,
    ) -> Reply<UpdateVulnerabilityStatusResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        reply(
            async {
                let accepted_until = request
                    .accepted_until
                    .as_ref()
                    .map(secureflow_platform::db::timestamp_to_micros);
                let row = crate::triage::change_status(
                    &self.context.db,
                    &self.context.events,
                    &caller,
                    &request.id,
                    convert::status_from(request.status),
                    &request.justification,
                    accepted_until,
                )
                .await?;
                Ok(UpdateVulnerabilityStatusResponse {
                    vulnerability: Some(convert::vulnerability(&row, &caller.organization_id)),
                })
            }
            .await,
        )
    }

    async fn assign_vulnerability(
        &self,
        request: Request<AssignVulnerabilityRequest>,
    ) -> Reply<AssignVulnerabilityResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        reply(
            async {
                if !store::assign(
                    &self.context.db,
                    &caller.organization_id,
                    &request.id,
                    &request.assigned_to,
                )
                .await?
                {
                    return Err(Error::not_found("vulnerability", &request.id));
                }
                let row =
                    store::vulnerability(&self.context.db, &caller.organization_id, &request.id)
                        .await?
                        .ok_or_else(|| Error::not_found("vulnerability", &request.id))?;
                Ok(AssignVulnerabilityResponse {
                    vulnerability: Some(convert::vulnerability(&row, &caller.organization_id)),
                })
            }
            .await,
        )
    }
}
