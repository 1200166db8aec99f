import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/http/same-origin";

const post = (headers: Record<string, string>) => new Request("http://localhost:3000/export/restore", { method: "POST", headers });

describe("isSameOrigin", () => {
  it("accepts a post from a page of this server", () => {
    expect(isSameOrigin(post({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOrigin(post({ origin: "https://Rapport.example", host: "rapport.example" }))).toBe(true);
  });

  it("accepts the public host a proxy names in X-Forwarded-Host", () => {
    expect(isSameOrigin(post({ origin: "https://rapport.example", host: "127.0.0.1:3000", "x-forwarded-host": "rapport.example, 10.0.0.1" }))).toBe(true);
  });

  it("refuses a post without an Origin, which no browser sends", () => {
    expect(isSameOrigin(post({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "", host: "localhost:3000" }))).toBe(false);
  });

  it("refuses another site, another port, a look-alike host, an opaque or malformed origin", () => {
    for (const origin of ["https://evil.example", "http://localhost:3001", "http://localhost:3000.evil.example", "http://evil.localhost:3000", "null", "localhost:3000", "not a url"]) {
      expect(isSameOrigin(post({ origin, host: "localhost:3000" })), origin).toBe(false);
    }
  });

  it("refuses when the server's own host is unknown", () => {
    expect(isSameOrigin(new Request("http://localhost:3000/", { method: "POST", headers: { origin: "http://localhost:3000" } }))).toBe(false);
  });
});
