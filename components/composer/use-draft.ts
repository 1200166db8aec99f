"use client";
// A composer's draft, as both composers keep it: saved to the server as it is typed (so it follows the user to
// another device), with a copy in this browser's storage for when the server cannot be reached; text typed here that
// never reached the server comes back after a reload, and a newer save from another device wins over an old copy.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Claim } from "@/lib/invitations/facts";
import { DraftSaver, type SaveResult } from "@/lib/invitations/draft-saver";
import { clearLocalDraft, newerLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft } from "@/lib/invitations/local-draft";
import { browserStorage } from "@/components/composer/browser-storage";

type Options = {
  /** This user's and contact's entry in localStorage. */
  storageKey: string;
  /** The server's draft when the page was rendered. */
  draft: { message: string; claim: Claim | null; updatedAt: Date } | null;
  save: (message: string, claim: Claim | null) => Promise<SaveResult>;
  /** Puts this device's newer text back in the composer. */
  onRestore: (local: LocalDraft) => void;
};

export function useDraft({ storageKey, draft, save, onRestore }: Options) {
  const [restored, setRestored] = useState(false);
  const [saver] = useState(
    () =>
      new DraftSaver({
        save,
        local: {
          write: (entry) => void writeLocalDraft(browserStorage(), storageKey, entry),
          clear: () => clearLocalDraft(browserStorage(), storageKey),
        },
        initial: { status: draft ? "saved" : "idle", savedAt: draft?.updatedAt.toISOString() ?? null, refusal: null },
      }),
  );
  const saveState = useSyncExternalStore(saver.subscribe, saver.getState, saver.getState);

  const restoreChecked = useRef(false);
  useEffect(() => {
    if (restoreChecked.current) return;
    restoreChecked.current = true;
    const server = draft && { message: draft.message, claim: draft.claim, updatedAt: draft.updatedAt.getTime() };
    const local = newerLocalDraft(server, readLocalDraft(browserStorage(), storageKey));
    if (!local) return;
    // Reading localStorage is only possible after hydration, so this state is set in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(true);
    onRestore(local);
    saver.change(local.message, local.claim);
  }, [draft, onRestore, saver, storageKey]);

  // Save when the user leaves: the tab is hidden, the page is closed, or the composer unmounts.
  useEffect(() => {
    saver.attach();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") void saver.flush();
    };
    const onPageHide = () => void saver.flush();
    const onOnline = () => void saver.retryNow();
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("online", onOnline);
      saver.detach();
    };
  }, [saver]);

  return { saver, saveState, restored };
}
