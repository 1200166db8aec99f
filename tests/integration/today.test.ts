// /today's reads against a real database: who needs a thank-you (exactly the user's accepted contacts, oldest first),
// which follow-ups are due where the user is, which invitations have waited three weeks, whom they met recently.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseDay } from "@/lib/dates/calendar";
import type { Stage } from "@/lib/generated/prisma/enums";
import { countThankYousOwed, listFollowUpsDue, listMetRecently, listThankYousOwed, listWaitingForAcceptance } from "@/lib/today/queries";
import { createUser } from "./database";

const day = (text: string) => parseDay(text)!;

async function contact(ownerId: string, firstName: string, stage: Stage, extra: { connectedAt?: Date; archivedAt?: Date } = {}) {
  return db.contact.create({ data: { ownerId, firstName, lastName: "Test", stage, ...extra }, select: { id: true } });
}

describe("Needs a thank-you", () => {
  it("lists exactly the user's accepted, unarchived contacts, oldest acceptance first, with the days they have waited", async () => {
    const owner = await createUser("Owner");
    const other = await createUser("Other");
    const recent = await contact(owner.id, "Recent", "CONNECTED", { connectedAt: new Date("2026-11-20T09:00:00Z") });
    const oldest = await contact(owner.id, "Oldest", "CONNECTED", { connectedAt: new Date("2026-11-10T09:00:00Z") });
    await contact(owner.id, "Archived", "CONNECTED", { connectedAt: new Date("2026-11-01T09:00:00Z"), archivedAt: new Date() });
    await contact(owner.id, "Sent", "SENT");
    await contact(owner.id, "Thanked", "THANKED", { connectedAt: new Date("2026-11-02T09:00:00Z") });
    await contact(other.id, "Someone else's", "CONNECTED", { connectedAt: new Date("2026-11-01T09:00:00Z") });

    const list = await listThankYousOwed(owner.id, { timeZone: "UTC", at: new Date("2026-11-26T12:00:00Z") });
    expect(list.map(({ id, firstName, daysWaiting }) => ({ id, firstName, daysWaiting }))).toEqual([
      { id: oldest.id, firstName: "Oldest", daysWaiting: 16 },
      { id: recent.id, firstName: "Recent", daysWaiting: 6 },
    ]);
    expect(await countThankYousOwed(owner.id)).toBe(2);
    expect(await countThankYousOwed(other.id)).toBe(1);
  });
});

describe("Follow-ups due", () => {
  // 20:00 UTC on 9 December: already the 10th in Auckland (UTC+13), still the 9th in Los Angeles (UTC-8).
  const at = new Date("2026-12-09T20:00:00Z");

  async function userIn(timezone: string) {
    const user = await createUser(timezone);
    await db.user.update({ where: { id: user.id }, data: { timezone } });
    const person = await contact(user.id, "Jonas", "THANKED");
    const add = (dueOn: string, note: string, doneAt: Date | null = null) =>
      db.followUp.create({ data: { ownerId: user.id, contactId: person.id, dueOn: day(dueOn), note, doneAt } });
    await add("2026-12-10", "Due tomorrow in UTC");
    await add("2026-12-08", "Overdue everywhere");
    await add("2026-12-17", "A week after Auckland's today");
    await add("2026-12-01", "Already done", new Date());
    const archived = await contact(user.id, "Archived", "THANKED", { archivedAt: new Date() });
    await db.followUp.create({ data: { ownerId: user.id, contactId: archived.id, dueOn: day("2026-12-09"), note: "Out of sight" } });
    return db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, timezone: true } });
  }

  const notes = (items: { note: string }[]) => items.map((item) => item.note);

  it("counts today where the user is: a follow-up due tomorrow in UTC is due today in Auckland", async () => {
    const auckland = await userIn("Pacific/Auckland");
    const result = await listFollowUpsDue(auckland.id, { timeZone: auckland.timezone, at });
    expect(result.today).toBe("2026-12-10");
    expect(notes(result.due)).toEqual(["Overdue everywhere", "Due tomorrow in UTC"]);
    expect(notes(result.upcoming)).toEqual(["A week after Auckland's today"]);
  });

  it("at the same instant, Los Angeles is still a day behind", async () => {
    const losAngeles = await userIn("America/Los_Angeles");
    const result = await listFollowUpsDue(losAngeles.id, { timeZone: losAngeles.timezone, at });
    expect(result.today).toBe("2026-12-09");
    expect(notes(result.due)).toEqual(["Overdue everywhere"]);
    expect(notes(result.upcoming)).toEqual(["Due tomorrow in UTC"]);
  });

  it("shows only the user's own follow-ups", async () => {
    const auckland = await userIn("Pacific/Auckland");
    const stranger = await createUser("Stranger");
    const result = await listFollowUpsDue(stranger.id, { timeZone: auckland.timezone, at });
    expect(result.due).toEqual([]);
    expect(result.upcoming).toEqual([]);
  });
});

