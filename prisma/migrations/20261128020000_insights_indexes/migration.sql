-- /insights counts in PostgreSQL, one aggregate per panel (lib/insights/queries.ts). These indexes hold every column
-- those aggregates read, so that even at 50,000 contacts and 100,000 invitations they are index-only scans of one
-- user's rows (tests/integration/insights-plans.test.ts checks the plans).

-- Received and sent invitations of a period: class (flags), status, score; who was invited (contactId).
CREATE INDEX "Invitation_ownerId_direction_sentAt_status_score_contactId__idx" ON "Invitation"("ownerId", "direction", "sentAt", "status", "score", "contactId", "flags");

-- Connections accepted in a period, and their stage (THANKED).
CREATE INDEX "Contact_ownerId_connectedAt_stage_id_idx" ON "Contact"("ownerId", "connectedAt", "stage", "id");

-- Each contact's first thank-you.
CREATE INDEX "Activity_ownerId_kind_contactId_occurredAt_idx" ON "Activity"("ownerId", "kind", "contactId", "occurredAt");
