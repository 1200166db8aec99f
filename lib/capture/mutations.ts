// Quick capture's write: the contact and how you met them, in one transaction, so a failure
// leaves neither behind; or, when the person is already a contact, the meeting on them. The
// duplicate rules are the contact form's own (findDuplicateContact), and every id is checked against the owner.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { contactName } from "@/lib/contacts/display";
import { encounterOf, findDuplicateContact, type DuplicateResult, type HowYouMet } from "@/lib/contacts/mutations";
import { createEncounter, type EncounterWriteResult } from "@/lib/encounters/mutations";
import { parseDay, todayIn } from "@/lib/dates/calendar";
import type { CaptureInput } from "@/lib/capture/schema";

export type CaptureResult =
  | { ok: true; contact: { id: string; name: string }; addedToExisting: boolean }
  | { ok: false; reason: "event_not_found" | "contact_not_found" }
  | DuplicateResult;

/** Where and when the user is: "today" is their calendar day at `at` (the request's now()). */
export type CaptureClock = { timeZone: string; at: Date };

/** Thrown inside the transaction to roll back the contact when its encounter is refused. */
class EncounterRefused extends Error {
  constructor(readonly result: Exclude<EncounterWriteResult, { ok: true }>) {
    super(`encounter refused: ${result.reason}`);
  }
}

/**
 * The meeting being captured: on the day the user gave, else on their today. Never on the event's
 * date: capturing someone at last week's event (still going, or picked by mistake) files them today.
 */
function howYouMetOf(input: CaptureInput, clock: CaptureClock): HowYouMet {
  return { eventId: input.eventId, metOn: input.metOn ?? parseDay(todayIn(clock.timeZone, clock.at))!, context: input.context, topic: input.topic };
}

function refusalOf(result: Exclude<EncounterWriteResult, { ok: true }>): CaptureResult {
  return { ok: false, reason: result.reason === "not_found" && result.what === "contact" ? "contact_not_found" : "event_not_found" };
}

/** "Add to the existing one": the meeting goes on a contact the owner already has. */
async function addToExisting(ownerId: string, contactId: string, met: HowYouMet): Promise<CaptureResult> {
  const result = await createEncounter(ownerId, contactId, encounterOf(met));
  if (!result.ok) return refusalOf(result);
  const contact = await db.contact.findFirstOrThrow({ where: { id: contactId, ownerId }, select: { firstName: true, lastName: true } });
  return { ok: true, contact: { id: contactId, name: contactName(contact) }, addedToExisting: true };
}

/**
 * Saves one person met: a contact to personalize and how you met them. The same LinkedIn profile
 * is refused and the same name at the same company is asked about, as on /contacts/new.
 */
export async function captureContact(ownerId: string, clock: CaptureClock, input: CaptureInput): Promise<CaptureResult> {
  const met = howYouMetOf(input, clock);
  if (input.addToContactId) return addToExisting(ownerId, input.addToContactId, met);

  const person = { firstName: input.firstName, lastName: input.lastName, company: input.company, linkedinUrl: input.linkedinUrl, email: null };
  const duplicate = await findDuplicateContact(ownerId, person, undefined, input.confirmed);
  if (duplicate) return duplicate;
  if (input.eventId && !(await db.event.count({ where: { id: input.eventId, ownerId } }))) return { ok: false, reason: "event_not_found" };

  try {
    const contact = await db.$transaction(async (tx) => {
      const contact = await tx.contact.create({
        data: { ownerId, firstName: input.firstName, lastName: input.lastName, company: input.company, linkedinUrl: input.linkedinUrl, stage: "PERSONALIZE" },
        select: { id: true, firstName: true, lastName: true },
      });
      const encounter = await createEncounter(ownerId, contact.id, encounterOf(met), tx);
      if (!encounter.ok) throw new EncounterRefused(encounter);
      return contact;
    });
    return { ok: true, contact: { id: contact.id, name: contactName(contact) }, addedToExisting: false };
  } catch (error) {
    // The event was deleted between the check and the insert.
    if (error instanceof EncounterRefused) return refusalOf(error.result);
    // Another tab saved the same profile between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await findDuplicateContact(ownerId, person);
      if (raced) return raced;
    }
    throw error;
  }
}
