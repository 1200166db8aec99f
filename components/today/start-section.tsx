// A new account's /today: one clear start instead of empty sections. Importing LinkedIn connections comes first,
// since it fills everything (the network, who needs a thank-you, who is waiting); then the two ways to add by hand.
import Link from "next/link";
import { CalendarPlus, FileUp, UserRoundPlus } from "lucide-react";
import { Button } from "@/components/ui/button";

const OTHER_STARTS = [
  { href: "/capture", label: "Capture someone you met", text: "Their name and how you met, in ten seconds.", icon: UserRoundPlus },
  { href: "/events/new", label: "Add an event", text: "A conference or meetup, so you can file the people you meet there.", icon: CalendarPlus },
];

export function StartSection() {
  return (
    <section aria-labelledby="start-heading" className="grid gap-4 rounded-lg border border-border bg-card p-4 sm:p-6">
      <div className="grid gap-1">
        <h2 id="start-heading" className="text-lg font-semibold tracking-tight">
          Start here
        </h2>
        <p className="text-sm text-muted-foreground">Your network is empty. Bring it in, and this page will say who to thank, invite and follow up with.</p>
      </div>
      <ol aria-label="Ways to start" className="grid gap-3">
        <li className="grid gap-3 rounded-lg border border-accent/40 p-4 sm:grid-cols-[1fr_auto] sm:items-center">
          <div>
            <p className="font-medium">Your LinkedIn connections</p>
            <p className="text-sm text-muted-foreground">
              Download your data from LinkedIn and import the file: everyone you are connected to, your invitations and who needs a thank-you.
            </p>
          </div>
          <Button asChild className="w-full sm:w-auto">
            <Link href="/import">
              <FileUp aria-hidden="true" />
              Import your LinkedIn connections
            </Link>
          </Button>
        </li>
        {OTHER_STARTS.map(({ href, label, text, icon: Icon }) => (
          <li key={href} className="grid gap-3 rounded-lg border border-border p-4 sm:grid-cols-[1fr_auto] sm:items-center">
            <p className="text-sm text-muted-foreground">{text}</p>
            <Button asChild variant="outline" className="w-full sm:w-auto">
              <Link href={href}>
                <Icon aria-hidden="true" />
                {label}
              </Link>
            </Button>
          </li>
        ))}
      </ol>
    </section>
  );
}
