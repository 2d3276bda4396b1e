// Live updates: the organisation's events from StreamEvents (only the types the
// signed-in user may read, the server decides), turned into the queries they
// make stale, and into lines of the activity feed.

import type { Envelope } from "@secureflow/client/gen/secureflow/events/v1/envelope_pb.js";

/** A query key prefix (TanStack Query invalidates every key it starts). */
export type KeyPrefix = readonly string[];

/** What each event type makes stale. */
const STALE: Record<string, KeyPrefix[]> = {
  "scan.started": [["scans"]],
  "scan.completed": [["scans"], ["vulnerabilities"], ["gate"], ["posture"]],
  "vulnerabilities.detected": [["vulnerabilities"]],
  "vulnerability.detected": [["vulnerabilities"]],
  "vulnerability.status_changed": [["vulnerabilities"], ["vulnerability"], ["gate"], ["posture"]],
  "gate.changed": [["gate"]],
  "sla.breached": [["vulnerabilities"], ["vulnerability"], ["posture"]],
  "repository.repositories": [["repositories"]],
  "repository.refs": [["repositories"]],
  "identity.organizations": [["organization"]],
  "identity.users": [["users"]],
  "pipeline.started": [["pipelines"]],
  "pipeline.completed": [["pipelines"]],
  "pipeline.failed": [["pipelines"]],
};

/** The query key prefixes an event of `eventType` makes stale. */
export function staleAfter(eventType: string): KeyPrefix[] {
  return STALE[eventType] ?? [];
}

/** Every prefix made stale by a run of events, each once. */
export function staleAfterAll(eventTypes: Iterable<string>): KeyPrefix[] {
  const seen = new Map<string, KeyPrefix>();
  for (const eventType of eventTypes) {
    for (const prefix of staleAfter(eventType)) {
      seen.set(prefix.join("\u0000"), prefix);
    }
  }
  return [...seen.values()];
}

/** One line of the activity feed. */
export interface Activity {
  id: string;
  type: string;
  at: Date | undefined;
  text: string;
  /** Where in the UI the event leads, when somewhere. */
  link?: string;
}

const short = (sha: string) => sha.slice(0, 8);
const plural = (count: bigint | number, one: string, many = `${one}s`) =>
  `${count} ${count === 1n || count === 1 ? one : many}`;
const verdict = (value: string) => value.replace(/^VERDICT_/, "").toLowerCase() || "none";

/** How the activity feed tells an event. */
export function describe(event: Envelope): Activity {
  const base = {
    id: event.eventId,
    type: event.eventType,
    at: event.timestamp ? new Date(Number(event.timestamp.seconds) * 1000 + event.timestamp.nanos / 1e6) : undefined,
  };
  const data = event.data;
  switch (data.case) {
    case "scanStarted":
      return {
        ...base,
        text: `Scan started on ${data.value.repositoryId} @ ${data.value.branch}${data.value.commitSha ? ` (${short(data.value.commitSha)})` : ""}`,
      };
    case "scanCompleted": {
      const scan = data.value;
      return {
        ...base,
        text: `${scan.tool || "Scan"} of ${scan.repositoryId} @ ${scan.branch}: ${plural(scan.new, "new finding")}, ${scan.reopened} reopened, ${scan.resolved} fixed`,
        link: `/vulnerabilities?repository=${encodeURIComponent(scan.repositoryId)}&branch=${encodeURIComponent(scan.branch)}`,
      };
    }
    case "vulnerabilitiesDetected":
      return {
        ...base,
        text: `${plural(data.value.vulnerabilities.length, "vulnerability", "vulnerabilities")} detected in ${data.value.repositoryId} @ ${data.value.branch}`,
        link: `/vulnerabilities?repository=${encodeURIComponent(data.value.repositoryId)}`,
      };
    case "vulnerabilityStatusChanged":
      return {
        ...base,
        text: `Vulnerability in ${data.value.repositoryId} triaged: ${data.value.previousStatus.replace(/^VULNERABILITY_STATUS_/, "").toLowerCase()} → ${data.value.status.replace(/^VULNERABILITY_STATUS_/, "").toLowerCase()}`,
        link: `/vulnerabilities/${encodeURIComponent(data.value.vulnerabilityId)}`,
      };
    case "gateChanged":
      return {
        ...base,
        text: `Gate of ${data.value.repositoryId} @ ${data.value.branch}: ${verdict(data.value.previousVerdict)} → ${verdict(data.value.verdict)}`,
      };
    case "slaBreached":
      return {
        ...base,
        text: `SLA breached: a ${data.value.severity.replace(/^SEVERITY_/, "").toLowerCase()} vulnerability in ${data.value.repositoryId}`,
        link: `/vulnerabilities/${encodeURIComponent(data.value.vulnerabilityId)}`,
      };
    case "repositoryChanged":
      return { ...base, text: `Repository ${data.value.fullName || data.value.repositoryId} ${data.value.change || "changed"}` };
    case "repositoryCommits":
      return {
        ...base,
        text: `${plural(data.value.commits.length, "commit")} pushed to ${data.value.repositoryId} @ ${data.value.branch}${data.value.pusher ? ` by ${data.value.pusher}` : ""}`,
      };
    case "pipelineStarted":
      return { ...base, text: `Pipeline ${data.value.pipelineName} #${data.value.number} started on ${data.value.branch}` };
    case "pipelineCompleted":
      return {
        ...base,
        text: `Pipeline ${data.value.pipelineName} #${data.value.number} ${data.value.status.replace(/^EXECUTION_STATUS_/, "").toLowerCase()}`,
      };
    case "pipelineFailed":
      return {
        ...base,
        text: `Pipeline ${data.value.pipelineName} #${data.value.number} failed${data.value.failedStage ? ` at ${data.value.failedStage}` : ""}`,
      };
    default:
      return { ...base, text: `${event.eventType} (${event.aggregateId})` };
  }
}

/** Waits before reconnecting a lost stream: 1 s, 2 s, 4 s… at most 30 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}
