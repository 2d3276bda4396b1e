//! The `zap` connector, over OWASP ZAP's JSON API: the spider explores the
//! target (`/JSON/spider/action/scan/`), the active scan attacks what it
//! found (`/JSON/ascan/action/scan/`), each followed to 100 % through its
//! `view/status` with the progress in the step's log; then the passive scan
//! queue drains (`/JSON/pscan/view/recordsToScan/`) and the alerts are read
//! as ZAP's XML report (`/OTHER/core/other/xmlreport/`) for the security
//! service (`zap-xml`). The API key, when ZAP has one, goes in the
//! `X-ZAP-API-Key` header. A step that is cancelled or runs out of time
//! stops the scans it started in ZAP.

use std::time::{Duration, Instant};

use serde_json::Value;

use super::connectors::StopOnDrop;
use super::process::Output;
use crate::domain::connectors::ZapScan;

/// Between looks at a running scan.
const POLL: Duration = Duration::from_secs(1);

/// A call to ZAP's API.
async fn call(
    http: &reqwest::Client,
    scan: &ZapScan,
    path: &str,
    query: &[(&str, &str)],
) -> Result<reqwest::Response, String> {
    let url = reqwest::Url::parse_with_params(&format!("{}{path}", scan.url), query)
        .map_err(|error| format!("zap: `{}` is not a usable address: {error}", scan.url))?;
    let mut request = http.get(url);
    if !scan.api_key.is_empty() {
        request = request.header("x-zap-api-key", &scan.api_key);
    }
    let response = request
        .send()
        .await
        .map_err(|error| format!("zap: {} unreachable: {error}", scan.url))?;
    let code = response.status();
    if code.is_success() {
        return Ok(response);
    }
    let body: Value = response.json().await.unwrap_or(Value::Null);
    let message = body["message"].as_str().unwrap_or_default();
    let hint = match (code.as_u16(), body["code"].as_str()) {
        (_, Some("bad_api_key")) | (401 | 403, _) => " (the API key is missing or wrong)",
        (_, Some("url_not_found")) => " (ZAP cannot reach the target?)",
        _ => "",
    };
    Err(format!("zap: {path} answered {code} {message}{hint}"))
}

/// A JSON answer of ZAP's API.
async fn json(
    http: &reqwest::Client,
    scan: &ZapScan,
    path: &str,
    query: &[(&str, &str)],
) -> Result<Value, String> {
    call(http, scan, path, query)
        .await?
        .json()
        .await
        .map_err(|error| format!("zap: {path} answered something other than JSON: {error}"))
}

/// Starts ZAP's `kind` scan (`spider` or `ascan`) of the target and follows it to 100 %.
async fn follow(
    http: &reqwest::Client,
    scan: &ZapScan,
    kind: &'static str,
    what: &str,
    deadline: Instant,
    output: &Output,
) -> Result<(), String> {
    let started = json(
        http,
        scan,
        &format!("/JSON/{kind}/action/scan/"),
        &[("url", &scan.target), ("recurse", "true")],
    )
    .await?;
    let id = started["scan"]
        .as_str()
        .map(str::to_owned)
        .or_else(|| started["scan"].as_u64().map(|id| id.to_string()))
        .ok_or_else(|| format!("zap: the {what} did not start: {started}"))?;
    let running = {
        let (http, scan, id) = (http.clone(), scan.clone(), id.clone());
        StopOnDrop::new("a ZAP scan", async move {
            let path = format!("/JSON/{kind}/action/stop/");
            call(&http, &scan, &path, &[("scanId", &id)])
                .await
                .map(drop)
        })
    };
    output
        .note(format!("zap: {what} of {} started", scan.target))
        .await;
    let mut said = None;
    loop {
        let status = json(
            http,
            scan,
            &format!("/JSON/{kind}/view/status/"),
            &[("scanId", &id)],
        )
        .await?;
        let percent: u32 = status["status"]
            .as_str()
            .and_then(|text| text.parse().ok())
            .unwrap_or_default();
        if said != Some(percent) {
            output.note(format!("zap: {what} {percent}%")).await;
            said = Some(percent);
        }
        if percent >= 100 {
            running.finished();
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(format!(
                "zap: the {what} did not finish within {}",
                humantime::format_duration(scan.wait)
            ));
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Runs the scan; ZAP's XML report of its alerts.
pub async fn scan(
    http: &reqwest::Client,
    scan: &ZapScan,
    output: &Output,
) -> Result<Vec<u8>, String> {
    let deadline = Instant::now() + scan.wait;
    let version = json(http, scan, "/JSON/core/view/version/", &[]).await?;
    output
        .note(format!(
            "zap: connected to ZAP {}",
            version["version"].as_str().unwrap_or("(version unknown)")
        ))
        .await;
    if scan.spider {
        follow(http, scan, "spider", "spider", deadline, output).await?;
    }
    if scan.active_scan {
        follow(http, scan, "ascan", "active scan", deadline, output).await?;
    }
    loop {
        let queue = json(http, scan, "/JSON/pscan/view/recordsToScan/", &[]).await?;
        let left: u64 = queue["recordsToScan"]
            .as_str()
            .and_then(|text| text.parse().ok())
            .unwrap_or_default();
        if left == 0 {
            break;
        }
        if Instant::now() >= deadline {
            return Err(format!(
                "zap: the passive scan still had {left} records to scan after {}",
                humantime::format_duration(scan.wait)
            ));
        }
        tokio::time::sleep(POLL).await;
    }
    let report = call(http, scan, "/OTHER/core/other/xmlreport/", &[])
        .await?
        .bytes()
        .await
        .map_err(|error| format!("zap: reading the report failed: {error}"))?;
    Ok(report.to_vec())
}
