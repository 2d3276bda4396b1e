//! Quality-gate evaluation: a policy's conditions over the open findings of a
//! branch, "new" meaning absent from the base branch. Pure: the caller loads
//! the findings and the policies. A condition that cannot be evaluated fails
//! closed (FAIL, `evaluation_error`, with the reason).

use std::collections::HashMap;
use std::sync::Arc;

use crate::domain::finding::{Kind, Severity};

/// Which findings a condition counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FindingSet {
    /// Those absent from the base branch.
    #[default]
    New,
    /// Every open finding of the branch.
    Total,
}

/// Which kind of finding a threshold counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KindFilter {
    /// Any kind.
    #[default]
    Any,
    /// One kind.
    Kind(Kind),
    /// Licence findings (`license:…` rules).
    License,
}

/// A gate's verdict, from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Verdict {
    /// Nothing violated.
    #[default]
    Pass,
    /// Violated conditions that only warn.
    Warn,
    /// A violated condition that fails, or one that could not be evaluated.
    Fail,
}

/// What a condition checks.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// At most `max_count` findings of the set, at or above `min_severity`, of
    /// `tool` (empty: any) and `kind`.
    Threshold {
        /// Findings counted.
        set: FindingSet,
        /// Lowest severity counted (`None`: any).
        min_severity: Option<Severity>,
        /// Most allowed.
        max_count: i64,
        /// Tool (empty: any).
        tool: String,
        /// Kind.
        kind: KindFilter,
    },
    /// No finding of the set reveals a secret.
    AnySecret {
        /// Findings counted.
        set: FindingSet,
    },
    /// No finding of the set has a CVE in the KEV catalogue.
    KnownExploited {
        /// Findings counted.
        set: FindingSet,
    },
    /// No finding of the set has a risk score above `threshold`.
    RiskScore {
        /// Findings counted.
        set: FindingSet,
        /// 0–100.
        threshold: f64,
    },
    /// No open finding at or above `min_severity` is past its SLA deadline.
    SlaBreach {
        /// Lowest severity counted (`None`: any).
        min_severity: Option<Severity>,
    },
    /// No open component has a licence of the list.
    LicenseDeny {
        /// Denied licences (SPDX ids, any case).
        denied_licenses: Vec<String>,
    },
    /// A CEL expression over `findings` and `new_findings` is not true.
    Cel {
        /// The expression.
        expression: String,
        /// What a violation says (empty: the expression).
        message: String,
    },
}

/// One condition of a policy.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// What it checks (`None`: nothing set, which fails closed).
    pub rule: Option<Rule>,
    /// The verdict when violated (WARN or FAIL).
    pub on_violation: Verdict,
}

/// A policy as the gate evaluates it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Policy {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Branch globs it applies to (none: every branch).
    pub branch_patterns: Vec<String>,
    /// Conditions.
    pub conditions: Vec<Condition>,
}

/// A condition that did not pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionResult {
    /// Its position in the policy.
    pub condition_index: usize,
    /// WARN or FAIL.
    pub verdict: Verdict,
    /// What was violated.
    pub message: String,
    /// Vulnerabilities concerned (at most [`MAX_IDS`]).
    pub vulnerability_ids: Vec<String>,
    /// The condition could not be evaluated (it fails closed).
    pub evaluation_error: bool,
}

/// One policy's verdict.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyResult {
    /// Policy id.
    pub policy_id: String,
    /// Policy name.
    pub policy_name: String,
    /// Worst verdict of its conditions.
    pub verdict: Verdict,
    /// Conditions that did not pass.
    pub violations: Vec<ConditionResult>,
}

/// Most vulnerability ids listed under one violated condition.
pub const MAX_IDS: usize = 100;

