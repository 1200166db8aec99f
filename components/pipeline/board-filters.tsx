"use client";
// The board's tag and event filters: in the URL with the contact list's parameter names, so links and the back
// button work and "see them in Contacts" keeps the same filter.
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { X } from "lucide-react";
import { boardHref, type BoardFilters as Filters } from "@/lib/pipeline/board";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";

type Props = {
  filters: Filters;
  tags: { tag: string; count: number }[];
  events: { id: string; name: string }[];
};

export function BoardFilters({ filters, tags, events }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (changes: Partial<Filters>) => startTransition(() => router.replace(boardHref({ ...filters, ...changes }), { scroll: false }));

  return (
    <div role="group" aria-label="Filters" className="flex flex-wrap items-end gap-3">
      <div className="grid min-w-40 flex-1 gap-1 sm:max-w-60">
        <Label htmlFor="board-filter-tag" className="text-xs text-muted-foreground">
          Tag
        </Label>
        <Select id="board-filter-tag" value={filters.tag ?? ""} onChange={(event) => go({ tag: event.target.value || undefined })}>
          <option value="">All tags</option>
          {filters.tag && !tags.some(({ tag }) => tag === filters.tag) && <option value={filters.tag}>{filters.tag}</option>}
          {tags.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {tag} ({count})
            </option>
          ))}
        </Select>
      </div>
      <div className="grid min-w-40 flex-1 gap-1 sm:max-w-60">
        <Label htmlFor="board-filter-event" className="text-xs text-muted-foreground">
          Event
        </Label>
        <Select id="board-filter-event" value={filters.event ?? ""} onChange={(event) => go({ event: event.target.value || undefined })}>
          <option value="">All events</option>
          {events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.name}
            </option>
          ))}
        </Select>
      </div>
      {pending && <Spinner className="mb-3.5" label="Filtering" />}
      {(filters.tag || filters.event) && (
        <button
          type="button"
          className="inline-flex min-h-11 items-center gap-1 text-sm font-medium text-accent hover:underline"
          onClick={() => go({ tag: undefined, event: undefined })}
        >
          <X aria-hidden="true" className="size-4" />
          Clear filters
        </button>
      )}
    </div>
  );
}
