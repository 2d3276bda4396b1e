// Policies (quality gates): the organisation's list, and — for those holding
// `security.manage` — a new policy with one threshold condition, its fields
// checked here and by the server, whose refusal is shown at the field it names.

import type { ReactNode } from "react";
import { Controller, useForm, type Control } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { SecurityService } from "@secureflow/client";
import { FindingSet, Verdict } from "@secureflow/client/gen/secureflow/security/v1/policy_pb.js";
import { client, explain } from "../api";
import { useAuth } from "../auth";
import { SEVERITIES } from "../filters";
import { SEVERITY_NAMES } from "../format";
import { FormCard, FormText, useSubmit } from "../components/FormParts";
import { EMPTY_POLICY, formField, policySchema, toPolicy, type PolicyForm } from "../policies";

/** A select bound to a numeric form field. */
function Choice(props: {
  control: Control<PolicyForm>;
  name: "findingSet" | "minSeverity" | "onViolation";
  label: string;
  children: ReactNode;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <TextField
          select
          size="small"
          label={props.label}
          value={field.value}
          onChange={(event) => field.onChange(Number(event.target.value))}
          onBlur={field.onBlur}
          error={!!fieldState.error}
          helperText={fieldState.error?.message}
          sx={{ minWidth: 140 }}
        >
          {props.children}
        </TextField>
      )}
    />
  );
}

function NewPolicy() {
  const queries = useQueryClient();
  const form = useForm<PolicyForm>({ resolver: zodResolver(policySchema), defaultValues: EMPTY_POLICY });
  const { mutation: create, failure, onSubmit } = useSubmit(
    form,
    (values: PolicyForm) => client(SecurityService).createPolicy({ policy: toPolicy(values) }),
    formField,
    () => {
      form.reset(EMPTY_POLICY);
      void queries.invalidateQueries({ queryKey: ["policies"] });
    },
  );
  return (
    <FormCard title="New policy" failure={failure} onSubmit={onSubmit}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        <FormText form={form} name="name" label="Name" />
        <FormText form={form} name="description" label="Description" sx={{ minWidth: 320 }} />
        <FormText form={form} name="repositoryId" label="Repository (empty: all)" />
        <FormText form={form} name="branchPatterns" label="Branch patterns (comma-separated)" />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <Choice control={form.control} name="findingSet" label="Findings">
          <MenuItem value={FindingSet.NEW}>New</MenuItem>
          <MenuItem value={FindingSet.TOTAL}>All open</MenuItem>
        </Choice>
        <Choice control={form.control} name="minSeverity" label="At or above">
          {SEVERITIES.map(([key, value]) => (
            <MenuItem key={key} value={value}>
              {SEVERITY_NAMES[value]}
            </MenuItem>
          ))}
        </Choice>
        <FormText form={form} name="maxCount" label="At most" type="number" />
        <Choice control={form.control} name="onViolation" label="Otherwise">
          <MenuItem value={Verdict.FAIL}>Fail</MenuItem>
          <MenuItem value={Verdict.WARN}>Warn</MenuItem>
        </Choice>
        <Button type="submit" variant="contained" disabled={create.isPending}>
          Create
        </Button>
      </Stack>
      {create.isSuccess && <Alert severity="success">Policy created.</Alert>}
    </FormCard>
  );
}

export default function Policies() {
  const { can } = useAuth();
  const list = useQuery({
    queryKey: ["policies"],
    queryFn: () => client(SecurityService).listPolicies({ pageSize: 500 }),
  });
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        Policies
      </Typography>
      {can("security.manage") && <NewPolicy />}
      {list.error && <Alert severity="error">{explain(list.error).message}</Alert>}
      <Table size="small" aria-label="Policies">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Applies to</TableCell>
            <TableCell>Conditions</TableCell>
            <TableCell>Enabled</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {list.data?.policies.map((policy) => (
            <TableRow key={policy.id}>
              <TableCell>{policy.name}</TableCell>
              <TableCell>
                {policy.scope?.repositoryId || "every repository"}
                {policy.scope?.branchPatterns.length ? ` · ${policy.scope.branchPatterns.join(", ")}` : ""}
              </TableCell>
              <TableCell>{policy.conditions.length}</TableCell>
              <TableCell>{policy.enabled ? "yes" : "no"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
}
