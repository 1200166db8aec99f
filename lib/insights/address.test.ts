import { describe, expect, it } from "vitest";
import type { EventFunnel } from "@/lib/insights/types";
import { insightsHref, nextFunnelSort, parseFunnelSort, readInsightsParams, sortFunnels } from "./address";

const event = (name: string, startsOn: string, met: number, invited: number): EventFunnel => ({ eventId: name, name, startsOn, met, invited, accepted: 0, thanked: 0 });
const events = [event("Summit", "2026-03-01", 12, 9), event("Meetup", "2026-10-01", 4, 4), event("Fair", "2026-06-01", 12, 2)];

describe("the per-event funnel's order", () => {
  it("sorts by a column either way, ties newest first, newest event first by default", () => {
    expect(sortFunnels(events, parseFunnelSort(undefined)).map((e) => e.name)).toEqual(["Meetup", "Fair", "Summit"]);
    expect(sortFunnels(events, parseFunnelSort("met-desc")).map((e) => e.name)).toEqual(["Fair", "Summit", "Meetup"]);
    expect(sortFunnels(events, parseFunnelSort("invited-asc")).map((e) => e.name)).toEqual(["Fair", "Meetup", "Summit"]);
    expect(sortFunnels(events, parseFunnelSort("event-asc")).map((e) => e.name)).toEqual(["Summit", "Fair", "Meetup"]);
  });

  it("reads unknown orders as the default, and a header flips the order it is sorted by", () => {
    expect(parseFunnelSort("name-desc; drop table")).toEqual({ column: "event", direction: "desc" });
    expect(nextFunnelSort({ column: "met", direction: "desc" }, "met")).toEqual({ column: "met", direction: "asc" });
    expect(nextFunnelSort({ column: "met", direction: "asc" }, "thanked")).toEqual({ column: "thanked", direction: "desc" });
  });

  it("keeps the period in the links, and the order in the period's", () => {
    expect(insightsHref({ preset: "custom", from: "2026-01-01", to: "2026-02-01" }, { column: "met", direction: "asc" })).toBe(
      "/insights?from=2026-01-01&to=2026-02-01&sort=met-asc",
    );
    expect(insightsHref({ preset: "all", from: null, to: "2026-02-01" })).toBe("/insights?period=all");
    expect(readInsightsParams({ from: ["2026-01-02", "2026-01-03"], to: "2026-01-01", sort: "met-asc" })).toEqual({
      period: { period: undefined, from: "2026-01-02", to: "2026-01-01" },
      custom: true,
      sort: { column: "met", direction: "asc" },
    });
  });
});
