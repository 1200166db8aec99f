import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { createContactAction } from "@/lib/contacts/actions";
import { listEventOptions } from "@/lib/events/queries";
import { todayIn } from "@/lib/dates/calendar";
import { now } from "@/lib/dates/clock";
import { ContactForm } from "@/components/contacts/contact-form";

export const metadata: Metadata = { title: "New contact" };

export default async function NewContactPage() {
  const user = await requireUser();
  const [events, at] = await Promise.all([listEventOptions(user.id), now()]);
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">New contact</h1>
      <ContactForm action={createContactAction} cancelHref="/contacts" howYouMet={{ events, today: todayIn(user.timezone, at) }} />
    </div>
  );
}
