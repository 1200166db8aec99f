// Autosaved drafts survive a server restart: the invitation and thank-you drafts are rows in PostgreSQL, written
// through the same actions the composers call as the user types. The "restart" drops the app's database client and
// every module (nothing kept in memory survives), then the composers' own queries read the drafts back through a new
// client; a separate plain connection (another instance, say) sees them too.
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Sam Taylor", email: "sam@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const INVITATION = "Hi Ada, great to meet you at the tide pool walk. Could we swap notes on sea stars?";
const THANK_YOU = "Thanks for connecting, Ada! I'll send the tide tables this week.";

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});

describe("autosaved drafts", () => {
  it("are read back after the app's client and modules are gone, and from another connection", async () => {
    const { db } = await import("@/lib/db");
    const { saveDraftAction } = await import("@/lib/invitations/actions");
    const { saveThankYouDraftAction } = await import("@/lib/thank-you/actions");
    const ownerId = (await createUser("Sam Taylor")).id;
    session.userId = ownerId;
    const invitee = await db.contact.create({ data: { ownerId, firstName: "Ada", lastName: "Byron" }, select: { id: true } });
    const thanked = await db.contact.create({ data: { ownerId, firstName: "Ada", lastName: "Lovelace", stage: "CONNECTED", connectedAt: new Date() }, select: { id: true } });

    expect(await saveDraftAction(invitee.id, INVITATION, "OTHER")).toMatchObject({ ok: true });
    expect(await saveThankYouDraftAction(thanked.id, THANK_YOU)).toMatchObject({ ok: true });

    // The restart: the pool is closed, the cached client forgotten, every module loaded afresh.
    await db.$disconnect();
    delete (globalThis as { rapportDb?: unknown }).rapportDb;
    vi.resetModules();

    const { getComposer } = await import("@/lib/invitations/queries");
    const { getThankYouComposer } = await import("@/lib/thank-you/queries");
    expect((await getComposer(ownerId, invitee.id))?.draft).toMatchObject({ message: INVITATION, relationshipClaim: "OTHER" });
    expect((await getThankYouComposer(ownerId, thanked.id))?.draft).toMatchObject({ message: THANK_YOU });

    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      const invitations = await other.query(`SELECT message, status FROM "Invitation" WHERE "ownerId" = $1 AND "draftFor" = $2`, [ownerId, invitee.id]);
      expect(invitations.rows).toEqual([{ message: INVITATION, status: "DRAFT" }]);
      const thankYous = await other.query(`SELECT message FROM "ThankYouDraft" WHERE "ownerId" = $1 AND "contactId" = $2`, [ownerId, thanked.id]);
      expect(thankYous.rows).toEqual([{ message: THANK_YOU }]);
    } finally {
      await other.end();
    }
  });
});
