-- DropIndex
DROP INDEX "CreditsLedgerEntry_tenantId_seq_idx";

-- CreateIndex
CREATE UNIQUE INDEX "CreditsLedgerEntry_tenantId_seq_key" ON "CreditsLedgerEntry"("tenantId", "seq");
