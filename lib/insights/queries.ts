// The figures of /insights: one SQL aggregate per panel (received, sent, thank-yous, per event), run in parallel.
// Rows are counted in PostgreSQL, never loaded into JavaScript; each query reads the big tables (Invitation, Contact,
// Activity) through an index (see the insights_indexes migration and tests/integration/insights-plans.test.ts).
// Stored times are UTC `timestamp`s; a day or a month is the one where the user is (`AT TIME ZONE`).
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/dates/calendar";
import { rateEstimate, shares } from "./math";
import { periodBounds } from "./period";
import type { EventFunnel, Insights, Period, ReceivedPanel, SentPanel, Share, ThankYouPanel } from "./types";

/** A timezone PostgreSQL and Intl both know, else UTC (an unknown name would make the query fail). */
export function sqlTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return /^[A-Za-z0-9_+\-/]{1,64}$/.test(timeZone) ? timeZone : "UTC";
  } catch {
    return "UTC";
  }
}

/** What every panel's query needs: the owner, the instants the period covers, and the user's timezone. */
export type InsightsScope = { userId: string; start: Date | null; end: Date; timeZone: string; from: string | null; to: string };

export function insightsScope(userId: string, period: Period, timeZone: string): InsightsScope {
  const zone = sqlTimeZone(timeZone);
  const { start, end } = periodBounds(period, zone);
  return { userId, start, end, timeZone: zone, from: period.from, to: period.to };
}

// Instants as the UTC wall time PostgreSQL stores in `timestamp` columns (the trailing "Z" is ignored by the cast).
const at = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp`;

/** `column` within the period: on or after its start (unless all time) and before the day after its end. */
function within(column: Prisma.Sql, scope: InsightsScope): Prisma.Sql {
  return scope.start
    ? Prisma.sql`${column} >= ${at(scope.start)} AND ${column} < ${at(scope.end)}`
    : Prisma.sql`${column} < ${at(scope.end)}`;
}

/** A stored instant as the local time where the user is. */
const local = (column: Prisma.Sql, scope: InsightsScope) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${scope.timeZone})`;

/**
 * Received invitations by month (where the user is) and class, ignored ones too; the class is the invitation's single
 * flag. Grouped by month and flag first, so each row costs one comparison and the months are named once each.
 */
export function receivedSql(scope: InsightsScope): Prisma.Sql {
  return Prisma.sql`
    SELECT to_char(g.month, 'YYYY-MM') AS month,
           coalesce(sum(g.n) FILTER (WHERE g.class = 'default'), 0)::int AS "default",
           coalesce(sum(g.n) FILTER (WHERE g.class = 'greeting_only'), 0)::int AS "greetingOnly",
           coalesce(sum(g.n) FILTER (WHERE g.class IS DISTINCT FROM 'default' AND g.class IS DISTINCT FROM 'greeting_only'), 0)::int AS personal
      FROM (SELECT date_trunc('month', ${local(Prisma.sql`i."sentAt"`, scope)}) AS month, i.flags[1] AS class, count(*) AS n
              FROM "Invitation" i
             WHERE i."ownerId" = ${scope.userId} AND i.direction = 'INCOMING' AND ${within(Prisma.sql`i."sentAt"`, scope)}
             GROUP BY 1, 2) g
     GROUP BY g.month
     ORDER BY g.month`;
}

/**
 * The user's sent invitations (not drafts): how many, how many personal (no DEFAULT_TEXT finding), the average score,
 * and how many of each group were accepted. Grouped by those two questions first, then added up.
 */
export function sentSql(scope: InsightsScope): Prisma.Sql {
  return Prisma.sql`
    SELECT coalesce(sum(g.n), 0)::int AS total,
           coalesce(sum(g.n) FILTER (WHERE NOT g."defaultText"), 0)::int AS personal,
           coalesce(sum(g.n) FILTER (WHERE NOT g."defaultText" AND g.accepted), 0)::int AS "personalAccepted",
           coalesce(sum(g.n) FILTER (WHERE g."defaultText" AND g.accepted), 0)::int AS "defaultAccepted",
           (sum(g.scores) / nullif(sum(g.n), 0))::float8 AS "averageScore"
      FROM (SELECT 'DEFAULT_TEXT' = ANY (i.flags) AS "defaultText", i.status = 'ACCEPTED' AS accepted, count(*) AS n, sum(i.score) AS scores
              FROM "Invitation" i
             WHERE i."ownerId" = ${scope.userId} AND i.direction = 'OUTGOING'
               AND i.status IN ('SENT', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')
               AND ${within(Prisma.sql`i."sentAt"`, scope)}
             GROUP BY 1, 2) g`;
}

