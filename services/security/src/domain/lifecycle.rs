//! What ingesting one report does to the vulnerabilities of its scope
//! (repository + branch): pure rules, decided before anything is written.
//!
//! - Findings with the same fingerprint inside one report are one vulnerability;
//!   the repeats are counted as `duplicates_in_report`.
//! - A finding whose fingerprint is unknown in the scope is **new**.
//! - A known one is **updated** (last seen, latest location); its triage status
//!   (in progress, false positive, accepted risk) survives the re-import.
//! - A resolved one that appears again is **reopened**.
//! - A full scan **resolves** the open vulnerabilities its tool no longer
//!   reports — unless another tool still reports them (merged vulnerabilities
//!   are resolved only when no reporting tool remains).

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use crate::domain::finding::Finding;

/// Lifecycle state of a stored vulnerability.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Reported and not dealt with.
    Open,
    /// Someone is working on it.
    InProgress,
    /// No longer reported, or fixed.
    Resolved,
    /// Not a real problem.
    FalsePositive,
    /// Real but accepted for now.
    AcceptedRisk,
}

impl Status {
    /// The stored and reported name (`false_positive`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::InProgress => "in_progress",
            Self::Resolved => "resolved",
            Self::FalsePositive => "false_positive",
            Self::AcceptedRisk => "accepted_risk",
        }
    }
}

/// What the store knows of one vulnerability of the scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// Vulnerability id.
    pub id: String,
    /// Status.
    pub status: Status,
    /// Tools that reported it (one set shared by the vulnerabilities that
    /// have the same: a scope's hundreds of thousands usually have one or two).
    pub tools: Arc<BTreeSet<String>>,
    /// Where it was last reported ([`Finding::place_digest`]).
    pub place: u64,
}

/// The decision for one report, naming the report's findings it keeps (each
/// distinct one once) rather than moving them: a report's findings are its
/// largest part, and a copy per list doubled a large upload's memory.
#[derive(Debug, Default)]
pub struct Plan<'a> {
    /// Findings read.
    pub findings_parsed: usize,
    /// Repeats inside the report.
    pub duplicates_in_report: usize,
    /// Distinct findings with no vulnerability yet: (fingerprint, finding, occurrences).
    pub new: Vec<(String, &'a Finding, usize)>,
    /// Known vulnerabilities reported again: (id, fingerprint, finding).
    pub updated: Vec<(String, String, &'a Finding)>,
    /// Resolved vulnerabilities that are back: (id, fingerprint, finding).
    pub reopened: Vec<(String, String, &'a Finding)>,
    /// Vulnerabilities to resolve.
    pub resolved: Vec<String>,
    /// Vulnerabilities this tool no longer reports but another still does: (id, tool to drop).
    pub tool_dropped: Vec<(String, String)>,
}

/// Decides what a report does to the scope's `known` vulnerabilities (by fingerprint).
/// `full_scan` says the report covers the whole scope for `tool`.
pub fn plan<'a>(
    findings: &'a [Finding],
    known: &HashMap<String, Known>,
    tool: &str,
    full_scan: bool,
) -> Plan<'a> {
    plan_distinct(findings, Distinct::of(findings), known, tool, full_scan)
}

/// A report's distinct findings: what [`plan`] learns from the report alone,
/// so that it can be worked out while the scope's vulnerabilities are read.
/// It names findings by their place in the report, so it goes to
/// [`plan_distinct`] with the findings it was made of.
#[derive(Debug)]
pub struct Distinct {
    /// Repeats inside the report.
    duplicates_in_report: usize,
    /// Each distinct fingerprint, with how many findings have it.
    seen: HashMap<String, usize>,
    /// The distinct findings in report order: (fingerprint, index of the first).
    first: Vec<(String, usize)>,
}

