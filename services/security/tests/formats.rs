//! Report shapes ingested through a real server: Trivy's Kubernetes report
//! (`trivy k8s --format json`, written from the shape Trivy's documentation
//! shows), and one Maven project reported by Trivy and by OWASP
//! Dependency-Check.

use crate::common;

use common::{listed_in, start, upload};
use secureflow_platform::testkit::TestDatabase;
use serde_json::json;

fn vulnerability(cve: &str, package: &str, version: &str) -> serde_json::Value {
    json!({
        "VulnerabilityID": cve,
        "PkgName": package,
        "InstalledVersion": version,
        "FixedVersion": "9.9.9",
        "Severity": "HIGH",
        "Title": format!("{cve} in {package}"),
        "Description": "A flaw.",
    })
}

fn workload(
    namespace: &str,
    kind: &str,
    name: &str,
    results: serde_json::Value,
) -> serde_json::Value {
    json!({"Namespace": namespace, "Kind": kind, "Name": name, "Results": results})
}

/// `trivy k8s --format json`: `ClusterName`, then `Vulnerabilities` and
/// `Misconfigurations` as lists of resources with their `Results`.
fn cluster_report() -> Vec<u8> {
    let image = |vulns: Vec<serde_json::Value>| {
        json!([{
            "Target": "nginx:1.25 (debian 12.1)",
            "Class": "os-pkgs",
            "Type": "debian",
            "Vulnerabilities": vulns,
        }])
    };
    let privileged = json!([{
        "Target": "Deployment/web",
        "Class": "config",
        "Type": "kubernetes",
        "Misconfigurations": [{
            "Type": "Kubernetes Security Check",
            "ID": "KSV017",
            "Title": "Privileged container",
            "Description": "Privileged containers share namespaces with the host system.",
            "Message": "Container 'web' of Deployment 'web' should set 'securityContext.privileged' to false",
            "Resolution": "Change 'containers[].securityContext.privileged' to 'false'.",
            "Severity": "HIGH",
            "Status": "FAIL",
            "CauseMetadata": {"StartLine": 132, "EndLine": 143},
        }],
    }]);
    json!({
        "ClusterName": "minikube",
        "Vulnerabilities": [
            workload("default", "Deployment", "web", image(vec![
                vulnerability("CVE-2023-4911", "libc6", "2.36-9"),
                vulnerability("CVE-2023-4911", "libc6", "2.36-9"),
            ])),
            workload("shop", "Deployment", "checkout", image(vec![
                vulnerability("CVE-2023-4911", "libc6", "2.36-9"),
            ])),
        ],
        "Misconfigurations": [
            workload("default", "Deployment", "web", privileged.clone()),
            workload("shop", "Deployment", "checkout", json!([])),
        ],
    })
    .to_string()
    .into_bytes()
}

async fn a_kubernetes_report_names_each_resource(database: TestDatabase) {
    let server = start(&database).await;
    let scan = upload(server.channel().await, "cluster", &cluster_report())
        .await
        .expect("accepted");
    assert_eq!(scan.format, "trivy-json");
    let summary = scan.summary.expect("summary");
    // The same CVE in two deployments is two vulnerabilities; reported twice
    // for the same image of one deployment, it is one.
    assert_eq!(
        (
            summary.findings_parsed,
            summary.duplicates_in_report,
            summary.new
        ),
        (4, 1, 3),
        "{summary:?}"
    );
    let listed = listed_in(&server, "cluster").await;
    let mut places: Vec<(String, String)> = listed
        .vulnerabilities
        .iter()
        .map(|v| (v.file_path.clone(), v.rule_id.clone()))
        .collect();
    places.sort();
    assert_eq!(
        places,
        [
            (
                "default/Deployment/web".to_owned(),
                "CVE-2023-4911".to_owned()
            ),
            ("default/Deployment/web".to_owned(), "KSV017".to_owned()),
            (
                "shop/Deployment/checkout".to_owned(),
                "CVE-2023-4911".to_owned()
            ),
        ]
    );
    server.stop().await.expect("stop");
}

