//! `secureflow.security.v1.SecurityService` handlers: report upload as one body
//! (`CreateScan`) or in chunks with streamed progress (`IngestReport`),
//! `WatchScan`, scan and vulnerability reads, triage, policies and gates,
//! reports, posture and threat intelligence. Each converts, calls the module
//! that does the work, and maps the result.

use secureflow_platform::auth::{Reply, caller, event_context, ok};
use secureflow_platform::db::{now_micros, timestamp_to_micros};
use secureflow_platform::events::EventContext;
use secureflow_platform::pagination::Page;
use secureflow_platform::server::ServiceContext;
use secureflow_platform::{Error, Result, update_mask};
use secureflow_proto::secureflow::security::v1::security_service_server::SecurityService;
use secureflow_proto::secureflow::security::v1::*;
use tonic::Request;

use std::sync::Arc;

use crate::assessment::Assessor;
use crate::domain::formats::Format;
use crate::gates::Gates;
use crate::ingest::{Stores, Upload};
use crate::listing::Listings;
use crate::originals::Originals;
use crate::progress::{ProgressHub, Tracker, is_final};
use crate::repositories::resolve;
use crate::store::scans::Scans;
use crate::store::vulnerabilities::{self, View, VulnerabilityRow};
use crate::store::{self, Scope};
use crate::{convert, ingest, intel, policies, reports, triage};

/// Occurrences returned with one vulnerability (the most recent).
const MAX_OCCURRENCES: i64 = 100;

/// Handler of the security service.
#[derive(Debug, Clone)]
pub struct SecurityHandler {
    context: ServiceContext,
    progress: ProgressHub,
    gates: Arc<Gates>,
    listings: Arc<Listings>,
    reports: Arc<reports::ReportContents>,
    originals: Arc<Originals>,
    scans: Arc<Scans>,
}

impl SecurityHandler {
    /// A handler over the service context, evaluating gates with `gates`.
    pub fn new(context: ServiceContext, gates: Arc<Gates>) -> Self {
        Self {
            reports: reports::ReportContents::of(&context),
            originals: Originals::of(&context),
            scans: crate::scans(&context),
            context,
            progress: ProgressHub::default(),
            gates,
            listings: Arc::default(),
        }
    }

    fn stores(&self) -> Stores<'_> {
        Stores {
            db: &self.context.db,
            log: &self.context.events,
            secrets: &self.context.secrets,
            gates: &self.gates,
            originals: &self.originals,
            scans: &self.scans,
        }
    }

    /// The messages of `rows`, with risk scores and SLA state.
    async fn vulnerabilities(
        &self,
        organization_id: &str,
        rows: &[VulnerabilityRow],
        view: View,
    ) -> Result<Vec<Vulnerability>> {
        let assessor = Assessor::load(&self.context.db, organization_id, rows).await?;
        Ok(assessed(&assessor, organization_id, rows, view))
    }

    /// One vulnerability's message, with its risk score and SLA state.
    async fn vulnerability(
        &self,
        organization_id: &str,
        row: VulnerabilityRow,
    ) -> Result<Vulnerability> {
        let mut messages = self
            .vulnerabilities(organization_id, std::slice::from_ref(&row), View::Full)
            .await?;
        Ok(messages.remove(0))
    }
}

/// The messages of `rows`, with risk scores and SLA state now.
fn assessed(
    assessor: &Assessor,
    organization_id: &str,
    rows: &[VulnerabilityRow],
    view: View,
) -> Vec<Vulnerability> {
    let now = now_micros();
    rows.iter()
        .map(|row| {
            let mut message = convert::vulnerability(row, organization_id);
            assessor.apply(row, view, &mut message, now);
            message
        })
        .collect()
}

/// Progress updates of the uploader's stream are sent at most once per this many bytes received.
const RECEIVE_PROGRESS_EVERY: usize = 1024 * 1024;

/// The upload buffer reserved before any data arrives.
const INITIAL_BUFFER: usize = 8 * 1024 * 1024;

