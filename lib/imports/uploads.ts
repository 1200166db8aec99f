// Uploaded files wait between the import's preview and its confirm in PostgreSQL: a PendingUpload row owned by the
// user who sent it, under a random token, with the file's bytes in PendingUploadChunk rows of about 1 MB. Any instance
// of Rapport can therefore preview or confirm an upload another one received, and deleting the account removes them
// (ON DELETE CASCADE). The confirm imports exactly the bytes that were previewed, without sending 20 MB again, and
// nothing the browser says about the file is trusted: the token only names a file, which is read and checked again.
//
// What waits is bounded, counted in PostgreSQL so that every instance counts the same: a few uploads per user (a new
// one removes that user's oldest), as many on their way up at once, and a quota for everyone together. Each decision
// runs in one transaction holding one advisory lock, so two instances cannot both take the last place or room.
//
// The readers need a file (a zip is read from its end): a preview or an import copies the bytes, one chunk at a
// time, to a folder made for it alone with mkdtemp (mode 0700, a name nobody can guess, never a fixed path another
// account could have made beforehand), and removes it when done.
import "server-only";
import { randomBytes } from "node:crypto";
import { lstat, mkdir, mkdtemp, open, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_MB,
  MAX_PENDING_UPLOADS_PER_USER,
  UPLOAD_IDLE_MINUTES,
  UPLOAD_KEEP_HOURS,
  UPLOAD_QUOTA_BYTES,
  UPLOAD_QUOTA_MB,
} from "@/lib/imports/limits";
import { ImportRefusal } from "@/lib/imports/refusal";
import type { ImportFile } from "@/lib/imports/run";
import { uploadToken } from "@/lib/imports/schema";

/** Bytes per chunk row: large enough that 20 MB is 20 rows, small enough that one in memory costs nothing. */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;
/** A slow upload writes what it has at least this often, so that its `touchedAt` shows it is still arriving. */
const FLUSH_EVERY_MS = 30_000;
const FOLDER_PREFIX = "rapport-imports-";
const KEEP_MS = UPLOAD_KEEP_HOURS * 3600 * 1000;

/** An upload refused before it is read, with the HTTP status the upload route answers. */
export class UploadRefusal extends ImportRefusal {
  constructor(
    message: string,
    readonly status: 400 | 413 | 429 | 507,
  ) {
    super(message);
  }
}

export type WaitingUpload = { token: string; name: string; bytes: number };

/** A file name as the user sees it, without folders or control characters. */
export function cleanFileName(raw: string): string {
  const name = path.basename(raw.replaceAll("\\", "/")).replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return name.slice(0, 200) || "upload";
}

function tooLarge(fileName: string): UploadRefusal {
  return new UploadRefusal(`${fileName} is larger than ${MAX_IMPORT_MB} MB, the most Rapport imports at once.`, 413);
}

const KEEP = `${UPLOAD_KEEP_HOURS} hours`;
const IDLE = `${UPLOAD_IDLE_MINUTES} minutes`;

/**
 * Every decision about what may wait (admitting an upload, keeping a user's newest) holds this lock until its
 * transaction ends, on whichever instance it runs: the checks and the writes they allow cannot interleave.
 */
async function lockUploads(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('rapport:imports:uploads'), 0)::text`;
}

/**
 * Removes what no longer waits: uploads nobody confirmed within UPLOAD_KEEP_HOURS, and uploads still arriving that
 * have written nothing for UPLOAD_IDLE_MINUTES (their request stalled, or the instance receiving them stopped).
 */
async function removeExpired(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "PendingUpload"
    WHERE ("readyAt" IS NULL AND "touchedAt" < now() - ${IDLE}::interval) OR "readyAt" < now() - ${KEEP}::interval`;
}

/** Takes a place among the owner's uploads arriving and room under the quota, or refuses (429, 507). */
async function admit(ownerId: string, token: string, fileName: string, reservation: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockUploads(tx);
    await removeExpired(tx);
    const [usage] = await tx.$queryRaw<{ arriving: number; stored: bigint }[]>`
      SELECT count(*) FILTER (WHERE "ownerId" = ${ownerId} AND "readyAt" IS NULL)::int AS arriving, COALESCE(sum(bytes), 0)::bigint AS stored
      FROM "PendingUpload"`;
    const arriving = usage?.arriving ?? 0;
    if (arriving >= MAX_PENDING_UPLOADS_PER_USER) {
      throw new UploadRefusal(`You are already uploading ${arriving} files. Wait until they have been read, then try again.`, 429);
    }
    if (Number(usage?.stored ?? 0) + reservation > UPLOAD_QUOTA_BYTES) {
      throw new UploadRefusal(
        `Rapport has no room for another upload right now: files waiting to be imported take up its ${UPLOAD_QUOTA_MB} MB. Try again later (an upload nobody imports is removed after ${UPLOAD_KEEP_HOURS} hours).`,
        507,
      );
    }
    await tx.pendingUpload.create({ data: { id: token, ownerId, fileName, bytes: BigInt(reservation) }, select: { id: true } });
  });
}

