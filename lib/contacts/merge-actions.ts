"use server";
// Merge form actions: requireUser → parse → merge (scoped by owner) → revalidate → redirect to the kept contact.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/auth/form-action";
import { draftMergeInput, mergeInput, parseMergeDraft } from "@/lib/contacts/merge-schema";
import { applyDraft, mergeContacts, type MergeResult } from "@/lib/contacts/merge";
import { isRowId, type FormState } from "@/lib/forms";

const GONE: MergeResult = { ok: false, reason: "not_found" };

function refused(result: Exclude<MergeResult, { ok: true }>): FormState {
  switch (result.reason) {
    case "invalid_choice":
      return { ok: false, message: result.message, fieldErrors: { [result.field]: [result.message] } };
    case "duplicate":
      return {
        ok: false,
        message: result.message,
        fieldErrors: { [result.field]: [result.message] },
        links: [{ href: `/contacts/${result.existingId}`, label: `Open ${result.existingName}` }],
      };
    case "conflict":
      return {
        ok: false,
        message: "One of these contacts changed since you opened this page. Reload the page to compare the latest details, then merge again.",
      };
    case "same_contact":
      return { ok: false, message: "A contact cannot be merged with itself. Choose another contact." };
    case "not_found":
      return { ok: false, message: "One of these contacts no longer exists." };
  }
}

function revalidateContacts(...ids: string[]) {
  revalidatePath("/contacts");
  for (const id of ids) revalidatePath(`/contacts/${id}`);
}

/** Merges `otherId` into `keepId` with the values chosen on the merge page. */
export async function mergeContactsAction(keepId: string, otherId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(mergeInput, formData, async (input, user) => {
    const result = isRowId(keepId) && isRowId(otherId) ? await mergeContacts(user.id, keepId, otherId, input) : GONE;
    return result.ok ? { ok: true } : refused(result);
  });
  if (!state.ok) return state;
  revalidateContacts(keepId, otherId);
  redirect(`/contacts/${keepId}`);
}

/** Folds the details typed into a refused new-contact form (the `draft` field) into `keepId`. */
export async function applyDraftAction(keepId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(draftMergeInput, formData, async (input, user) => {
    const parsed = parseMergeDraft(input.draft);
    if (!parsed.ok) return { ok: false, message: [parsed.message, ...parsed.problems].join(" ") };
    const result = isRowId(keepId) ? await applyDraft(user.id, keepId, input.version, { draft: parsed.draft, values: input.values }) : GONE;
    return result.ok ? { ok: true } : refused(result);
  });
  if (!state.ok) return state;
  revalidateContacts(keepId);
  redirect(`/contacts/${keepId}`);
}
