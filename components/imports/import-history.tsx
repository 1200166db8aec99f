"use client";
// The import history on /import: each confirmed import with its counts, and Undo, which removes what it created.
import { useRouter } from "next/navigation";
import { History } from "lucide-react";
import { undoImportAction } from "@/lib/imports/actions";
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

export function ImportHistory({ entries, timeZone }: { entries: HistoryEntry[]; timeZone: string }) {
  const router = useRouter();
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
            <ConfirmDialog
              trigger={
                <Button variant="outline" size="sm" aria-label={`Undo import of ${entry.fileName}`}>
                  Undo
                </Button>
              }
              title="Undo this import?"
              description={`This deletes the ${entry.createdCount.toLocaleString("en")} contacts it created, with everything on them (also what you added since), and the invitations and activities it added. Contacts you had before stay as they are.`}
              cancelLabel="Keep it"
              confirmLabel="Undo import"
              onConfirm={async () => {
                const result = await undoImportAction(entry.id);
                if (!result.ok) return result.message;
                toast({ title: result.message });
                router.refresh();
              }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
