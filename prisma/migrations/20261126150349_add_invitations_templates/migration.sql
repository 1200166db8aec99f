-- CreateEnum
CREATE TYPE "InvitationDirection" AS ENUM ('OUTGOING', 'INCOMING');

-- CreateEnum
CREATE TYPE "InvitationChannel" AS ENUM ('LINKEDIN', 'EMAIL', 'OTHER');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'NEW', 'REPLIED', 'IGNORED');

-- CreateEnum
CREATE TYPE "RelationshipClaim" AS ENUM ('COLLEAGUE', 'CLASSMATE', 'DID_BUSINESS', 'FRIEND', 'OTHER');

-- CreateEnum
CREATE TYPE "TemplateKind" AS ENUM ('INVITATION', 'THANK_YOU', 'REPLY');

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "direction" "InvitationDirection" NOT NULL,
    "channel" "InvitationChannel" NOT NULL DEFAULT 'LINKEDIN',
    "message" TEXT NOT NULL DEFAULT '',
    "relationshipClaim" "RelationshipClaim",
    "status" "InvitationStatus" NOT NULL,
    "draftFor" TEXT,
    "sentAt" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),
    "score" INTEGER NOT NULL DEFAULT 0,
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Template" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "kind" "TemplateKind" NOT NULL,
    "name" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Template_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_draftFor_key" ON "Invitation"("draftFor");

-- CreateIndex
CREATE INDEX "Invitation_contactId_createdAt_idx" ON "Invitation"("contactId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Invitation_ownerId_direction_status_idx" ON "Invitation"("ownerId", "direction", "status");

-- CreateIndex
CREATE INDEX "Template_ownerId_kind_idx" ON "Template"("ownerId", "kind");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Template" ADD CONSTRAINT "Template_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
