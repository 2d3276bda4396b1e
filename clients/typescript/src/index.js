// SecureFlow clients: one Connect-ES client per service over a transport the caller
// picks — grpc-web in browsers (@connectrpc/connect-web), gRPC or grpc-web in Node
// (@connectrpc/connect-node) — with the token sent as `authorization: Bearer …`.
// Messages and service descriptors are generated from the contracts (src/gen/).

import { createClient } from "@connectrpc/connect";
import { AnalyticsService } from "./gen/secureflow/analytics/v1/analytics_service_pb.js";
import { HrService } from "./gen/secureflow/hr/v1/hr_service_pb.js";
import { IdentityService } from "./gen/secureflow/identity/v1/identity_service_pb.js";
import { NotificationService } from "./gen/secureflow/notification/v1/notification_service_pb.js";
import { PipelineService } from "./gen/secureflow/pipeline/v1/pipeline_service_pb.js";
import { RepositoryService } from "./gen/secureflow/repository/v1/repository_service_pb.js";
import { SecurityService } from "./gen/secureflow/security/v1/security_service_pb.js";
import { TestingService } from "./gen/secureflow/testing/v1/testing_service_pb.js";
import { WorkflowService } from "./gen/secureflow/workflow/v1/workflow_service_pb.js";

/** The service descriptors, by short name. */
export const services = {
  identity: IdentityService,
  repository: RepositoryService,
  pipeline: PipelineService,
  security: SecurityService,
  testing: TestingService,
  workflow: WorkflowService,
  analytics: AnalyticsService,
  hr: HrService,
  notification: NotificationService,
};

/** An interceptor adding `authorization: Bearer <token>` to every call. */
export function bearerToken(token) {
  return (next) => async (request) => {
    if (token) {
      request.header.set("authorization", `Bearer ${token}`);
    }
    return next(request);
  };
}

/** A client for every service over `transport`. */
export function createSecureFlowClients(transport) {
  return Object.fromEntries(
    Object.entries(services).map(([name, service]) => [name, createClient(service, transport)]),
  );
}

export {
  AnalyticsService,
  HrService,
  IdentityService,
  NotificationService,
  PipelineService,
  RepositoryService,
  SecurityService,
  TestingService,
  WorkflowService,
};
