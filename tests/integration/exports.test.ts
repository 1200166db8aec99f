// Export and restore against PostgreSQL: a rich account backed up, restored into a fresh empty account
// and backed up again is the same field for field (ids aside); restore refuses non-empty accounts and
// damaged files and changes nothing then; no download ever holds another user's rows. The route
// handlers are called as the signed-in user (only the session is stubbed).
import ICAL from "ical.js";
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { BACKUP_SECTIONS, type Backup, type BackupSection } from "@/lib/exports/backup-format";
import { backupChunks, contactsCsvChunks, contactsVCardChunks, EXPORT_PAGE_SIZE, getAccountCounts, snapshotStream, streamText } from "@/lib/exports/queries";
import { NOT_EMPTY_MESSAGE, restoreBackupFile } from "@/lib/exports/restore";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => {
  const user = async () => (session.userId ? { id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "Europe/Berlin" } : null);
  return {
    getCurrentUser: user,
    requireUser: async () => {
      const current = await user();
      if (!current) throw new Error("redirect to /login");
      return current;
    },
  };
});

const { GET: download } = await import("@/app/(app)/export/[file]/route");
const { POST: restoreRoute } = await import("@/app/(app)/export/restore/route");
const { GET: contactVCardRoute } = await import("@/app/(app)/contacts/[id]/vcard/route");

const at = (iso: string) => new Date(iso);

const backupText = (ownerId: string) => streamText(snapshotStream((client) => backupChunks(client, ownerId)));
const backupOf = async (ownerId: string) => JSON.parse(await backupText(ownerId)) as Backup;

/**
 * A backup with every id replaced by its section and position ("contacts#2") and the export time left out:
 * what must be equal between an account and its restored copy.
 */
function normalized(backup: Backup) {
  const names = new Map<string, string>();
  for (const section of BACKUP_SECTIONS) backup[section].forEach((row, index) => names.set(`${section}:${row.id}`, `${section}#${index}`));
  const ref = (section: BackupSection, id: string | null) => (id === null ? null : (names.get(`${section}:${id}`) ?? `missing ${id}`));
  return {
    ...backup,
    exportedAt: undefined,
    imports: backup.imports.map((row) => ({ ...row, id: ref("imports", row.id) })),
    contacts: backup.contacts.map((row) => ({ ...row, id: ref("contacts", row.id), importId: ref("imports", row.importId) })),
    events: backup.events.map((row) => ({ ...row, id: ref("events", row.id) })),
    encounters: backup.encounters.map((row) => ({
      ...row,
      id: ref("encounters", row.id),
      contactId: ref("contacts", row.contactId),
      eventId: ref("events", row.eventId),
      throughContactId: ref("contacts", row.throughContactId),
    })),
    invitations: backup.invitations.map((row) => ({
      ...row,
      id: ref("invitations", row.id),
      contactId: ref("contacts", row.contactId),
      draftFor: ref("contacts", row.draftFor),
      importId: ref("imports", row.importId),
    })),
    templates: backup.templates.map((row) => ({ ...row, id: ref("templates", row.id) })),
    activities: backup.activities.map((row) => ({ ...row, id: ref("activities", row.id), contactId: ref("contacts", row.contactId), importId: ref("imports", row.importId) })),
    followUps: backup.followUps.map((row) => ({ ...row, id: ref("followUps", row.id), contactId: ref("contacts", row.contactId) })),
    thankYouDrafts: backup.thankYouDrafts.map((row) => ({ ...row, id: ref("thankYouDrafts", row.id), contactId: ref("contacts", row.contactId) })),
  };
}