/// A Maven project's `pom.xml` scanned by Trivy (schema 2).
fn trivy_maven() -> Vec<u8> {
    json!({
        "SchemaVersion": 2,
        "ArtifactName": "shop",
        "ArtifactType": "filesystem",
        "Results": [{
            "Target": "pom.xml",
            "Class": "lang-pkgs",
            "Type": "pom",
            "Vulnerabilities": [{
                "VulnerabilityID": "CVE-2020-10683",
                "PkgName": "org.dom4j:dom4j",
                "PkgIdentifier": {"PURL": "pkg:maven/org.dom4j/dom4j@2.1.1"},
                "InstalledVersion": "2.1.1",
                "FixedVersion": "2.1.3",
                "Severity": "CRITICAL",
                "Title": "dom4j: XML External Entity vulnerability in default SAX parser",
            }],
        }],
    })
    .to_string()
    .into_bytes()
}

/// The same project's build output scanned by Dependency-Check (XML): the jar
/// inside the application archive.
fn dependency_check_maven() -> Vec<u8> {
    r#"<?xml version="1.0"?>
<analysis xmlns="https://jeremylong.github.io/DependencyCheck/dependency-check.2.5.xsd">
  <scanInfo><engineVersion>8.4.0</engineVersion></scanInfo>
  <projectInfo><name>shop</name></projectInfo>
  <dependencies>
    <dependency isVirtual="false">
      <fileName>shop.ear: dom4j-2.1.1.jar</fileName>
      <filePath>/build/shop.ear/dom4j-2.1.1.jar</filePath>
      <identifiers>
        <package confidence="HIGH"><id>pkg:maven/org.dom4j/dom4j@2.1.1</id></package>
      </identifiers>
      <vulnerabilities>
        <vulnerability source="NVD">
          <name>CVE-2020-10683</name>
          <severity>CRITICAL</severity>
          <cvssV3><baseScore>9.8</baseScore><baseSeverity>CRITICAL</baseSeverity></cvssV3>
          <cwes><cwe>CWE-611</cwe></cwes>
          <description>dom4j before 2.0.3 and 2.1.x before 2.1.3 allows external DTDs and External Entities by default.</description>
          <references><reference><url>https://nvd.nist.gov/vuln/detail/CVE-2020-10683</url></reference></references>
        </vulnerability>
      </vulnerabilities>
    </dependency>
  </dependencies>
</analysis>"#
        .as_bytes()
        .to_vec()
}

async fn one_maven_package_from_two_tools_is_one_vulnerability(database: TestDatabase) {
    let server = start(&database).await;
    let first = upload(server.channel().await, "shop", &trivy_maven())
        .await
        .expect("trivy accepted");
    assert_eq!(first.summary.expect("summary").new, 1);
    let second = upload(server.channel().await, "shop", &dependency_check_maven())
        .await
        .expect("dependency-check accepted");
    let summary = second.summary.expect("summary");
    assert_eq!((summary.new, summary.updated), (0, 1), "{summary:?}");
    let listed = listed_in(&server, "shop").await;
    assert_eq!(listed.total_size, 1);
    let vulnerability = &listed.vulnerabilities[0];
    let mut tools = vulnerability.tools.clone();
    tools.sort();
    assert_eq!(tools, ["dependency-check", "trivy"]);
    let component = vulnerability.component.as_ref().expect("component");
    assert_eq!(
        (component.name.as_str(), component.version.as_str()),
        ("org.dom4j:dom4j", "2.1.1")
    );
    assert!(
        !vulnerability.title.contains("shop.ear"),
        "named by its coordinates, not the archive: {}",
        vulnerability.title
    );
    server.stop().await.expect("stop");
}

secureflow_platform::backend_tests!(
    a_kubernetes_report_names_each_resource,
    one_maven_package_from_two_tools_is_one_vulnerability,
);
