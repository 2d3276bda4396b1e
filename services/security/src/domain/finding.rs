//! The normalised finding every parser produces, whatever the tool.

use sha2::{Digest, Sha256};

/// Normalised severity, ordered from least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Informational.
    Info,
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
    /// Critical.
    Critical,
}

impl Severity {
    /// Reads the words tools use (`HIGH`, `error`, `moderate`, `negligible`, …).
    pub fn from_word(word: &str) -> Option<Self> {
        match word.trim().to_ascii_lowercase().as_str() {
            "critical" | "blocker" => Some(Self::Critical),
            "high" | "error" | "major" | "severe" => Some(Self::High),
            "medium" | "moderate" | "warning" | "warn" => Some(Self::Medium),
            "low" | "minor" | "note" => Some(Self::Low),
            "info" | "informational" | "information" | "none" | "negligible" | "unknown" => {
                Some(Self::Info)
            }
            _ => None,
        }
    }

    /// From a CVSS-style score (SARIF `security-severity`), as GitHub code scanning maps it.
    pub fn from_score(score: f64) -> Self {
        match score {
            s if s >= 9.0 => Self::Critical,
            s if s >= 7.0 => Self::High,
            s if s >= 4.0 => Self::Medium,
            s if s > 0.0 => Self::Low,
            _ => Self::Info,
        }
    }

    /// The display name used by the fixtures and reports (`High`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Info => "Info",
            Self::Low => "Low",
            Self::Medium => "Medium",
            Self::High => "High",
            Self::Critical => "Critical",
        }
    }
}

/// What kind of problem a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Static analysis of code.
    Sast,
    /// A vulnerable dependency.
    Dependency,
    /// A leaked secret.
    Secret,
    /// An infrastructure-as-code misconfiguration.
    Iac,
    /// A finding from a running application.
    Dast,
    /// A container image vulnerability.
    Container,
}

impl Kind {
    /// The stored and reported name (`dependency`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Sast => "sast",
            Self::Dependency => "dependency",
            Self::Secret => "secret",
            Self::Iac => "iac",
            Self::Dast => "dast",
            Self::Container => "container",
        }
    }
}

/// A package a dependency finding is about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Component {
    /// Package name.
    pub name: String,
    /// Installed version.
    pub version: String,
    /// First fixed version.
    pub fixed_version: String,
    /// Ecosystem.
    pub ecosystem: String,
    /// Package URL (`pkg:npm/lodash@4.17.20`), when the tool gives one.
    pub purl: String,
}

/// How sure the tool is of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

impl Confidence {
    /// Reads the words tools use (`HIGH`, `Medium`, `certain`, `firm`, `tentative`)
    /// and ZAP's numbers (`1` low … `3` high, `4` confirmed).
    pub fn from_word(word: &str) -> Option<Self> {
        match word.trim().to_ascii_lowercase().as_str() {
            "high" | "certain" | "confirmed" | "3" | "4" => Some(Self::High),
            "medium" | "firm" | "2" => Some(Self::Medium),
            "low" | "tentative" | "experimental" | "1" => Some(Self::Low),
            _ => None,
        }
    }

    /// The stored name (`high`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}

/// A CVSS rating.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cvss {
    /// Vector string (`CVSS:3.1/AV:N/…`), when given.
    pub vector: String,
    /// Base score, 0.0–10.0.
    pub score: f64,
    /// Version (`3.1`), from the vector or the tool.
    pub version: String,
}

impl Cvss {
    /// A rating from a score and a vector (either may be missing); `None` when
    /// neither is usable. The version is read from the vector's prefix.
    pub fn of(score: Option<f64>, vector: &str) -> Option<Self> {
        let score = score.filter(|score| (0.0..=10.0).contains(score));
        let vector = vector.trim();
        if score.is_none() && vector.is_empty() {
            return None;
        }
        let version = vector
            .strip_prefix("CVSS:")
            .and_then(|rest| rest.split('/').next())
            .unwrap_or(if vector.starts_with("AV:") && vector.contains("Au:") {
                "2.0"
            } else {
                ""
            })
            .to_owned();
        Some(Self {
            vector: vector.to_owned(),
            score: score.unwrap_or_default(),
            version,
        })
    }
}

/// A leaked secret, never kept in clear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretEvidence {
    /// SHA-256 of the secret (salted by the store before persisting).
    pub hash: String,
    /// A few characters from its ends (`AKIA****WXYZ`), never most of it.
    pub preview: String,
}

