// Import writes for one owner: preview and confirm of an uploaded file, cancel, and undo of a confirmed import.
// Refusals are results, not exceptions.
import "server-only";
import { db } from "@/lib/db";
import { isImportRefusal } from "@/lib/imports/refusal";
import { importFile, previewFile, type ImportOwner, type PreviewResult } from "@/lib/imports/run";
import type { ImportOptions, ImportPreview, ImportSummary } from "@/lib/imports/schema";
import { claimUpload, removeUpload, UPLOAD_EXPIRED_MESSAGE, withUploadFile } from "@/lib/imports/uploads";
import { recordInteraction } from "@/lib/followups/mutations";
import { detachFromBatch, lockReachedContacts, planUndo, type UndoCounts } from "@/lib/imports/undo";

export type Refused = { ok: false; message: string };
export type PreviewOutcome = { ok: true; preview: ImportPreview; mappingProblem?: string } | Refused;
export type ConfirmOutcome = { ok: true; summary: ImportSummary } | Refused;

const EXPIRED: Refused = { ok: false, message: UPLOAD_EXPIRED_MESSAGE };

function toPreview(token: string, fileName: string, options: ImportOptions, result: PreviewResult): ImportPreview {
  return {
    token,
    fileName,
    source: result.shape.source,
    parts: result.shape.parts,
    counts: result.run.counts,
    skippedReasons: result.run.skipped,
    problems: result.run.problems,
    options: { ...options, mapping: result.shape.columns?.mapping ?? options.mapping },
    columns: result.shape.columns,
  };
}

async function refusalOf(error: unknown): Promise<Refused> {
  if (isImportRefusal(error)) return { ok: false, message: error.message };
  throw error;
}

/** Reads the uploaded file and counts what the confirm would do; `onRows` hears how many rows have been read so far. */
export async function previewUpload(owner: ImportOwner, token: string, options: ImportOptions, onRows?: (rows: number) => void): Promise<PreviewOutcome> {
  try {
    const outcome = await withUploadFile(owner.id, token, async (file): Promise<PreviewOutcome> => {
      const result = await previewFile(db, owner, file, options, onRows);
      return { ok: true, preview: toPreview(token, file.name, options, result), mappingProblem: result.mappingProblem };
    });
    return outcome ?? EXPIRED;
  } catch (error) {
    return refusalOf(error);
  }
}

/**
 * Imports the uploaded file in one transaction, which also takes the upload out of the waiting ones (whichever
 * instance received it); a refusal leaves everything as it was, the upload included.
 */
export async function confirmUpload(owner: ImportOwner, token: string, options: ImportOptions): Promise<ConfirmOutcome> {
  try {
    const outcome = await withUploadFile(owner.id, token, async (file): Promise<ConfirmOutcome> => {
      // A message or a connection from the file restarts a stay-in-touch reminder like one logged by hand.
      const result = await importFile(
        db,
        owner,
        file,
        options,
        (tx, contactId, at) => recordInteraction(tx, owner.id, contactId, at),
        (tx) => claimUpload(tx, owner.id, token),
      );
      return { ok: true, summary: { batchId: result.batchId, fileName: file.name, counts: result.counts } };
    });
    return outcome ?? EXPIRED;
  } catch (error) {
    return refusalOf(error);
  }
}

export async function cancelUpload(ownerId: string, token: string): Promise<void> {
  await removeUpload(ownerId, token);
}

/** Undoing tens of thousands of contacts (their rows cascade, the search triggers run) outlasts Prisma's default 5 s. */
const UNDO_TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

export type UndoOutcome =
  | ({ ok: true; invitations: number; activities: number } & UndoCounts)
  | { ok: false; reason: "not_found" | "already_undone" };

/**
 * Undoes an import by the rule in lib/imports/undo.ts: the contacts it created and nobody changed since are deleted
 * (with the rows on them), those changed since are kept and leave the batch, and the rows it added to contacts the user
 * had before go unless the user built on them since. Fields it filled in on contacts that existed before stay: they
 * may since have been edited, and were the user's contacts all along. Then the batch is marked undone.
 */
export async function undoImport(ownerId: string, batchId: string): Promise<UndoOutcome> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.importBatch.updateMany({ where: { id: batchId, ownerId, undoneAt: null }, data: { undoneAt: new Date() } });
    if (count === 0) {
      const exists = await tx.importBatch.count({ where: { id: batchId, ownerId } });
      return { ok: false, reason: exists ? "already_undone" : "not_found" } as const;
    }
    await lockReachedContacts(tx, ownerId, batchId);
    const plan = await planUndo(tx, ownerId, batchId);
    await detachFromBatch(tx, ownerId, batchId, plan.changedIds);
    // What still points at the batch is what nobody changed since.
    const where = { ownerId, importId: batchId };
    const activities = await tx.activity.deleteMany({ where });
    const invitations = await tx.invitation.deleteMany({ where });
    const contacts = await tx.contact.deleteMany({ where });
    return { ok: true, ...plan.counts, removed: contacts.count, invitations: invitations.count, activities: activities.count } as const;
  }, UNDO_TRANSACTION);
}
