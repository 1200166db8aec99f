// Restoring a full backup: only into an empty account, all in one transaction, with new ids and every
// reference remapped. Results, not exceptions: the route shows the message as it is.
import "server-only";
import { db } from "@/lib/db";
import { BACKUP_SECTIONS, parseBackup, type BackupSection } from "@/lib/exports/backup-format";
import { getAccountCounts, type AccountCounts } from "@/lib/exports/queries";
import { planRestore, sequentialIds } from "@/lib/exports/restore-plan";

export type RestoreResult = { ok: true; counts: AccountCounts } | { ok: false; message: string };

export const NOT_EMPTY_MESSAGE =
  "This account already holds data, and a backup is only restored into an empty account (so nothing is mixed up or duplicated). Sign up for a new account and restore the backup there. Nothing was changed.";

// Rows per INSERT: the widest table (Contact, 24 columns) stays well under PostgreSQL's 65,535 parameters.
const BATCH = 1_000;

class Refusal extends Error {}

/** Reads a backup file's text and restores it into the owner's account, which must be empty. */
export async function restoreBackupFile(ownerId: string, fileText: string): Promise<RestoreResult> {
  const parsed = parseBackup(fileText);
  if (!parsed.ok) return parsed;
  const plan = planRestore(parsed.backup, ownerId, sequentialIds());

  try {
    await db.$transaction(
      async (tx) => {
        // Two restores at once into the same account would both see it empty: the row lock makes the second wait.
        await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${ownerId} FOR UPDATE`;
        const counts = await getAccountCounts(ownerId, tx);
        if (Object.values(counts).some((count) => count > 0)) throw new Refusal(NOT_EMPTY_MESSAGE);

        await tx.user.update({ where: { id: ownerId }, data: plan.settings });
        const write = async <Row,>(rows: Row[], createMany: (data: Row[]) => Promise<unknown>) => {
          for (let start = 0; start < rows.length; start += BATCH) await createMany(rows.slice(start, start + BATCH));
        };
        await write(plan.imports, (data) => tx.importBatch.createMany({ data }));
        await write(plan.contacts, (data) => tx.contact.createMany({ data }));
        await write(plan.events, (data) => tx.event.createMany({ data }));
        await write(plan.encounters, (data) => tx.encounter.createMany({ data }));
        await write(plan.invitations, (data) => tx.invitation.createMany({ data }));
        await write(plan.templates, (data) => tx.template.createMany({ data }));
        await write(plan.activities, (data) => tx.activity.createMany({ data }));
        await write(plan.followUps, (data) => tx.followUp.createMany({ data }));
        await write(plan.thankYouDrafts, (data) => tx.thankYouDraft.createMany({ data }));
      },
      { maxWait: 10_000, timeout: 5 * 60_000 },
    );
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    console.error("Restore failed", error);
    return { ok: false, message: "Rapport could not restore this backup. Nothing was changed; try again, and if it fails again, the file may be damaged." };
  }
  const counts = Object.fromEntries(BACKUP_SECTIONS.map((section) => [section, plan[section].length])) as Record<BackupSection, number>;
  return { ok: true, counts };
}
