import { describe, expect, it } from "vitest";
import { create } from "@bufbuild/protobuf";
import { PolicySchema, Verdict, FindingSet } from "@secureflow/client/gen/secureflow/security/v1/policy_pb.js";
import { Severity } from "@secureflow/client/gen/secureflow/security/v1/vulnerability_pb.js";
import {
  describeCondition,
  EMPTY_POLICY,
  formField,
  fromPolicy,
  NEW_CONDITION,
  policySchema,
  RULE_KINDS,
  toPolicy,
  type PolicyForm,
} from "./policies";

const withConditions = (...conditions: Partial<PolicyForm["conditions"][number]>[]): PolicyForm => ({
  ...EMPTY_POLICY,
  name: "gate",
  conditions: conditions.map((condition) => ({ ...NEW_CONDITION, ...condition })),
});

describe("the policy editor", () => {
  it("places the server's field paths at the editor's fields", () => {
    expect(formField("policy.name")).toBe("name");
    expect(formField("policy.scope.branch_patterns[2]")).toBe("branchPatterns");
    expect(formField("policy.conditions[0].threshold.max_count")).toBe("conditions.0.maxCount");
    expect(formField("policy.conditions[3].cel.expression")).toBe("conditions.3.expression");
    expect(formField("policy.conditions[1].risk_score.threshold")).toBe("conditions.1.score");
    expect(formField("policy.conditions[1].license_deny.denied_licenses")).toBe("conditions.1.licenses");
    expect(formField("policy.conditions[2]")).toBe("conditions.2.rule");
    expect(formField("policy.conditions[2].on_violation")).toBe("conditions.2.onViolation");
    // No field takes it: the form's own message.
    expect(formField("policy.conditions")).toBeUndefined();
    expect(formField("policy.organization_id")).toBeUndefined();
  });

  it("makes each rule kind the API's rule, with only that kind's fields", () => {
    const policy = toPolicy(
      {
        ...withConditions(
          { rule: "threshold", maxCount: 2, tool: " semgrep " },
          { rule: "riskScore", score: 80, onViolation: Verdict.WARN },
          { rule: "licenseDeny", licenses: "AGPL-3.0-only, ,GPL-3.0-only" },
          { rule: "cel", expression: " findings.size() > 3 ", message: "too many" },
          { rule: "slaBreach", minSeverity: Severity.CRITICAL },
        ),
        name: " gate ",
        branchPatterns: "main, release/* ,",
      },
      "p1",
    );
    expect(policy.id).toBe("p1");
    expect(policy.name).toBe("gate");
    expect(policy.scope?.branchPatterns).toEqual(["main", "release/*"]);
    const rules = policy.conditions?.map((condition) => condition.rule) ?? [];
    expect(rules.map((rule) => rule?.case)).toEqual(["threshold", "riskScore", "licenseDeny", "cel", "slaBreach"]);
    expect(rules[0]?.value).toMatchObject({ maxCount: 2n, tool: "semgrep", minSeverity: Severity.HIGH });
    expect(rules[1]?.value).toEqual({ findingSet: FindingSet.NEW, threshold: 80 });
    expect(policy.conditions?.[1]?.onViolation).toBe(Verdict.WARN);
    expect(rules[2]?.value).toEqual({ deniedLicenses: ["AGPL-3.0-only", "GPL-3.0-only"] });
    expect(rules[3]?.value).toEqual({ expression: "findings.size() > 3", message: "too many" });
    expect(rules[4]?.value).toEqual({ minSeverity: Severity.CRITICAL });
  });

  it("edits a stored policy as it was stored", () => {
    const form = withConditions(
      ...RULE_KINDS.map(([rule]) => ({ rule, licenses: "MIT", expression: "true", score: 55 })),
    );
    const stored = create(PolicySchema, toPolicy({ ...form, enabled: false, repositoryId: "r1" }, "p1"));
    const again = fromPolicy(stored);
    expect(again.enabled).toBe(false);
    expect(again.repositoryId).toBe("r1");
    expect(toPolicy(again, "p1")).toEqual(toPolicy({ ...form, enabled: false, repositoryId: "r1" }, "p1"));
  });

  it("says each condition in words", () => {
    const stored = create(
      PolicySchema,
      toPolicy(
        withConditions(
          { rule: "threshold", maxCount: 0 },
          { rule: "anySecret", findingSet: FindingSet.TOTAL, onViolation: Verdict.WARN },
          { rule: "licenseDeny", licenses: "AGPL-3.0-only, SSPL-1.0" },
        ),
      ),
    );
    expect(stored.conditions.map(describeCondition)).toEqual([
      "FAIL when more than 0 new findings at or above High",
      "WARN when any open secret",
      "FAIL when a component licensed AGPL-3.0-only or SSPL-1.0",
    ]);
  });

  it("checks what the server would refuse, at the field", () => {
    const problems = (form: PolicyForm) => {
      const checked = policySchema.safeParse(form);
      return checked.success ? [] : checked.error.issues.map((issue) => issue.path.join("."));
    };
    expect(problems({ ...EMPTY_POLICY, name: "  " })).toEqual(["name"]);
    expect(problems(withConditions({ rule: "licenseDeny", licenses: " , " }))).toEqual(["conditions.0.licenses"]);
    expect(problems(withConditions({}, { rule: "cel", expression: "" }))).toEqual(["conditions.1.expression"]);
    expect(problems(withConditions({ rule: "riskScore", score: 101 }))).toEqual(["conditions.0.score"]);
    expect(problems(withConditions({ maxCount: -1 }))).toEqual(["conditions.0.maxCount"]);
    expect(problems({ ...EMPTY_POLICY, name: "gate", conditions: [] })).toEqual(["conditions"]);
  });
});
