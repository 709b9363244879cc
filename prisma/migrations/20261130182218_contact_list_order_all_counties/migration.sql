-- CreateIndex
CREATE INDEX "Contact_identifiedDate_createdAt_id_idx" ON "Contact"("identifiedDate" DESC, "createdAt" DESC, "id");

