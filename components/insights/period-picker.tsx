// The period /insights covers: four presets as links, or two dates sent as a plain GET form (so it works before any
// script has loaded). A refused period's message stands next to the dates, which keep what was typed.
import Link from "next/link";
import type { Period } from "@/lib/insights/types";
import { PRESET_LABELS, PRESETS } from "@/lib/insights/period";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { DEFAULT_FUNNEL_SORT, formatFunnelSort, insightsHref, type FunnelSort } from "@/lib/insights/address";

type Props = {
  /** The period shown (the default one when the asked-for period was refused). */
  period: Period;
  /** What the date inputs hold: the refused dates as typed, else the period's own. */
  from: string;
  to: string;
  error: string | null;
  sort: FunnelSort;
  /** Whether the address asked for two dates (highlighted as "custom" even when refused). */
  custom: boolean;
};

export function PeriodPicker({ period, from, to, error, sort, custom }: Props) {
  const keepSort = sort.column !== DEFAULT_FUNNEL_SORT.column || sort.direction !== DEFAULT_FUNNEL_SORT.direction;
  return (
    <div className="grid gap-3">
      <nav aria-label="Period">
        <ul className="flex flex-wrap gap-2">
          {PRESETS.map((preset) => {
            const current = !custom && period.preset === preset;
            return (
              <li key={preset}>
                <Link
                  href={insightsHref({ preset, from: null, to: period.to }, sort)}
                  aria-current={current ? "page" : undefined}
                  className={cn(
                    "inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium transition-colors",
                    current ? "border-accent bg-accent text-accent-foreground" : "border-input bg-card text-foreground hover:bg-muted",
                  )}
                >
                  {PRESET_LABELS[preset]}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form method="get" action="/insights" aria-label="Custom period" className="grid gap-2">
        <input type="hidden" name="period" value="custom" />
        {keepSort && <input type="hidden" name="sort" value={formatFunnelSort(sort)} />}
        <div className="flex flex-wrap items-end gap-3">
          <div className="grid min-w-36 flex-1 gap-1 sm:max-w-48">
            <Label htmlFor="period-from">From</Label>
            <Input id="period-from" name="from" type="date" defaultValue={from} aria-invalid={error ? true : undefined} aria-describedby={error ? "period-error" : undefined} />
          </div>
          <div className="grid min-w-36 flex-1 gap-1 sm:max-w-48">
            <Label htmlFor="period-to">To</Label>
            <Input id="period-to" name="to" type="date" defaultValue={to} aria-invalid={error ? true : undefined} aria-describedby={error ? "period-error" : undefined} />
          </div>
          <Button type="submit" variant={custom && !error ? "default" : "outline"}>
            Apply
          </Button>
        </div>
        {error && (
          <p id="period-error" role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
