//! Threat intelligence in its published file formats, read without network:
//! CISA's Known Exploited Vulnerabilities catalogue (JSON,
//! `known_exploited_vulnerabilities.json`) and FIRST's EPSS scores (CSV,
//! `epss_scores-YYYY-MM-DD.csv`, usually gzip-compressed). Either may be
//! gzip-compressed; a file that is neither is refused with where it went wrong.

use std::io::Read;

use serde::Deserialize;

/// Entries beyond this are refused: the KEV catalogue has ~1,500 entries and
/// EPSS ~300,000; ten times the latter leaves room to grow.
pub const MAX_ENTRIES: usize = 3_000_000;
/// Largest file once decompressed.
pub const MAX_BYTES: u64 = 512 * 1024 * 1024;

/// A KEV catalogue entry.
#[derive(Debug, Clone, PartialEq)]
pub struct KevEntry {
    /// `CVE-2021-44228`.
    pub cve_id: String,
    /// When CISA added it (`2021-12-10`).
    pub date_added: String,
    /// Known use in ransomware campaigns.
    pub ransomware: bool,
    /// CISA's name for it.
    pub name: String,
}

/// An EPSS score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EpssScore {
    /// Probability of exploitation in the next 30 days, 0–1.
    pub probability: f64,
    /// Percentile among all scored CVEs, 0–1.
    pub percentile: f64,
}

/// Why a file was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{source_name}: {problem}")]
pub struct IntelError {
    /// `KEV catalogue` or `EPSS scores`.
    pub source_name: &'static str,
    /// What is wrong, and where.
    pub problem: String,
}

fn error(source_name: &'static str, problem: impl Into<String>) -> IntelError {
    IntelError {
        source_name,
        problem: problem.into(),
    }
}

