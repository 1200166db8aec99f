// What /insights shows, panel by panel: the contract between the SQL aggregates (lib/insights/queries.ts) and the
// page's components. Plain data only: no Date objects (days are "YYYY-MM-DD" in the user's timezone), so server
// components hand these to anything unchanged.

/** The period the figures cover. Both ends count; `from` is null for "All time". */
export type PeriodPreset = "30d" | "90d" | "12m" | "all" | "custom";
export type Period = { preset: PeriodPreset; from: string | null; to: string };

/** One part of a breakdown: `percent` is rounded so that the parts of one breakdown add up to 100 (0 when empty). */
export type Share = { count: number; percent: number };

/** A proportion with its 95% Wilson interval; `tooFew` when fewer than 10 in the group (then rate, low, high are null). */
export type RateEstimate = { total: number; hits: number; rate: number | null; low: number | null; high: number | null; tooFew: boolean };

/** Received invitations by class ("Default", "Greeting only", "Personal"), with a monthly series for the chart. */
export type ReceivedPanel = {
  total: number;
  default: Share;
  greetingOnly: Share;
  personal: Share;
  byMonth: { month: string; default: number; greetingOnly: number; personal: number }[]; // month: "YYYY-MM"
};

/** Invitations the user sent: personal = sent without a DEFAULT_TEXT finding; acceptance of each group. */
export type SentPanel = {
  total: number;
  personal: Share;
  default: Share;
  averageScore: number | null; // the coach's score, rounded to a whole number; null when none was sent
  personalAcceptance: RateEstimate;
  defaultAcceptance: RateEstimate;
};

/** Thank-yous after acceptance, and follow-ups done on time or late. */
export type ThankYouPanel = {
  accepted: number; // connections accepted in the period
  thanked: Share; // of those, thanked
  medianDaysToThank: number | null;
  stillOwed: number; // contacts in "Needs a thank-you" now (links to /today)
  followUpsOnTime: Share;
  followUpsLate: Share;
};

/** One event's funnel: people met there, invited, accepted, thanked. */
export type EventFunnel = { eventId: string; name: string; startsOn: string; met: number; invited: number; accepted: number; thanked: number };

export type Insights = {
  period: Period;
  received: ReceivedPanel;
  sent: SentPanel;
  thankYous: ThankYouPanel;
  events: EventFunnel[];
};
