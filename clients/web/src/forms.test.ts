import { describe, expect, it } from "vitest";
import { ConnectError, Code } from "@connectrpc/connect";
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import { badRequestViolations, explain } from "./api";
import { byLastName, lastName, placeRefusal } from "./forms";

describe("server refusals in forms", () => {
  it("names fields as the forms do", () => {
    expect(lastName("user.display_name")).toBe("displayName");
    expect(lastName("permissions[2]")).toBe("permissions");
    expect(lastName("email")).toBe("email");
  });

  it("puts each named problem at its field, and the rest at the form", () => {
    const placed: [string, string][] = [];
    const setError = (field: string, error: { message?: string }) => placed.push([field, error.message ?? ""]);
    const fieldOf = byLastName<{ email: string; displayName: string }>(["email", "displayName"]);
    const refusal = new ConnectError("invalid request: user.email: is not an e-mail address", Code.InvalidArgument);
    expect(placeRefusal(refusal, setError as never, fieldOf)).toBeUndefined();
    expect(placed).toEqual([["email", "is not an e-mail address"]]);

    const elsewhere = new ConnectError("invalid request: user.role_ids[0]: no such role", Code.InvalidArgument);
    expect(placeRefusal(elsewhere, setError as never, fieldOf)).toBe("invalid request: user.role_ids[0]: no such role");
    const conflict = new ConnectError("a user with this e-mail exists", Code.AlreadyExists);
    expect(placeRefusal(conflict, setError as never, fieldOf)).toBe("a user with this e-mail exists");
  });
});

describe("google.rpc.BadRequest details", () => {
  /** A BadRequest on the wire, as the server sends it in grpc-status-details-bin. */
  function badRequest(violations: [string, string][]): Uint8Array {
    const writer = new BinaryWriter();
    for (const [field, description] of violations) {
      writer.tag(1, WireType.LengthDelimited).fork();
      writer.tag(1, WireType.LengthDelimited).string(field);
      writer.tag(2, WireType.LengthDelimited).string(description);
      // A field this reader does not know (a newer server's) is skipped.
      writer.tag(3, WireType.Varint).int32(7);
      writer.join();
    }
    return writer.finish();
  }

  it("are read field by field, even when the message says nothing parseable", () => {
    const value = badRequest([
      ["policy.conditions[1].cel.expression", "does not parse:\n| new_findings.exists(\n| ...^"],
      ["policy.name", "must not be empty"],
    ]);
    expect(badRequestViolations(value)).toEqual([
      { field: "policy.conditions[1].cel.expression", description: "does not parse:\n| new_findings.exists(\n| ...^" },
      { field: "policy.name", description: "must not be empty" },
    ]);
    const refusal = new ConnectError("the policy is not valid", Code.InvalidArgument, undefined, [
      { type: "google.rpc.BadRequest", value } as never,
    ]);
    expect(explain(refusal).fields.map((problem) => problem.field)).toEqual([
      "policy.conditions[1].cel.expression",
      "policy.name",
    ]);
  });

  it("that do not decode leave the message to say it", () => {
    const refusal = new ConnectError("invalid request: user.email: taken", Code.InvalidArgument, undefined, [
      { type: "google.rpc.BadRequest", value: new Uint8Array([0x0a, 0x05, 0x01]) } as never,
    ]);
    expect(explain(refusal).fields).toEqual([{ field: "user.email", description: "taken" }]);
  });
});
