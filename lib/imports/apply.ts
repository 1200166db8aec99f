// The import itself: takes mapped rows in chunks, matches them with the owner's contacts (normalized LinkedIn URL,
// then email, then — for old exports without URLs — the full name), and either counts what would happen (the
// preview) or writes it in chunks (the confirm, inside the caller's transaction). Both run this same code,
// so the preview's counts are what the confirm does. It takes the database client as an argument, so the
// benchmark runs exactly this code outside Next.
import { createHash, randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityKind, Stage } from "@/lib/generated/prisma/enums";
import { assessInvitation, classifyReceived } from "@/lib/invitations/assess";
import { fillFrom, type ContactFill, type ExistingContact } from "@/lib/imports/fill";
import type { ReadItem } from "@/lib/imports/read-file";
import { ImportRefusal } from "@/lib/imports/refusal";
import { nameKey, type ContactOrigin, type ImportedContact, type ImportedInvitation, type ImportedMessage, type RowProblem } from "@/lib/imports/rows";
import { PROBLEMS_SHOWN, type ImportCounts, type ImportOptions } from "@/lib/imports/schema";
import { importedStage } from "@/lib/imports/stage";
import { CONTACT_FIELDS_SELECT, type ContactFields } from "@/lib/contacts/schema";

type Client = Prisma.TransactionClient;

export type ImportContext = {
  ownerId: string;
  /** The user's first name: a received invitation that only greets them is "greeting only". */
  ownerFirstName: string;
  noteLimit: number;
  options: ImportOptions;
  /** The user's calendar day, midnight UTC. */
  today: Date;
  now: Date;
  /** The ImportBatch the written rows point at; null for a preview, which writes nothing. */
  batchId: string | null;
};

/** Rows per round trip: big enough for speed, small enough that memory does not grow with the file. */
const CHUNK = 1000;

const CONTACT_SELECT = { id: true, ...CONTACT_FIELDS_SELECT, connectedAt: true, stage: true } as const;

/**
 * What identifies a recorded message: its contact, its time and a digest of its text. A digest rather than the text
 * itself, so that remembering every message of a large messages.csv (to skip one that appears twice) takes a few
 * dozen bytes each, not the message.
 */
function messageKey(contactId: string, sentAt: Date, body: string): string {
  return `${contactId}|${sentAt.toISOString()}|${createHash("sha256").update(body).digest("base64")}`;
}

/**
 * When a received invitation from a connection was accepted: the day they connected, when it is not before the
 * invitation (LinkedIn keeps listing invitations sent again to someone connected long ago); unknown otherwise.
 */
function acceptedAt(connectedAt: Date | null, sentAt: Date): Date | null {
  return connectedAt && connectedAt >= sentAt ? connectedAt : null;
}

/** Ids in Prisma's cuid shape ("c" + 24 base-36 characters), made here so a chunk insert can link activities to new contacts. */
export function newId(): string {
  let id = "c";
  for (const byte of randomBytes(24)) id += (byte % 36).toString(36);
  return id;
}

type PendingContact = { contact: ImportedContact; origin: ContactOrigin };

type ContactRow = ContactFields & {
  id: string;
  ownerId: string;
  stage: Stage;
  stageChangedAt: Date;
  connectedAt: Date | null;
  importId: string | null;
  createdAt: Date;
};
type ActivityRow = { id: string; ownerId: string; contactId: string; kind: ActivityKind; occurredAt: Date; body: string; importId: string | null };