impl Distinct {
    /// The distinct findings of a report (fingerprints with a second thread
    /// for a large one).
    pub fn of(findings: &[Finding]) -> Self {
        let mut distinct = Self {
            duplicates_in_report: 0,
            seen: HashMap::with_capacity(findings.len()),
            first: Vec::with_capacity(findings.len()),
        };
        for (index, fingerprint) in fingerprints(findings).into_iter().enumerate() {
            match distinct.seen.get_mut(&fingerprint) {
                Some(count) => {
                    *count += 1;
                    distinct.duplicates_in_report += 1;
                }
                None => {
                    distinct.seen.insert(fingerprint.clone(), 1);
                    distinct.first.push((fingerprint, index));
                }
            }
        }
        distinct
    }
}

/// [`plan`], from the report's [`Distinct`] findings (made of these `findings`).
pub fn plan_distinct<'a>(
    findings: &'a [Finding],
    report: Distinct,
    known: &HashMap<String, Known>,
    tool: &str,
    full_scan: bool,
) -> Plan<'a> {
    let Distinct {
        duplicates_in_report,
        seen,
        first,
    } = report;
    let mut plan = Plan {
        findings_parsed: findings.len(),
        duplicates_in_report,
        ..Plan::default()
    };
    let distinct = first
        .into_iter()
        .map(|(fingerprint, index)| (fingerprint, &findings[index]));
    for (fingerprint, finding) in distinct {
        match known.get(&fingerprint) {
            None => {
                let occurrences = seen[&fingerprint];
                plan.new.push((fingerprint, finding, occurrences));
            }
            Some(existing) if existing.status == Status::Resolved => {
                plan.reopened
                    .push((existing.id.clone(), fingerprint, finding))
            }
            Some(existing) => plan
                .updated
                .push((existing.id.clone(), fingerprint, finding)),
        }
    }
    if full_scan {
        for (fingerprint, existing) in known {
            let reported = seen.contains_key(fingerprint);
            let active = matches!(existing.status, Status::Open | Status::InProgress);
            if reported || !active || !existing.tools.contains(tool) {
                continue;
            }
            if existing.tools.len() > 1 {
                plan.tool_dropped
                    .push((existing.id.clone(), tool.to_owned()));
            } else {
                plan.resolved.push(existing.id.clone());
            }
        }
        plan.resolved.sort();
    }
    plan
}

/// Findings from which [`fingerprints`] uses a second thread.
const PARALLEL_FROM: usize = 10_000;

