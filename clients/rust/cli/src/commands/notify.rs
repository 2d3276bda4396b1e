//! `notify`: channels, subscription rules, escalation rules, deliveries and
//! acknowledgements.

use std::collections::HashMap;

use anyhow::{Context as _, Result, bail};
use secureflow_client::SecureFlow;
use secureflow_client::proto::secureflow::notification::v1::{
    AcknowledgeDeliveryRequest, Channel, ChannelState, ChannelType, CreateChannelRequest,
    CreateEscalationRuleRequest, CreateSubscriptionRuleRequest, Delivery, DeliveryStatus,
    EscalationLevel, EscalationRule, ListChannelsRequest, ListDeliveriesRequest,
    ListEscalationRulesRequest, ListSubscriptionRulesRequest, Priority, SubscriptionRule,
    TestChannelRequest,
};

use crate::args::{
    ChannelKind, ChannelsCommand, EscalationCommand, NotifyCommand, OutputFormat, RulesCommand,
};
use crate::{Context, output};

fn kind(kind: ChannelKind) -> ChannelType {
    match kind {
        ChannelKind::Webhook => ChannelType::Webhook,
        ChannelKind::Slack => ChannelType::Slack,
        ChannelKind::Teams => ChannelType::MsTeams,
        ChannelKind::Email => ChannelType::Email,
        ChannelKind::InApp => ChannelType::InApp,
    }
}

fn kind_name(kind: ChannelType) -> &'static str {
    match kind {
        ChannelType::Webhook => "webhook",
        ChannelType::Slack => "slack",
        ChannelType::MsTeams => "teams",
        ChannelType::Email => "email",
        ChannelType::InApp => "in-app",
        ChannelType::Unspecified => "—",
    }
}

fn state_name(state: ChannelState) -> &'static str {
    match state {
        ChannelState::Active | ChannelState::Unspecified => "active",
        ChannelState::Paused => "paused",
        ChannelState::Disabled => "disabled",
    }
}

fn delivery_state(status: DeliveryStatus) -> &'static str {
    match status {
        DeliveryStatus::Unspecified => "—",
        DeliveryStatus::Pending => "pending",
        DeliveryStatus::Sending => "sending",
        DeliveryStatus::Delivered => "delivered",
        DeliveryStatus::Failed => "failed",
        DeliveryStatus::Retrying => "retrying",
        DeliveryStatus::Acknowledged => "acknowledged",
    }
}

/// `KEY=VALUE` pairs.
fn pairs(values: &[String], what: &str) -> Result<HashMap<String, String>> {
    values
        .iter()
        .map(|pair| {
            pair.split_once('=')
                .map(|(key, value)| (key.trim().to_owned(), value.to_owned()))
                .with_context(|| format!("{what} `{pair}` is not KEY=VALUE"))
        })
        .collect()
}

/// Credentials as `KEY=env:VARIABLE` or `KEY=file:PATH`: a secret never
/// comes from the command line (shell history, the process list).
fn credentials(values: &[String]) -> Result<HashMap<String, String>> {
    let mut read = HashMap::new();
    for (key, source) in pairs(values, "--credential")? {
        let value = if let Some(variable) = source.strip_prefix("env:") {
            std::env::var(variable)
                .with_context(|| format!("--credential {key}: ${variable} is not set"))?
        } else if let Some(path) = source.strip_prefix("file:") {
            std::fs::read_to_string(path)
                .with_context(|| format!("--credential {key}: reading {path}"))?
                .trim_end_matches(['\n', '\r'])
                .to_owned()
        } else {
            bail!(
                "--credential {key}: give env:VARIABLE or file:PATH; a credential is never taken \
                 from the command line"
            );
        };
        read.insert(key, value);
    }
    Ok(read)
}

async fn channels(secureflow: &SecureFlow) -> Result<Vec<Channel>> {
    Ok(secureflow
        .every_page(|page_token| {
            let mut client = secureflow.notification();
            let request = secureflow.request(ListChannelsRequest {
                page_size: 500,
                page_token,
                ..ListChannelsRequest::default()
            });
            async move {
                let page = client.list_channels(request).await?.into_inner();
                Ok((page.channels, page.next_page_token))
            }
        })
        .await?)
}

