//! The generated code speaks canonical proto3 JSON and carries the contracts' options.

use prost_reflect::{DescriptorPool, Value};
use secureflow_proto::secureflow::security::v1::{
    Component, FindingKind, Severity, Vulnerability, VulnerabilityStatus,
};
use secureflow_proto::{DOMAIN_SERVICES, FILE_DESCRIPTOR_SET};

#[test]
fn messages_serialise_as_canonical_proto3_json() {
    let vulnerability = Vulnerability {
        id: "v-1".into(),
        severity: Severity::Critical as i32,
        status: VulnerabilityStatus::AcceptedRisk as i32,
        kind: FindingKind::Dependency as i32,
        line_number: 42,
        first_detected: Some(pbjson_types::Timestamp {
            seconds: 1_700_000_000,
            nanos: 0,
        }),
        component: Some(Component {
            name: "log4j-core".into(),
            ..Default::default()
        }),
        tools: vec!["trivy".into(), "dependency-check".into()],
        ..Default::default()
    };
    let json = serde_json::to_value(&vulnerability).expect("serialises");
    assert_eq!(json["severity"], "SEVERITY_CRITICAL", "enums by name");
    assert_eq!(json["status"], "VULNERABILITY_STATUS_ACCEPTED_RISK");
    assert_eq!(json["lineNumber"], 42, "lowerCamelCase field names");
    // RFC 3339 in UTC. pbjson-types writes the offset as `+00:00` where canonical
    // output is `Z`; the proto3 JSON spec requires parsers to accept both.
    assert_eq!(
        json["firstDetected"], "2023-11-14T22:13:20+00:00",
        "RFC 3339 timestamps"
    );
    assert_eq!(json["component"]["name"], "log4j-core");
    assert!(json.get("cveId").is_none(), "default values are omitted");

    let back: Vulnerability = serde_json::from_value(json).expect("parses its own output");
    assert_eq!(back, vulnerability);
    let by_proto_name: Vulnerability =
        serde_json::from_str(r#"{"line_number": 7, "severity": "SEVERITY_LOW"}"#)
            .expect("proto names accepted");
    assert_eq!(by_proto_name.line_number, 7);
}

#[test]
fn malformed_json_is_refused_with_the_field_named() {
    let error = serde_json::from_str::<Vulnerability>(r#"{"severity": "SEVERITY_APOCALYPTIC"}"#)
        .expect_err("unknown enum value");
    assert!(
        error.to_string().contains("SEVERITY_APOCALYPTIC"),
        "{error}"
    );
}

#[test]
fn every_rpc_carries_an_http_rule_and_an_access_rule() {
    let pool = DescriptorPool::decode(FILE_DESCRIPTOR_SET).expect("descriptor set decodes");
    let http = pool
        .get_extension_by_name("google.api.http")
        .expect("google.api.http is known");
    let access = pool
        .get_extension_by_name("secureflow.options.v1.access")
        .expect("access option");
    let mut checked = 0;
    for name in DOMAIN_SERVICES {
        let service = pool
            .get_service_by_name(name)
            .unwrap_or_else(|| panic!("{name} is in the descriptors"));
        for method in service.methods() {
            let options = method.options();
            assert!(
                options.has_extension(&http),
                "{} has no google.api.http rule",
                method.full_name()
            );
            assert!(
                options.has_extension(&access),
                "{} has no access rule",
                method.full_name()
            );
            if let Value::Message(rule) = options.get_extension(&http).as_ref() {
                let path_set = ["get", "post", "put", "patch", "delete"]
                    .iter()
                    .any(|verb| matches!(rule.get_field_by_name(verb).as_deref(), Some(Value::String(p)) if p.starts_with("/api/v1/")));
                assert!(path_set, "{} maps to an /api/v1/ path", method.full_name());
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked} RPCs checked");
}

#[test]
fn descriptor_set_keeps_comments_for_documentation() {
    let pool = DescriptorPool::decode(FILE_DESCRIPTOR_SET).expect("descriptor set decodes");
    let message = pool
        .get_message_by_name("secureflow.security.v1.Vulnerability")
        .expect("message");
    let comments = message
        .parent_file()
        .file_descriptor_proto()
        .source_code_info
        .is_some();
    assert!(
        comments,
        "source info (comments) is exported for OpenAPI and docs"
    );
}

#[test]
fn every_list_request_reads_its_page_through_paged() {
    let pool = DescriptorPool::decode(FILE_DESCRIPTOR_SET).expect("descriptor set decodes");
    let mut paged: Vec<String> = pool
        .all_messages()
        .filter(|message| {
            message.get_field_by_name("page_size").is_some()
                && message.get_field_by_name("page_token").is_some()
        })
        .map(|message| message.full_name().to_owned())
        .collect();
    paged.sort();
    let mut listed: Vec<String> = secureflow_proto::PAGED_MESSAGES
        .iter()
        .map(|name| (*name).to_owned())
        .collect();
    listed.sort();
    assert_eq!(
        listed, paged,
        "PAGED_MESSAGES (proto/src/paged.rs) lists every message with page_size and page_token"
    );
}
