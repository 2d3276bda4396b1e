//! Security reports, built from the vulnerabilities of an organisation (or one
//! repository) as they stood over a period. Nothing here does I/O: the service
//! loads [`Fact`]s, these functions make a [`Table`], and [`render_json`] or
//! [`render_csv`] writes it ([`sarif`] writes findings for code scanning).
//!
//! History is replayed from each vulnerability's own times: it was open at an
//! instant `t` when it was first detected at or before `t` and not closed
//! (resolved, marked false positive or accepted) by then. Threat intelligence is
//! today's. Like the posture score, every view counts a vulnerability once per
//! repository — the riskiest of its branches' copies — except remediation
//! times, where each resolved copy counts (docs/reports.md).

pub mod sarif;
pub mod views;

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use crate::domain::finding::{Finding, Severity};
use crate::domain::lifecycle::Status;
use crate::domain::risk::{self, Criticality, RiskInputs};
use crate::domain::sla::SlaPolicy;

/// Microseconds in a day.
pub const DAY_US: i64 = 86_400 * 1_000_000;

/// What a report knows of one vulnerability.
#[derive(Debug, Clone)]
pub struct Fact {
    /// Vulnerability id.
    pub id: String,
    /// Repository.
    pub repository_id: String,
    /// Branch.
    pub branch: String,
    /// Fingerprint (the same on every branch's copy).
    pub fingerprint: String,
    /// The finding as last reported.
    pub finding: Finding,
    /// Every tool that reported it.
    pub tools: Vec<String>,
    /// Current status.
    pub status: Status,
    /// First detected, µs.
    pub first_detected_us: i64,
    /// When it was closed (resolved, false positive, accepted risk), µs; `None`
    /// while open or in progress.
    pub closed_us: Option<i64>,
    /// Its CVE is in the organisation's KEV catalogue.
    pub known_exploited: bool,
    /// Its CVE's EPSS probability.
    pub epss: Option<f64>,
    /// Its repository's business criticality.
    pub criticality: Criticality,
}

impl Fact {
    /// Whether it was open (or in progress) at `t_us`.
    pub fn open_at(&self, t_us: i64) -> bool {
        self.first_detected_us <= t_us && self.closed_us.is_none_or(|closed| closed > t_us)
    }

    /// Its risk score at `t_us` (its age then against the SLA).
    pub fn risk_at(&self, sla: &SlaPolicy, t_us: i64) -> f64 {
        risk::value(
            &RiskInputs::of_vulnerability(
                self.finding.severity,
                self.finding.cvss.as_ref().map(|cvss| cvss.score),
                self.known_exploited,
                self.epss,
                self.first_detected_us,
                sla,
                t_us,
            )
            .in_repository(self.criticality),
        )
    }

    /// Its tools, or the tool of its finding when none is recorded.
    pub fn tool_names(&self) -> impl Iterator<Item = &str> {
        let fallback = self.tools.is_empty().then_some(&*self.finding.tool);
        self.tools.iter().map(String::as_str).chain(fallback)
    }
}

/// What a report is about besides its facts.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The organisation's SLA policy.
    pub sla: &'a SlaPolicy,
    /// Period start, µs.
    pub start_us: i64,
    /// Period end, µs: "open" views show this instant.
    pub end_us: i64,
}

/// One open vulnerability (the riskiest copy in its repository) at an instant.
#[derive(Debug, Clone, Copy)]
pub struct Open<'a> {
    /// The copy.
    pub fact: &'a Fact,
    /// Its risk then.
    pub risk: f64,
    /// Past its SLA deadline then.
    pub breached: bool,
}

/// The open vulnerabilities at `t_us`, each once per repository (its riskiest
/// copy), riskiest first.
pub fn open_at<'a>(facts: &'a [Fact], sla: &SlaPolicy, t_us: i64) -> Vec<Open<'a>> {
    let mut best: HashMap<(&str, &str), Open<'a>> = HashMap::new();
    for fact in facts.iter().filter(|fact| fact.open_at(t_us)) {
        let risk = fact.risk_at(sla, t_us);
        let key = (fact.repository_id.as_str(), fact.fingerprint.as_str());
        if best.get(&key).is_some_and(|kept| kept.risk >= risk) {
            continue;
        }
        let breached = sla.breached(fact.finding.severity, fact.first_detected_us, t_us);
        best.insert(
            key,
            Open {
                fact,
                risk,
                breached,
            },
        );
    }
    let mut open: Vec<Open<'a>> = best.into_values().collect();
    open.sort_by(|a, b| {
        b.risk
            .total_cmp(&a.risk)
            .then_with(|| a.fact.id.cmp(&b.fact.id))
    });
    open
}

