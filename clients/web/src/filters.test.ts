import { describe, expect, it } from "vitest";
import { Severity, VulnerabilityStatus } from "@secureflow/client/gen/secureflow/security/v1/vulnerability_pb.js";
import { readFilters, writeFilters } from "./filters";
import { fieldsFromMessage } from "./api";

describe("filters in the URL", () => {
  it("read back what they wrote", () => {
    const params = new URLSearchParams("severity=critical,high&status=open&q=sql&order=risk+desc&page=abc");
    const filters = readFilters(params);
    expect(filters.severities).toEqual([Severity.CRITICAL, Severity.HIGH]);
    expect(filters.statuses).toEqual([VulnerabilityStatus.OPEN]);
    expect(filters.query).toBe("sql");
    expect(filters.orderBy).toBe("risk desc");
    expect(filters.pageToken).toBe("abc");
    expect(readFilters(writeFilters(filters))).toEqual(filters);
  });

  it("leave defaults and unknown words out", () => {
    const filters = readFilters(new URLSearchParams("severity=bogus,low&order=drop+table"));
    expect(filters.severities).toEqual([Severity.LOW]);
    expect(filters.orderBy).toBe("severity desc");
    expect(writeFilters(filters).toString()).toBe("severity=low");
  });
});

describe("refusals", () => {
  it("name their fields", () => {
    expect(
      fieldsFromMessage("invalid request: preferences.quiet_hours.start: `25:00` is not a time of day; preferences.quiet_hours.time_zone: unknown"),
    ).toEqual([
      { field: "preferences.quiet_hours.start", description: "`25:00` is not a time of day" },
      { field: "preferences.quiet_hours.time_zone", description: "unknown" },
    ]);
    expect(fieldsFromMessage("invalid policy.name: must not be empty")).toEqual([
      { field: "policy.name", description: "must not be empty" },
    ]);
    expect(fieldsFromMessage("permission denied")).toEqual([]);
  });
});
