import { describe, expect, it } from "vitest";
import { rateEstimate } from "@/lib/insights/math";
import type { ReceivedPanel, ThankYouPanel } from "@/lib/insights/types";
import { acceptanceCaption, acceptanceStatement, daysLabel, monthlyCaption, periodLabel, receivedCaption, receivedSummary, thankYouCaption } from "./wording";

const received: ReceivedPanel = {
  total: 137,
  default: { count: 112, percent: 82 },
  greetingOnly: { count: 10, percent: 7 },
  personal: { count: 15, percent: 11 },
  byMonth: [
    { month: "2026-01", default: 10, greetingOnly: 1, personal: 2 },
    { month: "2026-02", default: 30, greetingOnly: 2, personal: 4 },
  ],
};

describe("received", () => {
  it("sums up each class with its count and percentage", () => {
    expect(receivedSummary(received)).toBe("137 received · 112 default (82%) · 10 greeting only (7%) · 15 personal (11%)");
  });

  it("says the finding in words", () => {
    expect(receivedCaption(received)).toBe("82% of the invitations you received were LinkedIn’s default text; 7% added only a greeting and 11% were personal.");
    expect(monthlyCaption(received.byMonth)).toBe("Invitations received per month from Jan 2026 to Feb 2026: the most in Feb 2026 (36); 6 of 49 were personal.");
  });
});

describe("acceptance", () => {
  it("gives a rate only with its likely range, and none below ten in a group", () => {
    expect(acceptanceStatement(rateEstimate(12, 20))).toBe("12 of 20 accepted (60%, likely between 39% and 78%)");
    expect(acceptanceStatement(rateEstimate(3, 3))).toBe("Too few to compare: 3 sent");
    expect(acceptanceStatement(rateEstimate(0, 0))).toBe("None sent");
  });

  it("claims a difference only when the likely ranges do not overlap", () => {
    expect(acceptanceCaption(rateEstimate(18, 20), rateEstimate(4, 20))).toBe("Personal invitations were accepted more often: 90% of personal invitations were accepted and 20% of default ones.");
    expect(acceptanceCaption(rateEstimate(12, 20), rateEstimate(9, 20))).toBe(
      "60% of personal invitations were accepted and 45% of default ones; the likely ranges overlap, so the difference may be chance.",
    );
    expect(acceptanceCaption(rateEstimate(12, 20), rateEstimate(2, 3))).toMatch(/^Too few invitations to compare/);
  });
});

describe("thank-yous and periods", () => {
  const thankYous: ThankYouPanel = {
    accepted: 10,
    thanked: { count: 8, percent: 80 },
    medianDaysToThank: 2,
    stillOwed: 2,
    followUpsOnTime: { count: 5, percent: 71 },
    followUpsLate: { count: 2, percent: 29 },
  };

  it("says how many were thanked and how soon", () => {
    expect(thankYouCaption(thankYous)).toBe("You thanked 8 of the 10 people who accepted (80%), usually after 2 days.");
    expect(daysLabel(1)).toBe("1 day");
    expect(daysLabel(1.5)).toBe("1.5 days");
  });

  it("names the period with both of its ends", () => {
    expect(periodLabel({ preset: "custom", from: "2026-09-01", to: "2026-11-28" })).toBe("1 Sept 2026 – 28 Nov 2026");
    expect(periodLabel({ preset: "all", from: null, to: "2026-11-28" })).toBe("All time, until 28 Nov 2026");
  });
});
