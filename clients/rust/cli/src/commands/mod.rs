//! One module per command group; each returns the process's exit code.

pub mod demo;
pub mod gate;
pub mod login;
pub mod notify;
pub mod pipeline;
pub mod policies;
pub mod repos;
pub mod scan;
pub mod tokens;
pub mod vulns;

use anyhow::{Result, bail};

use crate::args::ScopeArgs;
use crate::ci::{self, Origin};

/// The scope of a command: its flags, else CI, else git; repository and branch
/// are required.
pub fn origin(scope: &ScopeArgs) -> Result<Origin> {
    let given = Origin {
        repository: scope.repo.clone().unwrap_or_default(),
        branch: scope.branch.clone().unwrap_or_default(),
        commit: scope.commit.clone().unwrap_or_default(),
        base_branch: scope.base_branch.clone().unwrap_or_default(),
        pull_request: scope.pull_request.unwrap_or(0),
        ci: "",
    };
    let env: std::collections::HashMap<String, String> = std::env::vars().collect();
    let directory = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let origin = ci::detect(given, &env, &directory);
    if origin.repository.is_empty() {
        bail!("cannot tell the repository: pass --repo (not in CI, and no git remote here)");
    }
    if origin.branch.is_empty() {
        bail!(
            "cannot tell the branch: pass --branch (not in CI, and git has no branch checked out)"
        );
    }
    Ok(origin)
}

/// The time `days` days from now.
pub fn days_from_now(days: i64) -> pbjson_types::Timestamp {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(0))
        .unwrap_or(0);
    pbjson_types::Timestamp {
        seconds: now + days * 86_400,
        nanos: 0,
    }
}
