"use server";
// Inbox actions: requireUser → parse (the shared schema, isRowId for ids) → write scoped by owner → revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/auth/form-action";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates/calendar";
import { now } from "@/lib/dates/clock";
import { isRowId, type FormState } from "@/lib/forms";
import { logInvitationInput, restorableStatus, type RestorableStatus } from "@/lib/inbox/schema";
import { acceptInvitation, ignoreInvitation, logInvitation, restoreInvitation, type NotFound, type Refused } from "@/lib/inbox/mutations";
import { revalidatePipeline } from "@/lib/pipeline/revalidate";

const NOT_FOUND = "This invitation no longer exists.";

export type AcceptActionResult = { ok: true; name: string; owesThankYou: boolean } | { ok: false; message: string };
export type IgnoreActionResult = { ok: true; previous: RestorableStatus } | { ok: false; message: string };
export type RestoreActionResult = { ok: true } | { ok: false; message: string };

function refusal(result: NotFound | Refused): { ok: false; message: string } {
  return { ok: false, message: result.reason === "not_found" ? NOT_FOUND : result.message };
}

function revalidateInbox(contactId: string) {
  revalidatePath("/inbox");
  revalidatePath(`/contacts/${contactId}`);
}

/** "Save invitation": records it, then back to the inbox, where it is on top. */
export async function logInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let contactId: string | undefined;
  const user = await requireUser();
  const at = await now();
  const state = await runFormAction(logInvitationInput(todayIn(user.timezone, at)), formData, async (input) => {
    const firstName = user.name.trim().split(/\s+/)[0] ?? "";
    contactId = (await logInvitation(user.id, firstName, input, { timeZone: user.timezone, now: at })).contactId;
    return { ok: true };
  });
  if (!contactId) return state;
  revalidateInbox(contactId);
  // A new contact shows in the lists, the board and the event pages.
  revalidatePipeline();
  redirect("/inbox");
}

/** "Accept": they are connected, and the contact lands in "Needs a thank-you". */
export async function acceptInvitationAction(invitationId: string): Promise<AcceptActionResult> {
  const user = await requireUser();
  if (!isRowId(invitationId)) return { ok: false, message: NOT_FOUND };
  const result = await acceptInvitation(user.id, invitationId, await now());
  if (!result.ok) return refusal(result);
  revalidateInbox(result.contactId);
  revalidatePipeline(result.contactId);
  return { ok: true, name: result.name, owesThankYou: result.owesThankYou };
}

/** "Ignore": out of the inbox, kept for the figures; the answer says what "Undo" puts back. */
export async function ignoreInvitationAction(invitationId: string): Promise<IgnoreActionResult> {
  const user = await requireUser();
  if (!isRowId(invitationId)) return { ok: false, message: NOT_FOUND };
  const result = await ignoreInvitation(user.id, invitationId);
  if (!result.ok) return refusal(result);
  revalidateInbox(result.contactId);
  return { ok: true, previous: result.previous };
}

/** "Undo" after "Ignore": the status it had before. */
export async function undoIgnoreInvitationAction(invitationId: string, previous: string): Promise<RestoreActionResult> {
  const user = await requireUser();
  if (!isRowId(invitationId)) return { ok: false, message: NOT_FOUND };
  const status = restorableStatus.safeParse(previous);
  if (!status.success) return { ok: false, message: status.error.issues[0]?.message ?? "This invitation cannot be put back." };
  const result = await restoreInvitation(user.id, invitationId, status.data);
  if (!result.ok) return refusal(result);
  revalidateInbox(result.contactId);
  return { ok: true };
}
