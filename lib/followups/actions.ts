"use server";
// Follow-up actions for the contact page and /today: requireUser → parse → write (scoped by owner) → revalidate.
// "Today" and "now" come from lib/dates/clock.ts, in the user's timezone, so snoozing and "Done" agree with what
// /today shows.
import { requireUser } from "@/lib/auth/session";
import { runFormAction } from "@/lib/auth/form-action";
import { addDays, parseDay, toDayString, todayIn } from "@/lib/dates/calendar";
import { now } from "@/lib/dates/clock";
import { isRowId, staleEdit, type FormState } from "@/lib/forms";
import { revalidatePipeline } from "@/lib/pipeline/revalidate";
import {
  completionReceiptInput,
  followUpInput,
  NEXT_STEP_AFTER_DAYS,
  rescheduleInput,
  SNOOZES,
  snoozeInput,
  stayInTouchInput,
  type CompletionReceiptValues,
} from "@/lib/followups/schema";
import * as followUps from "@/lib/followups/mutations";

const GONE = "This follow-up was already done or no longer exists.";
const CONTACT_GONE = "This contact no longer exists.";
const NOT_REOPENED = "This follow-up is already open again, or no longer exists.";

export type CompleteActionResult =
  | { ok: true; contactId: string; suggestedOn: string; cadenceDueOn: string | null; receipt: CompletionReceiptValues }
  | { ok: false; message: string };
export type UndoCompleteActionResult = { ok: true } | { ok: false; message: string };
export type SnoozeActionResult = { ok: true; dueOn: string; previousDueOn: string; version: number } | { ok: false; message: string };
export type StayInTouchActionResult = { ok: true; dueOn: string | null } | { ok: false; message: string };

/** "Follow up on" + "Next step" for one of the user's contacts. */
export async function addFollowUpAction(contactId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  let added = false;
  const state = await runFormAction(followUpInput, formData, async ({ dueOn, note }, user) => {
    if (!isRowId(contactId)) return { ok: false, message: CONTACT_GONE };
    const result = await followUps.addFollowUp(user.id, contactId, { dueOn: parseDay(dueOn)!, note });
    if (!result.ok) return { ok: false, message: CONTACT_GONE };
    added = true;
    return { ok: true };
  });
  if (added) revalidatePipeline(contactId);
  return state;
}

/** "Done": completes it now and suggests the next step's day, two weeks from today. */
export async function completeFollowUpAction(followUpId: string): Promise<CompleteActionResult> {
  const user = await requireUser();
  if (!isRowId(followUpId)) return { ok: false, message: GONE };
  const at = await now();
  const result = await followUps.completeFollowUp(user.id, followUpId, at);
  if (!result.ok) return { ok: false, message: GONE };
  revalidatePipeline(result.contactId);
  return {
    ok: true,
    contactId: result.contactId,
    suggestedOn: addDays(todayIn(user.timezone, at), NEXT_STEP_AFTER_DAYS),
    cadenceDueOn: result.cadenceDueOn ? toDayString(result.cadenceDueOn) : null,
    receipt: {
      lastInteractionAt: result.receipt.lastInteractionAt?.toISOString() ?? null,
      cadence: result.receipt.cadence && { id: result.receipt.cadence.id, dueOn: toDayString(result.receipt.cadence.dueOn) },
    },
  };
}

/** "Undo" after "Done": the follow-up is open again, as it was, with what its completion changed put back. */
export async function undoCompleteFollowUpAction(followUpId: string, receipt: CompletionReceiptValues): Promise<UndoCompleteActionResult> {
  const user = await requireUser();
  const parsed = completionReceiptInput.safeParse(receipt);
  if (!parsed.success) return { ok: false, message: "Could not undo this “Done”: add the follow-up again on the contact’s page." };
  const { lastInteractionAt, cadence } = parsed.data;
  if (!isRowId(followUpId)) return { ok: false, message: NOT_REOPENED };
  const result = await followUps.reopenFollowUp(user.id, followUpId, {
    lastInteractionAt: lastInteractionAt ? new Date(lastInteractionAt) : null,
    cadence: cadence && { id: cadence.id, dueOn: parseDay(cadence.dueOn)! },
  });
  if (!result.ok) return { ok: false, message: NOT_REOPENED };
  revalidatePipeline(result.contactId);
  return { ok: true };
}

/** "Snooze" by 1 day, 1 week or 2 weeks. */
export async function snoozeFollowUpAction(followUpId: string, snooze: string): Promise<SnoozeActionResult> {
  const user = await requireUser();
  const parsed = snoozeInput.safeParse(snooze);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Choose how long to snooze it." };
  if (!isRowId(followUpId)) return { ok: false, message: GONE };
  const today = todayIn(user.timezone, await now());
  const result = await followUps.snoozeFollowUp(user.id, followUpId, SNOOZES[parsed.data].days, today);
  if (!result.ok) return { ok: false, message: GONE };
  revalidatePipeline(result.contactId);
  return { ok: true, dueOn: toDayString(result.dueOn), previousDueOn: toDayString(result.previousDueOn), version: result.version };
}

/** "Reschedule": a day of the user's choosing (also how a snooze is undone), refused if the follow-up changed since. */
export async function rescheduleFollowUpAction(followUpId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  let contactId: string | undefined;
  const state = await runFormAction(rescheduleInput, formData, async ({ dueOn, version }, user) => {
    if (!isRowId(followUpId)) return { ok: false, message: GONE };
    const result = await followUps.rescheduleFollowUp(user.id, followUpId, version, parseDay(dueOn)!);
    if (!result.ok) return result.reason === "conflict" ? staleEdit("follow-up") : { ok: false, message: GONE };
    contactId = result.contactId;
    return { ok: true };
  });
  if (contactId) revalidatePipeline(contactId);
  return state;
}

/** "Stay in touch": Off or every N weeks, counted from the last interaction (or today). */
export async function setStayInTouchAction(contactId: string, weeks: string): Promise<StayInTouchActionResult> {
  const user = await requireUser();
  const parsed = stayInTouchInput.safeParse(weeks);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Choose how often to stay in touch." };
  if (!isRowId(contactId)) return { ok: false, message: CONTACT_GONE };
  const result = await followUps.setStayInTouch(user.id, contactId, parsed.data, todayIn(user.timezone, await now()));
  if (!result.ok) return { ok: false, message: CONTACT_GONE };
  revalidatePipeline(contactId);
  return { ok: true, dueOn: result.dueOn ? toDayString(result.dueOn) : null };
}
