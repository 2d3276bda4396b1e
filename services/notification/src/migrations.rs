//! The notification schema.

use secureflow_platform::db::{MigrationSet, MigrationStep};

/// Channels (settings as JSON, credentials sealed as one JSON document,
/// their names kept in clear so the API can say which are set), templates
/// (one per organisation, event type and channel type — empty: every
/// type), notifications and their deliveries (`idempotency_key` unique per
/// organisation: the same event, rule and recipient never make two).
const CHANNELS_TEMPLATES_DELIVERIES: &str = "
    CREATE TABLE notification_channels (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        settings TEXT NOT NULL,
        credentials_sealed TEXT,
        credential_keys TEXT NOT NULL,
        enabled BIGINT NOT NULL,
        state TEXT NOT NULL,
        state_reason TEXT NOT NULL,
        state_changed_at_us BIGINT NOT NULL,
        created_at_us BIGINT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        UNIQUE (organization_id, name)
    );
    CREATE TABLE notification_templates (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        name TEXT NOT NULL,
        event_type TEXT NOT NULL,
        channel_type TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        html_body TEXT NOT NULL,
        created_at_us BIGINT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        UNIQUE (organization_id, event_type, channel_type)
    );
    CREATE TABLE notification_notifications (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        template_id TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        priority TEXT NOT NULL,
        channel_ids TEXT NOT NULL,
        user_ids TEXT NOT NULL,
        team_ids TEXT NOT NULL,
        created_at_us BIGINT NOT NULL
    );
    CREATE INDEX notification_notifications_by_time
        ON notification_notifications (organization_id, created_at_us);
    CREATE TABLE notification_deliveries (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        notification_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        channel_type TEXT NOT NULL,
        user_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        escalation_level BIGINT NOT NULL,
        idempotency_key TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts BIGINT NOT NULL,
        status_code BIGINT NOT NULL,
        error TEXT NOT NULL,
        history TEXT NOT NULL,
        next_attempt_at_us BIGINT,
        last_attempt_at_us BIGINT,
        delivered_at_us BIGINT,
        acknowledged_at_us BIGINT,
        acknowledged_by TEXT NOT NULL,
        created_at_us BIGINT NOT NULL,
        UNIQUE (organization_id, idempotency_key)
    );
    CREATE INDEX notification_deliveries_by_time
        ON notification_deliveries (organization_id, created_at_us);
    CREATE INDEX notification_deliveries_due
        ON notification_deliveries (status, next_attempt_at_us);";

/// Subscription rules (lists as JSON), each delivery's rendered message
/// (stable across its attempts), and each channel's run of failed attempts
/// (it is paused when the run grows too long).
const ROUTING: &str = "
    CREATE TABLE notification_rules (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        name TEXT NOT NULL,
        event_types TEXT NOT NULL,
        min_severity TEXT NOT NULL,
        verdicts TEXT NOT NULL,
        repository_ids TEXT NOT NULL,
        branch TEXT NOT NULL,
        channel_ids TEXT NOT NULL,
        user_ids TEXT NOT NULL,
        team_ids TEXT NOT NULL,
        notify_assignee BIGINT NOT NULL,
        priority TEXT NOT NULL,
        group_window_ms BIGINT NOT NULL,
        mandatory BIGINT NOT NULL,
        enabled BIGINT NOT NULL,
        created_at_us BIGINT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        UNIQUE (organization_id, name)
    );
    ALTER TABLE notification_deliveries ADD COLUMN subject TEXT NOT NULL DEFAULT '';
    ALTER TABLE notification_deliveries ADD COLUMN body TEXT NOT NULL DEFAULT '';
    ALTER TABLE notification_deliveries ADD COLUMN html_body TEXT NOT NULL DEFAULT '';
    ALTER TABLE notification_deliveries ADD COLUMN data TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE notification_deliveries ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal';
    ALTER TABLE notification_channels ADD COLUMN failures BIGINT NOT NULL DEFAULT 0;";

/// The copy of the repository service's repositories (`repository.repositories`):
/// their full names, for messages.
const REPOSITORIES: &str = "
    CREATE TABLE notification_repositories (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        full_name TEXT NOT NULL,
        event_seq BIGINT NOT NULL
    );";

