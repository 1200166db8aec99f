// Reads for the merge page, scoped by owner: each side's details and what would move, and the
// picker's search for the other contact.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CONTACT_DETAILS_SELECT } from "@/lib/contacts/queries";
import { isRowId } from "@/lib/forms";

export const MERGE_PICKER_LIMIT = 20;

/** One side of a merge: the fields compared, tags and stage, and how many rows would move. */
export async function getMergeSide(ownerId: string, id: string) {
  if (!isRowId(id)) return null; // an address no id of Rapport's looks like (a NUL would reach PostgreSQL as an error)
  const contact = await db.contact.findFirst({
    where: { id, ownerId },
    select: {
      ...CONTACT_DETAILS_SELECT,
      version: true,
      _count: { select: { encounters: true, activities: true, introducedVia: true } },
    },
  });
  if (!contact) return null;
  const { _count, ...fields } = contact;
  return { ...fields, counts: { encounters: _count.encounters, activities: _count.activities, introductions: _count.introducedVia } };
}

export type MergeSide = NonNullable<Awaited<ReturnType<typeof getMergeSide>>>;

export type MergeCandidate = {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  email: string | null;
  archivedAt: Date | null;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * The owner's contacts (but `exceptId`) whose name, company or email contain every word of `query`,
 * ignoring case and accents. The trigram-indexed search text narrows the rows first; the second test
 * keeps only matches in those four fields (the search text also holds notes and encounters).
 */
export async function findMergeCandidates(ownerId: string, exceptId: string, query: string): Promise<MergeCandidate[]> {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return [];
  const conditions = words.map((word) => {
    const pattern = `%${escapeLike(word)}%`;
    return Prisma.sql`AND "searchText" LIKE rapport_fold(${pattern})
      AND rapport_fold(concat_ws(' ', "firstName", "lastName", company, email)) LIKE rapport_fold(${pattern})`;
  });
  return db.$queryRaw<MergeCandidate[]>`
    SELECT id, "firstName", "lastName", company, email, "archivedAt"
      FROM "Contact"
     WHERE "ownerId" = ${ownerId} AND id <> ${exceptId} ${Prisma.join(conditions, " ")}
     ORDER BY lower("lastName"), lower("firstName"), id
     LIMIT ${MERGE_PICKER_LIMIT}`;
}

/** Contacts that look like the same person (same name, email or phone): offered before any search. */
export async function listLikelyDuplicates(
  ownerId: string,
  contact: { id: string; firstName: string; lastName: string; email: string | null; phone: string | null },
): Promise<MergeCandidate[]> {
  const sameName =
    contact.firstName && contact.lastName
      ? [{ firstName: { equals: contact.firstName, mode: "insensitive" as const }, lastName: { equals: contact.lastName, mode: "insensitive" as const } }]
      : [];
  const or = [...sameName, ...(contact.email ? [{ email: contact.email }] : []), ...(contact.phone ? [{ phone: contact.phone }] : [])];
  if (or.length === 0) return [];
  return db.contact.findMany({
    where: { ownerId, id: { not: contact.id }, OR: or },
    select: { id: true, firstName: true, lastName: true, company: true, email: true, archivedAt: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    take: 5,
  });
}
