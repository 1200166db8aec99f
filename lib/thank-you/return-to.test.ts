import { describe, expect, it } from "vitest";
import { returnPath } from "./return-to";

describe("returnPath", () => {
  it("goes back to a page of Rapport", () => {
    expect(returnPath("/today", "c1")).toBe("/today");
    expect(returnPath("/pipeline?tag=vip", "c1")).toBe("/pipeline?tag=vip");
  });

  it.each([undefined, "", "today", "https://evil.example/today", "//evil.example", "/\\evil.example", "javascript:alert(1)", ["/today", "/x"]])(
    "falls back to the contact's page for %j",
    (from) => {
      expect(returnPath(from, "c1")).toBe("/contacts/c1");
    },
  );
});
