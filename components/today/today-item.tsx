// One person on /today: their name linking to their page, what it is about, and the next action under the thumb.
import type { ReactNode } from "react";
import Link from "next/link";

type Props = { contactId: string; name: string; details: ReactNode; actions: ReactNode };

export function TodayItem({ contactId, name, details, actions }: Props) {
  return (
    <li className="grid gap-3 rounded-lg border border-border bg-card p-4 sm:grid-cols-[1fr_auto] sm:items-center">
      <div className="min-w-0">
        <p className="font-medium break-words">
          <Link href={`/contacts/${contactId}`} className="hover:underline">
            {name}
          </Link>
        </p>
        <div className="text-sm break-words text-muted-foreground">{details}</div>
      </div>
      {actions}
    </li>
  );
}
