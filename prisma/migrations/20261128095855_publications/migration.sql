-- CreateEnum
CREATE TYPE "PublicationVisibility" AS ENUM ('OPENBAAR', 'RAAD');

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "visibility" "PublicationVisibility" NOT NULL,
    "coverNote" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "publishedByName" TEXT NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawnByName" TEXT,
    "withdrawalReason" TEXT,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationSection" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "lemmaSlug" TEXT NOT NULL,
    "lemmaLetter" TEXT NOT NULL,
    "coreTitle" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "plainText" TEXT NOT NULL,
    "status" "LocalSectionStatus" NOT NULL,
    "rating" "RelevanceRating",
    "coreVersion" INTEGER NOT NULL,
    "coreVersionAtPublication" INTEGER NOT NULL,
    "outdatedSince" TIMESTAMP(3),
    "annotations" JSONB NOT NULL,

    CONSTRAINT "PublicationSection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_gemeenteId_version_key" ON "Publication"("gemeenteId", "version");

-- CreateIndex
CREATE INDEX "PublicationSection_lemmaSlug_idx" ON "PublicationSection"("lemmaSlug");

-- CreateIndex
CREATE UNIQUE INDEX "PublicationSection_publicationId_lemmaSlug_key" ON "PublicationSection"("publicationId", "lemmaSlug");

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationSection" ADD CONSTRAINT "PublicationSection_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Published versions are immutable. Written by hand (Prisma cannot express triggers); the
-- drift test compares columns, constraints, indexes and enums only.
-- A section of a publication never changes and is never removed.
CREATE FUNCTION "publication_section_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Een gepubliceerde versie kan niet worden gewijzigd of verwijderd (PublicationSection %).', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "PublicationSection_frozen" BEFORE UPDATE OR DELETE ON "PublicationSection"
  FOR EACH ROW EXECUTE FUNCTION "publication_section_frozen"();

-- A publication is never removed; of its columns only the withdrawal may be set, once, with
-- a reason, and the person references may become NULL when an account is removed (the
-- names stay).
CREATE FUNCTION "publication_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Een publicatie kan niet worden verwijderd (Publication %); trek haar in.', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW."id" IS DISTINCT FROM OLD."id"
     OR NEW."gemeenteId" IS DISTINCT FROM OLD."gemeenteId"
     OR NEW."version" IS DISTINCT FROM OLD."version"
     OR NEW."visibility" IS DISTINCT FROM OLD."visibility"
     OR NEW."coverNote" IS DISTINCT FROM OLD."coverNote"
     OR NEW."publishedAt" IS DISTINCT FROM OLD."publishedAt"
     OR NEW."publishedByName" IS DISTINCT FROM OLD."publishedByName"
     OR (NEW."publishedById" IS DISTINCT FROM OLD."publishedById" AND NEW."publishedById" IS NOT NULL) THEN
    RAISE EXCEPTION 'Een gepubliceerde versie kan niet worden gewijzigd (Publication %).', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD."withdrawnAt" IS NOT NULL THEN
    IF NEW."withdrawnAt" IS DISTINCT FROM OLD."withdrawnAt"
       OR NEW."withdrawnByName" IS DISTINCT FROM OLD."withdrawnByName"
       OR NEW."withdrawalReason" IS DISTINCT FROM OLD."withdrawalReason"
       OR (NEW."withdrawnById" IS DISTINCT FROM OLD."withdrawnById" AND NEW."withdrawnById" IS NOT NULL) THEN
      RAISE EXCEPTION 'Deze publicatie is al ingetrokken (Publication %).', OLD."id"
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
  ELSIF NEW."withdrawnAt" IS NOT NULL THEN
    IF NEW."withdrawnByName" IS NULL OR coalesce(btrim(NEW."withdrawalReason"), '') = '' THEN
      RAISE EXCEPTION 'Intrekken vraagt een reden en wie intrekt (Publication %).', OLD."id"
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
  ELSIF NEW."withdrawnById" IS NOT NULL OR NEW."withdrawnByName" IS NOT NULL OR NEW."withdrawalReason" IS NOT NULL THEN
    RAISE EXCEPTION 'Intrekken zet withdrawnAt (Publication %).', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Publication_frozen" BEFORE UPDATE OR DELETE ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION "publication_frozen"();