/** An account that uses every model and reference the backup holds, with distinct timestamps everywhere. */
async function richAccount(ownerId: string) {
  await db.user.update({ where: { id: ownerId }, data: { inviteNoteLimit: 200, timezone: "America/New_York" } });
  const batch = await db.importBatch.create({
    data: { ownerId, source: "LINKEDIN", fileName: "Connections.csv", createdCount: 1, skippedCount: 2, createdAt: at("2026-10-01T12:00:00.000Z") },
  });
  const grace = await db.contact.create({
    data: {
      ownerId,
      firstName: "Grace",
      lastName: "Hopper",
      email: "grace@navy.example",
      phone: "+1 555 0100",
      company: "US Navy, Research; Dept",
      title: "Rear Admiral",
      linkedinUrl: "https://www.linkedin.com/in/grace-hopper",
      location: "Arlington, VA",
      notes: "Compilers.\nLikes \"nanoseconds\"; carries wire.",
      tags: ["vip", "compilers"],
      stage: "CONNECTED",
      stageChangedAt: at("2026-10-05T09:00:00.123Z"),
      connectedAt: at("2026-10-05T09:00:00.123Z"),
      lastInteractionAt: at("2026-10-06T10:00:00.000Z"),
      nextFollowUpOn: at("2026-12-01T00:00:00.000Z"),
      followUpNote: "Coffee in DC",
      stayInTouchWeeks: 6,
      importId: batch.id,
      version: 4,
      createdAt: at("2026-10-01T12:00:00.000Z"),
      updatedAt: at("2026-10-06T10:00:00.000Z"),
    },
  });
  const jose = await db.contact.create({
    data: {
      ownerId,
      firstName: "José",
      lastName: "Ñúñez 🎉",
      email: "jose@example.com",
      company: "Café Olé",
      notes: "Met at the booth, talked about 🌍 climate",
      tags: ["lisbon-2026"],
      stage: "PERSONALIZE",
      stageChangedAt: at("2026-11-10T15:00:00.000Z"),
      createdAt: at("2026-11-10T15:00:00.000Z"),
      updatedAt: at("2026-11-11T08:00:00.000Z"),
    },
  });
  const archived = await db.contact.create({
    data: {
      ownerId,
      firstName: "Old",
      lastName: "Friend",
      stage: "SENT",
      archivedAt: at("2026-11-12T00:00:00.000Z"),
      stageChangedAt: at("2026-09-01T00:00:00.000Z"),
      createdAt: at("2026-09-01T00:00:00.000Z"),
      updatedAt: at("2026-11-12T00:00:00.000Z"),
    },
  });
  const summit = await db.event.create({
    data: {
      ownerId,
      name: "Web Summit",
      startsOn: at("2026-11-10T00:00:00.000Z"),
      location: "Lisbon",
      url: "https://websummit.com",
      notes: "Hall 2",
      createdAt: at("2026-11-01T00:00:00.000Z"),
      updatedAt: at("2026-11-02T00:00:00.000Z"),
    },
  });
  await db.encounter.create({
    data: {
      ownerId,
      contactId: jose.id,
      eventId: summit.id,
      kind: "MUTUAL_CONNECTION",
      metOn: at("2026-11-10T00:00:00.000Z"),
      where: "Booth 4",
      throughContactId: grace.id,
      context: "Climate tech",
      theyCanHelpWith: "Intros in Lisbon",
      iCanHelpWith: "Hiring",
      createdAt: at("2026-11-10T15:01:00.000Z"),
      updatedAt: at("2026-11-10T15:02:00.000Z"),
    },
  });
  await db.invitation.create({
    data: {
      ownerId,
      contactId: jose.id,
      direction: "OUTGOING",
      message: "Hi José, great talk on climate at Web Summit!",
      relationshipClaim: "OTHER",
      status: "DRAFT",
      draftFor: jose.id,
      score: 80,
      flags: ["NO_REASON"],
      createdAt: at("2026-11-10T16:00:00.000Z"),
      updatedAt: at("2026-11-10T16:05:00.000Z"),
    },
  });
  await db.invitation.create({
    data: {
      ownerId,
      contactId: grace.id,
      direction: "OUTGOING",
      channel: "EMAIL",
      message: "Hi Grace",
      status: "ACCEPTED",
      sentAt: at("2026-10-02T00:00:00.000Z"),
      respondedAt: at("2026-10-05T09:00:00.123Z"),
      score: 55,
      importId: batch.id,
      createdAt: at("2026-10-02T00:00:00.000Z"),
      updatedAt: at("2026-10-05T09:00:00.123Z"),
    },
  });
  await db.invitation.create({
    data: { ownerId, contactId: archived.id, direction: "INCOMING", status: "NEW", createdAt: at("2026-09-01T00:00:00.000Z"), updatedAt: at("2026-09-01T00:00:00.000Z") },
  });
  await db.template.create({
    data: { ownerId, kind: "THANK_YOU", name: "Warm thanks", body: "Thanks {firstName}!", createdAt: at("2026-08-01T00:00:00.000Z"), updatedAt: at("2026-08-02T00:00:00.000Z") },
  });
  await db.activity.createMany({
    data: [
      { ownerId, contactId: grace.id, kind: "IMPORTED", importId: batch.id, occurredAt: at("2026-10-01T12:00:00.000Z"), createdAt: at("2026-10-01T12:00:00.000Z") },
      { ownerId, contactId: grace.id, kind: "INVITE_ACCEPTED", body: "Invitation accepted.", occurredAt: at("2026-10-05T09:00:00.123Z"), createdAt: at("2026-10-05T09:00:00.123Z") },
      { ownerId, contactId: jose.id, kind: "NOTE", body: "Follow up on the climate fund", occurredAt: at("2026-11-10T17:00:00.000Z"), createdAt: at("2026-11-10T17:00:00.000Z") },
    ],
  });
  await db.followUp.createMany({
    data: [
      { ownerId, contactId: grace.id, dueOn: at("2026-12-01T00:00:00.000Z"), note: "Coffee in DC", createdAt: at("2026-10-06T10:00:00.000Z"), updatedAt: at("2026-10-06T10:00:00.000Z") },
      {
        ownerId,
        contactId: grace.id,
        dueOn: at("2026-10-20T00:00:00.000Z"),
        note: "Send the paper",
        doneAt: at("2026-10-19T08:00:00.000Z"),
        fromCadence: true,
        createdAt: at("2026-10-06T10:00:01.000Z"),
        updatedAt: at("2026-10-19T08:00:00.000Z"),
      },
    ],
  });
  await db.thankYouDraft.create({
    data: {
      ownerId,
      contactId: jose.id,
      message: "Thanks for connecting, José: the Lisbon notes are on their way.",
      createdAt: at("2026-10-07T09:00:00.000Z"),
      updatedAt: at("2026-10-07T09:05:00.000Z"),
    },
  });
  return { grace, jose, archived, summit, batch };
}

