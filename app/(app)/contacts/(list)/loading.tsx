// Shown while the contact list loads: a quiet skeleton, announced to screen readers. It sits in the
// (list) group so that a contact page is not streamed: its notFound() must still answer 404.
export default function Loading() {
  return (
    <div role="status" aria-label="Loading" className="grid gap-3">
      <div className="h-8 w-40 animate-pulse rounded bg-muted" />
      <div className="h-4 w-64 animate-pulse rounded bg-muted" />
      <div className="mt-4 h-48 animate-pulse rounded-lg bg-muted" />
    </div>
  );
}
