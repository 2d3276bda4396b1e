//! gRPC handlers of `secureflow.analytics.v1.AnalyticsService`: decode, call
//! the use case, map the result. RPCs not built yet keep the generated
//! default (UNIMPLEMENTED).

use futures::StreamExt;
use secureflow_platform::Error;
use secureflow_platform::auth::{Reply, bearer, caller};
use secureflow_platform::events::TOPICS;
use secureflow_proto::secureflow::analytics::v1::analytics_service_server::AnalyticsService;
use secureflow_proto::secureflow::analytics::v1::{
    GetSystemStatusRequest, GetSystemStatusResponse, StreamEventsRequest, StreamEventsResponse,
};
use tokio_stream::wrappers::ReceiverStream;
use tonic::Request;
use tonic::codegen::BoxStream;

use crate::domain::StreamSpec;
use crate::live::LiveEvents;
use crate::system::SystemStatus;

/// gRPC handler of `secureflow.analytics.v1.AnalyticsService`.
#[derive(Debug, Clone)]
pub struct AnalyticsHandler {
    live: LiveEvents,
    system: SystemStatus,
}

impl AnalyticsHandler {
    /// A handler over the live event streams and the system's status.
    pub fn new(live: LiveEvents, system: SystemStatus) -> Self {
        Self { live, system }
    }
}

#[tonic::async_trait]
impl AnalyticsService for AnalyticsHandler {
    async fn get_system_status(
        &self,
        _request: Request<GetSystemStatusRequest>,
    ) -> Reply<GetSystemStatusResponse> {
        Ok(tonic::Response::new(self.system.read().await?))
    }

    async fn stream_events(
        &self,
        request: Request<StreamEventsRequest>,
    ) -> Reply<BoxStream<StreamEventsResponse>> {
        let caller = caller(&request)?;
        let headers = request.metadata().clone().into_headers();
        let credential = bearer(&headers).unwrap_or_default().to_owned();
        let request = request.into_inner();
        let spec = StreamSpec::parse(
            request.event_types,
            request.after_event_id,
            request.backlog,
            request.omit_data,
            TOPICS,
        )
        .map_err(|invalid| Error::invalid_field(invalid.field, invalid.problem))?;
        let items = self.live.open(&caller, &credential, spec).await?;
        let responses = ReceiverStream::new(items).map(|item| {
            item.map(|event| StreamEventsResponse { event: Some(event) })
                .map_err(tonic::Status::from)
        });
        Ok(tonic::Response::new(Box::pin(responses)))
    }
}
