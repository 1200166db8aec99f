// The input of a pipeline move, shared by the board, the contact page and the server.
import { z } from "zod";
import { storableText } from "@/lib/forms";
import { STAGES } from "@/lib/pipeline/stage";

export const moveInput = z.object({
  contactId: storableText("The contact", { message: "This contact no longer exists." }).min(1, "This contact no longer exists.").max(64, "This contact no longer exists."),
  to: z.enum(STAGES as [typeof STAGES[number], ...typeof STAGES[number][]], { error: "Pick a stage of the pipeline." }),
  /** "Mark as accepted": the day they accepted, "YYYY-MM-DD"; absent means today. Its bounds are canMove's. */
  acceptedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose the day they accepted, such as 2026-12-10.")
    .optional(),
});
export type MoveInput = z.output<typeof moveInput>;
