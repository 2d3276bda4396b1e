//! The HTTP edge served on the same port as gRPC: the liveness probe, REST/JSON
//! transcoding of every RPC with a `google.api.http` rule ([`rest`]) and its
//! OpenAPI document ([`openapi`]), the receiver of GitHub and GitLab
//! webhook deliveries ([`webhooks`]), and the page behind notifications'
//! signed acknowledgement links ([`acknowledge`]), and the web UI ([`web`]).
//! grpc-web translation and the edge layers
//! (correlation ids, CORS, rate limits) sit in `secureflow_platform::server`
//! and `secureflow_platform::edge`, around every request.

#![forbid(unsafe_code)]

pub mod acknowledge;
pub mod openapi;
pub mod rest;
pub mod web;
pub mod webhooks;

use std::sync::LazyLock;

use axum::Router;
use axum::routing::get;
use prost_reflect::DescriptorPool;

static CONTRACTS: LazyLock<DescriptorPool> = LazyLock::new(|| {
    DescriptorPool::decode(secureflow_proto::FILE_DESCRIPTOR_SET)
        .expect("the checked-in descriptor set decodes")
});

/// REST routes for every domain service, calling `grpc` (the gRPC services
/// behind their access layer) in process. Routes of services not running in
/// this process answer 501.
pub fn rest_routes(grpc: Router, config: &secureflow_platform::config::Config) -> Router {
    let limits = rest::Limits {
        max_body_bytes: config.gateway.max_body_bytes,
        timeout: std::time::Duration::from_secs(config.gateway.request_timeout_seconds),
    };
    rest::router(
        &CONTRACTS,
        &secureflow_proto::DOMAIN_SERVICES,
        grpc.clone(),
        limits,
    )
    .merge(webhooks::router(grpc.clone()))
    .merge(acknowledge::router(grpc))
}

/// Path of the liveness probe: answers `200 ok` while the process serves HTTP.
/// Readiness is the gRPC health service (`grpc.health.v1.Health`).
pub const LIVENESS_PATH: &str = "/healthz";

/// Path of the OpenAPI document of the REST API.
pub const OPENAPI_PATH: &str = "/openapi.json";

static OPENAPI: LazyLock<String> = LazyLock::new(|| {
    openapi::document(
        &CONTRACTS,
        &secureflow_proto::DOMAIN_SERVICES,
        env!("CARGO_PKG_VERSION"),
    )
    .to_string()
});

/// What `GET /` answers a caller that is not a browser asking for the page
/// (`Accept: text/html`): where to go next.
static INDEX: LazyLock<String> = LazyLock::new(|| {
    serde_json::json!({
        "name": "SecureFlow",
        "version": env!("CARGO_PKG_VERSION"),
        "rest_api": "/api/v1",
        "openapi": OPENAPI_PATH,
        "liveness": LIVENESS_PATH,
        "grpc": "the same address, HTTP/2 (reflection enabled)",
        "web": "the same address, in a browser",
    })
    .to_string()
});

/// Routes the gateway adds beside gRPC: the web UI's page at `/` for
/// browsers (a short JSON index for other callers), the liveness probe and
/// the OpenAPI document. The UI's assets and deep links are the server's
/// fallback ([`web::pages`]).
pub fn router() -> Router {
    Router::new()
        .route(
            "/",
            get(|request: axum::extract::Request| async move {
                if web::wants_page(request.method(), request.headers()) && web::built() {
                    return web::index();
                }
                axum::response::IntoResponse::into_response((
                    [(http::header::CONTENT_TYPE, "application/json")],
                    INDEX.as_str(),
                ))
            }),
        )
        .route(LIVENESS_PATH, get(|| async { "ok" }))
        .route(
            OPENAPI_PATH,
            get(|| async {
                (
                    [(http::header::CONTENT_TYPE, "application/json")],
                    OPENAPI.as_str(),
                )
            }),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::ServiceExt;

    #[tokio::test]
    async fn liveness_probe_answers_ok() {
        let request = http::Request::get(LIVENESS_PATH)
            .body(axum::body::Body::empty())
            .expect("request");
        let response = router().oneshot(request).await.expect("response");
        assert_eq!(response.status(), http::StatusCode::OK);
    }
}
