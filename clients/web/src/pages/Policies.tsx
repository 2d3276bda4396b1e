// Policies (quality gates): the organisation's list with each condition said in
// words, and — for those holding `security.manage` — the editor of a new or an
// existing policy: its scope, any number of conditions of every rule kind the
// API has, enabled or not; the fields checked here and by the server (a CEL
// expression is compiled there), whose refusal is shown at the field it names.
// Deleting asks first.

import { useState } from "react";
import { Link as RouterLink, useLocation, useNavigate, useParams } from "react-router-dom";
import { useFieldArray, useForm, type Path, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Link,
  Paper,
  Stack,
  Switch,
  TableCell,
  TableRow,
  Typography,
} from "@mui/material";
import { SecurityService } from "@secureflow/client";
import type { ListPoliciesResponse } from "@secureflow/client/gen/secureflow/security/v1/security_service_pb.js";
import { FindingSet, Verdict, type Policy } from "@secureflow/client/gen/secureflow/security/v1/policy_pb.js";
import { client, everyPage, explain } from "../api";
import { useRepositories } from "../directory";
import { useAuth } from "../auth";
import { SEVERITIES } from "../filters";
import { SEVERITY_NAMES } from "../format";
import { FormCard, FormSelect, FormText, useSubmit } from "../components/FormParts";
import { DataTable, Failure } from "../components/Tables";
import {
  describeCondition,
  EMPTY_POLICY,
  FINDING_KINDS,
  formField,
  fromPolicy,
  NEW_CONDITION,
  policySchema,
  RULE_KINDS,
  toPolicy,
  type PolicyForm,
} from "../policies";

const FINDING_SETS = [
  [FindingSet.NEW, "New findings"],
  [FindingSet.TOTAL, "All open findings"],
] as const;
const VERDICTS = [
  [Verdict.FAIL, "Fail"],
  [Verdict.WARN, "Warn"],
] as const;
const SEVERITY_CHOICES = SEVERITIES.map(([, value]) => [value, SEVERITY_NAMES[value]] as const);

/** The repositories a policy can be limited to (those the caller may read). */
function useRepositoryChoices() {
  return useRepositories().data?.repositories ?? [];
}

/** One condition of the editor: its rule kind, its verdict, and its kind's fields. */
function ConditionFields(props: { form: UseFormReturn<PolicyForm>; index: number; onRemove?: () => void }) {
  const { form, index } = props;
  const at = (field: string) => `conditions.${index}.${field}` as Path<PolicyForm>;
  const rule = form.watch(`conditions.${index}.rule`);
  const number = index + 1;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} role="group" aria-label={`Condition ${number}`}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <FormSelect form={form} name={at("rule")} label="Rule" options={RULE_KINDS} minWidth={260} />
        {["threshold", "anySecret", "knownExploited", "riskScore"].includes(rule) && (
          <FormSelect form={form} name={at("findingSet")} label="Counting" options={FINDING_SETS} />
        )}
        {(rule === "threshold" || rule === "slaBreach") && (
          <FormSelect form={form} name={at("minSeverity")} label="At or above" options={SEVERITY_CHOICES} minWidth={130} />
        )}
        {rule === "threshold" && (
          <>
            <FormSelect form={form} name={at("kind")} label="Kind" options={FINDING_KINDS} minWidth={180} />
            <FormText form={form} name={at("tool")} label="Tool (empty: any)" />
            <FormText form={form} name={at("maxCount")} label="At most" type="number" sx={{ width: 120 }} />
          </>
        )}
        {rule === "riskScore" && (
          <FormText form={form} name={at("score")} label="Risk score over" type="number" sx={{ width: 150 }} />
        )}
        {rule === "licenseDeny" && (
          <FormText form={form} name={at("licenses")} label="Denied licences (SPDX, comma-separated)" sx={{ minWidth: 320 }} />
        )}
        {rule === "cel" && (
          <>
            <FormText form={form} name={at("expression")} label="Expression" sx={{ minWidth: 420 }} />
            <FormText form={form} name={at("message")} label="Message when violated" sx={{ minWidth: 260 }} />
          </>
        )}
        <FormSelect form={form} name={at("onViolation")} label="Otherwise" options={VERDICTS} minWidth={110} />
        {props.onRemove && (
          <Button color="error" onClick={props.onRemove} aria-label={`Remove condition ${number}`}>
            Remove
          </Button>
        )}
      </Stack>
      {rule === "cel" && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          The expression sees <code>findings</code> and <code>new_findings</code>, e.g.{" "}
          <code>new_findings.exists(f, f.severity == &quot;CRITICAL&quot;)</code>; it is violated when true.
        </Typography>
      )}
    </Paper>
  );
}

