// next-auth configuration: email + password (credentials), JWT sessions in an httpOnly cookie.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { signInInput } from "@/lib/auth/schema";
import { clientAddress } from "@/lib/auth/client-address";
import { signInLimitedCode } from "@/lib/auth/limits";
import { startSignIn } from "@/lib/auth/throttle";
import { safeReturnPath } from "@/lib/navigation/return-path";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "@/lib/auth/session-cookie";

export const authOptions: NextAuthOptions = {
  // 30 days after the last use: proxy.ts renews the token as pages are loaded (see lib/auth/session-cookie.ts).
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  cookies: { sessionToken: sessionCookie() },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInInput.safeParse(credentials);
        if (!parsed.success) return null;
        const gate = await startSignIn(parsed.data.email, clientAddress(request?.headers));
        if (gate.limited) {
          // The same work and the same answer whether or not an account has this email: one check against the hash
          // no password matches (the real hash is not consulted, so even the right password is refused).
          await verifyPassword(null, parsed.data.password);
          throw new Error(signInLimitedCode(gate.retryMinutes));
        }
        let signedIn: { id: string; name: string; email: string; sessionVersion: number } | null;
        try {
          const user = await db.user.findUnique({
            where: { email: parsed.data.email },
            select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true },
          });
          // Checked even when no account has this email (against a hash no password matches): refusing an unknown
          // email then takes as long as refusing a wrong password, so timing does not tell which accounts exist.
          const matches = await verifyPassword(user?.passwordHash, parsed.data.password);
          signedIn = user && matches ? { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } : null;
        } catch (error) {
          await gate.settle("error");
          throw error;
        }
        await gate.settle(signedIn ? "success" : "failure");
        return signedIn;
      },
    }),
  ],
  callbacks: {
    // next-auth's own callbackUrl (a parameter of its endpoints, then a cookie) follows the rule every return path
    // follows: a page of this site, or the home page.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeReturnPath(url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url, "/")}`;
    },
    // The token carries the user's session version from sign-in on; a token with another version is signed out
    // (lib/auth/session.ts). Nothing the browser sends can change it: useSession().update() (trigger "update") leaves
    // the token as it was, so a signed-out token cannot fetch the current version.
    // The version is the one read with the password hash: a password change committed after that check makes this
    // token stale at once, instead of handing the old password a session of the new version.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sessionVersion ?? 0;
      return session;
    },
  },
};
