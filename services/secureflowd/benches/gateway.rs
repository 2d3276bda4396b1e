//! The gateway's cost: the same small unary RPC (`ListScans`, one page of an
//! empty list, authenticated with an API token) called directly over gRPC and
//! through REST/JSON on the same in-process `secureflowd`; sequential latency
//! percentiles for both, then REST throughput with many concurrent clients, for
//! that call (whose handler queries the database) and for `ListPermissions`
//! (answered from memory, so the figure is the gateway's own: HTTP, routing,
//! authentication, transcoding). Run: `cargo bench -p secureflowd --bench
//! gateway`; `SECUREFLOW_*` variables configure the server (e.g.
//! `SECUREFLOW_DATABASE__URL`). Client and server share the machine's cores.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use secureflow_platform::config::{Config, Overrides};
use secureflow_platform::testkit::{TestServer, with_token};
use secureflow_proto::secureflow::security::v1::ListScansRequest;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;

/// The allocator `secureflowd` ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const TOKEN: &str = "sft_gateway_bench_token_0123456789abcdef";
const CALLS: usize = 3000;

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1e3
}

#[tokio::main]
async fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut env = HashMap::from([
        (
            "SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN".to_owned(),
            TOKEN.to_owned(),
        ),
        (
            "SECUREFLOW_GATEWAY__RATE_LIMIT_PER_MINUTE".to_owned(),
            "0".to_owned(),
        ),
        (
            "SECUREFLOW_TELEMETRY__LOG_FILTER".to_owned(),
            "warn".to_owned(),
        ),
    ]);
    env.extend(std::env::vars().filter(|(name, _)| name.starts_with("SECUREFLOW_")));
    let overrides = Overrides {
        database_url: env.get("SECUREFLOW_DATABASE__URL").cloned().or_else(|| {
            Some(format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("bench.db").display()
            ))
        }),
        ..Overrides::default()
    };
    let config = Config::load(None, &env, &overrides).expect("config");
    let server = TestServer::start(
        secureflowd::composition(&config).expect("composition"),
        &env,
        overrides,
    )
    .await;
    let mut grpc = SecurityServiceClient::new(server.channel().await);
    let http = reqwest::Client::new();
    let url = format!("http://{}/api/v1/security/scans?pageSize=1", server.address);

    let mut direct = Vec::with_capacity(CALLS);
    let mut rest = Vec::with_capacity(CALLS);
    for round in 0..2 {
        for _ in 0..CALLS {
            let started = Instant::now();
            grpc.list_scans(with_token(
                ListScansRequest {
                    page_size: 1,
                    ..Default::default()
                },
                TOKEN,
            ))
            .await
            .expect("gRPC call");
            let grpc_time = started.elapsed();
            let started = Instant::now();
            let response = http
                .get(&url)
                .bearer_auth(TOKEN)
                .send()
                .await
                .expect("REST call");
            assert!(response.status().is_success());
            response.bytes().await.expect("body");
            let rest_time = started.elapsed();
            // The first round warms caches and connections up.
            if round == 1 {
                direct.push(grpc_time);
                rest.push(rest_time);
            }
        }
    }
    direct.sort();
    rest.sort();
    println!(
        "sequential, {CALLS} calls each: gRPC p50 {:.3} ms p99 {:.3} ms; REST p50 {:.3} ms p99 {:.3} ms; added by the gateway: p50 {:.3} ms, p99 {:.3} ms",
        percentile(&direct, 0.5),
        percentile(&direct, 0.99),
        percentile(&rest, 0.5),
        percentile(&rest, 0.99),
        percentile(&rest, 0.5) - percentile(&direct, 0.5),
        percentile(&rest, 0.99) - percentile(&direct, 0.99),
    );

    let permissions = format!("http://{}/api/v1/permissions", server.address);
    for (what, url) in [
        ("ListScans (one database query)", &url),
        ("ListPermissions (from memory)", &permissions),
    ] {
        println!(
            "REST throughput, {what}, 64 concurrent clients for 5 s: {:.0} requests/s",
            throughput(&http, url).await
        );
    }
    server.stop().await.expect("stop");
}

/// Requests per second 64 concurrent clients complete on `url` in 5 s.
async fn throughput(http: &reqwest::Client, url: &str) -> f64 {
    let completed = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(5);
    let workers: Vec<_> = (0..64)
        .map(|_| {
            let (http, url, completed) = (http.clone(), url.to_owned(), completed.clone());
            tokio::spawn(async move {
                while Instant::now() < deadline {
                    if let Ok(response) = http.get(&url).bearer_auth(TOKEN).send().await
                        && response.status().is_success()
                        && response.bytes().await.is_ok()
                    {
                        completed.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    for worker in workers {
        worker.await.expect("worker");
    }
    completed.load(Ordering::Relaxed) as f64 / 5.0
}