/// The content, decompressed when it starts with gzip's magic bytes.
fn decompressed(content: &[u8], source_name: &'static str) -> Result<Vec<u8>, IntelError> {
    if !content.starts_with(&[0x1f, 0x8b]) {
        return Ok(content.to_vec());
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(content)
        .take(MAX_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| error(source_name, format!("not a readable gzip file: {e}")))?;
    if out.len() as u64 > MAX_BYTES {
        return Err(error(
            source_name,
            format!("larger than {MAX_BYTES} bytes once decompressed"),
        ));
    }
    Ok(out)
}

fn valid_cve(cve: &str) -> bool {
    let mut parts = cve.splitn(3, '-');
    parts.next() == Some("CVE")
        && parts
            .next()
            .is_some_and(|year| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        && parts
            .next()
            .is_some_and(|n| n.len() >= 4 && n.bytes().all(|b| b.is_ascii_digit()))
}

#[derive(Deserialize)]
struct KevFile {
    vulnerabilities: Vec<KevRecord>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct KevRecord {
    #[serde(rename = "cveID")]
    cve_id: String,
    #[serde(default)]
    date_added: String,
    #[serde(default)]
    known_ransomware_campaign_use: String,
    #[serde(default)]
    vulnerability_name: String,
}

/// Reads the KEV catalogue.
pub fn parse_kev(content: &[u8]) -> Result<Vec<KevEntry>, IntelError> {
    const NAME: &str = "KEV catalogue";
    let content = decompressed(content, NAME)?;
    let file: KevFile = serde_json::from_slice(&content).map_err(|e| {
        error(
            NAME,
            format!(
                "not the catalogue's JSON (an object with `vulnerabilities`, each with `cveID`): {e} (line {}, column {})",
                e.line(),
                e.column()
            ),
        )
    })?;
    if file.vulnerabilities.len() > MAX_ENTRIES {
        return Err(error(NAME, format!("more than {MAX_ENTRIES} entries")));
    }
    file.vulnerabilities
        .into_iter()
        .enumerate()
        .map(|(index, record)| {
            let cve_id = record.cve_id.trim().to_ascii_uppercase();
            if !valid_cve(&cve_id) {
                return Err(error(
                    NAME,
                    format!(
                        "vulnerabilities[{index}].cveID `{}` is not a CVE id",
                        record.cve_id
                    ),
                ));
            }
            Ok(KevEntry {
                cve_id,
                date_added: record.date_added,
                ransomware: record
                    .known_ransomware_campaign_use
                    .eq_ignore_ascii_case("known"),
                name: record.vulnerability_name,
            })
        })
        .collect()
}

/// Reads EPSS scores: optional `#model_version:…` comment lines, a header with
/// `cve`, `epss` and `percentile`, then one row per CVE.
pub fn parse_epss(content: &[u8]) -> Result<Vec<(String, EpssScore)>, IntelError> {
    const NAME: &str = "EPSS scores";
    let content = decompressed(content, NAME)?;
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .trim(csv::Trim::All)
        .from_reader(content.as_slice());
    let headers = reader
        .headers()
        .map_err(|e| error(NAME, format!("no CSV header: {e}")))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|header| header.eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                error(
                    NAME,
                    format!("the header has no `{name}` column (expected cve,epss,percentile)"),
                )
            })
    };
    let (cve, epss, percentile) = (column("cve")?, column("epss")?, column("percentile")?);
    let mut scores = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| error(NAME, format!("unreadable CSV: {e}")))?;
        let line = record.position().map_or(0, csv::Position::line);
        let field = |index: usize| record.get(index).unwrap_or_default();
        let cve_id = field(cve).to_ascii_uppercase();
        if !valid_cve(&cve_id) {
            return Err(error(
                NAME,
                format!("line {line}: `{}` is not a CVE id", field(cve)),
            ));
        }
        let number = |index: usize, name: &str| {
            field(index)
                .parse::<f64>()
                .ok()
                .filter(|value| (0.0..=1.0).contains(value))
                .ok_or_else(|| {
                    error(
                        NAME,
                        format!(
                            "line {line}: {name} `{}` is not a number from 0 to 1",
                            field(index)
                        ),
                    )
                })
        };
        scores.push((
            cve_id,
            EpssScore {
                probability: number(epss, "epss")?,
                percentile: number(percentile, "percentile")?,
            },
        ));
        if scores.len() > MAX_ENTRIES {
            return Err(error(NAME, format!("more than {MAX_ENTRIES} rows")));
        }
    }
    Ok(scores)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    const KEV: &str = r#"{"title":"CISA Catalog of Known Exploited Vulnerabilities","catalogVersion":"2024.01.02","count":2,
      "vulnerabilities":[
        {"cveID":"CVE-2021-44228","vendorProject":"Apache","product":"Log4j2","vulnerabilityName":"Apache Log4j2 Remote Code Execution Vulnerability","dateAdded":"2021-12-10","knownRansomwareCampaignUse":"Known"},
        {"cveID":"CVE-2023-4863","vendorProject":"Google","product":"Chromium WebP","vulnerabilityName":"Google Chromium WebP Heap-Based Buffer Overflow Vulnerability","dateAdded":"2023-09-13","knownRansomwareCampaignUse":"Unknown"}]}"#;

    const EPSS: &str = "#model_version:v2023.03.01,score_date:2024-01-02T00:00:00+0000\ncve,epss,percentile\nCVE-2021-44228,0.97565,0.99996\nCVE-2023-4863,0.39050,0.97071\n";

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(bytes).expect("write");
        encoder.finish().expect("finish")
    }

    #[test]
    fn the_kev_catalogue_is_read_plain_or_compressed() {
        let entries = parse_kev(KEV.as_bytes()).expect("KEV");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].cve_id, "CVE-2021-44228");
        assert!(entries[0].ransomware && !entries[1].ransomware);
        assert_eq!(parse_kev(&gzip(KEV.as_bytes())).expect("gzip"), entries);
    }

    #[test]
    fn epss_scores_are_read_plain_or_compressed() {
        let scores = parse_epss(EPSS.as_bytes()).expect("EPSS");
        assert_eq!(scores.len(), 2);
        assert_eq!(scores[0].0, "CVE-2021-44228");
        assert_eq!(scores[0].1.probability, 0.97565);
        assert_eq!(parse_epss(&gzip(EPSS.as_bytes())).expect("gzip"), scores);
    }

    #[test]
    fn bad_files_are_refused_saying_where() {
        let kev =
            parse_kev(br#"{"vulnerabilities":[{"cveID":"log4shell"}]}"#).expect_err("refused");
        assert!(kev.problem.contains("vulnerabilities[0].cveID"), "{kev}");
        assert!(
            parse_kev(b"{}")
                .expect_err("refused")
                .problem
                .contains("vulnerabilities")
        );
        let epss =
            parse_epss(b"cve,epss,percentile\nCVE-2021-44228,1.7,0.9\n").expect_err("refused");
        assert!(
            epss.problem.contains("line 2") && epss.problem.contains("epss"),
            "{epss}"
        );
        let header = parse_epss(b"cve,score\nCVE-2021-44228,0.5\n").expect_err("refused");
        assert!(header.problem.contains("`epss` column"), "{header}");
        assert!(
            parse_kev(&[0x1f, 0x8b, 0, 1])
                .expect_err("refused")
                .problem
                .contains("gzip")
        );
    }
}
