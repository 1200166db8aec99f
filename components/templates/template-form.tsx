"use client";
// Create or edit a template: name, kind and text, buttons that insert placeholders at the cursor, and a live preview
// filled with sample values (with the coach's verdict for invitations). Errors appear beside their fields.
import { useActionState, useLayoutEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { TemplateKindName } from "@/lib/templates/builtins";
import { PLACEHOLDER_LABELS, placeholderToken, SAMPLE_VALUES, TEMPLATE_PLACEHOLDERS, type PlaceholderName } from "@/lib/templates/fill";
import { previewTemplate } from "@/lib/templates/preview";
import { isTemplateKind, TEMPLATE_KIND_LABELS, TEMPLATE_KINDS, TEMPLATE_LIMITS } from "@/lib/templates/schema";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import { TemplateCoach } from "@/components/templates/template-coach";
import { Button } from "@/components/ui/button";
import { FormActions } from "@/components/ui/form-actions";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";

/** `version`: the one an existing template was read at (a save is refused if someone saved it since); none for a new one. */
export type TemplateFormValues = { name: string; kind: TemplateKindName; body: string; version?: number };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  template: TemplateFormValues;
  /** The user's LinkedIn note limit, for the invitation preview. */
  noteLimit: 200 | 300;
  cancelHref: string;
};

type TemplateFormState = FormState & { round: number };

export function TemplateForm({ action, template, noteLimit, cancelHref }: Props) {
  const router = useRouter();
  const [kind, setKind] = useState<TemplateKindName>(template.kind);
  const [body, setBody] = useState(template.body);
  // Each submission remounts the fields (`round`): React resets a form after its action, and native controls would
  // otherwise fall back to the values they were first rendered with.
  const [state, formAction, pending] = useActionState(
    async (previous: TemplateFormState, formData: FormData): Promise<TemplateFormState> => {
      const next = await action(initialFormState, formData);
      if (next.ok) {
        toast({ title: "Template saved" });
        router.push(`/templates?kind=${formData.get("kind")}`);
      }
      return { ...next, round: previous.round + 1 };
    },
    { ...initialFormState, round: 0 },
  );
  const error = (name: string) => fieldError(state, name);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const touched = useRef(false);
  const caret = useRef<number | null>(null);

  // Put the cursor back after the inserted placeholder once React has written the new text.
  useLayoutEffect(() => {
    const element = textarea.current;
    if (caret.current === null || !element) return;
    element.focus();
    element.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [body]);

  function insert(name: PlaceholderName) {
    const token = placeholderToken(name);
    const element = textarea.current;
    // Until the user has put the cursor somewhere, a placeholder goes at the end.
    const start = element && touched.current ? element.selectionStart : body.length;
    const end = element && touched.current ? element.selectionEnd : body.length;
    const next = body.slice(0, start) + token + body.slice(end);
    if (next.length > TEMPLATE_LIMITS.body) {
      toast({ title: `The text can hold at most ${TEMPLATE_LIMITS.body.toLocaleString("en")} characters.`, variant: "destructive" });
      return;
    }
    touched.current = true;
    caret.current = start + token.length;
    setBody(next);
  }

  const preview = previewTemplate(body, kind, noteLimit);

  return (
    <form action={formAction} className="grid gap-6" noValidate>
      {template.version !== undefined && <input type="hidden" name="version" value={template.version} />}
      {state.message && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm">
          {state.message}
        </p>
      )}

      <div key={state.round} className="grid gap-6">
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <Field label="Name" error={error("name")}>
            <Input
              name="name"
              autoComplete="off"
              defaultValue={state.values?.name ?? template.name}
              maxLength={TEMPLATE_LIMITS.name}
              required
              autoFocus
            />
          </Field>
          {/* Uncontrolled, like every field here: React resets the form after its action, and a controlled select
              has no default option to go back to. `kind` only follows it, for the preview. */}
          <Field label="Kind" error={error("kind")}>
            <Select name="kind" defaultValue={kind} onChange={(event) => {
                if (isTemplateKind(event.target.value)) setKind(event.target.value);
              }}>
              {TEMPLATE_KINDS.map((option) => (
                <option key={option} value={option}>
                  {TEMPLATE_KIND_LABELS[option]}
                </option>
              ))}
            </Select>
          </Field>
        </div>

        <div className="grid gap-2">
          <Field
            label="Text"
            error={error("body")}
            description="Placeholders such as {firstName} are filled from what Rapport knows about the person."
          >
            <Textarea
              ref={textarea}
              name="body"
              rows={6}
              value={body}
              onChange={(event) => setBody(event.target.value)}
              onSelect={() => {
                touched.current = true;
              }}
              maxLength={TEMPLATE_LIMITS.body}
              required
            />
          </Field>
          <div role="group" aria-label="Insert a placeholder" className="flex flex-wrap gap-2">
            {TEMPLATE_PLACEHOLDERS.map((name) => (
              <Button
                key={name}
                type="button"
                variant="secondary"
                size="sm"
                className="font-mono"
                title={PLACEHOLDER_LABELS[name]}
                // Keep the cursor where it is in the text: the button must not take the focus on press.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => insert(name)}
              >
                <span className="sr-only">Insert </span>
                {placeholderToken(name)}
              </Button>
            ))}
          </div>
        </div>
      </div>

      <section aria-labelledby="preview-heading" className="grid gap-3 rounded-lg border border-border bg-card p-4">
        <div>
          <h2 id="preview-heading" className="text-sm font-semibold">
            Preview
          </h2>
          <p className="text-sm text-muted-foreground">
            Filled in for {SAMPLE_VALUES.firstName} from {SAMPLE_VALUES.company}, met at {SAMPLE_VALUES.eventName}.
          </p>
        </div>
        {preview.text.trim() ? (
          <p className="break-words whitespace-pre-wrap">
            {preview.text}
          </p>
        ) : (
          <p className="text-sm text-muted-foreground">Write the text above to see it filled in here.</p>
        )}
        {preview.assessment && <TemplateCoach assessment={preview.assessment} text={preview.text} noteLimit={noteLimit} />}
      </section>

      <FormActions cancelHref={cancelHref} submitLabel="Save template" pending={pending} />
    </form>
  );
}
