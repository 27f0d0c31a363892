-- CreateEnum
CREATE TYPE "AnnotationType" AS ENUM ('LOKALE_DATA', 'BELEID', 'KANS', 'RISICO', 'VRAAG');

-- CreateEnum
CREATE TYPE "AnnotationVisibility" AS ENUM ('WERKRUIMTE', 'OPENBAAR');

-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('ANCHORED', 'ORPHAN');

-- AlterTable
ALTER TABLE "LocalSection" ADD COLUMN     "outdatedDiff" JSONB,
ADD COLUMN     "outdatedReviewedAt" TIMESTAMP(3),
ADD COLUMN     "outdatedReviewedById" TEXT,
ADD COLUMN     "outdatedSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "lemmaSlug" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "selectors" JSONB NOT NULL,
    "type" "AnnotationType" NOT NULL,
    "visibility" "AnnotationVisibility" NOT NULL DEFAULT 'WERKRUIMTE',
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "anchorStatus" "AnchorStatus" NOT NULL DEFAULT 'ANCHORED',
    "anchorConfidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnotationReply" (
    "id" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnotationReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoreBlockCorrection" (
    "id" TEXT NOT NULL,
    "lemmaSlug" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "previousText" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "minor" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoreBlockCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Annotation_gemeenteId_lemmaSlug_idx" ON "Annotation"("gemeenteId", "lemmaSlug");

-- CreateIndex
CREATE INDEX "Annotation_lemmaSlug_blockId_idx" ON "Annotation"("lemmaSlug", "blockId");

-- CreateIndex
CREATE INDEX "AnnotationReply_annotationId_createdAt_idx" ON "AnnotationReply"("annotationId", "createdAt");

-- CreateIndex
CREATE INDEX "CoreBlockCorrection_lemmaSlug_blockId_idx" ON "CoreBlockCorrection"("lemmaSlug", "blockId");

-- CreateIndex
CREATE UNIQUE INDEX "CoreBlockCorrection_blockId_version_key" ON "CoreBlockCorrection"("blockId", "version");

-- AddForeignKey
ALTER TABLE "LocalSection" ADD CONSTRAINT "LocalSection_outdatedReviewedById_fkey" FOREIGN KEY ("outdatedReviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationReply" ADD CONSTRAINT "AnnotationReply_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationReply" ADD CONSTRAINT "AnnotationReply_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoreBlockCorrection" ADD CONSTRAINT "CoreBlockCorrection_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
