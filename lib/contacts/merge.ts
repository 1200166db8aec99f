// Merging two contacts into one, and folding a refused duplicate's typed details into the contact it
// duplicates. Each runs in one transaction, scoped by owner, and returns a result instead of throwing.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stage } from "@/lib/generated/prisma/enums";
import type { ContactInput } from "@/lib/contacts/schema";
import { contactName } from "@/lib/contacts/display";
import { CONTACT_DETAILS_SELECT } from "@/lib/contacts/queries";
import {
  furtherStage,
  earlierDate,
  laterDate,
  mergedActivityBody,
  resolveFields,
  unionTags,
  type MergeChoiceValues,
  type MergeField,
  type MergeFieldValues,
} from "@/lib/contacts/merge-plan";

export type MergeChoices = {
  /** The versions both contacts had when the user compared them: a change since is refused as a conflict. */
  keepVersion: number;
  otherVersion: number;
  /** The value to keep for each field that differs (for notes, both joined is allowed too). */
  values: MergeChoiceValues;
};

export type DraftChoices = {
  /** What was typed in the new-contact form, parsed with `contactInput`. */
  draft: ContactInput;
  values: MergeChoiceValues;
};

export type MergeResult =
  | { ok: true; id: string }
  | { ok: false; reason: "not_found" | "conflict" | "same_contact" }
  | { ok: false; reason: "invalid_choice"; field: MergeField; message: string }
  | { ok: false; reason: "duplicate"; field: "linkedinUrl"; message: string; existingId: string; existingName: string };

type Refused = Exclude<MergeResult, { ok: true }>;

/** Thrown inside a transaction to roll it back and hand the result to the caller. */
class MergeRefused extends Error {
  constructor(readonly result: Refused) {
    super(result.reason);
  }
}

const mergeSelect = {
  ...CONTACT_DETAILS_SELECT,
  stageChangedAt: true,
  lastInteractionAt: true,
  nextFollowUpOn: true,
  followUpNote: true,
  connectedAt: true,
  stayInTouchWeeks: true,
  archivedAt: true,
  createdAt: true,
  importId: true,
} as const;

const blank = (value: string | null) => (value && value.trim() ? value : null);

function contactFields(values: MergeFieldValues) {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    email: blank(values.email),
    phone: blank(values.phone),
    company: blank(values.company),
    title: blank(values.title),
    linkedinUrl: blank(values.linkedinUrl),
    location: blank(values.location),
    notes: blank(values.notes),
  };
}

/**
 * Takes a contact's row lock and bumps its version, but only if nobody saved it since `version`:
 * everything read after this in the transaction is what the user compared.
 */
async function lockAtVersion(tx: Prisma.TransactionClient, ownerId: string, id: string, version: number) {
  const { count } = await tx.contact.updateMany({ where: { id, ownerId, version }, data: { version: { increment: 1 } } });
  if (count === 1) return;
  const exists = await tx.contact.count({ where: { id, ownerId } });
  throw new MergeRefused({ ok: false, reason: exists ? "conflict" : "not_found" });
}

/**
 * Re-points everything that belongs to `fromId` at `toId`, so deleting `fromId` loses nothing: its
 * encounters ("how we met"), the encounters that name it as the mutual connection, and its timeline.
 * Rows of models added later that hang off a contact (Invitation, FollowUp) move here too.
 *
 * Rows an import added to `fromId` leave that import, unless the kept contact came from the same one:
 * on the kept contact they are part of a record the user has merged, and undoing the import must not
 * take them away from it. The kept contact itself stays in its import (so the undo dialog can count it
 * among those "changed since and kept"): the merge bumps its version and writes a MERGED entry, and
 * undo keeps every contact changed since (lib/imports/undo.ts), with all it holds.
 */
