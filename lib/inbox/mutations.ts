// Inbox writes: logging an invitation received, accepting it (the contact then owes a thank-you, through the
// pipeline's rule in lib/pipeline/stage.ts), ignoring it and undoing that. Every statement is scoped by the owner and
// by direction INCOMING, so an outgoing invitation's id names nothing here; refusals are results, not exceptions.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InvitationStatus, Stage } from "@/lib/generated/prisma/enums";
import { classifyReceived } from "@/lib/invitations/assess";
import { middayIn, todayIn } from "@/lib/dates/calendar";
import { acceptingReceived } from "@/lib/pipeline/stage";
import { recordInteraction } from "@/lib/followups/mutations";
import { nameSplits, splitName, type LogInvitationInput, type RestorableStatus } from "@/lib/inbox/schema";

type Tx = Prisma.TransactionClient;

export type NotFound = { ok: false; reason: "not_found" };
export type Refused = { ok: false; reason: "refused"; message: string };

/** Where and when the user is: the received day is theirs, and today's invitation is recorded at `now`. */
export type Clock = { timeZone: string; now: Date };

export type LogResult = { ok: true; id: string; contactId: string; matched: "url" | "name" | "created" };

/** The body of the timeline entry a received invitation writes, the same for a logged one as for an imported one. */
export function receivedBody(message: string): string {
  return `Sent you an invitation on LinkedIn${message ? `:\n${message}` : "."}`;
}

/** The sender: the contact with this profile URL, else one with this name (and no other URL), else a new one. */
async function findOrCreateSender(tx: Tx, ownerId: string, input: LogInvitationInput, at: Date): Promise<{ id: string; matched: LogResult["matched"] }> {
  if (input.linkedinUrl) {
    const byUrl = await tx.contact.findFirst({ where: { ownerId, linkedinUrl: input.linkedinUrl }, select: { id: true } });
    if (byUrl) return { id: byUrl.id, matched: "url" };
  }
  const byName = await tx.contact.findFirst({
    where: {
      ownerId,
      // Someone with this name but another profile is someone else.
      ...(input.linkedinUrl ? { linkedinUrl: null } : {}),
      OR: nameSplits(input.from).map(({ firstName, lastName }) => ({ firstName: { equals: firstName, mode: "insensitive" as const }, lastName: { equals: lastName, mode: "insensitive" as const } })),
    },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    select: { id: true },
  });
  if (byName) {
    if (input.linkedinUrl) await tx.contact.updateMany({ where: { id: byName.id, ownerId }, data: { linkedinUrl: input.linkedinUrl, version: { increment: 1 } } });
    return { id: byName.id, matched: "name" };
  }
  // Someone new: an invitation waits for an answer, so they start in step 1, as an imported one does.
  const created = await tx.contact.create({
    data: { ownerId, ...splitName(input.from), linkedinUrl: input.linkedinUrl, stage: "PERSONALIZE", stageChangedAt: at },
    select: { id: true },
  });
  return { id: created.id, matched: "created" };
}

/** Records an invitation received (NEW), classified as the import classifies them, with its line on the timeline. */
export async function logInvitation(ownerId: string, ownerFirstName: string, input: LogInvitationInput, clock: Clock): Promise<LogResult> {
  // Received today: now. An earlier day: noon that day where the user is.
  const sentAt = input.receivedOn === todayIn(clock.timeZone, clock.now) ? clock.now : middayIn(input.receivedOn, clock.timeZone);
  return db.$transaction(async (tx) => {
    const sender = await findOrCreateSender(tx, ownerId, input, clock.now);
    const invitation = await tx.invitation.create({
      data: {
        ownerId,
        contactId: sender.id,
        direction: "INCOMING",
        channel: "LINKEDIN",
        message: input.message,
        status: "NEW",
        sentAt,
        flags: [classifyReceived(input.message, ownerFirstName)],
      },
      select: { id: true },
    });
    await tx.activity.create({ data: { ownerId, contactId: sender.id, kind: "MESSAGE", occurredAt: sentAt, body: receivedBody(input.message) } });
    await recordInteraction(tx, ownerId, sender.id, sentAt);
    return { ok: true, id: invitation.id, contactId: sender.id, matched: sender.matched } as const;
  });
}

