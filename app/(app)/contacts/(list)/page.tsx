// Contacts: search, filter and sort, a page at a time.
import type { Metadata } from "next";
import Link from "next/link";
import { Plus, SearchX, UserRound } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { getContactsSummary, listContacts } from "@/lib/contacts/queries";
import { listEventOptions } from "@/lib/events/queries";
import { contactSearchHref, matchCountLabel, parseContactSearch } from "@/lib/contacts/search";
import { ContactFilters } from "@/components/contacts/contact-filters";
import { ContactList } from "@/components/contacts/contact-list";
import { RenameTagDialog } from "@/components/contacts/rename-tag-dialog";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Contacts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ContactsPage({ searchParams }: Props) {
  const user = await requireUser();
  const search = parseContactSearch(await searchParams);
  const [page, { total, tags }, events] = await Promise.all([
    listContacts(user.id, search),
    getContactsSummary(user.id),
    listEventOptions(user.id),
  ]);
  const filtered = Boolean(search.q || search.tag || search.event || search.stage);

  return (
    <div className="grid gap-6">
      <div className="flex items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{search.archived ? "Archived contacts" : "Contacts"}</h1>
          <p role="status" className="text-sm text-muted-foreground">
            {page.total === null
              ? `${total === 1 ? "1 person" : `${total.toLocaleString("en")} people`} in your network`
              : matchCountLabel(page.total, page.more)}
          </p>
        </div>
        <Button asChild>
          <Link href="/contacts/new">
            <Plus aria-hidden="true" />
            Add contact
          </Link>
        </Button>
      </div>

      {total === 0 && !search.archived ? (
        <EmptyState
          icon={<UserRound aria-hidden="true" />}
          title="No contacts yet"
          description="Met someone? Add them in ten seconds, with a line about how you met."
          action={
            <Button asChild>
              <Link href="/contacts/new">Add your first contact</Link>
            </Button>
          }
        />
      ) : (
        <>
          <ContactFilters search={search} tags={tags} events={events} />
          {search.tag && (
            <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              Showing contacts tagged “{search.tag}”. <RenameTagDialog tag={search.tag} />
            </div>
          )}
          {page.similar && (
            <p className="text-sm text-muted-foreground">Nothing contains “{search.q}” as you typed it, so these are close spellings.</p>
          )}
          {page.items.length === 0 ? (
            <EmptyState
              icon={<SearchX aria-hidden="true" />}
              title={filtered ? "Nobody matches" : "No archived contacts"}
              description={filtered ? "Try fewer words, or another filter." : "Contacts you archive are kept here, out of your way."}
            />
          ) : (
            <ContactList contacts={page.items} />
          )}
          <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
            {search.after ? (
              <Button asChild variant="outline">
                <Link href={contactSearchHref({ ...search, after: undefined })}>Back to the first page</Link>
              </Button>
            ) : (
              <span />
            )}
            {page.nextCursor && (
              <Button asChild variant="outline">
                <Link href={contactSearchHref({ ...search, after: page.nextCursor })}>Next page</Link>
              </Button>
            )}
          </nav>
        </>
      )}
      <p className="text-sm">
        <Link href={contactSearchHref({ archived: !search.archived })} className="text-accent underline-offset-4 hover:underline">
          {search.archived ? "Back to your contacts" : "Show archived contacts"}
        </Link>
      </p>
    </div>
  );
}
