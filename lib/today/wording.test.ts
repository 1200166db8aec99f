import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/dates/calendar";
import { daysBetween, dueLabel, formatTodayHeading, sentLabel, waitingLabel } from "./wording";

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

describe("dueLabel", () => {
  const due = parseDay("2026-12-10")!;
  it.each([
    ["2026-12-10", "Due today"],
    ["2026-12-09", "Due tomorrow"],
    ["2026-12-05", "Due in 5 days"],
    ["2026-12-11", "1 day overdue"],
    ["2026-12-12", "2 days overdue"],
  ])("on %s says %j", (today, label) => {
    expect(dueLabel(due, today)).toBe(label);
  });
});

describe("waitingLabel and sentLabel", () => {
  it("say how long, in days", () => {
    expect(waitingLabel(0)).toBe("waiting since today");
    expect(waitingLabel(1)).toBe("waiting 1 day");
    expect(waitingLabel(9)).toBe("waiting 9 days");
    expect(sentLabel(0)).toBe("Sent today");
    expect(sentLabel(1)).toBe("Sent 1 day ago");
    expect(sentLabel(34)).toBe("Sent 34 days ago");
  });
});

describe("formatTodayHeading", () => {
  it("names the day without shifting it", () => {
    expect(formatTodayHeading("2026-12-10")).toBe("Thursday 10 December");
  });
});
