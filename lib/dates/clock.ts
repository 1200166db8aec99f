// The server's idea of "now", which browser tests can move. A server started with RAPPORT_TEST_CLOCK=1 (only
// playwright.config.ts's webServer sets it) reads the time from the request's `rapport-test-now` cookie (an ISO
// time), so a test can stand on a follow-up's due date. Without that variable the cookie is never read: production
// always gets the real time, whatever a visitor sends.
import "server-only";
import { cookies } from "next/headers";

export const TEST_NOW_COOKIE = "rapport-test-now";

/** The current time: the real one, or the test clock's during browser tests. Async because it may read the request. */
export async function now(): Promise<Date> {
  if (process.env.RAPPORT_TEST_CLOCK !== "1") return new Date();
  const value = (await cookies()).get(TEST_NOW_COOKIE)?.value;
  const time = value ? new Date(decodeURIComponent(value)) : null;
  return time && !Number.isNaN(time.getTime()) ? time : new Date();
}
