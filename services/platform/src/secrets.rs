//! Secrets at rest: AES-256-GCM envelope encryption under versioned
//! key-encryption keys (KEKs).
//!
//! [`Secrets::seal`] encrypts a value with a fresh 256-bit data key and wraps
//! that key with the active KEK; the caller's `context` (table, column, row) is
//! bound in as associated data, so a sealed value copied to another row does not
//! open. [`Secrets::rewrap`] re-encrypts only the data key under the active KEK,
//! which is how rotation proceeds without downtime: configure the new key as
//! active while keeping the old one, restart, re-wrap, then drop the old key.
//!
//! Sealed format (URL-safe base64 of): `"sf1"`, KEK version (u32 BE), wrap nonce
//! (12), wrapped data key (48), data nonce (12), ciphertext with tag.

use std::collections::BTreeMap;
use std::path::Path;

use aes_gcm::aead::{Aead, AeadInPlace, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};

use crate::error::{Error, ErrorCode, Result};

/// Key-encryption keys for secrets at rest.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SecretsConfig {
    /// Keys as `VERSION:BASE64` (32 bytes each). Empty: a key file is created in
    /// the data directory (the embedded default).
    pub keys: Vec<String>,
    /// Version that seals new secrets; 0 means the highest configured.
    pub active_version: u32,
}

impl std::fmt::Debug for SecretsConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print key material.
        write!(
            f,
            "SecretsConfig {{ keys: {} configured, active_version: {} }}",
            self.keys.len(),
            self.active_version
        )
    }
}

const MAGIC: &[u8; 3] = b"sf1";
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
const WRAPPED_KEY_LEN: usize = 32 + TAG_LEN;
const HEADER_LEN: usize = MAGIC.len() + 4 + NONCE_LEN + WRAPPED_KEY_LEN + NONCE_LEN;

/// The key-encryption keys, by version, and which one seals new secrets.
#[derive(Clone)]
pub struct Secrets {
    keys: BTreeMap<u32, [u8; 32]>,
    active: u32,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let versions: Vec<&u32> = self.keys.keys().collect();
        write!(
            f,
            "Secrets {{ versions: {versions:?}, active: {} }}",
            self.active
        )
    }
}

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system's random source works");
    bytes
}

fn cipher(key: &[u8; 32]) -> Aes256Gcm {
    Aes256Gcm::new(&Key::<Aes256Gcm>::from(*key))
}

/// A GCM nonce from exactly [`NONCE_LEN`] bytes (callers slice at fixed offsets).
fn nonce(bytes: &[u8]) -> Result<Nonce<aes_gcm::aead::consts::U12>> {
    let array: [u8; NONCE_LEN] = bytes.try_into().map_err(|_| undecryptable())?;
    Ok(Nonce::from(array))
}

/// `plaintext` encrypted under `key` with a fresh nonce, bound to `aad`:
/// the nonce, then the ciphertext with its tag.
fn encrypt(key: &[u8; 32], plaintext: &[u8], aad: &[u8]) -> Result<([u8; NONCE_LEN], Vec<u8>)> {
    let data_nonce = random::<NONCE_LEN>();
    let ciphertext = cipher(key)
        .encrypt(
            &nonce(&data_nonce)?,
            Payload {
                msg: plaintext,
                aad,
            },
        )
        .map_err(|_| Error::internal("encrypting a secret failed"))?;
    Ok((data_nonce, ciphertext))
}

/// What [`encrypt`] sealed, given its nonce and ciphertext.
fn decrypt(key: &[u8; 32], data_nonce: &[u8], ciphertext: &[u8], aad: &[u8]) -> Result<Vec<u8>> {
    cipher(key)
        .decrypt(
            &nonce(data_nonce)?,
            Payload {
                msg: ciphertext,
                aad,
            },
        )
        .map_err(|_| undecryptable())
}

