// Reads for the export page and the downloads, every one scoped by its owner. The downloads page
// through rows by id (a few hundred at a time) and hand back text chunks, so a large account is
// streamed rather than loaded at once; each download reads from one snapshot (a repeatable-read
// transaction), so a backup taken while the user edits still has every reference it names.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDayString } from "@/lib/dates/calendar";
import { BACKUP_FORMAT, BACKUP_SECTIONS, BACKUP_VERSION, type Backup, type BackupSection } from "@/lib/exports/backup-format";
import { contactsCsvHeader, contactsCsvRows, type CsvContact } from "@/lib/exports/contacts-csv";
import { contactVCard, type VCardContact } from "@/lib/exports/vcard";
import { CONTACT_FIELDS_SELECT } from "@/lib/contacts/schema";

type Client = Prisma.TransactionClient;

export const EXPORT_PAGE_SIZE = 500;

export type AccountCounts = Record<BackupSection, number>;

/** How many rows of each kind the account holds: the page shows them, and restore needs them all at zero. */
export async function getAccountCounts(ownerId: string, client: Client = db): Promise<AccountCounts> {
  const where = { ownerId };
  const [imports, contacts, events, encounters, invitations, templates, activities, followUps] = await Promise.all([
    client.importBatch.count({ where }),
    client.contact.count({ where }),
    client.event.count({ where }),
    client.encounter.count({ where }),
    client.invitation.count({ where }),
    client.template.count({ where }),
    client.activity.count({ where }),
    client.followUp.count({ where }),
  ]);
  return { imports, contacts, events, encounters, invitations, templates, activities, followUps };
}

/** One contact for its vCard, or null when it is not this owner's. */
export async function getContactForVCard(ownerId: string, contactId: string): Promise<VCardContact | null> {
  return db.contact.findFirst({ where: { id: contactId, ownerId }, select: VCARD_SELECT });
}

/** Yields the rows a fetch returns, page by page in id order, until a page comes back short. */
async function* pagesById<Row extends { id: string }>(fetchPage: (after: { id: { gt: string } } | object) => Promise<Row[]>): AsyncGenerator<Row[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await fetchPage(after === undefined ? {} : { id: { gt: after } });
    if (rows.length > 0) yield rows;
    if (rows.length < EXPORT_PAGE_SIZE) return;
    after = rows.at(-1)!.id;
  }
}

const page = { orderBy: { id: "asc" }, take: EXPORT_PAGE_SIZE } as const;

