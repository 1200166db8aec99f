import { describe, expect, it } from "vitest";
import { saveCaptureDraft, takeCaptureDraft } from "./draft";

function memoryStore() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

describe("the capture draft kept while creating an event", () => {
  it("gives back what was typed once, then nothing", () => {
    const store = memoryStore();
    saveCaptureDraft(store, { firstName: "Carla", lastName: "", context: "Design ops", metOn: "2026-11-25" }, 1_000);
    expect(takeCaptureDraft(store, 2_000)).toEqual({ firstName: "Carla", context: "Design ops", metOn: "2026-11-25" });
    expect(takeCaptureDraft(store, 3_000)).toBeNull();
  });

  it("drops a draft older than an hour, and keeps nothing for an empty form", () => {
    const store = memoryStore();
    saveCaptureDraft(store, { firstName: "Carla" }, 0);
    expect(takeCaptureDraft(store, 61 * 60 * 1000)).toBeNull();
    saveCaptureDraft(store, { firstName: "" }, 0);
    expect(store.items.size).toBe(0);
  });

  it("survives a browser that refuses storage or holds something unreadable", () => {
    const refusing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); }, removeItem: () => {} };
    expect(() => saveCaptureDraft(refusing, { firstName: "Carla" }, 0)).not.toThrow();
    expect(takeCaptureDraft(refusing, 0)).toBeNull();
    const store = memoryStore();
    store.setItem("rapport:capture-draft", "{not json");
    expect(takeCaptureDraft(store, 0)).toBeNull();
    expect(takeCaptureDraft(null, 0)).toBeNull();
  });
});
