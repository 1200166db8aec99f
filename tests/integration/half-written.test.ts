// Nothing half-written: every write that touches several rows runs in one transaction. Each test makes one statement
// late in such a write fail (a PostgreSQL trigger, created for this test's user only and dropped after it, raises on
// the Nth insert, update or delete of a table) and checks that the user's rows are exactly as before: every table,
// every column.
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Sam Taylor", email: "sam@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { markInvitationSent, saveDraft } = await import("@/lib/invitations/mutations");
const { moveContactStage } = await import("@/lib/pipeline/mutations");
const { saveThankYouDraft } = await import("@/lib/thank-you/mutations");
const { markThankYouSentAction } = await import("@/lib/thank-you/actions");
const followUps = await import("@/lib/followups/mutations");
const { logActivity } = await import("@/lib/activities/mutations");
const { createEncounter, updateEncounter } = await import("@/lib/encounters/mutations");
const { captureContact } = await import("@/lib/capture/mutations");
const { captureInput } = await import("@/lib/capture/schema");
const { createContact, deleteContact } = await import("@/lib/contacts/mutations");
const { contactInput } = await import("@/lib/contacts/schema");
const { encounterInput } = await import("@/lib/encounters/schema");
const { deleteEvent } = await import("@/lib/events/mutations");
const { mergeContacts } = await import("@/lib/contacts/merge");
const { confirmImportAction } = await import("@/lib/imports/actions");
const { undoImport } = await import("@/lib/imports/mutations");
const { saveUpload } = await import("@/lib/imports/uploads");
const { DEFAULT_THANK_WINDOW_DAYS } = await import("@/lib/imports/schema");
const { restoreBackupFile } = await import("@/lib/exports/restore");
const { backupChunks, snapshotStream, streamText } = await import("@/lib/exports/queries");

// Every table that holds a user's rows, and the user row itself (settings, which a restore writes).
const OWNED_TABLES = ["Contact", "Event", "Encounter", "Activity", "Invitation", "ThankYouDraft", "Template", "FollowUp", "ImportBatch"];

/** All of the owner's rows, every column, in a stable order. */
async function snapshot(ownerId: string) {
  const tables: Record<string, unknown[]> = {};
  for (const table of OWNED_TABLES) {
    const rows = await db.$queryRawUnsafe<{ row: unknown }[]>(`SELECT to_jsonb(t) AS row FROM "${table}" t WHERE "ownerId" = $1 ORDER BY id`, ownerId);
    tables[table] = rows.map(({ row }) => row);
  }
  const [user] = await db.$queryRawUnsafe<{ row: unknown }[]>(`SELECT to_jsonb(u) AS row FROM "User" u WHERE id = $1`, ownerId);
  return { user: user?.row, ...tables };
}

type Failure = { table: string; op: "INSERT" | "UPDATE" | "DELETE"; nth?: number };
const cleanups: (() => Promise<void>)[] = [];

/**
 * Makes the `nth` (default first) INSERT, UPDATE or DELETE of the owner's rows in `table` raise an exception. Returns
 * how many of those statements' rows were attempted, so a test proves its failure was reached.
 */
