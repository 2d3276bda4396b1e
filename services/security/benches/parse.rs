//! Parsing throughput: a synthetic SARIF report with 100,000 distinct results,
//! parsed on one thread. Run: `cargo bench -p secureflow-security --bench parse`.

use std::time::Instant;

use secureflow_security::domain::formats::{Format, parse_report};

/// A SARIF report with `results` distinct results over 200 rules and 5,000 files.
fn synthetic_sarif(results: usize) -> Vec<u8> {
    let mut out = String::with_capacity(results * 600);
    out.push_str(r#"{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"tool":{"driver":{"name":"semgrep","rules":["#);
    for rule in 0..200 {
        if rule > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            r#"{{"id":"rule-{rule}","shortDescription":{{"text":"Rule {rule}"}},"helpUri":"https://cwe.mitre.org/data/definitions/{}.html","properties":{{"security-severity":"{}.5","tags":["security","external/cwe/cwe-{}"]}}}}"#,
            79 + rule % 50,
            rule % 10,
            79 + rule % 50
        ));
    }
    out.push_str(r#"]}},"results":["#);
    for index in 0..results {
        if index > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            r#"{{"ruleId":"rule-{}","level":"warning","message":{{"text":"Untrusted input reaches a sink in handler {index}"}},"locations":[{{"physicalLocation":{{"artifactLocation":{{"uri":"src/module_{}/file_{}.py"}},"region":{{"startLine":{},"startColumn":5,"snippet":{{"text":"result = eval(request.args['q{index}'])"}}}}}}}}],"partialFingerprints":{{"primaryLocationLineHash":"{:016x}"}}}}"#,
            index % 200,
            index % 50,
            index % 5000,
            1 + index % 900,
            (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ));
    }
    out.push_str("]}]}");
    out.into_bytes()
}

fn main() {
    let report = synthetic_sarif(100_000);
    let mib = report.len() as f64 / (1024.0 * 1024.0);
    let mut best = f64::MAX;
    for _ in 0..5 {
        let started = Instant::now();
        let (format, findings) = parse_report(&report, None).expect("parses");
        let elapsed = started.elapsed().as_secs_f64();
        assert_eq!((format, findings.len()), (Format::Sarif, 100_000));
        best = best.min(elapsed);
    }
    println!(
        "sarif parse: {:.1} MiB, 100000 results, best of 5: {:.3} s = {:.0} MiB/s (one thread)",
        mib,
        best,
        mib / best
    );
}
