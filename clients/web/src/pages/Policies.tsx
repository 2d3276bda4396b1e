// Policies (quality gates): the organisation's list, and — for those holding
// `security.manage` — a new policy with one threshold condition, its fields
// checked here and by the server, whose refusal is shown at the field it names.

import { useState, type ReactNode } from "react";
import { Controller, useForm, type Control } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Box,
  Button,
  MenuItem,
  Paper,
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
import { placeRefusal } from "../forms";
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
  const [failure, setFailure] = useState<string>();
  const form = useForm<PolicyForm>({ resolver: zodResolver(policySchema), defaultValues: EMPTY_POLICY });
  const { errors } = form.formState;
  const create = useMutation({
    mutationFn: (values: PolicyForm) => client(SecurityService).createPolicy({ policy: toPolicy(values) }),
    onMutate: () => setFailure(undefined),
    onSuccess: () => {
      form.reset(EMPTY_POLICY);
      void queries.invalidateQueries({ queryKey: ["policies"] });
    },
    onError: (error) => setFailure(placeRefusal(error, form.setError, formField)),
  });
  const text = (name: keyof PolicyForm, label: string, extra: object = {}) => (
    <TextField
      size="small"
      label={label}
      {...form.register(name)}
      error={!!errors[name]}
      helperText={errors[name]?.message}
      {...extra}
    />
  );
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Box component="form" aria-label="New policy" noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            New policy
          </Typography>
          {failure && <Alert severity="error">{failure}</Alert>}
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
            {text("name", "Name")}
            {text("description", "Description", { sx: { minWidth: 320 } })}
            {text("repositoryId", "Repository (empty: all)")}
            {text("branchPatterns", "Branch patterns (comma-separated)")}
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
            {text("maxCount", "At most", { type: "number" })}
            <Choice control={form.control} name="onViolation" label="Otherwise">
              <MenuItem value={Verdict.FAIL}>Fail</MenuItem>
              <MenuItem value={Verdict.WARN}>Warn</MenuItem>
            </Choice>
            <Button type="submit" variant="contained" disabled={create.isPending}>
              Create
            </Button>
          </Stack>
          {create.isSuccess && <Alert severity="success">Policy created.</Alert>}
        </Stack>
      </Box>
    </Paper>
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
