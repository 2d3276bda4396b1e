//! Risk score of a vulnerability, 0–100, and why: each input becomes a factor
//! with its value, weight, points and a sentence (docs/risk.md has the formula
//! and worked examples, which the tests below repeat).
//!
//! ```text
//! impact       = CVSS base score, else the middle of the severity's CVSS band (0–10)
//! points       = 5 × impact                      (0–50)
//!              + 25 if the CVE is in CISA's KEV catalogue
//!              + 15 × EPSS probability            (0–15)
//!              + 10 × min(1, age / SLA)           (0–10; 0 without a deadline)
//! score        = min(100, points × criticality multiplier)
//! multiplier   = 0.8 low, 1.0 medium or unknown, 1.15 high, 1.3 critical
//! ```

use crate::domain::finding::Severity;
use crate::domain::sla::{self, SlaPolicy};

/// Points for the impact, per point of CVSS.
pub const IMPACT_WEIGHT: f64 = 5.0;
/// Points for a CVE listed as known exploited.
pub const KEV_POINTS: f64 = 25.0;
/// Points for an exploit probability of 1.
pub const EPSS_WEIGHT: f64 = 15.0;
/// Points for a vulnerability at (or past) its SLA deadline.
pub const AGE_WEIGHT: f64 = 10.0;

/// Business criticality of the repository a vulnerability is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Criticality {
    /// Not recorded: treated as medium.
    #[default]
    Unknown,
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
    /// Critical.
    Critical,
}

impl Criticality {
    /// The level a name says (as the repository service publishes it); anything
    /// else, the empty name included, is [`Criticality::Unknown`].
    pub fn from_name(name: &str) -> Self {
        match name {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "critical" => Self::Critical,
            _ => Self::Unknown,
        }
    }

    /// The multiplier applied to the points.
    pub fn multiplier(self) -> f64 {
        match self {
            Self::Low => 0.8,
            Self::Unknown | Self::Medium => 1.0,
            Self::High => 1.15,
            Self::Critical => 1.3,
        }
    }

    /// The level's name (`unknown` when not recorded).
    pub fn name(self) -> &'static str {
        match self {
            Self::Unknown => "unknown",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }
}

/// What the score is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RiskInputs {
    /// Normalised severity.
    pub severity: Option<Severity>,
    /// CVSS base score the tool reported (0–10).
    pub cvss_score: Option<f64>,
    /// The CVE is in the KEV catalogue.
    pub known_exploited: bool,
    /// EPSS probability of exploitation in the next 30 days (0–1).
    pub epss: Option<f64>,
    /// The repository's business criticality.
    pub criticality: Criticality,
    /// Days since first detection.
    pub age_days: f64,
    /// The SLA's days for this severity, if it has a deadline.
    pub sla_days: Option<u32>,
}

impl RiskInputs {
    /// The inputs of a vulnerability first detected at `first_detected_us`, as
    /// of `now_us`, under the organisation's `sla`, in a repository whose
    /// criticality is not recorded ("unknown", ×1.0: see [`RiskInputs::in_repository`]).
    pub fn of_vulnerability(
        severity: Severity,
        cvss_score: Option<f64>,
        known_exploited: bool,
        epss: Option<f64>,
        first_detected_us: i64,
        sla: &SlaPolicy,
        now_us: i64,
    ) -> Self {
        Self::with_deadline(
            severity,
            cvss_score,
            known_exploited,
            epss,
            first_detected_us,
            sla.due_us(severity, first_detected_us),
            now_us,
        )
    }

    /// The same, for a vulnerability whose SLA deadline is known (`due_us`,
    /// `None` without one) rather than the policy that set it.
    pub fn with_deadline(
        severity: Severity,
        cvss_score: Option<f64>,
        known_exploited: bool,
        epss: Option<f64>,
        first_detected_us: i64,
        due_us: Option<i64>,
        now_us: i64,
    ) -> Self {
        let sla_days = due_us.and_then(|due| {
            u32::try_from(due.saturating_sub(first_detected_us) / sla::DAY_US).ok()
        });
        Self {
            severity: Some(severity),
            cvss_score,
            known_exploited,
            epss,
            criticality: Criticality::Unknown,
            age_days: sla::age_days(first_detected_us, now_us),
            sla_days,
        }
    }
}

