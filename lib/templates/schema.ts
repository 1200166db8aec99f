// The template form's schema, shared by the form (for comfort) and the actions (for safety), and the kinds' names.
import { z } from "zod";
import { editVersion, storableText } from "@/lib/forms";
import type { TemplateKindName } from "@/lib/templates/builtins";
import { placeholderToken, TEMPLATE_PLACEHOLDERS, unknownPlaceholders } from "@/lib/templates/fill";

export const TEMPLATE_LIMITS = { name: 80, body: 2_000 } as const;

export const TEMPLATE_KINDS: TemplateKindName[] = ["INVITATION", "THANK_YOU", "REPLY"];

/** One template's kind, as the "Kind" select says it. */
export const TEMPLATE_KIND_LABELS: Record<TemplateKindName, string> = {
  INVITATION: "Invitation",
  THANK_YOU: "Thank-you",
  REPLY: "Reply",
};

/** A group of templates, as the templates page heads it. */
export const TEMPLATE_KIND_HEADINGS: Record<TemplateKindName, string> = {
  INVITATION: "Invitations",
  THANK_YOU: "Thank-yous",
  REPLY: "Replies",
};

const KNOWN_LIST = TEMPLATE_PLACEHOLDERS.map(placeholderToken).join(", ");

export function isTemplateKind(value: unknown): value is TemplateKindName {
  return typeof value === "string" && (TEMPLATE_KINDS as string[]).includes(value);
}

// A field missing from the form data (a hand-made request) counts as left empty.
export const templateInput = z.object({
  name: storableText("Name")
    .trim()
    .min(1, "Give the template a name.")
    .max(TEMPLATE_LIMITS.name, `Name must be at most ${TEMPLATE_LIMITS.name} characters.`)
    .prefault(""),
  kind: z.enum(["INVITATION", "THANK_YOU", "REPLY"], { error: "Choose a kind: invitation, thank-you or reply." }),
  // Line breaks inside are the user's; only the ends are trimmed.
  body: storableText("Text")
    .trim()
    .min(1, "Write the template's text.")
    .max(TEMPLATE_LIMITS.body, `Text must be at most ${TEMPLATE_LIMITS.body.toLocaleString("en")} characters.`)
    .prefault("")
    .superRefine((body, ctx) => {
      const unknown = unknownPlaceholders(body);
      if (unknown.length === 0) return;
      const named = unknown.map((name) => `{${name}}`).join(", ");
      ctx.addIssue({
        code: "custom",
        message: `Rapport cannot fill ${named}. Use only ${KNOWN_LIST}.`,
      });
    }),
});

export type TemplateInput = z.output<typeof templateInput>;

/** Editing a template also posts the version the form was opened at. */
export const templateUpdateInput = templateInput.extend({ version: editVersion() });