fn undecryptable() -> Error {
    Error::new(
        ErrorCode::Internal,
        "a stored secret does not decrypt (wrong key, or the data was changed)",
    )
}

/// Parses `VERSION:BASE64KEY`.
fn parse_key(entry: &str) -> std::result::Result<(u32, [u8; 32]), String> {
    let (version, key) = entry
        .trim()
        .split_once(':')
        .ok_or("expected VERSION:BASE64KEY")?;
    let version: u32 = version
        .parse()
        .map_err(|_| format!("`{version}` is not a key version number"))?;
    let bytes = STANDARD
        .decode(key.trim())
        .map_err(|_| format!("key {version} is not base64"))?;
    let key: [u8; 32] = bytes
        .try_into()
        .map_err(|_| format!("key {version} must be 32 bytes"))?;
    Ok((version, key))
}

impl Secrets {
    /// Keys from `keys` (`VERSION:BASE64KEY` each) with `active` sealing new secrets.
    pub fn from_keys(keys: &[String], active: u32) -> Result<Self> {
        let mut parsed = BTreeMap::new();
        for (index, entry) in keys.iter().enumerate() {
            let (version, key) = parse_key(entry).map_err(|problem| {
                Error::invalid_field(format!("secrets.keys[{index}]"), problem)
            })?;
            parsed.insert(version, key);
        }
        let active = if active == 0 {
            parsed.keys().max().copied().unwrap_or(0)
        } else {
            active
        };
        if !parsed.contains_key(&active) {
            return Err(Error::invalid_field(
                "secrets.active_version",
                format!("no key with version {active}"),
            ));
        }
        Ok(Self {
            keys: parsed,
            active,
        })
    }

    /// The configured keys, or — with none configured (the embedded default) — the
    /// key file in the data directory, created on first use with mode 0600.
    pub fn load(config: &SecretsConfig, data_dir: &Path) -> Result<Self> {
        if !config.keys.is_empty() {
            return Self::from_keys(&config.keys, config.active_version);
        }
        let path = data_dir.join("secrets.key");
        let unavailable = |what: &str, error: std::io::Error| {
            Error::new(
                ErrorCode::Unavailable,
                format!("{what} {}: {error}", path.display()),
            )
        };
        if !path.exists() {
            std::fs::create_dir_all(data_dir)
                .map_err(|error| unavailable("creating the directory of", error))?;
            let line = format!("1:{}\n", STANDARD.encode(random::<32>()));
            write_private(&path, line.as_bytes()).map_err(|error| unavailable("writing", error))?;
        }
        let text = std::fs::read_to_string(&path).map_err(|error| unavailable("reading", error))?;
        let keys: Vec<String> = text
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(str::to_owned)
            .collect();
        Self::from_keys(&keys, config.active_version)
    }

    /// The version sealing new secrets.
    pub fn active_version(&self) -> u32 {
        self.active
    }

    /// Encrypts `plaintext` bound to `context`.
    pub fn seal(&self, plaintext: &[u8], context: &str) -> Result<String> {
        let kek = self
            .keys
            .get(&self.active)
            .ok_or_else(|| Error::internal("active key missing"))?;
        let data_key = random::<32>();
        let wrap_nonce = random::<NONCE_LEN>();
        let aad = self.active.to_be_bytes();
        let wrapped = cipher(kek)
            .encrypt(
                &nonce(&wrap_nonce)?,
                Payload {
                    msg: &data_key,
                    aad: &aad,
                },
            )
            .map_err(|_| Error::internal("wrapping a data key failed"))?;
        let (data_nonce, ciphertext) = encrypt(&data_key, plaintext, context.as_bytes())?;
        let mut sealed = Vec::with_capacity(HEADER_LEN + ciphertext.len());
        sealed.extend_from_slice(MAGIC);
        sealed.extend_from_slice(&self.active.to_be_bytes());
        sealed.extend_from_slice(&wrap_nonce);
        sealed.extend_from_slice(&wrapped);
        sealed.extend_from_slice(&data_nonce);
        sealed.extend_from_slice(&ciphertext);
        Ok(URL_SAFE_NO_PAD.encode(sealed))
    }