/// What a gate needs to know of one open vulnerability.
#[derive(Debug, Clone, PartialEq)]
pub struct GateFinding {
    /// Vulnerability id.
    pub id: String,
    /// Severity.
    pub severity: Severity,
    /// Kind.
    pub kind: Kind,
    /// Every tool that reported it.
    pub tools: Vec<String>,
    /// Rule id (`license:GPL-3.0` for licence findings).
    pub rule_id: String,
    /// CVE id, or empty.
    pub cve_id: String,
    /// CWE number, or 0.
    pub cwe: u32,
    /// File path.
    pub file_path: String,
    /// Component name, or empty.
    pub component: String,
    /// Component version, or empty.
    pub component_version: String,
    /// Risk score, 0–100.
    pub risk: f64,
    /// The CVE is in the KEV catalogue.
    pub known_exploited: bool,
    /// EPSS probability, if scored.
    pub epss: Option<f64>,
    /// Past its SLA deadline.
    pub sla_breached: bool,
}

/// The findings a gate is evaluated over.
#[derive(Debug, Clone, Copy)]
pub struct Findings<'a> {
    /// Every open vulnerability of the branch.
    pub open: &'a [GateFinding],
    /// Whether each of `open` is new (absent from the base branch).
    pub new: &'a [bool],
    /// Why "new" cannot be told (the base branch was never scanned), if so.
    pub new_unknown: Option<&'a str>,
    /// Whether a KEV catalogue was ever imported.
    pub kev_imported: bool,
}

impl Findings<'_> {
    fn set(&self, set: FindingSet) -> Result<Vec<&GateFinding>, String> {
        if set == FindingSet::Total {
            return Ok(self.open.iter().collect());
        }
        if let Some(reason) = self.new_unknown {
            return Err(reason.to_owned());
        }
        Ok(self
            .open
            .iter()
            .zip(self.new)
            .filter(|(_, new)| **new)
            .map(|(finding, _)| finding)
            .collect())
    }
}

fn set_word(set: FindingSet) -> &'static str {
    if set == FindingSet::Total {
        "open"
    } else {
        "new"
    }
}

fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Sast => "SAST",
        Kind::Dependency => "DEPENDENCY",
        Kind::Secret => "SECRET",
        Kind::Iac => "IAC",
        Kind::Dast => "DAST",
        Kind::Container => "CONTAINER",
    }
}

fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "INFO",
        Severity::Low => "LOW",
        Severity::Medium => "MEDIUM",
        Severity::High => "HIGH",
        Severity::Critical => "CRITICAL",
    }
}

/// The licence a licence finding is about (`license:GPL-3.0` → `GPL-3.0`).
pub fn license_of(finding: &GateFinding) -> Option<&str> {
    finding.rule_id.strip_prefix("license:")
}

fn ids(findings: &[&GateFinding]) -> Vec<String> {
    findings
        .iter()
        .take(MAX_IDS)
        .map(|finding| finding.id.clone())
        .collect()
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("1 {word}")
    } else {
        format!("{count} {word}s")
    }
}

/// A violated condition, or an evaluation error.
enum Check {
    Met,
    Violated { message: String, ids: Vec<String> },
    Error(String),
}

fn any(matching: Vec<&GateFinding>, what: &str, set: FindingSet) -> Check {
    if matching.is_empty() {
        return Check::Met;
    }
    Check::Violated {
        message: format!(
            "{} {what}",
            plural(matching.len(), &format!("{} finding", set_word(set)))
        ),
        ids: ids(&matching),
    }
}

