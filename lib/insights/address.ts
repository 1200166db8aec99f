// The address of /insights: its search params read into a period's params and the per-event funnel's order (`sort`,
// "met-desc", "event-asc"…, applied on the server), and the links that keep the period while the order changes (and
// the order while the period does).
import type { EventFunnel, Period } from "@/lib/insights/types";
import { periodSearch, type PeriodParams } from "@/lib/insights/period";

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The page's search params: what parsePeriod reads, whether two dates were asked for, and the funnel's order. */
export function readInsightsParams(params: SearchParams): { period: PeriodParams; custom: boolean; sort: FunnelSort } {
  const period = { period: first(params.period), from: first(params.from), to: first(params.to) };
  return { period, custom: period.period === "custom" || (!period.period && Boolean(period.from || period.to)), sort: parseFunnelSort(first(params.sort)) };
}

export const FUNNEL_COLUMNS = ["event", "met", "invited", "accepted", "thanked"] as const;
export type FunnelColumn = (typeof FUNNEL_COLUMNS)[number];
export type FunnelSort = { column: FunnelColumn; direction: "asc" | "desc" };

/** Newest event first until a column is chosen. */
export const DEFAULT_FUNNEL_SORT: FunnelSort = { column: "event", direction: "desc" };

/** "met-asc" → met, ascending; anything unknown is the default order. */
export function parseFunnelSort(value: string | undefined): FunnelSort {
  const match = /^([a-z]+)-(asc|desc)$/.exec(value ?? "");
  const column = FUNNEL_COLUMNS.find((candidate) => candidate === match?.[1]);
  return column && match ? { column, direction: match[2] as FunnelSort["direction"] } : DEFAULT_FUNNEL_SORT;
}

export const formatFunnelSort = (sort: FunnelSort) => `${sort.column}-${sort.direction}`;

/**
 * The order a column's header link asks for: the other direction when the table is already sorted by it, else the
 * most useful first (the biggest numbers, the newest event).
 */
export function nextFunnelSort(current: FunnelSort, column: FunnelColumn): FunnelSort {
  if (current.column === column) return { column, direction: current.direction === "asc" ? "desc" : "asc" };
  return { column, direction: "desc" };
}

/** Sorted by the column; "event" means by date (then name). Ties keep the newest event first. */
export function sortFunnels(events: readonly EventFunnel[], sort: FunnelSort): EventFunnel[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  const byDate = (a: EventFunnel, b: EventFunnel) => b.startsOn.localeCompare(a.startsOn) || a.name.localeCompare(b.name);
  return [...events].sort((a, b) => {
    const primary = sort.column === "event" ? a.startsOn.localeCompare(b.startsOn) || a.name.localeCompare(b.name) : a[sort.column] - b[sort.column];
    return sign * primary || byDate(a, b);
  });
}

/** /insights for a period (its preset, or its two dates) and an order; the default order is left out of the address. */
export function insightsHref(period: Period, sort: FunnelSort = DEFAULT_FUNNEL_SORT): string {
  const order = sort.column === DEFAULT_FUNNEL_SORT.column && sort.direction === DEFAULT_FUNNEL_SORT.direction ? "" : `&sort=${formatFunnelSort(sort)}`;
  return `/insights?${periodSearch(period)}${order}`;
}
