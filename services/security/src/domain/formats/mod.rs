//! Report formats: detection from the content and one parser per format, all
//! producing [`Finding`]s. Reports are parsed from a `serde_json::Value` read
//! once; a report that does not parse is refused with the format tried and the
//! place it failed.

mod bandit;
mod checkov;
mod cyclonedx;
mod dependency_check;
mod detect_secrets;
mod gitlab;
mod gitleaks;
mod npm_audit;
mod sarif;
mod sarif_typed;
mod semgrep;
mod sonarqube;
mod trivy;
mod trufflehog;
mod xml;
mod zap;

use serde_json::Value;

use crate::domain::finding::Finding;

/// A report format this service reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// SARIF 2.1.0 (CodeQL, Semgrep, Checkov, Trivy, Bandit, … in SARIF mode).
    Sarif,
    /// Semgrep JSON.
    SemgrepJson,
    /// Gitleaks JSON (v7 and v8).
    GitleaksJson,
    /// Bandit JSON.
    BanditJson,
    /// Checkov JSON.
    CheckovJson,
    /// Trivy JSON (vulnerabilities, misconfigurations, secrets, licences).
    TrivyJson,
    /// `npm audit --json`, v6 and v7+.
    NpmAuditJson,
    /// TruffleHog v2 and v3 JSON lines.
    TrufflehogJson,
    /// GitLab SAST report.
    GitlabSastJson,
    /// GitLab dependency-scanning report.
    GitlabDependencyScanningJson,
    /// SonarQube issues and hotspots (web API or `sonar-report` JSON).
    SonarqubeJson,
    /// CycloneDX BOM with vulnerabilities (JSON or XML).
    CycloneDx,
    /// OWASP ZAP XML report.
    ZapXml,
    /// OWASP Dependency-Check XML report.
    DependencyCheckXml,
    /// OWASP Dependency-Check JSON report.
    DependencyCheckJson,
    /// OWASP ZAP JSON report.
    ZapJson,
    /// Yelp detect-secrets baseline JSON.
    DetectSecretsJson,
}

impl Format {
    /// Every format, for detection and listings.
    pub const ALL: [Format; 17] = [
        Self::Sarif,
        Self::SemgrepJson,
        Self::GitleaksJson,
        Self::BanditJson,
        Self::CheckovJson,
        Self::TrivyJson,
        Self::NpmAuditJson,
        Self::TrufflehogJson,
        Self::GitlabSastJson,
        Self::GitlabDependencyScanningJson,
        Self::SonarqubeJson,
        Self::CycloneDx,
        Self::ZapXml,
        Self::DependencyCheckXml,
        Self::DependencyCheckJson,
        Self::ZapJson,
        Self::DetectSecretsJson,
    ];

    /// The name clients give and reports show (`semgrep-json`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Sarif => "sarif",
            Self::SemgrepJson => "semgrep-json",
            Self::GitleaksJson => "gitleaks-json",
            Self::BanditJson => "bandit-json",
            Self::CheckovJson => "checkov-json",
            Self::TrivyJson => "trivy-json",
            Self::NpmAuditJson => "npm-audit-json",
            Self::TrufflehogJson => "trufflehog-json",
            Self::GitlabSastJson => "gitlab-sast-json",
            Self::GitlabDependencyScanningJson => "gitlab-dependency-scanning-json",
            Self::SonarqubeJson => "sonarqube-json",
            Self::CycloneDx => "cyclonedx",
            Self::ZapXml => "zap-xml",
            Self::DependencyCheckXml => "dependency-check-xml",
            Self::DependencyCheckJson => "dependency-check-json",
            Self::ZapJson => "zap-json",
            Self::DetectSecretsJson => "detect-secrets-json",
        }
    }

    /// The format with this name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|format| format.name() == name)
    }
}

/// Why a report was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{format}: {message} (at {location})")]
pub struct ParseError {
    /// Format tried, or `auto` when none could be recognised.
    pub format: String,
    /// Where: a JSON path (`$.runs[0].results[3]`) or `byte N, line L, column C`.
    pub location: String,
    /// What is wrong.
    pub message: String,
}

impl ParseError {
    pub(crate) fn at(
        format: Format,
        location: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            format: format.name().to_owned(),
            location: location.into(),
            message: message.into(),
        }
    }
}

