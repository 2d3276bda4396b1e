//! `secureflow.security.v1.SecurityService` handlers built so far: report upload
//! as one body (`CreateScan`) or in chunks with streamed progress
//! (`IngestReport`), `WatchScan`, scan and vulnerability reads, triage. Policies,
//! gates, reports, posture and threat intelligence answer `UNIMPLEMENTED` until built.

use secureflow_platform::auth::{Caller, Reply, caller, reply};
use secureflow_platform::pagination::Page;
use secureflow_platform::server::ServiceContext;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::security::v1::security_service_server::SecurityService;
use secureflow_proto::secureflow::security::v1::*;
use tonic::Request;

use crate::domain::formats::Format;
use crate::ingest::{Stores, Upload};
use crate::progress::{ProgressHub, Tracker, is_final};
use crate::store::{self, Filters, Order, Scope};
use crate::{convert, ingest};

/// Occurrences returned with one vulnerability (the most recent).
const MAX_OCCURRENCES: i64 = 100;

/// Handler of the security service.
#[derive(Debug, Clone)]
pub struct SecurityHandler {
    context: ServiceContext,
    progress: ProgressHub,
}

impl SecurityHandler {
    /// A handler over the service context.
    pub fn new(context: ServiceContext) -> Self {
        Self {
            context,
            progress: ProgressHub::default(),
        }
    }

    fn stores(&self) -> Stores<'_> {
        Stores {
            db: &self.context.db,
            log: &self.context.events,
            secrets: &self.context.secrets,
        }
    }
}

/// Progress updates of the uploader's stream are sent at most once per this many bytes received.
const RECEIVE_PROGRESS_EVERY: usize = 1024 * 1024;

/// Receives the chunks of an `IngestReport` upload after its header.
async fn receive(
    inbound: &mut tonic::Streaming<IngestReportRequest>,
    capacity: usize,
    tracker: &Tracker,
) -> Result<Vec<u8>> {
    let mut report = Vec::with_capacity(capacity);
    let mut reported = 0;
    while let Some(message) = inbound.message().await.map_err(|status| {
        Error::new(
            secureflow_platform::ErrorCode::Aborted,
            format!("upload interrupted: {}", status.message()),
        )
    })? {
        match message.part {
            Some(ingest_report_request::Part::Chunk(chunk)) => {
                if report.len() + chunk.len() > ingest::MAX_REPORT_BYTES {
                    return Err(ingest::too_large());
                }
                report.extend_from_slice(&chunk);
                if report.len() - reported >= RECEIVE_PROGRESS_EVERY {
                    reported = report.len();
                    let received = i64::try_from(reported).unwrap_or(i64::MAX);
                    tracker.update(|progress| progress.bytes_received = received);
                }
            }
            Some(ingest_report_request::Part::Header(_)) => {
                return Err(Error::invalid_field(
                    "header",
                    "only the first message of an upload may be a header",
                ));
            }
            None => {}
        }
    }
    Ok(report)
}

