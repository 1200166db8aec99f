"use client";
// Settings → Calendar: the secret address of the follow-ups feed, to copy into a calendar app, and "Reset link" for
// when it has been shared by mistake (the old address stops working).
import { useState } from "react";
import { Copy } from "lucide-react";
import { resetCalendarTokenAction } from "@/lib/settings/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";

export function CalendarFeed({ url: initialUrl }: { url: string }) {
  const [url, setUrl] = useState(initialUrl);
  const [confirming, setConfirming] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      toast({ title: "Link copied." });
    } catch {
      toast({ title: "Could not copy: select the address and copy it yourself.", variant: "destructive" });
    }
  }

  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        Your follow-ups, as all-day events in the calendar you already use. In Google Calendar choose Other calendars → From
        URL; in Apple Calendar, File → New Calendar Subscription; then paste this address. Keep it to yourself: anyone
        with it can see your follow-ups.
      </p>
      <Field label="Calendar address">
        <Input readOnly value={url} onFocus={(event) => event.currentTarget.select()} className="font-mono text-sm sm:text-xs" />
      </Field>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="button" onClick={copy}>
          <Copy aria-hidden="true" />
          Copy link
        </Button>
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          trigger={
            <Button type="button" variant="outline">
              Reset link
            </Button>
          }
          title="Reset the calendar link?"
          description="The current address stops working at once; calendars subscribed to it stop updating until you subscribe to the new one."
          cancelLabel="Keep the link"
          confirmLabel="Reset link"
          onConfirm={async () => {
            const result = await resetCalendarTokenAction();
            setUrl(result.url);
            setConfirming(false);
            toast({ title: "New calendar link ready. Subscribe to it again in your calendar app." });
          }}
        />
      </div>
    </div>
  );
}
