//! A repository as SecureFlow knows it, and the rules its fields follow.
//!
//! A repository is known by its id and by its full name as the host shows it
//! (`owner/name` on GitHub, `group/subgroup/name` on GitLab). Full names are
//! compared without regard to case, as both hosts do: [`full_name_key`].

use std::collections::BTreeMap;

/// Where a repository is hosted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Host {
    /// GitHub or GitHub Enterprise.
    GitHub,
    /// GitLab (gitlab.com or self-managed).
    GitLab,
    /// Bitbucket.
    Bitbucket,
    /// Azure DevOps Repos.
    AzureDevOps,
    /// Any other git server.
    GenericGit,
}

impl Host {
    /// Every host, in the contract's order.
    pub const ALL: [Host; 5] = [
        Host::GitHub,
        Host::GitLab,
        Host::Bitbucket,
        Host::AzureDevOps,
        Host::GenericGit,
    ];

    /// The name stored and shown (`github`).
    pub fn name(self) -> &'static str {
        match self {
            Host::GitHub => "github",
            Host::GitLab => "gitlab",
            Host::Bitbucket => "bitbucket",
            Host::AzureDevOps => "azure_devops",
            Host::GenericGit => "git",
        }
    }

    /// The host of a stored name.
    pub fn parse(name: &str) -> Option<Host> {
        Host::ALL.into_iter().find(|host| host.name() == name)
    }

    /// The host a clone URL's server name suggests (`github.com`, a GitHub
    /// Enterprise server named `github.example.com`…), else generic git.
    pub fn of_server(server: &str) -> Host {
        let server = server.to_ascii_lowercase();
        if server.contains("github") {
            Host::GitHub
        } else if server.contains("gitlab") {
            Host::GitLab
        } else if server.contains("bitbucket") {
            Host::Bitbucket
        } else if server == "dev.azure.com" || server.ends_with(".visualstudio.com") {
            Host::AzureDevOps
        } else {
            Host::GenericGit
        }
    }
}

/// How much a repository matters to the business: a factor of the security
/// service's risk score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Criticality {
    /// Nobody said (the risk score counts it as medium).
    Unrecorded,
    /// Internal tooling.
    Low,
    /// Ordinary product code.
    Medium,
    /// Customer-facing, or handles personal data.
    High,
    /// Payments, authentication, safety.
    Critical,
}

impl Criticality {
    /// Every level, in the contract's order.
    pub const ALL: [Criticality; 5] = [
        Criticality::Unrecorded,
        Criticality::Low,
        Criticality::Medium,
        Criticality::High,
        Criticality::Critical,
    ];

    /// The name stored and shown (`high`; `unrecorded` when nobody said).
    pub fn name(self) -> &'static str {
        match self {
            Criticality::Unrecorded => "unrecorded",
            Criticality::Low => "low",
            Criticality::Medium => "medium",
            Criticality::High => "high",
            Criticality::Critical => "critical",
        }
    }

    /// The level of a stored name.
    pub fn parse(name: &str) -> Option<Criticality> {
        Criticality::ALL
            .into_iter()
            .find(|level| level.name() == name)
    }
}

/// What a caller says of a repository, before [`Draft::checked`] normalises
/// and checks it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    /// Display name; the last part of the full name when empty.
    pub name: String,
    /// Full name at the host (`acme/payments-api`).
    pub full_name: String,
    /// Host; inferred from the clone URL when `None`.
    pub host: Option<Host>,
    /// Clone URL (`https://…`, `ssh://…` or `git@host:path`); may be empty.
    pub clone_url: String,
    /// Default branch; `main` when empty.
    pub default_branch: String,
    /// Owning team's id (identity's); may be empty.
    pub team_id: String,
    /// Business criticality.
    pub criticality: Option<Criticality>,
    /// Main languages, most used first.
    pub languages: Vec<String>,
    /// Free-form labels.
    pub labels: BTreeMap<String, String>,
    /// Archived: history kept, nothing new recorded.
    pub archived: bool,
}