/// Escalation rules (levels as JSON); each notification's template context
/// (to render an escalation for other channels), the escalation rule that
/// applies, the level reached, the first level's delay, the first delivery,
/// when the next level is due (`NULL`: not yet delivered, acknowledged, or
/// past the last level) and its acknowledgement.
const ESCALATION: &str = "
    CREATE TABLE notification_escalation_rules (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        name TEXT NOT NULL,
        event_type TEXT NOT NULL,
        min_priority TEXT NOT NULL,
        levels TEXT NOT NULL,
        enabled BIGINT NOT NULL,
        created_at_us BIGINT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        UNIQUE (organization_id, name)
    );
    ALTER TABLE notification_notifications ADD COLUMN context TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE notification_notifications ADD COLUMN escalation_rule_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE notification_notifications ADD COLUMN escalation_level BIGINT NOT NULL DEFAULT 0;
    ALTER TABLE notification_notifications ADD COLUMN escalate_after_us BIGINT NOT NULL DEFAULT 0;
    ALTER TABLE notification_notifications ADD COLUMN first_delivered_at_us BIGINT;
    ALTER TABLE notification_notifications ADD COLUMN escalate_at_us BIGINT;
    ALTER TABLE notification_notifications ADD COLUMN acknowledged_at_us BIGINT;
    ALTER TABLE notification_notifications ADD COLUMN acknowledged_by TEXT NOT NULL DEFAULT '';
    CREATE INDEX notification_notifications_escalate
        ON notification_notifications (escalate_at_us);";

/// Per-user deliveries: when an in-app item was read, and the users'
/// addresses an e-mail delivery also goes to; the inbox's index.
const PEOPLE: &str = "
    ALTER TABLE notification_deliveries ADD COLUMN read_at_us BIGINT;
    ALTER TABLE notification_deliveries ADD COLUMN recipients TEXT NOT NULL DEFAULT '[]';
    CREATE INDEX notification_deliveries_inbox
        ON notification_deliveries (organization_id, user_id, created_at_us);";

/// Each user's preferences (mutes as JSON).
const PREFERENCES: &str = "
    CREATE TABLE notification_preferences (
        organization_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        mutes TEXT NOT NULL,
        quiet_start TEXT NOT NULL,
        quiet_end TEXT NOT NULL,
        quiet_time_zone TEXT NOT NULL,
        updated_at_us BIGINT NOT NULL,
        PRIMARY KEY (organization_id, user_id)
    );";

/// The courier's index holds only deliveries waiting (pending, retrying),
/// in the order it takes them: on PostgreSQL an index over every state keeps
/// an entry for each state a delivery passed through until vacuum, and a
/// look for due deliveries walked them all (a look took 20 ms at 15,000
/// deliveries and grew with the table).
const WAITING: &str = "
    DROP INDEX notification_deliveries_due;
    CREATE INDEX notification_deliveries_waiting
        ON notification_deliveries (next_attempt_at_us, id)
        WHERE status IN ('pending', 'retrying');";

/// What waits to be sent together: the events a rule groups within its
/// window, and the messages held through a user's quiet hours for their
/// digest. One open hold per key (the rule and grouping key, the user and
/// channel); `version` counts what joined it, so releasing it — deleting
/// it, with its items — is conditional on nothing having joined since it
/// was read.
const HOLDS: &str = "
    CREATE TABLE notification_holds (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        hold_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        opened_at_us BIGINT NOT NULL,
        due_at_us BIGINT NOT NULL,
        version BIGINT NOT NULL,
        UNIQUE (organization_id, hold_key)
    );
    CREATE INDEX notification_holds_due ON notification_holds (due_at_us);
    CREATE TABLE notification_held (
        hold_id TEXT NOT NULL,
        item_key TEXT NOT NULL,
        created_at_us BIGINT NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (hold_id, item_key)
    );";

/// PostgreSQL: room on each page of notifications, so that recording a
/// notification's first delivery (a column no index holds) rewrites the row
/// in place — a heap-only update, no index entries — instead of moving it
/// to another page with a new entry in each index (measured: 853 of 15,199
/// such updates were in place on full pages). SQLite rewrites rows in place
/// anyway.
const ROOM: &str = "ALTER TABLE notification_notifications SET (fillfactor = 70);";

