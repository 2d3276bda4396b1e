//! `secureflow.notification.v1.NotificationService` handlers. Each converts,
//! calls the use case that does the work, and maps the result. RPCs not
//! built yet keep the generated default (UNIMPLEMENTED).

use secureflow_platform::auth::{Caller, Reply, caller, ok};
use secureflow_platform::db::{micros_to_timestamp, timestamp_to_micros};
use secureflow_platform::pagination::Page;
use secureflow_platform::server::ServiceContext;
use secureflow_platform::update_mask;
use secureflow_proto::secureflow::notification::v1::notification_service_server::NotificationService;
use secureflow_proto::secureflow::notification::v1::*;
use tonic::Request;

use crate::channels::Channels;
use crate::convert;
use crate::deliveries::Deliveries;
use crate::escalation::EscalationRules;
use crate::links::Links;
use crate::messages::Messages;
use crate::preferences::UserPreferences;
use crate::rules::Rules;
use crate::store::deliveries::Filters;
use crate::store::notifications::NotificationFilters;
use crate::templates::Templates;

/// The user whose inbox or preferences a call reads: the caller's own (a
/// service or workload has none).
fn inbox_owner(caller: &Caller) -> Result<String, tonic::Status> {
    caller.user_id.clone().ok_or_else(|| {
        tonic::Status::failed_precondition(
            "the inbox is a user's: call it as a user (signed in, or with a user's API token)",
        )
    })
}

/// Handler of the notification service.
#[derive(Debug, Clone)]
pub struct NotificationHandler {
    channels: Channels,
    templates: Templates,
    deliveries: Deliveries,
    rules: Rules,
    escalation: EscalationRules,
    messages: Messages,
    links: Links,
    preferences: UserPreferences,
}

impl NotificationHandler {
    /// A handler over the service's use cases, made over `context` (the
    /// process's courier and directory shared with the routing consumer).
    pub fn new(context: &ServiceContext) -> Self {
        let db = &context.db;
        let courier = crate::shared_courier(context);
        let directory = courier.directory().clone();
        let templates = Templates::new(db.clone());
        Self {
            channels: Channels::new(
                db.clone(),
                courier.notifications().clone(),
                context.secrets.clone(),
                templates.clone(),
                directory.clone(),
            ),
            deliveries: Deliveries::new(db.clone(), courier.notifications().clone()),
            rules: Rules::new(db.clone(), directory.clone()),
            escalation: EscalationRules::new(db.clone(), directory),
            messages: Messages::new(db.clone(), templates.clone(), courier.clone()),
            links: courier.links().clone(),
            preferences: UserPreferences::new(db.clone()),
            templates,
        }
    }
}

#[tonic::async_trait]
impl NotificationService for NotificationHandler {
    async fn get_channel(&self, request: Request<GetChannelRequest>) -> Reply<GetChannelResponse> {
        let caller = caller(&request)?;
        let row = self
            .channels
            .get(&caller.organization_id, &request.into_inner().id)
            .await?;
        ok(GetChannelResponse {
            channel: Some(convert::channel(&row)),
        })
    }

