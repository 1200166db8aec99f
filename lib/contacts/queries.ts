// Contact reads, every one scoped by its owner, returning only what the pages show.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor, escapeLike, searchWords, type ContactSearch, type Cursor, type Sort } from "@/lib/contacts/search";
import { explainMatch, type ContactMatch, type MatchSource } from "@/lib/contacts/search-match";
import { CONTACT_FIELDS_SELECT } from "@/lib/contacts/schema";
import { isRowId } from "@/lib/forms";

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
function wordCondition(word: string, similar = false): Prisma.Sql {
  // Trigram indexes need three characters; a shorter fragment matches the start of a word instead,
  // through the tsvector index ("jo" finds "José", not "Majo").
  const letters = word.replace(/[^\p{L}\p{N}]/gu, "");
  if ([...word].length < 3 && letters) {
    return Prisma.sql`c."searchVector" @@ to_tsquery('simple', rapport_fold(${letters}) || ':*')`;
  }
  const exact = Prisma.sql`c."searchText" LIKE '%' || rapport_fold(${escapeLike(word)}) || '%'`;
  // A misspelt word ("accesibility") is found by its trigrams: some word of the text resembles it
  // (word_similarity, served by the same trigram index, at the threshold set in findSimilar).
  return similar ? Prisma.sql`(${exact} OR rapport_fold(${word}) <% c."searchText")` : exact;
}

/** Counting stops here ("1,000+ matches"): beyond it the number tells the reader nothing more. */
export const MATCH_COUNT_LIMIT = 1000;
/**
 * At most this many contacts are found by a close spelling. Each costs a word_similarity over its
 * whole text (about 0.1 ms at 50,000 contacts), so a typo of a word half the network shares stays fast.
 */
export const SIMILAR_LIMIT = 100;
/**
 * How alike a word must be: 0.5 lets one wrong letter inside a word of seven or more ("speekers")
 * through, where pg_trgm's default 0.6 lets only a missing one ("accesibility"). Set explicitly so a
 * server's setting cannot change what a typo finds.
 */
const TYPO_THRESHOLD = 0.5;

type Row = ContactListItem & { sortKey: string | null };
const LIST_COLUMNS = Prisma.sql`c.id, c."firstName", c."lastName", c.company, c.title, c.tags, c.stage::text AS stage,
       c."createdAt", c."lastInteractionAt"`;

export type ContactListPage = {
  items: (ContactListItem & { match?: ContactMatch })[];
  nextCursor: string | null;
  /** How many contacts match the search and filters (up to MATCH_COUNT_LIMIT, or SIMILAR_LIMIT), when filtered. */
  total: number | null;
  /** More than `total` match. */
  more: boolean;
  /** Nothing matched exactly; these are contacts with a word spelt like the search's. */
  similar: boolean;
};

/**
 * A page of the owner's contacts matching the search and filters, in the chosen order. The cursor
 * is the sort key and id of the page's last row; `nextCursor` is null on the last page. When the
 * words match nobody exactly, the contacts whose words are spelt like them are shown instead.
 * Each item found by a search says why it matched (search-match.ts).
 */
export async function listContacts(ownerId: string, search: Partial<ContactSearch> = {}, take = CONTACTS_PAGE_SIZE): Promise<ContactListPage> {
  const order = ORDER[search.sort ?? "added"];
  const cursor = decodeCursor(search.after);
  const words = searchWords(search.q);
  const filters: Prisma.Sql[] = [
    Prisma.sql`c."ownerId" = ${ownerId}`,
    search.archived ? Prisma.sql`c."archivedAt" IS NOT NULL` : Prisma.sql`c."archivedAt" IS NULL`,
  ];
  if (search.tag) filters.push(Prisma.sql`c.tags @> ARRAY[${search.tag}]::text[]`);
  if (search.stage) filters.push(Prisma.sql`c.stage = ${search.stage}::"Stage"`);
  if (search.event) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "Encounter" e WHERE e."contactId" = c.id AND e."eventId" = ${search.event} AND e."ownerId" = ${ownerId})`);
  }
  const matching = [...filters, ...words.map((word) => wordCondition(word))];
  const after = cursor ? [order.after(cursor)] : [];
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${LIST_COLUMNS}, ${order.key} AS "sortKey"
      FROM "Contact" c
     WHERE ${Prisma.join([...matching, ...after], " AND ")}
     ORDER BY ${order.orderBy}
     LIMIT ${take + 1}`;

  const filtered = words.length > 0 || Boolean(search.tag || search.stage || search.event);
  // A first page that holds every match has counted them already.
  const counting = filtered && (cursor !== null || rows.length > take);
  const [counted, exact] = await Promise.all([counting ? countMatches(matching) : null, page(ownerId, rows, take, words.length > 0 ? search.q : undefined)]);
  const total = !filtered ? null : counted ? counted.count : rows.length;
  if (total === 0 && words.some((word) => [...word].length >= 3)) {
    const similar = await findSimilar(ownerId, order, [...filters, ...words.map((word) => wordCondition(word, true))], after, take);
    if (similar.total > 0) return { ...(await page(ownerId, similar.rows, take, search.q)), total: similar.total, more: similar.more, similar: true };
  }
  return { ...exact, total, more: counted?.more ?? false, similar: false };
}