async function injectFailure(ownerId: string, { table, op, nth = 1 }: Failure) {
  if (!/^[a-z0-9]+$/i.test(ownerId)) throw new Error("unexpected id");
  const name = `inject_${randomUUID().replaceAll("-", "")}`;
  const row = op === "DELETE" ? "OLD" : "NEW";
  const owner = table === "User" ? "id" : '"ownerId"';
  await db.$executeRawUnsafe(`CREATE SEQUENCE ${name}_seen`);
  await db.$executeRawUnsafe(`
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF ${row}.${owner} = '${ownerId}' THEN
        IF nextval('${name}_seen') >= ${nth} THEN
          RAISE EXCEPTION 'injected failure: % on % (test)', TG_OP, TG_TABLE_NAME;
        END IF;
      END IF;
      RETURN ${row};
    END $fn$`);
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE ${op} ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  const drop = async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${name} ON "${table}"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${name}()`);
    await db.$executeRawUnsafe(`DROP SEQUENCE IF EXISTS ${name}_seen`);
  };
  cleanups.push(drop);
  return {
    reached: async () => {
      const [seen] = await db.$queryRawUnsafe<{ last_value: bigint; is_called: boolean }[]>(`SELECT last_value, is_called FROM ${name}_seen`);
      return seen?.is_called ? Number(seen.last_value) : 0;
    },
    drop,
  };
}

/**
 * Runs `write` with `failure` injected: it must fail (throw, or report the failure), the failure must have been
 * reached, and the owner's rows must be exactly as they were before.
 */
async function expectAllOrNothing(ownerId: string, failure: Failure, write: () => Promise<unknown>) {
  const before = await snapshot(ownerId);
  const injected = await injectFailure(ownerId, failure);
  let outcome: unknown;
  try {
    outcome = await write();
  } catch (error) {
    outcome = error;
  }
  const reached = await injected.reached();
  await injected.drop();
  expect(reached).toBeGreaterThanOrEqual(failure.nth ?? 1);
  // Either the error itself, or a result that says the write did not happen.
  if (outcome instanceof Error) expect(String(outcome.message)).toContain("injected failure");
  else expect(outcome).toMatchObject({ ok: false });
  expect(await snapshot(ownerId)).toEqual(before);
}

const fixtures = path.join(import.meta.dirname, "../../lib/imports/fixtures");

async function upload(ownerId: string, name: string): Promise<string> {
  const body = new Blob([new Uint8Array(readFileSync(path.join(fixtures, name)))]).stream();
  return (await saveUpload(ownerId, name, body)).token;
}

const importOptions = { thankWindowDays: DEFAULT_THANK_WINDOW_DAYS, skipInvalid: false };
const met = (fields: Record<string, string> = {}) => encounterInput.parse({ kind: "OTHER", metOn: "2026-11-01", context: "Talked about tide pools", ...fields });

let ownerId: string;
let contactId: string;

beforeEach(async () => {
  ownerId = (await createUser("Sam Taylor")).id;
  session.userId = ownerId;
  // A stay-in-touch cadence makes every interaction write a follow-up too: more rows to leave half-written.
  contactId = (await db.contact.create({ data: { ownerId, firstName: "Ada", lastName: "Byron", company: "Engines", stayInTouchWeeks: 4 }, select: { id: true } })).id;
  await followUps.setStayInTouch(ownerId, contactId, 4, "2026-11-20");
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function sent() {
  await saveDraft(ownerId, contactId, "Hi Ada, great to meet you at the tide pool walk. Keep in touch?");
  expect(await markInvitationSent(ownerId, contactId, { message: "Hi Ada, great to meet you at the tide pool walk. Keep in touch?", claim: null })).toMatchObject({ ok: true });
}

describe("the pipeline", () => {
  it("Mark as sent: the invitation, the stage, the cadence and the timeline entry land together or not at all", async () => {
    await saveDraft(ownerId, contactId, "Hi Ada, great to meet you at the tide pool walk.");
    await expectAllOrNothing(ownerId, { table: "Activity", op: "INSERT" }, () =>
      markInvitationSent(ownerId, contactId, { message: "Hi Ada, great to meet you at the tide pool walk.", claim: null }),
    );
  });

  it("Mark as accepted", async () => {
    await sent();
    await expectAllOrNothing(ownerId, { table: "FollowUp", op: "UPDATE" }, () => moveContactStage(ownerId, contactId, "CONNECTED"));
  });

  it("Mark thank-you sent: the stage, the timeline, the next step and the draft's deletion", async () => {
    await sent();
    await moveContactStage(ownerId, contactId, "CONNECTED");
    await saveThankYouDraft(ownerId, contactId, "Thanks for connecting, Ada!");
    const values = { message: "Thanks for connecting, Ada!", noFollowUp: false, followUpOn: "2099-01-10", nextStep: "Send the tide tables" };
    await expectAllOrNothing(ownerId, { table: "ThankYouDraft", op: "DELETE" }, () => markThankYouSentAction(contactId, values));
    // Without the failure it goes through, and the draft is gone with it.
    expect(await markThankYouSentAction(contactId, values)).toEqual({ ok: true });
    expect(await db.thankYouDraft.count({ where: { contactId } })).toBe(0);
    expect(await db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { stage: true } })).toEqual({ stage: "THANKED" });
  });
});

describe("follow-ups and the timeline", () => {
  it("Done, and its Undo", async () => {
    const { id } = (await followUps.addFollowUp(ownerId, contactId, { dueOn: new Date("2026-12-01"), note: "Coffee" })) as { id: string };
    const at = new Date("2026-12-01T10:00:00Z");
    await expectAllOrNothing(ownerId, { table: "Contact", op: "UPDATE", nth: 2 }, () => followUps.completeFollowUp(ownerId, id, at));
    const done = await followUps.completeFollowUp(ownerId, id, at);
    if (!done.ok) throw new Error("not completed");
    await expectAllOrNothing(ownerId, { table: "Contact", op: "UPDATE", nth: 2 }, () => followUps.reopenFollowUp(ownerId, id, done.receipt));
  });

  it("Add follow-up, Snooze, Reschedule and Stay in touch", async () => {
    await expectAllOrNothing(ownerId, { table: "Contact", op: "UPDATE" }, () => followUps.addFollowUp(ownerId, contactId, { dueOn: new Date("2026-12-01"), note: "Coffee" }));
    const { id } = (await followUps.addFollowUp(ownerId, contactId, { dueOn: new Date("2026-12-01"), note: "Coffee" })) as { id: string };
    await expectAllOrNothing(ownerId, { table: "Contact", op: "UPDATE" }, () => followUps.snoozeFollowUp(ownerId, id, 7, "2026-11-27"));
    await expectAllOrNothing(ownerId, { table: "Contact", op: "UPDATE" }, () => followUps.rescheduleFollowUp(ownerId, id, 1, new Date("2027-01-01")));
    await expectAllOrNothing(ownerId, { table: "Contact", op: "UPDATE", nth: 2 }, () => followUps.setStayInTouch(ownerId, contactId, 8, "2026-11-27"));
  });

  it("Logging a meeting", async () => {
    await expectAllOrNothing(ownerId, { table: "FollowUp", op: "UPDATE" }, () => logActivity(ownerId, contactId, "MEETING", "Lunch at the harbour"));
  });
});

describe("contacts, encounters and events", () => {
  it("Saving how you met (added or edited) with the contact's last interaction", async () => {
    await expectAllOrNothing(ownerId, { table: "Contact", op: "UPDATE" }, () => createEncounter(ownerId, contactId, met()));
    const created = await createEncounter(ownerId, contactId, met({ metOn: "2026-10-01" }));
    if (!created.ok) throw new Error("not created");
    await expectAllOrNothing(ownerId, { table: "Contact", op: "UPDATE" }, () => updateEncounter(ownerId, created.id, 1, met({ metOn: "2026-11-15" })));
  });

  it("A new contact with how you met, and quick capture", async () => {
    const input = contactInput.parse({ firstName: "Grace", lastName: "Hopper" });
    await expectAllOrNothing(ownerId, { table: "Encounter", op: "INSERT" }, () =>
      createContact(ownerId, input, false, { eventId: null, metOn: new Date("2026-11-01"), context: "Compilers" }),
    );
    const captured = captureInput.parse({ firstName: "Katherine", lastName: "Johnson", context: "Orbits" });
    await expectAllOrNothing(ownerId, { table: "Encounter", op: "INSERT" }, () => captureContact(ownerId, { timeZone: "UTC", at: new Date() }, captured));
  });

  it("Deleting an event keeps its encounters' place names only if the event is gone", async () => {
    const event = await db.event.create({ data: { ownerId, name: "Tide pool walk", startsOn: new Date("2026-11-01") }, select: { id: true } });
    await createEncounter(ownerId, contactId, met({ kind: "EVENT", eventId: event.id }));
    await expectAllOrNothing(ownerId, { table: "Event", op: "DELETE" }, () => deleteEvent(ownerId, event.id));
  });

  it("Deleting a contact takes all it holds, or nothing", async () => {
    await sent();
    await expectAllOrNothing(ownerId, { table: "Activity", op: "DELETE" }, () => deleteContact(ownerId, contactId));
  });

  it("Merging two contacts", async () => {
    await sent();
    const other = await db.contact.create({ data: { ownerId, firstName: "Ada", lastName: "Lovelace", company: "Engines" }, select: { id: true } });
    await createEncounter(ownerId, other.id, met());
    await followUps.addFollowUp(ownerId, other.id, { dueOn: new Date("2026-12-01"), note: "Coffee" });
    const versions = await db.contact.findMany({ where: { id: { in: [contactId, other.id] } }, select: { id: true, version: true } });
    const version = (id: string) => versions.find((row) => row.id === id)!.version;
    await expectAllOrNothing(ownerId, { table: "Activity", op: "INSERT" }, () =>
      mergeContacts(ownerId, contactId, other.id, { keepVersion: version(contactId), otherVersion: version(other.id), values: {} }),
    );
  });
});

describe("imports and backups", () => {
  it("Importing a file, and undoing the import", async () => {
    const token = await upload(ownerId, "Connections.csv");
    await expectAllOrNothing(ownerId, { table: "ImportBatch", op: "UPDATE" }, () => confirmImportAction(token, importOptions));
    // Without the failure, the same file imports.
    const imported = await confirmImportAction(await upload(ownerId, "Connections.csv"), importOptions);
    expect(imported).toMatchObject({ ok: true });
    const batch = await db.importBatch.findFirstOrThrow({ where: { ownerId, undoneAt: null }, select: { id: true } });
    expect(await db.contact.count({ where: { importId: batch.id } })).toBeGreaterThan(1);
    await expectAllOrNothing(ownerId, { table: "Contact", op: "DELETE", nth: 2 }, () => undoImport(ownerId, batch.id));
  });

  it("Restoring a backup into an empty account", async () => {
    await sent();
    await createEncounter(ownerId, contactId, met());
    await db.template.create({ data: { ownerId, kind: "INVITATION", name: "Mine", body: "Hi {firstName}" } });
    const backup = await streamText(snapshotStream((client) => backupChunks(client, ownerId)));
    const fresh = (await createUser("New account")).id;
    await db.user.update({ where: { id: fresh }, data: { timezone: "Europe/Paris" } });
    // The restore logs what went wrong (and tells the user nothing was changed).
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await expectAllOrNothing(fresh, { table: "FollowUp", op: "INSERT" }, () => restoreBackupFile(fresh, backup));
    expect(logged).toHaveBeenCalledWith("Restore failed", expect.objectContaining({ message: expect.stringContaining("injected failure") }));
    logged.mockRestore();
    expect(await db.user.findUniqueOrThrow({ where: { id: fresh }, select: { timezone: true } })).toEqual({ timezone: "Europe/Paris" });
  });
});
