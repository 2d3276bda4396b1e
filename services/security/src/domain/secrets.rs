//! Leaked secrets in findings: what counts as one, and how a finding that
//! carries one is kept. One rule for every format: the value never reaches the
//! store, the API, exports or search — only a salted hash (for deduplication)
//! and a short redacted preview. Parsers that know the exact value (Gitleaks,
//! TruffleHog, Trivy, Bandit's hard-coded-password checks) hand it to
//! [`conceal`]; [`protect`] runs over every parsed finding and conceals what
//! the parsers could only mark as a secret (a SARIF rule tagged as one, a
//! secret scanner's SARIF), taking the reported snippet as the secret.

use crate::domain::finding::{Finding, Kind, SecretEvidence};

/// Bandit's hard-coded password checks quote the password in their message:
/// B105 (string), B106 (function argument), B107 (default argument).
const BANDIT_PASSWORD_CHECKS: [&str; 3] = ["B105", "B106", "B107"];

/// How Bandit's hard-coded password messages introduce the value.
const BANDIT_PASSWORD_MESSAGE: &str = "Possible hardcoded password: ";

/// Shortest value replaced inside free text: shorter ones would blank out
/// ordinary words; their findings lose the snippet instead.
const SHORTEST_REPLACED: usize = 4;

/// Whether a SARIF tag or category marks a rule as a secret detector
/// (`secret`, `secrets`, `security/secret`, `hardcoded-credentials`…).
pub fn is_secret_tag(tag: &str) -> bool {
    let tag = tag.to_ascii_lowercase();
    tag.contains("secret") || tag.contains("credential") || tag.contains("hardcoded-password")
}

/// Whether a rule id names a secret detector (`generic.secrets.…`,
/// `hardcoded-password`…).
pub fn is_secret_rule(rule_id: &str) -> bool {
    let rule = rule_id.to_ascii_lowercase();
    rule.contains("secrets.")
        || rule.contains("hardcoded-secret")
        || rule.contains("hardcoded-password")
        || rule.contains("hardcoded_password")
        || BANDIT_PASSWORD_CHECKS
            .iter()
            .any(|check| rule.ends_with(&format!(":{}", check.to_ascii_lowercase())))
}

/// Marks `finding` as a secret finding for the value `secret`: its evidence
/// (hash and preview) is computed, and the value is replaced by the preview in
/// every text field, so no copy of it is stored.
pub fn conceal(finding: &mut Finding, secret: &str) {
    finding.kind = Kind::Secret;
    let secret = secret.trim();
    if secret.is_empty() {
        return;
    }
    let evidence = SecretEvidence::of(secret);
    // A short value is only replaced where it stands quoted; the snippet, which
    // holds it unquoted as often as not, is dropped.
    let forms: Vec<String> = if secret.chars().count() >= SHORTEST_REPLACED {
        vec![secret.to_owned()]
    } else {
        finding.snippet.clear();
        vec![format!("'{secret}'"), format!("\"{secret}\"")]
    };
    let redacted = |text: &str| {
        forms
            .iter()
            .any(|form| text.contains(form.as_str()))
            .then(|| {
                forms.iter().fold(text.to_owned(), |text, form| {
                    text.replace(form.as_str(), &evidence.preview)
                })
            })
    };
    for field in [
        &mut finding.title,
        &mut finding.snippet,
        &mut finding.remediation,
    ] {
        if let Some(text) = redacted(field) {
            *field = text;
        }
    }
    let shared = std::iter::once(&mut finding.description).chain(finding.references.iter_mut());
    for field in shared {
        if let Some(text) = redacted(field) {
            *field = text.into();
        }
    }
    if finding.snippet.is_empty() {
        finding.snippet = evidence.preview.clone();
    }
    finding.secret.get_or_insert(Box::new(evidence));
}

