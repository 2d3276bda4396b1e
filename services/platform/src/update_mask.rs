//! `update_mask` of `Update*` requests (AIP-134), one reading for every service.

use std::collections::BTreeSet;

use crate::error::{Error, Result};

/// The fields an update names: those of `mask` (a request's
/// `update_mask.paths`), every updatable field when it is empty. A path that
/// is not in `updatable` is refused, naming it and what can be updated.
pub fn fields(mask: &[String], updatable: &[&'static str]) -> Result<BTreeSet<&'static str>> {
    if mask.is_empty() {
        return Ok(updatable.iter().copied().collect());
    }
    let mut fields = BTreeSet::new();
    for (index, path) in mask.iter().enumerate() {
        let field = updatable
            .iter()
            .find(|field| **field == path)
            .ok_or_else(|| {
                Error::invalid_field(
                    format!("update_mask.paths[{index}]"),
                    format!(
                        "`{path}` cannot be updated; updatable: {}",
                        updatable.join(", ")
                    ),
                )
            })?;
        fields.insert(*field);
    }
    Ok(fields)
}

/// The value a field takes in an update: `new` when the update names it
/// (`fields`, from [`fields`]), else a copy of `current`.
pub fn pick<T: Clone>(fields: &BTreeSet<&str>, field: &str, new: T, current: &T) -> T {
    if fields.contains(field) {
        new
    } else {
        current.clone()
    }
}

/// The paths of an optional `FieldMask` (none: empty).
pub fn paths(mask: Option<pbjson_types::FieldMask>) -> Vec<String> {
    mask.map(|mask| mask.paths).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_mask_is_every_field_and_unknown_paths_are_named() {
        let all = fields(&[], &["name", "description"]).expect("empty mask");
        assert_eq!(all.len(), 2);
        let refused =
            fields(&["name".into(), "id".into()], &["name", "description"]).expect_err("id");
        let violation = &refused.violations()[0];
        assert_eq!(violation.field, "update_mask.paths[1]");
        assert!(violation.description.contains("`id` cannot be updated"));
    }
}