/// Severities from the most severe, as report columns and rows list them.
pub const SEVERITIES: [Severity; 5] = [
    Severity::Critical,
    Severity::High,
    Severity::Medium,
    Severity::Low,
    Severity::Info,
];

/// A severity's column name (`critical`).
pub fn severity_column(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "critical",
        Severity::High => "high",
        Severity::Medium => "medium",
        Severity::Low => "low",
        Severity::Info => "info",
    }
}

/// One value of a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A count.
    Int(i64),
    /// A measure (written with up to two decimals).
    Number(f64),
    /// Nothing (no value for this row).
    Empty,
}

impl Cell {
    fn json(&self) -> Value {
        match self {
            Self::Text(text) => Value::String(text.clone()),
            Self::Int(value) => json!(value),
            Self::Number(value) => json!((value * 100.0).round() / 100.0),
            Self::Empty => Value::Null,
        }
    }

    fn text(&self) -> String {
        match self {
            Self::Text(text) => spreadsheet_safe(text),
            Self::Int(value) => value.to_string(),
            Self::Number(value) => format!("{:.2}", (value * 100.0).round() / 100.0),
            Self::Empty => String::new(),
        }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<i64> for Cell {
    fn from(value: i64) -> Self {
        Self::Int(value)
    }
}

impl From<usize> for Cell {
    fn from(value: usize) -> Self {
        Self::Int(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<f64> for Cell {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

impl From<Option<f64>> for Cell {
    fn from(value: Option<f64>) -> Self {
        value.map_or(Self::Empty, Self::Number)
    }
}

/// A report's content: named columns, rows, and a summary of the whole.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    /// Column names (snake_case).
    pub columns: Vec<&'static str>,
    /// Rows, each with a value per column.
    pub rows: Vec<Vec<Cell>>,
    /// Totals and notes, by name.
    pub summary: Vec<(&'static str, Cell)>,
}

/// Who and what a rendered report is about.
#[derive(Debug, Clone, Default)]
pub struct Heading {
    /// `posture`, `open_vulnerabilities`, …
    pub kind: String,
    /// Compliance framework name, or empty.
    pub framework: String,
    /// Organisation.
    pub organization_id: String,
    /// Repository, or empty for the organisation.
    pub repository_id: String,
    /// Period start, µs.
    pub start_us: i64,
    /// Period end, µs.
    pub end_us: i64,
    /// Generation time, µs.
    pub generated_us: i64,
}

/// RFC 3339 (UTC, seconds) of an instant in µs.
pub fn rfc3339(t_us: i64) -> String {
    chrono::DateTime::from_timestamp_micros(t_us)
        .map(|time| time.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// The report as JSON: `report` (the heading), `summary`, and `rows` as
/// objects keyed by column.
pub fn render_json(heading: &Heading, table: &Table) -> Vec<u8> {
    let rows: Vec<Value> = table
        .rows
        .iter()
        .map(|row| {
            let object: Map<String, Value> = table
                .columns
                .iter()
                .zip(row)
                .map(|(column, cell)| ((*column).to_owned(), cell.json()))
                .collect();
            Value::Object(object)
        })
        .collect();
    let summary: Map<String, Value> = table
        .summary
        .iter()
        .map(|(name, cell)| ((*name).to_owned(), cell.json()))
        .collect();
    let document = json!({
        "report": {
            "kind": heading.kind,
            "framework": heading.framework,
            "organization_id": heading.organization_id,
            "repository_id": heading.repository_id,
            "start_time": rfc3339(heading.start_us),
            "end_time": rfc3339(heading.end_us),
            "generated_time": rfc3339(heading.generated_us),
        },
        "summary": summary,
        "columns": table.columns,
        "rows": rows,
    });
    serde_json::to_vec(&document).unwrap_or_default()
}

/// Text a spreadsheet will not run: a cell starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return is a formula to Excel, LibreOffice and Google
/// Sheets (a finding titled `=HYPERLINK(…)` would become a live link), so it
/// gets a leading `'`, as OWASP's CSV-injection guidance says. Numbers are
/// written as numbers and never pass here.
pub fn spreadsheet_safe(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// The report's rows as CSV (RFC 4180, a header line first), text cells made
/// [`spreadsheet_safe`].
pub fn render_csv(table: &Table) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail; a failed record would only shorten the file.
    let _ = writer.write_record(&table.columns);
    for row in &table.rows {
        let _ = writer.write_record(row.iter().map(Cell::text));
    }
    writer.into_inner().unwrap_or_default()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::finding::Kind;

    #[test]
    fn csv_text_cells_never_start_a_formula() {
        let table = Table {
            columns: vec!["title", "count"],
            rows: [
                "=HYPERLINK(\"http://x\",\"y\")",
                "+1",
                "-cmd",
                "@SUM(A1)",
                "\tx",
                "\rx",
                "plain",
            ]
            .iter()
            .map(|text| vec![Cell::from(*text), Cell::Int(-3)])
            .collect(),
            summary: Vec::new(),
        };
        let csv = String::from_utf8(render_csv(&table)).expect("utf-8");
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let cells: Vec<(String, String)> = reader
            .records()
            .map(|record| {
                let record = record.expect("record");
                (record[0].to_owned(), record[1].to_owned())
            })
            .collect();
        for (title, count) in &cells[..6] {
            assert!(title.starts_with('\''), "{title:?} is escaped");
            assert_eq!(count, "-3", "numbers stay numbers");
        }
        assert_eq!(cells[6].0, "plain");
        assert_eq!(cells[0].0, "'=HYPERLINK(\"http://x\",\"y\")");
    }

    pub(crate) const NOW: i64 = 1_000 * DAY_US;

    /// A fact first detected `age` days before [`NOW`].
    pub(crate) fn fact(id: &str, severity: Severity, age_days: i64) -> Fact {
        Fact {
            id: id.to_owned(),
            repository_id: "repo".to_owned(),
            branch: "main".to_owned(),
            fingerprint: format!("fp-{id}"),
            finding: Finding::new("semgrep", "rule", id, severity, Kind::Sast),
            tools: vec!["semgrep".to_owned()],
            status: Status::Open,
            first_detected_us: NOW - age_days * DAY_US,
            closed_us: None,
            known_exploited: false,
            epss: None,
            criticality: Criticality::Unknown,
        }
    }

    /// The same fact closed `days_ago` days before [`NOW`].
    pub(crate) fn closed(mut fact: Fact, status: Status, days_ago: i64) -> Fact {
        fact.status = status;
        fact.closed_us = Some(NOW - days_ago * DAY_US);
        fact
    }

    #[test]
    fn a_vulnerability_is_open_from_detection_until_closed() {
        let fact = closed(fact("a", Severity::High, 10), Status::Resolved, 4);
        assert!(!fact.open_at(NOW - 11 * DAY_US));
        assert!(fact.open_at(NOW - 10 * DAY_US));
        assert!(fact.open_at(NOW - 5 * DAY_US));
        assert!(!fact.open_at(NOW - 4 * DAY_US));
        assert!(!fact.open_at(NOW));
    }

    #[test]
    fn copies_on_several_branches_count_once_at_their_riskiest() {
        let sla = SlaPolicy::default();
        let main = fact("a", Severity::High, 2);
        let mut feature = fact("b", Severity::High, 20);
        feature.branch = "feature".to_owned();
        feature.fingerprint = main.fingerprint.clone();
        let other = fact("c", Severity::Low, 1);
        let facts = vec![main, feature, other];
        let open = open_at(&facts, &sla, NOW);
        assert_eq!(open.len(), 2);
        // The older copy has used more of its SLA: it is the riskier one.
        assert_eq!(open[0].fact.id, "b");
        assert_eq!(open[1].fact.id, "c");
    }

    #[test]
    fn tables_render_as_json_objects_and_csv_lines() {
        let table = Table {
            columns: vec!["name", "count", "mean"],
            rows: vec![
                vec!["a, \"quoted\"".into(), 3_i64.into(), 1.234_f64.into()],
                vec!["b".into(), 0_i64.into(), Cell::Empty],
            ],
            summary: vec![("total", 3_i64.into())],
        };
        let heading = Heading {
            kind: "per_tool".to_owned(),
            start_us: 0,
            end_us: DAY_US,
            ..Heading::default()
        };
        let json: Value = serde_json::from_slice(&render_json(&heading, &table)).expect("json");
        assert_eq!(json["report"]["end_time"], "1970-01-02T00:00:00Z");
        assert_eq!(json["summary"]["total"], 3);
        assert_eq!(json["rows"][0]["mean"], 1.23);
        assert_eq!(json["rows"][1]["mean"], Value::Null);
        let csv = String::from_utf8(render_csv(&table)).expect("utf-8");
        assert_eq!(csv, "name,count,mean\n\"a, \"\"quoted\"\"\",3,1.23\nb,0,\n");
    }
}
