// The input of a pipeline move, shared by the board, the contact page and the server.
import { z } from "zod";
import { STAGES } from "@/lib/pipeline/stage";

export const moveInput = z.object({
  contactId: z.string().min(1, "This contact no longer exists.").max(64, "This contact no longer exists."),
  to: z.enum(STAGES as [typeof STAGES[number], ...typeof STAGES[number][]], { error: "Pick a stage of the pipeline." }),
});
export type MoveInput = z.output<typeof moveInput>;
