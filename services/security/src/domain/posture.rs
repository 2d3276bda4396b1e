//! Posture score of an organisation or repository, 0 (worst) to 100 (best),
//! rolled up from the risk scores of its open vulnerabilities:
//!
//! ```text
//! exposure = Σ (risk ÷ 100)²   over open vulnerabilities (each counted once per
//!                               repository, whatever the number of branches)
//! score    = 100 ÷ (1 + exposure ÷ 10)
//! ```
//!
//! Squaring makes a few high-risk vulnerabilities weigh more than many
//! trivial ones (ten findings at risk 30 expose less than one at risk 98); the
//! hyperbola keeps the score above zero and sensitive at both ends. docs/risk.md
//! has worked examples, which the tests repeat.

/// Exposure at which the score halves.
pub const HALF_SCORE_EXPOSURE: f64 = 10.0;
/// Contributors named in the explanation.
const TOP: usize = 3;

/// A score and how it was computed, line by line.
#[derive(Debug, Clone, PartialEq)]
pub struct Posture {
    /// 0–100, one decimal.
    pub score: f64,
    /// The terms, for people.
    pub explanation: Vec<String>,
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The exposure of open vulnerabilities given by their risk scores.
pub fn exposure(risks: impl IntoIterator<Item = f64>) -> f64 {
    risks
        .into_iter()
        .map(|risk| (risk.clamp(0.0, 100.0) / 100.0).powi(2))
        .sum()
}

/// The score of an exposure, 0–100 with one decimal.
pub fn score_of(exposure: f64) -> f64 {
    round(100.0 / (1.0 + exposure / HALF_SCORE_EXPOSURE))
}

/// The posture of open vulnerabilities given as (id, risk score).
pub fn posture(open: &[(String, f64)]) -> Posture {
    let exposure = exposure(open.iter().map(|(_, risk)| *risk));
    let score = score_of(exposure);
    let mut explanation = vec![
        format!(
            "exposure = Σ (risk ÷ 100)² over {} open vulnerabilities = {exposure:.2}",
            open.len()
        ),
        format!("score = 100 ÷ (1 + {exposure:.2} ÷ {HALF_SCORE_EXPOSURE}) = {score:.1}"),
    ];
    let mut ranked: Vec<&(String, f64)> = open.iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (id, risk) in ranked.into_iter().take(TOP) {
        explanation.push(format!(
            "vulnerability {id}: risk {risk:.1} adds {:.2} to the exposure",
            (risk / 100.0).powi(2)
        ));
    }
    Posture { score, explanation }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn risks(values: &[f64]) -> Vec<(String, f64)> {
        values
            .iter()
            .enumerate()
            .map(|(index, risk)| (format!("v{index}"), *risk))
            .collect()
    }

    /// docs/risk.md, posture examples.
    #[test]
    fn worked_examples() {
        assert_eq!(posture(&[]).score, 100.0);
        assert_eq!(posture(&risks(&[98.9])).score, 91.1);
        assert_eq!(posture(&risks(&[70.0; 10])).score, 67.1);
        assert_eq!(posture(&risks(&[50.0; 100])).score, 28.6);
        // Ten findings at 30 expose less than one at 98.
        assert!(posture(&risks(&[30.0; 10])).score > posture(&risks(&[98.0])).score);
    }

    #[test]
    fn the_explanation_names_the_terms_and_the_largest_contributors() {
        let result = posture(&risks(&[20.0, 90.0, 50.0, 10.0]));
        assert!(result.explanation[0].contains("over 4 open vulnerabilities"));
        assert!(result.explanation[2].starts_with("vulnerability v1: risk 90.0"));
        assert_eq!(result.explanation.len(), 5);
    }
}
