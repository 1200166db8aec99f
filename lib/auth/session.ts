// The only way pages and actions get the signed-in user: verified once per request.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";

export type CurrentUser = { id: string; name: string; email: string; inviteNoteLimit: number; timezone: string };

/** The signed-in user, or null. The session is re-checked against the database (a deleted account is signed out). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, inviteNoteLimit: true, timezone: true },
  });
});

/** The signed-in user; redirects to /login when there is none. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
