// /insights' figures against a real database: a fixture inbox classified as the import classifies it gives exact
// counts and percentages per class; only the user's own invitations count; the period's boundary days are the user's.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { InvitationStatus, Stage } from "@/lib/generated/prisma/enums";
import { classifyReceived } from "@/lib/invitations/assess";
import { wilson } from "@/lib/insights/math";
import { parsePeriod } from "@/lib/insights/period";
import { getInsights } from "@/lib/insights/queries";
import type { Period } from "@/lib/insights/types";
import { createUser } from "./database";

// October 2026 in Los Angeles: 07:00 UTC on 1 October to 07:00 UTC on 1 November (daylight time throughout).
const ZONE = "America/Los_Angeles";
const OCTOBER: Period = { preset: "custom", from: "2026-10-01", to: "2026-10-31" };
const inOctober = new Date("2026-10-15T18:00:00Z");

async function contact(ownerId: string, firstName: string, extra: { stage?: Stage; connectedAt?: Date; archivedAt?: Date } = {}) {
  const row = await db.contact.create({ data: { ownerId, firstName, lastName: "Test", ...extra }, select: { id: true } });
  return row.id;
}

async function receive(ownerId: string, message: string, sentAt: Date, status: InvitationStatus = "NEW") {
  const contactId = await contact(ownerId, "Sender");
  // As the import stores a received invitation: its class as the single flag.
  await db.invitation.create({ data: { ownerId, contactId, direction: "INCOMING", status, message, sentAt, flags: [classifyReceived(message, "Ana")] } });
}

async function send(ownerId: string, contactId: string, status: InvitationStatus, flags: string[], score: number, sentAt = inOctober) {
  await db.invitation.create({ data: { ownerId, contactId, direction: "OUTGOING", status, message: "…", sentAt: status === "DRAFT" ? null : sentAt, flags, score } });
}

describe("Insights", () => {
  let owner: string;
  let other: string;

  beforeAll(async () => {
    owner = (await createUser("Ana Owner")).id;
    other = (await createUser("Someone Else")).id;

    // Received: 7 default (2 empty, 3 default, 2 near-default), 2 greeting only (1 ignored), 3 personal.
    for (const message of ["", "   "]) await receive(owner, message, inOctober);
    for (let i = 0; i < 3; i++) await receive(owner, "I'd like to add you to my professional network on LinkedIn.", inOctober);
    await receive(owner, "Id like to add you to my professional network on linkedin", inOctober);
    await receive(owner, "I’d like to join your LinkedIn network.", inOctober, "IGNORED");
    await receive(owner, "Hi Ana, I'd like to add you to my professional network on LinkedIn.", inOctober);
    await receive(owner, "Hello Ana! I'd like to join your LinkedIn network.", inOctober, "IGNORED");
    const personal = "Ana, great meeting you at the AMA summit: your talk on pricing stayed with me. Would love to stay in touch.";
    await receive(owner, personal, new Date("2026-10-01T07:00:00Z")); // 00:00 on the first day, local
    await receive(owner, personal, inOctober, "ACCEPTED");
    await receive(owner, personal, new Date("2026-11-01T06:59:00Z")); // 23:59 on the last day, local
    // Outside the period where the user is (though inside October in UTC for the first), and someone else's.
    await receive(owner, personal, new Date("2026-10-01T06:59:00Z"));
    await receive(owner, personal, new Date("2026-11-01T07:00:00Z"));
    await receive(other, "", inOctober);
    await receive(other, personal, inOctober);

    // Sent: 12 personal (6 accepted, score 80), 4 with the default text (1 accepted, score 20), a draft; someone else's.
    for (let i = 0; i < 12; i++) await send(owner, await contact(owner, `Personal ${i}`), i < 6 ? "ACCEPTED" : i < 9 ? "SENT" : "DECLINED", ["NO_REASON"], 80);
    for (let i = 0; i < 4; i++) await send(owner, await contact(owner, `Default ${i}`), i < 1 ? "ACCEPTED" : "WITHDRAWN", ["DEFAULT_TEXT", "NO_CONTEXT"], 20);
    await send(owner, await contact(owner, "Draft"), "DRAFT", [], 100);
    for (let i = 0; i < 20; i++) await send(other, await contact(other, `Theirs ${i}`), "ACCEPTED", [], 100);
    await send(owner, await contact(owner, "September"), "ACCEPTED", [], 100, new Date("2026-09-30T12:00:00Z"));
  });

  it("counts each class of the invitations received in the period, with percentages that add up to 100", async () => {
    const { received } = await getInsights(owner, OCTOBER, ZONE);
    expect(received.total).toBe(12);
    // 7/12 = 58.3%, 2/12 = 16.7%, 3/12 = 25%: rounding each would give 99; the largest remainder gets the point.
    expect(received.default).toEqual({ count: 7, percent: 58 });
    expect(received.greetingOnly).toEqual({ count: 2, percent: 17 });
    expect(received.personal).toEqual({ count: 3, percent: 25 });
    expect(received.byMonth).toEqual([{ month: "2026-10", default: 7, greetingOnly: 2, personal: 3 }]);
  });

  it("counts the boundary days where the user is: 00:00 on the first day and 23:59 on the last count, a minute outside does not", async () => {
    const { received } = await getInsights(owner, { preset: "all", from: null, to: "2026-10-31" }, ZONE);
    expect(received.total).toBe(13); // also 23:59 on 30 September
    expect(received.byMonth).toEqual([
      { month: "2026-09", default: 0, greetingOnly: 0, personal: 1 },
      { month: "2026-10", default: 7, greetingOnly: 2, personal: 3 },
    ]);
    // In UTC the same instants fall otherwise: the one at 06:59 on 1 October is in, the one at 06:59 on 1 November out.
    const utc = await getInsights(owner, OCTOBER, "UTC");
    expect(utc.received.personal.count).toBe(3);
    expect(utc.received.total).toBe(12);
  });

  it("rates acceptance of the user's own sent invitations only, personal against default, with too few marked", async () => {
    const { sent } = await getInsights(owner, OCTOBER, ZONE);
    expect(sent.total).toBe(16);
    expect(sent.personal).toEqual({ count: 12, percent: 75 });
    expect(sent.default).toEqual({ count: 4, percent: 25 });
    expect(sent.averageScore).toBe(65); // (12 × 80 + 4 × 20) / 16
    expect(sent.personalAcceptance).toMatchObject({ total: 12, hits: 6, rate: 0.5, tooFew: false });
    expect(sent.personalAcceptance.low).toBeCloseTo(wilson(6, 12).low, 10);
    expect(sent.personalAcceptance.low).toBeCloseTo(0.2538, 3);
    expect(sent.personalAcceptance.high).toBeCloseTo(0.7462, 3);
    expect(sent.defaultAcceptance).toEqual({ total: 4, hits: 1, rate: null, low: null, high: null, tooFew: true });

    const theirs = await getInsights(other, OCTOBER, ZONE);
    expect(theirs.sent.total).toBe(20);
    expect(theirs.sent.personalAcceptance).toMatchObject({ total: 20, hits: 20 });
    expect(theirs.received.total).toBe(2);
  });

  it("shows an empty period as zeros, with no average score and no rates", async () => {
    const empty = await getInsights(owner, { preset: "custom", from: "2020-01-01", to: "2020-01-31" }, ZONE);
    expect(empty.received).toEqual({
      total: 0,
      default: { count: 0, percent: 0 },
      greetingOnly: { count: 0, percent: 0 },
      personal: { count: 0, percent: 0 },
      byMonth: [],
    });
    expect(empty.sent).toMatchObject({ total: 0, averageScore: null, personalAcceptance: { tooFew: true, rate: null } });
    expect(empty.thankYous).toMatchObject({ accepted: 0, medianDaysToThank: null, thanked: { count: 0, percent: 0 } });
  });
});