    fn unwrap_data_key(&self, raw: &[u8]) -> Result<(u32, [u8; 32])> {
        if raw.len() < HEADER_LEN || &raw[..3] != MAGIC {
            return Err(undecryptable());
        }
        let version = u32::from_be_bytes(raw[3..7].try_into().map_err(|_| undecryptable())?);
        let kek = self.keys.get(&version).ok_or_else(|| {
            Error::new(
                ErrorCode::Internal,
                format!("a stored secret needs key version {version}, which is not configured"),
            )
        })?;
        let wrap_nonce = &raw[7..7 + NONCE_LEN];
        let wrapped = &raw[7 + NONCE_LEN..7 + NONCE_LEN + WRAPPED_KEY_LEN];
        let data_key = cipher(kek)
            .decrypt(
                &nonce(wrap_nonce)?,
                Payload {
                    msg: wrapped,
                    aad: &version.to_be_bytes(),
                },
            )
            .map_err(|_| undecryptable())?;
        Ok((version, data_key.try_into().map_err(|_| undecryptable())?))
    }

    /// Decrypts a sealed value; fails if it was changed or sealed for another context.
    pub fn open(&self, sealed: &str, context: &str) -> Result<Vec<u8>> {
        let raw = URL_SAFE_NO_PAD
            .decode(sealed)
            .map_err(|_| undecryptable())?;
        let (_, data_key) = self.unwrap_data_key(&raw)?;
        let data_nonce = &raw[HEADER_LEN - NONCE_LEN..HEADER_LEN];
        decrypt(
            &data_key,
            data_nonce,
            &raw[HEADER_LEN..],
            context.as_bytes(),
        )
    }

    /// The KEK version a sealed value uses.
    pub fn version_of(sealed: &str) -> Option<u32> {
        let raw = URL_SAFE_NO_PAD.decode(sealed).ok()?;
        (raw.len() >= HEADER_LEN && &raw[..3] == MAGIC)
            .then(|| u32::from_be_bytes([raw[3], raw[4], raw[5], raw[6]]))
    }

    /// Encrypts content too large for a row (an uploaded report): a fresh data
    /// key encrypts it, bound to `context`, and is itself sealed like any
    /// secret. The sealed key (small) goes in a row, where key rotation
    /// re-wraps it with the others ([`Secrets::rewrap`]); the encrypted
    /// content (`nonce ‖ ciphertext ‖ tag`) goes wherever large content is
    /// kept. [`Secrets::open_content`] reverses it.
    pub fn seal_content(&self, plaintext: &[u8], context: &str) -> Result<(String, Vec<u8>)> {
        let data_key = random::<32>();
        let sealed_key = self.seal(&data_key, &format!("{context}#key"))?;
        // Encrypted in place, in the buffer it is returned in: content can be
        // hundreds of megabytes, and one copy of it is enough.
        let data_nonce = random::<NONCE_LEN>();
        let mut sealed = Vec::with_capacity(NONCE_LEN + plaintext.len() + TAG_LEN);
        sealed.extend_from_slice(&data_nonce);
        sealed.extend_from_slice(plaintext);
        let tag = cipher(&data_key)
            .encrypt_in_place_detached(
                &nonce(&data_nonce)?,
                context.as_bytes(),
                &mut sealed[NONCE_LEN..],
            )
            .map_err(|_| Error::internal("encrypting content failed"))?;
        sealed.extend_from_slice(&tag);
        Ok((sealed_key, sealed))
    }

