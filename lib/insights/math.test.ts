import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { largestRemainder, median, rateEstimate, shares, wilson } from "./math";

describe("largestRemainder", () => {
  it("gives the point still missing to the largest remainder, so 7, 2 and 3 of 12 show 58%, 17% and 25%", () => {
    expect(largestRemainder([7, 2, 3])).toEqual([58, 17, 25]);
    expect(largestRemainder([112, 10, 15])).toEqual([82, 7, 11]); // the 137 received
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainder([5])).toEqual([100]);
  });

  it("shows nothing as zeros", () => {
    expect(largestRemainder([0, 0, 0])).toEqual([0, 0, 0]);
    expect(largestRemainder([])).toEqual([]);
    expect(shares([0, 0])).toEqual([{ count: 0, percent: 0 }, { count: 0, percent: 0 }]);
  });

  it("always adds up to 100, each within one point of its exact share", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 8 }), (counts) => {
        const total = counts.reduce((sum, count) => sum + count, 0);
        fc.pre(total > 0);
        const percents = largestRemainder(counts);
        expect(percents.reduce((sum, value) => sum + value, 0)).toBe(100);
        percents.forEach((percent, index) => {
          expect(Number.isInteger(percent)).toBe(true);
          expect(Math.abs(percent - (counts[index]! * 100) / total)).toBeLessThan(1);
        });
      }),
    );
  });
});

describe("wilson", () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", table I, method 3 (score, no CC).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("%i of %i gives %f to %f", (hits, total, low, high) => {
    const interval = wilson(hits, total);
    expect(interval.rate).toBeCloseTo(hits / total, 10);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it("stays within 0 and 1 and around the rate", () => {
    expect(wilson(10, 10).high).toBe(1);
    expect(wilson(10, 10).low).toBeCloseTo(0.7225, 4);
    fc.assert(
      fc.property(fc.nat({ max: 5000 }), fc.nat({ max: 5000 }), (a, b) => {
        const [hits, total] = a <= b ? [a, b] : [b, a];
        fc.pre(total > 0);
        const { rate, low, high } = wilson(hits, total);
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(rate + 1e-12);
        expect(high).toBeGreaterThanOrEqual(rate - 1e-12);
      }),
    );
  });
});

describe("rateEstimate", () => {
  it("says too few below 10 in the group, never a bare percentage", () => {
    expect(rateEstimate(3, 9)).toEqual({ total: 9, hits: 3, rate: null, low: null, high: null, tooFew: true });
    expect(rateEstimate(0, 0)).toMatchObject({ tooFew: true, rate: null });
    const ten = rateEstimate(3, 10);
    expect(ten).toMatchObject({ total: 10, hits: 3, rate: 0.3, tooFew: false });
    expect(ten.low).toBeCloseTo(0.1078, 4);
    expect(ten.high).toBeCloseTo(0.6032, 4);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([4, 1, 3])).toBe(3);
    expect(median([3, 1])).toBe(2);
  });
});
