// Every server action's input schema against thousands of hostile values (fast-check): parsing never throws; what is
// accepted can be stored as it is (no NUL, no lone surrogate, real dates, finite numbers) and keeps each field's
// limit; what is refused says why in the app's own words, never zod's "Invalid input".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { noteInput, LOGGED_KINDS } from "@/lib/activities/schema";
import { signUpInput } from "@/lib/auth/schema";
import { captureInput } from "@/lib/capture/schema";
import { MERGE_FIELD_NAMES } from "@/lib/contacts/merge-plan";
import { draftMergeInput, encodeMergeDraft, mergeInput, parseMergeDraft } from "@/lib/contacts/merge-schema";
import { contactCreateInput, contactUpdateInput, MAX_TAG_BYTES, renameTagInput, tagBytes, tagInput } from "@/lib/contacts/schema";
import { toDayString } from "@/lib/dates/calendar";
import { ENCOUNTER_KINDS, encounterInput, encounterUpdateInput } from "@/lib/encounters/schema";
import { eventInput, eventUpdateInput } from "@/lib/events/schema";
import { completionReceiptInput, followUpInput, rescheduleInput, snoozeInput, stayInTouchInput } from "@/lib/followups/schema";
import { importOptions, uploadToken } from "@/lib/imports/schema";
import { logInvitationInput, restorableStatus } from "@/lib/inbox/schema";
import { MAX_REPLY_LENGTH, replyInput } from "@/lib/inbox/reply-schema";
import { CLAIMS, contactIdField, draftInput, sendInput } from "@/lib/invitations/schema";
import { moveInput } from "@/lib/pipeline/schema";
import { STAGES } from "@/lib/pipeline/stage";
import { settingsInput } from "@/lib/settings/schema";
import { templateInput, templateUpdateInput, TEMPLATE_KINDS } from "@/lib/templates/schema";
import { thankYouDraftInput, thankYouInput } from "@/lib/thank-you/schema";
import { hostileForm as form, hostileString, hostileValue, unstorable, ZOD_DEFAULT_MESSAGE } from "@/tests/hostile-values";

const RUNS = 1_000;

const day = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map(toDayString);
const pastDay = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true }).map(toDayString);
const text = (max = 30) => fc.string({ maxLength: max });
const name = fc.string({ minLength: 1, maxLength: 20 }).filter((value) => value.trim() !== "");

/** Anything where an object of these fields was expected: the object with hostile values, or no object at all. */
function argument(valid: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const hostile = Object.fromEntries(Object.entries(valid).map(([key, good]) => [key, fc.oneof(good, hostileValue())]));
  return fc.oneof({ weight: 4, arbitrary: fc.record(hostile, { requiredKeys: [] }) }, { weight: 1, arbitrary: hostileValue() });
}

type Case = {
  schema: z.ZodType;
  input: fc.Arbitrary<unknown>;
  /** An extra rule the accepted output keeps (a limit), as the reason it does not. */
  check?: (output: never) => string | null;
  /** Whether a refusal must be in the app's words. Off only where the action shows its own sentence instead. */
  ownWords?: boolean;
  /** The part of the output that is written to the database (default: all of it). */
  stored?: (output: never) => unknown;
};

function maxLengths(limits: Record<string, number>) {
  return (output: Record<string, unknown>): string | null => {
    for (const [field, max] of Object.entries(limits)) {
      const value = output[field];
      // zod counts characters (code points), as PostgreSQL does.
      if (typeof value === "string" && [...value].length > max) return `${field} is ${[...value].length} characters, over ${max}`;
    }
    return null;
  };
}

const contactFields = {
  firstName: name,
  lastName: text(),
  email: fc.constantFrom("", "ann@example.com", "B@Example.org"),
  phone: fc.constantFrom("", "+1 (555) 010-0000", "030 1234567"),
  company: text(),
  title: text(),
  linkedinUrl: fc.constantFrom("", "linkedin.com/in/ann", "https://de.linkedin.com/in/b%C3%A4r/?trk=x"),
  location: text(),
  notes: text(200),
  tags: fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }).map((tags) => tags.join(",")),
};
const contactLimits = maxLengths({ firstName: 100, lastName: 100, email: 254, phone: 40, company: 200, title: 200, linkedinUrl: 500, location: 200, notes: 10_000, context: 2_000 });
const contactCheck = (output: Record<string, unknown> & { tags: string[] }) =>
  contactLimits(output) ??
  (output.tags.length > 30 || tagBytes(output.tags) > MAX_TAG_BYTES || output.tags.some((tag) => [...tag].length > 50 || tag.includes(",")) ? `tags ${JSON.stringify(output.tags).slice(0, 80)}` : null);
