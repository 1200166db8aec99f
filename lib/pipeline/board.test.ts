import { describe, expect, it } from "vitest";
import type { Stage } from "@/lib/generated/prisma/enums";
import { boardHref, cardActions, cardWaiting, columnJump, columnOf, compareCards, dropOutcome, howYouMet, nextStepText, parseBoardFilters, shortDay, undoMove, waitingText } from "./board";

describe("columns", () => {
  it("puts each stage in its step", () => {
    expect(columnOf("PERSONALIZE").title).toBe("1 · Personalize");
    expect(columnOf("READY").title).toBe("2 · Send with context");
    expect(columnOf("SENT").title).toBe("2 · Send with context");
    expect(columnOf("CONNECTED").title).toBe("3 · Thank & follow up");
    expect(columnOf("THANKED").title).toBe("3 · Thank & follow up");
  });
});

describe("dropOutcome", () => {
  it("does nothing for a drop into the card's own column", () => {
    for (const stage of ["PERSONALIZE", "READY", "SENT", "CONNECTED", "THANKED"] as Stage[]) {
      expect(dropOutcome(stage, columnOf(stage).id)).toEqual({ kind: "none" });
    }
  });

  it("moves forward to the column's first stage", () => {
    expect(dropOutcome("PERSONALIZE", "send")).toEqual({ kind: "move", to: "READY" });
    expect(dropOutcome("SENT", "thank")).toEqual({ kind: "move", to: "CONNECTED" });
  });

  it("moves back to Personalize from Ready to send or Sent", () => {
    expect(dropOutcome("READY", "personalize")).toEqual({ kind: "move", to: "PERSONALIZE" });
    expect(dropOutcome("SENT", "personalize")).toEqual({ kind: "move", to: "PERSONALIZE" });
  });

  it("refuses an acceptance that no invitation was sent for", () => {
    expect(dropOutcome("PERSONALIZE", "thank")).toEqual({ kind: "refuse", message: "Only someone you sent an invitation to can accept it." });
    expect(dropOutcome("READY", "thank")).toEqual({ kind: "refuse", message: "Only someone you sent an invitation to can accept it." });
  });

  it("refuses taking an accepted contact back a step", () => {
    const message = "They have already accepted your invitation: there is nothing left to write or send.";
    expect(dropOutcome("CONNECTED", "send")).toEqual({ kind: "refuse", message });
    expect(dropOutcome("THANKED", "send")).toEqual({ kind: "refuse", message });
    expect(dropOutcome("CONNECTED", "personalize")).toEqual({ kind: "refuse", message });
  });

  it("ignores an unknown column", () => {
    expect(dropOutcome("READY", "elsewhere" as never)).toEqual({ kind: "none" });
  });
});

describe("cardActions", () => {
  const labels = (stage: Stage, hasDraft = false) => cardActions({ id: "c1", stage, hasDraft }).map((action) => action.label);

  it("offers the next sensible steps for each stage", () => {
    expect(labels("PERSONALIZE")).toEqual(["Ready to send", "Write invitation"]);
    expect(labels("SENT")).toEqual(["Mark as accepted", "Withdraw"]);
    expect(labels("CONNECTED")).toEqual(["Write thank-you"]);
    expect(labels("THANKED")).toEqual(["Undo thank-you"]);
  });

  it("offers Mark as sent only when there is a draft to send", () => {
    expect(labels("READY", true)).toEqual(["Mark as sent", "Back to Personalize"]);
    expect(labels("READY", false)).toEqual(["Write invitation", "Back to Personalize"]);
    expect(cardActions({ id: "c1", stage: "READY", hasDraft: true })[0]).toEqual({ kind: "move", to: "SENT", label: "Mark as sent" });
  });

  it("links to the composers", () => {
    expect(cardActions({ id: "c1", stage: "READY", hasDraft: false })[0]).toEqual({ kind: "link", href: "/contacts/c1/invite", label: "Write invitation" });
    expect(cardActions({ id: "c1", stage: "CONNECTED", hasDraft: false })[0]).toEqual({ kind: "link", href: "/contacts/c1/thank", label: "Write thank-you" });
  });

  it("never offers a move that canMove refuses without more context", () => {
    for (const stage of ["PERSONALIZE", "READY", "SENT", "CONNECTED", "THANKED"] as Stage[]) {
      for (const action of cardActions({ id: "c1", stage, hasDraft: true })) {
        if (action.kind === "move") expect(dropOutcome(stage, columnOf(action.to).id).kind).not.toBe("refuse");
      }
    }
  });
});

