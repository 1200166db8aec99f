// A new template: empty, of the kind asked for, or a copy of a built-in starter (or of one's own) to edit.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { createTemplateAction } from "@/lib/templates/actions";
import { getTemplate } from "@/lib/templates/queries";
import { isTemplateKind, TEMPLATE_LIMITS } from "@/lib/templates/schema";
import { TemplateForm, type TemplateFormValues } from "@/components/templates/template-form";

export const metadata: Metadata = { title: "New template" };

type Props = { searchParams: Promise<{ kind?: string; copy?: string }> };

export default async function NewTemplatePage({ searchParams }: Props) {
  const user = await requireUser();
  const { kind, copy } = await searchParams;
  let values: TemplateFormValues = { name: "", kind: isTemplateKind(kind) ? kind : "INVITATION", body: "" };
  if (copy) {
    const source = await getTemplate(user.id, copy);
    if (!source) notFound();
    values = { name: `${source.name} (copy)`.slice(0, TEMPLATE_LIMITS.name), kind: source.kind, body: source.body };
  }
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">{copy ? "Copy template" : "New template"}</h1>
      <TemplateForm
        action={createTemplateAction}
        template={values}
        noteLimit={user.inviteNoteLimit === 200 ? 200 : 300}
        cancelHref={`/templates?kind=${values.kind}`}
      />
    </div>
  );
}
