// Routing rules (admin portal, `notifications.manage`): which events, in which
// scope, go to which channels and people — event types, lowest severity, gate
// verdicts, repository, branch glob; channels, teams, people, the
// vulnerability's assignee; priority (escalation rules select by it), a
// grouping window, mandatory. Each problem the server names is shown at its
// field; rules are enabled, disabled and deleted from the list.

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Checkbox,
  FormControlLabel,
  FormHelperText,
  Stack,
  Switch,
  TableCell,
  TableRow,
  Typography,
} from "@mui/material";
import { NotificationService } from "@secureflow/client";
import { Priority, type SubscriptionRule } from "@secureflow/client/gen/secureflow/notification/v1/notification_pb.js";
import { client, everyPage, explain } from "../../api";
import { useChannels, useTeams, useUsers, useRepositories } from "../../directory";
import { byLastName } from "../../forms";
import { DeleteButton, FormCard, FormChoices, FormSelect, FormText, useSubmit } from "../../components/FormParts";
import { DataTable, Failure } from "../../components/Tables";
import { ROUTED_EVENTS } from "../../notifications";

const ruleSchema = z.object({
  name: z.string().trim().min(1, "Name the rule"),
  eventTypes: z.array(z.string()).min(1, "Choose at least one event"),
  minSeverity: z.string(),
  verdicts: z.array(z.string()),
  repositoryId: z.string(),
  branch: z.string().trim(),
  channelIds: z.array(z.string()),
  teamIds: z.array(z.string()),
  userIds: z.array(z.string()),
  notifyAssignee: z.boolean(),
  priority: z.nativeEnum(Priority),
  groupWindow: z.coerce.number().int("Whole seconds").min(0, "Not negative").max(3600, "At most an hour"),
  mandatory: z.boolean(),
});
type RuleForm = z.infer<typeof ruleSchema>;
const EMPTY: RuleForm = {
  name: "",
  eventTypes: [],
  minSeverity: "",
  verdicts: ["FAIL"],
  repositoryId: "",
  branch: "",
  channelIds: [],
  teamIds: [],
  userIds: [],
  notifyAssignee: false,
  priority: Priority.NORMAL,
  groupWindow: 0,
  mandatory: false,
};

const SEVERITIES = [
  ["", "Any"],
  ["critical", "Critical"],
  ["high", "High"],
  ["medium", "Medium"],
  ["low", "Low"],
  ["info", "Info"],
] as const;
const PRIORITIES = [
  [Priority.LOW, "Low"],
  [Priority.NORMAL, "Normal"],
  [Priority.HIGH, "High"],
  [Priority.URGENT, "Urgent (escalates)"],
] as const;

/** The names routing shows ids by: channels, teams, people, repositories. */
function useDirectory() {
  const channels = useChannels();
  const teams = useTeams();
  const users = useUsers();
  const repositories = useRepositories();
  return {
    channels: (channels.data?.channels ?? []).map((channel) => [channel.id, channel.name] as const),
    teams: (teams.data?.teams ?? []).map((team) => [team.id, team.name] as const),
    users: (users.data?.users ?? []).map((user) => [user.id, user.displayName || user.email] as const),
    repositories: (repositories.data?.repositories ?? []).map((repository) => [repository.id, repository.fullName] as const),
  };
}

function NewRule() {
  const queries = useQueryClient();
  const directory = useDirectory();
  const form = useForm<RuleForm>({ resolver: zodResolver(ruleSchema), defaultValues: EMPTY });
  const { mutation, failure, onSubmit } = useSubmit(
    form,
    (values: RuleForm) =>
      client(NotificationService).createSubscriptionRule({
        subscriptionRule: {
          name: values.name.trim(),
          eventTypes: values.eventTypes,
          minSeverity: values.minSeverity,
          verdicts: values.eventTypes.includes("gate.changed") ? values.verdicts : [],
          repositoryIds: values.repositoryId ? [values.repositoryId] : [],
          branch: values.branch,
          channelIds: values.channelIds,
          teamIds: values.teamIds,
          userIds: values.userIds,
          notifyAssignee: values.notifyAssignee,
          priority: values.priority,
          groupWindow: { seconds: BigInt(values.groupWindow) },
          mandatory: values.mandatory,
          enabled: true,
        },
      }),
    (path) =>
      path.endsWith("repository_ids") || /repository_ids\[\d+\]$/.test(path)
        ? "repositoryId"
        : byLastName<RuleForm>([
            "name",
            "eventTypes",
            "minSeverity",
            "verdicts",
            "branch",
            "channelIds",
            "teamIds",
            "userIds",
            "notifyAssignee",
            "priority",
            "groupWindow",
          ])(path),
    () => {
      form.reset(EMPTY);
      void queries.invalidateQueries({ queryKey: ["routing"] });
    },
  );
  const gate = form.watch("eventTypes").includes("gate.changed");
  return (
    <FormCard title="New routing rule" failure={failure} onSubmit={onSubmit}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <FormText form={form} name="name" label="Name" />
        <FormSelect form={form} name="minSeverity" label="Lowest severity" options={SEVERITIES} minWidth={150} />
        <FormSelect
          form={form}
          name="repositoryId"
          label="Repository"
          options={[["", "Every repository"], ...directory.repositories]}
          minWidth={240}
        />
        <FormText form={form} name="branch" label="Branch glob (empty: any)" />
        <FormSelect form={form} name="priority" label="Priority" options={PRIORITIES} minWidth={170} />
        <FormText form={form} name="groupWindow" label="Group events within (s)" type="number" sx={{ width: 200 }} />
      </Stack>
      <FormChoices form={form} name="eventTypes" legend="Events" options={ROUTED_EVENTS} />
      {gate && (
        <FormChoices
          form={form}
          name="verdicts"
          legend="Gate verdicts"
          options={[
            ["FAIL", "Fail"],
            ["WARN", "Warn"],
            ["PASS", "Pass"],
          ]}
        />
      )}
      <FormChoices form={form} name="channelIds" legend="Channels" options={directory.channels} />
      <FormChoices form={form} name="teamIds" legend="Teams (their members)" options={directory.teams} />
      <FormChoices form={form} name="userIds" legend="People" options={directory.users} />
      <Stack direction="row" spacing={2} alignItems="center">
        <FormControlLabel
          control={
            <Checkbox checked={form.watch("notifyAssignee")} onChange={(_, on) => form.setValue("notifyAssignee", on)} />
          }
          label="Also the vulnerability's assignee"
        />
        <FormControlLabel
          control={<Checkbox checked={form.watch("mandatory")} onChange={(_, on) => form.setValue("mandatory", on)} />}
          label="Mandatory (people cannot mute it)"
        />
      </Stack>
      {form.formState.errors.notifyAssignee && (
        <FormHelperText error>{form.formState.errors.notifyAssignee.message}</FormHelperText>
      )}
      <Stack direction="row">
        <Button type="submit" variant="contained" disabled={mutation.isPending}>
          Create
        </Button>
      </Stack>
      {mutation.isSuccess && <Alert severity="success">Routing rule created.</Alert>}
    </FormCard>
  );
}

