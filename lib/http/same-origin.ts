// Route handlers that change data accept a POST only from Rapport's own pages. The session cookie goes along with a
// post from any other site too, so without this check another page could make a signed-in visitor restore or
// upload a file. Server actions check the same thing themselves; route handlers have to ask here.

/**
 * True when the request's Origin names this server. Browsers always send Origin on a POST (forms and fetch alike,
 * same-site or not), so a POST without one did not come from a page in a browser: it is refused rather than trusted.
 * "null" (a sandboxed frame, a file:// page, some redirects) and anything that is not a URL are refused too.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  // As server actions do: a proxy in front names the public host in X-Forwarded-Host (a page on another site cannot
  // set that header on a cross-site request without a CORS preflight, which Rapport never allows).
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || request.headers.get("host");
  return Boolean(host) && originHost.toLowerCase() === host!.toLowerCase();
}

export const NOT_SAME_ORIGIN_MESSAGE =
  "This request did not come from a Rapport page, so nothing was done. Open Rapport in your browser and try again from there.";
