// Messages in the user's own words, against PostgreSQL: an encounter's "Topic to mention" saved through the form's
// actions and kept by the JSON backup, templates filled from it and never from the private note, the coach's
// READS_LIKE_A_NOTE recorded when a pasted note is sent, and thank-you drafts kept on the server (one per contact,
// refused once thanked, nobody else's, gone once the thank-you is marked as sent).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { addDays, todayIn } from "@/lib/dates/calendar";
import { listEncounters } from "@/lib/encounters/queries";
import type { Backup } from "@/lib/exports/backup-format";
import { backupChunks, snapshotStream, streamText } from "@/lib/exports/queries";
import { restoreBackupFile } from "@/lib/exports/restore";
import { templateValues } from "@/lib/invitations/facts";
import { getComposer } from "@/lib/invitations/queries";
import { BUILTIN_TEMPLATES } from "@/lib/templates/builtins";
import { fillTemplate } from "@/lib/templates/fill";
import { saveThankYouDraft } from "@/lib/thank-you/mutations";
import { getThankYouComposer } from "@/lib/thank-you/queries";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Sam Rivera", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addEncounterAction, updateEncounterAction } = await import("@/lib/encounters/actions");
const { markSentAction } = await import("@/lib/invitations/actions");
const { markThankYouSentAction, saveThankYouDraftAction } = await import("@/lib/thank-you/actions");

const NOTE = "Accessibility audits for design systems; she runs the a11y guild at Figma and offered to review our color tokens";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function nadia(ownerId: string, stage: "PERSONALIZE" | "CONNECTED" = "PERSONALIZE") {
  return (await db.contact.create({ data: { ownerId, firstName: "Nadia", lastName: "Petrova", company: "Figma", stage }, select: { id: true } })).id;
}

const backupOf = async (ownerId: string) => JSON.parse(await streamText(snapshotStream((client) => backupChunks(client, ownerId)))) as Backup;

describe("Topic to mention", () => {
  let ownerId = "";
  let contactId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Sam Rivera")).id;
    session.userId = ownerId;
    contactId = await nadia(ownerId);
  });

  it("is saved with the encounter, trimmed, apart from the private note, and can be changed or cleared", async () => {
    const added = await addEncounterAction(contactId, initialFormState, form({ kind: "OTHER", metOn: "2026-11-20", context: NOTE, topic: "  accessibility audits  " }));
    expect(added).toMatchObject({ ok: true });
    const [encounter] = await listEncounters(ownerId, contactId);
    expect(encounter).toMatchObject({ context: NOTE, topic: "accessibility audits" });

    const fields = { kind: "OTHER", metOn: "2026-11-20", context: NOTE };
    expect(await updateEncounterAction(encounter!.id, initialFormState, form({ ...fields, topic: "your a11y guild", version: "1" }))).toMatchObject({ ok: true });
    expect((await listEncounters(ownerId, contactId))[0]?.topic).toBe("your a11y guild");
    expect(await updateEncounterAction(encounter!.id, initialFormState, form({ ...fields, topic: "   ", version: "2" }))).toMatchObject({ ok: true });
    expect((await listEncounters(ownerId, contactId))[0]?.topic).toBeNull();
  });

  it("refuses a topic longer than a phrase, saying how long it may be, and keeps what was typed", async () => {
    const long = "x".repeat(151);
    const result = await addEncounterAction(contactId, initialFormState, form({ kind: "OTHER", metOn: "2026-11-20", topic: long }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { topic: ["Topic to mention must be at most 150 characters."] }, values: { topic: long } });
    expect(await db.encounter.count({ where: { contactId } })).toBe(0);
  });

  it("fills a template's {topic} from the topic and never from the note; without a topic {topic} stays", async () => {
    const template = BUILTIN_TEMPLATES.find((candidate) => candidate.slug === "met-at-event")!.body;
    await addEncounterAction(contactId, initialFormState, form({ kind: "OTHER", metOn: "2026-11-20", context: NOTE }));
    const withoutTopic = await getComposer(ownerId, contactId);
    const bare = fillTemplate(template, templateValues({ contact: withoutTopic!.contact, encounters: withoutTopic!.encounters, myName: "Sam Rivera" }));
    expect(bare).toBe("Hi Nadia, great meeting you at {eventName}. I enjoyed our chat about {topic} and would love to keep swapping notes. Sam");

    const [encounter] = await listEncounters(ownerId, contactId);
    await updateEncounterAction(encounter!.id, initialFormState, form({ kind: "OTHER", metOn: "2026-11-20", context: NOTE, topic: "accessibility audits", version: "1" }));
    const withTopic = await getComposer(ownerId, contactId);
    const filled = fillTemplate(template, templateValues({ contact: withTopic!.contact, encounters: withTopic!.encounters, myName: "Sam Rivera" }));
    expect(filled).toContain("I enjoyed our chat about accessibility audits and");
    expect(filled).not.toMatch(/guild|she runs|color tokens/);
  });

  it("survives a JSON backup and its restore; a backup made before topics existed restores with none", async () => {
    await addEncounterAction(contactId, initialFormState, form({ kind: "OTHER", metOn: "2026-11-20", context: NOTE, topic: "accessibility audits" }));
    const backup = await backupOf(ownerId);
    expect(backup.encounters).toEqual([expect.objectContaining({ context: NOTE, topic: "accessibility audits" })]);

    const fresh = (await createUser("Restored")).id;
    expect(await restoreBackupFile(fresh, JSON.stringify(backup))).toMatchObject({ ok: true });
    expect(await db.encounter.findMany({ where: { ownerId: fresh }, select: { context: true, topic: true } })).toEqual([{ context: NOTE, topic: "accessibility audits" }]);

    const older = JSON.parse(JSON.stringify(backup, (key, value: unknown) => (key === "topic" ? undefined : value))) as unknown;
    expect(JSON.stringify(older)).not.toContain('"topic"');
    const other = (await createUser("From an older backup")).id;
    expect(await restoreBackupFile(other, JSON.stringify(older))).toMatchObject({ ok: true });
    expect(await db.encounter.findMany({ where: { ownerId: other }, select: { context: true, topic: true } })).toEqual([{ context: NOTE, topic: null }]);
  });

  it("records READS_LIKE_A_NOTE with a score under Personal when a pasted note is marked as sent", async () => {
    await addEncounterAction(contactId, initialFormState, form({ kind: "OTHER", metOn: "2026-11-20", context: NOTE, topic: "accessibility audits" }));
    const message = `Hi Nadia, I enjoyed our chat about ${NOTE}. Would love to keep swapping notes.`;
    expect(await markSentAction(contactId, { message, claim: null })).toEqual({ ok: true });
    const sent = await db.invitation.findFirstOrThrow({ where: { contactId, status: "SENT" }, select: { flags: true, score: true } });
    expect(sent.flags).toContain("READS_LIKE_A_NOTE");
    expect(sent.score).toBeLessThan(80);
  });
});

