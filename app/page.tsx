// Landing page for visitors; signed-in people go straight to what needs doing today.
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { Button } from "@/components/ui/button";

export default async function LandingPage() {
  if (await getCurrentUser()) redirect("/today");
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center gap-8 px-6 py-16">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Rapport</p>
      <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">Make every connection personal.</h1>
      <p className="text-lg text-muted-foreground">
        82% of connection requests are LinkedIn&apos;s default text, and most of them are ignored. Rapport remembers who
        you met and how, helps you write an invitation that uses it, and reminds you to say thank you once they accept.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button asChild size="lg">
          <Link href="/signup">Create your account</Link>
        </Button>
        <Button asChild size="lg" variant="outline">
          <Link href="/login">Sign in</Link>
        </Button>
      </div>
    </main>
  );
}
