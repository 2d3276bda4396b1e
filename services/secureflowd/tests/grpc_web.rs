//! grpc-web on the `secureflowd` port, spoken by a plain HTTP/1.1 client (no gRPC
//! library): binary and text encodings, a unary and a server-streaming call, and
//! errors in the trailer frame.

use crate::common;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use prost::Message;
use secureflow_platform::testkit::TestDatabase;
use secureflow_proto::google::api::HttpBody;
use secureflow_proto::secureflow::security::v1::*;

const ADMIN_TOKEN: &str = "sft_grpc_web_test_admin_token_012345";

fn frame(message: &impl Message) -> Vec<u8> {
    let body = message.encode_to_vec();
    let mut out = vec![0];
    out.extend_from_slice(&u32::try_from(body.len()).expect("small").to_be_bytes());
    out.extend_from_slice(&body);
    out
}

/// Data frames and the trailers of a grpc-web response body.
fn unframe(mut body: &[u8]) -> (Vec<Vec<u8>>, String) {
    let (mut messages, mut trailers) = (Vec::new(), String::new());
    while body.len() >= 5 {
        let length = u32::from_be_bytes([body[1], body[2], body[3], body[4]]) as usize;
        let payload = body[5..5 + length].to_vec();
        if body[0] & 0x80 != 0 {
            trailers = String::from_utf8(payload).expect("trailers are text");
        } else {
            messages.push(payload);
        }
        body = &body[5 + length..];
    }
    (messages, trailers.to_ascii_lowercase())
}

async fn call(
    base: &str,
    method: &str,
    body: Vec<u8>,
    text: bool,
    token: Option<&str>,
) -> (Vec<Vec<u8>>, String) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let content_type = if text {
        "application/grpc-web-text"
    } else {
        "application/grpc-web+proto"
    };
    let mut request = reqwest::Client::new()
        .post(format!(
            "{base}/secureflow.security.v1.SecurityService/{method}"
        ))
        .header("content-type", content_type)
        .header("accept", content_type)
        .header("x-grpc-web", "1")
        .body(if text {
            STANDARD.encode(&body).into_bytes()
        } else {
            body
        });
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("response");
    assert_eq!(response.status(), 200);
    let returned = response.headers()["content-type"]
        .to_str()
        .expect("type")
        .to_owned();
    assert!(
        returned.starts_with(content_type.trim_end_matches("+proto")),
        "{returned} for {content_type}: {:?}",
        response.headers()
    );
    let headers = response.headers().clone();
    let bytes = response.bytes().await.expect("body").to_vec();
    // In text mode each frame is base64 on its own (padding may sit mid-body),
    // so the body is decoded four characters at a time.
    let bytes = if text {
        bytes
            .chunks(4)
            .flat_map(|group| STANDARD.decode(group).expect("base64 body"))
            .collect()
    } else {
        bytes
    };
    let (messages, mut trailers) = unframe(&bytes);
    // A call refused up front answers with its status in the headers.
    if let Some(status) = headers.get("grpc-status") {
        trailers = format!("grpc-status:{}", status.to_str().expect("status"));
    }
    (messages, trailers)
}

#[tokio::test]
async fn grpc_web_unary_and_server_streaming_calls_work_in_both_encodings() {
    let database = TestDatabase::sqlite();
    let server = common::start(&database, ADMIN_TOKEN, &[], &[]).await;
    let base = format!("http://{}", server.address);
    let report = br#"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"semgrep"}},"results":[{"ruleId":"r","message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.py"},"region":{"startLine":1}}}]}]}]}"#;
    let create = CreateScanRequest {
        scope: Some(ScanScope {
            repository_id: "web".into(),
            branch: "main".into(),
            ..Default::default()
        }),
        format: String::new(),
        report: Some(HttpBody {
            content_type: "application/json".into(),
            data: report.to_vec(),
            extensions: Vec::new(),
        }),
    };
    for text in [false, true] {
        let (messages, trailers) =
            call(&base, "CreateScan", frame(&create), text, Some(ADMIN_TOKEN)).await;
        assert!(trailers.contains("grpc-status:0"), "{trailers}");
        let scan = CreateScanResponse::decode(messages[0].as_slice())
            .expect("reply")
            .scan
            .expect("scan");
        let (messages, trailers) = call(
            &base,
            "WatchScan",
            frame(&WatchScanRequest {
                id: scan.id.clone(),
            }),
            text,
            Some(ADMIN_TOKEN),
        )
        .await;
        assert!(trailers.contains("grpc-status:0"), "{trailers}");
        assert_eq!(
            messages.len(),
            1,
            "one progress message for a finished scan"
        );
        let progress = WatchScanResponse::decode(messages[0].as_slice())
            .expect("progress")
            .progress
            .expect("progress");
        assert_eq!(progress.phase, ScanPhase::Completed as i32);
    }
    let (_, trailers) = call(
        &base,
        "ListScans",
        frame(&ListScansRequest::default()),
        false,
        None,
    )
    .await;
    assert!(
        trailers.contains("grpc-status:16"),
        "unauthenticated: {trailers}"
    );
    server.stop().await.expect("stop");
}