impl SecretEvidence {
    /// Replaces the hash with one keyed by the organisation's salt, so stored
    /// fingerprints cannot be checked against guessed secrets without the salt.
    pub fn salt(&mut self, salt: &[u8]) {
        let mut hasher = Sha256::new();
        hasher.update(salt);
        hasher.update(self.hash.as_bytes());
        self.hash = hex::encode(hasher.finalize());
    }

    /// Evidence for a secret value. The preview shows a fifth of the value at
    /// each end, at most four characters (`AKIA****MPLE` of a 20-character
    /// key), and nothing of a short one (`****`): enough to recognise a key,
    /// not to rebuild it.
    pub fn of(secret: &str) -> Self {
        let chars: Vec<char> = secret.chars().collect();
        let shown = chars.len() / 5;
        let preview = if shown == 0 {
            "****".to_owned()
        } else {
            let head: String = chars[..shown.min(4)].iter().collect();
            let tail: String = chars[chars.len() - shown.min(4)..].iter().collect();
            format!("{head}****{tail}")
        };
        Self {
            hash: hex::encode(Sha256::digest(secret.as_bytes())),
            preview,
        }
    }
}

/// Text that a report's findings share (a tool's name, a rule's id,
/// description and links): a parser that reads it once per rule hands every
/// finding of the rule the same copy, so a 100,000-finding report holds its
/// rules' texts once rather than once per finding.
pub type Shared = std::sync::Arc<str>;

/// `tool` as a [`Shared`] text: the same copy for every finding a thread
/// parses from one tool (a report names one or a few).
fn tool_name(tool: &str) -> Shared {
    thread_local! {
        static NAMES: std::cell::RefCell<Vec<Shared>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    NAMES.with_borrow_mut(|names| {
        if let Some(name) = names.iter().find(|name| &***name == tool) {
            return name.clone();
        }
        let name = Shared::from(tool);
        // Tools are few; a parser naming many (a tool per result) stops here.
        if names.len() < 32 {
            names.push(name.clone());
        }
        name
    })
}

/// One finding as a tool reported it, normalised.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Tool name (`semgrep`, `CodeQL`).
    pub tool: Shared,
    /// The tool's rule or check id.
    pub rule_id: Shared,
    /// Short title.
    pub title: String,
    /// Longer description.
    pub description: Shared,
    /// Severity.
    pub severity: Severity,
    /// Kind.
    pub kind: Kind,
    /// CVE id, when known.
    pub cve_id: Option<String>,
    /// CWE number, when known.
    pub cwe: Option<u32>,
    /// File, as the tool names it.
    pub file_path: String,
    /// Line (1-based), when known.
    pub line: Option<u32>,
    /// Affected component (boxed, like the other parts most findings lack:
    /// a report's findings are its largest part in memory).
    pub component: Option<Box<Component>>,
    /// The tool's own stable identifier of this finding, when it gives one.
    pub tool_fingerprint: Option<String>,
    /// Code or text around the finding (secrets redacted).
    pub snippet: String,
    /// Secret evidence, for secret findings.
    pub secret: Option<Box<SecretEvidence>>,
    /// Links.
    pub references: Vec<Shared>,
    /// How to fix it, when the tool says.
    pub remediation: String,
    /// CVSS rating, when the tool gives one.
    pub cvss: Option<Box<Cvss>>,
    /// The tool's confidence, when given.
    pub confidence: Option<Confidence>,
    /// A triage state the tool itself reports: `suppressed` (SARIF suppressions,
    /// Dependency-Check suppressions) or a CycloneDX VEX state (`not_affected`,
    /// `false_positive`, …). Ingestion turns it into the vulnerability's status.
    pub tool_status: Option<String>,
    /// The project or resource the finding is in, when one report covers
    /// several (a repository of a Semgrep deployment's export, a Kubernetes
    /// workload): the same advisory in the same package in two of them is two
    /// vulnerabilities, so it is part of a dependency finding's identity.
    pub origin: Option<String>,
}

impl Finding {
    /// A finding with the essentials; the rest is filled by the parser.
    pub fn new(tool: &str, rule_id: &str, title: &str, severity: Severity, kind: Kind) -> Self {
        Self::of_rule(tool_name(tool), rule_id.into(), title, severity, kind)
    }

