import { VulnerabilityStatus } from "@secureflow/client/gen/secureflow/security/v1/vulnerability_pb.js";

/** A status as people read it. */
export function statusName(status: VulnerabilityStatus): string {
  switch (status) {
    case VulnerabilityStatus.OPEN:
      return "Open";
    case VulnerabilityStatus.IN_PROGRESS:
      return "In progress";
    case VulnerabilityStatus.RESOLVED:
      return "Resolved";
    case VulnerabilityStatus.FALSE_POSITIVE:
      return "False positive";
    case VulnerabilityStatus.ACCEPTED_RISK:
      return "Accepted risk";
    default:
      return "—";
  }
}
