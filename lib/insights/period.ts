// The period /insights covers, read from the page's search params. Pure (no server imports): the page's form uses it
// too. Days are "YYYY-MM-DD" where the user is; both ends count, so the bounds run from the start of `from` there to
// the start of the day after `to` (exclusive), which stays right across daylight-saving changes.
import { z } from "zod";
import { addDays, parseDay, todayIn } from "@/lib/dates/calendar";
import type { Period, PeriodPreset } from "./types";

export const PRESETS = ["30d", "90d", "12m", "all"] as const satisfies readonly PeriodPreset[];
export const DEFAULT_PRESET = "90d" satisfies PeriodPreset;

/** What each preset is called on screen. */
export const PRESET_LABELS: Record<PeriodPreset, string> = {
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "12m": "Last 12 months",
  all: "All time",
  custom: "Between two dates",
};

// Search params arrive as a string, several strings (?from=a&from=b: the first counts) or nothing.
const param = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().max(40).optional().catch(undefined));

/** The search params of /insights: `period` (a preset, or "custom"), and `from`/`to` for two dates. */
export const periodParamsSchema = z.object({ period: param, from: param, to: param });
export type PeriodParams = { period?: string; from?: string; to?: string };

export type ParsedPeriod = { ok: true; period: Period } | { ok: false; message: string; period: Period };

/** The period of a preset, ending today where the user is. "Last 30 days" is today and the 29 days before. */
export function presetPeriod(preset: Exclude<PeriodPreset, "custom">, today: string): Period {
  switch (preset) {
    case "30d":
      return { preset, from: addDays(today, -29), to: today };
    case "90d":
      return { preset, from: addDays(today, -89), to: today };
    case "12m":
      return { preset, from: addDays(sameDayYearBefore(today), 1), to: today };
    case "all":
      return { preset, from: null, to: today };
  }
}

/** 2026-11-28 → 2025-11-28; 29 February → 28 February of the year before. */
function sameDayYearBefore(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  const candidate = `${String(year).padStart(4, "0")}${day.slice(4)}`;
  return parseDay(candidate) ? candidate : `${String(year).padStart(4, "0")}${day.slice(4, 8)}28`;
}

function isPreset(value: string): value is (typeof PRESETS)[number] {
  return (PRESETS as readonly string[]).includes(value);
}

const EARLIEST_DAY = "1900-01-01";

/**
 * Reads the period from the search params. A preset wins; `from`/`to` (or period=custom) choose two dates. A custom
 * range that ends after today is cut at today (nothing has happened yet after it); one that ends before it starts,
 * a date that is not one, or a start after today is refused with a message, and the default period (last 90 days)
 * comes back with it so the page still shows figures.
 */
export function parsePeriod(params: PeriodParams, timeZone: string, now: Date): ParsedPeriod {
  const today = todayIn(timeZone, now);
  const fallback = presetPeriod(DEFAULT_PRESET, today);
  const refuse = (message: string): ParsedPeriod => ({ ok: false, message, period: fallback });
  const { period, from, to } = periodParamsSchema.parse(params);
  const wantsCustom = period === "custom" || (!period && (Boolean(from) || Boolean(to)));
  if (!wantsCustom) {
    if (!period) return { ok: true, period: fallback };
    if (isPreset(period)) return { ok: true, period: presetPeriod(period, today) };
    return refuse("Choose a period from the list, or two dates.");
  }
  if (!from) return refuse("Choose the first day of the period.");
  if (!parseDay(from) || from < EARLIEST_DAY) return refuse(`“${from}” is not a date: use YYYY-MM-DD.`);
  const end = to || today;
  if (!parseDay(end) || end < EARLIEST_DAY) return refuse(`“${end}” is not a date: use YYYY-MM-DD.`);
  if (end < from) return refuse("The period ends before it starts: choose an end date on or after the start date.");
  if (from > today) return refuse("The period starts after today: there is nothing to show yet.");
  return { ok: true, period: { preset: "custom", from, to: end > today ? today : end } };
}

/** The offset of a timezone from UTC at an instant, in milliseconds (wall clock minus UTC); UTC if it is unknown. */
function offsetAt(instant: number, timeZone: string): number {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
  } catch {
    return 0;
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant of a "YYYY-MM-DD" day where the user is: local midnight, or the first moment after it where a
 * daylight-saving change skips midnight.
 */
export function startOfDayIn(day: string, timeZone: string): Date {
  const date = parseDay(day);
  if (!date) throw new RangeError(`Not a day: ${day}`);
  const midnight = date.getTime();
  // Two passes: the offset at the first guess may differ from the one in force at local midnight.
  const first = midnight - offsetAt(midnight, timeZone);
  const second = midnight - offsetAt(first, timeZone);
  if (second === first) return new Date(first);
  // Near a change the two guesses disagree: the earlier one that falls on the day is its start.
  const candidates = [first, second].sort((a, b) => a - b);
  for (const candidate of candidates) {
    const wall = candidate + offsetAt(candidate, timeZone);
    if (wall >= midnight && wall < midnight + 24 * 3600 * 1000) return new Date(candidate);
  }
  return new Date(candidates[1]!);
}

/** The instants a period covers: from the start of `from` (null for all time) to the start of the day after `to`. */
export function periodBounds(period: Period, timeZone: string): { start: Date | null; end: Date } {
  return { start: period.from ? startOfDayIn(period.from, timeZone) : null, end: startOfDayIn(addDays(period.to, 1), timeZone) };
}

/** The query string of a period, for links and the form: "period=90d", or "from=…&to=…". */
export function periodSearch(period: Period): string {
  if (period.preset !== "custom") return `period=${period.preset}`;
  return new URLSearchParams({ from: period.from ?? "", to: period.to }).toString();
}
