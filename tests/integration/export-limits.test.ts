// What one user's downloads and uploads may cost everyone else: a restore body is read up to its limit and no
// further, whatever its headers claim; downloads nobody reads cannot take the connections pages need, and end at
// their time limits (the snapshot's connection given back); a user runs at most two at once, counted in PostgreSQL
// so that a second instance of Rapport shares the count. Route handlers are called as the signed-in user (only the
// session is stubbed), against the real PostgreSQL and the app's own pool.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { claimExportPlaces, EXPORTS_PER_USER, SNAPSHOTS_AT_ONCE, TOO_MANY_AT_ONCE, TOO_MANY_OF_YOURS } from "@/lib/exports/limits";
import { backupChunks, EXPORT_BUFFER_BYTES, getAccountCounts, snapshotStream, streamText } from "@/lib/exports/queries";
import { adminQuery, createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => {
  const user = async () => (session.userId ? { id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "Europe/Berlin" } : null);
  return {
    getCurrentUser: user,
    requireUser: async () => {
      const current = await user();
      if (!current) throw new Error("redirect to /login");
      return current;
    },
  };
});

const { GET: download, HEAD: head } = await import("@/app/(app)/export/[file]/route");
const { POST: restoreRoute } = await import("@/app/(app)/export/restore/route");

const MB = 1024 * 1024;

/** The promise's value, or a failure naming what did not happen in time: no test here can hang. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function eventually(what: string, check: () => Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Watched from a connection of its own: the app's pool may be the very thing that is exhausted.
async function watch<Row>(sql: string): Promise<Row[]> {
  return (await adminQuery(process.env.DATABASE_URL!, sql)).rows as Row[];
}

/** Connections of this database that sit inside an open transaction: the snapshots of downloads nobody reads. */
async function connectionsHeldInTransaction(): Promise<number> {
  const [row] = await watch<{ count: number }>(
    "SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'",
  );
  return row!.count;
}

const params = (file: string) => ({ params: Promise.resolve({ file }) });

/**
 * Another instance of Rapport on the same database, with its own client and pool (nothing shared with this process
 * but PostgreSQL), holding one download place per user id listed, as its own downloads nobody reads would. Returns
 * what ends them.
 */
async function otherInstanceDownloading(userIds: string[]): Promise<() => Promise<void>> {
  const other = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: userIds.length }) });
  const releases: (() => void)[] = [];
  const held: Promise<unknown>[] = [];
  for (const userId of userIds) {
    await new Promise<void>((claimed, failed) => {
      const transaction = other.$transaction(
        async (client) => {
          const outcome = await claimExportPlaces(client, userId);
          if (!outcome.ok) throw new Error(`the other instance was refused: ${outcome.message}`);
          claimed();
          await new Promise<void>((release) => releases.push(release));
        },
        { timeout: 60_000 },
      );
      transaction.catch(failed);
      held.push(transaction);
    });
  }
  return async () => {
    for (const release of releases) release();
    await Promise.all(held);
    await other.$disconnect();
  };
}

/** An account whose backup (about 3 MB) is larger than what a download keeps in memory ahead of its reader. */
async function largeAccount(name: string) {
  const user = await createUser(name);
  const body = "Thank you for the conversation about compilers. ".repeat(12_500);
  await db.template.createMany({ data: Array.from({ length: 5 }, (_, index) => ({ ownerId: user.id, kind: "THANK_YOU" as const, name: `Long ${index}`, body })) });
  return user;
}

