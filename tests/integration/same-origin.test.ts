// The POST routes (restoring a backup, uploading an import) accept only requests from Rapport's own pages: a post
// without an Origin (no browser sends one) or from another origin is refused before its body is read.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getAccountCounts } from "@/lib/exports/queries";
import { NOT_SAME_ORIGIN_MESSAGE } from "@/lib/http/same-origin";
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
const { POST: uploadRoute } = await import("@/app/(app)/import/upload/route");

/** A body that counts how often it is read (and is read only on demand). */
function countedBody(text: string) {
  const reads = { count: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        reads.count += 1;
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { body, reads };
}

const backupWithOneContact = JSON.stringify({
  format: "rapport-backup",
  version: 1,
  exportedAt: "2026-11-26T10:00:00.000Z",
  user: { name: "Ada", inviteNoteLimit: 300, timezone: "Europe/Berlin" },
  imports: [],
  contacts: [],
  events: [],
  encounters: [],
  invitations: [],
  templates: [{ id: "t1", kind: "THANK_YOU", name: "Planted", body: "x", createdAt: "2026-11-26T10:00:00.000Z", updatedAt: "2026-11-26T10:00:00.000Z" }],
  activities: [],
  followUps: [],
});

describe("POST routes refuse requests that did not come from a Rapport page", () => {
  let userId = "";

  beforeEach(async () => {
    userId = (await createUser("Victim")).id;
    session.userId = userId;
  });

  const cases: [string, Record<string, string>][] = [
    ["no Origin", { host: "localhost" }],
    ["an opaque Origin (null)", { host: "localhost", origin: "null" }],
    ["another site's Origin", { host: "localhost", origin: "https://evil.example" }],
  ];

  for (const [name, headers] of cases) {
    it(`restore with ${name}: 403, the body is never read and nothing is restored`, async () => {
      const form = new FormData();
      form.set("file", new File([backupWithOneContact], "backup.json", { type: "application/json" }));
      const multipart = new Response(form);
      const { body, reads } = countedBody(await multipart.text());
      const response = await restoreRoute(
        new Request("http://localhost/export/restore", {
          method: "POST",
          body,
          duplex: "half",
          headers: { ...headers, "content-type": multipart.headers.get("content-type")! },
        } as RequestInit),
      );
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ ok: false, message: NOT_SAME_ORIGIN_MESSAGE });
      expect(reads.count).toBe(0);
      expect(await getAccountCounts(userId)).toMatchObject({ templates: 0 });
    });

    it(`import upload with ${name}: 403, the file is never read and no import starts`, async () => {
      const { body, reads } = countedBody("First Name,Last Name,URL\nAda,Lovelace,https://www.linkedin.com/in/ada\n");
      const response = await uploadRoute(
        new Request("http://localhost/import/upload", {
          method: "POST",
          body,
          duplex: "half",
          headers: { ...headers, "x-file-name": "Connections.csv" },
        } as RequestInit),
      );
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ type: "refused", message: NOT_SAME_ORIGIN_MESSAGE });
      // Give a stream that the route might have started time to run: it must not have touched the file.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(reads.count).toBe(0);
      expect(await db.importBatch.count({ where: { ownerId: userId } })).toBe(0);
    });
  }
});
