// Preview and confirm of one uploaded file, for one owner: both read the file through the same reader and the same
// ImportRun; the confirm does it inside one transaction with an ImportBatch, so it is all or nothing. The database
// client is an argument (the app passes lib/db, the benchmark its own).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { parseDay, todayIn } from "@/lib/dates/calendar";
import { ImportRun, touchImportedContacts, type ImportContext } from "@/lib/imports/apply";
import { IMPORT_TIME_BUDGET_SECONDS, MAX_IMPORT_ROWS } from "@/lib/imports/limits";
import { readImportFile, type FileShape } from "@/lib/imports/read-file";
import { ImportRefusal } from "@/lib/imports/refusal";
import type { ImportCounts, ImportOptions } from "@/lib/imports/schema";

export type ImportOwner = { id: string; name: string; timezone: string; inviteNoteLimit: number };
export type ImportFile = { path: string; name: string };
export type ReadResult = { shape: FileShape; run: ImportRun };

/** The import may take several seconds for a large file; Prisma's default 5 s transaction timeout is too short. */
const TRANSACTION_TIMEOUT_MS = 120_000;

function contextFor(owner: ImportOwner, options: ImportOptions, batchId: string | null, now: Date): ImportContext {
  return {
    ownerId: owner.id,
    ownerFirstName: owner.name.trim().split(/\s+/)[0] ?? "",
    noteLimit: owner.inviteNoteLimit,
    options,
    today: parseDay(todayIn(owner.timezone, now))!,
    now,
    batchId,
  };
}

const SPLIT_ADVICE = "Split it into smaller files (from a LinkedIn export, upload Connections.csv alone).";

/**
 * Reads every row into the run, within the row and time limits: a file past them is refused as a whole (the preview
 * would otherwise hold the request, and the memory of what it has seen, for as long as the file lasts).
 */
async function readInto(run: ImportRun, file: ImportFile, options: ImportOptions, onShape: (shape: FileShape) => void, onRows?: (rows: number) => void): Promise<void> {
  let rows = 0;
  const deadline = Date.now() + IMPORT_TIME_BUDGET_SECONDS * 1000;
  for await (const item of readImportFile(file.path, file.name, { mapping: options.mapping }, onShape)) {
    rows += 1;
    if (rows > MAX_IMPORT_ROWS) {
      throw new ImportRefusal(`${file.name} has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows, the most Rapport reads in one import. ${SPLIT_ADVICE}`);
    }
    if (Date.now() > deadline) {
      throw new ImportRefusal(
        `Reading ${file.name} took longer than ${IMPORT_TIME_BUDGET_SECONDS} seconds, the most one import may take, and was stopped after ${(rows - 1).toLocaleString("en")} rows. ${SPLIT_ADVICE}`,
      );
    }
    await run.add(item);
    if (onRows && rows % 500 === 0) onRows(rows);
  }
  await run.finish();
  onRows?.(rows);
}

export type PreviewResult = ReadResult & {
  /** Set when a CSV's columns still need mapping: the preview shows the mapping step with this sentence. */
  mappingProblem?: string;
};

/** Reads the whole file and counts what the confirm would do; writes nothing. Throws ImportRefusal for a bad file. */
export async function previewFile(db: PrismaClient, owner: ImportOwner, file: ImportFile, options: ImportOptions, onRows?: (rows: number) => void): Promise<PreviewResult> {
  const run = new ImportRun(db, contextFor(owner, options, null, new Date()));
  let shape: FileShape | null = null;
  try {
    await readInto(run, file, options, (found) => (shape = found), onRows);
  } catch (error) {
    const found = shape as FileShape | null;
    if (error instanceof ImportRefusal && found?.columns) return { shape: found, run, mappingProblem: error.message };
    throw error;
  }
  if (!shape) throw new ImportRefusal(`${file.name} could not be read.`);
  return { shape, run };
}

export type ImportResult = { batchId: string; counts: ImportCounts };

/** Runs inside the import's transaction for each contact with a stay-in-touch reminder that the import touched. */
export type RestartCadence = (tx: Prisma.TransactionClient, contactId: string, at: Date) => Promise<void>;

/** Imports the file in one transaction: an ImportBatch, then every row pointing at it. Throws ImportRefusal (nothing written). */
export async function importFile(
  db: PrismaClient,
  owner: ImportOwner,
  file: ImportFile,
  options: ImportOptions,
  restartCadence?: RestartCadence,
  /** Runs first inside the transaction: the app takes the waiting upload there, so that two confirms cannot both import it. */
  claim?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<ImportResult> {
  return db.$transaction(
    async (tx) => {
      await claim?.(tx);
      const now = new Date();
      const batch = await tx.importBatch.create({ data: { ownerId: owner.id, source: "LINKEDIN", fileName: file.name.slice(0, 255) }, select: { id: true } });
      const run = new ImportRun(tx, contextFor(owner, options, batch.id, now));
      let shape: FileShape | null = null;
      await readInto(run, file, options, (found) => (shape = found));
      const source = (shape as FileShape | null)?.source ?? "CSV";
      const { counts } = run;
      if (counts.create + counts.update + counts.invitations + counts.messages === 0 && counts.invalid === 0 && counts.skipped === 0) {
        throw new ImportRefusal(`${file.name} has no rows to import.`);
      }
      for (const touched of await touchImportedContacts(tx, owner.id, batch.id)) {
        if (touched.stayInTouchWeeks && restartCadence) await restartCadence(tx, touched.id, touched.latest);
      }
      await tx.importBatch.update({
        where: { id: batch.id },
        data: { source, createdCount: counts.create, updatedCount: counts.update, skippedCount: counts.skipped, invalidCount: counts.invalid },
      });
      return { batchId: batch.id, counts };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}
