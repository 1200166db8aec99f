// Contacts: newest first, a page at a time.
import type { Metadata } from "next";
import Link from "next/link";
import { Plus, UserRound } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { countContacts, listContacts } from "@/lib/contacts/queries";
import { ContactList } from "@/components/contacts/contact-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Contacts" };

export default async function ContactsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const user = await requireUser();
  const { after } = await searchParams;
  const [page, total] = await Promise.all([listContacts(user.id, { after }), countContacts(user.id)]);

  return (
    <div className="grid gap-6">
      <div className="flex items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Contacts</h1>
          <p className="text-sm text-muted-foreground">
            {total === 1 ? "1 person" : `${total.toLocaleString("en")} people`} in your network
          </p>
        </div>
        <Button asChild>
          <Link href="/contacts/new">
            <Plus aria-hidden="true" />
            Add contact
          </Link>
        </Button>
      </div>

      {total === 0 ? (
        <EmptyState
          icon={<UserRound aria-hidden="true" />}
          title="No contacts yet"
          description="Met someone? Add them in ten seconds, with a line about how you met."
          action={
            <Button asChild>
              <Link href="/contacts/new">Add your first contact</Link>
            </Button>
          }
        />
      ) : (
        <>
          <ContactList contacts={page.items} />
          <nav aria-label="Pages" className="flex justify-between gap-3">
            {after ? (
              <Button asChild variant="outline">
                <Link href="/contacts">Back to newest</Link>
              </Button>
            ) : (
              <span />
            )}
            {page.nextCursor && (
              <Button asChild variant="outline">
                <Link href={`/contacts?after=${page.nextCursor}`}>Older contacts</Link>
              </Button>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
