// The inbox's filters as they travel in the address (?status=new&class=default&q=jane&after=<id>): read leniently, so
// a hand-edited address shows the inbox rather than an error, and written back the same way.
import type { ReceivedKind } from "@/lib/invitations/assess";
import { INBOX_STATUSES, RECEIVED_CLASSES, type InboxStatus } from "@/lib/inbox/schema";
import { isRowId } from "@/lib/forms";

export type InboxSearch = {
  /** Absent: everything but the ignored. */
  status?: InboxStatus;
  kind?: ReceivedKind;
  /** A name, or part of one. */
  q?: string;
  /** The last invitation of the page before: the next page starts after it. */
  after?: string;
};

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseInboxSearch(params: Params): InboxSearch {
  const status = one(params.status)?.toUpperCase();
  const kind = one(params.class);
  const q = one(params.q)?.trim().slice(0, 200);
  const after = one(params.after);
  return {
    status: INBOX_STATUSES.find((value) => value === status),
    kind: RECEIVED_CLASSES.find((value) => value === kind),
    q: q || undefined,
    after: isRowId(after) ? after : undefined,
  };
}

export function inboxHref(search: InboxSearch): string {
  const params = new URLSearchParams();
  if (search.status) params.set("status", search.status.toLowerCase());
  if (search.kind) params.set("class", search.kind);
  if (search.q) params.set("q", search.q);
  if (search.after) params.set("after", search.after);
  const query = params.toString();
  return query ? `/inbox?${query}` : "/inbox";
}