// A chunk of rows goes to PostgreSQL as one JSON parameter expanded by jsonb_to_recordset: one short statement per
// chunk. Prisma's createMany with a thousand rows of thirteen columns spent over a second building each statement,
// which made a 10,000-row import take 15 s; this takes about 1 s. Columns are listed, so a new column with a
// default needs no change here.
async function insertContacts(db: Client, rows: ContactRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "Contact" (id, "ownerId", "firstName", "lastName", email, phone, company, title, "linkedinUrl", location, notes, tags,
                           stage, "stageChangedAt", "connectedAt", "importId", "createdAt", "updatedAt")
    SELECT id, "ownerId", "firstName", "lastName", email, phone, company, title, "linkedinUrl", location, notes, tags,
           stage, "stageChangedAt", "connectedAt", "importId", "createdAt", "createdAt"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
           id text, "ownerId" text, "firstName" text, "lastName" text, email text, phone text, company text, title text,
           "linkedinUrl" text, location text, notes text, tags text[], stage "Stage", "stageChangedAt" timestamp(3),
           "connectedAt" timestamp(3), "importId" text, "createdAt" timestamp(3))`;
}

async function insertActivities(db: Client, rows: ActivityRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "Activity" (id, "ownerId", "contactId", kind, "occurredAt", body, "importId")
    SELECT id, "ownerId", "contactId", kind, "occurredAt", body, "importId"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
           id text, "ownerId" text, "contactId" text, kind "ActivityKind", "occurredAt" timestamp(3), body text, "importId" text)`;
}

/**
 * What the import recorded with people (connections, invitations, messages) are interactions: each contact's last
 * interaction moves up to its latest imported one, never back. Returns the contacts it moved, with the time, so the
 * caller can restart their stay-in-touch reminders.
 */
export async function touchImportedContacts(db: Client, ownerId: string, batchId: string): Promise<{ id: string; latest: Date; stayInTouchWeeks: number | null }[]> {
  return db.$queryRaw`
    UPDATE "Contact" AS c SET "lastInteractionAt" = a.latest
      FROM (SELECT "contactId", max("occurredAt") AS latest FROM "Activity" WHERE "importId" = ${batchId} GROUP BY "contactId") AS a
     WHERE c.id = a."contactId" AND c."ownerId" = ${ownerId} AND (c."lastInteractionAt" IS NULL OR c."lastInteractionAt" < a.latest)
    RETURNING c.id, a.latest, c."stayInTouchWeeks"`;
}

export class ImportRun {
  readonly counts: ImportCounts = {
    rowsRead: 0,
    create: 0,
    needsThankYou: 0,
    thanked: 0,
    update: 0,
    accepted: 0,
    skipped: 0,
    invitations: 0,
    messages: 0,
    invalid: 0,
  };
  readonly problems: RowProblem[] = [];
  private readonly skippedReasons = new Map<string, number>();
  // Who this import has met so far (created or matched), so a person in Connections.csv and Invitations.csv is one
  // contact, and a second row for the same person is a duplicate. Holds keys, not rows: it grows by a few bytes a row.
  private readonly byUrl = new Map<string, string>();
  private readonly byEmail = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  private readonly invitationKeys = new Set<string>();
  // Who this import knows to be connected already (by contact id), and since when if known: their invitation to the
  // user was accepted, so it is not waiting in the inbox.
  private readonly connected = new Map<string, Date | null>();
  private readonly messageKeys = new Set<string>();
  private contacts: PendingContact[] = [];
  private invitations: ImportedInvitation[] = [];
  private messages: ImportedMessage[] = [];
  private placeholder = 0;

  constructor(
    private readonly db: Client,
    private readonly context: ImportContext,
  ) {}

  get skipped(): { reason: string; count: number }[] {
    return [...this.skippedReasons].map(([reason, count]) => ({ reason, count }));
  }

  private get writing(): boolean {
    return this.context.batchId !== null;
  }

  private skip(reason: string, count = 1) {
    this.counts.skipped += count;
    this.skippedReasons.set(reason, (this.skippedReasons.get(reason) ?? 0) + count);
  }

