// One row per contact: name, what they do, tags and stage; the whole row opens the contact. In a
// search, the row says why the contact matched, with the searched words marked.
import Link from "next/link";
import type { ContactListPage } from "@/lib/contacts/queries";
import type { Piece } from "@/lib/contacts/search-match";
import { contactInitials, contactName, STAGE_LABELS } from "@/lib/contacts/display";
import { Badge } from "@/components/ui/badge";

export function ContactList({ contacts }: { contacts: ContactListPage["items"] }) {
  return (
    <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-card">
      {contacts.map((contact) => {
        const work = [contact.title, contact.company].filter(Boolean).join(" at ");
        const { match } = contact;
        return (
          <li key={contact.id}>
            <Link href={`/contacts/${contact.id}`} className="flex items-center gap-3 px-4 py-3 hover:bg-muted focus-visible:bg-muted">
              <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-muted text-sm font-semibold text-muted-foreground">
                {contactInitials(contact)}
              </span>
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{match ? <Marked pieces={match.name} /> : contactName(contact)}</span>
                {work && <span className="block truncate text-sm text-muted-foreground">{match ? <Marked pieces={match.work} /> : work}</span>}
                {match?.reasons.map((reason, index) => (
                  <span key={index} className="mt-0.5 line-clamp-2 text-sm text-muted-foreground">
                    {reason.label}: <Marked pieces={reason.pieces} />
                  </span>
                ))}
              </span>
              <span className="hidden flex-wrap justify-end gap-1 sm:flex">
                {contact.tags.slice(0, 3).map((tag) => (
                  <Badge key={tag}>
                    {tag}
                  </Badge>
                ))}
              </span>
              <Badge variant="outline" className="shrink-0">
                {STAGE_LABELS[contact.stage]}
              </Badge>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** Text with the searched words in <mark>; React escapes every piece, so a note's "<b>" stays text. */
function Marked({ pieces }: { pieces: Piece[] }) {
  return pieces.map((piece, index) =>
    piece.mark ? (
      <mark key={index} className="rounded-sm bg-accent/15 font-medium text-foreground">
        {piece.text}
      </mark>
    ) : (
      piece.text
    ),
  );
}
