// The draft's save status: "Saved", "Saving…", or a "Not saved: retry" button when the server could not take it.
import type { SaveState } from "@/lib/invitations/draft-saver";
import { Button } from "@/components/ui/button";

export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  return (
    <div role="status" className="flex min-h-9 flex-wrap items-center justify-end gap-x-2 text-right text-sm text-muted-foreground">
      {state.status === "saving" && <span>Saving…</span>}
      {state.status === "saved" && <span>Saved</span>}
      {state.status === "failed" && (
        <>
          {state.refusal && <span className="text-destructive">{state.refusal}</span>}
          <Button type="button" variant="link" size="sm" className="px-0 text-destructive" onClick={onRetry}>
            Not saved: retry
          </Button>
        </>
      )}
    </div>
  );
}