/** A user whose rows must never appear in anyone else's downloads. */
async function stranger() {
  const other = await createUser("Stranger");
  const contact = await db.contact.create({ data: { ownerId: other.id, firstName: "Mallory", lastName: "Outsider", email: "mallory@evil.example", tags: ["secret"] } });
  await db.event.create({ data: { ownerId: other.id, name: "Secret Meetup", startsOn: at("2026-11-01T00:00:00.000Z") } });
  await db.template.create({ data: { ownerId: other.id, kind: "INVITATION", name: "Secret template", body: "x" } });
  return { ...other, contactId: contact.id };
}

describe("full backup", () => {
  let ownerId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Ada Lovelace")).id;
    session.userId = "";
  });

  it("restores into a fresh empty account, and a new backup equals the original field for field", async () => {
    await richAccount(ownerId);
    const other = await stranger();
    const original = await backupOf(ownerId);
    expect(original).toMatchObject({ format: "rapport-backup", version: 1, user: { name: "Ada Lovelace", inviteNoteLimit: 200, timezone: "America/New_York" } });
    expect(BACKUP_SECTIONS.map((section) => original[section].length)).toEqual([1, 3, 1, 1, 3, 1, 3, 2, 1]);
    expect(JSON.stringify(original)).not.toMatch(/Mallory|Secret|searchText|searchVector|passwordHash|calendarToken/);

    const fresh = (await createUser("New account")).id;
    const result = await restoreBackupFile(fresh, JSON.stringify(original));
    expect(result).toEqual({ ok: true, counts: { imports: 1, contacts: 3, events: 1, encounters: 1, invitations: 3, templates: 1, activities: 3, followUps: 2, thankYouDrafts: 1 } });

    const restored = await backupOf(fresh);
    expect(normalized(restored)).toEqual(normalized(original));
    // New ids throughout: the original account still exists beside the copy.
    const originalIds = new Set(BACKUP_SECTIONS.flatMap((section) => original[section].map((row) => row.id)));
    expect(BACKUP_SECTIONS.flatMap((section) => restored[section].map((row) => row.id)).filter((id) => originalIds.has(id))).toEqual([]);
    expect(await getAccountCounts(ownerId)).toEqual(await getAccountCounts(fresh));
    // The stranger's rows were not touched, and the triggers rebuilt search for the copies (the event's name included).
    expect(await getAccountCounts(other.id)).toMatchObject({ contacts: 1, events: 1, templates: 1 });
    const found = await db.contact.findMany({ where: { ownerId: fresh, searchText: { contains: "web summit" } }, select: { firstName: true } });
    expect(found).toEqual([{ firstName: "José" }]);
  });

  it("round-trips an account larger than one page of every section, in order", async () => {
    const count = EXPORT_PAGE_SIZE + 3;
    await db.contact.createMany({
      data: Array.from({ length: count }, (_, index) => ({ ownerId, firstName: `Person ${index}`, createdAt: at("2026-01-01T00:00:00.000Z"), updatedAt: at("2026-01-01T00:00:00.000Z") })),
    });
    const original = await backupOf(ownerId);
    expect(original.contacts).toHaveLength(count);
    const fresh = (await createUser("Copy")).id;
    expect(await restoreBackupFile(fresh, JSON.stringify(original))).toMatchObject({ ok: true });
    expect(normalized(await backupOf(fresh))).toEqual(normalized(original));
  });

  it("refuses to restore into an account that holds anything, and changes nothing", async () => {
    await richAccount(ownerId);
    const backup = await backupText(ownerId);
    const target = (await createUser("Has a template")).id;
    await db.template.create({ data: { ownerId: target, kind: "REPLY", name: "Mine", body: "Hello" } });
    const before = await backupOf(target);

    expect(await restoreBackupFile(target, backup)).toEqual({ ok: false, message: NOT_EMPTY_MESSAGE });
    expect(await restoreBackupFile(ownerId, backup)).toEqual({ ok: false, message: NOT_EMPTY_MESSAGE });
    expect({ ...(await backupOf(target)), exportedAt: null }).toEqual({ ...before, exportedAt: null });
    expect(await getAccountCounts(ownerId)).toMatchObject({ contacts: 3, events: 1 });
  });

  it("refuses a damaged or foreign file with what was expected, and changes nothing", async () => {
    await richAccount(ownerId);
    const backup = await backupText(ownerId);
    const target = (await createUser("Empty")).id;
    const settings = () => db.user.findUniqueOrThrow({ where: { id: target }, select: { name: true, inviteNoteLimit: true, timezone: true } });
    const before = await settings();

    expect(await restoreBackupFile(target, backup.slice(0, backup.length / 2))).toMatchObject({ ok: false, message: expect.stringContaining("not valid JSON") });
    expect(await restoreBackupFile(target, "First Name,Last Name,URL\nAda,Lovelace,")).toMatchObject({ ok: false, message: expect.stringContaining('"format" is "rapport-backup"') });
    expect(await restoreBackupFile(target, JSON.stringify({ format: "rapport-backup", version: 7 }))).toMatchObject({ ok: false, message: expect.stringContaining("version 7") });
    const parsed = JSON.parse(backup) as Backup;
    parsed.encounters[0]!.contactId = "nobody";
    expect(await restoreBackupFile(target, JSON.stringify(parsed))).toMatchObject({ ok: false, message: expect.stringContaining("encounters.0.contactId") });

    expect(await getAccountCounts(target)).toEqual({ imports: 0, contacts: 0, events: 0, encounters: 0, invitations: 0, templates: 0, activities: 0, followUps: 0, thankYouDrafts: 0 });
    expect(await settings()).toEqual(before);
  });

  it("writes nothing at all when the database refuses a row late in the restore", async () => {
    await richAccount(ownerId);
    const parsed = await backupOf(ownerId);
    // PostgreSQL text cannot hold NUL: the follow-ups, written last, fail after everything else was inserted.
    parsed.followUps[1]!.note = "bad\u0000note";
    const target = (await createUser("Empty")).id;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await restoreBackupFile(target, JSON.stringify(parsed));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was changed") });
    // The cause is logged for whoever runs the server; the user gets a sentence.
    expect(logged).toHaveBeenCalledWith("Restore failed", expect.anything());
    logged.mockRestore();
    expect(await getAccountCounts(target)).toMatchObject({ imports: 0, contacts: 0, events: 0, activities: 0, followUps: 0 });
    expect(await db.user.findUniqueOrThrow({ where: { id: target }, select: { name: true } })).toEqual({ name: "Empty" });
  });
});