/// Every channel's name, by id.
async fn channel_names(secureflow: &SecureFlow) -> Result<HashMap<String, String>> {
    Ok(channels(secureflow)
        .await?
        .into_iter()
        .map(|channel| (channel.id, channel.name))
        .collect())
}

/// The id of the channel named (or with the id) `wanted`.
async fn channel_id(secureflow: &SecureFlow, wanted: &str) -> Result<String> {
    channels(secureflow)
        .await?
        .into_iter()
        .find(|channel| channel.id == wanted || channel.name == wanted)
        .map(|channel| channel.id)
        .with_context(|| format!("no channel named `{wanted}` (secureflow notify channels list)"))
}

fn print_delivery(delivery: &Delivery) {
    let answer = match delivery.status_code {
        0 => String::new(),
        code => format!(" ({code})"),
    };
    eprintln!(
        "delivery {}: {}{answer} after {} attempt(s){}",
        delivery.id,
        delivery_state(delivery.status()),
        delivery.attempts,
        match delivery.error.is_empty() {
            true => String::new(),
            false => format!(": {}", delivery.error),
        }
    );
}

fn priority_named(name: &str, flag: &str) -> Result<Priority> {
    Ok(match name {
        "low" => Priority::Low,
        "normal" => Priority::Normal,
        "high" => Priority::High,
        "urgent" => Priority::Urgent,
        other => bail!("{flag} `{other}`: give low, normal, high or urgent"),
    })
}

fn priority_label(priority: Priority) -> &'static str {
    match priority {
        Priority::Low => "low",
        Priority::Unspecified | Priority::Normal => "normal",
        Priority::High => "high",
        Priority::Urgent => "urgent",
    }
}

/// An escalation level from `DELAY=CHANNEL[,CHANNEL…]`.
async fn level(secureflow: &SecureFlow, given: &str) -> Result<EscalationLevel> {
    let Some((delay, wanted)) = given.split_once('=') else {
        bail!("--level `{given}`: give DELAY=CHANNEL[,CHANNEL…], for example 15m=team-lead");
    };
    let after = humantime::parse_duration(delay.trim()).with_context(|| {
        format!("--level `{given}`: the delay `{delay}` is not a duration (90s, 15m, 2h)")
    })?;
    let mut channel_ids = Vec::new();
    for channel in wanted.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        channel_ids.push(channel_id(secureflow, channel).await?);
    }
    Ok(EscalationLevel {
        after: Some(pbjson_types::Duration {
            seconds: i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            nanos: i32::try_from(after.subsec_nanos()).unwrap_or(0),
        }),
        channel_ids,
        ..EscalationLevel::default()
    })
}