/// Whether a notification's subject, body and context are in the MongoDB
/// collection `notifications` rather than in its row.
const DOCUMENTS: &str =
    "ALTER TABLE notification_notifications ADD COLUMN in_documents BIGINT NOT NULL DEFAULT 0;";

/// PostgreSQL: the courier's look goes channel by channel through an index
/// of each channel's waiting deliveries in the order they fall due, instead
/// of sorting every waiting delivery (a look cost about 50 ms with 13,000
/// waiting, and bounded the courier at some 300 deliveries a second).
/// SQLite's look keeps the index of migration 7.
const WAITING_BY_CHANNEL_POSTGRES: &str = "
    DROP INDEX notification_deliveries_waiting;
    CREATE INDEX notification_deliveries_waiting_by_channel
        ON notification_deliveries (channel_id, next_attempt_at_us, id)
        WHERE status IN ('pending', 'retrying');";

/// Deliveries being sent, by when they were taken: the courier looks for
/// those whose lease ran out every few seconds, without reading the rest.
const SENDING: &str = "
    CREATE INDEX notification_deliveries_sending
        ON notification_deliveries (last_attempt_at_us)
        WHERE status = 'sending';";

/// A user's inbox read along indexes of in-app items only, and its unread
/// count from the index of unread ones alone (SQLite counts without reading
/// rows only when the index holds every column the statement names, hence
/// the condition's columns in it): the count used to read every delivery of
/// the user, so a page of the inbox cost more the more it held.
const INBOX: &str = "
    DROP INDEX notification_deliveries_inbox;
    CREATE INDEX notification_deliveries_inbox
        ON notification_deliveries (organization_id, user_id, created_at_us, id)
        WHERE channel_type = 'in_app';
    CREATE INDEX notification_deliveries_unread
        ON notification_deliveries
            (organization_id, user_id, channel_type, read_at_us, created_at_us, id)
        WHERE channel_type = 'in_app' AND read_at_us IS NULL;";

/// SQLite: each user's count of unread in-app items, kept by triggers as
/// deliveries are added, read, unread or removed (counted from what is
/// stored when the migration runs), so an inbox page reads one row for its
/// count instead of one index entry per unread item. SQLite has one writer
/// at a time, so the counter row is never waited for. PostgreSQL sums
/// changes instead (migration 16): there, a row every fan-out to a user
/// locked until its commit would queue concurrent fan-outs behind each
/// other, and lock them in different orders.
const UNREAD_SQLITE: &str = "
    CREATE TABLE notification_unread (
        organization_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        unread BIGINT NOT NULL,
        PRIMARY KEY (organization_id, user_id)
    );
    INSERT INTO notification_unread (organization_id, user_id, unread)
        SELECT organization_id, user_id, COUNT(*) FROM notification_deliveries
        WHERE channel_type = 'in_app' AND read_at_us IS NULL
        GROUP BY organization_id, user_id;
    CREATE TRIGGER notification_unread_added AFTER INSERT ON notification_deliveries
        WHEN NEW.channel_type = 'in_app' AND NEW.read_at_us IS NULL
    BEGIN
        INSERT INTO notification_unread (organization_id, user_id, unread)
            VALUES (NEW.organization_id, NEW.user_id, 1)
            ON CONFLICT (organization_id, user_id) DO UPDATE SET unread = unread + 1;
    END;
    CREATE TRIGGER notification_unread_changed
        AFTER UPDATE OF organization_id, user_id, channel_type, read_at_us
        ON notification_deliveries
        WHEN (OLD.channel_type = 'in_app' AND OLD.read_at_us IS NULL)
            OR (NEW.channel_type = 'in_app' AND NEW.read_at_us IS NULL)
    BEGIN
        UPDATE notification_unread SET unread = unread - 1
            WHERE OLD.channel_type = 'in_app' AND OLD.read_at_us IS NULL
              AND organization_id = OLD.organization_id AND user_id = OLD.user_id;
        INSERT INTO notification_unread (organization_id, user_id, unread)
            SELECT NEW.organization_id, NEW.user_id, 1
            WHERE NEW.channel_type = 'in_app' AND NEW.read_at_us IS NULL
            ON CONFLICT (organization_id, user_id) DO UPDATE SET unread = unread + 1;
    END;
    CREATE TRIGGER notification_unread_removed AFTER DELETE ON notification_deliveries
        WHEN OLD.channel_type = 'in_app' AND OLD.read_at_us IS NULL
    BEGIN
        UPDATE notification_unread SET unread = unread - 1
            WHERE organization_id = OLD.organization_id AND user_id = OLD.user_id;
    END;";

