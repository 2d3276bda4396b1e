import { describe, expect, it } from "vitest";
import { ConnectError, Code } from "@connectrpc/connect";
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
