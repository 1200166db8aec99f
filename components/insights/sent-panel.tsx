// Sent: the invitations you sent, how many were personal, the coach's average score, and whether personal ones were
// accepted more often — each group's rate with its likely range, or "too few to compare".
import type { SentPanel as Sent } from "@/lib/insights/types";
import { AcceptanceChart } from "./acceptance-chart";
import { Figure, Panel, PanelEmpty } from "./panel";
import { acceptanceCaption, acceptanceStatement, sentSummary } from "@/lib/insights/wording";

export function SentPanel({ sent, allTime }: { sent: Sent; allTime: boolean }) {
  const bothTooFew = sent.personalAcceptance.tooFew && sent.defaultAcceptance.tooFew;
  return (
    <Panel id="sent" title="Sent" description="Personal means sent without LinkedIn’s default text, as the coach reads it.">
      {sent.total === 0 ? (
        <PanelEmpty
          allTime={allTime}
          message="Capture someone you met and write them a personal invitation: what you send shows up here."
          links={[{ href: "/capture", label: "Capture someone" }]}
        />
      ) : (
        <>
          <p className="text-base font-medium tabular-nums">{sentSummary(sent)}</p>
          <dl className="grid grid-cols-[repeat(auto-fit,minmax(9rem,1fr))] gap-4">
            <Figure label="Average coach score" value={sent.averageScore ?? "–"} detail="out of 100" />
            <Figure label="Personal invitations" value={acceptanceStatement(sent.personalAcceptance)} sentence />
            <Figure label="Default invitations" value={acceptanceStatement(sent.defaultAcceptance)} sentence />
          </dl>
          {bothTooFew ? <p className="text-sm">{acceptanceCaption(sent.personalAcceptance, sent.defaultAcceptance)}</p> : <AcceptanceChart personal={sent.personalAcceptance} plain={sent.defaultAcceptance} />}
          <p className="text-xs text-muted-foreground">
            “Likely between” is a 95% Wilson interval: with few invitations the true rate could be anywhere in it. Below 10 in a group, no rate is shown.
          </p>
        </>
      )}
    </Panel>
  );
}
