// The server actions themselves against hostile input (fast-check), on the real PostgreSQL: an action never throws
// (no 500), a refusal says why in the app's words and writes nothing (a dump of the user's rows is unchanged), and an
// accepted input is stored exactly as the action's schema produced it. Only the session is stubbed.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState, type FormState } from "@/lib/forms";
import { contactCreateInput, contactUpdateInput } from "@/lib/contacts/schema";
import { toDayString } from "@/lib/dates/calendar";
import { noteInput } from "@/lib/activities/schema";
import { encounterInput, ENCOUNTER_KINDS } from "@/lib/encounters/schema";
import { eventInput } from "@/lib/events/schema";
import { followUpInput } from "@/lib/followups/schema";
import { templateInput, TEMPLATE_KINDS } from "@/lib/templates/schema";
import { settingsInput } from "@/lib/settings/schema";
import { captureInput } from "@/lib/capture/schema";
import { CLAIMS, draftInput } from "@/lib/invitations/schema";
import { STAGES } from "@/lib/pipeline/stage";
import { hostileForm, hostileString, hostileValue, ZOD_DEFAULT_MESSAGE } from "@/tests/hostile-values";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// redirect() ends an accepted form action by throwing; the tests read where it was going.
class Redirect extends Error {
  constructor(readonly url: string) {
    super("NEXT_REDIRECT");
  }
}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));

const { createContactAction, updateContactAction, addTagAction, removeTagAction, renameTagAction } = await import("@/lib/contacts/actions");
const { addNoteAction } = await import("@/lib/activities/actions");
const { addEncounterAction } = await import("@/lib/encounters/actions");
const { createEventAction } = await import("@/lib/events/actions");
const { addFollowUpAction, snoozeFollowUpAction, setStayInTouchAction } = await import("@/lib/followups/actions");
const { createTemplateAction, restoreTemplateAction } = await import("@/lib/templates/actions");
const { updateSettingsAction } = await import("@/lib/settings/actions");
const { captureAction } = await import("@/lib/capture/actions");
const { saveDraftAction, markSentAction } = await import("@/lib/invitations/actions");
const { moveContactAction } = await import("@/lib/pipeline/actions");
const { saveThankYouDraftAction } = await import("@/lib/thank-you/actions");
const { previewImportAction } = await import("@/lib/imports/actions");

// Each run is a few round trips to PostgreSQL: fewer runs than the pure schema tests (lib/action-schemas.property.test.ts).
const RUNS = 50;

function formData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

/** What the action receives: FormData turns a lone surrogate into U+FFFD, as a browser's form post does. */
function posted(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries([...formData(values).entries()].map(([key, value]) => [key, String(value)]));
}

/** Everything the user owns, in one query: what a refused action must leave exactly as it was. */
async function dump(ownerId: string): Promise<unknown> {
  const tables = ["Contact", "Event", "Encounter", "Invitation", "Template", "Activity", "FollowUp", "ThankYouDraft", "ImportBatch"];
  const parts = tables.map((table) => `'${table}', (SELECT coalesce(json_agg(row_to_json(t) ORDER BY t.id), '[]') FROM "${table}" t WHERE t."ownerId" = $1)`);
  const [row] = await db.$queryRawUnsafe<{ dump: unknown }[]>(
    `SELECT json_build_object('user', (SELECT row_to_json(u) FROM "User" u WHERE u.id = $1), ${parts.join(", ")}) AS dump`,
    ownerId,
  );
  return row!.dump;
}

type Outcome = { ok: true; id?: string } | { ok: false; message: string };

/** Calls an action; a redirect is how a form action reports success (with the new row's id in the URL). */
async function outcome(call: () => Promise<FormState | { ok: boolean; message?: string }>): Promise<Outcome> {
  try {
    const state = await call();
    if (state.ok) return { ok: true };
    const fieldErrors = "fieldErrors" in state ? Object.values(state.fieldErrors ?? {}).flat() : [];
    return { ok: false, message: [state.message, ...fieldErrors].filter(Boolean).join(" ") };
  } catch (error) {
    if (error instanceof Redirect) return { ok: true, id: error.url.split(/[/?=]/).filter(Boolean).at(-1) };
    throw error;
  }
}

let ownerId = "";
let contactId = "";
let eventId = "";

const pastDay = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true }).map(toDayString);
const futureDay = fc.date({ min: new Date("2030-01-01T00:00:00Z"), max: new Date("2031-12-31T00:00:00Z"), noInvalidDate: true }).map(toDayString);
const text = fc.string({ maxLength: 30 });
const name = fc.string({ minLength: 1, maxLength: 20 }).filter((value) => value.trim() !== "");
// Unique enough that a LinkedIn URL rarely repeats (a repeat is refused as a duplicate, which is fine too).
const linkedin = fc.oneof(fc.constant(""), fc.stringMatching(/^[a-z0-9-]{3,20}$/).map((slug) => `linkedin.com/in/${slug}`));

