//! The report kinds, each a [`Table`] over the facts of a period.

use std::collections::{BTreeMap, HashSet};

use crate::domain::compliance::{self, Framework};
use crate::domain::lifecycle::Status;
use crate::domain::posture;

use super::{
    Cell, Context, DAY_US, Fact, Open, SEVERITIES, Table, open_at, rfc3339, severity_column,
};

/// Most points of a posture history; longer periods take wider steps.
pub const MAX_POINTS: i64 = 180;
/// Vulnerability ids listed per compliance control (the riskiest).
pub const IDS_PER_CONTROL: usize = 50;

/// The instants of a history over the context's period: its start, then every
/// day (or every few days, to stay within [`MAX_POINTS`]), and its end.
pub fn instants(context: &Context<'_>) -> Vec<i64> {
    let span = (context.end_us - context.start_us).max(0);
    let days = (span + DAY_US - 1) / DAY_US;
    let step = DAY_US * ((days + MAX_POINTS - 1) / MAX_POINTS).max(1);
    let mut points: Vec<i64> = (0..)
        .map(|index| context.start_us + index * step)
        .take_while(|t| *t < context.end_us)
        .collect();
    points.push(context.end_us);
    points
}

fn counts_by_severity(open: &[Open<'_>]) -> [i64; 5] {
    let mut counts = [0; 5];
    for item in open {
        let index = SEVERITIES
            .iter()
            .position(|s| *s == item.fact.finding.severity)
            .unwrap_or(4);
        counts[index] += 1;
    }
    counts
}

fn breached(open: &[Open<'_>]) -> usize {
    open.iter().filter(|item| item.breached).count()
}

/// Posture score over the period (docs/risk.md's formula at each instant).
pub fn posture_history(facts: &[Fact], context: &Context<'_>) -> Table {
    let mut columns = vec!["time", "score", "exposure", "open"];
    columns.extend(SEVERITIES.map(severity_column));
    columns.push("sla_breached");
    let mut rows = Vec::new();
    let mut scores = Vec::new();
    for t in instants(context) {
        let open = open_at(facts, context.sla, t);
        let exposure = posture::exposure(open.iter().map(|item| item.risk));
        let score = posture::score_of(exposure);
        scores.push(score);
        let mut row: Vec<Cell> = vec![
            rfc3339(t).into(),
            score.into(),
            exposure.into(),
            open.len().into(),
        ];
        row.extend(counts_by_severity(&open).map(Cell::from));
        row.push(breached(&open).into());
        rows.push(row);
    }
    let first = scores.first().copied().unwrap_or(100.0);
    let last = scores.last().copied().unwrap_or(100.0);
    Table {
        columns,
        rows,
        summary: vec![
            ("start_score", first.into()),
            ("end_score", last.into()),
            ("change", (last - first).into()),
            ("points", scores.len().into()),
        ],
    }
}

/// Age buckets of the open report, in days (upper bounds, inclusive).
const AGE_BUCKETS: [(&str, i64); 5] = [
    ("age_0_7_days", 7),
    ("age_8_30_days", 30),
    ("age_31_90_days", 90),
    ("age_91_180_days", 180),
    ("age_over_180_days", i64::MAX),
];

/// Open vulnerabilities at the period's end by severity, age and SLA state.
pub fn open_vulnerabilities(facts: &[Fact], context: &Context<'_>) -> Table {
    let open = open_at(facts, context.sla, context.end_us);
    let mut columns = vec!["severity", "open"];
    columns.extend(AGE_BUCKETS.map(|(name, _)| name));
    columns.extend(["within_sla", "sla_breached", "no_sla"]);
    let row_of = |label: &str, items: &[&Open<'_>]| {
        let mut buckets = [0_i64; 5];
        let (mut within, mut late, mut none) = (0_i64, 0_i64, 0_i64);
        for item in items {
            let age = (context.end_us - item.fact.first_detected_us).max(0) / DAY_US;
            let bucket = AGE_BUCKETS
                .iter()
                .position(|(_, upper)| age <= *upper)
                .unwrap_or(4);
            buckets[bucket] += 1;
            match context.sla.days(item.fact.finding.severity) {
                None => none += 1,
                Some(_) if item.breached => late += 1,
                Some(_) => within += 1,
            }
        }
        let mut row: Vec<Cell> = vec![label.into(), items.len().into()];
        row.extend(buckets.map(Cell::from));
        row.extend([within.into(), late.into(), none.into()]);
        row
    };
    let mut rows: Vec<Vec<Cell>> = SEVERITIES
        .iter()
        .map(|severity| {
            let items: Vec<&Open<'_>> = open
                .iter()
                .filter(|item| item.fact.finding.severity == *severity)
                .collect();
            row_of(severity_column(*severity), &items)
        })
        .collect();
    rows.push(row_of("all", &open.iter().collect::<Vec<_>>()));
    let oldest = open
        .iter()
        .map(|item| (context.end_us - item.fact.first_detected_us) / DAY_US)
        .max()
        .unwrap_or(0);
    Table {
        columns,
        rows,
        summary: vec![
            ("open", open.len().into()),
            ("sla_breached", breached(&open).into()),
            ("oldest_days", oldest.into()),
        ],
    }
}

/// The value at `quantile` (0–1) of sorted values (nearest rank).
fn quantile(sorted: &[f64], quantile: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (quantile * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted.get(rank.min(sorted.len()) - 1).copied()
}

/// Mean time to remediate: vulnerabilities resolved during the period (each
/// resolved copy), days from first detection to resolution, per severity.
pub fn mttr(facts: &[Fact], context: &Context<'_>) -> Table {
    let columns = vec![
        "severity",
        "remediated",
        "mean_days",
        "median_days",
        "p90_days",
        "within_sla",
        "within_sla_percent",
    ];
    let resolved: Vec<(&Fact, f64, bool)> = facts
        .iter()
        .filter(|fact| fact.status == Status::Resolved)
        .filter_map(|fact| {
            let closed = fact.closed_us?;
            if closed < context.start_us || closed > context.end_us {
                return None;
            }
            let days = (closed - fact.first_detected_us).max(0) as f64 / DAY_US as f64;
            let in_time = context
                .sla
                .due_us(fact.finding.severity, fact.first_detected_us)
                .is_none_or(|due| closed <= due);
            Some((fact, days, in_time))
        })
        .collect();
    let row_of = |label: &str, items: Vec<&(&Fact, f64, bool)>| {
        let mut days: Vec<f64> = items.iter().map(|(_, days, _)| *days).collect();
        days.sort_by(f64::total_cmp);
        let count = days.len();
        let mean = (count > 0).then(|| days.iter().sum::<f64>() / count as f64);
        let within = items.iter().filter(|(_, _, in_time)| *in_time).count();
        let percent = (count > 0).then(|| within as f64 * 100.0 / count as f64);
        vec![
            label.into(),
            count.into(),
            mean.into(),
            quantile(&days, 0.5).into(),
            quantile(&days, 0.9).into(),
            within.into(),
            percent.into(),
        ]
    };
    let mut rows: Vec<Vec<Cell>> = SEVERITIES
        .iter()
        .map(|severity| {
            let items = resolved
                .iter()
                .filter(|(fact, ..)| fact.finding.severity == *severity)
                .collect();
            row_of(severity_column(*severity), items)
        })
        .collect();
    let all = row_of("all", resolved.iter().collect());
    let summary = vec![
        ("remediated", all[1].clone()),
        ("mean_days", all[2].clone()),
    ];
    rows.push(all);
    Table {
        columns,
        rows,
        summary,
    }
}

/// Per tool: what is open at the period's end, what it detected and what was
/// resolved during the period. A vulnerability several tools reported counts
/// for each of them.
pub fn per_tool(facts: &[Fact], context: &Context<'_>) -> Table {
    #[derive(Default)]
    struct Counts {
        open: [i64; 5],
        breached: i64,
        detected: HashSet<(String, String)>,
        resolved: i64,
    }
    let mut tools: BTreeMap<String, Counts> = BTreeMap::new();
    for item in open_at(facts, context.sla, context.end_us) {
        let index = SEVERITIES
            .iter()
            .position(|s| *s == item.fact.finding.severity)
            .unwrap_or(4);
        for tool in item.fact.tool_names() {
            let counts = tools.entry(tool.to_owned()).or_default();
            counts.open[index] += 1;
            counts.breached += i64::from(item.breached);
        }
    }
    let in_period = |t: i64| t >= context.start_us && t <= context.end_us;
    for fact in facts {
        for tool in fact.tool_names() {
            if in_period(fact.first_detected_us) {
                let key = (fact.repository_id.clone(), fact.fingerprint.clone());
                tools
                    .entry(tool.to_owned())
                    .or_default()
                    .detected
                    .insert(key);
            }
            if fact.status == Status::Resolved && fact.closed_us.is_some_and(in_period) {
                tools.entry(tool.to_owned()).or_default().resolved += 1;
            }
        }
    }
    let mut columns = vec!["tool", "open"];
    columns.extend(SEVERITIES.map(severity_column));
    columns.extend(["sla_breached", "detected", "resolved"]);
    let rows = tools
        .iter()
        .map(|(tool, counts)| {
            let mut row: Vec<Cell> =
                vec![tool.as_str().into(), counts.open.iter().sum::<i64>().into()];
            row.extend(counts.open.map(Cell::from));
            row.extend([
                counts.breached.into(),
                counts.detected.len().into(),
                counts.resolved.into(),
            ]);
            row
        })
        .collect();
    Table {
        columns,
        rows,
        summary: vec![("tools", tools.len().into())],
    }
}

/// Open vulnerabilities at the period's end under each control of `framework`.
pub fn compliance(facts: &[Fact], context: &Context<'_>, framework: Framework) -> Table {
    let open = open_at(facts, context.sla, context.end_us);
    let categorised: Vec<_> = open
        .iter()
        .map(|item| {
            let finding = &item.fact.finding;
            (item, compliance::categories(finding.cwe, finding.kind))
        })
        .collect();
    let mut columns = vec!["control", "title", "open"];
    columns.extend(SEVERITIES.map(severity_column));
    columns.extend(["sla_breached", "max_risk", "vulnerability_ids"]);
    let rows = compliance::controls(framework)
        .iter()
        .map(|control| {
            // `open` is riskiest first, so the listed ids are the riskiest.
            let concerned: Vec<Open<'_>> = categorised
                .iter()
                .filter(|(item, categories)| control.concerns(item.fact.finding.cwe, categories))
                .map(|(item, _)| **item)
                .collect();
            let ids: Vec<&str> = concerned
                .iter()
                .take(IDS_PER_CONTROL)
                .map(|item| item.fact.id.as_str())
                .collect();
            let mut row: Vec<Cell> = vec![
                control.id.into(),
                control.title.into(),
                concerned.len().into(),
            ];
            row.extend(counts_by_severity(&concerned).map(Cell::from));
            row.extend([
                breached(&concerned).into(),
                concerned.first().map(|item| item.risk).into(),
                ids.join(" ").into(),
            ]);
            row
        })
        .collect();
    let uncategorised = categorised
        .iter()
        .filter(|(_, categories)| categories.is_empty())
        .count();
    Table {
        columns,
        rows,
        summary: vec![
            ("framework", framework.name().into()),
            ("open", open.len().into()),
            ("uncategorised", uncategorised.into()),
            ("mapping", "docs/compliance.md".into()),
        ],
    }
}

/// Every open vulnerability at the period's end, riskiest first.
pub fn findings(facts: &[Fact], context: &Context<'_>) -> Table {
    let open = open_at(facts, context.sla, context.end_us);
    let columns = vec![
        "id",
        "repository_id",
        "branch",
        "severity",
        "risk_score",
        "sla_due_time",
        "sla_breached",
        "status",
        "kind",
        "tools",
        "rule_id",
        "title",
        "cve_id",
        "cwe_id",
        "file_path",
        "line",
        "component",
        "version",
        "fixed_version",
        "first_detected_time",
    ];
    let rows = open
        .iter()
        .map(|item| {
            let fact = item.fact;
            let finding = &fact.finding;
            let component = finding.component.clone().unwrap_or_default();
            let due = context.sla.due_us(finding.severity, fact.first_detected_us);
            vec![
                fact.id.as_str().into(),
                fact.repository_id.as_str().into(),
                fact.branch.as_str().into(),
                severity_column(finding.severity).into(),
                item.risk.into(),
                due.map_or(Cell::Empty, |due| rfc3339(due).into()),
                (if item.breached { "true" } else { "false" }).into(),
                fact.status.name().into(),
                finding.kind.name().into(),
                fact.tool_names().collect::<Vec<_>>().join(" ").into(),
                (*finding.rule_id).into(),
                finding.title.as_str().into(),
                finding.cve_id.clone().unwrap_or_default().into(),
                finding
                    .cwe
                    .map_or(String::new(), |cwe| format!("CWE-{cwe}"))
                    .into(),
                finding.file_path.as_str().into(),
                finding
                    .line
                    .map_or(Cell::Empty, |line| i64::from(line).into()),
                component.name.into(),
                component.version.into(),
                component.fixed_version.into(),
                rfc3339(fact.first_detected_us).into(),
            ]
        })
        .collect();
    Table {
        columns,
        rows,
        summary: vec![
            ("open", open.len().into()),
            ("sla_breached", breached(&open).into()),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::finding::{Kind, Severity};
    use crate::domain::report::tests::{NOW, closed, fact};
    use crate::domain::sla::SlaPolicy;

    /// A table's row whose first value is `label`.
    fn row<'t>(table: &'t Table, label: &str) -> Option<&'t [Cell]> {
        table
            .rows
            .iter()
            .find(|row| row.first() == Some(&Cell::Text(label.to_owned())))
            .map(Vec::as_slice)
    }

    /// A column's value in a row.
    fn cell<'t>(table: &'t Table, row: &'t [Cell], column: &str) -> Option<&'t Cell> {
        let index = table.columns.iter().position(|name| *name == column)?;
        row.get(index)
    }

    fn context(sla: &SlaPolicy, days: i64) -> Context<'_> {
        Context {
            sla,
            start_us: NOW - days * DAY_US,
            end_us: NOW,
        }
    }

    fn value<'t>(table: &'t Table, label: &str, column: &str) -> &'t Cell {
        let found = row(table, label).expect("row");
        cell(table, found, column).expect("column")
    }

    #[test]
    fn history_points_are_daily_until_the_period_needs_wider_steps() {
        let sla = SlaPolicy::default();
        assert_eq!(instants(&context(&sla, 7)).len(), 8);
        let year = instants(&context(&sla, 365));
        assert!(year.len() as i64 <= MAX_POINTS + 1, "{}", year.len());
        assert_eq!(year[1] - year[0], 3 * DAY_US);
        assert_eq!(*year.last().expect("end"), NOW);
    }

    /// docs/reports.md, posture example: a critical found 10 days ago and fixed
    /// 5 days ago; a medium open for 60 days.
    #[test]
    fn posture_history_replays_detections_and_fixes() {
        let sla = SlaPolicy::default();
        let facts = vec![
            closed(fact("c", Severity::Critical, 10), Status::Resolved, 5),
            fact("m", Severity::Medium, 60),
        ];
        let table = posture_history(&facts, &context(&sla, 14));
        assert_eq!(table.rows.len(), 15);
        let at = |day: usize, column: &str| cell(&table, &table.rows[day], column).cloned();
        // 14 days ago: only the medium, 46 of its 90 SLA days used → risk 27.5 + 5.1.
        assert_eq!(at(0, "open"), Some(Cell::Int(1)));
        // 10 days ago the critical (risk 47.5 at detection) joins.
        assert_eq!(at(4, "open"), Some(Cell::Int(2)));
        assert_eq!(at(4, "critical"), Some(Cell::Int(1)));
        // Fixed 5 days ago: gone from the end.
        assert_eq!(at(14, "open"), Some(Cell::Int(1)));
        // Risk of the medium today: 27.5 + 10 × 60/90 = 34.2 → exposure 0.1170.
        assert_eq!(at(14, "score"), Some(Cell::Number(98.8)));
        assert_eq!(table.summary[1], ("end_score", Cell::Number(98.8)));
    }

    #[test]
    fn open_report_buckets_age_and_sla_state() {
        let sla = SlaPolicy::default();
        let facts = vec![
            fact("h1", Severity::High, 3),
            fact("h2", Severity::High, 45),
            fact("i", Severity::Info, 400),
            closed(fact("gone", Severity::High, 50), Status::FalsePositive, 1),
        ];
        let table = open_vulnerabilities(&facts, &context(&sla, 30));
        assert_eq!(value(&table, "high", "open"), &Cell::Int(2));
        assert_eq!(value(&table, "high", "age_0_7_days"), &Cell::Int(1));
        assert_eq!(value(&table, "high", "age_31_90_days"), &Cell::Int(1));
        assert_eq!(value(&table, "high", "sla_breached"), &Cell::Int(1));
        assert_eq!(value(&table, "high", "within_sla"), &Cell::Int(1));
        assert_eq!(value(&table, "info", "no_sla"), &Cell::Int(1));
        assert_eq!(value(&table, "all", "open"), &Cell::Int(3));
        assert_eq!(value(&table, "all", "age_over_180_days"), &Cell::Int(1));
        assert_eq!(table.summary[1], ("sla_breached", Cell::Int(1)));
    }

    /// docs/reports.md, MTTR example.
    #[test]
    fn mttr_averages_days_to_resolution_within_the_period() {
        let sla = SlaPolicy::default();
        let facts = vec![
            // Resolved after 4 and 10 days: both within the period.
            closed(fact("a", Severity::Critical, 20), Status::Resolved, 16),
            closed(fact("b", Severity::Critical, 12), Status::Resolved, 2),
            // Resolved before the period: not counted.
            closed(fact("c", Severity::Critical, 100), Status::Resolved, 60),
            // A false positive is not a remediation.
            closed(fact("d", Severity::Critical, 5), Status::FalsePositive, 1),
            fact("e", Severity::Low, 5),
        ];
        let table = mttr(&facts, &context(&sla, 30));
        assert_eq!(value(&table, "critical", "remediated"), &Cell::Int(2));
        assert_eq!(value(&table, "critical", "mean_days"), &Cell::Number(7.0));
        assert_eq!(value(&table, "critical", "median_days"), &Cell::Number(4.0));
        assert_eq!(value(&table, "critical", "p90_days"), &Cell::Number(10.0));
        // The 7-day SLA: one in time, one late.
        assert_eq!(
            value(&table, "critical", "within_sla_percent"),
            &Cell::Number(50.0)
        );
        assert_eq!(value(&table, "low", "mean_days"), &Cell::Empty);
        assert_eq!(table.summary[0], ("remediated", Cell::Int(2)));
    }

    #[test]
    fn per_tool_counts_each_reporting_tool() {
        let sla = SlaPolicy::default();
        let mut both = fact("a", Severity::High, 3);
        both.tools = vec!["semgrep".to_owned(), "bandit".to_owned()];
        let facts = vec![
            both,
            closed(fact("b", Severity::Low, 10), Status::Resolved, 1),
        ];
        let table = per_tool(&facts, &context(&sla, 30));
        assert_eq!(value(&table, "bandit", "open"), &Cell::Int(1));
        assert_eq!(value(&table, "semgrep", "open"), &Cell::Int(1));
        assert_eq!(value(&table, "semgrep", "detected"), &Cell::Int(2));
        assert_eq!(value(&table, "semgrep", "resolved"), &Cell::Int(1));
        assert_eq!(value(&table, "bandit", "resolved"), &Cell::Int(0));
    }

    #[test]
    fn compliance_lists_controls_with_their_open_findings() {
        let sla = SlaPolicy::default();
        let mut injection = fact("sqli", Severity::Critical, 1);
        injection.finding.cwe = Some(89);
        let mut package = fact("pkg", Severity::High, 1);
        package.finding.kind = Kind::Dependency;
        let mut unknown = fact("npe", Severity::Low, 1);
        unknown.finding.cwe = Some(476);
        let facts = vec![injection, package, unknown];
        let table = compliance(&facts, &context(&sla, 30), Framework::PciDss4);
        assert_eq!(value(&table, "6.2.4", "open"), &Cell::Int(1));
        assert_eq!(
            value(&table, "6.2.4", "vulnerability_ids"),
            &Cell::Text("sqli".into())
        );
        assert_eq!(value(&table, "6.3.3", "high"), &Cell::Int(1));
        assert_eq!(value(&table, "6.3.1", "open"), &Cell::Int(3));
        assert_eq!(table.summary[2], ("uncategorised", Cell::Int(1)));
        let owasp = compliance(&facts, &context(&sla, 30), Framework::OwaspTop10_2021);
        assert_eq!(owasp.rows.len(), 10);
        assert_eq!(value(&owasp, "A03:2021", "critical"), &Cell::Int(1));
        assert_eq!(value(&owasp, "A06:2021", "open"), &Cell::Int(1));
        assert_eq!(value(&owasp, "A01:2021", "max_risk"), &Cell::Empty);
    }

    #[test]
    fn findings_lists_open_vulnerabilities_riskiest_first() {
        let sla = SlaPolicy::default();
        let facts = vec![
            fact("low", Severity::Low, 1),
            fact("critical", Severity::Critical, 1),
            closed(fact("fixed", Severity::Critical, 9), Status::Resolved, 1),
        ];
        let table = findings(&facts, &context(&sla, 30));
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0][0], Cell::Text("critical".into()));
        assert_eq!(
            cell(&table, &table.rows[0], "status"),
            Some(&Cell::Text("open".into()))
        );
    }
}
