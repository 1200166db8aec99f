// The monthly chart's months: every month of the period, the empty ones too (the query returns only months with
// invitations), so that bars stand evenly in time and a quiet month shows as one.
import type { Period, ReceivedPanel } from "@/lib/insights/types";

type Month = ReceivedPanel["byMonth"][number];

function nextMonth(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
}

/** From the period's first month (all time: the first month with an invitation) to its last, gaps filled with zeros. */
export function everyMonth(byMonth: readonly Month[], period: Period): Month[] {
  const known = new Map(byMonth.map((month) => [month.month, month]));
  const first = period.from?.slice(0, 7) ?? byMonth[0]?.month;
  const last = period.to.slice(0, 7);
  if (!first) return [];
  const months: Month[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    months.push(known.get(month) ?? { month, default: 0, greetingOnly: 0, personal: 0 });
  }
  return months;
}
