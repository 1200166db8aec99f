// The export downloads: /export/contacts.csv, /export/contacts.vcf and /export/backup.json, each the
// signed-in user's own rows only, streamed from one snapshot as an attachment with a dated name.
import { requireUser } from "@/lib/auth/session";
import { DOWNLOAD_TYPES, datedFileName, downloadHeaders, type DownloadKind } from "@/lib/exports/download";
import { startExport } from "@/lib/exports/limits";
import { backupChunks, contactsCsvChunks, contactsVCardChunks } from "@/lib/exports/queries";

type Producer = typeof contactsCsvChunks;

const PRODUCERS: Record<DownloadKind, Producer> = {
  "contacts.csv": contactsCsvChunks,
  "contacts.vcf": contactsVCardChunks,
  "backup.json": (client, ownerId) => backupChunks(client, ownerId),
};

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const user = await requireUser();
  const { file } = await params;
  if (!Object.hasOwn(PRODUCERS, file)) return new Response("Not found", { status: 404 });
  const kind = file as DownloadKind;
  const started = await startExport(user.id, (client) => PRODUCERS[kind](client, user.id));
  if (!started.ok) {
    return new Response(started.message, {
      status: started.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "30" },
    });
  }
  return new Response(started.stream, { headers: downloadHeaders(datedFileName(kind, user.timezone), DOWNLOAD_TYPES[kind]) });
}

// Next answers HEAD with GET's headers and drops the body; without this, each HEAD would start an export that
// nobody reads, and take one of the user's places until its time ran out.
export async function HEAD(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const user = await requireUser();
  const { file } = await params;
  if (!Object.hasOwn(PRODUCERS, file)) return new Response(null, { status: 404 });
  const kind = file as DownloadKind;
  return new Response(null, { headers: downloadHeaders(datedFileName(kind, user.timezone), DOWNLOAD_TYPES[kind]) });
}