async function moveRelatedRows(tx: Prisma.TransactionClient, ownerId: string, fromId: string, toId: string, toImportId: string | null) {
  const otherImport = { ownerId, contactId: fromId, importId: toImportId ? { not: toImportId } : { not: null } };
  await tx.activity.updateMany({ where: otherImport, data: { importId: null } });
  await tx.invitation.updateMany({ where: otherImport, data: { importId: null } });
  await tx.encounter.updateMany({ where: { ownerId, contactId: fromId }, data: { contactId: toId } });
  await tx.encounter.updateMany({ where: { ownerId, throughContactId: fromId }, data: { throughContactId: toId } });
  // A mutual connection who was the other half of this merge would now introduce the contact to itself.
  await tx.encounter.updateMany({ where: { ownerId, contactId: toId, throughContactId: toId }, data: { throughContactId: null } });
  await tx.activity.updateMany({ where: { ownerId, contactId: fromId }, data: { contactId: toId } });
  await moveInvitations(tx, ownerId, fromId, toId);
  await tx.followUp.updateMany({ where: { ownerId, contactId: fromId }, data: { contactId: toId } });
}

/**
 * Invitations move too. A contact has at most one draft: if both have one, the other's draft text is
 * kept as a note on the timeline rather than lost.
 */
async function moveInvitations(tx: Prisma.TransactionClient, ownerId: string, fromId: string, toId: string) {
  const [fromDraft, toDraft] = await Promise.all([
    tx.invitation.findFirst({ where: { ownerId, draftFor: fromId }, select: { id: true, message: true } }),
    tx.invitation.findFirst({ where: { ownerId, draftFor: toId }, select: { id: true } }),
  ]);
  if (fromDraft && toDraft) {
    if (fromDraft.message.trim()) {
      await tx.activity.create({ data: { ownerId, contactId: toId, kind: "NOTE", body: `Draft invitation kept from the merge:\n${fromDraft.message}` } });
    }
    await tx.invitation.delete({ where: { id: fromDraft.id } });
  } else if (fromDraft) {
    await tx.invitation.update({ where: { id: fromDraft.id }, data: { draftFor: toId } });
  }
  await tx.invitation.updateMany({ where: { ownerId, contactId: fromId }, data: { contactId: toId } });
}

function stageOf(keep: { stage: Stage; stageChangedAt: Date }, other: { stage: Stage; stageChangedAt: Date }) {
  const source = furtherStage(keep.stage, other.stage) === "other" ? other : keep;
  return { stage: source.stage, stageChangedAt: source.stageChangedAt };
}

// The sooner next step wins, so merging never pushes a follow-up further out.
function followUpOf(
  keep: { nextFollowUpOn: Date | null; followUpNote: string | null },
  other: { nextFollowUpOn: Date | null; followUpNote: string | null },
) {
  const source =
    !keep.nextFollowUpOn || (other.nextFollowUpOn && other.nextFollowUpOn.getTime() < keep.nextFollowUpOn.getTime()) ? other : keep;
  return source.nextFollowUpOn
    ? { nextFollowUpOn: source.nextFollowUpOn, followUpNote: source.followUpNote }
    : { nextFollowUpOn: null, followUpNote: keep.followUpNote ?? other.followUpNote };
}

/**
 * Merges `otherId` into `keepId`: the kept contact takes the chosen values, both contacts' tags, the
 * stage further along the pipeline and the latest interaction; every related row moves to it; the
 * other contact is deleted and a MERGED entry joins the timeline. All or nothing.
 */
