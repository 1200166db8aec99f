import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/dates/calendar";
import { dueLabel, formatTodayHeading, keepInTouchLabel, sentLabel, waitingLabel } from "./wording";

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

describe("keepInTouchLabel", () => {
  it("counts the people", () => {
    expect(keepInTouchLabel(1)).toBe("Keep in touch with 1 person you thanked");
    expect(keepInTouchLabel(3)).toBe("Keep in touch with 3 people you thanked");
  });
});