describe("thank-you drafts on the server", () => {
  let ownerId = "";
  let contactId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Sam Rivera")).id;
    session.userId = ownerId;
    contactId = await nadia(ownerId, "CONNECTED");
  });

  it("keeps one draft per contact with the latest text, as typed, for the composer on any device", async () => {
    const first = await saveThankYouDraftAction(contactId, "Thanks for connecting");
    const second = await saveThankYouDraftAction(contactId, "Thanks for connecting, Nadia! ");
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true });
    const drafts = await db.thankYouDraft.findMany({ where: { contactId } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ ownerId, message: "Thanks for connecting, Nadia! " });
    if (second.ok) expect(drafts[0]?.updatedAt.toISOString()).toBe(second.savedAt);
    expect((await getThankYouComposer(ownerId, contactId))?.draft).toMatchObject({ message: "Thanks for connecting, Nadia! " });
  });

  it("keeps one draft when first saves from two devices race", async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => saveThankYouDraft(ownerId, contactId, `Thanks ${i}`)));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.thankYouDraft.count({ where: { contactId } })).toBe(1);
  });

  it("refuses a draft for someone who is not waiting for a thank-you, and a message over the limit", async () => {
    const fresh = await nadia(ownerId, "PERSONALIZE");
    expect(await saveThankYouDraftAction(fresh, "Thanks!")).toEqual({ ok: false, message: "This thank-you was already marked as sent." });
    expect(await saveThankYouDraftAction(contactId, "x".repeat(8_001))).toEqual({ ok: false, message: "A message must be at most 8,000 characters." });
    expect(await db.thankYouDraft.count({ where: { ownerId } })).toBe(0);
  });

  it("neither saves nor shows another user's draft", async () => {
    await saveThankYouDraftAction(contactId, "Thanks, Nadia!");
    const stranger = (await createUser("Stranger")).id;
    session.userId = stranger;
    expect(await saveThankYouDraftAction(contactId, "Overwritten")).toEqual({ ok: false, message: "This contact no longer exists." });
    expect(await getThankYouComposer(stranger, contactId)).toBeNull();
    expect((await db.thankYouDraft.findFirstOrThrow({ where: { contactId } })).message).toBe("Thanks, Nadia!");
  });

  it("is deleted once the thank-you is marked as sent, and a save after that is refused", async () => {
    await saveThankYouDraftAction(contactId, "Thanks for connecting, Nadia!");
    const followUpOn = addDays(todayIn("UTC"), 14);
    expect(await markThankYouSentAction(contactId, { message: "Thanks for connecting, Nadia!", noFollowUp: false, followUpOn, nextStep: "Coffee" })).toEqual({ ok: true });
    expect(await db.thankYouDraft.count({ where: { contactId } })).toBe(0);
    expect(await saveThankYouDraftAction(contactId, "Thanks again")).toEqual({ ok: false, message: "This thank-you was already marked as sent." });
    expect(await db.thankYouDraft.count({ where: { contactId } })).toBe(0);
  });

  it("goes with the contact when the contact is deleted", async () => {
    await saveThankYouDraftAction(contactId, "Thanks!");
    await db.contact.delete({ where: { id: contactId } });
    expect(await db.thankYouDraft.count({ where: { ownerId } })).toBe(0);
  });
});
