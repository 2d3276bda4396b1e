// Notification channels (admin portal, `notifications.manage`): the
// organisation's channels with their health (a channel that kept failing is
// paused or disabled, with the receiver's last answer, until resumed); a new
// channel or a change to one, its type's settings and write-only credentials
// (a stored credential is never shown: left empty it is kept); a test message;
// enable, resume, delete.

import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Chip, Stack, Switch, TableCell, TableRow, Typography } from "@mui/material";
import { NotificationService } from "@secureflow/client";
import {
  ChannelState,
  ChannelType,
  DeliveryStatus,
  type Channel,
} from "@secureflow/client/gen/secureflow/notification/v1/notification_pb.js";
import { client, explain } from "../../api";
import { useChannels } from "../../directory";
import { relative } from "../../format";
import { DeleteButton, FormCard, FormSelect, FormText, useSubmit } from "../../components/FormParts";
import { DataTable, Failure } from "../../components/Tables";
import { CHANNEL_TYPES, channelField, channelKeys, channelTypeName, channelValues } from "../../notifications";

const channelSchema = z.object({
  name: z.string().trim().min(1, "Name the channel"),
  type: z.nativeEnum(ChannelType),
  values: z.record(z.string(), z.string().optional()),
});
type ChannelForm = z.infer<typeof channelSchema>;
const EMPTY: ChannelForm = { name: "", type: ChannelType.SLACK, values: {} };

/** A new channel (no `channel`), or a change to a stored one (its type fixed). */
function ChannelEditor({ channel, onDone }: { channel?: Channel; onDone: () => void }) {
  const queries = useQueryClient();
  const form = useForm<ChannelForm>({
    resolver: zodResolver(channelSchema),
    defaultValues: channel ? { name: channel.name, type: channel.type, values: { ...channel.settings } } : EMPTY,
  });
  const type = form.watch("type");
  const notifications = client(NotificationService);
  const { mutation, failure, onSubmit } = useSubmit(
    form,
    async (values: ChannelForm) => {
      const { settings, credentials } = channelValues(values.type, values.values);
      if (!channel) {
        await notifications.createChannel({
          channel: { name: values.name.trim(), type: values.type, settings, credentials, enabled: true },
        });
      } else {
        await notifications.updateChannel({
          channel: { id: channel.id, name: values.name.trim(), settings, credentials },
          updateMask: { paths: ["name", "settings", "credentials"] },
        });
      }
    },
    (path) => channelField(path) as Path<ChannelForm> | undefined,
    () => {
      form.reset(EMPTY);
      void queries.invalidateQueries({ queryKey: ["channels"] });
      onDone();
    },
  );
  const title = channel ? `Edit channel ${channel.name}` : "New channel";
  return (
    <FormCard title={title} failure={failure} onSubmit={onSubmit}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <FormText form={form} name="name" label="Name" />
        {!channel && (
          <FormSelect
            form={form}
            name="type"
            label="Type"
            options={CHANNEL_TYPES.map(([value, name]) => [value, name] as const)}
            minWidth={200}
          />
        )}
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        {channelKeys(type).map((key) => {
          const stored = key.credential && channel?.credentialKeys.includes(key.name);
          return (
            <FormText
              key={`${type}-${key.name}`}
              form={form}
              name={`values.${key.name}`}
              label={`${key.label}${key.required && !stored ? " *" : ""}`}
              hint={key.hint}
              type={key.credential ? "password" : "text"}
              autoComplete={key.credential ? "new-password" : "off"}
              placeholder={stored ? "set (leave empty to keep)" : undefined}
              InputLabelProps={stored ? { shrink: true } : undefined}
              multiline={key.multiline}
              minRows={key.multiline ? 2 : undefined}
              sx={{ minWidth: key.multiline ? 520 : 300 }}
            />
          );
        })}
      </Stack>
      <Stack direction="row" spacing={2}>
        <Button type="submit" variant="contained" disabled={mutation.isPending}>
          {channel ? "Save" : "Create"}
        </Button>
        {channel && <Button onClick={onDone}>Cancel</Button>}
      </Stack>
    </FormCard>
  );
}

