-- Hand-written (docs/decisions/0022-today-by-person.md): pg_trgm for the trigram indexes of the
-- name/ID/phone search, in "public" (test schemas put public on their search_path).
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "assignedToId" UUID;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "assignedToId" UUID;

-- CreateIndex
CREATE INDEX "Person_name_trgm" ON "Person" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_idNumber_trgm" ON "Person" USING GIN ("idNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_phone_trgm" ON "Person" USING GIN ("phone" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Case_assignedToId_idx" ON "Case"("assignedToId");

-- CreateIndex
CREATE INDEX "Contact_countyCode_status_assignedToId_idx" ON "Contact"("countyCode", "status", "assignedToId");

-- CreateIndex
CREATE INDEX "HealthCheck_contactId_date_idx" ON "HealthCheck"("contactId", "date" DESC);

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

