// A policy as the form edits it (one threshold condition; the API takes more,
// and policies with other rules are listed as they are), and the server's
// field paths mapped back to the form's fields.

import { z } from "zod";
import type { MessageInitShape } from "@bufbuild/protobuf";
import { FindingSet, Verdict, type PolicySchema } from "@secureflow/client/gen/secureflow/security/v1/policy_pb.js";
import { Severity } from "@secureflow/client/gen/secureflow/security/v1/vulnerability_pb.js";

export const policySchema = z.object({
  name: z.string().trim().min(1, "Name the policy"),
  description: z.string(),
  repositoryId: z.string().trim(),
  branchPatterns: z.string(),
  minSeverity: z.nativeEnum(Severity),
  maxCount: z.coerce.number().int("A whole number"),
  findingSet: z.nativeEnum(FindingSet),
  onViolation: z.nativeEnum(Verdict),
});

export type PolicyForm = z.infer<typeof policySchema>;

export const EMPTY_POLICY: PolicyForm = {
  name: "",
  description: "",
  repositoryId: "",
  branchPatterns: "",
  minSeverity: Severity.HIGH,
  maxCount: 0,
  findingSet: FindingSet.NEW,
  onViolation: Verdict.FAIL,
};

/** The form as the API's policy. */
export function toPolicy(form: PolicyForm): MessageInitShape<typeof PolicySchema> {
  return {
    name: form.name.trim(),
    description: form.description.trim(),
    enabled: true,
    scope: {
      repositoryId: form.repositoryId.trim(),
      branchPatterns: form.branchPatterns
        .split(",")
        .map((pattern) => pattern.trim())
        .filter(Boolean),
    },
    conditions: [
      {
        onViolation: form.onViolation,
        rule: {
          case: "threshold",
          value: { findingSet: form.findingSet, minSeverity: form.minSeverity, maxCount: BigInt(form.maxCount) },
        },
      },
    ],
  };
}

/** The form field a server's field path (`policy.scope.branch_patterns[0]`) is about. */
export function formField(path: string): keyof PolicyForm | undefined {
  const at = path.replace(/^policy\./, "").replace(/\[\d+\]/g, "");
  const fields: Record<string, keyof PolicyForm> = {
    name: "name",
    description: "description",
    "scope.repository_id": "repositoryId",
    "scope.branch_patterns": "branchPatterns",
    "conditions.threshold.max_count": "maxCount",
    "conditions.threshold.min_severity": "minSeverity",
    "conditions.threshold.finding_set": "findingSet",
    "conditions.on_violation": "onViolation",
    conditions: "maxCount",
  };
  return fields[at];
}
