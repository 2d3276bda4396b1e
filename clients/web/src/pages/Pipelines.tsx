// Pipelines: the organisation's pipelines with their latest executions, a run
// for those holding `pipelines.execute`; and one execution's page — stages and
// steps as they change, the log as it is written (WatchExecution), cancel.

import { useEffect, useState } from "react";
import { Link as RouterLink, useParams } from "react-router-dom";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Box,
  Button,
  Chip,
  Link,
  List,
  ListItem,
  ListItemText,
  Stack,
  TableCell,
  TableRow,
  Typography,
} from "@mui/material";
import { PipelineService } from "@secureflow/client";
import { ExecutionStatus, type Execution, type LogLine, type Pipeline } from "@secureflow/client/gen/secureflow/pipeline/v1/pipeline_pb.js";
import { client, explain } from "../api";
import { useAuth } from "../auth";
import { relative, when } from "../format";
import { PAGE_SIZE, Pager, usePages } from "../components/FormParts";
import { DataTable, Failure } from "../components/Tables";

const STATUS: Record<number, [string, "default" | "info" | "success" | "error" | "warning"]> = {
  [ExecutionStatus.QUEUED]: ["Queued", "default"],
  [ExecutionStatus.RUNNING]: ["Running", "info"],
  [ExecutionStatus.SUCCEEDED]: ["Succeeded", "success"],
  [ExecutionStatus.FAILED]: ["Failed", "error"],
  [ExecutionStatus.CANCELLED]: ["Cancelled", "warning"],
  [ExecutionStatus.TIMED_OUT]: ["Timed out", "error"],
  [ExecutionStatus.SKIPPED]: ["Skipped", "default"],
};

/** Whether an execution may still change. */
export const unfinished = (status: ExecutionStatus) =>
  status === ExecutionStatus.QUEUED || status === ExecutionStatus.RUNNING || status === ExecutionStatus.UNSPECIFIED;

export function StatusChip({ status }: { status: ExecutionStatus }) {
  const [label, color] = STATUS[status] ?? ["—", "default"];
  return <Chip size="small" label={label} color={color} variant={color === "default" ? "outlined" : "filled"} />;
}

/** Runs shown a pipeline, asked for with the list (ListPipelines' `latestExecutions`). */
const LATEST_RUNS = 5;

function Executions({ pipeline, executions }: { pipeline: Pipeline; executions?: Execution[] }) {
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {executions?.map((execution) => (
        <Link
          key={execution.id}
          component={RouterLink}
          to={`/pipelines/${pipeline.id}/executions/${execution.id}`}
          aria-label={`Run ${execution.number} of ${pipeline.name}: ${STATUS[execution.status]?.[0] ?? "unknown"}`}
        >
          #{execution.number.toString()} <StatusChip status={execution.status} />
        </Link>
      ))}
      {executions?.length === 0 && "never run"}
    </Stack>
  );
}