fn check(rule: &Rule, findings: &Findings<'_>) -> Check {
    let result = (|| -> Result<Check, String> {
        Ok(match rule {
            Rule::Threshold {
                set,
                min_severity,
                max_count,
                tool,
                kind,
            } => {
                if *max_count < 0 {
                    return Err(format!("max_count {max_count} is negative"));
                }
                let matching: Vec<&GateFinding> = findings
                    .set(*set)?
                    .into_iter()
                    .filter(|f| min_severity.is_none_or(|min| f.severity >= min))
                    .filter(|f| tool.is_empty() || f.tools.iter().any(|t| t == tool))
                    .filter(|f| match kind {
                        KindFilter::Any => true,
                        KindFilter::Kind(kind) => f.kind == *kind,
                        KindFilter::License => license_of(f).is_some(),
                    })
                    .collect();
                let allowed = usize::try_from(*max_count).unwrap_or(usize::MAX);
                if matching.len() <= allowed {
                    Check::Met
                } else {
                    let mut what = set_word(*set).to_owned();
                    if let Some(min) = min_severity {
                        what = format!("{what} {}+", severity_word(*min));
                    }
                    if let KindFilter::Kind(kind) = kind {
                        what = format!("{what} {}", kind_word(*kind));
                    }
                    let mut message = format!(
                        "{}, at most {max_count} allowed",
                        plural(matching.len(), &format!("{what} finding")),
                    );
                    if !tool.is_empty() {
                        message = format!("{message} (tool {tool})");
                    }
                    Check::Violated {
                        message,
                        ids: ids(&matching),
                    }
                }
            }
            Rule::AnySecret { set } => {
                let matching = findings
                    .set(*set)?
                    .into_iter()
                    .filter(|f| f.kind == Kind::Secret)
                    .collect();
                any(matching, "reveal a secret", *set)
            }
            Rule::KnownExploited { set } => {
                if !findings.kev_imported {
                    return Err(
                        "no KEV catalogue has been imported (ImportThreatIntel), so known exploitation cannot be checked"
                            .to_owned(),
                    );
                }
                let matching = findings
                    .set(*set)?
                    .into_iter()
                    .filter(|f| f.known_exploited)
                    .collect();
                any(
                    matching,
                    "with a CVE in CISA's Known Exploited Vulnerabilities catalogue",
                    *set,
                )
            }
            Rule::RiskScore { set, threshold } => {
                if !(0.0..=100.0).contains(threshold) {
                    return Err(format!("risk threshold {threshold} is outside 0–100"));
                }
                let matching = findings
                    .set(*set)?
                    .into_iter()
                    .filter(|f| f.risk > *threshold)
                    .collect();
                any(
                    matching,
                    &format!("with a risk score above {threshold}"),
                    *set,
                )
            }
            Rule::SlaBreach { min_severity } => {
                let matching = findings
                    .open
                    .iter()
                    .filter(|f| f.sla_breached && min_severity.is_none_or(|min| f.severity >= min))
                    .collect();
                any(matching, "past its SLA deadline", FindingSet::Total)
            }
            Rule::LicenseDeny { denied_licenses } => {
                if denied_licenses.is_empty() {
                    return Err("the licence deny-list is empty".to_owned());
                }
                let matching: Vec<&GateFinding> = findings
                    .open
                    .iter()
                    .filter(|f| {
                        license_of(f).is_some_and(|license| {
                            denied_licenses
                                .iter()
                                .any(|denied| denied.eq_ignore_ascii_case(license))
                        })
                    })
                    .collect();
                if matching.is_empty() {
                    Check::Met
                } else {
                    let mut licenses: Vec<&str> =
                        matching.iter().filter_map(|f| license_of(f)).collect();
                    licenses.sort_unstable();
                    licenses.dedup();
                    Check::Violated {
                        message: format!(
                            "{} with a denied licence ({})",
                            plural(matching.len(), "component"),
                            licenses.join(", ")
                        ),
                        ids: ids(&matching),
                    }
                }
            }
            Rule::Cel {
                expression,
                message,
            } => cel_check(expression, message, findings)?,
        })
    })();
    result.unwrap_or_else(Check::Error)
}

/// Compiles a CEL expression, or says why it cannot be.
pub fn compile_cel(expression: &str) -> Result<cel::Program, String> {
    if expression.trim().is_empty() {
        return Err("the expression is empty".to_owned());
    }
    cel::Program::compile(expression).map_err(|errors| format!("does not parse: {errors}"))
}

