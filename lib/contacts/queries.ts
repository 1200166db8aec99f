// Contact reads, every one scoped by its owner, returning only what the pages show.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor, escapeLike, searchWords, type ContactSearch, type Cursor, type Sort } from "@/lib/contacts/search";
import { CONTACT_FIELDS_SELECT } from "@/lib/contacts/schema";

export const CONTACTS_PAGE_SIZE = 25;

export type ContactListItem = {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  title: string | null;
  tags: string[];
  stage: Stage;
  createdAt: Date;
  lastInteractionAt: Date | null;
};

// Each sort: its ORDER BY (on plain columns, so the owner's indexes serve the first page), the
// text that a cursor keeps of the last row, and the condition for "after that row".
const SEPARATOR = "\u001f";
const ORDER: Record<Sort, { orderBy: Prisma.Sql; key: Prisma.Sql; after: (cursor: Cursor) => Prisma.Sql }> = {
  added: {
    orderBy: Prisma.sql`c."createdAt" DESC, c.id DESC`,
    key: Prisma.sql`to_char(c."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
    after: ({ key, id }) => Prisma.sql`(c."createdAt", c.id) < (${key}::timestamp, ${id})`,
  },
  name: {
    orderBy: Prisma.sql`c."lastName", c."firstName", c.id`,
    key: Prisma.sql`c."lastName" || ${SEPARATOR} || c."firstName"`,
    after: ({ key, id }) => {
      const [last = "", first = ""] = (key ?? "").split(SEPARATOR);
      return Prisma.sql`(c."lastName", c."firstName", c.id) > (${last}, ${first}, ${id})`;
    },
  },
  // Never-met contacts come last; a cursor among them has no date (key null).
  interaction: {
    orderBy: Prisma.sql`c."lastInteractionAt" DESC NULLS LAST, c.id DESC`,
    key: Prisma.sql`to_char(c."lastInteractionAt", 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
    after: ({ key, id }) =>
      key === null
        ? Prisma.sql`(c."lastInteractionAt" IS NULL AND c.id < ${id})`
        : Prisma.sql`(c."lastInteractionAt" < ${key}::timestamp OR (c."lastInteractionAt" = ${key}::timestamp AND c.id < ${id}) OR c."lastInteractionAt" IS NULL)`,
  },
};

/** One condition per word of the search: every word must appear somewhere in the contact's text. */
function wordCondition(word: string): Prisma.Sql {
  // Trigram indexes need three characters; a shorter fragment matches the start of a word instead,
  // through the tsvector index ("jo" finds "José", not "Majo").
  const letters = word.replace(/[^\p{L}\p{N}]/gu, "");
  if ([...word].length < 3 && letters) {
    return Prisma.sql`c."searchVector" @@ to_tsquery('simple', rapport_fold(${letters}) || ':*')`;
  }
  return Prisma.sql`c."searchText" LIKE '%' || rapport_fold(${escapeLike(word)}) || '%'`;
}

/**
 * A page of the owner's contacts matching the search and filters, in the chosen order. The cursor
 * is the sort key and id of the page's last row; `nextCursor` is null on the last page.
 */
export async function listContacts(ownerId: string, search: Partial<ContactSearch> = {}, take = CONTACTS_PAGE_SIZE) {
  const order = ORDER[search.sort ?? "added"];
  const cursor = decodeCursor(search.after);
  const conditions: Prisma.Sql[] = [
    Prisma.sql`c."ownerId" = ${ownerId}`,
    search.archived ? Prisma.sql`c."archivedAt" IS NOT NULL` : Prisma.sql`c."archivedAt" IS NULL`,
    ...searchWords(search.q).map(wordCondition),
  ];
  if (search.tag) conditions.push(Prisma.sql`c.tags @> ARRAY[${search.tag}]::text[]`);
  if (search.stage) conditions.push(Prisma.sql`c.stage = ${search.stage}::"Stage"`);
  if (search.event) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Encounter" e WHERE e."contactId" = c.id AND e."eventId" = ${search.event} AND e."ownerId" = ${ownerId})`);
  }
  if (cursor) conditions.push(order.after(cursor));
  const rows = await db.$queryRaw<(ContactListItem & { sortKey: string | null })[]>`
    SELECT c.id, c."firstName", c."lastName", c.company, c.title, c.tags, c.stage::text AS stage,
           c."createdAt", c."lastInteractionAt", ${order.key} AS "sortKey"
      FROM "Contact" c
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY ${order.orderBy}
     LIMIT ${take + 1}`;
  const last = rows[take - 1];
  const nextCursor = rows.length > take && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null;
  const items: ContactListItem[] = rows.slice(0, take);
  return { items, nextCursor };
}

/** A contact's own details: what the contact form edits, with its tags and stage. */
export const CONTACT_DETAILS_SELECT = { id: true, ...CONTACT_FIELDS_SELECT, stage: true } as const;

export function getContact(ownerId: string, id: string) {
  return db.contact.findFirst({
    where: { id, ownerId },
    select: {
      ...CONTACT_DETAILS_SELECT,
      stageChangedAt: true,
      connectedAt: true,
      nextFollowUpOn: true,
      followUpNote: true,
      archivedAt: true,
      version: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}

export type ContactDetail = NonNullable<Awaited<ReturnType<typeof getContact>>>;

/** Another contact of the same owner matching `where`, for the duplicate checks. */
export function findContactBy(ownerId: string, where: Prisma.ContactWhereInput, exceptId?: string) {
  return db.contact.findFirst({
    where: { ...where, ownerId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, firstName: true, lastName: true },
  });
}

/**
 * How many contacts the owner has, and each tag with how many carry it (for the tag filter). One
 * index-only scan: contacts are grouped by their whole set of tags first, of which there are few.
 */
export async function getContactsSummary(ownerId: string): Promise<{ total: number; tags: { tag: string; count: number }[] }> {
  const combos = await db.$queryRaw<{ tags: string[]; count: number }[]>`
    SELECT tags, count(*)::int AS count
      FROM "Contact"
     WHERE "ownerId" = ${ownerId} AND "archivedAt" IS NULL
     GROUP BY tags`;
  const counts = new Map<string, number>();
  let total = 0;
  for (const combo of combos) {
    total += combo.count;
    for (const tag of combo.tags) counts.set(tag, (counts.get(tag) ?? 0) + combo.count);
  }
  const tags = [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag, "en", { sensitivity: "base" }));
  return { total, tags };
}
