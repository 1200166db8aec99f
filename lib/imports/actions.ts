"use server";
// Import actions: re-preview with new choices, confirm, cancel, undo. The upload itself is the route handler in
// app/(app)/import/upload (it streams progress, which an action cannot).
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { importOptions, uploadToken } from "@/lib/imports/schema";
import { cancelUpload, confirmUpload, previewUpload, undoImport, type ConfirmOutcome, type PreviewOutcome } from "@/lib/imports/mutations";
import { revalidatePipeline } from "@/lib/pipeline/revalidate";
import { previewUndo } from "@/lib/imports/queries";
import { undoPreviewSentences, undoResultMessage } from "@/lib/imports/undo-text";
import type { UndoCounts } from "@/lib/imports/undo";
import { isRowId } from "@/lib/forms";

const BAD_CHOICES = { ok: false, message: "Check the import choices and try again." } as const;

export async function previewImportAction(token: string, options: unknown): Promise<PreviewOutcome> {
  const user = await requireUser();
  const parsedToken = uploadToken.safeParse(token);
  const parsed = importOptions.safeParse(options);
  if (!parsedToken.success) return { ok: false, message: parsedToken.error.issues[0]!.message };
  if (!parsed.success) return { ...BAD_CHOICES, message: parsed.error.issues[0]?.message ?? BAD_CHOICES.message };
  return previewUpload(user, parsedToken.data, parsed.data);
}

export async function confirmImportAction(token: string, options: unknown): Promise<ConfirmOutcome> {
  const user = await requireUser();
  const parsedToken = uploadToken.safeParse(token);
  const parsed = importOptions.safeParse(options);
  if (!parsedToken.success) return { ok: false, message: parsedToken.error.issues[0]!.message };
  if (!parsed.success) return { ...BAD_CHOICES, message: parsed.error.issues[0]?.message ?? BAD_CHOICES.message };
  const outcome = await confirmUpload(user, parsedToken.data, parsed.data);
  if (outcome.ok) {
    revalidatePath("/import");
    revalidatePipeline();
  }
  return outcome;
}

export async function cancelImportAction(token: string): Promise<void> {
  const user = await requireUser();
  if (uploadToken.safeParse(token).success) await cancelUpload(user.id, token);
}

const NOT_FOUND = "This import was not found.";
const ALREADY_UNDONE = "This import was already undone.";

/** What undoing the import would do now, in the dialog's words (the same rule and counts the undo uses). */
export async function previewUndoImportAction(batchId: string): Promise<{ ok: true; counts: UndoCounts; sentences: string[] } | { ok: false; message: string }> {
  const user = await requireUser();
  if (!isRowId(batchId)) return { ok: false, message: NOT_FOUND };
  const preview = await previewUndo(user.id, batchId);
  if (!preview.ok) return { ok: false, message: preview.reason === "already_undone" ? ALREADY_UNDONE : NOT_FOUND };
  return { ok: true, counts: preview.counts, sentences: undoPreviewSentences(preview.counts) };
}

export async function undoImportAction(batchId: string): Promise<{ ok: boolean; message: string }> {
  const user = await requireUser();
  if (!isRowId(batchId)) return { ok: false, message: NOT_FOUND };
  const outcome = await undoImport(user.id, batchId);
  if (!outcome.ok) return { ok: false, message: outcome.reason === "already_undone" ? ALREADY_UNDONE : NOT_FOUND };
  revalidatePath("/import");
  revalidatePipeline();
  return { ok: true, message: undoResultMessage(outcome) };
}
