// How /today and the follow-up lists say how long something has waited or when it is due, in whole calendar days
// where the user is ("2 days overdue", "due tomorrow", "waiting 3 days").
import { daysBetween, parseDay, toDayString } from "@/lib/dates/calendar";

/** "Due today", "Due tomorrow", "Due in 3 days", "1 day overdue", "12 days overdue". */
export function dueLabel(dueOn: Date, today: string): string {
  const days = daysBetween(today, toDayString(dueOn));
  if (days === 0) return "Due today";
  if (days === 1) return "Due tomorrow";
  if (days > 1) return `Due in ${days} days`;
  return days === -1 ? "1 day overdue" : `${-days} days overdue`;
}

/** "waiting since today", "waiting 1 day", "waiting 9 days". */
export function waitingLabel(days: number): string {
  if (days <= 0) return "waiting since today";
  return days === 1 ? "waiting 1 day" : `waiting ${days} days`;
}

/** "Sent 1 day ago", "Sent 34 days ago". */
export function sentLabel(days: number): string {
  if (days <= 0) return "Sent today";
  return days === 1 ? "Sent 1 day ago" : `Sent ${days} days ago`;
}

/** "Thursday 10 December" for a "YYYY-MM-DD" day: the heading of /today. */
export function formatTodayHeading(today: string): string {
  const day = parseDay(today);
  if (!day) return today;
  return new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(day);
}

/** "Keep in touch with 1 person you thanked", "… with 3 people you thanked". */
export function keepInTouchLabel(count: number): string {
  return `Keep in touch with ${count} ${count === 1 ? "person" : "people"} you thanked`;
}
