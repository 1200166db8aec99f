"use server";
// Quick capture's action: requireUser → parse → contact and encounter in one transaction → revalidate.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/auth/form-action";
import { captureInput, type CaptureState } from "@/lib/capture/schema";
import { captureContact } from "@/lib/capture/mutations";
import type { FormState } from "@/lib/forms";

/** Saves one person; on success the state names them and keeps the event picked for the next one. */
export async function captureAction(_previous: CaptureState, formData: FormData): Promise<CaptureState> {
  let captured: CaptureState["captured"];
  const state = await runFormAction(captureInput, formData, async (input, user): Promise<FormState> => {
    const result = await captureContact(user.id, user.timezone, input);
    if (result.ok) {
      captured = result.contact;
      revalidatePath("/contacts");
      revalidatePath("/events");
      if (input.eventId) revalidatePath(`/events/${input.eventId}`);
      return { ok: true, message: `Saved ${result.contact.name}.`, values: { eventId: input.eventId ?? "" } };
    }
    if (result.reason === "duplicate") {
      const message = `${result.existingName} already has this LinkedIn URL.`;
      return {
        ok: false,
        message,
        fieldErrors: { linkedinUrl: [message] },
        links: [{ href: `/contacts/${result.existingId}`, label: `Open ${result.existingName}` }],
      };
    }
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: { eventId: ["This event no longer exists. Pick another one."] } };
  });
  return captured ? { ...state, captured } : state;
}
