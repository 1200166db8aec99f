// LinkedIn profile URLs come in many spellings (with or without www, the mobile host, a country
// subdomain, tracking parameters, a trailing slash); one person must have one URL.
const PROFILE_PATH = /^\/in\/([^/?#]+)/i;

/** The canonical profile URL (https://www.linkedin.com/in/<slug>), or null if this is not a profile URL. */
export function normalizeLinkedinUrl(raw: string): string | null {
  let text = raw.trim();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (!["http:", "https:"].includes(url.protocol)) return null;
  if (host !== "linkedin.com" && !host.endsWith(".linkedin.com")) return null;
  const match = PROFILE_PATH.exec(url.pathname);
  if (!match?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  slug = slug.trim().toLowerCase();
  if (!slug) return null;
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}`;
}
