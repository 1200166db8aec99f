// Reads for the export page and the downloads, every one scoped by its owner. The downloads page
// through rows by id (a few hundred at a time) and hand back text chunks, so a large account is
// streamed rather than loaded at once; each download reads from one snapshot (a repeatable-read
// transaction, held for at most a minute), so a backup taken while the user edits still has every reference it names.
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
  const [imports, contacts, events, encounters, invitations, templates, activities, followUps, thankYouDrafts] = await Promise.all([
    client.importBatch.count({ where }),
    client.contact.count({ where }),
    client.event.count({ where }),
    client.encounter.count({ where }),
    client.invitation.count({ where }),
    client.template.count({ where }),
    client.activity.count({ where }),
    client.followUp.count({ where }),
    client.thankYouDraft.count({ where }),
  ]);
  return { imports, contacts, events, encounters, invitations, templates, activities, followUps, thankYouDrafts };
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
  thankYouDrafts: { id: true, contactId: true, message: true, createdAt: true, updatedAt: true } satisfies SelectOf<Backup["thankYouDrafts"][number]>,
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
    case "thankYouDrafts":
      return pagesById((after) => client.thankYouDraft.findMany({ ...where(after), select: BACKUP_SELECTS.thankYouDrafts }));
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

/** The longest a download may hold its snapshot, and with it a database connection. */
export const EXPORT_SNAPSHOT_LIMIT_MS = 60_000;

/**
 * The longest a download may take in all. Past the snapshot only what is buffered (at most EXPORT_BUFFER_BYTES and a
 * page) is left to send, so this is generous; it makes sure that a download nobody reads (a stalled client, a HEAD
 * request whose body is dropped) still ends, and gives back its memory and its user's place.
 */
export const EXPORT_DOWNLOAD_LIMIT_MS = 5 * 60_000;

/**
 * Text a download may hold in memory ahead of its reader. Most accounts fit, so their snapshot ends (and its
 * connection returns to the pool) at once, however slowly the browser reads; a larger one waits for the reader.
 */
export const EXPORT_BUFFER_BYTES = 2 * 1024 * 1024;

/** A download stopped at one of its time limits; the message is for the server's log (the browser shows a failed download). */
export class ExportTimeLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportTimeLimitError";
  }
}

const duration = (ms: number) => {
  const [count, unit] = ms % 60_000 === 0 ? [ms / 60_000, "minute"] : [ms / 1000, "second"];
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
};

export type SnapshotOptions = {
  /** How long the snapshot may stay open; past it the download fails with ExportTimeLimitError. */
  snapshotLimitMs?: number;
  /** How long the whole download may take; past it the download fails with ExportTimeLimitError. */
  downloadLimitMs?: number;
  /** Called once, when the snapshot's transaction has ended and its connection is back in the pool. */
  onSnapshotEnd?: () => void;
  /** Called once, when the download ends: read to its end, cancelled by the reader, failed or out of time. */
  onEnd?: () => void;
};

/**
 * Runs a chunk producer inside one repeatable-read snapshot and streams its text as UTF-8. The snapshot lasts at most
 * snapshotLimitMs and the download downloadLimitMs, so a reader that stops reading holds neither a connection nor
 * memory for longer than that.
 */
export function snapshotStream(
  produce: (client: Client) => AsyncIterable<string>,
  { snapshotLimitMs = EXPORT_SNAPSHOT_LIMIT_MS, downloadLimitMs = EXPORT_DOWNLOAD_LIMIT_MS, onSnapshotEnd, onEnd }: SnapshotOptions = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let wake: (() => void) | undefined;
  let cancelled = false;
  let expired = false;
  let produced = false;
  let ended = false;
  let downloadTimer: NodeJS.Timeout | undefined;
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(downloadTimer);
    onEnd?.();
  };
  // Closed only once the reader has taken the last chunk, so that onEnd marks the end of the download itself.
  const closeWhenDrained = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    if (!produced || ended || controller.desiredSize !== EXPORT_BUFFER_BYTES) return;
    controller.close();
    end();
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const snapshotTimer = setTimeout(() => {
          expired = true;
          wake?.();
        }, snapshotLimitMs);
        downloadTimer = setTimeout(() => {
          const error = new ExportTimeLimitError(
            `The export stopped after ${duration(downloadLimitMs)}, the longest a download may take, because it was read too slowly; the file is incomplete. Download it again.`,
          );
          console.warn(error.message);
          expired = true;
          wake?.();
          if (!cancelled) controller.error(error);
          end();
        }, downloadLimitMs);
        void db
          .$transaction(
            async (client) => {
              for await (const chunk of produce(client)) {
                if (cancelled || ended) return;
                controller.enqueue(encoder.encode(chunk));
                // Backpressure: wait for the reader before reading the next page from the database.
                while (!cancelled && !expired && (controller.desiredSize ?? 1) <= 0) await new Promise<void>((resolve) => (wake = resolve));
                if (expired && !cancelled && !ended) {
                  throw new ExportTimeLimitError(
                    `The export stopped after ${duration(snapshotLimitMs)}, the longest one may keep the database busy, because the download was read too slowly; the file is incomplete. Download it again.`,
                  );
                }
                if (ended) return;
              }
            },
            // Prisma's own timeout is the backstop for a query that hangs past our limit: it rolls the snapshot back.
            { isolationLevel: "RepeatableRead", maxWait: 10_000, timeout: snapshotLimitMs + 5_000 },
          )
          .then(
            () => {
              produced = true;
              if (!cancelled) closeWhenDrained(controller);
            },
            (error: unknown) => {
              if (error instanceof ExportTimeLimitError) console.warn(error.message);
              else console.error("Export failed", error);
              if (!cancelled && !ended) controller.error(error);
              end();
            },
          )
          .finally(() => {
            clearTimeout(snapshotTimer);
            onSnapshotEnd?.();
          });
      },
      pull(controller) {
        wake?.();
        closeWhenDrained(controller);
      },
      cancel() {
        cancelled = true;
        wake?.();
        end();
      },
    },
    { highWaterMark: EXPORT_BUFFER_BYTES, size: (chunk) => chunk.byteLength },
  );
}

/** Reads a whole stream as text: what a download's recipient gets, for tests and the restore round trip. */
export async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