  async add(item: ReadItem): Promise<void> {
    this.counts.rowsRead += 1;
    switch (item.kind) {
      case "skipped":
        this.skip(item.reason);
        return;
      case "invalid":
        this.counts.invalid += 1;
        // Writing stops at the first invalid row unless the user chose to leave them out: all or nothing.
        if (this.writing && !this.context.options.skipInvalid) {
          throw new ImportRefusal(`Nothing was imported: row ${item.problem.row} is invalid. ${item.problem.reason}`);
        }
        if (this.problems.length < PROBLEMS_SHOWN) this.problems.push(item.problem);
        return;
      case "contact":
        this.contacts.push({ contact: item.contact, origin: item.origin });
        if (this.contacts.length >= CHUNK) await this.flushContacts();
        return;
      case "invitation":
        // People come before what refers to them: Connections.csv's rows are in before any invitation is matched.
        await this.flushContacts();
        this.invitations.push(item.invitation);
        if (this.invitations.length >= CHUNK) await this.flushInvitations();
        return;
      case "message":
        await this.flushContacts();
        await this.flushInvitations();
        this.messages.push(item.message);
        if (this.messages.length >= CHUNK) await this.flushMessages();
        return;
    }
  }

  async finish(): Promise<void> {
    await this.flushContacts();
    await this.flushInvitations();
    await this.flushMessages();
  }

  private newContactId(): string {
    this.placeholder += 1;
    return this.writing ? newId() : `preview-${this.placeholder}`;
  }

  private remember(id: string, person: { linkedinUrl: string | null; email?: string | null; firstName: string; lastName: string }) {
    if (person.linkedinUrl && !this.byUrl.has(person.linkedinUrl)) this.byUrl.set(person.linkedinUrl, id);
    if (person.email && !this.byEmail.has(person.email)) this.byEmail.set(person.email, id);
    const name = nameKey(person.firstName, person.lastName);
    if (name && !this.byName.has(name)) this.byName.set(name, id);
  }

  /** Notes a contact that is a connection already: in "Needs a thank-you" or "Thanked", or with an acceptance date. */
  private noteConnection(id: string, person: { stage: Stage; connectedAt: Date | null }) {
    if (person.stage === "CONNECTED" || person.stage === "THANKED" || person.connectedAt) this.connected.set(id, person.connectedAt);
  }

  private async existingContacts(urls: string[], emails: string[]): Promise<{ byUrl: Map<string, ExistingContact>; byEmail: Map<string, ExistingContact> }> {
    const byUrl = new Map<string, ExistingContact>();
    const byEmail = new Map<string, ExistingContact>();
    if (urls.length === 0 && emails.length === 0) return { byUrl, byEmail };
    const or: Prisma.ContactWhereInput[] = [];
    if (urls.length > 0) or.push({ linkedinUrl: { in: urls } });
    if (emails.length > 0) or.push({ email: { in: emails, mode: "insensitive" } });
    const rows = await this.db.contact.findMany({ where: { ownerId: this.context.ownerId, OR: or }, select: CONTACT_SELECT, orderBy: { createdAt: "asc" } });
    for (const row of rows) {
      if (row.linkedinUrl) byUrl.set(row.linkedinUrl, row);
      const email = row.email?.toLowerCase();
      if (email && !byEmail.has(email)) byEmail.set(email, row);
    }
    return { byUrl, byEmail };
  }

