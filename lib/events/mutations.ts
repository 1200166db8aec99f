// Event writes, scoped by owner in the `where` of every statement; a result, not an exception, reports a refusal.
import "server-only";
import { db } from "@/lib/db";
import type { EventInput } from "@/lib/events/schema";

export type EventWriteResult = { ok: true; id: string } | { ok: false; reason: "not_found" | "conflict" };

export function createEvent(ownerId: string, input: EventInput): Promise<{ id: string }> {
  return db.event.create({ data: { ...input, ownerId }, select: { id: true } });
}

/**
 * Saves an edit only if nobody saved the event since the form was opened at `version`: a second tab's stale form is
 * refused as a conflict instead of silently overwriting the first.
 */
export async function updateEvent(ownerId: string, id: string, version: number, input: EventInput): Promise<EventWriteResult> {
  const { count } = await db.event.updateMany({ where: { id, ownerId, version }, data: { ...input, version: { increment: 1 } } });
  if (count === 1) return { ok: true, id };
  const exists = await db.event.count({ where: { id, ownerId } });
  return { ok: false, reason: exists ? "conflict" : "not_found" };
}

/**
 * Deletes the event; the people met there and their encounters stay (the database unlinks them).
 * An encounter that said nothing about where it happened keeps the event's name as its "Where",
 * so it still says where you met (and search still finds it by that name).
 */
export function deleteEvent(ownerId: string, id: string): Promise<EventWriteResult> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findFirst({ where: { id, ownerId }, select: { name: true } });
    if (!event) return { ok: false, reason: "not_found" } as const;
    // Their versions move too: an encounter form opened before still names the event, and must not write it back.
    await tx.encounter.updateMany({ where: { eventId: id, ownerId, where: null }, data: { where: event.name } });
    await tx.encounter.updateMany({ where: { eventId: id, ownerId }, data: { version: { increment: 1 } } });
    const { count } = await tx.event.deleteMany({ where: { id, ownerId } });
    return count === 1 ? ({ ok: true, id } as const) : ({ ok: false, reason: "not_found" } as const);
  });
}