describe("restoring a backup", () => {
  beforeEach(() => {
    session.userId = "";
  });

  it("stops reading a chunked upload without a length once it passes 50 MB, answers 413, and changes nothing", async () => {
    const user = await createUser("Restorer");
    session.userId = user.id;
    const boundary = "----rapport-limit-test";
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.json"\r\nContent-Type: application/json\r\n\r\n`);
    const filler = new Uint8Array(MB).fill(0x20);
    const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
    const total = 120 * MB;
    let sent = 0;
    let cancelled = false;
    let finished = false;
    // A client that would send 120 MB in chunks and never says how much: no Content-Length header at all.
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const chunk = sent === 0 ? head : sent >= total ? tail : filler;
          if (chunk === tail) finished = true;
          sent += chunk.byteLength;
          controller.enqueue(chunk);
          if (finished) controller.close();
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request("http://localhost/export/restore", {
      method: "POST",
      body,
      duplex: "half",
      headers: { origin: "http://localhost", host: "localhost", "content-type": `multipart/form-data; boundary=${boundary}` },
    } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();

    const response = await within(30_000, "the restore route's answer", restoreRoute(request));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, message: expect.stringContaining("larger than 50 MB") });
    // It answered without reading the rest: at most the limit (and a chunk) ever reached the process.
    expect(finished).toBe(false);
    expect(sent).toBeLessThanOrEqual(52 * MB);
    expect(cancelled).toBe(true);
    expect(await getAccountCounts(user.id)).toMatchObject({ contacts: 0, templates: 0 });
  });

  it("still restores a backup sent in chunks without a length", async () => {
    const owner = await createUser("Owner");
    await db.contact.create({ data: { ownerId: owner.id, firstName: "Grace", lastName: "Hopper" } });
    const backup = await streamText(snapshotStream((client) => backupChunks(client, owner.id)));
    const fresh = await createUser("Fresh");
    session.userId = fresh.id;
    const boundary = "----rapport-chunked";
    const text = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="backup.json"\r\nContent-Type: application/json\r\n\r\n${backup}\r\n--${boundary}--\r\n`;
    const bytes = new TextEncoder().encode(text);
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.byteLength) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + 100));
        offset += 100;
      },
    });
    const response = await restoreRoute(
      new Request("http://localhost/export/restore", {
        method: "POST",
        body,
        duplex: "half",
        headers: { origin: "http://localhost", host: "localhost", "content-type": `multipart/form-data; boundary=${boundary}` },
      } as RequestInit),
    );
    expect(await response.json()).toEqual({ ok: true, message: expect.stringContaining("Restored 1 contact") });
    expect(await getAccountCounts(fresh.id)).toMatchObject({ contacts: 1 });
  });
});

describe("downloads", () => {
  const open: Response[] = [];

  beforeEach(() => {
    session.userId = "";
  });

  afterEach(async () => {
    // The browser goes away: every download still open is cancelled, and its snapshot gives its connection back.
    await Promise.all(open.splice(0).map((response) => response.body?.cancel().catch(() => {})));
    await eventually("every snapshot ending", async () => (await connectionsHeldInTransaction()) === 0);
  });

  it("that nobody reads never take the connections pages need: past the pool's share they are refused", async () => {
    const users = [];
    for (let index = 0; index < 5; index += 1) users.push(await largeAccount(`Stalled ${index}`));
    // Ten backups, two per user, opened and never read: as many as the pool has connections.
    const statuses: number[] = [];
    for (const user of users) {
      for (let copy = 0; copy < 2; copy += 1) {
        session.userId = user.id;
        const response = await download(new Request("http://localhost/export/backup.json"), params("backup.json"));
        statuses.push(response.status);
        if (response.ok) open.push(response);
        else expect(await response.text()).toBe(TOO_MANY_AT_ONCE);
      }
    }
    const admitted = statuses.filter((status) => status === 200).length;
    await eventually("the admitted downloads holding their snapshots", async () => (await connectionsHeldInTransaction()) >= Math.min(admitted, SNAPSHOTS_AT_ONCE));

    // What pages do meanwhile: the export page's own counts and three queries at once, each needing a connection.
    const pages = Promise.all([
      getAccountCounts(users[0]!.id),
      db.$queryRaw`SELECT 1 AS slept FROM pg_sleep(0.2)`,
      db.$queryRaw`SELECT 1 AS slept FROM pg_sleep(0.2)`,
      db.$queryRaw`SELECT 1 AS slept FROM pg_sleep(0.2)`,
    ]);
    const [counts] = await within(5_000, "pages reading while ten downloads stall", pages);
    expect(counts).toMatchObject({ templates: 5 });

    expect(admitted).toBe(SNAPSHOTS_AT_ONCE);
    expect(statuses.filter((status) => status === 503)).toHaveLength(10 - SNAPSHOTS_AT_ONCE);

    // Once the browsers give up on them, the places are free again and a download goes through to its end.
    await Promise.all(open.splice(0).map((response) => response.body?.cancel()));
    await eventually("the cancelled downloads' snapshots ending", async () => (await connectionsHeldInTransaction()) === 0);
    session.userId = users[4]!.id;
    const again = await download(new Request("http://localhost/export/backup.json"), params("backup.json"));
    expect(again.status).toBe(200);
    expect(JSON.parse(await within(10_000, "a whole backup", again.text())).templates).toHaveLength(5);
  });

  it("a user's third download while two are open is refused with what to do; other users are not held up", async () => {
    const user = await largeAccount("Impatient");
    session.userId = user.id;
    for (let copy = 0; copy < EXPORTS_PER_USER; copy += 1) {
      const response = await download(new Request("http://localhost/export/backup.json"), params("backup.json"));
      expect(response.status).toBe(200);
      open.push(response);
    }
    expect(EXPORTS_PER_USER).toBe(2);
    const third = await download(new Request("http://localhost/export/contacts.csv"), params("contacts.csv"));
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toBe("30");
    expect(await third.text()).toBe(TOO_MANY_OF_YOURS);

    session.userId = (await createUser("Someone else")).id;
    const theirs = await download(new Request("http://localhost/export/contacts.csv"), params("contacts.csv"));
    expect(theirs.status).toBe(200);
    expect(await within(5_000, "another user's download", theirs.text())).toContain("First name");

    // One of the two ends (the browser cancels it): the user may download again as soon as the server has let go of
    // it (the cancel reaches the stream's end a moment after the browser gives up; CI once asked within that moment).
    await open.shift()!.body!.cancel();
    session.userId = user.id;
    let next: Response | undefined;
    await eventually("a download once one of the two ended", async () => {
      next = await download(new Request("http://localhost/export/contacts.csv"), params("contacts.csv"));
      return next.status !== 429;
    });
    expect(next!.status).toBe(200);
    await within(5_000, "the next download", next!.text());
  });

  it("a user's two downloads on another instance count here too, until they end", async () => {
    const user = await createUser("Two tabs");
    session.userId = user.id;
    const end = await otherInstanceDownloading([user.id, user.id]);
    try {
      const refused = await download(new Request("http://localhost/export/contacts.csv"), params("contacts.csv"));
      expect(refused.status).toBe(429);
      expect(await refused.text()).toBe(TOO_MANY_OF_YOURS);
    } finally {
      await end();
    }
    const next = await download(new Request("http://localhost/export/contacts.csv"), params("contacts.csv"));
    expect(next.status).toBe(200);
    expect(await within(5_000, "the download once the other instance's ended", next.text())).toContain("First name");
  });

  it("snapshots open on another instance count against everyone's places here", async () => {
    const end = await otherInstanceDownloading(Array.from({ length: SNAPSHOTS_AT_ONCE }, () => randomUUID()));
    session.userId = (await createUser("Latecomer")).id;
    try {
      const refused = await download(new Request("http://localhost/export/contacts.csv"), params("contacts.csv"));
      expect(refused.status).toBe(503);
      expect(await refused.text()).toBe(TOO_MANY_AT_ONCE);
    } finally {
      await end();
    }
    const next = await download(new Request("http://localhost/export/contacts.csv"), params("contacts.csv"));
    expect(next.status).toBe(200);
    await within(5_000, "the download once the other instance's ended", next.text());
  });

  it("a download read to its end frees its user's place", async () => {
    const user = await createUser("Reader");
    session.userId = user.id;
    for (let round = 0; round < EXPORTS_PER_USER + 2; round += 1) {
      const response = await download(new Request("http://localhost/export/contacts.vcf"), params("contacts.vcf"));
      expect(response.status).toBe(200);
      await within(5_000, "an empty vCard download", response.text());
    }
  });

  it("a HEAD request answers the download's headers without starting one", async () => {
    const user = await createUser("Checker");
    session.userId = user.id;
    for (let round = 0; round < EXPORTS_PER_USER + 1; round += 1) {
      const response = await head(new Request("http://localhost/export/backup.json", { method: "HEAD" }), params("backup.json"));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="rapport-backup-\d{4}-\d{2}-\d{2}\.json"/);
      // As Next does for HEAD: the body, if any, is dropped unread.
    }
    expect(await connectionsHeldInTransaction()).toBe(0);
    const response = await download(new Request("http://localhost/export/backup.json"), params("backup.json"));
    expect(response.status).toBe(200);
    await within(5_000, "the download after the HEAD requests", response.text());
  });

  it("a download nobody reads to its end stops at its time limit and frees its user's place", async () => {
    const ended = vi.fn();
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    // Less than the buffer: the snapshot ends at once, and only the reader is missing.
    const stream = snapshotStream(
      async function* () {
        yield "x".repeat(EXPORT_BUFFER_BYTES / 2);
      },
      { downloadLimitMs: 1_000, onEnd: ended },
    );
    open.push(new Response(stream));
    await eventually("the download's time running out", async () => ended.mock.calls.length > 0, 5_000);
    await expect(within(2_000, "the failed download", open.pop()!.text())).rejects.toThrow(
      "The export stopped after 1 second, the longest a download may take, because it was read too slowly; the file is incomplete. Download it again.",
    );
    expect(ended).toHaveBeenCalledTimes(1);
    warned.mockRestore();
  });

  it("a snapshot held past its time limit ends, gives its connection back and fails the download with why", async () => {
    let backendPid: number | undefined;
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    // A producer with more to send than the reader (who never reads) will take.
    const stream = snapshotStream(
      async function* (client) {
        const [row] = await client.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        backendPid = row!.pid;
        for (;;) yield "x".repeat(MB);
      },
      { snapshotLimitMs: 2_000 },
    );
    open.push(new Response(stream));
    await eventually("the snapshot starting", async () => backendPid !== undefined);
    const state = async () => (await watch<{ state: string }>(`SELECT state FROM pg_stat_activity WHERE pid = ${Number(backendPid)}`))[0]?.state;
    expect(await state()).toBe("idle in transaction");

    await eventually("the connection going back to the pool", async () => (await state()) !== "idle in transaction", 8_000);
    await expect(within(2_000, "the failed download", open.pop()!.text())).rejects.toThrow(
      "The export stopped after 2 seconds, the longest one may keep the database busy, because the download was read too slowly; the file is incomplete. Download it again.",
    );
    expect(warned).toHaveBeenCalledWith(expect.stringContaining("The export stopped after 2 seconds"));
    warned.mockRestore();
  });
});
