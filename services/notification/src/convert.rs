//! Protobuf ⇄ the service's values: `convert::<thing>(…)` builds a message,
//! `convert::<thing>_from(…)` reads one.

use secureflow_platform::db::micros_to_timestamp;
use secureflow_proto::secureflow::notification::v1 as pb;

use crate::channels;
use crate::domain::channels::{Health, Kind};
use crate::domain::deliveries::Status;
use crate::domain::escalation::{EscalationRule, Level};
use crate::domain::preferences::{Mute, Preferences, QuietHours};
use crate::domain::rules::Rule;
use crate::messages::Message;
use crate::store::channels::ChannelRow;
use crate::store::deliveries::DeliveryRow;
use crate::store::escalation::EscalationRow;
use crate::store::notifications::NotificationRow;
use crate::store::preferences::PreferencesRow;
use crate::store::rules::RuleRow;
use crate::templates::{self, Shown};

/// The transport of a contract channel type (`None`: unspecified).
pub fn kind_from(kind: pb::ChannelType) -> Option<Kind> {
    match kind {
        pb::ChannelType::Unspecified => None,
        pb::ChannelType::Email => Some(Kind::Email),
        pb::ChannelType::Slack => Some(Kind::Slack),
        pb::ChannelType::MsTeams => Some(Kind::Teams),
        pb::ChannelType::Webhook => Some(Kind::Webhook),
        pb::ChannelType::InApp => Some(Kind::InApp),
    }
}

/// The contract channel type of a transport.
pub fn kind(kind: Kind) -> pb::ChannelType {
    match kind {
        Kind::Email => pb::ChannelType::Email,
        Kind::Slack => pb::ChannelType::Slack,
        Kind::Teams => pb::ChannelType::MsTeams,
        Kind::Webhook => pb::ChannelType::Webhook,
        Kind::InApp => pb::ChannelType::InApp,
    }
}

/// A channel, without its credentials (their names only).
pub fn channel(row: &ChannelRow) -> pb::Channel {
    pb::Channel {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        name: row.name.clone(),
        r#type: kind(row.kind).into(),
        settings: row.settings.clone().into_iter().collect(),
        credentials: Default::default(),
        enabled: row.enabled,
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
        state: match row.health {
            Health::Active => pb::ChannelState::Active,
            Health::Paused => pb::ChannelState::Paused,
            Health::Disabled => pb::ChannelState::Disabled,
        }
        .into(),
        state_reason: row.health_reason.clone(),
        state_change_time: Some(micros_to_timestamp(row.health_changed_at_us)),
        credential_keys: row.credential_keys.clone(),
    }
}

/// A channel as a request gives it.
pub fn channel_from(message: &pb::Channel) -> channels::Input {
    channels::Input {
        name: message.name.clone(),
        kind: kind_from(message.r#type()),
        settings: message.settings.clone().into_iter().collect(),
        credentials: message.credentials.clone().into_iter().collect(),
        enabled: message.enabled,
    }
}

/// A template.
pub fn template(shown: &Shown) -> pb::Template {
    let row = &shown.row;
    pb::Template {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        name: row.name.clone(),
        event_type: row.event_type.clone(),
        channel_type: Kind::parse(&row.channel_type)
            .map_or(pb::ChannelType::Unspecified, kind)
            .into(),
        subject: row.subject.clone(),
        body: row.body.clone(),
        create_time: (!shown.shipped).then(|| micros_to_timestamp(row.created_at_us)),
        update_time: (!shown.shipped).then(|| micros_to_timestamp(row.updated_at_us)),
        html_body: row.html_body.clone(),
        shipped: shown.shipped,
    }
}

/// A template as a request gives it.
pub fn template_from(message: &pb::Template) -> templates::Input {
    templates::Input {
        name: message.name.clone(),
        event_type: message.event_type.clone(),
        channel_type: kind_from(message.channel_type()),
        subject: message.subject.clone(),
        body: message.body.clone(),
        html_body: message.html_body.clone(),
    }
}

/// A delivery state.
pub fn status(status: Status) -> pb::DeliveryStatus {
    match status {
        Status::Pending => pb::DeliveryStatus::Pending,
        Status::Sending => pb::DeliveryStatus::Sending,
        Status::Delivered => pb::DeliveryStatus::Delivered,
        Status::Failed => pb::DeliveryStatus::Failed,
        Status::Retrying => pb::DeliveryStatus::Retrying,
        Status::Acknowledged => pb::DeliveryStatus::Acknowledged,
    }
}

/// A delivery state asked for (`None`: any).
pub fn status_from(status: pb::DeliveryStatus) -> Option<Status> {
    match status {
        pb::DeliveryStatus::Unspecified => None,
        pb::DeliveryStatus::Pending => Some(Status::Pending),
        pb::DeliveryStatus::Sending => Some(Status::Sending),
        pb::DeliveryStatus::Delivered => Some(Status::Delivered),
        pb::DeliveryStatus::Failed => Some(Status::Failed),
        pb::DeliveryStatus::Retrying => Some(Status::Retrying),
        pb::DeliveryStatus::Acknowledged => Some(Status::Acknowledged),
    }
}

/// A delivery with its attempts.
pub fn delivery(row: &DeliveryRow) -> pb::Delivery {
    pb::Delivery {
        id: row.id.clone(),
        notification_id: row.notification_id.clone(),
        channel_id: row.channel_id.clone(),
        user_id: row.user_id.clone(),
        status: status(row.status).into(),
        attempts: row.attempts,
        error: row.error.clone(),
        last_attempt_time: row.last_attempt_at_us.map(micros_to_timestamp),
        deliver_time: row.delivered_at_us.map(micros_to_timestamp),
        acknowledge_time: row.acknowledged_at_us.map(micros_to_timestamp),
        event_id: row.event_id.clone(),
        event_type: row.event_type.clone(),
        rule_id: row.rule_id.clone(),
        escalation_level: row.escalation_level,
        next_attempt_time: row.next_attempt_at_us.map(micros_to_timestamp),
        attempt_history: row
            .history
            .iter()
            .map(|attempt| pb::DeliveryAttempt {
                number: attempt.number,
                time: Some(micros_to_timestamp(attempt.at_us)),
                status_code: attempt.status_code,
                error: attempt.error.clone(),
                duration: Some(pbjson_types::Duration {
                    seconds: attempt.duration_ms / 1000,
                    nanos: i32::try_from((attempt.duration_ms % 1000) * 1_000_000).unwrap_or(0),
                }),
                response: attempt.response.clone(),
            })
            .collect(),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        status_code: row.status_code,
        idempotency_key: row.idempotency_key.clone(),
        channel_type: Kind::parse(&row.channel_type)
            .map_or(pb::ChannelType::Unspecified, kind)
            .into(),
        acknowledged_by: row.acknowledged_by.clone(),
    }
}

/// A priority's name (unspecified: `normal`).
pub fn priority_name(priority: pb::Priority) -> &'static str {
    match priority {
        pb::Priority::Low => "low",
        pb::Priority::Unspecified | pb::Priority::Normal => "normal",
        pb::Priority::High => "high",
        pb::Priority::Urgent => "urgent",
    }
}

