// Settings reads: the signed-in user's calendar feed address.
import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { calendarFeedUrl } from "@/lib/followups/calendar-feed";

/** Where Rapport is reached: NEXTAUTH_URL when set (it must be, behind a proxy), else the host this request came to. */
export async function appBaseUrl(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${protocol}://${host}`;
}

/** The address of the user's calendar feed (it holds their secret token). */
export async function getCalendarFeedUrl(userId: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { calendarToken: true } });
  return calendarFeedUrl(user.calendarToken, await appBaseUrl());
}
