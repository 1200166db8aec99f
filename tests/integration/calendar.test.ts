// The calendar feed as a calendar app fetches it: the route handler with the user's secret token, parsed back with
// ical.js (a different library from the one that writes it), and refused for a wrong or reset token.
import { beforeEach, describe, expect, it, vi } from "vitest";
import ICAL from "ical.js";
import { db } from "@/lib/db";
import { parseDay } from "@/lib/dates/calendar";
import { createUser } from "./database";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => ({ id: session.userId, name: "Signed in", email: "x@example.com", inviteNoteLimit: 300, timezone: "UTC" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

process.env.NEXTAUTH_URL = "https://rapport.example";
const { GET } = await import("@/app/api/calendar/[token]/route");
const { resetCalendarTokenAction } = await import("@/lib/settings/actions");

function fetchFeed(token: string) {
  return GET(new Request(`http://localhost:3000/api/calendar/${token}`), { params: Promise.resolve({ token }) });
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      stamp: vevent.getFirstPropertyValue("dtstamp"),
    };
  });
}

let ownerId = "";
let token = "";
let jonasId = "";

beforeEach(async () => {
  ownerId = (await createUser("Sam Lee")).id;
  token = (await db.user.findUniqueOrThrow({ where: { id: ownerId }, select: { calendarToken: true } })).calendarToken;
  session.userId = ownerId;
  jonasId = (await db.contact.create({ data: { ownerId, firstName: "Jonas", lastName: "Berg", stage: "THANKED" } })).id;
  const archived = await db.contact.create({ data: { ownerId, firstName: "Archie", archivedAt: new Date() } });
  const stranger = await createUser("Stranger");
  const strangersContact = await db.contact.create({ data: { ownerId: stranger.id, firstName: "Not", lastName: "Yours" } });
  await db.followUp.createMany({
    data: [
      { ownerId, contactId: jonasId, dueOn: parseDay("2026-12-10")!, note: "Send the podcast link; ask about Berlin, again" },
      { ownerId, contactId: jonasId, dueOn: parseDay("2027-01-15")!, note: "" },
      { ownerId, contactId: jonasId, dueOn: parseDay("2026-12-01")!, note: "Already done", doneAt: new Date() },
      { ownerId, contactId: archived.id, dueOn: parseDay("2026-12-11")!, note: "Archived" },
      { ownerId: stranger.id, contactId: strangersContact.id, dueOn: parseDay("2026-12-10")!, note: "Someone else's" },
    ],
  });
});

describe("calendar feed", () => {
  it("is valid iCalendar with one all-day event per open follow-up, linking to the contact", async () => {
    const response = await fetchFeed(`${token}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const feed = events(text);
    expect(feed.map(({ summary, start, allDay }) => ({ summary, start, allDay }))).toEqual([
      { summary: "Follow up: Jonas Berg", start: "2026-12-10", allDay: true },
      { summary: "Follow up: Jonas Berg", start: "2027-01-15", allDay: true },
    ]);
    expect(feed[0]!.description).toBe(`Send the podcast link; ask about Berlin, again\n\nOpen in Rapport: https://rapport.example/contacts/${jonasId}`);
    expect(feed[1]!.description).toBe(`Open in Rapport: https://rapport.example/contacts/${jonasId}`);
    expect(feed.every((event) => event.stamp !== null)).toBe(true);
    expect(text).not.toContain("Someone else");
    expect(text).not.toContain("Archived");
  });

  it("keeps each event's UID when the follow-up moves, so calendars update it in place", async () => {
    const before = events(await (await fetchFeed(token)).text());
    await db.followUp.updateMany({ where: { ownerId, note: { startsWith: "Send" } }, data: { dueOn: parseDay("2026-12-17")! } });
    const after = events(await (await fetchFeed(token)).text());
    const followUps = await db.followUp.findMany({ where: { ownerId, doneAt: null, contactId: jonasId }, select: { id: true } });
    expect(new Set(before.map((event) => event.uid))).toEqual(new Set(followUps.map(({ id }) => `follow-up-${id}@rapport`)));
    expect(new Set(after.map((event) => event.uid))).toEqual(new Set(before.map((event) => event.uid)));
    expect(after.map((event) => event.start)).toEqual(["2026-12-17", "2027-01-15"]);
  });

  it("refuses a wrong token with 404", async () => {
    for (const wrong of ["nope", `${token}x`, "", "../../etc/passwd", `${token.slice(0, -1)}.ics`]) {
      expect((await fetchFeed(wrong)).status).toBe(404);
    }
  });

  it("refuses the old token after Reset link, and serves the new one", async () => {
    const { url } = await resetCalendarTokenAction();
    expect((await fetchFeed(token)).status).toBe(404);
    expect(url).toMatch(/^https:\/\/rapport\.example\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const newToken = new URL(url).pathname.split("/").pop()!;
    const response = await fetchFeed(newToken);
    expect(response.status).toBe(200);
    expect(events(await response.text())).toHaveLength(2);
  });
});
