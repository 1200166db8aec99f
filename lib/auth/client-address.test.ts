// The address the sign-in and sign-up limits count: the right-most X-Forwarded-For entry (see client-address.ts).
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  it("is the address next start adds when the client sent none", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.9" }))).toBe("198.51.100.9");
  });

  it("is the right-most hop: what a client wrote to its left cannot choose the address", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 198.51.100.9" })).toBe("198.51.100.9");
    expect(clientAddress({ "x-forwarded-for": ["1.2.3.4", "198.51.100.9"] })).toBe("198.51.100.9");
    expect(clientAddress(new Headers([["x-forwarded-for", "10.0.0.1"], ["x-forwarded-for", "198.51.100.9"]]))).toBe("198.51.100.9");
  });

  it("counts an IPv6 client by its /64, so that it cannot take a fresh address for every attempt", () => {
    expect(clientAddress({ "x-forwarded-for": "2001:DB8:0:12::1" })).toBe("2001:db8:0:12::/64");
    expect(clientAddress({ "x-forwarded-for": "2001:0db8:0000:0012:ffff:1:2:3" })).toBe("2001:db8:0:12::/64");
    expect(clientAddress({ "x-forwarded-for": "2001:db8:0:13::1" })).toBe("2001:db8:0:13::/64");
    expect(clientAddress({ "x-forwarded-for": "2001:db8::" })).toBe("2001:db8:0:0::/64");
    expect(clientAddress({ "x-forwarded-for": "::1" })).toBe("0:0:0:0::/64");
    expect(clientAddress({ "x-forwarded-for": "64:ff9b:1::10.0.0.1" })).toBe("64:ff9b:1:0::/64");
    expect(clientAddress({ "x-forwarded-for": "1:2::3:4:5:10.0.0.1" })).toBe("1:2:0:3::/64"); // the IPv4 tail is two groups
  });

  it("counts an IPv4 client the same whether a dual-stack socket reported it as IPv6 or not", () => {
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
  });

  it("is unknown without a header or with one that is not an address", () => {
    expect(clientAddress(undefined)).toBe("unknown");
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": " , " })).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, <script>" })).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "x".repeat(10_000) })).toBe("unknown");
  });
});
