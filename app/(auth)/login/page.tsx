import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/navigation/return-path";
import { signedOutNotice } from "@/lib/account/schema";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; notice?: string | string[] }> }) {
  if (await getCurrentUser()) redirect("/today");
  const { callbackUrl, notice } = await searchParams;
  // Only Rapport's own sentences, chosen by key: the address cannot put text of its own on this page.
  const message = signedOutNotice(notice);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      {message && (
        <p role="status" className="rounded-md border border-border bg-muted px-4 py-3 text-sm">
          {message}
        </p>
      )}
      {/* Only a page of this site: an open redirect after sign-in would hand the user to a phishing page. */}
      <SignInForm callbackUrl={safeReturnPath(callbackUrl, "/today")} />
      <p className="text-sm text-muted-foreground">
        New to Rapport?{" "}
        <Link href="/signup" className="font-medium text-accent underline-offset-4 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  );
}