describe("undoMove", () => {
  it("undoes plain stage changes", () => {
    expect(undoMove("PERSONALIZE", "READY")).toBe("PERSONALIZE");
    expect(undoMove("READY", "PERSONALIZE")).toBe("READY");
  });

  it("does not offer to undo a send, an acceptance, a withdrawal or an undone thank-you", () => {
    expect(undoMove("READY", "SENT")).toBeNull();
    expect(undoMove("SENT", "CONNECTED")).toBeNull();
    expect(undoMove("SENT", "READY")).toBeNull();
    expect(undoMove("THANKED", "CONNECTED")).toBeNull();
  });
});

describe("waitingText", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  it("counts whole days in the stage", () => {
    expect(waitingText(new Date("2026-11-26T01:00:00Z"), now, "UTC")).toBe("Waiting since today");
    expect(waitingText(new Date("2026-11-25T11:00:00Z"), now, "UTC")).toBe("Waiting 1 day");
    expect(waitingText(new Date("2026-11-21T12:00:00Z"), now, "UTC")).toBe("Waiting 5 days");
  });
  it("counts calendar days where the user is, as /today does", () => {
    // 23:30 on the 25th in Los Angeles is the 26th in UTC: a day of waiting there, none in UTC.
    const lateEvening = new Date("2026-11-26T07:30:00Z");
    expect(waitingText(lateEvening, now, "America/Los_Angeles")).toBe("Waiting 1 day");
    expect(waitingText(lateEvening, now, "UTC")).toBe("Waiting since today");
  });
  it("treats a date a little in the future (clock skew) as today", () => {
    expect(waitingText(new Date("2026-11-26T12:00:05Z"), now, "UTC")).toBe("Waiting since today");
  });
});

describe("compareCards", () => {
  it("orders by stage in pipeline order, then the most recent first", () => {
    const card = (id: string, stage: Stage, at: string) => ({ id, stage, stageChangedAt: new Date(at) });
    const cards = [card("a", "SENT", "2026-11-20"), card("b", "READY", "2026-11-01"), card("c", "SENT", "2026-11-25"), card("d", "READY", "2026-11-10")];
    expect(cards.sort(compareCards).map((c) => c.id)).toEqual(["d", "b", "c", "a"]);
  });
});

describe("filters", () => {
  it("reads tag and event like the contact list, ignoring anything else or malformed", () => {
    expect(parseBoardFilters({ tag: " design ", event: "evt1", stage: "SENT", q: "x" })).toEqual({ tag: "design", event: "evt1" });
    expect(parseBoardFilters({ tag: ["a", "b"], event: "x".repeat(100) })).toEqual({ tag: "a", event: undefined });
    expect(parseBoardFilters({})).toEqual({ tag: undefined, event: undefined });
  });

  it("builds short URLs", () => {
    expect(boardHref({})).toBe("/pipeline");
    expect(boardHref({ tag: "a b", event: "e1" })).toBe("/pipeline?tag=a+b&event=e1");
  });
});

describe("howYouMet", () => {
  const metOn = new Date("2026-11-12T00:00:00Z");
  it("names the event, or else the kind of encounter, with the day", () => {
    expect(howYouMet({ eventName: "Health Tech Meetup", kind: "EVENT", metOn, context: "" })).toEqual({ summary: "Health Tech Meetup · 12 Nov 2026", context: null });
    expect(howYouMet({ eventName: null, kind: "COLLEAGUE", metOn, context: "  Worked on\nbilling " })).toEqual({ summary: "Colleague · 12 Nov 2026", context: "Worked on billing" });
  });
  it("cuts what you talked about to a line", () => {
    const met = howYouMet({ eventName: null, kind: "OTHER", metOn, context: "word ".repeat(40) });
    expect(met?.context).toHaveLength(80);
    expect(met?.context?.endsWith("…")).toBe(true);
  });
  it("is null without an encounter", () => {
    expect(howYouMet(null)).toBeNull();
  });
});

