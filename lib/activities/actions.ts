"use server";
// Adding a note, a meeting or a message to a contact's timeline.
import { runFormAction } from "@/lib/auth/form-action";
import { noteInput } from "@/lib/activities/schema";
import { logActivity } from "@/lib/activities/mutations";
import { revalidatePipeline } from "@/lib/pipeline/revalidate";
import { isRowId, type FormState } from "@/lib/forms";

const GONE: FormState = { ok: false, message: "This contact no longer exists." };

export async function addNoteAction(contactId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(noteInput, formData, async ({ body, kind }, user) => {
    if (!isRowId(contactId)) return GONE;
    const result = await logActivity(user.id, contactId, kind, body);
    return result.ok ? { ok: true } : GONE;
  });
  // An interaction can move a follow-up (the cadence), which /today and the board show.
  if (state.ok) revalidatePipeline(contactId);
  return state;
}
