// Received: how personal the invitations people send you are — the total, each class's count and share, by month.
import type { Period, ReceivedPanel as Received } from "@/lib/insights/types";
import { everyMonth } from "@/lib/insights/months";
import { Panel, PanelEmpty } from "./panel";
import { ReceivedByMonthChart, ReceivedShareChart } from "./received-charts";
import { receivedSummary } from "@/lib/insights/wording";

export function ReceivedPanel({ received, period }: { received: Received; period: Period }) {
  const months = everyMonth(received.byMonth, period);
  return (
    <Panel id="received" title="Received" description="Invitations people sent you, by how personal they were.">
      {received.total === 0 ? (
        <PanelEmpty
          allTime={period.preset === "all"}
          message="Import your LinkedIn data to see your inbox in numbers, or log the invitations you receive."
          links={[
            { href: "/import", label: "Import LinkedIn data" },
            { href: "/inbox", label: "Open the inbox" },
          ]}
        />
      ) : (
        <>
          <p className="text-base font-medium tabular-nums">{receivedSummary(received)}</p>
          <ReceivedShareChart received={received} />
          {months.length > 1 && <ReceivedByMonthChart byMonth={months} />}
        </>
      )}
    </Panel>
  );
}