describe("contacts as CSV and vCard", () => {
  let ownerId = "";

  beforeEach(async () => {
    ownerId = (await createUser("Ada Lovelace")).id;
  });

  it("writes one CSV row per contact of this owner only", async () => {
    const { grace } = await richAccount(ownerId);
    await stranger();
    const csv = await streamText(snapshotStream((client) => contactsCsvChunks(client, ownerId)));
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row["First name"]).sort()).toEqual(["Grace", "José", "Old"]);
    expect(rows.find((row) => row["First name"] === "Grace")).toMatchObject({
      Company: grace.company,
      Notes: grace.notes,
      Tags: "vip, compilers",
      Stage: "Needs a thank-you",
      "Follow up on": "2026-12-01",
      Connected: "2026-10-05T09:00:00.123Z",
    });
    expect(rows.find((row) => row["First name"] === "Old")).toMatchObject({ Stage: "Sent", Archived: "2026-11-12T00:00:00.000Z" });
    expect(csv).not.toContain("Mallory");
  });

  it("writes vCards that ical.js reads back with the same names, emails, organisation, notes and tags", async () => {
    await richAccount(ownerId);
    await stranger();
    const text = await streamText(snapshotStream((client) => contactsVCardChunks(client, ownerId)));
    const cards = (ICAL.parse(text) as unknown[][]).map((jcal) => new ICAL.Component(jcal));
    const read = cards.map((card) => ({
      fn: card.getFirstPropertyValue("fn"),
      n: card.getFirstPropertyValue("n"),
      email: card.getFirstPropertyValue("email"),
      org: card.getFirstPropertyValue("org"),
      note: card.getFirstPropertyValue("note"),
      tags: card.getFirstProperty("categories")?.getValues() ?? [],
    }));
    const contacts = await db.contact.findMany({ where: { ownerId }, orderBy: { id: "asc" }, select: { firstName: true, lastName: true, email: true, company: true, notes: true, tags: true } });
    expect(read).toEqual(
      contacts.map((contact) => ({
        fn: `${contact.firstName} ${contact.lastName}`,
        n: [contact.lastName, contact.firstName, "", "", ""],
        email: contact.email,
        org: contact.company,
        note: contact.notes,
        tags: contact.tags,
      })),
    );
    expect(text).not.toContain("Mallory");
  });
});

