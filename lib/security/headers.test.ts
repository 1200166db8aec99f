import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, staticSecurityHeaders, strictTransportSecurity } from "./headers";

const directives = (policy: string) => new Map(policy.split("; ").map((part) => [part.split(" ")[0], part.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("lets only this request's scripts run in production: no inline script, no eval, no framing", () => {
    const policy = directives(contentSecurityPolicy("abc123==", { dev: false, https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only for next dev's hot reload, and upgrades requests over HTTPS", () => {
    expect(directives(contentSecurityPolicy("n", { dev: true, https: false })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy("n", { dev: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("createNonce", () => {
  it("gives 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("the other headers", () => {
  it("always include the referrer, sniffing, framing and permissions rules", () => {
    expect(Object.fromEntries(staticSecurityHeaders().map(({ key, value }) => [key, value]))).toMatchObject({
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Permissions-Policy": expect.stringContaining("camera=()"),
    });
  });

  it("send HSTS only when the app's address is HTTPS", () => {
    expect(strictTransportSecurity("https://rapport.example")).toMatch(/^max-age=\d+/);
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});
