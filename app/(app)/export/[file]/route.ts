// The export downloads: /export/contacts.csv, /export/contacts.vcf and /export/backup.json, each the
// signed-in user's own rows only, streamed from one snapshot as an attachment with a dated name.
import { requireUser } from "@/lib/auth/session";
import { DOWNLOAD_TYPES, datedFileName, downloadHeaders, type DownloadKind } from "@/lib/exports/download";
import { backupChunks, contactsCsvChunks, contactsVCardChunks, snapshotStream } from "@/lib/exports/queries";

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
  const stream = snapshotStream((client) => PRODUCERS[kind](client, user.id));
  return new Response(stream, { headers: downloadHeaders(datedFileName(kind, user.timezone), DOWNLOAD_TYPES[kind]) });
}