async function countMatches(conditions: Prisma.Sql[]): Promise<{ count: number; more: boolean }> {
  const [{ count } = { count: 0 }] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (
      SELECT 1 FROM "Contact" c WHERE ${Prisma.join(conditions, " AND ")} LIMIT ${MATCH_COUNT_LIMIT + 1}) matches`;
  return { count: Math.min(count, MATCH_COUNT_LIMIT), more: count > MATCH_COUNT_LIMIT };
}

/**
 * The contacts matching with close spellings allowed, up to SIMILAR_LIMIT of them, in the chosen
 * order. The planner prices word_similarity like an equality test (it costs ~0.1 ms a row), and
 * would walk the owner's contacts in date order testing each; with plain index and sequential
 * scans off for this one transaction, it reads the trigram index's candidates only.
 */
async function findSimilar(ownerId: string, order: (typeof ORDER)[Sort], conditions: Prisma.Sql[], after: Prisma.Sql[], take: number) {
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true),
                        set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`,
    db.$queryRaw<(Row & { total: number })[]>`
      WITH matched AS MATERIALIZED (
        SELECT c.id FROM "Contact" c WHERE ${Prisma.join(conditions, " AND ")} LIMIT ${SIMILAR_LIMIT + 1})
      SELECT ${LIST_COLUMNS}, ${order.key} AS "sortKey", (SELECT count(*)::int FROM matched) AS total
        FROM "Contact" c
       WHERE c.id IN (SELECT id FROM matched) AND c."ownerId" = ${ownerId}${after.length ? Prisma.sql` AND ${Prisma.join(after, " AND ")}` : Prisma.empty}
       ORDER BY ${order.orderBy}
       LIMIT ${take + 1}`,
  ]);
  const total = rows[0]?.total ?? 0;
  return { rows, total: Math.min(total, SIMILAR_LIMIT), more: total > SIMILAR_LIMIT };
}

/** Cuts the rows to a page and, for a search, says for each why it matched. */
async function page(ownerId: string, rows: Row[], take: number, q: string | undefined) {
  const last = rows[take - 1];
  const nextCursor = rows.length > take && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null;
  const items = rows.slice(0, take).map(
    (row): ContactListItem => ({
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      company: row.company,
      title: row.title,
      tags: row.tags,
      stage: row.stage,
      createdAt: row.createdAt,
      lastInteractionAt: row.lastInteractionAt,
    }),
  );
  if (!q || items.length === 0) return { items, nextCursor };
  const ids = items.map((item) => item.id);
  const [details, encounters] = await Promise.all([
    db.contact.findMany({ where: { ownerId, id: { in: ids } }, select: { id: true, email: true, location: true, notes: true } }),
    db.encounter.findMany({
      where: { ownerId, contactId: { in: ids } },
      orderBy: { metOn: "desc" },
      select: { contactId: true, context: true, topic: true, where: true, theyCanHelpWith: true, iCanHelpWith: true, event: { select: { name: true, location: true } } },
    }),
  ]);
  const byId = new Map(details.map((detail) => [detail.id, detail]));
  return {
    items: items.map((item) => {
      const detail = byId.get(item.id);
      const source: MatchSource = {
        ...item,
        email: detail?.email ?? null,
        location: detail?.location ?? null,
        notes: detail?.notes ?? null,
        encounters: encounters
          .filter((encounter) => encounter.contactId === item.id)
          .map((encounter) => ({ ...encounter, eventName: encounter.event?.name ?? null, eventLocation: encounter.event?.location ?? null })),
      };
      return { ...item, match: explainMatch(source, q) };
    }),
    nextCursor,
  };
}

/** A contact's own details: what the contact form edits, with its tags and stage. */
export const CONTACT_DETAILS_SELECT = { id: true, ...CONTACT_FIELDS_SELECT, stage: true } as const;

export async function getContact(ownerId: string, id: string) {
  if (!isRowId(id)) return null; // an address no id of Rapport's looks like (a NUL would reach PostgreSQL as an error)
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
