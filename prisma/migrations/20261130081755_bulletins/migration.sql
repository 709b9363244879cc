-- CreateEnum
CREATE TYPE "BulletinStatus" AS ENUM ('DRAFT', 'REVIEWED', 'PUBLISHED');

-- CreateTable
CREATE TABLE "Bulletin" (
    "id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "status" "BulletinStatus" NOT NULL DEFAULT 'DRAFT',
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "figures" JSONB NOT NULL,
    "correctsId" UUID,
    "correctionNote" VARCHAR(500),
    "createdById" UUID NOT NULL,
    "createdByName" VARCHAR(50) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedById" UUID NOT NULL,
    "editedByName" VARCHAR(50) NOT NULL,
    "reviewedById" UUID,
    "reviewedByName" VARCHAR(50),
    "reviewedAt" TIMESTAMP(3),
    "publishedById" UUID,
    "publishedByName" VARCHAR(50),
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Bulletin_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_correctsId_key" ON "Bulletin"("correctsId");

-- CreateIndex
CREATE INDEX "Bulletin_status_date_idx" ON "Bulletin"("status", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_date_revision_key" ON "Bulletin"("date", "revision");

-- AddForeignKey
ALTER TABLE "Bulletin" ADD CONSTRAINT "Bulletin_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "Bulletin"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- At most one bulletin per day in the works (draft or reviewed); published ones accumulate as
-- corrections (docs/decisions/0021-bulletin-workflow.md).
CREATE UNIQUE INDEX "Bulletin_one_open_per_date" ON "Bulletin"("date") WHERE "status" <> 'PUBLISHED';

-- A published bulletin is what the public read: never changed nor removed. A correction is a
-- new row naming it (correctsId).
CREATE FUNCTION bulletin_published_immutable() RETURNS trigger AS $$
BEGIN
  IF OLD."status" = 'PUBLISHED' THEN
    RAISE EXCEPTION 'Bulletin % is published and cannot be changed', OLD."id";
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Bulletin_published_immutable"
  BEFORE UPDATE OR DELETE ON "Bulletin"
  FOR EACH ROW EXECUTE FUNCTION bulletin_published_immutable();
