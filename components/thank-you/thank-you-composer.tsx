"use client";
// The thank-you composer: the message beside "What you know", the thank-you coach on every keystroke, THANK_YOU
// templates, a draft kept on this device, and "Mark thank-you sent" with the next step.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Copy, ExternalLink, HeartHandshake } from "lucide-react";
import { buildFacts, type FactContact } from "@/lib/invitations/facts";
import { insertAt } from "@/lib/invitations/insert";
import { assessThankYou, thankYouChecklist } from "@/lib/thank-you/assess";
import { clearLocalDraft, readLocalDraft, thankYouDraftKey, writeLocalDraft } from "@/lib/thank-you/local-draft";
import { MAX_THANK_YOU_LENGTH } from "@/lib/thank-you/schema";
import { fillTemplate, type TemplateValues } from "@/lib/templates/fill";
import { CoachPanel } from "@/components/invitations/coach-panel";
import { FactsPanel, type PanelEncounter } from "@/components/invitations/facts-panel";
import { MarkThankedDialog } from "@/components/thank-you/mark-thanked-dialog";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";

export type ThankYouTemplate = { id: string; name: string; body: string };

type Props = {
  userId: string;
  contact: FactContact & { id: string; linkedinUrl: string | null };
  encounters: PanelEncounter[];
  templates: ThankYouTemplate[];
  templateValues: TemplateValues;
  /** The user's today and the suggested "Follow up on" day, "YYYY-MM-DD". */
  today: string;
  suggestedFollowUpOn: string;
  /** Where to go once the thank-you is marked as sent. */
  returnTo: string;
};

type Selection = { start: number; end: number };