describe("columnJump", () => {
  // Three columns side by side, 300 wide and 600 tall, 20 apart; a card 280 × 150 in the first.
  const side = new Map([
    ["personalize", { left: 0, top: 100, width: 300, height: 600 }],
    ["send", { left: 320, top: 100, width: 300, height: 600 }],
    ["thank", { left: 640, top: 100, width: 300, height: 600 }],
  ] as const);
  const card = { left: 10, top: 200, width: 280, height: 150 };

  it("centres the card in the next or previous column at the same height", () => {
    expect(columnJump(card, side, "personalize", 1)).toEqual({ x: 330, y: 200 });
    expect(columnJump({ ...card, left: 330 }, side, "send", 1)).toEqual({ x: 650, y: 200 });
    expect(columnJump({ ...card, left: 650 }, side, "thank", -1)).toEqual({ x: 330, y: 200 });
  });

  it("stays put at either end of the board", () => {
    expect(columnJump(card, side, "personalize", -1)).toBeUndefined();
    expect(columnJump({ ...card, left: 650 }, side, "thank", 1)).toBeUndefined();
  });

  it("finds the column under the card when none is known", () => {
    expect(columnJump({ ...card, left: 330 }, side, null, 1)).toEqual({ x: 650, y: 200 });
    expect(columnJump({ ...card, left: 2000 }, side, null, 1)).toBeUndefined();
  });

  it("moves down to the next column when they are stacked, keeping the card inside it", () => {
    const stacked = new Map([
      ["personalize", { left: 0, top: 0, width: 340, height: 400 }],
      ["send", { left: 0, top: 420, width: 340, height: 100 }],
      ["thank", { left: 0, top: 540, width: 340, height: 800 }],
    ] as const);
    const phoneCard = { left: 10, top: 50, width: 320, height: 150 };
    expect(columnJump(phoneCard, stacked, "personalize", 1)).toEqual({ x: 10, y: 420 });
    expect(columnJump({ ...phoneCard, top: 420 }, stacked, "send", 1)).toEqual({ x: 10, y: 540 });
    expect(columnJump({ ...phoneCard, top: 1300 }, stacked, "thank", -1)).toEqual({ x: 10, y: 420 });
  });
});

describe("cardWaiting", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  const card = { stageChangedAt: now, createdAt: now, connectedAt: null, metOn: null } as const;
  it("counts a card not invited yet from the meeting, not from its capture", () => {
    const metTwoWeeksAgo = { ...card, stage: "PERSONALIZE" as const, metOn: new Date("2026-11-12T00:00:00Z") };
    expect(cardWaiting(metTwoWeeksAgo, now, "UTC")).toEqual({ text: "Waiting 14 days", dateTime: "2026-11-12", title: "Since you met on 12 Nov 2026" });
    expect(cardWaiting({ ...metTwoWeeksAgo, stage: "READY" }, now, "UTC").text).toBe("Waiting 14 days");
  });
  it("says “Added today” for a card added today with no meeting", () => {
    expect(cardWaiting({ ...card, stage: "PERSONALIZE" }, now, "UTC").text).toBe("Added today");
    const movedBackToday = { ...card, stage: "PERSONALIZE" as const, createdAt: new Date("2026-11-01T12:00:00Z") };
    expect(cardWaiting(movedBackToday, now, "UTC").text).toBe("Waiting since today");
  });
  it("counts a thank-you owed from the acceptance, and a sent invitation from its sending", () => {
    const acceptedEarlier = { ...card, stage: "CONNECTED" as const, connectedAt: new Date("2026-11-20T12:00:00Z") };
    expect(cardWaiting(acceptedEarlier, now, "UTC").text).toBe("Waiting 6 days");
    const sent = { ...card, stage: "SENT" as const, stageChangedAt: new Date("2026-11-23T12:00:00Z"), metOn: new Date("2026-10-01T00:00:00Z") };
    expect(cardWaiting(sent, now, "UTC").text).toBe("Waiting 3 days");
  });
});

describe("nextStepText", () => {
  it("says the next step and its day, short within the year", () => {
    expect(nextStepText({ on: new Date("2026-12-11T00:00:00Z"), note: "Short call" }, "2026-11-26")).toBe("Next: Short call · 11 Dec");
    expect(nextStepText({ on: new Date("2027-01-08T00:00:00Z"), note: null }, "2026-11-26")).toBe("Next: Follow up · 8 Jan 2027");
    expect(nextStepText(null, "2026-11-26")).toBe("No follow-up scheduled");
  });
  it("keeps the day as stored (a calendar day), whatever the timezone", () => {
    expect(shortDay(new Date("2026-12-11T00:00:00Z"), "2026-12-01")).toBe("11 Dec");
  });
});
