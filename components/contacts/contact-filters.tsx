"use client";
// Search box and filters of the contact list. They live in the URL (shareable, back button works);
// typing searches as you go, after a short pause.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Search, X } from "lucide-react";
import { contactSearchHref, SORTS, type ContactSearch } from "@/lib/contacts/search";
import { STAGE_LABELS } from "@/lib/contacts/display";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";

type Props = {
  search: ContactSearch;
  tags: { tag: string; count: number }[];
  events: { id: string; name: string }[];
};

export function ContactFilters({ search, tags, events }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(search.q ?? "");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  function go(changes: Partial<ContactSearch>) {
    // Any change of what is shown starts again from the first page.
    const href = contactSearchHref({ ...search, q, ...changes, after: undefined });
    startTransition(() => router.replace(href, { scroll: false }));
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  function typed(value: string) {
    setQ(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => go({ q: value }), 300);
  }

  const filtered = Boolean(search.q || search.tag || search.event || search.stage);

  return (
    <form
      role="search"
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        go({ q });
      }}
    >
      <Label htmlFor="contact-search">Search contacts</Label>
      <div className="relative -mt-1">
        <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          id="contact-search"
          type="search"
          name="q"
          value={q}
          onChange={(event) => typed(event.target.value)}
          placeholder="A name, a company, what you talked about…"
          className="pr-10 pl-9"
          autoComplete="off"
          enterKeyHint="search"
        />
        {pending && <Spinner className="absolute top-1/2 right-3 -translate-y-1/2" label="Searching" />}
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <FilterSelect label="Tag" value={search.tag ?? ""} onChange={(tag) => go({ tag })}>
          <option value="">All tags</option>
          {tags.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {tag} ({count})
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label="Event" value={search.event ?? ""} onChange={(event) => go({ event })}>
          <option value="">All events</option>
          {events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label="Stage" value={search.stage ?? ""} onChange={(stage) => go({ stage })}>
          <option value="">All stages</option>
          {Object.entries(STAGE_LABELS).map(([stage, label]) => (
            <option key={stage} value={stage}>
              {label}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label="Sort by" value={search.sort} onChange={(sort) => go({ sort: sort as ContactSearch["sort"] })}>
          {Object.entries(SORTS).map(([sort, label]) => (
            <option key={sort} value={sort}>
              {label}
            </option>
          ))}
        </FilterSelect>
      </div>
      {filtered && (
        <button
          type="button"
          className="inline-flex w-fit items-center gap-1 text-sm font-medium text-accent hover:underline"
          onClick={() => {
            setQ("");
            startTransition(() => router.replace(contactSearchHref({ sort: search.sort, archived: search.archived }), { scroll: false }));
          }}
        >
          <X aria-hidden="true" className="size-4" />
          Clear search and filters
        </button>
      )}
    </form>
  );
}

function FilterSelect({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: React.ReactNode }) {
  const id = `filter-${label.toLowerCase().replace(/\s+/g, "-")}`;
  return (
    <div className="grid gap-1">
      <Label htmlFor={id} className="text-xs text-muted-foreground">
        {label}
      </Label>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </Select>
    </div>
  );
}
