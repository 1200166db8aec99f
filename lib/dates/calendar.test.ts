import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDay, formatDayLong, formatDayRelative, middayIn, parseDay, toDayString, todayIn } from "./calendar";

describe("parseDay", () => {
  it("reads a day as midnight UTC and writes it back unchanged", () => {
    const date = parseDay("2026-11-26");
    expect(date?.toISOString()).toBe("2026-11-26T00:00:00.000Z");
    expect(toDayString(date!)).toBe("2026-11-26");
  });

  it.each(["", "2026-02-30", "2026-13-01", "26/11/2026", "0099-01-01", "2026-11-26T10:00", " 2026-11-26"])("refuses %j", (text) => {
    expect(parseDay(text)).toBeNull();
  });
});

describe("todayIn", () => {
  // 23:30 UTC on 26 November is already the 27th in Tokyo and still the 26th in Los Angeles.
  const now = new Date("2026-11-26T23:30:00Z");

  it("is the date where the user is", () => {
    expect(todayIn("UTC", now)).toBe("2026-11-26");
    expect(todayIn("Asia/Tokyo", now)).toBe("2026-11-27");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-11-26");
  });

  it("falls back to UTC for an unknown timezone", () => {
    expect(todayIn("Mars/Olympus_Mons", now)).toBe("2026-11-26");
  });
});

describe("formatting a day", () => {
  it("shows the stored day whatever the timezone", () => {
    expect(formatDay(parseDay("2026-03-01")!)).toBe("1 Mar 2026");
  });

  it("counts whole days from today", () => {
    const today = "2026-11-26";
    expect(formatDayRelative(parseDay("2026-11-26")!, today)).toBe("today");
    expect(formatDayRelative(parseDay("2026-11-25")!, today)).toBe("yesterday");
    expect(formatDayRelative(parseDay("2026-11-23")!, today)).toBe("3 days ago");
    expect(formatDayRelative(parseDay("2026-11-12")!, today)).toBe("2 weeks ago");
    expect(formatDayRelative(parseDay("2026-12-26")!, today)).toBe("next month");
    expect(formatDayRelative(parseDay("2024-11-26")!, today)).toBe("2 years ago");
  });

  it("adds days across month ends", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });
});

describe("daysBetween", () => {
  it("counts calendar days, across months, years and daylight saving changes", () => {
    expect(daysBetween("2026-12-05", "2026-12-10")).toBe(5);
    expect(daysBetween("2026-12-10", "2026-12-05")).toBe(-5);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("refuses something that is not a day", () => {
    expect(() => daysBetween("2026-02-30", "2026-03-01")).toThrow(RangeError);
  });
});

describe("formatDayLong", () => {
  it("writes the day in full, in UTC like every calendar day", () => {
    expect(formatDayLong(new Date("2026-11-13T00:00:00Z"))).toBe("Friday 13 November 2026");
  });
});

describe("middayIn", () => {
  it("is noon on that day where the user is", () => {
    expect(middayIn("2026-12-05", "UTC").toISOString()).toBe("2026-12-05T12:00:00.000Z");
    expect(middayIn("2026-12-05", "Pacific/Auckland").toISOString()).toBe("2026-12-04T23:00:00.000Z");
    expect(middayIn("2026-12-05", "America/Los_Angeles").toISOString()).toBe("2026-12-05T20:00:00.000Z");
  });
  it("falls on that day in every timezone", () => {
    for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata", "Europe/Paris"]) {
      expect(todayIn(zone, middayIn("2026-03-29", zone))).toBe("2026-03-29");
    }
  });
  it("counts an unknown timezone as UTC", () => {
    expect(middayIn("2026-12-05", "Mars/Olympus").toISOString()).toBe("2026-12-05T12:00:00.000Z");
  });
});
