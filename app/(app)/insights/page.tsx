// Insights: the inbox and the user's own follow-through in numbers, over a chosen period — received invitations by
// class, personal against default acceptance, thank-yous and follow-ups, and each event's funnel.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/dates/clock";
import { parsePeriod } from "@/lib/insights/period";
import { getInsights } from "@/lib/insights/queries";
import { readInsightsParams } from "@/lib/insights/address";
import { EventFunnelPanel } from "@/components/insights/event-funnel-table";
import { PeriodPicker } from "@/components/insights/period-picker";
import { ReceivedPanel } from "@/components/insights/received-panel";
import { SentPanel } from "@/components/insights/sent-panel";
import { ThankYouPanel } from "@/components/insights/thank-you-panel";
import { periodLabel } from "@/lib/insights/wording";

export const metadata: Metadata = { title: "Insights" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InsightsPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = readInsightsParams(await searchParams);
  const parsed = parsePeriod(params.period, user.timezone, await now());
  const insights = await getInsights(user.id, parsed.period, user.timezone);
  const { period } = insights;
  const allTime = period.preset === "all";

  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Insights</h1>
        <p className="text-sm text-muted-foreground">How personal the invitations you receive and send are, and whether you follow through.</p>
      </div>
      <PeriodPicker
        period={period}
        from={parsed.ok ? (period.from ?? "") : (params.period.from ?? "")}
        to={parsed.ok ? period.to : (params.period.to ?? "")}
        error={parsed.ok ? null : parsed.message}
        custom={params.custom}
        sort={params.sort}
      />
      <p className="text-sm font-medium">{periodLabel(period)}</p>
      <ReceivedPanel received={insights.received} period={period} />
      <div className="grid gap-6 lg:grid-cols-2">
        <SentPanel sent={insights.sent} allTime={allTime} />
        <ThankYouPanel thankYous={insights.thankYous} allTime={allTime} />
      </div>
      <EventFunnelPanel events={insights.events} period={period} sort={params.sort} allTime={allTime} />
    </div>
  );
}
