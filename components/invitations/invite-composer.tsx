"use client";
// The invitation composer: the message beside "What you know", the coach on every keystroke, templates, a draft
// that saves itself (and survives a lost connection in localStorage), and "Send with context".
import { useCallback, useMemo, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Send } from "lucide-react";
import { assessInvitation, hasErrors, noteLength } from "@/lib/invitations/assess";
import { buildFacts, type Claim, type FactContact } from "@/lib/invitations/facts";
import { localDraftKey, type LocalDraft } from "@/lib/invitations/local-draft";
import { CLAIM_LABELS, CLAIMS, MAX_MESSAGE_LENGTH } from "@/lib/invitations/schema";
import { markSentAction, saveDraftAction } from "@/lib/invitations/actions";
import type { TemplateValues } from "@/lib/templates/fill";
import { MessageComposerLayout } from "@/components/composer/message-composer-layout";
import { SendSection } from "@/components/composer/send-section";
import { useDraft } from "@/components/composer/use-draft";
import { useMessageEditor, type ComposerTemplate } from "@/components/composer/use-message-editor";
import { CoachPanel } from "@/components/invitations/coach-panel";
import type { PanelEncounter } from "@/components/invitations/facts-panel";
import { SaveStatus } from "@/components/invitations/save-status";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { cn } from "@/components/ui/cn";

export type { ComposerTemplate };

type Props = {
  userId: string;
  contact: FactContact & { id: string; linkedinUrl: string | null };
  encounters: PanelEncounter[];
  noteLimit: number;
  draft: { message: string; claim: Claim | null; updatedAt: Date } | null;
  templates: ComposerTemplate[];
  templateValues: TemplateValues;
};

const UNREACHABLE = "Could not reach Rapport. Check your connection and try again.";

export function InviteComposer({ userId, contact, encounters, noteLimit, draft, templates, templateValues }: Props) {
  const router = useRouter();
  const storageKey = localDraftKey(userId, contact.id);
  const [message, setMessage] = useState(draft?.message ?? "");
  const [claim, setClaim] = useState<Claim | null>(draft?.claim ?? null);
  // Until the first keystroke an empty message is not scored: nothing has been written yet, so nothing is wrong.
  const [started, setStarted] = useState(Boolean(draft?.message));
  const [confirmingSend, setConfirmingSend] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, startSending] = useTransition();

  const restore = useCallback((local: LocalDraft) => {
    setMessage(local.message);
    setClaim(local.claim);
    setStarted(true);
  }, []);
  const { saver, saveState, restored } = useDraft({
    storageKey,
    draft,
    save: (text, relationship) => saveDraftAction(contact.id, text, relationship),
    onRestore: restore,
  });
  const editor = useMessageEditor({
    message,
    onChange: (next) => update(next, claim),
    onBlur: () => void saver.flush(),
    templates,
    templateValues,
  });

  const facts = useMemo(() => buildFacts({ contact, encounters, noteLimit, claim }), [contact, encounters, noteLimit, claim]);
  const assessment = useMemo(() => assessInvitation(message, facts), [message, facts]);
  const errors = assessment.findings.filter((finding) => finding.severity === "error");
  const length = noteLength(message);

  function update(nextMessage: string, nextClaim: Claim | null) {
    setMessage(nextMessage);
    setClaim(nextClaim);
    if (nextMessage !== message) setStarted(true);
    saver.change(nextMessage, nextClaim);
  }

  function requestSend() {
    setSendError(null);
    if (hasErrors(assessment)) setConfirmingSend(true);
    else send();
  }

  function send() {
    startSending(async () => {
      let failure: string | null = null;
      try {
        const result = await markSentAction(contact.id, { message, claim });
        if (result.ok) {
          saver.stop();
          toast({ title: "Invitation marked as sent" });
          router.push(`/contacts/${contact.id}`);
          return;
        }
        failure = result.message;
      } catch {
        failure = UNREACHABLE;
      }
      setSendError(failure);
      if (!confirmingSend) toast({ title: "Not marked as sent", description: failure, variant: "destructive" });
    });
  }

  return (
    <MessageComposerLayout
      contact={contact}
      encounters={encounters}
      editor={editor}
      replaceNote="The coach checks the new text as before."
      write={
        <div className="grid gap-1.5">
          <div className="flex items-end justify-between gap-3">
            <Label htmlFor="invitation-message">Message</Label>
            <SaveStatus state={saveState} onRetry={() => void saver.retryNow()} />
          </div>
          <Textarea
            id="invitation-message"
            {...editor.textareaProps}
            rows={6}
            maxLength={MAX_MESSAGE_LENGTH}
            aria-describedby="invitation-count"
            aria-invalid={length > noteLimit || undefined}
            placeholder={`Hi ${contact.firstName || "there"}, …`}
          />
          <p id="invitation-count" className={cn("text-right text-sm tabular-nums", length > noteLimit ? "font-medium text-destructive" : "text-muted-foreground")}>
            <span className="sr-only">Characters used: </span>
            {length} / {noteLimit}
          </p>
          {restored && <p className="text-sm text-muted-foreground">Restored what you wrote on this device before it could be saved.</p>}
        </div>
      }
      coach={<CoachPanel assessment={assessment} started={started} />}
      send={
        <SendSection
          title="Send with context"
          message={message}
          linkedinUrl={contact.linkedinUrl}
          onCopy={editor.copyMessage}
          fields={
            <Field label="How you know them" description="LinkedIn sometimes asks this. Say only what you logged.">
              <Select value={claim ?? ""} onChange={(event) => update(message, CLAIMS.find((value) => value === event.target.value) ?? null)}>
                <option value="">Not said</option>
                {CLAIMS.map((value) => (
                  <option key={value} value={value}>
                    {CLAIM_LABELS[value]}
                  </option>
                ))}
              </Select>
            </Field>
          }
          action={
            <Button type="button" onClick={requestSend} pending={sending && !confirmingSend} className="sm:ml-auto">
              <Send aria-hidden="true" />
              Mark as sent
            </Button>
          }
        >
          {!contact.linkedinUrl && (
            <p className="text-sm text-muted-foreground">
              No LinkedIn profile yet:{" "}
              <Link href={`/contacts/${contact.id}/edit`} className="font-medium text-accent underline-offset-4 hover:underline">
                add their LinkedIn URL
              </Link>{" "}
              to open it from here.
            </p>
          )}
          <p className="text-sm text-muted-foreground">
            Copy the message, paste it into LinkedIn’s “Add a note”, send it there, then come back and mark it as sent.
          </p>
        </SendSection>
      }
    >
      <Dialog open={confirmingSend} onOpenChange={(open) => !sending && setConfirmingSend(open)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Send it as it is?</DialogTitle>
            <DialogDescription>The coach found {errors.length === 1 ? "a problem" : "problems"} that can get an invitation ignored:</DialogDescription>
          </DialogHeader>
          <ul className="grid list-disc gap-1 pl-5 text-sm">
            {errors.map((finding) => (
              <li key={finding.code}>{finding.message}</li>
            ))}
          </ul>
          {sendError && (
            <p role="alert" className="text-sm text-destructive">
              {sendError}
            </p>
          )}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Keep editing</Button>
            </DialogClose>
            <Button variant="destructive" pending={sending} onClick={send}>
              Send anyway
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </MessageComposerLayout>
  );
}
