//! The commit flow across processes, as a distributed deployment runs it:
//! release `secureflowd` processes, one per service (identity, repository,
//! security, pipeline, notification) and a gateway-only one in front, on
//! PostgreSQL, a Kafka broker (`tansu`, installed by `scripts/dev-tools.sh`,
//! or `SECUREFLOW_TEST_KAFKA_BROKERS`) and Redis — the deployment of the
//! end-to-end test `tests/distributed.rs`.
//!
//! `SECUREFLOW_BENCH_RUNS` (default 10) pushes, one after the other: a
//! commit pushed to the repository's remote, its signed push webhook sent to
//! the gateway → the repository process → `repository.commits` through Kafka
//! → the pipeline process checks the commit out and runs Semgrep and Bandit
//! (real scanners) → their reports streamed to the security process →
//! vulnerabilities and the gate verdict → the pipeline fails on it →
//! `pipeline.failed` through Kafka → the notification process posts to a
//! webhook receiver. For each push: webhook → pipeline started (the events'
//! way to the pipeline process), webhook → gate verdict (the end of the scan
//! stage, which the verdict decided; most of it is the scanners' own run) and
//! webhook → notification received; p50, p95 and max over the runs.
//!
//! Run: `cargo bench -p secureflowd --bench commit_flow` (needs the test
//! PostgreSQL and Redis of the README, the broker and the scanners).

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::BTreeSet;

use common::deployment::{CommitFlow, millis_between, time_of};
use secureflow_platform::testkit::{KafkaBroker, TestDatabase, scanners};
use secureflow_proto::secureflow::pipeline::v1 as pipeline;

const TOKEN: &str = "sft_commit_flow_bench_token_0123456789";

fn runs() -> usize {
    std::env::var("SECUREFLOW_BENCH_RUNS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(10)
}

/// Nearest-rank percentile of sorted values.
fn percentile(sorted: &[u128], p: f64) -> u128 {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn summary(name: &str, mut values: Vec<u128>) {
    values.sort_unstable();
    println!(
        "  {name}: p50 {} ms, p95 {} ms, max {} ms",
        percentile(&values, 50.0),
        percentile(&values, 95.0),
        values.last().copied().unwrap_or_default()
    );
}

fn main() {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(run());
}

async fn run() {
    let database = TestDatabase::postgres()
        .await
        .expect("the test PostgreSQL of the README");
    let broker = KafkaBroker::start()
        .await
        .expect("a Kafka broker (scripts/dev-tools.sh installs tansu)");
    let scanners = scanners().expect("the scanners (scripts/dev-tools.sh)");
    let mut flow = CommitFlow::start(&database, &broker.brokers, &scanners, TOKEN, ("", &[])).await;
    let runs = runs();
    println!(
        "commit flow across processes: gateway → repository → Kafka → pipeline (Semgrep, Bandit) → security → gate → Kafka → notification; {runs} pushes"
    );
    let (mut started, mut verdicts, mut notifications) = (Vec::new(), Vec::new(), Vec::new());
    let mut seen = BTreeSet::new();
    for n in 1..=runs {
        let (_, pushed) = flow.push().await;
        let run = flow.execution(n, true).await;
        assert_eq!(
            run.status(),
            pipeline::ExecutionStatus::Failed,
            "the gate fails each run: {run:?}"
        );
        let arrived = flow.notified(n).await;
        let (key, times) = arrived
            .iter()
            .find(|(key, _)| !seen.contains(*key))
            .expect("a new notification");
        seen.insert(key.clone());
        let start = millis_between(pushed, time_of(run.start_time.as_ref()));
        let verdict = millis_between(pushed, time_of(run.stages[0].end_time.as_ref()));
        let notified = millis_between(pushed, times[0]);
        println!(
            "  push {n}: webhook → pipeline started {start} ms, → gate verdict {verdict} ms, → notification {notified} ms"
        );
        started.push(start);
        verdicts.push(verdict);
        notifications.push(notified);
    }
    summary("webhook → pipeline started", started);
    summary("webhook → gate verdict", verdicts);
    summary("webhook → notification", notifications);
    flow.stop().await;
    drop(broker);
    database.cleanup().await;
}
