//! `vulns`: list, show and triage vulnerabilities.

use anyhow::{Context as _, Result, bail};
use secureflow_client::SecureFlow;
use secureflow_client::proto::secureflow::security::v1::{
    CreateReportRequest, GetReportRequest, GetVulnerabilityRequest, ListVulnerabilitiesRequest,
    Report, ReportFormat, ReportKind, ReportStatus, Severity, UpdateVulnerabilityStatusRequest,
    Vulnerability, VulnerabilityStatus, VulnerabilityView,
};

use crate::args::{ListArgs, OutputFormat, SetStatusArgs, VulnsCommand};
use crate::{Context, output};

/// An enum value from a word (`critical`, `false-positive`) and its prefix.
fn enum_value<T>(kind: &str, word: &str, prefix: &str, parse: fn(&str) -> Option<T>) -> Result<T> {
    let name = format!(
        "{prefix}{}",
        word.trim().to_ascii_uppercase().replace('-', "_")
    );
    parse(&name).with_context(|| format!("unknown {kind} `{word}`"))
}

fn severity(word: &str) -> Result<i32> {
    enum_value("severity", word, "SEVERITY_", Severity::from_str_name).map(|s| s as i32)
}

fn status(word: &str) -> Result<i32> {
    enum_value(
        "status",
        word,
        "VULNERABILITY_STATUS_",
        VulnerabilityStatus::from_str_name,
    )
    .map(|s| s as i32)
}

/// A timestamp from `YYYY-MM-DD` (midnight UTC) or RFC 3339.
fn timestamp(text: &str) -> Result<pbjson_types::Timestamp> {
    let text = text.trim();
    let full = if text.len() == 10 {
        format!("{text}T00:00:00Z")
    } else {
        text.to_owned()
    };
    serde_json::from_value(serde_json::Value::String(full))
        .with_context(|| format!("`{text}` is not a date (YYYY-MM-DD) or RFC 3339 time"))
}

/// Runs a `vulns` command.
pub async fn run(context: &Context, command: VulnsCommand) -> Result<u8> {
    let secureflow = context.connect().await?;
    match command {
        VulnsCommand::List(args) => list(context, &secureflow, args).await,
        VulnsCommand::Show { id } => show(context, &secureflow, id).await,
        VulnsCommand::SetStatus(args) => set_status(context, &secureflow, args).await,
    }
}

async fn list(context: &Context, secureflow: &SecureFlow, args: ListArgs) -> Result<u8> {
    if context.output == OutputFormat::Sarif {
        // The SARIF comes from the server's findings report: every open
        // vulnerability of the repository. Other filters would be silently lost.
        let filtered = !args.severities.is_empty()
            || !args.statuses.is_empty()
            || !args.tools.is_empty()
            || args.branch.is_some()
            || args.query.is_some()
            || args.order_by.is_some();
        if filtered {
            bail!(
                "-o sarif lists every open vulnerability (of --repo); other filters do not apply to it"
            );
        }
        if args.repos.len() > 1 {
            bail!(
                "-o sarif lists one repository's vulnerabilities (or every one): give one --repo at most"
            );
        }
        return sarif(
            secureflow,
            args.repos.into_iter().next().unwrap_or_default(),
        )
        .await;
    }
    // One repository is `repository_id` (which every server knows), several
    // are `repository_ids`.
    let (repository_id, repository_ids) = match <[String; 1]>::try_from(args.repos) {
        Ok([one]) => (one, Vec::new()),
        Err(repos) => (String::new(), repos),
    };
    let request = ListVulnerabilitiesRequest {
        severities: args
            .severities
            .iter()
            .map(|s| severity(s))
            .collect::<Result<_>>()?,
        statuses: args
            .statuses
            .iter()
            .map(|s| status(s))
            .collect::<Result<_>>()?,
        repository_id,
        repository_ids,
        branch: args.branch.unwrap_or_default(),
        tools: args.tools,
        query: args.query.unwrap_or_default(),
        order_by: args.order_by.unwrap_or_default(),
        page_size: i32::try_from(args.limit.min(1000)).unwrap_or(1000),
        // A table shows none of the long texts: ask for the smaller view.
        view: if context.output == OutputFormat::Json {
            VulnerabilityView::Full
        } else {
            VulnerabilityView::Basic
        } as i32,
        ..ListVulnerabilitiesRequest::default()
    };
    let mut found: Vec<Vulnerability> = Vec::new();
    let mut total = 0;
    let mut page_token = String::new();
    loop {
        let page_request = ListVulnerabilitiesRequest {
            page_token: page_token.clone(),
            ..request.clone()
        };
        let page = secureflow
            .idempotent(|| {
                let mut client = secureflow.security();
                let request = secureflow.request(page_request.clone());
                async move { client.list_vulnerabilities(request).await }
            })
            .await?
            .into_inner();
        total = total.max(page.total_size);
        found.extend(page.vulnerabilities);
        page_token = page.next_page_token;
        if page_token.is_empty() || found.len() >= args.limit {
            break;
        }
    }
    found.truncate(args.limit);
    if context.output == OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(&found)?);
        return Ok(0);
    }
    let mut table = output::table(&[
        "id", "severity", "risk", "status", "tool", "location", "title",
    ]);
    for vulnerability in &found {
        table.add_row(vec![
            vulnerability.id.clone(),
            output::severity(vulnerability.severity).to_owned(),
            vulnerability
                .risk
                .as_ref()
                .map_or(String::new(), |risk| format!("{:.1}", risk.score)),
            output::status(vulnerability.status).to_owned(),
            vulnerability.tools.join(","),
            output::location(vulnerability),
            vulnerability.title.chars().take(80).collect(),
        ]);
    }
    println!("{table}");
    eprintln!("{} shown of {total}", found.len());
    Ok(0)
}

