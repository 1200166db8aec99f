"use server";
// Pipeline moves from the board and the contact page: requireUser → parse → moveContactStage → revalidate.
// Moves that need more than a click (the thank-you and its next step) have their own action in lib/thank-you.
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates/calendar";
import { now } from "@/lib/dates/clock";
import { moveInput } from "@/lib/pipeline/schema";
import { moveContactStage } from "@/lib/pipeline/mutations";
import { revalidatePipeline } from "@/lib/pipeline/revalidate";
import { isRowId } from "@/lib/forms";

const NOT_FOUND = "This contact no longer exists.";

export type MoveActionResult = { ok: true } | { ok: false; message: string };

/**
 * A move; "Mark as accepted" may say on which day they accepted (`acceptedOn`, "YYYY-MM-DD"), today where the user
 * is when left out.
 */
export async function moveContactAction(contactId: string, to: string, acceptedOn?: string): Promise<MoveActionResult> {
  const user = await requireUser();
  if (!isRowId(contactId)) return { ok: false, message: NOT_FOUND };
  const parsed = moveInput.safeParse({ contactId, to, acceptedOn: acceptedOn || undefined });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "This move is not possible." };
  const at = await now();
  const accepted = { on: parsed.data.acceptedOn ?? todayIn(user.timezone, at), timeZone: user.timezone, now: at };
  const result = await moveContactStage(user.id, parsed.data.contactId, parsed.data.to, { accepted });
  if (!result.ok) return { ok: false, message: result.reason === "not_found" ? NOT_FOUND : result.message };
  revalidatePipeline(parsed.data.contactId);
  return { ok: true };
}
