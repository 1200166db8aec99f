// Restore a full backup (POST, multipart with the file in "file") into the signed-in, empty account.
// A route handler rather than a server action: server actions refuse bodies over 1 MB by default,
// and a backup of a large account is several megabytes. Answers JSON: { ok, message }.
import { getCurrentUser } from "@/lib/auth/session";
import { restoreBackupFile } from "@/lib/exports/restore";
import { restoredSummary } from "@/lib/exports/restore-plan";
import { BodyTooLargeError, readLimitedFormData } from "@/lib/http/limited-body";
import { isSameOrigin, NOT_SAME_ORIGIN_MESSAGE } from "@/lib/http/same-origin";

const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
// The body is the file plus the multipart framing around it (a boundary and a few header lines).
const MAX_BODY_BYTES = MAX_BACKUP_BYTES + 64 * 1024;

const answer = (status: number, ok: boolean, message: string) => Response.json({ ok, message }, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, false, "Your session has ended: sign in again, then restore the backup.");
  if (!isSameOrigin(request)) return answer(403, false, NOT_SAME_ORIGIN_MESSAGE);
  // A declared length past the limit is refused before reading a byte; the limit itself counts what arrives.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return tooLarge();

  let file: FormDataEntryValue | null;
  try {
    file = (await readLimitedFormData(request, MAX_BODY_BYTES)).get("file");
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLarge();
    return answer(400, false, "Choose a backup file to restore.");
  }
  // With no file chosen, browsers still send the field: an unnamed, empty file.
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return answer(400, false, "Choose a backup file to restore.");
  if (file.size > MAX_BACKUP_BYTES) return tooLarge();

  const result = await restoreBackupFile(user.id, await file.text());
  if (!result.ok) return answer(422, false, result.message);
  return answer(200, true, restoredSummary(result.counts));
}

function tooLarge() {
  return answer(
    413,
    false,
    `The file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, more than any Rapport backup, so it was not read. Choose the JSON file “Full backup (JSON)” made. Nothing was changed.`,
  );
}
