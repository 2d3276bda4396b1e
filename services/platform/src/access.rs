//! The access rule of every RPC, read from the contracts.
//!
//! Each RPC declares `option (secureflow.options.v1.access)` in its `.proto`
//! file. [`AccessTable`] reads those options from the descriptor set once at
//! start-up, so the authorisation layer enforces exactly what the contract says
//! and a contract without a rule is refused before the server starts.

use std::collections::{BTreeSet, HashMap};

use prost_reflect::{DescriptorPool, DynamicMessage, Value};

/// Full name of the method option that carries the rule.
pub const ACCESS_OPTION: &str = "secureflow.options.v1.access";

/// Who may call one RPC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessRule {
    /// Anyone, without credentials.
    Anonymous,
    /// Any authenticated caller.
    Authenticated,
    /// Callers holding this permission in the organisation the request is scoped to.
    Permission(String),
}

/// A contract whose access rules are missing or contradictory.
#[derive(Debug, thiserror::Error)]
pub enum AccessTableError {
    /// The descriptor set does not decode.
    #[error("the descriptor set does not decode: {0}")]
    Descriptor(#[from] prost_reflect::DescriptorError),
    /// The option itself is not in the descriptor set.
    #[error("the descriptor set does not define `{ACCESS_OPTION}`")]
    MissingExtension,
    /// An RPC has no rule.
    #[error("RPC `{0}` declares no `({ACCESS_OPTION})` option")]
    MissingRule(String),
    /// An RPC's rule is not exactly one of anonymous, authenticated or a permission.
    #[error("RPC `{method}` has an invalid access rule: {problem}")]
    InvalidRule {
        /// The RPC.
        method: String,
        /// What is wrong.
        problem: &'static str,
    },
}

/// Access rules of every RPC, keyed by gRPC path (`/pkg.Service/Method`).
#[derive(Debug, Clone, Default)]
pub struct AccessTable {
    rules: HashMap<String, AccessRule>,
    /// RPCs that change state: their HTTP rule uses a verb other than GET.
    mutating: std::collections::HashSet<String>,
    /// RPCs whose request is a client stream.
    client_streaming: std::collections::HashSet<String>,
}

impl AccessTable {
    /// Reads the rules of every service in `services` (full names) from an
    /// encoded `FileDescriptorSet`.
    pub fn from_descriptor_set(bytes: &[u8], services: &[&str]) -> Result<Self, AccessTableError> {
        let pool = DescriptorPool::decode(bytes)?;
        let extension = pool
            .get_extension_by_name(ACCESS_OPTION)
            .ok_or(AccessTableError::MissingExtension)?;
        let http = pool.get_extension_by_name("google.api.http");
        let mut table = Self::default();
        for service in pool
            .services()
            .filter(|service| services.contains(&service.full_name()))
        {
            for method in service.methods() {
                let name = format!("{}/{}", service.full_name(), method.name());
                let path = format!("/{name}");
                let reads_only = http.as_ref().is_some_and(|http| {
                    matches!(method.options().get_extension(http).as_ref(), Value::Message(rule)
                        if rule.has_field_by_name("get"))
                });
                if !reads_only {
                    table.mutating.insert(path.clone());
                }
                if method.is_client_streaming() {
                    table.client_streaming.insert(path.clone());
                }
                let options = method.options();
                if !options.has_extension(&extension) {
                    return Err(AccessTableError::MissingRule(name));
                }
                let rule = match options.get_extension(&extension).as_ref() {
                    Value::Message(access) => parse_rule(&name, access)?,
                    _ => return Err(AccessTableError::MissingRule(name)),
                };
                table.rules.insert(path, rule);
            }
        }
        Ok(table)
    }

    /// Whether the RPC at `path` changes state (audited).
    pub fn is_mutating(&self, path: &str) -> bool {
        self.mutating.contains(path)
    }

    /// Whether the RPC at `path` takes a client stream.
    pub fn is_client_streaming(&self, path: &str) -> bool {
        self.client_streaming.contains(path)
    }

    /// The rule for a gRPC path, or `None` for a path outside the contracts.
    pub fn rule(&self, path: &str) -> Option<&AccessRule> {
        self.rules.get(path)
    }

