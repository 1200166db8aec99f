// How many downloads run at once. Each one reads from a snapshot that holds a database connection until the file
// is produced (see snapshotStream), so without a bound ten downloads nobody reads would hold the whole pool and every
// page would wait. A download takes one of its user's places (two: a third is refused until one ends) and, while its
// snapshot is open, one of the connections the pool can spare, leaving CONNECTIONS_KEPT_FOR_PAGES for everything else.
// Counted in memory: Rapport runs as one server process.
import "server-only";
import { POOL_SIZE } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { snapshotStream } from "@/lib/exports/queries";

export const EXPORTS_PER_USER = 2;
export const CONNECTIONS_KEPT_FOR_PAGES = 3;
export const SNAPSHOTS_AT_ONCE = POOL_SIZE - CONNECTIONS_KEPT_FOR_PAGES;

export const TOO_MANY_OF_YOURS = "Two of your exports are still downloading: wait for one of them to finish, then download this one again.";
export const TOO_MANY_AT_ONCE = "Rapport is busy preparing other people's exports right now: try again in a minute.";

const downloadsByUser = new Map<string, number>();
let openSnapshots = 0;

export type StartedExport = { ok: true; stream: ReadableStream<Uint8Array> } | { ok: false; status: 429 | 503; message: string };

/** Starts a download for this user when a place is free, or says why not (429: theirs, 503: everyone's). */
export function startExport(userId: string, produce: (client: Prisma.TransactionClient) => AsyncIterable<string>): StartedExport {
  const running = downloadsByUser.get(userId) ?? 0;
  if (running >= EXPORTS_PER_USER) return { ok: false, status: 429, message: TOO_MANY_OF_YOURS };
  if (openSnapshots >= SNAPSHOTS_AT_ONCE) return { ok: false, status: 503, message: TOO_MANY_AT_ONCE };
  downloadsByUser.set(userId, running + 1);
  openSnapshots += 1;
  const stream = snapshotStream(produce, {
    onSnapshotEnd: () => {
      openSnapshots -= 1;
    },
    onEnd: () => {
      const left = (downloadsByUser.get(userId) ?? 1) - 1;
      if (left > 0) downloadsByUser.set(userId, left);
      else downloadsByUser.delete(userId);
    },
  });
  return { ok: true, stream };
}
