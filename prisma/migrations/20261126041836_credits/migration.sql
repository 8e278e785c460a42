-- CreateTable
CREATE TABLE "CreditLot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "ledgerEntryId" TEXT NOT NULL,
    "addedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "remainingCents" INTEGER NOT NULL,
    CONSTRAINT "CreditLot_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MinutePoolUsage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "poolId" TEXT NOT NULL,
    "domesticMinutes" INTEGER NOT NULL DEFAULT 0,
    "internationalMinutes" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "MinutePoolUsage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "detailsJson" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CreditsAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "balanceCents" INTEGER NOT NULL DEFAULT 0,
    "autoRechargeEnabled" BOOLEAN NOT NULL DEFAULT false,
    "thresholdCents" INTEGER NOT NULL DEFAULT 0,
    "rechargeAmountCents" INTEGER NOT NULL DEFAULT 0,
    "paymentMethod" TEXT NOT NULL DEFAULT 'succeed',
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lastFailureAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "ledgerSeq" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "CreditsAccount_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CreditsAccount" ("autoRechargeEnabled", "balanceCents", "consecutiveFailures", "enabled", "id", "lastFailureAt", "paymentMethod", "rechargeAmountCents", "tenantId", "thresholdCents") SELECT "autoRechargeEnabled", "balanceCents", "consecutiveFailures", "enabled", "id", "lastFailureAt", "paymentMethod", "rechargeAmountCents", "tenantId", "thresholdCents" FROM "CreditsAccount";
DROP TABLE "CreditsAccount";
ALTER TABLE "new_CreditsAccount" RENAME TO "CreditsAccount";
CREATE UNIQUE INDEX "CreditsAccount_tenantId_key" ON "CreditsAccount"("tenantId");
CREATE INDEX "CreditsAccount_tenantId_idx" ON "CreditsAccount"("tenantId");
CREATE TABLE "new_CreditsLedgerEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "type" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "balanceAfterCents" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "expiresAt" DATETIME,
    "seq" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "CreditsLedgerEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CreditsLedgerEntry" ("amountCents", "at", "balanceAfterCents", "description", "expiresAt", "id", "tenantId", "type") SELECT "amountCents", "at", "balanceAfterCents", "description", "expiresAt", "id", "tenantId", "type" FROM "CreditsLedgerEntry";
DROP TABLE "CreditsLedgerEntry";
ALTER TABLE "new_CreditsLedgerEntry" RENAME TO "CreditsLedgerEntry";
CREATE INDEX "CreditsLedgerEntry_tenantId_idx" ON "CreditsLedgerEntry"("tenantId");
CREATE INDEX "CreditsLedgerEntry_tenantId_at_idx" ON "CreditsLedgerEntry"("tenantId", "at");
CREATE INDEX "CreditsLedgerEntry_tenantId_seq_idx" ON "CreditsLedgerEntry"("tenantId", "seq");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "CreditLot_ledgerEntryId_key" ON "CreditLot"("ledgerEntryId");

-- CreateIndex
CREATE INDEX "CreditLot_tenantId_idx" ON "CreditLot"("tenantId");

-- CreateIndex
CREATE INDEX "CreditLot_tenantId_expiresAt_idx" ON "CreditLot"("tenantId", "expiresAt");

-- CreateIndex
CREATE INDEX "MinutePoolUsage_tenantId_idx" ON "MinutePoolUsage"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutePoolUsage_tenantId_month_poolId_key" ON "MinutePoolUsage"("tenantId", "month", "poolId");

-- CreateIndex
CREATE INDEX "Notification_tenantId_idx" ON "Notification"("tenantId");

-- CreateIndex
CREATE INDEX "Notification_tenantId_createdAt_idx" ON "Notification"("tenantId", "createdAt");
