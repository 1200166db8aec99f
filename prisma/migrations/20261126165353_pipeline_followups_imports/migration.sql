-- CreateEnum
CREATE TYPE "ImportSource" AS ENUM ('LINKEDIN', 'VCARD', 'GOOGLE_CSV', 'CSV');

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "importId" TEXT;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "connectedAt" TIMESTAMP(3),
ADD COLUMN     "importId" TEXT,
ADD COLUMN     "stayInTouchWeeks" INTEGER;

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "importId" TEXT;

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "doneAt" TIMESTAMP(3),
    "fromCadence" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "source" "ImportSource" NOT NULL,
    "fileName" TEXT NOT NULL,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "skippedCount" INTEGER NOT NULL DEFAULT 0,
    "invalidCount" INTEGER NOT NULL DEFAULT 0,
    "undoneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FollowUp_ownerId_doneAt_dueOn_idx" ON "FollowUp"("ownerId", "doneAt", "dueOn");

-- CreateIndex
CREATE INDEX "FollowUp_contactId_dueOn_idx" ON "FollowUp"("contactId", "dueOn");

-- CreateIndex
CREATE INDEX "ImportBatch_ownerId_createdAt_idx" ON "ImportBatch"("ownerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Activity_importId_idx" ON "Activity"("importId");

-- CreateIndex
CREATE INDEX "Contact_ownerId_stage_connectedAt_idx" ON "Contact"("ownerId", "stage", "connectedAt");

-- CreateIndex
CREATE INDEX "Contact_importId_idx" ON "Contact"("importId");

-- CreateIndex
CREATE INDEX "Invitation_importId_idx" ON "Invitation"("importId");

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Contacts already accepted before this column existed: their last stage change is the best date known.
UPDATE "Contact" SET "connectedAt" = "stageChangedAt" WHERE "stage" IN ('CONNECTED', 'THANKED');
