import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getContact } from "@/lib/contacts/queries";
import { updateContactAction } from "@/lib/contacts/actions";
import { contactName } from "@/lib/contacts/display";
import { ContactForm } from "@/components/contacts/contact-form";

export const metadata: Metadata = { title: "Edit contact" };

export default async function EditContactPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const contact = await getContact(user.id, id);
  if (!contact) notFound();
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Edit {contactName(contact)}</h1>
      <ContactForm action={updateContactAction.bind(null, contact.id)} contact={contact} cancelHref={`/contacts/${contact.id}`} />
    </div>
  );
}