/** The output without the fields that are not written to the database. */
const omit = (...fields: string[]) => ((output: Record<string, unknown>) => Object.fromEntries(Object.entries(output).filter(([key]) => !fields.includes(key)))) as never;
const withoutChoices = omit("values");
const choices = Object.fromEntries(MERGE_FIELD_NAMES.map((field) => [field, text()]));

/** An edit form's hidden version: mostly a real one, sometimes anything at all. */
const version = fc.oneof(fc.nat({ max: 99 }).map((n) => String(n + 1)), hostileString());

const CASES: Record<string, Case> = {
  "createContactAction (contactCreateInput)": {
    schema: contactCreateInput,
    input: form({ ...contactFields, eventId: fc.constantFrom("", "c123"), metOn: fc.oneof(fc.constant(""), pastDay), context: text(100) }),
    check: contactCheck as never,
  },
  "updateContactAction (contactUpdateInput)": { schema: contactUpdateInput, input: form({ ...contactFields, version: fc.nat({ max: 99 }).map(String) }), check: contactCheck as never },
  "renameTagAction (renameTagInput)": { schema: renameTagInput, input: form({ from: name, to: name }) },
  "addTagAction (tagInput)": { schema: tagInput, input: hostileValue(), check: ((tag: string) => ([...tag].length > 50 || tag.includes(",") ? "tag" : null)) as never },
  "addNoteAction (noteInput)": { schema: noteInput, input: form({ body: name, kind: fc.constantFrom(...LOGGED_KINDS) }), check: maxLengths({ body: 5_000 }) as never },
  "signUpAction (signUpInput)": {
    schema: signUpInput,
    input: form({ name, email: fc.constantFrom("ann@example.com"), password: fc.string({ minLength: 10, maxLength: 30 }) }),
    check: maxLengths({ name: 100, email: 254 }) as never,
    // The password is only hashed, never stored.
    stored: omit("password"),
  },
  "captureAction (captureInput)": {
    schema: captureInput,
    input: form({
      eventId: fc.constantFrom("", "c123"),
      metOn: fc.oneof(fc.constant(""), pastDay),
      firstName: name,
      lastName: text(),
      context: name,
      topic: text(),
      company: text(),
      linkedinUrl: contactFields.linkedinUrl,
      confirmed: fc.constantFrom("1"),
      addToContactId: fc.constantFrom("", "c123"),
    }),
    check: maxLengths({ firstName: 100, lastName: 100, context: 2_000, topic: 150, company: 200, linkedinUrl: 500, eventId: 64, addToContactId: 64 }) as never,
  },
  "addEncounterAction (encounterInput)": {
    schema: encounterInput,
    input: form({
      kind: fc.constantFrom(...ENCOUNTER_KINDS),
      eventId: fc.constantFrom("", "c123"),
      metOn: pastDay,
      where: text(),
      throughContactId: fc.constantFrom("", "c456"),
      context: text(100),
      topic: text(),
      theyCanHelpWith: text(),
      iCanHelpWith: text(),
    }),
    check: maxLengths({ where: 200, context: 2_000, topic: 150, theyCanHelpWith: 1_000, iCanHelpWith: 1_000, eventId: 64, throughContactId: 64 }) as never,
  },
  "updateEncounterAction (encounterUpdateInput)": {
    schema: encounterUpdateInput,
    input: form({
      kind: fc.constantFrom(...ENCOUNTER_KINDS),
      eventId: fc.constantFrom("", "c123"),
      metOn: pastDay,
      where: text(),
      throughContactId: fc.constantFrom("", "c456"),
      context: text(100),
      topic: text(),
      theyCanHelpWith: text(),
      iCanHelpWith: text(),
      version,
    }),
    check: maxLengths({ where: 200, context: 2_000, topic: 150, theyCanHelpWith: 1_000, iCanHelpWith: 1_000, eventId: 64, throughContactId: 64 }) as never,
  },
  "createEventAction (eventInput)": {
    schema: eventInput,
    input: form({ name, startsOn: day, location: text(), url: fc.constantFrom("", "example.com/summit", "https://example.org/a?b=c"), notes: text(200) }),
    check: ((output: { name: string; location: string | null; notes: string | null; url: string | null; startsOn: Date }) =>
      maxLengths({ name: 200, location: 200, notes: 10_000 })(output) ??
      (output.url !== null && !/^https?:\/\//.test(output.url) ? `url ${output.url}` : null) ??
      (output.startsOn.getUTCFullYear() < 1900 || output.startsOn.getUTCFullYear() > 2999 ? "startsOn out of range" : null)) as never,
  },
  "updateEventAction (eventUpdateInput)": {
    schema: eventUpdateInput,
    input: form({ name, startsOn: day, location: text(), url: fc.constantFrom("", "example.com/summit", "https://example.org/a?b=c"), notes: text(200), version }),
    check: ((output: { name: string; location: string | null; notes: string | null; url: string | null; startsOn: Date }) =>
      maxLengths({ name: 200, location: 200, notes: 10_000 })(output) ??
      (output.url !== null && !/^https?:\/\//.test(output.url) ? `url ${output.url}` : null) ??
      (output.startsOn.getUTCFullYear() < 1900 || output.startsOn.getUTCFullYear() > 2999 ? "startsOn out of range" : null)) as never,
  },
  "addFollowUpAction (followUpInput)": { schema: followUpInput, input: form({ dueOn: day, note: name }), check: maxLengths({ note: 500 }) as never },
  "rescheduleFollowUpAction (rescheduleInput)": { schema: rescheduleInput, input: form({ dueOn: day, version }) },
  "snoozeFollowUpAction (snoozeInput)": { schema: snoozeInput, input: fc.oneof(fc.constantFrom("1d", "1w", "2w"), hostileValue()) },
  "setStayInTouchAction (stayInTouchInput)": { schema: stayInTouchInput, input: fc.oneof(fc.constantFrom("", "2", "52"), hostileValue()) },
  // The action answers any refusal with its own sentence ("Could not undo this “Done” …").
  "undoCompleteFollowUpAction (completionReceiptInput)": {
    schema: completionReceiptInput,
    input: argument({ lastInteractionAt: fc.constant(new Date().toISOString()), cadence: fc.record({ id: fc.constant("c1"), dueOn: day }) }),
    ownWords: false,
  },
  "updateSettingsAction (settingsInput)": {
    schema: settingsInput,
    input: form({ name, inviteNoteLimit: fc.constantFrom("300", "200"), timezone: fc.constantFrom("UTC", "Europe/Berlin", "Asia/Calcutta") }),
    check: maxLengths({ name: 100 }) as never,
  },
  "createTemplateAction (templateInput)": {
    schema: templateInput,
    input: form({ name, kind: fc.constantFrom(...TEMPLATE_KINDS), body: fc.constantFrom("Hi {firstName}, good to meet you.", "Thanks!") }),
    check: maxLengths({ name: 80, body: 2_000 }) as never,
  },
  "updateTemplateAction (templateUpdateInput)": {
    schema: templateUpdateInput,
    input: form({ name, kind: fc.constantFrom(...TEMPLATE_KINDS), body: fc.constantFrom("Hi {firstName}, good to meet you.", "Thanks!"), version }),
    check: maxLengths({ name: 80, body: 2_000 }) as never,
  },
  // A deleted template's values come back from the browser as an object: anything may arrive.
  "restoreTemplateAction (templateInput, any value)": { schema: templateInput, input: argument({ name, kind: fc.constantFrom(...TEMPLATE_KINDS), body: fc.constant("Thanks!") }), ownWords: false },
  "saveDraftAction (draftInput)": { schema: draftInput, input: argument({ message: text(200), claim: fc.constantFrom(...CLAIMS, "", null) }), check: maxLengths({ message: 2_000 }) as never },
  "markSentAction (sendInput)": { schema: sendInput, input: argument({ message: text(200), claim: fc.constantFrom(...CLAIMS, "", null) }), check: maxLengths({ message: 2_000 }) as never },
  "saveDraftAction, markSentAction, thank-you actions (contactIdField)": { schema: contactIdField, input: hostileValue() },
  "moveContactAction (moveInput)": { schema: moveInput, input: argument({ contactId: fc.constant("c1"), to: fc.constantFrom(...STAGES), acceptedOn: fc.option(day, { nil: undefined }) }) },
  "logInvitationAction (logInvitationInput)": {
    schema: logInvitationInput("2026-11-27"),
    input: form({ from: name, message: text(200), receivedOn: fc.oneof(pastDay, fc.constant("2026-11-27")), linkedinUrl: contactFields.linkedinUrl }),
    check: ((output: { from: string; message: string; receivedOn: string }) => maxLengths({ from: 200, message: 2_000, linkedinUrl: 500 })(output) ?? (output.receivedOn > "2026-11-27" ? "a day after today" : null)) as never,
  },
  "undoIgnoreInvitationAction (restorableStatus)": { schema: restorableStatus, input: fc.oneof(fc.constantFrom("NEW", "REPLIED"), hostileValue()) },
  "markReplySentAction (replyInput)": { schema: replyInput, input: argument({ message: name }), check: maxLengths({ message: MAX_REPLY_LENGTH }) as never },
  "saveThankYouDraftAction (thankYouDraftInput)": { schema: thankYouDraftInput, input: argument({ message: text(200) }), check: maxLengths({ message: 8_000 }) as never },
  "markThankYouSentAction (thankYouInput)": {
    schema: thankYouInput("2026-11-27"),
    input: argument({ message: name, noFollowUp: fc.boolean(), followUpOn: fc.constantFrom("2026-12-10", "2026-11-27"), nextStep: text() }),
    check: ((output: { message: string; followUp: { dueOn: Date; note: string } | null }) =>
      [...output.message].length > 8_000 || (output.followUp && ([...output.followUp.note].length > 500 || toDayString(output.followUp.dueOn) < "2026-11-27")) ? "limits" : null) as never,
  },
  // The import page sends what its own controls hold; any other value is answered with the field's sentence or "Check the import choices".
  "previewImportAction, confirmImportAction (importOptions)": {
    schema: importOptions,
    input: argument({ thankWindowDays: fc.nat({ max: 4000 }), skipInvalid: fc.boolean(), mapping: fc.constant({ firstName: 0, email: 2 }) }),
    ownWords: false,
  },
  "previewImportAction, confirmImportAction (uploadToken)": { schema: uploadToken, input: fc.oneof(fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 32, maxLength: 32 }), hostileValue()) },
  // A merge's choices are only compared with the two contacts' stored values (merge-plan's resolveFields), never stored.
  "mergeContactsAction (mergeInput)": { schema: mergeInput, input: form({ keepVersion: fc.constantFrom("1", "2"), otherVersion: fc.constantFrom("1", "3"), ...choices }), stored: withoutChoices },
  "applyDraftAction (draftMergeInput)": {
    schema: draftMergeInput,
    input: form({ version: fc.constantFrom("1", "4"), draft: fc.record(contactFields).map(encodeMergeDraft), ...choices }),
    // The draft is read by parseMergeDraft (its own test below) with the contact form's schema before anything is stored.
    stored: omit("draft", "values"),
  },
};

