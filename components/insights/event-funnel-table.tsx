// Per event: people met, invited, accepted and thanked, as a table with an inline bar in each cell (the share of the
// people met there). Sorted on the server: each column header is a link that orders by it (GET `sort`).
import Link from "next/link";
import { ArrowDown, ArrowUp } from "lucide-react";
import type { EventFunnel, Period } from "@/lib/insights/types";
import { formatDay, parseDay } from "@/lib/dates/calendar";
import { cn } from "@/components/ui/cn";
import { insightsHref, nextFunnelSort, sortFunnels, type FunnelColumn, type FunnelSort } from "@/lib/insights/address";
import { Panel, PanelEmpty } from "./panel";
import { funnelCaption } from "@/lib/insights/wording";

const HEADERS: { column: FunnelColumn; label: string }[] = [
  { column: "event", label: "Event" },
  { column: "met", label: "Met" },
  { column: "invited", label: "Invited" },
  { column: "accepted", label: "Accepted" },
  { column: "thanked", label: "Thanked" },
];

const STAGES = ["met", "invited", "accepted", "thanked"] as const;

export function EventFunnelPanel({ events, period, sort, allTime }: { events: EventFunnel[]; period: Period; sort: FunnelSort; allTime: boolean }) {
  return (
    <Panel id="events" title="Per event" description="Who you met at each event, and how far each connection went.">
      {events.length === 0 ? (
        <PanelEmpty
          allTime={allTime}
          message="Add the events you go to and capture the people you meet there: each event’s funnel shows here."
          links={[
            { href: "/events/new", label: "Add an event" },
            { href: "/capture", label: "Capture someone" },
          ]}
        />
      ) : (
        <div role="region" aria-labelledby="events-caption" tabIndex={0} className="overflow-x-auto">
          <table className="w-full min-w-[19rem] border-collapse text-left text-sm tabular-nums">
            <caption id="events-caption" className="pb-3 text-left text-sm">
              {funnelCaption(events)}
            </caption>
            <thead>
              <tr className="border-b">
                {HEADERS.map(({ column, label }) => {
                  const current = sort.column === column ? sort.direction : null;
                  const Arrow = current === "asc" ? ArrowUp : ArrowDown;
                  return (
                    <th
                      key={column}
                      scope="col"
                      aria-sort={current === "asc" ? "ascending" : current === "desc" ? "descending" : undefined}
                      className={cn("py-1 font-medium not-last:pr-2 text-xs sm:text-sm", column !== "event" && "text-right")}
                    >
                      <Link
                        href={insightsHref(period, nextFunnelSort(sort, column))}
                        scroll={false}
                        className={cn("inline-flex min-h-11 items-center gap-1 hover:underline", current ? "text-foreground" : "text-accent")}
                      >
                        {label}
                        {current && <Arrow aria-hidden="true" className="size-3.5" />}
                      </Link>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {sortFunnels(events, sort).map((event) => (
                <tr key={event.eventId} className="border-b last:border-b-0">
                  <th scope="row" className="py-2 pr-2 align-top font-normal">
                    <Link href={`/events/${event.eventId}`} className="font-medium text-accent underline-offset-4 hover:underline">
                      {event.name}
                    </Link>
                    <span className="block text-xs text-muted-foreground">{formatDay(parseDay(event.startsOn) ?? new Date(event.startsOn))}</span>
                  </th>
                  {STAGES.map((stage) => (
                    <td key={stage} className="py-2 text-right align-top not-last:pr-2">
                      {event[stage]}
                      <svg aria-hidden="true" viewBox="0 0 100 6" preserveAspectRatio="none" className="mt-1 ml-auto block h-1.5 w-full max-w-16 rounded-sm bg-muted">
                        <rect x={0} y={0} height={6} width={event.met === 0 ? 0 : Math.min(100, (event[stage] / event.met) * 100)} className="fill-accent" />
                      </svg>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
