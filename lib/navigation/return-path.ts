// Where to send someone back to after a step they were sent to from elsewhere (signing in, writing a thank-you):
// the page they came from, and only ever a page of this site. Every redirect target read from a URL goes through here.

const SITE = "http://rapport.invalid";
// Browsers drop tabs and newlines from a URL before reading it, so "/\t/evil.example" is "//evil.example" to them.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * `target` when it is a path on this site ("/contacts?tag=a#x"), written the way a browser resolves it; else
 * `fallback`. Refuses every spelling of another origin: absolute URLs and schemes ("https:", "javascript:"),
 * "//host", "/\host", tabs or newlines inside, dot segments that resolve to "//host", and percent-encoded slashes,
 * backslashes or controls that one more decoding would turn into those.
 */
export function safeReturnPath(target: unknown, fallback: string): string {
  if (typeof target !== "string" || !isSitePath(target)) return fallback;
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(target.replace(/[?#].*/s, ""));
  } catch {
    return fallback; // malformed percent-encoding: no page of ours is written that way
  }
  if (!isSitePath(decodedPath)) return fallback;
  const url = new URL(target, SITE);
  if (url.origin !== SITE) return fallback;
  // "/x/..//evil.example" passes every check above and still resolves to "//evil.example".
  const resolved = `${url.pathname}${url.search}${url.hash}`;
  return isSitePath(resolved) ? resolved : fallback;
}

/** A path a browser keeps on the current origin: one leading slash, no backslash, nothing a browser would drop. */
function isSitePath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") && !CONTROL_CHARACTER.test(value);
}
