import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DraftSaver, type SaveResult } from "./draft-saver";
import type { LocalDraft } from "./local-draft";

type Call = { message: string; claim: string | null; resolve: (result: SaveResult) => void; reject: (error: Error) => void };

function setup(initial: "idle" | "saved" = "idle") {
  const calls: Call[] = [];
  const local: { current: LocalDraft | null } = { current: null };
  const saver = new DraftSaver({
    save: (message, claim) => new Promise<SaveResult>((resolve, reject) => calls.push({ message, claim, resolve, reject })),
    local: { write: (draft) => void (local.current = draft), clear: () => void (local.current = null) },
    initial: { status: initial, savedAt: null, refusal: null },
    debounceMs: 800,
    retryMinMs: 2_000,
    retryMaxMs: 8_000,
    now: () => Date.now(),
  });
  return { saver, calls, local };
}

async function settle() {
  await vi.advanceTimersByTimeAsync(0);
}

describe("DraftSaver", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-26T12:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("keeps each change locally at once and saves once typing pauses", async () => {
    const { saver, calls, local } = setup();
    saver.change("H", null);
    saver.change("Hi", null);
    expect(local.current).toEqual({ message: "Hi", claim: null, editedAt: Date.parse("2026-11-26T12:00:00Z") });
    expect(saver.getState().status).toBe("saving");
    await vi.advanceTimersByTimeAsync(799);
    expect(calls).toHaveLength(0);
    saver.change("Hi Colleen", "FRIEND");
    await vi.advanceTimersByTimeAsync(799);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((call) => [call.message, call.claim])).toEqual([["Hi Colleen", "FRIEND"]]);
    calls[0]?.resolve({ ok: true, savedAt: "2026-11-26T12:00:01.000Z" });
    await settle();
    expect(saver.getState()).toEqual({ status: "saved", savedAt: "2026-11-26T12:00:01.000Z", refusal: null });
    expect(local.current).toBeNull();
    expect(saver.unsaved).toBe(false);
  });

  it("runs one save at a time and saves what was typed meanwhile right after", async () => {
    const { saver, calls, local } = setup();
    saver.change("Hi", null);
    void saver.flush();
    saver.change("Hi Colleen", null);
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toHaveLength(1);
    calls[0]?.resolve({ ok: true, savedAt: "t1" });
    await settle();
    expect(calls.map((call) => call.message)).toEqual(["Hi", "Hi Colleen"]);
    expect(saver.getState().status).toBe("saving");
    expect(local.current?.message).toBe("Hi Colleen");
    calls[1]?.resolve({ ok: true, savedAt: "t2" });
    await settle();
    expect(saver.getState()).toMatchObject({ status: "saved", savedAt: "t2" });
    expect(local.current).toBeNull();
  });

  it("saves at once on flush, and does nothing when everything is saved", async () => {
    const { saver, calls } = setup("saved");
    await saver.flush();
    expect(calls).toHaveLength(0);
    saver.change("Hi", null);
    void saver.flush();
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(1);
  });

  it("keeps the text locally and retries, waiting longer each time, when the server cannot be reached", async () => {
    const { saver, calls, local } = setup();
    saver.change("Hi Colleen", null);
    await vi.advanceTimersByTimeAsync(800);
    calls[0]?.reject(new Error("Failed to fetch"));
    await settle();
    expect(saver.getState()).toEqual({ status: "failed", savedAt: null, refusal: null });
    expect(local.current?.message).toBe("Hi Colleen");
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toHaveLength(2);
    calls[1]?.reject(new Error("Failed to fetch"));
    await settle();
    await vi.advanceTimersByTimeAsync(3_999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    calls[2]?.resolve({ ok: true, savedAt: "t3" });
    await settle();
    expect(saver.getState().status).toBe("saved");
    expect(local.current).toBeNull();
  });

  it("retries at once on request", async () => {
    const { saver, calls } = setup();
    saver.change("Hi", null);
    await vi.advanceTimersByTimeAsync(800);
    calls[0]?.reject(new Error("offline"));
    await settle();
    void saver.retryNow();
    expect(calls).toHaveLength(2);
  });

  it("shows a refusal and does not retry it on its own", async () => {
    const { saver, calls, local } = setup();
    saver.change("Hi", null);
    await vi.advanceTimersByTimeAsync(800);
    calls[0]?.resolve({ ok: false, message: "This invitation was already marked as sent." });
    await settle();
    expect(saver.getState()).toEqual({ status: "failed", savedAt: null, refusal: "This invitation was already marked as sent." });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    expect(local.current?.message).toBe("Hi");
  });

  it("after stop, saves nothing more and forgets the local copy", async () => {
    const { saver, calls, local } = setup();
    saver.change("Hi", null);
    saver.stop();
    expect(local.current).toBeNull();
    saver.change("Hi again", null);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(0);
    expect(local.current).toBeNull();
  });

  it("saves what is unsaved when the composer leaves, without retrying after", async () => {
    const { saver, calls, local } = setup();
    saver.attach();
    saver.change("Hi", null);
    saver.detach();
    expect(calls).toHaveLength(1);
    calls[0]?.reject(new Error("offline"));
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    expect(local.current?.message).toBe("Hi");
  });

  it("tells subscribers about each change of state", async () => {
    const { saver, calls } = setup();
    const seen: string[] = [];
    const unsubscribe = saver.subscribe(() => seen.push(saver.getState().status));
    saver.change("Hi", null);
    await vi.advanceTimersByTimeAsync(800);
    calls[0]?.resolve({ ok: true, savedAt: "t" });
    await settle();
    unsubscribe();
    saver.change("Hi!", null);
    expect(seen).toEqual(["saving", "saving", "saved"]);
  });
});