impl RiskInputs {
    /// The same inputs for a vulnerability in a repository of `criticality`.
    #[must_use]
    pub fn in_repository(self, criticality: Criticality) -> Self {
        Self {
            criticality,
            ..self
        }
    }
}

/// One input's part in the score.
#[derive(Debug, Clone, PartialEq)]
pub struct Factor {
    /// `severity`, `cvss`, `kev`, `epss`, `sla_age`, `criticality`.
    pub name: &'static str,
    /// The input as text.
    pub value: String,
    /// Its weight in the formula.
    pub weight: f64,
    /// Points it contributed.
    pub contribution: f64,
    /// A sentence for people.
    pub explanation: String,
}

/// A score with its factors.
#[derive(Debug, Clone, PartialEq)]
pub struct Risk {
    /// 0–100, one decimal.
    pub score: f64,
    /// Every factor, in formula order; contributions add up to the score
    /// (before the cap at 100).
    pub factors: Vec<Factor>,
}

/// The middle of the severity's CVSS v3 qualitative band.
pub fn severity_impact(severity: Option<Severity>) -> f64 {
    match severity {
        Some(Severity::Critical) => 9.5,
        Some(Severity::High) => 8.0,
        Some(Severity::Medium) => 5.5,
        Some(Severity::Low) => 2.0,
        Some(Severity::Info) | None => 0.0,
    }
}

