"use server";
// "Mark reply sent" on an invitation received: requireUser → the id's shape → parse the reply with the composer's
// schema → write it on the timeline and mark the invitation "Replied" → revalidate. The composer then goes back to
// the inbox (or where the user came from) with a toast.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { isRowId } from "@/lib/forms";
import { markReplySent } from "@/lib/inbox/reply-mutations";
import { replyInput, type ReplyValues } from "@/lib/inbox/reply-schema";
import { revalidatePipeline } from "@/lib/pipeline/revalidate";

export type ReplyResult = { ok: true } | { ok: false; message: string; fieldErrors?: Partial<Record<keyof ReplyValues, string[]>> };

const NOT_FOUND = "This invitation is no longer in your inbox.";

export async function markReplySentAction(invitationId: string, values: ReplyValues): Promise<ReplyResult> {
  const user = await requireUser();
  if (!isRowId(invitationId)) return { ok: false, message: NOT_FOUND };
  const parsed = replyInput.safeParse(values ?? {});
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Partial<Record<keyof ReplyValues, string[]>>;
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the message.", fieldErrors };
  }
  const result = await markReplySent(user.id, invitationId, parsed.data.message);
  if (!result.ok) return { ok: false, message: NOT_FOUND };
  revalidatePath("/inbox");
  revalidatePipeline(result.contactId);
  return { ok: true };
}