    async fn list_channels(
        &self,
        request: Request<ListChannelsRequest>,
    ) -> Reply<ListChannelsResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "channels")?;
        let kind = convert::kind_from(request.r#type());
        let rows = self
            .channels
            .list(&caller.organization_id, kind, page)
            .await?;
        let (rows, next_page_token) = page.finish(rows, "channels");
        ok(ListChannelsResponse {
            channels: rows.iter().map(convert::channel).collect(),
            next_page_token,
        })
    }

    async fn create_channel(
        &self,
        request: Request<CreateChannelRequest>,
    ) -> Reply<CreateChannelResponse> {
        let caller = caller(&request)?;
        let message = request.into_inner().channel.unwrap_or_default();
        let row = self
            .channels
            .create(&caller.organization_id, convert::channel_from(&message))
            .await?;
        ok(CreateChannelResponse {
            channel: Some(convert::channel(&row)),
        })
    }

    async fn update_channel(
        &self,
        request: Request<UpdateChannelRequest>,
    ) -> Reply<UpdateChannelResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let message = request.channel.unwrap_or_default();
        let mask = update_mask::paths(request.update_mask);
        let row = self
            .channels
            .update(
                &caller.organization_id,
                &message.id,
                convert::channel_from(&message),
                &mask,
            )
            .await?;
        ok(UpdateChannelResponse {
            channel: Some(convert::channel(&row)),
        })
    }

    async fn delete_channel(
        &self,
        request: Request<DeleteChannelRequest>,
    ) -> Reply<DeleteChannelResponse> {
        let caller = caller(&request)?;
        self.channels
            .delete(&caller.organization_id, &request.into_inner().id)
            .await?;
        ok(DeleteChannelResponse {})
    }

    async fn test_channel(
        &self,
        request: Request<TestChannelRequest>,
    ) -> Reply<TestChannelResponse> {
        let caller = caller(&request)?;
        let delivery = self
            .channels
            .test(
                &caller.organization_id,
                &request.into_inner().id,
                caller.user_id.as_deref(),
            )
            .await?;
        ok(TestChannelResponse {
            delivery: Some(convert::delivery(&delivery)),
        })
    }

    async fn resume_channel(
        &self,
        request: Request<ResumeChannelRequest>,
    ) -> Reply<ResumeChannelResponse> {
        let caller = caller(&request)?;
        let row = self
            .channels
            .resume(&caller.organization_id, &request.into_inner().id)
            .await?;
        ok(ResumeChannelResponse {
            channel: Some(convert::channel(&row)),
        })
    }

    async fn get_template(
        &self,
        request: Request<GetTemplateRequest>,
    ) -> Reply<GetTemplateResponse> {
        let caller = caller(&request)?;
        let shown = self
            .templates
            .get(&caller.organization_id, &request.into_inner().id)
            .await?;
        ok(GetTemplateResponse {
            template: Some(convert::template(&shown)),
        })
    }

    async fn list_templates(
        &self,
        request: Request<ListTemplatesRequest>,
    ) -> Reply<ListTemplatesResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "templates")?;
        let shown = self
            .templates
            .list(&caller.organization_id, request.event_type.trim(), page)
            .await?;
        let (shown, next_page_token) = page.finish(shown, "templates");
        ok(ListTemplatesResponse {
            templates: shown.iter().map(convert::template).collect(),
            next_page_token,
        })
    }

    async fn create_template(
        &self,
        request: Request<CreateTemplateRequest>,
    ) -> Reply<CreateTemplateResponse> {
        let caller = caller(&request)?;
        let message = request.into_inner().template.unwrap_or_default();
        let shown = self
            .templates
            .create(&caller.organization_id, convert::template_from(&message))
            .await?;
        ok(CreateTemplateResponse {
            template: Some(convert::template(&shown)),
        })
    }

    async fn update_template(
        &self,
        request: Request<UpdateTemplateRequest>,
    ) -> Reply<UpdateTemplateResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let message = request.template.unwrap_or_default();
        let mask = update_mask::paths(request.update_mask);
        let shown = self
            .templates
            .update(
                &caller.organization_id,
                &message.id,
                convert::template_from(&message),
                &mask,
            )
            .await?;
        ok(UpdateTemplateResponse {
            template: Some(convert::template(&shown)),
        })
    }

    async fn delete_template(
        &self,
        request: Request<DeleteTemplateRequest>,
    ) -> Reply<DeleteTemplateResponse> {
        let caller = caller(&request)?;
        self.templates
            .delete(&caller.organization_id, &request.into_inner().id)
            .await?;
        ok(DeleteTemplateResponse {})
    }

    async fn preview_template(
        &self,
        request: Request<PreviewTemplateRequest>,
    ) -> Reply<PreviewTemplateResponse> {
        let caller = caller(&request)?;
        let message = request.into_inner().template.unwrap_or_default();
        let preview = self
            .templates
            .preview(
                &caller.organization_id,
                message.id.trim(),
                convert::template_from(&message),
            )
            .await?;
        ok(PreviewTemplateResponse {
            subject: preview.subject,
            body: preview.body,
            html_body: preview.html_body,
            sample: preview.sample,
        })
    }

    async fn list_subscription_rules(
        &self,
        request: Request<ListSubscriptionRulesRequest>,
    ) -> Reply<ListSubscriptionRulesResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "rules")?;
        let rows = self
            .rules
            .list(&caller.organization_id, request.event_type.trim(), page)
            .await?;
        let (rows, next_page_token) = page.finish(rows, "rules");
        ok(ListSubscriptionRulesResponse {
            subscription_rules: rows.iter().map(convert::rule).collect(),
            next_page_token,
        })
    }

    async fn create_subscription_rule(
        &self,
        request: Request<CreateSubscriptionRuleRequest>,
    ) -> Reply<CreateSubscriptionRuleResponse> {
        let caller = caller(&request)?;
        let message = request.into_inner().subscription_rule.unwrap_or_default();
        let row = self
            .rules
            .create(&caller.organization_id, convert::rule_from(&message))
            .await?;
        ok(CreateSubscriptionRuleResponse {
            subscription_rule: Some(convert::rule(&row)),
        })
    }

    async fn update_subscription_rule(
        &self,
        request: Request<UpdateSubscriptionRuleRequest>,
    ) -> Reply<UpdateSubscriptionRuleResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let message = request.subscription_rule.unwrap_or_default();
        let mask = update_mask::paths(request.update_mask);
        let row = self
            .rules
            .update(
                &caller.organization_id,
                &message.id,
                convert::rule_from(&message),
                &mask,
            )
            .await?;
        ok(UpdateSubscriptionRuleResponse {
            subscription_rule: Some(convert::rule(&row)),
        })
    }

    async fn delete_subscription_rule(
        &self,
        request: Request<DeleteSubscriptionRuleRequest>,
    ) -> Reply<DeleteSubscriptionRuleResponse> {
        let caller = caller(&request)?;
        self.rules
            .delete(&caller.organization_id, &request.into_inner().id)
            .await?;
        ok(DeleteSubscriptionRuleResponse {})
    }

    async fn list_escalation_rules(
        &self,
        request: Request<ListEscalationRulesRequest>,
    ) -> Reply<ListEscalationRulesResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "escalation rules")?;
        let rows = self.escalation.list(&caller.organization_id, page).await?;
        let (rows, next_page_token) = page.finish(rows, "escalation rules");
        ok(ListEscalationRulesResponse {
            escalation_rules: rows.iter().map(convert::escalation_rule).collect(),
            next_page_token,
        })
    }

    async fn create_escalation_rule(
        &self,
        request: Request<CreateEscalationRuleRequest>,
    ) -> Reply<CreateEscalationRuleResponse> {
        let caller = caller(&request)?;
        let message = request.into_inner().escalation_rule.unwrap_or_default();
        let row = self
            .escalation
            .create(
                &caller.organization_id,
                convert::escalation_rule_from(&message),
            )
            .await?;
        ok(CreateEscalationRuleResponse {
            escalation_rule: Some(convert::escalation_rule(&row)),
        })
    }

    async fn update_escalation_rule(
        &self,
        request: Request<UpdateEscalationRuleRequest>,
    ) -> Reply<UpdateEscalationRuleResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let message = request.escalation_rule.unwrap_or_default();
        let mask = update_mask::paths(request.update_mask);
        let row = self
            .escalation
            .update(
                &caller.organization_id,
                &message.id,
                convert::escalation_rule_from(&message),
                &mask,
            )
            .await?;
        ok(UpdateEscalationRuleResponse {
            escalation_rule: Some(convert::escalation_rule(&row)),
        })
    }

    async fn delete_escalation_rule(
        &self,
        request: Request<DeleteEscalationRuleRequest>,
    ) -> Reply<DeleteEscalationRuleResponse> {
        let caller = caller(&request)?;
        self.escalation
            .delete(&caller.organization_id, &request.into_inner().id)
            .await?;
        ok(DeleteEscalationRuleResponse {})
    }

    async fn acknowledge_delivery(
        &self,
        request: Request<AcknowledgeDeliveryRequest>,
    ) -> Reply<AcknowledgeDeliveryResponse> {
        let caller = caller(&request)?;
        let (row, _) = self
            .deliveries
            .acknowledge(
                &caller.organization_id,
                request.into_inner().id.trim(),
                &caller.subject,
            )
            .await?;
        ok(AcknowledgeDeliveryResponse {
            delivery: Some(convert::delivery(&row)),
        })
    }

    async fn send_notification(
        &self,
        request: Request<SendNotificationRequest>,
    ) -> Reply<SendNotificationResponse> {
        let caller = caller(&request)?;
        let message = request.into_inner().notification.unwrap_or_default();
        let (notification, deliveries) = self
            .messages
            .send(&caller.organization_id, convert::message_from(&message))
            .await?;
        ok(SendNotificationResponse {
            notification: Some(convert::notification(&notification)),
            deliveries: deliveries.iter().map(convert::delivery).collect(),
        })
    }

    async fn list_notifications(
        &self,
        request: Request<ListNotificationsRequest>,
    ) -> Reply<ListNotificationsResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "notifications")?;
        let filters = NotificationFilters {
            user_id: request.user_id.trim().to_owned(),
            event_type: request.event_type.trim().to_owned(),
            channel_id: request.channel_id.trim().to_owned(),
            since_us: request.since.as_ref().map(timestamp_to_micros),
            until_us: request.until.as_ref().map(timestamp_to_micros),
        };
        let rows = self
            .deliveries
            .notifications(&caller.organization_id, &filters, page)
            .await?;
        let (rows, next_page_token) = page.finish(rows, "notifications");
        ok(ListNotificationsResponse {
            notifications: rows.iter().map(convert::notification).collect(),
            next_page_token,
        })
    }

    async fn acknowledge_delivery_link(
        &self,
        request: Request<AcknowledgeDeliveryLinkRequest>,
    ) -> Reply<AcknowledgeDeliveryLinkResponse> {
        let token = request.into_inner().token;
        let (row, already_acknowledged) = self
            .deliveries
            .acknowledge_link(&self.links, &token)
            .await?;
        ok(AcknowledgeDeliveryLinkResponse {
            delivery_id: row.id.clone(),
            subject: row.message.subject.clone(),
            acknowledge_time: row.acknowledged_at_us.map(micros_to_timestamp),
            already_acknowledged,
        })
    }

    async fn list_inbox(&self, request: Request<ListInboxRequest>) -> Reply<ListInboxResponse> {
        let caller = caller(&request)?;
        let user_id = inbox_owner(&caller)?;
        let request = request.into_inner();
        let page = Page::of(&request, "inbox")?;
        let (rows, unread_count) = self
            .deliveries
            .inbox(&caller.organization_id, &user_id, request.unread_only, page)
            .await?;
        let (rows, next_page_token) = page.finish(rows, "inbox");
        ok(ListInboxResponse {
            items: rows.iter().map(convert::inbox_item).collect(),
            next_page_token,
            unread_count,
        })
    }

    async fn mark_inbox_read(
        &self,
        request: Request<MarkInboxReadRequest>,
    ) -> Reply<MarkInboxReadResponse> {
        let caller = caller(&request)?;
        let user_id = inbox_owner(&caller)?;
        let request = request.into_inner();
        let marked = self
            .deliveries
            .mark_read(&caller.organization_id, &user_id, &request.ids, request.all)
            .await?;
        ok(MarkInboxReadResponse {
            marked: i64::try_from(marked).unwrap_or(i64::MAX),
        })
    }

    async fn get_preferences(
        &self,
        request: Request<GetPreferencesRequest>,
    ) -> Reply<GetPreferencesResponse> {
        let caller = caller(&request)?;
        let user_id = inbox_owner(&caller)?;
        let row = self
            .preferences
            .get(&caller.organization_id, &user_id)
            .await?;
        ok(GetPreferencesResponse {
            preferences: Some(convert::preferences(&row)),
        })
    }

    async fn update_preferences(
        &self,
        request: Request<UpdatePreferencesRequest>,
    ) -> Reply<UpdatePreferencesResponse> {
        let caller = caller(&request)?;
        let user_id = inbox_owner(&caller)?;
        let request = request.into_inner();
        let message = request.preferences.unwrap_or_default();
        let mask = update_mask::paths(request.update_mask);
        let row = self
            .preferences
            .update(
                &caller.organization_id,
                &user_id,
                convert::preferences_from(&message),
                &mask,
            )
            .await?;
        ok(UpdatePreferencesResponse {
            preferences: Some(convert::preferences(&row)),
        })
    }

    async fn get_delivery(
        &self,
        request: Request<GetDeliveryRequest>,
    ) -> Reply<GetDeliveryResponse> {
        let caller = caller(&request)?;
        let row = self
            .deliveries
            .get(&caller.organization_id, &request.into_inner().id)
            .await?;
        ok(GetDeliveryResponse {
            delivery: Some(convert::delivery(&row)),
        })
    }

    async fn list_deliveries(
        &self,
        request: Request<ListDeliveriesRequest>,
    ) -> Reply<ListDeliveriesResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "deliveries")?;
        let filters = Filters {
            notification_id: request.notification_id.trim().to_owned(),
            status: convert::status_from(request.status()),
            channel_id: request.channel_id.trim().to_owned(),
            event_type: request.event_type.trim().to_owned(),
            event_id: request.event_id.trim().to_owned(),
            since_us: request.since.as_ref().map(timestamp_to_micros),
            until_us: request.until.as_ref().map(timestamp_to_micros),
        };
        let rows = self
            .deliveries
            .list(&caller.organization_id, &filters, page)
            .await?;
        let (rows, next_page_token) = page.finish(rows, "deliveries");
        ok(ListDeliveriesResponse {
            deliveries: rows.iter().map(convert::delivery).collect(),
            next_page_token,
        })
    }
}
