// Where this device keeps a thank-you draft that has not reached the server yet (offline, a crash), in the format of
// the invitation's local copy (lib/invitations/local-draft.ts); the server's draft is what follows the user elsewhere.

/** One entry per user and contact, apart from the invitation draft's. */
export function thankYouDraftKey(userId: string, contactId: string): string {
  return `rapport:thank-you-draft:${userId}:${contactId}`;
}
