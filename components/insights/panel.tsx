// One /insights panel: a card with its heading, and the empty state that says what to do to get data.
import type { ReactNode } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export function Panel({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="min-w-0 rounded-xl border bg-card text-card-foreground shadow-xs">
      <CardHeader>
        <CardTitle asChild>
          <h2 id={`${id}-heading`}>{title}</h2>
        </CardTitle>
        {description && <CardDescription>{description}</CardDescription>}
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
    </section>
  );
}

/** What to do to see figures here; `allTime` false adds that another period may have some. */
export function PanelEmpty({ message, allTime, links }: { message: string; allTime: boolean; links: { href: string; label: string }[] }) {
  return (
    <div className="grid justify-items-start gap-3 rounded-lg border border-dashed p-4">
      <p className="text-sm text-muted-foreground">
        {allTime ? "" : "Nothing in this period. "}
        {message}
      </p>
      <div className="flex flex-wrap gap-2">
        {links.map((link, index) => (
          <Button key={link.href} asChild variant={index === 0 ? "default" : "outline"}>
            <Link href={link.href}>{link.label}</Link>
          </Button>
        ))}
      </div>
    </div>
  );
}

/** A figure with its name: the big number first, the words after. */
export function Figure({ label, value, detail, sentence = false }: { label: string; value: ReactNode; detail?: ReactNode; sentence?: boolean }) {
  return (
    <div className="grid content-start gap-0.5">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className={sentence ? "text-sm font-medium" : "text-lg font-semibold tabular-nums"}>{value}</dd>
      {detail && <dd className="text-sm text-muted-foreground">{detail}</dd>}
    </div>
  );
}