/// PostgreSQL: each user's count of unread in-app items as the sum of their
/// changes. A row trigger adds a change (+1 for an item unread, -1 for one
/// read or removed) for each item that turns unread or stops being so, into a
/// table nobody updates, so concurrent fan-outs to the same users wait for
/// nothing (a counter row per user would be locked by each fan-out to that
/// user until its commit, and fan-outs would lock users in different
/// orders). The courier sums each user's pending changes into one row every
/// second ([`crate::store::deliveries::sum_unread_changes`]), so an inbox page
/// reads a user's few rows for its count instead of one index entry per
/// unread item. Counted from what is stored when the migration runs.
const UNREAD_POSTGRES: &str = "
    CREATE TABLE notification_unread_changes (
        organization_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        delta BIGINT NOT NULL,
        pending BIGINT NOT NULL DEFAULT 1
    );
    CREATE INDEX notification_unread_changes_user
        ON notification_unread_changes (organization_id, user_id);
    CREATE INDEX notification_unread_changes_pending
        ON notification_unread_changes (organization_id, user_id) WHERE pending = 1;
    INSERT INTO notification_unread_changes (organization_id, user_id, delta, pending)
        SELECT organization_id, user_id, COUNT(*), 0 FROM notification_deliveries
        WHERE channel_type = 'in_app' AND read_at_us IS NULL
        GROUP BY organization_id, user_id;
    CREATE FUNCTION notification_unread_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' AND OLD.channel_type = 'in_app' AND OLD.read_at_us IS NULL THEN
            INSERT INTO notification_unread_changes (organization_id, user_id, delta)
                VALUES (OLD.organization_id, OLD.user_id, -1);
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.channel_type = 'in_app' AND NEW.read_at_us IS NULL THEN
            INSERT INTO notification_unread_changes (organization_id, user_id, delta)
                VALUES (NEW.organization_id, NEW.user_id, 1);
        END IF;
        RETURN NULL;
    END
    $$;
    CREATE TRIGGER notification_unread_added AFTER INSERT ON notification_deliveries
        FOR EACH ROW WHEN (NEW.channel_type = 'in_app' AND NEW.read_at_us IS NULL)
        EXECUTE FUNCTION notification_unread_change();
    CREATE TRIGGER notification_unread_changed
        AFTER UPDATE OF organization_id, user_id, channel_type, read_at_us
        ON notification_deliveries
        FOR EACH ROW WHEN ((OLD.channel_type = 'in_app' AND OLD.read_at_us IS NULL)
            OR (NEW.channel_type = 'in_app' AND NEW.read_at_us IS NULL))
        EXECUTE FUNCTION notification_unread_change();
    CREATE TRIGGER notification_unread_removed AFTER DELETE ON notification_deliveries
        FOR EACH ROW WHEN (OLD.channel_type = 'in_app' AND OLD.read_at_us IS NULL)
        EXECUTE FUNCTION notification_unread_change();";

/// Deliveries and notifications listed newest first along indexes that hold
/// the whole order: a notification's and an event's deliveries have their
/// own (listing those of one walked every delivery of the organisation by
/// time until a page of them turned up: all of them when it had few), and
/// the organisation's indexes by time end with the id that breaks ties, so
/// SQLite no longer sorts each run of equal times itself. Every column in
/// them is set once, so they cost a row its insertion only.
const NEWEST_FIRST: &str = "
    CREATE INDEX notification_deliveries_by_notification
        ON notification_deliveries (organization_id, notification_id, created_at_us, id);
    CREATE INDEX notification_deliveries_by_event
        ON notification_deliveries (organization_id, event_id, created_at_us, id);
    DROP INDEX notification_deliveries_by_time;
    CREATE INDEX notification_deliveries_by_time
        ON notification_deliveries (organization_id, created_at_us, id);
    DROP INDEX notification_notifications_by_time;
    CREATE INDEX notification_notifications_by_time
        ON notification_notifications (organization_id, created_at_us, id);";