/**
 * Writes one chunk of an upload still arriving and shows it is alive; false when it was given up (or its owner
 * deleted). Through the model, not $executeRaw: Prisma keeps a raw query's parameters after it ran (a 20 MB upload
 * left 50 MB on the heap), a model write's bytes it lets go.
 */
async function writeChunk(token: string, index: number, data: Uint8Array<ArrayBuffer>): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.pendingUpload.updateMany({ where: { id: token, readyAt: null }, data: { touchedAt: new Date() } });
    if (count !== 1) return false;
    await tx.pendingUploadChunk.create({ data: { uploadId: token, index, data }, select: { index: true } });
    return true;
  });
}

/** Marks the upload arrived and removes the owner's oldest beyond MAX_PENDING_UPLOADS_PER_USER; false when it was given up. */
async function markReady(ownerId: string, token: string, bytes: number, chunkCount: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await lockUploads(tx);
    // clock_timestamp(), under the lock: strictly later than any upload marked ready before, so "oldest" is well defined.
    const updated = await tx.$executeRaw`
      UPDATE "PendingUpload" SET "readyAt" = clock_timestamp(), bytes = ${BigInt(bytes)}, "chunkCount" = ${chunkCount}
      WHERE id = ${token} AND "ownerId" = ${ownerId} AND "readyAt" IS NULL`;
    if (updated !== 1) return false;
    await tx.$executeRaw`
      DELETE FROM "PendingUpload" WHERE id IN (
        SELECT id FROM "PendingUpload" WHERE "ownerId" = ${ownerId} AND "readyAt" IS NOT NULL
        ORDER BY "readyAt" DESC, id DESC OFFSET ${MAX_PENDING_UPLOADS_PER_USER})`;
    return true;
  });
}

/**
 * Streams the request body into PostgreSQL, refusing it past the size limit, and returns the token for the preview and
 * confirm. Throws UploadRefusal: too large (413), cut short or given up (400), the user already sending as many as
 * they may keep (429), or no room left under the quota (507). Keeping it removes the user's oldest uploads beyond the
 * limit. At most one chunk (about 1 MB) of the file is in memory at a time.
 */
export async function saveUpload(ownerId: string, rawName: string, body: ReadableStream<Uint8Array>, expectedBytes?: number): Promise<WaitingUpload> {
  const fileName = cleanFileName(rawName);
  const expected = expectedBytes !== undefined && Number.isFinite(expectedBytes) ? expectedBytes : undefined;
  if (expected !== undefined && expected > MAX_IMPORT_BYTES) throw tooLarge(fileName);
  // Without a length, the body may be as large as any upload: that much is set aside until it has arrived.
  const reservation = expected ?? MAX_IMPORT_BYTES;
  const token = randomBytes(16).toString("hex");
  await admit(ownerId, token, fileName, reservation);

  const givenUp = () =>
    new UploadRefusal(`${fileName} arrived too slowly (nothing for ${UPLOAD_IDLE_MINUTES} minutes) and was given up. Try again.`, 400);
  let ready = false;
  try {
    let bytes = 0;
    let chunks = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let flushedAt = Date.now();
    const flush = async () => {
      if (pendingBytes === 0) return;
      const data = new Uint8Array(pendingBytes);
      let offset = 0;
      for (const piece of pending) {
        data.set(piece, offset);
        offset += piece.length;
      }
      pending = [];
      pendingBytes = 0;
      flushedAt = Date.now();
      if (!(await writeChunk(token, chunks, data))) throw givenUp();
      chunks += 1;
    };
    for await (const piece of Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>) as AsyncIterable<Buffer>) {
      bytes += piece.length;
      if (bytes > MAX_IMPORT_BYTES) throw tooLarge(fileName);
      if (bytes > reservation) throw new UploadRefusal(`More of ${fileName} arrived than its announced ${reservation.toLocaleString("en")} bytes. Try again.`, 400);
      pending.push(piece);
      pendingBytes += piece.length;
      if (pendingBytes >= UPLOAD_CHUNK_BYTES || Date.now() - flushedAt >= FLUSH_EVERY_MS) await flush();
    }
    await flush();
    // A body cut short (a proxy that buffers only part of it, a dropped connection) must not import half a file.
    if (expected !== undefined && bytes !== expected) {
      throw new UploadRefusal(`Only part of ${fileName} arrived (${bytes.toLocaleString("en")} of ${expected.toLocaleString("en")} bytes). Try again.`, 400);
    }
    if (!(await markReady(ownerId, token, bytes, chunks))) throw givenUp();
    ready = true;
    return { token, name: fileName, bytes };
  } finally {
    if (!ready) await db.pendingUpload.deleteMany({ where: { id: token, ownerId } }).catch((error: unknown) => console.error("Removing a refused upload failed", error));
  }
}

