//! Edge layers for HTTP callers (REST/JSON and grpc-web; native gRPC between
//! services and CI plugins is not limited here): CORS for browser origins and
//! a rate limit per credential, or per client address for calls without one
//! (in memory, or shared through Redis by several gateway processes).

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use http::{HeaderName, HeaderValue, Method, StatusCode, header};
use sha2::{Digest, Sha256};
use tower_http::cors::{AllowOrigin, CorsLayer};

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
    pub async fn from_config(config: &GatewayConfig) -> crate::Result<Option<Self>> {
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

/// Who a request counts against: a digest of its credential, else its address.
fn caller_key(request: &Request) -> String {
    if let Some(credential) = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .filter(|value| !value.is_empty())
    {
        let digest = Sha256::digest(credential.as_bytes());
        return format!("credential:{}", hex::encode(&digest[..16]));
    }
    let address: Option<IpAddr> = request
        .extensions()
        .get::<tonic::transport::server::TcpConnectInfo>()
        .and_then(|info| info.remote_addr())
        .map(|address| address.ip());
    match address {
        Some(address) => format!("address:{address}"),
        None => "address:unknown".to_owned(),
    }
}

/// Refuses HTTP callers over their rate with 429 and `retry-after`.
pub async fn limit(
    State(limit): State<Option<RateLimit>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(limit) = limit else {
        return next.run(request).await;
    };
    let path = request.uri().path();
    if is_native_grpc(&request) || path == "/healthz" || path == "/metrics" {
        return next.run(request).await;
    }
    match limit.count(&caller_key(&request)).await {
        Verdict::Allowed => next.run(request).await,
        Verdict::Refused(wait) => {
            let body = serde_json::json!({
                "code": tonic::Code::ResourceExhausted as i32,
                "status": "RESOURCE_EXHAUSTED",
                "message": format!("rate limit of {} requests per minute exceeded; retry in {wait} s", limit.per_minute),
                "details": [],
            });
            let mut response = Response::new(axum::body::Body::from(body.to_string()));
            *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
    }
}