/**
 * Connections accepted in the period and how many were thanked (stage THANKED or a thank-you in the timeline), the
 * median whole days (where the user is) from acceptance to the first thank-you, who is owed one now, and the
 * follow-ups done in the period on or before their day (on time) or after it (late).
 */
export function thankYousSql(scope: InsightsScope): Prisma.Sql {
  // Each accepted contact's first thank-you: over a bounded period, looked up by key for the few accepted in it; over
  // all time, one pass over the user's thank-yous, hashed.
  const firstThanks = scope.start
    ? Prisma.sql`LEFT JOIN LATERAL (
          SELECT min(a."occurredAt") AS "thankedAt" FROM "Activity" a
           WHERE a."ownerId" = ${scope.userId} AND a.kind = 'THANK_YOU_SENT' AND a."contactId" = c.id
        ) t ON true`
    : Prisma.sql`LEFT JOIN (
          SELECT a."contactId", min(a."occurredAt") AS "thankedAt" FROM "Activity" a
           WHERE a."ownerId" = ${scope.userId} AND a.kind = 'THANK_YOU_SENT'
           GROUP BY a."contactId"
        ) t ON t."contactId" = c.id`;
  return Prisma.sql`
    WITH accepted AS (
      SELECT count(*)::int AS accepted,
             count(*) FILTER (WHERE c.stage = 'THANKED' OR t."thankedAt" IS NOT NULL)::int AS thanked,
             (percentile_cont(0.5) WITHIN GROUP (
                ORDER BY greatest(0, ${local(Prisma.sql`t."thankedAt"`, scope)}::date - ${local(Prisma.sql`c."connectedAt"`, scope)}::date))
                FILTER (WHERE t."thankedAt" IS NOT NULL))::float8 AS "medianDays"
        FROM "Contact" c
        ${firstThanks}
       WHERE c."ownerId" = ${scope.userId} AND ${within(Prisma.sql`c."connectedAt"`, scope)}
    ), done AS (
      SELECT count(*) FILTER (WHERE ${local(Prisma.sql`f."doneAt"`, scope)}::date <= f."dueOn")::int AS "onTime",
             count(*) FILTER (WHERE ${local(Prisma.sql`f."doneAt"`, scope)}::date > f."dueOn")::int AS late
        FROM "FollowUp" f
       WHERE f."ownerId" = ${scope.userId} AND ${within(Prisma.sql`f."doneAt"`, scope)}
    )
    SELECT accepted.accepted, accepted.thanked, accepted."medianDays",
           (SELECT count(*)::int FROM "Contact" o
             WHERE o."ownerId" = ${scope.userId} AND o.stage = 'CONNECTED' AND o."archivedAt" IS NULL) AS "stillOwed",
           done."onTime", done.late
      FROM accepted, done`;
}

/**
 * Each event starting in the period (every event for all time), newest first: the distinct contacts met there, and
 * of those, invited (an outgoing invitation that left the drafts), accepted (connectedAt set) and thanked.
 */
