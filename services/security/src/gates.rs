//! Quality gates as a service: the inputs of a branch (its open findings with
//! risk, KEV, EPSS and SLA state, cached until the branch changes), the
//! evaluation of the policies that apply, the last verdict of each branch, and
//! re-evaluation when something that can flip a verdict changes, with a
//! `gate.changed` event for every policy whose verdict changed.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use secureflow_platform::db::{Database, micros_to_timestamp, now_micros};
use secureflow_platform::events::{self as platform_events, EventContext, EventLog};
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::security::v1::{self as pb, GateEvaluation, Verdict};
use sqlx::AnyConnection;

use crate::config::SecurityConfig;
use crate::domain::gate::{self, Findings, GateFinding};
use crate::domain::lifecycle::Status;
use crate::domain::risk::Criticality;
use crate::domain::sla::SlaPolicy;
use crate::store;
use crate::store::scans::Scans;
use crate::{convert, events, policies};

/// Cached inputs are rebuilt after this long even when nothing changed, as
/// ages (and so risk and SLA state) move with time.
const MAX_INPUT_AGE: Duration = Duration::from_secs(600);
/// Most branches whose inputs are kept.
const MAX_CACHED_BRANCHES: usize = 64;

/// What a gate is evaluated for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Target {
    /// Organisation.
    pub organization_id: String,
    /// Repository.
    pub repository_id: String,
    /// Branch.
    pub branch: String,
    /// Base branch for "new" (empty: the configured default branch).
    pub base_branch: String,
    /// Commit evaluated (findings first seen at it are new on the base branch itself).
    pub commit_sha: String,
    /// Scan evaluated (likewise).
    pub scan_id: String,
}

impl Target {
    /// The gate of the branch a stored scan is of, evaluated for that scan and
    /// its commit, against `base_branch` (empty: the default).
    pub fn of_scan(scan: &store::scans::ScanRow, base_branch: &str) -> Self {
        Self {
            organization_id: scan.scope.organization_id.clone(),
            repository_id: scan.scope.repository_id.clone(),
            branch: scan.scope.branch.clone(),
            base_branch: base_branch.to_owned(),
            commit_sha: scan.scope.commit_sha.clone(),
            scan_id: scan.id.clone(),
        }
    }
}

/// The inputs of one branch, as of one version of it.
#[derive(Debug)]
struct BranchInputs {
    version: i64,
    intel_version: i64,
    sla: SlaPolicy,
    criticality: Criticality,
    built_at: Instant,
    /// Open findings.
    findings: Vec<GateFinding>,
    /// Their fingerprints (see [`fingerprint_key`]), first scans and first
    /// commits, index for index.
    fingerprints: Vec<u128>,
    first_scans: Vec<String>,
    first_commits: Vec<String>,
    /// Fingerprints present on the branch in any state but resolved. They
    /// are already uniform hashes: a fast non-keyed hasher is enough, and
    /// checking 100,000 of them per evaluation is the hot loop of "new".
    present: FingerprintSet,
    /// The branch has been scanned at least once.
    scanned: bool,
}

/// A set of fingerprint keys.
type FingerprintSet = HashSet<u128, foldhash::fast::FixedState>;

/// Branch inputs kept between evaluations, checked against the branch's
/// version on every use (so several processes sharing a database stay right).
/// Bounded by the findings it holds (`security.gate_cache_findings`, the
/// least recently used branches leave first) and emptied of branches unused
/// for `security.gate_cache_idle_seconds`, so a quiet server gives the memory
/// back.
#[derive(Debug)]
pub struct GateCache {
    branches: Mutex<HashMap<(String, String, String), CachedBranch>>,
    max_findings: usize,
    idle: Duration,
}

#[derive(Debug)]
struct CachedBranch {
    inputs: Arc<BranchInputs>,
    used_at: Instant,
}

impl GateCache {
    /// A cache of at most `max_findings` findings, forgetting branches unused for `idle`.
    pub fn new(max_findings: usize, idle: Duration) -> Self {
        Self {
            branches: Mutex::new(HashMap::new()),
            max_findings,
            idle,
        }
    }

    fn branches(
        &self,
    ) -> std::sync::MutexGuard<'_, HashMap<(String, String, String), CachedBranch>> {
        self.branches
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn get(&self, key: &(String, String, String)) -> Option<Arc<BranchInputs>> {
        let mut branches = self.branches();
        let cached = branches.get_mut(key)?;
        cached.used_at = Instant::now();
        Some(cached.inputs.clone())
    }

