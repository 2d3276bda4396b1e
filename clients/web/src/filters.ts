// The vulnerability list's filters as they live in the URL (so a filtered list
// can be linked, reloaded and gone back to), and as the API takes them.

import { Severity, VulnerabilityStatus } from "@secureflow/client/gen/secureflow/security/v1/vulnerability_pb.js";

export const SEVERITIES: [string, Severity][] = [
  ["critical", Severity.CRITICAL],
  ["high", Severity.HIGH],
  ["medium", Severity.MEDIUM],
  ["low", Severity.LOW],
  ["info", Severity.INFO],
];

export const STATUSES: [string, VulnerabilityStatus][] = [
  ["open", VulnerabilityStatus.OPEN],
  ["in_progress", VulnerabilityStatus.IN_PROGRESS],
  ["resolved", VulnerabilityStatus.RESOLVED],
  ["false_positive", VulnerabilityStatus.FALSE_POSITIVE],
  ["accepted_risk", VulnerabilityStatus.ACCEPTED_RISK],
];

/** The orders the API offers, by their `order_by`. */
export const ORDERS: [string, string][] = [
  ["severity desc", "Severity"],
  ["risk desc", "Risk score"],
  ["sla_due asc", "SLA deadline"],
  ["first_detected desc", "Newest"],
  ["last_seen desc", "Last seen"],
];

export interface Filters {
  severities: Severity[];
  statuses: VulnerabilityStatus[];
  tool: string;
  repositoryId: string;
  branch: string;
  query: string;
  assignedTo: string;
  orderBy: string;
  pageToken: string;
}

function named<T>(table: [string, T][], names: string[]): T[] {
  return names.flatMap((name) => table.filter(([key]) => key === name).map(([, value]) => value));
}

function names<T>(table: [string, T][], values: T[]): string[] {
  return values.flatMap((value) => table.filter(([, v]) => v === value).map(([key]) => key));
}

/** The filters `params` hold (unknown words are ignored). */
export function readFilters(params: URLSearchParams): Filters {
  const list = (key: string) => (params.get(key) ?? "").split(",").filter(Boolean);
  const order = params.get("order") ?? "";
  return {
    severities: named(SEVERITIES, list("severity")),
    statuses: named(STATUSES, list("status")),
    tool: params.get("tool") ?? "",
    repositoryId: params.get("repository") ?? "",
    branch: params.get("branch") ?? "",
    query: params.get("q") ?? "",
    assignedTo: params.get("assignee") ?? "",
    orderBy: ORDERS.some(([key]) => key === order) ? order : "severity desc",
    pageToken: params.get("page") ?? "",
  };
}

/** `filters` as URL parameters (defaults left out). */
export function writeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string) => {
    if (value) {
      params.set(key, value);
    }
  };
  set("severity", names(SEVERITIES, filters.severities).join(","));
  set("status", names(STATUSES, filters.statuses).join(","));
  set("tool", filters.tool);
  set("repository", filters.repositoryId);
  set("branch", filters.branch);
  set("q", filters.query);
  set("assignee", filters.assignedTo);
  set("order", filters.orderBy === "severity desc" ? "" : filters.orderBy);
  set("page", filters.pageToken);
  return params;
}
