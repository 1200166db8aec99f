"use client";
// The thank-you composer: the message beside "What you know", the thank-you coach on every keystroke, THANK_YOU
// templates, a draft kept on this device, and "Mark thank-you sent" with the next step.
import { useEffect, useMemo, useRef, useState } from "react";
import { HeartHandshake } from "lucide-react";
import { buildFacts, type FactContact } from "@/lib/invitations/facts";
import { assessThankYou, thankYouChecklist } from "@/lib/thank-you/assess";
import { clearLocalDraft, readLocalDraft, thankYouDraftKey, writeLocalDraft } from "@/lib/thank-you/local-draft";
import { MAX_THANK_YOU_LENGTH } from "@/lib/thank-you/schema";
import type { TemplateValues } from "@/lib/templates/fill";
import { browserStorage } from "@/components/composer/browser-storage";
import { MessageComposerLayout } from "@/components/composer/message-composer-layout";
import { SendSection } from "@/components/composer/send-section";
import { useMessageEditor, type ComposerTemplate } from "@/components/composer/use-message-editor";
import { CoachPanel } from "@/components/invitations/coach-panel";
import type { PanelEncounter } from "@/components/invitations/facts-panel";
import { MarkThankedDialog } from "@/components/thank-you/mark-thanked-dialog";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

export type ThankYouTemplate = ComposerTemplate;

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

export function ThankYouComposer({ userId, contact, encounters, templates, templateValues, today, suggestedFollowUpOn, returnTo }: Props) {
  const storageKey = thankYouDraftKey(userId, contact.id);
  const [message, setMessage] = useState("");
  const [restored, setRestored] = useState(false);
  const [marking, setMarking] = useState(false);
  const editor = useMessageEditor({ message, onChange: update, templates, templateValues });

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

  function update(next: string) {
    setMessage(next);
    if (next.trim()) writeLocalDraft(browserStorage(), storageKey, { message: next, claim: null, editedAt: Date.now() });
    else clearLocalDraft(browserStorage(), storageKey);
  }

  return (
    <MessageComposerLayout
      contact={contact}
      encounters={encounters}
      editor={editor}
      write={
        <div className="grid gap-1.5">
          <Label htmlFor="thank-you-message">Message</Label>
          <Textarea
            id="thank-you-message"
            {...editor.textareaProps}
            rows={7}
            maxLength={MAX_THANK_YOU_LENGTH}
            placeholder={`Thanks for connecting, ${contact.firstName || "there"}! …`}
          />
          <p className="text-sm text-muted-foreground">
            {restored
              ? "Restored the thank-you you were writing on this device."
              : "Kept on this device until you mark it as sent. A LinkedIn message has no 300-character limit."}
          </p>
        </div>
      }
      coach={<CoachPanel assessment={assessment} items={thankYouChecklist(assessment)} />}
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
        onSent={() => clearLocalDraft(browserStorage(), storageKey)}
      />
    </MessageComposerLayout>
  );
}