    fn put(&self, key: (String, String, String), inputs: Arc<BranchInputs>) {
        let size = inputs.findings.len();
        let mut branches = self.branches();
        branches.remove(&key);
        if size > self.max_findings {
            return;
        }
        let mut held: usize = branches.values().map(|b| b.inputs.findings.len()).sum();
        while held + size > self.max_findings || branches.len() >= MAX_CACHED_BRANCHES {
            let Some(oldest) = branches
                .iter()
                .min_by_key(|(_, cached)| cached.used_at)
                .map(|(key, _)| key.clone())
            else {
                break;
            };
            if let Some(evicted) = branches.remove(&oldest) {
                held -= evicted.inputs.findings.len();
            }
        }
        branches.insert(
            key,
            CachedBranch {
                inputs,
                used_at: Instant::now(),
            },
        );
    }

    /// Forgets the branches unused for the idle time.
    pub fn expire_idle(&self) {
        let idle = self.idle;
        self.branches()
            .retain(|_, cached| cached.used_at.elapsed() < idle);
    }
}

async fn load_inputs(
    scans: &Scans,
    connection: &mut AnyConnection,
    key: &(String, String, String),
    version: i64,
    intel_version: i64,
    (sla, criticality): (SlaPolicy, Criticality),
) -> Result<BranchInputs> {
    let (organization_id, repository_id, branch) = key;
    let rows =
        store::vulnerabilities::gate_rows(connection, organization_id, repository_id, branch)
            .await?;
    let now = now_micros();
    let mut inputs = BranchInputs {
        version,
        intel_version,
        sla,
        criticality,
        built_at: Instant::now(),
        findings: Vec::with_capacity(rows.len()),
        fingerprints: Vec::with_capacity(rows.len()),
        first_scans: Vec::with_capacity(rows.len()),
        first_commits: Vec::with_capacity(rows.len()),
        present: FingerprintSet::with_capacity_and_hasher(rows.len(), Default::default()),
        scanned: false,
    };
    for row in rows {
        let fingerprint = fingerprint_key(&row.fingerprint);
        inputs.present.insert(fingerprint);
        if !matches!(row.status, Status::Open | Status::InProgress) {
            continue;
        }
        let risk = crate::domain::risk::score(
            &crate::domain::risk::RiskInputs::of_vulnerability(
                row.severity,
                row.cvss_score,
                row.known_exploited,
                row.epss,
                row.first_detected_us,
                &sla,
                now,
            )
            .in_repository(criticality),
        );
        inputs.findings.push(GateFinding {
            id: row.id,
            severity: row.severity,
            kind: row.kind,
            tools: row.tools,
            rule_id: row.rule_id,
            cve_id: row.cve_id,
            cwe: row.cwe,
            file_path: row.file_path,
            component: row.component_name,
            component_version: row.component_version,
            risk: risk.score,
            known_exploited: row.known_exploited,
            epss: row.epss,
            sla_breached: sla.breached(row.severity, row.first_detected_us, now),
        });
        inputs.fingerprints.push(fingerprint);
        inputs.first_scans.push(row.first_scan_id);
        inputs.first_commits.push(row.first_commit_sha);
    }
    inputs.scanned = scans
        .branch_scanned(connection, organization_id, repository_id, branch)
        .await?;
    Ok(inputs)
}

/// A fingerprint (hex SHA-256) as the number of its first 128 bits: comparing
/// 100,000 of them against a base branch is then a few milliseconds, and two
/// different findings sharing those bits is as unlikely as a SHA-256 collision
/// for any practical count. Other text (never written by this service) is hashed.
fn fingerprint_key(fingerprint: &str) -> u128 {
    fingerprint
        .get(..32)
        .and_then(|prefix| u128::from_str_radix(prefix, 16).ok())
        .unwrap_or_else(|| {
            use sha2::Digest as _;
            let digest = sha2::Sha256::digest(fingerprint.as_bytes());
            let mut bytes = [0_u8; 16];
            bytes.copy_from_slice(&digest[..16]);
            u128::from_be_bytes(bytes)
        })
}

/// The gate service: evaluation, stored verdicts, re-evaluation.
#[derive(Debug, Clone)]
pub struct Gates {
    db: Database,
    log: EventLog,
    scans: Arc<Scans>,
    cache: Arc<GateCache>,
    default_base_branch: String,
}