/** The editor of a new policy (no `policy`) or of a stored one. */
function PolicyEditor({ policy }: { policy?: Policy }) {
  const queries = useQueryClient();
  const navigate = useNavigate();
  const repositories = useRepositoryChoices();
  const form = useForm<PolicyForm>({
    resolver: zodResolver(policySchema),
    defaultValues: policy ? fromPolicy(policy) : EMPTY_POLICY,
  });
  const conditions = useFieldArray({ control: form.control, name: "conditions" });
  const security = client(SecurityService);
  const { mutation, failure, onSubmit } = useSubmit(
    form,
    async (values: PolicyForm) =>
      policy
        ? (await security.updatePolicy({ policy: toPolicy(values, policy.id) })).policy
        : (await security.createPolicy({ policy: toPolicy(values) })).policy,
    (path) => formField(path) as Path<PolicyForm> | undefined,
    (saved) => {
      void queries.invalidateQueries({ queryKey: ["policies"] });
      if (policy) {
        form.reset(saved ? fromPolicy(saved) : form.getValues());
      } else {
        navigate("/policies", { state: { created: saved?.name } });
      }
    },
  );
  const repositoryChoices = [
    ["", "Every repository"] as const,
    ...repositories.map((repository) => [repository.id, repository.fullName] as const),
  ];
  const scopeRepository = form.watch("repositoryId");
  if (scopeRepository && !repositories.some((repository) => repository.id === scopeRepository)) {
    repositoryChoices.push([scopeRepository, scopeRepository]);
  }
  const conditionsError = form.formState.errors.conditions;
  return (
    <FormCard title={policy ? "Edit policy" : "New policy"} failure={failure} onSubmit={onSubmit}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <FormText form={form} name="name" label="Name" sx={{ minWidth: 360 }} />
        <FormText form={form} name="description" label="Description" sx={{ minWidth: 520 }} />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <FormSelect form={form} name="repositoryId" label="Repository" options={repositoryChoices} minWidth={260} />
        <FormText form={form} name="branchPatterns" label="Branch patterns (comma-separated; empty: all)" sx={{ minWidth: 340 }} />
        <FormControlLabel
          control={<Switch checked={form.watch("enabled")} onChange={(_, on) => form.setValue("enabled", on, { shouldDirty: true })} />}
          label="Enabled"
        />
      </Stack>
      <Typography variant="subtitle1" component="h3">
        Conditions (the verdict is the worst among them)
      </Typography>
      {conditions.fields.map((field, index) => (
        <ConditionFields
          key={field.id}
          form={form}
          index={index}
          onRemove={conditions.fields.length > 1 ? () => conditions.remove(index) : undefined}
        />
      ))}
      {(conditionsError?.message || conditionsError?.root?.message) && (
        <Alert severity="error">{conditionsError.message ?? conditionsError.root?.message}</Alert>
      )}
      <Stack direction="row" spacing={2}>
        <Button onClick={() => conditions.append(NEW_CONDITION)}>Add a condition</Button>
        <Box sx={{ flexGrow: 1 }} />
        <Button type="submit" variant="contained" disabled={mutation.isPending}>
          {policy ? "Save" : "Create"}
        </Button>
      </Stack>
      {policy && mutation.isSuccess && !form.formState.isDirty && <Alert severity="success">Policy saved.</Alert>}
    </FormCard>
  );
}