/// The findings' fingerprints in order; a large report's on two threads (a
/// digest each: about a microsecond a finding).
fn fingerprints(findings: &[Finding]) -> Vec<String> {
    if findings.len() < PARALLEL_FROM {
        return findings.iter().map(Finding::fingerprint).collect();
    }
    let (first, second) = findings.split_at(findings.len() / 2);
    std::thread::scope(|scope| {
        let other = scope.spawn(|| second.iter().map(Finding::fingerprint).collect::<Vec<_>>());
        let mut all: Vec<String> = Vec::with_capacity(findings.len());
        all.extend(first.iter().map(Finding::fingerprint));
        // A panic on the other thread is this one's.
        all.extend(
            other
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        );
        all
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::finding::{Kind, Severity};

    fn finding(rule: &str, file: &str, line: u32) -> Finding {
        let mut finding = Finding::new("semgrep", rule, "title", Severity::High, Kind::Sast);
        finding.file_path = file.into();
        finding.line = Some(line);
        finding.snippet = format!("call({rule})");
        finding
    }

    fn known(id: &str, finding: &Finding, status: Status, tools: &[&str]) -> (String, Known) {
        let tools = Arc::new(tools.iter().map(|tool| tool.to_string()).collect());
        (
            finding.fingerprint(),
            Known {
                id: id.into(),
                status,
                tools,
                place: finding.place_digest(),
            },
        )
    }

    #[test]
    fn a_large_report_is_fingerprinted_in_order_on_two_threads() {
        let count = PARALLEL_FROM + 2_000;
        // The last 2,000 repeat the first 2,000.
        let report: Vec<Finding> = (0..count)
            .map(|i| finding("r", &format!("f{}.py", i % PARALLEL_FROM), 1))
            .collect();
        let sequential: Vec<String> = report.iter().map(Finding::fingerprint).collect();
        assert_eq!(fingerprints(&report), sequential);
        let plan = plan(&report, &HashMap::new(), "semgrep", true);
        assert_eq!(plan.new.len(), PARALLEL_FROM);
        assert_eq!(plan.duplicates_in_report, 2_000);
        assert!(
            plan.new
                .iter()
                .zip(&sequential)
                .all(|(new, fp)| &new.0 == fp)
        );
        assert_eq!(plan.new[0].2, 2);
    }

    #[test]
    fn an_unchanged_report_creates_nothing_new() {
        let report = vec![finding("a", "x.py", 1), finding("b", "y.py", 2)];
        let state: HashMap<_, _> = report
            .iter()
            .enumerate()
            .map(|(i, f)| known(&i.to_string(), f, Status::Open, &["semgrep"]))
            .collect();
        let plan = plan(&report, &state, "semgrep", true);
        assert_eq!(
            (plan.new.len(), plan.updated.len(), plan.resolved.len()),
            (0, 2, 0)
        );
    }

    #[test]
    fn code_moving_down_the_file_is_the_same_vulnerability() {
        let before = finding("a", "x.py", 10);
        let state: HashMap<_, _> = [known("v1", &before, Status::Open, &["semgrep"])].into();
        let report = [finding("a", "x.py", 42)];
        let plan = plan(&report, &state, "semgrep", true);
        assert_eq!(plan.updated[0].0, "v1");
        assert!(plan.new.is_empty());
    }

    #[test]
    fn a_full_scan_resolves_what_it_no_longer_reports_and_reopens_what_returns() {
        let (kept, gone, back) = (
            finding("a", "x.py", 1),
            finding("b", "y.py", 2),
            finding("c", "z.py", 3),
        );
        let state: HashMap<_, _> = [
            known("kept", &kept, Status::Open, &["semgrep"]),
            known("gone", &gone, Status::InProgress, &["semgrep"]),
            known("back", &back, Status::Resolved, &["semgrep"]),
        ]
        .into();
        let report = [kept.clone(), back.clone()];
        let plan = plan(&report, &state, "semgrep", true);
        assert_eq!(plan.resolved, ["gone"]);
        assert_eq!(plan.reopened[0].0, "back");
        let report = [kept];
        let partial = super::plan(&report, &state, "semgrep", false);
        assert!(
            partial.resolved.is_empty(),
            "a partial scan resolves nothing"
        );
    }

    #[test]
    fn triage_decisions_and_other_tools_findings_survive() {
        let (accepted, shared) = (finding("a", "x.py", 1), finding("b", "y.py", 2));
        let state: HashMap<_, _> = [
            known("accepted", &accepted, Status::AcceptedRisk, &["semgrep"]),
            known("shared", &shared, Status::Open, &["semgrep", "codeql"]),
        ]
        .into();
        let plan = plan(&[], &state, "semgrep", true);
        assert!(
            plan.resolved.is_empty(),
            "accepted risks are not resolved by absence"
        );
        assert_eq!(
            plan.tool_dropped,
            [("shared".to_owned(), "semgrep".to_owned())]
        );
    }

    #[test]
    fn repeats_inside_a_report_are_counted_once() {
        let report = [
            finding("a", "x.py", 1),
            finding("a", "x.py", 1),
            finding("b", "x.py", 1),
        ];
        let plan = plan(&report, &HashMap::new(), "semgrep", true);
        assert_eq!(
            (
                plan.findings_parsed,
                plan.duplicates_in_report,
                plan.new.len()
            ),
            (3, 1, 2)
        );
        assert_eq!(plan.new[0].2, 2, "occurrences of the repeated finding");
    }
}
