import { expect, it } from "vitest";
import { everyMonth } from "./months";

it("fills the months without invitations, from the period's first month to its last", () => {
  const byMonth = [{ month: "2025-12", default: 2, greetingOnly: 0, personal: 1 }];
  expect(everyMonth(byMonth, { preset: "custom", from: "2025-11-15", to: "2026-01-02" }).map((month) => [month.month, month.default])).toEqual([
    ["2025-11", 0],
    ["2025-12", 2],
    ["2026-01", 0],
  ]);
  expect(everyMonth(byMonth, { preset: "all", from: null, to: "2026-01-31" }).map((month) => month.month)).toEqual(["2025-12", "2026-01"]);
});