/** Deleting a policy, once asked. */
function DeletePolicy({ policy }: { policy: Policy }) {
  const [asking, setAsking] = useState(false);
  const queries = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => client(SecurityService).deletePolicy({ id: policy.id }),
    onSuccess: () => {
      // Gone from the list at once (not only after its refetch).
      queries.setQueryData<ListPoliciesResponse>(["policies"], (list) =>
        list && { ...list, policies: list.policies.filter((listed) => listed.id !== policy.id) },
      );
      queries.removeQueries({ queryKey: ["policies", policy.id] });
      void queries.invalidateQueries({ queryKey: ["policies"] });
      navigate("/policies", { state: { deleted: policy.name } });
    },
  });
  return (
    <>
      <Box>
        <Button color="error" variant="outlined" onClick={() => setAsking(true)}>
          Delete policy
        </Button>
      </Box>
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby="delete-policy-title">
        <DialogTitle id="delete-policy-title">Delete {policy.name}?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            Gates stop applying it at their next evaluation. The audit log keeps the record of its deletion.
          </DialogContentText>
          <Failure error={remove.error} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>Keep it</Button>
          <Button color="error" onClick={() => remove.mutate()} disabled={remove.isPending}>
            Delete
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** `/policies/new` and `/policies/:id`: the editor (for those holding `security.manage`). */
export function PolicyPage() {
  const { id } = useParams();
  const { can } = useAuth();
  const existing = useQuery({
    queryKey: ["policies", id],
    queryFn: () => client(SecurityService).getPolicy({ id: id ?? "" }),
    enabled: !!id,
  });
  const policy = existing.data?.policy;
  return (
    <Stack spacing={3}>
      <Link component={RouterLink} to="/policies">
        ← Policies
      </Link>
      <Typography variant="h4" component="h1">
        {id ? (policy?.name ?? "Policy") : "New policy"}
      </Typography>
      {!can("security.manage") ? (
        <Alert severity="warning">
          Your roles do not allow changing policies (it needs the permission <code>security.manage</code>).
        </Alert>
      ) : existing.error ? (
        <Alert severity="error">{explain(existing.error).message}</Alert>
      ) : id && !policy ? null : (
        <>
          <PolicyEditor key={policy?.id ?? "new"} policy={policy} />
          {policy && <DeletePolicy policy={policy} />}
        </>
      )}
    </Stack>
  );
}

export default function Policies() {
  const { can } = useAuth();
  const location = useLocation();
  const done = location.state as { created?: string; deleted?: string } | null;
  const manage = can("security.manage");
  const repositories = useRepositoryChoices();
  const repositoryName = (id: string) => repositories.find((repository) => repository.id === id)?.fullName ?? id;
  const list = useQuery({
    queryKey: ["policies"],
    queryFn: () => everyPage("policies", (pageToken: string) => client(SecurityService).listPolicies({ pageSize: 500, pageToken })),
  });
  return (
    <Stack spacing={3}>
      <Stack direction="row" alignItems="center" spacing={2}>
        <Typography variant="h4" component="h1" sx={{ flexGrow: 1 }}>
          Policies
        </Typography>
        {manage && (
          <Button variant="contained" component={RouterLink} to="/policies/new">
            New policy
          </Button>
        )}
      </Stack>
      {done?.created && <Alert severity="success">Policy created: {done.created}.</Alert>}
      {done?.deleted && <Alert severity="success">Policy deleted: {done.deleted}.</Alert>}
      <Failure error={list.error} />
      <DataTable label="Policies" columns={["Name", "Applies to", "Conditions", "Enabled"]}>
      {list.data?.policies.map((policy) => (
        <TableRow key={policy.id}>
          <TableCell>
            {manage ? (
              <Link component={RouterLink} to={`/policies/${policy.id}`}>
                {policy.name}
              </Link>
            ) : (
              policy.name
            )}
            {policy.description && (
              <Typography variant="body2" color="text.secondary">
                {policy.description}
              </Typography>
            )}
          </TableCell>
          <TableCell>
            {policy.scope?.repositoryId ? repositoryName(policy.scope.repositoryId) : "every repository"}
            {policy.scope?.branchPatterns.length ? ` · ${policy.scope.branchPatterns.join(", ")}` : ""}
          </TableCell>
          <TableCell>
            {policy.conditions.map((condition, index) => (
              <Typography key={index} variant="body2">
                {describeCondition(condition)}
              </Typography>
            ))}
          </TableCell>
          <TableCell>{policy.enabled ? "yes" : "no"}</TableCell>
        </TableRow>
      ))}
      </DataTable>
    </Stack>
  );
}