/** The owner's waiting upload for this token, or null when it is someone else's, expired, still arriving or gone. */
export async function findUpload(ownerId: string, token: string): Promise<WaitingUpload | null> {
  if (!uploadToken.safeParse(token).success) return null;
  const [row] = await db.$queryRaw<{ fileName: string; bytes: bigint }[]>`
    SELECT "fileName", bytes FROM "PendingUpload"
    WHERE id = ${token} AND "ownerId" = ${ownerId} AND "readyAt" >= now() - ${KEEP}::interval`;
  return row ? { token, name: row.fileName, bytes: Number(row.bytes) } : null;
}

let abandonedSweptAt = 0;

/**
 * Folders of earlier copies whose process stopped before removing them, untouched for longer than an upload is kept.
 * Only our own account's, and never through a link. At most once an hour per process.
 */
async function removeAbandonedFolders(parent: string): Promise<void> {
  const now = Date.now();
  if (now - abandonedSweptAt < 3600 * 1000) return;
  abandonedSweptAt = now;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const folder = path.join(parent, name);
    const info = await lstat(folder).catch(() => null);
    if (!info?.isDirectory() || info.uid !== (process.getuid?.() ?? info.uid)) continue;
    if (now - info.mtimeMs > KEEP_MS) await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Copies the owner's waiting upload to a private file, one chunk at a time, and runs `work` on it; the copy is
 * removed afterwards. Null (and `work` not run) when the upload is not theirs, expired, or removed while being copied.
 */
export async function withUploadFile<T>(ownerId: string, token: string, work: (file: ImportFile) => Promise<T>): Promise<T | null> {
  const upload = await findUpload(ownerId, token);
  if (!upload) return null;
  const [{ chunkCount } = { chunkCount: 0 }] = await db.$queryRaw<{ chunkCount: number }[]>`SELECT "chunkCount" FROM "PendingUpload" WHERE id = ${token} AND "ownerId" = ${ownerId}`;
  const parent = process.env.RAPPORT_IMPORT_DIR || tmpdir();
  await mkdir(parent, { recursive: true });
  await removeAbandonedFolders(parent);
  // mkdtemp makes a new folder with mode 0700 under a random name, or fails: it never reuses one that exists.
  const folder = await mkdtemp(path.join(parent, FOLDER_PREFIX));
  try {
    const filePath = path.join(folder, `${token}.upload`);
    const handle = await open(/*turbopackIgnore: true*/ filePath, "wx", 0o600);
    let copied = 0;
    try {
      for (let index = 0; index < chunkCount; index++) {
        // One chunk per query: the file is never in memory whole. Its owner is checked again, with every chunk.
        const [chunk] = await db.$queryRaw<{ data: Uint8Array }[]>`
          SELECT c.data FROM "PendingUploadChunk" c JOIN "PendingUpload" u ON u.id = c."uploadId"
          WHERE c."uploadId" = ${token} AND c."index" = ${index} AND u."ownerId" = ${ownerId}`;
        if (!chunk) return null;
        await handle.write(chunk.data);
        copied += chunk.data.length;
      }
    } finally {
      await handle.close();
    }
    // Removed (and perhaps its token's row deleted) while it was being copied: no half file is ever read.
    if (copied !== upload.bytes) return null;
    return await work({ path: filePath, name: upload.name });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export const UPLOAD_EXPIRED_MESSAGE = "This upload has expired or was already imported. Choose the file again.";

/**
 * Inside the import's transaction: takes the owner's waiting upload out of the waiting ones, or refuses when it is not
 * there (already imported by a confirm on any instance, expired, replaced by newer ones). The row stays locked until
 * the import commits, so a second confirm of the same token waits and then finds nothing; if the import fails, the
 * upload is still there to confirm again.
 */
export async function claimUpload(tx: Prisma.TransactionClient, ownerId: string, token: string): Promise<void> {
  const claimed = await tx.$executeRaw`
    DELETE FROM "PendingUpload" WHERE id = ${token} AND "ownerId" = ${ownerId} AND "readyAt" >= now() - ${KEEP}::interval`;
  if (claimed !== 1) throw new ImportRefusal(UPLOAD_EXPIRED_MESSAGE);
}

export async function removeUpload(ownerId: string, token: string): Promise<void> {
  if (!uploadToken.safeParse(token).success) return;
  await db.pendingUpload.deleteMany({ where: { id: token, ownerId } });
}