  private async flushContacts(): Promise<void> {
    if (this.contacts.length === 0) return;
    const chunk = this.contacts;
    this.contacts = [];
    const { ownerId, batchId, options, today, now } = this.context;
    const existing = await this.existingContacts(
      [...new Set(chunk.flatMap(({ contact }) => (contact.linkedinUrl && !this.byUrl.has(contact.linkedinUrl) ? [contact.linkedinUrl] : [])))],
      [...new Set(chunk.flatMap(({ contact }) => (contact.email && !this.byEmail.has(contact.email) ? [contact.email] : [])))],
    );
    const creates: ContactRow[] = [];
    const activities: ActivityRow[] = [];
    const updates: { id: string; fill: ContactFill }[] = [];

    for (const { contact, origin } of chunk) {
      const seen = (contact.linkedinUrl && this.byUrl.get(contact.linkedinUrl)) || (contact.email && this.byEmail.get(contact.email));
      if (seen) {
        this.skip("the same person twice in the file");
        continue;
      }
      const match = (contact.linkedinUrl && existing.byUrl.get(contact.linkedinUrl)) || (contact.email && existing.byEmail.get(contact.email)) || null;
      if (match) {
        this.remember(match.id, match);
        this.remember(match.id, contact);
        const fill = fillFrom(match, contact, origin);
        this.noteConnection(match.id, { stage: fill.stage ?? match.stage, connectedAt: fill.connectedAt ?? match.connectedAt });
        // The import matched by email and the contact has another profile URL: keep the user's.
        if (Object.keys(fill).length === 0) {
          this.skip("already in your contacts, nothing new");
          continue;
        }
        this.counts.update += 1;
        updates.push({ id: match.id, fill });
        if (fill.stage === "CONNECTED" && fill.connectedAt) {
          this.counts.accepted += 1;
          activities.push({ id: newId(), ownerId, contactId: match.id, kind: "INVITE_ACCEPTED", occurredAt: fill.connectedAt, body: "Invitation accepted (found among your LinkedIn connections).", importId: batchId });
        } else if (fill.connectedAt) activities.push(this.connectedActivity(match.id, fill.connectedAt));
        continue;
      }
      const id = this.newContactId();
      this.remember(id, contact);
      const start = importedStage(origin, contact.connectedOn, options.thankWindowDays, today, now);
      this.noteConnection(id, start);
      this.counts.create += 1;
      if (start.stage === "CONNECTED") this.counts.needsThankYou += 1;
      if (start.stage === "THANKED") this.counts.thanked += 1;
      const { firstName, lastName, email, phone, company, title, linkedinUrl, location, notes, tags } = contact;
      const fields = { firstName, lastName, email, phone, company, title, linkedinUrl, location, notes, tags };
      creates.push({ ...fields, id, ownerId, importId: batchId, ...start, createdAt: now });
      activities.push(
        origin === "connection" && contact.connectedOn
          ? this.connectedActivity(id, contact.connectedOn)
          : { id: newId(), ownerId, contactId: id, kind: "IMPORTED", occurredAt: now, body: "Imported from your address book.", importId: batchId },
      );
    }

    if (!this.writing) return;
    await insertContacts(this.db, creates);
    for (const { id, fill } of updates) {
      await this.db.contact.updateMany({ where: { id, ownerId }, data: { ...fill, version: { increment: 1 } } });
      if (fill.stage === "CONNECTED") {
        // The invitation they accepted: the latest one sent, as "Mark as accepted" records it.
        const sent = await this.db.invitation.findFirst({
          where: { ownerId, contactId: id, direction: "OUTGOING", status: "SENT" },
          orderBy: [{ sentAt: "desc" }, { createdAt: "desc" }],
          select: { id: true },
        });
        if (sent) await this.db.invitation.update({ where: { id: sent.id }, data: { status: "ACCEPTED", respondedAt: fill.connectedAt } });
      }
    }
    await insertActivities(this.db, activities);
  }

  /**
   * "Connected On" is recorded as an IMPORTED activity dated that day, not INVITE_ACCEPTED: Rapport never saw the
   * invitation (it may even have been theirs), and counting these as acceptances would skew how well the user's own
   * personalized invitations are accepted.
   */
  private connectedActivity(contactId: string, connectedOn: Date): ActivityRow {
    const { ownerId, batchId } = this.context;
    return { id: newId(), ownerId, contactId, kind: "IMPORTED", occurredAt: connectedOn, body: "Connected on LinkedIn.", importId: batchId };
  }

