// What /insights says in words: the summaries, the charts' captions (each states the finding, not the chart's
// kind) and the honest acceptance comparison. Pure, so the exact sentences are unit-tested.
import type { EventFunnel, Period, RateEstimate, ReceivedPanel, SentPanel, Share, ThankYouPanel } from "@/lib/insights/types";
import { formatDay, parseDay } from "@/lib/dates/calendar";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
const share = (part: Share, label: string) => `${part.count} ${label} (${part.percent}%)`;

function day(text: string): string {
  const date = parseDay(text);
  return date ? formatDay(date) : text;
}

/** "1 Sep 2026 – 28 Nov 2026", or "All time, until 28 Nov 2026". Both ends count. */
export function periodLabel(period: Period): string {
  return period.from === null ? `All time, until ${day(period.to)}` : `${day(period.from)} – ${day(period.to)}`;
}

/** "2026-03" → "Mar 2026"; `short` gives "Mar" (the chart's axis, where the year is shown once). */
export function monthLabel(month: string, short = false): string {
  const date = parseDay(`${month}-01`);
  if (!date) return month;
  return new Intl.DateTimeFormat("en-GB", short ? { month: "short", timeZone: "UTC" } : { month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

/** "137 received · 112 default (82%) · 10 greeting only (7%) · 15 personal (11%)". */
export function receivedSummary(received: ReceivedPanel): string {
  return [`${received.total} received`, share(received.default, "default"), share(received.greetingOnly, "greeting only"), share(received.personal, "personal")].join(" · ");
}

/** The received breakdown's finding: "82% of the invitations you received were LinkedIn's default text; …". */
export function receivedCaption(received: ReceivedPanel): string {
  const { default: plain, greetingOnly, personal } = received;
  const rest = [greetingOnly.count > 0 ? `${greetingOnly.percent}% added only a greeting` : null, `${personal.percent}% were personal`].filter(Boolean).join(" and ");
  return `${plain.percent}% of the invitations you received were LinkedIn’s default text; ${rest}.`;
}

/** The monthly chart's finding: the span and the busiest month. */
export function monthlyCaption(byMonth: ReceivedPanel["byMonth"]): string {
  const totals = byMonth.map((month) => ({ month: month.month, total: month.default + month.greetingOnly + month.personal }));
  const busiest = totals.reduce<(typeof totals)[number] | null>((best, month) => (best === null || month.total > best.total ? month : best), null);
  if (!busiest || busiest.total === 0) return "No invitations received in these months.";
  const span = totals.length === 1 ? `in ${monthLabel(totals[0]!.month)}` : `per month from ${monthLabel(totals[0]!.month)} to ${monthLabel(totals.at(-1)!.month)}`;
  const personal = byMonth.reduce((sum, month) => sum + month.personal, 0);
  const all = totals.reduce((sum, month) => sum + month.total, 0);
  return `Invitations received ${span}: the most in ${monthLabel(busiest.month)} (${busiest.total}); ${personal} of ${all} ${personal === 1 ? "was" : "were"} personal.`;
}

/** "24 sent · 20 personal (83%) · 4 default (17%)". */
export function sentSummary(sent: SentPanel): string {
  return [`${sent.total} sent`, share(sent.personal, "personal"), share(sent.default, "default")].join(" · ");
}

/**
 * One group's acceptance, never a bare percentage: "12 of 20 accepted (60%, likely between 39% and 78%)", or
 * "Too few to compare: 3 sent" below ten in the group.
 */
export function acceptanceStatement(estimate: RateEstimate): string {
  if (estimate.total === 0) return "None sent";
  if (estimate.tooFew || estimate.rate === null || estimate.low === null || estimate.high === null) return `Too few to compare: ${estimate.total} sent`;
  return `${estimate.hits} of ${estimate.total} accepted (${percent(estimate.rate)}, likely between ${percent(estimate.low)} and ${percent(estimate.high)})`;
}

/** Personal against default acceptance, said no more strongly than the numbers allow. */
export function acceptanceCaption(personal: RateEstimate, plain: RateEstimate): string {
  if (personal.tooFew || plain.tooFew || personal.rate === null || plain.rate === null) {
    return "Too few invitations to compare acceptance yet: it takes at least 10 personal and 10 default ones.";
  }
  const rates = `${percent(personal.rate)} of personal invitations were accepted and ${percent(plain.rate)} of default ones`;
  const [low, high] = [personal.low ?? 0, personal.high ?? 1];
  const [plainLow, plainHigh] = [plain.low ?? 0, plain.high ?? 1];
  if (low > plainHigh) return `Personal invitations were accepted more often: ${rates}.`;
  if (high < plainLow) return `Default invitations were accepted more often: ${rates}.`;
  return `${rates[0]!.toUpperCase()}${rates.slice(1)}; the likely ranges overlap, so the difference may be chance.`;
}

/** "1 day", "2.5 days", "the same day". */
export function daysLabel(days: number): string {
  if (days === 0) return "the same day";
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} ${rounded === 1 ? "day" : "days"}`;
}

/** The thank-yous' finding: "You thanked 8 of the 10 people who accepted (80%), after 2 days (median)." */
export function thankYouCaption(thankYous: ThankYouPanel): string {
  const { accepted, thanked, medianDaysToThank } = thankYous;
  const when = medianDaysToThank === null ? "" : medianDaysToThank === 0 ? ", usually the same day" : `, usually after ${daysLabel(medianDaysToThank)}`;
  const who = accepted === 1 ? "the one person who accepted" : `the ${accepted} people who accepted`;
  return `You thanked ${thanked.count} of ${who} (${thanked.percent}%)${when}.`;
}

/** "5 on time (71%) · 2 late (29%)". */
export function followUpSummary(thankYous: ThankYouPanel): string {
  return `${share(thankYous.followUpsOnTime, "on time")} · ${share(thankYous.followUpsLate, "late")}`;
}

/** The event funnel's finding, over every event shown. */
export function funnelCaption(events: EventFunnel[]): string {
  const sum = (key: "met" | "invited" | "accepted" | "thanked") => events.reduce((total, event) => total + event[key], 0);
  const where = events.length === 1 ? `At ${events[0]!.name}` : `Across ${events.length} events`;
  return `${where} you met ${count(sum("met"), "person", "people")}: ${sum("invited")} invited, ${sum("accepted")} accepted, ${sum("thanked")} thanked.`;
}
