//! Traces reach an OTLP collector when, and only when, an endpoint is configured.
//! The collector is a real OTLP/gRPC trace service running in this process.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use opentelemetry_proto::tonic::collector::trace::v1::trace_service_server::{
    TraceService, TraceServiceServer,
};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use opentelemetry_proto::tonic::common::v1::any_value::Value;
use secureflow_platform::config::TelemetryConfig;
use secureflow_platform::telemetry;
use tokio_stream::wrappers::TcpListenerStream;

/// (service.name, span name) of every span received.
#[derive(Clone, Default)]
struct Collector {
    spans: Arc<Mutex<Vec<(String, String)>>>,
}

#[tonic::async_trait]
impl TraceService for Collector {
    async fn export(
        &self,
        request: tonic::Request<ExportTraceServiceRequest>,
    ) -> Result<tonic::Response<ExportTraceServiceResponse>, tonic::Status> {
        let mut spans = self.spans.lock().expect("lock");
        for resource_spans in request.into_inner().resource_spans {
            let service = resource_spans
                .resource
                .iter()
                .flat_map(|resource| resource.attributes.iter())
                .find(|attribute| attribute.key == "service.name")
                .and_then(|attribute| attribute.value.as_ref()?.value.clone())
                .map(|value| match value {
                    Value::StringValue(name) => name,
                    other => format!("{other:?}"),
                })
                .unwrap_or_default();
            for scope in resource_spans.scope_spans {
                for span in scope.spans {
                    spans.push((service.clone(), span.name));
                }
            }
        }
        Ok(tonic::Response::new(ExportTraceServiceResponse::default()))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spans_are_exported_over_otlp_when_an_endpoint_is_configured() {
    let collector = Collector::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(TraceServiceServer::new(collector.clone()))
            .serve_with_incoming(TcpListenerStream::new(listener)),
    );

    let config = TelemetryConfig {
        otlp_endpoint: format!("http://{address}"),
        service_name: "secureflowd-under-test".to_owned(),
        ..TelemetryConfig::default()
    };
    let guard = telemetry::init(&config).expect("telemetry starts");
    tracing::info_span!("ingest_report", format = "sarif").in_scope(|| {
        tracing::info!("parsing");
    });
    // Dropping the guard flushes the batch exporter; it blocks, so not on a runtime worker.
    tokio::task::spawn_blocking(move || drop(guard))
        .await
        .expect("flushed");

    let expected = (
        "secureflowd-under-test".to_owned(),
        "ingest_report".to_owned(),
    );
    for _ in 0..100 {
        if collector.spans.lock().expect("lock").contains(&expected) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "span not exported; collector saw {:?}",
        collector.spans.lock().expect("lock")
    );
}