type ActionCase = {
  input: fc.Arbitrary<never>;
  call: (input: never) => Promise<Outcome>;
  /** After an accepted call: the stored row, compared with what the schema made of the input. */
  stored?: (input: never, id: string | undefined) => Promise<void>;
};

const contactForm = {
  firstName: name,
  lastName: text,
  email: fc.constantFrom("", "ann@example.com"),
  phone: fc.constantFrom("", "+1 555 0100"),
  company: text,
  title: text,
  linkedinUrl: linkedin,
  location: text,
  notes: text,
  tags: fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }).map((tags) => tags.join(",")),
};
const CONTACT_FIELDS = ["firstName", "lastName", "email", "phone", "company", "title", "linkedinUrl", "location", "notes", "tags"] as const;

async function expectContact(id: string, expected: Record<string, unknown>) {
  const stored = await db.contact.findFirstOrThrow({ where: { id, ownerId } });
  for (const field of CONTACT_FIELDS) expect(stored[field], field).toEqual(expected[field]);
}

const CASES: Record<string, ActionCase> = {
  createContactAction: {
    input: hostileForm({ ...contactForm, eventId: fc.constantFrom("", "EVENT"), metOn: fc.oneof(fc.constant(""), pastDay), context: text }) as never,
    call: (values: Record<string, string>) => outcome(() => createContactAction(initialFormState, formData(withIds(values)))),
    stored: async (values: Record<string, string>, id) => expectContact(id!, contactCreateInput.parse(posted(withIds(values)))),
  },
  updateContactAction: {
    input: hostileForm({ ...contactForm, version: fc.constant("CURRENT") }) as never,
    call: async (values: Record<string, string>) => outcome(async () => updateContactAction(contactId, initialFormState, formData(await withVersion(values)))),
    stored: async (values: Record<string, string>) => {
      await expectContact(contactId, contactUpdateInput.parse(posted(await withVersion(values, -1))));
    },
  },
  addNoteAction: {
    input: hostileForm({ body: name, kind: fc.constantFrom("NOTE", "MEETING", "MESSAGE") }) as never,
    call: (values: Record<string, string>) => outcome(() => addNoteAction(contactId, initialFormState, formData(values))),
    stored: async (values: Record<string, string>) => {
      const latest = await db.activity.findFirstOrThrow({ where: { ownerId, contactId }, orderBy: { createdAt: "desc" }, select: { body: true, kind: true } });
      const { body, kind } = noteInput.parse(posted(values));
      expect(latest).toEqual({ body, kind });
    },
  },
  addEncounterAction: {
    input: hostileForm({
      kind: fc.constantFrom(...ENCOUNTER_KINDS),
      eventId: fc.constantFrom("", "EVENT"),
      metOn: pastDay,
      where: text,
      throughContactId: fc.constant(""),
      context: text,
      topic: text,
      theyCanHelpWith: text,
      iCanHelpWith: text,
    }) as never,
    call: (values: Record<string, string>) => outcome(() => addEncounterAction(contactId, initialFormState, formData(withIds(values)))),
    stored: async (values: Record<string, string>) => {
      const latest = await db.encounter.findFirstOrThrow({ where: { ownerId, contactId }, orderBy: { createdAt: "desc" } });
      // No "Mutual connection" is generated: throughContactId stays null on both sides.
      expect(latest).toMatchObject(encounterInput.parse(posted(withIds(values))));
    },
  },
  createEventAction: {
    input: hostileForm({ name, startsOn: fc.oneof(pastDay, futureDay), location: text, url: fc.constantFrom("", "example.com/summit"), notes: text }) as never,
    call: (values: Record<string, string>) => outcome(() => createEventAction(initialFormState, formData(values))),
    stored: async (values: Record<string, string>, id) => {
      expect(await db.event.findFirstOrThrow({ where: { id, ownerId } })).toMatchObject(eventInput.parse(posted(values)));
    },
  },
  addFollowUpAction: {
    input: hostileForm({ dueOn: fc.oneof(pastDay, futureDay), note: name }) as never,
    call: (values: Record<string, string>) => outcome(() => addFollowUpAction(contactId, initialFormState, formData(values))),
    stored: async (values: Record<string, string>) => {
      const { dueOn, note } = followUpInput.parse(posted(values));
      const latest = await db.followUp.findFirstOrThrow({ where: { ownerId, contactId, fromCadence: false }, orderBy: { createdAt: "desc" } });
      expect({ dueOn: toDayString(latest.dueOn), note: latest.note }).toEqual({ dueOn, note });
    },
  },
  createTemplateAction: {
    input: hostileForm({ name, kind: fc.constantFrom(...TEMPLATE_KINDS), body: fc.constantFrom("Hi {firstName}!", "Thanks.") }) as never,
    call: (values: Record<string, string>) => outcome(() => createTemplateAction(initialFormState, formData(values))),
    stored: async (values: Record<string, string>) => {
      const latest = await db.template.findFirstOrThrow({ where: { ownerId }, orderBy: { createdAt: "desc" }, select: { name: true, kind: true, body: true } });
      expect(latest).toEqual(templateInput.parse(posted(values)));
    },
  },
  restoreTemplateAction: {
    input: fc.oneof(hostileForm({ name, kind: fc.constantFrom(...TEMPLATE_KINDS), body: fc.constant("Thanks.") }), hostileValue()) as never,
    call: (values: Record<string, string>) => outcome(() => restoreTemplateAction(values)),
  },
  updateSettingsAction: {
    input: hostileForm({ name, inviteNoteLimit: fc.constantFrom("200", "300"), timezone: fc.constantFrom("UTC", "Europe/Berlin") }) as never,
    call: (values: Record<string, string>) => outcome(() => updateSettingsAction(initialFormState, formData(values))),
    stored: async (values: Record<string, string>) => {
      expect(await db.user.findUniqueOrThrow({ where: { id: ownerId }, select: { name: true, inviteNoteLimit: true, timezone: true } })).toEqual(settingsInput.parse(posted(values)));
    },
  },
  captureAction: {
    input: hostileForm({
      eventId: fc.constantFrom("", "EVENT"),
      metOn: fc.oneof(fc.constant(""), pastDay),
      firstName: name,
      lastName: text,
      context: name,
      topic: text,
      company: text,
      linkedinUrl: linkedin,
      confirmed: fc.constant("1"),
    }) as never,
    call: async (values: Record<string, string>) => {
      const state = await captureAction(initialFormState, formData(withIds(values)));
      return state.ok ? { ok: true, id: state.captured?.id } : outcome(async () => state);
    },
    stored: async (values: Record<string, string>, id) => {
      const input = captureInput.parse(posted(withIds(values)));
      const contact = await db.contact.findFirstOrThrow({ where: { id, ownerId }, include: { encounters: { orderBy: { createdAt: "desc" }, take: 1 } } });
      expect({ firstName: contact.firstName, lastName: contact.lastName, company: contact.company, linkedinUrl: contact.linkedinUrl }).toEqual({
        firstName: input.firstName,
        lastName: input.lastName,
        company: input.company,
        linkedinUrl: input.linkedinUrl,
      });
      expect(contact.encounters[0]).toMatchObject({ context: input.context, topic: input.topic });
    },
  },
  saveDraftAction: {
    input: fc.tuple(fc.oneof(text, hostileValue()), fc.oneof(fc.constantFrom(...CLAIMS, "", null), hostileValue())) as never,
    call: ([message, claim]: [string, string]) => outcome(() => saveDraftAction(contactId, message, claim)),
    stored: async ([message, claim]: [string, string]) => {
      const draft = await db.invitation.findFirstOrThrow({ where: { ownerId, draftFor: contactId }, select: { message: true, relationshipClaim: true } });
      const parsed = draftInput.parse({ message, claim });
      expect(draft).toEqual({ message: parsed.message, relationshipClaim: parsed.claim });
    },
  },
  markSentAction: {
    input: fc.oneof(fc.record({ message: fc.oneof(name, hostileString()), claim: fc.constantFrom(...CLAIMS, "") }), hostileValue()) as never,
    call: (values: { message: string }) => outcome(() => markSentAction(contactId, values)),
  },
  moveContactAction: {
    input: fc.tuple(fc.oneof(fc.constantFrom(...STAGES), hostileString()), fc.option(fc.oneof(pastDay, hostileString()), { nil: undefined })) as never,
    call: ([to, acceptedOn]: [string, string | undefined]) => outcome(() => moveContactAction(contactId, to, acceptedOn)),
  },
  saveThankYouDraftAction: {
    input: fc.oneof(text, hostileValue()) as never,
    call: (message: string) => outcome(() => saveThankYouDraftAction(contactId, message)),
  },
  "addTagAction, removeTagAction": {
    input: fc.tuple(fc.boolean(), fc.oneof(name, hostileValue())) as never,
    call: ([add, tag]: [boolean, string]) => outcome(() => (add ? addTagAction(contactId, tag) : removeTagAction(contactId, tag))),
  },
  renameTagAction: {
    input: hostileForm({ from: name, to: name }) as never,
    call: (values: Record<string, string>) => outcome(() => renameTagAction(initialFormState, formData(values))),
  },
  "snoozeFollowUpAction, setStayInTouchAction": {
    input: fc.tuple(fc.boolean(), fc.oneof(fc.constantFrom("1d", "2w", "", "4", "52"), hostileValue())) as never,
    call: async ([snooze, value]: [boolean, string]) => {
      const followUp = await db.followUp.findFirst({ where: { ownerId, doneAt: null }, select: { id: true } });
      return outcome(() => (snooze && followUp ? snoozeFollowUpAction(followUp.id, value) : setStayInTouchAction(contactId, value)));
    },
  },
  previewImportAction: {
    input: fc.tuple(fc.oneof(fc.constant("0".repeat(32)), hostileValue()), hostileValue()) as never,
    call: ([token, options]: [string, unknown]) => outcome(() => previewImportAction(token, options)),
  },
};

