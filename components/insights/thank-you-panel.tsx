// Thank-yous: how many of the people who accepted you thanked and how soon, who is still owed one, and whether
// follow-ups were done on time.
import Link from "next/link";
import type { ThankYouPanel as ThankYous } from "@/lib/insights/types";
import { Figure, Panel, PanelEmpty } from "./panel";
import { daysLabel, followUpSummary, thankYouCaption } from "@/lib/insights/wording";

export function ThankYouPanel({ thankYous, allTime }: { thankYous: ThankYous; allTime: boolean }) {
  const followUps = thankYous.followUpsOnTime.count + thankYous.followUpsLate.count;
  const owed = (
    <Link href="/today" className="font-medium text-accent underline-offset-4 hover:underline">
      {thankYous.stillOwed === 0 ? "Nobody is waiting for one" : `${thankYous.stillOwed} ${thankYous.stillOwed === 1 ? "person is" : "people are"} still owed one: see Today`}
    </Link>
  );
  return (
    <Panel id="thank-yous" title="Thank-yous" description="After someone accepts, a thank-you and a next step keep the connection alive.">
      {thankYous.accepted === 0 ? (
        <>
          <PanelEmpty
            allTime={allTime}
            message="When someone accepts your invitation, mark it as accepted on the pipeline: thank-yous and follow-ups are counted from there."
            links={[{ href: "/pipeline", label: "Open the pipeline" }]}
          />
          {thankYous.stillOwed > 0 && <p className="text-sm">{owed}</p>}
        </>
      ) : (
        <>
          <p className="text-base font-medium">{thankYouCaption(thankYous)}</p>
          <dl className="grid grid-cols-[repeat(auto-fit,minmax(9rem,1fr))] gap-4">
            <Figure label="Thanked" value={`${thankYous.thanked.percent}%`} detail={`${thankYous.thanked.count} of ${thankYous.accepted} accepted`} />
            <Figure label="Time to thank (median)" value={thankYous.medianDaysToThank === null ? "–" : daysLabel(thankYous.medianDaysToThank)} detail="from acceptance to thank-you" />
            <Figure
              label="Still owed a thank-you"
              value={thankYous.stillOwed}
              detail={
                thankYous.stillOwed > 0 && (
                  <Link href="/today" className="font-medium text-accent underline-offset-4 hover:underline">
                    See who on Today
                  </Link>
                )
              }
            />
          </dl>
        </>
      )}
      <dl>
        <Figure label="Follow-ups done" value={followUps === 0 ? "None yet" : followUpSummary(thankYous)} detail={followUps === 0 ? "Schedule a next step when you thank someone; it is counted here once done." : "On time means done by its due date."} />
      </dl>
    </Panel>
  );
}
