//! The server and token `secureflow login` keeps, in
//! `$XDG_CONFIG_HOME/secureflow/config.toml` (or the file `SECUREFLOW_CONFIG`
//! names), readable only by its owner. Flags and `SECUREFLOW_SERVER` /
//! `SECUREFLOW_TOKEN` win over it.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// The default server: a `secureflowd` on this machine.
pub const DEFAULT_SERVER: &str = "http://127.0.0.1:8080";

/// What is kept between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Saved {
    /// Server address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub server: String,
    /// Token.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub token: String,
}

/// The settings file: `explicit` (from `SECUREFLOW_CONFIG`), else the user's
/// configuration directory.
pub fn path(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(path) = explicit {
        return Ok(path.to_owned());
    }
    use etcetera::BaseStrategy;
    let strategy = etcetera::choose_base_strategy()
        .context("no home directory to keep settings in; set SECUREFLOW_CONFIG")?;
    Ok(strategy.config_dir().join("secureflow").join("config.toml"))
}

/// The saved settings; none when the file does not exist.
pub fn load(path: &Path) -> Result<Saved> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).with_context(|| format!("{}", path.display())),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Saved::default()),
        Err(error) => Err(error).with_context(|| format!("{}", path.display())),
    }
}

/// Writes `saved` to `path` (mode 0600), creating its directory.
pub fn save(path: &Path, saved: &Saved) -> Result<()> {
    if let Some(directory) = path.parent() {
        std::fs::create_dir_all(directory).with_context(|| format!("{}", directory.display()))?;
    }
    let text = toml::to_string(saved).context("settings")?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    let mut file = options
        .open(path)
        .with_context(|| format!("{}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // An existing file keeps its mode on open: narrow it too.
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("{}", path.display()))?;
    }
    file.write_all(text.as_bytes())
        .with_context(|| format!("{}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_stay_private() {
        let directory = tempfile::tempdir().expect("dir");
        let path = directory.path().join("nested").join("config.toml");
        assert_eq!(load(&path).expect("missing is empty"), Saved::default());
        let saved = Saved {
            server: "https://sf.example".into(),
            token: "sft_x".into(),
        };
        save(&path, &saved).expect("saved");
        assert_eq!(load(&path).expect("loaded"), saved);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "tokn = 1").expect("write");
        let error = format!("{:#}", load(&path).expect_err("unknown key"));
        assert!(error.contains("tokn"), "{error}");
    }
}
