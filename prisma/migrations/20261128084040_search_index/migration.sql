-- CreateEnum
CREATE TYPE "SearchDocumentKind" AS ENUM ('LEMMA', 'THREAD', 'INTRO', 'LOCAL_SECTION');

-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" TEXT NOT NULL,
    "kind" "SearchDocumentKind" NOT NULL,
    "path" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "letter" TEXT,
    "body" TEXT NOT NULL,
    "gemeenteId" TEXT,
    "tsv" tsvector,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchDocument_tsv_idx" ON "SearchDocument" USING GIN ("tsv");

-- CreateIndex
CREATE INDEX "SearchDocument_gemeenteId_idx" ON "SearchDocument"("gemeenteId");

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;
