//! Secrets handed to clients (API tokens, refresh tokens, setup tokens) and
//! passwords. Handed-out secrets are 256-bit random values; only their SHA-256
//! is stored, which is enough because they are not guessable. Passwords are
//! hashed with argon2id.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use sha2::{Digest, Sha256};

/// Prefix of API tokens (`sft_…`), so the authenticator and secret scanners recognise them.
pub const API_TOKEN_PREFIX: &str = "sft_";
/// Prefix of refresh tokens.
pub const REFRESH_TOKEN_PREFIX: &str = "sfr_";
/// Prefix of the one-time setup token.
pub const SETUP_TOKEN_PREFIX: &str = "sfs_";

/// Shortest password accepted.
pub const MIN_PASSWORD_LENGTH: usize = 12;

/// A new random secret with `prefix`, 64 hex digits of entropy.
pub fn new_secret(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source works");
    format!("{prefix}{}", hex::encode(bytes))
}

/// The stored form of a handed-out secret.
pub fn secret_hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// The non-secret part shown to identify a token (`sft_ab12cd34`).
pub fn display_prefix(secret: &str) -> String {
    secret.chars().take(12).collect()
}

/// Why a password is refused.
pub fn password_problem(password: &str) -> Option<String> {
    if password.chars().count() < MIN_PASSWORD_LENGTH {
        return Some(format!("must be at least {MIN_PASSWORD_LENGTH} characters"));
    }
    if password.len() > 1024 {
        return Some("must be at most 1024 bytes".to_owned());
    }
    None
}

/// The argon2id PHC string of a password.
pub fn hash_password(password: &str) -> String {
    Argon2::default()
        .hash_password(password.as_bytes())
        .expect("argon2 accepts any password within the length limit")
        .to_string()
}

/// Whether `password` matches a stored PHC string (constant-time inside argon2).
pub fn verify_password(password: &str, stored: &str) -> bool {
    Argon2::default()
        .verify_password(password.as_bytes(), stored)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_prefixed_and_hashed() {
        let (a, b) = (new_secret(API_TOKEN_PREFIX), new_secret(API_TOKEN_PREFIX));
        assert_ne!(a, b);
        assert!(a.starts_with("sft_") && a.len() == 4 + 64);
        assert_eq!(secret_hash(&a), secret_hash(&a));
        assert_ne!(secret_hash(&a), secret_hash(&b));
        assert_eq!(display_prefix(&a).len(), 12);
    }

    #[test]
    fn passwords_round_trip_through_argon2id() {
        let stored = hash_password("correct horse battery");
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &stored));
        assert!(!verify_password("wrong horse battery", &stored));
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(password_problem("short").is_some());
        assert!(password_problem("long enough password").is_none());
    }
}
