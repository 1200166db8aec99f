// File names and headers of the downloads: dated names in the user's timezone
// ("rapport-contacts-2026-11-26.csv"), and a Content-Disposition that survives names with accents.
import { todayIn } from "@/lib/dates/calendar";

export type DownloadKind = "contacts.csv" | "contacts.vcf" | "backup.json";

export const DOWNLOAD_TYPES: Record<DownloadKind, string> = {
  "contacts.csv": "text/csv; charset=utf-8",
  "contacts.vcf": "text/vcard; charset=utf-8",
  "backup.json": "application/json; charset=utf-8",
};

/** "rapport-contacts-2026-11-26.csv", "rapport-backup-2026-11-26.json": dated by the user's today. */
export function datedFileName(kind: DownloadKind, timeZone: string, now: Date = new Date()): string {
  const [base, extension] = kind.split(".");
  return `rapport-${base}-${todayIn(timeZone, now)}.${extension}`;
}

/** "ada-lovelace.vcf" for one contact: accents folded, anything else but letters and digits a dash. */
export function contactFileName(name: string, extension: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || "contact"}.${extension}`;
}

/** Headers of a download: an attachment with this name, never cached (it is one person's data). */
export function downloadHeaders(fileName: string, contentType: string): HeadersInit {
  // The plain filename is for old clients; filename* (RFC 6266/8187) carries anything else exactly.
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
