// Sends signed-out visitors of the app's pages to /login. Only a convenience: every page and
// action still checks the session itself (lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    "/today",
    "/contacts/:path*",
    "/pipeline",
    "/events/:path*",
    "/capture",
    "/templates/:path*",
    "/settings",
    "/import",
    "/export",
  ],
};
