//! `policies`: the quality gates' policies.

use std::io::Read;

use anyhow::{Context as _, Result};
use secureflow_client::proto::secureflow::security::v1::{
    CreatePolicyRequest, DeletePolicyRequest, GetPolicyRequest, ListPoliciesRequest, Policy,
};

use crate::args::{OutputFormat, PoliciesCommand};
use crate::{Context, output};

fn print_policies(format: OutputFormat, policies: &[Policy]) -> Result<()> {
    if format == OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(policies)?);
        return Ok(());
    }
    let mut table = output::table(&[
        "id",
        "name",
        "enabled",
        "repository",
        "branches",
        "conditions",
    ]);
    for policy in policies {
        let scope = policy.scope.clone().unwrap_or_default();
        table.add_row(vec![
            policy.id.clone(),
            policy.name.clone(),
            policy.enabled.to_string(),
            if scope.repository_id.is_empty() {
                "(all)".to_owned()
            } else {
                scope.repository_id
            },
            if scope.branch_patterns.is_empty() {
                "(all)".to_owned()
            } else {
                scope.branch_patterns.join(" ")
            },
            policy.conditions.len().to_string(),
        ]);
    }
    println!("{table}");
    Ok(())
}

/// Runs a `policies` command.
pub async fn run(context: &Context, command: PoliciesCommand) -> Result<u8> {
    let secureflow = context.connect().await?;
    let mut security = secureflow.security();
    match command {
        PoliciesCommand::List => {
            let policies = secureflow
                .every_page(|page_token| {
                    let mut client = secureflow.security();
                    let request = secureflow.request(ListPoliciesRequest {
                        page_size: 500,
                        page_token,
                        ..ListPoliciesRequest::default()
                    });
                    async move {
                        let page = client.list_policies(request).await?.into_inner();
                        Ok((page.policies, page.next_page_token))
                    }
                })
                .await?;
            print_policies(context.output, &policies)?;
        }
        PoliciesCommand::Show { id } => {
            let policy = security
                .get_policy(secureflow.request(GetPolicyRequest { id }))
                .await?
                .into_inner()
                .policy
                .unwrap_or_default();
            // A policy's conditions read best as the JSON they are written in.
            println!("{}", serde_json::to_string_pretty(&policy)?);
        }
        PoliciesCommand::Create { file } => {
            let mut text = String::new();
            if file.as_os_str() == "-" {
                std::io::stdin().read_to_string(&mut text)?;
            } else {
                text = std::fs::read_to_string(&file)
                    .with_context(|| format!("{}", file.display()))?;
            }
            let policy: Policy = serde_json::from_str(&text)
                .with_context(|| format!("{}: not a policy in proto3 JSON", file.display()))?;
            let created = security
                .create_policy(secureflow.request(CreatePolicyRequest {
                    policy: Some(policy),
                }))
                .await?
                .into_inner()
                .policy
                .unwrap_or_default();
            let json = context.output == OutputFormat::Json;
            output::print_created(json, "policy", &created, &created.name, &created.id)?;
        }
        PoliciesCommand::Delete { id } => {
            security
                .delete_policy(secureflow.request(DeletePolicyRequest { id: id.clone() }))
                .await?;
            eprintln!("deleted policy {id}");
        }
    }
    Ok(0)
}
