import { describe, expect, it } from "vitest";
import { EMPTY_POLICY, formField, policySchema, toPolicy } from "./policies";

describe("the policy form", () => {
  it("places the server's field paths at the form's fields", () => {
    expect(formField("policy.name")).toBe("name");
    expect(formField("policy.scope.branch_patterns[2]")).toBe("branchPatterns");
    expect(formField("policy.conditions[0].threshold.max_count")).toBe("maxCount");
    expect(formField("policy.conditions[0].cel.expression")).toBeUndefined();
  });

  it("becomes one threshold condition, branch patterns split", () => {
    const policy = toPolicy({ ...EMPTY_POLICY, name: " gate ", branchPatterns: "main, release/* ,", maxCount: 2 });
    expect(policy.name).toBe("gate");
    expect(policy.scope?.branchPatterns).toEqual(["main", "release/*"]);
    const rule = policy.conditions?.[0]?.rule;
    expect(rule?.case).toBe("threshold");
    expect(rule?.case === "threshold" && rule.value.maxCount).toBe(2n);
  });

  it("needs a name", () => {
    const checked = policySchema.safeParse({ ...EMPTY_POLICY, name: "  " });
    expect(checked.success).toBe(false);
  });
});
