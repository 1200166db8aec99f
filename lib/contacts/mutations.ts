// Contact writes, scoped by owner in the `where` of every statement. The server actions call
// these after checking the session; tests call them directly with a user's id.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_TAG_BYTES, MAX_TAGS, type ContactInput } from "@/lib/contacts/schema";
import { contactName } from "@/lib/contacts/display";
import { findContactBy } from "@/lib/contacts/queries";
import { createEncounter } from "@/lib/encounters/mutations";
import type { EncounterInput } from "@/lib/encounters/schema";

export type DuplicateResult =
  | { ok: false; reason: "duplicate"; field: "linkedinUrl" | "email"; message: string; existingId: string; existingName: string }
  | { ok: false; reason: "possible_duplicate"; message: string; existingId: string; existingName: string };

export type WriteResult =
  | { ok: true; id: string }
  | { ok: false; reason: "not_found" | "conflict" }
  | { ok: false; reason: "event_not_found" }
  | DuplicateResult;

/** What the duplicate rules look at; quick capture asks them with what it has (no email). */
export type DuplicateProbe = Pick<ContactInput, "firstName" | "lastName" | "company" | "linkedinUrl" | "email">;

/**
 * The same LinkedIn profile or email is the same person: refused. The same name at the same
 * company probably is: a warning the user can override (`confirmed`). The contact form and quick
 * capture both ask this, so the two ways in cannot disagree about who is already there.
 */
export async function findDuplicateContact(ownerId: string, input: DuplicateProbe, exceptId?: string, confirmed = false): Promise<DuplicateResult | null> {
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

/** Thrown inside the transaction to roll back the contact when its encounter is refused. */
class EncounterRefused extends Error {}

/**
 * Creates the contact and, when given, how you met them (`metOn` decided by the caller: the user's
 * today unless they picked a day), in one transaction: a refused encounter leaves no contact behind.
 */
export async function createContact(ownerId: string, input: ContactInput, confirmed = false, howYouMet: HowYouMet | null = null): Promise<WriteResult> {
  const duplicate = await findDuplicateContact(ownerId, input, undefined, confirmed);
  if (duplicate) return duplicate;
  try {
    const contact = await db.$transaction(async (tx) => {
      const contact = await tx.contact.create({ data: { ...input, ownerId }, select: { id: true } });
      if (howYouMet) {
        const encounter = await createEncounter(ownerId, contact.id, encounterOf(howYouMet), tx);
        if (!encounter.ok) throw new EncounterRefused();
      }
      return contact;
    });
    return { ok: true, id: contact.id };
  } catch (error) {
    // The event was deleted (or is not the owner's) between the form and the insert.
    if (error instanceof EncounterRefused) return { ok: false, reason: "event_not_found" };
    // A second tab saved the same profile between the check and the insert.
    if (isUniqueViolation(error)) return (await findDuplicateContact(ownerId, input)) ?? { ok: false, reason: "conflict" };
    throw error;
  }
}

/**
 * "How you met" as the new-contact form and quick capture ask it: the event (or none), the day, the
 * line, and (quick capture only) the topic to mention.
 */
export type HowYouMet = { eventId: string | null; metOn: Date; context: string; topic?: string | null };

/** The full encounter for a short "how you met": at the event when there is one, otherwise somewhere else. */
export function encounterOf(met: HowYouMet): EncounterInput {
  return {
    kind: met.eventId ? "EVENT" : "OTHER",
    eventId: met.eventId,
    metOn: met.metOn,
    where: null,
    throughContactId: null,
    context: met.context,
    topic: met.topic ?? null,
    theyCanHelpWith: null,
    iCanHelpWith: null,
  };
}

/**
 * Saves an edit only if nobody saved the contact since the form was opened (`version`): a second
 * tab's stale form is refused instead of silently overwriting the first.
 */
export async function updateContact(ownerId: string, id: string, version: number, input: ContactInput, confirmed = false): Promise<WriteResult> {
  const duplicate = await findDuplicateContact(ownerId, input, id, confirmed);
  if (duplicate) return duplicate;
  try {
    const { count } = await db.contact.updateMany({
      where: { id, ownerId, version },
      data: { ...input, version: { increment: 1 } },
    });
    if (count === 1) return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return (await findDuplicateContact(ownerId, input, id)) ?? { ok: false, reason: "conflict" };
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
 * Adds a tag (unless the contact has it already, in any case, or has as many tags as the form allows); returns the
 * contact's tags, or null when it is not the owner's. One statement, so two quick edits cannot undo each other.
 */
export async function addTag(ownerId: string, id: string, tag: string): Promise<string[] | null> {
  const rows = await db.$queryRaw<{ tags: string[] }[]>`
    UPDATE "Contact" c
       SET tags = array_append(c.tags, ${tag}::text), version = c.version + 1, "updatedAt" = now()
     WHERE c.id = ${id} AND c."ownerId" = ${ownerId}
       AND NOT EXISTS (SELECT 1 FROM unnest(c.tags) t WHERE lower(t) = lower(${tag}))
       AND cardinality(c.tags) < ${MAX_TAGS}
       AND coalesce(octet_length(array_to_string(c.tags, '')), 0) + octet_length(${tag}::text) <= ${MAX_TAG_BYTES}
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
