"use client";
// The inbox's search by name and its filters (status, class). They live in the address, so the back button and a
// bookmark keep them; typing searches after a short pause.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Search, X } from "lucide-react";
import { inboxHref, type InboxSearch } from "@/lib/inbox/search";
import { CLASS_LABELS, INBOX_STATUSES, RECEIVED_CLASSES, STATUS_LABELS, type InboxStatus } from "@/lib/inbox/schema";
import type { ReceivedKind } from "@/lib/invitations/assess";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";

export function InboxFilters({ search }: { search: InboxSearch }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(search.q ?? "");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  function go(changes: Partial<InboxSearch>) {
    // Any change of what is shown starts again from the newest.
    startTransition(() => router.replace(inboxHref({ ...search, q: q.trim() || undefined, ...changes, after: undefined }), { scroll: false }));
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  function typed(value: string) {
    setQ(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => go({ q: value.trim() || undefined }), 300);
  }

  const filtered = Boolean(search.q || search.status || search.kind);

  return (
    <form
      role="search"
      action="/inbox"
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        go({ q: q.trim() || undefined });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
        <div className="grid gap-1">
          <Label htmlFor="inbox-search" className="text-xs text-muted-foreground">
            Search
          </Label>
          <div className="relative">
            <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input
              id="inbox-search"
              type="search"
              name="q"
              value={q}
              onChange={(event) => typed(event.target.value)}
              placeholder="A name"
              className="pr-10 pl-9"
              autoComplete="off"
              enterKeyHint="search"
            />
            {pending && <Spinner className="absolute top-1/2 right-3 -translate-y-1/2" label="Searching" />}
          </div>
        </div>
        <div className="grid grid-cols-2 gap-3 sm:contents">
          <div className="grid gap-1">
            <Label htmlFor="inbox-status" className="text-xs text-muted-foreground">
              Status
            </Label>
            <Select id="inbox-status" name="status" value={search.status ?? ""} onChange={(event) => go({ status: (event.target.value || undefined) as InboxStatus | undefined })}>
              <option value="">All but ignored</option>
              {INBOX_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </Select>
          </div>
          <div className="grid gap-1">
            <Label htmlFor="inbox-class" className="text-xs text-muted-foreground">
              Class
            </Label>
            <Select id="inbox-class" name="class" value={search.kind ?? ""} onChange={(event) => go({ kind: (event.target.value || undefined) as ReceivedKind | undefined })}>
              <option value="">All classes</option>
              {RECEIVED_CLASSES.map((kind) => (
                <option key={kind} value={kind}>
                  {CLASS_LABELS[kind]}
                </option>
              ))}
            </Select>
          </div>
        </div>
      </div>
      {filtered && (
        <button
          type="button"
          className="inline-flex min-h-11 w-fit items-center gap-1 text-sm font-medium text-accent hover:underline"
          onClick={() => {
            setQ("");
            startTransition(() => router.replace("/inbox", { scroll: false }));
          }}
        >
          <X aria-hidden="true" className="size-4" />
          Clear search and filters
        </button>
      )}
    </form>
  );
}
