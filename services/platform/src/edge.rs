//! Edge layers for HTTP callers (REST/JSON and grpc-web; native gRPC between
//! services and CI plugins is not limited here): CORS for browser origins and
//! a rate limit per verified caller, or per client address for calls without
//! a credential or whose credential does not verify (in memory, or shared
//! through Redis by several gateway processes).

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use http::{HeaderName, HeaderValue, Method, StatusCode, header};
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::auth::{Authenticator, bearer};
use crate::config::GatewayConfig;

/// Headers browsers may send and read on cross-origin calls.
const ALLOWED_HEADERS: [&str; 7] = [
    "authorization",
    "content-type",
    "accept",
    "x-correlation-id",
    "x-grpc-web",
    "x-user-agent",
    "grpc-timeout",
];
const EXPOSED_HEADERS: [&str; 4] = [
    "grpc-status",
    "grpc-message",
    "x-correlation-id",
    "retry-after",
];

/// The CORS layer for the configured origins, or `None` when none are allowed.
pub fn cors(config: &GatewayConfig) -> Option<CorsLayer> {
    if config.cors_origins.is_empty() {
        return None;
    }
    let origins = if config.cors_origins.iter().any(|origin| origin == "*") {
        AllowOrigin::any()
    } else {
        AllowOrigin::list(
            config
                .cors_origins
                .iter()
                .filter_map(|origin| HeaderValue::from_str(origin.trim_end_matches('/')).ok()),
        )
    };
    let names = |list: &[&str]| -> Vec<HeaderName> {
        list.iter()
            .filter_map(|name| HeaderName::from_bytes(name.as_bytes()).ok())
            .collect()
    };
    Some(
        CorsLayer::new()
            .allow_origin(origins)
            .allow_methods([
                Method::GET,
                Method::POST,
                Method::PUT,
                Method::PATCH,
                Method::DELETE,
            ])
            .allow_headers(names(&ALLOWED_HEADERS))
            .expose_headers(names(&EXPOSED_HEADERS))
            .max_age(std::time::Duration::from_secs(600)),
    )
}

/// Where the counters live.
#[derive(Clone)]
enum Counters {
    /// This process only (GCRA, `governor`).
    Memory(Arc<DefaultKeyedRateLimiter<String>>),
    /// Shared by every gateway using the same Redis: a counter per caller and
    /// minute (`INCR` + `EXPIRE` in one transaction).
    Redis(redis::aio::ConnectionManager),
}

/// Requests per minute per caller.
#[derive(Clone)]
pub struct RateLimit {
    counters: Counters,
    per_minute: u32,
    /// Verifies credentials, so a caller is one bucket however its header is
    /// spelt, and unverifiable credentials count against their address.
    authenticator: Arc<dyn Authenticator>,
}

impl std::fmt::Debug for RateLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let store = match self.counters {
            Counters::Memory(_) => "memory",
            Counters::Redis(_) => "redis",
        };
        write!(
            f,
            "RateLimit {{ per_minute: {}, store: {store} }}",
            self.per_minute
        )
    }
}

/// Outcome of counting one request.
enum Verdict {
    Allowed,
    /// Refused; retry after this many seconds.
    Refused(u64),
}

impl RateLimit {
    /// The limit the config asks for, or `None` when it is off. With a Redis URL
    /// the counters are shared; Redis must be reachable at start.
    pub async fn from_config(
        config: &GatewayConfig,
        authenticator: Arc<dyn Authenticator>,
    ) -> crate::Result<Option<Self>> {
        let Some(per_minute) = NonZeroU32::new(config.rate_limit_per_minute) else {
            return Ok(None);
        };
        let counters = if config.rate_limit_redis_url.is_empty() {
            Counters::Memory(Arc::new(RateLimiter::keyed(Quota::per_minute(per_minute))))
        } else {
            let unavailable = |error: redis::RedisError| {
                crate::Error::new(
                    crate::ErrorCode::Unavailable,
                    format!("gateway.rate_limit_redis_url: Redis is not reachable: {error}"),
                )
            };
            let client =
                redis::Client::open(config.rate_limit_redis_url.as_str()).map_err(unavailable)?;
            Counters::Redis(
                redis::aio::ConnectionManager::new(client)
                    .await
                    .map_err(unavailable)?,
            )
        };
        Ok(Some(Self {
            counters,
            per_minute: per_minute.get(),
            authenticator,
        }))
    }

    async fn count(&self, caller: &str) -> Verdict {
        match &self.counters {
            Counters::Memory(limiter) => match limiter.check_key(&caller.to_owned()) {
                Ok(()) => Verdict::Allowed,
                Err(not_until) => Verdict::Refused(
                    not_until
                        .wait_time_from(governor::clock::Clock::now(
                            &governor::clock::DefaultClock::default(),
                        ))
                        .as_secs()
                        .max(1),
                ),
            },
            Counters::Redis(connection) => {
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default()
                    .as_secs();
                let key = format!("secureflow:ratelimit:{caller}:{}", now / 60);
                let mut connection = connection.clone();
                let counted: redis::RedisResult<(u64, i64)> = redis::pipe()
                    .atomic()
                    .incr(&key, 1)
                    .expire(&key, 120)
                    .query_async(&mut connection)
                    .await;
                match counted {
                    Ok((count, _)) if count > u64::from(self.per_minute) => {
                        Verdict::Refused((60 - now % 60).max(1))
                    }
                    Ok(_) => Verdict::Allowed,
                    Err(error) => {
                        // Limiting is protection, not a dependency: without Redis, calls go on.
                        tracing::warn!(%error, "rate limit not checked: Redis failed");
                        Verdict::Allowed
                    }
                }
            }
        }
    }
}

