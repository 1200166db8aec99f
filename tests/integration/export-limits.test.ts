// What one user's uploads may cost everyone else: a restore body is read up to its limit and no further,
// whatever its headers claim. Route handlers are called as the
// signed-in user (only the session is stubbed), against the real PostgreSQL and the app's own pool.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { backupChunks, getAccountCounts, snapshotStream, streamText } from "@/lib/exports/queries";
import { createUser } from "./database";

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