// The first placeholder a template left unfilled: selected, so typing replaces it.
const PLACEHOLDER = /\{[^{}\n]{1,40}\}/;

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function ThankYouComposer({ userId, contact, encounters, templates, templateValues, today, suggestedFollowUpOn, returnTo }: Props) {
  const storageKey = thankYouDraftKey(userId, contact.id);
  const [message, setMessage] = useState("");
  const [restored, setRestored] = useState(false);
  const [pendingTemplate, setPendingTemplate] = useState<ThankYouTemplate | null>(null);
  const [marking, setMarking] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const selectionAfterRender = useRef<Selection | null>(null);
  const lastSelection = useRef<Selection | null>(null);

  const facts = useMemo(() => buildFacts({ contact, encounters, noteLimit: 300 }), [contact, encounters]);
  const assessment = useMemo(() => assessThankYou(message, facts), [message, facts]);

  // What was typed on this device before a reload or a crash comes back; there is no server draft.
  const restoreChecked = useRef(false);
  useEffect(() => {
    if (restoreChecked.current) return;
    restoreChecked.current = true;
    const local = readLocalDraft(browserStorage(), storageKey);
    if (!local?.message.trim()) return;
    // localStorage is only readable after hydration, so this state is set in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMessage(local.message);
    setRestored(true);
  }, [storageKey]);

  // After an insertion the caret goes back where the user was writing.
  useLayoutEffect(() => {
    const selection = selectionAfterRender.current;
    const element = textarea.current;
    if (!selection || !element) return;
    selectionAfterRender.current = null;
    element.focus();
    element.setSelectionRange(selection.start, selection.end);
    lastSelection.current = selection;
  }, [message]);

  function update(next: string, selection?: Selection) {
    if (selection) selectionAfterRender.current = selection;
    setMessage(next);
    if (next.trim()) writeLocalDraft(browserStorage(), storageKey, { message: next, claim: null, editedAt: Date.now() });
    else clearLocalDraft(browserStorage(), storageKey);
  }

  function rememberSelection() {
    const element = textarea.current;
    if (element) lastSelection.current = { start: element.selectionStart, end: element.selectionEnd };
  }

  function insertFact(fact: string) {
    const selection = lastSelection.current ?? { start: message.length, end: message.length };
    const next = insertAt(message, selection.start, selection.end, fact);
    update(next.text, { start: next.caret, end: next.caret });
  }

  function applyTemplate(template: ThankYouTemplate) {
    const filled = fillTemplate(template.body, templateValues);
    const placeholder = PLACEHOLDER.exec(filled);
    update(
      filled,
      placeholder ? { start: placeholder.index, end: placeholder.index + placeholder[0].length } : { start: filled.length, end: filled.length },
    );
  }

  function chooseTemplate(id: string) {
    const template = templates.find((candidate) => candidate.id === id);
    if (!template) return;
    if (message.trim()) setPendingTemplate(template);
    else applyTemplate(template);
  }

  async function copyMessage() {
    try {
      await navigator.clipboard.writeText(message);
      toast({ title: "Copied" });
    } catch {
      toast({ title: "Could not copy", description: "Select the message and copy it yourself.", variant: "destructive" });
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
      <FactsPanel
        contact={contact}
        encounters={encounters}
        contactHref={`/contacts/${contact.id}`}
        onInsert={insertFact}
        className="lg:sticky lg:top-20 lg:col-start-2 lg:row-start-1"
      />

      <div className="grid min-w-0 gap-6 lg:col-start-1 lg:row-start-1">
        <section aria-label="Write" className="grid gap-4 rounded-lg border border-border bg-card p-4">
          {templates.length > 0 && (
            <Field label="Template">
              <Select value="" onChange={(event) => chooseTemplate(event.target.value)}>
                <option value="">Start from a template…</option>
                {templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <div className="grid gap-1.5">
            <Label htmlFor="thank-you-message">Message</Label>
            <Textarea
              id="thank-you-message"
              ref={textarea}
              rows={7}
              value={message}
              maxLength={MAX_THANK_YOU_LENGTH}
              onChange={(event) => {
                lastSelection.current = { start: event.target.selectionStart, end: event.target.selectionEnd };
                update(event.target.value);
              }}
              onSelect={rememberSelection}
              onBlur={rememberSelection}
              placeholder={`Thanks for connecting, ${contact.firstName || "there"}! …`}
            />
            <p className="text-sm text-muted-foreground">
              {restored
                ? "Restored the thank-you you were writing on this device."
                : "Kept on this device until you mark it as sent. A LinkedIn message has no 300-character limit."}
            </p>
          </div>
        </section>

        <CoachPanel assessment={assessment} items={thankYouChecklist(assessment)} />

        <section aria-labelledby="send-heading" className="grid gap-4 rounded-lg border border-border bg-card p-4">
          <h2 id="send-heading" className="text-sm font-semibold">
            Send it on LinkedIn
          </h2>
          <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
            <Button type="button" variant="outline" onClick={() => void copyMessage()} disabled={!message.trim()}>
              <Copy aria-hidden="true" />
              Copy message
            </Button>
            {contact.linkedinUrl && (
              <Button asChild variant="outline">
                <a href={contact.linkedinUrl} target="_blank" rel="noopener noreferrer">
                  <ExternalLink aria-hidden="true" />
                  Open LinkedIn profile
                  <span className="sr-only">(opens in a new tab)</span>
                </a>
              </Button>
            )}
            <Button type="button" onClick={() => setMarking(true)} disabled={!message.trim()} className="sm:ml-auto">
              <HeartHandshake aria-hidden="true" />
              Mark thank-you sent
            </Button>
          </div>
          <p className="text-sm text-muted-foreground">
            Copy the message, send it to {contact.firstName || "them"} as a LinkedIn message, then come back and mark it as sent.
          </p>
        </section>
      </div>

      <Dialog open={pendingTemplate !== null} onOpenChange={(open) => !open && setPendingTemplate(null)}>
        <DialogContent
          onCloseAutoFocus={(event) => {
            // Focus goes back to the message (where the template's first blank is selected), not to the select.
            event.preventDefault();
            textarea.current?.focus();
          }}
        >
          <DialogHeader>
            <DialogTitle>Replace your message?</DialogTitle>
            <DialogDescription>“{pendingTemplate?.name}” will replace what you have written.</DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Keep my message</Button>
            </DialogClose>
            <Button
              onClick={() => {
                if (pendingTemplate) applyTemplate(pendingTemplate);
                setPendingTemplate(null);
              }}
            >
              Replace message
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>

      <MarkThankedDialog
        open={marking}
        onOpenChange={setMarking}
        contactId={contact.id}
        firstName={contact.firstName}
        message={message}
        problems={assessment.findings.filter((finding) => finding.severity === "error").map((finding) => finding.message)}
        today={today}
        suggestedFollowUpOn={suggestedFollowUpOn}
        returnTo={returnTo}
        onSent={() => clearLocalDraft(browserStorage(), storageKey)}
      />
    </div>
  );
}
