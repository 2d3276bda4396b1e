//! The built-in roles and the permissions each grants.
//!
//! Permissions are named `<resource>.<verb>` exactly as the contracts declare them
//! (`option (secureflow.options.v1.access)`); a test checks that every permission
//! named here exists in the contracts and that Admin holds all of them.

use std::collections::BTreeSet;

/// Permissions over the whole installation rather than one organisation. No
/// tenant role grants them, Admin included: only the instance operator holds
/// them (the bootstrap admin token, and API tokens it creates).
pub const INSTANCE_PERMISSIONS: &[&str] = &["organizations.create"];

/// A role that ships with SecureFlow and cannot be changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltInRole {
    /// Fixed id.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// What it is for.
    pub description: &'static str,
    /// Permissions granted; `None` means every permission of an organisation
    /// (Admin: all but [`INSTANCE_PERMISSIONS`]).
    pub permissions: Option<&'static [&'static str]>,
}

const READ_EVERYTHING_SHARED: &[&str] = &[
    "organizations.read",
    "users.read",
    "teams.read",
    "roles.read",
    "repositories.read",
    "pipelines.read",
    "security.read",
    "tests.read",
    "workflows.read",
    "analytics.read",
    "notifications.read",
];

/// The roles of the architecture, in order of decreasing power.
pub const BUILT_IN_ROLES: [BuiltInRole; 7] = [
    BuiltInRole {
        id: "admin",
        name: "Admin",
        description: "Everything in the organisation, including its settings, users, roles, tokens and the audit log.",
        permissions: None,
    },
    BuiltInRole {
        id: "devops_engineer",
        name: "DevOps Engineer",
        description: "Repositories, pipelines and workflows; CI tokens; uploads scan and test results; system health.",
        permissions: Some(&[
            "organizations.read",
            "users.read",
            "teams.read",
            "roles.read",
            "repositories.read",
            "repositories.write",
            "repositories.delete",
            "pipelines.read",
            "pipelines.write",
            "pipelines.execute",
            "security.read",
            "security.write",
            "tests.read",
            "tests.write",
            "tests.execute",
            "workflows.read",
            "workflows.write",
            "workflows.execute",
            "analytics.read",
            "notifications.read",
            "notifications.send",
            "notifications.manage",
            "tokens.read",
            "tokens.manage",
            "system.read",
        ]),
    },
    BuiltInRole {
        id: "developer",
        name: "Developer",
        description: "Works on code: runs pipelines and tests, uploads results, reads findings.",
        permissions: Some(&[
            "organizations.read",
            "users.read",
            "teams.read",
            "roles.read",
            "repositories.read",
            "repositories.write",
            "pipelines.read",
            "pipelines.execute",
            "security.read",
            "security.write",
            "tests.read",
            "tests.write",
            "tests.execute",
            "workflows.read",
            "workflows.execute",
            "analytics.read",
            "notifications.read",
        ]),
    },
    BuiltInRole {
        id: "qa_engineer",
        name: "QA Engineer",
        description: "Owns test suites, their runs, coverage and trends.",
        permissions: Some(&[
            "organizations.read",
            "users.read",
            "teams.read",
            "roles.read",
            "repositories.read",
            "pipelines.read",
            "pipelines.execute",
            "security.read",
            "tests.read",
            "tests.write",
            "tests.execute",
            "workflows.read",
            "workflows.execute",
            "analytics.read",
            "notifications.read",
        ]),
    },
    BuiltInRole {
        id: "security_engineer",
        name: "Security Engineer",
        description: "Triages vulnerabilities, owns policies and gates, reads the audit log.",
        permissions: Some(&[
            "organizations.read",
            "users.read",
            "teams.read",
            "roles.read",
            "repositories.read",
            "pipelines.read",
            "security.read",
            "security.write",
            "security.triage",
            "security.manage",
            "tests.read",
            "workflows.read",
            "workflows.write",
            "workflows.execute",
            "workflows.approve",
            "analytics.read",
            "notifications.read",
            "notifications.send",
            "audit.read",
        ]),
    },
    BuiltInRole {
        id: "manager",
        name: "Manager",
        description: "Reads delivery and quality metrics, manages teams and performance reviews.",
        permissions: Some(&[
            "organizations.read",
            "users.read",
            "teams.read",
            "teams.manage",
            "roles.read",
            "repositories.read",
            "pipelines.read",
            "security.read",
            "tests.read",
            "workflows.read",
            "workflows.approve",
            "analytics.read",
            "hr.read",
            "hr.manage",
            "notifications.read",
        ]),
    },
    BuiltInRole {
        id: "viewer",
        name: "Viewer",
        description: "Reads what engineering sees; changes nothing.",
        permissions: Some(READ_EVERYTHING_SHARED),
    },
];

/// The built-in role with this id.
pub fn built_in(id: &str) -> Option<&'static BuiltInRole> {
    BUILT_IN_ROLES.iter().find(|role| role.id == id)
}

impl BuiltInRole {
    /// The permissions this role grants, given every permission the contracts know.
    pub fn grants(&self, all_permissions: &BTreeSet<String>) -> BTreeSet<String> {
        match self.permissions {
            None => all_permissions
                .iter()
                .filter(|permission| !INSTANCE_PERMISSIONS.contains(&permission.as_str()))
                .cloned()
                .collect(),
            Some(list) => list
                .iter()
                .map(|permission| (*permission).to_owned())
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secureflow_platform::access::AccessTable;

    fn contract_permissions() -> BTreeSet<String> {
        AccessTable::from_descriptor_set(
            secureflow_proto::FILE_DESCRIPTOR_SET,
            &secureflow_proto::DOMAIN_SERVICES,
        )
        .expect("contracts")
        .permissions()
        .into_iter()
        .map(str::to_owned)
        .collect()
    }

    #[test]
    fn every_permission_a_role_names_exists_in_the_contracts() {
        let known = contract_permissions();
        for role in BUILT_IN_ROLES {
            for permission in role.grants(&known) {
                assert!(
                    known.contains(&permission),
                    "{} grants unknown `{permission}`",
                    role.id
                );
            }
        }
    }

    #[test]
    fn admin_holds_everything_but_instance_permissions_and_viewer_only_reads() {
        let known = contract_permissions();
        let admin = built_in("admin").expect("admin").grants(&known);
        assert!(known.contains("organizations.create"));
        assert!(
            !admin.contains("organizations.create"),
            "tenants are the operator's"
        );
        assert_eq!(admin.len(), known.len() - INSTANCE_PERMISSIONS.len());
        let viewer = built_in("viewer").expect("viewer").grants(&known);
        assert!(
            viewer
                .iter()
                .all(|permission| permission.ends_with(".read"))
        );
        assert!(
            !viewer.contains("audit.read"),
            "the audit log is not for viewers"
        );
    }

    #[test]
    fn only_security_roles_and_admin_can_triage() {
        let known = contract_permissions();
        let triagers: Vec<&str> = BUILT_IN_ROLES
            .iter()
            .filter(|role| role.grants(&known).contains("security.triage"))
            .map(|role| role.id)
            .collect();
        assert_eq!(triagers, ["admin", "security_engineer"]);
    }
}
