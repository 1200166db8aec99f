// /import: bring in LinkedIn connections, vCards and CSVs; preview, confirm, and undo from the history.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listImports } from "@/lib/imports/queries";
import { MAX_IMPORT_MB } from "@/lib/imports/schema";
import { ImportFlow } from "@/components/imports/import-flow";
import { ImportHistory } from "@/components/imports/import-history";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const user = await requireUser();
  const history = await listImports(user.id);

  return (
    <div className="grid max-w-3xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Import</h1>
        <p className="text-sm text-muted-foreground">
          Bring in the people you already know. You see a preview before anything is saved, importing the same file twice creates no duplicates, and every
          import can be undone.
        </p>
      </div>

      <section aria-labelledby="accepted-heading" className="grid gap-2 text-sm">
        <h2 id="accepted-heading" className="text-lg font-semibold">
          What you can import
        </h2>
        <ul className="grid list-disc gap-1 pl-5">
          <li>
            <strong>LinkedIn’s data export</strong>: the .zip as downloaded, or Connections.csv or Invitations.csv from it. Connections arrive already
            connected; recent ones can land in “Needs a thank-you”. Pending invitations and your messages come along too.
          </li>
          <li>
            <strong>vCard (.vcf)</strong> from Apple Contacts, Google Contacts or Outlook.
          </li>
          <li>
            <strong>Google Contacts CSV</strong>, or <strong>any CSV</strong> with a header row: you choose which column holds what.
          </li>
        </ul>
        <p className="text-muted-foreground">
          To get your LinkedIn export: on LinkedIn, open Settings &amp; Privacy → Data privacy → Get a copy of your data, choose Connections (or the whole
          archive), and download the .zip LinkedIn emails you. Files up to {MAX_IMPORT_MB} MB.
        </p>
      </section>

      <section aria-labelledby="file-heading" className="grid gap-3">
        <h2 id="file-heading" className="text-lg font-semibold">
          Choose a file
        </h2>
        <ImportFlow />
      </section>

      <section aria-labelledby="history-heading" className="grid gap-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          Import history
        </h2>
        <ImportHistory entries={history} timeZone={user.timezone} />
      </section>
    </div>
  );
}
