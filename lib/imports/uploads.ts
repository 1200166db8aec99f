// Uploaded files wait on the server between the preview and the confirm, under a random token and owned by the
// user who sent them. The confirm imports exactly the bytes that were previewed, without sending 20 MB again, and
// nothing the browser says about the file is trusted: the token only names a file, which is read and checked again.
//
// They wait in a folder this process creates for itself with mkdtemp (mode 0700, a name nobody can guess), never in
// a fixed path: a /tmp/rapport-imports made beforehand by another account, or left open to everyone, would let it
// read or swap the files. What waits there is bounded: a few uploads per user (a new one removes that user's oldest)
// and a quota for everyone together, so that looping uploads cannot fill the disk.
import "server-only";
import { randomBytes } from "node:crypto";
import { createWriteStream, rmSync } from "node:fs";
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB, MAX_PENDING_UPLOADS_PER_USER, UPLOAD_KEEP_HOURS, UPLOAD_QUOTA_BYTES, UPLOAD_QUOTA_MB } from "@/lib/imports/limits";
import { ImportRefusal } from "@/lib/imports/refusal";
import type { ImportFile } from "@/lib/imports/run";
import { uploadToken } from "@/lib/imports/schema";

const KEEP_MS = UPLOAD_KEEP_HOURS * 3600 * 1000;
const FOLDER_PREFIX = "rapport-imports-";

/** An upload refused before it is read, with the HTTP status the upload route answers. */
export class UploadRefusal extends ImportRefusal {
  constructor(
    message: string,
    readonly status: 400 | 413 | 429 | 507,
  ) {
    super(message);
  }
}

type UploadMeta = { ownerId: string; fileName: string; createdAt: number };

type UploadState = {
  /** This process's private folder, made on first use. */
  directory: Promise<string> | null;
  /** Bytes promised to uploads still arriving: counted against the quota before they are on disk. */
  reserved: number;
  /** Uploads arriving now, per user. */
  arriving: Map<string, number>;
  /** Checks of the quota run one at a time, so two uploads cannot both take the last free space. */
  queue: Promise<unknown>;
  lastCreatedAt: number;
};

// One state per process, on globalThis: Next may load this module once per bundle layer (the upload route and the
// import actions), and both must see the same folder.
const STATE = Symbol.for("rapport.imports.uploads");
function state(): UploadState {
  const holder = globalThis as typeof globalThis & { [STATE]?: UploadState };
  return (holder[STATE] ??= { directory: null, reserved: 0, arriving: new Map(), queue: Promise.resolve(), lastCreatedAt: 0 });
}

function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const current = state();
  const run = current.queue.then(work);
  current.queue = run.catch(() => undefined);
  return run;
}

/** A folder of ours, still there, that only we can enter (Windows has no owner and mode bits to compare). */
async function isPrivateFolder(folder: string): Promise<boolean> {
  const info = await lstat(folder).catch(() => null);
  if (!info?.isDirectory()) return false;
  const uid = process.getuid?.();
  return uid === undefined || (info.uid === uid && (info.mode & 0o077) === 0);
}

/**
 * Folders of earlier processes (stopped without cleaning up) untouched for longer than an upload is kept: every
 * upload in them has expired. Only our own account's, and never through a link.
 */
async function removeAbandonedFolders(parent: string, now: number): Promise<void> {
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const folder = path.join(parent, name);
    const info = await lstat(folder).catch(() => null);
    if (!info?.isDirectory() || info.uid !== (process.getuid?.() ?? info.uid)) continue;
    if (now - info.mtimeMs > KEEP_MS) await rm(folder, { recursive: true, force: true });
  }
}

async function createFolder(): Promise<string> {
  const parent = process.env.RAPPORT_IMPORT_DIR || tmpdir();
  await mkdir(parent, { recursive: true });
  await removeAbandonedFolders(parent, Date.now());
  // mkdtemp makes a new folder with mode 0700 under a random name, or fails: it never reuses one that exists.
  const folder = await mkdtemp(path.join(parent, FOLDER_PREFIX));
  process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** This process's upload folder; made again if it is gone (another process removes a folder idle for hours). */
async function uploadFolder(): Promise<string> {
  const current = state();
  for (let attempt = 0; attempt < 2; attempt++) {
    const folder = await (current.directory ??= createFolder().catch((error: unknown) => {
      current.directory = null;
      throw error;
    }));
    if (await isPrivateFolder(folder)) return folder;
    current.directory = null;
  }
  throw new Error("The folder for uploads was removed or opened to others as soon as it was made.");
}

function paths(folder: string, token: string) {
  return { data: path.join(folder, `${token}.upload`), meta: path.join(folder, `${token}.json`) };
}

/**
 * Removes expired uploads; returns the bytes of the uploads that stay. A file still arriving has no .json yet and
 * is left out: its reservation counts for it.
 */
async function sweep(folder: string, now: number): Promise<number> {
  const names = new Set(await readdir(folder).catch(() => [] as string[]));
  let bytes = 0;
  for (const name of names) {
    const file = path.join(folder, name);
    const info = await stat(file).catch(() => null);
    if (!info) continue;
    if (now - info.mtimeMs > KEEP_MS) await rm(file, { force: true });
    else if (name.endsWith(".json") || names.has(name.replace(/\.upload$/, ".json"))) bytes += info.size;
  }
  return bytes;
}

async function readMeta(file: string): Promise<UploadMeta | null> {
  try {
    return JSON.parse(await readFile(/*turbopackIgnore: true*/ file, "utf8")) as UploadMeta;
  } catch {
    return null;
  }
}

/** Keeps the owner's newest uploads, up to the limit; older ones are removed (their preview then says it expired). */
async function keepNewest(folder: string, ownerId: string): Promise<void> {
  const owned: { token: string; createdAt: number }[] = [];
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (!name.endsWith(".json")) continue;
    const meta = await readMeta(path.join(folder, name));
    if (meta?.ownerId === ownerId) owned.push({ token: name.slice(0, -".json".length), createdAt: meta.createdAt });
  }
  owned.sort((a, b) => b.createdAt - a.createdAt);
  for (const { token } of owned.slice(MAX_PENDING_UPLOADS_PER_USER)) {
    const { data, meta } = paths(folder, token);
    await rm(data, { force: true });
    await rm(meta, { force: true });
  }
}