/// `value` with `places` decimals, as `format!("{value:.places$}")` writes it
/// for every value: a risk's factors are written for every
/// vulnerability of every page, and the standard formatting of a float with a
/// precision is slow (its exact algorithm falls back to big-number arithmetic).
/// Non-negative values well inside `i64` are rounded once, scaled by an integer
/// power of ten: the scaled product lands on a half only when the exact value
/// was a half or the rounding of the product made it one, the cases left to
/// the standard formatting, so both round the same way.
fn decimals(value: f64, places: usize) -> String {
    const SCALE: [f64; 5] = [1.0, 10.0, 100.0, 1_000.0, 10_000.0];
    let Some(&scale) = SCALE.get(places) else {
        return format!("{value:.places$}");
    };
    let scaled = value * scale;
    let rounded = scaled.round();
    if value.is_sign_negative() || !(0.0..1e15).contains(&scaled) || (rounded - scaled).abs() == 0.5
    {
        return format!("{value:.places$}");
    }
    // Exact: a whole number below 2^53.
    let whole = rounded as u64;
    let factor = 10_u64.pow(u32::try_from(places).unwrap_or(0));
    if places == 0 {
        whole.to_string()
    } else {
        format!("{}.{:0places$}", whole / factor, whole % factor)
    }
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The inputs as the formula uses them: out-of-range values ignored or clamped.
struct Terms {
    /// A usable CVSS base score.
    cvss: Option<f64>,
    /// CVSS, else the severity's band middle (0–10).
    impact: f64,
    /// A usable EPSS probability, clamped to 0–1.
    epss: Option<f64>,
    /// Days since detection, never negative.
    age: f64,
    /// Share of the SLA used, 0–1 (0 without a deadline).
    elapsed: f64,
}

impl Terms {
    fn of(inputs: &RiskInputs) -> Self {
        let cvss = inputs
            .cvss_score
            .filter(|score| score.is_finite() && (0.0..=10.0).contains(score));
        let age = inputs.age_days.max(0.0);
        Self {
            cvss,
            impact: cvss.unwrap_or_else(|| severity_impact(inputs.severity)),
            epss: inputs
                .epss
                .filter(|p| p.is_finite())
                .map(|p| p.clamp(0.0, 1.0)),
            age,
            elapsed: match inputs.sla_days {
                Some(days) if days > 0 => (age / f64::from(days)).min(1.0),
                _ => 0.0,
            },
        }
    }

    fn kev_points(known_exploited: bool) -> f64 {
        if known_exploited { KEV_POINTS } else { 0.0 }
    }

    /// Points before the criticality multiplier.
    fn points(&self, inputs: &RiskInputs) -> f64 {
        IMPACT_WEIGHT * self.impact
            + Self::kev_points(inputs.known_exploited)
            + EPSS_WEIGHT * self.epss.unwrap_or(0.0)
            + AGE_WEIGHT * self.elapsed
    }
}

fn final_score(points: f64, criticality: Criticality) -> f64 {
    round((points * criticality.multiplier()).min(100.0))
}

/// The score of `inputs` without its factors: what [`score`] returns as
/// `score`, cheap enough to rank or replay hundreds of thousands of
/// vulnerabilities.
pub fn value(inputs: &RiskInputs) -> f64 {
    final_score(Terms::of(inputs).points(inputs), inputs.criticality)
}

/// Scores `inputs`, factor by factor.
pub fn score(inputs: &RiskInputs) -> Risk {
    let terms = Terms::of(inputs);
    let mut factors = Vec::with_capacity(5);
    match terms.cvss {
        Some(cvss) => factors.push(Factor {
            name: "cvss",
            value: decimals(cvss, 1),
            weight: IMPACT_WEIGHT,
            contribution: IMPACT_WEIGHT * cvss,
            explanation: format!("CVSS base score {} × {IMPACT_WEIGHT}", decimals(cvss, 1)),
        }),
        None => {
            let impact = terms.impact;
            let name = inputs.severity.map_or("unknown", Severity::name);
            factors.push(Factor {
                name: "severity",
                value: name.to_owned(),
                weight: IMPACT_WEIGHT,
                contribution: IMPACT_WEIGHT * impact,
                explanation: format!(
                    "no CVSS score: severity {name} counts as {} × {IMPACT_WEIGHT}",
                    decimals(impact, 1)
                ),
            });
        }
    }
    factors.push(Factor {
        name: "kev",
        value: inputs.known_exploited.to_string(),
        weight: KEV_POINTS,
        contribution: Terms::kev_points(inputs.known_exploited),
        explanation: if inputs.known_exploited {
            "listed in CISA's Known Exploited Vulnerabilities catalogue".to_owned()
        } else {
            "not in the KEV catalogue".to_owned()
        },
    });
    factors.push(Factor {
        name: "epss",
        value: terms.epss.map_or_else(String::new, |p| decimals(p, 4)),
        weight: EPSS_WEIGHT,
        contribution: EPSS_WEIGHT * terms.epss.unwrap_or(0.0),
        explanation: match terms.epss {
            Some(p) => format!(
                "{}% probability of exploitation in 30 days (EPSS)",
                decimals(p * 100.0, 1)
            ),
            None => "no EPSS score".to_owned(),
        },
    });
    let age = terms.age;
    factors.push(Factor {
        name: "sla_age",
        value: decimals(age, 1),
        weight: AGE_WEIGHT,
        contribution: AGE_WEIGHT * terms.elapsed,
        explanation: match inputs.sla_days {
            Some(days) if days > 0 => format!(
                "{} of {days} days of the SLA used ({}%)",
                decimals(age, 0),
                decimals(terms.elapsed * 100.0, 0)
            ),
            _ => "no SLA deadline for this severity".to_owned(),
        },
    });
    let points = terms.points(inputs);
    let multiplier = inputs.criticality.multiplier();
    factors.push(Factor {
        name: "criticality",
        value: inputs.criticality.name().to_owned(),
        weight: multiplier,
        contribution: points * (multiplier - 1.0),
        explanation: format!(
            "repository criticality {}: points × {multiplier}",
            inputs.criticality.name()
        ),
    });
    for factor in &mut factors {
        factor.contribution = round(factor.contribution);
    }
    Risk {
        score: final_score(points, inputs.criticality),
        factors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn decimals_are_written_as_the_standard_formatting_writes_them(
            value in proptest::num::f64::ANY,
            places in 0_usize..6,
        ) {
            proptest::prop_assert_eq!(decimals(value, places), format!("{value:.places$}"));
        }

        #[test]
        fn decimals_of_scores_and_probabilities_as_the_standard_formatting(
            hundredths in 0_u32..1_000_000,
            thousandths in 0_u32..100_000,
            places in 0_usize..5,
        ) {
            for value in [
                f64::from(hundredths) / 100.0,
                f64::from(thousandths) / 1000.0,
                f64::from(hundredths) * 0.01 + 0.005,
            ] {
                proptest::prop_assert_eq!(decimals(value, places), format!("{value:.places$}"));
            }
        }
    }

    #[test]
    fn decimals_at_halves_and_edges() {
        for value in [
            0.0,
            -0.0,
            0.05,
            0.15,
            0.25,
            0.35,
            0.45,
            2.5,
            3.5,
            7.45,
            9.95,
            99.95,
            0.00005,
            0.00015,
            1e15,
            1e16,
            1e300,
            -1.25,
            f64::NAN,
            f64::INFINITY,
            f64::MIN_POSITIVE,
        ] {
            for places in 0..6 {
                assert_eq!(
                    decimals(value, places),
                    format!("{value:.places$}"),
                    "{value}"
                );
            }
        }
    }

    fn contribution(risk: &Risk, name: &str) -> f64 {
        risk.factors
            .iter()
            .find(|factor| factor.name == name)
            .map(|factor| factor.contribution)
            .expect("factor")
    }

    /// docs/risk.md, example 1.
    #[test]
    fn an_exploited_dependency_in_a_high_criticality_repository() {
        let risk = score(&RiskInputs {
            severity: Some(Severity::High),
            cvss_score: Some(8.1),
            known_exploited: true,
            epss: Some(0.92),
            criticality: Criticality::High,
            age_days: 20.0,
            sla_days: Some(30),
        });
        assert_eq!(contribution(&risk, "cvss"), 40.5);
        assert_eq!(contribution(&risk, "kev"), 25.0);
        assert_eq!(contribution(&risk, "epss"), 13.8);
        assert_eq!(contribution(&risk, "sla_age"), 6.7);
        assert_eq!(contribution(&risk, "criticality"), 12.9);
        assert_eq!(risk.score, 98.9);
    }

    /// docs/risk.md, example 2.
    #[test]
    fn a_medium_code_finding_without_cvss_in_an_unknown_repository() {
        let risk = score(&RiskInputs {
            severity: Some(Severity::Medium),
            age_days: 45.0,
            sla_days: Some(90),
            ..RiskInputs::default()
        });
        assert_eq!(contribution(&risk, "severity"), 27.5);
        assert_eq!(contribution(&risk, "sla_age"), 5.0);
        assert_eq!(risk.score, 32.5);
    }

    /// docs/risk.md, example 3: the cap.
    #[test]
    fn the_score_is_capped_at_one_hundred() {
        let risk = score(&RiskInputs {
            severity: Some(Severity::Critical),
            cvss_score: Some(10.0),
            known_exploited: true,
            epss: Some(1.0),
            criticality: Criticality::Critical,
            age_days: 400.0,
            sla_days: Some(7),
        });
        assert_eq!(risk.score, 100.0);
        assert_eq!(contribution(&risk, "sla_age"), 10.0);
    }

    #[test]
    fn out_of_range_inputs_are_ignored_or_clamped() {
        let risk = score(&RiskInputs {
            severity: Some(Severity::Low),
            cvss_score: Some(42.0),
            epss: Some(7.0),
            criticality: Criticality::Low,
            age_days: -3.0,
            ..RiskInputs::default()
        });
        // CVSS out of range falls back to the severity; EPSS is clamped to 1.
        assert_eq!(contribution(&risk, "severity"), 10.0);
        assert_eq!(contribution(&risk, "epss"), 15.0);
        assert_eq!(risk.score, 20.0);
    }

    #[test]
    fn value_is_the_score_without_its_factors() {
        let severities = [
            None,
            Some(Severity::Info),
            Some(Severity::Low),
            Some(Severity::High),
            Some(Severity::Critical),
        ];
        for severity in severities {
            for cvss_score in [None, Some(0.0), Some(6.4), Some(11.0)] {
                for (known_exploited, epss) in
                    [(false, None), (true, Some(0.3)), (false, Some(f64::NAN))]
                {
                    for (age_days, sla_days) in [
                        (0.0, None),
                        (10.0, Some(7)),
                        (3.0, Some(30)),
                        (-1.0, Some(0)),
                    ] {
                        for criticality in [
                            Criticality::Unknown,
                            Criticality::Low,
                            Criticality::Critical,
                        ] {
                            let inputs = RiskInputs {
                                severity,
                                cvss_score,
                                known_exploited,
                                epss,
                                criticality,
                                age_days,
                                sla_days,
                            };
                            assert_eq!(value(&inputs), score(&inputs).score, "{inputs:?}");
                        }
                    }
                }
            }
        }
    }
}