    /// [`Finding::new`] with the tool's name and the rule's id as the
    /// parser shares them between the findings of one rule.
    pub fn of_rule(
        tool: Shared,
        rule_id: Shared,
        title: &str,
        severity: Severity,
        kind: Kind,
    ) -> Self {
        Self {
            tool,
            rule_id,
            title: title.to_owned(),
            description: Shared::default(),
            severity,
            kind,
            cve_id: None,
            cwe: None,
            file_path: String::new(),
            line: None,
            component: None,
            tool_fingerprint: None,
            snippet: String::new(),
            secret: None,
            references: Vec::new(),
            remediation: String::new(),
            cvss: None,
            confidence: None,
            tool_status: None,
            origin: None,
        }
    }

    /// Every text of the finding but the shared ones, to check or rewrite them.
    fn texts_mut(&mut self) -> impl Iterator<Item = &mut String> {
        let component = self.component.as_mut().into_iter().flat_map(|component| {
            [
                &mut component.name,
                &mut component.version,
                &mut component.fixed_version,
                &mut component.ecosystem,
                &mut component.purl,
            ]
        });
        let cvss = self
            .cvss
            .as_mut()
            .into_iter()
            .flat_map(|cvss| [&mut cvss.vector, &mut cvss.version]);
        let secret = self
            .secret
            .as_mut()
            .into_iter()
            .flat_map(|secret| [&mut secret.hash, &mut secret.preview]);
        [
            &mut self.title,
            &mut self.file_path,
            &mut self.snippet,
            &mut self.remediation,
        ]
        .into_iter()
        .chain(self.cve_id.as_mut())
        .chain(self.tool_fingerprint.as_mut())
        .chain(self.tool_status.as_mut())
        .chain(self.origin.as_mut())
        .chain(component)
        .chain(cvss)
        .chain(secret)
    }

    /// Replaces NUL characters (which a JSON report can carry as `\u0000`)
    /// with U+FFFD: PostgreSQL text cannot hold them, and no scanner means one.
    pub fn replace_nul(&mut self) {
        for text in self.texts_mut() {
            if text.contains('\0') {
                *text = text.replace('\0', "\u{FFFD}");
            }
        }
        let shared = [&mut self.tool, &mut self.rule_id, &mut self.description];
        for text in shared.into_iter().chain(self.references.iter_mut()) {
            if text.contains('\0') {
                *text = text.replace('\0', "\u{FFFD}").into();
            }
        }
    }

    /// The identity used for deduplication: the tool's fingerprint when it gives
    /// one, otherwise what identifies the problem independently of line numbers
    /// (so code moving down a file is the same finding): dependency findings by
    /// package, version and advisory; secrets by the secret; code findings by
    /// rule, file and the normalised snippet or title.
    pub fn fingerprint(&self) -> String {
        let (_, material) = self.identity();
        hex::encode(Sha256::digest(material.as_bytes()))
    }

    /// A digest of where the finding is (file, line, snippet): what a report
    /// of a known vulnerability may change besides when it was seen. See
    /// [`place_digest`].
    pub fn place_digest(&self) -> u64 {
        place_digest(&self.file_path, self.line.unwrap_or(0), &self.snippet)
    }

    /// Why two reports with this finding's fingerprint are the same vulnerability,
    /// in words (`same CVE in the same package and version`).
    pub fn match_basis(&self) -> &'static str {
        self.identity().0
    }

    fn identity(&self) -> (&'static str, String) {
        match (
            &self.component,
            self.kind,
            &self.tool_fingerprint,
            &self.secret,
        ) {
            // Dependency findings are the same whichever tool reports them.
            (Some(component), Kind::Dependency | Kind::Container, _, _)
                if !component.name.is_empty() =>
            {
                let advisory = self
                    .cve_id
                    .clone()
                    .unwrap_or_else(|| self.rule_id.to_string());
                let package = format!(
                    "dep\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{advisory}",
                    normalise_ecosystem(&component.ecosystem),
                    component.name.to_ascii_lowercase(),
                    component.version
                );
                match &self.origin {
                    None => ("same advisory in the same package and version", package),
                    Some(origin) => (
                        "same advisory in the same package and version, in the same project or resource",
                        format!("{package}\u{1f}{origin}"),
                    ),
                }
            }
            (_, _, Some(own), _) => (
                "same tool fingerprint",
                format!("tool\u{1f}{}\u{1f}{}\u{1f}{own}", self.tool, self.rule_id),
            ),
            (_, _, None, Some(secret)) => (
                "same secret in the same file",
                format!(
                    "secret\u{1f}{}\u{1f}{}\u{1f}{}",
                    self.rule_id, self.file_path, secret.hash
                ),
            ),
            _ => {
                let context = if self.snippet.trim().is_empty() {
                    &self.title
                } else {
                    &self.snippet
                };
                let normalised: String = context.split_whitespace().collect::<Vec<_>>().join(" ");
                (
                    "same rule, file and code (line numbers ignored)",
                    format!(
                        "code\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{normalised}",
                        self.tool, self.rule_id, self.file_path
                    ),
                )
            }
        }
    }
}

