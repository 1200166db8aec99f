"use client";
// The thank-you composer: the message beside "What you know", the thank-you coach on every keystroke, THANK_YOU
// templates, a draft that saves itself to the server as the invitation's does (so a thank-you started on the phone
// is there on the laptop, and survives a lost connection in localStorage), and "Mark thank-you sent" with the next step.
import { useCallback, useMemo, useState } from "react";
import { HeartHandshake } from "lucide-react";
import { buildFacts, type FactContact } from "@/lib/invitations/facts";
import type { LocalDraft } from "@/lib/invitations/local-draft";
import { assessThankYou, thankYouChecklist } from "@/lib/thank-you/assess";
import { saveThankYouDraftAction } from "@/lib/thank-you/actions";
import { thankYouDraftKey } from "@/lib/thank-you/local-draft";
import { MAX_THANK_YOU_LENGTH } from "@/lib/thank-you/schema";
import type { TemplateValues } from "@/lib/templates/fill";
import { MessageComposerLayout } from "@/components/composer/message-composer-layout";
import { SendSection } from "@/components/composer/send-section";
import { useDraft } from "@/components/composer/use-draft";
import { useMessageEditor, type ComposerTemplate } from "@/components/composer/use-message-editor";
import { CoachPanel } from "@/components/invitations/coach-panel";
import type { PanelEncounter } from "@/components/invitations/facts-panel";
import { SaveStatus } from "@/components/invitations/save-status";
import { MarkThankedDialog } from "@/components/thank-you/mark-thanked-dialog";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

export type ThankYouTemplate = ComposerTemplate;

type Props = {
  userId: string;
  contact: FactContact & { id: string; linkedinUrl: string | null };
  encounters: PanelEncounter[];
  /** The server's draft, when one was started (on this device or another). */
  draft: { message: string; updatedAt: Date } | null;
  templates: ThankYouTemplate[];
  templateValues: TemplateValues;
  /** The user's today and the suggested "Follow up on" day, "YYYY-MM-DD". */
  today: string;
  suggestedFollowUpOn: string;
  /** Where to go once the thank-you is marked as sent. */
  returnTo: string;
};

export function ThankYouComposer({ userId, contact, encounters, draft, templates, templateValues, today, suggestedFollowUpOn, returnTo }: Props) {
  const [message, setMessage] = useState(draft?.message ?? "");
  // Until the first keystroke an empty message is not scored: nothing has been written yet, so nothing is wrong.
  const [started, setStarted] = useState(Boolean(draft?.message));
  const [marking, setMarking] = useState(false);
  const restore = useCallback((local: LocalDraft) => {
    setMessage(local.message);
    setStarted(true);
  }, []);
  const serverDraft = useMemo(() => draft && { message: draft.message, claim: null, updatedAt: draft.updatedAt }, [draft]);
  const { saver, saveState, restored } = useDraft({
    storageKey: thankYouDraftKey(userId, contact.id),
    draft: serverDraft,
    save: (text) => saveThankYouDraftAction(contact.id, text),
    onRestore: restore,
  });
  const editor = useMessageEditor({ message, onChange: update, onBlur: () => void saver.flush(), templates, templateValues });

  const facts = useMemo(() => buildFacts({ contact, encounters, noteLimit: 300 }), [contact, encounters]);
  const assessment = useMemo(() => assessThankYou(message, facts), [message, facts]);

  function update(next: string) {
    setMessage(next);
    setStarted(true);
    saver.change(next, null);
  }

  return (
    <MessageComposerLayout
      contact={contact}
      encounters={encounters}
      editor={editor}
      write={
        <div className="grid gap-1.5">
          <div className="flex items-end justify-between gap-3">
            <Label htmlFor="thank-you-message">Message</Label>
            <SaveStatus state={saveState} onRetry={() => void saver.retryNow()} />
          </div>
          <Textarea
            id="thank-you-message"
            {...editor.textareaProps}
            rows={7}
            maxLength={MAX_THANK_YOU_LENGTH}
            placeholder={`Thanks for connecting, ${contact.firstName || "there"}! …`}
          />
          <p className="text-sm text-muted-foreground">
            {restored
              ? "Restored what you wrote on this device before it could be saved."
              : "Saved as you type, on any device you use. A LinkedIn message has no 300-character limit."}
          </p>
        </div>
      }
      coach={<CoachPanel assessment={assessment} items={thankYouChecklist(assessment)} started={started} />}
      send={
        <SendSection
          title="Send it on LinkedIn"
          message={message}
          linkedinUrl={contact.linkedinUrl}
          onCopy={editor.copyMessage}
          action={
            <Button type="button" onClick={() => setMarking(true)} disabled={!message.trim()} className="sm:ml-auto">
              <HeartHandshake aria-hidden="true" />
              Mark thank-you sent
            </Button>
          }
        >
          <p className="text-sm text-muted-foreground">
            Copy the message, send it to {contact.firstName || "them"} as a LinkedIn message, then come back and mark it as sent.
          </p>
        </SendSection>
      }
    >
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
        onSent={() => saver.stop()}
      />
    </MessageComposerLayout>
  );
}
