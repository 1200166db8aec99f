"use server";
// Contact form actions: requireUser → parse → write (scoped by owner) → revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, runFormAction } from "@/lib/auth/form-action";
import { mergeDraftHref } from "@/lib/contacts/merge-schema";
import { requireUser } from "@/lib/auth/session";
import { contactCreateInput, contactUpdateInput, MAX_TAGS, renameTagInput, tagInput } from "@/lib/contacts/schema";
import * as contacts from "@/lib/contacts/mutations";
import { isRowId, type FormState } from "@/lib/forms";
import { now } from "@/lib/dates/clock";
import { parseDay, todayIn } from "@/lib/dates/calendar";

const NOT_FOUND = "This contact no longer exists.";
const GONE: FormState = { ok: false, message: NOT_FOUND };

function refused(result: Exclude<contacts.WriteResult, { ok: true }>, typed: Record<string, string>): FormState {
  switch (result.reason) {
    case "duplicate":
      return {
        ok: false,
        message: result.message,
        fieldErrors: { [result.field]: [result.message] },
        links: [
          { href: `/contacts/${result.existingId}`, label: `Open ${result.existingName}` },
          { href: mergeDraftHref(result.existingId, typed), label: `Merge what you typed into ${result.existingName}` },
        ],
      };
    case "possible_duplicate":
      return {
        ok: false,
        message: result.message,
        links: [{ href: `/contacts/${result.existingId}`, label: `Open ${result.existingName}` }],
        confirm: "Save anyway",
      };
    case "conflict":
      return {
        ok: false,
        message: "This contact changed since you opened it. Reload the page to see the latest version, then make your edit again.",
      };
    case "not_found":
      return GONE;
    case "event_not_found":
      return { ok: false, message: "Check the highlighted fields.", fieldErrors: { eventId: ["This event no longer exists. Pick another one."] } };
  }
}

export async function createContactAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runFormAction(contactCreateInput, formData, async ({ eventId, metOn, context, ...input }, user) => {
    // "Met on" starts filled in, so only an event or a line about the conversation records how you met.
    const howYouMet = eventId || context ? { eventId, context, metOn: metOn ?? parseDay(todayIn(user.timezone, await now()))! } : null;
    const result = await contacts.createContact(user.id, input, formData.get("confirmed") === "1", howYouMet);
    if (!result.ok) return refused(result, formValues(formData));
    id = result.id;
    return { ok: true };
  });
  if (!id) return state;
  revalidatePath("/contacts");
  revalidatePath("/events");
  redirect(`/contacts/${id}`);
}

export async function updateContactAction(contactId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(contactUpdateInput, formData, async ({ version, ...input }, user) => {
    if (!isRowId(contactId)) return GONE;
    const result = await contacts.updateContact(user.id, contactId, version, input, formData.get("confirmed") === "1");
    return result.ok ? { ok: true } : refused(result, formValues(formData));
  });
  if (!state.ok) return state;
  revalidatePath("/contacts");
  revalidatePath(`/contacts/${contactId}`);
  redirect(`/contacts/${contactId}`);
}

export async function deleteContactAction(contactId: string): Promise<FormState> {
  const user = await requireUser();
  if (!isRowId(contactId) || !(await contacts.deleteContact(user.id, contactId))) return GONE;
  revalidatePath("/contacts");
  return { ok: true };
}

export async function setContactArchivedAction(contactId: string, archived: boolean): Promise<FormState> {
  const user = await requireUser();
  if (!isRowId(contactId) || !(await contacts.setContactArchived(user.id, contactId, archived))) return GONE;
  revalidatePath("/contacts");
  revalidatePath(`/contacts/${contactId}`);
  return { ok: true };
}

export type TagsResult = { ok: true; tags: string[] } | { ok: false; message: string };

// The tag editor shows the tags these return; the pages are rendered fresh on the next visit.
// (Revalidating here too made quick successive edits race: a later edit's page data could be
// overtaken by an earlier one's, and the editor showed a removed tag again.)

export async function addTagAction(contactId: string, raw: string): Promise<TagsResult> {
  const user = await requireUser();
  const parsed = tagInput.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "That tag cannot be used." };
  const tags = isRowId(contactId) ? await contacts.addTag(user.id, contactId, parsed.data) : null;
  if (!tags) return { ok: false, message: NOT_FOUND };
  if (!tags.some((tag) => tag.toLowerCase() === parsed.data.toLowerCase())) {
    return { ok: false, message: `This contact has as many tags as it can hold (${MAX_TAGS}, or fewer long ones). Remove one first.` };
  }
  return { ok: true, tags };
}

export async function removeTagAction(contactId: string, tag: string): Promise<TagsResult> {
  const user = await requireUser();
  // Stored tags are what tagInput produced: anything else (a NUL, which PostgreSQL refuses) names no tag.
  const parsed = tagInput.safeParse(tag);
  if (!parsed.success) return { ok: false, message: "This contact has no such tag." };
  const tags = isRowId(contactId) ? await contacts.removeTag(user.id, contactId, parsed.data) : null;
  if (!tags) return { ok: false, message: NOT_FOUND };
  return { ok: true, tags };
}

export async function renameTagAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let renamed: { from: string; to: string } | undefined;
  const state = await runFormAction(renameTagInput, formData, async ({ from, to }, user) => {
    const count = await contacts.renameTag(user.id, from, to);
    if (count === 0) return { ok: false, message: `No contact has the tag "${from}" any more.` };
    renamed = { from, to };
    return { ok: true, message: `Renamed "${from}" to "${to}" on ${count === 1 ? "1 contact" : `${count} contacts`}.` };
  });
  if (!renamed) return state;
  revalidatePath("/contacts");
  redirect(`/contacts?tag=${encodeURIComponent(renamed.to)}`);
}
