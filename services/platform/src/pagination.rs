//! Page size and page token handling shared by every `List*` RPC.
//!
//! Tokens are opaque to clients (URL-safe base64 of an offset and a scope tag, so
//! a token from one list cannot be replayed on another); sizes default and clamp
//! as each RPC's contract states.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use secureflow_proto::Paged;

use crate::error::{Error, Result};

/// A validated page request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// Rows to return.
    pub limit: i64,
    /// Rows to skip.
    pub offset: i64,
}

impl Page {
    /// Validates `page_size` (0 means `default`; above `max` is clamped) and
    /// `page_token` (empty for the first page) for the list named `scope`.
    pub fn parse(
        page_size: i32,
        page_token: &str,
        default: i32,
        max: i32,
        scope: &str,
    ) -> Result<Self> {
        if page_size < 0 {
            return Err(Error::invalid_field("page_size", "must not be negative"));
        }
        let size = if page_size == 0 {
            default
        } else {
            page_size.min(max)
        };
        let offset = if page_token.is_empty() {
            0
        } else {
            decode_token(page_token, scope)?
        };
        Ok(Self {
            limit: i64::from(size),
            offset,
        })
    }

    /// The page `request` asks for in the list named `scope`: 50 rows unless
    /// it says, at most 500 (see [`Page::parse`]).
    pub fn of(request: &impl Paged, scope: &str) -> Result<Self> {
        Self::sized(request, 50, 500, scope)
    }

    /// The page `request` asks for in the list named `scope`, for a list of
    /// its own `default` and `max` sizes (see [`Page::parse`]).
    pub fn sized(request: &impl Paged, default: i32, max: i32, scope: &str) -> Result<Self> {
        Self::parse(
            request.page_size(),
            request.page_token(),
            default,
            max,
            scope,
        )
    }

    /// Cuts the `limit + 1` rows a query fetched down to this page and returns
    /// them with the next page's token (empty on the last page).
    pub fn finish<T>(&self, mut rows: Vec<T>, scope: &str) -> (Vec<T>, String) {
        let token = self.next_token(rows.len(), scope);
        rows.truncate(usize::try_from(self.limit).unwrap_or(usize::MAX));
        (rows, token)
    }

    /// [`Page::finish`] for rows kept elsewhere: this page's part of the
    /// `limit + 1` rows and the next page's token.
    pub fn finish_slice<'a, T>(&self, rows: &'a [T], scope: &str) -> (&'a [T], String) {
        let token = self.next_token(rows.len(), scope);
        let shown = rows
            .len()
            .min(usize::try_from(self.limit).unwrap_or(usize::MAX));
        (&rows[..shown], token)
    }

    /// The token of the next page, or empty when `returned` rows ended the list.
    /// Callers fetch `limit + 1` rows and pass how many came back.
    pub fn next_token(&self, returned: usize, scope: &str) -> String {
        if i64::try_from(returned).unwrap_or(i64::MAX) <= self.limit {
            return String::new();
        }
        token_at(self.offset + self.limit, scope)
    }
}

/// A token that resumes a list at `position` (for lists paged by something
/// other than a row offset: a byte position in a log, for example);
/// [`Page::parse`] reads it back as the page's `offset`.
pub fn token_at(position: i64, scope: &str) -> String {
    URL_SAFE_NO_PAD.encode(format!("{scope}:{position}"))
}

fn decode_token(token: &str, scope: &str) -> Result<i64> {
    let invalid = || Error::invalid_field("page_token", "is not a token this list returned");
    let bytes = URL_SAFE_NO_PAD.decode(token).map_err(|_| invalid())?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let (tag, offset) = text.rsplit_once(':').ok_or_else(invalid)?;
    if tag != scope {
        return Err(invalid());
    }
    offset
        .parse::<i64>()
        .ok()
        .filter(|offset| *offset >= 0)
        .ok_or_else(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_default_clamp_and_chain() {
        let first = Page::parse(0, "", 50, 500, "users").expect("first page");
        assert_eq!(
            first,
            Page {
                limit: 50,
                offset: 0
            }
        );
        assert_eq!(
            Page::parse(9999, "", 50, 500, "users")
                .expect("clamped")
                .limit,
            500
        );
        assert_eq!(
            first.next_token(50, "users"),
            "",
            "a short page is the last"
        );
        let token = first.next_token(51, "users");
        assert_eq!(
            Page::parse(0, &token, 50, 500, "users")
                .expect("second page")
                .offset,
            50
        );
    }

    #[test]
    fn foreign_or_garbled_tokens_are_refused() {
        let token = Page {
            limit: 10,
            offset: 0,
        }
        .next_token(11, "users");
        let error = Page::parse(0, &token, 50, 500, "teams").expect_err("other list");
        assert_eq!(error.violations()[0].field, "page_token");
        assert!(Page::parse(0, "%%%", 50, 500, "users").is_err());
        assert!(Page::parse(-1, "", 50, 500, "users").is_err());
    }
}
