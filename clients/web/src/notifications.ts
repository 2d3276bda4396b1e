// Notification channels and routing rules as the admin pages edit them: the keys
// each channel type takes (the server checks them again and names the key it
// refuses: `channel.settings.url`), and the event types a rule can route.

import { ChannelType } from "@secureflow/client/gen/secureflow/notification/v1/notification_pb.js";

/** One key a channel type takes: a setting, or a credential (write-only, sealed). */
export interface ChannelKey {
  name: string;
  label: string;
  /** What it is, under the field. */
  hint?: string;
  credential?: boolean;
  required?: boolean;
  multiline?: boolean;
}

/** The channel types, their names and keys (as the notification service documents them). */
export const CHANNEL_TYPES: [ChannelType, string, ChannelKey[]][] = [
  [
    ChannelType.EMAIL,
    "E-mail",
    [
      { name: "host", label: "SMTP server", required: true },
      { name: "port", label: "Port", hint: "default 587; 465 with tls, 25 with none" },
      { name: "security", label: "Security", hint: "starttls (default), tls or none" },
      { name: "from", label: "Sender address", required: true },
      { name: "to", label: "Recipients", hint: "of every message, comma-separated" },
      { name: "username", label: "SMTP user" },
      { name: "password", label: "SMTP password", credential: true },
      { name: "ca_certificate", label: "CA certificate", hint: "PEM, for a server signed by a private CA", multiline: true },
    ],
  ],
  [
    ChannelType.SLACK,
    "Slack",
    [
      { name: "webhook_url", label: "Incoming webhook URL", hint: "messages go to its channel" },
      { name: "channel", label: "Channel id", hint: "for chat.postMessage, with a bot token" },
      { name: "direct_messages", label: "Direct messages", hint: "true: also to each person a rule names" },
      { name: "api_url", label: "Web API base", hint: "default https://slack.com/api" },
      { name: "bot_token", label: "Bot token", hint: "xoxb-…", credential: true },
    ],
  ],
  [
    ChannelType.MS_TEAMS,
    "Microsoft Teams",
    [{ name: "url", label: "Webhook URL", hint: "incoming webhook or Workflows; receives an Adaptive Card", required: true }],
  ],
  [
    ChannelType.WEBHOOK,
    "Signed webhook",
    [
      { name: "url", label: "URL", hint: "the JSON body is POSTed here", required: true },
      { name: "secret", label: "Signing secret", hint: "X-SecureFlow-Signature: HMAC-SHA256", credential: true, required: true },
    ],
  ],
  [
    ChannelType.IN_APP,
    "In-app",
    [
      { name: "user_ids", label: "User ids", hint: "receive every message; comma-separated" },
      { name: "team_ids", label: "Team ids", hint: "their members receive every message" },
    ],
  ],
];

/** A channel type's name. */
export function channelTypeName(type: ChannelType): string {
  return CHANNEL_TYPES.find(([value]) => value === type)?.[1] ?? "Unknown";
}

/** The keys of a channel type. */
export function channelKeys(type: ChannelType): ChannelKey[] {
  return CHANNEL_TYPES.find(([value]) => value === type)?.[2] ?? [];
}

/** The event types a routing rule can match, with what they are. */
export const ROUTED_EVENTS: [string, string][] = [
  ["gate.changed", "A branch's gate verdict changed"],
  ["sla.breached", "A vulnerability passed its SLA deadline"],
  ["vulnerability.detected", "A vulnerability was found"],
  ["scan.completed", "A scan was ingested"],
  ["pipeline.failed", "A pipeline run failed"],
  ["pipeline.completed", "A pipeline run completed"],
  ["deployment.completed", "A deployment completed"],
];

/**
 * The channel form's field a server path is about: `channel.settings.url` →
 * `values.url`, `channel.credentials.secret` → `values.secret`.
 */
export function channelField(path: string): string | undefined {
  const at = path.replace(/^channel\./, "");
  if (at === "name") return "name";
  const key = /^(?:settings|credentials)\.(\w+)$/.exec(at);
  return key ? `values.${key[1]}` : undefined;
}

/**
 * The settings and credentials a channel form sends: blanks left out (a blank
 * credential of a stored channel keeps the one it has).
 */
export function channelValues(type: ChannelType, values: Record<string, string | undefined>) {
  const settings: Record<string, string> = {};
  const credentials: Record<string, string> = {};
  for (const key of channelKeys(type)) {
    const value = values[key.name]?.trim();
    if (value) {
      (key.credential ? credentials : settings)[key.name] = value;
    }
  }
  return { settings, credentials };
}
