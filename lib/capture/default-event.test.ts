import { describe, expect, it } from "vitest";
import { defaultCaptureEvent } from "./default-event";

const event = (id: string, day: string) => ({ id, startsOn: new Date(`${day}T00:00:00Z`) });

describe("defaultCaptureEvent", () => {
  it("picks the latest event that has begun, not next month's", () => {
    const events = [event("next-month", "2026-12-20"), event("today", "2026-11-26"), event("last-week", "2026-11-19")];
    expect(defaultCaptureEvent(events, "2026-11-26")).toBe("today");
    expect(defaultCaptureEvent(events, "2026-11-25")).toBe("last-week");
  });

  it("picks the soonest event when all are ahead, and none when there are none", () => {
    expect(defaultCaptureEvent([event("later", "2027-02-01"), event("sooner", "2027-01-01")], "2026-11-26")).toBe("sooner");
    expect(defaultCaptureEvent([], "2026-11-26")).toBeNull();
  });
});
