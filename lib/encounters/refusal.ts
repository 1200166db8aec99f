// How a refused "how you met" write reads on screen: problems with a picked id go beside that field.
import type { EncounterWriteResult } from "@/lib/encounters/mutations";
import { staleEdit, type FormState } from "@/lib/forms";

const CHECK_FIELDS = "Check the highlighted fields.";

export function encounterRefusal(result: Exclude<EncounterWriteResult, { ok: true }>): FormState {
  if (result.reason === "conflict") return staleEdit("encounter");
  if (result.reason === "self_introduction") {
    return { ok: false, message: CHECK_FIELDS, fieldErrors: { throughContactId: ["Pick someone else: nobody introduces themselves."] } };
  }
  switch (result.what) {
    case "contact":
      return { ok: false, message: "This contact no longer exists." };
    case "encounter":
      return { ok: false, message: "This encounter no longer exists. Reload the page to see the latest." };
    case "event":
      return { ok: false, message: CHECK_FIELDS, fieldErrors: { eventId: ["This event no longer exists. Pick another one."] } };
    case "mutualConnection":
      return { ok: false, message: CHECK_FIELDS, fieldErrors: { throughContactId: ["This contact no longer exists. Pick another one."] } };
  }
}
