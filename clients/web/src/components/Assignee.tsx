// Who fixes a vulnerability: the assignee, changed by those holding
// `security.triage` (shown to others as a name).

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { MenuItem, Stack, TextField, Typography } from "@mui/material";
import { SecurityService } from "@secureflow/client";
import type { Vulnerability } from "@secureflow/client/gen/secureflow/security/v1/vulnerability_pb.js";
import { client, explain } from "../api";
import { useUsers } from "../directory";
import { useAuth } from "../auth";

export function Assignee({ vulnerability }: { vulnerability: Vulnerability }) {
  const { can } = useAuth();
  const queries = useQueryClient();
  const users = useUsers();
  const assign = useMutation({
    mutationFn: (assignedTo: string) => client(SecurityService).assignVulnerability({ id: vulnerability.id, assignedTo }),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["vulnerability", vulnerability.id] });
      void queries.invalidateQueries({ queryKey: ["vulnerabilities"] });
    },
  });
  const people = (users.data?.users ?? []).filter((user) => user.active);
  const name = (id: string) => users.data?.users.find((user) => user.id === id)?.displayName ?? id;
  if (!can("security.triage")) {
    return <Typography>Assigned to {vulnerability.assignedTo ? name(vulnerability.assignedTo) : "nobody"}</Typography>;
  }
  return (
    <Stack direction="row" spacing={2} alignItems="center">
      <TextField
        select
        size="small"
        label="Assigned to"
        value={people.some((user) => user.id === vulnerability.assignedTo) ? vulnerability.assignedTo : ""}
        onChange={(event) => assign.mutate(event.target.value)}
        sx={{ minWidth: 220 }}
        disabled={assign.isPending}
      >
        <MenuItem value="">Nobody</MenuItem>
        {people.map((user) => (
          <MenuItem key={user.id} value={user.id}>
            {user.displayName}
          </MenuItem>
        ))}
      </TextField>
      {assign.error && (
        <Typography color="error" role="alert">
          {explain(assign.error).message}
        </Typography>
      )}
    </Stack>
  );
}