export type AcceptResult = { ok: true; contactId: string; name: string; owesThankYou: boolean } | NotFound | Refused;

/**
 * "Accept": the invitation is ACCEPTED and, unless they were connected already, the contact moves to "Needs a
 * thank-you" with the acceptance dated now, as "Mark as accepted" records one. The contact's row is locked, so a
 * move from the board at the same moment waits and then sees the new stage.
 */
export async function acceptInvitation(ownerId: string, invitationId: string, at: Date): Promise<AcceptResult> {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, ownerId, direction: "INCOMING" },
      select: { contactId: true, contact: { select: { firstName: true, lastName: true } } },
    });
    if (!invitation) return { ok: false, reason: "not_found" } as const;
    const { contactId } = invitation;
    const rows = await tx.$queryRaw<{ stage: Stage }[]>`
      SELECT stage::text AS stage FROM "Contact" WHERE id = ${contactId} AND "ownerId" = ${ownerId} FOR UPDATE`;
    const from = rows[0]?.stage;
    if (!from) return { ok: false, reason: "not_found" } as const;
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, ownerId, direction: "INCOMING", status: { not: "ACCEPTED" } },
      data: { status: "ACCEPTED", respondedAt: at },
    });
    if (count === 0) return { ok: false, reason: "refused", message: "You already accepted this invitation." } as const;
    const move = acceptingReceived(from);
    if (move) {
      await tx.contact.updateMany({ where: { id: contactId, ownerId }, data: { stage: move.to, stageChangedAt: at, connectedAt: at, version: { increment: 1 } } });
      await tx.activity.create({ data: { ownerId, contactId, kind: move.kind, occurredAt: at, body: move.body } });
    }
    await recordInteraction(tx, ownerId, contactId, at);
    const name = [invitation.contact.firstName, invitation.contact.lastName].filter(Boolean).join(" ");
    return { ok: true, contactId, name, owesThankYou: move !== null } as const;
  });
}

export type IgnoreResult = { ok: true; contactId: string; previous: RestorableStatus } | NotFound | Refused;

/** "Ignore": hidden from the inbox, kept for the figures. Returns the status it had, which "Undo" puts back. */
export async function ignoreInvitation(ownerId: string, invitationId: string): Promise<IgnoreResult> {
  const invitation = await db.invitation.findFirst({ where: { id: invitationId, ownerId, direction: "INCOMING" }, select: { status: true, contactId: true } });
  if (!invitation) return { ok: false, reason: "not_found" };
  const previous = invitation.status;
  if (previous !== "NEW" && previous !== "REPLIED") {
    return { ok: false, reason: "refused", message: previous === "IGNORED" ? "This invitation is already ignored." : "You accepted this invitation: it cannot be ignored now." };
  }
  // Only from the status just read: a second tab's "Accept" in between wins, and this one says so.
  const { count } = await db.invitation.updateMany({ where: { id: invitationId, ownerId, direction: "INCOMING", status: previous }, data: { status: "IGNORED" } });
  if (count === 0) return { ok: false, reason: "refused", message: "This invitation changed in the meantime: reload the page." };
  return { ok: true, contactId: invitation.contactId, previous };
}

export type RestoreResult = { ok: true; contactId: string } | NotFound | Refused;

/** Undoes "Ignore": the invitation gets back the status it had (`previous`), if it is still ignored. */
export async function restoreInvitation(ownerId: string, invitationId: string, previous: RestorableStatus): Promise<RestoreResult> {
  const invitation = await db.invitation.findFirst({ where: { id: invitationId, ownerId, direction: "INCOMING" }, select: { contactId: true } });
  if (!invitation) return { ok: false, reason: "not_found" };
  const status: InvitationStatus = previous;
  const { count } = await db.invitation.updateMany({ where: { id: invitationId, ownerId, direction: "INCOMING", status: "IGNORED" }, data: { status } });
  if (count === 0) return { ok: false, reason: "refused", message: "This invitation is not ignored any more: there is nothing to undo." };
  return { ok: true, contactId: invitation.contactId };
}
