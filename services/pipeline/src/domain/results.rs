//! Test and load-test results as steps report them: JUnit XML (Selenium
//! test runs), Jenkins' test report (its JSON form of the JUnit results it
//! collected), JMeter's JTL (CSV with a header line).

use std::collections::BTreeMap;

use serde_json::Value;

/// Failed cases named in a summary, at most.
const NAMED: usize = 20;

/// Test counts and the cases that failed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TestSummary {
    /// Cases run (skipped included).
    pub total: u64,
    /// Cases that failed or erred.
    pub failed: u64,
    /// Cases skipped.
    pub skipped: u64,
    /// `class.name: message` of the first failed cases.
    pub failures: Vec<String>,
}

impl TestSummary {
    /// Adds `other`'s counts and failures.
    pub fn add(&mut self, other: TestSummary) {
        self.total += other.total;
        self.failed += other.failed;
        self.skipped += other.skipped;
        let room = NAMED.saturating_sub(self.failures.len());
        self.failures.extend(other.failures.into_iter().take(room));
    }

    /// One line: `12 tests: 10 passed, 1 failed, 1 skipped`.
    pub fn line(&self) -> String {
        format!(
            "{} tests: {} passed, {} failed, {} skipped",
            self.total,
            self.total - self.failed - self.skipped,
            self.failed,
            self.skipped
        )
    }
}

fn failure(class: &str, name: &str, message: &str) -> String {
    let message = message.lines().next().unwrap_or_default().trim();
    let case = match class {
        "" => name.to_owned(),
        class => format!("{class}.{name}"),
    };
    match message {
        "" => case,
        message => format!("{case}: {message}"),
    }
}

/// The summary of a JUnit XML report (`<testsuites>` or one `<testsuite>`).
pub fn junit(xml: &str) -> Result<TestSummary, String> {
    let document = roxmltree::Document::parse(xml).map_err(|error| error.to_string())?;
    let root = document.root_element();
    if !matches!(root.tag_name().name(), "testsuites" | "testsuite") {
        return Err(format!(
            "not a JUnit report: its root element is <{}>",
            root.tag_name().name()
        ));
    }
    let mut summary = TestSummary::default();
    for case in root
        .descendants()
        .filter(|node| node.has_tag_name("testcase"))
    {
        summary.total += 1;
        let problem = case
            .children()
            .find(|child| child.has_tag_name("failure") || child.has_tag_name("error"));
        if let Some(problem) = problem {
            summary.failed += 1;
            if summary.failures.len() < NAMED {
                let message = problem
                    .attribute("message")
                    .or_else(|| problem.text())
                    .unwrap_or_default();
                summary.failures.push(failure(
                    case.attribute("classname").unwrap_or_default(),
                    case.attribute("name").unwrap_or_default(),
                    message,
                ));
            }
        } else if case.children().any(|child| child.has_tag_name("skipped")) {
            summary.skipped += 1;
        }
    }
    Ok(summary)
}

