import { describe, expect, it } from "vitest";
import { acceptingReceived, canMove, STAGE_ACTIVITY, STAGES, type StageMove } from "./stage";
import type { Stage } from "@/lib/generated/prisma/enums";

const ALLOWED: [Stage, Stage][] = [
  ["PERSONALIZE", "READY"],
  ["READY", "PERSONALIZE"],
  ["PERSONALIZE", "SENT"],
  ["READY", "SENT"],
  ["SENT", "CONNECTED"],
  ["SENT", "READY"],
  ["SENT", "PERSONALIZE"],
  ["CONNECTED", "THANKED"],
  ["THANKED", "CONNECTED"],
];

const REFUSED: [Stage, Stage, string][] = [
  ["PERSONALIZE", "PERSONALIZE", "This contact is already in “Personalize”."],
  ["READY", "READY", "This contact is already in “Ready to send”."],
  ["SENT", "SENT", "This contact is already in “Sent”."],
  ["CONNECTED", "CONNECTED", "This contact is already in “Needs a thank-you”."],
  ["THANKED", "THANKED", "This contact is already in “Thanked”."],
  ["PERSONALIZE", "CONNECTED", "Only someone you sent an invitation to can accept it."],
  ["READY", "CONNECTED", "Only someone you sent an invitation to can accept it."],
  ["PERSONALIZE", "THANKED", "Only someone who has accepted can be thanked."],
  ["READY", "THANKED", "Only someone who has accepted can be thanked."],
  ["SENT", "THANKED", "Only someone who has accepted can be thanked."],
  ["CONNECTED", "SENT", "They have already accepted: the invitation cannot be sent again."],
  ["THANKED", "SENT", "They have already accepted: the invitation cannot be sent again."],
  ["CONNECTED", "PERSONALIZE", "They have already accepted your invitation: there is nothing left to write or send."],
  ["CONNECTED", "READY", "They have already accepted your invitation: there is nothing left to write or send."],
  ["THANKED", "PERSONALIZE", "They have already accepted your invitation: there is nothing left to write or send."],
  ["THANKED", "READY", "They have already accepted your invitation: there is nothing left to write or send."],
];

const everything = { hasInvitation: true, hasThankYou: true };

describe("canMove", () => {
  it("covers every pair of stages exactly once", () => {
    const pairs = [...ALLOWED, ...REFUSED].map(([from, to]) => `${from}->${to}`);
    expect(new Set(pairs).size).toBe(25);
    expect(pairs).toHaveLength(STAGES.length * STAGES.length);
  });

  it("lists the stages in pipeline order", () => {
    expect(STAGES).toEqual(["PERSONALIZE", "READY", "SENT", "CONNECTED", "THANKED"]);
  });

  it.each(ALLOWED)("allows %s → %s", (from, to) => {
    expect(canMove(from, to, everything)).toEqual({ ok: true });
  });

  it.each(REFUSED)("refuses %s → %s with a sentence", (from, to, message) => {
    expect(canMove(from, to, everything)).toEqual({ ok: false, message });
    expect(canMove(from, to)).toEqual({ ok: false, message });
  });

  it.each([
    ["PERSONALIZE", "SENT"],
    ["READY", "SENT"],
  ] as const)("refuses %s → %s without an invitation", (from, to) => {
    expect(canMove(from, to)).toEqual({ ok: false, message: "Write the invitation before marking it as sent." });
    expect(canMove(from, to, { hasThankYou: true })).toMatchObject({ ok: false });
  });

  it("refuses CONNECTED → THANKED without a thank-you", () => {
    expect(canMove("CONNECTED", "THANKED")).toEqual({ ok: false, message: "Write the thank-you before marking it as sent." });
    expect(canMove("CONNECTED", "THANKED", { hasInvitation: true })).toMatchObject({ ok: false });
  });

  it.each(ALLOWED.filter(([, to]) => to !== "SENT" && to !== "THANKED"))("allows %s → %s without anything else", (from, to) => {
    expect(canMove(from, to)).toEqual({ ok: true });
  });
});

describe("STAGE_ACTIVITY", () => {
  it("records exactly the allowed moves", () => {
    expect(Object.keys(STAGE_ACTIVITY).sort()).toEqual(ALLOWED.map(([from, to]) => `${from}->${to}`).sort());
  });

  it.each([
    ["PERSONALIZE->SENT", "INVITE_SENT"],
    ["READY->SENT", "INVITE_SENT"],
    ["SENT->CONNECTED", "INVITE_ACCEPTED"],
    ["CONNECTED->THANKED", "THANK_YOU_SENT"],
    ["PERSONALIZE->READY", "STAGE_CHANGED"],
    ["READY->PERSONALIZE", "STAGE_CHANGED"],
    ["SENT->READY", "STAGE_CHANGED"],
    ["SENT->PERSONALIZE", "STAGE_CHANGED"],
    ["THANKED->CONNECTED", "STAGE_CHANGED"],
  ] as [StageMove, string][])("%s records %s", (move, kind) => {
    expect(STAGE_ACTIVITY[move]?.kind).toBe(kind);
    expect(STAGE_ACTIVITY[move]?.body).toMatch(/\.$/);
  });
});

describe("the acceptance's day", () => {
  const acceptance = (on: string) => ({ acceptance: { on, today: "2026-12-10", sentOn: "2026-11-20" } });
  it("may be any day from the sending to today", () => {
    expect(canMove("SENT", "CONNECTED", acceptance("2026-12-10"))).toEqual({ ok: true });
    expect(canMove("SENT", "CONNECTED", acceptance("2026-12-03"))).toEqual({ ok: true });
    expect(canMove("SENT", "CONNECTED", acceptance("2026-11-20"))).toEqual({ ok: true });
  });
  it("is refused after today, before the invitation went out, or when it is not a day", () => {
    expect(canMove("SENT", "CONNECTED", acceptance("2026-12-11"))).toEqual({
      ok: false,
      message: "They cannot have accepted after today (10 Dec 2026): choose today or an earlier day.",
    });
    expect(canMove("SENT", "CONNECTED", acceptance("2026-11-19"))).toEqual({
      ok: false,
      message: "You sent the invitation on 20 Nov 2026: choose that day or a later one.",
    });
    expect(canMove("SENT", "CONNECTED", acceptance("2026-02-30"))).toEqual({ ok: false, message: "Choose the day they accepted, such as 2026-12-10." });
  });
  it("is only bounded by today when the sending day is unknown", () => {
    expect(canMove("SENT", "CONNECTED", { acceptance: { on: "2020-01-01", today: "2026-12-10", sentOn: null } })).toEqual({ ok: true });
  });
  it("does not make a refused move allowed", () => {
    expect(canMove("READY", "CONNECTED", acceptance("2026-12-10"))).toEqual({ ok: false, message: "Only someone you sent an invitation to can accept it." });
  });
});

describe("acceptingReceived", () => {
  it("connects anyone not yet connected, so a thank-you is owed; leaves the connected where they are", () => {
    for (const from of ["PERSONALIZE", "READY", "SENT"] as const) {
      expect(acceptingReceived(from)).toEqual({ to: "CONNECTED", kind: "INVITE_ACCEPTED", body: "You accepted their invitation." });
    }
    expect(acceptingReceived("CONNECTED")).toBeNull();
    expect(acceptingReceived("THANKED")).toBeNull();
  });
});
