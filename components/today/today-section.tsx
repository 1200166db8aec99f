// One section of /today: a heading (the region's name), how many items, an optional hint, then the list or its
// empty state.
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";

type Props = { id: string; title: string; count: number; hint?: ReactNode; children: ReactNode };

export function TodaySection({ id, title, count, hint, children }: Props) {
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <div className="flex items-center gap-2">
        <h2 id={id} className="text-lg font-semibold tracking-tight">
          {title}
        </h2>
        {count > 0 && (
          <Badge variant="accent" aria-label={`${count} ${count === 1 ? "item" : "items"}`}>
            {count}
          </Badge>
        )}
      </div>
      {hint && <p className="text-sm text-muted-foreground">{hint}</p>}
      {children}
    </section>
  );
}

/** A calm empty state that says what to do next. */
export function TodayEmpty({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-dashed border-border px-4 py-5 text-sm text-muted-foreground sm:flex-row sm:items-center sm:justify-between">
      <p>{children}</p>
      {action && <div className="shrink-0">{action}</div>}
    </div>
  );
}
