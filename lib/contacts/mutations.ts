// Contact writes, scoped by owner in the `where` of every statement. The server actions call
// these after checking the session; tests call them directly with a user's id.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContactInput } from "@/lib/contacts/schema";
import { contactName } from "@/lib/contacts/display";
import { findContactBy } from "@/lib/contacts/queries";

export type WriteResult =
  | { ok: true; id: string }
  | { ok: false; reason: "not_found" | "conflict" }
  | { ok: false; reason: "duplicate"; field: "linkedinUrl" | "email"; message: string; existingId: string; existingName: string }
  | { ok: false; reason: "possible_duplicate"; message: string; existingId: string; existingName: string };

/**
 * The same LinkedIn profile or email is the same person: refused. The same name at the same
 * company probably is: a warning the user can override (`confirmed`).
 */
async function duplicateOf(ownerId: string, input: ContactInput, exceptId?: string, confirmed = false): Promise<WriteResult | null> {
  for (const field of ["linkedinUrl", "email"] as const) {
    const value = input[field];
    if (!value) continue;
    const existing = await findContactBy(ownerId, { [field]: value }, exceptId);
    if (existing) {
      const what = field === "email" ? "this email" : "this LinkedIn URL";
      return { ok: false, reason: "duplicate", field, existingId: existing.id, existingName: contactName(existing), message: `${contactName(existing)} already has ${what}.` };
    }
  }
  if (confirmed || !input.company) return null;
  const similar = await findContactBy(
    ownerId,
    {
      firstName: { equals: input.firstName, mode: "insensitive" },
      lastName: { equals: input.lastName, mode: "insensitive" },
      company: { equals: input.company, mode: "insensitive" },
    },
    exceptId,
  );
  if (!similar) return null;
  return {
    ok: false,
    reason: "possible_duplicate",
    existingId: similar.id,
    existingName: contactName(similar),
    message: `You already have ${contactName(similar)} at ${input.company}. Is this the same person?`,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createContact(ownerId: string, input: ContactInput, confirmed = false): Promise<WriteResult> {
  const duplicate = await duplicateOf(ownerId, input, undefined, confirmed);
  if (duplicate) return duplicate;
  try {
    const contact = await db.contact.create({ data: { ...input, ownerId }, select: { id: true } });
    return { ok: true, id: contact.id };
  } catch (error) {
    // A second tab saved the same profile between the check and the insert.
    if (isUniqueViolation(error)) return (await duplicateOf(ownerId, input)) ?? { ok: false, reason: "conflict" };
    throw error;
  }
}

/**
 * Saves an edit only if nobody saved the contact since the form was opened (`version`): a second
 * tab's stale form is refused instead of silently overwriting the first.
 */
export async function updateContact(ownerId: string, id: string, version: number, input: ContactInput, confirmed = false): Promise<WriteResult> {
  const duplicate = await duplicateOf(ownerId, input, id, confirmed);
  if (duplicate) return duplicate;
  try {
    const { count } = await db.contact.updateMany({
      where: { id, ownerId, version },
      data: { ...input, version: { increment: 1 } },
    });
    if (count === 1) return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return (await duplicateOf(ownerId, input, id)) ?? { ok: false, reason: "conflict" };
    throw error;
  }
  const exists = await db.contact.count({ where: { id, ownerId } });
  return { ok: false, reason: exists ? "conflict" : "not_found" };
}

export async function deleteContact(ownerId: string, id: string): Promise<boolean> {
  const { count } = await db.contact.deleteMany({ where: { id, ownerId } });
  return count === 1;
}

/** Archiving hides a contact from the list and search without losing anything; it can be undone. */
export async function setContactArchived(ownerId: string, id: string, archived: boolean): Promise<boolean> {
  const { count } = await db.contact.updateMany({
    where: { id, ownerId },
    data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } },
  });
  return count === 1;
}

/**
 * Adds a tag (unless the contact has it already, in any case); returns the contact's tags, or null
 * when it is not the owner's. One statement, so two quick edits cannot undo each other.
 */
export async function addTag(ownerId: string, id: string, tag: string): Promise<string[] | null> {
  const rows = await db.$queryRaw<{ tags: string[] }[]>`
    UPDATE "Contact" c
       SET tags = array_append(c.tags, ${tag}::text), version = c.version + 1, "updatedAt" = now()
     WHERE c.id = ${id} AND c."ownerId" = ${ownerId}
       AND NOT EXISTS (SELECT 1 FROM unnest(c.tags) t WHERE lower(t) = lower(${tag}))
    RETURNING c.tags`;
  if (rows[0]) return rows[0].tags;
  const contact = await db.contact.findFirst({ where: { id, ownerId }, select: { tags: true } });
  return contact?.tags ?? null;
}

export async function removeTag(ownerId: string, id: string, tag: string): Promise<string[] | null> {
  const rows = await db.$queryRaw<{ tags: string[] }[]>`
    UPDATE "Contact" c
       SET tags = array_remove(c.tags, ${tag}::text), version = c.version + 1, "updatedAt" = now()
     WHERE c.id = ${id} AND c."ownerId" = ${ownerId}
    RETURNING c.tags`;
  return rows[0]?.tags ?? null;
}

/**
 * Renames a tag on every contact of the owner. A contact that already has the new name (in any
 * case) just loses the old one, so no contact ends up with the tag twice. Returns how many changed.
 */
export async function renameTag(ownerId: string, from: string, to: string): Promise<number> {
  return db.$executeRaw`
    UPDATE "Contact" c
       SET tags = array_remove(c.tags, ${from}) ||
                  CASE WHEN EXISTS (SELECT 1 FROM unnest(c.tags) t WHERE lower(t) = lower(${to}) AND t <> ${from})
                       THEN '{}'::text[] ELSE ARRAY[${to}]::text[] END,
           version = c.version + 1,
           "updatedAt" = now()
     WHERE c."ownerId" = ${ownerId} AND ${from} = ANY(c.tags)`;
}
