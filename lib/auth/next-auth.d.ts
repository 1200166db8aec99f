// The session carries the user's id and session version, set in lib/auth/options.ts.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null };
    /** The user's session version when this session's token was issued (lib/auth/session.ts compares it). */
    sessionVersion: number;
  }
  interface User {
    /** Read with the password hash in authorize(), so a password changed a moment later cannot be outrun. */
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** Absent from tokens issued before session versions existed: they count as version 0. */
    sessionVersion?: number;
  }
}
