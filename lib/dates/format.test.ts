import { describe, expect, it } from "vitest";
import { formatAbsolute, formatRelative } from "./format";

describe("formatRelative", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  it.each([
    ["2026-11-26T11:59:30Z", "just now"],
    ["2026-11-26T11:00:00Z", "1 hour ago"],
    ["2026-11-25T12:00:00Z", "yesterday"],
    ["2026-11-23T12:00:00Z", "3 days ago"],
    ["2026-11-12T12:00:00Z", "2 weeks ago"],
    ["2026-11-27T12:00:00Z", "tomorrow"],
    ["2025-11-20T12:00:00Z", "last year"],
  ])("%s is %s", (iso, expected) => {
    expect(formatRelative(new Date(iso), now)).toBe(expected);
  });
});

describe("formatAbsolute", () => {
  it("shows the time in the user's timezone", () => {
    const date = new Date("2026-11-26T23:30:00Z");
    expect(formatAbsolute(date, "UTC")).toBe("26 Nov 2026, 23:30");
    expect(formatAbsolute(date, "Europe/Berlin")).toBe("27 Nov 2026, 00:30");
  });
});
