// The 404 page: also what another user's contact id leads to.
import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-6 text-center">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-muted-foreground">This page does not exist, or it belongs to someone else.</p>
      <div>
        <Button asChild variant="outline">
          <Link href="/contacts">Go to your contacts</Link>
        </Button>
      </div>
    </main>
  );
}
