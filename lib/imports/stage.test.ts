import { describe, expect, it } from "vitest";
import { connectionStage, importedStage } from "@/lib/imports/stage";

const today = new Date("2026-11-26T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the stage of an imported person", () => {
  it("puts connections from the last N days in Needs a thank-you and older ones in Thanked", () => {
    expect(connectionStage(day("2026-11-26"), 30, today)).toBe("CONNECTED");
    expect(connectionStage(day("2026-10-28"), 30, today)).toBe("CONNECTED"); // 29 days ago
    expect(connectionStage(day("2026-10-27"), 30, today)).toBe("THANKED"); // 30 days ago
    expect(connectionStage(day("2026-11-26"), 0, today)).toBe("THANKED"); // 0: nobody needs a thank-you
  });

  it("dates a connection's stage from when it connected; everyone else starts in Personalize now", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    expect(importedStage("connection", day("2021-08-25"), 30, today, now)).toEqual({ stage: "THANKED", stageChangedAt: day("2021-08-25"), connectedAt: day("2021-08-25") });
    expect(importedStage("address-book", null, 30, today, now)).toEqual({ stage: "PERSONALIZE", stageChangedAt: now, connectedAt: null });
  });
});