/// Every open vulnerability (of `repository`, or all) as SARIF, from the
/// server's findings report.
async fn sarif(secureflow: &SecureFlow, repository: String) -> Result<u8> {
    let mut security = secureflow.security();
    let mut report = security
        .create_report(secureflow.request(CreateReportRequest {
            reuse_within: None,
            report: Some(Report {
                kind: ReportKind::Findings as i32,
                format: ReportFormat::Sarif as i32,
                repository_id: repository,
                ..Report::default()
            }),
        }))
        .await?
        .into_inner()
        .report
        .unwrap_or_default();
    while report.status == ReportStatus::Pending as i32 {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        report = security
            .get_report(secureflow.request(GetReportRequest {
                id: report.id.clone(),
            }))
            .await?
            .into_inner()
            .report
            .unwrap_or_default();
    }
    if report.status != ReportStatus::Ready as i32 {
        bail!("the SARIF report failed: {}", report.error);
    }
    use std::io::Write;
    std::io::stdout().write_all(&report.content)?;
    Ok(0)
}

async fn show(context: &Context, secureflow: &SecureFlow, id: String) -> Result<u8> {
    let vulnerability = secureflow
        .idempotent(|| {
            let mut client = secureflow.security();
            let request = secureflow.request(GetVulnerabilityRequest { id: id.clone() });
            async move { client.get_vulnerability(request).await }
        })
        .await?
        .into_inner()
        .vulnerability
        .unwrap_or_default();
    if context.output == OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(&vulnerability)?);
        return Ok(0);
    }
    let v = &vulnerability;
    println!("{} — {}", v.id, v.title);
    println!(
        "  {} · {} · {} · {} {}",
        output::severity(v.severity),
        output::status(v.status),
        v.tools.join(", "),
        v.repository_id,
        v.branch
    );
    println!("  at {}", output::location(v));
    for (label, value) in [("CVE", &v.cve_id), ("CWE", &v.cwe_id), ("rule", &v.rule_id)] {
        if !value.is_empty() {
            println!("  {label}: {value}");
        }
    }
    if let Some(risk) = &v.risk {
        println!("  risk {:.1}:", risk.score);
        for factor in &risk.factors {
            println!("    {:+6.1}  {}", factor.contribution, factor.explanation);
        }
    }
    if v.sla_breached {
        println!("  SLA breached");
    }
    if !v.remediation.is_empty() {
        println!("  remediation: {}", v.remediation);
    }
    println!("  {} occurrences", v.occurrences.len());
    for occurrence in v.occurrences.iter().take(10) {
        println!(
            "    {} {} {}:{} — {}",
            occurrence.tool,
            occurrence.rule_id,
            occurrence.file_path,
            occurrence.line_number,
            occurrence.merge_reason
        );
    }
    Ok(0)
}

async fn set_status(context: &Context, secureflow: &SecureFlow, args: SetStatusArgs) -> Result<u8> {
    let request = UpdateVulnerabilityStatusRequest {
        id: args.id,
        status: status(&args.status)?,
        justification: args.justification.unwrap_or_default(),
        accepted_until: args.expires.as_deref().map(timestamp).transpose()?,
    };
    let vulnerability = secureflow
        .security()
        .update_vulnerability_status(secureflow.request(request))
        .await?
        .into_inner()
        .vulnerability
        .unwrap_or_default();
    if context.output == OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(&vulnerability)?);
    } else {
        println!(
            "{}: {}",
            vulnerability.id,
            output::status(vulnerability.status)
        );
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_enum_values() {
        assert_eq!(
            severity("Critical").expect("known"),
            Severity::Critical as i32
        );
        assert_eq!(
            status("false-positive").expect("known"),
            VulnerabilityStatus::FalsePositive as i32
        );
        let error = severity("urgent").expect_err("unknown").to_string();
        assert!(error.contains("unknown severity `urgent`"), "{error}");
    }

    #[test]
    fn dates_and_times_are_read() {
        assert_eq!(timestamp("1970-01-02").expect("date").seconds, 86_400);
        assert_eq!(timestamp("1970-01-01T00:01:00Z").expect("time").seconds, 60);
        assert!(timestamp("next week").is_err());
    }
}