export function eventsSql(scope: InsightsScope): Prisma.Sql {
  const days = scope.from
    ? Prisma.sql`AND ev."startsOn" >= ${scope.from}::date AND ev."startsOn" < ${addDays(scope.to, 1)}::date`
    : Prisma.empty;
  // Whether each person met was invited (an invitation that left the drafts) or thanked. Over a bounded period a few
  // people were met: look each one up by key. Over all time most were: one pass over the user's invitations and
  // thank-yous, hashed, costs less than thousands of lookups.
  const sentStatuses = Prisma.sql`('SENT', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`;
  const bounded = scope.from !== null;
  const invited = bounded
    ? Prisma.sql`EXISTS (SELECT 1 FROM "Invitation" i WHERE i."contactId" = m."contactId" AND i."ownerId" = ${scope.userId}
                           AND i.direction = 'OUTGOING' AND i.status IN ${sentStatuses})`
    : Prisma.sql`inv."contactId" IS NOT NULL`;
  const thanked = bounded
    ? Prisma.sql`EXISTS (SELECT 1 FROM "Activity" a WHERE a."ownerId" = ${scope.userId} AND a.kind = 'THANK_YOU_SENT' AND a."contactId" = m."contactId")`
    : Prisma.sql`t."contactId" IS NOT NULL`;
  const joins = bounded
    ? Prisma.empty
    : Prisma.sql`
        LEFT JOIN (SELECT DISTINCT i."contactId" FROM "Invitation" i
                    WHERE i."ownerId" = ${scope.userId} AND i.direction = 'OUTGOING' AND i.status IN ${sentStatuses}) inv
               ON inv."contactId" = m."contactId"
        LEFT JOIN (SELECT DISTINCT a."contactId" FROM "Activity" a WHERE a."ownerId" = ${scope.userId} AND a.kind = 'THANK_YOU_SENT') t
               ON t."contactId" = m."contactId"`;
  return Prisma.sql`
    WITH events AS (
      SELECT ev.id, ev.name, ev."startsOn" FROM "Event" ev WHERE ev."ownerId" = ${scope.userId} ${days}
    ), met AS (
      SELECT DISTINCT e."eventId", e."contactId"
        FROM "Encounter" e JOIN events ON events.id = e."eventId"
       WHERE e."ownerId" = ${scope.userId}
    ), funnel AS (
      SELECT m."eventId",
             count(*)::int AS met,
             count(*) FILTER (WHERE ${invited})::int AS invited,
             count(*) FILTER (WHERE c."connectedAt" IS NOT NULL)::int AS accepted,
             count(*) FILTER (WHERE c.stage = 'THANKED' OR ${thanked})::int AS thanked
        FROM met m
        -- Each person met by their key (LIMIT 1 keeps it a lookup), not a pass over every contact of the user.
        CROSS JOIN LATERAL (
          SELECT k."connectedAt", k.stage FROM "Contact" k WHERE k.id = m."contactId" AND k."ownerId" = ${scope.userId} LIMIT 1
        ) c
        ${joins}
       GROUP BY m."eventId"
    )
    SELECT events.id AS "eventId", events.name, to_char(events."startsOn", 'YYYY-MM-DD') AS "startsOn",
           coalesce(f.met, 0) AS met, coalesce(f.invited, 0) AS invited,
           coalesce(f.accepted, 0) AS accepted, coalesce(f.thanked, 0) AS thanked
      FROM events LEFT JOIN funnel f ON f."eventId" = events.id
     ORDER BY events."startsOn" DESC, events.name, events.id`;
}

type ReceivedRow = { month: string; default: number; greetingOnly: number; personal: number };
type SentRow = { total: number; personal: number; personalAccepted: number; defaultAccepted: number; averageScore: number | null };
type ThankYouRow = { accepted: number; thanked: number; medianDays: number | null; stillOwed: number; onTime: number; late: number };

async function received(scope: InsightsScope): Promise<ReceivedPanel> {
  const byMonth = await db.$queryRaw<ReceivedRow[]>(receivedSql(scope));
  // A few dozen monthly rows at most: their sums are the panel's totals.
  const sum = (key: "default" | "greetingOnly" | "personal") => byMonth.reduce((total, row) => total + row[key], 0);
  const [defaults, greetingOnly, personal] = shares([sum("default"), sum("greetingOnly"), sum("personal")]) as [Share, Share, Share];
  return { total: defaults.count + greetingOnly.count + personal.count, default: defaults, greetingOnly, personal, byMonth };
}

async function sent(scope: InsightsScope): Promise<SentPanel> {
  const [row] = await db.$queryRaw<SentRow[]>(sentSql(scope));
  const { total, personal, personalAccepted, defaultAccepted, averageScore } = row!;
  const [personalShare, defaultShare] = shares([personal, total - personal]) as [Share, Share];
  return {
    total,
    personal: personalShare,
    default: defaultShare,
    averageScore: averageScore === null ? null : Math.round(averageScore),
    personalAcceptance: rateEstimate(personalAccepted, personal),
    defaultAcceptance: rateEstimate(defaultAccepted, total - personal),
  };
}

async function thankYous(scope: InsightsScope): Promise<ThankYouPanel> {
  const [row] = await db.$queryRaw<ThankYouRow[]>(thankYousSql(scope));
  const { accepted, thanked, medianDays, stillOwed, onTime, late } = row!;
  const [thankedShare] = shares([thanked, accepted - thanked]) as [Share];
  const [onTimeShare, lateShare] = shares([onTime, late]) as [Share, Share];
  return { accepted, thanked: thankedShare, medianDaysToThank: medianDays, stillOwed, followUpsOnTime: onTimeShare, followUpsLate: lateShare };
}

async function events(scope: InsightsScope): Promise<EventFunnel[]> {
  return db.$queryRaw<EventFunnel[]>(eventsSql(scope));
}

/** Every panel of /insights for one user and period, in the user's timezone: four aggregates, in parallel. */
export async function getInsights(userId: string, period: Period, timeZone: string): Promise<Insights> {
  const scope = insightsScope(userId, period, timeZone);
  const [receivedPanel, sentPanel, thankYouPanel, eventFunnels] = await Promise.all([received(scope), sent(scope), thankYous(scope), events(scope)]);
  return { period, received: receivedPanel, sent: sentPanel, thankYous: thankYouPanel, events: eventFunnels };
}
