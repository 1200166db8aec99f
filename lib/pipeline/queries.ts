// The pipeline board's read: the owner's contacts by stage, with what a card shows, in one query.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EncounterKind, Stage } from "@/lib/generated/prisma/enums";
import { howYouMet, type BoardFilters } from "@/lib/pipeline/board";
import { STAGES } from "@/lib/pipeline/stage";

/** Cards shown per stage; the rest are counted and reached through the contact list filtered by stage. */
export const BOARD_STAGE_LIMIT = 100;

export type BoardCard = {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  stage: Stage;
  stageChangedAt: Date;
  createdAt: Date;
  /** When they accepted (possibly earlier than the move): a thank-you is owed since then. */
  connectedAt: Date | null;
  /** The day of the latest encounter: an invitation is owed since then. */
  metOn: Date | null;
  /** The earliest open follow-up, shown on thanked cards. */
  next: { on: Date; note: string | null } | null;
  /** A draft invitation with text exists, so "Mark as sent" can work. */
  hasDraft: boolean;
  howMet: { summary: string; context: string | null } | null;
};

export type Board = {
  /** Newest arrivals first within each stage, at most BOARD_STAGE_LIMIT per stage. */
  cards: BoardCard[];
  /** How many contacts each stage has beyond the cards shown. */
  more: Record<Stage, number>;
};

type Row = {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  stage: Stage;
  stageChangedAt: Date;
  createdAt: Date;
  connectedAt: Date | null;
  nextFollowUpOn: Date | null;
  followUpNote: string | null;
  total: number;
  hasDraft: boolean;
  kind: EncounterKind | null;
  metOn: Date | null;
  context: string | null;
  eventName: string | null;
};

/**
 * The owner's non-archived contacts (filtered by tag and by an event they were met at), the newest
 * BOARD_STAGE_LIMIT of each stage, each with its latest encounter and whether its draft has text. The encounter
 * and draft are joined to the capped rows only, so the work grows with what is shown, not with the network.
 */
export async function listBoard(ownerId: string, filters: BoardFilters = {}): Promise<Board> {
  const conditions: Prisma.Sql[] = [Prisma.sql`c."ownerId" = ${ownerId}`, Prisma.sql`c."archivedAt" IS NULL`];
  if (filters.tag) conditions.push(Prisma.sql`c.tags @> ARRAY[${filters.tag}]::text[]`);
  if (filters.event) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Encounter" f WHERE f."contactId" = c.id AND f."eventId" = ${filters.event} AND f."ownerId" = ${ownerId})`);
  }
  const rows = await db.$queryRaw<Row[]>`
    WITH ranked AS (
      SELECT c.id, c."firstName", c."lastName", c.company, c.stage, c."stageChangedAt", c."createdAt", c."connectedAt",
             c."nextFollowUpOn", c."followUpNote",
             row_number() OVER (PARTITION BY c.stage ORDER BY c."stageChangedAt" DESC, c.id DESC) AS position,
             count(*) OVER (PARTITION BY c.stage)::int AS total
        FROM "Contact" c
       WHERE ${Prisma.join(conditions, " AND ")}
    )
    SELECT r.id, r."firstName", r."lastName", r.company, r.stage::text AS stage, r."stageChangedAt", r."createdAt", r."connectedAt",
           r."nextFollowUpOn", r."followUpNote", r.total,
           EXISTS (SELECT 1 FROM "Invitation" d WHERE d."draftFor" = r.id AND d."ownerId" = ${ownerId} AND btrim(d.message) <> '') AS "hasDraft",
           e.kind::text AS kind, e."metOn", left(e.context, 200) AS context, ev.name AS "eventName"
      FROM ranked r
      LEFT JOIN LATERAL (
        SELECT x.kind, x."metOn", x.context, x."eventId"
          FROM "Encounter" x
         WHERE x."contactId" = r.id AND x."ownerId" = ${ownerId}
         ORDER BY x."metOn" DESC, x."createdAt" DESC
         LIMIT 1
      ) e ON true
      LEFT JOIN "Event" ev ON ev.id = e."eventId"
     WHERE r.position <= ${BOARD_STAGE_LIMIT}
     ORDER BY r."stageChangedAt" DESC, r.id DESC`;

  const more = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  const cards = rows.map((row): BoardCard => {
    more[row.stage] = Math.max(0, row.total - BOARD_STAGE_LIMIT);
    return {
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      company: row.company,
      stage: row.stage,
      stageChangedAt: row.stageChangedAt,
      createdAt: row.createdAt,
      connectedAt: row.connectedAt,
      metOn: row.metOn,
      next: row.nextFollowUpOn ? { on: row.nextFollowUpOn, note: row.followUpNote } : null,
      hasDraft: row.hasDraft,
      howMet: howYouMet(row.kind && row.metOn ? { kind: row.kind, metOn: row.metOn, context: row.context ?? "", eventName: row.eventName } : null),
    };
  });
  return { cards, more };
}
