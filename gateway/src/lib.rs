//! The HTTP edge served on the same port as gRPC.
//!
//! Today it serves the liveness probe. grpc-web, REST/JSON transcoding driven by
//! the contracts' `google.api.http` rules, `/openapi.json` and the edge layers
//! (CORS, correlation ids, rate limits) are the gateway issue's work and will be
//! added here, so `secureflowd` keeps merging one router.

#![forbid(unsafe_code)]

use axum::Router;
use axum::routing::get;

/// Path of the liveness probe: answers `200 ok` while the process serves HTTP.
/// Readiness is the gRPC health service (`grpc.health.v1.Health`).
pub const LIVENESS_PATH: &str = "/healthz";

/// Routes the gateway adds beside gRPC.
pub fn router() -> Router {
    Router::new().route(LIVENESS_PATH, get(|| async { "ok" }))
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
