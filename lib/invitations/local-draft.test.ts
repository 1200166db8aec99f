import { describe, expect, it } from "vitest";
import { clearLocalDraft, localDraftKey, newerLocalDraft, readLocalDraft, writeLocalDraft } from "./local-draft";

function memoryStore() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const brokenStore = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
  removeItem: () => {
    throw new Error("SecurityError");
  },
};

describe("local drafts", () => {
  const key = localDraftKey("user-1", "contact-1");

  it("keys by user and contact", () => {
    expect(key).toBe("rapport:invitation-draft:user-1:contact-1");
    expect(localDraftKey("user-2", "contact-1")).not.toBe(key);
  });

  it("writes, reads back and clears a draft", () => {
    const store = memoryStore();
    const draft = { message: "Hi Colleen", claim: "FRIEND" as const, editedAt: 1_700_000_000_000 };
    expect(writeLocalDraft(store, key, draft)).toBe(true);
    expect(readLocalDraft(store, key)).toEqual(draft);
    clearLocalDraft(store, key);
    expect(readLocalDraft(store, key)).toBeNull();
  });

  it("ignores entries it did not write", () => {
    const store = memoryStore();
    for (const raw of ["not json", "null", "42", JSON.stringify({ message: 1, editedAt: 1 }), JSON.stringify({ message: "x" })]) {
      store.items.set(key, raw);
      expect(readLocalDraft(store, key)).toBeNull();
    }
    store.items.set(key, JSON.stringify({ message: "x", claim: "BEST_FRIEND", editedAt: 5 }));
    expect(readLocalDraft(store, key)).toEqual({ message: "x", claim: null, editedAt: 5 });
  });

  it("survives a browser that refuses storage", () => {
    expect(writeLocalDraft(brokenStore, key, { message: "x", claim: null, editedAt: 1 })).toBe(false);
    expect(readLocalDraft(brokenStore, key)).toBeNull();
    expect(() => clearLocalDraft(brokenStore, key)).not.toThrow();
    expect(writeLocalDraft(null, key, { message: "x", claim: null, editedAt: 1 })).toBe(false);
  });
});

describe("newerLocalDraft", () => {
  const server = { message: "Hi Colleen", claim: null, updatedAt: 2_000 };

  it("restores a local copy edited after the server's draft", () => {
    const local = { message: "Hi Colleen, great", claim: null, editedAt: 3_000 };
    expect(newerLocalDraft(server, local)).toEqual(local);
    expect(newerLocalDraft(null, local)).toEqual(local);
  });

  it("keeps the server's draft when it is newer, the same, or there is no local copy", () => {
    expect(newerLocalDraft(server, { message: "Old text", claim: null, editedAt: 1_000 })).toBeNull();
    expect(newerLocalDraft(server, { message: "Hi Colleen", claim: null, editedAt: 3_000 })).toBeNull();
    expect(newerLocalDraft(server, null)).toBeNull();
  });
});
