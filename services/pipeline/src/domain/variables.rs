//! `${NAME}` references: a pipeline's variables, a stage's or step's `env`,
//! the execution's built-in values (`SECUREFLOW_*`), and secrets by
//! reference (`${secrets.NAME}`, resolved only when a step runs and masked
//! in its logs). `$$` writes a literal `$`; a `$` not followed by `{` or `$`
//! is left as it is (shell variables such as `$HOME` pass through to the
//! step's shell).

use std::collections::BTreeMap;

/// Variables every execution defines.
pub const BUILT_INS: &[&str] = &[
    "SECUREFLOW_PIPELINE",
    "SECUREFLOW_EXECUTION_ID",
    "SECUREFLOW_EXECUTION_NUMBER",
    "SECUREFLOW_BRANCH",
    "SECUREFLOW_COMMIT",
    "SECUREFLOW_EVENT",
    "SECUREFLOW_WORKDIR",
    "SECUREFLOW_STAGE",
    "SECUREFLOW_STEP",
];

/// What a reference names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    /// A variable (`${NAME}`).
    Variable(String),
    /// A secret (`${secrets.NAME}`).
    Secret(String),
}

/// A reference that cannot be read: `(byte offset in the text, what is wrong)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed(pub usize, pub String);

/// The pieces of a text: literal text and references, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece<'a> {
    Text(&'a str),
    Dollar,
    Reference(Reference),
}

/// Whether `name` is a variable name (`[A-Za-z_][A-Za-z0-9_]*`).
pub fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn pieces(text: &str) -> Result<Vec<Piece<'_>>, Malformed> {
    let mut pieces = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(at) = rest.find('$') {
        if at > 0 {
            pieces.push(Piece::Text(&rest[..at]));
        }
        let after = &rest[at + 1..];
        if let Some(stripped) = after.strip_prefix('$') {
            pieces.push(Piece::Dollar);
            offset += at + 2;
            rest = stripped;
            continue;
        }
        let Some(inner) = after.strip_prefix('{') else {
            pieces.push(Piece::Text("$"));
            offset += at + 1;
            rest = after;
            continue;
        };
        let Some(end) = inner.find('}') else {
            return Err(Malformed(offset + at, "`${` is not closed by `}`".into()));
        };
        let name = inner[..end].trim();
        let reference = match name.strip_prefix("secrets.") {
            Some(secret) if is_name(secret) => Reference::Secret(secret.to_owned()),
            None if is_name(name) => Reference::Variable(name.to_owned()),
            _ => {
                return Err(Malformed(
                    offset + at,
                    format!(
                        "`${{{name}}}` is not a reference: write `${{NAME}}` or `${{secrets.NAME}}` \
                         (letters, digits and `_`, not starting with a digit)"
                    ),
                ));
            }
        };
        pieces.push(Piece::Reference(reference));
        let consumed = at + 2 + end + 1;
        offset += consumed;
        rest = &rest[consumed..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest));
    }
    Ok(pieces)
}

/// The references in `text`, in order.
pub fn references(text: &str) -> Result<Vec<Reference>, Malformed> {
    Ok(pieces(text)?
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Reference(reference) => Some(reference),
            _ => None,
        })
        .collect())
}

/// `text` with its references replaced: variables from `values`, secrets
/// from `secrets`; a name in neither is an error naming it.
pub fn expand(
    text: &str,
    values: &BTreeMap<String, String>,
    secrets: &BTreeMap<String, String>,
) -> Result<String, Malformed> {
    let mut expanded = String::with_capacity(text.len());
    for piece in pieces(text)? {
        match piece {
            Piece::Text(literal) => expanded.push_str(literal),
            Piece::Dollar => expanded.push('$'),
            Piece::Reference(Reference::Variable(name)) => match values.get(&name) {
                Some(value) => expanded.push_str(value),
                None => return Err(Malformed(0, format!("`${{{name}}}` is not defined"))),
            },
            Piece::Reference(Reference::Secret(name)) => match secrets.get(&name) {
                Some(value) => expanded.push_str(value),
                None => {
                    return Err(Malformed(
                        0,
                        format!("the secret `{name}` is not set for this pipeline"),
                    ));
                }
            },
        }
    }
    Ok(expanded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read_in_order_and_dollars_escaped() {
        assert_eq!(
            references("run ${TOOL} --token ${secrets.API_TOKEN} $HOME $$ ${ X }").expect("read"),
            vec![
                Reference::Variable("TOOL".into()),
                Reference::Secret("API_TOKEN".into()),
                Reference::Variable("X".into()),
            ]
        );
        let values = BTreeMap::from([("TOOL".to_owned(), "semgrep".to_owned())]);
        let secrets = BTreeMap::from([("API_TOKEN".to_owned(), "s3cr3t".to_owned())]);
        assert_eq!(
            expand("${TOOL} $$5 $HOME ${secrets.API_TOKEN}", &values, &secrets).expect("read"),
            "semgrep $5 $HOME s3cr3t"
        );
    }

    #[test]
    fn malformed_and_unknown_references_are_named() {
        let Malformed(at, message) = references("ok ${NOT CLOSED").expect_err("refused");
        assert_eq!(at, 3);
        assert!(message.contains("not closed"), "{message}");
        let Malformed(at, message) = references("a ${1X}").expect_err("refused");
        assert_eq!(at, 2);
        assert!(message.contains("`${1X}`"), "{message}");
        assert!(references("${secrets.}").is_err());
        let none = BTreeMap::new();
        let Malformed(_, message) = expand("${MISSING}", &none, &none).expect_err("refused");
        assert!(message.contains("`${MISSING}` is not defined"), "{message}");
        let Malformed(_, message) = expand("${secrets.K}", &none, &none).expect_err("refused");
        assert!(message.contains("secret `K`"), "{message}");
    }
}
