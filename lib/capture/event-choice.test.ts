import { describe, expect, it } from "vitest";
import { captureEventChoice } from "./event-choice";

const event = (id: string, day: string) => ({ id, name: `Event ${id}`, startsOn: new Date(`${day}T00:00:00Z`) });

describe("captureEventChoice", () => {
  it("preselects the event on today's date, and offers the recent past ones", () => {
    const events = [event("next-month", "2026-12-20"), event("today", "2026-11-26"), event("last-week", "2026-11-19"), event("two-weeks", "2026-11-12")];
    expect(captureEventChoice(events, "2026-11-26")).toEqual({
      selectedId: "today",
      recent: [
        { id: "last-week", name: "Event last-week" },
        { id: "two-weeks", name: "Event two-weeks" },
      ],
    });
  });

  it("preselects nothing when the latest event was 12 days ago, and offers it instead", () => {
    const events = [event("summit", "2026-11-14"), event("old", "2026-10-01")];
    expect(captureEventChoice(events, "2026-11-26")).toEqual({ selectedId: null, recent: [{ id: "summit", name: "Event summit" }] });
  });

  it("never preselects or offers an event that is still ahead, nor one older than two weeks", () => {
    expect(captureEventChoice([event("tomorrow", "2026-11-27"), event("old", "2026-11-11")], "2026-11-26")).toEqual({ selectedId: null, recent: [] });
    expect(captureEventChoice([], "2026-11-26")).toEqual({ selectedId: null, recent: [] });
  });

  it("offers at most two recent events, the newest", () => {
    const events = [event("a", "2026-11-25"), event("b", "2026-11-24"), event("c", "2026-11-23")];
    expect(captureEventChoice(events, "2026-11-26").recent.map((recent) => recent.id)).toEqual(["a", "b"]);
  });
});
