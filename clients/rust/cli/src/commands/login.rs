//! `login` and `logout`: keep or forget a server and token.

use std::io::Read;

use anyhow::{Context as _, Result, bail};
use secureflow_client::proto::secureflow::identity::v1::{
    CreateApiTokenRequest, GetCurrentIdentityRequest, LoginRequest,
};
use secureflow_client::{ClientConfig, SecureFlow};

use crate::Context;
use crate::args::LoginArgs;
use crate::settings::{self, Saved};

/// Days a token made by `login --email` lasts.
const LOGIN_TOKEN_DAYS: i64 = 90;

/// Keeps the server and a token: the one given (checked first), or an API
/// token created for this machine after logging in with e-mail and password.
pub async fn login(context: &Context, args: LoginArgs) -> Result<u8> {
    let token = match &args.email {
        Some(email) => token_from_password(context, email, &args.organization).await?,
        None => match &context.token {
            Some(token) => token.clone(),
            None => bail!("give --token (or SECUREFLOW_TOKEN), or --email with --password-stdin"),
        },
    };
    let secureflow = SecureFlow::connect(&context.client_config()?.with_token(&token)).await?;
    let identity = secureflow
        .identity()
        .get_current_identity(secureflow.request(GetCurrentIdentityRequest::default()))
        .await?
        .into_inner();
    let who = identity
        .user
        .map(|user| user.email)
        .or(identity
            .api_token
            .map(|api_token| format!("API token {}", api_token.name)))
        .unwrap_or_default();
    let organization = identity.organization.map(|o| o.slug).unwrap_or_default();
    settings::save(
        &context.settings_path,
        &Saved {
            server: context.server.clone(),
            token,
        },
    )?;
    eprintln!(
        "logged in to {} as {who} (organisation {organization}); kept in {}",
        context.server,
        context.settings_path.display()
    );
    Ok(0)
}

async fn token_from_password(context: &Context, email: &str, organization: &str) -> Result<String> {
    let mut password = String::new();
    std::io::stdin()
        .read_to_string(&mut password)
        .context("reading the password from standard input")?;
    let password = password.trim_end_matches(['\n', '\r']).to_owned();
    let anonymous = SecureFlow::connect(&ClientConfig::new(&context.server)?).await?;
    let tokens = anonymous
        .identity()
        .login(anonymous.request(LoginRequest {
            organization: organization.to_owned(),
            email: email.to_owned(),
            password,
        }))
        .await?
        .into_inner()
        .tokens
        .context("the server answered without tokens")?;
    // The access token lasts minutes: make an API token for this machine with
    // the user's own permissions.
    let user =
        SecureFlow::connect(&context.client_config()?.with_token(&tokens.access_token)).await?;
    let permissions = user
        .identity()
        .get_current_identity(user.request(GetCurrentIdentityRequest::default()))
        .await?
        .into_inner()
        .permissions;
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "this machine".to_owned());
    let created = user
        .identity()
        .create_api_token(user.request(CreateApiTokenRequest {
            name: format!("secureflow CLI on {host}"),
            permissions,
            expire_time: Some(super::days_from_now(LOGIN_TOKEN_DAYS)),
        }))
        .await?
        .into_inner();
    Ok(created.secret)
}

/// Forgets the kept token (the server address stays).
pub fn logout(context: &Context) -> Result<u8> {
    let mut saved = settings::load(&context.settings_path)?;
    saved.token.clear();
    settings::save(&context.settings_path, &saved)?;
    eprintln!("token forgotten ({})", context.settings_path.display());
    Ok(0)
}
