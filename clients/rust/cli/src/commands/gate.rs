//! `gate check`: evaluate a branch's gate now.

use anyhow::Result;
use secureflow_client::proto::secureflow::security::v1::{
    EvaluateGateRequest, evaluate_gate_request::Target,
};

use crate::args::{GateCommand, OutputFormat};
use crate::{Context, EXIT_ERROR, EXIT_GATE_FAILED, output};

/// Runs a `gate` command: exit 1 when the policies' verdict is FAIL, 2 when
/// the gate could not be evaluated.
pub async fn run(context: &Context, command: GateCommand) -> Result<u8> {
    let GateCommand::Check(scope) = command;
    let origin = super::origin(&scope)?;
    let secureflow = context.connect().await?;
    let request = EvaluateGateRequest {
        repository_id: origin.repository.clone(),
        branch: origin.branch.clone(),
        base_branch: origin.base_branch.clone(),
        target: (!origin.commit.is_empty()).then(|| Target::CommitSha(origin.commit.clone())),
    };
    let evaluation = secureflow
        .idempotent(|| {
            let mut client = secureflow.security();
            let request = secureflow.request(request.clone());
            async move { client.evaluate_gate(request).await }
        })
        .await?
        .into_inner()
        .evaluation
        .unwrap_or_default();
    if context.output == OutputFormat::Json {
        println!("{}", output::gate_json(&evaluation));
    } else if evaluation.policies.is_empty() {
        println!(
            "gate: no policy applies to {} {}",
            origin.repository, origin.branch
        );
    } else {
        output::print_gate(&evaluation);
    }
    Ok(match output::gate_outcome(&evaluation) {
        output::GateOutcome::Failed => EXIT_GATE_FAILED,
        output::GateOutcome::Unevaluated => EXIT_ERROR,
        output::GateOutcome::Passed => 0,
    })
}
