// "How you met" reads, every one scoped by its owner, returning plain objects for the contact page.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contactName } from "@/lib/contacts/display";

/** How many contacts the "Mutual connection" select offers; a native select past this is unusable anyway. */
export const CONTACT_OPTIONS_LIMIT = 500;

/**
 * A contact's encounters, newest first, each with its event and mutual connection: for the contact
 * page, and for the coach's facts (inside the transaction that marks an invitation sent).
 */
export async function listEncounters(ownerId: string, contactId: string, client: Prisma.TransactionClient = db) {
  const rows = await client.encounter.findMany({
    where: { ownerId, contactId },
    orderBy: [{ metOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      kind: true,
      metOn: true,
      where: true,
      context: true,
      topic: true,
      theyCanHelpWith: true,
      iCanHelpWith: true,
      version: true,
      event: { select: { id: true, name: true, location: true } },
      throughContact: { select: { id: true, firstName: true, lastName: true } },
    },
  });
  return rows.map(({ throughContact, ...encounter }) => ({ ...encounter, mutualConnection: throughContact }));
}

export type EncounterItem = Awaited<ReturnType<typeof listEncounters>>[number];

/** The user's contacts by name for the "Mutual connection" select, without `exceptId` (nobody introduces themselves). */
export async function listContactOptions(ownerId: string, exceptId?: string) {
  const rows = await db.contact.findMany({
    where: { ownerId, archivedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: { id: true, firstName: true, lastName: true },
    take: CONTACT_OPTIONS_LIMIT,
  });
  return rows.map((contact) => ({ id: contact.id, name: contactName(contact) }));
}

export type ContactOption = Awaited<ReturnType<typeof listContactOptions>>[number];