/// Whether a request is native gRPC (not limited here).
fn is_native_grpc(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value.starts_with("application/grpc") && !value.starts_with("application/grpc-web")
        })
}

/// The content type of a grpc-web request (binary or text), if it is one.
fn grpc_web_content_type(request: &Request) -> Option<HeaderValue> {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .filter(|value| {
            value
                .to_str()
                .is_ok_and(|value| value.starts_with("application/grpc-web"))
        })
        .cloned()
}

/// Whether a request reads static content — the web UI's page and hashed
/// assets, the OpenAPI document, the index — rather than calling an RPC: a
/// `GET` or `HEAD` outside `/api/` (RPCs over REST live under `/api/`, grpc-web
/// calls are `POST`s). Not limited: one page load fetches a dozen assets
/// without a credential, so counting them per address refused the UI's own
/// scripts after a few page loads (429 on `/assets/…`).
fn is_static(request: &Request) -> bool {
    matches!(*request.method(), Method::GET | Method::HEAD)
        && !request.uri().path().starts_with("/api/")
}

/// Who a request counts against: the verified caller (the user of an access
/// token, or the API token), else the client address — for requests without
/// a credential and for those whose credential does not verify, so guessing
/// credentials is throttled like any anonymous traffic.
async fn caller_key(
    credential: Option<String>,
    address: String,
    authenticator: &dyn Authenticator,
) -> String {
    if let Some(credential) = credential
        && let Ok(caller) = authenticator.authenticate(&credential).await
    {
        return format!("caller:{}:{}", caller.organization_id, caller.subject);
    }
    address
}

/// The client address bucket of a request.
fn address_key(request: &Request) -> String {
    use tonic::transport::server::{TcpConnectInfo, TlsConnectInfo};
    let extensions = request.extensions();
    let address: Option<IpAddr> = extensions
        .get::<TcpConnectInfo>()
        .or_else(|| {
            extensions
                .get::<TlsConnectInfo<TcpConnectInfo>>()
                .map(TlsConnectInfo::get_ref)
        })
        .and_then(TcpConnectInfo::remote_addr)
        .map(|address| address.ip());
    match address {
        Some(address) => format!("address:{address}"),
        None => "address:unknown".to_owned(),
    }
}

/// Refuses HTTP callers over their rate with `retry-after`: REST with 429,
/// grpc-web with the gRPC status RESOURCE_EXHAUSTED (what its clients read).
pub async fn limit(
    State(limit): State<Option<RateLimit>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(limit) = limit else {
        return next.run(request).await;
    };
    let path = request.uri().path();
    // Webhook deliveries are not counted per address: GitHub and GitLab
    // deliver from shared address ranges, so a busy organisation's bursts
    // would be refused; a delivery carries no bearer credential, and one that
    // does not verify costs an indexed read and an HMAC and stores nothing.
    if is_native_grpc(&request)
        || is_static(&request)
        || path == "/healthz"
        || path == "/metrics"
        || path.starts_with("/webhooks/")
    {
        return next.run(request).await;
    }
    let credential = bearer(request.headers()).map(str::to_owned);
    let key = caller_key(
        credential,
        address_key(&request),
        limit.authenticator.as_ref(),
    )
    .await;
    match limit.count(&key).await {
        Verdict::Allowed => next.run(request).await,
        Verdict::Refused(wait) => {
            let message = format!(
                "rate limit of {} requests per minute exceeded; retry in {wait} s",
                limit.per_minute
            );
            let mut response = match grpc_web_content_type(&request) {
                // A grpc-web client reads the status from a gRPC answer; an
                // HTTP 429 would reach it as UNAVAILABLE (the web UI said
                // SecureFlow could not be reached).
                Some(content_type) => {
                    let mut response =
                        tonic::Status::resource_exhausted(message).into_http::<axum::body::Body>();
                    response
                        .headers_mut()
                        .insert(header::CONTENT_TYPE, content_type);
                    response
                }
                None => json_error(
                    StatusCode::TOO_MANY_REQUESTS,
                    tonic::Code::ResourceExhausted,
                    &message,
                ),
            };
            if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
    }
}

/// An HTTP error with the JSON body REST errors have
/// (`{"code", "status", "message", "details"}`).
fn json_error(status: StatusCode, code: tonic::Code, message: &str) -> Response {
    let name = match code {
        tonic::Code::ResourceExhausted => "RESOURCE_EXHAUSTED",
        _ => "NOT_FOUND",
    };
    let body = serde_json::json!({
        "code": code as i32,
        "status": name,
        "message": message,
        "details": [],
    });
    let mut response = Response::new(axum::body::Body::from(body.to_string()));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// Answers a request that no route serves: gRPC (and translated grpc-web)
/// callers get `UNIMPLEMENTED` the gRPC way; HTTP callers a 404 with the JSON
/// error body, pointing at the API description.
pub async fn no_route(request: Request) -> Response {
    let path = request.uri().path().to_owned();
    let is_grpc = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/grpc"));
    if is_grpc {
        return tonic::Status::unimplemented(format!("no gRPC method at {path}"))
            .into_http::<axum::body::Body>();
    }
    let message = format!(
        "no route for {} {path}; the REST API is described at /openapi.json",
        request.method()
    );
    json_error(StatusCode::NOT_FOUND, tonic::Code::NotFound, &message)
}