/** A file name as the user sees it, without folders or control characters. */
export function cleanFileName(raw: string): string {
  const name = path.basename(raw.replaceAll("\\", "/")).replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return name.slice(0, 200) || "upload";
}

function tooLarge(fileName: string): UploadRefusal {
  return new UploadRefusal(`${fileName} is larger than ${MAX_IMPORT_MB} MB, the most Rapport imports at once.`, 413);
}

/**
 * Streams the request body to disk, refusing it past the size limit, and returns the token for the preview and
 * confirm. Throws UploadRefusal: too large (413), cut short (400), the user already sending as many as they may
 * keep (429), or no room left under the quota (507). Keeping it removes the user's oldest uploads beyond the limit.
 */
export async function saveUpload(ownerId: string, rawName: string, body: ReadableStream<Uint8Array>, expectedBytes?: number): Promise<{ token: string; file: ImportFile }> {
  const fileName = cleanFileName(rawName);
  const expected = expectedBytes !== undefined && Number.isFinite(expectedBytes) ? expectedBytes : undefined;
  if (expected !== undefined && expected > MAX_IMPORT_BYTES) throw tooLarge(fileName);
  const current = state();
  const arriving = current.arriving.get(ownerId) ?? 0;
  if (arriving >= MAX_PENDING_UPLOADS_PER_USER) {
    throw new UploadRefusal(`You are already uploading ${arriving} files. Wait until they have been read, then try again.`, 429);
  }
  current.arriving.set(ownerId, arriving + 1);
  // Without a length, the body may be as large as any upload: that much is set aside until it has arrived.
  const reservation = expected ?? MAX_IMPORT_BYTES;
  let reserved = false;
  try {
    const folder = await uploadFolder();
    await exclusive(async () => {
      const stored = await sweep(folder, Date.now());
      if (stored + current.reserved + reservation > UPLOAD_QUOTA_BYTES) {
        throw new UploadRefusal(
          `Rapport has no room for another upload right now: files waiting to be imported take up its ${UPLOAD_QUOTA_MB} MB. Try again later (an upload nobody imports is removed after ${UPLOAD_KEEP_HOURS} hours).`,
          507,
        );
      }
      current.reserved += reservation;
      reserved = true;
    });
    const token = randomBytes(16).toString("hex");
    const { data, meta } = paths(folder, token);
    let bytes = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        if (bytes > MAX_IMPORT_BYTES) callback(tooLarge(fileName));
        else if (bytes > reservation) callback(new UploadRefusal(`More of ${fileName} arrived than its announced ${reservation.toLocaleString("en")} bytes. Try again.`, 400));
        else callback(null, chunk);
      },
    });
    try {
      await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>), limit, createWriteStream(/*turbopackIgnore: true*/ data, { mode: 0o600, flags: "wx" }));
    } catch (error) {
      await rm(data, { force: true });
      throw error;
    }
    // A body cut short (a proxy that buffers only part of it, a dropped connection) must not import half a file.
    if (expected !== undefined && bytes !== expected) {
      await rm(data, { force: true });
      throw new UploadRefusal(`Only part of ${fileName} arrived (${bytes.toLocaleString("en")} of ${expected.toLocaleString("en")} bytes). Try again.`, 400);
    }
    // Strictly increasing, so that "newest" is well defined for uploads made within the same millisecond.
    const createdAt = (current.lastCreatedAt = Math.max(Date.now(), current.lastCreatedAt + 1));
    const record: UploadMeta = { ownerId, fileName, createdAt };
    await writeFile(/*turbopackIgnore: true*/ meta, JSON.stringify(record), { mode: 0o600, flag: "wx" }).catch(async (error: unknown) => {
      await rm(data, { force: true });
      throw error;
    });
    await exclusive(() => keepNewest(folder, ownerId));
    return { token, file: { path: data, name: fileName } };
  } finally {
    // Released once the file is on disk (or removed), through the same queue: a quota check sees it in one or the other.
    if (reserved) await exclusive(async () => void (current.reserved -= reservation));
    const left = (current.arriving.get(ownerId) ?? 1) - 1;
    if (left > 0) current.arriving.set(ownerId, left);
    else current.arriving.delete(ownerId);
  }
}

/** The owner's uploaded file for this token, or null when it is someone else's, expired or gone. */
export async function findUpload(ownerId: string, token: string): Promise<ImportFile | null> {
  if (!uploadToken.safeParse(token).success) return null;
  const { data, meta } = paths(await uploadFolder(), token);
  const record = await readMeta(meta);
  if (!record || record.ownerId !== ownerId || Date.now() - record.createdAt > KEEP_MS) return null;
  const exists = await stat(/*turbopackIgnore: true*/ data).catch(() => null);
  return exists ? { path: data, name: record.fileName } : null;
}

export async function removeUpload(ownerId: string, token: string): Promise<void> {
  if (!(await findUpload(ownerId, token))) return;
  const { data, meta } = paths(await uploadFolder(), token);
  await rm(data, { force: true });
  await rm(meta, { force: true });
}