/// Tools name ecosystems differently (`jar`, `pom`, `maven`; `pip`, `pypi`).
fn normalise_ecosystem(ecosystem: &str) -> String {
    let lower = ecosystem.to_ascii_lowercase();
    let known = match lower.as_str() {
        "jar" | "pom" | "gradle" | "maven" => "maven",
        "pip" | "pipenv" | "poetry" | "python-pkg" | "pypi" => "pypi",
        "npm" | "yarn" | "pnpm" | "node-pkg" => "npm",
        "gomod" | "gobinary" | "golang" | "go" => "golang",
        "cargo" | "rust-binary" => "cargo",
        "gemspec" | "bundler" | "gem" => "gem",
        "composer" => "composer",
        "nuget" | "dotnet-core" => "nuget",
        _ => return lower,
    };
    known.to_owned()
}

/// Finds a CWE number in free text (`CWE-79`, `cwe/79`, `definitions/79.html`).
pub fn find_cwe(text: &str) -> Option<u32> {
    let lower = text.to_ascii_lowercase();
    for marker in ["cwe-", "cwe/", "cwe:", "cwe ", "definitions/"] {
        if let Some(start) = lower.find(marker) {
            let digits: String = lower[start + marker.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if let Ok(number) = digits.parse() {
                return Some(number);
            }
        }
    }
    None
}

/// A digest of a place (file, line — 0 for none — and snippet), to tell
/// whether a report moved a known vulnerability. Kept in memory only (the
/// hash may differ between builds), never stored.
pub fn place_digest(file_path: &str, line: u32, snippet: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    (file_path, line, snippet).hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_read_from_tool_words_and_scores() {
        assert_eq!(Severity::from_word("ERROR"), Some(Severity::High));
        assert_eq!(Severity::from_word("moderate"), Some(Severity::Medium));
        assert_eq!(Severity::from_word("whatever"), None);
        assert_eq!(Severity::from_score(9.8), Severity::Critical);
        assert_eq!(Severity::from_score(5.0), Severity::Medium);
    }

    #[test]
    fn moving_code_down_a_file_keeps_the_fingerprint() {
        let mut a = Finding::new("semgrep", "rule", "title", Severity::High, Kind::Sast);
        a.file_path = "app.py".into();
        a.snippet = "eval(  user_input )".into();
        a.line = Some(10);
        let mut b = a.clone();
        b.line = Some(42);
        b.snippet = "eval(user_input )".replace("eval(", "eval(  ");
        assert_eq!(a.fingerprint(), b.fingerprint());
        b.file_path = "other.py".into();
        assert_ne!(a.fingerprint(), b.fingerprint());
    }

    #[test]
    fn the_same_cve_in_the_same_package_is_one_finding_whichever_tool_reports_it() {
        let dependency = |tool: &str, ecosystem: &str| {
            let mut finding = Finding::new(tool, "x", "t", Severity::High, Kind::Dependency);
            finding.cve_id = Some("CVE-2021-44228".into());
            finding.component = Some(Box::new(Component {
                name: "log4j-core".into(),
                version: "2.13.2".into(),
                fixed_version: String::new(),
                ecosystem: ecosystem.into(),
                purl: String::new(),
            }));
            finding
        };
        assert_eq!(
            dependency("trivy", "jar").fingerprint(),
            dependency("dependency-check", "maven").fingerprint()
        );
        assert_ne!(
            dependency("trivy", "alpine").fingerprint(),
            dependency("trivy", "debian").fingerprint()
        );
    }

    #[test]
    fn secrets_are_previewed_not_kept() {
        let evidence = SecretEvidence::of("AKIAIOSFODNN7EXAMPLE");
        assert_eq!(evidence.preview, "AKIA****MPLE");
        assert_eq!(evidence.hash.len(), 64);
    }

    #[test]
    fn cwe_numbers_are_found_in_text() {
        assert_eq!(find_cwe("CWE-327: Use of a Broken Algorithm"), Some(327));
        assert_eq!(find_cwe("external/cwe/cwe-079"), Some(79));
        assert_eq!(
            find_cwe("https://cwe.mitre.org/data/definitions/327.html"),
            Some(327)
        );
        assert_eq!(find_cwe("nothing"), None);
    }
}