  /** The contact of each invitation or message: found by URL (else name), or null. Existing contacts are looked up once per chunk. */
  private async resolve(people: { linkedinUrl: string | null; firstName: string; lastName: string }[]): Promise<(string | null)[]> {
    const { ownerId } = this.context;
    const urls = [...new Set(people.flatMap((person) => (person.linkedinUrl && !this.byUrl.has(person.linkedinUrl) ? [person.linkedinUrl] : [])))];
    const names = people.filter((person) => !person.linkedinUrl && !this.byName.has(nameKey(person.firstName, person.lastName)));
    if (urls.length > 0) {
      const rows = await this.db.contact.findMany({ where: { ownerId, linkedinUrl: { in: urls } }, select: { id: true, linkedinUrl: true, firstName: true, lastName: true, stage: true, connectedAt: true } });
      for (const row of rows) {
        this.remember(row.id, row);
        this.noteConnection(row.id, row);
      }
    }
    if (names.length > 0) {
      const rows = await this.db.contact.findMany({
        where: {
          ownerId,
          OR: names.map((person) => ({ firstName: { equals: person.firstName, mode: "insensitive" as const }, lastName: { equals: person.lastName, mode: "insensitive" as const } })),
        },
        select: { id: true, linkedinUrl: true, firstName: true, lastName: true, stage: true, connectedAt: true },
        orderBy: { createdAt: "asc" },
      });
      for (const row of rows) {
        this.remember(row.id, { ...row, linkedinUrl: null });
        this.noteConnection(row.id, row);
      }
    }
    return people.map((person) => (person.linkedinUrl ? this.byUrl.get(person.linkedinUrl) : this.byName.get(nameKey(person.firstName, person.lastName))) ?? null);
  }

  private async flushInvitations(): Promise<void> {
    if (this.invitations.length === 0) return;
    const chunk = this.invitations;
    this.invitations = [];
    const { ownerId, batchId, now } = this.context;
    const contactIds = await this.resolve(chunk);
    const known = await this.existingKeys(
      "invitation",
      contactIds.filter((id): id is string => id !== null),
      chunk.map((invitation) => invitation.sentAt),
    );
    const creates: ContactRow[] = [];
    const invitations: Prisma.InvitationCreateManyInput[] = [];
    const activities: ActivityRow[] = [];

    chunk.forEach((invitation, index) => {
      let contactId = contactIds[index] ?? null;
      if (!contactId) {
        // Someone only Invitations.csv knows: a pending invitation either way. Sent by the user → "Sent"; received → step 1.
        contactId = this.newContactId();
        this.remember(contactId, invitation);
        const stage: Stage = invitation.direction === "OUTGOING" ? "SENT" : "PERSONALIZE";
        const { firstName, lastName, linkedinUrl } = invitation;
        creates.push({
          ...{ id: contactId, ownerId, firstName, lastName, linkedinUrl, email: null, phone: null, company: null, title: null, location: null, notes: null, tags: [] },
          ...{ stage, stageChangedAt: invitation.direction === "OUTGOING" ? invitation.sentAt : now, connectedAt: null, importId: batchId, createdAt: now },
        });
        this.counts.create += 1;
      }
      const key = `${contactId}|${invitation.direction}|${invitation.sentAt.toISOString()}`;
      if (known.has(key) || this.invitationKeys.has(key)) {
        this.skip("an invitation already recorded");
        return;
      }
      this.invitationKeys.add(key);
      this.counts.invitations += 1;
      const outgoing = invitation.direction === "OUTGOING";
      // Received from someone already connected: LinkedIn lists it still, but it was accepted (the connection says so).
      const accepted = !outgoing && this.connected.has(contactId);
      const assessment = outgoing
        ? assessInvitation(invitation.message, { firstName: invitation.firstName, lastName: invitation.lastName, noteLimit: this.context.noteLimit === 200 ? 200 : 300 })
        : null;
      invitations.push({
        ownerId,
        contactId,
        direction: invitation.direction,
        channel: "LINKEDIN",
        message: invitation.message,
        // Pending: LinkedIn's Invitations.csv lists only invitations nobody has answered yet.
        status: outgoing ? "SENT" : accepted ? "ACCEPTED" : "NEW",
        respondedAt: accepted ? acceptedAt(this.connected.get(contactId) ?? null, invitation.sentAt) : null,
        sentAt: invitation.sentAt,
        score: assessment?.score ?? 0,
        // A received invitation keeps how personal it was ("default", "greeting_only", "customized").
        flags: assessment ? assessment.findings.map((finding) => finding.code) : [classifyReceived(invitation.message, this.context.ownerFirstName)],
        importId: batchId,
        // updatedAt as createdAt: an undo reads any later write (an answer) as the user's (lib/imports/undo.ts).
        createdAt: now,
        updatedAt: now,
      });
      const kind: ActivityKind = outgoing ? "INVITE_SENT" : "IMPORTED";
      const body = outgoing ? invitation.message || "Sent without a note." : `Sent you an invitation on LinkedIn${invitation.message ? `:\n${invitation.message}` : "."}`;
      activities.push({ id: newId(), ownerId, contactId, kind, occurredAt: invitation.sentAt, body, importId: batchId });
    });

    if (!this.writing) return;
    await insertContacts(this.db, creates);
    if (invitations.length > 0) await this.db.invitation.createMany({ data: invitations });
    await insertActivities(this.db, activities);
  }

