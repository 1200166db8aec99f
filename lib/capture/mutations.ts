// Quick capture's write: the contact and how you met them, in one transaction, so a failure
// leaves neither behind. Every id is checked against the owner first.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { contactName } from "@/lib/contacts/display";
import { createEncounter, type EncounterWriteResult } from "@/lib/encounters/mutations";
import { parseDay, todayIn, toDayString } from "@/lib/dates/calendar";
import type { CaptureInput } from "@/lib/capture/schema";

export type CaptureResult =
  | { ok: true; contact: { id: string; name: string } }
  | { ok: false; reason: "event_not_found" }
  | { ok: false; reason: "duplicate"; existingId: string; existingName: string };

/** Thrown inside the transaction to roll back the contact when its encounter is refused. */
class EncounterRefused extends Error {
  constructor(readonly result: Exclude<EncounterWriteResult, { ok: true }>) {
    super(`encounter refused: ${result.reason}`);
  }
}

async function duplicateOf(ownerId: string, linkedinUrl: string | null): Promise<CaptureResult | null> {
  if (!linkedinUrl) return null;
  const existing = await db.contact.findFirst({ where: { ownerId, linkedinUrl }, select: { id: true, firstName: true, lastName: true } });
  return existing ? { ok: false, reason: "duplicate", existingId: existing.id, existingName: contactName(existing) } : null;
}

/** Saves one person met: a contact to personalize, met at the event (on its day) or elsewhere today. */
export async function captureContact(ownerId: string, timeZone: string, input: CaptureInput): Promise<CaptureResult> {
  const duplicate = await duplicateOf(ownerId, input.linkedinUrl);
  if (duplicate) return duplicate;
  const event = input.eventId ? await db.event.findFirst({ where: { id: input.eventId, ownerId }, select: { startsOn: true } }) : null;
  if (input.eventId && !event) return { ok: false, reason: "event_not_found" };

  // An event entered with a later date than today (a typo, or a multi-day event) must not put the meeting in the future.
  const today = todayIn(timeZone);
  const metOn = event && toDayString(event.startsOn) <= today ? event.startsOn : parseDay(today)!;

  try {
    const contact = await db.$transaction(async (tx) => {
      const contact = await tx.contact.create({
        data: { ownerId, firstName: input.firstName, lastName: input.lastName, company: input.company, linkedinUrl: input.linkedinUrl, stage: "PERSONALIZE" },
        select: { id: true, firstName: true, lastName: true },
      });
      const encounter = await createEncounter(
        ownerId,
        contact.id,
        {
          kind: event ? "EVENT" : "OTHER",
          eventId: input.eventId,
          metOn,
          where: null,
          throughContactId: null,
          context: input.context,
          topic: input.topic,
          theyCanHelpWith: null,
          iCanHelpWith: null,
        },
        tx,
      );
      if (!encounter.ok) throw new EncounterRefused(encounter);
      return contact;
    });
    return { ok: true, contact: { id: contact.id, name: contactName(contact) } };
  } catch (error) {
    // The event was deleted between the check and the insert.
    if (error instanceof EncounterRefused) return { ok: false, reason: "event_not_found" };
    // Another tab saved the same profile between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await duplicateOf(ownerId, input.linkedinUrl);
      if (raced) return raced;
    }
    throw error;
  }
}
