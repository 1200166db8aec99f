"use server";
// Pipeline moves from the board and the contact page: requireUser → parse → moveContactStage → revalidate.
// Moves that need more than a click (the thank-you and its next step) have their own action in lib/thank-you.
import { requireUser } from "@/lib/auth/session";
import { moveInput } from "@/lib/pipeline/schema";
import { moveContactStage } from "@/lib/pipeline/mutations";
import { revalidatePipeline } from "@/lib/pipeline/revalidate";

export type MoveActionResult = { ok: true } | { ok: false; message: string };

export async function moveContactAction(contactId: string, to: string): Promise<MoveActionResult> {
  const user = await requireUser();
  const parsed = moveInput.safeParse({ contactId, to });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "This move is not possible." };
  const result = await moveContactStage(user.id, parsed.data.contactId, parsed.data.to);
  if (!result.ok) return { ok: false, message: result.reason === "not_found" ? "This contact no longer exists." : result.message };
  revalidatePipeline(parsed.data.contactId);
  return { ok: true };
}
