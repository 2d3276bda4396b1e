//! The connection and the per-service clients.

use std::future::Future;

use backon::{ExponentialBuilder, Retryable};
use secureflow_proto::secureflow;
use tonic::metadata::{Ascii, MetadataValue};
use tonic::service::Interceptor;
use tonic::service::interceptor::InterceptedService;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint};
use tonic::{Code, Request, Status};

use crate::{ClientConfig, Error, RetryPolicy};

/// Largest message a client sends or accepts: reports and report exports can
/// be large (the server accepts uploads up to 512 MiB).
const MAX_MESSAGE_BYTES: usize = 1024 * 1024 * 1024;

/// Adds `authorization: Bearer <token>` to every call (nothing when anonymous).
#[derive(Debug, Clone, Default)]
pub struct BearerToken(Option<MetadataValue<Ascii>>);

impl BearerToken {
    /// An interceptor sending `token`; refused when it cannot be a header value.
    pub fn new(token: Option<&str>) -> Result<Self, Error> {
        token
            .map(|token| {
                format!("Bearer {token}")
                    .parse()
                    .map_err(|_| Error::Config("the token holds characters a header cannot".into()))
            })
            .transpose()
            .map(Self)
    }
}

impl Interceptor for BearerToken {
    fn call(&mut self, mut request: Request<()>) -> Result<Request<()>, Status> {
        if let Some(value) = &self.0 {
            request
                .metadata_mut()
                .insert("authorization", value.clone());
        }
        Ok(request)
    }
}

/// A channel that authenticates every call.
pub type Authorized = InterceptedService<Channel, BearerToken>;

/// A connection to `secureflowd` with a client per service.
#[derive(Debug, Clone)]
pub struct SecureFlow {
    channel: Channel,
    token: BearerToken,
    config: ClientConfig,
}

