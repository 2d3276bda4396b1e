//! The page behind a notification's signed acknowledgement link
//! (`GET /notifications/acknowledge?token=…`): it asks, with one button,
//! whether to acknowledge; only the button's `POST` acknowledges, through
//! `AcknowledgeDeliveryLink` in process (anonymous in the contract: the
//! token is the credential). A mail scanner that fetches the link changes
//! nothing. The pages are plain HTML without scripts, kept out of caches and
//! referrers (the token is in the address).

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use http::{HeaderMap, StatusCode, header};
use prost::Message as _;
use secureflow_proto::secureflow::notification::v1::{
    AcknowledgeDeliveryLinkRequest, AcknowledgeDeliveryLinkResponse,
};

use crate::rest::{Problem, grpc_call, unary_reply};
use crate::webhooks::forwarded;

/// Where a message's link points (the notification service writes links
/// to this path).
pub const PATH: &str = "/notifications/acknowledge";

const ACKNOWLEDGE: &str = "/secureflow.notification.v1.NotificationService/AcknowledgeDeliveryLink";

/// Largest form read: a token is a few hundred characters.
const MAX_FORM_BYTES: usize = 16 * 1024;

/// `text` safe inside HTML text and attribute values.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// A page with `title` and `body` (HTML, already escaped).
fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · SecureFlow</title><style>\
         body{{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;\
         color:#1f2328;line-height:1.5}}button{{font:inherit;padding:.5rem 1.25rem;border:0;\
         border-radius:6px;background:#1f6feb;color:#fff;cursor:pointer}}\
         </style></head><body><h1>{title}</h1>{body}</body></html>\n",
        title = escape(title),
    );
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; \
                 frame-ancestors 'none'",
            ),
            (header::REFERRER_POLICY, "no-referrer"),
            (header::CACHE_CONTROL, "no-store"),
            (header::X_FRAME_OPTIONS, "DENY"),
        ],
        Body::from(html),
    )
        .into_response()
}

/// The `token` field of a query string or form body.
fn token(encoded: &[u8]) -> Option<String> {
    form_urlencoded::parse(encoded)
        .find(|(key, _)| key == "token")
        .map(|(_, value)| value.trim().to_owned())
        .filter(|value| !value.is_empty())
}

fn no_token() -> Response {
    page(
        StatusCode::BAD_REQUEST,
        "Not an acknowledgement link",
        "<p>This address carries no token. Open the link from the message again, or \
         acknowledge in SecureFlow or with <code>secureflow notify ack</code>.</p>",
    )
}

/// The question: acknowledge, with one button.
async fn ask(request: Request) -> Response {
    let Some(token) = token(request.uri().query().unwrap_or_default().as_bytes()) else {
        return no_token();
    };
    page(
        StatusCode::OK,
        "Acknowledge this notification?",
        &format!(
            "<p>Acknowledging tells SecureFlow someone is on it: its escalation stops and \
             nobody else is called.</p><form method=\"post\" action=\"{PATH}\">\
             <input type=\"hidden\" name=\"token\" value=\"{}\">\
             <button type=\"submit\">Acknowledge</button></form>",
            escape(&token)
        ),
    )
}

/// The answer: acknowledged, or why not.
async fn acknowledge(grpc: Router, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(form) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
        return no_token();
    };
    let Some(token) = token(&form) else {
        return no_token();
    };
    match call(grpc, token, &parts.headers).await {
        Ok(done) => {
            let what = match done.subject.as_str() {
                "" => String::new(),
                subject => format!("<p><strong>{}</strong></p>", escape(subject)),
            };
            let (title, said) = match done.already_acknowledged {
                true => (
                    "Already acknowledged",
                    "Someone acknowledged it before you; its escalation had stopped.",
                ),
                false => ("Acknowledged", "Its escalation has stopped."),
            };
            page(StatusCode::OK, title, &format!("{what}<p>{said}</p>"))
        }
        Err(problem) => {
            let status = secureflow_platform::ErrorCode::from_grpc(problem.code).http();
            page(
                status,
                "Not acknowledged",
                &format!("<p>{}</p>", escape(&problem.message)),
            )
        }
    }
}

async fn call(
    grpc: Router,
    token: String,
    headers: &HeaderMap,
) -> Result<AcknowledgeDeliveryLinkResponse, Problem> {
    let message = AcknowledgeDeliveryLinkRequest { token };
    let reply =
        unary_reply(grpc_call(grpc, ACKNOWLEDGE, &message, &forwarded(headers)).await?).await?;
    AcknowledgeDeliveryLinkResponse::decode(reply).map_err(|error| Problem {
        code: tonic::Code::Internal,
        message: format!("reply not decoded: {error}"),
        details: Vec::new(),
    })
}

/// The page's routes, calling `grpc` (the service router) in process.
pub fn router(grpc: Router) -> Router {
    Router::new().route(
        PATH,
        get(ask).post(move |request: Request| acknowledge(grpc.clone(), request)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_read_from_queries_and_forms_and_escaped_into_pages() {
        assert_eq!(token(b"token=AbC-_1").as_deref(), Some("AbC-_1"));
        assert_eq!(token(b"other=1&token=%20x%20").as_deref(), Some("x"));
        assert_eq!(token(b"token="), None);
        assert_eq!(token(b""), None);
        assert_eq!(
            escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