describe("Waiting for acceptance", () => {
  const at = new Date("2026-11-26T12:00:00Z");
  const daysAgo = (days: number) => new Date(at.getTime() - days * 24 * 3600 * 1000);

  async function sent(ownerId: string, firstName: string, sentAt: Date, stage: Stage = "SENT") {
    const person = await contact(ownerId, firstName, stage);
    await db.invitation.create({ data: { ownerId, contactId: person.id, direction: "OUTGOING", status: "SENT", sentAt, message: "Hi" } });
    return person;
  }

  it("lists invitations unanswered for more than three weeks, oldest first, and no others", async () => {
    const owner = await createUser();
    const other = await createUser();
    const month = await sent(owner.id, "Month", daysAgo(30));
    const threeWeeks = await sent(owner.id, "ThreeWeeks", daysAgo(22));
    await sent(owner.id, "TwoWeeks", daysAgo(14));
    await sent(owner.id, "Accepted", daysAgo(40), "CONNECTED");
    await sent(other.id, "Stranger", daysAgo(40));
    // Withdrawn long ago and sent again last week: this invitation has not waited three weeks.
    const again = await sent(owner.id, "Again", daysAgo(10));
    await db.invitation.create({ data: { ownerId: owner.id, contactId: again.id, direction: "OUTGOING", status: "SENT", sentAt: daysAgo(40) } });
    await db.invitation.updateMany({ where: { contactId: again.id, sentAt: daysAgo(40) }, data: { status: "WITHDRAWN" } });

    const list = await listWaitingForAcceptance(owner.id, { timeZone: "UTC", at });
    expect(list.map(({ id, daysWaiting }) => ({ id, daysWaiting }))).toEqual([
      { id: month.id, daysWaiting: 30 },
      { id: threeWeeks.id, daysWaiting: 22 },
    ]);
  });
});

describe("Met recently, not invited yet", () => {
  it("lists contacts in Personalize or Ready met in the last two weeks, latest first", async () => {
    const owner = await createUser();
    const other = await createUser();
    const meet = async (ownerId: string, firstName: string, stage: Stage, metOn: string) => {
      const person = await contact(ownerId, firstName, stage);
      await db.encounter.create({ data: { ownerId, contactId: person.id, kind: "OTHER", metOn: day(metOn), where: "Café Einstein" } });
      return person;
    };
    const ready = await meet(owner.id, "Ready", "READY", "2026-11-20");
    const fresh = await meet(owner.id, "Fresh", "PERSONALIZE", "2026-11-25");
    await meet(owner.id, "LongAgo", "PERSONALIZE", "2026-11-01");
    await meet(owner.id, "Invited", "SENT", "2026-11-25");
    await meet(other.id, "Stranger", "PERSONALIZE", "2026-11-25");

    const list = await listMetRecently(owner.id, { timeZone: "UTC", at: new Date("2026-11-26T12:00:00Z") });
    expect(list.map((item) => ({ id: item.id, where: item.encounter.where }))).toEqual([
      { id: fresh.id, where: "Café Einstein" },
      { id: ready.id, where: "Café Einstein" },
    ]);
  });
});

