// Inbox: every invitation received, newest first, with what Rapport knows about each sender and what to do.
import type { Metadata } from "next";
import Link from "next/link";
import { Inbox, Plus, SearchX } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/dates/clock";
import { countNewInvitations, hasReceivedInvitations, listInbox } from "@/lib/inbox/queries";
import { inboxHref, parseInboxSearch } from "@/lib/inbox/search";
import { InboxFilters } from "@/components/inbox/inbox-filters";
import { InboxList } from "@/components/inbox/inbox-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Inbox" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InboxPage({ searchParams }: Props) {
  const user = await requireUser();
  const search = parseInboxSearch(await searchParams);
  const [page, newCount, any, at] = await Promise.all([listInbox(user.id, search), countNewInvitations(user.id), hasReceivedInvitations(user.id), now()]);
  const logButton = (
    <Button asChild>
      <Link href="/inbox/new">
        <Plus aria-hidden="true" />
        Log an invitation
      </Link>
    </Button>
  );

  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Inbox</h1>
          <p role="status" className="text-sm text-muted-foreground">
            {newCount === 0 ? "No new invitations" : newCount === 1 ? "1 new invitation" : `${newCount.toLocaleString("en")} new invitations`}
          </p>
        </div>
        {logButton}
      </div>

      {!any ? (
        <EmptyState
          icon={<Inbox aria-hidden="true" />}
          title="No invitations received yet"
          description="Import your LinkedIn data (its Invitations.csv lists the invitations waiting for you), or log one you received."
          action={
            <>
              <Button asChild variant="outline">
                <Link href="/import">Import your LinkedIn data</Link>
              </Button>
              {logButton}
            </>
          }
        />
      ) : (
        <>
          <InboxFilters search={search} />
          {page.items.length === 0 ? (
            <EmptyState
              icon={<SearchX aria-hidden="true" />}
              title="No invitations match"
              description={search.status || search.kind || search.q ? "Try another name, or clear the filters." : "Nothing waits here: ignored invitations are under the status “Ignored”."}
            />
          ) : (
            <InboxList items={page.items} timeZone={user.timezone} now={at} />
          )}
          {(search.after || page.nextCursor) && (
            <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
              {search.after ? (
                <Button asChild variant="outline">
                  <Link href={inboxHref({ ...search, after: undefined })}>Back to the newest</Link>
                </Button>
              ) : (
                <span />
              )}
              {page.nextCursor && (
                <Button asChild variant="outline">
                  <Link href={inboxHref({ ...search, after: page.nextCursor })}>Show older invitations</Link>
                </Button>
              )}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
