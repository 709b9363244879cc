-- CreateIndex
CREATE INDEX "Contact_countyCode_identifiedDate_createdAt_id_idx" ON "Contact"("countyCode", "identifiedDate" DESC, "createdAt" DESC, "id");

