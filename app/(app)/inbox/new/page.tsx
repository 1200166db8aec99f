// "Log an invitation": one received on LinkedIn (or elsewhere) that no import brought in.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates/calendar";
import { now } from "@/lib/dates/clock";
import { logInvitationAction } from "@/lib/inbox/actions";
import { LogInvitationForm } from "@/components/inbox/log-invitation-form";

export const metadata: Metadata = { title: "Log an invitation" };

export default async function LogInvitationPage() {
  const user = await requireUser();
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Log an invitation</h1>
      <LogInvitationForm action={logInvitationAction} today={todayIn(user.timezone, await now())} />
    </div>
  );
}