    /// Number of RPCs known.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when no RPC is known.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Every permission some RPC requires, sorted.
    pub fn permissions(&self) -> BTreeSet<&str> {
        self.rules
            .values()
            .filter_map(|rule| match rule {
                AccessRule::Permission(permission) => Some(permission.as_str()),
                _ => None,
            })
            .collect()
    }
}

fn parse_rule(method: &str, access: &DynamicMessage) -> Result<AccessRule, AccessTableError> {
    let text = |field: &str| match access.get_field_by_name(field).as_deref() {
        Some(Value::String(value)) => value.clone(),
        _ => String::new(),
    };
    let flag = |field: &str| {
        matches!(
            access.get_field_by_name(field).as_deref(),
            Some(Value::Bool(true))
        )
    };
    let permission = text("permission");
    let invalid = |problem| AccessTableError::InvalidRule {
        method: method.to_owned(),
        problem,
    };
    match (
        permission.is_empty(),
        flag("anonymous"),
        flag("authenticated"),
    ) {
        (false, false, false) if is_valid_permission(&permission) => {
            Ok(AccessRule::Permission(permission))
        }
        (false, false, false) => Err(invalid("permission must look like `resource.verb`")),
        (true, true, false) => Ok(AccessRule::Anonymous),
        (true, false, true) => Ok(AccessRule::Authenticated),
        (true, false, false) => Err(invalid("no permission, anonymous or authenticated given")),
        _ => Err(invalid(
            "give exactly one of permission, anonymous or authenticated",
        )),
    }
}

fn is_valid_permission(permission: &str) -> bool {
    let mut parts = permission.split('.');
    let valid_part = |part: Option<&str>| {
        part.is_some_and(|part| {
            !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        })
    };
    valid_part(parts.next()) && valid_part(parts.next()) && parts.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use secureflow_proto::{DOMAIN_SERVICES, FILE_DESCRIPTOR_SET};

    fn table() -> AccessTable {
        AccessTable::from_descriptor_set(FILE_DESCRIPTOR_SET, &DOMAIN_SERVICES)
            .expect("valid contracts")
    }

    #[test]
    fn every_rpc_of_every_domain_service_declares_its_access() {
        let table = table();
        let pool = DescriptorPool::decode(FILE_DESCRIPTOR_SET).expect("descriptors");
        let rpc_count: usize = DOMAIN_SERVICES
            .iter()
            .map(|name| {
                pool.get_service_by_name(name)
                    .expect("service exists")
                    .methods()
                    .len()
            })
            .sum();
        assert_eq!(table.len(), rpc_count);
        assert!(
            rpc_count > 100,
            "the v1 contracts cover the whole system ({rpc_count} RPCs)"
        );
    }

    #[test]
    fn rules_match_the_contract() {
        let table = table();
        assert_eq!(
            table.rule("/secureflow.repository.v1.RepositoryService/ListRepositories"),
            Some(&AccessRule::Permission("repositories.read".into()))
        );
        assert_eq!(
            table.rule("/secureflow.pipeline.v1.PipelineService/ExecutePipeline"),
            Some(&AccessRule::Permission("pipelines.execute".into()))
        );
        assert_eq!(
            table.rule("/secureflow.identity.v1.IdentityService/Login"),
            Some(&AccessRule::Anonymous)
        );
        assert_eq!(
            table.rule("/secureflow.identity.v1.IdentityService/Nope"),
            None
        );
        assert!(table.permissions().contains("security.manage"));
        assert!(table.is_mutating("/secureflow.identity.v1.IdentityService/RevokeApiToken"));
        assert!(!table.is_mutating("/secureflow.identity.v1.IdentityService/ListUsers"));
        assert!(table.is_client_streaming("/secureflow.security.v1.SecurityService/IngestReport"));
    }

    #[test]
    fn permission_names_are_resource_dot_verb() {
        assert!(is_valid_permission("repositories.read"));
        assert!(!is_valid_permission("repositories"));
        assert!(!is_valid_permission("Repositories.read"));
        assert!(!is_valid_permission("a.b.c"));
    }
}
