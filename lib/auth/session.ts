// The only way pages and actions get the signed-in user: verified once per request.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";

export type CurrentUser = { id: string; name: string; email: string; inviteNoteLimit: number; timezone: string };

/**
 * The signed-in user, or null. The session is re-checked against the database on every request: a deleted account, or
 * a token whose session version is not the user's current one ("Sign out everywhere", "Change password"), is signed
 * out. An expired token (30 days unused) never gets this far: next-auth refuses it.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  // Never query without the version: Prisma drops an undefined filter, which would accept any token.
  if (!id || typeof session.sessionVersion !== "number") return null;
  return db.user.findUnique({
    where: { id, sessionVersion: session.sessionVersion },
    select: { id: true, name: true, email: true, inviteNoteLimit: true, timezone: true },
  });
});

/** The signed-in user; redirects to /login when there is none. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
