// Template reads: the built-in starters followed by the user's own, scoped by owner.
import "server-only";
import { db } from "@/lib/db";
import { BUILTIN_TEMPLATES, builtinTemplateId, findBuiltinTemplate, type TemplateKindName } from "@/lib/templates/builtins";
import { isRowId } from "@/lib/forms";

export type TemplateListItem = { id: string; kind: TemplateKindName; name: string; body: string; builtIn: boolean };

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Built-ins first (ids "builtin:<slug>", in their fixed order), then the owner's own templates by name. */
export async function listTemplates(ownerId: string, kind?: TemplateKindName): Promise<TemplateListItem[]> {
  const own = await db.template.findMany({
    where: { ownerId, ...(kind ? { kind } : {}) },
    select: { id: true, kind: true, name: true, body: true },
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
  });
  const builtIns = BUILTIN_TEMPLATES.filter((template) => !kind || template.kind === kind).map((template) => ({
    id: builtinTemplateId(template.slug),
    kind: template.kind,
    name: template.name,
    body: template.body,
    builtIn: true,
  }));
  // Sorted here as well: the database's collation may put "apple" after "Zebra".
  const mine = own.map((template) => ({ ...template, builtIn: false })).sort((a, b) => byName.compare(a.name, b.name));
  return [...builtIns, ...mine];
}

/** A template to edit or copy, with the version its edit form posts back (0 for a built-in, which is never saved). */
export type TemplateDetail = TemplateListItem & { version: number };

/** One template by id: a built-in, or one of the owner's own; null when it is neither. */
export async function getTemplate(ownerId: string, id: string): Promise<TemplateDetail | null> {
  const builtIn = findBuiltinTemplate(id);
  if (builtIn) return { id, kind: builtIn.kind, name: builtIn.name, body: builtIn.body, builtIn: true, version: 0 };
  if (!isRowId(id)) return null; // an address no id of Rapport's looks like (a NUL would reach PostgreSQL as an error)
  const own = await db.template.findFirst({
    where: { id, ownerId },
    select: { id: true, kind: true, name: true, body: true, version: true },
  });
  return own ? { ...own, builtIn: false } : null;
}