fn watch_stream(
    receiver: tokio::sync::watch::Receiver<ScanProgress>,
) -> tonic::codegen::BoxStream<WatchScanResponse> {
    let updates = futures::stream::unfold((Some(receiver), true), |(receiver, first)| async move {
        let mut receiver = receiver?;
        if !first {
            receiver.changed().await.ok()?;
        }
        let progress = receiver.borrow_and_update().clone();
        let next = (!is_final(&progress)).then_some(receiver);
        Some((
            Ok(WatchScanResponse {
                progress: Some(progress),
            }),
            (next, false),
        ))
    });
    Box::pin(updates)
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
                let upload = Upload {
                    scope: scope_of(&caller, request.scope),
                    format: requested_format(&request.format)?,
                    uploaded_by: caller.subject.clone(),
                    correlation_id: correlation,
                };
                ingest::validate_scope(&upload.scope)?;
                let report = request.report.map(|body| body.data).unwrap_or_default();
                let scan_id = uuid::Uuid::now_v7().to_string();
                let tracker = self.progress.track(&caller.organization_id, &scan_id, None);
                let scan = ingest::ingest(self.stores(), upload, report, &tracker).await?;
                Ok(CreateScanResponse {
                    scan: Some(convert::scan(&scan)),
                })
            }
            .await,
        )
    }

    async fn ingest_report(
        &self,
        request: Request<tonic::Streaming<IngestReportRequest>>,
    ) -> Reply<tonic::codegen::BoxStream<IngestReportResponse>> {
        let caller = caller(&request)?;
        let correlation = correlation_id(&request);
        let mut inbound = request.into_inner();
        let header = match inbound.message().await? {
            Some(IngestReportRequest {
                part: Some(ingest_report_request::Part::Header(header)),
            }) => header,
            _ => {
                return Err(Error::invalid_field(
                    "header",
                    "the first message of an upload must be its header",
                )
                .into());
            }
        };
        let upload = Upload {
            scope: scope_of(&caller, header.scope),
            format: requested_format(&header.format)?,
            uploaded_by: caller.subject.clone(),
            correlation_id: correlation,
        };
        ingest::validate_scope(&upload.scope)?;
        let announced = usize::try_from(header.size_bytes.max(0)).unwrap_or(usize::MAX);
        if announced > ingest::MAX_REPORT_BYTES {
            return Err(ingest::too_large().into());
        }
        let scan_id = uuid::Uuid::now_v7().to_string();
        let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
        let tracker = self
            .progress
            .track(&caller.organization_id, &scan_id, Some(sender.clone()));
        tracker.phase(ScanPhase::Receiving);
        let handler = self.clone();
        tokio::spawn(async move {
            // Preallocate what the header announces, within reason.
            let capacity = announced.min(64 * 1024 * 1024);
            let outcome = match receive(&mut inbound, capacity, &tracker).await {
                Ok(report) => ingest::ingest(handler.stores(), upload, report, &tracker)
                    .await
                    .map(drop),
                Err(error) => {
                    tracker.failed(error.message());
                    Err(error)
                }
            };
            if let Err(error) = outcome {
                let _ = sender.send(Err(error.into()));
            }
        });
        let responses = futures::stream::unfold(receiver, |mut receiver| async move {
            let next = receiver.recv().await?;
            Some((
                next.map(|progress| IngestReportResponse {
                    progress: Some(progress),
                }),
                receiver,
            ))
        });
        Ok(tonic::Response::new(Box::pin(responses)))
    }

    async fn watch_scan(
        &self,
        request: Request<WatchScanRequest>,
    ) -> Reply<tonic::codegen::BoxStream<WatchScanResponse>> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        if let Some(receiver) = self.progress.watch(&caller.organization_id, &id) {
            return Ok(tonic::Response::new(watch_stream(receiver)));
        }
        let scan = store::scan(&self.context.db, &caller.organization_id, &id)
            .await?
            .ok_or_else(|| Error::not_found("scan", &id))?;
        let (_, receiver) = tokio::sync::watch::channel(convert::completed_progress(&scan));
        Ok(tonic::Response::new(watch_stream(receiver)))
    }

    async fn list_scans(&self, request: Request<ListScansRequest>) -> Reply<ListScansResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        reply(
            async {
                let page = Page::parse(request.page_size, &request.page_token, 50, 500, "scans")?;
                let filters = store::ScanFilters {
                    repository_id: request.repository_id,
                    branch: request.branch,
                    tool: request.tool,
                };
                let rows =
                    store::list_scans(&self.context.db, &caller.organization_id, &filters, page)
                        .await?;
                let (rows, next_page_token) = page.finish(rows, "scans");
                Ok(ListScansResponse {
                    scans: rows.iter().map(convert::scan).collect(),
                    next_page_token,
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
                let mut vulnerability = convert::vulnerability(&row, &caller.organization_id);
                let mut occurrences =
                    store::occurrences(&self.context.db, &row.id, MAX_OCCURRENCES).await?;
                occurrences.extend(row.first_report.clone());
                vulnerability.occurrences = occurrences.iter().map(convert::occurrence).collect();
                Ok(GetVulnerabilityResponse {
                    vulnerability: Some(vulnerability),
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
                    component: request.component,
                    assigned_to: request.assigned_to,
                    kinds: request
                        .kinds
                        .iter()
                        .filter_map(|kind| convert::kind_from(*kind))
                        .collect(),
                    order: Order::parse(&request.order_by).ok_or_else(|| {
                        Error::invalid_field(
                            "order_by",
                            format!(
                                "unknown sort order `{}`; use `risk desc`, `severity desc`, \
                                 `first_detected desc` or `last_seen desc`",
                                request.order_by
                            ),
                        )
                    })?,
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