/// The contract priority of a name.
pub fn priority(name: &str) -> pb::Priority {
    match name {
        "low" => pb::Priority::Low,
        "high" => pb::Priority::High,
        "urgent" => pb::Priority::Urgent,
        _ => pb::Priority::Normal,
    }
}

/// A subscription rule.
pub fn rule(row: &RuleRow) -> pb::SubscriptionRule {
    let rule = &row.rule;
    pb::SubscriptionRule {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        name: rule.name.clone(),
        event_types: rule.event_types.clone(),
        min_severity: rule.min_severity.clone(),
        verdicts: rule.verdicts.clone(),
        repository_ids: rule.repository_ids.clone(),
        branch: rule.branch.clone(),
        channel_ids: rule.channel_ids.clone(),
        user_ids: rule.user_ids.clone(),
        team_ids: rule.team_ids.clone(),
        notify_assignee: rule.notify_assignee,
        priority: priority(&rule.priority).into(),
        group_window: Some(duration(rule.group_window_ms)),
        mandatory: rule.mandatory,
        enabled: rule.enabled,
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
    }
}

/// A subscription rule as a request gives it.
pub fn rule_from(message: &pb::SubscriptionRule) -> Rule {
    Rule {
        name: message.name.clone(),
        event_types: trimmed(&message.event_types),
        min_severity: message.min_severity.trim().to_ascii_lowercase(),
        verdicts: trimmed(&message.verdicts)
            .into_iter()
            .map(|verdict| verdict.to_ascii_uppercase())
            .collect(),
        repository_ids: trimmed(&message.repository_ids),
        branch: message.branch.trim().to_owned(),
        channel_ids: trimmed(&message.channel_ids),
        user_ids: trimmed(&message.user_ids),
        team_ids: trimmed(&message.team_ids),
        notify_assignee: message.notify_assignee,
        priority: priority_name(message.priority()).to_owned(),
        group_window_ms: millis(message.group_window.as_ref()),
        mandatory: message.mandatory,
        enabled: message.enabled,
    }
}

/// Milliseconds of a contract duration (absent: 0).
fn millis(duration: Option<&pbjson_types::Duration>) -> i64 {
    duration.map_or(0, |duration| {
        duration
            .seconds
            .saturating_mul(1000)
            .saturating_add(i64::from(duration.nanos) / 1_000_000)
    })
}

/// A contract duration of `ms` milliseconds.
fn duration(ms: i64) -> pbjson_types::Duration {
    pbjson_types::Duration {
        seconds: ms / 1000,
        nanos: i32::try_from((ms % 1000) * 1_000_000).unwrap_or(0),
    }
}