/// Reads the report as JSON — or as JSON lines (one object per line, as
/// TruffleHog writes), returned as an array — pointing at the failing byte when
/// it is neither.
pub fn read_json(bytes: &[u8], format: &str) -> Result<Value, ParseError> {
    serde_json::from_slice(bytes)
        .or_else(|error| json_lines(bytes).ok_or(error))
        .map_err(|error| {
            let offset = byte_offset(bytes, error.line(), error.column());
            ParseError {
                format: format.to_owned(),
                location: format!(
                    "byte {offset}, line {}, column {}",
                    error.line(),
                    error.column()
                ),
                message: format!("not valid JSON: {error}"),
            }
        })
}

fn json_lines(bytes: &[u8]) -> Option<Value> {
    let mut values = Vec::new();
    for line in bytes
        .split(|byte| *byte == b'\n')
        .filter(|line| !line.trim_ascii().is_empty())
    {
        match serde_json::from_slice::<Value>(line) {
            Ok(value @ Value::Object(_)) => values.push(value),
            _ => return None,
        }
    }
    (values.len() > 1).then_some(Value::Array(values))
}

fn byte_offset(bytes: &[u8], line: usize, column: usize) -> usize {
    let mut current = 1;
    for (index, byte) in bytes.iter().enumerate() {
        if current == line {
            return index + column.saturating_sub(1);
        }
        if *byte == b'\n' {
            current += 1;
        }
    }
    bytes.len()
}

