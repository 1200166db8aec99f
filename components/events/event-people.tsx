// The people met at an event: name, work, stage and what you talked about; each row opens the contact.
import Link from "next/link";
import type { EventPerson } from "@/lib/events/queries";
import { contactInitials, contactName, STAGE_LABELS } from "@/lib/contacts/display";
import { Badge } from "@/components/ui/badge";

export function EventPeople({ people }: { people: EventPerson[] }) {
  return (
    <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-card">
      {people.map((person) => {
        const work = [person.title, person.company].filter(Boolean).join(" at ");
        return (
          <li key={person.id}>
            <Link href={`/contacts/${person.id}`} className="flex items-start gap-3 px-4 py-3 hover:bg-muted focus-visible:bg-muted">
              <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-muted text-sm font-semibold text-muted-foreground">
                {contactInitials(person)}
              </span>
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{contactName(person)}</span>
                {work && <span className="block truncate text-sm text-muted-foreground">{work}</span>}
                {person.context && <span className="mt-1 line-clamp-2 block text-sm break-words">{person.context}</span>}
              </span>
              <Badge variant="outline" className="shrink-0">
                {STAGE_LABELS[person.stage]}
              </Badge>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
