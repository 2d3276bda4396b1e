//! Secrets kept out of logs: every occurrence of a secret's value in a line
//! of output is replaced by `***` before the line is stored or streamed.
//! A value spanning lines is masked line by line (logs are read a line at a
//! time); values shorter than [`MIN_MASKED`] characters are not masked —
//! masking `1` or `a` everywhere would make every log unreadable (setting
//! a pipeline secret that short is to be refused for that reason).

/// Shortest secret value masked.
pub const MIN_MASKED: usize = 4;

/// What replaces a secret.
pub const MASK: &str = "***";

/// The secret values of one execution, ready to mask lines with.
#[derive(Debug, Clone, Default)]
pub struct Masker {
    /// Longest first, so a value containing another is masked whole.
    values: Vec<String>,
}

impl Masker {
    /// Over `secrets`' values (each line of a multi-line value on its own).
    pub fn new<'a>(secrets: impl IntoIterator<Item = &'a str>) -> Self {
        let mut values: Vec<String> = secrets
            .into_iter()
            .flat_map(str::lines)
            .map(str::trim_end)
            .filter(|line| line.chars().count() >= MIN_MASKED)
            .map(str::to_owned)
            .collect();
        values.sort_by_key(|value| std::cmp::Reverse(value.len()));
        values.dedup();
        Self { values }
    }

    /// `line` with every secret value replaced by [`MASK`].
    pub fn mask(&self, line: &str) -> String {
        let mut masked = line.to_owned();
        for value in &self.values {
            if masked.contains(value.as_str()) {
                masked = masked.replace(value.as_str(), MASK);
            }
        }
        masked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_occurrence_is_masked_longest_first() {
        let masker = Masker::new(["hunter2-long", "hunter2", "ab", "line one\nline two"]);
        assert_eq!(
            masker.mask("token=hunter2-long again hunter2 ab"),
            "token=*** again *** ab"
        );
        assert_eq!(masker.mask("> line two <"), "> *** <");
        assert_eq!(masker.mask("nothing here"), "nothing here");
        assert_eq!(Masker::default().mask("hunter2"), "hunter2");
    }
}