  /** Keys of what is already stored for these contacts at these times: contact|direction|time, or contact|time|digest of the body. */
  private async existingKeys(kind: "invitation" | "message", contactIds: string[], times: Date[]): Promise<Set<string>> {
    const keys = new Set<string>();
    const ids = [...new Set(contactIds)].filter((id) => !id.startsWith("preview-"));
    if (ids.length === 0) return keys;
    const where = { ownerId: this.context.ownerId, contactId: { in: ids } };
    if (kind === "invitation") {
      const rows = await this.db.invitation.findMany({ where: { ...where, sentAt: { in: times } }, select: { contactId: true, direction: true, sentAt: true } });
      for (const row of rows) keys.add(`${row.contactId}|${row.direction}|${row.sentAt?.toISOString()}`);
    } else {
      const rows = await this.db.activity.findMany({ where: { ...where, kind: "MESSAGE", occurredAt: { in: times } }, select: { contactId: true, occurredAt: true, body: true } });
      for (const row of rows) keys.add(messageKey(row.contactId, row.occurredAt, row.body ?? ""));
    }
    return keys;
  }

  private async flushMessages(): Promise<void> {
    if (this.messages.length === 0) return;
    const chunk = this.messages;
    this.messages = [];
    const { ownerId, batchId } = this.context;
    // Every profile on a message is a candidate: the user's own URL is not in the export, so it simply matches no one.
    const candidates = chunk.flatMap((message) => message.linkedinUrls.map((linkedinUrl) => ({ linkedinUrl, firstName: "", lastName: "" })));
    await this.resolve(candidates);
    const matched = chunk.map((message) => [...new Set(message.linkedinUrls.map((url) => this.byUrl.get(url)).filter((id): id is string => Boolean(id)))]);
    const known = await this.existingKeys("message", matched.flat(), chunk.map((message) => message.sentAt));
    const activities: ActivityRow[] = [];
    chunk.forEach((message, index) => {
      const contactIds = matched[index]!;
      if (contactIds.length === 0) {
        this.skip("a message with someone not in your contacts");
        return;
      }
      const body = message.from ? `${message.from}: ${message.body}` : message.body;
      let added = false;
      for (const contactId of contactIds) {
        const key = messageKey(contactId, message.sentAt, body);
        if (known.has(key) || this.messageKeys.has(key)) continue;
        this.messageKeys.add(key);
        activities.push({ id: newId(), ownerId, contactId, kind: "MESSAGE", occurredAt: message.sentAt, body, importId: batchId });
        added = true;
      }
      if (added) this.counts.messages += 1;
      else this.skip("a message already recorded");
    });
    if (this.writing) await insertActivities(this.db, activities);
  }
}
