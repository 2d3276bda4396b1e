import { timestampDate, type Timestamp } from "@bufbuild/protobuf/wkt";
import { Severity } from "@secureflow/client/gen/secureflow/security/v1/vulnerability_pb.js";

/** A timestamp as the reader's local date and time (empty: "—"). */
export function when(timestamp: Timestamp | undefined): string {
  if (!timestamp) {
    return "—";
  }
  return timestampDate(timestamp).toLocaleString();
}

/** "in 3 days", "2 hours ago" from `now`. */
export function relative(timestamp: Timestamp | undefined, now: number = Date.now()): string {
  if (!timestamp) {
    return "—";
  }
  const ms = timestampDate(timestamp).getTime() - now;
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["day", 86_400_000],
    ["hour", 3_600_000],
    ["minute", 60_000],
  ];
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(ms) >= size) {
      return format.format(Math.round(ms / size), unit);
    }
  }
  return format.format(Math.round(ms / 1000), "second");
}

export const SEVERITY_NAMES: Record<number, string> = {
  [Severity.CRITICAL]: "Critical",
  [Severity.HIGH]: "High",
  [Severity.MEDIUM]: "Medium",
  [Severity.LOW]: "Low",
  [Severity.INFO]: "Info",
  [Severity.UNSPECIFIED]: "—",
};

/** MUI colour of a severity's chip. */
export function severityColor(severity: Severity): "error" | "warning" | "info" | "default" {
  switch (severity) {
    case Severity.CRITICAL:
    case Severity.HIGH:
      return "error";
    case Severity.MEDIUM:
      return "warning";
    case Severity.LOW:
      return "info";
    default:
      return "default";
  }
}
