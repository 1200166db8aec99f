-- The inbox lists received invitations newest first, filtered by status or not: the status index gains the order
-- (it still serves every query that used it, as its prefix), and a second one serves "all but the ignored".
DROP INDEX "Invitation_ownerId_direction_status_idx";

CREATE INDEX "Invitation_ownerId_direction_status_sentAt_id_idx" ON "Invitation"("ownerId", "direction", "status", "sentAt" DESC, "id" DESC);

CREATE INDEX "Invitation_ownerId_direction_sentAt_id_idx" ON "Invitation"("ownerId", "direction", "sentAt" DESC, "id" DESC);