/// Receives the chunks of an `IngestReport` upload after its header.
/// The buffer grows to the size the header announced only once that much is
/// really arriving: a header cannot make the server reserve memory by itself,
/// and an honest large upload is never copied into a buffer twice its size.
async fn receive(
    inbound: &mut tonic::Streaming<IngestReportRequest>,
    announced: usize,
    tracker: &Tracker,
) -> Result<Vec<u8>> {
    let mut report = Vec::with_capacity(announced.min(INITIAL_BUFFER));
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
                if report.len() + chunk.len() > report.capacity() {
                    let wanted = announced.max(report.len() + chunk.len());
                    report.reserve_exact(wanted - report.len());
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

/// A download's body: `data` as `content_type`.
fn http_body(content_type: String, data: Vec<u8>) -> secureflow_proto::google::api::HttpBody {
    secureflow_proto::google::api::HttpBody {
        content_type,
        data,
        extensions: Vec::new(),
    }
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
pub fn scope_of(context: &EventContext, scope: Option<ScanScope>) -> Scope {
    let scope = scope.unwrap_or_default();
    Scope {
        organization_id: context.organization_id.clone(),
        repository_id: scope.repository_id,
        branch: scope.branch,
        commit_sha: scope.commit_sha,
        pipeline_execution_id: scope.pipeline_execution_id,
        full_scan: !scope.partial,
        base_branch: scope.base_branch,
    }
}

#[tonic::async_trait]
impl SecurityService for SecurityHandler {
    async fn create_scan(&self, request: Request<CreateScanRequest>) -> Reply<CreateScanResponse> {
        let context = event_context(&request)?;
        let request = request.into_inner();
        let upload = Upload::new(
            scope_of(&context, request.scope),
            requested_format(&request.format)?,
            context.clone(),
        )?;
        let report = request.report.map(|body| body.data).unwrap_or_default();
        let scan_id = uuid::Uuid::now_v7().to_string();
        let tracker = self
            .progress
            .track(&context.organization_id, &scan_id, None);
        let scan = ingest::ingest(self.stores(), upload, report, &tracker).await?;
        ok(CreateScanResponse {
            scan: Some(convert::scan(&scan)),
        })
    }

    async fn ingest_report(
        &self,
        request: Request<tonic::Streaming<IngestReportRequest>>,
    ) -> Reply<tonic::codegen::BoxStream<IngestReportResponse>> {
        let context = event_context(&request)?;
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
        let upload = Upload::new(
            scope_of(&context, header.scope),
            requested_format(&header.format)?,
            context.clone(),
        )?;
        let announced = usize::try_from(header.size_bytes.max(0)).unwrap_or(usize::MAX);
        if announced > ingest::MAX_REPORT_BYTES {
            return Err(ingest::too_large().into());
        }
        let scan_id = uuid::Uuid::now_v7().to_string();
        let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
        let tracker = self
            .progress
            .track(&context.organization_id, &scan_id, Some(sender.clone()));
        tracker.phase(ScanPhase::Receiving);
        let handler = self.clone();
        tokio::spawn(async move {
            let outcome = match receive(&mut inbound, announced, &tracker).await {
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
        let scan = self
            .scans
            .get(&caller.organization_id, &id)
            .await?
            .ok_or_else(|| Error::not_found("scan", &id))?;
        let (_, receiver) = tokio::sync::watch::channel(convert::completed_progress(&scan));
        Ok(tonic::Response::new(watch_stream(receiver)))
    }

    async fn list_scans(&self, request: Request<ListScansRequest>) -> Reply<ListScansResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "scans")?;
        let filters = store::scans::Filters {
            repository_id: resolve(
                &self.context.db,
                &caller.organization_id,
                &request.repository_id,
            )
            .await?,
            branch: request.branch,
            tool: request.tool,
        };
        let rows = self
            .scans
            .list(&caller.organization_id, &filters, page)
            .await?;
        let (rows, next_page_token) = page.finish(rows, "scans");
        ok(ListScansResponse {
            scans: rows.iter().map(convert::scan).collect(),
            next_page_token,
        })
    }

    async fn get_scan(&self, request: Request<GetScanRequest>) -> Reply<GetScanResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        let scan = self
            .scans
            .get(&caller.organization_id, &id)
            .await?
            .ok_or_else(|| Error::not_found("scan", &id))?;
        ok(GetScanResponse {
            scan: Some(convert::scan(&scan)),
        })
    }

    async fn get_scan_report(
        &self,
        request: Request<GetScanReportRequest>,
    ) -> Reply<GetScanReportResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        let scan = self
            .scans
            .get(&caller.organization_id, &id)
            .await?
            .ok_or_else(|| Error::not_found("scan", &id))?;
        let data = self.originals.read(&self.context.secrets, &scan).await?;
        let content_type = crate::originals::content_type(&data).to_owned();
        ok(GetScanReportResponse {
            content: Some(http_body(content_type, data)),
        })
    }

    async fn get_vulnerability(
        &self,
        request: Request<GetVulnerabilityRequest>,
    ) -> Reply<GetVulnerabilityResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        let row = vulnerabilities::vulnerability(&self.context.db, &caller.organization_id, &id)
            .await?
            .ok_or_else(|| Error::not_found("vulnerability", &id))?;
        let mut vulnerability = self
            .vulnerability(&caller.organization_id, row.clone())
            .await?;
        let mut occurrences =
            vulnerabilities::occurrences(&self.context.db, &row.id, MAX_OCCURRENCES).await?;
        occurrences.extend(row.first_report.clone());
        vulnerability.occurrences = occurrences.iter().map(convert::occurrence).collect();
        ok(GetVulnerabilityResponse {
            vulnerability: Some(vulnerability),
        })
    }

    async fn list_vulnerabilities(
        &self,
        request: Request<ListVulnerabilitiesRequest>,
    ) -> Reply<ListVulnerabilitiesResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::sized(&request, 50, 1000, "vulnerabilities")?;
        let view = convert::vulnerability_view_from(request.view)?;
        let mut filters = convert::vulnerability_filters_from(request)?;
        let organization = &caller.organization_id;
        filters.repository_id =
            resolve(&self.context.db, organization, &filters.repository_id).await?;
        let (rows, total_size, assessor) = self
            .listings
            .list(&self.context.db, organization, &filters, page, view)
            .await?;
        let (rows, next_page_token) = page.finish_slice(&rows, "vulnerabilities");
        ok(ListVulnerabilitiesResponse {
            vulnerabilities: assessed(&assessor, organization, rows, view),
            next_page_token,
            total_size,
        })
    }

    async fn update_vulnerability_status(
        &self,
        request: Request<UpdateVulnerabilityStatusRequest>,
    ) -> Reply<UpdateVulnerabilityStatusResponse> {
        let context = event_context(&request)?;
        let request = request.into_inner();
        let row = triage::change_status(
            &self.context.db,
            &self.context.events,
            &self.gates,
            &context,
            triage::StatusChange {
                id: &request.id,
                status: convert::status_from(request.status),
                justification: &request.justification,
                accepted_until_us: request.accepted_until.as_ref().map(timestamp_to_micros),
            },
        )
        .await?;
        ok(UpdateVulnerabilityStatusResponse {
            vulnerability: Some(self.vulnerability(&context.organization_id, row).await?),
        })
    }

    async fn assign_vulnerability(
        &self,
        request: Request<AssignVulnerabilityRequest>,
    ) -> Reply<AssignVulnerabilityResponse> {
        let context = event_context(&request)?;
        let request = request.into_inner();
        let identity = self.context.identity.as_ref();
        let row = triage::assign(
            &self.context.db,
            identity,
            &context,
            &request.id,
            &request.assigned_to,
        )
        .await?;
        ok(AssignVulnerabilityResponse {
            vulnerability: Some(self.vulnerability(&context.organization_id, row).await?),
        })
    }

    async fn get_policy(&self, request: Request<GetPolicyRequest>) -> Reply<GetPolicyResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        let policy = policies::get(&self.context.db, &caller.organization_id, &id).await?;
        ok(GetPolicyResponse {
            policy: Some(policy),
        })
    }

    async fn list_policies(
        &self,
        request: Request<ListPoliciesRequest>,
    ) -> Reply<ListPoliciesResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "policies")?;
        let rows = policies::list(
            &self.context.db,
            &caller.organization_id,
            &request.repository_id,
            page,
        )
        .await?;
        let (policies, next_page_token) = page.finish(rows, "policies");
        ok(ListPoliciesResponse {
            policies,
            next_page_token,
        })
    }

    async fn create_policy(
        &self,
        request: Request<CreatePolicyRequest>,
    ) -> Reply<CreatePolicyResponse> {
        let context = event_context(&request)?;
        let policy = request.into_inner().policy.unwrap_or_default();
        let policy = policies::create(&self.context.db, &self.gates, &context, policy).await?;
        ok(CreatePolicyResponse {
            policy: Some(policy),
        })
    }

    async fn update_policy(
        &self,
        request: Request<UpdatePolicyRequest>,
    ) -> Reply<UpdatePolicyResponse> {
        let context = event_context(&request)?;
        let request = request.into_inner();
        let mask = update_mask::paths(request.update_mask);
        let change = request.policy.unwrap_or_default();
        let policy =
            policies::update(&self.context.db, &self.gates, &context, change, &mask).await?;
        ok(UpdatePolicyResponse {
            policy: Some(policy),
        })
    }

    async fn delete_policy(
        &self,
        request: Request<DeletePolicyRequest>,
    ) -> Reply<DeletePolicyResponse> {
        let context = event_context(&request)?;
        let id = request.into_inner().id;
        policies::delete(&self.context.db, &self.gates, &context, &id).await?;
        ok(DeletePolicyResponse {})
    }

    async fn evaluate_gate(
        &self,
        request: Request<EvaluateGateRequest>,
    ) -> Reply<EvaluateGateResponse> {
        let context = event_context(&request)?;
        let requested = convert::gate_request_from(request.into_inner());
        let evaluation = self.gates.evaluate_requested(&context, requested).await?;
        ok(EvaluateGateResponse {
            evaluation: Some(evaluation),
        })
    }

    async fn create_report(
        &self,
        request: Request<CreateReportRequest>,
    ) -> Reply<CreateReportResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let reuse_within = reports::reuse_within(request.reuse_within.as_ref())?;
        let spec = reports::validate(request.report, now_micros())?;
        let report = reports::create(
            &self.context.db,
            &self.reports,
            &caller.organization_id,
            &caller.subject,
            spec,
            reuse_within,
        )
        .await?;
        ok(CreateReportResponse {
            report: Some(report),
        })
    }

    async fn get_report(&self, request: Request<GetReportRequest>) -> Reply<GetReportResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        let report = reports::get(
            &self.context.db,
            &self.reports,
            &caller.organization_id,
            &id,
            true,
        )
        .await?;
        ok(GetReportResponse {
            report: Some(report),
        })
    }

    async fn get_report_content(
        &self,
        request: Request<GetReportContentRequest>,
    ) -> Reply<GetReportContentResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        let (content_type, data) = reports::content(
            &self.context.db,
            &self.reports,
            &caller.organization_id,
            &id,
        )
        .await?;
        ok(GetReportContentResponse {
            content: Some(http_body(content_type, data)),
        })
    }

    async fn list_reports(
        &self,
        request: Request<ListReportsRequest>,
    ) -> Reply<ListReportsResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "reports")?;
        let (reports, next_page_token) =
            reports::list(&self.context.db, &caller.organization_id, page).await?;
        ok(ListReportsResponse {
            reports,
            next_page_token,
        })
    }

    async fn get_posture(&self, request: Request<GetPostureRequest>) -> Reply<GetPostureResponse> {
        let caller = caller(&request)?;
        let named = request.into_inner().repository_id;
        let repository_id = resolve(&self.context.db, &caller.organization_id, &named).await?;
        let (posture, open_by_severity, sla_breached) =
            crate::assessment::posture(&self.context.db, &caller.organization_id, &repository_id)
                .await?;
        ok(GetPostureResponse {
            score: posture.score,
            open_by_severity: open_by_severity.into_iter().collect(),
            sla_breached,
            explanation: posture.explanation,
        })
    }

    async fn import_threat_intel(
        &self,
        request: Request<ImportThreatIntelRequest>,
    ) -> Reply<ImportThreatIntelResponse> {
        let context = event_context(&request)?;
        let request = request.into_inner();
        let content = request.content.map(|body| body.data).unwrap_or_default();
        let imported = intel::import(
            &self.context.db,
            &self.gates,
            &context,
            request.source,
            content,
        )
        .await?;
        ok(ImportThreatIntelResponse {
            entries: imported.entries,
            vulnerabilities_rescored: imported.vulnerabilities_rescored,
            gates_reevaluated: imported.gates_reevaluated,
        })
    }
}
