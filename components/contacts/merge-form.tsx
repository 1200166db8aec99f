"use client";
// The merge comparison: one radio group per field that differs, the rest kept without asking, and
// "Merge contacts" behind a confirmation (merging two saved contacts deletes one of them).
import { useActionState, useId, useState } from "react";
import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { CircleAlert } from "lucide-react";
import type { Stage } from "@/lib/generated/prisma/enums";
import { STAGE_LABELS } from "@/lib/contacts/display";
import { describeRelatedRows, joinNotes, sameValue, type FieldComparison, type MergePlan } from "@/lib/contacts/merge-plan";
import { fieldError, initialFormState, type FormState } from "@/lib/forms";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";

export type MergeFormSide = {
  name: string;
  /** "VP Product at Northwind Health", or null. */
  work: string | null;
  stage: Stage | null;
  /** What would move to the kept contact; null for a typed draft, which has nothing. */
  counts: { encounters: number; activities: number; introductions: number } | null;
};

type Props = {
  /** "contacts": two saved contacts, the other is deleted. "draft": what was typed into the new-contact form. */
  mode: "contacts" | "draft";
  keep: MergeFormSide;
  other: MergeFormSide;
  plan: MergePlan;
  /** Versions (and the draft) the action needs back. */
  hidden: Record<string, string>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  cancelHref: string;
};

const FORM_ID = "merge-form";

// A successful merge ends in the action's redirect, which reaches the client as a thrown navigation
// signal; anything else thrown is a failure to report.
function isNavigation(error: unknown): boolean {
  try {
    unstable_rethrow(error);
    return false;
  } catch {
    return true;
  }
}

export function MergeForm({ mode, keep, other, plan, hidden, action, cancelHref }: Props) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    try {
      const next = await action(previous, formData);
      setOpen(false);
      return next;
    } catch (error) {
      if (isNavigation(error)) {
        toast({ title: "Merged" });
        throw error;
      }
      setOpen(false);
      return { ok: false, message: "Could not merge these contacts. Check your connection and try again." };
    }
  }, initialFormState);

  const choices = plan.fields.filter((field) => field.outcome === "choose");
  const kept = plan.fields.filter((field) => field.outcome !== "choose" && (field.keep ?? field.other));
  const otherLabel = mode === "draft" ? "What you typed" : other.name;
  const onlyOther = mode === "draft" ? "(only in what you typed)" : `(only ${other.name} has it)`;
  const bothNotes = mode === "draft" ? `${keep.name}'s notes, then what you typed` : `${keep.name}'s notes, then ${other.name}'s`;
  const moving = other.counts ? describeRelatedRows(other.counts) : null;
  const nothingNew = mode === "draft" && choices.length === 0 && !kept.some((field) => field.outcome === "other") && plan.addedTags.length === 0;

  return (
    <div className="grid gap-6">
      <div className="grid gap-3 sm:grid-cols-2">
        <SideCard side={keep} badge={<Badge variant="accent">Kept</Badge>}>
          {keep.counts && <p className="text-sm text-muted-foreground">{describeRelatedRows(keep.counts) ?? "No encounters or timeline entries yet"}</p>}
        </SideCard>
        <SideCard
          side={other}
          badge={mode === "draft" ? <Badge variant="outline">What you typed</Badge> : <Badge variant="destructive">Deleted after the merge</Badge>}
        >
          {mode === "draft" ? (
            <p className="text-sm text-muted-foreground">Never saved, so there is nothing to move or delete.</p>
          ) : (
            <>
              <p className="text-sm text-muted-foreground">{moving ? `${moving} will move to ${keep.name}.` : "No encounters or timeline entries to move."}</p>
              {other.counts && other.counts.introductions > 0 && (
                <p className="text-sm text-muted-foreground">
                  Named as the mutual connection in {other.counts.introductions === 1 ? "1 encounter" : `${other.counts.introductions} encounters`}: they will name{" "}
                  {keep.name}.
                </p>
              )}
            </>
          )}
        </SideCard>
      </div>

      <form id={FORM_ID} action={formAction} className="grid gap-6" noValidate>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {state.message && (
          <div role="alert" className="flex gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm">
            <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-destructive" />
            <div>
              <p>{state.message}</p>
              {state.links?.map((link) => (
                <Link key={link.href} href={link.href} className="mt-1 inline-block font-medium text-accent underline-offset-4 hover:underline">
                  {link.label}
                </Link>
              ))}
            </div>
          </div>
        )}

        <section aria-labelledby="merge-choose-heading" className="grid gap-4">
          <h2 id="merge-choose-heading" className="text-lg font-semibold">
            Choose what to keep
          </h2>
          {choices.length === 0 ? (
            <p className="text-muted-foreground">
              {nothingNew ? `Everything you typed is already on ${keep.name}.` : "Nothing to choose: no field has two different values."}
            </p>
          ) : (
            choices.map((field) => (
              <FieldChoice key={field.field} field={field} keepName={keep.name} otherName={otherLabel} bothCaption={bothNotes} state={state} />
            ))
          )}
        </section>

        <section aria-labelledby="merge-kept-heading" className="rounded-lg border border-border bg-card p-4 sm:p-6">
          <h2 id="merge-kept-heading" className="mb-3 text-lg font-semibold">
            Kept without asking
          </h2>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
            {kept.map((field) => (
              <div key={field.field} className="contents">
                <dt className="text-sm text-muted-foreground">{field.label}</dt>
                <dd className="min-w-0 break-words whitespace-pre-wrap">
                  {field.keep ?? field.other}{" "}
                  <span className="text-sm text-muted-foreground">
                    {field.outcome === "same" ? "(same on both)" : field.outcome === "keep" ? `(only ${keep.name} has it)` : onlyOther}
                  </span>
                </dd>
              </div>
            ))}
            <dt className="text-sm text-muted-foreground">Tags</dt>
            <dd className="min-w-0">
              {plan.tags.length ? (
                <span className="flex flex-wrap items-center gap-1.5">
                  {plan.tags.map((tag) => (
                    <Badge key={tag}>{tag}</Badge>
                  ))}
                  <span className="text-sm text-muted-foreground">(all tags of both)</span>
                </span>
              ) : (
                <span className="text-muted-foreground">None</span>
              )}
            </dd>
            {plan.stage && (
              <>
                <dt className="text-sm text-muted-foreground">Stage</dt>
                <dd className="min-w-0">
                  {STAGE_LABELS[plan.stage.value]}{" "}
                  <span className="text-sm text-muted-foreground">
                    {plan.stage.differs
                      ? `(${plan.stage.from === "keep" ? keep.name : otherLabel}'s: the one further along the pipeline)`
                      : "(same on both)"}
                  </span>
                </dd>
              </>
            )}
          </dl>
        </section>

        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button asChild variant="outline">
            <Link href={cancelHref}>{nothingNew ? `Back to ${keep.name}` : "Cancel"}</Link>
          </Button>
          {mode === "draft" ? (
            !nothingNew && (
              <Button type="submit" pending={pending}>
                Merge contacts
              </Button>
            )
          ) : (
            <Dialog open={open} onOpenChange={setOpen}>
              <DialogTrigger asChild>
                <Button type="button" variant="destructive">
                  Merge contacts
                </Button>
              </DialogTrigger>
              <DialogContent>
                <DialogHeader>
                  <DialogTitle>
                    Merge {other.name} into {keep.name}?
                  </DialogTitle>
                  <DialogDescription>
                    {other.name} will be deleted.{moving ? ` ${moving} move to ${keep.name}.` : ""} This cannot be undone.
                  </DialogDescription>
                </DialogHeader>
                <DialogFooter>
                  <DialogClose asChild>
                    <Button variant="outline">Cancel</Button>
                  </DialogClose>
                  {/* The dialog renders outside the form, so the button names its form. */}
                  <Button type="submit" form={FORM_ID} variant="destructive" pending={pending}>
                    Merge contacts
                  </Button>
                </DialogFooter>
              </DialogContent>
            </Dialog>
          )}
        </div>
      </form>
    </div>
  );
}