/// An escalation rule.
pub fn escalation_rule(row: &EscalationRow) -> pb::EscalationRule {
    let rule = &row.rule;
    pb::EscalationRule {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        name: rule.name.clone(),
        event_type: rule.event_type.clone(),
        min_priority: priority(&rule.min_priority).into(),
        levels: rule
            .levels
            .iter()
            .map(|level| pb::EscalationLevel {
                after: Some(duration(level.after_ms)),
                channel_ids: level.channel_ids.clone(),
                user_ids: level.user_ids.clone(),
                team_ids: level.team_ids.clone(),
            })
            .collect(),
        enabled: rule.enabled,
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
    }
}

/// An escalation rule as a request gives it.
pub fn escalation_rule_from(message: &pb::EscalationRule) -> EscalationRule {
    EscalationRule {
        name: message.name.clone(),
        event_type: message.event_type.trim().to_owned(),
        min_priority: priority_name(message.min_priority()).to_owned(),
        levels: message
            .levels
            .iter()
            .map(|level| Level {
                after_ms: millis(level.after.as_ref()),
                channel_ids: trimmed(&level.channel_ids),
                user_ids: trimmed(&level.user_ids),
                team_ids: trimmed(&level.team_ids),
            })
            .collect(),
        enabled: message.enabled,
    }
}

/// A user's preferences.
pub fn preferences(row: &PreferencesRow) -> pb::NotificationPreferences {
    let quiet = &row.preferences.quiet_hours;
    pb::NotificationPreferences {
        user_id: row.user_id.clone(),
        mutes: row
            .preferences
            .mutes
            .iter()
            .map(|mute| pb::Mute {
                event_type: mute.event_type.clone(),
                channel_type: mute
                    .channel_type
                    .as_deref()
                    .and_then(Kind::parse)
                    .map_or(pb::ChannelType::Unspecified, kind)
                    .into(),
            })
            .collect(),
        quiet_hours: (!quiet.start.is_empty()).then(|| pb::QuietHours {
            start: quiet.start.clone(),
            end: quiet.end.clone(),
            time_zone: quiet.time_zone.clone(),
        }),
        update_time: (row.updated_at_us > 0).then(|| micros_to_timestamp(row.updated_at_us)),
    }
}

/// Preferences as a request gives them.
pub fn preferences_from(message: &pb::NotificationPreferences) -> Preferences {
    let quiet = message.quiet_hours.clone().unwrap_or_default();
    Preferences {
        mutes: message
            .mutes
            .iter()
            .map(|mute| Mute {
                event_type: mute.event_type.trim().to_owned(),
                channel_type: kind_from(mute.channel_type()).map(|kind| kind.name().to_owned()),
            })
            .collect(),
        quiet_hours: QuietHours {
            start: quiet.start.trim().to_owned(),
            end: quiet.end.trim().to_owned(),
            time_zone: quiet.time_zone.trim().to_owned(),
        },
    }
}

/// An in-app item (one of a user's deliveries).
pub fn inbox_item(row: &DeliveryRow) -> pb::InboxItem {
    pb::InboxItem {
        id: row.id.clone(),
        notification_id: row.notification_id.clone(),
        delivery_id: row.id.clone(),
        subject: row.message.subject.clone(),
        body: row.message.body.clone(),
        priority: priority(&row.message.priority).into(),
        event_type: row.event_type.clone(),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        read_time: row.read_at_us.map(micros_to_timestamp),
        acknowledge_time: row.acknowledged_at_us.map(micros_to_timestamp),
    }
}

/// A notification with its escalation and acknowledgement.
pub fn notification(row: &NotificationRow) -> pb::Notification {
    pb::Notification {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        channel_ids: row.channel_ids.clone(),
        user_ids: row.user_ids.clone(),
        subject: row.subject.clone(),
        body: row.body.clone(),
        priority: priority(&row.priority).into(),
        event_id: row.event_id.clone(),
        template_id: row.template_id.clone(),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        event_type: row.event_type.clone(),
        rule_id: row.rule_id.clone(),
        team_ids: row.team_ids.clone(),
        escalation_rule_id: row.escalation_rule_id.clone(),
        escalation_level: row.escalation_level,
        next_escalation_time: row.escalate_at_us.map(micros_to_timestamp),
        acknowledge_time: row.acknowledged_at_us.map(micros_to_timestamp),
        acknowledged_by: row.acknowledged_by.clone(),
        first_delivery_time: row.first_delivered_at_us.map(micros_to_timestamp),
    }
}

/// An ad-hoc message as `SendNotification` gives it.
pub fn message_from(message: &pb::Notification) -> Message {
    Message {
        subject: message.subject.trim().to_owned(),
        body: message.body.clone(),
        template_id: message.template_id.trim().to_owned(),
        channel_ids: trimmed(&message.channel_ids),
        user_ids: trimmed(&message.user_ids),
        team_ids: trimmed(&message.team_ids),
        priority: priority_name(message.priority()).to_owned(),
    }
}

/// Ids as a request lists them: trimmed, blanks dropped.
fn trimmed(values: &[String]) -> Vec<String> {
    values
        .iter()
        .map(|value| value.trim().to_owned())
        .filter(|value| !value.is_empty())
        .collect()
}
