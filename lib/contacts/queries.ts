// Contact reads, every one scoped by its owner, returning only what the pages show.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor, escapeLike, searchWords, type ContactSearch } from "@/lib/contacts/search";

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

// Each sort: the expression it orders by (as a text key, for the cursor), and its direction.
const ORDER = {
  added: { key: Prisma.sql`to_char(c."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.US')`, direction: "desc" },
  name: { key: Prisma.sql`lower(c."lastName" || ' ' || c."firstName")`, direction: "asc" },
  interaction: { key: Prisma.sql`to_char(coalesce(c."lastInteractionAt", '0001-01-01'), 'YYYY-MM-DD"T"HH24:MI:SS.US')`, direction: "desc" },
} as const;

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
  if (cursor?.key != null) {
    conditions.push(
      order.direction === "desc"
        ? Prisma.sql`(${order.key}, c.id) < (${cursor.key}, ${cursor.id})`
        : Prisma.sql`(${order.key}, c.id) > (${cursor.key}, ${cursor.id})`,
    );
  }
  const direction = order.direction === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows = await db.$queryRaw<(ContactListItem & { sortKey: string })[]>`
    SELECT c.id, c."firstName", c."lastName", c.company, c.title, c.tags, c.stage::text AS stage,
           c."createdAt", c."lastInteractionAt", ${order.key} AS "sortKey"
      FROM "Contact" c
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY ${order.key} ${direction}, c.id ${direction}
     LIMIT ${take + 1}`;
  const last = rows[take - 1];
  const nextCursor = rows.length > take && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null;
  const items: ContactListItem[] = rows.slice(0, take);
  return { items, nextCursor };
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

/** The owner's tags with how many contacts carry each, for the tag filter. */
export function listTags(ownerId: string) {
  return db.$queryRaw<{ tag: string; count: number }[]>`
    SELECT tag, count(*)::int AS count
      FROM "Contact" c, unnest(c.tags) AS tag
     WHERE c."ownerId" = ${ownerId} AND c."archivedAt" IS NULL
     GROUP BY tag
     ORDER BY lower(tag)`;
}