/// A repository's settings after [`Draft::checked`]: every field valid.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Display name.
    pub name: String,
    /// Full name at the host, as given (case kept).
    pub full_name: String,
    /// Host.
    pub host: Host,
    /// Clone URL, or empty.
    pub clone_url: String,
    /// Default branch.
    pub default_branch: String,
    /// Owning team's id, or empty.
    pub team_id: String,
    /// Business criticality.
    pub criticality: Criticality,
    /// Main languages (distinct, in the order given).
    pub languages: Vec<String>,
    /// Labels.
    pub labels: BTreeMap<String, String>,
    /// Archived.
    pub archived: bool,
}

/// A field that breaks a rule: its name and what is wrong with it.
pub type Invalid = (&'static str, String);

/// Longest full name.
pub const MAX_FULL_NAME: usize = 255;
/// Longest part of a full name (GitHub allows 100 characters a repository name).
pub const MAX_PART: usize = 100;
/// Most labels on one repository.
pub const MAX_LABELS: usize = 64;
/// Most languages on one repository.
pub const MAX_LANGUAGES: usize = 32;

impl Draft {
    /// The settings this draft describes, trimmed and with defaults filled, or
    /// the first field that breaks a rule.
    pub fn checked(self) -> Result<Settings, Invalid> {
        let full_name = full_name(&self.full_name)?;
        let last = full_name.rsplit('/').next().unwrap_or_default().to_owned();
        let name = match self.name.trim() {
            "" => last,
            given => text("name", given, MAX_PART)?.to_owned(),
        };
        let clone_url = clone_url(self.clone_url.trim())?;
        let host = match self.host {
            Some(host) => host,
            None => server_of(&clone_url).map_or(Host::GenericGit, Host::of_server),
        };
        let default_branch = match self.default_branch.trim() {
            "" => "main".to_owned(),
            given => branch("default_branch", given)?.to_owned(),
        };
        let team_id = text("team_id", self.team_id.trim(), 64)?.to_owned();
        Ok(Settings {
            name,
            full_name,
            host,
            clone_url,
            default_branch,
            team_id,
            criticality: self.criticality.unwrap_or(Criticality::Unrecorded),
            languages: languages(self.languages)?,
            labels: labels(self.labels)?,
            archived: self.archived,
        })
    }
}

impl From<Settings> for Draft {
    /// The draft that describes settings again (to change some of them).
    fn from(settings: Settings) -> Self {
        Draft {
            name: settings.name,
            full_name: settings.full_name,
            host: Some(settings.host),
            clone_url: settings.clone_url,
            default_branch: settings.default_branch,
            team_id: settings.team_id,
            criticality: Some(settings.criticality),
            languages: settings.languages,
            labels: settings.labels,
            archived: settings.archived,
        }
    }
}

/// The key a full name is unique under: host paths are compared without
/// regard to case.
pub fn full_name_key(full_name: &str) -> String {
    full_name.trim().trim_matches('/').to_lowercase()
}

/// A full name of two or more parts (`owner/name`, `group/subgroup/name`),
/// each of letters, digits, `.`, `_` and `-`.
fn full_name(given: &str) -> Result<String, Invalid> {
    let field = "full_name";
    let trimmed = given.trim().trim_matches('/');
    if trimmed.is_empty() {
        return Err((
            field,
            "is required: the name the host shows, as `owner/name` or `group/subgroup/name`".into(),
        ));
    }
    if trimmed.chars().count() > MAX_FULL_NAME {
        return Err((field, format!("is longer than {MAX_FULL_NAME} characters")));
    }
    let parts: Vec<&str> = trimmed.split('/').collect();
    if parts.len() < 2 {
        return Err((
            field,
            format!("`{trimmed}` has no owner: write it as the host shows it, `owner/{trimmed}`"),
        ));
    }
    for part in &parts {
        if part.is_empty() {
            return Err((field, format!("`{trimmed}` has an empty part (`//`)")));
        }
        if *part == "." || *part == ".." {
            return Err((field, format!("`{trimmed}` has a `{part}` part")));
        }
        if part.chars().count() > MAX_PART {
            return Err((
                field,
                format!("part `{part}` is longer than {MAX_PART} characters"),
            ));
        }
        if let Some(bad) = part
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
        {
            return Err((
                field,
                format!(
                    "part `{part}` holds `{bad}`: only letters, digits, `.`, `_` and `-` are allowed"
                ),
            ));
        }
    }
    if let Some(stripped) = trimmed.strip_suffix(".git") {
        return Err((
            field,
            format!("`{trimmed}` ends with `.git`, which is the clone URL's: write `{stripped}`"),
        ));
    }
    Ok(trimmed.to_owned())
}

/// A clone URL: `https://`, `http://`, `ssh://` or `git://`, or the scp-like
/// `user@server:path`; never with a password or a token in it, which would be
/// stored and shown in clear (and never echoed in an error, for the same
/// reason).
fn clone_url(given: &str) -> Result<String, Invalid> {
    let field = "clone_url";
    if given.is_empty() {
        return Ok(String::new());
    }
    if given.len() > 2048 {
        return Err((field, "is longer than 2,048 characters".into()));
    }
    if given.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err((field, "holds white space or a control character".into()));
    }
    if let Some((user, rest)) = scp_like(given) {
        if user.contains(':') || rest.0.is_empty() || rest.1.is_empty() {
            return Err((
                field,
                "is not `user@server:path` (a password cannot be written in a clone URL)".into(),
            ));
        }
        return Ok(given.to_owned());
    }
    // The URL itself is never echoed: it may hold a token.
    let url = url::Url::parse(given).map_err(|error| {
        (
            field,
            format!("is not a URL ({error}): use `https://server/owner/name.git`, `ssh://…` or `git@server:owner/name.git`"),
        )
    })?;
    if !matches!(url.scheme(), "https" | "http" | "ssh" | "git") {
        return Err((
            field,
            format!(
                "scheme `{}` is not one git clones over (https, http, ssh, git)",
                url.scheme()
            ),
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err((field, "names no server".into()));
    }
    if url.password().is_some() || (url.scheme().starts_with("http") && !url.username().is_empty())
    {
        return Err((
            field,
            "holds credentials, which would be stored and shown in clear: give the URL without them and keep tokens in the host connection's settings".into(),
        ));
    }
    Ok(given.to_owned())
}

/// `user@server:path` split as (user, (server, path)), when `given` has that
/// form and no scheme.
fn scp_like(given: &str) -> Option<(&str, (&str, &str))> {
    if given.contains("://") {
        return None;
    }
    let (user, rest) = given.split_once('@')?;
    let (server, path) = rest.split_once(':')?;
    Some((user, (server, path)))
}

/// The server a checked clone URL names, if any.
fn server_of(clone_url: &str) -> Option<&str> {
    if clone_url.is_empty() {
        return None;
    }
    if let Some((_, (server, _))) = scp_like(clone_url) {
        return Some(server);
    }
    let after_scheme = clone_url.split_once("://")?.1;
    let authority = after_scheme.split('/').next()?;
    let host = authority.rsplit('@').next()?;
    Some(host.split(':').next().unwrap_or(host))
}

/// A branch name git accepts (`git check-ref-format --branch`'s rules).
fn branch<'a>(field: &'static str, given: &'a str) -> Result<&'a str, Invalid> {
    let refuse = |why: &str| {
        Err((
            field,
            format!("`{given}` is not a branch name git accepts: {why}"),
        ))
    };
    if given.len() > 255 {
        return refuse("longer than 255 bytes");
    }
    if let Some(bad) = given.chars().find(|c| {
        c.is_control() || c.is_whitespace() || matches!(c, '~' | '^' | ':' | '?' | '*' | '[' | '\\')
    }) {
        return refuse(&format!("it holds `{}`", bad.escape_debug()));
    }
    if given.contains("..") || given.contains("//") || given.contains("@{") {
        return refuse("it holds `..`, `//` or `@{`");
    }
    if given.starts_with(['-', '/', '.'])
        || given.ends_with(['/', '.'])
        || given.ends_with(".lock")
        || given == "@"
    {
        return refuse("it starts with `-`, `/` or `.`, ends with `/`, `.` or `.lock`, or is `@`");
    }
    if given.split('/').any(|part| part.starts_with('.')) {
        return refuse("a part starts with `.`");
    }
    Ok(given)
}

/// One line of text of at most `max` characters.
fn text<'a>(field: &'static str, given: &'a str, max: usize) -> Result<&'a str, Invalid> {
    if given.chars().count() > max {
        return Err((field, format!("is longer than {max} characters")));
    }
    if given.chars().any(char::is_control) {
        return Err((field, "holds a control character".into()));
    }
    Ok(given)
}

/// Distinct languages, trimmed, in the order given.
fn languages(given: Vec<String>) -> Result<Vec<String>, Invalid> {
    let field = "languages";
    let mut kept: Vec<String> = Vec::new();
    for language in given {
        let language = text(field, language.trim(), 64)?;
        if language.is_empty() {
            return Err((field, "holds an empty language".into()));
        }
        if !kept
            .iter()
            .any(|known| known.eq_ignore_ascii_case(language))
        {
            kept.push(language.to_owned());
        }
    }
    if kept.len() > MAX_LANGUAGES {
        return Err((
            field,
            format!("holds {} languages; at most {MAX_LANGUAGES}", kept.len()),
        ));
    }
    Ok(kept)
}

/// Labels: keys of letters, digits, `.`, `_`, `-` and `/` (1 to 63), values of
/// at most 255 characters.
fn labels(given: BTreeMap<String, String>) -> Result<BTreeMap<String, String>, Invalid> {
    let field = "labels";
    if given.len() > MAX_LABELS {
        return Err((
            field,
            format!("holds {} labels; at most {MAX_LABELS}", given.len()),
        ));
    }
    for (key, value) in &given {
        if key.is_empty()
            || key.len() > 63
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'))
        {
            return Err((
                field,
                format!(
                    "key `{}` is not 1 to 63 letters, digits, `.`, `_`, `-` or `/`",
                    key.escape_debug()
                ),
            ));
        }
        if value.chars().count() > 255 || value.chars().any(char::is_control) {
            return Err((
                field,
                format!(
                    "the value of `{key}` is longer than 255 characters or holds a control character"
                ),
            ));
        }
    }
    Ok(given)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(full_name: &str) -> Draft {
        Draft {
            full_name: full_name.into(),
            ..Draft::default()
        }
    }

    fn refused(draft: Draft) -> Invalid {
        draft.checked().expect_err("refused")
    }

    #[test]
    fn defaults_fill_name_branch_host_and_criticality() {
        let settings = draft(" /acme/payments-api/ ").checked().expect("valid");
        assert_eq!(settings.full_name, "acme/payments-api");
        assert_eq!(settings.name, "payments-api");
        assert_eq!(settings.default_branch, "main");
        assert_eq!(settings.host, Host::GenericGit);
        assert_eq!(settings.criticality, Criticality::Unrecorded);
    }

    #[test]
    fn gitlab_subgroups_are_full_names() {
        let settings = draft("platform/payments/ledger").checked().expect("valid");
        assert_eq!(settings.name, "ledger");
        assert_eq!(
            full_name_key("Platform/Payments/Ledger"),
            "platform/payments/ledger"
        );
    }

    #[test]
    fn full_names_that_a_host_cannot_show_are_refused_naming_the_part() {
        for (given, says) in [
            ("", "is required"),
            ("payments-api", "has no owner"),
            ("acme//api", "empty part"),
            ("acme/../api", "`..` part"),
            ("acme/pay ments", "holds ` `"),
            ("acme/api.git", "write `acme/api`"),
        ] {
            let (field, problem) = refused(draft(given));
            assert_eq!(field, "full_name", "{given}");
            assert!(problem.contains(says), "{given}: {problem}");
        }
        let long = format!("acme/{}", "a".repeat(MAX_PART + 1));
        assert!(refused(draft(&long)).1.contains("longer than"));
    }

    #[test]
    fn the_host_is_inferred_from_the_clone_url() {
        for (url, host) in [
            ("https://github.com/acme/api.git", Host::GitHub),
            ("git@gitlab.com:acme/api.git", Host::GitLab),
            (
                "ssh://git@github.example.com:2222/acme/api.git",
                Host::GitHub,
            ),
            ("https://dev.azure.com/acme/api/_git/api", Host::AzureDevOps),
            ("https://git.example.com/acme/api.git", Host::GenericGit),
        ] {
            let settings = Draft {
                clone_url: url.into(),
                ..draft("acme/api")
            }
            .checked()
            .expect(url);
            assert_eq!(settings.host, host, "{url}");
        }
        let told = Draft {
            host: Some(Host::GitLab),
            clone_url: "https://git.example.com/acme/api.git".into(),
            ..draft("acme/api")
        };
        assert_eq!(told.checked().expect("valid").host, Host::GitLab);
    }

    #[test]
    fn clone_urls_with_credentials_or_other_schemes_are_refused() {
        for (url, says) in [
            ("https://ghp_token@github.com/acme/api.git", "credentials"),
            ("https://user:pass@github.com/acme/api.git", "credentials"),
            ("ftp://example.com/api.git", "scheme `ftp`"),
            ("not a url", "white space"),
            ("github.com/acme/api", "not a URL"),
            ("git:secret@github.com:acme/api.git", "user@server:path"),
            ("ssh:///secret/api.git", "names no server"),
        ] {
            let (field, problem) = refused(Draft {
                clone_url: url.into(),
                ..draft("acme/api")
            });
            assert_eq!(field, "clone_url", "{url}");
            assert!(problem.contains(says), "{url}: {problem}");
            assert!(
                !problem.contains("secret") && !problem.contains("ghp_"),
                "{problem}"
            );
        }
    }

    #[test]
    fn branch_names_follow_git() {
        for good in ["main", "release/1.2", "feature/JIRA-12_x"] {
            let settings = Draft {
                default_branch: good.into(),
                ..draft("acme/api")
            };
            assert_eq!(settings.checked().expect(good).default_branch, good);
        }
        for bad in [
            "a..b", "-x", "x.lock", "a b", "x:y", "a//b", "x/", ".hidden", "a/.b",
        ] {
            let (field, _) = refused(Draft {
                default_branch: bad.into(),
                ..draft("acme/api")
            });
            assert_eq!(field, "default_branch", "{bad}");
        }
    }

    #[test]
    fn labels_and_languages_are_bounded() {
        let mut labels = BTreeMap::new();
        labels.insert("tier".to_owned(), "1".to_owned());
        let settings = Draft {
            labels: labels.clone(),
            languages: vec!["Rust".into(), "rust".into(), " Go ".into()],
            ..draft("acme/api")
        }
        .checked()
        .expect("valid");
        assert_eq!(settings.languages, ["Rust", "Go"]);
        assert_eq!(settings.labels, labels);
        labels.insert("bad key".into(), String::new());
        assert_eq!(
            refused(Draft {
                labels,
                ..draft("acme/api")
            })
            .0,
            "labels"
        );
        let many = (0..=MAX_LANGUAGES).map(|n| format!("lang{n}")).collect();
        assert_eq!(
            refused(Draft {
                languages: many,
                ..draft("acme/api")
            })
            .0,
            "languages"
        );
    }

    #[test]
    fn settings_checked_again_are_the_same() {
        let settings = Draft {
            clone_url: "git@gitlab.com:acme/api.git".into(),
            languages: vec!["Rust".into()],
            ..draft("acme/api")
        }
        .checked()
        .expect("valid");
        assert_eq!(Draft::from(settings.clone()).checked(), Ok(settings));
    }

    #[test]
    fn stored_names_read_back() {
        for host in Host::ALL {
            assert_eq!(Host::parse(host.name()), Some(host));
        }
        for level in Criticality::ALL {
            assert_eq!(Criticality::parse(level.name()), Some(level));
        }
    }
}
