// What one import may cost the server (issue 11, items 4, 6 and 7): a zip that inflates far beyond its size, a CSV
// row of megabytes, a preview that would run for minutes, uploads that would fill the disk, and a shared temporary
// folder made beforehand by someone else. Uploads go through POST /import/upload as the page sends them, wait in
// PostgreSQL, and are then previewed through the import actions as the signed-in user (only the session is stubbed).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { deflatedEntry, makeZip, repeatedEntry } from "@/lib/imports/fixtures/zip";
import { createUser } from "./database";

// A parent for the folders uploads are read from, in which a shared "rapport-imports" already exists, open to
// everyone (item 7).
const parent = mkdtempSync(path.join(tmpdir(), "rapport-import-limits-"));
const shared = path.join(parent, "rapport-imports");
mkdirSync(shared);
chmodSync(shared, 0o777);
process.env.RAPPORT_IMPORT_DIR = parent;
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => {
  const user = async () => ({ id: session.userId, name: "Sam Taylor", email: "sam@example.com", inviteNoteLimit: 300, timezone: "UTC" });
  return { getCurrentUser: user, requireUser: user };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// The row and time limits are lowered for one test each; every other test runs with the real numbers.
const lowered = vi.hoisted(() => ({ rows: null as number | null, seconds: null as number | null }));
vi.mock("@/lib/imports/limits", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/imports/limits")>();
  return {
    ...actual,
    get MAX_IMPORT_ROWS() {
      return lowered.rows ?? actual.MAX_IMPORT_ROWS;
    },
    get IMPORT_TIME_BUDGET_SECONDS() {
      return lowered.seconds ?? actual.IMPORT_TIME_BUDGET_SECONDS;
    },
  };
});

const { POST: uploadRoute } = await import("@/app/(app)/import/upload/route");
const { previewImportAction } = await import("@/lib/imports/actions");
const { saveUpload, withUploadFile } = await import("@/lib/imports/uploads");
const { db } = await import("@/lib/db");
const limits = await import("@/lib/imports/limits");

const options = { thankWindowDays: 30, skipInvalid: false };
const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
const MESSAGES_HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n";
const ROW = "Ann,Lee,https://www.linkedin.com/in/ann-lee,ann@example.com,Acme,Engineer,05 Mar 2024\n";

type Answer = { status: number; last: { type: string; message?: string; preview?: { token: string; counts: Record<string, number> } } };

/** Posts a file as the import page does and returns the status and the last NDJSON line. */
async function post(name: string, content: string | Buffer | ReadableStream<Uint8Array>): Promise<Answer> {
  const body = Buffer.isBuffer(content) ? new Uint8Array(content) : content;
  // duplex: a stream body (an upload still arriving) is sent as it comes, as the browser does.
  // A browser's post carries its page's Origin (lib/http/same-origin.ts refuses one without).
  const headers = { "x-file-name": encodeURIComponent(name), host: "localhost", origin: "http://localhost" };
  const init = { method: "POST", body, headers, duplex: "half" } as RequestInit;
  const response = await uploadRoute(new Request("http://localhost/import/upload", init));
  const lines = (await response.text()).trim().split("\n");
  return { status: response.status, last: JSON.parse(lines.at(-1)!) as Answer["last"] };
}

function connections(count: number, from = 0): string {
  const rows = Array.from({ length: count }, (_, index) => {
    const n = from + index;
    return `First${n},Last${n},https://www.linkedin.com/in/person-${n},person${n}@example.com,Company ${n % 977},Title ${n % 313},05 Mar 2024`;
  });
  return HEADER + rows.join("\n") + "\n";
}

/** A ReadableStream the test feeds and ends by hand: an upload still arriving. */
function slowBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  controller.enqueue(new TextEncoder().encode(HEADER));
  return { stream, end: () => controller.close() };
}

beforeEach(async () => {
  session.userId = (await createUser("Sam Taylor")).id;
  lowered.rows = null;
  lowered.seconds = null;
});

