// The thank-you being written, kept in the browser's localStorage until it is marked as sent (there is no server
// draft: a thank-you is written and sent in one sitting). Stored like the invitation's local draft.
export { clearLocalDraft, readLocalDraft, writeLocalDraft } from "@/lib/invitations/local-draft";

/** One entry per user and contact, apart from the invitation draft's. */
export function thankYouDraftKey(userId: string, contactId: string): string {
  return `rapport:thank-you-draft:${userId}:${contactId}`;
}