/// A finding as CEL sees it: a map with the fields listed in docs/policies.md.
fn cel_value(finding: &GateFinding) -> cel::Value {
    let mut map: HashMap<&str, cel::Value> = HashMap::with_capacity(14);
    map.insert("id", finding.id.clone().into());
    map.insert("severity", severity_word(finding.severity).into());
    map.insert("kind", kind_word(finding.kind).into());
    map.insert(
        "tools",
        cel::Value::List(Arc::new(
            finding.tools.iter().map(|t| t.clone().into()).collect(),
        )),
    );
    map.insert("rule_id", finding.rule_id.clone().into());
    map.insert("cve_id", finding.cve_id.clone().into());
    map.insert("cwe", i64::from(finding.cwe).into());
    map.insert("file_path", finding.file_path.clone().into());
    map.insert("component", finding.component.clone().into());
    map.insert(
        "component_version",
        finding.component_version.clone().into(),
    );
    map.insert("risk", finding.risk.into());
    map.insert("known_exploited", finding.known_exploited.into());
    map.insert("epss", finding.epss.unwrap_or(0.0).into());
    map.insert("sla_breached", finding.sla_breached.into());
    map.insert(
        "license",
        license_of(finding).unwrap_or_default().to_owned().into(),
    );
    map.into()
}

fn cel_list(findings: &[&GateFinding]) -> cel::Value {
    cel::Value::List(Arc::new(findings.iter().map(|f| cel_value(f)).collect()))
}

fn cel_check(expression: &str, message: &str, findings: &Findings<'_>) -> Result<Check, String> {
    let program = compile_cel(expression)?;
    let references = program.references();
    let mut context = cel::Context::default();
    // Only what the expression names is built: `findings` of a large repository is costly.
    if references.has_variable("findings") {
        let all: Vec<&GateFinding> = findings.open.iter().collect();
        context.add_variable_from_value("findings", cel_list(&all));
    }
    let mut new_ids = Vec::new();
    if references.has_variable("new_findings") {
        let new = findings.set(FindingSet::New)?;
        new_ids = ids(&new);
        context.add_variable_from_value("new_findings", cel_list(&new));
    }
    match program.execute(&context) {
        Ok(cel::Value::Bool(false)) => Ok(Check::Met),
        Ok(cel::Value::Bool(true)) => Ok(Check::Violated {
            message: if message.is_empty() {
                format!("`{expression}` is true")
            } else {
                message.to_owned()
            },
            ids: new_ids,
        }),
        Ok(other) => Err(format!("the expression gave {other:?}, not true or false")),
        Err(error) => Err(format!("the expression failed: {error}")),
    }
}

/// One policy's verdict over `findings`.
pub fn evaluate_policy(policy: &Policy, findings: &Findings<'_>) -> PolicyResult {
    let mut verdict = Verdict::Pass;
    let mut violations = Vec::new();
    if policy.conditions.is_empty() {
        verdict = Verdict::Fail;
        violations.push(ConditionResult {
            condition_index: 0,
            verdict: Verdict::Fail,
            message: "the policy has no conditions".to_owned(),
            vulnerability_ids: Vec::new(),
            evaluation_error: true,
        });
    }
    for (index, condition) in policy.conditions.iter().enumerate() {
        let (condition_verdict, message, ids, error) = match condition.rule.as_ref() {
            None => (
                Verdict::Fail,
                "the condition has no rule".to_owned(),
                Vec::new(),
                true,
            ),
            Some(rule) => match check(rule, findings) {
                Check::Met => continue,
                Check::Violated { message, ids } => (condition.on_violation, message, ids, false),
                Check::Error(reason) => (
                    Verdict::Fail,
                    format!("cannot be evaluated, so it fails closed: {reason}"),
                    Vec::new(),
                    true,
                ),
            },
        };
        verdict = verdict.max(condition_verdict);
        violations.push(ConditionResult {
            condition_index: index,
            verdict: condition_verdict,
            message,
            vulnerability_ids: ids,
            evaluation_error: error,
        });
    }
    PolicyResult {
        policy_id: policy.id.clone(),
        policy_name: policy.name.clone(),
        verdict,
        violations,
    }
}