describe("every server action's input schema, against hostile values", () => {
  for (const [title, { schema, input, check, ownWords = true, stored = (output: unknown) => output }] of Object.entries(CASES)) {
    it(title, () => {
      let accepted = 0;
      fc.assert(
        fc.property(input, (value) => {
          const parsed = schema.safeParse(value);
          if (parsed.success) {
            accepted += 1;
            expect(unstorable(stored(parsed.data as never))).toBeNull();
            expect(check?.(parsed.data as never) ?? null).toBeNull();
          } else {
            for (const issue of parsed.error.issues) {
              expect(issue.message.trim()).not.toBe("");
              if (ownWords) expect(issue.message).not.toMatch(ZOD_DEFAULT_MESSAGE);
            }
          }
        }),
        { numRuns: RUNS },
      );
      // Not a test that passes by refusing everything: good values get through.
      expect(accepted).toBeGreaterThan(RUNS * 0.05);
    }, 60_000);
  }

  it("the merge page's ?draft= link: any text is read or refused with a sentence, never thrown", () => {
    fc.assert(
      fc.property(fc.oneof(hostileString(), fc.record(contactFields).map(encodeMergeDraft), hostileString().map((text) => Buffer.from(JSON.stringify({ firstName: text, notes: text })).toString("base64url"))), (encoded) => {
        const parsed = parseMergeDraft(encoded);
        if (parsed.ok) expect(unstorable(parsed.draft)).toBeNull();
        else for (const message of [parsed.message, ...parsed.problems]) expect(message).not.toMatch(ZOD_DEFAULT_MESSAGE);
      }),
      { numRuns: RUNS / 2 },
    );
  }, 60_000);

  it("refuses NUL and lone surrogates with a sentence naming the field (e.g. Notes)", () => {
    const base = { firstName: "Ann", lastName: "", tags: "" };
    expect(contactCreateInput.safeParse({ ...base, notes: "a\u0000b" }).error?.issues.map((issue) => issue.message)).toEqual([
      "Notes cannot be saved with a NUL character (U+0000) in it. Remove it and try again.",
    ]);
    expect(contactCreateInput.safeParse({ ...base, company: "Acme \ud83d" }).error?.issues.map((issue) => issue.message)).toEqual([
      "Company cannot be saved with a broken character in it (half of an emoji or other symbol). Delete it and type it again.",
    ]);
    // A whole emoji is fine.
    expect(contactCreateInput.safeParse({ ...base, company: "Acme 👩‍👩‍👧" }).success).toBe(true);
  });
});
