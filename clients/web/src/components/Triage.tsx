// Triage of one vulnerability: its new status, with the justification and the
// expiry the API requires (false positive and accepted risk need a reason; an
// accepted risk an expiry). The server's refusals are shown at their fields.

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, FormControl, InputLabel, MenuItem, Select, Stack, TextField } from "@mui/material";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { SecurityService } from "@secureflow/client";
import {
  VulnerabilityStatus,
  type Vulnerability,
} from "@secureflow/client/gen/secureflow/security/v1/vulnerability_pb.js";
import { client, explain } from "../api";
import { STATUSES } from "../filters";
import { statusName } from "../status";

/** What the form asks for the chosen status. */
export function needs(status: VulnerabilityStatus): { justification: boolean; expiry: boolean } {
  return {
    justification: status === VulnerabilityStatus.FALSE_POSITIVE || status === VulnerabilityStatus.ACCEPTED_RISK,
    expiry: status === VulnerabilityStatus.ACCEPTED_RISK,
  };
}

export function Triage({ vulnerability, onChanged }: { vulnerability: Vulnerability; onChanged?: () => void }) {
  const queries = useQueryClient();
  const [status, setStatus] = useState<VulnerabilityStatus>(vulnerability.status);
  const [justification, setJustification] = useState("");
  const [until, setUntil] = useState("");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const required = needs(status);
  const save = useMutation({
    mutationFn: () =>
      client(SecurityService).updateVulnerabilityStatus({
        id: vulnerability.id,
        status,
        justification: required.justification ? justification : "",
        acceptedUntil: required.expiry && until ? timestampFromDate(new Date(`${until}T23:59:59`)) : undefined,
      }),
    onMutate: () => setProblems({}),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["vulnerability", vulnerability.id] });
      void queries.invalidateQueries({ queryKey: ["vulnerabilities"] });
      void queries.invalidateQueries({ queryKey: ["gate"] });
      onChanged?.();
    },
    onError: (error) => {
      const found: Record<string, string> = {};
      for (const problem of explain(error).fields) {
        found[problem.field.split(".").pop() ?? problem.field] = problem.description;
      }
      setProblems(found);
    },
  });
  return (
    <Box
      component="form"
      aria-label="Triage"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <FormControl size="small" sx={{ minWidth: 180 }}>
          <InputLabel id="triage-status-label">Status</InputLabel>
          <Select
            labelId="triage-status-label"
            label="Status"
            value={status}
            onChange={(event) => setStatus(event.target.value as VulnerabilityStatus)}
          >
            {STATUSES.map(([key, value]) => (
              <MenuItem key={key} value={value}>
                {statusName(value)}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        {required.justification && (
          <TextField
            size="small"
            label="Justification"
            value={justification}
            onChange={(event) => setJustification(event.target.value)}
            error={!!problems.justification}
            helperText={problems.justification}
            sx={{ minWidth: 320 }}
          />
        )}
        {required.expiry && (
          <TextField
            size="small"
            label="Accepted until"
            type="date"
            value={until}
            onChange={(event) => setUntil(event.target.value)}
            error={!!problems.accepted_until}
            helperText={problems.accepted_until}
            InputLabelProps={{ shrink: true }}
          />
        )}
        <Button type="submit" variant="contained" disabled={save.isPending || status === vulnerability.status}>
          Save
        </Button>
      </Stack>
      {save.error && <Alert severity="error" sx={{ mt: 2 }}>{explain(save.error).message}</Alert>}
      {save.isSuccess && <Alert severity="success" sx={{ mt: 2 }}>Status saved.</Alert>}
    </Box>
  );
}
