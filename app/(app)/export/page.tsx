// Export: contacts as CSV or vCard, a full JSON backup, and restoring a backup into an empty account.
import type { Metadata } from "next";
import { Download } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { getAccountCounts } from "@/lib/exports/queries";
import { RestoreForm } from "@/components/exports/restore-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Export" };

const DOWNLOADS = [
  {
    title: "Contacts as CSV",
    description:
      "One row per contact with every field Rapport keeps, for a spreadsheet. Stages are written as they appear on screen (“Needs a thank-you”), tags separated by commas.",
    href: "/export/contacts.csv",
    label: "Download CSV",
  },
  {
    title: "Contacts as vCard",
    description: "vCard 4.0 for Apple Contacts, Google Contacts or Outlook: names, email, phone, company, title, LinkedIn URL, location, notes and tags.",
    href: "/export/contacts.vcf",
    label: "Download vCard",
  },
  {
    title: "Full backup (JSON)",
    description:
      "Everything you keep in Rapport: your settings, contacts, events, how you met, invitations, templates, timelines, follow-ups and import history. Restore it below into an empty account.",
    href: "/export/backup.json",
    label: "Download backup",
  },
] as const;

export default async function ExportPage() {
  const user = await requireUser();
  const counts = await getAccountCounts(user.id);
  const empty = Object.values(counts).every((count) => count === 0);

  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Export</h1>
        <p className="text-sm text-muted-foreground">
          Your network is yours. Take your contacts to a spreadsheet or an address book, or keep a full backup that restores
          everything.{" "}
          {empty ? "This account is empty so far." : `This account holds ${counts.contacts} contact${counts.contacts === 1 ? "" : "s"} and ${counts.events} event${counts.events === 1 ? "" : "s"}.`}
        </p>
      </div>

      {DOWNLOADS.map((download) => (
        <Card key={download.href}>
          <CardHeader>
            <CardTitle asChild>
              <h2>{download.title}</h2>
            </CardTitle>
            <CardDescription>{download.description}</CardDescription>
          </CardHeader>
          <CardFooter>
            <Button asChild variant="outline" className="w-full sm:w-auto">
              {/* A plain link: the route answers with an attachment, so the browser downloads and stays on this page. */}
              <a href={download.href} download>
                <Download aria-hidden="true" />
                {download.label}
              </a>
            </Button>
          </CardFooter>
        </Card>
      ))}

      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2>Restore a backup</h2>
          </CardTitle>
          <CardDescription>
            {empty
              ? "Bring back everything from a full backup: contacts, events, invitations, timelines and settings, with their dates as they were."
              : "A backup is restored only into an empty account, so nothing is mixed up or duplicated. To restore one, sign up for a new account and restore it there."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <RestoreForm />
        </CardContent>
      </Card>
    </div>
  );
}
