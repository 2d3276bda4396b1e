//! The webhook receiver's HTTP face: GitHub and GitLab post their deliveries
//! as plain HTTP (they cannot speak gRPC) to the path a webhook's creation
//! returned, `POST /webhooks/{github|gitlab}/{webhook id}`. The raw body and
//! the host's headers become a `ReceiveWebhook` call to the repository service
//! in process (anonymous in the contract: the signature is the credential),
//! and its answer becomes the status the host records:
//!
//! | answer | status |
//! |---|---|
//! | recorded, ping, or a redelivery of an accepted id (nothing changes) | 200 |
//! | acknowledged and ignored (an event not recorded or not subscribed) | 202 |
//! | malformed JSON, a missing event header | 400, naming where |
//! | missing or wrong signature / token | 401, nothing stored |
//! | no such webhook (or another host's path) | 404 |
//! | body over 25 MiB (GitHub's own limit is 25 MB) | 413 |

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, Request};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use http::{HeaderMap, StatusCode};
use prost::Message as _;
use secureflow_proto::secureflow::repository::v1::{ReceiveWebhookRequest, ReceiveWebhookResponse};

use crate::rest::{Problem, grpc_call, unary_reply};

/// Where hosts deliver.
pub const PATH: &str = "/webhooks/{provider}/{webhook_id}";

/// Largest body read (GitHub caps deliveries at 25 MB).
pub const MAX_BODY_BYTES: usize = 25 * 1024 * 1024;

const RECEIVE: &str = "/secureflow.repository.v1.RepositoryService/ReceiveWebhook";

/// The headers each host names its event, credential and delivery id in.
fn headers(provider: &str) -> Option<[&'static str; 3]> {
    match provider {
        "github" => Some(["x-github-event", "x-hub-signature-256", "x-github-delivery"]),
        "gitlab" => Some(["x-gitlab-event", "x-gitlab-token", "x-gitlab-event-uuid"]),
        _ => None,
    }
}

/// The receiver's route, calling `grpc` (the service router) in process.
pub fn router(grpc: Router) -> Router {
    Router::new().route(
        PATH,
        post(
            move |Path((provider, webhook_id)): Path<(String, String)>, request: Request| {
                let grpc = grpc.clone();
                async move {
                    match receive(grpc, provider, webhook_id, request).await {
                        Ok(response) => response,
                        Err(problem) => problem.into_response(),
                    }
                }
            },
        ),
    )
}

async fn receive(
    grpc: Router,
    provider: String,
    webhook_id: String,
    request: Request,
) -> Result<Response, Problem> {
    let Some([event, signature, delivery]) = headers(&provider) else {
        return Err(Problem {
            code: tonic::Code::NotFound,
            message: format!(
                "webhooks are delivered to /webhooks/github/… or /webhooks/gitlab/…, not `{provider}`"
            ),
            details: Vec::new(),
        });
    };
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| Problem {
            code: tonic::Code::ResourceExhausted,
            message: format!(
                "{} (over {MAX_BODY_BYTES} bytes, the most a webhook delivery may carry)",
                crate::rest::TOO_LARGE
            ),
            details: Vec::new(),
        })?;
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let message = ReceiveWebhookRequest {
        webhook_id,
        event: header(event),
        signature: header(signature),
        delivery_id: header(delivery),
        payload: body.to_vec(),
        provider,
    };
    let reply =
        unary_reply(grpc_call(grpc, RECEIVE, &message, &forwarded(&parts.headers)).await?).await?;
    let receipt = ReceiveWebhookResponse::decode(reply).map_err(|error| Problem {
        code: tonic::Code::Internal,
        message: format!("reply not decoded: {error}"),
        details: Vec::new(),
    })?;
    let status = if receipt.outcome == "ignored" {
        StatusCode::ACCEPTED
    } else {
        StatusCode::OK
    };
    let json = serde_json::json!({
        "outcome": receipt.outcome,
        "duplicate": receipt.duplicate,
        "commitsRecorded": receipt.commits_recorded,
    });
    Ok((
        status,
        [(http::header::CONTENT_TYPE, "application/json")],
        Body::from(json.to_string()),
    )
        .into_response())
}

/// What of an anonymous caller's request the service sees besides its
/// message: the correlation id, user agent and trace, never an
/// `authorization` header (a delivery's signature, a link's token, is its
/// only credential).
pub(crate) fn forwarded(headers: &HeaderMap) -> HeaderMap {
    let mut kept = HeaderMap::new();
    for name in ["x-correlation-id", "user-agent", "traceparent"] {
        if let Some(value) = headers.get(name) {
            kept.insert(name, value.clone());
        }
    }
    kept
}
