// A contact's timeline, newest first.
import "server-only";
import { db } from "@/lib/db";

export function listActivities(ownerId: string, contactId: string, take = 100) {
  return db.activity.findMany({
    where: { ownerId, contactId },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, kind: true, occurredAt: true, body: true },
  });
}

export type ActivityItem = Awaited<ReturnType<typeof listActivities>>[number];
