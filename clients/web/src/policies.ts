// A policy as the editor holds it: its scope and any number of conditions, each
// one of the rule kinds the API has (a flat record per condition, the fields of
// its kind used); the API's policy made from it and back; a condition said in
// words; and the server's field paths mapped back to the editor's fields.

import { z } from "zod";
import type { MessageInitShape } from "@bufbuild/protobuf";
import {
  FindingSet,
  Verdict,
  type Condition,
  type ConditionSchema,
  type Policy,
  type PolicySchema,
} from "@secureflow/client/gen/secureflow/security/v1/policy_pb.js";
import { FindingKind, Severity } from "@secureflow/client/gen/secureflow/security/v1/vulnerability_pb.js";
import { SEVERITY_NAMES } from "./format";

/** The rule kinds a condition can be, by the API's `oneof rule` case, with their names. */
export const RULE_KINDS = [
  ["threshold", "More findings than allowed"],
  ["anySecret", "Any secret"],
  ["knownExploited", "Any known exploited CVE (KEV)"],
  ["riskScore", "Any finding over a risk score"],
  ["slaBreach", "Any finding past its SLA"],
  ["licenseDeny", "A denied licence"],
  ["cel", "CEL expression"],
] as const;

export type RuleKind = (typeof RULE_KINDS)[number][0];

/** The finding kinds a threshold can be limited to (0: every kind). */
export const FINDING_KINDS: [FindingKind, string][] = [
  [FindingKind.UNSPECIFIED, "Any kind"],
  [FindingKind.SAST, "Code (SAST)"],
  [FindingKind.DEPENDENCY, "Dependency"],
  [FindingKind.SECRET, "Secret"],
  [FindingKind.IAC, "Infrastructure as code"],
  [FindingKind.DAST, "Running application (DAST)"],
  [FindingKind.CONTAINER, "Container image"],
];

/** Splits a comma-separated list, dropping blanks. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

const conditionSchema = z
  .object({
    rule: z.enum(RULE_KINDS.map(([kind]) => kind) as [RuleKind, ...RuleKind[]]),
    onViolation: z.nativeEnum(Verdict),
    findingSet: z.nativeEnum(FindingSet),
    minSeverity: z.nativeEnum(Severity),
    tool: z.string(),
    kind: z.nativeEnum(FindingKind),
    maxCount: z.coerce.number().int("A whole number").min(0, "Not negative"),
    score: z.coerce.number().min(0, "From 0 to 100").max(100, "From 0 to 100"),
    licenses: z.string(),
    expression: z.string(),
    message: z.string(),
  })
  .superRefine((condition, context) => {
    if (condition.rule === "licenseDeny" && splitList(condition.licenses).length === 0) {
      context.addIssue({ code: "custom", path: ["licenses"], message: "Name at least one licence" });
    }
    if (condition.rule === "cel" && !condition.expression.trim()) {
      context.addIssue({ code: "custom", path: ["expression"], message: "Write the expression" });
    }
  });

export type ConditionForm = z.infer<typeof conditionSchema>;

export const policySchema = z.object({
  name: z.string().trim().min(1, "Name the policy"),
  description: z.string(),
  repositoryId: z.string().trim(),
  branchPatterns: z.string(),
  enabled: z.boolean(),
  conditions: z.array(conditionSchema).min(1, "Add a condition"),
});

export type PolicyForm = z.infer<typeof policySchema>;

export const NEW_CONDITION: ConditionForm = {
  rule: "threshold",
  onViolation: Verdict.FAIL,
  findingSet: FindingSet.NEW,
  minSeverity: Severity.HIGH,
  tool: "",
  kind: FindingKind.UNSPECIFIED,
  maxCount: 0,
  score: 70,
  licenses: "",
  expression: "",
  message: "",
};

export const EMPTY_POLICY: PolicyForm = {
  name: "",
  description: "",
  repositoryId: "",
  branchPatterns: "",
  enabled: true,
  conditions: [NEW_CONDITION],
};

/** One condition as the API takes it (only its kind's fields). */
function toCondition(form: ConditionForm): MessageInitShape<typeof ConditionSchema> {
  const findingSet = form.findingSet;
  const rule = (() => {
    switch (form.rule) {
      case "threshold":
        return {
          case: "threshold" as const,
          value: {
            findingSet,
            minSeverity: form.minSeverity,
            tool: form.tool.trim(),
            kind: form.kind,
            maxCount: BigInt(form.maxCount),
          },
        };
      case "anySecret":
        return { case: "anySecret" as const, value: { findingSet } };
      case "knownExploited":
        return { case: "knownExploited" as const, value: { findingSet } };
      case "riskScore":
        return { case: "riskScore" as const, value: { findingSet, threshold: form.score } };
      case "slaBreach":
        return { case: "slaBreach" as const, value: { minSeverity: form.minSeverity } };
      case "licenseDeny":
        return { case: "licenseDeny" as const, value: { deniedLicenses: splitList(form.licenses) } };
      case "cel":
        return { case: "cel" as const, value: { expression: form.expression.trim(), message: form.message.trim() } };
    }
  })();
  return { onViolation: form.onViolation, rule };
}

/** The editor's policy as the API's (`id` set when updating). */
export function toPolicy(form: PolicyForm, id = ""): MessageInitShape<typeof PolicySchema> {
  return {
    id,
    name: form.name.trim(),
    description: form.description.trim(),
    enabled: form.enabled,
    scope: { repositoryId: form.repositoryId.trim(), branchPatterns: splitList(form.branchPatterns) },
    conditions: form.conditions.map(toCondition),
  };
}

