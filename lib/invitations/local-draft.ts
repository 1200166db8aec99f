// The copy of an unsaved draft kept in the browser's localStorage, so text typed while Rapport cannot be reached
// survives a reload or a crash. Only unsaved edits are kept: the entry is removed once the server has the text.
import type { Claim } from "@/lib/invitations/facts";
import { CLAIMS } from "@/lib/invitations/schema";

export type LocalDraft = { message: string; claim: Claim | null; editedAt: number };
export type ServerDraft = { message: string; claim: Claim | null; updatedAt: number };

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** One entry per user and contact: two accounts in one browser never see each other's drafts. */
export function localDraftKey(userId: string, contactId: string): string {
  return `rapport:invitation-draft:${userId}:${contactId}`;
}

export function readLocalDraft(store: Store | null, key: string): LocalDraft | null {
  let raw: string | null = null;
  try {
    raw = store?.getItem(key) ?? null;
  } catch {
    return null; // Storage disabled (private mode, a policy): there is simply no local copy.
  }
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    const { message, claim, editedAt } = value as Record<string, unknown>;
    if (typeof message !== "string" || typeof editedAt !== "number" || !Number.isFinite(editedAt)) return null;
    const knownClaim = CLAIMS.find((candidate) => candidate === claim) ?? null;
    return { message, claim: knownClaim, editedAt };
  } catch {
    return null;
  }
}

/** Returns false when the browser refuses (storage full or disabled); the server save is then the only copy. */
export function writeLocalDraft(store: Store | null, key: string, draft: LocalDraft): boolean {
  try {
    store?.setItem(key, JSON.stringify(draft));
    return Boolean(store);
  } catch {
    return false;
  }
}

export function clearLocalDraft(store: Store | null, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing to clear where storage is disabled.
  }
}

/**
 * Which text the composer opens with: the local copy when it was edited after the server's draft was saved (the
 * last save never arrived), else the server's draft. A second device's newer save wins over an old local copy.
 */
export function newerLocalDraft(server: ServerDraft | null, local: LocalDraft | null): LocalDraft | null {
  if (!local) return null;
  if (server && local.editedAt <= server.updatedAt) return null;
  if (server && local.message === server.message && local.claim === server.claim) return null;
  return local;
}