/// Runs a `notify` command.
pub async fn run(context: &Context, command: NotifyCommand) -> Result<u8> {
    let secureflow = context.connect().await?;
    let json = context.output == OutputFormat::Json;
    match command {
        NotifyCommand::Channels(ChannelsCommand::List) => {
            let channels = channels(&secureflow).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&channels)?);
                return Ok(0);
            }
            let mut table = output::table(&["id", "name", "type", "state", "credentials"]);
            for channel in &channels {
                let state = match channel.state_reason.is_empty() {
                    true => state_name(channel.state()).to_owned(),
                    false => format!("{}: {}", state_name(channel.state()), channel.state_reason),
                };
                table.add_row(vec![
                    channel.id.clone(),
                    channel.name.clone(),
                    kind_name(channel.r#type()).to_owned(),
                    state,
                    channel.credential_keys.join(" "),
                ]);
            }
            println!("{table}");
        }
        NotifyCommand::Channels(ChannelsCommand::Add {
            name,
            kind: channel_kind,
            settings,
            credentials: given,
        }) => {
            let request = CreateChannelRequest {
                channel: Some(Channel {
                    name,
                    r#type: kind(channel_kind).into(),
                    settings: pairs(&settings, "--set")?,
                    credentials: credentials(&given)?,
                    ..Channel::default()
                }),
            };
            let created = secureflow
                .notification()
                .create_channel(secureflow.request(request))
                .await?
                .into_inner()
                .channel
                .unwrap_or_default();
            output::print_created(json, "channel", &created, &created.name, &created.id)?;
        }
        NotifyCommand::Channels(ChannelsCommand::Test { channel }) => {
            let id = channel_id(&secureflow, &channel).await?;
            let delivery = secureflow
                .notification()
                .test_channel(secureflow.request(TestChannelRequest { id }))
                .await?
                .into_inner()
                .delivery
                .unwrap_or_default();
            if json {
                println!("{}", serde_json::to_string_pretty(&delivery)?);
            } else {
                print_delivery(&delivery);
            }
            return Ok(u8::from(delivery.status() != DeliveryStatus::Delivered));
        }
        NotifyCommand::Rules(RulesCommand::List) => {
            let rules = secureflow
                .every_page(|page_token| {
                    let mut client = secureflow.notification();
                    let request = secureflow.request(ListSubscriptionRulesRequest {
                        page_size: 500,
                        page_token,
                        ..ListSubscriptionRulesRequest::default()
                    });
                    async move {
                        let page = client.list_subscription_rules(request).await?.into_inner();
                        Ok((page.subscription_rules, page.next_page_token))
                    }
                })
                .await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&rules)?);
                return Ok(0);
            }
            let names = channel_names(&secureflow).await?;
            let mut table = output::table(&["id", "name", "events", "scope", "channels", "on"]);
            for rule in &rules {
                let mut scope = Vec::new();
                if !rule.branch.is_empty() {
                    scope.push(format!("branch {}", rule.branch));
                }
                if !rule.min_severity.is_empty() {
                    scope.push(format!("≥ {}", rule.min_severity));
                }
                if !rule.repository_ids.is_empty() {
                    scope.push(format!("{} repositories", rule.repository_ids.len()));
                }
                table.add_row(vec![
                    rule.id.clone(),
                    rule.name.clone(),
                    rule.event_types.join(" "),
                    scope.join(", "),
                    rule.channel_ids
                        .iter()
                        .map(|id| names.get(id).cloned().unwrap_or_else(|| id.clone()))
                        .collect::<Vec<_>>()
                        .join(", "),
                    if rule.enabled { "yes" } else { "no" }.to_owned(),
                ]);
            }
            println!("{table}");
        }
        NotifyCommand::Rules(RulesCommand::Add {
            name,
            events,
            channels: wanted,
            branch,
            repositories,
            min_severity,
            verdicts,
            priority,
        }) => {
            let mut channel_ids = Vec::with_capacity(wanted.len());
            for channel in &wanted {
                channel_ids.push(channel_id(&secureflow, channel).await?);
            }
            let priority = priority_named(&priority, "--priority")?;
            let request = CreateSubscriptionRuleRequest {
                subscription_rule: Some(SubscriptionRule {
                    name,
                    event_types: events,
                    channel_ids,
                    branch: branch.unwrap_or_default(),
                    repository_ids: repositories,
                    min_severity: min_severity.unwrap_or_default(),
                    verdicts,
                    priority: priority.into(),
                    ..SubscriptionRule::default()
                }),
            };
            let created = secureflow
                .notification()
                .create_subscription_rule(secureflow.request(request))
                .await?
                .into_inner()
                .subscription_rule
                .unwrap_or_default();
            output::print_created(
                json,
                "subscription rule",
                &created,
                &created.name,
                &created.id,
            )?;
        }
        NotifyCommand::Escalation(EscalationCommand::List) => {
            let rules = secureflow
                .every_page(|page_token| {
                    let mut client = secureflow.notification();
                    let request = secureflow.request(ListEscalationRulesRequest {
                        page_size: 500,
                        page_token,
                    });
                    async move {
                        let page = client.list_escalation_rules(request).await?.into_inner();
                        Ok((page.escalation_rules, page.next_page_token))
                    }
                })
                .await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&rules)?);
                return Ok(0);
            }
            let names = channel_names(&secureflow).await?;
            let mut table = output::table(&["id", "name", "event", "from", "levels", "enabled"]);
            for rule in &rules {
                let levels = rule
                    .levels
                    .iter()
                    .map(|level| {
                        let after = level.after.as_ref().map_or(0, |after| after.seconds);
                        let to: Vec<_> = level
                            .channel_ids
                            .iter()
                            .map(|id| names.get(id).cloned().unwrap_or_else(|| id.clone()))
                            .collect();
                        format!(
                            "{} → {}",
                            humantime::format_duration(std::time::Duration::from_secs(
                                u64::try_from(after).unwrap_or(0)
                            )),
                            to.join(", ")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                table.add_row(vec![
                    rule.id.clone(),
                    rule.name.clone(),
                    match rule.event_type.as_str() {
                        "" => "any".to_owned(),
                        event => event.to_owned(),
                    },
                    priority_label(rule.min_priority()).to_owned(),
                    levels,
                    if rule.enabled { "yes" } else { "no" }.to_owned(),
                ]);
            }
            println!("{table}");
        }
        NotifyCommand::Escalation(EscalationCommand::Add {
            name,
            event,
            min_priority,
            levels: given,
        }) => {
            let min_priority = priority_named(&min_priority, "--min-priority")?;
            let mut levels = Vec::with_capacity(given.len());
            for one in &given {
                levels.push(level(&secureflow, one).await?);
            }
            let request = CreateEscalationRuleRequest {
                escalation_rule: Some(EscalationRule {
                    name,
                    event_type: event.unwrap_or_default(),
                    min_priority: min_priority.into(),
                    levels,
                    ..EscalationRule::default()
                }),
            };
            let created = secureflow
                .notification()
                .create_escalation_rule(secureflow.request(request))
                .await?
                .into_inner()
                .escalation_rule
                .unwrap_or_default();
            output::print_created(
                json,
                "escalation rule",
                &created,
                &created.name,
                &created.id,
            )?;
        }
        NotifyCommand::Ack { id } => {
            let delivery = secureflow
                .idempotent(|| {
                    let mut client = secureflow.notification();
                    let request = secureflow.request(AcknowledgeDeliveryRequest { id: id.clone() });
                    async move { client.acknowledge_delivery(request).await }
                })
                .await?
                .into_inner()
                .delivery
                .unwrap_or_default();
            if json {
                println!("{}", serde_json::to_string_pretty(&delivery)?);
            } else {
                eprintln!(
                    "acknowledged delivery {} ({}): its notification stops escalating",
                    delivery.id, delivery.event_type
                );
            }
        }
        NotifyCommand::Deliveries {
            failed,
            channel,
            event,
            limit,
        } => {
            let channel_id = match channel {
                Some(channel) => channel_id(&secureflow, &channel).await?,
                None => String::new(),
            };
            let deliveries = secureflow
                .idempotent(|| {
                    let mut client = secureflow.notification();
                    let request = secureflow.request(ListDeliveriesRequest {
                        page_size: limit,
                        status: if failed {
                            DeliveryStatus::Failed.into()
                        } else {
                            DeliveryStatus::Unspecified.into()
                        },
                        channel_id: channel_id.clone(),
                        event_type: event.clone().unwrap_or_default(),
                        ..ListDeliveriesRequest::default()
                    });
                    async move { client.list_deliveries(request).await }
                })
                .await?
                .into_inner()
                .deliveries;
            if json {
                println!("{}", serde_json::to_string_pretty(&deliveries)?);
                return Ok(0);
            }
            let names = channel_names(&secureflow).await?;
            let mut table = output::table(&[
                "id", "event", "channel", "state", "attempts", "answer", "error",
            ]);
            for delivery in &deliveries {
                table.add_row(vec![
                    delivery.id.clone(),
                    delivery.event_type.clone(),
                    names
                        .get(&delivery.channel_id)
                        .cloned()
                        .unwrap_or_else(|| delivery.channel_id.clone()),
                    delivery_state(delivery.status()).to_owned(),
                    delivery.attempts.to_string(),
                    match delivery.status_code {
                        0 => "—".to_owned(),
                        code => code.to_string(),
                    },
                    delivery.error.clone(),
                ]);
            }
            println!("{table}");
        }
    }
    Ok(0)
}
