// grpc-web acceptance with a client this project did not write: Connect's
// grpc-web transport for Node (@connectrpc/connect-node) over HTTP/1.1, with
// message types built at run time from the exported descriptor set (no code
// generation). Calls a unary RPC and a server-streaming one against a running
// secureflowd. (Connect speaks binary grpc-web; the text encoding is covered by
// services/secureflowd/tests/grpc_web.rs.)
// Then, against a second secureflowd limited to 2 requests a minute: over the
// limit a call fails with RESOURCE_EXHAUSTED and the server's message (an
// HTTP 429 would reach a grpc-web client as UNAVAILABLE).
// Usage: node client.mjs <host:port> <token> <descriptor set file> <limited host:port>
import { readFileSync } from "node:fs";
import { strict as assert } from "node:assert";
import { create, createFileRegistry, fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { createClient, ConnectError, Code } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-node";

const [address, token, descriptors, limited] = process.argv.slice(2);
const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, readFileSync(descriptors)));
const service = registry.getService("secureflow.security.v1.SecurityService");
const message = (name, init) => create(registry.getMessage(name), init);

for (const httpVersion of ["1.1", "2"]) {
  const transport = createGrpcWebTransport({ baseUrl: `http://${address}`, httpVersion, useBinaryFormat: true });
  const client = createClient(service, transport);
  const headers = { authorization: `Bearer ${token}` };

  // Unary: upload a report as one body.
  const sarif = JSON.stringify({
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "node-grpc-web" } }, results: [
      { ruleId: "js-eval", level: "error", message: { text: "eval of user input" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "app.js" }, region: { startLine: 3 } } }] },
    ] }],
  });
  const created = await client.createScan(
    message("secureflow.security.v1.CreateScanRequest", {
      scope: message("secureflow.security.v1.ScanScope", { repositoryId: "node-web", branch: "main" }),
      report: message("google.api.HttpBody", { contentType: "application/json", data: new TextEncoder().encode(sarif) }),
    }),
    { headers },
  );
  assert.equal(created.scan.format, "sarif");
  assert.equal(Number(created.scan.summary.findingsParsed), 1);

  // Server streaming: watch the finished scan.
  const phases = [];
  for await (const update of client.watchScan(message("secureflow.security.v1.WatchScanRequest", { id: created.scan.id }), { headers })) {
    phases.push(update.progress.phase);
  }
  const completed = registry.getEnum("secureflow.security.v1.ScanPhase").values.find((v) => v.name === "SCAN_PHASE_COMPLETED").number;
  assert.deepEqual(phases, [completed]);

  // Errors arrive as Connect errors with the gRPC code.
  await assert.rejects(
    client.listScans(message("secureflow.security.v1.ListScansRequest", {})),
    (error) => error instanceof ConnectError && error.code === Code.Unauthenticated,
  );
  console.log(`grpc-web over HTTP/${httpVersion}: unary, server stream and error OK`);
}

{
  const transport = createGrpcWebTransport({ baseUrl: `http://${limited}`, httpVersion: "1.1", useBinaryFormat: true });
  const client = createClient(service, transport);
  const headers = { authorization: `Bearer ${token}` };
  let refused;
  for (let call = 0; call < 5 && !refused; call += 1) {
    try {
      await client.listScans(message("secureflow.security.v1.ListScansRequest", {}), { headers });
    } catch (error) {
      refused = ConnectError.from(error);
    }
  }
  assert.ok(refused, "5 calls at a limit of 2 a minute were all answered");
  assert.equal(refused.code, Code.ResourceExhausted, String(refused));
  assert.match(refused.rawMessage, /rate limit of 2 requests per minute exceeded; retry in \d+ s/);
  console.log("grpc-web over the rate limit: RESOURCE_EXHAUSTED with the server's message OK");
}
