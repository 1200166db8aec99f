// The merge form's schema (shared by the form and the actions) and the "draft" link: the values
// someone typed into the new-contact form, carried to the merge page in the URL when the save was
// refused as a duplicate.
import { z } from "zod";
import { contactInput, type ContactInput } from "@/lib/contacts/schema";
import { MERGE_FIELD_NAMES, type MergeChoiceValues, type MergeField } from "@/lib/contacts/merge-plan";

const version = z.coerce.number({ error: "Reload the page and try again." }).int().positive("Reload the page and try again.");

// Long enough for "Keep both" of two 10,000-character notes; an empty or missing choice is no choice.
const choice = z
  .string()
  .max(20_100, "This value is too long.")
  .optional()
  .transform((value) => value || undefined);

const choiceShape = Object.fromEntries(MERGE_FIELD_NAMES.map((name) => [name, choice])) as Record<MergeField, typeof choice>;

function choicesOf(input: Partial<Record<MergeField, string | undefined>>): MergeChoiceValues {
  const values: MergeChoiceValues = {};
  for (const name of MERGE_FIELD_NAMES) {
    const value = input[name];
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/** Merging two saved contacts: the versions both had when compared, and a value per differing field. */
export const mergeInput = z
  .object({ keepVersion: version, otherVersion: version, ...choiceShape })
  .transform(({ keepVersion, otherVersion, ...rest }) => ({ keepVersion, otherVersion, values: choicesOf(rest) }));

export type MergeInput = z.output<typeof mergeInput>;

/** Merging a refused new-contact draft into a saved contact: its version, the draft and the choices. */
export const draftMergeInput = z
  .object({ version, draft: z.string().max(40_000, "This link is too long."), ...choiceShape })
  .transform(({ version, draft, ...rest }) => ({ version, draft, values: choicesOf(rest) }));

export type DraftMergeInput = z.output<typeof draftMergeInput>;

// The contact form's fields a draft carries (not its version or anything else posted with it).
const DRAFT_KEYS = ["firstName", "lastName", "email", "phone", "company", "title", "linkedinUrl", "location", "notes", "tags"] as const;

// base64url of UTF-8 JSON; btoa/atob and TextEncoder exist both in the browser and in Node.
function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The draft as it travels in `?draft=`: only the contact form's fields, only those filled in. */
export function encodeMergeDraft(values: Record<string, string>): string {
  const draft: Record<string, string> = {};
  for (const key of DRAFT_KEYS) {
    const value = values[key];
    if (typeof value === "string" && value.trim()) draft[key] = value;
  }
  return toBase64Url(JSON.stringify(draft));
}

/**
 * The merge page comparing what was typed in the contact form (`values`, as the refused form state
 * keeps them) with the existing contact `contactId`.
 */
export function mergeDraftHref(contactId: string, values: Record<string, string>): string {
  return `/contacts/${encodeURIComponent(contactId)}/merge?draft=${encodeMergeDraft(values)}`;
}

export type ParsedDraft = { ok: true; draft: ContactInput } | { ok: false; message: string; problems: string[] };

/** Reads a `?draft=` value with the contact form's own schema; never throws on a damaged link. */
export function parseMergeDraft(encoded: string): ParsedDraft {
  const unreadable: ParsedDraft = {
    ok: false,
    message: "The details in this link could not be read. It may have been cut short when it was copied.",
    problems: [],
  };
  const json = fromBase64Url(encoded);
  if (json === null) return unreadable;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return unreadable;
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return unreadable;
  const values = Object.fromEntries(DRAFT_KEYS.map((key) => [key, (raw as Record<string, unknown>)[key] ?? ""]));
  const parsed = contactInput.safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      message: "The details you typed cannot be merged as they are.",
      problems: parsed.error.issues.map((issue) => issue.message),
    };
  }
  return { ok: true, draft: parsed.data };
}
