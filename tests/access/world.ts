// One user's "world" for the access-control tests: a row in every table a user owns, each with a marker in its text
// so that a leak is recognised in any answer (a page, a download, a feed). Written in one round trip with plain `pg`,
// so the integration tests (one world per table entry) and the browser tests share it.
import { randomBytes } from "node:crypto";
import type pg from "pg";

export type WorldRows = {
  userId: string;
  name: string;
  email: string;
  /** In the text of the world's rows (not in the user's name, which every signed-in page shows). */
  marker: string;
  calendarToken: string;
  /** A contact in Personalize with a tag, an encounter at `event` through `other`, a draft invitation, a note and follow-ups. */
  contact: string;
  other: string;
  /** A contact in "Needs a thank-you", with a thank-you draft. */
  connected: string;
  event: string;
  encounter: string;
  template: string;
  tag: string;
  followUp: string;
  doneFollowUp: string;
  /** An invitation received from `other` (NEW), in the inbox. */
  received: string;
  /** An import (the batch, the contact it created and its timeline entry), as a confirmed upload leaves one. */
  batch: string;
};

const newId = () => `c${randomBytes(12).toString("hex")}`;

/** Today in UTC, "YYYY-MM-DD", and `days` after it. */
function day(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Writes a new user and their world. `passwordHash` lets a browser test sign in as them. */
export async function insertWorld(client: pg.Client, label: string, passwordHash = "not-a-real-hash"): Promise<WorldRows> {
  const marker = `mk${randomBytes(6).toString("hex")}`;
  const [userId, contact, other, connected, imported, event, encounter, template, followUp, doneFollowUp, batch, received] = [newId(), newId(), newId(), newId(), newId(), newId(), newId(), newId(), newId(), newId(), newId(), newId()] as const;
  const name = label.replaceAll("'", "''");
  const email = `${marker}@access.rapport.local`;
  // Not the marker: addresses carry the tag (?tag=), and a page may echo its own address.
  const tag = `t${randomBytes(6).toString("hex")}`;
  const today = `'${day()}'::date`;
  const later = `'${day(7)}'::date`;
  const { 10: selected } = (await client.query(`
    INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('${userId}', '${email}', '${name}', '${passwordHash.replaceAll("'", "''")}', now());
    INSERT INTO "Event" (id, "ownerId", name, "startsOn", "updatedAt") VALUES ('${event}', '${userId}', 'Summit ${marker}', ${today}, now());
    INSERT INTO "ImportBatch" (id, "ownerId", source, "fileName", "createdCount") VALUES ('${batch}', '${userId}', 'CSV', 'people.csv', 1);
    INSERT INTO "Contact" (id, "ownerId", "firstName", "lastName", company, tags, notes, stage, "connectedAt", "importId", "updatedAt") VALUES
      ('${contact}', '${userId}', 'Ada', 'Lovelace ${marker}', 'Analytical', ARRAY['${tag}'], 'notes ${marker}', 'PERSONALIZE', NULL, NULL, now()),
      ('${other}', '${userId}', 'Bea', 'Other ${marker}', 'Difference', '{}', NULL, 'PERSONALIZE', NULL, NULL, now()),
      ('${connected}', '${userId}', 'Cy', 'Connected ${marker}', NULL, '{}', NULL, 'CONNECTED', now(), NULL, now()),
      ('${imported}', '${userId}', 'Ida', 'Imported ${marker}', NULL, '{}', NULL, 'PERSONALIZE', NULL, '${batch}', now());
    INSERT INTO "Encounter" (id, "ownerId", "contactId", "eventId", kind, "metOn", "throughContactId", context, "updatedAt")
      VALUES ('${encounter}', '${userId}', '${contact}', '${event}', 'EVENT', ${today}, '${other}', 'talked ${marker}', now());
    INSERT INTO "Template" (id, "ownerId", kind, name, body, "updatedAt") VALUES ('${template}', '${userId}', 'INVITATION', 'Template ${marker}', 'Hi {firstName}', now());
    INSERT INTO "FollowUp" (id, "ownerId", "contactId", "dueOn", note, "doneAt", "updatedAt") VALUES
      ('${followUp}', '${userId}', '${contact}', ${later}, 'follow up ${marker}', NULL, now()),
      ('${doneFollowUp}', '${userId}', '${contact}', ${today}, 'done one', now(), now());
    INSERT INTO "Invitation" (id, "ownerId", "contactId", direction, status, "draftFor", message, flags, "sentAt", "updatedAt") VALUES
      ('${newId()}', '${userId}', '${contact}', 'OUTGOING', 'DRAFT', '${contact}', 'Hi Ada ${marker}', '{}', NULL, now()),
      ('${received}', '${userId}', '${other}', 'INCOMING', 'NEW', NULL, 'Hello ${marker}', ARRAY['customized'], now(), now());
    INSERT INTO "ThankYouDraft" (id, "ownerId", "contactId", message, "updatedAt") VALUES ('${newId()}', '${userId}', '${connected}', 'Thanks ${marker}', now());
    INSERT INTO "Activity" (id, "ownerId", "contactId", kind, body, "importId") VALUES
      ('${newId()}', '${userId}', '${contact}', 'NOTE', 'note ${marker}', NULL),
      ('${newId()}', '${userId}', '${imported}', 'IMPORTED', 'Imported from people.csv', '${batch}');
    SELECT "calendarToken" FROM "User" WHERE id = '${userId}';
  `)) as unknown as pg.QueryResult<{ calendarToken: string }>[];
  return { userId, name: label, email, marker, calendarToken: selected!.rows[0]!.calendarToken, contact, other, connected, event, encounter, template, tag, followUp, doneFollowUp, batch, received };
}