export async function mergeContacts(ownerId: string, keepId: string, otherId: string, choices: MergeChoices): Promise<MergeResult> {
  if (keepId === otherId) return { ok: false, reason: "same_contact" };
  try {
    await db.$transaction(async (tx) => {
      // Lock in id order, so two merges of the same pair in opposite directions cannot deadlock.
      const locks: [string, number][] = [
        [keepId, choices.keepVersion],
        [otherId, choices.otherVersion],
      ];
      for (const [id, version] of locks.sort(([a], [b]) => (a < b ? -1 : 1))) await lockAtVersion(tx, ownerId, id, version);

      const [keep, other] = await Promise.all([
        tx.contact.findFirstOrThrow({ where: { id: keepId, ownerId }, select: mergeSelect }),
        tx.contact.findFirstOrThrow({ where: { id: otherId, ownerId }, select: mergeSelect }),
      ]);
      const resolved = resolveFields(keep, other, choices.values);
      if (!resolved.ok) throw new MergeRefused({ ok: false, reason: "invalid_choice", field: resolved.field, message: resolved.message });

      await moveRelatedRows(tx, ownerId, otherId, keepId, keep.importId);
      // Delete before writing the kept values: the kept contact may take the other's LinkedIn URL,
      // which is unique per owner.
      await tx.contact.deleteMany({ where: { id: otherId, ownerId } });
      await tx.contact.updateMany({
        where: { id: keepId, ownerId },
        data: {
          ...contactFields(resolved.values),
          tags: unionTags(keep.tags, other.tags),
          ...stageOf(keep, other),
          ...followUpOf(keep, other),
          lastInteractionAt: laterDate(keep.lastInteractionAt, other.lastInteractionAt),
          connectedAt: earlierDate(keep.connectedAt, other.connectedAt),
          stayInTouchWeeks: keep.stayInTouchWeeks ?? other.stayInTouchWeeks,
          // Archived only if both were: merging in an active duplicate brings the person back.
          archivedAt: keep.archivedAt && other.archivedAt ? keep.archivedAt : null,
          // "Date added" is when you first added this person, whichever record that was.
          createdAt: keep.createdAt < other.createdAt ? keep.createdAt : other.createdAt,
        },
      });
      await tx.activity.create({ data: { ownerId, contactId: keepId, kind: "MERGED", body: mergedActivityBody(other) } });
    });
    return { ok: true, id: keepId };
  } catch (error) {
    if (error instanceof MergeRefused) return error.result;
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Folds what someone typed into the new-contact form (refused as a duplicate of `keepId`) into that
 * contact: the chosen values and the typed tags. Nothing moves and nothing is deleted: the draft was
 * never saved. Refused as a conflict if the contact changed since `version`, like an edit.
 */
export async function applyDraft(ownerId: string, keepId: string, version: number, choices: DraftChoices): Promise<MergeResult> {
  const { draft } = choices;
  try {
    await db.$transaction(async (tx) => {
      await lockAtVersion(tx, ownerId, keepId, version);
      const keep = await tx.contact.findFirstOrThrow({ where: { id: keepId, ownerId }, select: mergeSelect });
      const resolved = resolveFields(keep, draft, choices.values);
      if (!resolved.ok) throw new MergeRefused({ ok: false, reason: "invalid_choice", field: resolved.field, message: resolved.message });
      await tx.contact.updateMany({
        where: { id: keepId, ownerId },
        data: { ...contactFields(resolved.values), tags: unionTags(keep.tags, draft.tags) },
      });
      await tx.activity.create({
        data: { ownerId, contactId: keepId, kind: "MERGED", body: mergedActivityBody(draft, { unsaved: true }) },
      });
    });
    return { ok: true, id: keepId };
  } catch (error) {
    if (error instanceof MergeRefused) return error.result;
    // The typed LinkedIn URL belongs to a third contact.
    if (isUniqueViolation(error) && draft.linkedinUrl) {
      const existing = await db.contact.findFirst({
        where: { ownerId, linkedinUrl: draft.linkedinUrl, id: { not: keepId } },
        select: { id: true, firstName: true, lastName: true },
      });
      if (existing) {
        const existingName = contactName(existing);
        return {
          ok: false,
          reason: "duplicate",
          field: "linkedinUrl",
          existingId: existing.id,
          existingName,
          message: `${existingName} already has this LinkedIn URL.`,
        };
      }
      return { ok: false, reason: "conflict" };
    }
    throw error;
  }
}