    /// Decrypts content sealed by [`Secrets::seal_content`]; fails if either
    /// part was changed or they were sealed for another context.
    pub fn open_content(&self, sealed_key: &str, sealed: &[u8], context: &str) -> Result<Vec<u8>> {
        let data_key: [u8; 32] = self
            .open(sealed_key, &format!("{context}#key"))?
            .try_into()
            .map_err(|_| undecryptable())?;
        if sealed.len() < NONCE_LEN {
            return Err(undecryptable());
        }
        let (data_nonce, ciphertext) = sealed.split_at(NONCE_LEN);
        decrypt(&data_key, data_nonce, ciphertext, context.as_bytes())
    }

    /// Re-wraps a sealed value's data key under the active KEK (the payload is untouched);
    /// `None` when it already uses the active version.
    pub fn rewrap(&self, sealed: &str) -> Result<Option<String>> {
        let raw = URL_SAFE_NO_PAD
            .decode(sealed)
            .map_err(|_| undecryptable())?;
        let (version, data_key) = self.unwrap_data_key(&raw)?;
        if version == self.active {
            return Ok(None);
        }
        let kek = self
            .keys
            .get(&self.active)
            .ok_or_else(|| Error::internal("active key missing"))?;
        let wrap_nonce = random::<NONCE_LEN>();
        let wrapped = cipher(kek)
            .encrypt(
                &nonce(&wrap_nonce)?,
                Payload {
                    msg: &data_key,
                    aad: &self.active.to_be_bytes(),
                },
            )
            .map_err(|_| Error::internal("wrapping a data key failed"))?;
        let mut out = raw.clone();
        out[3..7].copy_from_slice(&self.active.to_be_bytes());
        out[7..7 + NONCE_LEN].copy_from_slice(&wrap_nonce);
        out[7 + NONCE_LEN..7 + NONCE_LEN + WRAPPED_KEY_LEN].copy_from_slice(&wrapped);
        Ok(Some(URL_SAFE_NO_PAD.encode(out)))
    }

    /// Re-wraps each `(key, sealed)` of a service's table under the active
    /// version and stores the changed ones with `save`; how many could not be
    /// (each logged by its key, never its value). What every service runs over
    /// its own sealed columns when keys rotate.
    pub async fn rewrap_each<K, F, Fut>(
        &self,
        what: &str,
        sealed: Vec<(K, String)>,
        mut save: F,
    ) -> Result<usize>
    where
        K: std::fmt::Display,
        F: FnMut(K, String) -> Fut,
        Fut: std::future::Future<Output = Result<()>>,
    {
        let mut pending = 0;
        for (key, value) in sealed {
            match self.rewrap(&value) {
                Ok(Some(rewrapped)) => save(key, rewrapped).await?,
                Ok(None) => {}
                Err(error) => {
                    tracing::error!(what, %key, %error, "cannot re-wrap a sealed value");
                    pending += 1;
                }
            }
        }
        Ok(pending)
    }
}

