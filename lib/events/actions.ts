"use server";
// Event form actions: requireUser → parse → write (scoped by owner) → revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/auth/form-action";
import { requireUser } from "@/lib/auth/session";
import { eventInput, eventUpdateInput } from "@/lib/events/schema";
import * as events from "@/lib/events/mutations";
import { isRowId, staleEdit, type FormState } from "@/lib/forms";

const GONE: FormState = { ok: false, message: "This event no longer exists." };

/** Creates the event and opens it, or goes back to quick capture with it selected when the form came from there. */
export async function createEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runFormAction(eventInput, formData, async (input, user) => {
    id = (await events.createEvent(user.id, input)).id;
    return { ok: true };
  });
  if (!id) return state;
  revalidatePath("/events");
  // Only this one fixed place: a free-form return address would be an open redirect.
  redirect(formData.get("returnTo") === "capture" ? `/capture?event=${id}` : `/events/${id}`);
}

export async function updateEventAction(eventId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(eventUpdateInput, formData, async ({ version, ...input }, user) => {
    if (!isRowId(eventId)) return GONE;
    const result = await events.updateEvent(user.id, eventId, version, input);
    if (result.ok) return { ok: true };
    return result.reason === "conflict" ? staleEdit("event") : GONE;
  });
  if (!state.ok) return state;
  revalidatePath("/events");
  revalidatePath(`/events/${eventId}`);
  redirect(`/events/${eventId}`);
}

export async function deleteEventAction(eventId: string): Promise<FormState> {
  const user = await requireUser();
  if (!isRowId(eventId) || !(await events.deleteEvent(user.id, eventId)).ok) return GONE;
  revalidatePath("/events");
  return { ok: true };
}
