"use client";
// The invitation composer: the message beside "What you know", the coach on every keystroke, templates, a draft
// that saves itself (and survives a lost connection in localStorage), and "Send with context".
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Copy, ExternalLink, Send } from "lucide-react";
import { assessInvitation, hasErrors, noteLength } from "@/lib/invitations/assess";
import { buildFacts, type Claim, type FactContact } from "@/lib/invitations/facts";
import { insertAt } from "@/lib/invitations/insert";
import { DraftSaver } from "@/lib/invitations/draft-saver";
import { clearLocalDraft, localDraftKey, newerLocalDraft, readLocalDraft, writeLocalDraft } from "@/lib/invitations/local-draft";
import { CLAIM_LABELS, CLAIMS, MAX_MESSAGE_LENGTH } from "@/lib/invitations/schema";
import { markSentAction, saveDraftAction } from "@/lib/invitations/actions";
import { fillTemplate, type TemplateValues } from "@/lib/templates/fill";
import { CoachPanel } from "@/components/invitations/coach-panel";
import { FactsPanel, type PanelEncounter } from "@/components/invitations/facts-panel";
import { SaveStatus } from "@/components/invitations/save-status";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { cn } from "@/components/ui/cn";

export type ComposerTemplate = { id: string; name: string; body: string };

type Props = {
  userId: string;
  contact: FactContact & { id: string; linkedinUrl: string | null };
  encounters: PanelEncounter[];
  noteLimit: number;
  draft: { message: string; claim: Claim | null; updatedAt: Date } | null;
  templates: ComposerTemplate[];
  templateValues: TemplateValues;
};

type Selection = { start: number; end: number };

const UNREACHABLE = "Could not reach Rapport. Check your connection and try again.";
// The first placeholder a template left unfilled: selected, so typing replaces it.
const PLACEHOLDER = /\{[^{}\n]{1,40}\}/;

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function InviteComposer({ userId, contact, encounters, noteLimit, draft, templates, templateValues }: Props) {
  const router = useRouter();
  const storageKey = localDraftKey(userId, contact.id);
  const [message, setMessage] = useState(draft?.message ?? "");
  const [claim, setClaim] = useState<Claim | null>(draft?.claim ?? null);
  const [restored, setRestored] = useState(false);
  const [pendingTemplate, setPendingTemplate] = useState<ComposerTemplate | null>(null);
  const [confirmingSend, setConfirmingSend] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, startSending] = useTransition();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const selectionAfterRender = useRef<Selection | null>(null);
  const lastSelection = useRef<Selection | null>(null);

  const [saver] = useState(
    () =>
      new DraftSaver({
        save: (text, relationship) => saveDraftAction(contact.id, text, relationship),
        local: {
          write: (entry) => void writeLocalDraft(browserStorage(), storageKey, entry),
          clear: () => clearLocalDraft(browserStorage(), storageKey),
        },
        initial: { status: draft ? "saved" : "idle", savedAt: draft?.updatedAt.toISOString() ?? null, refusal: null },
      }),
  );
  const saveState = useSyncExternalStore(saver.subscribe, saver.getState, saver.getState);

  const facts = useMemo(() => buildFacts({ contact, encounters, noteLimit, claim }), [contact, encounters, noteLimit, claim]);
  const assessment = useMemo(() => assessInvitation(message, facts), [message, facts]);
  const errors = assessment.findings.filter((finding) => finding.severity === "error");
  const length = noteLength(message);

  // Text typed on this device that never reached the server (offline, a crash) wins over an older server draft.
  const restoreChecked = useRef(false);
  useEffect(() => {
    if (restoreChecked.current) return;
    restoreChecked.current = true;
    const server = draft && { message: draft.message, claim: draft.claim, updatedAt: draft.updatedAt.getTime() };
    const local = newerLocalDraft(server, readLocalDraft(browserStorage(), storageKey));
    if (!local) return;
    // Reading localStorage is only possible after hydration, so this state is set in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMessage(local.message);
    setClaim(local.claim);
    setRestored(true);
    saver.change(local.message, local.claim);
  }, [draft, saver, storageKey]);

  // Save when the user leaves: the tab is hidden, the page is closed, or the composer unmounts.
  useEffect(() => {
    saver.attach();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") void saver.flush();
    };
    const onPageHide = () => void saver.flush();
    const onOnline = () => void saver.retryNow();
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("online", onOnline);
      saver.detach();
    };
  }, [saver]);

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

  function update(nextMessage: string, nextClaim: Claim | null, selection?: Selection) {
    if (selection) selectionAfterRender.current = selection;
    setMessage(nextMessage);
    setClaim(nextClaim);
    saver.change(nextMessage, nextClaim);
  }

  function rememberSelection() {
    const element = textarea.current;
    if (element) lastSelection.current = { start: element.selectionStart, end: element.selectionEnd };
  }

  function insertFact(fact: string) {
    // Before the message was ever focused, a fact goes at the end rather than before the first word.
    const selection = lastSelection.current ?? { start: message.length, end: message.length };
    const next = insertAt(message, selection.start, selection.end, fact);
    update(next.text, claim, { start: next.caret, end: next.caret });
  }

  function applyTemplate(template: ComposerTemplate) {
    const filled = fillTemplate(template.body, templateValues);
    const placeholder = PLACEHOLDER.exec(filled);
    const selection = placeholder
      ? { start: placeholder.index, end: placeholder.index + placeholder[0].length }
      : { start: filled.length, end: filled.length };
    update(filled, claim, selection);
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
            <div className="flex items-end justify-between gap-3">
              <Label htmlFor="invitation-message">Message</Label>
              <SaveStatus state={saveState} onRetry={() => void saver.retryNow()} />
            </div>
            <Textarea
              id="invitation-message"
              ref={textarea}
              rows={6}
              value={message}
              maxLength={MAX_MESSAGE_LENGTH}
              aria-describedby="invitation-count"
              aria-invalid={length > noteLimit || undefined}
              onChange={(event) => {
                lastSelection.current = { start: event.target.selectionStart, end: event.target.selectionEnd };
                update(event.target.value, claim);
              }}
              onSelect={rememberSelection}
              onBlur={() => {
                rememberSelection();
                void saver.flush();
              }}
              placeholder={`Hi ${contact.firstName || "there"}, …`}
            />
            <p id="invitation-count" className={cn("text-right text-sm tabular-nums", length > noteLimit ? "font-medium text-destructive" : "text-muted-foreground")}>
              <span className="sr-only">Characters used: </span>
              {length} / {noteLimit}
            </p>
            {restored && (
              <p className="text-sm text-muted-foreground">Restored what you wrote on this device before it could be saved.</p>
            )}
          </div>
        </section>

        <CoachPanel assessment={assessment} />

        <section aria-labelledby="send-heading" className="grid gap-4 rounded-lg border border-border bg-card p-4">
          <h2 id="send-heading" className="text-sm font-semibold">
            Send with context
          </h2>
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
            <Button type="button" onClick={requestSend} pending={sending && !confirmingSend} className="sm:ml-auto">
              <Send aria-hidden="true" />
              Mark as sent
            </Button>
          </div>
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
            <DialogDescription>
              “{pendingTemplate?.name}” will replace what you have written. The coach checks the new text as before.
            </DialogDescription>
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
    </div>
  );
}
