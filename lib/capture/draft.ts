// The person being typed into quick capture, kept in the tab's sessionStorage while "New event"
// takes the user to the event form, so they come back to what they typed (with the new event
// selected) instead of an empty form. Taken once and removed; an hour-old copy is stale and dropped.
type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const KEY = "rapport:capture-draft";
const STALE_MS = 60 * 60 * 1000;
/** The fields that describe the person and the meeting; the event comes back in the address instead. */
export const CAPTURE_DRAFT_FIELDS = ["firstName", "lastName", "context", "company", "linkedinUrl", "metOn"] as const;

export type CaptureDraft = Partial<Record<(typeof CAPTURE_DRAFT_FIELDS)[number], string>>;

/** Keeps what was typed; nothing is kept when nothing was typed, or when the browser refuses storage. */
export function saveCaptureDraft(store: Store | null, values: CaptureDraft, at: number): void {
  const draft: CaptureDraft = {};
  for (const field of CAPTURE_DRAFT_FIELDS) if (values[field]) draft[field] = values[field];
  try {
    if (Object.keys(draft).length) store?.setItem(KEY, JSON.stringify({ savedAt: at, draft }));
  } catch {
    // Storage disabled (private mode, a policy): the form comes back empty, as it did before.
  }
}

/** The kept draft, removed as it is read, so a later visit to /capture starts empty. */
export function takeCaptureDraft(store: Store | null, at: number): CaptureDraft | null {
  let raw: string | null = null;
  try {
    raw = store?.getItem(KEY) ?? null;
    store?.removeItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const { savedAt, draft } = JSON.parse(raw) as { savedAt?: unknown; draft?: Record<string, unknown> };
    if (typeof savedAt !== "number" || at - savedAt > STALE_MS || typeof draft !== "object" || draft === null) return null;
    const kept: CaptureDraft = {};
    for (const field of CAPTURE_DRAFT_FIELDS) if (typeof draft[field] === "string") kept[field] = draft[field];
    return kept;
  } catch {
    return null;
  }
}
