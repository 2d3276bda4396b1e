// Scans: every report uploaded (from CI, the CLI, a pipeline), newest first,
// with what it changed and the gate verdict it led to; a scan still being
// ingested shows its progress live (WatchScan). New scans appear as they start
// (the live stream marks the list stale). A kept report can be downloaded as it
// was uploaded (security.manage).

import { useEffect, useState } from "react";
import { Link as RouterLink, useSearchParams } from "react-router-dom";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Chip, LinearProgress, Link, Stack, TableCell, TableRow, TextField, Typography } from "@mui/material";
import { SecurityService } from "@secureflow/client";
import { ScanPhase, ScanStatus, type Scan, type ScanProgress } from "@secureflow/client/gen/secureflow/security/v1/scan_pb.js";
import { Verdict } from "@secureflow/client/gen/secureflow/security/v1/policy_pb.js";
import { PAGE_SIZE, Pager, usePages } from "../components/FormParts";
import { DataTable, Failure } from "../components/Tables";
import { client } from "../api";
import { downloadUploaded } from "../reports";
import { relative, when } from "../format";

const PHASES: Record<number, string> = {
  [ScanPhase.RECEIVING]: "receiving",
  [ScanPhase.PARSING]: "parsing",
  [ScanPhase.DEDUPLICATING]: "deduplicating",
  [ScanPhase.STORING]: "storing",
  [ScanPhase.EVALUATING_GATE]: "evaluating the gate",
  [ScanPhase.COMPLETED]: "completed",
  [ScanPhase.FAILED]: "failed",
};

const VERDICTS: Record<number, [string, "success" | "warning" | "error" | "default"]> = {
  [Verdict.PASS]: ["Pass", "success"],
  [Verdict.WARN]: ["Warn", "warning"],
  [Verdict.FAIL]: ["Fail", "error"],
};

/** A running scan's progress, followed live until it ends. */
function Progress({ scan }: { scan: Scan }) {
  const queries = useQueryClient();
  const [progress, setProgress] = useState<ScanProgress>();
  useEffect(() => {
    const stop = new AbortController();
    void (async () => {
      try {
        for await (const update of client(SecurityService).watchScan({ id: scan.id }, { signal: stop.signal })) {
          setProgress(update.progress);
        }
      } catch {
        // The list shows the scan's state; a lost watch is not an error to show.
      }
      if (!stop.signal.aborted) void queries.invalidateQueries({ queryKey: ["scans"] });
    })();
    return () => stop.abort();
  }, [scan.id, queries]);
  const stored = Number(progress?.findingsStored ?? 0n);
  const distinct = Number(progress?.findingsDistinct ?? 0n);
  return (
    <Stack spacing={0.5} sx={{ minWidth: 160 }}>
      <Typography variant="caption">{progress ? PHASES[progress.phase] ?? "working" : "starting"}</Typography>
      <LinearProgress
        aria-label={`Progress of the ${scan.tool || "scan"} upload`}
        variant={distinct > 0 ? "determinate" : "indeterminate"}
        value={distinct > 0 ? (100 * stored) / distinct : undefined}
      />
    </Stack>
  );
}

function Outcome({ scan }: { scan: Scan }) {
  if (scan.status === ScanStatus.RECEIVING || scan.status === ScanStatus.PROCESSING) {
    return <Progress scan={scan} />;
  }
  if (scan.status === ScanStatus.FAILED) {
    return <Chip size="small" color="error" label={`Refused: ${scan.error}`} />;
  }
  const summary = scan.summary;
  return (
    <span>
      {summary ? `${summary.new} new, ${summary.updated} seen again, ${summary.reopened} reopened, ${summary.resolved} resolved` : "—"}
    </span>
  );
}

export default function Scans() {
  const [params, setParams] = useSearchParams();
  const repositoryId = params.get("repository") ?? "";
  const pages = usePages(repositoryId);
  const pageToken = pages.token;
  const scans = useQuery({
    queryKey: ["scans", repositoryId, pageToken],
    queryFn: () => client(SecurityService).listScans({ repositoryId, pageSize: PAGE_SIZE, pageToken }),
    placeholderData: keepPreviousData,
  });
  const download = useMutation({ mutationFn: downloadUploaded });
  const failure = scans.error ?? download.error;
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Scans
      </Typography>
      <Failure error={failure} />
      <TextField
        size="small"
        label="Repository"
        value={repositoryId}
        onChange={(event) => setParams(event.target.value ? { repository: event.target.value } : {})}
        sx={{ maxWidth: 320 }}
      />
      <DataTable label="Scans" columns={["When", "Where", "Tool", "Outcome", "Gate", "Report"]}>
        {scans.data?.scans.map((scan) => {
          const verdict = scan.gate ? VERDICTS[scan.gate.verdict] : undefined;
          const scope = scan.scope;
          return (
            <TableRow key={scan.id} hover>
              <TableCell title={when(scan.createTime)}>{relative(scan.createTime)}</TableCell>
              <TableCell>
                <Link
                  component={RouterLink}
                  to={`/vulnerabilities?repository=${encodeURIComponent(scope?.repositoryId ?? "")}&branch=${encodeURIComponent(scope?.branch ?? "")}`}
                >
                  {scope?.repositoryId} @ {scope?.branch}
                </Link>
                {scope?.commitSha && (
                  <Typography variant="caption" component="div">
                    {scope.commitSha.slice(0, 12)}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{scan.tool || scan.format}</TableCell>
              <TableCell>
                <Outcome scan={scan} />
              </TableCell>
              <TableCell>{verdict ? <Chip size="small" label={verdict[0]} color={verdict[1]} /> : "—"}</TableCell>
              <TableCell>
                {scan.reportKept ? (
                  <Button
                    size="small"
                    disabled={download.isPending}
                    aria-label={`Download the ${scan.tool || "scan"} report as uploaded`}
                    onClick={() => download.mutate(scan)}
                  >
                    Download
                  </Button>
                ) : (
                  "—"
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </DataTable>
      {scans.data && scans.data.scans.length === 0 && <Typography>No scans yet: upload a report with `secureflow scan upload`.</Typography>}
      <Pager pages={pages} nextPageToken={scans.data?.nextPageToken} />
    </Stack>
  );
}