/// Each notification's users and channels, one row each, in the order a
/// listing filtered by one of them reads: newest first along the key. The
/// `user_ids` and `channel_ids` of a notification are JSON lists in its row,
/// and a filter on them was a `LIKE` on that text, so listing a user's
/// notifications read the organisation's by time until a page matched (all
/// of them for a user who got none). A trigger keeps the rows beside the
/// notification's on both backends (every writer, in its transaction); the
/// lists are set once, when the notification is stored. The migration fills
/// the rows of the notifications already stored.
macro_rules! addressees {
    () => {
        "
    CREATE TABLE notification_addressees (
        organization_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        addressee_id TEXT NOT NULL,
        created_at_us BIGINT NOT NULL,
        notification_id TEXT NOT NULL,
        PRIMARY KEY (organization_id, kind, addressee_id, created_at_us, notification_id)
    );"
    };
}

/// `addressees!()` on SQLite, with `json_each`.
const ADDRESSEES_SQLITE: &str = concat!(
    addressees!(),
    "
    INSERT OR IGNORE INTO notification_addressees
            (organization_id, kind, addressee_id, created_at_us, notification_id)
        SELECT n.organization_id, 'user', j.value, n.created_at_us, n.id
        FROM notification_notifications n, json_each(n.user_ids) j
        UNION ALL
        SELECT n.organization_id, 'channel', j.value, n.created_at_us, n.id
        FROM notification_notifications n, json_each(n.channel_ids) j;
    CREATE TRIGGER notification_addressees_added AFTER INSERT ON notification_notifications
    BEGIN
        INSERT OR IGNORE INTO notification_addressees
                (organization_id, kind, addressee_id, created_at_us, notification_id)
            SELECT NEW.organization_id, 'user', value, NEW.created_at_us, NEW.id
            FROM json_each(NEW.user_ids)
            UNION ALL
            SELECT NEW.organization_id, 'channel', value, NEW.created_at_us, NEW.id
            FROM json_each(NEW.channel_ids);
    END;
    CREATE TRIGGER notification_addressees_removed AFTER DELETE ON notification_notifications
    BEGIN
        DELETE FROM notification_addressees
            WHERE organization_id = OLD.organization_id AND created_at_us = OLD.created_at_us
              AND notification_id = OLD.id
              AND ((kind = 'user' AND addressee_id IN (SELECT value FROM json_each(OLD.user_ids)))
                OR (kind = 'channel'
                    AND addressee_id IN (SELECT value FROM json_each(OLD.channel_ids))));
    END;"
);

/// `addressees!()` on PostgreSQL, with `jsonb_array_elements_text`; the
/// trigger's statements are written out (a set-returning SQL function would
/// be planned again on every call).
const ADDRESSEES_POSTGRES: &str = concat!(
    addressees!(),
    "
    INSERT INTO notification_addressees
            (organization_id, kind, addressee_id, created_at_us, notification_id)
        SELECT n.organization_id, 'user', j.value, n.created_at_us, n.id
        FROM notification_notifications n, jsonb_array_elements_text(n.user_ids::jsonb) j
        UNION
        SELECT n.organization_id, 'channel', j.value, n.created_at_us, n.id
        FROM notification_notifications n, jsonb_array_elements_text(n.channel_ids::jsonb) j;
    CREATE FUNCTION notification_addressees_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO notification_addressees
                    (organization_id, kind, addressee_id, created_at_us, notification_id)
                SELECT NEW.organization_id, 'user', value, NEW.created_at_us, NEW.id
                FROM jsonb_array_elements_text(NEW.user_ids::jsonb)
                UNION
                SELECT NEW.organization_id, 'channel', value, NEW.created_at_us, NEW.id
                FROM jsonb_array_elements_text(NEW.channel_ids::jsonb);
        ELSE
            DELETE FROM notification_addressees
                WHERE organization_id = OLD.organization_id
                  AND created_at_us = OLD.created_at_us AND notification_id = OLD.id
                  AND ((kind = 'user' AND addressee_id IN
                          (SELECT value FROM jsonb_array_elements_text(OLD.user_ids::jsonb)))
                    OR (kind = 'channel' AND addressee_id IN
                          (SELECT value FROM jsonb_array_elements_text(OLD.channel_ids::jsonb))));
        END IF;
        RETURN NULL;
    END
    $$;
    CREATE TRIGGER notification_addressees_added AFTER INSERT ON notification_notifications
        FOR EACH ROW EXECUTE FUNCTION notification_addressees_change();
    CREATE TRIGGER notification_addressees_removed AFTER DELETE ON notification_notifications
        FOR EACH ROW EXECUTE FUNCTION notification_addressees_change();"
);