describe("zip amplification (item 4)", () => {
  it("refuses a zip of under 1 MB that expands to 208 MB, without inflating it", async () => {
    const zip = makeZip([await repeatedEntry("Connections.csv", HEADER, ROW, 208_000_000)]);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const { last } = await post("Basic_LinkedInDataExport.zip", zip);
    expect(last).toEqual({
      type: "refused",
      message: "Basic_LinkedInDataExport.zip expands to more than 150 MB; LinkedIn exports are far smaller. Export again or upload Connections.csv alone.",
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 30_000);

  it("refuses a zip whose headers understate what it inflates to, once the real bytes pass them", async () => {
    const zip = makeZip([await repeatedEntry("export/Connections.csv", HEADER, ROW, 50_000_000, 1_000_000)]);
    const { last } = await post("lying.zip", zip);
    expect(last.type).toBe("refused");
    expect(last.message).toMatch(/^Connections\.csv in lying\.zip is damaged or was altered \(.+\): download the export again\.$/);
  }, 30_000);

  it("refuses an entry compressed more than 100 times, even well under the total", async () => {
    const zip = makeZip([await repeatedEntry("Connections.csv", HEADER, ROW, 20_000_000)]);
    const { last } = await post("export.zip", zip);
    expect(last).toEqual({
      type: "refused",
      message: "Connections.csv in export.zip is compressed more than 100 times; LinkedIn’s files never are. Export again or upload Connections.csv alone.",
    });
  }, 30_000);

  // The reader's unit test reads 50,000 connections; this one goes through the upload, the quota and the preview.
  it("still previews a LinkedIn export with its connections and messages", async () => {
    const messages = Array.from(
      { length: 5_000 },
      (_, n) => `2-${n},,First${n} Last${n},https://www.linkedin.com/in/person-${n},Sam Taylor,https://www.linkedin.com/in/sam,2026-07-09 08:12:44 UTC,,"Message ${n}: thanks for connecting, coffee next week?",INBOX`,
    );
    const zip = makeZip([
      deflatedEntry("Connections.csv", `Notes:\n"Some email addresses are missing."\n\n${connections(10_000)}`),
      deflatedEntry("messages.csv", `${MESSAGES_HEADER}${messages.join("\n")}\n`),
    ]);
    const { status, last } = await post("Basic_LinkedInDataExport.zip", zip);
    expect({ status, type: last.type, message: last.message }).toEqual({ status: 200, type: "preview", message: undefined });
    expect(last.preview!.counts).toMatchObject({ create: 10_000, messages: 5_000, invalid: 0 });
  }, 60_000);

  it.each([
    ["on one line", `${"x".repeat(2 * 1024 * 1024)}`],
    ["in a quoted field over many lines", `"${"a line of a very long position\n".repeat(70_000)}"`],
  ])("refuses a CSV with a row longer than 1 MB %s, naming where it starts", async (_case, position) => {
    const csv = `${connections(3)}Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,${position},05 Mar 2024\n${connections(2, 10).slice(HEADER.length)}`;
    const { last } = await post("Connections.csv", csv);
    expect(last).toEqual({
      type: "refused",
      message:
        "Connections.csv: the row starting on line 5 is longer than 1 MB; rows of a contacts export are far shorter. Check that this is the right file (a quote left open joins every row after it), or export it again.",
    });
  });

  it("refuses a file with more rows than one import reads", async () => {
    lowered.rows = 100;
    const { last } = await post("Connections.csv", connections(101));
    expect(last).toEqual({ type: "refused", message: "Connections.csv has more than 100 rows, the most Rapport reads in one import. Split it into smaller files (from a LinkedIn export, upload Connections.csv alone)." });
    expect((await post("Connections.csv", connections(100))).last.type).toBe("preview");
  });

  it("stops a preview that takes longer than its time budget, saying so", async () => {
    lowered.seconds = 0.001;
    const { last } = await post("Connections.csv", connections(3_000));
    expect(last.type).toBe("refused");
    expect(last.message).toMatch(/^Reading Connections\.csv took longer than 0\.001 seconds, the most one import may take, and was stopped after [\d,]+ rows\. Split it into smaller files \(from a LinkedIn export, upload Connections\.csv alone\)\.$/);
  });
});

describe("uploads waiting for their confirmation (item 6)", () => {
  it("keeps each user's 3 newest uploads: a fourth removes the oldest, and nobody else's", async () => {
    const other = (await createUser("Other")).id;
    const theirs = await saveUpload(other, "Connections.csv", new Blob([connections(2)]).stream());
    const tokens: string[] = [];
    for (let n = 0; n < 4; n++) {
      const { last } = await post(`Connections-${n}.csv`, connections(2, n * 10));
      tokens.push(last.preview!.token);
    }
    expect(await previewImportAction(tokens[0]!, options)).toEqual({ ok: false, message: "This upload has expired or was already imported. Choose the file again." });
    for (const token of tokens.slice(1)) expect(await previewImportAction(token, options)).toMatchObject({ ok: true });
    session.userId = other;
    expect(await previewImportAction(theirs.token, options)).toMatchObject({ ok: true });
  });

  it("refuses a fourth upload while three of the same user's are still arriving (429)", async () => {
    const arriving = [slowBody(), slowBody(), slowBody()];
    const pending = arriving.map(({ stream }, n) => post(`slow-${n}.csv`, stream));
    // Until all three have taken their place (counted in PostgreSQL, by whichever instance receives them).
    while ((await db.pendingUpload.count({ where: { ownerId: session.userId, readyAt: null } })) < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await post("Connections.csv", connections(2))).toEqual({
      status: 429,
      last: { type: "refused", message: "You are already uploading 3 files. Wait until they have been read, then try again." },
    });
    for (const { end } of arriving) end();
    expect((await Promise.all(pending)).map(({ status }) => status)).toEqual([200, 200, 200]);
    expect((await post("Connections.csv", connections(2))).status).toBe(200);
  });

  it("refuses any upload with 507 while waiting uploads fill the quota, and takes them again once there is room", async () => {
    // Someone else's upload waiting, counted at the quota's size less 1 MB (its row says so; no bytes are stored).
    const someoneElse = (await createUser("Someone else")).id;
    const filler = "f".repeat(32);
    await db.pendingUpload.create({ data: { id: filler, ownerId: someoneElse, fileName: "big.zip", bytes: BigInt(limits.UPLOAD_QUOTA_BYTES - 1024 * 1024), readyAt: new Date() } });
    try {
      expect(await post("Connections.csv", connections(2))).toEqual({
        status: 507,
        last: {
          type: "refused",
          message: "Rapport has no room for another upload right now: files waiting to be imported take up its 500 MB. Try again later (an upload nobody imports is removed after 2 hours).",
        },
      });
    } finally {
      await db.pendingUpload.delete({ where: { id: filler } });
    }
    expect((await post("Connections.csv", connections(2))).status).toBe(200);
  });

  it("removes an upload nobody confirmed after 2 hours, and one that stopped arriving after 5 minutes, freeing its room", async () => {
    const { token } = await saveUpload(session.userId, "Connections.csv", new Blob([connections(2)]).stream());
    const stalled = "e".repeat(32);
    await db.pendingUpload.create({ data: { id: stalled, ownerId: session.userId, fileName: "slow.csv", bytes: BigInt(limits.UPLOAD_QUOTA_BYTES - 1024 * 1024), touchedAt: new Date(Date.now() - 5 * 60_000 - 1_000) } });
    await db.pendingUpload.update({ where: { id: token }, data: { readyAt: new Date(Date.now() - 2 * 3600_000 - 1_000) } });
    expect(await previewImportAction(token, options)).toEqual({ ok: false, message: "This upload has expired or was already imported. Choose the file again." });
    expect((await post("Connections.csv", connections(2))).status).toBe(200);
    expect(await db.pendingUpload.count({ where: { id: { in: [token, stalled] } } })).toBe(0);
  });
});

describe("the folder an upload is read from (item 7)", () => {
  it("never uses a rapport-imports folder made beforehand and open to everyone: each copy has its own private folder, removed afterwards", async () => {
    const { token } = await saveUpload(session.userId, "Connections.csv", new Blob([connections(2)]).stream());
    let seen: { folder: string; owner: number; mode: string; fileMode: string } | null = null;
    const read = await withUploadFile(session.userId, token, async (file) => {
      const folder = path.dirname(file.path);
      seen = { folder, owner: statSync(folder).uid, mode: (statSync(folder).mode & 0o777).toString(8), fileMode: (statSync(file.path).mode & 0o777).toString(8) };
      return readFileSync(file.path, "utf8");
    });
    expect(read).toBe(connections(2));
    expect(readdirSync(shared)).toEqual([]);
    const { folder, ...rest } = seen!;
    expect(path.dirname(folder)).toBe(parent);
    expect(folder).not.toBe(shared);
    expect(rest).toEqual({ owner: process.getuid!(), mode: "700", fileMode: "600" });
    expect(existsSync(folder)).toBe(false);
  });
});