impl Gates {
    /// Gates over `db`, publishing to `log`, with the settings of `config`
    /// (the default base branch, when neither the call nor the scan names one,
    /// and the cache's bounds).
    pub fn new(db: Database, log: EventLog, scans: Arc<Scans>, config: &SecurityConfig) -> Self {
        Self {
            db,
            log,
            scans,
            cache: Arc::new(GateCache::new(
                config.gate_cache_findings,
                Duration::from_secs(config.gate_cache_idle_seconds),
            )),
            default_base_branch: config.default_base_branch.clone(),
        }
    }

    /// Forgets cached branch inputs nobody used lately.
    pub fn expire_idle(&self) {
        self.cache.expire_idle();
    }

    async fn inputs(
        &self,
        connection: &mut AnyConnection,
        organization_id: &str,
        repository_id: &str,
        branch: &str,
        intel_version: i64,
        (sla, criticality): (SlaPolicy, Criticality),
    ) -> Result<Arc<BranchInputs>> {
        let key = (
            organization_id.to_owned(),
            repository_id.to_owned(),
            branch.to_owned(),
        );
        let version = store::vulnerabilities::branch_version(
            connection,
            organization_id,
            repository_id,
            branch,
        )
        .await?;
        if let Some(cached) = self.cache.get(&key)
            && cached.version == version
            && cached.intel_version == intel_version
            && cached.sla == sla
            && cached.criticality == criticality
            && cached.built_at.elapsed() < MAX_INPUT_AGE
        {
            return Ok(cached);
        }
        let inputs = Arc::new(
            load_inputs(
                &self.scans,
                connection,
                &key,
                version,
                intel_version,
                (sla, criticality),
            )
            .await?,
        );
        self.cache.put(key, inputs.clone());
        Ok(inputs)
    }

    /// Evaluates the gate for `target` with the policies that apply to it; `None`
    /// when no enabled policy applies.
    pub async fn evaluate(&self, target: &Target) -> Result<Option<GateEvaluation>> {
        let mut connection = self.db.pool().acquire().await?;
        let policies = policies::applicable(
            &mut connection,
            &target.organization_id,
            &target.repository_id,
            &target.branch,
        )
        .await?;
        if policies.is_empty() {
            return Ok(None);
        }
        let base_branch = if target.base_branch.is_empty() {
            self.default_base_branch.clone()
        } else {
            target.base_branch.clone()
        };
        let (kev_imported, intel_version) =
            store::intel::state(&mut connection, &target.organization_id).await?;
        let sla =
            store::organizations::sla_policy(&mut connection, &target.organization_id).await?;
        let criticality = store::repositories::find(
            &mut connection,
            &target.organization_id,
            &target.repository_id,
        )
        .await?
        .map(|known| known.criticality)
        .unwrap_or_default();
        let branch = self
            .inputs(
                &mut connection,
                &target.organization_id,
                &target.repository_id,
                &target.branch,
                intel_version,
                (sla, criticality),
            )
            .await?;
        let mut new_unknown = None;
        let new: Vec<bool> = if base_branch == target.branch {
            // On the base branch itself, new means first seen by what is evaluated.
            (0..branch.findings.len())
                .map(|index| {
                    (!target.scan_id.is_empty() && branch.first_scans[index] == target.scan_id)
                        || (!target.commit_sha.is_empty()
                            && branch.first_commits[index] == target.commit_sha)
                })
                .collect()
        } else {
            let base = self
                .inputs(
                    &mut connection,
                    &target.organization_id,
                    &target.repository_id,
                    &base_branch,
                    intel_version,
                    (sla, criticality),
                )
                .await?;
            if !base.scanned {
                new_unknown = Some(format!(
                    "the base branch `{base_branch}` has never been scanned, so new findings cannot be told from old ones"
                ));
            }
            branch
                .fingerprints
                .iter()
                .map(|fingerprint| !base.present.contains(fingerprint))
                .collect()
        };
        drop(connection);
        let findings = Findings {
            open: &branch.findings,
            new: &new,
            new_unknown: new_unknown.as_deref(),
            kev_imported,
        };
        let results: Vec<gate::PolicyResult> = policies
            .iter()
            .map(|policy| gate::evaluate_policy(&convert::policy_from(policy), &findings))
            .collect();
        let verdict = convert::verdict(gate::overall(&results));
        Ok(Some(GateEvaluation {
            verdict: verdict as i32,
            repository_id: target.repository_id.clone(),
            branch: target.branch.clone(),
            commit_sha: target.commit_sha.clone(),
            base_branch,
            policies: results.into_iter().map(convert::policy_result).collect(),
            evaluate_time: Some(micros_to_timestamp(now_micros())),
            unavailable: false,
        }))
    }

