-- DropIndex
DROP INDEX "CoreBlockCorrection_lemmaSlug_blockId_idx";

-- DropIndex
DROP INDEX "CoreBlockCorrection_blockId_version_key";

-- CreateIndex
CREATE UNIQUE INDEX "CoreBlockCorrection_lemmaSlug_blockId_version_key" ON "CoreBlockCorrection"("lemmaSlug", "blockId", "version");