/// The notification service's migrations.
pub const NOTIFICATION_MIGRATIONS: MigrationSet = MigrationSet {
    service: "notification",
    steps: &[
        MigrationStep {
            version: 1,
            description: "channels, templates, notifications, deliveries",
            sqlite: CHANNELS_TEMPLATES_DELIVERIES,
            postgres: CHANNELS_TEMPLATES_DELIVERIES,
        },
        MigrationStep {
            version: 2,
            description: "subscription rules, rendered deliveries, channel failure runs",
            sqlite: ROUTING,
            postgres: ROUTING,
        },
        MigrationStep {
            version: 3,
            description: "the copy of the repositories' full names",
            sqlite: REPOSITORIES,
            postgres: REPOSITORIES,
        },
        MigrationStep {
            version: 4,
            description: "escalation rules; notifications' escalation and acknowledgement",
            sqlite: ESCALATION,
            postgres: ESCALATION,
        },
        MigrationStep {
            version: 5,
            description: "in-app items read, e-mail deliveries' user recipients",
            sqlite: PEOPLE,
            postgres: PEOPLE,
        },
        MigrationStep {
            version: 6,
            description: "users' preferences",
            sqlite: PREFERENCES,
            postgres: PREFERENCES,
        },
        MigrationStep {
            version: 7,
            description: "the courier's index holds only waiting deliveries",
            sqlite: WAITING,
            postgres: WAITING,
        },
        MigrationStep {
            version: 8,
            description: "groups of events and quiet-hours digests waiting to be sent",
            sqlite: HOLDS,
            postgres: HOLDS,
        },
        MigrationStep {
            version: 9,
            description: "room on notifications' pages for in-place updates (PostgreSQL)",
            sqlite: "SELECT 1;",
            postgres: ROOM,
        },
        MigrationStep {
            version: 10,
            description: "notifications whose document is in MongoDB",
            sqlite: DOCUMENTS,
            postgres: DOCUMENTS,
        },
        MigrationStep {
            version: 11,
            description: "each channel's waiting deliveries in the order they fall due (PostgreSQL)",
            sqlite: "SELECT 1;",
            postgres: WAITING_BY_CHANNEL_POSTGRES,
        },
        MigrationStep {
            version: 12,
            description: "deliveries being sent, by when they were taken (their lease)",
            sqlite: SENDING,
            postgres: SENDING,
        },
        MigrationStep {
            version: 13,
            description: "inboxes and their unread items indexed apart",
            sqlite: INBOX,
            postgres: INBOX,
        },
        MigrationStep {
            version: 14,
            description: "each user's unread in-app items counted as they change (SQLite)",
            sqlite: UNREAD_SQLITE,
            postgres: "SELECT 1;",
        },
        MigrationStep {
            version: 15,
            description: "deliveries and notifications indexed in their listing's whole order",
            sqlite: NEWEST_FIRST,
            postgres: NEWEST_FIRST,
        },
        MigrationStep {
            version: 16,
            description: "each user's unread in-app items summed from their changes (PostgreSQL)",
            sqlite: "SELECT 1;",
            postgres: UNREAD_POSTGRES,
        },
        MigrationStep {
            version: 17,
            description: "each notification's users and channels, for listing theirs",
            sqlite: ADDRESSEES_SQLITE,
            postgres: ADDRESSEES_POSTGRES,
        },
    ],
};