    /// Evaluates, stores the branch's verdict and publishes `gate.changed` for
    /// every policy whose verdict differs from the branch's previous one.
    pub async fn evaluate_and_record(
        &self,
        target: &Target,
        cause: &str,
        context: &EventContext,
    ) -> Result<Option<GateEvaluation>> {
        let evaluation = self.evaluate(target).await?;
        let verdicts: BTreeMap<String, String> = evaluation
            .iter()
            .flat_map(|evaluation| &evaluation.policies)
            .map(|result| {
                (
                    result.policy_id.clone(),
                    verdict_name(result.verdict).to_owned(),
                )
            })
            .collect();
        let overall = evaluation
            .as_ref()
            .map_or("VERDICT_UNSPECIFIED", |evaluation| {
                verdict_name(evaluation.verdict)
            });
        let mut tx = self.db.begin().await?;
        let previous = store::gates::previous_verdicts(
            &mut tx,
            &target.organization_id,
            &target.repository_id,
            &target.branch,
        )
        .await?;
        let recorded = store::gates::Recorded {
            repository_id: target.repository_id.clone(),
            branch: target.branch.clone(),
            base_branch: target.base_branch.clone(),
            commit_sha: target.commit_sha.clone(),
            scan_id: target.scan_id.clone(),
        };
        let stored = store::gates::Verdicts {
            overall,
            policies: &verdicts,
        };
        store::gates::record(&mut tx, &target.organization_id, &recorded, stored).await?;
        let mut changed = Vec::new();
        for (policy_id, verdict) in &verdicts {
            let before = previous.get(policy_id).map_or("", String::as_str);
            if before != verdict {
                changed.push(events::gate_changed(
                    target, policy_id, before, verdict, cause,
                ));
            }
        }
        for (policy_id, before) in &previous {
            if !verdicts.contains_key(policy_id) {
                // The policy no longer applies (deleted, disabled or rescoped).
                changed.push(events::gate_changed(target, policy_id, before, "", cause));
            }
        }
        let published = !changed.is_empty();
        if published {
            let envelopes = events::PUBLISHER.envelopes(context, changed);
            platform_events::append_all(&mut tx, self.db.backend(), &envelopes).await?;
        }
        tx.commit().await?;
        if published {
            self.log.notify_committed();
        }
        Ok(evaluation)
    }

    /// Re-evaluates the recorded gates of the organisation of `context` that
    /// `affected` selects, with `cause`; returns how many were re-evaluated.
    pub async fn reevaluate(
        &self,
        context: &EventContext,
        affected: Affected<'_>,
        cause: &str,
    ) -> Result<i64> {
        let organization_id = &context.organization_id;
        let mut count = 0;
        for recorded in store::gates::recorded(&self.db, organization_id).await? {
            let base = if recorded.base_branch.is_empty() {
                self.default_base_branch.as_str()
            } else {
                recorded.base_branch.as_str()
            };
            let selected = match affected {
                Affected::All => true,
                Affected::Repository(repository) => recorded.repository_id == repository,
                Affected::Branch { repository, branch } => {
                    recorded.repository_id == repository
                        && (recorded.branch == branch || base == branch)
                }
            };
            if selected {
                let target = Target {
                    organization_id: organization_id.clone(),
                    repository_id: recorded.repository_id,
                    branch: recorded.branch,
                    base_branch: recorded.base_branch,
                    commit_sha: recorded.commit_sha,
                    scan_id: recorded.scan_id,
                };
                self.evaluate_and_record(&target, cause, context).await?;
                count += 1;
            }
        }
        Ok(count)
    }
}

/// What `EvaluateGate` names: a repository and branch, evaluated for a
/// stored scan, at a commit, or as the branch is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Requested {
    /// Repository (may be left to the scan).
    pub repository_id: String,
    /// Branch (may be left to the scan).
    pub branch: String,
    /// Base branch (empty: the default).
    pub base_branch: String,
    /// A stored scan to evaluate for, if any.
    pub scan_id: Option<String>,
    /// A commit to evaluate at, if any.
    pub commit_sha: Option<String>,
}

