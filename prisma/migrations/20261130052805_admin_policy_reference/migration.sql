-- AlterTable
ALTER TABLE "Jurisdiction" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "PolicyVersion" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "createdByName" VARCHAR(50),
ADD COLUMN     "note" VARCHAR(500);


-- Hand-written (the schema language cannot say it): at most one current policy version.
-- Keep the newest if an older database somehow has two.
UPDATE "PolicyVersion" AS p SET "current" = false
  WHERE p."current" AND EXISTS (
    SELECT 1 FROM "PolicyVersion" AS q WHERE q."current" AND (q."createdAt", q."version") > (p."createdAt", p."version")
  );
CREATE UNIQUE INDEX "PolicyVersion_one_current" ON "PolicyVersion"("current") WHERE "current";
