// The session cookie, for the places that issue it besides next-auth's own endpoints: proxy.ts renews it as the app
// is used (so a session ends after 30 days idle, not 30 days after sign-in), and "Change password" re-issues this
// browser's token with the new session version. No "server-only": proxy.ts imports it.
//
// Why renew here: next-auth 4 renews a JWT session only when /api/auth/session is called (it re-encodes the token with
// a new expiry on every call). Pages read the session with getServerSession, whose renewed cookie is dropped because a
// server component cannot set cookies, and Rapport has no SessionProvider polling that endpoint. So without this a
// token expired 30 days after sign-in however much it was used.
import type { NextRequest } from "next/server";
import { encode, getToken, type JWT } from "next-auth/jwt";
import { isHttps } from "@/lib/security/headers";

/** A session ends this long after the app was last used. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A token is renewed on the first page load after it is a day old (next-auth's `updateAge` default), not on every one. */
export const SESSION_RENEW_AFTER_SECONDS = 24 * 60 * 60;

type CookieOptions = { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };
export type SessionCookie = { name: string; value: string; options: CookieOptions & { expires: Date } };

/** The session cookie's name and options: next-auth's defaults, given to it in authOptions so both agree. */
export function sessionCookie(): { name: string; options: CookieOptions } {
  const secure = isHttps(process.env.NEXTAUTH_URL);
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, options: { httpOnly: true, sameSite: "lax", path: "/", secure } };
}

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set: sessions cannot be signed. Set it in .env (npm start writes one).");
  return value;
}

/** The session token's claims, as next-auth's sign-in and our jwt callback (lib/auth/options.ts) write them. */
export function sessionClaims(user: { id: string; name: string; email: string; sessionVersion: number }): JWT {
  return { sub: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/** A cookie carrying `claims` in a fresh token, valid SESSION_MAX_AGE_SECONDS from now (iat, exp and jti are new). */
export async function issueSessionCookie(claims: JWT): Promise<SessionCookie> {
  const kept: JWT = { ...claims };
  for (const claim of ["iat", "exp", "jti"]) delete kept[claim];
  const value = await encode({ token: kept, secret: secret(), maxAge: SESSION_MAX_AGE_SECONDS });
  const { name, options } = sessionCookie();
  return { name, value, options: { ...options, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) } };
}

/**
 * The renewed session cookie for this request, or null when there is nothing to renew: no valid token (an expired one
 * stays expired), a token less than a day old, or a request that is not a GET. Writes (server actions are POSTs) and
 * next-auth's own endpoints are left alone so that a renewal never races a sign-out or a re-issued token. A token whose
 * session version is out of date is renewed like any other: it stays refused (lib/auth/session.ts), only longer.
 */
export async function renewedSessionCookie(request: NextRequest): Promise<SessionCookie | null> {
  if (request.method !== "GET" || request.nextUrl.pathname.startsWith("/api/auth/")) return null;
  const token = await getToken({ req: request, cookieName: sessionCookie().name, secret: secret() });
  if (!token || typeof token.iat !== "number") return null;
  if (Date.now() / 1000 - token.iat < SESSION_RENEW_AFTER_SECONDS) return null;
  return issueSessionCookie(token);
}
