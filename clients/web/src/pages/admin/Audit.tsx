// The audit log (admin portal, `audit.read`): every mutating call, filtered by
// actor and action, paged; the hash chain verified on demand (the first broken
// record shown); the whole log exported as JSON lines.

import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button, Stack, TableCell, TableRow, TextField, Typography } from "@mui/material";
import { toJsonString } from "@bufbuild/protobuf";
import { IdentityService } from "@secureflow/client";
import { AuditRecordSchema } from "@secureflow/client/gen/secureflow/identity/v1/audit_pb.js";
import { PAGE_SIZE, Pager, usePages } from "../../components/FormParts";
import { DataTable, Failure } from "../../components/Tables";
import { client, everyPage } from "../../api";
import { useUsers } from "../../directory";
import { useAuth } from "../../auth";
import { when } from "../../format";

/** Downloads `text` as a file named `name`. */
function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export default function Audit() {
  const [actor, setActor] = useState("");
  const [action, setAction] = useState("");
  const pages = usePages(JSON.stringify([actor, action]));
  const pageToken = pages.token;
  const { can } = useAuth();
  // Actors are user or API token ids: named from the directory where the caller may read it.
  const users = useUsers();
  const tokens = useQuery({
    queryKey: ["tokens", "every"],
    queryFn: () => everyPage("apiTokens", (pageToken: string) => client(IdentityService).listApiTokens({ pageSize: 500, pageToken, includeInactive: true })),
    enabled: can("tokens.read"),
  });
  const actorName = (id: string) =>
    users.data?.users.find((user) => user.id === id)?.displayName ??
    tokens.data?.apiTokens.find((token) => token.id === id)?.name;
  const records = useQuery({
    queryKey: ["audit", actor, action, pageToken],
    queryFn: () =>
      client(IdentityService).listAuditRecords({ pageSize: PAGE_SIZE, pageToken, actor: actor.trim(), actionPrefix: action.trim() }),
  });
  const verify = useMutation({ mutationFn: () => client(IdentityService).verifyAuditChain({}) });
  const exported = useMutation({
    mutationFn: async () => {
      const lines: string[] = [];
      for await (const response of client(IdentityService).exportAuditRecords({ fromSequence: 0n })) {
        if (response.record) lines.push(toJsonString(AuditRecordSchema, response.record));
      }
      download(`audit-${new Date().toISOString().slice(0, 10)}.jsonl`, lines.join("\n") + "\n", "application/x-ndjson");
      return lines.length;
    },
  });
  const failure = records.error ?? verify.error ?? exported.error;
  const outcome = verify.data;
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Audit log
      </Typography>
      <Failure error={failure} />
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="center">
        <TextField size="small" label="Actor (user or token id)" value={actor} onChange={(event) => setActor(event.target.value)} />
        <TextField size="small" label="Action starts with" value={action} onChange={(event) => setAction(event.target.value)} placeholder="secureflow.identity" />
        <Button variant="outlined" onClick={() => verify.mutate()} disabled={verify.isPending}>
          Verify the chain
        </Button>
        <Button variant="outlined" onClick={() => exported.mutate()} disabled={exported.isPending}>
          Export (JSON lines)
        </Button>
      </Stack>
      {outcome && outcome.valid && (
        <Alert severity="success">The chain is intact: {outcome.recordsChecked.toLocaleString()} records checked.</Alert>
      )}
      {outcome && !outcome.valid && (
        <Alert severity="error" role="alert">
          The chain is broken at record {outcome.firstBreak?.sequence.toString()} ({outcome.firstBreak?.recordId}):{" "}
          {outcome.firstBreak?.reason}. {outcome.recordsChecked.toLocaleString()} records checked.
        </Alert>
      )}
      {exported.data !== undefined && <Alert severity="info">{exported.data.toLocaleString()} records exported.</Alert>}
      <DataTable label="Audit records" columns={["#", "Time", "Actor", "Action", "Resource", "Result"]}>
        {records.data?.records.map((record) => (
          <TableRow key={record.id} hover>
            <TableCell>{record.sequence.toString()}</TableCell>
            <TableCell>{when(record.time)}</TableCell>
            <TableCell title={record.actor}>{record.actor ? (actorName(record.actor) ?? record.actor) : "—"}</TableCell>
            <TableCell>{record.action}</TableCell>
            <TableCell>{record.resource || "—"}</TableCell>
            <TableCell>{record.result}</TableCell>
          </TableRow>
        ))}
      </DataTable>
      <Pager pages={pages} nextPageToken={records.data?.nextPageToken} />
    </Stack>
  );
}
