-- AlterTable
ALTER TABLE "Encounter" ADD COLUMN     "topic" TEXT;

-- CreateTable
CREATE TABLE "ThankYouDraft" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThankYouDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ThankYouDraft_contactId_key" ON "ThankYouDraft"("contactId");

-- CreateIndex
CREATE INDEX "ThankYouDraft_ownerId_idx" ON "ThankYouDraft"("ownerId");

-- AddForeignKey
ALTER TABLE "ThankYouDraft" ADD CONSTRAINT "ThankYouDraft_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThankYouDraft" ADD CONSTRAINT "ThankYouDraft_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
