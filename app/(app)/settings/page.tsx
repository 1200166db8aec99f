// Settings: the signed-in user's name, LinkedIn note limit and timezone, and the address of their calendar feed.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { timeZoneOptions } from "@/lib/settings/schema";
import { getCalendarFeedUrl } from "@/lib/settings/queries";
import { CalendarFeed } from "@/components/settings/calendar-feed";
import { SettingsForm } from "@/components/settings/settings-form";

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
    </div>
  );
}
