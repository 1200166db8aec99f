"use client";
// The reply to an invitation received, in the composer the invitation and the thank-you use: the message beside
// "What you know", REPLY templates, the reply coach on every keystroke, "Copy message", the sender's LinkedIn profile
// and "Mark reply sent". The text is kept on this device as it is typed (the composers' local-draft format), so a
// reload or a crash loses nothing; replies have no server draft.
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { MessageSquareReply } from "lucide-react";
import { markReplySentAction, type ReplyResult } from "@/lib/inbox/reply-actions";
import { assessReply, replyChecklist } from "@/lib/inbox/reply-assess";
import { MAX_REPLY_LENGTH, replyDraftKey, replyInput } from "@/lib/inbox/reply-schema";
import { buildFacts, type FactContact } from "@/lib/invitations/facts";
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from "@/lib/invitations/local-draft";
import type { TemplateValues } from "@/lib/templates/fill";
import { browserStorage } from "@/components/composer/browser-storage";
import { MessageComposerLayout } from "@/components/composer/message-composer-layout";
import { SendSection } from "@/components/composer/send-section";
import { useMessageEditor, type ComposerTemplate } from "@/components/composer/use-message-editor";
import { CoachPanel } from "@/components/invitations/coach-panel";
import type { PanelEncounter } from "@/components/invitations/facts-panel";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";

type Props = {
  userId: string;
  invitationId: string;
  contact: FactContact & { id: string; linkedinUrl: string | null };
  encounters: PanelEncounter[];
  templates: ComposerTemplate[];
  templateValues: TemplateValues;
  /** Where to go once the reply is marked as sent. */
  returnTo: string;
};

const UNREACHABLE = "Could not reach Rapport. Check your connection and try again.";

/** This device's copy of the reply: read after hydration, written on each change, removed once the reply is sent. */
function useLocalReply(key: string, onRestore: (message: string) => void) {
  const [restored, setRestored] = useState(false);
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current) return;
    checked.current = true;
    const local = readLocalDraft(browserStorage(), key);
    if (!local?.message) return;
    // localStorage can only be read after hydration, so this state is set in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(true);
    onRestore(local.message);
  }, [key, onRestore]);
  return {
    restored,
    keep: (message: string) => {
      if (message) writeLocalDraft(browserStorage(), key, { message, claim: null, editedAt: Date.now() });
      else clearLocalDraft(browserStorage(), key);
    },
    clear: () => clearLocalDraft(browserStorage(), key),
  };
}

export function ReplyComposer({ userId, invitationId, contact, encounters, templates, templateValues, returnTo }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  // Until the first keystroke an empty message is not scored: nothing has been written yet, so nothing is wrong.
  const [started, setStarted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const restore = useCallback((text: string) => {
    setMessage(text);
    setStarted(true);
  }, []);
  const local = useLocalReply(replyDraftKey(userId, invitationId), restore);
  const editor = useMessageEditor({ message, onChange: update, templates, templateValues });

  const facts = useMemo(() => buildFacts({ contact, encounters, noteLimit: 300 }), [contact, encounters]);
  const assessment = useMemo(() => assessReply(message, facts), [message, facts]);

  function update(next: string) {
    setMessage(next);
    setStarted(true);
    setFailure(null);
    local.keep(next);
  }

  function markSent() {
    // The same rules as the server, for an answer before the round trip.
    const checked = replyInput.safeParse({ message });
    if (!checked.success) {
      setFailure(checked.error.issues[0]?.message ?? "Check the message.");
      return;
    }
    setFailure(null);
    startTransition(async () => {
      let result: ReplyResult;
      try {
        result = await markReplySentAction(invitationId, { message });
      } catch {
        result = { ok: false, message: UNREACHABLE };
      }
      if (!result.ok) {
        setFailure(result.fieldErrors?.message?.[0] ?? result.message);
        return;
      }
      local.clear();
      toast({ title: "Reply marked as sent", description: `It is on ${contact.firstName || "their"}’s timeline.` });
      router.push(returnTo);
    });
  }

  return (
    <MessageComposerLayout
      contact={contact}
      encounters={encounters}
      editor={editor}
      write={
        <div className="grid gap-1.5">
          <Label htmlFor="reply-message">Message</Label>
          <Textarea
            id="reply-message"
            {...editor.textareaProps}
            rows={7}
            maxLength={MAX_REPLY_LENGTH}
            aria-invalid={failure ? true : undefined}
            aria-describedby="reply-message-note"
            placeholder={`Hi ${contact.firstName || "there"}, thanks for the invitation! …`}
          />
          <p id="reply-message-note" className="text-sm text-muted-foreground">
            {local.restored ? "Restored what you wrote on this device." : "Kept on this device as you type, until you mark the reply as sent."}
          </p>
        </div>
      }
      coach={<CoachPanel assessment={assessment} items={replyChecklist(assessment)} started={started} />}
      send={
        <SendSection
          title="Send it on LinkedIn"
          message={message}
          linkedinUrl={contact.linkedinUrl}
          onCopy={editor.copyMessage}
          action={
            <Button type="button" onClick={markSent} pending={pending} className="sm:ml-auto">
              <MessageSquareReply aria-hidden="true" />
              Mark reply sent
            </Button>
          }
        >
          {failure && (
            <p role="alert" className="text-sm text-destructive">
              {failure}
            </p>
          )}
          <p className="text-sm text-muted-foreground">
            Copy the message, send it to {contact.firstName || "them"} on LinkedIn (reply to the invitation, or message them), then come back and mark it
            as sent: it goes on their timeline.
          </p>
        </SendSection>
      }
    />
  );
}
