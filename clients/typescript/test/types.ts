// Type-checked (not run) by `tsc --noEmit` in scripts/e2e.sh: the package's
// declarations describe what src/index.js exports.
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { bearerToken, createSecureFlowClients, services, SecurityService } from "../src/index.js";
import { Severity } from "../src/gen/secureflow/security/v1/vulnerability_pb.js";

export async function criticalCount(baseUrl: string, token: string): Promise<bigint> {
  const transport = createGrpcWebTransport({ baseUrl, interceptors: [bearerToken(token)] });
  const { security } = createSecureFlowClients(transport);
  const page = await security.listVulnerabilities({ severities: [Severity.CRITICAL], pageSize: 10 });
  const title: string | undefined = page.vulnerabilities[0]?.title;
  void title;
  return page.totalSize;
}

export const sameDescriptor: boolean = services.security === SecurityService;
