// The calendar feed: GET /api/calendar/<token>.ics (the ".ics" is optional) → the user's open follow-ups as
// iCalendar. Public on purpose, because calendar apps cannot sign in: the secret token is the only credential, a
// wrong or reset one gets 404, and nothing else about the user is reachable from here.
import { getCalendarFeedByToken } from "@/lib/followups/queries";
import { buildCalendarFeed } from "@/lib/followups/calendar-feed";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/i, "");
  // Tokens are short ids; anything else cannot be one and needs no database round trip.
  const feed = /^[A-Za-z0-9_-]{1,64}$/.test(token) ? await getCalendarFeedByToken(token) : null;
  if (!feed) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // Links point at the address Rapport is configured with, else at the one this request came to.
  const baseUrl = process.env.NEXTAUTH_URL || new URL(request.url).origin;
  return new Response(buildCalendarFeed(feed, baseUrl), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="rapport-follow-ups.ics"',
      // Personal data behind a secret URL: no shared cache may keep it.
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
