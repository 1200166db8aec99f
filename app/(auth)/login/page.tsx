import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/navigation/return-path";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  if (await getCurrentUser()) redirect("/today");
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
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