macro_rules! service_clients {
    ($($(#[$doc:meta])* $method:ident => $package:ident :: $module:ident :: $client:ident),* $(,)?) => {
        impl SecureFlow {
            $(
                $(#[$doc])*
                pub fn $method(&self) -> secureflow::$package::v1::$module::$client<Authorized> {
                    secureflow::$package::v1::$module::$client::new(self.authorized())
                        .max_decoding_message_size(MAX_MESSAGE_BYTES)
                        .max_encoding_message_size(MAX_MESSAGE_BYTES)
                }
            )*
        }
    };
}

service_clients! {
    /// Identity: log-in, organisations, users, teams, roles, API tokens, audit.
    identity => identity::identity_service_client::IdentityServiceClient,
    /// Repositories and webhooks.
    repository => repository::repository_service_client::RepositoryServiceClient,
    /// Pipelines and their executions.
    pipeline => pipeline::pipeline_service_client::PipelineServiceClient,
    /// Scans, vulnerabilities, policies, gates, reports.
    security => security::security_service_client::SecurityServiceClient,
    /// Test suites and runs.
    testing => testing::testing_service_client::TestingServiceClient,
    /// Workflows.
    workflow => workflow::workflow_service_client::WorkflowServiceClient,
    /// Metrics and dashboards.
    analytics => analytics::analytics_service_client::AnalyticsServiceClient,
    /// HR integration.
    hr => hr::hr_service_client::HrServiceClient,
    /// Notifications.
    notification => notification::notification_service_client::NotificationServiceClient,
}

impl SecureFlow {
    /// Connects to `config.server` (TLS for `https://`, trusting the system's
    /// roots and `config.ca_certificate`).
    pub async fn connect(config: &ClientConfig) -> Result<Self, Error> {
        let token = BearerToken::new(config.token.as_deref())?;
        let mut endpoint = Endpoint::from_shared(config.server.clone())
            .map_err(|error| Error::Config(format!("server address: {error}")))?
            .connect_timeout(config.connect_timeout)
            .tcp_nodelay(true)
            .user_agent(concat!("secureflow-client/", env!("CARGO_PKG_VERSION")))
            .map_err(|error| Error::Config(error.to_string()))?;
        if config.is_tls() {
            let mut tls = ClientTlsConfig::new().with_native_roots();
            if let Some(pem) = &config.ca_certificate {
                tls = tls.ca_certificate(Certificate::from_pem(pem));
            }
            endpoint = endpoint
                .tls_config(tls)
                .map_err(|error| Error::Config(format!("TLS: {error}")))?;
        }
        let channel = endpoint.connect().await.map_err(|source| Error::Connect {
            server: config.server.clone(),
            source,
        })?;
        Ok(Self {
            channel,
            token,
            config: config.clone(),
        })
    }

    /// The configuration this connection was made with.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// The channel with the token interceptor, for any generated client.
    pub fn authorized(&self) -> Authorized {
        InterceptedService::new(self.channel.clone(), self.token.clone())
    }

    /// A unary request with the configured deadline.
    pub fn request<T>(&self, message: T) -> Request<T> {
        let mut request = Request::new(message);
        request.set_timeout(self.config.timeout);
        request
    }

    /// Runs `call` and repeats it, with exponential backoff and jitter, while it
    /// fails in a way a later attempt can succeed (see [`is_transient`]). Only
    /// for calls that are safe to repeat: reads, and writes that set a state.
    pub async fn idempotent<T, F, Fut>(&self, call: F) -> Result<T, Status>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, Status>>,
    {
        call.retry(backoff(&self.config.retry))
            .when(is_transient)
            .await
    }

    /// Every item of a paged `List*` RPC: asks `page(token)` for the page that
    /// `token` names (empty: the first) and returns its items with the next
    /// page's token, page after page until that token is empty. Each page is
    /// retried as [`SecureFlow::idempotent`] retries a read.
    pub async fn every_page<T, F, Fut>(&self, mut page: F) -> Result<Vec<T>, Status>
    where
        F: FnMut(String) -> Fut,
        Fut: Future<Output = Result<(Vec<T>, String), Status>>,
    {
        let mut items = Vec::new();
        let mut token = String::new();
        loop {
            let (found, next) = self.idempotent(|| page(token.clone())).await?;
            items.extend(found);
            if next.is_empty() {
                return Ok(items);
            }
            token = next;
        }
    }
}

fn backoff(policy: &RetryPolicy) -> ExponentialBuilder {
    ExponentialBuilder::default()
        .with_min_delay(policy.min_delay)
        .with_max_delay(policy.max_delay)
        .with_max_times(policy.max_retries)
        .with_jitter()
}

/// Whether a failed call may succeed when tried again: the server was
/// unreachable or restarting (UNAVAILABLE), busy (RESOURCE_EXHAUSTED), or did
/// not answer in time (DEADLINE_EXCEEDED).
pub fn is_transient(status: &Status) -> bool {
    matches!(
        status.code(),
        Code::Unavailable | Code::ResourceExhausted | Code::DeadlineExceeded
    )
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    use super::*;

    fn quick() -> RetryPolicy {
        RetryPolicy {
            max_retries: 3,
            min_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(2),
        }
    }

    #[tokio::test]
    async fn transient_failures_are_retried_and_others_are_not() {
        let attempts = AtomicUsize::new(0);
        let result: Result<&str, Status> = (|| async {
            match attempts.fetch_add(1, Ordering::SeqCst) {
                0 | 1 => Err(Status::unavailable("restarting")),
                _ => Ok("answer"),
            }
        })
        .retry(backoff(&quick()))
        .when(is_transient)
        .await;
        assert_eq!(result.expect("third attempt"), "answer");
        assert_eq!(attempts.load(Ordering::SeqCst), 3);

        let attempts = AtomicUsize::new(0);
        let result: Result<(), Status> = (|| async {
            attempts.fetch_add(1, Ordering::SeqCst);
            Err(Status::invalid_argument("bad"))
        })
        .retry(backoff(&quick()))
        .when(is_transient)
        .await;
        assert_eq!(result.expect_err("refused").code(), Code::InvalidArgument);
        assert_eq!(attempts.load(Ordering::SeqCst), 1, "not retried");

        let attempts = AtomicUsize::new(0);
        let result: Result<(), Status> = (|| async {
            attempts.fetch_add(1, Ordering::SeqCst);
            Err(Status::unavailable("down"))
        })
        .retry(backoff(&quick()))
        .when(is_transient)
        .await;
        assert!(result.is_err());
        assert_eq!(
            attempts.load(Ordering::SeqCst),
            4,
            "first try and three retries"
        );
    }

    #[test]
    fn tokens_become_bearer_headers() {
        let mut interceptor = BearerToken::new(Some("sft_abc")).expect("token");
        let request = interceptor.call(Request::new(())).expect("passes");
        assert_eq!(
            request.metadata().get("authorization").expect("header"),
            "Bearer sft_abc"
        );
        assert!(BearerToken::new(Some("bad\ntoken")).is_err());
        let mut anonymous = BearerToken::new(None).expect("none");
        let request = anonymous.call(Request::new(())).expect("passes");
        assert!(request.metadata().get("authorization").is_none());
    }
}
