// Contact reads, every one scoped by its owner, returning only what the pages show.
import "server-only";
import { db } from "@/lib/db";

export const CONTACTS_PAGE_SIZE = 25;

const listSelect = {
  id: true,
  firstName: true,
  lastName: true,
  company: true,
  title: true,
  tags: true,
  stage: true,
  createdAt: true,
} as const;

export type ContactListItem = Awaited<ReturnType<typeof listContacts>>["items"][number];

/** Newest first, a page at a time: `after` is the id of the last contact of the previous page. */
export async function listContacts(ownerId: string, options: { after?: string; take?: number } = {}) {
  const take = options.take ?? CONTACTS_PAGE_SIZE;
  const cursor = options.after
    ? await db.contact.findFirst({ where: { id: options.after, ownerId }, select: { id: true } })
    : null;
  const rows = await db.contact.findMany({
    where: { ownerId, archivedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: listSelect,
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
  });
  const items = rows.slice(0, take);
  return { items, nextCursor: rows.length > take ? (items.at(-1)?.id ?? null) : null };
}

export function countContacts(ownerId: string): Promise<number> {
  return db.contact.count({ where: { ownerId, archivedAt: null } });
}

export function getContact(ownerId: string, id: string) {
  return db.contact.findFirst({
    where: { id, ownerId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      company: true,
      title: true,
      linkedinUrl: true,
      location: true,
      notes: true,
      tags: true,
      stage: true,
      stageChangedAt: true,
      version: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}

export type ContactDetail = NonNullable<Awaited<ReturnType<typeof getContact>>>;

/** Another contact of the same owner with this LinkedIn URL, for the duplicate warning. */
export function findContactByLinkedinUrl(ownerId: string, linkedinUrl: string, exceptId?: string) {
  return db.contact.findFirst({
    where: { ownerId, linkedinUrl, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, firstName: true, lastName: true },
  });
}
