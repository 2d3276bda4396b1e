// The generated TypeScript client against a running secureflowd (scripts/e2e.sh
// starts one and sets SECUREFLOW_SERVER and SECUREFLOW_TOKEN): grpc-web over
// HTTP/1.1 as a browser speaks it, and gRPC over HTTP/2 from Node.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";

import { Code, ConnectError } from "@connectrpc/connect";
import { createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";

import { bearerToken, createSecureFlowClients } from "../src/index.js";
import { ScanPhase } from "../src/gen/secureflow/security/v1/scan_pb.js";

const server = process.env.SECUREFLOW_SERVER ?? "";
const token = process.env.SECUREFLOW_TOKEN ?? "";
// Repositories get a per-run suffix: reruns against one server stay independent.
const run = randomUUID().slice(0, 8);
const baseUrl = server.startsWith("http") ? server : `http://${server}`;
const inCi = !["", "0", "false"].includes((process.env.CI ?? "").trim().toLowerCase());
const skip = !server && !inCi ? "needs SECUREFLOW_SERVER (scripts/e2e.sh sets it)" : false;

function sarif(rules) {
  const results = rules.map((rule, index) => ({
    ruleId: rule,
    level: "error",
    message: { text: `${rule} found` },
    locations: [{ physicalLocation: { artifactLocation: { uri: "web/app.ts" }, region: { startLine: index + 1 } } }],
  }));
  return new TextEncoder().encode(
    JSON.stringify({ version: "2.1.0", runs: [{ tool: { driver: { name: "eslint" } }, results }] }),
  );
}

function browserClients(withToken = token) {
  return createSecureFlowClients(
    createGrpcWebTransport({ baseUrl, httpVersion: "1.1", interceptors: [bearerToken(withToken)] }),
  );
}

test("grpc-web: a report is uploaded, listed, and its progress followed", { skip }, async () => {
  const { security } = browserClients();
  const created = await security.createScan({
    scope: { repositoryId: `e2e-typescript-${run}`, branch: "main", commitSha: "c0ffee" },
    report: { contentType: "application/sarif+json", data: sarif(["xss", "eval"]) },
  });
  assert.equal(created.scan.summary.new, 2n);

  const listed = await security.listVulnerabilities({ repositoryId: `e2e-typescript-${run}` });
  assert.equal(listed.totalSize, 2n);
  assert.deepEqual(listed.vulnerabilities.map((v) => v.ruleId).sort(), ["eval", "xss"]);

  const phases = [];
  for await (const update of security.watchScan({ id: created.scan.id })) {
    phases.push(update.progress.phase);
  }
  assert.equal(phases.at(-1), ScanPhase.COMPLETED);
});

test("gRPC from Node: an upload streams its progress to the end", { skip }, async () => {
  const { security } = createSecureFlowClients(
    createGrpcTransport({ baseUrl, interceptors: [bearerToken(token)] }),
  );
  const report = sarif(["sqli", "ssrf", "xxe"]);
  async function* parts() {
    yield {
      part: {
        case: "header",
        value: {
          scope: { repositoryId: `e2e-typescript-stream-${run}`, branch: "main" },
          fileName: "eslint.sarif",
          sizeBytes: BigInt(report.length),
        },
      },
    };
    for (let offset = 0; offset < report.length; offset += 64) {
      yield { part: { case: "chunk", value: report.slice(offset, offset + 64) } };
    }
  }
  const updates = [];
  for await (const update of security.ingestReport(parts())) {
    updates.push(update.progress);
  }
  const phases = updates.map((progress) => progress.phase);
  assert.ok(phases.includes(ScanPhase.RECEIVING), phases.join(","));
  assert.ok(phases.includes(ScanPhase.PARSING), phases.join(","));
  const last = updates.at(-1);
  assert.equal(last.phase, ScanPhase.COMPLETED);
  assert.equal(last.summary.new, 3n);
  assert.equal(last.format, "sarif");
});

test("a bad token is refused as UNAUTHENTICATED", { skip }, async () => {
  const { security } = browserClients("sft_not_a_real_token_000000000");
  await assert.rejects(security.listVulnerabilities({}), (error) => {
    assert.ok(error instanceof ConnectError);
    assert.equal(error.code, Code.Unauthenticated);
    return true;
  });
});
