"use server";
// The thank-you composer's actions. Autosave of the draft; and "Mark thank-you sent": requireUser → parse (the
// follow-up day against the user's today) → moveContactStage to THANKED with the message and the next step (which
// deletes the draft in the same transaction) → revalidate. The composer then goes where the user came from.
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates/calendar";
import { now } from "@/lib/dates/clock";
import { contactIdField } from "@/lib/invitations/schema";
import { moveContactStage } from "@/lib/pipeline/mutations";
import { revalidatePipeline } from "@/lib/pipeline/revalidate";
import { saveThankYouDraft } from "@/lib/thank-you/mutations";
import { thankYouDraftInput, thankYouInput, type ThankYouValues } from "@/lib/thank-you/schema";
import type { DraftSaveResult } from "@/lib/invitations/actions";

export type ThankYouResult = { ok: true } | { ok: false; message: string; fieldErrors?: Partial<Record<keyof ThankYouValues, string[]>> };

const NOT_FOUND = "This contact no longer exists.";

/** Autosave: called as the user types, so it revalidates nothing; the page reads the draft fresh on each visit. */
export async function saveThankYouDraftAction(contactId: string, message: string): Promise<DraftSaveResult> {
  const user = await requireUser();
  const id = contactIdField.safeParse(contactId);
  if (!id.success) return { ok: false, message: NOT_FOUND };
  const parsed = thankYouDraftInput.safeParse({ message });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "This draft cannot be saved." };
  const result = await saveThankYouDraft(user.id, id.data, parsed.data.message);
  if (!result.ok) return { ok: false, message: result.reason === "not_found" ? NOT_FOUND : result.message };
  return { ok: true, savedAt: result.savedAt.toISOString() };
}

export async function markThankYouSentAction(contactId: string, values: ThankYouValues): Promise<ThankYouResult> {
  const user = await requireUser();
  const id = contactIdField.safeParse(contactId);
  if (!id.success) return { ok: false, message: NOT_FOUND };
  const parsed = thankYouInput(todayIn(user.timezone, await now())).safeParse(values ?? {});
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Partial<Record<keyof ThankYouValues, string[]>>;
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the highlighted fields.", fieldErrors };
  }
  const result = await moveContactStage(user.id, id.data, "THANKED", { thankYou: parsed.data.message, followUp: parsed.data.followUp });
  if (!result.ok) return { ok: false, message: result.reason === "not_found" ? NOT_FOUND : result.message };
  revalidatePipeline(id.data);
  return { ok: true };
}
