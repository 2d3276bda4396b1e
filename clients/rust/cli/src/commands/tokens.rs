//! `tokens`: API tokens for CI.

use anyhow::Result;
use secureflow_client::proto::secureflow::identity::v1::{
    CreateApiTokenRequest, ListApiTokensRequest, RevokeApiTokenRequest,
};

use crate::args::{OutputFormat, TokensCommand};
use crate::{Context, output};

fn date(timestamp: Option<&pbjson_types::Timestamp>) -> String {
    timestamp
        .and_then(|t| serde_json::to_value(t).ok())
        .and_then(|v| v.as_str().map(|s| s.get(..10).unwrap_or(s).to_owned()))
        .unwrap_or_else(|| "—".to_owned())
}

/// Runs a `tokens` command.
pub async fn run(context: &Context, command: TokensCommand) -> Result<u8> {
    let secureflow = context.connect().await?;
    let mut identity = secureflow.identity();
    match command {
        TokensCommand::List => {
            let tokens = secureflow
                .every_page(|page_token| {
                    let mut client = secureflow.identity();
                    let request = secureflow.request(ListApiTokensRequest {
                        page_size: 500,
                        page_token,
                        ..ListApiTokensRequest::default()
                    });
                    async move {
                        let page = client.list_api_tokens(request).await?.into_inner();
                        Ok((page.api_tokens, page.next_page_token))
                    }
                })
                .await?;
            if context.output == OutputFormat::Json {
                println!("{}", serde_json::to_string_pretty(&tokens)?);
                return Ok(0);
            }
            let mut table = output::table(&[
                "id",
                "name",
                "prefix",
                "permissions",
                "expires",
                "last used",
            ]);
            for token in &tokens {
                table.add_row(vec![
                    token.id.clone(),
                    token.name.clone(),
                    token.prefix.clone(),
                    token.permissions.join(" "),
                    date(token.expire_time.as_ref()),
                    date(token.last_used_time.as_ref()),
                ]);
            }
            println!("{table}");
        }
        TokensCommand::Create {
            name,
            permissions,
            days,
        } => {
            let created = identity
                .create_api_token(secureflow.request(CreateApiTokenRequest {
                    name,
                    permissions,
                    expire_time: Some(super::days_from_now(days)),
                }))
                .await?
                .into_inner();
            let token = created.api_token.unwrap_or_default();
            eprintln!(
                "created API token {} ({}), expires {}; the secret is shown only now:",
                token.id,
                token.name,
                date(token.expire_time.as_ref())
            );
            println!("{}", created.secret);
        }
        TokensCommand::Revoke { id } => {
            identity
                .revoke_api_token(secureflow.request(RevokeApiTokenRequest { id: id.clone() }))
                .await?;
            eprintln!("revoked API token {id}");
        }
    }
    Ok(0)
}
