// Merging contacts against PostgreSQL: every related row survives, choices are applied and checked,
// other users' contacts are refused (through the actions too), stale pages are refused.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { contactInput } from "@/lib/contacts/schema";
import { joinNotes } from "@/lib/contacts/merge-plan";
import { mergeDraftHref } from "@/lib/contacts/merge-schema";
import { applyDraft, mergeContacts } from "@/lib/contacts/merge";
import { findMergeCandidates, getMergeSide, listLikelyDuplicates, MERGE_PICKER_LIMIT } from "@/lib/contacts/merge-queries";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { applyDraftAction, mergeContactsAction } = await import("@/lib/contacts/merge-actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const JANUARY = new Date("2026-01-10T09:00:00Z");
const MARCH = new Date("2026-03-05T18:30:00Z");

/** Jane Doe (kept) and Jane D. (merged in), each with encounters and a timeline, plus a third contact introduced by Jane D. */
async function twoJanes(ownerId: string) {
  const keep = await db.contact.create({
    data: {
      ownerId,
      firstName: "Jane",
      lastName: "Doe",
      email: "jane@acme.example",
      company: "Acme",
      notes: "Likes sailing.",
      tags: ["design", "Berlin"],
      stage: "READY",
      lastInteractionAt: JANUARY,
    },
  });
  const other = await db.contact.create({
    data: {
      ownerId,
      firstName: "Jane",
      lastName: "D.",
      email: "jane.d@example.com",
      phone: "+1 555 0100",
      linkedinUrl: "https://www.linkedin.com/in/jane-d",
      notes: "Met at PyCon.",
      tags: ["berlin", "python"],
      stage: "CONNECTED",
      stageChangedAt: MARCH,
      lastInteractionAt: MARCH,
    },
  });
  const sam = await db.contact.create({ data: { ownerId, firstName: "Sam", lastName: "Lee" } });
  const event = await db.event.create({ data: { ownerId, name: "PyCon Berlin", startsOn: new Date("2026-03-04") } });
  const metOn = new Date("2026-03-04");
  const encounters = {
    // Jane Doe was introduced by Jane D.: after the merge she would introduce herself.
    keepViaOther: await db.encounter.create({ data: { ownerId, contactId: keep.id, kind: "MUTUAL_CONNECTION", metOn, throughContactId: other.id, context: "intro over email" } }),
    otherAtEvent: await db.encounter.create({ data: { ownerId, contactId: other.id, kind: "EVENT", eventId: event.id, metOn, context: "type checkers and kayaks" } }),
    otherColleague: await db.encounter.create({ data: { ownerId, contactId: other.id, kind: "COLLEAGUE", metOn: JANUARY, context: "worked on billing" } }),
    samViaOther: await db.encounter.create({ data: { ownerId, contactId: sam.id, kind: "MUTUAL_CONNECTION", metOn, throughContactId: other.id } }),
  };
  const activities = [
    await db.activity.create({ data: { ownerId, contactId: keep.id, kind: "NOTE", body: "kept 1" } }),
    await db.activity.create({ data: { ownerId, contactId: keep.id, kind: "STAGE_CHANGED", body: "kept 2" } }),
    await db.activity.create({ data: { ownerId, contactId: other.id, kind: "NOTE", body: "other 1" } }),
    await db.activity.create({ data: { ownerId, contactId: other.id, kind: "INVITE_SENT", body: "other 2" } }),
    await db.activity.create({ data: { ownerId, contactId: other.id, kind: "INVITE_ACCEPTED", body: "other 3" } }),
  ];
  return { keep, other, sam, event, encounters, activities };
}

/** Everything a merge could touch, to prove a refused merge changed nothing. */
async function snapshot(ownerId: string) {
  const [contacts, encounters, activities] = await Promise.all([
    db.contact.findMany({ where: { ownerId }, orderBy: { id: "asc" } }),
    db.encounter.findMany({ where: { ownerId }, orderBy: { id: "asc" } }),
    db.activity.findMany({ where: { ownerId }, orderBy: { id: "asc" } }),
  ]);
  return { contacts, encounters, activities };
}

describe("mergeContacts", () => {
  it("keeps every related row, applies the choices, unions tags and deletes the other contact", async () => {
    const { id: ownerId } = await createUser();
    const { keep, other, sam, encounters, activities } = await twoJanes(ownerId);
    const bothNotes = joinNotes("Likes sailing.", "Met at PyCon.");

    const result = await mergeContacts(ownerId, keep.id, other.id, {
      keepVersion: keep.version,
      otherVersion: other.version,
      values: { lastName: "Doe", email: "jane.d@example.com", notes: bothNotes },
    });
    expect(result).toEqual({ ok: true, id: keep.id });

    expect(await db.contact.count({ where: { id: other.id } })).toBe(0);
    const merged = await db.contact.findUniqueOrThrow({ where: { id: keep.id } });
    expect(merged).toMatchObject({
      firstName: "Jane",
      lastName: "Doe",
      email: "jane.d@example.com",
      phone: "+1 555 0100",
      company: "Acme",
      linkedinUrl: "https://www.linkedin.com/in/jane-d",
      notes: "Likes sailing.\n\nMet at PyCon.",
      tags: ["design", "Berlin", "python"],
      stage: "CONNECTED",
      stageChangedAt: MARCH,
      lastInteractionAt: MARCH,
      version: keep.version + 1,
    });

    // Every encounter of both now belongs to the kept contact; nobody introduces themselves.
    const kept = await db.encounter.findMany({ where: { contactId: keep.id }, orderBy: { id: "asc" } });
    expect(kept.map((encounter) => encounter.id).sort()).toEqual(
      [encounters.keepViaOther.id, encounters.otherAtEvent.id, encounters.otherColleague.id].sort(),
    );
    expect(kept.find((encounter) => encounter.id === encounters.keepViaOther.id)?.throughContactId).toBeNull();
    // Sam's mutual connection now names the kept contact instead of losing the link.
    expect(await db.encounter.findUniqueOrThrow({ where: { id: encounters.samViaOther.id } })).toMatchObject({
      contactId: sam.id,
      throughContactId: keep.id,
    });

    const timeline = await db.activity.findMany({ where: { contactId: keep.id } });
    expect(timeline.map((activity) => activity.id)).toEqual(expect.arrayContaining(activities.map((activity) => activity.id)));
    expect(timeline).toHaveLength(activities.length + 1);
    expect(timeline.filter((activity) => activity.kind === "MERGED").map((activity) => activity.body)).toEqual([
      "Merged with Jane D. (jane.d@example.com)",
    ]);

    // The search text followed the encounters: the kept contact is found by what was said to the other.
    const [row] = await db.$queryRaw<{ searchText: string }[]>`SELECT "searchText" FROM "Contact" WHERE id = ${keep.id}`;
    expect(row?.searchText).toContain("type checkers and kayaks");
    expect(row?.searchText).toContain("pycon berlin");
  });

  it("takes what an import added to the merged-in contact out of that import, so undoing it cannot remove it from the kept one", async () => {
    const { id: ownerId } = await createUser();
    const [imports, other] = await Promise.all([
      db.importBatch.create({ data: { ownerId, source: "LINKEDIN", fileName: "Connections.csv" } }),
      db.importBatch.create({ data: { ownerId, source: "VCARD", fileName: "contacts.vcf" } }),
    ]);
    // Jane D. came with one import and Jane Doe with another; Jane Doe's own entry stays in hers.
    const { keep, other: janeD } = await twoJanes(ownerId);
    await db.contact.update({ where: { id: keep.id }, data: { importId: other.id } });
    await db.contact.update({ where: { id: janeD.id }, data: { importId: imports.id } });
    const keptEntry = await db.activity.create({ data: { ownerId, contactId: keep.id, kind: "IMPORTED", body: "Imported from your address book.", importId: other.id } });
    await db.activity.create({ data: { ownerId, contactId: janeD.id, kind: "IMPORTED", body: "Connected on LinkedIn.", importId: imports.id } });
    await db.invitation.create({ data: { ownerId, contactId: janeD.id, direction: "INCOMING", status: "NEW", message: "Hi Jane here", importId: imports.id } });

    const result = await mergeContacts(ownerId, keep.id, janeD.id, {
      keepVersion: (await db.contact.findUniqueOrThrow({ where: { id: keep.id } })).version,
      otherVersion: (await db.contact.findUniqueOrThrow({ where: { id: janeD.id } })).version,
      values: { lastName: "Doe", email: "jane@acme.example", notes: "Likes sailing." },
    });
    expect(result).toEqual({ ok: true, id: keep.id });
    const merged = await db.contact.findUniqueOrThrow({
      where: { id: keep.id },
      select: { importId: true, activities: { select: { id: true, body: true, importId: true } }, invitations: { select: { message: true, importId: true } } },
    });
    expect(merged.importId).toBe(other.id);
    expect(merged.invitations).toEqual([{ message: "Hi Jane here", importId: null }]);
    expect(merged.activities.find((activity) => activity.body === "Connected on LinkedIn.")).toMatchObject({ importId: null });
    expect(merged.activities.find((activity) => activity.id === keptEntry.id)).toMatchObject({ importId: other.id });
  });

  it("keeps the deleted contact's LinkedIn URL without a unique violation", async () => {
    const { id: ownerId } = await createUser();
    const keep = await db.contact.create({ data: { ownerId, firstName: "Ann", linkedinUrl: "https://www.linkedin.com/in/ann-old" } });
    const other = await db.contact.create({ data: { ownerId, firstName: "Ann", linkedinUrl: "https://www.linkedin.com/in/ann" } });
    const result = await mergeContacts(ownerId, keep.id, other.id, {
      keepVersion: 1,
      otherVersion: 1,
      values: { linkedinUrl: "https://www.linkedin.com/in/ann" },
    });
    expect(result).toEqual({ ok: true, id: keep.id });
    expect(await db.contact.findMany({ where: { ownerId }, select: { id: true, linkedinUrl: true } })).toEqual([
      { id: keep.id, linkedinUrl: "https://www.linkedin.com/in/ann" },
    ]);
  });

  it("moves invitations, and keeps the other draft's text as a note when both had a draft", async () => {
    const { id: ownerId } = await createUser();
    const keep = await db.contact.create({ data: { ownerId, firstName: "Ann" } });
    const other = await db.contact.create({ data: { ownerId, firstName: "Ann B." } });
    await db.invitation.createMany({
      data: [
        { ownerId, contactId: keep.id, direction: "OUTGOING", status: "DRAFT", draftFor: keep.id, message: "Hi Ann, kept draft" },
        { ownerId, contactId: other.id, direction: "OUTGOING", status: "DRAFT", draftFor: other.id, message: "Hi Ann, other draft" },
        { ownerId, contactId: other.id, direction: "OUTGOING", status: "SENT", message: "Hi Ann, sent last year", sentAt: JANUARY },
      ],
    });
    expect(await mergeContacts(ownerId, keep.id, other.id, { keepVersion: 1, otherVersion: 1, values: {} })).toEqual({ ok: true, id: keep.id });

    const invitations = await db.invitation.findMany({ where: { ownerId }, select: { contactId: true, status: true, draftFor: true, message: true }, orderBy: { message: "asc" } });
    expect(invitations).toEqual([
      { contactId: keep.id, status: "DRAFT", draftFor: keep.id, message: "Hi Ann, kept draft" },
      { contactId: keep.id, status: "SENT", draftFor: null, message: "Hi Ann, sent last year" },
    ]);
    const notes = await db.activity.findMany({ where: { contactId: keep.id, kind: "NOTE" }, select: { body: true } });
    expect(notes).toEqual([{ body: "Draft invitation kept from the merge:\nHi Ann, other draft" }]);
  });

  it("moves the other's draft when only it had one", async () => {
    const { id: ownerId } = await createUser();
    const keep = await db.contact.create({ data: { ownerId, firstName: "Bo" } });
    const other = await db.contact.create({ data: { ownerId, firstName: "Bo C." } });
    await db.invitation.create({ data: { ownerId, contactId: other.id, direction: "OUTGOING", status: "DRAFT", draftFor: other.id, message: "Hi Bo" } });
    expect((await mergeContacts(ownerId, keep.id, other.id, { keepVersion: 1, otherVersion: 1, values: {} })).ok).toBe(true);
    expect(await db.invitation.findMany({ where: { ownerId }, select: { contactId: true, draftFor: true } })).toEqual([{ contactId: keep.id, draftFor: keep.id }]);
  });

  it("refuses a value neither contact has, and changes nothing", async () => {
    const { id: ownerId } = await createUser();
    const { keep, other } = await twoJanes(ownerId);
    const before = await snapshot(ownerId);
    const result = await mergeContacts(ownerId, keep.id, other.id, {
      keepVersion: 1,
      otherVersion: 1,
      values: { email: "someone-else@example.com" },
    });
    expect(result).toMatchObject({ ok: false, reason: "invalid_choice", field: "email" });
    expect(await snapshot(ownerId)).toEqual(before);
  });

  it("refuses a page that is out of date, and changes nothing", async () => {
    const { id: ownerId } = await createUser();
    const { keep, other } = await twoJanes(ownerId);
    await db.contact.update({ where: { id: other.id }, data: { email: "new@example.com", version: { increment: 1 } } });
    const before = await snapshot(ownerId);
    const result = await mergeContacts(ownerId, keep.id, other.id, { keepVersion: 1, otherVersion: 1, values: {} });
    expect(result).toEqual({ ok: false, reason: "conflict" });
    expect(await snapshot(ownerId)).toEqual(before);
  });

  it("refuses another user's contacts on either side, and changes nothing", async () => {
    const { id: ownerId } = await createUser("Owner");
    const { keep, other } = await twoJanes(ownerId);
    const { id: intruderId } = await createUser("Intruder");
    const mine = await db.contact.create({ data: { ownerId: intruderId, firstName: "Mine" } });
    const before = await snapshot(ownerId);
    const beforeMine = await snapshot(intruderId);

    for (const [keepId, otherId] of [
      [keep.id, other.id],
      [mine.id, other.id],
      [keep.id, mine.id],
    ] as const) {
      expect(await mergeContacts(intruderId, keepId, otherId, { keepVersion: 1, otherVersion: 1, values: {} })).toEqual({
        ok: false,
        reason: "not_found",
      });
    }
    expect(await snapshot(ownerId)).toEqual(before);
    expect(await snapshot(intruderId)).toEqual(beforeMine);
  });

  it("refuses merging a contact with itself", async () => {
    const { id: ownerId } = await createUser();
    const contact = await db.contact.create({ data: { ownerId, firstName: "Solo" } });
    expect(await mergeContacts(ownerId, contact.id, contact.id, { keepVersion: 1, otherVersion: 1, values: {} })).toEqual({
      ok: false,
      reason: "same_contact",
    });
    expect(await db.contact.count({ where: { id: contact.id } })).toBe(1);
  });

  it("lets only one of two opposite merges of the same pair happen", async () => {
    const { id: ownerId } = await createUser();
    const { keep, other } = await twoJanes(ownerId);
    const results = await Promise.all([
      mergeContacts(ownerId, keep.id, other.id, { keepVersion: 1, otherVersion: 1, values: {} }),
      mergeContacts(ownerId, other.id, keep.id, { keepVersion: 1, otherVersion: 1, values: {} }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, reason: expect.stringMatching(/^(conflict|not_found)$/) });
    const survivors = await db.contact.findMany({ where: { ownerId, id: { in: [keep.id, other.id] } }, select: { id: true } });
    expect(survivors).toHaveLength(1);
    expect(await db.encounter.count({ where: { contactId: survivors[0]!.id } })).toBe(3);
    expect(await db.activity.count({ where: { contactId: survivors[0]!.id } })).toBe(6);
  });
});

describe("applyDraft", () => {
  const typed = (fields: Record<string, string>) => contactInput.parse({ firstName: "", lastName: "", tags: "", ...fields });

  it("updates the kept contact with the chosen typed values and tags, and records the merge", async () => {
    const { id: ownerId } = await createUser();
    const keep = await db.contact.create({
      data: { ownerId, firstName: "Jane", lastName: "Doe", company: "Acme", linkedinUrl: "https://www.linkedin.com/in/jane-doe", tags: ["design"] },
    });
    const draft = typed({ firstName: "Jane", lastName: "D.", company: "Globex", title: "CTO", linkedinUrl: "linkedin.com/in/jane-doe/", tags: "Design, python" });
    const result = await applyDraft(ownerId, keep.id, keep.version, { draft, values: { company: "Globex", lastName: "Doe" } });
    expect(result).toEqual({ ok: true, id: keep.id });
    expect(await db.contact.findUniqueOrThrow({ where: { id: keep.id } })).toMatchObject({
      firstName: "Jane",
      lastName: "Doe",
      company: "Globex",
      title: "CTO",
      tags: ["design", "python"],
      version: keep.version + 1,
    });
    expect(await db.activity.findMany({ where: { contactId: keep.id }, select: { kind: true, body: true } })).toEqual([
      { kind: "MERGED", body: "Merged with Jane D. (linkedin.com/in/jane-doe), typed in as a new contact" },
    ]);
  });

  it("refuses a stale version as a conflict, and changes nothing", async () => {
    const { id: ownerId } = await createUser();
    const keep = await db.contact.create({ data: { ownerId, firstName: "Jane", company: "Acme", version: 4 } });
    const result = await applyDraft(ownerId, keep.id, 3, { draft: typed({ firstName: "Jane", company: "Globex" }), values: { company: "Globex" } });
    expect(result).toEqual({ ok: false, reason: "conflict" });
    expect(await db.contact.findUniqueOrThrow({ where: { id: keep.id } })).toMatchObject({ company: "Acme", version: 4 });
    expect(await db.activity.count({ where: { contactId: keep.id } })).toBe(0);
  });

  it("refuses a typed value that neither side has, and a LinkedIn URL another contact has", async () => {
    const { id: ownerId } = await createUser();
    const keep = await db.contact.create({ data: { ownerId, firstName: "Jane", company: "Acme" } });
    const bob = await db.contact.create({ data: { ownerId, firstName: "Bob", linkedinUrl: "https://www.linkedin.com/in/bob" } });
    const draft = typed({ firstName: "Jane", company: "Globex", linkedinUrl: "https://linkedin.com/in/bob" });
    expect(await applyDraft(ownerId, keep.id, 1, { draft, values: { company: "Initech" } })).toMatchObject({
      ok: false,
      reason: "invalid_choice",
      field: "company",
    });
    expect(await applyDraft(ownerId, keep.id, 1, { draft, values: {} })).toMatchObject({
      ok: false,
      reason: "duplicate",
      field: "linkedinUrl",
      existingId: bob.id,
    });
    expect(await db.contact.findUniqueOrThrow({ where: { id: keep.id } })).toMatchObject({ company: "Acme", linkedinUrl: null, version: 1 });
  });
});

describe("merge actions", () => {
  let ownerId = "";
  let janes: Awaited<ReturnType<typeof twoJanes>>;

  beforeEach(async () => {
    ownerId = (await createUser("Owner")).id;
    janes = await twoJanes(ownerId);
    session.userId = (await createUser("Intruder")).id;
  });

  it("refuses another user's merge and changes nothing", async () => {
    const before = await snapshot(ownerId);
    const state = await mergeContactsAction(janes.keep.id, janes.other.id, initialFormState, form({ keepVersion: "1", otherVersion: "1", email: "jane.d@example.com" }));
    expect(state).toMatchObject({ ok: false, message: "One of these contacts no longer exists." });
    expect(await snapshot(ownerId)).toEqual(before);
  });

  it("refuses another user's draft merge and changes nothing", async () => {
    const before = await snapshot(ownerId);
    const draft = new URL(mergeDraftHref(janes.keep.id, { firstName: "Hacked", company: "Evil" }), "http://x").searchParams.get("draft")!;
    const state = await applyDraftAction(janes.keep.id, initialFormState, form({ version: "1", draft, firstName: "Hacked" }));
    expect(state).toMatchObject({ ok: false, message: "One of these contacts no longer exists." });
    expect(await snapshot(ownerId)).toEqual(before);
  });

  it("merges for the owner and redirects to the kept contact", async () => {
    session.userId = ownerId;
    const merging = mergeContactsAction(janes.keep.id, janes.other.id, initialFormState, form({ keepVersion: "1", otherVersion: "1", lastName: "D." }));
    await expect(merging).rejects.toMatchObject({ digest: expect.stringContaining(`/contacts/${janes.keep.id}`) });
    expect(await db.contact.findUniqueOrThrow({ where: { id: janes.keep.id } })).toMatchObject({ lastName: "D.", version: 2 });
    expect(await db.contact.count({ where: { id: janes.other.id } })).toBe(0);
  });

  it("shows a refused choice beside its field", async () => {
    session.userId = ownerId;
    const state = await mergeContactsAction(janes.keep.id, janes.other.id, initialFormState, form({ keepVersion: "1", otherVersion: "1", phone: "911" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { phone: ["Phone: choose one of the two contacts' values."] } });
  });
});

describe("merge page reads", () => {
  it("finds the other contact by name, company or email, ignoring accents, never itself or another user's", async () => {
    const { id: ownerId } = await createUser();
    const self = await db.contact.create({ data: { ownerId, firstName: "José", lastName: "Núñez" } });
    const jose = await db.contact.create({ data: { ownerId, firstName: "Jose", lastName: "Nunez", company: "Café 100% Co", email: "jn@example.com" } });
    await db.contact.create({ data: { ownerId, firstName: "Ana", notes: "knows José Núñez" } });
    const { id: strangerId } = await createUser();
    await db.contact.create({ data: { ownerId: strangerId, firstName: "José", lastName: "Núñez" } });

    const names = async (query: string) => (await findMergeCandidates(ownerId, self.id, query)).map((candidate) => candidate.id);
    expect(await names("josé núñez")).toEqual([jose.id]);
    expect(await names("NUNEZ")).toEqual([jose.id]);
    expect(await names("cafe")).toEqual([jose.id]);
    expect(await names("jn@example")).toEqual([jose.id]);
    expect(await names("100%")).toEqual([jose.id]);
    expect(await names("10_%")).toEqual([]);
    expect(await names("knows")).toEqual([]);
    expect(await names("   ")).toEqual([]);
  });

  it("shows at most twenty matches", async () => {
    const { id: ownerId } = await createUser();
    await db.contact.createMany({ data: Array.from({ length: 25 }, (_, index) => ({ ownerId, firstName: "Sam", lastName: `Smith ${index}` })) });
    const self = await db.contact.create({ data: { ownerId, firstName: "Sam" } });
    expect(await findMergeCandidates(ownerId, self.id, "sam")).toHaveLength(MERGE_PICKER_LIMIT);
  });

  it("suggests contacts with the same name, email or phone, and counts what would move", async () => {
    const { id: ownerId } = await createUser();
    const { keep, other } = await twoJanes(ownerId);
    const twin = await db.contact.create({ data: { ownerId, firstName: "jane", lastName: "DOE" } });
    const sameEmail = await db.contact.create({ data: { ownerId, firstName: "J.", email: "jane@acme.example" } });
    await db.contact.create({ data: { ownerId, firstName: "Jane", lastName: "Smith" } });
    const suggested = await listLikelyDuplicates(ownerId, keep);
    expect(suggested.map((candidate) => candidate.id).sort()).toEqual([twin.id, sameEmail.id].sort());

    expect(await getMergeSide(ownerId, other.id)).toMatchObject({ id: other.id, counts: { encounters: 2, activities: 3, introductions: 2 } });
    const { id: strangerId } = await createUser();
    expect(await getMergeSide(strangerId, other.id)).toBeNull();
  });
});
