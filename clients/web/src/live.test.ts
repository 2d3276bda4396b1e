import { describe as suite, expect, it } from "vitest";
import { create } from "@bufbuild/protobuf";
import { EnvelopeSchema } from "@secureflow/client/gen/secureflow/events/v1/envelope_pb.js";
import { describe, reconnectDelay, staleAfter, staleAfterAll } from "./live";

suite("live updates", () => {
  it("marks the lists an upload changes as stale, each once", () => {
    expect(staleAfter("scan.completed")).toContainEqual(["vulnerabilities"]);
    expect(staleAfter("audit.recorded")).toEqual([]);
    const all = staleAfterAll(["vulnerabilities.detected", "vulnerabilities.detected", "gate.changed"]);
    expect(all).toEqual([["vulnerabilities"], ["gate"]]);
  });

  it("tells a completed scan with its counts and a link to its findings", () => {
    const event = create(EnvelopeSchema, {
      eventId: "e-1",
      eventType: "scan.completed",
      timestamp: { seconds: 1_700_000_000n, nanos: 500_000_000 },
      data: {
        case: "scanCompleted",
        value: { tool: "semgrep", repositoryId: "acme/api", branch: "main", new: 1n, reopened: 0n, resolved: 2n },
      },
    });
    const activity = describe(event);
    expect(activity.text).toBe("semgrep of acme/api @ main: 1 new finding, 0 reopened, 2 fixed");
    expect(activity.link).toBe("/vulnerabilities?repository=acme%2Fapi&branch=main");
    expect(activity.at?.getTime()).toBe(1_700_000_000_500);
  });

  it("tells a gate's change and an event it has no words for", () => {
    const gate = create(EnvelopeSchema, {
      eventType: "gate.changed",
      data: { case: "gateChanged", value: { repositoryId: "r", branch: "main", previousVerdict: "VERDICT_FAIL", verdict: "VERDICT_PASS" } },
    });
    expect(describe(gate).text).toBe("Gate of r @ main: fail → pass");
    const bare = create(EnvelopeSchema, { eventType: "hr.synced", aggregateId: "sync-1" });
    expect(describe(bare).text).toBe("hr.synced (sync-1)");
  });

  it("backs off reconnecting up to 30 s", () => {
    expect([0, 1, 2, 10].map(reconnectDelay)).toEqual([1000, 2000, 4000, 30_000]);
  });
});
