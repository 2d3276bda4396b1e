//! Logs, traces and metrics, initialised once per process.
//!
//! Logs go to stderr as text or JSON. Traces are exported over OTLP/gRPC only
//! when `telemetry.otlp_endpoint` is set. Metrics are kept by a Prometheus
//! recorder and served at `/metrics`; metric names live in [`names`].

use std::io::IsTerminal;
use std::sync::OnceLock;

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use opentelemetry::trace::TracerProvider as _;
use opentelemetry_otlp::WithExportConfig;
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::trace::SdkTracerProvider;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer};

use crate::config::{LogFormat, TelemetryConfig};
use crate::error::{Error, ErrorCode, Result};

/// Metric names, in one place.
pub mod names {
    /// Counter of finished requests, labelled by `path` and `code`.
    pub const REQUESTS_TOTAL: &str = "secureflow_requests_total";
    /// Histogram of request durations in seconds, labelled by `path`.
    pub const REQUEST_DURATION_SECONDS: &str = "secureflow_request_duration_seconds";
    /// Counter of events handed to consumers, labelled by `consumer`.
    pub const EVENTS_DELIVERED_TOTAL: &str = "secureflow_events_delivered_total";
}

/// Keeps the trace exporter alive; flushes pending spans when dropped.
#[derive(Debug, Default)]
pub struct TelemetryGuard {
    tracer_provider: Option<SdkTracerProvider>,
}

impl Drop for TelemetryGuard {
    fn drop(&mut self) {
        if let Some(provider) = self.tracer_provider.take()
            && let Err(error) = provider.shutdown()
        {
            eprintln!("flushing traces failed: {error}");
        }
    }
}

/// Installs the global subscriber. Call once, early in `main`.
pub fn init(config: &TelemetryConfig) -> Result<TelemetryGuard> {
    let filter = EnvFilter::try_new(&config.log_filter).map_err(|error| {
        Error::new(
            ErrorCode::InvalidArgument,
            format!("telemetry.log_filter: {error}"),
        )
    })?;
    let fmt_layer = match config.log_format {
        LogFormat::Text => tracing_subscriber::fmt::layer()
            .with_writer(std::io::stderr)
            .with_ansi(std::io::stderr().is_terminal())
            .boxed(),
        LogFormat::Json => tracing_subscriber::fmt::layer()
            .json()
            .with_writer(std::io::stderr)
            .boxed(),
    };
    let mut guard = TelemetryGuard::default();
    let otel_layer = if config.otlp_endpoint.is_empty() {
        None
    } else {
        let exporter = opentelemetry_otlp::SpanExporter::builder()
            .with_tonic()
            .with_endpoint(&config.otlp_endpoint)
            .build()
            .map_err(|error| {
                Error::new(
                    ErrorCode::InvalidArgument,
                    format!("telemetry.otlp_endpoint: {error}"),
                )
            })?;
        let provider = SdkTracerProvider::builder()
            .with_batch_exporter(exporter)
            .with_resource(
                Resource::builder()
                    .with_service_name(config.service_name.clone())
                    .build(),
            )
            .build();
        let tracer = provider.tracer("secureflow");
        guard.tracer_provider = Some(provider);
        Some(tracing_opentelemetry::layer().with_tracer(tracer))
    };
    tracing_subscriber::registry()
        .with(filter)
        .with(fmt_layer)
        .with(otel_layer)
        .try_init()
        .map_err(|error| Error::internal(format!("installing the log subscriber: {error}")))?;
    Ok(guard)
}

/// The process-wide Prometheus recorder, installed on first use.
pub fn prometheus() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new().build_recorder();
        let handle = recorder.handle();
        // Another recorder may be installed already (an embedding program's);
        // then ours renders nothing, which is the embedder's choice.
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!("a metrics recorder was already installed; /metrics will be empty");
        }
        handle
    })
}

/// The W3C `traceparent` of the current span, when traces are exported and a
/// span is being recorded (`00-<trace id>-<span id>-<flags>`).
pub fn current_traceparent() -> Option<String> {
    use opentelemetry::trace::TraceContextExt as _;
    use tracing_opentelemetry::OpenTelemetrySpanExt as _;
    let context = tracing::Span::current().context();
    let span = context.span();
    let span_context = span.span_context();
    span_context.is_valid().then(|| {
        format!(
            "00-{}-{}-{:02x}",
            span_context.trace_id(),
            span_context.span_id(),
            span_context.trace_flags().to_u8()
        )
    })
}
