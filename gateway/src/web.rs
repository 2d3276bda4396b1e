//! The web UI (`clients/web`), served at `/` on the API's own port and
//! origin. Its built files (`clients/web/dist`, checked in: `cargo build`
//! needs no Node; `scripts/web.sh --check` fails when they are stale) are
//! embedded in the binary at compile time. Hashed assets under `/assets/` are
//! cached for a year; the page itself is never cached, so a new release is
//! picked up at the next load. Any other `GET` a browser makes for a page
//! (`Accept: text/html`) — a deep link such as `/vulnerabilities/0193…` —
//! gets the page, whose router shows it; API callers of an unknown path
//! still get the JSON 404.

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, Request};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// The built UI.
#[derive(rust_embed::Embed)]
#[folder = "../clients/web/dist/"]
struct Built;

/// What the page may load: its own scripts and styles (MUI's styles are
/// injected as `<style>` elements, hence `'unsafe-inline'` for styles only),
/// calls to its own origin, no framing.
const POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; \
     base-uri 'none'; form-action 'self'; object-src 'none'";

/// A year: assets' names carry their content's hash.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The UI's routes: its assets, and the page for every path a browser asks
/// for that nothing else serves (given to the server as its fallback);
/// gzipped for browsers that take it (the scripts shrink to about a third).
pub fn pages() -> Router {
    Router::new()
        .route("/assets/{*path}", get(asset))
        .fallback(page)
        .layer(tower_http::compression::CompressionLayer::new().gzip(true))
}

/// Whether the UI is built into this binary.
pub fn built() -> bool {
    Built::get("index.html").is_some()
}

/// The content type of a file, by its extension.
fn kind(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "html" => "text/html; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "json" | "map" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

async fn asset(Path(path): Path<String>) -> Response {
    let name = format!("assets/{path}");
    match Built::get(&name) {
        Some(file) => (
            [
                (header::CONTENT_TYPE, kind(&name)),
                (header::CACHE_CONTROL, IMMUTABLE),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            ],
            Body::from(file.data.into_owned()),
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "no such asset").into_response(),
    }
}

/// Whether the request is a browser asking for a page.
pub fn wants_page(method: &Method, headers: &HeaderMap) -> bool {
    (method == Method::GET || method == Method::HEAD)
        && headers
            .get(header::ACCEPT)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
}

/// The page (`index.html`), with the headers that keep it safe.
pub fn index() -> Response {
    let Some(file) = Built::get("index.html") else {
        return (
            StatusCode::NOT_FOUND,
            "the web UI is not built into this binary",
        )
            .into_response();
    };
    let mut response = Body::from(file.data.into_owned()).into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-cache"),
        (header::CONTENT_SECURITY_POLICY, POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

async fn page(request: Request) -> Response {
    let path = request.uri().path();
    let reserved = path.starts_with("/api/") || path.starts_with("/assets/");
    if reserved || !wants_page(request.method(), request.headers()) {
        return secureflow_platform::edge::no_route(request).await;
    }
    // Files at the top of the build (an icon, robots.txt) as they are.
    let name = path.trim_start_matches('/');
    if let Some(file) = (!name.is_empty() && name != "index.html")
        .then(|| Built::get(name))
        .flatten()
    {
        return (
            [
                (header::CONTENT_TYPE, kind(name)),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            Body::from(file.data.into_owned()),
        )
            .into_response();
    }
    index()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::ServiceExt;

    async fn get(path: &str, accept: &str) -> Response {
        let request = http::Request::get(path)
            .header(header::ACCEPT, accept)
            .body(Body::empty())
            .expect("request");
        pages().oneshot(request).await.expect("response")
    }

    #[tokio::test]
    async fn deep_links_get_the_page_and_api_paths_do_not() {
        assert!(built(), "clients/web/dist is checked in");
        let page = get("/vulnerabilities/0193-abc", "text/html,*/*").await;
        assert_eq!(page.status(), StatusCode::OK);
        assert_eq!(page.headers()[header::CACHE_CONTROL], "no-cache");
        assert!(
            page.headers()[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .is_ok_and(|policy| policy.contains("frame-ancestors 'none'"))
        );
        // An API caller of an unknown path gets the JSON 404.
        let api = get("/api/v1/nothing", "text/html").await;
        assert_eq!(api.status(), StatusCode::NOT_FOUND);
        let json = get("/nothing", "application/json").await;
        assert_eq!(json.status(), StatusCode::NOT_FOUND);
    }

    #[tokio::test]
    async fn hashed_assets_are_cached_for_a_year() {
        let script = Built::iter()
            .find(|name| name.starts_with("assets/") && name.ends_with(".js"))
            .expect("a script");
        let response = get(&format!("/{script}"), "*/*").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()[header::CACHE_CONTROL], IMMUTABLE);
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "text/javascript; charset=utf-8"
        );
        let missing = get("/assets/nothing.js", "*/*").await;
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
        // Gzipped for a browser that takes it.
        let request = http::Request::get(format!("/{script}"))
            .header(header::ACCEPT_ENCODING, "gzip, deflate, br")
            .body(Body::empty())
            .expect("request");
        let gzipped = pages().oneshot(request).await.expect("response");
        assert_eq!(gzipped.headers()[header::CONTENT_ENCODING], "gzip");
    }
}