/** A stored condition as the editor holds it (the other kinds' fields at their defaults). */
export function fromCondition(condition: Condition): ConditionForm {
  const form: ConditionForm = { ...NEW_CONDITION, onViolation: condition.onViolation || Verdict.FAIL };
  const rule = condition.rule;
  switch (rule.case) {
    case "threshold":
      return {
        ...form,
        rule: "threshold",
        findingSet: rule.value.findingSet || FindingSet.NEW,
        minSeverity: rule.value.minSeverity,
        tool: rule.value.tool,
        kind: rule.value.kind,
        maxCount: Number(rule.value.maxCount),
      };
    case "anySecret":
    case "knownExploited":
      return { ...form, rule: rule.case, findingSet: rule.value.findingSet || FindingSet.NEW };
    case "riskScore":
      return {
        ...form,
        rule: "riskScore",
        findingSet: rule.value.findingSet || FindingSet.NEW,
        score: rule.value.threshold,
      };
    case "slaBreach":
      return { ...form, rule: "slaBreach", minSeverity: rule.value.minSeverity };
    case "licenseDeny":
      return { ...form, rule: "licenseDeny", licenses: rule.value.deniedLicenses.join(", ") };
    case "cel":
      return { ...form, rule: "cel", expression: rule.value.expression, message: rule.value.message };
    default:
      return form;
  }
}

/** A stored policy as the editor holds it. */
export function fromPolicy(policy: Policy): PolicyForm {
  return {
    name: policy.name,
    description: policy.description,
    repositoryId: policy.scope?.repositoryId ?? "",
    branchPatterns: policy.scope?.branchPatterns.join(", ") ?? "",
    enabled: policy.enabled,
    conditions: policy.conditions.length ? policy.conditions.map(fromCondition) : [NEW_CONDITION],
  };
}

const atOrAbove = (severity: Severity) =>
  severity === Severity.UNSPECIFIED ? "" : ` at or above ${SEVERITY_NAMES[severity]}`;

/** A condition in words: `FAIL when more than 0 new findings at or above High`. */
export function describeCondition(condition: Condition): string {
  const verdict = condition.onViolation === Verdict.WARN ? "WARN" : "FAIL";
  const findings = (set: FindingSet) => (set === FindingSet.TOTAL ? "open" : "new");
  const rule = condition.rule;
  const what = (() => {
    switch (rule.case) {
      case "threshold": {
        const kind = FINDING_KINDS.find(([value]) => value === rule.value.kind && value !== FindingKind.UNSPECIFIED);
        const tool = rule.value.tool ? ` from ${rule.value.tool}` : "";
        const of = kind ? ` (${kind[1].toLowerCase()})` : "";
        return `more than ${rule.value.maxCount} ${findings(rule.value.findingSet)} findings${atOrAbove(rule.value.minSeverity)}${of}${tool}`;
      }
      case "anySecret":
        return `any ${findings(rule.value.findingSet)} secret`;
      case "knownExploited":
        return `any ${findings(rule.value.findingSet)} known exploited CVE`;
      case "riskScore":
        return `any ${findings(rule.value.findingSet)} finding with a risk score over ${rule.value.threshold}`;
      case "slaBreach":
        return `any finding${atOrAbove(rule.value.minSeverity)} past its SLA`;
      case "licenseDeny":
        return `a component licensed ${rule.value.deniedLicenses.join(" or ")}`;
      case "cel":
        return `\`${rule.value.expression}\``;
      default:
        return "a rule this version does not know";
    }
  })();
  return `${verdict} when ${what}`;
}

/** The editor's names of the API's rule fields, by rule (the API's field name → the editor's). */
const RULE_FIELDS: Record<string, [RuleKind, Record<string, keyof ConditionForm>]> = {
  threshold: [
    "threshold",
    { finding_set: "findingSet", min_severity: "minSeverity", tool: "tool", kind: "kind", max_count: "maxCount" },
  ],
  any_secret: ["anySecret", { finding_set: "findingSet" }],
  known_exploited: ["knownExploited", { finding_set: "findingSet" }],
  risk_score: ["riskScore", { finding_set: "findingSet", threshold: "score" }],
  sla_breach: ["slaBreach", { min_severity: "minSeverity" }],
  license_deny: ["licenseDeny", { denied_licenses: "licenses" }],
  cel: ["cel", { expression: "expression", message: "message" }],
};

/**
 * The editor field a server's field path is about: `policy.scope.branch_patterns[0]`
 * → `branchPatterns`, `policy.conditions[1].cel.expression` → `conditions.1.expression`.
 */
export function formField(path: string): string | undefined {
  const at = path.replace(/^policy\./, "");
  const condition = /^conditions\[(\d+)\](?:\.(\w+)(?:\.(\w+))?)?/.exec(at);
  if (condition) {
    const [, index, rule, field] = condition;
    if (!rule) return `conditions.${index}.rule`;
    if (rule === "on_violation") return `conditions.${index}.onViolation`;
    const known = RULE_FIELDS[rule];
    const name = known && field ? known[1][field] : undefined;
    return name ? `conditions.${index}.${name}` : `conditions.${index}.rule`;
  }
  const fields: Record<string, keyof PolicyForm> = {
    name: "name",
    description: "description",
    "scope.repository_id": "repositoryId",
    "scope.branch_patterns": "branchPatterns",
    enabled: "enabled",
  };
  return fields[at.replace(/\[\d+\]/g, "")];
}
