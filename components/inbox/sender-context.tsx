// What Rapport knows about who sent an invitation, so that "do I know this person?" is answered on the spot: how and
// where you met, through whom, and the invitations either way before this one.
import Link from "next/link";
import { contactName, STAGE_LABELS } from "@/lib/contacts/display";
import { formatDay, parseDay, todayIn } from "@/lib/dates/calendar";
import { formatAbsolute } from "@/lib/dates/format";
import { ENCOUNTER_KIND_LABELS } from "@/lib/encounters/schema";
import type { InboxSender } from "@/lib/inbox/queries";

const STATUS_WORDS: Record<string, string> = {
  SENT: "no answer yet",
  ACCEPTED: "accepted",
  DECLINED: "declined",
  WITHDRAWN: "withdrawn",
  NEW: "not answered",
  REPLIED: "replied",
  IGNORED: "ignored",
};

export function SenderContext({ sender, timeZone }: { sender: InboxSender; timeZone: string }) {
  const known = sender.encounters.length > 0 || sender.earlier.length > 0;
  return (
    <div className="grid gap-1 text-sm text-muted-foreground">
      {(sender.title || sender.company) && <p className="break-words">{[sender.title, sender.company].filter(Boolean).join(" at ")}</p>}
      {!known && <p>Rapport knows nothing else about them: no meeting, no mutual connection, no earlier invitation.</p>}
      {sender.encounters.length > 0 && (
        <ul aria-label="How you met" className="grid gap-0.5">
          {sender.encounters.map((encounter) => (
            <li key={encounter.id} className="break-words">
              Met: {ENCOUNTER_KIND_LABELS[encounter.kind]}
              {encounter.event && <> · {encounter.event.name}</>}
              {encounter.where && <> · {encounter.where}</>} · {formatDay(encounter.metOn)}
              {encounter.throughContact && (
                <>
                  {" "}
                  · Mutual connection:{" "}
                  <Link href={`/contacts/${encounter.throughContact.id}`} className="text-accent underline underline-offset-2">
                    {contactName(encounter.throughContact) || "(no name)"}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {sender.earlier.length > 0 && (
        <ul aria-label="Earlier invitations" className="grid gap-0.5">
          {sender.earlier.map((invitation) => (
            <li key={invitation.id}>
              {invitation.direction === "OUTGOING" ? "You invited them" : "They invited you"}{" "}
              <time dateTime={invitation.at.toISOString()} title={formatAbsolute(invitation.at, timeZone)}>
                {formatDay(parseDay(todayIn(timeZone, invitation.at))!)}
              </time>{" "}
              ({STATUS_WORDS[invitation.status] ?? invitation.status.toLowerCase()})
            </li>
          ))}
        </ul>
      )}
      <p>Stage: {STAGE_LABELS[sender.stage]}</p>
    </div>
  );
}
