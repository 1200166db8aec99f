"use server";
// "How you met" form actions: requireUser → parse → write (scoped by owner) → revalidate.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/form-action";
import { requireUser } from "@/lib/auth/session";
import { encounterInput, encounterUpdateInput } from "@/lib/encounters/schema";
import * as encounters from "@/lib/encounters/mutations";
import { encounterRefusal } from "@/lib/encounters/refusal";
import { isRowId, type FormState } from "@/lib/forms";

const GONE = {
  contact: { ok: false, reason: "not_found", what: "contact" },
  encounter: { ok: false, reason: "not_found", what: "encounter" },
} as const;

function revalidate(contactId: string, eventId: string | null) {
  revalidatePath(`/contacts/${contactId}`);
  revalidatePath("/events");
  if (eventId) revalidatePath(`/events/${eventId}`);
}

export async function addEncounterAction(contactId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(encounterInput, formData, async (input, user) => {
    const result = isRowId(contactId) ? await encounters.createEncounter(user.id, contactId, input) : GONE.contact;
    if (!result.ok) return encounterRefusal(result);
    revalidate(contactId, input.eventId);
    return { ok: true, message: "Saved how you met." };
  });
}

export async function updateEncounterAction(encounterId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(encounterUpdateInput, formData, async ({ version, ...input }, user) => {
    const result = isRowId(encounterId) ? await encounters.updateEncounter(user.id, encounterId, version, input) : GONE.encounter;
    if (!result.ok) return encounterRefusal(result);
    revalidate(result.contactId, input.eventId);
    return { ok: true, message: "Saved your changes." };
  });
}

export async function deleteEncounterAction(encounterId: string): Promise<FormState> {
  const user = await requireUser();
  const result = isRowId(encounterId) ? await encounters.deleteEncounter(user.id, encounterId) : GONE.encounter;
  if (!result.ok) return encounterRefusal(result);
  revalidate(result.contactId, null);
  return { ok: true };
}