#[cfg(unix)]
fn write_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(version: u32, byte: u8) -> String {
        format!("{version}:{}", STANDARD.encode([byte; 32]))
    }

    #[test]
    fn sealed_content_opens_only_in_its_context_unchanged_and_after_rotation() {
        let old = Secrets::from_keys(&[key(1, 7)], 0).expect("keys");
        let report = br#"{"results": [{"secret": "hunter2"}]}"#;
        let (sealed_key, sealed) = old
            .seal_content(report, "security/scan-report/org-1/s-1")
            .expect("seal");
        assert!(
            !sealed.windows(7).any(|part| part == b"hunter2"),
            "no plaintext in the sealed content"
        );
        let open = |secrets: &Secrets, key: &str, content: &[u8], context: &str| {
            secrets.open_content(key, content, context)
        };
        let context = "security/scan-report/org-1/s-1";
        assert_eq!(
            open(&old, &sealed_key, &sealed, context).expect("open"),
            report
        );
        assert!(open(&old, &sealed_key, &sealed, "security/scan-report/org-1/s-2").is_err());
        let mut tampered = sealed.clone();
        tampered[20] ^= 1;
        assert!(open(&old, &sealed_key, &tampered, context).is_err());
        assert!(open(&old, &sealed_key, &sealed[..5], context).is_err());
        // The key re-wrapped under a new version; the content is untouched.
        let rotated = Secrets::from_keys(&[key(1, 7), key(2, 9)], 2).expect("keys");
        let rewrapped = rotated
            .rewrap(&sealed_key)
            .expect("rewrap")
            .expect("changed");
        let new_only = Secrets::from_keys(&[key(2, 9)], 2).expect("keys");
        assert_eq!(
            open(&new_only, &rewrapped, &sealed, context).expect("open"),
            report
        );
    }

    #[test]
    fn sealed_values_open_only_in_their_context_and_unchanged() {
        let secrets = Secrets::from_keys(&[key(1, 7)], 0).expect("keys");
        let sealed = secrets
            .seal(b"webhook secret", "repository_webhooks.secret:w-1")
            .expect("seal");
        assert!(
            !sealed.contains("webhook"),
            "no plaintext in the sealed form"
        );
        assert_eq!(
            secrets
                .open(&sealed, "repository_webhooks.secret:w-1")
                .expect("open"),
            b"webhook secret"
        );
        assert!(
            secrets
                .open(&sealed, "repository_webhooks.secret:w-2")
                .is_err(),
            "bound to its row"
        );
        let mut tampered = URL_SAFE_NO_PAD.decode(&sealed).expect("base64");
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert!(
            secrets
                .open(
                    &URL_SAFE_NO_PAD.encode(tampered),
                    "repository_webhooks.secret:w-1"
                )
                .is_err()
        );
        assert_ne!(
            secrets.seal(b"x", "c").expect("seal"),
            secrets.seal(b"x", "c").expect("seal"),
            "fresh nonces"
        );
    }

    #[test]
    fn rotation_rewraps_under_the_new_key_and_old_values_still_open() {
        let old = Secrets::from_keys(&[key(1, 1)], 1).expect("old");
        let sealed = old.seal(b"token", "ctx").expect("seal");
        let both = Secrets::from_keys(&[key(1, 1), key(2, 2)], 2).expect("rotated");
        assert_eq!(
            both.open(&sealed, "ctx").expect("old value opens"),
            b"token"
        );
        let rewrapped = both.rewrap(&sealed).expect("rewrap").expect("changed");
        assert_eq!(Secrets::version_of(&rewrapped), Some(2));
        assert!(
            both.rewrap(&rewrapped).expect("rewrap").is_none(),
            "already current"
        );
        let new_only = Secrets::from_keys(&[key(2, 2)], 2).expect("old key retired");
        assert_eq!(new_only.open(&rewrapped, "ctx").expect("opens"), b"token");
        let missing = new_only.open(&sealed, "ctx").expect_err("old key gone");
        assert_eq!(missing.code(), ErrorCode::Internal);
    }

    #[test]
    fn bad_key_configuration_names_the_entry() {
        let error = Secrets::from_keys(&["1:short".into()], 0).expect_err("refused");
        assert_eq!(error.violations()[0].field, "secrets.keys[0]");
        let error = Secrets::from_keys(&[key(1, 1)], 3).expect_err("refused");
        assert_eq!(error.violations()[0].field, "secrets.active_version");
    }

    #[test]
    fn the_embedded_default_creates_a_private_key_file_once() {
        let dir = tempfile::tempdir().expect("dir");
        let first = Secrets::load(&SecretsConfig::default(), dir.path()).expect("created");
        let sealed = first.seal(b"v", "c").expect("seal");
        let again = Secrets::load(&SecretsConfig::default(), dir.path()).expect("reloaded");
        assert_eq!(again.open(&sealed, "c").expect("same key"), b"v");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("secrets.key"))
                .expect("file")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
