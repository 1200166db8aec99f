// Centered card layout for signing up and signing in.
import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-sm flex-col justify-center gap-6 px-5 py-12">
      <Link href="/" className="text-sm font-semibold tracking-wide text-accent uppercase">
        Rapport
      </Link>
      {children}
    </main>
  );
}