/** "EVENT" stands for the user's event, whose id is only known once it exists. */
function withIds(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value === "EVENT" ? eventId : value]));
}

/** "CURRENT" stands for the contact's version as stored (minus `before`: the version the edit was made from). */
async function withVersion(values: Record<string, string>, before = 0): Promise<Record<string, string>> {
  if (values.version !== "CURRENT") return values;
  const { version } = await db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { version: true } });
  return { ...values, version: String(version + before) };
}

describe("server actions against hostile input, on PostgreSQL", () => {
  beforeAll(async () => {
    ownerId = (await createUser("Hostile")).id;
    session.userId = ownerId;
    contactId = (await db.contact.create({ data: { ownerId, firstName: "Ann", lastName: "Lee", tags: ["x"] } })).id;
    eventId = (await db.event.create({ data: { ownerId, name: "Summit", startsOn: new Date("2025-03-14T00:00:00Z") } })).id;
    await db.followUp.create({ data: { ownerId, contactId, dueOn: new Date("2026-01-01T00:00:00Z"), note: "Call" } });
  });

  for (const [title, { input, call, stored }] of Object.entries(CASES)) {
    it(title, async () => {
      const seen = { accepted: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          const before = await dump(ownerId);
          const result = await call(value);
          if (result.ok) {
            seen.accepted += 1;
            await stored?.(value, result.id);
          } else {
            seen.refused += 1;
            expect(result.message.trim()).not.toBe("");
            expect(result.message).not.toMatch(ZOD_DEFAULT_MESSAGE);
            expect(await dump(ownerId)).toEqual(before);
          }
        }),
        { numRuns: RUNS },
      );
      expect(seen.refused).toBeGreaterThan(0);
      if (stored) expect(seen.accepted).toBeGreaterThan(0);
    }, 120_000);
  }

  // Found by this test: 30 tags of 50 CJK characters made a row of the (ownerId, archivedAt, tags) B-tree index 4,760
  // bytes, and PostgreSQL refused the write ("index row size exceeds btree version 4 maximum 2704") with a 500.
  it("keeps a contact's tags within what the tags index can hold, through the form and the tag editor", async () => {
    const wide = (seed: number) => Array.from({ length: 50 }, (_, index) => String.fromCodePoint(0x4e00 + ((seed * 50 + index) * 7919) % 20_000)).join("");
    const tags = Array.from({ length: 30 }, (_, index) => wide(index));
    const before = await dump(ownerId);
    expect(await outcome(() => createContactAction(initialFormState, formData({ firstName: "Wide", tags: tags.join(",") })))).toEqual({
      ok: false,
      message: "Check the highlighted fields. Tags are too long together: use fewer or shorter tags.",
    });
    expect(await dump(ownerId)).toEqual(before);

    const full = (await db.contact.create({ data: { ownerId, firstName: "Full", tags: tags.slice(0, 13) } })).id;
    const stored = await db.contact.findUniqueOrThrow({ where: { id: full }, select: { tags: true, version: true } });
    for (const tag of tags.slice(13, 16)) {
      expect(await addTagAction(full, tag)).toEqual({ ok: false, message: "This contact has as many tags as it can hold (30, or fewer long ones). Remove one first." });
    }
    expect(await db.contact.findUniqueOrThrow({ where: { id: full }, select: { tags: true, version: true } })).toEqual(stored);
    expect(await addTagAction(full, "short")).toEqual({ ok: true, tags: [...tags.slice(0, 13), "short"] });
  });
});
