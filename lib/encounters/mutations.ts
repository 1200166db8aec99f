// "How you met" writes. Every id that arrives from a form (the contact, the event, the mutual
// connection) is checked against the owner before anything is written; a result, not an exception,
// reports a refusal. Quick capture passes its own transaction so its contact and encounter commit together.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EncounterInput } from "@/lib/encounters/schema";

type Tx = Prisma.TransactionClient;

export type EncounterWriteResult =
  | { ok: true; id: string; contactId: string }
  | { ok: false; reason: "not_found"; what: "contact" | "encounter" | "event" | "mutualConnection" }
  | { ok: false; reason: "self_introduction" }
  | { ok: false; reason: "conflict" };

type Refusal = Exclude<EncounterWriteResult, { ok: true }>;

/** Checks the event and the mutual connection belong to the owner, and that nobody introduced a contact to themselves. */
async function checkLinks(tx: Tx, ownerId: string, contactId: string, input: EncounterInput): Promise<Refusal | null> {
  if (input.throughContactId === contactId) return { ok: false, reason: "self_introduction" };
  const [event, through] = await Promise.all([
    input.eventId ? tx.event.findFirst({ where: { id: input.eventId, ownerId }, select: { id: true } }) : true,
    input.throughContactId ? tx.contact.findFirst({ where: { id: input.throughContactId, ownerId }, select: { id: true } }) : true,
  ]);
  if (!event) return { ok: false, reason: "not_found", what: "event" };
  if (!through) return { ok: false, reason: "not_found", what: "mutualConnection" };
  return null;
}

/**
 * Moves the contact's last interaction forward to the day they were met, never back. The contact's
 * `version` stays: it guards the contact form's fields, and this is not one of them.
 */
async function touchLastInteraction(tx: Tx, ownerId: string, contactId: string, metOn: Date) {
  await tx.contact.updateMany({
    where: { id: contactId, ownerId, OR: [{ lastInteractionAt: null }, { lastInteractionAt: { lt: metOn } }] },
    data: { lastInteractionAt: metOn },
  });
}

function inTransaction<T>(tx: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
  return tx ? work(tx) : db.$transaction(work);
}

function encounterData(input: EncounterInput) {
  return {
    kind: input.kind,
    eventId: input.eventId,
    metOn: input.metOn,
    where: input.where,
    throughContactId: input.throughContactId,
    context: input.context,
    topic: input.topic,
    theyCanHelpWith: input.theyCanHelpWith,
    iCanHelpWith: input.iCanHelpWith,
  };
}

export function createEncounter(ownerId: string, contactId: string, input: EncounterInput, tx?: Tx): Promise<EncounterWriteResult> {
  return inTransaction(tx, async (tx) => {
    const contact = await tx.contact.findFirst({ where: { id: contactId, ownerId }, select: { id: true } });
    if (!contact) return { ok: false, reason: "not_found", what: "contact" };
    const refusal = await checkLinks(tx, ownerId, contactId, input);
    if (refusal) return refusal;
    const encounter = await tx.encounter.create({ data: { ...encounterData(input), ownerId, contactId }, select: { id: true } });
    await touchLastInteraction(tx, ownerId, contactId, input.metOn);
    return { ok: true, id: encounter.id, contactId };
  });
}

/**
 * Saves an edit only if nobody saved the encounter since the form was opened at `version`: a second tab's stale form
 * is refused as a conflict instead of silently overwriting the first.
 */
export function updateEncounter(ownerId: string, id: string, version: number, input: EncounterInput, tx?: Tx): Promise<EncounterWriteResult> {
  return inTransaction(tx, async (tx) => {
    const encounter = await tx.encounter.findFirst({ where: { id, ownerId }, select: { contactId: true, version: true } });
    if (!encounter) return { ok: false, reason: "not_found", what: "encounter" };
    if (encounter.version !== version) return { ok: false, reason: "conflict" };
    const refusal = await checkLinks(tx, ownerId, encounter.contactId, input);
    if (refusal) return refusal;
    // The version is checked again in the write: another save may have committed since the read above.
    const { count } = await tx.encounter.updateMany({ where: { id, ownerId, version }, data: { ...encounterData(input), version: { increment: 1 } } });
    if (count === 0) return (await tx.encounter.count({ where: { id, ownerId } })) ? { ok: false, reason: "conflict" } : { ok: false, reason: "not_found", what: "encounter" };
    await touchLastInteraction(tx, ownerId, encounter.contactId, input.metOn);
    return { ok: true, id, contactId: encounter.contactId };
  });
}

export async function deleteEncounter(ownerId: string, id: string): Promise<EncounterWriteResult> {
  const encounter = await db.encounter.findFirst({ where: { id, ownerId }, select: { contactId: true } });
  if (!encounter) return { ok: false, reason: "not_found", what: "encounter" };
  const { count } = await db.encounter.deleteMany({ where: { id, ownerId } });
  if (count === 0) return { ok: false, reason: "not_found", what: "encounter" };
  return { ok: true, id, contactId: encounter.contactId };
}
