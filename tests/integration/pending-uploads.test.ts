// Uploads waiting for their confirm live in PostgreSQL, not in the instance that received them (issue 12, item 8):
// another instance (its own PrismaClient, its own modules, its own temporary folder) previews and confirms an upload
// the first one received; two confirms of one upload import it once; deleting the account removes its uploads.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => {
  const user = async () => ({ id: session.userId, name: "Sam Taylor", email: "sam@example.com", inviteNoteLimit: 300, timezone: "UTC" });
  return { getCurrentUser: user, requireUser: user };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const folders = [mkdtempSync(path.join(tmpdir(), "rapport-instance-a-")), mkdtempSync(path.join(tmpdir(), "rapport-instance-b-"))] as const;
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const options = { thankWindowDays: 30, skipInvalid: false };
const EXPIRED = { ok: false, message: "This upload has expired or was already imported. Choose the file again." };

function connections(tag: string, count = 3): string {
  const rows = Array.from({ length: count }, (_, n) => `Ann${n},Lee${tag},https://www.linkedin.com/in/${tag}-${n},,Acme,Engineer,05 Mar 2024`);
  return `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join("\n")}\n`;
}

/** One instance of Rapport: its own modules (so nothing in memory is shared), database client and temporary folder. */
async function startInstance(folder: string) {
  delete (globalThis as { rapportDb?: unknown }).rapportDb;
  vi.resetModules();
  process.env.RAPPORT_IMPORT_DIR = folder;
  return {
    db: (await import("@/lib/db")).db,
    uploads: await import("@/lib/imports/uploads"),
    actions: await import("@/lib/imports/actions"),
    account: await import("@/lib/account/mutations"),
  };
}

describe("uploads waiting for their confirm", () => {
  it("are previewed and confirmed by another instance than the one that received them", async () => {
    session.userId = (await createUser("Sam Taylor")).id;
    const first = await startInstance(folders[0]);
    const { token, bytes } = await first.uploads.saveUpload(session.userId, "Connections.csv", new Blob([connections("across")]).stream());
    expect(await first.actions.previewImportAction(token, options)).toMatchObject({ ok: true, preview: { counts: { create: 3 } } });
    // The first instance stops: its client, its modules and its temporary folder are gone.
    await first.db.$disconnect();
    rmSync(folders[0], { recursive: true, force: true });

    const second = await startInstance(folders[1]);
    expect(await second.uploads.findUpload(session.userId, token)).toEqual({ token, name: "Connections.csv", bytes });
    expect(await second.actions.previewImportAction(token, options)).toMatchObject({ ok: true, preview: { fileName: "Connections.csv", counts: { create: 3 } } });
    const confirmed = await second.actions.confirmImportAction(token, options);
    expect(confirmed).toMatchObject({ ok: true, summary: { fileName: "Connections.csv", counts: { create: 3 } } });
    const imported = await second.db.contact.findMany({ where: { ownerId: session.userId }, select: { lastName: true, linkedinUrl: true }, orderBy: { linkedinUrl: "asc" } });
    expect(imported.map(({ linkedinUrl }) => linkedinUrl)).toEqual([0, 1, 2].map((n) => `https://www.linkedin.com/in/across-${n}`));
    // Confirmed means gone, for every instance; and no copy of it is left on disk.
    expect(await second.db.pendingUpload.count({ where: { id: token } })).toBe(0);
    expect(await second.db.pendingUploadChunk.count({ where: { uploadId: token } })).toBe(0);
    expect(await second.actions.confirmImportAction(token, options)).toEqual(EXPIRED);
    expect(readdirSync(folders[1])).toEqual([]);
  });

  it("are imported once when two confirms of the same upload arrive at once", async () => {
    session.userId = (await createUser("Sam Taylor")).id;
    const instance = await startInstance(folders[1]);
    const { token } = await instance.uploads.saveUpload(session.userId, "Connections.csv", new Blob([connections("twice")]).stream());
    const outcomes = await Promise.all([instance.actions.confirmImportAction(token, options), instance.actions.confirmImportAction(token, options)]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.find((outcome) => !outcome.ok)).toEqual(EXPIRED);
    expect(await instance.db.importBatch.count({ where: { ownerId: session.userId } })).toBe(1);
    expect(await instance.db.contact.count({ where: { ownerId: session.userId } })).toBe(3);
  });

  it("stay when their import is refused, so that the user can confirm again", async () => {
    session.userId = (await createUser("Sam Taylor")).id;
    const instance = await startInstance(folders[1]);
    const { token } = await instance.uploads.saveUpload(session.userId, "people.csv", new Blob(["Name,Notes\nAda,\n"]).stream());
    // Mapped to nothing: the import refuses, and the upload still waits.
    expect(await instance.actions.confirmImportAction(token, { ...options, mapping: {} })).toMatchObject({ ok: false });
    expect(await instance.uploads.findUpload(session.userId, token)).not.toBeNull();
  });

  it("are counted in PostgreSQL without a race: of six arriving at once for one user, three are taken and three refused", async () => {
    session.userId = (await createUser("Sam Taylor")).id;
    const instance = await startInstance(folders[1]);
    const ends: (() => void)[] = [];
    const bodies = Array.from({ length: 6 }, (_, n) => {
      let end!: () => void;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(connections(`race${n}`)));
          end = () => controller.close();
        },
      });
      ends.push(() => end());
      return stream;
    });
    const saves = bodies.map((body, n) => instance.uploads.saveUpload(session.userId, `Connections-${n}.csv`, body).then(
      (saved) => saved.token,
      (error: unknown) => (error instanceof instance.uploads.UploadRefusal ? error.status : error),
    ));
    while ((await instance.db.pendingUpload.count({ where: { ownerId: session.userId } })) < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const end of ends) end();
    const outcomes = await Promise.all(saves);
    expect(outcomes.filter((outcome) => outcome === 429)).toHaveLength(3);
    expect(outcomes.filter((outcome) => typeof outcome === "string")).toHaveLength(3);
    expect(await instance.db.pendingUpload.count({ where: { ownerId: session.userId, readyAt: { not: null } } })).toBe(3);
  });

  it("are removed with the account, and nobody else's are", async () => {
    const instance = await startInstance(folders[1]);
    const password = "a long enough password";
    const owner = await instance.db.user.create({ data: { name: "Leaving", email: `leaving-${Date.now()}@test.rapport.local`, passwordHash: await hashPassword(password) }, select: { id: true } });
    const other = (await createUser("Staying")).id;
    const tokens = [];
    for (let n = 0; n < 3; n++) tokens.push((await instance.uploads.saveUpload(owner.id, `Connections-${n}.csv`, new Blob([connections(`gone${n}`)]).stream())).token);
    const theirs = await instance.uploads.saveUpload(other, "Connections.csv", new Blob([connections("kept")]).stream());
    expect(await instance.db.pendingUpload.count({ where: { ownerId: owner.id } })).toBe(3);

    expect(await instance.account.deleteAccount(owner.id, password)).toEqual({ ok: true });
    expect(await instance.db.pendingUpload.count({ where: { id: { in: tokens } } })).toBe(0);
    expect(await instance.db.pendingUploadChunk.count({ where: { uploadId: { in: tokens } } })).toBe(0);
    expect(await instance.uploads.findUpload(other, theirs.token)).toEqual(theirs);
  });
});