function SideCard({ side, badge, children }: { side: MergeFormSide; badge: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="grid min-w-0 content-start gap-1.5 rounded-lg border border-border bg-card p-4">
      <div className="flex flex-wrap items-center gap-2">
        {badge}
        {side.stage && <Badge variant="outline">{STAGE_LABELS[side.stage]}</Badge>}
      </div>
      <p className="text-lg font-semibold break-words">{side.name}</p>
      {side.work && <p className="text-sm break-words text-muted-foreground">{side.work}</p>}
      {children}
    </div>
  );
}

type FieldChoiceProps = { field: FieldComparison; keepName: string; otherName: string; bothCaption: string; state: FormState };

function FieldChoice({ field, keepName, otherName, bothCaption, state }: FieldChoiceProps) {
  const error = fieldError(state, field.field);
  const errorId = `merge-${field.field}-error`;
  const keepValue = field.keep ?? "";
  const otherValue = field.other ?? "";
  const bothValue = field.field === "notes" ? joinNotes(keepValue, otherValue) : null;
  // After a refused merge the form resets to its defaults: make those what the user had chosen.
  const chosen = state.values?.[field.field] ?? (field.field === "notes" ? bothValue : keepValue);
  const isChosen = (value: string) => sameValue(chosen, value);
  return (
    <fieldset className="grid min-w-0 gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 text-sm font-medium">{field.label}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        <RadioOption name={field.field} value={keepValue} checked={isChosen(keepValue)} caption={keepName} multiline={field.field === "notes"} />
        <RadioOption name={field.field} value={otherValue} checked={isChosen(otherValue)} caption={otherName} multiline={field.field === "notes"} />
        {bothValue !== null && (
          <RadioOption name={field.field} value={bothValue} checked={isChosen(bothValue)} caption={bothCaption} className="sm:col-span-2">
            Keep both
          </RadioOption>
        )}
      </div>
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-sm text-destructive">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      )}
    </fieldset>
  );
}

function RadioOption({
  name,
  value,
  checked,
  caption,
  multiline = false,
  className,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  caption: string;
  multiline?: boolean;
  className?: string;
  children?: React.ReactNode;
}) {
  const id = useId();
  // Named by its value alone; whose value it is comes as the description.
  return (
    <label
      className={cn(
        "flex min-w-0 cursor-pointer items-start gap-3 rounded-lg border border-border bg-card p-3 has-checked:border-accent has-checked:bg-accent/5 has-focus-visible:ring-2 has-focus-visible:ring-ring",
        className,
      )}
    >
      <input
        type="radio"
        name={name}
        value={value}
        defaultChecked={checked}
        aria-labelledby={`${id}-value`}
        aria-describedby={`${id}-caption`}
        className="mt-1 size-4 shrink-0 accent-accent"
      />
      <span className="grid min-w-0 gap-0.5">
        <span id={`${id}-value`} className={multiline ? "line-clamp-6 break-words whitespace-pre-wrap" : "break-words"}>
          {children ?? value}
        </span>
        <span id={`${id}-caption`} className="text-xs text-muted-foreground">
          {caption}
        </span>
      </span>
    </label>
  );
}