const CSV_SELECT = {
  id: true,
  ...CONTACT_FIELDS_SELECT,
  stage: true,
  stageChangedAt: true,
  nextFollowUpOn: true,
  followUpNote: true,
  lastInteractionAt: true,
  connectedAt: true,
  stayInTouchWeeks: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies { [K in keyof CsvContact]: true };

const VCARD_SELECT = {
  id: true,
  ...CONTACT_FIELDS_SELECT,
  updatedAt: true,
} satisfies { [K in keyof VCardContact]: true };

/** The contacts as CSV text: a header, then a chunk per page of contacts. */
export async function* contactsCsvChunks(client: Client, ownerId: string): AsyncGenerator<string> {
  yield contactsCsvHeader();
  for await (const rows of pagesById((after) => client.contact.findMany({ where: { ownerId, ...after }, select: CSV_SELECT, ...page }))) {
    yield contactsCsvRows(rows);
  }
}

/** Every contact as one vCard file (vCards simply follow each other). */
export async function* contactsVCardChunks(client: Client, ownerId: string): AsyncGenerator<string> {
  for await (const rows of pagesById((after) => client.contact.findMany({ where: { ownerId, ...after }, select: VCARD_SELECT, ...page }))) {
    yield rows.map(contactVCard).join("");
  }
}

// Each section's columns: exactly the fields of its backup row (the `satisfies` makes a field added to
// the format and forgotten here a type error). Search columns are left out: triggers rebuild them.
type SelectOf<Row> = { [K in keyof Row]: true };
const BACKUP_SELECTS = {
  imports: {
    id: true,
    source: true,
    fileName: true,
    createdCount: true,
    updatedCount: true,
    skippedCount: true,
    invalidCount: true,
    undoneAt: true,
    createdAt: true,
  } satisfies SelectOf<Backup["imports"][number]>,
  contacts: { ...CSV_SELECT, version: true, importId: true } satisfies SelectOf<Backup["contacts"][number]>,
  events: { id: true, name: true, startsOn: true, location: true, url: true, notes: true, createdAt: true, updatedAt: true } satisfies SelectOf<
    Backup["events"][number]
  >,
  encounters: {
    id: true,
    contactId: true,
    eventId: true,
    kind: true,
    metOn: true,
    where: true,
    throughContactId: true,
    context: true,
    topic: true,
    theyCanHelpWith: true,
    iCanHelpWith: true,
    createdAt: true,
    updatedAt: true,
  } satisfies SelectOf<Backup["encounters"][number]>,
  invitations: {
    id: true,
    contactId: true,
    direction: true,
    channel: true,
    message: true,
    relationshipClaim: true,
    status: true,
    draftFor: true,
    sentAt: true,
    respondedAt: true,
    score: true,
    flags: true,
    importId: true,
    createdAt: true,
    updatedAt: true,
  } satisfies SelectOf<Backup["invitations"][number]>,
  templates: { id: true, kind: true, name: true, body: true, createdAt: true, updatedAt: true } satisfies SelectOf<Backup["templates"][number]>,
  activities: { id: true, contactId: true, kind: true, occurredAt: true, body: true, importId: true, createdAt: true } satisfies SelectOf<
    Backup["activities"][number]
  >,
  followUps: { id: true, contactId: true, dueOn: true, note: true, doneAt: true, fromCadence: true, createdAt: true, updatedAt: true } satisfies SelectOf<
    Backup["followUps"][number]
  >,
};

/** The @db.Date columns: written as "YYYY-MM-DD" rather than as midnight UTC timestamps. */
const DAY_FIELDS: Partial<Record<BackupSection, string[]>> = {
  contacts: ["nextFollowUpOn"],
  events: ["startsOn"],
  encounters: ["metOn"],
  followUps: ["dueOn"],
};

function sectionPages(client: Client, ownerId: string, section: BackupSection): AsyncGenerator<{ id: string }[]> {
  const where = (after: object) => ({ where: { ownerId, ...after }, ...page });
  switch (section) {
    case "imports":
      return pagesById((after) => client.importBatch.findMany({ ...where(after), select: BACKUP_SELECTS.imports }));
    case "contacts":
      return pagesById((after) => client.contact.findMany({ ...where(after), select: BACKUP_SELECTS.contacts }));
    case "events":
      return pagesById((after) => client.event.findMany({ ...where(after), select: BACKUP_SELECTS.events }));
    case "encounters":
      return pagesById((after) => client.encounter.findMany({ ...where(after), select: BACKUP_SELECTS.encounters }));
    case "invitations":
      return pagesById((after) => client.invitation.findMany({ ...where(after), select: BACKUP_SELECTS.invitations }));
    case "templates":
      return pagesById((after) => client.template.findMany({ ...where(after), select: BACKUP_SELECTS.templates }));
    case "activities":
      return pagesById((after) => client.activity.findMany({ ...where(after), select: BACKUP_SELECTS.activities }));
    case "followUps":
      return pagesById((after) => client.followUp.findMany({ ...where(after), select: BACKUP_SELECTS.followUps }));
  }
}

/**
 * The full backup as JSON text, one row per line: the header fields, then each section in
 * BACKUP_SECTIONS order. Timestamps are written by JSON.stringify (ISO 8601, UTC); days as "YYYY-MM-DD".
 */
export async function* backupChunks(client: Client, ownerId: string, now: Date = new Date()): AsyncGenerator<string> {
  const user = await client.user.findUniqueOrThrow({ where: { id: ownerId }, select: { name: true, inviteNoteLimit: true, timezone: true } });
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},\n"user":${JSON.stringify(user)}`;
  for (const section of BACKUP_SECTIONS) {
    const days = DAY_FIELDS[section] ?? [];
    let first = true;
    yield `,\n${JSON.stringify(section)}:[`;
    for await (const rows of sectionPages(client, ownerId, section)) {
      const lines = rows.map((row) => {
        const record: Record<string, unknown> = { ...row };
        for (const field of days) {
          const value = record[field];
          if (value instanceof Date) record[field] = toDayString(value);
        }
        return JSON.stringify(record);
      });
      yield `${first ? "" : ","}\n${lines.join(",\n")}`;
      first = false;
    }
    yield first ? "]" : "\n]";
  }
  yield "\n}\n";
}

/** Runs a chunk producer inside one repeatable-read snapshot and streams its text as UTF-8. */
export function snapshotStream(produce: (client: Client) => AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let wake: (() => void) | undefined;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        void db
          .$transaction(
            async (client) => {
              for await (const chunk of produce(client)) {
                if (cancelled) return;
                controller.enqueue(encoder.encode(chunk));
                // Backpressure: wait for the reader before reading the next page from the database.
                while (!cancelled && (controller.desiredSize ?? 1) <= 0) await new Promise<void>((resolve) => (wake = resolve));
              }
            },
            { isolationLevel: "RepeatableRead", maxWait: 10_000, timeout: 10 * 60_000 },
          )
          .then(
            () => {
              if (!cancelled) controller.close();
            },
            (error: unknown) => {
              console.error("Export failed", error);
              if (!cancelled) controller.error(error);
            },
          );
      },
      pull() {
        wake?.();
      },
      cancel() {
        cancelled = true;
        wake?.();
      },
    },
    { highWaterMark: 8 },
  );
}

/** Reads a whole stream as text: what a download's recipient gets, for tests and the restore round trip. */
export async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