/// The summary of Jenkins' test report (`…/testReport/api/json`).
pub fn jenkins_tests(report: &Value) -> TestSummary {
    let count = |key: &str| report[key].as_u64().unwrap_or_default();
    let (passed, failed, skipped) = (count("passCount"), count("failCount"), count("skipCount"));
    let failures = report["suites"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|suite| suite["cases"].as_array().into_iter().flatten())
        .filter(|case| {
            matches!(
                case["status"].as_str(),
                Some("FAILED" | "REGRESSION" | "ERROR")
            )
        })
        .take(NAMED)
        .map(|case| {
            failure(
                case["className"].as_str().unwrap_or_default(),
                case["name"].as_str().unwrap_or_default(),
                case["errorDetails"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    TestSummary {
        total: passed + failed + skipped,
        failed,
        skipped,
        failures,
    }
}

/// One label's figures of a load test.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadFigures {
    /// Samples.
    pub samples: u64,
    /// Failed samples.
    pub errors: u64,
    /// Mean elapsed time, ms.
    pub mean_ms: f64,
    /// 95th percentile of elapsed time, ms.
    pub p95_ms: u64,
    /// Longest, ms.
    pub max_ms: u64,
}

impl LoadFigures {
    fn of(mut elapsed: Vec<u64>, errors: u64) -> Self {
        elapsed.sort_unstable();
        let samples = elapsed.len() as u64;
        let sum: u64 = elapsed.iter().sum();
        let at = |share: f64| -> u64 {
            match elapsed.len() {
                0 => 0,
                len => {
                    let rank = (share * len as f64).ceil() as usize;
                    elapsed[rank.clamp(1, len) - 1]
                }
            }
        };
        Self {
            samples,
            errors,
            mean_ms: if samples == 0 {
                0.0
            } else {
                sum as f64 / samples as f64
            },
            p95_ms: at(0.95),
            max_ms: elapsed.last().copied().unwrap_or_default(),
        }
    }

    /// Failed samples in percent.
    pub fn error_rate(&self) -> f64 {
        match self.samples {
            0 => 0.0,
            samples => self.errors as f64 * 100.0 / samples as f64,
        }
    }

    /// One line: `20 samples, 10 errors (50.00%), mean 13.2 ms, p95 61 ms, max 76 ms`.
    pub fn line(&self) -> String {
        format!(
            "{} samples, {} errors ({:.2}%), mean {:.1} ms, p95 {} ms, max {} ms",
            self.samples,
            self.errors,
            self.error_rate(),
            self.mean_ms,
            self.p95_ms,
            self.max_ms
        )
    }
}

/// A load test's figures: all samples, and per label.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadSummary {
    /// Every sample.
    pub all: LoadFigures,
    /// Per sampler label, by name.
    pub labels: BTreeMap<String, LoadFigures>,
}

/// The figures of a JMeter JTL file in CSV with its header line.
pub fn jtl(text: &str) -> Result<LoadSummary, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|error| error.to_string())?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|header| header == name)
            .ok_or_else(|| {
                format!("the results have no `{name}` column (CSV with a header line expected)")
            })
    };
    let (elapsed_at, label_at, success_at) =
        (column("elapsed")?, column("label")?, column("success")?);
    let mut all = (Vec::new(), 0);
    let mut labels: BTreeMap<String, (Vec<u64>, u64)> = BTreeMap::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|error| format!("line {}: {error}", index + 2))?;
        let elapsed: u64 = record
            .get(elapsed_at)
            .and_then(|value| value.parse().ok())
            .ok_or_else(|| format!("line {}: `elapsed` is not a number", index + 2))?;
        let failed = record.get(success_at) != Some("true");
        let label = record.get(label_at).unwrap_or_default().to_owned();
        let entry = labels.entry(label).or_default();
        entry.0.push(elapsed);
        all.0.push(elapsed);
        if failed {
            entry.1 += 1;
            all.1 += 1;
        }
    }
    Ok(LoadSummary {
        all: LoadFigures::of(all.0, all.1),
        labels: labels
            .into_iter()
            .map(|(label, (elapsed, errors))| (label, LoadFigures::of(elapsed, errors)))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junit_reports_count_failures_and_name_them() {
        let summary = junit(
            r#"<testsuites><testsuite name="login">
                 <testcase classname="LoginTest" name="opens"/>
                 <testcase classname="LoginTest" name="rejects">
                   <failure message="expected 'Wrong password'">trace</failure>
                 </testcase>
                 <testcase classname="LoginTest" name="later"><skipped/></testcase>
               </testsuite></testsuites>"#,
        )
        .expect("a report");
        assert_eq!(summary.line(), "3 tests: 1 passed, 1 failed, 1 skipped");
        assert_eq!(
            summary.failures,
            ["LoginTest.rejects: expected 'Wrong password'"]
        );
        assert!(junit("<html/>").expect_err("not junit").contains("<html>"));
    }

    #[test]
    fn jtl_figures_per_label() {
        let summary = jtl(
            "timeStamp,elapsed,label,responseCode,success\n\
             1,10,home,200,true\n2,30,home,200,true\n3,5,missing,404,false\n4,7,missing,404,false\n",
        )
        .expect("figures");
        assert_eq!((summary.all.samples, summary.all.errors), (4, 2));
        assert_eq!(summary.all.error_rate(), 50.0);
        assert_eq!(summary.all.p95_ms, 30);
        assert_eq!(summary.labels["home"].mean_ms, 20.0);
        assert!(
            jtl("a,b\n1,2\n")
                .expect_err("no elapsed")
                .contains("`elapsed`")
        );
    }
}
