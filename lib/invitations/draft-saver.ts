// The composer's autosave, outside React so its timing can be tested: every change is kept locally at once and
// saved to the server once typing pauses; one save runs at a time, and when the server cannot be reached the text
// stays local and the save is retried, waiting longer each time.
import type { Claim } from "@/lib/invitations/facts";
import type { LocalDraft } from "@/lib/invitations/local-draft";

/** "idle": nothing to save yet. "saving" covers a change waiting for the pause as well as a save on its way. */
export type SaveStatus = "idle" | "saving" | "saved" | "failed";
export type SaveState = { status: SaveStatus; savedAt: string | null; refusal: string | null };
export type SaveResult = { ok: true; savedAt: string } | { ok: false; message: string };

export type DraftSaverOptions = {
  save: (message: string, claim: Claim | null) => Promise<SaveResult>;
  local: { write: (draft: LocalDraft) => void; clear: () => void };
  initial: SaveState;
  debounceMs?: number;
  retryMinMs?: number;
  retryMaxMs?: number;
  now?: () => number;
};

type Timer = ReturnType<typeof setTimeout>;

export class DraftSaver {
  private state: SaveState;
  private readonly listeners = new Set<() => void>();
  private latest: { message: string; claim: Claim | null } | null = null;
  private revision = 0;
  private savedRevision = 0;
  private inFlight = false;
  private stopped = false;
  private detached = false;
  private debounceTimer: Timer | undefined;
  private retryTimer: Timer | undefined;
  private retryDelay: number;
  private readonly options: Required<DraftSaverOptions>;

  constructor(options: DraftSaverOptions) {
    this.options = { debounceMs: 800, retryMinMs: 2_000, retryMaxMs: 30_000, now: () => Date.now(), ...options };
    this.state = options.initial;
    this.retryDelay = this.options.retryMinMs;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SaveState => this.state;

  /** Whether some text has not reached the server yet. */
  get unsaved(): boolean {
    return this.revision !== this.savedRevision;
  }

  change(message: string, claim: Claim | null): void {
    if (this.stopped) return;
    this.revision += 1;
    this.latest = { message, claim };
    this.options.local.write({ message, claim, editedAt: this.options.now() });
    clearTimeout(this.retryTimer);
    this.retryDelay = this.options.retryMinMs;
    this.set({ status: "saving", refusal: null });
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.flush(), this.options.debounceMs);
  }

  /** Saves now (on blur, when the page is hidden, on "retry"); a save already on its way is followed by another. */
  async flush(): Promise<void> {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    if (this.stopped || this.inFlight || !this.latest || !this.unsaved) return;
    this.inFlight = true;
    const revision = this.revision;
    const { message, claim } = this.latest;
    this.set({ status: "saving" });
    let result: SaveResult | null;
    try {
      result = await this.options.save(message, claim);
    } catch {
      result = null; // The request never got an answer: offline, or the server is down.
    }
    this.inFlight = false;
    if (this.stopped) return;
    if (result?.ok) {
      this.savedRevision = Math.max(this.savedRevision, revision);
      this.retryDelay = this.options.retryMinMs;
      if (this.unsaved) return this.flush();
      this.options.local.clear();
      this.set({ status: "saved", savedAt: result.savedAt, refusal: null });
    } else if (result) {
      // The server said no (the invitation was sent from another tab): retrying will not change its mind.
      this.set({ status: "failed", refusal: result.message });
    } else {
      this.set({ status: "failed", refusal: null });
      if (this.detached) return;
      this.retryTimer = setTimeout(() => void this.flush(), this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, this.options.retryMaxMs);
    }
  }

  retryNow(): Promise<void> {
    this.retryDelay = this.options.retryMinMs;
    return this.flush();
  }

  /** After sending: nothing more to save, and the local copy is no longer needed. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    this.options.local.clear();
  }

  /** The composer is on screen: failed saves are retried. */
  attach(): void {
    this.detached = false;
  }

  /** The composer left the screen: one last save of what is unsaved, no retries after it; the local copy stays. */
  detach(): void {
    this.detached = true;
    void this.flush();
  }

  private set(next: Partial<SaveState>): void {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener();
  }
}