/// Recognises the format of a JSON report from its shape.
pub fn detect(report: &Value) -> Option<Format> {
    let first = |key: &str| {
        report
            .get(key)
            .and_then(Value::as_array)
            .and_then(|items| items.first())
    };
    match report {
        // Gitleaks 7 writes `null` when it finds nothing.
        Value::Null => Some(Format::GitleaksJson),
        Value::Object(object) if object.contains_key("runs") && object.contains_key("version") => {
            Some(Format::Sarif)
        }
        Value::Object(object)
            if object.contains_key("version")
                && object.get("vulnerabilities").is_some_and(Value::is_array)
                && (object.contains_key("remediations") || object.contains_key("scan")) =>
        {
            match gitlab::is_dependency_scanning(report) {
                true => Some(Format::GitlabDependencyScanningJson),
                false => Some(Format::GitlabSastJson),
            }
        }
        Value::Object(object)
            if object.get("bomFormat").and_then(Value::as_str) == Some("CycloneDX") =>
        {
            Some(Format::CycloneDx)
        }
        Value::Object(object)
            if (object.contains_key("hotspots") && object.contains_key("paging"))
                || (object.contains_key("issues")
                    && (object.contains_key("paging") || object.contains_key("hotspotKeys"))) =>
        {
            Some(Format::SonarqubeJson)
        }
        Value::Object(object)
            if (object.contains_key("advisories") && object.contains_key("actions"))
                || (object.contains_key("auditReportVersion")
                    && object.contains_key("vulnerabilities")) =>
        {
            Some(Format::NpmAuditJson)
        }
        Value::Object(object)
            if object.contains_key("DetectorName")
                || (object.contains_key("stringsFound") && object.contains_key("reason")) =>
        {
            Some(Format::TrufflehogJson)
        }
        Value::Object(object)
            if object.contains_key("SchemaVersion")
                || (object.contains_key("ClusterName")
                    && ["Resources", "Vulnerabilities", "Misconfigurations"]
                        .iter()
                        .any(|list| object.contains_key(*list))) =>
        {
            Some(Format::TrivyJson)
        }
        Value::Object(object)
            if object.contains_key("check_type") || object.contains_key("checkov_version") =>
        {
            Some(Format::CheckovJson)
        }
        Value::Object(_)
            if first("results").is_some_and(|r| {
                r.get("test_id").is_some() && r.get("issue_severity").is_some()
            }) =>
        {
            Some(Format::BanditJson)
        }
        Value::Object(object)
            if object.contains_key("results")
                && (object.contains_key("errors")
                    || first("results").is_some_and(|r| r.get("check_id").is_some())) =>
        {
            Some(Format::SemgrepJson)
        }
        Value::Object(_) if first("vulns").is_some_and(|v| v.get("advisory").is_some()) => {
            Some(Format::SemgrepJson)
        }
        Value::Object(object)
            if object.contains_key("plugins_used")
                && object.get("results").is_some_and(Value::is_object) =>
        {
            Some(Format::DetectSecretsJson)
        }
        Value::Object(object)
            if object.contains_key("dependencies")
                && (object.contains_key("reportSchema") || object.contains_key("scanInfo")) =>
        {
            Some(Format::DependencyCheckJson)
        }
        Value::Object(object)
            if object.contains_key("site")
                && (object.contains_key("@version") || object.contains_key("@programName")) =>
        {
            Some(Format::ZapJson)
        }
        Value::Object(object)
            if object.contains_key("generated_at") && object.contains_key("metrics") =>
        {
            Some(Format::BanditJson)
        }
        Value::Array(items) => {
            let item = items.first()?;
            if item.get("check_type").is_some() {
                Some(Format::CheckovJson)
            } else if item.get("Target").is_some()
                && (item.get("Vulnerabilities").is_some() || item.get("Type").is_some())
            {
                Some(Format::TrivyJson)
            } else if item.get("DetectorName").is_some() || item.get("stringsFound").is_some() {
                Some(Format::TrufflehogJson)
            } else if item.get("RuleID").is_some()
                || (item.get("rule").is_some() && item.get("offender").is_some())
            {
                Some(Format::GitleaksJson)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The tool a report with no findings is from: a clean scan must still
/// resolve what that tool reported before, so it needs the same tool name
/// the format's findings carry. SARIF names its tool (`runs[0].tool.driver.name`),
/// GitLab reports their scanner (`scan.scanner.name`); every other format is one tool's.
pub fn tool_without_findings(format: Format, bytes: &[u8]) -> String {
    let named = |pointer: &str| {
        serde_json::from_slice::<Value>(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
            .ok()
            .and_then(|report| {
                report
                    .pointer(pointer)
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            })
            .filter(|name| !name.trim().is_empty())
    };
    let fixed = match format {
        Format::Sarif => {
            return named("/runs/0/tool/driver/name").unwrap_or_else(|| "sarif".to_owned());
        }
        Format::GitlabSastJson | Format::GitlabDependencyScanningJson => {
            return named("/scan/scanner/name").unwrap_or_else(|| "gitlab".to_owned());
        }
        Format::SemgrepJson => "semgrep",
        Format::GitleaksJson => "gitleaks",
        Format::BanditJson => "bandit",
        Format::CheckovJson => "checkov",
        Format::TrivyJson => "trivy",
        Format::NpmAuditJson => "npm audit",
        Format::TrufflehogJson => "trufflehog",
        Format::SonarqubeJson => "sonarqube",
        Format::CycloneDx => "cyclonedx",
        Format::DependencyCheckXml | Format::DependencyCheckJson => "dependency-check",
        Format::ZapXml | Format::ZapJson => "zap",
        Format::DetectSecretsJson => "detect-secrets",
    };
    fixed.to_owned()
}

/// Parses a report of a known format.
pub fn parse(format: Format, report: &Value) -> Result<Vec<Finding>, ParseError> {
    match format {
        Format::Sarif => sarif::parse(report),
        Format::SemgrepJson => semgrep::parse(report),
        Format::GitleaksJson => gitleaks::parse(report),
        Format::BanditJson => bandit::parse(report),
        Format::CheckovJson => checkov::parse(report),
        Format::TrivyJson => trivy::parse(report),
        Format::NpmAuditJson => npm_audit::parse(report),
        Format::TrufflehogJson => trufflehog::parse(report),
        Format::GitlabSastJson | Format::GitlabDependencyScanningJson => {
            gitlab::parse(report, format)
        }
        Format::SonarqubeJson => sonarqube::parse(report),
        Format::CycloneDx => Ok(cyclonedx::parse_json(report)),
        Format::DependencyCheckJson => dependency_check::parse_json(report),
        Format::ZapJson => Ok(zap::parse_json(report)),
        Format::DetectSecretsJson => detect_secrets::parse(report),
        Format::ZapXml | Format::DependencyCheckXml => Err(ParseError::at(
            format,
            "$",
            "this format is XML, but the report is JSON",
        )),
    }
}

/// Detects (unless `format` is given) and parses raw report bytes, JSON or
/// XML. Every secret a finding carries is concealed before it is returned
/// ([`crate::domain::secrets`]).
pub fn parse_report(
    bytes: &[u8],
    format: Option<Format>,
) -> Result<(Format, Vec<Finding>), ParseError> {
    let (format, mut findings) = parse_any(bytes, format)?;
    findings.iter_mut().for_each(Finding::replace_nul);
    crate::domain::secrets::protect(&mut findings);
    Ok((format, findings))
}

fn parse_any(bytes: &[u8], format: Option<Format>) -> Result<(Format, Vec<Finding>), ParseError> {
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if start.trim_ascii_start().starts_with(b"<") {
        return parse_xml_report(start, format);
    }
    if matches!(format, None | Some(Format::Sarif))
        && looks_like_sarif(start)
        && let Some(findings) = sarif_typed::parse(start)
    {
        return Ok((Format::Sarif, findings));
    }
    let tried = format.map_or("auto", Format::name);
    let report = read_json(bytes, tried)?;
    let format = match format {
        Some(format) => format,
        None => detect(&report).ok_or_else(|| unknown_format("$"))?,
    };
    Ok((format, parse(format, &report)?))
}

/// Whether the start of a JSON report names SARIF's `runs` (a cheap look before
/// the typed fast path, so other formats do not pay for a failed attempt).
fn looks_like_sarif(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    head.windows(6).any(|window| window == b"\"runs\"")
}

fn unknown_format(location: &str) -> ParseError {
    ParseError {
        format: "auto".to_owned(),
        location: location.to_owned(),
        message: format!(
            "the report matches none of the known formats ({}); name one explicitly",
            Format::ALL.map(Format::name).join(", ")
        ),
    }
}

fn parse_xml_report(
    bytes: &[u8],
    format: Option<Format>,
) -> Result<(Format, Vec<Finding>), ParseError> {
    let tried = format.map_or("auto", Format::name);
    let text = std::str::from_utf8(bytes).map_err(|error| ParseError {
        format: tried.to_owned(),
        location: format!("byte {}", error.valid_up_to()),
        message: "XML reports must be UTF-8".to_owned(),
    })?;
    let document = xml::document(text).map_err(|mut error| {
        error.format = tried.to_owned();
        error
    })?;
    let root = document.root_element();
    let detected = match root.tag_name().name() {
        "OWASPZAPReport" => Some(Format::ZapXml),
        "analysis" => Some(Format::DependencyCheckXml),
        "bom" => Some(Format::CycloneDx),
        _ => None,
    };
    let format = match (format, detected) {
        (Some(given), Some(found)) if given != found => {
            let message = format!(
                "the XML root `{}` is a {} report",
                root.tag_name().name(),
                found.name()
            );
            return Err(ParseError::at(given, "/", message));
        }
        (_, Some(found)) => found,
        (Some(given), None) => {
            return Err(ParseError::at(
                given,
                "/",
                format!("unexpected XML root `{}`", root.tag_name().name()),
            ));
        }
        (None, None) => return Err(unknown_format("/")),
    };
    let findings = match format {
        Format::ZapXml => zap::parse(root),
        Format::DependencyCheckXml => dependency_check::parse(root),
        _ => cyclonedx::parse_xml(root),
    };
    Ok((format, findings))
}

/// Helpers shared by the parsers for reading loosely typed JSON.
pub(crate) mod json {
    use serde_json::Value;

    /// A string field, or "".
    pub fn text<'a>(value: &'a Value, key: &str) -> &'a str {
        value.get(key).and_then(Value::as_str).unwrap_or_default()
    }

    /// A line number given as a number or a numeric string.
    pub fn line(value: Option<&Value>) -> Option<u32> {
        match value? {
            Value::Number(number) => number
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .filter(|n| *n > 0),
            Value::String(text) => text.trim().parse().ok().filter(|n: &u32| *n > 0),
            _ => None,
        }
    }

    /// The items of an array field; an absent or `null` field is empty.
    pub fn items<'a>(value: &'a Value, key: &str) -> &'a [Value] {
        value
            .get(key)
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_reports_say_where_they_broke() {
        let error = parse_report(b"{\n  \"runs\": [\n    {,\n", None).expect_err("not JSON");
        assert_eq!(error.format, "auto");
        assert!(
            error.location.starts_with("byte 19, line 3, column 6"),
            "{error}"
        );
        let unknown = parse_report(br#"{"hello": "world"}"#, None).expect_err("unknown shape");
        assert!(
            unknown.message.contains("none of the known formats"),
            "{unknown}"
        );
        let wrong = parse_report(br#"{"version": "2.1.0", "runs": 7}"#, Some(Format::Sarif))
            .expect_err("runs not a list");
        assert_eq!(
            (wrong.format.as_str(), wrong.location.as_str()),
            ("sarif", "$.runs")
        );
    }

    #[test]
    fn nul_characters_become_replacement_characters() {
        let report =
            br#"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "Semgrep OSS"}},
            "results": [{"ruleId": "r\u0000", "level": "error", "message": {"text": "a\u0000b"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": "src/a\u0000.py"},
            "region": {"startLine": 3, "snippet": {"text": "x(\u0000)"}}}}]}]}]}"#;
        let (_, mut findings) = parse_report(report, None).expect("parsed");
        let finding = findings.pop().expect("one finding");
        assert_eq!(finding.title, "a\u{FFFD}b");
        assert_eq!(finding.snippet, "x(\u{FFFD})");
        assert_eq!(finding.file_path, "src/a\u{FFFD}.py");
        assert_eq!(&*finding.rule_id, "r\u{FFFD}");
    }

    #[test]
    fn xml_reports_refuse_dtds_and_say_where_they_broke() {
        let bomb = br#"<?xml version="1.0"?><!DOCTYPE bom [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><bom>&b;</bom>"#;
        let refused = parse_report(bomb, None).expect_err("DTDs are refused");
        assert!(refused.message.contains("not valid XML"), "{refused}");
        let truncated = parse_report(b"<OWASPZAPReport>\n  <site>\n", None).expect_err("truncated");
        assert!(truncated.location.starts_with("line "), "{truncated}");
        let zap = b"<OWASPZAPReport version=\"2.9.0\"></OWASPZAPReport>";
        let mismatch = parse_report(zap, Some(Format::Sarif)).expect_err("not SARIF");
        assert!(mismatch.message.contains("zap-xml"), "{mismatch}");
        assert_eq!(parse_report(zap, None).expect("empty report").1.len(), 0);
    }

    #[test]
    fn the_typed_sarif_path_yields_what_the_general_path_yields() {
        let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut reports = vec![manifest.join("tests/fuzz/corpus/sarif.json")];
        let fixtures = manifest.join("../../../shared/fixtures/scans/sarif");
        let entries = std::fs::read_dir(&fixtures).unwrap_or_else(|error| {
            panic!("the shared SARIF fixtures, {}: {error}", fixtures.display())
        });
        reports.extend(entries.flatten().map(|entry| entry.path()));
        let mut compared = 0;
        for path in reports {
            let bytes = std::fs::read(&path).expect("report");
            let Some(typed) = sarif_typed::parse(&bytes) else {
                continue;
            };
            let general = sarif::parse(&read_json(&bytes, "sarif").expect("JSON")).expect("SARIF");
            assert_eq!(typed, general, "{}", path.display());
            compared += 1;
        }
        assert!(compared >= 9, "only {compared} reports took the typed path");
    }

    /// The typed path converts a run's results as they are read when its tool
    /// came first; in any other order of a run's members it must still yield
    /// what the general path yields (artifacts named by index included).
    #[test]
    fn the_typed_sarif_path_reads_a_run_in_any_member_order() {
        let tool = r#""tool": {"driver": {"name": "CodeQL", "rules": [{"id": "js/sql", "fullDescription": {"text": "SQL built from input"}, "properties": {"tags": ["external/cwe/cwe-089"]}}]}}"#;
        let artifacts = r#""artifacts": [{"location": {"uri": "src/a.js"}}, {"location": {"uri": "src/b.js"}}]"#;
        let results = r#""results": [
            {"ruleId": "js/sql", "message": {"text": "one"}, "locations": [
                {"physicalLocation": {"artifactLocation": {"index": 1}, "region": {"startLine": 7}}},
                {"physicalLocation": {"artifactLocation": {"uri": "src/c.js", "index": 0}, "region": {"startLine": 9}}}]},
            {"ruleIndex": 0, "message": {"text": "two"}, "locations": [
                {"physicalLocation": {"artifactLocation": {"index": 0}}}]},
            {"ruleId": "js/sql", "kind": "pass", "message": {"text": "not a failure"}}]"#;
        let orders = [
            [tool, artifacts, results],
            [tool, results, artifacts],
            [results, tool, artifacts],
            [artifacts, results, tool],
        ];
        for members in orders {
            let report = format!(
                r#"{{"runs": [{{{}}}], "version": "2.1.0"}}"#,
                members.join(", ")
            );
            let typed = sarif_typed::parse(report.as_bytes()).expect("typed path");
            let general =
                sarif::parse(&read_json(report.as_bytes(), "sarif").expect("JSON")).expect("SARIF");
            assert_eq!(typed, general, "{report}");
            let places: Vec<(&str, Option<u32>)> = typed
                .iter()
                .map(|finding| (finding.file_path.as_str(), finding.line))
                .collect();
            assert_eq!(
                places,
                [
                    ("src/b.js", Some(7)),
                    ("src/c.js", Some(9)),
                    ("src/a.js", None)
                ],
                "{report}"
            );
        }
        let unversioned = format!("{{\"runs\": [{{{tool}, {results}}}]}}");
        assert!(sarif_typed::parse(unversioned.as_bytes()).is_none());
        let twice =
            format!("{{\"version\": \"2.1.0\", \"runs\": [{{{tool}, {results}, {results}}}]}}");
        assert!(
            sarif_typed::parse(twice.as_bytes()).is_none(),
            "a member twice goes to the general path"
        );
    }
}
