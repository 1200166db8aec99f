"use server";
// Composer actions: requireUser → parse with the shared schema → write (scoped by owner) → revalidate.
import { requireUser } from "@/lib/auth/session";
import { contactIdField, draftInput, sendInput } from "@/lib/invitations/schema";
import { markInvitationSent, saveDraft, type Refusal } from "@/lib/invitations/mutations";
import { revalidatePipeline } from "@/lib/pipeline/revalidate";

export type DraftSaveResult = { ok: true; savedAt: string } | { ok: false; message: string };
export type MarkSentResult = { ok: true } | { ok: false; message: string };

const NOT_FOUND = "This contact no longer exists.";

function refusalMessage(result: Refusal): string {
  return result.reason === "not_found" ? NOT_FOUND : result.message;
}

/** Autosave: called as the user types, so it revalidates nothing; the page reads the draft fresh on each visit. */
export async function saveDraftAction(contactId: string, message: string, claim?: string | null): Promise<DraftSaveResult> {
  const user = await requireUser();
  const id = contactIdField.safeParse(contactId);
  if (!id.success) return { ok: false, message: NOT_FOUND };
  const parsed = draftInput.safeParse({ message, claim });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "This draft cannot be saved." };
  const result = await saveDraft(user.id, id.data, parsed.data.message, parsed.data.claim);
  if (!result.ok) return { ok: false, message: refusalMessage(result) };
  return { ok: true, savedAt: result.savedAt.toISOString() };
}

export async function markSentAction(contactId: string, values: { message: string; claim?: string | null }): Promise<MarkSentResult> {
  const user = await requireUser();
  const id = contactIdField.safeParse(contactId);
  if (!id.success) return { ok: false, message: NOT_FOUND };
  const parsed = sendInput.safeParse(values ?? {});
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "This invitation cannot be sent." };
  const result = await markInvitationSent(user.id, id.data, parsed.data);
  if (!result.ok) return { ok: false, message: refusalMessage(result) };
  // The board, /today, the contact and the event pages (who has not been invited yet) show the new stage.
  revalidatePipeline(id.data);
  return { ok: true };
}
