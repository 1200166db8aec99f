"use server";
// Adding a note to a contact's timeline.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { runFormAction } from "@/lib/auth/form-action";
import { noteInput } from "@/lib/activities/schema";
import type { FormState } from "@/lib/forms";

export async function addNoteAction(contactId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(noteInput, formData, async ({ body }, user) => {
    const contact = await db.contact.findFirst({ where: { id: contactId, ownerId: user.id }, select: { id: true } });
    if (!contact) return { ok: false, message: "This contact no longer exists." };
    await db.activity.create({ data: { ownerId: user.id, contactId, kind: "NOTE", body } });
    return { ok: true };
  });
  if (state.ok) revalidatePath(`/contacts/${contactId}`);
  return state;
}
