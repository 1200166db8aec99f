// Shown while the figures are counted: the period picker's and the panels' outlines, announced to screen readers.
export default function Loading() {
  return (
    <div role="status" aria-label="Loading" className="grid gap-6">
      <div className="grid gap-2">
        <div className="h-8 w-32 animate-pulse rounded bg-muted" />
        <div className="h-4 w-80 max-w-full animate-pulse rounded bg-muted" />
      </div>
      <div className="h-11 w-full max-w-md animate-pulse rounded-full bg-muted" />
      <div className="h-56 animate-pulse rounded-xl bg-muted" />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="h-48 animate-pulse rounded-xl bg-muted" />
        <div className="h-48 animate-pulse rounded-xl bg-muted" />
      </div>
    </div>
  );
}
