"use server";
// Quick capture's action: requireUser → parse → contact and encounter in one transaction → revalidate.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/form-action";
import { captureInput, type CaptureState } from "@/lib/capture/schema";
import { captureContact } from "@/lib/capture/mutations";
import { now } from "@/lib/dates/clock";
import type { FormState } from "@/lib/forms";

/**
 * Saves one person; on success the state names them and keeps the event and the day picked for the
 * next one. A duplicate is refused or asked about as on /contacts/new, and the state then names the
 * contact it matches, for "Add to the existing one".
 */
export async function captureAction(_previous: CaptureState, formData: FormData): Promise<CaptureState> {
  let captured: CaptureState["captured"];
  let existing: CaptureState["existing"];
  const state = await runFormAction(captureInput, formData, async (input, user): Promise<FormState> => {
    const result = await captureContact(user.id, { timeZone: user.timezone, at: await now() }, input);
    const kept = { eventId: input.eventId ?? "", metOn: String(formData.get("metOn") ?? "") };
    if (result.ok) {
      captured = result.contact;
      revalidatePath("/contacts");
      revalidatePath(`/contacts/${result.contact.id}`);
      revalidatePath("/events");
      if (input.eventId) revalidatePath(`/events/${input.eventId}`);
      const message = result.addedToExisting ? `Added how you met to ${result.contact.name}.` : `Saved ${result.contact.name}.`;
      return { ok: true, message, values: kept };
    }
    switch (result.reason) {
      case "duplicate":
      case "possible_duplicate":
        existing = { id: result.existingId, name: result.existingName };
        return {
          ok: false,
          message: result.message,
          fieldErrors: result.reason === "duplicate" ? { [result.field]: [result.message] } : undefined,
          links: [{ href: `/contacts/${result.existingId}`, label: `Open ${result.existingName}` }],
          // The same profile is the same person: no second contact. The same name and company may not be.
          confirm: result.reason === "possible_duplicate" ? "Save anyway" : undefined,
        };
      case "contact_not_found":
        return { ok: false, message: "The contact you chose to add this meeting to no longer exists. Save this person as someone new instead.", confirm: "Save anyway" };
      case "event_not_found":
        return { ok: false, message: "Check the highlighted fields.", fieldErrors: { eventId: ["This event no longer exists. Pick another one."] } };
    }
  });
  return { ...state, ...(captured && { captured }), ...(existing && { existing }) };
}
