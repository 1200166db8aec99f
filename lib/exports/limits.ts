// How many downloads run at once. Each one reads from a snapshot that holds a database connection until the file
// is produced (see snapshotStream), so without a bound ten downloads nobody reads would hold the whole pool and every
// page would wait. A snapshot takes one of its user's places (two: a third is refused until one ends) and one of the
// places for snapshots in all, leaving CONNECTIONS_KEPT_FOR_PAGES of a pool for everything else.
// The places are PostgreSQL advisory locks taken inside the snapshot's own transaction, so every instance of Rapport
// on the database counts the same places, and a place is given back when its transaction ends — even when the
// process holding it dies, since PostgreSQL ends the transaction with the connection. No instance keeps a count.
import "server-only";
import { POOL_SIZE } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { snapshotStream } from "@/lib/exports/queries";

export const EXPORTS_PER_USER = 2;
export const CONNECTIONS_KEPT_FOR_PAGES = 3;
export const SNAPSHOTS_AT_ONCE = POOL_SIZE - CONNECTIONS_KEPT_FOR_PAGES;

export const TOO_MANY_OF_YOURS = "Two of your exports are still downloading: wait for one of them to finish, then download this one again.";
export const TOO_MANY_AT_ONCE = "Rapport is busy preparing other people's exports right now: try again in a minute.";

type Client = Prisma.TransactionClient;
export type Refusal = { ok: false; status: 429 | 503; message: string };
export type StartedExport = { ok: true; stream: ReadableStream<Uint8Array> } | Refusal;

// Two-key advisory locks: the first key names the kind of place (hashtext of a fixed text, of the user's id for
// theirs), the second the place's number. A hash collision between two users' ids could only refuse a download.
async function takeOnePlace(client: Client, key: string, places: number): Promise<boolean> {
  for (let place = 0; place < places; place += 1) {
    const [row] = await client.$queryRaw<{ taken: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${key}), ${place}::int) AS taken`;
    if (row?.taken) return true;
  }
  return false;
}

/**
 * Takes one of the user's places and one of everyone's inside the caller's transaction (held until it ends), or says
 * which is missing. Exported so that a test can hold places as another instance of Rapport would.
 */
export async function claimExportPlaces(client: Client, userId: string): Promise<{ ok: true } | Refusal> {
  if (!(await takeOnePlace(client, `rapport:export:user:${userId}`, EXPORTS_PER_USER))) return { ok: false, status: 429, message: TOO_MANY_OF_YOURS };
  if (!(await takeOnePlace(client, "rapport:export:snapshots", SNAPSHOTS_AT_ONCE))) return { ok: false, status: 503, message: TOO_MANY_AT_ONCE };
  return { ok: true };
}

/**
 * Starts a download for this user when a place is free, or says why not (429: theirs, 503: everyone's). Resolves
 * once the snapshot's transaction holds its places, so a refusal is an answer of its own rather than a broken file.
 */
export async function startExport(userId: string, produce: (client: Client) => AsyncIterable<string>): Promise<StartedExport> {
  let settle!: (outcome: { ok: true } | Refusal | { ok: false; error: unknown }) => void;
  const admission = new Promise<{ ok: true } | Refusal | { ok: false; error: unknown }>((resolve) => (settle = resolve));
  const stream = snapshotStream(
    async function* (client) {
      const claimed = await claimExportPlaces(client, userId);
      settle(claimed);
      if (claimed.ok) yield* produce(client);
    },
    // Settled already unless the transaction never began (no connection to be had): that error is the answer.
    { onSnapshotEnd: () => settle({ ok: false, error: new Error("The export's snapshot ended before it could start.") }) },
  );
  const outcome = await admission;
  if (outcome.ok) return { ok: true, stream };
  // The stream failed with the transaction's own error (no connection, the database gone): that is the answer.
  if ("error" in outcome) throw await stream.getReader().read().then(() => outcome.error, (error: unknown) => error);
  await stream.cancel().catch(() => {});
  return outcome;
}