impl Gates {
    /// Evaluates and records the gate `requested` names; PASS without policies
    /// when none applies.
    pub async fn evaluate_requested(
        &self,
        context: &EventContext,
        requested: Requested,
    ) -> Result<GateEvaluation> {
        let target = self.target_of(&context.organization_id, requested).await?;
        Ok(self
            .evaluate_and_record(&target, "evaluation", context)
            .await?
            .unwrap_or_else(|| without_policies(&target)))
    }

    async fn target_of(&self, organization_id: &str, requested: Requested) -> Result<Target> {
        let mut target = Target {
            organization_id: organization_id.to_owned(),
            repository_id: crate::repositories::resolve(
                &self.db,
                organization_id,
                &requested.repository_id,
            )
            .await?,
            branch: requested.branch,
            base_branch: requested.base_branch,
            commit_sha: requested.commit_sha.unwrap_or_default(),
            ..Target::default()
        };
        if let Some(id) = requested.scan_id {
            let scan = self
                .scans
                .get(organization_id, &id)
                .await?
                .ok_or_else(|| Error::not_found("scan", &id))?;
            if target.repository_id.is_empty() {
                target.repository_id.clone_from(&scan.scope.repository_id);
            }
            if target.branch.is_empty() {
                target.branch.clone_from(&scan.scope.branch);
            }
            if (target.repository_id.as_str(), target.branch.as_str())
                != (
                    scan.scope.repository_id.as_str(),
                    scan.scope.branch.as_str(),
                )
            {
                return Err(Error::invalid_field(
                    "scan_id",
                    "the scan is of another repository or branch than the one named",
                ));
            }
            target = Target::of_scan(&scan, &target.base_branch);
        }
        if target.repository_id.trim().is_empty() {
            return Err(Error::invalid_field("repository_id", "must not be empty"));
        }
        if target.branch.trim().is_empty() {
            return Err(Error::invalid_field("branch", "must not be empty"));
        }
        Ok(target)
    }
}

/// PASS with no policy: what a gate says when no enabled policy applies.
fn without_policies(target: &Target) -> GateEvaluation {
    GateEvaluation {
        verdict: Verdict::Pass as i32,
        repository_id: target.repository_id.clone(),
        branch: target.branch.clone(),
        commit_sha: target.commit_sha.clone(),
        base_branch: target.base_branch.clone(),
        policies: Vec::new(),
        evaluate_time: Some(micros_to_timestamp(now_micros())),
        unavailable: false,
    }
}

/// Which recorded gates a change can flip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Affected<'a> {
    /// Every gate of the organisation (threat intelligence, SLA).
    All,
    /// Every gate of one repository (a policy scoped to it).
    Repository(&'a str),
    /// Gates of a branch and of the branches it is the base of (triage).
    Branch {
        /// Repository.
        repository: &'a str,
        /// Branch.
        branch: &'a str,
    },
}

/// The verdict when the gate itself could not be evaluated: FAIL, saying why
/// (fail closed).
pub fn unavailable(target: &Target, error: &Error) -> GateEvaluation {
    GateEvaluation {
        verdict: Verdict::Fail as i32,
        repository_id: target.repository_id.clone(),
        branch: target.branch.clone(),
        commit_sha: target.commit_sha.clone(),
        base_branch: target.base_branch.clone(),
        policies: vec![pb::PolicyResult {
            policy_id: String::new(),
            policy_name: String::new(),
            verdict: Verdict::Fail as i32,
            violations: vec![pb::ConditionResult {
                condition_index: 0,
                verdict: Verdict::Fail as i32,
                message: format!(
                    "the gate could not be evaluated, so it fails closed: {}",
                    error.message()
                ),
                vulnerability_ids: Vec::new(),
                evaluation_error: true,
            }],
        }],
        evaluate_time: Some(micros_to_timestamp(now_micros())),
        unavailable: true,
    }
}

/// A verdict's contract name (`VERDICT_FAIL`).
pub fn verdict_name(verdict: i32) -> &'static str {
    Verdict::try_from(verdict).map_or("VERDICT_UNSPECIFIED", |verdict| verdict.as_str_name())
}