/** A rule's row: what it matches, where it sends, enabled, delete. */
function RuleRow({ rule, names }: { rule: SubscriptionRule; names: (id: string) => string }) {
  const queries = useQueryClient();
  const notifications = client(NotificationService);
  const act = useMutation({
    mutationFn: async (action: "enable" | "disable" | "delete") => {
      if (action === "delete") {
        await notifications.deleteSubscriptionRule({ id: rule.id });
      } else {
        await notifications.updateSubscriptionRule({
          subscriptionRule: { id: rule.id, enabled: action === "enable" },
          updateMask: { paths: ["enabled"] },
        });
      }
    },
    onSuccess: () => void queries.invalidateQueries({ queryKey: ["routing"] }),
  });
  const matches = [
    rule.minSeverity && `${rule.minSeverity} or worse`,
    rule.eventTypes.includes("gate.changed") && `verdicts ${(rule.verdicts.length ? rule.verdicts : ["FAIL"]).join(", ")}`,
    rule.repositoryIds.length > 0 && rule.repositoryIds.map(names).join(", "),
    rule.branch && `branch ${rule.branch}`,
  ].filter(Boolean);
  const sends = [
    ...rule.channelIds.map(names),
    ...rule.teamIds.map((id) => `team ${names(id)}`),
    ...rule.userIds.map(names),
    ...(rule.notifyAssignee ? ["the assignee"] : []),
  ];
  return (
    <TableRow>
      <TableCell>
        {rule.name}
        {act.error && (
          <Typography variant="body2" color="error" role="alert">
            {explain(act.error).message}
          </Typography>
        )}
      </TableCell>
      <TableCell>{rule.eventTypes.join(", ")}</TableCell>
      <TableCell>{matches.join(" · ") || "everything"}</TableCell>
      <TableCell>{sends.join(", ")}</TableCell>
      <TableCell>
        {PRIORITIES.find(([value]) => value === rule.priority)?.[1] ?? "Normal"}
        {rule.mandatory ? " · mandatory" : ""}
      </TableCell>
      <TableCell>
        <Switch
          checked={rule.enabled}
          disabled={act.isPending}
          onChange={(_, on) => act.mutate(on ? "enable" : "disable")}
          inputProps={{ "aria-label": `${rule.name} enabled` }}
        />
      </TableCell>
      <TableCell>
        <DeleteButton onDelete={() => act.mutate("delete")} busy={act.isPending} />
      </TableCell>
    </TableRow>
  );
}

export default function Routing() {
  const directory = useDirectory();
  const known = new Map<string, string>([
    ...directory.channels,
    ...directory.teams,
    ...directory.users,
    ...directory.repositories,
  ]);
  const names = (id: string) => known.get(id) ?? id;
  const list = useQuery({
    queryKey: ["routing"],
    queryFn: () => everyPage("subscriptionRules", (pageToken: string) => client(NotificationService).listSubscriptionRules({ pageSize: 500, pageToken })),
  });
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        Routing rules
      </Typography>
      <NewRule />
      <Failure error={list.error} />
      <DataTable label="Routing rules" columns={["Name", "Events", "When", "Sends to", "Priority", "Enabled", "Actions"]}>
        {list.data?.subscriptionRules.map((rule) => <RuleRow key={rule.id} rule={rule} names={names} />)}
      </DataTable>
    </Stack>
  );
}
