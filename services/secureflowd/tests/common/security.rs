//! Security calls the integration tests share.

use secureflow_platform::testkit::with_token;
use secureflow_proto::google::api::HttpBody;
use secureflow_proto::secureflow::security::v1 as security;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use tonic::transport::Channel;

/// Creates the policy "no high findings": FAIL when any finding is high or
/// critical.
pub async fn fail_on_high_findings(channel: Channel, token: &str) -> security::Policy {
    SecurityServiceClient::new(channel)
        .create_policy(with_token(
            security::CreatePolicyRequest {
                policy: Some(security::Policy {
                    name: "no high findings".into(),
                    enabled: true,
                    conditions: vec![security::Condition {
                        on_violation: security::Verdict::Fail as i32,
                        rule: Some(security::condition::Rule::Threshold(
                            security::ThresholdRule {
                                finding_set: security::FindingSet::Total as i32,
                                min_severity: security::Severity::High as i32,
                                max_count: 0,
                                ..Default::default()
                            },
                        )),
                    }],
                    ..Default::default()
                }),
            },
            token,
        ))
        .await
        .expect("policy")
        .into_inner()
        .policy
        .expect("policy")
}

/// Uploads a SARIF report for `repository_id` on `branch`; the scan.
pub async fn upload_sarif(
    channel: Channel,
    token: &str,
    repository_id: &str,
    branch: &str,
    sarif: Vec<u8>,
) -> security::Scan {
    SecurityServiceClient::new(channel)
        .create_scan(with_token(
            security::CreateScanRequest {
                scope: Some(security::ScanScope {
                    repository_id: repository_id.into(),
                    branch: branch.into(),
                    ..Default::default()
                }),
                format: String::new(),
                report: Some(HttpBody {
                    content_type: "application/json".into(),
                    data: sarif,
                    extensions: Vec::new(),
                }),
            },
            token,
        ))
        .await
        .expect("scan")
        .into_inner()
        .scan
        .expect("scan")
}

/// A SARIF report of Semgrep with one error-level (high) finding of `rule`
/// at `file`:`line`.
pub fn one_finding_sarif(rule: &str, file: &str, line: u32) -> Vec<u8> {
    serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "semgrep"}}, "results": [
        {"ruleId": rule, "level": "error", "message": {"text": format!("{rule} in {file}")},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": file}, "region": {"startLine": line}}}]}
    ]}]})
    .to_string()
    .into_bytes()
}