/// The overall verdict: the worst of the policies' (PASS when none applies).
pub fn overall(results: &[PolicyResult]) -> Verdict {
    results
        .iter()
        .map(|result| result.verdict)
        .max()
        .unwrap_or(Verdict::Pass)
}

/// Whether a branch glob (`release/*`, `main`, `feature/**`) matches `branch`;
/// no patterns means every branch.
pub fn branch_matches(patterns: &[String], branch: &str) -> bool {
    patterns.is_empty()
        || patterns
            .iter()
            .any(|pattern| glob::Pattern::new(pattern).is_ok_and(|pattern| pattern.matches(branch)))
}

/// Checks a policy before it is stored; the error names the field, relative
/// to the policy (`conditions[0].risk_score.threshold`).
pub fn validate(policy: &Policy) -> Result<(), (String, String)> {
    let field = |path: String, problem: &str| Err((path, problem.to_owned()));
    if policy.name.trim().is_empty() {
        return field("name".to_owned(), "must not be empty");
    }
    if policy.conditions.is_empty() {
        return field("conditions".to_owned(), "must have at least one condition");
    }
    for (index, pattern) in policy.branch_patterns.iter().enumerate() {
        if let Err(error) = glob::Pattern::new(pattern) {
            return Err((
                format!("scope.branch_patterns[{index}]"),
                format!("`{pattern}` is not a valid glob: {error}"),
            ));
        }
    }
    for (index, condition) in policy.conditions.iter().enumerate() {
        let at = |name: &str| format!("conditions[{index}].{name}");
        match &condition.rule {
            None => return field(format!("conditions[{index}]"), "must set a rule"),
            Some(Rule::Threshold { max_count, .. }) if *max_count < 0 => {
                return field(at("threshold.max_count"), "must not be negative");
            }
            Some(Rule::RiskScore { threshold, .. }) if !(0.0..=100.0).contains(threshold) => {
                return field(at("risk_score.threshold"), "must be from 0 to 100");
            }
            Some(Rule::LicenseDeny { denied_licenses }) if denied_licenses.is_empty() => {
                return field(
                    at("license_deny.denied_licenses"),
                    "must name at least one licence",
                );
            }
            Some(Rule::Cel { expression, .. }) => {
                if let Err(problem) = compile_cel(expression) {
                    return Err((at("cel.expression"), problem));
                }
            }
            Some(_) => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(id: &str, severity: Severity, kind: Kind) -> GateFinding {
        GateFinding {
            id: id.to_owned(),
            severity,
            kind,
            tools: vec!["semgrep".to_owned()],
            rule_id: "rule".to_owned(),
            cve_id: String::new(),
            cwe: 0,
            file_path: "app.py".to_owned(),
            component: String::new(),
            component_version: String::new(),
            risk: 10.0,
            known_exploited: false,
            epss: None,
            sla_breached: false,
        }
    }

    fn policy(rules: Vec<(Rule, Verdict)>) -> Policy {
        Policy {
            id: "p1".to_owned(),
            name: "default".to_owned(),
            conditions: rules
                .into_iter()
                .map(|(rule, on_violation)| Condition {
                    on_violation,
                    rule: Some(rule),
                })
                .collect(),
            ..Policy::default()
        }
    }

    fn threshold(set: FindingSet, min_severity: Option<Severity>, max_count: i64) -> Rule {
        Rule::Threshold {
            set,
            min_severity,
            max_count,
            tool: String::new(),
            kind: KindFilter::Any,
        }
    }

    fn cel(expression: &str) -> Rule {
        Rule::Cel {
            expression: expression.to_owned(),
            message: String::new(),
        }
    }

    fn run(rule: Rule, open: &[GateFinding], new: &[bool]) -> PolicyResult {
        evaluate_policy(
            &policy(vec![(rule, Verdict::Fail)]),
            &Findings {
                open,
                new,
                new_unknown: None,
                kev_imported: true,
            },
        )
    }

    fn sample() -> Vec<GateFinding> {
        let mut secret = finding("s1", Severity::High, Kind::Secret);
        secret.tools = vec!["gitleaks".to_owned()];
        let mut kev = finding("k1", Severity::Critical, Kind::Dependency);
        kev.cve_id = "CVE-2021-44228".to_owned();
        kev.known_exploited = true;
        kev.risk = 97.0;
        let mut old = finding("o1", Severity::Medium, Kind::Sast);
        old.sla_breached = true;
        let mut license = finding("l1", Severity::Low, Kind::Dependency);
        license.rule_id = "license:AGPL-3.0-only".to_owned();
        vec![secret, kev, old, license]
    }

    const NEW: [bool; 4] = [true, true, false, false];

    #[test]
    fn thresholds_count_new_or_open_findings_by_severity_tool_and_kind() {
        let open = sample();
        let rule = |set: FindingSet, min: Severity, max: i64| threshold(set, Some(min), max);
        let result = run(rule(FindingSet::New, Severity::High, 1), &open, &NEW);
        assert_eq!(result.verdict, Verdict::Fail);
        assert_eq!(
            result.violations[0].message,
            "2 new HIGH+ findings, at most 1 allowed"
        );
        assert_eq!(result.violations[0].vulnerability_ids, ["s1", "k1"]);
        // The medium finding is not new: it does not count.
        let medium = run(rule(FindingSet::New, Severity::Medium, 2), &open, &NEW);
        assert_eq!(medium.verdict, Verdict::Pass);
        let total = run(rule(FindingSet::Total, Severity::Medium, 2), &open, &NEW);
        assert_eq!(total.verdict, Verdict::Fail);
        let by_tool = Rule::Threshold {
            set: FindingSet::Total,
            min_severity: None,
            max_count: 0,
            tool: "gitleaks".to_owned(),
            kind: KindFilter::Kind(Kind::Secret),
        };
        let tool = run(by_tool, &open, &NEW);
        assert_eq!(tool.violations[0].vulnerability_ids, ["s1"]);
    }

    #[test]
    fn secrets_kev_risk_sla_and_licences() {
        let open = sample();
        let secret = run(
            Rule::AnySecret {
                set: FindingSet::New,
            },
            &open,
            &NEW,
        );
        assert_eq!(secret.violations[0].vulnerability_ids, ["s1"]);
        let kev = run(
            Rule::KnownExploited {
                set: FindingSet::Total,
            },
            &open,
            &NEW,
        );
        assert_eq!(kev.violations[0].vulnerability_ids, ["k1"]);
        let risk = run(
            Rule::RiskScore {
                set: FindingSet::New,
                threshold: 90.0,
            },
            &open,
            &NEW,
        );
        assert_eq!(risk.violations[0].vulnerability_ids, ["k1"]);
        let sla = run(
            Rule::SlaBreach {
                min_severity: Some(Severity::Medium),
            },
            &open,
            &NEW,
        );
        assert_eq!(sla.violations[0].vulnerability_ids, ["o1"]);
        let high_sla = run(
            Rule::SlaBreach {
                min_severity: Some(Severity::High),
            },
            &open,
            &NEW,
        );
        assert_eq!(high_sla.verdict, Verdict::Pass);
        let license = run(
            Rule::LicenseDeny {
                denied_licenses: vec!["agpl-3.0-only".to_owned()],
            },
            &open,
            &NEW,
        );
        assert_eq!(license.violations[0].vulnerability_ids, ["l1"]);
        assert!(license.violations[0].message.contains("AGPL-3.0-only"));
    }

    #[test]
    fn cel_sees_findings_and_new_findings() {
        let open = sample();
        let cel = |expression: &str| run(cel(expression), &open, &NEW);
        let critical = cel("new_findings.exists(f, f.severity == 'CRITICAL' && f.known_exploited)");
        assert_eq!(critical.verdict, Verdict::Fail);
        assert_eq!(critical.violations[0].vulnerability_ids, ["s1", "k1"]);
        assert_eq!(cel("size(findings) > 10").verdict, Verdict::Pass);
        assert_eq!(
            cel("findings.filter(f, f.license != '').size() == 1").verdict,
            Verdict::Fail
        );
    }

    #[test]
    fn what_cannot_be_evaluated_fails_closed_with_the_reason() {
        let open = sample();
        let not_boolean = run(cel("size(findings)"), &open, &NEW);
        assert_eq!(not_boolean.verdict, Verdict::Fail);
        assert!(not_boolean.violations[0].evaluation_error);
        assert!(
            not_boolean.violations[0]
                .message
                .contains("not true or false")
        );
        let unknown_variable = run(cel("nope > 1"), &open, &NEW);
        assert!(unknown_variable.violations[0].evaluation_error);
        // New findings cannot be told when the base branch was never scanned.
        let lenient = policy(vec![(threshold(FindingSet::New, None, 100), Verdict::Warn)]);
        let unknown_base = evaluate_policy(
            &lenient,
            &Findings {
                open: &open,
                new: &NEW,
                new_unknown: Some("base branch `main` has never been scanned"),
                kev_imported: true,
            },
        );
        assert_eq!(unknown_base.verdict, Verdict::Fail, "fails, not warns");
        assert!(
            unknown_base.violations[0]
                .message
                .contains("`main` has never been scanned")
        );
        let no_kev = evaluate_policy(
            &policy(vec![(
                Rule::KnownExploited {
                    set: FindingSet::New,
                },
                Verdict::Fail,
            )]),
            &Findings {
                open: &open,
                new: &NEW,
                new_unknown: None,
                kev_imported: false,
            },
        );
        assert!(no_kev.violations[0].message.contains("no KEV catalogue"));
    }

    #[test]
    fn warnings_and_the_overall_verdict() {
        let open = sample();
        let warn = evaluate_policy(
            &policy(vec![(
                Rule::AnySecret {
                    set: FindingSet::New,
                },
                Verdict::Warn,
            )]),
            &Findings {
                open: &open,
                new: &NEW,
                new_unknown: None,
                kev_imported: true,
            },
        );
        assert_eq!(warn.verdict, Verdict::Warn);
        let pass = PolicyResult {
            verdict: Verdict::Pass,
            ..PolicyResult::default()
        };
        assert_eq!(overall(&[]), Verdict::Pass);
        assert_eq!(overall(&[pass.clone(), warn.clone()]), Verdict::Warn);
    }

    #[test]
    fn policies_are_validated_field_by_field() {
        let mut bad = policy(vec![(cel("findings.exists(f, "), Verdict::Fail)]);
        let (field, _) = validate(&bad).expect_err("refused");
        assert_eq!(field, "conditions[0].cel.expression");
        bad.conditions[0].rule = Some(Rule::RiskScore {
            set: FindingSet::New,
            threshold: 140.0,
        });
        assert_eq!(
            validate(&bad).expect_err("refused").0,
            "conditions[0].risk_score.threshold"
        );
        bad.branch_patterns = vec!["release/[".to_owned()];
        assert_eq!(
            validate(&bad).expect_err("refused").0,
            "scope.branch_patterns[0]"
        );
        assert!(branch_matches(&["release/*".to_owned()], "release/1.2"));
        assert!(!branch_matches(&["release/*".to_owned()], "main"));
        assert!(branch_matches(&[], "anything"));
    }
}