const STATES: Record<number, [string, "success" | "warning" | "error" | "default"]> = {
  [ChannelState.ACTIVE]: ["Active", "success"],
  [ChannelState.PAUSED]: ["Paused", "warning"],
  [ChannelState.DISABLED]: ["Disabled by the receiver", "error"],
};

/** One channel's row: its health and what can be done with it. */
function ChannelRow({ channel, onEdit }: { channel: Channel; onEdit: () => void }) {
  const queries = useQueryClient();
  const notifications = client(NotificationService);
  const [outcome, setOutcome] = useState<string>();
  const done = () => void queries.invalidateQueries({ queryKey: ["channels"] });
  const act = useMutation({
    mutationFn: async (action: "enable" | "disable" | "test" | "resume" | "delete") => {
      switch (action) {
        case "enable":
        case "disable":
          await notifications.updateChannel({
            channel: { id: channel.id, enabled: action === "enable" },
            updateMask: { paths: ["enabled"] },
          });
          return undefined;
        case "resume":
          await notifications.resumeChannel({ id: channel.id });
          return "Resumed: deliveries go out again.";
        case "delete":
          await notifications.deleteChannel({ id: channel.id });
          return undefined;
        case "test": {
          const { delivery } = await notifications.testChannel({ id: channel.id });
          return delivery?.status === DeliveryStatus.DELIVERED
            ? "Test message delivered."
            : `Test message not delivered: ${delivery?.error || "no answer yet"}`;
        }
      }
    },
    onMutate: () => setOutcome(undefined),
    onSuccess: (said) => {
      setOutcome(said);
      done();
    },
    onError: (error) => setOutcome(explain(error).message),
  });
  const [state, colour] = STATES[channel.state] ?? ["Unknown", "default"];
  return (
    <TableRow>
      <TableCell>
        {channel.name}
        {outcome && (
          <Typography variant="body2" role="status">
            {outcome}
          </Typography>
        )}
      </TableCell>
      <TableCell>{channelTypeName(channel.type)}</TableCell>
      <TableCell>
        <Chip size="small" label={state} color={colour} variant="outlined" />
        {channel.stateReason && (
          <Typography variant="body2" color="text.secondary">
            {channel.stateReason} ({relative(channel.stateChangeTime)})
          </Typography>
        )}
      </TableCell>
      <TableCell>{channel.credentialKeys.join(", ") || "—"}</TableCell>
      <TableCell>
        <Switch
          checked={channel.enabled}
          disabled={act.isPending}
          onChange={(_, on) => act.mutate(on ? "enable" : "disable")}
          inputProps={{ "aria-label": `${channel.name} enabled` }}
        />
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={1}>
          {channel.type !== ChannelType.IN_APP && (
            <Button size="small" onClick={() => act.mutate("test")} disabled={act.isPending || !channel.enabled}>
              Send a test
            </Button>
          )}
          <Button size="small" onClick={onEdit}>
            Edit
          </Button>
          {channel.state !== ChannelState.ACTIVE && channel.state !== ChannelState.UNSPECIFIED && (
            <Button size="small" onClick={() => act.mutate("resume")} disabled={act.isPending}>
              Resume
            </Button>
          )}
          <DeleteButton onDelete={() => act.mutate("delete")} busy={act.isPending} />
        </Stack>
      </TableCell>
    </TableRow>
  );
}

export default function Channels() {
  const [editing, setEditing] = useState<Channel>();
  const list = useChannels();
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        Notification channels
      </Typography>
      {editing ? (
        <ChannelEditor key={editing.id} channel={editing} onDone={() => setEditing(undefined)} />
      ) : (
        <ChannelEditor onDone={() => undefined} />
      )}
      <Failure error={list.error} />
      <DataTable label="Channels" columns={["Name", "Type", "Health", "Credentials set", "Enabled", "Actions"]}>
        {list.data?.channels.map((channel) => (
          <ChannelRow key={channel.id} channel={channel} onEdit={() => setEditing(channel)} />
        ))}
      </DataTable>
    </Stack>
  );
}
