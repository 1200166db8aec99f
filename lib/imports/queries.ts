// The user's import history, newest first, and what undoing one of its imports would do.
import "server-only";
import { db } from "@/lib/db";
import { planUndo, type UndoCounts } from "@/lib/imports/undo";

export type ImportHistoryItem = {
  id: string;
  source: "LINKEDIN" | "VCARD" | "GOOGLE_CSV" | "CSV";
  fileName: string;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  invalidCount: number;
  undoneAt: Date | null;
  createdAt: Date;
};

export async function listImports(ownerId: string, take = 20): Promise<ImportHistoryItem[]> {
  return db.importBatch.findMany({
    where: { ownerId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, source: true, fileName: true, createdCount: true, updatedCount: true, skippedCount: true, invalidCount: true, undoneAt: true, createdAt: true },
  });
}

export type UndoPreview = { ok: true; counts: UndoCounts } | { ok: false; reason: "not_found" | "already_undone" };

/** What undoing the import would do now, counted by the rule the undo itself follows (lib/imports/undo.ts). */
export async function previewUndo(ownerId: string, batchId: string): Promise<UndoPreview> {
  const batch = await db.importBatch.findFirst({ where: { id: batchId, ownerId }, select: { undoneAt: true } });
  if (!batch) return { ok: false, reason: "not_found" };
  if (batch.undoneAt) return { ok: false, reason: "already_undone" };
  const plan = await planUndo(db, ownerId, batchId);
  return { ok: true, counts: plan.counts };
}
