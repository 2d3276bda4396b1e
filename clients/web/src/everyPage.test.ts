import { describe, expect, it } from "vitest";
import { everyPage } from "./api";

describe("everyPage", () => {
  it("asks for page after page until there is no next token, and keeps their order", async () => {
    const pages: Record<string, { users: string[]; nextPageToken: string; totalSize: number }> = {
      "": { users: ["ada", "bob"], nextPageToken: "t1", totalSize: 5 },
      t1: { users: ["cy", "di"], nextPageToken: "t2", totalSize: 5 },
      t2: { users: ["ed"], nextPageToken: "", totalSize: 5 },
    };
    const asked: string[] = [];
    const every = await everyPage("users", async (token: string) => {
      asked.push(token);
      return pages[token];
    });
    expect(asked).toEqual(["", "t1", "t2"]);
    expect(every).toEqual({ users: ["ada", "bob", "cy", "di", "ed"], nextPageToken: "", totalSize: 5 });
  });

  it("asks once when the first page is the last", async () => {
    let calls = 0;
    const every = await everyPage("items", async (_token: string) => {
      calls += 1;
      return { items: [1, 2], nextPageToken: "" };
    });
    expect(calls).toBe(1);
    expect(every.items).toEqual([1, 2]);
  });

  it("fails as the page that failed", async () => {
    await expect(
      everyPage("items", async (token: string) => {
        if (token) throw new Error("page 2 refused");
        return { items: [1], nextPageToken: "next" };
      }),
    ).rejects.toThrow("page 2 refused");
  });
});
