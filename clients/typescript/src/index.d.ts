import type { Client, Interceptor, Transport } from "@connectrpc/connect";
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
export declare const services: {
  identity: typeof IdentityService;
  repository: typeof RepositoryService;
  pipeline: typeof PipelineService;
  security: typeof SecurityService;
  testing: typeof TestingService;
  workflow: typeof WorkflowService;
  analytics: typeof AnalyticsService;
  hr: typeof HrService;
  notification: typeof NotificationService;
};

/** A client per service. */
export type SecureFlowClients = {
  [Name in keyof typeof services]: Client<(typeof services)[Name]>;
};

/** An interceptor adding `authorization: Bearer <token>` to every call. */
export declare function bearerToken(token: string | undefined): Interceptor;

/** A client for every service over `transport`. */
export declare function createSecureFlowClients(transport: Transport): SecureFlowClients;

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
