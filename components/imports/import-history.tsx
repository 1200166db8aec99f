"use client";
// The import history on /import: each confirmed import with its counts, and Undo, whose dialog first asks the server
// what the undo would do now (which contacts go, which were changed since and stay) and says it in numbers.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { History } from "lucide-react";
import { previewUndoImportAction, undoImportAction } from "@/lib/imports/actions";
import { SOURCE_LABELS } from "@/lib/imports/schema";
import { formatAbsolute, formatRelative } from "@/lib/dates/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { toast } from "@/components/ui/toast";

export type HistoryEntry = {
  id: string;
  source: keyof typeof SOURCE_LABELS;
  fileName: string;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  invalidCount: number;
  undoneAt: Date | null;
  createdAt: Date;
};

type UndoPreview = { state: "loading" } | { state: "ready"; sentences: string[] } | { state: "failed"; message: string };

function UndoImport({ entry }: { entry: HistoryEntry }) {
  const router = useRouter();
  const [preview, setPreview] = useState<UndoPreview>({ state: "loading" });

  async function countWhatUndoDoes() {
    setPreview({ state: "loading" });
    try {
      const result = await previewUndoImportAction(entry.id);
      setPreview(result.ok ? { state: "ready", sentences: result.sentences } : { state: "failed", message: result.message });
    } catch {
      setPreview({ state: "failed", message: "Could not count what the undo would do. Check your connection, then close this and try again." });
    }
  }

  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" aria-label={`Undo import of ${entry.fileName}`}>
          Undo
        </Button>
      }
      onOpenChange={(open) => {
        if (open) void countWhatUndoDoes();
      }}
      title="Undo this import?"
      description={
        // Polite live region: the counts arrive a moment after the dialog opens.
        <span aria-live="polite" className="grid gap-1">
          {preview.state === "loading"
            ? "Counting what the undo would do…"
            : preview.state === "failed"
              ? preview.message
              : preview.sentences.map((sentence) => (
                  <span key={sentence} className="block">
                    {sentence}
                  </span>
                ))}
        </span>
      }
      cancelLabel="Keep it"
      confirmLabel="Undo import"
      onConfirm={async () => {
        const result = await undoImportAction(entry.id);
        if (!result.ok) return result.message;
        toast({ title: result.message });
        router.refresh();
      }}
    />
  );
}

export function ImportHistory({ entries, timeZone }: { entries: HistoryEntry[]; timeZone: string }) {
  if (entries.length === 0) {
    return (
      <EmptyState
        icon={<History aria-hidden="true" />}
        title="No imports yet"
        description="Import your LinkedIn connections or an address book above; each import appears here and can be undone."
      />
    );
  }
  return (
    <ul className="grid gap-3">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border p-4">
          <div className="grid min-w-0 gap-0.5">
            <p className="truncate font-medium">{entry.fileName}</p>
            <p className="text-sm text-muted-foreground">
              {SOURCE_LABELS[entry.source]} ·{" "}
              <time dateTime={entry.createdAt.toISOString()} title={formatAbsolute(entry.createdAt, timeZone)}>
                {formatRelative(entry.createdAt)}
              </time>
            </p>
            <p className="text-sm">
              {entry.createdCount.toLocaleString("en")} created, {entry.updatedCount.toLocaleString("en")} updated, {entry.skippedCount.toLocaleString("en")} skipped
              {entry.invalidCount > 0 && `, ${entry.invalidCount.toLocaleString("en")} invalid left out`}
            </p>
          </div>
          {entry.undoneAt ? (
            <Badge variant="outline">Undone</Badge>
          ) : (
            <UndoImport entry={entry} />
          )}
        </li>
      ))}
    </ul>
  );
}
