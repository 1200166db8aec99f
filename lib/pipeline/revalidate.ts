// Every page that shows a contact's stage or follow-ups, refreshed after a move.
import "server-only";
import { revalidatePath } from "next/cache";

export function revalidatePipeline(contactId: string) {
  revalidatePath("/pipeline");
  revalidatePath("/today");
  revalidatePath("/contacts");
  revalidatePath(`/contacts/${contactId}`);
  revalidatePath("/events", "layout");
}
