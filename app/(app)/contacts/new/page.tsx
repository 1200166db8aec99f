import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { createContactAction } from "@/lib/contacts/actions";
import { ContactForm } from "@/components/contacts/contact-form";

export const metadata: Metadata = { title: "New contact" };

export default async function NewContactPage() {
  await requireUser();
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">New contact</h1>
      <ContactForm action={createContactAction} cancelHref="/contacts" />
    </div>
  );
}
