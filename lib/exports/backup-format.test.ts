import { describe, expect, it } from "vitest";
import { parseBackup } from "./backup-format";
import { sampleBackup } from "./fixtures/sample-backup";

const text = (value: unknown) => JSON.stringify(value);

describe("parseBackup", () => {
  it("accepts a backup, with or without a byte-order mark", () => {
    expect(parseBackup(text(sampleBackup()))).toEqual({ ok: true, backup: sampleBackup() });
    expect(parseBackup("\uFEFF" + text(sampleBackup())).ok).toBe(true);
  });

  it("refuses an empty file, and one that is not JSON or cut short, saying what was expected", () => {
    for (const file of ["", "  \n", "First name,Last name\nAda,Lovelace", text(sampleBackup()).slice(0, 200)]) {
      const result = parseBackup(file);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(/Full backup \(JSON\).*"format" is "rapport-backup", version 1/);
    }
  });

  it("refuses JSON that is not a Rapport backup", () => {
    for (const json of [[], {}, { format: "something-else", version: 1 }, "rapport-backup", null]) {
      expect(parseBackup(text(json))).toMatchObject({ ok: false, message: expect.stringMatching(/^This is not a Rapport backup\./) });
    }
  });

  it("refuses another version, naming it", () => {
    expect(parseBackup(text({ ...sampleBackup(), version: 2 }))).toEqual({
      ok: false,
      message: "This backup is version 2; this Rapport restores version 1.",
    });
    expect(parseBackup(text({ ...sampleBackup(), version: "1" }))).toMatchObject({ ok: false, message: expect.stringContaining("unknown version") });
  });

  it("names where a damaged backup is wrong", () => {
    const backup = sampleBackup();
    const broken = { ...backup, contacts: [backup.contacts[0], { ...backup.contacts[1], stage: "LOST" }] };
    expect(parseBackup(text(broken))).toMatchObject({ ok: false, message: expect.stringMatching(/^The backup is damaged: contacts\.1\.stage: .*Nothing was restored\.$/) });

    const withoutTemplates: Partial<typeof backup> = { ...backup };
    delete withoutTemplates.templates;
    expect(parseBackup(text(withoutTemplates))).toMatchObject({ ok: false, message: expect.stringContaining("templates") });

    const badDay = { ...backup, events: [{ ...backup.events[0], startsOn: "2026-02-30" }] };
    expect(parseBackup(text(badDay))).toMatchObject({ ok: false, message: expect.stringContaining("events.0.startsOn: expected a day such as 2026-11-26") });

    const badTime = { ...backup, followUps: [{ ...backup.followUps[0], createdAt: "yesterday" }] };
    expect(parseBackup(text(badTime))).toMatchObject({ ok: false, message: expect.stringContaining("followUps.0.createdAt") });

    const badSettings = { ...backup, user: { ...backup.user, inviteNoteLimit: 250, timezone: "Mars/Olympus" } };
    expect(parseBackup(text(badSettings))).toMatchObject({ ok: false, message: expect.stringMatching(/user\.inviteNoteLimit: .*\(and 1 more problem\)/) });
  });

  it("refuses references to rows the file does not hold, and ids that repeat", () => {
    const backup = sampleBackup();
    const dangling = { ...backup, encounters: [{ ...backup.encounters[0], throughContactId: "c9" }] };
    expect(parseBackup(text(dangling))).toMatchObject({ ok: false, message: expect.stringContaining('encounters.0.throughContactId: names no row of "contacts"') });

    const twice = { ...backup, events: [backup.events[0], backup.events[0]] };
    expect(parseBackup(text(twice))).toMatchObject({ ok: false, message: expect.stringContaining("events.1.id: this id appears twice") });

    const twoDrafts = { ...backup, invitations: [backup.invitations[0], { ...backup.invitations[0], id: "v2" }] };
    expect(parseBackup(text(twoDrafts))).toMatchObject({ ok: false, message: expect.stringContaining("invitations.1.draftFor: a contact has two drafts") });

    const sameProfile = { ...backup, contacts: [backup.contacts[0], { ...backup.contacts[1], linkedinUrl: backup.contacts[0]!.linkedinUrl }] };
    expect(parseBackup(text(sameProfile))).toMatchObject({ ok: false, message: expect.stringContaining("contacts.1.linkedinUrl: two contacts have this LinkedIn URL") });

    const unknownImport = { ...backup, activities: [{ ...backup.activities[0], importId: "i9" }] };
    expect(parseBackup(text(unknownImport))).toMatchObject({ ok: false, message: expect.stringContaining('activities.0.importId: names no row of "imports"') });

    const twoThankYous = { ...backup, thankYouDrafts: [backup.thankYouDrafts[0], { ...backup.thankYouDrafts[0], id: "d2" }] };
    expect(parseBackup(text(twoThankYous))).toMatchObject({ ok: false, message: expect.stringContaining("thankYouDrafts.1.contactId: a contact has two thank-you drafts") });
    const strayThankYou = { ...backup, thankYouDrafts: [{ ...backup.thankYouDrafts[0], contactId: "c9" }] };
    expect(parseBackup(text(strayThankYou))).toMatchObject({ ok: false, message: expect.stringContaining('thankYouDrafts.0.contactId: names no row of "contacts"') });
  });

  it("reads a backup written before thank-you drafts were kept, as having none", () => {
    const { thankYouDrafts, ...older } = sampleBackup();
    expect(thankYouDrafts).toHaveLength(1);
    expect(parseBackup(text(older))).toEqual({ ok: true, backup: { ...sampleBackup(), thankYouDrafts: [] } });
  });
});
