import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it.each(["/today", "/contacts?tag=a#x", "/pipeline?tag=vip", "/contacts/c1/thank?from=%2Ftoday", "/contacts?q=caf%C3%A9", "/login"])(
    "keeps the page of this site %j",
    (target) => {
      expect(safeReturnPath(target, "/fallback")).toBe(target);
    },
  );

  it.each([
    // not a path
    undefined,
    null,
    42,
    ["/today", "/x"],
    "",
    "today",
    "contacts/c1",
    "./today",
    "../today",
    "%2F%2Fevil.example",
    // absolute URLs and schemes
    "https://evil.example",
    "http://evil.example/today",
    "HTTPS://evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    // protocol-relative, in every spelling a browser accepts
    "//evil.example",
    "///evil.example",
    " //evil.example",
    "/\\evil.example",
    "/\\",
    "/\\\\",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u0000/evil.example",
    // encoded once more than the browser decodes
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/%2F%2Fevil.example",
    // dot segments that resolve to "//evil.example"
    "/x/..//evil.example",
    "/.//evil.example",
    "/x/%2e%2e//evil.example",
    "/%2E%2E//evil.example",
    // malformed encoding
    "/contacts%E0%A4%A",
  ])("falls back for %j", (target) => {
    expect(safeReturnPath(target, "/fallback")).toBe("/fallback");
  });

  it("gives back what a browser would resolve, never a second host", () => {
    expect(safeReturnPath("/contacts/../today", "/fallback")).toBe("/today");
    expect(safeReturnPath("/contacts?q=a b", "/fallback")).toBe("/contacts?q=a%20b");
  });
});
