"use server";
// Contact form actions: requireUser → parse → write (scoped by owner) → revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/auth/form-action";
import { requireUser } from "@/lib/auth/session";
import { contactInput, contactUpdateInput } from "@/lib/contacts/schema";
import * as contacts from "@/lib/contacts/mutations";
import type { FormState } from "@/lib/forms";

function refused(result: Exclude<contacts.WriteResult, { ok: true }>): FormState {
  switch (result.reason) {
    case "duplicate":
      return {
        ok: false,
        message: result.message,
        fieldErrors: { [result.field]: [result.message] },
        link: { href: `/contacts/${result.existingId}`, label: `Open ${result.existingName}` },
      };
    case "conflict":
      return {
        ok: false,
        message: "This contact changed since you opened it. Reload the page to see the latest version, then make your edit again.",
      };
    case "not_found":
      return { ok: false, message: "This contact no longer exists." };
  }
}

export async function createContactAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runFormAction(contactInput, formData, async (input, user) => {
    const result = await contacts.createContact(user.id, input);
    if (!result.ok) return refused(result);
    id = result.id;
    return { ok: true };
  });
  if (!id) return state;
  revalidatePath("/contacts");
  redirect(`/contacts/${id}`);
}

export async function updateContactAction(contactId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(contactUpdateInput, formData, async ({ version, ...input }, user) => {
    const result = await contacts.updateContact(user.id, contactId, version, input);
    return result.ok ? { ok: true } : refused(result);
  });
  if (!state.ok) return state;
  revalidatePath("/contacts");
  revalidatePath(`/contacts/${contactId}`);
  redirect(`/contacts/${contactId}`);
}

export async function deleteContactAction(contactId: string): Promise<FormState> {
  const user = await requireUser();
  const deleted = await contacts.deleteContact(user.id, contactId);
  if (!deleted) return { ok: false, message: "This contact no longer exists." };
  revalidatePath("/contacts");
  return { ok: true };
}
