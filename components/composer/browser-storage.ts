// The browser's localStorage for the composers' local drafts, or null where it is disabled (private mode, a policy).
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