describe("Thank-yous and events", () => {
  it("counts who was thanked after accepting, how soon, who is still owed one, and follow-ups on time or late", async () => {
    const owner = (await createUser("Owner")).id;
    const other = (await createUser("Other")).id;
    const acceptedOn = new Date("2026-10-05T17:00:00Z"); // 10:00 on 5 October, local
    const thankedLater = await contact(owner, "Thanked 3 days later", { stage: "THANKED", connectedAt: acceptedOn });
    const thankedNextDay = await contact(owner, "Thanked the next day", { stage: "THANKED", connectedAt: acceptedOn });
    await contact(owner, "Thanked, not in the timeline", { stage: "THANKED", connectedAt: acceptedOn });
    const owed = await contact(owner, "Owed", { stage: "CONNECTED", connectedAt: acceptedOn });
    await contact(owner, "Owed but archived", { stage: "CONNECTED", connectedAt: acceptedOn, archivedAt: new Date() });
    await contact(owner, "Owed since August", { stage: "CONNECTED", connectedAt: new Date("2026-08-05T17:00:00Z") });
    await contact(other, "Someone else's", { stage: "CONNECTED", connectedAt: acceptedOn });
    await db.activity.createMany({
      data: [
        // 20:00 local on 8 October is 03:00 UTC on the 9th: three days where the user is.
        { ownerId: owner, contactId: thankedLater, kind: "THANK_YOU_SENT", occurredAt: new Date("2026-10-09T03:00:00Z") },
        { ownerId: owner, contactId: thankedLater, kind: "THANK_YOU_SENT", occurredAt: new Date("2026-10-20T03:00:00Z") },
        { ownerId: owner, contactId: thankedNextDay, kind: "THANK_YOU_SENT", occurredAt: new Date("2026-10-06T16:00:00Z") },
        { ownerId: owner, contactId: owed, kind: "NOTE", occurredAt: new Date("2026-10-06T16:00:00Z") },
      ],
    });
    await db.followUp.createMany({
      data: [
        // Done at 23:30 local on its day (06:30 UTC the next): on time.
        { ownerId: owner, contactId: owed, dueOn: new Date("2026-10-10"), doneAt: new Date("2026-10-11T06:30:00Z") },
        { ownerId: owner, contactId: owed, dueOn: new Date("2026-10-12"), doneAt: new Date("2026-10-08T16:00:00Z") },
        { ownerId: owner, contactId: owed, dueOn: new Date("2026-10-12"), doneAt: new Date("2026-10-14T16:00:00Z") },
        { ownerId: owner, contactId: owed, dueOn: new Date("2026-10-20"), doneAt: null },
        { ownerId: other, contactId: owed, dueOn: new Date("2026-10-12"), doneAt: new Date("2026-10-14T16:00:00Z") },
      ],
    });

    const { thankYous } = await getInsights(owner, OCTOBER, ZONE);
    expect(thankYous).toEqual({
      accepted: 5,
      thanked: { count: 3, percent: 60 },
      medianDaysToThank: 2, // 3 days and 1 day; the one without a thank-you in its timeline has no delay to count
      stillOwed: 2,
      followUpsOnTime: { count: 2, percent: 67 },
      followUpsLate: { count: 1, percent: 33 },
    });
    // All time (counted another way, in one pass): the one accepted in August joins the accepted, not the thanked.
    const allTime = await getInsights(owner, { preset: "all", from: null, to: "2026-10-31" }, ZONE);
    expect(allTime.thankYous).toMatchObject({ accepted: 6, thanked: { count: 3, percent: 50 }, medianDaysToThank: 2, stillOwed: 2 });
  });

  it("gives each event of the period its funnel: met, invited, accepted, thanked, newest first", async () => {
    const owner = (await createUser("Owner")).id;
    const summit = await db.event.create({ data: { ownerId: owner, name: "AMA Summit", startsOn: new Date("2026-10-20") } });
    const meetup = await db.event.create({ data: { ownerId: owner, name: "Pricing meetup", startsOn: new Date("2026-10-01") } });
    await db.event.create({ data: { ownerId: owner, name: "Last year's summit", startsOn: new Date("2025-10-20") } });
    const people = {
      thanked: await contact(owner, "Thanked", { stage: "THANKED", connectedAt: inOctober }),
      accepted: await contact(owner, "Accepted", { stage: "CONNECTED", connectedAt: inOctober }),
      invited: await contact(owner, "Invited", { stage: "SENT" }),
      drafted: await contact(owner, "Drafted", { stage: "READY" }),
      met: await contact(owner, "Met"),
    };
    for (const contactId of Object.values(people)) {
      await db.encounter.create({ data: { ownerId: owner, contactId, eventId: summit.id, kind: "EVENT", metOn: new Date("2026-10-20") } });
    }
    // Met twice at the summit: one person still.
    await db.encounter.create({ data: { ownerId: owner, contactId: people.met, eventId: summit.id, kind: "EVENT", metOn: new Date("2026-10-21") } });
    await db.encounter.create({ data: { ownerId: owner, contactId: people.met, eventId: meetup.id, kind: "EVENT", metOn: new Date("2026-10-01") } });
    await send(owner, people.thanked, "ACCEPTED", [], 80);
    await send(owner, people.accepted, "ACCEPTED", [], 80);
    await send(owner, people.invited, "SENT", [], 80);
    await send(owner, people.invited, "WITHDRAWN", [], 80);
    await send(owner, people.drafted, "DRAFT", [], 80);

    const { events } = await getInsights(owner, OCTOBER, ZONE);
    expect(events).toEqual([
      { eventId: summit.id, name: "AMA Summit", startsOn: "2026-10-20", met: 5, invited: 3, accepted: 2, thanked: 1 },
      { eventId: meetup.id, name: "Pricing meetup", startsOn: "2026-10-01", met: 1, invited: 0, accepted: 0, thanked: 0 },
    ]);
    const allTime = await getInsights(owner, { preset: "all", from: null, to: "2026-10-31" }, ZONE);
    expect(allTime.events).toEqual([
      { eventId: summit.id, name: "AMA Summit", startsOn: "2026-10-20", met: 5, invited: 3, accepted: 2, thanked: 1 },
      { eventId: meetup.id, name: "Pricing meetup", startsOn: "2026-10-01", met: 1, invited: 0, accepted: 0, thanked: 0 },
      expect.objectContaining({ name: "Last year's summit", met: 0, invited: 0, accepted: 0, thanked: 0 }),
    ]);
  });

  it("refuses a period that ends before it starts, and shows the last 90 days with the message", () => {
    const parsed = parsePeriod({ from: "2026-10-31", to: "2026-10-01" }, ZONE, inOctober);
    expect(parsed).toMatchObject({ ok: false, period: { preset: "90d", to: "2026-10-15" } });
  });
});
