// A large network for /insights' benchmark and plan test, written by generate_series in a few statements: contacts at
// every stage with notes as long as real ones (rows as wide as real ones, for the planner) (some accepted, some thanked, a few archived), received invitations of each class and sent ones with
// scores and findings, thank-yous and notes in the timeline, follow-ups done on time or late, and events met at.
// Spread over the three years before `now`. Written in one transaction with triggers off (session_replication_role,
// which needs a superuser, as the test and benchmark databases have): the contact search triggers and the foreign-key
// checks would take a minute, and /insights reads neither the search text nor anything they would refuse.
import { Prisma, type PrismaClient } from "../../lib/generated/prisma/client";

type Writer = Pick<PrismaClient, "$executeRaw">;

export type InsightsSeedSize = { contacts: number; invitations: number; events?: number };

/** Seeds one user's network; ids are prefixed with `prefix` (unique per seeded user). */
export async function seedInsightsNetwork(db: PrismaClient, ownerId: string, prefix: string, size: InsightsSeedSize, now = new Date()): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      await write(tx, ownerId, prefix, size, now);
    },
    { timeout: 120_000 },
  );
}

async function write(client: Writer, ownerId: string, prefix: string, size: InsightsSeedSize, now: Date): Promise<void> {
  const { contacts, invitations } = size;
  const events = size.events ?? 200;
  const at = Prisma.sql`${now.toISOString()}::timestamp`;
  // Contact g: stage by g % 10 (0-2 thanked, 3-4 accepted and owed a thank-you, 5-6 invited, else not yet), accepted
  // some day in the last two years, one in fifty archived.
  await client.$executeRaw`
    INSERT INTO "Contact" (id, "ownerId", "firstName", "lastName", company, notes, stage, "stageChangedAt", "connectedAt", "archivedAt", "updatedAt")
    SELECT ${prefix} || '-c' || g, ${ownerId}, 'First' || g, 'Last' || (g % 997), 'Company ' || (g % 500), n.notes,
           (CASE WHEN g % 10 < 3 THEN 'THANKED' WHEN g % 10 < 5 THEN 'CONNECTED' WHEN g % 10 < 7 THEN 'SENT' ELSE 'PERSONALIZE' END)::"Stage",
           ${at} - make_interval(days => g % 700),
           CASE WHEN g % 10 < 5 THEN ${at} - make_interval(days => g % 730, hours => g % 24) END,
           CASE WHEN g % 50 = 0 THEN ${at} END,
           ${at}
      FROM generate_series(1, ${contacts}::int) g,
           LATERAL (SELECT 'Met at the product summit ' || g || '; talked about pricing, hiring in Berlin and a podcast on '
                           || 'discovery interviews. Wants an introduction to someone who runs analytics at a logistics company.' AS notes) n`;
  // Invitation g: odd ones received (class by g % 10: 0-5 default, 6 greeting only, 7-9 personal), even ones sent
  // (g % 10: 0-3 accepted, 4-5 waiting, 6 declined, 7 withdrawn, 8 a draft; a third with the default text).
  await client.$executeRaw`
    INSERT INTO "Invitation" (id, "ownerId", "contactId", direction, message, status, "sentAt", "respondedAt", score, flags, "updatedAt")
    SELECT ${prefix} || '-i' || g, ${ownerId}, ${prefix} || '-c' || (1 + g % ${contacts}::int),
           (CASE WHEN g % 2 = 1 THEN 'INCOMING' ELSE 'OUTGOING' END)::"InvitationDirection",
           CASE WHEN g % 10 < 5 THEN 'I''d like to add you to my professional network on LinkedIn.'
                ELSE 'Hi, great to meet you at the summit ' || g || ': your point about pricing pages stayed with me. '
                     || 'I run a small analytics team and would love to compare notes on hiring in Berlin.' END,
           (CASE WHEN g % 2 = 1 THEN (CASE WHEN g % 7 = 0 THEN 'IGNORED' WHEN g % 7 = 1 THEN 'ACCEPTED' ELSE 'NEW' END)
                 ELSE (CASE WHEN g % 10 < 4 THEN 'ACCEPTED' WHEN g % 10 < 6 THEN 'SENT' WHEN g % 10 = 6 THEN 'DECLINED'
                            WHEN g % 10 = 7 THEN 'WITHDRAWN' ELSE 'DRAFT' END) END)::"InvitationStatus",
           CASE WHEN g % 2 = 1 OR g % 10 <> 8 THEN ${at} - make_interval(days => g % 1095, hours => g % 24, mins => g % 60) END,
           CASE WHEN g % 2 = 0 AND g % 10 < 4 THEN ${at} - make_interval(days => g % 1000) END,
           CASE WHEN g % 2 = 1 THEN 0 ELSE g % 101 END,
           CASE WHEN g % 2 = 1 THEN ARRAY[CASE WHEN g % 10 < 6 THEN 'default' WHEN g % 10 = 6 THEN 'greeting_only' ELSE 'customized' END]
                WHEN g % 3 = 0 THEN ARRAY['DEFAULT_TEXT', 'NO_CONTEXT'] ELSE ARRAY['NO_REASON'] END,
           ${at}
      FROM generate_series(1, ${invitations}::int) g`;
  // The timeline: a note for every contact, an acceptance for the accepted, a thank-you for the thanked (0-5 days on).
  await client.$executeRaw`
    INSERT INTO "Activity" (id, "ownerId", "contactId", kind, "occurredAt")
    SELECT ${prefix} || '-a' || c.n || '-' || k.kind, ${ownerId}, ${prefix} || '-c' || c.n, k.kind::"ActivityKind",
           CASE WHEN k.kind = 'NOTE' THEN ${at} - make_interval(days => c.n % 900)
                WHEN k.kind = 'INVITE_ACCEPTED' THEN ${at} - make_interval(days => c.n % 730, hours => c.n % 24)
                ELSE ${at} - make_interval(days => c.n % 730, hours => c.n % 24) + make_interval(days => c.n % 6) END
      FROM generate_series(1, ${contacts}::int) AS c(n)
      JOIN (VALUES ('NOTE'), ('INVITE_ACCEPTED'), ('THANK_YOU_SENT')) AS k(kind)
        ON k.kind = 'NOTE' OR (k.kind = 'INVITE_ACCEPTED' AND c.n % 10 < 5) OR (k.kind = 'THANK_YOU_SENT' AND c.n % 10 < 3)`;
  // Follow-ups for one contact in five: most done, on their day or a few days late.
  await client.$executeRaw`
    INSERT INTO "FollowUp" (id, "ownerId", "contactId", "dueOn", "doneAt", "updatedAt")
    SELECT ${prefix} || '-f' || g, ${ownerId}, ${prefix} || '-c' || g,
           (${at} - make_interval(days => g % 700))::date,
           CASE WHEN g % 4 <> 0 THEN ${at} - make_interval(days => g % 700) + make_interval(days => g % 3) END,
           ${at}
      FROM generate_series(5, ${contacts}::int, 5) g`;
  // Events, and one contact in five met at one of them.
  await client.$executeRaw`
    INSERT INTO "Event" (id, "ownerId", name, "startsOn", "updatedAt")
    SELECT ${prefix} || '-e' || g, ${ownerId}, 'Event ' || g, (${at} - make_interval(days => g * 5))::date, ${at}
      FROM generate_series(1, ${events}::int) g`;
  await client.$executeRaw`
    INSERT INTO "Encounter" (id, "ownerId", "contactId", "eventId", kind, "metOn", "updatedAt")
    SELECT ${prefix} || '-m' || g, ${ownerId}, ${prefix} || '-c' || g, ${prefix} || '-e' || (1 + g % ${events}::int), 'EVENT',
           (${at} - make_interval(days => (1 + g % ${events}::int) * 5))::date, ${at}
      FROM generate_series(3, ${contacts}::int, 5) g`;
}

/** Removes what seedInsightsNetwork wrote for these users, and the users (quickly: triggers off, table by table). */
export async function removeInsightsNetwork(db: PrismaClient, ownerIds: string[]): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      await tx.$executeRaw`DELETE FROM "Encounter" WHERE "ownerId" = ANY (${ownerIds})`;
      await tx.$executeRaw`DELETE FROM "Event" WHERE "ownerId" = ANY (${ownerIds})`;
      await tx.$executeRaw`DELETE FROM "FollowUp" WHERE "ownerId" = ANY (${ownerIds})`;
      await tx.$executeRaw`DELETE FROM "Activity" WHERE "ownerId" = ANY (${ownerIds})`;
      await tx.$executeRaw`DELETE FROM "Invitation" WHERE "ownerId" = ANY (${ownerIds})`;
      await tx.$executeRaw`DELETE FROM "Contact" WHERE "ownerId" = ANY (${ownerIds})`;
      await tx.$executeRaw`DELETE FROM "User" WHERE id = ANY (${ownerIds})`;
    },
    { timeout: 120_000 },
  );
}