/// Conceals the secret of every finding that carries one and was not
/// concealed by its parser.
pub fn protect(findings: &mut [Finding]) {
    for finding in findings {
        if finding.secret.is_some() {
            continue;
        }
        if let Some(password) = bandit_password(finding) {
            conceal(finding, &password);
        } else if finding.kind == Kind::Secret || is_secret_rule(&finding.rule_id) {
            // A secret scanner's SARIF gives the match as the snippet.
            let snippet = finding.snippet.clone();
            conceal(finding, &snippet);
        }
    }
}

/// The password a Bandit hard-coded-password finding quotes.
fn bandit_password(finding: &Finding) -> Option<String> {
    if &*finding.tool != "bandit"
        || !BANDIT_PASSWORD_CHECKS
            .iter()
            .any(|check| finding.rule_id.ends_with(check))
    {
        return None;
    }
    let quoted = finding.title.split_once(BANDIT_PASSWORD_MESSAGE)?.1.trim();
    let unquoted = quoted
        .strip_prefix('\'')
        .and_then(|rest| rest.strip_suffix('\''))
        .unwrap_or(quoted);
    Some(unquoted.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::finding::Severity;

    #[test]
    fn bandit_passwords_leave_title_description_and_snippet() {
        let mut finding = Finding::new(
            "bandit",
            "hardcoded_password_string:B105",
            "Possible hardcoded password: 'correct-horse-battery'",
            Severity::Low,
            Kind::Sast,
        );
        finding.description = finding.title.clone().into();
        finding.snippet = "PASSWORD = 'correct-horse-battery'".into();
        let mut findings = vec![finding];
        protect(&mut findings);
        let finding = &findings[0];
        for text in [&finding.title, &*finding.description, &finding.snippet] {
            assert!(!text.contains("correct-horse-battery"), "{text}");
            assert!(!text.contains("horse"), "{text}");
        }
        assert_eq!(finding.kind, Kind::Secret);
        let evidence = finding.secret.as_deref().expect("evidence");
        assert_eq!(evidence, &SecretEvidence::of("correct-horse-battery"));
    }

    #[test]
    fn short_passwords_are_replaced_where_quoted_and_the_snippet_dropped() {
        let mut finding = Finding::new(
            "bandit",
            "hardcoded_password_funcarg:B106",
            "Possible hardcoded password: 'abc'",
            Severity::Low,
            Kind::Sast,
        );
        finding.snippet = "connect(password=abc)".into();
        let mut findings = vec![finding];
        protect(&mut findings);
        assert!(
            !findings[0].title.contains("'abc'"),
            "{}",
            findings[0].title
        );
        assert!(
            !findings[0].snippet.contains("abc"),
            "{}",
            findings[0].snippet
        );
    }

    #[test]
    fn a_secret_scanners_snippet_is_the_secret() {
        let mut finding = Finding::new(
            "gitleaks",
            "aws-access-token",
            "aws-access-token has detected secret AKIAIOSFODNN7EXAMPLE",
            Severity::High,
            Kind::Secret,
        );
        finding.snippet = "AKIAIOSFODNN7EXAMPLE".into();
        let mut findings = vec![finding];
        protect(&mut findings);
        assert!(!findings[0].title.contains("IOSFODNN7"));
        assert!(!findings[0].snippet.contains("IOSFODNN7"));
        assert!(findings[0].secret.is_some());
    }

    #[test]
    fn ordinary_findings_are_left_alone() {
        let mut finding = Finding::new(
            "semgrep",
            "python.eval",
            "eval of input",
            Severity::High,
            Kind::Sast,
        );
        finding.snippet = "eval(request.args['x'])".into();
        let before = finding.clone();
        let mut findings = vec![finding];
        protect(&mut findings);
        assert_eq!(findings[0], before);
    }

    #[test]
    fn secret_tags_and_rules_are_recognised() {
        assert!(is_secret_tag("security/secret"));
        assert!(is_secret_tag("Secrets"));
        assert!(!is_secret_tag("security"));
        assert!(is_secret_rule(
            "generic.secrets.security.detected-aws-access-key"
        ));
        assert!(is_secret_rule("hardcoded_password_funcarg:B106"));
        assert!(!is_secret_rule("python.lang.security.eval"));
    }
}
