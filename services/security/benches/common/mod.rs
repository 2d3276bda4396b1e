//! Shared by the security benches.

/// A SARIF report of `results` distinct results (200 rules over 5,000 files).
#[allow(dead_code)]
pub fn report(results: usize) -> Vec<u8> {
    report_from(0, results)
}

/// Results numbered `first..first + results`, so two ranges overlap exactly
/// where their numbers do.
pub fn report_from(first: usize, results: usize) -> Vec<u8> {
    let mut out = String::from(
        r#"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"semgrep"}},"results":["#,
    );
    for index in first..first + results {
        if index > first {
            out.push(',');
        }
        out.push_str(&format!(
            r#"{{"ruleId":"rule-{}","level":"error","message":{{"text":"problem {index}"}},"locations":[{{"physicalLocation":{{"artifactLocation":{{"uri":"src/f{}.py"}},"region":{{"startLine":{},"snippet":{{"text":"call_{index}(x)"}}}}}}}}]}}"#,
            index % 200,
            index % 5000,
            1 + index % 900
        ));
    }
    out.push_str("]}]}");
    out.into_bytes()
}
