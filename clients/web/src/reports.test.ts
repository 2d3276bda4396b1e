import { describe, expect, it } from "vitest";
import { ReportFormat } from "@secureflow/client/gen/secureflow/security/v1/report_pb.js";
import { byAge, fileName, readTable, trend, uploadedName } from "./reports";

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe("reports", () => {
  it("names an uploaded report by its tool, scan and content type", () => {
    expect(uploadedName("semgrep", "01a2441a-c8fd-7104", "application/json")).toBe("semgrep-01a2441a.json");
    expect(uploadedName("OWASP ZAP", "01a2441b-0000", "application/xml")).toBe("OWASP-ZAP-01a2441b.xml");
    expect(uploadedName("", "01a2441c-0000", "")).toBe("scan-01a2441c.json");
  });

  it("reads a posture report into a trend", () => {
    const table = readTable(
      bytes({
        summary: { end_score: 75.4 },
        columns: ["time", "score", "open"],
        rows: [
          { time: "2026-12-03T14:24:44Z", score: 100.0, open: 0 },
          { time: "2026-12-04T14:24:44Z", score: 75.4, open: 40 },
        ],
      }),
    );
    expect(trend(table)).toEqual([
      { day: "2026-12-03", score: 100, open: 0 },
      { day: "2026-12-04", score: 75.4, open: 40 },
    ]);
  });

  it("turns open-by-severity rows into bars by age", () => {
    const table = readTable(
      bytes({
        rows: [
          { severity: "high", age_0_7_days: 6, age_31_90_days: 1 },
          { severity: "low", age_0_7_days: 2 },
          { severity: "all", age_0_7_days: 8 },
        ],
      }),
    );
    const bars = byAge(table);
    expect(bars[0]).toEqual({ age: "0–7 days", critical: 0, high: 6, medium: 0, low: 2, info: 0 });
    expect(bars[2].high).toBe(1);
    expect(bars).toHaveLength(5);
  });

  it("refuses content that is no table, and names downloads", () => {
    expect(() => readTable(bytes({ nope: 1 }))).toThrow(/not a table/);
    expect(fileName("findings", ReportFormat.SARIF, new Date("2026-12-04T10:00:00Z"))).toBe("secureflow-findings-2026-12-04.sarif");
  });
});
