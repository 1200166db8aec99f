// What a template looks like in use: filled with sample values and, for invitations, what the coach says about it.
// Pure, so the editor can run it on every keystroke.
import { assessInvitation, type Assessment, type InvitationFacts } from "@/lib/invitations/assess";
import type { TemplateKindName } from "@/lib/templates/builtins";
import { fillTemplate, SAMPLE_VALUES } from "@/lib/templates/fill";

/** What Rapport would know about the sample person the preview is filled for. */
export function sampleFacts(noteLimit: 200 | 300): InvitationFacts {
  return {
    firstName: SAMPLE_VALUES.firstName,
    lastName: "Raman",
    company: SAMPLE_VALUES.company,
    events: [SAMPLE_VALUES.eventName],
    topics: [SAMPLE_VALUES.topic],
    mutualNames: [SAMPLE_VALUES.mutualName],
    encounterKinds: ["EVENT"],
    noteLimit,
  };
}

export type TemplatePreview = { text: string; assessment: Assessment | null };

/** The body filled with sample values; the coach's assessment only for invitations (the note limit is theirs). */
export function previewTemplate(body: string, kind: TemplateKindName, noteLimit: 200 | 300): TemplatePreview {
  const text = fillTemplate(body, SAMPLE_VALUES);
  return { text, assessment: kind === "INVITATION" ? assessInvitation(text, sampleFacts(noteLimit)) : null };
}
