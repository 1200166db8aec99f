// Templates: the user's own and the built-in starters, grouped by kind, with placeholders highlighted.
import type { Metadata } from "next";
import Link from "next/link";
import { FileText, Plus } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { listTemplates, type TemplateListItem } from "@/lib/templates/queries";
import { isTemplateKind, TEMPLATE_KIND_HEADINGS, TEMPLATE_KINDS } from "@/lib/templates/schema";
import type { TemplateKindName } from "@/lib/templates/builtins";
import { TemplateCard } from "@/components/templates/template-card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

export const metadata: Metadata = { title: "Templates" };

const EMPTY_TITLES: Record<TemplateKindName, string> = {
  INVITATION: "No invitation templates of your own yet",
  THANK_YOU: "No thank-you templates of your own yet",
  REPLY: "No reply templates of your own yet",
};

// ?kind=THANK_YOU opens that tab: where a saved template of that kind is.
export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const user = await requireUser();
  const requested = (await searchParams).kind;
  const active: TemplateKindName = isTemplateKind(requested) ? requested : "INVITATION";
  const templates = await listTemplates(user.id);

  return (
    <div className="grid gap-6">
      <div className="flex items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Templates</h1>
          <p className="text-sm text-muted-foreground">Starting points for invitations, thank-yous and replies</p>
        </div>
        <Button asChild>
          <Link href={`/templates/new?kind=${active}`}>
            <Plus aria-hidden="true" />
            New template
          </Link>
        </Button>
      </div>

      <Tabs key={active} defaultValue={active}>
        <TabsList>
          {TEMPLATE_KINDS.map((kind) => (
            <TabsTrigger key={kind} value={kind}>
              {TEMPLATE_KIND_HEADINGS[kind]}
            </TabsTrigger>
          ))}
        </TabsList>
        {TEMPLATE_KINDS.map((kind) => (
          <TabsContent key={kind} value={kind} className="grid gap-8">
            <KindSection kind={kind} templates={templates.filter((template) => template.kind === kind)} />
          </TabsContent>
        ))}
      </Tabs>
    </div>
  );
}

function KindSection({ kind, templates }: { kind: TemplateKindName; templates: TemplateListItem[] }) {
  const own = templates.filter((template) => !template.builtIn);
  const builtIns = templates.filter((template) => template.builtIn);
  return (
    <>
      <section aria-labelledby={`own-${kind}`} className="grid gap-3">
        <h2 id={`own-${kind}`} className="text-lg font-semibold">
          Your templates
        </h2>
        {own.length === 0 ? (
          <EmptyState
            icon={<FileText aria-hidden="true" />}
            title={EMPTY_TITLES[kind]}
            description="Write one with placeholders such as {firstName} and {eventName}, or copy a starter below and make it yours."
            action={
              <Button asChild>
                <Link href={`/templates/new?kind=${kind}`}>Write a template</Link>
              </Button>
            }
          />
        ) : (
          <div className="grid gap-3 md:grid-cols-2">
            {own.map((template) => (
              <TemplateCard key={template.id} template={template} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby={`starters-${kind}`} className="grid gap-3">
        <div>
          <h2 id={`starters-${kind}`} className="text-lg font-semibold">
            Starters
          </h2>
          <p className="text-sm text-muted-foreground">Built into Rapport. Copy one to change it.</p>
        </div>
        <div className="grid gap-3 md:grid-cols-2">
          {builtIns.map((template) => (
            <TemplateCard key={template.id} template={template} />
          ))}
        </div>
      </section>
    </>
  );
}
