// The user's import history, newest first.
import "server-only";
import { db } from "@/lib/db";

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
