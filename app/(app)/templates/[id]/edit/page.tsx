// Edit one of the user's own templates. A built-in cannot be edited: its id opens a copy to edit instead.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { updateTemplateAction } from "@/lib/templates/actions";
import { getTemplate } from "@/lib/templates/queries";
import { DeleteTemplateButton } from "@/components/templates/delete-template-button";
import { TemplateForm } from "@/components/templates/template-form";

export const metadata: Metadata = { title: "Edit template" };

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const template = await getTemplate(user.id, decodeSegment((await params).id));
  if (!template) notFound();
  if (template.builtIn) redirect(`/templates/new?copy=${encodeURIComponent(template.id)}`);
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words">Edit {template.name}</h1>
        <DeleteTemplateButton templateId={template.id} name={template.name} redirectTo={`/templates?kind=${template.kind}`} />
      </div>
      <TemplateForm
        action={updateTemplateAction.bind(null, template.id)}
        template={{ name: template.name, kind: template.kind, body: template.body, version: template.version }}
        noteLimit={user.inviteNoteLimit === 200 ? 200 : 300}
        cancelHref={`/templates?kind=${template.kind}`}
      />
    </div>
  );
}

// A built-in's id has a colon, which may arrive percent-encoded; a malformed escape matches nothing.
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
