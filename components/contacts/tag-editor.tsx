"use client";
// Tags edited in place on the contact page: remove with the ×, add by typing and pressing Enter.
// The change shows at once (optimistic); the server's answer, the contact's tags as saved, then
// replaces it, so a refused change simply disappears, with the reason shown.
import { useEffect, useOptimistic, useRef, useState, useTransition } from "react";
import { X } from "lucide-react";
import { addTagAction, removeTagAction, type TagsResult } from "@/lib/contacts/actions";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export function TagEditor({ contactId, tags: savedTags }: { contactId: string; tags: string[] }) {
  const [tags, setTags] = useState(savedTags);
  // New tags from the server (another tab's edit, a merge) replace ours when the page refreshes.
  const [lastSaved, setLastSaved] = useState(savedTags.join("\u0000"));
  if (savedTags.join("\u0000") !== lastSaved) {
    setLastSaved(savedTags.join("\u0000"));
    setTags(savedTags);
  }
  const [shown, setShown] = useOptimistic(tags);
  const [error, setError] = useState<string>();
  const [saving, startTransition] = useTransition();
  // Leaving the page while a change is on its way would lose it: ask first.
  useEffect(() => {
    if (!saving) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saving]);
  const input = useRef<HTMLInputElement>(null);

  function apply(optimistic: string[], request: () => Promise<TagsResult>) {
    setError(undefined);
    startTransition(async () => {
      setShown(optimistic);
      try {
        const result = await request();
        if (result.ok) setTags(result.tags);
        else setError(result.message);
      } catch {
        setError("Could not save the tags. Check your connection and try again.");
      }
    });
  }

  function add() {
    const tag = input.current?.value.trim() ?? "";
    if (!tag) return;
    if (input.current) input.current.value = "";
    if (shown.some((existing) => existing.toLowerCase() === tag.toLowerCase())) return;
    apply([...shown, tag], () => addTagAction(contactId, tag));
  }

  return (
    <div className="grid gap-2">
      <ul aria-label="Tags" aria-busy={saving} className="flex flex-wrap gap-1.5">
        {shown.map((tag) => (
          <li key={tag}>
            <Badge className="py-0 pr-0.5">
              {tag}
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                className="inline-flex size-6 items-center justify-center rounded-full hover:bg-border"
                onClick={() => apply(shown.filter((existing) => existing !== tag), () => removeTagAction(contactId, tag))}
              >
                <X aria-hidden="true" />
              </button>
            </Badge>
          </li>
        ))}
        {shown.length === 0 && <li className="text-sm text-muted-foreground">No tags yet.</li>}
      </ul>
      <div className="flex max-w-xs items-center gap-2">
        <Label htmlFor={`add-tag-${contactId}`} className="shrink-0 text-sm">
          Add tag
        </Label>
        <Input
          ref={input}
          id={`add-tag-${contactId}`}
          className="h-9"
          maxLength={50}
          autoComplete="off"
          enterKeyHint="done"
          aria-describedby={error ? `tag-error-${contactId}` : undefined}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
          onBlur={add}
        />
      </div>
      <p role="status" className="min-h-4 text-xs text-muted-foreground">
        {saving ? "Saving…" : ""}
      </p>
      {error && (
        <p id={`tag-error-${contactId}`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
