// Every page that shows a contact's stage or follow-ups, refreshed after a move, a follow-up or an import.
import "server-only";
import { revalidatePath } from "next/cache";

/** After a change to one contact (its id), or to any number of them (no id: every contact page). */
export function revalidatePipeline(contactId?: string) {
  revalidatePath("/pipeline");
  revalidatePath("/today");
  revalidatePath("/contacts");
  if (contactId) revalidatePath(`/contacts/${contactId}`);
  else revalidatePath("/contacts", "layout");
  revalidatePath("/events", "layout");
}
