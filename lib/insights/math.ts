// The arithmetic of /insights: percentages that add up to 100, and proportions with an honest interval. Pure.
import type { RateEstimate, Share } from "./types";

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959964;
/** Below this many in a group, a rate is "too few to compare" rather than a percentage. */
export const TOO_FEW = 10;

/**
 * Whole percentages of each count that add up to exactly 100 (largest-remainder rounding): each is the exact share
 * rounded down, and the points still missing go to the largest remainders (ties to the larger count, then the first).
 * All zeros (or nothing) gives zeros.
 */
export function largestRemainder(counts: number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count * 100) / total);
  const result = exact.map((value) => Math.floor(value));
  let missing = 100 - result.reduce((sum, value) => sum + value, 0);
  const order = counts
    .map((count, index) => ({ index, count, remainder: exact[index]! - result[index]! }))
    .sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    result[index]! += 1;
    missing -= 1;
  }
  return result;
}

/** Counts as shares whose percentages add up to 100 (0 each when all are zero). */
export function shares(counts: number[]): Share[] {
  const percents = largestRemainder(counts);
  return counts.map((count, index) => ({ count, percent: percents[index]! }));
}

/** The Wilson score interval of a proportion (rate, low and high between 0 and 1); NaN-free: total 0 gives 0, 0, 1. */
export function wilson(hits: number, total: number, z = Z_95): { rate: number; low: number; high: number } {
  if (total <= 0) return { rate: 0, low: 0, high: 1 };
  const p = hits / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  // At 0 or all hits the interval ends exactly at 0 or 1 (floating point would leave 0.9999999999999999).
  return { rate: p, low: hits <= 0 ? 0 : Math.max(0, centre - half), high: hits >= total ? 1 : Math.min(1, centre + half) };
}

/** A rate with its 95% Wilson interval, or "too few" (nulls) below 10 in the group. */
export function rateEstimate(hits: number, total: number): RateEstimate {
  if (total < TOO_FEW) return { total, hits, rate: null, low: null, high: null, tooFew: true };
  return { total, hits, ...wilson(hits, total), tooFew: false };
}

/** The median of some numbers; null when there are none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
