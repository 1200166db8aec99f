// Where "Mark thank-you sent" lands: back where the user came from (e.g. /today), if that is a page of Rapport.
/** `from` when it is a path on this site ("/today"), else the contact's page. Never another origin. */
export function returnPath(from: string | string[] | undefined, contactId: string): string {
  const fallback = `/contacts/${contactId}`;
  if (typeof from !== "string" || !from.startsWith("/") || from.startsWith("//") || from.startsWith("/\\")) return fallback;
  try {
    const url = new URL(from, "http://rapport.invalid");
    if (url.origin !== "http://rapport.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
