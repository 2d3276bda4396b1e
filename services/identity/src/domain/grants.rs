//! The one rule for every change to who holds what: the caller must hold every
//! permission the change would give or take away, on the scope it applies to.
//! It guards role bindings, users' roles, custom roles' permissions, team
//! membership (a team's bindings pass to its members), deactivating or deleting
//! a user, and other people's API tokens. Nobody can make themselves or anyone
//! else more powerful than they are, nor disarm someone more powerful.

use std::collections::BTreeSet;

use secureflow_platform::auth::Caller;
use secureflow_platform::{Error, ErrorCode, Result};

/// Where a grant applies: organisation-wide, or on one resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    /// Everywhere in the organisation.
    Organization,
    /// One resource, keyed `<resource_type>:<id>` (`repository:r-1`).
    Resource(&'a str),
}

/// The permissions of `permissions` the caller does not hold on `scope`.
pub fn not_held<'a>(
    caller: &Caller,
    permissions: impl IntoIterator<Item = &'a String>,
    scope: Scope<'_>,
) -> BTreeSet<&'a str> {
    permissions
        .into_iter()
        .filter(|permission| match scope {
            Scope::Organization => !caller.has(permission),
            Scope::Resource(resource) => !caller.has_on(resource, permission),
        })
        .map(String::as_str)
        .collect()
}

/// Refuses `change` (what the caller tried, for the message) unless the caller
/// holds every one of `permissions` on `scope`.
pub fn require_held<'a>(
    caller: &Caller,
    permissions: impl IntoIterator<Item = &'a String>,
    scope: Scope<'_>,
    change: &str,
) -> Result<()> {
    let missing = not_held(caller, permissions, scope);
    if missing.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = missing.iter().map(|p| format!("`{p}`")).collect();
    let place = match scope {
        Scope::Organization => String::new(),
        Scope::Resource(resource) => format!(" on {resource}"),
    };
    Err(Error::new(
        ErrorCode::PermissionDenied,
        format!(
            "{change} would give or take away {}{place}, which you do not hold yourself",
            listed.join(", ")
        ),
    )
    .with_reason("GRANT_NOT_HELD"))
}

/// The permissions two grants differ by: what a change from `before` to
/// `after` gives or takes away.
pub fn difference(before: &BTreeSet<String>, after: &BTreeSet<String>) -> BTreeSet<String> {
    before.symmetric_difference(after).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use secureflow_platform::auth::CallerKind;
    use std::collections::BTreeMap;

    fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|item| (*item).to_owned()).collect()
    }

    fn manager() -> Caller {
        Caller {
            subject: "m".into(),
            kind: CallerKind::User,
            organization_id: "o".into(),
            user_id: Some("m".into()),
            permissions: set(&["teams.manage", "users.read"]),
            scoped_permissions: BTreeMap::from([(
                "repository:r-1".to_owned(),
                set(&["repositories.write"]),
            )]),
        }
    }

    #[test]
    fn a_grant_within_what_the_caller_holds_passes() {
        let caller = manager();
        assert!(require_held(&caller, &set(&["users.read"]), Scope::Organization, "x").is_ok());
        assert!(
            require_held(
                &caller,
                &set(&["repositories.write", "users.read"]),
                Scope::Resource("repository:r-1"),
                "x"
            )
            .is_ok()
        );
    }

    #[test]
    fn a_grant_beyond_it_is_refused_naming_what_is_missing() {
        let caller = manager();
        let error = require_held(
            &caller,
            &set(&["users.read", "users.manage", "audit.read"]),
            Scope::Organization,
            "binding role `admin`",
        )
        .expect_err("escalation");
        assert_eq!(error.code(), ErrorCode::PermissionDenied);
        assert!(error.message().contains("`audit.read`, `users.manage`"));
        assert!(!error.message().contains("`users.read`"));
        let scoped = require_held(
            &caller,
            &set(&["repositories.write"]),
            Scope::Resource("repository:r-2"),
            "x",
        )
        .expect_err("not on r-2");
        assert!(scoped.message().contains("on repository:r-2"));
        assert!(
            require_held(
                &caller,
                &set(&["repositories.write"]),
                Scope::Organization,
                "x"
            )
            .is_err(),
            "a scoped hold is not an organisation-wide one"
        );
    }

    #[test]
    fn the_difference_counts_what_is_given_and_what_is_taken() {
        let before = set(&["a.read", "b.read"]);
        let after = set(&["b.read", "c.read"]);
        assert_eq!(difference(&before, &after), set(&["a.read", "c.read"]));
        assert!(difference(&before, &before).is_empty());
    }
}
