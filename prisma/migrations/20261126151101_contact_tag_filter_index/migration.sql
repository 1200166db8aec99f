-- CreateIndex
CREATE INDEX "Contact_ownerId_archivedAt_tags_idx" ON "Contact"("ownerId", "archivedAt", "tags");