export function PipelinesPage() {
  const { can } = useAuth();
  const queries = useQueryClient();
  const pages = usePages();
  const pageToken = pages.token;
  const pipelines = useQuery({
    queryKey: ["pipelines", pageToken],
    // One request for the page and each pipeline's latest runs.
    queryFn: () => client(PipelineService).listPipelines({ pageSize: PAGE_SIZE, pageToken, latestExecutions: LATEST_RUNS }),
  });
  const latest = new Map(pipelines.data?.latestExecutions.map((entry) => [entry.pipelineId, entry.executions]));
  const run = useMutation({
    mutationFn: (pipeline: Pipeline) =>
      client(PipelineService).executePipeline({ pipelineId: pipeline.id, requestId: crypto.randomUUID() }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ["pipelines"] }),
  });
  const failure = pipelines.error ?? run.error;
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Pipelines
      </Typography>
      <Failure error={failure} />
      <DataTable label="Pipelines" columns={["Pipeline", "Repository", "Latest runs", ...(can("pipelines.execute") ? ["Run"] : [])]}>
        {pipelines.data?.pipelines.map((pipeline) => (
          <TableRow key={pipeline.id} hover>
            <TableCell>
              {pipeline.name}
              <Typography variant="caption" component="div">
                version {pipeline.version.toString()}
                {pipeline.enabled ? "" : " · disabled"}
              </Typography>
            </TableCell>
            <TableCell>{pipeline.repositoryId}</TableCell>
            <TableCell>
              <Executions pipeline={pipeline} executions={latest.get(pipeline.id)} />
            </TableCell>
            {can("pipelines.execute") && (
              <TableCell>
                <Button size="small" onClick={() => run.mutate(pipeline)} disabled={!pipeline.enabled || run.isPending} aria-label={`Run ${pipeline.name}`}>
                  Run
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </DataTable>
      <Pager pages={pages} nextPageToken={pipelines.data?.nextPageToken} />
      {pipelines.data && pipelines.data.pipelines.length === 0 && (
        <Typography>No pipelines yet: define one with `secureflow pipeline create`.</Typography>
      )}
    </Stack>
  );
}

/** Lines kept on the page (the whole log is in GetExecutionLogs). */
const KEPT_LINES = 5_000;

export function ExecutionPage() {
  const { pipelineId = "", executionId = "" } = useParams();
  const { can } = useAuth();
  const queries = useQueryClient();
  const [execution, setExecution] = useState<Execution>();
  const [lines, setLines] = useState<LogLine[]>([]);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    const stop = new AbortController();
    setLines([]);
    void (async () => {
      try {
        const updates = client(PipelineService).watchExecution({ pipelineId, executionId }, { signal: stop.signal });
        for await (const { update } of updates) {
          switch (update.case) {
            case "snapshot":
              setExecution(update.value);
              break;
            case "stage": {
              const stage = update.value;
              setExecution((held) =>
                held && { ...held, stages: held.stages.map((old) => (old.name === stage.name ? stage : old)) },
              );
              break;
            }
            case "step": {
              const change = update.value;
              setExecution((held) =>
                held && {
                  ...held,
                  stages: held.stages.map((stage) =>
                    stage.name === change.stage && change.step
                      ? { ...stage, steps: stage.steps.map((step) => (step.name === change.step?.name ? change.step : step)) }
                      : stage,
                  ),
                },
              );
              break;
            }
            case "logLine": {
              const line = update.value;
              setLines((held) => [...held, line].slice(-KEPT_LINES));
              break;
            }
          }
        }
        // The stream ends with the execution: read its final state.
        const done = await client(PipelineService).getExecution({ pipelineId, executionId });
        setExecution(done.execution);
        // The list's latest runs show it finished too.
        void queries.invalidateQueries({ queryKey: ["pipelines"] });
      } catch (error) {
        if (!stop.signal.aborted) setFailure(explain(error).message);
      }
    })();
    return () => stop.abort();
  }, [pipelineId, executionId, queries]);

  const cancel = useMutation({
    mutationFn: () => client(PipelineService).cancelExecution({ pipelineId, executionId, reason: "cancelled from the web UI" }),
  });
  const error = failure ?? (cancel.error ? explain(cancel.error).message : undefined);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} alignItems="center">
        <Typography variant="h4" component="h1">
          Run #{execution?.number.toString() ?? "…"}
        </Typography>
        {execution && <StatusChip status={execution.status} />}
        {execution && unfinished(execution.status) && can("pipelines.execute") && (
          <Button color="error" variant="outlined" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
            Cancel
          </Button>
        )}
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {execution && (
        <Typography>
          {execution.branch || "—"}
          {execution.commitSha ? ` · ${execution.commitSha.slice(0, 12)}` : ""} · started {relative(execution.startTime ?? execution.createTime)}
          {execution.endTime ? ` · ended ${when(execution.endTime)}` : ""}
          {execution.failureReason ? ` · ${execution.failureReason}` : ""}
        </Typography>
      )}
      <List dense aria-label="Stages">
        {execution?.stages.map((stage) => (
          <ListItem key={stage.name} divider>
            <ListItemText
              primary={
                <Stack direction="row" spacing={1} alignItems="center">
                  <span>{stage.name}</span>
                  <StatusChip status={stage.status} />
                </Stack>
              }
              secondary={stage.steps.map((step) => `${step.name}: ${STATUS[step.status]?.[0] ?? "—"}`).join(" · ")}
            />
          </ListItem>
        ))}
      </List>
      <Typography variant="h6" component="h2">
        Log
      </Typography>
      <Box
        component="pre"
        role="log"
        aria-label="Execution log"
        tabIndex={0}
        sx={{ bgcolor: "#111827", color: "#f9fafb", p: 2, borderRadius: 1, maxHeight: 480, overflow: "auto", fontSize: 13 }}
      >
        {lines.map((line) => `${line.stage}/${line.step} | ${line.text}`).join("\n") || "No output yet."}
      </Box>
      <Link component={RouterLink} to="/pipelines">
        All pipelines
      </Link>
    </Stack>
  );
}

export default PipelinesPage;
