// Security reports as the posture page uses them: made by CreateReport (JSON for
// the charts; JSON, CSV or SARIF to download), waited for when the server is
// still making them, and read into the series the charts draw.

import { ComplianceFramework, ReportFormat, ReportKind, ReportStatus, type Report } from "@secureflow/client/gen/secureflow/security/v1/report_pb.js";
import { SecurityService } from "@secureflow/client";
import { client } from "./api";

/** A report's JSON content: its summary, column names and rows. */
export interface ReportTable {
  summary: Record<string, unknown>;
  columns: string[];
  rows: Record<string, string | number | null>[];
}

/** Reads a JSON report's content (throws with what is wrong when it is not one). */
export function readTable(content: Uint8Array): ReportTable {
  const parsed: unknown = JSON.parse(new TextDecoder().decode(content));
  if (typeof parsed !== "object" || parsed === null || !Array.isArray((parsed as ReportTable).rows)) {
    throw new Error("the report's content is not a table of rows");
  }
  const table = parsed as ReportTable;
  return { summary: table.summary ?? {}, columns: table.columns ?? [], rows: table.rows };
}

const number = (value: unknown) => (typeof value === "number" ? value : 0);

/** The posture score and open count per point of a posture report. */
export function trend(table: ReportTable): { day: string; score: number; open: number }[] {
  return table.rows.map((row) => ({
    day: String(row.time ?? "").slice(0, 10),
    score: number(row.score),
    open: number(row.open),
  }));
}

export const SEVERITY_KEYS = ["critical", "high", "medium", "low", "info"] as const;
const AGES: [string, string][] = [
  ["age_0_7_days", "0–7 days"],
  ["age_8_30_days", "8–30 days"],
  ["age_31_90_days", "31–90 days"],
  ["age_91_180_days", "91–180 days"],
  ["age_over_180_days", "over 180 days"],
];

/** Open vulnerabilities by age, each age's count per severity (from the open-vulnerabilities report). */
export function byAge(table: ReportTable): Record<string, string | number>[] {
  return AGES.map(([column, age]) => {
    const bar: Record<string, string | number> = { age };
    for (const severity of SEVERITY_KEYS) {
      bar[severity] = number(table.rows.find((row) => row.severity === severity)?.[column]);
    }
    return bar;
  });
}

/** Resolves after `ms`. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Makes a report and waits for it (the server answers at once when it is quick, else pending).
 * With `reuseWithinSeconds`, a ready report of the same kind made no longer ago from the same
 * data is returned instead of a new one. */
export async function makeReport(
  kind: ReportKind,
  format: ReportFormat,
  framework: ComplianceFramework = ComplianceFramework.UNSPECIFIED,
  reuseWithinSeconds = 0,
): Promise<Report> {
  const security = client(SecurityService);
  const reuseWithin = reuseWithinSeconds > 0 ? { seconds: BigInt(reuseWithinSeconds) } : undefined;
  let report = (await security.createReport({ report: { kind, format, framework }, reuseWithin })).report;
  for (let waited = 0; report && report.status === ReportStatus.PENDING && waited < 120_000; waited += 1000) {
    await pause(1000);
    report = (await security.getReport({ id: report.id })).report;
  }
  if (!report || report.status !== ReportStatus.READY) {
    throw new Error(report?.error || "the report is not ready");
  }
  return report;
}

/** Reports made at once by this page: each reads the whole period's vulnerabilities, and a
 * browser talking HTTP/1.1 has six connections per server, one held by the live stream. */
const AT_ONCE = 2;
let making = 0;
const queued: (() => void)[] = [];

/** Runs `work` when fewer than AT_ONCE reports are being made. */
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (making >= AT_ONCE) {
    await new Promise<void>((resolve) => queued.push(resolve));
  }
  making++;
  try {
    return await work();
  } finally {
    making--;
    queued.shift()?.();
  }
}

/** How old a chart's report may be when its data has not changed since: opening the posture
 * page again, or by a colleague, reuses the reports instead of making five more. */
export const CHART_REUSE_SECONDS = 600;

/** A JSON report's table. */
export async function reportTable(kind: ReportKind, framework?: ComplianceFramework): Promise<ReportTable> {
  const report = await inTurn(() => makeReport(kind, ReportFormat.JSON, framework, CHART_REUSE_SECONDS));
  const content = report.content.length > 0 ? report.content : ((await client(SecurityService).getReportContent({ id: report.id })).content?.data ?? new Uint8Array());
  return readTable(content);
}

const EXTENSIONS: Record<number, string> = {
  [ReportFormat.JSON]: "json",
  [ReportFormat.CSV]: "csv",
  [ReportFormat.SARIF]: "sarif",
};

/** The file name a downloaded report gets: `secureflow-findings-2026-12-04.sarif`. */
export function fileName(kind: string, format: ReportFormat, day: Date = new Date()): string {
  return `secureflow-${kind}-${day.toISOString().slice(0, 10)}.${EXTENSIONS[format] ?? "txt"}`;
}

/** Saves `data` in the browser's downloads as `name`. */
function save(data: Uint8Array, contentType: string, name: string) {
  const url = URL.createObjectURL(new Blob([data], { type: contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The file name of a scan's report as uploaded: `semgrep-01a2441a.json`. */
export function uploadedName(tool: string, scanId: string, contentType: string): string {
  const stem = (tool || "scan").replace(/[^A-Za-z0-9._-]+/g, "-");
  return `${stem}-${scanId.slice(0, 8)}.${contentType.includes("xml") ? "xml" : "json"}`;
}

/** Saves the report a scan was ingested from, as it was uploaded (needs `security.manage`). */
export async function downloadUploaded(scan: { id: string; tool: string }) {
  const body = (await client(SecurityService).getScanReport({ id: scan.id })).content;
  const contentType = body?.contentType || "application/json";
  save(body?.data ?? new Uint8Array(), contentType, uploadedName(scan.tool, scan.id, contentType));
}

/** Makes a report and saves it in the browser's downloads. */
export async function downloadReport(name: string, kind: ReportKind, format: ReportFormat, framework?: ComplianceFramework) {
  const report = await makeReport(kind, format, framework);
  const body = (await client(SecurityService).getReportContent({ id: report.id })).content;
  save(body?.data ?? new Uint8Array(), body?.contentType || report.contentType, fileName(name, format));
}
