-- CreateEnum
CREATE TYPE "SnapshotKind" AS ENUM ('AUTO', 'NAMED');

-- CreateTable
CREATE TABLE "CollabDocument" (
    "name" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "lemmaSlug" TEXT NOT NULL,
    "state" BYTEA NOT NULL,
    "plainText" TEXT NOT NULL DEFAULT '',
    "json" JSONB NOT NULL,
    "byteSize" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "compactedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollabDocument_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "CollabUpdate" (
    "id" BIGSERIAL NOT NULL,
    "documentName" TEXT NOT NULL,
    "update" BYTEA NOT NULL,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollabUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SectionSnapshot" (
    "id" TEXT NOT NULL,
    "documentName" TEXT NOT NULL,
    "kind" "SnapshotKind" NOT NULL,
    "name" TEXT,
    "state" BYTEA NOT NULL,
    "plainText" TEXT NOT NULL,
    "authorIds" TEXT[],
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollabPresence" (
    "id" TEXT NOT NULL,
    "documentName" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "canWrite" BOOLEAN NOT NULL,
    "serverId" TEXT NOT NULL,
    "connectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollabPresence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CollabDocument_gemeenteId_lemmaSlug_key" ON "CollabDocument"("gemeenteId", "lemmaSlug");

-- CreateIndex
CREATE INDEX "CollabUpdate_documentName_id_idx" ON "CollabUpdate"("documentName", "id");

-- CreateIndex
CREATE INDEX "SectionSnapshot_documentName_createdAt_idx" ON "SectionSnapshot"("documentName", "createdAt");

-- CreateIndex
CREATE INDEX "CollabPresence_documentName_seenAt_idx" ON "CollabPresence"("documentName", "seenAt");

-- AddForeignKey
ALTER TABLE "CollabDocument" ADD CONSTRAINT "CollabDocument_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollabUpdate" ADD CONSTRAINT "CollabUpdate_documentName_fkey" FOREIGN KEY ("documentName") REFERENCES "CollabDocument"("name") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionSnapshot" ADD CONSTRAINT "SectionSnapshot_documentName_fkey" FOREIGN KEY ("documentName") REFERENCES "CollabDocument"("name") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionSnapshot" ADD CONSTRAINT "SectionSnapshot_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollabPresence" ADD CONSTRAINT "CollabPresence_documentName_fkey" FOREIGN KEY ("documentName") REFERENCES "CollabDocument"("name") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollabPresence" ADD CONSTRAINT "CollabPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
