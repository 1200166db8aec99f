// Account-wide writes: ending every session, changing the password, deleting the account. Each acts only on the user
// id the session verified, and each that needs the password checks it first and changes nothing when it is wrong.
import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { ChangePasswordInput } from "@/lib/account/schema";

export type AccountRefusal = { ok: false; fieldErrors?: Record<string, string[]>; message?: string };

const CHANGED_ELSEWHERE: AccountRefusal = {
  ok: false,
  message: "Your password was changed somewhere else a moment ago. Reload the page and try again with the new one.",
};

/** Signs out every browser and device: tokens carry the old session version, which no longer matches. */
export async function signOutEverywhere(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}

/**
 * Sets a new password when `currentPassword` is right, and bumps the session version so that every other session
 * ends; returns what this browser's new token needs. Written only if the password was not changed in between.
 */
export async function changePassword(
  userId: string,
  input: ChangePasswordInput,
): Promise<{ ok: true; user: { id: string; name: string; email: string; sessionVersion: number } } | AccountRefusal> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return { ok: false, message: "This account no longer exists." };
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: ["That is not your current password. Nothing was changed."] } };
  }
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await db.user.updateManyAndReturn({
    where: { id: userId, passwordHash: user.passwordHash },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { id: true, name: true, email: true, sessionVersion: true },
  });
  return updated[0] ? { ok: true, user: updated[0] } : CHANGED_ELSEWHERE;
}

/**
 * Deletes the account and everything in it when `password` is right. One DELETE of the user row: every other row of
 * theirs goes with it through the schema's ON DELETE CASCADE foreign keys (each model's `owner` relation), in that
 * same statement, so PostgreSQL removes all of it or, on any failure, none of it. Other users' rows are never reached:
 * no relation leads from one user's rows to another's.
 */
export async function deleteAccount(userId: string, password: string): Promise<{ ok: true } | AccountRefusal> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return { ok: false, message: "This account no longer exists." };
  if (!(await verifyPassword(user.passwordHash, password))) {
    return { ok: false, fieldErrors: { password: ["That is not your password. Nothing was deleted."] } };
  }
  let count: number;
  try {
    ({ count } = await db.user.deleteMany({ where: { id: userId, passwordHash: user.passwordHash } }));
  } catch (error) {
    // The statement failed as a whole, so nothing is gone: say so rather than show an error page.
    console.error("Deleting an account failed; nothing was deleted", error);
    return { ok: false, message: "Rapport could not delete your account just now, and nothing was deleted. Try again in a moment." };
  }
  return count === 1 ? { ok: true } : CHANGED_ELSEWHERE;
}
