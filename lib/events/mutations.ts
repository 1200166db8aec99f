// Event writes, scoped by owner in the `where` of every statement; a result, not an exception, reports a refusal.
import "server-only";
import { db } from "@/lib/db";
import type { EventInput } from "@/lib/events/schema";

export type EventWriteResult = { ok: true; id: string } | { ok: false; reason: "not_found" };

export function createEvent(ownerId: string, input: EventInput): Promise<{ id: string }> {
  return db.event.create({ data: { ...input, ownerId }, select: { id: true } });
}

export async function updateEvent(ownerId: string, id: string, input: EventInput): Promise<EventWriteResult> {
  const { count } = await db.event.updateMany({ where: { id, ownerId }, data: input });
  return count === 1 ? { ok: true, id } : { ok: false, reason: "not_found" };
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
    await tx.encounter.updateMany({ where: { eventId: id, ownerId, where: null }, data: { where: event.name } });
    const { count } = await tx.event.deleteMany({ where: { id, ownerId } });
    return count === 1 ? ({ ok: true, id } as const) : ({ ok: false, reason: "not_found" } as const);
  });
}
