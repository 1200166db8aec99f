// Contact writes, scoped by owner in the `where` of every statement. The server actions call
// these after checking the session; tests call them directly with a user's id.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContactInput } from "@/lib/contacts/schema";
import { contactName } from "@/lib/contacts/display";
import { findContactByLinkedinUrl } from "@/lib/contacts/queries";

export type WriteResult =
  | { ok: true; id: string }
  | { ok: false; reason: "not_found" | "conflict" }
  | { ok: false; reason: "duplicate"; field: "linkedinUrl"; message: string; existingId: string; existingName: string };

async function duplicateOf(ownerId: string, input: ContactInput, exceptId?: string): Promise<WriteResult | null> {
  if (!input.linkedinUrl) return null;
  const existing = await findContactByLinkedinUrl(ownerId, input.linkedinUrl, exceptId);
  if (!existing) return null;
  return {
    ok: false,
    reason: "duplicate",
    field: "linkedinUrl",
    existingId: existing.id,
    existingName: contactName(existing),
    message: `${contactName(existing)} already has this LinkedIn URL.`,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createContact(ownerId: string, input: ContactInput): Promise<WriteResult> {
  const duplicate = await duplicateOf(ownerId, input);
  if (duplicate) return duplicate;
  try {
    const contact = await db.contact.create({ data: { ...input, ownerId }, select: { id: true } });
    return { ok: true, id: contact.id };
  } catch (error) {
    // A second tab saved the same profile between the check and the insert.
    if (isUniqueViolation(error)) return (await duplicateOf(ownerId, input)) ?? { ok: false, reason: "conflict" };
    throw error;
  }
}

/**
 * Saves an edit only if nobody saved the contact since the form was opened (`version`): a second
 * tab's stale form is refused instead of silently overwriting the first.
 */
export async function updateContact(ownerId: string, id: string, version: number, input: ContactInput): Promise<WriteResult> {
  const duplicate = await duplicateOf(ownerId, input, id);
  if (duplicate) return duplicate;
  try {
    const { count } = await db.contact.updateMany({
      where: { id, ownerId, version },
      data: { ...input, version: { increment: 1 } },
    });
    if (count === 1) return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return (await duplicateOf(ownerId, input, id)) ?? { ok: false, reason: "conflict" };
    throw error;
  }
  const exists = await db.contact.count({ where: { id, ownerId } });
  return { ok: false, reason: exists ? "conflict" : "not_found" };
}

export async function deleteContact(ownerId: string, id: string): Promise<boolean> {
  const { count } = await db.contact.deleteMany({ where: { id, ownerId } });
  return count === 1;
}
