//! Property-based fuzzing of the report parsers: reports from the kept corpus
//! (`tests/fuzz/corpus`, one small report per format, plus inputs that once
//! broke a parser) and the shared fixtures, mutated — truncated, bytes flipped,
//! values retyped, pieces spliced — must never panic, and a refusal must name
//! the format tried and where parsing failed. Failing cases are saved by
//! proptest in `tests/fuzz.proptest-regressions` and replayed first.
//! More cases: `PROPTEST_CASES=100000 cargo test -p secureflow-security --test integration fuzz::`.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};
use secureflow_security::domain::formats::{Format, parse_report};

/// Seeds over this size are left to the fixture tests (they slow fuzzing down).
const MAX_SEED_BYTES: u64 = 64 * 1024;

fn files_in(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_in(&path, out);
        } else if entry.metadata().is_ok_and(|m| m.len() <= MAX_SEED_BYTES)
            && path.extension().is_some_and(|e| e != "md")
        {
            out.push(path);
        }
    }
}

static SEEDS: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files_in(&here.join("tests/fuzz/corpus"), &mut paths);
    let corpus = paths.len();
    assert!(corpus >= 12, "the kept corpus is missing ({corpus} files)");
    files_in(&here.join("../../../shared/fixtures/scans"), &mut paths);
    paths.sort();
    paths
        .iter()
        .map(|path| std::fs::read(path).expect("seed"))
        .collect()
});

/// One change to a report.
#[derive(Debug, Clone)]
enum Mutation {
    /// Keep only the first part (a fraction in 0..1000 of the length).
    Truncate(u16),
    /// Replace the byte at a position (fraction) with another.
    Flip(u16, u8),
    /// Insert bytes at a position.
    Insert(u16, Vec<u8>),
    /// Replace the first JSON string value after a position with a number,
    /// object, array, null or boolean (mis-typed fields).
    Retype(u16, u8),
    /// Repeat a slice (deep nesting, duplicated keys).
    Duplicate(u16, u16),
}

fn position(fraction: u16, len: usize) -> usize {
    len * usize::from(fraction.min(999)) / 1000
}

fn apply(report: &mut Vec<u8>, mutation: &Mutation) {
    let len = report.len();
    match mutation {
        Mutation::Truncate(at) => report.truncate(position(*at, len)),
        Mutation::Flip(at, byte) if len > 0 => report[position(*at, len)] = *byte,
        Mutation::Insert(at, bytes) => {
            let at = position(*at, len);
            report.splice(at..at, bytes.iter().copied());
        }
        Mutation::Retype(at, choice) => {
            let start = position(*at, len);
            let Some(open) = report[start..]
                .windows(3)
                .position(|w| w == b": \"" || w[..2] == *b":\"")
            else {
                return;
            };
            let value_start = start
                + open
                + if report[start + open + 1] == b' ' {
                    2
                } else {
                    1
                };
            let Some(close) = report[value_start + 1..].iter().position(|b| *b == b'"') else {
                return;
            };
            let replacement: &[u8] = match choice % 5 {
                0 => b"12345",
                1 => b"{}",
                2 => b"[1, \"x\"]",
                3 => b"null",
                _ => b"true",
            };
            report.splice(
                value_start..=value_start + 1 + close,
                replacement.iter().copied(),
            );
        }
        Mutation::Duplicate(from, to) => {
            let (a, b) = (position(*from, len), position(*to, len));
            let (a, b) = (a.min(b), a.max(b));
            let piece: Vec<u8> = report[a..b].to_vec();
            report.splice(b..b, piece);
        }
        Mutation::Flip(..) => {}
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<u16>().prop_map(Mutation::Truncate),
        (any::<u16>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Flip(at, byte)),
        (
            any::<u16>(),
            prop_oneof![
                proptest::collection::vec(any::<u8>(), 1..8),
                Just(b"\"".to_vec()),
                Just(b"{[".to_vec()),
                Just(b"<!DOCTYPE x [<!ENTITY a \"b\">]>".to_vec()),
                Just("\u{feff}é\u{0}".as_bytes().to_vec()),
            ]
        )
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
        (any::<u16>(), any::<u8>()).prop_map(|(at, choice)| Mutation::Retype(at, choice)),
        (any::<u16>(), any::<u16>()).prop_map(|(a, b)| Mutation::Duplicate(a, b)),
    ]
}

fn check(report: &[u8], format: Option<Format>) {
    match parse_report(report, format) {
        Ok((_, findings)) => {
            for finding in findings {
                assert!(finding.line.is_none_or(|line| line > 0));
            }
        }
        Err(error) => {
            assert!(!error.format.is_empty(), "a refusal names the format tried");
            assert!(!error.location.is_empty(), "a refusal says where: {error}");
            assert!(!error.message.is_empty());
            if let Some(format) = format {
                assert_eq!(error.format, format.name(), "{error}");
            }
        }
    }
}

fn config() -> Config {
    Config {
        cases: 3000,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/fuzz.proptest-regressions",
        ))),
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn mutated_reports_never_panic_and_refusals_say_where(
        seed in any::<prop::sample::Index>(),
        mutations in proptest::collection::vec(mutation(), 1..4),
        explicit in proptest::option::of(any::<prop::sample::Index>()),
    ) {
        let mut report = SEEDS[seed.index(SEEDS.len())].clone();
        for mutation in &mutations {
            apply(&mut report, mutation);
        }
        let format = explicit.map(|index| Format::ALL[index.index(Format::ALL.len())]);
        check(&report, format);
    }

    #[test]
    fn arbitrary_bytes_are_refused_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        check(&bytes, None);
    }
}

#[test]
fn every_corpus_report_parses_as_its_format() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/corpus");
    let mut paths = Vec::new();
    files_in(&dir, &mut paths);
    for path in paths {
        let bytes = std::fs::read(&path).expect("corpus file");
        let (format, findings) = parse_report(&bytes, None)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        assert!(
            !findings.is_empty(),
            "{} ({}) yields findings",
            path.display(),
            format.name()
        );
    }
}
