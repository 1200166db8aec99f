// One template in the list: its name, its text with placeholders highlighted, and what can be done with it.
import Link from "next/link";
import { Copy, Pencil } from "lucide-react";
import type { TemplateListItem } from "@/lib/templates/queries";
import { DeleteTemplateButton } from "@/components/templates/delete-template-button";
import { TemplateBody } from "@/components/templates/template-body";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

export function TemplateCard({ template }: { template: TemplateListItem }) {
  const headingId = `template-${template.id.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return (
    <article aria-labelledby={headingId} className="grid gap-3 rounded-lg border border-border bg-card p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="min-w-0 font-medium break-words">
          {template.name}
        </h3>
        {template.builtIn && <Badge>Built-in</Badge>}
      </div>
      <TemplateBody body={template.body} className="text-sm" />
      <div className="flex flex-wrap gap-2">
        {template.builtIn ? (
          <Button asChild variant="outline" size="sm">
            <Link href={`/templates/new?copy=${encodeURIComponent(template.id)}`}>
              <Copy aria-hidden="true" />
              Copy and edit<span className="sr-only"> {template.name}</span>
            </Link>
          </Button>
        ) : (
          <>
            <Button asChild variant="outline" size="sm">
              <Link href={`/templates/${template.id}/edit`}>
                <Pencil aria-hidden="true" />
                Edit<span className="sr-only"> {template.name}</span>
              </Link>
            </Button>
            <DeleteTemplateButton templateId={template.id} name={template.name} size="sm" />
          </>
        )}
      </div>
    </article>
  );
}
