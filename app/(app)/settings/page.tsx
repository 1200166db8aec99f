// Settings: the signed-in user's name, LinkedIn note limit and timezone, the address of their calendar feed, and the
// account itself: password, sessions, the full backup and deleting the account.
import type { Metadata } from "next";
import { Download } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { timeZoneOptions } from "@/lib/settings/schema";
import { getCalendarFeedUrl } from "@/lib/settings/queries";
import { CalendarFeed } from "@/components/settings/calendar-feed";
import { SettingsForm } from "@/components/settings/settings-form";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { SignOutEverywhere } from "@/components/settings/sign-out-everywhere";
import { DeleteAccount } from "@/components/settings/delete-account";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const calendarUrl = await getCalendarFeedUrl(user.id);
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="text-sm break-words text-muted-foreground">Signed in as {user.email}</p>
      </div>
      <SettingsForm
        settings={{ name: user.name, inviteNoteLimit: user.inviteNoteLimit, timezone: user.timezone }}
        timeZones={timeZoneOptions(user.timezone)}
      />
      <section aria-labelledby="calendar-heading" className="grid gap-3 border-t border-border pt-6">
        <h2 id="calendar-heading" className="text-lg font-semibold tracking-tight">
          Calendar
        </h2>
        <CalendarFeed url={calendarUrl} />
      </section>
      <section aria-labelledby="password-heading" className="grid gap-3 border-t border-border pt-6">
        <h2 id="password-heading" className="text-lg font-semibold tracking-tight">
          Password
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="grid gap-3 border-t border-border pt-6">
        <h2 id="sessions-heading" className="text-lg font-semibold tracking-tight">
          Sessions
        </h2>
        <p className="text-sm text-muted-foreground">
          Lost a phone, or signed in on a computer that is not yours? Sign out of Rapport on every browser and device at
          once. A session also ends by itself after 30 days without use.
        </p>
        <div>
          <SignOutEverywhere />
        </div>
      </section>
      <section aria-labelledby="data-heading" className="grid gap-3 border-t border-border pt-6">
        <h2 id="data-heading" className="text-lg font-semibold tracking-tight">
          Your data
        </h2>
        <p className="text-sm text-muted-foreground">
          Everything you keep in Rapport, as one JSON file that restores into an empty account (Export has it too, with
          contacts as CSV and vCard). Deleting your account removes all of it from Rapport for good.
        </p>
        <div className="flex flex-col gap-2 sm:flex-row">
          <Button asChild variant="outline">
            {/* A plain link: the route answers with an attachment, so the browser downloads and stays on this page. */}
            <a href="/export/backup.json" download>
              <Download aria-hidden="true" />
              Download everything
            </a>
          </Button>
          <DeleteAccount />
        </div>
      </section>
    </div>
  );
}
