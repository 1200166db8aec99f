// Merging a contact: pick the other contact (no `with`), compare two contacts (`?with=<id>`), or
// compare with what was typed into a refused new-contact form (`?draft=`).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ArrowLeft, ArrowLeftRight } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { contactName } from "@/lib/contacts/display";
import { buildMergePlan } from "@/lib/contacts/merge-plan";
import { parseMergeDraft } from "@/lib/contacts/merge-schema";
import { applyDraftAction, mergeContactsAction } from "@/lib/contacts/merge-actions";
import {
  findMergeCandidates,
  getMergeSide,
  listLikelyDuplicates,
  MERGE_PICKER_LIMIT,
  type MergeCandidate,
  type MergeSide,
} from "@/lib/contacts/merge-queries";
import { MergeForm, type MergeFormSide } from "@/components/contacts/merge-form";
import { MergePicker, type MergePickerItem } from "@/components/contacts/merge-picker";
import { Button } from "@/components/ui/button";

type SearchParams = { with?: string | string[]; draft?: string | string[]; q?: string | string[] };
type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const workOf = (contact: { title: string | null; company: string | null }) => [contact.title, contact.company].filter(Boolean).join(" at ") || null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const contact = await getMergeSide(user.id, (await params).id);
  return { title: contact ? `Merge ${contactName(contact)}` : "Contact not found" };
}

function formSide(contact: MergeSide): MergeFormSide {
  return { name: contactName(contact), work: workOf(contact), stage: contact.stage, counts: contact.counts };
}

function pickerItem(contactId: string, candidate: MergeCandidate): MergePickerItem {
  return {
    id: candidate.id,
    name: contactName(candidate) || "Unnamed contact",
    detail: [candidate.company, candidate.email].filter(Boolean).join(" · ") || null,
    archived: candidate.archivedAt !== null,
    href: `/contacts/${contactId}/merge?with=${candidate.id}`,
  };
}

export default async function MergePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const search = await searchParams;
  const keep = await getMergeSide(user.id, id);
  if (!keep) notFound();
  const name = contactName(keep);
  const withId = single(search.with);
  const draft = single(search.draft);

  const back = (
    <Link href={`/contacts/${keep.id}`} className="inline-flex min-h-11 items-center gap-1.5 text-sm text-muted-foreground hover:text-foreground">
      <ArrowLeft aria-hidden="true" className="size-4" />
      Back to {name}
    </Link>
  );

  if (withId) {
    if (withId === keep.id) redirect(`/contacts/${keep.id}/merge`);
    const other = await getMergeSide(user.id, withId);
    if (!other) notFound();
    return (
      <div className="mx-auto grid max-w-3xl gap-6">
        <div className="grid gap-1">
          {back}
          <h1 className="text-2xl font-semibold tracking-tight">Merge contacts</h1>
          <p className="text-muted-foreground">
            Pick what to keep: {contactName(other)} will be merged into {name}, then deleted.
          </p>
          <Link
            href={`/contacts/${other.id}/merge?with=${keep.id}`}
            className="inline-flex min-h-11 items-center gap-1.5 self-start text-sm font-medium text-accent underline-offset-4 hover:underline"
          >
            <ArrowLeftRight aria-hidden="true" className="size-4" />
            Keep the other one instead
          </Link>
        </div>
        <MergeForm
          mode="contacts"
          keep={formSide(keep)}
          other={formSide(other)}
          plan={buildMergePlan(keep, other)}
          hidden={{ keepVersion: String(keep.version), otherVersion: String(other.version) }}
          action={mergeContactsAction.bind(null, keep.id, other.id)}
          cancelHref={`/contacts/${keep.id}`}
        />
      </div>
    );
  }

  if (draft !== undefined) {
    const parsed = parseMergeDraft(draft);
    return (
      <div className="mx-auto grid max-w-3xl gap-6">
        <div className="grid gap-1">
          {back}
          <h1 className="text-2xl font-semibold tracking-tight">Merge contacts</h1>
          <p className="text-muted-foreground">
            {parsed.ok ? `Pick what to keep: the details you typed will be added to ${name}.` : `Nothing has been changed on ${name}.`}
          </p>
        </div>
        {parsed.ok ? (
          <MergeForm
            mode="draft"
            keep={formSide(keep)}
            other={{ name: contactName(parsed.draft), work: workOf(parsed.draft), stage: null, counts: null }}
            plan={buildMergePlan(keep, parsed.draft)}
            hidden={{ version: String(keep.version), draft }}
            action={applyDraftAction.bind(null, keep.id)}
            cancelHref={`/contacts/${keep.id}`}
          />
        ) : (
          <div role="alert" className="grid gap-3 rounded-lg border border-destructive/40 bg-destructive/10 p-4 sm:p-6">
            <p className="font-medium">{parsed.message}</p>
            {parsed.problems.length > 0 && (
              <ul className="list-disc pl-5 text-sm">
                {parsed.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
            <div className="flex flex-col gap-2 sm:flex-row">
              <Button asChild variant="outline">
                <Link href={`/contacts/${keep.id}/edit`}>Edit {name} instead</Link>
              </Button>
              <Button asChild variant="outline">
                <Link href={`/contacts/${keep.id}/merge`}>Merge with a saved contact</Link>
              </Button>
            </div>
          </div>
        )}
      </div>
    );
  }

  const query = single(search.q)?.trim().slice(0, 200) ?? "";
  const [results, suggestions] = await Promise.all([
    query ? findMergeCandidates(user.id, keep.id, query) : [],
    query ? [] : listLikelyDuplicates(user.id, keep),
  ]);
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <div className="grid gap-1">
        {back}
        <h1 className="text-2xl font-semibold tracking-tight">Merge {name} with…</h1>
        <p className="text-muted-foreground">
          Choose the other contact. You will see both side by side and pick what to keep before anything changes.
        </p>
      </div>
      <MergePicker
        query={query}
        results={results.map((candidate) => pickerItem(keep.id, candidate))}
        suggestions={suggestions.map((candidate) => pickerItem(keep.id, candidate))}
        limit={MERGE_PICKER_LIMIT}
      />
    </div>
  );
}