describe("the download and restore routes", () => {
  const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

  it("send the signed-in user's own data as dated attachments, and nobody else's", async () => {
    const owner = await createUser("Owner");
    await richAccount(owner.id);
    const other = await stranger();
    session.userId = owner.id;

    const csv = await download(new Request("http://localhost/export/contacts.csv"), params({ file: "contacts.csv" }));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="rapport-contacts-\d{4}-\d{2}-\d{2}\.csv"/);
    const csvText = await csv.text();
    expect(csvText).toContain("Grace");
    expect(csvText).not.toContain("Mallory");

    const backup = await download(new Request("http://localhost/export/backup.json"), params({ file: "backup.json" }));
    expect(backup.headers.get("content-disposition")).toMatch(/filename="rapport-backup-\d{4}-\d{2}-\d{2}\.json"/);
    expect((JSON.parse(await backup.text()) as Backup).contacts).toHaveLength(3);

    const vcf = await download(new Request("http://localhost/export/contacts.vcf"), params({ file: "contacts.vcf" }));
    expect(vcf.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect(await vcf.text()).toContain("FN:Grace Hopper");

    expect((await download(new Request("http://localhost/export/passwords.txt"), params({ file: "passwords.txt" }))).status).toBe(404);

    // One contact's vCard: the owner's own, never another user's.
    const jose = await db.contact.findFirstOrThrow({ where: { ownerId: owner.id, firstName: "José" }, select: { id: true } });
    const card = await contactVCardRoute(new Request(`http://localhost/contacts/${jose.id}/vcard`), params({ id: jose.id }));
    expect(card.status).toBe(200);
    expect(card.headers.get("content-disposition")).toBe(`attachment; filename="jose-nunez.vcf"; filename*=UTF-8''jose-nunez.vcf`);
    expect(await card.text()).toContain("FN:José Ñúñez 🎉");
    const theirs = await contactVCardRoute(new Request(`http://localhost/contacts/${other.contactId}/vcard`), params({ id: other.contactId }));
    expect(theirs.status).toBe(404);
  });

  it("restore through the route: the signed-in user's empty account only, from Rapport's own pages", async () => {
    const owner = await createUser("Owner");
    await richAccount(owner.id);
    const backup = await backupText(owner.id);
    const fresh = await createUser("Fresh");
    const post = (body: FormData, origin = "http://localhost") =>
      restoreRoute(new Request("http://localhost/export/restore", { method: "POST", body, headers: { origin, host: "localhost" } }));
    const withFile = (text: string, name = "rapport-backup-2026-11-26.json") => {
      const body = new FormData();
      body.set("file", new File([text], name, { type: "application/json" }));
      return body;
    };

    session.userId = "";
    expect((await post(withFile(backup))).status).toBe(401);

    session.userId = fresh.id;
    const foreign = await post(withFile(backup), "https://evil.example");
    expect(foreign.status).toBe(403);
    const missing = await post(withFile("", ""));
    expect(await missing.json()).toEqual({ ok: false, message: "Choose a backup file to restore." });
    const wrong = await post(withFile("not json", "notes.txt"));
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as { message: string }).message).toContain("not valid JSON");
    expect(await getAccountCounts(fresh.id)).toMatchObject({ contacts: 0 });

    const restored = await post(withFile(backup));
    expect(await restored.json()).toEqual({
      ok: true,
      message: "Restored 3 contacts, 1 event, 1 “how you met” note, 3 invitations, 1 template, 3 timeline entries, 2 follow-ups, 1 thank-you being written and 1 import history entry.",
    });
    const again = await post(withFile(backup));
    expect(again.status).toBe(422);
    expect(await again.json()).toEqual({ ok: false, message: NOT_EMPTY_MESSAGE });
  });
});
