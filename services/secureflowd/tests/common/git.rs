//! A repository's remote for the commit-flow tests: a bare repository on
//! disk served by `git daemon`, commits pushed to it, and the signed GitHub
//! push webhook that announces them.

use secureflow_platform::testkit::wait_while;
use std::path::Path;
use std::time::Duration;

use hmac::{Hmac, KeyInit, Mac};
use serde_json::Value;

const GITHUB_PUSH: &[u8] = include_bytes!("../../../repository/tests/payloads/github-push.json");

/// Runs `git` in `dir` as a fixed author; its standard output, trimmed.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let output = std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Dev")
        .env("GIT_AUTHOR_EMAIL", "dev@example.test")
        .env("GIT_COMMITTER_NAME", "Dev")
        .env("GIT_COMMITTER_EMAIL", "dev@example.test")
        .output()
        .expect("git runs");
    assert!(output.status.success(), "git {args:?}: {output:?}");
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// A bare repository served by `git daemon` on a free port; the daemon
/// (its whole process group: `git daemon` runs `git-daemon` as a child)
/// stops with the value.
pub struct Remote {
    daemon: tokio::process::Child,
    /// `git://127.0.0.1:PORT/remote.git`.
    pub url: String,
}

impl Drop for Remote {
    fn drop(&mut self) {
        if let Some(pid) = self.daemon.id() {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", "--", &format!("-{pid}")])
                .status();
        }
    }
}

/// Serves the bare repositories under `base` (`remote.git` among them).
pub async fn serve(base: &Path) -> Remote {
    let port = secureflow_platform::testkit::free_port();
    let daemon = tokio::process::Command::new("git")
        .args([
            "daemon",
            "--reuseaddr",
            "--export-all",
            "--listen=127.0.0.1",
            &format!("--port={port}"),
            &format!("--base-path={}", base.display()),
        ])
        .arg(base)
        .process_group(0)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("git daemon");
    wait_while(
        Duration::from_secs(10),
        Duration::from_millis(50),
        "git daemon never listened",
        async || {
            tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_err()
        },
    )
    .await;
    Remote {
        daemon,
        url: format!("git://127.0.0.1:{port}/remote.git"),
    }
}

/// Commits `definition` and `hello.txt` on `branch` and pushes; the commit.
pub fn commit_and_push(work: &Path, branch: &str, definition: &str, hello: &str) -> String {
    std::fs::create_dir_all(work.join(".secureflow")).expect("dir");
    std::fs::write(work.join(".secureflow/pipeline.yml"), definition).expect("write");
    std::fs::write(work.join("hello.txt"), hello).expect("write");
    git(work, &["checkout", "-q", "-B", branch]);
    git(work, &["add", "."]);
    git(work, &["commit", "-q", "-m", "change"]);
    git(work, &["push", "-q", "origin", &format!("HEAD:{branch}")]);
    git(work, &["rev-parse", "HEAD"])
}

/// A GitHub push of `sha` on `branch`, signed with `secret`, delivered to
/// `path` of the server at `address`; asserts it was accepted.
pub async fn push_webhook(
    address: impl std::fmt::Display,
    secret: &str,
    path: &str,
    delivery: &str,
    branch: &str,
    sha: &str,
) {
    let mut body: Value = serde_json::from_slice(GITHUB_PUSH).expect("payload");
    body["ref"] = Value::String(format!("refs/heads/{branch}"));
    body["after"] = Value::String(sha.to_owned());
    body["created"] = Value::Bool(false);
    body["deleted"] = Value::Bool(false);
    if let Some(commits) = body["commits"].as_array_mut() {
        commits.truncate(1);
        commits[0]["id"] = Value::String(sha.to_owned());
    }
    body["head_commit"]["id"] = Value::String(sha.to_owned());
    let body = body.to_string().into_bytes();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("key");
    mac.update(&body);
    let signature = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    let _ = rustls::crypto::ring::default_provider().install_default();
    let response = reqwest::Client::new()
        .post(format!("http://{address}{path}"))
        .header("content-type", "application/json")
        .header("x-github-event", "push")
        .header("x-github-delivery", delivery)
        .header("x-hub-signature-256", signature)
        .body(body)
        .send()
        .await
        .expect("delivered");
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
}

/// Puts a Python file with findings and Semgrep rules into the working copy
/// `work`; the definition of the `commit-flow` pipeline that scans it with
/// Semgrep and Bandit (the scanners under `scanners`, see
/// `testkit::scanners`), Bandit's quality gate deciding, then a deploy
/// stage. `step_options` are added to each scan step (`retries: …`).
pub fn scanned_project(work: &Path, scanners: &Path, step_options: &str) -> String {
    std::fs::create_dir_all(work.join("app")).expect("dir");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../security/tests/scanners");
    std::fs::copy(
        sample.join("sample/app/views.py"),
        work.join("app/views.py"),
    )
    .expect("copy");
    std::fs::copy(sample.join("rules.yaml"), work.join(".semgrep.yml")).expect("copy");
    let path = format!(
        "{}:{}:/usr/local/bin:/usr/bin:/bin",
        scanners.join("semgrep/bin").display(),
        scanners.join("tools/bin").display()
    );
    let options = if step_options.is_empty() {
        String::new()
    } else {
        format!("\n        {step_options}")
    };
    format!(
        r#"name: commit-flow
triggers: [{{type: push, branches: [main]}}]
stages:
  - name: scan
    parallel: true
    env: {{PATH: "{path}"}}
    steps:
      - name: semgrep
        tool: semgrep
        config: {{rules: .semgrep.yml, path: app}}{options}
      - name: bandit
        tool: bandit
        config: {{path: app, quality_gate: true}}{options}
  - name: deploy
    steps:
      - name: ship
        command: echo shipping
"#
    )
}
