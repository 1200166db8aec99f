"use client";
// Choosing the other contact of a merge: a search box that filters as you type (and works as a plain
// GET form without JavaScript); likely duplicates are offered before anything is typed.
import { useRef, useTransition } from "react";
import Form from "next/form";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { ChevronRight, Search } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";

export type MergePickerItem = { id: string; name: string; detail: string | null; archived: boolean; href: string };

type Props = {
  query: string;
  results: MergePickerItem[];
  suggestions: MergePickerItem[];
  /** Most results shown: at the cap, the user is told to type more. */
  limit: number;
};

const SEARCH_DELAY_MS = 250;

export function MergePicker({ query, results, suggestions, limit }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [searching, startSearch] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  function searchAsYouType(value: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const q = value.trim();
      startSearch(() => router.replace(q ? `${pathname}?q=${encodeURIComponent(q)}` : pathname, { scroll: false }));
    }, SEARCH_DELAY_MS);
  }

  return (
    <div className="grid gap-4">
      <Form action={pathname} replace scroll={false} role="search" className="flex items-end gap-2">
        <Field label="Find the contact to merge with" description="Part of a name, a company or an email" className="min-w-0 flex-1">
          <Input
            name="q"
            type="search"
            inputMode="search"
            autoComplete="off"
            defaultValue={query}
            maxLength={200}
            autoFocus
            onChange={(event) => searchAsYouType(event.currentTarget.value)}
          />
        </Field>
        <Button type="submit" variant="outline" size="icon" aria-label="Search">
          {searching ? <Spinner /> : <Search aria-hidden="true" />}
        </Button>
      </Form>

      {query ? (
        <>
          <p role="status" className="text-sm text-muted-foreground">
            {results.length === 0
              ? null
              : results.length >= limit
                ? `Showing the first ${limit} matches: type more to narrow them down.`
                : results.length === 1
                  ? "1 contact matches."
                  : `${results.length} contacts match.`}
          </p>
          {results.length === 0 ? (
            <EmptyState
              icon={<Search />}
              title={`No contact matches “${query}”`}
              description="Try part of a first or last name, a company or an email address."
            />
          ) : (
            <CandidateList label="Matching contacts" items={results} />
          )}
        </>
      ) : suggestions.length > 0 ? (
        <section aria-labelledby="merge-suggestions-heading" className="grid gap-2">
          <h2 id="merge-suggestions-heading" className="text-sm font-semibold text-muted-foreground">
            Possibly the same person (same name, email or phone)
          </h2>
          <CandidateList label="Possibly the same person" items={suggestions} />
        </section>
      ) : (
        <p className="text-sm text-muted-foreground">Type part of their name, company or email, then pick them from the list.</p>
      )}
    </div>
  );
}

function CandidateList({ label, items }: { label: string; items: MergePickerItem[] }) {
  return (
    <ul aria-label={label} className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-card">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={item.href} className="flex items-center gap-3 px-4 py-3 hover:bg-muted focus-visible:bg-muted">
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium">{item.name}</span>
              {item.detail && <span className="block truncate text-sm text-muted-foreground">{item.detail}</span>}
            </span>
            {item.archived && <Badge variant="outline">Archived</Badge>}
            <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
