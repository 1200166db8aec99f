// Today: the home screen. Who still needs a thank-you, which follow-ups are due, whom you thanked without a next
// step, which invitations have waited too long, and whom you met but have not invited yet, each with its next action
// one click away. A new account sees one clear start instead.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates/calendar";
import { now } from "@/lib/dates/clock";
import { isNewAccount, listFollowUpsDue, listMetRecently, listThankedWithoutNextStep, listThankYousOwed, listWaitingForAcceptance } from "@/lib/today/queries";
import { formatTodayHeading } from "@/lib/today/wording";
import { FollowUpsSection } from "@/components/today/follow-ups-section";
import { KeepInTouchSection } from "@/components/today/keep-in-touch-section";
import { MetRecentlySection } from "@/components/today/met-recently-section";
import { StartSection } from "@/components/today/start-section";
import { ThankYouSection } from "@/components/today/thank-you-section";
import { WaitingSection } from "@/components/today/waiting-section";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const user = await requireUser();
  const clock = { timeZone: user.timezone, at: await now() };
  const today = todayIn(clock.timeZone, clock.at);
  const heading = (
    <header>
      <h1 className="text-2xl font-semibold tracking-tight">Today</h1>
      <p className="text-sm text-muted-foreground">
        <time dateTime={today}>{formatTodayHeading(today)}</time>
      </p>
    </header>
  );
  if (await isNewAccount(user.id)) {
    return (
      <div className="mx-auto grid max-w-3xl gap-8">
        {heading}
        <StartSection />
      </div>
    );
  }
  const [thankYous, followUps, keepInTouch, waiting, metRecently] = await Promise.all([
    listThankYousOwed(user.id, clock),
    listFollowUpsDue(user.id, clock),
    listThankedWithoutNextStep(user.id),
    listWaitingForAcceptance(user.id, clock),
    listMetRecently(user.id, clock),
  ]);

  return (
    <div className="mx-auto grid max-w-3xl gap-8">
      {heading}
      <ThankYouSection contacts={thankYous} timeZone={user.timezone} />
      <FollowUpsSection today={followUps.today} due={followUps.due} upcoming={followUps.upcoming} />
      <KeepInTouchSection {...keepInTouch} today={today} timeZone={user.timezone} />
      <WaitingSection contacts={waiting} timeZone={user.timezone} today={today} />
      <MetRecentlySection contacts={metRecently} today={today} />
    </div>
  );
}
