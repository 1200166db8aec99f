"use client";
// The message textarea both composers share: a fact goes in where the caret was, a template is filled with its first
// blank selected (and asks before it replaces text), and the message can be copied. The composer keeps the text and
// saves it its own way through onChange.
import { useLayoutEffect, useRef, useState, type ChangeEvent } from "react";
import { insertAt } from "@/lib/invitations/insert";
import { fillTemplate, type TemplateValues } from "@/lib/templates/fill";
import { toast } from "@/components/ui/toast";
import { useHydrated } from "@/components/ui/use-hydrated";

export type ComposerTemplate = { id: string; name: string; body: string };

type Selection = { start: number; end: number };

// The first placeholder a template left unfilled: selected, so typing replaces it.
const PLACEHOLDER = /\{[^{}\n]{1,40}\}/;

type Options = {
  message: string;
  /** Every change of the text: typing, an inserted fact, a template. */
  onChange: (message: string) => void;
  /** Called after the caret is remembered when the textarea loses focus. */
  onBlur?: () => void;
  templates: ComposerTemplate[];
  templateValues: TemplateValues;
};

export type MessageEditor = ReturnType<typeof useMessageEditor>;

export function useMessageEditor({ message, onChange, onBlur, templates, templateValues }: Options) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const selectionAfterRender = useRef<Selection | null>(null);
  const lastSelection = useRef<Selection | null>(null);
  const [pendingTemplate, setPendingTemplate] = useState<ComposerTemplate | null>(null);
  // Hydration puts the server's text back in a textarea, so anything typed before the page is interactive would be
  // lost (and the coach would not see it): until then the message is read-only.
  const hydrated = useHydrated();

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

  function change(next: string, selection?: Selection) {
    if (selection) selectionAfterRender.current = selection;
    onChange(next);
  }

  function rememberSelection() {
    const element = textarea.current;
    if (element) lastSelection.current = { start: element.selectionStart, end: element.selectionEnd };
  }

  function insertFact(fact: string) {
    // Before the message was ever focused, a fact goes at the end rather than before the first word.
    const selection = lastSelection.current ?? { start: message.length, end: message.length };
    const next = insertAt(message, selection.start, selection.end, fact);
    change(next.text, { start: next.caret, end: next.caret });
  }

  function applyTemplate(template: ComposerTemplate) {
    const filled = fillTemplate(template.body, templateValues);
    const placeholder = PLACEHOLDER.exec(filled);
    const selection = placeholder
      ? { start: placeholder.index, end: placeholder.index + placeholder[0].length }
      : { start: filled.length, end: filled.length };
    change(filled, selection);
  }

  function chooseTemplate(id: string) {
    const template = templates.find((candidate) => candidate.id === id);
    if (!template) return;
    if (message.trim()) setPendingTemplate(template);
    else applyTemplate(template);
  }

  function confirmTemplate() {
    if (pendingTemplate) applyTemplate(pendingTemplate);
    setPendingTemplate(null);
  }

  async function copyMessage() {
    try {
      await navigator.clipboard.writeText(message);
      toast({ title: "Copied" });
    } catch {
      toast({ title: "Could not copy", description: "Select the message and copy it yourself.", variant: "destructive" });
    }
  }

  return {
    textarea,
    /** Spread on the message's Textarea: its text and the handlers that keep track of the caret. */
    textareaProps: {
      ref: textarea,
      value: message,
      readOnly: !hydrated,
      onChange: (event: ChangeEvent<HTMLTextAreaElement>) => {
        lastSelection.current = { start: event.target.selectionStart, end: event.target.selectionEnd };
        change(event.target.value);
      },
      onSelect: rememberSelection,
      onBlur: () => {
        rememberSelection();
        onBlur?.();
      },
    },
    message,
    templates,
    insertFact,
    chooseTemplate,
    pendingTemplate,
    confirmTemplate,
    cancelTemplate: () => setPendingTemplate(null),
    copyMessage,
  };
}
