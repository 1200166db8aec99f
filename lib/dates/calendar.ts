// Calendar days (no time of day): Encounter.metOn and Event.startsOn are PostgreSQL `date`s, which
// Prisma reads and writes as midnight UTC. They are therefore read and shown in UTC, never shifted
// into the user's timezone (that would move a day back by one west of Greenwich); only "today"
// depends on where the user is.
export const DAY_MS = 24 * 3600 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-26" → that day at midnight UTC; null for anything else, including 2026-02-30. */
export function parseDay(text: string): Date | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Date.UTC rolls 30 February over into March and reads years 0–99 as 1900–1999: refuse both.
  return toDayString(date) === text ? date : null;
}

/** The day of a stored date as "YYYY-MM-DD" (what `<input type="date">` takes). */
export function toDayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date where the user is, as "YYYY-MM-DD"; an unknown timezone counts as UTC. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  } catch {
    return toDayString(now);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * An instant on a "YYYY-MM-DD" day where the user is: noon there, so that todayIn(timeZone, it) is that day in every
 * timezone (noon UTC would be the next day in Auckland). For a day picked by the user, such as an acceptance
 * noticed late; an unknown timezone counts as UTC.
 */
export function middayIn(day: string, timeZone: string): Date {
  const date = parseDay(day);
  if (!date) throw new RangeError(`Not a day: ${day}`);
  const noonUtc = date.getTime() + 12 * 3600 * 1000;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  } catch {
    return new Date(noonUtc);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(noonUtc)).map((part) => [part.type, Number(part.value)]));
  // What the clock on the wall says at noon UTC, read as if it were UTC: the difference is the offset there.
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return new Date(noonUtc - (wall - noonUtc));
}

/** The day `days` after (or before, when negative) a "YYYY-MM-DD" day. */
export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  if (!date) throw new RangeError(`Not a day: ${day}`);
  return toDayString(new Date(date.getTime() + days * DAY_MS));
}

/** Whole days from one "YYYY-MM-DD" day to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end) throw new RangeError(`Not a day: ${start ? to : from}`);
  return Math.round((end.getTime() - start.getTime()) / DAY_MS);
}

/** "26 Nov 2026". */
export function formatDay(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/** "today", "yesterday", "3 days ago", "last week", "in 2 months", counted in whole days from `today`. */
export function formatDayRelative(date: Date, today: string): string {
  const start = parseDay(today);
  if (!start) return formatDay(date);
  const days = Math.round((date.getTime() - start.getTime()) / DAY_MS);
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const size = Math.abs(days);
  if (size < 7) return format.format(days, "day");
  if (size < 30) return format.format(Math.round(days / 7), "week");
  if (size < 365) return format.format(Math.round(days / 30), "month");
  return format.format(Math.round(days / 365), "year");
}

/** "Friday 13 November 2026": a day in full, where a shortened one would be cut off or misread. */
export function formatDayLong(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}
