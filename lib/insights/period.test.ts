import { describe, expect, it } from "vitest";
import { todayIn } from "@/lib/dates/calendar";
import { parsePeriod, periodBounds, periodSearch, startOfDayIn } from "./period";

// 05:00 UTC on 28 November 2026: still the 27th in Los Angeles, already the 28th in Auckland.
const now = new Date("2026-11-28T05:00:00Z");
const LA = "America/Los_Angeles";
const AUCKLAND = "Pacific/Auckland";

describe("parsePeriod", () => {
  it("ends the presets today where the user is, today included", () => {
    expect(parsePeriod({ period: "30d" }, LA, now)).toEqual({ ok: true, period: { preset: "30d", from: "2026-10-29", to: "2026-11-27" } });
    expect(parsePeriod({ period: "30d" }, AUCKLAND, now)).toEqual({ ok: true, period: { preset: "30d", from: "2026-10-30", to: "2026-11-28" } });
    expect(parsePeriod({ period: "90d" }, LA, now)).toEqual({ ok: true, period: { preset: "90d", from: "2026-08-30", to: "2026-11-27" } });
    expect(parsePeriod({ period: "12m" }, LA, now)).toEqual({ ok: true, period: { preset: "12m", from: "2025-11-28", to: "2026-11-27" } });
    expect(parsePeriod({ period: "12m" }, "UTC", new Date("2028-02-29T12:00:00Z")).period).toEqual({ preset: "12m", from: "2027-03-01", to: "2028-02-29" });
    expect(parsePeriod({ period: "all" }, LA, now)).toEqual({ ok: true, period: { preset: "all", from: null, to: "2026-11-27" } });
  });

  it("shows the last 90 days when nothing is chosen", () => {
    expect(parsePeriod({}, LA, now)).toEqual({ ok: true, period: { preset: "90d", from: "2026-08-30", to: "2026-11-27" } });
  });

  it("takes two dates, both days included, and cuts an end after today at today", () => {
    expect(parsePeriod({ from: "2026-10-01", to: "2026-10-31" }, LA, now)).toEqual({ ok: true, period: { preset: "custom", from: "2026-10-01", to: "2026-10-31" } });
    expect(parsePeriod({ period: "custom", from: "2026-10-01", to: "2026-10-01" }, LA, now).period).toEqual({ preset: "custom", from: "2026-10-01", to: "2026-10-01" });
    expect(parsePeriod({ from: "2026-10-01", to: "2027-01-31" }, LA, now).period).toEqual({ preset: "custom", from: "2026-10-01", to: "2026-11-27" });
    expect(parsePeriod({ from: "2026-10-01" }, LA, now).period).toEqual({ preset: "custom", from: "2026-10-01", to: "2026-11-27" });
    expect(periodSearch({ preset: "custom", from: "2026-10-01", to: "2026-10-31" })).toBe("from=2026-10-01&to=2026-10-31");
    expect(periodSearch({ preset: "30d", from: "2026-10-29", to: "2026-11-27" })).toBe("period=30d");
  });

  it("refuses an end before the start, a date that is not one, a start after today, with the last 90 days to show", () => {
    const fallback = { preset: "90d", from: "2026-08-30", to: "2026-11-27" };
    for (const params of [
      { from: "2026-10-31", to: "2026-10-01" },
      { from: "2026-02-30", to: "2026-03-10" },
      { from: "yesterday", to: "2026-03-10" },
      { from: "2026-10-01", to: "31/10/2026" },
      { from: "2026-11-28", to: "2026-11-30" }, // tomorrow in Los Angeles
      { period: "custom", to: "2026-10-31" },
      { period: "week" },
    ]) {
      const parsed = parsePeriod(params, LA, now);
      expect(parsed.ok, JSON.stringify(params)).toBe(false);
      expect(parsed.period).toEqual(fallback);
      if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(10);
    }
    const backwards = parsePeriod({ from: "2026-10-31", to: "2026-10-01" }, LA, now);
    expect(!backwards.ok && backwards.message).toMatch(/ends before it starts/);
  });

  it("reads a repeated param by its first value", () => {
    expect(parsePeriod({ period: ["30d", "all"] } as never, LA, now).period.preset).toBe("30d");
  });
});

describe("periodBounds", () => {
  it("runs from local midnight of the first day to local midnight after the last, so both days count", () => {
    const bounds = periodBounds({ preset: "custom", from: "2026-10-01", to: "2026-10-31" }, LA);
    expect(bounds).toEqual({ start: new Date("2026-10-01T07:00:00Z"), end: new Date("2026-11-01T07:00:00Z") });
    // 23:59 on the last day is inside, 00:00 the next day is not.
    expect(new Date("2026-11-01T06:59:00Z") < bounds.end).toBe(true);
    expect(todayIn(LA, bounds.end)).toBe("2026-11-01");
    expect(periodBounds({ preset: "all", from: null, to: "2026-10-31" }, LA).start).toBeNull();
  });

  it("follows daylight-saving changes in Los Angeles: a 23-hour and a 25-hour day", () => {
    expect(startOfDayIn("2026-03-08", LA)).toEqual(new Date("2026-03-08T08:00:00Z"));
    expect(startOfDayIn("2026-03-09", LA)).toEqual(new Date("2026-03-09T07:00:00Z"));
    expect(startOfDayIn("2026-11-01", LA)).toEqual(new Date("2026-11-01T07:00:00Z"));
    expect(startOfDayIn("2026-11-02", LA)).toEqual(new Date("2026-11-02T08:00:00Z"));
    const change = periodBounds({ preset: "custom", from: "2026-11-01", to: "2026-11-01" }, LA);
    expect(change.end.getTime() - change.start!.getTime()).toBe(25 * 3600 * 1000);
  });

  it("follows daylight-saving changes in Auckland, a day ahead of UTC", () => {
    expect(startOfDayIn("2026-04-05", AUCKLAND)).toEqual(new Date("2026-04-04T11:00:00Z"));
    expect(startOfDayIn("2026-04-06", AUCKLAND)).toEqual(new Date("2026-04-05T12:00:00Z"));
    expect(startOfDayIn("2026-09-27", AUCKLAND)).toEqual(new Date("2026-09-26T12:00:00Z"));
    expect(startOfDayIn("2026-09-28", AUCKLAND)).toEqual(new Date("2026-09-27T11:00:00Z"));
    const bounds = periodBounds({ preset: "custom", from: "2026-11-01", to: "2026-11-30" }, AUCKLAND);
    expect(bounds).toEqual({ start: new Date("2026-10-31T11:00:00Z"), end: new Date("2026-11-30T11:00:00Z") });
  });

  it("starts a day whose midnight a clock change skips at the first moment it has (Havana, 8 March 2026)", () => {
    expect(startOfDayIn("2026-03-08", "America/Havana")).toEqual(new Date("2026-03-08T05:00:00Z")); // 01:00 local
    expect(startOfDayIn("2026-03-09", "America/Havana")).toEqual(new Date("2026-03-09T04:00:00Z"));
  });

  it("counts an unknown timezone as UTC", () => {
    expect(startOfDayIn("2026-10-01", "Mars/Olympus")).toEqual(new Date("2026-10-01T00:00:00Z"));
  });
});
