// Uploaded files wait on the server between the preview and the confirm, under a random token and owned by the
// user who sent them. The confirm imports exactly the bytes that were previewed, without sending 20 MB again, and
// nothing the browser says about the file is trusted: the token only names a file, which is read and checked again.
import "server-only";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ImportRefusal } from "@/lib/imports/refusal";
import type { ImportFile } from "@/lib/imports/run";
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB, uploadToken } from "@/lib/imports/schema";

const DIRECTORY = path.join(process.env.RAPPORT_IMPORT_DIR ?? tmpdir(), "rapport-imports");
/** An upload nobody confirmed or cancelled is removed after this long. */
const KEEP_MS = 2 * 3600 * 1000;

type UploadMeta = { ownerId: string; fileName: string; createdAt: number };

function paths(token: string) {
  return { data: path.join(DIRECTORY, `${token}.upload`), meta: path.join(DIRECTORY, `${token}.json`) };
}

async function sweep(now: number): Promise<void> {
  for (const name of await readdir(DIRECTORY).catch(() => [] as string[])) {
    const file = path.join(DIRECTORY, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > KEEP_MS) await rm(file, { force: true });
  }
}

/** A file name as the user sees it, without folders or control characters. */
export function cleanFileName(raw: string): string {
  const name = path.basename(raw.replaceAll("\\", "/")).replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return name.slice(0, 200) || "upload";
}

/** Streams the request body to disk, refusing it past the size limit; returns the token for the preview and confirm. */
export async function saveUpload(ownerId: string, rawName: string, body: ReadableStream<Uint8Array>, expectedBytes?: number): Promise<{ token: string; file: ImportFile }> {
  await mkdir(DIRECTORY, { recursive: true, mode: 0o700 });
  await sweep(Date.now());
  const token = randomBytes(16).toString("hex");
  const fileName = cleanFileName(rawName);
  const { data, meta } = paths(token);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > MAX_IMPORT_BYTES) callback(new ImportRefusal(`${fileName} is larger than ${MAX_IMPORT_MB} MB, the most Rapport imports at once.`));
      else callback(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>), limit, createWriteStream(/*turbopackIgnore: true*/ data, { mode: 0o600 }));
  } catch (error) {
    await rm(data, { force: true });
    throw error;
  }
  // A body cut short (a proxy that buffers only part of it, a dropped connection) must not import half a file.
  if (expectedBytes !== undefined && Number.isFinite(expectedBytes) && bytes !== expectedBytes) {
    await rm(data, { force: true });
    throw new ImportRefusal(`Only part of ${fileName} arrived (${bytes.toLocaleString("en")} of ${expectedBytes.toLocaleString("en")} bytes). Try again.`);
  }
  const record: UploadMeta = { ownerId, fileName, createdAt: Date.now() };
  await writeFile(/*turbopackIgnore: true*/ meta, JSON.stringify(record), { mode: 0o600 });
  return { token, file: { path: data, name: fileName } };
}

/** The owner's uploaded file for this token, or null when it is someone else's, expired or gone. */
export async function findUpload(ownerId: string, token: string): Promise<ImportFile | null> {
  if (!uploadToken.safeParse(token).success) return null;
  const { data, meta } = paths(token);
  let record: UploadMeta;
  try {
    record = JSON.parse(await readFile(/*turbopackIgnore: true*/ meta, "utf8")) as UploadMeta;
  } catch {
    return null;
  }
  if (record.ownerId !== ownerId || Date.now() - record.createdAt > KEEP_MS) return null;
  const exists = await stat(/*turbopackIgnore: true*/ data).catch(() => null);
  return exists ? { path: data, name: record.fileName } : null;
}

export async function removeUpload(ownerId: string, token: string): Promise<void> {
  if (!(await findUpload(ownerId, token))) return;
  const { data, meta } = paths(token);
  await rm(data, { force: true });
  await rm(meta, { force: true });
}
