"use client";
// The frame both composers share: "What you know" beside the message (folded above it on a phone), the template
// picker, the coach under the message, the composer's own send section, and the "Replace your message?" question.
import type { ReactNode } from "react";
import type { FactContact } from "@/lib/invitations/facts";
import type { MessageEditor } from "@/components/composer/use-message-editor";
import { FactsPanel, type PanelEncounter } from "@/components/invitations/facts-panel";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useHydrated } from "@/components/ui/use-hydrated";

type Props = {
  contact: FactContact & { id: string };
  encounters: PanelEncounter[];
  editor: MessageEditor;
  /** The message's label, its textarea and the notes under it. */
  write: ReactNode;
  coach: ReactNode;
  send: ReactNode;
  /** Said after "“Template” will replace what you have written." */
  replaceNote?: string;
  /** The composer's own dialogs. */
  children?: ReactNode;
};

export function MessageComposerLayout({ contact, encounters, editor, write, coach, send, replaceNote, children }: Props) {
  const { templates, pendingTemplate } = editor;
  const empty = !editor.message.trim();
  // A template chosen before the page is interactive would go nowhere.
  const hydrated = useHydrated();
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
      <FactsPanel
        contact={contact}
        encounters={encounters}
        contactHref={`/contacts/${contact.id}`}
        onInsert={editor.insertFact}
        startOpen={empty}
        className="lg:sticky lg:top-20 lg:col-start-2 lg:row-start-1"
      />

      <div className="grid min-w-0 gap-6 lg:col-start-1 lg:row-start-1">
        <section aria-label="Write" className="grid gap-4 rounded-lg border border-border bg-card p-4">
          {templates.length > 0 && (
            <Field label="Template">
              <Select value="" disabled={!hydrated} onChange={(event) => editor.chooseTemplate(event.target.value)}>
                <option value="">Start from a template…</option>
                {templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {write}
        </section>

        {coach}

        {send}
      </div>

      <Dialog open={pendingTemplate !== null} onOpenChange={(open) => !open && editor.cancelTemplate()}>
        <DialogContent
          onCloseAutoFocus={(event) => {
            // Focus goes back to the message (where the template's first blank is selected), not to the select.
            event.preventDefault();
            editor.textarea.current?.focus();
          }}
        >
          <DialogHeader>
            <DialogTitle>Replace your message?</DialogTitle>
            <DialogDescription>
              “{pendingTemplate?.name}” will replace what you have written.{replaceNote && ` ${replaceNote}`}
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Keep my message</Button>
            </DialogClose>
            <Button onClick={editor.confirmTemplate}>Replace message</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>

      {children}
    </div>
  );
}
