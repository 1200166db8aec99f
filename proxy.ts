// Runs before every request: gives each one a fresh CSP nonce (lib/security/headers.ts), renews a signed-in visitor's
// session cookie once a day (lib/auth/session-cookie.ts), and sends signed-out visitors of the app's pages to /login.
// The redirect is only a convenience: every page and action still checks the session itself (lib/auth/session.ts).
// While PostgreSQL cannot be reached it answers 503 with a calm page instead (lib/database-health.ts): the App Router
// has no way to give a page that status, and a page that fails on its queries would be a 500.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { renewedSessionCookie, sessionCookie } from "@/lib/auth/session-cookie";
import { DATABASE_UNREACHABLE_MESSAGE, databaseReachable, databaseUnreachablePage } from "@/lib/database-health";
import { contentSecurityPolicy, createNonce, isHttps, strictTransportSecurity } from "@/lib/security/headers";

const SIGNED_IN_AREAS = ["/today", "/contacts", "/pipeline", "/events", "/capture", "/templates", "/settings", "/import", "/export"];

function needsSession(pathname: string): boolean {
  return SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export async function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), {
    dev: process.env.NODE_ENV === "development",
    https: isHttps(process.env.NEXTAUTH_URL),
  });

  let response: NextResponse;
  if (!isServerAction(request) && !(await databaseReachable())) {
    response = databaseUnreachable(request);
  } else if (needsSession(request.nextUrl.pathname) && !(await getToken({ req: request, cookieName: sessionCookie().name }))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    response = NextResponse.redirect(login);
  } else {
    // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  const renewed = await renewedSessionCookie(request);
  if (renewed) response.cookies.set(renewed.name, renewed.value, renewed.options);
  response.headers.set("Content-Security-Policy", policy);
  const hsts = strictTransportSecurity(process.env.NEXTAUTH_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

// A server action is answered by the action itself: it reports the failure in its own result, which the form shows
// beside what was typed; an HTML page in its place would reach the browser as an unexpected response.
function isServerAction(request: NextRequest): boolean {
  return request.method === "POST" && request.headers.has("next-action");
}

function databaseUnreachable(request: NextRequest): NextResponse {
  const headers = { "Retry-After": "15", "Cache-Control": "no-store" };
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ ok: false, message: DATABASE_UNREACHABLE_MESSAGE }, { status: 503, headers });
  }
  const body = request.method === "HEAD" ? null : databaseUnreachablePage();
  return new NextResponse(body, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

export const config = {
  // Everything but the build's static files (hashed, served with their own headers).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
