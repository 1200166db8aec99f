// The inbox's reads: the invitations received, newest first, each with what Rapport knows about its sender, and the
// count of new ones for the navigation. Every read is scoped by its owner and selects only what the page shows.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReceivedKind } from "@/lib/invitations/assess";
import type { InboxSearch } from "@/lib/inbox/search";
import { RECEIVED_CLASSES, type InboxStatus } from "@/lib/inbox/schema";
import { isRowId } from "@/lib/forms";

/** Invitations per page: people may have a hundred thousand; "Show older invitations" goes on from the last one. */
export const INBOX_PAGE_SIZE = 50;
/** How much of the sender's history each invitation shows. */
const ENCOUNTERS_SHOWN = 3;
const EARLIER_SHOWN = 5;

const ITEM_SELECT = {
  id: true,
  status: true,
  message: true,
  flags: true,
  sentAt: true,
  createdAt: true,
  contact: {
    select: {
      id: true,
      firstName: true,
      lastName: true,
      company: true,
      title: true,
      stage: true,
      encounters: {
        orderBy: [{ metOn: "desc" }, { createdAt: "desc" }],
        take: ENCOUNTERS_SHOWN,
        select: { id: true, kind: true, metOn: true, where: true, event: { select: { name: true } }, throughContact: { select: { id: true, firstName: true, lastName: true } } },
      },
      invitations: {
        where: { status: { not: "DRAFT" } },
        orderBy: [{ sentAt: "desc" }, { createdAt: "desc" }],
        take: EARLIER_SHOWN + 1,
        select: { id: true, direction: true, status: true, sentAt: true, createdAt: true },
      },
    },
  },
} satisfies Prisma.InvitationSelect;

type Row = Prisma.InvitationGetPayload<{ select: typeof ITEM_SELECT }>;

export type InboxSender = Omit<Row["contact"], "invitations"> & {
  /** Their other invitations, either way, newest first (this one left out). */
  earlier: { id: string; direction: "INCOMING" | "OUTGOING"; status: string; at: Date }[];
};

export type InboxItem = { id: string; status: InboxStatus; kind: ReceivedKind; message: string; receivedAt: Date; sender: InboxSender };

export type InboxPage = { items: InboxItem[]; nextCursor: string | null };

/** The class kept in an invitation's flags; an invitation from before classes were kept reads as its message says. */
function kindOf(flags: string[]): ReceivedKind {
  return RECEIVED_CLASSES.find((kind) => flags.includes(kind)) ?? "customized";
}

function toItem(row: Row): InboxItem {
  const { invitations, ...contact } = row.contact;
  const earlier = invitations
    .filter((invitation) => invitation.id !== row.id)
    .slice(0, EARLIER_SHOWN)
    .map((invitation) => ({ id: invitation.id, direction: invitation.direction, status: invitation.status, at: invitation.sentAt ?? invitation.createdAt }));
  return {
    id: row.id,
    status: row.status as InboxStatus,
    kind: kindOf(row.flags),
    message: row.message,
    receivedAt: row.sentAt ?? row.createdAt,
    sender: { ...contact, earlier },
  };
}

/** Each word of the search in the sender's first or last name, ignoring case. */
function nameFilter(q: string): Prisma.ContactWhereInput {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 5);
  return { AND: words.map((word) => ({ OR: [{ firstName: { contains: word, mode: "insensitive" as const } }, { lastName: { contains: word, mode: "insensitive" as const } }] })) };
}

/**
 * One page of the owner's received invitations, newest first, filtered by status (none: all but the ignored), class
 * and the sender's name. Pages go by cursor (the last invitation shown), so the hundredth page is as quick as the first.
 */
export async function listInbox(ownerId: string, search: InboxSearch = {}, take = INBOX_PAGE_SIZE): Promise<InboxPage> {
  const where: Prisma.InvitationWhereInput = {
    ownerId,
    direction: "INCOMING",
    status: search.status ?? { in: ["NEW", "REPLIED", "ACCEPTED"] },
    ...(search.kind ? { flags: { has: search.kind } } : {}),
    ...(search.q ? { contact: nameFilter(search.q) } : {}),
  };
  const cursor = search.after && isRowId(search.after)
    ? await db.invitation.findFirst({ where: { id: search.after, ownerId, direction: "INCOMING" }, select: { id: true, sentAt: true } })
    : null;
  if (cursor?.sentAt) where.OR = [{ sentAt: { lt: cursor.sentAt } }, { sentAt: cursor.sentAt, id: { lt: cursor.id } }];
  const rows = await db.invitation.findMany({ where, orderBy: [{ sentAt: "desc" }, { id: "desc" }], take: take + 1, select: ITEM_SELECT });
  const items = rows.slice(0, take).map(toItem);
  return { items, nextCursor: rows.length > take ? (items.at(-1)?.id ?? null) : null };
}

/** Whether the owner has received any invitation at all: the inbox's empty state says how to get some in. */
export async function hasReceivedInvitations(ownerId: string): Promise<boolean> {
  return (await db.invitation.findFirst({ where: { ownerId, direction: "INCOMING" }, select: { id: true } })) !== null;
}

/** How many invitations wait for an answer: the count beside "Inbox" in the navigation. */
export async function countNewInvitations(ownerId: string): Promise<number> {
  return db.invitation.count({ where: { ownerId, direction: "INCOMING", status: "NEW" } });
}
