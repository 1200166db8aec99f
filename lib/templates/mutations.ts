// Template writes, scoped by owner in the `where` of every statement; a result, not an exception, reports a refusal.
// Built-ins live in code, so their ids ("builtin:<slug>") never match a row: they are refused by name, not by accident.
import "server-only";
import { db } from "@/lib/db";
import { isBuiltinTemplateId } from "@/lib/templates/builtins";
import type { TemplateInput } from "@/lib/templates/schema";

export type TemplateWriteResult = { ok: true; id: string } | { ok: false; reason: "not_found" | "built_in" | "conflict" };

export function createTemplate(ownerId: string, input: TemplateInput): Promise<{ id: string }> {
  return db.template.create({ data: { ...input, ownerId }, select: { id: true } });
}

/**
 * Saves an edit only if nobody saved the template since the form was opened at `version`: a second tab's stale form
 * is refused as a conflict instead of silently overwriting the first.
 */
export async function updateTemplate(ownerId: string, id: string, version: number, input: TemplateInput): Promise<TemplateWriteResult> {
  if (isBuiltinTemplateId(id)) return { ok: false, reason: "built_in" };
  const { count } = await db.template.updateMany({ where: { id, ownerId, version }, data: { ...input, version: { increment: 1 } } });
  if (count === 1) return { ok: true, id };
  const exists = await db.template.count({ where: { id, ownerId } });
  return { ok: false, reason: exists ? "conflict" : "not_found" };
}

/** Deletes the owner's template and hands back what it held, so "Undo" can write it again. */
export function deleteTemplate(
  ownerId: string,
  id: string,
): Promise<{ ok: true; deleted: TemplateInput } | { ok: false; reason: "not_found" | "built_in" }> {
  if (isBuiltinTemplateId(id)) return Promise.resolve({ ok: false, reason: "built_in" });
  return db.$transaction(async (tx) => {
    const template = await tx.template.findFirst({ where: { id, ownerId }, select: { name: true, kind: true, body: true } });
    if (!template) return { ok: false, reason: "not_found" } as const;
    const { count } = await tx.template.deleteMany({ where: { id, ownerId } });
    return count === 1 ? ({ ok: true, deleted: template } as const) : ({ ok: false, reason: "not_found" } as const);
  });
}
